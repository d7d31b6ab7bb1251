"""The release's overall rating (not a previous inspection's, a sibling's or its region's), and the cues it shares
with each of several inspected services' own rating (service_ratings.py): the rating a sentence gives one named
service, a subject's own rating, a denied rating (when a rating was given: past.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...textio import is_furniture
from ..normalise import normalise_rating, service_place
from ..segment import doc_text
from .coordination import _APPOSITION, _coordinated
from .mentions import (_NOTES_START, _PAST, _UNIT_TYPES, _before_past, _changed_from, _doc_ents, _ents_in, _in_place,
                       _ratings_in, _same_place)
from .past import _LAST_VISIT, _PAST_VERB, _RESUME, _latest_year, _past_after, past_after

# "The region as a whole was given an overall regional rating of ..." in a PDU's release: the region's rating, as
# where the region (or the division) is the subject of the rating verb anywhere in the sentence ("At its own
# inspection in 2022, the wider region was assessed as ...")
_REGION_SUBJECT = re.compile(r"\boverall regional rating\b|^\W*(?:the|its) region\b(?!\s*[’']s)|"
                             r"\b(?:the|its) region[’']s (?:own |last |previous |latest )?(?:inspection|report)\b|"
                             r"\b(?:the|its) (?:(?:unit|PDU|service|team)[’']s )?(?:(?:wider|whole|broader|larger|surrounding|"
                             r"parent|own|probation|overall) ){0,2}(?:region|division)(?: as a whole| itself| overall|"
                             r",[^,;:]{1,60},|,\s*(?:which|that)\b[^.;:]{1,80}?,)? (?:(?:currently|now|still|also) )?"
                             r"(?:was|were|has|had|is|itself|received|got|earned|achieved|secured|holds?|held)\b", re.I)

# A unit's region's rating: "whose own regional rating ... is ‘...’"; after it, "ended with ‘...’ for the region overall"
_REGIONAL_BEFORE = re.compile(r"\b(?:regional|region[’']s|division[’']s|divisional)\s+(?:own\s+|overall\s+|current\s+)?"
                              r"(?:rating|grade|verdict)\b[^.;:‘’'\"“”]{0,25}[‘'\"“]?$", re.I)
_REGIONAL_AFTER = re.compile(r"[’'”\"]?\s+for\s+(?:the|its)\s+(?:wider\s+|whole\s+)?(?:region|division)\b", re.I)
# a rating the sentence calls the overall one after it: "X was given ‘Inadequate’ overall"
_OVERALL_AFTER = re.compile(r"[’'”\"]?\s+overall\b", re.I)

_OTHER_SERVICES = re.compile(r"\b(?:other|neighbouring|sibling|nearby)\b(?:\s+[\w’'-]+){0,2}\s+(?:PDUs|services|YOTs|"
                             r"YOSs|YJSs|areas|regions|units|boroughs|councils)\b", re.I)


# a quoted rating given as the grade for a service: "‘Inadequate’ is the grade inspectors have reached for X"
_GRADE_FOR = r"[’'”\"]\s+(?:is|was)\s+the\s+(?:[\w-]+\s+)?(?:grade|rating|verdict|judge?ment)\s+(?:[^.;:‘’]{0,40}?\s+)?for"
# A verb or phrase that gives a whole service its rating ("has been rated", "has secured a ... rating", "was
# deemed"); and an aspect as the subject ("Resettlement work, which is rated separately, reached ...")
_OVERALL_CUE = re.compile(
    r"\b(has been|was|is|been|have|has|being)\s+(?:now\s+)?(rated|judged|placed)|received a\b|rates\b|awarded|"
    r"resulted in|conclude[sd]? that|\b(?:verdict|judgement|judgment) (?:on|for)\b|" + _GRADE_FOR + r"\b|"
    r"gives? (?:it|the \w+) a\b|told (?:that )?it|found to|deemed|graded|"
    r"\b(?:found|judged|assessed|considered)\b[^.]{0,80}?\bto be\b|\bassessed as\b|possible rating|"
    # "handed the lowest mark inspectors can give", "gave X the lowest possible mark, ‘Inadequate’"
    r"\b(?:lowest|highest|bottom|top)(?: possible| available)? (?:rating|mark|grade|band|verdict)\b|\bhanded\b|"
    r"\b(?:secured|achieved|earned|gained|won|retained|kept|been given|was given)\b|(?:up|down)graded\b|"
    r"\b(?:moved|moves|rose|rises|risen|fell|falls|fallen|dropped|drops|slipped|slips|sank|sinks|sunk|climbed|climbs|"
    r"improved|gone|went|jumped|returned) (?:back )?"
    r"(?:up |down )?(?:(?:a|one|two) (?:grades?|steps?|notch(?:es)?|bands?|rungs?|places?),? )?to\b|"
    # news voice, a label put on the service, the rating right after it: "X has been branded ‘Inadequate’", "was
    # labelled / declared / named / marked down as / classed as ‘...’"; the grade it merits: "X deserves ‘Good’"
    r"\b(?:branded|labell?ed|declared|named|marked(?: down| up)?|classed|classified|pronounced|deserves?)\s+"
    r"(?:as\s+)?(?:an?\s+)?"
    r"[‘'“\"]?(?:outstanding|good|inadequate|requires improvement)\b|"
    # the grade it has to make do with: "Y has to settle for ‘Requires improvement’"
    r"\b(?:settles?|settled|settling)\s+for\s+(?:an?\s+)?[‘'“\"](?:outstanding|good|inadequate|requires improvement)\b|"
    # "X has been found ‘Inadequate’", "have given it ‘Requires improvement’": the quoted rating right after
    r"\b(?:found|(?:gives?|gave|given|giving) (?:it|the [\w-]+))\s+[‘'“\"](?:outstanding|good|inadequate|requires "
    r"improvement)\b|"
    # "places X on ‘...’", "the unit’s grade is ‘...’"
    r"\b(?:places|placed|puts)\b(?:[^.;:‘’'“”\"]|[’'](?=s\b)){1,80}?\b(?:on|at|in)\s+[‘'“\"]|"
    r"\b(?:grade|rating|verdict)\s+(?:is|was|remains|stands at)\s+[‘'“\"]|\b(?:is|are)\s+now\s+[‘'“\"]|"
    # "The service now stands at ‘Good’", "the unit sits at ‘...’": where it stands now
    r"\b(?:now\s+)?(?:stands|sits|rests)\s+(?:now\s+)?at\s+[‘'“\"]|"
    # "Its verdict is that the service ‘Requires improvement’", "came to a judgement of ‘...’", "has come out at ‘...’"
    r"\b(?:verdict|judge?ment|conclusion)\s+(?:is|was)\s+that\b|"
    r"\b(?:came|come|comes|coming|arrived|arrives|reached|reaches) (?:to|at) (?:a|an|the) (?:judge?ment|verdict|"
    r"conclusion)\b|\b(?:come|came|comes|coming) out (?:at|as)\s+(?:an?\s+)?[‘'“\"]|"
    # "‘Requires improvement’ is what HM Inspectorate of Probation has concluded about X"
    r"\bis what\b[^.;:]{0,60}?\b(?:concluded|decided|found|judged|gave|awarded|settled on)\b", re.I)
_ASPECT_SUBJECT = re.compile(
    r"\b(aspect|delivery(?! units?\b)|disposals?|supervision|resettlement|leadership|partnerships|programmes|work|"
    r"quality|staff|services|court)\b[^.]{0,40}\b(was|were|is|are)\s+(also\s+)?(separately\s+)?rated|"
    r"\b(?:rated|graded|judged|assessed|marked|scored) separately\b|\bseparately (?:rated|graded|judged|assessed|marked|"
    r"scored)\b|"
    # "rated as a separate area", "which carries a separate rating", "which received its own rating"
    r"\b(?:rated|graded|judged|assessed|scored|marked) as an? (?:separate|stand-?alone)\b|\b(?:carries|carried|has|had|gets|got|receives|received|"
    r"(?:was|were|is|are) given) "
    r"(?:a separate|its own) (?:rating|grade)\b|\b(?:an?|the) (?:rating|grade) of (?:its|their) own\b|"
    # "Resettlement work is graded on its own, and there ... reached ‘...’": an aspect, not the whole service
    r"\b(?:aspect|delivery(?! units?\b)|disposals?|supervision|resettlement|leadership|partnerships|programmes|work|"
    r"quality|court)\b[^.]{0,40}\b(?:rated|graded|judged|assessed|rates?|grades?|judges?|assess(?:es)?) "
    r"(?:on (?:its|their) own|in (?:its|their) own right|separately)\b", re.I)
# a service's own aspect as the subject: "X’s unpaid work", "X’s resettlement work"
_OWN_ASPECT = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:work|supervision|resettlement|disposals?|leadership|programmes)\b")
# "a ‘Good’ rating": the quoted term names a rating of its own, not a description
_RATING_NOUN = re.compile(r"[’'”\"]?\s+(?:rating|grade|verdict)\b")

# The inspectors as the agent of a rating verb with the service as its object: "Inspectors rated X ‘Good’",
# "Inspectors assessed X as ‘Inadequate’", "Inspectors have praised X and rated it ‘Outstanding’"
_AGENT_RATED = re.compile(r"\b(?:inspectors?|inspectorate|HMI Probation|the watchdog|we|they)\b[^.;:]{0,80}?\b(?:rated|"
                          r"judged|graded|assessed|deemed|considered|found|marked|rates?|judges?|grades?|assess(?:es)?|marks|"
                          r"deems?|considers?|finds?)\b", re.I)


# a rating denied: "was not given a ‘Good’ rating", "has never been rated ‘Outstanding’", "fell short of ‘Good’";
# with a negative subject, "Neither unit reached ‘Good’", "None of the three PDUs was rated ‘Inadequate’"; not
# past the rating denied to the one given ("fell short of ‘Good’ and was rated ‘...’", "falls short of that, at
# ‘...’") or a turn to it ("neither ‘Good’ nor ‘Inadequate’ but ‘...’")
_PAST_A_TERM = r"(?!(?:good|outstanding|inadequate|improvement)[’'”\"]|\b(?:that|this|it|them|at)\b)"
_DENIED = re.compile(r"(?:\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:given|rated|awarded|judged|graded|assessed|achieved?|"
                     r"reach(?:ed)?|earn(?:ed)?|secured?|get|got|receive[ds]?|considered|found)|\b(?:failed to|fell short "
                     r"of|falls short of|short of|missed out on))\b(?:" + _PAST_A_TERM + r"[^.;:,]){0,30}$|"
                     r"\b(?:neither|nor|none)\b(?:(?!\b(?:but|instead|rather|only|both|each|all)\b)" + _PAST_A_TERM +
                     r"[^.;:,]){0,40}$|"
                     # other units' tally: "Of the London units inspected so far, only one has been rated ‘Good’"
                     r"\b(?:only|just)\s+(?:one|two|three|a\s+few|a\s+handful)(?:\s+(?:of\s+(?:them|these|those)|others?))?\s+"
                     r"(?:has|have|had|was|were|is|are)\s+(?:so\s+far\s+|yet\s+)?(?:been\s+)?(?:rated|judged|graded|given|"
                     r"awarded|assessed|found|placed|deemed)\b[^.;:,]{0,30}$", re.I)


# a rating the service would have had, or was kept from: "would have been given ‘Inadequate’ overall", "would
# otherwise have been ‘Good’", "rescued it from being rated ‘Inadequate’", "kept the unit out of ‘Inadequate’",
# "came close to ‘Outstanding’", "narrowly avoided an ‘Inadequate’ rating", "But for its leadership, ‘Inadequate’",
# "spared the service an overall ‘Inadequate’"
_COUNTERFACTUAL = re.compile(
    r"(?:\b(?:would|could|might)(?:n[’']t| not)?(?:\s+(?:otherwise|still|probably|likely|certainly|surely|easily|"
    r"then|almost certainly))?\s+(?:have\s+)?(?:been|be|had|received|got|gained|earned|achieved|secured|fallen|slipped|"
    r"dropped|sunk|risen|moved)|"
    r"\b(?:rescued|saved|kept|stopped|prevented|spared|held back)\b(?:\s+[\w’'-]+){0,6}?\s+(?:from|out of|back from|"
    r"short of)|\bspared\s+(?:it|them|the\s+[\w-]+)\s+(?:an?|the)\b|"
    r"\b(?:stopped|kept|prevented)\s+(?:it|them|the\s+[\w-]+)\s+(?:from\s+)?(?:sliding|slipping|falling|dropping|sinking)|"
    # another, any unit: "scored just a single point more than a unit judged ‘Inadequate’"
    r"\b(?:than|as|like)\s+(?:a|an|any)\s+(?:other\s+)?(?:unit|service|team|PDU|YJS|YOT|YOS)s?\s+(?:judged|rated|graded|"
    r"given|awarded|placed)|"
    r"\b(?:came|come|comes|coming|was|is|were|are|perilously|dangerously|very|so) (?:close|near) to|\bclose to being|"
    r"\b(?:came|come|comes|coming) within\b[^.;:,]{0,20}?\bof|\bon the (?:brink|verge|edge|cusp) of|"
    r"\b(?:narrowly |just |only just |barely )?(?:avoided|avoids|avoiding|escaped|escapes|escaping|missed|misses)|"
    r"\bbordered on|\bteeter(?:ed|ing|s)? on|\bclear of|\b(?:points?|marks?|steps?|grades?|notch(?:es)?|whisker|breadth|distance)\s+away from)\b(?:" + _PAST_A_TERM + r"[^.;:,]){0,30}$|"
    r"\b(?P<but_for>but for|had it not been for|were it not for|if (?:it were|it was|it had) not (?:been )?for|if not for)"
    r"\b(?:" + _PAST_A_TERM + r"[^.;:]){0,60}$", re.I)
# "X came out at ‘Good’, but for Y the verdict was ‘Inadequate’": "but for" before a service and no modal after it
# turns to that service's own rating ("but as for Y"), where "but for its leadership, X would have ..." is a world
# that was not
_MODAL = re.compile(r"\b(?:would|could|might)\b", re.I)


def _denied(doc: Doc, rating) -> bool:
    """A rating the sentence denies the service (`_DENIED`), counts among other units ("only one has been rated
    ‘Good’") or gives it only in a world that was not (`_COUNTERFACTUAL`): not the service's rating."""
    text, start = doc_text(doc), rating.start_char
    if _DENIED.search(text, max(0, start - 80), start):
        return True
    wish = _COUNTERFACTUAL.search(text, max(0, start - 100), start)
    if wish and wish["but_for"] and not _MODAL.search(text, wish.end("but_for"), start):
        at = len(text) - len(text[wish.end("but_for"):].lstrip())
        turned = [x for x in _ents_in(doc, at, start, "SERVICE")
                  if x.start_char == at and not re.match(r"[’']s\b", text[x.end_char:])]
        return not turned
    return wish is not None


def _given(doc: Doc, rating) -> bool:
    """A rating this inspection gives the service: not an earlier verdict (`_past_after`), not one denied (`_denied`)."""
    return not _past_after(doc, rating) and not _denied(doc, rating)


# A sentence that opens on a time of the past: "Last year, neighbouring Y PDU was rated ...", "In 2019 the
# service was judged ...", "At its previous inspection, ..."
_PAST_OPENING = re.compile(
    r"\W*(?:(?:the )?last year|the year before|(?:a|one|two|three|four|five|\d+) years? ago|"
    r"(?:back )?in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?P<y>(?:19|20)\d\d)|(?:at|in|on|during|after|following) (?:its|their|the|an?) (?:last|previous|earlier|prior|"
    r"former|preceding) (?:inspection|visit|report|assessment)|" + _LAST_VISIT + "|"
    # "Three years after it was rated ‘Inadequate’, ...", "Since its ‘Inadequate’ rating in 2022, ..."
    r"(?:a|one|two|three|four|five|\d+) years? (?:after|since)|since (?:its|their|the)|"
    # "When it was inspected in 2021, ...", "When last inspected, ..."
    r"when (?:it|they|the [\w-]+(?: [\w-]+)?) (?:was|were) (?:(?:last|previously|first) inspected|inspected "
    r"(?:(?:back )?in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?P<y2>(?:19|20)\d\d)|(?:last|previously|before)))|when last inspected)\b",
    re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|its\s+|the\s+)?[‘'“\"]", re.I)
_TO_AFTER = re.compile(r",\s*to\s+(?:an?\s+)?(?=[‘'“\"])", re.I)


def _opens_in_past(doc: Doc, text: str, s: int, e: int) -> bool:
    """True where the sentence opens on a time of the past (`_PAST_OPENING`) earlier than the release's latest year,
    or on any such time where it comes back to the present later (`_RESUME`)."""
    opening = _PAST_OPENING.match(text, s, e)
    year = opening and (opening["y"] or opening["y2"])
    return bool(opening and (not year or (_latest_year(doc) or 0) > int(year) or _RESUME.search(text, opening.end(), e)))


def _current(doc: Doc, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The stretches of a sentence that speak of this inspection: up to the first past cue (`_before_past`; none
    where the sentence opens on a time of the past, `_PAST_OPENING`), and after a clause back in the present
    (`_RESUME`) up to the next past cue."""
    latest = _latest_year(doc)
    cut = _before_past(text, s, e, latest)
    verb = _PAST_VERB.search(text, s, cut)
    cut = verb.start() if verb else cut
    if _opens_in_past(doc, text, s, e):
        cut = s
    parts = [(s, cut)]
    while cut < e:
        # back in the present: "is now rated", or the new side of a change told around its old one ("has slipped
        # from ‘Good’ at its last inspection, in 2018, to ‘...’")
        resume = _RESUME.search(text, cut, e) or (_FROM_BEFORE.search(text, s, cut) and _TO_AFTER.search(text, cut, e))
        if not resume:
            break
        start = resume.start()
        cut = _before_past(text, resume.end(), e, latest)
        verb = _PAST_VERB.search(text, resume.end(), cut)
        cut = verb.start() if verb else cut
        parts.append((start, cut))
    return parts


_CLAUSE = re.compile(r"\s*[;:]\s*|,?\s+\b(?:while|whilst|whereas|but|although|though)\b\s*", re.I)


def _clause_rating(doc: Doc, text: str, s: int, e: int, ratings, service: dict) -> str | None:
    """Of several ratings in a sentence, the one in the only clause that names the service, given by a rating cue,
    where the other ratings stand in clauses that do not name it."""
    bounds = [s] + [m.end() for m in _CLAUSE.finditer(text, s, e)] + [e]
    place = service_place(service["name"])
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    named = [(a, b) for a, b in clauses if any(_same_place(service_place(x.text), place)
                                               for x in _ents_in(doc, a, b, "SERVICE"))]
    if len(named) != 1:
        return None
    a, b = named[0]
    inside = [r for r in ratings if a <= r.start_char < b]
    if len(inside) != 1 or not _OVERALL_CUE.search(text[a:b]) or _ASPECT_SUBJECT.search(text[a:b]):
        return None
    return normalise_rating(inside[0].text)


def _overall_rating(doc: Doc, sents, service: dict | None) -> str | None:
    text = doc_text(doc)
    siblings = set()
    if service:
        place = service_place(service["name"]).lower()
        siblings = {e.text for e in _doc_ents(doc) if e.label_ == "SERVICE"
                    and not _in_place(place, e.text) and not _in_place(service_place(e.text), place)}
    best = plain = None
    notes = False
    unit = bool(service and service["type"] in _UNIT_TYPES)
    for index, (s, e, _label) in enumerate(sents):
        sentence = text[s:e]
        notes = notes or bool(_NOTES_START.match(sentence))
        if len({normalise_rating(r.text) for r in _ents_in(doc, s, e, "RATING")}) >= 3:
            continue  # the four-point-scale note, or a list of aspect ratings
        parts = _current(doc, text, s, e)
        sentence = " … ".join(text[a:b] for a, b in parts)
        every = [r for a, b in parts for r in _ents_in(doc, a, b, "RATING")]
        # "from ‘Good’ to ‘Inadequate’": the second; "was rated ‘Good’ last year": an earlier verdict
        ratings = [r for r in every if not _changed_from(doc, r) and _given(doc, r)
                   and not (unit and (_REGIONAL_BEFORE.search(text, max(s, r.start_char - 60), r.start_char)
                                      or _REGIONAL_AFTER.match(text, r.end_char)))]
        if not ratings:
            continue
        marked = [r for r in ratings if _OVERALL_AFTER.match(text, r.end_char)]  # "X was given ‘Inadequate’ overall"
        if service and index > 0 and len(marked) == 1 and _names_before(doc, service, s, marked[0].start_char):
            return normalise_rating(marked[0].text)
        sibling = any(sib in sentence for sib in siblings)
        if sibling and not (service and _in_place(service_place(service["name"]), sentence)):
            continue  # a sibling PDU's rating, by its name or its bare place ("Dartmouth fared better and was rated")
        others = _OTHER_SERVICES.search(sentence)
        if others and not (service and _names_before(doc, service, s, ratings[0].start_char)
                           and len(parts) == 1 and s + others.start() > ratings[0].end_char):
            continue  # "Of the other Welsh PDUs inspected since 2023, most have been rated ..." (but "X lands at ‘...’,
            # the grade the region's other units received" is X's)
        if service and service["type"] in _UNIT_TYPES and _REGION_SUBJECT.search(sentence):
            continue  # a unit's release: the rating of the region it belongs to
        lower = sentence.lower()
        m = next((a + x.start() for a, z in parts for x in [re.search(r"overall\s+(?:regional\s+)?rating", text[a:z], re.I)]
                  if x), None)
        if m is not None:
            after = [r for r in ratings if r.start_char >= m]
            return normalise_rating((after or ratings)[0].text)
        if re.search(r"\boverall\b", lower) and len(ratings) == 1:
            return normalise_rating(ratings[0].text)
        if len(ratings) > 1 and service and best is None and index > 0:
            # the service and another rated in one sentence: the rating the service's own mention is given, or the
            # clause naming the service ("X PDU has been rated ‘...’; Y, inspected last year, was rated ‘...’")
            own = next((r for r in (_service_rating(doc, [(s, e, None)], x) for x in _ents_in(doc, s, e, "SERVICE")
                                    if _same_place(service_place(x.text), service_place(service["name"]))) if r),
                       None) if sibling else None
            own = own or _clause_rating(doc, text, s, parts[-1][1], ratings, service)
            if own:
                best = own
                continue
        if best is None and index > 0 and len(ratings) == 1 and (len(every) > len(ratings) or _OVERALL_CUE.search(lower)
                                                                  or _RATING_NOUN.match(text, ratings[0].end_char)
                                                                  or _AGENT_RATED.search(lower)) \
                and not _ASPECT_SUBJECT.search(lower):
            best = normalise_rating(ratings[0].text)
        if plain is None and index > 0 and len(every) == 1 and len(ratings) == 1 and service and not notes \
                and _names_before(doc, service, s, ratings[0].start_char) and not _ASPECT_SUBJECT.search(lower) \
                and not re.match(r"[’'”\"]?\s+(?:at|for|in|on)\s+(?!(?:its|the|this|their) (?:latest |recent |most "
                                 r"recent |new |first )?(?:inspection|report|visit)\b)", text[ratings[0].end_char:e]):
            # no cue: "Fenland YJS scored ‘Good’ in its inspection", "X now sits at ‘Good’", "X is ‘Good’, say
            # inspectors": the body's first sentence that names the service before a rating of its own
            plain = normalise_rating(ratings[0].text)
    if best:
        return best
    # the headline's rating is the fallback when nothing states it
    # (after any embargo or date line above the headline, "EMBARGOED UNTIL 00:01 ON THURSDAY 12 JUNE 2025", or page
    # furniture, "News", "Press release")
    head = next((x for x in sents[:3] if not is_furniture(text[x[0]:x[1]]) and not (
        _ents_in(doc, x[0], x[1], "DATE") and not _ents_in(doc, x[0], x[1], "RATING")
        and not _ents_in(doc, x[0], x[1], "SERVICE"))), None)
    if head:
        s, e, _ = head
        ratings = [r for r in _ents_in(doc, s, e, "RATING") if not _changed_from(doc, r) and not _denied(doc, r)]
        # "Dyfed-Powys Police rated ‘good’ at preventing crime" grades one area, not the whole
        if len(ratings) == 1 and not _PAST.search(text[s:e]) and not re.match(
                r"[’'”\"]?\s+(?:at|for|in)\s", text[ratings[0].end_char:e]):
            return normalise_rating(ratings[0].text)
    return plain


# between the service and its rating, a wish, a modal or a negation: "X aims to reach ‘Good’", "X was not rated"
_WISH = r"aims?|aiming|hopes?|hoping|wants?|strives?|plans?|could|would|should|will|may|might|must"
_NOT_GIVEN = re.compile(r"\b(?:" + _WISH + r"|not|never|to (?:be|become|reach|achieve|move|get|return))\b", re.I)


# (of these, the wish or the modal alone, in lower case: "found X to be ‘Good’" rates X, "in May 2025" is a month)
_WISHED = re.compile(r"\b(?:" + _WISH + r")\b")


# where a wish's clause ends: "must do better after finishing a step further down, at ‘...’", "will need to improve
# after inspectors gave it ‘...’"
_WISH_ENDS = re.compile(r",|\b(?:after|because|since|when|once|following|now that)\b", re.I)


def _wished(text: str, start: int, end: int) -> bool:
    """True where the rating at ``end`` is one wished for after a subject ending at ``start``: a wish or modal
    stands between them ("Y hopes to reach ‘Good’"), and no clause of its own, free of a wish, leads to the rating
    ("Y will need to improve after inspectors gave it ‘...’"; but "Y hopes, with new leaders, to reach ‘Good’")."""
    wish = _WISHED.search(text, start, end)
    if not wish:
        return False
    breaks = list(_WISH_ENDS.finditer(text, wish.end(), end))
    return not breaks or bool(_NOT_GIVEN.search(text, breaks[-1].end(), end))


def _names_before(doc: Doc, service: dict, start: int, end: int) -> bool:
    """True where a SERVICE mention of the service's place stands between ``start``
    and ``end``, with no wish, modal or negation between the last one and ``end``."""
    place = service_place(service["name"])
    named = [x for x in _ents_in(doc, start, end, "SERVICE") if _same_place(service_place(x.text), place)]
    return bool(named) and not _NOT_GIVEN.search(doc_text(doc), max(x.end_char for x in named), end)


# "places the CRC in its ‘Requires improvement’ band": the inspectorate's band, not the service's own aspect
_BAND = re.compile(r"\bin (?:its|their|the) [‘'“\"]?$")
_BAND_AFTER = re.compile(r"[’'”\"]?\s+(?:band|category|grade|bracket)\b")


_ITS_GRADE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:grade|rating|mark|verdict)s?(?:\s+of)?\s*[,:–—-]?\s*[‘'“\"]?$", re.I)
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
    # ("has to settle for ‘...’" is the subject's own grade)
    if not re.search(r"(?<!settle )(?<!settles )(?<!settled )(?<!settling )\bfor\b|\bits\b", gap):
        return normalise_rating(ratings[0].text)
    return None


# The verb of a coordinated subject that shares one rating: "X PDU and Y PDU were (both) rated", "have each been
# judged", "each receive a rating of", "both earned", "share a rating of": a plural verb or a distributive word,
# never "is" / "was" / "has" (the last name's own verb: "X PDU and Y PDU, and Z PDU was rated")
_SHARED = re.compile(r"\s*(?:(?:both|each|all|all three|jointly|together)\s+)?(?:were|are|have|had|receive|received|"
                     r"earn(?:ed)?|get|got|share[d]?|hold|held|achieved?|gain(?:ed)?|each|both)\b", re.I)


# the last name's own verb: "X PDU and Y PDU, and Z PDU was rated ‘Good’" rates Z alone
_SINGULAR = re.compile(r"\s*(?:is|was|has|remains|sits|stands|rests|lands)\b", re.I)
# the pair as the object of "for" before the verdict's own verb: "The verdict for X and Y is ‘...’"
_TOPIC_FOR = re.compile(r"\b(?:verdict|rating|grade|outcome|judge?ment|mark)s?\s+(?:for|on)\s+(?:the\s+)?$", re.I)


# a quoted rating right before "for" and the service: "settled on ‘Requires improvement’ for X and on ‘Good’ for Y",
# "‘Good’ for its neighbour, Y"
_RATED_FOR = re.compile(r"[’'”\"]\s+for\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+)?(?:neighbou?r(?:ing)?|sister|twin|partner)"
                        r"(?:\s+(?:unit|service|team|PDU|YJS|YOS|YOT))?,?\s+)?$|"
                        # "The lowest rating, ‘Inadequate’, goes to Y", "‘Inadequate’ is the grade ... for Y"
                        r"[’'”\"],?\s+(?:goes|went|go|falls|fell)\s+to\s+$|" + _GRADE_FOR + r"\s+$")


def _rating_before_for(doc: Doc, text: str, s: int, ent) -> tuple[bool, str | None]:
    """Whether a quoted rating stands right before "for <service>" in its sentence (starting at ``s``), and that
    rating where it is neither denied, nor the old side of a change, nor earlier (a past cue before it, or a time
    of the past after the service: "‘Good’ for X in 2019"): the rating after the service is then the next one's."""
    gap = _RATED_FOR.search(text, max(s, ent.start_char - 50), ent.start_char)
    rating = gap and next((r for r in _ratings_in(doc, s, gap.start() + 1)
                           if r.end_char in (gap.start(), gap.start() + 1)), None)
    if not rating:
        return False, None
    latest = _latest_year(doc)
    if _denied(doc, rating) or _before_past(text, s, rating.start_char, latest) < rating.start_char \
            or past_after(text, ent.end_char, latest):
        return True, None
    return True, normalise_rating(rating.text)


# "X was rated ‘Good’, as was Y", "X won a ‘Good’ rating, and so did Y": Y's verb echoes X's
_ECHO = re.compile(r",?\s+(?:and\s+)?(?:as|so)\s+(?:did|does|has|have|had|was|is|were)\s+$", re.I)
_ECHO_END = re.compile(r"\s*(?:[.;,)!?]|\s+(?:too|also|as well)\b|$)", re.I)


def _service_rating(doc: Doc, sents, ent) -> str | None:
    """The rating a sentence gives one service: a quoted rating right before "for" and its name, else the first
    rating after its name, before the next service, else the rating of the service whose verb its own echoes."""
    text = doc_text(doc)
    for s, e, _ in sents:
        if not s <= ent.start_char < e:
            continue
        found, before = _rating_before_for(doc, text, s, ent)
        if found:
            if before:
                return before
            continue
        echo = _ECHO.search(text, s, ent.start_char)
        if echo and _ECHO_END.match(text, ent.end_char, e):
            echoed = [x for x in _ents_in(doc, s, echo.start(), "SERVICE")
                      if not _same_place(service_place(x.text), service_place(ent.text))]
            rating = echoed and _service_rating(doc, [(s, e, None)], echoed[-1])
            if rating:
                return rating
            continue
        if _opens_in_past(doc, text, s, e) and not any(b > ent.end_char for a, b in _current(doc, text, s, e) if a < b):
            continue  # "When last inspected, in 2022, Y had been ‘Good’": an earlier verdict, all of it
        apposed = _APPOSITION.match(text, ent.end_char, e)  # "X PDU, in the Y region, ...": Y is X's context
        later = [x for x in _ents_in(doc, apposed.end() if apposed else ent.end_char, e, "SERVICE")
                 if not _same_place(service_place(x.text), service_place(ent.text))]
        stop = min([x.start_char for x in later] + [_before_past(text, ent.end_char, e)])
        if _ASPECT_SUBJECT.search(text, ([s] + [m.end() for m in _CLAUSE.finditer(text, s, ent.start_char)])[-1],
                                  ent.start_char) or (_OWN_ASPECT.match(text, ent.end_char, e)
                                                      and _ASPECT_SUBJECT.search(text, ent.end_char, e)):
            continue  # "Out-of-court work, marked separately, earned X an ‘Outstanding’", "X’s unpaid work, which
            # inspectors scored as a separate element, fell to ‘...’": an aspect's rating
        # "Y PDU was rated ‘Inadequate’ last year": an earlier verdict, not this inspection's
        # (not a grade wished for: "Y hopes to reach ‘Good’ next time"; but "Y must do better after finishing a step
        # further down, at ‘...’" is past the wish's own clause)
        ratings = [r for r in _ratings_in(doc, ent.end_char, stop) if _given(doc, r)
                   and not _wished(text, ent.end_char, r.start_char)]
        own = _subject_rating(text, ent.end_char, ratings)
        end = min([x.start_char for x in later] + [e])
        resume = _RESUME.search(text, stop, end) if not ratings and stop < end else None
        if resume:  # "Y, which had been rated ‘Good’ in 2023, is now ‘Requires improvement’": back in the present
            now = [r for r in _ratings_in(doc, resume.start(), _before_past(text, resume.end(), end))
                   if not _past_after(doc, r)]
            own = _subject_rating(text, resume.start(), now)
        # a coordinated subject: "X PDU and Y PDU were both rated ‘Requires improvement’", "X and Y both sit one
        # step higher, at ‘Requires improvement’", "X and Y were rated ‘Good’ and ‘Inadequate’ respectively"
        heads = _coordinated(doc, text, s, e, ent)
        if len(heads) < 2:
            if own:
                return own
            continue
        chain = heads[-1]
        # past an apposition to the pair: "X PDU and Y PDU, next-door units in the region, share ..."
        verb = _APPOSITION.match(text, chain.end_char, e)
        verb_at = verb.end() if verb else chain.end_char
        # (a colon that opens the shared rating stays in the clause: "X and Y share the same rating: ‘...’")
        clause = re.search(r";|:(?!\s*[‘'“\"])|\b(?:while|whilst|whereas|but)\b", text[verb_at:e])
        end = min([verb_at + clause.start() if clause else e] + [x.start_char for x in later if x.start_char >= verb_at])
        after = [r for r in _ratings_in(doc, chain.end_char, _before_past(text, chain.end_char, end))
                 if _given(doc, r)]
        if re.search(r"\brespectively\b", text[chain.end_char:end], re.I):
            if len(after) == len(heads) and not _PAST.search(text, chain.end_char, after[0].start_char):
                return normalise_rating(after[heads.index(ent)].text)
            continue
        if own:
            return own
        if ratings or chain is ent:
            continue
        if (_SHARED.match(text, verb_at, e) or not _SINGULAR.match(text, verb_at, e)
                or _TOPIC_FOR.search(text, s, heads[0].start_char)):
            shared = _subject_rating(text, chain.end_char, after[:1])
            if shared and not re.search(r"\btheir\b", text[chain.end_char:after[0].start_char]):
                return shared
    return None
