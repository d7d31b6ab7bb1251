"""Recommendations: how many a release makes, and to whom."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...vocab import NUMBERS, number_value
from ..normalise import normalise_service
from ..segment import doc_text
from .mentions import _doc_ents, _ents_in

_NUM = r"(\d{1,2}|" + "|".join(NUMBERS) + r")"
_COUNT = re.compile(r"(?:makes|made|make|contains|sets out|set out|total of|includes|are|were|has|with)\s+"
                    r"(?:a total of\s+|just\s+|only\s+)?" + _NUM + r"\s+(?:\w+\s+){0,2}?recommendations\b", re.I)
_COUNT_LOOSE = re.compile(r"\b" + _NUM + r"\s+(?:main\s+|key\s+|formal\s+|further\s+)?recommendations\b", re.I)


# a total after a count per report: "Each report makes five recommendations (20 in all)", ", 20 in total"
_TOTAL = re.compile(r"\s*[(,]\s*(?:a total of\s+|making\s+)?" + _NUM + r"\s+(?:in all|in total|altogether|overall)\b",
                    re.I)
# a count addressed to one recipient, the others' shares after it: "directs four recommendations at Frodsham PDU and
# two at HMPPS", "makes three recommendations to the council, two to the police and one to the board"
_SHARE = re.compile(r"\s+(?:at|to|for|aimed at|addressed to|directed at)\s", re.I)
_MORE_SHARES = re.compile(r"(?:,|\band)\s+(?:another\s+|a further\s+)?" + _NUM
                          + r"\s+(?:more\s+)?(?:at|to|for|aimed at|addressed to|directed at)\s", re.I)


# The inspected service or its board named generically in a recommendation ("four are for the PDU", "the
# Management Board should ..."): recipients as much as a named agency is.
_GENERIC_SERVICE = re.compile(r"\b(?:(?:for|to|by|on|at) the (?:PDU|YJS|YOS|YOT|YJT|YJPS|YJP|Y&JS|CRC|service|youth justice service|"
                              r"youth offending (?:service|team)|probation delivery unit|delivery unit)\b(?!\s+nationally)|"
                              r"[Tt]he (?:PDU|YJS|YOS|YOT|YJT|CRC|service) (?:now )?(?:should|must|needs? to|has to|"
                              r"will need to)\b)")
_GENERIC_BOARD = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:(?:local|youth justice|YJS|YOS|YOT|management|partnership|executive|"
                            r"strategic) )?(?:[Mm]anagement )?[Bb]oard\b")


def _recommendations(doc: Doc, sents, service: dict | None = None) -> dict:
    text = doc_text(doc)
    count: int | None = None
    recipients: list[str] = []
    ordered = sorted(sents, key=lambda x: x[2] != "RECOMMENDATION")
    for s, e, label in ordered:
        if label not in (None, "RECOMMENDATION"):
            continue
        m = _COUNT.search(text[s:e]) or _COUNT_LOOSE.search(text[s:e])
        if m:
            count = number_value(m[1])
            rest = text[s + m.end():e]
            total = _TOTAL.match(rest)
            if total:  # "Each report makes five recommendations (20 in all)"
                count = number_value(total[1])
            elif _SHARE.match(rest):  # "four recommendations at X and two at Y": the shares, no total
                count = (count or 0) + sum(number_value(x) or 0 for x in _MORE_SHARES.findall(rest))
            break
    short = (service or {}).get("short")
    # "the board" is the board the release names, if it names one ("Cardiff Youth Justice Management Board")
    boards = [ent.text for ent in _doc_ents(doc) if ent.label_ == "AGENCY"
              and re.search(r"\b(?:management|partnership|executive) board$", ent.text, re.I)]
    board = boards[0] if boards else f"{short} management board"
    for s, e, label in sents:
        if label != "RECOMMENDATION":
            continue
        found: list[tuple[int, str]] = []
        previous = None
        ents = [ent for ent in _ents_in(doc, s, e) if ent.label_ in ("SERVICE", "AGENCY")]
        for ent in ents:
            # "HM Prison and Probation Service (HMPPS)": the bracketed short form names the same recipient
            bracketed = (previous is not None and ent.start == previous.end + 1 and ent.start >= 1
                         and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")")
            previous = ent
            if not bracketed:
                found.append((ent.start_char, normalise_service(ent.text)["short"] if ent.label_ == "SERVICE"
                              else ent.text))
        if short:
            named = [(ent.start_char, ent.end_char) for ent in ents]
            for pattern, name in ((_GENERIC_SERVICE, short), (_GENERIC_BOARD, board)):
                for m in pattern.finditer(text, s, e):
                    if not any(a < m.end() and m.start() < b for a, b in named):
                        found.append((m.start(), name))
        for _, name in sorted(found):
            if name not in recipients:
                recipients.append(name)
    return {"count": count, "recipients": recipients}
