"""The static report: pages, escaping of release text, failed releases, local-only links, the command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.cli import app
from nlp.report import build_report, entities_html, release_text
from nlp.trends import Loaded
from .report_fixtures import gold_summaries, hostile_summary, write_jsonl

SLICE = ("barnet-yos-2019", "greenwich-yjs-2022", "greenwich-yjs-2024", "merton-yjs-2021", "merton-yjs-2024",
         "westminster-yjs-2024")


def make_corpus(directory: Path) -> Path:
    """Gold summaries of a few releases, a hostile one, a broken line and a summary that failed."""
    summaries = [s for s in gold_summaries() if Path(s["source"]).stem in SLICE]
    hostile, _ = hostile_summary()
    path = write_jsonl(summaries + [hostile], directory / "summaries.jsonl")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{this is not json\n")
        fh.write(json.dumps({"schema": "inspection-summary/1", "source": "corpus/releases/empty.txt",
                             "error": "corpus/releases/empty.txt: empty file"}) + "\n")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    directory = tmp_path_factory.mktemp("report")
    result = build_report([make_corpus(directory)], directory / "site")
    return result


def test_pages_for_every_summary_and_failures_listed(site):
    assert site.pages == len(SLICE) + 1
    pages = {p.stem for p in (site.out_dir / "releases").glob("*.html")}
    assert set(SLICE) <= pages
    index = site.index.read_text(encoding="utf-8")
    assert index.count('class="failed"') == 2
    assert "Not summarised: corpus/releases/empty.txt: empty file" in index
    assert "not JSON" in index
    assert {f["source"] for f in site.failed} >= {"corpus/releases/empty.txt"}


def test_index_rows_carry_sort_and_filter_data(site):
    index = site.index.read_text(encoding="utf-8")
    row = re.search(r'<tr data-service="merton youth justice service"[^>]*data-date="2024-12-10"[^>]*>', index)
    assert row and 'data-rating="Inadequate"' in row.group(0) and 'data-rating-rank="1"' in row.group(0)
    assert '<a href="releases/merton-yjs-2024.html">Merton Youth Justice Service</a>' in index
    assert '<script src="assets/report.js"></script>' in index


def test_release_page_shows_facts_items_themes_and_entities(site):
    page = (site.out_dir / "releases" / "westminster-yjs-2024.html").read_text(encoding="utf-8")
    assert "Westminster Youth Justice Service" in page
    assert "Areas for improvement" in page and "Recommendations" in page and "Strengths" in page
    assert 'class="theme"' in page
    assert '<mark class="entity service"' in page and '<span class="entity-label">SERVICE<' in page
    assert "2024-09-17" in page


def test_release_text_never_becomes_markup(site):
    page = next(p for p in (site.out_dir / "releases").glob("*.html") if "Hostile" in p.read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    # the only script a release page may hold is none at all; markup from the release shows as text
    assert "<script" not in html
    assert "<img" not in html and "<i>YJS</i>" not in html and "<b>aspect</b>" not in html and "<u>board</u>" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Hostile &lt;i&gt;YJS&lt;/i&gt;" in html
    # the crafted entity label is dropped; the entity over markup is highlighted as escaped text
    assert "alert(2)" not in html


def test_everything_is_local(site):
    for path in site.out_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), path
        for target in re.findall(r'(?:src|href)="([^"#]+)"', html):
            assert (path.parent / target).resolve().exists(), (path, target)
    assert (site.out_dir / "assets" / "report.js").exists() and (site.out_dir / "trends" / "weakness-themes.png").exists()


def test_trends_page_lists_repeat_inspections(site):
    html = (site.out_dir / "trends.html").read_text(encoding="utf-8")
    assert "Services inspected more than once" in html
    assert "Merton Youth Justice Service" in html and 'class="movement down"' in html


def test_entities_html_escapes_and_checks_spans():
    text = "<b>Good</b> & fine"
    html = str(entities_html(text, [{"start": 3, "end": 7, "label": "RATING"}, {"start": 5, "end": 9, "label": "DATE"},
                                    {"start": 0, "end": 99, "label": "DATE"}, {"start": 0, "end": 1, "label": "<x>"}]))
    assert "&lt;b&gt;" in html and "&amp; fine" in html
    assert html.count('<mark class="entity"') == 1 and "<x>" not in html


def test_release_text_rebuilt_from_sentences_when_source_is_gone():
    summary = {"source": "/nonexistent/x.txt", "sentences": [{"text": "One.", "start": 0, "end": 4},
                                                              {"text": "Two.", "start": 6, "end": 10}]}
    assert release_text(Loaded("x", summary=summary)) == "One.  Two."
    # a given text whose offsets do not fit is not trusted
    assert release_text(Loaded("x", summary=summary, text="Different")) == "One.  Two."


def test_report_command(tmp_path):
    corpus = make_corpus(tmp_path)
    result = CliRunner().invoke(app, ["report", str(corpus), "--out", str(tmp_path / "site"), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "7 release page(s), 2 failed" in result.output
    assert (tmp_path / "site" / "index.html").exists()


def test_report_of_nothing_is_an_error(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = CliRunner().invoke(app, ["report", str(empty), "--out", str(tmp_path / "site")])
    assert result.exit_code == 2
    assert "no summaries or releases" in result.output


def _have_models() -> bool:
    return (Path(__file__).resolve().parent.parent / "models" / "meta.json").exists()


@pytest.mark.slow
@pytest.mark.skipif(not _have_models(), reason="no trained models in models/ (run `inspection-nlp train`); the "
                                                "report is tested above on gold summaries")
def test_report_summarises_release_files_on_the_fly(tmp_path, root):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    release = root / "corpus" / "releases" / "westminster-yjs-2024.txt"
    result = build_report([release, bad], tmp_path / "site", charts=False)
    assert result.pages == 1 and len(result.failed) == 1 and "empty" in result.failed[0]["error"]
    page = (tmp_path / "site" / "releases" / "westminster-yjs-2024.html").read_text(encoding="utf-8")
    assert "Westminster" in page and '<mark class="entity service"' in page


def test_release_html_tints_sentences_marks_entities_inside_and_folds_furniture():
    from nlp.report import release_html

    text = "Skip to content\nCookies on this site\nLeeds <YJS> is good.\nIt must improve."
    head = text.index("Leeds")
    sentences = [{"start": 0, "end": 15, "label": "NEUTRAL"}, {"start": 16, "end": 36, "label": "STRENGTH"},
                 {"start": head, "end": head + 16, "label": "STRENGTH", "scores": {"STRENGTH": 0.9}},
                 {"start": head + 17, "end": len(text), "label": "RECOMMENDATION"}]
    html = str(release_html(text, sentences, [{"start": head, "end": head + 11, "label": "SERVICE"},
                                              {"start": 0, "end": 4, "label": "DATE"}]))
    assert html.count('<details class="furniture">') == 1 and "page furniture (2)" in html
    assert '<span class="sentence strength" title="STRENGTH 0.90"><mark class="entity service"' in html
    assert "&lt;YJS&gt;" in html and "<YJS>" not in html
    assert '<span class="sentence recommendation"' in html
    # the furniture's sentences are not tinted by their label, though one was classified STRENGTH
    assert html.index("Cookies") < html.index("</details>") and html.count("sentence strength") == 1
