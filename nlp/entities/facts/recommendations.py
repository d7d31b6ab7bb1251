"""Recommendations: how many a release makes, and to whom."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...vocab import NUMBERS, number_value
from ..normalise import normalise_service
from ..segment import doc_text
from .mentions import _doc_ents, _ents_in

# a dozen counts too: "half a dozen recommendations", "A dozen recommendations are set out"
_DOZENS = {"half a dozen": 6, "a dozen": 12}
_NUM = r"(\d{1,2}|half\s+a\s+dozen|a\s+dozen|" + "|".join(NUMBERS) + r")"


def _number(word: str) -> int | None:
    """The value of a count as `number_value` reads it, or a dozen's ("half a dozen" -> 6)."""
    return _DOZENS.get(" ".join(word.lower().split())) or number_value(word)


_COUNT = re.compile(r"(?:makes|made|make|contains|sets out|set out|total of|includes|are|were|has|with)\s+"
                    r"(?:a total of\s+|just\s+|only\s+|no fewer than\s+|no less than\s+|as many as\s+)?" + _NUM
                    + r"\s+(?:\w+\s+){0,2}?recommendations\b", re.I)
# the total stated as such: "The total number of recommendations is six", "the number of recommendations comes to
# 11" (not "the number of recommendations is six fewer than ...", "... was nine last time": a difference, a past count)
_COUNT_STATED = re.compile(r"\b(?:total\s+(?:number\s+)?|number\s+)of\s+(?:formal\s+)?recommendations\s+(?:(?:made|in\s+"
                           r"(?:the|this|its|both)\s+reports?)\s+)?(?:is|was|comes to|came to|stands at|stood at|"
                           r"amounts to|amounted to|totals|totalled)\s+(?:just\s+|only\s+)?" + _NUM
                           + r"\b(?!\s+(?:fewer|more|less|times|higher|lower|up|down)\b)(?![^.;]*\b(?:last time|previous(?:ly)?|"
                           r"last inspection|last inspected|before)\b)", re.I)
# "Recommendations number seven in total", "Recommendations number eight in all: six for the unit and two for HMPPS"
_COUNT_NUMBER = re.compile(r"\brecommendations\s+(?:number|numbered|total|totalled)\s+" + _NUM + r"\b|"
                           # "The report’s recommendations, six in number, are addressed to ..."
                           r"\brecommendations,\s+" + _NUM + r"\s+in\s+(?:number|all|total)\b", re.I)
# "The report contains only a pair of recommendations"
_PAIR_COUNT = re.compile(r"\b(?:makes|made|contains|sets out|set out|includes|has|with|are)\s+(?:just\s+|only\s+)?a\s+pair\s+of\s+"
                         r"(?:\w+\s+)?recommendations\b", re.I)
_COUNT_LOOSE = re.compile(r"\b" + _NUM + r"\s+(?:main\s+|key\s+|formal\s+|further\s+)?recommendations\b", re.I)
# the whole after one share: "must act on four recommendations; the remaining two of the six go to HMPPS"
_OF_THE_WHOLE = re.compile(r"^[;,]?\s*(?:and\s+)?the\s+(?:remaining|other|last)\s+" + _NUM + r"\s+of\s+the\s+" + _NUM + r"\b",
                           re.I)
# the verb and what it asks for: "The inspectors recommend four improvements", "has recommended six changes"
# or asked for where the sentence calls them recommendations: "Inspectors have asked for seven improvements in their
# recommendations", "The inspectors asked for six changes, set out as recommendations"
_COUNT_VERB = re.compile(r"\b(?:recommend(?:s|ed)?|(?:(?:ask(?:s|ed)?|call(?:s|ed)?)\s+for|wants?\s+to\s+see|would\s+like\s+to\s+see)"
                         r"(?=[^.;]*\brecommendations?\b))\s+"
                         r"(?:just\s+|only\s+)?" + _NUM + r"\s+(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:improvements|changes|actions|steps|priorities)\b", re.I)
# a count as a numbered list: "The report closes with a six-point list of recommendations"
_POINT_LIST = re.compile(r"\b" + _NUM + r"-point\s+(?:list|plan|set|programme|agenda)\s+of\s+(?:\w+\s+)?recommendations\b",
                         re.I)


# a count given "as recommendations": "Four areas for improvement are set out as recommendations", "The report
# lists five weaknesses as its recommendations" (the count opens the sentence or follows a verb of setting out)
_COUNT_AS = re.compile(r"(?:^\W*|\b(?:makes|made|sets out|set out|lists|listed|identifies|identified|includes|gives|"
                       r"frames|framed)\s+)" + _NUM + r"\s+(?!of\b)(?:[a-z][\w-]*\s+){1,4}?(?:(?:are|were|is|was|have "
                       r"been|has been)\s+)?(?:[a-z][\w-]*\s+){0,2}?as\s+(?:its\s+|the\s+|formal\s+)?recommendations\b",
                       re.I)
# a total after a count per report: "Each report makes five recommendations (20 in all)", ", 20 in total", "Three
# recommendations apiece: nine in all"
_TOTAL = re.compile(r"\s*(?:apiece|each|per\s+(?:report|unit|PDU|service|team))?\s*[(,:;–—-]\s*(?:a total of\s+|"
                    r"making\s+)?" + _NUM + r"\s+(?:in all|in total|altogether|overall)\b", re.I)
# a count addressed to one recipient, the others' shares after it: "directs four recommendations at Frodsham PDU and
# two at HMPPS", "makes three recommendations to the council, two to the police and one to the board"
# "six recommendations go to the Trust and one to the police", "two are for the region and one is for the police"
_SHARE_VERB = r"(?:(?:go|goes|went|are|is|were|was)\s+(?:all\s+)?(?:(?:made|given|addressed|directed|set)\s+)?)?"
_SHARE = re.compile(r"\s+" + _SHARE_VERB + r"(?:at|to|for|aimed at|addressed to|directed at)\s", re.I)
# a share of one told without its number: "... and a single one to the region", "and a lone recommendation for HMPPS"
_SINGLE = r"a\s+(?:single|lone)(?:\s+one)?"
_MORE_SHARES = re.compile(r"(?:,|;|\band)\s+(?:another\s+|a further\s+)?(?:just\s+|only\s+)?(?:" + _NUM + "|(" + _SINGLE
                          + r"))\s+(?:more\s+)?(?:recommendations?\s+)?" + _SHARE_VERB
                          + r"(?:at|to|for|aimed at|addressed to|directed at)\s", re.I)
# one more share as an ordinal: "Five recommendations are aimed at the unit, and a sixth at HMPPS", "Three go to the
# service and a fourth to the board"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
_ORDINAL_SHARE = re.compile(r"(?:,\s*with|,|;|\band|\bwith)\s+(?:a|the)\s+" + _ORDINAL + r"\s+(?:one\s+)?" + _SHARE_VERB
                            + r"(?:at|to|for|aimed at|addressed to|directed at)\s", re.I)
# the last recipient's share with every verb left out, ending the sentence: "The unit has seven recommendations to
# act on, and HM Prison and Probation Service one."
_NAMED = r"[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w’'&-]*){0,6}"  # "HM Prison and Probation Service"
_GAPPED_TAIL = re.compile(r"(?:,\s*)?\band\s+(?:the\s+)?" + _NAMED + r"\s+(?:(?:a\s+further|another)\s+)?" + _NUM
                          + r"\s*[.;]?\s*$")
# or with the number first: "Six of the recommendations concern the CRC itself and two the Ministry of Justice"
# (a share "to" or "for" its recipient is `_MORE_SHARES`')
_GAPPED_TAIL_NUMBER_FIRST = re.compile(r"(?:,\s*)?\band\s+" + _NUM + r"\s+(?:the\s+)?" + _NAMED + r"\s*[.;]?\s*$")
# the next recipient's share with its verb left out: "X is asked to act on four recommendations and Y on two", "...,
# and the region on a fourth", "... and its management board (on) a fourth" (one more)
_GAPPED_SHARE = re.compile(r"\s*(?:,\s*)?\band\s+(?:(?:the|its|their)\s+)?(?:" + _NAMED + r"|[a-z]+(?:\s+[a-z]+){0,2})\s+"
                           r"(?:(?:on|with)\s+)?(?:(?:a\s+further|another)\s+)?(?:" + _NUM + r"|(?:a|the)\s+" + _ORDINAL
                           + r"|" + _SINGLE + r")\s*[.;]?\s*$")
# shares given only in brackets after each recipient, after a recommendations lead: "Recommendations go to the YJS
# (four), the board (two) and the council (one)", "The recommendations are split between X (3) and Y (2)"; the list
# must end the sentence ("... to the YJS (four) and the police" leaves a share untold)
_BRACKETED_LEAD = re.compile(r"\brecommendations\b[^().;:]{0,80}?(?:\b(?:to|for|at|between|among|amongst)\b|:)", re.I)
_BRACKETED_SHARE = re.compile(r"\s*(?:(?:,|;)\s*)?(?:and\s+)?(?:(?:to|for|at)\s+)?[^(),;.:]{1,60}?\(\s*" + _NUM
                              + r"\s*\)", re.I)
_LIST_END = re.compile(r"[\s.!]*")
# a count out of the report's recommendations: "All three of the report's recommendations are for the board" (the
# total), "Three of the report's recommendations are for X, two are for the region and one is for Y" (shares)
_OF = re.compile(r"\b(?:(all|both)\s+)?" + _NUM + r"\s+of\s+(?:the|its|their|this)\s+(?:\w+[’']s\s+)?"
                 r"(?:\w+\s+)?recommendations\b", re.I)
# the whole a share is told out of: "Each unit receives four of the report’s eight recommendations" (eight in all, not
# eight for each unit)
_SHARE_OF = re.compile(r"\b" + _NUM + r"\s+of\s+(?:the|its|their|this)\s+(?:\w+[’']s\s+)?$", re.I)
_BOTH = re.compile(r"\bboth\s+(?:of\s+)?(?:(?:the|its|their|this)\s+)?(?:\w+[’']s\s+)?recommendations\b", re.I)
# one report's count of several, the others' after it: "X's report makes five recommendations and Y's makes seven",
# "The Bury report makes six recommendations, the Bolton report four"
_NAME = r"(?!(?:The|This|That|Its|Their|Each|Every|Both|An?|One|Another)\b)[A-Z][\w-]*"  # "Kendal", not "The"
_NAMED_REPORT = re.compile(r"(?:[’']s|\b" + _NAME + r")\s+(?:inspection\s+)?report\s+$")
_NEXT_REPORT = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
                          r"(?:[A-Z][\w-]*[’']s(?:\s+report)?|" + _NAME + r"\s+report)\s+"
                          r"(?:(?:makes|contains|has|includes|sets out|carries|gives|lists)\s+)?" + _NUM
                          + r"\b(?!\s+(?!more\b|further\b|recommendations\b|and\b|while\b|whereas\b|but\b)[a-z])")
# a count made by each of several reports (or given to each unit): "Each report makes four recommendations", "each
# of the three reports", "The two reports each make", "Each PDU receives three recommendations", "... four ... each"
_UNITS = r"(?:reports?|units?|PDUs?|services?|teams?|YJSs?|YOTs?|YOSs?)"
_EACH_REPORT = re.compile(r"\b(?:each|every)\s+(?:one\s+)?(?:of\s+the\s+(?:" + _NUM + r"\s+)?)?(?:\w+\s+)?" + _UNITS
                          + r"\b|\b(?:" + _NUM + r"|both)\s+(?:\w+\s+)?" + _UNITS + r"\s+each\b", re.I)
_EACH_AFTER = re.compile(r"\s+(?:each\b(?!\s+of\b)|apiece\b)", re.I)
# the next report's count in a sentence of its own: "The Kendal report makes six recommendations. Penrith's makes three."
_REPORT_START = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*[’']s(?:\s+report)?|" + _NAME + r"\s+report)\s+"
                           r"(?:makes|contains|has|includes|sets out|carries|gives|lists)\s+" + _NUM + r"\b")
# how many reports the release is about: "both reports", "the three reports", "two separate reports"
_REPORTS = re.compile(r"\b(" + _NUM[1:-1] + r"|both)\s+(?:\w+\s+)?reports\b", re.I)
_UNITS_N = re.compile(r"\b(" + _NUM[1:-1] + r"|both)\s+(?:\w+\s+)?" + _UNITS + r"\b", re.I)


# The inspected service or its board named generically in a recommendation ("four are for the PDU", "the
# Management Board should ..."): recipients as much as a named agency is.
_GENERIC_SERVICE = re.compile(r"\b(?:(?:for|to|by|on|at) the (?:PDU|YJS|YOS|YOT|YJT|YJPS|YJP|Y&JS|CRC|service|youth justice service|"
                              r"youth offending (?:service|team)|probation delivery unit|delivery unit)\b(?!\s+nationally)|"
                              r"[Tt]he (?:PDU|YJS|YOS|YOT|YJT|CRC|service) (?:now )?(?:should|must|needs? to|has to|"
                              r"will need to)\b)")
_GENERIC_BOARD = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:(?:local|youth justice|YJS|YOS|YOT|management|partnership|executive|"
                            r"strategic) )?(?:[Mm]anagement )?[Bb]oard\b")


def _shares(rest: str) -> int:
    """The further shares after a first one: "..., two are for the region and one is for the police" -> 3, "..., and a
    sixth at HMPPS" -> 1, "..., and HMPPS one." -> 1."""
    tail = _GAPPED_TAIL.search(rest) or _GAPPED_TAIL_NUMBER_FIRST.search(rest)
    return (sum((_number(m[1]) or 0) if m[1] else 1 for m in _MORE_SHARES.finditer(rest))
            + len(_ORDINAL_SHARE.findall(rest))
            + (_number(tail[1]) or 0 if tail else 0))


def _bracketed_shares(sentence: str) -> int | None:
    """The sum of the shares a sentence gives in brackets after each recipient ("Recommendations go to the YJS (four),
    the board (two) and the council (one)" -> 7); None unless the bracketed list follows a recommendations lead and
    ends the sentence."""
    lead = _BRACKETED_LEAD.search(sentence)
    if not lead:
        return None
    total, end = 0, lead.end()
    while m := _BRACKETED_SHARE.match(sentence, end):
        total, end = total + (_number(m[1]) or 0), m.end()
    return total if end > lead.end() and _LIST_END.fullmatch(sentence, end) else None


def _reports(text: str, sentence: str, services: int) -> int | None:
    """How many reports a count "each report makes" is made by: the number the sentence gives ("each of the three
    reports", "both units ... each"), else the number of reports the release gives ("the three reports"), else the
    number of inspected services if several; None if unknown."""
    for pattern, where in ((_UNITS_N, sentence), (_REPORTS, text)):
        m = pattern.search(where)
        if m:
            return 2 if m[1].lower() == "both" else _number(m[1])
    return services if services > 1 else None


def _count(text: str, s: int, e: int, services: int) -> tuple[int | None, bool]:
    """The number of recommendations one sentence states, or None; and whether it is one named report's alone
    ("X's report makes five recommendations."), which later sentences may add to."""
    sentence = text[s:e]
    m = _COUNT_STATED.search(sentence) or _COUNT_NUMBER.search(sentence)
    if m:
        return _number(next(g for g in m.groups() if g)), False
    if _PAIR_COUNT.search(sentence):
        return 2, False
    m = (_COUNT.search(sentence) or _COUNT_LOOSE.search(sentence) or _COUNT_AS.search(sentence)
         or _COUNT_VERB.search(sentence) or _POINT_LIST.search(sentence))
    if m:
        count = _number(m[1])
        rest = sentence[m.end():]
        total = _TOTAL.match(rest)
        if total:  # "Each report makes five recommendations (20 in all)"
            return _number(total[1]), False
        whole = _OF_THE_WHOLE.match(rest)
        if whole:  # "... four recommendations; the remaining two of the six go to ..."
            return _number(whole[2]), False
        if _SHARE_OF.search(sentence[:m.start()]):  # "four of the report’s eight recommendations (are for X, ...)"
            return count, False
        if _SHARE.match(rest):  # "four recommendations at X and two at Y": the shares, no total
            return (count or 0) + _shares(rest), False
        if _ORDINAL_SHARE.match(rest):  # "three recommendations, with a fourth for its management board"
            return (count or 0) + _shares(rest), False
        gapped = _GAPPED_SHARE.match(rest)
        if gapped:  # "X is asked to act on four recommendations and Y on two" (or "on a fifth": one)
            return (count or 0) + ((_number(gapped[1]) or 0) if gapped[1] else 1), False
        before = sentence[:m.start()]
        if _EACH_REPORT.search(before) or _EACH_AFTER.match(rest):  # "Each report makes four": times the reports
            reports = _reports(text, sentence, services)
            return (count * reports if count is not None and reports else None), False
        if _NAMED_REPORT.search(before):  # "X's report makes five ... and Y's makes seven": one report's and others'
            others = _NEXT_REPORT.findall(rest)
            return (count or 0) + sum(_number(x) or 0 for x in others), not others
        return count, False
    m = _OF.search(sentence)
    if m:
        if m[1]:  # "All three of the report's recommendations"
            return _number(m[2]), False
        more = _shares(sentence[m.end():])  # "Three of ... are for X, two for Y and one for Z"; one share alone is
        if more:                            # no total
            return (_number(m[2]) or 0) + more, False
    if _BOTH.search(sentence):  # "Both of the report's recommendations are for the board"
        return 2, False
    return _bracketed_shares(sentence), False


def _recommendations(doc: Doc, sents, service: dict | None = None, services: int = 1) -> dict:
    """The count the release states and the recipients its recommendation sentences name; ``services``: how many
    services the release inspects (a count "each report makes" is multiplied by it where the text gives no number
    of reports)."""
    text = doc_text(doc)
    count: int | None = None
    recipients: list[str] = []
    ordered = sorted(sents, key=lambda x: x[2] != "RECOMMENDATION")
    for i, (s, e, label) in enumerate(ordered):
        if label not in (None, "RECOMMENDATION"):
            continue
        count, one_report = _count(text, s, e, services)
        if count is not None:
            if one_report and services > 1:  # "... Penrith's report makes three.": the other reports' counts
                count += sum(_number(m[1]) or 0 for s2, e2, label2 in ordered[i + 1:] if s2 > s
                             and label2 in (None, "RECOMMENDATION") and (m := _REPORT_START.match(text, s2, e2)))
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
