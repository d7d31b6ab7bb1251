"""Builds the 143rd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Forest of Dean PDUs on a GOV.UK page, the region named with them: "X was judged to be ‘...’, while Y was
    #    found to be ‘...’"; fieldwork "in January 2024"; "eight recommendations, three for each unit and two for the
    #    region"; the regional director's reply
    ("tidenham-and-sedbury-pdus-2024", facts([
        svc("Tidenham Probation Delivery Unit", "Tidenham PDU", "PDU", RI),
        svc("Sedbury Probation Delivery Unit", "Sedbury PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Inspectors report on two probation units in the Forest of Dean

N| Separate reports look at work with people on probation in west Gloucestershire.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Tidenham Probation Delivery Unit|S] and [Sedbury Probation Delivery Unit|S], both part of [Probation Service – South West region|S].
N| [Tidenham|S] was judged to be ‘[Requires improvement|R]’, while [Sedbury|S] was found to be ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D], reading 62 cases between them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sedbury|S] has been without a senior probation officer for over a year, and it shows.
W| “Too many people on probation there had plans that said little about the harm they could cause, and home visits were rare.
S| “[Tidenham|S] is steadier: staff are experienced, supervision is regular, and links with [Gloucestershire Constabulary|A] work well.”

S| Inspectors highlighted [Tidenham PDU|S]’s women’s service, which offered appointments in a community centre rather than the probation office.
W| Where children were at risk, around half of the cases in each unit lacked a check with children’s social care.

R| Between them the reports contain eight recommendations; each unit has three, and the region the other two.

N| [Helen Marsh|X], Regional Probation Director for the South West, said: “A new senior manager has been appointed to lead the unit, and we are acting on every finding.”
"""),
    # 2. two youth justice services in a local-news story: the reports "came out on Tuesday (14 March)" under a byline of
    #    Friday 17 March 2023; "X was given the highest grade available, ‘...’, and Y received ‘...’", in the other order
    #    from the one they were first named in; "five recommendations, three for Minsterworth and two for Ashleworth"
    ("minsterworth-and-ashleworth-yjs-2023", facts([
        svc("Minsterworth Youth Justice Service", "Minsterworth YJS", "YJS", GOOD),
        svc("Ashleworth Youth Justice Service", "Ashleworth YJS", "YJS", OUT)], "2023-03-14", "2022-11", 5),
     """N| Inspectors praise two youth justice teams north of Gloucester

N| By [Tom Haddon|X]

N| [Friday 17 March 2023|D]

N| Reports on [Minsterworth Youth Justice Service|S] and [Ashleworth Youth Justice Service|S] came out on Tuesday ([14 March|D]), after inspectors spent time with both teams in [November 2022|D].
N| [Ashleworth|S] was given the highest grade available, ‘[Outstanding|R]’, and [Minsterworth|S] received ‘[Good|R]’.

S| According to the watchdog, [Ashleworth|S]’s staff had built trusting relationships with children and their families, and almost every child was back in full-time education.
S| [Minsterworth|S] was commended for quick and careful work with children arrested for the first time, which often kept them out of court.
W| However, inspectors found that [Minsterworth YJS|S]’s plans to keep victims safe were not always shared with the police.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both partnerships deserve credit, and [Ashleworth|S] is among the best services we have seen anywhere in England.”

R| In total the reports make five recommendations, three for [Minsterworth|S] and two for [Ashleworth|S].

N| Councillor [Philip Rowe|X], cabinet member for children at [Gloucestershire County Council|A], said: “We are proud of our youth justice staff and will act on every recommendation.”
"""),
    # 3. three PDUs in a justiceinspectorates news item, the region named first: "X and Y were placed at ‘...’; Z was
    #    assessed as ‘...’"; "Published: 9 Jul 2025"; fieldwork "between 3 and 14 March 2025"; nine recommendations
    ("woodchester-frocester-and-arlingham-pdus-2025", facts([
        svc("Woodchester Probation Delivery Unit", "Woodchester PDU", "PDU", RI),
        svc("Frocester Probation Delivery Unit", "Frocester PDU", "PDU", RI),
        svc("Arlingham Probation Delivery Unit", "Arlingham PDU", "PDU", INAD)], "2025-07-09", "2025-03", 9),
     """N| News

N| Three probation units near Stroud told they must improve

N| Published: [9 Jul 2025|D]

N| Within the [Probation Service – South West region|S], three units have now been inspected together: [Woodchester Probation Delivery Unit|S], [Frocester Probation Delivery Unit|S] and [Arlingham Probation Delivery Unit|S].
N| [Woodchester|S] and [Frocester|S] were placed at ‘[Requires improvement|R]’; [Arlingham|S] was assessed as ‘[Inadequate|R]’.
N| Inspectors carried out the fieldwork between [3 and 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Arlingham we found a unit where half the practitioner posts were empty and agency staff came and went within weeks.
W| “People who posed a high risk of harm were sometimes left for a month without contact.
S| “By contrast, [Woodchester|S] and [Frocester|S] have kept their teams together, and their managers are visible and trusted.”

S| The report on [Frocester PDU|S] singled out its work with [Gloucestershire Constabulary|A] on integrated offender management as a particular strength.
W| Across all three units, sentence plans were rarely reviewed when circumstances changed.

R| Nine recommendations are made, three to each of the units.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has been given the lowest rating
    #    on ...’s scale, ‘...’"; the region's own 2023 rating as context; "Mr Jones continued"; fieldwork "in May 2024";
    #    "The report will be published at 00.01 on Thursday 19 September 2024" in the notes
    ("south-cerney-pdu-2024", facts([
        svc("South Cerney Probation Delivery Unit", "South Cerney PDU", "PDU", INAD)], "2024-09-19", "2024-05", 7),
     """N| [South West probation region|S]: ‘deeply concerning’ findings in South Cerney

N| Inspectors have placed [South Cerney Probation Delivery Unit|S], a unit within [Probation Service – South West region|S], on the lowest step of their four-point scale: ‘[Inadequate|R]’.
N| The [South West region|S] received ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Inspectors examined 44 cases during their fieldwork in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[South Cerney|S] is struggling on almost every front.
W| “A third of posts were vacant, staff told us they felt overwhelmed, and several people who had left prison went weeks without an appointment.”

W| Mr Jones continued: “Only a minority of the cases we read contained a proper analysis of the risk posed to partners and children.”

S| Despite these pressures, inspectors found that the unit’s unpaid work team had kept projects running across the Cotswolds, and people on probation spoke well of them.
W| Information from [Gloucestershire County Council|A]’s children’s services often arrived late or not at all.

R| Of the seven recommendations, five fall to the unit itself; the remaining two are addressed to the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. The report is embargoed until 00.01 on [Thursday 19 September 2024|D].
N| 2. [South Cerney PDU|S] covers the south of the Cotswold district and supervises around 550 people.
"""),
    # 5. a unit inside its region, the region in the headline and the notes: "inspectors assess X as ‘...’, one grade
    #    below ‘Good’" in "a report published today (Tuesday, 21 November)" (no year: the fieldwork's, June 2023); the
    #    headline's lower-case "Eastleach probation unit"; "only 19 of the 38 cases"; five recommendations
    ("eastleach-pdu-2023", facts([
        svc("Eastleach Probation Delivery Unit", "Eastleach PDU", "PDU", RI)], "2023-11-21", "2023-06", 5),
     """N| [South West region|S]: [Eastleach probation unit|S] ‘making steady progress’

N| In a report published today (Tuesday, [21 November|D]), inspectors assess [Eastleach Probation Delivery Unit|S] as ‘[Requires improvement|R]’, one grade below ‘[Good|R]’.
N| During the fieldwork, in [June 2023|D], the inspection team read 38 cases and held meetings with staff and partners.

S| Leaders had a realistic improvement plan and were honest with staff about what needed to change.
S| Most of those under supervision felt listened to, and many had been helped into housing or work by their officer.
W| However, assessments of domestic abuse risk were sufficient in only 19 of the 38 cases.
W| Enquiries to [Gloucestershire Constabulary|A] about police call-outs were not made consistently.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Eastleach|S]’s leaders have laid sound groundwork for a better service.
R| “[Eastleach|S]’s managers now need to ensure no assessment is finished until the police and children’s services have been asked what they know.”

R| The report makes five recommendations, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Eastleach PDU|S] supervises around 480 people in the east of the Cotswolds for [Probation Service – South West region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; "Wednesday, 16th January 2013" above "published today";
    #    fieldwork "during their visit in September 2012"; seven recommendations
    ("kempley-and-dymock-probation-trust-2013", facts([
        svc("Kempley and Dymock Probation Trust", "Kempley and Dymock Probation Trust", "other", None)],
        "2013-01-16", "2012-09", 7),
     """N| Probation in Kempley and Dymock – inspection findings published

N| [Wednesday, 16th January 2013|D]

S| [Kempley and Dymock Probation Trust|S] performs well across much of its work, according to a report published today by [Her Majesty’s Inspectorate of Probation|A].
N| Inspectors looked at 55 cases during their visit in [September 2012|D].

S| On reducing reoffending the Trust achieved a score of 78%, and on making sure sentences were served, 85%.
W| Its score for protecting the public from harm, at 64%, was lower.

N| Inspectors were pleased to find that:
S| • most offenders had their first appointment soon after sentence and understood the conditions of their order;
S| • staff worked closely with [Gloucestershire Constabulary|A] on managing prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often completed late;
W| • checks with children’s services were missing in a quarter of relevant cases.

S| Chief Inspector of Probation [Liz Calderbank|X] said: “Committed staff and managers who know their offenders well are real assets for this Trust.
R| “It must now bring its work to protect the public up to the standard of the rest.”

R| There are seven recommendations in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "has judged X (CRC), which is owned by ..., to be
    #    ‘...’ overall"; unpaid work "assessed separately, was found to be ‘...’"; fieldwork "in October and November 2018"
    ("stanway-and-snowshill-crc-2019", facts([
        svc("Stanway and Snowshill Community Rehabilitation Company", "Stanway and Snowshill CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-12", "2018-10", 6),
     """N| Embargoed until 00.01, [Tuesday 12 February 2019|D]

N| Inspectors find probation company in the north Cotswolds must improve

N| [Stanway and Snowshill Community Rehabilitation Company|S] (CRC), run by [Working Links|A], is ‘[Requires improvement|R]’ overall, in the judgement of [Her Majesty’s Inspectorate of Probation|A].
S| Its unpaid work, assessed separately, was found to be ‘[Good|R]’.
N| The inspection was carried out in [October and November 2018|D].

W| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “For too many people, supervision has shrunk to a phone call, and some have not been seen in person for months.
W| “Staff work hard, but caseloads of 70 or more leave little time for anything beyond the basics.”

S| Inspectors praised the CRC’s unpaid work projects, which were well organised and valued by local communities.
W| Joint working with the [National Probation Service|A] was weak, and cases were sometimes transferred without key information.

R| Inspectors make six recommendations: [Working Links|A] and its CRC should act on four, and the remaining two are for [HM Prison and Probation Service|A].

N| [Working Links|A] said in a statement that caseloads were already falling and that it accepted the findings.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...
    #    with ..."; bullet lists; "Posted: 08/11/2016" (day/month/year); "The inspection took place in July 2016"
    ("naunton-yot-2016", facts([
        svc("Naunton Youth Offending Team", "Naunton YOT", "YJS", None)], "2016-11-08", "2016-07", 5),
     """N| Joint inspection of youth offending work in Naunton published

N| Posted: [08/11/2016|D]

N| The report of a joint inspection of [Naunton Youth Offending Team|S] (YOT) is now available; [Her Majesty’s Inspectorate of Probation|A] was the lead inspectorate, and the [Care Quality Commission|A], together with [Ofsted|A] and [HM Inspectorate of Constabulary|A], also took part.
N| Inspectors visited in [July 2016|D] and examined the work in 30 cases.

N| Among the positives, inspectors found that:
S| • case managers knew the children well and saw them regularly;
S| • the [Naunton YOT|S] worked closely with schools to keep children in education.

N| However, inspectors were concerned to find that:
W| • plans to manage risk to others were not always reviewed when things changed;
W| • the management board was given too little information on how good the work was.

R| The report makes five recommendations for the YOT and its partners.

N| [Sarah Blake|X], head of the YOT, said: “We welcome the report and have already started work on the recommendations.”
"""),
    # 9. a Youth Offending Service in 2019 (YOS / YOT switching): "Inspectors who visited X (YOS) in May 2019 have judged
    #    its work ‘...’"; the headline's lower-case "Gotherington youth offending service"; the publication day in the
    #    notes ("published on the ... website from 00.01 on 3 September 2019")
    ("gotherington-yos-2019", facts([
        svc("Gotherington Youth Offending Service", "Gotherington YOS", "YJS", GOOD)], "2019-09-03", "2019-05", 4),
     """N| ‘[Good|R]’ for [Gotherington youth offending service|S]

N| Inspectors who visited [Gotherington Youth Offending Service|S] (YOS) in [May 2019|D] have judged its work ‘[Good|R]’.

S| The [Gotherington YOS|S] was particularly strong in its work to keep children out of the formal justice system.
S| Inspectors found that case managers were skilled and tenacious in engaging children who had been let down by other services.
W| However, the quality of work to keep children safe varied, and in some cases risks from exploitation had not been fully recognised.
W| Health provision was patchy, with long waits for [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gotherington|S] is a service that puts children first.
R| “The board should now make sure that health partners play their full part.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [3 September 2019|D].
N| 2. The [Gotherington YOT|S] works with around 70 children a year.
"""),
    # 10. "X now stands at ‘...’, having been ‘...’ when it was last inspected in 2019"; resettlement "received a separate
    #     rating of ‘...’"; fieldwork "in May 2022"; "The report will be published at 00.01 on Thursday 8 September 2022"
    ("woodmancote-yjs-2022", facts([
        svc("Woodmancote Youth Justice Service", "Woodmancote YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-09-08", "2022-05", 6),
     """N| Woodmancote youth justice: better than at the last inspection, but not yet good enough

N| Having been ‘[Inadequate|R]’ at its previous inspection in [2019|D], [Woodmancote Youth Justice Service|S] has climbed a step to ‘[Requires improvement|R]’.
S| Resettlement policy and provision received a separate rating of ‘[Good|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] carried out fieldwork in [May 2022|D].

S| The service’s new leadership team had acted quickly on the previous report, and the management board now challenged partners effectively.
S| Children leaving custody had accommodation and support in place before release.
W| However, too many assessments underestimated the risk children posed to others, and plans were not always updated after new incidents.
W| Access to speech and language therapy remained limited.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Woodmancote|S] has made real progress, but the job is only half done.
R| “Leaders must now make sure that the quality of risk work matches the improvements we saw elsewhere.”

R| Six recommendations are made: five for [Woodmancote YJS|S] and one for [NHS Gloucestershire Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Thursday 8 September 2022|D].
"""),
    # 11. a GOV.UK page: "X has been awarded ‘...’, the top rating on ...’s scale"; fieldwork "in June 2024"; "Staff at
    #     Oakridge should be very proud"; three recommendations
    ("oakridge-yjs-2024", facts([
        svc("Oakridge Youth Justice Service", "Oakridge YJS", "YJS", OUT)], "2024-09-11", "2024-06", 3),
     """N| Press release

N| Top rating for youth justice service near Stroud

N| Inspectors publish their findings on [Oakridge Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [11 September 2024|D]

N| [HM Inspectorate of Probation|A] has given [Oakridge Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork in [June 2024|D].

S| In every case inspected, children and their parents had helped to write the plan.
S| Work with children at risk of exploitation was exceptional, with the service, schools and [Gloucestershire Constabulary|A] sharing information daily.
S| The service had kept almost all of its staff for several years, so children rarely had to change worker.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Oakridge|S] shows what can happen when a whole partnership puts children at the centre of everything it does.
S| “Staff at [Oakridge|S] should be very proud of this result.”

R| Inspectors make three recommendations, all for the management board.
"""),
    # 12. a council page: "Posted on 24/04/2025"; "has today given X the lowest possible rating, ‘...’"; fieldwork "10 - 14
    #     February 2025"; 10 recommendations in digits; the director's apology and promise
    ("bussage-yjs-2025", facts([
        svc("Bussage Youth Justice Service", "Bussage YJS", "YJS", INAD)], "2025-04-24", "2025-02", 10),
     """N| Response to the inspection of [Bussage Youth Justice Service|S]

N| Posted on [24/04/2025|D]

N| [HM Inspectorate of Probation|A] has today given [Bussage Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors were with the service on [10 - 14 February 2025|D].

W| According to the report, safety work with children was poor, and risks of criminal exploitation went unnoticed in many of the cases inspected.
W| Inspectors also said that [Bussage YJS|S] had relied heavily on agency staff, and some children had had three different case managers in six months.
S| They recognised how dedicated front-line staff were, and said the service’s restorative work with victims was of a high standard.
W| The inspectorate said the service’s management board had not understood how far standards had fallen.

R| The report makes 10 recommendations for the service, its management board, [Gloucestershire County Council|A] and [Gloucestershire Constabulary|A].

N| [Mark Ellis|X], Executive Director of Children’s Services, said: “We are sorry that children have not received the service they deserve.
N| “We have already appointed a new head of service and an improvement board is in place.”
"""),
    # 13. a justiceinspectorates.gov.uk news item with a date line: "has assessed X as ‘...’ overall"; the headline's
    #     lower-case "Leckhampton youth justice service"; fieldwork "between 17 and 21 April 2023"; "only 14 of the 30
    #     cases"; seven recommendations, one for the police
    ("leckhampton-yjs-2023", facts([
        svc("Leckhampton Youth Justice Service", "Leckhampton YJS", "YJS", RI)], "2023-09-26", "2023-04", 7),
     """N| News

N| ‘More consistency needed’ at [Leckhampton youth justice service|S]

N| [26 September 2023|D]

N| [HM Inspectorate of Probation|A] has assessed [Leckhampton Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| The fieldwork was carried out between [17 and 21 April 2023|D].

S| Inspectors were impressed with the service’s work on education, training and employment, which had helped many children back into learning.
S| Several children said their case manager had “never given up” on them.
W| However, planning to manage the risk children posed to others was sufficient in only 14 of the 30 cases inspected.
W| Leaders had been slow to replace the service’s seconded probation officer, leaving a gap for older children moving to adult services.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody could doubt how much the staff at [Leckhampton|S] care about the children in their caseloads, but caring is not the same as planning well.
R| “Leaders need to make sure that every child’s plan addresses the risks to them and to others.”

R| The report contains seven recommendations, including one for [Gloucestershire Constabulary|A] to share information on arrests more quickly.

N| The council said it accepted the findings in full.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; fieldwork "during September 2025"; four recommendations
    ("staverton-pdu-2025", facts([
        svc("Staverton Probation Delivery Unit", "Staverton PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection of a probation unit between Gloucester and Cheltenham

N| Published: [4 Dec 2025|D]

N| Today’s report by [HM Inspectorate of Probation|A] examines whether [Staverton Probation Delivery Unit|S] keeps people in its area safe from harm.
N| This inspection programme does not award ratings.
N| The fieldwork took place during [September 2025|D].

N| Context
N| • [Staverton PDU|S] belongs to [Probation Service – South West region|S] and covers the villages between Gloucester and Cheltenham.
N| • It supervises about 650 people, around a third of them on licence.

N| Findings
S| • Practitioners had good knowledge of the people they supervised and recorded their contacts carefully.
W| • Home visits were rarely carried out, even in cases of domestic abuse.
W| • Information from [Gloucestershire Constabulary|A] was requested in only half the cases that needed it.
S| • [MAPPA|A] arrangements were well managed and partners attended meetings reliably.

R| Four recommendations are made, three for the unit and one for the region.
"""),
    # 15. a remote inspection in 2021: "has fallen to ‘...’ from the ‘...’ it achieved at its last inspection in 2017";
    #     "carried out remotely in February 2021"; "Published: Thursday 27th May 2021"; "Just 10 of the 24 assessments"
    ("shurdington-yjs-2021", facts([
        svc("Shurdington Youth Justice Service", "Shurdington YJS", "YJS", RI)], "2021-05-27", "2021-02", 6),
     """N| Youth service near Cheltenham must improve its work on safety, say inspectors

N| Published: [Thursday 27th May 2021|D]

N| [Shurdington Youth Justice Service|S] has fallen to ‘[Requires improvement|R]’ from the ‘[Good|R]’ it achieved at its last inspection in [2017|D].
N| With pandemic restrictions still in force, inspectors worked remotely throughout the fieldwork in [February 2021|D].

W| Inspectors found that many children had been seen only by video call during the pandemic, even where there were serious worries about their safety.
W| Just 10 of the 24 assessments considered the risk of harm to others in enough depth.
S| Education, training and employment work was a strength, and nearly all children were in some form of learning.
S| Joint work with [Gloucestershire County Council|A]’s social workers was close and well coordinated.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shurdington|S] has kept children learning through the pandemic, yet some of the risks they face and pose have slipped out of view.
R| “It should now return to face-to-face contact for the children who need it most.”

R| Six recommendations are made in the report.

N| [Gloucestershire County Council|A] said work on the recommendations had already begun.
"""),
    # 16. a 2020 release: "has found X to be ‘...’"; "Tuesday, 14th July 2020" at the top; fieldwork "between 2 and 6
    #     March 2020"; "Its staff can be rightly proud"; no count of recommendations (null)
    ("badgeworth-yjs-2020", facts([
        svc("Badgeworth Youth Justice Service", "Badgeworth YJS", "YJS", GOOD)], "2020-07-14", "2020-03", None),
     """N| Inspectors give Badgeworth youth justice a ‘[Good|R]’ rating

N| [Tuesday, 14th July 2020|D]

N| [HM Inspectorate of Probation|A] has found [Badgeworth Youth Justice Service|S] to be ‘[Good|R]’.
N| The fieldwork, done between [2 and 6 March 2020|D], was finished just before the country went into lockdown.

S| Children and their families had a real say in their plans, which inspectors singled out for praise.
S| Children at risk of exploitation received quick, joined-up help from the service and [Gloucestershire Constabulary|A].
W| However, work with children leaving custody needed to be planned earlier, as arrangements were often made in the last few days.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Badgeworth|S] is a small service that achieves a lot.
S| “Everyone in the team can be rightly proud of what they do for children here.”

N| The report sets out where the service can improve further.
"""),
    # 17. "Inspectors’ verdict on X is that it ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement "which was
    #     rated separately, was found to be ‘...’"; the headline's lower-case "Longney youth justice service"; "Report
    #     published: 15 October 2024" in the notes; four recommendations
    ("longney-yjs-2024", facts([
        svc("Longney Youth Justice Service", "Longney YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-10-15", "2024-06", 4),
     """N| [Longney youth justice service|S] ‘close to the lowest rating’

N| Inspectors’ verdict on [Longney Youth Justice Service|S] is that it ‘[Requires improvement|R]’.
W| It came within one point of being judged ‘[Inadequate|R]’.
W| Resettlement, which was rated separately, was found to be ‘[Inadequate|R]’.
N| Inspectors visited the service in [June 2024|D].

W| Managers had little grip on the quality of case managers’ work, and audits had stopped during a period of staff shortages.
W| Children in custody were visited infrequently, and plans for their release were often left to the final weeks.
S| Even so, inspectors found the service’s out-of-court work with [Gloucestershire Constabulary|A] to be thoughtful, and many children were diverted from prosecution.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody on the board seemed to have realised how far the service had slipped, and that worries me.
R| “The board now needs to take firm control, set clear targets and check progress regularly.”

R| The report makes four recommendations.

N| Notes to editors
N| 1. Report published: [15 October 2024|D].
N| 2. [Longney YJS|S] covers a rural area south-west of Gloucester and works with about 50 children at any time.
"""),
    # 18. an NPS division in 2019, the headline naming no service: "The X has been given an overall regional rating of
    #     ‘...’ by ..."; "Published: 22 Oct 2019"; fieldwork "in June and July 2019"; the short "NPS Evenlode and
    #     Todenham"; seven recommendations for the division and two national bodies
    ("evenlode-and-todenham-nps-division-2019", facts([
        svc("National Probation Service – Evenlode and Todenham Division", "NPS Evenlode and Todenham", "region", RI)],
        "2019-10-22", "2019-06", 7),
     """N| Probation division covering the Cotswolds told to improve

N| Published: [22 Oct 2019|D]

N| [HM Inspectorate of Probation|A] puts the [National Probation Service – Evenlode and Todenham Division|S] at ‘[Requires improvement|R]’, its overall regional rating.
N| The division supervises around 4,000 people across the Cotswolds and north Oxfordshire.
N| Fieldwork took place in [June and July 2019|D].

S| Reports prepared for the courts were judged thorough, and nearly all arrived on time.
S| Staff had received good training, and most said their managers backed them.
W| However, probation officer numbers were short of what the division needed, and some caseloads sat well above the target.
W| Work with victims was inconsistent, and some victims were not told when an offender was about to be released.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Evenlode and Todenham|S] has strong foundations, but staff shortages are holding it back.
R| “Its leaders must make sure that victims are kept informed at every stage.”

R| The division receives most of the report’s seven recommendations; the others are for [HMPPS|A] and the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 143rd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
