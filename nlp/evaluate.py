"""Evaluation of both models, written out as files people can check: metrics, a report, errors and plots.

`run_evaluation` calls the classifier's and the tagger's own evaluations (grouped cross-validation by
release, the style-shift split both ways, an optional held-out test set) and combines them into one dict.
With an output directory it writes:

- `metrics.json`   every figure, without the per-example errors (their count stays, as `n_errors`)
- `report.md`      the same figures as Markdown tables, with the plots linked
- `errors.jsonl`   one line per wrong sentence or entity (task, setting, release, offsets, text, gold,
                   predicted, score) and per wrong fact of a release (task "fact", field, gold, predicted)
- `*.png`          confusion matrix, per-label F1, learning curve, reliability diagram (see `nlp.plots`)

The library only computes and writes; the terminal tables live in `nlp/cli/evaluate.py`.
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
from typing import Any

from .annotations import SENTENCE_LABELS, AnnotatedRelease, data_hash
from .corpus import atomic_write_text
from .types import EvaluationResult

METRICS_NAME = "metrics.json"
REPORT_NAME = "report.md"
ERRORS_NAME = "errors.jsonl"

# The settings an evaluation section may hold, in report order: (path in the section, human name).
SETTINGS = (
    (("grouped_cv",), "grouped CV"),
    (("shift", "tidy_to_real_voice"), "shift: tidy → real-voice"),
    (("shift", "real_voice_to_tidy"), "shift: real-voice → tidy"),
    (("test",), "held-out test"),
    (("hard_cases",), "hard cases (REAL-RELEASES.md)"),
    (("challenge_vocab",), "challenge-vocab, text alone"),
    (("challenge_vocab_context",), "challenge-vocab, with context"),
)
SETTING_KEYS = {"grouped_cv": "grouped_cv", "tidy_to_real_voice": "shift:tidy_to_real_voice",
                "real_voice_to_tidy": "shift:real_voice_to_tidy", "test": "test", "hard_cases": "hard_cases",
                "challenge_vocab": "challenge_vocab", "challenge_vocab_context": "challenge_vocab_context"}


def run_evaluation(train_releases: list[AnnotatedRelease], test_releases: list[AnnotatedRelease] | None = None,
                   output_dir: str | Path | None = None, *, n_splits: int = 5, seed: int = 0,
                   compare: bool = False, learning_curve: bool = True, entities: bool = True,
                   progress: Callable[[str], None] | None = None,
                   test_sets: dict[str, list[AnnotatedRelease]] | None = None, encoder: bool = False,
                   encoder_folds: int = 3, encoder_cv_epochs: int | None = None) -> EvaluationResult:
    """Evaluate the sentence classifier and the entity tagger; write the files if `output_dir` is given.

    Nothing is trained on `test_releases`: they are only predicted by models trained on all of
    `train_releases`. `compare` adds the model-comparison table (slow), `learning_curve` the macro-F1
    against the number of training releases; `encoder` the fine-tuned encoder and its mix with the linear model
    in every setting (`nlp.classify.encoder_eval`, `encoder_folds` grouped folds; fine-tunes cached);
    `entities=False` skips the tagger (its training is the slow part). `progress`, if given, is called with a
    line per stage. With the tagger, the facts are also measured slot by slot, rules against the role model
    (`facts`: grouped CV and each of ``test_sets``, by name; default: the test releases as one set).

    >>> from nlp.annotations import load_dataset
    >>> result = run_evaluation(quick_subset(load_dataset()), n_splits=3, learning_curve=False)  # doctest: +SKIP
    >>> sorted(result)  # doctest: +SKIP
    ['classifier', 'comparison', 'data', 'entities', 'settings']
    """
    # Imported here so that reading and writing reports does not load spaCy and scikit-learn models.
    from .classify.evaluation import compare_models, evaluate_classifier

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
        from .classify.encoder import MIX_WEIGHT
        from .classify.encoder_eval import evaluate_encoder

        say(f"encoder: {encoder_folds}-fold grouped CV, shift, all releases (fine-tunes cached in .cache/encoder)")
        start = time.perf_counter()
        from .models import MODELS_DIR

        encoder_section = evaluate_encoder(train_releases, test_releases, n_splits=encoder_folds, seed=seed,
                                           say=say, weight=MIX_WEIGHT, models_dir=MODELS_DIR,
                                           cv_epochs=encoder_cv_epochs)
        timings["encoder"] = round(time.perf_counter() - start, 1)

    entity_section = None
    if entities:
        from .entities.evaluation import evaluate_entities

        say(f"entity tagger: {n_splits}-fold grouped CV, shift both ways"
            + (", held-out test" if test_releases else ""))
        start = time.perf_counter()
        entity_section = evaluate_entities(train_releases, test_releases, n_splits=n_splits, seed=seed)
        timings["entities"] = round(time.perf_counter() - start, 1)

    facts = None
    if entities:
        from .entities.evaluation import compare_fact_modes

        say("facts: rules against the role model, grouped CV" + (" and held-out sets" if test_releases else ""))
        start = time.perf_counter()
        sets = test_sets or ({"test": test_releases} if test_releases else None)
        facts = compare_fact_modes(train_releases, sets, n_splits=n_splits, seed=seed)
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


# ---------------------------------------------------------------------------------------------- files

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


def metrics_only(result: Any) -> Any:
    """The result without per-example error lists (each replaced by its length, `n_errors`).

    >>> metrics_only({"a": {"errors": [1, 2], "f1": 0.5}})
    {'a': {'f1': 0.5, 'n_errors': 2}}
    """
    if isinstance(result, dict):
        out = {key: metrics_only(value) for key, value in result.items() if key not in ("errors", "fact_errors")}
        if isinstance(result.get("errors"), list):
            out["n_errors"] = len(result["errors"])
        if isinstance(result.get("fact_errors"), list):
            out["n_fact_errors"] = len(result["fact_errors"])
        return out
    if isinstance(result, list):
        return [metrics_only(value) for value in result]
    return result


def collect_errors(result: EvaluationResult) -> list[dict]:
    """Every wrong sentence and entity in every setting, as flat rows for errors.jsonl.

    Rows: {"task": "sentence"|"entity", "setting", "release", "start", "end", "text", "gold", "predicted",
    "score"} (entities carry no score: null), then {"task": "fact", "setting", "release", "field", "gold",
    "predicted"} for each wrong per-release fact.

    >>> collect_errors({"classifier": {"grouped_cv": {"errors": [{"release": "r", "start": 0, "end": 4,
    ...     "text": "Good", "gold": "STRENGTH", "predicted": "NEUTRAL", "score": 0.6}]}}})[0]["setting"]
    'grouped_cv'
    """
    rows = []
    for task, section in (("sentence", result.get("classifier")), ("entity", result.get("entities"))):
        for key, _, block in iter_settings(section):
            for error in block.get("errors") or []:
                rows.append({
                    "task": task, "setting": key, "release": error.get("release"),
                    "start": error.get("start"), "end": error.get("end"), "text": error.get("text"),
                    "gold": error.get("gold"), "predicted": error.get("predicted"),
                    "score": _round(error.get("score")),
                })
    for key, _, block in iter_settings(result.get("entities")):
        for error in block.get("fact_errors") or []:
            rows.append({"task": "fact", "setting": key, "release": error["release"], "field": error["field"],
                         "gold": error["gold"], "predicted": error["predicted"]})
    for name, modes in _fact_blocks(result.get("facts")):
        for mode, block in modes.items():
            for error in block.get("fact_errors") or []:
                rows.append({"task": "fact", "setting": f"facts:{name}:{mode}", "release": error["release"],
                             "field": error["field"], "gold": error["gold"], "predicted": error["predicted"]})
    return rows


def _fact_blocks(facts: dict | None):
    """(set name, {mode: block}) for each set of the facts comparison, grouped CV first."""
    return [(name, modes) for name, modes in (facts or {}).items() if name != "modes"]


def iter_settings(section: dict | None):
    """(key, name, block) for each setting present in a classifier or entity section, in report order.

    >>> [key for key, _, _ in iter_settings({"grouped_cv": {}, "shift": {"real_voice_to_tidy": {}}})]
    ['grouped_cv', 'shift:real_voice_to_tidy']
    """
    if not section:
        return
    for path, name in SETTINGS:
        block: Any = section
        for part in path:
            block = block.get(part) if isinstance(block, dict) else None
        if isinstance(block, dict):
            yield SETTING_KEYS[path[-1]], name, block


# ---------------------------------------------------------------------------------------------- report

def render_report(result: EvaluationResult, plots: dict[str, str] | None = None) -> str:
    """The evaluation as Markdown: every figure as a table, plots linked by file name.

    >>> render_report({"data": {"releases": 0, "sentences": 0}}).startswith("# Evaluation report")
    True
    """
    plots = plots or {}
    data = result.get("data", {})
    settings = result.get("settings", {})
    out = ["# Evaluation report", ""]
    out.append(f"Trained and evaluated on {data.get('releases', '?')} releases, {data.get('sentences', '?')} "
               f"sentences and {data.get('entities', '?')} entities"
               + (f" (styles: {_counts(data['styles'])})" if data.get("styles") else "")
               + (f"; data hash `{data['hash'][:12]}`" if data.get("hash") else "") + ".")
    if data.get("left_out_of_training"):
        out.append(f"Left out of training because they are in the test set: "
                   f"{', '.join(data['left_out_of_training'])}.")
    if data.get("test"):
        test = data["test"]
        out.append(f"Held-out test set: {test['releases']} releases, {test['sentences']} sentences, "
                   f"{test.get('entities', '?')} entities (hash `{str(test.get('hash', ''))[:12]}`); "
                   "nothing was trained on it.")
    if settings:
        out.append(f"Folds grouped by release: {settings.get('n_splits')}; seed {settings.get('seed')}. "
                   "Shift: train on one style, test on the other (the best proxy for unseen real text).")
    out.append("")

    classifier = result.get("classifier")
    if classifier:
        out += ["## Sentence classifier", ""]
        out += _classifier_summary(classifier)
        out += _f1_across_settings(classifier)
        if "per_label_f1" in plots:
            out += [f"![Per-label F1]({plots['per_label_f1']})", ""]
        for key, name, block in iter_settings(classifier):
            out += [f"### {name}", ""]
            out += _per_label_table(block, with_baselines=True)
            out += [f"Macro-F1 **{_fmt(block.get('macro_f1'))}** (95% CI {_ci(block)}), "
                    f"accuracy **{_fmt(block.get('accuracy'))}**."
                    + _errors_note(block), ""]
            out += _confusion_table(block.get("confusion"))
            out += _reliability_table(block.get("reliability"))
        if "confusion" in plots:
            out += [f"![Confusion matrices]({plots['confusion']})", ""]
        if "reliability" in plots:
            out += [f"![Reliability diagram]({plots['reliability']})", ""]
        curve = classifier.get("learning_curve")
        if curve and curve.get("n_releases"):
            out += ["### Learning curve", "",
                    "Macro-F1 in grouped CV against the number of training releases: if it still climbs at the "
                    "right, more annotation pays.", "",
                    "| training releases | macro-F1 | std |", "| ---: | ---: | ---: |"]
            stds = curve.get("std") or [None] * len(curve["n_releases"])
            for n, f1, std in zip(curve["n_releases"], curve["macro_f1"], stds):
                out.append(f"| {n} | {_fmt(f1)} | {_fmt(std)} |")
            out.append("")
            if "learning_curve" in plots:
                out += [f"![Learning curve]({plots['learning_curve']})", ""]
        out += _worst_errors(classifier.get("grouped_cv"))

    encoder = result.get("encoder")
    if encoder:
        out += _encoder_section(encoder)

    if result.get("comparison"):
        out += ["## Model comparison", "", *_comparison_table(result["comparison"] or [])]

    entities = result.get("entities")
    if entities:
        out += ["## Entities", "", "| setting | precision | recall | micro-F1 | support |",
                "| --- | ---: | ---: | ---: | ---: |"]
        for _, name, block in iter_settings(entities):
            micro = block.get("micro", {})
            out.append(f"| {name} | {_fmt(micro.get('precision'))} | {_fmt(micro.get('recall'))} | "
                       f"**{_fmt(micro.get('f1'))}** | {micro.get('support', '')} |")
        out.append("")
        out += _f1_across_settings(entities)
        for _, name, block in iter_settings(entities):
            out += [f"### {name}", ""]
            out += _per_label_table(block)
            out += _facts_table(block.get("facts"))
    fact_modes = result.get("facts")
    if fact_modes:
        out += ["## Facts: rules against the role model", "",
                "Per release, correct / releases, for the rules alone, the rules with the role model (hybrid), "
                "the role model alone, and the modes chosen by grouped CV (shipped): "
                + ", ".join(f"{slot} {mode}" for slot, mode in fact_modes["modes"].items()) + ".", ""]
        out += _fact_modes_table(fact_modes)
    out += ["## Files", "",
            f"- `{METRICS_NAME}`: every figure above; `{ERRORS_NAME}`: every wrong sentence and entity "
            "(task, setting, release, offsets, text, gold, predicted, score).", ""]
    return "\n".join(out).rstrip() + "\n"


def _ci(block: dict) -> str:
    """The 95% bootstrap interval of a block's macro-F1, as text ("–" when there is none)."""
    ci = block.get("macro_f1_ci")
    return f"{ci[0]:.3f}–{ci[1]:.3f}" if ci else "–"


def _encoder_section(section: dict) -> list[str]:
    """The encoder alone and mixed with the linear model in each setting, and the weight sweep."""
    weights = section.get("weights") or {}
    w = f"{section.get('weight', 0):.1f}"
    out = ["## Encoder (fine-tuned MiniLM-L6) and the mix", "",
           f"The encoder fine-tuned on the training releases of each setting ("
           + (f"{section.get('folds')} grouped folds of {section.get('cv_epochs')} epoch(s), "
              if section.get("folds") else "no grouped folds, ")
           + f"the shift split, all releases for the rest: the shipped encoder "
           f"when it was trained on them), softmax temperature {section.get('temperature')} fitted on the shift "
           f"split's logits; the mix gives the encoder weight {w}. The linear column is the "
           "linear model in the same folds (weight 0). 95% intervals resample releases (sentences for the "
           "hard cases and the challenge set).", "",
           f"| setting | linear | encoder | mix ({w}) | mix 95% CI | mix ECE |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    encoder, mixed = section.get("encoder") or {}, section.get("mixed") or {}
    for key, name, block in iter_settings(mixed):
        table_key = key
        enc = dict(iter_settings_keyed(encoder)).get(key) or {}
        out.append(f"| {name} | {_fmt((weights.get(table_key) or {}).get('0.0'))} | {_fmt(enc.get('macro_f1'))} | "
                   f"**{_fmt(block.get('macro_f1'))}** | {_ci(block)} | "
                   f"{_fmt((block.get('reliability') or {}).get('ece'))} |")
    out.append("")
    if weights:
        columns = list(next(iter(weights.values())))
        out += ["Macro-F1 against the encoder's weight (0 = linear alone, 1 = encoder alone):", "",
                "| setting | " + " | ".join(columns) + " |", "| --- |" + " ---: |" * len(columns)]
        for key, row in weights.items():
            out.append(f"| {key} | " + " | ".join(_fmt(row[c]) for c in columns) + " |")
        out.append("")
    choice, decision = section.get("choice") or {}, section.get("decision") or {}
    if choice:
        out.append(f"Chosen on the challenge set among the weights losing at most {choice.get('guard')} on "
                   f"{' and '.join(choice.get('guards', []))}: **{choice.get('weight')}** (allowed: "
                   f"{', '.join(choice.get('allowed', []))}). Mix as default by the rule (wins on the challenge set, "
                   f"at most a point lost on the shift split and the held-out set): "
                   f"**{'yes' if decision.get('default') else 'no'}**.")
        out.append("")
    return out


def iter_settings_keyed(section: dict | None):
    """(key, block) for each setting of a section (see `iter_settings`)."""
    for key, _, block in iter_settings(section):
        yield key, block


def _classifier_summary(classifier: dict) -> list[str]:
    out = ["| setting | macro-F1 | 95% CI | accuracy | majority macro-F1 | keywords macro-F1 | ECE | sentences |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, name, block in iter_settings(classifier):
        baselines = block.get("baselines") or {}
        support = sum((v.get("support") or 0) for v in (block.get("per_label") or {}).values())
        out.append(f"| {name} | **{_fmt(block.get('macro_f1'))}** | {_ci(block)} | {_fmt(block.get('accuracy'))} | "
                   f"{_fmt(baselines.get('majority', {}).get('macro_f1'))} | "
                   f"{_fmt(baselines.get('keywords', {}).get('macro_f1'))} | "
                   f"{_fmt((block.get('reliability') or {}).get('ece'))} | {support or ''} |")
    return out + [""]


def _errors_note(block: dict) -> str:
    matrix = (block.get("confusion") or {}).get("matrix")
    errors = block.get("errors")
    if not matrix or errors is None:
        return ""
    wrong = sum(map(sum, matrix)) - sum(row[i] for i, row in enumerate(matrix))
    if len(errors) >= wrong:
        return f" {wrong} wrong sentences, all in `{ERRORS_NAME}`."
    # The classifier's evaluation may keep only its most confident mistakes; say so rather than hide it.
    return f" `{ERRORS_NAME}` lists {len(errors)} of the {wrong} wrong sentences (the most confident ones)."


def _f1_across_settings(section: dict) -> list[str]:
    settings = [(name, block) for _, name, block in iter_settings(section) if block.get("per_label")]
    if not settings:
        return []
    labels = settings[0][1].get("labels") or list(settings[0][1]["per_label"])
    out = ["F1 per label in each setting:", "", "| label | " + " | ".join(name for name, _ in settings) + " |",
           "| --- |" + " ---: |" * len(settings)]
    for label in labels:
        out.append(f"| {label} | " + " | ".join(_fmt((block["per_label"].get(label) or {}).get("f1"))
                                                for _, block in settings) + " |")
    return out + [""]


def _per_label_table(block: dict, with_baselines: bool = False) -> list[str]:
    per_label = block.get("per_label") or {}
    if not per_label:
        return []
    labels = block.get("labels") or list(per_label)
    # Baselines report per-label F1 only if their evaluation produced it; show it beside the model then.
    extra = [name for name, base in (block.get("baselines") or {}).items()
             if with_baselines and isinstance(base, dict) and base.get("per_label")]
    head = "| label | precision | recall | F1 | support |" + "".join(f" {name} F1 |" for name in extra)
    out = [head, "| --- | ---: | ---: | ---: | ---: |" + " ---: |" * len(extra)]
    for label in labels:
        row = per_label.get(label, {})
        cells = "".join(f" {_fmt(_f1_of(block['baselines'][name]['per_label'].get(label)))} |" for name in extra)
        out.append(f"| {label} | {_fmt(row.get('precision'))} | {_fmt(row.get('recall'))} | "
                   f"{_fmt(row.get('f1'))} | {row.get('support', '')} |{cells}")
    return out + [""]


def _f1_of(value):
    return value.get("f1") if isinstance(value, dict) else value


def _confusion_table(confusion: dict | None) -> list[str]:
    if not confusion or not confusion.get("matrix"):
        return []
    labels = confusion["labels"]
    out = ["Confusion matrix (counts; rows gold, columns predicted):", "",
           "| gold \\ predicted | " + " | ".join(labels) + " | total |",
           "| --- |" + " ---: |" * (len(labels) + 1)]
    for i, (label, row) in enumerate(zip(labels, confusion["matrix"])):
        cells = " | ".join(f"**{n}**" if i == j else str(n) for j, n in enumerate(row))
        out.append(f"| {label} | {cells} | {sum(row)} |")
    return out + [""]


def _reliability_table(reliability: dict | None) -> list[str]:
    if not reliability or not reliability.get("bins"):
        return []
    out = [f"Reliability of the scores (expected calibration error **{_fmt(reliability.get('ece'))}**):", "",
           "| score bin | sentences | mean score | accuracy |", "| --- | ---: | ---: | ---: |"]
    for b in reliability["bins"]:
        if b.get("count"):
            out.append(f"| {b['lo']:.1f}–{b['hi']:.1f} | {b['count']} | {_fmt(b.get('confidence'))} | "
                       f"{_fmt(b.get('accuracy'))} |")
    return out + [""]


def _facts_table(facts: dict | None) -> list[str]:
    if not facts:
        return []
    out = ["Summary facts against the gold facts, per release:", "",
           "| fact | accuracy | releases | correct | wrong | missing |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, row in facts.items():
        out.append(f"| {name} | {_fmt(row.get('accuracy'))} | {row.get('n', '')} | {row.get('correct', '')} | "
                   f"{row.get('wrong_nonnull', '')} | {row.get('null', '')} |")
    return out + [""]


def _fact_modes_table(facts: dict) -> list[str]:
    columns = [(name, mode) for name, modes in _fact_blocks(facts) for mode in modes]
    out = ["| fact | " + " | ".join(f"{name} {mode}" for name, mode in columns) + " |",
           "| --- |" + " ---: |" * len(columns)]
    fields = next(iter(dict(_fact_blocks(facts)).values()))["rules"]["facts"]
    for field in fields:
        cells = []
        for name, mode in columns:
            row = dict(_fact_blocks(facts))[name][mode]["facts"].get(field) or {}
            cells.append(f"{row.get('correct', 0)}/{row.get('n', 0)}" if row.get("n") else "–")
        out.append(f"| {field} | " + " | ".join(cells) + " |")
    return out + [""]


def _comparison_table(rows: list[dict]) -> list[str]:
    labels = [label for label in SENTENCE_LABELS if any(label in (r.get("per_label_f1") or {}) for r in rows)]
    with_ece = any(r.get("ece") is not None for r in rows)
    out = ["Grouped-CV per-label F1; the shift is tidy → real-voice.", "",
           "| model | grouped-CV macro-F1 | shift macro-F1 | " + " | ".join(f"{label} F1" for label in labels)
           + (" | ECE" if with_ece else "") + " | fit seconds |",
           "| --- | ---: | ---: |" + " ---: |" * (len(labels) + 1 + with_ece)]
    best = max((r.get("grouped_cv_macro_f1") or 0 for r in rows), default=None)
    for row in rows:
        mark = "**" if row.get("grouped_cv_macro_f1") == best else ""
        cells = " | ".join(_fmt((row.get("per_label_f1") or {}).get(label)) for label in labels)
        ece = f" | {_fmt(row.get('ece'))}" if with_ece else ""
        out.append(f"| {mark}{row.get('model')}{mark} | {_fmt(row.get('grouped_cv_macro_f1'))} | "
                   f"{_fmt(row.get('shift_macro_f1'))} | {cells}{ece} | {_fmt(row.get('fit_seconds'), 1)} |")
    return out + [""]


def _worst_errors(block: dict | None, n: int = 10) -> list[str]:
    errors = [e for e in (block or {}).get("errors") or [] if e.get("score") is not None]
    if not errors:
        return []
    out = ["### Most confident mistakes (grouped CV)", "",
           "High-scoring errors are often annotation slips or a new way of saying things; check them first.", "",
           "| release | gold | predicted | score | sentence |", "| --- | --- | --- | ---: | --- |"]
    for error in sorted(errors, key=lambda e: -e["score"])[:n]:
        text = " ".join(str(error.get("text", "")).split()).replace("|", "\\|")
        text = text if len(text) <= 160 else text[:157] + "..."
        out.append(f"| {error.get('release')} | {error.get('gold')} | {error.get('predicted')} | "
                   f"{_fmt(error['score'])} | {text} |")
    return out + [""]


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, (int, float)):
        return f"{value:.{digits}f}"
    return str(value)


def _round(value, digits: int = 4):
    return round(float(value), digits) if isinstance(value, (int, float)) else value


def _counts(counts: dict) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())


def _versions() -> dict[str, str]:
    from importlib import metadata

    versions = {}
    for name in ("inspection-nlp", "spacy", "scikit-learn", "numpy"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "unknown"
    return versions
