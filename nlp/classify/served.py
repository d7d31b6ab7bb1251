"""The served held-out sets as training sentences for the encoder (issue 15), kept vocabulary-disjoint from the
challenge set: every sentence holding one of its cue words, by the challenge set's own checker, is left out."""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import replace

from ..annotations import AnnotatedRelease, load_served
from ..errors import AnnotationFormatError
from .evaluation import CHALLENGE_VOCAB, load_challenge_vocab

# `train --encoder` fine-tunes for about 0.04 s a sentence (three epochs on this 2-core machine): the 3,757 sentences
# of the annotated releases and at most this many served ones keep it near 24 minutes, inside issue 15's 30
SERVED_SENTENCES = 32_000


def vocabulary_rule():
    """The challenge set's own checker (`annotations/challenge-vocab/check.py`, standard library only), loaded from
    its file so that one rule decides what counts as a cue word: `words`, `forms` (the suffix stripping) and `STOP`
    (the function words a cue may contain)."""
    spec = importlib.util.spec_from_file_location("challenge_vocab_check", CHALLENGE_VOCAB / "check.py")
    if spec is None or spec.loader is None:
        raise AnnotationFormatError(f"{CHALLENGE_VOCAB / 'check.py'}: the challenge set's checker is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cue_forms(cases) -> frozenset[str]:
    """Every form (the checker's suffix stripping) of every content word in the challenge cases' `cue` phrases.

    >>> sorted(cue_forms([{"cue": ["far from slapdash"]}]))
    ['far', 'slapdash']
    """
    rule = vocabulary_rule()
    return frozenset(form for case in cases for phrase in case.get("cue") or ()
                     for word in rule.words(phrase) if word not in rule.STOP for form in rule.forms(word))


def decontaminate(releases, cases) -> tuple[list[AnnotatedRelease], int]:
    """The releases with every gold sentence that contains a challenge cue word removed, and how many were removed.

    A sentence is contaminated when one of its words and one of the cases' cue words share a form under the
    checker's (stricter) stemming: the rule `check.py` applies to the training text, so the challenge set stays
    vocabulary-disjoint from whatever trains on the sentences kept. The sentence text alone is checked: the encoder
    reads no neighbouring sentence (`PREV_TOKENS` 0). Releases left with no sentence are dropped.

    >>> from nlp.annotations import AnnotatedRelease
    >>> text = "Staff were nimble. Plans were late."
    >>> kept, dropped = decontaminate([AnnotatedRelease("a", text, sentences=[(0, 18, "STRENGTH"),
    ...                                (19, 35, "WEAKNESS")])], [{"cue": ["nimble"]}])
    >>> kept[0].sentences, dropped
    ([(19, 35, 'WEAKNESS')], 1)
    """
    rule, banned = vocabulary_rule(), cue_forms(cases)
    out, dropped = [], 0
    for release in releases:
        sentences = [(s, e, label) for s, e, label in release.sentences
                     if not any(rule.forms(word) & banned for word in set(rule.words(release.text[s:e])))]
        dropped += len(release.sentences) - len(sentences)
        if sentences:
            out.append(replace(release, sentences=sentences))
    return out, dropped


def served_training_releases(*, leave_out=(), annotations_dir=None, cases=None) -> tuple[list[AnnotatedRelease], int]:
    """The served held-out sets (`annotations/served.json`, less the sets in `leave_out`: a set under test) as
    training releases for a learned component, decontaminated against the challenge set (`cases`, by default
    `load_challenge_vocab()`) and `capped` as `train --encoder` takes them, and the number of sentences removed for
    holding a challenge word.

    >>> releases, dropped = served_training_releases(leave_out={"heldout"})  # doctest: +SKIP
    """
    cases = load_challenge_vocab() if cases is None else cases
    kept, dropped = decontaminate(load_served(annotations_dir, leave_out=leave_out), cases)
    return capped(kept), dropped


def capped(releases, limit: int = SERVED_SENTENCES) -> list[AnnotatedRelease]:
    """The served releases to fine-tune on: all of them while their sentences number at most ``limit``; past it,
    whole releases taken in the order of their ids' sha256 while the total stays within ``limit`` (a sample that
    depends on the releases alone, not on the order the sets are listed in), returned in their listed order.

    >>> from nlp.annotations import AnnotatedRelease
    >>> releases = [AnnotatedRelease(i, "A. B.", sentences=[(0, 2, "NEUTRAL"), (3, 5, "NEUTRAL")]) for i in "abcd"]
    >>> [r.id for r in capped(releases, 8)], [r.id for r in capped(releases, 5)]
    (['a', 'b', 'c', 'd'], ['c', 'd'])
    """
    if sum(len(r.sentences) for r in releases) <= limit:
        return list(releases)
    order = sorted(range(len(releases)), key=lambda i: hashlib.sha256(releases[i].id.encode("utf-8")).hexdigest())
    kept, total = set(), 0
    for i in order:
        if total + len(releases[i].sentences) <= limit:
            kept.add(i)
            total += len(releases[i].sentences)
    return [r for i, r in enumerate(releases) if i in kept]
