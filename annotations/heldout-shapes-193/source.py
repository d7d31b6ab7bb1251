"""Builds the hundred-and-ninety-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one region on a GOV.UK page: "Rillington PDU comes out at ‘...’ and Settrington PDU a grade lower,
    #    at ‘...’"; fieldwork "between 3 and 14 February 2025"; nine recommendations "four for each unit and one for the
    #    region"; the notes give the day
    ("rillington-and-settrington-pdus-2025", facts([
        svc("Rillington Probation Delivery Unit", "Rillington PDU", "PDU", RI),
        svc("Settrington Probation Delivery Unit", "Settrington PDU", "PDU", INAD)], "2025-06-10", "2025-02", 9),
     """N| Press release

N| Inspectors report on two North Yorkshire probation units

N| Reports on two probation delivery units in the Yorkshire and the Humber region are out today.

N| From: [HM Inspectorate of Probation|A]

N| [HM Inspectorate of Probation|A] has looked at [Rillington Probation Delivery Unit|S] and [Settrington Probation Delivery Unit|S], which sit within the [Yorkshire and the Humber probation region|S].
N| [Rillington PDU|S] comes out at ‘[Requires improvement|R]’ and [Settrington PDU|S] a grade lower, at ‘[Inadequate|R]’.
N| The inspection team’s visits took place between [3 and 14 February 2025|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two small rural units that share an office manager and a good deal else besides.
S| “In Rillington, practitioners had held on to their caseloads through a difficult year, and people on probation told us they were seen by the same officer each time.
W| “[Settrington|S] has not had that stability: over a third of its posts were filled by agency staff, and too many cases had passed through four or five hands.”

W| In both units, people convicted of domestic abuse were seldom visited at home.
S| Inspectors did find that links with [North Yorkshire Police|A] on the management of sex offenders were close and well used.

R| Nine recommendations are made across the two reports: four per unit, plus one for the region.

N| ENDS

N| Notes to editors
N| 1. The reports will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [10 June 2025|D].
N| 2. Probation delivery units are rated ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 2. two youth justice services in one local-news story, byline Friday 16 May 2025, the reports "made public on
    #    Wednesday (14 May)"; "Bulmer secured the highest mark, ‘...’, while Sheriff Hutton was given ‘...’" in the other
    #    order from the first naming; fieldwork "in January 2025"; six recommendations
    ("sheriff-hutton-and-bulmer-yjs-2025", facts([
        svc("Sheriff Hutton Youth Justice Service", "Sheriff Hutton YJS", "YJS", GOOD),
        svc("Bulmer Youth Justice Service", "Bulmer YJS", "YJS", OUT)], "2025-05-14", "2025-01", 6),
     """N| Praise for two youth justice teams near Castle Howard

N| By [Helen Garside|X]

N| [Friday 16 May 2025|D]

N| Inspectors visited [Sheriff Hutton Youth Justice Service|S] and [Bulmer Youth Justice Service|S] in [January 2025|D], and their reports were made public on Wednesday ([14 May|D]).
N| [Bulmer|S] secured the highest mark, ‘[Outstanding|R]’, while [Sheriff Hutton|S] was given ‘[Good|R]’.

S| The watchdog said [Bulmer|S]’s staff made sure each child kept one named worker for the whole of their order.
S| [Sheriff Hutton|S]’s work with schools also drew praise, with nearly all the children it supervised attending full time.
W| However, the report on [Sheriff Hutton YJS|S] said that reviews of risk were sometimes left until a case was about to close.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in these villages are lucky to have such committed teams working for them.”

R| Six recommendations are made, four of them for [Sheriff Hutton|S] and two for [Bulmer|S].

N| [North Yorkshire Council|A] said it was “delighted” for the staff of both teams.
"""),
    # 3. a unit inside its region, the region first in the headline ("Weaverthorpe unit" after it); "X, within Probation
    #    Service – ... region, has been placed at the foot of the inspectors’ scale: ‘...’"; the region's own 2023
    #    rating beside as context; fieldwork "during September 2024"; the day in "Embargoed until 00.01 Tuesday 19
    #    November 2024"; seven recommendations
    ("weaverthorpe-pdu-2024", facts([
        svc("Weaverthorpe Probation Delivery Unit", "Weaverthorpe PDU", "PDU", INAD)], "2024-11-19", "2024-09", 7),
     """N| [Yorkshire and the Humber probation region|S]: [Weaverthorpe unit|S] found failing

N| Embargoed until 00.01 [Tuesday 19 November 2024|D]

N| [Weaverthorpe Probation Delivery Unit|S], within [Probation Service – Yorkshire and the Humber region|S], has been placed at the foot of the inspectors’ scale: ‘[Inadequate|R]’.
N| The region’s own rating, from its inspection in [2023|D], was ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] carried out its fieldwork during [September 2024|D], reading 42 case files.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff at [Weaverthorpe|S] are stretched so thin that the most basic checks on risk were going undone.
W| “In half the cases we read, nobody had asked the police about domestic abuse call-outs before a plan was written.”

W| Mr Jones continued: “Leaders in the region knew of these problems for many months and did too little about them.”

S| Despite the pressure, inspectors found the unit’s unpaid work placements well organised, with most people finishing their hours on time.
W| Contact with [North Yorkshire Police|A] and [North Yorkshire Council|A]’s children’s services was irregular and depended on individual goodwill.

R| Seven recommendations have been made, five for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. [Weaverthorpe PDU|S] supervises around 600 people on the northern edge of the Yorkshire Wolds.
"""),
    # 4. an older name, before 2018: "Nunnington Youth Offending Team" then "the YOT" and "Nunnington YOS"; the old
    #    scale's lower-case "good" (not RATING); bullet lists after "pleased to find" / "concerned to find"; no overall
    #    rating; published "Tuesday 23 August 2016"; fieldwork "in May 2016"
    ("nunnington-yot-2016", facts([
        svc("Nunnington Youth Offending Team", "Nunnington YOT", "YJS", None)], "2016-08-23", "2016-05", None),
     """N| Inspection of youth offending work in Nunnington

N| [Tuesday 23 August 2016|D]

N| The report of [HM Inspectorate of Probation|A] on [Nunnington Youth Offending Team|S], inspected in [May 2016|D] jointly with [Ofsted|A] and the [Care Quality Commission|A], is out today.
N| The inspection looked at work with children under court orders and children released from custody.

N| Inspectors were pleased to find that:
S| staff in the YOT had built trusting relationships with the children and their families;
S| the work done with children to repair the harm they had caused was of a good standard;
S| the [Nunnington YOS management board|A] was well attended by senior partners.

N| However, inspectors were concerned to find that:
W| risk-to-others assessments were often out of date;
W| health and education needs were not always identified at the start of an order.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Nunnington YOT|S] has much to be proud of, and children are generally well served.
R| “The board must now make sure that risk is assessed thoroughly in every case.”

N| The full report is available on our website.
"""),
    # 5. older and other names: "Oswaldkirk Youth Offending Service" in 2019, now "Oswaldkirk Youth Justice Service" in a
    #    note; "Published: 9 Jul 2019"; "the inspectors’ verdict was ‘...’"; fieldwork "in March 2019"; five
    #    recommendations
    ("oswaldkirk-yos-2019", facts([
        svc("Oswaldkirk Youth Offending Service", "Oswaldkirk YOS", "YJS", GOOD)], "2019-07-09", "2019-03", 5),
     """N| News

N| Youth offending work in Oswaldkirk: a solid service

N| Published: [9 Jul 2019|D]

N| After visiting [Oswaldkirk Youth Offending Service|S] in [March 2019|D], the inspectors’ verdict was ‘[Good|R]’.

S| Case managers had a detailed grasp of each child’s circumstances, and their plans were written with the child rather than for them.
S| Inspectors commended the partnership with the local [CAMHS|A] team, which saw referred children within a fortnight.
W| Yet work to keep other people safe from the children was less convincing, and contingency plans were often vague.
W| The management board of [Oswaldkirk YOS|S] did not receive enough information about the quality of casework.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service puts children first, and its staff deserve credit for that.”

R| We have made five recommendations to help the service improve further.

N| Notes to editors
N| 1. Since [April 2021|D] the service has been called [Oswaldkirk Youth Justice Service|S].
"""),
    # 6. a rating without "rated": "X has been handed the inspectorate’s top mark, ‘...’"; council page with
    #    "17/04/2024"; fieldwork "between 11 and 15 December 2023"; four recommendations
    ("wombleton-yjs-2024", facts([
        svc("Wombleton Youth Justice Service", "Wombleton YJS", "YJS", OUT)], "2024-04-17", "2023-12", 4),
     """N| [Wombleton Youth Justice Service|S] awarded top mark

N| [17/04/2024|D]

N| [Wombleton Youth Justice Service|S] has been handed the inspectorate’s top mark, ‘[Outstanding|R]’, in [HM Inspectorate of Probation|A]’s report out today.
N| Inspectors spent a week with the service, between [11 and 15 December 2023|D].

S| The report describes a service where every child’s plan is shaped by what the child and their family say they need.
S| Inspectors singled out the service’s work on exploitation, run jointly with [North Yorkshire Police|A], as an example for others to follow.
S| Out-of-court work was described as tenacious, with case managers keeping in touch with children well beyond the end of their programme.
W| The one area the report identifies for development is the recording of decisions about children’s safety in custody.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wombleton|S] shows what can be done when a partnership knows its children well and refuses to give up on them.”

R| The report makes four recommendations.

N| Councillor [Janet Whitby|X], executive member for children at [North Yorkshire Council|A], said: “We thank inspectors for their careful work and our staff for their dedication.”
"""),
    # 7. aspects rated separately: overall "Requires improvement" with resettlement "Good" and out-of-court disposals
    #    "Inadequate", each "rated separately" / "judged on its own"; "Published 3 October 2023"; fieldwork "in June and
    #    July 2023"; six recommendations
    ("harome-yjs-2023", facts([
        svc("Harome Youth Justice Service", "Harome YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}, {"aspect": "out-of-court disposals", "rating": INAD}])],
        "2023-10-03", "2023-06", 6),
     """N| Press release

N| [Harome youth justice service|S] must improve, says inspectorate

N| Published [3 October 2023|D]

N| [Harome Youth Justice Service|S] has received an overall rating of ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
S| Resettlement work, rated separately, was ‘[Good|R]’.
W| Out-of-court disposals, which were judged on their own, were ‘[Inadequate|R]’, because children were too often given a caution without any assessment of their needs.
N| Inspectors carried out fieldwork in [June and July 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children leaving custody are well looked after in Harome: their accommodation and education are arranged well before release.
W| “The picture for children diverted from court is very different, and the partnership has not kept a close enough eye on it.”

W| Inspectors were disappointed to find that only 9 of the 20 out-of-court cases they looked at had a plan for keeping the child safe.
S| Staff spoke with enthusiasm about their work and said managers backed them.

R| The inspectorate has made six recommendations, including that the management board reviews every out-of-court decision made in the last year.
"""),
    # 8. the previous inspection's rating beside: "Snainton PDU remains at ‘...’, the same grade it was given in 2022";
    #    published "today (Wednesday 11 December)" with the year from the fieldwork "in July 2024"; eight recommendations
    ("snainton-pdu-2024", facts([
        svc("Snainton Probation Delivery Unit", "Snainton PDU", "PDU", RI)], "2024-12-11", "2024-07", 8),
     """N| [Snainton probation unit|S] still ‘[Requires improvement|R]’

N| A report published today ([Wednesday 11 December|D]) finds that [Snainton Probation Delivery Unit|S] remains at ‘[Requires improvement|R]’, the same grade it was given in [2022|D].
N| The unit was inspected by [HM Inspectorate of Probation|A] in [July 2024|D] and is one of a dozen in the [Probation Service|A]’s [Yorkshire and the Humber region|S].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two years on from our last visit, [Snainton|S] has moved forward in some areas and stood still in others.
S| “Court work is now timely and accurate, and the unit has recruited a full team of probation officers.
W| “But the quality of work to protect victims of domestic abuse has barely changed, and that has to be a concern for everyone.”

W| In only 14 of 36 cases had practitioners checked with children’s services about children in the household.
W| The unit had been slow to act on the recommendations of the previous inspection.

R| The report makes eight recommendations, six for the unit and two for the [Probation Service|A] nationally.

N| ENDS
"""),
    # 9. two PDUs with one shared rating and a separately rated aspect: "Both units stand at ‘...’"; unpaid work
    #    "rated separately in each unit"; "Published: 26 Feb 2025"; fieldwork "from 28 October to 8 November 2024";
    #    eight recommendations "four for each"
    ("gilling-east-and-stonegrave-pdus-2025", facts([
        svc("Gilling East Probation Delivery Unit", "Gilling East PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}]),
        svc("Stonegrave Probation Delivery Unit", "Stonegrave PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": RI}])], "2025-02-26", "2024-10", 8),
     """N| News

N| Two probation units north of York inspected

N| Published: [26 Feb 2025|D]

N| Reports issued today cover [Gilling East Probation Delivery Unit|S] and [Stonegrave Probation Delivery Unit|S], neighbouring units that report to the [Probation Service – Yorkshire and the Humber region|S].
N| Both units stand at ‘[Requires improvement|R]’.
W| Unpaid work, rated separately in each unit, was ‘[Good|R]’ in [Gilling East|S] and ‘[Requires improvement|R]’ in [Stonegrave|S].
N| Fieldwork took place over a fortnight, from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams have kept going through a long period of staff shortages, and people on probation spoke warmly of them.
W| “However, risk plans were routinely copied forward between reviews, with no fresh thought given to them.”

S| [Gilling East|S]’s unpaid work team had found placements for people with health problems that kept them from heavy labour.
W| In [Stonegrave PDU|S], a backlog of unpaid work hours had built up over the summer.

R| Eight recommendations are made, four for each unit.
"""),
    # 10. ordinary: a council page, "12/03/2024" date; "rated ‘Good’"; fieldwork "during November 2023"; five
    #     recommendations
    ("welburn-yjs-2024", facts([
        svc("Welburn Youth Justice Service", "Welburn YJS", "YJS", GOOD)], "2024-03-12", "2023-11", 5),
     """N| [Welburn Youth Justice Service|S] rated ‘[Good|R]’

N| [12/03/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A], who visited during [November 2023|D], have rated [Welburn Youth Justice Service|S] ‘[Good|R]’.

S| Inspectors found that the service had strong leadership and a clear sense of purpose.
S| They praised assessments that took full account of trauma in children’s lives.
S| The speech and language therapist based in the team was described as a particular strength.
W| However, inspectors noted that arrangements for children moving into adult services were inconsistent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am pleased to see a service so clearly focused on the needs of the children it works with.
S| “Staff and managers can be rightly proud of this result.”

R| The inspectorate made five recommendations for the service and its partners.

N| Councillor [Peter Lund|X] said: “We are proud of our team and will act on the recommendations straight away.”
"""),
    # 11. ordinary PDU, GOV.UK layout with notes; "rated ‘Inadequate’"; fieldwork "in April 2025"; day in the notes
    #     "2 September 2025"; six recommendations
    ("scagglethorpe-pdu-2025", facts([
        svc("Scagglethorpe Probation Delivery Unit", "Scagglethorpe PDU", "PDU", INAD)], "2025-09-02", "2025-04", 6),
     """N| Press release

N| [Scagglethorpe probation unit|S] rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| [Scagglethorpe Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A], following an inspection in [April 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in this area are not being supervised safely.
W| “Caseloads were unmanageable, new staff had been given complex cases within weeks of starting, and morale was very low.”

W| Inspectors found that risk of harm assessments were sufficient in just 11 of the 32 cases examined.
W| Worryingly, some people released from prison had not been seen by a probation officer for several weeks.
S| Positively, the unit’s partnership with a women’s centre meant that women on probation received high-quality support.

R| The report makes six recommendations, including that the region provides extra senior management support to the unit.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [2 September 2025|D] at 00.01.
N| 2. [Scagglethorpe PDU|S] covers villages and market towns in the [Probation Service|A]’s [Yorkshire and the Humber region|S].
"""),
    # 12. ordinary YJS, justiceinspectorates "Published: 15 Feb 2022"; fieldwork "carried out remotely in October 2021";
    #     "Requires improvement"; seven recommendations
    ("birdsall-yjs-2022", facts([
        svc("Birdsall Youth Justice Service", "Birdsall YJS", "YJS", RI)], "2022-02-15", "2021-10", 7),
     """N| News

N| Youth justice in Birdsall needs to improve

N| Published: [15 Feb 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Birdsall Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [October 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has come through the pandemic with its staff intact, but the quality of its casework has slipped.
W| “Plans were often generic, and we saw little evidence that managers were checking them.”

S| While caseloads had risen during the year, case managers stayed in regular touch with every child.
W| Children often waited months for emotional health support, a gap in the health offer that inspectors highlighted.
S| Victim work stood out: every victim was offered the chance to take part in restorative work.

R| The report makes seven recommendations, two of which are for [North Yorkshire Council|A].
"""),
    # 13. ordinary local news on an "Outstanding" YJS; byline Friday 26 July 2024, report "published on Wednesday";
    #     fieldwork "in March 2024"; three recommendations
    ("duggleby-yjs-2024", facts([
        svc("Duggleby Youth Justice Service", "Duggleby YJS", "YJS", OUT)], "2024-07-24", "2024-03", 3),
     """N| Wolds youth team among best in the country

N| By [Simon Ackroyd|X]

N| [Friday 26 July 2024|D]

N| [Duggleby Youth Justice Service|S] has been given an ‘[Outstanding|R]’ rating in a report published on Wednesday ([24 July|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [March 2024|D].

S| They found that the service knew its children well and that every child had a say in their own plan.
S| The watchdog praised the team’s work with [North Yorkshire Police|A] to steer children away from the youth court.
S| It also found that children in the service were far more likely to be in education or training than the national average.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that is not complacent, and it has every reason to be proud.”

R| The report makes three recommendations.

N| The service’s manager said the team was “thrilled” with the result.
"""),
    # 14. ordinary PDU, justiceinspectorates; "Requires improvement" with the near miss ("came close to ‘Inadequate’", a
    #     WEAKNESS, no fact); "Published: 21 Jun 2023"; fieldwork "between 6 and 17 February 2023"; six recommendations
    ("levisham-pdu-2023", facts([
        svc("Levisham Probation Delivery Unit", "Levisham PDU", "PDU", RI)], "2023-06-21", "2023-02", 6),
     """N| News

N| [Levisham probation unit|S] ‘[Requires improvement|R]’

N| Published: [21 Jun 2023|D]

N| [Levisham Probation Delivery Unit|S] has been given an overall rating of ‘[Requires improvement|R]’.
W| The unit came close to being judged ‘[Inadequate|R]’.
N| Fieldwork took place between [6 and 17 February 2023|D].

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “The unit covers a large and sparsely populated area, and travel takes up a good deal of staff time.
W| “Even so, the gaps we found in work to keep people safe are serious, and some of them were already known to managers.”

S| The court team’s reports impressed inspectors: they were high-quality and arrived on time.
W| Unfortunately, the unit had very limited access to accredited programmes.

R| Of the six recommendations made, four are for the unit and two for regional probation leaders.
"""),
    # 15. ordinary YJS in a GOV.UK layout with the page's boilerplate; "rated ‘Good’"; fieldwork "in June 2021"; day
    #     "Tuesday 12 October 2021" in the notes; four recommendations
    ("cawton-yjs-2021", facts([
        svc("Cawton Youth Justice Service", "Cawton YJS", "YJS", GOOD)], "2021-10-12", "2021-06", 4),
     """N| Skip to main content

N| Press release

N| Youth justice work in Cawton rated ‘[Good|R]’

N| [Cawton Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors carried out the fieldwork remotely in [June 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has a stable, experienced workforce, and it shows in the quality of the work.
S| “Children told us they felt listened to, and their parents were kept informed.”

S| Encouragingly, the service had kept face-to-face contact going with the most vulnerable children throughout the lockdowns.
W| But work to address disproportionality was in its infancy, and the service did not yet collect the data it would need.

R| The report makes four recommendations.

N| Notes to editors
N| 1. The report will be published on [Tuesday 12 October 2021|D].
"""),
    # 16. a 2025-26 public-protection inspection with "Context" and "Findings" sections and no rating; published
    #     "Tuesday 27 January 2026"; fieldwork "in September 2025"; no count of recommendations
    ("wintringham-pdu-2026", facts([
        svc("Wintringham Probation Delivery Unit", "Wintringham PDU", "PDU", None)], "2026-01-27", "2025-09", None),
     """N| Public protection inspection: [Wintringham Probation Delivery Unit|S]

N| [Tuesday 27 January 2026|D]

N| Findings from a public protection inspection of [Wintringham Probation Delivery Unit|S], carried out in [September 2025|D], were published today by [HM Inspectorate of Probation|A].
N| These inspections do not give a rating.

N| Context
N| [Wintringham PDU|S] covers a rural area along the northern edge of the Yorkshire Wolds.
N| It supervised around 450 people at the time of the inspection.

N| Findings
S| Practitioners had a close knowledge of the people on their caseloads and noticed quickly when circumstances changed.
W| Information from the police about domestic abuse was not always requested before sentence.
W| Where someone posed a risk to children, home visits were rare.
S| Joint work with [MAPPA|A] partners on the highest-risk cases was effective.

R| The [Probation Service|A] should make sure that home visits are carried out wherever a child may be at risk.
"""),
    # 17. ordinary YJS with a quote spread over paragraphs and "Mr Jones continued"; "rated ‘Requires improvement’";
    #     fieldwork "10 - 14 June 2024"; day "Tuesday 17 September 2024" in the notes; six recommendations
    ("amotherby-yjs-2024", facts([
        svc("Amotherby Youth Justice Service", "Amotherby YJS", "YJS", RI)], "2024-09-17", "2024-06", 6),
     """N| [Amotherby Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| [Amotherby Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The inspection’s fieldwork dates were [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are green shoots in Amotherby, and the new head of service has a realistic view of what needs to change.
W| “But the management board met infrequently, and little changed as a result of its meetings.”

W| Mr Jones continued: “Too many children were waiting for an assessment of their education needs, some for more than a term.”

S| Inspectors praised the reparation projects run by the service, through which children worked side by side with local volunteers.
W| After a restructure, staff did not know what was expected of them, and some felt isolated.

R| The report makes six recommendations, including that the board sets clear priorities for the coming year.

N| ENDS

N| Notes to editors
N| 1. The report will be available on [Tuesday 17 September 2024|D] at 00.01.
"""),
    # 18. ordinary "youth offending service" in 2019 in a council page; "rated ‘Good’"; fieldwork "in January 2019";
    #     page date "30/04/2019"; five recommendations
    ("foxholes-yos-2019", facts([
        svc("Foxholes Youth Offending Service", "Foxholes YOS", "YJS", GOOD)], "2019-04-30", "2019-01", 5),
     """N| Inspectors rate youth offending service ‘[Good|R]’

N| [30/04/2019|D]

N| [Foxholes Youth Offending Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A] after an inspection in [January 2019|D].

S| The report finds that [Foxholes YOS|S] is well led, with a committed management board and good partnership work across the area.
S| Inspectors commended the high standard of court reports and the speed with which children were seen after sentence.
W| However, they were concerned that the risk of harm to others was not always reassessed after new offences.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a dedicated team that makes a real difference to the lives of the children it works with.”

R| Five recommendations have been made to help the service improve.

N| The council’s director of children’s services thanked staff and partners for their hard work.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-ninety-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
