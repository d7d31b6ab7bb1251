"""What a session shows: the sentence in its context, entity and facts tables, key legends, progress lines.

Pure functions from data to rich renderables or markup strings; printing is the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..annotations import FACT_FIELDS
from ..corpus import Release
from .fact_values import format_fact
from .plan import Item, Progress

MAX_EVIDENCE = 12  # evidence sentences shown for a release's facts; the rest are counted


def label_keys(mapping: Mapping[str, str]) -> str:
    """The legend of label keys.

    >>> label_keys({"s": "STRENGTH", "w": "WEAKNESS"})
    '[bold]s[/] STRENGTH  [bold]w[/] WEAKNESS'
    """
    return "  ".join(f"[bold]{key}[/] {label}" for key, label in mapping.items())


def progress_line(progress: Progress, labels: Iterable[str] = ()) -> str:
    """How far the session is, with the count of each of `labels`.

    >>> from collections import Counter
    >>> progress_line({"total": 9, "done": 4, "labels": Counter(WEAKNESS=1)}, ["STRENGTH", "WEAKNESS"])
    '4/9 done  ·  STRENGTH 0  WEAKNESS 1'
    """
    counts = "  ".join(f"{label} {progress['labels'].get(label, 0)}" for label in labels)
    return f"{progress['done']}/{progress['total']} done" + (f"  ·  {counts}" if counts else "")


def _title(release: Release, position: str) -> str:
    return f"{escape(release.title)} [dim]({release.id}, {position})[/]"


def context_panel(item: Item, body: Text, position: str) -> Panel:
    """The sentence to decide (`body`, styled by the task) between its dimmed neighbours."""
    text = Text()
    before, after = item.neighbour(-1), item.neighbour(1)
    if before:
        text.append(before + "\n\n", style="dim")
    text.append("» ", style="bold")  # marks the sentence to decide when the terminal shows no styles
    text.append_text(body)
    if after:
        text.append("\n\n" + after, style="dim")
    return Panel(text, title=_title(item.release, position), title_align="left")


def entity_body(item: Item, spans: list[tuple[int, int, str]]) -> Text:
    """The sentence with its entity spans reversed."""
    text = Text(item.text, style="bold")
    for s, e, _ in spans:
        text.stylize("reverse", s - item.start, e - item.start)
    return text


def entity_table(release_text: str, spans: list[tuple[int, int, str]]) -> Table | str:
    """The spans numbered as the keys that reject them; a dim line when there are none."""
    if not spans:
        return "[dim]no entities[/]"
    table = Table(show_header=False, box=None)
    for n, (s, e, label) in enumerate(spans, 1):
        table.add_row(str(n), label, escape(release_text[s:e]))
    return table


def facts_panel(release: Release, sentences: list[tuple[int, int]], entities: list[tuple[int, int, str]],
                position: str) -> Panel:
    """The sentences a release's facts come from, dates and ratings reversed, other entities bold."""
    text = Text()
    for n, (s, e) in enumerate(sentences[:MAX_EVIDENCE]):
        line = Text(release.text[s:e])
        for a, b, label in entities:
            if s <= a and b <= e:
                line.stylize("bold reverse" if label in ("DATE", "RATING") else "bold", a - s, b - s)
        text.append("\n" if n else "")
        text.append("• ")
        text.append_text(line)
    if len(sentences) > MAX_EVIDENCE:
        text.append(f"\n… {len(sentences) - MAX_EVIDENCE} more", style="dim")
    return Panel(text, title=_title(release, position), title_align="left")


def facts_table(extracted: dict, gold: dict | None, values: dict, current: int) -> Table:
    """Each fact: gold, extracted and decided so far, the one to decide marked."""
    table = Table(box=None, pad_edge=False)
    for column in ("", "field", "gold", "extracted", "yours"):
        table.add_column(column)
    for n, name in enumerate(FACT_FIELDS):
        shown_gold = "no line" if gold is None else format_fact(gold.get(name))
        yours = format_fact(values[name]) if name in values else ""
        table.add_row("»" if n == current else "", name, escape(shown_gold), escape(format_fact(extracted[name])),
                      escape(yours))
    return table
