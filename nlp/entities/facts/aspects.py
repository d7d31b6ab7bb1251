"""Aspect ratings: the aspect table, the aspects a stretch of text names, and the rating each aspect is given."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from spacy.tokens import Doc

from ...errors import ModelError
from ...vocab import place_key
from ..normalise import normalise_rating, normalise_service, service_place
from ..rules import PATTERNS_DIR
from ..segment import doc_text
from .mentions import _NOTES_START, _PAST, _ents_in, _ratings_in
from .past import _RESUME, _past_after
from .ratings import _OVERALL_CUE, _denied, _names_before
from .service_ratings import _type_nouns

@functools.cache
def load_aspect_table(path: str | Path | None = None) -> dict:
    """The aspect table (aspect names and their patterns, expansions, standards), compiled.

    Default: the project's annotations/patterns/aspects.json, as for a pipeline built with
    ``build_pipeline``. Summaries pass the loaded models' own copy (`facts/aspects.json` inside the models
    directory, covered by its hashes; `train` copies it there).
    """
    if path is None:
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


_ASPECT_STOP = {"and", "of", "the", "with", "for", "on", "work", "disposal", "disposals", "quality", "policy",
                "provision", "statutory"}


def aspect_words(aspect: str) -> set[str]:
    """The words of an aspect name for a loose match (the evaluation's, the role models' training labels):
    "staff" / "staffing", "victims" / "victim", a crude stem is enough.

    >>> sorted(aspect_words("statutory victim work"))
    ['victim']
    """
    return {re.sub(r"(?<=\w\w\w)(?:ing|s)$", "", w) for w in aspect.lower().split() if w not in _ASPECT_STOP}


# "services" names an aspect (the standard for what a unit offers: "leadership, staffing and services were each
# rated", "rated ‘Good’ for the services it offers", "The services available ... were rated") only as an item of
# its own: at the start of the stretch or after punctuation, "and", "or", "for", "its", "their", a possessive, or
# "the" in those places. Beside another word it is the services themselves: "In both services, resettlement ...",
# "Through the Gate services", "health services", "each of the services", "children’s services" (the council's).
_SERVICES_ITEM = re.compile(r"(?:(?:^|[^\w\s-])\s*|\b(?:and|or|for|its|their)\s+|\band\s+to\s+|(?<!children)(?<!people)[’']s\s+|"
                            r"(?:(?:^|[^\w\s-])\s*|\b(?:and|or|for)\s+)the\s+)$", re.I)
_SERVICES_OFFERED = re.compile(r"services (?:it|they) (?:offers?|provides?|delivers?)\b", re.I)


def _services_item(text: str, start: int) -> bool:
    """True when the word "services" at ``start`` is an item of its own (the aspect), see _SERVICES_ITEM."""
    before = text[max(0, start - 30):start]
    return bool(_SERVICES_ITEM.search(before)) or (before.lower().endswith("the ")
                                                    and _SERVICES_OFFERED.match(text, start) is not None)


# "assessment" as the inspectors' own act, their verdict on the service, not the standard it names: "the
# inspectorate’s assessment puts X at ...", "HM Inspectorate of Probation’s overall assessment", "the inspection
# team’s assessment", "in the assessment of inspectors", "the assessment made by inspectors"; and "our assessment"
# where it gives the verdict ("Our assessment is that ...", "In our assessment, ..."), not where a service's
# manager speaks of its work ("our assessment work was rated ...", "our assessment, planning and ...")
_INSPECTORS_BEFORE = re.compile(r"(?:\b(?:inspectorate|inspectors?|inspection(?:\s+team)?|inspectorate\s+of\s+probation|"
                                r"HMI\s+Probation|HMIP)(?:[’']s?|s[’'])|(?P<our>\bour))\s+(?:(?:own|overall|latest|final)\s+)?$",
                                re.I)
_INSPECTORS_AFTER = re.compile(r"\s+(?:(?:made\s+|carried\s+out\s+)?by|of)\s+(?:the\s+)?(?:inspectors?|inspectorate|"
                               r"inspection\s+team|HM\s+Inspectorate|HMI\s+Probation)\b", re.I)
_OUR_VERDICT = re.compile(r"\s+(?:(?:is|was)\s+that|puts?|places?|placed|gives?|gave|finds?|judges?)\b", re.I)


def _inspectors_act(text: str, start: int, end: int) -> bool:
    """True where the word "assessment" at ``text[start:end]`` is the inspectors' verdict (see `_INSPECTORS_BEFORE`)."""
    before = _INSPECTORS_BEFORE.search(text, max(0, start - 60), start)
    if before and before["our"]:
        opened = re.search(r"\bin\s+$", text[max(0, before.start() - 4):before.start()], re.I)
        return bool(opened and text[end:end + 1] == ",") or _OUR_VERDICT.match(text, end) is not None
    return before is not None or _INSPECTORS_AFTER.match(text, end) is not None


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
            if name == "services" and not _services_item(text, m.start()):
                continue
            if name == "assessment" and _inspectors_act(text, m.start(), m.end()):
                continue
            if not taken.intersection(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                found.append((m.start(), name))
    out = []
    for _, name in sorted(found):
        for item in table["expand"].get(name, [name]):
            if item not in out:
                out.append(item)
    if "Through the Gate" in out and "resettlement policy and provision" in out:
        out.remove("resettlement policy and provision")  # "resettlement work ..., Through the Gate,": a CRC's one aspect
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


# the rated things listed after the rating and a colon, where the stretch before it counts them ("both were ‘Good’:")
_LISTED_AFTER = re.compile(r"[’'”\"]?\s*:\s*")
_SEVERAL = re.compile(r"\b(?:both|each|all|areas|aspects|standards)\b", re.I)


_FOR_SERVICE = re.compile(r"[’'”\"]?\s*(?:for|in|at|by)\s+(?:the\s+)?$", re.I)
_FOR_PLACE = re.compile(r"[’'”\"]?\s*(?:for|in|at|by)\s+(?:the\s+)?", re.I)


def _named_after(doc: Doc, text: str, rating, stop: int, places: list[str] | None) -> str | None:
    """The place key of the service named right after a rating ("‘Good’ for X YJS", "‘Inadequate’ in Y"): a
    SERVICE mention, or the bare place of one of the inspected services (``places``), which is not tagged."""
    after = _ents_in(doc, rating.end_char, stop, "SERVICE")
    if after and _FOR_SERVICE.match(text[rating.end_char:after[0].start_char]):
        return place_key(service_place(after[0].text))
    m = _FOR_PLACE.match(text, rating.end_char, stop)
    if m and places:
        rest = place_key(text[m.end():stop])
        return next((p for p in places if re.match(re.escape(p) + r"\b", rest)), None)
    return None


def _rating_owner(doc: Doc, text: str, s: int, rating, stop: int, places: list[str]) -> str | None:
    """Which of several inspected services (``places``, place keys) a rating in a sentence belongs to: the one
    named right after it ("‘Good’ for X YJS", "‘Inadequate’ in Y"), else the last one
    named before it in the sentence, by its name or its bare place ("Y’s resettlement work was rated ...");
    None if the sentence names none."""
    services = [x for x in _ents_in(doc, s, stop, "SERVICE") if place_key(service_place(x.text)) in places]
    named = _named_after(doc, text, rating, stop, places)
    if named in places:
        return named
    before = [(x.start_char, place_key(service_place(x.text))) for x in services if x.end_char <= rating.start_char]
    # a bare place of an inspected service, not tagged ("Retford’s resettlement work ... was ‘Inadequate’")
    lower = text[s:rating.start_char].lower()
    for place in places:
        for m in re.finditer(r"(?<!\w)" + re.escape(place) + r"(?!\w)", lower):
            if text[s + m.start()].isupper():
                before.append((s + m.start(), place))
    if not before:
        # a type noun that fits one of them alone: "Victim work in the division carries a separate grade" beside a CRC
        before = [(s + m.start(), place) for place, nouns in _place_nouns(doc, places).items() if nouns
                  for m in re.finditer(r"\b(?:in|for|at|of|by) the (?:" + "|".join(map(re.escape, nouns)) + r")\b",
                                       text[s:rating.start_char])]
    return max(before)[1] if before else None


def _place_nouns(doc: Doc, places: list[str]) -> dict[str, set[str]]:
    """For each inspected service (place key), the type nouns that stand for it and for no other of them."""
    nouns = {}
    for place in places:
        typed = next((x for x in _ents_in(doc, 0, len(doc_text(doc)), "SERVICE")
                      if place_key(service_place(x.text)) == place and normalise_service(x.text)["type"] != "other"), None)
        nouns[place] = _type_nouns(normalise_service(typed.text)) if typed is not None else set()
    return {p: n - set().union(*(m for q, m in nouns.items() if q != p)) for p, n in nouns.items()}


# "X and Y are each rated separately: the first reached ‘Good’, the second ‘Inadequate’", "The former was rated ...":
# an ordinal standing for one of the aspects named before it (not "the first inspection", "the second year")
_ORDINAL = re.compile(r"\b(?:the\s+)(first|former|second|latter|third)(?:\s+one)?(?=\s*(?:[,‘'“\"]|$)|\s+(?:was|is|were|are|"
                      r"has|have|had|reached|achieved|received|gained|earned|secured|got|came|comes|sits|sat|stands|stood|"
                      r"landed|scored|rated|judged|graded|assessed|at|as|with)\b)", re.I)
_ORDINAL_INDEX = {"first": 0, "former": 0, "second": 1, "latter": -1, "third": 2}
# "were graded separately: ‘Good’ for the first, ‘Inadequate’ for the second": the ordinal after its rating
_ORDINAL_AFTER = re.compile(r"[’'”\"]?\s*for\s+the\s+(first|former|second|latter|third)(?:\s+one)?\b"
                            r"(?!\s+(?:time|inspection|year|report|visit)\b)", re.I)


def _ordinal_aspect(text: str, sents, s: int, before_start: int, rating, table: dict | None) -> str | None:
    """The aspect an ordinal right before ``rating`` stands for ("..., the second ‘Requires improvement’"), or right
    after it ("‘Good’ for the first, ‘Inadequate’ for the second"): the
    aspects named earlier in the sentence, else in the sentence before, counted in order; "the former / the
    latter" of two only. None where no ordinal stands for the rated thing, "" where one does but the count of
    aspects named does not fit it (no aspect is better than a wrong one)."""
    m = _ORDINAL_AFTER.match(text, rating.end_char)
    if m is None:
        for m in _ORDINAL.finditer(text, before_start, rating.start_char):
            pass
        if m is not None and re.search(r"\bfor\s+$", text[max(s, m.start() - 5):m.start()], re.I):
            m = None  # "‘Good’ for the first, ‘Inadequate’ ...": the ordinal is the rating's before
        if m is None or aspects_in(text[m.end():rating.start_char], table):
            return None
    named = aspects_in(text[s:m.start()], table)
    if not named:
        previous = [x for x in sents if x[1] <= s]
        named = aspects_in(text[previous[-1][0]:previous[-1][1]], table) if previous else []
    word = m[1].lower()
    if word in ("former", "latter") and len(named) != 2:
        return ""
    index = _ORDINAL_INDEX[word]
    return named[index] if -len(named) <= index < len(named) else ""


# ratings given as one list, nothing but commas and "and" between them: "rated ‘Good’ and ‘Inadequate’"
_RUN_GAP = re.compile(r"[’'”\"]?\s*(?:,\s*(?:and\s+)?|and\s+)[‘'“\"]?")


def _rating_run(text: str, ratings) -> bool:
    """True where a sentence's two or more ratings are one list ("were rated ‘Good’ and ‘Inadequate’")."""
    return len(ratings) > 1 and all(_RUN_GAP.fullmatch(text, a.end_char, b.start_char)
                                    for a, b in zip(ratings, ratings[1:]))


# the verb of an aspect after a clause or an apposition that describes it
_ASPECT_VERB = (r"(?=\s*(?:was|were|is|are|has|had|got|gets|earned|earns|received|receives|reached|reaches|achieved|"
                r"achieves|scored|scores|secured|secures|won|wins|came|comes|sits|sat|drew|draws)\b)")


def _own_clause(stretch: str) -> str:
    """A stretch less a relative clause or an apposition set off by commas before its verb ("Its organisational
    delivery, which covers leadership and staffing, was rated", "Through the Gate, its resettlement service for
    people leaving prison, got"): the aspects it names describe, they are not rated."""
    return re.sub(r",\s*(?:which|its|their|the)\s.*?," + _ASPECT_VERB, " ", stretch)


def _aspect_ratings(doc: Doc, sents, table: dict | None = None, keep=None, owner: str | None = None,
                    places: list[str] | None = None, main: str | None = None) -> list[dict]:
    """Aspects rated separately: each rating takes the aspects named in its own stretch of the sentence.

    "A and B were rated ‘Good’, while C was rated ‘Inadequate’": the stretch before each rating (after the
    last colon). "rated ‘Good’ for A, ‘Inadequate’ for B": the stretch after it, when it opens with "for".
    ``keep(rating)``, if given, may veto a rating mention (the role model's say, see extract_facts).
    With several inspected services (``places``, the main one first), only the ratings the text ties to
    ``owner`` are read (see `_rating_owner`; a rating tied to none belongs to the main service), and "A was
    rated ‘Good’ for X and ‘Inadequate’ for Y" gives A to each. With one inspected service (``main``, its place
    key), a sentence that names another service and not it rates that one ("At Y YJS, inspected last year,
    resettlement was rated ...").
    """
    text = doc_text(doc)
    out: list[dict] = []
    for s, e, _ in sents[1:]:  # headlines run aspects and the overall rating together
        ratings = _ratings_in(doc, s, e)
        if not ratings or _scale_note(text, ratings):
            continue
        if re.search(r"recommend", text[s:e], re.I):
            continue
        if main and not places:
            keys = {place_key(service_place(x.text)) for x in _ents_in(doc, s, e, "SERVICE")}
            if keys and main not in keys:
                continue  # another service's aspect
        if re.search(r"\brespectively\b", text[s:e], re.I) and not _PAST.search(text, s, ratings[0].start_char):
            # "A and B were rated ‘Good’ and ‘Inadequate’ respectively": the aspects pair with the ratings in order
            named = aspects_in(re.split(r"[:;]", text[s:ratings[0].start_char])[0], table)
            if len(named) == len(ratings) > 1:
                for aspect, rating in zip(named, ratings):
                    item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                    if item not in out:
                        out.append(item)
                continue
        elif (_rating_run(text, ratings) and not _PAST.search(text, s, ratings[0].start_char)
              and not aspects_in(text[ratings[-1].end_char:e], table)):
            # the same without "respectively" ("A and B, each rated on its own, were judged ‘Good’ and
            # ‘Inadequate’"): in order where as many aspects as ratings are named before them; none where the
            # counts differ, as which rating goes with which aspect is not said
            named = aspects_in(_own_clause(_TURN.split(re.split(r"[:;]", text[s:ratings[0].start_char])[-1])[-1]),
                               table)
            if len(named) > 1:
                for aspect, rating in zip(named, ratings) if len(named) == len(ratings) else ():
                    if (keep is not None and not keep(rating)) or (places and len(places) > 1 and (
                            _rating_owner(doc, text, s, rating, e, places) or places[0]) != owner):
                        continue
                    item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                    if item not in out:
                        out.append(item)
                continue
        bounds = [s] + [r.end_char for r in ratings]
        for i, rating in enumerate(ratings):
            stop = ratings[i + 1].start_char if i + 1 < len(ratings) else e
            before = text[bounds[i]:rating.start_char]
            # "rated ‘Good’ for A and for B, but C was rated ‘Requires improvement’": each rating reads its own
            # "for" stretch up to the turn, or else the stretch before it after the turn; after a comma only for the
            # service's own work ("the top grade, ‘Outstanding’, for its work at court")
            trailing = re.match(r"(?:ratings?\s+)?for\b(?!\s+the\s+(?:first|second|third|last)\s+time\b)|"
                                r",\s*for\s+(?:its|their)\s", text[rating.end_char:stop].lstrip(" ’'”\""), re.I)
            own = text[ratings[i - 1].end_char if i else s:rating.start_char]  # this rating's own stretch
            past = None
            for past in _PAST.finditer(own):
                pass
            if _past_after(doc, rating) or (past and not _RESUME.search(own, past.end())) or _denied(doc, rating):
                # a previous inspection's rating, one the service came close to or was kept from ("court work was all
                # that stopped the unit sliding to ‘Inadequate’"), or one denied; the next rating reads this
                # one's stretch too ("Resettlement, rated ‘Inadequate’ last year, is now ‘Good’", "Leadership,
                # which had been rated ‘Inadequate’ at the last inspection, is now rated ‘Good’")
                bounds[i + 1] = bounds[i]
                continue
            if keep is not None and not keep(rating):
                continue
            if places and len(places) > 1 and (_rating_owner(doc, text, s, rating, e, places) or places[0]) != owner:
                continue  # another inspected service's rating
            # tied to a service named right after it: "‘Good’ for X YJS" names whose rating it is, not an aspect
            tied = _named_after(doc, text, rating, stop, places) is not None
            if tied:
                trailing = None
            if re.match(r"[’'”\"]?\s+(?:are|is|must|will|should)\b", text[rating.end_char:stop]):
                continue  # "Services rated ‘Inadequate’ are expected to ...": a rule, not a rating
            ordinal = _ordinal_aspect(text, sents, s, bounds[i], rating, table)
            if ordinal is not None:
                item = {"aspect": ordinal, "rating": normalise_rating(rating.text)}
                if ordinal and item not in out:
                    out.append(item)
                continue
            if trailing:
                stretch = _TURN.split(text[rating.end_char:stop], maxsplit=1)[0]
            else:
                before = _TURN.split(before)[-1]
                if re.search(r"\boverall\b", text[rating.end_char:min(rating.end_char + 12, stop)], re.I):
                    continue  # "rated ‘Good’ overall" (not the next sentence's "Overall, ...")
                # "... was strong: governance and leadership, staff ... were all rated", but "• case supervision: ‘Good’"
                parts = re.split(r"[:;]", before)
                stretch = next((p for p in reversed(parts) if aspects_in(p, table)), parts[-1])
                # "Its organisational delivery, which covers leadership and staffing, was rated ..."
                stretch = _own_clause(stretch)
                also = re.search(r"\bas (?:was|were|did) (.*)", text[rating.end_char:stop])
                if also:  # "... were both rated ‘Good’, as was resettlement policy and provision"
                    stretch += " and " + also[1]
                listed = _LISTED_AFTER.match(text, rating.end_char, stop)
                if listed and _SEVERAL.search(before) and not aspects_in(stretch, table):
                    # "Two areas had ratings of their own, and both were ‘Good’: work with victims and leadership"
                    stretch = _TURN.split(text[listed.end():stop], maxsplit=1)[0]
            if "known as" in stretch:  # "resettlement work ..., known as Through the Gate, ..."
                stretch = stretch.split("known as", 1)[1]
            if tied and not aspects_in(stretch, table):
                # "... was ‘Good’ for X YJS and ‘Inadequate’ for Y YJS": the aspect named before the first rating
                parts = re.split(r"[:;]", text[s:ratings[0].start_char])
                stretch = next((p for p in reversed(parts) if aspects_in(p, table)), "")
            for aspect in aspects_in(stretch, table):
                item = {"aspect": aspect, "rating": normalise_rating(rating.text)}
                if item not in out:
                    out.append(item)
    return out


# "rated ‘Good’ for its leadership" grades one area; "at its first inspection" is this inspection
_ONE_AREA = re.compile(r"[’'”\"]?\s+(?:at|for|in|on)\s+(?!(?:its|the|this|their) (?:latest |recent |most recent |new "
                       r"|first )?(?:inspection|report|visit)\b)")


def _overall_beside_aspects(doc: Doc, sents, service: dict | None, table: dict | None = None) -> str | None:
    """The overall rating where one body sentence gives it with aspect ratings after it: "X has been rated ‘Good’
    at its first inspection ..., and its resettlement work ‘Requires improvement’". The first rating, cued, after
    a mention of the service and no aspect; each later rating after an aspect named since the one before it."""
    if not service:
        return None
    text = doc_text(doc)
    for index, (s, e, _label) in enumerate(sents):
        if index == 0 or _NOTES_START.match(text, s, e):
            if index:
                return None  # nothing after the notes' start is the release's own verdict
            continue
        ratings = _ratings_in(doc, s, e)
        if len(ratings) < 2 or _PAST.search(text, s, ratings[-1].end_char):
            continue
        first = ratings[0]
        if (_past_after(doc, first) or _denied(doc, first) or aspects_in(text[s:first.start_char], table)
                or _ONE_AREA.match(text, first.end_char, e)
                or not _OVERALL_CUE.search(text, s, first.start_char)
                or not _names_before(doc, service, s, first.start_char)):
            continue
        if all(aspects_in(text[a.end_char:b.start_char], table) for a, b in zip(ratings, ratings[1:])):
            return normalise_rating(first.text)
    return None
