"""The invariance harness (`nlp.entities.facts.invariance`): surface edits with their gold moved along, and the
count of releases whose facts change. Releases are our own short ones, or real held-out ones."""

import json
from types import SimpleNamespace

import pytest

from nlp.annotations import AnnotatedRelease, load_shared_dir
from nlp.entities import build_pipeline
from nlp.entities.facts.invariance import EDITS, Edit, edit_release, invariance_table, main, measure_invariance

TEXT = ("Leeds PDU rated ‘Requires improvement’\n\n"
        "Leeds Probation Delivery Unit has been rated ‘Requires improvement’ by HM Inspectorate of Probation. "
        "Fieldwork took place between 4 and 8 March 2024 – the report was published on 6 June 2024. "
        "St Helen’s staff said the Probation Delivery Unit makes four recommendations.")


def release():
    spans = [(0, 38), (40, 141), (142, 232), (233, len(TEXT))]
    entities = [(TEXT.index("Requires", 40), TEXT.index("’ by"), "RATING"),
                (TEXT.index("6 June 2024"), TEXT.index("6 June 2024") + 11, "DATE")]
    return AnnotatedRelease("leeds-pdu-2024", TEXT, sentences=[(s, e, "NEUTRAL") for s, e in spans],
                            entities=entities, facts={"service": "Leeds Probation Delivery Unit", "published": "2024-06-06"})


def edit(name):
    return next(e for e in EDITS if e.name.startswith(name))


@pytest.mark.parametrize("name, rating, date", [
    ("rating without quotes", "Requires improvement", "6 June 2024"),
    ("rating in lower case", "requires improvement", "6 June 2024"),
    ("date 6th March", "Requires improvement", "6th June 2024"),
    ("date 06/03", "Requires improvement", "06/06/2024"),
    ("date March 6", "Requires improvement", "June 6, 2024"),
])
def test_an_edit_moves_every_gold_span_along(name, rating, date):
    edited = edit_release(release(), edit(name))
    assert [edited.text[s:e] for s, e, _ in edited.entities] == [rating, date]
    # every sentence still starts where it did in words, and the last one ends the text
    original = release()
    assert [edited.text[s:e].split()[0] for s, e, _ in edited.sentences] == \
        [original.text[s:e].split()[0] for s, e, _ in original.sentences]
    assert edited.sentences[-1][1] == len(edited.text)


def test_the_second_day_of_a_range_keeps_its_form():
    # "between 4 and 8 March 2024" is one date: rewriting its end alone would write a form no release has
    assert "4 and 8 March 2024" in edit_release(release(), edit("date 06/03")).text


@pytest.mark.parametrize("name, before, after", [
    ("recommendation count in digits", "makes four recommendations", "makes 4 recommendations"),
    ("dashes as em dash", "2024 – the report", "2024 — the report"),
    ("straight apostrophes", "St Helen’s", "St Helen's"),
    ("PDU after the first", "the Probation Delivery Unit makes", "the PDU makes"),
    ("extra whitespace", "Probation. Fieldwork", "Probation.  Fieldwork"),
])
def test_edits_of_the_text(name, before, after):
    edited = edit_release(release(), edit(name)).text
    assert before in TEXT and after in edited
    if name.startswith("PDU"):  # the first full name stays: it is the service's name as first written
        assert edited.count("Leeds Probation Delivery Unit") == 1


def test_an_edit_with_nothing_to_change_gives_none_and_a_service_name_is_edited_with_its_text():
    assert edit_release(release(), edit("recommendation count in words")) is None
    name_edit = Edit("short names", "test", lambda text: [(i, i + 23, "PDU") for i in range(len(text))
                                                          if text.startswith("Probation Delivery Unit", i)])
    assert edit_release(release(), name_edit).facts["service"] == "Leeds PDU"


def test_the_harness_counts_a_change_and_scores_against_the_gold():
    releases = load_shared_dir("annotations/heldout")[:4]
    models = SimpleNamespace(pipeline=build_pipeline(ner=False), roles=None)
    # an edit that does change the facts (every rating term replaced) must be counted, one that does not, not
    blank = Edit("ratings blanked", "test", lambda text: [
        (i, i + len(term), "x" * len(term)) for term in ("Good", "Inadequate", "Outstanding")
        for i in range(len(text)) if text.startswith(term, i)])
    out = measure_invariance({"heldout": releases}, models, edits=(edit("rating in straight quotes"), blank))
    quotes, blanked = out["edits"]
    assert quotes["releases_changed"] == 0 and quotes["edited"] > 0
    assert blanked["changed"]["overall_rating"] > 0
    assert blanked["right_after"]["overall_rating"] < blanked["right_before"]["overall_rating"]
    assert "| ratings blanked | test |" in invariance_table(out)


def test_the_command_writes_its_table_and_json(tmp_path, capsys):
    main(["annotations/heldout-shapes", "--json", str(tmp_path / "inv.json")])
    printed = capsys.readouterr().out
    assert "| edit | group | edited |" in printed and "line breaks inside paragraphs" in printed
    result = json.loads((tmp_path / "inv.json").read_text(encoding="utf-8"))
    assert result["releases"] == 8 and len(result["edits"]) == len(EDITS)


def test_lower_case_unquoted_ratings_tagged_are_gold_ratings():
    """The training releases and the first held-out set with every rating unquoted and lower case (the harness's
    edit): each RATING the rules tag is a gold one moved along, none is an adjective ("good practice", "judged
    good"), and the rules find the rating of a release in most of them."""
    from nlp.annotations import load_dataset

    rules = build_pipeline(ner=False)
    releases = load_dataset() + load_shared_dir("annotations/heldout")
    edited = [r for r in (edit_release(r, edit("rating unquoted, lower case")) for r in releases) if r is not None]
    tagged = wrong = 0
    for release, doc in zip(edited, rules.pipe(r.text for r in edited)):
        gold = {(s, e) for s, e, label in release.entities if label == "RATING"}
        found = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "RATING"}
        tagged += len(found)
        wrong += len(found - gold)
    assert wrong == 0 and tagged > len(edited)
