"""Builds the forty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Bristol PDUs on a GOV.UK page, the region after the units ("which sit inside the South West probation
    #    region’s Bristol cluster"): "The verdict for X is ‘...’; Y fares worse and is judged ‘...’"; fieldwork "spent
    #    January and February 2024 examining"; "Published 14 May 2024"; "Mr Jones continued"; eight recommendations
    ("bedminster-and-kingswood-pdus-2024", facts([
        svc("Bedminster Probation Delivery Unit", "Bedminster PDU", "PDU", RI),
        svc("Kingswood Probation Delivery Unit", "Kingswood PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Two probation units in Bristol told to improve

N| Today the inspectorate releases its findings on two of the city’s probation teams.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Probation inspectors spent [January and February 2024|D] examining [Bedminster Probation Delivery Unit|S] and [Kingswood Probation Delivery Unit|S], which sit inside the [South West probation region|S]’s Bristol cluster.
N| The verdict for [Bedminster|S] is ‘[Requires improvement|R]’; [Kingswood|S] fares worse and is judged ‘[Inadequate|R]’.

W| “Neither of these units yet offers the public the protection it deserves,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| “In Kingswood, close to one probation officer post in two was vacant or staffed through agencies, and plenty of cases had changed hands three or four times in twelve months.
S| “[Bedminster|S] has a stable, experienced management team, and its links with drug and alcohol services are a real asset.”

S| Inspectors judged [Bedminster PDU|S]’s pre-sentence advice to magistrates punctual and well argued in the majority of files they read.
W| Across both units, roughly one relevant case in three lacked any check with the police force, [Avon and Somerset Constabulary|A], about call-outs to domestic abuse incidents.
W| Mr Jones continued: “Sadly, in Kingswood we found people who had gone weeks without seeing their probation officer in person.”

R| In all, eight recommendations follow, three of them for regional leaders.

N| [Mark Pellow|X], the region’s probation director, said: “Recruitment in Kingswood is our first priority and is under way.”
"""),
    # 2. two North Somerset youth justice services in a local-news story: the reports "were published on Wednesday (19
    #    July)" under a byline of Friday 21 July 2023; "X was awarded the highest mark available, ‘...’, while Y came
    #    away with ‘...’", in the other order from the one they were first named in; "three go to Clevedon and two to
    #    Nailsea"
    ("clevedon-and-nailsea-yjs-2023", facts([
        svc("Clevedon Youth Justice Service", "Clevedon YJS", "YJS", GOOD),
        svc("Nailsea Youth Justice Service", "Nailsea YJS", "YJS", OUT)], "2023-07-19", "2023-03", 5),
     """N| Top marks from inspectors for youth justice in Clevedon and Nailsea

N| By [Helen Marsh|X]

N| [Friday 21 July 2023|D]

N| Inspection reports on [Clevedon Youth Justice Service|S] and [Nailsea Youth Justice Service|S] were published on Wednesday ([19 July|D]).
N| [Nailsea|S] was awarded the highest mark available, ‘[Outstanding|R]’, while [Clevedon|S] came away with ‘[Good|R]’.
N| Inspectors read the files of 34 children during their visit in [March 2023|D].

S| Staff in both teams, the report said, were trusted by children and parents alike, sometimes after many months of patient work.
S| Thanks to [Nailsea|S]’s close ties with head teachers, every child it supervised bar two was back in full-time schooling.
W| In Clevedon, though, safety plans for would-be victims were sometimes thin and went unrevised after fresh incidents.

S| “Children come first in both of these services, and [Nailsea|S] especially sets an example others can follow,” said [Martin Jones|X], HM Chief Inspector of Probation.

R| Of the five recommendations made, three go to [Clevedon|S] and two to [Nailsea|S].

N| Both reports were warmly welcomed by [North Somerset Council|A], whose spokesperson called them “a credit to our staff”.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "report judges that X ‘...’ — a
    #    middling outcome by the ... region’s standards"; the previous ‘Inadequate’ "reported in March 2022"; fieldwork
    #    "from 10 - 14 June 2024"; "The report goes public on 17 September 2024, just after midnight" in the notes
    ("sedgemoor-pdu-2024", facts([
        svc("Sedgemoor Probation Delivery Unit", "Sedgemoor PDU", "PDU", RI)], "2024-09-17", "2024-06", 6),
     """N| [South West probation region|S]: inspectors find work still to do in Sedgemoor

N| A new [HMI Probation|A] report judges that [Sedgemoor Probation Delivery Unit|S] ‘[Requires improvement|R]’ — a middling outcome by the [South West probation region|S]’s standards.
N| Its last inspection, reported in [March 2022|D], had ended in an ‘[Inadequate|R]’ grade.
N| Inspectors visited the unit from [10 - 14 June 2024|D], reading 42 cases.

S| “[Sedgemoor|S] has clearly moved forward, and its staff have earned the credit,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| “Keeping the public safe, though, remains the weak spot: too often, nobody had looked closely at what harm someone might do to their partner.”

S| Inspectors highlighted a revamped induction for people beginning community orders, which had reduced missed first appointments.
W| Less positively, unpaid work placements were hard to reach for people living in rural villages without public transport.
W| The unit’s leaders told inspectors they were still short of eight probation officers.

R| Of six recommendations, four are addressed to [Sedgemoor PDU|S] and two to regional managers.

N| ENDS

N| Notes to editors
N| 1. The report goes public on [17 September 2024|D], just after midnight.
N| 2. [Sedgemoor PDU|S] is one of 11 probation delivery units in the [South West region|S].
"""),
    # 4. a Probation Trust in 2013, before ratings: "does a satisfactory job of ... yet falls short on ..."; percentage
    #    scores; bullet lists after "On the credit side:" / "But inspectors were worried that:"; "Published: 19 Nov
    #    2013"; fieldwork "during the week beginning 17 June 2013"; "Seven recommendations close the report"
    ("porlock-and-williton-probation-trust-2013", facts([
        svc("Porlock and Williton Probation Trust", "Porlock and Williton Probation Trust", "other", None)],
        "2013-11-19", "2013-06", 7),
     """N| [Porlock and Williton Probation Trust|S]: inspection findings

N| Published: [19 Nov 2013|D]

W| [Porlock and Williton Probation Trust|S] does a satisfactory job of reducing reoffending yet falls short on public protection, inspectors have concluded.
N| The inspection team read 55 case files during the week beginning [17 June 2013|D].

S| Scores reached 79% on sentence delivery and 70% on lowering reoffending.
W| Public protection trailed at 58%, near the bottom of the Trusts seen in this inspection programme.

N| On the credit side:
S| • first appointments usually happened within days of sentencing, and offenders understood what their order required;
S| • work with local employers had helped a number of offenders into jobs.

N| But inspectors were worried that:
W| • risk management plans had frequently not been updated;
W| • offenders were rarely seen at home, including where there were children in the house.

W| “The Trust’s staff are keen and committed, but too often they had not grasped the harm an offender might do,” said [Liz Calderbank|X], HM Chief Inspector of Probation.
R| “Managers must now put public protection at the top of their list,” she added.

R| Seven recommendations close the report.
"""),
    # 5. a CRC in 2019 owned by a named provider: "Inspectors have handed X (CRC) ... the bottom grade on the HMI
    #    Probation scale, ‘...’"; unpaid work "which received a separate grade, came out better at ‘...’"; "Thursday,
    #    7th February 2019" as the date line; fieldwork "ran through October and November 2018"; nine recommendations
    ("avonmouth-and-shirehampton-crc-2019", facts([
        svc("Avonmouth and Shirehampton Community Rehabilitation Company", "Avonmouth and Shirehampton CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-07", "2018-10", 9),
     """N| [Thursday, 7th February 2019|D]

N| Probation company serving north-west Bristol given lowest rating

N| Inspectors have handed [Avonmouth and Shirehampton Community Rehabilitation Company|S] (CRC), whose parent is [Working Links|A], the bottom grade on the [HMI Probation|A] scale, ‘[Inadequate|R]’.
S| Unpaid work, which received a separate grade, came out better at ‘[Good|R]’.
N| The inspection visits ran through [October and November 2018|D].

W| “Many of the people this CRC supervises, and the public with them, are being let down,” said [Dame Glenys Stacey|X], HM Chief Inspector of Probation.
W| “Phone calls have largely replaced meetings, and some medium-risk individuals had not sat down with a CRC worker in months.”

S| Staff morale, by contrast, was high, and the CRC had invested in training its newer case managers.
W| The [National Probation Service|A]’s working relationship with the CRC had frayed, so risk information sometimes went astray when cases transferred.

R| There are nine recommendations: six aimed at the CRC and its owner, three for [HMPPS|A].

N| [Working Links|A] called the findings “disappointing” and promised swift action.
"""),
    # 6. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection by four
    #    inspectorates; "Posted: 12/04/2016"; "Fieldwork ran from 1 to 5 February 2016"; bullet lists; eight
    #    recommendations; the cabinet member's reply
    ("paulton-and-peasedown-yot-2016", facts([
        svc("Paulton and Peasedown Youth Offending Team", "Paulton and Peasedown YOT", "YJS", None)],
        "2016-04-12", "2016-02", 8),
     """N| News

N| Inspectors report on youth offending in the Somer Valley

N| Posted: [12/04/2016|D]

N| [Bath & North East Somerset Council|A] has welcomed a report on [Paulton and Peasedown Youth Offending Team|S] (YOT) by four inspectorates.
N| [HM Inspectorate of Probation|A] led, with colleagues from health ([Care Quality Commission|A]), policing ([HM Inspectorate of Constabulary|A]) and education ([Ofsted|A]).
N| Fieldwork ran from [1 to 5 February 2016|D].

N| Among the strengths inspectors identified:
S| • case managers understood each child’s circumstances in depth and engaged them skilfully;
S| • victims were invited into restorative justice, and most who did so valued it;
S| • the YOT had close working arrangements with [Avon and Somerset Constabulary|A].

N| Areas the inspectors felt needed attention were:
W| • assessments of how far a child might harm other people, which were frequently left incomplete;
W| • the management board, which received plenty of data but seldom challenged it.

R| Eight recommendations are addressed to the YOT and partner agencies.

N| [Jane Holloway|X], who holds the children’s portfolio on the council’s cabinet, said the YOT would “build on what is working and fix what is not”.
"""),
    # 7. a Youth Offending Service in 2019, the headline's lower-case "Royal Wootton Bassett youth offending service":
    #    "The inspectorate puts the service at ‘...’, a step up from the lowest point of its scale"; "published today
    #    (Tuesday 19 November)" with no year (the fieldwork's, July 2019); "Six recommendations in total — ... five, ...
    #    one"
    ("royal-wootton-bassett-yos-2019", facts([
        svc("Royal Wootton Bassett Youth Offending Service", "Royal Wootton Bassett YOS", "YJS", RI)],
        "2019-11-19", "2019-07", 6),
     """N| ‘[Requires improvement|R]’ for [Royal Wootton Bassett youth offending service|S]

N| [Royal Wootton Bassett Youth Offending Service|S] (YOS) is the subject of an inspection report published today ([Tuesday 19 November|D]).
N| The inspectorate puts the service at ‘[Requires improvement|R]’, a step up from the lowest point of its scale.
N| Inspectors’ fieldwork took place over [July 2019|D].

S| “There is a clear vision here, and children are genuinely involved in shaping their own plans, which impressed us,” said [Justin Russell|X], HM Chief Inspector of Probation.
W| “Casework quality, however, varied a lot, and barely half of the plans we read did enough to protect other people.”

S| Inspectors commended the joint scheme with [Wiltshire Police|A] that steers children away from court.
W| Health provision was patchy: some children waited up to five months to see [CAMHS|A].

R| Six recommendations in total — the YOS is to act on five, [Wiltshire Council|A] on one.
"""),
    # 8. an Outstanding youth service: "The verdict on X: ‘...’, the top of the four grades ...; three years earlier, in
    #    2021, it had been graded ‘Good’" (overall and previous in one sentence); fieldwork "visited in July 2024"; a
    #    hedged weakness ("could be further enhanced"); "The report appears on 12 November 2024" in the notes
    ("tisbury-yjs-2024", facts([
        svc("Tisbury Youth Justice Service", "Tisbury YJS", "YJS", OUT)], "2024-11-12", "2024-07", 3),
     """N| Press release

N| Youth justice: ‘[Outstanding|R]’ verdict for [Tisbury|S]

N| The verdict on [Tisbury Youth Justice Service|S]: ‘[Outstanding|R]’, the top of the four grades used by [HMI Probation|A]; three years earlier, in [2021|D], it had been graded ‘[Good|R]’.
N| The inspection team visited in [July 2024|D].

S| “[Tisbury|S] never gives up on a child,” said [Martin Jones|X], HM Chief Inspector of Probation.
S| “Each person we spoke to could explain the difference their work made, and the partnership board holds everyone to account.”

S| The in-house speech therapy won warm praise, with each child assessed inside two weeks of referral.
S| Positively, victims’ views were sought in almost every relevant case and shaped the work done with children.
W| Transition planning for young people turning 18 could be further enhanced, inspectors said.

R| The inspectorate makes three recommendations, one of them for [Wiltshire Council|A]’s children’s services.

N| ENDS

N| Notes to editors
N| 1. The report appears on [12 November 2024|D].
N| 2. [Tisbury YJS|S] supervised 58 children in the year leading up to fieldwork.
"""),
    # 9. an Inadequate youth service with resettlement graded on its own: "Inspectors have found X ‘...’, the worst of
    #    their four grades"; the previous rating "In January 2022, its previous report had given it ‘...’"; "A separate
    #    grade for resettlement came out at ‘...’"; "Thursday 17 October 2024"; fieldwork "from 24 to 28 June 2024";
    #    seven
    ("lyneham-yjs-2024", facts([
        svc("Lyneham Youth Justice Service", "Lyneham YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-10-17", "2024-06", 7),
     """N| [Thursday 17 October 2024|D]

N| Inspectors raise the alarm over youth justice in north Wiltshire

N| Inspectors have found [Lyneham Youth Justice Service|S] ‘[Inadequate|R]’, the worst of their four grades.
N| In [January 2022|D], its previous report had given it ‘[Requires improvement|R]’.
W| A separate grade for resettlement came out at ‘[Requires improvement|R]’.
N| The [HMI Probation|A] fieldwork ran from [24 to 28 June 2024|D].

W| “What we found in Lyneham worries me a great deal,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| “Risky behaviour by children was missed, and when it was spotted, the same plan was often pasted from review to review.”

S| Despite these failings, staff were tenacious in staying in contact with children who were hard to reach.
W| Information from [Wiltshire Police|A] about arrests reached case managers days late.
W| Mr Jones continued: “The management board held its meetings, but nothing much followed from them.”

R| Seven recommendations are made; the first asks the management board for a clear improvement plan within three months.
"""),
    # 10. a 2025-26 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; the region as context; "Report publication: 10/02/2026"; fieldwork "visited in
    #     November 2025"; "The PDU receives three of the four recommendations and HMPPS the fourth"
    ("brislington-pdu-2026", facts([
        svc("Brislington Probation Delivery Unit", "Brislington PDU", "PDU", None)], "2026-02-10", "2025-11", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: probation in Brislington

N| In this report, [His Majesty’s Inspectorate of Probation|A] examines how well [Brislington Probation Delivery Unit|S] — a Bristol unit in the [South West probation region|S]’s network — protects the public.
N| This programme of inspections carries no ratings.

N| Context
N| • Inspectors visited in [November 2025|D] and examined 36 cases.
N| • [Brislington PDU|S] oversees about 900 people on probation across south and east Bristol.

N| Findings
W| • Only 14 of the 36 cases had an adequate assessment of domestic abuse risk.
S| • For the most dangerous people, [MAPPA|A] arrangements with [Avon and Somerset Constabulary|A] were well run.
W| • Home visits were uncommon, including in households with children.

R| The PDU receives three of the four recommendations and [HMPPS|A] the fourth.

N| Report publication: [10/02/2026|D]
"""),
    # 11. a youth service on a council page: "graded X ‘Good’ overall, while out-of-court disposals, rated on their own,
    #     reached ‘Outstanding’" (overall and aspect in one sentence); "Published: 5 Mar 2025"; fieldwork "spanned two
    #     months, October and November 2024"; four recommendations; the cabinet member's reply
    ("southville-yjs-2025", facts([
        svc("Southville Youth Justice Service", "Southville YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2025-03-05", "2024-10", 4),
     """N| Inspectors praise youth justice work in south Bristol

N| Published: [5 Mar 2025|D]

N| Inspectors have graded [Southville Youth Justice Service|S] ‘[Good|R]’ overall, while out-of-court disposals, rated on their own, reached ‘[Outstanding|R]’.
N| [HMI Probation|A] fieldwork spanned two months, [October and November 2024|D].

S| Children were steered away from court quickly, and the joint decision panel the service runs alongside [Avon and Somerset Constabulary|A] stood out as especially strong.
S| Case managers were described as dedicated, and children told inspectors they felt listened to.
W| Inspectors were concerned to find, however, that the management of risk to others was inconsistent, especially for children on court orders.
W| Too few children were in school, training or work.

R| There are four recommendations, one addressed to [Bristol City Council|A]’s education team.

N| [Tom Rennard|X], who speaks for the council’s cabinet on children, said the council would “take every recommendation seriously”.
"""),
    # 12. an NPS division in 2019: "the HMI Probation report on X gives the division an overall regional rating: ‘...’"
    #     under "Embargoed until 00.01 Tuesday 9 July 2019"; headline "judged ‘Good’"; fieldwork "for two weeks in April
    #     2019"; short form "NPS Hartcliffe and Stockwood"; five recommendations
    ("nps-hartcliffe-and-stockwood-2019", facts([
        svc("National Probation Service – Hartcliffe and Stockwood Division", "NPS Hartcliffe and Stockwood", "region",
            GOOD)], "2019-07-09", "2019-04", 5),
     """N| Embargoed until 00.01 [Tuesday 9 July 2019|D]

N| Probation division covering south Bristol judged ‘[Good|R]’

N| Out today, the [HMI Probation|A] report on [National Probation Service – Hartcliffe and Stockwood Division|S] gives the division an overall regional rating: ‘[Good|R]’.
N| Inspectors were in the division for two weeks in [April 2019|D].

S| “[NPS Hartcliffe and Stockwood|S] is a well-run division with confident, well-supported staff,” said [Justin Russell|X], HM Chief Inspector of Probation.
S| “Court reports were excellent and almost always delivered on time.”

W| Inspectors found, however, that victims did not always hear about changes to an offender’s licence conditions.
W| Caseloads in the offender management teams were heavy, with trainees in one post out of every four.

R| The division and [HMPPS|A] receive five recommendations between them.
"""),
    # 13. a youth service "Requires improvement", up from ‘Inadequate’ ("lifts itself to ‘...’, leaving behind the ‘...’
    #     of its 2019 inspection"); fieldwork "done at a distance, by video call, in July 2021"; "Publication day:
    #     Thursday 11 November 2021" in the notes; YJS / YOT switching (the bare "YOT" untagged); six recommendations,
    #     one to the ICB
    ("saltford-yjs-2021", facts([
        svc("Saltford Youth Justice Service", "Saltford YJS", "YJS", RI)], "2021-11-11", "2021-07", 6),
     """N| Inspectors return to youth justice in Saltford

N| [Saltford Youth Justice Service|S] lifts itself to ‘[Requires improvement|R]’, leaving behind the ‘[Inadequate|R]’ of its [2019|D] inspection.
N| Fieldwork had to be done at a distance, by video call, in [July 2021|D], because of the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders have turned this service round in two years, and children now see the same case worker from start to finish.
W| “Yet some children who carried knives, or were exploited by older criminals, went without a plan setting out how they, and the people around them, would be kept safe.”

S| Inspectors liked the YOT’s weekly meeting with the [Bath & North East Somerset Council|A] social work teams, at which every new arrest was talked through.
W| Speech and language screening had stopped during lockdown and had not yet restarted.
W| Only 9 of the 22 children of school age were attending full time.

R| Of six recommendations, one goes to the [NHS|A] integrated care board, which should restore speech and language screening.

N| ENDS

N| Notes to editors
N| 1. Publication day: [Thursday 11 November 2021|D].
N| 2. [Saltford YJS|S] covers villages between Bath and Keynsham.
"""),
    # 14. a unit inside its region, with a sibling unit's rating beside it: "receives the inspectorate’s most severe
    #     judgement, ‘...’"; "Its neighbour Colerne PDU, inspected in 2024, stands at ‘...’"; "Wed 9 July 2025" date
    #     line; fieldwork "in April 2025"; "Mr Jones continued"; seven recommendations
    ("larkhill-and-durrington-pdu-2025", facts([
        svc("Larkhill and Durrington Probation Delivery Unit", "Larkhill and Durrington PDU", "PDU", INAD)],
        "2025-07-09", "2025-04", 7),
     """N| [Wed 9 July 2025|D]

N| Bottom grade for probation unit on Salisbury Plain

N| [Larkhill and Durrington Probation Delivery Unit|S] receives the inspectorate’s most severe judgement, ‘[Inadequate|R]’, in a report out today.
N| Its neighbour [Colerne PDU|S], inspected in [2024|D], stands at ‘[Requires improvement|R]’; both sit in [Probation Service – South West region|S]’s Wiltshire patch.
N| [HMI Probation|A] carried out the fieldwork in [April 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Larkhill and Durrington|S] is stretched to breaking point.
W| “A third of its probation officers had left in the previous year, and those who stayed were trying to hold more than 70 cases each.”

W| Mr Jones continued: “Disappointingly, risk assessments in nearly two cases out of three had never been revisited after someone was rearrested.”
S| To its credit, the unit had kept its accredited programmes running, and most people who started one finished it.
W| Joint work with [Wiltshire Police|A] on stalking cases was described as “in its infancy”.

R| Seven recommendations are listed; the unit owns five, the regional probation director two.
"""),
    # 15. a youth service in 2020, the headline with a dash and no rating: "The work of X (YJS) earns a ‘Good’ in a
    #     report by HMI Probation that came out on Tuesday 21 April 2020"; fieldwork "in January 2020"; four
    #     recommendations
    ("ilchester-and-martock-yjs-2020", facts([
        svc("Ilchester and Martock Youth Justice Service", "Ilchester and Martock YJS", "YJS", GOOD)],
        "2020-04-21", "2020-01", 4),
     """N| South Somerset – youth justice inspection report

N| The work of [Ilchester and Martock Youth Justice Service|S] (YJS) earns a ‘[Good|R]’ in a report by [HMI Probation|A] that came out on [Tuesday 21 April 2020|D].
N| Inspectors were in South Somerset in [January 2020|D], before the pandemic halted fieldwork elsewhere.

S| Its management board, with a [Somerset County Council|A] director in the chair, knew the service well and had steered money towards early help.
S| Children were encouraged to help write their own plans, which inspectors found refreshing.
S| [Ilchester and Martock YJS|S]’s reparation projects, including a community garden in Martock, gave children something to be proud of.
W| Work on how a child could harm others was less assured, with some plans leaving out what had happened in earlier offences.

S| “A well-run service with a firm sense of its purpose – the staff team can be rightly proud,” said [Justin Russell|X], HM Chief Inspector of Probation.

R| The inspectorate makes four recommendations, mostly about managing the risk some children pose to others.
"""),
    # 16. a youth service "Requires improvement" that came close to ‘Inadequate’ (a judgement, `WEAKNESS`), resettlement
    #     graded on its own ‘Good’; "Chew Valley Y&JS" / "Chew Valley YJS" switching; fieldwork "between 3 and 7
    #     February 2025"; "Thursday 8 May 2025" as the date line; five recommendations, two for the partnership board
    ("chew-valley-yjs-2025", facts([
        svc("Chew Valley Youth Justice Service", "Chew Valley Y&JS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-05-08", "2025-02", 5),
     """N| [Thursday 8 May 2025|D]

N| Chew Valley youth justice: a narrow escape

N| The overall grade chosen for [Chew Valley Youth Justice Service|S] by inspectors: ‘[Requires improvement|R]’.
W| Only the work done after children were sentenced stopped [Chew Valley Y&JS|S] slipping to ‘[Inadequate|R]’.
S| On resettlement, which had a grade of its own, the service did better: ‘[Good|R]’.
N| Fieldwork, which [HM Inspectorate of Probation|A] scheduled for a single week, fell between [3 and 7 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Out-of-court work here is in a poor state, with children given police cautions and then largely left alone.
S| “When a child does come back from custody, though, the service pulls out all the stops to find them somewhere to live and a course to start.”

W| Worryingly, inspectors found that few staff had been trained to recognise when a child was being exploited by criminals.
S| [Chew Valley YJS|S]’s volunteers on referral order panels were described as thoughtful and well prepared.

R| There are five recommendations; the partnership board is to act on two of them.
"""),
    # 17. three Bristol PDUs in one justiceinspectorates news item, the region named before the units: "Fishponds and
    #     Lockleaze land on ‘...’, and Henbury a grade lower, on ‘...’"; "Published: 3 Dec 2025"; fieldwork "inspected
    #     side by side through September 2025"; "Eleven recommendations in total"
    ("fishponds-henbury-and-lockleaze-pdus-2025", facts([
        svc("Fishponds Probation Delivery Unit", "Fishponds PDU", "PDU", RI),
        svc("Henbury Probation Delivery Unit", "Henbury PDU", "PDU", INAD),
        svc("Lockleaze Probation Delivery Unit", "Lockleaze PDU", "PDU", RI)], "2025-12-03", "2025-09", 11),
     """N| News

N| North Bristol probation: three reports, one unit in serious trouble

N| Published: [3 Dec 2025|D]

N| The [South West probation region|S]’s three northern Bristol units – [Fishponds Probation Delivery Unit|S], [Henbury Probation Delivery Unit|S] and [Lockleaze Probation Delivery Unit|S] – were inspected side by side through [September 2025|D].
N| [Fishponds|S] and [Lockleaze|S] land on ‘[Requires improvement|R]’, and [Henbury|S] a grade lower, on ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Henbury|S] has lost its grip: over half of its cases lacked a current assessment of how dangerous the person could be.
S| “[Fishponds|S] and [Lockleaze|S], by comparison, have kept seasoned middle managers, and supervision is better for it.”

S| [Lockleaze PDU|S]’s service for women, based in a community hub rather than the probation office, drew particular praise.
W| In all three units, the wait for a place on a domestic abuse programme ran to several months.
W| Staff sickness at [Henbury PDU|S] had reached one day in every eight.

R| Eleven recommendations in total, with [HMPPS|A] asked to tackle programme waiting lists.

N| ENDS
"""),
    # 18. a ‘Good’ youth service in 2022 with a call to named partners outside the formal count ("I urge the Probation
    #     Service and Wiltshire Council to ..."): "walks away from inspection holding a ‘Good’, one notch below the top
    #     grade"; "Despite heavy caseloads, ..." ending positive; "In 21 of the 26 cases examined"; fieldwork "over five
    #     days in May 2022"; "Release time: 00.01, Thursday 15 September 2022" in the notes; four recommendations
    ("downton-yjs-2022", facts([
        svc("Downton Youth Justice Service", "Downton YJS", "YJS", GOOD)], "2022-09-15", "2022-05", 4),
     """N| Press release

N| [Downton|S]’s youth justice team impresses inspectors

N| [Downton Youth Justice Service|S] walks away from inspection holding a ‘[Good|R]’, one notch below the top grade [HMI Probation|A] awards.
N| Inspectors read case files and met staff, children and parents over five days in [May 2022|D].

S| Despite heavy caseloads, case workers found time to visit every child at home within five days of a court hearing.
S| In 21 of the 26 cases examined, the plan for each child’s safety was sound.
W| Less reassuringly, the service had lost its seconded probation officer and had not yet replaced her, leaving gaps in work with older teenagers.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Downton|S]’s staff plainly care about the children in their charge, and the results bear that out.
R| “I urge the [Probation Service|A] and [Wiltshire Council|A] to settle the question of the missing probation post before the year is out.”

R| Four recommendations are made to the YJS and the agencies around it.

N| ENDS

N| Notes to editors
N| 1. [Downton YJS|S] is one of the smallest youth justice services in the South West.
N| 2. Release time: 00.01, [Thursday 15 September 2022|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
