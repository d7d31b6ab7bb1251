"""Summary dicts built from the gold annotations, so trends and report tests need no trained models.

`gold_summary(release)` gives what a perfect `summarise_text` would: the gold facts, sentence labels and
entities of a shipped release, in the `inspection-summary/1` shape.
"""

from __future__ import annotations

import json
from pathlib import Path

from nlp.annotations import SENTENCE_LABELS, AnnotatedRelease, load_dataset

SECTION = {"STRENGTH": "strengths", "WEAKNESS": "weaknesses", "RECOMMENDATION": "recommendations"}


def gold_summary(release: AnnotatedRelease, source: str | None = None) -> dict:
    """The summary a perfect model would give for a gold-annotated release."""
    text, facts = release.text, release.facts
    sentences = [{"text": text[s:e], "start": s, "end": e, "label": label,
                  "scores": {l: 1.0 if l == label else 0.0 for l in SENTENCE_LABELS}}
                 for s, e, label in release.sentences]

    def items(label):
        return [{"text": s["text"], "start": s["start"], "end": s["end"], "score": 1.0}
                for s in sentences if s["label"] == label]

    name = facts.get("service")
    return {
        "schema": "inspection-summary/1",
        "source": source or f"corpus/releases/{release.id}.txt",
        "title": sentences[0]["text"] if sentences else "",
        "service": {"name": name, "short": None, "type": facts.get("service_type") or "other"} if name else None,
        "overall_rating": facts.get("overall_rating"),
        "ratings": facts.get("ratings") or [],
        "published": facts.get("published"),
        "fieldwork": facts.get("fieldwork"),
        "strengths": items("STRENGTH"),
        "weaknesses": items("WEAKNESS"),
        "recommendations": {"count": facts.get("recommendations_count"), "recipients": [],
                            "items": items("RECOMMENDATION")},
        "entities": [{"text": text[s:e], "label": label, "start": s, "end": e} for s, e, label in release.entities],
        "sentences": sentences,
        "model": {"version": "gold", "classifier": "gold", "ner": "gold"},
    }


def gold_summaries(limit: int | None = None) -> list[dict]:
    """Gold summaries of the shipped releases (sorted by id), the first `limit` of them."""
    releases = load_dataset()
    return [gold_summary(r) for r in releases[:limit]]


def write_jsonl(summaries: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in summaries), encoding="utf-8")
    return path


HOSTILE_TEXT = (
    "<script>document.title='pwned'</script> Hostile YJS rated ‘Inadequate’ <img src=x onerror=alert(1)>\n\n"
    "Staff were skilled & committed, and children trusted them.\n"
    "Work to keep other people safe was not good enough </p><script>alert('x')</script>.\n"
    "The service should review every case where domestic abuse is present.\n"
)


def hostile_summary() -> tuple[dict, str]:
    """A summary (and its text) of a release whose text carries markup that must stay text."""
    text = HOSTILE_TEXT
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            s = text.index(line, start)
            spans.append((s, s + len(line)))
            start = s + len(line)
    labels = ["NEUTRAL", "STRENGTH", "WEAKNESS", "RECOMMENDATION"]
    sentences = [{"text": text[s:e], "start": s, "end": e, "label": label,
                  "scores": {l: 1.0 if l == label else 0.0 for l in SENTENCE_LABELS}}
                 for (s, e), label in zip(spans, labels)]
    name_start = text.index("Hostile YJS")
    rating_start = text.index("Inadequate")
    script_start = text.index("<script>alert")

    def items(label):
        return [{"text": s["text"], "start": s["start"], "end": s["end"], "score": 1.0} for s in sentences if s["label"] == label]

    summary = {
        "schema": "inspection-summary/1", "source": "hostile/<b>hostile-yjs-2024</b>.txt",
        "title": sentences[0]["text"],
        "service": {"name": "Hostile <i>YJS</i>", "short": "Hostile YJS", "type": "YJS"},
        "overall_rating": "Inadequate", "ratings": [{"aspect": "<b>aspect</b>", "rating": "Inadequate"}],
        "published": "2024-05-01", "fieldwork": None,
        "strengths": items("STRENGTH"), "weaknesses": items("WEAKNESS"),
        "recommendations": {"count": 1, "recipients": ["<u>board</u>"], "items": items("RECOMMENDATION")},
        "entities": [
            {"text": "Hostile YJS", "label": "SERVICE", "start": name_start, "end": name_start + 11},
            {"text": "Inadequate", "label": "RATING", "start": rating_start, "end": rating_start + 10},
            # an entity over markup, and one with a crafted label: both must render as text or be dropped
            {"text": text[script_start:script_start + 8], "label": "DATE", "start": script_start, "end": script_start + 8},
            {"text": "x", "label": "<script>alert(2)</script>", "start": 0, "end": 1},
        ],
        "sentences": sentences,
        "model": {"version": "test", "classifier": "test", "ner": "test"},
        "text": text,
    }
    return summary, text
