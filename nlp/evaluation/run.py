"""Evaluation of both models, written out as files people can check: metrics, a report, errors and plots.

`run_evaluation` calls the classifier's and the tagger's own evaluations (grouped cross-validation by
release, the style-shift split both ways, an optional held-out test set) and combines them into one dict.
With an output directory it writes:

- `metrics.json`   every figure, without the per-example errors (their count stays, as `n_errors`)
- `report.md`      the same figures as Markdown tables, with the plots linked
- `errors.jsonl`   one line per wrong sentence or entity (task, setting, release, offsets, text, gold,
                   predicted, score) and per wrong fact of a release (task "fact", field, gold, predicted)
- `*.png`          confusion matrix, per-label F1, learning curve, reliability diagram (see `plots`)

The library only computes and writes; the terminal tables live in `nlp/cli/evaluate.py`, report.md is
drawn by `markdown`, the PNGs by `plots`.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..annotations import AnnotatedRelease, data_hash
from ..corpus import atomic_write_text
from ..types import EvaluationResult
from .markdown import render_report
from .results import ERRORS_NAME, METRICS_NAME, REPORT_NAME, collect_errors, metrics_only


def run_evaluation(train_releases: list[AnnotatedRelease], test_releases: list[AnnotatedRelease] | None = None,
                   output_dir: str | Path | None = None, *, n_splits: int = 5, seed: int = 0,
                   compare: bool = False, learning_curve: bool = True, entities: bool = True,
                   progress: Callable[[str], None] | None = None,
                   test_sets: dict[str, list[AnnotatedRelease]] | None = None, encoder: bool = False,
                   encoder_folds: int = 3, encoder_cv_epochs: int | None = None,
                   models_dir: str | Path | None = None, roles_extra=()) -> EvaluationResult:
    """Evaluate the sentence classifier and the entity tagger; write the files if `output_dir` is given.

    Nothing is trained on `test_releases`: they are only predicted by models trained on all of
    `train_releases`. `compare` adds the model-comparison table (slow), `learning_curve` the macro-F1
    against the number of training releases; `encoder` the fine-tuned encoder and its mix with the linear model
    in every setting (`nlp.classify.encoder_eval`, `encoder_folds` grouped folds; fine-tunes cached; the encoder
    in `models_dir`, default the installed models, is scored when it was trained on these releases; every fine-tune
    also learns from the served held-out sets in ``roles_extra``, as `train --encoder` does);
    `entities=False` skips the tagger (its training is the slow part). `progress`, if given, is called with a
    line per stage. With the tagger, the facts are also measured slot by slot, rules against the role model
    (`facts`: grouped CV and each of ``test_sets``, by name; default: the test releases as one set).

    >>> from nlp.annotations import load_dataset
    >>> result = run_evaluation(quick_subset(load_dataset()), n_splits=3, learning_curve=False)  # doctest: +SKIP
    >>> sorted(result)  # doctest: +SKIP
    ['classifier', 'comparison', 'data', 'entities', 'settings']
    """
    # Imported here so that reading and writing reports does not load spaCy and scikit-learn models.
    from ..classify.evaluation import compare_models, evaluate_classifier

    say = progress or (lambda line: None)
    timings = {}
    overlap: list[str] = []
    if test_releases:
        train_releases, overlap = split_overlap(train_releases, test_releases)
        if overlap:
            warnings.warn(f"{len(overlap)} test release(s) also in the training data, left out of training: "
                          + ", ".join(overlap[:5]) + (" ..." if len(overlap) > 5 else ""), stacklevel=2)

    say(f"sentence classifier: {n_splits}-fold grouped CV, shift both ways"
        + (", held-out test" if test_releases else "") + (", learning curve" if learning_curve else ""))
    start = time.perf_counter()
    classifier = evaluate_classifier(train_releases, test_releases, n_splits=n_splits, seed=seed,
                                     learning_curve=learning_curve)
    timings["classifier"] = round(time.perf_counter() - start, 1)

    encoder_section = None
    if encoder:
        from ..classify.encoder import MIX_WEIGHT
        from ..classify.encoder_eval import evaluate_encoder

        say(f"encoder: {encoder_folds}-fold grouped CV, shift, all releases (fine-tunes cached in .cache/encoder)")
        start = time.perf_counter()
        from ..models import MODELS_DIR

        # as `train --encoder`: every fine-tune also learns the served sets' sentences that hold no challenge word
        encoder_section = evaluate_encoder(train_releases, test_releases, n_splits=encoder_folds, seed=seed,
                                           say=say, weight=MIX_WEIGHT, models_dir=models_dir or MODELS_DIR,
                                           cv_epochs=encoder_cv_epochs, served=list(roles_extra))
        timings["encoder"] = round(time.perf_counter() - start, 1)

    entity_section = None
    if entities:
        from ..entities.evaluation import evaluate_entities

        say(f"entity tagger: {n_splits}-fold grouped CV, shift both ways"
            + (", held-out test" if test_releases else ""))
        start = time.perf_counter()
        entity_section = evaluate_entities(train_releases, test_releases, n_splits=n_splits, seed=seed)
        timings["entities"] = round(time.perf_counter() - start, 1)

    facts = None
    if entities:
        from ..entities.evaluation import compare_fact_modes

        say("facts: rules against the role model, grouped CV" + (" and held-out sets" if test_releases else ""))
        start = time.perf_counter()
        sets = test_sets or ({"test": test_releases} if test_releases else None)
        facts = compare_fact_modes(train_releases, sets, n_splits=n_splits, seed=seed, roles_extra=roles_extra)
        timings["facts"] = round(time.perf_counter() - start, 1)

    comparison = None
    if compare:
        say("model comparison")
        start = time.perf_counter()
        comparison = compare_models(train_releases, seed=seed)
        timings["comparison"] = round(time.perf_counter() - start, 1)

    data = describe_data(train_releases, test_releases)
    if overlap:
        data["left_out_of_training"] = overlap
    result: EvaluationResult = {
        "data": data,
        "settings": {"n_splits": n_splits, "seed": seed, "compare": compare, "learning_curve": learning_curve,
                     "entities": entities,
                     "seconds": timings, "versions": _versions()},
        "classifier": classifier,
        "encoder": encoder_section,
        "entities": entity_section,
        "facts": facts,
        "comparison": comparison,
    }
    if output_dir is not None:
        write_outputs(result, output_dir)
        say(f"wrote {Path(output_dir) / METRICS_NAME}, {REPORT_NAME}, {ERRORS_NAME} and plots")
    return result


def split_overlap(train: list[AnnotatedRelease], test: list[AnnotatedRelease]) -> tuple[list, list[str]]:
    """Training releases that are not in the test set (same id or same text), and the ids left out.

    A test release seen in training would flatter the held-out figures, so it is dropped from training.

    >>> from nlp.annotations import AnnotatedRelease
    >>> kept, dropped = split_overlap([AnnotatedRelease("a", "Text one."), AnnotatedRelease("b", "Text  two.")],
    ...                               [AnnotatedRelease("c", "Text two.")])
    >>> [r.id for r in kept], dropped
    (['a'], ['b'])
    """
    def key(release):
        return hashlib.sha256(" ".join(release.text.split()).encode("utf-8")).hexdigest()

    test_ids, test_texts = {r.id for r in test}, {key(r) for r in test}
    kept, dropped = [], []
    for release in train:
        if release.id in test_ids or key(release) in test_texts:
            dropped.append(release.id)
        else:
            kept.append(release)
    return kept, dropped


def describe_data(train: list[AnnotatedRelease], test: list[AnnotatedRelease] | None = None) -> dict:
    """Counts and a hash of the releases evaluated on, so a figure can be tied to its data.

    >>> from nlp.annotations import AnnotatedRelease
    >>> describe_data([AnnotatedRelease("a", "Good.", "tidy", [(0, 5, "STRENGTH")])])["sentences"]
    1
    """
    def describe(releases):
        return {
            "releases": len(releases),
            "sentences": sum(len(r.sentences) for r in releases),
            "entities": sum(len(r.entities) for r in releases),
            "styles": dict(sorted(Counter(r.style or "unknown" for r in releases).items())),
            "labels": dict(Counter(label for r in releases for _, _, label in r.sentences).most_common()),
            "hash": data_hash(releases),
        }

    out = describe(train)
    if test:
        out["test"] = describe(test)
    return out


def quick_subset(releases: list[AnnotatedRelease], n: int = 24, seed: int = 0) -> list[AnnotatedRelease]:
    """A small deterministic slice for a fast evaluation: half 'real-voice', half the others ('tidy', 'real').

    Both halves are kept so the shift split still has something to train and test on.

    >>> from nlp.annotations import load_dataset
    >>> len(quick_subset(load_dataset(), n=10))
    10
    """
    voice = sorted((r for r in releases if r.style == "real-voice"), key=lambda r: r.id)
    other = sorted((r for r in releases if r.style != "real-voice"), key=lambda r: r.id)
    rng = random.Random(seed)
    rng.shuffle(voice)
    rng.shuffle(other)
    half = n // 2
    take_voice = min(len(voice), max(half, n - len(other)))
    chosen = voice[:take_voice] + other[:n - take_voice]
    return sorted(chosen, key=lambda r: r.id)


def write_outputs(result: EvaluationResult, output_dir: str | Path) -> dict[str, Path]:
    """Write metrics.json, report.md, errors.jsonl and the PNG plots; return the paths by name.

    >>> paths = write_outputs(result, "eval")  # doctest: +SKIP
    >>> sorted(paths)  # doctest: +SKIP
    ['confusion', 'errors', 'learning_curve', 'metrics', 'per_label_f1', 'reliability', 'report']
    """
    from .plots import save_plots  # matplotlib is only needed when files are written

    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    paths = save_plots(result, output_dir)
    paths["metrics"] = output_dir / METRICS_NAME
    atomic_write_text(paths["metrics"], json.dumps(metrics_only(result), indent=2, ensure_ascii=False) + "\n")
    paths["errors"] = output_dir / ERRORS_NAME
    atomic_write_text(paths["errors"], "".join(json.dumps(row, ensure_ascii=False) + "\n"
                                               for row in collect_errors(result)))
    paths["report"] = output_dir / REPORT_NAME
    plots = {name: path.name for name, path in paths.items() if path.suffix == ".png"}
    atomic_write_text(paths["report"], render_report(result, plots))
    return paths


def _versions() -> dict[str, str]:
    from importlib import metadata

    versions = {}
    for name in ("inspection-nlp", "spacy", "scikit-learn", "numpy"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "unknown"
    return versions
