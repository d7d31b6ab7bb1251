"""Builds the seventeenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Yorkshire PDUs on a GOV.UK page, the region named before the units ("both run by Probation Service –
    #    Yorkshire & the Humber region"): "X is graded ‘...’, while Y fares worse and lands on the scale’s last rung,
    #    ‘...’"; the standfirst's "units covering X and Y"; "five go to Y and four to X"; the regional director's reply
    ("boroughbridge-and-market-weighton-pdus-2024", facts([
        svc("Boroughbridge Probation Delivery Unit", "Boroughbridge PDU", "PDU", RI),
        svc("Market Weighton Probation Delivery Unit", "Market Weighton PDU", "PDU", INAD)], "2024-10-08", "2024-05", 9),
     """N| Press release

N| Two probation units in Yorkshire found wanting

N| Reports on the probation delivery units covering Boroughbridge and Market Weighton are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [8 October 2024|D]

N| Today [His Majesty’s Inspectorate of Probation|A] sets out what it found at [Boroughbridge Probation Delivery Unit|S] and [Market Weighton Probation Delivery Unit|S], both run by [Probation Service – Yorkshire & the Humber region|S].
N| [Boroughbridge|S] is graded ‘[Requires improvement|R]’, while [Market Weighton|S] fares worse and lands on the scale’s last rung, ‘[Inadequate|R]’.
N| The inspection team visited both units during [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Market Weighton|S] has seen over half its qualified officers leave within eighteen months, and the people it supervises are paying the price.
W| “Home visits were cancelled again and again, and checks with [Humberside Police|A] were left undone in cases where a partner was at risk.
S| “[Boroughbridge|S], by contrast, has a settled team whose managers read cases closely and challenge weak work.”

W| Even in the stronger unit, under half the plans inspectors read said plainly how harm to others would be reduced.
S| Inspectors commended [Boroughbridge PDU|S]’s links with [North Yorkshire Council|A]’s housing team, which had found somewhere to live for almost everyone leaving prison.

R| Nine recommendations are set out across the two reports: five go to [Market Weighton|S] and four to [Boroughbridge|S].

N| [Lisa Wainwright|X], Regional Probation Director, said: “We have moved experienced managers into Market Weighton and will report on progress every month.”
"""),
    # 2. two Welsh youth justice services on a council page: "12/03/2024" (day/month/year); "X secured a ‘...’ rating,
    #    and Y was placed at ‘...’", in the other order from the one they were first named in; "three for Y, two for X,
    #    and a single one for the health board"
    ("tywyn-and-bala-yjs-2024", facts([
        svc("Tywyn Youth Justice Service", "Tywyn YJS", "YJS", RI),
        svc("Bala Youth Justice Service", "Bala YJS", "YJS", GOOD)], "2024-03-12", "2023-10", 6),
     """N| Youth justice inspection reports published

N| [12/03/2024|D]

N| [Tywyn Youth Justice Service|S] and [Bala Youth Justice Service|S] were inspected at the same time, in [October 2023|D], by [HM Inspectorate of Probation|A], which published both reports today.
N| [Bala|S] secured a ‘[Good|R]’ rating, and [Tywyn|S] was placed at ‘[Requires improvement|R]’.

S| Inspectors found that staff in both teams spoke with children in Welsh or English, as each child preferred, and that this helped children to open up.
W| [Tywyn|S]’s assessments, however, often missed what was happening at home, and risk plans were seldom revisited after a change in a child’s circumstances.
S| [Bala YJS|S] was praised for keeping children out of court in partnership with [North Wales Police|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bala|S] may be small, but it achieves a remarkable amount for the children of its area.
R| “[Tywyn|S] now needs to bring its assessment and planning up to the same standard.”

R| Six recommendations were made: three for [Tywyn|S], two for [Bala|S], and a single one for the health board, [Betsi Cadwaladr|A].

N| Councillor [Elin Roberts|X], [Gwynedd Council|A]’s cabinet member for children, said: “We thank everyone involved in the inspection, and each recommendation will be acted upon.”
"""),
    # 3. two Nottinghamshire PDUs in a justiceinspectorates news item, ratings in the headline: "X was handed the lowest
    #    possible grade, ‘...’, and Y was assessed as ‘...’"; fieldwork "from 10 - 14 July 2023"; "Of the eight
    #    recommendations, four are for X, two for Y and two for the Probation Service regionally"
    ("hucknall-and-ollerton-and-southwell-pdus-2023", facts([
        svc("Hucknall Probation Delivery Unit", "Hucknall PDU", "PDU", INAD),
        svc("Ollerton and Southwell Probation Delivery Unit", "Ollerton and Southwell PDU", "PDU", RI)],
        "2023-12-07", "2023-07", 8),
     """N| News

N| Nottinghamshire: one probation unit rated ‘[Inadequate|R]’, its neighbour ‘[Requires improvement|R]’

N| Published: [7 Dec 2023|D]

N| [HM Inspectorate of Probation|A] inspected [Hucknall Probation Delivery Unit|S] and [Ollerton and Southwell Probation Delivery Unit|S], both in the [Probation Service – East Midlands region|S], from [10 - 14 July 2023|D].
N| [Hucknall|S] was handed the lowest possible grade, ‘[Inadequate|R]’, and [Ollerton and Southwell|S] was assessed as ‘[Requires improvement|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hucknall|S]’s practitioners were each holding well over 70 cases, and several told us they went home every night worried about what they had missed.
W| “Public protection work was weak in both units: domestic abuse enquiries had been made before sentence in just one case out of three.
S| “[Ollerton and Southwell|S] has a visible, respected senior manager, and the team’s approach to people who misuse drugs or alcohol impressed us.”

S| Inspectors also noted good joint work with [Nottinghamshire Police|A] on the management of prolific offenders in both units.
W| Backlogs in unpaid work had grown in [Hucknall PDU|S], where around 400 hours were waiting to be worked.

R| Of the eight recommendations, four are for [Hucknall|S], two for [Ollerton and Southwell|S] and two for the [Probation Service|A] regionally.

N| ENDS
"""),
    # 4. a unit inside its region, the region in the headline ("North East probation region: unit in South Tyneside
    #    ...") and the first sentence: "gives its lowest possible rating, ‘...’, to X, in the North East probation
    #    region"; the region's own 2023 rating as context; "Mr Jones continued"; the notes' "at 00.01 on Thursday 15 May
    #    2025"
    ("jarrow-and-hebburn-pdu-2025", facts([
        svc("Jarrow and Hebburn Probation Delivery Unit", "Jarrow and Hebburn PDU", "PDU", INAD)],
        "2025-05-15", "2025-02", 7),
     """N| [North East probation region|S]: unit in South Tyneside given lowest rating

N| In a report today, [HM Inspectorate of Probation|A] gives its lowest possible rating, ‘[Inadequate|R]’, to [Jarrow and Hebburn Probation Delivery Unit|S], in the [North East probation region|S].
N| At its own inspection in [2023|D], the region received ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In this unit the basics have slipped: missed appointments went unchallenged, and records were often weeks out of date.
W| “Worryingly, in 11 of the 30 cases we examined there had been no home visit despite clear signs of domestic abuse.”

W| Mr Jones continued: “Senior leaders seemed to staff to have forgotten them, and morale was as low as any we have met this year.”

S| Inspectors did find that [Jarrow and Hebburn PDU|S] and [Northumbria Police|A] ran integrated offender management well together.
S| Practitioners were also skilled at winning the trust of those on their caseloads.

R| Seven recommendations are made: five concern the PDU itself, while the [North East probation region|S] must take forward the other two.

N| ENDS

N| Notes to editors
N| 1. The report goes on the inspectorate’s website at 00.01 on [Thursday 15 May 2025|D].
"""),
    # 5. a unit inside its region, the region's leadership in the first sentence and the region's own rating beside:
    #    "Inspectors have judged that X ‘...’; the unit is overseen by the Probation Service’s regional leadership for
    #    ..."; the headline's lower-case "Wetherby probation unit"; "Published: Thursday 21 November 2024"; "in only 19
    #    cases out of 42"; four recommendations
    ("wetherby-pdu-2024", facts([
        svc("Wetherby Probation Delivery Unit", "Wetherby PDU", "PDU", RI)], "2024-11-21", "2024-08", 4),
     """N| [Wetherby probation unit|S] ‘must act quickly’ on risk, say inspectors

N| Published: [Thursday 21 November 2024|D]

N| Inspectors have judged that [Wetherby Probation Delivery Unit|S] ‘[Requires improvement|R]’; the unit is overseen by the [Probation Service|A]’s regional leadership for Yorkshire and the Humber.
N| The region itself received ‘[Inadequate|R]’ at its inspection in [2023|D].
N| Inspectors read 42 cases and interviewed staff and partners during a visit in [August 2024|D].

S| Leaders understood the unit’s problems well and were already tackling them.
S| People on probation told inspectors their officers were respectful and easy to reach.
W| But too many risk assessments simply repeated what an earlier one had said.
W| Disappointingly, children’s social care had been asked for safeguarding information in only 19 cases out of 42.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wetherby|S]’s staff are dedicated, and the people they supervise notice it.
R| “But the unit must act quickly to make sure every assessment looks afresh at who might be harmed.”

R| The PDU and its region receive four recommendations between them.

N| ENDS
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to see that:" /
    #    "However, they were concerned that:" bullet lists; the verdict in the first sentence; "Wednesday 9 November
    #    2011" above "its report, issued today"; "The Offender Management Inspection took place in July 2011"; seven
    #    recommendations
    ("aylsham-and-fakenham-probation-trust-2011", facts([
        svc("Aylsham and Fakenham Probation Trust", "Aylsham and Fakenham Probation Trust", "other", None)],
        "2011-11-09", "2011-07", 7),
     """N| Inspection of [Aylsham and Fakenham Probation Trust|S]

N| [Wednesday 9 November 2011|D]

S| Most offenders under the supervision of [Aylsham and Fakenham Probation Trust|S] are managed soundly and made to keep to their orders, [HM Inspectorate of Probation|A] finds in its report, issued today.
N| The Offender Management Inspection took place in [July 2011|D], when inspectors assessed a sample of 80 cases.

S| The Trust scored 78% on cutting the chances of further offending, and 85% on seeing that each sentence was carried through.
W| Its score for protecting the public from harm was lower, at 64%.

N| Inspectors were pleased to see that:
S| • the initial assessment was timely in almost all cases;
S| • offenders were encouraged to comply, and enforcement action was prompt when they did not;
S| • the Trust’s work with drug users, alongside local treatment services, was of a high standard.

N| However, they were concerned that:
W| • harm-management plans went too long between reviews;
W| • contact with children’s services was not always followed up.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff across the Trust can take real satisfaction from a creditable set of results.
R| “The next task for its managers is to improve how harm to others is assessed and managed.”

R| Seven recommendations for improvement are listed in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider, its full name in the headline with the rating: "In its first rated
    #    inspection, X (CRC), which ... owns, has been placed at ‘...’"; unpaid work "given a separate grade, reached
    #    ‘...’"; "Published: 19 Nov 2018"; "with the CRC for a fortnight in June 2018"; the provider's reply
    ("beverley-and-howden-crc-2018", facts([
        svc("Beverley and Howden Community Rehabilitation Company", "Beverley and Howden CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-19", "2018-06", 6),
     """N| [Beverley and Howden Community Rehabilitation Company|S] ‘[Requires improvement|R]’

N| Published: [19 Nov 2018|D]

N| In its first rated inspection, [Beverley and Howden Community Rehabilitation Company|S] (CRC), which [Purple Futures|A] owns, has been placed at ‘[Requires improvement|R]’.
S| Unpaid work, given a separate grade, reached ‘[Good|R]’.
N| The inspectorate’s team was with the CRC for a fortnight in [June 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision by this CRC does not yet reach the standard that the public is entitled to expect.
W| “Officers were seeing people often enough, but conversations rarely went beyond checking in, and the causes of offending were left untouched.”

S| Unpaid work impressed the inspectors: placements were well run, and people started their hours soon after sentence.
W| Caseloads were heavy, above 90 for a number of officers, and staff kept leaving.
W| Information passed on by the [National Probation Service|A] when cases were allocated was often incomplete, leaving the CRC to start from scratch.

R| Of six recommendations, the CRC and [Purple Futures|A] are asked to act on four; the remaining two fall to [HMPPS|A].

N| A [Purple Futures|A] spokesperson said the company accepted the findings.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: "has been jointly inspected, HM
    #    Inspectorate of Probation leading"; "Posted: 14/07/2016" (day/month/year); bullet lists after "Inspectors said
    #    they were encouraged to find that:" / "Inspectors were less satisfied that:"; "The case managers at Holmfirth"
    ("holmfirth-yot-2016", facts([
        svc("Holmfirth Youth Offending Team", "Holmfirth YOT", "YJS", None)], "2016-07-14", "2016-04", 4),
     """N| Inspectors report on youth offending work in Holmfirth

N| Posted: [14/07/2016|D]

N| [Holmfirth Youth Offending Team|S] (YOT) has been jointly inspected, [HM Inspectorate of Probation|A] leading a team that also drew on the [Care Quality Commission|A], [HM Inspectorate of Constabulary|A] and [Ofsted|A].
N| Inspectors visited the YOT in [April 2016|D].

N| Inspectors said they were encouraged to find that:
S| • children were seen quickly after their court appearance and their needs assessed in detail;
S| • the YOT’s education worker had helped many children back into school.

N| Inspectors were less satisfied that:
W| • too little weight was given to the harm that some children could do to others;
W| • the YOT’s management board knew too little about how well the YOT was performing.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The case managers at [Holmfirth|S] know their children well and plainly care about them.
R| “From now on the board must take a far closer interest in what the YOT does.”

R| The report contains four recommendations.

N| Councillor [Sarah Marsden|X], [Kirklees Council|A]’s cabinet member for children, said: “We are glad of the report, and work on its recommendations has already started.”
"""),
    # 9. a local-news story with a byline (Friday 21 July 2023) and the report's own day ("published on Tuesday (18
    #    July)"): "has earned ‘...’, the top mark on ...’s scale"; the headline's possessive "Fishguard’s youth justice
    #    team"; one area for development; three recommendations
    ("fishguard-yjs-2023", facts([
        svc("Fishguard Youth Justice Service", "Fishguard YJS", "YJS", OUT)], "2023-07-18", "2023-03", 3),
     """N| [Fishguard|S]’s youth justice team rated among the best in Wales

N| By [Gareth Pritchard|X]

N| [Friday 21 July 2023|D]

N| [Fishguard Youth Justice Service|S] has earned ‘[Outstanding|R]’, the top mark on [HM Inspectorate of Probation|A]’s scale, in a report that came out on Tuesday ([18 July|D]).
N| Inspectors visited the service in [March 2023|D].

S| The watchdog found that each child’s worker knew them well, and that plans were written with children rather than for them.
S| [Fishguard|S]’s partnership with [Hywel Dda University Health Board|A] and with [Dyfed-Powys Police|A] was described as exceptional.
S| Children were offered support in Welsh as a matter of course.
W| The only area singled out for development was the recording of management decisions, which was sometimes thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here the child is kept in view at every stage, by everyone involved.”

R| Three recommendations are made, each intended to build on what is already in place.

N| [Pembrokeshire County Council|A] said it was delighted with the result.
"""),
    # 10. a GOV.UK page: "Inspectors assessed X overall as ‘...’"; resettlement "for which the inspectorate gives a
    #     separate rating, was judged ‘...’"; the Director of Operations quoted, not the chief inspector; fieldwork
    #     "from 31 January to 4 February 2022" (across two months); six recommendations "for the service and partners
    #     such as Durham Constabulary"
    ("shildon-yjs-2022", facts([
        svc("Shildon Youth Justice Service", "Shildon YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-05-03", "2022-01", 6),
     """N| Press release

N| Youth justice service in County Durham told to improve its risk work

N| The inspectorate’s findings on [Shildon Youth Justice Service|S] are out.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 May 2022|D]

N| Inspectors assessed [Shildon Youth Justice Service|S] overall as ‘[Requires improvement|R]’.
S| Resettlement, for which the inspectorate gives a separate rating, was judged ‘[Good|R]’.
N| Fieldwork took place from [31 January to 4 February 2022|D].

S| Children released from custody had accommodation and a place in education arranged before they left.
S| Case managers had small caseloads and spent time getting to know each child.
W| However, in half the cases inspected, too little was done about the harm children might cause others.
W| Out-of-court disposals lacked a clear policy, and decisions were not always recorded.

W| [Kate Lowe|X], who leads the inspectorate’s operations as its director, said: “[Shildon|S] does many things well, yet it has not given enough thought to keeping other people safe.
R| “Its leaders need to put that right without delay.”

R| Six recommendations are for the service and partners such as [Durham Constabulary|A].
"""),
    # 11. an embargo line ("Embargoed: 00.01 Tuesday 10 September 2024"); "Inspectors have found that X is ‘...’, the
    #     bottom of the four ratings"; the previous rating beside ("last inspected in 2020, when it was rated ‘...’");
    #     the board met but changed little; 11 recommendations in digits
    ("mablethorpe-yjs-2024", facts([
        svc("Mablethorpe Youth Justice Service", "Mablethorpe YJS", "YJS", INAD)], "2024-09-10", "2024-05", 11),
     """N| Embargoed: 00.01 [Tuesday 10 September 2024|D]

N| Youth service on the Lincolnshire coast ‘failing children’, inspectors warn

N| Inspectors have found that [Mablethorpe Youth Justice Service|S] is ‘[Inadequate|R]’, the bottom of the four ratings.
N| The service was last inspected in [2020|D], when it was rated ‘[Good|R]’.
N| Fieldwork took place in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This service’s failings trouble me deeply.
W| “Children being drawn into exploitation by criminals were not being spotted, and in some cases warnings from schools had gone unanswered for weeks.”

W| The management board met on schedule, yet its meetings changed very little.
W| Agency workers held nearly one in three case manager posts, and children described a stream of new faces.
S| Despite this, inspectors praised the service’s victim worker, whose contact with victims was prompt and sensitive.

R| The report makes 11 recommendations, directed at the service, [Lincolnshire County Council|A], [Lincolnshire Police|A] and the [Youth Justice Board|A].
"""),
    # 12. "A report out today (Wednesday, 8 November) gives X a rating of ‘...’" (no year: the fieldwork's, June 2023);
    #     the previous rating beside ("last inspected in 2019, when it was rated ‘...’"); "While staff knew children
    #     well, ..."; "I now want to see ..."; four recommendations
    ("downham-market-yjs-2023", facts([
        svc("Downham Market Youth Justice Service", "Downham Market YJS", "YJS", GOOD)], "2023-11-08", "2023-06", 4),
     """N| ‘[Good|R]’ rating for youth justice in west Norfolk

N| A report out today (Wednesday, [8 November|D]) gives [Downham Market Youth Justice Service|S] a rating of ‘[Good|R]’.
N| The service was last inspected in [2019|D], when it was rated ‘[Requires improvement|R]’.
N| The fieldwork was done in [June 2023|D].

S| The report found that leaders had rebuilt the partnership since the last inspection, and that the management board now challenged performance.
S| Case managers had good-quality conversations with children about their offending and its effect on victims.
W| While staff knew children well, written assessments did not always record the risks that case managers described in person.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Downham Market|S] has turned itself around, and children are benefiting.
R| “I now want to see the same care given to the written record as to the conversations with children.”

R| There are four recommendations: [Norfolk Constabulary|A] receives one, and the other three go to the service.

N| ENDS
"""),
    # 13. "The work of X ‘...’, ... concludes"; resettlement "rated separately, also received ‘...’"; how near it came
    #     to ‘Inadequate’ ("would have been given ‘...’ overall", no fact); the notes' "from 00.01 on 11 March 2025" and
    #     the four-point-scale note; "Woodbridge has plenty to build on" (a verdict on the whole)
    ("woodbridge-yjs-2025", facts([
        svc("Woodbridge Youth Justice Service", "Woodbridge YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2025-03-11", "2024-11", 7),
     """N| Woodbridge youth justice: improvement required

N| The work of [Woodbridge Youth Justice Service|S] ‘[Requires improvement|R]’, [His Majesty’s Inspectorate of Probation|A] concludes.
W| Resettlement, rated separately, also received ‘[Requires improvement|R]’.
W| Without its education work, the service would have been given ‘[Inadequate|R]’ overall, the report says.
N| The inspectors’ fieldwork was in [November 2024|D].

S| Inspectors were impressed with the service’s work to keep children in education: nearly nine in ten were attending school, college or training.
S| Victims were contacted promptly and offered a say in restorative work.
W| However, release plans were often left until late, and some children left custody without a confirmed address.
W| Oversight by managers was inconsistent, and the quality of case work varied from one worker to the next.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Woodbridge|S] has plenty to build on.
R| “Leaders should now put resettlement first, so that every child coming out of custody has a safe home waiting.”

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. Readers can find the report on the inspectorate’s site from 00.01 on [11 March 2025|D].
N| 2. Ratings run from ‘[Inadequate|R]’, the lowest, through ‘[Requires improvement|R]’ and ‘[Good|R]’ to ‘[Outstanding|R]’.
"""),
    # 14. a remote inspection: "Thursday, 15th April 2021" at the top; "Having inspected X remotely in December 2020,
    #     ... now rates it ‘...’"; the headline's lower-case "Market Rasen youth justice service rated good" (no
    #     quotes); five recommendations
    ("market-rasen-yjs-2021", facts([
        svc("Market Rasen Youth Justice Service", "Market Rasen YJS", "YJS", GOOD)], "2021-04-15", "2020-12", 5),
     """N| [Market Rasen youth justice service|S] rated [good|R]

N| [Thursday, 15th April 2021|D]

N| Having inspected [Market Rasen Youth Justice Service|S] remotely in [December 2020|D], [Her Majesty’s Inspectorate of Probation|A] now rates it ‘[Good|R]’.

S| Throughout the pandemic, case managers stayed in regular touch with children by video, on the doorstep and on walks.
S| The service had strong links with [Lincolnshire Police|A] and local schools, and children were rarely excluded.
W| Planning to keep children safe, on the other hand, was not consistently good enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Market Rasen|S] has kept children at the centre of its work during an extraordinarily difficult year.
R| “The partnership should make sure that safety planning is as thorough as the rest of its work.”

R| The report makes five recommendations.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork "from 29 September to 3 October 2025"
    ("penistone-and-stocksbridge-pdu-2025", facts([
        svc("Penistone and Stocksbridge Probation Delivery Unit", "Penistone and Stocksbridge PDU", "PDU", None)],
        "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection in Penistone and Stocksbridge: inspection findings

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has examined how well [Penistone and Stocksbridge Probation Delivery Unit|S] keeps people safe from harm.
N| Reports in this series do not include a rating.
N| Inspectors were on site from [29 September to 3 October 2025|D].

N| Context
N| • [Penistone and Stocksbridge PDU|S] belongs to [Probation Service – Yorkshire & the Humber region|S] and serves communities to the west of Barnsley and Sheffield.
N| • Around 650 people are supervised by the unit.

N| Findings
S| • Risk assessments were completed on time in nearly every case.
W| • Officers seldom visited people at home, including where domestic abuse was a known concern.
W| • Information from [South Yorkshire Police|A] was not always requested before sentence.
S| • Managers checked the work of newly qualified officers closely.

R| The report makes four recommendations.
"""),
    # 16. an NPS division in 2020, the headline naming no service: "The National Probation Service – X Division is ‘...’
    #     overall, ... announced today", short "NPS Pudsey and Morley"; "Published: 11 February 2020"; "Inspectors
    #     examined 120 cases in October 2019"; six recommendations
    ("pudsey-and-morley-nps-division-2020", facts([
        svc("National Probation Service – Pudsey and Morley Division", "NPS Pudsey and Morley", "region", GOOD)],
        "2020-02-11", "2019-10", 6),
     """N| Probation division in West Yorkshire rated ‘[Good|R]’

N| Published: [11 February 2020|D]

N| The [National Probation Service – Pudsey and Morley Division|S] is ‘[Good|R]’ overall, [HM Inspectorate of Probation|A] announced today.
N| Inspectors examined 120 cases in [October 2019|D].

S| The division’s reports to court were thorough and delivered on time.
S| Staff had manageable workloads, and most said they felt well supported by their managers.
W| Keeping victims of domestic abuse safe, however, was not always given the priority it required.
W| There were long waits for some accredited programmes, including the one for sexual offending.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Pudsey and Morley|S] is well led and has a strong team, and that shows in the quality of its work.
R| “It should now bring the same rigour to its work with victims.”

R| Six recommendations are made, including two for [HMPPS|A].

N| ENDS
"""),
    # 17. a local-news story in 2020: the date line "Tuesday 10 March 2020" is the day of the report ("says in today’s
    #     report"); "X is ‘...’, ... says"; "HMIP inspectors"; "a particular strength"; no count of recommendations
    #     (null)
    ("tregaron-yjs-2020", facts([
        svc("Tregaron Youth Justice Service", "Tregaron YJS", "YJS", GOOD)], "2020-03-10", "2019-11", None),
     """N| Youth justice team in Ceredigion earns praise from inspectors

N| [Tuesday 10 March 2020|D]

N| [Tregaron Youth Justice Service|S] is ‘[Good|R]’, [HM Inspectorate of Probation|A] says in today’s report.
N| Inspectors visited in [November 2019|D].

S| [HMIP|A] inspectors said the service knew its children and families well and worked closely with schools and health services.
S| Keeping children out of court, together with [Dyfed-Powys Police|A], was a particular strength.
W| Some assessments, however, did not look closely enough at the risk a child might pose to others.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tregaron|S]’s staff will travel a long way, in every sense, for children across a large and very rural area.”

N| The report sets out how the service could develop further.

N| [Ceredigion County Council|A] welcomed the findings.
"""),
    # 18. "Youth Offending Service" in 2019 with the full name in the headline, a county before it: "Inspectors have
    #     concluded that X (YOS), in Carmarthenshire, ‘...’"; "Published: Thursday 5 December 2019"; the YOS and YOT
    #     switching ("the YOT’s case managers"); "‘Requires Improvement’" capitalised; "just 10 of the 24 cases"; two
    #     recommendations
    ("kidwelly-yos-2019", facts([
        svc("Kidwelly Youth Offending Service", "Kidwelly YOS", "YJS", RI)], "2019-12-05", "2019-09", 2),
     """N| Carmarthenshire: [Kidwelly Youth Offending Service|S] must improve, say inspectors

N| Published: [Thursday 5 December 2019|D]

N| Inspectors have concluded that [Kidwelly Youth Offending Service|S] (YOS), in Carmarthenshire, ‘[Requires Improvement|R]’.
N| The inspection visit was in [September 2019|D].

S| Attendance at the YOS’s management board was high, and its members took their duties seriously.
S| Children’s voices came through strongly in the plans the YOT’s case managers wrote with them.
W| Yet just 10 of the 24 cases inspected had a clear plan for managing any risk of harm to other people.
W| Out-of-court work was inconsistent, and some children were cautioned without anyone assessing their needs.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kidwelly YOS|S] has strong foundations, but too much of its day-to-day work with children falls short.
R| “The service must give every child a plan that covers both the dangers to them and the dangers from them.”

R| Two recommendations are made, both for the YOS management board.

N| [Carmarthenshire County Council|A] said it accepted the findings in full.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventeenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
