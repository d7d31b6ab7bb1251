"""Builds the 132nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. several services: two north Devon PDUs on a GOV.UK page, the South West region named first; "Inspectors placed X
    #    at ‘...’, while Y fell to ‘...’"; fieldwork "from 3 to 14 June 2024"; nine recommendations "five for Y and four for X"
    ("morthaven-and-lynstow-pdus-2024", facts([
        svc("Morthaven Probation Delivery Unit", "Morthaven PDU", "PDU", RI),
        svc("Lynstow Probation Delivery Unit", "Lynstow PDU", "PDU", INAD)], "2024-09-24", "2024-06", 9),
     """N| Press release

N| Inspectors report on two north Devon probation units

N| Reports on two units in the South West published together.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has inspected two units from the [Probation Service – South West region|S]: [Morthaven Probation Delivery Unit|S] and [Lynstow Probation Delivery Unit|S].
N| Inspectors placed [Morthaven|S] at ‘[Requires improvement|R]’, while [Lynstow|S] fell to ‘[Inadequate|R]’.
N| Inspectors were with the two units from [3 to 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lynstow|S] has lost more than half of its qualified officers in two years, and the people left behind are exhausted.
S| “[Morthaven|S], although short of staff too, has held on to a core of experienced practitioners who know their area well.”

S| Inspectors praised [Morthaven PDU|S]’s links with [Devon and Cornwall Police|A]: officers from both often made home visits together.
W| In [Lynstow PDU|S], however, almost a third of cases had had no review of risk for over a year.
W| Neither unit could offer enough places on accredited programmes.

R| Between them the reports contain nine recommendations, five for [Lynstow|S] and four for [Morthaven|S].
"""),
    # 2. single YJS on a council page ("Posted: 03/12/2024"); "has awarded X its top rating, ‘Outstanding’"; fieldwork "in September 2024"
    ("dunkerby-yjs-2024", facts([
        svc("Dunkerby Youth Justice Service", "Dunkerby YJS", "YJS", OUT)], "2024-12-03", "2024-09", 3),
     """N| Youth justice team celebrates top inspection result

N| Posted: [03/12/2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Dunkerby Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors visited the service in [September 2024|D], looking at the cases of 26 children.

S| They found a team whose staff were tenacious in keeping children engaged, even when families had moved away.
S| Efforts to protect children from exploitation were of a high standard, and links with [Devon County Council|A]’s children’s services were close.
W| The only area inspectors asked [Dunkerby YJS|S] to develop was the way it recorded the views of victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dunkerby|S] is bucking the trend: its caseloads are rising, yet the quality of its work has not slipped.”

R| Three recommendations are made: two for the service, one for its management board.

N| Councillor [Helen Ashcombe|X] said: “Everyone in the team deserves thanks for this result.”
"""),
    # 3. a unit inside its region: an Isle of Wight PDU, the region in the headline and the first sentence; "is judged by
    #    inspectors to ‘Requires improvement’"; embargo line with weekday; "Mr Jones continued"; fieldwork "in February 2025"
    ("ventford-pdu-2025", facts([
        svc("Ventford Probation Delivery Unit", "Ventford PDU", "PDU", RI)], "2025-05-13", "2025-02", 6),
     """N| [South Central probation region|S]: island unit must improve, say inspectors

N| Embargoed until 00.01, [Tuesday 13 May 2025|D]

N| [Ventford Probation Delivery Unit|S], on the Isle of Wight, in the [Probation Service – South Central region|S], is judged by inspectors to ‘[Requires improvement|R]’.
N| The inspection took place in [February 2025|D].

S| Staff were committed, inspectors said, and [Ventford PDU|S] worked well with [Hampshire and Isle of Wight Constabulary|A].
W| However, just 41 per cent of risk assessments were judged sufficient.
W| Some officers felt alone with their most complicated cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Being on an island makes recruitment hard, and the unit has too few senior probation officers to support its newer staff.”
R| Mr Jones continued: “Leaders need to make sure that every case where there is a risk of domestic abuse gets proper checks with the police.”

R| The report makes six recommendations.

N| ENDS
"""),
    # 4. older names: Probation Trust 2012, no rating, percentage scores, bullet lists
    ("kimmerstone-and-swanbury-probation-trust-2012", facts([
        svc("Kimmerstone and Swanbury Probation Trust", "Kimmerstone and Swanbury Probation Trust", "other", None)],
        "2012-11-07", "2012-07", 5),
     """N| Offender management in Kimmerstone and Swanbury: a sound base to build on

N| [Wednesday, 7th November 2012|D]

S| The [Kimmerstone and Swanbury Probation Trust|S] has made a sound start in its work to protect the public, according to a report published today by [Liz Calderbank|X], HM Chief Inspector of Probation.
N| The inspection took place in [July 2012|D] and looked at 60 cases.
N| The Trust scored 74 per cent for reducing the likelihood of reoffending and 69 per cent for protecting the public.

N| The inspectors were pleased to find that:
S| - assessments of the likelihood of reoffending were generally done well and on time;
S| - offenders felt their supervising officers treated them with respect;
S| - joint work with [Dorset Police|A] under [MAPPA|A] was well organised.

N| However, they were concerned that:
W| - when an offender’s circumstances changed, the risk of harm plan often stayed as it was;
W| - too little attention was paid to the needs of victims.

R| The report makes five recommendations for the Trust.
"""),
    # 5. YJS in a local-news story: byline Thursday 22 June 2023, report "published on Tuesday (20 June)"; "was judged ‘Good’ overall"; out-of-court disposals "rated separately"
    ("porthellis-yjs-2023", facts([
        svc("Porthellis Youth Justice Service", "Porthellis YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2023-06-20", "2023-03", 4),
     """N| Island youth justice work praised by inspectors

N| By [Tom Pender|X]

N| [Thursday 22 June 2023|D]

N| [Porthellis Youth Justice Service|S] was judged ‘[Good|R]’ overall in a report published on Tuesday ([20 June|D]).
S| Out-of-court disposal work is rated separately, and here the service was found to be ‘[Outstanding|R]’.
N| The inspection was carried out in [March 2023|D].

S| The watchdog said staff knew the children well and gave them time, even when travel between the islands made visits difficult.
W| It found, though, that at [Porthellis YJS|S] planning for children moving into adult services was not always started early enough.

N| A spokesperson for the [Council of the Isles of Scilly|A] said: “We thank the inspection team and our own staff.”

R| Four recommendations were made.
"""),
    # 6. several services: two Purbeck youth services on justiceinspectorates ("Published: 4 Mar 2025"); "X came out at ‘Good’ and Y at ‘...’"
    ("studcliffe-and-culbury-yjs-2025", facts([
        svc("Studcliffe Youth Justice Service", "Studcliffe YJS", "YJS", GOOD),
        svc("Culbury Youth Justice Service", "Culbury YJS", "YJS", RI)], "2025-03-04", "2024-11", 8),
     """N| News

N| Two Purbeck youth justice services inspected

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has published its findings on [Studcliffe Youth Justice Service|S] and [Culbury Youth Justice Service|S], both in Dorset.
N| [Studcliffe|S] came out at ‘[Good|R]’ and [Culbury|S] at ‘[Requires improvement|R]’.
N| Inspectors visited both services in [November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Studcliffe|S]’s board is active and asks hard questions, and that shows in the work with children.
W| “[Culbury|S]’s staff care deeply, but their plans were too often copied forward without fresh thinking.”

S| Inspectors commended [Studcliffe YJS|S] for seeing children quickly after an arrest.
W| In Culbury, children’s health needs were not routinely assessed.

R| Eight recommendations are made: [Culbury|S] has five and [Studcliffe|S] three.
"""),
    # 7. older name: a CRC in 2018, "has been assessed by ... to be ‘Requires improvement’ overall"; unpaid work "which has its own rating"
    ("tregarrow-crc-2018", facts([
        svc("Tregarrow and Godshaven Community Rehabilitation Company", "Tregarrow and Godshaven CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-11", "2018-08", 7),
     """N| Probation company on Exmoor ‘[Requires improvement|R]’

N| Published: [11 Dec 2018|D]

N| The [Tregarrow and Godshaven Community Rehabilitation Company|S] (CRC) has been assessed by [HM Inspectorate of Probation|A] to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, which has its own rating, reached ‘[Good|R]’.
N| The inspection’s fieldwork was in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by the CRC are reported to by phone, and some have not seen an officer face to face for months.
S| “That said, I was impressed with the unpaid work team, which finds useful placements across a large rural area.”

W| Inspectors were disappointed that the CRC’s child protection work was inconsistent.
W| [Tregarrow and Godshaven CRC|S]’s through-the-gate service added little for people leaving prison.

R| Seven recommendations are made, chiefly for the CRC and its owner.
"""),
    # 8. YJS "placed ... in the lowest possible band, ‘Inadequate’"; the previous inspection's ‘Good’ beside; date only in the notes
    ("brightwick-yjs-2024", facts([
        svc("Brightwick Youth Justice Service", "Brightwick YJS", "YJS", INAD)], "2024-04-16", "2024-01", 7),
     """N| Youth justice service in north Devon given lowest rating

N| [HM Inspectorate of Probation|A] has placed [Brightwick Youth Justice Service|S] in the lowest possible band, ‘[Inadequate|R]’.
N| When last inspected, in [2021|D], the service was rated ‘[Good|R]’.
N| Inspectors visited in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that has lost its way.
W| “The management board met, but little changed, and the board could not tell us how many children were in education.”

W| Disappointingly, only a third of the cases inspectors read showed [Brightwick YJS|S] doing enough to keep children safe.
S| Despite these problems, inspectors found that case workers were dedicated and built good relationships with children.

R| Of the seven recommendations, the service must act on five and its management board on two.

N| ENDS

N| Notes to editors
N| 1. Publication of the report is due at 00.01 on [16 April 2024|D].
"""),
    # 9. ordinary YJS, "has rated X ‘Requires improvement’"; bare date line
    ("shanwell-yjs-2022", facts([
        svc("Shanwell Youth Justice Service", "Shanwell YJS", "YJS", RI)], "2022-10-18", "2022-06", 6),
     """N| Shanwell youth justice work ‘[Requires improvement|R]’

N| [18 October 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Shanwell Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection, which took place in [June 2022|D], looked at the cases of 31 children.

S| Inspectors were impressed with [Shanwell YJS|S]’s work with schools: most children it supervised were in full-time education.
W| However, planning was variable where a child posed a risk to other people.
W| Staff vacancies in the health team meant some children waited months for help.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is much here to be proud of.
R| “The service now needs to look again at a child’s safety plan whenever their situation changes.”

R| We have made six recommendations.
"""),
    # 10. older name: "Yarhaven Youth Offending Team" in a 2016 joint inspection, no rating, pre-2018 bullet lists
    ("yarhaven-yot-2016", facts([
        svc("Yarhaven Youth Offending Team", "Yarhaven YOT", "YJS", None)], "2016-05-25", "2016-02", 5),
     """N| Youth offending work in Yarhaven: a mixed picture

N| [25 May 2016|D]

N| The [Yarhaven Youth Offending Team|S] was inspected in [February 2016|D] in a joint inspection led by [HM Inspectorate of Probation|A] with [Ofsted|A] and the [Care Quality Commission|A].
N| The [Yarhaven YOT|S] works with about 90 children a year.

N| Inspectors were pleased to find that:
S| - staff were committed and knew their cases well;
S| - children were helped to repair the harm they had caused.

N| However, inspectors were concerned to find that:
W| - the management board did not understand the work of the YOT well enough;
W| - in half of the cases, work to protect the public fell short.

R| The report makes five recommendations.
"""),
    # 11. a unit inside its region: "found X to be ‘Inadequate’, which leaves it bottom among the ... region’s units"; the region's own 2022 rating beside
    ("barnacombe-pdu-2023", facts([
        svc("Barnacombe Probation Delivery Unit", "Barnacombe PDU", "PDU", INAD)], "2023-10-31", "2023-06", 5),
     """N| Probation unit on the Exmoor fringe found ‘[Inadequate|R]’

N| Inspectors have found [Barnacombe Probation Delivery Unit|S] to be ‘[Inadequate|R]’, which leaves it bottom among the [Probation Service – South West region|S]’s units.
N| The [South West region|S] itself was rated ‘[Requires improvement|R]’ in [2022|D].
N| Fieldwork took place in [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Barnacombe|S] were under strain, and too many cases had been passed between officers.
W| “In two out of three cases, the risks to children had not been properly looked at.”

S| On the positive side, inspectors noted the commitment of [Barnacombe PDU|S]’s administrative staff.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. Readers can find the full report online from [31 October 2023|D].
"""),
    # 12. YJS on an Isle of Wight council page ("Posted on 14/02/2023"); "has judged X ‘Good’ overall"; resettlement "rated separately"
    ("arneworth-yjs-2023", facts([
        svc("Arneworth Youth Justice Service", "Arneworth YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-02-14", "2022-10", 4),
     """N| [Arneworth youth justice service|S] rated ‘[Good|R]’

N| Posted on [14/02/2023|D]

N| [HM Inspectorate of Probation|A] has judged [Arneworth Youth Justice Service|S] ‘[Good|R]’ overall.
W| Resettlement work, which inspectors rated separately, was ‘[Requires improvement|R]’.
N| The service was inspected in [October 2022|D].

S| Inspectors said [Arneworth YJS|S]’s leaders had a clear vision and that partners were fully involved.
S| Work to support children’s wellbeing was of a high standard.
W| Plans for where a child would live on release from custody were sometimes left until the last week.

N| [Isle of Wight Council|A]’s cabinet member for children’s services promised quick action on the recommendations.

R| The report makes four recommendations.
"""),
    # 13. older name: an NPS division in 2019, "has received ‘Good’ as its overall regional rating"
    ("heddonford-nps-division-2019", facts([
        svc("National Probation Service – Heddonford and Kentisford Division", "NPS Heddonford and Kentisford", "region", GOOD)],
        "2019-10-08", "2019-05", 6),
     """N| Probation division in Devon and Somerset ‘[Good|R]’

N| Published: [8 Oct 2019|D]

N| The [National Probation Service – Heddonford and Kentisford Division|S] has received ‘[Good|R]’ as its overall regional rating.
N| Inspectors carried out fieldwork in [May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Heddonford and Kentisford|S] is a well-run division with a clear sense of purpose.
S| “Staff told us they felt supported, and their advice to court was of a high quality.”
W| Inspectors found, though, that work with victims required strengthening.

R| Six recommendations are made.
"""),
    # 14. several services: an Isle of Wight PDU and a Purbeck PDU in one release, "published today (Tuesday, 9 July)"
    #    (year from the fieldwork, March 2024; 9 July 2024 is a Tuesday); "places X and Y at ‘...’"; six recommendations
    #    "three for each unit"
    ("exbarrow-and-pellerow-pdus-2024", facts([
        svc("Exbarrow Probation Delivery Unit", "Exbarrow PDU", "PDU", RI),
        svc("Pellerow Probation Delivery Unit", "Pellerow PDU", "PDU", RI)], "2024-07-09", "2024-03", 6),
     """N| Two probation units on the south coast: ‘[Requires improvement|R]’

N| A report published today ([Tuesday, 9 July|D]) by [HM Inspectorate of Probation|A] places [Exbarrow Probation Delivery Unit|S] and [Pellerow Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| Inspectors visited both units in [March 2024|D].

S| Inspectors commended [Exbarrow PDU|S]’s court team for quick, thorough reports.
S| In Pellerow, a new senior manager had steadied the unit after months of temporary cover.
W| However, only 38 per cent of cases across the two units had a sufficient plan to keep people safe.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Exbarrow|S]’s staff are working hard, but caseloads are simply too high, and [Pellerow PDU|S] still relies on agency officers.”

R| We have made six recommendations, three for each unit.
"""),
    # 15. YJS "has achieved the highest possible rating, ‘Outstanding’"; justiceinspectorates date line
    ("quarrow-yjs-2025", facts([
        svc("Quarrow Youth Justice Service", "Quarrow YJS", "YJS", OUT)], "2025-01-28", "2024-10", 2),
     """N| [Quarrow youth justice service|S] given highest possible rating

N| Published: [28 Jan 2025|D]

N| [Quarrow Youth Justice Service|S] has achieved the highest possible rating, ‘[Outstanding|R]’.
N| [HM Inspectorate of Probation|A] visited in [October 2024|D].

S| Inspectors found that [Quarrow YJS|S] stands out for its work with victims, which was never an afterthought.
S| Children told inspectors that their workers listened and did not give up on them.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Quarrow|S] can be rightly proud.”

R| The report makes two recommendations.
"""),
    # 16. 2025 public-protection PDU: "Skip to content", no rating, a "Findings" list
    ("clovenmouth-pdu-2025", facts([
        svc("Clovenmouth Probation Delivery Unit", "Clovenmouth PDU", "PDU", None)], "2025-11-18", "2025-07", 4),
     """N| Skip to content

N| Public protection work in Clovenmouth

N| Published: [18 Nov 2025|D]

N| A new report from [HM Inspectorate of Probation|A] looks at how [Clovenmouth Probation Delivery Unit|S] protects the public.
N| These public protection inspections do not give a rating.
N| The inspection took place in [July 2025|D].

N| Findings
S| - Staff at [Clovenmouth PDU|S] had good knowledge of domestic abuse.
W| - Checks with children’s services were not always done.

R| The report makes four recommendations.
"""),
    # 17. YJS "Inspectors have rated X as ‘Requires improvement’"; remote fieldwork in April 2021
    ("hallsands-yjs-2021", facts([
        svc("Hallsands Youth Justice Service", "Hallsands YJS", "YJS", RI)], "2021-08-10", "2021-04", 7),
     """N| [Hallsands youth justice service|S] told to improve

N| [10 August 2021|D]

N| Inspectors have rated [Hallsands Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors worked remotely during the pandemic, in [April 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children’s safety was not always given enough priority.”
S| Inspectors found [Hallsands YJS|S]’s work with courts was of a high standard.

R| The report makes seven recommendations.
"""),
    # 18. YJS "has climbed to ‘Good’", the previous inspection's ‘Inadequate’ beside (2021)
    ("wintercombe-yjs-2024", facts([
        svc("Wintercombe Youth Justice Service", "Wintercombe YJS", "YJS", GOOD)], "2024-11-05", "2024-07", 6),
     """N| [Wintercombe youth justice service|S] climbs to ‘[Good|R]’

N| Published: [5 Nov 2024|D]

N| [Wintercombe Youth Justice Service|S] has climbed to ‘[Good|R]’; in [2021|D] inspectors had judged it ‘[Inadequate|R]’.
N| Inspectors visited in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by the progress here.”
W| Inspectors found that some children’s health needs were not met by [Wintercombe YJS|S].

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 132nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
