"""`inspection-nlp trends` and `inspection-nlp report`: across many summaries, as tables, files and a static site."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from . import app
from .common import user_errors

if TYPE_CHECKING:
    from rich.console import JustifyMethod

_INPUTS_HELP = "Summary files (.json / .jsonl from `summarise`), release files (.txt, .md, .html) or directories of either."


def _print_trends(trends: dict, top: int) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..trends import NOT_RATED, RATINGS

    console = Console()
    for key, column, title in (("ratings_by_year", "year", "Overall ratings by year"),
                               ("ratings_by_type", "service_type", "Overall ratings by service type")):
        table = Table(title=title)
        for name in (column, *RATINGS, NOT_RATED, "total"):
            table.add_column(name, justify="left" if name == column else "right")
        for row in trends[key]:
            table.add_row(*(str(row[name]) for name in (column, *RATINGS, NOT_RATED, "total")))
        console.print(table)
    table = Table(title="Aspect ratings (most often rated)")
    for name in ("aspect", *RATINGS, "total"):
        table.add_column(name, justify="left" if name == "aspect" else "right")
    for row in trends["aspect_ratings"][:top]:
        table.add_row(row["aspect"], *(str(row[r]) for r in RATINGS), str(row["total"]))
    console.print(table)
    for section, title in (("weaknesses", "Most frequent weakness themes"), ("strengths", "Most frequent strength themes"),
                           ("recommendations", "Most frequent recommendation themes")):
        table = Table(title=title)
        columns: tuple[tuple[str, JustifyMethod], ...] = (("theme", "left"), ("inspections", "right"), ("share", "right"),
                                                          ("sentences", "right"))
        for name, justify in columns:
            table.add_column(name, justify=justify)
        for item in trends["themes"][section]["overall"][:top]:
            table.add_row(item["name"], str(item["releases"]), f"{100 * item['share']:.0f}%", str(item["sentences"]))
        console.print(table)
    table = Table(title="Services inspected more than once")
    for name in ("service", "inspections", "movement"):
        table.add_column(name)
    for r in trends["repeat_inspections"]:
        table.add_row(r["service"], " → ".join(f"{i['published'] or 'undated'} {i['overall_rating'] or NOT_RATED}"
                                               for i in r["inspections"]), r["movement"])
    console.print(table)
    if trends["failed"]["count"]:
        console.print(f"[red]{trends['failed']['count']} input(s) could not be summarised[/red] (see failed.csv)")


def _note_duplicates(result: dict) -> None:
    duplicates = result.get("duplicates") or {}
    if duplicates.get("count"):
        first = duplicates["items"][0]
        example = (f"{first['source']} was given twice" if first["source"] == first["same_as"]
                   else f"{first['source']} repeats {first['same_as']}")
        typer.echo(f"note: {duplicates['count']} input(s) repeated a release already read (same file or text, or a "
                   f"summary and its source) and were counted once (see duplicates.csv); e.g. {example}", err=True)


@app.command()
def trends(
    corpus: list[str] = typer.Argument(..., help=_INPUTS_HELP),
    out: Path = typer.Option(Path("trends"), "--out", "-o", help="Directory for trends.json, the CSV tables and PNG charts."),
    charts: bool = typer.Option(True, "--charts/--no-charts", help="Draw PNG charts (matplotlib)."),
    top: int = typer.Option(10, "--top", min=1, help="Rows shown per table on the terminal."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Write the files but print no tables."),
    models_dir: Path = typer.Option(None, "--models", help="Models directory for releases summarised on the fly."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for summarising releases."),
) -> None:
    """Trends over many inspections: ratings by year and service type, aspect ratings, the most frequent themes,
    services inspected more than once. Prints tables, writes CSV, JSON and PNG charts.

    \b
    Example:
      inspection-nlp trends corpus/releases --out trends
    """
    from ..trends import trends_from_inputs, write_trends

    with user_errors():
        result, _ = trends_from_inputs(corpus, models_dir=models_dir, jobs=jobs)
        written = write_trends(result, out, charts=charts)
    if not quiet:
        _print_trends(result, top)
    _note_duplicates(result)
    typer.echo(f"{result['releases']} inspection(s), {result['failed']['count']} failed; "
               f"wrote {len(written)} files to {out}", err=True)


@app.command()
def report(
    corpus: list[str] = typer.Argument(..., help=_INPUTS_HELP),
    out: Path = typer.Option(..., "--out", "-o", help="Directory for the site (index.html, releases/, trends/)."),
    title: str = typer.Option("Probation inspections", "--title", help="Title shown on every page."),
    charts: bool = typer.Option(True, "--charts/--no-charts", help="Draw the trend charts."),
    models_dir: Path = typer.Option(None, "--models", help="Models directory for releases summarised on the fly."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for summarising releases."),
) -> None:
    """Write a static HTML report that opens from disk: a sortable, filterable index of releases, trend charts,
    and one page per release with its facts, strengths, areas for improvement, recommendations, themes and
    its text with entities highlighted. Releases whose summary fails are listed with their error.

    Then open site/index.html in a browser.

    \b
    Example:
      inspection-nlp report corpus/releases --out site
    """
    from ..report import build_report

    with user_errors():
        result = build_report(corpus, out, models_dir=models_dir, jobs=jobs, title=title, charts=charts)
    for item in result.failed:
        typer.echo(f"inspection-nlp: warning: not summarised: {item['error']}", err=True)
    _note_duplicates(result.trends)
    typer.echo(f"{result.pages} release page(s), {len(result.failed)} failed: {result.index}")
