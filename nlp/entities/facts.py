"""Per-release facts chosen by context: the service, its ratings, dates and recommendations.

A wrong value is worse than none, so each fact comes from a sentence that states it, and is None
when no sentence does.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, cast

from spacy.tokens import Doc

from ..errors import ModelError
from .segment import doc_text
from ..types import Facts
from ..vocab import NUMBERS
from .normalise import MONTHS, date_month, normalise_date, normalise_rating, normalise_service, service_place

_NUM = r"(\d{1,2}|" + "|".join(NUMBERS) + r")"
_COUNT = re.compile(r"(?:makes|made|make|contains|sets out|set out|total of|includes|are|were|has|with)\s+"
                    r"(?:a total of\s+|just\s+|only\s+)?" + _NUM + r"\s+(?:\w+\s+){0,2}?recommendations\b", re.I)
_COUNT_LOOSE = re.compile(r"\b" + _NUM + r"\s+(?:main\s+|key\s+|formal\s+|further\s+)?recommendations\b", re.I)
_PAST = re.compile(r"\b(previous(?:ly)?|last inspect\w*|last time|when it was last|in a report published in|"
                   r"was rated .{0,40} in (?:19|20)\d\d|rescued from|came close|close to being|narrowly missed|"
                   r"uses a four-point scale|on a four-point scale|down from|up from|improvement on|compared with|"
                   r"came within|narrowly (?:avoid|escap|miss)\w*|avoided|escaped|(?:kept|saved|stopped|held) (?:\S+ ){1,6}"
                   r"(?:from|short of)|"
                   r"previous inspection)\b", re.I)
FIRST_RATED = "2018"
_PUBLISHED = re.compile(r"publish|available (?:on|from)|released on|website (?:on|from)|out today|Published:", re.I)
_FIELDWORK = re.compile(r"fieldwork|took place|visit(?:ed|ing) (?:\w+ )?(?:in|during|between|from|over|on)\b|visited|carried out|inspected (?:it |them )?(?:in|between|during|from|over|on|\d)|"
                        r"inspected(?: (?!in\b)(?:together|jointly|side|by|at|the|same|time|alongside|again|remotely))+ "
                        r"(?:in|between|during|over)\b|"
                        r"inspected (?:the )?(?:(?-i:[A-Z])[\w’'&-]*\s+(?:and\s+|&\s+)?){1,6}(?:in|during|between|over)\b|visits? (?:in|during|between)|inspection (?:was )?(?:in|during)|"
                        r"(?:following|after) (?:an|its|the) inspection|spent .{0,40}\bin\b|on[- ]?site|remotely|"
                        r"assessed the|inspected the|were in the area|(?:examined|reviewed|read|looked at) (?:\w+ ){0,2}cases|over (?:two|three|four|five|\w+) (?:days|weeks) in", re.I)
# "Fieldwork took place in ..." outranks "The inspection took place at a difficult time ... in June 2021".
_FIELDWORK_STRONG = re.compile(r"fieldwork", re.I)
# "suspended its inspection fieldwork in March 2020" dates something else
_NOT_FIELDWORK = re.compile(r"in the year to|suspend\w*|postpone\w*|paused", re.I)
_DATELINE = re.compile(r"^(?:Published:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                       r"[A-Za-z]+\.?\s+(?:19|20)\d\d$|^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")


def _sentences(doc: Doc, sentences) -> list[tuple[int, int, str | None]]:
    if sentences:
        return [(s, e, label) for s, e, label in sentences]
    from .segment import sentence_spans
    return [(s, e, None) for s, e in sentence_spans(doc)]


_ENTS_KEY = "inspection_facts_ents"


def _doc_ents(doc: Doc):
    """``doc.ents``, built once per `extract_facts` call: spaCy makes new Span objects on every access, and
    the fact rules ask thousands of times per release."""
    cached = doc.user_data.get(_ENTS_KEY)
    return cached if cached is not None else doc.ents


def _ents_in(doc: Doc, start: int, end: int, label: str | None = None):
    return [e for e in _doc_ents(doc) if e.start_char >= start and e.end_char <= end and (label is None or e.label_ == label)]


def _place_key(text: str) -> str:
    """ "Gwynedd & Ynys Môn" and "Gwynedd and Ynys Môn" are one place: lower case, "&" read as "and"."""
    return " ".join(text.lower().replace("&", " and ").split())


def _same_place(a: str, b: str) -> bool:
    return _place_key(a) == _place_key(b)


def _in_place(a: str, b: str) -> bool:
    return _place_key(a) in _place_key(b)


# lower-case type words: a description ("Ceredigion youth justice service"), not a service's name
_LOWER_TYPE_WORD = re.compile(r"\b(?:youth|justice|offending|service|team|probation|delivery|unit)\b")


_UNIT_TYPES = ("PDU", "YJS", "CRC")


def _service(doc: Doc, services=None) -> dict | None:
    """The inspected service's name, short form and type, from the release's SERVICE mentions (or ``services``)."""
    services = [e for e in _doc_ents(doc) if e.label_ == "SERVICE"] if services is None else services
    if not services:
        return None
    infos = [normalise_service(e.text) for e in services]
    first = infos[0]
    if first["type"] == "region":
        # "North West region: Preston PDU rated ..." or "the Eastern region's Bedford PDU": a unit named in the
        # headline or the lead sentence is the one inspected, its region the context
        from .segment import sentence_spans

        lead = sentence_spans(doc)[:2]
        lead_end = lead[-1][1] if lead else 0
        units = [i for e, i in zip(services, infos) if e.start_char < lead_end and i["type"] in _UNIT_TYPES]
        if units:
            first = units[0]
            infos = [i for i in infos if i["type"] != "region"]
    if first["type"] == "other":
        # a bare place ("Redbridge") standing for the service: use a typed name for the same place
        typed = [i for i in infos if i["type"] != "other" and _same_place(service_place(i["name"]), first["name"])]
        if not typed:
            return first
        first = typed[0]
    # the full title-case name written for the same service anywhere in the release beats a short form
    for info in infos:
        if _same_place(info["short"], first["short"]) and info["name"] != info["short"] and info["name"].split()[-1][0].isupper():
            return {**first, "name": info["name"]}
    # a headline's description in lower case ("Ceredigion youth justice service") is not the service's name: the
    # first capitalised name of a service in the same place is (regions have no other: "London probation region")
    if first["type"] != "region" and _LOWER_TYPE_WORD.search(first["name"]):
        place = service_place(first["name"])
        for info in infos:
            if (_same_place(service_place(info["name"]), place) and info["type"] != "other"
                    and not _LOWER_TYPE_WORD.search(info["name"])):
                return info
    return first


def _before_past(text: str, s: int, e: int) -> int:
    """End of the part of a sentence that speaks of this inspection: up to the first past-rating cue.

    "rated ‘Requires improvement’, an improvement on the ‘Inadequate’ rating it received ..." keeps the first rating.
    """
    m = _PAST.search(text, s, e)
    return m.start() if m else e


_OTHER_SERVICES = re.compile(r"\b(?:other|neighbouring|sibling|nearby)\b(?:\s+[\w’'-]+){0,2}\s+(?:PDUs|services|YOTs|"
                             r"YOSs|YJSs|areas|regions|units|boroughs|councils)\b", re.I)


def _overall_rating(doc: Doc, sents, service: dict | None) -> str | None:
    text = doc_text(doc)
    siblings = set()
    if service:
        place = service_place(service["name"]).lower()
        siblings = {e.text for e in _doc_ents(doc) if e.label_ == "SERVICE"
                    and not _in_place(place, e.text) and not _in_place(service_place(e.text), place)}
    best = None
    for index, (s, e, _label) in enumerate(sents):
        sentence = text[s:e]
        if len({normalise_rating(r.text) for r in _ents_in(doc, s, e, "RATING")}) >= 3:
            continue  # the four-point-scale note, or a list of aspect ratings
        e = _before_past(text, s, e)
        sentence = text[s:e]
        ratings = _ents_in(doc, s, e, "RATING")
        if not ratings:
            continue
        if any(sib in sentence for sib in siblings) and not (service and _in_place(service_place(service["name"]),
                                                                                    sentence)):
            continue  # a sibling PDU's rating
        if _OTHER_SERVICES.search(sentence):
            continue  # "Of the other Welsh PDUs inspected since 2023, most have been rated ..."
        lower = sentence.lower()
        m = re.search(r"overall\s+(?:regional\s+)?rating", lower)
        if m:
            after = [r for r in ratings if r.start_char - s >= m.start()]
            return normalise_rating((after or ratings)[0].text)
        if re.search(r"\boverall\b", lower) and len(ratings) == 1:
            return normalise_rating(ratings[0].text)
        if best is None and index > 0 and len(ratings) == 1 and re.search(
                r"\b(has been|was|is|been|have|has|being)\s+(rated|judged|placed)|received a\b|rates\b|awarded|"
                r"resulted in|conclude[sd]? that|gives? (?:it|the \w+) a\b|told (?:that )?it|found to|deemed|graded|"
                r"\b(?:found|judged|assessed|considered)\b[^.]{0,80}?\bto be\b|\bassessed as\b|possible rating",
                lower) and not re.search(
                r"\b(aspect|delivery|disposals?|supervision|resettlement|leadership|partnerships|programmes|work|"
                r"quality|staff|services|court)\b[^.]{0,40}\b(was|were)\s+(also\s+)?(separately\s+)?rated", lower):
            best = normalise_rating(ratings[0].text)
    if best:
        return best
    # the headline's rating is the fallback when nothing states it
    if sents:
        s, e, _ = sents[0]
        ratings = _ents_in(doc, s, e, "RATING")
        # "Dyfed-Powys Police rated ‘good’ at preventing crime" grades one area, not the whole
        if len(ratings) == 1 and not _PAST.search(text[s:e]) and not re.match(
                r"[’'”\"]?\s+(?:at|for|in)\s", text[ratings[0].end_char:e]):
            return normalise_rating(ratings[0].text)
    return None


@functools.cache
def load_aspect_table(path: str | Path | None = None) -> dict:
    """The aspect table (aspect names and their patterns, expansions, standards), compiled.

    Default: the project's annotations/patterns/aspects.json, as for a pipeline built with
    ``build_pipeline``. Summaries pass the loaded models' own copy (`facts/aspects.json` inside the models
    directory, covered by its hashes; `train` copies it there).
    """
    if path is None:
        from .pipeline import PATTERNS_DIR

        path = PATTERNS_DIR / "aspects.json"
    path = Path(path)
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        table["aspects"] = [(name, re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
                            for name, patterns in table["aspects"]]
        table["standards"] = set(table["standards"])
        table.setdefault("expand", {})
    except FileNotFoundError:
        raise ModelError(f"{path}: aspect table missing") from None
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError, re.error) as err:
        raise ModelError(f"{path}: unreadable aspect table ({type(err).__name__}: {err})") from None
    return table


_AREAS = {"case supervision", "court disposals", "out-of-court disposals"}


def aspects_in(text: str, table: dict | None = None) -> list[str]:
    """Canonical aspects named in ``text``, in order; the earlier table entry wins where names overlap.

    >>> aspects_in("Organisational delivery and work with children sentenced by the courts were both")
    ['organisational delivery', 'court disposals']
    """
    table = table or load_aspect_table()
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for name, pattern in table["aspects"]:
        for m in pattern.finditer(text):
            if name in _AREAS and re.search(r"\b(?:area|part|aspect|element)s? of (?:the |its )?$", text[:m.start()], re.I):
                continue  # "the weakest area of case supervision": the area names where, it is not rated
            if not taken.intersection(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                found.append((m.start(), name))
    out = []
    for _, name in sorted(found):
        for item in table["expand"].get(name, [name]):
            if item not in out:
                out.append(item)
    if len(table["standards"].intersection(out)) >= 2:
        # "case supervision ..., with assessment, planning, ... each rated": the standards carry the ratings
        out = [a for a in out if a not in _AREAS]
    if len(out) > 1 and "work with children" in out:
        out.remove("work with children")  # "work with children on court orders" names the order, not the children
    return out


_SCALE_GAP = re.compile(r"^[\s’'”\"‘“,;()\d]*(?:(?:and|or|to|points?)[\s’'”\"‘“,;()\d]*)*$")


def _scale_note(text: str, ratings) -> bool:
    """True for the scale note: "‘Outstanding’, ‘Good’, ‘Requires improvement’ or ‘Inadequate’"."""
    if len({normalise_rating(r.text) for r in ratings}) < 3:
        return False
    gaps = [text[a.end_char:b.start_char] for a, b in zip(ratings, ratings[1:])]
    return sum(bool(_SCALE_GAP.match(g)) for g in gaps) >= 2


_TURN = re.compile(r",?\s+\b(?:but|while|whilst|whereas|although)\b", re.I)


def _aspect_ratings(doc: Doc, sents, table: dict | None = None, keep=None) -> list[dict]:
    """Aspects rated separately: each rating takes the aspects named in its own stretch of the sentence.

    "A and B were rated ‘Good’, while C was rated ‘Inadequate’": the stretch before each rating (after the
    last colon). "rated ‘Good’ for A, ‘Inadequate’ for B": the stretch after it, when it opens with "for".
    ``keep(rating)``, if given, may veto a rating mention (the role model's say, see extract_facts).
    """
    text = doc_text(doc)
    out: list[dict] = []
    for s, e, _ in sents[1:]:  # headlines run aspects and the overall rating together
        ratings = [r for r in _ents_in(doc, s, e, "RATING") if normalise_rating(r.text)]
        if not ratings or _scale_note(text, ratings):
            continue
        if re.search(r"recommend", text[s:e], re.I):
            continue
        if re.search(r"\brespectively\b", text[s:e], re.I) and not _PAST.search(text, s, ratings[0].start_char):
            # "A and B were rated ‘Good’ and ‘Inadequate’ respectively": the aspects pair with the ratings in order
            named = aspects_in(re.split(r"[:;]", text[s:ratings[0].start_char])[0], table)
            if len(named) == len(ratings) > 1:
                for aspect, rating in zip(named, ratings):
                    item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                    if item not in out:
                        out.append(item)
                continue
        bounds = [s] + [r.end_char for r in ratings]
        for i, rating in enumerate(ratings):
            stop = ratings[i + 1].start_char if i + 1 < len(ratings) else e
            before = text[bounds[i]:rating.start_char]
            # "rated ‘Good’ for A and for B, but C was rated ‘Requires improvement’": each rating reads its own
            # "for" stretch up to the turn, or else the stretch before it after the turn
            trailing = re.match(r"(?:ratings?\s+)?for\b", text[rating.end_char:stop].lstrip(" ’'”\""), re.I)
            if _PAST.search(before):
                continue  # a previous inspection's rating, or one the service came close to
            if keep is not None and not keep(rating):
                continue
            if re.match(r"[’'”\"]?\s+(?:are|is|must|will|should)\b", text[rating.end_char:stop]):
                continue  # "Services rated ‘Inadequate’ are expected to ...": a rule, not a rating
            if trailing:
                stretch = _TURN.split(text[rating.end_char:stop], maxsplit=1)[0]
            else:
                before = _TURN.split(before)[-1]
                if re.search(r"\boverall\b", text[rating.end_char:rating.end_char + 12], re.I):
                    continue  # "rated ‘Good’ overall"
                # "... was strong: governance and leadership, staff ... were all rated", but "• case supervision: ‘Good’"
                parts = re.split(r"[:;]", before)
                stretch = next((p for p in reversed(parts) if aspects_in(p, table)), parts[-1])
                # "Its organisational delivery, which covers leadership and staffing, was rated ..."
                stretch = re.sub(r",\s*which .*?,(?=\s*(?:was|were|is|are|has|had)\b)", " ", stretch)
                also = re.search(r"\bas (?:was|were|did) (.*)", text[rating.end_char:stop])
                if also:  # "... were both rated ‘Good’, as was resettlement policy and provision"
                    stretch += " and " + also[1]
            if "known as" in stretch:  # "resettlement work ..., known as Through the Gate, ..."
                stretch = stretch.split("known as", 1)[1]
            for aspect in aspects_in(stretch, table):
                item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                if item not in out:
                    out.append(item)
    return out


def _year_for(month: int, day: int, doc: Doc, after: str | None) -> int | None:
    """The year of "Wednesday, 19 July": the first on or after the fieldwork month, else the latest year named."""
    years = []
    for ent in _doc_ents(doc):
        if ent.label_ == "DATE":
            iso = normalise_date(ent.text)
            if iso and iso[:4].isdigit():
                years.append(int(iso[:4]))
    if after:
        year = int(after[:4])
        return year if f"{year}-{month:02d}" >= after else year + 1
    return max(years) if years else None


_DAY_MONTH = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)$")


def _date_from(doc: Doc, sents, cue: re.Pattern, want_day: bool, strong: re.Pattern | None = None,
               after: str | None = None) -> str | None:
    """The first date stated after ``cue`` in a sentence, before any past-inspection cue in it.

    Sentences matching ``strong`` are read first. A day without a year ("published today (Wednesday,
    19 July)") takes its year from the other dates of the release.
    """
    text = doc_text(doc)
    ordered = sorted(sents, key=lambda x: not (strong and strong.search(text, x[0], x[1])))
    for s, e, _ in ordered:
        cue_match = cue.search(text, s, e)
        if not cue_match:
            continue
        if not want_day and _NOT_FIELDWORK.search(text, s, e):
            continue
        limit = _before_past(text, s, e)
        for date in _ents_in(doc, s, limit, "DATE"):
            iso = normalise_date(date.text)
            if not iso and want_day:
                m = _DAY_MONTH.match(date.text.strip())
                month = MONTHS.get(m[2].lower()) if m else None
                year = _year_for(month, int(m[1]), doc, after) if m and month else None
                iso = f"{year}-{month:02d}-{int(m[1]):02d}" if m and year else None
            if not iso:
                continue
            if want_day and len(iso) == 10:
                return iso
            if not want_day and date_month(iso):
                return date_month(iso)
    return None


def _dateline(doc: Doc, sents) -> str | None:
    """A sentence that is only a date near the top ("Thursday, 13th October 2022") dates the release, as does a
    short by-line ending in one ("By our local democracy reporter, 27 September 2022")."""
    text = doc_text(doc)
    for s, e, _ in sents[:4]:
        line = text[s:e].strip()
        if _DATELINE.match(line):
            iso = normalise_date(re.sub(r"^Published:?\s*", "", line))
            if iso and len(iso) == 10:
                return iso
        dates = _ents_in(doc, s, e, "DATE")
        if dates and len(line.split()) <= 12 and re.match(r"^By\b", line) and text[dates[-1].end_char:e].strip(" .") == "":
            iso = normalise_date(dates[-1].text)
            if iso and len(iso) == 10:
                return iso
    return None


# The inspected service or its board named generically in a recommendation ("four are for the PDU", "the
# Management Board should ..."): recipients as much as a named agency is.
_GENERIC_SERVICE = re.compile(r"\b(?:(?:for|to|by|on|at) the (?:PDU|YJS|YOS|YOT|YJT|YJPS|Y&JS|CRC|service|youth justice service|"
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
            word = m[1].lower()
            count = int(word) if word.isdigit() else NUMBERS.get(word)
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


# "Its neighbour, Sefton PDU, was inspected at the same time": a second service this release reports on
_CO_INSPECTED = re.compile(r"\binspected (?:at the same time|together|alongside|side by side|jointly)\b|"
                           r"\b(?:both|two) (?:PDUs|services|units|YOTs|teams)\b[^.]{0,30}\binspected\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate report|report published alongside|also published)\b", re.I)


def _service_rating(doc: Doc, sents, ent) -> str | None:
    """The rating a sentence gives one service: the first rating after its name, before the next service."""
    text = doc_text(doc)
    for s, e, _ in sents:
        if not s <= ent.start_char < e:
            continue
        later = [x for x in _ents_in(doc, ent.end_char, e, "SERVICE")
                 if not _same_place(service_place(x.text), service_place(ent.text))]
        stop = min([x.start_char for x in later] + [_before_past(text, ent.end_char, e)])
        ratings = [r for r in _ents_in(doc, ent.end_char, stop, "RATING") if normalise_rating(r.text)]
        if ratings and not re.search(r"\bfor\b|\bits\b", text[ent.end_char:ratings[0].start_char]):
            return normalise_rating(ratings[0].text)
    return None


def _co_inspected(doc: Doc, sents, main: dict) -> list:
    """Other services of the main one's kind that the release reports on too, each by its first mention:
    named beside the main service with a rating of their own ("X has been rated 'Good' and Y 'Requires
    improvement'"), or said to be inspected with it ("Y, inspected at the same time, ...")."""
    text = doc_text(doc)
    place = service_place(main["name"])
    found, seen = [], set()
    for s, e, _ in sents:
        sentence = text[s:e]
        if _SEPARATE.search(sentence):
            continue
        mentions = _ents_in(doc, s, e, "SERVICE")
        has_main = any(_same_place(service_place(m.text), place) for m in mentions)
        for m in mentions:
            info = normalise_service(m.text)
            key = _place_key(service_place(m.text))
            if (key in seen or _same_place(service_place(m.text), place) or info["type"] != main["type"]
                    or info["type"] in ("region", "other") or _PAST.search(text, s, m.start_char)):
                continue
            beside = has_main and _service_rating(doc, [(s, e, None)], m) is not None and len(
                _ents_in(doc, s, e, "RATING")) >= 2
            if beside or _CO_INSPECTED.search(sentence):
                seen.add(key)
                found.append(m)
    return found


def _services(doc: Doc, sents, main: dict | None, overall: str | None, ratings: list[dict], others) -> list[dict]:
    """Every inspected service in order: the main one (the release's overall and aspect ratings), then the others."""
    if not main:
        return []
    out = [{**main, "overall_rating": overall, "ratings": ratings}]
    for ent in others:
        mentions = [x for x in _doc_ents(doc) if x.label_ == "SERVICE" and _same_place(service_place(x.text), service_place(ent.text))]
        # the first sentence that gives it a rating, whichever of its mentions that is ("X and Y were inspected
        # together ... Y has been rated ...")
        rating = next((r for r in (_service_rating(doc, sents, x) for x in mentions) if r), None)
        out.append({**(_service(doc, mentions) or normalise_service(ent.text)), "overall_rating": rating, "ratings": []})
    return out


def extract_facts(doc: Doc, sentences=None, roles=None, *, aspects: dict | None = None) -> Facts:
    """Facts of one release from its entity-tagged doc and its labelled sentences ``[(start, end, label)]``.

    ``roles`` (a `nlp.entities.roles.RoleModel`, shipped in ``models/facts.npz``) lets the learned mention
    roles decide where its modes say so; without it the rules alone decide.
    ``aspects``: the aspect table (:func:`load_aspect_table`) of the models that made the doc; default the
    project's (for a pipeline built from the project's patterns).

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline(ner=False)("Leeds YJS rated ‘Good’\\n\\nLeeds Youth Justice Service has received an overall rating of ‘Good’.")
    >>> extract_facts(doc)["overall_rating"]
    'Good'
    """
    doc.user_data[_ENTS_KEY] = doc.ents
    try:
        return _extract(doc, sentences, roles, aspects)
    finally:
        doc.user_data.pop(_ENTS_KEY, None)


def _extract(doc: Doc, sentences, roles, aspects) -> Facts:
    sents = _sentences(doc, sentences)
    learned: Any = _Learned(doc, sents, roles) if roles is not None else None  # used only when roles is given
    mode = (lambda slot: roles.modes.get(slot, "rules")) if roles is not None else (lambda slot: "rules")
    service = _service(doc)
    if mode("service") != "rules":
        service = learned.service(service, alone=mode("service") == "classifier")
    fieldwork = _date_from(doc, sents, _FIELDWORK, want_day=False, strong=_FIELDWORK_STRONG)
    if mode("fieldwork") == "classifier" or (fieldwork is None and mode("fieldwork") == "hybrid"):
        fieldwork = learned.date("fieldwork")
    published = _date_from(doc, sents, _PUBLISHED, want_day=True, after=fieldwork) or _dateline(doc, sents)
    if mode("published") == "classifier" or (published is None and mode("published") == "hybrid"):
        published = learned.date("published")
    # Local inspections were first rated on the four-point scale in 2018: an earlier release's "'inadequate'"
    # is a judgement word, not an overall rating (docs/REAL-RELEASES.md; every pre-2018 release in the corpus).
    before_ratings = (published or fieldwork or "9999") < FIRST_RATED
    others = _co_inspected(doc, sents, service) if service and not before_ratings else []
    overall = None
    if not before_ratings:
        overall = _overall_rating(doc, sents, service)
        if mode("overall_rating") != "rules":
            overall = learned.overall(overall, alone=mode("overall_rating") == "classifier")
        if others:  # several services: the first one's own rating, where a sentence gives it
            first = next((e for e in _doc_ents(doc) if e.label_ == "SERVICE" and service
                          and _same_place(service_place(e.text), service_place(service["name"]))
                          and _service_rating(doc, sents, e)), None)
            overall = _service_rating(doc, sents, first) if first is not None else overall
    keep = {"hybrid": learned.keep_aspect, "classifier": learned.is_aspect}.get(mode("ratings")) if learned else None
    ratings = _aspect_ratings(doc, sents, aspects, keep)
    # the helpers build plain dicts in the shapes of nlp.types (tests/test_types.py checks the keys)
    return cast(Facts, {
        "service": service,
        "overall_rating": overall,
        "ratings": ratings,
        "published": published,
        "fieldwork": fieldwork,
        "recommendations": _recommendations(doc, sents, service),
        "services": _services(doc, sents, service, overall, ratings, others),
    })


class _Learned:
    """The role model's reading of one release: each mention's role probabilities, and the slot decisions
    built on them (used where the rules are silent or the model is sure they picked the wrong mention)."""

    SURE = 0.6     # the model's role probability needed to give a value the rules did not
    UNSURE = 0.2   # below this, the model vetoes the rules' mention

    def __init__(self, doc: Doc, sents, roles):
        self.doc, self.sents, self.roles = doc, sents, roles
        self._scored: dict[str, list] = {}

    def _of(self, label: str):
        """``(entity, role probabilities)`` for the mentions of one label, scored on first use (summarising
        only pays for the labels a slot asks about)."""
        if label not in self._scored:
            from .roles import release_mentions

            spans = [(s, e) for s, e, _ in self.sents]
            ents = {(x.start_char, x.end_char): x for x in _doc_ents(self.doc)}
            mentions = release_mentions(doc_text(self.doc), spans, [(s, e, x.label_) for (s, e), x in ents.items()],
                                        labels=(label,))
            self._scored[label] = [(ents[(m[0], m[1])], self.roles.predict(m[2], f)) for m, f in mentions]
        return self._scored[label]

    def service(self, rules: dict | None, alone: bool = False) -> dict | None:
        services = self._of("SERVICE")
        if not services or (rules is None and not alone):
            return rules
        best: dict[str, float] = {}
        for ent, p in services:
            key = _place_key(service_place(ent.text))
            best[key] = max(best.get(key, 0.0), p.get("inspected", 0.0))
        top = max(best, key=lambda key: best[key])
        if alone:
            return _service(self.doc, [ent for ent, _ in services if _place_key(service_place(ent.text)) == top])
        if rules is None:
            return None
        chosen = _place_key(service_place(rules["name"]))
        if top != chosen and best[top] >= self.SURE and best.get(chosen, 0.0) < self.UNSURE:
            return _service(self.doc, [ent for ent, _ in services if _place_key(service_place(ent.text)) == top])
        return rules

    def overall(self, rules: str | None, alone: bool = False) -> str | None:
        ratings = [(normalise_rating(ent.text), p.get("overall", 0.0)) for ent, p in self._of("RATING")]
        ratings = [(value, p) for value, p in ratings if value]
        if not ratings:
            return None if alone else rules
        value, p = max(ratings, key=lambda x: x[1])
        if alone:
            return value if p >= 0.5 else None
        if rules is None:
            return value if p >= self.SURE else None
        support = max((q for v, q in ratings if v == rules), default=0.0)
        return value if value != rules and p >= self.SURE and support < self.UNSURE else rules

    def keep_aspect(self, ent) -> bool:
        p = next((p for x, p in self._of("RATING") if x == ent), None)
        return p is None or p.get("aspect", 0.0) >= self.UNSURE or max(p, key=p.get) in ("aspect", "overall")

    def is_aspect(self, ent) -> bool:
        p = next((p for x, p in self._of("RATING") if x == ent), None)
        return p is not None and max(p, key=p.get) == "aspect"

    def date(self, role: str) -> str | None:
        best, best_p = None, self.SURE
        for ent, p in self._of("DATE"):
            iso = normalise_date(ent.text)
            value = (iso if iso and len(iso) == 10 else None) if role == "published" else date_month(iso)
            if value and p.get(role, 0.0) >= best_p:
                best, best_p = value, p[role]
        return best
