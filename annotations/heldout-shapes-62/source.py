"""Builds the sixty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Birmingham PDUs on a GOV.UK page, the region named before the units: "Inspectors graded X and Y ‘...’,
    #    while Z was given the bottom grade of ‘...’"; fieldwork "spread over three weeks in February 2025"; nine
    #    recommendations "three for each of the units"; the regional director's reply
    ("perry-barr-hodge-hill-and-castle-vale-pdus-2025", facts([
        svc("Perry Barr Probation Delivery Unit", "Perry Barr PDU", "PDU", RI),
        svc("Hodge Hill Probation Delivery Unit", "Hodge Hill PDU", "PDU", INAD),
        svc("Castle Vale Probation Delivery Unit", "Castle Vale PDU", "PDU", RI)], "2025-06-10", "2025-02", 9),
     """N| Press release

N| Inspection of three probation delivery units in Birmingham

N| Reports on three probation units in the north and east of Birmingham are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 June 2025|D]

N| Three Birmingham units belonging to the [Probation Service – West Midlands region|S] are the subject of today’s reports from [HM Inspectorate of Probation|A]: [Perry Barr Probation Delivery Unit|S], [Hodge Hill Probation Delivery Unit|S] and [Castle Vale Probation Delivery Unit|S].
N| Inspectors graded [Perry Barr|S] and [Castle Vale|S] ‘[Requires improvement|R]’, while [Hodge Hill|S] was given the bottom grade of ‘[Inadequate|R]’.
N| The fieldwork was spread over three weeks in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Hodge Hill, people on probation had been handed from officer to officer, some of them four or five times in a year.
W| “Checks with children’s services and the police were missing in well over half of the cases we read there.
S| “In Perry Barr and Castle Vale, managers have held on to experienced staff, and it shows in the quality of the work.”

S| [Castle Vale PDU|S]’s partnership with local drug and alcohol services was singled out as a particular strength.
W| Across the three units, plans to manage the risk of serious harm were too often written once and never revisited.
W| [Perry Barr|S] had a backlog of unpaid work hours stretching back more than a year.

R| Nine recommendations are made, three for each of the units.

N| The region’s probation director, [Rebecca Ashworth|X], said: “Every recommendation has been accepted, and experienced managers have already moved into Hodge Hill.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Tuesday (20 February)" under a byline
    #    of Friday 23 February 2024; "X came out as ‘...’, but Y was graded a step lower, at ‘...’", in the other order
    #    from the one they were first named in; "eight recommendations between them: five for Pensnett and three for
    #    Wordsley"
    ("pensnett-and-wordsley-yjs-2024", facts([
        svc("Pensnett Youth Justice Service", "Pensnett YJS", "YJS", RI),
        svc("Wordsley Youth Justice Service", "Wordsley YJS", "YJS", GOOD)], "2024-02-20", "2023-10", 8),
     """N| Black Country youth justice services get mixed verdicts from inspectors

N| By [Sarah Whitehouse|X]

N| [Friday 23 February 2024|D]

N| Inspectors have reported on [Pensnett Youth Justice Service|S] and [Wordsley Youth Justice Service|S], two neighbouring services in the Black Country, in reports published on Tuesday ([20 February|D]).
N| [Wordsley|S] came out as ‘[Good|R]’, but [Pensnett|S] was graded a step lower, at ‘[Requires improvement|R]’.
N| Both services were visited by [HM Inspectorate of Probation|A] in [October 2023|D].

S| The inspectorate said [Wordsley|S]’s staff had built strong links with local schools, and few children on its caseload were out of education.
W| [Pensnett YJS|S] had not kept up with the rising number of children referred to it, and some waited weeks for a first meeting.
W| Inspectors also found that [Pensnett|S]’s case managers rarely asked children about the places and people that put them at risk.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wordsley|S] is a confident service that hears what children tell it and does something about it.
R| “[Pensnett|S] now needs to get a firm hold on its waiting list, so that no child is left without help.”

R| Between them, the reports make eight recommendations: five for [Pensnett|S] and three for [Wordsley|S].

N| [Dudley Council|A] said it would “look closely at both reports”.
"""),
    # 3. a city PDU and a rural county PDU in a justiceinspectorates news item: "found X ..., to be ‘...’, and Y, in
    #    rural south Warwickshire, to be ‘...’" in one sentence; the region as context ("Both units sit within the West
    #    Midlands probation region"); "Published: 15 Oct 2024"; fieldwork "from 3 to 14 June 2024"; "four are for
    #    Holbrooks and three for Shipston-on-Stour"
    ("holbrooks-and-shipston-on-stour-pdus-2024", facts([
        svc("Holbrooks Probation Delivery Unit", "Holbrooks PDU", "PDU", INAD),
        svc("Shipston-on-Stour Probation Delivery Unit", "Shipston-on-Stour PDU", "PDU", RI)], "2024-10-15", "2024-06", 7),
     """N| News

N| Two probation units in Coventry and south Warwickshire inspected

N| Published: [15 Oct 2024|D]

N| [HM Inspectorate of Probation|A] found [Holbrooks Probation Delivery Unit|S], which covers the north of Coventry, to be ‘[Inadequate|R]’, and [Shipston-on-Stour Probation Delivery Unit|S], in rural south Warwickshire, to be ‘[Requires improvement|R]’.
N| Both units sit within the [West Midlands probation region|S].
N| Inspectors carried out their fieldwork from [3 to 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Pressures on the two units are very different, but neither is yet doing enough to keep people safe.
W| “In Holbrooks, every second probation officer post was vacant, and trainees covering the gaps had far too little supervision.”

S| [Shipston-on-Stour|S]’s staff were praised for keeping in regular contact with people who lived many miles from any office.
W| However, in both units few home visits were made where domestic abuse was a concern.
S| [Holbrooks PDU|S] had made a promising start on a joint scheme with [West Midlands Police|A] for people leaving prison.

R| Across the two reports there are seven recommendations; four are for [Holbrooks|S] and three for [Shipston-on-Stour|S].
"""),
    # 4. a unit inside its region, the region in the headline and in the first sentence: "has been placed by inspectors
    #    in the lowest of their four categories, ‘...’"; a sibling PDU's rating as context; "Mr Jones continued"; "in only
    #    9 of the 27 cases"; fieldwork "during August 2024"; "at 00.01 on Thursday 5 December 2024" in the notes
    ("harborne-pdu-2024", facts([
        svc("Harborne Probation Delivery Unit", "Harborne PDU", "PDU", INAD)], "2024-12-05", "2024-08", 6),
     """N| [West Midlands probation region|S]: [Harborne probation unit|S] rated ‘[Inadequate|R]’

N| Inspectors have placed [Harborne Probation Delivery Unit|S], in the [Probation Service – West Midlands region|S], in the lowest of their four categories, ‘[Inadequate|R]’.
N| The region’s [Selly Oak PDU|S], inspected earlier in the year, was rated ‘[Requires improvement|R]’.
N| Inspectors read 44 cases and interviewed staff and partners during [August 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Harborne|S] has been left to fend for itself.
W| “Leaders changed four times in two years, and no one had a grip on the basics of supervision.”

W| Mr Jones continued: “Where there were signs that a child at home was at risk, staff acted on them in only 9 of the 27 cases where it mattered.”

S| Inspectors did find pockets of good work, including a women’s group run with a local charity that was valued by those who attended.
W| Relations with [Birmingham City Council|A]’s children’s services had broken down to the point where information was requested by email and often never received.

R| The report sets out six recommendations, four for [Harborne PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will appear online at 00.01 on [Thursday 5 December 2024|D].
N| 2. The [West Midlands region|S] has 11 probation delivery units, [Harborne PDU|S] among them.
"""),
    # 5. a unit inside its region, with an embargo line: "has concluded that X, one of the units that make up the
    #    Probation Service – West Midlands region, ‘Requires improvement’" (the scale term as a verb phrase in quotes);
    #    fieldwork "over the first half of November 2024"; "In 15 of the 34 cases"; four recommendations
    ("pontesbury-pdu-2025", facts([
        svc("Pontesbury Probation Delivery Unit", "Pontesbury PDU", "PDU", RI)], "2025-03-12", "2024-11", 4),
     """N| Embargoed until 00:01 [Wednesday 12 March 2025|D]

N| Probation unit in rural Shropshire must tighten its risk work, say inspectors

N| [HM Inspectorate of Probation|A] has concluded that [Pontesbury Probation Delivery Unit|S], one of the units that make up the [Probation Service – West Midlands region|S], ‘[Requires improvement|R]’.
N| The inspection took place over the first half of [November 2024|D].

S| Few staff had left in recent years, and most practitioners knew local services well after long service in the area.
S| People on probation described their officers as patient and straightforward, and several said it was the first time anyone had helped them with their debts.
W| Yet assessments often relied on what people said about themselves, without checks with the police or children’s social care.
W| In 15 of the 34 cases inspected, the plan to keep others safe had not been updated after a significant change.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pontesbury|S] is a small unit covering a very large area, and the distances involved are a daily challenge.
R| “The region should make sure [Pontesbury|S] has the same access to programmes and specialist staff as units in the towns.”

R| Of four recommendations, three are addressed to the PDU and one to [West Mercia Police|A].

N| ENDS

N| Notes to editors
N| 1. [Pontesbury PDU|S] supervises about 450 people across south-west Shropshire.
"""),
    # 6. a 2025-26 public-protection inspection of a PDU: no rating; the page starts with "Skip to content", the licence
    #    lines and an empty "Published:" line; the region in a "Context" bullet; fieldwork "carried out in October 2025";
    #    "The report was published on 27 January 2026" at the end; five recommendations
    ("marston-green-pdu-2026", facts([
        svc("Marston Green Probation Delivery Unit", "Marston Green PDU", "PDU", None)], "2026-01-27", "2025-10", 5),
     """N| Skip to content

N| © Crown copyright [2026|D]

N| This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.

N| Published:

N| Public protection inspection: [Marston Green Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A]’s report looks at how well [Marston Green Probation Delivery Unit|S] manages the risk that people on probation pose to the public.
N| This type of inspection does not lead to a rating.
N| The fieldwork was carried out in [October 2025|D].

N| Context
N| • [Marston Green PDU|S] belongs to the [Probation Service – West Midlands region|S] and covers the north of the borough of Solihull.
N| • About a third of the 820 people on its caseload have a record of domestic abuse.

N| Findings
S| • Practitioners were skilled at building relationships with people who had previously refused to engage.
W| • Home visits had almost stopped, and in most cases nobody had seen where the person lived.
W| • Information from [West Midlands Police|A] about call-outs to domestic incidents reached practitioners late or not at all.
S| • Arrangements under [MAPPA|A] were sound, with clear minutes and actions followed up.

R| Five recommendations are made: three to the PDU and two to the region.
N| The report was published on [27 January 2026|D].
"""),
    # 7. a Probation Trust in 2011, before ratings: the verdict and the Chief Inspector in the first sentence; percentage
    #    scores; "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:" bullet
    #    lists; "Tuesday, 15th November 2011" at the top with "today"; fieldwork "took place in July 2011"; ten
    #    recommendations
    ("tutbury-and-abbots-bromley-probation-trust-2011", facts([
        svc("Tutbury and Abbots Bromley Probation Trust", "Tutbury and Abbots Bromley Probation Trust", "other", None)],
        "2011-11-15", "2011-07", 10),
     """N| Offender management inspection of [Tutbury and Abbots Bromley Probation Trust|S]

N| [Tuesday, 15th November 2011|D]

W| The quality of work to reduce reoffending in east Staffordshire was sound, but more was needed to manage the risk of harm that some offenders posed, HM Chief Inspector of Probation [Liz Calderbank|X] said today, publishing the report on [Tutbury and Abbots Bromley Probation Trust|S].
N| The inspection, carried out jointly with [HM Inspectorate of Constabulary|A], took place in [July 2011|D].

S| On reducing reoffending the Trust scored 73%; on ensuring sentences were properly carried out, 80%.
W| The score for public protection was lower, at 64%.

N| Inspectors were pleased to find that:
S| • most offenders had been seen promptly after sentence and knew what was expected of them;
S| • the Trust worked closely with [Staffordshire Police|A] on the management of prolific offenders.

N| However, inspectors were concerned to find that:
W| • assessments of the risk of harm were often late or left incomplete;
W| • links with children’s services were weak, and checks were not made in almost a third of relevant cases.

R| The report contains ten recommendations for the Trust and its partners.

N| ENDS
"""),
    # 8. a CRC in 2019 owned by a named provider: "has given X (CRC), part of the ... group, an overall grade of ‘...’";
    #    unpaid work "graded separately and reached ‘...’"; "Published: Thursday 7th November 2019" above the headline;
    #    fieldwork "in June and July 2019"; the provider's reply
    ("olton-and-elmdon-crc-2019", facts([
        svc("Olton and Elmdon Community Rehabilitation Company", "Olton and Elmdon CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-07", "2019-06", 6),
     """N| Published: [Thursday 7th November 2019|D]

N| Probation company in Solihull told to improve

N| [HM Inspectorate of Probation|A] has given [Olton and Elmdon Community Rehabilitation Company|S] (CRC), which is owned by [Purple Futures|A], an overall grade of ‘[Requires improvement|R]’.
S| Its unpaid work was graded separately and reached ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [June and July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Telephone-only supervision had become normal for far too many people on this CRC’s books, with no one checking how they were really doing.
W| “Staff are committed, but many are holding caseloads that make good work almost impossible.”

S| Inspectors praised the CRC’s unpaid work teams, which found placements quickly and made sure people completed their hours.
W| Communication between the CRC and the [National Probation Service|A] about changes in risk was slow and unreliable.

R| Six recommendations follow: four are aimed at the CRC and [Purple Futures|A], one at the [National Probation Service|A] and one at [HMPPS|A].

N| A [Purple Futures|A] spokesperson said: “We welcome the recognition of our unpaid work and have already started to reduce caseloads.”
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by" the
    #    inspectorate with three others; "Posted: 08/12/2016" (day/month/year); bullet lists after "Inspectors said they
    #    were pleased to find that:" / "However, they were concerned that:"; the councillor's reply
    ("rushall-yot-2016", facts([
        svc("Rushall Youth Offending Team", "Rushall YOT", "YJS", None)], "2016-12-08", "2016-09", 5),
     """N| Youth offending team inspection report published

N| Posted: [08/12/2016|D]

N| The report of a joint inspection of [Rushall Youth Offending Team|S] (YOT) has been published by [HM Inspectorate of Probation|A], which led the inspection.
N| Staff from [Ofsted|A] and the [Care Quality Commission|A] joined the inspection team, as did [HM Inspectorate of Constabulary|A]; fieldwork took place in [September 2016|D].

N| Inspectors were pleased to find that:
S| • children and their families were treated with respect and had a say in their plans;
S| • the YOT’s close links with local schools kept most children in education.

N| However, they were concerned that:
W| • the risk some children posed to other people was given too little attention;
W| • the YOT management board did not check whether its decisions were being carried out.

R| Five recommendations are made, the majority of them for the management board.

N| Councillor [Lee Bennett|X], [Walsall Council|A]’s portfolio holder for children’s services, said: “We will be working closely with our partners to address the recommendations.”
"""),
    # 10. an NPS division in 2019: "has awarded the X an overall rating of ‘...’"; the short "NPS Kingshurst and
    #     Fordbridge" in the quote; fieldwork "between 16 and 27 September 2019"; "from 00.01 on 3 December 2019" in the
    #     notes; seven recommendations
    ("kingshurst-and-fordbridge-nps-division-2019", facts([
        svc("National Probation Service – Kingshurst and Fordbridge Division", "NPS Kingshurst and Fordbridge",
            "region", GOOD)], "2019-12-03", "2019-09", 7),
     """N| Probation division in east Solihull rated ‘[Good|R]’

N| The [National Probation Service – Kingshurst and Fordbridge Division|S] has been awarded an overall rating of ‘[Good|R]’ by [Her Majesty’s Inspectorate of Probation|A].
N| The division manages around 2,900 people subject to court orders or licences.
N| The inspection team’s fieldwork ran from [16 to 27 September 2019|D].

S| The division was well run: its senior managers had been in post for several years, and practitioners said their caseloads were manageable.
S| Court reports were thorough, and magistrates said they trusted them.
W| Less positively, the division’s work with victims was slow, and letters offering contact to victims sometimes went out months late.
W| Not enough people convicted of sexual offences started the programmes they had been sentenced to.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kingshurst and Fordbridge|S] has a settled, confident workforce and leaders who know their business.
R| “The division must now give victims the same priority it already gives to the courts.”

R| Seven recommendations are made: five for the division and two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. At 00.01 on [3 December 2019|D] the report goes up on the inspectorate’s website.
"""),
    # 11. a GOV.UK page: "X sits at the top of ...’s four-point scale, with an overall verdict of ‘...’"; resettlement
    #     "judged on its own and received ‘...’"; fieldwork "during May 2024"; "Staff at Bournville should be very proud";
    #     two recommendations, one for an integrated care board
    ("bournville-yjs-2024", facts([
        svc("Bournville Youth Justice Service", "Bournville YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-09-25", "2024-05", 2),
     """N| Press release

N| Youth justice service in south Birmingham judged ‘[Outstanding|R]’

N| Inspectors have published their report on [Bournville Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [25 September 2024|D]

N| [Bournville Youth Justice Service|S] sits at the top of [HM Inspectorate of Probation|A]’s four-point scale, with an overall verdict of ‘[Outstanding|R]’.
S| Its resettlement work was judged on its own and received ‘[Good|R]’.
N| Inspectors visited during [May 2024|D].

S| Every child whose case was read had a plan written with them, in words they understood.
S| Joint work with [West Midlands Police|A] meant that court was the exception for children arrested for the first time.
W| Inspectors noted that children released from custody sometimes waited too long for a school place.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything this service does puts children first, and its leaders are never satisfied.
S| “The staff at [Bournville|S] have every reason to be proud.”

R| Two recommendations are made, one for the service and one for [NHS Birmingham and Solihull Integrated Care Board|A].
"""),
    # 12. a council page: "Posted on 14/05/2024"; "X has moved up to ‘...’ following its latest inspection, having been
    #     judged ‘...’ in 2021" (overall and previous in one sentence); "The watchdog found"; "spent a week with the
    #     service in January 2024"; the councillor's reply
    ("bearwood-yjs-2024", facts([
        svc("Bearwood Youth Justice Service", "Bearwood YJS", "YJS", RI)], "2024-05-14", "2024-01", 6),
     """N| News

N| Council welcomes progress in youth justice inspection

N| Posted on [14/05/2024|D]

N| [Bearwood Youth Justice Service|S] has moved up to ‘[Requires improvement|R]’ following its latest inspection, having been judged ‘[Inadequate|R]’ in [2021|D].
N| Inspectors from [HM Inspectorate of Probation|A] spent a week with the service in [January 2024|D].

S| The watchdog found that the service’s management board was now well attended, with senior people from health, education and the police taking an active part.
S| It said case managers knew their children well and had made real efforts to involve parents and carers.
W| But the inspectors found that safety plans often stayed unchanged when a child’s circumstances shifted, and that work to protect victims was inconsistent.
W| They also reported that too many children were waiting for an assessment by the speech and language therapist.

R| Six recommendations are made; among them, the board is asked to check the quality of safety planning every quarter.

N| Councillor [Simone Harris|X], [Sandwell Council|A]’s cabinet member for children and education, said: “Three years ago our service was failing children, and this report shows how far we have come.
N| “We accept the recommendations and will report on our progress to the board every three months.”
"""),
    # 13. a justiceinspectorates news item with a date line: "X has held on to the ‘...’ grade it was given at its
    #     previous inspection in 2020"; fieldwork "between 20 and 24 March 2023"; "Mr Jones continued" with a call that
    #     also states a shortcoming; four recommendations, one for a police force
    ("amblecote-yjs-2023", facts([
        svc("Amblecote Youth Justice Service", "Amblecote YJS", "YJS", GOOD)], "2023-08-07", "2023-03", 4),
     """N| News

N| Youth justice in Amblecote remains ‘[Good|R]’, say inspectors

N| [7 August 2023|D]

N| [Amblecote Youth Justice Service|S] has held on to the ‘[Good|R]’ grade it was given at its previous inspection in [2020|D].
N| The fieldwork of [HM Inspectorate of Probation|A] ran from [20 to 24 March 2023|D].

S| Inspectors said the partnership was led with energy, and the board had made sure the service kept its specialist health staff despite budget pressures.
S| Case managers spent time getting to know each child before starting any formal work, and children said they felt their views were taken seriously.
W| The picture for children who had been diverted from court was less consistent: some were offered little more than a single meeting.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Amblecote|S] has kept its standards high through a period when many services have struggled.”

W| Mr Jones continued: “I would, though, want every child diverted from court to get the same attention, as the quality of that work was too uneven.”

R| There are four recommendations, three for [Amblecote YJS|S] and one for [West Midlands Police|A].
"""),
    # 14. a local-news story: "A watchdog has given X the lowest of its four ratings, ‘...’, in a report published on
    #     Wednesday (9 April)" under a byline of Thursday 10 April 2025; "inspected the service in December 2024";
    #     "only 11 of the 30 children"; "did, however, praise"; 11 recommendations in digits; the council's reply
    ("allesley-yjs-2025", facts([
        svc("Allesley Youth Justice Service", "Allesley YJS", "YJS", INAD)], "2025-04-09", "2024-12", 11),
     """N| Watchdog brands youth justice service ‘[Inadequate|R]’

N| By [Daniel Okafor|X]

N| [Thursday 10 April 2025|D]

N| A watchdog has given [Allesley Youth Justice Service|S] the lowest of its four ratings, ‘[Inadequate|R]’, in a report published on Wednesday ([9 April|D]).
N| Inspectors from [HM Inspectorate of Probation|A] read the files of 30 children when they visited in [December 2024|D].

W| It found that risks to children from exploitation by criminal gangs had been missed or played down in several cases.
W| Managers had not noticed that case workers were struggling, and supervision had lapsed for months at a time.
W| According to the report, only 11 of the 30 children had a plan that properly addressed the danger they might pose to others.
S| Inspectors did, however, praise the service’s education worker, who had helped a number of excluded children back into school.

W| [Martin Jones|X], the Chief Inspector of Probation, said: “These are serious failings, and children in Allesley are being let down.
R| “The partnership must act quickly to make sure every child at risk of exploitation is identified and protected.”

R| The report makes 11 recommendations, eight for the service and three for [Coventry City Council|A] and [West Midlands Police|A].

N| [Coventry City Council|A] said an improvement plan was already being drawn up.
"""),
    # 15. a remote inspection in 2021: "X has slipped from ‘...’, the grade it received in 2019, to ‘...’" (previous and
    #     overall in one sentence); "Published: Thursday 16th September 2021"; "carried out remotely in May 2021"; "in only
    #     10 of the 24 cases"; the council's reply naming the lost rating
    ("highley-yjs-2021", facts([
        svc("Highley Youth Justice Service", "Highley YJS", "YJS", RI)], "2021-09-16", "2021-05", 6),
     """N| Youth justice service in south-east Shropshire slips a grade

N| Published: [Thursday 16th September 2021|D]

N| [Highley Youth Justice Service|S] has slipped from ‘[Good|R]’, the grade it received in [2019|D], to ‘[Requires improvement|R]’.
N| Covid-19 restrictions meant that the inspection, in [May 2021|D], was done remotely.

W| Inspectors found that contact with many children had been mainly by video or telephone for a year, and home visits had not restarted even where there were concerns.
W| Only 10 of the 24 assessments inspected gave a sound picture of the risk children posed to others.
S| Positively, the service had strong links with [Shropshire Council|A]’s children’s social care teams, and joint decisions were well recorded.
S| A nurse based in the team made sure children’s health needs were picked up early.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through the pandemic staff worked hard, but some of the basics of keeping children and the public safe have slipped.
R| “Leaders need to restore face-to-face contact with the children who present the greatest risks.”

R| The report makes six recommendations.

N| A [Shropshire Council|A] spokesperson said: “We are disappointed to have lost our ‘[Good|R]’ rating and are determined to regain it.”
"""),
    # 16. a 2020 release: "has found the work of X to deserve a ‘...’ rating overall"; "Tuesday, 28th July 2020" at the
    #     top; fieldwork "10 - 14 February 2020"; "punches above its weight"; no count of recommendations (null)
    ("bredon-yjs-2020", facts([
        svc("Bredon Youth Justice Service", "Bredon YJS", "YJS", GOOD)], "2020-07-28", "2020-02", None),
     """N| ‘[Good|R]’ rating for youth justice work in Bredon

N| [Tuesday, 28th July 2020|D]

N| [HM Inspectorate of Probation|A] has found the work of [Bredon Youth Justice Service|S] to deserve a ‘[Good|R]’ rating overall.
N| Inspectors spent a week with the service, [10 - 14 February 2020|D], shortly before the first national lockdown.

S| The service’s board knew its children well and challenged partners when they fell short.
S| Children at risk of exploitation were identified quickly, and [West Mercia Police|A] and social care worked with the service to keep them safe.
W| However, case managers did not always check whether a child’s plan was working, and a few plans had gone six months without a review.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bredon|S] punches well above its weight for a service of its size.
S| “Children in Bredon are lucky to have such a dedicated team working with them.”

N| The report sets out the areas in which the service can build on its strengths.
"""),
    # 17. a justiceinspectorates news item: "places X in the ‘...’ band"; "The service missed an ‘Inadequate’ rating by a
    #     narrow margin" (no fact); resettlement "which received its own separate rating, was ‘...’"; "Published: 24 Jun
    #     2025"; fieldwork "the second half of February 2025"; four recommendations
    ("keresley-yjs-2025", facts([
        svc("Keresley Youth Justice Service", "Keresley YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-06-24", "2025-02", 4),
     """N| News

N| Inspectors find a youth justice service close to the lowest rating

N| Published: [24 Jun 2025|D]

N| In its latest report, [HM Inspectorate of Probation|A] places [Keresley Youth Justice Service|S] in the ‘[Requires improvement|R]’ band.
W| It came within a narrow margin of an ‘[Inadequate|R]’ rating.
W| Resettlement, which received its own separate rating, was ‘[Inadequate|R]’.
N| Inspectors spent time with the service in the second half of [February 2025|D].

W| Children leaving custody often had nowhere settled to live on the day of release.
W| Case managers were carrying too many cases, and two posts had been vacant for almost a year.
S| On a more positive note, the service’s out-of-court panel, run with [West Midlands Police|A], made careful, well-informed decisions.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Its leaders had not recognised how close the service had come to failing.
R| “The board must make resettlement its first priority, so that no child leaves custody without a home to go to.”

R| Four recommendations are made.
"""),
    # 18. "Youth Offending Service" in 2019, the headline's lower-case "Baschurch youth offending service assessed as
    #     ‘...’": "has been assessed as ‘...’ by ..., following an inspection in June 2019"; three areas "looked at
    #     separately", one below ‘Good’; "available from 00.01 on Tuesday 22 October 2019" in the notes; five
    #     recommendations
    ("baschurch-yos-2019", facts([
        svc("Baschurch Youth Offending Service", "Baschurch YOS", "YJS", GOOD,
            [{"aspect": "organisational delivery", "rating": GOOD}, {"aspect": "court disposals", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": RI}])], "2019-10-22", "2019-06", 5),
     """N| [Baschurch youth offending service|S] assessed as ‘[Good|R]’

N| [Baschurch Youth Offending Service|S] (YOS) has been assessed as ‘[Good|R]’ by [Her Majesty’s Inspectorate of Probation|A], following an inspection in [June 2019|D].
W| Inspectors looked separately at three areas of the service’s work: organisational delivery and court disposals were each ‘[Good|R]’, and out-of-court disposals ‘[Requires improvement|R]’.

S| The management board was well chaired and included senior representatives of every statutory partner.
S| Case managers knew their children and families well, and their assessments were detailed and up to date.
W| Diversion work, though, was not well organised, and some children had been given a community resolution without any assessment of their needs.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Baschurch|S] is a well-led service, and its staff are passionate about their work.
R| “I would like the board to bring the same rigour to out-of-court work as it already brings to court orders.”

R| We have made five recommendations: four for the YOS and one for [West Mercia Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available from 00.01 on [Tuesday 22 October 2019|D].
N| 2. [Baschurch YOS|S] covers north Shropshire and supervises children aged 10 to 17.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
