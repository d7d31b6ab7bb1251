"""`inspection-nlp evaluate`: measure both models and write metrics, a report, errors and plots."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..evaluation.markdown import _fmt
from ..evaluation.results import fact_blocks, iter_settings, shipped_test_facts
from ..project import find_project
from ..types import EvaluationResult
from . import app
from .common import PROJECT, fail, inside, user_errors

# The models' evaluations (spaCy, scikit-learn) are imported by run_evaluation when it runs (and evaluation.run
# when the command runs: `import nlp.cli` stays light for summarise's cold start), the robustness
# measure (spaCy) where --robustness asks for it: `import nlp.cli` loads neither.

QUICK_RELEASES = 24
QUICK_FOLDS = 3
# Setting names short enough for four columns in an 80-column terminal.
SHORT = {"grouped_cv": "grouped CV", "shift:tidy_to_real_voice": "tidy→real-voice",
         "shift:real_voice_to_tidy": "real-voice→tidy", "test": "held-out test", "hard_cases": "hard cases",
         "challenge_vocab": "challenge-vocab", "challenge_vocab_context": "challenge-vocab + context"}


@app.command("evaluate")
def evaluate_command(
    test: list[Path] = typer.Option(None, "--test", help="Held-out releases in the exchange format (*.json): "
                                    "scored by models trained on all annotations, never trained on. Repeat for "
                                    "several sets (facts are reported per set)."),
    output: Path = typer.Option(Path("eval"), "--output", "-o", help="Directory for metrics.json, report.md, "
                                "errors.jsonl and the PNG plots."),
    folds: int = typer.Option(5, "--folds", min=2, help="Cross-validation folds, grouped by release."),
    seed: int = typer.Option(0, "--seed", help="Random seed for folds and models."),
    compare: bool = typer.Option(False, "--compare", help="Also compare candidate classifiers (slow)."),
    no_learning_curve: bool = typer.Option(False, "--no-learning-curve", help="Skip the learning curve."),
    quick: bool = typer.Option(False, "--quick", help=f"A fast check: {QUICK_RELEASES} releases, "
                               f"{QUICK_FOLDS} folds, no learning curve."),
    encoder: bool = typer.Option(False, "--encoder", help="Also fine-tune the encoder in each setting and score it "
                                 "alone and mixed with the linear model (slow the first time: each fine-tune takes "
                                 "minutes; cached in .cache/encoder; needs the [train] extra)."),
    encoder_folds: int = typer.Option(3, "--encoder-folds", min=0, help="Grouped folds for the encoder (0: none, "
                                      "the shift split alone guards the weight)."),
    encoder_cv_epochs: int = typer.Option(None, "--encoder-cv-epochs", min=1, help="Fine-tuning epochs in the "
                                          "encoder's grouped folds (default: as trained, 3)."),
    robustness: bool = typer.Option(False, "--robustness", help="Also score the entity rules on releases whose "
                                    "places are swapped for unseen ones (robustness.md)."),
    project: Path = PROJECT,
    corpus_dir: Path = typer.Option(None, "--corpus", help="Corpus directory (default: the project's corpus/)."),
    annotations_dir: Path = typer.Option(None, "--annotations",
                                         help="Annotations directory (default: the project's annotations/)."),
) -> None:
    """Evaluate the sentence classifier and the entity tagger: grouped CV, the style shift, a held-out set.

    Prints the tables and writes metrics.json, report.md, errors.jsonl and plots to --output.

    \b
    Example:
      inspection-nlp evaluate --test annotations/heldout --test annotations/heldout-shapes --output eval
    """
    from ..annotations import load_dataset, load_served, load_shared_dir
    from ..corpus import atomic_write_text
    from ..evaluation.run import quick_subset, run_evaluation

    console = Console()
    shown = output
    with user_errors():
        found = find_project(project)
    # paths given are absolute before the command works inside the project directory
    corpus_dir = corpus_dir.resolve() if corpus_dir is not None else found.corpus
    annotations_dir = annotations_dir.resolve() if annotations_dir is not None else found.annotations
    test, output = [path.resolve() for path in test or []], output.resolve()
    with user_errors(), inside(found):
        test_sets = {path.name: load_shared_dir(path) for path in test} or None
        test_releases = [r for releases in (test_sets or {}).values() for r in releases] or None
        if not corpus_dir.is_dir():
            fail(f"{corpus_dir}: no such corpus directory")
        if not annotations_dir.is_dir():
            fail(f"{annotations_dir}: no such annotations directory")
        releases = load_dataset(corpus_dir, annotations_dir)
        if not releases:
            fail(f"{annotations_dir}: no annotated releases to evaluate on")
        if output.exists() and not output.is_dir():
            fail(f"{output}: exists and is not a directory")
        learning_curve = not no_learning_curve
        served = []
        if quick:
            releases = quick_subset(releases, QUICK_RELEASES, seed=seed)
            folds, learning_curve = min(folds, QUICK_FOLDS), False
        else:  # the served held-out sets train the role model too, as in `train`; never a set under test
            tested = {r.id for r in test_releases or []}
            served = [r for r in load_served(annotations_dir, leave_out=set(test_sets or {})) if r.id not in tested]
        try:
            result = run_evaluation(releases, test_releases, output, n_splits=folds, seed=seed, compare=compare,
                                    learning_curve=learning_curve, test_sets=test_sets,
                                    encoder=encoder, roles_extra=served,
                                    encoder_folds=encoder_folds, encoder_cv_epochs=encoder_cv_epochs,
                                    models_dir=found.models,  # the project's encoder, not the installed one
                                    progress=lambda line: console.print(f"[dim]{line}[/dim]", soft_wrap=True))
            if robustness:
                from ..entities.robustness import measure_robustness, robustness_table

                swap = robustness_table(measure_robustness(releases, ner=False))
                atomic_write_text(output / "robustness.md", swap + "\n")
        except OSError as err:
            fail(f"cannot write {err.filename or output}: {err.strerror or err}")
    for table in result_tables(result):
        console.print(table)
    if robustness:
        console.print(swap, soft_wrap=True, highlight=False)
    # soft_wrap keeps each path whole so it can be copied from the terminal.
    console.print(f"Report: {shown / 'report.md'}\nErrors: {shown / 'errors.jsonl'}\n"
                  f"Metrics: {shown / 'metrics.json'}", soft_wrap=True, highlight=False)


def result_tables(result: EvaluationResult) -> list[Table]:
    """The evaluation as rich tables for the terminal: summaries, per-label figures, confusion, facts."""
    tables = []
    data = result.get("data", {})
    classifier = result.get("classifier") or {}
    settings = list(iter_settings(classifier))
    if settings:
        summary = Table(title=f"Sentence classifier ({data.get('releases')} releases, {data.get('sentences')} "
                        "sentences)", title_justify="left")
        # short headers and a two-decimal interval, so the table fits 80 columns without wrapping the settings
        for column in ("setting", "macro-F1", "95% CI", "acc.", "majority", "keywords", "ECE"):
            summary.add_column(column, justify="left" if column == "setting" else "right",
                               no_wrap=column in ("setting", "95% CI"))
        for key, name, block in settings:
            baselines = block.get("baselines") or {}
            summary.add_row(SHORT.get(key, name), f"[bold]{_fmt(block.get('macro_f1'))}[/bold]", _ci(block),
                            _fmt(block.get("accuracy")),
                            _fmt((baselines.get("majority") or {}).get("macro_f1")),
                            _fmt((baselines.get("keywords") or {}).get("macro_f1")),
                            _fmt((block.get("reliability") or {}).get("ece")))
        tables.append(summary)
        tables.append(_f1_table(settings, "Sentence labels: F1 in each setting"))
        for key, name, block in settings:
            if key in ("grouped_cv", "test"):
                tables.append(_prf_table(block, f"Sentence labels, {name}"))
        for key, name, block in settings:
            if key in ("grouped_cv", "test") and (block.get("confusion") or {}).get("matrix"):
                tables.append(_confusion(block["confusion"], f"Confusion, {name} (rows gold, columns predicted)"))
    encoder = result.get("encoder") or {}
    if encoder.get("mixed"):
        tables.append(_encoder_table(encoder))
    curve = classifier.get("learning_curve") or {}
    if curve.get("n_releases"):
        table = Table(title="Learning curve (grouped-CV macro-F1)", title_justify="left")
        table.add_column("training releases")
        for n in curve["n_releases"]:
            table.add_column(str(n), justify="right")
        table.add_row("macro-F1", *(_fmt(v) for v in curve["macro_f1"]))
        tables.append(table)
    if result.get("comparison"):
        table = Table(title="Model comparison", title_justify="left")
        for column in ("model", "grouped-CV macro-F1", "shift macro-F1", "fit s"):
            table.add_column(column, justify="left" if column == "model" else "right")
        for row in result["comparison"] or []:
            table.add_row(str(row.get("model")), _fmt(row.get("grouped_cv_macro_f1")),
                          _fmt(row.get("shift_macro_f1")), _fmt(row.get("fit_seconds"), 1))
        tables.append(table)
    entity_settings = list(iter_settings(result.get("entities")))
    if entity_settings:
        tables.append(_f1_table(entity_settings, "Entities: F1 in each setting", micro=True))
        for key, name, block in entity_settings:
            if key in ("grouped_cv", "test"):
                tables.append(_prf_table(block, f"Entities, {name}", micro=True))
        # the entity section's facts are the rules alone; the held-out column shows the shipped modes instead
        # (the facts comparison's, the sets pooled), which is what summarise gives on those releases
        shipped = shipped_test_facts(result)
        facts_settings = [(SHORT.get(key, name), block["facts"]) for key, name, block in entity_settings
                          if block.get("facts")]
        facts_settings = [("held-out", shipped) if name == SHORT["test"] and shipped else (name, facts)
                          for name, facts in facts_settings]
        if facts_settings:
            table = Table(title="Summary facts: accuracy (correct / releases); the rules alone"
                          + (", the held-out test with the shipped modes" if shipped else ""), title_justify="left")
            table.add_column("fact")
            for name, _ in facts_settings:
                table.add_column(name, justify="right")
            for field in facts_settings[0][1]:
                table.add_row(field, *(
                    f"{_fmt((facts.get(field) or {}).get('accuracy'))} "
                    f"({(facts.get(field) or {}).get('correct', '?')}/{(facts.get(field) or {}).get('n', '?')})"
                    for _, facts in facts_settings))
            tables.append(table)
    facts = result.get("facts")
    if facts:
        # one table per set (grouped CV, each test set): four mode columns fit an 80-column terminal
        for name, modes in fact_blocks(facts):
            table = Table(title=f"Facts, {SHORT.get(name, name)}: rules, rules + role model (hybrid), role model "
                          "alone, shipped modes (correct/releases)", title_justify="left")
            table.add_column("fact")
            for mode in modes:
                table.add_column(mode, justify="right")
            for field in modes["rules"]["facts"]:
                cells = [modes[mode]["facts"].get(field) or {} for mode in modes]
                table.add_row(field, *(f"{row.get('correct', 0)}/{row.get('n')}" if row.get("n") else "–"
                                       for row in cells))
            tables.append(table)
    return tables


def _ci(block: dict) -> str:
    ci = block.get("macro_f1_ci")
    return f"{ci[0]:.2f}–{ci[1]:.2f}" if ci else "–"


def _encoder_table(section: dict) -> Table:
    """Linear, encoder and mix macro-F1 in each setting (the linear model in the encoder's folds)."""
    w = f"{section.get('weight', 0):.1f}"
    weights = section.get("weights") or {}
    encoder = {key: block for key, _, block in iter_settings(section.get("encoder"))}
    table = Table(title=f"Encoder and mix (weight {w}; chosen on the challenge set: "
                  f"{(section.get('choice') or {}).get('weight')}; mix as default by the rule: "
                  f"{'yes' if (section.get('decision') or {}).get('default') else 'no'})", title_justify="left")
    for column in ("setting", "linear", "encoder", f"mix {w}", "mix 95% CI"):
        table.add_column(column, justify="left" if column == "setting" else "right")
    for key, name, block in iter_settings(section.get("mixed")):
        table.add_row(SHORT.get(key, name), _fmt((weights.get(key) or {}).get("0.0")),
                      _fmt((encoder.get(key) or {}).get("macro_f1")), f"[bold]{_fmt(block.get('macro_f1'))}[/bold]",
                      _ci(block))
    return table


def _f1_table(settings: list, title: str, micro: bool = False) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("label")
    for key, name, _ in settings:
        table.add_column(SHORT.get(key, name), justify="right")
    labels = _labels(settings[0][2])
    for label in labels + (["micro"] if micro else []):
        cells = [(block.get("micro") if label == "micro" else (block.get("per_label") or {}).get(label)) or {}
                 for _, _, block in settings]
        table.add_row(label, *(_fmt(cell.get("f1")) for cell in cells))
    return table


def _prf_table(block: dict, title: str, micro: bool = False) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    rows = [(label, (block.get("per_label") or {}).get(label) or {}) for label in _labels(block)]
    if micro:
        rows.append(("micro", block.get("micro") or {}))
    for label, row in rows:
        table.add_row(label, _fmt(row.get("precision")), _fmt(row.get("recall")), f"[bold]{_fmt(row.get('f1'))}[/bold]",
                      str(row.get("support", "")))
    return table


def _labels(block: dict) -> list[str]:
    return list(block.get("labels") or block.get("per_label") or [])


def _confusion(confusion: dict, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("gold \\ predicted")
    for label in confusion["labels"]:
        table.add_column(label, justify="right")
    for i, (label, row) in enumerate(zip(confusion["labels"], confusion["matrix"])):
        table.add_row(label, *(f"[bold]{n}[/bold]" if i == j else str(n) for j, n in enumerate(row)))
    return table


