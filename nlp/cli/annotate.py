"""`inspection-nlp annotate ...`: label sentences, entity spans and release facts in the terminal, the model
suggesting."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import app
from .common import PROJECT, fail, project_dirs, user_errors

# The library behind these commands is imported when they run: `import nlp.cli` must stay light for `summarise`'s
# cold start (benchmarks/compare.py).


def _session():
    """The annotation package (`nlp.annotate`), imported when a session starts."""
    from .. import annotate

    return annotate

annotate_app = typer.Typer(help="Annotate releases in the terminal, one key per decision, the model suggesting. "
                                "\n\n\b\nExample:\n  inspection-nlp annotate sentences westminster-yjs-2024 --annotator kim", no_args_is_help=True)
app.add_typer(annotate_app, name="annotate")

ANNOTATOR = typer.Option(..., "--annotator", "-a", envvar="INSPECTION_NLP_ANNOTATOR",
                         help="Your name, stored with every decision (or set INSPECTION_NLP_ANNOTATOR).")
ANNOTATIONS = typer.Option(None, "--annotations-dir", "--annotations",
                           help="Annotations directory, appended to (default: the project's annotations/).")
CORPUS = typer.Option(None, "--corpus", help="Corpus directory; a new file is added to it (default: the project's corpus/).")
MODELS = typer.Option(None, "--models", help="Models directory for suggestions (default: the shipped models).")
LICENCE = typer.Option("unknown", "--licence", help="Licence recorded for a file added to the corpus.")


def _add_files(refs: Optional[list[str]], corpus_dir: Path, licence: str) -> Optional[list[str]]:
    """Files among the refs are added to the corpus first (or found there by content hash), and the id each
    got is printed, so the release can be named by that id next time."""
    if not refs:
        return refs
    from ..corpus import Corpus, add_releases

    with user_errors():
        known = set(Corpus(corpus_dir).ids())
        out = []
        for ref in refs:
            if ref in known or not Path(ref).exists():
                out.append(ref)  # an id, or an error the session reports
                continue
            for release in add_releases([ref], corpus_dir, licence=licence, skip_duplicates=True):
                status = "already in the corpus as" if release.id in known else "added to the corpus as"
                typer.echo(f"{ref}: {status} {release.id}  ({release.title})", err=True)
                known.add(release.id)
                out.append(release.id)
    return out


def _models(models_dir: Optional[Path]):
    models, problem = _session().load_session_models(models_dir)
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
    project: Path = PROJECT,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Label sentences STRENGTH / WEAKNESS / RECOMMENDATION / NEUTRAL, one key each.

    Keys: s w r n label, Enter accepts the suggestion, u undo, x skip, q quit. Every answer is saved at
    once; run again to resume. Without a terminal, keys are read one per line.

    A file not yet in the corpus is added first and the id it gets is printed.

    \b
    Example:
      inspection-nlp annotate sentences westminster-yjs-2024 --annotator kim --order document
    """
    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    if order not in _session().SENTENCE_ORDERS:
        fail(f"--order must be one of {', '.join(_session().SENTENCE_ORDERS)}", 2)
    releases = _add_files(releases, corpus_dir, licence)
    _run_session(
        lambda: _session().plan_sentences(_models(models_dir), releases or None, annotator, order, corpus_dir,
                                       annotations_dir, licence),
        lambda items, progress, keys, console: _session().annotate_sentences(items, progress, annotator, keys,
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
        result = run(items, progress, _session().KeyReader(sys.stdin), console)
    if result.ended == "interrupted":
        raise typer.Exit(130)


@annotate_app.command("entities")
def entities_command(
    releases: Optional[list[str]] = typer.Argument(None, help="Corpus ids or files; none = every release with "
                                                              "no entity annotation."),
    annotator: str = ANNOTATOR,
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    project: Path = PROJECT,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Check the entity spans (SERVICE, AGENCY, RATING, DATE) the pipeline suggests, sentence by sentence.

    Keys: Enter accepts the spans shown, a number rejects that span, + adds one (type its surface text,
    then its label: s SERVICE, a AGENCY, r RATING, d DATE), c clears, u undo, x skip, q quit.

    \b
    Example:
      inspection-nlp annotate entities westminster-yjs-2024 --annotator kim
    """
    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    releases = _add_files(releases, corpus_dir, licence)
    _run_session(
        lambda: _session().plan_entities(_models(models_dir), releases or None, annotator, corpus_dir, annotations_dir,
                                      licence),
        lambda items, progress, keys, console: _session().annotate_entities(items, progress, annotator, keys,
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
    project: Path = PROJECT,
    models_dir: Optional[Path] = MODELS,
    licence: str = LICENCE,
) -> None:
    """Check a release's facts (service, type, ratings, dates, recommendation count) field by field.

    Each field shows the gold value and the one the pipeline extracts. Keys: Enter keeps the value shown
    (gold if the release has a gold line, else extracted), e edits (type the value: a rating, YYYY-MM-DD,
    YYYY-MM, a number, a service type, `aspect=Rating; aspect=Rating`; empty for null), - null, u undo,
    q quit, ? help. One line per release is appended to facts.jsonl; fields of an unfinished release are
    kept in a draft, so run again to resume.

    \b
    Example:
      inspection-nlp annotate facts westminster-yjs-2024 --annotator kim
    """
    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    refs = _add_files([*(releases or []), *(release or [])], corpus_dir, licence)
    _run_session(
        lambda: _session().plan_facts(_models(models_dir), refs or None, annotator, corpus_dir, annotations_dir,
                                   licence, redo),
        lambda items, progress, keys, console: _session().annotate_facts(items, progress, annotator, keys,
                                                                      annotations_dir, console),
        lambda progress: f"nothing to annotate: {progress['done']}/{progress['total']} releases have your facts "
                         "(--redo to go over them again)")
