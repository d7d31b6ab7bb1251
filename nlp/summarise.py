"""Summaries of inspection releases: facts, positives, areas for improvement and recommendations.

A summary is a plain dict in the shape of `inspection-summary/1` (docs/schema.md; the JSON Schema is
nlp/schemas/inspection-summary-1.schema.json, shipped with the package): a public interface, so fields are only
ever added.

`services` (added with issue #16) lists every inspected service of the release in order, each
`{name, short, type, overall_rating, ratings}`: one item for most releases, several when a release reports on
several services at once (two PDUs of a region, two youth services). Each item's `ratings` are the aspect ratings
the text ties to that service ("... was ‘Good’ for X YJS and ‘Inadequate’ for Y YJS"; a rating tied to none is
the first service's). `service`, `overall_rating` and `ratings` stay as they were and describe the first of them.
`services` is empty when no service is named.
"""

from __future__ import annotations

import collections
import functools
import multiprocessing
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from spacy.language import Language

from .classify.encoder import MixedClassifier
from .classify.items import make_items
from .entities import extract_facts, sentence_spans
from .entities.facts import load_aspect_table
from .errors import InspectionNLPError
from .models import Models, load_models
from .textio import (DEFAULT_MAX_BYTES, InputText, furniture_spans, in_spans, is_bare_date, is_furniture,
                     read_release_text)
from .themes import ThemeTagger, add_themes
from .types import Item, ModelInfo, Sentence, Summary
from .vocab import entity_spans

SCHEMA = "inspection-summary/1"
LABEL_FIELDS = {"STRENGTH": "strengths", "WEAKNESS": "weaknesses"}


def _scores(raw: dict[str, float]) -> dict[str, float]:
    """Round to 4 places, keeping the sum at 1 by giving the rounding remainder to the top label."""
    rounded = {label: round(p, 4) for label, p in raw.items()}
    top = max(rounded, key=rounded.__getitem__)
    rounded[top] = round(1.0 - sum(p for label, p in rounded.items() if label != top), 4)
    return rounded


def _model_info(models: Models) -> ModelInfo:
    meta = models.meta
    return {
        "version": meta.get("version", "unknown"),
        "classifier": models.classifier_name,
        "ner": meta.get("pipeline", {}).get("name", "spacy"),
    }


def summarise_text(text: str, source: str = "<text>", models: Models | None = None, *,
                   min_score: float = 0.0, from_html: bool = False) -> Summary:
    """Summarise one release text into an `inspection-summary/1` dict.

    min_score: sentences whose label scores lower are left out of strengths, weaknesses and
    recommendation items (they stay in `sentences`).

    >>> summary = summarise_text(open("corpus/releases/westminster-yjs-2024.txt").read())
    >>> summary["overall_rating"], summary["recommendations"]["count"]
    ('Good', 4)
    """
    return summarise_texts([InputText(source, text, from_html)], models, min_score=min_score)[0]


def summarise_texts(inputs: list[InputText], models: Models | None = None, *, min_score: float = 0.0) -> list[Summary]:
    """Summarise several decoded releases at once: one spaCy `pipe` and one classifier call for all.

    Batching matters for speed: the classifier's cost is mostly per call, not per sentence.
    """
    models = models or load_models()
    docs = list(models.pipeline.pipe([source.text for source in inputs]))
    parsed, all_items = [], []
    for source, doc in zip(inputs, docs):
        spans = sentence_spans(doc)
        entities = entity_spans(doc.ents)
        parsed.append((spans, entities))
        all_items.extend(make_items(source.text, spans, entities))
    if isinstance(models.classifier, MixedClassifier):
        # the encoder batches each release's sentences among themselves: a summary must not depend on the
        # releases it was summarised with (int8 activations are quantised per batch)
        proba = models.classifier.predict_proba(all_items, groups=[len(spans) for spans, _ in parsed])
    else:
        proba = models.classifier.predict_proba(all_items) if all_items else []
    summaries, offset = [], 0
    for source, doc, (spans, entities) in zip(inputs, docs, parsed):
        rows = proba[offset:offset + len(spans)]
        offset += len(spans)
        summaries.append(_build_summary(source, doc, spans, entities, rows, models, min_score))
    return summaries


def _title(sentences: list[Sentence], furniture: list[tuple[int, int]]) -> str:
    """The headline: the first sentence that is not page furniture or a bare date (textio decides which)."""
    for sentence in sentences:
        text = sentence["text"].strip()
        if not in_spans(sentence["start"], sentence["end"], furniture) and not is_furniture(text) and not is_bare_date(text):
            return text
    return sentences[0]["text"] if sentences else ""


def _build_summary(source: InputText, doc, spans, entities, proba, models: Models, min_score: float) -> Summary:
    text = source.text
    labels = models.labels
    sentences: list[Sentence] = []
    for (start, end), row in zip(spans, proba):
        scores = _scores({label: float(p) for label, p in zip(labels, row)})
        label = max(scores, key=scores.__getitem__)
        sentences.append({"text": text[start:end], "start": start, "end": end, "label": label, "scores": scores})
    facts = extract_facts(doc, [(s["start"], s["end"], s["label"]) for s in sentences], models.roles,
                          aspects=load_aspect_table(models.aspects_path))

    furniture = furniture_spans(text)  # page furniture stays in `sentences` but is never a title or an item

    def items(label: str) -> list[Item]:
        return [{"text": s["text"], "start": s["start"], "end": s["end"], "score": s["scores"][label]}
                for s in sentences if s["label"] == label and s["scores"][label] >= min_score
                and not in_spans(s["start"], s["end"], furniture)]

    recommendations = facts.get("recommendations") or {}
    summary: Summary = {
        "schema": SCHEMA,
        "source": source.source,
        "title": _title(sentences, furniture),
        "service": facts.get("service"),
        "overall_rating": facts.get("overall_rating"),
        "ratings": facts.get("ratings", []),
        "services": facts.get("services", []),
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
    if source.from_html:
        summary["text"] = text
    add_themes(summary, _theme_tagger(models.taxonomy_path, models.pipeline))
    return summary


@functools.cache
def _theme_tagger(taxonomy_path: Path | None = None, pipeline: Language | None = None) -> ThemeTagger:
    """The theme tagger of a taxonomy, sharing the tokenizer of the pipeline it tags for (one per pair)."""
    return ThemeTagger(taxonomy_path, tokenizer_from=pipeline)


def summarise_path(path: str | Path, models: Models | None = None, *, min_score: float = 0.0,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Read a release file (.txt, .md, .html, or `-` for stdin) and summarise it."""
    source = read_release_text(path, max_bytes)
    return summarise_text(source.text, source.source, models, min_score=min_score, from_html=source.from_html)


@dataclass
class Outcome:
    """The result for one input of a batch: a summary, or the one-line error that stopped it."""

    path: str
    summary: Summary | None = None
    error: str | None = None


_WORKER: dict = {}
BATCH = 16


def _init_worker(models_dir, min_score, max_bytes, fast=False, threads=None) -> None:
    models = load_models(models_dir, fast=fast)
    encoder = getattr(models.classifier, "encoder", None)
    if encoder is not None and threads:
        encoder.threads = threads  # one onnxruntime thread per worker process: the processes share the cores
    _WORKER.update(models=models, min_score=min_score, max_bytes=max_bytes)
    _theme_tagger(models.taxonomy_path, models.pipeline)


def _failure(path: str, err: Exception) -> Outcome:
    if isinstance(err, InspectionNLPError):
        return Outcome(path, error=str(err))
    # one release that trips a bug must not stop a batch of thousands
    return Outcome(path, error=f"{path}: could not be summarised ({type(err).__name__}: {err})")


def _work(paths: list[str]) -> list[Outcome]:
    """Summarise a chunk of files in one batch; a file that fails is reported alone, the rest go on."""
    models, min_score = _WORKER["models"], _WORKER["min_score"]
    outcomes: list[Outcome | None] = [None] * len(paths)
    good: list[tuple[int, InputText]] = []
    for i, path in enumerate(paths):
        try:
            good.append((i, read_release_text(path, _WORKER["max_bytes"])))
        except Exception as err:
            outcomes[i] = _failure(path, err)
    try:
        summaries = summarise_texts([source for _, source in good], models, min_score=min_score)
        for (i, _), summary in zip(good, summaries):
            outcomes[i] = Outcome(paths[i], summary)
    except Exception:
        for i, source in good:  # find the culprit: summarise the chunk's files one by one
            try:
                outcomes[i] = Outcome(paths[i], summarise_texts([source], models, min_score=min_score)[0])
            except Exception as err:
                outcomes[i] = _failure(paths[i], err)
    return cast(list[Outcome], outcomes)  # every input has its outcome by now


def _chunks(paths: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def summarise_many(paths: Iterable[str], *, jobs: int = 1, models_dir: str | Path | None = None,
                   min_score: float = 0.0, max_bytes: int = DEFAULT_MAX_BYTES, fast: bool = False) -> Iterator[Outcome]:
    """Summarise many releases, yielding outcomes in input order; a bad file does not stop the rest.

    fast=True uses the linear classifier alone (no encoder), as `summarise --fast` does.

    Files go through in chunks of BATCH (one classifier call per chunk); with jobs > 1 chunks are
    spread over processes. Results stream back in order and nothing is accumulated, so memory stays
    flat however many files there are.
    """
    if jobs > 1 and not fast and isinstance(load_models(models_dir).classifier, MixedClassifier):
        # onnxruntime does not survive a fork once used in the parent (a worker hangs opening its session),
        # and the encoder already runs its batches on a thread per core: the mix summarises in one process.
        jobs = 1
    if jobs <= 1:
        _init_worker(models_dir, min_score, max_bytes, fast)
        for chunk in _chunks(paths, BATCH):
            yield from _work(chunk)
        return
    # Loaded before the fork, the models are shared copy-on-write: workers find them in the cache.
    models = load_models(models_dir, fast=fast)
    _theme_tagger(models.taxonomy_path, models.pipeline)
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(models_dir, min_score, max_bytes, fast, 1)) as pool:
        # At most two chunks per worker in flight: a slow reader holds back the workers instead of
        # letting finished summaries pile up in memory (Pool.imap would queue them all).
        pending: collections.deque = collections.deque()
        for chunk in _chunks(paths, BATCH):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _bullets(items: list[Item]) -> list[str]:
    def themes(item):
        return f" [{', '.join(item['themes'])}]" if item.get("themes") else ""

    # the release's own bullet glyph would double the Markdown one ("- • staff knew ...")
    return [f"- {_GLYPH.sub('', ' '.join(item['text'].split()))} _({item['score']:.2f})_{themes(item)}"
            for item in items] or ["- none found"]


_GLYPH = re.compile(r"^[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u00b7*\u2013\u2014-]\s+")


def to_markdown(summary: Summary) -> str:
    """Render a summary for people: facts first, then what was praised, criticised and asked."""
    service: Mapping[str, Any] = summary.get("service") or {}
    lines = [f"# {summary.get('title') or summary.get('source')}", ""]
    if service:
        lines.append(f"- **Service:** {service.get('name')} ({service.get('short')}; type {service.get('type')})")
    else:
        lines.append("- **Service:** not stated")
    lines.append(f"- **Overall rating:** {summary.get('overall_rating') or 'not stated'}")
    for rating in summary.get("ratings", []):
        lines.append(f"- **Rated separately:** {rating['aspect']}: {rating['rating']}")
    if len(summary.get("services") or []) > 1:  # a release covering several services: each with its rating
        lines.append("- **Services inspected:**")
        for item in summary["services"]:
            lines.append(f"  - {item['name']} ({item['short']}): {item.get('overall_rating') or 'rating not stated'}")
            for rating in item.get("ratings") or []:  # its own aspect ratings, where the text ties them to it
                lines.append(f"    - rated separately: {rating['aspect']}: {rating['rating']}")
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
