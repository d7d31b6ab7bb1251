"""Across many summaries: ratings by year and service type, aspect ratings, themes, services inspected twice.

Inputs are summary files (`.json`: one summary or a list; `.jsonl`: one per line, as written by
`inspection-nlp summarise --format json/jsonl`) or release files and directories, summarised on the fly.
Everything streams: a release becomes one small `ReleaseRow` as soon as it is read, so 1,000 summaries
cost little memory.

rows.py reads the inputs into rows, counting.py turns rows into the trend tables, files.py writes
trends.json and the CSVs, charts.py draws the PNG charts (matplotlib Figures, no pyplot state).

>>> rows = [row for row, _ in iter_rows(["tests/data/golden/westminster-yjs-2024.json",
...                                       "tests/data/golden/waltham-forest-yjs-2024.json"])]
>>> trends = compute_trends(rows)
>>> trends["ratings_by_year"][0]
{'year': '2024', 'Outstanding': 0, 'Good': 1, 'Requires improvement': 1, 'Inadequate': 0, 'not rated': 0, 'total': 2}
"""

from ..vocab import RATING_ORDER, RATINGS, service_key
from .charts import CHART_FILES, YEAR_SOURCE_NAMES, draw_charts
from .counting import NOT_RATED, SECTIONS, compute_trends, trends_from_inputs
from .files import trend_tables, write_trends
from .rows import SUMMARY_SUFFIXES, Loaded, ReleaseRow, iter_inputs, iter_rows, row_dict

__all__ = ["ReleaseRow", "Loaded", "iter_inputs", "iter_rows", "compute_trends", "trend_tables", "write_trends",
           "draw_charts", "trends_from_inputs", "row_dict", "service_key", "RATINGS", "RATING_ORDER", "NOT_RATED",
           "SECTIONS", "SUMMARY_SUFFIXES", "CHART_FILES", "YEAR_SOURCE_NAMES"]
