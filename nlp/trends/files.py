"""The files of a trends run: trends.json, one CSV per table, and the charts (charts.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..corpus import atomic_write_text
from ..vocab import RATINGS
from .charts import draw_charts
from .counting import NOT_RATED, SECTIONS


def _csv(rows: list[dict], columns: list[str] | None = None) -> str:
    buffer = io.StringIO()
    columns = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})
    return buffer.getvalue()


def _cell(value):
    # Spreadsheets run cells starting with = + - @ as formulas; service names come from untrusted text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def trend_tables(trends: dict) -> dict[str, list[dict]]:
    """The trend tables as flat rows, one list per CSV file (name without extension)."""
    tables = {
        "ratings_by_year": trends["ratings_by_year"],
        "ratings_by_type": trends["ratings_by_type"],
        "aspect_ratings": trends["aspect_ratings"],
    }
    for section in SECTIONS:
        block = trends["themes"][section]
        tables[f"{section}_themes"] = block["overall"]
        for by in ("by_year", "by_rating", "by_type"):
            tables[f"{section}_themes_{by}"] = [{by[3:]: group, **item} for group, items in block[by].items() for item in items]
    tables["repeat_inspections"] = [
        {"service": r["service"], "service_type": r["service_type"], "count": r["count"],
         "first_published": r["inspections"][0]["published"], "first_rating": r["first_rating"],
         "last_published": r["inspections"][-1]["published"], "last_rating": r["last_rating"], "movement": r["movement"],
         "ratings": " > ".join(i["overall_rating"] or NOT_RATED for i in r["inspections"])}
        for r in trends["repeat_inspections"]]
    tables["failed"] = trends["failed"]["items"]
    tables["duplicates"] = trends.get("duplicates", {}).get("items", [])
    return tables


_EMPTY_COLUMNS = {
    "ratings_by_year": ["year", *RATINGS, NOT_RATED, "total"],
    "ratings_by_type": ["service_type", *RATINGS, NOT_RATED, "total"],
    "aspect_ratings": ["aspect", *RATINGS, NOT_RATED, "total"],
    "repeat_inspections": ["service", "service_type", "count", "first_published", "first_rating", "last_published",
                           "last_rating", "movement", "ratings"],
    "failed": ["source", "error"],
    "duplicates": ["source", "same_as"],
}


def write_trends(trends: dict, out_dir: str | Path, *, charts: bool = True) -> list[Path]:
    """Write trends.json, one CSV per table and (with charts) PNG charts into out_dir; returns the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "trends.json"]
    atomic_write_text(written[0], json.dumps(trends, ensure_ascii=False, indent=2) + "\n")
    for name, rows in trend_tables(trends).items():
        columns = list(rows[0]) if rows else _EMPTY_COLUMNS.get(name, ["theme", "releases", "share"])
        path = out / f"{name}.csv"
        atomic_write_text(path, _csv(rows, columns))
        written.append(path)
    if charts:
        written.extend(draw_charts(trends, out))
    return written
