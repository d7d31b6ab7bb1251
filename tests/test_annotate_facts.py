"""The facts session: a release's facts field by field, the shipped models extracting, one line per release
appended to facts.jsonl, unfinished releases kept in a draft. Everything is written under tmp_path."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from nlp.annotate import (KeyReader, annotate_facts, facts_draft_path, format_fact, parse_fact, plan_facts,
                          read_facts_drafts)
from nlp.annotations import FACT_FIELDS, load_dataset

from .annotation_workspace import make_workspace

WESTMINSTER = "westminster-yjs-2024"
BARNET = "barnet-yos-2019"
LEEDS = "leeds-yjs"  # service and year; this release states no year
ACCEPT_ALL = "\n" * len(FACT_FIELDS)


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path)


def session(ws, models, keys: str, refs=(WESTMINSTER,), annotator="kim", redo=False):
    """Run a scripted session; returns the result, what it printed and the lines it appended."""
    before = len(ws.lines("facts.jsonl"))
    items, progress = plan_facts(models, list(refs), annotator, ws.corpus, ws.annotations, redo=redo)
    out = io.StringIO()
    result = annotate_facts(items, progress, annotator, KeyReader(io.StringIO(keys)), ws.annotations,
                            Console(file=out, width=120))
    return result, out.getvalue(), ws.lines("facts.jsonl")[before:]


def gold_line(ws, release):
    return [r for r in ws.lines("facts.jsonl") if r["release"] == release][-1]


def facts_of(ws, release):
    return {r.id: r for r in load_dataset(ws.corpus, ws.annotations, require_sentences=False)}[release].facts


def test_accept_all_appends_one_line_with_the_gold_values(ws, models):
    gold = gold_line(ws, WESTMINSTER)
    result, out, new = session(ws, models, ACCEPT_ALL)
    assert result.written == 1 and result.ended == "finished"
    assert len(new) == 1
    row = new[0]
    assert list(row) == ["release", *FACT_FIELDS, "annotator", "time"]  # the shape of the existing lines
    assert {k: row[k] for k in FACT_FIELDS} == {k: gold[k] for k in FACT_FIELDS}
    assert row["annotator"] == "kim" and row["time"] != "imported"
    assert facts_of(ws, WESTMINSTER) == {k: gold[k] for k in FACT_FIELDS}
    assert not facts_draft_path(ws.annotations, "kim").exists()
    # the release's title, the sentences the facts come from, and the extracted values are shown
    assert "Westminster Youth Justice Service" in out and "Fieldwork for this inspection took place in April 2024" in out
    assert "The report makes a total of four recommendations." in out and "1/1 done" in out


def test_a_release_with_no_gold_line_takes_the_extracted_values(ws, models):
    result, out, new = session(ws, models, ACCEPT_ALL, refs=[str(ws.new_release)])
    assert result.written == 1 and "no line" in out
    assert new[0]["release"] == LEEDS
    assert {k: new[0][k] for k in FACT_FIELDS} == {
        "service": "Leeds Youth Justice Service", "service_type": "YJS", "overall_rating": "Good", "ratings": [],
        "published": None, "fieldwork": None, "recommendations_count": 4}
    assert facts_of(ws, LEEDS)["recommendations_count"] == 4


def test_edits_are_validated_until_a_good_value_is_typed(ws, models):
    keys = "\n".join([
        "e", "Barnet  Youth Offending Service ",                          # service, spaces normalised
        "e", "youth", "yjs",                                              # service_type
        "e", "excellent", "requires",                                     # overall_rating by prefix
        "e", "staff", "=Good", "court disposals=Good; staff=outstanding",  # ratings
        "e", "2019-3-12", "2019-02-30", "2019-03-13",                     # published
        "e", "March 2019", "2018-11",                                     # fieldwork
        "e", "three", "-1", "3",                                          # recommendations_count
    ]) + "\n"
    result, out, new = session(ws, models, keys, refs=[BARNET])
    assert result.written == 1, out
    assert {k: new[0][k] for k in FACT_FIELDS} == {
        "service": "Barnet Youth Offending Service", "service_type": "YJS", "overall_rating": "Requires improvement",
        "ratings": [{"aspect": "court disposals", "rating": "Good"}, {"aspect": "staff", "rating": "Outstanding"}],
        "published": "2019-03-13", "fieldwork": "2018-11", "recommendations_count": 3}
    for message in ("'youth' is not a service type", "'excellent' is not a rating", "'staff' is not aspect=Rating",
                    "'=Good' is not aspect=Rating", "'2019-3-12' is not an ISO date YYYY-MM-DD",
                    "'2019-02-30' is not an ISO date", "'March 2019' is not an ISO month YYYY-MM",
                    "'three' is not a whole number", "'-1' is not a whole number"):
        assert message in out


def test_dash_and_empty_edits_set_null(ws, models):
    keys = "\n".join(["", "", "-", "-", "e", "", "-", "\n"])  # rating null, ratings none, published empty, fieldwork -
    result, out, new = session(ws, models, keys)
    row = new[0]
    assert result.written == 1
    assert (row["overall_rating"], row["ratings"], row["published"], row["fieldwork"]) == (None, [], None, None)
    assert row["recommendations_count"] == 4
    assert facts_of(ws, WESTMINSTER)["overall_rating"] is None


def test_undo_steps_back_a_field_then_retracts_the_release_before(ws, models):
    gold = gold_line(ws, WESTMINSTER)
    # westminster: keep all; barnet: change the service type, undo it, keep it; undo back into westminster,
    # where the last field is asked again; then barnet's service once more
    keys = ACCEPT_ALL + "\n".join(["", "e", "CRC", "u", "", "u", "u", "u", "e", "9", ""]) + "\n"
    result, out, new = session(ws, models, keys, refs=[WESTMINSTER, BARNET])
    assert "undone: service_type = CRC" in out and "undone: the facts line of westminster-yjs-2024" in out
    assert [r.get("type", r["release"]) for r in new] == [WESTMINSTER, "undo", WESTMINSTER]
    assert new[1] == {"type": "undo", "release": WESTMINSTER, "annotator": "kim", "time": new[1]["time"]}
    assert new[2]["recommendations_count"] == 9
    assert facts_of(ws, WESTMINSTER) == {**{k: gold[k] for k in FACT_FIELDS}, "recommendations_count": 9}
    assert result.written == 1 and result.undone == 1 and result.ended == "end of input"
    # barnet's two decided fields are kept for the next session
    assert read_facts_drafts(facts_draft_path(ws.annotations, "kim"))[BARNET]["values"] == {
        "service": "Barnet Youth Offending Service"}


def test_nothing_to_undo_and_unknown_keys_ask_again(ws, models):
    result, out, new = session(ws, models, "u\nz\n?\n" + ACCEPT_ALL)
    assert "nothing to undo in this session" in out and "unknown key 'z'" in out and "Enter keeps" in out
    assert result.written == 1 and len(new) == 1


def test_quit_mid_release_keeps_a_draft_and_resume_goes_on_from_it(ws, models):
    result, out, new = session(ws, models, "e\nWestminster YJS\n\nq\n", refs=[WESTMINSTER, BARNET])
    assert result.ended == "quit" and new == [] and "2 field(s) of westminster-yjs-2024 kept as a draft" in out
    draft = facts_draft_path(ws.annotations, "kim")
    assert read_facts_drafts(draft)[WESTMINSTER]["values"] == {"service": "Westminster YJS", "service_type": "YJS"}
    # resume: the session opens at overall_rating; the two decided fields are not asked again
    result, out, new = session(ws, models, "\n" * 5 + "q\n", refs=[WESTMINSTER, BARNET])
    assert out.index("» overall_rating") < out.index("» recommendations_count") and "» service:" not in out.split("saved")[0]
    assert [r["release"] for r in new] == [WESTMINSTER] and new[0]["service"] == "Westminster YJS"
    assert not draft.exists() and not draft.parent.exists()
    # done releases are skipped unless redo
    items, progress = plan_facts(models, [WESTMINSTER, BARNET], "kim", ws.corpus, ws.annotations)
    assert [it.release.id for it in items] == [BARNET] and progress == {"total": 2, "done": 1, "labels": {}}
    items, progress = plan_facts(models, [WESTMINSTER, BARNET], "kim", ws.corpus, ws.annotations, redo=True)
    assert [it.release.id for it in items] == [WESTMINSTER, BARNET] and progress["done"] == 0
    assert len(plan_facts(models, [WESTMINSTER], "lee", ws.corpus, ws.annotations)[0]) == 1  # only kim's work


def test_end_of_input_inside_an_edit_keeps_the_fields_decided(ws, models):
    result, out, new = session(ws, models, "\n\ne\nnot a rating\n")
    assert result.ended == "end of input" and new == []
    assert list(read_facts_drafts(facts_draft_path(ws.annotations, "kim"))[WESTMINSTER]["values"]) == [
        "service", "service_type"]


def test_no_release_named_means_the_corpus_in_order(ws, models):
    items, progress = plan_facts(models, None, "kim", ws.corpus, ws.annotations)
    index = [json.loads(line)["id"] for line in (ws.corpus / "index.jsonl").read_text().splitlines()]
    assert [it.release.id for it in items] == sorted(index) and progress["total"] == 3


def test_a_draft_older_than_the_line_is_spent(ws, models):
    session(ws, models, ACCEPT_ALL)
    path = facts_draft_path(ws.annotations, "kim")
    path.parent.mkdir()
    path.write_text(json.dumps({"annotator": "kim", "releases": {
        WESTMINSTER: {"time": "2000-01-01T00:00:00+00:00", "values": {"service": "stale"}}}}))
    items, _ = plan_facts(models, [WESTMINSTER], "kim", ws.corpus, ws.annotations, redo=True)
    assert items[0].draft == {}


@pytest.mark.parametrize("name, text, value", [
    ("service", "  Leeds   Youth Justice Service ", "Leeds Youth Justice Service"),
    ("service_type", "region", "region"),
    ("service_type", "pdu", "PDU"),
    ("overall_rating", "‘Requires improvement’", "Requires improvement"),
    ("overall_rating", "g", "Good"),
    ("overall_rating", "ri", "Requires improvement"),
    ("overall_rating", "Requires  IMPROVEMENT", "Requires improvement"),
    ("overall_rating", "i", "Inadequate"),
    ("overall_rating", "", None),
    ("ratings", "", []),
    ("ratings", "staff=Good;", [{"aspect": "staff", "rating": "Good"}]),
    ("published", "2024-02-29", "2024-02-29"),
    ("fieldwork", "2024-04", "2024-04"),
    ("recommendations_count", "0", 0),
])
def test_parse_fact_accepts(name, text, value):
    assert parse_fact(name, text) == value


@pytest.mark.parametrize("name, text", [
    ("service_type", "YOT"), ("overall_rating", "satisfactory"), ("overall_rating", "requires good"),
    ("ratings", "staff=Great"), ("ratings", "staff=Good=Good"),
    ("published", "2024-02"), ("published", "2023-02-29"), ("fieldwork", "2024-04-01"),
    ("recommendations_count", "4.5"),
])
def test_parse_fact_rejects(name, text):
    with pytest.raises(ValueError):
        parse_fact(name, text)


def test_format_fact_is_what_an_edit_types():
    ratings = [{"aspect": "staff", "rating": "Good"}, {"aspect": "court disposals", "rating": "Inadequate"}]
    assert parse_fact("ratings", format_fact(ratings)) == ratings
    assert (format_fact(None), format_fact([]), format_fact(4)) == ("null", "none", "4")


def test_ctrl_c_mid_release_keeps_the_fields_decided(ws, models):
    class Interrupting(KeyReader):
        def key(self):
            got = super().key()
            if got is None:
                raise KeyboardInterrupt
            return got

    items, progress = plan_facts(models, [WESTMINSTER], "kim", ws.corpus, ws.annotations)
    result = annotate_facts(items, progress, "kim", Interrupting(io.StringIO("\n\n\n")), ws.annotations,
                            Console(file=io.StringIO()))
    assert result.ended == "interrupted" and result.written == 0
    values = read_facts_drafts(facts_draft_path(ws.annotations, "kim"))[WESTMINSTER]["values"]
    assert list(values) == ["service", "service_type", "overall_rating"]
    items, _ = plan_facts(models, [WESTMINSTER], "kim", ws.corpus, ws.annotations)
    assert items[0].draft == values
