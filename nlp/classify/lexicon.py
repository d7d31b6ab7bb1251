"""The evaluative lexicon: terms kept as data in `annotations/lexicon/*.jsonl`, compiled to regexes."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..corpus import PROJECT_ROOT, read_jsonl
from ..errors import AnnotationFormatError

LEXICON_DIR = PROJECT_ROOT / "annotations" / "lexicon"
CATEGORIES = ("praise", "criticism", "hedge", "call_to_action", "recommendation", "concession", "contrast",
              "negation", "announcer", "context")


def load_lexicon(directory: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """Terms per category from the lexicon's JSONL files (sorted, lower case).

    >>> lexicon = load_lexicon()
    >>> "impressed" in lexicon["praise"]
    True
    """
    directory = Path(directory or LEXICON_DIR)
    terms: dict[str, set[str]] = {category: set() for category in CATEGORIES}
    for path in sorted(directory.glob("*.jsonl")):
        for number, row in enumerate(read_jsonl(path), 1):
            if "category" not in row or "term" not in row:
                raise AnnotationFormatError(f"{path}:{number}: a lexicon line needs 'category' and 'term'")
            terms.setdefault(row["category"], set()).add(" ".join(row["term"].lower().split()))
    return {category: tuple(sorted(values)) for category, values in terms.items()}


def _term_regex(term: str) -> str:
    body = re.escape(term).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
    # "n't" is glued to its verb, so it gets no word boundary in front.
    head = "" if term.startswith("n'") else r"(?<![\w'])"
    return head + body + r"(?![\w])"


@functools.lru_cache(maxsize=32)
def compile_lexicon(lexicon: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, re.Pattern]:
    """One case-insensitive regex per category; longer terms first so phrases win over their words."""
    out = {}
    for category, terms in lexicon:
        if terms:
            ordered = sorted(terms, key=len, reverse=True)
            out[category] = re.compile("|".join(_term_regex(t) for t in ordered), re.IGNORECASE)
    return out


def freeze(lexicon: dict[str, tuple[str, ...] | list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A hashable form of a lexicon dict, for `compile_lexicon`."""
    return tuple(sorted((category, tuple(terms)) for category, terms in lexicon.items()))
