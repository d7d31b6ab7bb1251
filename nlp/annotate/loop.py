"""The session loop, written once: keys, help, undo, skip, quit, end of input, Ctrl-C, progress, storage.

A task (see `tasks/`) says how to show one item, how to read a decision from a key, and what its line
records; `run_session` owns the rest. Every decision is appended to the task's file at once; an undo appends
a retraction line (files are never rewritten), so a killed process or Ctrl-C loses nothing already answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from rich.console import Console

from ..annotations import UNDO, append_jsonl, now
from .keys import KeyReader
from .plan import Progress
from .render import progress_line

ItemT = TypeVar("ItemT")


@dataclass
class SessionResult:
    """What a session did: decisions written, undone, skipped, and how it ended ('finished', 'quit',
    'end of input', 'interrupted')."""

    written: int = 0
    undone: int = 0
    skipped: int = 0
    ended: str = "finished"
    labels: Counter = field(default_factory=Counter)


class EndOfInput(Exception):
    """Input ended while a task was reading a line (a surface form, a value): the session ends cleanly."""


def next_key(keys: KeyReader, console: Console, result: SessionResult, help_text: str | None = None) -> str | None:
    """The next answer key; "?" prints the help and waits again. None when the session ends (end of input or
    "q"), with the reason set on ``result``.

    >>> import io
    >>> result = SessionResult()
    >>> next_key(KeyReader(io.StringIO("?\\nS\\nq\\n")), Console(), result, "s labels")
    s labels
    's'
    >>> next_key(KeyReader(io.StringIO("q\\n")), Console(), result), result.ended
    (None, 'quit')
    """
    while True:
        key = keys.key()
        if key is None or key == "q":
            result.ended = "end of input" if key is None else "quit"
            return None
        if key != "?" or help_text is None:
            return key
        console.print(help_text)


class Task(Generic[ItemT]):
    """One kind of decision: what `run_session` asks of it. Subclasses implement `show` and `decide`; the
    other hooks default to a task whose every line is one decision about one item."""

    help: str | None = None  # printed at "?"; None: "?" goes to `decide` like any key
    can_skip: bool = True  # "x" leaves the item for the next session
    saved: str = "saved"  # how the summary line counts what was written
    progress_labels: Sequence[str] = ()  # the labels counted in the progress line

    def __init__(self, items: Sequence[ItemT], path: Path, annotator: str, keys: KeyReader, console: Console):
        self.items, self.path, self.annotator, self.keys, self.console = items, path, annotator, keys, console

    def ready(self, i: int) -> dict | None:
        """A line already decided for item `i` without asking (facts: a draft with every field), else None."""
        return None

    def show(self, i: int, progress: Progress) -> None:
        """Print item `i` and the keys that decide it."""
        raise NotImplementedError

    def decide(self, i: int, key: str) -> dict | None:
        """The line `key` decides for item `i`, or None to ask again (a change to the item, a wrong key).
        Raises EndOfInput when input ends while reading more than the key."""
        raise NotImplementedError

    def undo_step(self, i: int) -> bool:
        """Undo a step inside item `i` (facts: the last field); False when there is none, so the session's
        last line is retracted instead."""
        return False

    def labels_of(self, row: dict) -> list[str]:
        """The labels a line counts towards the progress."""
        return []

    def recorded(self, i: int, row: dict, progress: Progress) -> None:
        """Called once `row`, the decision about item `i`, is on disk."""

    def retracted(self, i: int, row: dict) -> None:
        """Called once `row`, the decision about item `i`, is retracted: the item is shown again next."""

    def summary(self, result: SessionResult, progress: Progress, at: int) -> str:
        """The closing line; `at` is the item the session stopped at."""
        return (f"{result.written} {self.saved}, {result.undone} undone, {result.skipped} skipped ({result.ended}); "
                f"{progress_line(progress, self.progress_labels)}")


def retract(path: Path, row: dict, annotator: str, labels: list[str], progress: Progress,
            result: SessionResult) -> None:
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


def run_session(task: Task, progress: Progress) -> SessionResult:
    """Ask `task` about each of its items in turn until they are done, the annotator quits (q), input ends or
    Ctrl-C; u undoes (a step inside the item, else the session's last line or skip), x skips, ? helps.
    `progress` is the planner's count before the session; it is copied, not changed."""
    console = task.console
    result = SessionResult()
    history: list[tuple[int, str, dict | None]] = []  # (item, "record" or "skip", line) for undo
    progress = {"total": progress["total"], "done": progress["done"], "labels": Counter(progress["labels"])}
    i = 0
    try:
        while i < len(task.items):
            row = task.ready(i)
            if row is None:
                task.show(i, progress)
                key = next_key(task.keys, console, result, task.help)
                if key is None:
                    break
                if key == "u":
                    if task.undo_step(i):
                        continue
                    if not history:
                        console.print("[yellow]nothing to undo in this session[/]")
                        continue
                    i, kind, undone = history.pop()
                    if kind == "skip":
                        result.skipped -= 1
                    elif undone is not None:  # a recorded line
                        retract(task.path, undone, task.annotator, task.labels_of(undone), progress, result)
                        task.retracted(i, undone)
                    continue
                if key == "x" and task.can_skip:  # not saved: the item comes back next session
                    history.append((i, "skip", None))
                    result.skipped += 1
                    i += 1
                    continue
                row = task.decide(i, key)
                if row is None:
                    continue
            append_jsonl(task.path, row)
            history.append((i, "record", row))
            progress["done"] += 1
            for label in task.labels_of(row):
                progress["labels"][label] += 1
                result.labels[label] += 1
            result.written += 1
            task.recorded(i, row, progress)
            i += 1
    except KeyboardInterrupt:
        result.ended = "interrupted"
    except EndOfInput:
        result.ended = "end of input"
    console.print(task.summary(result, progress, i))
    return result
