"""Model files: hash checks before loading, version warnings, no code execution."""

import json
import shutil

import pytest

from nlp.errors import ModelError
from nlp.models import MODELS_DIR, ModelVersionWarning, load_models, verify_files


@pytest.fixture
def models_copy(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(MODELS_DIR, target)
    return target


def test_shipped_models_carry_metadata(models):
    meta = models.meta
    assert set(meta["labels"]["sentences"]) == {"STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"}
    assert len(meta["data"]["hash"]) == 64
    assert meta["versions"]["spacy"]
    assert "classifier.skops" in meta["files"]
    assert meta["metrics"]["sentences"]["grouped_cv"]["macro_f1"] > 0.8


def test_truncated_classifier_is_a_clear_error(models_copy):
    path = models_copy / "classifier.skops"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelError, match="does not match its hash"):
        load_models(models_copy)


def test_tampered_pipeline_file_is_a_clear_error(models_copy):
    meta = json.loads((models_copy / "meta.json").read_text())
    victim = next(name for name in meta["files"] if name.startswith("pipeline/"))
    with open(models_copy / victim, "ab") as fh:
        fh.write(b"\x00")
    with pytest.raises(ModelError, match="does not match its hash"):
        verify_files(models_copy, meta)


def test_missing_metadata(tmp_path):
    with pytest.raises(ModelError, match="no model metadata"):
        load_models(tmp_path)


def test_other_package_versions_warn(models_copy):
    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["versions"]["scikit-learn"] = "0.1.0"
    meta_path.write_text(json.dumps(meta))
    with pytest.warns(ModelVersionWarning, match="scikit-learn 0.1.0"):
        load_models(models_copy)


def test_classifier_cache_is_keyed_by_the_verified_file(models_copy, tmp_path, monkeypatch, westminster_text):
    from nlp.models import _CACHE, cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = load_models(models_copy)
    cached = list(cache_dir().glob("classifier-*.joblib"))
    assert len(cached) == 1
    _CACHE.clear()
    second = load_models(models_copy)
    assert list(first.classifier.classes_) == list(second.classifier.classes_)
    assert first.suggest(westminster_text, [(0, 63)]) == second.suggest(westminster_text, [(0, 63)])
    # a damaged cache is rebuilt from the skops file, never trusted
    cached[0].write_bytes(b"garbage")
    _CACHE.clear()
    third = load_models(models_copy)
    assert third.suggest(westminster_text, [(0, 63)]) == first.suggest(westminster_text, [(0, 63)])
