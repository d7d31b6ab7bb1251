"""Builds the two hundred and first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in
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
    # 1. three PDUs of the South West region on a GOV.UK page, the region named before them: "X and Y both land on
    #    ‘...’, while Z drops to the foot of the scale with ‘...’"; "from 6 to 17 May 2024"; twelve recommendations "four
    #    apiece for X, Y and Z"; the regional director's reply
    ("randwick-whiteshill-and-ebley-pdus-2024", facts([
        svc("Randwick Probation Delivery Unit", "Randwick PDU", "PDU", RI),
        svc("Whiteshill Probation Delivery Unit", "Whiteshill PDU", "PDU", INAD),
        svc("Ebley Probation Delivery Unit", "Ebley PDU", "PDU", RI)], "2024-09-17", "2024-05", 12),
     """N| Press release

N| Inspectors report on three probation units in the Stroud valleys

N| One unit is judged to be failing; two more need to improve.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| Separate reports from [His Majesty’s Inspectorate of Probation|A], out today, deal with three units in the [Probation Service – South West region|S]: [Randwick Probation Delivery Unit|S], [Whiteshill Probation Delivery Unit|S] and [Ebley Probation Delivery Unit|S].
N| [Randwick|S] and [Ebley|S] both land on ‘[Requires improvement|R]’, while [Whiteshill|S] drops to the foot of the scale with ‘[Inadequate|R]’.
N| Inspection teams were in the three units from [6 to 17 May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whiteshill|S] has lost half its qualified officers in eighteen months, and newly trained staff are carrying cases they are not yet ready for.
S| “[Randwick|S] and [Ebley|S], for all their pressures, have held on to experienced managers who check the work and coach their teams.”

W| In all three units, the safety of partners and former partners was given enough weight in fewer than half of the cases read.
S| Inspectors singled out the units’ shared employment hub, run with local colleges, which had found jobs for dozens of people on licence.

R| Twelve recommendations are spread across the reports, four apiece for [Randwick|S], [Whiteshill|S] and [Ebley|S].

N| [Karen Pallister|X], who leads probation in the South West, said two senior officers had been moved into Whiteshill and every high-risk case there was being reviewed.
"""),
    # 2. two youth justice services in a local-news story: the reports "made public on Monday (24 February)" under a
    #    byline of Thursday 27 February 2025; "X earned ‘...’ ... and Y was not far behind on ‘...’", in the other order
    #    from the one first named (Slad, Sheepscombe); five recommendations "three addressed to X and two to Y"
    ("slad-and-sheepscombe-yjs-2025", facts([
        svc("Slad Youth Justice Service", "Slad YJS", "YJS", GOOD),
        svc("Sheepscombe Youth Justice Service", "Sheepscombe YJS", "YJS", OUT)], "2025-02-24", "2024-11", 5),
     """N| Valley youth justice teams earn top marks from inspectors

N| By [Helen Ashby|X]

N| [Thursday 27 February 2025|D]

N| Inspection reports on [Slad Youth Justice Service|S] and [Sheepscombe Youth Justice Service|S] were made public on Monday ([24 February|D]), three months after inspectors spent a fortnight with both teams in [November 2024|D].
N| [Sheepscombe|S] earned ‘[Outstanding|R]’, the top of the inspectorate’s four grades, and [Slad|S] was not far behind on ‘[Good|R]’.

S| Inspectors said [Sheepscombe|S]’s youth workers knew every child’s story and had built strong ties with local sports clubs and a youth theatre.
S| [Slad|S]’s case managers made sure children moving between schools never lost their place in education, the reports said.
W| The reports noted, though, that [Slad YJS|S] had been slow to bring victims’ wishes into its planning.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in these valleys are lucky to have teams that refuse to give up on them.”

R| Between them the reports carry five recommendations, three addressed to [Slad|S] and two to [Sheepscombe|S].

N| [Gloucestershire County Council|A]’s cabinet member for children’s safeguarding said the council was “thrilled” for both teams.
"""),
    # 3. two Gloucestershire PDUs in a justiceinspectorates news item, the region in the first sentence: "Inspectors
    #    graded X ‘...’; Y was placed one rung higher, at ‘...’"; "Published: 22 Jul 2025"; fieldwork "in the same
    #    fortnight, beginning on 3 March 2025"; "Of the nine recommendations, five concern X and four Y"
    ("coaley-and-nympsfield-pdus-2025", facts([
        svc("Coaley Probation Delivery Unit", "Coaley PDU", "PDU", INAD),
        svc("Nympsfield Probation Delivery Unit", "Nympsfield PDU", "PDU", RI)], "2025-07-22", "2025-03", 9),
     """N| News

N| Two Gloucestershire probation units below par, inspectors say

N| Published: [22 Jul 2025|D]

N| Reports out today cover [Coaley Probation Delivery Unit|S] and [Nympsfield Probation Delivery Unit|S], neighbouring units in the [Probation Service – South West region|S].
N| Inspectors graded [Coaley|S] ‘[Inadequate|R]’; [Nympsfield|S] was placed one rung higher, at ‘[Requires improvement|R]’.
N| The two units were visited in the same fortnight, beginning on [3 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Coaley|S] had let supervision become a matter of ticking boxes, with little sense of who posed a danger to whom.
S| “[Nympsfield|S] is in better shape: its managers read cases closely and its staff feel supported.”

W| Neither unit could offer enough accredited programme places; people waited many months to start a domestic abuse course.
S| Inspectors were encouraged by [Nympsfield PDU|S]’s joint work with [Gloucestershire Constabulary|A] on integrated offender management.

R| Of the nine recommendations, five concern [Coaley|S] and four [Nympsfield|S].
"""),
    # 4. a unit inside its region, the region in the headline and beside the unit with its own 2023 rating: "have
    #    assessed X as ‘...’, the lowest of the four possible grades"; "when they visited in February 2024"; "Mr Jones
    #    continued"; a partner prison (SERVICE); the notes' day; eight recommendations "six directed to the unit and two
    #    to the region"
    ("selsley-pdu-2024", facts([
        svc("Selsley Probation Delivery Unit", "Selsley PDU", "PDU", INAD)], "2024-07-10", "2024-02", 8),
     """N| [South West probation region|S]: [Selsley probation unit|S] found to be ‘[Inadequate|R]’

N| Inspectors have assessed [Selsley Probation Delivery Unit|S] as ‘[Inadequate|R]’, the lowest of the four possible grades.
N| Its parent region, the [Probation Service – South West region|S], had been graded ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Inspectors examined 45 cases when they visited in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Selsley|S] has been run on goodwill for too long, and the goodwill has run out.
W| “Some people released from prison had gone a month without any contact from the unit.”

W| Mr Jones continued: “Practitioners said they no longer bothered to raise problems, since nobody acted on them.”

S| Even so, inspectors found that the unit’s work with [HMP Eastwood Park|S] before release was well organised, so most women leaving custody had a home to go to.
W| Arrangements with [Gloucestershire County Council|A]’s children’s services were weak, and in many cases nobody had asked whether children lived at the address.

R| The report sets out eight recommendations, six directed to the unit and two to the region.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Wednesday 10 July 2024|D] on the inspectorate’s website.
N| 2. [Selsley PDU|S] is among the probation delivery units of the [South West region|S].
"""),
    # 5. a unit inside its region with its unpaid work rated on its own and its previous rating beside: "moves X, part of
    #    ..., up to ‘...’"; "At its previous inspection, in 2022, ... ‘Inadequate’"; "Published today (Tuesday, 13 May)"
    #    with the year from the fieldwork (December 2024); a call to action outside the count
    ("pitchcombe-pdu-2025", facts([
        svc("Pitchcombe Probation Delivery Unit", "Pitchcombe PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-05-13", "2024-12", 5),
     """N| [Pitchcombe probation unit|S] climbs a grade

N| Published today ([Tuesday, 13 May|D]), the inspectorate’s report moves [Pitchcombe Probation Delivery Unit|S] up to ‘[Requires improvement|R]’; the unit sits within the [Probation Service – South West region|S].
N| At its previous inspection, in [2022|D], the unit had been rated ‘[Inadequate|R]’.
S| Its unpaid work, which inspectors grade on its own, came out as ‘[Good|R]’.
N| Fieldwork was carried out in [December 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pitchcombe|S]’s turnaround has been real, and staff deserve credit for it.
S| “Managers now meet every new starter within a week, and caseloads are back to a level people can manage.
W| “But work to protect children from harm is still patchy, and that has to change.”

W| Inspectors judged work to keep others safe sufficient in just 17 of 40 cases.
R| [Gloucestershire Constabulary|A] and the unit should agree how information from domestic abuse call-outs is shared before the first supervision meeting.

R| Five recommendations are made in the report.
"""),
    # 6. a Probation Trust in 2012, before ratings: the verdict mixed in the first sentence; "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:" lists; "Thursday, 15th November 2012" above
    #    "published today"; "during fieldwork in August 2012"; seven recommendations
    ("haresfield-and-stinchcombe-probation-trust-2012", facts([
        svc("Haresfield and Stinchcombe Probation Trust", "Haresfield and Stinchcombe Probation Trust", "other", None)],
        "2012-11-15", "2012-08", 7),
     """N| Haresfield and Stinchcombe probation: report on offender management published

N| [Thursday, 15th November 2012|D]

W| [Haresfield and Stinchcombe Probation Trust|S] supervises offenders conscientiously but does not do enough to reduce the harm some of them may cause, inspectors from [HM Inspectorate of Probation|A] conclude in findings made public today.
N| Inspectors examined 80 cases during fieldwork in [August 2012|D].

N| Inspectors were pleased to find that:
S| • offenders were usually seen within a few days of court and were clear about the conditions of their orders;
S| • joint management of prolific offenders with [Gloucestershire Constabulary|A] worked smoothly;
S| • staff took care to involve offenders in planning their own sentence.

N| However, inspectors were concerned to find that:
W| • too few risk of harm assessments were completed on time;
W| • home visits were rare, even in domestic abuse cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust clearly know the people they supervise, and many offenders told us how much that helped.
R| “The Trust’s leaders must now put public protection on an equal footing with rehabilitation.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC in 2019 run by a named provider, an embargo line written out: "has given X (CRC) its lowest rating, ‘...’,
    #    after inspecting the company in November 2018"; unpaid work "given a separate rating, reached only ‘...’"; ten
    #    recommendations "eight of them for the CRC and two for HM Prison and Probation Service"
    ("kingscote-and-owlpen-crc-2019", facts([
        svc("Kingscote and Owlpen Community Rehabilitation Company", "Kingscote and Owlpen CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-04-16", "2018-11", 10),
     """N| EMBARGO: not for publication before 00.01 on [Tuesday 16 April 2019|D]

N| Probation company covering the southern Cotswolds handed lowest grade

N| [HM Inspectorate of Probation|A] has given [Kingscote and Owlpen Community Rehabilitation Company|S] (CRC) its lowest rating, ‘[Inadequate|R]’, after inspecting the company in [November 2018|D].
N| The CRC is run by [Working Links|A].
W| Unpaid work, given a separate rating, reached only ‘[Requires improvement|R]’.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a company whose staff do their best, yet many people on probation hear from it only by telephone.
W| “Risk of harm was reviewed in fewer than a third of the cases we inspected.”

S| Inspectors praised the women’s service run with a local charity, which gave women a safe place to attend their appointments.
W| Information from the [National Probation Service|A] about people transferred to the CRC was often missing or out of date.

R| Ten recommendations are made: the CRC must act on eight, and [HM Prison and Probation Service|A] on the remaining pair.

N| [Working Links|A] said in a statement that it was already putting changes in place.
"""),
    # 8. a youth offending team written out, on a council page in 2015, before ratings: a joint inspection led by the
    #    inspectorate with three others; "Posted: 11/06/2015"; lists after "Among the things inspectors liked:" / "Areas
    #    the inspectors wanted improved:"; a named management board (AGENCY); five recommendations
    ("dudbridge-yot-2015", facts([
        svc("Dudbridge Youth Offending Team", "Dudbridge YOT", "YJS", None)], "2015-06-11", "2015-03", 5),
     """N| Inspection of youth offending work in Dudbridge

N| Posted: [11/06/2015|D]

N| Four inspectorates looked at [Dudbridge Youth Offending Team|S] (YOT) together and have now set out what they found.
N| [HM Inspectorate of Probation|A] headed the team, which drew colleagues from [Ofsted|A], [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A].
N| Inspectors spent a week with the YOT in [March 2015|D].

N| Among the things inspectors liked:
S| • children were helped back into school quickly after an exclusion;
S| • case managers had good links with the local substance misuse service.

N| Areas the inspectors wanted improved:
W| • risk management plans rarely spelled out what harm a child could do to other people;
W| • the [Dudbridge YOT management board|A] did not scrutinise reoffending data.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “The YOT’s staff have a real understanding of the children they work with.
R| “The management board now needs to take a much firmer grip on performance.”

R| The report contains five recommendations.

N| Councillor [Paul McLain|X], who leads on children’s services for [Gloucestershire County Council|A], said: “We will act on every one of the recommendations.”
"""),
    # 9. an NPS division in 2019 on a justiceinspectorates news item: the headline's lower-case "Toadsmoor probation
    #    division"; "has received ‘...’ as its overall regional rating"; "over July and August 2019"; "Mr Russell added";
    #    "responsible for six of the report’s eight recommendations, with the remaining two going to HMPPS"
    ("toadsmoor-nps-division-2019", facts([
        svc("National Probation Service – Toadsmoor Division", "NPS Toadsmoor", "region", RI)],
        "2019-12-03", "2019-07", 8),
     """N| News

N| [Toadsmoor probation division|S] judged ‘[Requires improvement|R]’

N| Published: [3 Dec 2019|D]

N| [HM Inspectorate of Probation|A] has settled on ‘[Requires improvement|R]’ as the overall regional rating for [National Probation Service – Toadsmoor Division|S].
N| Inspectors carried out fieldwork over [July and August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Toadsmoor|S] has good people, but it is short of probation officers and its middle managers are stretched across too many teams.”

S| Inspectors found court work to be a clear strength, with advice to sentencers nearly always timely and well reasoned.
W| Too many risk assessments, however, overlooked information held by the police and children’s services.
W| Work with victims was weaker still, and some victims heard nothing about an offender’s parole.

R| Mr Russell added: “The division must make sure that every practitioner can see police domestic abuse records before an assessment is completed.”

R| The division is responsible for six of the report’s eight recommendations, with the remaining two going to [HMPPS|A].
"""),
    # 10. an ordinary youth justice service on GOV.UK: "Inspectors have found X to be ‘...’ overall"
    ("elkstone-yjs-2023", facts([
        svc("Elkstone Youth Justice Service", "Elkstone YJS", "YJS", GOOD)], "2023-09-05", "2023-05", 3),
     """N| Press release

N| [Elkstone Youth Justice Service|S] judged ‘[Good|R]’

N| A confident, well-run service that puts children first, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 September 2023|D]

N| Inspectors have found [Elkstone Youth Justice Service|S] to be ‘[Good|R]’ overall.
N| The inspection took place in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Elkstone|S] has built a team that children trust, and that trust shows in the results.
S| “Its board members turn up, ask hard questions and follow them through.”

S| Work to divert children from the courts impressed inspectors, and it had sharply cut the number of first-time entrants.
W| Risks that children met outside the home, such as exploitation, were sometimes missing from assessments.
W| Some planning for children in custody began too late to arrange a place to live on release.

R| The report makes three recommendations.
"""),
    # 11. an ordinary youth justice service on a council page, told in the third person, with the councillor's reply;
    #     "Date posted: 09/02/2023"; "which has given it an overall rating of"
    ("winstone-yjs-2023", facts([
        svc("Winstone Youth Justice Service", "Winstone YJS", "YJS", RI)], "2023-02-09", "2022-10", 7),
     """N| Inspectors publish findings on [Winstone Youth Justice Service|S]

N| Date posted: [09/02/2023|D]

N| A report from [HM Inspectorate of Probation|A] says [Winstone Youth Justice Service|S] must improve and gives it an overall rating of ‘[Requires improvement|R]’.
N| The inspection took place in [October 2022|D].

S| The inspectorate found that leaders had a clear picture of the service’s strengths and that children were treated with warmth and respect.
W| But it found that work to keep children safe was not always timely, and that some assessments missed important information from schools.
W| Speech and language support was also said to be thin.

R| Seven recommendations are made in the report, including that the management board should monitor how quickly safety plans are reviewed.

N| Councillor [Stephen Davies|X], cabinet member for children’s services at [Gloucestershire County Council|A], said: “We welcome the inspectors’ report and the recognition of our staff’s commitment.
N| “An action plan is already being put in place.”
"""),
    # 12. an ordinary youth justice service "awarded the top rating of ‘Outstanding’", resettlement graded separately;
    #     "from 14 to 18 October 2024"; the notes' day (Thursday 30 January 2025); two recommendations
    ("edgeworth-yjs-2025", facts([
        svc("Edgeworth Youth Justice Service", "Edgeworth YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-01-30", "2024-10", 2),
     """N| [Edgeworth Youth Justice Service|S] awarded ‘[Outstanding|R]’

N| [Edgeworth Youth Justice Service|S] has come out at the very top of the scale, ‘[Outstanding|R]’, in a report from [HM Inspectorate of Probation|A].
S| Resettlement work, which is inspected and graded separately, was found to be ‘[Good|R]’.
N| Inspectors visited from [14 to 18 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Edgeworth|S] knows its children as individuals, and we saw that in every case we read.
S| “Partners from health, education and the police sit round the same table and solve problems together.”

S| Inspectors found that all but one of the children whose cases they read had a suitable place in education or training.
W| The single area needing attention was the recording of contact with victims, which was sometimes incomplete.

R| The report contains two recommendations.

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [Thursday 30 January 2025|D].
"""),
    # 13. an ordinary PDU rated ‘Inadequate’ on a justiceinspectorates news item; "Mr Jones continued" with a call on the
    #     region; "In all, six recommendations are made."
    ("birdlip-pdu-2023", facts([
        svc("Birdlip Probation Delivery Unit", "Birdlip PDU", "PDU", INAD)], "2023-12-19", "2023-08", 6),
     """N| News

N| Cotswold probation unit ‘[Inadequate|R]’, inspectors find

N| Published: [19 Dec 2023|D]

N| [Birdlip Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors read 38 cases during fieldwork in [August 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Birdlip|S] has been without a settled leadership team for most of the past two years, and the staff have been left to cope alone.
W| “One in four practitioners was on long-term sick leave when we visited.”

W| Just 9 of the 38 cases showed risk of harm being managed well enough.
S| On a brighter note, a housing officer attached to the unit had found settled homes for many people coming out of prison.

R| Mr Jones continued: “The region must give [Birdlip|S] the managers it needs, and quickly.”

R| In all, six recommendations are made.
"""),
    # 14. an ordinary youth justice service with an upper-case embargo line: "The verdict of HM Inspectorate of Probation
    #     on X is ‘...’"; an "Although ..." quote that ends critical; a named management board among the recipients
    ("ryeford-yjs-2025", facts([
        svc("Ryeford Youth Justice Service", "Ryeford YJS", "YJS", RI)], "2025-03-19", "2024-11", 6),
     """N| EMBARGOED UNTIL 00.01 [WEDNESDAY 19 MARCH 2025|D]

N| [Ryeford Youth Justice Service|S] told to speed up improvements

N| The verdict of [HM Inspectorate of Probation|A] on [Ryeford Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [November 2024|D].

S| Inspectors found that staff had strong relationships with children and that education, training and employment support was well organised.
W| However, the quality of out-of-court work varied, and some assessments were done by staff who had not been properly trained.
W| [CAMHS|A] waiting times were long, and children in crisis sometimes had no one to call.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although this is a caring service, it has not yet done enough to make sure that other people are kept safe.”

R| The report makes six recommendations, two of them for the [Ryeford YJS management board|A].

N| [Gloucestershire County Council|A] said it accepted the findings.
"""),
    # 15. an ordinary youth justice service in 2021: "gives X an overall rating of ‘...’"; "carried out their work remotely
    #     in March 2021"; the date line above "published today"
    ("eastcombe-yjs-2021", facts([
        svc("Eastcombe Youth Justice Service", "Eastcombe YJS", "YJS", GOOD)], "2021-06-22", "2021-03", 4),
     """N| Inspectors rate [Eastcombe youth justice service|S] ‘[Good|R]’

N| [Tuesday 22 June 2021|D]

N| [HM Inspectorate of Probation|A]’s report, out today, gives [Eastcombe Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| Pandemic restrictions meant the inspection was done remotely, in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Eastcombe|S] adapted quickly when lockdown came, and children told us their workers were always there for them.
S| “The partnership is strong and the service knows what it does well.”

S| Inspectors also commended its joint diversion scheme with local officers, which kept many children from ever reaching court.
W| Disappointingly, though, plans to manage risks to victims were often brief and generic.

R| Four recommendations are made in the report.
"""),
    # 16. a youth offending service in 2019: "(YOS) has been judged ‘...’ in a report published today"; "Friday, 6th
    #     December 2019"; "between 16 and 20 September 2019"; five recommendations "four to the YOS and one to
    #     Gloucestershire Constabulary"
    ("lypiatt-yos-2019", facts([
        svc("Lypiatt Youth Offending Service", "Lypiatt YOS", "YJS", RI)], "2019-12-06", "2019-09", 5),
     """N| [Lypiatt Youth Offending Service|S] must improve, say inspectors

N| [Friday, 6th December 2019|D]

N| [HM Inspectorate of Probation|A] today publishes its report on [Lypiatt Youth Offending Service|S] (YOS), judging it ‘[Requires improvement|R]’.
N| Fieldwork for the inspection took place between [16 and 20 September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff of [Lypiatt YOS|S] are passionate about their work and children clearly value them.
W| “However, too many assessments underplayed the risks to children from older people who were exploiting them.”

W| Out-of-court disposals were handled with little oversight, and decisions were not always recorded.
S| A nurse working inside the YOS meant children’s health needs were picked up early.

R| Five recommendations are made, four to the YOS and one to [Gloucestershire Constabulary|A].
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on a GOV.UK page, the region
    #     named as context; "Reports in this programme do not give a rating."; "during June 2025"
    ("througham-pdu-2025", facts([
        svc("Througham Probation Delivery Unit", "Througham PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Press release

N| Public protection inspection: [Througham Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [21 October 2025|D]

N| This public protection report from [HM Inspectorate of Probation|A] looks at [Througham Probation Delivery Unit|S], which sits in the [Probation Service – South West region|S].
N| Reports in this programme do not give a rating.
N| Inspectors were in the unit during [June 2025|D].

N| Context
N| • [Througham PDU|S] covers a rural stretch of the Cotswolds with a caseload of around 600.
N| • About one case in four involves domestic abuse.

N| Findings
S| • Practitioners talked to the people they supervised about their risk openly and in detail.
W| • Checks with the police were missing in about a third of cases where they were needed.
W| • Plans to protect children were rarely reviewed when circumstances changed.
S| • The unit’s work with [MAPPA|A] partners was well coordinated.

R| Four recommendations follow, three aimed at the unit and one at the region.
"""),
    # 18. an ordinary youth justice service in a local-news story opening on "Skip to main content": the report "went
    #     online on Tuesday (5 November)" under a byline of Friday 8 November 2024; "have given X a ‘...’ rating"; "asks
    #     the service to act on four recommendations"
    ("rodborough-yjs-2024", facts([
        svc("Rodborough Youth Justice Service", "Rodborough YJS", "YJS", GOOD)], "2024-11-05", "2024-07", 4),
     """N| Skip to main content

N| [Rodborough youth justice service|S] gets ‘[Good|R]’ rating

N| By [Mark Lacey|X]

N| [Friday 8 November 2024|D]

N| Inspectors have given [Rodborough Youth Justice Service|S] a ‘[Good|R]’ rating in a report that went online on Tuesday ([5 November|D]).
N| They had spent a week with the service in [July 2024|D].

S| According to the report, [Rodborough|S]’s staff had a knack for getting through to children that schools and social care had given up on.
S| It also praised close working with [Gloucestershire Constabulary|A] to divert children from formal charges.
W| However, inspectors found that the service’s work with victims had slipped since a key member of staff left.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that knows its children and is not afraid to try new things.”

R| The report asks the service to act on four recommendations.

N| A council spokesperson said the team was “proud” of the result.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
