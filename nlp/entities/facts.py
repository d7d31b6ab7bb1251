"""Per-release facts chosen by context: the service, its ratings, dates and recommendations.

A wrong value is worse than none, so each fact comes from a sentence that states it, and is None
when no sentence does.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .normalise import date_month, normalise_date, normalise_rating, normalise_service, service_place

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM = r"(\d{1,2}|" + "|".join(NUMBERS) + r")"
_COUNT = re.compile(r"(?:makes|made|make|contains|sets out|set out|total of|includes|are|were|has|with)\s+"
                    r"(?:a total of\s+|just\s+|only\s+)?" + _NUM + r"\s+(?:\w+\s+){0,2}?recommendations\b", re.I)
_COUNT_LOOSE = re.compile(r"\b" + _NUM + r"\s+(?:main\s+|key\s+|formal\s+|further\s+)?recommendations\b", re.I)
_PAST = re.compile(r"\b(previous(?:ly)?|last inspect\w*|last time|when it was last|in a report published in|"
                   r"was rated .{0,40} in (?:19|20)\d\d|rescued from|came close|close to being|narrowly missed|"
                   r"uses a four-point scale|on a four-point scale|down from|up from|improvement on|compared with)\b", re.I)
_PUBLISHED = re.compile(r"publish|available on|released on|website on|Published:", re.I)
_FIELDWORK = re.compile(r"fieldwork|took place|visited|carried out|inspected in|inspection (?:was )?(?:in|during)|"
                        r"following an inspection|spent .{0,40}\bin\b|on[- ]?site|remotely|assessed the|"
                        r"inspected the", re.I)
_NOT_FIELDWORK = re.compile(r"in the year to", re.I)
_DATELINE = re.compile(r"^(?:Published:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                       r"[A-Za-z]+\.?\s+(?:19|20)\d\d$|^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")


def _sentences(doc: Doc, sentences) -> list[tuple[int, int, str]]:
    if sentences:
        return [(s, e, label) for s, e, label in sentences]
    from .segment import sentence_spans
    return [(s, e, None) for s, e in sentence_spans(doc)]


def _ents_in(doc: Doc, start: int, end: int, label: str | None = None):
    return [e for e in doc.ents if e.start_char >= start and e.end_char <= end and (label is None or e.label_ == label)]


def _service(doc: Doc) -> dict | None:
    services = [e for e in doc.ents if e.label_ == "SERVICE"]
    if not services:
        return None
    infos = [normalise_service(e.text) for e in services]
    first = infos[0]
    if first["type"] == "other":
        # a bare place ("Redbridge") standing for the service: use a typed name for the same place
        typed = [i for i in infos if i["type"] != "other" and service_place(i["name"]) == first["name"]]
        if not typed:
            return first
        first = typed[0]
    # the full title-case name written for the same service anywhere in the release beats a short form
    for info in infos:
        if info["short"] == first["short"] and info["name"] != info["short"] and info["name"].split()[-1][0].isupper():
            return {**first, "name": info["name"]}
    return first


def _overall_rating(doc: Doc, sents, service: dict | None) -> str | None:
    text = doc.text
    siblings = set()
    if service:
        place = service_place(service["name"]).lower()
        siblings = {e.text for e in doc.ents if e.label_ == "SERVICE"
                    and place not in e.text.lower() and service_place(e.text).lower() not in place}
    best = None
    for index, (s, e, _label) in enumerate(sents):
        sentence = text[s:e]
        ratings = _ents_in(doc, s, e, "RATING")
        if not ratings or _PAST.search(sentence):
            continue
        if any(sib in sentence for sib in siblings) and not (service and service_place(service["name"]) in sentence):
            continue  # a sibling PDU's rating
        lower = sentence.lower()
        m = re.search(r"overall\s+(?:regional\s+)?rating", lower)
        if m:
            after = [r for r in ratings if r.start_char - s >= m.start()]
            return normalise_rating((after or ratings)[0].text)
        if re.search(r"\boverall\b", lower) and len(ratings) == 1:
            return normalise_rating(ratings[0].text)
        if best is None and index > 0 and len(ratings) == 1 and re.search(
                r"\b(has been|was|is|been|have|has|being)\s+(rated|judged|placed)|received a\b|rates\b|awarded|"
                r"resulted in", lower) and not re.search(
                r"\b(aspect|delivery|disposals?|supervision|resettlement|leadership|partnerships|programmes|work|"
                r"quality|staff|services|court)\b[^.]{0,40}\b(was|were)\s+(also\s+)?(separately\s+)?rated", lower):
            best = normalise_rating(ratings[0].text)
    if best:
        return best
    # the headline's rating is the fallback when nothing states it
    if sents:
        s, e, _ = sents[0]
        ratings = _ents_in(doc, s, e, "RATING")
        if len(ratings) == 1 and not _PAST.search(text[s:e]):
            return normalise_rating(ratings[0].text)
    return None


def _aspect_ratings(doc: Doc, sents) -> list[dict]:
    out = []
    for s, e, _ in sents:
        sentence = doc.text[s:e]
        if "overall" in sentence.lower() or _PAST.search(sentence):
            continue
        for rating in _ents_in(doc, s, e, "RATING"):
            before = doc.text[s:rating.start_char]
            m = re.search(r"(?:^|[,;:]\s*|\band\s+)((?:the\s+)?[A-Za-z][\w\s\-’']{3,80}?)\s+(?:was|were|is)\s+"
                          r"(?:also\s+)?(?:separately\s+)?(?:both\s+)?(?:rated|judged)\s+(?:as\s+)?[‘'\"“]?$", before)
            if m:
                aspect = re.sub(r"^(?:the\s+)?(?:quality of\s+)?", "", m[1].strip(), flags=re.I).lower()
                item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                if item["rating"] and item not in out:
                    out.append(item)
    return out


def _date_from(doc: Doc, sents, cue: re.Pattern, want_day: bool) -> str | None:
    for s, e, _ in sents:
        sentence = doc.text[s:e]
        if not cue.search(sentence) or _PAST.search(sentence):
            continue
        if not want_day and _NOT_FIELDWORK.search(sentence):
            continue
        for date in _ents_in(doc, s, e, "DATE"):
            iso = normalise_date(date.text)
            if not iso:
                continue
            if want_day and len(iso) == 10:
                return iso
            if not want_day and date_month(iso):
                return date_month(iso)
    return None


def _dateline(doc: Doc, sents) -> str | None:
    """A sentence that is only a date near the top ("Thursday, 13th October 2022") dates the release."""
    for s, e, _ in sents[:4]:
        if _DATELINE.match(doc.text[s:e].strip()):
            iso = normalise_date(re.sub(r"^Published:?\s*", "", doc.text[s:e].strip()))
            if iso and len(iso) == 10:
                return iso
    return None


def _recommendations(doc: Doc, sents) -> dict:
    count = None
    recipients: list[str] = []
    ordered = sorted(sents, key=lambda x: x[2] != "RECOMMENDATION")
    for s, e, label in ordered:
        if label not in (None, "RECOMMENDATION"):
            continue
        m = _COUNT.search(doc.text[s:e]) or _COUNT_LOOSE.search(doc.text[s:e])
        if m:
            word = m[1].lower()
            count = int(word) if word.isdigit() else NUMBERS.get(word)
            break
    for s, e, label in sents:
        if label != "RECOMMENDATION":
            continue
        for ent in _ents_in(doc, s, e):
            if ent.label_ not in ("SERVICE", "AGENCY"):
                continue
            name = normalise_service(ent.text)["short"] if ent.label_ == "SERVICE" else ent.text
            if name not in recipients:
                recipients.append(name)
    return {"count": count, "recipients": recipients}


def extract_facts(doc: Doc, sentences=None) -> dict:
    """Facts of one release from its entity-tagged doc and its labelled sentences ``[(start, end, label)]``.

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline(ner=False)("Leeds YJS rated ‘Good’\\n\\nLeeds Youth Justice Service has received an overall rating of ‘Good’.")
    >>> extract_facts(doc)["overall_rating"]
    'Good'
    """
    sents = _sentences(doc, sentences)
    service = _service(doc)
    return {
        "service": service,
        "overall_rating": _overall_rating(doc, sents, service),
        "ratings": _aspect_ratings(doc, sents),
        "published": _date_from(doc, sents, _PUBLISHED, want_day=True) or _dateline(doc, sents),
        "fieldwork": _date_from(doc, sents, _FIELDWORK, want_day=False),
        "recommendations": _recommendations(doc, sents),
    }
