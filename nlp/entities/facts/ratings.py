"""Overall ratings: the release's own (not a previous inspection's, a sibling's or its region's), and each of
several inspected services' own rating."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalise import normalise_rating, service_place
from ..segment import doc_text
from .mentions import (_PAST, _UNIT_TYPES, _bare_mentions, _before_past, _changed_from, _doc_ents, _ents_in, _in_place,
                       _ratings_in, _same_place)

# "The region as a whole was given an overall regional rating of ..." in a PDU's release: the region's rating, as
# where the region (or the division) is the subject of the rating verb anywhere in the sentence ("At its own
# inspection in 2022, the wider region was assessed as ...")
_REGION_SUBJECT = re.compile(r"\boverall regional rating\b|^\W*(?:the|its) region\b(?!\s*[’']s)|"
                             r"\b(?:the|its) (?:(?:wider|whole|broader|larger|surrounding|parent|own|probation|"
                             r"overall) ){0,2}(?:region|division)(?: as a whole| itself| overall)? (?:was|were|has|had|is|"
                             r"itself|received|got|earned|achieved|secured)\b", re.I)

_OTHER_SERVICES = re.compile(r"\b(?:other|neighbouring|sibling|nearby)\b(?:\s+[\w’'-]+){0,2}\s+(?:PDUs|services|YOTs|"
                             r"YOSs|YJSs|areas|regions|units|boroughs|councils)\b", re.I)


# A verb or phrase that gives a whole service its rating ("has been rated", "has secured a ... rating", "was
# deemed"); and an aspect as the subject ("Resettlement work, which is rated separately, reached ...")
_OVERALL_CUE = re.compile(
    r"\b(has been|was|is|been|have|has|being)\s+(?:now\s+)?(rated|judged|placed)|received a\b|rates\b|awarded|"
    r"resulted in|conclude[sd]? that|gives? (?:it|the \w+) a\b|told (?:that )?it|found to|deemed|graded|"
    r"\b(?:found|judged|assessed|considered)\b[^.]{0,80}?\bto be\b|\bassessed as\b|possible rating|"
    # "handed the lowest mark inspectors can give", "gave X the lowest possible mark, ‘Inadequate’"
    r"\b(?:lowest|highest|bottom|top)(?: possible| available)? (?:rating|mark|grade|band|verdict)\b|\bhanded\b|"
    r"\b(?:secured|achieved|earned|gained|won|retained|kept|been given|was given)\b|(?:up|down)graded\b|"
    r"\b(?:moved|rose|risen|fell|fallen|dropped|slipped|climbed|improved|gone|went|jumped|returned) (?:back )?"
    r"(?:up |down )?to\b", re.I)
_ASPECT_SUBJECT = re.compile(
    r"\b(aspect|delivery|disposals?|supervision|resettlement|leadership|partnerships|programmes|work|"
    r"quality|staff|services|court)\b[^.]{0,40}\b(was|were|is|are)\s+(also\s+)?(separately\s+)?rated|"
    r"\b(?:rated|graded|judged|assessed) separately\b|\bseparately (?:rated|graded|judged|assessed)\b", re.I)
# "a ‘Good’ rating": the quoted term names a rating of its own, not a description
_RATING_NOUN = re.compile(r"[’'”\"]?\s+(?:rating|grade|verdict)\b")


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
        every = _ents_in(doc, s, e, "RATING")
        ratings = [r for r in every if not _changed_from(doc, r)]  # "from ‘Good’ to ‘Inadequate’": the second
        if not ratings:
            continue
        sibling = any(sib in sentence for sib in siblings) or (service is not None and any(
            not _in_place(place, b.text) and not _in_place(b.text, place) for b in _bare_mentions(doc, s, e)))
        if sibling and not (service and _in_place(service_place(service["name"]), sentence)):
            continue  # a sibling PDU's rating, by its name or its bare place ("Dartmouth fared better and was rated")
        if _OTHER_SERVICES.search(sentence):
            continue  # "Of the other Welsh PDUs inspected since 2023, most have been rated ..."
        if service and service["type"] in _UNIT_TYPES and _REGION_SUBJECT.search(sentence):
            continue  # a unit's release: the rating of the region it belongs to
        lower = sentence.lower()
        m = re.search(r"overall\s+(?:regional\s+)?rating", lower)
        if m:
            after = [r for r in ratings if r.start_char - s >= m.start()]
            return normalise_rating((after or ratings)[0].text)
        if re.search(r"\boverall\b", lower) and len(ratings) == 1:
            return normalise_rating(ratings[0].text)
        if best is None and index > 0 and len(ratings) == 1 and (len(every) > len(ratings) or _OVERALL_CUE.search(lower)
                                                                  or _RATING_NOUN.match(text, ratings[0].end_char)) \
                and not _ASPECT_SUBJECT.search(lower):
            best = normalise_rating(ratings[0].text)
    if best:
        return best
    # the headline's rating is the fallback when nothing states it
    # (after any embargo or date line above the headline: "EMBARGOED UNTIL 00:01 ON THURSDAY 12 JUNE 2025")
    head = next((x for x in sents[:3] if not (_ents_in(doc, x[0], x[1], "DATE") and not _ents_in(doc, x[0], x[1], "RATING")
                                              and not _ents_in(doc, x[0], x[1], "SERVICE"))), None)
    if head:
        s, e, _ = head
        ratings = [r for r in _ents_in(doc, s, e, "RATING") if not _changed_from(doc, r)]
        # "Dyfed-Powys Police rated ‘good’ at preventing crime" grades one area, not the whole
        if len(ratings) == 1 and not _PAST.search(text[s:e]) and not re.match(
                r"[’'”\"]?\s+(?:at|for|in)\s", text[ratings[0].end_char:e]):
            return normalise_rating(ratings[0].text)
    return None


# "places the CRC in its ‘Requires improvement’ band": the inspectorate's band, not the service's own aspect
_BAND = re.compile(r"\bin (?:its|their|the) [‘'“\"]?$")
_BAND_AFTER = re.compile(r"[’'”\"]?\s+(?:band|category|grade|bracket)\b")


_ITS_GRADE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:grade|rating|mark|verdict)(?:\s+of)?\s*[,:–—-]?\s*[‘'“\"]?$", re.I)
_ITS_TERM = re.compile(r"\bits\s+(?:[\w-]+\s+)?[‘'“\"]?$", re.I)


def _subject_rating(text: str, subject_end: int, ratings) -> str | None:
    """The first of ``ratings`` after a subject ending at ``subject_end``, unless "for" or "its" stands between
    them ("X has been rated ‘Good’", not "X ... for its work with victims ‘Good’"): the subject's own rating."""
    if not ratings:
        return None
    gap = text[subject_end:ratings[0].start_char]
    band = _BAND.search(gap)
    if band and _BAND_AFTER.match(text, ratings[0].end_char):
        gap = gap[:band.start()]
    # "have given X its highest grade, ‘Outstanding’", "gave X its first ‘Good’ rating": the grade is the subject's own
    own = _ITS_GRADE.search(gap) or (_ITS_TERM.search(gap) and _RATING_NOUN.match(text, ratings[0].end_char))
    if own:
        gap = gap[:own.start()]
    if not re.search(r"\bfor\b|\bits\b", gap):
        return normalise_rating(ratings[0].text)
    return None


# The verb of a coordinated subject that shares one rating: "X PDU and Y PDU were (both) rated", "have each been
# judged", "each receive a rating of", "both earned", "share a rating of": a plural verb or a distributive word,
# never "is" / "was" / "has" (the last name's own verb: "X PDU and Y PDU, and Z PDU was rated")
_SHARED = re.compile(r"\s*(?:(?:both|each|all|all three|jointly|together)\s+)?(?:were|are|have|had|receive|received|"
                     r"earn(?:ed)?|get|got|share[d]?|hold|held|achieved?|gain(?:ed)?|each|both)\b", re.I)


# the last name's own verb: "X PDU and Y PDU, and Z PDU was rated ‘Good’" rates Z alone
_SINGULAR = re.compile(r"\s*(?:is|was|has|remains|sits|stands)\b", re.I)


def _coordinated(doc: Doc, text: str, s: int, e: int, ent) -> list:
    """The services of a coordinated subject ("X PDU, Y PDU and Z PDU") that ``ent`` belongs to, in order."""
    named = sorted([*_ents_in(doc, s, e, "SERVICE"), *_bare_mentions(doc, s, e)], key=lambda x: x.start_char)
    i = next((i for i, x in enumerate(named) if x.start_char == ent.start_char), None)
    if i is None:
        return [ent]
    joined = [bool(re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[a.end_char:b.start_char])
                   and not _same_place(service_place(a.text), service_place(b.text))) for a, b in zip(named, named[1:])]
    first, last = i, i
    while first > 0 and joined[first - 1]:
        first -= 1
    while last < len(joined) and joined[last]:
        last += 1
    return named[first:last + 1]


def _service_rating(doc: Doc, sents, ent) -> str | None:
    """The rating a sentence gives one service: the first rating after its name, before the next service."""
    text = doc_text(doc)
    for s, e, _ in sents:
        if not s <= ent.start_char < e:
            continue
        later = [x for x in [*_ents_in(doc, ent.end_char, e, "SERVICE"), *_bare_mentions(doc, ent.end_char, e)]
                 if not _same_place(service_place(x.text), service_place(ent.text))]
        stop = min([x.start_char for x in later] + [_before_past(text, ent.end_char, e)])
        ratings = _ratings_in(doc, ent.end_char, stop)
        own = _subject_rating(text, ent.end_char, ratings)
        # a coordinated subject: "X PDU and Y PDU were both rated ‘Requires improvement’", "X and Y both sit one
        # step higher, at ‘Requires improvement’", "X and Y were rated ‘Good’ and ‘Inadequate’ respectively"
        heads = _coordinated(doc, text, s, e, ent)
        if len(heads) < 2:
            if own:
                return own
            continue
        chain = heads[-1]
        clause = re.search(r"[;:]|\b(?:while|whilst|whereas|but)\b", text[chain.end_char:e])
        end = min([chain.end_char + clause.start() if clause else e] +
                  [x.start_char for x in later if x.start_char >= chain.end_char])
        after = _ratings_in(doc, chain.end_char, _before_past(text, chain.end_char, end))
        if re.search(r"\brespectively\b", text[chain.end_char:end], re.I):
            if len(after) == len(heads) and not _PAST.search(text, chain.end_char, after[0].start_char):
                return normalise_rating(after[heads.index(ent)].text)
            continue
        if own:
            return own
        if ratings or chain is ent:
            continue
        if _SHARED.match(text, chain.end_char, e) or not _SINGULAR.match(text, chain.end_char, e):
            shared = _subject_rating(text, chain.end_char, after[:1])
            if shared and not re.search(r"\btheir\b", text[chain.end_char:after[0].start_char]):
                return shared
    return None


# "X City PDU and Y County PDU ... The city PDU was judged to be ‘Inadequate’ and the county PDU
# ‘Requires improvement’": a service named "<place> City / County <type>" is also "the city / county <type>"
_CITY_COUNTY = re.compile(r"\b(City|County|Borough)\b\s+(?:Probation Delivery Unit|PDU|Youth (?:Justice|Offending) "
                          r"(?:Service|Team)|YJS|YOS|YOT)\b")
_GENERIC_UNIT = (r"(?:PDU|probation delivery unit|YJS|YOS|YOT|youth (?:justice|offending) (?:service|team)|"
                 r"(?:probation )?(?:service|unit|team))")


def _generic_rating(doc: Doc, sents, name: str) -> str | None:
    """The rating given to "the city PDU" / "the county PDU" when the service's name has that word."""
    kind = _CITY_COUNTY.search(name)
    if not kind:
        return None
    text = doc_text(doc)
    generic = re.compile(r"\b[Tt]he (?:city|county|borough)(?:[’']s)? " + _GENERIC_UNIT + r"\b")
    for s, e, _ in sents:
        for m in generic.finditer(text, s, e):
            if not m[0].lower().startswith("the " + kind[1].lower()):
                continue
            own = _rating_of_subject(doc, text, m.end(), e, generic)
            if own:
                return own
    return None


def _rating_of_subject(doc: Doc, text: str, start: int, end: int, next_subject: re.Pattern) -> str | None:
    """The rating a subject that ends at ``start`` is given before ``end``, the next subject (``next_subject`` or a
    named service) or a clause in the past, whichever comes first."""
    nxt = next_subject.search(text, start, end)
    named = [x.start_char for x in _ents_in(doc, start, end, "SERVICE")]
    stop = min([nxt.start() if nxt else end, _before_past(text, start, end)] + named)
    return _subject_rating(text, start, _ratings_in(doc, start, stop))


def _type_nouns(info: dict) -> set[str]:
    """The words a release may use for a service after naming it: its type as written ("the partnership", "the
    company", "the division", "the trust"), its abbreviation ("the CRC", "the YJP") and the type's full form
    ("the probation delivery unit")."""
    name, short = info["name"], info["short"]
    nouns = {name.split()[-1].lower(), short.split()[-1] if short.split()[-1].isupper() else short.split()[-1].lower()}
    m = re.search(r"\b(?:(?:youth (?:justice|offending)(?: and prevention)?|probation delivery|community rehabilitation)"
                  r" \w+|probation trust)$", name, re.I)
    if m:
        nouns.add(m[0].lower())
    if info["type"] == "PDU":
        nouns.update({"PDU", "unit", "delivery unit"})
    return {n for n in nouns if n not in ("and", "of", "the")}


def _anaphor_rating(doc: Doc, sents, info: dict, inspected: list[dict]) -> str | None:
    """The rating a sentence gives a service through a type noun ("the division earns a rating of ‘Good’"), where
    that noun fits no other of the ``inspected`` services of the release."""
    others = [_type_nouns(i) for i in inspected if not _same_place(service_place(i["name"]), service_place(info["name"]))]
    own = _type_nouns(info) - set().union(*others)
    if not own:
        return None
    words = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True))
    anaphor = re.compile(r"\b[Tt]he (?:" + words + r")\b(?![’'-])")
    # any type noun of an inspected service, ours or another's, ends our stretch
    every = "|".join(re.escape(n) for n in sorted(set().union(own, *others), key=len, reverse=True))
    anyone = re.compile(r"\b[Tt]he (?:" + every + r")\b")
    text = doc_text(doc)
    for s, e, _ in sents[1:]:  # a headline's "CRC and NPS division" names kinds, not one service
        for m in anaphor.finditer(text, s, e):
            rating = _rating_of_subject(doc, text, m.end(), e, anyone)
            if rating:
                return rating
    return None


def _own_rating(doc: Doc, sents, name: str, mentions, inspected: list[dict] | None = None) -> str | None:
    """One of several services' overall rating: from any of its named mentions, else from "the city PDU", else
    from a type noun that stands for it alone among the ``inspected`` services ("the division")."""
    # its untagged bare place as a subject too: "whereas Dartmouth came out a step higher at ‘...’"
    bare = [b for b in _bare_mentions(doc) if not b.possessive and _same_place(b.text, service_place(name))]
    mentions = sorted([*mentions, *bare], key=lambda x: x.start_char)
    rating = next((r for r in (_service_rating(doc, sents, x) for x in mentions) if r), None) or \
        _generic_rating(doc, sents, name)
    if rating or not inspected:
        return rating
    info = next((i for i in inspected if _same_place(service_place(i["name"]), service_place(name))), None)
    return _anaphor_rating(doc, sents, info, inspected) if info else None
