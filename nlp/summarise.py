"""Summaries of inspection releases: facts, positives, areas for improvement and recommendations.

A summary is a plain dict in the shape of `inspection-summary/1` (shared OUTPUT-SCHEMA.md): a public
interface, so fields are only ever added.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InspectionNLPError
from .models import Models, load_models
from .textio import DEFAULT_MAX_BYTES, read_release_text
from .themes import add_themes

SCHEMA = "inspection-summary/1"
LABEL_FIELDS = {"STRENGTH": "strengths", "WEAKNESS": "weaknesses"}


def _scores(raw: dict[str, float]) -> dict[str, float]:
    """Round to 4 places, keeping the sum at 1 by giving the rounding remainder to the top label."""
    rounded = {label: round(p, 4) for label, p in raw.items()}
    top = max(rounded, key=rounded.get)
    rounded[top] = round(1.0 - sum(p for label, p in rounded.items() if label != top), 4)
    return rounded


def _model_info(models: Models) -> dict:
    meta = models.meta
    return {
        "version": meta.get("version", "unknown"),
        "classifier": meta.get("classifier", {}).get("name", type(models.classifier).__name__),
        "ner": meta.get("pipeline", {}).get("name", "spacy"),
    }


def summarise_text(text: str, source: str = "<text>", models: Models | None = None, *,
                   min_score: float = 0.0, from_html: bool = False) -> dict:
    """Summarise one release text into an `inspection-summary/1` dict.

    min_score: sentences whose label scores lower are left out of strengths, weaknesses and
    recommendation items (they stay in `sentences`).

    >>> summary = summarise_text(open("corpus/releases/westminster-yjs-2024.txt").read())
    >>> summary["overall_rating"], summary["recommendations"]["count"]
    ('Good', 4)
    """
    from .entities import extract_facts, sentence_spans
    from .classify import make_items

    models = models or load_models()
    doc = models.pipeline(text)
    spans = sentence_spans(doc)
    entities = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    labels = models.labels
    sentences = []
    if spans:
        proba = models.classifier.predict_proba(make_items(text, spans, entities))
        for (start, end), row in zip(spans, proba):
            scores = _scores({label: float(p) for label, p in zip(labels, row)})
            label = max(scores, key=scores.get)
            sentences.append({"text": text[start:end], "start": start, "end": end, "label": label, "scores": scores})
    facts = extract_facts(doc, [(s["start"], s["end"], s["label"]) for s in sentences])

    def items(label: str) -> list[dict]:
        return [{"text": s["text"], "start": s["start"], "end": s["end"], "score": s["scores"][label]}
                for s in sentences if s["label"] == label and s["scores"][label] >= min_score]

    recommendations = facts.get("recommendations") or {}
    summary = {
        "schema": SCHEMA,
        "source": source,
        "title": next((s["text"] for s in sentences), ""),
        "service": facts.get("service"),
        "overall_rating": facts.get("overall_rating"),
        "ratings": facts.get("ratings", []),
        "published": facts.get("published"),
        "fieldwork": facts.get("fieldwork"),
        "strengths": items("STRENGTH"),
        "weaknesses": items("WEAKNESS"),
        "recommendations": {
            "count": recommendations.get("count"),
            "recipients": recommendations.get("recipients", []),
            "items": items("RECOMMENDATION"),
        },
        "entities": [{"text": text[s:e], "label": label, "start": s, "end": e} for s, e, label in entities],
        "sentences": sentences,
        "model": _model_info(models),
    }
    if from_html:
        summary["text"] = text
    add_themes(summary, _theme_tagger())
    return summary


@functools.cache
def _theme_tagger():
    from .themes import ThemeTagger

    return ThemeTagger()


def summarise_path(path: str | Path, models: Models | None = None, *, min_score: float = 0.0,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """Read a release file (.txt, .md, .html, or `-` for stdin) and summarise it."""
    source = read_release_text(path, max_bytes)
    return summarise_text(source.text, source.source, models, min_score=min_score, from_html=source.from_html)


@dataclass
class Outcome:
    """The result for one input of a batch: a summary, or the one-line error that stopped it."""

    path: str
    summary: dict | None = None
    error: str | None = None


_WORKER: dict = {}


def _init_worker(models_dir, min_score, max_bytes) -> None:
    _WORKER.update(models=load_models(models_dir), min_score=min_score, max_bytes=max_bytes)
    _theme_tagger()


def _work(path: str) -> Outcome:
    try:
        return Outcome(path, summarise_path(path, _WORKER["models"], min_score=_WORKER["min_score"],
                                            max_bytes=_WORKER["max_bytes"]))
    except InspectionNLPError as err:
        return Outcome(path, error=str(err))
    except Exception as err:  # one release that trips a bug must not stop a batch of thousands
        return Outcome(path, error=f"{path}: could not be summarised ({type(err).__name__}: {err})")


def summarise_many(paths: Iterable[str], *, jobs: int = 1, models_dir: str | Path | None = None,
                   min_score: float = 0.0, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Outcome]:
    """Summarise many releases, yielding outcomes in input order; a bad file does not stop the rest.

    With jobs > 1 the work is spread over processes; results stream back in order and nothing is
    accumulated, so memory stays flat however many files there are.
    """
    if jobs <= 1:
        _init_worker(models_dir, min_score, max_bytes)
        for path in paths:
            yield _work(path)
        return
    # Loaded before the fork, the models are shared copy-on-write: workers find them in the cache.
    load_models(models_dir)
    _theme_tagger()
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(models_dir, min_score, max_bytes)) as pool:
        yield from pool.imap(_work, paths, chunksize=4)


def _bullets(items: list[dict]) -> list[str]:
    def themes(item):
        return f" [{', '.join(item['themes'])}]" if item.get("themes") else ""

    return [f"- {' '.join(item['text'].split())} _({item['score']:.2f})_{themes(item)}" for item in items] or ["- none found"]


def to_markdown(summary: dict) -> str:
    """Render a summary for people: facts first, then what was praised, criticised and asked."""
    service = summary.get("service") or {}
    lines = [f"# {summary.get('title') or summary.get('source')}", ""]
    if service:
        lines.append(f"- **Service:** {service.get('name')} ({service.get('short')}; type {service.get('type')})")
    else:
        lines.append("- **Service:** not stated")
    lines.append(f"- **Overall rating:** {summary.get('overall_rating') or 'not stated'}")
    for rating in summary.get("ratings", []):
        lines.append(f"- **Rated separately:** {rating['aspect']}: {rating['rating']}")
    lines.append(f"- **Published:** {summary.get('published') or 'not stated'}")
    lines.append(f"- **Fieldwork:** {summary.get('fieldwork') or 'not stated'}")
    lines.append(f"- **Source:** {summary.get('source')}")
    recommendations = summary["recommendations"]
    lines += ["", f"## Positives ({len(summary['strengths'])})", *_bullets(summary["strengths"])]
    lines += ["", f"## Areas for improvement ({len(summary['weaknesses'])})", *_bullets(summary["weaknesses"])]
    count = recommendations.get("count")
    lines += ["", f"## Recommendations ({count if count is not None else 'number not stated'})"]
    if recommendations.get("recipients"):
        lines.append(f"To: {', '.join(recommendations['recipients'])}")
        lines.append("")
    lines += _bullets(recommendations["items"])
    return "\n".join(lines) + "\n"
