"""Reading the gold facts: which line wins, retractions, and a malformed line named by file and line."""

from __future__ import annotations

import json

import pytest

from nlp.annotations import RATING_TERMS, load_dataset, read_fact_records, resolve_facts
from nlp.errors import AnnotationFormatError

from .annotation_workspace import make_workspace

BARNET = "barnet-yos-2019"


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path)


def append(ws, *rows):
    with open(ws.annotations / "facts.jsonl", "a", encoding="utf-8") as fh:
        fh.writelines((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def facts(ws):
    return {r.id: r.facts for r in load_dataset(ws.corpus, ws.annotations)}


def test_the_last_line_for_a_release_wins_and_an_undo_brings_back_the_one_before(ws):
    gold = facts(ws)[BARNET]
    append(ws, {"release": BARNET, **gold, "overall_rating": "Inadequate", "annotator": "kim", "time": "t1"})
    assert facts(ws)[BARNET]["overall_rating"] == "Inadequate"
    append(ws, {"release": BARNET, **gold, "overall_rating": "Outstanding", "annotator": "lee", "time": "t2"},
           {"type": "undo", "release": BARNET, "annotator": "kim", "time": "t3"})  # kim retracts kim's line only
    assert facts(ws)[BARNET]["overall_rating"] == "Outstanding"
    append(ws, {"type": "undo", "release": BARNET, "annotator": "lee", "time": "t4"})
    assert facts(ws)[BARNET] == gold


def test_resolve_facts_fills_missing_fields_with_null():
    assert resolve_facts([{"release": "a", "service": "Leeds YJS"}])["a"]["published"] is None


@pytest.mark.parametrize("line, message", [
    ('{"release": "x", "service": "Leeds YJS"', "malformed JSON"),
    ('{"service": "Leeds YJS"}', "missing field(s) release"),
    ('{"release": "x", "published": "17 September 2024"}', "published: '17 September 2024' is not an ISO date"),
    ('{"release": "x", "fieldwork": "2024-13"}', "fieldwork: '2024-13' is not an ISO month"),
    ('{"release": "x", "overall_rating": "good"}', "overall_rating: 'good' is not one of"),
    ('{"release": "x", "service_type": "YOT"}', "service_type: 'YOT' is not one of"),
    ('{"release": "x", "recommendations_count": "4"}', "recommendations_count: '4' is not a count"),
    ('{"release": "x", "ratings": [{"aspect": "staff"}]}', "ratings: {'aspect': 'staff'} is not"),
    ('{"type": "undo", "release": "x"}', "missing field(s) annotator"),
])
def test_a_malformed_facts_line_names_file_and_line(ws, line, message):
    path = ws.annotations / "facts.jsonl"
    number = len(path.read_text(encoding="utf-8").splitlines()) + 1
    append(ws, line)
    with pytest.raises(AnnotationFormatError) as err:
        read_fact_records(path)
    assert str(err.value).startswith(f"{path}:{number}: ") and message in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(AnnotationFormatError):
        load_dataset(ws.corpus, ws.annotations)


def test_the_shipped_facts_are_valid(root):
    rows = read_fact_records(root / "annotations" / "facts.jsonl")
    assert len(resolve_facts(rows)) >= 144


def test_rating_terms_are_the_pipeline_scale():
    from nlp.entities.normalise import RATINGS

    assert RATING_TERMS == RATINGS
