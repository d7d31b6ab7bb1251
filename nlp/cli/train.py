"""`inspection-nlp train`: both models from annotations/, into models/."""

from __future__ import annotations

from pathlib import Path

import typer

from ..corpus import PROJECT_ROOT
from . import app
from .common import user_errors


@app.command()
def train(
    out: Path = typer.Option(PROJECT_ROOT / "models", "--out", help="Models directory to write."),
    corpus_dir: Path = typer.Option(PROJECT_ROOT / "corpus", "--corpus", help="Corpus directory."),
    annotations_dir: Path = typer.Option(PROJECT_ROOT / "annotations", "--annotations", help="Annotations directory."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same data and seed give the same models."),
    cv_folds: int = typer.Option(5, "--cv-folds", min=0, help="Folds for the cross-validated metrics in the sidecar (0 skips)."),
) -> None:
    """Train the entity pipeline and the sentence classifier on every annotated release.

    \b
    Example:
      inspection-nlp train --out models
    """
    from ..train import train_models

    with user_errors():
        meta = train_models(out, corpus_dir=corpus_dir, annotations_dir=annotations_dir, seed=seed,
                            cv_folds=cv_folds, log=lambda message: typer.echo(message, err=True))
    sentences = meta["metrics"].get("sentences", {}).get("grouped_cv", {})
    entities = meta["metrics"].get("entities", {}).get("grouped_cv", {})
    typer.echo(f"wrote {out} (version {meta['version']}, {meta['data']['releases']} releases, "
               f"trained in {meta['train_seconds']['total']}s)")
    if sentences:
        typer.echo(f"grouped CV: sentence macro-F1 {sentences['macro_f1']:.3f}, "
                   f"entity micro-F1 {entities.get('micro', {}).get('f1', float('nan')):.3f}")
