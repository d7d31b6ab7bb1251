"""The shipped models label the example sentences of annotations/GUIDELINES.md as the guidelines say.

Each example ("... sentence ..." -> `LABEL`) is met in the body of a small release, after a headline and an
intro, the way it would be met in a real one. A behavioural check of the tie-breaks, not a measure of accuracy:
the examples are few, and some were written from training sentences.
"""

from __future__ import annotations

import re

import pytest

from nlp.annotations import ANNOTATIONS_DIR
from nlp.classify.evaluation import in_a_release

EXAMPLE = re.compile(r'"([A-Z][^"]{11,}?)"(?:\s+and\s+"([A-Z][^"]{11,}?)")?\s*->\s*`(STRENGTH|WEAKNESS|RECOMMENDATION|'
                     r'NEUTRAL)`')


def guideline_examples() -> list[tuple[str, str]]:
    text = " ".join((ANNOTATIONS_DIR / "GUIDELINES.md").read_text(encoding="utf-8").split())
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    out = []
    for first, second, label in EXAMPLE.findall(text):
        out += [(sentence, label) for sentence in (first, second) if sentence and sentence not in dict(out)]
    return out


EXAMPLES = guideline_examples()


def test_the_guidelines_have_examples_to_check():
    assert len(EXAMPLES) >= 15
    assert {label for _, label in EXAMPLES} == {"STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"}


@pytest.mark.parametrize("sentence, label", EXAMPLES, ids=[s[:40] for s, _ in EXAMPLES])
def test_guideline_example_is_labelled_as_the_guidelines_say(models, sentence, label):
    items, index = in_a_release(sentence)
    assert str(models.classifier.predict(items)[index]) == label
