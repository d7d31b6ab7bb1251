"""Builds the two hundred and fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the West Midlands region on a GOV.UK page: "inspectors found X to be ‘...’ and placed Y a step lower,
    #    at ‘...’"; fieldwork "over a fortnight that began on 2 September 2024"; nine recommendations "five concern X, four Y"
    ("clunton-and-purslow-pdus-2024", facts([
        svc("Clunton Probation Delivery Unit", "Clunton PDU", "PDU", RI),
        svc("Purslow Probation Delivery Unit", "Purslow PDU", "PDU", INAD)], "2024-12-03", "2024-09", 9),
     """N| Press release

N| South Shropshire probation units: reports published

N| Neither unit reached the standard inspectors expect, and one is in serious trouble.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Clunton Probation Delivery Unit|S] and [Purslow Probation Delivery Unit|S], neighbouring units which both come under the [Probation Service – West Midlands region|S].
N| Inspectors found [Clunton|S] to be ‘[Requires improvement|R]’ and placed [Purslow|S] a step lower, at ‘[Inadequate|R]’.
N| The fieldwork in both units was done over a fortnight that began on [2 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Purslow|S] has been running on goodwill for far too long, with a handful of officers carrying cases that should be shared by twice as many.
W| “When we read its cases, we found people on licence for violent offences whose risk had not been looked at again in over a year.
S| “[Clunton|S] is in a better place: its managers know their teams, and the unit’s work with [West Mercia Police|A] on domestic abuse call-outs is genuinely useful.”

S| Inspectors singled out [Clunton|S]’s court team, whose reports to magistrates were prompt and well argued.
W| In both units, though, sentence plans rarely said how people would be helped into work or housing.

R| Of the nine recommendations, five concern [Clunton|S] and four [Purslow|S].

N| A spokesperson for the [Probation Service|A] in the West Midlands said an experienced manager had been sent to Purslow and that extra staff would start in the new year.
"""),
    # 2. two youth justice services in a local-news story, the reports out "on Tuesday (11 February)" under a byline of
    #    Thursday 13 February 2025; "X was graded ‘...’ and Y ‘...’"; six recommendations "four to X, two to Y"
    ("asterton-and-myndtown-yjs-2025", facts([
        svc("Asterton Youth Justice Service", "Asterton YJS", "YJS", RI),
        svc("Myndtown Youth Justice Service", "Myndtown YJS", "YJS", GOOD)], "2025-02-11", "2024-10", 6),
     """N| Mixed verdicts for youth justice teams either side of the Long Mynd

N| By [Hannah Pryce|X]

N| [Thursday 13 February 2025|D]

N| Inspectors published their reports on [Asterton Youth Justice Service|S] and [Myndtown Youth Justice Service|S] on Tuesday ([11 February|D]), four months after visiting the two services in [October 2024|D].
N| [Asterton|S] was graded ‘[Requires improvement|R]’ and [Myndtown|S] ‘[Good|R]’.

S| According to the reports, [Myndtown|S]’s case workers saw most children within days of sentence and kept going back to those who missed appointments.
S| Its partnership with [Shropshire Council|A]’s virtual school was described as a real strength.
W| At [Asterton YJS|S], by contrast, inspectors came across safety plans on exploitation that were missing or out of date.
W| Staff there told inspectors that months could pass without a manager sitting down with them for supervision.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children a few miles apart are getting a noticeably different service, and that gap needs closing quickly.”

R| Four of the six recommendations go to [Asterton|S], and the remaining two to [Myndtown|S].

N| [Shropshire Council|A] said both teams would share training and a single set of procedures from April.
"""),
    # 3. three PDUs on a GOV.UK page, the region named after them: "All three landed below ‘Good’: X at ‘...’, Y and Z one
    #    step higher, at ‘...’"; "during May 2023"; twelve recommendations, "four for each unit"
    ("hope-bowdler-smethcott-and-picklescott-pdus-2023", facts([
        svc("Hope Bowdler Probation Delivery Unit", "Hope Bowdler PDU", "PDU", INAD),
        svc("Smethcott Probation Delivery Unit", "Smethcott PDU", "PDU", RI),
        svc("Picklescott Probation Delivery Unit", "Picklescott PDU", "PDU", RI)], "2023-10-19", "2023-05", 12),
     """N| Press release

N| Three Shropshire probation delivery units fall short of ‘[Good|R]’

N| From: [His Majesty’s Inspectorate of Probation|A]

N| Published [19 October 2023|D]

N| Three probation delivery units, [Hope Bowdler Probation Delivery Unit|S], [Smethcott Probation Delivery Unit|S] and [Picklescott Probation Delivery Unit|S], are the subjects of reports out today.
N| All three belong to the [Probation Service – West Midlands region|S] and were inspected during [May 2023|D].
N| All three landed below ‘[Good|R]’: [Hope Bowdler|S] at ‘[Inadequate|R]’, [Smethcott|S] and [Picklescott|S] one step higher, at ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hope Bowdler|S] has lost its way.
W| “Staff could not tell us who was responsible for checking on domestic abuse call-outs, and in several cases nobody had.
S| “[Smethcott|S] and [Picklescott|S], for their part, have settled teams who clearly care about getting things right for the people they supervise.”

W| Across the three units, only 19 of the 66 cases inspectors examined showed sufficient work to protect children.
S| Accredited programmes were delivered on time in all three, with waiting lists kept short.
W| Victims who had asked for contact about an offender’s release were not always told when it happened.

R| Twelve recommendations are made in all, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors have found X, one of the units of ..., to be ‘...’";
    #    "from 4 to 8 March 2024"; the notes' "at 00.01 on Wednesday 7 August 2024"; eight recommendations, "six ... to the
    #    PDU and two to the regional leadership"
    ("lydbury-north-pdu-2024", facts([
        svc("Lydbury North Probation Delivery Unit", "Lydbury North PDU", "PDU", INAD)], "2024-08-07", "2024-03", 8),
     """N| [West Midlands probation region|S]: inspectors find [Lydbury North Probation Delivery Unit|S] ‘[Inadequate|R]’

N| Inspectors have found [Lydbury North Probation Delivery Unit|S], in the south-west of the [Probation Service – West Midlands region|S], to be ‘[Inadequate|R]’.
N| Inspectors were in the unit from [4 to 8 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody in Lydbury North set out to let the public down, but the unit has been stretched so thin that basic checks were simply not happening.
W| “Half of the officers we met had been qualified for less than a year, and they were being asked to manage some very dangerous people with little support.”

W| Most of the time, nobody had asked the police whether they had been called to the home of the person on probation.
S| Positively, the unit’s approved premises staff were praised for the care they took over people newly released from prison.
W| Plans for people with drug and alcohol problems were vague, and few had been referred to treatment.

R| Mr Jones continued: “The region must now give [Lydbury North|S] the experienced managers it needs to turn this around.”

R| The report sets out eight recommendations, six of them addressed to the PDU and two to the regional leadership.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [Wednesday 7 August 2024|D].
N| 2. Probation delivery units are rated on a four-point scale.
"""),
    # 5. a unit inside its region on a justiceinspectorates news item, an aspect rated on its own and the previous
    #    rating beside: "the inspectorate’s judgement on X, in the West Midlands region, is ‘...’"; unpaid work "graded on
    #    its own"; "in its last inspection, in 2022, ... ‘Inadequate’"; fieldwork "in the first week of January 2025"
    ("woolstaston-pdu-2025", facts([
        svc("Woolstaston Probation Delivery Unit", "Woolstaston PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2025-05-22", "2025-01", 5),
     """N| News

N| [Woolstaston Probation Delivery Unit|S] inspection: progress made, more to do

N| Published: [22 May 2025|D]

N| This time the inspectorate’s judgement on [Woolstaston Probation Delivery Unit|S], in the [West Midlands region|S], is ‘[Requires improvement|R]’.
N| In its last inspection, in [2022|D], the unit was judged ‘[Inadequate|R]’.
W| Unpaid work, graded on its own, fell short at ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in the first week of [January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a new energy in Woolstaston, and the leadership team deserves credit for stabilising the staffing.
W| “Unpaid work is the exception: placements were cancelled at short notice, and some people waited more than six months to start their hours.”

S| Inspectors found that assessments of risk were now thorough in most of the cases they read.
W| However, contact with people serving sentences in the community was often by phone only, even where a home visit was plainly needed.

R| The report makes five recommendations.
"""),
    # 6. a Probation Trust in 2012, before the four-point scale: "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Tuesday, 17th July 2012"; fieldwork "in March 2012"
    ("corndon-and-stiperstones-probation-trust-2012", facts([
        svc("Corndon and Stiperstones Probation Trust", "Corndon and Stiperstones Trust", "other", None)],
        "2012-07-17", "2012-03", 6),
     """N| Offender management inspection: Corndon and Stiperstones

N| [Tuesday, 17th July 2012|D]

W| A report out today from [HM Inspectorate of Probation|A] finds that [Corndon and Stiperstones Probation Trust|S] manages offenders well in the community but gives too little attention to the risk some of them pose to children.
N| The inspection was carried out in [March 2012|D] and looked at a sample of 90 cases.

N| Inspectors were pleased to find that:
S| • most offenders met their supervisor within days of being sentenced and knew what was required of them;
S| • the Trust worked closely with [West Mercia Police|A] to manage prolific offenders;
S| • most staff felt well supported by their managers.

N| However, inspectors were concerned to find that:
W| • children’s services had not been consulted in a third of the cases where a check was needed;
W| • reviews of risk did not always follow a change in an offender’s circumstances.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust can take satisfaction from much of what we saw, but the safety of children in offenders’ households has not had the priority it deserves.”

R| The report makes six recommendations.
"""),
    # 7. a CRC in 2019 with "(CRC)" and its owner, on a justiceinspectorates news item: "inspectors assessed the CRC as
    #    ‘...’ overall"; unpaid work "given a rating of its own"; "in February and March 2019"; "seven recommendations ...
    #    five for the CRC, two for HMPPS"
    ("betchcott-and-hopton-castle-crc-2019", facts([
        svc("Betchcott and Hopton Castle Community Rehabilitation Company", "Betchcott and Hopton Castle CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-09", "2019-02", 7),
     """N| News

N| [Betchcott and Hopton Castle Community Rehabilitation Company|S] inspection report

N| Published: [9 Jul 2019|D]

N| [Betchcott and Hopton Castle Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], was inspected in [February and March 2019|D].
N| Inspectors assessed the CRC as ‘[Requires improvement|R]’ overall.
S| Unpaid work, given a rating of its own, came out ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Unpaid work here is well organised, and the projects give something back to the villages where people live.
W| “Elsewhere the picture is less happy: too many people are supervised by phone, and some have had four or five officers in a single year.”

W| Only a minority of the cases inspectors read contained a plan that tackled the risk of domestic abuse properly.
W| Through the Gate services did little more than refer people on, and housing help for prison leavers was patchy.

R| Seven recommendations are made: the CRC gets five of them and [HM Prison and Probation Service|A] two.

N| A spokesperson for [Working Links|A] said the company was already acting on the findings.
"""),
    # 8. a youth offending team written out in 2017, before the four-point scale: "Linley Youth Offending Team (YOT)";
    #    the named management board; "during January 2017"; the notes' "will be available ... on 20 April 2017"
    ("linley-yot-2017", facts([
        svc("Linley Youth Offending Team", "Linley YOT", "YJS", None)], "2017-04-20", "2017-01", 5),
     """N| Inspection of youth offending work in Linley

N| [HM Inspectorate of Probation|A] visited [Linley Youth Offending Team|S] (YOT) during [January 2017|D] for a short quality screening inspection.

S| Inspectors found that the YOT’s case managers knew their children well and wrote thoughtful assessments.
S| Work to get children back into school was a particular strength, helped by a dedicated education worker.
W| But plans to protect victims were thin, and too few children had a clear plan for what would happen if their risk increased.
W| The [Linley YOT Management Board|A] received lots of data yet seldom asked what it meant for the children supervised.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The YOT’s staff are committed, but the board has not yet grasped how much it needs to steer and challenge them.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [20 April 2017|D].
N| 2. This inspection was not rated, as ratings were not then given to youth offending work.
"""),
    # 9. an NPS division in 2020 on a GOV.UK page: "National Probation Service – Chapel Lawn Division" (short "NPS Chapel
    #    Lawn"); "The inspectorate’s verdict on the division as a whole: ‘...’"; fieldwork "in October 2019"
    ("chapel-lawn-nps-division-2020", facts([
        svc("National Probation Service – Chapel Lawn Division", "NPS Chapel Lawn", "region", RI)],
        "2020-03-12", "2019-10", 9),
     """N| Press release

N| Inspection of probation services: [National Probation Service – Chapel Lawn Division|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [12 March 2020|D]

N| The inspectorate’s verdict on the [National Probation Service – Chapel Lawn Division|S] as a whole: ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [October 2019|D], visiting offices in each of the division’s areas.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Chapel Lawn|S] has strong leaders who are candid about its problems, and its court teams are among the best we have seen.
W| “But the division cannot yet offer the public enough assurance that people who pose a high risk of harm are being watched closely enough.”

S| Inspectors praised the quality of advice given to courts, which was accurate and quickly delivered.
W| On the other hand, probation officers in some teams were holding caseloads of well over 50, and vacancies were high.
W| Work with victims was inconsistent across the division.

R| The report makes nine recommendations, seven of them for the division and two for [HMPPS|A].
"""),
    # 10. an ordinary youth justice service on GOV.UK, ‘Good’ ("has come out as ‘...’"); "Inspectors spent a week with the
    #     service in November 2022"; four recommendations "all directed to its management board"
    ("all-stretton-yjs-2023", facts([
        svc("All Stretton Youth Justice Service", "All Stretton YJS", "YJS", GOOD)], "2023-03-14", "2022-11", 4),
     """N| Press release

N| [All Stretton Youth Justice Service|S] rated ‘[Good|R]’

N| A caring, well-run service, say inspectors, with some work still to do on safety planning.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 March 2023|D]

N| [All Stretton Youth Justice Service|S] has come out as ‘[Good|R]’ at its first inspection under the current framework.
N| Inspectors spent a week with the service in [November 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children told us that their workers were honest with them and did what they promised, which is not something every service can say.”

S| Inspectors were impressed by the quality of the service’s assessments, which drew on information from schools, health workers and families.
S| The service’s reparation projects, run with local farms and a community woodland, were well attended.
W| Even so, when a child’s behaviour changed, the plan to protect other people was not always brought up to date.

R| The report makes four recommendations, all directed to the service’s management board.
"""),
    # 11. an ordinary PDU on a justiceinspectorates news item: "has concluded that X is ‘...’"; "the week of 11 September
    #     2023"; "It sets out six recommendations"
    ("edgton-pdu-2024", facts([
        svc("Edgton Probation Delivery Unit", "Edgton PDU", "PDU", INAD)], "2024-01-16", "2023-09", 6),
     """N| News

N| Shropshire probation unit judged ‘[Inadequate|R]’

N| Published: [16 Jan 2024|D]

N| [HM Inspectorate of Probation|A] has concluded that [Edgton Probation Delivery Unit|S] is ‘[Inadequate|R]’.
N| The inspection was carried out in the week of [11 September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff of [Edgton|S] are working long hours under heavy pressure, and it is the people they supervise, and the public, who lose out.”

W| In 29 of the 40 cases inspected, there was not enough attention to the risk people posed to others.
W| Information from children’s social care was seldom sought, even where children lived in the same household.
S| Even so, inspectors were struck by the commitment of the unit’s administrative staff, who kept the office running through months of vacancies.

R| It sets out six recommendations.
"""),
    # 12. an ordinary youth justice service on a council page ("Published on 05/07/2022"), told in the third person with the
    #     councillor's reply; "has been given a ‘...’ rating"
    ("newcastle-on-clun-yjs-2022", facts([
        svc("Newcastle-on-Clun Youth Justice Service", "Newcastle-on-Clun YJS", "YJS", RI)], "2022-07-05", "2022-03", 5),
     """N| Youth justice inspection report published

N| Published on [05/07/2022|D]

N| [Newcastle-on-Clun Youth Justice Service|S] has been given a ‘[Requires improvement|R]’ rating following an inspection in [March 2022|D].

S| The inspectors’ report says that staff build strong relationships with children and their families and that leaders have a clear vision for the service.
W| It also says that the service does not always do enough to keep children safe from criminal exploitation.
W| Assessments were found to be too brief in some out-of-court cases.

R| The service has been given five recommendations to act on.

N| Councillor [Meg Tudor|X], [Shropshire Council|A]’s cabinet member for children and education, said: “We are grateful to the inspectors, and we are determined to make the improvements they have asked for.”
N| “I want to thank everyone in the team for their openness during the inspection.”
"""),
    # 13. an ordinary youth justice service with an embargo line: "earns the inspectorate’s top grade, ‘...’"; fieldwork
    #     "between 29 January and 2 February 2024"; "two recommendations"
    ("aston-on-clun-yjs-2024", facts([
        svc("Aston on Clun Youth Justice Service", "Aston on Clun YJS", "YJS", OUT)], "2024-05-23", "2024-01", 2),
     """N| Embargoed: 00.01 [Thursday 23 May 2024|D]

N| Top marks for [Aston on Clun Youth Justice Service|S]

N| [Aston on Clun Youth Justice Service|S] earns the inspectorate’s top grade, ‘[Outstanding|R]’, in a report published today.
N| Inspectors were with the service between [29 January and 2 February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aston on Clun|S] is proof that a small rural service can do exceptional work.
S| “Every child we asked could name someone in the team they trusted, and many told us it had changed the way they saw themselves.”

S| Inspectors found that work to keep children safe and to protect others was sufficient in all but one of the cases they examined.
S| Leaders use feedback from children to shape the service, and children helped to design its new reporting centre.
W| The one gap was in the help available to children with speech and language needs, where waits for assessment were long.

R| The report makes two recommendations.
"""),
    # 14. a 2025 public-protection PDU inspection, no rating, the region as context; "Context" / "Findings" bullets;
    #     "Fieldwork: June 2025"
    ("whitcott-keysett-pdu-2025", facts([
        svc("Whitcott Keysett Probation Delivery Unit", "Whitcott Keysett PDU", "PDU", None)], "2025-10-02", "2025-06", 4),
     """N| Press release

N| Public protection inspection of [Whitcott Keysett Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [2 October 2025|D]

N| Today’s public protection report from [HM Inspectorate of Probation|A] looks at [Whitcott Keysett Probation Delivery Unit|S], on the western edge of the [Probation Service – West Midlands region|S].
N| Reports in this programme carry no rating.
N| Fieldwork: [June 2025|D].

N| Context
N| • The unit covers a sparsely populated area along the Welsh border.
N| • Its caseload is a little over 600 people, most of them on licence.

N| Findings
S| • Staff recognised the signs of domestic abuse and acted on them quickly.
W| • Risk management plans were not reviewed after an arrest in almost half of the relevant cases.
W| • Approved premises places were hard to find, so some people were released to unsuitable addresses.
S| • The unit’s joint work with [West Mercia Police|A] on high-risk cases was well established.

R| The report makes four recommendations.
"""),
    # 15. an ordinary youth justice service in local news: "was handed a ‘...’ verdict"; the report "made public on Thursday
    #     (8 December)" under a byline of Saturday 10 December 2022; "visited in August 2022"
    ("ragleth-yjs-2022", facts([
        svc("Ragleth Youth Justice Service", "Ragleth YJS", "YJS", RI)], "2022-12-08", "2022-08", 7),
     """N| Youth justice team told to improve after inspection

N| By [Owen Breeze|X]

N| [Saturday 10 December 2022|D]

N| [Ragleth Youth Justice Service|S] was handed a ‘[Requires improvement|R]’ verdict in a report made public on Thursday ([8 December|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [August 2022|D].

S| They found that [Ragleth|S]’s staff were enthusiastic and knew the young people they worked with well.
W| But the report warns that too little was done to understand the risks some children faced outside the home.
W| It adds that the service’s board rarely looked at the experiences of girls or of children from minority ethnic backgrounds.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Enthusiasm is not in short supply in Ragleth, but the service’s grip on risk is still too loose.”

R| Seven recommendations are made in the report.

N| A [Shropshire Council|A] spokesperson said an action plan was being drawn up.
"""),
    # 16. an ordinary youth justice service in 2021, the inspection "carried out remotely in January 2021"; "has earned a
    #     ‘...’ rating"; a date line of a release that says "published today"
    ("leebotwood-yjs-2021", facts([
        svc("Leebotwood Youth Justice Service", "Leebotwood YJS", "YJS", GOOD)], "2021-04-27", "2021-01", 3),
     """N| [Leebotwood Youth Justice Service|S] earns ‘[Good|R]’ rating

N| [Tuesday 27 April 2021|D]

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Leebotwood Youth Justice Service|S] ‘[Good|R]’ in a report that is out today.
N| With pandemic restrictions in force, inspectors did their work remotely, in [January 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through lockdown, [Leebotwood|S] found ways to keep children engaged, from walk-and-talk sessions to deliveries of activity packs.
S| “Its partnership working is a real asset.”

S| Inspectors commended the swift access children had to mental health support through a worker seconded from [CAMHS|A].
W| However, in some cases, the work done to support victims was not recorded.

R| The report makes three recommendations.
"""),
    # 17. an ordinary PDU page opening on "Skip to content" and an empty "Published:" line; "Inspectors have given X an
    #     overall rating of ‘...’"; "from 8 to 12 July 2024"; the notes' day; a call to action outside the count
    ("minton-pdu-2024", facts([
        svc("Minton Probation Delivery Unit", "Minton PDU", "PDU", RI)], "2024-10-15", "2024-07", 6),
     """N| Skip to content

N| Published:

N| [Minton Probation Delivery Unit|S] inspection

N| Inspectors have given [Minton Probation Delivery Unit|S] an overall rating of ‘[Requires improvement|R]’.
N| They visited from [8 to 12 July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Minton|S] has held on to an experienced core of staff, and that shows in the quality of its assessments.
W| “Where it falls down is in following through: too many plans are written well and then left on the file.”

S| Inspectors found that the unit’s women’s services were thoughtful and well used.
W| Yet contact with people released from prison was sometimes delayed by more than a week.

R| Mr Jones added: “Leaders should make sure every person on probation is seen within the timescales set out in their plan.”

R| The inspectorate makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [15 October 2024|D].
"""),
    # 18. an ordinary youth offending service in 2018 with a date line with an ordinal: "has been assessed as ‘...’";
    #     "in July 2018"; "eight recommendations"
    ("acton-scott-yos-2018", facts([
        svc("Acton Scott Youth Offending Service", "Acton Scott YOS", "YJS", RI)], "2018-11-08", "2018-07", 8),
     """N| [Acton Scott Youth Offending Service|S] rated ‘[Requires improvement|R]’

N| [Thursday, 8th November 2018|D]

N| In a report out today, [HM Inspectorate of Probation|A] assesses [Acton Scott Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors were on site in [July 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Case managers at [Acton Scott YOS|S] have a real understanding of children’s lives and build trust with them.
W| “Leaders, however, have not yet made sure that staff are clear about how to manage the risks some children pose.”

W| Inspectors found that the YOS’s out-of-court disposal work lacked a clear policy, and decisions were sometimes made without an assessment.
S| Children were offered a wide range of activities, including sports coaching and work experience.

R| The report makes eight recommendations, six for the YOS and two for its management board.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
