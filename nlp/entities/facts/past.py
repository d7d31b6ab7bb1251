"""When a rating was given: the time of the past right after it ("rated ‘Good’ in 2019", "at its last inspection"),
a verb of an earlier time before it ("last rated"), a clause back in the present after a past cue ("is now rated"),
and the year of the latest inspection a release names, against which "in <year>" is the past or this inspection."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..segment import doc_text
from .mentions import _ENTS_KEY, _doc_ents

# The inspectors' last visit: "when it was last inspected", "when inspectors last visited (in 2021)", "when HM
# Inspectorate of Probation previously inspected it" (after a rating, or opening a sentence)
_LAST_VISIT = (r"when (?:it was |they were )?last inspected|"
               r"when (?:[\w’']+ ){1,5}?(?:last|previously) (?:inspected|visited|looked|called|reported|came)")

# A time of the past right after a rating, in its clause: "Y PDU was rated ‘Inadequate’ last year", "rated
# ‘Good’ in 2019", "received ‘Inadequate’ at its last inspection", "‘Good’ three years ago": an earlier verdict
# (not "at its first inspection": a service's first inspection, or the first under a new framework, is this one)
# (for "in <year>", a year before the latest the release names, so "rated ‘Good’ in 2025" in a 2025 release stays)
_PAST_AFTER = re.compile(
    r"[’'”\"]?(?:\s+(?:rating|grade|verdict|overall))?\s*,?\s*(?:(?:when|as) (?:it|they) (?:was|were) )?"
    # "the ‘Inadequate’ handed to it in 2021", "the ‘Good’ it was awarded in 2021", "the ‘Good’ it earned last time"
    r"(?:(?:(?:it|they) (?:was |were |had )?)?(?:handed|given|awarded|earned|received|gained|achieved)(?: to (?:it|them))? )?"
    r"(?:(?P<year>(?:back )?in (?P<y>(?:19|20)\d\d))\b(?!\s*[-–/])|"
    r"(?:(?:the )?(?:last|previous) (?:year|time)|the year before|(?:a|one|two|three|four|five|\d+) years? (?:ago|"
    r"earlier|before)|previously|before that|"
    r"(?:at|in|on|during|after|following|from|by) (?:its|their|the|an?) (?:last|previous|earlier|prior|former|"
    r"preceding) (?:inspection|visit|report|assessment)|" + _LAST_VISIT + "|"
    r"in (?:a|an|its|their|the) (?:report|inspection) (?:published|issued|from|released) in)\b)", re.I)
# A rating verb of an earlier time before the rating: "last rated ‘...’", "formerly judged ‘...’"
_PAST_VERB = re.compile(r"\b(?:last|first|once|originally|formerly|earlier) (?:rated|judged|graded|assessed|found)\b",
                        re.I)
# After a past cue, a clause back in the present: "X, previously rated ‘Inadequate’ in a report published in March
# 2023, is now rated ‘...’", "which was previously rated ‘Good’, has been rated ‘...’"
_RESUME = re.compile(r"\b(?:(?:has|have|is|are)\s+(?:now\s+|this time\s+|since\s+)?(?:been\s+)?(?:rated|judged|"
                     r"graded|assessed|found|given|awarded|placed|deemed|considered)|(?:has|have)\s+now\b|"
                     r"(?:is|are) now\b|(?:has|have)\s+(?:now\s+|since\s+)?(?:slipped|fallen|dropped|sunk|moved|risen|climbed|gone|returned)"
                     r"(?:\s+back)?(?:\s+(?:up|down))?(?:\s+(?:a|one|two)\s+(?:grades?|steps?|notch(?:es)?|bands?|rungs?|places?),?)?\s+to|now (?:rated|judged|graded|assessed|found|deemed|holds?|has|receives?|"
                     r"gets?|earns?|achieves?|sits?|stands?|rests?))\b", re.I)


def latest_year(text: str, dates) -> int | None:
    """The latest year named by the DATE mentions ``dates`` (``(start, end)`` pairs) of ``text``."""
    years = [int(m[0]) for a, b in dates for m in [re.search(r"(?:19|20)\d\d", text[a:b])] if m]
    return max(years) if years else None


_YEAR_KEY = "inspection_facts_latest_year"


def _latest_year(doc: Doc) -> int | None:
    """`latest_year` of the release, found once per `extract_facts` call (kept in ``doc.user_data`` while it runs)."""
    if _YEAR_KEY in doc.user_data:
        return doc.user_data[_YEAR_KEY]
    year = latest_year(doc_text(doc), [(x.start_char, x.end_char) for x in _doc_ents(doc) if x.label_ == "DATE"])
    if doc.user_data.get(_ENTS_KEY) is not None:
        doc.user_data[_YEAR_KEY] = year
    return year


def past_after(text: str, end: int, latest: int | None) -> bool:
    """True for a rating ending at ``end`` followed in its clause by a time of the past (`_PAST_AFTER`): an earlier
    verdict. A year is the past where the release names a later one (``latest``), or where the sentence goes on in
    the present ("X, rated ‘Inadequate’ in 2019, has now been rated ...")."""
    m = _PAST_AFTER.match(text, end)
    if not m:
        return False
    if m["year"]:
        if latest is not None and int(m["y"]) < latest:
            return True
        stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
        return _RESUME.search(text, m.end(), m.end() + stop.start() if stop else len(text)) is not None
    return True


# a month and an earlier year right after a rating: "rated ‘Inadequate’ in March 2020, has climbed to ..." (the rules
# read it; the role model's features keep `_PAST_AFTER`, as with the month too they moved one of its readings on a
# held-out set the wrong way)
_PAST_MONTH_AFTER = re.compile(r"[’'”\"]?\s*,?\s*in (?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December) (?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])")


# a grade kept from the last inspection is this one's too: "has held on to the ‘Good’ grade it was given at its
# previous inspection", "retained the ‘Good’ it earned in 2021" (the rules read it; the role model's features keep
# `past_after`)
_KEPT = re.compile(r"\b(?:held|holds|holding|hung|hangs|clung|clings) on to\s+(?:the\s+|its\s+|their\s+)?[‘'“\"]?$|"
                   r"\b(?:kept|keeps|retained|retains|maintained|maintains|preserved|preserves)\s+(?:hold of\s+)?"
                   r"(?:the\s+|its\s+|their\s+)[‘'“\"]?$", re.I)


# an earlier inspection by its year right after a rating: "the ‘Good’ it achieved at its 2021 inspection"
_PAST_INSPECTION_AFTER = re.compile(r"[’'”\"]?(?:\s+(?:rating|grade))?\s*,?\s*(?:(?:it|they) (?:was |were |had )?"
                                    r"(?:handed|given|awarded|earned|received|gained|achieved|got) )?(?:at|in|from|after) "
                                    r"(?:its|their|the) (?P<y>(?:19|20)\d\d) (?:inspection|report|visit)\b", re.I)
# a rating given some time before the one the sentence reports: "downgraded X to ‘...’, three years after the service
# was rated ‘Good’", "three years after rating it ‘Good’"
_YEARS_AFTER_BEFORE = re.compile(r"\b(?:a|one|two|three|four|five|six|\d+|some|several) (?:years?|months?) (?:after|since) "
                                 r"(?:(?:it|they|the [\w-]+|[A-Z][\w-]+) (?:was|were|had been) (?:rated|judged|graded|given|"
                                 r"placed|deemed|found|awarded)|(?:rating|judging|grading|placing) (?:it|them|the [\w-]+))"
                                 r"\s+(?:an?\s+|the\s+)?[‘'“\"]?$", re.I)


# the same grade then as now, the clause ending there: "judged X to be ‘Requires improvement’, as it was in 2019."
_AS_BEFORE = re.compile(r"[’'”\"]?\s*,?\s*as (?:it|they) (?:was|were|had been)(?: (?:also|then|too))?(?: in (?:19|20)\d\d| at "
                        r"(?:its|their|the) (?:last|previous) (?:inspection|visit))?\s*(?:[.;]|$)", re.I)


def _past_after(doc: Doc, rating) -> bool:
    """True for an earlier rating: a time of the past after it (`past_after`, and the rules' own month and year
    cues), or "three years after the service was rated" right before it; never a grade kept (`_KEPT`)."""
    text, latest = doc_text(doc), _latest_year(doc)
    before = text[max(0, rating.start_char - 80):rating.start_char]
    if _KEPT.search(before) or _AS_BEFORE.match(text, rating.end_char):
        return False
    if past_after(text, rating.end_char, latest) or _YEARS_AFTER_BEFORE.search(before):
        return True
    m = _PAST_MONTH_AFTER.match(text, rating.end_char) or _PAST_INSPECTION_AFTER.match(text, rating.end_char)
    return m is not None and latest is not None and int(m["y"]) < latest
