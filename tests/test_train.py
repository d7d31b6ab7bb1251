"""Training is seeded: the same data gives the same models and the same summaries."""

import json

import pytest

from nlp.models import load_models
from nlp.summarise import summarise_text
from nlp.train import train_models


@pytest.mark.slow
def test_same_data_same_models(tmp_path, dataset, westminster_text):
    releases = [r for r in dataset if r.style == "real"] + [r for r in dataset if r.style != "real"][:10]
    first = train_models(tmp_path / "a", releases=releases, cv_folds=0, log=lambda m: None)
    second = train_models(tmp_path / "b", releases=releases, cv_folds=0, log=lambda m: None)
    assert first["classifier"]["fingerprint"] == second["classifier"]["fingerprint"]
    assert first["data"]["hash"] == second["data"]["hash"]
    a = summarise_text(westminster_text, "w", load_models(tmp_path / "a"))
    b = summarise_text(westminster_text, "w", load_models(tmp_path / "b"))
    assert a == b
    meta = json.loads((tmp_path / "a" / "meta.json").read_text())
    assert meta["versions"]["scikit-learn"] and meta["labels"]["entities"] == ["SERVICE", "AGENCY", "RATING", "DATE"]


def test_no_annotations_is_a_clear_error(tmp_path):
    from nlp.errors import InspectionNLPError

    (tmp_path / "corpus").mkdir()
    (tmp_path / "annotations").mkdir()
    with pytest.raises(InspectionNLPError, match="no annotated releases"):
        train_models(tmp_path / "m", corpus_dir=tmp_path / "corpus", annotations_dir=tmp_path / "annotations",
                     cv_folds=0, log=lambda m: None)
