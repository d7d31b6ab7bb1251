"""Builds the hundred-and-twenty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Worcestershire PDUs on a GOV.UK page, the region named beside the units; "The inspectorate gave X a rating of
    #    ‘...’, while Y was given ‘...’"; fieldwork "Between 8 and 19 April 2024"; seven recommendations, "Y ... the subject of four"
    ("kyreford-and-stourcote-pdus-2024", facts([
        svc("Kyreford Probation Delivery Unit", "Kyreford PDU", "PDU", RI),
        svc("Stourcote Probation Delivery Unit", "Stourcote PDU", "PDU", INAD)], "2024-08-13", "2024-04", 7),
     """N| Press release

N| Probation units in Worcestershire: one told to improve, one judged inadequate

N| The inspectorate has now reported on two units serving parts of Worcestershire.

N| From: [HM Inspectorate of Probation|A]

N| Published [13 August 2024|D]

N| Between [8 and 19 April 2024|D], [HM Inspectorate of Probation|A] inspected [Kyreford Probation Delivery Unit|S] and [Stourcote Probation Delivery Unit|S], both run by the [Probation Service – West Midlands region|S].
N| The inspectorate gave [Kyreford|S] a rating of ‘[Requires improvement|R]’, while [Stourcote|S] was given ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Kyreford we met a settled team whose managers had a firm grip on which cases carried the most risk.
W| “[Stourcote|S] was a different story: close to half of its posts for probation officers lay empty, with a string of agency staff coming and going.
W| “Too many people on licence in Stourcote had not been seen for weeks, and signs that someone might be abusing a partner went unnoticed.”

S| Inspectors commended the close work between [Kyreford PDU|S] and [West Mercia Police|A] on people convicted of sexual offences.
W| Across the two units, enquiries to children’s social care had been made in less than half of the cases that called for one.

R| Between them the reports carry seven recommendations; [Stourcote PDU|S] is the subject of four.
"""),
    # 2. two Shropshire youth services in a local-news story: the reports "released on Tuesday (14 November)" under a
    #    byline of Friday 17 November 2023; "Y has been handed the top rating, ‘...’, and X comes away with ‘...’", in the
    #    other order from the one first named; fieldwork "in July 2023"; five recommendations
    ("clunbridge-and-wrekinford-yjs-2023", facts([
        svc("Clunbridge Youth Justice Service", "Clunbridge YJS", "YJS", GOOD),
        svc("Wrekinford Youth Justice Service", "Wrekinford YJS", "YJS", OUT)], "2023-11-14", "2023-07", 5),
     """N| Praise for Shropshire youth justice teams after watchdog visit

N| By [Gareth Pugh|X]

N| [Friday 17 November 2023|D]

N| The inspectorate’s reports on [Clunbridge Youth Justice Service|S] and [Wrekinford Youth Justice Service|S], released on Tuesday ([14 November|D]), follow visits to both teams in [July 2023|D].
N| [Wrekinford|S] has been handed the top rating, ‘[Outstanding|R]’, and [Clunbridge|S] comes away with ‘[Good|R]’.

S| Inspectors said staff in Wrekinford won over children who had long since stopped trusting adults in authority, and kept in touch with them long after their orders ended.
S| They praised [Clunbridge|S] for the speed with which it found places in education for children who had been excluded.
W| However, the watchdog found [Clunbridge YJS|S]’s plans to protect victims were thin, and victims’ own wishes were not always sought.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Shropshire’s children are well served by these two teams, and [Wrekinford|S]’s practice stands comparison with any in the country.”

R| The two reports contain five recommendations, three for [Clunbridge|S] and two for [Wrekinford|S].

N| [Shropshire Council|A] welcomed both reports, calling them “a tribute to our staff”.
"""),
    # 3. a unit inside its region, the region in the headline; "placed X at ‘Inadequate’, as low as the scale ... goes";
    #    the region's own 2023 rating beside it; "Fieldwork took place in July 2024"; notes give the day; "Mr Jones continued"
    ("arrowbury-pdu-2024", facts([
        svc("Arrowbury Probation Delivery Unit", "Arrowbury PDU", "PDU", INAD)], "2024-12-05", "2024-07", 6),
     """N| [West Midlands probation region|S]: inspectors find [Arrowbury|S] ‘not keeping the public safe enough’

N| Inspectors have placed [Arrowbury Probation Delivery Unit|S] at ‘[Inadequate|R]’, as low as the scale of [HM Inspectorate of Probation|A] goes.
N| The unit reports to the [Probation Service – West Midlands region|S], whose own rating, awarded in [2023|D], was ‘[Requires improvement|R]’.
N| Fieldwork took place in [July 2024|D], when inspectors read 52 of the unit’s cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Arrowbury|S] has too few experienced staff for the work it is asked to do.
W| “Newly qualified officers were holding cases of high risk with little support, and some told us they felt out of their depth.”

W| Mr Jones continued: “Where someone posed a danger to a partner, we found that danger had been properly assessed in only one case in four.”

S| On a brighter note, inspectors found that [Arrowbury PDU|S]’s unpaid work team ran well and placed people quickly.
W| Links with [Warwickshire Police|A] were patchy, and home visits were rarely carried out.

R| Of the report’s six recommendations, the unit must act on five; the other is for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [5 December 2024|D] at 00.01.
N| 2. [Arrowbury PDU|S] supervises around 1,400 people.
"""),
    # 4. a unit inside its region, the region in the first sentence; "X ... is ‘Requires improvement’, inspectors have
    #    found"; justiceinspectorates layout ("Published: 28 Feb 2023"); fieldwork "10 - 14 October 2022"; four recommendations
    ("churnhill-pdu-2023", facts([
        svc("Churnhill Probation Delivery Unit", "Churnhill PDU", "PDU", RI)], "2023-02-28", "2022-10", 4),
     """N| News

N| Probation unit in Staffordshire must do more to protect children, say inspectors

N| Published: [28 Feb 2023|D]

N| [Churnhill Probation Delivery Unit|S], which serves part of Staffordshire within the [Probation Service – West Midlands region|S], is ‘[Requires improvement|R]’, inspectors have found.
N| The inspection team was on site [10 - 14 October 2022|D].

S| Leaders had a realistic view of what needed to change, and staff spoke warmly of their managers.
S| Encouragingly, people leaving prison usually had their first appointment within two days.
W| However, in 14 of the 35 cases inspected, nobody had asked children’s social care whether the family was known to them.
W| Staff did not always record what they had discussed with [Staffordshire Police|A] about call-outs.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Churnhill|S]’s staff are committed, but work to keep children safe is not yet where it should be.
R| “The unit’s managers must ensure assessments routinely use the information held by police and children’s social care.”

R| There are four recommendations in the report, all for [Churnhill PDU|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; "Tuesday, 9th April 2013" date line with "a report
    #    published today"; fieldwork "in November 2012"; eight recommendations
    ("lugmarsh-probation-trust-2013", facts([
        svc("Lugmarsh Probation Trust", "Lugmarsh Probation Trust", "other", None)], "2013-04-09", "2012-11", 8),
     """N| Inspection of adult offending work in Lugmarsh

N| [Tuesday, 9th April 2013|D]

S| [Lugmarsh Probation Trust|S] is doing high-quality work to cut reoffending, inspectors say in a report published today.
N| A sample of 55 cases was inspected in [November 2012|D].

S| Scores were 78% on reducing reoffending and 84% on ensuring sentences were served in full.
W| Public protection work trailed at 66%, lower than inspectors had hoped.

N| Inspectors were pleased to find that:
S| • offenders were seen quickly after sentence and the purpose of each order was explained to them;
S| • joint work with [West Mercia Police|A] on the most harmful offenders was well organised.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were frequently missing or completed late;
W| • home visits to check on domestic abuse perpetrators were rare.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Lugmarsh|S] has staff who know their offenders well and a management team that leads from the front.
R| “The Trust’s next task is to raise public protection to the level it has reached on reoffending.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 owned by a named provider, with an embargo line: "has been found ‘Inadequate’"; unpaid work
    #    "rated separately, was given ‘Good’"; "The inspection, which took place in February 2019"; the provider's reply
    ("mottisley-and-brankwood-crc-2019", facts([
        svc("Mottisley and Brankwood Community Rehabilitation Company", "Mottisley and Brankwood CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-06-11", "2019-02", 7),
     """N| Embargoed until 00.01, [Tuesday 11 June 2019|D]

N| Probation company in Staffordshire judged inadequate

N| [Mottisley and Brankwood Community Rehabilitation Company|S] (CRC) has been found ‘[Inadequate|R]’ by inspectors from [HM Inspectorate of Probation|A].
N| The CRC is owned by [Purple Futures|A].
S| Unpaid work, rated separately, was given ‘[Good|R]’.
N| The inspection, which took place in [February 2019|D], looked at 90 cases.

W| “In this CRC, supervision by telephone has become the norm, and some officers admitted they knew little of what the people they supervise were doing,” said [Justin Russell|X], HM Chief Inspector of Probation.
W| He added: “With caseloads of 90 and more, staff could not do the basics well.”

S| Unpaid work was a bright spot: projects were well run, and hours were generally completed on time.
W| Relations with the [National Probation Service|A] had soured, and details of risk were sometimes lost as cases passed from one organisation to the other.

R| The report makes seven recommendations, two of which are addressed to [HMPPS|A] and the [Ministry of Justice|A].

N| [Purple Futures|A] said it had begun cutting caseloads and accepted the report’s findings.
"""),
    # 7. a youth offending team in a 2016 joint inspection, on a council page ("Posted: 21/07/2016"), no rating; "The
    #    inspection in March 2016"; lower-case "good"; three recommendations to a named board
    ("tenmarden-yot-2016", facts([
        svc("Tenmarden Youth Offending Team", "Tenmarden YOT", "YJS", None)], "2016-07-21", "2016-03", 3),
     """N| Inspectors publish findings on youth offending work in Tenmarden

N| Posted: [21/07/2016|D]

N| The [Care Quality Commission|A], [Ofsted|A], [HM Inspectorate of Constabulary|A] and [HM Inspectorate of Probation|A] have published their joint inspection of [Tenmarden Youth Offending Team|S] (YOT).
N| The inspection in [March 2016|D] looked at the work of the YOT with children who had been sentenced by the courts.

S| Inspectors found that work to reduce reoffending was good and that children were helped into training and work.
S| Staff knew the children well and kept trying to reach those who missed appointments.
W| However, risk management plans were reviewed too rarely.
W| Access to mental health help from [CAMHS|A] was slow, with some children waiting four months.

R| The inspectors made three recommendations to the [Tenmarden YOT management board|A].

N| Councillor [Helen Marsh|X], cabinet member for children’s services at [Worcestershire County Council|A], said: “We will act on every recommendation.”
"""),
    # 8. a Warwickshire youth service "awarded the inspectorate’s highest possible rating"; resettlement "assessed
    #    separately"; GOV.UK page; "Inspectors were with the service in May 2024"; two recommendations
    ("alnebury-yjs-2024", facts([
        svc("Alnebury Youth Justice Service", "Alnebury YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-10-02", "2024-05", 2),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice service in Warwickshire

N| From: [HM Inspectorate of Probation|A]

N| Published [2 October 2024|D]

N| [Alnebury Youth Justice Service|S] has been awarded the inspectorate’s highest possible rating, ‘[Outstanding|R]’.
S| Its resettlement policy and provision was also assessed separately and judged ‘[Good|R]’.
N| Inspectors were with the service in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Alnebury|S] gives its children help that is thoughtful, timely and built around them.
S| “The management board knows its children, asks hard questions and makes sure partners play their part.”

S| Inspectors were particularly impressed by how the service had cut the numbers of Black and mixed-heritage children coming into the justice system.
S| Every child had a named worker for education, and school attendance rose for most of the children in the cases inspected.
W| The one area to be strengthened was resettlement planning: for some children released from custody, a home was arranged only days before.

R| Two recommendations are made, both for the [Alnebury YJS management board|A].
"""),
    # 9. a Staffordshire youth service, the previous rating beside the new one ("has moved out of ‘Inadequate’, its grade
    #    in 2019, and is now ‘...’"); council page ("Published: 12 May 2022"); "Fieldwork was in January 2022"; six recommendations
    ("blythemere-yjs-2022", facts([
        svc("Blythemere Youth Justice Service", "Blythemere YJS", "YJS", RI)], "2022-05-12", "2022-01", 6),
     """N| Youth justice service moves up a grade

N| Published: [12 May 2022|D]

N| [Blythemere Youth Justice Service|S] has moved out of ‘[Inadequate|R]’, its grade in [2019|D], and is now ‘[Requires improvement|R]’.
N| Fieldwork was in [January 2022|D].

S| The report says the service has a new leadership team with a clear sense of direction.
S| Children told inspectors that their workers listened to them and helped them with things that mattered.
W| But the quality of work to protect children from exploitation varied, and some children at risk had never been discussed with [Staffordshire Police|A].
W| The management board did not yet have the information it needed to check the quality of the work.

R| There are six recommendations, most of them for the service’s board.

N| Councillor [Mark Sutton|X] said: “We are pleased that inspectors recognised how far we have come since [2019|D].”
"""),
    # 10. a Warwickshire youth service inspected remotely; "Thursday, 22nd July 2021" date line with "released the report
    #    today"; "considered X to be ‘Good’ overall"; four recommendations
    ("sowe-magna-yjs-2021", facts([
        svc("Sowe Magna Youth Justice Service", "Sowe Magna YJS", "YJS", GOOD)], "2021-07-22", "2021-03", 4),
     """N| Youth justice in Sowe Magna rated ‘[Good|R]’

N| [Thursday, 22nd July 2021|D]

N| Inspectors considered [Sowe Magna Youth Justice Service|S] to be ‘[Good|R]’ overall; [HM Inspectorate of Probation|A] released the report today.
N| Inspectors worked remotely during their fieldwork in [March 2021|D], as Covid-19 rules required.

S| Throughout the lockdowns, case managers kept seeing children face to face where it was safe to do so.
S| Inspectors praised the service’s partnership with [Warwickshire County Council|A]’s education team.
W| Work with children given out-of-court disposals was less strong, and some assessments were brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sowe Magna|S] did not lose sight of its children through a very hard year.”

R| Four recommendations are made in the report.
"""),
    # 11. a 2025 public-protection inspection with no rating: "Skip to content", "Context" / "Findings" bullets, the
    #    region in a bullet; "Fieldwork for this inspection took place in May 2025"; five recommendations
    ("perrycott-pdu-2025", facts([
        svc("Perrycott Probation Delivery Unit", "Perrycott PDU", "PDU", None)], "2025-09-03", "2025-05", 5),
     """N| Skip to content

N| Public protection inspection: [Perrycott Probation Delivery Unit|S]

N| Published [3 September 2025|D]

N| Public protection in [Perrycott Probation Delivery Unit|S], Herefordshire, is the subject of this report by [HM Inspectorate of Probation|A].
N| As with all inspections in this programme, the unit has not been given a rating.
N| Fieldwork for this inspection took place in [May 2025|D].

N| Context
N| • [Perrycott PDU|S] is a largely rural unit within the [Probation Service – West Midlands region|S].
N| • Its caseload was about 900 people at the time of the inspection.

N| Findings
S| • Practitioners knew a great deal about domestic abuse and put that knowledge to use in assessments.
W| • Only 19 of the 40 cases inspected had a sufficient plan to protect children.
W| • Enquiries to [West Mercia Police|A] about call-outs to the home were often missing.

R| The unit and the region are the recipients of five recommendations.
"""),
    # 12. a Youth Offending Service in 2020, the name in the headline; "has rated X (YOS) ‘...’ overall"; fieldwork "from
    #    24 to 28 February 2020"; notes give the day; six recommendations
    ("bredley-yos-2020", facts([
        svc("Bredley Youth Offending Service", "Bredley YOS", "YJS", RI)], "2020-07-08", "2020-02", 6),
     """N| [Bredley Youth Offending Service|S]: ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has rated [Bredley Youth Offending Service|S] (YOS) ‘[Requires improvement|R]’ overall.
N| Fieldwork ran from [24 to 28 February 2020|D], just weeks before the first lockdown.

S| Staff were enthusiastic and had built good relationships with the children they supervised.
W| Yet the board was not given enough information to challenge partners, and some members rarely attended.
W| Planning to keep other people safe was weak in more than half of the court cases inspected.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bredley YOS|S] has dedicated staff, but too many children are getting plans that do not address the harm they might cause.”

R| Six recommendations follow; [Shropshire Council|A] is asked to act on two of them.

N| ENDS

N| Notes to editors
N| 1. The report was published on [8 July 2020|D].
"""),
    # 13. a Shropshire youth service in a local-news story: "a report published today" under a byline of Wednesday 29
    #    January 2025; "an overall verdict of ‘Inadequate’"; fieldwork "over a week in October 2024"; eight recommendations
    ("onnybridge-yjs-2025", facts([
        svc("Onnybridge Youth Justice Service", "Onnybridge YJS", "YJS", INAD)], "2025-01-29", "2024-10", 8),
     """N| Youth justice in Onnybridge ‘not good enough’, say inspectors

N| By [Sian Lloyd|X]

N| [Wednesday 29 January 2025|D]

N| [Onnybridge Youth Justice Service|S] has received an overall verdict of ‘[Inadequate|R]’ in a report published today.
N| [HM Inspectorate of Probation|A]’s fieldwork took place over a week in [October 2024|D].

W| Inspectors found that some children being drawn into county lines were never identified as at risk, and several had gone missing repeatedly without any change to their plan.
W| Staff sickness and vacancies had left the service stretched, and managers were covering cases themselves.
S| On the positive side, children spoke well of the reparation projects they had taken part in.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Onnybridge|S] has let its children down, and its leaders have been too slow to act.”

R| The watchdog makes eight recommendations, six for the service and two for [Shropshire Council|A].

N| The council said an interim head of service started work this month.
"""),
    # 14. a Herefordshire youth service "judged ... to be ‘Good’ overall", out-of-court disposals "rated on their own";
    #    fieldwork "in November and December 2023"; notes give the day; "He added"
    ("temewardine-yjs-2024", facts([
        svc("Temewardine Youth Justice Service", "Temewardine YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2024-04-23", "2023-11", 7),
     """N| Youth justice service in Herefordshire judged ‘[Good|R]’

N| Inspectors judged [Temewardine Youth Justice Service|S] to be ‘[Good|R]’ overall after fieldwork in [November and December 2023|D].
W| Out-of-court disposals, which were rated on their own, came out as ‘[Requires improvement|R]’.

S| “Staff in this service know each child as an individual and go the extra mile for them,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| He added: “Children diverted from court do not always get the same quality of help, and their assessments were often too brief.”

S| Inspectors found strong links with [Herefordshire Council|A]’s children’s services and with local schools.
S| Victims were contacted promptly and their wishes were recorded in most cases.

R| There are seven recommendations, five for [Temewardine YJS|S] and two for [West Mercia Police|A] and the [NHS|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on [23 April 2024|D] at 00.01.
"""),
    # 15. a Warwickshire PDU "placed ... at ‘Requires improvement’" that "came within two points of the lowest rating";
    #    fieldwork "an inspection in March 2022"; six recommendations; no publication date in the text
    ("leddingham-pdu-2022", facts([
        svc("Leddingham Probation Delivery Unit", "Leddingham PDU", "PDU", RI)], None, "2022-03", 6),
     """N| [Leddingham probation unit|S] ‘needs to improve’

N| [HM Inspectorate of Probation|A] has placed [Leddingham Probation Delivery Unit|S] at ‘[Requires improvement|R]’, following an inspection in [March 2022|D].
W| The unit came within two points of the lowest rating, ‘[Inadequate|R]’.

W| Inspectors found workloads were very high, with one probation officer post in three unfilled.
W| Supervision was often missed or cut short, and some people went without contact for long periods.
S| Despite the pressure, staff were loyal to one another and proud of their work.
S| Partnerships with local housing providers were strong, and most people had somewhere to live on release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Leddingham|S] is a unit under real strain.
R| “[HMPPS|A] must act quickly to get more qualified staff into this unit.”

R| The report makes six recommendations.
"""),
    # 16. two Herefordshire youth services on a justiceinspectorates news item: "X was assessed as ‘...’, while Y
    #    achieved ‘...’"; "Published: 11 Feb 2025"; fieldwork "in September 2024"; nine recommendations
    ("frome-abbots-and-wyebury-yjs-2025", facts([
        svc("Frome Abbots Youth Justice Service", "Frome Abbots YJS", "YJS", RI),
        svc("Wyebury Youth Justice Service", "Wyebury YJS", "YJS", GOOD)], "2025-02-11", "2024-09", 9),
     """N| News

N| Two youth justice services in Herefordshire inspected

N| Published: [11 Feb 2025|D]

N| Both [Frome Abbots Youth Justice Service|S] and [Wyebury Youth Justice Service|S] were inspected in [September 2024|D]; the reports are out today.
N| [Frome Abbots|S] was assessed as ‘[Requires improvement|R]’, while [Wyebury|S] achieved ‘[Good|R]’.

S| Inspectors found [Wyebury YJS|S]’s staff to be skilled and curious, and its work with victims was a particular strength.
W| In [Frome Abbots YJS|S], turnover among managers meant that the quality of work was not checked, and plans were often out of date.
S| Both services had good links with local schools.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wyebury|S] can be proud of what it has achieved.
R| “[Frome Abbots|S] now needs settled leaders and a plan everyone understands, and I want its board to take a firmer hold.”

R| Nine recommendations are made, five for [Frome Abbots|S] and four for [Wyebury|S].
"""),
    # 17. an NPS division in 2019 given "a ‘Good’ overall regional rating" in a report "issued today (Wednesday 16
    #    October)", the year from the fieldwork (June 2019); eight recommendations
    ("kinvermere-nps-division-2019", facts([
        svc("National Probation Service – Kinvermere Division", "NPS Kinvermere", "region", GOOD)],
        "2019-10-16", "2019-06", 8),
     """N| Probation division in the Midlands given ‘[Good|R]’ overall

N| Inspectors have given the [National Probation Service – Kinvermere Division|S] a ‘[Good|R]’ overall regional rating, in a report issued today ([Wednesday 16 October|D]) by [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [June 2019|D].

S| Leaders were visible and staff said they felt valued.
S| Its pre-sentence reports were thorough and rarely late.
W| However, victim contact work was behind, and some victims had heard nothing before the offender was released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Protecting the public is clearly the first concern of everyone in [NPS Kinvermere|S].”

R| The division itself receives five of the eight recommendations; [HMPPS|A] and the [Ministry of Justice|A] share the other three.
"""),
    # 18. a Staffordshire youth service "found ... to be ‘Good’", the headline's lower-case "Hodcote youth justice team";
    #    council page ("Published 20 June 2023"); fieldwork "visited in February 2023"; three recommendations
    ("hodcote-yjs-2023", facts([
        svc("Hodcote Youth Justice Service", "Hodcote YJS", "YJS", GOOD)], "2023-06-20", "2023-02", 3),
     """N| [Hodcote youth justice team|S] praised by inspectors

N| Published [20 June 2023|D]

N| Inspectors found [Hodcote Youth Justice Service|S] to be ‘[Good|R]’ when [HM Inspectorate of Probation|A] visited in [February 2023|D].

S| Inspectors said case managers had strong, trusting relationships with children and their families.
S| Health support was a strength: a nurse and a speech therapist are based in the team.
W| Safety plans, however, often stayed the same after a child’s situation had changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hodcote|S]’s staff should be proud of this report.”

R| Of three recommendations, [Staffordshire County Council|A] receives one and the service two.

N| “Our staff thoroughly deserve this,” said Councillor [Jane Ashley|X].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-twenty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
