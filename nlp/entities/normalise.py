"""Normalisation: dates to ISO, ratings to the canonical term, services to name, short form and type."""

from __future__ import annotations

import re

from ..vocab import RATINGS
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([A-Za-z]{3,9})\.?"
_YEAR = r"((?:19|20)\d\d)"
# a weekday before a date, written out or abbreviated ("Wed 12 February 2025", "Tues. 4 June")
_WEEKDAY = r"(?:(?i:Mon|Tues?|Wed|Wednes|Thu|Thurs?|Fri|Sat|Satur|Sun)(?i:day)?\.?,?\s+)?"  # "THURSDAY 12 JUNE 2025" too
_RANGE_SEP = r"\s*(?:to|and|-|–|—|until)\s*"


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def normalise_date(text: str) -> str | None:
    """ISO form of a date expression: a day, a month, a year or a range ("start/end"); None if unknown.

    >>> normalise_date("Thursday, 4th June 2020"), normalise_date("May 2024"), normalise_date("12/03/2024")
    ('2020-06-04', '2024-05', '2024-03-12')
    >>> normalise_date("between 4 and 8 March 2024"), normalise_date("October and November 2018")
    ('2024-03-04/2024-03-08', '2018-10/2018-11')
    >>> normalise_date("30 December – 3 January 2024"), normalise_date("December and January 2024")
    ('2023-12-30/2024-01-03', '2023-12/2024-01')
    >>> normalise_date("March 6, 2024"), normalise_date("Wednesday, March 6th 2024")
    ('2024-03-06', '2024-03-06')
    >>> normalise_date("03.02.26"), normalise_date("2019-08-14")
    ('2026-02-03', '2019-08-14')
    >>> normalise_date("Tuesday 4 March to Friday 7 March 2025")
    '2025-03-04/2025-03-07'
    """
    t = " ".join(text.replace("\u00a0", " ").split())
    t = re.sub(r"^(?:between|from|on|in)\s+", "", t, flags=re.I)
    m = re.fullmatch(_WEEKDAY + _DAY + r"\s+" + _MONTH + _RANGE_SEP + _WEEKDAY + _DAY + r"\s+" + _MONTH + r"\s+" + _YEAR, t)
    if m and _month(m[2]) and _month(m[4]):
        y = int(m[5])
        # "30 December – 3 January 2024": the year written once is the end's, the range starts the year before
        y0 = y - 1 if (_month(m[2]) or 0) > (_month(m[4]) or 0) else y
        return f"{y0}-{_month(m[2]):02d}-{int(m[1]):02d}/{y}-{_month(m[4]):02d}-{int(m[3]):02d}"
    m = re.fullmatch(_WEEKDAY + _DAY + r"\s*,?" + _RANGE_SEP + _DAY + r"\s+" + _MONTH + r"\s+" + _YEAR, t)
    if m and _month(m[3]):
        mo, y = _month(m[3]), int(m[4])
        return f"{y}-{mo:02d}-{int(m[1]):02d}/{y}-{mo:02d}-{int(m[2]):02d}"
    m = re.fullmatch(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR, t)
    if m and _month(m[2]) and 1 <= int(m[1]) <= 31:
        return f"{int(m[3])}-{_month(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, t)
    if m and _month(m[1]) and 1 <= int(m[2]) <= 31:  # the month first, as some news pages write it: "March 6, 2024"
        return f"{int(m[3])}-{_month(m[1]):02d}-{int(m[2]):02d}"
    m = re.fullmatch(_MONTH + r"\s*(?:and|to|-|–|—)\s*" + _MONTH + r",?\s+" + _YEAR, t)
    if m and _month(m[1]) and _month(m[2]):
        # "in October and November 2018": a range of months, read as starting in the first
        y = int(m[3])
        return f"{y - 1 if (_month(m[1]) or 0) > (_month(m[2]) or 0) else y}-{_month(m[1]):02d}/{y}-{_month(m[2]):02d}"
    m = re.fullmatch(_MONTH + r",?\s+" + _YEAR, t)
    if m and _month(m[1]):
        return f"{int(m[2])}-{_month(m[1]):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)", t)
    if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
        # UK order: day first
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d\d)", t)
    if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
        # a local page's "Published: 03.02.26": day, month, the year in this century
        return f"20{m[3]}-{m[2]}-{m[1]}"
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", t)
    if m:
        return t
    m = re.fullmatch(_YEAR, t)
    if m:
        return m[1]
    return None


def date_month(iso: str | None) -> str | None:
    """The YYYY-MM month an ISO date or range starts in (None for a bare year).

    >>> date_month("2024-03-04/2024-03-08"), date_month("2024-04"), date_month("2024")
    ('2024-03', '2024-04', None)
    """
    if not iso or len(iso) < 7:
        return None
    return iso[:7]


def normalise_rating(text: str) -> str | None:
    """The canonical scale term for a rating, whatever its case or quotes; None if it is not one.

    >>> normalise_rating("‘REQUIRES  Improvement’"), normalise_rating("good"), normalise_rating("satisfactory")
    ('Requires improvement', 'Good', None)
    """
    t = " ".join(text.strip(" \t\n'\"‘’“”.,").lower().split())
    if t == "require improvement":  # the verb's form: "found X to ‘Require improvement’"
        t = "requires improvement"
    for term in RATINGS:
        if t == term.lower():
            return term
    return None


# Suffix (lower case) -> (type, abbreviation used in the short form); longest first.
_SERVICE_SUFFIXES = [
    ("youth justice and prevention service", "YJS", "YJPS"), ("youth and justice service", "YJS", "Y&JS"),
    ("youth & justice service", "YJS", "Y&JS"),
    ("youth justice service", "YJS", "YJS"), ("youth justice services", "YJS", "YJS"),
    ("youth offending service", "YJS", "YOS"), ("youth offending team", "YJS", "YOT"),
    ("youth justice team", "YJS", "YJT"), ("youth justice partnership", "YJS", "YJP"), ("yjs", "YJS", "YJS"),
    ("yos", "YJS", "YOS"), ("yot", "YJS", "YOT"), ("yjt", "YJS", "YJT"), ("y&js", "YJS", "Y&JS"),
    ("yjps", "YJS", "YJPS"), ("yjp", "YJS", "YJP"),
    ("probation delivery unit", "PDU", "PDU"), ("pdu", "PDU", "PDU"), ("probation service", "PDU", "PDU"),
    ("probation unit", "PDU", "PDU"),
    ("community rehabilitation company", "CRC", "CRC"), ("crc", "CRC", "CRC"),
    ("probation region", "region", "region"), ("region", "region", "region"),
    ("probation division", "region", "division"), ("division", "region", "division"),
]


def normalise_service(text: str) -> dict:
    """Canonical name, short form and type of a service name.

    >>> normalise_service("Westminster Youth Justice Service")
    {'name': 'Westminster Youth Justice Service', 'short': 'Westminster YJS', 'type': 'YJS'}
    >>> normalise_service("Probation Service – North East region")["type"]
    'region'
    """
    name = " ".join(text.replace("\u00a0", " ").split())
    lower = name.lower()
    if re.match(r"^hm\s*(?:p|yoi|p\s*yoi|p/yoi)\b", lower):
        return {"name": name, "short": name, "type": "prison"}
    m = re.match(r"^(?:national\s+)?probation service\s*[–\-—:]\s*(.+?)(?:\s+(region|division))?$", name, re.I)
    if m:
        place = m[1]
        return {"name": name, "short": f"{place} {m[2] or 'region'}", "type": "region"}
    m = re.match(r"^(.+?)\s+(region|division)\s+of\s+the\s+(?:national\s+)?probation service$", name, re.I)
    if m:
        return {"name": name, "short": f"{m[1]} {m[2].lower()}", "type": "region"}
    # "National Probation Service West Country Division", "National Probation Service, West Country Division" and
    # "the NPS West Country Division": one division
    m = re.match(r"^(?:national probation service|nps),?\s+(.+?\s+(?:region|division))$", name, re.I)
    if m:
        return {"name": name, "short": f"NPS {m[1]}", "type": "region"}
    # "NPS Wroxham and Coltishall", "NPS in Wroxham": the division by its place alone
    m = re.match(r"^NPS\s+(?:in\s+)?((?-i:[A-Z]).+)$", name, re.I)
    if m:
        return {"name": name, "short": f"NPS {m[1]}", "type": "region"}
    for suffix, kind, abbreviation in _SERVICE_SUFFIXES:
        if lower.endswith(" " + suffix):
            place = name[: -len(suffix)].strip()
            short = f"{place} {abbreviation}" if kind not in ("region",) else f"{place} {abbreviation}"
            return {"name": name, "short": short, "type": kind}
    return {"name": name, "short": name, "type": "other"}


def service_place(text: str) -> str:
    """The place part of a service name ("Westminster" for "Westminster YJS")."""
    info = normalise_service(text)
    short = info["short"]
    if info["type"] == "region":
        if re.match(r"NPS\s", short) and not re.search(r"\s(?:region|division)$", short, re.I):
            return short[4:]  # "NPS Wroxham and Coltishall": the place is all of the rest
        short = re.sub(r"^NPS\s+(?=\S+\s)", "", short)
    place = short.rsplit(" ", 1)[0] if info["type"] != "other" and " " in short else short
    return re.sub(r"(?<=\w)[’']s$", "", place)  # "Tolsey’s youth justice team" is Tolsey's
