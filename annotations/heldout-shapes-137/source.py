"""Builds the shapes held-out set 137 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Broads PDUs on a GOV.UK page, the region named first: "X was given ‘...’ and Y fell to the bottom of the
    #    scale, ‘...’"; "Inspectors visited both units in February 2024"; ten recommendations "five for each unit"
    ("horning-and-potter-heigham-pdus-2024", facts([
        svc("Horning Probation Delivery Unit", "Horning PDU", "PDU", RI),
        svc("Potter Heigham Probation Delivery Unit", "Potter Heigham PDU", "PDU", INAD)], "2024-07-16", "2024-02", 10),
     """N| Press release

N| Reports published on two probation units in the Norfolk Broads

N| Inspectors publish their findings on two units in the east of England.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| Two units of the [Probation Service – East of England region|S], [Horning Probation Delivery Unit|S] and [Potter Heigham Probation Delivery Unit|S], are the subject of reports issued today by [HM Inspectorate of Probation|A].
N| [Horning|S] was given ‘[Requires improvement|R]’, while [Potter Heigham|S] fell to the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited both units in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Potter Heigham we met practitioners who were doing their best, but a unit with half its officer posts empty cannot keep the public safe.
S| “[Horning|S] has steadier foundations, with a settled senior team and good links to the courts.”

W| In [Potter Heigham PDU|S], home visits had almost stopped, and few cases showed any check with children’s services.
S| [Horning PDU|S]’s women’s programme, run with a local charity, was singled out as helpful and well attended.
W| Across both units, plans to manage the risk posed by people convicted of domestic abuse were too often out of date.

R| The two reports make ten recommendations, five for each unit.

N| A spokesperson for the [Probation Service|A] in the East of England said the region would send extra managers to Potter Heigham at once.
"""),
    # 2. two youth justice services in a local-news story: report "out on Thursday (11 May)" under a byline of Saturday
    #    13 May 2023; "Martham earned ‘Good’ and Reedham was told it ‘Requires improvement’", first named Reedham;
    #    "eight recommendations, five for Reedham and three for Martham"
    ("reedham-and-martham-yjs-2023", facts([
        svc("Reedham Youth Justice Service", "Reedham YJS", "YJS", RI),
        svc("Martham Youth Justice Service", "Martham YJS", "YJS", GOOD)], "2023-05-11", "2023-01", 8),
     """N| Mixed verdicts for two youth justice teams near Great Yarmouth

N| By [Tom Ellery|X]

N| [Saturday 13 May 2023|D]

N| Inspectors’ reports on [Reedham Youth Justice Service|S] and [Martham Youth Justice Service|S] were published on Thursday ([11 May|D]); inspectors had visited both teams in [January 2023|D].
N| [Martham|S] earned ‘[Good|R]’, and [Reedham|S] was told it ‘[Requires improvement|R]’.

S| The inspectorate said [Martham|S]’s staff were quick to spot when a child was being drawn into county lines and acted fast to protect them.
W| [Reedham|S]’s case records, by contrast, were patchy, and several children had waited weeks for a first meeting.
S| Both services were praised for keeping children in education, with very few excluded from school.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Reedham|S] has committed people, but its managers do not yet have a clear view of the quality of the work.”

R| There are eight recommendations in total, five for [Reedham|S] and three for [Martham|S].

N| [Norfolk County Council|A] said it had already set up a plan to act on the findings.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "Inspectors have given X, part of
    #    ..., their lowest grade, ‘...’"; the region's own earlier rating as context; "Mr Jones continued"; fieldwork
    #    "throughout September 2024"; "The report will be published at 00.01 on Thursday 6 February 2025" in the notes
    ("cley-pdu-2025", facts([
        svc("Cley Probation Delivery Unit", "Cley PDU", "PDU", INAD)], "2025-02-06", "2024-09", 6),
     """N| [East of England probation region|S]: serious concerns at [Cley unit|S]

N| Inspectors have given [Cley Probation Delivery Unit|S] their lowest grade, ‘[Inadequate|R]’; the unit is part of the [Probation Service – East of England region|S].
N| The region itself received ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| The inspection team worked with the unit throughout [September 2024|D], looking closely at 40 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cley|S] has been left to struggle for too long.
W| “Many staff were newly qualified, had little supervision and were carrying cases well beyond their experience.”

W| Mr Jones continued: “Too often, practitioners had not checked with the police about domestic incidents at the addresses of people on probation.”

S| Even so, inspectors found the unit’s staff caring and keen to learn, and unpaid work projects along the coast were well run.
W| Links with [Norfolk Constabulary|A] and with mental health services were described as weak.

R| Of the report’s six recommendations, four are addressed to [Cley PDU|S] and two to the [Probation Service|A]’s regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Thursday 6 February 2025|D].
N| 2. [Cley PDU|S] supervises people living along the north Norfolk coast.
"""),
    # 4. a unit inside its region, the region in the headline: "inspectors have judged X to be ‘...’" in "a report out today
    #    (Tuesday, 10 December)" (no year: the fieldwork's, June 2024); lower-case "Weybourne probation unit" in the headline
    ("weybourne-pdu-2024", facts([
        svc("Weybourne Probation Delivery Unit", "Weybourne PDU", "PDU", RI)], "2024-12-10", "2024-06", 5),
     """N| [East of England region|S]: [Weybourne probation unit|S] ‘making progress but not there yet’

N| In a report out today ([Tuesday, 10 December|D]), inspectors have judged [Weybourne Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Fieldwork took place over two weeks in [June 2024|D] and included interviews with 30 people on probation.

S| Leaders had brought vacancies down sharply in the past year, and most staff said morale had improved.
S| Those on probation said their officers listened and gave practical help with housing and benefits.
W| However, only 14 of the 35 cases inspected had a sound plan for keeping children safe.
W| Work with victims was slow to start, and some victims had not been contacted at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I sensed real energy in this unit.
R| “[Weybourne|S]’s managers must now make sure that checks with the police and children’s services are done at the start of every case.”

R| Five recommendations are made, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Weybourne PDU|S] sits within the [Probation Service – East of England region|S] and covers much of north Norfolk.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Tuesday, 20th September 2011" above "published today"; fieldwork
    #    "in May 2011"; seven recommendations
    ("walsingham-probation-trust-2011", facts([
        svc("Walsingham Probation Trust", "Walsingham Probation Trust", "other", None)], "2011-09-20", "2011-05", 7),
     """N| Probation in Walsingham: inspection findings published

N| [Tuesday, 20th September 2011|D]

S| [Walsingham Probation Trust|S] is helping offenders to turn their lives around, [HM Inspectorate of Probation|A] finds in its report, published today.
N| The inspection was carried out in [May 2011|D] and looked at 72 cases.

S| On reducing the likelihood of reoffending, the Trust’s score was 78%.
W| Work to reduce risk of harm to others scored 66%, below the average for Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly and knew what was expected of them;
S| • partnership work with [Norfolk Constabulary|A] on prolific offenders was strong.

N| However, inspectors were concerned to find that:
W| • plans for managing risk were often not reviewed when circumstances changed;
W| • home visits were rarely used, even in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Its staff know their offenders well and are clearly committed.
R| “Managers now need to give the same attention to risk of harm that they already give to reducing reoffending.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2019 run by a named provider, with an embargo line: "has been given the lowest possible rating, ‘...’";
    #    unpaid work "rated separately, was ‘...’"; "Fieldwork was completed in July 2019"; the provider's reply
    ("trunch-and-overstrand-crc-2019", facts([
        svc("Trunch and Overstrand Community Rehabilitation Company", "Trunch and Overstrand CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-26", "2019-07", 6),
     """N| Embargoed until 00.01, [Tuesday 26 November 2019|D]

N| Probation company in north-east Norfolk judged to be failing

N| [Sodexo Justice Services|A] runs [Trunch and Overstrand Community Rehabilitation Company|S] (CRC), which has received the lowest possible grade, ‘[Inadequate|R]’, from [HM Inspectorate of Probation|A].
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Fieldwork was completed in [July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “On this CRC’s caseload, far too many people are recorded as seen when, in practice, they have had no more than a brief phone call every few weeks.
W| “Officers told us they had stopped trying to do anything but the minimum.”

S| People doing unpaid work said their placements were well run and taught them useful skills.
W| Information passed between the CRC and the [National Probation Service|A] was often late or incomplete.

R| Of six recommendations, four are for the CRC and [Sodexo Justice Services|A], and two for [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] accepted the findings and said it was already recruiting more staff.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...";
    #    "Posted: 23/03/2016" (day/month/year); fieldwork "in November 2015"; four recommendations
    ("litcham-yot-2016", facts([
        svc("Litcham Youth Offending Team", "Litcham YOT", "YJS", None)], "2016-03-23", "2015-11", 4),
     """N| Inspection report on youth offending work in Litcham

N| Posted: [23/03/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Litcham Youth Offending Team|S] (YOT), whose report is now published.
N| [Ofsted|A] and the [Care Quality Commission|A] also took part in the inspection, which took place in [November 2015|D].

N| The inspectors said they were pleased to find that:
S| • children were seen quickly after sentence and most plans were written with them;
S| • links between the YOT, local schools and the youth service were strong.

N| However, they were concerned to find that:
W| • work to protect the public was not always thorough enough;
W| • health assessments were often missing from children’s records.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Litcham YOT|S] has a dedicated team and strong support from its partners.
R| “It should now make sure that every child’s health needs are assessed at the start.”

R| The report makes four recommendations.

N| [Breckland District Council|A] and its partners welcomed the report.
"""),
    # 8. a Youth Offending Service in 2019: "was found to be ‘...’ overall"; resettlement "separately assessed and judged
    #    ‘...’"; fieldwork "between 4 and 8 March 2019"; "available on ... website on 21 May 2019" in the notes
    ("gressenhall-yos-2019", facts([
        svc("Gressenhall Youth Offending Service", "Gressenhall YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-05-21", "2019-03", 5),
     """N| Youth offending service in Breckland is ‘[Good|R]’, say inspectors

N| [Gressenhall Youth Offending Service|S] (YOS) was found to be ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
W| Resettlement work was separately assessed and judged ‘[Requires improvement|R]’.
N| Inspectors visited the service between [4 and 8 March 2019|D].

S| Board meetings were well attended, and members had a good grasp of what the service’s children needed.
S| Children and families trusted their case managers, who had taken time to get to know them.
W| Children leaving custody, though, often did not know where they would live until a few days before release.

S| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Gressenhall|S] is a well-run service, and children benefit from the care and skill of its staff.
R| “I would like to see the same care given to children coming home from custody.”

R| The report makes five recommendations, four for [Gressenhall YOS|S] and one for the local [NHS|A].

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [21 May 2019|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 9. a GOV.UK page: "has been awarded ‘...’, the top rating"; resettlement "judged on its own" also ‘Outstanding’;
    #    "carried out in May 2022"; three recommendations
    ("brancaster-yjs-2022", facts([
        svc("Brancaster Youth Justice Service", "Brancaster YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-08-02", "2022-05", 3),
     """N| Press release

N| Top rating for youth justice service on the north Norfolk coast

N| Inspectors publish their findings on [Brancaster Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [2 August 2022|D]

N| [Brancaster Youth Justice Service|S] has achieved ‘[Outstanding|R]’, the highest grade [HM Inspectorate of Probation|A] gives.
S| Its resettlement work, judged on its own, was also ‘[Outstanding|R]’.
N| The inspection was carried out in [May 2022|D].

S| What children said had influenced everything from how the building was decorated to how plans were written.
S| Thanks to close work with [Norfolk Constabulary|A], most children who came into contact with the police were kept out of court.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “A small service, [Brancaster|S] gets a great many things right.
S| “Staff and partners at [Brancaster|S] should be very proud of what they have built.”

R| Three recommendations have been made, all for the service’s management board.
"""),
    # 10. a council page: "Posted on 12/03/2025"; "rated the service ‘...’" by a council voice in the third person; fieldwork
    #     "during November 2024"; no count of recommendations (null); the cabinet member's reply
    ("stiffkey-yjs-2025", facts([
        svc("Stiffkey Youth Justice Service", "Stiffkey YJS", "YJS", RI)], "2025-03-12", "2024-11", None),
     """N| Council statement on the inspection of [Stiffkey Youth Justice Service|S]

N| Posted on [12/03/2025|D]

N| A report published today by [HM Inspectorate of Probation|A] has rated [Stiffkey Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service during [November 2024|D].

S| According to the watchdog, staff treated children with respect and made real efforts to understand their backgrounds.
S| It praised the service’s work with victims, who were offered support and a say in restorative work.
W| However, it found that [Stiffkey YJS|S]’s assessments did not always consider the risk some children posed to others.
W| Inspectors also said that too few children had their health needs properly assessed.

N| Full details are in the report, which is on the inspectorate’s website.

N| Councillor [Helen Marsh|X], cabinet member for children’s services, said: “We thank the inspectors and we are already putting an action plan in place.”
"""),
    # 11. a justiceinspectorates news item: "Inspectors have judged X ‘...’", previously "‘Good’ in a report published in
    #     March 2020"; "only 10 of the 26 cases"; fieldwork "between 17 and 21 July 2023"; nine recommendations
    ("banham-yjs-2023", facts([
        svc("Banham Youth Justice Service", "Banham YJS", "YJS", INAD)], "2023-10-19", "2023-07", 9),
     """N| News

N| [Banham youth justice service|S] rated ‘[Inadequate|R]’

N| [19 October 2023|D]

N| Inspectors have judged [Banham Youth Justice Service|S] ‘[Inadequate|R]’ overall.
N| It was previously rated ‘[Good|R]’ in a report published in [March 2020|D].
N| The fieldwork took place between [17 and 21 July 2023|D].

W| Since the last inspection a large number of staff had left, and many children had had three or more case managers in turn.
W| A sound assessment of the child’s safety was found in only 10 of the 26 cases inspected.
W| The management board did meet every quarter, yet its meetings led to few changes.
S| Inspectors did find some strong practice in the service’s work with girls, which was led by a committed specialist worker.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Three years ago this service was doing well; its decline since then is worrying.
R| “The partnership must act quickly to steady the workforce and to make sure every child is properly assessed.”

R| The report makes nine recommendations, seven of them for [Banham YJS|S] and two for [Norfolk County Council|A].
"""),
    # 12. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 2 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("salhouse-pdu-2025", facts([
        svc("Salhouse Probation Delivery Unit", "Salhouse PDU", "PDU", None)], "2025-12-02", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation unit near Norwich

N| Published: [2 Dec 2025|D]

N| A report on public protection at [Salhouse Probation Delivery Unit|S] is published today by [HM Inspectorate of Probation|A].
N| This programme of inspections does not award ratings.
N| The fieldwork was carried out in [September 2025|D].

N| Context
N| • [Salhouse PDU|S] is in the [Probation Service – East of England region|S] and covers the Broads north-east of Norwich.
N| • It supervises about 650 people, most of them on community orders.

N| Findings
S| • Practitioners knew the risks posed by the people on their caseloads well.
W| • Where domestic abuse enquiries with the police were needed, a third of cases had none.
W| • Home visits were rare, even in high-risk cases.
S| • Work with [MAPPA|A] partners was well organised.

R| Four recommendations are made, to the PDU and to the region.
"""),
    # 13. a remote inspection in 2021: "has slipped to ‘...’ from the ‘...’ it achieved in 2019"; "carried out remotely in
    #     February 2021"; "Published: Tuesday 25th May 2021"; the council's reply
    ("ingham-yjs-2021", facts([
        svc("Ingham Youth Justice Service", "Ingham YJS", "YJS", RI)], "2021-05-25", "2021-02", 6),
     """N| Youth service in the Broads must improve its work on safety, inspectors say

N| Published: [Tuesday 25th May 2021|D]

N| [Ingham Youth Justice Service|S] has slipped to ‘[Requires improvement|R]’ from the ‘[Good|R]’ it achieved in [2019|D].
N| With pandemic restrictions in force, inspectors did their fieldwork remotely in [February 2021|D].

W| Many children had been supervised by phone or video for months, including some where there were real concerns about their safety.
W| Assessments considered the risk children posed to others in only 11 of 24 cases.
S| Education was a strength: nearly every child was in school, college or training.
S| Joint work with [Norfolk County Council|A]’s children’s social care was close and well coordinated.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ingham|S] held together in an extremely hard year, but some of the risks slipped out of view.
R| “The service should restart face-to-face meetings with the children at greatest risk without delay.”

R| The report makes six recommendations.
"""),
    # 14. a 2020 release: "has been judged ‘...’"; "Thursday, 9th July 2020" at the top; fieldwork "in January 2020";
    #     two recommendations; "The team can be rightly proud"
    ("catfield-yjs-2020", facts([
        svc("Catfield Youth Justice Service", "Catfield YJS", "YJS", GOOD)], "2020-07-09", "2020-01", 2),
     """N| ‘[Good|R]’ rating for youth justice service in the Broads

N| [Thursday, 9th July 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Catfield Youth Justice Service|S] to be ‘[Good|R]’.
N| Inspectors visited in [January 2020|D], before the pandemic.

S| Case managers involved children and their parents fully in planning and explained each decision clearly.
S| Children at risk of exploitation received quick, joined-up support from the service and [Norfolk Constabulary|A].
W| Work to prepare children for release from custody, however, often started too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Catfield|S] does a lot with a small team.
S| “The team can be rightly proud of the difference it makes to children in this corner of Norfolk.”

R| We have made two recommendations, both for the service.
"""),
    # 15. "Inspectors’ verdict on X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement "rated separately"
    #     ‘...’; headline lower-case "Neatishead youth justice service"; "Report published: 15 October 2024" in the notes
    ("neatishead-yjs-2024", facts([
        svc("Neatishead Youth Justice Service", "Neatishead YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2024-10-15", "2024-05", 6),
     """N| [Neatishead youth justice service|S] ‘close to the lowest rating’

N| Inspectors’ verdict on [Neatishead Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service was only two points away from an overall rating of ‘[Inadequate|R]’.
W| Resettlement, rated separately, was also ‘[Requires improvement|R]’.
N| The inspection took place in [May 2024|D].

W| Managers were not checking the quality of assessments, and some cases had gone months without review.
W| Case managers rarely visited children held in custody.
S| Despite these problems, a diversion scheme run with [Norfolk Constabulary|A] kept many children away from court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “What worried me most was that the board had not spotted how far standards had fallen.
R| “The board now needs to take firm charge, with clear targets and regular reports.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. Report published: [15 October 2024|D].
N| 2. [Neatishead YJS|S] supervises around 50 children.
"""),
    # 16. an NPS division in 2019, the headline naming no service: "X has received an overall regional rating of ‘...’";
    #     "Published: 20 Aug 2019"; fieldwork "in April and May 2019"; short "NPS Hilborough and Northwold"
    ("hilborough-and-northwold-nps-division-2019", facts([
        svc("National Probation Service – Hilborough and Northwold Division", "NPS Hilborough and Northwold", "region",
            GOOD)], "2019-08-20", "2019-04", 7),
     """N| Probation division in Breckland given a ‘[Good|R]’ rating

N| Published: [20 Aug 2019|D]

N| [HM Inspectorate of Probation|A] awards the [National Probation Service – Hilborough and Northwold Division|S] ‘[Good|R]’ as its overall regional rating.
N| The division supervises about 3,000 people across the Brecks and west Norfolk.
N| Fieldwork took place in [April and May 2019|D].

S| Inspectors found a well-led division with stable staffing and manageable workloads.
S| Court reports were well written and almost never late.
W| However, victim work was weaker: the victim liaison team was short of staff and some victims were not told about an offender’s release.
W| Too few domestic abuse perpetrators started an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Hilborough and Northwold|S] is a confident division that does most things well.
R| “Its leaders should now bring work with victims up to the same standard.”

R| Seven recommendations are made, for the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 17. two Breckland PDUs on a justiceinspectorates news item, the region named in the first sentence: "X has been rated
    #     ‘...’ and Y has been rated ‘...’"; "Published: 14 Mar 2023"; fieldwork "10 - 14 October 2022"; eight
    #     recommendations "four for each unit"
    ("swanton-morley-and-bawdeswell-pdus-2023", facts([
        svc("Swanton Morley Probation Delivery Unit", "Swanton Morley PDU", "PDU", INAD),
        svc("Bawdeswell Probation Delivery Unit", "Bawdeswell PDU", "PDU", RI)], "2023-03-14", "2022-10", 8),
     """N| News

N| Two probation units in Breckland: one failing, one told to improve

N| Published: [14 Mar 2023|D]

N| [HM Inspectorate of Probation|A] today publishes reports on [Swanton Morley Probation Delivery Unit|S] and [Bawdeswell Probation Delivery Unit|S], both part of the [Probation Service – East of England region|S].
N| [Swanton Morley PDU|S] has been rated ‘[Inadequate|R]’ and [Bawdeswell PDU|S] has been rated ‘[Requires improvement|R]’.
N| Fieldwork in both units took place from [10 - 14 October 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Swanton Morley were overwhelmed, and too many people on probation went weeks without a meeting.
S| “[Bawdeswell|S] is in a better position, with a stable team and managers who know their cases.”

W| In both units, checks with children’s services were made in fewer than half of the cases where they were needed.
S| [Bawdeswell|S]’s work with local housing providers meant that most people leaving prison had somewhere to live.

R| The reports make eight recommendations, four for each unit.
"""),
    # 18. an ordinary YJS release: "has been rated ‘...’ following an inspection"; fieldwork "Fieldwork for this inspection
    #     took place in March 2024"; "Mr Jones continued"; "available on ... website on 13 August 2024 at 00.01"
    ("halvergate-yjs-2024", facts([
        svc("Halvergate Youth Justice Service", "Halvergate YJS", "YJS", RI)], "2024-08-13", "2024-03", 6),
     """N| ‘[Requires improvement|R]’ for [Halvergate youth justice service|S]

N| After an inspection by [His Majesty’s Inspectorate of Probation|A], [Halvergate Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Halvergate|S] impressed us in many ways, not least the way its staff talk to and about children.
W| “However, work to keep children safe and to protect other people was not consistent enough.”

W| Mr Jones continued: “Leaders know where the gaps are, but they have not yet closed them.”

S| Inspectors were impressed with the service’s out-of-court work, which was well organised and offered children real help.
W| Only 13 of the 25 cases inspected showed enough attention to the risk of exploitation.
S| Health support was good: a speech and language therapist and a nurse were part of the team.

R| The report makes six recommendations, including that the management board should check the quality of safety planning regularly.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [13 August 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 137")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
