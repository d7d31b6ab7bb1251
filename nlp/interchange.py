"""Export and import annotations in the formats other tools read: Prodigy, doccano and spaCy DocBin.

A unit is one labelled sentence with the entity spans inside it (offsets relative to the sentence);
entity spans outside every labelled sentence travel as units of their own, with no sentence label.
Each unit carries where it came from (release id, start, end), so an import puts it back exactly:

- prodigy: JSONL `{"text", "spans": [{"start", "end", "label", "text"}], "options": [{"id", "text"}],
  "accept": [label], "answer": "accept", "meta": {"release", "start", "end"}, "_input_hash", "_task_hash"}`
  (binary `{"text", "label", "answer"}` lines are read too);
- doccano: JSONL `{"text", "cats": [label], "entities": [[start, end, label]], "release", "start", "end"}`
  (doccano's intent-and-slot shape; `"label"` holding label names or `[start, end, label]` is read too);
- spacy: a `.spacy` DocBin, one Doc per unit, `doc.cats` one-hot over the four labels, `doc.ents`, and
  `doc.user_data` {"release", "start", "end"}.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .annotations import ANNOTATIONS_DIR, ENTITY_LABELS, SENTENCE_LABELS, load_dataset, now
from .corpus import CORPUS_DIR, Corpus, dumps_jsonl, read_jsonl
from .errors import AnnotationFormatError, NotAReleaseError
from .vocab import entity_spans

# spaCy is imported only by the DocBin export and import, so the other formats run without loading it

FORMATS = ("prodigy", "doccano", "spacy")


@dataclass
class Unit:
    """A span of a release (a sentence, usually) with its label (or None) and entity spans (absolute)."""

    release: str
    start: int
    end: int
    text: str
    label: str | None = None
    entities: list[tuple[int, int, str]] = field(default_factory=list)


def collect_units(corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                  releases: list[str] | None = None) -> list[Unit]:
    """The gold annotations (after undo and adjudication) as units, in release and document order.

    >>> units = collect_units(releases=["westminster-yjs-2024"])
    >>> units[0].label, units[0].release
    ('NEUTRAL', 'westminster-yjs-2024')
    """
    data = load_dataset(corpus_dir, annotations_dir, require_sentences=False)
    if releases:
        wanted = set(releases)
        missing = wanted - {r.id for r in data}
        if missing:
            raise NotAReleaseError(f"not in the corpus: {', '.join(sorted(missing))}")
        data = [r for r in data if r.id in wanted]
    units: list[Unit] = []
    for rel in data:
        placed: set[tuple[int, int, str]] = set()
        mine: list[Unit] = []
        for s, e, label in rel.sentences:
            inside = [ent for ent in rel.entities if s <= ent[0] and ent[1] <= e]
            placed.update(inside)
            mine.append(Unit(rel.id, s, e, rel.text[s:e], label, inside))
        for ent in rel.entities:
            if ent not in placed:
                mine.append(Unit(rel.id, ent[0], ent[1], rel.text[ent[0]:ent[1]], None, [ent]))
        units.extend(sorted(mine, key=lambda u: (u.start, u.end)))
    return units


def _hash(*parts) -> int:
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode()).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def to_prodigy(unit: Unit) -> dict:
    """A Prodigy task: choice options for the sentence label and ner spans, both answered."""
    spans = [{"start": s - unit.start, "end": e - unit.start, "label": label, "text": unit.text[s - unit.start:e - unit.start]}
             for s, e, label in unit.entities]
    meta = {"release": unit.release, "start": unit.start, "end": unit.end}
    return {"text": unit.text, "spans": spans, "options": [{"id": label, "text": label} for label in SENTENCE_LABELS],
            "accept": [unit.label] if unit.label else [], "answer": "accept", "meta": meta,
            "_input_hash": _hash(unit.text), "_task_hash": _hash(unit.text, meta, unit.label, spans)}


def to_doccano(unit: Unit) -> dict:
    """A doccano line: sentence label list, entity triples, and where the text came from."""
    return {"text": unit.text, "cats": [unit.label] if unit.label else [],
            "entities": [[s - unit.start, e - unit.start, label] for s, e, label in unit.entities],
            "release": unit.release, "start": unit.start, "end": unit.end}


def export_annotations(path: str | Path, fmt: str, corpus_dir: str | Path | None = None,
                       annotations_dir: str | Path | None = None, releases: list[str] | None = None) -> int:
    """Write the gold annotations to `path` in `fmt` (prodigy, doccano, spacy). Returns the number of units.

    >>> export_annotations("/tmp/gold.spacy", "spacy")  # doctest: +SKIP
    3757
    """
    _check_format(fmt)
    units = collect_units(corpus_dir, annotations_dir, releases)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "spacy":
        _docbin(units).to_disk(path)
    else:
        convert = to_prodigy if fmt == "prodigy" else to_doccano
        path.write_text(dumps_jsonl(convert(u) for u in units), encoding="utf-8")
    return len(units)


def _docbin(units: list[Unit]):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=True)
    for unit in units:
        spans = [(s - unit.start, e - unit.start, label) for s, e, label in unit.entities]
        doc = _aligned_doc(nlp, unit.text, spans)
        doc.ents = [doc.char_span(s, e, label=label) for s, e, label in spans]
        doc.cats = {label: float(label == unit.label) for label in SENTENCE_LABELS} if unit.label else {}
        doc.user_data.update({"release": unit.release, "start": unit.start, "end": unit.end})
        docbin.add(doc)
    return docbin


def _aligned_doc(nlp, text: str, spans: list[tuple[int, int, str]]):
    """A Doc of `text` whose tokens start and end at every span boundary (the tokenizer's tokens, split
    where a span boundary falls inside one), so no entity is lost to alignment."""
    from spacy.tokens import Doc

    doc = nlp.make_doc(text)
    if all(doc.char_span(s, e) is not None for s, e, _ in spans):
        return doc
    cuts = {b for s, e, _ in spans for b in (s, e)}
    words, spaces = [], []
    for token in doc:
        lo, hi = token.idx, token.idx + len(token.text)
        points = [lo] + sorted(c for c in cuts if lo < c < hi) + [hi]
        for a, b in zip(points, points[1:]):
            words.append(text[a:b])
            spaces.append(False)
        spaces[-1] = bool(token.whitespace_)
    return Doc(nlp.vocab, words=words, spaces=spaces)


# ---------------------------------------------------------------------------------------------- import

def read_units(path: str | Path, fmt: str, corpus_dir: str | Path | None = None) -> list[Unit]:
    """Read units from an exported or foreign file, placing each in its release (by its metadata, else by
    finding its text in the corpus) and checking the text matches."""
    _check_format(fmt)
    path = Path(path)
    if not path.exists():
        raise NotAReleaseError(f"{path}: no such file")
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    texts: dict[str, str] = {}
    if fmt == "spacy":
        raw = _read_docbin(path)
    else:
        parse = _from_prodigy if fmt == "prodigy" else _from_doccano
        raw = []
        for number, row in enumerate(read_jsonl(path), 1):
            try:
                parsed = parse(row)
            except (KeyError, TypeError, ValueError) as err:
                raise AnnotationFormatError(f"{path}:{number}: not a {fmt} record ({type(err).__name__}: {err})") from None
            if parsed is not None:
                raw.append((number, *parsed))
    units = []
    for number, text, meta, label, entities in raw:
        where = f"{path}:{number}"
        if label is not None and label not in SENTENCE_LABELS:
            raise AnnotationFormatError(f"{where}: unknown sentence label {label!r}")
        for s, e, ent_label in entities:
            if ent_label not in ENTITY_LABELS:
                raise AnnotationFormatError(f"{where}: unknown entity label {ent_label!r}")
            if not (0 <= s < e <= len(text)):
                raise AnnotationFormatError(f"{where}: entity offsets {s}-{e} outside the text")
        release, start = _place(corpus, texts, text, meta, where)
        units.append(Unit(release, start, start + len(text), text, label,
                          [(start + s, start + e, ent_label) for s, e, ent_label in entities]))
    return units


def _place(corpus: Corpus, texts: dict[str, str], text: str, meta: dict, where: str) -> tuple[str, int]:
    if not texts:
        texts.update({r.id: r.text for r in corpus.releases()})
    release, start = meta.get("release"), meta.get("start")
    if release is not None:
        if release not in texts:
            raise NotAReleaseError(f"{where}: release {release!r} is not in the corpus {corpus.root}; add it first")
        full = texts[release]
        if isinstance(start, int) and full[start:start + len(text)] == text:
            return release, start
        found = full.find(text)
        if found == -1:
            raise AnnotationFormatError(f"{where}: text not found in release {release!r}")
        return release, found
    hits = [(rid, full.find(text)) for rid, full in texts.items() if text in full]
    if len(hits) != 1:
        raise AnnotationFormatError(
            f"{where}: no release id in the record and the text is in {len(hits)} corpus releases; "
            "add the release with `inspection-nlp corpus add` or give meta.release")
    return hits[0]


def _from_prodigy(row: dict):
    if row.get("answer", "accept") != "accept":
        return None  # rejected or ignored tasks carry no gold
    text = row["text"]
    meta = row.get("meta") or {}
    if "accept" in row:
        accepted = list(row["accept"] or [])
        label = accepted[0] if accepted else None
        if len(accepted) > 1:
            raise ValueError(f"several sentence labels accepted: {accepted}")
    else:
        label = row.get("label") if row.get("label") in SENTENCE_LABELS else None
    entities = [(int(s["start"]), int(s["end"]), s["label"]) for s in row.get("spans") or []]
    return text, meta, label, entities


def _from_doccano(row: dict):
    text = row["text"]
    meta = row["meta"] if isinstance(row.get("meta"), dict) else {}
    meta = {**{k: row[k] for k in ("release", "start", "end") if k in row}, **meta}
    names: list[str] = list(row.get("cats") or [])
    triples = [tuple(t) for t in row.get("entities") or []]
    for key in ("label", "labels"):
        for item in row.get(key) or []:
            if isinstance(item, str):
                names.append(item)
            else:
                triples.append(tuple(item))
    names = list(dict.fromkeys(names))
    if len(names) > 1:
        raise ValueError(f"several sentence labels: {names}")
    entities = [(int(s), int(e), str(label)) for s, e, label in triples]
    return text, meta, names[0] if names else None, entities


def _read_docbin(path: Path) -> list:
    import spacy
    from spacy.tokens import DocBin

    try:
        docs = list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))
    except Exception as err:  # a truncated or foreign file
        raise AnnotationFormatError(f"{path}: not a spaCy DocBin ({type(err).__name__}: {err})") from None
    out = []
    for number, doc in enumerate(docs, 1):
        chosen = [label for label, score in doc.cats.items() if score >= 0.5]
        if len(chosen) > 1:
            raise AnnotationFormatError(f"{path}: doc {number}: several sentence labels {chosen}")
        meta = {k: doc.user_data.get(k) for k in ("release", "start", "end") if k in doc.user_data}
        out.append((number, doc.text, meta, chosen[0] if chosen else None,
                    entity_spans(doc.ents)))
    return out


def import_annotations(path: str | Path, fmt: str, corpus_dir: str | Path | None = None,
                       annotations_dir: str | Path | None = None, annotator: str | None = None) -> dict:
    """Append the units of an exported (or foreign) file to the annotation files. Returns counts
    {"sentences", "entity_units", "entities"}.

    Sentence labels go to sentences.jsonl; entity spans to entities.jsonl as sentence-range lines, one
    per unit of every release that has spans in the file (a unit with none says "no entities here").

    >>> import_annotations("gold.jsonl", "doccano", annotator="kim")  # doctest: +SKIP
    {'sentences': 120, 'entity_units': 120, 'entities': 84}
    """
    units = read_units(path, fmt, corpus_dir)
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    who = annotator or f"import:{fmt}"
    stamp = now()
    source = Path(path).name
    with_entities = {u.release for u in units if u.entities}
    counts = {"sentences": 0, "entity_units": 0, "entities": 0}
    sentence_rows: list[dict] = []
    entity_rows: list[dict] = []
    for unit in units:
        if unit.label:
            sentence_rows.append({"release": unit.release, "start": unit.start, "end": unit.end, "text": unit.text,
                                  "label": unit.label, "annotator": who, "time": stamp, "source": source})
        if unit.release in with_entities:
            entity_rows.append({"release": unit.release, "start": unit.start, "end": unit.end, "text": unit.text,
                                "spans": [{"start": s, "end": e, "label": label, "text": unit.text[s - unit.start:e - unit.start]}
                                          for s, e, label in unit.entities],
                                "annotator": who, "time": stamp, "source": source})
    _append_many(root / "sentences.jsonl", sentence_rows)
    _append_many(root / "entities.jsonl", entity_rows)
    counts["sentences"] = len(sentence_rows)
    counts["entity_units"] = len(entity_rows)
    counts["entities"] = sum(len(r["spans"]) for r in entity_rows)
    return counts


def _append_many(path: Path, rows: list[dict]) -> None:
    """Append lines with one flush and fsync (append_jsonl syncs per line, which is slow for thousands)."""
    if not rows:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(dumps_jsonl(rows))
        fh.flush()
        os.fsync(fh.fileno())


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise AnnotationFormatError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def guess_format(path: str | Path) -> str | None:
    """The format a file name implies (.spacy -> spacy), else None.

    >>> guess_format("train.spacy"), guess_format("x.jsonl")
    ('spacy', None)
    """
    return "spacy" if Path(path).suffix == ".spacy" else None


__all__ = ["FORMATS", "Unit", "collect_units", "export_annotations", "import_annotations", "read_units",
           "to_prodigy", "to_doccano", "guess_format"]
