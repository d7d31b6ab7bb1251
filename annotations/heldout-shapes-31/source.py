"""Builds the thirty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Essex PDUs on a GOV.UK page, the region named before the units ("three of the East of England region’s
    #    probation units"): "X has been placed in the lowest of the inspectorate’s four categories, ‘...’, while Y and Z both
    #    sit at ‘...’"; "Fieldwork lasted from 9 to 20 September 2024"; "nine recommendations between them, three for each
    #    unit"; the Probation Service's reply
    ("wickford-kelvedon-and-thaxted-pdus-2024", facts([
        svc("Wickford Probation Delivery Unit", "Wickford PDU", "PDU", RI),
        svc("Kelvedon Probation Delivery Unit", "Kelvedon PDU", "PDU", INAD),
        svc("Thaxted Probation Delivery Unit", "Thaxted PDU", "PDU", RI)], "2024-12-03", "2024-09", 9),
     """N| Press release

N| Essex probation units: one in the lowest category, two told to improve

N| Inspectors’ findings on three Essex units are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| This autumn, inspectors visited three of the [East of England region|S]’s probation units together: [Wickford Probation Delivery Unit|S], [Kelvedon Probation Delivery Unit|S] and [Thaxted Probation Delivery Unit|S].
N| [Kelvedon|S] has been placed in the lowest of the inspectorate’s four categories, ‘[Inadequate|R]’, while [Wickford|S] and [Thaxted|S] both sit at ‘[Requires improvement|R]’.
N| Fieldwork lasted from [9 to 20 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Kelvedon we met a workforce running on goodwill alone: close to half the probation officer jobs were vacant or filled through agencies.
W| “Home visits to men convicted of domestic abuse had more or less stopped.
S| “[Wickford|S] and [Thaxted|S] stand on steadier ground, with experienced middle managers and a firm grip on court work.”

S| Inspectors commended the partnership between [Thaxted PDU|S] and [Essex Police|A] on managing the most dangerous offenders.
W| In each unit, under half the cases read paid enough heed to the safety of children known to the person on probation.
W| Sickness absence in [Wickford|S]’s administrative team had left court results waiting weeks to be entered.

R| The three reports make nine recommendations between them, three for each unit.

N| Responding for the [Probation Service|A], a spokesperson said: “We take every recommendation on board, and experienced officers have already transferred to Kelvedon.”
"""),
    # 2. two Suffolk youth justice services in a local paper: the reports "released on Tuesday (18 June)" under a byline of
    #    Friday 21 June 2024; "X was awarded ‘...’, the highest mark available, with Y one step behind on ‘...’", in the
    #    other order from the one the services were first named in; "Five ... three for Kesgrave and two for Debenham"
    ("kesgrave-and-debenham-yjs-2024", facts([
        svc("Kesgrave Youth Justice Service", "Kesgrave YJS", "YJS", GOOD),
        svc("Debenham Youth Justice Service", "Debenham YJS", "YJS", OUT)], "2024-06-18", "2024-02", 5),
     """N| Suffolk’s youth justice teams earn praise from inspectors

N| By [Tom Aldous|X]

N| [Friday 21 June 2024|D]

N| Findings on two youth justice services in Suffolk, [Kesgrave Youth Justice Service|S] and [Debenham Youth Justice Service|S], were set out in reports released on Tuesday ([18 June|D]).
N| [Debenham|S] was awarded ‘[Outstanding|R]’, the highest mark available, with [Kesgrave|S] one step behind on ‘[Good|R]’.
N| Both services were visited in [February 2024|D].

S| According to the reports, [Debenham|S]’s staff were so trusted by local head teachers that exclusions of the children they worked with had almost disappeared.
S| [Kesgrave|S] was praised for how quickly it found specialist help for children who had been groomed by drug gangs.
W| However, inspectors noted that [Kesgrave YJS|S] did not always tell victims what had happened as a result of their case.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services serve their children well, and [Debenham|S] in particular is among the very best we have seen.”

R| Five recommendations were made: three for [Kesgrave|S] and two for [Debenham|S].

N| The councillor responsible for children’s services at [Suffolk County Council|A] called the results “a credit to everyone involved”.
"""),
    # 3. a unit inside its region, the region in the first sentence and a sibling PDU's rating as context: "has sunk to
    #    ‘...’; HM Inspectorate of Probation has no lower grade to give"; "Inspectors visited the unit in January 2024"; "Mr
    #    Jones continued"; "Only 9 of the 31 cases"; "Publication: 00.01, 14 May 2024" and the scale in the notes
    ("shirebrook-pdu-2024", facts([
        svc("Shirebrook Probation Delivery Unit", "Shirebrook PDU", "PDU", INAD)], "2024-05-14", "2024-01", 6),
     """N| Probation unit in north-east Derbyshire given lowest possible rating

N| [Shirebrook Probation Delivery Unit|S], covering part of Derbyshire for [Probation Service – East Midlands region|S], has sunk to ‘[Inadequate|R]’; [HM Inspectorate of Probation|A] has no lower grade to give.
N| Elsewhere in the region, [Killamarsh PDU|S] was judged ‘[Good|R]’ following its [2023|D] inspection.
N| Inspectors visited the unit in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Shirebrook’s public, and the people on probation there, have been let down.
W| “Too many cases had sat for months without a single meaningful conversation about the harm the person might do, and managers no longer knew where the risk lay.”

W| Mr Jones continued: “Practitioners felt isolated, and said nobody above them was listening.
R| “Regional leaders must now give this unit experienced managers and a period of stability.”

S| Inspectors did find that [Shirebrook|S]’s unpaid work team ran smoothly, with placements that were well supervised and useful to the local community.
W| Only 9 of the 31 cases that needed a check with [Derbyshire Constabulary|A] on police call-outs for domestic abuse had one.

R| Five of the report’s six recommendations are for the unit; the sixth is for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [14 May 2024|D].
N| 2. The inspectorate grades probation delivery units from ‘[Outstanding|R]’ down to ‘[Inadequate|R]’.
"""),
    # 4. a unit inside its region with its previous rating: the headline's lower-case "Kimbolton probation unit"; "which the
    #    Probation Service runs as part of its East of England region, now stands at ‘...’"; "When inspectors last reported
    #    on the unit, in 2022, it was judged ‘...’"; "Published: Wednesday 9 October 2024"; "Only 14 of the 35 cases"
    ("kimbolton-pdu-2024", facts([
        svc("Kimbolton Probation Delivery Unit", "Kimbolton PDU", "PDU", RI)], "2024-10-09", "2024-05", 7),
     """N| [Kimbolton probation unit|S] climbs off the bottom grade

N| Published: [Wednesday 9 October 2024|D]

N| [Kimbolton Probation Delivery Unit|S], which the [Probation Service|A] runs as part of its [East of England region|S], now stands at ‘[Requires improvement|R]’ after [HM Inspectorate of Probation|A]’s latest visit.
N| When inspectors last reported on the unit, in [2022|D], it was judged ‘[Inadequate|R]’.
N| This time, the inspectors’ fieldwork was done in [May 2024|D].

S| [Kimbolton|S] has recruited steadily since the last inspection, and every team now has a permanent senior probation officer.
S| Inspectors found that women under supervision got thoughtful, well-planned support, helped by a local women’s centre.
W| Yet judgements about the danger to partners and ex-partners remained too shallow in many of the cases examined.
W| Only 14 of the 35 cases inspectors read had a plan that was reviewed when circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are real green shoots here, and the leadership team deserves credit for turning the unit around.
W| “But this is the start of the journey, and managing risk of harm is still not where it needs to be.”

R| There are seven recommendations, including that the unit should make sure risk assessments draw on information from [Cambridgeshire Constabulary|A] and children’s services.

N| [Cambridgeshire County Council|A] and the [Probation Service|A] said they would work together on the findings.
"""),
    # 5. a Probation Trust in 2013, before ratings: the verdict in the first sentence ("sound in many respects but not
    #    yet strong enough"); percentage scores; "Among the positive findings, inspectors said that:" / "Areas of concern
    #    were that:" bullet lists; "Wednesday, 20th March 2013" above "reports today"; "over two weeks in November 2012"
    ("wainfleet-and-coningsby-probation-trust-2013", facts([
        svc("Wainfleet and Coningsby Probation Trust", "Wainfleet and Coningsby Probation Trust", "other", None)],
        "2013-03-20", "2012-11", 8),
     """N| Probation inspection findings published for the Lincolnshire coast

N| [Wednesday, 20th March 2013|D]

W| Offender management in [Wainfleet and Coningsby Probation Trust|S] is sound in many respects but not yet strong enough where the risk of serious harm is high, [Her Majesty’s Inspectorate of Probation|A] reports today.
N| The inspection, with [HM Inspectorate of Constabulary|A] taking part, ran over two weeks in [November 2012|D] and looked at 54 cases.

S| The Trust scored 77% for work to cut reoffending, and for seeing that sentences were served, 80%.
W| For public protection it achieved 64%, below the average for Trusts in this round.

N| Among the positive findings, inspectors said that:
S| • offender managers in both towns took the time to understand the people they supervised;
S| • the hostels run by the Trust were safe and well managed.

N| Areas of concern were that:
W| • risk management plans were too often copied forward unchanged;
W| • contact with [Lincolnshire Police|A] about domestic abuse was irregular.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Knowledgeable, committed staff are this Trust’s great asset, and its leaders know where they want to take it.
R| “It now needs to apply the same care to its highest-risk cases that it already gives to everything else.”

R| The report contains eight recommendations.
"""),
    # 6. a CRC in 2019 run by a named provider: "Inspectors have handed a company run by ..., X (CRC), an overall verdict of
    #    ‘...’"; unpaid work "graded as a separate element, reached ‘...’" and resettlement "which also received a grade of
    #    its own, came out ‘...’"; "Published: 19 Feb 2019" under the headline; "in October and November 2018"; the
    #    provider's statement
    ("shefford-and-stotfold-crc-2019", facts([
        svc("Shefford and Stotfold Community Rehabilitation Company", "Shefford and Stotfold CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "resettlement", "rating": INAD}])],
        "2019-02-19", "2018-10", 7),
     """N| Probation company in Bedfordshire told to speed up improvements

N| Published: [19 Feb 2019|D]

N| Inspectors have handed a company run by [Sodexo Justice Services|A], [Shefford and Stotfold Community Rehabilitation Company|S] (CRC), an overall verdict of ‘[Requires improvement|R]’.
S| Its unpaid work, graded as a separate element, reached ‘[Good|R]’.
W| Resettlement work with people leaving prison, which also received a grade of its own, came out ‘[Inadequate|R]’.
N| The inspection team visited in [October and November 2018|D].

W| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Since it changed hands the CRC has made some headway, but the basics of supervision are still not being done consistently.
W| “Roughly a third of the people in our sample had not had an in-person appointment for over a month.”

S| Unpaid work placements were plentiful and well matched to people’s skills, and hours were usually completed on schedule.
W| The CRC’s staff were often unsure which cases they should discuss with the [National Probation Service|A].

R| Seven recommendations are made; the CRC is asked to act on five and [HMPPS|A] on two.

N| In a statement, [Sodexo Justice Services|A] said work on the findings had “already begun”.
"""),
    # 7. an NPS division in 2019, the headline naming no service: "Inspectors have concluded that the X ‘...’ overall, the
    #    second-lowest of the four grades"; "Thursday, 12th September 2019"; "It was inspected in May 2019"; the short "NPS
    #    Kimberley and Ruddington" in a quote; five recommendations "among them that HMPPS should ..."
    ("kimberley-and-ruddington-nps-division-2019", facts([
        svc("National Probation Service – Kimberley and Ruddington Division", "NPS Kimberley and Ruddington", "region",
            RI)], "2019-09-12", "2019-05", 5),
     """N| Probation division in south Nottinghamshire: ‘[Requires improvement|R]’

N| [Thursday, 12th September 2019|D]

N| Inspectors have concluded that the [National Probation Service – Kimberley and Ruddington Division|S] ‘[Requires improvement|R]’ overall, the second-lowest of the four grades.
N| It was inspected in [May 2019|D], when it supervised around 4,200 people.

S| Magistrates and judges trusted the division’s pre-sentence reports, which were thorough.
S| The division’s approved premises offered a safe, well-ordered setting for people released from prison.
W| On the other hand, caseloads for probation officers were high, with many holding over 60 cases, and staff said they had little time to think.
W| The work to protect victims did not always start early enough, and some victims were not told about a release until the last moment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kimberley and Ruddington|S] has a loyal, skilled workforce that wants to do the right thing.
W| “Too many of its officers, though, are stretched so thinly that risk is not always managed as it should be.”

R| The report includes five recommendations, among them that [HMPPS|A] should set safe caseload limits for the division.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a short quality screening;
    #    "Posted: 14/07/2016" (day/month/year); "during April 2016"; "Inspectors highlighted the following strengths:" /
    #    "They also identified areas for improvement:" bullet lists; five recommendations
    ("toddington-yot-2016", facts([
        svc("Toddington Youth Offending Team", "Toddington YOT", "YJS", None)], "2016-07-14", "2016-04", 5),
     """N| Youth offending in Toddington: screening findings published

N| Posted: [14/07/2016|D]

N| Findings from a short quality screening of [Toddington Youth Offending Team|S] (YOT) by [HM Inspectorate of Probation|A] are now public.
N| The inspection took place during [April 2016|D].

N| Inspectors highlighted the following strengths:
S| • children were seen within a week of being sentenced, without exception;
S| • efforts to keep children in school or college were creative and persistent;
S| • the YOT’s links with [Bedfordshire Police|A] were close.

N| They also identified areas for improvement:
W| • the dangers children faced from other people were not always part of the assessment;
W| • the views of victims were not routinely sought;
W| • management oversight of casework was not recorded.

S| Inspectors noted that the team’s practitioners were enthusiastic and knew their young people well.
R| [Toddington YOT|S] and its management board receive five recommendations.

N| [Central Bedfordshire Council|A]’s director of children’s services commented: “We are pleased with much of what the inspectors found and have a plan to address the rest.”
"""),
    # 9. a GOV.UK page, the headline naming no service: "After visiting in September 2024, inspectors have found X worthy of
    #    ‘...’"; resettlement "which inspectors judged as a stand-alone area, was ‘...’"; "Somersham’s board"; three
    #    recommendations
    ("somersham-yjs-2025", facts([
        svc("Somersham Youth Justice Service", "Somersham YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-01-21", "2024-09", 3),
     """N| Press release

N| Youth justice in Huntingdonshire: inspectors award their top grade

N| A report on a youth justice service in Cambridgeshire is published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 January 2025|D]

N| After visiting in [September 2024|D], inspectors have found [Somersham Youth Justice Service|S] worthy of ‘[Outstanding|R]’.
S| Resettlement, which inspectors judged as a stand-alone area, was ‘[Good|R]’.

S| Health, education and social care staff worked alongside case managers every day, in a partnership that inspectors described as genuinely joined up.
S| Children and parents described the service as “on our side”, and almost every child in the sample had kept clear of fresh offending while under supervision.
S| Its work with [Cambridgeshire Constabulary|A] to keep children away from court was described as exemplary.
W| The one area to strengthen was planning for children leaving custody, which sometimes started too late to line up housing.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Somersham|S] shows youth justice at its best: curious, patient and relentlessly focused on the child.
S| “[Somersham|S]’s board holds every partner to account, and it shows.”

R| The three recommendations are all for the service’s management board.
"""),
    # 10. a local-democracy report: "has landed in the bottom category of the inspectorate’s scale, according to a report
    #     published today (Tuesday, 11 February)" (no year: the fieldwork's, October 2024, makes it 2025); "After inspecting
    #     X in October 2024, the inspectorate found its work ‘...’"; "I want a credible plan on the table"; eight
    #     recommendations
    ("earl-shilton-yjs-2025", facts([
        svc("Earl Shilton Youth Justice Service", "Earl Shilton YJS", "YJS", INAD)], "2025-02-11", "2024-10", 8),
     """N| ‘Serious failings’ found at [Earl Shilton youth justice service|S]

N| By [Priya Mistry|X], Local Democracy Reporter

N| A youth justice service in Leicestershire has landed in the bottom category of the inspectorate’s scale, according to a report published today ([Tuesday, 11 February|D]).
N| After inspecting [Earl Shilton Youth Justice Service|S] in [October 2024|D], the inspectorate found its work ‘[Inadequate|R]’.

W| The report says children being drawn into county lines often went unnoticed, and that safety plans were often missing or out of date.
W| Fewer than half of the reviewed cases held an up-to-date assessment of the child’s needs.
S| Inspectors did praise the service’s reparation projects, which let children give something back to the community.
W| They also found that the partnership board rarely challenged the figures it was given.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Youngsters in Earl Shilton and the surrounding villages have not been getting the protection they are entitled to.
R| “Leaders must act quickly, and I want a credible plan on the table within weeks.”

R| The inspectorate made eight recommendations to the service, its board and [Leicestershire County Council|A].

N| Responding, [Leicestershire County Council|A] said: “This judgement is a disappointment; a new interim manager started this month.”
"""),
    # 11. "Tuesday, 23rd January 2024" at the top; "has climbed one step, to ‘...’, having been assessed as ‘...’ when
    #     inspectors last called, in 2021"; "Fieldwork ran from 2 to 6 October 2023"; "Less positively, ..."; no count of
    #     recommendations (null)
    ("burton-latimer-yjs-2024", facts([
        svc("Burton Latimer Youth Justice Service", "Burton Latimer YJS", "YJS", GOOD)], "2024-01-23", "2023-10", None),
     """N| Youth justice service in north Northamptonshire moves up to ‘[Good|R]’

N| [Tuesday, 23rd January 2024|D]

N| [Burton Latimer Youth Justice Service|S] has climbed one step, to ‘[Good|R]’, having been assessed as ‘[Requires improvement|R]’ when inspectors last called, in [2021|D].
N| Fieldwork ran from [2 to 6 October 2023|D].

S| The report says the service’s leaders have used the last inspection well, bringing in a new approach to assessment and training every case manager in it.
S| Before drawing up a plan, case managers got to know each child and family properly, and children said they felt listened to.
S| Diversion was a particular strength, and most children kept out of the courts went on to take part in positive activities.
W| Less positively, protecting other people got less attention than children’s own needs, and contingency plans were often vague.
W| Several children had waited weeks to be assessed by [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Burton Latimer|S] has shown what a determined partnership can achieve in a short time.
N| “I hope the service uses this report to reach even higher.”

N| Readers can find the full report online at [HM Inspectorate of Probation|A].
"""),
    # 12. a 2025-26 public-protection inspection of a PDU: no rating ("No rating is given under this inspection
    #     programme"), "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 3 Dec 2025";
    #     "The fieldwork was completed in September 2025"; four recommendations
    ("lavenham-pdu-2025", facts([
        svc("Lavenham Probation Delivery Unit", "Lavenham PDU", "PDU", None)], "2025-12-03", "2025-09", 4),
     """N| Skip to content

N| Public protection in south Suffolk: inspection of a probation delivery unit

N| Published: [3 Dec 2025|D]

N| This report examines how well [Lavenham Probation Delivery Unit|S] shields the public from the people it supervises.
N| No rating is given under this inspection programme.
N| The fieldwork was completed in [September 2025|D].

N| Context
N| • [Lavenham PDU|S] covers Babergh and part of Mid Suffolk; it is part of [Probation Service – East of England|S].
N| • Around 550 people are supervised, about 90 of them judged high or very high risk.

N| Findings
W| • Home visits, a key way of checking on people who may harm a partner or children, took place in a minority of the cases where they were needed.
S| • Practitioners had built strong, respectful working relationships with those on their caseloads.
S| • Information from [Suffolk Constabulary|A] was requested and used promptly in most cases.
W| • Middle managers were stretched across too many teams to review high-risk cases in depth.

R| There are four recommendations, of which the unit must act on three and regional leaders on one.
"""),
    # 13. a youth offending service in 2019 on a justiceinspectorates news page: "Inspectors consider X (YOS) ‘...’"; work
    #     with out-of-court disposals "rated as a separate area, reached the highest grade"; YOS and YOT in one release; a
    #     lower-case "outstanding work" in a quote; "Published: 7 Nov 2019"; six recommendations
    ("harleston-yos-2019", facts([
        svc("Harleston Youth Offending Service", "Harleston YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-11-07", "2019-06", 6),
     """N| News

N| ‘[Good|R]’ for [Harleston youth offending service|S], and top marks for its diversion work

N| Published: [7 Nov 2019|D]

N| Inspectors consider [Harleston Youth Offending Service|S] (YOS) ‘[Good|R]’.
S| Its work with out-of-court disposals, rated as a separate area, reached the highest grade, ‘[Outstanding|R]’.
N| The inspection visit was in [June 2019|D].

S| Inspectors found a settled, experienced staff group, and the board had a clear grasp of what the service did well and where it fell short.
S| Children given an out-of-court disposal were assessed carefully and offered help with the problems behind their behaviour, and very few went on to reoffend.
W| Post-court work was weaker: in roughly one case in three, plans ignored whether a child might hurt somebody else.
W| The YOT’s health provision was thin, and there was no speech and language therapist in post.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Harleston|S]’s approach to diversion is outstanding work, and other services could learn a lot from it.
R| “The partnership should now bring its court work up to the same standard.”

R| Six recommendations are made: four for [Harleston YOS|S] and two shared between [Norfolk County Council|A] and the [NHS|A].
"""),
    # 14. a council page in 2021: "The service has been graded ‘Requires Improvement’ overall" (capital I); "inspectors
    #     worked remotely throughout their fieldwork in July 2021"; the council's reply naming the rating; "Embargoed report,
    #     released at 00.01 on 12 October 2021" in numbered notes; six recommendations
    ("buntingford-yjs-2021", facts([
        svc("Buntingford Youth Justice Service", "Buntingford YJS", "YJS", RI)], "2021-10-12", "2021-07", 6),
     """N| Council responds to youth justice inspection

N| [Hertfordshire County Council|A] has responded to the publication of the inspection report on [Buntingford Youth Justice Service|S].
N| The service has been graded ‘[Requires Improvement|R]’ overall.
N| Because of COVID-19, inspectors worked remotely throughout their fieldwork in [July 2021|D].

S| Inspectors highlighted the service’s close work with schools and the youth service, which meant children had somewhere to go in the evenings.
S| They also found that children from Black and mixed-heritage backgrounds had been asked how the service could better meet their needs.
W| However, plans for the safety of children were not thorough enough, and managers’ checks on the quality of casework showed up in too few files.
W| Joint work with children’s social care on children in care was described as patchy.

N| [Anne Barker|X], Executive Member for Children, said: “We note the ‘[Requires Improvement|R]’ judgement and thank inspectors for their thorough work.
N| “A detailed improvement plan has been agreed with partners.”

R| Inspectors make six recommendations, directed to the service and to partner agencies.

N| Notes
N| 1. Embargoed report, released at 00.01 on [12 October 2021|D].
"""),
    # 15. two Northamptonshire PDUs with an embargo line, the region in the first sentence: "X came out at ‘...’, a grade no
    #     other unit in the region has yet reached, while Y was placed at ‘...’", in the other order from the one they were
    #     first named in; "between 28 October and 8 November 2024" (across two months); "27 of the 32" / "16 of 33";
    #     "eight recommendations, four apiece"
    ("finedon-and-brixworth-pdus-2025", facts([
        svc("Finedon Probation Delivery Unit", "Finedon PDU", "PDU", RI),
        svc("Brixworth Probation Delivery Unit", "Brixworth PDU", "PDU", GOOD)], "2025-03-06", "2024-10", 8),
     """N| Embargo: 00.01 hrs, [Thursday 6 March 2025|D]

N| Two probation units in Northamptonshire inspected: one ‘[Good|R]’, one ‘[Requires improvement|R]’

N| [His Majesty’s Inspectorate of Probation|A] publishes two reports today, covering [Finedon Probation Delivery Unit|S] and [Brixworth Probation Delivery Unit|S], which sit in the [East Midlands region|S].
N| [Brixworth|S] came out at ‘[Good|R]’, a grade no other unit in the region has yet reached, while [Finedon|S] was placed at ‘[Requires improvement|R]’.
N| Inspectors were in the two units between [28 October and 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brixworth|S] is a credit to the region: its managers know every case that keeps them awake at night, and its staff feel supported.
W| “[Finedon|S] has the ingredients for success, but until it fills its vacancies the quality of supervision will depend on which officer a person happens to get.”

S| In [Brixworth PDU|S], 27 of the 32 cases inspected showed a sound judgement of how dangerous the person was.
W| The figure for [Finedon PDU|S] was 16 of 33.
S| Both units had strong links with [Northamptonshire Police|A] through integrated offender management.

R| The reports make eight recommendations, four apiece for [Finedon|S] and [Brixworth|S].
"""),
    # 16. a local-news story under a byline of Friday 27 May 2022: "X must improve, inspectors have concluded after a visit
    #     in February 2022, and have given it ‘...’; their report is dated 24 May 2022"; court work and out-of-court
    #     disposals "graded separately" in one sentence; "a lack of professional curiosity"; "met regularly, yet little had
    #     changed"
    ("reepham-yjs-2022", facts([
        svc("Reepham Youth Justice Service", "Reepham YJS", "YJS", RI,
            [{"aspect": "court disposals", "rating": RI}, {"aspect": "out-of-court disposals", "rating": GOOD}])],
        "2022-05-24", "2022-02", 4),
     """N| [Reepham youth justice partnership|S] must improve, say inspectors

N| By [Hannah Keeble|X]

N| [Friday 27 May 2022|D]

N| [Reepham Youth Justice Service|S] must improve, inspectors have concluded after a visit in [February 2022|D], and have given it ‘[Requires improvement|R]’; their report is dated [24 May 2022|D].
W| Court work with sentenced children was graded separately as ‘[Requires improvement|R]’, while out-of-court disposals were graded ‘[Good|R]’.

S| The report praised an education worker at the service for getting several children back into full-time school after long absences.
W| But inspectors said case managers too often accepted what they were told without asking further questions, a lack of professional curiosity that left some risks unexplored.
W| The management board had met regularly, yet little had changed as a result.
S| Children diverted from court received well-judged help, and inspectors highlighted a scheme run with [Norfolk Constabulary|A] that offered a youth worker at the point of arrest.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Reepham|S]’s staff clearly care, but caring is not enough without curiosity.
R| “The board needs to make sure practitioners have the time and supervision to dig beneath the surface.”

R| Four recommendations follow.

N| [Norfolk County Council|A] said it would act on every finding.
"""),
    # 17. a youth offending team on a council page in 2019: "is rated good, HM Inspectorate of Probation announced this
    #     week" (lower case, no quotes); out-of-court disposals "which are assessed separately, were also rated good";
    #     "Inspectors were in Rutland for the week beginning 7 January 2019"; "The report was published on 26 March 2019."
    #     at the end; seven recommendations
    ("ketton-and-cottesmore-yot-2019", facts([
        svc("Ketton and Cottesmore Youth Offending Team", "Ketton and Cottesmore YOT", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2019-03-26", "2019-01", 7),
     """N| Council news

N| Youth offending team praised in inspection report

N| [Ketton and Cottesmore Youth Offending Team|S] (YOT) is rated [good|R], [HM Inspectorate of Probation|A] announced this week.
S| Out-of-court disposals, which are assessed separately, were also rated [good|R].
N| Inspectors were in Rutland for the week beginning [7 January 2019|D].

S| Inspectors said the team’s leaders had a clear vision, shared by the management board, and that staff morale was high.
S| Case workers knew the children well and made sure each child had a real say in their own plan.
W| However, the report found that the YOT did not always work closely enough with children’s social care where a child might come to harm.
W| Plans for protecting other people from a child were not always revisited after important events in the child’s life.

N| Councillor [David Wilby|X], lead member for children on [Rutland County Council|A], said: “Our staff work incredibly hard, and I am glad inspectors have seen that.”

R| Seven recommendations are made, and the YOT management board will take them forward.
N| The report was published on [26 March 2019|D].
"""),
    # 18. a speaker other than the chief inspector (the Director of Operations); "The overall verdict: ‘...’."; "Looked at on
    #     its own, resettlement policy and provision was ‘...’"; "Fieldwork began on 4 July 2023"; "Only 11 of the 26 cases";
    #     "Report available from 00.01 on Thursday 19 October 2023" in the notes; six recommendations
    ("needham-market-yjs-2023", facts([
        svc("Needham Market Youth Justice Service", "Needham Market YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2023-10-19", "2023-07", 6),
     """N| Inspectors: youth justice in mid Suffolk ‘not yet good enough’

N| Inspectors’ findings on [Needham Market Youth Justice Service|S] were released today by the youth team of [HM Inspectorate of Probation|A].
N| The overall verdict: ‘[Requires improvement|R]’.
W| Looked at on its own, resettlement policy and provision was ‘[Inadequate|R]’.
N| Fieldwork began on [4 July 2023|D].

S| Children were warm about their case managers, and many said it was the first time an adult had stuck with them.
W| But too little was done to keep children safe once they left custody, and two children had been released without a confirmed address.
W| Only 11 of the 26 cases examined contained a plan that took account of the child’s risk of exploitation.
S| Head teachers valued the service’s education worker, and ties with local schools were close.

W| The inspectorate’s Director of Operations, [Helen Davies|X], said: “[Needham Market|S]’s staff are warm and tenacious, but their good intentions are not matched by the systems around them.
R| “We want to see a resettlement offer under which every child walks out of custody to a safe home.”

R| The report’s six recommendations go to the service (four), [Suffolk County Council|A] (one) and the [Youth Justice Board|A] (one).

N| Notes to editors
N| 1. Report available from 00.01 on [Thursday 19 October 2023|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
