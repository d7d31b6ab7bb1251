"""Inter-annotator agreement on sentence labels, and the review step that adjudicates disagreements.

Cohen's kappa for two annotators, Krippendorff's alpha (nominal) for any number, the per-label
confusion (two annotators) or coincidence matrix (any number), and per-label specific agreement.
Input is sentence annotation lines (`annotations/sentences.jsonl` or files in its format); undone
lines are dropped and adjudicated lines left out, since they are the gold, not a vote.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from .annotate import Item, Progress
from .annotations import ANNOTATIONS_DIR, SENTENCE_LABELS, live_records, read_sentence_records
from .corpus import CORPUS_DIR, Corpus
from .errors import AnnotationFormatError

Unit = tuple[str, int, int]  # (release, start, end)


def votes_by_annotator(rows: list[dict]) -> dict[str, dict[Unit, str]]:
    """Each annotator's standing label per sentence (the last one, undos applied, adjudications left out).

    >>> votes_by_annotator([{"release": "a", "start": 0, "end": 4, "label": "NEUTRAL", "annotator": "kim"}])
    {'kim': {('a', 0, 4): 'NEUTRAL'}}
    """
    out: dict[str, dict[Unit, str]] = {}
    for row in live_records(rows):
        if row.get("adjudicated"):
            continue
        out.setdefault(row.get("annotator") or "?", {})[(row["release"], row["start"], row["end"])] = row["label"]
    return out


def read_votes(paths: Sequence[str | Path]) -> dict[str, dict[Unit, str]]:
    """Votes from one or more sentence files; an annotator name found in several files is qualified by
    the file name ("a.jsonl:kim"), so two files by "gold" still count as two annotators.
    """
    per_file = [(Path(p), votes_by_annotator(read_sentence_records(Path(p)))) for p in paths]
    seen = Counter(name for _, votes in per_file for name in votes)
    out: dict[str, dict[Unit, str]] = {}
    for path, votes in per_file:
        for name, labels in votes.items():
            out[f"{path.name}:{name}" if seen[name] > 1 else name] = labels
    return out


def cohen_kappa(a: dict[Unit, str], b: dict[Unit, str]) -> float:
    """Cohen's kappa over the units both annotators labelled: (p_o - p_e) / (1 - p_e).

    >>> a = {1: "S", 2: "S", 3: "W", 4: "W"}
    >>> b = {1: "S", 2: "W", 3: "W", 4: "W"}
    >>> cohen_kappa(a, b)
    0.5
    """
    shared = sorted(set(a) & set(b), key=str)
    if not shared:
        return math.nan
    n = len(shared)
    observed = sum(a[u] == b[u] for u in shared) / n
    count_a, count_b = Counter(a[u] for u in shared), Counter(b[u] for u in shared)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1:
        return math.nan  # one label throughout: agreement is not measurable
    return (observed - expected) / (1 - expected)


def coincidence(votes: dict[str, dict[Unit, str]], labels: list[str]) -> list[list[float]]:
    """Krippendorff's coincidence matrix: each pairable unit with m values adds 1/(m-1) per ordered pair."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0.0] * len(labels) for _ in labels]
    for values in _units(votes).values():
        m = len(values)
        if m < 2:
            continue
        for i, j in ((i, j) for i in range(m) for j in range(m) if i != j):
            matrix[index[values[i]]][index[values[j]]] += 1 / (m - 1)
    return matrix


def krippendorff_alpha(votes: dict[str, dict[Unit, str]]) -> float:
    """Krippendorff's alpha for nominal data, any number of annotators, missing values allowed.

    alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k

    >>> krippendorff_alpha({"a": {1: "S", 2: "S", 3: "W", 4: "W"}, "b": {1: "S", 2: "W", 3: "W", 4: "W"}})
    0.5333333333333333
    """
    labels = _labels(votes)
    matrix = coincidence(votes, labels)
    totals = [sum(row) for row in matrix]
    n = sum(totals)
    if n <= 1:
        return math.nan
    disagree = sum(matrix[c][k] for c in range(len(labels)) for k in range(len(labels)) if c != k)
    expected = n * n - sum(t * t for t in totals)
    if expected == 0:
        return math.nan
    return 1 - (n - 1) * disagree / expected


def agreement(votes: dict[str, dict[Unit, str]]) -> dict:
    """The agreement report: annotators, units, observed agreement, kappa (two annotators; pairwise
    otherwise), alpha, the confusion (two) and coincidence matrices, and per-label specific agreement.

    >>> report = agreement({"a": {1: "S", 2: "W"}, "b": {1: "S", 2: "S"}})
    >>> report["observed"], report["kappa"]
    (0.5, 0.0)
    """
    annotators = sorted(votes)
    if len(annotators) < 2:
        raise AnnotationFormatError(
            f"agreement needs at least two annotators; found {len(annotators)} ({', '.join(annotators) or 'none'})")
    labels = _labels(votes)
    units = {u: v for u, v in _units(votes).items() if len(v) >= 2}
    pairs = [(a, b) for a, b in combinations(annotators, 2)]
    pair_agree = [sum(x == y for x, y in combinations(v, 2)) for v in units.values()]
    pair_total = [len(v) * (len(v) - 1) // 2 for v in units.values()]
    matrix = coincidence(votes, labels)
    totals = [sum(row) for row in matrix]
    report = {
        "annotators": annotators,
        "labels": labels,
        "units": len(units),
        "units_per_annotator": {a: len(votes[a]) for a in annotators},
        "observed": sum(pair_agree) / sum(pair_total) if units else math.nan,
        "kappa": cohen_kappa(votes[annotators[0]], votes[annotators[1]]) if len(annotators) == 2 else None,
        "pairwise_kappa": {f"{a} / {b}": cohen_kappa(votes[a], votes[b]) for a, b in pairs},
        "alpha": krippendorff_alpha(votes),
        "coincidence": {"labels": labels, "matrix": matrix},
        "per_label": {label: {"agreement": (matrix[i][i] / totals[i]) if totals[i] else math.nan,
                              "values": totals[i]} for i, label in enumerate(labels)},
    }
    if len(annotators) == 2:
        a, b = annotators
        shared = set(votes[a]) & set(votes[b])
        index = {label: i for i, label in enumerate(labels)}
        confusion = [[0] * len(labels) for _ in labels]
        for unit in shared:
            confusion[index[votes[a][unit]]][index[votes[b][unit]]] += 1
        report["confusion"] = {"rows": a, "columns": b, "labels": labels, "matrix": confusion}
    return report


def _labels(votes: dict[str, dict[Unit, str]]) -> list[str]:
    found = {label for labels in votes.values() for label in labels.values()}
    return [label for label in SENTENCE_LABELS if label in found] + sorted(found - set(SENTENCE_LABELS))


def _units(votes: dict[str, dict[Unit, str]]) -> dict[Unit, list[str]]:
    units: dict[Unit, list[str]] = {}
    for name in sorted(votes):
        for unit, label in votes[name].items():
            units.setdefault(unit, []).append(label)
    return units


def disagreements(rows: list[dict]) -> list[tuple[Unit, dict[str, str]]]:
    """Sentences whose annotators disagree and that no one has adjudicated yet, in document order.

    >>> rows = [{"release": "a", "start": 0, "end": 4, "label": "NEUTRAL", "annotator": "kim"},
    ...         {"release": "a", "start": 0, "end": 4, "label": "STRENGTH", "annotator": "lee"}]
    >>> disagreements(rows)
    [(('a', 0, 4), {'kim': 'NEUTRAL', 'lee': 'STRENGTH'})]
    """
    adjudicated = {(r["release"], r["start"], r["end"]) for r in live_records(rows) if r.get("adjudicated")}
    votes = votes_by_annotator(rows)
    by_unit: dict[Unit, dict[str, str]] = {}
    for name in sorted(votes):
        for unit, label in votes[name].items():
            by_unit.setdefault(unit, {})[name] = label
    return [(unit, v) for unit, v in sorted(by_unit.items())
            if unit not in adjudicated and len(set(v.values())) > 1]


def plan_review(corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                files: Sequence[str | Path] | None = None) -> tuple[list[Item], Progress]:
    """The disagreements to adjudicate as session items: the majority label is the suggestion, its share
    of the votes the score, the votes shown. Adjudicated lines go to annotations_dir/sentences.jsonl.

    >>> items, progress = plan_review()  # doctest: +SKIP
    """
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    paths = [Path(p) for p in files] if files else [root / "sentences.jsonl"]
    rows = [row for p in paths if p.exists() for row in read_sentence_records(p)]
    if files and (root / "sentences.jsonl").exists() and root / "sentences.jsonl" not in paths:
        # adjudications already written count even when the votes come from other files
        own = read_sentence_records(root / "sentences.jsonl")
        judges = {r.get("annotator") for r in own if r.get("adjudicated")}
        rows += [r for r in own if r.get("adjudicated") or (r.get("type") and r.get("annotator") in judges)]
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    spans: dict[str, set[tuple[int, int]]] = {}
    for row in live_records(rows):
        spans.setdefault(row["release"], set()).add((row["start"], row["end"]))
    items: list[Item] = []
    releases = {}
    for (release_id, start, end), votes in disagreements(rows):
        if release_id not in releases:
            releases[release_id] = (corpus.get(release_id), sorted(spans[release_id]))
        release, sentences = releases[release_id]
        counts = Counter(votes.values()).most_common()
        majority = counts[0][0] if len(counts) == 1 or counts[0][1] > counts[1][1] else None
        items.append(Item(release, sentences, sentences.index((start, end)), majority,
                          counts[0][1] / len(votes) if majority else None, votes=dict(votes)))
    return items, {"total": len(items), "done": 0, "labels": Counter()}


__all__ = ["votes_by_annotator", "read_votes", "cohen_kappa", "krippendorff_alpha", "coincidence", "agreement",
           "disagreements", "plan_review"]
