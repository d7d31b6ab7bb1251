"""The day a report came out, told relative to the date of the page it stands on ("published on Tuesday" under a
by-line of Thursday): `nlp.entities.facts.extract` reads it after the publication date."""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc

from ..normalise import MONTHS
from ..segment import doc_text
from .dates import _WEEKDAYS
from .mentions import _before_past

# The report's own day told relative to the page it stands on: "The report, published on Tuesday, ...", "a report
# published yesterday (Tuesday)", "came out on Tuesday 7 October" (not "will be published on Tuesday": to come);
# the verb may take the report as its object, and what it is on: "put out its reports on X and Y on Tuesday",
# "released its findings on Monday", "made its findings public on Monday" (no clause between: "issued a report that
# staff saw on Monday" is not its day)
_REPORT_OBJECT = (r"(?:\s+(?:its|their|the|a|an|both|two|three|four)\s+(?:[\w’'-]+\s+){0,3}?(?:reports?|findings|"
                  r"verdicts?|results|conclusions)(?:\s+(?:on|into|about|of|for)(?:\s+(?!(?:which|who|whom|that|when|"
                  r"where|after|before|while|since|until|as|because|then|but|today|yesterday|" + "|".join(_WEEKDAYS)
                  + r")\b)[\w’'&-]+,?){1,16}?)?)?")
# and by whom: "a report released by the probation inspectorate on Tuesday"
_REPORT_AGENT = (r"(?:\s+by\s+(?:the\s+|HM\s+|His\s+Majesty[’']s\s+)?(?:[\w’'-]+\s+){0,3}?(?:inspectorate|inspectors|"
                 r"watchdog|Probation)(?:\s+of\s+Probation)?)?")
_REPORT_DAY = re.compile(r"(?<!will be )(?<!to be )(?<!will )(?<!to )\b(?:published|released|issued|came out|"
                         # "with publication following on Tuesday (14 November)", "publication of the reports on
                         # Tuesday" (not the council's "publication on Monday of its plan")
                         r"(?:with|and)\s+publication(?:\s+(?:following|followed|coming|due))?|publication\s+of\s+"
                         r"(?:the|its|their|both)\s+(?:[\w’'-]+\s+){0,3}?(?:reports?|findings)|"
                         r"went (?:live|online)|made (?:(?:its|their|the|both) (?:[\w’'-]+ ){0,2}?(?:reports?|findings) )?"
                         r"public|put out)" + _REPORT_OBJECT + _REPORT_AGENT + r"\s+(?:on\s+)?(?:(?P<yesterday>yesterday)(?:\s*\(\s*"
                         r"(?P<named>" + "|".join(_WEEKDAYS) + r")\s*\))?|(?:last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS)
                         + r")\b(?:,?\s*\(?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?)", re.I)
# A weekday with, or without, its date after it: "Tuesday (14 February)", "last Tuesday, 14"
_NAMED_DAY = (r"(?:last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b(?:,?\s*\(?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?"
              r"(?:\s+(?P<month>[A-Za-z]+))?\s*\)?)?")
# The day as the subject opening a sentence: "Tuesday (11 March) saw the publication of the inspectorate’s reports
# on X and Y", "Yesterday saw the release of its findings" (the reports the object: not "saw the publication of a
# new plan")
_REPORT_DAY_SUBJECT = re.compile(r"\s*(?:(?P<yesterday>yesterday)(?:\s*\(\s*(?P<named>" + "|".join(_WEEKDAYS)
                                 + r")\s*\))?|" + _NAMED_DAY + r",?)\s+saw\s+the\s+"
                                 r"(?:publication|release)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:reports?|findings|verdicts?|"
                                 r"results)\b", re.I)
# The day opening the sentence, the release verb and the reports after it: "On Tuesday (14 February) inspectors
# released their reports into X and Y" (the reports the object: not "On Tuesday the council released a plan")
_REPORT_DAY_OPENING = re.compile(r"\W*on\s+" + _NAMED_DAY + r",?\s+(?:[\w’'-]+\s+){1,6}?(?:published|released|issued|"
                                 r"put out)\s+(?:its|their|the|both|two|three)\s+(?:[\w’'-]+\s+){0,3}?(?:reports?|findings|"
                                 r"verdicts?)\b", re.I)
# The day as the report's attribute: "in its Tuesday (28 February) report", "Tuesday’s report", "in a report on
# Tuesday (28 February)" (not "a report on Tuesday’s meeting": the day ends the phrase)
_REPORT_DAY_ATTR = re.compile(r"(?:\b(?:its|their|the|a|an|this)\s+(?:last\s+)?(?P<weekday>" + "|".join(_WEEKDAYS)
                              + r")|\b(?P<weekday2>" + "|".join(_WEEKDAYS) + r")[’']s)(?:\s*\(\s*(?P<day>\d{1,2})"
                              r"(?:st|nd|rd|th)?(?:\s+(?P<month>[A-Za-z]+))?\s*\))?\s+(?:[\w-]+\s+){0,2}?reports?\b|"
                              r"\b(?:in|with)\s+(?:a|its|their|the)\s+reports?\s+on\s+(?P<weekday3>" + "|".join(_WEEKDAYS)
                              + r")(?:\s*\(\s*(?P<day3>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?P<month3>[A-Za-z]+))?\s*\))?"
                              r"(?![’'\w]|\s+(?:\d|[A-Za-z]))", re.I)
# "yesterday (Wednesday 19 February)": the day written out in brackets after it
_BRACKET_DAY = re.compile(r"\s*\(\s*(?:(?:" + "|".join(_WEEKDAYS) + r")\b\s*,?\s*)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.I)
# Words one of which every `_REPORT_DAY` match contains: the pre-filter of `_report_day` ("came out last Tuesday" has
# none of `_PUBLISHED_WORDS`; `_REPORT_DAY_SUBJECT` has "public" or "release"). Keep them in step with `_REPORT_DAY`;
# a test checks every sentence of our releases.
_REPORT_DAY_WORDS = ("published", "released", "issued", "came out", "went live", "went online", "public", "put out",
                     "release")


def may_be_report_day(text: str, start: int = 0, end: int | None = None) -> bool:
    """False where ``text[start:end]`` cannot hold a `_REPORT_DAY` match (a necessary condition, cheap)."""
    low = text[start:end].lower()
    return any(word in low for word in _REPORT_DAY_WORDS)


def _report_day(doc: Doc, sents, page: str) -> str | None:
    """The day the report came out where the release tells it relative to its page's own date ``page`` (a by-line,
    "Posted on: ...", "Published: 12:05, 12 Mar 2025"), within the six days before it: a news page is often dated a
    day or more after the report it covers. None where no sentence says so, or the day named does not fit."""
    try:
        base = datetime.date.fromisoformat(page)
    except ValueError:
        return None
    text = doc_text(doc)
    for s, e, _ in sents:
        if not may_be_report_day(text, s, e) and "report" not in text[s:e].lower():
            continue
        subject = _REPORT_DAY_SUBJECT.match(text, s, e) or _REPORT_DAY_OPENING.match(text, s, e)
        limit = _before_past(text, s, e)
        matches = [subject] if subject else [*_REPORT_DAY.finditer(text, s, limit),
                                             *_REPORT_DAY_ATTR.finditer(text, s, limit)]
        for m in matches:
            told = {k: v for k, v in m.groupdict().items() if v}
            if told.get("yesterday"):
                day = base - datetime.timedelta(days=1)
                if told.get("named") and _WEEKDAYS[day.weekday()] != told["named"].lower():
                    continue
                dated = _BRACKET_DAY.match(text, m.end("yesterday"))
                if dated and int(dated["day"]) != day.day:
                    continue  # "published yesterday (Wednesday 19 February)" where the 19th is the date found
            else:
                weekday = told.get("weekday") or told.get("weekday2") or told["weekday3"]
                day = base - datetime.timedelta(days=(base.weekday() - _WEEKDAYS.index(weekday.lower())) % 7)
                number, month = told.get("day") or told.get("day3"), told.get("month") or told.get("month3")
                if number and int(number) != day.day:
                    continue
                if m.re is not _REPORT_DAY and month and MONTHS.get(month.lower()) != day.month:
                    continue
            if day < base:
                return day.isoformat()
    return None
