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


def test_summarising_loads_the_array_classifier_without_scikit_learn(westminster_text):
    import subprocess
    import sys

    for fast, kind in ((True, "LinearClassifier"), (False, "MixedClassifier")):
        # the default mixes in the encoder (onnxruntime, tokenizers): still no scikit-learn, SciPy or torch
        code = ("import sys; from nlp.models import load_models; from nlp.summarise import summarise_text; "
                f"m = load_models(fast={fast}); s = summarise_text(sys.stdin.read(), models=m); "
                "print(type(m.classifier).__name__, len(s['sentences']), "
                "sorted(x for x in sys.modules if x.split('.')[0] in ('sklearn', 'scipy', 'skops', 'joblib', 'torch')))")
        out = subprocess.run([sys.executable, "-c", code], input=westminster_text, capture_output=True, text=True,
                             check=True).stdout.split(" ", 2)
        assert out[0] == kind
        assert int(out[1]) > 10
        assert out[2].strip() == "[]"


def test_without_the_array_file_the_skops_classifier_loads(models_copy, westminster_text):
    array_scores = load_models(models_copy).suggest(westminster_text, [(0, 63), (64, 200)])
    (models_copy / "classifier.npz").unlink()
    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    del meta["files"]["classifier.npz"]
    meta_path.write_text(json.dumps(meta))
    from nlp.models import _CACHE

    _CACHE.clear()
    models = load_models(models_copy)
    assert type(models.classifier).__name__ == "Pipeline"
    for (label, score, scores), (label2, score2, _) in zip(models.suggest(westminster_text, [(0, 63), (64, 200)]),
                                                          array_scores):
        assert label == label2 and score == pytest.approx(score2, abs=1e-12)


def test_a_truncated_array_file_is_refused_by_its_hash(models_copy):
    path = models_copy / "classifier.npz"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ModelError, match="classifier.npz: model file does not match its hash"):
        load_models(models_copy)
