"""Builds the 187th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two coastal PDUs on a GOV.UK page, the region named first: "X has been given ‘...’ and Y has been placed in
    #    the lowest category, ‘...’"; fieldwork "during March 2024"; "nine recommendations, split between"
    ("ingoldmells-and-chapel-st-leonards-pdus-2024", facts([
        svc("Ingoldmells Probation Delivery Unit", "Ingoldmells PDU", "PDU", RI),
        svc("Chapel St Leonards Probation Delivery Unit", "Chapel St Leonards PDU", "PDU", INAD)],
        "2024-06-18", "2024-03", 9),
     """N| Press release

N| Two probation units on the Lincolnshire coast inspected

N| Reports published on probation delivery units serving the resort towns north of Skegness.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| Inspectors looked at two units of the [Probation Service – East Midlands region|S] during [March 2024|D]: [Ingoldmells Probation Delivery Unit|S] and [Chapel St Leonards Probation Delivery Unit|S].
N| [Ingoldmells|S] has been given ‘[Requires improvement|R]’ and [Chapel St Leonards|S] has been placed in the lowest category, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every summer, seasonal work brings people to this coast, and the two units have struggled to keep pace with the caseloads that follow.
W| “At Chapel St Leonards we found practitioners managing more than 70 cases each, with little time to check on the safety of partners and children.
S| “[Ingoldmells|S], by contrast, keeps its staff, and its manager knows every case on the books.”

S| Inspectors praised [Ingoldmells PDU|S]’s joint work with [Lincolnshire Police|A] to manage perpetrators of domestic abuse, which was timely and well recorded.
W| Neither unit had got enough people onto the accredited programmes that courts had required them to complete.

R| The reports make nine recommendations, split between the two units and the regional leadership.

N| [Kilvert Osei|X], who leads probation in the East Midlands, said: “Experienced officers have already been moved to the coast, and we accept the findings.”
"""),
    # 2. two youth justice services in a local-news story: the report "released on Thursday (12 October)" under a byline of
    #    Monday 16 October 2023; "X was handed the inspectorate’s highest grade, ‘...’, with Y one step behind at ‘...’" in
    #    the other order from the one first named; fieldwork "in June 2023"; "Of eight recommendations in total, five go to ... and three to ..."
    ("wyberton-and-fishtoft-yjs-2023", facts([
        svc("Wyberton Youth Justice Service", "Wyberton YJS", "YJS", GOOD),
        svc("Fishtoft Youth Justice Service", "Fishtoft YJS", "YJS", OUT)], "2023-10-12", "2023-06", 8),
     """N| Two youth justice teams near Boston win praise from inspectors

N| By [Harriet Cobb|X]

N| [Monday 16 October 2023|D]

N| Inspectors who visited [Wyberton Youth Justice Service|S] and [Fishtoft Youth Justice Service|S] in [June 2023|D] have published their findings, released on Thursday ([12 October|D]).
N| [Fishtoft|S] was handed the inspectorate’s highest grade, ‘[Outstanding|R]’, with [Wyberton|S] one step behind at ‘[Good|R]’.

S| The watchdog said staff at [Fishtoft|S] had built trust with families who had often refused help from other agencies.
S| It also commended [Wyberton|S] for getting excluded children back into education quickly.
W| However, in the [Wyberton YJS|S] report, inspectors noted that safety plans for victims were sometimes left unchanged for many months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These villages are lucky to have teams this committed, and [Fishtoft|S]’s work deserves to be copied.”

R| Of eight recommendations in total, five go to [Wyberton|S] and three to [Fishtoft|S].

N| Councillor [Diane Tebbutt|X], of [Lincolnshire County Council|A], said: “I would like to thank both teams, and we will act on everything the inspectors have told us.”
"""),
    # 3. three Fens PDUs in a justiceinspectorates news item: "Two of them, X and Y, come out at ‘...’; the third, Z, is
    #    ‘...’"; "Published: 16 May 2023"; fieldwork "between 30 January and 10 February 2023"; "twelve recommendations, four per
    #    unit"; the region before them as context
    ("butterwick-benington-and-freiston-pdus-2023", facts([
        svc("Butterwick Probation Delivery Unit", "Butterwick PDU", "PDU", RI),
        svc("Benington Probation Delivery Unit", "Benington PDU", "PDU", RI),
        svc("Freiston Probation Delivery Unit", "Freiston PDU", "PDU", INAD)], "2023-05-16", "2023-01", 12),
     """N| News

N| Inspection of three probation delivery units in the East Midlands

N| Published: [16 May 2023|D]

N| Three units of the [East Midlands probation region|S] that cover the farming villages east of Boston are the subject of reports published today by [HM Inspectorate of Probation|A]: [Butterwick Probation Delivery Unit|S], [Benington Probation Delivery Unit|S] and [Freiston Probation Delivery Unit|S].
N| Two of them, [Butterwick|S] and [Benington|S], come out at ‘[Requires improvement|R]’; the third, [Freiston|S], is ‘[Inadequate|R]’.
N| The fieldwork ran between [30 January and 10 February 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across all three units, practitioners are doing their best on a huge rural patch with very poor public transport.
W| “In Freiston, though, half the posts for probation officers were empty and the unit had leant heavily on agency staff who did not stay.”

W| Across the three units, home visits to people who posed a risk to children were rare.
S| [Benington|S]’s partnership with local housing providers meant that nobody inspected had been released from prison with nowhere to live.
W| The quality of assessments in [Freiston PDU|S] was poor, with risks to known victims missed in more than half the cases.

R| The reports make twelve recommendations, four per unit.
"""),
    # 4. a unit inside its region, the region in the headline and beside its own earlier rating: "Inspectors have judged X
    #    to be ‘...’, the lowest rating on their scale"; "When the region was inspected in 2023, it was given ‘...’"; fieldwork "in August 2024"; "Mr Jones
    #    continued"; notes: "The report will be published at 00.01 on Tuesday 26 November 2024"
    ("skirbeck-pdu-2024", facts([
        svc("Skirbeck Probation Delivery Unit", "Skirbeck PDU", "PDU", INAD)], "2024-11-26", "2024-08", 7),
     """N| [East Midlands probation region|S]: serious concerns about probation in Skirbeck

N| Inspectors have judged [Skirbeck Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the lowest rating on their scale; it is one of the units of the [Probation Service – East Midlands region|S].
N| When the region was inspected in [2023|D], it was given ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] carried out the fieldwork in [August 2024|D], reading 52 cases and meeting staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too much has been left to chance in this unit.
W| “Several people under supervision had gone weeks without being seen, and managers could not tell us who was checking on the most dangerous cases.”

W| Mr Jones continued: “Links with children’s social care were weak, and in most cases we read nobody had asked whether there were children in the home.”

S| Despite the pressure, staff in the unpaid work team had kept placements running and people on probation spoke warmly of them.
W| Morale had fallen, and a number of practitioners said they planned to leave.

R| The unit is the subject of five of the report’s seven recommendations; the other two ask the [Probation Service|A] regionally to act.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 26 November 2024|D], on the inspectorate’s website.
N| 2. [Skirbeck PDU|S] covers the southern side of Boston and several villages in the Fens.
"""),
    # 5. a unit inside its region, region in the first sentence and the notes: "The verdict on X is ‘...’"; a previous
    #    rating beside it ("the same grade it received in 2021"); "Published: 4 Feb 2025"; fieldwork "in the second half of
    #    October 2024"
    ("algarkirk-pdu-2025", facts([
        svc("Algarkirk Probation Delivery Unit", "Algarkirk PDU", "PDU", RI)], "2025-02-04", "2024-10", 5),
     """N| News

N| [Algarkirk probation unit|S] ‘still has work to do’

N| Published: [4 Feb 2025|D]

N| Of the units in the [Probation Service – East Midlands region|S], [Algarkirk Probation Delivery Unit|S] is the latest to be inspected.
N| The verdict on [Algarkirk|S] is ‘[Requires improvement|R]’, the same grade it received in [2021|D].
N| Inspectors spent time with the unit in the second half of [October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff here care about the area and about the people they supervise.
W| “But three years on from our last visit, the same gaps in risk assessment are still there, and that is disappointing.”

S| Inspectors found a well-run court team, whose reports to magistrates were prompt and balanced.
W| Too few cases showed any planning for the safety of victims of domestic abuse.
W| Only 19 of the 44 cases inspected had a sufficient review after something important changed.

R| The unit receives four of the five recommendations, and the region one.

N| Notes to editors
N| [Algarkirk PDU|S], which supervises around 550 people, belongs to the [Probation Service – East Midlands region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: scores out of 100 per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Wednesday, 9th March 2011" above "published today"; fieldwork
    #    "in November 2010"; seven recommendations
    ("anderby-and-huttoft-probation-trust-2011", facts([
        svc("Anderby and Huttoft Probation Trust", "Anderby and Huttoft Probation Trust", "other", None)],
        "2011-03-09", "2010-11", 7),
     """N| Inspection of offender management in Anderby and Huttoft

N| [Wednesday, 9th March 2011|D]

N| A report on offender management in [Anderby and Huttoft Probation Trust|S] was published today by [Her Majesty’s Inspectorate of Probation|A].
N| Inspectors read 70 cases when they visited the Trust in [November 2010|D].

S| The Trust achieved a score of 77% for work to reduce the likelihood of reoffending, one of the higher figures seen so far.
W| Public protection work scored less well, at 64%.

N| Inspectors were pleased to find that:
S| • initial assessments of offenders were mostly completed on time;
S| • staff had good links with [Lincolnshire Police|A] and with local drug treatment services.

N| However, inspectors were concerned to find that:
W| • risk management plans were left unchanged after significant events in offenders’ lives;
W| • home visits were seldom used, even where children lived with the offender.

S| [Andrew Bridges|X], HM Chief Inspector of Probation, said: “The Trust has made real progress in cutting reoffending, and its staff know the offenders they supervise well.
R| “The challenge now is to bring public protection up to that level, especially where children are at risk.”

R| We have made seven recommendations for improvement.
"""),
    # 7. a CRC in 2018 run by a named provider, aspect "assessed separately": "...’s verdict on X (CRC), owned by ..., is
    #    ‘...’ overall"; unpaid work "which is assessed separately, reaches ‘...’"; "Embargoed: 00:01 Tuesday 11
    #    December 2018"; fieldwork "in September 2018"
    ("orby-and-addlethorpe-crc-2018", facts([
        svc("Orby and Addlethorpe Community Rehabilitation Company", "Orby and Addlethorpe CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-11", "2018-09", 6),
     """N| Embargoed: 00:01 [Tuesday 11 December 2018|D]

N| Coastal probation company must improve, inspectors say

N| [HM Inspectorate of Probation|A]’s verdict on [Orby and Addlethorpe Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], is ‘[Requires improvement|R]’ overall.
S| Its unpaid work, which is assessed separately, reaches ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [September 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Contact with people under supervision is too often a phone call and little more than a check-in.
S| “Unpaid work is a different story: it runs smoothly, and the projects along the coast give local people something to be proud of.”

W| Inspectors found that the CRC did not always know about domestic abuse call-outs because checks with the police were not made.
W| Relations with the [National Probation Service|A] were courteous but information did not always pass between the two quickly enough.

R| Six recommendations are made, with two directed at [Purple Futures|A] and one at [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “The report’s comments on unpaid work are welcome, and work on the other findings has begun.”
"""),
    # 8. a youth offending team written out, 2016 council page, before ratings: a joint inspection "led by"; "Posted on
    #    23/08/2016"; "The fieldwork took place in May 2016"; five recommendations; lower-case "good" not a rating
    ("burgh-le-marsh-yot-2016", facts([
        svc("Burgh le Marsh Youth Offending Team", "Burgh le Marsh YOT", "YJS", None)], "2016-08-23", "2016-05", 5),
     """N| Youth offending work in Burgh le Marsh: joint inspection findings

N| Posted on [23/08/2016|D]

N| Inspectors from several bodies, led by [HM Inspectorate of Probation|A], have looked at how [Burgh le Marsh Youth Offending Team|S] (YOT) works with children who offend.
N| The fieldwork took place in [May 2016|D], with colleagues joining from the [Care Quality Commission|A], [HM Inspectorate of Constabulary|A] and [Ofsted|A].

N| The inspectors reported that:
S| • staff were enthusiastic and went out of their way to engage children;
S| • work to help children into education and training was good;
S| • the YOT management board had a clear view of local needs.

N| They also noted that:
W| • assessments of the risk a child posed to others were not always updated;
W| • not enough was done to support victims of crime.

R| The report makes five recommendations to improve the service.

N| Councillor [Patricia Halls|X], of [East Lindsey District Council|A], said: “Our thanks go to the inspection team, and we will build on what they found.”
"""),
    # 9. an NPS division, "an overall regional rating", with two aspects beside it; "has given X an overall regional rating of ‘...’"; "Published 9 July 2019"; fieldwork "in
    #    February and March 2019"
    ("nps-wigtoft-and-cowbit-division-2019", facts([
        svc("National Probation Service – Wigtoft and Cowbit Division", "NPS Wigtoft and Cowbit", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-07-09", "2019-02", 6),
     """N| Press release

N| Probation division in south Lincolnshire is ‘[Good|R]’

N| Published [9 July 2019|D]

N| [HM Inspectorate of Probation|A] has given [National Probation Service – Wigtoft and Cowbit Division|S] an overall regional rating of ‘[Good|R]’.
W| Work with victims, rated separately in this inspection, came out at ‘[Requires improvement|R]’.
N| Inspectors visited the division in [February and March 2019|D].

S| They found strong leadership, and staff who said they were well trained and supported by their managers.
S| Reports to courts were completed quickly and were almost always accurate.
W| However, the victim liaison unit had vacancies, and some victims had waited months to hear about an offender’s release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Wigtoft and Cowbit|S] runs a tight ship, and its staff can be proud of what they do.
R| “The division must now make sure that victims are given the same priority as offenders.”

R| The report sets out six recommendations, for the division itself and for [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 10. an ordinary youth service on GOV.UK, "Good", fieldwork "in May 2024"
    ("sutton-on-sea-yjs-2024", facts([
        svc("Sutton-on-Sea Youth Justice Service", "Sutton-on-Sea YJS", "YJS", GOOD)], "2024-09-24", "2024-05", 4),
     """N| Press release

N| [Sutton-on-Sea Youth Justice Service|S] rated ‘[Good|R]’

N| Inspectors praise committed staff and strong partnerships.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Sutton-on-Sea Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Inspectors visited the service in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A small service, it punches above its weight.
S| “Case managers take time to understand each child, and children told us they felt listened to.
W| “There is more to do on work to keep other people safe, where plans were sometimes too general.”

S| Inspectors were impressed by the service’s links with [CAMHS|A], which meant children were seen quickly when they needed help.
W| Work with children on out-of-court disposals was not as strong: some did not receive the help their assessments called for.

R| The report makes four recommendations, three for the service and one for [Lincolnshire Police|A].
"""),
    # 11. an ordinary youth service on a council page, "Posted: 15/03/2022", RI; fieldwork "in November 2021"
    ("langrick-yjs-2022", facts([
        svc("Langrick Youth Justice Service", "Langrick YJS", "YJS", RI)], "2022-03-15", "2021-11", 6),
     """N| Inspection report on [Langrick Youth Justice Service|S] published

N| Posted: [15/03/2022|D]

N| Following an inspection in [November 2021|D], [HM Inspectorate of Probation|A] has given [Langrick Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.

S| Inspectors found that staff were knowledgeable and had strong relationships with the children they supervised.
S| Links with local schools were strong, and nearly all the children supervised were attending school, college or training.
W| However, the management board had too little information about how the service was performing.
W| Work to manage the risks some children posed to others was not always thorough enough.

R| The inspectorate made six recommendations, which the service and its partners will now address.

N| Councillor [Alan Sykes|X], executive member at [Lincolnshire County Council|A], said: “We accept the findings and our improvement plan is already under way.”
"""),
    # 12. an ordinary PDU in a justiceinspectorates news item, RI; fieldwork "15 - 19 April 2024"; published in the
    #     notes "on 2 July 2024"
    ("frithville-pdu-2024", facts([
        svc("Frithville Probation Delivery Unit", "Frithville PDU", "PDU", RI)], "2024-07-02", "2024-04", 6),
     """N| News

N| Probation unit in Frithville rated ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has judged [Frithville Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection fieldwork took place [15 - 19 April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit has plenty to build on.
S| “Leaders are visible, staff feel supported, and the unit has worked hard to fill its vacancies.
W| “However, the quality of work to keep people safe is still not where it needs to be.”

S| Inspectors were impressed with the unit’s work with women, who could now report to a women’s centre in the town.
W| Only 12 of the 31 cases inspected showed sufficient work to protect actual and potential victims.

R| Six recommendations are set out in the report, among them that the unit should raise the quality of its risk assessments.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [2 July 2024|D] at 00.01.
N| 2. [Frithville PDU|S] sits within the [Probation Service – East Midlands region|S].
"""),
    # 13. an ordinary youth service, "Outstanding", resettlement rated separately "Good"; "Published: 2 Nov 2021"; fieldwork
    #     "carried out remotely in July 2021"
    ("brothertoft-yjs-2021", facts([
        svc("Brothertoft Youth Justice Service", "Brothertoft YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2021-11-02", "2021-07", 3),
     """N| News

N| [Brothertoft Youth Justice Service|S] rated ‘[Outstanding|R]’

N| Published: [2 Nov 2021|D]

N| [Brothertoft Youth Justice Service|S] has received an overall rating of ‘[Outstanding|R]’ from [HM Inspectorate of Probation|A].
S| Resettlement work was inspected and separately rated as ‘[Good|R]’.
N| The inspection was carried out remotely in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brothertoft|S] is a service where children really are put first.
S| “Its staff are tenacious, and they do not give up on a child however difficult things become.”

S| Inspectors found high-quality assessments in almost every case they examined.
S| The partnership with [NHS Lincolnshire Clinical Commissioning Group|A] had brought a speech and language therapist into the team.
W| Some children who had been victims of exploitation were not referred to the National Referral Mechanism quickly enough.

R| The report makes three recommendations.
"""),
    # 14. a 2025 public-protection PDU inspection with no rating: "Skip to content", empty "Published:", "Context" and
    #     "Findings" bullets; "Report published: 21 October 2025"; fieldwork "in June 2025"
    ("winthorpe-pdu-2025", facts([
        svc("Winthorpe Probation Delivery Unit", "Winthorpe PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Winthorpe Probation Delivery Unit|S]

N| The findings of a public protection inspection of [Winthorpe Probation Delivery Unit|S] are out today from [HM Inspectorate of Probation|A].
N| Inspections in this programme do not give a rating.
N| Inspectors were on site in [June 2025|D].

N| Context
N| • [Winthorpe PDU|S] sits within the [Probation Service – East Midlands region|S].
N| • It supervises around 480 people, many of them in caravan parks and holiday lets along the coast.

N| Findings
W| • Risk assessments did not draw on information held by the police in a third of the cases examined.
W| • Few home visits took place, including in cases where domestic abuse was a concern.
S| • Work with [Lincolnshire Police|A] on the management of registered sex offenders was well coordinated.

R| The PDU is asked to act on three recommendations, and the region on a fourth.

N| Report published: [21 October 2025|D]
"""),
    # 15. an ordinary youth service, "Inadequate", embargo line; fieldwork "in April 2023"; previous rating beside
    ("midville-yjs-2023", facts([
        svc("Midville Youth Justice Service", "Midville YJS", "YJS", INAD)], "2023-08-08", "2023-04", 7),
     """N| EMBARGOED UNTIL 00:01 [TUESDAY 8 AUGUST 2023|D]

N| [Midville youth justice service|S] rated ‘[Inadequate|R]’

N| [Midville Youth Justice Service|S] has been rated ‘[Inadequate|R]’, down from ‘[Good|R]’ at its last inspection in [2019|D].
N| [HM Inspectorate of Probation|A] visited the service in [April 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Standards have slipped badly in the years since we were last here.
W| “Leaders had not noticed that the quality of work with children had fallen, and the management board did not ask the right questions.”

W| Inspectors found that plans to keep children safe were missing or out of date in more than half the cases.
S| Encouragingly, children and parents spoke highly of individual case workers.
W| A lack of professional curiosity meant that signs of criminal exploitation were missed.

R| Seven recommendations are made in the report, five of them for the service itself and two for the board that oversees it.
"""),
    # 16. an ordinary youth service in 2020, "Good", up from an earlier rating; "Tuesday, 25th February 2020"; fieldwork
    #     "in October 2019"
    ("tydd-st-mary-yjs-2020", facts([
        svc("Tydd St Mary Youth Justice Service", "Tydd St Mary YJS", "YJS", GOOD)], "2020-02-25", "2019-10", 6),
     """N| [Tydd St Mary Youth Justice Service|S] rated ‘[Good|R]’

N| [Tuesday, 25th February 2020|D]

N| The overall rating for [Tydd St Mary Youth Justice Service|S] from [HM Inspectorate of Probation|A] is ‘[Good|R]’.
N| Inspectors visited the service in [October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service knows what it is trying to achieve, and it is making a real difference to children’s lives.
S| “Its staff know their communities well, including the large number of families who come to the Fens for seasonal work.”

S| Inspectors praised the service’s work with children from Eastern European families, which used interpreters and translated material.
W| However, the service had not done enough to understand why some children were not taking up the help offered to them.
W| The quality of work in out-of-court cases was variable.

R| The report makes six recommendations.
"""),
    # 17. a Youth Offending Service in 2019, RI; "Published 14 May 2019"; fieldwork "in January 2019"
    ("sutton-st-james-yos-2019", facts([
        svc("Sutton St James Youth Offending Service", "Sutton St James YOS", "YJS", RI)], "2019-05-14", "2019-01", 5),
     """N| Press release

N| [Sutton St James youth offending service|S] must improve, says inspectorate

N| Published [14 May 2019|D]

N| [HM Inspectorate of Probation|A] has rated [Sutton St James Youth Offending Service|S] (YOS) ‘[Requires improvement|R]’.
N| Inspectors visited the service in [January 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The people in this service are committed, but the quality of their work with children is not yet consistent enough.
W| “The board is supportive, but it did not have enough information to hold the service to account.”

S| Inspectors found that the YOS had good relationships with schools and colleges.
W| However, assessments of children’s safety and wellbeing were not always thorough.
W| Victims were not always contacted, and the service’s work with them was underdeveloped.

R| The report makes five recommendations, four for the YOS and one for [Lincolnshire Police|A].
"""),
    # 18. an ordinary youth service in local news, RI; fieldwork "during March 2025"; published on "Tuesday (10 June)" under
    #     a byline of Thursday 12 June 2025
    ("hogsthorpe-yjs-2025", facts([
        svc("Hogsthorpe Youth Justice Service", "Hogsthorpe YJS", "YJS", RI)], "2025-06-10", "2025-03", 6),
     """N| [Hogsthorpe youth justice service|S] told to improve

N| By [Tom Ashby|X]

N| [Thursday 12 June 2025|D]

N| In a report published on Tuesday ([10 June|D]), inspectors said [Hogsthorpe Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection took place during [March 2025|D].

S| The watchdog found that staff were caring and that children felt they could talk to their case workers.
W| But it said the service did not always understand the risks children faced outside the home.
W| Inspectors also found that staff turnover had been high, with a third of case workers leaving in a year.

R| The report makes six recommendations, and says that the service must make sure every child has an up-to-date safety plan.

N| A spokesperson for [Lincolnshire County Council|A] said: “We will be working with our partners to put these recommendations into practice.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 187th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
