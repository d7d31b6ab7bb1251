"""Sentences: a label per sentence (STRENGTH / WEAKNESS / RECOMMENDATION / NEUTRAL), one key each, the
classifier suggesting; lines appended to annotations/sentences.jsonl."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ...annotations import ANNOTATIONS_DIR, live_records, now
from ...corpus import CORPUS_DIR, Corpus
from ..keys import ENTER, KeyReader
from ..loop import SessionResult, Task, run_session
from ..models import SessionModels, suggestions
from ..plan import Item, Progress, covered, new_progress, read_records, segmented
from ..render import context_panel, label_keys, progress_line

SENTENCE_KEYS = {"s": "STRENGTH", "w": "WEAKNESS", "r": "RECOMMENDATION", "n": "NEUTRAL"}
SENTENCE_ORDERS = ("uncertain", "document")  # the orders sentences can be shown in


def plan_sentences(models: SessionModels, refs: list[str] | None = None, annotator: str = "",
                   order: str = "uncertain", corpus_dir: str | Path | None = None,
                   annotations_dir: str | Path | None = None, licence: str = "unknown") -> tuple[list[Item], Progress]:
    """The sentences `annotator` has still to label, in the order to show them, and the progress so far.

    With no `refs`, the sentences nobody has labelled, in every release that has some; with `refs`, every
    sentence of those releases this annotator has not labelled. Returns (items, progress) where progress
    is {"total", "done", "labels": Counter} over the chosen releases.
    """
    if order not in SENTENCE_ORDERS:
        raise ValueError(f"order must be one of {', '.join(SENTENCE_ORDERS)}, not {order!r}")
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    rows = live_records(read_records(Path(annotations_dir or ANNOTATIONS_DIR) / "sentences.jsonl", True))
    anyone: dict[str, list] = {}
    mine: dict[str, dict[tuple[int, int], str]] = {}
    for row in rows:
        anyone.setdefault(row["release"], []).append((row["start"], row["end"]))
        if row.get("annotator") == annotator and not row.get("adjudicated"):
            mine.setdefault(row["release"], {})[(row["start"], row["end"])] = row["label"]
    items: list[Item] = []
    progress = new_progress()
    for release_id, release, spans in segmented(models, corpus, refs, licence):
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
        found = suggestions(models, release.text, [spans[i] for i in todo])
        for i, suggestion in zip(todo, found):
            label, score, scores = suggestion if suggestion else (None, None, {})
            items.append(Item(release, spans, i, label, None if score is None else float(score), dict(scores or {})))
    if order == "uncertain":
        rank = {release_id: n for n, release_id in enumerate(dict.fromkeys(it.release.id for it in items))}
        items.sort(key=lambda it: (it.score if it.score is not None else -1.0, rank[it.release.id], it.start))
    return items, progress


def _suggestion_hint(item: Item) -> str:
    """The model's label and scores, most likely first; empty without a suggestion."""
    if not item.suggestion:
        return ""
    hint = f"suggestion: [bold]{item.suggestion}[/] {item.score:.2f}" if item.score is not None \
        else f"suggestion: [bold]{item.suggestion}[/]"
    if item.scores:
        hint += "  [dim](" + ", ".join(f"{k[:3]} {v:.2f}" for k, v in sorted(
            item.scores.items(), key=lambda kv: -kv[1])) + ")[/]"
    return hint


class SentenceTask(Task[Item]):
    """A label key per sentence, Enter for the suggestion; with `adjudicate`, lines are adjudicated gold."""

    help = ("s/w/r/n label the sentence, Enter takes the suggestion, u undoes the last answer, x skips, q quits; "
            "answers are saved at once.")

    def __init__(self, items, path, annotator, keys, console, labels: dict[str, str], adjudicate: bool):
        super().__init__(items, path, annotator, keys, console)
        self.labels, self.adjudicate = labels, adjudicate
        self.progress_labels = tuple(labels.values())

    def show(self, i: int, progress: Progress) -> None:
        item, console = self.items[i], self.console
        console.print(context_panel(item, Text(item.text, style="bold"),
                                    f"sentence {item.index + 1} of {len(item.sentences)}"))
        if self.adjudicate and item.votes:
            console.print("votes: " + ", ".join(f"{escape(a)}: {l}" for a, l in item.votes.items()))
        hint = _suggestion_hint(item)
        if hint:
            console.print(hint)
        console.print(f"{label_keys(self.labels)}  [bold]Enter[/] accept  [bold]u[/] undo  [bold]x[/] skip  "
                      f"[bold]q[/] quit")
        console.print(f"[dim]{progress_line(progress, self.progress_labels)}[/]")

    def decide(self, i: int, key: str) -> dict | None:
        item = self.items[i]
        label: str | None
        if key == ENTER:
            if not item.suggestion:
                self.console.print("[yellow]no suggestion for this sentence: choose a label[/]")
                return None
            label = item.suggestion
        else:
            label = self.labels.get(key) or (key.upper() if key.upper() in self.labels.values() else None)
            if label is None:
                self.console.print(f"[yellow]unknown key {escape(key)!r}: ? for help[/]")
                return None
        row = {"release": item.release.id, "start": item.start, "end": item.end, "text": item.text,
               "label": label, "annotator": self.annotator, "time": now(),
               "suggestion": item.suggestion, "score": None if item.score is None else round(item.score, 4)}
        if self.adjudicate:
            row["adjudicated"] = True
            row["votes"] = item.votes or {}
        return row

    def labels_of(self, row: dict) -> list[str]:
        return [row["label"]]

    def retracted(self, i: int, row: dict) -> None:
        self.console.print(f"[yellow]undone: {row['label']}[/]")


def annotate_sentences(items: list[Item], progress: Progress, annotator: str, keys: KeyReader,
                       annotations_dir: str | Path | None = None, console: Console | None = None,
                       labels: dict[str, str] | None = None, adjudicate: bool = False) -> SessionResult:
    """Run the sentence-labelling loop over `items`, appending each decision to sentences.jsonl.

    Keys: s / w / r / n label, Enter accepts the suggestion, u undoes, x skips, q quits, ? helps.
    With `adjudicate`, lines are written as adjudicated gold (the review step).

    >>> items, progress = plan_sentences(FallbackModels(), ["new.txt"], "kim")  # doctest: +SKIP
    >>> annotate_sentences(items, progress, "kim", KeyReader(io.StringIO("s\\nn\\n")))  # doctest: +SKIP
    SessionResult(written=2, ...)
    """
    task = SentenceTask(items, Path(annotations_dir or ANNOTATIONS_DIR) / "sentences.jsonl", annotator, keys,
                        console or Console(highlight=False), labels or SENTENCE_KEYS, adjudicate)
    return run_session(task, progress)
