"""Export then import in each format reproduces the annotations; foreign records are read and placed."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from nlp.annotate import KeyReader, annotate_entities, annotate_sentences, plan_entities, plan_sentences
from nlp.annotations import load_dataset
from nlp.errors import AnnotationFormatError, NotAReleaseError
from nlp.interchange import FORMATS, collect_units, export_annotations, import_annotations, read_units

from .annotation_workspace import FakeModels, make_workspace

LEEDS = "leeds-yjs"  # service and year; this release states no year


def gold(corpus, annotations):
    return {r.id: (r.sentences, r.entities)
            for r in load_dataset(corpus, annotations, require_sentences=False) if r.sentences or r.entities}


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """Three shipped releases plus a new one annotated in a session (sentences and entities, with an undo)."""
    ws = make_workspace(tmp_path_factory.mktemp("interchange"))
    items, progress = plan_sentences(FakeModels(), [str(ws.new_release)], "kim", "document", ws.corpus, ws.annotations)
    annotate_sentences(items, progress, "kim", KeyReader(io.StringIO("n\nn\ns\nu\ns\ns\nw\nr\n")), ws.annotations,
                       Console(file=io.StringIO()))
    items, progress = plan_entities(FakeModels(), [LEEDS], "kim", ws.corpus, ws.annotations)
    annotate_entities(items, progress, "kim", KeyReader(io.StringIO("\n3\n\nq\n")), ws.annotations,
                      Console(file=io.StringIO()))
    return ws


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_import_reproduces_every_label(annotated, tmp_path, fmt):
    original = gold(annotated.corpus, annotated.annotations)
    assert set(original) == {"westminster-yjs-2024", "barnet-yos-2019", "barnsley-yjs-2023", LEEDS}
    assert len(original[LEEDS][0]) == 6 and len(original[LEEDS][1]) == 4
    out = tmp_path / ("gold.spacy" if fmt == "spacy" else "gold.jsonl")
    count = export_annotations(out, fmt, annotated.corpus, annotated.annotations)
    assert count == len(collect_units(annotated.corpus, annotated.annotations))
    fresh = tmp_path / "fresh"
    counts = import_annotations(out, fmt, annotated.corpus, fresh)
    assert counts["sentences"] == sum(len(s) for s, _ in original.values())
    assert counts["entities"] == sum(len(e) for _, e in original.values())
    assert gold(annotated.corpus, fresh) == original


@pytest.mark.parametrize("fmt", FORMATS)
def test_import_into_the_same_directory_changes_nothing(annotated, tmp_path, fmt):
    import shutil

    copy = tmp_path / "annotations"
    shutil.copytree(annotated.annotations, copy)
    out = tmp_path / ("gold.spacy" if fmt == "spacy" else "gold.jsonl")
    export_annotations(out, fmt, annotated.corpus, copy)
    import_annotations(out, fmt, annotated.corpus, copy, annotator="roundtrip")
    assert gold(annotated.corpus, copy) == gold(annotated.corpus, annotated.annotations)


def test_prodigy_records_look_like_prodigy(annotated, tmp_path):
    out = tmp_path / "p.jsonl"
    export_annotations(out, "prodigy", annotated.corpus, annotated.annotations, releases=[LEEDS])
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    first = rows[0]
    assert first["answer"] == "accept" and first["accept"] == ["NEUTRAL"]
    assert [o["id"] for o in first["options"]] == ["STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"]
    assert [(s["text"], s["label"]) for s in first["spans"]] == [("Leeds Youth Justice Service", "SERVICE"),
                                                                 ("Good", "RATING")]
    assert first["meta"] == {"release": LEEDS, "start": 0, "end": 54}
    assert isinstance(first["_input_hash"], int) and isinstance(first["_task_hash"], int)


def test_spacy_docbin_has_cats_and_ents(annotated, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "gold.spacy"
    export_annotations(out, "spacy", annotated.corpus, annotated.annotations, releases=[LEEDS])
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert docs[0].cats == {"STRENGTH": 0.0, "WEAKNESS": 0.0, "RECOMMENDATION": 0.0, "NEUTRAL": 1.0}
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Leeds Youth Justice Service", "SERVICE"), ("Good", "RATING")]
    assert docs[0].user_data["release"] == LEEDS


def test_doccano_variants_are_read(annotated, tmp_path):
    text = "Inspectors were impressed with the quality of work to support children's desistance."
    lines = [
        {"text": text, "label": ["STRENGTH"]},                                      # text classification
        {"text": "Leeds Youth Justice Service rated ‘Good’ by inspectors",          # sequence labelling
         "label": [[0, 27, "SERVICE"], [35, 39, "RATING"]], "meta": {"release": LEEDS, "start": 0}},
    ]
    path = tmp_path / "doccano.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    units = read_units(path, "doccano", annotated.corpus)
    assert units[0].release == LEEDS and units[0].label == "STRENGTH"
    release_text = annotated.new_release.read_text(encoding="utf-8")
    assert release_text[units[0].start:units[0].end] == text
    assert [(release_text[s:e], label) for s, e, label in units[1].entities] == [
        ("Leeds Youth Justice Service", "SERVICE"), ("Good", "RATING")]


def test_rejected_prodigy_tasks_are_ignored_and_binary_tasks_read(annotated, tmp_path):
    text = "ENDS"
    path = tmp_path / "p.jsonl"
    rows = [{"text": text, "label": "NEUTRAL", "answer": "accept", "meta": {"release": LEEDS}},
            {"text": text, "label": "STRENGTH", "answer": "reject", "meta": {"release": LEEDS}}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    units = read_units(path, "prodigy", annotated.corpus)
    assert [(u.text, u.label) for u in units] == [("ENDS", "NEUTRAL")]


@pytest.mark.parametrize("row, message", [
    ({"text": "ENDS", "accept": ["PRAISE"], "meta": {"release": LEEDS}}, "unknown sentence label"),
    ({"text": "ENDS", "spans": [{"start": 0, "end": 9, "label": "DATE"}], "meta": {"release": LEEDS}}, "outside the text"),
    ({"text": "Not in any release at all.", "accept": ["NEUTRAL"]}, "no release id"),
    ({"accept": ["NEUTRAL"]}, "not a prodigy record"),
])
def test_bad_records_name_file_and_line(annotated, tmp_path, row, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(AnnotationFormatError, match=message) as err:
        read_units(path, "prodigy", annotated.corpus)
    assert "bad.jsonl:1" in str(err.value)


def test_unknown_release_and_truncated_docbin(annotated, tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": "ENDS", "accept": ["NEUTRAL"], "meta": {"release": "nowhere-2020"}}) + "\n")
    with pytest.raises(NotAReleaseError, match="nowhere-2020"):
        read_units(path, "prodigy", annotated.corpus)
    broken = tmp_path / "broken.spacy"
    broken.write_bytes(b"\x00\x01not a docbin")
    with pytest.raises(AnnotationFormatError, match="DocBin"):
        read_units(broken, "spacy", annotated.corpus)
