"""A static HTML report over many summaries: a sortable index, trend charts, one page per release.

The site opens from disk (file://) with no server and no network: the CSS and the little JavaScript are
local files, the charts local PNGs. Templates are Jinja2 with autoescape on, and the release text is
rendered by spaCy's displacy (which escapes it) with entity spans checked first, so text from a release
never becomes markup.

>>> result = build_report(["summaries.jsonl"], "site")  # doctest: +SKIP
>>> result.index  # doctest: +SKIP
PosixPath('site/index.html')
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from .annotations import ENTITY_LABELS
from .corpus import atomic_write_text
from .errors import InspectionNLPError, NotAReleaseError
from .textio import furniture_spans, in_spans, read_release_text
from .trends import CHART_FILES, RATING_ORDER, YEAR_SOURCE_NAMES, RATINGS, Loaded, ReleaseRow, compute_trends, iter_rows, write_trends
# spaCy (displacy, themes.py) is imported where a site is built, so importing this module stays light

TEMPLATES_DIR = Path(__file__).parent / "templates"
ENTITY_COLOURS = {"SERVICE": "#a8d1ff", "AGENCY": "#d9c2ff", "RATING": "#ffd28a", "DATE": "#b9ecc4"}
# Sentence labels as background tints, light enough for the entity colours to show inside them.
LABEL_COLOURS = {"STRENGTH": "#dcf3e2", "WEAKNESS": "#fbe0e0", "RECOMMENDATION": "#dde9fb", "NEUTRAL": "transparent"}
CHART_CAPTIONS = {
    "ratings_by_year": "Overall ratings by year (publication date, else the dates the page and the corpus index give)",
    "ratings_by_type": "Overall ratings by type of service",
    "weakness_themes": "Most frequent themes of weaknesses",
    "strength_themes": "Most frequent themes of strengths",
    "weakness_themes_by_year": "Weakness themes by year",
}


def _rating_class(rating: str | None) -> str:
    return (rating or "not rated").lower().replace(" ", "-") if rating in RATINGS or not rating else "not-rated"


def environment() -> Environment:
    """The Jinja2 environment of the report templates, autoescaping everything."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals["rating_class"] = _rating_class
    return env


def release_text(loaded: Loaded) -> str | None:
    """The text a summary's offsets index: given, or read from its source file if it still matches, or
    rebuilt from the sentences (offsets kept, whitespace between sentences becomes spaces)."""
    summary = loaded.summary or {}
    if loaded.text is not None and _offsets_fit(summary, loaded.text):
        return loaded.text
    source = summary.get("source")
    if source and not str(source).startswith("<"):
        try:
            text = read_release_text(source).text
        except (InspectionNLPError, OSError):
            text = None
        if text is not None and _offsets_fit(summary, text):
            return text
    sentences = [s for s in summary.get("sentences") or [] if _span_ok(s, None)]
    if not sentences:
        return None
    chars = [" "] * max(s["end"] for s in sentences)
    for s in sentences:
        if len(s.get("text", "")) == s["end"] - s["start"]:
            chars[s["start"]:s["end"]] = s["text"]
    return "".join(chars)


def _span_ok(span, text: str | None) -> bool:
    if not isinstance(span, dict):
        return False
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        return False
    return text is None or end <= len(text)


def _offsets_fit(summary: dict, text: str) -> bool:
    # sentences cover the text, so they tell whether it is the one the offsets index (a bad entity is just dropped)
    spans = summary.get("sentences") or summary.get("entities") or []
    return all(_span_ok(s, text) and text[s["start"]:s["end"]] == s.get("text", text[s["start"]:s["end"]]) for s in spans)


def entities_html(text: str, entities: list[dict]) -> Markup:
    """The release text with entities highlighted by displacy; only known labels and valid, non-overlapping
    spans are passed on, and displacy escapes the text itself.

    >>> str(entities_html("<b>Good</b>", [{"start": 3, "end": 7, "label": "RATING"}])).count("&lt;b&gt;")
    1
    """
    from spacy import displacy  # spaCy: see the note at the imports

    spans, last = [], 0
    for ent in sorted((e for e in entities if _span_ok(e, text) and e.get("label") in ENTITY_LABELS),
                      key=lambda e: (e["start"], -e["end"])):
        if ent["start"] >= last:
            spans.append({"start": ent["start"], "end": ent["end"], "label": ent["label"]})
            last = ent["end"]
    html = displacy.render({"text": text, "ents": spans, "title": None}, style="ent", manual=True, page=False,
                           options={"colors": ENTITY_COLOURS, "ents": list(ENTITY_LABELS)})
    return Markup(html)


def release_html(text: str, sentences: list[dict], entities: list[dict]) -> Markup:
    """The release text with each sentence tinted by its label (its label and score in a tooltip) and the
    entities marked inside it; runs of page furniture (cookie banners, licence lines ...) folded in a
    `<details>`. Every piece of release text is escaped; only valid, non-overlapping spans are used.

    >>> str(release_html("Skip to content\\nLeeds <b>YJS</b>.", [{"start": 16, "end": 31, "label": "STRENGTH"}],
    ...                  [{"start": 16, "end": 21, "label": "SERVICE"}])).count("&lt;b&gt;")
    1
    """
    ents = _valid_spans(text, [e for e in entities if isinstance(e, dict) and e.get("label") in ENTITY_LABELS])
    furniture = furniture_spans(text)
    out: list[str] = []
    pos = 0
    folded: list[str] = []

    def close_fold() -> None:
        if folded:
            out.append(f'<details class="furniture"><summary>page furniture ({len(folded)})</summary>'
                       f'{"".join(folded)}</details>')
            folded.clear()

    for sentence in _valid_spans(text, [s for s in sentences if isinstance(s, dict)]):
        start, end = sentence["start"], sentence["end"]
        gap = _marked(text, pos, start, ents)
        inner = _marked(text, start, end, ents)
        if in_spans(start, end, furniture):
            if folded and gap.strip():
                close_fold()
            folded.append(f'<span class="sentence furniture">{inner}</span>\n')
            pos = end
            continue
        close_fold()
        out.append(gap)
        label = str(sentence.get("label") or "NEUTRAL")
        css = label.lower() if label in LABEL_COLOURS else "neutral"
        score = (sentence.get("scores") or {}).get(label)
        tip = escape(label + (f" {score:.2f}" if isinstance(score, (int, float)) else ""))
        out.append(f'<span class="sentence {css}" title="{tip}">{inner}</span>')
        pos = end
    close_fold()
    out.append(_marked(text, pos, len(text), ents))
    return Markup("".join(out))


def _valid_spans(text: str, spans: list[dict]) -> list[dict]:
    kept, last = [], 0
    for span in sorted((s for s in spans if _span_ok(s, text)), key=lambda s: (s["start"], -s["end"])):
        if span["start"] >= last:
            kept.append(span)
            last = span["end"]
    return kept


def _marked(text: str, start: int, end: int, ents: list[dict]) -> str:
    """text[start:end] escaped, with the entities that lie wholly inside it marked."""
    out, pos = [], start
    for ent in ents:
        if ent["start"] < start or ent["end"] > end:
            continue
        out.append(str(escape(text[pos:ent["start"]])))
        label = ent["label"]
        out.append(f'<mark class="entity {label.lower()}" title="{label}">{escape(text[ent["start"]:ent["end"]])}'
                   f'<span class="entity-label">{label}</span></mark>')
        pos = ent["end"]
    out.append(str(escape(text[pos:end])))
    return "".join(out)


def _theme_counts(themes: dict[str, list[list[str]]]) -> list[tuple[str, int]]:
    counts = Counter(t for section in themes.values() for tags in section for t in tags)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def render_release(env: Environment, row: ReleaseRow, loaded: Loaded, context: dict) -> str:
    """One release page."""
    summary = loaded.summary or {}
    service = summary.get("service") or {}
    recommendations = summary.get("recommendations") or {}
    text = release_text(loaded)
    sections = []
    for key, heading, items in (("strengths", "Strengths", summary.get("strengths") or []),
                                ("weaknesses", "Areas for improvement", summary.get("weaknesses") or []),
                                ("recommendations", "Recommendations", recommendations.get("items") or [])):
        themes = row.themes.get(key, [[] for _ in items])
        sections.append((key, heading, [({"text": i.get("text", ""), "score": i.get("score")}, t) for i, t in zip(items, themes)]))
    return env.get_template("release.html").render(
        **context, root="../", summary=summary, service=service, recommendations=recommendations,
        service_name=service.get("name") or row.id, sections=sections, theme_counts=_theme_counts(row.themes),
        text_html=release_html(text, summary.get("sentences") or [], summary.get("entities") or []) if text else None,
        year_found=row.year_found, year_source=YEAR_SOURCE_NAMES.get(row.year_source or "", row.year_source),
        entity_colours=ENTITY_COLOURS, label_colours={k: v for k, v in LABEL_COLOURS.items() if k != "NEUTRAL"},
    )


def _top_themes(row: ReleaseRow, section: str, n: int = 2) -> list[str]:
    counts = Counter(t for tags in row.themes.get(section, []) for t in tags)
    return [t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


@dataclass
class ReportResult:
    """Where the report went and what it holds."""

    out_dir: Path
    index: Path
    pages: int = 0
    failed: list[dict] = field(default_factory=list)
    trends: dict = field(default_factory=dict)


def _package_version() -> str:
    try:
        return version("inspection-nlp")
    except PackageNotFoundError:
        return "dev"


def build_report(inputs, out_dir: str | Path, *, models_dir=None, jobs: int = 1, title: str = "Probation inspections",
                 charts: bool = True) -> ReportResult:
    """Write the static site for summaries / releases in `inputs` into `out_dir`.

    Pages are written as releases stream in, so memory holds only the small index rows. A release whose
    summary fails is listed in the index with its error. Raises NotAReleaseError when the inputs hold nothing.

    >>> build_report(["summaries.jsonl"], "site").pages  # doctest: +SKIP
    144
    """
    from .themes import load_taxonomy  # spaCy: see the note at the imports

    out = Path(out_dir)
    (out / "releases").mkdir(parents=True, exist_ok=True)
    (out / "assets").mkdir(exist_ok=True)
    for asset in (TEMPLATES_DIR / "assets").iterdir():
        shutil.copyfile(asset, out / "assets" / asset.name)
    taxonomy = load_taxonomy()
    env = environment()
    context = {"site_title": title, "version": _package_version(), "taxonomy": taxonomy.tag, "theme_names": taxonomy.names}

    rows: list[ReleaseRow] = []
    duplicates: list[dict] = []
    pages = 0
    for row, loaded in iter_rows(inputs, models_dir=models_dir, jobs=jobs, duplicates=duplicates):
        rows.append(row)
        if row.error:
            continue
        atomic_write_text(out / "releases" / f"{row.id}.html", render_release(env, row, loaded, context))
        pages += 1
    if not rows:
        raise NotAReleaseError("no summaries or releases in the inputs")

    trends = compute_trends(rows, taxonomy.names, duplicates)
    write_trends(trends, out / "trends", charts=charts)
    charts_list = [(CHART_FILES[k], CHART_CAPTIONS[k]) for k in CHART_FILES] if charts else []
    atomic_write_text(out / "trends.html", env.get_template("trends.html").render(
        **context, root="", trends=trends, charts=charts_list, ratings=RATINGS, year_source_names=YEAR_SOURCE_NAMES))
    index_rows = sorted(rows, key=lambda r: (r.error is not None, (r.service or r.source).lower(), r.sort_date))
    index = out / "index.html"
    atomic_write_text(index, env.get_template("index.html").render(
        **context, root="", rows=index_rows, failed=sum(1 for r in rows if r.error), duplicates=duplicates,
        types=sorted({r.service_type for r in rows if not r.error and r.service_type}), year_source_names=YEAR_SOURCE_NAMES,
        ratings=[*RATINGS, "not rated"], rating_rank=RATING_ORDER, top_themes=_top_themes))
    return ReportResult(out, index, pages, trends["failed"]["items"], trends)


__all__ = ["build_report", "ReportResult", "entities_html", "release_html", "release_text", "render_release", "environment"]
