"""Builds the fifty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Wigan-borough PDUs in one GOV.UK release, the Greater Manchester region named first; "Tyldesley lands at ‘...’
    #    while Hindley sits a grade lower"; fieldwork "10 - 14 June 2024"; notes "at 00.01 on Tuesday 17 September 2024"
    ("tyldesley-and-hindley-pdus-2024", facts([
        svc("Tyldesley Probation Delivery Unit", "Tyldesley PDU", "PDU", RI),
        svc("Hindley Probation Delivery Unit", "Hindley PDU", "PDU", INAD)], "2024-09-17", "2024-06", 8),
     """N| Press release

N| Wigan borough probation units: one told to improve, one found failing

N| From: [HM Inspectorate of Probation|A]

N| Two delivery units from the [Probation Service – Greater Manchester region|S], [Tyldesley Probation Delivery Unit|S] and [Hindley Probation Delivery Unit|S], have been looked at side by side by the inspectorate.
N| [Tyldesley|S] lands at ‘[Requires improvement|R]’ while [Hindley|S] drops one further, to ‘[Inadequate|R]’.
N| Both offices were visited [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Hindley said bluntly that they were overwhelmed, and the files bore that out.
W| “Domestic abusers were hardly ever visited at home now, and safeguarding checks with [Wigan Council|A] were chased up late or not at all.”

S| By contrast, [Tyldesley PDU|S]’s senior probation officers met their teams weekly and reviewed every high-risk case in person.
S| Joint offender management with [Greater Manchester Police|A] stood out as a real asset in both units.
W| Even so, in only 14 of the 36 [Tyldesley|S] cases examined had the risk to known adults been properly considered.

R| Eight recommendations are spread over both reports, with [Hindley|S] receiving five.

N| ENDS

N| Notes to editors
N| 1. Both reports come out at 00.01 on [Tuesday 17 September 2024|D].
"""),
    # 2. a Rochdale council news page, "12/03/2024"; "has been graded ‘Good’"; resettlement "scored separately" at
    #    ‘Outstanding’; the 2021 rating beside it; fieldwork "took place in November 2023"; four recommendations
    ("littleborough-yjs-2024", facts([
        svc("Littleborough Youth Justice Service", "Littleborough YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-03-12", "2023-11", 4),
     """N| Council news

N| [12/03/2024|D]

N| ‘[Good|R]’ verdict for Littleborough’s youth justice team

N| [His Majesty’s Inspectorate of Probation|A] gives [Littleborough Youth Justice Service|S] a grade of ‘[Good|R]’, which improves on the ‘[Requires improvement|R]’ of [2021|D].
S| Work to resettle children leaving custody was scored separately and reached the top mark, ‘[Outstanding|R]’.
N| The visit by inspectors took place in [November 2023|D].

S| Case workers are described as persistent in keeping contact with children, even when appointments are missed again and again.
S| Links with [Rochdale Borough Council|A]’s education team meant that most children on the caseload were back in a classroom within weeks.
W| However, the watchdog found that victims did not always get a say in reparation, and some risk plans stayed unchanged when fresh information arrived.

R| There are four recommendations for the partnership board to take forward.

N| Councillor [Helen Ashworth|X], portfolio holder for children, said: “My thanks go to every member of the team for their hard work.
N| “An action plan responding to the report will follow.”
"""),
    # 3. a Tameside local-paper story, "published today (Wednesday, 19 July)"; "handed a ‘Requires improvement’ grade";
    #    out-of-court disposals given their own mark, ‘Good’; written-out "youth offending team"; six recommendations
    ("droylsden-yot-2023", facts([
        svc("Droylsden youth offending team", "Droylsden YOT", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2023-07-19", "2023-03", 6),
     """N| [Droylsden youth offending team|S] must ‘tighten up’ on safety, say inspectors

N| By [Gareth Pilling|X]

N| Today’s report ([Wednesday, 19 July|D]) hands the [Droylsden youth offending team|S] a ‘[Requires improvement|R]’ grade.
N| The fieldwork was done over a week in [March 2023|D].
S| Its work with children diverted away from court was marked on its own and came out as ‘[Good|R]’.

W| The watchdog said staff were not doing enough to notice children being groomed by drug gangs.
W| Case records were sometimes weeks behind, which left new workers unsure what had already been tried.
S| On the plus side, the team’s in-house speech therapist won praise, and children said their workers treated them with respect.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is commitment here, but children’s and the public’s safety must come first, and at present it does not always.”

R| The [Droylsden YOT|S] and its partners, among them [Tameside Council|A] and [Greater Manchester Police|A], are given six recommendations.

N| A spokesperson for [Tameside Council|A] said the borough accepted what inspectors had found.
"""),
    # 4. a 2013 Probation Trust report with percentage scores and "pleased to find" / "concerned" bullet lists; no
    #    overall rating; "Published: 5 Jun 2013"; fieldwork "in October and November 2012"; five recommendations
    ("barnoldswick-and-earby-probation-trust-2013", facts([
        svc("Barnoldswick and Earby Probation Trust", "Barnoldswick and Earby Probation Trust", "other", None)],
        "2013-06-05", "2012-10", 5),
     """N| Adult offender management inspection in Barnoldswick and Earby

N| Published: [5 Jun 2013|D]

N| [HM Inspectorate of Probation|A] examined a sample of cases supervised by [Barnoldswick and Earby Probation Trust|S], visiting during [October and November 2012|D].
S| Efforts to cut reoffending achieved a score of 78%, among the better results seen in the north west.
W| Work to protect the public fared less well at 64%, and harm reduction managed only 61%.

N| Inspectors were pleased to find that:
S| offender managers were well acquainted with those on their caseloads and met them often;
S| sentence plans were clear and drawn up promptly in most cases;
S| close links with [Lancashire Constabulary|A] supported the prolific offender scheme.

N| However, inspectors were concerned to find that:
W| assessments of harm were frequently unfinished or simply copied over from previous versions;
W| violent offenders were seldom visited at home.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has reason for encouragement in most of our findings.
R| “Public protection must now receive the same care from its managers as everything else.”

R| We made five recommendations.
"""),
    # 5. a CRC in 2019 "owned by Purple Futures": "is ‘Inadequate’ overall, ... has concluded"; "Thursday, 11th July 2019";
    #    fieldwork "between 4 and 8 March 2019"; the NPS division beside it; seven recommendations
    ("kearsley-and-walkden-crc-2019", facts([
        svc("Kearsley and Walkden Community Rehabilitation Company", "Kearsley and Walkden CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-07-11", "2019-03", 7),
     """N| [Thursday, 11th July 2019|D]

N| Probation company in Salford and Bolton found wanting

N| [Kearsley and Walkden Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], is ‘[Inadequate|R]’ overall, [HM Inspectorate of Probation|A] has concluded.
W| Unpaid work, which inspectors judged separately, also fell short at ‘[Requires improvement|R]’.
N| The inspection ran from [4 to 8 March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a CRC stretched to breaking point.
W| “Some probation officers held over 80 cases each, and for too many people supervision meant little more than an occasional phone call.”

W| Inspectors found little sign that staff were asking police whether they had been called out to domestic incidents.
S| They did praise the company’s women’s centre in Walkden, where women could get practical advice on money, housing and mental health.
N| This inspection did not cover the local division of the [National Probation Service|A], which works alongside the CRC.

R| Of the seven recommendations, two go to [Purple Futures|A] and one to [HM Prison and Probation Service|A].
"""),
    # 6. a unit inside its region, remote fieldwork in 2021; "judged to be in the lowest category"; the region's earlier
    #    rating as context; notes "Date of publication: 12 October 2021"; six recommendations
    ("standish-pdu-2021", facts([
        svc("Standish Probation Delivery Unit", "Standish PDU", "PDU", INAD)], "2021-10-12", "2021-07", 6),
     """N| [Greater Manchester probation region|S]: Standish unit ‘in serious difficulty’

N| [Standish Probation Delivery Unit|S], within the [Probation Service – Greater Manchester region|S], has been judged to fall into the lowest category, ‘[Inadequate|R]’.
N| Fieldwork was remote, in [July 2021|D], as pandemic restrictions were still in place.

W| Inspectors found half of all probation officer roles there vacant or staffed through agencies.
W| Children’s safety got proper weight in just 9 of the 27 cases examined.
S| Despite the pressures, staff spoke warmly of their line managers and said they felt listened to.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Standish residents deserve a safer service than the one we found.
R| “Regional leaders need to give this unit extra staff and close support until it is back on its feet.”

R| Six recommendations are made, with four directed to the [Probation Service|A]’s Greater Manchester regional director.

N| Notes to editors
N| 1. Date of publication: [12 October 2021|D].
N| 2. A probation delivery unit is a local team that supervises adults serving community orders or released on licence.
"""),
    # 7. a 2025 public-protection inspection with "Context" and "Findings" bullets, no rating; "Published:" empty line
    #    after "Skip to content"; the date in the notes; three recommendations
    ("orrell-pdu-2025", facts([
        svc("Orrell Probation Delivery Unit", "Orrell PDU", "PDU", None)], "2025-11-18", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: Orrell Probation Delivery Unit

N| Published:

N| Context
N| [Orrell Probation Delivery Unit|S] covers the western side of Wigan borough and supervises around 900 people.
N| Fieldwork for this inspection took place in [September 2025|D].

N| Findings
S| Practitioners were confident in spotting signs of domestic abuse and made prompt referrals to [Greater Manchester Police|A].
W| Where a child lived at the address, a home visit did not always happen.
W| Information from the [Multi-Agency Safeguarding Hub|A] was sometimes received but then not used in the plan.

R| [Orrell PDU|S] receives three recommendations from the inspectorate.

N| Notes to editors
N| This report was published on [18 November 2025|D].
"""),
    # 8. an Outstanding YJS: "awarded the highest possible mark"; "Published: 26 Feb 2025"; fieldwork "in October and
    #    November 2024"; "Y&JS" and "YJS" switching; two recommendations
    ("adlington-yjs-2025", facts([
        svc("Adlington Youth Justice Service", "Adlington YJS", "YJS", OUT)], "2025-02-26", "2024-10", 2),
     """N| ‘[Outstanding|R]’ youth justice work in Adlington

N| Published: [26 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has given [Adlington Youth Justice Service|S] its top mark of all, ‘[Outstanding|R]’.
N| The inspectors’ visits spanned [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Each child whose file we opened had a plan that made sense to them and to their family.
S| “Leaders at [Adlington|S] know their children, know their staff, and never stop asking how the work could be better.”

S| Encouragingly, reoffending among children supervised by the [Adlington Y&JS|S] had come down three years running.
S| The service’s partnership with [Lancashire Constabulary|A] and [Lancashire County Council|A] meant children arrested late at night were rarely kept in a cell until morning.
W| Work with victims was the single area needing development, where contact was sometimes delayed.

R| Both of the two recommendations concern what is offered to victims.
"""),
    # 9. two Hyndburn youth offending services in one 2019 local-news story, ratings in the other order; "published on
    #    Tuesday (14 May)"; fieldwork "The inspections, which took place in January 2019"; "five for ... and four for"
    ("great-harwood-and-clayton-le-moors-yos-2019", facts([
        svc("Great Harwood Youth Offending Service", "Great Harwood YOS", "YJS", RI),
        svc("Clayton-le-Moors Youth Offending Service", "Clayton-le-Moors YOS", "YJS", GOOD)], "2019-05-14", "2019-01", 9),
     """N| Mixed verdict for Hyndburn’s youth offending services

N| Inspection reports on [Great Harwood Youth Offending Service|S] and [Clayton-le-Moors Youth Offending Service|S] were published on Tuesday ([14 May|D]).
N| The inspections, which took place in [January 2019|D], gave [Clayton-le-Moors|S] a ‘[Good|R]’ and [Great Harwood|S] a ‘[Requires improvement|R]’.

S| Inspectors said [Clayton-le-Moors|S] had a stable, experienced workforce, and its management board asked hard questions.
W| In Great Harwood, by contrast, the board kept meeting yet rarely changed anything.
W| Safety planning for potential victims was too thin in over half the [Great Harwood YOS|S] cases reviewed.
S| Both services were commended for how quickly they found school places for excluded children.

N| [Sarah Hollings|X], the inspectorate’s Director of Operations, said: “These are two neighbouring services at different points on the journey.”

R| Nine recommendations were made, five for [Great Harwood|S] and four for [Clayton-le-Moors|S].

N| [Lancashire County Council|A] said it would help both services act on the recommendations.
"""),
    # 10. a YJS that dropped from 'Good' to 'Inadequate'; local-news byline "Thursday 17 October 2024", report out
    #     "on Tuesday"; fieldwork "in June 2024"; no recommendation count (null)
    ("irlam-yjs-2024", facts([
        svc("Irlam Youth Justice Service", "Irlam YJS", "YJS", INAD)], "2024-10-15", "2024-06", None),
     """N| [Irlam youth justice service|S] slumps to bottom grade

N| [Thursday 17 October 2024|D]

N| [Irlam Youth Justice Service|S] has fallen to ‘[Inadequate|R]’, according to a report released by the probation inspectorate on Tuesday, having held ‘[Good|R]’ since its previous inspection in [2020|D].
N| Inspectors were in the service in [June 2024|D].

W| Children in danger of exploitation were often not picked up until after they had been arrested.
W| Managers had not noticed that a quarter of assessments had never been countersigned.
W| Sadly, several children told inspectors they had no idea who their case worker was.
S| The service’s new education worker had, however, helped a handful of children back into college.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “How disappointing to see a service that was once doing well fall so far.
R| “Salford’s leaders must act without delay to bring in stable management and a clear plan.”

N| [Salford City Council|A] said an improvement board had already been set up.
"""),
    # 11. a youth justice team on the justiceinspectorates site: "Published: 8 Aug 2023"; fieldwork "The inspection,
    #     which took place in April 2023"; "sits at ‘Requires improvement’"; "Y&JT"/"YJT"; seven recommendations
    ("milnrow-yjt-2023", facts([
        svc("Milnrow Youth Justice Team", "Milnrow YJT", "YJS", RI)], "2023-08-08", "2023-04", 7),
     """N| News

N| [Milnrow Youth Justice Team|S]: inspection report

N| Published: [8 Aug 2023|D]

N| [Milnrow Youth Justice Team|S] sits at ‘[Requires improvement|R]’, second from bottom of four grades.
N| The inspection, which took place in [April 2023|D], examined 30 cases.

S| Inspectors were impressed with the team’s health offer: a nurse and a psychologist were based in the office every week.
W| While staff were committed and caring, their plans seldom said how the risk to other people would be reduced.
W| Out-of-court decisions were made by a panel that rarely heard from the victim.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Milnrow YJT|S] has some strong foundations to build on.
R| “The board now needs to hold every partner to account for their part in keeping children safe.”

R| Seven recommendations follow; five are for the team and two are for [Rochdale Borough Council|A].
"""),
    # 12. a YJS page with licence boilerplate; "is rated good" lower case; the date in the notes with "at 00.01";
    #     fieldwork "between 17 and 21 February 2025" in the notes; six recommendations
    ("thornton-cleveleys-yjs-2025", facts([
        svc("Thornton-Cleveleys Youth Justice Service", "Thornton-Cleveleys YJS", "YJS", GOOD)], "2025-06-10", "2025-02", 6),
     """N| This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.

N| A solid start for youth justice in Thornton-Cleveleys

N| [Thornton-Cleveleys Youth Justice Service|S] is rated [good|R] in its first inspection since it was set up.

S| Inspectors praised its staff for their tenacity in keeping in contact with children who moved between homes.
S| Children’s views were written into every plan inspectors read.
W| Worryingly, though, a third of the files did not show how the child’s safety had been considered when they were released on bail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornton-Cleveleys|S] can rightly take pride in these findings.”

R| Six recommendations are made; [Lancashire Constabulary|A] gets one on the use of police custody.

N| ENDS

N| Notes to editors
N| 1. Fieldwork: between [17 and 21 February 2025|D].
N| 2. Publication on the inspectorate’s site: 00.01 on [10 June 2025|D].
"""),
    # 13. an NPS division in 2019: "As an overall regional rating, the division receives ‘...’"; "had its ... inspection in September 2019"; court work
    #     given its own rating (‘Good’); "Published: 3 Dec 2019"; six recommendations
    ("aspull-and-blackrod-nps-division-2019", facts([
        svc("National Probation Service – Aspull and Blackrod Division", "NPS Aspull and Blackrod", "region", RI,
            [{"aspect": "court reports and case allocation", "rating": GOOD}])], "2019-12-03", "2019-09", 6),
     """N| Probation division serving Wigan’s northern towns must do more on public protection

N| Published: [3 Dec 2019|D]

N| The [National Probation Service – Aspull and Blackrod Division|S] had its [HM Inspectorate of Probation|A] inspection in [September 2019|D].
N| As an overall regional rating, the division receives ‘[Requires improvement|R]’.
S| Court reports and case allocation, which inspectors assessed on their own, came out as ‘[Good|R]’.

S| Advice given to magistrates was thorough, and cases were passed to the right team within days of sentence.
W| Once people were under supervision, though, their risk of serious harm was reviewed far less often than it should have been.
W| Morale among probation officers was low, and several described a culture in which mistakes were hidden rather than discussed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Aspull and Blackrod|S] does the early stages of a sentence well, and then loses its grip.
R| “I call on the division’s leaders to make public protection the heart of each supervision meeting.”

R| The division and [HMPPS|A] share six recommendations between them.
"""),
    # 14. a youth service with an ampersand, "YJS"/"YOS" switching; "given the lowest possible rating"; previously
    #     ‘Requires improvement’ "Its last report, from November 2022, gave it"; "inspected X in March 2023"; six recommendations
    ("hapton-and-simonstone-yjs-2023", facts([
        svc("Hapton & Simonstone Youth Justice Service", "Hapton & Simonstone YJS", "YJS", INAD)], "2023-07-06", "2023-03", 6),
     """N| Burnley youth service gets lowest possible rating

N| Published [6 July 2023|D]

N| For [Hapton & Simonstone Youth Justice Service|S], the verdict from [His Majesty’s Inspectorate of Probation|A] is ‘[Inadequate|R]’, the lowest possible rating.
N| Its last report, from [November 2022|D], gave it ‘[Requires improvement|R]’.
N| The inspectorate inspected [Hapton & Simonstone YJS|S] in [March 2023|D], sooner than usual, after concerns raised by the [Youth Justice Board|A].

W| Inspectors found the management board had gone five months without meeting, and no one had taken charge of the improvement plan.
W| Disappointingly, many children had waited over a month before a case worker first saw them.
S| Staff at [Hapton & Simonstone YOS|S] were nonetheless described as tenacious, often visiting children late in the evening.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “A partnership that took its eye off the ball has failed the children of this area.
R| “Urgent action is required now: [Lancashire County Council|A] and every other partner must put things right.”

R| Of six recommendations, two are for [Lancashire Constabulary|A] and the local NHS trust.
"""),
    # 15. two Pendle youth services in one council release, "Thursday 24 November 2022"; Worsthorne "achieves ‘Good’",
    #     Trawden "is placed at ‘Requires improvement’"; Worsthorne's out-of-court work rated on its own (‘Requires
    #     improvement’); fieldwork "in July and August 2022"; eight recommendations, "four apiece"
    ("worsthorne-and-trawden-yjs-2022", facts([
        svc("Worsthorne Youth Justice Service", "Worsthorne YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}]),
        svc("Trawden Youth Justice Service", "Trawden YJS", "YJS", RI)], "2022-11-24", "2022-07", 8),
     """N| News from the county council

N| [Thursday 24 November 2022|D]

N| Inspection results for two Pendle youth justice services

N| Reports on [Worsthorne Youth Justice Service|S] and [Trawden Youth Justice Service|S] came out today; [HM Inspectorate of Probation|A] visited the two in [July and August 2022|D].
N| [Worsthorne|S] achieves ‘[Good|R]’, and [Trawden|S] is placed at ‘[Requires improvement|R]’.
W| [Worsthorne|S]’s out-of-court work, looked at as a distinct area, was given ‘[Requires improvement|R]’.

S| The inspectors highlighted [Worsthorne YJS|S]’s bail and remand team, which had kept every one of its children out of custody for twelve months.
W| At [Trawden YJS|S], by contrast, several children’s plans had been carried over, barely altered, at each review.
W| Across both services, too few girls were offered support designed with them in mind.

N| County Councillor [Margaret Hindle|X] said: “Our staff give everything to this work, and we are determined to act on every point in these reports.”

R| Eight recommendations were made, four apiece.
"""),
    # 16. a PDU "assessed as ‘Requires improvement’", the near miss to ‘Inadequate’ kept to the rating sentence after it;
    #     unpaid work on its own ‘Good’; notes "on the HM Inspectorate of Probation website on 21 May 2024 at 00.01";
    #     fieldwork "in January 2024"; four recommendations
    ("pemberton-pdu-2024", facts([
        svc("Pemberton Probation Delivery Unit", "Pemberton PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-05-21", "2024-01", 4),
     """N| ‘Fragile’ probation unit in Pemberton kept off the bottom grade by its leaders

N| [Pemberton Probation Delivery Unit|S] has been assessed by inspectors as one that ‘[Requires improvement|R]’.
W| Were it not for strong leadership, the unit would have slipped to ‘[Inadequate|R]’.
S| Unpaid work got a separate grade, ‘[Good|R]’: placements were well supervised and most hours were completed on time.
N| The unit was visited in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a fragile unit, where a single resignation can leave dozens of people without a named officer.
S| “Its leaders are honest about the problems, though, and the foundations for recovery are in place.”

W| Sex offenders’ plans lacked detail about who they should not contact.
S| Positively, thanks to ties with local housing providers, release from prison without an address was rare.

R| The report contains four recommendations, all for the unit.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [21 May 2024|D] at 00.01.
"""),
    # 17. a 2016 full joint inspection of a youth offending team, no overall rating; lower-case "good" and
    #     "satisfactory" on the old scale (not RATING); "Published: 14 Dec 2016"; fieldwork "in September 2016"; seven
    #     recommendations, one for the police
    ("saddleworth-yot-2016", facts([
        svc("Saddleworth Youth Offending Team", "Saddleworth YOT", "YJS", None)], "2016-12-14", "2016-09", 7),
     """N| Findings of a Full Joint Inspection in Saddleworth

N| Published: [14 Dec 2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Saddleworth Youth Offending Team|S] (YOT) in [September 2016|D], alongside the [Care Quality Commission|A], [Ofsted|A] and [HM Inspectorate of Constabulary|A].
S| Reducing reoffending was found to be good, and partnership arrangements were satisfactory.
W| Protecting the public and protecting children were both found to need substantial improvement.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The staff of [Saddleworth YOT|S] clearly care about the children they supervise.
W| “But too often nobody asked whether a child was a danger to someone else, or whether someone else was a danger to the child.”

S| The partnership had done well to cut first-time entrants by a third since 2014.
W| Children’s health needs were identified, yet access to mental health support through [CAMHS|A] could take months.

R| There are seven recommendations; [Greater Manchester Police|A] receives one.
"""),
    # 18. a Greater Manchester PDU in 2022 "found to be ‘Requires improvement’", its region named after it;
    #     "Tuesday, 20th September 2022"; "inspected in May 2022"; five recommendations
    ("uppermill-pdu-2022", facts([
        svc("Uppermill Probation Delivery Unit", "Uppermill PDU", "PDU", RI)], "2022-09-20", "2022-05", 5),
     """N| [Tuesday, 20th September 2022|D]

N| Pennine-edge probation unit must improve, inspectors say

N| [Uppermill Probation Delivery Unit|S], inspected in [May 2022|D], has been found to be ‘[Requires improvement|R]’.
N| Its parent region is the [Probation Service – Greater Manchester region|S], which covers all ten boroughs of the county.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Uppermill|S]’s practitioners go out of their way to meet people at times that fit around work and childcare.
W| “What worries me is that, in four out of ten cases, nobody had properly checked for domestic abuse before sentence.”

S| Joint housing work with [Oldham Council|A] for people leaving prison was commended.
W| Unfortunately, supervision of staff was irregular and often consisted of little more than a caseload count.

R| Five recommendations are made: the unit has three to act on, the region two.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
