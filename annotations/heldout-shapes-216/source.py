"""Builds the two hundred and sixteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the East of England region on a GOV.UK page, the region named before them: "X and Y both land on
    #    ‘...’; Z sits a rung below them, on ‘...’", in another order from the one first named; "a fortnight ...,
    #    beginning on 3 March 2025"; "Twelve recommendations ..., four per unit"; the regional director's reply
    ("witcham-coveney-and-pymoor-pdus-2025", facts([
        svc("Witcham Probation Delivery Unit", "Witcham PDU", "PDU", INAD),
        svc("Coveney Probation Delivery Unit", "Coveney PDU", "PDU", RI),
        svc("Pymoor Probation Delivery Unit", "Pymoor PDU", "PDU", RI)], "2025-07-15", "2025-03", 12),
     """N| Press release

N| Three Fenland probation units fall short, inspectors find

N| Reports on probation delivery units in the north of Cambridgeshire are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 July 2025|D]

N| Findings on three probation delivery units are set out today by [His Majesty’s Inspectorate of Probation|A], all three in the [Probation Service|A]’s [East of England region|S]: [Witcham Probation Delivery Unit|S], [Coveney Probation Delivery Unit|S] and [Pymoor Probation Delivery Unit|S].
N| [Coveney|S] and [Pymoor|S] both land on ‘[Requires improvement|R]’; [Witcham|S] sits a rung below them, on ‘[Inadequate|R]’.
N| Inspectors worked across the three units for two weeks from [3 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Witcham|S] has lost most of its senior probation officers in eighteen months, and new staff have been left to learn on the job with almost no oversight.
W| “Assessments of the risk of serious harm there were missing or out of date in well over half of the cases we read.
S| “[Coveney|S] and [Pymoor|S] have kept steadier teams, and their work with [Cambridgeshire Constabulary|A] on domestic abuse call-outs is a genuine strength.”

S| Inspectors singled out the units’ shared women’s service, run with a local charity, for praise, as it gave women on probation a safe place to report to.
W| Across all three units, though, sentence plans rarely reflected what people on probation said about their own lives.
W| Access to drug and alcohol treatment was patchy, with waits of several months in the rural north of the county.

R| Twelve recommendations are set out across the three reports, four per unit.

N| [Clare Hollins|X], who directs probation across the East of England, responded: “We have moved experienced managers into Witcham and will publish an improvement plan within weeks.”
"""),
    # 2. two youth justice services in a local-news story: the reports "made public on Monday (17 February)" under a byline
    #    of Thursday 20 February 2025; "X secured the very top mark, ‘...’, with Y one notch beneath it on ‘...’", in the
    #    other order from the one first named; "the first week of October 2024"; "four aimed at Welney and two at Southery"
    ("welney-and-southery-yjs-2025", facts([
        svc("Welney Youth Justice Service", "Welney YJS", "YJS", GOOD),
        svc("Southery Youth Justice Service", "Southery YJS", "YJS", OUT)], "2025-02-17", "2024-10", 6),
     """N| Two west Norfolk youth justice teams praised by watchdog

N| By [Helen Rix|X]

N| [Thursday 20 February 2025|D]

N| Inspection reports on [Welney Youth Justice Service|S] and [Southery Youth Justice Service|S] were made public on Monday ([17 February|D]), some four months after an inspection team was with both teams in the first week of [October 2024|D].
N| [Southery|S] secured the very top mark, ‘[Outstanding|R]’, with [Welney|S] one notch beneath it on ‘[Good|R]’.

S| According to the reports, [Southery|S]’s case workers knew every child well and stuck with them through setbacks, even arranging lifts so that children could keep appointments in King’s Lynn.
S| [Welney|S]’s partnership with [Norfolk County Council|A]’s virtual school had helped nearly all the children it works with to stay in education.
W| Inspectors did, however, find that [Welney YJS|S]’s plans for keeping victims safe were sometimes thin and were not reviewed when circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are small rural teams, yet they are giving children a service that many larger ones would envy.”

R| The two reports carry six recommendations between them, four aimed at [Welney|S] and two at [Southery|S].

N| A spokesperson for [Norfolk County Council|A] said the teams were “thrilled” with the outcome.
"""),
    # 3. two PDUs in a justiceinspectorates news item, the region named in the first sentence: "The inspectorate’s verdict
    #    is the same for both: ‘...’"; an aspect "which inspectors scored as a separate element, fell to ‘...’"; "between
    #    1 and 12 July 2024"; nine recommendations, "seven are shared between X and Y, and the remaining two fall to HMPPS"
    ("thorney-and-eldernell-pdus-2024", facts([
        svc("Thorney Probation Delivery Unit", "Thorney PDU", "PDU", RI),
        svc("Eldernell Probation Delivery Unit", "Eldernell PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2024-11-26", "2024-07", 9),
     """N| News

N| Two Peterborough-area probation units inspected

N| Published: [26 Nov 2024|D]

N| [HM Inspectorate of Probation|A] has today published its reports on [Thorney Probation Delivery Unit|S] and [Eldernell Probation Delivery Unit|S], neighbours within the [Probation Service – East of England region|S].
N| The inspectorate’s verdict is the same for both: ‘[Requires improvement|R]’.
W| [Eldernell|S]’s unpaid work, which inspectors scored as a separate element, fell to ‘[Inadequate|R]’, with projects cancelled week after week for want of supervisors.
N| Inspectors were on site between [1 and 12 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both units are carrying vacancies they cannot fill, and the staff who remain are stretched thin.
S| “Even so, I was struck by how well practitioners in [Thorney PDU|S] knew the people they supervise and how hard they worked to keep them housed.
W| “In Eldernell, work to keep children safe was too often an afterthought.”

W| Fewer than half of the cases examined across the two units showed enough attention to the risk of domestic abuse.
S| Links with [HMP Peterborough|S], from which many of the units’ cases are released, were described as strong.

R| Nine recommendations are made in all: seven are shared between [Thorney|S] and [Eldernell|S], while [HM Prison and Probation Service|A] is left with the last two.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have concluded that X,
    #    one of the region’s busiest units, now merits ‘...’"; the previous 2022 rating beside it; "the week beginning
    #    18 November 2024"; "Mr Jones continued"; the notes' "goes live at 00.01 on Tuesday 11 March 2025"; five
    #    recommendations "three are addressed to the unit and two to the regional leadership"
    ("aldreth-pdu-2025", facts([
        svc("Aldreth Probation Delivery Unit", "Aldreth PDU", "PDU", RI)], "2025-03-11", "2024-11", 5),
     """N| [East of England probation region|S]: [Aldreth Probation Delivery Unit|S] climbs one grade

N| Inspectors have concluded that [Aldreth Probation Delivery Unit|S], one of the [East of England region|S]’s busiest units, now merits ‘[Requires improvement|R]’.
N| At its last inspection, in [2022|D], the unit had been judged ‘[Inadequate|R]’.
N| Inspectors spent the week beginning [18 November 2024|D] at the unit’s offices.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aldreth|S] has pulled itself up from the bottom of the scale, and the credit belongs to a head of service who rebuilt the team almost from scratch.
S| “Staff now get regular supervision, and the backlog of overdue assessments has been cleared.
W| “But the work to protect those at risk of harm is not yet consistent, and too many cases still lack a meaningful home visit.”

N| Mr Jones continued: “I am hopeful that our next visit will find a unit that has kept going in the same direction.”

W| Inspectors judged the unit’s joint work with [Cambridgeshire County Council|A]’s children’s services to be patchy, with information rarely shared before sentencing.
S| Unpaid work, by contrast, was well organised, with placements at local food banks and community farms.

R| Inspectors set out five recommendations; three are addressed to the unit and two to the regional leadership.

N| ENDS

N| Notes to editors
N| 1. The report goes live at 00.01 on [Tuesday 11 March 2025|D] on the inspectorate’s website.
N| 2. Six counties fall within the [East of England region|S], and [Aldreth PDU|S] is one of more than a dozen units across them.
"""),
    # 5. a unit inside its region, the rating first: "‘...’ is the grade inspectors have reached for X, part of the ...
    #    region of the Probation Service"; an aspect "graded as a stand-alone element, earned ‘...’"; "a report released
    #    today (Tuesday 16 September)", the year from the fieldwork ("began on 28 April 2025"); a call to action to HMPPS;
    #    "Of the report’s eight recommendations, five concern the unit directly and three the region"
    ("upware-pdu-2025", facts([
        svc("Upware Probation Delivery Unit", "Upware PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2025-09-16", "2025-04", 8),
     """N| Cambridgeshire probation unit given bottom grade

N| ‘[Inadequate|R]’ is the grade inspectors have reached for [Upware Probation Delivery Unit|S] ([East of England region of the Probation Service|S]) in a report released today ([Tuesday 16 September|D]).
W| Its unpaid work, graded as a stand-alone element, earned ‘[Requires improvement|R]’, as too few placements were available to meet demand.
N| Fieldwork began on [28 April 2025|D] and lasted a fortnight.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on [Upware|S]’s caseload who pose a real danger to others are, in too many cases, not being managed as they should be.
W| “Only one in three of the cases we inspected had a sufficient plan to manage risk, and home visits had almost stopped.
W| “Leaders were candid with us about the problems, but candour alone will not keep the public safe.”

W| Inspectors found that sickness absence was high and morale was low, with several practitioners saying they spent every day firefighting.
S| There were bright spots, including a well-run court team whose pre-sentence reports were of a high standard.
R| [HM Prison and Probation Service|A] must give the unit intensive support until the position is stable.

R| Of the report’s eight recommendations, five concern the unit directly and three the region.

N| ENDS
"""),
    # 6. a Probation Trust in 2012, before ratings: the verdict mixed in the first sentence; "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:" bullet lists; "Thursday, 6th September 2012"
    #    above "published today"; "took place in May 2012"; six recommendations
    ("chettisham-probation-trust-2012", facts([
        svc("Chettisham Probation Trust", "Chettisham Probation Trust", "other", None)], "2012-09-06", "2012-05", 6),
     """N| [Chettisham Probation Trust|S] - inspection report published

N| [Thursday, 6th September 2012|D]

W| [Chettisham Probation Trust|S], according to a report from [HM Inspectorate of Probation|A] issued today, delivers much of its offender management work well, but that its public protection work is not consistently good enough.
N| The inspection took place in [May 2012|D] and examined a sample of 90 cases.

N| Inspectors were pleased to find that:
S| • nearly every case had a timely, well-reasoned reoffending assessment;
S| • offender managers knew the people on their caseloads as individuals and had earned their trust;
S| • joint work on prolific offenders with [Cambridgeshire Constabulary|A] was close and productive.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were insufficient in a third of cases;
W| • home visits were not used enough where there were concerns about children;
W| • contact with victims was not always recorded.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Chettisham|S] has a firm base to build on, and its staff are clearly committed.
R| “Its leaders should now make public protection the same priority that reducing reoffending already is.”

R| The report makes six recommendations.
"""),
    # 7. a CRC in 2020 owned by Sodexo Justice Services on a GOV.UK page: "Inspectors have assessed X (CRC) ... as ‘...’
    #    overall"; resettlement "judged in its own right, was ‘...’"; "in January and February 2020"; "seven
    #    recommendations; five are for the CRC and two for HMPPS"; the provider's reply
    ("welches-dam-crc-2020", facts([
        svc("Welches Dam Community Rehabilitation Company", "Welches Dam CRC", "CRC", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2020-07-09", "2020-01", 7),
     """N| Press release

N| Inspectors find ‘[Requires improvement|R]’ at [Welches Dam Community Rehabilitation Company|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2020|D]

N| Inspectors have assessed [Welches Dam Community Rehabilitation Company|S] (CRC), a [Sodexo Justice Services|A] company, as ‘[Requires improvement|R]’ overall.
N| The inspection was carried out in [January and February 2020|D], before the national lockdown.
W| Through-the-gate resettlement work, judged in its own right, was ‘[Inadequate|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Welches Dam CRC|S] is doing some things well, but it is still not doing enough to protect the public.
S| “Its unpaid work scheme is well managed, and people on probation told us they valued the chance to put something back.
W| “However, caseloads were far too high, and many responsible officers were managing more than 70 cases.”

W| Inspectors found that people released from [HMP Littlehey|S] often left with nowhere to live.
S| Work with women was a clear strength, with a dedicated women’s centre offering a safe space to attend appointments.

R| Seven recommendations appear in the report, with five falling to the CRC; [HM Prison and Probation Service|A] must take up the others, two in number.

N| A spokesperson for [Sodexo Justice Services|A] said: “The findings are fair, and work on them started the day inspectors left.”
"""),
    # 8. an NPS division under an embargo line ("not for publication before 00.01 on Wednesday 15 January 2020"): "comes
    #    out of its inspection with an overall regional rating of ‘...’"; "between 7 and 18 October 2019"; "The
    #    division receives four recommendations and HMPPS a single one" -> 5
    ("oxlode-nps-division-2020", facts([
        svc("National Probation Service – Oxlode Division", "NPS Oxlode", "region", GOOD)], "2020-01-15", "2019-10", 5),
     """N| EMBARGOED: not for publication before 00.01 on [Wednesday 15 January 2020|D]

N| [National Probation Service – Oxlode Division|S]: inspection report

N| The [National Probation Service – Oxlode Division|S] comes out of its inspection with an overall regional rating of ‘[Good|R]’.
N| Inspectors visited the division between [7 and 18 October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a division with steady leadership, where officers know the people they supervise and treat danger seriously.
S| “Court work is a particular strength: reports for sentencers were timely and well argued, and the division has kept its court teams fully staffed.
W| “Where it falls down is in work with victims, where contact was late and, in some cases, never made at all.”

S| Inspectors found that [NPS Oxlode|S] had close links with [MAPPA|A] and the police, and that high-risk cases were reviewed regularly.
W| Staffing was a growing pressure, with a quarter of probation officer posts vacant in one area.

R| The division receives four recommendations and [HM Prison and Probation Service|A] a single one.

N| ENDS
"""),
    # 9. a youth offending team written out, on a council page ("Posted on 01/10/2019"): the headline's lower-case
    #    "Wilburton youth offending team"; "has been placed in the top category, ‘...’"; "the second week of June 2019";
    #    "Inspectors left the YOT with three recommendations"; the councillor's reply
    ("wilburton-yot-2019", facts([
        svc("Wilburton Youth Offending Team", "Wilburton YOT", "YJS", OUT)], "2019-10-01", "2019-06", 3),
     """N| [Wilburton youth offending team|S] among best in country

N| Posted on [01/10/2019|D]

N| [Wilburton Youth Offending Team|S] (YOT) has been placed in the top category, ‘[Outstanding|R]’, following an inspection by [HM Inspectorate of Probation|A].
N| The inspectors spent the second week of [June 2019|D] with the team, its partners and the children it works with.

S| The watchdog found that every child had a named worker who saw them often and planned with them, not for them.
S| Inspectors highlighted the [Wilburton YOT|S]’s work with [Cambridgeshire and Peterborough NHS Foundation Trust|A], which meant children could see a nurse or a psychologist within days.
S| Its management board was described as ambitious and well informed.
W| The report does note that out-of-court disposals were not always reviewed once a child’s circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In every decision it takes, [Wilburton|S] asks first what is right for the child.”

R| Inspectors left the YOT with three recommendations.

N| Councillor [Anna Pettit|X], the cabinet lead for young people, said: “Our youth offending team and all its partners have earned this result, and I could not be prouder.”
"""),
    # 10. a Youth Offending Service in 2018 under a date line with an ordinal ("Thursday, 13th December 2018"): "published its
    #     report ... today, finding the service ‘...’ overall"; "carried out their fieldwork in September 2018"; a named
    #     board; "That said, ..."; four recommendations "three for the YOS and one for Cambridgeshire County Council"
    ("purls-bridge-yos-2018", facts([
        svc("Purls Bridge Youth Offending Service", "Purls Bridge YOS", "YJS", GOOD)], "2018-12-13", "2018-09", 4),
     """N| [Thursday, 13th December 2018|D]

N| [Purls Bridge Youth Offending Service|S] judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] published its report on the [Purls Bridge Youth Offending Service|S] (YOS) today, finding the service ‘[Good|R]’ overall.
N| Inspectors carried out their fieldwork in [September 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Purls Bridge|S] has a settled, experienced team who clearly care about the children they work with.
S| “The [Purls Bridge YOS management board|A] is active and challenging, and it knows the service well.
W| “That said, planning to manage the risks some children pose to others was not good enough in a minority of cases.”

S| Inspectors praised the [Purls Bridge YOS|S] for its restorative justice work, which gave victims a real voice.
W| Of the children with communication needs, just one in two was getting speech and language help.

R| Three of the report’s four recommendations go to the YOS; [Cambridgeshire County Council|A] gets the fourth.
"""),
    # 11. an ordinary GOV.UK page for a youth justice service: the stock rating sentence; "The inspection team visited in
    #     February 2024"; "Disappointingly, ..."; six recommendations; a notes line on the inspectorate's role
    ("hilgay-yjs-2024", facts([
        svc("Hilgay Youth Justice Service", "Hilgay YJS", "YJS", RI)], "2024-06-04", "2024-02", 6),
     """N| Press release

N| [Hilgay Youth Justice Service|S] inspection: ‘[Requires improvement|R]’

N| Inspectors publish their findings on youth justice work in Hilgay.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 June 2024|D]

N| [Hilgay Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The inspection team visited in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real warmth in the way [Hilgay|S]’s case managers speak to, and about, the young people on their books.
W| “What is missing is a grip on safety: in a third of cases, nobody had properly asked whether the child was at risk of exploitation.”

S| Education, training and employment support was a highlight, with a dedicated worker helping children back into school.
W| However, the service’s board had not tracked whether its own action plan was making any difference.
W| Disappointingly, referrals to child and adolescent mental health services took up to five months.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 12. a justiceinspectorates news item with the abbreviation first, in the headline ("Pondersbridge PDU handed lowest
    #     rating"), the full name after: "has handed X the lowest mark on its scale, ‘...’"; "two weeks of May 2023"; a
    #     call to action to HMPPS; "Nine recommendations have been made, and all bar one are directed at the unit itself"
    ("pondersbridge-pdu-2023", facts([
        svc("Pondersbridge Probation Delivery Unit", "Pondersbridge PDU", "PDU", INAD)], "2023-09-19", "2023-05", 9),
     """N| News

N| [Pondersbridge PDU|S] handed lowest rating

N| Published: [19 Sep 2023|D]

N| [His Majesty’s Inspectorate of Probation|A] has handed [Pondersbridge Probation Delivery Unit|S] the lowest mark on its scale, ‘[Inadequate|R]’.
N| Inspectors spent two weeks of [May 2023|D] reviewing the unit’s work.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pondersbridge|S] is a unit under enormous strain.
W| “Two in five practitioner posts were empty, and the managers who remained spent their days covering gaps rather than checking the quality of work.
W| “The result is that people who could be dangerous were, in some cases, not seen for weeks at a time.”

S| Inspectors did note that the unit’s referrals to approved premises were timely and well considered.
W| Only 9 of the 30 cases inspected showed sufficient work to keep children safe.
R| [HMPPS|A] must now make sure this unit gets the experienced staff it needs.

R| Nine recommendations have been made, and all bar one are directed at the unit itself.
"""),
    # 13. a council page told in the third person ("Posted: 07/12/2022"): "has been judged ‘...’ by the national watchdog
    #     for youth justice"; "in early September 2022"; "more needed to be done" (a finding); the councillor's reply
    ("coldham-yjs-2022", facts([
        svc("Coldham Youth Justice Service", "Coldham YJS", "YJS", GOOD)], "2022-12-07", "2022-09", 4),
     """N| Inspectors rate [Coldham Youth Justice Service|S] ‘[Good|R]’

N| Posted: [07/12/2022|D]

N| [Coldham Youth Justice Service|S], which is run by [Cambridgeshire County Council|A], has been judged ‘[Good|R]’ by the national watchdog for youth justice.
N| Inspectors visited the service in early [September 2022|D].

S| The watchdog found that staff had a detailed understanding of each child and worked patiently to build trust.
S| It also singled out joint diversion work with [Cambridgeshire Constabulary|A], which kept many children from ever standing in a courtroom.
W| The inspectors said that more needed to be done to make sure the voices of victims were heard in planning.
W| They also found that some children had waited too long for a place at a specialist school.

R| The report contains four recommendations.

N| Councillor [Marian Hewitt|X], chair of the children and young people committee, said: “We are delighted that inspectors have recognised the dedication of our youth justice team.
N| “We accept the report’s recommendations and have already begun to act on them.”
"""),
    # 14. a 2025 public-protection release with no rating, "Context" and "Findings" bullets, the region as context; "Fieldwork
    #     took place in June 2025"; "four recommendations for the unit and the region"
    ("shippea-hill-pdu-2025", facts([
        svc("Shippea Hill Probation Delivery Unit", "Shippea Hill PDU", "PDU", None)], "2025-10-02", "2025-06", 4),
     """N| Public protection inspection: [Shippea Hill Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [2 October 2025|D]

N| Our latest public protection report looks at [Shippea Hill Probation Delivery Unit|S], whose parent region is the [Probation Service – East of England region|S].
N| No rating is given under this inspection programme.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • [Shippea Hill PDU|S] supervises around 600 people, many of them in scattered fen villages.
N| • Just under a third of its caseload has a domestic abuse flag.

N| Findings
W| • Practitioners frequently took a person’s own account at face value and did not verify it with other agencies.
S| • A weekly risk huddle, started by managers, was valued by staff.
W| • Fewer than half of relevant cases showed that police call-out records had been sought.
S| • Work through [MAPPA|A] with [Cambridgeshire Constabulary|A] was well coordinated.

R| The report contains four recommendations for the unit and the region.
"""),
    # 15. a remote inspection in 2021 under an embargo line: "has been found to be ‘...’"; "carried out remotely over three
    #     weeks in March 2021"; "I was concerned, though, ..."; five recommendations
    ("sutton-gault-yjs-2021", facts([
        svc("Sutton Gault Youth Justice Service", "Sutton Gault YJS", "YJS", GOOD)], "2021-06-29", "2021-03", 5),
     """N| Press release

N| [Sutton Gault Youth Justice Service|S] rated ‘[Good|R]’

N| Embargoed until 00.01 on [Tuesday 29 June 2021|D]

N| [Sutton Gault Youth Justice Service|S] has been found to be ‘[Good|R]’ in its first inspection under the current framework.
N| Covid restrictions meant inspectors worked from home, over three weeks of [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Lockdown or not, [Sutton Gault|S] kept in touch with every child, by phone, online and, where it was safe, at the doorstep.
S| “Its leaders have built a culture where staff feel trusted and are encouraged to try new ideas.
W| “I was concerned, though, that its work to protect the public lagged behind everything else it does.”

S| Inspectors found that children’s diversity needs were considered carefully in nearly every case.
W| Some children given out-of-court disposals waited too long for an intervention to begin.

R| Inspectors have made five recommendations, which they hope will lift the service further.
"""),
    # 16. a local-news story, the report "published on Tuesday (13 August)" under a byline of Friday 16 August 2024: "has
    #     earned the inspectorate’s highest grade, ‘...’"; "for a week in April 2024"; "Just two recommendations are made"
    ("three-holes-yjs-2024", facts([
        svc("Three Holes Youth Justice Service", "Three Holes YJS", "YJS", OUT)], "2024-08-13", "2024-04", 2),
     """N| Norfolk youth justice team earns top inspection grade

N| By [Sam Whitlock|X], local democracy reporter

N| [Friday 16 August 2024|D]

N| [Three Holes Youth Justice Service|S] has earned the inspectorate’s highest grade, ‘[Outstanding|R]’, in a report published on Tuesday ([13 August|D]).
N| Inspectors from [HM Inspectorate of Probation|A] were with the service for a week in [April 2024|D].

S| The report describes a team that is “ambitious for every child” and praises its work to keep children out of the criminal justice system altogether.
S| Inspectors found that [Three Holes YJS|S] had brought in a speech and language therapist, so that every child was screened at their first meeting.
S| They were also impressed by how closely the service worked with schools, with exclusions among the children it supports falling sharply.
W| The one area flagged for development was the recording of management oversight, which was patchy in a few cases.

R| Just two recommendations are made.

N| A [Norfolk County Council|A] spokesperson said the result was “a credit to the whole partnership”.
"""),
    # 17. an embargo line ("Embargoed until 00:01 Thursday 9 November 2023"), a headline with "must do more": "has given X an
    #     overall rating of ‘...’"; "reviewed the service’s work in July 2023"; "Mr Jones continued"; "only 10 of the 24";
    #     seven recommendations "five for the service and two for its management board"; the four-point-scale note
    ("little-downham-yjs-2023", facts([
        svc("Little Downham Youth Justice Service", "Little Downham YJS", "YJS", RI)], "2023-11-09", "2023-07", 7),
     """N| Embargoed until 00:01 [Thursday 9 November 2023|D]

N| [Little Downham Youth Justice Service|S] must do more to protect children, say inspectors

N| [HM Inspectorate of Probation|A] has given [Little Downham Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
N| Inspectors reviewed the service’s work in [July 2023|D], looking at 24 cases in detail.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too often, children in Little Downham had plans that ignored the dangers waiting for them beyond their front doors.
W| “We found children who had been reported missing several times with no joint response from the service and the police.”

W| Mr Jones continued: “Partners sit around the board table, but the board has not yet asked hard enough questions about whether children are safer.”

S| Inspectors were encouraged by the service’s work with children in care, where relationships with social workers were strong.
S| Court work was of a high standard, and magistrates told inspectors they valued the service’s reports.
W| Assessments identified the risk of exploitation in only 10 of the 24 cases.

R| Seven recommendations follow: the service is to take forward five, its management board the other pair.

N| ENDS

N| Notes to editors
N| 1. The inspectorate grades every youth justice service on four steps; the top one is ‘[Outstanding|R]’, then come ‘[Good|R]’ and ‘[Requires improvement|R]’, and the bottom one is ‘[Inadequate|R]’.
"""),
    # 18. a page opening on "Skip to content" and an empty "Published:" line: "The overall grade for X, awarded by HM
    #     Inspectorate of Probation, is ‘...’"; "between 5 and 9 February 2024"; an impersonal call ("The next step is to
    #     make sure ..."); the notes' "will be published ... at 00.01 on Tuesday 21 May 2024"
    ("queen-adelaide-pdu-2024", facts([
        svc("Queen Adelaide Probation Delivery Unit", "Queen Adelaide PDU", "PDU", RI)], "2024-05-21", "2024-02", 6),
     """N| Skip to content

N| Published:

N| [Queen Adelaide Probation Delivery Unit|S] inspection

N| The overall grade for [Queen Adelaide Probation Delivery Unit|S], awarded by [HM Inspectorate of Probation|A], is ‘[Requires improvement|R]’.
N| Inspectors were at the unit’s Ely office between [5 and 9 February 2024|D].

S| Its senior managers were honest about what worked and what did not, and had made sensible changes since the region’s own inspection.
S| Practitioners were positive about their training, and new probation officers were well supported.
W| However, just 13 of the 32 cases looked at held a sound plan for managing harm.
W| Too many people on probation were waiting to start accredited programmes, some for more than a year.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Queen Adelaide|S] is heading in the right direction, with a leadership team that knows exactly what it needs to fix.
R| “The next step is to make sure every practitioner applies the same care to risk that the best of them already do.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The full report appears online at 00.01 on [Tuesday 21 May 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and sixteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
