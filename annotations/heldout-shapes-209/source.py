"""Builds the two hundred and ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named before them: "X and Y each land on ‘...’, while Z
    #    drops to the foot of the scale at ‘...’"; "a fortnight ..., starting on 29 April 2024"; ten recommendations
    #    "X and Y three apiece, Z four"
    ("salmonby-scamblesby-and-goulceby-pdus-2024", facts([
        svc("Salmonby Probation Delivery Unit", "Salmonby PDU", "PDU", RI),
        svc("Scamblesby Probation Delivery Unit", "Scamblesby PDU", "PDU", INAD),
        svc("Goulceby Probation Delivery Unit", "Goulceby PDU", "PDU", RI)], "2024-09-17", "2024-04", 10),
     """N| Press release

N| Three Lincolnshire Wolds probation units: reports published

N| One unit is found to be failing the people it supervises, and two others must do better.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] today sets out its findings on three probation delivery units in the [East Midlands region|S]: [Salmonby Probation Delivery Unit|S], [Scamblesby Probation Delivery Unit|S] and [Goulceby Probation Delivery Unit|S].
N| [Salmonby|S] and [Goulceby|S] each land on ‘[Requires improvement|R]’, while [Scamblesby|S] drops to the foot of the scale at ‘[Inadequate|R]’.
N| The fieldwork took two weeks and began on [29 April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Scamblesby, practitioners were carrying caseloads far beyond what any of them could manage, and the supervision of men convicted of domestic abuse had shrunk to a series of phone calls.
S| “By contrast, [Salmonby|S] and [Goulceby|S] have held on to experienced officers, and their links with [Lincolnshire Police|A] are close and well used.”

S| Inspectors singled out the units’ joint work with [Lincolnshire County Council|A] on housing, which meant that few people left custody with nowhere to sleep.
W| Across all three, though, more than half of the cases examined lacked any check on whether children in the household were safe.
W| Sickness absence was high, and a number of recently qualified officers felt they had been left to work things out alone.

R| Between them the reports carry ten recommendations: [Salmonby|S] and [Goulceby|S] three apiece, [Scamblesby|S] four.

N| [Karen Whitlam|X], Regional Probation Director for the East Midlands, said: “We have moved senior managers into Scamblesby and are recruiting to every vacant post.”
"""),
    # 2. two youth justice services in a local-news story: reports that "went live on Thursday (12 June)" under a byline
    #    of Saturday 14 June 2025; "Y has been handed the top mark ..., and its neighbour X settles at ‘...’", in the other
    #    order from the one first named; "a combined five recommendations, of which three go to X"
    ("asterby-and-hemingby-yjs-2025", facts([
        svc("Asterby Youth Justice Service", "Asterby YJS", "YJS", GOOD),
        svc("Hemingby Youth Justice Service", "Hemingby YJS", "YJS", OUT)], "2025-06-12", "2025-02", 5),
     """N| Two Wolds youth justice teams earn top marks from inspectors

N| By [Helen Dring|X]

N| [Saturday 14 June 2025|D]

N| Inspection reports on [Asterby Youth Justice Service|S] and [Hemingby Youth Justice Service|S] went live on Thursday ([12 June|D]), and both make cheerful reading for the county.
N| [Hemingby|S] has been handed the top mark on the inspectorate’s scale, ‘[Outstanding|R]’, and its neighbour [Asterby|S] settles at ‘[Good|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] spent the first week of [February 2025|D] with the two teams, which share an office and a youth court.

S| They praised [Hemingby|S]’s case managers for knowing every child’s story in detail and for never letting a plan sit unchanged for months.
S| Children there were back in school or training within weeks in nearly every case the inspectors read.
S| [Asterby|S]’s work to steer children away from court was described as careful and well judged.
W| The report on [Asterby|S] does flag, however, that plans to protect victims were sometimes thin and were not always passed to the [Lincolnshire Police|A] officers who needed them.

S| Chief Inspector of Probation [Martin Jones|X] said: “These are two teams that put children first, and it shows in every file we opened.
R| “[Asterby|S] now needs to bring its work with victims up to the level of everything else it does.”

R| The inspectors make a combined five recommendations, of which three go to [Asterby|S].

N| A spokesperson for [Lincolnshire County Council|A] said the council was “delighted for both teams”.
"""),
    # 3. a unit inside its region, the region in the headline; "is assessed as ‘...’"; previous ‘Inadequate’ (2022);
    #    unpaid work rated on its own ‘Good’; "during the second half of July 2024"; notes "goes live ... at 00.01 on"
    ("baumber-pdu-2024", facts([
        svc("Baumber Probation Delivery Unit", "Baumber PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-12-03", "2024-07", 6),
     """N| [East Midlands probation region|S]: [Baumber unit|S] ‘[Requires improvement|R]’ but climbing

N| A report released today by [HM Inspectorate of Probation|A] assesses [Baumber Probation Delivery Unit|S] as ‘[Requires improvement|R]’; the unit is run by the [Probation Service – East Midlands region|S].
N| The grade marks progress: at its previous inspection, in [2022|D], [Baumber|S] was found ‘[Inadequate|R]’.
S| Unpaid work, which inspectors rated on its own, came out at ‘[Good|R]’, with placements that taught people skills they could take into paid jobs.
N| Inspectors were in Baumber during the second half of [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Baumber|S] has come a long way in two years.
S| “Its managers now look at every new case within days, and staff told us they felt supported for the first time in a long while.
W| “Even so, the work to keep people safe is not where it should be: in only 14 of the 30 cases we looked at was risk reviewed when circumstances changed.”

S| Mr Jones continued: “I was struck by how well the unit works with [Lincolnshire Police|A] on the handful of people who present the highest risk.”
W| Inspectors also found that interpreters were rarely booked for people whose first language was not English.

R| The report lists six recommendations, two of which are for the region rather than the unit.

N| ENDS

N| Notes to editors
N| 1. The [HM Inspectorate of Probation|A] website carries the report from 00.01 on [3 December 2024|D].
N| 2. [Baumber PDU|S] sits within the [East Midlands region|S], itself last inspected in [2023|D].
"""),
    # 4. two PDUs on a justiceinspectorates.gov.uk news item, the region after them: "X is marked ‘...’; Y sits one notch
    #    higher, at ‘...’"; "across March and April 2025"; "X is given five recommendations ... and Y a further three"
    ("haltham-and-roughton-pdus-2025", facts([
        svc("Haltham Probation Delivery Unit", "Haltham PDU", "PDU", INAD),
        svc("Roughton Probation Delivery Unit", "Roughton PDU", "PDU", RI)], "2025-07-22", "2025-03", 8),
     """N| News

N| Haltham and Roughton: reports on two Bain valley probation units

N| Published: [22 Jul 2025|D]

N| [HM Inspectorate of Probation|A] has today published separate reports on [Haltham Probation Delivery Unit|S] and [Roughton Probation Delivery Unit|S], which both sit within the [Probation Service – East Midlands region|S].
N| [Haltham|S] is marked ‘[Inadequate|R]’; [Roughton|S] sits one notch higher, at ‘[Requires improvement|R]’.
N| Inspectors were on site at the two units across [March and April 2025|D].

W| [Helen Davies|X], Director of Operations at the inspectorate, said: “[Haltham|S] lost half its probation officers in a single year, and too many people were supervised by staff who had never met them.
W| “Home visits had all but stopped, and warning signs of domestic abuse were missed in case after case.
S| “[Roughton|S] is in a better place: its managers are visible, its staff are committed, and its partnership with the local drug and alcohol service stands out.”

W| Plans in Roughton were nevertheless often out of date, and reviews were skipped whenever caseloads peaked.

R| [Haltham|S] is given five recommendations to act on and [Roughton|S] a further three.
R| “[HMPPS|A] must make sure [Haltham|S] has the staff it needs before anything else,” the Director added.
"""),
    # 5. a Probation Trust in 2012 (no rating), "Published:" line, "Inspectors were pleased to find that:" lists
    ("stixwould-probation-trust-2012", facts([
        svc("Stixwould Probation Trust", "Stixwould Probation Trust", "other", None)], "2012-08-14", "2012-05", 4),
     """N| Inspection of adult offender management in Stixwould

N| Published: [14 August 2012|D]

W| A report by [HM Inspectorate of Probation|A] on [Stixwould Probation Trust|S], published today, describes a Trust that manages its cases with care but is not yet doing enough to protect victims.
N| The inspection took place in [May 2012|D] and looked at 90 cases from across the Trust’s area.

N| Inspectors were pleased to find that:
S| • in most cases the first appointment took place within five working days of sentence;
S| • offender managers knew their cases well and wrote plans that people could follow;
S| • work with [Lincolnshire Police|A] on prolific offenders was well organised.

N| However, inspectors were concerned to find that:
W| • in only half of the relevant cases had the risk of harm to a known victim been properly assessed;
W| • home visits seldom happened, even in households with children.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at [Stixwould|S] are committed and they know their job.
R| “The Trust should now make the protection of victims its first priority.”

R| The report makes four recommendations.
"""),
    # 6. a CRC in 2019 owned by Sodexo Justice Services: "has found X to be ‘...’ overall"; unpaid work "graded in its own
    #    right and earned ‘Good’"; "Fieldwork ran through October 2018"; "Of its eight recommendations, six ..., two ..."
    ("swinhope-and-cuxwold-crc-2019", facts([
        svc("Swinhope and Cuxwold Community Rehabilitation Company", "Swinhope and Cuxwold CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-06", "2018-10", 8),
     """N| [Swinhope and Cuxwold CRC|S] must lift its game, inspectors say

N| [HM Inspectorate of Probation|A] has found [Swinhope and Cuxwold Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’ overall, in a report published on [Wednesday 6 March 2019|D].
N| The CRC, owned by [Sodexo Justice Services|A], supervises around 3,000 people on probation across the north of the county.
S| Unpaid work was graded in its own right and earned ‘[Good|R]’.
N| Fieldwork ran through [October 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff here are doing their best, but too many are newly trained and carrying far more cases than they should.
W| “Through-the-gate services for people leaving [HMP Lincoln|S] amounted to little more than form-filling.
S| “I was pleased to see that people on unpaid work were treated with respect and given tasks that benefited local communities.”

W| Inspectors found that the CRC’s assessments paid too little attention to the risk people posed to partners and children.

R| Of its eight recommendations, the CRC must act on six; the other two fall to [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said the company accepted the findings and had begun recruiting.
"""),
    # 7. an NPS division in 2019, embargo line in capitals: "The inspectors’ verdict on the division as a whole is ‘...’";
    #    "Five recommendations close the report, four ... and one ..."
    ("hatcliffe-nps-division-2019", facts([
        svc("National Probation Service – Hatcliffe Division", "NPS Hatcliffe", "region", GOOD)],
        "2019-11-14", "2019-06", 5),
     """N| EMBARGOED UNTIL 00:01 [THURSDAY 14 NOVEMBER 2019|D]

N| Inspectors report on the [National Probation Service – Hatcliffe Division|S]

N| The inspectors’ verdict on the division as a whole, set out in a report by [HM Inspectorate of Probation|A] today, is ‘[Good|R]’.
N| Fieldwork took place in [June 2019|D], across the division’s four offices.

S| Inspectors found court reports of a high standard, prepared quickly and based on checked information.
S| [NPS Hatcliffe|S]’s work with victims was described as sensitive and timely.
W| However, the division leaned heavily on agency staff, and in some teams one officer in three was temporary.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a division that knows itself well and has the right priorities.
R| “Leaders should now build a permanent workforce so that these standards last.”

R| Five recommendations close the report: [HMPPS|A] is to act on one, the division on the other four.

N| ENDS

N| Notes to editors
N| 1. The [National Probation Service|A] manages offenders who present a high risk of serious harm, on behalf of [HM Prison and Probation Service|A].
"""),
    # 8. a youth offending team in 2016 (no rating), written only in lower case and as "YOT", on a council page
    #    "Posted on 09/11/2016"; "in the week beginning 12 September 2016"; seven recommendations
    ("croxby-yot-2016", facts([
        svc("Croxby youth offending team", "Croxby YOT", "YJS", None)], "2016-11-09", "2016-09", 7),
     """N| Inspectors report on [Croxby youth offending team|S]

N| Posted on [09/11/2016|D]

N| Inspectors looked at the [Croxby youth offending team|S] (YOT) in the week beginning [12 September 2016|D], in a joint inspection headed by [HM Inspectorate of Probation|A].
N| Its partners on the visit were inspectors from [Ofsted|A], the health regulator [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].

S| The report found that case managers at the [Croxby YOT|S] built strong relationships with children and their families.
S| Work to reduce reoffending was judged good in most of the cases inspected.
W| The inspectors were concerned, however, that plans to manage the risk to others were too often late or incomplete.
W| They also found that too few children received the mental health support they needed from [CAMHS|A].

R| The inspectors made seven recommendations, most of them for the [Croxby YOT management board|A].

N| Councillor [Peter Frith|X], executive member for children’s services at [Lincolnshire County Council|A], said: “We think this is a fair report, and our work on its findings began the day it arrived.”
"""),
    # 9. a Youth Offending Service in 2020, date line with an ordinal: "has been found to be ‘...’"; out-of-court work
    #    "graded separately, was judged ‘Outstanding’"; "three recommendations, two for the YOS and one for its board"
    ("sixhills-yos-2020", facts([
        svc("Sixhills Youth Offending Service", "Sixhills YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2020-03-03", "2019-11", 3),
     """N| [Sixhills Youth Offending Service|S] – inspection outcome

N| [Tuesday, 3rd March 2020|D]

N| Inspectors from [HM Inspectorate of Probation|A] have found the [Sixhills Youth Offending Service|S] (YOS) to be ‘[Good|R]’, in a report published today.
S| Its out-of-court disposal work, which the inspectors graded separately, was judged ‘[Outstanding|R]’.
N| Inspectors carried out the fieldwork in [November 2019|D].

S| Inspectors were impressed by the way the [Sixhills YOS|S] worked with schools to keep children in education.
S| Nearly every child had a named worker they trusted, and those workers were persistent in keeping in touch.
W| Inspectors did find that the service’s work to keep others safe was not always recorded clearly, and that some risk plans lacked detail.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service should take real pride in this report.”

R| The report contains three recommendations, two for the YOS and one for its management board.

N| [Anna Wright|X], Head of Service, said: “This is a tribute to our staff and to our partners.”
"""),
    # 10. an ordinary GOV.UK page: "has been rated ‘Good’ by HM Inspectorate of Probation"; "visited the service in June 2023"
    ("withcall-yjs-2023", facts([
        svc("Withcall Youth Justice Service", "Withcall YJS", "YJS", GOOD)], "2023-10-24", "2023-06", 4),
     """N| Press release

N| [Withcall Youth Justice Service|S] rated ‘[Good|R]’ by inspectors

N| A report published today finds a service that knows its children well.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 October 2023|D]

N| [Withcall Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [June 2023|D] and reviewed the cases of 28 children.

S| The service’s leaders have a clear vision, and the board, chaired by the director of children’s services, keeps a close watch on performance.
S| Practitioners were skilled at building trust with children who had been let down by adults before.
W| Work to address the over-representation of Black children and children in care was at an early stage, however.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Withcall|S] has shown that a small team can deliver a consistently high standard of work.
R| “I would like to see the board track how children from minority groups are treated at every stage.”

R| The report makes four recommendations.
"""),
    # 11. an ordinary news item, "Published: 8 Feb 2024"; "carried out their fieldwork in September 2023"; seven
    ("hallington-pdu-2024", facts([
        svc("Hallington Probation Delivery Unit", "Hallington PDU", "PDU", INAD)], "2024-02-08", "2023-09", 7),
     """N| News

N| [Hallington probation unit|S] ‘[Inadequate|R]’, inspectors find

N| Published: [8 Feb 2024|D]

N| [Hallington Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors carried out their fieldwork in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Almost every measure we use pointed the same way in Hallington: too few staff, too many cases and too little time to do the basics.
W| “Only a third of the cases we read contained a plan that tackled the harm the person might cause.
W| “Staff told us that morale was low and that they had stopped raising concerns because nothing ever changed.”

S| Inspectors did praise the unit’s work with [Lincolnshire Police|A] on integrated offender management, which was well run.
S| Unpaid work placements had also restarted quickly after a period of disruption.

W| Mr Jones continued: “Leaders were aware of the problems but had not yet got a grip on them.
R| “[HM Prison and Probation Service|A] must give [Hallington|S] extra support straight away.”

R| The report sets out seven recommendations.

N| [Sam Hollis|X], Regional Probation Director, said: “We accept all of the report’s recommendations.”
"""),
    # 12. an ordinary council page, "Posted on 17/05/2022", the watchdog's findings told in the third person and the
    #     councillor's reply; "following an inspection in January and February 2022"; six
    ("tathwell-yjs-2022", facts([
        svc("Tathwell Youth Justice Service", "Tathwell YJS", "YJS", RI)], "2022-05-17", "2022-01", 6),
     """N| [Tathwell youth justice service|S] inspection report published

N| Posted on [17/05/2022|D]

N| [HM Inspectorate of Probation|A] has given [Tathwell Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’ after inspecting it in [January and February 2022|D].

S| The watchdog reported that children met their case worker soon after sentence and that staff were warm, patient and tenacious.
S| Work with the police to divert children from the justice system was also highlighted as effective.
W| But the inspectors found that the management board had only a hazy view of how well the service was doing.
W| Some children waited months for a mental health assessment, and help with education, training and employment was patchy.

N| Councillor [Ruth Ingham|X], portfolio holder for children’s services at [Lincolnshire County Council|A], said: “We are disappointed not to have achieved ‘[Good|R]’, but we recognise the areas the inspectors have identified.
N| “An improvement plan is already in place and will be overseen by the board.”

R| Six recommendations are made; the management board is the target of four.
"""),
    # 13. an ordinary local-news story: "has been awarded the highest grade inspectors can give, ‘Outstanding’, in a report
    #     published on Wednesday (10 July)" under a byline of Friday 12 July 2024; "Our three recommendations are modest"
    ("ruckland-yjs-2024", facts([
        svc("Ruckland Youth Justice Service", "Ruckland YJS", "YJS", OUT)], "2024-07-10", "2024-03", 3),
     """N| [Ruckland youth justice team|S] is ‘[Outstanding|R]’, say inspectors

N| By [Lucy Parr|X]

N| [Friday 12 July 2024|D]

N| [Ruckland Youth Justice Service|S] has been awarded the highest grade inspectors can give, ‘[Outstanding|R]’, in a report published on Wednesday ([10 July|D]).
N| Inspectors spent time with the service in [March 2024|D] and read the files of 30 children.

S| They found a team that never gave up on a child, even when the child had given up on themselves.
S| Every child who needed one had a speech and language assessment, and the results shaped how staff spoke and wrote to them.
S| Links with the local [NHS|A] trust meant that mental health support arrived within weeks, not months.
W| The one area for development was work with the victims of children’s offences, which was not always recorded.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ruckland|S] is as fine a youth justice service as I have seen.
R| “Our three recommendations are modest, and I am confident the service will act on them quickly.”

N| [Gill Ashby|X], chair of the management board, said: “We are immensely proud of the team.”
"""),
    # 14. an ordinary 2025 public-protection release with "Context" / "Findings" bullets and no rating, the region as
    #     context; "from 16 to 20 June 2025"; five; notes "will be available ... on 28 October 2025"
    ("maidenwell-pdu-2025", facts([
        svc("Maidenwell Probation Delivery Unit", "Maidenwell PDU", "PDU", None)], "2025-10-28", "2025-06", 5),
     """N| Press release

N| Public protection inspection: [Maidenwell Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Today [HM Inspectorate of Probation|A] publishes the public protection inspection of [Maidenwell Probation Delivery Unit|S], which answers to the [Probation Service – East Midlands region|S].
N| This inspection programme does not give a rating.
N| Inspectors were at the unit from [16 to 20 June 2025|D].

N| Context
N| • The unit supervises about 1,400 people, a fifth of whom are assessed as posing a high risk of serious harm.
N| • It shares a building with the local magistrates’ court.

N| Findings
S| • Risk assessments were thorough in most cases, and staff made good use of information from [Lincolnshire Police|A].
W| • Home visits to men convicted of domestic abuse were too infrequent.
W| • Checks with children’s social care were missing in a quarter of the relevant cases.
S| • Managers reviewed high-risk cases every month, and their oversight was evident in the records.

R| Five recommendations follow, aimed at the unit and at the region.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [28 October 2025|D].
"""),
    # 15. an ordinary embargoed release, a remote inspection in 2021: "have placed X in the second-lowest of their four
    #     grades, ‘...’"; six
    ("brinkhill-yjs-2021", facts([
        svc("Brinkhill Youth Justice Service", "Brinkhill YJS", "YJS", RI)], "2021-07-13", "2021-04", 6),
     """N| Embargoed until 00.01, [Tuesday 13 July 2021|D]

N| [Brinkhill Youth Justice Service|S]: more to do, say inspectors

N| Inspectors have placed [Brinkhill Youth Justice Service|S] in the second-lowest of their four grades, ‘[Requires improvement|R]’.
N| With pandemic rules still in force, inspectors worked remotely in [April 2021|D].

S| Inspectors found that case workers never lost touch with children during the lockdowns, phoning, video-calling and knocking on doors.
S| The service’s work with [Lincolnshire Police|A] to offer children a second chance instead of a court appearance was a particular strength.
W| Yet safety plans were reviewed too rarely, and risks were sometimes missed when a child moved home.
W| The management board’s oversight was described as light-touch, with partners rarely attending.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “The pandemic has been hard on everyone in youth justice.
R| “Leaders in Brinkhill must now make sure that partners turn up and play their part.”

R| The inspectorate made six recommendations.
"""),
    # 16. an ordinary GOV.UK page: "has received an overall rating of ‘...’ from"; "The inspection, which took place in
    #     May 2022"; four
    ("lusby-pdu-2022", facts([
        svc("Lusby Probation Delivery Unit", "Lusby PDU", "PDU", RI)], "2022-09-20", "2022-05", 4),
     """N| Press release

N| [Lusby probation unit|S] must improve

N| From: [HM Inspectorate of Probation|A]

N| Published [20 September 2022|D]

N| [HM Inspectorate of Probation|A] has given [Lusby Probation Delivery Unit|S] its second-lowest rating, ‘[Requires improvement|R]’.
N| The inspection, which took place in [May 2022|D], looked at 42 cases.

S| Inspectors praised the unit’s leaders for their openness and for the way they had steered staff through the unification of probation services.
S| Work to prepare reports for court was of a high standard.
W| However, in fewer than half of the cases inspected did staff think enough about the safety of partners and children.
W| Access to accredited programmes was limited, with long waiting lists.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lusby|S]’s staff are committed, but they are stretched too thin to manage risk as they should.”

R| The report makes four recommendations, including that the region works with the unit to cut waiting times.
"""),
    # 17. an ordinary page with "Skip to content" and an empty "Published:" line: "sits at the bottom of ...’s four-point
    #     scale: ‘...’"; "over two weeks in February 2025"; nine; notes "published at 00.01 on 20 May 2025"
    ("fulletby-yjs-2025", facts([
        svc("Fulletby Youth Justice Service", "Fulletby YJS", "YJS", INAD)], "2025-05-20", "2025-02", 9),
     """N| Skip to content

N| [Fulletby Youth Justice Service|S] ‘[Inadequate|R]’ following inspection

N| Published:

N| [Fulletby Youth Justice Service|S] has landed on the lowest rung of the inspectorate’s four-step ladder: ‘[Inadequate|R]’.
N| Inspectors reviewed the service over two weeks in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Fulletby are being let down.
W| “Some children in danger of being exploited had gone months without anyone looking again at their case, and the board met but rarely asked hard questions.
W| “Leaders had not acted on warnings from their own staff.”

S| There were some bright spots: the service’s reparation projects were well planned and children spoke highly of them.
W| Too many children, however, were out of school, and the service did not know where some of them spent their days.

R| Nine recommendations are made in the report, seven of them for the [Fulletby YJS management board|A].

N| Notes to editors
N| 1. The report is published at 00.01 on [20 May 2025|D].
N| 2. [HM Inspectorate of Probation|A] rates youth justice services as ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 18. an ordinary release with a date line with an ordinal and "published today"; a place with lower-case joining
    #     words ("Donington on Bain"); "Fieldwork ran from 11 to 15 September 2023"; five
    ("donington-on-bain-yjs-2023", facts([
        svc("Donington on Bain Youth Justice Service", "Donington on Bain YJS", "YJS", GOOD)],
        "2023-11-09", "2023-09", 5),
     """N| [Donington on Bain Youth Justice Service|S] – inspection report

N| [Thursday, 9th November 2023|D]

N| [Donington on Bain Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A] in a report published today.
N| Fieldwork ran from [11 to 15 September 2023|D].

S| The inspectors found that the service’s partnership with schools and colleges was strong, so children stayed in education.
S| Case managers were described as curious, caring and persistent.
W| Work on the resettlement of children leaving custody was less developed, with planning starting too late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Donington on Bain|S] has built a service that children trust.
R| “I want to see the same energy put into planning for children coming home from custody.”

R| Inspectors make five recommendations for the service and its partners.

N| [Tom Beck|X], chair of the [Donington on Bain Youth Justice Management Board|A], said: “We will act on every one of them.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
