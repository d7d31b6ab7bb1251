"""A small real fit, calibrated scores, save/load through skops with the allow-list, the evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.annotations import SENTENCE_LABELS
from nlp.classify import build_classifier, load_classifier, make_items, release_items, save_classifier
from nlp.classify.evaluation import evaluate_classifier, keyword_predict, reliability
from nlp.classify.io import ALLOWED_TYPES
from nlp.errors import ModelError

SENTENCES = [
    ("Inspectors were impressed by the quality of the assessments.", "STRENGTH"),
    ("Planning to keep other people safe was not always sufficient.", "WEAKNESS"),
    ("The report makes four recommendations.", "RECOMMENDATION"),
    ("The service works with children aged 10 to 17.", "NEUTRAL"),
]


HEADLINE = "Inspection report published"


def _items(sentences):
    """Items for sentences in the body of a small release (after a headline), the way they are met."""
    text = HEADLINE + "\n\n" + " ".join(s for s, _ in sentences)
    spans, start = [], len(HEADLINE) + 2
    for sentence, _ in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return make_items(text, [(0, len(HEADLINE))] + spans)[1:]


def test_small_fit_predicts_clear_sentences(small_model):
    assert sorted(small_model.classes_) == sorted(SENTENCE_LABELS)
    predicted = small_model.predict(_items(SENTENCES))
    assert list(predicted) == [label for _, label in SENTENCES]


def test_scores_sum_to_one(small_model, small_releases):
    items, _, _ = release_items(small_releases[:3])
    proba = small_model.predict_proba(items)
    assert proba.shape == (len(items), 4)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert (proba >= 0).all() and (proba <= 1).all()


def test_save_load_round_trip_with_allow_list(small_model, tmp_path):
    import skops.io as sio

    path = save_classifier(small_model, tmp_path / "classifier.skops")
    untrusted = set(sio.get_untrusted_types(file=path))
    assert untrusted <= ALLOWED_TYPES, untrusted - ALLOWED_TYPES
    loaded = load_classifier(path)
    items = _items(SENTENCES)
    assert np.allclose(loaded.predict_proba(items), small_model.predict_proba(items))


def test_the_same_model_fitted_twice_saves_the_same_bytes(small_releases, tmp_path):
    # skops names objects by id() and stamps zip entries with the time; saved files must not depend on either
    items, y, _ = release_items(small_releases[:4])
    paths = [save_classifier(build_classifier(seed=0).fit(items, y), tmp_path / f"run{n}.skops") for n in (1, 2)]
    assert paths[0].read_bytes() == paths[1].read_bytes()
    loaded = load_classifier(paths[0])
    assert loaded.predict(_items(SENTENCES)).tolist() == build_classifier(seed=0).fit(items, y).predict(
        _items(SENTENCES)).tolist()


def test_load_refuses_a_damaged_or_missing_file(tmp_path):
    bad = tmp_path / "classifier.skops"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelError):
        load_classifier(bad)
    with pytest.raises(ModelError):
        load_classifier(tmp_path / "missing.skops")


def test_load_refuses_types_outside_the_allow_list(tmp_path):
    import json

    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    # A file that would call an arbitrary function on load-and-use: skops must report it, we must refuse it.
    path = tmp_path / "other.skops"
    sio.dump(FunctionTransformer(func=json.dumps), path)
    assert "json.dumps" in sio.get_untrusted_types(file=path)
    with pytest.raises(ModelError, match="allow-list"):
        load_classifier(path)
    with pytest.raises(ModelError, match="allow-list"):
        save_classifier(FunctionTransformer(func=json.dumps), tmp_path / "refused.skops")


def test_unknown_kind_is_a_model_error():
    with pytest.raises(ModelError):
        build_classifier("transformer-xl")


def test_keyword_baseline_and_reliability():
    assert keyword_predict(_items(SENTENCES)) == ["STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"]
    proba = np.array([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8]])
    result = reliability(["a", "b", "b"], proba, ["a", "b"], n_bins=5)
    assert sum(b["count"] for b in result["bins"]) == 3
    assert 0 <= result["ece"] <= 1


@pytest.mark.slow
def test_evaluate_classifier_blocks(small_releases):
    metrics = evaluate_classifier(small_releases, small_releases[:2], n_splits=3, learning_curve=False, kind="svm")
    for block in [metrics["grouped_cv"], metrics["test"], *metrics["shift"].values()]:
        assert set(block["per_label"]) == set(SENTENCE_LABELS)
        assert set(block["baselines"]) == {"majority", "keywords"}
        assert block["macro_f1"] > block["baselines"]["majority"]["macro_f1"]
        assert len(block["confusion"]["matrix"]) == 4
        assert "ece" in block["reliability"]
    assert metrics["grouped_cv"]["macro_f1"] > 0.7
    error = metrics["grouped_cv"]["errors"][0]
    assert set(error) == {"release", "start", "end", "text", "gold", "predicted", "score"}


def test_hard_cases_are_a_block_like_the_others(small_releases):
    from nlp.classify.evaluation import hard_cases, load_hard_cases

    cases = load_hard_cases()
    assert len(cases) >= 30 and {c["label"] for c in cases} == set(SENTENCE_LABELS)
    block = hard_cases(small_releases, cases)
    assert sum(map(sum, block["confusion"]["matrix"])) == len(cases)
    wrong = len(cases) - round(block["accuracy"] * len(cases))
    assert len(block["errors"]) == wrong
    assert all(e["release"].startswith("REAL-RELEASES.md") and e["gold"] != e["predicted"] for e in block["errors"])


def test_a_malformed_hard_case_names_file_and_line(tmp_path):
    from nlp.classify.evaluation import load_hard_cases
    from nlp.errors import AnnotationFormatError

    path = tmp_path / "hard.jsonl"
    path.write_text('{"text": "Staff were skilled.", "label": "STRENGTH"}\n{"text": "x", "label": "GOOD"}\n')
    with pytest.raises(AnnotationFormatError, match="hard.jsonl:2"):
        load_hard_cases(path)
