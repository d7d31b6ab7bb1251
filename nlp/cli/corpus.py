"""`inspection-nlp corpus ...`: import and add releases."""

from __future__ import annotations

from pathlib import Path

import typer

from . import app
from .common import PROJECT, project_dirs, user_errors

# The library behind these commands is imported when they run: `import nlp.cli` must stay light for `summarise`'s
# cold start (benchmarks/compare.py).

corpus_app = typer.Typer(help="Manage the corpus of release texts and its index.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("import")
def import_command(
    source: Path = typer.Argument(..., help="Directory of releases in the exchange format (*.json)."),
    project: Path = PROJECT,
    corpus_dir: Path = typer.Option(None, "--corpus", help="Corpus directory (default: the project's corpus/)."),
    annotations_dir: Path = typer.Option(None, "--annotations", help="Annotations directory (default: the "
                                         "project's annotations/)."),
) -> None:
    """Import annotated releases (text, sentence labels, entities, facts) into the corpus and annotations.

    \b
    Example:
      inspection-nlp corpus import annotations/heldout --corpus heldout/corpus --annotations heldout/annotations
    """
    from .. import annotations as ann

    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
        count = ann.import_releases(source, corpus_dir, annotations_dir)
    typer.echo(f"imported {count} releases into {corpus_dir} and {annotations_dir}")


@corpus_app.command("add")
def add_command(
    paths: list[Path] = typer.Argument(..., help="Release files (.txt, .md, .html pages of the inspectorate's "
                                                 "website) or directories of them."),
    licence: str = typer.Option("unknown", "--licence", help="Licence recorded in the index, e.g. "
                                                             "'Open Government Licence v3.0'."),
    style: str = typer.Option("real", "--style", help="Style recorded in the index (real, tidy, real-voice)."),
    project: Path = PROJECT,
    corpus_dir: Path = typer.Option(None, "--corpus", help="Corpus directory (default: the project's corpus/)."),
    skip_duplicates: bool = typer.Option(False, "--skip-duplicates", help="Skip texts already in the corpus "
                                                                          "instead of refusing them."),
    published: str = typer.Option(None, "--published", metavar="DATE",
                                  help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) when the page does not say."),
) -> None:
    """Add new releases to the corpus (text extracted from HTML pages), with an index entry each.

    Page furniture (cookie banners, skip links, licence lines, "Published:" stubs) never becomes the title
    or the id: ids are the service and year (leeds-yjs-2025), and each id chosen is printed. A text
    already in the corpus (same content hash) is refused.

    \b
    Example:
      inspection-nlp corpus add tests/data/pages/leeds-govuk.txt --licence "Open Government Licence v3.0"
    """
    from ..corpus import Corpus, add_releases

    with user_errors():
        if corpus_dir is None:
            corpus_dir = project_dirs(project, None, None)[0]
        before = {entry["id"] for entry in Corpus(corpus_dir).entries()}
        added = add_releases(paths, corpus_dir, licence=licence, style=style, skip_duplicates=skip_duplicates,
                             published=published)
    for release in added:
        status = "already in the corpus" if release.id in before else "added"
        typer.echo(f"{status}: {release.id}  {release.title}")
