"""`inspection-nlp trends`: across many summaries, as tables on the terminal and files (JSON, CSV, PNG)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from . import app
from .common import INPUTS_HELP, note_duplicates, user_errors

if TYPE_CHECKING:
    from rich.console import JustifyMethod

# The library behind this command is imported when it runs: `import nlp.cli` must stay light for `summarise`'s
# cold start (benchmarks/compare.py).


def _print_trends(trends: dict, top: int) -> None:
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


@app.command()
def trends(
    corpus: list[str] = typer.Argument(..., help=INPUTS_HELP),
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
    note_duplicates(result)
    typer.echo(f"{result['releases']} inspection(s), {result['failed']['count']} failed; "
               f"wrote {len(written)} files to {out}", err=True)
