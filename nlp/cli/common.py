"""Helpers shared by the commands: turning library errors into one line on stderr and an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from pathlib import Path
from typing import NoReturn

import typer

from ..errors import InspectionNLPError
from ..project import Project, find_project

# The inputs `trends` and `report` read.
INPUTS_HELP = "Summary files (.json / .jsonl from `summarise`), release files (.txt, .md, .html) or directories of either."
PROJECT = typer.Option(None, "--project", help="Project directory holding corpus/ and annotations/ "
                       "(default: the current directory).", file_okay=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line on stderr and exit with `code`."""
    typer.echo(f"inspection-nlp: error: {message}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def user_errors():
    """Run a command body, turning our exceptions into a one-line error and warnings into stderr lines."""
    def show(message, category, filename, lineno, file=None, line=None):
        print(f"inspection-nlp: warning: {message}", file=sys.stderr)

    old = warnings.showwarning
    warnings.showwarning = show
    try:
        yield
    except InspectionNLPError as err:
        fail(str(err), err.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    finally:
        warnings.showwarning = old


def project_dirs(project: Path | None, corpus_dir: Path | None, annotations_dir: Path | None) -> tuple[Path, Path]:
    """The corpus and annotations directories: those given, else the project's (NotAProjectError outside one)."""
    if project is None and corpus_dir is not None and annotations_dir is not None:
        return corpus_dir, annotations_dir
    found = find_project(project)
    return corpus_dir or found.corpus, annotations_dir or found.annotations


@contextlib.contextmanager
def inside(project: Project):
    """Work in the project directory, where the library's defaults (patterns, lexicon, hard cases) are found.

    Paths the user gave must be made absolute before entering.
    """
    old = os.getcwd()
    os.chdir(project.root)
    try:
        yield project
    finally:
        os.chdir(old)


def note_duplicates(result: dict) -> None:
    """Say on stderr how many inputs repeated a release already read (trends and report count it once)."""
    duplicates = result.get("duplicates") or {}
    if duplicates.get("count"):
        first = duplicates["items"][0]
        example = (f"{first['source']} was given twice" if first["source"] == first["same_as"]
                   else f"{first['source']} repeats {first['same_as']}")
        typer.echo(f"note: {duplicates['count']} input(s) repeated a release already read (same file or text, or a "
                   f"summary and its source) and were counted once (see duplicates.csv); e.g. {example}", err=True)
