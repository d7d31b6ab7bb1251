"""Builds the thirtieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Welsh PDUs on a GOV.UK page, the region named before the units: "The verdict for X is ‘...’; Y sits a grade lower,
    #    at ‘...’"; fieldwork "in the week of 10 - 14 June 2024"; eleven recommendations "six of them for Y and five for X"; the
    #    regional director's reply
    ("cowbridge-and-tonyrefail-pdus-2024", facts([
        svc("Cowbridge Probation Delivery Unit", "Cowbridge PDU", "PDU", RI),
        svc("Tonyrefail Probation Delivery Unit", "Tonyrefail PDU", "PDU", INAD)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Probation in south Wales: reports on two delivery units published

N| The inspectorate has looked at probation work in the Vale of Glamorgan and in Rhondda Cynon Taf.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Reports that [HMI Probation|A] released today cover two units in [Probation Service – Wales|S]: [Cowbridge Probation Delivery Unit|S] and [Tonyrefail Probation Delivery Unit|S].
N| The verdict for [Cowbridge|S] is ‘[Requires improvement|R]’; [Tonyrefail|S] sits a grade lower, at ‘[Inadequate|R]’.
N| The two units were visited in the week of [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tonyrefail|S] has lost so many experienced officers that newly qualified staff are carrying caseloads nobody should be asked to hold.
W| “Officers there had more or less given up on home visits, and too often nobody had asked what the person on probation might mean for the safety of a partner or a child.
S| “[Cowbridge|S] is steadier: its managers check the work, and its officers have time to get to know the people they supervise.”

S| Inspectors commended [Cowbridge PDU|S]’s links with [South Wales Police|A], which meant that news of a domestic abuse call-out reached the officer within a day.
W| Neither unit could offer interventions in Welsh to the people who asked for them.
W| In [Tonyrefail PDU|S], most of the risk assessments inspectors read had been finished late.

R| Eleven recommendations are made, six of them for [Tonyrefail|S] and five for [Cowbridge|S].

N| [Rhian Pugh|X], Regional Probation Director for Wales, said: “These findings are fair, and experienced officers have already moved across to Tonyrefail to support the team.”
"""),
    # 2. two youth justice services in a local-news story under a byline of Friday 24 November 2023, the reports "appeared on
    #    Tuesday (21 November)": "X was awarded ‘...’, the inspectorate’s highest mark, while Y was found to be ‘...’"; Y's
    #    resettlement "graded separately"; Welsh letters (Llŷn); "Nine recommendations ..., five of them for Y"
    ("arfon-and-llyn-and-dwyfor-yjs-2023", facts([
        svc("Arfon Youth Justice Service", "Arfon YJS", "YJS", OUT),
        svc("Llŷn and Dwyfor Youth Justice Service", "Llŷn and Dwyfor YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-11-21", "2023-09", 9),
     """N| Youth justice teams in Gwynedd earn high marks from inspectors

N| By [Ffion Roberts|X]

N| [Friday 24 November 2023|D]

N| Inspectors have examined [Arfon Youth Justice Service|S] and [Llŷn and Dwyfor Youth Justice Service|S], and the two reports appeared on Tuesday ([21 November|D]).
N| [Arfon|S] was awarded ‘[Outstanding|R]’, the inspectorate’s highest mark, while [Llŷn and Dwyfor|S] was found to be ‘[Good|R]’.
W| [Llŷn and Dwyfor|S]’s resettlement work, graded separately, came in lower at ‘[Requires improvement|R]’.
N| The inspection team spent a week with each service in [September 2023|D].

S| The watchdog said [Arfon|S]’s staff spoke to children in Welsh or English, whichever the child preferred, and knew their families well.
S| In Arfon, children had shaped their own plans in every case the inspectors read.
S| [Llŷn and Dwyfor|S] was praised for getting children back into lessons quickly, with help from [Cyngor Gwynedd|A]’s education team.
W| But the report said some children left custody not knowing where they would sleep.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Arfon|S] is among the very best youth justice services we have seen, and [Llŷn and Dwyfor|S] is not far behind.”

R| Nine recommendations are made, five of them for [Llŷn and Dwyfor|S] and the rest for [Arfon|S] and [North Wales Police|A].

N| A spokesperson for [Cyngor Gwynedd|A] thanked staff in both teams for their hard work.
"""),
    # 3. a unit inside its region, the region in the headline ("Wales probation region: ...") and the next sentence but one,
    #    with the region's own 2023 rating as context: "Inspectors have given X the lowest possible rating, ‘...’"; "During the
    #    inspection, in May 2024"; "Mr Jones continued"; the publication day in the notes ("From 00.01 on ...")
    ("pembroke-dock-pdu-2024", facts([
        svc("Pembroke Dock Probation Delivery Unit", "Pembroke Dock PDU", "PDU", INAD)], "2024-09-24", "2024-05", 7),
     """N| [Wales probation region|S]: [Pembroke Dock delivery unit|S] given lowest grade

N| Inspectors have given [Pembroke Dock Probation Delivery Unit|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The unit is one of the delivery units of [Probation Service – Wales|S], which was itself judged ‘[Requires improvement|R]’ when the region was inspected in [2023|D].
N| During the inspection, in [May 2024|D], inspectors looked closely at 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Frontline staff here have been left to manage alone.
W| “Managers were so stretched that new officers were supervised, if at all, in snatched conversations in the corridor.”

W| Mr Jones continued: “Where children were at risk, checks with [Pembrokeshire County Council|A] happened in fewer than four cases in ten.”

S| Inspectors did find loyal administrative staff and an unpaid work team that had kept projects going across a large rural area.
W| Joint work with [Dyfed-Powys Police|A] on domestic abuse perpetrators had lapsed after a key officer retired.

R| Seven recommendations follow: five are addressed to [Pembroke Dock PDU|S], two to the region.

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [24 September 2024|D], the full report will be on the inspectorate’s website.
N| 2. [Pembroke Dock PDU|S] covers south Pembrokeshire and supervises around 500 people.
"""),
    # 4. a unit inside its region, the region in the headline and after the rating: "In a report out today (Wednesday, 5
    #    March), inspectors assess X as ‘...’" (no year: 2025, after fieldwork "through October and November 2024"); "Its last
    #    report, published in March 2022, had rated the unit ‘Inadequate’"; "only 14" of 37 cases
    ("yate-pdu-2025", facts([
        svc("Yate Probation Delivery Unit", "Yate PDU", "PDU", RI)], "2025-03-05", "2024-10", 5),
     """N| [South West probation region|S]: [Yate probation unit|S] ‘moving in the right direction’

N| In a report out today ([Wednesday, 5 March|D]), inspectors assess [Yate Probation Delivery Unit|S] as ‘[Requires improvement|R]’; the unit is one of those run by [Probation Service – South West region|S].
N| Its last report, published in [March 2022|D], had rated the unit ‘[Inadequate|R]’.
N| Fieldwork ran through [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The change since our last visit is real.
S| “Leaders have halved the number of empty posts and brought in a clear system for managers to check risk assessments.
W| “But the quality of day-to-day work is still uneven, and it was weakest where people posed the greatest risk.”

W| Of the 37 cases where children needed protecting, only 14 showed enough action to keep them safe.
S| A highlight was the unit’s partnership with [Avon and Somerset Constabulary|A] on the small group of people who commit the most crime.

R| Five recommendations are made: three for the PDU, with [HM Prison and Probation Service|A] asked to act on the other two.

N| [Gareth Lyle|X], head of [Yate PDU|S], said: “Our staff have worked hard for this progress and we will keep going.”
"""),
    # 5. a Probation Trust in 2011, before ratings: percentage scores, bullet lists after "Inspectors were heartened to see
    #    that:" / "On the debit side, inspectors noted that:"; "Tuesday, 8th March 2011" above "Released today"; fieldwork
    #    "between 22 and 26 November 2010"; "Staff at Torrington"; eight recommendations
    ("torrington-probation-trust-2011", facts([
        svc("Torrington Probation Trust", "Torrington Probation Trust", "other", None)], "2011-03-08", "2010-11", 8),
     """N| Probation inspection report published: offender management in north Devon

N| [Tuesday, 8th March 2011|D]

N| Released today, the latest report in [HM Inspectorate of Probation|A]’s rolling programme of Offender Management Inspections covers [Torrington Probation Trust|S].
N| A sample of 80 cases was read between [22 and 26 November 2010|D].

S| For reducing reoffending the Trust scored 71%, one of the better results in the South West.
W| Its score for public protection work was 58%, under the average of the Trusts inspected to date.

N| Inspectors were heartened to see that:
S| • first appointments were nearly always arranged within a week of sentence;
S| • the Trust and [Devon and Cornwall Police|A] had built effective joint arrangements for prolific offenders.

N| On the debit side, inspectors noted that:
W| • too many risk of harm assessments were incomplete or out of date;
W| • home visits in cases involving domestic abuse were rare.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at [Torrington|S] plainly care about the offenders in their charge, and the Trust has a sound base to build on.
R| “Its managers must now give public protection the same priority they already give to cutting reoffending.”

R| The Trust is asked to act on eight recommendations.
"""),
    # 6. a CRC in 2018 run by a named provider: "Inspectors have placed X (CRC) in the ‘...’ band overall"; two aspects "rated
    #    separately" with mixed ratings; "Published: 6 Dec 2018"; fieldwork "in July and August 2018"; "Only a third of the
    #    cases"; nine recommendations
    ("blaenavon-crc-2018", facts([
        svc("Blaenavon Community Rehabilitation Company", "Blaenavon CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2018-12-06", "2018-07", 9),
     """N| Published: [6 Dec 2018|D]

N| Probation company in the Gwent valleys told it must improve

N| Inspectors have placed [Blaenavon Community Rehabilitation Company|S] (CRC) in the ‘[Requires improvement|R]’ band overall; the company is run by [Working Links|A].
W| Two areas of its work were rated separately: unpaid work earned ‘[Good|R]’, while Through the Gate, its resettlement service for people leaving prison, got ‘[Inadequate|R]’.
N| Fieldwork took place in [July and August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Far too often, the people this CRC supervises report by telephone every few weeks and little more.
W| “Staff are doing their best, but caseloads of 70 or more leave little room for real work on why people offend.
S| “Its unpaid work is a different story: placements are well run and local charities value what gets done.”

W| Only a third of the cases inspected contained a proper assessment of the harm the person might cause others.
S| Links with [Gwent Police|A] through the Integrated Offender Management scheme were strong.

R| Of the report’s nine recommendations, seven fall to [Blaenavon CRC|S] and [Working Links|A].

N| ENDS
"""),
    # 7. an NPS division in 2019 on a justiceinspectorates news page: "The X has earned ‘...’, second-highest of the four
    #    grades"; "Thursday 17 October 2019" as the date line; "fieldwork was carried out in April 2019"; the short "NPS Tywi and
    #    Teifi"; "Next, I want the division to ..."; six recommendations
    ("tywi-and-teifi-nps-division-2019", facts([
        svc("National Probation Service – Tywi and Teifi Division", "NPS Tywi and Teifi", "region", GOOD)],
        "2019-10-17", "2019-04", 6),
     """N| News

N| Probation division in west Wales judged ‘[Good|R]’

N| [Thursday 17 October 2019|D]

N| The [National Probation Service – Tywi and Teifi Division|S] has earned ‘[Good|R]’, second-highest of the four grades in [HM Inspectorate of Probation|A]’s scale.
N| It is the first division in Wales to be inspected under the new programme, and fieldwork was carried out in [April 2019|D].

S| Inspectors found that the division’s leaders had a clear picture of where performance was weak and were already acting on it.
S| Sentencers told inspectors that they trusted the division’s pre-sentence reports, which were thorough.
W| In contrast, victim work was variable: some letters to victims went out late, and a few victims were never contacted at all.
W| Staff shortages in the Carmarthenshire offices meant that some officers were holding more than 60 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Tywi and Teifi|S] is a division with strong leadership and staff who are rightly proud of their work.
R| “Next, I want the division to treat victims with the care it already shows to people on probation.”

R| The division and [HMPPS|A] in Wales share six recommendations between them.
"""),
    # 8. a youth offending team written out, on a Welsh council page in 2016, before ratings: a joint inspection led by HMI
    #    Probation with Estyn, Healthcare Inspectorate Wales and CSSIW; "Date: 22/09/2016" (day/month/year); "Inspectors, whose
    #    visit took place in May 2016"; bullet lists; the council's reply
    ("llantwit-major-yot-2016", facts([
        svc("Llantwit Major Youth Offending Team", "Llantwit Major YOT", "YJS", None)], "2016-09-22", "2016-05", 6),
     """N| Youth offending report for the Vale published

N| Date: [22/09/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A] led the joint inspection of [Llantwit Major Youth Offending Team|S] (YOT), working alongside [Estyn|A], [Healthcare Inspectorate Wales|A] and [Care and Social Services Inspectorate Wales|A], and its report is now published.
N| Inspectors, whose visit took place in [May 2016|D], examined 30 cases in depth.

N| Inspectors were positive about several areas and reported that:
S| • most children had a thorough assessment when their order began;
S| • a specialist education worker had got many children back into lessons;
S| • work with victims was a notable strength.

N| They were less positive in some respects, finding that:
W| • when a child’s situation changed, the danger they might pose to others was not always looked at again;
W| • the management board was told too little about how well [Llantwit Major YOT|S] was performing.

N| Councillor [Dafydd Hopkins|X], who holds the children’s services portfolio at [Vale of Glamorgan Council|A], said: “We are pleased that the inspectors saw the commitment of our staff.”
R| The report makes six recommendations, and an action plan is being drawn up with partners.
"""),
    # 9. a Welsh council page ("Newyddion / News") with "04/03/2025": "reported today that X merits a ‘...’ grade overall";
    #    resettlement "scored separately and also judged ‘...’"; fieldwork "between 25 and 29 November 2024"; four
    #    recommendations; the councillor's reply
    ("llanfairfechan-and-penmaenmawr-yjs-2025", facts([
        svc("Llanfairfechan and Penmaenmawr Youth Justice Service", "Llanfairfechan and Penmaenmawr YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-03-04", "2024-11", 4),
     """N| Newyddion / News

N| Inspectors give youth justice team a ‘[Good|R]’ verdict

N| [04/03/2025|D]

N| [HM Inspectorate of Probation|A] reported today that [Llanfairfechan and Penmaenmawr Youth Justice Service|S] merits a ‘[Good|R]’ grade overall.
N| The service, which works with children in the west of Conwy county, was inspected between [25 and 29 November 2024|D].
S| Its work on resettlement was scored separately and also judged ‘[Good|R]’.

S| Inspectors said staff put children first and took the time to understand their lives.
S| Joint work with [North Wales Police|A] meant that most children who admitted minor offences were dealt with outside the courts.
W| However, inspectors felt that the management board could do more to check whether its decisions were making a difference.
W| Some plans to keep children safe lacked detail on who would do what if things went wrong.

N| Councillor [Elin Parry|X], speaking for [Conwy County Borough Council|A], commented: “A small team that cares deeply about local young people has earned this result.”
R| Four recommendations are made, and the board will take them forward over the coming year.
"""),
    # 10. a 2025-26 public-protection inspection of a PDU, no rating: "Skip to content", a capitalised headline name,
    #     "Published: 9 Dec 2025", fieldwork "during September 2025", "Context" and "Findings" bullets with the region in a
    #     bullet; five recommendations
    ("milford-haven-pdu-2025", facts([
        svc("Milford Haven Probation Delivery Unit", "Milford Haven PDU", "PDU", None)], "2025-12-09", "2025-09", 5),
     """N| Skip to content

N| Public protection inspection: [Milford Haven Probation Delivery Unit|S]

N| Published: [9 Dec 2025|D]

N| How well [Milford Haven PDU|S] protects the public from the people it supervises is the subject of a new inspectorate report.
N| No rating is produced by inspections of this kind.
N| Inspectors were in the unit during [September 2025|D].

N| Context
N| • The unit belongs to [Probation Service – Wales|S] and covers the west of Pembrokeshire.
N| • About one in four of the people it supervises has a domestic abuse marker on their record.

N| Findings
W| • Officers did not always check with children’s services before deciding how to manage a case.
S| • In most cases, plans to manage risk were realistic and clearly written.
W| • Where risk rose, responses were slow, and home visits were rarely used.
S| • Managers and officers worked well with [Dyfed-Powys Police|A] through [MAPPA|A].

R| Four of the report’s five recommendations are for the unit; the fifth is for the [Probation Service|A] in Wales.
"""),
    # 11. a previous rating beside the current one: "When inspectors last visited X, in 2021, they rated it ‘...’; this time
    #     they have found it to be ‘...’"; "Fieldwork took place over a week in September 2024"; "in only 11 of the 26 cases";
    #     "on HMI Probation’s website on 14 January 2025 at 00.01" in the notes
    ("bovey-tracey-yjs-2025", facts([
        svc("Bovey Tracey Youth Justice Service", "Bovey Tracey YJS", "YJS", RI)], "2025-01-14", "2024-09", 6),
     """N| Youth justice in Bovey Tracey slips to ‘[Requires improvement|R]’

N| When inspectors last visited [Bovey Tracey Youth Justice Service|S], in [2021|D], they rated it ‘[Good|R]’; this time they have found it to be ‘[Requires improvement|R]’.
N| Fieldwork took place over a week in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Some of the strong practice we saw three years ago has been lost.
W| “High staff turnover means that many children have had three or more case managers, and with each change they have had to tell their story again.”

S| The service’s approach to keeping children out of court was thoughtful, and fewer children were being charged than two years earlier.
W| Plans to keep other people safe were adequate in only 11 of the 26 cases inspected.
W| The management board had missed the decline, since the reports put before it dealt with numbers rather than the quality of work.

R| Inspectors make six recommendations, four for the service and two for its management board.

N| ENDS

N| Notes to editors
N| 1. The report will appear on [HMI Probation|A]’s website on [14 January 2025|D] at 00.01.
N| 2. [Bovey Tracey YJS|S] is hosted by [Devon County Council|A] and works with about 45 children at any one time.
"""),
    # 12. an Outstanding youth service, a quote over two paragraphs with "Mr Jones continued": "has earned the inspectorate’s
    #     top grade, ‘...’"; resettlement "a separately rated part of the inspection, was judged ‘...’"; fieldwork "the week of 3
    #     to 7 February 2025"; "Thursday 12 June 2025" as the date line; three recommendations
    ("lyme-regis-yjs-2025", facts([
        svc("Lyme Regis Youth Justice Service", "Lyme Regis YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-06-12", "2025-02", 3),
     """N| ‘Exceptional’ youth justice work on the Dorset coast

N| [Thursday 12 June 2025|D]

N| [Lyme Regis Youth Justice Service|S] has earned the inspectorate’s top grade, ‘[Outstanding|R]’.
S| Resettlement, a separately rated part of the inspection, was judged ‘[Good|R]’.
N| Inspectors spent the week of [3 to 7 February 2025|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this service are known, listened to and helped.
S| “Case managers took trouble to find activities that matched children’s interests, from sailing to music production.

S| Mr Jones continued: “The partnership with [Dorset Police|A] and local schools is strong, and it shows in how few children go on to reoffend.
R| “The one area I want leaders to look at is planning for release from custody, which should begin as soon as a child is remanded.”

S| Inspectors said that the service’s health worker and speech and language therapist made sure every child’s needs were understood.
W| Although very few children were in custody, plans for their release tended to be made late.

R| Three recommendations are made.

N| [Dorset Council|A]’s director of children’s services thanked the team and promised that every recommendation would be acted on.
"""),
    # 13. a youth offending service inspected remotely in 2021: "has been handed the bottom grade, ‘...’"; "the fieldwork, in
    #     July 2021, was carried out remotely"; "Tuesday, 9th November 2021"; the previous inspection in 2016, before ratings;
    #     eleven recommendations, three of them for other agencies
    ("hay-on-wye-yos-2021", facts([
        svc("Hay-on-Wye Youth Offending Service", "Hay-on-Wye YOS", "YJS", INAD)], "2021-11-09", "2021-07", 11),
     """N| Youth offending service in Powys must make urgent improvements

N| [Tuesday, 9th November 2021|D]

N| [Hay-on-Wye Youth Offending Service|S] has been handed the bottom grade, ‘[Inadequate|R]’, by the probation inspectorate.
N| Coronavirus restrictions meant the fieldwork, in [July 2021|D], was carried out remotely.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am very concerned that children at real risk of exploitation were not being identified.
W| “In several of the cases we read, a child had gone missing again and again and no one had asked why.”

W| Inspectors found that [Hay-on-Wye YOS|S]’s management board had met only twice in the year and had no clear picture of performance.
W| A restructure had left staff unclear about who did what, and morale was low.
S| Despite these problems, victims were treated with sensitivity, and their views were sought and recorded.
N| Its previous inspection, in [2016|D], came before the current ratings were introduced.

R| There are eleven recommendations; two go to [Powys Teaching Health Board|A] and one to [Dyfed-Powys Police|A].

N| [Powys County Council|A] said it was committed to rapid improvement and had appointed an interim manager.
"""),
    # 14. a local-news story in the third person: "The watchdog has found that X ‘...’"; "Published: 27 Feb 2024" and the
    #     findings "published on Tuesday"; "visited the service in October 2023"; seven recommendations "among them a call for
    #     ... to ..."; the council's acceptance
    ("radstock-and-midsomer-norton-yjs-2024", facts([
        svc("Radstock and Midsomer Norton Youth Justice Service", "Radstock and Midsomer Norton YJS", "YJS", RI)],
        "2024-02-27", "2023-10", 7),
     """N| Inspectors call for improvement in youth justice service

N| By [Tom Heale|X]

N| Published: [27 Feb 2024|D]

N| The watchdog has found that [Radstock and Midsomer Norton Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors visited the service in [October 2023|D], and the findings were published on Tuesday.

S| According to the report, children trusted their workers, and most were in school or training.
W| But the watchdog found that exploitation risks were sometimes missed and plans had often not been updated.
W| It also said [Radstock and Midsomer Norton YJS|S] could not get enough mental health support, with children waiting months to see [CAMHS|A].

R| Seven recommendations are listed, among them a call for [Bath and North East Somerset Council|A] to review the service’s staffing.

N| A council spokesperson said the findings were accepted in full and that work on an improvement plan had begun.
"""),
    # 15. "X has come away from its inspection with ‘...’"; "Had it not been for its court work, the unit would have been
    #     judged ‘Inadequate’ overall" (no fact); a justiceinspectorates news item with a date line "18 June 2024"; fieldwork "was
    #     completed in February 2024"; the PDU explainer and the region in the notes; eight recommendations
    ("bradford-on-avon-pdu-2024", facts([
        svc("Bradford on Avon Probation Delivery Unit", "Bradford on Avon PDU", "PDU", RI)], "2024-06-18", "2024-02", 8),
     """N| News

N| Probation unit in Wiltshire narrowly avoids lowest rating

N| [18 June 2024|D]

N| [Bradford on Avon Probation Delivery Unit|S] has come away from its inspection with ‘[Requires improvement|R]’.
W| Had it not been for its court work, the unit would have been judged ‘[Inadequate|R]’ overall.
N| Fieldwork for the inspection was completed in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “When we visited, agency staff on short contracts were covering half of the unit’s probation officer posts.
W| “People on probation told us that they had met four or five different officers in a year.
S| “The court team, by contrast, produces quick and well-judged advice to magistrates.”

W| Checks with [Wiltshire Police|A] on domestic abuse call-outs were missing from nearly half of the relevant cases.
W| Accredited programmes had long waiting lists, and some people finished their sentence without starting one.

R| The report ends with eight recommendations.

N| ENDS

N| Notes to editors
N| 1. A probation delivery unit (PDU) is a local team of the [Probation Service|A], supervising people on community sentences and on licence.
N| 2. [Probation Service – South West region|S] oversees [Bradford on Avon PDU|S] and eleven other units.
"""),
    # 16. a previous rating beside the current one: "X is now ‘...’, HMI Probation said today; when inspectors were last
    #     there, in 2019, the service was ‘...’"; "This inspection’s fieldwork took place in June 2024"; "Thursday 17 October 2024"
    #     as the date line; five recommendations
    ("gowerton-and-mumbles-yjs-2024", facts([
        svc("Gowerton and Mumbles Youth Justice Service", "Gowerton and Mumbles YJS", "YJS", GOOD)],
        "2024-10-17", "2024-06", 5),
     """N| Youth justice in west Swansea moves up to ‘[Good|R]’

N| [Thursday 17 October 2024|D]

N| [Gowerton and Mumbles Youth Justice Service|S] is now ‘[Good|R]’, [HMI Probation|A] said today; when inspectors were last there, in [2019|D], the service was ‘[Requires improvement|R]’.
N| This inspection’s fieldwork took place in [June 2024|D].

S| Inspectors found a settled team with manageable caseloads and managers who knew every child’s circumstances.
S| Encouragingly, the service had taken the last report seriously and had rebuilt its work to keep children safe from exploitation.
S| Strong links with [Swansea Bay University Health Board|A] meant that children could see a nurse or a psychologist without a long wait.
W| Disappointingly, the voices of victims were seldom heard in the planning for children on out-of-court disposals.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gowerton and Mumbles|S] has turned things round in five years, and its staff can take the credit.
R| “The next task is to give victims a proper say in every case, whether or not it reaches court.”

R| Of five recommendations, most are aimed at the partnership board that oversees the service.

N| [Swansea Council|A] welcomed the report.
"""),
    # 17. two neighbouring PDUs in one release with one rating sentence for both: "Each unit lands at ‘...’, one
    #     grade above the bottom of the scale"; the second unit's previous rating beside it ("a step up from the ‘Inadequate’
    #     it received in 2022"); an embargo line in capitals; fieldwork "between 3 and 14 March 2025"; ten recommendations,
    #     two of them for the region
    ("castle-cary-and-bruton-pdus-2025", facts([
        svc("Castle Cary Probation Delivery Unit", "Castle Cary PDU", "PDU", RI),
        svc("Bruton Probation Delivery Unit", "Bruton PDU", "PDU", RI)], "2025-07-22", "2025-03", 10),
     """N| EMBARGOED UNTIL 00:01 [Tuesday 22 July 2025|D]

N| Two probation units in Somerset told to keep improving

N| Two reports out today from the probation inspectorate look at [Castle Cary Probation Delivery Unit|S] and [Bruton Probation Delivery Unit|S], neighbouring units in the east of the county.
N| Each unit lands at ‘[Requires improvement|R]’, one grade above the bottom of the scale.
N| For [Bruton|S], that is a step up from the ‘[Inadequate|R]’ it received in [2022|D].
N| Inspectors worked in the two units between [3 and 14 March 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bruton|S] deserves credit for how far it has come in three years.
W| “Yet in both units, too little thought goes into the children who share a home with people on probation.”

S| At [Castle Cary PDU|S], inspectors found a strong culture of learning, with managers using case audits to coach their staff.
W| [Bruton PDU|S] still leaned heavily on agency officers, and some people on probation had changed officer several times.
W| Neither unit had a reliable way of checking that people had actually worked the unpaid work hours recorded against them.

R| Ten recommendations are made in total: four for each unit and two for the [South West region|S]’s leadership.

N| [Kate Lowther|X], who leads probation in the South West, said: “What is working will be shared across the region.”
"""),
    # 18. a Welsh council page with "19/03/2024": "Inspectors consider X ‘...’"; resettlement "assessed as a separate
    #     strand, also came out as ‘...’"; fieldwork "from 13 to 17 November 2023"; the inspectorate's
    #     director of operations quoted instead of the chief inspector; 13 recommendations in digits; the council's apology
    ("glynneath-yjs-2024", facts([
        svc("Glynneath Youth Justice Service", "Glynneath YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-03-19", "2023-11", 13),
     """N| Statement on youth justice inspection report

N| [19/03/2024|D]

N| Inspectors consider [Glynneath Youth Justice Service|S] ‘[Inadequate|R]’; [HM Inspectorate of Probation|A] released its report today.
W| Resettlement, assessed as a separate strand, also came out as ‘[Inadequate|R]’.
N| Inspectors were with the service from [13 to 17 November 2023|D].

W| [Owen Thomas|X], who directs operations at the inspectorate, said: “Leaders had not grasped how far practice had slipped, and some children went for weeks without seeing anyone from the service.
W| “Where a child was being drawn into county lines, the warning signs were too often recorded and then left.”

S| Inspectors found that the speech and language therapist was valued by staff and children alike, and that her assessments shaped plans.
W| Children leaving custody were rarely visited beforehand, and planning for their release started late.
W| [Glynneath YJS|S]’s board had seen the problems building but did little about them.

R| The report makes 13 recommendations: the management board must act on most, and [South Wales Police|A] and [Neath Port Talbot Council|A] on the rest.

N| Councillor [Rhodri Evans|X], the cabinet member responsible for youth services, said: “We apologise to every child who did not get the help they should have had.”
N| “An improvement board chaired by the chief executive will meet every month.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirtieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
