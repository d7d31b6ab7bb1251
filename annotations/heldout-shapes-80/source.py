"""Builds the eightieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two New Forest PDUs on a GOV.UK page, the region named before the units: "New Milton was given ‘...’ and Fawley
    #    the lowest grade, ‘...’"; fieldwork "during the weeks beginning 3 and 10 June 2024"; "Ten recommendations ...,
    #    split evenly between the two units"; the regional director's reply
    ("new-milton-and-fawley-pdus-2024", facts([
        svc("New Milton Probation Delivery Unit", "New Milton PDU", "PDU", RI),
        svc("Fawley Probation Delivery Unit", "Fawley PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Reports on two probation units in the New Forest

N| Inspection findings for two probation units in Hampshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two units of [Probation Service – South Central region|S] are the subject of two new reports from [HM Inspectorate of Probation|A]: [New Milton Probation Delivery Unit|S] and [Fawley Probation Delivery Unit|S].
N| [New Milton|S] was given ‘[Requires improvement|R]’ and [Fawley|S] the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited both units during the weeks beginning [3 and 10 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Fawley, nearly half of the posts for probation officers were empty or filled by agency staff, and the people being supervised noticed.
W| “Checks with the police and children’s services on possible domestic abuse had not been made in many of the cases we read.
S| “[New Milton|S] is in a steadier position, with an experienced senior manager and a team that supports one another.”

S| Inspectors found that [New Milton PDU|S] had built good links with local housing officers, so fewer people left prison with nowhere to stay.
W| In both units, risk management plans had often not been updated when circumstances changed.

R| Ten recommendations are made in the two reports, split evenly between the two units.

N| [Rachel Ockenden|X], Regional Probation Director for South Central, said: “The findings are fair, and experienced officers have been moved to Fawley while we recruit.”
"""),
    # 2. two Isle of Wight youth justice services in a local-news story: the reports "published ... on Tuesday (6
    #    February)" under a byline of Friday 9 February 2024; the rating sentence names them in the other order
    #    ("Seaview ... ‘Requires improvement’, while Totland ... ‘Good’"); "Eight recommendations, five for Seaview and
    #    three for Totland"
    ("totland-and-seaview-yjs-2024", facts([
        svc("Totland Youth Justice Service", "Totland YJS", "YJS", GOOD),
        svc("Seaview Youth Justice Service", "Seaview YJS", "YJS", RI)], "2024-02-06", "2023-10", 8),
     """N| Island youth justice teams get mixed verdicts

N| By [Helen Cheverton|X]

N| [Friday 9 February 2024|D]

N| Inspectors looked at [Totland Youth Justice Service|S] and [Seaview Youth Justice Service|S] in [October 2023|D], and published the two reports on Tuesday ([6 February|D]).
N| [Seaview|S] has been told it ‘[Requires improvement|R]’, while [Totland|S] has been awarded ‘[Good|R]’.

S| The inspectors said [Totland|S]’s case managers kept in close touch with families and rarely let a missed appointment go unchallenged.
S| They also commended [Totland YJS|S] for the speed with which children were found a place in school or college.
W| At [Seaview YJS|S], by comparison, too many plans were written without the child or their parents being asked what they thought.
W| Work with the island’s health services was described as patchy, and some children waited months for mental health support.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Totland|S]’s team has a real feel for the children it works with, and it shows.”

R| Eight recommendations are made, five for [Seaview|S] and three for [Totland|S].

N| A spokesperson for the [Isle of Wight Council|A] said: “We are already working on an action plan and will share it with the management board this month.”
"""),
    # 3. two Wiltshire PDUs in a justiceinspectorates news item, the region named in the first sentence; "rated ‘...’
    #    and ‘...’ respectively"; "Published: 11 Mar 2025"; fieldwork "between 21 October and 1 November 2024" (across
    #    two months); "nine recommendations in total: four for Lacock, four for Bulford, and one for the region"
    ("lacock-and-bulford-pdus-2025", facts([
        svc("Lacock Probation Delivery Unit", "Lacock PDU", "PDU", RI),
        svc("Bulford Probation Delivery Unit", "Bulford PDU", "PDU", INAD)], "2025-03-11", "2024-10", 9),
     """N| News

N| Two probation units in Wiltshire fall short of ‘[Good|R]’

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has inspected [Lacock Probation Delivery Unit|S] and [Bulford Probation Delivery Unit|S], which belong to the [Probation Service – South West region|S].
N| The two units were rated ‘[Requires improvement|R]’ and ‘[Inadequate|R]’ respectively.
N| Inspection fieldwork ran between [21 October and 1 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Many of those supervised by [Bulford PDU|S] have a history of violence, and too little was being done to understand the danger they posed to partners and children.
S| “[Lacock|S] has a stable workforce and leaders who know where the problems lie, which gives me some confidence about its next steps.”

W| In Bulford, a quarter of staff had joined within the previous year and many were still finding their feet.
S| Inspectors singled out [Lacock|S]’s integrated offender management scheme, run jointly with [Wiltshire Police|A].
W| Neither unit offered enough structured interventions for people convicted of domestic abuse.

R| The reports make nine recommendations in total: four for [Lacock|S], four for [Bulford|S], and one for the region.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has received the inspectorate’s
    #    lowest rating, ‘...’"; the region's earlier rating as context; "Mr Jones went on"; fieldwork "spent February
    #    2025 at the unit"; "The report will be online from 00.01 on Thursday 19 June 2025" in the notes
    ("bishopstoke-pdu-2025", facts([
        svc("Bishopstoke Probation Delivery Unit", "Bishopstoke PDU", "PDU", INAD)], "2025-06-19", "2025-02", 6),
     """N| [South Central probation region|S]: [Bishopstoke probation unit|S] ‘not keeping people safe’

N| [Bishopstoke Probation Delivery Unit|S], which sits within [Probation Service – South Central region|S], has received the inspectorate’s lowest rating, ‘[Inadequate|R]’.
N| The region itself was given ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| Inspectors from [HM Inspectorate of Probation|A] spent [February 2025|D] at the unit and reviewed 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bishopstoke|S] has gone more than a year without a settled leadership team, and the effects can be seen in almost every part of its work.
W| “Staff were doing their best, but many were newly qualified and had nobody experienced to ask.”

W| Mr Jones went on: “In too many cases we read, children living with a person on probation had not been considered at all.”

S| There were some bright spots: the unit’s approved premises link worker was valued by colleagues, and [Bishopstoke PDU|S]’s women’s group was well attended.
W| Referrals to [Hampshire and Isle of Wight Constabulary|A] for domestic abuse checks were made in only 14 of the 38 relevant cases.

R| The report makes six recommendations: four are aimed at the unit, the other two at regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report will be online from 00.01 on [Thursday 19 June 2025|D].
N| 2. [Bishopstoke PDU|S] covers Eastleigh borough and part of the Test Valley.
"""),
    # 5. a unit inside its region, the region in the headline and the notes: "inspectors have found X to be ‘...’" in "a
    #    report published today (Thursday 14 November)" (year from the fieldwork, June 2024); the headline's lower-case
    #    "Corfe Mullen probation unit"; "just 19 of the 42 cases"; four recommendations
    ("corfe-mullen-pdu-2024", facts([
        svc("Corfe Mullen Probation Delivery Unit", "Corfe Mullen PDU", "PDU", RI)], "2024-11-14", "2024-06", 4),
     """N| [South West region|S]: [Corfe Mullen probation unit|S] ‘heading in the right direction’

N| In a report published today ([Thursday 14 November|D]), inspectors have found [Corfe Mullen Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection team spent two weeks with the unit in [June 2024|D] and looked closely at 42 cases.

S| Leaders had a realistic improvement plan and staff told inspectors they felt listened to.
S| Most people on probation had been seen promptly after sentence, and their first appointments were used well.
W| However, just 19 of the 42 cases had a sound plan to manage the risk of harm.
W| Practitioners did not consistently ask [Dorset Police|A] about domestic abuse call-outs, and home visits were rare.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here is a team that is honest about its shortcomings and determined to put them right.
R| “The unit now needs to make sure that every assessment draws on the information held by the police and children’s social care.”

R| Four recommendations are made, all directed at [Corfe Mullen PDU|S].

N| ENDS

N| Notes to editors
N| 1. Around 650 people are supervised by [Corfe Mullen PDU|S], which reports to [Probation Service – South West region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores for three areas, "Inspectors found that:" / "But
    #    they also found that:" bullet lists; "Tuesday, 12th March 2013" as the date line; fieldwork "in November 2012";
    #    seven recommendations
    ("aldbourne-and-ramsbury-probation-trust-2013", facts([
        svc("Aldbourne and Ramsbury Probation Trust", "Aldbourne and Ramsbury Probation Trust", "other", None)],
        "2013-03-12", "2012-11", 7),
     """N| Inspection of probation work in Aldbourne and Ramsbury published

N| [Tuesday, 12th March 2013|D]

S| [Aldbourne and Ramsbury Probation Trust|S] is successful in cutting reoffending, inspectors from [HM Inspectorate of Probation|A] have concluded, although public protection needs closer attention.
N| The inspection was carried out in [November 2012|D], when inspectors assessed 70 cases.

S| Scores were 78% on reducing reoffending and 83% on seeing that offenders completed their sentences.
W| Protecting the public scored a lower 64%.

N| Inspectors found that:
S| • offenders had a clear sentence plan in almost every case;
S| • unpaid work projects were well organised and valued by local parishes.

N| But they also found that:
W| • home visits were seldom used, even where there was a known risk to a partner;
W| • information from [Wiltshire Police|A] was not always obtained before a plan was written.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Across the Trust, staff care about the people they supervise, and managers give them good support.
R| “Public protection now has to be taken as seriously as reducing reoffending already is.”

R| The report contains seven recommendations.
"""),
    # 7. a CRC in 2019 owned by Purple Futures, with an embargo line: "inspectors have judged X to be ‘...’"; unpaid
    #    work "which was rated on its own, was ‘...’"; "The fieldwork was done in February 2019"; Interserve's reply
    ("marchwood-and-netley-crc-2019", facts([
        svc("Marchwood and Netley Community Rehabilitation Company", "Marchwood and Netley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-05-21", "2019-02", 6),
     """N| Embargoed until 00.01, [Tuesday 21 May 2019|D]

N| Probation company in south Hampshire must do more to protect the public

N| In their report on [Marchwood and Netley Community Rehabilitation Company|S] (CRC), which is part of [Purple Futures|A], inspectors have judged the company to be ‘[Requires improvement|R]’.
S| Its unpaid work, which was rated on its own, was ‘[Good|R]’.
N| The fieldwork was done in [February 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC does the basics reasonably, but its staff are too stretched to build real relationships with those on their caseloads.
W| “Many of those we spoke to had seen three or four different officers in a year.”

S| Unpaid work placements were well supervised and many benefited local charities and community groups.
W| Arrangements with the [National Probation Service|A] for passing on new information about risk were slow, and in some cases nothing was passed on at all.

R| The CRC and its owner, [Purple Futures|A], must act on four recommendations; the remaining two of the six go to [HM Prison and Probation Service|A].

N| [Interserve|A], which leads [Purple Futures|A], said it welcomed the report and was investing in more staff.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "with ... as
    #    the lead agency"; "Date: 23/08/2016" (day/month/year); "fieldwork was in May 2016"; bullet lists; six
    #    recommendations
    ("denmead-yot-2016", facts([
        svc("Denmead Youth Offending Team", "Denmead YOT", "YJS", None)], "2016-08-23", "2016-05", 6),
     """N| Inspection of youth offending work in Denmead published

N| Date: [23/08/2016|D]

N| Findings from a joint inspection of [Denmead Youth Offending Team|S] (YOT) are published today, with [HM Inspectorate of Probation|A] as the lead agency.
N| [HM Inspectorate of Constabulary|A] took part too, as did [Ofsted|A] and the [Care Quality Commission|A]; fieldwork was in [May 2016|D].

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence and their first plans were made with them;
S| • links between the [Denmead YOT|S] and local schools were strong, and nearly all children were in education.

N| However, inspectors were concerned to find that:
W| • the risk some children posed to others was not always identified;
W| • the management board was not scrutinising the YOT’s performance closely enough.

R| The report makes six recommendations, the majority addressed to the management board.

N| Councillor [Rosa Penfold|X], who leads on youth services for [Hampshire County Council|A], said: “Our improvement plan will cover every recommendation, and the board will track it closely.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Highcliffe youth offending service": "After
    #    inspecting it in August 2019, ... has rated X ‘...’"; "I want children diverted from court to ..."; "Report
    #    available from: Thursday 28 November 2019" in the notes; four recommendations
    ("highcliffe-yos-2019", facts([
        svc("Highcliffe Youth Offending Service", "Highcliffe YOS", "YJS", GOOD)], "2019-11-28", "2019-08", 4),
     """N| [Highcliffe youth offending service|S] earns ‘[Good|R]’ from inspectors

N| After inspecting it in [August 2019|D], [Her Majesty’s Inspectorate of Probation|A] has rated [Highcliffe Youth Offending Service|S] ‘[Good|R]’.

S| Under its chair, a senior officer from [BCP Council|A], the management board understood the service and made partners answer for their part.
S| Case managers were skilled at winning the trust of children who had been let down in the past.
S| Work with children on court orders was a clear strength, and most had not reoffended by the end of their order.
W| By contrast, children given out-of-court disposals received much less attention, and their assessments were often thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Highcliffe|S]’s staff are enthusiastic and capable, and children are better off for it.
R| “I want children diverted from court to receive the same care as those on orders.”

R| The report makes four recommendations: three to the service, one to its management board.

N| ENDS

N| Notes to editors
N| 1. Report available from: [Thursday 28 November 2019|D].
"""),
    # 10. "Inspectors have judged X to be ‘...’, as it was in 2019" (overall and previous in one sentence); resettlement
    #     "judged on its own, fell into the bottom band, ‘...’"; fieldwork "began on 9 May 2022 and lasted two weeks";
    #     "Publication: 00.01 on Wednesday 21 September 2022" in the notes
    ("kings-worthy-yjs-2022", facts([
        svc("Kings Worthy Youth Justice Service", "Kings Worthy YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-09-21", "2022-05", 7),
     """N| Youth justice in Kings Worthy ‘still not where it needs to be’

N| Inspectors have judged [Kings Worthy Youth Justice Service|S] to be ‘[Requires improvement|R]’, as it was in [2019|D].
W| Resettlement work, judged on its own, fell into the bottom band, ‘[Inadequate|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A] began on [9 May 2022|D] and lasted two weeks.

S| Inspectors saw some thoughtful work with children at risk of exploitation, often carried out alongside [Hampshire and Isle of Wight Constabulary|A].
W| However, the quality of planning depended too much on which case manager a child happened to have.
W| Children leaving custody were often told where they would live only a few days before release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There are some very able people in this service, but since our last visit too little has changed.
R| “Leaders must see to it that children coming out of custody have a safe home and a school, college or training place waiting.”

R| The [Youth Justice Board|A] receives one of the report’s seven recommendations, the service the other six.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01 on [Wednesday 21 September 2022|D].
"""),
    # 11. a GOV.UK page: "... has given its top rating, ‘...’, to X"; resettlement "which inspectors also rate on its
    #     own, reached ‘...’"; "Fieldwork took place in September and October 2023"; "Good practice" (an adjective)
    #     opening a quote; three recommendations
    ("whiteparish-yjs-2024", facts([
        svc("Whiteparish Youth Justice Service", "Whiteparish YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-01-30", "2023-09", 3),
     """N| Press release

N| Youth justice service in Wiltshire rated ‘[Outstanding|R]’

N| Inspectors publish their report on [Whiteparish Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [30 January 2024|D]

N| [HM Inspectorate of Probation|A] has given its top rating, ‘[Outstanding|R]’, to [Whiteparish Youth Justice Service|S].
S| Resettlement policy and provision, which inspectors also rate on its own, reached ‘[Good|R]’.
N| Fieldwork took place in [September and October 2023|D].

S| Children told inspectors that their case managers listened to them and never gave up on them.
S| Partners including [Wiltshire Council|A]’s children’s services and [CAMHS|A] worked closely with the service, so help arrived quickly.
S| Almost every child whose case was inspected had contributed to writing their own plan.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good practice is the norm here, not the exception.
S| “[Whiteparish|S]’s staff and leaders can be very proud of what they have built.”

R| All three recommendations are for the service’s management board.
"""),
    # 12. a council page: "Posted 02/07/2024"; "has given X its lowest rating, ‘...’"; fieldwork "in the last week of
    #     February 2024"; 11 recommendations in digits; the director's apology
    ("fair-oak-yjs-2024", facts([
        svc("Fair Oak Youth Justice Service", "Fair Oak YJS", "YJS", INAD)], "2024-07-02", "2024-02", 11),
     """N| Response to the inspection of [Fair Oak Youth Justice Service|S]

N| Posted [02/07/2024|D]

N| [HM Inspectorate of Probation|A] has given [Fair Oak Youth Justice Service|S] its lowest rating, ‘[Inadequate|R]’, in a report published today.
N| The inspection was carried out in the last week of [February 2024|D].

W| According to inspectors, the service had a poor understanding of the risks children faced from criminal exploitation, and warning signs had been missed.
W| They also reported that managers rarely checked the quality of case managers’ work.
S| The report acknowledged how hard front-line staff worked and praised the service’s support for victims of crime.
W| The inspectorate said that the management board had not challenged partners to play their part.

R| There are 11 recommendations, aimed at [Hampshire County Council|A], [Hampshire and Isle of Wight Integrated Care Board|A], the management board and the service itself.

N| [Lydia Harcourt|X], Director of Children’s Services, said: “We are sorry that the service has not been good enough, and we have already appointed a new head of service.
N| “The board will now meet monthly to oversee the improvement plan.”
"""),
    # 13. a justiceinspectorates news item with a date line: "has rated X ‘...’ overall"; the headline's lower-case
    #     "Colehill youth justice service"; fieldwork "from 4 to 8 December 2023"; "only 13 of 30"; six recommendations,
    #     one to Dorset Police
    ("colehill-yjs-2024", facts([
        svc("Colehill Youth Justice Service", "Colehill YJS", "YJS", RI)], "2024-04-23", "2023-12", 6),
     """N| News

N| Work to keep children safe needs attention at [Colehill youth justice service|S]

N| [23 April 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Colehill Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| The inspection fieldwork was carried out from [4 to 8 December 2023|D].

S| Inspectors were impressed by the service’s work to divert children away from the courts, which was well organised and well resourced.
S| Children and their parents said they felt respected and that staff explained things clearly.
W| However, in just 13 of the 30 cases inspected was there a proper plan to keep the child safe.
W| Staffing had been unsettled, with several case managers leaving in the months before the inspection.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Colehill|S] has built an excellent diversion scheme, but it has lost sight of the safety of children under its supervision.
R| “Every case manager must have the time and the support to look properly at the risks each child faces.”

R| Inspectors make six recommendations, one of which asks [Dorset Police|A] to share information about children’s arrests more quickly.

N| [Dorset Council|A] said it accepted the findings.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Background" and "What
    #     inspectors found" bullets, the region in a bullet; "Published: 3 Dec 2025"; fieldwork "in September 2025";
    #     four recommendations
    ("binstead-pdu-2025", facts([
        svc("Binstead Probation Delivery Unit", "Binstead PDU", "PDU", None)], "2025-12-03", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation on the Isle of Wight

N| Published: [3 Dec 2025|D]

N| A report on how [Binstead Probation Delivery Unit|S] protects the public is out today from [HM Inspectorate of Probation|A].
N| Public protection inspections of this kind carry no rating.
N| Inspectors were with the unit in [September 2025|D].

N| Background
N| • [Binstead PDU|S], the only unit on the Isle of Wight, comes under [Probation Service – South Central region|S].
N| • The unit supervises about 550 people, many of whom have recently left prison.

N| What inspectors found
S| • Staff had a good grasp of the people on their caseloads and kept in regular contact with them.
W| • Home visits were seldom carried out, even where a person lived with children.
W| • Risk assessments were often not reviewed after a significant change, such as a new relationship.
S| • Arrangements under [MAPPA|A] worked well, and partners said the unit was easy to work with.

R| The unit and the region between them receive four recommendations.
"""),
    # 15. a remote inspection in 2021: "has slipped from ‘...’ at its last inspection, in 2018, to ‘...’"; "the
    #     fieldwork, in January 2021, was carried out remotely"; "Published: Thursday 6th May 2021"; "In only 10 of 24
    #     cases"; the council's reply
    ("charminster-yjs-2021", facts([
        svc("Charminster Youth Justice Service", "Charminster YJS", "YJS", RI)], "2021-05-06", "2021-01", 5),
     """N| Youth justice in west Dorset: ‘grip on risk has slipped’, say inspectors

N| Published: [Thursday 6th May 2021|D]

N| [Charminster Youth Justice Service|S] has slipped from ‘[Good|R]’ at its last inspection, in [2018|D], to ‘[Requires improvement|R]’.
N| Because of the pandemic, the fieldwork, in [January 2021|D], was carried out remotely.

W| During the lockdown months, many children had only spoken to their case manager by phone or video, even when there were clear worries about their safety.
W| In only 10 of 24 cases was the risk of harm to others assessed well enough.
S| Education was a strong point: very few children were out of school.
S| Close working with [Dorset Council|A]’s social workers meant that decisions about children were made together.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Charminster|S] has kept a lot of good work going in a difficult year, but it has lost its grip on managing risk.
R| “Face-to-face contact must now resume, beginning with the children at greatest risk.”

R| The report makes five recommendations.

N| [Dorset Council|A] said it had started acting on the report.
"""),
    # 16. a 2020 release: "Inspectors have given X a rating of ‘...’"; "Wednesday, 12th August 2020" at the top;
    #     fieldwork "between 2 and 6 March 2020"; "every reason to feel proud"; no count of recommendations (null)
    ("alderbury-yjs-2020", facts([
        svc("Alderbury Youth Justice Service", "Alderbury YJS", "YJS", GOOD)], "2020-08-12", "2020-03", None),
     """N| Youth justice in south Wiltshire rated ‘[Good|R]’

N| [Wednesday, 12th August 2020|D]

N| Inspectors have given [Alderbury Youth Justice Service|S] a rating of ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] visited between [2 and 6 March 2020|D], weeks before the country went into lockdown.

S| Inspectors liked the way children and parents were given a real say in decisions about their plans.
S| Where a child was being exploited, help came fast and agencies worked together, often including [Wiltshire Police|A].
W| But arrangements for children leaving custody needed strengthening, as plans were usually made only shortly before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Alderbury|S]’s team may be small, but it does a great deal for local children.
S| “Everyone working there has every reason to feel proud.”

N| The report sets out where the service can build on its progress.
"""),
    # 17. "The overall judgement on X is ‘...’"; "Two more points lost and the service would have been rated
    #     ‘Inadequate’ overall" (no fact); resettlement "rated as a separate part of the inspection" ‘...’; the
    #     headline's lower-case "Yetminster youth justice service"; "Date of publication: 9 July 2024" in the notes;
    #     seven recommendations
    ("yetminster-yjs-2024", facts([
        svc("Yetminster Youth Justice Service", "Yetminster YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-07-09", "2024-02", 7),
     """N| [Yetminster youth justice service|S] ‘two points from the bottom grade’

N| The overall judgement on [Yetminster Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Two more points lost and the service would have been rated ‘[Inadequate|R]’ overall.
W| Resettlement, rated as a separate part of the inspection, was ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [February 2024|D].

W| Nobody was checking how good assessments were, and some plans had not been looked at for half a year.
W| Case managers rarely visited children in custody, and release planning tended to start late.
S| Even so, inspectors saw real value in the service’s joint work with [Dorset Police|A] to steer children away from prosecution.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It worried me that the board seemed unaware of how far things had slipped.
R| “The board now needs to take firm charge of improvement, with clear targets and regular checks on progress.”

R| The report makes seven recommendations.

N| Notes to editors
N| 1. Date of publication: [9 July 2024|D].
N| 2. [Yetminster YJS|S] works with children across north-west Dorset.
"""),
    # 18. an NPS division in 2019, the headline naming no service: "Inspectors have awarded the X an overall rating of
    #     ‘...’"; "Published: 16 Apr 2019"; fieldwork "in November and December 2018"; the short "NPS Bransgore and
    #     Burley"; six recommendations for the division and national bodies
    ("bransgore-and-burley-nps-division-2019", facts([
        svc("National Probation Service – Bransgore and Burley Division", "NPS Bransgore and Burley", "region",
            GOOD)], "2019-04-16", "2018-11", 6),
     """N| Probation division on the Hampshire–Dorset border rated ‘[Good|R]’

N| Published: [16 Apr 2019|D]

N| Inspectors have awarded the [National Probation Service – Bransgore and Burley Division|S] an overall rating of ‘[Good|R]’.
N| The division supervises around 3,000 people in south-west Hampshire and east Dorset.
N| Fieldwork was carried out in [November and December 2018|D].

S| Inspectors found strong leadership, a settled workforce and caseloads that staff felt were manageable.
S| Advice given to courts was thorough and seldom late.
W| However, the service to victims was uneven, and the victim liaison team had too few staff to keep in touch with everyone.
W| Not enough people convicted of domestic abuse were starting accredited programmes.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Bransgore and Burley|S] is a well-run division that knows its strengths.
R| “It should now make sure victims get the same attention as the offenders it supervises.”

R| The division has four of the six recommendations; [HMPPS|A] and the [Ministry of Justice|A] have one each.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eightieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
