"""Saved web pages (tests/data/pages: text as a browser copies it, with cookie banners, skip links, licence
lines, breadcrumbs, share links, addresses and "Published:" stubs): titles, ids, trends, report, file modes."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.cli import app
from nlp.corpus import Corpus, add_releases
from nlp.summarise import summarise_path
from nlp.textio import furniture_spans, headline, in_spans, is_furniture, read_release_text

PAGES = Path(__file__).parent / "data" / "pages"
PAGE_FILES = sorted(PAGES.iterdir())
# Words that only page furniture brings (none of them occurs in the releases' own sentences).
FURNITURE_WORDS = re.compile(r"cookie|skip to|published|licen[cs]e|©|copyright|share|home\s*[>›/]|facebook|twitter",
                             re.IGNORECASE)
runner = CliRunner()


@pytest.fixture(scope="module")
def summaries(models):
    return {path.name: summarise_path(path, models) for path in PAGE_FILES}


def test_the_fixture_pages_carry_furniture():
    # the fixture is only a test if the pages really start with furniture, as saved pages do
    for path in PAGE_FILES:
        text = read_release_text(path).text
        assert furniture_spans(text), path.name
        first = text.strip().splitlines()[0]
        assert is_furniture(first), (path.name, first)


@pytest.mark.parametrize("name", [p.name for p in PAGE_FILES])
def test_title_is_the_headline_and_no_item_is_furniture(summaries, name):
    summary = summaries[name]
    text = read_release_text(PAGES / name).text
    assert summary["title"] == headline(text)
    assert not FURNITURE_WORDS.search(summary["title"]), summary["title"]
    furniture = furniture_spans(text)
    items = summary["strengths"] + summary["weaknesses"] + summary["recommendations"]["items"]
    assert items, "a release with no listed item says nothing about the furniture rule"
    for item in items:
        assert not in_spans(item["start"], item["end"], furniture), item["text"]
        assert not FURNITURE_WORDS.search(item["text"]), item["text"]
    # furniture stays in the offsets: every furniture line is still covered by sentences
    covered = {(s["start"], s["end"]) for s in summary["sentences"]}
    for start, end in furniture:
        assert any(s <= start < e for s, e in covered), text[start:end]


def test_corpus_add_ids_from_service_and_year_and_printed(tmp_path):
    corpus = tmp_path / "corpus"
    result = runner.invoke(app, ["corpus", "add", str(PAGES), "--corpus", str(corpus), "--licence", "OGL v3.0"])
    assert result.exit_code == 0, result.output
    entries = Corpus(corpus).entries()
    assert len(entries) == len(PAGE_FILES)
    printed = re.findall(r"^added: (\S+)", result.output, re.MULTILINE)
    assert sorted(printed) == sorted(e["id"] for e in entries)
    for entry in entries:
        assert not FURNITURE_WORDS.search(entry["id"]) and not FURNITURE_WORDS.search(entry["title"]), entry
        # the id is the service's short name and the year the index gives a reason for
        assert entry["year_source"] in {"published", "page date", "dated sentence", "fieldwork", "--published"}
        assert entry["id"].endswith(f"-{entry['year']}"), entry
        assert entry["id"].startswith(re.sub(r"[^a-z0-9]+", "-", entry["service"].split()[0].lower())), entry
    assert {"leeds-yjs-2025", "wigan-and-leigh-pdu-2024", "camden-yos-2020"} <= {e["id"] for e in entries}


def test_ids_are_unique_and_published_is_recorded(tmp_path, models):
    corpus = tmp_path / "corpus"
    text = read_release_text(PAGES / "leeds-govuk.txt").text
    second = tmp_path / "leeds-again.txt"
    second.write_text(text.replace("five recommendations", "six recommendations"), encoding="utf-8")
    first = add_releases([PAGES / "leeds-govuk.txt"], corpus, models=models)[0]
    again = add_releases([second], corpus, models=models)[0]
    assert (first.id, again.id) == ("leeds-yjs-2025", "leeds-yjs-2025-2")
    third = tmp_path / "leeds-2026.txt"
    third.write_text(text.replace("five recommendations", "seven recommendations"), encoding="utf-8")
    dated = add_releases([third], corpus, published="2026-01-20", models=models)[0]
    assert dated.id == "leeds-yjs-2026"
    assert dated.entry["published"] == "2026-01-20" and dated.entry["year_source"] == "--published"


def test_corpus_add_rejects_a_bad_published_date(tmp_path):
    result = runner.invoke(app, ["corpus", "add", str(PAGES / "leeds-govuk.txt"), "--corpus", str(tmp_path / "c"),
                                 "--published", "March 2025"])
    assert result.exit_code == 2
    assert "--published" in result.output and "Traceback" not in result.output


def test_annotate_a_file_prints_its_id_and_the_id_works_next_time(tmp_path):
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    common = ["--annotator", "kim", "--corpus", str(corpus), "--annotations", str(annotations), "--order", "document"]
    first = runner.invoke(app, ["annotate", "sentences", str(PAGES / "wigan-pdu-hmip.txt"), *common], input="n\nq\n")
    assert first.exit_code == 0, first.output
    found = re.search(r"added to the corpus as (\S+)", first.output)
    assert found, first.output
    release_id = found.group(1)
    assert release_id == "wigan-and-leigh-pdu-2024"
    again = runner.invoke(app, ["annotate", "sentences", release_id, *common], input="q\n")
    assert again.exit_code == 0, again.output
    lines = [json.loads(line) for line in (annotations / "sentences.jsonl").read_text().splitlines()]
    assert {line["release"] for line in lines} == {release_id}


def test_stats_count_partly_annotated_releases(tmp_path):
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    common = ["--annotator", "kim", "--corpus", str(corpus), "--annotations", str(annotations), "--order", "document"]
    runner.invoke(app, ["annotate", "sentences", str(PAGES / "leeds-govuk.txt"), *common], input="n\nn\nn\nn\nq\n")
    result = runner.invoke(app, ["annotations", "stats", "--corpus", str(corpus), "--annotations", str(annotations),
                                 "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    release_id = Corpus(corpus).ids()[0]
    assert stats["releases_annotated"] == 0
    assert stats["partly_annotated"][release_id]["labelled"] == 4
    assert stats["partly_annotated"][release_id]["sentences"] > 4
    text = runner.invoke(app, ["annotations", "stats", "--corpus", str(corpus), "--annotations", str(annotations)])
    assert f"0 of 1 releases annotated, {release_id} partly (4 of" in text.output


def _summaries_file(summaries, tmp_path) -> Path:
    path = tmp_path / "summaries.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in summaries.values()), encoding="utf-8")
    return path


def test_trends_counts_the_same_release_once(summaries, tmp_path):
    from nlp.trends import trends_from_inputs

    path = _summaries_file(summaries, tmp_path)
    once, _ = trends_from_inputs([path])
    twice, _ = trends_from_inputs([path, path])
    assert once["releases"] == twice["releases"] == len(PAGE_FILES)
    assert twice["duplicates"]["count"] == len(PAGE_FILES)
    assert twice["repeat_inspections"] == once["repeat_inspections"] == []
    # a summary and the page it was made from are one release too
    both, _ = trends_from_inputs([path, PAGES])
    assert both["releases"] == len(PAGE_FILES) and both["duplicates"]["count"] == len(PAGE_FILES)
    result = runner.invoke(app, ["trends", str(path), str(path), "--out", str(tmp_path / "t"), "-q"])
    assert result.exit_code == 0
    assert f"{len(PAGE_FILES)} inspection(s)" in result.output and "counted once" in result.output


def test_years_come_from_what_the_pages_say(summaries, tmp_path):
    from nlp.trends import trends_from_inputs

    trends, rows = trends_from_inputs([_summaries_file(summaries, tmp_path)])
    assert all(row.year != "unknown" for row in rows)
    assert "unknown" not in {r["year"] for r in trends["ratings_by_year"]}
    assert sum(trends["years"].values()) == len(PAGE_FILES)
    leeds = next(r for r in rows if r.source.endswith("leeds-govuk.txt"))
    # "Published" above "12 March 2025": the fact role model reads that date as the publication date (#16), so
    # the year comes from the summary's own `published`
    assert (leeds.year, leeds.year_source) == ("2025", "published")


def test_report_recommendations_are_the_stated_counts(summaries, tmp_path):
    from nlp.report import build_report

    build_report([_summaries_file(summaries, tmp_path)], tmp_path / "site", charts=False)
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    checked = 0
    for summary in summaries.values():
        name = summary["service"]["name"]
        row = re.search(r"<tr [^>]*data-recommendations=\"(-?\d+)\"[^>]*>\s*<td><a [^>]*>" + re.escape(name.lower()).replace("&", "&amp;"),
                        html.lower())
        assert row, name
        stated = summary["recommendations"]["count"]
        shown = int(row.group(1))
        if stated is not None:
            assert shown == stated, name
            checked += 1
        else:
            assert shown == len(summary["recommendations"]["items"])
    assert checked >= 3
    assert html.count('class="counted"') == sum(1 for s in summaries.values() if s["recommendations"]["count"] is None)


def _modes(directory: Path) -> dict[str, int]:
    return {str(p.relative_to(directory)): stat.S_IMODE(p.stat().st_mode) for p in directory.rglob("*") if p.is_file()}


def test_files_written_respect_the_umask(summaries, tmp_path):
    from nlp.corpus import atomic_write_text
    from nlp.report import build_report

    old = os.umask(0o022)
    try:
        corpus = tmp_path / "corpus"
        shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
        existing = corpus / "index.jsonl"
        existing.chmod(0o644)
        add_releases([PAGES / "camden-news.html"], corpus)
        annotations = tmp_path / "annotations"
        runner.invoke(app, ["corpus", "import", str(Path(__file__).resolve().parent.parent / "annotations" / "heldout"),
                            "--corpus", str(tmp_path / "c2"), "--annotations", str(annotations)])
        build_report([_summaries_file(summaries, tmp_path)], tmp_path / "site")
        atomic_write_text(tmp_path / "plain" / "x.txt", "x")
        modes = {}
        for part in ("site", "c2", "annotations", "plain"):
            modes.update({f"{part}/{k}": v for k, v in _modes(tmp_path / part).items()})
        modes["corpus/index.jsonl"] = stat.S_IMODE(existing.stat().st_mode)
        assert len(modes) > 20
        assert {k: oct(v) for k, v in modes.items() if v != 0o644} == {}
        os.umask(0o077)
        atomic_write_text(tmp_path / "plain" / "private.txt", "x")
        assert stat.S_IMODE((tmp_path / "plain" / "private.txt").stat().st_mode) == 0o600
    finally:
        os.umask(old)
