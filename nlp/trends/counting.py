"""Counting: release rows into the trend tables (ratings by year and type, aspects, themes, repeat inspections)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import NotAReleaseError
from ..vocab import RATING_ORDER, RATINGS
from .rows import ReleaseRow, iter_rows

NOT_RATED = "not rated"
SECTIONS = ("strengths", "weaknesses", "recommendations")


def _rating_table(rows: list[ReleaseRow], key) -> list[dict]:
    table: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        table[key(row)][row.overall_rating or NOT_RATED] += 1
    out = []
    for group in sorted(table):
        counts = table[group]
        out.append({"group": group, **{r: counts[r] for r in RATINGS}, NOT_RATED: counts[NOT_RATED],
                    "total": sum(counts.values())})
    return out


def _normalise_aspect(aspect: str) -> str:
    aspect = re.sub(r"\s+", " ", (aspect or "").lower().replace("’", "'")).strip(" .:;")
    return re.sub(r"^(the )?(quality of )?", "", aspect)


def _theme_counts(rows: list[ReleaseRow], section: str, names: dict[str, str]) -> dict:
    """How often each theme comes up in one section: sentences, and releases mentioning it at least once."""
    sentences: Counter[str] = Counter()
    releases: Counter[str] = Counter()
    by_year: dict[str, Counter] = defaultdict(Counter)
    by_rating: dict[str, Counter] = defaultdict(Counter)
    by_type: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        per_item = row.themes.get(section, [])
        present = {theme for tags in per_item for theme in tags}
        sentences.update(theme for tags in per_item for theme in tags)
        releases.update(present)
        by_year[row.year].update(present)
        by_rating[row.overall_rating or NOT_RATED].update(present)
        by_type[row.service_type or "unknown"].update(present)
    n = len(rows)
    overall = [{"theme": t, "name": names.get(t, t), "releases": c, "share": round(c / n, 4) if n else 0.0,
                "sentences": sentences[t]} for t, c in sorted(releases.items(), key=lambda kv: (-kv[1], kv[0]))]

    def grouped(table: dict[str, Counter], group_sizes: Counter) -> dict[str, list[dict]]:
        return {g: [{"theme": t, "releases": c, "share": round(c / group_sizes[g], 4)}
                    for t, c in sorted(table[g].items(), key=lambda kv: (-kv[1], kv[0]))]
                for g in sorted(table)}

    return {"overall": overall,
            "by_year": grouped(by_year, Counter(r.year for r in rows)),
            "by_rating": grouped(by_rating, Counter(r.overall_rating or NOT_RATED for r in rows)),
            "by_type": grouped(by_type, Counter(r.service_type or "unknown" for r in rows))}


def _movement(before: str | None, after: str | None) -> str:
    if before not in RATING_ORDER or after not in RATING_ORDER:
        return "unknown"
    diff = RATING_ORDER[after] - RATING_ORDER[before]
    return "up" if diff > 0 else "down" if diff < 0 else "same"


def compute_trends(rows: Iterable[ReleaseRow], theme_names: dict[str, str] | None = None,
                   duplicates: list[dict] | None = None) -> dict:
    """Aggregate release rows into the trend tables (plain dicts and lists, ready for JSON).

    Keys: "releases", "failed" (count and [{source, error}]), "duplicates" (inputs that repeated a release,
    counted once: count and [{source, same_as}]), "years" (how many releases took their year from which
    source: published, corpus index, page date, dated sentence, fieldwork, unknown), "ratings_by_year", "ratings_by_type",
    "aspect_ratings", "themes" ({strengths|weaknesses|recommendations: {overall, by_year, by_rating, by_type}}),
    "repeat_inspections" (services inspected more than once, oldest first, with the rating's movement).

    >>> compute_trends([ReleaseRow(id="a", source="a", published="2020-01-01", overall_rating="Good")])["ratings_by_year"]
    [{'year': '2020', 'Outstanding': 0, 'Good': 1, 'Requires improvement': 0, 'Inadequate': 0, 'not rated': 0, 'total': 1}]
    """
    rows = list(rows)
    good = [r for r in rows if not r.error]
    failed = [{"source": r.source, "error": r.error} for r in rows if r.error]
    if theme_names is None:
        from ..themes import load_taxonomy  # spaCy: only when the caller gives no theme names

        theme_names = load_taxonomy().names

    by_year = [{"year": t.pop("group"), **t} for t in _rating_table(good, lambda r: r.year)]
    by_type = [{"service_type": t.pop("group"), **t} for t in _rating_table(good, lambda r: r.service_type or "unknown")]

    aspects: dict[str, Counter] = defaultdict(Counter)
    for row in good:
        for rating in row.ratings:
            aspect = _normalise_aspect(str(rating.get("aspect", "")))
            if aspect:
                value = rating.get("rating")
                aspects[aspect][value if value in RATINGS else NOT_RATED] += 1
    aspect_rows: list[dict[str, Any]] = [{"aspect": a, **{r: c[r] for r in RATINGS}, NOT_RATED: c[NOT_RATED], "total": sum(c.values())}
                   for a, c in aspects.items()]
    aspect_rows.sort(key=lambda r: (-r["total"], r["aspect"]))

    services: dict[str, list[ReleaseRow]] = defaultdict(list)
    for row in good:
        if row.key:
            services[row.key].append(row)
    repeats = []
    for key, group in sorted(services.items()):
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (r.sort_date, r.id))
        first, last = group[0], group[-1]
        repeats.append({
            "service": last.service, "key": key, "service_type": last.service_type, "count": len(group),
            "inspections": [{"id": r.id, "published": r.published, "overall_rating": r.overall_rating, "source": r.source}
                            for r in group],
            "first_rating": first.overall_rating, "last_rating": last.overall_rating,
            # an early inspection may predate ratings (before 2018): compare the first and last rated ones
            "movement": _movement(*(lambda rated: (rated[0], rated[-1]) if len(rated) > 1 else (None, None))(
                [r.overall_rating for r in group if r.overall_rating])),
        })
    duplicates = list(duplicates or [])
    return {
        "releases": len(good),
        "failed": {"count": len(failed), "items": failed},
        "duplicates": {"count": len(duplicates), "items": duplicates},
        "years": dict(Counter(_year_source(r) for r in good).most_common()),
        "ratings_by_year": by_year,
        "ratings_by_type": by_type,
        "aspect_ratings": aspect_rows,
        "themes": {section: _theme_counts(good, section, theme_names) for section in SECTIONS},
        "repeat_inspections": repeats,
    }


def _year_source(row: ReleaseRow) -> str:
    if row.published:
        return "published"
    return row.year_source or "unknown"



def trends_from_inputs(inputs: Iterable[str | Path], *, models_dir=None, jobs: int = 1) -> tuple[dict, list[ReleaseRow]]:
    """Read (or summarise) every input and compute the trends; returns (trends, rows).

    >>> trends, rows = trends_from_inputs(["summaries.jsonl"])  # doctest: +SKIP
    """
    duplicates: list[dict] = []
    rows = [row for row, _ in iter_rows(inputs, models_dir=models_dir, jobs=jobs, duplicates=duplicates)]
    if not rows:
        raise NotAReleaseError("no summaries or releases in the inputs")
    return compute_trends(rows, duplicates=duplicates), rows

