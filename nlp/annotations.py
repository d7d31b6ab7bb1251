"""Gold annotations: sentence labels, entity spans and per-release facts, as documented JSONL.

Files under `annotations/` (see annotations/README.md):

- `sentences.jsonl`: one line per decision `{"release", "start", "end", "text", "label", "annotator",
  "time", ...}`; a later line for the same sentence replaces an earlier one, and an adjudicated line
  (`"adjudicated": true`) beats any other.
- `entities.jsonl`: one line per release `{"release", "spans": [{"start", "end", "label", "text"}], ...}`;
  the last line for a release wins. A line with `"start"` and `"end"` (written by `annotate entities`)
  covers one sentence only: it replaces the spans inside that range and leaves the rest.
- `facts.jsonl`: one line per release with the summary's gold facts `{"release", "service", "service_type",
  "overall_rating", "ratings", "published", "fieldwork", "recommendations_count", "annotator", "time"}`; the
  last live line for a release wins (`annotate facts` writes them).

Files are only ever appended to by the annotation tools. An undo is a retraction line
`{"type": "undo", "release", "start", "end", "annotator", "time"}` that cancels the latest live line
of that annotator for that range; nothing is rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import OGL, PROJECT_ROOT, SYNTHETIC, Corpus, atomic_write_text, dumps_jsonl, read_jsonl, title_of
from .errors import AnnotationFormatError, NotAReleaseError
from .vocab import ENTITY_LABELS, RATINGS, SENTENCE_LABELS, SERVICE_TYPES

ANNOTATIONS_DIR = PROJECT_ROOT / "annotations"
RATING_TERMS = RATINGS  # the scale's older name here (nlp.vocab.RATINGS), for code written against it
FACT_FIELDS = ("service", "service_type", "overall_rating", "ratings", "published", "fieldwork", "recommendations_count")
# Facts a line may add (not walked by `annotate facts`): `services`, every inspected service of a release that
# covers several, in order, each {name, short, type, overall_rating, ratings}.
EXTRA_FACT_FIELDS = ("services",)


@dataclass
class AnnotatedRelease:
    """A release with its gold: sentence spans and labels, entity spans, facts."""

    id: str
    text: str
    style: str = ""
    sentences: list[tuple[int, int, str]] = field(default_factory=list)
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    # Where entity spans were annotated: None for the whole text, else the (start, end) ranges checked
    # (empty when no one has annotated the release's entities). Outside them, no span does not mean no entity.
    entity_coverage: list[tuple[int, int]] | None = None


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def append_jsonl(path: Path, row: dict) -> None:
    """Append one record and flush it to disk at once, so a killed process loses nothing answered."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _check(row: dict, keys: tuple[str, ...], path: Path, number: int) -> None:
    missing = [key for key in keys if key not in row]
    if missing:
        raise AnnotationFormatError(f"{path}:{number}: missing field(s) {', '.join(missing)}")


UNDO = "undo"


def is_undo(row: dict) -> bool:
    """True for a retraction line (`{"type": "undo", ...}`) rather than a decision."""
    return row.get("type") == UNDO


def read_sentence_records(path: Path) -> list[dict]:
    """All sentence lines in a file, validated (labels, offsets); undo lines included, see live_records."""
    rows = read_jsonl(path)
    for number, row in enumerate(rows, 1):
        if is_undo(row):
            _check(row, ("release", "start", "end", "annotator"), path, number)
            continue
        _check(row, ("release", "start", "end", "label"), path, number)
        if row["label"] not in SENTENCE_LABELS:
            raise AnnotationFormatError(f"{path}:{number}: unknown label {row['label']!r}")
        if not (isinstance(row["start"], int) and isinstance(row["end"], int) and 0 <= row["start"] < row["end"]):
            raise AnnotationFormatError(f"{path}:{number}: bad offsets {row['start']!r}-{row['end']!r}")
    return rows


def _iso(value, fmt: str) -> bool:
    try:
        dt.datetime.strptime(value, fmt)
    except (TypeError, ValueError):
        return False
    return len(value) == len(dt.date(2000, 1, 1).strftime(fmt))  # strptime accepts "2024-5-8"


def fact_problem(name: str, value) -> str | None:
    """Why `value` cannot be the gold fact `name` (a field of FACT_FIELDS), or None when it can.

    >>> fact_problem("published", "2024-05-08"), fact_problem("fieldwork", "2024-13")
    (None, "'2024-13' is not an ISO month YYYY-MM")
    """
    if value is None:
        return None
    if name == "service":
        return None if isinstance(value, str) and value.strip() else f"{value!r} is not a service name"
    if name == "service_type":
        return None if value in SERVICE_TYPES else f"{value!r} is not one of {', '.join(SERVICE_TYPES)}"
    if name == "overall_rating":
        return None if value in RATINGS else f"{value!r} is not one of {', '.join(RATINGS)}"
    if name == "ratings":
        if not isinstance(value, list):
            return f"{value!r} is not a list of {{aspect, rating}}"
        for item in value:
            if not (isinstance(item, dict) and set(item) == {"aspect", "rating"} and isinstance(item["aspect"], str)
                    and item["aspect"].strip() and item["rating"] in RATINGS):
                return f"{item!r} is not {{\"aspect\": ..., \"rating\": one of {', '.join(RATINGS)}}}"
        return None
    if name == "published":
        return None if _iso(value, "%Y-%m-%d") else f"{value!r} is not an ISO date YYYY-MM-DD"
    if name == "fieldwork":
        return None if _iso(value, "%Y-%m") else f"{value!r} is not an ISO month YYYY-MM"
    if name == "recommendations_count":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else f"{value!r} is not a count (an integer, 0 or more)"
    if name == "services":
        if not isinstance(value, list):
            return f"{value!r} is not a list of services"
        for item in value:
            if not isinstance(item, dict) or set(item) != {"name", "short", "type", "overall_rating", "ratings"}:
                return f"{item!r} is not {{name, short, type, overall_rating, ratings}}"
            problem = (fact_problem("service", item["name"]) or fact_problem("service_type", item["type"])
                       or fact_problem("overall_rating", item["overall_rating"]) or fact_problem("ratings", item["ratings"]))
            if problem:
                return problem
    return None


def read_fact_records(path: Path) -> list[dict]:
    """All lines of a facts file, validated (field values as in fact_problem); undo lines included."""
    rows = read_jsonl(path)
    for number, row in enumerate(rows, 1):
        _check(row, ("release", "annotator") if is_undo(row) else ("release",), path, number)
        if not isinstance(row["release"], str):
            raise AnnotationFormatError(f"{path}:{number}: release must be a corpus id, not {row['release']!r}")
        if is_undo(row):
            continue
        for name in FACT_FIELDS + EXTRA_FACT_FIELDS:
            problem = fact_problem(name, row.get(name))
            if problem:
                raise AnnotationFormatError(f"{path}:{number}: {name}: {problem}")
    return rows


def resolve_facts(rows: list[dict]) -> dict[str, dict]:
    """Gold facts per release: its last live line wins (undo lines retract, as in live_records).

    >>> rows = [{"release": "a", "overall_rating": "Good", "annotator": "gold"},
    ...         {"release": "a", "overall_rating": "Inadequate", "annotator": "kim"},
    ...         {"type": "undo", "release": "a", "annotator": "kim"}]
    >>> resolve_facts(rows)["a"]["overall_rating"]
    'Good'
    """
    return {row["release"]: {**{name: row.get(name) for name in FACT_FIELDS},
                             **{name: row[name] for name in EXTRA_FACT_FIELDS if name in row}}
            for row in live_records(rows)}


def live_records(rows: list[dict]) -> list[dict]:
    """The decision lines still standing, in file order: each undo line removes its annotator's latest
    live line for the same (release, start, end).

    >>> rows = [{"release": "a", "start": 0, "end": 5, "label": "NEUTRAL", "annotator": "kim"},
    ...         {"type": "undo", "release": "a", "start": 0, "end": 5, "annotator": "kim"}]
    >>> live_records(rows)
    []
    """
    stacks: dict[tuple, list[int]] = {}
    dead: set[int] = set()
    for number, row in enumerate(rows):
        key = (row.get("release"), row.get("start"), row.get("end"), row.get("annotator"))
        if is_undo(row):
            if stacks.get(key):
                dead.add(stacks[key].pop())
        else:
            stacks.setdefault(key, []).append(number)
    return [row for number, row in enumerate(rows) if number not in dead and not is_undo(row)]


def resolve_sentences(rows: list[dict]) -> dict[str, dict[tuple[int, int], str]]:
    """Gold label per (release, start, end): the last live decision, an adjudicated one beating all others."""
    gold: dict[str, dict[tuple[int, int], str]] = {}
    adjudicated: set[tuple[str, int, int]] = set()
    for row in live_records(rows):
        key = (row["release"], row["start"], row["end"])
        if key in adjudicated and not row.get("adjudicated"):
            continue
        if row.get("adjudicated"):
            adjudicated.add(key)
        gold.setdefault(row["release"], {})[(row["start"], row["end"])] = row["label"]
    return gold


def entity_coverage(rows: list[dict]) -> dict[str, list[tuple[int, int]] | None]:
    """Per release, where its entities were annotated: None for the whole text (a release line), else the
    sentence ranges of sentence lines, undos applied.

    >>> entity_coverage([{"release": "a", "start": 8, "end": 20, "spans": []}, {"release": "b", "spans": []}])
    {'a': [(8, 20)], 'b': None}
    """
    out: dict[str, list[tuple[int, int]] | None] = {}
    for row in live_records(rows):
        if row.get("start") is None:
            out[row["release"]] = None
        elif (ranges := out.setdefault(row["release"], [])) is not None:
            ranges.append((row["start"], row["end"]))
    return {release: None if ranges is None else sorted(set(ranges)) for release, ranges in out.items()}


def resolve_entities(rows: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    """Gold entity spans per release: release lines replace everything, sentence lines (with start/end)
    replace the spans inside their range; undo lines retract, as in live_records.

    >>> rows = [{"release": "a", "spans": [{"start": 0, "end": 3, "label": "DATE"}, {"start": 10, "end": 12, "label": "RATING"}]},
    ...         {"release": "a", "start": 8, "end": 20, "spans": [{"start": 14, "end": 18, "label": "AGENCY"}], "annotator": "kim"}]
    >>> resolve_entities(rows)["a"]
    [(0, 3, 'DATE'), (14, 18, 'AGENCY')]
    """
    gold: dict[str, list[tuple[int, int, str]]] = {}
    for row in live_records(rows):
        spans = [(s["start"], s["end"], s["label"]) for s in row.get("spans", [])]
        if row.get("start") is None:
            gold[row["release"]] = spans
            continue
        lo, hi = row["start"], row["end"]
        kept = [span for span in gold.get(row["release"], []) if not (lo <= span[0] and span[1] <= hi)]
        gold[row["release"]] = kept + spans
    return {release: sorted(spans) for release, spans in gold.items()}


def load_dataset(corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                 require_sentences: bool = True) -> list[AnnotatedRelease]:
    """Every corpus release that has gold sentence labels, with its entities and facts, sorted by id.

    >>> releases = load_dataset()
    >>> len(releases) >= 144
    True
    """
    corpus = Corpus(corpus_dir or PROJECT_ROOT / "corpus")
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    sentences_path = root / "sentences.jsonl"
    gold = resolve_sentences(read_sentence_records(sentences_path)) if sentences_path.exists() else {}
    entities, coverage = {}, {}
    if (root / "entities.jsonl").exists():
        entity_rows = read_jsonl(root / "entities.jsonl")
        entities, coverage = resolve_entities(entity_rows), entity_coverage(entity_rows)
    facts = resolve_facts(read_fact_records(root / "facts.jsonl")) if (root / "facts.jsonl").exists() else {}
    out = []
    for release in corpus.releases():
        labels = gold.get(release.id, {})
        if require_sentences and not labels:
            continue
        out.append(AnnotatedRelease(
            id=release.id, text=release.text, style=release.entry.get("style", ""),
            sentences=sorted((s, e, label) for (s, e), label in labels.items()),
            entities=sorted(entities.get(release.id, [])),
            facts=facts.get(release.id, {}),
            entity_coverage=coverage.get(release.id, None) if release.id in coverage else [],
        ))
    return out


def load_shared_dir(directory: str | Path) -> list[AnnotatedRelease]:
    """Releases in the exchange format (one JSON file per release: `id`, `text`, `meta`, `sentences`, `entities`,
    as in annotations/heldout/), e.g. a held-out test set."""
    directory = Path(directory)
    files = sorted(directory.glob("*.json"))
    if not files:
        raise NotAReleaseError(f"{directory}: no *.json releases found")
    out = []
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            meta = doc.get("meta", {})
            out.append(AnnotatedRelease(
                id=doc.get("id") or path.stem, text=doc["text"], style=meta.get("style", ""),
                sentences=[(s["start"], s["end"], s["label"]) for s in doc.get("sentences", [])],
                entities=[(e["start"], e["end"], e["label"]) for e in doc.get("entities", [])],
                facts={k: meta.get(k) for k in FACT_FIELDS + EXTRA_FACT_FIELDS if k in meta},
            ))
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError) as err:
            raise AnnotationFormatError(f"{path}: not a release in the exchange format ({type(err).__name__}: {err})") from None
    return out


def import_releases(source_dir: str | Path, corpus_dir: str | Path | None = None,
                    annotations_dir: str | Path | None = None) -> int:
    """Import releases in the exchange format into the corpus and the annotation files. Returns the count.

    Re-importing is idempotent: a release's imported lines are replaced, lines written by annotators kept.

    >>> import_releases("seed-releases/", "/tmp/c", "/tmp/a")  # doctest: +SKIP
    144
    """
    releases = load_shared_dir(source_dir)
    metas = {}
    for path in sorted(Path(source_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        metas[doc.get("id") or path.stem] = doc.get("meta", {})
    corpus = Corpus(corpus_dir or PROJECT_ROOT / "corpus")
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    root.mkdir(parents=True, exist_ok=True)
    stamp = "imported"
    rows_to_write = []
    for rel in releases:
        meta = metas[rel.id]
        seed = meta.get("style") == "real"
        rows_to_write.append(({
            "id": rel.id, "title": title_of(rel.text), "service": meta.get("service"),
            "service_type": meta.get("service_type"), "published": meta.get("published"),
            "source": meta.get("source", ""), "style": meta.get("style", ""),
            "licence": OGL if seed else SYNTHETIC,
        }, rel.text))
    corpus.write(rows_to_write)

    ids = {rel.id for rel in releases}
    _replace_imported(root / "sentences.jsonl", ids, [
        {"release": rel.id, "start": s, "end": e, "text": rel.text[s:e], "label": label,
         "annotator": "gold", "time": stamp}
        for rel in releases for s, e, label in rel.sentences
    ])
    _replace_imported(root / "entities.jsonl", ids, [
        {"release": rel.id, "spans": [{"start": s, "end": e, "label": label, "text": rel.text[s:e]}
                                      for s, e, label in rel.entities], "annotator": "gold", "time": stamp}
        for rel in releases
    ])
    _replace_imported(root / "facts.jsonl", ids, [
        {"release": rel.id, **{k: rel.facts.get(k) for k in FACT_FIELDS}, "annotator": "gold", "time": stamp}
        for rel in releases
    ])
    return len(releases)


def _replace_imported(path: Path, ids: set[str], new_rows: list[dict]) -> None:
    kept = [row for row in read_jsonl(path)] if path.exists() else []
    kept = [row for row in kept if not (row.get("release") in ids and row.get("time") == "imported")]
    atomic_write_text(path, dumps_jsonl(new_rows + kept))


SERVED_FILE = "served.json"


def load_served(annotations_dir: str | Path | None = None, *, leave_out=()) -> list[AnnotatedRelease]:
    """The releases of the held-out sets that have served as blind tests (`annotations/served.json`), whose fact
    gold also trains the fact-slot role model; the sets named in ``leave_out`` (directory names: a set under test)
    are left out. Empty where the file is absent.

    >>> len(load_served()) > len(load_served(leave_out={"heldout"}))
    True
    """
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    path = root / SERVED_FILE
    if not path.is_file():
        return []
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["sets"]
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as err:
        raise AnnotationFormatError(f"{path}: unreadable list of served sets ({type(err).__name__}: {err})") from None
    leave_out = set(leave_out)
    return [release for name in names if name not in leave_out for release in load_shared_dir(root / name)]


def data_hash(releases: list[AnnotatedRelease]) -> str:
    """A stable hash of texts and gold labels: the training data a model saw."""
    digest = hashlib.sha256()
    for rel in sorted(releases, key=lambda r: r.id):
        digest.update(json.dumps([rel.id, rel.text, rel.sentences, rel.entities], ensure_ascii=False).encode())
    return digest.hexdigest()


def _partly_annotated(corpus: Corpus, gold: dict) -> dict[str, dict]:
    """Releases with some but not all sentences labelled: {id: {"labelled", "sentences"}}. A sentence counts
    as labelled when a gold span covers more than half of it (another segmentation of the same sentence)."""
    from .entities.segment import split_sentences  # nlp.entities imports spaCy: only for partly annotated releases

    out = {}
    for release in corpus.releases():
        spans = list(gold.get(release.id) or ())
        if not spans:
            continue
        sentences = split_sentences(release.text)
        labelled = sum(1 for s, e in sentences if any((min(e, ge) - max(s, gs)) * 2 > e - s for gs, ge in spans))
        if labelled < len(sentences):
            out[release.id] = {"labelled": labelled, "sentences": len(sentences)}
    return out


def annotation_stats(corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None) -> dict:
    """Counts of the gold and of the work behind it: per label, per release, per annotator, and the
    corpus releases with no sentence label yet.

    >>> stats = annotation_stats()
    >>> stats["releases_annotated"] >= 144
    True
    """
    corpus = Corpus(corpus_dir or PROJECT_ROOT / "corpus")
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    path = root / "sentences.jsonl"
    rows = read_sentence_records(path) if path.exists() else []
    gold = resolve_sentences(rows)
    entities = resolve_entities(read_jsonl(root / "entities.jsonl")) if (root / "entities.jsonl").exists() else {}
    per_label = Counter(label for labels in gold.values() for label in labels.values())
    per_release = {release: dict(Counter(labels.values())) | {"sentences": len(labels)}
                   for release, labels in sorted(gold.items())}
    per_annotator: dict[str, dict] = {}
    for row in live_records(rows):
        entry = per_annotator.setdefault(row.get("annotator") or "?", {"decisions": 0, "releases": set(),
                                                                      "adjudicated": 0, "labels": Counter()})
        entry["decisions"] += 1
        entry["releases"].add(row["release"])
        entry["adjudicated"] += bool(row.get("adjudicated"))
        entry["labels"][row["label"]] += 1
    for entry in per_annotator.values():
        entry["releases"] = len(entry["releases"])
        entry["labels"] = dict(entry["labels"])
    ids = corpus.ids()
    partly = _partly_annotated(corpus, gold)
    return {
        "releases": len(ids),
        # every sentence labelled; a release with some sentences labelled is in "partly_annotated"
        "releases_annotated": sum(1 for i in ids if gold.get(i) and i not in partly),
        "partly_annotated": partly,
        "sentences": sum(per_label.values()),
        "per_label": {label: per_label.get(label, 0) for label in SENTENCE_LABELS},
        "entities": dict(Counter(label for spans in entities.values() for _, _, label in spans)),
        "per_release": per_release,
        "per_annotator": dict(sorted(per_annotator.items())),
        "undone": sum(1 for row in rows if is_undo(row)),
        "not_annotated": [i for i in ids if not gold.get(i)],
    }
