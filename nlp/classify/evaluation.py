"""Measure the sentence classifier: grouped cross-validation, the shift split, baselines, calibration,
learning curve and errors. Run `python -m nlp.classify.evaluation --help`.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from ..annotations import ANNOTATIONS_DIR, SENTENCE_LABELS, load_dataset, load_shared_dir
from ..corpus import read_jsonl
from ..errors import AnnotationFormatError
from ..types import SentenceItem
from .features import analyse, cues, split_clauses
from .items import CTA_PRESENT, FORMAL_REC, make_items, polarity
from .lexicon import freeze, load_lexicon
from .model import KINDS, build_classifier, release_items

LABELS = list(SENTENCE_LABELS)


def keyword_predict(items) -> list[str]:
    """The keyword-lexicon baseline: recommendation words, then calls to action, then praise vs criticism.

    >>> from nlp.classify import make_items
    >>> keyword_predict(make_items("Inspectors were impressed.", [(0, 26)]))
    ['STRENGTH']
    """
    patterns = freeze(load_lexicon())
    out = []
    for item in items:
        text = item["text"]
        if FORMAL_REC.search(text) or CTA_PRESENT.search(text):
            out.append("RECOMMENDATION")
            continue
        praise, criticism, _, _ = polarity(patterns, text)
        out.append("WEAKNESS" if criticism > praise else "STRENGTH" if praise > 0 else "NEUTRAL")
    return out


def reliability(y_true, proba, classes, n_bins: int = 10) -> dict:
    """Reliability bins of the top score (confidence vs accuracy) and the expected calibration error."""
    proba = np.asarray(proba)
    confidence = proba.max(axis=1)
    predicted = np.asarray(classes)[proba.argmax(axis=1)]
    correct = predicted == np.asarray(y_true)
    bins, ece = [], 0.0
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (confidence > lo) & (confidence <= hi) if lo > 0 else (confidence >= lo) & (confidence <= hi)
        count = int(mask.sum())
        conf: float | None
        acc: float | None
        if count:
            conf, acc = float(confidence[mask].mean()), float(correct[mask].mean())
            ece += count / len(confidence) * abs(conf - acc)
        else:
            conf = acc = None
        bins.append({"lo": round(float(lo), 2), "hi": round(float(hi), 2), "count": count,
                     "confidence": conf, "accuracy": acc})
    return {"bins": bins, "ece": float(ece)}


BOOTSTRAP_ROUNDS = 1000


def bootstrap_macro_f1(y_true, y_pred, groups, *, rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0,
                       level: float = 0.95) -> list[float]:
    """A `level` percentile interval of macro-F1, resampling whole groups (releases) with replacement.

    Per group the true positives, false positives and false negatives of each label are counted once; a
    resample weights the groups by how often they were drawn, so a round costs one matrix product.

    >>> gold = ["STRENGTH", "WEAKNESS"] * 20
    >>> lo, hi = bootstrap_macro_f1(gold, gold[:38] + ["WEAKNESS", "STRENGTH"], list(range(40)))
    >>> 0.8 < lo <= hi <= 1.0
    True
    """
    y_true, y_pred, groups = np.asarray(y_true), np.asarray(y_pred), np.asarray(groups)
    names, index = np.unique(groups, return_inverse=True)
    counts = np.zeros((len(names), len(LABELS), 3))
    for j, label in enumerate(LABELS):
        gold, pred = y_true == label, y_pred == label
        for k, hit in enumerate((gold & pred, ~gold & pred, gold & ~pred)):
            counts[:, j, k] = np.bincount(index, weights=hit.astype(float), minlength=len(names))
    present = [j for j, label in enumerate(LABELS) if (y_true == label).any() or (y_pred == label).any()]
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(names), np.full(len(names), 1.0 / len(names)), size=rounds)
    totals = np.einsum("rg,gjk->rjk", draws, counts)[:, present, :]
    tp, fp, fn = totals[..., 0], totals[..., 1], totals[..., 2]
    denominator = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)
    macro = f1.mean(axis=1)
    tail = (1.0 - level) / 2 * 100
    return [float(np.percentile(macro, tail)), float(np.percentile(macro, 100 - tail))]


def score_block(y_true, y_pred, proba=None, classes=None, meta=None, majority_label=None, items=None,
                max_errors: int = 500, groups=None) -> dict:
    """A sentence evaluation block (per label, macro-F1 with a 95% bootstrap interval over `groups` (by default
    the release of each sentence in `meta`, else each sentence alone), confusion, reliability, baselines, errors)."""
    y_true, y_pred = list(y_true), list(y_pred)
    if groups is None:
        groups = [row[0] for row in meta] if meta is not None else list(range(len(y_true)))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=LABELS, zero_division=0)
    block = {
        "labels": LABELS,
        "per_label": {label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, label in enumerate(LABELS)},
        "macro_f1": float(f1_score(y_true, y_pred, labels=LABELS, average="macro", zero_division=0)),
        "macro_f1_ci": bootstrap_macro_f1(y_true, y_pred, groups) if y_true else None,
        "ci_groups": len(set(groups)),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "confusion": {"labels": LABELS, "matrix": confusion_matrix(y_true, y_pred, labels=LABELS).tolist()},
    }
    if proba is not None:
        block["reliability"] = reliability(y_true, proba, classes)
    baselines = {}
    if majority_label is not None:
        majority = [majority_label] * len(y_true)
        baselines["majority"] = _short(y_true, majority)
    if items is not None:
        baselines["keywords"] = _short(y_true, keyword_predict(items))
    block["baselines"] = baselines
    errors = []
    if meta is not None:
        top = np.asarray(proba).max(axis=1) if proba is not None else [None] * len(y_true)
        for (release, start, end, text), gold, pred, score in zip(meta, y_true, y_pred, top):
            if gold != pred:
                errors.append({"release": release, "start": start, "end": end, "text": text, "gold": gold,
                               "predicted": pred, "score": None if score is None else round(float(score), 4)})
        errors.sort(key=lambda e: -(e["score"] or 0))
    block["errors"] = errors[:max_errors]
    return block


def _short(y_true, y_pred) -> dict:
    return {"macro_f1": float(f1_score(y_true, y_pred, labels=LABELS, average="macro", zero_division=0)),
            "accuracy": float(accuracy_score(y_true, y_pred))}


def _meta(releases) -> list[tuple[str, int, int, str]]:
    return [(r.id, s, e, r.text[s:e]) for r in releases for s, e, _ in r.sentences]


def _majority(labels) -> str:
    values, counts = np.unique(labels, return_counts=True)
    return str(values[counts.argmax()])


def _fit_predict(kind, seed, train_items, train_y, test_items, **options):
    model = build_classifier(kind, seed=seed, **options).fit(train_items, train_y)
    proba = model.predict_proba(test_items)
    return model, proba, [str(c) for c in model.classes_]


def _full_proba(proba, classes) -> np.ndarray:
    # Every block reports the four labels, even when a fold's training data lacked one.
    out = np.zeros((len(proba), len(LABELS)))
    for j, label in enumerate(classes):
        out[:, LABELS.index(label)] = proba[:, j]
    return out


def grouped_cv(releases, *, kind="default", n_splits=5, seed=0, **options) -> dict:
    """Out-of-fold block from StratifiedGroupKFold over releases (all folds pooled)."""
    items, y, groups = release_items(releases)
    meta = _meta(releases)
    y_arr = np.asarray(y)
    proba = np.zeros((len(y), len(LABELS)))
    majority = np.empty(len(y), dtype=object)
    folds = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for train_idx, test_idx in folds.split(items, y, groups):
        _, p, classes = _fit_predict(kind, seed, [items[i] for i in train_idx], list(y_arr[train_idx]),
                                     [items[i] for i in test_idx], **options)
        proba[test_idx] = _full_proba(p, classes)
        majority[test_idx] = _majority(y_arr[train_idx])
    pred = [LABELS[i] for i in proba.argmax(axis=1)]
    block = score_block(y, pred, proba, LABELS, meta, _majority(y), items)
    block["baselines"]["majority"] = _short(y, list(majority))
    return block


def holdout(train, test, *, kind="default", seed=0, **options) -> dict:
    """Train on `train` releases, score on `test` releases."""
    items, y, _ = release_items(train)
    test_items, test_y, _ = release_items(test)
    _, proba, classes = _fit_predict(kind, seed, items, y, test_items, **options)
    proba = _full_proba(proba, classes)
    pred = [LABELS[i] for i in proba.argmax(axis=1)]
    return score_block(test_y, pred, proba, LABELS, _meta(test), _majority(y), test_items)


HARD_CASES = ANNOTATIONS_DIR / "challenge" / "hard_cases.jsonl"
FRAME = ("Inspection report published", "HM Inspectorate of Probation has published its report today.",
         "The full report can be read on the inspectorate's website.")


def in_a_release(sentence: str) -> tuple[list[SentenceItem], int]:
    """Items for a sentence met in the body of a small release (after a headline and an intro, before a
    closing line), the way it would be met in a real one, and the index of its item.

    >>> items, index = in_a_release("Staff were skilled.")
    >>> items[index]["text"], items[index]["is_headline"]
    ('Staff were skilled.', False)
    """
    head, intro, outro = FRAME
    text = f"{head}\n\n{intro}\n\n{sentence}\n\n{outro}"
    spans = [(text.index(part), text.index(part) + len(part)) for part in (head, intro, sentence, outro)]
    return make_items(text, spans), 2


def in_context(sentence: str, context: str = "") -> tuple[list[SentenceItem], int]:
    """Like `in_a_release`, with `context` as the sentence before it (nothing added when it is empty).

    >>> items, index = in_context("Staff were skilled.", "Inspectors met the team.")
    >>> items[index]["prev"]
    'Inspectors met the team.'
    """
    if not context:
        return in_a_release(sentence)
    head, intro, outro = FRAME
    text = f"{head}\n\n{intro}\n\n{context} {sentence}\n\n{outro}"
    parts, spans, cursor = (head, intro, context, sentence, outro), [], 0
    for part in parts:
        start = text.index(part, cursor)
        spans.append((start, start + len(part)))
        cursor = start + len(part)
    return make_items(text, spans), 3


CHALLENGE_VOCAB = ANNOTATIONS_DIR / "challenge-vocab"
CHALLENGE_FILES = ("sentences.jsonl", "own.jsonl")


def load_challenge_vocab(directory=None) -> list[dict]:
    """The vocabulary-disjoint challenge set (`annotations/challenge-vocab/`): the imported sentences, then the
    project's own (`own.jsonl`), each {id, text, label, cue, context, source}."""
    directory = Path(directory or CHALLENGE_VOCAB)
    rows = []
    for name in CHALLENGE_FILES:
        path = directory / name
        if not path.is_file():
            continue
        for number, row in enumerate(read_jsonl(path), 1):
            if not isinstance(row, dict) or row.get("label") not in LABELS or not row.get("text") \
                    or not isinstance(row.get("context", ""), str):
                raise AnnotationFormatError(f"{path}:{number}: a challenge sentence needs 'text', 'context' and "
                                            f"a label from {', '.join(LABELS)}")
            rows.append({**row, "source": name})
    return rows


def challenge_items(cases, context: bool) -> list[SentenceItem]:
    """Each case's item, met alone in a small release or after its `context` sentence."""
    return [in_context(case["text"], case.get("context", "") if context else "")[0][-2] for case in cases]


def challenge_block(cases, proba, majority_label=None, items=None) -> dict:
    """A block for the challenge set from probabilities in LABELS order, with the imported part's macro-F1."""
    pred = [LABELS[i] for i in np.asarray(proba).argmax(axis=1)]
    gold = [case["label"] for case in cases]
    meta = [(case.get("id", "challenge"), 0, len(case["text"]), case["text"]) for case in cases]
    block = score_block(gold, pred, proba, LABELS, meta, majority_label, items, groups=list(range(len(cases))))
    imported = [i for i, case in enumerate(cases) if case.get("source") == CHALLENGE_FILES[0]]
    if imported and len(imported) < len(cases):
        block["imported"] = _short([gold[i] for i in imported], [pred[i] for i in imported])
        block["imported"]["n"] = len(imported)
    return block


def challenge_vocab(train, cases, *, kind="default", seed=0, **options) -> dict[str, dict]:
    """Train on all of `train`; score the challenge set from the text alone and with its context sentence."""
    items, y, _ = release_items(train)
    alone, with_context = challenge_items(cases, False), challenge_items(cases, True)
    _, proba, classes = _fit_predict(kind, seed, items, y, alone + with_context, **options)
    proba = _full_proba(proba, classes)
    n = len(cases)
    return {"challenge_vocab": challenge_block(cases, proba[:n], _majority(y), alone),
            "challenge_vocab_context": challenge_block(cases, proba[n:], _majority(y), with_context)}


def load_hard_cases(path=None) -> list[dict]:
    """The behavioural set: sentences written from docs/REAL-RELEASES.md's hard cases and cue lists, each with the
    label the guidelines give it (`annotations/challenge/hard_cases.jsonl`)."""
    rows = list(read_jsonl(path or HARD_CASES))
    for number, row in enumerate(rows, 1):
        if row.get("label") not in LABELS or not row.get("text"):
            raise AnnotationFormatError(f"{path or HARD_CASES}:{number}: a hard case needs 'text' and a label "
                                        f"from {', '.join(LABELS)}")
    return rows


def hard_cases(train, cases, *, kind="default", seed=0, **options) -> dict:
    """Train on all of `train`, label each hard case met in a small release: a block like the others."""
    items, y, _ = release_items(train)
    test_items = [in_a_release(case["text"])[0][2] for case in cases]
    _, proba, classes = _fit_predict(kind, seed, items, y, test_items, **options)
    proba = _full_proba(proba, classes)
    pred = [LABELS[i] for i in proba.argmax(axis=1)]
    meta = [(case.get("case", "hard case"), 0, len(case["text"]), case["text"]) for case in cases]
    return score_block([case["label"] for case in cases], pred, proba, LABELS, meta, _majority(y), test_items,
                       groups=list(range(len(cases))))


def shift_splits(releases) -> dict[str, tuple[list, list]]:
    """tidy + real (the seeds) -> real-voice, and real-voice -> tidy + real."""
    tidy = [r for r in releases if r.style != "real-voice"]
    voice = [r for r in releases if r.style == "real-voice"]
    return {"tidy_to_real_voice": (tidy, voice), "real_voice_to_tidy": (voice, tidy)}


def learning_curve(releases, *, kind="default", seed=0, n_splits=3, sizes=(8, 16, 32, 64, None), **options) -> dict:
    """Macro-F1 against the number of training releases (grouped folds; None = the whole training fold)."""
    items, y, groups = release_items(releases)
    y_arr, g_arr = np.asarray(y), np.asarray(groups)
    rng = np.random.default_rng(seed)
    folds = list(StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(items, y, groups))
    n_out, f_out, s_out = [], [], []
    for size in sizes:
        scores, used = [], 0
        for train_idx, test_idx in folds:
            train_groups = np.unique(g_arr[train_idx])
            used = len(train_groups) if size is None else min(size, len(train_groups))
            chosen = set(rng.choice(train_groups, size=used, replace=False))
            idx = [i for i in train_idx if g_arr[i] in chosen]
            if len(set(y_arr[idx])) < 2:
                continue
            model = build_classifier(kind, seed=seed, **options).fit([items[i] for i in idx], list(y_arr[idx]))
            pred = model.predict([items[i] for i in test_idx])
            scores.append(f1_score(y_arr[test_idx], pred, labels=LABELS, average="macro", zero_division=0))
        if scores:
            n_out.append(int(used))
            f_out.append(float(np.mean(scores)))
            s_out.append(float(np.std(scores)))
    return {"n_releases": n_out, "macro_f1": f_out, "std": s_out}


def evaluate_classifier(train, test=None, *, n_splits=5, seed=0, learning_curve=True, kind="default",
                        hard=True, **options) -> dict:
    """Grouped CV, the shift split both ways, an optional held-out test, the hard cases (`hard`) and a
    learning curve.

    >>> from nlp.annotations import load_dataset
    >>> metrics = evaluate_classifier(load_dataset(), learning_curve=False)  # doctest: +SKIP
    >>> round(metrics["grouped_cv"]["macro_f1"], 2)  # doctest: +SKIP
    0.95
    """
    do_curve = learning_curve
    out = {"kind": kind, "grouped_cv": grouped_cv(train, kind=kind, n_splits=n_splits, seed=seed, **options),
           "shift": {}}
    for name, (a, b) in shift_splits(train).items():
        if a and b:
            out["shift"][name] = holdout(a, b, kind=kind, seed=seed, **options)
    if test:
        out["test"] = holdout(train, test, kind=kind, seed=seed, **options)
    if hard and HARD_CASES.is_file():
        out["hard_cases"] = hard_cases(train, load_hard_cases(), kind=kind, seed=seed, **options)
    if hard and CHALLENGE_VOCAB.is_dir():
        out.update(challenge_vocab(train, load_challenge_vocab(), kind=kind, seed=seed, **options))
    if do_curve:
        out["learning_curve"] = globals()["learning_curve"](train, kind=kind, seed=seed, **options)
    return out


def compare_models(releases, seed=0, *, kinds=None, n_splits=5, options=None) -> list[dict]:
    """The model-selection table: grouped-CV and shift macro-F1, per-label F1 and fit time per kind.

    >>> from nlp.annotations import load_dataset
    >>> rows = compare_models(load_dataset(), kinds=["baseline"])  # doctest: +SKIP
    """
    rows = []
    items, y, _ = release_items(releases)
    for kind in kinds or [k for k in KINDS if k != "embeddings"]:
        extra = (options or {}).get(kind, {})
        cv = grouped_cv(releases, kind=kind, n_splits=n_splits, seed=seed, **extra)
        tidy, voice = shift_splits(releases)["tidy_to_real_voice"]
        shift = holdout(tidy, voice, kind=kind, seed=seed, **extra)
        started = time.perf_counter()
        build_classifier(kind, seed=seed, **extra).fit(items, y)
        rows.append({
            "model": kind,
            "grouped_cv_macro_f1": cv["macro_f1"],
            "shift_macro_f1": shift["macro_f1"],
            "per_label_f1": {label: cv["per_label"][label]["f1"] for label in LABELS},
            "shift_per_label_f1": {label: shift["per_label"][label]["f1"] for label in LABELS},
            "ece": cv["reliability"]["ece"],
            "fit_seconds": round(time.perf_counter() - started, 2),
        })
    return rows


def benchmark(releases, *, kind="default", seed=0, repeats=3, **options) -> dict:
    """Fit time on all releases and prediction speed (make_items + predict_proba, CPU seconds, one process).

    >>> from nlp.annotations import load_dataset
    >>> benchmark(load_dataset())["words_per_second"] > 80000  # doctest: +SKIP
    True
    """
    items, y, _ = release_items(releases)
    started, cpu = time.perf_counter(), time.process_time()
    model = build_classifier(kind, seed=seed, **options).fit(items, y)
    fit_wall, fit_cpu = time.perf_counter() - started, time.process_time() - cpu
    words = sum(len(r.text[s:e].split()) for r in releases for s, e, _ in r.sentences)
    best = float("inf")
    for _ in range(repeats):
        # Fresh caches each round, so repeated sentences are not free.
        for cached in (analyse, cues, split_clauses):
            cached.cache_clear()
        cpu = time.process_time()
        for release in releases:
            model.predict_proba(make_items(release.text, [(s, e) for s, e, _ in release.sentences], release.entities))
        best = min(best, time.process_time() - cpu)
    return {"kind": kind, "fit_seconds_wall": round(fit_wall, 2), "fit_seconds_cpu": round(fit_cpu, 2),
            "words": words, "predict_seconds_cpu": round(best, 3), "words_per_second": round(words / best),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def format_table(rows) -> str:
    """The comparison table as Markdown."""
    head = "| model | grouped-CV macro-F1 | shift macro-F1 | " + " | ".join(f"{l[:4]} F1 (cv/shift)" for l in LABELS) + \
        " | ECE | fit s |"
    lines = [head, "|" + " --- |" * (5 + len(LABELS))]
    for row in rows:
        per = " | ".join(f"{row['per_label_f1'][l]:.3f} / {row['shift_per_label_f1'][l]:.3f}" for l in LABELS)
        lines.append(f"| {row['model']} | {row['grouped_cv_macro_f1']:.3f} | {row['shift_macro_f1']:.3f} | {per} | "
                     f"{row['ece']:.3f} | {row['fit_seconds']:.1f} |")
    return "\n".join(lines)


def _summary(metrics: dict) -> str:
    lines = []
    blocks = [("grouped_cv", metrics["grouped_cv"])] + [(f"shift {k}", v) for k, v in metrics["shift"].items()]
    if "test" in metrics:
        blocks.append(("test", metrics["test"]))
    for name, block in blocks:
        per = ", ".join(f"{l} {block['per_label'][l]['f1']:.3f}" for l in LABELS)
        base = ", ".join(f"{k} {v['macro_f1']:.3f}" for k, v in block["baselines"].items())
        lines.append(f"{name}: macro-F1 {block['macro_f1']:.3f} acc {block['accuracy']:.3f} "
                     f"ECE {block.get('reliability', {}).get('ece', float('nan')):.3f} | {per} | baselines: {base}")
    if "learning_curve" in metrics:
        curve = metrics["learning_curve"]
        lines.append("learning curve: " + ", ".join(f"{n}: {f:.3f}±{s:.3f}" for n, f, s in
                                                    zip(curve["n_releases"], curve["macro_f1"], curve["std"])))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.classify.evaluation", description=__doc__)
    parser.add_argument("--kind", default="default", help="classifier kind (default, " + ", ".join(KINDS) + ")")
    parser.add_argument("--compare", nargs="*", metavar="KIND", help="print the model comparison table")
    parser.add_argument("--test", help="a directory of held-out releases in the exchange format")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-curve", action="store_true", help="skip the learning curve")
    parser.add_argument("--speed", action="store_true", help="measure fit time and prediction words/s")
    parser.add_argument("--out", help="write the metrics as JSON here")
    args = parser.parse_args(argv)
    releases = load_dataset()
    result: object
    if args.speed:
        result = benchmark(releases, kind=args.kind, seed=args.seed)
        print(result)
    elif args.compare is not None:
        rows = compare_models(releases, seed=args.seed, kinds=args.compare or None, n_splits=args.folds)
        print(format_table(rows))
        result = rows
    else:
        test = load_shared_dir(args.test) if args.test else None
        result = evaluate_classifier(releases, test, n_splits=args.folds, seed=args.seed,
                                     learning_curve=not args.no_curve, kind=args.kind)
        print(_summary(result))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
