"""Lexeme flags for the token tests of Matcher patterns, so that spaCy checks them natively.

spaCy's Matcher runs a Python predicate (REGEX, IN, NOT_IN) for every pattern state at every token; a test that
depends only on the word's text can instead be a lexeme flag (`Vocab.add_flag`): computed once per word type,
when the word enters the vocabulary, and compared in C like `IS_TITLE`. The entity rules' place patterns and
the themes' lemma sets use it; the matches are the same (tests/entities/test_span_ruler.py, tests/test_themes.py).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> bit = flag(nlp.vocab, TextTest("^[A-Z]", ["The"]))
>>> [t.check_flag(bit) for t in nlp("The Bath PDU")]
[False, True, True]
>>> flag(nlp.vocab, TextTest("^[A-Z]", ["The"])) == bit  # the same test reuses its flag
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

FIRST_FLAG = 40  # lexeme flags 19-63 are free for users (spacy.attrs.FLAG19 ...); ours start at 40


class TextTest:
    """The word's text matches `regex` (`re.search`, as the Matcher's REGEX) and is not one of `excluded`."""

    def __init__(self, regex: str, excluded: Iterable[str] = ()):
        self.key = ("text", regex, tuple(sorted(excluded)))
        self.regex = re.compile(regex)
        self.excluded = frozenset(excluded)

    def __call__(self, text: str) -> bool:
        return text not in self.excluded and self.regex.search(text) is not None

    def __eq__(self, other) -> bool:
        return isinstance(other, TextTest) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


class MappedIn:
    """`transform(text)` is one of `values` (a lemma set: the text's light lemma in the set)."""

    def __init__(self, transform: Callable[[str], str], values: Iterable[str]):
        self.transform = transform
        self.values = frozenset(values)
        self.key = ("in", getattr(transform, "__qualname__", repr(transform)), tuple(sorted(self.values)))

    def __call__(self, text: str) -> bool:
        return self.transform(text) in self.values

    def __eq__(self, other) -> bool:
        return isinstance(other, MappedIn) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


def flag(vocab, test) -> int | None:
    """The flag id holding `test` for every word of `vocab`: the one already set for an equal test, else a new one;
    None when all user flags are taken (the caller keeps its Matcher predicate)."""
    getters = vocab.lex_attr_getters
    for bit in range(FIRST_FLAG, 64):
        if getters.get(bit) == test:
            return bit
    free = [bit for bit in range(FIRST_FLAG, 64) if bit not in getters]
    return vocab.add_flag(test, free[0]) if free else None


def flagged(vocab, token: dict, attr: str, test) -> dict:
    """The token pattern `token` with its `attr` test replaced by the flag of `test` (as it is when no flag is free).

    >>> import spacy
    >>> flagged(spacy.blank("en").vocab, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}, "TEXT", TextTest("^[A-Z]"))
    {'OP': '+', 'FLAG40': True}
    """
    bit = flag(vocab, test)
    if bit is None:
        return token  # the Matcher's own predicate does the same test
    return {**{k: v for k, v in token.items() if k != attr}, f"FLAG{bit}": True}
