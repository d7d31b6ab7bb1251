"""The interactive annotation session: one key per decision, the model suggesting, every answer on disk at once.

Three sessions: `annotate_sentences` (a label per sentence, written to `annotations/sentences.jsonl`),
`annotate_entities` (the entity spans of a sentence, written to `annotations/entities.jsonl`) and
`annotate_facts` (a release's facts field by field, one line per release in `annotations/facts.jsonl`,
the fields decided so far kept in a draft file until the line is written). Files are only appended to:
an undo is a retraction line, so a killed process or Ctrl-C loses nothing already answered, and resuming
skips what the annotator has done.

Keys come from a terminal one at a time, or, when standard input is not a terminal, one per line (an
empty line is Enter, end of input ends the session cleanly), so sessions can be scripted:

    printf 's\\nw\\n\\nq\\n' | inspection-nlp annotate sentences leeds-yjs-2025 --annotator kim
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol, TextIO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .annotations import (ANNOTATIONS_DIR, ENTITY_LABELS, FACT_FIELDS, RATING_TERMS, SERVICE_TYPES, UNDO,
                          append_jsonl, fact_problem, live_records, now, read_fact_records, read_sentence_records,
                          resolve_facts)
from .corpus import CORPUS_DIR, Corpus, Release, add_releases, atomic_write_text, read_jsonl
from .errors import AnnotationFormatError, NotAReleaseError

SENTENCE_KEYS = {"s": "STRENGTH", "w": "WEAKNESS", "r": "RECOMMENDATION", "n": "NEUTRAL"}
ENTITY_KEYS = {"s": "SERVICE", "a": "AGENCY", "r": "RATING", "d": "DATE"}
ENTER = "enter"
ORDERS = ("uncertain", "document")


class Models(Protocol):
    """What a session needs from the models (nlp.models.load_models() provides it)."""

    def segment(self, text: str) -> list[tuple[int, int]]: ...

    def suggest(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, dict]]: ...

    def entities(self, text: str) -> list[tuple[int, int, str]]: ...


# A sentence ends at . ! ? (and any closing quotes or brackets) followed by space and a capital,
# digit or opening quote; headlines and list items end at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[A-Z0-9‘“\"'(\[•-])")


def simple_segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks: the fallback when no model can be loaded.

    >>> text = "Leeds YJS rated ‘Good’\\n\\nIt works well. Staff care. "
    >>> [text[s:e] for s, e in simple_segment(text)]
    ['Leeds YJS rated ‘Good’', 'It works well.', 'Staff care.']
    """
    spans = []
    for line in re.finditer(r"[^\r\n]+", text):
        start = line.start()
        pieces = [m.end() for m in _SENTENCE_END.finditer(line.group())] + [len(line.group())]
        for end in pieces:
            chunk = line.group()[start - line.start():end]
            stripped = chunk.strip()
            if stripped:
                lo = start + (len(chunk) - len(chunk.lstrip()))
                spans.append((lo, lo + len(stripped)))
            start = line.start() + end
    return spans


class FallbackModels:
    """Stand-in when the trained models cannot be loaded: our rule-based pipeline (or punctuation) for
    sentences and entities, and no label suggestions."""

    def __init__(self):
        self._nlp = None
        try:
            from .entities import build_pipeline, sentence_spans  # noqa: F401 (probe)

            try:
                self._nlp = build_pipeline(ner=False)  # an untrained ner would only add noise
            except TypeError:
                self._nlp = build_pipeline()
            self._spans = sentence_spans
        except Exception:  # any failure means: use punctuation, suggest nothing
            self._nlp = None

    def segment(self, text: str) -> list[tuple[int, int]]:
        if self._nlp is not None:
            try:
                return [tuple(span) for span in self._spans(self._nlp(text))]
            except Exception:
                self._nlp = None
        return simple_segment(text)

    def suggest(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, dict]] | None:
        return None

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        if self._nlp is None:
            return []
        try:
            return [(ent.start_char, ent.end_char, ent.label_) for ent in self._nlp(text).ents]
        except Exception:
            return []

    def facts(self, text: str) -> dict:
        """The rule-based facts of a release (no sentence labels to guide them), in the facts.jsonl shape."""
        if self._nlp is None:
            return {}
        from .entities import extract_facts

        return record_facts(extract_facts(self._nlp(text)))


def load_session_models(models_dir: str | Path | None = None) -> tuple[object, str | None]:
    """The trained models, or FallbackModels and a message saying why there will be no suggestions.

    >>> models, problem = load_session_models("/nonexistent")
    >>> problem is not None
    True
    """
    try:
        from .models import load_models

        return load_models(models_dir), None
    except Exception as err:  # a missing or broken model must not stop annotation
        return FallbackModels(), f"no model suggestions ({type(err).__name__}: {err}); annotating without them"


# ---------------------------------------------------------------------------------------------- keys

class KeyReader:
    """One key at a time from a terminal; one key per line otherwise (empty line = Enter, EOF = None)."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream if stream is not None else sys.stdin
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False

    def key(self) -> str | None:
        if not self.tty:
            line = self.stream.readline()
            if not line:
                return None
            line = line.strip()
            return ENTER if not line else line.lower()
        char = self._getch()
        if char in ("\r", "\n"):
            return ENTER
        if char == "\x03":
            raise KeyboardInterrupt
        if char == "\x04":
            return None
        return char.lower()

    def line(self) -> str | None:
        """A whole line of text (surface forms, numbers); None at end of input."""
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")

    def _getch(self) -> str:
        import termios
        import tty

        fd = self.stream.fileno()
        old = termios.tcgetattr(fd)
        try:
            tty.setraw(fd)
            return self.stream.read(1)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)


# ---------------------------------------------------------------------------------------------- planning

@dataclass
class Item:
    """One sentence to decide: where it is, its neighbours and the model's suggestion."""

    release: Release
    sentences: list[tuple[int, int]]
    index: int
    suggestion: str | None = None
    score: float | None = None
    scores: dict = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    votes: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.sentences[self.index][0]

    @property
    def end(self) -> int:
        return self.sentences[self.index][1]

    @property
    def text(self) -> str:
        return self.release.text[self.start:self.end]

    def neighbour(self, step: int) -> str:
        j = self.index + step
        if 0 <= j < len(self.sentences):
            s, e = self.sentences[j]
            return self.release.text[s:e]
        return ""


def covered(span: tuple[int, int], spans) -> bool:
    """True when `span` is one of `spans`, or more than half of it lies inside one of them (a sentence
    segmented a little differently by another model is the same sentence).

    >>> covered((0, 10), [(0, 10)]), covered((0, 10), [(2, 10)]), covered((0, 10), [(8, 20)])
    (True, True, False)
    """
    start, end = span
    length = max(end - start, 1)
    for s, e in spans:
        if (s, e) == (start, end) or (min(end, e) - max(start, s)) * 2 > length:
            return True
    return False


def resolve_release_refs(refs: list[str], corpus: Corpus, licence: str = "unknown") -> list[str]:
    """Corpus ids for a list of ids or paths; a path not yet in the corpus is added to it first.

    >>> resolve_release_refs(["westminster-yjs-2024"], Corpus())
    ['westminster-yjs-2024']
    """
    ids = set(corpus.ids())
    out: list[str] = []
    for ref in refs:
        if ref in ids:
            out.append(ref)
        elif Path(ref).exists():
            out.extend(r.id for r in add_releases([ref], corpus.root, licence=licence, skip_duplicates=True))
            ids = set(corpus.ids())
        else:
            raise NotAReleaseError(f"{ref}: neither a release id in {corpus.index_path} nor a file")
    return list(dict.fromkeys(out))


def _read(path: Path, sentences: bool) -> list[dict]:
    if not path.exists():
        return []
    return read_sentence_records(path) if sentences else read_jsonl(path)


def _segmented(models, corpus: Corpus, refs, licence: str):
    """(id, release, sentence spans) of the named releases (added to the corpus if new), or of the whole corpus."""
    for release_id in resolve_release_refs(refs, corpus, licence) if refs else corpus.ids():
        release = corpus.get(release_id)
        yield release_id, release, [tuple(span) for span in models.segment(release.text)]


def plan_sentences(models, refs: list[str] | None = None, annotator: str = "", order: str = "uncertain",
                   corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                   licence: str = "unknown") -> tuple[list[Item], dict]:
    """The sentences `annotator` has still to label, in the order to show them, and the progress so far.

    With no `refs`, the sentences nobody has labelled, in every release that has some; with `refs`, every
    sentence of those releases this annotator has not labelled. Returns (items, progress) where progress
    is {"total", "done", "labels": Counter} over the chosen releases.
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    rows = live_records(_read(Path(annotations_dir or ANNOTATIONS_DIR) / "sentences.jsonl", True))
    anyone: dict[str, list] = {}
    mine: dict[str, dict[tuple[int, int], str]] = {}
    for row in rows:
        anyone.setdefault(row["release"], []).append((row["start"], row["end"]))
        if row.get("annotator") == annotator and not row.get("adjudicated"):
            mine.setdefault(row["release"], {})[(row["start"], row["end"])] = row["label"]
    items: list[Item] = []
    progress = {"total": 0, "done": 0, "labels": Counter()}
    for release_id, release, spans in _segmented(models, corpus, refs, licence):
        if not refs and all(covered(span, anyone.get(release_id, ())) for span in spans):
            continue
        done_spans = mine.get(release_id, {})
        # Named releases: everything this annotator has not labelled (a second opinion is the point);
        # no releases named: only what nobody has labelled yet.
        done = list(done_spans) if refs else list(done_spans) + anyone.get(release_id, [])
        todo = [i for i, span in enumerate(spans) if not covered(span, done)]
        progress["total"] += len(spans)
        progress["done"] += len(spans) - len(todo)
        progress["labels"].update(label for span, label in done_spans.items() if covered(span, spans))
        suggestions = _suggest(models, release.text, [spans[i] for i in todo])
        for i, suggestion in zip(todo, suggestions):
            label, score, scores = suggestion if suggestion else (None, None, {})
            items.append(Item(release, spans, i, label, None if score is None else float(score), dict(scores or {})))
    if order == "uncertain":
        rank = {release_id: n for n, release_id in enumerate(dict.fromkeys(it.release.id for it in items))}
        items.sort(key=lambda it: (it.score if it.score is not None else -1.0, rank[it.release.id], it.start))
    return items, progress


def _suggest(models, text: str, spans: list[tuple[int, int]]) -> list:
    if not spans:
        return []
    try:
        found = models.suggest(text, spans)
    except Exception:  # a model that fails on one release should not stop the session
        found = None
    if not found or len(found) != len(spans):
        return [None] * len(spans)
    return list(found)


def plan_entities(models, refs: list[str] | None = None, annotator: str = "",
                  corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                  licence: str = "unknown") -> tuple[list[Item], dict]:
    """The sentences whose entity spans `annotator` has still to check, in document order, with the
    spans the pipeline suggests. With no `refs`, the sentences of releases with no release line that nobody
    has checked."""
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    rows = live_records(_read(Path(annotations_dir or ANNOTATIONS_DIR) / "entities.jsonl", False))
    whole: set[str] = set()
    mine_whole: set[str] = set()
    anyone: dict[str, list] = {}
    mine: dict[str, list] = {}
    for row in rows:
        if row.get("start") is None:
            whole.add(row["release"])
            if row.get("annotator") == annotator:
                mine_whole.add(row["release"])
            continue
        anyone.setdefault(row["release"], []).append((row["start"], row["end"]))
        if row.get("annotator") == annotator:
            mine.setdefault(row["release"], []).append((row["start"], row["end"]))
    items: list[Item] = []
    progress = {"total": 0, "done": 0, "labels": Counter()}
    for release_id, release, spans in _segmented(models, corpus, refs, licence):
        if not refs and (release_id in whole
                         or all(covered(span, anyone.get(release_id, ())) for span in spans)):
            continue
        done = spans if release_id in mine_whole else mine.get(release_id, [])
        if not refs:
            done = list(done) + anyone.get(release_id, [])
        todo = [i for i, span in enumerate(spans) if not covered(span, done)]
        progress["total"] += len(spans)
        progress["done"] += len(spans) - len(todo)
        if not todo:
            continue
        try:
            found = sorted(tuple(ent) for ent in models.entities(release.text))
        except Exception:
            found = []
        for i in todo:
            s, e = spans[i]
            inside = [(a, b, label) for a, b, label in found if s <= a and b <= e]
            items.append(Item(release, spans, i, spans=inside))
    return items, progress


# ---------------------------------------------------------------------------------------------- display

def _label_keys(mapping: dict[str, str]) -> str:
    return "  ".join(f"[bold]{key}[/] {label}" for key, label in mapping.items())


def _progress_line(progress: dict, labels=()) -> str:
    counts = "  ".join(f"{label} {progress['labels'].get(label, 0)}" for label in labels)
    return f"{progress['done']}/{progress['total']} done" + (f"  ·  {counts}" if counts else "")


def _context_panel(item: Item, body: Text, position: str) -> Panel:
    text = Text()
    before, after = item.neighbour(-1), item.neighbour(1)
    if before:
        text.append(before + "\n\n", style="dim")
    text.append("» ", style="bold")  # marks the sentence to decide when the terminal shows no styles
    text.append_text(body)
    if after:
        text.append("\n\n" + after, style="dim")
    title = f"{escape(item.release.title)} [dim]({item.release.id}, {position})[/]"
    return Panel(text, title=title, title_align="left")


# ---------------------------------------------------------------------------------------------- sessions

@dataclass
class SessionResult:
    """What a session did: decisions written, undone, skipped, and how it ended ('finished', 'quit',
    'end of input', 'interrupted')."""

    written: int = 0
    undone: int = 0
    skipped: int = 0
    ended: str = "finished"
    labels: Counter = field(default_factory=Counter)


def _end_reason(key: str | None) -> str | None:
    """Why a session ends at this key: end of input, or the user quitting; None to go on."""
    return "end of input" if key is None else "quit" if key == "q" else None


def _next_key(keys, console, result, help_text: str | None = None) -> str | None:
    """The next answer key; "?" prints the help and waits again. None when the session ends (end of input or
    "q"), with the reason set on ``result``."""
    while True:
        key = keys.key()
        ended = _end_reason(key)
        if ended:
            result.ended = ended
            return None
        if key != "?" or help_text is None:
            return key
        console.print(help_text)


def _undo(history: list, console, result, take_back, at: int) -> int:
    """Take back the session's last decision: a skip is uncounted, an answer goes to ``take_back(row, index)``
    (which retracts it). Returns the index to show next: the undone one, or ``at`` when there was nothing."""
    if not history:
        console.print("[yellow]nothing to undo in this session[/]")
        return at
    j, kind, row = history.pop()
    if kind == "skip":
        result.skipped -= 1
    else:
        take_back(row, j)
    return j


def _skip(history: list, result, at: int) -> int:
    """Skip the item at ``at`` (not saved: it comes back next session) and return the next index."""
    history.append((at, "skip", None))
    result.skipped += 1
    return at + 1


def _retract(path: Path, row: dict, annotator: str, labels: list[str], progress: dict, result) -> None:
    """Undo an answer: append a retraction line (the file is never rewritten) and take back its counts.
    The line carries the answer's range, or none when the answer was about the whole release (facts)."""
    span = {key: row[key] for key in ("start", "end") if key in row}
    append_jsonl(path, {"type": UNDO, "release": row["release"], **span, "annotator": annotator, "time": now()})
    progress["done"] -= 1
    for label in labels:
        progress["labels"][label] -= 1
        result.labels[label] -= 1
    result.written -= 1
    result.undone += 1


def annotate_sentences(items: list[Item], progress: dict, annotator: str, keys: KeyReader,
                       annotations_dir: str | Path | None = None, console: Console | None = None,
                       labels: dict[str, str] | None = None, adjudicate: bool = False) -> SessionResult:
    """Run the sentence-labelling loop over `items`, appending each decision to sentences.jsonl.

    Keys: s / w / r / n label, Enter accepts the suggestion, u undoes, x skips, q quits, ? helps.
    With `adjudicate`, lines are written as adjudicated gold (the review step).

    >>> items, progress = plan_sentences(FallbackModels(), ["new.txt"], "kim")  # doctest: +SKIP
    >>> annotate_sentences(items, progress, "kim", KeyReader(io.StringIO("s\\nn\\n")))  # doctest: +SKIP
    SessionResult(written=2, ...)
    """
    labels = labels or SENTENCE_KEYS
    path = Path(annotations_dir or ANNOTATIONS_DIR) / "sentences.jsonl"
    console = console or Console(highlight=False)
    result = SessionResult()
    history: list[tuple[int, str, dict | None]] = []
    progress = {"total": progress["total"], "done": progress["done"], "labels": Counter(progress["labels"])}
    i = 0
    try:
        while i < len(items):
            item = items[i]
            body = Text(item.text, style="bold")
            hint = ""
            if item.suggestion:
                hint = f"suggestion: [bold]{item.suggestion}[/] {item.score:.2f}" if item.score is not None \
                    else f"suggestion: [bold]{item.suggestion}[/]"
                if item.scores:
                    hint += "  [dim](" + ", ".join(f"{k[:3]} {v:.2f}" for k, v in sorted(
                        item.scores.items(), key=lambda kv: -kv[1])) + ")[/]"
            extra = item.votes if adjudicate else None
            console.print(_context_panel(item, body, f"sentence {item.index + 1} of {len(item.sentences)}"))
            if extra:
                console.print("votes: " + ", ".join(f"{escape(a)}: {l}" for a, l in extra.items()))
            if hint:
                console.print(hint)
            console.print(f"{_label_keys(labels)}  [bold]Enter[/] accept  [bold]u[/] undo  [bold]x[/] skip  "
                          f"[bold]q[/] quit")
            console.print(f"[dim]{_progress_line(progress, labels.values())}[/]")
            key = _next_key(keys, console, result, "s/w/r/n label the sentence, Enter takes the suggestion, u undoes "
                            "the last answer, x skips, q quits; answers are saved at once.")
            if key is None:
                break
            if key == "u":
                def take_back(row, j):
                    _retract(path, row, annotator, [row["label"]], progress, result)
                    console.print(f"[yellow]undone: {row['label']}[/]")

                i = _undo(history, console, result, take_back, i)
                continue
            if key == "x":
                i = _skip(history, result, i)
                continue
            if key == ENTER:
                if not item.suggestion:
                    console.print("[yellow]no suggestion for this sentence: choose a label[/]")
                    continue
                label = item.suggestion
            else:
                label = labels.get(key) or (key.upper() if key.upper() in labels.values() else None)
                if label is None:
                    console.print(f"[yellow]unknown key {escape(key)!r}: ? for help[/]")
                    continue
            row = {"release": item.release.id, "start": item.start, "end": item.end, "text": item.text,
                   "label": label, "annotator": annotator, "time": now(),
                   "suggestion": item.suggestion, "score": None if item.score is None else round(item.score, 4)}
            if adjudicate:
                row["adjudicated"] = True
                row["votes"] = extra or {}
            append_jsonl(path, row)
            history.append((i, "label", row))
            progress["done"] += 1
            progress["labels"][label] += 1
            result.labels[label] += 1
            result.written += 1
            i += 1
    except KeyboardInterrupt:
        result.ended = "interrupted"
    console.print(f"{result.written} saved, {result.undone} undone, {result.skipped} skipped ({result.ended}); "
                  f"{_progress_line(progress, labels.values())}")
    return result


def _entity_body(item: Item, spans: list[tuple[int, int, str]]) -> Text:
    text = Text(item.text, style="bold")
    for s, e, _ in spans:
        text.stylize("reverse", s - item.start, e - item.start)
    return text


def annotate_entities(items: list[Item], progress: dict, annotator: str, keys: KeyReader,
                      annotations_dir: str | Path | None = None, console: Console | None = None) -> SessionResult:
    """Run the entity loop over `items`, appending one line per sentence to entities.jsonl.

    Keys: Enter (or a) accepts the spans shown, a number rejects that span, + adds one (then a line with
    its surface text and a line with its label: s SERVICE, a AGENCY, r RATING, d DATE), c clears all,
    u undoes the last sentence, x skips, q quits.
    """
    path = Path(annotations_dir or ANNOTATIONS_DIR) / "entities.jsonl"
    console = console or Console(highlight=False)
    result = SessionResult()
    history: list[tuple[int, str, dict | None]] = []
    current: dict[int, list[tuple[int, int, str]]] = {}
    progress = {"total": progress["total"], "done": progress["done"], "labels": Counter(progress["labels"])}
    i = 0
    try:
        while i < len(items):
            item = items[i]
            spans = current.setdefault(i, list(item.spans))
            console.print(_context_panel(item, _entity_body(item, spans),
                                         f"sentence {item.index + 1} of {len(item.sentences)}"))
            if spans:
                table = Table(show_header=False, box=None)
                for n, (s, e, label) in enumerate(spans, 1):
                    table.add_row(str(n), label, escape(item.release.text[s:e]))
                console.print(table)
            else:
                console.print("[dim]no entities[/]")
            console.print("[bold]Enter[/] accept  [bold]1-9[/] reject  [bold]+[/] add  [bold]c[/] clear  "
                          "[bold]u[/] undo  [bold]x[/] skip  [bold]q[/] quit")
            console.print(f"[dim]{_progress_line(progress, ENTITY_LABELS)}[/]")
            key = _next_key(keys, console, result)
            if key is None:
                break
            if key == "u":
                def take_back(row, j):
                    _retract(path, row, annotator, [span["label"] for span in row["spans"]], progress, result)
                    current[j] = [(s["start"], s["end"], s["label"]) for s in row["spans"]]

                i = _undo(history, console, result, take_back, i)
                continue
            if key == "x":
                i = _skip(history, result, i)
                continue
            if key == "c":
                spans.clear()
                continue
            if key.isdigit():
                n = int(key)
                if 1 <= n <= len(spans):
                    spans.pop(n - 1)
                else:
                    console.print(f"[yellow]no span {n}[/]")
                continue
            if key == "+":
                console.print("surface text to add:")
                surface = keys.line()
                if surface is None:
                    result.ended = "end of input"
                    break
                console.print("label (s SERVICE, a AGENCY, r RATING, d DATE):")
                raw = keys.line()
                if raw is None:
                    result.ended = "end of input"
                    break
                raw = raw.strip()
                label = ENTITY_KEYS.get(raw.lower()) or (raw.upper() if raw.upper() in ENTITY_LABELS else None)
                span = find_surface(item, surface.strip(), spans)
                if label is None:
                    console.print(f"[yellow]unknown label {escape(raw)!r}[/]")
                elif span is None:
                    console.print(f"[yellow]{escape(surface.strip())!r} is not free text in this sentence[/]")
                else:
                    spans.append((span[0], span[1], label))
                    spans.sort()
                continue
            if key in (ENTER, "a"):
                row = {"release": item.release.id, "start": item.start, "end": item.end, "text": item.text,
                       "spans": [{"start": s, "end": e, "label": label, "text": item.release.text[s:e]}
                                 for s, e, label in sorted(spans)],
                       "annotator": annotator, "time": now(),
                       "suggested": [[s, e, label] for s, e, label in item.spans]}
                append_jsonl(path, row)
                history.append((i, "accept", row))
                progress["done"] += 1
                for s, e, label in spans:
                    progress["labels"][label] += 1
                    result.labels[label] += 1
                result.written += 1
                i += 1
                continue
            console.print(f"[yellow]unknown key {escape(key)!r}[/]")
    except KeyboardInterrupt:
        result.ended = "interrupted"
    console.print(f"{result.written} sentences saved, {result.undone} undone, {result.skipped} skipped "
                  f"({result.ended}); {_progress_line(progress, ENTITY_LABELS)}")
    return result


def find_surface(item: Item, surface: str, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Offsets of the first occurrence of `surface` in the sentence that overlaps no span already taken.

    >>> release = Release("x", "Leeds YJS works with Leeds police.")
    >>> find_surface(Item(release, [(0, 34)], 0), "Leeds", [(0, 5, "SERVICE")])
    (21, 26)
    """
    if not surface:
        return None
    start = item.text.find(surface)
    while start != -1:
        lo, hi = item.start + start, item.start + start + len(surface)
        if not any(lo < e and s < hi for s, e, _ in taken):
            return lo, hi
        start = item.text.find(surface, start + 1)
    return None


# ---------------------------------------------------------------------------------------------- facts

FACT_HINTS = {
    "service": "the service's full name as first written",
    "service_type": " / ".join(SERVICE_TYPES),
    "overall_rating": " / ".join(RATING_TERMS) + " (or o, g, ri, i)",
    "ratings": "aspect=Rating; aspect=Rating",
    "published": "YYYY-MM-DD",
    "fieldwork": "YYYY-MM",
    "recommendations_count": "a whole number",
}
MAX_EVIDENCE = 12
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
_COUNT_CUE = re.compile(rf"\b(?:\d{{1,2}}|{_NUMBER_WORDS})\s+(?:\w+\s+){{0,2}}recommendations\b", re.I)


def record_facts(facts: dict) -> dict:
    """Facts as the pipeline gives them (extract_facts, or a summary) in the facts.jsonl shape.

    >>> record_facts({"service": {"name": "Leeds Youth Justice Service", "type": "YJS"}, "overall_rating": "Good",
    ...               "recommendations": {"count": 4}})["recommendations_count"]
    4
    """
    service = facts.get("service") or {}
    return {"service": service.get("name"), "service_type": service.get("type"),
            "overall_rating": facts.get("overall_rating"), "ratings": list(facts.get("ratings") or []),
            "published": facts.get("published"), "fieldwork": facts.get("fieldwork"),
            "recommendations_count": (facts.get("recommendations") or {}).get("count")}


def _pipeline_view(models, text: str) -> tuple[dict, list[tuple[int, int]], list[tuple[int, int, str]]]:
    """What the pipeline makes of a release: its facts (facts.jsonl shape), sentence spans and entities."""
    facts: dict = {}
    try:
        if hasattr(models, "pipeline") and hasattr(models, "classifier"):  # nlp.models.Models: the summary's facts
            from .summarise import summarise_text

            summary = summarise_text(text, models=models)
            return (record_facts(summary), [(s["start"], s["end"]) for s in summary["sentences"]],
                    [(e["start"], e["end"], e["label"]) for e in summary["entities"]])
        if callable(getattr(models, "facts", None)):
            facts = models.facts(text) or {}
    except Exception:  # a pipeline failing on one release must not stop the session: no extracted facts
        facts = {}
    try:
        sentences = [tuple(span) for span in models.segment(text)]
        entities = [tuple(ent) for ent in models.entities(text)]
    except Exception:
        sentences, entities = simple_segment(text), []
    return facts, sentences, entities


@dataclass
class FactsItem:
    """One release to give facts to: its gold line (if any), a draft left by an unfinished session, and,
    computed when first shown, the pipeline's facts and the sentences they come from."""

    release: Release
    models: object = field(repr=False)
    gold: dict | None = None
    draft: dict = field(default_factory=dict)

    @cached_property
    def _view(self):
        return _pipeline_view(self.models, self.release.text)

    @property
    def extracted(self) -> dict:
        return {name: self._view[0].get(name) for name in FACT_FIELDS}

    def shown(self, name: str):
        """The value Enter accepts: the gold one when the release has a gold line, else the extracted one."""
        return self.gold.get(name) if self.gold is not None else self.extracted[name]

    def evidence(self) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """The sentences facts come from (a DATE or RATING, the first SERVICE, a recommendation count), at
        most MAX_EVIDENCE of them, with the entities inside them; the opening sentences when none qualify."""
        _, sentences, entities = self._view
        text = self.release.text
        chosen, service_seen = [], False
        for s, e in sentences:
            labels = {label for a, b, label in entities if s <= a and b <= e}
            first_service = "SERVICE" in labels and not service_seen
            service_seen = service_seen or "SERVICE" in labels
            if labels & {"DATE", "RATING"} or first_service or _COUNT_CUE.search(text, s, e):
                chosen.append((s, e))
        return (chosen or sentences[:3]), entities


def facts_draft_path(annotations_dir: str | Path | None, annotator: str) -> Path:
    """Where the fields of unfinished releases are kept: annotations/drafts/facts-<annotator>.json, shaped
    `{"annotator", "releases": {id: {"time", "values": {field: value}}}}`, gone once every line is written."""
    safe = re.sub(r"[^\w.-]+", "_", annotator) or "_"
    return Path(annotations_dir or ANNOTATIONS_DIR) / "drafts" / f"facts-{safe}.json"


def read_facts_drafts(path: Path) -> dict[str, dict]:
    """The unfinished releases in a draft file: {release: {"time", "values"}}; {} when there is none."""
    try:
        drafts = json.loads(path.read_text(encoding="utf-8")).get("releases", {})
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, AttributeError) as err:
        raise AnnotationFormatError(f"{path}: unreadable facts draft ({err}); move it aside to go on") from None
    return {release: d for release, d in drafts.items() if isinstance(d, dict) and isinstance(d.get("values"), dict)}


def _save_draft(path: Path, annotator: str, release: str, values: dict) -> None:
    """Keep `values` as the draft of `release` (none: forget it); the file is replaced whole, atomically."""
    drafts = read_facts_drafts(path)
    if values:
        drafts[release] = {"time": now(), "values": values}
    else:
        drafts.pop(release, None)
    if drafts:
        atomic_write_text(path, json.dumps({"annotator": annotator, "releases": drafts}, ensure_ascii=False) + "\n")
        return
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()  # only when empty: other annotators' drafts stay
    except OSError:
        pass


def plan_facts(models, refs: list[str] | None = None, annotator: str = "", corpus_dir: str | Path | None = None,
               annotations_dir: str | Path | None = None, licence: str = "unknown",
               redo: bool = False) -> tuple[list[FactsItem], dict]:
    """The releases `annotator` has still to give facts to, in corpus (or the given) order, and the progress.

    With no `refs`, every corpus release; releases this annotator already has a live facts line for are
    left out unless `redo`. The pipeline's facts are computed when a release is first shown.
    """
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    rows = read_fact_records(root / "facts.jsonl") if (root / "facts.jsonl").exists() else []
    gold = resolve_facts(rows)
    mine = {row["release"]: str(row.get("time", "")) for row in live_records(rows) if row.get("annotator") == annotator}
    # a draft older than the annotator's line for the release is spent (the line was written, the process
    # stopped before the draft was dropped)
    drafts = {release: d["values"] for release, d in read_facts_drafts(facts_draft_path(root, annotator)).items()
              if str(d.get("time", "")) > mine.get(release, "")}
    ids = resolve_release_refs(refs, corpus, licence) if refs else corpus.ids()
    progress = {"total": len(ids), "done": 0, "labels": Counter()}
    items = []
    for release_id in ids:
        if release_id in mine and not redo:
            progress["done"] += 1
            continue
        values = drafts.get(release_id, {})
        items.append(FactsItem(corpus.get(release_id), models, gold.get(release_id),
                               {k: v for k, v in values.items() if k in FACT_FIELDS and not fact_problem(k, v)}))
    return items, progress


def _rating(text: str) -> str:
    """A term of the scale from the term, a unique prefix of it or its initials ("ri"), in any case or quotes."""
    term = " ".join(text.strip("‘’'\"“” ").split()).lower()
    found = [r for r in RATING_TERMS
             if term and (r.lower().startswith(term) or "".join(w[0] for w in r.lower().split()) == term)]
    if len(found) != 1:
        raise ValueError(f"{text.strip()!r} is not a rating: {' / '.join(RATING_TERMS)}")
    return found[0]


def parse_fact(name: str, text: str):
    """The value of fact `name` typed as `text`; empty is null (no ratings for `ratings`). ValueError says
    what is wrong.

    >>> parse_fact("ratings", "court disposals=good; staff = Requires improvement")
    [{'aspect': 'court disposals', 'rating': 'Good'}, {'aspect': 'staff', 'rating': 'Requires improvement'}]
    >>> parse_fact("published", "2024-5-8")
    Traceback (most recent call last):
    ...
    ValueError: '2024-5-8' is not an ISO date YYYY-MM-DD
    """
    text = " ".join(text.split())
    if not text:
        return [] if name == "ratings" else None
    if name == "service_type":
        found = [t for t in SERVICE_TYPES if t.lower() == text.lower()]
        if not found:
            raise ValueError(f"{text!r} is not a service type: {' / '.join(SERVICE_TYPES)}")
        value = found[0]
    elif name == "overall_rating":
        value = _rating(text)
    elif name == "ratings":
        value = []
        for part in filter(None, (p.strip() for p in text.split(";"))):
            aspect, equals, rating = part.partition("=")
            if not equals or not aspect.strip():
                raise ValueError(f"{part!r} is not aspect=Rating")
            value.append({"aspect": aspect.strip(), "rating": _rating(rating)})
    elif name == "recommendations_count":
        if not text.isdigit():
            raise ValueError(f"{text!r} is not a whole number")
        value = int(text)
    else:
        value = text
    problem = fact_problem(name, value)
    if problem:
        raise ValueError(problem)
    return value


def format_fact(value) -> str:
    """A fact as typed in an edit: `null`, `none` for no ratings, `aspect=Rating; ...`."""
    if value is None:
        return "null"
    if isinstance(value, list):
        return "; ".join(f"{r['aspect']}={r['rating']}" for r in value) if value else "none"
    return str(value)


def _facts_panel(item: FactsItem, position: str) -> Panel:
    sentences, entities = item.evidence()
    text = Text()
    for n, (s, e) in enumerate(sentences[:MAX_EVIDENCE]):
        line = Text(item.release.text[s:e])
        for a, b, label in entities:
            if s <= a and b <= e:
                line.stylize("bold reverse" if label in ("DATE", "RATING") else "bold", a - s, b - s)
        text.append("\n" if n else "")
        text.append("• ")
        text.append_text(line)
    if len(sentences) > MAX_EVIDENCE:
        text.append(f"\n… {len(sentences) - MAX_EVIDENCE} more", style="dim")
    title = f"{escape(item.release.title)} [dim]({item.release.id}, {position})[/]"
    return Panel(text, title=title, title_align="left")


def _facts_table(item: FactsItem, values: dict, current: int) -> Table:
    table = Table(box=None, pad_edge=False)
    for column in ("", "field", "gold", "extracted", "yours"):
        table.add_column(column)
    extracted = item.extracted
    for n, name in enumerate(FACT_FIELDS):
        gold = "no line" if item.gold is None else format_fact(item.gold.get(name))
        yours = format_fact(values[name]) if name in values else ""
        table.add_row("»" if n == current else "", name, escape(gold), escape(format_fact(extracted[name])),
                      escape(yours))
    return table


FACTS_HELP = ("Enter keeps the value shown (the gold one when the release has a gold line, else the extracted "
              "one), e edits it (type the value; empty for null), - sets null (no ratings for ratings), u undoes "
              "the last field (at a release's first field, reopens the release saved before), q quits. Each "
              "field is kept in a draft at once; a release's line is written when its last field is decided.")


def _edit_fact(name: str, keys: KeyReader, console: Console):
    """Read lines until one is a valid value of fact `name`; None as the second item at end of input."""
    console.print(f"new {name} ([italic]{escape(FACT_HINTS[name])}[/]; empty for null):")
    while True:
        raw = keys.line()
        if raw is None:
            return None, False
        try:
            return parse_fact(name, raw), True
        except ValueError as err:
            console.print(f"[yellow]{escape(str(err))}: type it again[/]")


def annotate_facts(items: list[FactsItem], progress: dict, annotator: str, keys: KeyReader,
                   annotations_dir: str | Path | None = None, console: Console | None = None) -> SessionResult:
    """Run the facts loop over `items`, field by field; one line per release is appended to facts.jsonl.

    Keys: Enter keeps the value shown, e edits (then a line with the value), - null, u undo, q quit, ? help.
    The fields decided so far are kept in a draft (facts_draft_path) until the release's line is written,
    so quitting or a killed process mid-release loses nothing.

    >>> items, progress = plan_facts(load_models(), ["westminster-yjs-2024"], "kim")  # doctest: +SKIP
    >>> annotate_facts(items, progress, "kim", KeyReader(io.StringIO("\\n" * 7)))  # doctest: +SKIP
    SessionResult(written=1, ...)
    """
    root = Path(annotations_dir or ANNOTATIONS_DIR)
    path, draft_path = root / "facts.jsonl", facts_draft_path(root, annotator)
    console = console or Console(highlight=False)
    result = SessionResult()
    history: list[tuple[int, dict]] = []  # releases written in this session, for undo
    progress = {"total": progress["total"], "done": progress["done"], "labels": Counter(progress["labels"])}
    i, values, shown_at = 0, {}, None
    if items:
        values = dict(items[0].draft)
    try:
        while i < len(items):
            item = items[i]
            k = next((n for n, name in enumerate(FACT_FIELDS) if name not in values), len(FACT_FIELDS))
            if k == len(FACT_FIELDS):
                row = {"release": item.release.id, **{name: values[name] for name in FACT_FIELDS},
                       "annotator": annotator, "time": now()}
                append_jsonl(path, row)
                _save_draft(draft_path, annotator, item.release.id, {})
                history.append((i, row))
                progress["done"] += 1
                result.written += 1
                console.print(f"[green]saved facts of {item.release.id}[/]  [dim]{_progress_line(progress)}[/]")
                i, values = i + 1, dict(items[i + 1].draft) if i + 1 < len(items) else {}
                continue
            name = FACT_FIELDS[k]
            if shown_at != i:
                console.print(_facts_panel(item, f"release {i + 1} of {len(items)}"))
                console.print(_facts_table(item, values, k))
                shown_at = i
            shown = item.shown(name)
            console.print(f"» [bold]{name}[/]: {escape(format_fact(shown))}   [bold]Enter[/] keep  [bold]e[/] edit  "
                          f"[bold]-[/] null  [bold]u[/] undo  [bold]q[/] quit  [bold]?[/] help")
            key = _next_key(keys, console, result, FACTS_HELP)
            if key is None:
                break
            if key == "u":
                if k > 0:
                    undone = FACT_FIELDS[k - 1]
                    console.print(f"[yellow]undone: {undone} = {escape(format_fact(values.pop(undone)))}[/]")
                    console.print(_facts_table(item, values, k - 1))
                    _save_draft(draft_path, annotator, item.release.id, values)
                elif history:
                    j, row = history.pop()
                    _retract(path, row, annotator, [], progress, result)
                    i, values, shown_at = j, {name: row[name] for name in FACT_FIELDS[:-1]}, None
                    _save_draft(draft_path, annotator, row["release"], values)
                    console.print(f"[yellow]undone: the facts line of {row['release']}[/]")
                else:
                    console.print("[yellow]nothing to undo in this session[/]")
                continue
            if key == ENTER:
                problem = fact_problem(name, shown)
                if problem:
                    console.print(f"[yellow]{escape(problem)}: e to edit or - for null[/]")
                    continue
                value = shown
            elif key == "-":
                value = [] if name == "ratings" else None
            elif key == "e":
                value, ok = _edit_fact(name, keys, console)
                if not ok:
                    result.ended = "end of input"
                    break
                console.print(f"[dim]{name} = {escape(format_fact(value))}[/]")
            else:
                console.print(f"[yellow]unknown key {escape(key)!r}: ? for help[/]")
                continue
            values[name] = value
            _save_draft(draft_path, annotator, item.release.id, values)
    except KeyboardInterrupt:
        result.ended = "interrupted"
    kept = ""
    if i < len(items) and values:
        kept = f"; {len(values)} field(s) of {items[i].release.id} kept as a draft, run again to go on"
    console.print(f"{result.written} release(s) saved, {result.undone} undone ({result.ended}){kept}; "
                  f"{_progress_line(progress)}")
    return result


__all__ = ["Models", "FallbackModels", "KeyReader", "Item", "SessionResult", "load_session_models",
           "simple_segment", "plan_sentences", "plan_entities", "annotate_sentences", "annotate_entities",
           "resolve_release_refs", "covered", "find_surface", "SENTENCE_KEYS", "ENTITY_KEYS", "FactsItem", "plan_facts",
           "annotate_facts", "parse_fact", "format_fact", "record_facts", "facts_draft_path"]
