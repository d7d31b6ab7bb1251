"""Trends over summaries built from the gold annotations: tables, files, charts, inputs, the command."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from nlp.cli import app
from nlp.trends import (CHART_FILES, RATINGS, ReleaseRow, compute_trends, iter_inputs, service_key, trend_tables,
                        trends_from_inputs, write_trends)
from .report_fixtures import gold_summaries, write_jsonl


@pytest.fixture(scope="module")
def summaries():
    return gold_summaries()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, summaries):
    return write_jsonl(summaries, tmp_path_factory.mktemp("trends") / "summaries.jsonl")


@pytest.fixture(scope="module")
def result(corpus):
    return trends_from_inputs([corpus])


def test_service_names_match_across_renamings():
    assert service_key("Barnet Youth Offending Service") == service_key("Barnet YJS") == "barnet yjs"
    assert service_key("Brighton & Hove YOT") == service_key("Brighton and Hove Youth Justice Service")
    assert service_key("Merton Youth Justice Service") != service_key("Sutton Youth Justice Service")
    assert service_key(None) == ""


def test_rating_tables_count_every_release(result, summaries):
    trends, rows = result
    assert trends["releases"] == len(summaries) == len(rows)
    assert sum(r["total"] for r in trends["ratings_by_year"]) == len(summaries)
    assert sum(r["total"] for r in trends["ratings_by_type"]) == len(summaries)
    goods = sum(1 for s in summaries if s["overall_rating"] == "Good")
    assert sum(r["Good"] for r in trends["ratings_by_year"]) == goods
    assert {r["service_type"] for r in trends["ratings_by_type"]} == {"YJS", "PDU", "region", "CRC"}
    years = [r["year"] for r in trends["ratings_by_year"]]
    assert years == sorted(years) and "2024" in years


def test_aspects_are_counted(result):
    aspects = {a["aspect"]: a for a in result[0]["aspect_ratings"]}
    assert "organisational delivery" in aspects
    assert aspects["organisational delivery"]["total"] == sum(aspects["organisational delivery"][r] for r in RATINGS)


def test_themes_overall_by_year_and_by_rating(result):
    weaknesses = result[0]["themes"]["weaknesses"]
    top = weaknesses["overall"][0]
    assert top["theme"] == "risk-of-harm" and top["releases"] > 50 and top["sentences"] >= top["releases"]
    assert 0 < top["share"] <= 1
    assert "Inadequate" in weaknesses["by_rating"] and "2023" in weaknesses["by_year"]
    assert [i["releases"] for i in weaknesses["overall"]] == sorted((i["releases"] for i in weaknesses["overall"]), reverse=True)


def test_services_inspected_twice_and_how_their_rating_moved(result):
    repeats = {r["key"]: r for r in result[0]["repeat_inspections"]}
    assert repeats["merton yjs"]["movement"] == "down"          # Good (2021) -> Inadequate (2024)
    assert repeats["greenwich yjs"]["movement"] == "up"         # Requires improvement -> Good
    assert repeats["hartlepool yjs"]["movement"] == "same"
    # Hartlepool was a YOS in 2019 and a YJS in 2023: matched by normalised name
    assert [i["id"] for i in repeats["hartlepool yjs"]["inspections"]] == ["hartlepool-yos-2019", "hartlepool-yjs-2023"]
    assert all(r["count"] >= 2 for r in repeats.values())


def test_files_written(result, tmp_path):
    written = write_trends(result[0], tmp_path)
    names = {p.name for p in written}
    assert {"trends.json", "ratings_by_year.csv", "weaknesses_themes.csv", "repeat_inspections.csv"} <= names
    assert set(CHART_FILES.values()) <= names
    for name in CHART_FILES.values():
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads((tmp_path / "trends.json").read_text())["releases"] == result[0]["releases"]
    with open(tmp_path / "ratings_by_year.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0].keys() >= {"year", "Good", "total"}
    assert sum(int(r["total"]) for r in rows) == result[0]["releases"]


def test_csv_cells_are_not_formulas(tmp_path):
    row = ReleaseRow(id="a", source="a.txt", service="=HYPERLINK(\"x\")", key="x", published="2020-01-01",
                     overall_rating="Good")
    twin = ReleaseRow(id="b", source="b.txt", service="=HYPERLINK(\"x\")", key="x", published="2022-01-01",
                      overall_rating="Inadequate")
    write_trends(compute_trends([row, twin], {}), tmp_path, charts=False)
    text = (tmp_path / "repeat_inspections.csv").read_text()
    assert "'=HYPERLINK" in text and "down" in text


def test_empty_tables_still_have_headers(tmp_path):
    trends = compute_trends([ReleaseRow(id="a", source="a.txt", error="a.txt: empty file")], {})
    write_trends(trends, tmp_path)
    assert (tmp_path / "repeat_inspections.csv").read_text().startswith("service,")
    assert trends["failed"] == {"count": 1, "items": [{"source": "a.txt", "error": "a.txt: empty file"}]}
    assert tables_have_all_names(trend_tables(trends))


def tables_have_all_names(tables):
    return {"ratings_by_year", "weaknesses_themes", "strengths_themes_by_year", "failed"} <= set(tables)


def test_inputs_json_list_single_jsonl_bad_lines_and_missing(tmp_path, summaries):
    (tmp_path / "one.json").write_text(json.dumps(summaries[0]))
    (tmp_path / "many.json").write_text(json.dumps(summaries[1:3]))
    (tmp_path / "some.jsonl").write_text(json.dumps(summaries[3]) + "\n\nnot json\n" + json.dumps({"a": 1}) + "\n")
    loaded = list(iter_inputs([tmp_path / "one.json", tmp_path / "many.json", tmp_path / "some.jsonl",
                               tmp_path / "missing.jsonl"]))
    assert [bool(l.summary) for l in loaded] == [True, True, True, True, False, False, False]
    assert "some.jsonl:3: not JSON" in loaded[4].error
    assert "not an inspection summary" in loaded[5].error
    assert "no such file" in loaded[6].error
    # a directory of summary files reads the same
    assert sum(1 for l in iter_inputs([tmp_path]) if l.summary) == 4


def test_themes_come_from_the_summary_when_present(tmp_path, summaries):
    summary = json.loads(json.dumps(summaries[0]))
    for item in summary["weaknesses"]:
        item["themes"] = ["data-it"]
    path = write_jsonl([summary], tmp_path / "s.jsonl")
    trends, rows = trends_from_inputs([path])
    assert [i["theme"] for i in trends["themes"]["weaknesses"]["overall"]] == ["data-it"]
    assert trends["themes"]["strengths"]["overall"]  # strengths carried no themes: tagged from their text


def test_trends_command(corpus, tmp_path):
    result = CliRunner().invoke(app, ["trends", str(corpus), "--out", str(tmp_path / "t"), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Overall ratings by year" in result.output and "Merton Youth Justice Service" in result.output
    assert (tmp_path / "t" / "ratings-by-year.png").exists()


def test_trends_command_with_nothing_readable(tmp_path):
    result = CliRunner().invoke(app, ["trends", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "t"), "-q"])
    # a missing input is a failed row, reported, not a traceback
    assert result.exit_code == 0
    assert "1 failed" in result.output
