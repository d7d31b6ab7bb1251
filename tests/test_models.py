"""Model files: hash checks before loading, version warnings, no code execution."""

import json
import shutil

import pytest

from nlp.errors import ModelError
from nlp.models import MODELS_DIR, ModelVersionWarning, load_models, meta_digest, verify_files


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


def test_a_changed_encoder_is_caught_by_the_load_that_reads_it(models_copy):
    path = models_copy / "encoder" / "model.onnx"
    with open(path, "ab") as fh:
        fh.write(b"\x00")
    with pytest.raises(ModelError, match="encoder/model.onnx: model file does not match its hash"):
        load_models(models_copy)
    # --fast never reads the encoder, so it does not hash its 22 MB either (a third of its model loading)
    assert type(load_models(models_copy, fast=True).classifier).__name__ == "LinearClassifier"


def test_missing_metadata(tmp_path):
    with pytest.raises(ModelError, match="no model metadata"):
        load_models(tmp_path)


def test_other_package_versions_warn(models_copy):
    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["versions"]["scikit-learn"] = "0.1.0"
    meta["sha256"] = meta_digest(meta)  # an edit made on purpose, so the sidecar's own hash is renewed
    meta_path.write_text(json.dumps(meta))
    with pytest.warns(ModelVersionWarning, match="scikit-learn 0.1.0"):
        load_models(models_copy)


def test_summarising_loads_the_array_classifier_without_scikit_learn(westminster_text):
    import subprocess
    import sys

    for fast, kind in ((True, "LinearClassifier"), (False, "MixedClassifier")):
        # the default mixes in the encoder (onnxruntime, tokenizers): still no scikit-learn, SciPy or torch
        # thinc (under spaCy) imports torch whenever it is installed, as it is in the test environment for the
        # encoder's fine-tuning test; a user's install has no torch, so it is hidden here as it is there
        code = ("import sys; sys.modules['torch'] = None; "
                "from nlp.models import load_models; from nlp.summarise import summarise_text; "
                f"m = load_models(fast={fast}); s = summarise_text(sys.stdin.read(), models=m); "
                "print(type(m.classifier).__name__, len(s['sentences']), "
                "sorted(x for x, mod in sys.modules.items() if mod is not None and x.split('.')[0] in ('sklearn', 'scipy', 'skops', 'joblib', 'torch')))")
        out = subprocess.run([sys.executable, "-c", code], input=westminster_text, capture_output=True, text=True,
                             check=True).stdout.split(" ", 2)
        assert out[0] == kind
        assert int(out[1]) > 10
        assert out[2].strip() == "[]"


def test_without_the_array_file_the_skops_classifier_loads(models_copy, westminster_text):
    array_scores = load_models(models_copy, fast=True).suggest(westminster_text, [(0, 63), (64, 200)])
    (models_copy / "classifier.npz").unlink()
    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    del meta["files"]["classifier.npz"]
    meta["sha256"] = meta_digest(meta)
    meta_path.write_text(json.dumps(meta))
    from nlp.models import _CACHE

    _CACHE.clear()
    models = load_models(models_copy, fast=True)
    assert type(models.classifier).__name__ == "Pipeline"
    for (label, score, scores), (label2, score2, _) in zip(models.suggest(westminster_text, [(0, 63), (64, 200)]),
                                                          array_scores):
        assert label == label2 and score == pytest.approx(score2, abs=1e-12)


def test_a_truncated_array_file_is_refused_by_its_hash(models_copy):
    path = models_copy / "classifier.npz"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ModelError, match="classifier.npz: model file does not match its hash"):
        load_models(models_copy)


@pytest.mark.parametrize("name", ["facts/aspects.json", "themes/taxonomy.jsonl",
                                  "pipeline/inspection_service_mentions/service_mentions.json",
                                  "pipeline/span_ruler/patterns", "pipeline/config.cfg"])
def test_one_changed_byte_in_any_table_is_refused_naming_the_file(models_copy, name):
    path = models_copy / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=f"{path}: model file does not match its hash"):
        load_models(models_copy)


def test_every_file_of_the_models_is_hashed(models):
    from nlp.models import MODELS_DIR, file_hashes

    on_disk = {p.relative_to(MODELS_DIR).as_posix() for p in MODELS_DIR.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts} - {"meta.json"}
    assert set(models.meta["files"]) == on_disk == set(file_hashes(MODELS_DIR))
    assert {"facts/aspects.json", "themes/taxonomy.jsonl",
            "pipeline/inspection_service_mentions/service_mentions.json"} <= on_disk


def test_an_edited_sidecar_is_refused(models_copy):
    meta_path = models_copy / "meta.json"
    text = meta_path.read_text(encoding="utf-8")
    meta_path.write_text(text.replace('"seed": 0', '"seed": 1'), encoding="utf-8")
    with pytest.raises(ModelError, match="meta.json: model metadata does not match its own hash"):
        load_models(models_copy)


def test_models_without_their_tables_are_refused(models_copy):
    from nlp.models import meta_digest

    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    del meta["files"]["facts/aspects.json"]
    meta["sha256"] = meta_digest(meta)
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="facts/aspects.json: not listed in meta.json"):
        load_models(models_copy)


def test_the_shipped_tables_are_the_projects(root, models):
    """`train` copies the tables; a table edited in annotations/ without retraining fails here."""
    from nlp.train import TABLES

    for source, name in TABLES:
        assert (models.directory / name).read_bytes() == (root / "annotations" / source).read_bytes(), name
    saved = json.loads((models.directory / "pipeline/inspection_service_mentions/service_mentions.json").read_text())
    assert saved == json.loads((root / "annotations/patterns/service_mentions.json").read_text())


def test_the_service_mentions_component_saves_and_loads_its_rules(tmp_path, root):
    from nlp.entities import build_pipeline, load_pipeline

    nlp = build_pipeline(ner=False)
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "inspection_service_mentions" / "service_mentions.json"
    assert json.loads(saved.read_text()) == json.loads((root / "annotations/patterns/service_mentions.json").read_text())
    text = "Trafford PDU was rated ‘Good’. Inspectors said Trafford stands out for its work."
    assert [e.text for e in load_pipeline(tmp_path / "pipeline")(text).ents if e.label_ == "SERVICE"] == \
        ["Trafford PDU", "Trafford"]
    saved.unlink()
    with pytest.raises(ModelError, match="service_mentions.json: service mention rules missing"):
        load_pipeline(tmp_path / "pipeline")


def test_the_entity_rules_component_saves_and_loads_its_common_openers(tmp_path, root):
    from nlp.entities import build_pipeline, load_pipeline

    nlp = build_pipeline(ner=False)
    nlp.get_pipe("inspection_entity_rules").openers = frozenset({"Notes"})
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "inspection_entity_rules" / "common_openers.json"
    assert json.loads(saved.read_text()) == {"words": ["Notes"]}
    loaded = load_pipeline(tmp_path / "pipeline")
    assert loaded.get_pipe("inspection_entity_rules").openers == frozenset({"Notes"})
    text = "Team praised\n\nNotes on Quenby Youth Justice Service were made public."
    assert ("Quenby Youth Justice Service", "SERVICE") in [(e.text, e.label_) for e in loaded(text).ents]
    saved.unlink()  # a pipeline saved before the list existed reads the project's
    project = json.loads((root / "annotations/patterns/common_openers.json").read_text())["words"]
    assert load_pipeline(tmp_path / "pipeline").get_pipe("inspection_entity_rules").openers == frozenset(project)


def test_summaries_read_the_loaded_models_aspect_table(models_copy, root):
    """A models directory's own table decides the aspects (no table from a checkout is read)."""
    from nlp.models import _CACHE, file_hashes, meta_digest
    from nlp.summarise import summarise_text

    table_path = models_copy / "facts" / "aspects.json"
    table = json.loads(table_path.read_text())
    table["aspects"] = [[name, patterns] for name, patterns in table["aspects"] if name != "planning"]
    table_path.write_text(json.dumps(table))
    meta_path = models_copy / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["files"] = file_hashes(models_copy)
    meta["sha256"] = meta_digest(meta)
    meta_path.write_text(json.dumps(meta))
    _CACHE.pop(models_copy.resolve(), None)
    text = (root / "corpus" / "releases" / "barnet-yos-2019.txt").read_text(encoding="utf-8")
    before = summarise_text(text)["ratings"]
    after = summarise_text(text, models=load_models(models_copy))["ratings"]
    assert "planning" in {r["aspect"] for r in before}
    assert "planning" not in {r["aspect"] for r in after} and after != before


def test_the_shipped_models_load_and_summarise_outside_the_project(tmp_path, monkeypatch, westminster_text):
    # the project's files are found from the working directory; a loaded pipeline must need none of them
    from nlp.summarise import summarise_text

    monkeypatch.chdir(tmp_path)
    summary = summarise_text(westminster_text, models=load_models(MODELS_DIR, fast=True))
    assert summary["service"] and summary["overall_rating"] == "Good"
