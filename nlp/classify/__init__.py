"""Sentence classifier: STRENGTH / WEAKNESS / RECOMMENDATION / NEUTRAL with calibrated scores.

- `items`       a sentence as an item (text, neighbours, cues); no scikit-learn
- `lexicon`     the cue lexicon from annotations/lexicon
- `features`, `model`   the scikit-learn features and pipelines (`train_classifier`, the kinds compared)
- `io`          the .skops file (allow-listed types); `linear` its array form, what prediction loads
- `embeddings`  the optional sentence-embedding features (the `embeddings` extra)
- `encoder`     the fine-tuned MiniLM-L6 in ONNX and its mix with the linear model; `finetune` trains and
                exports it (torch, the `[train]` extra)
- `evaluation`, `encoder_eval`   each model's own evaluation (grouped CV, shift, challenge sets, the weight);
                `nlp.evaluation` combines them with the tagger's and writes the files

Names are imported on first use, so `nlp.classify.items` and `nlp.classify.linear` (the prediction path)
load without scikit-learn, which costs most of a cold start.

>>> from nlp.classify import make_items, train_classifier
"""

from __future__ import annotations

import importlib

_HOMES = {
    "CharNgrams": "features", "ContextFeatures": "features", "ItemText": "features",
    "make_items": "items", "normalise_text": "items", "split_clauses": "items",
    "load_classifier": "io", "save_classifier": "io",
    "load_lexicon": "lexicon",
    "build_classifier": "model", "release_items": "model", "train_classifier": "model",
    "LinearClassifier": "linear", "export_classifier": "linear", "load_linear": "linear", "save_linear": "linear",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
