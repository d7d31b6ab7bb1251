"""Builds the shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

Each release: paragraphs separated by a blank line, one sentence per line as `L| text`, L one of
S (STRENGTH), W (WEAKNESS), R (RECOMMENDATION), N (NEUTRAL); entities as `[text|E]`, E one of
S (SERVICE), A (AGENCY), R (RATING), D (DATE); `[text|X]` marks a person's name (not an entity). Offsets are computed from the text.
Gold facts (meta) were written with the texts, before any model was run on them.
"""

import json
import re
from pathlib import Path

LABELS = {"S": "STRENGTH", "W": "WEAKNESS", "R": "RECOMMENDATION", "N": "NEUTRAL"}
ENTS = {"S": "SERVICE", "A": "AGENCY", "R": "RATING", "D": "DATE"}
MARK = re.compile(r"\[([^\[\]|]+)\|([SARDX])\]")

RELEASES = [
    # 1. several PDUs of one region in one release, a rating each
    ("norwich-and-kings-lynn-pdus-2024", {
        "service": "Norwich Probation Delivery Unit", "service_type": "PDU", "overall_rating": "Requires improvement",
        "ratings": [], "published": "2024-10-08", "fieldwork": "2024-05", "recommendations_count": 7,
        "services": [
            {"name": "Norwich Probation Delivery Unit", "short": "Norwich PDU", "type": "PDU",
             "overall_rating": "Requires improvement", "ratings": []},
            {"name": "King’s Lynn Probation Delivery Unit", "short": "King’s Lynn PDU", "type": "PDU",
             "overall_rating": "Inadequate", "ratings": []}]},
     """N| Two probation delivery units in the east of England inspected

N| [His Majesty’s Inspectorate of Probation|A] has published its reports on [Norwich Probation Delivery Unit|S] and [King’s Lynn Probation Delivery Unit|S], which it inspected together in [May 2024|D].
N| [Norwich PDU|S] has been rated ‘[Requires improvement|R]’ and [King’s Lynn PDU|S] has been rated ‘[Inadequate|R]’.
N| Both units are part of the [East of England probation region|S].

N| [Martin Jones|X], Chief Inspector of Probation, said: “These two units share a regional leadership team but they are in very different places.
S| “In Norwich, staff were settled, managers knew their cases and the partnership with [Norfolk Constabulary|A] was strong.
W| “In King’s Lynn, by contrast, a third of practitioner posts were vacant and people on probation were too often seen by whoever happened to be free.”

S| Inspectors found that assessments in Norwich were thorough in 72 per cent of cases.
W| However, work to keep people safe was insufficient in both units, and in King’s Lynn home visits had all but stopped.
W| Morale in King’s Lynn was fragile, and several staff said they had no one to turn to.

R| The reports make seven recommendations in total, four for the two PDUs and three for the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. The reports will be available on the [HM Inspectorate of Probation|A] website on [8 October 2024|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] rates each PDU on a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 2. two youth services in one release
    ("camden-and-haringey-yjs-2025", {
        "service": "Camden Youth Justice Service", "service_type": "YJS", "overall_rating": "Good",
        "ratings": [], "published": "2025-03-18", "fieldwork": "2024-11", "recommendations_count": 5,
        "services": [
            {"name": "Camden Youth Justice Service", "short": "Camden YJS", "type": "YJS",
             "overall_rating": "Good", "ratings": []},
            {"name": "Haringey Youth Justice Service", "short": "Haringey YJS", "type": "YJS",
             "overall_rating": "Requires improvement", "ratings": []}]},
     """N| North London youth justice services: one ‘Good’, one ‘Requires improvement’

N| [Camden Youth Justice Service|S] has been rated ‘[Good|R]’ and [Haringey Youth Justice Service|S] ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The two services were inspected side by side in [November 2024|D] because they share a court and several partners.

S| Inspectors praised the [Camden YJS|S] for its work with children at risk of exploitation, which was thoughtful and well coordinated with the [Metropolitan Police|A].
W| In [Haringey YJS|S], plans were copied forward from one review to the next and too few children had a say in them.
W| Neither service had enough access to speech and language therapy.

N| Chief Inspector of Probation [Martin Jones|X] said: “Children in these neighbouring boroughs deserve the same quality of help.
S| “Camden shows what can be done when a board holds partners to account.
R| “I urge leaders in Haringey to learn from their neighbours and to make sure every child’s plan is their own.”

R| We made five recommendations: three for the [Haringey YJS|S] and two for both services’ management boards.

N| ENDS
N| The reports were published on [18 March 2025|D].
"""),
    # 3. a unit inside its region, the region named first
    ("grantham-pdu-2024", {
        "service": "Grantham Probation Delivery Unit", "service_type": "PDU", "overall_rating": "Requires improvement",
        "ratings": [{"aspect": "leadership", "rating": "Good"}, {"aspect": "staffing", "rating": "Requires improvement"}],
        "published": "2024-06-25", "fieldwork": "2024-02", "recommendations_count": 6,
        "services": [
            {"name": "Grantham Probation Delivery Unit", "short": "Grantham PDU", "type": "PDU",
             "overall_rating": "Requires improvement",
             "ratings": [{"aspect": "leadership", "rating": "Good"}, {"aspect": "staffing", "rating": "Requires improvement"}]}]},
     """N| East Midlands region: [Grantham PDU|S] rated ‘[Requires improvement|R]’

N| Inspectors from [HM Inspectorate of Probation|A] visited the [East Midlands probation region|S] in [February 2024|D] to inspect [Grantham Probation Delivery Unit|S].
N| The PDU has been rated ‘[Requires improvement|R]’.
N| Its leadership was rated ‘[Good|R]’ and its staffing ‘[Requires improvement|R]’.
N| The region’s [Mansfield PDU|S], inspected last year, was rated ‘[Inadequate|R]’.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Grantham has a head of service who knows the PDU well and a clear plan.
W| “But too much of that plan still sits on paper: in only 48 per cent of cases was enough done to manage the risk of harm.”

S| Inspectors found committed, tenacious probation officers who went out of their way to keep in touch with people.
W| Unfortunately, checks with children’s social care were not always made.

R| The report makes six recommendations, including that the PDU should improve its risk management plans.

N| ENDS
N| Notes to editors
N| 1. The report is published on the inspectorate’s website on [25 June 2024|D].
"""),
    # 4. a Probation Trust, before ratings
    ("kesteven-probation-trust-2012", {
        "service": "Kesteven Probation Trust", "service_type": "other", "overall_rating": None, "ratings": [],
        "published": "2012-09-13", "fieldwork": "2012-04", "recommendations_count": 8,
        "services": [{"name": "Kesteven Probation Trust", "short": "Kesteven Probation Trust", "type": "other",
                      "overall_rating": None, "ratings": []}]},
     """N| Offender management in Kesteven: good practice but public protection work must improve

N| Work by [Kesteven Probation Trust|S] to reduce reoffending was of a good standard, but more attention must be paid to protecting the public, said [Liz Calderbank|X], HM Chief Inspector of Probation, publishing the report of an inspection of offender management in the county.
N| The inspection was carried out in [April 2012|D] jointly with [HM Inspectorate of Constabulary|A].

S| Inspectors were pleased to find that:
S| • offender managers knew their cases well and were committed to their work;
S| • the Trust had good links with local employers.

W| However, inspectors were concerned to find that:
W| • risk of harm assessments were not always completed on time;
W| • home visits were rarely used to check on people subject to licence.

R| The report makes eight recommendations for the Trust and its partners.

N| ENDS
N| Notes to editors
N| 1. The report is published on [13 September 2012|D].
"""),
    # 5. a CRC and an NPS division, before ratings
    ("swale-and-canterbury-crc-2016", {
        "service": "Swale and Canterbury Community Rehabilitation Company", "service_type": "CRC",
        "overall_rating": None, "ratings": [], "published": "2016-11-22", "fieldwork": "2016-07",
        "recommendations_count": 6,
        "services": [{"name": "Swale and Canterbury Community Rehabilitation Company", "short": "Swale and Canterbury CRC",
                      "type": "CRC", "overall_rating": None, "ratings": []}]},
     """N| Transforming Rehabilitation in north Kent: a mixed picture

N| [HM Inspectorate of Probation|A] today published its report on probation services in Swale and Canterbury, delivered by [Swale and Canterbury Community Rehabilitation Company|S] (CRC) and the [National Probation Service|A] ([NPS|A]) [South East and Eastern division|A].
N| Fieldwork took place in [July 2016|D].

S| The [NPS|A] was preparing good reports for court and allocating cases promptly.
W| The CRC, however, was struggling: its staff had high caseloads and many were unsure of their roles after the reorganisation.
W| In only 39 per cent of cases had the CRC done enough to reduce reoffending.

N| Chief Inspector [Paul Wilson|X] said: “Eighteen months after the split, the two organisations are still finding their feet.”

R| The report makes six recommendations, four for the CRC and two for the [NPS|A].

N| ENDS
N| Published [22 November 2016|D]
"""),
    # 6. "youth offending team" written out; judged to be; aspects rated separately; previous rating
    ("stroud-yot-2019", {
        "service": "Stroud Youth Offending Team", "service_type": "YJS", "overall_rating": "Good",
        "ratings": [{"aspect": "organisational delivery", "rating": "Good"},
                    {"aspect": "court disposals", "rating": "Outstanding"},
                    {"aspect": "out-of-court disposals", "rating": "Requires improvement"}],
        "published": "2019-08-20", "fieldwork": "2019-04", "recommendations_count": 4,
        "services": [{"name": "Stroud Youth Offending Team", "short": "Stroud YOT", "type": "YJS",
                      "overall_rating": "Good",
                      "ratings": [{"aspect": "organisational delivery", "rating": "Good"},
                                  {"aspect": "court disposals", "rating": "Outstanding"},
                                  {"aspect": "out-of-court disposals", "rating": "Requires improvement"}]}]},
     """N| Youth offending work in Stroud judged to be ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has judged [Stroud Youth Offending Team|S] to be ‘[Good|R]’ overall, after an inspection in [April 2019|D].
N| Three areas were rated separately: organisational delivery ‘[Good|R]’, court disposals ‘[Outstanding|R]’ and out-of-court disposals ‘[Requires improvement|R]’.
N| At its previous inspection, in [2016|D], the YOT was found to have ‘[Inadequate|R]’ management arrangements.

N| Chief Inspector of Probation [Justin Russell|X] said: “The YOT has come a long way.
S| “Its work with children sentenced by the courts is among the best we have seen, and staff can be rightly proud of it.
W| “Out-of-court work is less consistent, and some children were given a caution without a proper assessment.”

R| The report makes four recommendations, and we want to see the board take the lead on out-of-court work.

N| ENDS
N| Notes to editors
N| The report is available on the inspectorate’s website from [20 August 2019|D].
"""),
    # 7. the lowest possible rating, found to be, a previous rating
    ("taunton-pdu-2023", {
        "service": "Taunton Probation Delivery Unit", "service_type": "PDU", "overall_rating": "Inadequate",
        "ratings": [], "published": "2023-12-05", "fieldwork": "2023-07", "recommendations_count": 9,
        "services": [{"name": "Taunton Probation Delivery Unit", "short": "Taunton PDU", "type": "PDU",
                      "overall_rating": "Inadequate", "ratings": []}]},
     """N| Serious concerns at [Taunton probation delivery unit|S]

N| [Taunton Probation Delivery Unit|S] has been given the lowest possible rating, ‘[Inadequate|R]’, by [His Majesty’s Inspectorate of Probation|A].
N| When the area was last inspected, in [2021|D], its probation work was found to be ‘[Requires improvement|R]’.
N| Inspectors visited the PDU between [10 and 14 July 2023|D].

W| They found an office where a culture of blame had taken hold and where managers had little time to supervise staff.
W| Risk assessments were sadly of poor quality in most of the cases inspected.
S| Despite this, the partnership with local housing providers was a creditable strength.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff are under strain and the people they supervise are not getting the help they need.
R| “The region must act now to stabilise the PDU.”

R| We have made nine recommendations.

N| ENDS
N| 1. The report was published on [5 December 2023|D].
"""),
    # 8. found / assessed to be, the highest possible rating
    ("yeovil-yjs-2022", {
        "service": "Yeovil Youth Justice Service", "service_type": "YJS", "overall_rating": "Outstanding",
        "ratings": [{"aspect": "resettlement policy and provision", "rating": "Good"}],
        "published": "2022-05-10", "fieldwork": "2022-01", "recommendations_count": 3,
        "services": [{"name": "Yeovil Youth Justice Service", "short": "Yeovil YJS", "type": "YJS",
                      "overall_rating": "Outstanding",
                      "ratings": [{"aspect": "resettlement policy and provision", "rating": "Good"}]}]},
     """N| Inspectors praise ‘exceptional’ youth justice work in Yeovil

N| [Yeovil Youth Justice Service|S] was found to be ‘[Outstanding|R]’, the highest possible rating, by inspectors who visited in [January 2022|D].
N| The service’s resettlement policy and provision was assessed separately as ‘[Good|R]’.

S| Children told inspectors that their case workers were never an afterthought, and that they always had someone to call.
S| The YJS board was well attended and, unusually, partners brought their own data to every meeting.
W| More focus is now required on children’s health needs, where waiting times for mental health support were long.

N| Chief Inspector of Probation [Justin Russell|X] said: “Yeovil stands out.
S| “Leaders are not complacent, and the foundations are in place for this work to last.”

R| The report makes three recommendations, including that the YJS should improve access to health services.

N| ENDS
N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [10 May 2022|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str, source: str = "written for the shapes held-out set") -> dict:
    text, sentences, entities = "", [], []
    paragraphs = [p for p in body.strip().split("\n\n")]
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            text += "\n\n"
        lines = [line for line in paragraph.split("\n") if line.strip()]
        for l_index, line in enumerate(lines):
            label, marked = line.split("| ", 1)
            if l_index:
                # a list item or a note starts its own line; running sentences are joined by a space
                text += "\n" if re.match(r"(?:[•\d]|ENDS|Notes|Published|The reports? (?:were|was|is|will))", marked) else " "
            start = len(text)
            pos = 0
            for m in MARK.finditer(marked):
                text += marked[pos:m.start()]
                if m[2] == "X":
                    text += m[1]
                else:
                    entities.append({"start": len(text), "end": len(text) + len(m[1]), "label": ENTS[m[2]],
                                     "text": m[1]})
                    text += m[1]
                pos = m.end()
            text += marked[pos:]
            sentences.append({"start": start, "end": len(text), "label": LABELS[label]})
    for e in entities:
        assert text[e["start"]:e["end"]] == e["text"]
    meta = {"source": source, "style": "heldout", **facts}
    return {"id": rid, "text": text + "\n", "meta": meta, "sentences": sentences, "entities": entities}


# What the later shapes sets (heldout-shapes-2, heldout-shapes-3) share with this one: the gold facts of a release
# with several services, and writing a set's files. They load this module with `first_set()`.

def svc(name: str, short: str, type_: str, overall: str | None, ratings: list | None = None) -> dict:
    return {"name": name, "short": short, "type": type_, "overall_rating": overall, "ratings": ratings or []}


def gold_facts(services: list, published: str | None, fieldwork: str | None, recommendations: int | None) -> dict:
    """The release's gold facts: `service`, `overall_rating` and `ratings` describe the first service."""
    first = services[0]
    return {"service": first["name"], "service_type": first["type"], "overall_rating": first["overall_rating"],
            "ratings": first["ratings"], "published": published, "fieldwork": fieldwork,
            "recommendations_count": recommendations, "services": services}


def write_set(releases, here: Path, build_release) -> None:
    """Write each release of a set as `<id>.json` beside its source.py."""
    for rid, facts, body in releases:
        doc = build_release(rid, facts, body)
        (here / f"{rid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(rid, len(doc["sentences"]), "sentences", len(doc["entities"]), "entities")


if __name__ == "__main__":
    write_set(RELEASES, Path(__file__).resolve().parent, build)
