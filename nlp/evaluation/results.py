"""What an evaluation result holds and how it is walked: the file names, the settings and their names, and
the flat views of a result (figures without the errors, errors as rows). Imports none of the other
evaluation modules; `run`, `markdown`, `plots` and the CLI read a result through it. Its shape is
`nlp.types.EvaluationResult`.
"""

from __future__ import annotations

from typing import Any

from ..types import EvaluationResult

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


def iter_settings_keyed(section: dict | None):
    """(key, block) for each setting of a section (see `iter_settings`)."""
    for key, _, block in iter_settings(section):
        yield key, block


def fact_blocks(facts: dict | None):
    """(set name, {mode: block}) for each set of the facts comparison, grouped CV first."""
    return [(name, modes) for name, modes in (facts or {}).items() if name != "modes"]


def shipped_test_facts(result: Any) -> dict | None:
    """The facts of the shipped modes on the held-out sets, pooled (correct, wrong and missing summed over the
    sets): what `summarise` gives there. The entity section's own ``test`` facts are the rules alone. None when
    the result has no facts comparison on a held-out set.

    >>> row = {"accuracy": 1.0, "n": 2, "correct": 2, "wrong_nonnull": 0, "null": 0}
    >>> facts = {"modes": {}, "grouped_cv": {"rules": {}}, "a": {"shipped": {"facts": {"service": row}}},
    ...          "b": {"shipped": {"facts": {"service": {**row, "correct": 1, "null": 1}}}}}
    >>> shipped_test_facts({"facts": facts})["service"]
    {'accuracy': 0.75, 'n': 4, 'correct': 3, 'wrong_nonnull': 0, 'null': 1}
    """
    sets = [modes["shipped"]["facts"] for _, modes in fact_blocks((result or {}).get("facts")) if "shipped" in modes]
    if not sets:
        return None
    pooled = {}
    for field in sets[0]:
        rows = [s.get(field) or {} for s in sets]
        n, correct = sum(r.get("n", 0) for r in rows), sum(r.get("correct", 0) for r in rows)
        pooled[field] = {"accuracy": round(correct / n, 4) if n else None, "n": n, "correct": correct,
                         "wrong_nonnull": sum(r.get("wrong_nonnull", 0) for r in rows),
                         "null": sum(r.get("null", 0) for r in rows)}
    return pooled


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
    "score"} (entities carry no score: null), then {"task": "fact", "setting", "mode", "release", "field", "gold",
    "predicted"} for each wrong per-release fact: ``mode`` says which facts were scored, "rules" (the rules alone,
    in the entity settings) or the mode of the facts comparison ("rules", "hybrid", "classifier", "shipped"), so
    the held-out test's rows are never read as the shipped modes' errors.

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
            rows.append({"task": "fact", "setting": key, "mode": "rules", "release": error["release"],
                         "field": error["field"], "gold": error["gold"], "predicted": error["predicted"]})
    for name, modes in fact_blocks(result.get("facts")):
        for mode, block in modes.items():
            for error in block.get("fact_errors") or []:
                rows.append({"task": "fact", "setting": f"facts:{name}:{mode}", "mode": mode,
                             "release": error["release"], "field": error["field"], "gold": error["gold"],
                             "predicted": error["predicted"]})
    return rows


def _round(value, digits: int = 4):
    return round(float(value), digits) if isinstance(value, (int, float)) else value
