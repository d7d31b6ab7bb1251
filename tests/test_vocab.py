"""The domain's words are defined once, in nlp.vocab, and every module that uses them takes them from there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import nlp.vocab as vocab
from nlp.vocab import (ENTITY_LABELS, NUMBERS, RATING_ORDER, RATINGS, SENTENCE_LABELS, SERVICE_TYPES, entity_spans,
                       number_alternation, place_key, service_key, service_place_key)

NLP = Path(vocab.__file__).parent


def test_vocab_imports_nothing_of_ours():
    tree = ast.parse(Path(vocab.__file__).read_text(encoding="utf-8"))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert not [name for name in imported if name.startswith("nlp") or not name or name.startswith(".")]


def test_the_report_colours_every_label():
    from nlp import report

    assert set(report.LABEL_COLOURS) == set(SENTENCE_LABELS) and set(report.ENTITY_COLOURS) == set(ENTITY_LABELS)


def test_the_modules_use_the_one_definition():
    from nlp import annotations, trends
    from nlp.annotate import fact_values
    from nlp.entities import facts, normalise

    assert annotations.RATINGS is normalise.RATINGS is trends.RATINGS is fact_values.RATINGS is RATINGS
    assert annotations.SENTENCE_LABELS is SENTENCE_LABELS and annotations.ENTITY_LABELS is ENTITY_LABELS
    assert annotations.SERVICE_TYPES is SERVICE_TYPES and facts.NUMBERS is NUMBERS
    assert trends.RATING_ORDER is RATING_ORDER and trends.service_key is service_key
    from nlp.entities import roles
    from nlp.entities.facts import mentions

    assert mentions.place_key is roles.place_key is place_key


# Literal copies that once stood in several modules: none may come back outside nlp/vocab.py.
COPIES = [
    r'"Outstanding",\s*"Good",\s*"Requires improvement"',
    r"outstanding\|good\|requires improvement",
    r"\bten\W+eleven\W+twelve\b",
    r'"STRENGTH",\s*"WEAKNESS",\s*"RECOMMENDATION",\s*"NEUTRAL"',
    r'"SERVICE",\s*"AGENCY",\s*"RATING",\s*"DATE"',
    r"\.start_char,\s*\w+\.end_char,\s*\w+\.label_\)",
    r"def service_key\b",
    r"def _fmt\b",
]


@pytest.mark.parametrize("pattern", COPIES)
def test_no_copy_outside_vocab(pattern):
    found = [f"{path.relative_to(NLP)}:{text[:m.start()].count(chr(10)) + 1}"
             for path in sorted(NLP.rglob("*.py")) if path.name != "vocab.py"
             for text in [path.read_text(encoding="utf-8")] for m in re.finditer(pattern, text)]
    assert len(found) <= (1 if pattern == r"def _fmt\b" else 0), found


def test_the_classifier_patterns_keep_the_words_it_was_trained_with():
    from nlp.classify.items import NUMBERISH, RATING

    assert NUMBERISH.pattern == r"\b(?:0+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b"
    assert NUMBERISH.search("fourteen recommendations") and not NUMBERISH.search("fifteen recommendations")
    assert RATING.pattern == r"'(?:outstanding|good|requires improvement|inadequate)'"


def test_number_words_count():
    assert [NUMBERS[w] for w in number_alternation(9, 12).split("|")] == [9, 10, 11, 12]
    assert NUMBERS["twenty"] == 20 and len(NUMBERS) == 21


def test_the_two_service_keys_mean_different_things():
    # Across the years a service keeps its kind; within a release, only the place tells services apart.
    assert service_key("Brighton & Hove YOT") == service_key("Brighton and Hove Youth Justice Service")
    assert service_key("Sefton PDU") != service_key("Sefton YJS")
    assert service_place_key("Sefton PDU") == service_place_key("Sefton Youth Justice Service") == "sefton"
    assert service_place_key("Knowsley PDU") != service_place_key("Sefton PDU")
    # the facts and role models compare the place the entity rules read, every word of it kept
    assert place_key("Brighton & Hove") == place_key("brighton and  Hove") == "brighton and hove"
    assert service_place_key("Brighton & Hove YOT") == "brighton hove"


def test_entity_spans(models, westminster_text):
    doc = models.pipeline(westminster_text)
    spans = entity_spans(doc.ents)
    assert spans and all(westminster_text[s:e] == ent.text and label == ent.label_
                         for (s, e, label), ent in zip(spans, doc.ents, strict=True))
    assert {label for _, _, label in spans} <= set(ENTITY_LABELS)


def test_one_number_format():
    from nlp.cli import evaluate as cli_evaluate
    from nlp.evaluation.markdown import _fmt

    assert cli_evaluate._fmt is _fmt
    assert (_fmt(None), _fmt(0.12345), _fmt(1, 1)) == ("–", "0.123", "1.0")


def test_orders_are_two_names():
    from nlp.annotate import SENTENCE_ORDERS
    from nlp.entities.ner_experiments import ORDERS

    assert set(SENTENCE_ORDERS).isdisjoint(ORDERS)
