"""Builds the ninety-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Kent PDUs on a GOV.UK page, the region named before the units: "Inspectors found X to be ‘...’, while Y was
    #    given the lowest possible rating"; fieldwork "in January 2024"; eight recommendations "three for each unit and
    #    two for the region"; the regional director's reply
    ("goudhurst-and-horsmonden-pdus-2024", facts([
        svc("Goudhurst Probation Delivery Unit", "Goudhurst PDU", "PDU", RI),
        svc("Horsmonden Probation Delivery Unit", "Horsmonden PDU", "PDU", INAD)], "2024-05-21", "2024-01", 8),
     """N| Press release

N| Two probation units in the Kent Weald told to improve

N| Reports on probation work in the Weald are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes reports on two units of the [Probation Service – Kent, Surrey and Sussex region|S]: [Goudhurst Probation Delivery Unit|S] and [Horsmonden Probation Delivery Unit|S].
N| Inspectors found [Goudhurst|S] to be ‘[Requires improvement|R]’, while [Horsmonden|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork in both units took place in [January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are neighbouring units with a shared senior manager, yet the experience of someone on probation differs a great deal between them.
S| “In Goudhurst, practitioners understood the people on their caseloads, and their assessments were the better for it.
W| “In Horsmonden, over half of its probation officer posts were unfilled, and newly qualified staff were holding cases well beyond their experience.”

S| Both units had built close working links with [Kent Police|A] through the local integrated offender management scheme.
W| However, home visits were rare in both units, and in a third of the cases inspectors read nobody had checked with children’s social care.

R| The two reports contain eight recommendations, six of them for [Goudhurst PDU|S] and [Horsmonden PDU|S] and two for the region.

N| [Sarah Chapman|X], Regional Probation Director, said: “Both reports make uncomfortable reading, and experienced staff are already moving to Horsmonden.”
"""),
    # 2. two Sussex youth justice services in a local-news story: the reports "published on Tuesday (21 November)" under a
    #    byline of Friday 24 November 2023; "awarded X a ‘...’ rating, but Y was placed at ‘...’"; "In Wivelsfield YJS, by
    #    contrast"; nine recommendations "six for Wivelsfield and three for Cowfold"
    ("cowfold-and-wivelsfield-yjs-2023", facts([
        svc("Cowfold Youth Justice Service", "Cowfold YJS", "YJS", GOOD),
        svc("Wivelsfield Youth Justice Service", "Wivelsfield YJS", "YJS", RI)], "2023-11-21", "2023-09", 9),
     """N| Sussex youth justice teams receive contrasting verdicts

N| By [Tom Elliott|X]

N| [Friday 24 November 2023|D]

N| Inspection reports on [Cowfold Youth Justice Service|S] and [Wivelsfield Youth Justice Service|S] were published on Tuesday ([21 November|D]).
N| [HM Inspectorate of Probation|A] awarded [Cowfold|S] a ‘[Good|R]’ rating, but [Wivelsfield|S] was placed at ‘[Requires improvement|R]’.
N| Both services were inspected in [September 2023|D].

S| Inspectors said [Cowfold YJS|S]’s case managers had, over many months, won the confidence of children and parents alike.
S| They also highlighted the service’s work with [West Sussex County Council|A]’s education team, which had helped almost every child back into learning.
W| [Wivelsfield YJS|S], by contrast, had safety plans that were vague and seldom revisited, the inspectors found.
W| Staff there told inspectors they had not had regular supervision for most of the year.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cowfold|S] and [Wivelsfield|S] have a great deal to learn from each other.
S| “[Cowfold|S] shows what can be achieved when leaders keep children at the centre of every decision.”

R| The reports make nine recommendations between them, six for [Wivelsfield|S] and three for [Cowfold|S].

N| A spokesperson for [East Sussex County Council|A] said the council would set out its response in an action plan.
"""),
    # 3. a unit inside its region on a justiceinspectorates news item, the region in the first sentence and in the notes,
    #    with the region's own 2023 rating as context; "has been judged ‘...’ by"; "Mr Jones continued"; fieldwork "in
    #    October 2024"; seven recommendations "five for Chiddingfold PDU and two for the regional leadership"
    ("chiddingfold-pdu-2025", facts([
        svc("Chiddingfold Probation Delivery Unit", "Chiddingfold PDU", "PDU", INAD)], "2025-02-20", "2024-10", 7),
     """N| News

N| Inspectors find a probation unit in south-west Surrey ‘[Inadequate|R]’

N| [20 February 2025|D]

N| [Chiddingfold Probation Delivery Unit|S], which belongs to the [Kent, Surrey and Sussex probation region|S], is ‘[Inadequate|R]’, [HM Inspectorate of Probation|A] has concluded.
N| Inspectors gave the region as a whole ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors visited the unit in [October 2024|D] and looked closely at 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chiddingfold|S]’s staff are working hard, but too many of them are inexperienced, and managers are stretched too thinly to guide them.
W| “In nearly two thirds of the cases we read, too little was done to keep victims of domestic abuse safe.”

W| Mr Jones continued: “People on licence were sometimes recalled to prison without any attempt to address the problems behind their behaviour.”
S| Inspectors commended the unit’s unpaid work scheme, which had found placements with local charities across a largely rural area.
W| Information about domestic incidents was requested from [Surrey Police|A] in under half the cases where it was needed.

R| The report makes seven recommendations, five for [Chiddingfold PDU|S] and two for the regional leadership.

N| ENDS

N| Notes to editors
N| 1. [Chiddingfold PDU|S] covers the south-west corner of Surrey and belongs to the [Kent, Surrey and Sussex region|S].
"""),
    # 4. a GOV.UK page: "has been judged to be ‘...’ by"; resettlement "rated separately and found to be ‘...’"; fieldwork
    #    "The inspection took place in March 2024"; "should be proud"; three recommendations "including that ..."
    ("selborne-yjs-2024", facts([
        svc("Selborne Youth Justice Service", "Selborne YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-07-09", "2024-03", 3),
     """N| Press release

N| ‘[Outstanding|R]’ rating for youth justice work in east Hampshire

N| Inspectors publish their findings on [Selborne Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2024|D]

N| [Selborne Youth Justice Service|S] has been judged to be ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [March 2024|D].
S| Resettlement work, which has its own rating, came out as ‘[Good|R]’.

S| Inspectors were impressed by the depth of [Selborne YJS|S]’s knowledge of each child, from their family history to their hopes for the future.
S| Leaders and the management board had a clear shared vision, and partners from [Hampshire Constabulary|A] and health services attended board meetings regularly.
S| Work with children outside the court system stood out, with help offered quickly and most children not going on to offend again.
W| However, inspectors found that some children’s plans for leaving custody were agreed only days before release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Selborne|S] never loses sight of the child.
S| “Staff, managers and board members alike can take real pride in this result.”

R| There are three recommendations, among them that the service and [HM Prison and Probation Service|A] start resettlement planning earlier.
"""),
    # 5. a Probation Trust in 2013, before ratings: the verdict in the first sentence ("is making good progress ... but
    #    needs to do more"), percentage scores, "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" bullet lists; "Published: 15 May 2013"; "The inspection ... was carried out in January
    #    2013"; six recommendations
    ("wrotham-and-eastry-probation-trust-2013", facts([
        svc("Wrotham and Eastry Probation Trust", "Wrotham and Eastry Probation Trust", "other", None)],
        "2013-05-15", "2013-01", 6),
     """N| Inspection of offender management in Wrotham and Eastry

N| Published: [15 May 2013|D]

W| [Wrotham and Eastry Probation Trust|S] does well at cutting reoffending but needs to do more to protect the public, according to inspectors from [HM Inspectorate of Probation|A], who published their findings today.
N| The inspection, which looked at 70 cases, was carried out in [January 2013|D].

N| Inspectors were pleased to find that:
S| • the Trust scored 78% for its work to reduce the likelihood of reoffending;
S| • most offenders were given a first appointment within days of sentence and helped draw up their own sentence plans;
S| • joint work with the police meant that prolific offenders were closely supervised.

N| However, inspectors were concerned to find that:
W| • the Trust scored only 63% for work to protect the public;
W| • assessments of risk of harm were often late or lacked detail;
W| • few home visits were made, including in domestic abuse cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust has enthusiastic staff who know their offenders well.
R| “Public protection now has to be given the priority that reoffending has had.”

R| The report makes six recommendations.

N| ENDS
"""),
    # 6. a CRC in 2018 owned by a named provider: "found X (CRC), run by ..., to be ‘...’ overall"; unpaid work "assessed
    #    separately and rated ‘...’"; "Inspectors were on site in August 2018"; Dame Glenys Stacey; a partner prison; seven
    #    recommendations "five for the CRC and Purple Futures and two for HM Prison and Probation Service"
    ("tongham-and-tilford-crc-2018", facts([
        svc("Tongham and Tilford Community Rehabilitation Company", "Tongham and Tilford CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-12-13", "2018-08", 7),
     """N| Probation company given ‘[Requires improvement|R]’ rating

N| [Thursday 13 December 2018|D]

N| [HM Inspectorate of Probation|A] found that [Tongham and Tilford Community Rehabilitation Company|S] (CRC) ‘[Requires improvement|R]’ overall.
N| The CRC is one of those owned by [Purple Futures|A].
W| Unpaid work was assessed separately and rated ‘[Inadequate|R]’.
N| Inspectors were on site in [August 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Tongham and Tilford CRC|S] has a committed workforce and some thoughtful managers.
W| “But the quality of supervision is too variable, and people convicted of domestic abuse are not always given the help they need to change.”

W| Inspectors found that a third of the unpaid work hours ordered by the courts in the previous year had not been completed.
S| The CRC’s work with people leaving [HMP Coldingley|S] was well planned, with housing arranged before release in most cases.
W| Caseloads were high, with some officers responsible for more than 70 people.

R| There are seven recommendations: five for [Tongham and Tilford CRC|S] and [Purple Futures|A], two for [HMPPS|A].

N| A [Purple Futures|A] spokesperson said the company would study the report closely.
"""),
    # 7. an NPS division in 2019 written "the X division of the National Probation Service": "has been judged ‘...’ overall
    #    by"; "Published: 3 Oct 2019"; "Inspectors visited the division in June 2019"; the short "NPS Bloxham and Quainton";
    #    five recommendations "to the division and to HMPPS"
    ("bloxham-and-quainton-nps-division-2019", facts([
        svc("Bloxham and Quainton division of the National Probation Service", "NPS Bloxham and Quainton", "region",
            GOOD)], "2019-10-03", "2019-06", 5),
     """N| Probation division in Oxfordshire and Buckinghamshire judged ‘[Good|R]’

N| Published: [3 Oct 2019|D]

N| The [Bloxham and Quainton division of the National Probation Service|S] is ‘[Good|R]’ overall, [HM Inspectorate of Probation|A] has found.
N| Inspectors visited the division in [June 2019|D], examining 120 cases across its offices.

S| Inspectors found leaders who were visible and well respected, and staff who felt supported.
S| Advice to magistrates and judges was thorough and delivered on time in almost every case.
W| Work to protect victims was weaker: in a quarter of relevant cases, victims had not been offered the contact scheme they were entitled to.
W| Staff in several offices were carrying caseloads that they described as unmanageable.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Bloxham and Quainton|S] knows where it is going, and it is run well.
R| “It should now make sure that every eligible victim is told about the victim contact scheme at the earliest opportunity.”

R| Inspectors have made five recommendations to the division and to [HMPPS|A].
"""),
    # 8. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #    the region in a bullet; "Published: 11 Dec 2025"; fieldwork "between 15 and 19 September 2025"; four
    #    recommendations
    ("elstead-pdu-2025", facts([
        svc("Elstead Probation Delivery Unit", "Elstead PDU", "PDU", None)], "2025-12-11", "2025-09", 4),
     """N| Skip to content

N| Inspectors report on public protection work in Elstead

N| Published: [11 Dec 2025|D]

N| [HM Inspectorate of Probation|A]’s public protection inspection of [Elstead Probation Delivery Unit|S] is published today.
N| Inspections in this programme are not rated.
N| The fieldwork took place between [15 and 19 September 2025|D].

N| Context
N| • [Elstead PDU|S] is run by [Probation Service – Kent, Surrey and Sussex region|S].
N| • About one in three people on its caseload have committed domestic abuse offences.

N| Findings
W| • Risk assessments were completed on time but too often took the person’s own account at face value, without checking.
W| • Practitioners did not routinely ask [Surrey Police|A] for domestic abuse information at the start of an order.
S| • Work under [MAPPA|A] was of a high standard, and the most dangerous people were closely monitored.
S| • Managers reviewed high-risk cases regularly, and their oversight was clearly recorded.

R| Four recommendations are made: three to the unit, one to the region.
"""),
    # 9. a GOV.UK page with a lower-case headline name and a standfirst: "has rated X as ‘Requires Improvement’" (capital
    #    I); "In only 9 of the 22 cases"; "I urge the management board"; six recommendations
    ("droxford-yjs-2022", facts([
        svc("Droxford Youth Justice Service", "Droxford YJS", "YJS", RI)], "2022-09-15", "2022-05", 6),
     """N| Press release

N| [Droxford youth justice service|S] ‘must improve its work to keep children safe’

N| Inspectors found the service ‘[Requires Improvement|R]’ after visiting in the spring.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 September 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Droxford Youth Justice Service|S] as ‘[Requires Improvement|R]’.
N| Inspectors carried out their fieldwork in [May 2022|D].

S| The service’s staff were described as caring and knowledgeable, and children spoke warmly about the support they received.
S| Partnership work with [Hampshire County Council|A]’s children’s services was strong.
W| But inspectors found that too few assessments considered how a child might pose a risk to others.
W| Case managers also lacked professional curiosity, accepting what they were told without checking with other agencies.
W| In only 9 of the 22 cases inspected did the child have a sound safety plan.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Droxford|S] has a dedicated team who plainly care about the young people in their charge.
W| “However, good intentions are not enough if risks are missed.
R| “I urge the management board to give staff the training and supervision they need to get this right.”

R| Six recommendations are made, five for [Droxford YJS|S] and one for [Hampshire Constabulary|A].
"""),
    # 10. a 2021 release with a date line: the headline's lower-case "Hambledon youth justice team"; "the inspection was
    #     carried out remotely in January 2021"; "Assessments were thorough in 20 of the 24 cases"; "This is a good service"
    #     (lower case, not a rating); four recommendations; the council's thanks
    ("hambledon-yjs-2021", facts([
        svc("Hambledon Youth Justice Service", "Hambledon YJS", "YJS", GOOD)], "2021-04-29", "2021-01", 4),
     """N| ‘[Good|R]’ rating for [Hambledon youth justice team|S]

N| [Thursday 29 April 2021|D]

N| [Hambledon Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [January 2021|D] because of the pandemic.

S| Inspectors found a stable, experienced team that had kept up regular contact with children through the lockdowns.
S| Assessments were thorough in 20 of the 24 cases inspected, and they took account of children’s own views.
S| Joint work between [Hambledon YJS|S] and [Surrey Police|A] kept many children away from the courts.
W| Inspectors were disappointed to find that children’s health needs were not always identified early, as access to [CAMHS|A] was slow.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hambledon|S] is a good service with ambitious leaders.
R| “I would now like to see the partnership work with health colleagues to speed up access to mental health support.”

R| The report makes four recommendations.

N| [Surrey County Council|A] thanked staff and partners for their work during a difficult year.
"""),
    # 11. a youth offending service on the Isle of Wight in 2019: "has been given the lowest possible rating, ‘...’, by";
    #     "Published: Wednesday 4 December 2019"; "for a week in August 2019"; "Despite these problems, ..."; eleven
    #     recommendations in digits, "nine for Brighstone YOS and its board and two for the Isle of Wight Council"
    ("brighstone-yos-2019", facts([
        svc("Brighstone Youth Offending Service", "Brighstone YOS", "YJS", INAD)], "2019-12-04", "2019-08", 11),
     """N| Youth offending service on the Isle of Wight rated ‘[Inadequate|R]’

N| Published: [Wednesday 4 December 2019|D]

N| [Brighstone Youth Offending Service|S] (YOS) has received ‘[Inadequate|R]’, the lowest of the four ratings [HM Inspectorate of Probation|A] can give.
N| Inspectors visited the service for a week in [August 2019|D].

W| The management board met only rarely, and several of its members told inspectors they did not understand their role.
W| Referrals to the [Multi-Agency Safeguarding Hub|A] were not always made for children at risk of exploitation, inspectors found.
W| In 11 of the 20 cases inspected, the assessment of risk to the child was not good enough.
S| Despite these problems, inspectors found that case managers were committed and that most children had at least one adult at the service whom they trusted.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This YOS has been let down by weak leadership and a board that did not ask enough questions.
R| “Leaders on the island must act quickly so that children are kept safe.”

R| There are 11 recommendations in the report, nine for [Brighstone YOS|S] and its board and two for the [Isle of Wight Council|A].

N| The [Isle of Wight Council|A] has accepted all of the recommendations.
"""),
    # 12. a justiceinspectorates news item with a date line, no service in the headline: "The overall verdict on X is
    #     ‘...’"; resettlement "inspected and rated as a separate standard, was ‘...’"; "Fieldwork for this inspection took
    #     place in November 2024"; six recommendations "including one for HM Prison and Probation Service"
    ("smarden-yjs-2025", facts([
        svc("Smarden Youth Justice Service", "Smarden YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-03-18", "2024-11", 6),
     """N| News

N| Youth justice inspection: more help needed for children leaving custody

N| [18 March 2025|D]

N| The overall verdict on [Smarden Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Its resettlement work, inspected and rated as a separate standard, was ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [November 2024|D].

S| The partnership between [Smarden YJS|S] and [Kent County Council|A]’s education services was strong, and most children were in school or training.
S| Out-of-court work was well organised and led by an experienced practitioner.
W| Children coming out of custody, however, were often unsure of their housing until they walked out of the gate.
W| Inspectors also found that plans for managing a child’s risk to others were too often copied forward from earlier assessments.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Smarden|S]’s staff are plainly fond of the children on their caseloads, but that care is not yet matched by the quality of planning.
R| “Leaders must make resettlement a priority: every child should have a home and a plan before the day they are released.”

R| Six recommendations are made, one of them for [HM Prison and Probation Service|A].
"""),
    # 13. a council page: "Posted: Wednesday, 7th June 2023"; "has been rated ‘Good’ in its latest inspection, an
    #     improvement on the ‘...’ it was given in 2019"; "carried out by ... in February 2023"; the councillor's reply
    #     before the chief inspector's words; three recommendations
    ("ockley-yjs-2023", facts([
        svc("Ockley Youth Justice Service", "Ockley YJS", "YJS", GOOD)], "2023-06-07", "2023-02", 3),
     """N| Youth justice service praised by inspectors

N| Posted: [Wednesday, 7th June 2023|D]

N| [Ockley Youth Justice Service|S] has been rated ‘[Good|R]’ in its latest inspection, up from ‘[Requires improvement|R]’ in [2019|D].
N| The inspection was carried out by [HM Inspectorate of Probation|A] in [February 2023|D].

S| The watchdog found that [Ockley YJS|S] had acted on every recommendation from its previous inspection.
S| It praised the service’s work with victims, saying their views were sought and taken into account in almost all cases.
S| Inspectors also highlighted strong links with [Surrey Police|A] and local schools.
W| The report said that speech and language screening was not yet offered to every child.

N| Councillor [Clare Dunmore|X], cabinet member for children, said: “We are delighted with this result, which reflects the hard work of our staff.”
S| The report quotes [Martin Jones|X], HM Chief Inspector of Probation: “[Ockley|S] has made real progress and should be proud of the difference it is making.”

R| The report contains three recommendations for further improvement.
"""),
    # 14. a GOV.UK page for a PDU: "(PDU) has been rated ‘...’ by"; "examined the PDU’s work in June 2022"; "around a
    #     quarter of probation officer posts unfilled"; the region in the notes; seven recommendations
    ("charlwood-pdu-2022", facts([
        svc("Charlwood Probation Delivery Unit", "Charlwood PDU", "PDU", RI)], "2022-10-27", "2022-06", 7),
     """N| Press release

N| Probation delivery unit in Surrey rated ‘[Requires improvement|R]’

N| Inspectors find a mixed picture at [Charlwood Probation Delivery Unit|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 October 2022|D]

N| [Charlwood Probation Delivery Unit|S] (PDU) has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors examined the PDU’s work in [June 2022|D], reading 45 cases.

S| Inspectors were impressed by the women-only provision that the unit runs with a local charity.
S| Leaders had a good understanding of the unit’s strengths and weaknesses.
W| However, vacancies were high, with around a quarter of probation officer posts unfilled.
W| Across more than half the cases inspected, too little had been done to keep other people safe.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Charlwood|S]’s leaders know what needs to change, but staff shortages have made progress slow.
R| “The region must give the unit the support it needs to recruit and keep experienced staff.”

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. [Charlwood PDU|S] covers part of Mole Valley for the [Probation Service – Kent, Surrey and Sussex region|S].
N| 2. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 15. the rating in curly quotes in a headline with no service: "Inspectors have judged X to be ‘...’ overall"; "Their
    #     fieldwork took place in May 2024"; "Worryingly"; "I call on the partnership"; eight recommendations; the notes'
    #     "at 00.01 on 10 September 2024"
    ("harrietsham-yjs-2024", facts([
        svc("Harrietsham Youth Justice Service", "Harrietsham YJS", "YJS", INAD)], "2024-09-10", "2024-05", 8),
     """N| ‘[Inadequate|R]’ rating for youth justice work in mid Kent

N| [Tuesday 10 September 2024|D]

N| Inspectors have judged [Harrietsham Youth Justice Service|S] to be ‘[Inadequate|R]’ overall.
N| Their fieldwork took place in [May 2024|D].

W| The report describes a service under strain: caseloads were too high, and several case managers had left in the previous year.
W| Worryingly, inspectors found that the service had not spotted that some children were being exploited by criminal gangs.
W| The management board received reports but rarely challenged what it was told.
S| Positively, [Harrietsham YJS|S]’s work with victims was of a high standard, and restorative justice was offered in every suitable case.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Harrietsham deserve much better than this.
R| “I call on the partnership to put a clear improvement plan in place without delay.”

R| Inspectors made eight recommendations, including two for [Kent Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [10 September 2024|D].
"""),
    # 16. a 2020 release with a dash headline and no rating in it: "Tuesday, 14th July 2020"; "has received an overall
    #     rating of ‘...’ from"; fieldwork "between 2 and 6 March 2020"; "I am encouraged by", "a creditable focus"; five
    #     recommendations "four for the service and one for East Sussex County Council"
    ("robertsbridge-yjs-2020", facts([
        svc("Robertsbridge Youth Justice Service", "Robertsbridge YJS", "YJS", GOOD)], "2020-07-14", "2020-03", 5),
     """N| [Robertsbridge Youth Justice Service|S] – inspection report

N| [Tuesday, 14th July 2020|D]

N| [Robertsbridge Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| Inspectors spent [9 to 13 March 2020|D] with the service, days before the country went into lockdown.

S| Inspectors found that the service understood the children it worked with and planned carefully around their needs.
S| Case managers were skilled at building relationships, and children told inspectors that their views were taken seriously.
W| However, joint work with [Sussex Police|A] on the danger some children posed to others lacked coordination.
W| Some children were not given enough help to prepare for adult life, and links with the [National Probation Service|A] for those turning 18 were weak.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Robertsbridge|S]’s results are encouraging.
S| “There is a creditable focus on the needs of children, and leaders have laid solid foundations for the future.”

R| There are five recommendations: four for [Robertsbridge YJS|S], one for [East Sussex County Council|A].
"""),
    # 17. a local-news story in 2018: the report "published on Tuesday (4 December)" under a byline of Saturday 8 December
    #     2018; "places X in the ‘...’ category"; "spent a week in the service in September 2018"; "the watchdog found";
    #     recommendations with no count (null); the council's reply
    ("rudgwick-yjs-2018", facts([
        svc("Rudgwick Youth Justice Service", "Rudgwick YJS", "YJS", RI)], "2018-12-04", "2018-09", None),
     """N| Youth justice service told it must improve

N| By [Helen Marsh|X]

N| [Saturday 8 December 2018|D]

N| The watchdog’s report, published on Tuesday ([4 December|D]), places [Rudgwick Youth Justice Service|S] in the second-lowest category, ‘[Requires improvement|R]’.
N| A team from [HM Inspectorate of Probation|A] was with the service for a week in [September 2018|D].

S| The watchdog found that children were seen quickly after sentence and that staff were knowledgeable and committed.
S| It also praised [Rudgwick YJS|S]’s work with local schools.
W| But inspectors said assessments often failed to consider the safety of other people, including family members.
W| They also found that too few children were getting help with their emotional and mental health.

N| [West Sussex County Council|A] said in a statement: “We welcome the report and are already working on the areas the inspectors highlighted.”
R| The report contains recommendations for the service and its partners, which the council said it would address through an action plan.
"""),
    # 18. a GOV.UK page: "has been rated ‘...’"; "Only its strong work on out-of-court disposals saved the service from an
    #     overall rating of ‘Inadequate’" (no fact); "Inspectors visited in December 2023"; six recommendations "four for
    #     Aldermaston YJS and two for West Berkshire Council"
    ("aldermaston-yjs-2024", facts([
        svc("Aldermaston Youth Justice Service", "Aldermaston YJS", "YJS", RI)], "2024-04-30", "2023-12", 6),
     """N| Press release

N| Youth justice service in West Berkshire must improve, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [30 April 2024|D]

N| [Aldermaston Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited in [December 2023|D].
W| Only its strong work on out-of-court disposals kept the service’s overall rating above ‘[Inadequate|R]’.

S| Out-of-court work was well led, and children diverted from court rarely went on to reoffend.
W| In court cases, however, assessments were often incomplete and did not consider the child’s safety.
W| The health offer had gaps: no speech and language therapist had been in post for over a year.
W| Morale was low, staff said, and managers were hard to reach.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aldermaston|S]’s diversion team has shown what the service can do, but the same standard is missing from the rest of its work.
R| “The board and managers must now ensure that every child receives a careful assessment, whichever route they take through the system.”

R| The report makes six recommendations, four for [Aldermaston YJS|S] and two for [West Berkshire Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
