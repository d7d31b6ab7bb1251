"""`inspection-nlp annotate ...`: label sentences, entity spans and release facts in the terminal, the model
suggesting."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .. import annotate as session
from ..corpus import PROJECT_ROOT
from . import app
from .common import fail, user_errors

annotate_app = typer.Typer(help="Annotate releases in the terminal, one key per decision, the model suggesting. "
                                "Example: inspection-nlp annotate sentences --annotator kim", no_args_is_help=True)
app.add_typer(annotate_app, name="annotate")

ANNOTATOR = typer.Option(..., "--annotator", "-a", envvar="INSPECTION_NLP_ANNOTATOR",
                         help="Your name, stored with every decision (or set INSPECTION_NLP_ANNOTATOR).")
ANNOTATIONS = typer.Option(PROJECT_ROOT / "annotations", "--annotations-dir", "--annotations",
                           help="Annotations directory (appended to).")
CORPUS = typer.Option(PROJECT_ROOT / "corpus", "--corpus", help="Corpus directory (a new file is added to it).")
MODELS = typer.Option(None, "--models", help="Models directory for suggestions (default: the shipped models).")
LICENCE = typer.Option("unknown", "--licence", help="Licence recorded for a file added to the corpus.")


def _models(models_dir: Optional[Path]):
    models, problem = session.load_session_models(models_dir)
    if problem:
        typer.echo(f"inspection-nlp: warning: {problem}", err=True)
    return models


@annotate_app.command("sentences")
def sentences_command(
    releases: Optional[list[str]] = typer.Argument(None, help="Corpus ids or files; none = every release with "
                                                              "unlabelled sentences."),
    annotator: str = ANNOTATOR,
    order: str = typer.Option("uncertain", "--order", help="uncertain (least confident first) or document."),
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Label sentences STRENGTH / WEAKNESS / RECOMMENDATION / NEUTRAL, one key each.

    Keys: s w r n label, Enter accepts the suggestion, u undo, x skip, q quit. Every answer is saved at
    once; run again to resume. Without a terminal, keys are read one per line.

    Example: inspection-nlp annotate sentences new/leeds-yjs.html --annotator kim --order document
    """
    if order not in session.SENTENCE_ORDERS:
        fail(f"--order must be one of {', '.join(session.SENTENCE_ORDERS)}", 2)
    _run_session(
        lambda: session.plan_sentences(_models(models_dir), releases or None, annotator, order, corpus_dir,
                                       annotations_dir, licence),
        lambda items, progress, keys, console: session.annotate_sentences(items, progress, annotator, keys,
                                                                          annotations_dir, console),
        lambda progress: f"nothing to annotate: {progress['done']}/{progress['total']} sentences done")


def _run_session(plan, run, nothing) -> None:
    """Plan a session (items, progress), run it on the terminal's keys, and exit 130 if it was interrupted;
    ``nothing(progress)`` is the line printed when there is nothing left to annotate."""
    console = Console(highlight=False)
    with user_errors():
        items, progress = plan()
        if not items:
            typer.echo(nothing(progress))
            return
        result = run(items, progress, session.KeyReader(sys.stdin), console)
    if result.ended == "interrupted":
        raise typer.Exit(130)


@annotate_app.command("entities")
def entities_command(
    releases: Optional[list[str]] = typer.Argument(None, help="Corpus ids or files; none = every release with "
                                                              "no entity annotation."),
    annotator: str = ANNOTATOR,
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Check the entity spans (SERVICE, AGENCY, RATING, DATE) the pipeline suggests, sentence by sentence.

    Keys: Enter accepts the spans shown, a number rejects that span, + adds one (type its surface text,
    then its label: s SERVICE, a AGENCY, r RATING, d DATE), c clears, u undo, x skip, q quit.

    Example: inspection-nlp annotate entities leeds-yjs-2025 --annotator kim
    """
    _run_session(
        lambda: session.plan_entities(_models(models_dir), releases or None, annotator, corpus_dir, annotations_dir,
                                      licence),
        lambda items, progress, keys, console: session.annotate_entities(items, progress, annotator, keys,
                                                                         annotations_dir, console),
        lambda progress: f"nothing to annotate: {progress['done']}/{progress['total']} sentences done")


@annotate_app.command("facts")
def facts_command(
    releases: Optional[list[str]] = typer.Argument(None, help="Corpus ids or files; none = every release in the "
                                                              "corpus."),
    release: Optional[list[str]] = typer.Option(None, "--release", "-r",
                                                help="A corpus id or file to give facts to (repeatable)."),
    annotator: str = ANNOTATOR,
    redo: bool = typer.Option(False, "--redo", help="Go over releases you already gave facts to."),
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Check a release's facts (service, type, ratings, dates, recommendation count) field by field.

    Each field shows the gold value and the one the pipeline extracts. Keys: Enter keeps the value shown
    (gold if the release has a gold line, else extracted), e edits (type the value: a rating, YYYY-MM-DD,
    YYYY-MM, a number, a service type, `aspect=Rating; aspect=Rating`; empty for null), - null, u undo,
    q quit, ? help. One line per release is appended to facts.jsonl; fields of an unfinished release are
    kept in a draft, so run again to resume.

    Example: inspection-nlp annotate facts leeds-yjs-2025 --annotator kim
    """
    refs = [*(releases or []), *(release or [])]
    _run_session(
        lambda: session.plan_facts(_models(models_dir), refs or None, annotator, corpus_dir, annotations_dir,
                                   licence, redo),
        lambda items, progress, keys, console: session.annotate_facts(items, progress, annotator, keys,
                                                                      annotations_dir, console),
        lambda progress: f"nothing to annotate: {progress['done']}/{progress['total']} releases have your facts "
                         "(--redo to go over them again)")
