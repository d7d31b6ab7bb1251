"""The inspected service (name, short form, type) and the other services a release reports on."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...textio import is_furniture
from ...vocab import place_key
from ..normalise import normalise_service, service_place
from ..segment import doc_text, sentence_spans
from .mentions import _PAST, _UNIT_TYPES, _doc_ents, _ents_in, _same_place, _typed_name
from .coordination import _APPOSITION, _coordinated
from .ratings import _current, _service_rating
from .service_ratings import _CITY_COUNTY, _THE_REST, _generic_rating, _rest_rating

# lower-case type words: a description ("Ceredigion youth justice service"), not a service's name
_LOWER_TYPE_WORD = re.compile(r"\b(?:youth|justice|offending|service|team|probation|delivery|unit)\b")
# the article right before a description: "a Holderness probation unit", "an Orkney youth justice service"
# "a", or "a" and where: "a south-east London probation unit", "an inner-city youth justice team"
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:(?:north|south|east|west|mid|central|inner|outer|northern|southern|eastern|"
                         r"western|rural|urban|coastal|city|small|large|busy)(?:-(?:east|west|central|city))?\s+){0,2}$",
                         re.I)


def _lead_end(doc: Doc) -> int:
    """Where the lead ends: the headline and the first sentence after it that is more than a date line
    ("Embargoed: 00.01 hrs Thursday 17 October 2024", "Published: 12 Mar 2025", "14/05/2024") or page furniture
    ("From: HM Inspectorate of Probation"); date lines and furniture before the headline ("EMBARGOED UNTIL 00:01
    THURSDAY 9 OCTOBER", a GOV.UK page's "Skip to main content" and "Press release") do not count as the headline."""
    text = doc_text(doc)
    spans = sentence_spans(doc)

    def dated(s: int, e: int) -> bool:
        if is_furniture(text[s:e]):
            return True
        return bool(_ents_in(doc, s, e, "DATE")) and not _ents_in(doc, s, e, "SERVICE") and len(text[s:e].split()) <= 10

    headline = next((i for i, (s, e) in enumerate(spans) if not dated(s, e)), 0)
    for s, e in spans[headline + 1:]:
        if not dated(s, e):
            return e
    return spans[-1][1] if spans else 0


# a unit described, not named, between a region and a rating: "East of England region: coastal unit found ‘...’"
_UNIT_NOUN = re.compile(r"\b(?:units?|PDUs?|teams?|offices?)\b")


def _region_rating(doc: Doc, sents, ent) -> str | None:
    """The rating a sentence gives a region itself; not one given to a unit it describes after the region's name
    ("North West region: coastal unit found ‘Inadequate’", "the region has one of its units rated ...")."""
    rating = _service_rating(doc, sents, ent)
    if rating:
        text = doc_text(doc)
        end = next((e for s, e, _ in sents if s <= ent.start_char < e), len(text))
        after = _ents_in(doc, ent.end_char, end, "RATING")
        if after and _UNIT_NOUN.search(text, ent.end_char, after[0].start_char):
            return None
    return rating


def _rated_units(doc: Doc, services, infos) -> list[dict]:
    """The units that each get a rating of their own in a release whose region gets none ("Inspectors
    visited two PDUs in the North West region ... • Preston PDU – ‘Good’ • Chorley PDU – ‘Inadequate’"; "“Our
    South West region has worked hard ...,” said ... She was responding to the report on X PDU, which inspectors
    judged ‘...’"), else the units a sentence lists as reported on: the inspected services, in the order first
    named. Empty when the region is rated or no unit is."""
    sents = [(s, e, None) for s, e in sentence_spans(doc)]
    if any(info["type"] == "region" and _region_rating(doc, sents, ent) for ent, info in zip(services, infos)):
        return []
    # a bare place rated stands for the unit the release names in full ("Reports cover X PDU and Y PDU. Y was
    # found ‘...’ and X ‘...’")
    units = [ent for ent, info in zip(services, infos)
             if info["type"] in _UNIT_TYPES or normalise_service(_typed_name(doc, ent))["type"] in _UNIT_TYPES]
    rated = {place_key(service_place(ent.text)) for ent in units if _service_rating(doc, sents, ent)}
    if len(rated) == 1:
        # one unit alone: only where it is rated in a stretch about this inspection ("When inspectors last reported
        # on one of its units, X PDU, in 2023, they gave it ‘...’" is the region's context)
        text = doc_text(doc)
        rated = {place_key(service_place(ent.text)) for ent in units if _service_rating(doc, sents, ent) and any(
                     a <= ent.start_char < b for s, e, _ in sents if s <= ent.start_char < e
                     for a, b in _current(doc, text, s, e))}
    if not rated:
        # or the units a sentence lists as looked at, reported on or inspected ("Within Probation Service – X
        # region, inspectors looked at Y PDU and Z PDU side by side"), rated or not
        text = doc_text(doc)
        listed = next((_coordinated(doc, text, s, e, ent) for s, e, _ in sents
                       for ent in _ents_in(doc, s, e, "SERVICE") if _REPORTED_ON.search(text, s, ent.start_char)), [])
        if len(listed) >= 2 and all(normalise_service(_typed_name(doc, h))["type"] in _UNIT_TYPES for h in listed):
            rated = {place_key(service_place(h.text)) for h in listed}
    if not rated:
        return []
    units, seen = [], set()
    for ent, info in zip(services, infos):
        key = place_key(service_place(ent.text))
        if key in rated and key not in seen and info["type"] in _UNIT_TYPES:
            seen.add(key)
            units.append(info)
    return units


def _without_history(doc: Doc, services) -> list:
    """The SERVICE mentions without the leading services that are named only in the past ("Last year, neighbouring
    Y PDU was rated ‘Inadequate’. X PDU has now been rated ‘Good’."): a service named only outside the stretches of
    its sentences that speak of this inspection (`_current`) is history, where a later service of the same type is
    named in the present. Unchanged when the first service is named in the present anywhere."""
    text = doc_text(doc)
    spans = sentence_spans(doc)

    def present(ent) -> bool:  # the stretches of one sentence, found only for the mentions asked about
        s, e = next(((s, e) for s, e in spans if s <= ent.start_char < e), (0, 0))
        return e == 0 or any(a <= ent.start_char < b for a, b in _current(doc, text, s, e))

    keys = [place_key(service_place(x.text)) for x in services]
    past = set()
    for key in dict.fromkeys(keys):  # places in the order first named
        if any(present(x) for x, k in zip(services, keys) if k == key):
            break  # the first service named in the present stays first
        past.add(key)
    if not past:
        return services
    first_type = normalise_service(services[0].text)["type"]
    rest = [x for x, k in zip(services, keys) if k not in past]
    if not any(normalise_service(x.text)["type"] == first_type and present(x) for x in rest):
        return services
    return rest


def _same_or_longer(place: str, other: str) -> bool:
    """True where ``other`` is the same place or one that starts with it word for word: a headline shortens a
    town's name ("Bognor youth offending team ..." for Bognor Regis Youth Offending Team)."""
    key, other_key = place_key(place), place_key(other)
    return other_key == key or other_key.startswith(key + " ")


def _spelt_out(info: dict) -> bool:
    """True where a name's type words are its abbreviation written out ("Tolsey youth offending team" for Tolsey
    YOT), not a looser description ("Tolsey probation unit" for Tolsey PDU)."""
    words = info["name"][len(service_place(info["name"])):].split()
    initials = "".join(w[0] for w in words if w.lower() not in ("and", "&", "of")).upper()
    return bool(words) and initials == info["short"].rsplit(" ", 1)[-1].upper()


def _service(doc: Doc, services=None) -> dict | None:
    """The inspected service's name, short form and type, from the release's SERVICE mentions (or ``services``)."""
    services = [e for e in _doc_ents(doc) if e.label_ == "SERVICE"] if services is None else services
    if not services:
        return None
    services = _without_history(doc, services)
    infos = [normalise_service(e.text) for e in services]
    first = infos[0]
    if first["type"] == "region":
        # "North West region: Preston PDU rated ..." or "the Eastern region's Bedford PDU": a unit named in the
        # headline or the lead sentence is the one inspected, its region the context; so are units rated one by
        # one where the region is not ("two PDUs in the North West region ... • Preston PDU – ‘Good’")
        lead_end = _lead_end(doc)
        units = [i for e, i in zip(services, infos) if e.start_char < lead_end and i["type"] in _UNIT_TYPES]
        units = units or _rated_units(doc, services, infos)
        if units:
            first = units[0]
            infos = [i for i in infos if i["type"] != "region"]
    if first["type"] != "region" and _LOWER_TYPE_WORD.search(first["name"]) and not any(
            _same_place(service_place(i["name"]), service_place(first["name"])) and not _LOWER_TYPE_WORD.search(i["name"])
            and i["type"] != "region" for i in infos):
        # a headline's description of a wider place ("Devon probation unit slips a grade") over a lead that names
        # the unit ("Okehampton Probation Delivery Unit, one of ..."): the capitalised name in the lead is the service
        # (the place's region named in capitals, "Probation Service – London region", is not that unit)
        lead_end = _lead_end(doc)
        named = [i for e, i in zip(services, infos) if e.start_char < lead_end and i["type"] in _UNIT_TYPES
                 and not _LOWER_TYPE_WORD.search(i["name"])]
        # or a unit the lead describes in lower case too, which the release names in capitals later ("Devon
        # probation unit must improve" over "A report on the work of the Totnes probation delivery unit" and then
        # "Totnes Probation Delivery Unit"): a place the release names in capitals beats one it never does
        named = named or [i for e, i in zip(services, infos) if e.start_char < lead_end and i["type"] in _UNIT_TYPES
                          and any(_same_or_longer(service_place(i["name"]), service_place(j["name"]))
                                  and j["type"] in _UNIT_TYPES and not _LOWER_TYPE_WORD.search(j["name"])
                                  for j in infos)]
        # or, where the description takes an indefinite article (a headline's or standfirst's "Inspectors praise a
        # Holderness probation unit" over "Withernsea Probation Delivery Unit has been rated ..." after the lead), the
        # first service of its type the release names in capitals after it: "a" describes one of the wider place's
        # units, it never names one
        if not named and _INDEFINITE.search(doc_text(doc), max(0, services[0].start_char - 40), services[0].start_char):
            named = [i for e, i in zip(services, infos) if e.start_char > services[0].start_char
                     and i["type"] == first["type"] and not _LOWER_TYPE_WORD.search(i["name"])]
        if named:
            first = named[0]
    if first["type"] == "other":
        # a bare place ("Redbridge") standing for the service: use a typed name for the same place
        typed = [i for i in infos if i["type"] != "other" and _same_place(service_place(i["name"]), first["name"])]
        if not typed:
            return first
        first = typed[0]
    # the full title-case name written for the same service anywhere in the release beats a short form (an NPS
    # division's too: "NPS Tolsey" in the headline, "National Probation Service – Tolsey Division" after it)
    for info in infos:
        same = _same_place(info["short"], first["short"]) or (
            first["type"] == info["type"] == "region" and first["name"] == first["short"]
            and first["name"].startswith("NPS ") and _same_place(service_place(info["name"]), service_place(first["name"])))
        if same and info["name"] != info["short"] and info["name"].split()[-1][0].isupper():
            return {**first, "name": info["name"]}
    # an abbreviation first ("Tolsey YOT must improve") and its full form written out only in lower case after it
    # ("inspected the Tolsey youth offending team"): the full form is the name, as where it comes first (below)
    if first["name"] == first["short"]:
        for info in infos:
            if _same_place(info["short"], first["short"]) and _LOWER_TYPE_WORD.search(info["name"]) and _spelt_out(info):
                return {**first, "name": info["name"]}
    # a headline's description in lower case ("Ceredigion youth justice service") is not the service's name: the
    # first capitalised name of a service in the same place is (regions have no other: "London probation region");
    # an abbreviation alone is not ("the Droylsden youth offending team ... the Droylsden YOT": the full form written
    # in lower case is the only full name)
    if first["type"] != "region" and _LOWER_TYPE_WORD.search(first["name"]):
        place = service_place(first["name"])
        for info in infos:
            if (_same_or_longer(place, service_place(info["name"])) and info["type"] != "other"
                    and not _LOWER_TYPE_WORD.search(info["name"])
                    and (info["name"] != info["short"] or not _spelt_out(first))):
                return info
    return first


# "Its neighbour, Sefton PDU, was inspected at the same time": a second service this release reports on
_CO_INSPECTED = re.compile(r"\binspected (?:at the same time|together|alongside|side by side|jointly)\b|"
                           r"\breports(?:,[^.;:,]{1,40},)? (?:on|into|cover(?:ing)?)\b|\binspections (?:of|into)\b|"
                           r"\binspected (?:two|three|four|five|six|both) (?:[\w-]+ ){0,2}?(?:units|PDUs|services|teams|"
                           r"probation delivery units|youth (?:justice|offending) (?:services|teams))\b|"
                           r"\b(?:both|two) (?:PDUs|services|units|YOTs|teams)\b[^.]{0,30}\binspected\b|"
                           # "Three probation delivery units in west Suffolk were looked at together"
                           r"\b(?:two|three|four|five|six) (?:[\w-]+ ){0,3}?(?:units|PDUs|probation delivery units|"
                           r"services|teams|youth (?:justice|offending) (?:services|teams))\b[^.]{0,60}\b(?:were|have been)"
                           r" (?:inspected|looked at|visited|examined|assessed)\b|"
                           # the inspection of several named as such: "Inspection results for our two youth justice
                           # services", "Inspectors spent the week of ... with both services"
                           r"\binspect\w*\b[^.]{0,80}?\b(?:both|(?:our|the|all) (?:two|three|four|five|six))\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:units|PDUs|services|teams|YOTs|YJSs|probation delivery units)\b|"
                           # "examined both halves of probation in the area: X CRC, alongside the NPS – Y Division"
                           r"\b(?:examined|inspected|visited|looked at|reported on)\b[^.;]{0,160}?,\s+alongside\b", re.I)
# "X YJS and Y YJS were inspected in turn", "X PDU and Y PDU have both been visited", "Three units in the region, X PDU,
# Y PDU and Z PDU, are the subject of new reports", "..., are covered in reports issued today": a coordinated subject
# inspected or reported on
_INSPECTED_TOGETHER = re.compile(r",?\s*(?:(?:were|have|had)\s+(?:(?:both|each|all|been|now|recently)\s+){0,2}"
                                 r"(?:inspected|visited|looked at|examined)|(?:are|were|have been)\s+(?:(?:both|each|all|"
                                 r"now|today)\s+)?(?:the\s+subjects?\s+of|covered\s+(?:in|by))\s+(?:[\w-]+\s+){0,2}?(?:reports?|"
                                 r"inspections?))\b",
                                 re.I)


def _inspected_together(doc: Doc, text: str, sents, main: dict) -> set[str]:
    """The places of the services a sentence makes, with the main service, the coordinated subject of an inspection
    ("Aylsham Youth Justice Service and Holt Youth Justice Service were inspected in turn"): all of them are
    reported on, whether or not the sentence rates them."""
    place = service_place(main["name"])
    for s, e, _ in sents:
        for m in _ents_in(doc, s, e, "SERVICE"):
            if not _same_place(service_place(m.text), place):
                continue
            heads = _coordinated(doc, text, s, e, m)
            # the units of the main one's kind, a region they belong to set beside them as context ("Three units in
            # the Z region, X PDU, Y PDU and W PDU, are ...")
            kinds = [normalise_service(_typed_name(doc, h)) for h in heads]
            alike = [h for h, info in zip(heads, kinds) if _inspected_alike(info, main)]
            if len(alike) < 2 or any(info["type"] != "region" for h, info in zip(heads, kinds) if h not in alike):
                continue
            # past an apposition to the list: "X PDU and Y PDU, both part of the Z region, have each been inspected"
            aside = _APPOSITION.match(text, heads[-1].end_char, e)
            if _INSPECTED_TOGETHER.match(text, aside.end() if aside else heads[-1].end_char, e):
                return {place_key(service_place(h.text)) for h in alike}
    return set()


# "Inspectors have reported on X PDU and Y PDU", "three units have now been reported on: X PDU, Y PDU and Z PDU",
# "published reports (findings) on X, Y and Z", "Reports from HM Inspectorate of Probation on X PDU and Y PDU, are out
# today", "reports on two units in south Devon, X PDU and Y PDU", "HM Inspectorate of Probation has inspected X PDU and
# Y PDU", "Inspectors who looked at X YJS and Y YJS", "Three reports released together cover X, Y and Z": the services
# listed right after it are the ones reported on
_REPORTED_ON = re.compile(r"\b(?:(?:(?:have|has|had|were|was)\s+(?:now\s+|today\s+|jointly\s+|separately\s+)?(?:been\s+)?reported|"
                          r"(?:inspectors|inspectorate|we|they)\s+report|"
                          r"(?:reports|findings)(?:\s+(?:from|by)\s+[^.;:,‘’]{1,60}?)?)\s+(?:on|into)|"
                          r"(?:(?:have|has|had)\s+(?:now\s+|recently\s+|jointly\s+)?|\b(?:who|which|that)\s+)?"
                          r"(?:inspected|visited|looked (?:side by side |together |jointly )?at|looks? at|spent time (?:in|at|with))|"
                          # "Three reports released together cover X PDU, Y PDU and Z PDU", "Two reports published today by
                          # HM Inspectorate of Probation cover X PDU ... and Y PDU ..."
                          r"\b(?:reports|inspections)\b(?:,[^.;:,]{1,40},)?[^.;:,]{0,60}?\b(?:cover|covers|covering|look at|"
                          r"examine))(?:\s*:)?\s+"
                          r"(?:(?:the\s+)?(?:two|three|four|five|six|both)\b[^,:.;]{0,60}?[,:]\s+)?(?:the\s+)?$", re.I)


def _reported_together(doc: Doc, text: str, sents, main: dict) -> set[str]:
    """The places of the services a sentence lists as reported on together with the main one ("Inspectors have
    reported on X PDU and Y PDU"): a coordinated list right after "reported on", the main service in it and every
    one of its kind. A region, an NPS division or a council beside a unit is its context, never one of them."""
    place = service_place(main["name"])
    for s, e, _ in sents:
        for m in _ents_in(doc, s, e, "SERVICE"):
            if not _REPORTED_ON.search(text, s, m.start_char):
                continue
            heads = _coordinated(doc, text, s, e, m)
            types = {normalise_service(_typed_name(doc, h))["type"] for h in heads}
            if (len(heads) >= 2 and types == {main["type"]} and main["type"] in _UNIT_TYPES
                    and any(_same_place(service_place(h.text), place) for h in heads)):
                return {place_key(service_place(h.text)) for h in heads}
    return set()


_SEPARATE = re.compile(r"\b(?:separate report|report (?:published|released|issued) (?:alongside|the same day|on the same "
                       r"day|at the same time)|also published)\b", re.I)


# a list item giving one service its verdict: "• Preston PDU – ‘Good’", "2. Chorley PDU: rated ‘Inadequate’."
_ITEM_OPEN = re.compile(r"\s*(?:[•◦▪‣·*–—-]|\d{1,2}[.)])?\s*")
_ITEM_GAP = re.compile(r"\s*[–—:,-]?\s*(?:(?:was |has been )?(?:rated|judged|assessed as|found to be)\s+)?[‘'“\"]?")
_ITEM_CLOSE = re.compile(r"[’'”\"]?\s*[.;]?\s*")


def _verdict_items(doc: Doc, sents) -> list:
    """The SERVICE mention of each line of the body that is only a service and its rating, as in a bulleted list
    (the headline "X PDU rated ‘Good’" is not one)."""
    text = doc_text(doc)
    items = []
    for s, e, _ in sents[1:]:
        mentions, ratings = _ents_in(doc, s, e, "SERVICE"), _ents_in(doc, s, e, "RATING")
        line_start = not text[text.rfind("\n", 0, s) + 1:s].strip()
        if (line_start and len(mentions) == 1 and len(ratings) == 1 and mentions[0].end_char <= ratings[0].start_char
                and _ITEM_OPEN.fullmatch(text, s, mentions[0].start_char)
                and _ITEM_GAP.fullmatch(text, mentions[0].end_char, ratings[0].start_char)
                and _ITEM_CLOSE.fullmatch(text, ratings[0].end_char, e)):
            items.append(mentions[0])
    return items


def _kind(info: dict) -> str:
    return "division" if info["type"] == "region" and info["short"].lower().endswith(" division") else info["type"]


def _inspected_alike(info: dict, main: dict) -> bool:
    """Services a release may report on together: units of one kind (PDUs, youth services, CRCs), or a CRC and
    the National Probation Service division of its area (inspected together until 2021). A region is the
    context of its units, not a second service."""
    if info["type"] == main["type"]:
        return info["type"] not in ("region", "other")
    return {_kind(info), _kind(main)} == {"CRC", "division"}


def _co_inspected(doc: Doc, sents, main: dict) -> list:
    """Other services of the main one's kind that the release reports on too, each by its first mention:
    named beside the main service with a rating of their own ("X has been rated 'Good' and Y 'Requires
    improvement'"), said to be inspected with it ("Y, inspected at the same time, ..."), or given their verdict
    in a list that gives the main service its own ("• X PDU – ‘Good’ • Y PDU – ‘Inadequate’")."""
    text = doc_text(doc)
    place = service_place(main["name"])
    items = _verdict_items(doc, sents)
    listed = {place_key(service_place(m.text)) for m in items}
    if place_key(place) not in listed:
        listed = set()
    # a release that says it covers several services ("inspected three PDUs"): each of the main one's kind given a
    # rating of its own is one of them ("X PDU and Y PDU both sit one step higher, at ‘Requires improvement’")
    together = _inspected_together(doc, text, sents, main)
    several = any(_CO_INSPECTED.search(text, s, e) for s, e, _ in sents) or bool(together)
    reported = _reported_together(doc, text, sents, main) | together
    # "X City PDU and Y County PDU ... judged the city unit ‘...’ and gave the county unit ‘...’": where the main
    # service is rated as "the city unit", a service rated as "the county unit" is inspected with it
    kind = _CITY_COUNTY.search(main["name"])
    generic = kind[1].lower() if kind and _generic_rating(doc, sents, main["name"]) is not None else None
    rest_of_list = any(_rest_rating(doc, sents, x) for x in _ents_in(doc, 0, len(text), "SERVICE")
                       if _same_place(service_place(x.text), place))
    # a service the release gives recommendations to is one it reports on, even in its own report published the same
    # day ("Its neighbour, Y YJS, came out as ‘Good’ in a report released the same day ... Y is asked to act on four
    # recommendations"); one in a separate report and nothing more is context
    recommended = {place_key(service_place(x.text)) for s, e, _ in sents if re.search(r"\brecommendations?\b", text[s:e], re.I)
                   for x in _ents_in(doc, s, e, "SERVICE")}
    found, seen = [], set()
    for s, e, _ in sents:
        sentence = text[s:e]
        separate = _SEPARATE.search(sentence) is not None
        # bare places included ("have given Y its highest grade ... and X a"): the tagger's, `ServiceMentions`
        mentions = _ents_in(doc, s, e, "SERVICE")
        has_main = any(_same_place(service_place(m.text), place) for m in mentions)
        for m in mentions:
            info = normalise_service(_typed_name(doc, m))
            key = place_key(service_place(m.text))
            if (key in seen or _same_place(service_place(m.text), place) or not _inspected_alike(info, main)
                    or _PAST.search(text, s, m.start_char) or (separate and key not in recommended)):
                continue
            # given a rating of its own where the sentence names the main service beside another rating, the release
            # says it covers several, the main service shares its subject ("X PDU and Y PDU ... share the same
            # rating"), it is the one rated by name before "the other three" ("X, Y, Z and W ... Z comes out worst,
            # with ‘...’; the other three each receive ‘...’"), or its report came out beside this one's
            paired = has_main and any(_same_place(service_place(h.text), place)
                                      for h in _coordinated(doc, text, s, e, m) if h is not m)
            cue = (has_main and len(_ents_in(doc, s, e, "RATING")) >= 2 or several or paired or separate
                   or (rest_of_list and _THE_REST.search(text, s, e) is not None))
            beside = cue and _service_rating(doc, [(s, e, None)], m) is not None
            # one of "the other three" where the main service is rated by name
            beside = beside or (has_main and _rest_rating(doc, sents, m) is not None)
            other = _CITY_COUNTY.search(info["name"])
            beside = beside or bool(generic and other and other[1].lower() != generic
                                    and _generic_rating(doc, sents, info["name"]) is not None)
            if beside or key in listed or key in reported or _CO_INSPECTED.search(sentence):
                seen.add(key)
                found.append(m)
    return found
