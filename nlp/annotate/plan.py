"""What is left to annotate: the releases named (added to the corpus when new), their sentences, what is done.

Shared by the sentence and entity tasks (and `resolve_release_refs` by the facts task); each task's own
planning is in `tasks/`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from ..annotations import read_sentence_records
from ..corpus import Corpus, Release, add_releases, read_jsonl
from ..errors import NotAReleaseError
from .models import SessionModels


class Progress(TypedDict):
    """How far the chosen releases are: items in all, items done, and the labels given so far."""

    total: int
    done: int
    labels: Counter


def new_progress(total: int = 0) -> Progress:
    """Progress with nothing done yet.

    >>> new_progress(3)
    {'total': 3, 'done': 0, 'labels': Counter()}
    """
    return {"total": total, "done": 0, "labels": Counter()}


@dataclass
class Item:
    """One sentence to decide: where it is, its neighbours and the model's suggestion."""

    release: Release
    sentences: list[tuple[int, int]]
    index: int
    suggestion: str | None = None
    score: float | None = None
    scores: dict = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    votes: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.sentences[self.index][0]

    @property
    def end(self) -> int:
        return self.sentences[self.index][1]

    @property
    def text(self) -> str:
        return self.release.text[self.start:self.end]

    def neighbour(self, step: int) -> str:
        j = self.index + step
        if 0 <= j < len(self.sentences):
            s, e = self.sentences[j]
            return self.release.text[s:e]
        return ""


def covered(span: tuple[int, int], spans) -> bool:
    """True when `span` is one of `spans`, or more than half of it lies inside one of them (a sentence
    segmented a little differently by another model is the same sentence).

    >>> covered((0, 10), [(0, 10)]), covered((0, 10), [(2, 10)]), covered((0, 10), [(8, 20)])
    (True, True, False)
    """
    start, end = span
    length = max(end - start, 1)
    for s, e in spans:
        if (s, e) == (start, end) or (min(end, e) - max(start, s)) * 2 > length:
            return True
    return False


def resolve_release_refs(refs: list[str], corpus: Corpus, licence: str = "unknown") -> list[str]:
    """Corpus ids for a list of ids or paths; a path not yet in the corpus is added to it first.

    >>> resolve_release_refs(["westminster-yjs-2024"], Corpus())
    ['westminster-yjs-2024']
    """
    ids = set(corpus.ids())
    out: list[str] = []
    for ref in refs:
        if ref in ids:
            out.append(ref)
        elif Path(ref).exists():
            out.extend(r.id for r in add_releases([ref], corpus.root, licence=licence, skip_duplicates=True))
            ids = set(corpus.ids())
        else:
            raise NotAReleaseError(f"{ref}: neither a release id in {corpus.index_path} nor a file")
    return list(dict.fromkeys(out))


def read_records(path: Path, sentences: bool) -> list[dict]:
    """The lines of an annotation file (sentence records checked as such); [] when there is none yet."""
    if not path.exists():
        return []
    return read_sentence_records(path) if sentences else read_jsonl(path)


def segmented(models: SessionModels, corpus: Corpus, refs: list[str] | None,
              licence: str) -> Iterator[tuple[str, Release, list[tuple[int, int]]]]:
    """(id, release, sentence spans) of the named releases (added to the corpus if new), or of the whole corpus."""
    for release_id in resolve_release_refs(refs, corpus, licence) if refs else corpus.ids():
        release = corpus.get(release_id)
        yield release_id, release, [(s, e) for s, e in models.segment(release.text)]
