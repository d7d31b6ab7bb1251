"""Builds the eighty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three County Durham and Northumberland PDUs on a GOV.UK page, the region named first: "X and Y were both given
    #    ‘...’, while Z was placed in the lowest category"; fieldwork "between 4 and 15 December 2023"; ten
    #    recommendations "four for Gainford and three each for ..."
    ("castle-eden-gainford-and-stamfordham-pdus-2024", facts([
        svc("Castle Eden Probation Delivery Unit", "Castle Eden PDU", "PDU", RI),
        svc("Gainford Probation Delivery Unit", "Gainford PDU", "PDU", INAD),
        svc("Stamfordham Probation Delivery Unit", "Stamfordham PDU", "PDU", RI)], "2024-04-23", "2023-12", 10),
     """N| Press release

N| Inspection of three probation units in the North East

N| Inspectors report on units in County Durham and Northumberland.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| Today [His Majesty’s Inspectorate of Probation|A] has released its findings on three units within the [Probation Service – North East region|S]: [Castle Eden Probation Delivery Unit|S], [Gainford Probation Delivery Unit|S] and [Stamfordham Probation Delivery Unit|S].
N| [Castle Eden|S] and [Stamfordham|S] were both given ‘[Requires improvement|R]’, while [Gainford|S] was placed in the lowest category, ‘[Inadequate|R]’.
N| The fieldwork in all three units took place between [4 and 15 December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Castle Eden and Stamfordham we met experienced managers who had steadied their teams after a difficult couple of years.
W| “[Gainford|S] is a different story: close to half the unit’s qualified officer posts were vacant, and trainees were holding cases far too complex for them.
W| “In all three units, staff seldom went to people’s homes to see for themselves whether partners and children were safe.”

S| In [Stamfordham PDU|S], inspectors found a well organised partnership with [Northumbria Police|A] for supervising perpetrators of domestic abuse.
W| In [Gainford PDU|S], a quarter of the cases inspected had no up-to-date assessment of the risk the person posed.

R| Ten recommendations are spread across the reports: four for [Gainford|S] and three each for [Castle Eden|S] and [Stamfordham|S].

N| The [Probation Service|A]’s regional office in the North East said experienced officers had already been moved to Gainford.
"""),
    # 2. two youth justice services in a local-news story, byline Friday 20 October 2023, the reports "came out on Tuesday
    #    (17 October)", visits "in June 2023"; ratings in the other order from the one the services were first named in ("Lazonby has been
    #    awarded ..., with Armathwaite one grade lower"); "Nine ... five for Armathwaite and four for Lazonby"
    ("armathwaite-and-lazonby-yjs-2023", facts([
        svc("Armathwaite Youth Justice Service", "Armathwaite YJS", "YJS", GOOD),
        svc("Lazonby Youth Justice Service", "Lazonby YJS", "YJS", OUT)], "2023-10-17", "2023-06", 9),
     """N| Youth justice teams in the Eden valley win praise from inspectors

N| By [Helen Armstrong|X]

N| [Friday 20 October 2023|D]

N| Reports on [Armathwaite Youth Justice Service|S] and [Lazonby Youth Justice Service|S], based on visits in [June 2023|D], came out on Tuesday ([17 October|D]).
N| [Lazonby|S] has been awarded ‘[Outstanding|R]’, with [Armathwaite|S] one grade lower at ‘[Good|R]’.

S| According to the reports, [Lazonby|S]’s workers were skilled at keeping children in education, and almost all of the children inspectors read about were attending school or college.
S| The inspectors also commended [Armathwaite|S] for the speed with which it got children in front of a mental health worker.
W| However, the report on [Armathwaite YJS|S] said that plans to protect victims were sometimes written without speaking to the victim at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this rural corner of Cumbria are well served by both teams, and [Lazonby|S] stands out nationally.”

R| The two reports contain nine recommendations, five for [Armathwaite|S] and four for [Lazonby|S].

N| A spokesperson for [Westmorland and Furness Council|A] said the council was “delighted” and thanked staff and partners.
"""),
    # 3. a town PDU and its neighbouring rural PDU in a justiceinspectorates news item, the region in the first sentence:
    #    "inspectors have placed X at ‘...’ and Y at ‘...’"; "Published: 11 Feb 2025"; fieldwork "7 - 18
    #    October 2024"; "eight recommendations in total"
    ("greatham-and-piercebridge-pdus-2025", facts([
        svc("Greatham Probation Delivery Unit", "Greatham PDU", "PDU", RI),
        svc("Piercebridge Probation Delivery Unit", "Piercebridge PDU", "PDU", INAD)], "2025-02-11", "2024-10", 8),
     """N| News

N| Two probation units in the Tees Valley fall short of the standard expected

N| Published: [11 Feb 2025|D]

N| In separate reports on two units of the [North East region of the Probation Service|S], inspectors have placed [Greatham Probation Delivery Unit|S] at ‘[Requires improvement|R]’ and [Piercebridge Probation Delivery Unit|S] at ‘[Inadequate|R]’.
N| The two units were inspected together, [7 - 18 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Piercebridge, too many people under supervision had gone weeks without seeing anyone, and staff told us they felt they were simply surviving.
S| “[Greatham|S]’s leaders, by contrast, had a firm hold on what was happening in their unit and were honest about what still needed to change.”

W| Neither unit was making enough checks with children’s social care before proposing a sentence to the court.
S| Inspectors found the [Greatham PDU|S] approach to women on probation thoughtful, with a women’s centre run jointly with [Hartlepool Borough Council|A].
W| In [Piercebridge PDU|S], interventions to address violent behaviour had stopped for most of the year because no trained facilitator was available.

R| The inspectorate makes eight recommendations in total, three for [Greatham PDU|S], three for [Piercebridge PDU|S] and two for the region’s leadership team.
"""),
    # 4. a unit inside its region, the region in the headline and the notes: "... has given X ‘...’, the lowest possible
    #    rating"; "The last time it was inspected, in 2022, ... ‘...’" (previous rating); "Mr Jones continued"; fieldwork
    #    "in February 2024"; the notes' "Embargo: 00.01, Tuesday 9 July 2024"
    ("humshaugh-pdu-2024", facts([
        svc("Humshaugh Probation Delivery Unit", "Humshaugh PDU", "PDU", INAD)], "2024-07-09", "2024-02", 7),
     """N| [North East probation region|S]: [Humshaugh probation unit|S] found to be failing

N| [HM Inspectorate of Probation|A] has given [Humshaugh Probation Delivery Unit|S] ‘[Inadequate|R]’, the lowest possible rating.
N| The last time it was inspected, in [2022|D], the unit was rated ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [February 2024|D] and looked closely at 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Since our previous visit, [Humshaugh|S] has gone backwards.
W| “Its staff are working hard, but a quarter of posts have been vacant for more than a year and the managers who remain are stretched very thin.”

W| Mr Jones continued: “We found people assessed as posing a high risk to the public who had not been visited at home for the best part of a year, which is simply not acceptable.”

S| There were some bright spots: unpaid work projects in the Tyne Valley were well run, and [Humshaugh|S]’s court staff produced clear and timely reports.
W| Disappointingly, work with [Northumbria Police|A] to share information about domestic abuse call-outs had broken down in a large share of cases.

R| Of the seven recommendations, five are for [Humshaugh PDU|S] and two are meant for the [Probation Service|A] at national level.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Tuesday 9 July 2024|D], when the report will appear on the inspectorate’s website.
N| 2. The [Probation Service – North East region|S] has 11 probation delivery units, of which [Humshaugh PDU|S] covers the western Tyne Valley.
"""),
    # 5. a unit inside its region in Cumbria: "Published: 5 Dec 2023"; "X, in the Probation Service – North West
    #    region, now sits at ‘...’"; "‘Inadequate’ when the inspectorate last reported on it, in March 2022"; fieldwork
    #    "carried out in July 2023"; "in only 19 of the 42 cases"; six recommendations
    ("wetheral-pdu-2023", facts([
        svc("Wetheral Probation Delivery Unit", "Wetheral PDU", "PDU", RI)], "2023-12-05", "2023-07", 6),
     """N| News

N| Progress at Cumbrian probation unit, but inspectors want more

N| Published: [5 Dec 2023|D]

N| [Wetheral Probation Delivery Unit|S], in the [Probation Service – North West region|S], now sits at ‘[Requires improvement|R]’.
N| The unit was ‘[Inadequate|R]’ when the inspectorate last reported on it, in [March 2022|D].
N| This latest inspection was carried out in [July 2023|D].

S| Inspectors saw real progress: the unit now has a full management team and caseloads have come down to more manageable levels.
S| Positively, people on probation said they valued being seen in community venues close to home rather than travelling to Carlisle.
W| Yet sound plans to keep other people safe were in place in only 19 of the 42 cases inspected.
W| Practitioners were not always recording what they had learned from [Cumbria Constabulary|A] about incidents at home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wetheral|S] deserves credit for turning things round after our last visit.
R| “The next step is for managers to check, case by case, that risk is being reviewed whenever a person’s circumstances change.”

R| We have made six recommendations, all of them for the PDU.
"""),
    # 6. a Probation Trust in 2013, before ratings: "Wednesday, 20th March 2013"; percentage scores;
    #    "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"; fieldwork "in
    #    November 2012"; six recommendations
    ("redesdale-and-glendale-probation-trust-2013", facts([
        svc("Redesdale and Glendale Probation Trust", "Redesdale and Glendale Probation Trust", "other", None)],
        "2013-03-20", "2012-11", 6),
     """N| Offender management inspection: report on probation in Redesdale and Glendale

N| [Wednesday, 20th March 2013|D]

N| Today [Her Majesty’s Inspectorate of Probation|A] publishes what it found when it examined offender management in [Redesdale and Glendale Probation Trust|S].
N| Inspectors read 70 cases and interviewed offender managers when they visited in [November 2012|D].

S| Overall the Trust performed well, with a score of 78% for reducing reoffending.
W| Work to protect the public scored less well, at 66%.

N| Inspectors were pleased to find that:
S| • the Trust’s staff knew their cases thoroughly and were well motivated;
S| • offenders living in isolated villages were helped to get to appointments and to unpaid work.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were frequently left unchanged after important events in an offender’s life;
W| • information from [Northumbria Police|A] about domestic abuse was not sought in a number of cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Covering a huge area with a small staff, this Trust gets much of its work right.
R| “Its next priority should be to bring the same consistency to protecting the public.”

R| Six recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider: "Published: 3 Oct 2019"; "X (CRC), a company in the ... group, has been
    #    assessed as ‘...’ overall"; "Unpaid work, which received its own rating, came out better, at ‘...’"; fieldwork "during May 2019"; the
    #    provider's reply; five recommendations
    ("north-pennines-crc-2019", facts([
        svc("North Pennines Community Rehabilitation Company", "North Pennines CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-03", "2019-05", 5),
     """N| Probation company across the North Pennines must improve, say inspectors

N| Published: [3 Oct 2019|D]

N| [North Pennines Community Rehabilitation Company|S] (CRC), a company in the [Sodexo Justice Services|A] group, has been assessed as ‘[Requires improvement|R]’ overall.
S| Unpaid work, which received its own rating, came out better, at ‘[Good|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] did their fieldwork during [May 2019|D].

S| Unpaid work placements were varied and well supervised, and many people completed their hours ahead of time.
W| However, practitioners were carrying too many cases, and contact with some people was by telephone only.
W| Work with the [National Probation Service|A] on cases that might need to move between the two organisations was slow.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has some committed and capable staff, but its model of supervision leaves too many people barely known to their officer.
R| “I want to see every person on probation seen face to face by someone who knows their case.”

R| Of five recommendations, inspectors aimed three at the CRC and its owner and the remaining two at [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] said it was glad its unpaid work teams had been singled out and that changes were already under way.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection by the
    #    probation inspectorate "with Ofsted, the Care Quality Commission and, for policing, HM Inspectorate of Constabulary"; "Date: 14/09/2016" (day/month/year); fieldwork "in
    #    June 2016"; "The Council and the management board must:" lead-in
    ("kirkoswald-yot-2016", facts([
        svc("Kirkoswald Youth Offending Team", "Kirkoswald YOT", "YJS", None)], "2016-09-14", "2016-06", 8),
     """N| Inspection of youth offending work in Kirkoswald

N| Date: [14/09/2016|D]

N| Today sees publication of the report on [Kirkoswald Youth Offending Team|S] (YOT), inspected by [HM Inspectorate of Probation|A], with [Ofsted|A], the [Care Quality Commission|A] and, for policing, [HM Inspectorate of Constabulary|A].
N| Thirty children’s cases were examined during the fieldwork in [June 2016|D].

N| The inspectors were pleased to find that:
S| • case managers were trusted by the children they worked with and by parents;
S| • the [Kirkoswald YOT|S] and local schools worked together well, so few children were out of education.

N| The inspectors were concerned to find that:
W| • the management board knew too little about the quality of the service’s work;
W| • too many assessments of risk of harm to others were incomplete.

R| The inspection report makes eight recommendations.
R| The Council and the management board must:
R| • make sure that every child’s risk to others is properly assessed and reviewed;
R| • give the board the information it needs to hold partners to account.

N| Councillor [Peter Hodgson|X] said: “We welcome the report and will publish our response shortly.”
"""),
    # 9. a Youth Offending Service in 2019: "has been found to be a ‘...’ service"; resettlement "which the
    #    inspectorate assesses on its own, was one grade lower, at ‘...’"; "Thursday 5 December 2019" in the notes; fieldwork "in September 2019"; YOS / YOT switching
    ("blackhall-yos-2019", facts([
        svc("Blackhall Youth Offending Service", "Blackhall YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-12-05", "2019-09", 5),
     """N| [Blackhall youth offending service|S] ‘doing good work’, says Chief Inspector

N| [Blackhall Youth Offending Service|S] (YOS) has been found to be a ‘[Good|R]’ service, [HM Inspectorate of Probation|A]’s report says.
W| Resettlement, which the inspectorate assesses on its own, was one grade lower, at ‘[Requires improvement|R]’.
N| The inspection team was on site for a week in [September 2019|D].

S| The management board was well attended and partners held one another to account.
S| Case workers won the trust of children who had refused to engage with the YOT before.
W| Children leaving custody did not always know where they would be living until a day or two before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Blackhall|S] is well led, and children’s needs drive everything it does.
R| “Its partners now need to make sure that no child leaves custody without a settled home to go to.”

R| Five recommendations are made, four for the [Blackhall YOS|S] and one for [Durham County Council|A]’s housing services.

N| ENDS

N| Notes to editors
N| 1. The report is available on [HM Inspectorate of Probation|A]’s website from 00.01 on [Thursday 5 December 2019|D].
"""),
    # 10. a GOV.UK page, ordinary: "Inspectors have judged X to be ‘...’"; fieldwork "between 27 June and 1 July 2022";
    #     "Out-of-court work was a particular strength"; four recommendations
    ("ebchester-yjs-2022", facts([
        svc("Ebchester Youth Justice Service", "Ebchester YJS", "YJS", GOOD)], "2022-11-15", "2022-06", 4),
     """N| Press release

N| Youth justice service in the Derwent valley rated ‘[Good|R]’

N| Inspectors publish their report on [Ebchester Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 November 2022|D]

N| Inspectors have judged [Ebchester Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection took place between [27 June and 1 July 2022|D].

S| Out-of-court work was a particular strength, with decisions made quickly and children offered help that matched their needs.
S| Joint work with [Durham Constabulary|A] to divert children from formal charges impressed inspectors.
W| On the other hand, the quality of planning for children in court-ordered work was variable.
W| Some staff said they were unsure how to raise concerns about a child’s safety with children’s social care.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ebchester|S] has built a service that children and families trust.
N| “I hope this report gives the partnership the confidence to build on what it does well.”

R| The report contains four recommendations: three are for [Ebchester YJS|S] and one for the management board.
"""),
    # 11. a council page, "Date published: 26/03/2024": "X has been awarded a ‘...’ rating"; fieldwork "in
    #     November 2023"; a lower-case "good-quality" adjective; the council's reply; six recommendations
    ("tebay-yjs-2024", facts([
        svc("Tebay Youth Justice Service", "Tebay YJS", "YJS", RI)], "2024-03-26", "2023-11", 6),
     """N| Inspection report: [Tebay Youth Justice Service|S]

N| Date published: [26/03/2024|D]

N| [Tebay Youth Justice Service|S] has been awarded a ‘[Requires improvement|R]’ rating by inspectors from [HM Inspectorate of Probation|A].
N| The inspection took place in [November 2023|D].

S| Inspectors found good-quality work to support children into education, training and employment.
S| The service’s links with [Cumbria Constabulary|A] and the local youth court were described as strong.
W| However, inspectors found that managers were not checking the quality of assessments closely enough.
W| Work to support children who had been victims of exploitation was inconsistent.

R| Six recommendations are made; most are for the service’s management board.

N| Councillor [Sue Redpath|X], cabinet member for children’s services at [Westmorland and Furness Council|A], said: “We accept the findings and are committed to making the improvements needed.”
N| “I would like to thank our staff for their hard work during the inspection.”
"""),
    # 12. an embargo line in 2025: "The inspectorate has given X its lowest rating, ‘...’"; fieldwork "in January 2025";
    #     eleven recommendations to the service, the council and the ICB; "a culture in which problems were not raised"
    ("caldbeck-yjs-2025", facts([
        svc("Caldbeck Youth Justice Service", "Caldbeck YJS", "YJS", INAD)], "2025-05-15", "2025-01", 11),
     """N| Embargoed until 00:01 [Thursday 15 May 2025|D]

N| Youth justice in north Cumbria: ‘children are being let down’

N| The inspectorate has given [Caldbeck Youth Justice Service|S] its lowest rating, ‘[Inadequate|R]’.
N| The inspectors’ visit to Caldbeck was in [January 2025|D].

W| They found a culture in which problems were not raised, and a management board that met regularly but rarely changed anything.
W| In most of the cases inspected, risks to the child’s own safety had not been properly assessed.
W| Children waited months for help from [CAMHS|A], and some were never seen at all.
S| Even so, inspectors saw committed case managers who kept in touch with children despite very heavy workloads.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The partnership has not been willing to face up to its problems, and children here are paying the price.
R| “Leaders must move fast: I want a credible improvement plan in place within weeks, not months.”

R| The report contains 11 recommendations for the service, [Cumberland Council|A] and [NHS North East and North Cumbria Integrated Care Board|A].
"""),
    # 13. a remote inspection in 2021: "Published: Tuesday 22nd June 2021"; "Inspectors now place X at ‘...’, a step down
    #     from the ‘Good’ it received in 2019"; "the February 2021 fieldwork was done remotely"; seven recommendations
    ("felton-yjs-2021", facts([
        svc("Felton Youth Justice Service", "Felton YJS", "YJS", RI)], "2021-06-22", "2021-02", 7),
     """N| Youth justice service in Northumberland slips a grade

N| Published: [Tuesday 22nd June 2021|D]

N| Inspectors now place [Felton Youth Justice Service|S] at ‘[Requires improvement|R]’, a step down from the ‘[Good|R]’ it received in [2019|D].
N| COVID-19 restrictions meant the [February 2021|D] fieldwork was done remotely.

W| Much of the contact with children had moved to video calls or the telephone, and a few children had not sat down with their case manager since the autumn.
W| Just 13 of 30 case files held a good enough plan for managing the harm a child could cause to others.
S| Encouragingly, the service had kept its reparation projects going, adapting them so children could take part safely.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Every service has found the pandemic hard, but in [Felton|S] attention to safety, for children and for the public, has drifted.
R| “The partnership should restore face-to-face contact as soon as it is safe to do so.”

R| Seven recommendations are made in the report.

N| In a statement, [Northumberland County Council|A] said an improvement plan was under way.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Context" and "Findings" bullets, the region in a
    #     bullet; "Published: 16 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("glanton-pdu-2025", facts([
        svc("Glanton Probation Delivery Unit", "Glanton PDU", "PDU", None)], "2025-12-16", "2025-09", 4),
     """N| Skip to content

N| Public protection work in a rural probation unit in Northumberland

N| Published: [16 Dec 2025|D]

N| How well does [Glanton Probation Delivery Unit|S] protect the public?
N| [HM Inspectorate of Probation|A] gives its answer in a report out today.
N| This programme of inspections leaves out the usual four-point rating.
N| Inspectors visited in [September 2025|D].

N| Context
N| • [Glanton PDU|S], within the [Probation Service – North East region|S], covers the north of Northumberland.
N| • It supervises around 450 people, many of whom live a long way from the nearest office.

N| Findings
S| • Practitioners knew the risks in their caseloads well and passed information to partners without delay.
W| • Few home visits were made, even to households with children.
W| • Domestic abuse checks with [Northumbria Police|A] had not been requested in around a third of relevant cases.
S| • Approved premises placements were well used for people released from prison.

R| Four recommendations are addressed to the PDU and the region.
"""),
    # 15. a GOV.UK page: "... has awarded X the top grade on its scale, ‘...’"; resettlement "rated in its own right" ‘Good’; fieldwork
    #     "in April 2023"; two recommendations; "I would encourage other services to visit"
    ("scotby-yjs-2023", facts([
        svc("Scotby Youth Justice Service", "Scotby YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-08-08", "2023-04", 2),
     """N| Press release

N| Cumbrian youth justice service ‘[Outstanding|R]’

N| Inspectors publish their report on [Scotby Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [8 August 2023|D]

N| [HM Inspectorate of Probation|A] has awarded [Scotby Youth Justice Service|S] the top grade on its scale, ‘[Outstanding|R]’.
S| Its resettlement work, rated in its own right, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [April 2023|D].

S| Every child inspectors spoke to said they had been listened to, and many described their case worker as someone they trusted.
S| The service’s work to keep children safe from exploitation, with [Cumbria Constabulary|A] and children’s social care, was of a very high standard.
S| Leaders knew the service’s strengths and weaknesses well and had acted quickly on feedback from children.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scotby|S] is among the best youth justice services we have inspected.
N| “I would encourage other services to visit and see how it works.”

R| Two recommendations are made, both concerning resettlement.
"""),
    # 16. a 2020 release: "Wednesday, 11th March 2020" date line; "X has been graded ‘...’"; fieldwork "between 2
    #     and 6 December 2019"; no count of recommendations (null)
    ("castleside-yjs-2020", facts([
        svc("Castleside Youth Justice Service", "Castleside YJS", "YJS", GOOD)], "2020-03-11", "2019-12", None),
     """N| A ‘[Good|R]’ report for youth justice in Castleside

N| [Wednesday, 11th March 2020|D]

N| [Castleside Youth Justice Service|S] has been graded ‘[Good|R]’ in a report released this morning by [HM Inspectorate of Probation|A].
N| Inspectors were with the service between [2 and 6 December 2019|D].

S| Victims were well looked after: the report praises the way they were kept up to date and offered the chance of restorative justice.
S| A nurse working within the team picked up children’s health needs early and arranged the right help.
W| However, inspectors were concerned that case managers did not always consider the risk children could pose to brothers and sisters at home.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “For its size, this service achieves a remarkable amount for children in north-west Durham.
S| “The team at [Castleside|S] can take real pride in this result.”

N| The full report lists the areas where further improvement is possible.
"""),
    # 17. a council press release: "the watchdog assessed X as ‘...’"; "published today (Thursday 19 September)" (no year:
    #     the fieldwork's, May 2024); the council's promises; six recommendations
    ("burgh-by-sands-yjs-2024", facts([
        svc("Burgh-by-Sands Youth Justice Service", "Burgh-by-Sands YJS", "YJS", RI)], "2024-09-19", "2024-05", 6),
     """N| Council responds to youth justice inspection

N| In a report published today ([Thursday 19 September|D]), the probation watchdog assessed [Burgh-by-Sands Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [May 2024|D].

S| The watchdog found that children were treated with respect and that their views shaped their plans.
S| It praised a scheme run with [Cumbria Constabulary|A] that meant fewer children ended up before magistrates.
W| But it found that the service’s understanding of the risks some children faced outside the home was too limited.
W| It also said the management board did not have enough information about how well the service was doing.

R| Six recommendations are set out: five are for the service and its board, and one is for [Cumberland Council|A]’s children’s services.

N| Councillor [Mark Fell|X] said: “Our thanks go to the inspection team and to our staff.
N| “We will make sure every one of the recommendations is acted on.”
"""),
    # 18. an NPS division in 2019, the headline naming no service: "Inspectors’ conclusion is that the X ‘...’"; "Published:
    #     28 Nov 2019"; fieldwork "in June and July 2019"; the short "NPS Solway and Irthing"; nine recommendations
    ("solway-and-irthing-nps-division-2019", facts([
        svc("National Probation Service – Solway and Irthing Division", "NPS Solway and Irthing", "region", RI)],
        "2019-11-28", "2019-06", 9),
     """N| Inspection of a National Probation Service division in the far north of England

N| Published: [28 Nov 2019|D]

N| Inspectors’ conclusion is that the [National Probation Service – Solway and Irthing Division|S] ‘[Requires improvement|R]’.
N| The division covers north Cumbria and parts of Northumberland, and supervises about 2,800 people.
N| [HM Inspectorate of Probation|A] carried out fieldwork in [June and July 2019|D].

S| Court work was efficient, and sentencers told inspectors they had confidence in the advice they received.
S| The division had strong relationships with [MAPPA|A] partners, and the management of the highest-risk cases was thorough.
W| In contrast, assessments for people presenting a medium risk were often out of date.
W| Sickness absence was high, and agency workers filled a third of probation officer posts in some offices.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Solway and Irthing|S] does its most serious work well, but the quality of everyday supervision is uneven.
R| “The division must tackle its staffing problems if it is to improve.”

R| Nine recommendations are made: six for the division, two for [HMPPS|A] and one for the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
