"""Across many summaries: ratings by year and service type, aspect ratings, themes, services inspected twice.

Inputs are summary files (`.json`: one summary or a list; `.jsonl`: one per line, as written by
`inspection-nlp summarise --format json/jsonl`) or release files and directories, summarised on the fly.
Everything streams: a release becomes one small `ReleaseRow` as soon as it is read, so 1,000 summaries
cost little memory.

>>> rows = [row for row, _ in iter_rows(["tests/data/golden/westminster-yjs-2024.json",
...                                       "tests/data/golden/waltham-forest-yjs-2024.json"])]
>>> trends = compute_trends(rows)
>>> trends["ratings_by_year"][0]
{'year': '2024', 'Outstanding': 0, 'Good': 1, 'Requires improvement': 1, 'Inadequate': 0, 'not rated': 0, 'total': 2}
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .corpus import atomic_write_text
from .errors import InspectionNLPError, NotAReleaseError
from .textio import RELEASE_SUFFIXES, release_year
from .vocab import RATING_ORDER, RATINGS, service_key

NOT_RATED = "not rated"
SUMMARY_SUFFIXES = (".json", ".jsonl")
SECTIONS = ("strengths", "weaknesses", "recommendations")

def _release_id(summary: dict, fallback: str) -> str:
    """A stable id for a summary: its source file's stem, else the fallback."""
    source = summary.get("source") or ""
    stem = Path(source).stem if source and not source.startswith("<") else ""
    return stem or fallback


@dataclass
class ReleaseRow:
    """What trends and the report index need from one summary (or the error that stopped it)."""

    id: str
    source: str
    service: str = ""
    short: str = ""
    service_type: str = ""
    key: str = ""
    published: str | None = None
    fieldwork: str | None = None
    overall_rating: str | None = None
    ratings: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    themes: dict[str, list[list[str]]] = field(default_factory=dict)
    error: str | None = None
    # the release's year when the summary has no publication date, and where it was read (textio.release_year)
    year_found: str | None = None
    year_source: str | None = None
    # False when the release states no recommendation count and counts["recommendations"] counts items
    recommendations_stated: bool = True

    @property
    def year(self) -> str:
        return (self.published or "")[:4] or self.year_found or "unknown"

    @property
    def sort_date(self) -> str:
        """Publication date, else fieldwork month, else a year in the file name ("merton-yjs-2021"): for ordering."""
        if self.published or self.fieldwork:
            return self.published or self.fieldwork or ""
        found = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", Path(self.source).stem)
        return found[-1] if found else ""

    @classmethod
    def from_summary(cls, summary: dict, fallback_id: str, item_themes: dict[str, list[list[str]]],
                     text: str | None = None) -> ReleaseRow:
        service = summary.get("service") or {}
        rating = summary.get("overall_rating")
        recommendations = summary.get("recommendations") or {}
        stated = recommendations.get("count")
        stated = stated if isinstance(stated, int) and not isinstance(stated, bool) else None
        if not text and not summary.get("text"):  # one sentence a line is enough to find a page's date line
            text = "\n".join(str(s.get("text", "")) for s in summary.get("sentences") or [] if isinstance(s, dict))
        year, year_source = release_year(summary.get("published"), _indexed_published(summary.get("source")),
                                         text or summary.get("text"), summary.get("fieldwork"))
        return cls(
            id=_release_id(summary, fallback_id),
            source=summary.get("source") or fallback_id,
            service=service.get("name") or "",
            short=service.get("short") or "",
            service_type=service.get("type") or "unknown",
            key=service_key(service.get("name")),
            published=summary.get("published"),
            fieldwork=summary.get("fieldwork"),
            overall_rating=rating if rating in RATINGS else None,
            ratings=[r for r in summary.get("ratings") or [] if isinstance(r, dict)],
            counts={
                "strengths": len(summary.get("strengths") or []),
                "weaknesses": len(summary.get("weaknesses") or []),
                # the number the release states; the classifier's items only where it states none
                "recommendations": stated if stated is not None else len(recommendations.get("items") or []),
            },
            themes=item_themes,
            year_found=year,
            year_source=year_source,
            recommendations_stated=stated is not None,
        )


_INDEXES: dict[Path, dict[str, dict]] = {}


def _indexed_published(source: str | None) -> str | None:
    """The publication date the corpus index records for a release file (`corpus add --published`), if any."""
    if not source or str(source).startswith("<"):
        return None
    path = Path(str(source))
    for root in (path.parent.parent, path.parent):
        index = root / "index.jsonl"
        if not index.is_file():
            continue
        key = index.resolve()
        if key not in _INDEXES:
            try:
                rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
            except (OSError, ValueError):
                rows = []
            _INDEXES[key] = {str((root / r["path"]).resolve()): r for r in rows if isinstance(r, dict) and r.get("path")}
        entry = _INDEXES[key].get(str(path.resolve()))
        if entry:
            return entry.get("published")
    return None


@dataclass
class Loaded:
    """One input release: its summary (and release text when known) or the error that stopped it."""

    source: str
    summary: dict | None = None
    text: str | None = None
    error: str | None = None


def _read_summary_file(path: Path) -> Iterator[Loaded]:
    """Summaries in a .json (one object or a list) or .jsonl file; a bad line is an error record, not fatal."""
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        yield Loaded(name, error=f"{name}: cannot read ({err})")
        return
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                yield Loaded(f"{name}:{number}", error=f"{name}:{number}: not JSON ({err.msg})")
                continue
            yield _check_summary(value, f"{name}:{number}")
        return
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as err:
        yield Loaded(name, error=f"{name}: not JSON ({err.msg} at line {err.lineno})")
        return
    values = value if isinstance(value, list) else [value]
    for i, item in enumerate(values):
        yield _check_summary(item, name if len(values) == 1 else f"{name}[{i}]")


def _check_summary(value, where: str) -> Loaded:
    if not isinstance(value, dict) or not str(value.get("schema", "")).startswith("inspection-summary/"):
        return Loaded(where, error=f"{where}: not an inspection summary (no 'schema': 'inspection-summary/N')")
    if "error" in value and not value.get("sentences"):
        return Loaded(value.get("source") or where, error=str(value["error"]))
    return Loaded(value.get("source") or where, summary=value, text=value.get("text"))


def iter_inputs(inputs: Iterable[str | Path], *, models_dir: str | Path | None = None, jobs: int = 1) -> Iterator[Loaded]:
    """Every release in the inputs, in order: summaries read from JSON/JSONL, release files summarised.

    A missing file, a bad JSON line or a release whose summary fails yields a `Loaded` with `error`.
    """
    release_files: list[str] = []

    def flush() -> Iterator[Loaded]:
        if not release_files:
            return
        files = list(release_files)
        release_files.clear()
        for outcome in _summarise_files(files, models_dir=models_dir, jobs=jobs):
            if outcome.error:
                yield Loaded(outcome.path, error=outcome.error)
                continue
            summary = outcome.summary
            text = summary.get("text")
            yield Loaded(outcome.path, summary=summary, text=text if text is not None else _read_text(outcome.path))

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUMMARY_SUFFIXES + RELEASE_SUFFIXES)
            if not found:
                yield Loaded(str(path), error=f"{path}: directory holds no summaries or releases")
            for p in found:
                if p.suffix.lower() in SUMMARY_SUFFIXES:
                    yield from flush()
                    yield from _read_summary_file(p)
                else:
                    release_files.append(str(p))
        elif not path.exists():
            yield Loaded(str(path), error=f"{path}: no such file")
        elif path.suffix.lower() in SUMMARY_SUFFIXES:
            yield from flush()
            yield from _read_summary_file(path)
        else:
            release_files.append(str(path))
    yield from flush()


def _summarise_files(files: list[str], *, models_dir=None, jobs: int = 1):
    """Summarise release files, one outcome per file; any failure of one release is its error, not fatal."""
    from .summarise import Outcome, summarise_many, summarise_path  # lazy: summary-only corpora need no models

    if jobs > 1:
        done = 0
        try:
            for outcome in summarise_many(files, jobs=jobs, models_dir=models_dir):
                done += 1
                yield outcome
        except Exception as err:  # a worker died on one release: report it for the rest rather than stop
            for path in files[done:]:
                yield Outcome(path, error=f"{path}: not summarised ({type(err).__name__}: {err})")
        return
    from .models import load_models

    models = load_models(models_dir)  # a missing or broken model is a ModelError for the whole run
    for path in files:
        try:
            yield Outcome(path, summarise_path(path, models))
        except InspectionNLPError as err:
            yield Outcome(path, error=str(err))
        except Exception as err:  # noqa: BLE001 - one bad release must not sink a report of a thousand
            yield Outcome(path, error=f"{path}: summary failed ({type(err).__name__}: {err})")


def _read_text(path: str) -> str | None:
    from .textio import read_release_text

    try:
        return read_release_text(path).text
    except InspectionNLPError:
        return None


def _same_release_keys(loaded: Loaded) -> list[str]:
    """What makes two inputs the same release: the source file, the text's hash, the sentences' hash."""
    import hashlib

    keys = []
    summary = loaded.summary or {}
    source = summary.get("source") or loaded.source
    if source and not str(source).startswith("<") and Path(str(source)).is_file():
        keys.append("file:" + str(Path(str(source)).resolve()))
    if loaded.text:
        keys.append("text:" + hashlib.sha256(loaded.text.encode("utf-8")).hexdigest())
    sentences = summary.get("sentences") or []
    if sentences:
        digest = hashlib.sha256(json.dumps([(s.get("start"), s.get("end"), s.get("text")) for s in sentences
                                            if isinstance(s, dict)], ensure_ascii=False).encode("utf-8"))
        keys.append("sentences:" + digest.hexdigest())
    return keys


def iter_rows(inputs: Iterable[str | Path], *, tagger=None, models_dir=None, jobs: int = 1,
              duplicates: list[dict] | None = None) -> Iterator[tuple[ReleaseRow, Loaded]]:
    """`(ReleaseRow, Loaded)` per input release; themes from the summary's fields or tagged (tagger built lazily).

    The same release given twice (the same file or text, or a summary and the release it was made from) is
    yielded once; each repeat is appended to `duplicates` as {"source", "same_as"}.
    """
    from .themes import summary_item_themes

    used: Counter = Counter()
    seen: dict[str, str] = {}
    for number, loaded in enumerate(iter_inputs(inputs, models_dir=models_dir, jobs=jobs), 1):
        if not loaded.error:
            keys = _same_release_keys(loaded)
            first = next((seen[k] for k in keys if k in seen), None)
            if first is not None:
                if duplicates is not None:
                    duplicates.append({"source": loaded.source, "same_as": first})
                continue
            for key in keys:
                seen[key] = loaded.source
        if loaded.error:
            row = ReleaseRow(id=_release_id({"source": loaded.source.split(":")[0]}, f"release-{number}"),
                             source=loaded.source, error=loaded.error)
        elif loaded.summary is not None:  # a Loaded has a summary or an error
            if tagger is None and _needs_tagging(loaded.summary):
                from .themes import ThemeTagger

                tagger = ThemeTagger()
            row = ReleaseRow.from_summary(loaded.summary, f"release-{number}", summary_item_themes(loaded.summary, tagger),
                                          loaded.text)
        # ids name the release pages, so two summaries of one file (or same-named files) must not collide
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", row.id).strip("-.") or f"release-{number}"
        used[base] += 1
        row.id = base if used[base] == 1 else f"{base}-{used[base]}"
        yield row, loaded


def _needs_tagging(summary: dict) -> bool:
    items = (summary.get("strengths") or []) + (summary.get("weaknesses") or []) + \
        ((summary.get("recommendations") or {}).get("items") or [])
    return any(isinstance(item, dict) and "themes" not in item for item in items)


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
        from .themes import load_taxonomy

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


YEAR_SOURCE_NAMES = {"published": "publication date", "corpus index": "corpus index", "page date": "date on the page",
                     "dated sentence": "a dated sentence", "fieldwork": "fieldwork month", "unknown": "unknown"}
CHART_FILES = {
    "ratings_by_year": "ratings-by-year.png",
    "ratings_by_type": "ratings-by-type.png",
    "weakness_themes": "weakness-themes.png",
    "strength_themes": "strength-themes.png",
    "weakness_themes_by_year": "weakness-themes-by-year.png",
}
_RATING_COLOURS = {"Outstanding": "#1a7f37", "Good": "#7cc47f", "Requires improvement": "#f2a93b",
                   "Inadequate": "#c93c3c", NOT_RATED: "#bbbbbb"}


def draw_charts(trends: dict, out_dir: str | Path) -> list[Path]:
    """Draw the trend charts as PNG files (matplotlib, Agg backend) and return their paths.

    Drawn at 10 x 5 inches and 120 dpi (1200 px wide) with 11-12 pt text, so that shown at the width of a
    page the labels and legends stay readable; counts get integer ticks.
    """
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    with plt.rc_context({"font.size": 12, "axes.titlesize": 14, "legend.fontsize": 11, "axes.labelsize": 12}):
        return _draw_charts(trends, Path(out_dir), plt)


def _draw_charts(trends: dict, out: Path, plt) -> list[Path]:
    from matplotlib.ticker import MaxNLocator

    written = []

    def save(fig, key):
        path = out / CHART_FILES[key]
        fig.tight_layout()
        fig.savefig(path, dpi=120)
        plt.close(fig)
        written.append(path)

    years = trends.get("years") or {}
    year_note = "year from " + ", ".join(f"{YEAR_SOURCE_NAMES.get(k, k)}: {v}" for k, v in years.items()) if years else ""

    for key, column, title in (("ratings_by_year", "year", "Overall ratings by year"),
                               ("ratings_by_type", "service_type", "Overall ratings by type of service")):
        table = trends[key]
        fig, ax = plt.subplots(figsize=(10, 5))
        labels = [str(r[column]) for r in table]
        bottom = [0] * len(table)
        for rating in (*RATINGS, NOT_RATED):
            values = [r[rating] for r in table]
            if any(values):
                ax.bar(labels, values, bottom=bottom, label=rating, color=_RATING_COLOURS[rating])
                bottom = [b + v for b, v in zip(bottom, values)]
        if key == "ratings_by_year" and year_note:
            fig.suptitle(title, fontsize=14)
            ax.set_title(year_note, fontsize=10, color="#555555")
        else:
            ax.set_title(title)
        ax.set_ylabel("inspections")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 inspections
        if table:
            ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.tick_params(axis="x", labelrotation=45 if len(labels) > 8 else 0)
        save(fig, key)

    for key, section, title, colour in (("weakness_themes", "weaknesses", "Most frequent themes of weaknesses", "#c93c3c"),
                                        ("strength_themes", "strengths", "Most frequent themes of strengths", "#1a7f37")):
        items = trends["themes"][section]["overall"][:12][::-1]
        fig, ax = plt.subplots(figsize=(10, 5.5))
        ax.barh([i["name"] for i in items], [100 * i["share"] for i in items], color=colour)
        ax.set_xlabel("% of inspections mentioning it")
        ax.set_title(title)
        save(fig, key)

    block = trends["themes"]["weaknesses"]
    top = [i["theme"] for i in block["overall"][:6]]
    years = [y for y in sorted(block["by_year"]) if y != "unknown"]
    fig, ax = plt.subplots(figsize=(10, 5))
    for theme in top:
        shares = [next((100 * i["share"] for i in block["by_year"][y] if i["theme"] == theme), 0.0) for y in years]
        name = next(i["name"] for i in block["overall"] if i["theme"] == theme)
        ax.plot(years, shares, marker="o", label=name)
    ax.set_ylabel("% of that year's inspections")
    ax.tick_params(axis="x", labelrotation=45 if len(years) > 8 else 0)
    ax.set_title("Weakness themes by year")
    if top:
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10)
    save(fig, "weakness_themes_by_year")
    return written


def trends_from_inputs(inputs: Iterable[str | Path], *, models_dir=None, jobs: int = 1) -> tuple[dict, list[ReleaseRow]]:
    """Read (or summarise) every input and compute the trends; returns (trends, rows).

    >>> trends, rows = trends_from_inputs(["summaries.jsonl"])  # doctest: +SKIP
    """
    duplicates: list[dict] = []
    rows = [row for row, _ in iter_rows(inputs, models_dir=models_dir, jobs=jobs, duplicates=duplicates)]
    if not rows:
        raise NotAReleaseError("no summaries or releases in the inputs")
    return compute_trends(rows, duplicates=duplicates), rows


__all__ = ["ReleaseRow", "Loaded", "iter_inputs", "iter_rows", "compute_trends", "trend_tables", "write_trends",
           "draw_charts", "trends_from_inputs", "service_key", "RATINGS", "CHART_FILES"]


def row_dict(row: ReleaseRow) -> dict:
    """A release row as a plain dict (for JSON), with its year."""
    return {**asdict(row), "year": row.year}
