"""Services named together: a coordinated list ("X PDU, Y PDU and Z PDU", "X PDU in A and Y PDU in B") and an
apposition after a name (", both part of the Z region,"), read by the rating rules (ratings.py, service_ratings.py) and by
the list of inspected services (services.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalise import service_place
from .mentions import _ents_in, _same_place

_APPOSITION = re.compile(r"\s*,(?!\s*(?:and|or)\b)[^,;:‘’'“”\"]{1,80},")


_JOINED = re.compile(r"\s*(?:,|,?\s*and|&)\s*|,\s*(?:which|that)\s+(?:covers?|serves?|works?|runs?)\b[^,;:.‘’'“”\"]{1,80},\s*and\s+|"
                     # each placed where it is: "X PDU on the Isle of Brede and Y PDU in Tolsey", "X PDU on the coast and"
                     r"\s+(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:of\s+|upon\s+)?[A-Z][\w’'-]*){0,3}|"
                     r"[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2})\s*(?:,|,?\s*and|&)\s*")


def _coordinated(doc: Doc, text: str, s: int, e: int, ent) -> list:
    """The services of a coordinated subject ("X PDU, Y PDU and Z PDU", "X PDU in A and Y PDU in B") that ``ent``
    belongs to, in order."""
    named = sorted(_ents_in(doc, s, e, "SERVICE"), key=lambda x: x.start_char)
    i = next((i for i, x in enumerate(named) if x.start_char == ent.start_char), None)
    if i is None:
        return [ent]
    # (past a relative clause that places the first: "X PDU, which covers the north of the city, and Y PDU")
    joined = [bool(_JOINED.fullmatch(text, a.end_char, b.start_char)
                   and not _same_place(service_place(a.text), service_place(b.text))) for a, b in zip(named, named[1:])]
    first, last = i, i
    while first > 0 and joined[first - 1]:
        first -= 1
    while last < len(joined) and joined[last]:
        last += 1
    return named[first:last + 1]
