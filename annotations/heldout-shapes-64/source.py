"""Builds the sixty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Sefton PDUs in a justiceinspectorates news item with a date line, the region named before the units:
    #    "X and Y were both assessed as ‘...’, while Z was given the lowest possible rating, ‘...’"; fieldwork "from 8 to
    #    19 July 2024"; nine recommendations "three for each unit"; the region again in the notes
    ("netherton-seaforth-and-lydiate-pdus-2024", facts([
        svc("Netherton Probation Delivery Unit", "Netherton PDU", "PDU", RI),
        svc("Seaforth Probation Delivery Unit", "Seaforth PDU", "PDU", INAD),
        svc("Lydiate Probation Delivery Unit", "Lydiate PDU", "PDU", RI)], "2024-10-15", "2024-07", 9),
     """N| News

N| Three probation units in Sefton inspected: one ‘[Inadequate|R]’, two ‘[Requires improvement|R]’

N| [15 October 2024|D]

N| [HM Inspectorate of Probation|A] has today published reports on three probation delivery units in Sefton, all part of the [Probation Service – North West region|S]: [Netherton Probation Delivery Unit|S], [Seaforth Probation Delivery Unit|S] and [Lydiate Probation Delivery Unit|S].
N| [Netherton|S] and [Lydiate|S] were both assessed as ‘[Requires improvement|R]’, while [Seaforth|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork in the three units ran from [8 to 19 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Seaforth|S] was under severe pressure when we visited: nearly half of its probation officer posts were vacant or covered by agency staff, and managers were holding cases themselves to keep the work moving.
W| “As a result, too many people on licence were not being seen often enough, and warning signs of domestic abuse were missed.
S| “[Netherton|S] and [Lydiate|S] were more stable, and in both we saw patient, respectful work with people on probation.”

S| Inspectors highlighted [Lydiate PDU|S]’s links with housing providers: almost everyone released from prison had somewhere to live.
W| Across all three units, however, checks with [Merseyside Police|A] and children’s social care were completed in under half of the relevant cases.

R| Nine recommendations are made in the three reports, three for each unit.

N| Notes to editors
N| 1. [Netherton PDU|S], [Seaforth PDU|S] and [Lydiate PDU|S] belong to the [Probation Service – North West region|S], which covers Cumbria, Lancashire, Merseyside and Cheshire.
N| 2. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 2. two youth justice services on a council page: "Posted 08/11/2022"; "X has been awarded ‘...’, the inspectorate’s
    #    top grade, and Y has been judged ‘...’", in the other order from the one they were first named in; fieldwork "in
    #    June and July 2022"; "Of the six recommendations ..., four concern Tarvin and two Kelsall"; a councillor's reply
    ("tarvin-and-kelsall-yjs-2022", facts([
        svc("Tarvin Youth Justice Service", "Tarvin YJS", "YJS", GOOD),
        svc("Kelsall Youth Justice Service", "Kelsall YJS", "YJS", OUT)], "2022-11-08", "2022-06", 6),
     """N| News

N| Council welcomes inspection results for its two youth justice services

N| Posted [08/11/2022|D]

N| Inspection reports on [Tarvin Youth Justice Service|S] and [Kelsall Youth Justice Service|S] were published today by [HM Inspectorate of Probation|A].
N| [Kelsall|S] has been awarded ‘[Outstanding|R]’, the inspectorate’s top grade, and [Tarvin|S] has been judged ‘[Good|R]’.
N| Inspectors visited both services in [June and July 2022|D].

S| According to the reports, children in both areas were helped to stay in education, and almost all had a say in their own plans.
S| Inspectors described [Kelsall|S]’s diversion scheme, which steers children away from court, as innovative, and singled out its close partnership with [Cheshire Constabulary|A].
W| For [Tarvin|S], the reports note that management oversight of cases involving risk to others was not always recorded, and that some assessments were completed late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Each of these services is doing well by its children, and [Kelsall YJS|S] deserves particular credit for its creative approach to diversion.”

R| Of the six recommendations in the reports, four concern [Tarvin YJS|S] and two [Kelsall|S].

N| Councillor [Helen Ashworth|X], Cabinet Member for Children and Families at [Cheshire West and Chester Council|A], said: “My thanks go to everyone in both teams, and to our partners.
N| “We will act on every one of the recommendations.”
"""),
    # 3. two Stockport PDUs in a local-news story, the region named beside them: the report "published ... on Tuesday (13
    #    May)" under a byline of Wednesday 14 May 2025; "X received the lowest of the four ratings, ‘...’, and Y was rated
    #    one grade higher, at ‘...’"; "in Reddish" as a place (untagged); eight recommendations "five for X and three for Y"
    ("reddish-and-bredbury-and-romiley-pdus-2025", facts([
        svc("Reddish Probation Delivery Unit", "Reddish PDU", "PDU", INAD),
        svc("Bredbury and Romiley Probation Delivery Unit", "Bredbury and Romiley PDU", "PDU", RI)],
        "2025-05-13", "2025-01", 8),
     """N| Probation teams in Stockport told to improve after inspection

N| By [Sam Kershaw|X]

N| [Wednesday 14 May 2025|D]

N| Reports on [Reddish Probation Delivery Unit|S] and [Bredbury and Romiley Probation Delivery Unit|S], two units within [Probation Service – Greater Manchester region|S], were published by [HM Inspectorate of Probation|A] on Tuesday ([13 May|D]).
N| [Reddish|S] was put on the lowest rung of the four-point scale, ‘[Inadequate|R]’, and [Bredbury and Romiley|S] was placed one rung higher, at ‘[Requires improvement|R]’.
N| The inspections took place in [January 2025|D].

W| Inspectors found that in Reddish a high turnover of staff had left many people on probation with a succession of different officers, and that risk assessments were often out of date.
W| Only 14 of the 38 cases inspected there had a plan that properly addressed the risk of harm to others.
S| [Bredbury and Romiley|S]’s staff were praised for their knowledge of local services, and its unpaid work placements were well organised.
W| But inspectors said the unit did not always act quickly enough when people missed appointments.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The commitment of staff in both units struck me: they have kept going through a difficult period.
R| “The region must now give [Reddish|S] the stable workforce it needs to keep the public safe.”

R| The reports make eight recommendations: five for [Reddish PDU|S] and three for [Bredbury and Romiley PDU|S].

N| A spokesperson for the [Probation Service|A] said new staff had already been recruited to the unit.
"""),
    # 4. a unit inside its region on a GOV.UK page, with two sibling units' ratings as context: "X, one of ten units in the
    #    region, has been judged ‘...’"; "following Partington and Cadishead, both of which were rated ‘...’"; fieldwork "in
    #    February 2025"; "Mr Jones continued"; six recommendations "four to the unit and two to the region"
    ("pendlebury-pdu-2025", facts([
        svc("Pendlebury Probation Delivery Unit", "Pendlebury PDU", "PDU", INAD)], "2025-06-10", "2025-02", 6),
     """N| Press release

N| Probation unit in Salford given lowest rating

N| [HM Inspectorate of Probation|A] has published its report on [Pendlebury Probation Delivery Unit|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [10 June 2025|D]

N| [HM Inspectorate of Probation|A]’s verdict on [Pendlebury Probation Delivery Unit|S], one of the ten units that make up [Probation Service – Greater Manchester region|S], is ‘[Inadequate|R]’.
N| It is the third unit in the region to be inspected this year, following [Partington|S] and [Cadishead|S], both of which were rated ‘[Requires improvement|R]’.
N| Inspectors visited in [February 2025|D] and examined 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pendlebury PDU|S] is failing to assess many of the people it supervises properly, and some who pose a high risk to others have gone for weeks without contact.
W| “Staff told us they felt overwhelmed, and several had been off sick with stress.”

R| Mr Jones continued: “Leaders in the region need to give this unit urgent, practical support, and I will expect to see clear progress when we return.”

S| Inspectors did find some encouraging work: the unit’s service for women was well run, and its housing work with [Salford City Council|A] was strong.
W| However, work to manage domestic abuse was weak, with checks with [Greater Manchester Police|A] completed in only 19 of the 44 cases where they were required.

R| The report’s six recommendations are split between the unit (four) and the region (two).

N| ENDS

N| Notes to editors
N| 1. Ratings run from ‘[Outstanding|R]’ at the top to ‘[Inadequate|R]’ at the bottom, with ‘[Good|R]’ and ‘[Requires improvement|R]’ between.
"""),
    # 5. a unit inside its region, the region in the headline ("North West probation region: ...") and the first
    #    paragraph: "Inspectors found X, in Preston, to be ‘...’ overall"; the headline's lower-case "Fulwood probation
    #    unit"; "just 21 of the 42 cases"; "On the other hand" turning to praise; the notes' "at 00:01 on Tuesday 23 May
    #    2023"; four recommendations
    ("fulwood-pdu-2023", facts([
        svc("Fulwood Probation Delivery Unit", "Fulwood PDU", "PDU", RI)], "2023-05-23", "2023-01", 4),
     """N| [North West probation region|S]: [Fulwood probation unit|S] ‘moving in the right direction’

N| Inspectors found [Fulwood Probation Delivery Unit|S], in Preston, to be ‘[Requires improvement|R]’ overall.
N| Around 1,400 people across Preston and the surrounding area are supervised by the unit, which belongs to the [Probation Service – North West region|S].
N| The inspection was carried out in [January 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fulwood|S] has come through a period of real upheaval, and there are clear signs that it is moving in the right direction.
S| “A new leadership team has settled quickly, staff morale has lifted, and the number of vacant posts has fallen.
W| “However, work to protect people from harm still falls short of the standard we expect.”

W| Inspectors judged assessments of risk to be sufficient in just 21 of the 42 cases they examined.
W| Work with victims was inconsistent, and not all victims who were entitled to contact had been offered it.
S| On the other hand, inspectors found effective partnership work with [Lancashire Constabulary|A] on integrated offender management.

R| The report makes four recommendations, three for [Fulwood PDU|S] and one for the [Probation Service|A] in the North West.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00:01 on [Tuesday 23 May 2023|D].
"""),
    # 6. a Probation Trust in 2013, before ratings: the verdict in the first sentence, "a good standard" (not a rating);
    #    "Thursday, 14th March 2013" above "published today"; "The inspection, which took place in November 2012"; the
    #    bullet lists after "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:";
    #    percentages of cases; seven recommendations
    ("davenham-and-weaverham-probation-trust-2013", facts([
        svc("Davenham and Weaverham Probation Trust", "Davenham and Weaverham Probation Trust", "other", None)],
        "2013-03-14", "2012-11", 7),
     """N| Report on offender management in mid Cheshire published

N| [Thursday, 14th March 2013|D]

S| Most work with offenders in [Davenham and Weaverham Probation Trust|S] was of a good standard, inspectors from [HM Inspectorate of Probation|A] report today.
N| Ninety cases were read when inspectors visited the Trust in [November 2012|D].

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Probation staff in this Trust clearly know their cases well.
S| “We found some impressive work to reduce reoffending, especially with young adults.”

N| Inspectors were pleased to find that:
S| • in 78% of cases, enough had been done to lower the chance of reoffending;
S| • almost all offenders had been seen promptly at the start of their sentence;
S| • the Trust worked closely with [Cheshire Constabulary|A] and local drug services.

N| However, inspectors were concerned to find that:
W| • the risk of harm that offenders posed to others was assessed well enough in only 63% of cases;
W| • home visits to offenders convicted of domestic abuse were rarely carried out;
W| • some managers did not check the quality of their staff’s work often enough.

R| Seven recommendations are made in the report; among them, the Trust is asked to raise the quality of its risk of harm assessments.

N| ENDS

N| Notes to editors
N| 1. [Davenham and Weaverham Probation Trust|S] supervises around 2,800 offenders in mid Cheshire.
N| 2. Offender management inspections examine the work of each Probation Trust in turn.
"""),
    # 7. a CRC in 2018 with an embargo line: "has rated X (CRC) as ‘...’ overall"; two aspects "Separately rated", one
    #    ‘Good’ and one ‘Inadequate’; "a good range" (not a rating); fieldwork "in May and June 2018"; "Whilst ..." ending
    #    positive; five recommendations; the provider's reply; the short "Allerton and Wavertree CRC" in the notes
    ("allerton-and-wavertree-crc-2018", facts([
        svc("Allerton and Wavertree Community Rehabilitation Company", "Allerton and Wavertree CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2018-09-20", "2018-05", 5),
     """N| Embargoed until 00:01 [Thursday 20 September 2018|D]

N| Probation provider in south Liverpool must improve, say inspectors

N| [HM Inspectorate of Probation|A] has rated [Allerton and Wavertree Community Rehabilitation Company|S] (CRC) as ‘[Requires improvement|R]’ overall.
N| The CRC, which is owned by [Purple Futures|A], supervises around 3,000 people in the south of Liverpool.
W| Separately rated, its unpaid work was ‘[Good|R]’ but the Through the Gate service for people leaving prison was ‘[Inadequate|R]’.
N| Inspectors visited the CRC in [May and June 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Here, unpaid work is organised well, with a good range of placements that benefit local communities.
W| “But people leaving prison are being let down: too few had help with housing, and some were released without anywhere to sleep.”

W| Caseloads were heavy: inspectors met responsible officers holding upwards of 80 cases.
W| Too often, contact with people under supervision was by telephone rather than face to face.
S| Whilst the CRC had faced significant financial pressure, leaders had protected training for staff, which inspectors found was valued.

R| The report makes five recommendations: three are for the CRC, and the remaining two for [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “We have read the report carefully and are already tackling the issues it raises.”

N| Notes to editors
N| 1. [Allerton and Wavertree CRC|S] manages low and medium-risk offenders in the south of the city.
"""),
    # 8. a youth offending team in a 2016 joint inspection, no rating and no count: the place first as a location ("youth
    #    offending work in Audenshaw"), then "Audenshaw Youth Offending Team (YOT)"; Ofsted, the CQC, HMIC and HM
    #    Inspectorate of Prisons; lead-ins "The inspection found several strengths:" / "There were, however, several areas
    #    of concern:"; "The report sets out recommendations for ..." (no number: null)
    ("audenshaw-yot-2016", facts([
        svc("Audenshaw Youth Offending Team", "Audenshaw YOT", "YJS", None)], "2016-07-28", "2016-04", None),
     """N| Inspection finds ‘a committed team, but too many gaps’ in youth offending work in Tameside

N| [Thursday 28 July 2016|D]

W| A joint inspection of youth offending work in Audenshaw, led by [HM Inspectorate of Probation|A], has found a committed staff team held back by weak management and poor information sharing.
N| The inspection of [Audenshaw Youth Offending Team|S] (YOT) took place in [April 2016|D] and involved inspectors from [HM Inspectorate of Constabulary|A], [Ofsted|A], [HM Inspectorate of Prisons|A] and the [Care Quality Commission|A].

N| The inspection found several strengths:
S| • case managers knew the children well and had built trusting relationships with them;
S| • work to help children back into education was effective;
S| • the YOT’s health worker gave children quick access to emotional support.

N| There were, however, several areas of concern:
W| • in half of the cases inspected, the danger a child might present to other people had not been properly assessed;
W| • board members knew too little about how the YOT was performing;
W| • information about children at risk of sexual exploitation was not shared quickly with [Tameside Metropolitan Borough Council|A]’s children’s social care.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Audenshaw YOT|S]’s staff are devoted to the children in their care, but management oversight has been too weak for too long.”

R| The report sets out a series of recommendations for the YOT’s management board and partners.

N| ENDS

N| Notes to editors
N| 1. [Audenshaw YOT|S] works with around 150 children a year.
"""),
    # 9. a youth offending service in 2019, YOS / YOT switching: "has been given an overall rating of ‘...’"; out-of-court
    #    disposals "which inspectors rated on its own, came out as ‘...’"; "spent a week with the service in September
    #    2019"; "I would now like the partnership to ..."; six recommendations
    ("winwick-yos-2019", facts([
        svc("Winwick Youth Offending Service", "Winwick YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-11-21", "2019-09", 6),
     """N| ‘[Good|R]’ rating for youth offending service in Warrington

N| [21 November 2019|D]

N| [Winwick Youth Offending Service|S] (YOS) has been given an overall rating of ‘[Good|R]’ by [HM Inspectorate of Probation|A].
S| Its work on out-of-court disposals, which inspectors rated on its own, came out as ‘[Outstanding|R]’.
N| Inspectors spent a week with the service in [September 2019|D].

S| Inspectors were impressed by the YOS’s triage scheme, run jointly with [Cheshire Constabulary|A], which meant that many children who had committed minor offences were dealt with without going to court.
S| Case managers had a thorough understanding of each child’s circumstances, and children and parents spoke highly of them.
W| However, plans for keeping children safe were not always reviewed when their circumstances changed, and the YOT’s work with victims needed further development.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Winwick YOS|S] is a well-led service that diverts children from the courts wherever it safely can.
R| “I would now like the partnership to bring the same energy to its work with victims.”

R| Six recommendations are included in the report, among them a review by the YOT management board of how victims are contacted.

N| [Warrington Borough Council|A] said it was proud of the service’s achievements.
"""),
    # 10. a GOV.UK page: "has secured the highest grade on ...’s four-point scale, ‘...’"; the previous rating beside it
    #     ("last inspected in 2019, when it was rated ‘Good’"); fieldwork "in July 2024"; "stands out"; two
    #     recommendations for the management board
    ("gatley-yjs-2024", facts([
        svc("Gatley Youth Justice Service", "Gatley YJS", "YJS", OUT)], "2024-11-26", "2024-07", 2),
     """N| Press release

N| Top rating for youth justice service in Stockport

N| A report on [Gatley Youth Justice Service|S] is out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [26 November 2024|D]

N| [Gatley Youth Justice Service|S] has secured the highest grade on [HM Inspectorate of Probation|A]’s four-point scale, ‘[Outstanding|R]’.
N| At its previous inspection, in [2019|D], the service was rated ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July 2024|D].

S| Every child was treated as an individual, inspectors found, and plans were written in language children could understand.
S| Partnerships were a particular strength: the service’s own speech and language therapist and a seconded officer from [Greater Manchester Police|A] were fully part of the team.
S| Nine in ten of the children whose cases were inspected were in school, college or work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gatley|S] stands out for how well it gets to know each child, and for the way its leaders listen to children and their families.
S| “Everyone involved should be very proud of this result.”

R| Two recommendations are made, both for [Gatley YJS|S]’s management board, on the sharing of information between schools and the service.
"""),
    # 11. a justiceinspectorates news item with a date line: "Inspectors have awarded X a rating of ‘...’"; resettlement
    #     "received a separate rating of ‘...’"; "Fieldwork for this inspection took place in April 2023"; "good-quality
    #     work" (not a rating); "in only 11 of the 26 cases"; seven recommendations, two for the council
    ("shevington-yjs-2023", facts([
        svc("Shevington Youth Justice Service", "Shevington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2023-08-31", "2023-04", 7),
     """N| News

N| Youth justice in Wigan: improvement required, inspectors say

N| [31 August 2023|D]

N| Inspectors have given [Shevington Youth Justice Service|S] the second-lowest of their four ratings, ‘[Requires improvement|R]’.
W| Resettlement work received a separate rating of ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [April 2023|D].

S| Inspectors saw good-quality work getting children into college, training or jobs, and the service had close ties with local further education providers.
S| Several children said their case workers were easy to talk to and “didn’t give up on them”.
W| However, the service did not always consider the risks that children posed to others, and only 11 of 26 inspected cases had a sound plan to manage those risks.
W| Children leaving custody often waited weeks for a suitable placement, and one in three was released without confirmed accommodation.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Much about [Shevington YJS|S] is positive, but the partnership has not yet got to grips with keeping other people safe.
R| “Leaders must make this their priority.”

R| Seven recommendations are made: five to the service and two to [Wigan Council|A].
"""),
    # 12. a council page: "Posted on 16/05/2025"; the capitalised full name in the headline; "has moved up to ‘...’"; the
    #     previous rating ("When the service was last inspected, in 2021, it received a ‘...’ rating"); lead-ins
    #     "Inspectors highlighted that:" / "Inspectors also identified areas for improvement:"; four recommendations;
    #     the council's reply
    ("ditton-yjs-2025", facts([
        svc("Ditton Youth Justice Service", "Ditton YJS", "YJS", GOOD)], "2025-05-16", "2025-02", 4),
     """N| ‘[Good|R]’ verdict for [Ditton Youth Justice Service|S]

N| Posted on [16/05/2025|D]

N| [Ditton Youth Justice Service|S] has moved up to ‘[Good|R]’ after [HM Inspectorate of Probation|A]’s most recent visit.
N| When the service was last inspected, in [2021|D], it received a ‘[Requires improvement|R]’ rating.
N| Inspectors visited in [February 2025|D].

N| Inspectors highlighted that:
S| • all of the previous inspection’s recommendations had been put into practice;
S| • children had good access to health and emotional well-being support, including through [CAMHS|A];
S| • [Ditton YJS|S] worked well with [Cheshire Constabulary|A] to keep children away from the criminal justice system.

N| Inspectors also identified areas for improvement:
W| • some plans did not say clearly how risks to other people would be managed;
W| • work with victims was not consistently recorded.

R| The report makes four recommendations.

N| [Joan Pickering|X], Executive Board Member for Children’s Services at [Halton Borough Council|A], said: “This is a tremendous achievement for everyone involved.
N| “We will now use the report’s recommendations to make the service even better.”
"""),
    # 13. a remote inspection in 2021: "has placed X in the ‘...’ category, three years after the service was rated
    #     ‘...’"; "the inspection was carried out remotely in February 2021"; "in 14 of the 30 cases"; "On a positive
    #     note"; six recommendations; the notes' "at 00:01 on Thursday 24 June 2021"
    ("rishton-yjs-2021", facts([
        svc("Rishton Youth Justice Service", "Rishton YJS", "YJS", RI)], "2021-06-24", "2021-02", 6),
     """N| Youth justice service in Hyndburn slips a grade

N| [HM Inspectorate of Probation|A] has downgraded [Rishton Youth Justice Service|S] to ‘[Requires improvement|R]’, three years after the service was rated ‘[Good|R]’.
N| Because lockdown rules still applied, the [February 2021|D] fieldwork was done remotely.

W| Since the first lockdown, contact with many children had been limited to phone calls and brief doorstep visits, and case managers did not always know what was happening in their lives.
W| Management oversight was weak: in 14 of the 30 cases inspected, there was no evidence that a manager had reviewed the work.
S| On a positive note, inspectors praised the service’s work with [Lancashire County Council|A]’s education team, which had kept most children in school or training.
S| The service’s new reparation projects, including a community garden, were popular with children and local residents.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The last year has been hard for everyone, but [Rishton YJS|S] has lost some of the grip it had when we last visited.
R| “The management board now has to ensure that children are seen in person and that risks are properly reviewed.”

R| Six recommendations have been made, all to the service and its management board.

N| ENDS

N| Notes to editors
N| 1. The report was published at 00:01 on [Thursday 24 June 2021|D].
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 19 Feb 2026"; fieldwork "in November 2025"; five recommendations,
    #     one for HMPPS
    ("greasby-pdu-2026", facts([
        svc("Greasby Probation Delivery Unit", "Greasby PDU", "PDU", None)], "2026-02-19", "2025-11", 5),
     """N| Skip to content

N| Public protection inspection: probation in west Wirral

N| Published: [19 Feb 2026|D]

N| This report sets out how well [Greasby Probation Delivery Unit|S] manages the risk that people on probation pose to the public.
N| Public protection inspections do not result in a rating.
N| Inspectors examined a sample of cases and spoke to staff and partners in [November 2025|D].

N| Context
N| • [Greasby PDU|S] covers the west of Wirral and sits within the [Probation Service – North West region|S].
N| • Around 30 per cent of its caseload are domestic abuse perpetrators.

N| Findings
W| • Staff had too many cases, and in a third of the cases we looked at, the officer had changed at least twice.
S| • The PDU and [Merseyside Police|A] managed registered sex offenders together effectively.
W| • Staff seldom visited people at home, even where children lived at the address.
W| • Safeguarding enquiries with [Wirral Council|A] were not always followed up.
S| • Staff had good access to training and felt supported by their line managers.

R| Five recommendations are made: four for the PDU and one for [HMPPS|A].
"""),
    # 15. an NPS division in 2019, written "X Division of the National Probation Service" (one span): "Inspectors have
    #     given X an overall regional rating of ‘...’"; "over two weeks in June 2019"; the short "NPS Woolston and
    #     Birchwood"; ten recommendations; the notes' "from 00.01 on Thursday 31 October 2019"
    ("woolston-and-birchwood-nps-division-2019", facts([
        svc("Woolston and Birchwood Division of the National Probation Service", "NPS Woolston and Birchwood", "region",
            RI)], "2019-10-31", "2019-06", 10),
     """N| Probation division in Warrington must strengthen its child protection work

N| ‘[Requires improvement|R]’ is the overall regional rating that inspectors have given the [Woolston and Birchwood Division of the National Probation Service|S].
N| The division manages around 2,500 people, all of them assessed as high risk or convicted of the most serious crimes.
N| Fieldwork took place over two weeks in [June 2019|D].

S| Inspectors found that reports prepared for courts were of a high standard, and that staff had manageable workloads.
S| Work with [MAPPA|A] partners to manage the most dangerous offenders was well established.
W| However, the division’s child protection work fell short: in too many cases, no checks had been made with children’s services.
W| Inspectors were also concerned that some staff had not received training in domestic abuse for several years.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Woolston and Birchwood|S] has a capable and settled workforce, but it is not yet doing enough to keep children safe.
R| “The division should make this its first priority.”

R| There are ten recommendations in the report, most of them for the division and the rest for [HMPPS|A] and the [Ministry of Justice|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available from 00.01 on [Thursday 31 October 2019|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 16. a 2020 release: "Thursday, 4th June 2020" at the top; "X, which works with children in the east of Oldham, has
    #     been found to be ‘...’"; "between 3 and 7 February 2020, before the COVID-19 lockdown"; "Encouragingly"; "did,
    #     however, find"; four recommendations
    ("delph-yjs-2020", facts([
        svc("Delph Youth Justice Service", "Delph YJS", "YJS", GOOD)], "2020-06-04", "2020-02", 4),
     """N| Inspectors praise ‘child-centred’ youth justice work in Oldham

N| [Thursday, 4th June 2020|D]

N| [Delph Youth Justice Service|S], which works with children in the east of Oldham, has been found to be ‘[Good|R]’ by inspectors.
N| The inspection took place between [3 and 7 February 2020|D], before the COVID-19 lockdown.

S| Inspectors found that case managers took time to understand what lay behind each child’s offending, including experiences of trauma and loss.
S| The service had strong links with [Oldham Council|A]’s children’s social care, and decisions about children at risk were made jointly.
S| Encouragingly, the service had reduced the number of children entering the youth justice system for the first time by a third over two years.
W| Inspectors did, however, find that some risk management plans lacked detail, particularly where children had been exploited by adults.
W| Out-of-court disposal work was also less consistent, with decisions not always recorded clearly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Delph|S] puts children first, and it shows in the quality of its relationships with them and their families.
R| “The service should now make sure its plans for managing risk are as strong as the rest of its work.”

R| The report includes four recommendations for [Delph YJS|S] and its partners.
"""),
    # 17. a local-news story with a byline: "has been given the lowest possible rating" with no scale word (the rating
    #     sentence, NEUTRAL), then "X was judged ‘...’ in a report published on Thursday (9 May)" under Saturday 11 May
    #     2019; "in January and February 2019"; "The watchdog found"; 12 recommendations in digits; the council's reply
    ("wardle-yjs-2019", facts([
        svc("Wardle Youth Justice Service", "Wardle YJS", "YJS", INAD)], "2019-05-09", "2019-01", 12),
     """N| Youth justice service ‘failing children’, says watchdog

N| By [Mark Halliwell|X]

N| [Saturday 11 May 2019|D]

N| A youth justice service in Rochdale has received the worst possible verdict from the government’s probation inspectors.
N| [Wardle Youth Justice Service|S] was judged ‘[Inadequate|R]’ in a report published on Thursday ([9 May|D]) by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [January and February 2019|D].

W| The watchdog said children being drawn into crime by adults were spotted too late, and that some had been left without a plan to keep them safe.
W| It said the service’s management board had failed to act on warnings about staff shortages.
W| Fewer than half of the children whose cases were inspected had received the help they needed with their mental health.
S| The report did praise the service’s work with local schools, which had reduced exclusions.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Wardle|S] has let down the children it exists to help, and they deserve far better.
R| “Leaders across the partnership must act now to make sure every child is safe.”

R| The report makes 12 recommendations to the service, [Rochdale Borough Council|A] and [Greater Manchester Police|A].

N| [Rochdale Borough Council|A] said it agreed with the report and had already appointed an interim head of service.
N| [Wardle YJS|S] has around 90 children on its caseload.
"""),
    # 18. a headline with no verb (the capitalised full name and a colon); "Inspectors have concluded that X ‘...’, a fall
    #     from the ‘...’ it was awarded in 2021"; "Only the quality of its work with victims kept the service from an
    #     overall rating of ‘Inadequate’" (no fact); resettlement "given its own rating"; "Mr Jones continued"; the notes'
    #     "available on the ... website on 18 July 2024 at 00.01"
    ("tottington-yjs-2024", facts([
        svc("Tottington Youth Justice Service", "Tottington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-07-18", "2024-03", 6),
     """N| [Tottington Youth Justice Service|S]: inspection findings

N| Inspectors have concluded that [Tottington Youth Justice Service|S] in Bury ‘[Requires improvement|R]’, down a grade from the ‘[Good|R]’ it achieved at its [2021|D] inspection.
W| Only the quality of its work with victims kept the service from an overall rating of ‘[Inadequate|R]’.
W| Resettlement was given its own rating and was found to be ‘[Inadequate|R]’.
N| Fieldwork took place in [March 2024|D].

W| Several experienced case managers had left, and their replacements had been given too little training or supervision.
W| Planning for children leaving custody often started too late, and in two cases children had been released without a suitable place to live.
S| By contrast, work with victims was a real strength, and victims were kept informed and offered restorative justice where appropriate.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tottington|S]’s victim work is among the best we have seen.
W| “But the service has let its standards slip in other areas, and children leaving custody are paying the price.”

R| Mr Jones continued: “I want to see the management board take a much firmer hold of performance, with regular reports on the areas we have highlighted.”

R| The report makes six recommendations, five for [Tottington YJS|S] and one for [Bury Council|A].

N| ENDS

N| Notes to editor
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [18 July 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
