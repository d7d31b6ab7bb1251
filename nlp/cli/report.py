"""`inspection-nlp report`: a static HTML site over many summaries (index, trend charts, one page per release)."""

from __future__ import annotations

from pathlib import Path

import typer

from . import app
from .common import INPUTS_HELP, note_duplicates, user_errors

# The library behind this command is imported when it runs: `import nlp.cli` must stay light for `summarise`'s
# cold start (benchmarks/compare.py).


@app.command()
def report(
    corpus: list[str] = typer.Argument(..., help=INPUTS_HELP),
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
    note_duplicates(result.trends)
    typer.echo(f"{result.pages} release page(s), {len(result.failed)} failed: {result.index}")
