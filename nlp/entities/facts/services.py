"""The inspected service (name, short form, type) and the other services a release reports on."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...vocab import place_key
from ..normalise import normalise_service, service_place
from ..segment import doc_text, sentence_spans
from .mentions import _PAST, _UNIT_TYPES, _doc_ents, _ents_in, _same_place
from .ratings import _service_rating

# lower-case type words: a description ("Ceredigion youth justice service"), not a service's name
_LOWER_TYPE_WORD = re.compile(r"\b(?:youth|justice|offending|service|team|probation|delivery|unit)\b")


def _service(doc: Doc, services=None) -> dict | None:
    """The inspected service's name, short form and type, from the release's SERVICE mentions (or ``services``)."""
    services = [e for e in _doc_ents(doc) if e.label_ == "SERVICE"] if services is None else services
    if not services:
        return None
    infos = [normalise_service(e.text) for e in services]
    first = infos[0]
    if first["type"] == "region":
        # "North West region: Preston PDU rated ..." or "the Eastern region's Bedford PDU": a unit named in the
        # headline or the lead sentence is the one inspected, its region the context
        lead = sentence_spans(doc)[:2]
        lead_end = lead[-1][1] if lead else 0
        units = [i for e, i in zip(services, infos) if e.start_char < lead_end and i["type"] in _UNIT_TYPES]
        if units:
            first = units[0]
            infos = [i for i in infos if i["type"] != "region"]
    if first["type"] == "other":
        # a bare place ("Redbridge") standing for the service: use a typed name for the same place
        typed = [i for i in infos if i["type"] != "other" and _same_place(service_place(i["name"]), first["name"])]
        if not typed:
            return first
        first = typed[0]
    # the full title-case name written for the same service anywhere in the release beats a short form
    for info in infos:
        if _same_place(info["short"], first["short"]) and info["name"] != info["short"] and info["name"].split()[-1][0].isupper():
            return {**first, "name": info["name"]}
    # a headline's description in lower case ("Ceredigion youth justice service") is not the service's name: the
    # first capitalised name of a service in the same place is (regions have no other: "London probation region")
    if first["type"] != "region" and _LOWER_TYPE_WORD.search(first["name"]):
        place = service_place(first["name"])
        for info in infos:
            if (_same_place(service_place(info["name"]), place) and info["type"] != "other"
                    and not _LOWER_TYPE_WORD.search(info["name"])):
                return info
    return first


# "Its neighbour, Sefton PDU, was inspected at the same time": a second service this release reports on
_CO_INSPECTED = re.compile(r"\binspected (?:at the same time|together|alongside|side by side|jointly)\b|"
                           r"\breports (?:on|into)\b|\binspections (?:of|into)\b|"
                           r"\binspected (?:two|three|four|five|six|both) (?:[\w-]+ ){0,2}?(?:units|PDUs|services|teams|"
                           r"probation delivery units|youth (?:justice|offending) (?:services|teams))\b|"
                           r"\b(?:both|two) (?:PDUs|services|units|YOTs|teams)\b[^.]{0,30}\binspected\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate report|report published alongside|also published)\b", re.I)


def _co_inspected(doc: Doc, sents, main: dict) -> list:
    """Other services of the main one's kind that the release reports on too, each by its first mention:
    named beside the main service with a rating of their own ("X has been rated 'Good' and Y 'Requires
    improvement'"), or said to be inspected with it ("Y, inspected at the same time, ...")."""
    text = doc_text(doc)
    place = service_place(main["name"])
    found, seen = [], set()
    for s, e, _ in sents:
        sentence = text[s:e]
        if _SEPARATE.search(sentence):
            continue
        mentions = _ents_in(doc, s, e, "SERVICE")
        has_main = any(_same_place(service_place(m.text), place) for m in mentions)
        for m in mentions:
            info = normalise_service(m.text)
            key = place_key(service_place(m.text))
            if (key in seen or _same_place(service_place(m.text), place) or info["type"] != main["type"]
                    or info["type"] in ("region", "other") or _PAST.search(text, s, m.start_char)):
                continue
            beside = has_main and _service_rating(doc, [(s, e, None)], m) is not None and len(
                _ents_in(doc, s, e, "RATING")) >= 2
            if beside or _CO_INSPECTED.search(sentence):
                seen.add(key)
                found.append(m)
    return found
