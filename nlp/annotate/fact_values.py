"""A release's facts as the annotator types and reads them, and as the pipeline gives them, in the facts.jsonl shape."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..annotations import fact_problem
from ..vocab import RATINGS, SERVICE_TYPES

FACT_HINTS = {
    "service": "the service's full name as first written",
    "service_type": " / ".join(SERVICE_TYPES),
    "overall_rating": " / ".join(RATINGS) + " (or o, g, ri, i)",
    "ratings": "aspect=Rating; aspect=Rating",
    "published": "YYYY-MM-DD",
    "fieldwork": "YYYY-MM",
    "recommendations_count": "a whole number",
}


def record_facts(facts: Mapping[str, Any]) -> dict:
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


def _rating(text: str) -> str:
    """A term of the scale from the term, a unique prefix of it or its initials ("ri"), in any case or quotes.

    >>> _rating("‘ri’"), _rating("Out")
    ('Requires improvement', 'Outstanding')
    """
    term = " ".join(text.strip("‘’'\"“” ").split()).lower()
    found = [r for r in RATINGS
             if term and (r.lower().startswith(term) or "".join(w[0] for w in r.lower().split()) == term)]
    if len(found) != 1:
        raise ValueError(f"{text.strip()!r} is not a rating: {' / '.join(RATINGS)}")
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
    value: str | int | list[dict[str, str]] | None
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
    """A fact as typed in an edit: `null`, `none` for no ratings, `aspect=Rating; ...`.

    >>> format_fact(None), format_fact([]), format_fact([{"aspect": "staff", "rating": "Good"}]), format_fact(4)
    ('null', 'none', 'staff=Good', '4')
    """
    if value is None:
        return "null"
    if isinstance(value, list):
        return "; ".join(f"{r['aspect']}={r['rating']}" for r in value) if value else "none"
    return str(value)
