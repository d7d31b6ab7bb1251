"""`inspection-nlp annotations ...`: export, import, agreement, review and stats of the annotation files."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import app
from .common import PROJECT, fail, project_dirs, user_errors

# The library behind these commands is imported when they run: `import nlp.cli` must stay light for `summarise`'s
# cold start (benchmarks/compare.py).

annotations_app = typer.Typer(help="Exchange, compare and review annotations. "
                                   "\n\n\b\nExample:\n  inspection-nlp annotations stats", no_args_is_help=True)
app.add_typer(annotations_app, name="annotations")

ANNOTATIONS = typer.Option(None, "--annotations-dir", "--annotations",
                           help="Annotations directory (default: the project's annotations/).")
CORPUS = typer.Option(None, "--corpus", help="Corpus directory (default: the project's corpus/).")


def _format(fmt: Optional[str], path: Path) -> str:
    from .. import interchange

    chosen = fmt or interchange.guess_format(path)
    if chosen is None:
        fail(f"{path}: say which format with --format ({', '.join(interchange.FORMATS)})", 2)
    if chosen not in interchange.FORMATS:
        fail(f"--format must be one of {', '.join(interchange.FORMATS)}, not {chosen!r}", 2)
    return chosen


@annotations_app.command("export")
def export_command(
    output: Path = typer.Argument(..., help="File to write (.jsonl for prodigy / doccano, .spacy for spacy)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="prodigy, doccano or spacy (.spacy implies spacy)."),
    releases: Optional[list[str]] = typer.Option(None, "--release", "-r", help="Only these release ids (repeat)."),
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    project: Path = PROJECT,
) -> None:
    """Export the gold sentence labels and entity spans for Prodigy, doccano or spaCy training.

    \b
    Example:
      inspection-nlp annotations export gold.jsonl --format prodigy
    """
    from .. import interchange

    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    chosen = _format(fmt, output)
    with user_errors():
        count = interchange.export_annotations(output, chosen, corpus_dir, annotations_dir, releases or None)
    typer.echo(f"exported {count} units to {output} ({chosen})")


@annotations_app.command("import")
def import_command(
    source: Path = typer.Argument(..., help="A file exported by Prodigy, doccano, spaCy or this tool."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="prodigy, doccano or spacy (.spacy implies spacy)."),
    annotator: Optional[str] = typer.Option(None, "--annotator", "-a", help="Name stored with the lines "
                                                                           "(default import:<format>)."),
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    project: Path = PROJECT,
) -> None:
    """Append annotations from Prodigy, doccano or spaCy to the annotation files (the releases must be in
    the corpus).

    \b
    Example:
      inspection-nlp annotations import gold.jsonl --format prodigy --annotator kim
    """
    from .. import interchange

    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    chosen = _format(fmt, source)
    with user_errors():
        counts = interchange.import_annotations(source, chosen, corpus_dir, annotations_dir, annotator)
    typer.echo(f"imported {counts['sentences']} sentence labels and {counts['entities']} entity spans "
               f"({counts['entity_units']} sentence ranges) from {source}")


def _num(value) -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3f}"


@annotations_app.command("agreement")
def agreement_command(
    files: list[Path] = typer.Argument(..., help="Sentence annotation files (one per annotator, or one file "
                                                 "with several annotators)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Inter-annotator agreement on sentence labels: Cohen's kappa (two annotators), Krippendorff's alpha
    (any number), per-label agreement and confusion.

    \b
    Example:
      inspection-nlp annotations agreement annotations/sentences.jsonl
    """
    from .. import agreement as agr

    with user_errors():
        for path in files:
            if not path.exists():
                fail(f"{path}: no such file", 2)
        report = agr.agreement(agr.read_votes(files))
    if as_json:
        typer.echo(json.dumps(report, indent=2, default=str))
        return
    console = Console(highlight=False)
    console.print(f"annotators: {', '.join(report['annotators'])}; sentences labelled by two or more: {report['units']}")
    console.print(f"observed agreement {_num(report['observed'])}")
    if report["kappa"] is not None:
        console.print(f"Cohen's kappa {_num(report['kappa'])}")
    else:
        for pair, value in report["pairwise_kappa"].items():
            console.print(f"Cohen's kappa {pair}: {_num(value)}")
    console.print(f"Krippendorff's alpha (nominal) {_num(report['alpha'])}")
    per_label = Table(title="per label")
    per_label.add_column("label")
    per_label.add_column("agreement", justify="right")
    per_label.add_column("values", justify="right")
    for label, row in report["per_label"].items():
        per_label.add_row(label, _num(row["agreement"]), f"{row['values']:g}")
    console.print(per_label)
    if "confusion" in report:
        block = report["confusion"]
        title = f"confusion: rows {block['rows']}, columns {block['columns']}"
        matrix, labels = block["matrix"], block["labels"]
    else:
        title = "coincidence (pairs of values within a sentence)"
        matrix, labels = report["coincidence"]["matrix"], report["coincidence"]["labels"]
    table = Table(title=title)
    table.add_column("")
    for label in labels:
        table.add_column(label[:4], justify="right")
    for label, row in zip(labels, matrix):
        table.add_row(label, *(f"{v:g}" for v in row))
    console.print(table)


@annotations_app.command("review")
def review_command(
    annotator: str = typer.Option(..., "--annotator", "-a", envvar="INSPECTION_NLP_ANNOTATOR",
                                  help="The adjudicator's name."),
    files: Optional[list[Path]] = typer.Argument(None, help="Files holding the votes (default: the annotations "
                                                            "directory's sentences.jsonl)."),
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    project: Path = PROJECT,
) -> None:
    """Walk the sentences annotators disagree on and write the adjudicated gold (same keys as annotate;
    Enter takes the majority label).

    \b
    Example:
      inspection-nlp annotations review --annotator lead
    """
    from .. import agreement as agr
    from ..annotate import KeyReader, annotate_sentences

    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    console = Console(highlight=False)
    with user_errors():
        items, progress = agr.plan_review(corpus_dir, annotations_dir, files or None)
        if not items:
            typer.echo("no disagreements left to review")
            return
        result = annotate_sentences(items, progress, annotator, KeyReader(sys.stdin), annotations_dir, console,
                                    adjudicate=True)
    if result.ended == "interrupted":
        raise typer.Exit(130)


@annotations_app.command("stats")
def stats_command(
    annotations_dir: Path = ANNOTATIONS,
    corpus_dir: Path = CORPUS,
    project: Path = PROJECT,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
    per_release: bool = typer.Option(False, "--per-release", help="Also list every release's counts."),
) -> None:
    """Counts per label, per release, per annotator, and the releases not yet annotated.

    \b
    Example:
      inspection-nlp annotations stats --per-release
    """
    from ..annotations import annotation_stats

    with user_errors():
        corpus_dir, annotations_dir = project_dirs(project, corpus_dir, annotations_dir)
    with user_errors():
        stats = annotation_stats(corpus_dir, annotations_dir)
    if as_json:
        typer.echo(json.dumps(stats, indent=2))
        return
    console = Console(highlight=False)
    partly = "".join(f", {name} partly ({row['labelled']} of {row['sentences']} sentences)"
                     for name, row in stats["partly_annotated"].items())
    console.print(f"{stats['releases_annotated']} of {stats['releases']} releases annotated{partly}; "
                  f"{stats['sentences']} sentence labels; {stats['undone']} undone")
    labels = Table(title="sentence labels")
    labels.add_column("label")
    labels.add_column("count", justify="right")
    for label, count in stats["per_label"].items():
        labels.add_row(label, str(count))
    for label, count in sorted(stats["entities"].items()):
        labels.add_row(f"entity {label}", str(count))
    console.print(labels)
    people = Table(title="annotators")
    for column in ("annotator", "decisions", "releases", "adjudicated", "labels"):
        people.add_column(column, justify="left" if column in ("annotator", "labels") else "right")
    for name, row in stats["per_annotator"].items():
        people.add_row(name, str(row["decisions"]), str(row["releases"]), str(row["adjudicated"]),
                       ", ".join(f"{k[:4]} {v}" for k, v in row["labels"].items()))
    console.print(people)
    if per_release:
        table = Table(title="releases")
        table.add_column("release", overflow="fold")
        table.add_column("sentences", justify="right")
        for label in stats["per_label"]:
            table.add_column(label[:4], justify="right")
        for release, row in stats["per_release"].items():
            table.add_row(release, str(row["sentences"]), *(str(row.get(label, 0)) for label in stats["per_label"]))
        console.print(table)
    missing = stats["not_annotated"]
    console.print(f"not yet annotated ({len(missing)}): {', '.join(missing) if missing else 'none'}")
