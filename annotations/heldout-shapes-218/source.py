"""Builds the two hundred and eighteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named before them: "each land at", "drops to ... the foot
    #    of the scale"; "the fortnight from 3 March 2025"; ten recommendations "three apiece ..., four for ..."
    ("lofthouse-middlesmoor-and-ramsgill-pdus-2025", facts([
        svc("Lofthouse Probation Delivery Unit", "Lofthouse PDU", "PDU", RI),
        svc("Middlesmoor Probation Delivery Unit", "Middlesmoor PDU", "PDU", INAD),
        svc("Ramsgill Probation Delivery Unit", "Ramsgill PDU", "PDU", RI)], "2025-05-13", "2025-03", 10),
     """N| Press release

N| Three upper-dale probation units inspected at once

N| One unit is in serious trouble and two have work to do, say inspectors.

N| From: [HM Inspectorate of Probation|A]

N| Published [13 May 2025|D]

N| Reports out today deal with three of the units that make up the [Probation Service – Yorkshire and the Humber region|S]: [Lofthouse Probation Delivery Unit|S], [Middlesmoor Probation Delivery Unit|S] and [Ramsgill Probation Delivery Unit|S].
N| [Lofthouse|S] and [Ramsgill|S] each land at ‘[Requires improvement|R]’, while [Middlesmoor|S] drops to ‘[Inadequate|R]’, the foot of the scale.
N| Inspectors spent the fortnight from [3 March 2025|D] in the three offices, reading cases and talking to staff.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Middlesmoor we met practitioners carrying well over a hundred cases each, and supervision had shrunk to a phone call every few weeks.
W| “Nobody had checked with the police before a man with a history of stalking was moved into a shared house.
S| “[Lofthouse|S] and [Ramsgill|S], for all their pressures, have kept hold of experienced officers who know their cases well.”

S| Inspectors saw a creditable focus on getting people into work in Ramsgill, through a scheme run with local farms and quarries.
W| Across all three units, though, reviews of risk were too often skipped when circumstances changed.

R| Between them the reports carry ten recommendations – three apiece for [Lofthouse|S] and [Ramsgill|S], four for [Middlesmoor|S].
R| The region must act quickly to bring caseloads in Middlesmoor down to a level staff can manage.
"""),
    # 2. two youth justice services in a local-news story, named Birstwith first, rated in the other order: "walked off
    #    with", "settled at"; byline Friday 21 November 2025, report day "on Tuesday (18 November)"; "six between them"
    ("birstwith-and-hampsthwaite-yjs-2025", facts([
        svc("Birstwith Youth Justice Service", "Birstwith YJS", "YJS", GOOD),
        svc("Hampsthwaite Youth Justice Service", "Hampsthwaite YJS", "YJS", OUT)], "2025-11-18", "2025-07", 6),
     """N| Dale youth teams earn top marks from inspectors

N| By [Helen Oddie|X], local democracy reporter
N| [Friday 21 November 2025|D]

N| [Birstwith Youth Justice Service|S] and its neighbour, [Hampsthwaite Youth Justice Service|S], have been through a joint inspection by [HM Inspectorate of Probation|A].
N| In reports released on Tuesday ([18 November|D]), [Hampsthwaite|S] walked off with ‘[Outstanding|R]’, the best mark the inspectorate gives, and [Birstwith|S] settled at ‘[Good|R]’.
N| Inspectors were with both teams through the middle of [July 2025|D].

S| The watchdog found that [Hampsthwaite|S]’s case managers stuck with children through setbacks and never gave up on them.
S| Its work to divert children away from court was singled out as a model for others.
S| [Birstwith|S]’s relationships with schools were close, and almost every child on the caseload was in some form of education.
W| Yet plans for keeping victims safe were thin in a number of [Birstwith|S]’s cases, and managers did not always spot the gaps.

S| [Martin Jones|X], Chief Inspector of Probation, said: “The children of these two dales are lucky to have such committed teams on their side.
R| “[Birstwith|S] must now raise its victim work to match everything else it does.”

R| There are six recommendations between them, five of them for [Birstwith|S].

N| [North Yorkshire Council|A] said it was delighted with the outcome and would publish an action plan in the new year.
"""),
    # 3. a unit inside its region, region in the headline; "Inspectors have found X to be ‘...’ overall"; aspect "graded
    #    on its own"; previous rating beside it; news item "Published: 26 Mar 2024"; "across the last week of October 2023"
    ("glasshouses-pdu-2024", facts([
        svc("Glasshouses Probation Delivery Unit", "Glasshouses PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-03-26", "2023-10", 6),
     """N| News

N| [Yorkshire and the Humber probation region|S]: [Glasshouses unit|S] still has ground to make up

N| Published: [26 Mar 2024|D]

N| Inspectors have found [Glasshouses Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ overall, a step on from the ‘[Inadequate|R]’ it was given in [2022|D].
N| The [Probation Service|A]’s [Yorkshire and the Humber region|S] manages the unit, along with eleven others.
S| Its unpaid work, graded on its own, earned ‘[Good|R]’, with placements that gave people real skills.
N| The inspection took place across the last week of [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Glasshouses|S] has done the hard part of rebuilding its workforce, and morale has lifted noticeably since we were last here.
W| “What it has not yet done is make sure that every risk assessment is revisited when something changes in a person’s life.
W| “In close to half the cases we looked at, the plan for protecting a partner or child had not been updated for months.”

S| Inspectors were impressed by the unit’s links with [North Yorkshire Police|A] on domestic abuse call-outs.
W| Access to accredited programmes was limited, and waiting lists ran to several months.

R| Six recommendations are set out in the report, four for the unit and two for the region.
"""),
    # 4. a Probation Trust in 2012 (no rating scale): "pleased to find" / "concerned to find" lists; a date line with the
    #    weekday; "in the week beginning 14 November 2011"; seven recommendations
    ("timble-and-fewston-probation-trust-2012", facts([
        svc("Timble and Fewston Probation Trust", "Timble and Fewston Probation Trust", "other", None)],
        "2012-03-15", "2011-11", 7),
     """N| Timble and Fewston probation: sound on reoffending, less sure on risk

N| [Thursday 15 March 2012|D]

W| HM Chief Inspector of Probation [Liz Calderbank|X] today published an inspection of offender management in [Timble and Fewston Probation Trust|S], which found a committed workforce, but one that was not always alert to the harm some offenders could cause.
N| Inspectors visited the Trust in the week beginning [14 November 2011|D].

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence, and nearly all first appointments were kept;
S| • staff helped offenders to find housing and jobs, and this work was of a high standard;
S| • staff knew their local courts and were trusted by sentencers.

N| However, inspectors were concerned to find that:
W| • the likelihood of harm to others was underestimated in about a quarter of the cases examined;
W| • home visits to offenders convicted of domestic violence were rare;
W| • the Trust’s managers did not routinely check the quality of risk of harm work.

R| The report makes seven recommendations, most of them about managing risk of harm.

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is an independent inspectorate, funded by the [Ministry of Justice|A] and reporting directly to the Secretary of State.
"""),
    # 5. a CRC in 2019: "inspectors have graded X ‘...’"; unpaid work "scored separately"; notes "will appear ... at 00.01
    #    on Thursday 11 July 2019"; "during February and March 2019"; "nine ... seven ... two"
    ("kettlesing-crc-2019", facts([
        svc("Kettlesing Community Rehabilitation Company", "Kettlesing CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-11", "2019-02", 9),
     """N| [Kettlesing CRC|S]: better than many, but risk work lags behind

N| Inspectors have graded [Kettlesing Community Rehabilitation Company|S] (CRC), which is owned by [Interserve|A] through [Purple Futures|A], ‘[Requires improvement|R]’.
N| Inspectors spent time with the CRC during [February and March 2019|D].

S| Unpaid work, scored separately, came out as ‘[Good|R]’: projects were well supervised and people on probation said the work felt worthwhile.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Kettlesing CRC|S] has steady leaders who know what they want the company to achieve.
W| “Too often, though, officers took what they were told at face value and did not look for evidence of risk to children.
W| “A third of those on its books were managed by telephone alone, and some had gone months without a face-to-face meeting.”

S| Inspectors commended the CRC’s work with [North Yorkshire Police|A] and the local women’s centre.
W| Sentence plans, however, were written late or not at all in one case in four.

R| Of the report’s nine recommendations, the CRC must act on seven; [HM Prison and Probation Service|A] is given the remaining pair.

N| ENDS

N| Notes to editors
N| 1. The report will be posted on the inspectorate’s website at 00.01 on [Thursday 11 July 2019|D].
"""),
    # 6. an NPS division written as "the Greenhow division of the National Probation Service": "the division's overall
    #    rating stands at ‘Good’"; "Inspectors were in the division for fieldwork in October 2019"; five recommendations
    ("greenhow-nps-division-2020", facts([
        svc("Greenhow division of the National Probation Service", "NPS Greenhow", "region", GOOD)],
        "2020-02-04", "2019-10", 5),
     """N| Probation inspectors find strong leadership in Greenhow

N| The overall rating for the [Greenhow division of the National Probation Service|S] stands at ‘[Good|R]’, [HM Inspectorate of Probation|A] said in a report published on [Tuesday 4 February 2020|D].
N| Inspectors were in the division for fieldwork in [October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Greenhow|S] is well led, its staff feel valued, and the work we saw in court was quick and accurate.
S| “Reports for sentencers were thorough, and the advice in them was well reasoned.
W| “The weak spot is victim contact: victims of serious crimes were too often left unaware that an offender was about to be freed.”

S| Relationships with the two local police forces were described as excellent by both sides.
W| But the division relied on agency staff to fill a fifth of its practitioner posts, which left some teams stretched.
R| Leaders need to set out how they will reduce that reliance over the coming year.

R| Five recommendations follow: the division gets three, and the [National Probation Service|A] nationally the other two.

N| ENDS
"""),
    # 7. "youth offending team" written out in lower case in the headline, capitalised later; "handed the lowest of its four
    #    grades"; embargo line "Not for publication before 00.01 Wednesday 18 December 2019"; "visited on 16 to 20
    #    September 2019"; eight recommendations "all but one ... the last to"
    ("summerbridge-yot-2019", facts([
        svc("Summerbridge Youth Offending Team", "Summerbridge YOT", "YJS", INAD)], "2019-12-18", "2019-09", 8),
     """N| Not for publication before 00.01 [Wednesday 18 December 2019|D]

N| Inspectors find [Summerbridge youth offending team|S] failing children

N| [HM Inspectorate of Probation|A] has handed [Summerbridge Youth Offending Team|S] (YOT) the lowest of its four grades, ‘[Inadequate|R]’.
N| The inspection team visited on [16 to 20 September 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a team that has lost its way.
W| “The management board met regularly but rarely asked hard questions, and little changed as a result.
W| “We found children at real risk of exploitation whose case managers had not shared what they knew with children’s social care.”

S| Inspectors did find that the [Summerbridge YOT|S] had built trusting relationships with many of the children it supervised.
W| However, assessments were judged sufficient in only 9 of the 24 cases inspected.
W| Worryingly, there was no plan in place for children leaving custody.

R| Eight recommendations are made, all but one of them to the YOT and its board; the last goes to [North Yorkshire Police|A].
R| “The board must take charge of this improvement, and it must do so now,” Mr Russell added.
"""),
    # 8. a youth justice service with resettlement rated separately and the previous rating beside the new one:
    #    "comes out as ‘Good’, up from"; GOV.UK "Published 20 August 2024"; "over the first half of April 2024"; four
    ("dallowgill-yjs-2024", facts([
        svc("Dallowgill Youth Justice Service", "Dallowgill YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-08-20", "2024-04", 4),
     """N| Press release

N| [Dallowgill Youth Justice Service|S]: ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 August 2024|D]

N| [Dallowgill Youth Justice Service|S] comes out as ‘[Good|R]’ in its latest inspection, having been rated ‘[Requires improvement|R]’ on the previous visit from inspectors in [2021|D].
S| Its resettlement work, looked at as a separate strand, merits ‘[Outstanding|R]’, with every child leaving custody going to a home and a school place that were arranged in advance.
N| Inspectors carried out their fieldwork over the first half of [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dallowgill|S]’s leaders have listened to what we told them three years ago and acted on almost all of it.
S| “Children told us they felt heard, and their plans showed it.
W| “Out-of-court work still has some way to go, with decisions sometimes taken without a full picture of the child.”

S| Thanks to its partnership with [CAMHS|A], a child needing mental health support could usually see someone within a fortnight.
W| Disappointingly, some children waited too long for speech and language assessments.

R| The report makes four recommendations to help the service move further forward.
"""),
    # 9. a long PDU name with "and", its region as context with the region's own rating: "placed X on the bottom rung";
    #    notes "The report goes live at 00.01 on 10 December 2024"; "from 1 to 5 July 2024"; seven
    ("stainburn-and-leathley-pdu-2024", facts([
        svc("Stainburn and Leathley Probation Delivery Unit", "Stainburn and Leathley PDU", "PDU", INAD)],
        "2024-12-10", "2024-07", 7),
     """N| [Stainburn and Leathley probation unit|S] judged ‘[Inadequate|R]’

N| Inspectors have placed [Stainburn and Leathley Probation Delivery Unit|S] on the bottom rung of the scale, ‘[Inadequate|R]’.
N| Above the unit sits the [Probation Service – Yorkshire and the Humber region|S], whose own inspection in [2023|D] ended at ‘[Requires improvement|R]’.
N| Inspection fieldwork took place from [1 to 5 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Stainburn and Leathley|S] told us they were firefighting every day, with no time to think about the people in front of them.
W| “Two thirds of the files we read contained nothing that amounted to a plan for keeping anyone safe.
S| “That said, the new head of service has a realistic grip on the problems and has won the trust of her team.”

W| Nearly forty per cent of probation officer posts were empty at the time of the inspection.
W| Sadly, checks on domestic abuse call-outs were missing in most of the cases where they mattered.

R| Seven recommendations are spread across the unit, the region and [HM Prison and Probation Service|A].

N| Notes to editors
N| 1. The report goes live at 00.01 on [10 December 2024|D].
"""),
    # 10. an ordinary GOV.UK youth justice page: "have awarded X a ‘Good’"; "The inspectors’ visit, in October 2022,";
    #     "six ... recommendations"
    ("felliscliffe-yjs-2023", facts([
        svc("Felliscliffe Youth Justice Service", "Felliscliffe YJS", "YJS", GOOD)], "2023-01-31", "2022-10", 6),
     """N| Press release

N| Felliscliffe youth justice work praised

N| Inspectors commend a service that puts children first.

N| From: [HM Inspectorate of Probation|A]

N| Published [31 January 2023|D]

N| Inspectors have awarded [Felliscliffe Youth Justice Service|S] a ‘[Good|R]’.
N| The inspectors’ visit, in [October 2022|D], included interviews with children, parents and magistrates.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Felliscliffe|S] may be tiny, yet what it gets done for children is impressive.
S| “Case managers knew their children inside out, and children in turn trusted them.
W| “Where it falls short is in planning for the safety of other people, which was not good enough in around a third of cases.”

S| Board meetings were well attended, and members held one another to account constructively.
W| Efforts to tackle the over-representation of some groups of children had only just got going.

R| Inspectors have made six recommendations to the service and its partners.
R| The service should check that every plan names the people who could be harmed and says how they will be protected.
"""),
    # 11. a council page told in the third person, "Posted on 06/06/2023"; "the inspectorate settled on ‘Requires improvement’";
    #     "spent a week with the service in February 2023"; four; the councillor's reply
    ("brimham-yjs-2023", facts([
        svc("Brimham Youth Justice Service", "Brimham YJS", "YJS", RI)], "2023-06-06", "2023-02", 4),
     """N| Inspection report for [Brimham Youth Justice Service|S]

N| Posted on [06/06/2023|D]

N| [HM Inspectorate of Probation|A] has today released its report on [Brimham Youth Justice Service|S], settling on an overall grade of ‘[Requires improvement|R]’.
N| Inspectors spent a week with the service in [February 2023|D].

S| The watchdog found staff who were passionate about their work and who went out of their way to build relationships with children and families.
S| It said joint work with [North Yorkshire Police|A] was steering children away from court effectively.
W| However, inspectors were worried that assessments did not always consider the risk that some children posed to others.
W| They also found that the quality of management oversight was inconsistent.

R| Four recommendations were made, covering risk assessment, oversight and the work of the partnership board.

N| Councillor [Janet Greaves|X], executive member for children and families, said: “Our thanks go to the whole team for everything they put into the inspection.
N| “We have already begun work on the recommendations and will report our progress to the board every quarter.”
"""),
    # 12. an ordinary PDU release with an embargo line "Embargoed: 00.01 hours, Thursday 22 February 2024": "the verdict
    #     on X is ‘Requires improvement’"; "The fieldwork, carried out in October 2023,"; "seven steps"
    ("fellbeck-pdu-2024", facts([
        svc("Fellbeck Probation Delivery Unit", "Fellbeck PDU", "PDU", RI)], "2024-02-22", "2023-10", 7),
     """N| Embargoed: 00.01 hours, [Thursday 22 February 2024|D]

N| Fellbeck probation: committed staff, too little time

N| The verdict on [Fellbeck Probation Delivery Unit|S] from [HM Inspectorate of Probation|A] is ‘[Requires improvement|R]’.
N| The fieldwork, carried out in [October 2023|D], looked at 46 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I have seldom met a team so determined to do right by the people they supervise.
W| “But determination cannot make up for a caseload that leaves officers with twenty minutes a fortnight for each person.
W| “Risk assessments were sound when first written, yet many were then left untouched for the rest of the order.”

S| Inspectors were encouraged by the unit’s work with the local housing team, which had cut the number of people released from prison with nowhere to live.
W| Unfortunately, interventions for people convicted of sexual offences were delayed by up to a year.

R| The report sets out seven recommendations for the unit and the region, the first of them a review of workloads.

N| ENDS
"""),
    # 13. a justiceinspectorates news item "Published: 5 Mar 2024": "X is ‘Outstanding’, inspectors have concluded";
    #     "for a week in November 2023"; "just three recommendations"
    ("heyshaw-yjs-2024", facts([
        svc("Heyshaw Youth Justice Service", "Heyshaw YJS", "YJS", OUT)], "2024-03-05", "2023-11", 3),
     """N| News

N| [Heyshaw Youth Justice Service|S] is ‘[Outstanding|R]’, inspectors conclude

N| Published: [5 Mar 2024|D]

N| [HM Inspectorate of Probation|A] has concluded that [Heyshaw Youth Justice Service|S] is ‘[Outstanding|R]’.
N| Inspectors were with the service for a week in [November 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything we saw in [Heyshaw|S] was built around the child, from the first meeting to the last.
S| “The team’s knowledge of each child’s family, school and friendships was remarkable.
S| “Even in the hardest cases, practitioners kept going and found ways to keep children engaged.”

S| Inspectors highlighted an education worker who had helped more than twenty children back into school over the past year.
S| The service had also made good use of the views of children to shape its offer.
W| The only area picked out for strengthening was how decisions on out-of-court disposals were recorded.

R| There are just three recommendations in the report.
"""),
    # 14. local news on an ‘Inadequate’ youth service: "rated the service ‘Inadequate’ – the worst of four judgements";
    #     byline Monday 14 April 2025, the report "made public last Thursday (10 April)"; "in January 2025"; eight
    ("padside-yjs-2025", facts([
        svc("Padside Youth Justice Service", "Padside YJS", "YJS", INAD)], "2025-04-10", "2025-01", 8),
     """N| Youth justice team told to improve after damning report

N| [Monday 14 April 2025|D]

N| Inspectors have delivered the worst of their four judgements, ‘[Inadequate|R]’, on [Padside Youth Justice Service|S].
N| The report, made public last Thursday ([10 April|D]), followed a visit to the service in [January 2025|D].

W| The report said children at risk of exploitation were being spotted too slowly, and that some had gone missing repeatedly without any review of their plans.
W| Staff said they felt unsupported, and several described a culture in which raising concerns was discouraged.
S| Inspectors did praise the work of the service’s two police officers, who had built good links with local schools.

W| Chief Inspector of Probation [Martin Jones|X] said: “Too many children in Padside are being let down.
R| “The partnership needs to make safety the first thing it thinks about for every child, not the last.”

R| In all, eight recommendations are made, with six for the service and two for [North Yorkshire Council|A].

N| A council spokesperson said the authority accepted the findings and had already appointed an interim head of service.
"""),
    # 15. an ordinary PDU page opening on "Skip to content" and an empty "Published:" line: "X has been assessed as
    #     ‘Requires improvement’"; "Inspectors gathered their evidence in March 2025"; notes "is published on 15 July 2025"
    ("shaw-mills-pdu-2025", facts([
        svc("Shaw Mills Probation Delivery Unit", "Shaw Mills PDU", "PDU", RI)], "2025-07-15", "2025-03", 6),
     """N| Skip to content

N| Published:

N| [Shaw Mills probation unit|S] must improve

N| [Shaw Mills Probation Delivery Unit|S] has been assessed as ‘[Requires improvement|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors gathered their evidence in [March 2025|D].

S| Leaders had a clear plan and had begun to bring down caseloads through better use of admin staff.
W| Even so, in more than half the cases examined, the assessment and management of risk of harm fell short of the standard required.
W| People on probation were not always told why appointments had been changed, and some had lost trust in the service as a result.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shaw Mills|S] has turned a corner, and the signs of recovery are real.
R| “Now the unit must turn good intentions into consistent practice on every case.”

R| Six recommendations, four for [Shaw Mills|S] and two for the region, are listed in the report.

N| Notes to editors
N| 1. The inspection report is published on [15 July 2025|D] at 00.01.
"""),
    # 16. a remote youth inspection in 2021 with a date line with an ordinal "Thursday, 2nd December 2021": "the service
    #     received ‘Requires improvement’ from inspectors"; "conducted remotely in August 2021"; five
    ("wilsill-yjs-2021", facts([
        svc("Wilsill Youth Justice Service", "Wilsill YJS", "YJS", RI)], "2021-12-02", "2021-08", 5),
     """N| [Thursday, 2nd December 2021|D]

N| [Wilsill youth justice service|S] inspection report published

N| [Wilsill Youth Justice Service|S] received ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A] in a report published today.
N| The inspection was conducted remotely in [August 2021|D] because of the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through a very difficult period, [Wilsill|S]’s staff stayed in touch with children and their families.
W| “The board, though, has not yet got to grips with its role, and too many of its members were unsure what was expected of them.
W| “Plans to keep children safe were too generic, and many simply repeated what the previous plan had said.”

S| Inspectors found that children were helped into education, training or employment in most cases.
W| However, the service understood too little about why children from some backgrounds were over-represented.

R| The report makes five recommendations, including one for the [Youth Justice Board|A].
"""),
    # 17. a 2016 joint youth inspection (no rating scale): "Hartwith Youth Offending Service"; "Published: 14 Jun 2016";
    #     "in February 2016"; no count stated
    ("hartwith-yos-2016", facts([
        svc("Hartwith Youth Offending Service", "Hartwith YOS", "YJS", None)], "2016-06-14", "2016-02", None),
     """N| News

N| Youth offending inspection – Hartwith

N| Published: [14 Jun 2016|D]

W| A joint inspection of [Hartwith Youth Offending Service|S] (YOS), led by [HM Inspectorate of Probation|A], found a service that was doing well by most children but that needed to sharpen its work on public protection.
N| The inspection took place in [February 2016|D]; [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A] lent inspectors to the team.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Hartwith YOS|S] staff are energetic and caring, and the children we spoke to valued their help.
S| “Reducing reoffending work was good, and the service had a clear understanding of what worked locally.
W| “Protecting the public was a different matter: in nearly half of the relevant cases, plans to manage risk to others were insufficient.”

S| Inspectors praised links with the local health services, which meant children with substance misuse problems were quickly seen.
W| Inspectors were disappointed to find that the management board did not monitor the quality of frontline practice.
R| The board should now make the quality of work to protect the public a standing item at every meeting.
"""),
    # 18. an ordinary news-item PDU release: "its overall mark is ‘Requires improvement’"; "Published: 7 Nov 2024";
    #     "Inspectors spent time in the unit in May 2024"; six "half to the unit"
    ("thornthwaite-pdu-2024", facts([
        svc("Thornthwaite Probation Delivery Unit", "Thornthwaite PDU", "PDU", RI)], "2024-11-07", "2024-05", 6),
     """N| News

N| [Thornthwaite Probation Delivery Unit|S] – ‘[Requires improvement|R]’

N| Published: [7 Nov 2024|D]

N| [Thornthwaite Probation Delivery Unit|S] has been inspected by [HM Inspectorate of Probation|A], and its overall mark is ‘[Requires improvement|R]’.
N| Inspectors spent time in the unit in [May 2024|D].

S| Court reports impressed inspectors: they were accurate and arrived on time.
S| Positively, the unit’s work with [HMP Leeds|S] meant that most people released there had an appointment booked before they left.
W| However, inspectors found that sentence plans were not reviewed after significant events in almost two thirds of cases.
W| Vacancies in middle management meant that practitioners had too little supervision of their own.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornthwaite|S]’s staff can be rightly proud of the progress they have made with people coming out of prison.
W| “But the basics of risk management are still not consistently in place, and that must change.”

R| The report has six recommendations, with half going to the unit and half to the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and eighteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
