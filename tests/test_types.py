"""The public shapes in nlp.types match what the library produces."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path
from typing import get_type_hints

import nlp.models
from nlp.types import EvaluationResult, Facts, SentenceItem, Summary

ROOT = Path(__file__).resolve().parent.parent


def _keys(shape) -> tuple[set[str], set[str]]:
    return set(shape.__required_keys__), set(shape.__optional_keys__)


def test_a_seed_summary_has_the_typed_keys():
    summary = json.loads((ROOT / "tests" / "data" / "golden" / "westminster-yjs-2024.json").read_text(encoding="utf-8"))
    required, optional = _keys(Summary)
    assert required <= set(summary) <= required | optional
    hints = get_type_hints(Summary)
    for field in ("sentences", "strengths", "entities"):
        item_shape = hints[field].__args__[0]
        for item in summary[field]:
            assert _keys(item_shape)[0] <= set(item) <= set(get_type_hints(item_shape))
    assert set(summary["recommendations"]) == set(get_type_hints(hints["recommendations"]))
    assert set(summary["service"]) == set(get_type_hints(hints["service"].__args__[0]))


def test_facts_and_items_have_the_typed_keys(models, westminster_text):
    from nlp.classify import make_items
    from nlp.entities import extract_facts

    facts = extract_facts(models.pipeline(westminster_text))
    assert set(facts) == set(Facts.__required_keys__)
    items = make_items(westminster_text, models.segment(westminster_text), models.entities(westminster_text))
    assert all(set(item) == set(SentenceItem.__optional_keys__) for item in items)


def test_the_evaluation_result_fixture_has_the_typed_keys():
    result = json.loads((ROOT / "tests" / "data" / "evaluation-result.json").read_text(encoding="utf-8"))
    assert set(result) == set(EvaluationResult.__required_keys__)


def test_one_class_named_models_and_it_is_a_dataclass():
    from nlp.models import Models

    assert dataclasses.is_dataclass(Models)
    package = Path(nlp.models.__file__).parent
    defined = [path.relative_to(package).as_posix() for path in package.rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef) and node.name == "Models"]
    assert defined == ["models.py"]
