"""The shipped classifier gives the probabilities it gave before the features were rewritten: the context features
bit for bit, the probabilities to within 1e-12 (CPUs differ in the last bits of a float's arithmetic: an AMD machine
gives 3.723754102477817e-07 where the golden file, written on another, has 3.72375410247781e-07; a changed feature or
model moves them by far more).

`tests/data/golden/seed-probabilities.json` holds, for each seed release (corpus style `real`), the
shipped classifier's probabilities for every sentence (floats written with repr, so they round-trip exactly)
(the array form `summarise` reads, and the skops model) and the SHA-256 of the skops model's dense
context-feature matrix. A refactor of `make_items` or
`context_features` must leave both unchanged. Regenerate deliberately (a retrained model, a new feature):

    INSPECTION_NLP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/classify/test_seed_probabilities.py
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np

from nlp.classify import make_items

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden" / "seed-probabilities.json"
SEEDS = ["waltham-forest-yjs-2024", "westminster-yjs-2024"]


def _measure(models) -> dict:
    from nlp.classify import load_classifier

    skops = load_classifier(ROOT / "models" / "classifier.skops")
    out = {}
    for release_id in SEEDS:
        text = (ROOT / "corpus" / "releases" / f"{release_id}.txt").read_bytes().decode("utf-8")
        items = make_items(text, models.segment(text), models.entities(text))
        context = _context_block(skops).transform(items)
        out[release_id] = {
            "labels": models.labels,
            "probabilities": [[float(p) for p in row] for row in models.classifier.predict_proba(items)],
            "skops_probabilities": [[float(p) for p in row] for row in skops.predict_proba(items)],
            "context_features_sha256": hashlib.sha256(np.ascontiguousarray(context, dtype=np.float64).tobytes()).hexdigest(),
        }
    return out


def _context_block(estimator):
    from nlp.classify.features import ContextFeatures

    found = [step for _, step in _walk(estimator) if isinstance(step, ContextFeatures)]
    assert len(found) == 1, found
    return found[0]


def _walk(estimator):
    for name in ("steps", "transformer_list"):
        for key, step in getattr(estimator, name, None) or []:
            yield key, step
            yield from _walk(step)
    for name in ("estimator", "base_estimator"):
        inner = getattr(estimator, name, None)
        if inner is not None and hasattr(inner, "get_params"):
            yield from _walk(inner)


def test_shipped_classifier_probabilities_are_unchanged():
    from nlp.models import load_models

    measured = _measure(load_models(fast=True))  # the linear classifier alone: the encoder is checked on its own
    if os.environ.get("INSPECTION_NLP_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(measured, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for release_id in SEEDS:
        assert measured[release_id]["labels"] == expected[release_id]["labels"]
        assert measured[release_id]["context_features_sha256"] == expected[release_id]["context_features_sha256"]
        for key in ("probabilities", "skops_probabilities"):
            got, want = np.array(measured[release_id][key]), np.array(expected[release_id][key])
            assert got.shape == want.shape and np.allclose(got, want, rtol=1e-12, atol=1e-15), (release_id, key)
