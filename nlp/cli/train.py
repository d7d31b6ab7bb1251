"""`inspection-nlp train`: both models from annotations/, into models/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from ..project import find_project
from . import app

# nlp.train (numpy and the classify modules) and rich.progress are imported when the command runs or a bar is
# shown, not by `import nlp.cli`, which every command pays for.
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
    encoder: bool = typer.Option(False, "--encoder", help="Also fine-tune the MiniLM-L6 encoder and export it to "
                                 "ONNX (minutes; needs the [train] extra). Without it the encoder in --out is kept."),
    epochs: int = typer.Option(None, "--epochs", min=1, help="Fine-tuning epochs for --encoder (default 3)."),
) -> None:
    """Train the entity pipeline and the sentence classifier on every annotated release of a project.

    Run it in a project directory (corpus/ and annotations/) or pass --project DIR; the models go to the
    project's models/. Summaries read the models installed with the package unless given --models DIR.
    Add --encoder to fine-tune the encoder too.

    \b
    Example:
      inspection-nlp train --out models
    """
    from ..train import train_models

    config = None
    if epochs is not None:
        from ..classify.finetune import FinetuneConfig

        config = FinetuneConfig(epochs=epochs)
    with user_errors():
        found = find_project(project)
        out, corpus_dir, annotations_dir = (_absolute(out) or found.models, _absolute(corpus_dir) or found.corpus,
                                            _absolute(annotations_dir) or found.annotations)
        with inside(found), _progress(encoder) as progress:
            meta = train_models(out, corpus_dir=corpus_dir, annotations_dir=annotations_dir, seed=seed,
                                cv_folds=cv_folds, log=lambda message: typer.echo(message, err=True),
                                encoder=encoder, encoder_config=config, progress=progress)
    sentences = meta["metrics"].get("sentences", {}).get("grouped_cv", {})
    entities = meta["metrics"].get("entities", {}).get("grouped_cv", {})
    typer.echo(f"wrote {out} (version {meta['version']}, {meta['data']['releases']} releases, "
               f"trained in {meta['train_seconds']['total']}s)")
    if sentences:
        typer.echo(f"grouped CV: sentence macro-F1 {sentences['macro_f1']:.3f}, "
                   f"entity micro-F1 {entities.get('micro', {}).get('f1', float('nan')):.3f}")


class _progress:
    """A rich progress bar on stderr for the encoder's fine-tuning steps (a no-op without --encoder)."""

    def __init__(self, show: bool):
        self.show = show
        self.bar: Any = None  # a rich Progress while open
        self.task: Any = None

    def __enter__(self):
        if not self.show:
            return None
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.bar = Progress(TextColumn("fine-tuning the encoder"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("steps"), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True))
        self.bar.__enter__()
        return self.update

    def update(self, done: int, total: int) -> None:
        if self.task is None:
            self.task = self.bar.add_task("fine-tune", total=total)
        self.bar.update(self.task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False
