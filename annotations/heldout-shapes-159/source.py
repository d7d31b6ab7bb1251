"""Builds the hundred-and-fifty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Pembrokeshire PDUs on a GOV.UK page, the Wales region named first; "X was found to require improvement,
    #    rated ‘...’, while Y was given ‘...’"; fieldwork "in February 2024"; nine recommendations
    ("goodwick-and-letterston-pdus-2024", facts([
        svc("Goodwick Probation Delivery Unit", "Goodwick PDU", "PDU", RI),
        svc("Letterston Probation Delivery Unit", "Letterston PDU", "PDU", INAD)], "2024-06-11", "2024-02", 9),
     """N| Press release

N| North Pembrokeshire probation units inspected

N| Reports on two probation delivery units in the [Probation Service – Wales region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Inspectors visited [Goodwick Probation Delivery Unit|S] and [Letterston Probation Delivery Unit|S] in [February 2024|D], two of the smaller units of the [Wales region|S].
N| [Goodwick|S] has been given ‘[Requires improvement|R]’, while [Letterston|S] is judged ‘[Inadequate|R]’, the lowest of the four grades.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff in Goodwick are a close team who know the people they supervise well.
W| “[Letterston|S] is a different story: half of its officer posts were empty, and the cases we read showed risks to partners and children left unchecked for weeks.”

S| Inspectors commended [Goodwick PDU|S]’s links with [Pembrokeshire County Council|A]’s housing team.
W| Neither unit had enough interpreters or Welsh-speaking staff to work with people in the language they preferred.
W| In [Letterston PDU|S], fewer than four in ten risk assessments were judged sufficient.

R| Between them the two reports contain nine recommendations: five for [Letterston|S] and four for [Goodwick|S].

N| The regional probation director for Wales said the region would move experienced officers into Letterston this summer.
"""),
    # 2. two Swansea youth justice services in a local-news story; report "published on Tuesday (14 November)" under a
    #    byline of Friday 17 November 2023; the rating sentence in the other order; fieldwork July 2023
    ("killay-and-morriston-yjs-2023", facts([
        svc("Killay Youth Justice Service", "Killay YJS", "YJS", GOOD),
        svc("Morriston Youth Justice Service", "Morriston YJS", "YJS", OUT)], "2023-11-14", "2023-07", 6),
     """N| Swansea youth justice teams earn high marks from inspectors

N| By [Carys Bevan|X]

N| [Friday 17 November 2023|D]

N| The inspectorate’s reports on [Killay Youth Justice Service|S] and [Morriston Youth Justice Service|S] came out on Tuesday ([14 November|D]), after a visit in [July 2023|D].
N| [Morriston|S] was awarded the highest grade, ‘[Outstanding|R]’, with [Killay|S] just behind at ‘[Good|R]’.

S| Inspectors said [Morriston|S]’s staff had built trust with families who had been let down by services before.
S| They also found that children supervised by [Killay|S] were quickly linked up with sport and youth clubs in the area.
W| However, the report on [Killay YJS|S] said that safety plans were often vague about who should act when a child’s situation worsened.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In Morriston we saw some of the best practice in Wales, and [Killay|S] is not far behind.”

R| The reports make six recommendations, four of them for [Killay|S].

N| A spokesperson for [Swansea Council|A] said the council was “delighted” with the results.
"""),
    # 3. a PDU inside its region, the region in the headline; embargo line; "Inspectors inspected X in October 2024";
    #    "given the lowest possible rating"; "Mr Jones continued"; seven recommendations
    ("manorbier-pdu-2025", facts([
        svc("Manorbier Probation Delivery Unit", "Manorbier PDU", "PDU", INAD)], "2025-03-04", "2024-10", 7),
     """N| Embargoed until 00.01, [Tuesday 4 March 2025|D]

N| [Probation Service – Wales region|S]: south Pembrokeshire unit ‘not keeping the public safe’

N| [His Majesty’s Inspectorate of Probation|A] inspected [Manorbier Probation Delivery Unit|S] in [October 2024|D] and has given it the lowest possible rating, ‘[Inadequate|R]’.
N| The unit covers much of the south Pembrokeshire coast and is one of 12 units in the [Wales region|S].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “When we arrived, [Manorbier|S] had lost its senior manager and two of its three middle managers, and nobody was checking the quality of the work.
W| “In far too many cases, domestic abuse call-outs had not been looked into before a plan was written.”

W| Mr Jones continued: “People on licence told us they had been passed between four or five officers over a single year.”

S| Inspectors did find that unpaid work in the unit was well organised, and the charities hosting placements valued it.
W| Contact with [Dyfed-Powys Police|A] about high-risk cases was irregular.

R| The report makes seven recommendations; the unit must act on five of them, and the [Probation Service|A] in Wales on two.

N| ENDS
"""),
    # 4. a PDU inside its region, the region named in the notes; "judged to be ‘...’"; the report day in the notes;
    #    fieldwork "during September 2023"; four recommendations
    ("penclawdd-pdu-2023", facts([
        svc("Penclawdd Probation Delivery Unit", "Penclawdd PDU", "PDU", RI)], "2023-12-12", "2023-09", 4),
     """N| Inspectors tell [Penclawdd probation unit|S] to sharpen its focus on risk

N| [Penclawdd Probation Delivery Unit|S] has been judged to be ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors spent time with the unit during [September 2023|D], reading 36 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Penclawdd|S] has a stable workforce, and its officers gave us a clear account of each person they supervise.
W| “But the unit is not yet doing enough to protect those who might be harmed, and home visits had almost stopped.”

S| Positively, the unit’s work to find accommodation for people leaving prison was effective.
W| Only 14 of the 36 cases had a plan that dealt properly with risk of harm.

R| The report makes four recommendations to improve the unit’s work.

N| ENDS

N| Notes to editors
N| 1. Publication day for the report: [Tuesday 12 December 2023|D], 00.01.
N| 2. [Penclawdd PDU|S] is part of the [Probation Service – Wales region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: bullet lists, "Thursday, 16th May 2013"; fieldwork "in February 2013"
    ("kilgetty-and-begelly-probation-trust-2013", facts([
        svc("Kilgetty and Begelly Probation Trust", "Kilgetty and Begelly Probation Trust", "other", None)],
        "2013-05-16", "2013-02", 8),
     """N| [Kilgetty and Begelly Probation Trust|S] – inspection findings

N| [Thursday, 16th May 2013|D]

S| [Kilgetty and Begelly Probation Trust|S] is doing good work to reduce reoffending, said [Her Majesty’s Inspectorate of Probation|A] in a report published today.
N| The inspection was carried out in [February 2013|D] and looked at 54 cases.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence;
S| • the Trust worked closely with local drug and alcohol services.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were too often not reviewed;
W| • victim contact work was poorly recorded.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff across this Trust are committed and know their local communities well.
R| “They must now give the same care to work that protects the public.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 owned by a named provider; "found to be ‘...’ overall"; unpaid work "rated separately";
    #    fieldwork "in January 2019"; published in the notes
    ("reynoldston-and-knelston-crc-2019", facts([
        svc("Reynoldston and Knelston Community Rehabilitation Company", "Reynoldston and Knelston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-05-21", "2019-01", 6),
     """N| Probation company on the Gower peninsula told to improve

N| Inspectors have judged [Reynoldston and Knelston Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’ overall; the CRC is owned by [Working Links|A].
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors visited the CRC in [January 2019|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC relies far too heavily on telephone calls in place of meetings, and that is not enough.
S| “Unpaid work is a brighter picture: projects are well planned and give people useful tasks in their own communities.”

W| Inspectors were concerned that officers were holding more than 70 cases each.
S| Relationships with the [National Probation Service|A] in court were strong.

R| The report makes six recommendations: four are for the CRC, and two fall to [HM Prison and Probation Service|A].

N| Notes to editors
N| The report was published on [21 May 2019|D].
"""),
    # 7. a youth offending team written out, on a Welsh council page in 2016, before ratings: "12/04/2016"; joint
    #    inspection "led by"; bullet lists; fieldwork "in January 2016"
    ("lamphey-yot-2016", facts([
        svc("Lamphey Youth Offending Team", "Lamphey YOT", "YJS", None)], "2016-04-12", "2016-01", 5),
     """N| Inspection report on Lamphey youth offending work

N| [12/04/2016|D]

N| Today sees the release of the joint inspection report on [Lamphey Youth Offending Team|S] (YOT), a piece of work in which [HM Inspectorate of Probation|A] took the lead, with [Estyn|A] and [Care and Social Services Inspectorate Wales|A].
N| Inspectors visited the team in [January 2016|D].

N| The inspectors were pleased to find that:
S| • case managers had warm and respectful relationships with the children;
S| • most children were in school, college or training.

N| But they were concerned that:
W| • the risk a child posed to other people was often left out of assessments;
W| • the management board did not check whether its decisions had made any difference.

R| The report makes five recommendations for the [Lamphey YOT|S] and its partners.

N| The council’s cabinet member for children said: “The findings are fair, and an action plan is being drawn up.”
"""),
    # 8. a Youth Offending Service in 2019: "assessed as ‘...’"; resettlement "given its own rating"; Thursday 3 October
    ("cwmtwrch-yos-2019", facts([
        svc("Cwmtwrch Youth Offending Service", "Cwmtwrch YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-10-03", "2019-06", 6),
     """N| [Cwmtwrch youth offending service|S] given ‘[Good|R]’ verdict

N| [Thursday 3 October 2019|D]

N| [Cwmtwrch Youth Offending Service|S] (YOS) is ‘[Good|R]’, [HM Inspectorate of Probation|A] has concluded.
W| Its resettlement work, which was given its own rating, reached only ‘[Requires improvement|R]’.
N| Inspectors were at the service in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cwmtwrch|S] has a board that asks hard questions and staff who are clearly proud of their work.
W| “Where a child is leaving custody, though, plans for housing and education are made too late.”

S| Inspectors praised [Cwmtwrch|S] for its work with victims, who were always offered a say in restorative work.
S| Children’s health needs were assessed quickly with help from [Swansea Bay University Health Board|A].

R| The report makes six recommendations.
"""),
    # 9. an NPS division in 2019 with "an overall regional rating"; fieldwork September 2019; Tuesday 10 December 2019
    ("dunvant-and-waunarlwydd-nps-division-2019", facts([
        svc("National Probation Service – Dunvant and Waunarlwydd Division", "NPS Dunvant and Waunarlwydd", "region", GOOD)],
        "2019-12-10", "2019-09", 5),
     """N| Published: [Tuesday 10 December 2019|D]

N| [National Probation Service – Dunvant and Waunarlwydd Division|S] has received an overall regional rating of ‘[Good|R]’.
N| Fieldwork took place in [September 2019|D].

S| Inspectors found that leaders had a firm grip on performance and staff felt well supported.
S| Court reports were timely and of a high standard.
W| However, the division’s work with women who had committed domestic abuse offences was inconsistent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Dunvant and Waunarlwydd|S] is well led and its staff are dedicated.
R| “The division should now make sure its approach to women is as strong as the rest of its work.”

R| The report makes five recommendations.
"""),
    # 10. a YJS with the previous rating beside; "published today (Thursday 8 September)", year from fieldwork May 2022
    ("glais-yjs-2022", facts([
        svc("Glais Youth Justice Service", "Glais YJS", "YJS", RI)], "2022-09-08", "2022-05", 4),
     """N| [Glais youth justice service|S] is improving, say inspectors

N| In a report published today ([Thursday 8 September|D]), [Glais Youth Justice Service|S] now stands at ‘[Requires improvement|R]’, a step up from its ‘[Inadequate|R]’ grade of [2019|D].
N| Inspectors visited the service in [May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Glais|S] has made real progress, and the new manager has brought stability to a team that badly needed it.
W| “There is still too much variation in the quality of work to keep children safe.”

S| Inspectors were impressed with the service’s education work, which had helped many children back into school.
W| Out-of-court disposals were not reviewed often enough.

R| The report makes four recommendations.
"""),
    # 11. an Outstanding YJS on GOV.UK; "has achieved ‘...’"; fieldwork October 2023
    ("alltwen-yjs-2024", facts([
        svc("Alltwen Youth Justice Service", "Alltwen YJS", "YJS", OUT)], "2024-02-20", "2023-10", 3),
     """N| Press release

N| Alltwen youth justice work ‘among the best we have seen’

N| Published [20 February 2024|D]

N| [Alltwen Youth Justice Service|S] has been awarded the inspectorate’s top grade, ‘[Outstanding|R]’, after inspectors visited in [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Alltwen|S] is among the best youth justice services we have seen.
S| “Children are listened to, their plans are built around them, and staff go the extra mile.”

S| Inspectors found that every child had an up-to-date assessment.
S| Partnership work with [Neath Port Talbot Council|A]’s children’s services was excellent.
W| The one weakness inspectors noted was in how out-of-court decisions were written up.

R| The report makes three recommendations.
"""),
    # 12. a YJS in 2021 with remote fieldwork; "Tuesday, 6th July 2021"
    ("crynant-yjs-2021", facts([
        svc("Crynant Youth Justice Service", "Crynant YJS", "YJS", GOOD)], "2021-07-06", "2021-03", 6),
     """N| [Tuesday, 6th July 2021|D]

N| [Crynant youth justice service|S] rated ‘[Good|R]’

N| [Crynant Youth Justice Service|S] has been rated ‘[Good|R]’ following an inspection carried out remotely in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout the pandemic, [Crynant|S]’s staff kept in touch with children and families in creative ways.
W| “However, the way risk to other people is managed varies too much from one case manager to the next.”

S| Inspectors said the management board was well attended and challenging.
W| Too few children were offered help with speech and language needs.

R| The report makes six recommendations, five for [Crynant|S] and one for [Swansea Bay University Health Board|A].
"""),
    # 13. a 2025 public-protection inspection of a PDU, no rating; "Skip to content", Context/Findings bullets
    ("abercrave-pdu-2025", facts([
        svc("Abercrave Probation Delivery Unit", "Abercrave PDU", "PDU", None)], "2025-11-18", "2025-07", 5),
     """N| Skip to content

N| Public protection inspection: [Abercrave Probation Delivery Unit|S]

N| Published: [18 November 2025|D]

N| A report on public protection work at [Abercrave Probation Delivery Unit|S], inspected in [July 2025|D], is out today from [HM Inspectorate of Probation|A].
N| Inspections in this programme do not give a rating.

N| Context
N| • [Abercrave PDU|S] is part of the [Probation Service – Wales region|S].

N| Findings
S| • Staff were confident in spotting signs of domestic abuse.
W| • Information from [Dyfed-Powys Police|A] was not always requested before sentence.
W| • Home visits were rare in high-risk cases.

R| The report makes five recommendations.
"""),
    # 14. an Inadequate YJS on a council page "Posted on 24/10/2023"; fieldwork "between 12 and 16 June 2023"
    ("llangennith-yjs-2023", facts([
        svc("Llangennith Youth Justice Service", "Llangennith YJS", "YJS", INAD)], "2023-10-24", "2023-06", 7),
     """N| Council responds to youth justice inspection

N| Posted on [24/10/2023|D]

N| [Llangennith Youth Justice Service|S] has been rated ‘[Inadequate|R]’ following an inspection between [12 and 16 June 2023|D].

W| The management board, inspectors found, had gone several months without meeting.
W| Assessments were late in many cases, and some children had no plan at all.
S| Case managers were described as caring and committed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service is letting down too many of the children it exists to help.”

R| The report makes seven recommendations.

N| The council’s leader said: “We are disappointed and will act quickly.”
"""),
    # 15. a YJS in 2020 with "Thursday, 4th June 2020"; fieldwork "between 2 and 6 March 2020"
    ("rhossili-yjs-2020", facts([
        svc("Rhossili Youth Justice Service", "Rhossili YJS", "YJS", RI)], "2020-06-04", "2020-03", 6),
     """N| [Thursday, 4th June 2020|D]

N| [Rhossili youth justice service|S] must improve

N| [HM Inspectorate of Probation|A] has placed [Rhossili Youth Justice Service|S] in its second-lowest band, ‘[Requires improvement|R]’.
N| Inspectors were with the service from [2 to 6 March 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rhossili|S]’s staff are enthusiastic and build good relationships with children.
W| “But too often, plans to keep children and the public safe were incomplete.”

W| Inspectors found gaps in the health offer.
S| Children were well supported into education.

R| The report makes six recommendations.
"""),
    # 16. two Pembrokeshire youth justice services; "X received ‘...’ and Y ‘...’"
    ("templeton-and-hundleton-yjs-2024", facts([
        svc("Templeton Youth Justice Service", "Templeton YJS", "YJS", RI),
        svc("Hundleton Youth Justice Service", "Hundleton YJS", "YJS", GOOD)], "2024-07-16", "2024-03", 8),
     """N| Two Pembrokeshire youth justice services inspected

N| Published: [16 Jul 2024|D]

N| [HM Inspectorate of Probation|A] has published reports on [Templeton Youth Justice Service|S] and [Hundleton Youth Justice Service|S], inspected in [March 2024|D].
N| [Templeton|S] received ‘[Requires improvement|R]’ and [Hundleton|S] ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hundleton|S] has a settled team that knows its children well.
W| “[Templeton|S] has struggled with staff turnover and is not yet consistent.”

W| In [Templeton YJS|S], only half of the plans addressed safety.
S| [Hundleton|S]’s work with victims was a particular strength.

R| The reports make eight recommendations, five for [Templeton|S] and three for [Hundleton|S].
"""),
    # 17. a YJS in local news, "the watchdog found"; published "on Tuesday 15 March 2022"; fieldwork November 2021
    ("scurlage-yjs-2022", facts([
        svc("Scurlage Youth Justice Service", "Scurlage YJS", "YJS", RI)], "2022-03-15", "2021-11", 5),
     """N| Watchdog says Scurlage youth justice work needs to improve

N| The report on [Scurlage Youth Justice Service|S], published on [Tuesday 15 March 2022|D], rates the service ‘[Requires improvement|R]’.
N| The watchdog visited in [November 2021|D].

W| The watchdog found that risk assessments were not always updated.
S| It said staff were tenacious in keeping children engaged.

R| The report makes five recommendations.

N| A council spokesperson said: “We thank the inspectors and will act on the report.”
"""),
    # 18. a Good YJS on justiceinspectorates with resettlement rated separately ‘Outstanding’
    ("clunderwen-yjs-2024", facts([
        svc("Clunderwen Youth Justice Service", "Clunderwen YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-04-09", "2023-12", 4),
     """N| News

N| [Clunderwen youth justice service|S] rated ‘[Good|R]’

N| Published: [9 Apr 2024|D]

N| [Clunderwen Youth Justice Service|S] has been rated ‘[Good|R]’ overall.
S| Resettlement was rated separately as ‘[Outstanding|R]’.
N| Fieldwork was carried out [10 - 14 December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Clunderwen|S] is a well-led service.
W| “It needs to improve its out-of-court work, where checks were not always made.”

S| Inspectors praised [Clunderwen|S] for its work with children leaving custody.

R| The report makes four recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fifty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
