"""The words of the domain, defined once: the rating scale, number words, labels, service types and keys.

A leaf: it imports nothing of ours, so every module (and a test) can take these from here without loading
spaCy or scikit-learn. Where a module needs a regular expression over these words, it derives it from the
lists below rather than writing the words out again.

>>> RATINGS[0], RATING_ORDER["Inadequate"], NUMBERS["twelve"]
('Outstanding', 1, 12)
>>> number_alternation(1, 3)
'one|two|three'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

# The four-point scale HM Inspectorate of Probation rates services and aspects on, best first.
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
RATING_ORDER = {rating: len(RATINGS) - i for i, rating in enumerate(RATINGS)}  # Outstanding 4 ... Inadequate 1

SENTENCE_LABELS = ("STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL")
ENTITY_LABELS = ("SERVICE", "AGENCY", "RATING", "DATE")
SERVICE_TYPES = ("YJS", "PDU", "region", "CRC", "prison", "other")

# Number words as releases write counts ("makes six recommendations"); their value is their index.
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
NUMBERS = {word: value for value, word in enumerate(NUMBER_WORDS)}


def number_value(word: str) -> int | None:
    """The value of a count written in digits or as a number word ("12", "twelve"); None for anything else.

    >>> number_value("Twelve"), number_value("12"), number_value("many")
    (12, 12, None)
    """
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def number_alternation(first: int = 0, last: int = len(NUMBER_WORDS) - 1) -> str:
    """The number words from `first` to `last` (both included) as a regex alternation, in counting order.

    An explicit bound keeps a pattern that a shipped model was trained with exactly as it was.

    >>> number_alternation(18)
    'eighteen|nineteen|twenty'
    """
    return "|".join(NUMBER_WORDS[first:last + 1])


# Words of a service name that say what kind of service it is rather than where: "Sefton PDU" is "sefton".
SERVICE_TYPE_WORDS = frozenset({"the", "pdu", "pdus", "yjs", "yos", "yot", "yjt", "y&js", "youth", "justice",
                                "offending", "service", "services", "team", "probation", "delivery", "unit",
                                "and", "&", "partnership", "crc"})

# Spelling variants of a service's kind, folded so that one service matches itself across the years.
_SERVICE_KIND_SPELLINGS = [
    (r"\byouth (offending|justice) (service|team|partnership)\b|\by(os|ot|js)\b", "yjs"),
    (r"\bprobation delivery unit\b|\bpdu\b", "pdu"),
    (r"\bcommunity rehabilitation company\b|\bcrc\b", "crc"),
    (r"&", " and "),
    (r"\bthe\b", " "),
]


def service_key(name: str | None) -> str:
    """One service however its name is written, its kind kept: its inspections in different years match,
    while Barnet YJS and a Barnet PDU stay apart (trends: services inspected twice).

    >>> service_key("Barnet Youth Offending Service") == service_key("barnet YJS") == "barnet yjs"
    True
    >>> service_key("Barnet YJS") == service_key("Barnet PDU")
    False
    """
    if not name:
        return ""
    key = name.lower().replace("’", "'")
    for pattern, repl in _SERVICE_KIND_SPELLINGS:
        key = re.sub(pattern, repl, key)
    key = re.sub(r"[^a-z0-9]+", " ", key)
    return " ".join(key.split())


def service_place_key(name: str) -> str:
    """Only the place words of a service name, its kind dropped: whether a sentence names the release's own
    place or another one (the classifier's `other_service` feature), however the service is written.

    >>> service_place_key("Sefton Probation Delivery Unit") == service_place_key("Sefton YOT") == "sefton"
    True
    """
    words = re.findall(r"[\w&]+", name.lower())
    return " ".join(w for w in words if w not in SERVICE_TYPE_WORDS) or name.lower()


def place_key(place: str) -> str:
    """One place however its case, spacing or "&" is written: every word kept, "&" read as "and". Applied to a
    service's place as the entity rules read it (`nlp.entities.normalise.service_place`), it tells the services
    of one release apart (the facts and the role models' features); `service_place_key` instead drops the kind
    words wherever they stand and reads "&" as one of them.

    >>> place_key("Gwynedd &  Ynys Môn") == place_key("gwynedd and Ynys Môn") == "gwynedd and ynys môn"
    True
    """
    return " ".join(place.lower().replace("&", " and ").split())


class _Entity(Protocol):
    start_char: int
    end_char: int
    label_: str


def entity_spans(ents: Iterable[_Entity]) -> list[tuple[int, int, str]]:
    """Entities (spaCy spans, `doc.ents`) as (start, end, label) character offsets, the shape summaries,
    the classifier's features and the annotation files use.

    >>> import spacy
    >>> doc = spacy.blank("en")("Sefton PDU was rated Good")
    >>> doc.ents = [doc.char_span(0, 10, "SERVICE"), doc.char_span(21, 25, "RATING")]
    >>> entity_spans(doc.ents)
    [(0, 10, 'SERVICE'), (21, 25, 'RATING')]
    """
    return [(ent.start_char, ent.end_char, ent.label_) for ent in ents]


__all__ = ["RATINGS", "RATING_ORDER", "SENTENCE_LABELS", "ENTITY_LABELS", "SERVICE_TYPES", "NUMBER_WORDS", "NUMBERS", "number_value",
           "number_alternation", "SERVICE_TYPE_WORDS", "service_key", "service_place_key", "place_key",
           "entity_spans"]
