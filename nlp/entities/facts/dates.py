"""Dates: the day a release was published and the month the fieldwork took place."""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc

from ..normalise import _WEEKDAY, MONTHS, date_month, normalise_date
from ..segment import doc_text
from .mentions import _before_past, _doc_ents, _ents_in

_PUBLISHED = re.compile(r"publish|available (?:on|from)|\bonline (?:from|since)\b|released on|website (?:on|from)|out today|Published:|"
                        # "HM Inspectorate of Probation released its findings on 10 December 2019"
                        r"\b(?:released|issued) (?:its|their|the) (?:[\w-]+ )?(?:findings|reports?|verdicts?) on\b|"
                        r"(?:released|issued|appears?|appeared) today|"
                        # the report's day in brackets after "today's report": "Today’s report (Tuesday, 5 December)"
                        r"\btoday[’']s\s+(?:[\w-]+\s+){0,2}?(?:reports?|findings)\s*\(\s*"
                        r"(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*\d)|\b(?:not )?for (?:release|publication)\b|"
                        # the hour an embargo lifts ("The report goes live at 00:01 on ...", "is released at 00.01
                        # hrs on ..."), a report made public, a labelled line in the notes ("1. Publication date:
                        # ...", "Date of publication: ...", "Released: 16/07/2019", "News release – 3rd April 2025")
                        r"\b00[:.]01\b|\b(?:went|goes|go) (?:live|online|public)\b|\b(?:announced|launched|unveiled)(?: (?:its|their|the) (?:findings|report|results|verdict))? on\b|"
                        r"\b(?:is|are|was|were|came|comes) out on\b|\bput\s+out\s+on\b|\breports?\s+(?:out|released|issued)\s+on\b|\b(?:reports?|findings)\b[^.;:]{0,80}?\b(?:appeared on|(?:is|was) dated|out since)\b|"
                        # "Today (Tuesday, 12 June) sees the publication by HM Inspectorate of Probation of its report";
                        # "Today (Thursday 6 November 2025) HM Inspectorate of Probation released what it found"
                        r"\btoday\b[^.;:]{0,40}?\b(?:sees|marks)\s+the\s+(?:publication|release)\s+(?:by\s+[^.;:]{1,60}?\s+)?of\b|"
                        r"\btoday\s*[(,]\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*\d)|\bput\b[^.;:]{0,40}?\b(?:online|live) on\b|\b(?:issued|made (?:[\w’']+ ){0,3}?(?:public|available)) on\b|"
                        r"\b(?:date of (?:publication|release)|publication(?: date)?(?: of (?:the|this|these|both) reports?)?|"
                        r"release date|released|published)\s*:|\bpublication date (?:is|was)\b|\b(?:news|press|media) release\s*[–—:-]|"
                        # a dateline opening the first paragraph: "30 October 2024 – The Probation Service’s ..."
                        r"(?:^|(?<=\n))\s*" + _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d\s*[–—-]\s|"
                        # an embargo line: "EMBARGOED UNTIL 00:01 TUESDAY 3 JUNE 2025", "under embargo until ..."
                        r"\bembargo(?:ed)?\b(?:\s+(?:until|till|to|not before|before))?|"
                        # a page's date label at the start of a line: "Date: 21 January 2025", "Posted on 14 May 2024"
                        r"(?:^|(?<=\n))\s*(?:Date|Posted(?: on)?|Issued(?: on)?|Release date|Publication date|"
                        r"Date (?:of (?:publication|release)|published|issued)|First published)\b\s*:?\s*(?=\w)|"
                        # a report put out by someone on a day: "Its report on X, released by HM Inspectorate of
                        # Probation on 4 March", "findings issued by the watchdog on Friday 20 December" (not "people
                        # released by the prison on ...": the subject is the report)
                        r"\b(?:reports?|findings|inspection)\b[^.;:]{0,80}?\b(?:released|issued|made public|put out)\s+"
                        r"by\s+[^.;:]{1,80}?\bon\s+" + _WEEKDAY + r"\d|"
                        # the report by its day: "In its report of Tuesday 4 December 2018, the inspectorate rated X"
                        # (a day and its month: "its report of March 2021" is an earlier report's month, `_PAST`)
                        r"\b(?:its|their|this|the|a) (?:new |latest )?reports? (?:of|dated) (?=" + _WEEKDAY
                        + r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])", re.I)
# Words one of which every `_PUBLISHED` alternative contains (a dateline its year): a sentence with none cannot
# match, and looking for them is far cheaper than trying the thirty-odd alternatives at every position (keep them in
# step with `_PUBLISHED`; a test checks every sentence of the corpus and the held-out sets).
_PUBLISHED_WORDS = ("publi", "availab", "releas", "website", "today", "issued", "00:01", "00.01", "live", "online",
                    "announc", "launch", "unveil", "out on", "made", "date", "posted", "embargo", "put out", "appeared on", "out since")
_YEAR = re.compile(r"(?:19|20)\d\d")


def may_be_published_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """False where ``text[start:end]`` cannot hold a `_PUBLISHED` cue (a necessary condition, cheap)."""
    low = text[start:end].lower()
    return any(word in low for word in _PUBLISHED_WORDS) or _YEAR.search(low) is not None


_FIELDWORK = re.compile(r"fieldwork|took place|"
                        # "Our inspection of X, in February 2025, found ...", "The inspection, in November 2014, also ..."
                        r"\b(?:our|the|this) inspection(?: of\b[^.;:]{0,80}?)?,\s*(?:in|during|between)\b|"
                        # "follow visits by HM Inspectorate of Probation in July 2023", "after visiting the service
                        # between 3 and 7 February"
                        r"\bvisits? (?:from|by) (?:the\s+)?(?:HM\s+|His Majesty[’']s\s+|Her Majesty[’']s\s+)?(?:inspectorate|"
                        r"inspectors|inspection team)\b[^.;:]{0,30}?\b(?:in|during|between)\b|"
                        r"\b(?:after|before|while|when) (?:visiting|inspecting) (?:it |them |(?:the|both|each|its|all|their) "
                        r"(?:[\w-]+ )?)(?:in|during|between|from|over|on)\b|"
                        # "The inspection team arrived on 2 March 2020 and stayed for the week"
                        r"\b(?:inspection team|inspectors|team of inspectors)\b[^.;:]{0,20}?\barrived (?:on|in)\b|"
                        # "following their visit on 10 - 14 January", "after visits to both teams in June 2024"
                        r"\b(?:after|following|followed|follows|during) (?:(?:a|an|its|their|the|our) (?:[\w-]+ )?)?visits?(?: to\b"
                        r"[^.;:]{0,60}?)? (?:on|in|during|between|from|over)\b|"
                        # a labelled line in the notes: "Dates of inspection: 2 – 6 September 2024", "Inspection dates:"
                        r"\b(?:dates? of (?:the )?(?:inspection|fieldwork|visits?)|inspection (?:dates?|period|visits?)|"
                        r"on-?site dates?)\s*:|visit(?:ed|ing) (?:\w+ )?(?:in|during|between|from|over|on)\b|visited|carried out|inspected (?:it |them )?(?:in|between|during|from|over|on|\d)|"
                        # "were inspected by HM Inspectorate of Probation in May and June 2024"
                        r"\binspected by\b[^.;:]{1,60}?\b(?:in|during|between|over)\b(?=\s+(?:early |late |mid-?)?(?:January|"
                        r"February|March|April|May|June|July|August|September|October|November|December|\d))|"
                        r"inspected(?: (?!in\b)(?:together|jointly|side|by|at|the|same|time|alongside|again|remotely))+ "
                        r"(?:in|between|during|over)\b|"
                        r"inspected (?:two|three|four|five|six|both|the) (?:[\w-]+ ){0,2}?(?:units|PDUs|services|teams|areas|probation delivery units|youth (?:justice|offending) (?:services|teams))\b|"
                        r"inspect(?:ed|ing) (?:the )?(?:(?-i:[A-Z])[\w’'&-]*\s+(?:and\s+|&\s+)?){1,6}(?:in|during|between|over)\b|"
                        r"visits? (?:(?:was|were) )?(?:in|during|between)|visits? lasting (?:from|over)|inspection (?:was |took )?(?:in|during)|"
                        r"\binspection took\b|\b(?:done|conducted) (?:in|during|between|over) (?=(?:early |late |mid-?)?(?:January|February|"
                        r"March|April|May|June|July|August|September|October|November|December|\d))|"
                        # "During the inspection, in May 2024, inspectors ..."
                        r"\bduring (?:the|our|this|its) inspection\s*,\s*(?:in|during|between|over)\b|"
                        r"(?:following|after|follows|followed) (?:an|its|the) inspection|on[- ]?site|remotely|"
                        r"assessed the|inspected the|were in the area|over (?:two|three|four|five|\w+) (?:days|weeks) in|"
                        # "Inspectors spent a week with the service at the end of January 2025" (not "Practitioners spent
                        # three weeks ..."); "in the week beginning 19 February 2024", "They spent the week of 8 to 12 April
                        # 2019 with the service" (not "to be published in the week
                        # beginning ..."); "inspectors were in Thirsk from 3 - 7 June"
                        r"(?:inspector|inspectorate|inspection team|\bwe\b)[^.]{0,60}?\bspent\b|(?<!published )(?<!publish )(?<!released )(?:in|during|spent) the weeks? "
                        r"(?:beginning|commencing|starting|of)\b|"
                        # the inspectors' presence in a place: "Inspectors were based at the Sedbergh office", "The
                        # inspection team from HM Inspectorate of Probation was in Kendal between ..."
                        r"(?:inspectors|inspection team|team of inspectors|\bwe)(?:\s+(?:from|of)\s+[^.,;]{0,50}?)?(?:,?\s+who)?\s+"
                        r"(?:was|were)\s+(?:(?:based|stationed|working)\s+)?(?:in|at|with)\s+(?:(?:the|both|each|all|its|their)\s|(?-i:[A-Z]))|"
                        # "after a visit from HM Inspectorate of Probation in May 2025"
                        r"\b(?:after|following) (?:a|an|its|their) (?:[\w-]+ )?visit (?:from|by)\b[^.;:]{1,60}?\b(?:in|during)\b|"
                        # "The inspection ran from 3 to 7 June", "was held 28 February – 3 March", "undertaken virtually in", "The two
                        # inspections ran side by side over a week beginning ..."
                        r"(?:inspections?|fieldwork|visits?)(?:,)? (?:which )?(?:was |were )?(?:held|ran|run|happened|conducted|undertaken|lasted)\b|"
                        # "The inspectorate had a team in Bala for a week from 10 March 2025"
                        r"\b(?:inspectorate|inspectors|we)\b[^.;:]{0,40}?\b(?:had|sent|put) (?:a |an |its |their |our )?(?:team|inspectors)"
                        r"(?: of inspectors)? (?:in|at|into|to|with)\b|"
                        r"(?:conducted|undertaken|held|done) (?:remotely|virtually|online)\b|"
                        # "The inspection team’s visit began on 10 December 2018", "the inspectors’ visit started in"
                        r"\b(?:inspection team|inspectors|inspectorate|team of inspectors)[’']s?\s+(?:on-?site\s+)?"
                        r"visits?\s+(?:began|started|commenced|ran)\b|"
                        # "The inspectors’ visit to X was in January 2025"; "The two units were inspected together, 7 - 18
                        # October 2024"; "following inspections of both in June 2023"
                        r"\b(?:inspection team|inspectors|inspectorate|team of inspectors)[’']s?\s+(?:on-?site\s+)?visits?\s+to\b"
                        r"[^.;:]{1,60}?\b(?:was|were)\s+(?:in|during|between|from|over|on)\b|"
                        r"\binspected (?:together|jointly|side by side|at the same time)\s*[,:–—-]\s*(?=\d)|"
                        r"\b(?:following|after) (?:the |their |its )?inspections of\b[^.;:]{0,60}?\b(?:in|during|between|over)\b", re.I)
# Words one of which every `_FIELDWORK` alternative contains ("inspect" stands for inspection, inspected, inspectors,
# the inspectorate and the inspection team; "site" for on-site / onsite; "we" is read as a word): a sentence with none
# cannot match. Keep them in step with `_FIELDWORK`; a test checks every sentence of the corpus and the held-out sets.
_FIELDWORK_WORDS = ("fieldwork", "took place", "inspect", "visit", "site", "carried out", "remotely", "assessed the",
                    "were in the area", "days", "weeks", "spent", "the week", "virtually", "online", "done ", "conducted ")
_WE = re.compile(r"\bwe\s")


def may_be_fieldwork_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """False where ``text[start:end]`` cannot hold a `_FIELDWORK` cue (a necessary condition, cheap)."""
    low = text[start:end].lower()
    return any(word in low for word in _FIELDWORK_WORDS) or _WE.search(low) is not None


# "Fieldwork took place in ..." outranks "The inspection took place at a difficult time ... in June 2021".
_FIELDWORK_STRONG = re.compile(r"fieldwork", re.I)
# the report's own day told in a sentence, read before a page's label ("Posted: 01/03/2023" on a council page a day
# after "In a report it published on 28 February 2023, ...")
_PUBLISHED_STRONG = re.compile(r"\b(?:reports?|findings)\b[^.;:]{0,30}?\b(?:published|released|issued)\s+on\b|"
                               # "in a report that HM Inspectorate of Probation put out on 21 October 2025"
                               r"\b(?:reports?|findings)\s+(?:that|which)\s+[^.;:]{1,60}?\b(?:published|released|issued|"
                               r"put\s+out)\s+on\b|"
                               r"\b(?:published|released|issued)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:reports?|"
                               r"findings)\s+on\b", re.I)
# "suspended its inspection fieldwork in March 2020" dates something else
_NOT_FIELDWORK = re.compile(r"in the year to|suspend\w*|postpone\w*|paused", re.I)
# and so does a date after "before the lockdown": "Fieldwork was completed before the national lockdown in March 2020"
# (not one before it: "Inspectors came between 9 and 13 March 2020, just before the national lockdown")
_BEFORE_EVENT = re.compile(r"\bbefore (?:the )?(?:[\w-]+ ){0,3}?(?:lockdown|pandemic|outbreak)\b", re.I)


def _until_event(text: str, s: int, e: int, limit: int) -> int:
    """``limit`` brought back to a "before the lockdown" in ``text[s:e]``, whose dates are the event's."""
    event = _BEFORE_EVENT.search(text, s, e)
    return min(limit, event.start()) if event else limit
# a date that is the object of publishing: "published on 14 January 2025", "released in March"
_PUBLISHED_BEFORE = re.compile(r"\b(?:publish(?:ed|es|ing)?|released|issued|made public)\s+(?:(?:on|in)\s+)?"
                               + _WEEKDAY + r"$", re.I)
_DATELINE = re.compile(r"^(?:Published:?\s*)?" + _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+"
                       r"[A-Za-z]+\.?\s+(?:19|20)\d\d$|^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")


def _year_for(month: int, day: int, doc: Doc, after: str | None, before: str | None = None) -> int | None:
    """The year of "Wednesday, 19 July": the latest not after the story's own date ``before`` (a byline date), else
    the first on or after the fieldwork month ``after``, else the latest year named."""
    if before:
        year = int(before[:4])
        return year if f"{year}-{month:02d}-{day:02d}" <= before else year - 1
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


_MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
_PART_OF_MONTH_WORDS = r"(?:early|late|mid|the\s+(?:start|beginning|middle|end)\s+of)"
_DAY_MONTH = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAMED = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)


def _weekday_fits(date_text: str, iso: str) -> bool:
    """False where ``date_text`` names a weekday ("Tuesday 12 November") that the day ``iso`` is not: the year was
    guessed wrong."""
    m = _WEEKDAY_NAMED.match(date_text.strip())
    return not m or _WEEKDAYS[datetime.date.fromisoformat(iso).weekday()].startswith(m[1].lower())


_CUE_WORDS = {_PUBLISHED: may_be_published_cue, _FIELDWORK: may_be_fieldwork_cue}  # a cue's cheap necessary condition
# A date label on a line of its own, its date on the next line (a GOV.UK page's "Published" / "12 March 2025")
_LABEL_LINE = re.compile(r"\W*(?:first\s+|date\s+)?published(?:\s+on)?\W*", re.I)


def _date_from(doc: Doc, sents, cue: re.Pattern, want_day: bool, strong: re.Pattern | None = None,
               after: str | None = None) -> str | None:
    """The first date stated after ``cue`` in a sentence, before any past-inspection cue in it.

    Sentences matching ``strong`` are read first. A day without a year ("published today (Wednesday,
    19 July)", "released ... on 4 March" in a story dated "Friday 7 March 2025") takes its year from the
    release's dateline, else from its other dates (`_year_for`).
    """
    text = doc_text(doc)
    ordered = sorted(sents, key=lambda x: not (strong and strong.search(text, x[0], x[1])))
    words = _CUE_WORDS.get(cue)
    for s, e, _ in ordered:
        if words is not None and not words(text, s, e):
            continue
        cue_match = cue.search(text, s, e)
        if not cue_match:
            continue
        limit = _before_past(text, s, e)
        if not want_day and (halt := _NOT_FIELDWORK.search(text, s, e)):
            if halt.start() <= cue_match.end():
                continue
            # "Fieldwork took place in February 2020, before the Inspectorate suspended its fieldwork in March 2020"
            limit = min(limit, halt.start())
        if not want_day:
            limit = _until_event(text, s, e, limit)
        dates = _ents_in(doc, s, limit, "DATE")
        if not dates and want_day and _LABEL_LINE.fullmatch(text, s, e):
            following = [(a, b) for a, b, _ in sents if a >= e]
            if following:
                a, b = min(following)
                dates = [x for x in _ents_in(doc, a, b, "DATE") if len(text[a:b].split()) <= 6]
        for date in dates:
            iso = normalise_date(date.text)
            if not iso and want_day:
                m = _DAY_MONTH.match(date.text.strip())
                month = MONTHS.get(m[2].lower()) if m else None
                year = _year_for(month, int(m[1]), doc, after, _dateline(doc, sents)) if m and month else None
                iso = f"{year}-{month:02d}-{int(m[1]):02d}" if m and year else None
                if iso and not _weekday_fits(date.text, iso):  # "Tuesday 12 November" in a year it is a Friday
                    iso = None
            if not iso:
                continue
            if not want_day and _PUBLISHED_BEFORE.search(text, max(s, date.start_char - 40), date.start_char):
                continue  # "The report, published on 14 January 2025, follows fieldwork in ...": not the fieldwork
            if want_day and _FIELDWORK.search(text, cue_match.end(), date.start_char):
                continue  # "... publishes its report on X YOT, which it visited during the week beginning 8 April"
            if want_day and len(iso) == 10:
                return iso
            start_month = None if want_day else date_month(iso)
            if start_month:
                return _range_start(text, s, date.start_char, start_month)
    return None


# "between late September and early October 2025": the range starts in the month written alone before the dated one
_MONTH_BEFORE = re.compile(r"\b(?:between|from)?\s*(?:" + _PART_OF_MONTH_WORDS + r"[\s-]+)?(?-i:(" + _MONTH_NAMES
                           + r"))\s*(?:and|to|until|into|-|–|—)\s*(?:" + _PART_OF_MONTH_WORDS + r"[\s-]+)?$", re.I)


def _range_start(text: str, start: int, date_start: int, month: str) -> str:
    """The month a range of months begins in, where its first month stands alone before the dated one ``month``
    (``"YYYY-MM"``, the DATE at ``date_start``), else ``month``."""
    m = _MONTH_BEFORE.search(text, max(start, date_start - 50), date_start)
    if not m:
        return month
    first = MONTHS[m[1].lower()]
    year = int(month[:4]) - (first > int(month[5:]))
    return f"{year}-{first:02d}"


# The inspectors' own work in a month, when no fieldwork cue names it: "Inspectors met children, parents and staff
# in July 2022", "Evidence for the inspection was gathered in January 2025", "we interviewed ... during March 2024".
# The date must follow the activity, after a preposition of time, with no other event between them
# ("inspectors reviewed cases of people released in May 2024" dates the releases).
_ACTIVITY = re.compile(r"\b(?:inspectors?|inspection teams?|inspectorate|we|evidence|information)\b[^.;:]{0,60}?\b"
                       # "HM Inspectorate of Probation sent its inspectors to X in September", "inspected X, Y and Z
                       # one after another, across three weeks from 2 June 2025"
                       r"(?:sent (?:its |their |a )?(?:team of )?inspectors (?:in)?to|inspected|met|visited|gathered|collected|interviewed|spoke (?:to|with)|talked (?:to|with)|reviewed|"
                       r"observed|examined|examining|visiting|heard from|shadowed|looked at|sat in on|read|went (?:in)?to|travell?ed to|"
                       r"came(?: to)?|spent time (?:with|in|at)|worked (?:in|with|alongside|at)|went through|worked through|"
                       r"did (?:this|the|their|its|that) (?:work|fieldwork)|"
                       # "Inspectors were on the ground between 21 and 25 November", "was in X between ..."
                       r"(?:were|was) (?:on the ground|on site|in|with|at))\b", re.I)
# the same work in the passive: "Cases were read and staff interviewed in September 2018"
_ACTIVITY_PASSIVE = re.compile(r"\b(?:cases?|case files|files|records|staff|practitioners|managers|partners|children)\s+"
                               r"(?:were|was)\s+(?:\w+\s+)?(?:read|reviewed|examined|inspected|interviewed|observed|"
                               r"assessed|looked at|met)\b", re.I)
# the inspected service in the passive: "The team was examined in January by Ofsted and the inspectorate", "Both
# units were jointly inspected during May" (not "was assessed as ‘Good’ in ...": an earlier verdict's date; not "was
# last inspected in ..."); its name may end in its abbreviation ("X Youth Offending Team (YOT) was examined"), and its
# work may stand for it ("The work of X YOT was examined", "the service’s work was inspected", "Its work was ...")
_SERVICE_PASSIVE = re.compile(r"(?:\b(?:service|team|unit|PDU|YJS|YOS|YOT|YJT|CRC|division|trust|partnership)s?"
                              r"(?:\s*\((?-i:[A-Z]{2,5})\))?(?:[’']s?\s+work)?|\b(?:its|their)\s+work)\s+"
                              r"(?:was|were)\s+(?:(?:jointly|fully|independently)\s+)?(?:examined|assessed|"
                              r"scrutini[sz]ed|looked at|inspected|visited)\b(?!\s+as\b)", re.I)
# reading cases, whoever does it: "The inspection, which examined 40 cases in June 2023"
_ACTIVITY_CASES = re.compile(r"\b(?:examined|reviewed|read|looked at|assessed|inspected) (?:\w+ ){0,4}cases\b", re.I)
# a part of the month: "in early March", "in the middle of", "in the second half of", "during the last week of"
_PART_OF_MONTH = (r"(?:early|late|mid|the\s+(?:start|beginning|middle|end|(?:first|second|third|fourth|last|latter|"
                  r"final|closing|opening)\s+(?:half|part|week|weeks|fortnight|few\s+days|days))\s+of)")
_ACTIVITY_WHEN = re.compile(r"\b(?:in|during|throughout|over|across|between|from)\s+(?:" + _PART_OF_MONTH
                            + r"[\s-]+)?$", re.I)
# a span of days from its first: "over the fortnight starting 4 December", "during the week beginning", "in the two
# weeks from", "over a fortnight beginning" ("starting" here begins the time, not another event)
_SPAN_WHEN = re.compile(r"\b(?:in|during|over|across|throughout)\s+(?:the|a)\s+(?:week|fortnight|(?:\w+\s+)?(?:days|weeks))"
                        r"\s+(?:starting|beginning|commencing|from)\s+(?:on\s+)?$", re.I)
_OPENING_WHEN = re.compile(r"\W*(?:in|during|over|across|throughout|between|from|on)\b[^.;:]{0,30}?", re.I)
# (the activity's subject may be "HM Inspectorate of Probation", whose "Inspectorate" the activity match opens on)
_THEN_ACTIVITY = re.compile(r"\s*,?\s*(?:(?:the\s+)?(?:inspectors?|inspection team|we)\s+|(?:HM|His Majesty[’']s|Her "
                            r"Majesty[’']s)\s+)?", re.I)
_OTHER_EVENT = re.compile(r"\b(?:sentenced|supervised|released|started|starting|began|beginning|ended|ending|open(?:ed)?|"
                          r"closed|published|publish|report|since|until|who|which|whose|that)\b", re.I)
# A clause set off by commas between the activity and its time ("Inspectors spent a week at the office, which serves
# 1,400 people across the county, in April"): the time after it belongs to the main clause again.
_ASIDE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,.;:]|(?<=\d)[,.](?=\d))*,")


def _other_event(gap: str) -> bool:
    """True where ``gap`` (the words between an activity and its time) names another event, outside a clause set off
    by commas."""
    return _OTHER_EVENT.search(_ASIDE.sub(" ", gap)) is not None


def _activity_month(doc: Doc, sents) -> str | None:
    """The month of the inspectors' activity (`_ACTIVITY`), the fieldwork where no fieldwork cue gives it."""
    text = doc_text(doc)
    for s, e, _ in sents[1:]:
        if _NOT_FIELDWORK.search(text, s, e):
            continue
        limit = _until_event(text, s, e, _before_past(text, s, e))
        for m in [*_ACTIVITY.finditer(text, s, limit), *_ACTIVITY_PASSIVE.finditer(text, s, limit),
                  *_SERVICE_PASSIVE.finditer(text, s, limit), *_ACTIVITY_CASES.finditer(text, s, limit)]:
            for date in _ents_in(doc, s, limit, "DATE"):
                if date.end_char <= m.start():
                    # the date in the time phrase the sentence opens with: "Over five days, 3–7 March 2025,
                    # inspectors read cases"
                    if not (_OPENING_WHEN.fullmatch(text, s, date.start_char)
                            and _THEN_ACTIVITY.fullmatch(text, date.end_char, m.start())):
                        continue
                else:
                    gap = text[m.end():date.start_char]
                    span = _SPAN_WHEN.search(gap)
                    if (date.start_char < m.end() or _other_event(gap[:span.start()] if span else gap)
                            or not (span or _ACTIVITY_WHEN.search(gap))):
                        continue
                month = date_month(normalise_date(date.text))
                if month:
                    return month
    return None


_FULL_MONTHS = "|".join(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
# "visited the service over several days in January": a month named alone, in a time phrase, no day or year after
_BARE_MONTH = re.compile(r"\b(?:in|during|throughout|(?:between|from)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|to|until|-|–|—)"
                         r"\s*\d{1,2}(?:st|nd|rd|th)?)?)\s+(?:" + _PART_OF_MONTH + r"[\s-]+)?"
                         r"(?-i:(" + "|".join(n.capitalize() for n in _FULL_MONTHS.split("|")) + r"))\b"
                         r"(?!\s*,?\s*(?:\d|’\d|'\d))", re.I)


_OPENING_MONTH = re.compile(r"\W*(?:in|during|throughout|over|across)\s+(?:" + _PART_OF_MONTH + r"[\s-]+)?"
                            r"(?-i:(" + "|".join(n.capitalize() for n in _FULL_MONTHS.split("|")) + r"))\b\s*,?", re.I)
_CUE_LEAD_IN = re.compile(r"\s*(?:(?:the|our|its|their)\s+)?(?:(?:inspectors?|inspection team|team|we)\s+)?", re.I)


def _yearless_fieldwork(doc: Doc, sents, published: str | None) -> str | None:
    """The fieldwork month of a sentence about the inspectors' visit that names the month alone ("Inspectors
    visited the service over several days in January"), dated as the latest such month not after ``published``.
    Only where the visit is the sentence's subject (a fieldwork cue, the inspectors' activity or the service examined
    in the passive before the month, no other event between, or right after a month the sentence opens with) and the sentence names no dated month:
    a wrong month is worse than none."""
    if not published:
        return None
    text = doc_text(doc)
    year, month_published = int(published[:4]), int(published[5:7])
    for s, e, _ in sents[1:]:
        if _NOT_FIELDWORK.search(text, s, e) or any(date_month(normalise_date(d.text))
                                                     for d in _ents_in(doc, s, e, "DATE")):
            continue
        limit = _until_event(text, s, e, _before_past(text, s, e))
        cues = [*(_FIELDWORK.finditer(text, s, limit) if may_be_fieldwork_cue(text, s, limit) else ()),
                *_ACTIVITY.finditer(text, s, limit),
                *_SERVICE_PASSIVE.finditer(text, s, limit),
                *_ACTIVITY_CASES.finditer(text, s, limit)]
        if not cues:
            continue
        cue_end = min(m.end() for m in cues)
        m = _BARE_MONTH.search(text, cue_end, limit)
        if not m or _other_event(text[cue_end:m.start()]):
            # the month of the time phrase the sentence opens with, the visit right after it: "During May,
            # inspectors read 30 case files"
            m = _OPENING_MONTH.match(text, s, limit)
            if not m or not any(_CUE_LEAD_IN.fullmatch(text, m.end(), cue.start()) for cue in cues):
                continue
        month = MONTHS[m[1].lower()]
        return f"{year if month <= month_published else year - 1}-{month:02d}"
    return None


def _dateline(doc: Doc, sents) -> str | None:
    """A sentence that is only a date near the top ("Thursday, 13th October 2022") dates the release, as does a
    short by-line ending in one ("By our local democracy reporter, 27 September 2022") or a headline ending in one
    after a dash."""
    text = doc_text(doc)
    for s, e, _ in sents[:4]:
        line = text[s:e].strip()
        if _DATELINE.match(line):
            iso = normalise_date(re.sub(r"^Published:?\s*", "", line))
            if iso and len(iso) == 10:
                return iso
        dates = _ents_in(doc, s, e, "DATE")
        # a by-line, or a headline ending in a date after a dash or bar ("X YJS rated ‘Good’ – 12 June 2025")
        if dates and len(line.split()) <= 16 and (re.match(r"^By\b", line) or re.search(
                r"\s[–—|-]\s*$", text[s:dates[-1].start_char])) and text[dates[-1].end_char:e].strip(" .") == "":
            iso = normalise_date(dates[-1].text)
            if iso and len(iso) == 10:
                return iso
    return None


# A page's "Last updated: 27 August 2024" line near its top: an edit's day, not the report's, unless the release says
# its report is out "today" and the page gives no other day ("Its report, released today, shows ...")
_UPDATED_LINE = re.compile(r"\W*(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?\s*(?=\w)", re.I)
_OUT_TODAY = re.compile(r"\b(?:reports?|findings)\b[^.;:]{0,80}?\b(?:published|released|issued|made public|put out|"
                        r"out)\s+today\b|\btoday\s+(?:published|released|issued|put out)\s+(?:its|their|the|a|an)\s+"
                        r"(?:[\w’'-]+\s+){0,3}?(?:reports?|findings)\b", re.I)


def _updated_today(doc: Doc, sents) -> str | None:
    """The day of a page's "Last updated" line where it is the page's only day and a sentence says the report is
    out today; None otherwise (a page edited after the report came out would give a wrong day)."""
    text = doc_text(doc)
    days = {iso for ent in _doc_ents(doc) if ent.label_ == "DATE" and (iso := normalise_date(ent.text))
            and len(iso) == 10}
    if len(days) != 1 or not any(_OUT_TODAY.search(text, s, _before_past(text, s, e)) for s, e, _ in sents):
        return None
    for s, e, _ in sents[:6]:
        label = _UPDATED_LINE.match(text, s, e)
        dates = _ents_in(doc, s, e, "DATE")
        if label and len(dates) == 1 and text[label.end():dates[0].start_char] == "" \
                and text[dates[0].end_char:e].strip(" .") == "":
            iso = normalise_date(dates[0].text)
            return iso if iso in days else None
    return None
