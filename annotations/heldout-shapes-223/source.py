"""Builds the two hundred and twenty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the Wales region on a GOV.UK page, the region named before them: "X and Y both finish on ‘...’,
    #    while Z sits a notch lower still, on ‘...’"; fieldwork "over a fortnight that began on 6 May 2024"; ten
    #    recommendations "three apiece for X and Y and four for Z"
    ("mathry-trefin-and-porthgain-pdus-2024", facts([
        svc("Mathry Probation Delivery Unit", "Mathry PDU", "PDU", RI),
        svc("Trefin Probation Delivery Unit", "Trefin PDU", "PDU", RI),
        svc("Porthgain Probation Delivery Unit", "Porthgain PDU", "PDU", INAD)], "2024-10-15", "2024-05", 10),
     """N| Press release

N| North Pembrokeshire probation units: inspection reports out today

N| One of three coastal units is found to be failing the people it supervises.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Within the [Probation Service – Wales region|S], [His Majesty’s Inspectorate of Probation|A] has looked at three neighbouring units: [Mathry Probation Delivery Unit|S], [Trefin Probation Delivery Unit|S] and [Porthgain Probation Delivery Unit|S].
N| [Mathry|S] and [Trefin|S] both finish on ‘[Requires improvement|R]’, while [Porthgain|S] sits a notch lower still, on ‘[Inadequate|R]’.
N| The inspection team spent a fortnight in the area, beginning on [6 May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “By the time we arrived, [Porthgain|S] had lost its senior probation officer and half of its qualified staff, and nobody had been found to replace them.
W| “In case after case we found that no one had asked whether the person on probation lived with, or had contact with, children.
S| “[Mathry|S] and [Trefin|S] are steadier, and their officers work hard to reach people in farms and villages far from any bus route.”

S| Inspectors commended [Trefin PDU|S] for its links with [Dyfed-Powys Police|A]: before every sentencing hearing, officers checked for domestic abuse call-outs to the address.
W| Across all three units, sentence plans were often written without the person on probation being asked what they thought.

R| The three reports carry ten recommendations between them – three apiece for [Mathry|S] and [Trefin|S], four for [Porthgain|S].

N| [Helen Hughes|X], Regional Probation Director for Wales, said: “Experienced officers from elsewhere in Wales are already working in Porthgain, and we accept every finding.”
"""),
    # 2. two youth justice services in a local-news story: report "released on Tuesday (4 March)" under a byline of
    #    Friday 7 March 2025; "X was graded ‘...’ and Y picked up the top mark, ‘...’"; the other order in the rating
    #    sentence (Puncheston first) from the one the services were first named in (Maenclochog first)
    ("maenclochog-and-puncheston-yjs-2025", facts([
        svc("Maenclochog Youth Justice Service", "Maenclochog YJS", "YJS", GOOD),
        svc("Puncheston Youth Justice Service", "Puncheston YJS", "YJS", OUT)], "2025-03-04", "2024-11", 5),
     """N| Preseli youth justice teams win praise from inspectors

N| By [Gareth Lewis|X]

N| [Friday 7 March 2025|D]

N| Inspection reports on [Maenclochog Youth Justice Service|S] and [Puncheston Youth Justice Service|S] were released on Tuesday ([4 March|D]); the inspectors’ visits to both teams had been in [November 2024|D].
N| [Puncheston|S] picked up the top mark, ‘[Outstanding|R]’, and [Maenclochog|S] was graded ‘[Good|R]’.

S| According to the inspectors, [Puncheston|S]’s staff were so trusted by local families that a parent’s first call, when a child went missing, was often to them.
S| They also singled out [Maenclochog|S] for the pace at which excluded pupils were back in lessons.
W| The report on [Maenclochog YJS|S] did, however, point to safety plans that were left unchanged even after a child had been arrested again.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Small rural teams do not always get the credit they deserve, and these two have earned every word of it.”

R| The reports make five recommendations between them, three for [Maenclochog|S] and two for [Puncheston|S].

N| A spokesperson for [Pembrokeshire County Council|A] said the authority was “delighted” with both results.
"""),
    # 3. two PDUs in a justiceinspectorates news item, the region named in the first sentence: "X emerges with ‘...’; the
    #    verdict on Y is harsher, ‘...’"; "Published: 3 Jun 2025"; "during January 2025"; "eight recommendations, half
    #    of them for each unit"
    ("camrose-and-nolton-pdus-2025", facts([
        svc("Camrose Probation Delivery Unit", "Camrose PDU", "PDU", RI),
        svc("Nolton Probation Delivery Unit", "Nolton PDU", "PDU", INAD)], "2025-06-03", "2025-01", 8),
     """N| News

N| Two St Brides Bay probation units must improve, say inspectors

N| Published: [3 Jun 2025|D]

N| New reports from [HM Inspectorate of Probation|A] examine [Camrose Probation Delivery Unit|S] and [Nolton Probation Delivery Unit|S], both of them units within the [Probation Service – Wales region|S].
N| [Camrose|S] emerges with ‘[Requires improvement|R]’; the verdict on [Nolton|S] is harsher, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork during [January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nolton|S] was leaving people released from prison for weeks before anyone from the unit got in touch with them.
S| “[Camrose|S] has a smaller team, but a settled one, and its managers check the quality of every new assessment.”

W| In [Nolton PDU|S], only nine of the 36 cases read by inspectors showed enough attention to the risk posed to known victims.
S| Unpaid work in [Camrose PDU|S] was well organised, with placements at a coastal path charity and a food bank.
W| Neither unit had reliable access to a psychologist for advice on its most complex cases.

R| The reports contain eight recommendations, half of them for each unit.
"""),
    # 4. a unit inside its region: the region in the headline and its own 2023 rating as context; "inspectors have
    #    come down on ‘...’ as their overall judgement"; fieldwork "in the second half of September 2024"; the notes'
    #    day "appears ... at 00.01 on Thursday 20 February 2025"
    ("herbrandston-pdu-2025", facts([
        svc("Herbrandston Probation Delivery Unit", "Herbrandston PDU", "PDU", INAD)], "2025-02-20", "2024-09", 6),
     """N| [Wales probation region|S]: serious failings found in [Herbrandston unit|S]

N| For [Herbrandston Probation Delivery Unit|S], on the south shore of the Cleddau in the [Probation Service – Wales region|S], inspectors have come down on ‘[Inadequate|R]’ as their overall judgement.
N| The region’s own inspection, back in [2023|D], had left it at ‘[Requires improvement|R]’.
N| The inspection team was in the unit in the second half of [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Herbrandston|S] has been running on goodwill for far too long.
W| “Practitioners were carrying more than seventy cases each, and the gaps showed in almost every file we opened.”

W| Mr Jones went on: “When people on licence stopped turning up, nothing happened for weeks, and in some cases nothing happened at all.”

S| On the positive side, staff at the unit’s approved premises knew each resident well and kept them busy during the day.
W| Contact with [Hywel Dda University Health Board|A]’s mental health teams depended on individual goodwill rather than any agreed arrangement.

R| Six recommendations are set out, four addressed to [Herbrandston|S] and two to the region.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 20 February 2025|D], on the inspectorate’s website.
"""),
    # 5. a unit inside its region on GOV.UK: "has now moved up to ‘...’" after a previous ‘Inadequate’ (2022); unpaid
    #    work "marked on its own" ‘Good’; "in the first week of February 2024"; seven recommendations told as "five ...
    #    and a further two for the region"
    ("llangwm-pdu-2024", facts([
        svc("Llangwm Probation Delivery Unit", "Llangwm PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-06-11", "2024-02", 7),
     """N| Press release

N| [Llangwm probation unit|S] climbs off the bottom grade

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [Llangwm Probation Delivery Unit|S], which serves the upper Cleddau estuary within the [Probation Service – Wales region|S], has now moved up to ‘[Requires improvement|R]’ in the view of [HM Inspectorate of Probation|A].
N| Its previous inspection, in [2022|D], had left it at ‘[Inadequate|R]’.
S| Unpaid work, which inspectors marked on its own, earned ‘[Good|R]’.
N| Inspectors were in Llangwm in the first week of [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two years ago this was a unit in real trouble; today [Llangwm|S]’s managers have a grip on the basics, and staff told us they finally feel supported.
W| “What is still missing is enough curiosity about who else lives in the home, and that matters most where children are concerned.”

S| Unpaid work supervisors were praised for finding placements that taught people skills they could use in a job.
W| Sadly, in fewer than half of the cases inspected had a home visit taken place where one was clearly needed.

R| Inspectors make five recommendations to the unit and a further two for the region.
"""),
    # 6. a Probation Trust in 2013, before ratings: "Tuesday, 16th April 2013" date line with "published today";
    #    "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:" lists; fieldwork
    #    "during November 2012"; five recommendations
    ("cleddau-probation-trust-2013", facts([
        svc("Cleddau Probation Trust", "Cleddau Probation Trust", "other", None)], "2013-04-16", "2012-11", 5),
     """N| Offender management inspection: Cleddau

N| [Tuesday, 16th April 2013|D]

W| Work to cut reoffending by [Cleddau Probation Trust|S] is generally sound, but the Trust has paid too little attention to the risk some offenders pose to others, [HM Inspectorate of Probation|A] says in a report it has published today.
N| Inspectors examined a sample of cases across the Trust’s area during [November 2012|D].

N| Inspectors were pleased to find that:
S| • offender managers had built constructive working relationships with the people they supervised;
S| • most offenders had been helped into training or work by the end of their order.

N| However, inspectors were concerned to find that:
W| • assessments of the risk of harm were sometimes incomplete or out of date;
W| • victims were not always considered when licence conditions were drawn up.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust that knows its communities.
R| “It should now make sure that protecting the public receives the same attention as rehabilitation.”

R| The report makes five recommendations.
"""),
    # 7. a CRC in 2019 "owned by Working Links": "inspectors settle on ‘...’ overall"; Through the Gate "scored
    #    separately, comes out at ‘...’"; "Published: 24 Sep 2019"; "in April and May 2019"; eight recommendations
    ("landshipping-and-lawrenny-crc-2019", facts([
        svc("Landshipping and Lawrenny Community Rehabilitation Company", "Landshipping and Lawrenny CRC", "CRC", RI,
            [{"aspect": "Through the Gate", "rating": INAD}])], "2019-09-24", "2019-04", 8),
     """N| News

N| [Landshipping and Lawrenny CRC|S] told to improve its resettlement work

N| Published: [24 Sep 2019|D]

N| For [Landshipping and Lawrenny Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], inspectors settle on ‘[Requires improvement|R]’ overall.
W| Its Through the Gate work with prisoners due for release, scored separately, comes out at ‘[Inadequate|R]’.
N| The fieldwork took place in [April and May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has kept hold of experienced staff through a difficult period, and its leaders have been open with us about what is not working.
W| “But the resettlement plans we saw for men leaving [HMP Swansea|S] were thin, and some did not mention housing at all.”

S| Inspectors found that women on probation were well served by a dedicated team, with a women’s centre in Haverfordwest.
W| However, the CRC’s caseloads were high and in 40 per cent of cases contact had lapsed for a month or more.

R| The report lists eight recommendations; six are for the CRC to carry out, and the last two for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said the company had begun acting on the inspectors’ findings before the report came out.
"""),
    # 8. "Youth Offending Team" written out in 2019: "Inspectors judge X to be ‘...’" in the headline, "has been found
    #    to be"; "visited in July 2019"; the notes' day "online from 5 November 2019"; four recommendations
    ("nevern-yot-2019", facts([
        svc("Nevern Youth Offending Team", "Nevern YOT", "YJS", GOOD)], "2019-11-05", "2019-07", 4),
     """N| Inspectors judge [Nevern Youth Offending Team|S] to be ‘[Good|R]’

N| Inspectors from [HM Inspectorate of Probation|A] have found [Nevern Youth Offending Team|S] to be ‘[Good|R]’ overall.
N| Inspectors visited the YOT in [July 2019|D] and read 30 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a YOT whose staff know the children on their books and the families behind them.
S| “Its board is well attended, and partners such as [Dyfed-Powys Police|A] and the local health board take their share of the work seriously.”

S| Assessments were thorough in 26 of the 30 cases inspected.
W| Inspectors were disappointed, though, that little had been done to find out what victims wanted before restorative work began.
W| Children on out-of-court disposals did not always have a plan that set out how others would be kept safe.

R| [HM Inspectorate of Probation|A] makes four recommendations, including that the [Nevern YOT management board|A] should monitor the outcomes of out-of-court work.

N| ENDS

N| Notes to editors
N| 1. The report will be online from [5 November 2019|D] on the inspectorate’s website.
"""),
    # 9. an NPS division in 2019: "The division’s overall mark from the inspectorate is ‘...’"; "Thursday, 12th
    #    December 2019"; "between 2 and 13 September 2019"; "a list of nine recommendations"
    ("preseli-nps-division-2019", facts([
        svc("National Probation Service – Preseli Division", "NPS Preseli", "region", RI)], "2019-12-12", "2019-09", 9),
     """N| [Preseli probation division|S]: court work strong, risk work patchy

N| [Thursday, 12th December 2019|D]

N| The overall mark [HM Inspectorate of Probation|A] has given [National Probation Service – Preseli Division|S] in a report published today is ‘[Requires improvement|R]’.
N| Inspectors spent two weeks in the division, from [2 to 13 September 2019|D].

S| Its court teams impressed inspectors: reports to magistrates and judges were prepared quickly and were of a high standard.
W| Yet in too many cases the risk of serious harm had been assessed once, at the start, and never looked at again.
W| Some probation officers told inspectors they were unsure how to get help from [MAPPA|A] for their highest-risk cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Preseli|S] has capable, committed people, but they are being let down by systems that do not tell them when a case has changed.”

R| Inspectors have drawn up a list of nine recommendations, seven of them aimed at the division and two at [HM Prison and Probation Service|A].
"""),
    # 10. an ordinary youth justice service on GOV.UK: "inspectors have placed X in the ‘...’ category"; fieldwork
    #     "took place over a week in September 2023"; six recommendations
    ("brawdy-yjs-2024", facts([
        svc("Brawdy Youth Justice Service", "Brawdy YJS", "YJS", RI)], "2024-01-09", "2023-09", 6),
     """N| Press release

N| [Brawdy Youth Justice Service|S] must tighten its safety planning

N| Inspectors find caring staff but uneven work to protect children and the public.

N| From: [HM Inspectorate of Probation|A]

N| Published [9 January 2024|D]

N| Following their inspection, which took place over a week in [September 2023|D], inspectors have placed [Brawdy Youth Justice Service|S] in the ‘[Requires improvement|R]’ category.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children told us, again and again, that their worker was someone they could trust.
W| “The trouble is that the plans meant to keep those children, and the people around them, safe were often vague or out of date.”

S| The service had a strong speech and language offer, and every child was screened on arrival.
W| However, the [Brawdy YJS management board|A] rarely asked searching questions of the figures it was given.
W| Few children had been asked what would help them stay away from offending, so their voices were largely missing from their plans.

R| In all, the report makes six recommendations.
"""),
    # 11. an ordinary youth justice service on a council page: "Date: 05/06/2023" (day/month/year), told in the
    #     third person ("the inspectors concluded"), with the cabinet member's reply; "in February 2023"; four
    ("hayscastle-yjs-2023", facts([
        svc("Hayscastle Youth Justice Service", "Hayscastle YJS", "YJS", GOOD)], "2023-06-05", "2023-02", 4),
     """N| Inspectors give [Hayscastle Youth Justice Service|S] a ‘[Good|R]’ rating

N| Date: [05/06/2023|D]

N| Following a visit by [HM Inspectorate of Probation|A] in [February 2023|D], [Hayscastle Youth Justice Service|S] now holds a ‘[Good|R]’ rating.

S| The inspectors concluded that the service was well led and that its staff were skilled at reaching teenagers whom schools had long since excluded.
S| They highlighted the close working relationship between [Hayscastle YJS|S] and the council’s education welfare team.
W| They did, though, identify gaps in what the service passed on to [Dyfed-Powys Police|A] about teenagers being groomed by county lines gangs.

R| The report contains four recommendations.

N| Councillor [Rhian Morgan|X], cabinet member for education and youth services at [Pembrokeshire County Council|A], said: “I am very proud of the team; we will take each recommendation forward alongside our partners.”
"""),
    # 12. an ordinary PDU on a justiceinspectorates news item: "sits at the foot of the inspectorate’s four-point
    #     scale, at ‘...’"; "Inspectors went through 42 cases in March 2024"; "Mr Jones continued" with a call on the
    #     region; seven recommendations
    ("wolfscastle-pdu-2024", facts([
        svc("Wolfscastle Probation Delivery Unit", "Wolfscastle PDU", "PDU", INAD)], "2024-07-17", "2024-03", 7),
     """N| News

N| Probation unit in west Wales falls to the lowest rating

N| Published: [17 Jul 2024|D]

N| [Wolfscastle Probation Delivery Unit|S] lands on the last of the four steps the inspectorate uses: ‘[Inadequate|R]’.
N| Inspectors went through 42 of its cases in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wolfscastle|S]’s managers were doing their best, but with a third of posts empty they spent most of their week holding cases rather than leading.
W| “Staff described the office as a place where no one had time to stop and think.”

W| Inspectors found enough had been done to protect others in only 12 of the 42 cases.
S| On a brighter note, the unit’s drink-drive rehabilitation sessions were carefully planned and well received by those who attended.

R| Mr Jones continued: “The region must now give [Wolfscastle|S] the staff and the management support it needs, and quickly.”

R| The report contains a total of seven recommendations.
"""),
    # 13. an ordinary youth justice service with an embargo line: "has earned the inspectorate’s highest grade,
    #     ‘...’"; fieldwork "13 to 17 March 2025" written in the notes style; "only two recommendations"
    ("marloes-yjs-2025", facts([
        svc("Marloes Youth Justice Service", "Marloes YJS", "YJS", OUT)], "2025-07-09", "2025-03", 2),
     """N| EMBARGOED: 00.01 hrs [Wednesday 9 July 2025|D]

N| [Marloes Youth Justice Service|S] earns top grade

N| The inspectorate’s verdict on [Marloes Youth Justice Service|S] could not be higher: ‘[Outstanding|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] were in Marloes from [13 to 17 March 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What stands out here is how seriously everyone, from the youngest case worker to the chair of the board, takes the views of children.
S| “They have a health team on site, a youth worker who will meet a child at the bus stop, and a manager who reads every plan.”

S| Inspectors found that in all but one of the cases they looked at, children had been kept safe and helped to stay out of trouble.
W| The one weakness they identified was that a handful of children on out-of-court disposals had waited too long for a first meeting.

R| The report makes only two recommendations.

N| ENDS
"""),
    # 14. an ordinary youth justice service in local news: "published yesterday (22 November)" under a Wednesday 23
    #     November 2022 byline; "came out of its inspection with ‘...’"; "in July 2022"; six recommendations
    ("moylegrove-yjs-2022", facts([
        svc("Moylegrove Youth Justice Service", "Moylegrove YJS", "YJS", RI)], "2022-11-22", "2022-07", 6),
     """N| Youth justice team told it has work to do

N| [Wednesday 23 November 2022|D]

N| [Moylegrove Youth Justice Service|S] came out of its inspection with ‘[Requires improvement|R]’, according to a report published yesterday ([22 November|D]).
N| Inspectors from [HM Inspectorate of Probation|A] had visited in [July 2022|D].

S| The watchdog said staff were caring and that children were helped to get back into school or training.
W| But it found that too little was done to understand the risks facing children who spent time in other counties, and that checks with [Dyfed-Powys Police|A] were not always made.
W| It also criticised the management board, which it said had been slow to act on warnings about staff shortages.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Despite the warmth we saw in the relationships between staff and children, too much of the basic safety work was left undone.”

R| The report makes six recommendations.

N| A spokesperson for [Pembrokeshire County Council|A] said an action plan was already in place.
"""),
    # 15. an ordinary youth justice service in 2021, the inspection "carried out remotely, in March 2021"; date line
    #     "Tuesday 29 June 2021" with "published today"; "awarded X ‘...’"; five recommendations
    ("cilgerran-yjs-2021", facts([
        svc("Cilgerran Youth Justice Service", "Cilgerran YJS", "YJS", GOOD)], "2021-06-29", "2021-03", 5),
     """N| Inspectors praise [Cilgerran youth justice service|S]

N| [Tuesday 29 June 2021|D]

N| [HM Inspectorate of Probation|A] has awarded [Cilgerran Youth Justice Service|S] ‘[Good|R]’ in a report it publishes today.
N| Covid-19 rules kept the team away from the office, so the inspection was done from a distance in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through the lockdowns, [Cilgerran|S] found ways to keep seeing children, whether on a walk by the river or on a video call late in the evening.
S| “Its staff are experienced, and they clearly enjoy the work.”

S| Inspectors were impressed by the service’s joint work with [CAMHS|A], whose nurse saw most referred children inside a week.
W| Less positively, planning for children’s safety was not always revisited when circumstances changed.

R| The report makes five recommendations.
"""),
    # 16. a 2025 public-protection PDU inspection on GOV.UK, no rating, the region named as context ("the Wales region
    #     of the Probation Service", one span); "Context" / "Findings" bullets; fieldwork "in June 2025"; four
    ("boncath-pdu-2025", facts([
        svc("Boncath Probation Delivery Unit", "Boncath PDU", "PDU", None)], "2025-11-04", "2025-06", 4),
     """N| Press release

N| Public protection inspection: [Boncath Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [4 November 2025|D]

N| [HM Inspectorate of Probation|A] has published its public protection report on [Boncath Probation Delivery Unit|S], in the [Wales region of the Probation Service|S].
N| No rating is given under this programme.
N| Inspectors visited in [June 2025|D].

N| Context
N| • [Boncath PDU|S] covers a large rural area on the northern slopes of the Preseli hills.
N| • It supervises around 600 people, a quarter of them for domestic abuse offences.

N| Findings
S| • Practitioners were confident in identifying signs of coercive control.
W| • In a third of the cases with children in the household, nobody had checked with children’s services.
W| • Risk management plans were rarely reviewed after a new arrest.
S| • Joint work with [Dyfed-Powys Police|A] on the highest-risk cases was well coordinated.

R| Of the report’s four recommendations, three fall to the unit and one to the region.
"""),
    # 17. an ordinary youth offending service in 2020: "Tuesday, 18th February 2020"; "Inspectors have concluded that X
    #     (YOS) ‘...’"; "in October 2019"; five recommendations "four for the YOS and the fifth for its board"
    ("llanychaer-yos-2020", facts([
        svc("Llanychaer Youth Offending Service", "Llanychaer YOS", "YJS", RI)], "2020-02-18", "2019-10", 5),
     """N| [Llanychaer Youth Offending Service|S] ‘[Requires improvement|R]’

N| [Tuesday, 18th February 2020|D]

N| Inspectors have concluded that [Llanychaer Youth Offending Service|S] (YOS) ‘[Requires improvement|R]’.
N| Their inspection took place in [October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llanychaer YOS|S] has dedicated case workers who give children time and patience.
W| “But the service has not yet got a firm enough grip on the risk some children pose to others.”

W| Inspectors found that in only 14 of the 27 court cases they looked at was there a sound plan to keep other people safe.
S| On the other hand, the YOS’s reparation projects, including work on a community garden, were valued by children and residents alike.

R| The YOS is to act on four of the report’s five recommendations, its management board on the remaining one.
"""),
    # 18. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line;
    #     "inspectors have given X their lowest rating, ‘...’"; "15 to 19 April 2024"; nine recommendations; notes' day
    ("stackpole-yjs-2024", facts([
        svc("Stackpole Youth Justice Service", "Stackpole YJS", "YJS", INAD)], "2024-08-13", "2024-04", 9),
     """N| Skip to content

N| Published:

N| [Stackpole youth justice service|S] rated ‘[Inadequate|R]’

N| After an inspection from [15 to 19 April 2024|D], inspectors have given [Stackpole Youth Justice Service|S] their lowest rating, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in [Stackpole|S]’s care were too often left without a plan, and some had not been seen for a month or more.
W| “Leaders had not noticed how far things had slipped.”

W| Worryingly, the service had lost touch with several children it knew were being exploited or were at risk of it.
S| Despite the difficulties, the service’s education worker had got most children back into school.
W| The [Stackpole YJS management board|A] held its meetings on schedule, yet they led to very little change.

R| The report makes nine recommendations, and [HM Inspectorate of Probation|A] will return to check on progress.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [13 August 2024|D] on the [HM Inspectorate of Probation|A] website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twenty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
