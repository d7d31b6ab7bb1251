"""Entity evaluation on unseen releases: grouped cross-validation, the style-shift split, fact accuracy.

    .venv/bin/python -m nlp.entities.evaluation 5                         # the default pipeline (rules only)
    .venv/bin/python -m nlp.entities.evaluation 5 --order rules_first     # + the ner on open sentences
    .venv/bin/python -m nlp.entities.evaluation 5 --order rules_first --no-gate
    .venv/bin/python -m nlp.entities.evaluation 5 --order ner_first --json

Spans are scored strictly (same start, end and label). Facts are scored per release against
annotations/facts.jsonl, with the gold sentence labels standing in for the classifier's.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sklearn.model_selection import GroupKFold

from ..annotations import load_dataset
from ..vocab import ENTITY_LABELS, entity_spans
from .facts import _same_place, aspect_words, aspects_in, extract_facts
from .normalise import service_place
from .pipeline import train_pipeline
from .roles import MODES, SLOTS, fit_roles

FACT_FIELDS = ("service", "service_type", "overall_rating", "ratings", "published", "fieldwork",
               "recommendations_count", "services")
def ratings_match(gold: list[dict], predicted: list[dict]) -> bool:
    """Loose match of aspect ratings: one-to-one, same rating, and aspect words in common.

    The gold's aspect is the release's words, the prediction's the aspect table's name: they match where they
    share a word, or where the table reads the gold's words as the predicted aspect ("through-the-gate services"
    / "Through the Gate", "work to help children leaving custody" / "resettlement policy and provision").

    >>> ratings_match([{"aspect": "statutory victim work", "rating": "Good"}],
    ...               [{"aspect": "work with victims", "rating": "Good"}])
    True
    >>> ratings_match([{"aspect": "through-the-gate services", "rating": "Good"}],
    ...               [{"aspect": "Through the Gate", "rating": "Good"}])
    True
    """
    left = list(predicted)
    for item in gold:
        named = set(aspects_in(item["aspect"]))
        hit = next((p for p in left if p["rating"] == item["rating"] and (
            aspect_words(p["aspect"]) & aspect_words(item["aspect"]) or p["aspect"] in named)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": tp + fn}


def _predicted_fact(facts: Mapping[str, Any], field: str):
    if field == "service":
        return (facts["service"] or {}).get("name")
    if field == "service_type":
        return (facts["service"] or {}).get("type")
    if field == "recommendations_count":
        return facts["recommendations"]["count"]
    if field == "services":
        return [{"name": item["name"], "overall_rating": item["overall_rating"]} for item in facts["services"]]
    return facts[field]


def services_match(gold: list[dict], predicted: list[dict]) -> bool:
    """Every inspected service, in order: the same place and the same overall rating.

    >>> services_match([{"name": "Leeds Probation Delivery Unit", "overall_rating": "Good"}],
    ...                [{"name": "Leeds PDU", "overall_rating": "Good"}])
    True
    """
    return len(gold) == len(predicted) and all(
        _same_place(service_place(g["name"]), service_place(p["name"])) and g.get("overall_rating") == p.get("overall_rating")
        for g, p in zip(gold, predicted))


def fact_matches(field: str, want, got) -> bool:
    """Whether the extracted fact ``got`` counts as the gold ``want`` (aspect ratings loosely, `ratings_match`;
    services by place and rating, `services_match`; the rest equal).

    >>> fact_matches("ratings", None, []), fact_matches("published", "2024-03-06", None)
    (True, False)
    """
    if field == "ratings":
        return ratings_match(want or [], got or [])
    if field == "services":
        return services_match(want or [], got or [])
    return got == want


def score(releases, docs, roles=None) -> dict:
    """The entity block for predicted ``docs`` of ``releases``: per-label and micro P/R/F, facts, errors.

    ``roles``: the role model for the facts (one for all, or a list, one per release); None for the rules alone.
    A fact is scored on the releases whose gold states it (``services`` only where the gold lists them).

    >>> from nlp.annotations import load_dataset
    >>> from nlp.entities import build_pipeline
    >>> rel = load_dataset()[:2]
    >>> block = score(rel, list(build_pipeline(ner=False).pipe(r.text for r in rel)))
    >>> block["micro"]["f1"] > 0.8
    True
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors, fact_errors = [], []
    facts_counts: dict[str, Counter[str]] = {f: Counter() for f in FACT_FIELDS}
    role_list = roles if isinstance(roles, list) else [roles] * len(releases)
    for release, doc, role_model in zip(releases, docs, role_list):
        predicted = set(entity_spans(doc.ents))
        gold = set(release.entities)
        for item in predicted & gold:
            tp[item[2]] += 1
        pred_spans = {(s, e): label for s, e, label in predicted}
        gold_spans = {(s, e): label for s, e, label in gold}
        for item in predicted - gold:
            fp[item[2]] += 1
        for item in gold - predicted:
            fn[item[2]] += 1
        for span in sorted(set(pred_spans) | set(gold_spans)):
            if pred_spans.get(span) != gold_spans.get(span):
                errors.append({"release": release.id, "start": span[0], "end": span[1],
                               "text": release.text[span[0]:span[1]], "gold": gold_spans.get(span),
                               "predicted": pred_spans.get(span)})
        if release.facts:
            facts = extract_facts(doc, release.sentences, role_model)
            for field in FACT_FIELDS:
                if field == "services" and release.facts.get(field) is None:
                    continue
                want = release.facts.get(field)
                got = _predicted_fact(facts, field)
                counts = facts_counts[field]
                counts["n"] += 1
                if field == "ratings":
                    want, got = want or [], got or []
                if fact_matches(field, want, got):
                    counts["correct"] += 1
                    continue
                counts["null" if not got and got != 0 else "wrong_nonnull"] += 1
                fact_errors.append({"release": release.id, "field": field, "gold": want, "predicted": got})
    per_label = {label: _prf(tp[label], fp[label], fn[label]) for label in ENTITY_LABELS}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    facts_block = {field: {"accuracy": round(c["correct"] / c["n"], 4) if c["n"] else None, "n": c["n"],
                           "correct": c["correct"], "wrong_nonnull": c["wrong_nonnull"], "null": c["null"]}
                   for field, c in facts_counts.items()}
    return {"per_label": per_label, "micro": micro, "facts": facts_block, "errors": errors,
            "fact_errors": fact_errors}


def compare_fact_modes(train, tests: dict | None = None, *, n_splits: int = 5, seed: int = 0, roles_extra=()) -> dict:
    """Facts by the rules alone against the rules with the role model (`roles.py`), slot by slot.

    Grouped cross-validation on ``train`` (folds by release; the pipeline and the role model fitted on the
    other folds), then each named test set in ``tests`` with both fitted on all of ``train``. The role model also
    learns from ``roles_extra`` (the served held-out sets, `annotations.load_served`), in every fold. ``modes``
    keeps, per slot, the mode `choose_modes` picks from the grouped CV; on the test sets, ``shipped`` scores
    those modes together (what `inspection-nlp train` ships). Every block holds ``rules``, ``hybrid`` (the
    rules with the role model) and ``classifier`` (the role model alone), each ``{"facts", "fact_errors"}``.

    >>> from nlp.annotations import load_dataset
    >>> compare_fact_modes(load_dataset(), n_splits=3)["modes"]  # doctest: +SKIP
    """
    def both(releases, docs, models, chosen=None):
        out = {}
        for mode in MODES + (("shipped",) if chosen else ()):
            for model in models:
                model.modes = chosen if mode == "shipped" else {slot: mode for slot in SLOTS}
            block = score(releases, docs, models)
            out[mode] = {"facts": block["facts"], "fact_errors": block["fact_errors"]}
        return out

    train = list(train)
    releases, docs, models = [], [], []
    for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(train, groups=[r.id for r in train]):
        fold = [train[i] for i in train_idx]
        held = [train[i] for i in test_idx]
        nlp, model = train_pipeline(fold, seed=seed), fit_roles(fold + list(roles_extra))
        releases += held
        docs += list(nlp.pipe(r.text for r in held))
        models += [model] * len(held)
    result = {"grouped_cv": both(releases, docs, models)}
    cv = result["grouped_cv"]
    fields = {"service": "service", "overall_rating": "overall_rating", "ratings": "ratings",
              "published": "published", "fieldwork": "fieldwork"}
    result["modes"] = choose_modes(result["grouped_cv"])
    if tests:
        nlp, model = train_pipeline(train, seed=seed), fit_roles(train + list(roles_extra))
        for name, test in tests.items():
            test = list(test)
            result[name] = both(test, list(nlp.pipe(r.text for r in test)), [model] * len(test), result["modes"])
    return result


def choose_modes(block: dict) -> dict[str, str]:
    """Per slot, "hybrid" where the rules with the role model are at least as accurate as the rules alone in
    ``block`` (grouped CV) with no more wrong non-null values; else "rules". The hybrid only acts where the
    rules are silent or the model is sure they picked the wrong mention, so a tie means the rules' answers
    stand where they have one."""
    rules, hybrid = block["rules"]["facts"], block["hybrid"]["facts"]
    return {slot: "hybrid" if (hybrid[slot]["accuracy"] or 0) >= (rules[slot]["accuracy"] or 0)
            and hybrid[slot]["wrong_nonnull"] <= rules[slot]["wrong_nonnull"] else "rules" for slot in SLOTS}


def _train_and_score(train, test, seed: int, options: dict) -> tuple[list, list]:
    nlp = train_pipeline(train, seed=seed, **options)
    return list(test), list(nlp.pipe(r.text for r in test))


def evaluate_entities(train, test=None, *, n_splits: int = 5, seed: int = 0, **options) -> dict:
    """Grouped cross-validation (folds by release), the shift split and, if ``test`` is given, a test block.

    >>> from nlp.annotations import load_dataset
    >>> metrics = evaluate_entities(load_dataset(), n_splits=3)  # doctest: +SKIP
    >>> metrics["grouped_cv"]["micro"]["f1"]  # doctest: +SKIP
    0.97
    """
    train = list(train)
    out = {}
    groups = [r.id for r in train]
    all_releases, all_docs = [], []
    for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(train, groups=groups):
        rel, docs = _train_and_score([train[i] for i in train_idx], [train[i] for i in test_idx], seed, options)
        all_releases += rel
        all_docs += docs
    out["grouped_cv"] = score(all_releases, all_docs)
    voice = [r for r in train if r.style == "real-voice"]
    rest = [r for r in train if r.style != "real-voice"]
    out["shift"] = {}
    if voice and rest:
        out["shift"]["tidy_to_real_voice"] = score(*_train_and_score(rest, voice, seed, options))
        out["shift"]["real_voice_to_tidy"] = score(*_train_and_score(voice, rest, seed, options))
    if test is not None:
        out["test"] = score(*_train_and_score(train, list(test), seed, options))
    return out


def summary_table(metrics: dict) -> str:
    """A short plain-text table of micro/per-label F1 and fact accuracy for each block."""
    blocks = {"grouped_cv": metrics.get("grouped_cv")}
    blocks.update({f"shift:{k}": v for k, v in metrics.get("shift", {}).items()})
    if "test" in metrics:
        blocks["test"] = metrics["test"]
    lines = []
    for name, block in blocks.items():
        if not block:
            continue
        labels = " ".join(f"{k}={v['f1']:.3f}" for k, v in block["per_label"].items())
        facts = " ".join(f"{k}={v['accuracy']}" for k, v in block["facts"].items())
        lines.append(f"{name}: micro F1={block['micro']['f1']:.3f} {labels}\n    facts: {facts}")
    return "\n".join(lines)


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    numbers = [a for a in argv if a.isdigit()]
    n_splits = int(numbers[0]) if numbers else 5
    options = {}
    if "--order" in argv:
        options["order"] = argv[argv.index("--order") + 1]
    if "--no-gate" in argv:
        options["gated"] = False
    metrics = evaluate_entities(load_dataset(), n_splits=n_splits, **options)
    print(summary_table(metrics))
    if "--json" in argv:
        print(json.dumps(metrics, indent=1))


if __name__ == "__main__":
    main()
