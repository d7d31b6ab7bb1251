"""Entities: the SERVICE / AGENCY / RATING / DATE spans of a sentence, the pipeline suggesting; accept,
reject, add or clear, one line per sentence appended to annotations/entities.jsonl."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from ...annotations import ANNOTATIONS_DIR, ENTITY_LABELS, live_records, now
from ...corpus import CORPUS_DIR, Corpus
from ..keys import ENTER, KeyReader
from ..loop import EndOfInput, SessionResult, Task, run_session
from ..models import SessionModels
from ..plan import Item, Progress, covered, new_progress, read_records, segmented
from ..render import context_panel, entity_body, entity_table, progress_line

ENTITY_KEYS = {"s": "SERVICE", "a": "AGENCY", "r": "RATING", "d": "DATE"}


def plan_entities(models: SessionModels, refs: list[str] | None = None, annotator: str = "",
                  corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
                  licence: str = "unknown") -> tuple[list[Item], Progress]:
    """The sentences whose entity spans `annotator` has still to check, in document order, with the
    spans the pipeline suggests. With no `refs`, the sentences of releases with no release line that nobody
    has checked."""
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    rows = live_records(read_records(Path(annotations_dir or ANNOTATIONS_DIR) / "entities.jsonl", False))
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
    progress = new_progress()
    for release_id, release, spans in segmented(models, corpus, refs, licence):
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
            found = sorted((s, e, label) for s, e, label in models.entities(release.text))
        except Exception:  # a pipeline failing on one release suggests nothing for it
            found = []
        for i in todo:
            s, e = spans[i]
            inside = [(a, b, label) for a, b, label in found if s <= a and b <= e]
            items.append(Item(release, spans, i, spans=inside))
    return items, progress


def find_surface(item: Item, surface: str, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Offsets of the first occurrence of `surface` in the sentence that overlaps no span already taken.

    >>> from nlp.corpus import Release
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


class EntityTask(Task[Item]):
    """The spans of a sentence, edited in place until accepted; an undone line's spans come back to edit."""

    saved = "sentences saved"
    progress_labels = ENTITY_LABELS

    def __init__(self, items, path, annotator, keys, console):
        super().__init__(items, path, annotator, keys, console)
        self.current: dict[int, list[tuple[int, int, str]]] = {}  # the spans as edited, by item

    def show(self, i: int, progress: Progress) -> None:
        item, console = self.items[i], self.console
        spans = self.current.setdefault(i, list(item.spans))
        console.print(context_panel(item, entity_body(item, spans),
                                    f"sentence {item.index + 1} of {len(item.sentences)}"))
        console.print(entity_table(item.release.text, spans))
        console.print("[bold]Enter[/] accept  [bold]1-9[/] reject  [bold]+[/] add  [bold]c[/] clear  "
                      "[bold]u[/] undo  [bold]x[/] skip  [bold]q[/] quit")
        console.print(f"[dim]{progress_line(progress, ENTITY_LABELS)}[/]")

    def decide(self, i: int, key: str) -> dict | None:
        item, console, spans = self.items[i], self.console, self.current[i]
        if key == "c":
            spans.clear()
        elif key.isdigit():
            n = int(key)
            if 1 <= n <= len(spans):
                spans.pop(n - 1)
            else:
                console.print(f"[yellow]no span {n}[/]")
        elif key == "+":
            self._add(item, spans)
        elif key in (ENTER, "a"):
            return {"release": item.release.id, "start": item.start, "end": item.end, "text": item.text,
                    "spans": [{"start": s, "end": e, "label": label, "text": item.release.text[s:e]}
                              for s, e, label in sorted(spans)],
                    "annotator": self.annotator, "time": now(),
                    "suggested": [[s, e, label] for s, e, label in item.spans]}
        else:
            console.print(f"[yellow]unknown key {escape(key)!r}[/]")
        return None

    def _add(self, item: Item, spans: list[tuple[int, int, str]]) -> None:
        """Read a surface text and a label, and add the span if the sentence has it free."""
        console = self.console
        surface = self._ask("surface text to add:")
        raw = self._ask("label (s SERVICE, a AGENCY, r RATING, d DATE):").strip()
        label = ENTITY_KEYS.get(raw.lower()) or (raw.upper() if raw.upper() in ENTITY_LABELS else None)
        span = find_surface(item, surface.strip(), spans)
        if label is None:
            console.print(f"[yellow]unknown label {escape(raw)!r}[/]")
        elif span is None:
            console.print(f"[yellow]{escape(surface.strip())!r} is not free text in this sentence[/]")
        else:
            spans.append((span[0], span[1], label))
            spans.sort()

    def _ask(self, prompt: str) -> str:
        self.console.print(prompt)
        line = self.keys.line()
        if line is None:
            raise EndOfInput
        return line

    def labels_of(self, row: dict) -> list[str]:
        return [span["label"] for span in row["spans"]]

    def retracted(self, i: int, row: dict) -> None:
        self.current[i] = [(s["start"], s["end"], s["label"]) for s in row["spans"]]


def annotate_entities(items: list[Item], progress: Progress, annotator: str, keys: KeyReader,
                      annotations_dir: str | Path | None = None, console: Console | None = None) -> SessionResult:
    """Run the entity loop over `items`, appending one line per sentence to entities.jsonl.

    Keys: Enter (or a) accepts the spans shown, a number rejects that span, + adds one (then a line with
    its surface text and a line with its label: s SERVICE, a AGENCY, r RATING, d DATE), c clears all,
    u undoes the last sentence, x skips, q quits.
    """
    task = EntityTask(items, Path(annotations_dir or ANNOTATIONS_DIR) / "entities.jsonl", annotator, keys,
                      console or Console(highlight=False))
    return run_session(task, progress)
