"""Entities in inspection press releases: sentences, rules, a small ner, normalisation and facts.

>>> from nlp.entities import build_pipeline, sentence_spans
>>> nlp = build_pipeline(ner=False)
>>> sentence_spans(nlp("ENDS\\n\\nNotes to editors"))
[(0, 4), (6, 22)]
"""

from .pipeline import build_pipeline, load_patterns, load_pipeline, train_pipeline
from .segment import sentence_spans, split_sentences

__all__ = ["build_pipeline", "train_pipeline", "load_pipeline", "load_patterns", "sentence_spans",
           "split_sentences", "extract_facts"]


def __getattr__(name):
    # facts pulls in normalisation tables; loaded on first use
    if name == "extract_facts":
        from .facts import extract_facts
        return extract_facts
    raise AttributeError(name)
