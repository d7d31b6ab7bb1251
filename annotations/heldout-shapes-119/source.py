"""Builds the 119th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, the region in the first sentence: "X was found to require improvement, rated
    #    ‘...’, while Y was given the lowest rating, ‘...’"; "Inspectors carried out the fieldwork at both units in June
    #    2024"; eight recommendations, three to each unit and two to the region; the regional director's reply
    ("laxingham-and-wrenford-pdus-2024", facts([
        svc("Laxingham Probation Delivery Unit", "Laxingham PDU", "PDU", RI),
        svc("Wrenford Probation Delivery Unit", "Wrenford PDU", "PDU", INAD)], "2024-11-12", "2024-06", 8),
     """N| Press release

N| Inspection of two probation delivery units in Norfolk

N| Reports on two units in the east of England are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| [Laxingham Probation Delivery Unit|S] and [Wrenford Probation Delivery Unit|S] have been inspected at the same time; the [Probation Service – East of England region|S] is responsible for both.
N| [Laxingham PDU|S] was found to require improvement, rated ‘[Requires improvement|R]’, while [Wrenford PDU|S] was given the lowest rating, ‘[Inadequate|R]’.
N| Inspectors carried out the fieldwork at both units in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Wrenford, a large share of the caseload sat with trainee officers who had not yet qualified, and their supervisors were stretched thin.
W| “Home visits to check on children had almost stopped, and domestic abuse enquiries with the police were often missed.
S| “[Laxingham|S] is better placed: its workforce is more stable, and its managers have built a good working relationship with [Norfolk Constabulary|A].”

S| Inspectors praised [Laxingham PDU|S]’s approach to people leaving prison, who were usually met at the gate and helped to find somewhere to live.
W| In both units, risk management plans were too often carried over unchanged from a person’s earlier sentence.

R| Eight recommendations are made in all, three addressed to each unit and two to the region.

N| [Sarah Kerridge|X], the region’s probation director, said: “Experienced staff have already moved to Wrenford, and we accept the findings in full.”
"""),
    # 2. two Suffolk youth justice services in a local-news story: the reports "appeared on Tuesday (14 May)" under a
    #    byline of Friday 17 May 2024; "X earned ‘...’, and Y went one better with ‘...’"; six recommendations
    ("kelsingale-and-hemsfield-yjs-2024", facts([
        svc("Kelsingale Youth Justice Service", "Kelsingale YJS", "YJS", GOOD),
        svc("Hemsfield Youth Justice Service", "Hemsfield YJS", "YJS", OUT)], "2024-05-14", "2024-01", 6),
     """N| Inspectors hail work of two Suffolk youth justice teams

N| By [Tom Aldous|X]

N| [Friday 17 May 2024|D]

N| The inspectorate’s reports on [Kelsingale Youth Justice Service|S] and [Hemsfield Youth Justice Service|S] appeared on Tuesday ([14 May|D]); both were visited in [January 2024|D].
N| [Kelsingale|S] earned ‘[Good|R]’, and [Hemsfield|S] went one better with ‘[Outstanding|R]’.

S| The inspectorate found that [Hemsfield|S]’s case managers built trust with children whom adults had failed in the past, and kept in touch with them well after their orders ended.
S| It also commended [Kelsingale|S] for working with head teachers to bring down exclusions.
W| But the report on [Kelsingale YJS|S] said that victims were not always asked what would help them feel safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kelsingale|S] and [Hemsfield|S] each serve their children well, and [Hemsfield|S]’s team have every reason to feel proud.”

R| There are six recommendations, four for [Kelsingale|S] and two for [Hemsfield|S].

N| A spokesperson for [Suffolk County Council|A] said: “Our staff work extremely hard, and it is good to see that recognised.”
"""),
    # 3. a unit inside its region, the region in the headline and first sentence: "inspectors have judged X to be ‘...’,
    #    the bottom of the four-point scale"; the region's own 2023 rating as context; "Mr Jones continued"; "Inspectors
    #    spent two weeks at the unit in July 2024"; the notes' "released ... on Thursday 5 December 2024, at 00.01"
    ("tattersby-pdu-2024", facts([
        svc("Tattersby Probation Delivery Unit", "Tattersby PDU", "PDU", INAD)], "2024-12-05", "2024-07", 6),
     """N| [East Midlands probation region|S]: unit in Lincolnshire failing, say inspectors

N| In the [Probation Service – East Midlands region|S], inspectors have judged [Tattersby Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the bottom of the four-point scale.
N| The [East Midlands region|S] as a whole was given ‘[Requires improvement|R]’ when inspectors looked at it in [2023|D].
N| Inspectors spent two weeks at the unit in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tattersby|S] has been struggling for a long time without the help it needed.
W| “Close to half the unit’s probation officer posts were unfilled, and people on licence were going for weeks at a time without seeing anyone.”

W| Mr Jones continued: “Where children lived at the address, in most cases we read the checks that should have protected them had not been made.”

S| Even so, inspectors found that the unit’s staff were committed to one another and that its programmes team kept groups running despite the gaps.
W| Joint work with [Lincolnshire Police|A] on people convicted of domestic abuse lacked any clear plan.

R| The report has six recommendations; four are for the unit itself, the remaining pair for the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. The report is released by [HM Inspectorate of Probation|A] on [Thursday 5 December 2024|D], at 00.01.
N| 2. [Tattersby PDU|S] supervises people on probation across a largely rural part of Lincolnshire.
"""),
    # 4. a Probation Trust in 2013, before ratings: percentage scores and "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; "Wednesday, 6th March 2013" above "Today ... released
    #    its findings"; "when they visited in November 2012"; seven recommendations
    ("marsby-and-toftby-probation-trust-2013", facts([
        svc("Marsby and Toftby Probation Trust", "Marsby and Toftby Probation Trust", "other", None)],
        "2013-03-06", "2012-11", 7),
     """N| [Marsby and Toftby Probation Trust|S] – report published

N| [Wednesday, 6th March 2013|D]

N| Today [Her Majesty’s Inspectorate of Probation|A] released its findings on the work of [Marsby and Toftby Probation Trust|S].
N| Inspectors read 72 cases when they visited in [November 2012|D].

S| The Trust scored 79% on reducing reoffending and 84% on making sure that offenders completed their sentences.
W| Public protection work scored 64%, below the average of the Trusts inspected up to now.

N| Inspectors were pleased to find that:
S| • staff knew their offenders well and saw them regularly;
S| • the Trust worked closely with local housing providers to find accommodation for those released from custody.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often incomplete;
W| • home visits were rare, even in cases with a history of domestic violence.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s main assets are committed staff and sound management.
R| “The Trust should now give public protection the attention it already gives to cutting reoffending.”

R| The report makes seven recommendations.
"""),
    # 5. a CRC in 2019 owned by a named provider, an embargo line: "has given X ... an overall score of ‘...’"; unpaid
    #    work "assessed on its own" and judged ‘Good’; fieldwork "the week of 4 to 8 March 2019"
    ("sapwell-and-gaddesthorpe-crc-2019", facts([
        svc("Sapwell and Gaddesthorpe Community Rehabilitation Company", "Sapwell and Gaddesthorpe CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-05-21", "2019-03", 6),
     """N| Embargoed to 00.01 hours, [Tuesday 21 May 2019|D]

N| Probation company in Leicestershire must improve

N| [HM Inspectorate of Probation|A] has given [Sapwell and Gaddesthorpe Community Rehabilitation Company|S] (CRC), whose owner is [Purple Futures|A], an overall score of ‘[Requires improvement|R]’.
S| The CRC’s unpaid work, assessed on its own, was judged ‘[Good|R]’.
N| The inspection team spent the week of [4 to 8 March 2019|D] with the CRC.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “A great many people are only ever spoken to by telephone, and we found little evidence that anyone was checking whether those calls kept the public safe.
S| “On a more positive note, unpaid work placements are well organised and give people real skills.”

W| Inspectors found that staff were carrying high caseloads and had not all received training in safeguarding.
W| When cases were handed over by the [National Probation Service|A], key information was sometimes missing or late.

R| Inspectors make six recommendations, with four for the CRC and [Purple Futures|A], while two are directed to [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “Our unpaid work teams deserve the credit they have been given, and every recommendation is being acted on.”
"""),
    # 6. an NPS division in 2019: "X receives ‘...’ as its overall divisional rating"; "The inspectors’ fieldwork was done
    #    in June 2019"; the notes' "Publication date of the report: 8 October 2019"
    ("uppingcote-and-sibsworth-nps-division-2019", facts([
        svc("National Probation Service – Uppingcote and Sibsworth Division", "NPS Uppingcote and Sibsworth", "region",
            GOOD)], "2019-10-08", "2019-06", 4),
     """N| News

N| Probation division in the East Midlands rated ‘[Good|R]’

N| [National Probation Service – Uppingcote and Sibsworth Division|S] receives ‘[Good|R]’ as its overall divisional rating from [HM Inspectorate of Probation|A].
N| The inspectors’ fieldwork was done in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Uppingcote and Sibsworth|S] is well led, and its staff are clear about what is expected of them.
S| “Court reports were well written and nearly always ready on time.”

S| Inspectors were impressed with the division’s work with [Leicestershire Police|A] and [Rutland County Council|A] to manage people who present a high risk of serious harm.
W| However, work with sex offenders was of variable quality, and some plans had not been reviewed after a change in circumstances.
W| Many staff told inspectors that their workloads were too heavy.

R| Four recommendations are made: the division has three and [HM Prison and Probation Service|A] one.

N| Notes to editors
N| 1. Publication date of the report: [8 October 2019|D].
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    inspectorate with named partners, bullet lists; "Posted: 23/08/2016"; "Inspectors visited the YOT in May 2016"
    ("fendyke-yot-2016", facts([
        svc("Fendyke Youth Offending Team", "Fendyke YOT", "YJS", None)], "2016-08-23", "2016-05", 5),
     """N| Inspection of youth offending work in Fendyke

N| Posted: [23/08/2016|D]

N| The joint inspection of [Fendyke Youth Offending Team|S] (YOT) has now reported; [HM Inspectorate of Probation|A] led it, alongside [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors visited the YOT in [May 2016|D].

N| Inspectors were pleased to find that:
S| • staff had a good understanding of the children they worked with;
S| • when a child dropped out of school, staff moved quickly to find another place.

N| But they were concerned that:
W| • risk management plans were not always reviewed when things changed;
W| • members of the management board knew little about how the YOT was performing.

R| Five recommendations are made in the report.

N| Councillor [Mary Fenwick|X], cabinet member for children’s services, said: “We will act on these findings with our partners, and we thank the inspectors.”
"""),
    # 8. a Youth Offending Service in 2019 on a justiceinspectorates page: "After inspecting X (YOS) in April 2019,
    #    inspectors considered it to be ‘...’"; resettlement "which has its own rating" ‘Requires improvement’
    ("cressingford-yos-2019", facts([
        svc("Cressingford Youth Offending Service", "Cressingford YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-08-21", "2019-04", 4),
     """N| News

N| Published: [21 Aug 2019|D]

N| Youth offending service in Cambridgeshire praised

N| After inspecting [Cressingford Youth Offending Service|S] (YOS) in [April 2019|D], inspectors considered it to be ‘[Good|R]’.
W| Resettlement, which has its own rating, was found to be ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cressingford|S] has a strong management board and staff who clearly care about the children in their care.
W| “But children coming out of custody did not always have somewhere settled to live, and plans for their release were made too late.”

S| Inspectors found that assessments were thorough in most cases, and that children were helped to understand the effect of their offending on victims.
S| The YOS had a good relationship with [Cambridgeshire Constabulary|A], and decisions on out-of-court disposals were well informed.

R| The report makes four recommendations, three for [Cressingford YOS|S] and one for [Cambridgeshire County Council|A].
"""),
    # 9. a youth service rated ‘Outstanding’ in 2023, its previous ‘Good’ beside: "has awarded X its highest rating,
    #    ‘...’, up from ‘Good’ at its last inspection in 2019"; "10 - 14 October 2022"; three recommendations
    ("wittlesworth-yjs-2023", facts([
        svc("Wittlesworth Youth Justice Service", "Wittlesworth YJS", "YJS", OUT)], "2023-02-14", "2022-10", 3),
     """N| Press release

N| Youth justice in Wittlesworth reaches ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has awarded [Wittlesworth Youth Justice Service|S] its highest rating, ‘[Outstanding|R]’, up from ‘[Good|R]’ at its last inspection in [2019|D].
N| Inspectors were on site from [10 - 14 October 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In everything it does, this service puts children first.
S| “Its staff are skilled and tenacious, and its partners in health and education pull their weight.”

S| Inspectors were particularly impressed with the service’s work to understand why children from some communities were over-represented.
S| Every child had access to a speech and language assessment, and the service’s use of out-of-court disposals was well judged.
W| The one area requiring development was planning for the safety of victims, which was not always recorded.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [14 February 2023|D].
"""),
    # 10. a youth service given the lowest rating in 2022, on a council page with a date line: "has rated X ‘...’, which
    #     is as low as its scale goes"; fieldwork "in June 2022"; the council's reply
    ("stowmarden-yjs-2022", facts([
        svc("Stowmarden Youth Justice Service", "Stowmarden YJS", "YJS", INAD)], "2022-09-27", "2022-06", 7),
     """N| Council responds to youth justice inspection

N| [27 September 2022|D]

N| The inspectorate has rated [Stowmarden Youth Justice Service|S] ‘[Inadequate|R]’, which is as low as its scale goes.
N| Inspectors looked at the service’s work in [June 2022|D].

W| The inspectors found that the management board met often but achieved little, and that leaders did not know how well children were being supervised.
W| Assessments of risk to others were sufficient in only 9 of 22 cases.
W| Too few children were in education, training or employment.
S| The inspectors did recognise that staff were committed and that children said good things about their case workers.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Stowmarden are being let down: too few get the kind of support that keeps them safe and stops them offending.”

R| The service and its partners are given seven recommendations.

N| Councillor [Peter Harling|X], cabinet member for children, said: “Nobody can read this report comfortably, and a new leadership team is already in post.”
"""),
    # 11. an ordinary youth service release in 2024 on GOV.UK, the full name in the headline, "has rated X ... as ‘...’";
    #     fieldwork "in January 2024"
    ("beckswell-yjs-2024", facts([
        svc("Beckswell Youth Justice Service", "Beckswell YJS", "YJS", RI)], "2024-03-19", "2024-01", 6),
     """N| Press release

N| [Beckswell Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [19 March 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Beckswell Youth Justice Service|S] in Lincolnshire as ‘[Requires improvement|R]’.
N| Inspectors visited the service in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Beckswell|S] has a dedicated team who know the children in their care very well.
W| “However, too much of their work was not recorded, and managers had no reliable way of knowing whether risks were being spotted.”

S| Inspectors found effective joint work with [Lincolnshire Police|A] on deciding which children should be diverted from court.
W| Safety planning for children was inconsistent, and contingency plans were often missing.
W| Disappointingly, health services for children in the service were hard to reach, with long waits for [CAMHS|A].

R| There are six recommendations; one asks the service to strengthen managers’ oversight of case work.
"""),
    # 12. a youth service ‘Good’ in 2025 on a justiceinspectorates page: "Inspectors have assessed X as ‘...’"; "The
    #     inspection took place in March 2025"
    ("thurlingham-yjs-2025", facts([
        svc("Thurlingham Youth Justice Service", "Thurlingham YJS", "YJS", GOOD)], "2025-06-10", "2025-03", 4),
     """N| News

N| Published: [10 Jun 2025|D]

N| Youth justice in Thurlingham judged ‘[Good|R]’

N| Inspectors have assessed [Thurlingham Youth Justice Service|S] as ‘[Good|R]’.
N| The inspection took place in [March 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thurlingham|S]’s staff make the effort to get to know every child, and the quality of their work reflects that.
S| “Leaders have a clear plan and the board holds partners to account.”

S| Inspectors were impressed by the service’s work with [Norfolk County Council|A]’s children’s services, so that children at risk of exploitation were picked up quickly.
W| On the other hand, victims did not always get enough attention, and some victims were not contacted at all.

R| The report makes four recommendations, including one for [Norfolk Constabulary|A].
"""),
    # 13. a 2025 public-protection PDU inspection with no rating, a GOV.UK page starting "Skip to content"; "Context" and
    #     "Findings" bullets, the region in a bullet; "Fieldwork took place in May 2025"
    ("cawdlesby-pdu-2025", facts([
        svc("Cawdlesby Probation Delivery Unit", "Cawdlesby PDU", "PDU", None)], "2025-09-16", "2025-05", 5),
     """N| Skip to content

N| Press release

N| Public protection inspection published for probation unit in Lincolnshire

N| Published [16 September 2025|D]

N| Today [HM Inspectorate of Probation|A] publishes the findings of its public protection inspection at [Cawdlesby Probation Delivery Unit|S].
N| This programme of inspections does not rate the units it visits.
N| Fieldwork took place in [May 2025|D].

N| Context
N| • Around 1,100 people are supervised by [Cawdlesby PDU|S], a unit of the [Probation Service – East Midlands region|S].
W| • Vacancies stood at 25% among probation officers, with agency staff covering some of the gaps.

N| Findings
S| • In most cases, domestic abuse checks with the police had been completed before sentence.
W| • Assessments of the risk posed to children were sufficient in only 13 of 30 cases.
W| • Plans for managing risk were not reviewed when circumstances changed.

R| The unit and the region share five recommendations between them.
"""),
    # 14. a unit inside its region, the region in the headline and the notes: "A report published today (Tuesday 24
    #     October) rates X as ‘...’" with the year from the fieldwork, "in June 2023"
    ("oakenby-pdu-2023", facts([
        svc("Oakenby Probation Delivery Unit", "Oakenby PDU", "PDU", RI)], "2023-10-24", "2023-06", 6),
     """N| [East Midlands region|S]: probation unit in Leicestershire told to improve

N| A report published today ([Tuesday 24 October|D]) rates [Oakenby Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [June 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders in Oakenby have a good grasp of what needs to change, and they have made a start.
W| “But everyday practice is still too variable, and people on probation are not always seen as often as their risk requires.”

S| Inspectors praised the unit’s accommodation work: most people released from prison had a bed for their first night.
W| Unfortunately, staff turnover was high, and many cases had passed through several hands.
W| Work to assess risk to children was good enough in only 14 of 35 cases.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. [Oakenby PDU|S] covers the south-west of Leicestershire and belongs to [Probation Service – East Midlands region|S].
"""),
    # 15. a youth service in 2021, fieldwork "carried out remotely in July 2021": "found X to be ‘...’"; the notes'
    #     "Online publication: 00.01, 19 October 2021"
    ("elmsfold-yjs-2021", facts([
        svc("Elmsfold Youth Justice Service", "Elmsfold YJS", "YJS", GOOD)], "2021-10-19", "2021-07", 2),
     """N| Youth justice in Elmsfold: inspectors find a ‘[Good|R]’ service

N| Inspectors from [HM Inspectorate of Probation|A] found [Elmsfold Youth Justice Service|S] to be ‘[Good|R]’.
N| Because of the pandemic, fieldwork was carried out remotely in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Right through the pandemic, staff kept up regular contact with children, and the care they showed was evident in every case we looked at.
S| “Its partnerships with education and health services are particularly strong.”

S| Inspectors judged court work to be of a high standard, and out-of-court disposals were used well to keep children out of the justice system.
W| While staff were enthusiastic, their work to address the safety of other people was not always consistent.

R| Two recommendations are made, both addressed to the management board.

N| Notes to editors
N| 1. Online publication: 00.01, [19 October 2021|D].
"""),
    # 16. a city PDU and its county PDU in 2025, the region in the first sentence: "The city unit was given ‘...’; its
    #     neighbour, the county unit, received the same" (one rating word for two services); "18 to 29 November 2024";
    #     nine recommendations
    ("ashwelby-city-and-ashwelby-county-pdus-2025", facts([
        svc("Ashwelby City Probation Delivery Unit", "Ashwelby City PDU", "PDU", RI),
        svc("Ashwelby County Probation Delivery Unit", "Ashwelby County PDU", "PDU", RI)], "2025-02-04", "2024-11", 9),
     """N| Press release

N| Two probation units in Leicestershire inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [4 February 2025|D]

N| Inspectors have reported on [Ashwelby City Probation Delivery Unit|S] and [Ashwelby County Probation Delivery Unit|S], which together cover the city and the surrounding county for the [Probation Service – East Midlands region|S].
N| The city unit was given ‘[Requires improvement|R]’; its neighbour, the county unit, received the same.
N| A team of six inspectors spent [18 to 29 November 2024|D] in Ashwelby and the surrounding villages.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Each unit is led by people who know their area and are determined to make a difference.
W| “Yet in both, too many cases lacked the checks with police and children’s services that would tell staff whether a child was at risk.”

S| [Ashwelby City PDU|S] stood out for its work with women, delivered with a local women’s centre.
W| In [Ashwelby County PDU|S], people living in villages far from the office were often supervised by telephone alone.

R| Nine recommendations result, of which four fall to the city unit, four to the county unit and one to the region.
"""),
    # 17. a youth service in 2020 on a council page: "Inspectors judged X to be ‘...’ in a report published today" under
    #     "Thursday, 2nd July 2020"; "from 24 to 28 February 2020"
    ("kirtleby-yjs-2020", facts([
        svc("Kirtleby Youth Justice Service", "Kirtleby YJS", "YJS", RI)], "2020-07-02", "2020-02", 4),
     """N| Youth justice inspection report published

N| [Thursday, 2nd July 2020|D]

N| Inspectors judged [Kirtleby Youth Justice Service|S] to be ‘[Requires improvement|R]’ in a report published today.
N| Inspectors were with the service from [24 to 28 February 2020|D].

S| According to the inspectors, staff were committed and got on well with the children they supervised.
W| However, the management board lacked a clear picture of how the service was performing.
W| Work to keep children safe was not sufficiently joined up with [Lincolnshire County Council|A]’s children’s services.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kirtleby|S] has much to build on.
R| “The board must now take a firmer grip of how well children are being kept safe.”

R| The report makes four recommendations.

N| A council spokesperson said: “We accept the findings, and work on an action plan has already begun.”
"""),
    # 18. a youth service given ‘Inadequate’ in 2024, resettlement policy and provision also ‘Inadequate’, "rated
    #     separately"; "Inspectors were in Saxfield throughout the second half of April 2024"; "went online on 6 August 2024"
    ("saxfield-yjs-2024", facts([
        svc("Saxfield Youth Justice Service", "Saxfield YJS", "YJS", INAD,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2024-08-06", "2024-04", 7),
     """N| Youth justice service in Cambridgeshire found wanting

N| [HM Inspectorate of Probation|A] has rated [Saxfield Youth Justice Service|S] ‘[Inadequate|R]’.
W| The quality of its resettlement policy and provision was also rated separately, and was judged ‘[Inadequate|R]’.
N| Inspectors were in Saxfield throughout the second half of [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Saxfield deserve much better than this.
W| “We found a service without settled leadership, where staff were unsure of their roles and where concerns about children’s safety were not passed on.”

S| Despite these problems, inspectors found that children’s health needs were assessed well by the nurse attached to the service.
W| Too many children came out of custody with no address and no school place arranged.

R| The report makes seven recommendations, five for [Saxfield YJS|S] and two for [Cambridgeshire County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report went online on [6 August 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 119th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
