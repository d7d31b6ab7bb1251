"""Summaries of the shipped seed releases with the shipped models, checked against the schema's rules."""

import json

import pytest

from nlp.summarise import SCHEMA, summarise_text, to_markdown

LABELS = {"STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"}
RATINGS = {"Outstanding", "Good", "Requires improvement", "Inadequate", None}


def check_schema(summary: dict, text: str) -> None:
    """The rules of docs/schema.md that a program reading the summary relies on."""
    assert summary["schema"] == SCHEMA
    assert summary["overall_rating"] in RATINGS
    assert all(r["rating"] in RATINGS - {None} for r in summary["ratings"])
    if summary["service"] is not None:
        assert summary["service"]["type"] in {"YJS", "PDU", "region", "CRC", "prison", "other"}
    last_end = 0
    for sentence in summary["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
        assert sentence["start"] >= last_end
        last_end = sentence["end"]
        assert sentence["label"] in LABELS
        assert set(sentence["scores"]) == LABELS
        assert abs(sum(sentence["scores"].values()) - 1) < 1e-6
        assert sentence["label"] == max(sentence["scores"], key=sentence["scores"].get)
    for entity in summary["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
        assert entity["label"] in {"SERVICE", "AGENCY", "RATING", "DATE"}
    by_label = {"strengths": "STRENGTH", "weaknesses": "WEAKNESS"}
    for field, label in by_label.items():
        expected = [s["start"] for s in summary["sentences"] if s["label"] == label]
        assert [item["start"] for item in summary[field]] == expected
    expected = [s["start"] for s in summary["sentences"] if s["label"] == "RECOMMENDATION"]
    assert [item["start"] for item in summary["recommendations"]["items"]] == expected
    json.dumps(summary)


def test_westminster_summary(models, westminster_text):
    summary = summarise_text(westminster_text, "westminster.txt", models)
    check_schema(summary, westminster_text)
    assert summary["service"]["name"] == "Westminster Youth Justice Service"
    assert summary["service"]["short"] == "Westminster YJS"
    assert summary["service"]["type"] == "YJS"
    assert summary["overall_rating"] == "Good"
    assert summary["published"] == "2024-09-17"
    assert summary["fieldwork"] == "2024-04"
    assert summary["recommendations"]["count"] == 4
    assert "Metropolitan Police" in summary["recommendations"]["recipients"]
    weaknesses = " ".join(item["text"] for item in summary["weaknesses"])
    assert "planning to keep others safe to be variable" in weaknesses
    assert "public protection agencies was not always used effectively" in weaknesses
    assert summary["title"].startswith("‘Positive findings’")


def test_every_shipped_release_gives_a_valid_summary(models, dataset):
    for release in dataset[:40]:
        check_schema(summarise_text(release.text, release.id, models), release.text)


def test_min_score_only_drops_items(models, westminster_text):
    full = summarise_text(westminster_text, models=models)
    strict = summarise_text(westminster_text, models=models, min_score=0.9)
    assert strict["sentences"] == full["sentences"]
    assert all(item["score"] >= 0.9 for item in strict["strengths"] + strict["weaknesses"])
    assert len(strict["strengths"]) <= len(full["strengths"])


@pytest.mark.parametrize("text", [
    "Hello.\r\nThis is not an inspection release at all.\r\n",
    "Minutes of the parish council meeting held on 3 May 2024.\n\nApologies were received.",
    "x",
])
def test_texts_that_are_not_releases_give_nulls_not_crashes(models, text):
    summary = summarise_text(text, models=models)
    check_schema(summary, text)
    assert summary["overall_rating"] is None
    assert summary["recommendations"]["count"] is None


def test_markdown_names_the_facts(models, westminster_text):
    markdown = to_markdown(summarise_text(westminster_text, "w.txt", models))
    assert "Westminster Youth Justice Service" in markdown
    assert "**Overall rating:** Good" in markdown
    assert "## Areas for improvement" in markdown
    assert "2024-09-17" in markdown


def test_summaries_are_deterministic(models, westminster_text):
    assert summarise_text(westminster_text, models=models) == summarise_text(westminster_text, models=models)


def test_a_batch_gives_the_same_summaries_as_one_by_one(models, dataset):
    from nlp.summarise import summarise_texts
    from nlp.textio import InputText

    releases = dataset[:6]
    batch = summarise_texts([InputText(r.id, r.text) for r in releases], models)
    assert batch == [summarise_text(r.text, r.id, models) for r in releases]


def test_page_furniture_is_not_the_title_and_month_ranges_give_the_first_month(models):
    text = ("Skip to content\nThis publication is licensed under the terms of the Open Government Licence v3.0.\n"
            "Published: 19 Nov 2018\n\nProbation services in Gateshead 'Require Improvement'\n\n"
            "Gateshead PDU has been rated 'Requires improvement' overall by HM Inspectorate of Probation. "
            "Inspectors visited the PDU in October and November 2018.\n\n"
            "We have made six recommendations, one of them for HM Prison and Probation Service (HMPPS).\n")
    summary = summarise_text(text, models=models)
    check_schema(summary, text)
    assert summary["title"] == "Probation services in Gateshead 'Require Improvement'"
    assert summary["published"] == "2018-11-19"
    assert summary["fieldwork"] == "2018-10"
    assert summary["overall_rating"] == "Requires improvement"
    assert summary["recommendations"]["count"] == 6
    assert summary["recommendations"]["recipients"] == ["HM Prison and Probation Service"]


def test_the_service_and_its_board_named_generically_are_recipients(models):
    text = ("Dyfed-Powys PDU rated 'Requires improvement'\n\n"
            "Dyfed-Powys PDU has been rated 'Requires improvement' by HM Inspectorate of Probation.\n\n"
            "The report makes seven recommendations, four of which are for the PDU and three for HMPPS in Wales. "
            "The management board should review its oversight of risk work.\n")
    recipients = summarise_text(text, models=models)["recommendations"]["recipients"]
    assert recipients == ["Dyfed-Powys PDU", "HMPPS", "Dyfed-Powys PDU management board"]
    named = ("Cardiff Youth Justice Service is rated 'Good'.\n\nThe Cardiff Youth Justice Management Board met "
             "monthly.\n\nThe report makes two recommendations, one for the service and one for the board.\n")
    assert summarise_text(named, models=models)["recommendations"]["recipients"] == \
        ["Cardiff YJS", "Cardiff Youth Justice Management Board"]
