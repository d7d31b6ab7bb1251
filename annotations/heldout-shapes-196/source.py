"""Builds the 196th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

The mark-up, the builder and the gold-fact helpers are the first shapes set's (`../heldout-shapes/source.py`, whose
docstring describes the mark-up). Gold facts (meta) were written with the texts, before any model or rule was run on them.
"""

import runpy
from pathlib import Path

# The first set's source.py, run as a plain module (its files are written only under __main__).
FIRST = runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout-shapes" / "source.py"))
svc, facts = FIRST["svc"], FIRST["gold_facts"]

RI, GOOD, INAD, OUT = "Requires improvement", "Good", "Inadequate", "Outstanding"

RELEASES = [
    # 1. two PDUs of the East of England region on a GOV.UK page, each with its own rating
    ("sandon-and-cottered-pdus-2024", facts([
        svc("Sandon Probation Delivery Unit", "Sandon PDU", "PDU", RI),
        svc("Cottered Probation Delivery Unit", "Cottered PDU", "PDU", INAD)], "2024-05-14", "2024-01", 10),
     """N| Press release

N| Two probation units in Hertfordshire inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its reports on [Sandon Probation Delivery Unit|S] and [Cottered Probation Delivery Unit|S], two units in the [Probation Service – East of England region|S].
N| [Sandon|S] was found to be ‘[Requires improvement|R]’, while [Cottered|S] was given the lowest rating on the scale, ‘[Inadequate|R]’.
N| Inspectors visited the two units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Cottered, practitioners were carrying far more cases than they could manage, and contact with people on licence had become irregular.
S| “[Sandon|S]’s managers, by contrast, have built a stable team that knows its cases well.”

S| Inspectors commended [Sandon PDU|S]’s work with [Hertfordshire Constabulary|A] on domestic abuse call-outs.
W| In both units, many of the cases read had no up-to-date plan for keeping children safe.

R| The reports make ten recommendations, five for each unit.
"""),
    # 2. two youth justice services in a local-news story, the ratings in the other order
    ("graveley-and-wymondley-yjs-2023", facts([
        svc("Graveley Youth Justice Service", "Graveley YJS", "YJS", GOOD),
        svc("Wymondley Youth Justice Service", "Wymondley YJS", "YJS", OUT)], "2023-10-05", "2023-06", 7),
     """N| Two youth justice teams praised by inspectors

N| By [Helen Marsh|X]

N| The inspectorate’s reports on [Graveley Youth Justice Service|S] and [Wymondley Youth Justice Service|S] were published on [5 October 2023|D], after inspectors spent time with both teams in [June 2023|D].
N| [Wymondley|S] earned the highest mark available, ‘[Outstanding|R]’, and [Graveley|S] was assessed as ‘[Good|R]’.

S| Inspectors said [Wymondley|S]’s staff took time to understand each child and kept families closely involved.
S| They also praised [Graveley|S] for getting children quickly in front of mental health workers.
W| However, the report on [Graveley YJS|S] found that work to protect victims was not always planned well.

R| There are seven recommendations in total, three for [Wymondley|S] and four for [Graveley|S].

N| A [Hertfordshire County Council|A] spokesperson said: “We are delighted for both teams.”
"""),
    # 3. a unit inside its region, the region in the headline and its own earlier rating as context
    ("barley-pdu-2024", facts([
        svc("Barley Probation Delivery Unit", "Barley PDU", "PDU", INAD)], "2024-11-19", "2024-07", 6),
     """N| [East of England probation region|S]: [Barley unit|S] falls to the bottom grade

N| [HM Inspectorate of Probation|A] has judged [Barley Probation Delivery Unit|S] ‘[Inadequate|R]’, the bottom of its four-point scale.
N| The [East of England region|S], of which the unit is part, was itself left at ‘[Requires improvement|R]’ by its own inspection in [2023|D].
N| The inspection of the unit took place in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Barley|S]’s staff were doing their best, but there were simply too few of them to keep people safe.
W| “Across more than half the files we read, there was no sign of any check with the police or children’s social care.”

S| Inspectors did find that the unit’s approved premises staff worked closely with people leaving prison.

R| The report makes six recommendations, four for [Barley PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [19 November 2024|D].
"""),
    # 4. a unit inside its region, "judged to", a previous rating beside
    ("kelshall-pdu-2025", facts([
        svc("Kelshall Probation Delivery Unit", "Kelshall PDU", "PDU", RI)], "2025-02-25", "2024-10", 5),
     """N| News

N| [Kelshall probation unit|S]: progress but more to do

N| Published: [25 Feb 2025|D]

N| Inspectors judged [Kelshall Probation Delivery Unit|S] to be ‘[Requires improvement|R]’, a rise of one grade since [2022|D], when it was ‘[Inadequate|R]’.
N| The unit is one of those run by the [Probation Service – East of England region|S].
N| Fieldwork for this inspection took place in [October 2024|D].

S| Inspectors found that leaders had steadied the unit and that staff now felt supported by their managers.
W| However, only 14 of the 32 risk assessments inspectors read were good enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kelshall|S] is in a far better place than when we last visited, and its staff deserve credit for that.
R| “Leaders now need to see that every assessment takes account of what the police and children’s social care already know.”

R| We have made five recommendations.
"""),
    # 5. a Probation Trust in 2013, before ratings, bullet lists
    ("bygrave-and-hinxworth-probation-trust-2013", facts([
        svc("Bygrave and Hinxworth Probation Trust", "Bygrave and Hinxworth Probation Trust", "other", None)],
        "2013-04-23", "2013-01", 8),
     """N| Probation work in Bygrave and Hinxworth – report published

N| [23 April 2013|D]

S| In a report issued today, [Her Majesty’s Inspectorate of Probation|A] says [Bygrave and Hinxworth Probation Trust|S] is making sound progress in cutting reoffending.
N| Inspectors visited the Trust in [January 2013|D] and read 50 cases.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • the Trust worked well with [Bedfordshire Police|A] on integrated offender management.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often late;
W| • work with victims was not always recorded.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Bygrave and Hinxworth|S] has committed staff and much to be proud of.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019, "given the lowest possible rating", unpaid work rated separately
    ("radwell-crc-2019", facts([
        svc("Radwell Community Rehabilitation Company", "Radwell CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-16", "2019-03", 7),
     """N| Embargoed until 00.01 [16 July 2019|D]

N| Probation company given lowest rating by inspectors

N| [Radwell Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], has been given the lowest possible rating, ‘[Inadequate|R]’.
S| Its unpaid work, rated separately, reached ‘[Good|R]’.
N| The inspection was carried out in [March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Plans were missing for a large share of the people on probation here.
W| “Officers with caseloads of over 70 told us they could not keep up.”

S| Unpaid work placements were well run, and local charities told inspectors how much they valued them.

R| Of the seven recommendations, the CRC and [Sodexo Justice Services|A], which owns it, must act on five; [HM Prison and Probation Service|A] receives the other two.
"""),
    # 7. a youth offending team on a council page in 2016, before ratings
    ("clothall-yot-2016", facts([
        svc("Clothall Youth Offending Team", "Clothall YOT", "YJS", None)], "2016-08-09", "2016-05", 4),
     """N| Inspection of youth offending work in Clothall

N| Posted: [09/08/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A] has now published its findings on [Clothall Youth Offending Team|S] (YOT).
N| The inspection took place in [May 2016|D].

N| The inspectors said they found that:
S| • staff had good relationships with the children they supervised;
S| • the YOT management board understood its role well.

N| But they also found that:
W| • risk management plans were seldom reviewed when things changed;
W| • too few children were in full-time education.

R| Four recommendations are made, addressed to the YOT and its partners.

N| Councillor [Peter Royle|X] said: “We will act on the report’s findings.”
"""),
    # 8. a YJS with a previous rating beside and an evaluative verb
    ("kensworth-yjs-2024", facts([
        svc("Kensworth Youth Justice Service", "Kensworth YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-03-26", "2023-11", 6),
     """N| Press release

N| [Kensworth youth justice service|S] slips to ‘[Requires improvement|R]’

N| Published [26 March 2024|D]

N| Inspectors have assessed [Kensworth Youth Justice Service|S] as ‘[Requires improvement|R]’ overall, down from the ‘[Good|R]’ it held after its last inspection in [2020|D].
W| Resettlement, rated separately by inspectors, came out as ‘[Inadequate|R]’.
N| The inspection took place in [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kensworth|S] has lost some of the strengths we saw last time, and its management board has not held partners to account.”
S| Inspectors were impressed with the team’s diversion work, which kept many children away from court.

R| The report makes six recommendations, including four for the management board.
"""),
    # 9. ordinary YJS, GOV.UK
    ("totternhoe-yjs-2022", facts([
        svc("Totternhoe Youth Justice Service", "Totternhoe YJS", "YJS", GOOD)], "2022-09-13", "2022-05", 4),
     """N| Press release

N| [Totternhoe youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [13 September 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Totternhoe Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Totternhoe|S]’s team is dedicated, and its children are well served.”
S| Inspectors found strong links with [Central Bedfordshire Council|A]’s children’s services.
W| However, out-of-court disposals were not always followed by a clear plan.

S| Mr Russell continued: “Partners such as [Bedfordshire Police|A] and local schools clearly share the service’s ambition for its children.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. [Totternhoe YJS|S] supervises around 60 children at any one time.
"""),
    # 10. ordinary YJS, Outstanding
    ("studham-yjs-2023", facts([
        svc("Studham Youth Justice Service", "Studham YJS", "YJS", OUT)], "2023-02-28", "2022-10", 3),
     """N| [Studham youth justice service|S] rated ‘[Outstanding|R]’

N| Published: [28 Feb 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Studham Youth Justice Service|S] as ‘[Outstanding|R]’.
N| The fieldwork took place in [October 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Studham|S] puts children at the centre of everything it does, and the results show it.”
S| Inspectors praised the speed with which children were seen by health workers.
S| Staff were tenacious in getting children back into education.
W| The one area needing more attention was the way the service recorded its work with victims.

R| The report makes three recommendations to help the service sustain its work.
"""),
    # 11. ordinary PDU
    ("whipsnade-pdu-2022", facts([
        svc("Whipsnade Probation Delivery Unit", "Whipsnade PDU", "PDU", RI)], "2022-06-21", "2022-02", 7),
     """N| Press release

N| [Whipsnade probation unit|S] rated ‘[Requires improvement|R]’

N| Published [21 June 2022|D]

N| Inspectors have rated [Whipsnade Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| The inspection took place in [February 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whipsnade|S]’s staff are committed, but too many posts are vacant and caseloads are too high.”
W| Inspectors found that work to manage the risk of harm was insufficient in over half the cases.
S| On a positive note, the unit had strong links with local housing services.
S| Mr Russell continued: “I was encouraged by the quality of the unit’s court work, where reports were thorough and timely.”

R| The report makes seven recommendations.
"""),
    # 12. ordinary YJS, remote fieldwork
    ("streatley-yjs-2021", facts([
        svc("Streatley Youth Justice Service", "Streatley YJS", "YJS", RI)], "2021-11-02", "2021-07", 6),
     """N| [Streatley youth justice service|S] ‘[Requires improvement|R]’

N| Published: [2 Nov 2021|D]

N| [Streatley Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [July 2021|D].

S| Inspectors were impressed with the way the service kept in touch with children during the pandemic.
W| However, risk plans were not always updated when a child’s circumstances changed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Streatley|S] needs a clearer picture of how well it is doing, and its board has not yet provided one.”

R| The report makes six recommendations.
"""),
    # 13. ordinary YJS, Inadequate, fieldwork between two days
    ("sundon-yjs-2020", facts([
        svc("Sundon Youth Justice Service", "Sundon YJS", "YJS", INAD)], "2020-03-10", "2019-12", 9),
     """N| [Sundon youth justice service|S] rated ‘[Inadequate|R]’

N| Published [10 March 2020|D]

N| [HM Inspectorate of Probation|A] has given [Sundon Youth Justice Service|S] its lowest rating, ‘[Inadequate|R]’.
N| Inspectors visited the service between [2 and 6 December 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “For too long, this service has lacked leadership, and children in Sundon have paid the price.”
W| Inspectors found that the management board met rarely and little changed between meetings.
S| Despite this, case workers had built trusting relationships with many of the children.

R| Nine recommendations are made: seven for the service, two for [Central Bedfordshire Council|A].

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services.
"""),
    # 14. ordinary YJS on a council page
    ("holwell-yjs-2025", facts([
        svc("Holwell Youth Justice Service", "Holwell YJS", "YJS", GOOD)], "2025-01-14", "2024-09", 4),
     """N| [Holwell Youth Justice Service|S] rated ‘[Good|R]’ by inspectors

N| Posted on [14/01/2025|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited [Holwell Youth Justice Service|S] in [September 2024|D] and have rated it ‘[Good|R]’.

S| Inspectors found that children were given the right support at the right time.
S| Work with schools was a particular strength.
W| Inspectors said that work to keep victims safe could be further improved.

R| The report makes four recommendations.

N| The council’s cabinet member for children’s services said: “This result belongs to our staff, and we will build on it.”
"""),
    # 15. a youth offending service (older name), the headline's lower-case description
    ("lilley-and-hexton-yos-2019", facts([
        svc("Lilley and Hexton Youth Offending Service", "Lilley and Hexton YOS", "YJS", RI)],
        "2019-05-21", "2019-01", 6),
     """N| Inspectors publish report on [Lilley and Hexton youth offending service|S]

N| Published: [21 May 2019|D]

N| [HM Inspectorate of Probation|A] has placed [Lilley and Hexton Youth Offending Service|S] (YOS) in its ‘[Requires improvement|R]’ band.
N| Inspectors visited in [January 2019|D].

S| Staff at the YOS were found to know their children well.
W| However, inspectors found that the service’s plans to manage risk were often too general.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Leaders knew about these problems but did too little, too slowly.”

R| The report makes six recommendations.
"""),
    # 16. a 2025 public-protection PDU inspection, no rating, Context / Findings bullets
    ("flamstead-pdu-2025", facts([
        svc("Flamstead Probation Delivery Unit", "Flamstead PDU", "PDU", None)], "2025-10-07", "2025-06", 3),
     """N| Skip to content

N| Public protection inspection: [Flamstead Probation Delivery Unit|S]

N| Published: [7 October 2025|D]

N| [HM Inspectorate of Probation|A]’s report on how [Flamstead Probation Delivery Unit|S] protects the public is published today.
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • The unit supervises around 900 people on the Hertfordshire and Bedfordshire border.

N| Findings
S| • Managers kept a close watch on the unit’s highest-risk cases.
W| • Where a home visit was needed, one was made in fewer than half of the cases.

R| The report makes three recommendations.
"""),
    # 17. ordinary YJS in 2018
    ("nuthampstead-yjs-2018", facts([
        svc("Nuthampstead Youth Justice Service", "Nuthampstead YJS", "YJS", GOOD)], "2018-12-04", "2018-08", 5),
     """N| [Nuthampstead Youth Justice Service|S] rated ‘[Good|R]’

N| Published [4 December 2018|D]

N| [Nuthampstead Youth Justice Service|S] has been rated ‘[Good|R]’, among the first services to be inspected under the new standards of [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [August 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Nuthampstead|S] is well led, and its focus on children is clear.”
W| Inspectors were concerned that some children waited too long for specialist health support.

R| The report makes five recommendations.
"""),
    # 18. ordinary YJS in local news
    ("chalton-yjs-2024", facts([
        svc("Chalton Youth Justice Service", "Chalton YJS", "YJS", RI)], "2024-07-11", "2024-03", 6),
     """N| Youth justice team told it must improve

N| By [Tom Bright|X]

N| [Chalton Youth Justice Service|S] was given a ‘[Requires improvement|R]’ rating in the inspectorate’s report, published on [11 July 2024|D].
N| Inspectors visited the service in [March 2024|D].

W| The watchdog found that too many children had no clear plan for their safety.
S| But it praised staff for their commitment to the children they worked with.
W| Inspectors also said that the service’s work with victims had been given too little attention.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chalton|S] now has a clear picture of where its effort should go.”

R| Six recommendations are set out for the service and its partners.

N| [Central Bedfordshire Council|A] said it accepted the findings in full.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 196th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
