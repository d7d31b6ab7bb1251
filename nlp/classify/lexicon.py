"""The evaluative lexicon: terms kept as data in `annotations/lexicon/*.jsonl`, compiled to regexes."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..corpus import PROJECT_ROOT, read_jsonl
from ..errors import AnnotationFormatError

LEXICON_DIR = PROJECT_ROOT / "annotations" / "lexicon"
CATEGORIES = ("praise", "criticism", "hedge", "call_to_action", "recommendation", "concession", "contrast", "reply",
              "negation", "announcer", "context", "aspect")


def load_lexicon(directory: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """Terms per category from the lexicon's JSONL files (sorted, lower case).

    >>> lexicon = load_lexicon()
    >>> "impressed" in lexicon["praise"]
    True
    """
    directory = Path(directory or LEXICON_DIR)
    files = sorted(directory.glob("*.jsonl"))
    if not files:  # an empty lexicon would train a different model without a word of warning
        raise AnnotationFormatError(f"{directory}: no lexicon files (*.jsonl); run in a project directory")
    terms: dict[str, set[str]] = {category: set() for category in CATEGORIES}
    for path in files:
        for number, row in enumerate(read_jsonl(path), 1):
            if "category" not in row or "term" not in row:
                raise AnnotationFormatError(f"{path}:{number}: a lexicon line needs 'category' and 'term'")
            terms.setdefault(row["category"], set()).add(" ".join(row["term"].lower().split()))
    return {category: tuple(sorted(values)) for category, values in terms.items()}


TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[,;:.!?()\u2013\u2014]")


def tokenize(text: str) -> tuple[str, ...]:
    """Lower-case word and clause-punctuation tokens; "n't" is read as "not" and hyphens split words.

    >>> tokenize("Didn't meet high-quality standards, sadly.")
    ('did', 'not', 'meet', 'high', 'quality', 'standards', ',', 'sadly', '.')
    """
    text = text.lower().replace("n't", " not").replace("'", " ")
    return tuple(TOKEN.findall(text.replace("-", " ")))


@functools.lru_cache(maxsize=32)
def compile_lexicon(lexicon: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """An index from a term's first token to (term tokens, category, last token is a prefix), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for category, terms in lexicon:
        for term in terms:
            wildcard = term.endswith("*")
            tokens = tokenize(term.rstrip("*"))
            if not tokens:
                continue
            # A one-word wildcard ("concern*") is indexed under its first three letters and tested by prefix.
            key = "~" + tokens[0][:3] if wildcard and len(tokens) == 1 else tokens[0]
            index.setdefault(key, []).append((tokens, category, wildcard))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def match_lexicon(index, tokens: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every (start, end, category) match of the lexicon in a token sequence; overlaps of categories kept.

    >>> index = compile_lexicon(freeze({"praise": ("well",), "criticism": ("concern*",)}))
    >>> match_lexicon(index, tokenize("Concerns were handled well."))
    [(0, 1, 'criticism'), (3, 4, 'praise')]
    """
    found = []
    for i, token in enumerate(tokens):
        seen = set()
        candidates = index.get(token, [])
        prefixed = index.get("~" + token[:3])
        if prefixed:
            candidates = candidates + prefixed
        for term, category, wildcard in candidates:
            if category in seen:
                continue
            n = len(term)
            window = tokens[i:i + n]
            if len(window) < n:
                continue
            if wildcard:
                ok = window[:-1] == term[:-1] and window[-1].startswith(term[-1])
            else:
                ok = window == term
            if ok:
                seen.add(category)
                found.append((i, i + n, category))
    return found


def freeze(lexicon: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A hashable form of a lexicon dict, for `compile_lexicon`."""
    return tuple(sorted((category, tuple(terms)) for category, terms in lexicon.items()))
