"""`inspection-nlp train`: both models from annotations/, into models/."""

from __future__ import annotations

from pathlib import Path

import typer

from ..project import find_project
from . import app
from .common import PROJECT, inside, user_errors


def _absolute(path: Path | None) -> Path | None:
    return path.resolve() if path is not None else None


@app.command()
def train(
    out: Path = typer.Option(None, "--out", help="Models directory to write (default: the project's models/)."),
    project: Path = PROJECT,
    corpus_dir: Path = typer.Option(None, "--corpus", help="Corpus directory (default: the project's corpus/)."),
    annotations_dir: Path = typer.Option(None, "--annotations", help="Annotations directory (default: the "
                                         "project's annotations/)."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same data and seed give the same models."),
    cv_folds: int = typer.Option(5, "--cv-folds", min=0, help="Folds for the cross-validated metrics in the sidecar (0 skips)."),
) -> None:
    """Train the entity pipeline and the sentence classifier on every annotated release of a project.

    Run it in a project directory (corpus/ and annotations/) or pass --project DIR; the models go to the
    project's models/. Summaries read the models installed with the package unless given --models DIR.

    \b
    Example:
      inspection-nlp train --out models
    """
    from ..train import train_models

    with user_errors():
        found = find_project(project)
        out, corpus_dir, annotations_dir = (_absolute(out) or found.models, _absolute(corpus_dir) or found.corpus,
                                            _absolute(annotations_dir) or found.annotations)
        with inside(found):
            meta = train_models(out, corpus_dir=corpus_dir, annotations_dir=annotations_dir, seed=seed,
                                cv_folds=cv_folds, log=lambda message: typer.echo(message, err=True))
    sentences = meta["metrics"].get("sentences", {}).get("grouped_cv", {})
    entities = meta["metrics"].get("entities", {}).get("grouped_cv", {})
    typer.echo(f"wrote {out} (version {meta['version']}, {meta['data']['releases']} releases, "
               f"trained in {meta['train_seconds']['total']}s)")
    if sentences:
        typer.echo(f"grouped CV: sentence macro-F1 {sentences['macro_f1']:.3f}, "
                   f"entity micro-F1 {entities.get('micro', {}).get('f1', float('nan')):.3f}")
