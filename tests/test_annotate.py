"""The annotation session: keys in, one appended line per decision out, undo as retraction, resume."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from nlp.annotate import (KeyReader, annotate_entities, annotate_sentences, covered, find_surface, plan_entities,
                          plan_sentences, simple_segment)
from nlp.annotations import live_records, load_dataset, resolve_entities, resolve_sentences

from .annotation_workspace import NEW_RELEASE, FakeModels, make_workspace

LEEDS = "leeds-yjs"  # service and year; this release states no year


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path)


def quiet() -> Console:
    return Console(file=io.StringIO(), width=100)


def run(ws, keys: str, annotator="kim", order="document", refs=None, console=None):
    items, progress = plan_sentences(FakeModels(), refs if refs is not None else [str(ws.new_release)], annotator,
                                     order, ws.corpus, ws.annotations)
    return annotate_sentences(items, progress, annotator, KeyReader(io.StringIO(keys)), ws.annotations,
                              console or quiet())


def spans_of(text):
    return simple_segment(text)


def test_simple_segment_splits_headline_sentences_and_ends():
    spans = spans_of(NEW_RELEASE)
    assert [NEW_RELEASE[s:e] for s, e in spans][:2] == [
        "Leeds Youth Justice Service rated ‘Good’ by inspectors",
        "Leeds Youth Justice Service has received an overall rating of ‘Good’ from HM Inspectorate of Probation."]
    assert NEW_RELEASE[slice(*spans[-1])] == "ENDS"
    assert len(spans) == 7


def test_keys_label_accept_and_skip_write_one_line_per_decision(ws):
    before = len(ws.lines())
    result = run(ws, "n\n\nx\nw\n")  # NEUTRAL, accept NEUTRAL suggestion, skip, WEAKNESS; then EOF
    assert result.ended == "end of input" and result.written == 3 and result.skipped == 1
    new = ws.lines()[before:]
    spans = spans_of(NEW_RELEASE)
    assert [(r["start"], r["end"], r["label"]) for r in new] == [
        (*spans[0], "NEUTRAL"), (*spans[1], "NEUTRAL"), (*spans[3], "WEAKNESS")]
    assert new[1]["suggestion"] == "NEUTRAL" and new[1]["score"] == 0.95
    assert all(r["annotator"] == "kim" and r["release"] == LEEDS and r["time"] for r in new)
    assert new[2]["text"] == NEW_RELEASE[slice(*spans[3])]


def test_new_release_path_is_added_to_the_corpus_once(ws):
    run(ws, "q\n")
    run(ws, "q\n")
    index = [json.loads(line) for line in (ws.corpus / "index.jsonl").read_text().splitlines()]
    assert [e["id"] for e in index].count(LEEDS) == 1
    assert (ws.corpus / "releases" / f"{LEEDS}.txt").read_text(encoding="utf-8") == NEW_RELEASE


def test_undo_appends_a_retraction_and_the_gold_follows_it(ws):
    before = len(ws.lines())
    result = run(ws, "s\nu\nn\nr\n")
    assert result.written == 2 and result.undone == 1
    new = ws.lines()[before:]
    assert [r.get("type", r.get("label")) for r in new] == ["STRENGTH", "undo", "NEUTRAL", "RECOMMENDATION"]
    gold = resolve_sentences(ws.lines())[LEEDS]
    spans = spans_of(NEW_RELEASE)
    assert gold == {spans[0]: "NEUTRAL", spans[1]: "RECOMMENDATION"}


def test_undo_after_skip_returns_to_the_skipped_sentence(ws):
    before = len(ws.lines())
    run(ws, "x\nu\nw\n")
    new = ws.lines()[before:]
    assert [(r["start"], r["label"]) for r in new] == [(0, "WEAKNESS")]


def test_enter_without_suggestion_and_unknown_keys_ask_again(ws):
    class NoSuggestions(FakeModels):
        def suggest(self, text, spans):
            return None

    items, progress = plan_sentences(NoSuggestions(), [str(ws.new_release)], "kim", "uncertain", ws.corpus,
                                     ws.annotations)
    assert [it.start for it in items] == [s for s, _ in spans_of(NEW_RELEASE)]  # no scores: document order
    out = io.StringIO()
    result = annotate_sentences(items, progress, "kim", KeyReader(io.StringIO("\nz\ns\nq\n")), ws.annotations,
                                Console(file=out, width=100))
    assert result.written == 1 and result.ended == "quit"
    assert "no suggestion" in out.getvalue() and "unknown key" in out.getvalue()


def test_resume_skips_what_this_annotator_did_but_not_others(ws):
    run(ws, "s\nw\nq\n")
    items, progress = plan_sentences(FakeModels(), [LEEDS], "kim", "document", ws.corpus, ws.annotations)
    assert progress["done"] == 2 and progress["total"] == 7 and len(items) == 5
    assert progress["labels"] == {"STRENGTH": 1, "WEAKNESS": 1}
    other, _ = plan_sentences(FakeModels(), [LEEDS], "lee", "document", ws.corpus, ws.annotations)
    assert len(other) == 7


def test_uncertain_order_shows_least_confident_first(ws):
    items, _ = plan_sentences(FakeModels(), [str(ws.new_release)], "kim", "uncertain", ws.corpus, ws.annotations)
    scores = [it.score for it in items]
    assert scores == sorted(scores) and scores[0] == 0.4 and scores[-1] == 0.95


def test_no_release_given_means_releases_with_unlabelled_sentences(ws):
    from nlp.corpus import add_releases

    assert plan_sentences(FakeModels(), None, "kim", "document", ws.corpus, ws.annotations)[0] == []
    add_releases([ws.new_release], ws.corpus)
    items, progress = plan_sentences(FakeModels(), None, "kim", "document", ws.corpus, ws.annotations)
    assert {it.release.id for it in items} == {LEEDS} and progress["total"] == 7


def test_finished_session_feeds_load_dataset(ws):
    run(ws, "\n" * 7)  # accept every suggestion
    releases = {r.id: r for r in load_dataset(ws.corpus, ws.annotations)}
    assert set(releases) == {"westminster-yjs-2024", "barnet-yos-2019", "barnsley-yjs-2023", LEEDS}
    labels = [label for _, _, label in releases[LEEDS].sentences]
    assert labels == ["NEUTRAL", "NEUTRAL", "STRENGTH", "NEUTRAL", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"]
    assert releases[LEEDS].style == "real"


def test_keyboard_interrupt_keeps_answers(ws):
    class Interrupting(KeyReader):
        def __init__(self):
            super().__init__(io.StringIO("s\nw\n"))

        def key(self):
            got = super().key()
            if got is None:
                raise KeyboardInterrupt
            return got

    items, progress = plan_sentences(FakeModels(), [str(ws.new_release)], "kim", "document", ws.corpus,
                                     ws.annotations)
    result = annotate_sentences(items, progress, "kim", Interrupting(), ws.annotations, quiet())
    assert result.ended == "interrupted" and result.written == 2
    assert [r["label"] for r in ws.lines() if r.get("release") == LEEDS] == ["STRENGTH", "WEAKNESS"]


def test_live_records_undo_only_touches_its_annotator():
    rows = [{"release": "a", "start": 0, "end": 5, "label": "NEUTRAL", "annotator": "kim"},
            {"release": "a", "start": 0, "end": 5, "label": "STRENGTH", "annotator": "lee"},
            {"type": "undo", "release": "a", "start": 0, "end": 5, "annotator": "kim"},
            {"type": "undo", "release": "a", "start": 0, "end": 5, "annotator": "kim"}]  # nothing left to undo
    assert [r["annotator"] for r in live_records(rows)] == ["lee"]


def test_adjudicated_line_beats_later_votes_and_can_be_undone():
    rows = [{"release": "a", "start": 0, "end": 5, "label": "NEUTRAL", "annotator": "kim"},
            {"release": "a", "start": 0, "end": 5, "label": "STRENGTH", "annotator": "boss", "adjudicated": True},
            {"release": "a", "start": 0, "end": 5, "label": "WEAKNESS", "annotator": "lee"}]
    assert resolve_sentences(rows) == {"a": {(0, 5): "STRENGTH"}}
    rows.append({"type": "undo", "release": "a", "start": 0, "end": 5, "annotator": "boss"})
    assert resolve_sentences(rows) == {"a": {(0, 5): "WEAKNESS"}}


def test_covered_tolerates_a_slightly_different_segmentation():
    assert covered((10, 50), [(12, 50)])
    assert not covered((10, 50), [(40, 90)])


# -------------------------------------------------------------------------------------------- entities

def run_entities(ws, keys: str, annotator="kim"):
    items, progress = plan_entities(FakeModels(), [str(ws.new_release)], annotator, ws.corpus, ws.annotations)
    return annotate_entities(items, progress, annotator, KeyReader(io.StringIO(keys)), ws.annotations, quiet())


def test_entities_accept_reject_and_add(ws):
    # sentence 1: accept the suggested SERVICE and RATING; sentence 2: reject span 3 (AGENCY), then add it
    # back by typing its surface text and label; sentence 3: clear and accept (no entities)
    result = run_entities(ws, "\n3\n+\nHM Inspectorate of Probation\na\n\nc\n\nq\n")
    assert result.written == 3
    rows = [r for r in ws.lines("entities.jsonl") if r.get("release") == LEEDS]
    spans = spans_of(NEW_RELEASE)
    assert [(r["start"], r["end"]) for r in rows] == spans[:3]
    first = [(s["text"], s["label"]) for s in rows[0]["spans"]]
    assert first == [("Leeds Youth Justice Service", "SERVICE"), ("Good", "RATING")]
    second = [(s["text"], s["label"]) for s in rows[1]["spans"]]
    assert second == [("Leeds Youth Justice Service", "SERVICE"), ("Good", "RATING"),
                      ("HM Inspectorate of Probation", "AGENCY")]
    assert rows[2]["spans"] == []
    gold = {r.id: r for r in load_dataset(ws.corpus, ws.annotations, require_sentences=False)}[LEEDS]
    assert [NEW_RELEASE[s:e] for s, e, _ in gold.entities] == [
        "Leeds Youth Justice Service", "Good", "Leeds Youth Justice Service", "Good", "HM Inspectorate of Probation"]
    # the entity trainer must not read "no span" outside the checked sentences as "no entity"
    assert gold.entity_coverage == spans[:3]


def test_entity_coverage_is_whole_for_gold_and_empty_when_unannotated(ws):
    run(ws, "n\n")
    releases = {r.id: r for r in load_dataset(ws.corpus, ws.annotations)}
    assert releases["westminster-yjs-2024"].entity_coverage is None
    assert releases[LEEDS].entity_coverage == [] and releases[LEEDS].entities == []


def test_entities_undo_and_resume(ws):
    run_entities(ws, "\n1\n\nu\nq\n")   # accept s1; reject SERVICE in s2 and accept; undo s2
    rows = ws.lines("entities.jsonl")
    assert rows[-1]["type"] == "undo"
    gold = resolve_entities(rows)[LEEDS]
    assert [NEW_RELEASE[s:e] for s, e, _ in gold] == ["Leeds Youth Justice Service", "Good"]
    items, progress = plan_entities(FakeModels(), [LEEDS], "kim", ws.corpus, ws.annotations)
    assert progress["done"] == 1 and items[0].index == 1


def test_entity_lines_per_sentence_merge_with_release_lines():
    rows = [{"release": "a", "spans": [{"start": 0, "end": 4, "label": "DATE"}, {"start": 20, "end": 24, "label": "RATING"}]},
            {"release": "a", "start": 15, "end": 30, "spans": [], "annotator": "kim"},
            {"release": "a", "start": 40, "end": 60, "spans": [{"start": 41, "end": 45, "label": "AGENCY"}], "annotator": "kim"}]
    assert resolve_entities(rows) == {"a": [(0, 4, "DATE"), (41, 45, "AGENCY")]}
    rows.append({"release": "a", "spans": [{"start": 1, "end": 2, "label": "DATE"}]})  # a release line replaces all
    assert resolve_entities(rows) == {"a": [(1, 2, "DATE")]}


def test_find_surface_skips_taken_occurrences(ws):
    from nlp.annotate import Item
    from nlp.corpus import Release

    release = Release("x", "Leeds works with Leeds police and Leeds council.")
    item = Item(release, [(0, len(release.text))], 0)
    assert find_surface(item, "Leeds", [(0, 5, "SERVICE"), (17, 22, "AGENCY")]) == (34, 39)
    assert find_surface(item, "Bradford", []) is None


def test_no_release_given_skips_what_others_labelled(ws):
    run(ws, "s\nw\nq\n", annotator="lee")
    items, progress = plan_sentences(FakeModels(), None, "kim", "document", ws.corpus, ws.annotations)
    assert len(items) == 5 and progress["done"] == 2
    named, _ = plan_sentences(FakeModels(), [LEEDS], "kim", "document", ws.corpus, ws.annotations)
    assert len(named) == 7
