"""Invariance of the facts to surface edits (CheckList INV tests, Ribeiro et al. 2020).

Every release of the held-out sets is rewritten by one label-preserving edit at a time (a quote style of the
ratings, a date form, a number written in words or digits, a dash, ...), its gold sentence and entity offsets
moved along (`nlp.entities.robustness`'s offset map), its gold service name edited the same way where the edit
reaches it; then its facts are extracted with the shipped models and modes (the pipeline, the role model and the
gold sentence labels, as `inspection-nlp evaluate` does) and compared, fact by fact with evaluate's comparison,
with the facts of the unedited release. A fact that changes is a fact the rules read from the surface.

    .venv/bin/python -m nlp.entities.facts.invariance                      # every annotations/heldout* set
    .venv/bin/python -m nlp.entities.facts.invariance annotations/heldout --json /tmp/inv.json --changes
    .venv/bin/python -m nlp.entities.facts.invariance --project-patterns   # annotations/patterns, not models/
    .venv/bin/python -m nlp.entities.facts.invariance --models DIR          # other models than the installed ones

Only edits `REAL-RELEASES.md` shows real releases make are in group ``real``; group ``page`` are the forms a
release copied from a web page or a PDF takes (no-break spaces, hard line breaks, doubled spaces) and the
quote and date forms the maintainers' brief lists beyond those (double quotes, "March 6, 2024").
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...vocab import NUMBERS, RATINGS
from ..robustness import _OffsetMap, _rewrite

Replacements = list[tuple[int, int, str]]

_RATING = re.compile(r"(?P<open>[‘'“\"])(?P<term>" + "|".join(RATINGS) + r")(?P<close>[’'”\"])", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DATE = re.compile(r"\b(?P<day>\d{1,2}) (?P<month>" + "|".join(_MONTHS) + r") (?P<year>(?:19|20)\d\d)\b")
# the second day of a range ("between 24 and 28 February 2020", "10 - 14 June", "30 December – 3 January 2025")
# is not a date of its own: rewriting it alone would write a form no release has
_RANGE_BEFORE = re.compile(r"(?:[–—-]|\band|\bto|\buntil)\s*$")
_WORDS = {word: value for word, value in NUMBERS.items() if value >= 1}
_COUNT_WORD = re.compile(r"\b(?P<n>" + "|".join(sorted(_WORDS, key=len, reverse=True)) +
                         r")(?=\s+(?:\w+\s+){0,2}?recommendations?\b)", re.I)
_COUNT_DIGITS = re.compile(r"\b(?P<n>\d{1,2})(?=\s+(?:\w+\s+){0,2}?recommendations?\b)")
_DASH = re.compile(r"(?<=\s)[–—-](?=\s)|(?<=\d)[–—](?=\d)")
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=[A-Za-z])|(?<=[A-Za-z]) (?=\d)")
_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)")
_PDU_LONG = re.compile(r"\bProbation Delivery Unit(?P<s>s?)\b")
_PDU_SHORT = re.compile(r"(?<!\()\bPDU(?P<s>s?)\b(?!\))")


def _rating_quotes(opening: str, closing: str) -> Callable[[str], Replacements]:
    def edit(text: str) -> Replacements:
        out: Replacements = []
        for m in _RATING.finditer(text):
            out += [(m.start("open"), m.end("open"), opening), (m.start("close"), m.end("close"), closing)]
        return out
    return edit


def _rating_case(case: Callable[[str], str], *, unquoted: bool = False) -> Callable[[str], Replacements]:
    def edit(text: str) -> Replacements:
        out: Replacements = []
        for m in _RATING.finditer(text):
            if unquoted:
                out.append((m.start("open"), m.end("open"), ""))
            out.append((m.start("term"), m.end("term"), case(m["term"])))
            if unquoted:
                out.append((m.start("close"), m.end("close"), ""))
        return out
    return edit


def _title(term: str) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in term.split())


def _date_form(form: Callable[[int, int, str], str]) -> Callable[[str], Replacements]:
    def edit(text: str) -> Replacements:
        out: Replacements = []
        for m in _DATE.finditer(text):
            if _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            month = _MONTHS.index(m["month"]) + 1
            out.append((m.start(), m.end(), form(int(m["day"]), month, m["year"])))
        return out
    return edit


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _counts_in_digits(text: str) -> Replacements:
    return [(m.start(), m.end(), str(_WORDS[m["n"].lower()])) for m in _COUNT_WORD.finditer(text)]


def _counts_in_words(text: str) -> Replacements:
    words = {value: word for word, value in _WORDS.items()}
    out: Replacements = []
    for m in _COUNT_DIGITS.finditer(text):
        word = words.get(int(m["n"]))
        if word:
            opening = not text[:m.start()].rstrip(" ") or text[:m.start()].rstrip(" ")[-1] in ".\n:"
            out.append((m.start(), m.end(), word.capitalize() if opening else word))
    return out


def _dashes(dash: str) -> Callable[[str], Replacements]:
    return lambda text: [(m.start(), m.end(), dash) for m in _DASH.finditer(text) if m.group() != dash]


def _pattern(pattern: re.Pattern, new: str) -> Callable[[str], Replacements]:
    return lambda text: [(m.start(), m.end(), new) for m in pattern.finditer(text) if m.group() != new]


def _defines_pdu(text: str) -> bool:
    return bool(_PDU_LONG.search(text)) and bool(re.search(r"\bPDUs?\b", text))


def _pdu_short(text: str) -> Replacements:
    """Every "Probation Delivery Unit" after the first written as "PDU", where the text uses both."""
    if not _defines_pdu(text):
        return []
    return [(m.start(), m.end(), "PDU" + m["s"]) for m in list(_PDU_LONG.finditer(text))[1:]]


def _pdu_long(text: str) -> Replacements:
    """Every "PDU" after the first "Probation Delivery Unit" written out, where it follows a name or "the" ("the
    city PDU" stays: no release writes "the city Probation Delivery Unit"); a defining "(PDU)" stays."""
    first = _PDU_LONG.search(text)
    if not first or not _defines_pdu(text):
        return []
    return [(m.start(), m.end(), "Probation Delivery Unit" + m["s"]) for m in _PDU_SHORT.finditer(text, first.end())
            if re.search(r"(?:\b[A-Z][\w’'-]*|\bthe) $", text[max(0, m.start() - 30):m.start()])]


def _wrap(width: int) -> Callable[[str], Replacements]:
    """Hard line breaks inside paragraphs, as text copied from a PDF or an e-mail has them: a space at most
    ``width`` characters into a line becomes a newline (same length, so no offset moves)."""
    def edit(text: str) -> Replacements:
        out: Replacements = []
        start = 0
        for line in text.split("\n"):
            column, last_space = 0, None
            for i, char in enumerate(line):
                if char == " ":
                    last_space = i
                column += 1
                if column > width and last_space is not None:
                    out.append((start + last_space, start + last_space + 1, "\n"))
                    column, last_space = i - last_space, None
            start += len(line) + 1
        return out
    return edit


def _extra_whitespace(text: str) -> Replacements:
    """Two spaces after a full stop and a space left at the end of a paragraph."""
    # each replaces one character, so a span ending right before it keeps its end
    out = [(m.start(), m.end(), "  ") for m in re.finditer(r"(?<=\w\.) (?=[A-Z‘“])", text)]
    out += [(m.start(), m.start() + 1, " \n") for m in re.finditer(r"(?<=\S)\n\n", text)]
    return sorted(out)


@dataclasses.dataclass(frozen=True)
class Edit:
    """One surface edit: its name, its group ("real": REAL-RELEASES.md shows it; "page": copied pages and the
    brief's further forms), the replacements it makes in a text, and those it makes in a gold service name
    (default: the same as in a text)."""

    name: str
    group: str
    text: Callable[[str], Replacements]
    service_name: Callable[[str], Replacements] | None = None

    def apply_name(self, name: str | None) -> str | None:
        if not isinstance(name, str):
            return name
        return _rewrite(name, sorted((self.service_name or self.text)(name)))


EDITS: tuple[Edit, ...] = (
    Edit("rating in straight quotes 'Good'", "real", _rating_quotes("'", "'")),
    Edit("rating without quotes", "real", _rating_quotes("", "")),
    Edit("rating in double quotes “Good”", "page", _rating_quotes("“", "”")),
    Edit("rating in straight double quotes \"Good\"", "page", _rating_quotes('"', '"')),
    Edit("rating in title case ‘Requires Improvement’", "real", _rating_case(_title)),
    Edit("rating in lower case ‘requires improvement’", "real", _rating_case(str.lower)),
    Edit("rating unquoted, lower case (rated good)", "real", _rating_case(str.lower, unquoted=True)),
    Edit("date 6th March 2024", "real", _date_form(lambda d, m, y: f"{_ordinal(d)} {_MONTHS[m - 1]} {y}")),
    Edit("date 6 Mar 2024", "real", _date_form(lambda d, m, y: f"{d} {_MONTHS[m - 1][:3]} {y}")),
    Edit("date 06/03/2024", "real", _date_form(lambda d, m, y: f"{d:02d}/{m:02d}/{y}")),
    Edit("date March 6, 2024", "page", _date_form(lambda d, m, y: f"{_MONTHS[m - 1]} {d}, {y}")),
    Edit("recommendation count in digits", "real", _counts_in_digits),
    Edit("recommendation count in words", "real", _counts_in_words),
    Edit("dashes as en dash –", "real", _dashes("–")),
    Edit("dashes as em dash —", "real", _dashes("—")),
    Edit("dashes as hyphen -", "real", _dashes("-")),
    Edit("straight apostrophes (St Helen's)", "real", _pattern(_APOSTROPHE, "'")),
    Edit("curly apostrophes (St Helen’s)", "real", _pattern(_APOSTROPHE, "’")),
    Edit("PDU after the first Probation Delivery Unit", "real", _pdu_short, lambda name: []),
    Edit("Probation Delivery Unit for every later PDU", "real", _pdu_long, lambda name: []),
    Edit("no-break spaces beside numbers", "page", _pattern(_NUMBER_SPACE, "\u00a0")),
    Edit("line breaks inside paragraphs (72 columns)", "page", _wrap(72)),
    Edit("extra whitespace", "page", _extra_whitespace),
)


def edit_release(release, edit: Edit):
    """A copy of ``release`` (AnnotatedRelease) with ``edit`` applied and its gold moved along; None when the
    edit finds nothing to change.

    >>> from nlp.annotations import AnnotatedRelease
    >>> r = AnnotatedRelease("x", "Leeds PDU was rated ‘Good’.", sentences=[(0, 27, "NEUTRAL")],
    ...                      facts={"service": "Leeds PDU"})
    >>> edited = edit_release(r, EDITS[1])
    >>> edited.text, edited.sentences
    ('Leeds PDU was rated Good.', [(0, 25, 'NEUTRAL')])
    """
    replacements = sorted(edit.text(release.text))
    if not replacements:
        return None
    move = _OffsetMap(replacements)
    facts = dict(release.facts)
    facts["service"] = edit.apply_name(facts.get("service"))
    if facts.get("services"):
        facts["services"] = [{**item, "name": edit.apply_name(item.get("name"))} for item in facts["services"]]
    coverage = (None if release.entity_coverage is None
                else [(move(s), move(e, is_end=True)) for s, e in release.entity_coverage])
    return dataclasses.replace(
        release, text=_rewrite(release.text, replacements), facts=facts, entity_coverage=coverage,
        sentences=[(move(s), move(e, is_end=True), label) for s, e, label in release.sentences],
        entities=[(move(s), move(e, is_end=True), label) for s, e, label in release.entities])


def _facts_of(models, releases) -> list[dict]:
    from ..evaluation import FACT_FIELDS, _predicted_fact
    from .extract import extract_facts

    docs = models.pipeline.pipe(r.text for r in releases)
    out = []
    for release, doc in zip(releases, docs):
        facts = extract_facts(doc, release.sentences, models.roles, aspects=None)
        out.append({field: _predicted_fact(facts, field) for field in FACT_FIELDS})
    return out


def measure_invariance(sets: dict[str, list], models=None, edits: tuple[Edit, ...] = EDITS) -> dict[str, Any]:
    """Per edit and per fact, how many edited releases' facts change, and how many facts are right before and
    after (against the gold, moved along by the edit).

    >>> from nlp.annotations import load_shared_dir
    >>> out = measure_invariance({"heldout": load_shared_dir("annotations/heldout")[:2]}, edits=EDITS[:1])  # doctest: +SKIP
    """
    from ...models import load_models
    from ..evaluation import FACT_FIELDS, fact_matches

    models = models or load_models(fast=True)
    releases = [(name, r) for name, rs in sets.items() for r in rs]
    original = _facts_of(models, [r for _, r in releases])
    result: dict[str, Any] = {"releases": len(releases), "sets": {name: len(rs) for name, rs in sets.items()},
                              "facts": list(FACT_FIELDS), "edits": []}
    for edit in edits:
        edited = [(i, edit_release(r, edit)) for i, (_, r) in enumerate(releases)]
        edited = [(i, r) for i, r in edited if r is not None]
        facts = _facts_of(models, [r for _, r in edited])
        changed = {field: 0 for field in FACT_FIELDS}
        right_before = {field: 0 for field in FACT_FIELDS}
        right_after = {field: 0 for field in FACT_FIELDS}
        changes = []
        for (i, release), after in zip(edited, facts):
            before = original[i]
            for field in FACT_FIELDS:
                want = before[field]
                if field == "service":
                    want = edit.apply_name(want)
                elif field == "services":
                    want = [{**item, "name": edit.apply_name(item["name"])} for item in want]
                if not fact_matches(field, want, after[field]):
                    changed[field] += 1
                    changes.append({"set": releases[i][0], "release": release.id, "field": field,
                                    "before": before[field], "after": after[field]})
                gold = release.facts.get(field)
                if field == "services" and gold is None:
                    continue
                right_after[field] += fact_matches(field, gold, after[field])
                right_before[field] += fact_matches(field, releases[i][1].facts.get(field), before[field])
        result["edits"].append({"edit": edit.name, "group": edit.group, "edited": len(edited), "changed": changed,
                                "releases_changed": len({(c["set"], c["release"]) for c in changes}),
                                "right_before": right_before, "right_after": right_after, "changes": changes})
    return result


_SHORT = {"service": "service", "service_type": "type", "overall_rating": "overall", "ratings": "aspects",
          "published": "published", "fieldwork": "fieldwork", "recommendations_count": "recs", "services": "services"}


def invariance_table(result: dict) -> str:
    """A Markdown table: per edit, the releases it edited, then per fact the releases whose fact changed."""
    fields = result["facts"]
    head = "| edit | group | edited | any fact changed | " + " | ".join(_SHORT[f] for f in fields) + " |"
    lines = [head, "|" + "---|" * 2 + "---:|" * (len(fields) + 2)]
    for row in result["edits"]:
        cells = [row["edit"], row["group"], str(row["edited"]),
                 f"{row['releases_changed']} ({row['releases_changed'] / row['edited']:.0%})" if row["edited"] else "0"]
        cells += [str(row["changed"][f]) or "0" for f in fields]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> None:
    from ...annotations import load_shared_dir

    argv = list(sys.argv[1:] if argv is None else argv)
    out_path = None
    if "--json" in argv:
        i = argv.index("--json")
        out_path = argv[i + 1]
        del argv[i:i + 2]
    models_dir = None
    if "--models" in argv:
        i = argv.index("--models")
        models_dir = argv[i + 1]
        del argv[i:i + 2]
    show = "--changes" in argv
    from ...models import load_models

    models = load_models(models_dir, fast=True)
    if "--project-patterns" in argv:  # the entity rules of annotations/patterns, before `train` copies them
        from ..pipeline import build_pipeline

        models.pipeline = build_pipeline(ner=False)
    dirs = [a for a in argv if not a.startswith("--")] or sorted(
        str(p) for p in Path("annotations").glob("heldout*") if p.is_dir())
    sets = {Path(d).name: load_shared_dir(d) for d in dirs}
    result = measure_invariance(sets, models)
    print(f"{result['releases']} releases ({', '.join(f'{k} {v}' for k, v in result['sets'].items())}); "
          "per fact, the edited releases whose extracted fact changed")
    print(invariance_table(result))
    if show:
        for row in result["edits"]:
            for change in row["changes"]:
                print(json.dumps({"edit": row["edit"], **change}, ensure_ascii=False, default=str))
    if out_path:
        Path(out_path).write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
