"""What a session asks of the models, and the stand-in when the trained ones cannot be loaded.

`SessionModels` is the protocol a session needs (segment, suggest, entities); `nlp.models.Models`, the trained
pipeline and classifier on disk, is one thing that provides it, `FallbackModels` another. Every call a session
makes to a model goes through here and tolerates the model failing: a release the model cannot handle gets
no suggestions, it never stops the session.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from ..models import load_models
from ..vocab import entity_spans
from .fact_values import record_facts


class SessionModels(Protocol):
    """What a session needs from the models (nlp.models.load_models() and FallbackModels provide it)."""

    def segment(self, text: str) -> list[tuple[int, int]]: ...

    def suggest(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, dict]] | None: ...

    def entities(self, text: str) -> list[tuple[int, int, str]]: ...


# A sentence ends at . ! ? (and any closing quotes or brackets) followed by space and a capital,
# digit or opening quote; headlines and list items end at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[A-Z0-9‘“\"'(\[•-])")


def simple_segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks: the fallback when no model can be loaded.

    >>> text = "Leeds YJS rated ‘Good’\\n\\nIt works well. Staff care. "
    >>> [text[s:e] for s, e in simple_segment(text)]
    ['Leeds YJS rated ‘Good’', 'It works well.', 'Staff care.']
    """
    spans = []
    for line in re.finditer(r"[^\r\n]+", text):
        start = line.start()
        pieces = [m.end() for m in _SENTENCE_END.finditer(line.group())] + [len(line.group())]
        for end in pieces:
            chunk = line.group()[start - line.start():end]
            stripped = chunk.strip()
            if stripped:
                lo = start + (len(chunk) - len(chunk.lstrip()))
                spans.append((lo, lo + len(stripped)))
            start = line.start() + end
    return spans


class FallbackModels:
    """Stand-in when the trained models cannot be loaded: our rule-based pipeline (or punctuation) for
    sentences and entities, and no label suggestions."""

    def __init__(self):
        self._nlp = None
        try:
            # spaCy is imported only when a session falls back to the rules: the trained models, when they
            # load, bring their own pipeline
            from ..entities import build_pipeline, sentence_spans  # noqa: F401 (probe)

            try:
                self._nlp = build_pipeline(ner=False)  # an untrained ner would only add noise
            except TypeError:
                self._nlp = build_pipeline()
            self._spans = sentence_spans
        except Exception:  # any failure means: use punctuation, suggest nothing
            self._nlp = None

    def segment(self, text: str) -> list[tuple[int, int]]:
        if self._nlp is not None:
            try:
                return [tuple(span) for span in self._spans(self._nlp(text))]
            except Exception:
                self._nlp = None
        return simple_segment(text)

    def suggest(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, dict]] | None:
        return None

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        if self._nlp is None:
            return []
        try:
            return entity_spans(self._nlp(text).ents)
        except Exception:
            return []

    def facts(self, text: str) -> dict:
        """The rule-based facts of a release (no sentence labels to guide them), in the facts.jsonl shape."""
        if self._nlp is None:
            return {}
        from ..entities import extract_facts  # with the pipeline above: loaded only when the rules are used

        return record_facts(extract_facts(self._nlp(text)))


def load_session_models(models_dir: str | Path | None = None) -> tuple[SessionModels, str | None]:
    """The trained models, or FallbackModels and a message saying why there will be no suggestions.

    >>> models, problem = load_session_models("/nonexistent")
    >>> problem is not None
    True
    """
    try:
        return load_models(models_dir), None
    except Exception as err:  # a missing or broken model must not stop annotation
        return FallbackModels(), f"no model suggestions ({type(err).__name__}: {err}); annotating without them"


def suggestions(models: SessionModels, text: str, spans: list[tuple[int, int]]) -> list:
    """The model's (label, score, scores) for each span, or None for each when it has none or fails.

    >>> class Failing:
    ...     def suggest(self, text, spans):
    ...         raise RuntimeError("no classifier")
    >>> suggestions(Failing(), "It works. Staff care.", [(0, 9), (10, 21)])
    [None, None]
    """
    if not spans:
        return []
    try:
        found = models.suggest(text, spans)
    except Exception:  # a model that fails on one release should not stop the session
        found = None
    if not found or len(found) != len(spans):
        return [None] * len(spans)
    return list(found)


def pipeline_view(models, text: str) -> tuple[dict, list[tuple[int, int]], list[tuple[int, int, str]]]:
    """What the pipeline makes of a release: its facts (facts.jsonl shape), sentence spans and entities."""
    facts: dict = {}
    try:
        if hasattr(models, "pipeline") and hasattr(models, "classifier"):  # nlp.models.Models: the summary's facts
            # importing summarise imports spaCy (about a second): paid only by a facts session with trained models
            from ..summarise import summarise_text

            summary = summarise_text(text, models=models)
            return (record_facts(summary), [(s["start"], s["end"]) for s in summary["sentences"]],
                    [(e["start"], e["end"], e["label"]) for e in summary["entities"]])
        if callable(getattr(models, "facts", None)):
            facts = models.facts(text) or {}
    except Exception:  # a pipeline failing on one release must not stop the session: no extracted facts
        facts = {}
    try:
        sentences = [tuple(span) for span in models.segment(text)]
        entities = [tuple(ent) for ent in models.entities(text)]
    except Exception:
        sentences, entities = simple_segment(text), []
    return facts, sentences, entities
