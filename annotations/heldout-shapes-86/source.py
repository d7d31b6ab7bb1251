"""Builds the eighty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three upper-valley PDUs on a GOV.UK page, the Wales region named before the units: "X and Z were each judged to
    #    be ‘...’, while Y was given the lowest possible rating, ‘...’"; fieldwork "from 3 to 14 June 2024"; nine
    #    recommendations "three per unit"; the regional director's reply
    ("pontlottyn-fochriw-and-bedlinog-pdus-2024", facts([
        svc("Pontlottyn Probation Delivery Unit", "Pontlottyn PDU", "PDU", RI),
        svc("Fochriw Probation Delivery Unit", "Fochriw PDU", "PDU", INAD),
        svc("Bedlinog Probation Delivery Unit", "Bedlinog PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspection of three probation units in the south Wales valleys

N| The inspectorate has reported on three delivery units in the upper valleys.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Three units of [Probation Service – Wales|S] are the subject of reports that [HM Inspectorate of Probation|A] publishes today: [Pontlottyn Probation Delivery Unit|S], [Fochriw Probation Delivery Unit|S] and [Bedlinog Probation Delivery Unit|S].
N| [Pontlottyn|S] and [Bedlinog|S] were each judged to be ‘[Requires improvement|R]’, while [Fochriw|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The inspection team visited the three units from [3 to 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Fochriw we found a unit stretched to breaking point, with senior probation officers covering two teams at once.
W| “There, officers had all but stopped visiting the homes of domestic abusers, and safety plans for their partners were carried forward unchanged from review to review.
S| “[Pontlottyn|S] and [Bedlinog|S] have more to do, but their staff are settled and their managers are visible.”

S| Inspectors praised [Bedlinog PDU|S]’s work with [Merthyr Tydfil County Borough Council|A], which meant most people released from prison had somewhere to live.
W| Children’s safety was properly considered in fewer than half the cases inspected in each unit.

R| The three reports make nine recommendations, three per unit.

N| [Sian Pritchard|X], Regional Probation Director for Wales, said: “We have sent experienced managers to Fochriw to support the team there.”
"""),
    # 2. two youth justice services of the Garw valley in a local-news story, the report "released on Tuesday (14 May)"
    #    under a byline of Friday 17 May 2024; ratings in the other order from the naming: "Y came out on top with
    #    ‘Outstanding’, with X one step behind at ‘Good’"; six recommendations "four for X and two for Y"
    ("blaengarw-and-pontycymer-yjs-2024", facts([
        svc("Blaengarw Youth Justice Service", "Blaengarw YJS", "YJS", GOOD),
        svc("Pontycymer Youth Justice Service", "Pontycymer YJS", "YJS", OUT)], "2024-05-14", "2024-01", 6),
     """N| Valley youth services win praise from inspectors

N| By [Carys Howells|X]

N| [Friday 17 May 2024|D]

N| Inspectors looked at [Blaengarw Youth Justice Service|S] and [Pontycymer Youth Justice Service|S] in [January 2024|D], and their reports were released on Tuesday ([14 May|D]).
N| [Pontycymer|S] came out on top with ‘[Outstanding|R]’, with [Blaengarw|S] one step behind at ‘[Good|R]’.

S| According to the reports, [Pontycymer|S]’s workers had built trust with families who had long avoided the council.
S| The inspectors also commended [Blaengarw|S] for getting children back into college within weeks of their first order.
W| However, the reports say [Blaengarw YJS|S] did not always revisit its safety plans when a child was arrested again.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The Garw valley is well served by both teams, and [Pontycymer|S] shows what can be done when everyone pulls in the same direction.”

R| There are six recommendations, four for [Blaengarw|S] and two for [Pontycymer|S].

N| Councillor [Huw Bevan|X], cabinet member for children at [Bridgend County Borough Council|A], said: “I am proud of both teams.”
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence; "Inspectors have given X, one
    #    of the units run by ..., the lowest grade on their scale: ‘...’"; the region's own 2023 rating as context; "Mr
    #    Jones continued"; "Publication of the report: 00.01, Tuesday 10 December 2024" in the notes; "in August 2024"
    ("abersychan-pdu-2024", facts([
        svc("Abersychan Probation Delivery Unit", "Abersychan PDU", "PDU", INAD)], "2024-12-10", "2024-08", 6),
     """N| [Wales probation region|S]: probation unit in Abersychan rated ‘[Inadequate|R]’

N| Inspectors have given [Abersychan Probation Delivery Unit|S], one of the units run by [Probation Service – Wales|S], the lowest grade on their scale: ‘[Inadequate|R]’.
N| The [Wales region|S] itself got ‘[Requires improvement|R]’ from inspectors in [2023|D].
N| [HM Inspectorate of Probation|A] examined 44 of the unit’s cases in [August 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Abersychan|S] has lost too many experienced officers and has not been able to replace them.
W| “Newly qualified staff had been handed some of the unit’s hardest cases, with little supervision and no time to reflect.”

W| Mr Jones continued: “Most files we read showed no sign that anyone had considered what danger the individual might pose to children living with them.”

S| Despite the pressure, inspectors found that the unit’s court team worked closely with [Gwent Police|A] and shared information quickly.
W| Links with [Torfaen County Borough Council|A]’s children’s services had weakened, and referrals went unanswered for weeks.

R| The unit must act on four of the six recommendations; two are directed at [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Tuesday 10 December 2024|D].
N| 2. [Abersychan PDU|S] covers the northern half of Torfaen and employs about 40 staff.
"""),
    # 4. a Herefordshire unit inside the West Midlands region, the region in the headline; "the inspectorate rates X as
    #    ‘...’" in "a report out today (Tuesday, 21 March)" (weekday inside the DATE span), year from the fieldwork (November 2022); the headline's
    #    lower-case "Madley probation unit"; "in 19 of the 36 cases"; four recommendations
    ("madley-pdu-2023", facts([
        svc("Madley Probation Delivery Unit", "Madley PDU", "PDU", RI)], "2023-03-21", "2022-11", 4),
     """N| [West Midlands region|S]: [Madley probation unit|S] ‘making steady progress’

N| In a report out today ([Tuesday, 21 March|D]), the inspectorate rates [Madley Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Inspectors spent time with the unit in [November 2022|D], reading 36 cases and talking to staff and partners across rural Herefordshire.

S| The unit’s head had brought in a clear plan, and staff said they understood what was expected of them.
S| Practitioners travelled long distances to see people at home, which helped them build lasting working relationships.
W| Yet the risk that people posed to others was properly assessed in only 19 of the 36 cases.
W| Checks with [West Mercia Police|A] about domestic abuse call-outs were sometimes not made at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Plenty of what we saw gives us cause for optimism.
R| “[Madley|S]’s managers need to make sure every new case starts with a proper check of police and social care records.”

R| The report makes four recommendations for the unit.

N| ENDS

N| Notes to editors
N| 1. [Madley PDU|S] works with around 450 people across south and west Herefordshire for [Probation Service – West Midlands region|S].
"""),
    # 5. a Probation Trust in 2011, before ratings: scores as percentages, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Tuesday, 13th September 2011" and "published today", the
    #    verdict in the first sentence with the inspectorate named before the Trust;
    #    fieldwork "in May 2011"; eight recommendations
    ("penywaun-and-trecynon-probation-trust-2011", facts([
        svc("Penywaun and Trecynon Probation Trust", "Penywaun and Trecynon Probation Trust", "other", None)],
        "2011-09-13", "2011-05", 8),
     """N| Offender management in Penywaun and Trecynon – report published

N| [Tuesday, 13th September 2011|D]

S| [HM Inspectorate of Probation|A]’s report on [Penywaun and Trecynon Probation Trust|S], published today, finds that the Trust is performing well in cutting reoffending.
N| The inspectors visited the Trust in [May 2011|D] and looked at 50 cases.

S| The Trust scored 78% on reducing the likelihood of reoffending; its score for ensuring the sentence was served was 84%.
W| Work to protect the public scored a lower 64%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence and kept their appointments;
S| • the Trust worked closely with [South Wales Police|A] on integrated offender management.

N| However, inspectors were concerned to find that:
W| • risk of harm screenings were often completed late or not reviewed;
W| • contact with children’s services was not recorded in many relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Trust staff are committed, and they know their cases well.
R| “Public protection must now get the same attention from the Trust as reducing reoffending does.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider, embargo line; "has judged the Working Links-owned X (CRC) to be ‘...’
    #    overall"; unpaid work "assessed on its own, was given ‘...’"; "Inspectors were on site in July 2018"; the provider's reply
    ("pengam-and-argoed-crc-2018", facts([
        svc("Pengam and Argoed Community Rehabilitation Company", "Pengam and Argoed CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-06", "2018-07", 7),
     """N| Embargoed until 00.01, [Tuesday 6 November 2018|D]

N| Probation company in the Rhymney valley criticised by inspectors

N| [HM Inspectorate of Probation|A] has judged the [Working Links|A]-owned [Pengam and Argoed Community Rehabilitation Company|S] (CRC) to be ‘[Inadequate|R]’ overall.
S| Unpaid work, assessed on its own, was given ‘[Good|R]’.
N| Inspectors were on site in [July 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Most people on this CRC’s books get little more than a telephone call every few weeks.
W| “Officers told us their caseloads had passed 90 and that they had stopped trying to do anything beyond the minimum.”

S| Inspectors did commend the unpaid work teams, whose placements were well organised and often benefited local community groups.
W| Relations with the [National Probation Service|A] were poor, and cases were handed over with key risk information missing.

R| There are seven recommendations: five for the CRC and [Working Links|A], two for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said the company had already begun recruiting more officers.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: joint inspection led by HMI
    #    Probation with Estyn and health and social care inspectors; bullet lists "Inspectors were glad to see that:"; "Posted:
    #    08/11/2016" (day/month/year); "the inspection took place in July 2016"
    ("ynysybwl-yot-2016", facts([
        svc("Ynysybwl Youth Offending Team", "Ynysybwl YOT", "YJS", None)], "2016-11-08", "2016-07", 5),
     """N| Inspection of youth offending work in Ynysybwl

N| Posted: [08/11/2016|D]

N| A joint inspection of [Ynysybwl Youth Offending Team|S] (YOT) has reported; [HM Inspectorate of Probation|A] led it, with inspectors from [Estyn|A] and health and social care inspectors taking part.
N| The inspection took place in [July 2016|D].

N| Inspectors were glad to see that:
S| • children were seen frequently by case managers who knew them well;
S| • the YOT had good links with local schools and the education welfare service;
S| • work to stop children entering the justice system was well organised.

N| However, they were concerned that:
W| • risk-of-harm assessments were not always brought up to date;
W| • too little was done to meet the emotional and mental health needs of some children.

R| Five recommendations are made, including one for [Cwm Taf University Health Board|A].

N| Councillor [Gareth Pugh|X], who leads on children’s services for [Rhondda Cynon Taf County Borough Council|A], commented: “The council welcomes the report, and work on an action plan has started.”
"""),
    # 8. a Youth Offending Service in 2019: "X (YOS) is ‘...’: that is the verdict of ..."; the headline "‘Good’
    #    verdict for youth offending service in Gilfach Goch"; fieldwork "between 11 and 15 March 2019"; "Published: 25 Jun
    #    2019"; four recommendations "three for the YOS itself and one for the management board"
    ("gilfach-goch-yos-2019", facts([
        svc("Gilfach Goch Youth Offending Service", "Gilfach Goch YOS", "YJS", GOOD)], "2019-06-25", "2019-03", 4),
     """N| News

N| ‘[Good|R]’ verdict for youth offending service in Gilfach Goch

N| Published: [25 Jun 2019|D]

N| [Gilfach Goch Youth Offending Service|S] (YOS) is ‘[Good|R]’: that is the verdict of [HM Inspectorate of Probation|A].
N| Inspectors visited the service between [11 and 15 March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gilfach Goch|S]’s staff plainly care about every child on the books, and they will go the extra mile for them.
S| “Children told us they felt listened to, and many said their case worker had helped them stay in school.”

S| Inspectors found the management board well attended, with senior people from [South Wales Police|A] and the local health board taking an active part.
W| On the other hand, the service’s out-of-court work was weaker: some children started an intervention before anyone had assessed them.
W| Help for victims was also inconsistent, with several victims never contacted.

R| Four recommendations are made: three for the YOS itself and one for the management board.

N| ENDS
"""),
    # 9. an NPS division in 2019: the full name in the headline, "NPS Sirhowy Valley" its short form; "X receives an
    #    overall rating of ‘...’ in a report issued today by ..."; fieldwork "in February and March 2019"; the publication
    #    day in the notes; seven recommendations "HMPPS receives two ... and the division the other five"
    ("sirhowy-valley-nps-division-2019", facts([
        svc("National Probation Service – Sirhowy Valley Division", "NPS Sirhowy Valley", "region", RI)],
        "2019-07-30", "2019-02", 7),
     """N| Inspectors publish report on [National Probation Service – Sirhowy Valley Division|S]

N| The [National Probation Service – Sirhowy Valley Division|S] receives an overall rating of ‘[Requires improvement|R]’ in a report issued today by [HM Inspectorate of Probation|A].
N| Fieldwork was carried out in [February and March 2019|D].

S| Inspectors found that the division’s court teams produced timely, well-judged reports that sentencers valued.
S| Staff had warm words for their managers and told inspectors that training had got better over the past year.
W| However, the quality of case management was inconsistent, and in only 23 of 42 cases was the risk of serious harm properly reviewed.
W| Victim liaison work was held back by long-term sickness, and some victims heard nothing before the offender’s release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Sirhowy Valley|S] has the right ingredients, but it is not yet putting them together consistently.”

R| [HMPPS|A] receives two of the report’s seven recommendations and the division the other five.

N| Notes to editors
N| 1. The report was published on [30 July 2019|D].
"""),
    # 10. a Carmarthenshire YJS in 2024, "Outstanding" without "rated": "Inspectors have awarded X their top rating,
    #     ‘...’"; resettlement "which is rated separately, also reached ‘Good’"; fieldwork "on 10 - 14 June 2024"; three recommendations;
    #     Welsh council page "Posted on 24/09/2024"
    ("llandybie-yjs-2024", facts([
        svc("Llandybie Youth Justice Service", "Llandybie YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-09-24", "2024-06", 3),
     """N| Youth justice service earns top inspection grade

N| Posted on [24/09/2024|D]

N| Inspectors have awarded [Llandybie Youth Justice Service|S] their top rating, ‘[Outstanding|R]’.
S| Its work on resettlement, which is rated separately, also reached ‘[Good|R]’.
N| [His Majesty’s Inspectorate of Probation|A] carried out its fieldwork on [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llandybie|S] is exceptional: staff take time to understand every child, and that understanding runs through everything the service does.
S| “[Dyfed-Powys Police|A], the health board and local schools are all committed partners, and children get the right help quickly.”

S| Inspectors also praised the service’s use of Welsh-speaking staff, so that children and families could work in their first language.
W| The only area where inspectors wanted more was in recording the reasons for decisions on out-of-court disposals.

R| The report makes three recommendations.

N| Councillor [Eleri Morgan|X], of [Carmarthenshire County Council|A], said: “This is a tremendous result for the team.”
"""),
    # 11. a YJS in 2023 with the previous rating beside: "has gone down a grade, to ‘...’, from the ‘Good’ it was
    #     given in 2019"; the headline's lower-case name; "Inspectors examined 30 cases in April 2023"; "I urge"-like call
    #     in a second quote; "available on the ... website on 8 August 2023 at 00.01"
    ("trelewis-yjs-2023", facts([
        svc("Trelewis Youth Justice Service", "Trelewis YJS", "YJS", RI)], "2023-08-08", "2023-04", 6),
     """N| [Trelewis youth justice service|S] slips a grade

N| [Trelewis Youth Justice Service|S] has gone down a grade, to ‘[Requires improvement|R]’, from the ‘[Good|R]’ it was given in [2019|D].
N| Inspectors examined 30 cases in [April 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trelewis|S] still has caring and experienced staff, but the service has taken its eye off the safety of children and the public.
W| “Posts had stood empty for months, and the board had failed to see how far standards had slipped.”

S| Inspectors were impressed with the service’s work with [Caerphilly County Borough Council|A]’s education team, which had cut the number of children out of school.
W| Disappointingly, contingency plans were often missing, and in only 13 of 30 cases did staff consider the safety of others well enough.

R| Six recommendations are made, among them a review of staffing by the management board.
R| Mr Jones added: “My message to the board is that these recommendations must be acted on without delay.”

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 August 2023|D] at 00.01.
"""),
    # 12. a 2025 public-protection inspection of a Herefordshire PDU with no rating: "Skip to content", an empty
    #     "Published:" line, "Context" and "Findings" bullets; "Fieldwork took place in February 2025"; five
    #     recommendations; "Report online from: 3 June 2025"
    ("kingstone-pdu-2025", facts([
        svc("Kingstone Probation Delivery Unit", "Kingstone PDU", "PDU", None)], "2025-06-03", "2025-02", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Kingstone Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A]’s report asks how well [Kingstone Probation Delivery Unit|S] protects the public.
N| No rating is given in this round of inspections.
N| Fieldwork took place in [February 2025|D].

N| Context
N| • [Kingstone PDU|S] is part of [Probation Service – West Midlands region|S] and covers a mainly rural area.
N| • About one in four people under its supervision has a domestic abuse conviction.

N| Findings
S| • Staff were knowledgeable about risk and most had completed domestic abuse training.
W| • Few homes were visited, including those where children were living.
W| • Information from [West Mercia Police|A] was not always requested before a plan was written.
S| • Work with [Herefordshire Council|A]’s children’s services was good when a child protection plan was in place.

R| The report makes five recommendations.

N| Report online from: [3 June 2025|D]
"""),
    # 13. a YJS in 2021 "Inadequate": "has placed X in its bottom category, ‘...’"; "inspectors did their work
    #     remotely, in July 2021"; "published today (Thursday, 28 October)" with the fieldwork's year; ten
    #     recommendations
    ("abertridwr-yjs-2021", facts([
        svc("Abertridwr Youth Justice Service", "Abertridwr YJS", "YJS", INAD)], "2021-10-28", "2021-07", 10),
     """N| ‘Serious concerns’ about youth justice in Abertridwr

N| In a report published today ([Thursday, 28 October|D]), [HM Inspectorate of Probation|A] has placed [Abertridwr Youth Justice Service|S] in its bottom category, ‘[Inadequate|R]’.
N| Because of the pandemic, inspectors did their work remotely, in [July 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Many children in this service were left without the help they needed, and some were at serious risk.
W| “The partnership board had little grip on what was happening and rarely challenged the service.”

W| Inspectors found that assessments were out of date in more than half the cases they looked at.
W| There was a lack of professional curiosity about children’s safety at home, and warning signs were missed.
S| Despite these failings, inspectors praised the health worker attached to the service, who had quickly arranged support for several children.

R| Ten recommendations are made, eight for the service and its partnership board and two for [Aneurin Bevan University Health Board|A].
"""),
    # 14. a YJS in 2022, "Good" without "rated": "Inspectors have judged X to be ‘...’"; resettlement "which is
    #     graded on its own, came out at ‘...’"; the headline's lower-case name; fieldwork "over two weeks in January 2022"; four recommendations
    ("tylorstown-yjs-2022", facts([
        svc("Tylorstown Youth Justice Service", "Tylorstown YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-04-26", "2022-01", 4),
     """N| [Tylorstown youth justice service|S] judged ‘[Good|R]’

N| Inspectors have judged [Tylorstown Youth Justice Service|S] to be ‘[Good|R]’.
W| Its resettlement policy and provision, which is graded on its own, came out at ‘[Requires improvement|R]’.
N| The inspection took place over two weeks in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tylorstown|S] has a confident, well-trained workforce who put children first.
S| “It was particularly good to see how quickly children were found a place in education or training.”

S| Inspectors noted the strong partnership with [South Wales Police|A], which meant that children were diverted from court wherever it was safe to do so.
W| However, plans for children leaving custody were made too late, and accommodation was sometimes found only on the day of release.

R| Of the four recommendations, the service has three and [Rhondda Cynon Taf County Borough Council|A] one.

N| Notes to editors
N| 1. The report was published on [26 April 2022|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 15. a Welsh council page in 2024 reporting in the third person: "the watchdog found the service to be
    #     ‘...’ overall"; "12/03/2024"; fieldwork "in November 2023"; six recommendations; council reply
    ("ynysddu-yjs-2024", facts([
        svc("Ynysddu Youth Justice Service", "Ynysddu YJS", "YJS", RI)], "2024-03-12", "2023-11", 6),
     """N| Council responds to youth justice inspection report

N| [12/03/2024|D]

N| [HM Inspectorate of Probation|A] has now released its findings on [Ynysddu Youth Justice Service|S], which it inspected in [November 2023|D].
N| The watchdog found the service to be ‘[Requires improvement|R]’ overall.

S| Inspectors said staff were dedicated and had strong relationships with the children they supervised.
S| They also found that the service’s work to prevent offending was creative and well used by schools.
W| However, inspectors were concerned that risk to others was not always reviewed when circumstances changed.
W| Board members had only a limited view of the quality of work, and data was not used well.

R| Six recommendations are made to the YJS and its partners.

N| A spokesperson for [Caerphilly County Borough Council|A] said: “We are grateful to the inspection team for their work.
N| “Our plan for improvement is agreed, and the board will hear about progress every three months.”
"""),
    # 16. a PDU and its neighbour in one justiceinspectorates news item, the region named in the first sentence: "X was
    #     placed in the lowest category, ‘...’, and Y was assessed as ‘...’"; "Published: 19 Sep 2023"; fieldwork "in
    #     April and May 2023"; eight recommendations, four each
    ("merthyr-vale-and-quakers-yard-pdus-2023", facts([
        svc("Merthyr Vale Probation Delivery Unit", "Merthyr Vale PDU", "PDU", INAD),
        svc("Quakers Yard Probation Delivery Unit", "Quakers Yard PDU", "PDU", RI)], "2023-09-19", "2023-04", 8),
     """N| News

N| Two Wales probation units fall short

N| Published: [19 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has reported on [Merthyr Vale Probation Delivery Unit|S] and [Quakers Yard Probation Delivery Unit|S], neighbouring units in [Probation Service – Wales|S].
N| [Merthyr Vale|S] was placed in the lowest category, ‘[Inadequate|R]’, and [Quakers Yard|S] was assessed as ‘[Requires improvement|R]’.
N| Inspectors visited both units in [April and May 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People living in these valleys deserve better than they are getting at the moment.
W| “In Merthyr Vale, almost half of probation officer posts were empty, and many cases had passed through three or four hands in a year.”

S| [Quakers Yard PDU|S]’s staff had kept up regular contact with most people on probation, and their reports to court were of a high standard.
W| Neither unit did enough to check with children’s services when children were in contact with people who posed a risk.

R| Each unit receives four of the report’s eight recommendations.
"""),
    # 17. a YJS in 2020 rated "Good": the date line "Tuesday, 8th December 2020"; fieldwork "between 2 and 6 March 2020";
    #     "... has assessed X as ‘...’"; the headline's lower-case name; two recommendations
    ("cwmllynfell-yjs-2020", facts([
        svc("Cwmllynfell Youth Justice Service", "Cwmllynfell YJS", "YJS", GOOD)], "2020-12-08", "2020-03", 2),
     """N| [Cwmllynfell youth justice service|S] ‘a credit to the area’

N| [Tuesday, 8th December 2020|D]

N| [HM Inspectorate of Probation|A] has assessed [Cwmllynfell Youth Justice Service|S] as ‘[Good|R]’.
N| Inspectors were with the service between [2 and 6 March 2020|D], shortly before the first lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cwmllynfell|S] is a credit to the area.
S| “Its staff are tenacious in keeping in touch with children, and the board knows the service well.”

S| Children helped to write their own plans, inspectors found, and understood what they were working towards.
W| There was more to do on recording the views of victims, which were missing from some files.

R| We have made two recommendations, both to the service’s management board.
"""),
    # 18. a youth offending team written out in 2018, rated: "The inspectorate’s overall judgement on X is ‘...’";
    #     "Thursday 20 December 2018" date line; fieldwork "in September 2018"; no recommendation count
    ("penrhiwceiber-yot-2018", facts([
        svc("Penrhiwceiber Youth Offending Team", "Penrhiwceiber YOT", "YJS", RI)], "2018-12-20", "2018-09", None),
     """N| Inspection of [Penrhiwceiber youth offending team|S]

N| [Thursday 20 December 2018|D]

N| The inspectorate’s overall judgement on [Penrhiwceiber Youth Offending Team|S] (YOT) is ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] inspected the [Penrhiwceiber YOT|S] in [September 2018|D], under its new standards for youth services.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Penrhiwceiber|S]’s staff are hard-working and they get on well with the children.
W| “But the YOT’s managers were not checking the quality of the work closely enough, and planning for the safety of others was weak.”

S| Inspectors were encouraged by the YOT’s work with [Cwm Taf University Health Board|A] on speech and language needs.
W| Out-of-court disposal work lagged behind the rest.

N| The full report sets out what the YOT and its partners need to do next.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
