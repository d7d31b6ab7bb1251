"""The overall rating of one among several inspected services (`_own_rating`): from a sentence that names it,
else from "the city PDU" where its name has that word, else as one of "the other three" after another of its list
is rated by name, else from a type noun that fits it alone ("the division"), else from the one rating all of them
are given together ("both units were rated ..."). The cues these share with the release's overall rating (a
subject's own rating, earlier and denied ratings) are in ratings.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ...vocab import number_alternation, number_value
from ..normalise import normalise_rating, service_place
from ..segment import doc_text
from .mentions import _NOTES_START, _before_past, _ents_in, _mentions_of, _ratings_in, _same_place
from .past import _latest_year, _past_after
from .coordination import _coordinated
from .ratings import _ASPECT_SUBJECT, _OVERALL_CUE, _denied, _given, _service_rating, _subject_rating

# "X City PDU and Y County PDU ... The city PDU was judged to be ‘Inadequate’ and the county PDU
# ‘Requires improvement’": a service named "<place> City / County / District <type>" is also "the city / county /
# district <type>"
_PART = r"(City|County|Borough|District|Town)"
_CITY_COUNTY = re.compile(r"\b" + _PART + r"\b\s+(?:Probation Delivery Unit|PDU|Youth (?:Justice|Offending) "
                          r"(?:Service|Team)|YJS|YOS|YOT)\b")
_GENERIC_UNIT = (r"(?:PDU|probation delivery unit|YJS|YOS|YOT|youth (?:justice|offending) (?:service|team)|"
                 r"(?:probation )?(?:service|unit|team))")


def _generic_rating(doc: Doc, sents, name: str) -> str | None:
    """The rating given to "the city PDU" / "the county PDU" when the service's name has that word."""
    kind = _CITY_COUNTY.search(name)
    if not kind:
        return None
    text = doc_text(doc)
    generic = re.compile(r"\b[Tt]he " + _PART.lower() + r"(?:[’']s)? " + _GENERIC_UNIT + r"\b")
    for s, e, _ in sents:
        for m in generic.finditer(text, s, e):
            if not m[0].lower().startswith("the " + kind[1].lower()):
                continue
            own = _rating_of_subject(doc, text, m.end(), e, generic) or _same_rating(doc, text, s, m.start(), m.end())
            if own:
                return own
    return None


# "The city unit was given ‘Good’; its neighbour, the county unit, received the same": the subject takes the rating
# named last before it in its sentence
_THE_SAME = re.compile(r"[\s,]*(?:(?:has|have|had|was|were|is|also|then|been)\s+)*(?:received|receives|got|gets|"
                       r"earned|earns|given|gained|gains|secured|secures|achieved|achieves|awarded|rated|judged)\s+"
                       r"(?:exactly\s+)?the same(?:\s+(?:rating|grade|verdict|judgement|judgment|score|mark))?"
                       r"(?=\s*(?:[.;,)!?]|$|(?:too|again|overall|as well)\b))", re.I)


def _same_rating(doc: Doc, text: str, sent_start: int, start: int, end: int) -> str | None:
    """The rating of a subject at ``start``-``end`` that "received the same": the last current rating before it in
    its sentence."""
    if not _THE_SAME.match(text, end):
        return None
    before = [r for r in _ratings_in(doc, sent_start, start) if _given(doc, r)]
    return normalise_rating(before[-1].text) if before else None


def _mention_same_rating(doc: Doc, sents, ent) -> str | None:
    """`_same_rating` for a named mention of the service."""
    text = doc_text(doc)
    return next((_same_rating(doc, text, s, ent.start_char, ent.end_char) for s, e, _ in sents
                 if s <= ent.start_char < e), None)


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
    # its bare place is among the mentions when the tagger tagged it ("whereas Dartmouth came out a step higher")
    mentions = sorted(mentions, key=lambda x: x.start_char)
    rating = next((r for r in (_paired_rating(doc, sents, x) for x in mentions) if r), None) or \
        next((r for r in (_service_rating(doc, sents, x) for x in mentions) if r), None) or \
        _generic_rating(doc, sents, name) or next((r for r in (_mention_same_rating(doc, sents, x) for x in mentions) if r), None) or \
        next((r for r in (_rest_rating(doc, sents, x) for x in mentions[:1]) if r), None)
    if rating or not inspected:
        return rating
    info = next((i for i in inspected if _same_place(service_place(i["name"]), service_place(name))), None)
    return (_anaphor_rating(doc, sents, info, inspected) if info else None) or \
        _respective_rating(doc, sents, name, inspected) or _together_rating(doc, sents, len(inspected))


# "X comes out one notch above Y: ‘A’ against ‘B’": after a colon or dash, as many ratings as the services named
# before it, one list, taken in the order the services were named
_PAIRS_OPEN = re.compile(r"\s*[:–—]\s*")
_PAIR_GAP = re.compile(r"[’'”\"]?\s*,?\s*(?:and|against|versus|vs\.?|to|with)?\s*[‘'“\"]?", re.I)


def _paired_rating(doc: Doc, sents, ent) -> str | None:
    """The rating of ``ent`` where its sentence names it among services before a colon and lists their ratings, one
    each, after it."""
    text = doc_text(doc)
    for s, e, _ in sents:
        if not s <= ent.start_char < e:
            continue
        colon = _PAIRS_OPEN.search(text, ent.end_char, e)
        if not colon:
            return None
        places: list[str] = []
        for x in _ents_in(doc, s, colon.start(), "SERVICE"):
            if not any(_same_place(service_place(x.text), p) for p in places):
                places.append(service_place(x.text))
        ratings = _ratings_in(doc, colon.end(), e)
        if (len(places) < 2 or len(ratings) != len(places) or ratings[0].start_char - colon.end() > 1
                or not all(_given(doc, r) for r in ratings)
                or not all(_PAIR_GAP.fullmatch(text, a.end_char, b.start_char) for a, b in zip(ratings, ratings[1:]))):
            return None
        index = next(i for i, p in enumerate(places) if _same_place(service_place(ent.text), p))
        return normalise_rating(ratings[index].text)
    return None


def _respective_rating(doc: Doc, sents, name: str, inspected: list[dict]) -> str | None:
    """The rating of service ``name`` where a sentence gives the inspected services, as one plural subject ("the two
    units"), a rating each "respectively": they take them in the order the release first names them."""
    if len(inspected) < 2:
        return None
    text = doc_text(doc)

    def first(info: dict) -> int:
        return min((x.start_char for x in _mentions_of(doc, info["name"])), default=len(text))

    order = sorted(inspected, key=first)
    index = next((i for i, info in enumerate(order) if _same_place(service_place(info["name"]), service_place(name))),
                 None)
    for s, e, _ in sents:
        if index is None or not re.search(r"\brespectively\b", text[s:e], re.I) or _ents_in(doc, s, e, "SERVICE"):
            continue  # (named services pair with their ratings in `_service_rating`)
        for start in _plural_subjects(text, s, e, len(order)):
            ratings = [r for r in _ratings_in(doc, start, e) if _given(doc, r)]
            if len(ratings) == len(order) and _TOGETHER_VERB.match(text[start:ratings[0].start_char]):
                return normalise_rating(ratings[index].text)
    return None


# "Cranbrook comes out worst, with ‘Inadequate’; the other three each receive ‘Requires improvement’": one rating
# word for the rest of a list of services, after one of them is rated by name
_THE_REST = re.compile(r"\bthe (?:other|remaining) (" + number_alternation(2, 8) + r"|\d)\b|\bthe (?:rest|others)\b",
                       re.I)


def _rest_rating(doc: Doc, sents, ent) -> str | None:
    """The rating "the other three" / "the rest" receive, for ``ent`` when it is one of a list of services named
    together ("X PDU, Y PDU, Z PDU and W PDU") and a sentence rates one other service of that list by name before
    giving the rest one rating. None where the count does not fit the list or ``ent`` is the one rated by name."""
    text = doc_text(doc)
    place = service_place(ent.text)
    for s, e, _ in sents:
        rest = _THE_REST.search(text, s, e)
        if not rest:
            continue
        named = [x for x in _ents_in(doc, s, rest.start(), "SERVICE") if _service_rating(doc, [(s, e, None)], x)]
        after = [r for r in _ratings_in(doc, rest.end(), e) if not _past_after(doc, r)]
        if len(named) != 1 or not after or _ents_in(doc, rest.end(), after[0].start_char, "SERVICE") \
                or _same_place(service_place(named[0].text), place):
            continue
        for ls, le, _ in sents:  # the list the rated one and ``ent`` belong to
            for m in _ents_in(doc, ls, le, "SERVICE"):
                if not _same_place(service_place(m.text), place):
                    continue
                heads = _coordinated(doc, text, ls, le, m)
                places = [service_place(h.text) for h in heads]
                count = number_value(rest[1]) if rest[1] else len(heads) - 1
                if (len(heads) >= 3 and count == len(heads) - 1
                        and any(_same_place(p, service_place(named[0].text)) for p in places)):
                    return normalise_rating(after[0].text)
    return None


# The inspected services together as a clause's subject, or the object a verdict's verb rates ("judged both units to
# be ‘...’"): "both (units)", "each of the PDUs", "each unit", "the two
# units", "all three (services)"; never "neither" or "none", which deny (`_DENIED`)
_ONE_UNIT = r"(?:unit|PDU|service|team|YOT|YOS|YJS|CRC|partnership|probation delivery unit|youth (?:justice|offending) (?:service|team))"
_PLURAL_UNITS = (r"(?:units|PDUs|services|teams|YOTs|YOSs|YJSs|CRCs|partnerships|probation delivery units|"
                 r"youth (?:justice|offending) (?:services|teams))")
_TOGETHER = re.compile(
    r"(?:^|(?<=[;:,])|\b(?:and|but|so|while|whereas|judged|rated|found|considered|assessed|deemed|graded)\b)\s*(?:"
    r"(?P<both>both)(?:\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:two\s+)?" + _PLURAL_UNITS + r"|\s+of\s+them)?|"
    r"each(?:\s+of\s+(?:the|these|those)\s+(?:(?P<each>" + number_alternation(2, 8) + r")\s+)?" + _PLURAL_UNITS +
    r"|\s+of\s+them|\s+" + _ONE_UNIT + r")?|"
    r"(?:all\s+)?(?:the|these|those)\s+(?:(?P<the>" + number_alternation(2, 8) + r")\s+)?" + _PLURAL_UNITS + r"|"
    r"all\s+(?P<all>" + number_alternation(2, 8) + r")(?:\s+" + _PLURAL_UNITS + r"|\s+of\s+them)?)\b", re.I)
# between that subject and its rating: a rating cue, "(both) sit at ‘...’", "share a rating of ‘...’", or a plural
# rating verb ("both were ‘Good’", "the two units were rated ‘...’", "each received ‘...’")
_TOGETHER_GAP = re.compile(r"\bat\s*[‘'“\"]?$|^\s*(?:to be|as)\s*[‘'“\"]?$|\b(?:landed|lands?|settled|settles?)\s+(?:on|at|for)\s*"
                           r"[‘'“\"]?$|"
                           r"\bshared?\s+(?:a|the|one)\s+(?:(?:same|common)\s+)?(?:rating|grade|mark|verdict)(?:\s+of)?"
                           r"\s*[,:–—-]?\s*[‘'“\"]?$|"
                           r"(?:^|\b(?:were|are|have been|had been))\s*(?:(?:both|each|all|now)\s+)?"
                           r"(?:(?:rated|judged|graded|assessed as|found to be|deemed|received|given|awarded)\s+)?[‘'“\"]?$", re.I)
# the subject's verb right after it ("both were", "the two units fell short ... and were rated", "each has been
# judged"): "both court work and victim work were rated ..." has another subject
_TOGETHER_VERB = re.compile(r"\s*(?:(?:both|each|all|now|also|then|since|again)\s+)?(?:to be|as|were|are|have|had|has|is|was|did|"
                            r"fell|falls?|came|comes?|sits?|sat|stands?|stood|rest(?:s|ed)?|land(?:s|ed)?|remain(?:s|ed)?|"
                            r"receive[sd]?|earn(?:s|ed)?|got|gets?|gain(?:s|ed)?|achieve[sd]?|secure[sd]?|share[ds]?|"
                            r"holds?|held|moved|dropped|slipped|rose|climbed|went|go)\b", re.I)
# a rating that grades one area ("... ‘Good’ for work with victims"), not the whole service
_ONE_AREA = re.compile(r"[’'”\"]?\s+(?:at|for|in|on)\s+(?!(?:its|the|this|their) (?:latest |recent |most recent |new |"
                       r"first )?(?:inspections?|reports?|visits?)\b|"
                       # (nor the judge: "... ‘Requires improvement’ in the inspectorate’s judgement")
                       r"(?:the |their |its )?(?:inspectorate|inspectors?)[’']s?\s|(?:the|their|its) (?:view|opinion|"
                       r"judge?ment)\b)", re.I)


def _plural_subjects(text: str, s: int, e: int, count: int) -> Iterator[int]:
    """Where each plural subject that stands for all ``count`` inspected services ends in the sentence ``s``-``e``
    (`_TOGETHER`; a number it gives must be ``count``)."""
    for m in _TOGETHER.finditer(text[s:e]):  # "^" is the sentence's start
        word = m["both"] and "two" or m["each"] or m["the"] or m["all"]
        if not word or number_value(word) == count:
            yield s + m.end()


# one verdict told as the same for them all: "The inspectorate’s verdict is the same for both: ‘...’"
_SAME_FOR = re.compile(r"\b(?:verdicts?|ratings?|grades?|judge?ments?|outcomes?)\b[^.;:‘’]{0,30}?\b(?:is|was|are|were)\s+"
                       r"(?:the\s+)?same\s+for\s+(?:(?P<both>both)|(?:all|each\s+of\s+the)\s+(?P<all>"
                       + number_alternation(2, 8) + r"))(?:\s+" + _PLURAL_UNITS + r")?\s*[:,–—-]?\s*[‘'“\"]?$", re.I)


def _together_rating(doc: Doc, sents, count: int) -> str | None:
    """The one rating a sentence gives all ``count`` inspected services together ("Neither unit reached ‘Good’;
    both have been placed one step below, at ‘...’", "The three PDUs were each rated ‘...’"): a plural subject
    that stands for them all, where a number it gives ("both", "the two units") is ``count``, its verb, and the
    first rating after it in its clause that is neither denied nor earlier nor one area's."""
    if count < 2:
        return None
    text = doc_text(doc)
    for s, e, _ in sents:
        if _NOTES_START.match(text, s, e):
            break
        for r in _ratings_in(doc, s, e):
            same = _SAME_FOR.search(text, s, r.start_char)
            if same and number_value(same["all"] or "two") == count and not _denied(doc, r) and not _past_after(doc, r):
                return normalise_rating(r.text)
        for start in _plural_subjects(text, s, e, count):
            clause = re.search(r"[;:]|\b(?:while|whilst|whereas|but)\b", text[start:e])
            end = min([start + clause.start() if clause else e] + [x.start_char for x in _ents_in(doc, start, e, "SERVICE")])
            end = _before_past(text, start, end, _latest_year(doc))
            ratings = [r for r in _ratings_in(doc, start, end) if not _denied(doc, r)]
            if not ratings or _past_after(doc, ratings[0]) or _ONE_AREA.match(text, ratings[0].end_char, e):
                continue
            gap = text[start:ratings[0].start_char]
            if (not _TOGETHER_VERB.match(gap) or _ASPECT_SUBJECT.search(gap)
                    or not (_OVERALL_CUE.search(gap) or _TOGETHER_GAP.search(gap))):
                continue
            rating = _subject_rating(text, start, ratings)
            if rating:
                return rating
    return None
