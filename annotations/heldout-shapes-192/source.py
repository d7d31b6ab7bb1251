"""Builds the 192nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Worcestershire PDUs on a GOV.UK page, the region named beside the units; "Badsey came out at ‘...’, while
    #    Offenham was given the lowest grade, ‘...’"; fieldwork "in the weeks of 4 and 11 March 2024"; nine recommendations
    ("badsey-and-offenham-pdus-2024", facts([
        svc("Badsey Probation Delivery Unit", "Badsey PDU", "PDU", RI),
        svc("Offenham Probation Delivery Unit", "Offenham PDU", "PDU", INAD)], "2024-06-18", "2024-03", 9),
     """N| Press release

N| Two Worcestershire probation units inspected

N| Reports on two probation delivery units in Worcestershire are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| Reports on [Badsey Probation Delivery Unit|S] and [Offenham Probation Delivery Unit|S], neighbouring units in the [Probation Service – West Midlands region|S], are out today from [HM Inspectorate of Probation|A].
N| [Badsey|S] came out at ‘[Requires improvement|R]’, while [Offenham|S] was given the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited the two units in the weeks of [4 and 11 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Offenham|S] has lost over half its experienced officers in a year and a half, so those who remain are stretched far too thin.
S| “[Badsey|S] has held on to its staff, and its managers look at the quality of practice every week.”

S| Inspectors commended [Badsey PDU|S]’s links with [West Mercia Police|A] on domestic abuse, which meant call-out records were usually checked before sentence.
W| In [Offenham PDU|S], by contrast, a home visit had been made in only 4 of the 27 cases where one was needed.
W| Neither unit was doing enough to establish whether any children in the household were at risk.

R| The two reports contain nine recommendations between them, four per unit and one for the region.

N| [Gemma Pritchard|X], Regional Probation Director for the West Midlands, said: “Every recommendation has been accepted, and experienced staff have already moved to Offenham.”
"""),
    # 2. two youth services in a local-news story, the report day "on Tuesday (9 May)" under a byline of Thursday 11 May
    #    2023; "Honeybourne has been awarded ‘...’ and Bretforton ‘...’" in the other order from first naming; fieldwork "in
    #    January 2023"; "eight recommendations ... five of them for Bretforton"
    ("bretforton-and-honeybourne-yjs-2023", facts([
        svc("Bretforton Youth Justice Service", "Bretforton YJS", "YJS", RI),
        svc("Honeybourne Youth Justice Service", "Honeybourne YJS", "YJS", GOOD)], "2023-05-09", "2023-01", 8),
     """N| Mixed verdict for two youth justice teams in Wychavon

N| By [Tom Ashby|X]

N| [Thursday 11 May 2023|D]

N| Inspection reports on [Bretforton Youth Justice Service|S] and [Honeybourne Youth Justice Service|S] came out on Tuesday ([9 May|D]), after inspectors visited both in [January 2023|D].
N| [Honeybourne|S] has been awarded ‘[Good|R]’ and [Bretforton|S] ‘[Requires improvement|R]’.

S| The watchdog found that [Honeybourne|S]’s case managers took time to get to know each child and kept in close touch with their families.
S| It also praised [Honeybourne|S] for getting nearly every child back into school or college within a month.
W| The report on [Bretforton YJS|S] said its assessments often missed what a child had been through before the offence.
W| Plans for keeping victims safe were out of date in several of the cases that inspectors read.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Honeybourne|S]’s team can be proud of what they do, but children in Bretforton are not yet getting the same careful attention.”

R| There are eight recommendations in total, five of them for [Bretforton|S] and three for [Honeybourne|S].

N| [Worcestershire County Council|A] said it would draw up improvement plans with both teams.
"""),
    # 3. a unit inside its region (South West): "Inspectors judge X to be ‘...’ overall, in the latest report on a unit of
    #    the ... region"; the region's own 2023 verdict as context; "Fieldwork took place during September 2024";
    #    a justiceinspectorates news item, "Published: 26 Feb 2025"; six recommendations
    ("ashchurch-pdu-2025", facts([
        svc("Ashchurch Probation Delivery Unit", "Ashchurch PDU", "PDU", RI)], "2025-02-26", "2024-09", 6),
     """N| News

N| Probation unit in north Gloucestershire must do more to keep people safe

N| Published: [26 Feb 2025|D]

N| Inspectors judge [Ashchurch Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ overall, in the latest report on a unit of the [Probation Service – South West region|S].
N| For the [South West region|S] as a whole, the verdict in [2023|D] was also ‘[Requires improvement|R]’.
N| Fieldwork took place during [September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ashchurch|S] has a dedicated staff group and a leadership team that listens to them.
W| “Yet the basics of keeping people safe are still not in place: in too many cases, nobody had checked what the police or social workers already knew about the household.”

S| Inspectors found that unpaid work placements were well run and that people on probation valued them.
W| However, only half of the sentence plans inspectors read reflected the risks set out in the pre-sentence report.
W| Staff sickness had left the unit without a senior probation officer for much of the summer.

R| The report makes six recommendations, four for [Ashchurch PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. [Ashchurch PDU|S] covers the north of Gloucestershire and supervises around 550 people.
"""),
    # 4. a unit inside its region, the region in the headline ("West Midlands probation region: ..."): "Inspectors have
    #    given X ... the lowest possible rating, ‘...’"; fieldwork "in the last fortnight of May 2024"; "The report will be
    #    available ... at 00.01 on 15 October 2024" in the notes; seven recommendations
    ("powick-pdu-2024", facts([
        svc("Powick Probation Delivery Unit", "Powick PDU", "PDU", INAD)], "2024-10-15", "2024-05", 7),
     """N| [West Midlands probation region|S]: serious concerns at [Powick unit|S]

N| Inspectors have given [Powick Probation Delivery Unit|S], a unit in the [Probation Service – West Midlands region|S], the lowest possible rating, ‘[Inadequate|R]’.
N| They were on site in the last fortnight of [May 2024|D] and examined 44 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Frankly, [Powick|S] is in serious trouble.
W| “Caseloads were unmanageable, new officers had been given high-risk cases in their first weeks, and supervision of managers had all but stopped.”

W| Mr Jones continued: “Worryingly, in fewer than a third of cases had enough been done to protect people known to be at risk.”

S| Despite these pressures, inspectors found that [Powick|S]’s administrative staff kept the office running and that court reports were produced on time.
W| Referrals to accredited programmes had fallen sharply, and some people had finished their licence without starting the course they had been sentenced to.

R| Seven recommendations follow: five for the unit, two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website at 00.01 on [15 October 2024|D].
N| 2. [Powick PDU|S] covers the rural south-west of Worcestershire.
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores; bullet lists after "Inspectors were pleased to find
    #    that:" / "However, inspectors were concerned to find that:"; "Tuesday, 23rd July 2013"; fieldwork "in April
    #    2013"; seven recommendations
    ("deerhurst-and-apperley-probation-trust-2013", facts([
        svc("Deerhurst and Apperley Probation Trust", "Deerhurst and Apperley Probation Trust", "other", None)],
        "2013-07-23", "2013-04", 7),
     """N| Offender management inspection of [Deerhurst and Apperley Probation Trust|S]

N| [Tuesday, 23rd July 2013|D]

N| [HM Inspectorate of Probation|A] today publishes the report of its inspection of [Deerhurst and Apperley Probation Trust|S], whose work in the Severn vale was examined in [April 2013|D].

S| Work to reduce the likelihood of reoffending scored 79%, among the better results of the programme.
W| Public protection work scored less well, at 66%.

N| Inspectors were pleased to find that:
S| • nearly all offenders had their first appointment within five working days of sentence;
S| • the Trust worked closely with [Gloucestershire Constabulary|A] on the management of prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often completed too late to shape the plan;
W| • information from children’s services was not always sought where children lived with the offender.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Much of the work we saw was sound, and staff clearly know their offenders well.
R| “Managers should now make sure that every assessment of risk of harm is done at the start of the order.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2019 run by Purple Futures, embargo line: "X (CRC), run by ..., is ‘...’ overall, inspectors have found";
    #    unpaid work "rated separately, reached ‘...’"; "Fieldwork was carried out in May and June 2019"; the provider's reply
    ("severn-stoke-and-kinnersley-crc-2019", facts([
        svc("Severn Stoke and Kinnersley Community Rehabilitation Company", "Severn Stoke and Kinnersley CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": GOOD}])], "2019-09-10", "2019-05", 5),
     """N| Embargoed until 00.01, [Tuesday 10 September 2019|D]

N| Probation company in south Worcestershire ‘must improve’

N| [Severn Stoke and Kinnersley Community Rehabilitation Company|S] (CRC), run by [Purple Futures|A], is ‘[Requires improvement|R]’ overall, inspectors have found.
S| Its unpaid work, rated separately, reached ‘[Good|R]’.
N| Fieldwork was carried out in [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Supervision for too many people under this CRC now means a phone call, and some have not seen their officer for months.
S| “I was encouraged, though, by the energy of the unpaid work team and the range of placements it offers.”

W| Inspectors found that the CRC’s assessments were often copied forward from earlier orders with little fresh thought.
W| Although relations with the [National Probation Service|A] were friendly, cases passed between the two organisations often came with paperwork missing.

R| Three of the five recommendations are for the CRC and [Purple Futures|A]; [HM Prison and Probation Service|A] has the other two.

N| A spokesperson for [Purple Futures|A] said: “Our unpaid work has rightly been recognised, and we have begun the improvements the report asks for.”
"""),
    # 7. "Youth Offending Team" written out on a council page in 2016, before ratings: joint inspection bullet lists;
    #    "Posted: 08/09/2016"; "The inspection took place in June 2016"; six recommendations
    ("longdon-yot-2016", facts([
        svc("Longdon Youth Offending Team", "Longdon YOT", "YJS", None)], "2016-09-08", "2016-06", 6),
     """N| Inspection of youth offending work in Longdon

N| Posted: [08/09/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Longdon Youth Offending Team|S] (YOT), and its report has been published.
N| The inspection took place in [June 2016|D], with inspectors from [Ofsted|A] and the [Care Quality Commission|A] taking part.

N| The inspectors were pleased to find that:
S| • children were helped to understand the harm their offending had done to victims;
S| • staff at [Longdon YOT|S] were tenacious in keeping children engaged with education.

N| However, they were concerned that:
W| • the YOT’s assessments of harm to others were frequently thin;
W| • the management board rarely followed up on what it had agreed.

R| Six recommendations are made, and the management board is asked to lead on most.

N| Councillor [Helen Marsh|X], [Worcestershire County Council|A]’s cabinet member for children, said: “Our thanks go to the inspectors; we will publish an action plan next month.”
"""),
    # 8. "Youth Offending Service" in 2022: "has assessed X as ‘...’, up from ‘...’ at its previous inspection in 2019";
    #    resettlement "assessed on its own, stays at ‘...’"; fieldwork "between 13 and 17 June 2022"; Thursday 24 November 2022
    ("cropthorne-yos-2022", facts([
        svc("Cropthorne Youth Offending Service", "Cropthorne YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-11-24", "2022-06", 4),
     """N| [Cropthorne youth offending service|S] moves up a grade

N| [Thursday 24 November 2022|D]

N| [HM Inspectorate of Probation|A] has assessed [Cropthorne Youth Offending Service|S] as ‘[Good|R]’, up from ‘[Requires improvement|R]’ at its previous inspection in [2019|D].
W| Resettlement work, assessed on its own, stays at ‘[Requires improvement|R]’.
N| Inspectors were with the service between [13 and 17 June 2022|D].

S| The management board had a firm grip on performance and knew where the service needed to do better.
S| Case managers were creative in the ways they engaged children, and several children told inspectors that their worker had helped them turn things round.
W| However, planning for children leaving custody often began too late, and accommodation had not been found in time for two of them.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cropthorne|S] has come on a great deal since we were last there, and the credit belongs to its staff.
R| “The service must now make sure that every child coming out of custody has a home and a plan before the day of release.”

R| We have made four recommendations.

N| [Cropthorne YOS|S] is part of [Worcestershire County Council|A]’s children’s services.
"""),
    # 9. an NPS division in 2018: "have given X an overall regional rating of ‘...’"; the short "NPS Madresfield and
    #    Guarlford"; fieldwork "in July 2018"; "Published: 20 Nov 2018"; eight recommendations
    ("madresfield-and-guarlford-nps-division-2018", facts([
        svc("National Probation Service – Madresfield and Guarlford Division",
            "NPS Madresfield and Guarlford", "region", GOOD)], "2018-11-20", "2018-07", 8),
     """N| Probation division in south Worcestershire receives ‘[Good|R]’ rating

N| Published: [20 Nov 2018|D]

N| Inspectors from [HM Inspectorate of Probation|A] have given the [National Probation Service – Madresfield and Guarlford Division|S] an overall regional rating of ‘[Good|R]’.
N| Fieldwork for this inspection took place in [July 2018|D].

S| Inspectors found strong leadership, a stable workforce and staff who felt supported by their managers.
S| Reports to court were of a high standard and were rarely delayed.
W| Victim work was weaker: some victims heard nothing before the offender left prison.
W| A sufficient risk management plan was in place in only 58 per cent of cases.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Madresfield and Guarlford|S] is well run, and its staff know exactly what is expected of them.
R| “Its leaders now need to give victims the same attention that offenders already receive.”

R| The division, [HMPPS|A] and the [Ministry of Justice|A] share the eight recommendations.
"""),
    # 10. ordinary: "rated ‘Good’"; GOV.UK page; fieldwork "in March 2022"; six recommendations
    ("defford-yjs-2022", facts([
        svc("Defford Youth Justice Service", "Defford YJS", "YJS", GOOD)], "2022-08-04", "2022-03", 6),
     """N| Press release

N| ‘[Good|R]’ for youth justice in Defford

N| From: [HM Inspectorate of Probation|A]

N| Published [4 August 2022|D]

N| [Defford Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Defford|S] may be small, but what it does for children is impressive.
S| “Children are at the centre of its work, and staff go out of their way to make sure their voices are heard.”

S| Inspectors were impressed by the service’s work with [Worcestershire County Council|A]’s education team, which kept almost every child in school.
S| Its diversion scheme with [West Mercia Police|A] had cut the number of children entering the justice system.
W| However, management oversight was inconsistent, and in some cases nobody had checked that risks had been reassessed after an incident.

R| Six recommendations are made; one asks the board to keep a closer watch on how well risk is assessed.
"""),
    # 11. ordinary: Outstanding, "rated ‘Outstanding’"; a notes-to-editors date; fieldwork "7 – 11 July 2024"; three recommendations
    ("wickhamford-yjs-2024", facts([
        svc("Wickhamford Youth Justice Service", "Wickhamford YJS", "YJS", OUT)], "2024-11-21", "2024-07", 3),
     """N| [Wickhamford youth justice service|S] ‘[Outstanding|R]’, say inspectors

N| [Wickhamford Youth Justice Service|S] has been rated ‘[Outstanding|R]’ following an inspection by [HM Inspectorate of Probation|A].
N| Inspectors were on site [7 – 11 July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wickhamford|S] is an exceptional service from top to bottom.
S| “Leaders know every child by name, and the board challenges and supports the team in equal measure.”

S| Inspectors praised the service’s speech and language therapist, whose work meant that every child’s plan was written in words they could understand.
S| Bucking the national trend, the number of children reoffending had fallen for three years running.
W| Only one thing needed attention: decisions on out-of-court cases were not always fully recorded.

R| Inspectors made three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website on [Thursday 21 November 2024|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] rates services ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 12. ordinary PDU: "rated ‘Requires improvement’"; "The inspection, which took place in November 2022"; five recommendations
    ("elmley-castle-pdu-2023", facts([
        svc("Elmley Castle Probation Delivery Unit", "Elmley Castle PDU", "PDU", RI)], "2023-03-28", "2022-11", 5),
     """N| [Elmley Castle probation unit|S] ‘[Requires improvement|R]’

N| Published: [28 Mar 2023|D]

N| [Elmley Castle Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The inspection, which took place in [November 2022|D], looked at 36 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Elmley Castle|S] are committed and tenacious, and those they supervise said they were treated with respect.
W| “However, too much of the work to keep others safe was left to chance.”

S| Inspectors found that the unit’s leaders had a realistic plan and were open about its problems.
W| Risk assessments were sufficient in only 15 of 36 cases, and home visits were rare.
W| Practitioners were unsure of their roles in multi-agency meetings with [West Mercia Police|A].

R| Of the five recommendations in the report, four are for the PDU and one is for the [Probation Service|A] nationally.
"""),
    # 13. ordinary, remote inspection: "rated ‘Requires improvement’"; "carried out remotely in May 2021"; seven recommendations
    ("beckford-yjs-2021", facts([
        svc("Beckford Youth Justice Service", "Beckford YJS", "YJS", RI)], "2021-09-14", "2021-05", 7),
     """N| [Beckford youth justice service|S] rated ‘[Requires improvement|R]’

N| [Tuesday 14 September 2021|D]

N| Following a remote inspection in [May 2021|D], [HM Inspectorate of Probation|A] has rated [Beckford Youth Justice Service|S] ‘[Requires improvement|R]’.

S| Through the pandemic, staff had stayed in regular contact with children, and often saw them on the doorstep.
S| Its work with victims of crime was of a consistently high standard.
W| Disappointingly, the management board had little understanding of the children the service worked with.
W| When a child’s circumstances changed, their safety plan was often left as it was.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “While [Beckford|S]’s staff are dedicated, the board has not given them the support they need.
R| “I urge the board to get much closer to the day-to-day practice of its case managers.”

R| The report makes seven recommendations, six for the board and one for [West Mercia Police|A].

N| [Worcestershire County Council|A] said it accepted the findings.
"""),
    # 14. 2025-26 public-protection inspection of a PDU: no rating; "Skip to content"; "Context" and "Findings" bullets;
    #     fieldwork "in June 2025"; four recommendations
    ("tirley-pdu-2025", facts([
        svc("Tirley Probation Delivery Unit", "Tirley PDU", "PDU", None)], "2025-10-30", "2025-06", 4),
     """N| Skip to content

N| Public protection inspection: [Tirley Probation Delivery Unit|S]

N| Published: [30 Oct 2025|D]

N| In [June 2025|D], [HM Inspectorate of Probation|A] looked at how well [Tirley Probation Delivery Unit|S] protects the public, and its findings are published today.
N| These inspections do not result in a rating.

N| Context
N| • [Tirley PDU|S] belongs to the [Probation Service – South West region|S]; its area is the Severn vale north of Gloucester.
N| • It supervised about 480 people at the time of the inspection.

N| Findings
S| • Practitioners understood the risks in their cases well.
W| • Checks with children’s services were missing in around a third of relevant cases.
W| • Management oversight of cases assessed as high risk was variable.
S| • Joint work with [Gloucestershire Constabulary|A] under [MAPPA|A] was effective.

R| The PDU and the region share four recommendations.
"""),
    # 15. ordinary council page: "today rated X ‘Inadequate’"; "Posted on 10/12/2019"; fieldwork "in August 2019"; ten
    #     recommendations
    ("overbury-yjs-2019", facts([
        svc("Overbury Youth Justice Service", "Overbury YJS", "YJS", INAD)], "2019-12-10", "2019-08", 10),
     """N| Response to the inspection of [Overbury Youth Justice Service|S]

N| Posted on [10/12/2019|D]

N| [HM Inspectorate of Probation|A] today rated [Overbury Youth Justice Service|S] ‘[Inadequate|R]’ in its report on the service.
N| The inspection was carried out in [August 2019|D].

W| According to the report, too little was done to keep children safe, and signs of exploitation frequently went unnoticed.
W| The report also said the board met often, yet its meetings changed little.
S| The report recognised that case managers built good relationships with children and their families.

R| The report makes ten recommendations for the service, the board and partner agencies, including [Worcestershire County Council|A] and [West Mercia Police|A].

N| [Paul Lacey|X], Director of Children’s Services, said: “We are very disappointed with this outcome and are determined to put things right quickly.”
"""),
    # 16. ordinary: "Inspectors have rated X ‘Good’"; justiceinspectorates news item; "between 5 and 9 June 2023"; five
    #     recommendations
    ("sedgeberrow-yjs-2023", facts([
        svc("Sedgeberrow Youth Justice Service", "Sedgeberrow YJS", "YJS", GOOD)], "2023-10-19", "2023-06", 5),
     """N| News

N| ‘[Good|R]’ rating for [Sedgeberrow youth justice service|S]

N| [19 October 2023|D]

N| Inspectors have rated [Sedgeberrow Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors carried out fieldwork between [5 and 9 June 2023|D].

S| Positively, children were seen by the same case manager throughout their order, and most said they trusted them.
S| A particular strength was out-of-court work, where decisions were taken jointly with [West Mercia Police|A].
W| Assessments of the risk children posed to others were variable, and some lacked professional curiosity.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sedgeberrow|S]’s staff should be proud of the difference they make to children’s lives.
R| “The service now needs to make its assessments of risk to others as strong as the rest of its work.”

R| The report makes five recommendations.
"""),
    # 17. ordinary PDU: "rated ‘Inadequate’"; fieldwork "in February 2022"; the notes give the day; eight recommendations
    ("harvington-pdu-2022", facts([
        svc("Harvington Probation Delivery Unit", "Harvington PDU", "PDU", INAD)], "2022-05-24", "2022-02", 8),
     """N| [Harvington probation unit|S] rated ‘[Inadequate|R]’

N| [Harvington Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors examined the unit’s work in [February 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Harvington|S] is a unit under severe strain.
W| “Nearly half of its probation officer posts were vacant, and some staff were carrying caseloads of more than 70.”

W| Inspectors were concerned to find that, in most cases where they were needed, no domestic abuse enquiry had been sent to the police.
S| Despite the pressures, the unit’s unpaid work team had kept placements running throughout the pandemic.

R| The report makes eight recommendations, including that the region recruits and trains more probation officers for the unit.

N| ENDS

N| Notes to editors
N| 1. The report was published on [24 May 2022|D].
"""),
    # 18. ordinary, no count of recommendations; date line "Tuesday 9th April 2024"; "rated ‘Requires improvement’";
    #     fieldwork "in November 2023"
    ("hasfield-yjs-2024", facts([
        svc("Hasfield Youth Justice Service", "Hasfield YJS", "YJS", RI)], "2024-04-09", "2023-11", None),
     """N| [Hasfield youth justice service|S] ‘[Requires improvement|R]’

N| [Tuesday 9th April 2024|D]

N| [Hasfield Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A] after an inspection in [November 2023|D].

S| Inspectors found a committed team who knew the children well.
W| But in just over half of the cases inspected, there was no sufficient plan to manage the harm a child might cause to others.
W| Health provision was patchy, and waiting times for [CAMHS|A] were long.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “I hope the report helps the partnership take its next steps.”

N| The full report is available on the inspectorate’s website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 192nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
