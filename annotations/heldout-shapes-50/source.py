"""Builds the fiftieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Gloucestershire PDUs on a GOV.UK page, the region named first: "X lands at ‘...’ while Y falls to ‘...’";
    #    "Published 11 June 2024"; fieldwork "a fortnight in February 2024"; ten recommendations "five apiece"
    ("bishops-cleeve-and-northleach-pdus-2024", facts([
        svc("Bishops Cleeve Probation Delivery Unit", "Bishops Cleeve PDU", "PDU", RI),
        svc("Northleach Probation Delivery Unit", "Northleach PDU", "PDU", INAD)], "2024-06-11", "2024-02", 10),
     """N| Press release

N| Two probation units in Gloucestershire: inspection reports out

N| Two [Probation Service|A] units in the South West: the inspectors’ findings.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Inspectors spent a fortnight in [February 2024|D] with [Bishops Cleeve Probation Delivery Unit|S] and [Northleach Probation Delivery Unit|S]; the two are neighbours in [Probation Service – South West region|S].
N| [Bishops Cleeve|S] lands at ‘[Requires improvement|R]’ while [Northleach|S] falls to ‘[Inadequate|R]’, the foot of the scale.

S| Practitioners at [Bishops Cleeve|S] had built a sound working relationship with [Gloucestershire Constabulary|A], and information on domestic abuse call-outs reached them quickly.
W| [Northleach|S] was carrying vacancies in nearly half its probation officer posts, and trainees held cases well beyond their experience.
W| In both units, those judged high risk were seldom visited at home.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Northleach|S] is a unit where staff try hard in conditions that make good work close to impossible.
R| “The region has to get a grip on recruitment there, and quickly.”

R| Between them the two reports hold ten recommendations, five apiece.

N| The [Probation Service|A], responding, said an action plan for both units was already in place.
"""),
    # 2. a Herefordshire council page: "Posted: 12/03/2024"; "the inspectorate has graded X ‘...’, its top mark";
    #    resettlement "looked at in its own right and also graded"; fieldwork "10 - 14 December 2023"; three recommendations
    ("colwall-yjs-2024", facts([
        svc("Colwall Youth Justice Service", "Colwall YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-03-12", "2023-12", 3),
     """N| Top marks for [Colwall youth justice team|S]

N| Posted: [12/03/2024|D]

N| We are delighted to share that the inspectorate has graded [Colwall Youth Justice Service|S] ‘[Outstanding|R]’, its top mark.
S| Our resettlement work with young people coming home from custody was looked at in its own right and also graded ‘[Outstanding|R]’.
N| [His Majesty’s Inspectorate of Probation|A]’s team was with the service on [10 - 14 December 2023|D].

S| The report describes case workers who went to great lengths to understand each young person and the family around them.
S| It notes that each child coming out of custody over the past year had a home and an education place waiting for them.
S| Inspectors also singled out the joint work between the team and [Herefordshire Council|A]’s children’s services, calling it seamless.

S| [Martin Jones|X], HM Chief Inspector of Probation, writes in his foreword: “[Colwall|S] sets a standard that others should look to.”

R| Three recommendations are made, which the service and its board will take forward.

N| Councillor [Ivy Lanford|X] said: “This is a proud day for everyone who works with young people in the county.”
"""),
    # 3. a unit inside its region, the region in the headline: "West Midlands probation region: ..."; "leaves its
    #    inspection with a verdict of ‘...’"; the region's own 2023 verdict as context; fieldwork "3 - 7 June 2024"; notes "on the ... website on 17
    #    September 2024 at 00.01"; six recommendations
    ("inkberrow-pdu-2024", facts([
        svc("Inkberrow Probation Delivery Unit", "Inkberrow PDU", "PDU", RI)], "2024-09-17", "2024-06", 6),
     """N| [West Midlands probation region|S]: unit in Worcestershire must raise its game on risk

N| [Inkberrow Probation Delivery Unit|S], which lies within the [West Midlands region of the Probation Service|S], leaves its inspection with a verdict of ‘[Requires improvement|R]’.
N| Inspectors were on site from [3 - 7 June 2024|D].
N| In [2023|D] the region as a whole had received ‘[Requires improvement|R]’.

S| Leaders in the unit were visible and approachable, and staff praised the backing they got from their managers.
S| Unpaid work was well organised, with placements that gave people real skills.
W| Even so, practitioners had taken a proper look at the risks posed to partners and children in fewer than half the cases examined.
W| Many files held no checks with [West Mercia Police|A] or with children’s social care.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Inkberrow|S] has a settled and willing workforce, but willingness alone will not keep people safe.
R| “From the first contact onwards, leaders must see that risk is examined.”

R| Of its six recommendations, four are for [Inkberrow PDU|S], the remaining two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [17 September 2024|D] at 00.01.
N| 2. Probation delivery units deliver probation services at a local level.
"""),
    # 4. a Probation Trust in 2012, no rating; "Wednesday, 7th March 2012" at the top, "published today"; "Inspectors
    #    were pleased to find that:" / "However, inspectors were concerned to find that:"; five recommendations
    ("hartpury-and-highnam-probation-trust-2012", facts([
        svc("Hartpury and Highnam Probation Trust", "Hartpury and Highnam Probation Trust", "other", None)],
        "2012-03-07", "2011-11", 5),
     """N| Offender management inspection: [Hartpury and Highnam Probation Trust|S]

N| [Wednesday, 7th March 2012|D]

N| The inspection of [Hartpury and Highnam Probation Trust|S], whose report [HM Inspectorate of Probation|A] publishes today, examined how offenders supervised in the community were managed.
N| Inspectors read 80 cases in [November 2011|D].

N| Inspectors were pleased to find that:
S| • pre-sentence reports were of a consistently high standard;
S| • offenders met their supervisor soon after sentence and most had a current plan;
S| • the Trust worked closely with [Gloucestershire Constabulary|A] to manage its most prolific offenders.

N| However, inspectors were concerned to find that:
W| • work to reduce risk of harm was good enough in only 58 per cent of cases;
W| • where domestic abuse was a factor, too few home visits took place.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Overall this is a creditable set of findings for a small Trust.
R| “Staff should now pay as much attention to protecting victims as they give to reducing reoffending.”

R| The report contains five recommendations.
"""),
    # 5. a CRC in 2019, "a Working Links company"; "Published: 14 Feb 2019"; fieldwork "in October and November 2018";
    #    "handed the lowest possible rating"; unpaid work "scored separately, fared far better at ‘Good’"; seven recommendations
    ("wolverley-and-hartlebury-crc-2019", facts([
        svc("Wolverley and Hartlebury Community Rehabilitation Company", "Wolverley and Hartlebury CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-14", "2018-10", 7),
     """N| Probation company in north Worcestershire given lowest possible rating

N| Published: [14 Feb 2019|D]

N| [Wolverley and Hartlebury Community Rehabilitation Company|S] (CRC) – a [Working Links|A] company – has been handed the lowest possible rating, ‘[Inadequate|R]’.
S| Its unpaid work, scored separately, fared far better at ‘[Good|R]’.
N| Inspectors did their fieldwork across [October and November 2018|D].

W| Inspectors found that many people under supervision were only ever contacted by telephone, sometimes as rarely as once a month.
W| Worryingly, risks to children were not followed up in one inspected case in three.
S| In contrast, unpaid work projects were well run and valued by local charities.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The telephone model adopted by [Wolverley and Hartlebury CRC|S] is failing the public and the people it supervises.
R| “I call on the owners of the CRC to put face-to-face supervision back at the heart of its work.”

R| Seven recommendations follow, one of which goes to the [Ministry of Justice|A].
"""),
    # 6. a youth offending team written out in a local paper: "published today (Wednesday, 17 July)" with fieldwork in
    #    April 2019 (no year on the publication date); "Inspectors have found the youth offending team for X ... to be ‘...’"; four recommendations; the council's reply
    ("ombersley-yot-2019", facts([
        svc("Ombersley Youth Offending Team", "Ombersley YOT", "YJS", GOOD)], "2019-07-17", "2019-04", 4),
     """N| [Ombersley youth offending team|S] ‘doing well’, watchdog says

N| By [Ben Harcourt|X]

N| Inspectors have found the youth offending team for Ombersley and nearby villages to be ‘[Good|R]’.
N| The report on [Ombersley Youth Offending Team|S] (YOT), released today ([Wednesday, 17 July|D]), follows a visit by inspectors in [April 2019|D].

S| The watchdog found case workers who knew each child well and took time to earn their parents’ trust.
S| It said the team’s work with [West Mercia Police|A] to keep young people clear of the courts was a particular strength.
W| But it also found that plans to protect others were sometimes thin, and were not always revised as a child’s life changed.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Ombersley YOT|S] is a caring team that puts children first.”

R| Four recommendations have been made by the inspectors.

N| A spokesperson for [Worcestershire County Council|A] said the team would study the report carefully.
"""),
    # 7. an NPS division with "an overall regional rating", embargo line "Embargoed until 00.01, Tuesday 10 September 2019";
    #    fieldwork "in May and June 2019"; short "NPS Wye Valley"; nine recommendations
    ("wye-valley-nps-division-2019", facts([
        svc("National Probation Service – Wye Valley Division", "NPS Wye Valley", "region", GOOD)],
        "2019-09-10", "2019-05", 9),
     """N| Embargoed until 00.01, [Tuesday 10 September 2019|D]

N| Probation division on the Welsh border earns ‘[Good|R]’

N| The [National Probation Service – Wye Valley Division|S] has an overall regional rating of ‘[Good|R]’, [HM Inspectorate of Probation|A] announces today.
N| Inspectors visited the division in [May and June 2019|D] and read over 150 case files.

S| Leadership was strong, and staff at every level understood the division’s priorities.
S| Court reports were thorough, well argued and almost always on time.
W| Nevertheless, the victim contact unit had a backlog, and some victims heard nothing until after the offender had been released.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Wye Valley|S] is well led, and it shows.
R| “I want to see the division give victims the same priority it gives to the courts.”

R| The division must act on most of the nine recommendations; the rest fall to [HM Prison and Probation Service|A].
"""),
    # 8. a 2025 public-protection inspection: "Skip to content", an empty "Published:" line, no rating, "Context" and
    #    "Findings" bullets with the region in a bullet; publication in the notes ("24 June 2025"); fieldwork "in March
    #    2025"; four recommendations
    ("drybrook-pdu-2025", facts([
        svc("Drybrook Probation Delivery Unit", "Drybrook PDU", "PDU", None)], "2025-06-24", "2025-03", 4),
     """N| Skip to content

N| Published:

N| Inspection of public protection work in a probation unit in the Forest of Dean

N| Inspectors looked at how [Drybrook Probation Delivery Unit|S] manages those who could cause serious harm to others.
N| This inspection is not rated.
N| The unit was visited in [March 2025|D].

N| Context
N| • Region: [Probation Service – South West region|S].
N| • When inspectors arrived it had roughly 550 people on its books.

N| Findings
S| • Practitioners assessed risk thoroughly, using what partner agencies told them.
W| • One relevant case in three had no current plan to protect known victims.
W| • When an order began, practitioners did not routinely check with children’s social care.
S| • The unit had a stable team of experienced senior probation officers.

R| The report makes four recommendations.

N| Notes to editors
N| 1. Report published: [24 June 2025|D].
"""),
    # 9. two youth services in one Worcestershire local-news story; "Thursday 17 October 2024" byline = report day;
    #    out-of-court disposal work "Rated on its own"; Rubery "one notch lower"; eight recommendations
    ("fladbury-and-rubery-yjs-2024", facts([
        svc("Fladbury Youth Justice Service", "Fladbury YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}]),
        svc("Rubery Youth Justice Service", "Rubery YJS", "YJS", RI)], "2024-10-17", "2024-07", 8),
     """N| Mixed verdicts for two county youth justice services

N| [Thursday 17 October 2024|D]

N| Inspection reports on [Fladbury Youth Justice Service|S] and [Rubery Youth Justice Service|S] were published this morning, following visits made in [July 2024|D].
N| [Fladbury|S] has been assessed as ‘[Good|R]’, with [Rubery|S] one notch lower at ‘[Requires improvement|R]’.
S| Rated on its own, [Fladbury|S]’s out-of-court disposal work was ‘[Outstanding|R]’.

S| According to the reports, [Fladbury|S]’s staff were tenacious, keeping children involved even where families held back.
W| At [Rubery YJS|S], inspectors found that case work was too seldom quality-checked by managers.
W| The reports also point to long waits in both areas for help from [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fladbury|S]’s diversion scheme sets the pace for the whole country.”

R| Of the eight recommendations, three go to [Fladbury|S] and five to [Rubery|S].
"""),
    # 10. a justiceinspectorates news item: "Inspectors have put X in their lowest category, ‘...’"; previous "last inspected in 2021,
    #     when it was rated ‘Good’"; fieldwork "between 24 and 28 February 2025"; YJS / YOS switching; eleven recommendations
    ("catshill-yjs-2025", facts([
        svc("Catshill Youth Justice Service", "Catshill YJS", "YJS", INAD)], "2025-06-05", "2025-02", 11),
     """N| News

N| Serious concerns at [Catshill Youth Justice Service|S]

N| [5 June 2025|D]

N| Inspectors have put [Catshill Youth Justice Service|S] in their lowest category, ‘[Inadequate|R]’.
N| The service was last inspected in [2021|D], when it was rated ‘[Good|R]’.
N| Fieldwork was done between [24 and 28 February 2025|D].

W| Since the last inspection, the service had watched its experienced staff drift away, and agency staff on short contracts now held many of the posts.
W| Children being exploited were not always recognised as such, and joint working with the council’s social workers had broken down.
S| The education worker attached to the team was, by contrast, highly effective.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I struggle to understand how the management board failed to notice such a steep decline.
W| “The [Catshill YOS|S], as many partners still call it, has lost its way.”
N| Mr Jones continued: “The staff I met want to do well.
R| “The board must now give them the leadership and the resources to do so.”

R| Eleven recommendations were made: eight concern the service itself and three its partners, including [West Mercia Police|A].
"""),
    # 11. a youth service "only rescued from an overall ‘Inadequate’ rating" (RI); previously rated ‘Inadequate’ in a report
    #     published in March 2022; "Fieldwork for this inspection took place in April 2024"; notes date; six recommendations
    ("kemble-yjs-2024", facts([
        svc("Kemble Youth Justice Service", "Kemble YJS", "YJS", RI)], "2024-08-06", "2024-04", 6),
     """N| Youth justice partnership in the Cotswolds shows progress after difficult years

N| [Kemble Youth Justice Service|S] has improved to ‘[Requires improvement|R]’, having previously been rated ‘[Inadequate|R]’ in a report published in [March 2022|D].
N| Fieldwork for this inspection took place in [April 2024|D].

S| Inspectors were encouraged by a new management board, with a director from [Gloucestershire County Council|A].
S| Children now had a named worker from the first day, and most said they trusted them.
W| It was only the quality of its leadership that rescued the service from a second overall ‘[Inadequate|R]’ rating.
W| Work on keeping others safe remained weak, with risks often copied forward from one plan to the next.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kemble|S] is moving the right way, though it has a long way to go.”

R| There are six recommendations, one of them for the [Youth Justice Board|A].

N| Notes to editors
N| 1. The report came out on [6 August 2024|D].
"""),
    # 12. a remote inspection in 2021: "The inspection, which took place in July 2021, was conducted remotely"; "deserves
    #     its ‘...’"; "Tuesday, 5th October 2021"; seven recommendations
    ("twyning-yjs-2021", facts([
        svc("Twyning Youth Justice Service", "Twyning YJS", "YJS", GOOD)], "2021-10-05", "2021-07", 7),
     """N| [Tuesday, 5th October 2021|D]

N| Twyning youth justice: ‘children come first here’

N| [HM Inspectorate of Probation|A] considers that [Twyning Youth Justice Service|S] deserves its ‘[Good|R]’.
N| The inspection, which took place in [July 2021|D], was conducted remotely under COVID-19 restrictions.

S| All through the pandemic, case managers stayed closely in contact with children and often met them outdoors while offices stayed shut.
S| Speech and language screening was offered to every child, so that support could be matched to how each child communicates.
W| On the other hand, victims were not always offered the chance to have a say in restorative work.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Twyning|S]’s case managers kept their focus on children when it would have been easy to lose it.”

R| The report makes seven recommendations.
"""),
    # 13. a GOV.UK-style page with "Published: 21 Mar 2023": "sits at ‘...’ overall"; resettlement policy and provision
    #     "inspected as a distinct element ... ‘Inadequate’"; fieldwork "between 14 and 18 November 2022"; four
    #     recommendations, one for an integrated care board
    ("longhope-and-newnham-yjs-2023", facts([
        svc("Longhope and Newnham Youth Justice Service", "Longhope and Newnham YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2023-03-21", "2022-11", 4),
     """N| Forest of Dean youth justice: improvement required, with resettlement failing

N| Published: [21 Mar 2023|D]

N| [Longhope and Newnham Youth Justice Service|S] sits at ‘[Requires improvement|R]’ overall.
W| Resettlement policy and provision, inspected as a distinct element, was ‘[Inadequate|R]’.
N| Inspectors gathered their evidence between [14 and 18 November 2022|D].

S| Case managers in [Longhope and Newnham YJS|S] formed trusting relationships with children and were quick to spot changes in their behaviour.
W| Children leaving custody, though, often learned where they would live only on their release day.
W| Health provision was patchy: there was no nurse in the team, and waits for therapy ran to several months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody should walk out of custody not knowing where they will sleep that night, and yet several of these children did.
R| “Partners must plan release from the moment a child is sentenced.”

R| Inspectors have made four recommendations, of which three are for the service and one is for [NHS Gloucestershire Integrated Care Board|A].
"""),
    # 14. a PDU "is judged ‘...’ in today’s report", the region named in the quote; "Publication date: Tuesday 8 April 2025" in the notes;
    #     fieldwork "in November and December 2024"; "Disappointingly"; seven recommendations
    ("alvechurch-pdu-2025", facts([
        svc("Alvechurch Probation Delivery Unit", "Alvechurch PDU", "PDU", INAD)], "2025-04-08", "2024-11", 7),
     """N| Probation unit in north Worcestershire judged ‘[Inadequate|R]’

N| [Alvechurch Probation Delivery Unit|S] is judged ‘[Inadequate|R]’ in today’s report by [HM Inspectorate of Probation|A].
N| The unit was inspected in [November and December 2024|D].

W| Disappointingly, risks to children were properly assessed in just 9 of 31 cases.
W| Caseloads were unmanageable for many probation officers, some of whom held more than 70 cases.
S| Despite those pressures, the court team produced timely, well-reasoned advice for magistrates.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Alvechurch|S] has been left to struggle for too long, and [Probation Service – West Midlands region|S] must share the blame.
R| “Leaders at every level need to cut caseloads so that proper supervision becomes possible.”

R| Seven recommendations accompany the report.

N| Notes to editors
N| 1. Publication date: [Tuesday 8 April 2025|D].
"""),
    # 15. a 2016 youth offending service inspection before the four-point scale, no rating; "Thursday 10 March 2016"
    #     date line; fieldwork "Fieldwork: the week beginning 11 January 2016"; three recommendations to the management board
    ("fownhope-and-much-marcle-yos-2016", facts([
        svc("Fownhope and Much Marcle Youth Offending Service", "Fownhope and Much Marcle YOS", "YJS", None)],
        "2016-03-10", "2016-01", 3),
     """N| Rural Herefordshire: youth offending inspection findings

N| [Thursday 10 March 2016|D]

N| Inspectors today publish their findings on [Fownhope and Much Marcle Youth Offending Service|S].
N| Fieldwork: the week beginning [11 January 2016|D].

S| Reducing reoffending was done well, and most children had stopped offending or were offending less seriously.
S| The service kept children in education well, helped by close links with local schools.
W| Yet assessments of how children might harm others were often superficial, and managers rarely questioned them.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “Given how small it is, this service achieves a great deal with limited means.
R| “It should now raise its public protection work to match the rest.”

R| The service’s management board receives three recommendations.
"""),
    # 16. a youth justice team (YJT / YJS switching) at the top of the scale, a headline with a quoted phrase and no verb;
    #     "Published 28 November 2023"; "has earned ‘...’, the highest mark the inspectorate gives"; fieldwork "in late
    #     June 2023"; two recommendations
    ("wigmore-yjt-2023", facts([
        svc("Wigmore Youth Justice Team", "Wigmore YJT", "YJS", OUT)], "2023-11-28", "2023-06", 2),
     """N| North Herefordshire youth justice – ‘they never give up on a child’

N| Published [28 November 2023|D]

N| [Wigmore Youth Justice Team|S] (YJT) has earned ‘[Outstanding|R]’, the highest mark the inspectorate gives.
N| [HM Inspectorate of Probation|A]’s visit took place in late [June 2023|D].

S| Staff at [Wigmore YJT|S] kept going back to children who had refused help, and in most cases they won them round.
S| Diversion work agreed with [West Mercia Police|A] had reduced first-time entrants by a third in two years.
S| The management board knew the service well, and members held each other to account when partners fell short.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Inspectors could find very little to fault.
S| “The [Wigmore YJS|S], as it is now known locally, is a model for rural youth justice.”

R| Only two recommendations are made, both intended to keep standards where they are.
"""),
    # 17. a local-news story with the inspectorate's director of operations quoted, "a mixed picture"; "The inspectors’
    #     report, out today, concludes that, overall, X ‘...’"; "Friday 12 July 2024" date line; fieldwork "over two weeks
    #     at the start of March 2024"; six recommendations; the council's reply
    ("martley-yjs-2024", facts([
        svc("Martley Youth Justice Service", "Martley YJS", "YJS", RI)], "2024-07-12", "2024-03", 6),
     """N| Youth justice inspection finds a mixed picture in Martley

N| [Friday 12 July 2024|D]

N| The inspectors’ report, out today, concludes that, overall, [Martley Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The service was inspected over two weeks at the start of [March 2024|D].

S| According to the watchdog, children were seen quickly after court and their views were written into their plans.
W| Whilst case managers were committed, too many of them lacked the training to judge how dangerous a child might be to others.
W| Gaps in the health offer meant some children waited months before a speech therapist saw them.

W| [Helen Marchant|X], operations director for the inspectorate, said: “[Martley|S] has real strengths, but its work on safety, for children and for the public, cannot yet be relied on.”

R| Six recommendations follow for the service and partner agencies.

N| A spokesperson for [Worcestershire County Council|A] told us an improvement plan was being drawn up.
"""),
    # 18. a PDU beside its sibling units' ratings: "has ended up at ‘...’, the same grade that three earlier ... units
    #     received this year"; "Published: 5 Feb 2025"; fieldwork "between 7 and 18 October 2024"; five recommendations
    ("hanley-swan-pdu-2025", facts([
        svc("Hanley Swan Probation Delivery Unit", "Hanley Swan PDU", "PDU", RI)], "2025-02-05", "2024-10", 5),
     """N| Press release

N| South Worcestershire probation unit: improvements needed

N| Published: [5 Feb 2025|D]

N| [Hanley Swan Probation Delivery Unit|S] has ended up at ‘[Requires improvement|R]’, the same grade that three earlier [Probation Service – West Midlands region|S] units received this year.
N| Fieldwork was completed between [7 and 18 October 2024|D].

S| Staff turnover was low, and most practitioners had worked in the unit for several years.
S| Encouragingly, the unit’s work with [Worcestershire County Council|A]’s housing team meant almost nobody was released from prison homeless.
W| Assessments often relied on what the person on probation said, with too little checking against other sources.
W| Unfortunately, domestic abuse enquiries with the police were made in just one of every two cases that needed them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hanley Swan|S] has a loyal, experienced workforce, yet its practice too often lacks professional curiosity.
R| “I urge leaders in Hanley Swan to make checking and questioning part of every assessment.”

R| All five recommendations are addressed to the unit.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fiftieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
