"""`inspection-nlp summarise`: Markdown for people, JSON / JSONL for programs."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from ..errors import InspectionNLPError
from ..textio import DEFAULT_MAX_BYTES, expand_inputs
from . import app
from .common import user_errors

# nlp.summarise (spaCy, the models) and rich.progress are imported when the command runs or a bar is shown, not
# by `import nlp.cli`, which every command pays for.


class Format(str, Enum):
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


def _expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to summarise, and one-line errors for inputs that hold none (kept going for the rest)."""
    files, errors = [], []
    for raw in paths:
        try:
            files.extend(expand_inputs([raw]))
        except InspectionNLPError as err:
            errors.append(str(err))
    return files, errors


@app.command()
def summarise(
    paths: list[str] = typer.Argument(..., help="Release files (.txt, .md, .html), directories, or - for stdin."),
    format: Format = typer.Option(Format.markdown, "--format", "-f", help="markdown, json (one object, or an array for several), jsonl."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for batches."),
    min_score: float = typer.Option(0.0, "--min-score", min=0.0, max=1.0, help="Leave out listed sentences scored below this."),
    models_dir: Path = typer.Option(None, "--models", help="Models directory (default: the models installed with the package)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse files larger than this."),
    fast: bool = typer.Option(False, "--fast", help="The linear classifier alone, without the encoder: about 6 "
                              "times as fast, less accurate on unfamiliar wording."),
    progress: bool = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal and there are several files)."),
) -> None:
    """Summarise inspection releases: service, ratings, dates, positives, areas for improvement, recommendations.

    \b
    Example:
      inspection-nlp summarise corpus/releases/westminster-yjs-2024.txt --format json
    """
    from ..summarise import summarise_many, to_markdown

    files, failures = _expand(paths)
    for message in failures:
        typer.echo(f"inspection-nlp: error: {message}", err=True)
    if not files:
        raise typer.Exit(2)
    show_progress = progress if progress is not None else (len(files) > 1 and sys.stderr.isatty())
    with user_errors():
        outcomes = summarise_many(files, jobs=jobs, models_dir=models_dir, min_score=min_score, max_bytes=max_bytes,
                                  fast=fast)
        collected: list[object] = []  # summaries for JSON, a mark per release written for Markdown
        failed = len(failures)
        for outcome in _with_progress(outcomes, len(files), show_progress):
            if outcome.error:
                failed += 1
                typer.echo(f"inspection-nlp: error: {outcome.error}", err=True)
                continue
            if format is Format.jsonl:
                sys.stdout.write(json.dumps(outcome.summary, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif format is Format.markdown:
                if collected:
                    sys.stdout.write("\n---\n\n")
                collected.append(True)
                sys.stdout.write(to_markdown(outcome.summary))
            else:
                collected.append(outcome.summary)
        if format is Format.json and collected:
            value = collected[0] if len(files) == 1 and len(paths) == 1 else collected
            sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(2)


def _with_progress(outcomes, total: int, show: bool):
    if not show:
        yield from outcomes
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("summarising"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True)) as bar:
        task = bar.add_task("summarise", total=total)
        for outcome in outcomes:
            bar.advance(task)
            yield outcome
