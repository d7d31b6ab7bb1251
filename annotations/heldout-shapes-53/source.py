"""Builds the fifty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cornish PDUs on a GOV.UK page, "two of the South West region’s probation units": "X lands at ‘...’, while Y
    #    sits one rung lower, at ‘...’"; fieldwork "3 - 7 June 2024"; notes "Publication of both reports: 1 October 2024,
    #    00.01"; eleven recommendations "six to Mullion and five to Porthleven" (the other order)
    ("porthleven-and-mullion-pdus-2024", facts([
        svc("Porthleven Probation Delivery Unit", "Porthleven PDU", "PDU", RI),
        svc("Mullion Probation Delivery Unit", "Mullion PDU", "PDU", INAD)], "2024-10-01", "2024-06", 11),
     """N| Press release

N| Two Cornish probation units found wanting

N| The probation inspectorate publishes its verdicts on two delivery units at the far end of the South West.

N| From: [HM Inspectorate of Probation|A]

N| Published [1 October 2024|D]

N| The probation inspectorate’s reports on [Porthleven Probation Delivery Unit|S] and [Mullion Probation Delivery Unit|S], two of the [South West region|S]’s probation units, are out today.
N| [Porthleven|S] lands at ‘[Requires improvement|R]’, while [Mullion|S] sits one rung lower, at ‘[Inadequate|R]’.
N| Both units were visited on [3 - 7 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mullion|S] has lost over a third of its qualified officers in twelve months, and those who remain are carrying the weight of that.
W| “Too many of the risk assessments we read had simply been copied forward from the one before.
S| “[Porthleven|S], for its part, keeps a settled group of experienced staff, and its links with [Devon and Cornwall Police|A] are close.”

W| In [Mullion PDU|S], people released from prison were frequently seen for the first time a week or more after arriving in the area.
S| Inspectors were impressed with [Porthleven PDU|S]’s work with women, delivered from a community hub in the town.

R| The inspectorate makes 11 recommendations, six to [Mullion|S] and five to [Porthleven|S].

N| ENDS

N| Notes to editors
N| 1. Publication of both reports: [1 October 2024|D], 00.01.
"""),
    # 2. two Devon youth justice services in a local-news story under a byline of "Thursday, 4th June 2020": "has given X
    #    the second-highest of its four grades, ‘...’, but found Y wanting, with a grade of ‘...’"; the reports "published
    #    on Tuesday (2 June)"; out-of-court work "marked separately" earned X ‘Outstanding’; nine recommendations
    ("kingsteignton-and-bradninch-yjs-2020", facts([
        svc("Kingsteignton Youth Justice Service", "Kingsteignton YJS", "YJS", GOOD,
            [{"aspect": "out-of-court work", "rating": OUT}]),
        svc("Bradninch Youth Justice Service", "Bradninch YJS", "YJS", RI)], "2020-06-02", "2020-02", 9),
     """N| Mixed verdicts for two Devon youth teams

N| By [Sam Yeo|X]

N| [Thursday, 4th June 2020|D]

N| A watchdog has given [Kingsteignton Youth Justice Service|S] the second-highest of its four grades, ‘[Good|R]’, but found [Bradninch Youth Justice Service|S] wanting, with a grade of ‘[Requires improvement|R]’.
N| The two inspections, published on Tuesday ([2 June|D]), took place in [February 2020|D].
S| Out-of-court work, marked separately by the inspectors, earned [Kingsteignton|S] an ‘[Outstanding|R]’.

S| The report said case managers at [Kingsteignton|S] refused to give up on children, keeping in touch even when families had moved out of the area.
W| In [Bradninch YJS|S], however, safety planning for victims was thin, and children were seldom asked for their views during assessment.
W| Inspectors also found that [Bradninch|S]’s management board met rarely and seldom challenged partners.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kingsteignton|S] has built something its staff can take real pride in.
R| “In Bradninch, leaders now need to ensure that each child’s plan is checked and kept up to date.”

R| The two reports carry nine recommendations in total.

N| [Devon County Council|A], which hosts both services, will draw up an action plan within two months, a spokesperson said.
"""),
    # 3. a unit inside its region, the region in the headline ("South West probation region: Chickerell probation unit
    #    ...") and the first sentence ("Inspectors again award X, a Dorset unit overseen by the regional directorate,
    #    Probation Service – South West region, ‘...’"); the previous rating beside it ("At its previous inspection, two
    #    years earlier in 2022, the verdict was the same"); "Published: 19 Nov 2024"; "The inspection, which took place in
    #    July 2024"; six recommendations
    ("chickerell-pdu-2024", facts([
        svc("Chickerell Probation Delivery Unit", "Chickerell PDU", "PDU", RI)], "2024-11-19", "2024-07", 6),
     """N| News

N| [South West probation region|S]: [Chickerell probation unit|S] ‘still short of where it needs to be’

N| Published: [19 Nov 2024|D]

N| Inspectors again award [Chickerell Probation Delivery Unit|S], a Dorset unit overseen by the regional directorate, [Probation Service – South West region|S], ‘[Requires improvement|R]’.
N| At its previous inspection, two years earlier in [2022|D], the verdict was the same: ‘[Requires improvement|R]’.
N| The inspection, which took place in [July 2024|D], involved reading 54 cases.

W| Inspectors found that leaders had drawn up an improvement plan after the last report, but that little in daily practice had changed.
W| Only in 21 of the 54 cases had children’s safety been properly thought through.
S| Positively, the unit’s unpaid work scheme along the coast had won the trust of local businesses and parish councils.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Disappointingly, two years on from our last visit, progress in Chickerell has been slight.
R| “The region must now give the unit the managers and the practitioners it needs to turn things around.”

R| The report contains six recommendations.

N| [Dorset Council|A] and [Dorset Police|A] gave evidence to the inspection as partners.
"""),
    # 4. a Probation Trust in 2012 (no overall rating): "has today released her findings on offender management by X";
    #    "over October and November 2011"; percentage scores; bullet lists after "The inspectors found it encouraging
    #    that:" / "However, they were worried that:"; the notes "Publication date and time: Thursday 23 February 2012"
    ("tintagel-and-boscastle-probation-trust-2012", facts([
        svc("Tintagel and Boscastle Probation Trust", "Tintagel and Boscastle Probation Trust", "other", None)],
        "2012-02-23", "2011-10", 5),
     """N| Offender management on the north Cornish coast: public protection work ‘on an upward path’

N| [Liz Calderbank|X], HM Chief Inspector of Probation, has today released her findings on offender management by [Tintagel and Boscastle Probation Trust|S].
N| The visit took place over [October and November 2011|D], and 80 cases supervised by the Trust were examined.

S| The Trust scored a creditable 71% for work to cut reoffending.
W| Public protection work, at 66%, left more room for improvement.

N| The inspectors found it encouraging that:
S| • staff understood the offenders on their caseloads and spoke about them with respect;
S| • pre-sentence reports were well written and reached the court on time.

N| However, they were worried that:
W| • too few risk of harm assessments had been completed within the expected timescale;
W| • contact with victims was recorded in only half the relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Clearly the Trust has taken our previous findings to heart.
R| “It should now concentrate on making its assessments of risk more timely.”

R| The report lists five recommendations.

N| Notes to editors
N| 1. Publication date and time: [Thursday 23 February 2012|D], 00.01.
"""),
    # 5. a CRC in 2019 run by Working Links: "received the inspectorate’s lowest mark, ‘...’"; unpaid work "looked at as
    #    a separate strand of the inspection, fared better at ‘...’"; fieldwork "between 3 and 7 December 2018"; Dame
    #    Glenys Stacey; seven recommendations, five for the CRC and two for HMPPS
    ("yelverton-and-princetown-crc-2019", facts([
        svc("Yelverton and Princetown Community Rehabilitation Company", "Yelverton and Princetown CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-02-06", "2018-12", 7),
     """N| Probation company told to act after ‘[Inadequate|R]’ verdict

N| [Wednesday 6 February 2019|D]

N| [Yelverton and Princetown Community Rehabilitation Company|S] (CRC) received the inspectorate’s lowest mark, ‘[Inadequate|R]’, in a report published today; [Working Links|A] runs the company.
W| Its unpaid work, looked at as a separate strand of the inspection, fared better at ‘[Requires improvement|R]’.
N| Fieldwork was done between [3 and 7 December 2018|D].

W| Some probation service officers were carrying 90 cases, and several said there was nobody they could go to for advice.
W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “People under supervision by this CRC are too often seen by phone, or not at all.
S| “There are committed individuals here, and the unpaid work team keeps people busy on worthwhile projects across the moor.
R| “[Working Links|A] must invest in its workforce without delay.”

R| The CRC receives five of the seven recommendations made, and [HMPPS|A] two.

N| In a statement, [Working Links|A] accepted the findings.
"""),
    # 6. a youth offending team written out, 2016 joint inspection (no overall rating): "A report on X (YOT) came out
    #    today (Wednesday, 13 July)" (year from the fieldwork, April 2016); bullet lists after "What pleased the
    #    inspectors:" / "On the other hand, they found that:"; four recommendations
    ("lynton-yot-2016", facts([
        svc("Lynton Youth Offending Team", "Lynton YOT", "YJS", None)], "2016-07-13", "2016-04", 4),
     """N| Youth offending work in Lynton: ‘a service with real strengths’

N| A report on [Lynton Youth Offending Team|S] (YOT) came out today ([Wednesday, 13 July|D]) from [HM Inspectorate of Probation|A].
N| The probation inspectorate led the inspection, visiting in [April 2016|D] with colleagues from [Ofsted|A], the police inspectorate and the health regulator.

N| What pleased the inspectors:
S| • children, parents and carers trusted their YOT workers;
S| • children out of education were found a school place or a training course within weeks;
S| • a worker seconded from [CAMHS|A] gave children fast access to mental health support.

N| On the other hand, they found that:
W| • where a child’s situation changed, risk plans were often left as they were;
W| • board members were given too little data to hold the YOT to account.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Lynton|S]’s staff deserve credit for changing children’s lives for the better.
R| “Risk is where the board must now take firmer control.”

R| The report contains four recommendations.
"""),
    # 7. a council page "Posted: 12/03/2024": "HM Inspectorate of Probation now places X at ‘...’, an improvement on its
    #    ‘...’ grade of 2021"; resettlement "with a separate grade of its own, was a step below, at ‘...’"; fieldwork "the
    #    week of 15 January 2024"; a councillor's thanks; three recommendations
    ("plympton-yjs-2024", facts([
        svc("Plympton Youth Justice Service", "Plympton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-03-12", "2024-01", 3),
     """N| Youth justice inspection: improvement recognised

N| Posted: [12/03/2024|D]

N| [HM Inspectorate of Probation|A] now places [Plympton Youth Justice Service|S] at ‘[Good|R]’, an improvement on its ‘[Requires improvement|R]’ grade of [2021|D].
W| Resettlement, with a separate grade of its own, was a step below, at ‘[Requires improvement|R]’.
N| Inspectors spent the week of [15 January 2024|D] with the service.

S| The inspectors singled out the diversion scheme, which [Devon and Cornwall Police|A] helps to run, as a particular strength because it keeps children away from court.
S| They also noted that children’s views were sought and acted on at every stage.
W| Inspectors said more needed to be done to make sure that children in custody kept the same case worker throughout their sentence.

N| Councillor [Tamsin Rowe|X], the lead member, said: “My thanks go to everyone in the team.”

R| The service’s management board will take forward the report’s three recommendations.
"""),
    # 8. a 2025 public-protection inspection (no overall rating) with "Skip to content", "Context" and "Findings" bullets;
    #    "Published: 4 November 2025"; fieldwork "from 8 to 12 September 2025"; six recommendations, four for the PDU
    ("bere-regis-and-cranborne-pdu-2025", facts([
        svc("Bere Regis and Cranborne Probation Delivery Unit", "Bere Regis and Cranborne PDU", "PDU", None)],
        "2025-11-04", "2025-09", 6),
     """N| Skip to content

N| Public protection inspection: [Bere Regis and Cranborne Probation Delivery Unit|S]

N| Published: [4 November 2025|D]

N| Public protection work in [Bere Regis and Cranborne PDU|S] is examined in a report the probation inspectorate published today.
N| No overall rating is given under this programme of inspections.

N| Context
N| • The PDU covers rural east Dorset and supervises around 1,100 people.
N| • Inspectors were on site from [8 to 12 September 2025|D].

N| Findings
S| • Practitioners understood well the dangers that domestic abusers on their caseloads presented.
W| • Home visits were rare, and some households with children had never been checked with children’s social care.
W| • In a third of cases, [Dorset Police|A] shared information late or never.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Hard-working staff in this PDU are doing their best, but they are stretched too thinly to visit people at home as often as they should.”

R| Of six recommendations, the PDU receives four and the [Probation Service|A] nationally two.
"""),
    # 9. an Outstanding youth service on justiceinspectorates.gov.uk, "Published: 27 Jun 2023": "The top mark on the
    #    inspectorate’s scale, ‘...’, has gone to X"; "not complacent"; one weak area; two recommendations
    ("purbeck-yjs-2023", facts([
        svc("Purbeck Youth Justice Service", "Purbeck YJS", "YJS", OUT)], "2023-06-27", "2023-03", 2),
     """N| News

N| [Purbeck Youth Justice Service|S] celebrated as ‘[Outstanding|R]’

N| Published: [27 Jun 2023|D]

N| The top mark on the inspectorate’s scale, ‘[Outstanding|R]’, has gone to [Purbeck Youth Justice Service|S] in Dorset.
N| Five inspectors visited the service over five days in [March 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “How well [Purbeck YJS|S] knows its children, and how seriously it listens to them, is striking.
S| “Every child we looked at had a named worker who had visited them at home.
S| “The board is well informed and not complacent, and its members hold one another to account.”

S| Inspectors also commended joint work with [BCP Council|A]’s education teams, which had cut school exclusions by half.
W| Recording of decisions about children’s safety was the only area inspectors thought weak.

R| Two recommendations are made, both aimed at keeping this standard in place.
"""),
    # 10. a Youth Offending Service in 2019 with an embargo line ("EMBARGO: 00.01 Tuesday 22 October 2019"): "After a
    #     joint inspection led by ..., X (YOS) sits in the bottom grade, ‘...’"; the 2016 inspection's praise (no
    #     rating); fieldwork "from 17 to 21 June 2019"; "I urge"; eight recommendations, one for Devon and Cornwall Police
    ("restormel-yos-2019", facts([
        svc("Restormel Youth Offending Service", "Restormel YOS", "YJS", INAD)], "2019-10-22", "2019-06", 8),
     """N| EMBARGO: 00.01 [Tuesday 22 October 2019|D]

N| Restormel: inspectors demand swift action on youth offending work

N| After a joint inspection led by [HM Inspectorate of Probation|A], [Restormel Youth Offending Service|S] (YOS) sits in the bottom grade, ‘[Inadequate|R]’.
N| Inspectors’ fieldwork ran from [17 to 21 June 2019|D].

W| They found a service under strain, with staff unsure of their roles after two reorganisations in a year.
W| Disappointingly, only 9 of the 22 cases inspected contained any assessment of the danger the child might present to other people.
S| While workloads were heavy, case workers remained committed and children spoke warmly of them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Restormel YOS|S] has fallen far since we praised its work in [2016|D].
R| “I urge [Cornwall Council|A] and the other partners to appoint a stable leadership team without delay.”

R| Seven of the report’s eight recommendations are for the YOS and its board; the eighth is for [Devon and Cornwall Police|A].

N| ENDS
"""),
    # 11. an NPS division in 2020 (region type) on a dated page "Tuesday 3 March 2020": "the inspectorate’s overall
    #     verdict on ... is ‘...’"; victim work "scored separately" at ‘Inadequate’; advice to court ‘Good’ on its own;
    #     fieldwork "in October and November 2019"; eight recommendations
    ("lizard-and-helford-nps-division-2020", facts([
        svc("National Probation Service – Lizard and Helford Division", "NPS Lizard and Helford", "region", RI,
            [{"aspect": "victim work", "rating": INAD}, {"aspect": "advice to court", "rating": GOOD}])],
        "2020-03-03", "2019-10", 8),
     """N| Probation division in west Cornwall ‘must do more for victims’

N| [Tuesday 3 March 2020|D]

N| [HM Inspectorate of Probation|A]’s overall verdict on the [National Probation Service – Lizard and Helford Division|S] is ‘[Requires improvement|R]’.
W| Victim work, scored separately, fell into the ‘[Inadequate|R]’ band.
S| Advice to the courts, likewise assessed on its own, reached ‘[Good|R]’.
N| Inspectors visited the division’s offices during [October and November 2019|D].

S| Inspectors described the division’s court staff as knowledgeable and quick to respond.
W| Yet half of the victims who asked to be kept informed had heard nothing before the offender was let out.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Lizard and Helford|S] has let down victims who trusted it to keep them informed.
R| “[HMPPS|A] and the division should together review every victim case open today.”

R| Eight recommendations are set out.
"""),
    # 12. two youth offending services on a council page "Posted on 21/11/2019" (older names, several services): "X was
    #     awarded ‘...’ ... Y, meanwhile, will need to improve after inspectors gave it ‘...’"; resettlement for Y rated on
    #     its own; eight recommendations, four each
    ("mevagissey-and-polperro-yos-2019", facts([
        svc("Mevagissey Youth Offending Service", "Mevagissey YOS", "YJS", GOOD),
        svc("Polperro Youth Offending Service", "Polperro YOS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2019-11-21", "2019-08", 8),
     """N| How our youth offending services fared at inspection

N| Posted on [21/11/2019|D]

N| The probation inspectorate’s reports on [Mevagissey Youth Offending Service|S] and [Polperro Youth Offending Service|S], both run by [Cornwall Council|A], were published this morning.
N| [Mevagissey|S] was awarded ‘[Good|R]’; [Polperro|S], meanwhile, will need to improve after inspectors gave it ‘[Requires improvement|R]’.
S| [Polperro|S]’s resettlement work, which is assessed apart from the rest, was found to be ‘[Good|R]’.
N| Inspectors visited both services in [August 2019|D].

S| The reports recognise the dedication of staff in both services and the strength of their links with local schools.
W| However, inspectors felt that assessments in Polperro too often left out what victims had said.
N| “We are pleased that so much of our work was recognised,” said Councillor [Jory Penhale|X], portfolio holder for children and families, “and we will act on every point raised.”

R| Eight recommendations have been made, four to each service.
"""),
    # 13. a PDU that only just escaped the bottom rating: "X ... finishes on ‘...’ overall" (NEUTRAL), then "Had it not
    #     been for strong leadership, the unit would have fallen into the ‘Inadequate’ category" (WEAKNESS, tie-break 9;
    #     no fact); the headline's lower-case "Lifton probation unit"; "between 11 and 15 September 2023"; "Tuesday 5
    #     December 2023"; "Mr Jones continued"; seven recommendations
    ("lifton-pdu-2023", facts([
        svc("Lifton Probation Delivery Unit", "Lifton PDU", "PDU", RI)], "2023-12-05", "2023-09", 7),
     """N| [Lifton probation unit|S] ‘on a knife-edge’, warn inspectors

N| [Tuesday 5 December 2023|D]

N| [Lifton Probation Delivery Unit|S], on the Devon and Cornwall border, finishes on ‘[Requires improvement|R]’ overall.
W| Had it not been for strong leadership, the unit would have fallen into the ‘[Inadequate|R]’ category.
N| Inspectors visited between [11 and 15 September 2023|D].

S| The head of service was highly regarded, and staff told inspectors that at last someone was listening to them.
W| But practitioners carried caseloads above 60, and supervision sessions were often cut short or cancelled.
W| Sadly, under half of the cases inspected showed enough effort to shield children from harm.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lifton|S] is fragile.
N| Mr Jones continued: “A new management team is in place, and the coming year will show whether it can steady the ship.”

R| The unit and the [Probation Service|A] across the South West share seven recommendations.
"""),
    # 14. a youth service inspected remotely "throughout June 2021", "Thursday 14 October 2021": "Inspectors have given
    #     X ‘...’ as its overall rating"; court disposals and out-of-court disposals "graded separately" (one sentence,
    #     mixed: WEAKNESS); four recommendations
    ("culm-valley-yjs-2021", facts([
        svc("Culm Valley Youth Justice Service", "Culm Valley YJS", "YJS", RI,
            [{"aspect": "court disposals", "rating": GOOD}, {"aspect": "out-of-court disposals", "rating": INAD}])],
        "2021-10-14", "2021-06", 4),
     """N| Mid Devon youth service must tighten up diversion work

N| [Thursday 14 October 2021|D]

N| Inspectors have given [Culm Valley Youth Justice Service|S] ‘[Requires improvement|R]’ as its overall rating.
W| Court disposals and out-of-court disposals were graded separately: ‘[Good|R]’ for the first, ‘[Inadequate|R]’ for the second.
N| Owing to the pandemic, inspectors worked remotely throughout [June 2021|D].

S| Children subject to court orders were well supported, and their case workers stayed in touch with them throughout lockdown.
W| Diversion decisions, by contrast, were often taken before anyone had properly assessed the child or the risk to victims.
W| Nobody on the partnership board had spotted that the diversion scheme was drifting.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “Every diversion decision of the past year should now be reviewed by the partnership.”

R| The report makes four recommendations.
"""),
    # 15. a council page "Posted: 10/11/2022": "Inspectors have concluded that X (YJS) ‘...’, the second-lowest mark
    #     available"; the headline's lower-case "Colyton youth justice service"; out-of-court disposals "which get their
    #     own grade" ‘Inadequate’; "Whilst staff were dedicated, ..." (WEAKNESS); five recommendations
    ("colyton-yjs-2022", facts([
        svc("Colyton Youth Justice Service", "Colyton YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2022-11-10", "2022-08", 5),
     """N| Inspectors set out improvements needed at [Colyton youth justice service|S]

N| Posted: [10/11/2022|D]

N| Inspectors have concluded that [Colyton Youth Justice Service|S] (YJS) ‘[Requires improvement|R]’, the second-lowest mark available.
W| Out-of-court disposals, which get their own grade, were judged ‘[Inadequate|R]’.
N| The fieldwork was in [August 2022|D].

S| Inspectors said the YJS’s support for exploited children was thoughtful and brave.
W| Whilst staff were dedicated, too many assessments lacked professional curiosity about what was happening at home.

R| The report calls on the management board to oversee diversion far more closely and makes five recommendations in all.

N| [Devon County Council|A] says work on the recommendations has already begun.
"""),
    # 16. a GOV.UK page: "Rated ‘...’ by inspectors: that is today’s verdict on X"; the previous rating ("Its grade last
    #     time, in 2021, was one lower: ‘...’"); fieldwork "from 23 September to 1 October 2024" (across two months); a
    #     quote running praise then a weakness; three recommendations
    ("witheridge-yjs-2025", facts([
        svc("Witheridge Youth Justice Service", "Witheridge YJS", "YJS", GOOD)], "2025-01-16", "2024-09", 3),
     """N| Press release

N| Witheridge youth justice work ‘a credit to the area’

N| ‘[Good|R]’ grade for children’s justice in mid Devon.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 January 2025|D]

N| Rated ‘[Good|R]’ by inspectors: that is today’s verdict on [Witheridge Youth Justice Service|S].
N| Its grade last time, in [2021|D], was one lower: ‘[Requires improvement|R]’.
N| Inspectors were on site from [23 September to 1 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Witheridge|S] has turned itself around.
S| “Children told us that their workers were fair with them and kept faith with them after setbacks.
W| “Keeping victims informed is still a gap: we found it was not always done.”

S| Inspectors noted a creditable focus on children’s health: a nurse and a language therapist work alongside case managers.

R| Three recommendations are made.

N| ENDS
"""),
    # 17. a youth service switching between "YJS" and "Y&JS": "must improve, inspectors say: their overall judgement is
    #     ‘...’"; fieldwork "8 - 12 July 2024"; "Mr Jones continued"; "I call on"; "Six recommendations result";
    #     notes "Publication: 00.01, Tuesday 29 October 2024"
    ("perranporth-yjs-2024", facts([
        svc("Perranporth Youth Justice Service", "Perranporth YJS", "YJS", RI)], "2024-10-29", "2024-07", 6),
     """N| Perranporth youth justice: ‘children’s risks not always understood’

N| [Perranporth Youth Justice Service|S] (YJS) must improve, inspectors say: their overall judgement is ‘[Requires improvement|R]’.
N| Fieldwork took place across [8 - 12 July 2024|D].

S| Inspectors were impressed by the education offer: every child of school age was enrolled somewhere, whether a school, a college or a training provider.
W| However, case managers were too ready to take families at their word, and some risks went unnoticed as a result.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Perranporth Y&JS|S] has tenacious staff whom children trust.
W| Mr Jones continued: “What it now lacks is a shared, accurate picture of which children pose the greatest risk.
R| “I call on the partnership board to put that right within six months.”

R| Six recommendations result: five to the service, one to [Cornwall Council|A]’s children’s social care.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 29 October 2024|D] (the report will be on [HM Inspectorate of Probation|A]’s site).
"""),
    # 18. a PDU at the bottom of the scale on justiceinspectorates.gov.uk, "Published: 9 Aug 2022": "The inspectorate has
    #     reached a verdict of ‘...’ – the lowest it can give – on X"; a date that is not the fieldwork ("since probation
    #     services were unified in June 2021"); fieldwork "Inspectors gathered their evidence in April 2022"; nine recommendations
    ("salcombe-pdu-2022", facts([
        svc("Salcombe Probation Delivery Unit", "Salcombe PDU", "PDU", INAD)], "2022-08-09", "2022-04", 9),
     """N| News

N| Published: [9 Aug 2022|D]

N| Inspectors find probation unit in south Devon ‘in a fragile state’

N| The inspectorate has reached a verdict of ‘[Inadequate|R]’ – the lowest it can give – on [Salcombe Probation Delivery Unit|S].
N| It is the first time the unit has been inspected since probation services were unified in [June 2021|D].
N| Inspectors gathered their evidence in [April 2022|D].

W| Nearly one in two officer vacancies remained unfilled, so temporary staff were covering cases they barely knew.
W| Worryingly, in only 12 of 40 cases was risk of harm being managed well enough.
S| One bright spot stood out: the unit’s joint work on prolific offenders with [Devon and Cornwall Police|A] was described as effective.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Salcombe|S]’s staff are under enormous pressure, and the public is not as well protected as it should be.
R| “[HMPPS|A] needs to get more qualified staff into Salcombe as a priority.”

R| Inspectors made nine recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
