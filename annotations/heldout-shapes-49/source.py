"""Builds the forty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Gateshead-side PDUs on a GOV.UK page, the region named before the units; "Blaydon sits at ‘...’ and Ryton
    #    one grade lower, at ‘...’"; fieldwork "from 10 - 14 June 2024"; notes "available on the ... website on 17
    #    September 2024 at 00.01"; eight recommendations "three apiece for the units" and two for regional leaders
    ("blaydon-and-ryton-pdus-2024", facts([
        svc("Blaydon Probation Delivery Unit", "Blaydon PDU", "PDU", RI),
        svc("Ryton Probation Delivery Unit", "Ryton PDU", "PDU", INAD)], "2024-09-17", "2024-06", 8),
     """N| Press release

N| Probation inspectors report on two units west of Gateshead

N| From: [HM Inspectorate of Probation|A]

N| Within the [Probation Service – North East region|S], inspectors have looked at [Blaydon Probation Delivery Unit|S] and [Ryton Probation Delivery Unit|S] in a single visit.
N| [Blaydon|S] sits at ‘[Requires improvement|R]’ and [Ryton|S] one grade lower, at ‘[Inadequate|R]’.
N| An inspection team was in the two offices from [10 - 14 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Blaydon|S] and [Ryton|S] share a river valley and a head of service, yet they feel like different organisations.
S| “[Blaydon|S]’s practitioners were calm, well supervised and knew the local hostels and treatment agencies by name.
W| “In Ryton, by comparison, half the probation officer desks stood empty and newly qualified staff carried cases well above their level of training.”

S| Both units had built a useful link with [Northumbria Police|A] for checking domestic abuse call-outs.
W| Even so, the checks were logged but seldom acted on, and [Ryton|S]’s risk plans for prison leavers were often drafted only after they had walked out of the gate.

R| Between them the reports contain eight recommendations: three apiece for the units, with the remaining two going to regional leaders.

N| ENDS

N| Notes to editors
N| 1. Both reports will be available on the [HM Inspectorate of Probation|A] website on [17 September 2024|D] at 00.01.
"""),
    # 2. a unit inside its region, the region in the headline; "the inspectorate’s judgement places X at the foot of its
    #    scale"; the region's own 2023 rating as context; year-less "published today (Wednesday, 19 March)" (year from
    #    the November 2024 fieldwork); "Mr Jones continued"; six recommendations
    ("houghton-le-spring-pdu-2025", facts([
        svc("Houghton-le-Spring Probation Delivery Unit", "Houghton-le-Spring PDU", "PDU", INAD)],
        "2025-03-19", "2024-11", 6),
     """N| [North East probation region|S]: Sunderland-area unit found wanting

N| In a report published today (Wednesday, [19 March|D]), the inspectorate’s judgement places [Houghton-le-Spring Probation Delivery Unit|S] at the foot of its scale, ‘[Inadequate|R]’.
N| The [North East probation region|S], of which the unit forms part, was itself rated ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Fieldwork for this inspection took place in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Large numbers of people supervised from Houghton-le-Spring had gone weeks without meeting their officer in person.
W| “Managers told us they spent most days covering gaps in rotas rather than looking at the quality of the work.”

W| Mr Jones continued: “In households where children lived alongside someone on probation, the safeguarding checks we expected to find were missing from more than half the files.”

S| Some things went well: the unit’s unpaid work supervisors kept projects running across the Wearside area and were praised by community groups.
S| Staff also spoke warmly about their immediate team leaders, who had kept morale from collapsing.

R| Of six recommendations, the PDU must take forward four, and the regional director two.

N| ENDS

N| Notes to editors
N| 1. Within the [Probation Service|A]’s [North East region|S], [Houghton-le-Spring PDU|S] covers the Coalfield area of Sunderland, working closely with [Sunderland City Council|A].
"""),
    # 3. two North Tyneside youth services in a local-news story; the reports "appeared on Tuesday (12 October)" under a
    #    byline of Friday 15 October 2021; "X has been handed the highest mark, ‘Outstanding’, while Y earned ‘Good’";
    #    fieldwork "carried out ... remotely in July 2021"; seven recommendations, "five are for Whitley Bay"
    ("whitley-bay-and-killingworth-yjs-2021", facts([
        svc("Whitley Bay Youth Justice Service", "Whitley Bay YJS", "YJS", GOOD),
        svc("Killingworth Youth Justice Service", "Killingworth YJS", "YJS", OUT)], "2021-10-12", "2021-07", 7),
     """N| Coast and town youth teams win inspectors’ praise

N| By [Helen Armstrong|X]

N| [Friday 15 October 2021|D]

N| Inspectors who carried out their work remotely in [July 2021|D] have now reported on [Whitley Bay Youth Justice Service|S] and [Killingworth Youth Justice Service|S].
N| The reports appeared on Tuesday ([12 October|D]): [Killingworth|S] has been handed the highest mark, ‘[Outstanding|R]’, while [Whitley Bay|S] earned ‘[Good|R]’.

S| The report said [Killingworth|S]’s workers had stayed in contact with each child all through lockdown, often on doorsteps and in parks.
S| [Whitley Bay YJS|S] was commended for the way it linked children with local sports clubs and the coastal volunteering scheme.
W| The inspectors did say that [Whitley Bay|S]’s plans to protect possible victims were sometimes too thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “North Tyneside’s young people are being served by two very capable teams.”

R| Of the seven recommendations, five are for [Whitley Bay|S] and two for [Killingworth|S].

N| A spokesperson for [North Tyneside Council|A] told us the authority was “delighted” with both reports.
"""),
    # 4. a Youth Offending Team in a 2016 joint inspection (before ratings), bullet lists; date line "Thursday, 14th April
    #    2016"; fieldwork "in January and February 2016"; no count stated
    ("newton-aycliffe-yot-2016", facts([
        svc("Newton Aycliffe Youth Offending Team", "Newton Aycliffe YOT", "YJS", None)], "2016-04-14", "2016-01",
        None),
     """N| Joint inspection of youth offending work in Newton Aycliffe

N| [Thursday, 14th April 2016|D]

N| A joint team from [HM Inspectorate of Probation|A], [Ofsted|A] and the [Care Quality Commission|A] has reported on [Newton Aycliffe Youth Offending Team|S] in County Durham.
N| The team visited in [January and February 2016|D] and spoke to children, parents, magistrates and staff.

N| Inspectors were pleased to find that:
S| • case managers built warm, lasting relationships with the children they supervised
S| • diversion work with [Durham Constabulary|A], which kept children away from court, was well organised
S| • pre-sentence reports for magistrates in the youth court were thorough and balanced.

N| However, inspectors were concerned to find that:
W| • one in three assessments underestimated the danger a child posed to others
W| • there was no clear way of checking whether interventions made any difference.

N| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Our inspectors will go back later this year to check on progress.”
"""),
    # 5. a CRC in 2019 with its provider; "Published: 21 Nov 2019"; "the inspectorate’s verdict on X is ‘...’"; unpaid
    #    work "earned a separate ‘Good’"; notes "Fieldwork: 24 - 28 June 2019"; nine recommendations, two for HMPPS
    ("tyne-and-wear-coast-crc-2019", facts([
        svc("Tyne and Wear Coast Community Rehabilitation Company", "Tyne and Wear Coast CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-21", "2019-06", 9),
     """N| News

N| Coastal probation company ‘must sharpen its focus on risk’

N| Published: [21 Nov 2019|D]

N| Overall, the inspectorate’s verdict on the [Tyne and Wear Coast Community Rehabilitation Company|S] is ‘[Requires improvement|R]’.
N| Run by [Working Links|A], the CRC supervises around 4,000 people from offices in Tynemouth, Boldon and Felling.
S| Its unpaid work scheme earned a separate ‘[Good|R]’.

S| Inspectors saw a well-run unpaid work operation, with placements ready on the day and supervisors who expected people to work hard.
W| Through the Gate resettlement work, though, amounted to little more than handing over a leaflet.
W| In too many cases, responsible officers had lost track of what the person was doing to address their offending.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Change has been constant for this CRC.
W| “But people on probation here are still not getting enough meaningful contact with someone who knows their case.”

R| Nine recommendations result from our work; seven fall to the CRC, the other two to [HMPPS|A].

N| Notes to editors
N| 1. Fieldwork: [24 - 28 June 2019|D].
"""),
    # 6. a Probation Trust in 2013, before ratings: "satisfactory" and percentage scores; the date line "Thursday 23 May
    #    2013" above "today’s report"; fieldwork "in February 2013"; five recommendations
    ("seahouses-and-belford-probation-trust-2013", facts([
        svc("Seahouses and Belford Probation Trust", "Seahouses and Belford Probation Trust", "other", None)],
        "2013-05-23", "2013-02", 5),
     """N| Offender management in north Northumberland – report published

N| [Thursday 23 May 2013|D]

N| The work of [Seahouses and Belford Probation Trust|S] to manage offenders is described as satisfactory overall in today’s report from [HM Inspectorate of Probation|A].
N| Inspectors examined 45 cases in [February 2013|D].

S| The Trust’s work to make sure sentences were completed scored 79%, high for the region.
W| Work aimed at cutting reoffending scored a lower 64%.
W| Some risk of harm assessments were finished late, and reviews did not always follow a change in circumstances.
S| Staff were enthusiastic and knew the small rural communities they worked in very well.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust covers a wide, thinly populated area and, on the whole, copes with that well.
R| “It should now concentrate on timely risk assessments and on checking that plans are reviewed.”

R| The report makes five recommendations.
"""),
    # 7. a council news page, "12/03/2024"; the council reports the findings in the third person; resettlement "looked at
    #    separately and given ‘Requires improvement’"; overall "awarded X a ‘Good’ overall"; fieldwork "in October and
    #    November 2023"; six recommendations; the council's reply
    ("hetton-yjs-2024", facts([
        svc("Hetton Youth Justice Service", "Hetton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-03-12", "2023-10", 6),
     """N| Council news

N| [12/03/2024|D]

N| [Hetton youth justice team|S] praised, with ‘[Good|R]’ result

N| Inspectors have awarded [Hetton Youth Justice Service|S] a ‘[Good|R]’ overall following their visit in [October and November 2023|D].
W| Resettlement, the support children get when they leave custody, was looked at separately and given ‘[Requires improvement|R]’.

S| According to the watchdog, managers understood both the young people on the caseload and the dangers they faced locally.
S| It also highlighted the speed at which children were offered help from speech and language therapists and from [CAMHS|A].
W| However, inspectors noted that a small number of children leaving custody learned their release address only a day or so beforehand.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Real confidence runs through [Hetton YJS|S], and it has a strong grasp of what children need.”

R| The report contains six recommendations, most of them about resettlement.

N| Responding, Councillor [Joanne Laverick|X], the lead for children at [Sunderland City Council|A], said: “We are proud of our youth justice team and will act quickly on the resettlement findings.”
"""),
    # 8. a youth service, the previous rating beside the current one ("X, judged ‘...’ in 2019, has now reached ‘...’");
    #    "The inspection, which took place in October 2021"; the notes' "will be published on Tuesday 22 February 2022
    #    at 00.01"; four recommendations
    ("trimdon-yjs-2022", facts([
        svc("Trimdon Youth Justice Service", "Trimdon YJS", "YJS", GOOD)], "2022-02-22", "2021-10", 4),
     """N| Youth justice in east Durham moves up a grade

N| [Trimdon Youth Justice Service|S], judged ‘[Requires improvement|R]’ in [2019|D], has now reached ‘[Good|R]’.
N| The inspection, which took place in [October 2021|D], looked at 30 children’s cases and met the service’s management board.

S| Clearly the previous report had been taken to heart and acted on.
S| Case managers now planned properly for children’s safety, and the number of children in full-time education had risen steadily.
S| Inspectors also praised [Trimdon|S] for building a panel with [Durham Constabulary|A] that reviewed every out-of-court decision.
W| Less encouragingly, the board rarely asked questions about why so many of the children it worked with were Black or of mixed heritage.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Since our last visit the change is striking.
R| “The board now needs to understand and tackle disproportionality with the same determination.”

R| There are four recommendations.

N| Notes to editors
N| 1. The report will be published on [Tuesday 22 February 2022|D] at 00.01.
"""),
    # 9. a youth service "finds X ‘Inadequate’, its lowest mark", out-of-court disposal work "considered on its own" at
    #    ‘Requires improvement’; "Published: 7 Nov 2023"; fieldwork "from 24 to 28 July 2023"; ten recommendations, one
    #    for the police
    ("cleadon-yjs-2023", facts([
        svc("Cleadon Youth Justice Service", "Cleadon YJS", "YJS", INAD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2023-11-07", "2023-07", 10),
     """N| [Cleadon|S]’s youth justice work falls to lowest grade

N| Published: [7 Nov 2023|D]

N| [HM Inspectorate of Probation|A] finds [Cleadon Youth Justice Service|S] ‘[Inadequate|R]’, its lowest mark.
W| Out-of-court disposal work, considered on its own, reached ‘[Requires improvement|R]’.
N| The inspection team’s visit ran from [24 to 28 July 2023|D].

W| For five months the management board had held no meeting, and nobody had noticed that assessments were going unchecked.
W| Worryingly, of 20 children exposed to exploitation, just 7 had been properly protected from it.
S| Inspectors did find that individual case managers were caring and determined to do their best for children.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Right now, youngsters in [Cleadon|S]’s care are not getting the protection they need.
R| “Leaders must act immediately to get a grip of safeguarding, and I expect a believable improvement plan within weeks.”

R| Ten recommendations are made; nine fall to the service itself and the tenth to [Northumbria Police|A].
"""),
    # 10. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line, "Context" and
    #     "Findings" bullets; fieldwork "between 10 and 14 February 2025"; publication in the notes "on 10 June 2025"; no
    #     count
    ("longbenton-pdu-2025", facts([
        svc("Longbenton Probation Delivery Unit", "Longbenton PDU", "PDU", None)], "2025-06-10", "2025-02", None),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Longbenton Probation Delivery Unit|S]

N| Context
N| • [Longbenton PDU|S] sits within the [Probation Service – North East region|S].
N| • Inspections in this programme look at how well the service protects the public and do not give a rating.
N| • Dates of fieldwork: between [10 and 14 February 2025|D].

N| Findings
S| • Practitioners showed real professional curiosity when talking to people about their relationships.
W| • Practitioners usually asked [Northumbria Police|A] for domestic abuse information, yet in a quarter of cases it came late or never came.
W| • Few high-risk individuals had ever had a home visit.
S| • Joint work with the local [MAPPA|A] team was well coordinated.

N| Notes
N| 1. The report was published on the inspectorate’s website on [10 June 2025|D].
"""),
    # 11. a Youth Offending Service in 2019, "Thursday, 5th December 2019"; "receives a ‘...’ verdict"; "The inspection,
    #     which took place in September 2019"; YOS / YOT switching; seven recommendations
    ("easington-yos-2019", facts([
        svc("Easington Youth Offending Service", "Easington YOS", "YJS", RI)], "2019-12-05", "2019-09", 7),
     """N| [Easington Youth Offending Service|S] – inspection outcome

N| [Thursday, 5th December 2019|D]

N| [Easington Youth Offending Service|S] receives a ‘[Requires improvement|R]’ verdict, the first time it has been assessed against the current standards.
N| The inspection, which took place in [September 2019|D], covered the service’s management, its casework and its out-of-court work.

S| Inspectors commended the staff for their commitment and for the creative group work offered to girls.
W| But the YOT’s partnership with children’s social care was described as patchy, with social workers often missing from review meetings.
W| The health offer was fragmented, and a wait of several months to see a mental health worker was common.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Plainly [Easington|S] could become a strong service.
W| “For now, though, too much depends on the goodwill of individual staff rather than on sound systems.”

R| Seven recommendations have been made, five of them directed to the YOS itself and a further two to [Durham County Council|A].
"""),
    # 12. a youth service "awarded X ‘Outstanding’ overall, the top of the inspectorate’s four grades"; a quote over two
    #     paragraphs ("Mr Russell added"); "Fieldwork for this inspection took place in April 2022"; notes "From 26 July
    #     2022 the full report is online"; "only a pair of recommendations"
    ("horden-yjs-2022", facts([
        svc("Horden Youth Justice Service", "Horden YJS", "YJS", OUT)], "2022-07-26", "2022-04", 2),
     """N| [Horden youth team|S] earns top mark from inspectors

N| Inspectors have awarded [Horden Youth Justice Service|S] ‘[Outstanding|R]’ overall, the top of the inspectorate’s four grades.
N| Fieldwork for this inspection took place in [April 2022|D].

S| Every child’s case was overseen by a manager who knew the child, and the quality of assessments was consistently high.
S| The service had worked with local schools so that every child it supervised had a school place.
S| Inspectors described [Horden|S]’s work with victims as sensitive and thorough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Exceptional work is being done here by a small team.
S| “The board challenges the service properly, and staff feel trusted.”

N| Mr Russell added: “I hope other services will come to see how [Horden|S] does it.”

R| The report contains only a pair of recommendations, both aimed at keeping standards high as the team expands.

N| Notes to editors
N| 1. From [26 July 2022|D] the full report is online at the [HM Inspectorate of Probation|A] site.
"""),
    # 13. an NPS division in 2018: "Published: 26 Jul 2018"; "comes out as ‘...’ overall"; the short "NPS Northumberland
    #     Coast"; fieldwork "in March 2018"; five recommendations, one for HMPPS
    ("northumberland-coast-nps-division-2018", facts([
        svc("National Probation Service – Northumberland Coast Division", "NPS Northumberland Coast", "region", GOOD)],
        "2018-07-26", "2018-03", 5),
     """N| News

N| Probation division on the Northumberland coast judged ‘[Good|R]’

N| Published: [26 Jul 2018|D]

N| Under the four-point scale introduced this year, the [National Probation Service – Northumberland Coast Division|S] comes out as ‘[Good|R]’ overall.
N| A team from [HM Inspectorate of Probation|A] read 90 of the division’s cases in [March 2018|D].

S| Court advice was well researched and punctual, so sentencers could rely on it.
S| Management of the highest-risk people was careful, with close involvement from [Northumbria Police|A] through [MAPPA|A].
W| Disappointingly, some victims who had opted into the contact scheme heard nothing for long periods.
W| Staff sickness had also left some teams stretched, and a few officers carried caseloads above the division’s own limit.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Northumberland Coast|S] gives the public good reason for confidence.
R| “Its leaders should now make victim contact as dependable as its work with the courts.”

R| Of the five recommendations, the division itself is to take forward four, with [HMPPS|A] responsible for the fifth.
"""),
    # 14. a youth service that has dropped a grade, the previous rating beside the current one ("a fall from the ‘Good’
    #     awarded in 2021"); "Y&JS" / "YJS" switching; year-less "published today (Tuesday, 14 January)" under the
    #     fieldwork's "September 2024"; a council reply; six recommendations
    ("wingate-yjs-2025", facts([
        svc("Wingate Youth and Justice Service", "Wingate Y&JS", "YJS", RI)], "2025-01-14", "2024-09", 6),
     """N| Youth justice in Wingate slips a grade

N| A report published today (Tuesday, [14 January|D]) puts [Wingate Youth and Justice Service|S] (Y&JS) at ‘[Requires improvement|R]’, a fall from the ‘[Good|R]’ awarded in [2021|D].
N| Inspectors carried out a week’s fieldwork in [September 2024|D].

W| A reorganisation of the council’s children’s services had pulled experienced managers away, and case oversight had weakened as a result.
W| Just 9 of the 22 cases had a plan that dealt adequately with the safety of other people.
S| Despite the upheaval, children and their families told inspectors that their workers were reliable and listened to them.
S| The [Wingate Y&JS|S] education worker had helped several children return to school after long absences.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wingate|S] was a good service three years ago, but it has lost its way.
R| “The partnership must rebuild management oversight quickly and make sure every plan deals properly with risk to others.”

R| There are six recommendations, five of which concern the [Wingate YJS|S] and one [Durham County Council|A].

N| A spokesperson for [Durham County Council|A] said: “All of the findings are accepted, and a permanent head of service is now in post.”
"""),
    # 15. a youth service on a GOV.UK page, "Inspectors’ overall grade for X is ‘...’, one step short of ‘Good’";
    #     "whilst" and "on paper ... however" turns; fieldwork "from 30 January to 3 February 2023"; the notes' "Embargo:
    #     00.01, 16 May 2023"; six recommendations
    ("ouston-yjs-2023", facts([
        svc("Ouston Youth Justice Service", "Ouston YJS", "YJS", RI)], "2023-05-16", "2023-01", 6),
     """N| Press release

N| Progress made but more to do in Ouston, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Inspectors’ overall grade for [Ouston Youth Justice Service|S] is ‘[Requires improvement|R]’, one step short of ‘[Good|R]’.
N| They spent from [30 January to 3 February 2023|D] examining its court order cases and its out-of-court disposals.

W| Whilst the service’s leaders had a sensible plan, much of it had still to reach frontline practice.
W| On paper, procedures for sharing information with children’s social care were sound; in practice, however, referrals were often chased for weeks.
S| Positively, nearly all children were linked to a named education, training or employment worker, and attendance was closely tracked.
S| The volunteers who sat on referral order panels were well trained and thoughtful.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ouston|S]’s staff are plainly committed to the children on their books.
W| “Yet when judging what harm a child could do, assessments too often skated over incidents at home.”

R| Six recommendations follow; two fall to the board, the remaining four to the service.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [16 May 2023|D], when the report goes live on the [HM Inspectorate of Probation|A] website.
"""),
    # 16. a PDU inside its region, its sibling units’ grade beside its own ("lands at ‘...’"); "Published: 24 Oct 2023";
    #     "in May and June 2023"; "scored just a single point more than a unit judged ‘Inadequate’" (a judgement, no
    #     fact); five recommendations
    ("bowburn-pdu-2023", facts([
        svc("Bowburn Probation Delivery Unit", "Bowburn PDU", "PDU", RI)], "2023-10-24", "2023-05", 5),
     """N| News

N| Published: [24 Oct 2023|D]

N| County Durham probation unit given ‘[Requires improvement|R]’

N| [Bowburn Probation Delivery Unit|S], within the [Probation Service – North East region|S], lands at ‘[Requires improvement|R]’, the grade both of the region’s other units inspected this year also received.
W| It was a near thing: [Bowburn|S] scored just a single point more than a unit judged ‘[Inadequate|R]’.
N| Inspectors were in the unit in [May and June 2023|D].

W| One senior probation officer was overseeing more than twenty staff, and case supervision was squeezed into the margins.
W| Checks with [Durham Constabulary|A] on domestic abuse were made at the start of supervision but rarely repeated.
S| Still, [Bowburn|S]’s accommodation workers had found settled homes for most people leaving custody, a real achievement in a tight housing market.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bowburn|S] is fragile, held together by the goodwill of its staff.
R| “Regional leaders must give the unit the managers it needs if that goodwill is not to run out.”

R| There are five recommendations in all.
"""),
    # 17. a youth offending service in 2018 on a council page ("Posted on 29/11/2018"), third-person findings beside the
    #     council's thanks; "emerges from inspection with a ‘Good’"; "in September 2018"; YOS / YOT switching; four
    #     recommendations
    ("widdrington-yos-2018", facts([
        svc("Widdrington Youth Offending Service", "Widdrington YOS", "YJS", GOOD)], "2018-11-29", "2018-09", 4),
     """N| Posted on [29/11/2018|D]

N| Praise for [Widdrington youth offending service|S]

N| [Widdrington Youth Offending Service|S] emerges from inspection with a ‘[Good|R]’, as the report published today confirms.
N| Inspectors visited in [September 2018|D] and looked at 25 cases.

S| The report notes that the YOT’s case managers saw children quickly after sentence and involved parents from the first meeting.
S| It singles out the restorative justice worker, whose work with victims was described as exemplary.
W| Inspectors were less impressed by the way the service measured its own performance, which relied on a handful of national indicators.

N| Speaking for [Northumberland County Council|A], the portfolio holder for children thanked every member of the team.

R| The report includes four recommendations, which the service will take forward with its partners.
"""),
    # 18. two County Durham youth services in one local-news story; the reports "went public on Tuesday (3 December)" under a
    #     byline of Thursday 5 December 2024; "X comes out on top with ‘...’; Y has landed on ‘...’"; fieldwork "in
    #     August and September 2024"; nine recommendations "six for Willington and three for Middleton-in-Teesdale"
    ("willington-and-middleton-in-teesdale-yjs-2024", facts([
        svc("Willington Youth Justice Service", "Willington YJS", "YJS", RI),
        svc("Middleton-in-Teesdale Youth Justice Service", "Middleton-in-Teesdale YJS", "YJS", GOOD)],
        "2024-12-03", "2024-08", 9),
     """N| Dales youth justice teams get contrasting verdicts

N| By [Gary Hutchinson|X]

N| [Thursday 5 December 2024|D]

N| Reports on [Willington Youth Justice Service|S] and [Middleton-in-Teesdale Youth Justice Service|S] went public on Tuesday ([3 December|D]), after inspections in [August and September 2024|D].
N| [Middleton-in-Teesdale|S] comes out on top with ‘[Good|R]’; [Willington|S] has landed on ‘[Requires improvement|R]’.

S| According to inspectors, [Middleton-in-Teesdale|S] understood each family it worked with and gave them time.
W| At [Willington YJS|S], turnover among case managers meant a few children had seen three different workers in a year.
W| Plans for children in care placed outside the county were, in the inspectors’ words, “thin and out of date”.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both rural services face the same challenges of distance and scattered communities.
S| “[Middleton-in-Teesdale|S] has met them with imagination and care.”

R| The reports list nine recommendations: six for [Willington|S] and three for [Middleton-in-Teesdale|S].

N| [Durham County Council|A] said it welcomed both reports.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
