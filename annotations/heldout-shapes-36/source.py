"""Builds the thirty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Lincolnshire PDUs on a justiceinspectorates news page, the region named before the units: "The verdict for X
    #    is ‘...’, while Y is one grade further down, at ‘...’"; "Published: 4 Feb 2025"; fieldwork "24 - 28 June 2024";
    #    eight recommendations "three per unit and two more for the region"
    ("north-hykeham-and-saxilby-pdus-2025", facts([
        svc("North Hykeham Probation Delivery Unit", "North Hykeham PDU", "PDU", RI),
        svc("Saxilby Probation Delivery Unit", "Saxilby PDU", "PDU", INAD)], "2025-02-04", "2024-06", 8),
     """N| News

N| Two Lincolnshire probation units found wanting

N| Published: [4 Feb 2025|D]

N| [HM Inspectorate of Probation|A] this morning published two reports covering delivery units run by the [East Midlands probation region|S]: [North Hykeham Probation Delivery Unit|S] and [Saxilby Probation Delivery Unit|S].
N| The verdict for [North Hykeham|S] is ‘[Requires improvement|R]’, while [Saxilby|S] is one grade further down, at ‘[Inadequate|R]’.
N| The inspectors’ fieldwork dates were [24 - 28 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both units are carrying too many unfilled posts, and in Saxilby newly qualified officers were left to manage people convicted of serious violence with barely any oversight.
W| “Home visits, which tell an officer so much about the danger to a partner or a child, had almost stopped.
S| “Even so, [North Hykeham|S]’s staff have kept a real sense of purpose, and its links with [Lincolnshire Police|A] over high-risk domestic abuse cases are sound.”

S| Inspectors also commended the unpaid work team in [North Hykeham PDU|S], which had cleared a backlog of hours left over from the pandemic.
W| In both places, under 40% of cases showed that children’s safety had been properly considered.

R| Eight recommendations appear in the pair of reports, three per unit and two more for the region.

N| The East Midlands regional director said that work to recruit more officers was already under way.
"""),
    # 2. two Nottinghamshire youth justice services in a local-paper story: the reports "were released on Tuesday (14 May)"
    #    under a byline of Friday 17 May 2024; "Y walked away with ‘...’, the top mark available, with X close behind on
    #    ‘...’", in the other order from the one the services were first named in; "three for Calverton and two for Keyworth"
    ("calverton-and-keyworth-yjs-2024", facts([
        svc("Calverton Youth Justice Service", "Calverton YJS", "YJS", GOOD),
        svc("Keyworth Youth Justice Service", "Keyworth YJS", "YJS", OUT)], "2024-05-14", "2024-01", 5),
     """N| Notts youth justice teams among the best, says watchdog

N| By [Helen Marsh|X]

N| [Friday 17 May 2024|D]

N| Reports on [Calverton Youth Justice Service|S] and [Keyworth Youth Justice Service|S] were released on Tuesday ([14 May|D]), after inspectors visited both in [January and February 2024|D].
N| [Keyworth|S] walked away with ‘[Outstanding|R]’, the top mark available, with [Calverton|S] close behind on ‘[Good|R]’.

S| The watchdog found that [Keyworth|S]’s case managers worked doggedly so that children stayed in education, and that every child was seen within seven days of being sentenced.
S| Inspectors praised [Calverton|S] for the way it worked with victims, who were kept informed at every stage.
W| However, they said [Calverton YJS|S] did not always review a child’s plan when circumstances changed, such as a move of home or a fresh arrest.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in both areas are well served, and [Keyworth|S] shows what other services could achieve.”

R| There are five recommendations in total: three for [Calverton|S] and two for [Keyworth|S].

N| Councillor [Tom Radley|X], of [Nottinghamshire County Council|A], said the results were “a tribute to a brilliant team”.
"""),
    # 3. a unit inside its region, the region in the headline ("North East probation region: ...") and as a possessive
    #    before the unit: "Inspectors have given the North East probation region’s X its lowest possible grade: ‘...’";
    #    the region's own 2023 rating as context; "Mr Jones continued"; "Inspectors carried out fieldwork at the unit in
    #    March 2024"; the notes' "Embargo lifts at 00.01 on 9 July 2024"
    ("seaton-delaval-pdu-2024", facts([
        svc("Seaton Delaval Probation Delivery Unit", "Seaton Delaval PDU", "PDU", INAD)], "2024-07-09", "2024-03", 7),
     """N| [North East probation region|S]: [Seaton Delaval unit|S] given lowest grade

N| Inspectors have given the [North East probation region|S]’s [Seaton Delaval Probation Delivery Unit|S] its lowest possible grade: ‘[Inadequate|R]’.
N| The [North East region|S] as a whole received ‘[Requires improvement|R]’ when inspectors reported on it in [2023|D].
N| Inspectors carried out fieldwork at the unit in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many people in this unit are being supervised by whoever is free on the day, and the thread of their case is lost.
W| “Of the cases we examined, just 11 of 36 had a plan that took proper account of domestic abuse.”

W| Mr Jones continued: “Practitioners described feeling cut off from senior managers, and several had stopped raising concerns because nothing changed.”

S| Inspectors did find a strong partnership with [Northumbria Police|A] on the management of registered sex offenders, and a committed team of probation service officers.
W| Enquiries to [Northumberland County Council|A] about the children were missing in too many cases where children shared a home with the person on probation.

R| Seven recommendations are made: five to the PDU, two to the region.

N| ENDS

N| Notes to editors
N| 1. Embargo lifts at 00.01 on [9 July 2024|D].
N| 2. [Seaton Delaval PDU|S] covers the south-east of Northumberland and supervises about 900 people.
"""),
    # 4. a unit inside its region on a GOV.UK page with no "Published" line: "In its report, published today (Wednesday, 26
    #    July), the inspectorate finds that X, among the North West probation region’s units in Cumbria, ‘...’" (no year:
    #    the fieldwork's, February 2023); "in only 19 of the 44 cases"; six recommendations
    ("dalton-in-furness-pdu-2023", facts([
        svc("Dalton-in-Furness Probation Delivery Unit", "Dalton-in-Furness PDU", "PDU", RI)], "2023-07-26", "2023-02", 6),
     """N| Press release

N| Probation in Furness: unit must get to grips with risk, inspectors say

N| From: [HM Inspectorate of Probation|A]

N| In its report, published today ([Wednesday, 26 July|D]), the inspectorate finds that [Dalton-in-Furness Probation Delivery Unit|S], among the [North West probation region|S]’s units in Cumbria, ‘[Requires improvement|R]’.
N| The inspection team visited in [February 2023|D] and read 44 cases.

S| Inspectors found a stable, experienced workforce and managers who were visible and approachable.
S| Helping people on probation into housing and jobs was a particular strength, built on long-standing links with local employers.
W| On the other hand, risk assessments had frequently not been updated, and in only 19 of the 44 cases had the officer considered everyone who might be harmed.
W| Staff were unsure when they should contact [Cumbria Constabulary|A] for information on domestic abuse call-outs.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Given the distances staff have to travel across Furness, their commitment to meeting people in person is impressive.
R| “The next job for the unit’s leaders is to make sure that risk is looked at afresh whenever someone’s circumstances change.”

R| Six recommendations are made; the PDU must act on four and the [North West region|S] on two.
"""),
    # 5. a Probation Trust in 2013, before ratings: percentages against the standards, "On the plus side, the inspectors
    #    found that:" / "They were worried, however, that:" bullet lists; "Tuesday, 12th March 2013" at the top of a
    #    release that says "Today ... issued its verdict"; fieldwork "over a week in December 2012"; five recommendations
    ("hathersage-and-tideswell-probation-trust-2013", facts([
        svc("Hathersage and Tideswell Probation Trust", "Hathersage and Tideswell Probation Trust", "other", None)],
        "2013-03-12", "2012-12", 5),
     """N| [Hathersage and Tideswell Probation Trust|S]: inspection of offender management

N| [Tuesday, 12th March 2013|D]

N| Today [HM Inspectorate of Probation|A] issued its verdict on how [Hathersage and Tideswell Probation Trust|S] manages offenders.
N| Inspectors looked at 54 cases over a week in [December 2012|D].

S| The Trust scored highest for getting sentences under way promptly, where 85% of the work met the standard.
W| Work to limit the harm offenders might cause to others fell behind, at 61%.

N| On the plus side, the inspectors found that:
S| • nearly every offender was seen for the first time within a week of the court hearing;
S| • staff made good use of the Trust’s own course for drink-drivers.

N| They were worried, however, that:
W| • plans to protect known victims were missing in a quarter of cases;
W| • contact with [Derbyshire Constabulary|A] about domestic incidents was not routinely made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Here we have a small Trust whose staff know their offenders well and have years of experience between them.
R| “Its managers should now concentrate on raising the quality of assessments and plans on harm.”

R| There are five recommendations.
"""),
    # 6. a CRC in 2019 owned by a named provider, under an embargo line ("EMBARGO: 00.01 Thursday 14 March 2019"): "judges
    #    that X (CRC), whose owner is ..., ‘...’"; unpaid work "judged by the inspectorate in its own right, came out better,
    #    at ‘...’"; "The fieldwork was done in November 2018"; the provider's reply
    ("kirkby-lonsdale-and-milnthorpe-crc-2019", facts([
        svc("Kirkby Lonsdale and Milnthorpe Community Rehabilitation Company", "Kirkby Lonsdale and Milnthorpe CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-14", "2018-11", 7),
     """N| EMBARGO: 00.01 [Thursday 14 March 2019|D]

N| Probation company in south Cumbria told to improve

N| [HM Inspectorate of Probation|A] judges that [Kirkby Lonsdale and Milnthorpe Community Rehabilitation Company|S] (CRC), whose owner is [Sodexo Justice Services|A], ‘[Requires improvement|R]’.
S| Unpaid work, judged by the inspectorate in its own right, came out better, at ‘[Good|R]’.
N| The fieldwork was done in [November 2018|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “A great deal of supervision here happens by telephone, and officers rarely see people at home.
S| “Unpaid work is another story: it is well organised, the placements mean something and people complete their hours.”

S| The resettlement team, inspectors said, had a good grip on the housing needs of people leaving prison.
W| Yet assessments of risk were of poor quality in half the cases inspected, and some had not been updated in over a year.

R| Of seven recommendations, five fall to the CRC itself and to its owner, [Sodexo Justice Services|A], while two are for national body [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] said an action plan would follow within 60 days.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "with ...
    #    leading, joined by HM Inspectorate of Constabulary, Ofsted and, for health, the Care Quality Commission"; "Date:
    #    15/11/2016" (day/month/year); "Their main findings were:" with bullets; six recommendations for the board and NHS
    #    England
    ("cleator-moor-yot-2016", facts([
        svc("Cleator Moor Youth Offending Team", "Cleator Moor YOT", "YJS", None)], "2016-11-15", "2016-09", 6),
     """N| Inspectors report on youth offending services in west Cumbria

N| Date: [15/11/2016|D]

N| A joint inspection of [Cleator Moor Youth Offending Team|S], with [HM Inspectorate of Probation|A] leading, joined by [HM Inspectorate of Constabulary|A], [Ofsted|A] and, for health, the [Care Quality Commission|A], has now been published.
N| Thirty children’s cases were examined when the inspectors visited the team in [September 2016|D].

N| Their main findings were:
S| • board members understood local needs and challenged partners where necessary;
S| • children and parents spoke warmly of the case managers and said they trusted them;
W| • reports for the courts did not always explain the risks a child could pose to others;
W| • access to [CAMHS|A] was slow, with some children waiting more than four months.

R| Six recommendations follow: four go to the board overseeing the YOT, two to [NHS England|A].

N| Councillor [Sue Bradshaw|X], who chairs the management board, said: “We will work with our partners on every one of the recommendations.”
"""),
    # 8. a youth offending service in 2019: "gives X (YOS) an overall ‘...’"; resettlement "which the inspectorate scores
    #    independently of the other areas, was placed at ‘...’"; "Tuesday, 9th July 2019" as the date line; "Inspectors
    #    were on site in March 2019"; the headline's lower-case "Collingham youth offending service"
    ("collingham-yos-2019", facts([
        svc("Collingham Youth Offending Service", "Collingham YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-07-09", "2019-03", 4),
     """N| ‘[Good|R]’ verdict for [Collingham youth offending service|S]

N| [Tuesday, 9th July 2019|D]

N| In its newly published report, [HM Inspectorate of Probation|A] gives [Collingham Youth Offending Service|S] (YOS) an overall ‘[Good|R]’.
W| Resettlement, which the inspectorate scores independently of the other areas, was placed at ‘[Requires improvement|R]’.
N| Inspectors were on site in [March 2019|D], looking at court work, out-of-court disposals and resettlement.

S| Inspectors found that the YOS’s board was ambitious for children and well informed about their needs.
S| Assessments were thorough, and case managers took the trouble to learn about the lives children had led.
S| Out-of-court work with [Nottinghamshire Police|A] was a notable strength, steering many children away from the courts.
W| However, planning for children’s release from custody often started too late, and some left without a suitable address.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a service that puts the child at the centre, and its staff can hold their heads high.
R| “The partnership must now lift its resettlement work to match everything else it does.”

R| The report contains four recommendations.
"""),
    # 9. a GOV.UK page: "X has risen to ‘...’, the highest possible rating, from the ‘...’ it was awarded in 2021";
    #    "Published 17 September 2024"; "Inspectors did their fieldwork in May 2024"; two recommendations
    ("wylam-yjs-2024", facts([
        svc("Wylam Youth Justice Service", "Wylam YJS", "YJS", OUT)], "2024-09-17", "2024-05", 2),
     """N| Press release

N| Youth justice service in Northumberland reaches top rating

N| Inspectors publish their findings on [Wylam Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| [Wylam Youth Justice Service|S] has risen to ‘[Outstanding|R]’, the highest possible rating, from the ‘[Good|R]’ it was awarded in [2021|D].
N| Inspectors did their fieldwork in [May 2024|D].

S| Inspectors found that each child had one consistent worker who understood them, and plans reflected what children themselves wanted.
S| The service’s work with [Northumbria Police|A] to keep children away from formal proceedings was called exemplary.
S| Leaders had acted on all of the recommendations made at the previous inspection.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by how far this service has come in three years.
S| “Public protection is never an afterthought here, and children are given every chance to move on from offending.”

R| The report’s two recommendations both concern health support for children.
"""),
    # 10. a council statement: "07/12/2023" (day/month/year) as the date line; "Inspectors have handed X the verdict ‘...’;
    #     ... issued its report this morning"; fieldwork "between 9 and 13 October 2023"; ten recommendations; the
    #     director's apology
    ("cotgrave-yjs-2023", facts([
        svc("Cotgrave Youth Justice Service", "Cotgrave YJS", "YJS", INAD)], "2023-12-07", "2023-10", 10),
     """N| Council statement: inspection of [Cotgrave Youth Justice Service|S]

N| [07/12/2023|D]

N| Inspectors have handed [Cotgrave Youth Justice Service|S] the verdict ‘[Inadequate|R]’; [HM Inspectorate of Probation|A] issued its report this morning.
N| Inspectors visited the service between [9 and 13 October 2023|D].

W| According to the inspectors, the service was not doing enough to keep children safe, and risks of exploitation went unnoticed in over half the cases they examined.
W| Oversight by the partnership board was weak; board members had little idea how well the service was doing.
W| Staff turnover was high, and some children had been passed between three or more case managers within twelve months.
S| The report acknowledges the commitment of the service’s case managers and the quality of its restorative justice work with victims.

R| The ten recommendations are for the service, its board, [Nottinghamshire County Council|A] and [Nottinghamshire Police|A].

N| [Gary Holt|X], who runs children’s services for the council, said: “The findings make hard reading, and we apologise to the children who have not received the help they deserved.
N| “An improvement plan will be submitted to the inspectorate within six weeks.”
"""),
    # 11. a remote inspection in 2021: "Inspectors have assessed the work of X and placed it at ‘...’"; the previous rating
    #     "Its previous report, published in March 2019, had rated it ‘...’" in its own sentence; fieldwork by video and
    #     phone "in July 2021"; "Published: 26 Oct 2021"; "in only 10 of 24 cases"; six recommendations
    ("staveley-yjs-2021", facts([
        svc("Staveley Youth Justice Service", "Staveley YJS", "YJS", RI)], "2021-10-26", "2021-07", 6),
     """N| News

N| Youth justice in north-east Derbyshire: work to keep children safe needs attention

N| Published: [26 Oct 2021|D]

N| Inspectors have assessed the work of [Staveley Youth Justice Service|S] and placed it at ‘[Requires improvement|R]’.
N| Its previous report, published in [March 2019|D], had rated it ‘[Good|R]’.
N| With COVID-19 rules still in force, inspectors relied on video calls and phone interviews for their fieldwork in [July 2021|D].

S| Case managers had stayed in contact with children through every lockdown, often calling at their homes.
W| But assessments gave children’s safety too little weight, and in only 10 of 24 cases was there a sound plan to manage risk.
W| The board had met just twice in the twelve months before the inspection.
S| Joint work with [Derbyshire County Council|A]’s education team meant nearly all children had a school, college or training place.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Staveley|S] have worked hard in difficult circumstances, but the service has slipped back since we last inspected it.
R| “Its board must now get a firmer hold on performance and check that changes are actually made.”

R| The report makes six recommendations.
"""),
    # 12. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 3 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("eckington-pdu-2025", facts([
        svc("Eckington Probation Delivery Unit", "Eckington PDU", "PDU", None)], "2025-12-03", "2025-09", 4),
     """N| Skip to content

N| Public protection work in a Derbyshire probation unit

N| Published: [3 Dec 2025|D]

N| Published today, [His Majesty’s Inspectorate of Probation|A]’s report examines the public protection work of [Eckington Probation Delivery Unit|S].
N| Inspections in this series finish without a rating.
N| Fieldwork took place in [September 2025|D].

N| Context
N| • [Eckington PDU|S], answering to the [East Midlands probation region|S]’s leadership, has roughly 750 people under supervision.
N| • About one in three of those it supervises has been convicted of an offence involving domestic abuse.

N| Findings
W| • Risk assessments were too often copied forward from earlier ones without fresh thought.
S| • Practitioners used home visits well, and checks with [Derbyshire Constabulary|A] were made in most cases.
W| • Work under [MAPPA|A] was sound, but decisions were not always recorded in the probation case record.
W| • Managers had little time to oversee high-risk cases because of their own caseloads.

R| Four recommendations are made, which the unit and its region share.
"""),
    # 13. a local-news story in the third person: "X has been graded ‘...’ by the probation watchdog, with its out-of-court
    #     work marked separately as ‘...’" (overall and aspect in one sentence); the byline "Wed 12 February 2025" and a
    #     report "published today"; the headline's lower-case "Aspatria youth justice team"; the councillor's reply
    ("aspatria-yjs-2025", facts([
        svc("Aspatria Youth Justice Service", "Aspatria YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2025-02-12", "2024-11", 3),
     """N| Inspectors hand ‘[Good|R]’ grade to [Aspatria youth justice team|S]

N| By [Daniel Graves|X]

N| [Wed 12 February 2025|D]

N| [Aspatria Youth Justice Service|S] has been graded ‘[Good|R]’ by the probation watchdog, with its out-of-court work marked separately as ‘[Outstanding|R]’.
N| The report came out today; [HMI Probation|A] visited in [November 2024|D].

S| The watchdog found staff had built close bonds with children and their parents and carers, and took notice of what young people asked for.
S| Children given out-of-court disposals received prompt help, which inspectors said had cut the number coming back to the service.
W| But some plans for handling the harm a child might do to others were found to be thin on detail.

S| [Martin Jones|X], the Chief Inspector of Probation, said everyone involved could be “rightly proud” of the service.

R| The report makes three recommendations.

N| A spokesperson for [Cumberland Council|A] described the outcome as “a delight for everyone involved”.
N| “We will keep working with our partners to build on this,” she said.
"""),
    # 14. a PDU that has moved up since its last inspection: "X now stands at ‘...’, one grade up on its last report, in March
    #     2023, which found it ‘...’"; "Thursday 17 October 2024" as the date line; fieldwork "between 10 and
    #     21 June 2024"; the region in the notes; five recommendations
    ("whaley-bridge-and-new-mills-pdu-2024", facts([
        svc("Whaley Bridge and New Mills Probation Delivery Unit", "Whaley Bridge and New Mills PDU", "PDU", RI)],
        "2024-10-17", "2024-06", 5),
     """N| Probation unit in the High Peak shows progress

N| [Thursday 17 October 2024|D]

N| [Whaley Bridge and New Mills Probation Delivery Unit|S] now stands at ‘[Requires improvement|R]’, one grade up on its last report, in [March 2023|D], which found it ‘[Inadequate|R]’.
N| Fieldwork was carried out between [10 and 21 June 2024|D].

S| Inspectors found that leaders had put a realistic plan in place after the last inspection and that staffing had become more stable.
S| The unit’s work with [Derbyshire Constabulary|A] and local housing providers had improved, and fewer people were leaving prison with nowhere to live.
W| Nonetheless, work to protect children remained inconsistent, and home visits were made in fewer than a third of relevant cases.
W| Some officers still held caseloads well above the recommended level.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whaley Bridge and New Mills|S] deserves credit for the progress it has made since our last visit.
R| “Next, the unit’s leaders have to give every case involving children the same careful attention.”

R| Five recommendations are made, three of them repeated from the last report.

N| ENDS

N| Notes to editors
N| 1. [Whaley Bridge and New Mills PDU|S] is one unit within the [East Midlands probation region|S].
"""),
    # 15. an NPS division in 2019, the headline with a colon and no rating: "The division’s overall rating is ‘...’"; the
    #     short "NPS Allendale and Otterburn" in a quote; "I urge HMPPS to act on this without delay"; fieldwork "in July
    #     and August 2019"; the notes' "From 00.01 on 3 December 2019, the full report is on the inspectorate’s website"
    ("allendale-and-otterburn-nps-division-2019", facts([
        svc("National Probation Service – Allendale and Otterburn Division", "NPS Allendale and Otterburn", "region", RI)],
        "2019-12-03", "2019-07", 9),
     """N| Probation inspection: [National Probation Service – Allendale and Otterburn Division|S]

N| Inspectors have reported on the [National Probation Service – Allendale and Otterburn Division|S], which supervises the most dangerous offenders in rural Northumberland.
N| The division’s overall rating is ‘[Requires improvement|R]’.
N| Inspectors gathered their evidence in [July and August 2019|D].

S| According to inspectors, reports written by the division for the courts were thorough, punctual and trusted by sentencers.
S| Staff saw their leaders often and felt their views counted.
W| However, one officer post in three had no one in it, so that some officers were carrying over 60 cases.
W| Victims were not kept reliably informed, and some heard nothing about an offender’s release until afterwards.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Allendale and Otterburn|S] has capable leaders and a loyal, skilled workforce.
R| “It now needs the staff to match its workload, and I urge [HMPPS|A] to act on this without delay.”

R| We have made nine recommendations: the division should act on six, with the other three going to [HMPPS|A] nationally.

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [3 December 2019|D], the full report is on the inspectorate’s website.
N| 2. [HM Inspectorate of Probation|A] independently inspects youth offending and probation work across England and Wales.
"""),
    # 16. two youth offending teams written out, on a council page: "Inspectors concluded that X ‘...’ and that Y is ‘...’";
    #     X's out-of-court disposal work "which received its own rating, was ‘...’"; "Published: 5 Feb 2019"; both "inspected
    #     in October 2018"; "six for Nettleham and five for Heckington" (the other order); the chief inspector of the time
    ("heckington-and-nettleham-yots-2019", facts([
        svc("Heckington Youth Offending Team", "Heckington YOT", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}]),
        svc("Nettleham Youth Offending Team", "Nettleham YOT", "YJS", INAD)], "2019-02-05", "2018-10", 11),
     """N| Inspection results for two Lincolnshire youth offending teams

N| Published: [5 Feb 2019|D]

N| Today [HM Inspectorate of Probation|A] reported on [Heckington Youth Offending Team|S] and [Nettleham Youth Offending Team|S], both inspected in [October 2018|D].
N| Inspectors concluded that [Heckington YOT|S] ‘[Requires improvement|R]’ and that [Nettleham YOT|S] is ‘[Inadequate|R]’.
S| [Heckington|S]’s out-of-court disposal work, which received its own rating, was ‘[Good|R]’.

W| [Nettleham|S] had no permanent manager for most of [2018|D], and the team’s work to keep children safe had suffered as a result.
W| Across both teams, plans for managing any danger children posed to other people were too often absent or stale.
S| Inspectors praised the speech and language therapist shared by the two teams, whose assessments helped case managers communicate with children.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children in Nettleham are badly let down by the current service, and the partnership must act quickly.”

R| Eleven recommendations are made: six for [Nettleham|S] and five for [Heckington|S].

N| [Lincolnshire County Council|A]’s executive councillor for children’s services said an improvement plan for [Nettleham YOT|S] was already in place.
"""),
    # 17. a council statement: "... places the service at ‘...’"; "had only been saved from an overall ‘Inadequate’ by the
    #     strength of its work with victims" (no fact); "Tuesday 7 March 2023" as the date line; "across October and
    #     November 2022"; nine recommendations "which include ..."; the councillor's reply
    ("duffield-yjs-2023", facts([
        svc("Duffield Youth Justice Service", "Duffield YJS", "YJS", RI)], "2023-03-07", "2022-10", 9),
     """N| Statement following the inspection of youth justice services in Duffield

N| [Tuesday 7 March 2023|D]

N| The inspection report on [Duffield Youth Justice Service|S] was released today, and [HM Inspectorate of Probation|A] places the service at ‘[Requires improvement|R]’.
W| Inspectors said the service had only been saved from an overall ‘[Inadequate|R]’ by the strength of its work with victims.
N| The inspection took place across [October and November 2022|D].

W| The report says that too many children’s assessments missed signs of exploitation, and that managers seldom looked at the quality of case managers’ work.
S| Work with victims of crime was described as a strength, with victims offered restorative justice in almost every case.
W| Board members were not given the information they needed to hold the service to account.

R| Inspectors have made nine recommendations, which include making sure that every child’s safety plan is reviewed after any new incident.

N| Speaking for [Derbyshire County Council|A], the councillor responsible for young people said: “We are disappointed with this outcome, but we accept the recommendations and are already acting on them.”
"""),
    # 18. a local-news story with the region and a sibling unit's rating as context: "found X, which the East Midlands
    #     probation region runs, to be ‘...’"; "Its neighbour, Harworth PDU, was placed in the same category following its
    #     inspection in 2023" (another service's rating); "Tuesday, 19th November 2024"; fieldwork "in June and July 2024";
    #     a critical lede; eight recommendations
    ("tuxford-pdu-2024", facts([
        svc("Tuxford Probation Delivery Unit", "Tuxford PDU", "PDU", INAD)], "2024-11-19", "2024-06", 8),
     """N| Probation unit in north Nottinghamshire gets lowest rating

N| [Tuesday, 19th November 2024|D]

W| Probation staff in Tuxford are supervising people without the time or support to do the job properly, a report out today says.
N| [HM Inspectorate of Probation|A] found [Tuxford Probation Delivery Unit|S], which the [East Midlands probation region|S] runs, to be ‘[Inadequate|R]’.
N| Its neighbour, [Harworth PDU|S], was placed in the same category following its inspection in [2023|D].
N| Inspectors did their fieldwork in [June and July 2024|D].

W| Inspectors found half the officer posts empty, and trainees holding cases of people judged highly dangerous.
W| Only 8 of the 30 cases inspected had a risk management plan that was good enough.
S| Inspectors noted that staff were “determined and resilient”, and that work with [Nottinghamshire Police|A] on domestic abuse call-outs had improved.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People in this part of Nottinghamshire deserve better, and at the moment the public are not being protected as they should be.
R| “The region must get more qualified officers into Tuxford quickly.”

R| The report makes eight recommendations.

N| Recruiting in the area is a priority, the [Probation Service|A] said.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
