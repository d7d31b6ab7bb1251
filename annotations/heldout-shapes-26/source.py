"""Builds the twenty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Cumbrian PDUs on a GOV.UK page, the region named before the units: "The grades handed down today put X and
    #    Y at ‘...’, while Z sits a rung lower, at ‘...’"; fieldwork first ("In January 2024, inspectors looked at three
    #    units together, all within ..."); "Nine recommendations are spread across the reports: three per unit"
    ("silloth-longtown-and-kirkby-stephen-pdus-2024", facts([
        svc("Silloth Probation Delivery Unit", "Silloth PDU", "PDU", RI),
        svc("Longtown Probation Delivery Unit", "Longtown PDU", "PDU", INAD),
        svc("Kirkby Stephen Probation Delivery Unit", "Kirkby Stephen PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Inspectors report on three probation units in Cumbria

N| Three reports, one fieldwork visit: the findings for a trio of Cumbrian units.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| In [January 2024|D], inspectors looked at three units together, all within [Probation Service – North West region|S]: [Silloth Probation Delivery Unit|S], [Longtown Probation Delivery Unit|S] and [Kirkby Stephen Probation Delivery Unit|S].
N| The grades handed down today put [Silloth|S] and [Kirkby Stephen|S] at ‘[Requires improvement|R]’, while [Longtown|S] sits a rung lower, at ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Longtown|S] has lost almost every experienced officer it had, and those who remain are stretched to breaking point.
W| “Hardly anyone on its caseload had been visited at home, even where a partner or a child might be in danger.
S| “In Silloth and Kirkby Stephen the picture is steadier: teams are small but close, and managers know each case by name.”

S| Inspectors commended [Kirkby Stephen PDU|S] for the way it had kept unpaid work going across a huge, sparsely settled area.
W| In each unit, less than half of the risk management plans that inspectors read were judged sufficient.
W| Links with [Cumbria Constabulary|A] were described as improving, but police information still arrived late or not at all in many cases.

R| Nine recommendations are spread across the reports: three per unit.

N| [Helen Ashworth|X], the region’s Probation Director, said: “We have already moved experienced staff into the north of the county.”
"""),
    # 2. two youth justice services in one local-news story: made public "on Thursday (5 October)" under a byline of
    #    Saturday 7 October 2023; "X walked away with ‘...’, the best mark available, and Y collected a ‘...’", in the other
    #    order from the one they were first named in; "five ... between them, three aimed at X and two at Y"
    ("wolsingham-and-stanhope-yjs-2023", facts([
        svc("Wolsingham Youth Justice Service", "Wolsingham YJS", "YJS", GOOD),
        svc("Stanhope Youth Justice Service", "Stanhope YJS", "YJS", OUT)], "2023-10-05", "2023-06", 5),
     """N| Weardale youth justice teams win inspectors’ praise

N| By [Tom Hebburn|X]

N| [Saturday 7 October 2023|D]

N| Inspectors’ verdicts on [Wolsingham Youth Justice Service|S] and [Stanhope Youth Justice Service|S] were made public on Thursday ([5 October|D]), four months after the two teams were visited in [June 2023|D].
N| [Stanhope|S] walked away with ‘[Outstanding|R]’, the best mark available, and [Wolsingham|S] collected a ‘[Good|R]’.

S| According to the reports, every child supervised by [Stanhope|S]’s case workers had a say in the decisions about their plan, and almost all were back in education.
S| Inspectors credited [Wolsingham|S] with a swift, well-run system for steering children away from court.
W| They did, however, find that [Wolsingham YJS|S] was slow to pass safety concerns to children’s social care at [Durham County Council|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, commented: “[Stanhope|S] is proof that a small team in a rural area can deliver youth justice of the very highest quality.”

R| Across the pair of reports there are five recommendations, three aimed at [Wolsingham|S] and two at [Stanhope|S].

N| [Durham County Council|A] described itself as “delighted” with both results.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "... has graded X ‘...’; the unit
    #    sits in ..."; the region's own 2023 rating as context; "Mr Jones continued"; "Over a fortnight in July 2024";
    #    "Report release: 00.01, Tuesday 26 November 2024" in the notes
    ("corbridge-pdu-2024", facts([
        svc("Corbridge Probation Delivery Unit", "Corbridge PDU", "PDU", INAD)], "2024-11-26", "2024-07", 7),
     """N| [North East probation region|S]: lowest grade for [Corbridge probation unit|S]

N| [HM Inspectorate of Probation|A] has graded [Corbridge Probation Delivery Unit|S] ‘[Inadequate|R]’; the unit sits in [Probation Service – North East region|S].
N| When the [North East region|S] itself was inspected in [2023|D], it was given ‘[Requires improvement|R]’.
N| Over a fortnight in [July 2024|D], inspectors read 52 cases and interviewed staff.

W| Chief Inspector of Probation [Martin Jones|X] said: “We found a unit that has been left to drift.
W| “Nobody was checking whether the supervision plans we read were being carried out, and in several cases they were not.”

W| Mr Jones continued: “Only in a minority of cases did we see proper attention paid to the victims of domestic abuse.”

S| Even so, inspectors recorded a constructive working relationship with [Northumbria Police|A] on prolific offenders and praised the patience of the unit’s administrative staff.
W| Sickness absence was nearly double the rate elsewhere in the region, and a quarter of probation officer posts were empty.

R| Seven recommendations are set out: five for [Corbridge PDU|S] and a further two for regional leaders.

N| ENDS

N| Notes to editors
N| 1. Report release: 00.01, [Tuesday 26 November 2024|D].
N| 2. [Corbridge PDU|S] covers the Tyne Valley and the west of Northumberland.
"""),
    # 4. a unit inside its region, the region only in the notes, on a justiceinspectorates news item: "The rating awarded to
    #    X after its inspection is ‘...’"; "from 20 to 31 January 2025"; a quote's call ("What it has to do now is ...");
    #    "The report lists six recommendations"
    ("whalley-pdu-2025", facts([
        svc("Whalley Probation Delivery Unit", "Whalley PDU", "PDU", RI)], "2025-06-03", "2025-01", 6),
     """N| News

N| Lancashire probation unit ‘has the foundations in place’

N| [3 June 2025|D]

N| The rating awarded to [Whalley Probation Delivery Unit|S] after its inspection is ‘[Requires improvement|R]’.
N| Inspectors were with the unit from [20 to 31 January 2025|D].

S| They found the foundations in place: a stable senior team, a realistic improvement plan and staff who felt listened to.
S| Positively, the unit’s work with women on probation was thoughtful and well resourced.
W| On the other hand, too many assessments leaned on what people said about themselves and were not checked against police or social care records.
W| Sentence plans were often carried over unchanged when they were reviewed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whalley|S] is moving in the right direction.
R| “What it has to do now is make checking information a habit, not an afterthought, in every case.”

R| The report lists six recommendations for the unit to act on.

N| Notes to editors
N| 1. [Whalley PDU|S] sits within [Probation Service – North West region|S] and supervises around 550 people in the Ribble Valley.
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, "Among the positive findings:" / "Areas of concern
    #    included:" bullet lists; the verdict in the first sentence ("is effective in most respects but ..."); "Wednesday
    #    16th January 2013" above "released today"; "54 cases examined by inspectors in October 2012"; eight recommendations
    ("church-stretton-and-craven-arms-probation-trust-2013", facts([
        svc("Church Stretton and Craven Arms Probation Trust", "Church Stretton and Craven Arms Probation Trust", "other",
            None)], "2013-01-16", "2012-10", 8),
     """N| Inspection of [Church Stretton and Craven Arms Probation Trust|S] – report published

N| [Wednesday 16th January 2013|D]

W| Offender management by [Church Stretton and Craven Arms Probation Trust|S] is effective in most respects but work to protect children needs attention, concludes [HMI Probation|A], whose findings were released today.
N| The inspection was based on 54 cases examined by inspectors in [October 2012|D].

S| The Trust scored 79% on cutting reoffending and 84% on carrying out the sentences passed by courts.
W| Public protection lagged behind, with a score of just 63%.

N| Among the positive findings:
S| • most offenders were seen promptly and regularly by the same officer;
S| • the Trust worked closely with [West Mercia Police|A] on integrated offender management.

N| Areas of concern included:
W| • harm assessments were frequently unfinished or overdue;
W| • where children were involved, home visits were rare.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, remarked: “Staff in this Trust are enthusiastic and know their offenders well.
R| “Managers must now treat the safety of children as just as important.”

R| Inspectors have put forward eight recommendations.
"""),
    # 6. a CRC in 2019 in a provider group, with an embargo line: "X (CRC), which ... runs through its ... partnership, was
    #    told by ... that it ‘...’ overall"; "A separate grade for its unpaid work came out higher, at ‘...’"; "Inspectors
    #    gathered their evidence in November 2018"; the provider's reply
    ("tarporley-and-malpas-crc-2019", facts([
        svc("Tarporley and Malpas Community Rehabilitation Company", "Tarporley and Malpas CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-14", "2018-11", 6),
     """N| Embargo: not before 00.01 on [Thursday 14 March 2019|D]

N| Cheshire probation company needs to improve, says inspectorate

N| [Tarporley and Malpas Community Rehabilitation Company|S] (CRC), which [Interserve|A] runs through its [Purple Futures|A] partnership, was told by [HM Inspectorate of Probation|A] that it ‘[Requires improvement|R]’ overall.
S| A separate grade for its unpaid work came out higher, at ‘[Good|R]’.
N| Inspectors gathered their evidence in [November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people under this CRC’s supervision are managed by telephone alone, and that is not enough for those who may cause harm.
S| “The unpaid work scheme, by contrast, is well organised, and placements give people skills they can use.”

W| Inspectors found that officers carried an average of 70 cases each, and that half of all assessments were left untouched after a change in someone’s circumstances.
S| Close working with substance misuse services in the county was a particular strength.

R| Six recommendations are made; two fall to [HMPPS|A], four to the CRC and [Interserve|A].

N| In response, [Interserve|A] said it had started recruiting more officers.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "by HMI
    #    Probation and three other inspectorates", bullet lists after "Inspectors noted these strengths:" / "They also
    #    reported concerns:"; "Posted: 09/11/2016" (day/month/year); fieldwork in the first sentence
    ("bentham-yot-2016", facts([
        svc("Bentham Youth Offending Team", "Bentham YOT", "YJS", None)], "2016-11-09", "2016-07", 5),
     """N| Youth offending in Bentham: joint inspection findings

N| Posted: [09/11/2016|D]

N| [Bentham Youth Offending Team|S] (YOT) was inspected in [July 2016|D] by [HMI Probation|A] and three other inspectorates.
N| The other three were [HMIC|A], [Ofsted|A] and health regulator the [Care Quality Commission|A].
N| The inspectors’ report was published today.

N| Inspectors noted these strengths:
S| • case managers had a good grasp of each child’s family circumstances;
S| • the YOT and [North Yorkshire Police|A] cooperated closely, which kept many children away from magistrates.

N| They also reported concerns:
W| • plans addressing the danger a child might present to others were reviewed too rarely;
W| • health assessments were not completed for a third of the children.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a YOT with real strengths, and children are generally well served.
R| “The management board should now focus on making sure that risk is reviewed as soon as anything changes.”

R| Five recommendations were made to the YOT and its partners.

N| [North Yorkshire County Council|A]’s executive member for children promised that each recommendation would be taken forward.
"""),
    # 8. an NPS division in 2019: "The overall mark ... gives to X is ‘...’"; "Inspectors visited offices across the
    #    division in May 2019"; "Victims should now get ..."; seven recommendations "shared between" the Ministry of
    #    Justice, HMPPS and the division
    ("ross-on-wye-and-weobley-nps-2019", facts([
        svc("National Probation Service – Ross-on-Wye and Weobley Division", "NPS Ross-on-Wye and Weobley", "region",
            GOOD)], "2019-10-22", "2019-05", 7),
     """N| Published: [Tuesday 22 October 2019|D]

N| Probation division in Herefordshire is doing well, inspectors report

N| The overall mark [HM Inspectorate of Probation|A] gives to [National Probation Service – Ross-on-Wye and Weobley Division|S] is ‘[Good|R]’.
N| Inspectors visited offices across the division in [May 2019|D].

S| Leaders had a clear grip on performance, and staff morale was the highest inspectors had found in any division so far.
S| Court reports were prepared promptly and to a high standard.
W| However, the division’s work with victims was less convincing, and some victims heard nothing about a release until it had already taken place.
W| Waiting times for accredited programmes were too long.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Ross-on-Wye and Weobley|S] has earned this result and can take pride in it.
R| “Victims should now get the same attention that the division gives to everyone else.”

R| The report’s seven recommendations are shared between the [Ministry of Justice|A], [HMPPS|A] and the division.
"""),
    # 9. an Outstanding youth service on a GOV.UK page: "X sits at the summit of the four grades inspectors use, with an
    #    overall verdict of ‘...’"; "based at the service for five days during May 2022"; a hope with no finding; "only two
    #    recommendations"
    ("amble-yjs-2022", facts([
        svc("Amble Youth Justice Service", "Amble YJS", "YJS", OUT)], "2022-09-13", "2022-05", 2),
     """N| Press release

N| Northumberland coastal youth service reaches the top of the scale

N| From: [HM Inspectorate of Probation|A]

N| Published [13 September 2022|D]

N| [Amble Youth Justice Service|S] sits at the summit of the four grades inspectors use, with an overall verdict of ‘[Outstanding|R]’.
N| An inspection team was based at the service for five days during [May 2022|D].

S| Each young person was matched with one worker who knew their history, and their plans were drafted alongside them.
S| Against the national pattern, first-time entrants to the local youth justice system had dropped in each of the three years before the inspection.
S| Joint work with [Northumbria Police|A] that kept children from being remanded was a notable strength.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is nothing complacent about this team: it looks for ways to do better even when it is doing very well.
N| “My hope is that other teams will visit Amble and learn from what it does.”

R| The inspectorate makes only two recommendations, both addressed to the management board of [Amble YJS|S].
"""),
    # 10. a justiceinspectorates news item with a date line: "the inspectorate concludes that X ‘...’" (the rating as a
    #     verb phrase); resettlement "scored separately from the rest of the inspection, also came in at ‘...’"; "The
    #     inspection visit took place in December 2022"; six recommendations "to X and its partners"
    ("grassington-yjs-2023", facts([
        svc("Grassington Youth Justice Service", "Grassington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2023-04-20", "2022-12", 6),
     """N| News

N| ‘More focus needed’ on children’s safety, says report on Dales youth service

N| [20 April 2023|D]

N| In its report today, the inspectorate concludes that [Grassington Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Resettlement, scored separately from the rest of the inspection, also came in at ‘[Requires improvement|R]’.
N| The inspection visit took place in [December 2022|D].

S| Children and their parents said staff were easy to talk to and always returned calls.
W| Yet the dangers children faced outside the home, including exploitation by adults, needed more attention.
W| Release plans for children in custody were often completed just days beforehand, leaving little time to arrange housing or education.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Grassington|S]’s staff plainly care about every child they supervise, but care alone will not keep them safe.
R| “Leaders and the board need to ensure each child’s plan deals with the dangers they meet in the community.”

R| Six recommendations are made to [Grassington YJS|S] and its partners, among them [North Yorkshire Council|A] and [North Yorkshire Police|A].
"""),
    # 11. a council page with breadcrumbs and "Last updated": "...’s report, released today, shows that X has secured an
    #     overall rating of ‘...’"; the headline's lower-case "Kinver youth justice team"; "between 8 and 12 April 2024";
    #     "The report’s four recommendations split three to one"
    ("kinver-yjs-2024", facts([
        svc("Kinver Youth Justice Service", "Kinver YJS", "YJS", GOOD)], "2024-08-27", "2024-04", 4),
     """N| Home › News › Youth justice inspection

N| Inspectors back the work of [Kinver youth justice team|S]

N| Last updated: [27 August 2024|D]

N| [HM Inspectorate of Probation|A]’s report, released today, shows that [Kinver Youth Justice Service|S] has secured an overall rating of ‘[Good|R]’.
N| Inspectors were in the service between [8 and 12 April 2024|D].

S| The report describes strong leadership and a management board that challenges partners when things go wrong.
S| Inspectors highlighted the work of a speech and language therapist in the team, who helped children understand and take part in court hearings.
W| They noted, however, that out-of-court work did not always consider the needs of victims.

N| Councillor [Jane Ashcombe|X], who holds the children’s portfolio at [Staffordshire County Council|A], said: “Our staff have earned this result, and we will act on what the inspectors have asked of us.”

R| The report’s four recommendations split three to one: three for the service, one for [Staffordshire Police|A].
"""),
    # 12. an Inadequate youth service with a date line "Friday, 1st July 2022": "... inspectors branded X ‘...’, the bottom
    #     rung of their ladder"; "Fieldwork took place across February and March 2022"; "In only 7 of the 24 cases"; "Rapid
    #     improvement is essential" (an impersonal call); fourteen recommendations in words
    ("crook-yjs-2022", facts([
        svc("Crook Youth Justice Service", "Crook YJS", "YJS", INAD)], "2022-07-01", "2022-02", 14),
     """N| Children at risk in County Durham youth service, watchdog warns

N| [Friday, 1st July 2022|D]

N| [HMI Probation|A] inspectors branded [Crook Youth Justice Service|S] ‘[Inadequate|R]’, the bottom rung of their ladder.
N| Fieldwork took place across [February and March 2022|D].

W| Inspectors concluded that too little was done to protect children from exploitation, with several children going missing repeatedly before anyone acted.
W| Board meetings were held often, yet they led to few changes on the ground.
W| In only 7 of the 24 cases inspected was there a sound plan for protecting others from harm.
S| Despite the difficulties, case workers were tenacious in staying in touch with children, often visiting them at home late in the day.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Crook were failed by a service that forgot its most basic job.
R| “Rapid improvement is essential, and the council and partner agencies must treat it as their first priority.”

R| Fourteen recommendations are listed, aimed at the service, its board, [Durham County Council|A], [Durham Constabulary|A] and the local [NHS|A].

N| [Durham County Council|A] announced that a temporary head of the service had started work.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating ("Ratings are not part of this inspection programme"),
    #     "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 4 Dec 2025"; "Fieldwork
    #     for the report was done in September 2025"; four recommendations "each receive two"
    ("much-wenlock-pdu-2025", facts([
        svc("Much Wenlock Probation Delivery Unit", "Much Wenlock PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation in south Shropshire

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] today reports on public protection work at [Much Wenlock Probation Delivery Unit|S].
N| Ratings are not part of this inspection programme.
N| Fieldwork for the report was done in [September 2025|D].

N| Context
N| • Regionally, [Much Wenlock PDU|S] comes under the [West Midlands probation region|S].
N| • Roughly a third of its caseload of 480 have a conviction for a domestic abuse offence.

N| Findings
W| • In over 50% of the cases where children’s social care should have been contacted, nobody had done so.
S| • Practitioners showed professional curiosity, asking searching questions about new relationships.
W| • Risk management plans seldom changed when someone was arrested again or moved house.
S| • Work with [West Mercia Police|A] under [MAPPA|A] was well led.

R| The unit and the region each receive two of the report’s four recommendations.
"""),
    # 14. a Youth Offending Service in 2020: "now holds a ‘...’ rating, up from ‘...’ when inspectors last came in 2018";
    #     the headline's lower-case "Eccleshall youth offending service"; "from 2 to 6 March 2020"; "asks the service’s
    #     management board to act on three recommendations"
    ("eccleshall-yos-2020", facts([
        svc("Eccleshall Youth Offending Service", "Eccleshall YOS", "YJS", GOOD)], "2020-08-06", "2020-03", 3),
     """N| [Eccleshall youth offending service|S] makes strides

N| Published: [Thursday 6 August 2020|D]

N| [Eccleshall Youth Offending Service|S] (YOS) now holds a ‘[Good|R]’ rating, up from ‘[Requires improvement|R]’ when inspectors last came in [2018|D].
N| Inspectors were at the service from [2 to 6 March 2020|D], shortly before the first national lockdown.

S| The YOS had put real effort into earning children’s trust, and the young people interviewed were full of praise for their case workers.
S| Thanks to close ties with local schools, fewer of its children were being excluded.
W| Work to keep victims informed, however, was inconsistent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Eccleshall|S] has turned itself round in two years, and the people who work there deserve credit for that.”

R| The report asks the service’s management board to act on three recommendations.
"""),
    # 15. a local-news story: "X has been placed in the ‘...’ category by inspectors, in a report issued on Tuesday (16
    #     January)" under a byline of Friday 19 January 2024; "Inspectors had visited the service in September 2023";
    #     "The watchdog has made seven recommendations"; the provider's reply
    ("upton-upon-severn-yjs-2024", facts([
        svc("Upton-upon-Severn Youth Justice Service", "Upton-upon-Severn YJS", "YJS", RI)], "2024-01-16", "2023-09", 7),
     """N| Youth justice service in south Worcestershire told to improve

N| By [Amy Pritchard|X]

N| [Friday 19 January 2024|D]

N| [Upton-upon-Severn Youth Justice Service|S] has been placed in the ‘[Requires improvement|R]’ category by inspectors, in a report issued on Tuesday ([16 January|D]).
N| Inspectors had visited the service in [September 2023|D].

S| The watchdog found the service’s diversion scheme, run with [West Mercia Police|A], was helping children avoid a criminal record.
W| But it said case managers did not always spot signs that children were being drawn into county lines drug dealing.
W| Disappointingly, some children waited months for a mental health assessment from [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a good deal here to build on.
R| “Leaders must now concentrate on the young people who are likeliest to be exploited.”

R| The watchdog has made seven recommendations.

N| A spokesperson for [Worcestershire Children First|A] said the service was “already acting on the findings”.
"""),
    # 16. a GOV.UK page in 2019: "X emerged from inspection holding an overall grade of ‘...’"; "The on-site part of the
    #     inspection happened in July 2019"; no count of recommendations ("The report sets out where the service could do
    #     better", null)
    ("bellingham-yjs-2019", facts([
        svc("Bellingham Youth Justice Service", "Bellingham YJS", "YJS", GOOD)], "2019-12-10", "2019-07", None),
     """N| Press release

N| Rural youth service in Northumberland performs well

N| From: [HM Inspectorate of Probation|A]

N| Published [10 December 2019|D]

N| [Bellingham Youth Justice Service|S] emerged from inspection holding an overall grade of ‘[Good|R]’.
N| The on-site part of the inspection happened in [July 2019|D].

S| The service covers a vast, sparsely populated area, yet every child inspectors looked at had been seen at least weekly.
S| Staff were skilled at involving parents and carers.
W| Assessments, though, sometimes ignored information held on a child by schools, doctors or social workers.
W| Some out-of-court decisions were made without hearing from victims.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bellingham|S] does a great deal with a small team, and its staff deserve real pride in that.”

N| The report sets out where the service could do better.
"""),
    # 17. a youth service that lost its rating: "Two years after being rated ‘...’, X has slipped back to ‘...’"; "Inspectors
    #     visited over three weeks in November 2024"; "in just over half the cases"; "In all, five recommendations are
    #     made"; the council's reply
    ("holmes-chapel-yjs-2025", facts([
        svc("Holmes Chapel Youth Justice Service", "Holmes Chapel YJS", "YJS", RI)], "2025-03-13", "2024-11", 5),
     """N| ‘Standards have slipped’ at Cheshire youth justice service, inspection finds

N| Published: [13 March 2025|D]

N| Two years after being rated ‘[Good|R]’, [Holmes Chapel Youth Justice Service|S] has slipped back to ‘[Requires improvement|R]’.
N| Inspectors visited over three weeks in [November 2024|D].

W| Several experienced case managers had left, and those who replaced them had not yet been trained in assessing risk.
W| Inspectors judged that in just over half the cases, the service had done enough to keep children safe.
S| Work to help children into education, training and employment stood out, with a dedicated careers adviser in the team.
S| The service’s relationship with [Cheshire Constabulary|A] was strong.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has lost ground since our last visit, largely because it has lost so many experienced staff.
R| “The board should make recruiting and keeping skilled case managers its first priority.”

R| In all, five recommendations are made.

N| [Cheshire East Council|A] has accepted all of the report’s findings.
"""),
    # 18. a unit inside its region on a GOV.UK page: "... has put X in the second band from the bottom, ‘...’"; the region
    #     as a bare name in the next sentence ("Its parent region, Yorkshire and the Humber, ..."); "spent a fortnight in May
    #     2023"; "In 14 of 35 cases"; "I want to see ..."; "Six recommendations result from the inspection"
    ("pateley-bridge-pdu-2023", facts([
        svc("Pateley Bridge Probation Delivery Unit", "Pateley Bridge PDU", "PDU", RI)], "2023-10-31", "2023-05", 6),
     """N| Press release

N| North Yorkshire probation unit falls short on public protection

N| From: [HM Inspectorate of Probation|A]

N| Published [31 October 2023|D]

N| [HM Inspectorate of Probation|A] has put [Pateley Bridge Probation Delivery Unit|S] in the second band from the bottom, ‘[Requires improvement|R]’.
N| Its parent region, [Yorkshire and the Humber|S], was not itself under inspection.
N| Inspectors spent a fortnight in [May 2023|D] reading cases and meeting staff.

S| Staff were committed and resourceful, and the unit’s links with local housing providers meant hardly anyone was released from prison homeless.
W| Nevertheless, assessments of the danger to partners and children were too often superficial.
W| In 14 of 35 cases, nobody had asked [North Yorkshire Police|A] for its record of domestic incidents.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Much of the unit’s good work is undone by a failure to check what other agencies know.
R| “I want to see those checks made in every case, from the first day of supervision.”

R| Six recommendations result from the inspection: five to the PDU and one to [HMPPS|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
