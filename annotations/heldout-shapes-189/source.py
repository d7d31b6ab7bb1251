"""Builds the hundred-and-eighty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the South West region on a GOV.UK page, the region named before the units; "Banwell and Winford
    #    were both graded ‘...’ and Clutton fell to ‘...’"; fieldwork "between 4 and 15 December 2023"; "Fourteen
    #    recommendations ... five each for Banwell and Winford and four for Clutton"
    ("banwell-winford-and-clutton-pdus-2024", facts([
        svc("Banwell Probation Delivery Unit", "Banwell PDU", "PDU", RI),
        svc("Winford Probation Delivery Unit", "Winford PDU", "PDU", RI),
        svc("Clutton Probation Delivery Unit", "Clutton PDU", "PDU", INAD)], "2024-04-16", "2023-12", 14),
     """N| Press release

N| Inspectors report on three probation units around the Mendip Hills

N| Reports on three probation delivery units in north Somerset and the Chew valley are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 April 2024|D]

N| Today [HM Inspectorate of Probation|A] has released separate reports on [Banwell Probation Delivery Unit|S], [Winford Probation Delivery Unit|S] and [Clutton Probation Delivery Unit|S], all in the [Probation Service – South West region|S].
N| [Banwell|S] and [Winford|S] were both graded ‘[Requires improvement|R]’ and [Clutton|S] fell to ‘[Inadequate|R]’.
N| The inspection team visited the three units between [4 and 15 December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Clutton|S] has been running for more than a year with half of its probation officer posts empty, and it shows.
W| “People leaving court there could wait several weeks before anyone from probation saw them.
S| “[Banwell|S] and [Winford|S] have steadier teams, and their links with drug and alcohol services in the area are a real asset.”

S| Inspectors commended [Winford PDU|S]’s work with women, much of it done from a community hub rather than the probation office.
W| Across all three units, checks on domestic abuse call-outs were missing from more than half the cases that needed them.

R| Fourteen recommendations are made in the three reports, five each for [Banwell|S] and [Winford|S] and four for [Clutton|S].

N| [Kate Mercer|X], who leads probation in the South West, said: “The findings are accepted, and experienced officers have already moved into Clutton.”
"""),
    # 2. two youth justice services in a local-news story, the report out "on Tuesday (3 October)" under a byline of
    #    Thursday 5 October 2023; "Compton Martin came away with ‘...’ and Ubley with ‘...’", the other order from the
    #    first naming; "Nine recommendations ..., five for Ubley and four for Compton Martin"
    ("ubley-and-compton-martin-yjs-2023", facts([
        svc("Ubley Youth Justice Service", "Ubley YJS", "YJS", GOOD),
        svc("Compton Martin Youth Justice Service", "Compton Martin YJS", "YJS", OUT)], "2023-10-03", "2023-06", 9),
     """N| Two youth justice teams in the Chew valley win praise from inspectors

N| By [Hannah Coles|X]

N| [Thursday 5 October 2023|D]

N| Inspectors spent part of [June 2023|D] with [Ubley Youth Justice Service|S] and [Compton Martin Youth Justice Service|S], and their reports came out on Tuesday ([3 October|D]).
N| [Compton Martin|S] came away with ‘[Outstanding|R]’ and [Ubley|S] with ‘[Good|R]’.

S| According to the reports, [Compton Martin|S]’s workers gained the confidence of children who had given up on adults, and stuck with them when things went wrong.
S| Inspectors also singled out [Ubley|S]’s arrangements with the local college, which had kept several children in training after arrest.
W| However, the report on [Ubley YJS|S] noted that safety plans for victims were at times drawn up and then not touched for months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services know their children well, and [Compton Martin|S] is among the strongest we have seen this year.”

R| Nine recommendations are made in total, five for [Ubley|S] and four for [Compton Martin|S].

N| “We are delighted for both teams, who work so hard for local children,” said a spokesperson for [Bath and North East Somerset Council|A].
"""),
    # 3. a unit inside its region, the region in the headline and first sentence: "Of the ... region’s units, X has now
    #    had its turn, and it has been placed at the bottom of the four-point scale: ‘...’"; the region's own 2022 rating; "Mr Jones continued"; fieldwork
    #    "in February 2023"; publication in the notes
    ("wookey-pdu-2023", facts([
        svc("Wookey Probation Delivery Unit", "Wookey PDU", "PDU", INAD)], "2023-06-20", "2023-02", 6),
     """N| [South West probation region|S]: serious concerns about [Wookey unit|S]

N| Of the [Probation Service – South West region|S]’s units, [Wookey Probation Delivery Unit|S] has now had its turn, and it has been placed at the bottom of the four-point scale: ‘[Inadequate|R]’.
N| In [2022|D] the region’s own inspection resulted in ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] looked at 52 cases from the unit in [February 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wookey|S] is struggling on almost every front.
W| “Staff told us they felt forgotten, managers were covering two or three jobs each, and no one had a clear picture of which cases posed the greatest risk.”

W| Mr Jones continued: “Only in one case in four had the safety of children living in the household been properly considered.”

S| Despite this, the unpaid work team had kept its placements running, and inspectors heard from several community groups who valued the work done for them.
W| Joint working with [Avon and Somerset Constabulary|A] on people convicted of domestic abuse was described as patchy.

R| Six recommendations are made, four to the unit and two to the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. The report goes live on the inspectorate’s website at 00.01 on [Tuesday 20 June 2023|D].
N| 2. [Wookey PDU|S] is one of several units in the [South West region|S].
"""),
    # 4. a unit inside its region: "Inspectors have judged X to be ‘...’; the unit covers ... for the South West region
    #    of the Probation Service" (one span); a justiceinspectorates news item with "Published: 12 Nov 2024"; fieldwork "in the first fortnight of July
    #    2024"; aspect ratings none; five recommendations
    ("kilmersdon-pdu-2024", facts([
        svc("Kilmersdon Probation Delivery Unit", "Kilmersdon PDU", "PDU", RI)], "2024-11-12", "2024-07", 5),
     """N| News

N| [Kilmersdon probation unit|S] must improve, say inspectors

N| Published: [12 Nov 2024|D]

N| Inspectors have judged [Kilmersdon Probation Delivery Unit|S] to be ‘[Requires improvement|R]’; the unit covers the eastern Mendip villages for the [South West region of the Probation Service|S].
N| Inspectors carried out their fieldwork in the first fortnight of [July 2024|D].

S| The unit’s head had brought in a new system of case audits, and staff said they now got regular, useful supervision.
S| Inspectors found that people on probation were usually seen by the same officer, which helped them to open up about their lives.
W| But the quality of risk assessments was uneven, and in 14 of the 30 cases reviewed the plan to manage risk was not good enough.
W| Staff shortages had also left the court team reliant on agency workers who did not know local services.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kilmersdon|S] has made a start, but too much of its work with risky cases still falls short.
R| “Leaders need to make sure that every officer has the time and the training to review risk when circumstances change.”

R| We have made five recommendations, all of them for the unit.
"""),
    # 5. a Probation Trust in 2011, before ratings: bullet lists after "Inspectors were pleased to find that:" and
    #    "However, inspectors were concerned to find that:"; scores out of a hundred; "Thursday, 17th March 2011"; fieldwork
    #    "in November 2010"; eight recommendations
    ("east-harptree-and-emborough-probation-trust-2011", facts([
        svc("East Harptree and Emborough Probation Trust", "East Harptree and Emborough Probation Trust", "other", None)],
        "2011-03-17", "2010-11", 8),
     """N| Offender management in East Harptree and Emborough: inspection report

N| [Thursday, 17th March 2011|D]

N| The report of [HM Inspectorate of Probation|A] on offender management by [East Harptree and Emborough Probation Trust|S] is published today.
N| Inspectors looked at a sample of 70 cases in [November 2010|D].

S| The Trust’s work to reduce the likelihood of reoffending scored 76%, well above the average so far.
W| Its work to protect the public scored a lower 64%.

N| Inspectors were pleased to find that:
S| • most initial assessments were completed on time;
S| • offenders were well motivated to comply with their sentences;
S| • links with [Avon and Somerset Constabulary|A] over prolific offenders were close and productive.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were frequently left unchanged after significant events;
W| • contact with children’s services about safeguarding was inconsistent.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with committed staff who clearly care about the people they supervise.
R| “Its public protection work now needs the same rigour.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 run by a named provider: "have judged X (CRC) ‘...’ overall"; unpaid work "rated separately ...
    #    was found to be ‘...’"; embargo line; fieldwork "in April and May 2018"
    ("burrington-and-rowberrow-crc-2018", facts([
        svc("Burrington and Rowberrow Community Rehabilitation Company", "Burrington and Rowberrow CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-08-14", "2018-04", 7),
     """N| EMBARGOED UNTIL 00:01 [Tuesday 14 August 2018|D]

N| Inspectors criticise probation company in the western Mendips

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Burrington and Rowberrow Community Rehabilitation Company|S] (CRC) ‘[Inadequate|R]’ overall.
S| Its unpaid work, which was rated separately, was found to be ‘[Good|R]’.
N| The fieldwork took place in [April and May 2018|D].
N| The CRC is run by [Working Links|A].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has too few staff for the work it has, and many of its people are supervised by telephone every few weeks and little else.
W| “That is not enough to keep the public safe or to help people turn their lives around.”

S| Inspectors were impressed by the unpaid work schemes, which gave people useful skills and were well regarded by local parish councils.
W| Important details were often late or missing when cases were transferred to or from the [National Probation Service|A].

R| Of the seven recommendations in the report, five are addressed to the CRC and [Working Links|A] and two to [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We are disappointed with the overall finding and are already putting things right.”
"""),
    # 7. a youth offending team written out, council page 2016, before ratings: joint inspection with Ofsted and the CQC;
    #    "Posted: 29/11/2016"; fieldwork "in September 2016"; six recommendations
    ("dundry-yot-2016", facts([
        svc("Dundry Youth Offending Team", "Dundry YOT", "YJS", None)], "2016-11-29", "2016-09", 6),
     """N| Inspection of youth offending work in Dundry

N| Posted: [29/11/2016|D]

N| The report of a joint inspection of [Dundry Youth Offending Team|S] (YOT) is now out; it was led by [HM Inspectorate of Probation|A], and [Ofsted|A] and the [Care Quality Commission|A] took part.
N| The inspectors visited in [September 2016|D].

N| They were pleased to find that:
S| • the YOT had a clear focus on keeping children out of custody;
S| • case managers saw children often and knew their circumstances in detail;
S| • the [Dundry YOT management board|A] had good attendance from partners and challenged the team constructively.

N| But they were concerned that:
W| • assessments of the harm children might cause others were not always thorough;
W| • too few children had their health needs assessed by a qualified worker.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a small team with a lot going for it.
R| “The board and the team should now ensure that a sound plan is in place for each child who could be a danger to others.”

R| The inspectors make six recommendations.

N| Councillor [Peter Harley|X] said: “We welcome the report and will act on the recommendations.”
"""),
    # 8. an NPS division with "an overall regional rating" (region type), no aspect rated; a headline's lower-case
    #    adjective "delivers ‘good’ service"; "Tuesday 22
    #    October 2019"; fieldwork "in June 2019"
    ("nps-doulting-and-croscombe-division-2019", facts([
        svc("National Probation Service – Doulting and Croscombe Division", "NPS Doulting and Croscombe", "region", GOOD)],
        "2019-10-22", "2019-06", 4),
     """N| [Tuesday 22 October 2019|D]

N| Probation division in Somerset delivers ‘good’ service

N| In its report on the [National Probation Service – Doulting and Croscombe Division|S], [HM Inspectorate of Probation|A] gives the division an overall regional rating of ‘[Good|R]’.
N| The division was inspected in [June 2019|D] under the inspectorate’s new standards.

S| Inspectors found that reports to court were thorough and on time, and that sentencers trusted the advice they received.
S| Staff had received good training and told inspectors their managers backed them.
W| However, victim work was slower than it should be, and some victims heard nothing before the offender was released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Doulting and Croscombe|S] is a well-led division that does the basics well.
R| “It should now give victims the same attention it gives to offenders.”

R| Four recommendations are made, to the division and to [HMPPS|A].
"""),
    # 9. rating without "rated": "given the lowest possible rating, ‘...’"; resettlement "rated separately" as ‘...’; the
    #    previous rating beside ("‘Good’ when last inspected in 2019"); fieldwork "over two weeks from 3 April 2023"; notes
    ("loxton-yjs-2023", facts([
        svc("Loxton Youth Justice Service", "Loxton YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-09-26", "2023-04", 7),
     """N| [Loxton youth justice service|S] drops to ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has given [Loxton Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The service had been assessed as ‘[Good|R]’ when last inspected in [2019|D].
W| Resettlement work, which is rated separately, was ‘[Requires improvement|R]’.
N| Inspectors were with the service over two weeks from [3 April 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is disappointing to see how far [Loxton|S] has fallen since our last visit.
W| “Children were waiting too long to be seen, managers did not know what was happening in many cases, and the board met but little changed.”

S| Inspectors did find some good work on education, and most children of school age were in a school or college.
W| In over half of the cases inspected, safety checks on children were either missing or out of date.

R| Seven recommendations are made: six to the service and one to [Somerset Council|A]’s children’s services.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [26 September 2023|D].
"""),
    # 10. ordinary: a youth justice service rated Good on a GOV.UK page
    ("bleadon-yjs-2024", facts([
        svc("Bleadon Youth Justice Service", "Bleadon YJS", "YJS", GOOD)], "2024-02-27", "2023-10", 4),
     """N| Press release

N| [Bleadon youth justice service|S] rated ‘[Good|R]’

N| Inspectors praise a youth justice service on the western edge of the Mendips.

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| Inspectors have rated [Bleadon Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [October 2023|D].

S| They found that staff built strong relationships with children and their families, often working with them in the evening and at weekends.
S| Staff understood each child’s needs for education, training and work, and a dedicated worker helped children back into learning.
W| However, efforts to protect children from exploitation were sometimes poorly coordinated with children’s social care.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bleadon|S] is a service that puts children first.
R| “Its partners should now make sure that information about exploitation is shared quickly.”

R| The report asks the service to act on three recommendations and its management board on a fourth.
"""),
    # 11. ordinary: council page "Posted on 14/05/2024", Requires improvement
    ("chew-stoke-yjs-2024", facts([
        svc("Chew Stoke Youth Justice Service", "Chew Stoke YJS", "YJS", RI)], "2024-05-14", "2024-01", 6),
     """N| Youth justice inspection report published

N| Posted on [14/05/2024|D]

N| Following an inspection in [January 2024|D], [HM Inspectorate of Probation|A] has given [Chew Stoke Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.

S| Inspectors said that staff were committed and that children felt listened to.
S| They also praised the service’s work with the local football club, which gave children a reason to keep appointments.
W| But assessments often left out the question of whether a child might harm someone else.
W| Managers did not check cases consistently, and some plans were copied forward from earlier orders.

R| The report makes six recommendations.

N| Councillor [Jane Hollis|X], cabinet member for children’s services, said: “We accept the findings in full and an action plan is already in place.”
"""),
    # 12. ordinary: justiceinspectorates news, a PDU Requires improvement; "Published: 3 Jul 2024"; fieldwork "10 - 14
    #     March 2024" (notes)
    ("charterhouse-pdu-2024", facts([
        svc("Charterhouse Probation Delivery Unit", "Charterhouse PDU", "PDU", RI)], "2024-07-03", "2024-03", 6),
     """N| News

N| [Charterhouse probation unit|S] ‘[Requires improvement|R]’

N| Published: [3 Jul 2024|D]

N| [Charterhouse Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’.
N| Inspectors examined 45 cases from the unit, which supervises around 700 people in the Mendip area.

S| The unit’s leaders knew what had gone wrong and had set out sensible steps to put it right.
S| Inspectors were impressed by the team that works with people leaving prison, who were met at the gate and helped to find housing.
W| However, only 19 of the 45 cases showed enough work to keep other people safe.
W| When inspectors arrived, nearly a third of posts for probation officers were unfilled.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Charterhouse|S] are working hard, but they are stretched too thin to do the job properly.”

R| We make six recommendations; the unit must act on five and the national [Probation Service|A] on one.

N| Notes to editors
N| 1. Fieldwork for this inspection took place on [10 - 14 March 2024|D].
"""),
    # 13. ordinary: local news, a youth justice service Outstanding; "published today (Thursday 19 May)" with the year
    #     from the byline
    ("butcombe-yjs-2022", facts([
        svc("Butcombe Youth Justice Service", "Butcombe YJS", "YJS", OUT)], "2022-05-19", "2022-01", 3),
     """N| [Butcombe youth justice team|S] rated ‘[Outstanding|R]’

N| By [Tom Vallis|X]

N| [19 May 2022|D]

N| [Butcombe Youth Justice Service|S] has been rated ‘[Outstanding|R]’ in a report published today ([Thursday 19 May|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [January 2022|D].

S| The report says the service’s staff are tenacious and creative in reaching children who have missed appointments.
S| Inspectors described as excellent its joint diversion scheme with [Avon and Somerset Constabulary|A], which kept many children out of court.
W| The only area for improvement was the time taken to get some children seen by mental health services.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a service that can be rightly proud of what it does for children.”

R| The report makes three recommendations.

N| The council’s director of children’s services said: “This is fantastic news for the team.”
"""),
    # 14. ordinary: a youth justice service, fieldwork "carried out remotely in July 2021"; Requires improvement; notes
    ("mells-yjs-2021", facts([
        svc("Mells Youth Justice Service", "Mells YJS", "YJS", RI)], "2021-11-09", "2021-07", 5),
     """N| [Mells youth justice service|S] told to improve

N| [HM Inspectorate of Probation|A] has rated [Mells Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection took place remotely in [July 2021|D], during the pandemic.

S| Inspectors found a well-organised service with a stable staff group.
S| Children’s views were sought and recorded, and most said their worker had helped them.
W| However, in half the cases inspected, the work to manage risk of harm fell short.
W| Children given out-of-court disposals did not always have a proper assessment first.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “We found much to build on in Mells.
W| “But too often, children who could pose a danger to others did not have a plan to manage that danger.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00:01 on [9 November 2021|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 15. ordinary: a 2025 public-protection PDU inspection, "Skip to content", "Context" / "Findings" bullets, no rating
    ("farrington-gurney-pdu-2025", facts([
        svc("Farrington Gurney Probation Delivery Unit", "Farrington Gurney PDU", "PDU", None)], "2025-06-24", "2025-03", 2),
     """N| Skip to content

N| Public protection inspection of [Farrington Gurney Probation Delivery Unit|S]

N| Published: [24 June 2025|D]

N| [HM Inspectorate of Probation|A] today publishes what it found when it inspected public protection work at [Farrington Gurney Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [March 2025|D].

N| Context
N| • The unit supervises around 850 people across the Chew valley and the north-east Mendips.
N| • It belongs to the [Probation Service – South West region|S].

N| Findings
S| • Staff had a firm grasp of the risks from people convicted of domestic abuse and made good use of police information.
W| • Home visits were rare, and in several cases no one had seen where a person on probation was living.
W| • Multi-agency public protection arrangements were not always used when they should have been.

R| The inspectorate makes two recommendations for the unit.
"""),
    # 16. ordinary: a youth justice service Good, "Thursday, 4th June 2020" date line, fieldwork "in February 2020"
    ("bishop-sutton-yjs-2020", facts([
        svc("Bishop Sutton Youth Justice Service", "Bishop Sutton YJS", "YJS", GOOD)], "2020-06-04", "2020-02", 4),
     """N| [Thursday, 4th June 2020|D]

N| Inspectors rate youth justice work in Bishop Sutton ‘[Good|R]’

N| [HM Inspectorate of Probation|A]’s report, published today, rates [Bishop Sutton Youth Justice Service|S] as ‘[Good|R]’.
N| Inspectors visited the service in [February 2020|D], shortly before the national lockdown.

S| The report found strong leadership and a management board that held partners to account.
S| Case workers had a good understanding of each child’s circumstances and involved parents and carers in planning.
W| However, work with children who had received out-of-court disposals was of more variable quality.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bishop Sutton|S] has a lot to be proud of.
R| “I would now like to see its diversion work reach the standard of the rest.”

R| The report makes four recommendations.
"""),
    # 17. ordinary: a Youth Offending Service in 2019, Requires improvement; publication in the text "published today
    #     (Tuesday 10 December)"; fieldwork "in August 2019"
    ("stoke-st-michael-yos-2019", facts([
        svc("Stoke St Michael Youth Offending Service", "Stoke St Michael YOS", "YJS", RI)], "2019-12-10", "2019-08", 6),
     """N| Youth offending service in east Mendip ‘[requires improvement|R]’

N| In a report out today ([Tuesday 10 December|D]), [HM Inspectorate of Probation|A] rates [Stoke St Michael Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors were with the service in [August 2019|D].

S| Inspectors found that the YOS had a committed and experienced staff team.
S| Helping children into education and training was a particular strength.
W| However, the management board lacked a clear view of the service’s performance.
W| Plans to keep children and the public safe were not always reviewed when things changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Stoke St Michael|S] clearly care about the children they work with.
R| “The board must now take a firmer grip on the service’s performance.”

R| Six recommendations are made; four concern the service and two its board.
"""),
    # 18. ordinary: a PDU Requires improvement, GOV.UK page, fieldwork "in October and November 2022", notes date
    ("ston-easton-pdu-2023", facts([
        svc("Ston Easton Probation Delivery Unit", "Ston Easton PDU", "PDU", RI)], "2023-02-21", "2022-10", 6),
     """N| Press release

N| [Ston Easton probation unit|S] rated ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Ston Easton Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Inspectors carried out the inspection in [October and November 2022|D].

S| The unit had a strong, stable leadership team and staff spoke well of their managers.
S| Partnerships with housing providers were a notable strength, and few people left prison with nowhere to live.
W| However, assessments of risk were not thorough enough, and too few cases had a proper plan to protect children.
W| Caseloads were high, and some officers were supervising more than 70 people.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a good foundation here, but the work to protect the public is not yet where it needs to be.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [21 February 2023|D] on the [HM Inspectorate of Probation|A] website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-eighty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
