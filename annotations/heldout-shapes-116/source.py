"""Builds the shapes held-out set 116 (*.json) from the marked-up texts below: `python source.py` in this directory.

The mark-up, the builder and the gold-fact helpers are the first shapes set's (`../heldout-shapes/source.py`, whose
docstring describes the mark-up). Gold facts (meta) were written with the texts, before any model or rule was run on them.
"""

import runpy
from pathlib import Path

FIRST = runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout-shapes" / "source.py"))
svc, facts = FIRST["svc"], FIRST["gold_facts"]

RI, GOOD, INAD, OUT = "Requires improvement", "Good", "Inadequate", "Outstanding"

RELEASES = [
    # 1. two Anglesey/Gwynedd youth services in one GOV.UK release, each with its own rating
    ("rhosgoch-and-penmorfa-yjs-2024", facts([
        svc("Rhosgoch Youth Justice Service", "Rhosgoch YJS", "YJS", GOOD),
        svc("Penmorfa Youth Justice Service", "Penmorfa YJS", "YJS", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Two north Wales youth justice services inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] has released separate reports today covering [Rhosgoch Youth Justice Service|S] on Anglesey and [Penmorfa Youth Justice Service|S] in Gwynedd.
N| [Rhosgoch|S] was given ‘[Good|R]’, while [Penmorfa|S] landed one grade lower, at ‘[Requires improvement|R]’.
N| Inspectors visited both services in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Rhosgoch, case workers let each child choose Welsh or English, and staff stick to that choice in every session.
W| “In Penmorfa, plans to keep children safe were often written once and then left untouched for months.”

S| Both services had close links with [Betsi Cadwaladr University Health Board|A], so children waited little for mental health support.
W| However, [Penmorfa YJS|S]’s management board rarely asked for figures on reoffending.

R| The reports make nine recommendations, five for [Penmorfa|S] and four for [Rhosgoch|S].
"""),
    # 2. a Cornwall PDU inside its region; previous rating beside
    ("porthgarrow-pdu-2024", facts([
        svc("Porthgarrow Probation Delivery Unit", "Porthgarrow PDU", "PDU", INAD)], "2024-10-08", "2024-05", 6),
     """N| [South West region|S]: [Porthgarrow probation unit|S] judged ‘[Inadequate|R]’

N| Inspectors have given [Porthgarrow Probation Delivery Unit|S] in the [Probation Service – South West region|S], their bottom grade, ‘[Inadequate|R]’.
N| Its previous inspection, in [2021|D], had ended with a ‘[Requires improvement|R]’ rating.
N| Fieldwork took place in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Porthgarrow were stretched so thin that home visits had almost stopped.
W| “Most of the files we read showed no enquiry to [Devon and Cornwall Police|A] about domestic abuse incidents.”

S| On the positive side, the hostel team at the unit’s approved premises were caring and knew residents well.
W| Just 9 of 30 sampled cases contained a plan dealing with the risk to known adults.

R| Of six recommendations, four are for the unit; regional managers get two.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [8 October 2024|D].
"""),
    # 3. Conwy YJS, Outstanding, council page with dd/mm/yyyy date
    ("llanbrynach-yjs-2023", facts([
        svc("Llanbrynach Youth Justice Service", "Llanbrynach YJS", "YJS", OUT)], "2023-06-21", "2023-03", 3),
     """N| [21/06/2023|D]

N| Youth justice team earns top rating

N| [Llanbrynach Youth Justice Service|S] has been awarded the highest possible grade, ‘[Outstanding|R]’, by [HM Inspectorate of Probation|A].
N| The inspection took place in [March 2023|D].

S| Inspectors said the service’s work with children was consistently of a high standard.
S| They commended the way staff kept in touch with children placed in custody far from home.
S| Thanks to close work with [Conwy County Borough Council|A]’s education staff, nearly all children were in school, training or a job.
W| Inspectors did note that out-of-court work was not always recorded in full.

R| The report makes three recommendations.

N| Councillor [Gareth Lloyd|X] said: “I want to thank our youth justice staff, who have worked so hard for this.”
"""),
    # 4. Pembrokeshire YJS, Requires improvement, "rated separately" resettlement
    ("cwmderwen-yjs-2025", facts([
        svc("Cwmderwen Youth Justice Service", "Cwmderwen YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-02-11", "2024-10", 7),
     """N| ‘[Requires improvement|R]’ for [Cwmderwen youth justice service|S]

N| Published: [11 Feb 2025|D]

N| Inspectors have placed [Cwmderwen Youth Justice Service|S] in Pembrokeshire at ‘[Requires improvement|R]’ overall.
W| Resettlement work, rated separately, was ‘[Inadequate|R]’.
N| Fieldwork for the inspection took place in [October 2024|D].

S| Case managers were dedicated and knew the children on their caseload well.
W| However, children coming out of custody frequently lacked a stable home to go to.
W| Disappointingly, the management board had not acted on reports of long waits for speech and language therapy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real commitment in this team.
R| “The board must now find secure housing for each child before the release date.”

R| We have made seven recommendations; [Hywel Dda University Health Board|A] receives one and the service the rest.
"""),
    # 5. Ceredigion YOS 2019, older name
    ("aberdyfan-yos-2019", facts([
        svc("Aberdyfan Youth Offending Service", "Aberdyfan YOS", "YJS", GOOD)], "2019-11-26", "2019-07", 5),
     """N| [Aberdyfan Youth Offending Service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] inspected [Aberdyfan Youth Offending Service|S] (YOS) in Ceredigion in [July 2019|D] and has rated it ‘[Good|R]’.

S| Inspectors were impressed by the YOS’s work to prevent children from being drawn into county lines.
S| Staff had built good relationships with families, including those that were hard to reach.
W| Assessments of safety and wellbeing, however, were inconsistent.
W| Not enough attention was paid to victims in court disposals.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Aberdyfan|S] knows where it is heading, and its staff share that sense of direction.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The inspectorate will publish the report at 00.01 on [26 November 2019|D].
"""),
    # 6. a Cornwall YJS, Requires improvement, local news
    ("trewennack-yjs-2022", facts([
        svc("Trewennack Youth Justice Service", "Trewennack YJS", "YJS", RI)], "2022-09-29", "2022-05", 6),
     """N| Youth justice team told to improve by watchdog

N| By [Jenna Pascoe|X]

N| [Thursday 29 September 2022|D]

N| A watchdog has told [Trewennack Youth Justice Service|S] in Cornwall that it ‘[Requires improvement|R]’.
N| The service was inspected in [May 2022|D].

S| According to the inspectors, staff tenaciously chased up children who missed appointments.
W| But they said the service did not always share information with [Cornwall Council|A]’s children’s social care quickly enough.
W| In too many cases, efforts to protect children from exploitation were judged insufficient.

R| The report makes six recommendations.

N| A spokesperson for the council said: “We accept the findings and have already begun work on an action plan.”
"""),
    # 7. Gwynedd PDU, Requires improvement, region in first sentence, previous rating
    ("llanwenog-pdu-2023", facts([
        svc("Llanwenog Probation Delivery Unit", "Llanwenog PDU", "PDU", RI)], "2023-11-07", "2023-06", 4),
     """N| [Llanwenog probation unit|S] ‘[Requires improvement|R]’

N| Inspectors judged [Llanwenog Probation Delivery Unit|S], in the [Probation Service – Wales region|S], to require improvement, giving it ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [June 2023|D].

S| Inspectors found a committed staff group and a senior manager who was well respected.
W| However, only 14 of the 32 cases inspected showed a good enough assessment of risk of harm.
W| Staff vacancies meant that many probation officers held caseloads far above the target.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are green shoots in Llanwenog.
R| “Leaders now need to check police and children’s services records in every case from day one.”

R| The report makes four recommendations.

N| Notes to editors
N| 1. [Llanwenog PDU|S] covers south Ceredigion.
N| 2. The report will be published on [7 November 2023|D].
"""),
    # 8. Cornwall YOT 2016, no rating, pre-2018 joint inspection with bullet lists
    ("polwithick-yot-2016", facts([
        svc("Polwithick Youth Offending Team", "Polwithick YOT", "YJS", None)], "2016-04-19", "2016-01", 8),
     """N| Youth offending work in Polwithick – joint inspection report

N| [Tuesday, 19th April 2016|D]

N| In [January 2016|D], [HM Inspectorate of Probation|A] and partner inspectorates examined [Polwithick Youth Offending Team|S] (YOT).

N| Inspectors were pleased to find that:
S| • YOT workers knew the children on their caseloads in depth;
S| • work to get children into education was of a high standard.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were often too vague to be useful;
W| • the board had little grasp of how good casework in the YOT was.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The YOT staff are plainly dedicated to the children in their care.”

R| The report makes eight recommendations.
"""),
    # 9. Anglesey YJS, Inadequate
    ("bodwennol-yjs-2024", facts([
        svc("Bodwennol Youth Justice Service", "Bodwennol YJS", "YJS", INAD)], None, "2024-07", 7),
     """N| Anglesey youth justice service rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Bodwennol Youth Justice Service|S] as ‘[Inadequate|R]’, its bottom grade.
N| Inspectors visited the service in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders at Bodwennol had lost sight of what was happening to children.
W| “When staff were worried about a child, they told us, there was nobody they could go to.”

W| The management board met every quarter, but inspectors saw little change come of its meetings.
S| Despite these problems, the service’s victim worker was praised for her careful and sensitive work.

R| Seven recommendations are made, including one for [North Wales Police|A].
"""),
    # 10. Conwy YJS, Good, two aspects
    ("nantgarth-yjs-2021", facts([
        svc("Nantgarth Youth Justice Service", "Nantgarth YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2021-10-12", "2021-06", 4),
     """N| ‘[Good|R]’ rating for [Nantgarth youth justice service|S]

N| Published: [12 Oct 2021|D]

N| [Nantgarth Youth Justice Service|S] in Conwy has been rated ‘[Good|R]’ overall after an inspection carried out remotely in [June 2021|D].
S| Its out-of-court disposal work was judged ‘[Outstanding|R]’.

S| Inspectors praised a joint decision panel with [North Wales Police|A] that diverted many children away from court.
W| Work to assess risk to others was variable, and some assessments had not been updated.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Nantgarth|S] can be rightly proud of its work with children on the edge of the justice system.”

R| The report makes four recommendations.
"""),
    # 11. Cornwall PDU, Requires improvement, 2025
    ("carnvellan-pdu-2025", facts([
        svc("Carnvellan Probation Delivery Unit", "Carnvellan PDU", "PDU", RI)], None, "2024-11", 6),
     """N| [Carnvellan probation unit|S] needs to improve, say inspectors

N| [Carnvellan Probation Delivery Unit|S] has received ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
N| The inspection took place between [11 and 22 November 2024|D].

S| Inspectors found that the unit had strong links with local housing services, so few people left prison without somewhere to stay.
W| Yet in almost half of the cases inspected, child safeguarding work fell short.
W| Worryingly, new staff had been given complex cases before finishing their training.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit is under real strain.”
R| Mr Jones continued: “The region should give [Carnvellan|S] the experienced staff it needs.”

R| The report makes six recommendations.

N| ENDS
"""),
    # 12. Ceredigion YJS, Requires improvement, previous rating beside
    ("tregarthen-yjs-2023", facts([
        svc("Tregarthen Youth Justice Service", "Tregarthen YJS", "YJS", RI)], None, "2022-10", 6),
     """N| [Tregarthen youth justice service|S]: ‘[Requires improvement|R]’

N| [Tregarthen Youth Justice Service|S] in Ceredigion now stands at ‘[Requires improvement|R]’; in [2019|D] inspectors had judged it ‘[Inadequate|R]’.
N| Fieldwork took place in [October 2022|D].

S| Inspectors found that leaders had worked hard to respond to the last inspection.
S| Children were seen promptly, and staff showed a creditable focus on their wellbeing.
W| Unfortunately, plans for children in custody were not always ready before release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tregarthen|S] has moved forward, but work to manage risk to others still lacked depth.”

R| Of the six recommendations made, one goes to [Ceredigion County Council|A].
"""),
    # 13. two PDUs, Pembrokeshire and Cornwall
    ("llanddewi-fawr-and-trevaskis-pdus-2024", facts([
        svc("Llanddewi-Fawr Probation Delivery Unit", "Llanddewi-Fawr PDU", "PDU", RI),
        svc("Trevaskis Probation Delivery Unit", "Trevaskis PDU", "PDU", INAD)], None, "2024-02", 10),
     """N| Two probation units inspected in west Wales and Cornwall

N| [HM Inspectorate of Probation|A] has today issued its findings on [Llanddewi-Fawr Probation Delivery Unit|S] in Pembrokeshire and [Trevaskis Probation Delivery Unit|S] in Cornwall.
N| [Llanddewi-Fawr|S] received ‘[Requires improvement|R]’, and [Trevaskis|S] ‘[Inadequate|R]’.
N| Both units were inspected in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanddewi-Fawr|S] benefits from a settled team that knows its caseload well.
W| “In Trevaskis, a third of posts were vacant, and too many people were supervised by phone alone.”

W| In both units, supervision of domestic abuse perpetrators was inconsistent.

R| Ten recommendations are made, four for [Llanddewi-Fawr|S] and six for [Trevaskis|S].
"""),
    # 14. a CRC 2018, Cornwall, provider named
    ("polmennor-and-carnhoth-crc-2018", facts([
        svc("Polmennor and Carnhoth Community Rehabilitation Company", "Polmennor and Carnhoth CRC", "CRC", RI)],
        None, "2018-08", 7),
     """N| Cornish probation company ‘[Requires improvement|R]’

N| [Her Majesty’s Inspectorate of Probation|A] has rated [Polmennor and Carnhoth Community Rehabilitation Company|S] (CRC) in Cornwall, owned by [Working Links|A], as ‘[Requires improvement|R]’.
N| Fieldwork took place in [August 2018|D].

S| Inspectors said unpaid work placements were well run and appreciated by local communities.
W| However, too many people were seen only briefly, and home visits were rare.
W| Staff were unsure of their roles after repeated restructuring.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC is doing too little to reduce reoffending.”

R| The report makes seven recommendations.
"""),
    # 15. Gwynedd YJS 2025, Good
    ("carnhendre-yjs-2025", facts([
        svc("Carnhendre Youth Justice Service", "Carnhendre YJS", "YJS", GOOD)], None, "2025-02", 2),
     """N| [Carnhendre youth justice service|S] ‘[Good|R]’

N| Inspectors’ overall judgement of [Carnhendre Youth Justice Service|S] in Gwynedd is ‘[Good|R]’.
N| Fieldwork took place in [February 2025|D].

S| The service had a stable and experienced workforce, and children said they trusted their workers.
S| Getting children back into education was a particular strength.
W| In contrast, the health offer for children was limited, with gaps in access to substance misuse support.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The foundations are in place for this service to become outstanding.”

R| The report makes two recommendations.
"""),
    # 16. Cornwall public-protection inspection, no rating
    ("porthcarrick-pdu-2025", facts([
        svc("Porthcarrick Probation Delivery Unit", "Porthcarrick PDU", "PDU", None)], "2025-09-09", "2025-04", None),
     """N| Skip to content

N| Public protection inspection: [Porthcarrick Probation Delivery Unit|S]

N| Published: [9 September 2025|D]

N| Context
N| • [Porthcarrick PDU|S], in the [Probation Service – South West region|S], serves west Cornwall.
N| • Inspectors visited the unit in [April 2025|D].

N| Findings
S| • Practitioners understood well the risks their cases posed.
W| • Before sentence, staff did not always ask [Devon and Cornwall Police|A] what they knew.
W| • Home visits to check children were safe happened rarely.
"""),
    # 17. Conwy YJS, Requires improvement, council press release
    ("pentrefoelas-yjs-2022", facts([
        svc("Pentrefoelas Youth Justice Service", "Pentrefoelas YJS", "YJS", RI)], "2022-04-05", "2021-12", 6),
     """N| [05/04/2022|D]

N| Inspection of youth justice service published

N| [Pentrefoelas Youth Justice Service|S] received a ‘[Requires improvement|R]’ rating after inspectors visited in [December 2021|D].

S| The watchdog found that children and families trusted their workers.
W| It said managing the risk children posed to others needed further development.
W| Out-of-court work was not always reviewed by a manager.

N| The council’s cabinet member for children said: “We will act on every recommendation.”

R| The report makes six recommendations.
"""),
    # 18. Anglesey YJS, Good, with one aspect RI
    ("llanelwy-fach-yjs-2020", facts([
        svc("Llanelwy-Fach Youth Justice Service", "Llanelwy-Fach YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], None, "2019-11", 5),
     """N| [Llanelwy-Fach youth justice service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has given [Llanelwy-Fach Youth Justice Service|S] a ‘[Good|R]’ rating.
W| Its resettlement work, given its own rating, was ‘[Requires improvement|R]’.
N| The fieldwork ran between [18 and 22 November 2019|D].

S| The management board was well informed and challenged partners when services fell short.
S| Staff went out of their way to help children find work and training.
W| However, not every child leaving custody had a plan agreed with children’s social care.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children come first in everything this team does.”

R| The report makes five recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 116")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
