"""The whole chain on a small slice of the shipped corpus: import, train, summarise (explosion/projects style)."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.cli import app
from nlp.corpus import Corpus

runner = CliRunner()
SLICE = ["westminster-yjs-2024", "waltham-forest-yjs-2024", "barnet-yos-2019", "barnsley-yjs-2023",
         "bedfordshire-pdu-2023", "brent-yjs-2023", "bradford-and-calderdale-pdu-2022", "birmingham-central-pdu-2023"]


def _export_slice(root: Path, target: Path) -> Path:
    """Write a slice of the shipped corpus in the exchange format, as `corpus import` reads it."""
    from nlp.annotations import load_dataset

    target.mkdir()
    for release in load_dataset(root / "corpus", root / "annotations"):
        if release.id not in SLICE:
            continue
        doc = {"id": release.id, "text": release.text,
               "meta": {"style": release.style, "source": "test slice", **release.facts},
               "sentences": [{"start": s, "end": e, "label": label} for s, e, label in release.sentences],
               "entities": [{"start": s, "end": e, "label": label, "text": release.text[s:e]}
                            for s, e, label in release.entities]}
        (target / f"{release.id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return target


@pytest.mark.slow
def test_import_train_summarise(tmp_path, root):
    source = _export_slice(root, tmp_path / "exchange")
    corpus, notes, models = tmp_path / "corpus", tmp_path / "annotations", tmp_path / "models"
    result = runner.invoke(app, ["corpus", "import", str(source), "--corpus", str(corpus), "--annotations", str(notes)])
    assert result.exit_code == 0, result.output
    assert len(Corpus(corpus).entries()) == len(SLICE)

    result = runner.invoke(app, ["train", "--out", str(models), "--corpus", str(corpus),
                                 "--annotations", str(notes), "--cv-folds", "0"])
    assert result.exit_code == 0, result.output
    meta = json.loads((models / "meta.json").read_text())
    assert meta["data"]["releases"] == len(SLICE)

    release = corpus / "releases" / "westminster-yjs-2024.txt"
    result = runner.invoke(app, ["summarise", str(release), "--format", "json", "--models", str(models)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    text = release.read_text(encoding="utf-8")
    assert summary["sentences"] and all(text[s["start"]:s["end"]] == s["text"] for s in summary["sentences"])
    assert summary["model"]["version"] == meta["version"]
