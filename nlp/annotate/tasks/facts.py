"""Facts: a release's seven facts field by field, gold beside what the pipeline extracts; one line per
release appended to annotations/facts.jsonl, the fields decided so far kept in a draft until then."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from ...annotations import (ANNOTATIONS_DIR, FACT_FIELDS, fact_problem, live_records, now, read_fact_records,
                            resolve_facts)
from ...corpus import CORPUS_DIR, Corpus, Release
from ...vocab import number_alternation
from ..drafts import facts_draft_path, read_facts_drafts, save_draft
from ..fact_values import FACT_HINTS, format_fact, parse_fact
from ..keys import ENTER, KeyReader
from ..loop import EndOfInput, SessionResult, Task, run_session
from ..models import SessionModels, pipeline_view
from ..plan import Progress, new_progress, resolve_release_refs
from ..render import facts_panel, facts_table, progress_line

# A sentence giving the recommendations' count, in any number word the extractor reads.
_COUNT_CUE = re.compile(rf"\b(?:\d{{1,2}}|{number_alternation(1)})\s+(?:\w+\s+){{0,2}}recommendations\b", re.I)

FACTS_HELP = ("Enter keeps the value shown (the gold one when the release has a gold line, else the extracted "
              "one), e edits it (type the value; empty for null), - sets null (no ratings for ratings), u undoes "
              "the last field (at a release's first field, reopens the release saved before), q quits. Each "
              "field is kept in a draft at once; a release's line is written when its last field is decided.")


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
        return pipeline_view(self.models, self.release.text)

    @property
    def extracted(self) -> dict:
        return {name: self._view[0].get(name) for name in FACT_FIELDS}

    def shown(self, name: str):
        """The value Enter accepts: the gold one when the release has a gold line, else the extracted one."""
        return self.gold.get(name) if self.gold is not None else self.extracted[name]

    def evidence(self) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """The sentences facts come from (a DATE or RATING, the first SERVICE, a recommendation count), with
        the entities inside them; the opening sentences when none qualify (the panel shows at most
        render.MAX_EVIDENCE of them)."""
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


def plan_facts(models: SessionModels, refs: list[str] | None = None, annotator: str = "",
               corpus_dir: str | Path | None = None, annotations_dir: str | Path | None = None,
               licence: str = "unknown", redo: bool = False) -> tuple[list[FactsItem], Progress]:
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
    progress = new_progress(len(ids))
    items = []
    for release_id in ids:
        if release_id in mine and not redo:
            progress["done"] += 1
            continue
        values = drafts.get(release_id, {})
        items.append(FactsItem(corpus.get(release_id), models, gold.get(release_id),
                               {k: v for k, v in values.items() if k in FACT_FIELDS and not fact_problem(k, v)}))
    return items, progress


def _edit_fact(name: str, keys: KeyReader, console: Console):
    """Read lines until one is a valid value of fact `name`; EndOfInput when input ends first."""
    console.print(f"new {name} ([italic]{escape(FACT_HINTS[name])}[/]; empty for null):")
    while True:
        raw = keys.line()
        if raw is None:
            raise EndOfInput
        try:
            return parse_fact(name, raw)
        except ValueError as err:
            console.print(f"[yellow]{escape(str(err))}: type it again[/]")


class FactsTask(Task[FactsItem]):
    """A release is decided field by field; each field goes to the draft at once, the release's line is
    written when the last one is decided. Undo takes back a field, or at a release's first field reopens
    the release saved before."""

    help = FACTS_HELP
    can_skip = False

    def __init__(self, items, path, annotator, keys, console, draft_path: Path):
        super().__init__(items, path, annotator, keys, console)
        self.draft_path = draft_path
        self.values: dict = dict(items[0].draft) if items else {}  # the fields of the release at hand
        self.shown_at: int | None = None  # the release whose panel was printed last

    def _field(self) -> int:
        """The index of the first field not yet decided (len(FACT_FIELDS) when all are)."""
        return next((n for n, name in enumerate(FACT_FIELDS) if name not in self.values), len(FACT_FIELDS))

    def _save(self, release: str) -> None:
        save_draft(self.draft_path, self.annotator, release, self.values)

    def ready(self, i: int) -> dict | None:
        if self._field() < len(FACT_FIELDS):
            return None
        return {"release": self.items[i].release.id, **{name: self.values[name] for name in FACT_FIELDS},
                "annotator": self.annotator, "time": now()}

    def show(self, i: int, progress: Progress) -> None:
        item, console, k = self.items[i], self.console, self._field()
        if self.shown_at != i:
            sentences, entities = item.evidence()
            console.print(facts_panel(item.release, sentences, entities, f"release {i + 1} of {len(self.items)}"))
            console.print(facts_table(item.extracted, item.gold, self.values, k))
            self.shown_at = i
        name = FACT_FIELDS[k]
        console.print(f"» [bold]{name}[/]: {escape(format_fact(item.shown(name)))}   [bold]Enter[/] keep  "
                      f"[bold]e[/] edit  [bold]-[/] null  [bold]u[/] undo  [bold]q[/] quit  [bold]?[/] help")

    def decide(self, i: int, key: str) -> dict | None:
        item, console = self.items[i], self.console
        name = FACT_FIELDS[self._field()]
        if key == ENTER:
            value = item.shown(name)
            problem = fact_problem(name, value)
            if problem:
                console.print(f"[yellow]{escape(problem)}: e to edit or - for null[/]")
                return None
        elif key == "-":
            value = [] if name == "ratings" else None
        elif key == "e":
            value = _edit_fact(name, self.keys, console)
            console.print(f"[dim]{name} = {escape(format_fact(value))}[/]")
        else:
            console.print(f"[yellow]unknown key {escape(key)!r}: ? for help[/]")
            return None
        self.values[name] = value
        self._save(item.release.id)
        return None  # the line is written by `ready` once every field is decided

    def undo_step(self, i: int) -> bool:
        k = self._field()
        if k == 0:
            return False
        undone = FACT_FIELDS[k - 1]
        self.console.print(f"[yellow]undone: {undone} = {escape(format_fact(self.values.pop(undone)))}[/]")
        self.console.print(facts_table(self.items[i].extracted, self.items[i].gold, self.values, k - 1))
        self._save(self.items[i].release.id)
        return True

    def recorded(self, i: int, row: dict, progress: Progress) -> None:
        save_draft(self.draft_path, self.annotator, row["release"], {})
        self.console.print(f"[green]saved facts of {row['release']}[/]  [dim]{progress_line(progress)}[/]")
        self.values = dict(self.items[i + 1].draft) if i + 1 < len(self.items) else {}

    def retracted(self, i: int, row: dict) -> None:
        self.values, self.shown_at = {name: row[name] for name in FACT_FIELDS[:-1]}, None
        self._save(row["release"])
        self.console.print(f"[yellow]undone: the facts line of {row['release']}[/]")

    def summary(self, result: SessionResult, progress: Progress, at: int) -> str:
        kept = ""
        if at < len(self.items) and self.values:
            kept = f"; {len(self.values)} field(s) of {self.items[at].release.id} kept as a draft, run again to go on"
        return (f"{result.written} release(s) saved, {result.undone} undone ({result.ended}){kept}; "
                f"{progress_line(progress)}")


def annotate_facts(items: list[FactsItem], progress: Progress, annotator: str, keys: KeyReader,
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
    task = FactsTask(items, root / "facts.jsonl", annotator, keys, console or Console(highlight=False),
                     facts_draft_path(root, annotator))
    return run_session(task, progress)
