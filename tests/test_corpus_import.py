import json

import pytest

from nlp.annotations import import_releases, load_dataset, load_shared_dir, resolve_sentences
from nlp.corpus import OGL, Corpus, read_jsonl
from nlp.errors import AnnotationFormatError

from pathlib import Path

SHARED_TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "train"


def _slice(tmp_path, ids):
    src = tmp_path / "src"
    src.mkdir()
    for rid in ids:
        (src / f"{rid}.json").write_bytes((SHARED_TRAIN / f"{rid}.json").read_bytes())
    return src


@pytest.mark.skipif(not SHARED_TRAIN.exists(), reason="../shared/data/train is not beside the project")
def test_import_is_byte_identical_and_idempotent(tmp_path):
    src = _slice(tmp_path, ["westminster-yjs-2024", "barnet-yos-2019"])
    corpus, notes = tmp_path / "corpus", tmp_path / "annotations"
    assert import_releases(src, corpus, notes) == 2
    assert import_releases(src, corpus, notes) == 2
    original = json.loads((src / "westminster-yjs-2024.json").read_text(encoding="utf-8"))
    assert (corpus / "releases" / "westminster-yjs-2024.txt").read_bytes() == original["text"].encode("utf-8")
    entries = {e["id"]: e for e in Corpus(corpus).entries()}
    assert entries["westminster-yjs-2024"]["licence"] == OGL
    assert entries["barnet-yos-2019"]["licence"] == "synthetic"
    rows = read_jsonl(notes / "sentences.jsonl")
    assert len(rows) == len(original["sentences"]) + len(load_shared_dir(src)[0].sentences)
    for row in rows:
        text = (corpus / "releases" / f"{row['release']}.txt").read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    releases = {r.id: r for r in load_dataset(corpus, notes)}
    assert releases["westminster-yjs-2024"].facts["recommendations_count"] == 4


def test_the_shipped_corpus_matches_its_annotations(dataset):
    assert len(dataset) >= 144
    styles = {r.style for r in dataset}
    assert {"real", "tidy", "real-voice"} <= styles
    for release in dataset:
        for start, end, _ in release.entities:
            assert 0 <= start < end <= len(release.text)


def test_later_and_adjudicated_decisions_win():
    rows = [
        {"release": "r", "start": 0, "end": 5, "label": "NEUTRAL"},
        {"release": "r", "start": 0, "end": 5, "label": "STRENGTH", "adjudicated": True},
        {"release": "r", "start": 0, "end": 5, "label": "WEAKNESS"},
        {"release": "r", "start": 6, "end": 9, "label": "NEUTRAL"},
        {"release": "r", "start": 6, "end": 9, "label": "WEAKNESS"},
    ]
    assert resolve_sentences(rows) == {"r": {(0, 5): "STRENGTH", (6, 9): "WEAKNESS"}}


def test_malformed_annotation_line_names_file_and_line(tmp_path):
    path = tmp_path / "sentences.jsonl"
    path.write_text('{"release": "r", "start": 0, "end": 4, "label": "NEUTRAL"}\n{oops\n')
    with pytest.raises(AnnotationFormatError, match=r"sentences\.jsonl:2: malformed JSON"):
        read_jsonl(path)
