"""Builds the thirty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Isle of Wight youth services in one GOV.UK release: "X comes out at ‘Good’, with Y a step beneath it on
    #    ‘...’"; fieldwork "between 8 and 12 July 2024"; the notes' "Publication of both reports: 00.01, 5 November 2024";
    #    eight recommendations "five are addressed to Y and three to X" (the other order)
    ("bembridge-and-brading-yjs-2024", facts([
        svc("Bembridge Youth Justice Service", "Bembridge YJS", "YJS", GOOD),
        svc("Brading Youth Justice Service", "Brading YJS", "YJS", RI)], "2024-11-05", "2024-07", 8),
     """N| Press release

N| Island youth justice: inspectors report on two services

N| From: [HM Inspectorate of Probation|A]

N| Inspectors have reported on [Bembridge Youth Justice Service|S] and [Brading Youth Justice Service|S], two services on the Isle of Wight that share a single management board.
N| On the inspectorate’s four-point scale, [Bembridge|S] comes out at ‘[Good|R]’, with [Brading|S] a step beneath it on ‘[Requires improvement|R]’.
N| An inspection team visited both services between [8 and 12 July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bembridge, case managers had built trust with children whom adults had repeatedly failed.
W| “Across the water in Brading, though, safety planning for children was often thin, and too few plans were revisited when things changed.”

S| Inspectors highlighted [Bembridge YJS|S]’s quick route to speech and language therapy: every child was screened within a fortnight.
W| [Brading YJS|S] had lost three experienced case managers in a year, and the newer staff told inspectors they were unsure who to ask for advice.
S| Both services and the [Isle of Wight Council|A]’s early help team were diverting children from court successfully.

R| Of the eight recommendations made, five are addressed to [Brading|S] and three to [Bembridge|S].

N| ENDS

N| Notes to editors
N| 1. Publication of both reports: 00.01, [5 November 2024|D], via [HM Inspectorate of Probation|A].
N| 2. The two services are overseen by the [Isle of Wight Council|A].
"""),
    # 2. a unit inside its region on a justiceinspectorates news item, the region in the headline and in brackets after
    #    the unit: "lands on ‘...’ in the grading awarded by"; the region's own 2023 grade as context; "Published: 14 May
    #    2025"; fieldwork "3 - 7 February 2025"; six recommendations
    ("chinnor-pdu-2025", facts([
        svc("Chinnor Probation Delivery Unit", "Chinnor PDU", "PDU", RI)], "2025-05-14", "2025-02", 6),
     """N| News

N| [South Central probation region|S]: inspectors ask south Oxfordshire unit to raise its game

N| Published: [14 May 2025|D]

N| [Chinnor Probation Delivery Unit|S] (south Oxfordshire, [Probation Service – South Central region|S]) lands on ‘[Requires improvement|R]’ in the grading awarded by [HMI Probation|A].
N| The wider region had also been given ‘[Requires improvement|R]’ when inspectors assessed it in [2023|D].
N| Fieldwork dates were [3 - 7 February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Much pleased us: a steady leadership team, low sickness and staff who plainly care about those on their caseloads.
W| “What let the unit down was the handling of domestic abuse, where police checks were missing from roughly half of our sample.”

S| Those under supervision said officers called them back promptly and kept appointments.
W| Sentence plans, on the other hand, were frequently generic and rarely written with the person’s involvement.
W| Waiting times for the accredited programme for domestic abuse perpetrators had stretched beyond nine months.

R| The unit, [Thames Valley Police|A] and the region are the subjects of six recommendations in the report.

N| [Chinnor PDU|S] supervises about 520 people.
"""),
    # 3. a youth service on a council news page: "Posted 14/11/2023" (day/month/year); "awards the top grade available,
    #    ‘Outstanding’"; "A separate assessment of its resettlement policy and provision came to ‘Good’"; fieldwork "when
    #    they visited in July 2023"; three recommendations; the councillor's reply
    ("shanklin-yjs-2023", facts([
        svc("Shanklin Youth Justice Service", "Shanklin YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2023-11-14", "2023-07", 3),
     """N| Top marks for [Shanklin youth justice team|S]

N| Posted [14/11/2023|D]

N| In its report on [Shanklin Youth Justice Service|S], [His Majesty’s Inspectorate of Probation|A] awards the top grade available, ‘[Outstanding|R]’.
S| A separate assessment of its resettlement policy and provision came to ‘[Good|R]’.
N| Inspectors reviewed the cases of 21 children when they visited in [July 2023|D].

S| According to the report, children are heard, and what they say shapes the plans made with them.
S| Staff from education, health and social care sit in the same office as case managers, so problems are picked up and dealt with the same day.
S| Victim work also drew praise, being described as thoughtful and unhurried.
W| The one area where practice fell short was in joint planning with [CAMHS|A] for children leaving custody.

R| Three recommendations are made; one asks the management board to track how quickly children are seen by mental health services.

N| Councillor [Maria Tolfree|X], the island’s lead for children, said: “This is a wonderful result for the team, and I thank every partner who has helped them achieve it.”
N| The full report sits on the inspectorate’s website.
"""),
    # 4. a CRC in 2019 owned by a named provider: "Published: 19 Mar 2019"; "judged X (CRC), a business belonging to
    #    Working Links, to be ‘...’, one grade from the bottom"; unpaid work "which carries a separate grade"; fieldwork
    #    "across October and November 2018"; seven recommendations split between the CRC, the provider and HMPPS
    ("wroughton-and-purton-crc-2019", facts([
        svc("Wroughton and Purton Community Rehabilitation Company", "Wroughton and Purton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-19", "2018-10", 7),
     """N| Probation company serving north Wiltshire must improve, say inspectors

N| Published: [19 Mar 2019|D]

N| [Her Majesty’s Inspectorate of Probation|A] judged [Wroughton and Purton Community Rehabilitation Company|S] (CRC), a business belonging to [Working Links|A], to be ‘[Requires improvement|R]’, one grade from the bottom of the scale.
S| Unpaid work, which carries a separate grade, was found to be ‘[Good|R]’.
N| Fieldwork stretched across [October and November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “A great deal of supervision here happens by phone, and for some people that is the only contact they have.
W| “Officers are stretched thin, and risk assessments are out of date in a worrying number of cases.”
S| She added: “Unpaid work stands apart: placements are well chosen, projects benefit local communities, and people turn up.”

W| Disappointingly, when a person’s risk rose, referral back to the [National Probation Service|A] was sometimes weeks late.
S| By contrast, the CRC and [Wiltshire Police|A] managed prolific offenders together consistently and in a well-coordinated way.

R| Of the report’s seven recommendations, the CRC has four, [Working Links|A] two and [HMPPS|A] one.
"""),
    # 5. a Probation Trust in 2013, before ratings: "Thursday, 6th June 2013" date line; pre-2018 bullet lists
    #    ("On the credit side, inspectors found that:" / "On the debit side, inspectors were worried that:"); a
    #    percentage score; fieldwork "54 cases in February 2013"; five recommendations
    ("stokenchurch-and-haddenham-probation-trust-2013", facts([
        svc("Stokenchurch and Haddenham Probation Trust", "Stokenchurch and Haddenham Probation Trust", "other", None)],
        "2013-06-06", "2013-02", 5),
     """N| Inspection of probation work in Stokenchurch and Haddenham

N| [Thursday, 6th June 2013|D]

N| Out today: [HM Inspectorate of Probation|A]’s assessment of offender management by [Stokenchurch and Haddenham Probation Trust|S], which serves part of Buckinghamshire.
N| Inspectors examined 54 cases in [February 2013|D].

S| Overall, the Trust scored 79% on reducing reoffending, a creditable result.

N| On the credit side, inspectors found that:
S| • first assessments were almost always done on time;
S| • offenders were routinely involved in drawing up their own supervision plans;
S| • the Trust and [Thames Valley Police|A] worked effectively together on integrated offender management.

N| On the debit side, inspectors were worried that:
W| • in one case in five, staff had underestimated how dangerous the offender was to others;
W| • where an offender was a possible danger to children, staff seldom visited the home.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust clearly know their offenders and take their work seriously.
R| “Attention must now turn to the assessment of risk of harm, so that the public are better protected.”

R| Five recommendations close the report.
"""),
    # 6. a youth offending team written out, 2016, joint inspection with Ofsted and the CQC, no rating: "Today (Tuesday,
    #    12 April) sees the publication" (no year: the fieldwork's, January 2016); bullet lists; four
    #    recommendations; the lead inspector speaks
    ("ventnor-yot-2016", facts([
        svc("Ventnor Youth Offending Team", "Ventnor YOT", "YJS", None)], "2016-04-12", "2016-01", 4),
     """N| Youth offending work in Ventnor – a mixed report

N| Today ([Tuesday, 12 April|D]) sees the publication of a report on [Ventnor Youth Offending Team|S] (YOT), inspected in [January 2016|D] by [HM Inspectorate of Probation|A] jointly with [Ofsted|A] and [Care Quality Commission|A] colleagues.

N| Inspectors said they were impressed that:
S| • children were given help quickly after their first court appearance;
S| • the [Ventnor YOT|S] education worker had got most children into a school, college or training place;

N| They were less satisfied that:
W| • risk management plans were often incomplete where a child could harm others;
W| • information from [Hampshire Constabulary|A] about children’s arrests reached case managers slowly;
W| • the management board rarely examined the YOT’s performance.

S| [Helen Davies|X], who led the inspection, said: “Staff here are deeply committed, as their relationships with children show.
R| “The board now has to take a firmer grip on performance.”

R| Four recommendations were made: the YOT has three, the board one.

N| ENDS
"""),
    # 7. an NPS division in 2019: "National Probation Service – Blackmore Vale Division" short "NPS Blackmore Vale";
    #    "receives ‘...’ as its overall divisional rating"; "Published 3 September 2019"; fieldwork "inspected in May and
    #    June 2019"; six recommendations
    ("blackmore-vale-nps-division-2019", facts([
        svc("National Probation Service – Blackmore Vale Division", "NPS Blackmore Vale", "region", RI)],
        "2019-09-03", "2019-05", 6),
     """N| Press release

N| Probation division in Dorset told it must do better on public protection

N| Published [3 September 2019|D]

N| [National Probation Service – Blackmore Vale Division|S] receives ‘[Requires improvement|R]’ as its overall divisional rating, in findings [HMI Probation|A] released this morning.
N| The division, which covers north and west Dorset, was inspected in [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Court work is done well, but once an offender is under supervision the picture is patchier.
W| “Risk to partners and children was under-assessed in a worrying share of our sample, and management oversight did not pick this up.”

S| Inspectors found that [NPS Blackmore Vale|S] gave courts timely and accurate reports, which magistrates and judges valued.
S| Victim liaison officers contacted victims promptly and kept them informed.
W| Caseloads averaged more than 50 for probation officers, and the division carried a high number of vacancies.
W| Relations with the area’s Community Rehabilitation Company were cordial but not close enough to make sure cases were handed over safely.

R| Six recommendations follow; five are the division’s to act on, and [HMPPS|A] has the sixth.
"""),
    # 8. a unit inside its region, 2021: "Across <region>, it is X that has now been handed the lowest rating there is,
    #    ‘Inadequate’"; "Thursday, 4th November 2021" date line; fieldwork "the July 2021 fieldwork was done from a
    #    distance"; eight recommendations
    ("ludgershall-pdu-2021", facts([
        svc("Ludgershall Probation Delivery Unit", "Ludgershall PDU", "PDU", INAD)], "2021-11-04", "2021-07", 8),
     """N| Inspectors raise the alarm over probation in Ludgershall

N| [Thursday, 4th November 2021|D]

N| Across [Probation Service – South West region|S], it is [Ludgershall Probation Delivery Unit|S] that has now been handed the lowest rating there is, ‘[Inadequate|R]’; the verdict comes from [HM Inspectorate of Probation|A].
N| Covid restrictions meant the [July 2021|D] fieldwork was done from a distance.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “We found a unit that had not recovered from the strain of the last two years.
W| “Close to a third of officer posts had nobody in them, and some staff carried caseloads above 70.
W| “Across many of our sampled cases, nobody had checked on the safety of children living at the same address.”

S| Despite this, inspectors praised the unit’s work with women, with a dedicated officer and a weekly drop-in at a local women’s centre.
W| Many people had started their sentences without a full assessment of their needs.
W| Disappointingly, the accredited programmes team had a waiting list of well over a hundred.

R| [Ludgershall PDU|S] is given eight recommendations, and Mr Russell said he expected to see progress before the next visit.

N| Notes to editors
N| 1. [Ludgershall PDU|S]: one unit of [Probation Service – South West region|S], whose patch also takes in Dorset, Gloucestershire, Somerset, Devon and Cornwall.
"""),
    # 9. a 2025 public-protection PDU inspection with no rating: "Skip to content", a copyright line, an empty
    #    "Published:" line, "Context" / "Findings" bullets; the notes' "Date of publication: Tuesday 9 December 2025";
    #    fieldwork "during September 2025"; four recommendations; the region as context
    ("freshwater-pdu-2025", facts([
        svc("Freshwater Probation Delivery Unit", "Freshwater PDU", "PDU", None)], "2025-12-09", "2025-09", 4),
     """N| Skip to content

N| © Crown copyright

N| Published:

N| Public protection inspection: [Freshwater Probation Delivery Unit|S]

N| Did [Freshwater Probation Delivery Unit|S] do enough to protect the public from those it supervises?
N| That is the question [HM Inspectorate of Probation|A] set out to answer.
N| The unit, on the western side of the Isle of Wight, reports to [Probation Service – South Central region|S].
N| Inspections in this series look only at public protection and do not award a grade.

N| Context
N| • Inspectors read 32 cases during [September 2025|D], all involving a risk of serious harm.
N| • [Freshwater PDU|S] supervised around 300 people, roughly one in four of whom had been judged high risk.

N| Findings
S| • Practitioners were alert to warning signs and acted quickly on them.
S| • Arrangements under [MAPPA|A] with the island’s police were well organised.
W| • Home visits were rare, so some risks inside the household went unseen.
W| • Where a person was also known to children’s social care, information was not always exchanged in good time.

R| The report sets four recommendations: three for the unit and the last for the region.

N| Notes to editors
N| 1. Date of publication: [Tuesday 9 December 2025|D].
"""),
    # 10. a youth service in a local-news story: byline "Friday 17 May 2024", the report "released on Tuesday (14 May)";
    #    "The watchdog found the service ‘...’ overall, better than the ‘Inadequate’ handed to it in 2021"; fieldwork
    #    "visited for a week in March 2024"; six recommendations; the council's reply
    ("tilehurst-yjs-2024", facts([
        svc("Tilehurst Youth Justice Service", "Tilehurst YJS", "YJS", RI)], "2024-05-14", "2024-03", 6),
     """N| Youth justice team climbs off the bottom rung, but inspectors want more

N| By [Tom Aldridge|X], local democracy reporter

N| [Friday 17 May 2024|D]

N| A report on [Tilehurst Youth Justice Service|S] released on Tuesday ([14 May|D]) shows the service has climbed one grade since inspectors last looked at it.
N| The watchdog found the service ‘[Requires improvement|R]’ overall, better than the ‘[Inadequate|R]’ handed to it in [2021|D].
N| The service was visited for a week in [March 2024|D] by [HM Inspectorate of Probation|A] inspectors.

S| They said staff were now given proper supervision and that morale had lifted noticeably.
S| Children and their parents told inspectors they felt respected, and several said their case worker had “stuck with them”.
W| But the report warns that the safety of other people, including younger siblings, was still too often left out of plans.
W| Only a handful of children with special educational needs had their education plans shared with the team.

R| Six recommendations are listed, covering risk planning, education and the work of the management board.

N| A spokesperson for [West Berkshire Council|A] said: “We are pleased the inspectors have seen how far we have come, and we accept all six recommendations.”
"""),
    # 11. a youth service judged ‘Good’ with its previous grade in the same sentence; fieldwork "between 24 and 28 January
    #    2022"; the notes' "From 00.01 on 26 April 2022, readers will find the report at"; four recommendations
    ("wheatley-yjs-2022", facts([
        svc("Wheatley Youth Justice Service", "Wheatley YJS", "YJS", GOOD)], "2022-04-26", "2022-01", 4),
     """N| ‘Real strides forward’ for youth justice in Wheatley

N| Inspectors now judge [Wheatley Youth Justice Service|S] ‘[Good|R]’; when they previously inspected it, in [2019|D], it was graded ‘[Requires improvement|R]’.
N| The inspection ran between [24 and 28 January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wheatley|S] has made real strides forward since we last visited.
S| “Leaders have listened to children, put money into the right places and made sure their staff are trained and well supported.”

S| Inspectors found that work with exploited children was of a high standard.
S| Thanks to a joint approach with [Thames Valley Police|A], most first-time offenders were dealt with out of court.
W| Records of contact with victims, however, were patchy.
W| Some out-of-court cases also waited several weeks before an assessment was completed.

R| The report makes four recommendations, one of which is aimed at the [Oxfordshire Youth Justice Management Board|A].

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [26 April 2022|D], readers will find the report at [HM Inspectorate of Probation|A]’s website.
N| 2. [Wheatley YJS|S] has about 60 open cases.
"""),
    # 12. two Buckinghamshire PDUs in one release, the region named first; the rating sentence in the other order from
    #    the names ("X lands at ‘...’ while Y drops to ‘...’"); date line "Wednesday 19 June 2024"; "The fieldwork for
    #    both took place in February 2024"; nine recommendations "four ..., three ... and two for the region"
    ("gerrards-cross-and-chalfont-pdus-2024", facts([
        svc("Gerrards Cross Probation Delivery Unit", "Gerrards Cross PDU", "PDU", INAD),
        svc("Chalfont Probation Delivery Unit", "Chalfont PDU", "PDU", RI)], "2024-06-19", "2024-02", 9),
     """N| Two probation units in south Buckinghamshire inspected

N| [Wednesday 19 June 2024|D]

N| Two adjoining units of [Probation Service – South Central region|S] in Buckinghamshire, namely [Gerrards Cross Probation Delivery Unit|S] and [Chalfont Probation Delivery Unit|S], feature in reports [HMI Probation|A] released today.
N| [Chalfont PDU|S] lands at ‘[Requires improvement|R]’ while [Gerrards Cross PDU|S] drops to ‘[Inadequate|R]’.
N| The fieldwork for both took place in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gerrards Cross|S] has gone more than twelve months lacking a permanent head, and it shows.
W| “Cases were allocated late, supervision was irregular and we found little evidence that managers were checking the quality of the work.”

S| He went on: “[Chalfont|S] has more stability, and its officers were making good use of the specialist services available locally.”

W| Across the two units, under half of the assessments took account of risks posed to known adults, such as ex-partners.
S| Inspectors commended [Chalfont|S]’s unpaid work team for finding placements quickly after sentence.

R| Nine recommendations are set out: four for [Gerrards Cross|S], three for [Chalfont|S] and two for the region.
"""),
    # 13. a Dorset youth service at the bottom of the scale: "places X on the bottom of its four grades, ‘Inadequate’";
    #    resettlement "scored separately" at ‘Requires improvement’; "Inspectors carried out fieldwork in April 2024";
    #    the notes' "put the report on its website on 13 August 2024"; seven recommendations
    ("puddletown-yjs-2024", facts([
        svc("Puddletown Youth Justice Service", "Puddletown YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-08-13", "2024-04", 7),
     """N| Inspectors call for urgent action on youth justice in Puddletown

N| [His Majesty’s Inspectorate of Probation|A] places [Puddletown Youth Justice Service|S] on the bottom of its four grades, ‘[Inadequate|R]’.
W| Resettlement work, scored separately, sits at ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this area are being badly let down, and some of them are at real risk.
W| “Board meetings took place every quarter, yet nothing much altered afterwards, and nobody seemed to own the problems.”

W| Inspectors found that just 9 of 24 case files set out an adequate plan for the child’s own safety.
S| Despite these concerns, they praised individual case workers, who were described as tenacious and caring.
S| At the service’s request, a local boxing gym had started evening sessions that gave a number of children something positive to do.

R| Of seven recommendations, most fall to the management board and [Dorset Council|A].
R| Mr Jones added: “I want to see a credible plan, with clear deadlines, within three months.”

N| Notes to editors
N| 1. The inspectorate put the report on its website on [13 August 2024|D].
"""),
    # 14. a youth offending service in 2019, "YOS" and "YOT" both used: "Inspectors consider that X (YOS), taken as a
    #    whole, ‘...’"; out-of-court disposals "graded on their own" at ‘Inadequate’; "Published: 19 Nov 2019"; "Inspectors
    #    spent the second week of July 2019 with the service"; five recommendations
    ("cookham-yos-2019", facts([
        svc("Cookham Youth Offending Service", "Cookham YOS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2019-11-19", "2019-07", 5),
     """N| News

N| Published: [19 Nov 2019|D]

N| Youth offending work in Cookham must improve

N| Inspectors consider that [Cookham Youth Offending Service|S] (YOS), taken as a whole, ‘[Requires improvement|R]’.
W| Its out-of-court disposals, graded on their own, were found to be ‘[Inadequate|R]’.
N| Inspectors spent the second week of [July 2019|D] with the service.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children given a caution or community resolution were not getting enough help, and several had never been assessed for the risk they might pose to others.
S| “Where children went to court, the picture was brighter: the YOT’s court work was timely and its reports were well regarded by magistrates.”

S| The report notes a particularly strong focus on speech and language needs, with every child screened on entry.
W| However, the YOS management board was not told enough about performance to challenge it.
W| Links with [Royal Borough of Windsor and Maidenhead|A] children’s services were inconsistent.

R| Five recommendations are made, three of which are for the service’s management board.
"""),
    # 15. a youth service in 2020 with a remote inspection: "Tuesday, 8th December 2020" date line; "did its fieldwork
    #    remotely in September 2020"; "emerges from its inspection with a ‘...’ rating"; three recommendations
    ("wilton-yjs-2020", facts([
        svc("Wilton Youth Justice Service", "Wilton YJS", "YJS", GOOD)], "2020-12-08", "2020-09", 3),
     """N| Youth justice staff in Wilton commended for staying close to children during lockdown

N| [Tuesday, 8th December 2020|D]

N| [Wilton Youth Justice Service|S] emerges from its inspection with a ‘[Good|R]’ rating.
N| [HM Inspectorate of Probation|A] did its fieldwork remotely in [September 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout the first lockdown, staff at [Wilton|S] kept in close contact with children and their families, often visiting on the doorstep.
S| “The whole team can be rightly proud of how they rose to a very difficult year.”

S| Inspectors found that assessments were thorough and that children were involved in planning their own interventions.
S| The service had a good relationship with [Wiltshire Police|A] and children’s social care.
W| However, there were gaps in the health offer, with waits of several months for mental health appointments.

R| There are three recommendations, including one for [Wiltshire Council|A] to improve access to emotional wellbeing services.
"""),
    # 16. three west Oxfordshire PDUs in one GOV.UK release, the region named after them: "Carterton and Woodstock
    #    both sit on ‘...’; Bampton falls a grade further, to ‘...’"; "Published 22 October 2024"; fieldwork "across June
    #    and July 2024"; fourteen recommendations split between the units and the region
    ("carterton-woodstock-and-bampton-pdus-2024", facts([
        svc("Carterton Probation Delivery Unit", "Carterton PDU", "PDU", RI),
        svc("Woodstock Probation Delivery Unit", "Woodstock PDU", "PDU", RI),
        svc("Bampton Probation Delivery Unit", "Bampton PDU", "PDU", INAD)], "2024-10-22", "2024-06", 14),
     """N| Press release

N| Probation in west Oxfordshire: inspectors publish three reports

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| Three reports released together cover [Carterton Probation Delivery Unit|S], [Woodstock Probation Delivery Unit|S] and [Bampton Probation Delivery Unit|S], all managed by [Probation Service – South Central region|S].
N| [Carterton|S] and [Woodstock|S] both sit on ‘[Requires improvement|R]’; [Bampton|S] falls a grade further, to ‘[Inadequate|R]’.
N| Inspectors gathered their evidence across [June and July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bampton|S] worried us most: half its officer posts were vacant and a queue of cases was waiting for anyone to pick them up.
S| “[Carterton|S] and [Woodstock|S] are on steadier ground: their managers know the staff, and priorities are clear.”

S| Thanks to [Woodstock PDU|S]’s links with district housing officers, hardly anyone came out of prison homeless.
W| In all three units, contact with children’s services about people who lived with children was too often left undone.
W| Morale at [Bampton PDU|S] was low, and several practitioners told inspectors they were thinking of leaving.

R| The reports carry fourteen recommendations between them: five for [Bampton|S], three each for [Carterton|S] and [Woodstock|S], and three for the region.

N| [Angela Morrow|X], who directs probation in the region, said: “We have transferred seasoned officers to Bampton this month, and every recommendation is accepted.”
"""),
    # 17. a youth service with "YJS" and "YOT" switching: "has landed on ‘...’ overall"; fieldwork "between 21 and 25
    #    November 2022"; the notes' embargo "before 00.01 on Tuesday 7 March 2023"; a hoped-for ‘Good’ (no fact); six
    #    recommendations, one of them for the police force
    ("twyford-yjs-2023", facts([
        svc("Twyford Youth Justice Service", "Twyford YJS", "YJS", RI)], "2023-03-07", "2022-11", 6),
     """N| Berkshire youth justice: inspectors see promise, but warn over risk

N| [Twyford Youth Justice Service|S] has landed on ‘[Requires improvement|R]’ overall; so say inspectors from [HMI Probation|A] after a week with the service.
N| Inspectors were on the ground between [21 and 25 November 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Twyford|S]’s case workers are energetic, inventive and plainly well liked by the children.
W| “Yet their assessments too often stopped at the child’s own needs and said little about the danger some of them posed to others.
N| “I hope the report gives the partnership a clear route to ‘[Good|R]’.”

S| Encouragingly, almost every child had a named contact for education, and school attendance had risen.
W| Inspectors were troubled that the YOT’s out-of-hours cover relied on a single manager.
W| Health checks for children entering the service were variable, and some had waited over two months.

R| Of six recommendations, [Thames Valley Police|A] receives one; the other five are for the YJS and its partnership board.

N| ENDS

N| Notes to editors
N| 1. Embargo: nothing from the report to appear before 00.01 on [Tuesday 7 March 2023|D].
N| 2. [Twyford YJS|S] is hosted by [Wokingham Borough Council|A].
"""),
    # 18. a unit inside its region, saved from ‘Inadequate’ (the near miss names a rating that is not its rating): "Only
    #    the quality of its unpaid work kept X from an overall ‘Inadequate’." then "Instead, the unit’s grade is ‘...’, the
    #    report out today (Wednesday, 19 July) concludes" (no year: the fieldwork's, March 2023); five recommendations
    ("sturminster-newton-pdu-2023", facts([
        svc("Sturminster Newton Probation Delivery Unit", "Sturminster Newton PDU", "PDU", RI)], "2023-07-19", "2023-03", 5),
     """N| Probation unit in north Dorset ‘on a knife edge’, says report

W| Only the quality of its unpaid work kept [Sturminster Newton Probation Delivery Unit|S] from an overall ‘[Inadequate|R]’.
N| Instead, the unit’s grade is ‘[Requires improvement|R]’, the report out today ([Wednesday, 19 July|D]) concludes.
N| Inspectors went through 38 of the unit’s cases in [March 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a unit on a knife edge.
W| “Staff are trying hard, but with so many posts empty they cannot see people as often as the risks demand.”

S| There were plenty of unpaid work placements, each well supervised, and nearly everyone got through their hours on schedule.
W| Domestic abuse risk was soundly assessed in under half the inspected cases.
W| Managers checked too little of their teams’ work to spot where cases were going wrong.

R| Of the five recommendations, four are the unit’s; the fifth is addressed to regional leaders at [Probation Service – South West region|S].

N| Notes to editors
N| 1. [Sturminster Newton PDU|S] covers rural north Dorset, working closely with [Dorset Police|A] and [Dorset Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
