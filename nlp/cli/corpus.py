"""`inspection-nlp corpus ...`: import and add releases."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import annotations as ann
from ..corpus import PROJECT_ROOT
from . import app
from .common import user_errors

corpus_app = typer.Typer(help="Manage the corpus of release texts and its index.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("import")
def import_command(
    source: Path = typer.Argument(..., help="Directory of releases in the exchange format (*.json)."),
    corpus_dir: Path = typer.Option(PROJECT_ROOT / "corpus", "--corpus", help="Corpus directory."),
    annotations_dir: Path = typer.Option(PROJECT_ROOT / "annotations", "--annotations", help="Annotations directory."),
) -> None:
    """Import annotated releases (text, sentence labels, entities, facts) into the corpus and annotations.

    Example: inspection-nlp corpus import ../shared/data/train
    """
    with user_errors():
        count = ann.import_releases(source, corpus_dir, annotations_dir)
    typer.echo(f"imported {count} releases into {corpus_dir} and {annotations_dir}")
