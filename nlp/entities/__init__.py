"""Entities in inspection press releases: sentences, rules, normalisation and facts.

- segment.py: the tokenizer and sentence segmentation; rules.py: patterns as data and the rule components;
- service_mentions.py: the component that tags a bare place standing for a service the doc names;
- factories.py: every spaCy registration (imported first here, so loading a saved pipeline finds them all);
- pipeline.py: the shipped pipeline (rules only): build, train, load;
- ner_experiments.py: the statistical ner variants that were measured and not shipped;
- normalise.py, facts/: normalised values and the facts of a release (a package, one module a fact);
- evaluation.py, robustness.py: scores.

>>> from nlp.entities import build_pipeline, sentence_spans
>>> nlp = build_pipeline(ner=False)
>>> sentence_spans(nlp("ENDS\\n\\nNotes to editors"))
[(0, 4), (6, 22)]
"""

from . import factories  # noqa: F401  (first: registers every component)
from .facts import extract_facts
from .pipeline import build_pipeline, load_pipeline, train_pipeline
from .rules import load_patterns
from .segment import sentence_spans, split_sentences

__all__ = ["build_pipeline", "train_pipeline", "load_pipeline", "load_patterns", "sentence_spans",
           "split_sentences", "extract_facts"]
