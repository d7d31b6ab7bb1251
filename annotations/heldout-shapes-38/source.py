"""Builds the thirty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Cornish PDUs in one justiceinspectorates news item, the region named first ("three units that Probation
    #    Service – South West region runs in Cornwall"): "X and Z sit at ‘...’, while Y has been handed ‘...’";
    #    "Published: 4 Mar 2025"; fieldwork "during October 2024"; nine recommendations "three per unit"
    ("penryn-lostwithiel-and-st-columb-pdus-2025", facts([
        svc("Penryn Probation Delivery Unit", "Penryn PDU", "PDU", RI),
        svc("Lostwithiel Probation Delivery Unit", "Lostwithiel PDU", "PDU", INAD),
        svc("St Columb Probation Delivery Unit", "St Columb PDU", "PDU", RI)], "2025-03-04", "2024-10", 9),
     """N| News

N| Three probation units in Cornwall under the spotlight

N| Published: [4 Mar 2025|D]

N| Today’s reports cover three units that [Probation Service – South West region|S] runs in Cornwall: [Penryn Probation Delivery Unit|S], [Lostwithiel Probation Delivery Unit|S] and [St Columb Probation Delivery Unit|S].
N| [Penryn|S] and [St Columb|S] sit at ‘[Requires improvement|R]’, while [Lostwithiel|S] has been handed ‘[Inadequate|R]’.
N| Each unit was visited by the inspectorate’s teams during [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lostwithiel|S] had lost most of its experienced officers in the space of a year, and the newly qualified staff who replaced them were carrying cases far beyond their training.
W| “In over half the files we read there, nobody had asked the police about domestic abuse.
S| “[Penryn|S] and [St Columb|S] have fared better: team managers have held things together, and those on probation said their officers listened to them.”

S| [St Columb PDU|S] stood out for its unpaid work scheme, which had worked through the hours left outstanding after the pandemic.
W| In all three units, sentence plans seldom said how anyone would know whether the person was making progress.
W| Rural travel times meant that some people in the [Penryn PDU|S] area had appointments only by telephone, even when home visits were plainly needed.

R| Nine recommendations have been made in total, three per unit.
"""),
    # 2. two Cotswold youth services in a local-news story: "reports issued on Tuesday (18 June)" under a byline of
    #    Friday 21 June 2024; "HM Inspectorate of Probation gave X a ‘...’, and Y earned ‘...’, the top mark available";
    #    Fairford's resettlement "marked separately, came in at ‘...’"; the council's reply; five recommendations
    ("moreton-in-marsh-and-fairford-yjs-2024", facts([
        svc("Moreton-in-Marsh Youth Justice Service", "Moreton-in-Marsh YJS", "YJS", GOOD),
        svc("Fairford Youth Justice Service", "Fairford YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-06-18", "2024-02", 5),
     """N| Praise from watchdog for youth teams in the north Cotswolds

N| By [Hannah Coldicott|X]

N| [Friday 21 June 2024|D]

N| Two youth justice services in the Cotswolds have come through their inspections with credit, according to reports issued on Tuesday ([18 June|D]).
N| [HM Inspectorate of Probation|A] gave [Moreton-in-Marsh Youth Justice Service|S] a ‘[Good|R]’, and [Fairford Youth Justice Service|S] earned ‘[Outstanding|R]’, the top mark available.
S| [Fairford|S]’s resettlement work, marked separately, came in at ‘[Good|R]’.
N| Inspectors visited both services in [February 2024|D].

S| The inspectors said [Fairford|S]’s case workers were persistent, creative and never gave up on a child, however many appointments had been missed.
S| They applauded [Moreton-in-Marsh|S] for its strong links with local schools and a youth worker who ran evening sessions at the village hall.
W| They did warn, however, that [Moreton-in-Marsh YJS|S] was not consistently telling victims what had happened to the children who had harmed them.

R| Of the five recommendations, three go to [Moreton-in-Marsh|S] and two to [Fairford|S].

N| A spokesperson for [Gloucestershire County Council|A] said: “We are delighted for both teams, who work incredibly hard.”
"""),
    # 3. a CRC and an NPS division in one 2019 release (older names, several services): "The CRC ... emerges as ‘...’;
    #    the division ... as ‘...’"; the division's victim work "carries a separate grade, and it fell a step short";
    #    fieldwork "In October and November 2018"; "Published: 19 Feb 2019"; eleven recommendations, "seven ... four
    #    ..."
    ("caradon-and-tamar-crc-and-teignbridge-nps-2019", facts([
        svc("Caradon and Tamar Community Rehabilitation Company", "Caradon and Tamar CRC", "CRC", INAD),
        svc("National Probation Service – Teignbridge Division", "NPS Teignbridge", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-02-19", "2018-10", 11),
     """N| Probation in the far South West: the two halves of the service compared

N| Published: [19 Feb 2019|D]

N| In [October and November 2018|D], [HM Inspectorate of Probation|A] examined both halves of probation in the area: [Caradon and Tamar Community Rehabilitation Company|S] (CRC), alongside the [National Probation Service – Teignbridge Division|S].
N| The CRC, which supervises lower-risk offenders, emerges as ‘[Inadequate|R]’; the division, which handles high-risk cases, as ‘[Good|R]’.
W| Victim work in the division carries a separate grade, and it fell a step short of the division as a whole: ‘[Requires improvement|R]’.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Those under this CRC’s supervision, and the wider public too, are being failed.
W| “In the CRC, officers with 150 or more cases were reduced to phone calls every few weeks, and nobody could tell us whether the risk posed by many of those people had gone up or down.
S| “[NPS Teignbridge|S], by contrast, is led with purpose, and its reports to court are prepared with real care.”

W| Inspectors were troubled to see that the [Caradon and Tamar CRC|S] had almost no specialist work with women.
S| Relations between the division and [Devon and Cornwall Police|A] were close, and joint supervision of sexual offenders worked well.
W| Hand-overs from the division to the CRC after sentence were sometimes delayed by weeks.

R| Eleven recommendations are made: seven go to the CRC together with [Working Links|A], which owns it, and four to the division.

N| A [Working Links|A] spokesperson said the company would study the findings carefully.
"""),
    # 4. a unit inside its region, the region in the headline ("South West probation region: ...") and the notes: "The
    #    verdict on X ... is ‘...’"; the region's own 2023 rating as context; fieldwork "10 - 14 June 2024"; "From 00.01
    #    on 17 September 2024, anyone can read the report" in the notes; "Mr Jones went on"; seven recommendations
    ("hatherleigh-pdu-2024", facts([
        svc("Hatherleigh Probation Delivery Unit", "Hatherleigh PDU", "PDU", INAD)], "2024-09-17", "2024-06", 7),
     """N| [South West probation region|S]: bottom grade for unit in west Devon

N| The verdict on [Hatherleigh Probation Delivery Unit|S], which covers a large stretch of rural west Devon, is ‘[Inadequate|R]’.
N| Its parent region, [Probation Service – South West region|S], was itself inspected in [2023|D] and given ‘[Requires improvement|R]’.
N| The inspection team’s visit ran [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hatherleigh|S] had lost its grip on who was being seen and who was not.
W| “We found people released from prison who had waited three weeks for a first meeting with their probation officer.”

W| Mr Jones went on: “The staff who remain are doing their best, yet they are stretched so thin that basic safeguarding checks are being skipped.”

S| A notable exception was integrated offender management, run jointly with [Devon and Cornwall Police|A], which inspectors described as tightly organised.
W| Fewer than a third of the risk assessments examined were judged sufficient.

R| Of seven recommendations, five are for [Hatherleigh PDU|S] and two for those who lead the region.

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [17 September 2024|D], anyone can read the report on the inspectorate’s website.
N| 2. The [South West region|S] has 12 probation delivery units.
"""),
    # 5. a unit inside its region on a GOV.UK page with a long "and" name and no "Published" line: "HM Inspectorate of
    #    Probation today (Tuesday, 9 July) publishes its report on X and judges it to need improvement: its overall
    #    rating is ‘...’" (no year: the fieldwork's, January 2024); leadership "scored as a standalone domain"; two
    #    sibling units' ratings as context; "Good leadership" opening a quote; six recommendations
    ("burnham-on-sea-and-highbridge-pdu-2024", facts([
        svc("Burnham-on-Sea and Highbridge Probation Delivery Unit", "Burnham-on-Sea and Highbridge PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2024-07-09", "2024-01", 6),
     """N| Press release

N| Probation unit on the Somerset coast must strengthen risk work

N| Report on [Burnham-on-Sea and Highbridge Probation Delivery Unit|S] published.

N| From: [HM Inspectorate of Probation|A]

N| [HM Inspectorate of Probation|A] today (Tuesday, [9 July|D]) publishes its report on [Burnham-on-Sea and Highbridge Probation Delivery Unit|S] and judges it to need improvement: its overall rating is ‘[Requires improvement|R]’.
S| Leadership, scored as a standalone domain, reached ‘[Good|R]’.
N| The fieldwork dates from [January 2024|D].
N| [Burnham-on-Sea and Highbridge PDU|S] is one of a dozen units under [Probation Service – South West region|S].
N| Two neighbouring units inspected earlier in the year, [Dulverton PDU|S] and [Wellington PDU|S], were placed at ‘[Requires improvement|R]’ and ‘[Inadequate|R]’ respectively.

S| The head of the PDU had brought stability after a turbulent period, and staff told inspectors that managers backed them up.
W| Even so, a sound plan for managing serious harm existed in just 14 of the 36 cases inspectors looked at.
W| Officers seldom visited homes, even where children were living in the same house.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good leadership has given this unit a chance, but it has not yet been turned into safer practice on the front line.
R| “Every practitioner must be able to explain how their work protects partners and children.”

R| The report contains six recommendations.
"""),
    # 6. a Probation Trust in 2013, before ratings: "Inspectors were pleased to note that:" / "However, inspectors were
    #    concerned that:" bullet lists; the verdict in the first sentence; "Wednesday, 13th March 2013" at the top with
    #    "released this morning"; fieldwork "in November 2012"; eight recommendations
    ("penwith-and-kerrier-probation-trust-2013", facts([
        svc("Penwith and Kerrier Probation Trust", "Penwith and Kerrier Probation Trust", "other", None)],
        "2013-03-13", "2012-11", 8),
     """N| Probation work in west Cornwall – findings published

N| [Wednesday, 13th March 2013|D]

S| Offenders supervised by [Penwith and Kerrier Probation Trust|S] are generally well managed, concludes a report that [Her Majesty’s Inspectorate of Probation|A] released this morning.
N| A team of inspectors assessed a sample of 72 cases in [November 2012|D].

N| Inspectors were pleased to note that:
S| • almost every initial assessment had been finished within the required time;
S| • offenders with drug problems were referred promptly to treatment;
S| • good use was made of local volunteers as mentors.

N| However, inspectors were concerned that:
W| • one case in five underestimated the harm the offender might do to others;
W| • home visits to those convicted of domestic violence were rare;
W| • contact with [Devon and Cornwall Police|A] about high-risk cases depended too heavily on individuals.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Local knowledge runs deep in this small Trust, and offenders benefit from it.
R| “Its managers now need to make public protection work as strong as the Trust’s efforts to cut reoffending.”

R| Eight recommendations appear in the report.
"""),
    # 7. a youth offending team written out, on a council news page in 2016, before ratings: a day/month/year date line
    #    ("Date: 08/09/2016"); a short quality inspection "done in May 2016 under the lead of" the inspectorate; all
    #    four recommendations to the management board; the council's reply
    ("braunton-yot-2016", facts([
        svc("Braunton Youth Offending Team", "Braunton YOT", "YJS", None)], "2016-09-08", "2016-05", 4),
     """N| Inspection report on youth offending work published

N| Date: [08/09/2016|D]

N| A short quality inspection of [Braunton Youth Offending Team|S] (YOT), done in [May 2016|D] under the lead of [HM Inspectorate of Probation|A], has produced its report.

S| The report says staff at the YOT had a firm grasp of each child’s circumstances and were skilled at keeping them engaged.
S| Reparation projects on the coast path gave children a real chance to put something back.
W| Inspectors were less satisfied with how the [Braunton YOT|S] planned for children who might harm others, and said the quality of this work varied from one case manager to another.
W| Health assessments were often missing, and some children had been on the [CAMHS|A] waiting list for months.

R| The management board receives all four of the report’s recommendations.

N| Councillor [James Ayre|X], the [Devon County Council|A] cabinet member responsible for children, said the team deserved thanks for their hard work and that every point raised by the inspectors would be acted on.
"""),
    # 8. an "Outstanding" youth service on a GOV.UK page with two aspects rated separately: "‘...’, the best of the four
    #    grades, has gone to X"; out-of-court disposals and resettlement "carry ratings of their own"; "Inspectors
    #    visited from 29 April to 3 May 2024"; "Published 15 August 2024"; three recommendations
    ("chudleigh-yjs-2024", facts([
        svc("Chudleigh Youth Justice Service", "Chudleigh YJS", "YJS", OUT,
            [{"aspect": "out-of-court disposals", "rating": GOOD},
             {"aspect": "resettlement", "rating": OUT}])], "2024-08-15", "2024-04", 3),
     """N| Press release

N| Top grade for youth justice team in Devon

N| From: [HM Inspectorate of Probation|A]

N| Published [15 August 2024|D]

N| ‘[Outstanding|R]’, the best of the four grades, has gone to [Chudleigh Youth Justice Service|S], and [HM Inspectorate of Probation|A]’s report explains why.
S| The two parts of its work that carry ratings of their own both did well: out-of-court disposals were graded ‘[Good|R]’ and resettlement ‘[Outstanding|R]’.
N| Inspectors visited from [29 April to 3 May 2024|D].

S| Several children said their workers “actually turned up” and helped with things that mattered to them, from housing to getting a bank account.
S| The management board, whose chair is a senior manager at [Devon County Council|A], knew the service’s strengths and weaknesses in detail.
W| The only real gap was in diversion cases, where the child’s views were not always written into the plan.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In everything [Chudleigh|S] does, children come first.
S| “Staff and partners deserve enormous credit for a service of this standard.”

R| The report offers three recommendations, aimed at keeping the service at this level.
"""),
    # 9. a council page with the previous rating beside the current one: "... now classes X as ‘...’, a steep fall from
    #    the ‘...’ it earned last time, in 2021"; "Posted on 23/01/2025"; fieldwork "began on 30 September 2024 and
    #    lasted a week"; ten recommendations; the director's apology
    ("topsham-yjs-2025", facts([
        svc("Topsham Youth Justice Service", "Topsham YJS", "YJS", INAD)], "2025-01-23", "2024-09", 10),
     """N| Council statement: inspection of [Topsham Youth Justice Service|S]

N| Posted on [23/01/2025|D]

N| [HM Inspectorate of Probation|A] now classes [Topsham Youth Justice Service|S] as ‘[Inadequate|R]’, a steep fall from the ‘[Good|R]’ it earned last time, in [2021|D].
N| The inspectors’ fieldwork began on [30 September 2024|D] and lasted a week.

W| Their report finds that the service lost sight of children’s safety after a restructure in which experienced staff left and were not replaced.
W| Work to keep children away from criminal exploitation was described as disjointed, because what [Devon and Cornwall Police|A] knew and what the service knew was never brought together.
W| The report also says the board had been told the service was doing well and had not asked enough questions.
S| Inspectors noted that relationships between children and their workers were often warm and trusting.

R| Ten recommendations have been made, for the service, the board and partner agencies.

N| [Rachel Hext|X], the council’s Director of Children’s Services, said: “This is not the service our children should expect, and I am sorry.
N| “We have put an interim head of service in place, and an improvement plan will be published within weeks.”
"""),
    # 10. a remote inspection in 2021 of a youth offending service: "the whole inspection was conducted remotely in July
    #     2021"; "For X, the outcome of this inspection by HMI Probation is ‘...’"; "Thursday, 4th November 2021" at the
    #     top; "in only 11 of the 24 cases"; six recommendations
    ("modbury-yos-2021", facts([
        svc("Modbury Youth Offending Service", "Modbury YOS", "YJS", RI)], "2021-11-04", "2021-07", 6),
     """N| Youth offending service in the South Hams – report published

N| [Thursday, 4th November 2021|D]

N| For [Modbury Youth Offending Service|S], the outcome of this inspection by [HMI Probation|A] is ‘[Requires improvement|R]’.
N| Pandemic restrictions meant the whole inspection was conducted remotely in [July 2021|D].

S| During lockdown, case workers had stayed in contact by calling at children’s doors and taking them for walks, so no child was left without contact.
W| However, case managers considered the safety of other people properly in only 11 of the 24 cases inspected.
W| The service had no clear arrangements for children moving to adult probation at 18.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Modbury|S] has plenty of goodwill, but goodwill cannot make up for weak planning around risk.
R| “I expect the board to start scrutinising the quality of case work far more closely.”

R| The report lists six recommendations.
"""),
    # 11. a 2025-26 public-protection inspection of a PDU: no rating, "Context" / "Findings" bullets with the region,
    #     "Skip to content" and an empty "Published:" line; "Today (Thursday 6 November 2025) ... released"; fieldwork
    #     "in July 2025"; four recommendations
    ("brockworth-and-quedgeley-pdu-2025", facts([
        svc("Brockworth and Quedgeley Probation Delivery Unit", "Brockworth and Quedgeley PDU", "PDU", None)],
        "2025-11-06", "2025-07", 4),
     """N| Skip to content

N| Published:

N| Public protection: what inspectors found at a probation unit in Gloucestershire

N| Today ([Thursday 6 November 2025|D]) [HM Inspectorate of Probation|A] released what it found in its public protection inspection of [Brockworth and Quedgeley Probation Delivery Unit|S].
N| This type of inspection ends without a rating.
N| The inspection team carried out its fieldwork in [July 2025|D].

N| Context
N| • Its parent body: [Probation Service – South West region|S].
N| • It supervises about 900 people living around Gloucester.

N| Findings
W| • Practitioners did not always look beyond what the person on probation told them, and police records went unchecked in most of the cases where a check was needed.
S| • Joint work with [Gloucestershire Constabulary|A] through [MAPPA|A] was efficiently run, and the highest-risk cases got close attention.
W| • Too many cases had passed between several officers in a short time.
S| • Managers countersigned risk plans promptly and gave useful feedback.

R| Four recommendations are put forward, addressed to both the unit and its region.
"""),
    # 12. a 2020 youth service with its fieldwork "from 24 to 28 February 2020": "Inspectors gave X a ‘...’"; "Tuesday,
    #     9th June 2020" at the top; court disposals "graded on their own"; four recommendations
    ("marazion-yjs-2020", facts([
        svc("Marazion Youth Justice Service", "Marazion YJS", "YJS", GOOD,
            [{"aspect": "court disposals", "rating": OUT}])], "2020-06-09", "2020-02", 4),
     """N| Youth justice team in west Cornwall judged ‘[Good|R]’

N| [Tuesday, 9th June 2020|D]

N| Inspectors gave [Marazion Youth Justice Service|S] a ‘[Good|R]’ after a visit lasting from [24 to 28 February 2020|D].
S| Court disposals, graded on their own, reached ‘[Outstanding|R]’.

S| Inspectors found that children given court orders were supported by a stable team who knew them and their families well.
S| Links with [Cornwall Council|A]’s education service meant that children excluded from school quickly found another place.
W| By contrast, out-of-court work lacked structure, and decisions about which children were offered diversion were not recorded clearly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “What stands out is a team that plainly cares about the young people it works with.
W| “The one area that lags behind is diversion, where the service’s good intentions have not yet been matched by good systems.”

R| Four recommendations follow, all of them about improving out-of-court work.
"""),
    # 13. "Inspectors did this work in September 2020": "Overall, inspectors placed X at the second-lowest grade,
    #     ‘...’"; a North Somerset youth service; "Published: 12 Jan 2021"; five recommendations, one to the police
    ("congresbury-yjs-2021", facts([
        svc("Congresbury Youth Justice Service", "Congresbury YJS", "YJS", RI)], "2021-01-12", "2020-09", 5),
     """N| News

N| Published: [12 Jan 2021|D]

N| Youth service in North Somerset told to improve

N| Overall, inspectors placed [Congresbury Youth Justice Service|S] at the second-lowest grade, ‘[Requires improvement|R]’.
N| Inspectors did this work in [September 2020|D], among the first visits since the pandemic began.

S| Inspectors commended the tenacity of case managers, who found ways to stay in touch with children during lockdown.
W| Its management board, however, met irregularly and rarely checked whether its decisions had made any difference.
W| Information about exploited children, or those at risk, was not consistently passed to the service by [Avon and Somerset Constabulary|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Front-line staff at [Congresbury|S] are working hard, yet a board that has not given them clear direction has let them down.
R| “Board members should attend regularly and hold every partner to its commitments.”

R| Of the report’s five recommendations, one is addressed to [Avon and Somerset Constabulary|A].
"""),
    # 14. a PDU with its previous rating beside the current one: "Once more, inspectors have given X a ‘...’"; "Its
    #     previous report, from March 2023, had also rated it ‘...’"; "This time the inspectors’ fieldwork took place in
    #     April 2025"; "The report’s embargo ends at 00.01 on 12 August 2025" in the notes; four recommendations
    ("stow-on-the-wold-pdu-2025", facts([
        svc("Stow-on-the-Wold Probation Delivery Unit", "Stow-on-the-Wold PDU", "PDU", RI)], "2025-08-12", "2025-04", 4),
     """N| Probation in the north Cotswolds: some progress, but not enough

N| Once more, inspectors have given [Stow-on-the-Wold Probation Delivery Unit|S] a ‘[Requires improvement|R]’.
N| Its previous report, from [March 2023|D], had also rated it ‘[Requires improvement|R]’.
N| This time the inspectors’ fieldwork took place in [April 2025|D].

S| Staffing had improved since the last visit, with every probation officer post now filled.
S| Inspectors saw better assessments of whether partners and ex-partners were at risk.
W| But the unit had moved slowly on what the previous report said about unpaid work, where hours were still lost to cancelled sessions.
W| Where a sex offender’s circumstances changed, their supervision was not always reviewed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The direction [Stow-on-the-Wold|S] is taking encourages me, but two years on, too much is unchanged.
R| “The unit’s leaders must now give unpaid work the attention it has lacked.”

R| Four recommendations are made.

N| ENDS

N| Notes to editors
N| 1. The report’s embargo ends at 00.01 on [12 August 2025|D].
"""),
    # 15. a youth justice service where the name is a long one with an ampersand: "Wotton-under-Edge & Berkeley Youth
    #     Justice Service", short "Wotton & Berkeley YJS"; "The inspectors of ... have given X an overall ‘...’"; no
    #     count of recommendations (null); "Wed 12 February 2025" date line
    ("wotton-under-edge-and-berkeley-yjs-2025", facts([
        svc("Wotton-under-Edge & Berkeley Youth Justice Service", "Wotton & Berkeley YJS", "YJS", GOOD)],
        "2025-02-12", "2024-11", None),
     """N| Youth justice partnership in South Gloucestershire rated ‘[Good|R]’

N| [Wed 12 February 2025|D]

N| The inspectors of [HM Inspectorate of Probation|A] have given [Wotton-under-Edge & Berkeley Youth Justice Service|S] an overall ‘[Good|R]’.
N| The inspection team’s week of fieldwork came at the end of [November 2024|D].

S| The inspectors found a service that understood the children it worked with and the pressures on their families.
S| [Wotton & Berkeley YJS|S] and [South Gloucestershire Council|A]’s children’s social care worked closely together, so that children at risk of harm were seen quickly.
W| Less positively, what victims had said was not always reflected in plans to protect others.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A confident service with committed staff, it can take real pride in its achievements.
N| “Our report sets out where it can go further.”
"""),
    # 16. a 2018 youth offending service, the first year of ratings: "Inspectors from HMI Probation have put X on ‘...’,
    #     the lowest possible rating"; "Published: 27 Nov 2018" above the headline; fieldwork "during the week of 9 July
    #     2018"; a call to the county council by name; seven recommendations
    ("churchdown-yos-2018", facts([
        svc("Churchdown Youth Offending Service", "Churchdown YOS", "YJS", INAD)], "2018-11-27", "2018-07", 7),
     """N| News

N| Published: [27 Nov 2018|D]

N| Youth offending service near Gloucester given lowest rating

N| Inspectors from [HMI Probation|A] have put [Churchdown Youth Offending Service|S] on ‘[Inadequate|R]’, the lowest possible rating, in their first report since youth services began to be graded.
N| Inspectors visited during the week of [9 July 2018|D], among the first to apply the inspectorate’s new standards for youth services.

W| No permanent manager had been in post for 18 months, and the management board rarely discussed the quality of work with children.
W| Fewer than half of the inspected cases had an assessment that properly considered the child’s safety.
S| Case managers, most of them experienced, were nonetheless committed, and children spoke well of them.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Local children and the public were failed by a board that did not know what was happening on the ground.
R| “[Gloucestershire County Council|A] and the other partners must treat this as a priority.”

R| Seven recommendations are made, the majority addressed to the management board.

N| ENDS
"""),
    # 17. a PDU in 2022 that came close to ‘Inadequate’: "has been graded ‘...’ by inspectors"; "It missed the ‘...’
    #     band by a narrow margin" (a judgement, no fact); "in the first half of November 2021"; "Mr Russell continued";
    #     "Release time for the report: 00.01 on Tuesday 15 March 2022" in the notes; six recommendations
    ("chulmleigh-and-south-molton-pdu-2022", facts([
        svc("Chulmleigh and South Molton Probation Delivery Unit", "Chulmleigh and South Molton PDU", "PDU", RI)],
        "2022-03-15", "2021-11", 6),
     """N| Probation unit in north Devon ‘close to the lowest rating’

N| [Chulmleigh and South Molton Probation Delivery Unit|S] has been graded ‘[Requires improvement|R]’ by inspectors.
W| It missed the ‘[Inadequate|R]’ band by a narrow margin.
N| [HMI Probation|A] inspected the unit in the first half of [November 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “New staff far outnumbered experienced ones, and managers had no time to guide them.
W| “Risk of harm was managed well enough in just 12 of the 31 cases we inspected.”

S| Mr Russell continued: “Despite this, I was struck by how determined the staff were to help the people they supervise, often travelling long distances across a large rural patch.”

S| Joint work on domestic abuse call-outs, shared between the unit and [Devon and Cornwall Police|A], was well established.
W| People waited a long time for accredited programmes, and some reached the end of their order without ever starting one.

R| The report sets out six recommendations, directed at the unit itself and at regional leaders.

N| ENDS

N| Notes to editors
N| 1. Release time for the report: 00.01 on [Tuesday 15 March 2022|D].
N| 2. [Chulmleigh and South Molton PDU|S] supervises about 750 people.
"""),
    # 18. a youth offending team written out, rated, in a local-news story: the headline's lower-case "Wrington youth
    #     offending team"; "X is ‘...’, in the view of inspectors from HMI Probation, whose report came out today
    #     (Wednesday, 16 October)" under a byline of 16 October 2019; out-of-court disposals "which the inspectors rated
    #     on its own"; fieldwork "in June 2019"; four recommendations; a councillor's reply
    ("wrington-yot-2019", facts([
        svc("Wrington Youth Offending Team", "Wrington YOT", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-10-16", "2019-06", 4),
     """N| ‘[Good|R]’ rating for [Wrington youth offending team|S]

N| By [Owen Trevitt|X], Local Democracy Reporter

N| [16 October 2019|D]

N| [Wrington Youth Offending Team|S] is ‘[Good|R]’, in the view of inspectors from [HMI Probation|A], whose report came out today (Wednesday, [16 October|D]).
S| Its work on out-of-court disposals, which the inspectors rated on its own, earned ‘[Outstanding|R]’.
N| The team was inspected in [June 2019|D].

S| The report praised the team’s youth workers for their knowledge of local young people, and said children were given a real say in their plans.
S| Close links with [Avon and Somerset Constabulary|A] meant children could be diverted from court quickly.
W| However, inspectors found that some case managers underestimated the risk that a few children posed to their brothers and sisters.
N| The team works with about 70 children at any one time.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wrington|S] has a team that children trust, and that is no small achievement.”

R| Four recommendations are made, including better training on risk for case managers.

N| Councillor [Anne Pryor|X], [North Somerset Council|A]’s executive member for children’s services, said she was “very proud” of the team.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
