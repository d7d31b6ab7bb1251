"""Builds the two hundred and second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in
this directory.

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
    # 1. two PDUs of one region in a justiceinspectorates news item: "X comes out at ‘...’ and Y drops to ‘...’";
    #    "over the fortnight beginning 15 April 2024"; nine recommendations "Musbury must act on five, Kilmington on four"
    ("kilmington-and-musbury-pdus-2024", facts([
        svc("Kilmington Probation Delivery Unit", "Kilmington PDU", "PDU", RI),
        svc("Musbury Probation Delivery Unit", "Musbury PDU", "PDU", INAD)], "2024-09-17", "2024-04", 9),
     """N| News

N| Two Axe valley probation units fall short of the standard expected

N| Published: [17 Sep 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have reported on [Kilmington Probation Delivery Unit|S] and [Musbury Probation Delivery Unit|S], neighbouring units in the [Probation Service – South West region|S].
N| [Kilmington|S] comes out at ‘[Requires improvement|R]’, while [Musbury|S] drops to ‘[Inadequate|R]’.
N| The inspection team spent the fortnight beginning [15 April 2024|D] in the two offices.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Musbury|S] had half its probation officer posts empty on the day we arrived, and some people had gone months between appointments.
S| “[Kilmington|S] has held on to experienced staff, and every Friday its managers pick cases at random to audit.”

S| Inspectors found that the two units shared a well-organised accommodation worker, who had found somewhere to live for most people leaving [HMP Exeter|S].
W| Across both units, however, practitioners seldom asked [Devon and Cornwall Police|A] about domestic abuse call-outs before writing a plan.
W| In [Musbury|S]’s cases, only one in four risk management plans said how a known victim would be protected.

R| Of the nine recommendations, [Musbury|S] must act on five and [Kilmington|S] on four.
"""),
    # 2. two youth justice services in local news: reports "came out on Tuesday (20 May)" under a byline of Thursday
    #    22 May 2025; the ratings in the other order from first naming ("X has been marked down to ..., its neighbour Y
    #    earns ..."); "six recommendations, four of them for Colaton Raleigh"
    ("otterton-and-colaton-raleigh-yjs-2025", facts([
        svc("Otterton Youth Justice Service", "Otterton YJS", "YJS", GOOD),
        svc("Colaton Raleigh Youth Justice Service", "Colaton Raleigh YJS", "YJS", RI)], "2025-05-20", "2025-02", 6),
     """N| Lower Otter youth teams get mixed verdicts from inspectors

N| By [Ruth Penwarden|X]

N| [Thursday 22 May 2025|D]

N| Reports on [Otterton Youth Justice Service|S] and [Colaton Raleigh Youth Justice Service|S] came out on Tuesday ([20 May|D]), three months after inspectors spent a week with each team in [February 2025|D].
N| [Colaton Raleigh|S] has been marked ‘[Requires improvement|R]’, but its neighbour [Otterton|S] earns a ‘[Good|R]’.

S| According to the reports, [Otterton|S]’s case workers had got to know each family well and kept children in school through exclusions and moves.
S| The inspectors singled out its sports mentoring scheme, run with volunteers from a local rugby club, as a real strength.
W| At [Colaton Raleigh YJS|S], by comparison, children had often waited over a month for a first assessment, and some plans had never been signed off.
W| Neither team had a settled arrangement with [CAMHS|A] for children in crisis.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Otterton|S] has a team that knows its children and never gives up on them.
R| “[Colaton Raleigh|S] now has to put the same effort into getting the basics of assessment and planning right.”

R| The reports set out six recommendations, four of them for [Colaton Raleigh|S].

N| [Devon County Council|A] told us both teams were already drafting responses to the reports.
"""),
    # 3. three PDUs on a GOV.UK page, the region named first; "Inspectors judged Upottery ‘Inadequate’; Dunkeswell and
    #    Yarcombe each receive ‘Requires improvement’", first named Dunkeswell, Upottery, Yarcombe; "10 to 21 February
    #    2025"; "Twelve recommendations in all, four per unit"
    ("dunkeswell-upottery-and-yarcombe-pdus-2025", facts([
        svc("Dunkeswell Probation Delivery Unit", "Dunkeswell PDU", "PDU", RI),
        svc("Upottery Probation Delivery Unit", "Upottery PDU", "PDU", INAD),
        svc("Yarcombe Probation Delivery Unit", "Yarcombe PDU", "PDU", RI)], "2025-06-03", "2025-02", 12),
     """N| Press release

N| Three probation units on the Devon–Somerset border: inspection reports published

N| Workforce shortages leave one of three rural units failing, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| The [Probation Service – South West region|S] runs three small delivery units along the Devon and Somerset border, and all three have now been inspected: [Dunkeswell Probation Delivery Unit|S], [Upottery Probation Delivery Unit|S] and [Yarcombe Probation Delivery Unit|S].
N| Inspectors judged [Upottery|S] ‘[Inadequate|R]’; [Dunkeswell|S] and [Yarcombe|S] each receive ‘[Requires improvement|R]’.
N| Fieldwork ran from [10 to 21 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are units covering large distances with very few staff, and [Upottery|S] has buckled under the strain.
W| “Nearly every case we looked at there had gaps in the checks on children living with the person on probation.
S| “[Dunkeswell|S] and [Yarcombe|S], to their credit, have kept supervision going face to face despite the travelling involved.”

S| Inspectors commended a shared women’s group, held in a village hall, which women on probation said had helped them more than any office appointment.
W| Sadly, the units’ use of unpaid work was limited, because only one supervisor covered all three areas.

R| Twelve recommendations are made in all, four per unit.

N| ENDS
"""),
    # 4. a unit inside its region, the region named in the headline and its own earlier rating beside: "has assessed X
    #    as ‘...’"; "in the week of 4 March 2024"; notes give "00.01 on Tuesday 16 July 2024"; five recommendations
    ("feniton-pdu-2024", facts([
        svc("Feniton Probation Delivery Unit", "Feniton PDU", "PDU", RI)], "2024-07-16", "2024-03", 5),
     """N| [South West probation region|S]: inspectors’ report on [Feniton unit|S]

N| [His Majesty’s Inspectorate of Probation|A] has assessed [Feniton Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Its parent region, the [Probation Service – South West region|S], received ‘[Requires improvement|R]’ from its own inspection in [2023|D].
N| Inspectors were in Feniton in the week of [4 March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Feniton|S] is a unit with real strengths.
S| “Its staff are warm and persistent, and people on probation told us they felt treated as individuals.
W| “But too much of the work to protect the public relied on individual goodwill rather than on clear systems.”

W| Mr Jones continued: “We found cases where nobody had followed up on a concern raised by children’s social care, sometimes for weeks.”

S| Encouragingly, the unit’s links with drug and alcohol services were close, and most people who needed treatment started it promptly.
W| Management oversight of higher-risk cases was patchy.

R| Five recommendations are made in the report, three to the unit and two to the region.

N| Notes to editors
N| 1. The report goes live at 00.01 on [Tuesday 16 July 2024|D] on the inspectorate’s website.
N| 2. [Feniton PDU|S] covers the part of East Devon between Honiton and Exeter.
"""),
    # 5. a unit inside its region, previous rating and an aspect rated on its own: "placed X ... in the ‘...’ band";
    #    "climbing from ‘Inadequate’ at its last inspection in 2022"; unpaid work "graded separately"; "published
    #    today (Thursday 13 November)" with the year from the fieldwork (July 2025)
    ("payhembury-pdu-2025", facts([
        svc("Payhembury Probation Delivery Unit", "Payhembury PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-11-13", "2025-07", 5),
     """N| [Payhembury probation unit|S] climbs off the bottom grade

N| In a report published today ([Thursday 13 November|D]), inspectors have placed [Payhembury Probation Delivery Unit|S], in the [Probation Service|A]’s [South West region|S], in the ‘[Requires improvement|R]’ band.
N| The unit had been rated ‘[Inadequate|R]’ at its last inspection, in [2022|D].
S| Its unpaid work, graded separately, reached ‘[Good|R]’.
N| The inspection fieldwork was carried out in [July 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Three years ago [Payhembury|S] was in crisis; today it has a full management team and a plan that staff believe in.
W| “Even so, assessments of risk are still too thin, and too few of them draw on what the police and children’s services know.”

S| Inspectors found unpaid work projects that were valued by parish councils and that gave people skills they could use in paid jobs.
W| However, the unit had done enough to protect other people in just 15 of the 38 cases inspectors read.
R| Leaders in the region should make sure the unit is not left short of staff again as others are recruited elsewhere.

R| The report contains five recommendations.
"""),
    # 6. a Probation Trust in 2012, before ratings: list lead-ins "The inspectors found that:" / "Less positively,
    #    they found that:"; "Thursday, 8th November 2012"; "fieldwork in June 2012"; seven recommendations
    ("talaton-and-gittisham-probation-trust-2012", facts([
        svc("Talaton and Gittisham Probation Trust", "Talaton and Gittisham Probation Trust", "other", None)],
        "2012-11-08", "2012-06", 7),
     """N| Inspection of probation work in Talaton and Gittisham

N| [Thursday, 8th November 2012|D]

W| A report published today by [HM Inspectorate of Probation|A] on [Talaton and Gittisham Probation Trust|S] describes an organisation that serves the courts well but has important gaps in its work to protect the public.
N| Inspectors carried out their fieldwork in [June 2012|D] and read 60 cases.

N| The inspectors found that:
S| • pre-sentence reports were well researched and gave magistrates realistic options;
S| • people under supervision told inspectors that their offender managers listened to them and treated them fairly;
S| • the Trust and [Devon and Cornwall Police|A] ran an effective scheme for prolific offenders.

N| Less positively, they found that:
W| • plans to manage risk of harm to others were often generic and not reviewed when things changed;
W| • too few cases recorded whether children were living in the household.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust has a great deal going for it.
R| “The Trust must now make its public protection work as rigorous as its work for the courts.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC in 2018 owned by Working Links, an embargo line: "concluded that X ... is ‘...’" after "visited in July
    #    2018"; two aspects rated separately in one sentence; a partner prison (SERVICE); "ten recommendations, eight
    #    for the CRC and Working Links and two for HMPPS"
    ("axmouth-and-rousdon-crc-2018", facts([
        svc("Axmouth and Rousdon Community Rehabilitation Company", "Axmouth and Rousdon CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}, {"aspect": "Through the Gate", "rating": RI}])],
        "2018-12-12", "2018-07", 10),
     """N| EMBARGOED: 00:01 hours, [Wednesday 12 December 2018|D]

N| Probation company in East Devon failing, say inspectors

N| After visiting in [July 2018|D], [HM Inspectorate of Probation|A] has concluded that [Axmouth and Rousdon Community Rehabilitation Company|S] (CRC) is ‘[Inadequate|R]’.
N| The company is one of those owned by [Working Links|A].
W| Its unpaid work and its Through the Gate services were each rated on their own, and both were graded ‘[Requires improvement|R]’.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff here told us they felt like they were firefighting every day, and the work we read bears that out.
W| “Some people were being supervised by telephone calls every six weeks, which is not probation supervision in any meaningful sense.”

S| On a brighter note, the resettlement team at [HMP Exeter|S] worked hard to find housing for those due for release, and many had an address on the day they left.
W| Information about risk from the [National Probation Service|A] was often not asked for, or arrived too late to shape the plan.

R| There are ten recommendations: the CRC and [Working Links|A] between them receive eight, and [HM Prison and Probation Service|A] the other two.

N| [Working Links|A] said in a statement that it was disappointed by the findings and had already made changes.
"""),
    # 8. a youth offending team written out on a council page in 2015, before ratings: "Date: 10/03/2015"; lead-ins
    #    "Inspectors identified these strengths:" / "They also highlighted areas for improvement:"; a named board; five
    #    recommendations
    ("dalwood-yot-2015", facts([
        svc("Dalwood Youth Offending Team", "Dalwood YOT", "YJS", None)], "2015-03-10", "2014-12", 5),
     """N| Inspectors report on Dalwood youth offending work

N| Date: [10/03/2015|D]

N| The report of [HM Inspectorate of Probation|A]’s inspection of the [Dalwood Youth Offending Team|S] (YOT), carried out in [December 2014|D], has been published.

N| Inspectors identified these strengths:
S| • case workers treated children with respect and understood their backgrounds;
S| • the [Dalwood YOT|S] worked closely with schools, so that nearly every child it supervised was in education.

N| They also highlighted areas for improvement:
W| • assessments of the harm a child might cause to others were often missing or superficial;
W| • the [Dalwood YOT Management Board|A] had not kept track of whether the YOT’s plans were working.

S| [Paul McDowell|X], HM Chief Inspector of Probation, said: “Children in Dalwood are lucky to have case managers who are so committed to them.
R| “The management board must now get a grip on how well the YOT is protecting the public.”

R| The report makes five recommendations.

N| [Devon County Council|A]’s lead member for children’s services, Councillor [James McInnes|X], said: “We thank inspectors for their thorough report and will act on every recommendation.”
"""),
    # 9. an NPS division in 2019: the headline's lower-case "Stockland probation division"; "The division’s overall
    #    rating is ‘...’"; "in October and November 2018"; six recommendations "four for the division, two for HMPPS"
    ("stockland-nps-division-2019", facts([
        svc("National Probation Service – Stockland Division", "NPS Stockland", "region", RI)],
        "2019-02-26", "2018-10", 6),
     """N| News

N| Inspectors report on [Stockland probation division|S]

N| Published: [26 Feb 2019|D]

N| The overall rating of the [National Probation Service – Stockland Division|S] is ‘[Requires improvement|R]’, according to a report by [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [October and November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Stockland|S] has capable leaders, but they are running a division with far too few qualified probation officers.
W| “Caseloads were high and rising, and that pressure was plain to see in the quality of risk assessments.”

S| Advice to the courts was timely and well informed, and magistrates spoke highly of it.
W| By contrast, work with victims was inconsistent, and in several cases the victim liaison unit had not been told about a release date.

R| Four of the six recommendations are for the division, and two for [HMPPS|A].
"""),
    # 10. an ordinary youth justice service on GOV.UK, ‘Good’
    ("branscombe-yjs-2023", facts([
        svc("Branscombe Youth Justice Service", "Branscombe YJS", "YJS", GOOD)], "2023-03-14", "2022-11", 4),
     """N| Press release

N| Coastal youth justice service earns ‘[Good|R]’ rating

N| Children in [Branscombe Youth Justice Service|S]’s care are getting the help they need, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 March 2023|D]

N| [Branscombe Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [November 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “For its size, [Branscombe|S] does remarkable things for the children on its books.
S| “Case workers go the extra mile, visiting children at home in the evenings and at weekends when that is what it takes.”

S| Inspectors were impressed by the service’s restorative work, which gave most victims the chance to have their say.
W| On the other hand, plans for children’s safety and wellbeing did not always reflect what was known about exploitation in the area.
W| The board had yet to agree how it would measure the service’s impact on reoffending.

R| Inspectors make four recommendations.
"""),
    # 11. an ordinary youth justice service on a council page in the third person, with the council's reply;
    #     "Published 02/08/2022"; "The inspection, in March 2022, found the service ‘Requires improvement’"
    ("luppitt-yjs-2022", facts([
        svc("Luppitt Youth Justice Service", "Luppitt YJS", "YJS", RI)], "2022-08-02", "2022-03", 7),
     """N| [Luppitt Youth Justice Service|S]: inspection outcome

N| Published [02/08/2022|D]

N| The inspection of [Luppitt Youth Justice Service|S], in [March 2022|D], found that the service ‘[Requires improvement|R]’.

S| The inspectors said that staff understood the children in their care and that the service’s education work was effective.
W| However, they reported that the quality of risk assessments varied and that some children’s plans were out of date.
W| They also found gaps in the support available to children leaving custody.

R| The report contains seven recommendations for the service and its partners.

N| Councillor [Andrew Leadbetter|X], who speaks for children’s services on [Devon County Council|A]’s cabinet, said: “We welcome the report and have already begun work on each of its recommendations.
N| “My thanks go to the staff, children and families who spoke to the inspectors.”
"""),
    # 12. an ordinary youth justice service rated ‘Outstanding’, resettlement graded on its own; "between 29 January
    #     and 2 February 2024"; two recommendations; the notes' day
    ("churchinford-yjs-2024", facts([
        svc("Churchinford Youth Justice Service", "Churchinford YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-05-21", "2024-01", 2),
     """N| Top rating for [Churchinford Youth Justice Service|S]

N| [Churchinford Youth Justice Service|S] has been judged ‘[Outstanding|R]’, the top mark [HM Inspectorate of Probation|A] can give.
S| Resettlement, which inspectors graded on its own, was found to be ‘[Good|R]’.
N| Fieldwork took place between [29 January and 2 February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What stands out in Churchinford is how well every partner pulls in the same direction.
S| “Police, schools and health staff all told us the same thing: this service makes their job easier and children’s lives better.”

S| In every case inspected, the child’s own views were written into the plan in their own words.
W| The one gap was in out-of-hours cover, which meant some children released on a Friday waited until Monday to see anyone.

R| There are just two recommendations.

N| Notes to editors
N| 1. The report will be published on [21 May 2024|D] at 00.01.
"""),
    # 13. an ordinary PDU rated ‘Inadequate’ on a justiceinspectorates news item; a call on the region
    ("smeatharpe-pdu-2024", facts([
        svc("Smeatharpe Probation Delivery Unit", "Smeatharpe PDU", "PDU", INAD)], "2024-08-06", "2024-03", 8),
     """N| News

N| [Smeatharpe PDU|S] rated ‘[Inadequate|R]’

N| Published: [6 Aug 2024|D]

N| Inspectors have given [Smeatharpe Probation Delivery Unit|S] the lowest of their four ratings, ‘[Inadequate|R]’.
N| They examined 44 cases when they visited in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Smeatharpe|S]’s staff had the lowest morale I have come across, and many were thinking of leaving.
W| “Risk assessments were overdue in almost half of cases, and managers did not know which ones.”

W| Only 9 of the 44 cases showed enough attention to the safety of children.
S| Despite the pressure on staff, the unit’s work with local housing providers was effective, and few people were released from prison with nowhere to go.

R| Mr Jones added: “The region must give [Smeatharpe|S] the managers and practitioners it needs, and it must do so quickly.”

R| The report includes eight recommendations.
"""),
    # 14. an ordinary youth justice service under an embargo line: "Inspectors have found that X requires improvement,
    #     rating it ‘...’"; a concession that ends critical
    ("clayhidon-yjs-2025", facts([
        svc("Clayhidon Youth Justice Service", "Clayhidon YJS", "YJS", RI)], "2025-03-27", "2024-12", 6),
     """N| Embargoed until 00:01 [Thursday 27 March 2025|D]

N| [Clayhidon Youth Justice Service|S] told to sharpen its focus on safety

N| Following an inspection in [December 2024|D], [HM Inspectorate of Probation|A] has rated [Clayhidon Youth Justice Service|S] ‘[Requires improvement|R]’.

S| The service’s diversion work impressed inspectors: most children given out-of-court disposals went on to complete their programmes.
W| But planning to keep children safe from exploitation lacked detail, and information from [Devon and Cornwall Police|A] was not always used.
W| Staff turnover had been high, and several children had had three or more case workers in a year.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Though the people working here clearly care, the service has not yet got a firm hold on the risks some children face.”

R| Of the six recommendations in the report, two are addressed to the police.

N| A spokesperson for [Devon County Council|A] said the council accepted all six recommendations.
"""),
    # 15. an ordinary youth justice service in 2021, "carried out remotely in March 2021"; "Tuesday 22 June 2021"
    ("broadhembury-yjs-2021", facts([
        svc("Broadhembury Youth Justice Service", "Broadhembury YJS", "YJS", GOOD)], "2021-06-22", "2021-03", 3),
     """N| Inspectors praise [Broadhembury Youth Justice Service|S]

N| [Tuesday 22 June 2021|D]

N| [Broadhembury Youth Justice Service|S] is ‘[Good|R]’, according to a report out today from [HM Inspectorate of Probation|A].
N| With pandemic restrictions still in force, inspectors worked remotely in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout lockdown, [Broadhembury|S]’s staff found ways to keep children engaged, from doorstep visits to walks in the countryside.
S| “The service’s leaders are ambitious for children and honest about what still needs doing.”

S| Inspectors highlighted the quality of work with children’s families, which was a particular strength.
W| Worryingly, though, a few children who posed a high risk to others had no contingency plan.

R| The report makes three recommendations.
"""),
    # 16. an ordinary youth offending service in 2019: "Wednesday, 4th December 2019"; a named board; five recommendations
    #     "four to the YOS, one to the Plymtree YOS management board"
    ("plymtree-yos-2019", facts([
        svc("Plymtree Youth Offending Service", "Plymtree YOS", "YJS", RI)], "2019-12-04", "2019-08", 5),
     """N| Inspection verdict for [Plymtree Youth Offending Service|S]

N| [Wednesday, 4th December 2019|D]

N| [HM Inspectorate of Probation|A] today published its report on [Plymtree Youth Offending Service|S] (YOS), rating it ‘[Requires improvement|R]’ after an inspection in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Plymtree YOS|S] are committed and know the children they work with well.
W| “However, they do not always recognise when a child is at risk of harm, and some plans were too vague to be useful.”

W| Inspectors found that the YOS did not collect enough information on how well its work was reducing offending.
S| Work with the courts was of a high standard.

R| There are five recommendations, four to the YOS and one to the [Plymtree YOS management board|A].
"""),
    # 17. a 2025 public-protection PDU inspection, no rating, "Context" / "Findings" bullets, the region named as context
    ("farway-pdu-2025", facts([
        svc("Farway Probation Delivery Unit", "Farway PDU", "PDU", None)], "2025-10-14", "2025-06", 4),
     """N| Press release

N| Public protection in [Farway Probation Delivery Unit|S]: report published

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| [HM Inspectorate of Probation|A] today releases its public protection findings on [Farway Probation Delivery Unit|S], one of the East Devon units of the [Probation Service – South West region|S].
N| Inspections in this programme are not rated.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • [Farway PDU|S] covers a mainly rural part of East Devon and supervises around 600 people.
N| • Just over a quarter of its caseload has a history of domestic abuse.

N| Findings
W| • Practitioners rarely contacted children’s services before writing a sentence plan.
S| • Multi-agency work through [MAPPA|A] was well organised and well attended.
W| • Home visits were used in too few high-risk cases.
S| • Staff had received recent, high-quality training on domestic abuse.

R| Inspectors make four recommendations to the unit and the region.
"""),
    # 18. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line;
    #     "has been given the bottom grade, ‘Inadequate’"; the notes' day
    ("sidbury-yjs-2024", facts([
        svc("Sidbury Youth Justice Service", "Sidbury YJS", "YJS", INAD)], "2024-11-26", "2024-07", 9),
     """N| Skip to content

N| Published:

N| [Sidbury youth justice service|S] rated ‘[Inadequate|R]’

N| [Sidbury Youth Justice Service|S] has been given the bottom grade, ‘[Inadequate|R]’, by [HM Inspectorate of Probation|A].
N| Inspectors spent a week at the service in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found children whose safety had not been properly considered by anyone, and that is deeply worrying.
W| “Leaders did not have an accurate picture of the service, and the board had not asked the right questions.”

W| Safety planning was adequate in only 7 of the 20 cases inspectors looked at.
S| Children did say that their case workers were kind and that they could talk to them.
W| Disappointingly, the service had made little progress since a critical internal review in [2023|D].

R| Inspectors set out nine recommendations; [Devon County Council|A] is the recipient of two of them.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [26 November 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
