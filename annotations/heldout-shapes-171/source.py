"""Builds the 171st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Isle of Axholme PDUs on a GOV.UK page, the region named first; "Haxey was given ‘...’ and Owston Ferry the
    #    lowest of the four grades, ‘...’"; fieldwork "during May 2024"; eight recommendations "four for each unit"
    ("haxey-and-owston-ferry-pdus-2024", facts([
        svc("Haxey Probation Delivery Unit", "Haxey PDU", "PDU", RI),
        svc("Owston Ferry Probation Delivery Unit", "Owston Ferry PDU", "PDU", INAD)], "2024-10-15", "2024-05", 8),
     """N| Press release

N| Probation on the Isle of Axholme: two units inspected

N| Inspectors report on two probation delivery units in North Lincolnshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has released two reports today, each about one unit of the [Probation Service – Yorkshire and the Humber region|S]: [Haxey Probation Delivery Unit|S] and [Owston Ferry Probation Delivery Unit|S].
N| [Haxey|S] was given ‘[Requires improvement|R]’ and [Owston Ferry|S] the lowest of the four grades, ‘[Inadequate|R]’.
N| Inspectors visited both units during [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Owston Ferry we met practitioners handed entire caseloads overnight, without a handover or time to read the files.
W| “Checks with the police on domestic abuse call-outs had simply not been made in most of the cases we read.
S| “[Haxey|S] is in a better place, with a manager who has steadied the team and a court service that sentencers trust.”

S| [Haxey PDU|S]’s links with [Humberside Police|A] on people who pose a high risk were singled out as a strength.
W| In each unit, fewer than half of the plans drew on what people on probation had told staff about their own needs.

R| There are eight recommendations across the two reports, four apiece.

N| The regional probation director, [Karen Whitlam|X], said: “Experienced officers have already moved to Owston Ferry, and we accept every finding.”
"""),
    # 2. two youth justice services in a local-news story: byline Friday 17 November 2023, the reports "published on
    #    Tuesday (14 November)"; "New Holland earned ‘Good’ while Goxhill went one better, ‘Outstanding’" (named Goxhill
    #    first); six recommendations "two for Goxhill and four for New Holland"
    ("goxhill-and-new-holland-yjs-2023", facts([
        svc("Goxhill Youth Justice Service", "Goxhill YJS", "YJS", OUT),
        svc("New Holland Youth Justice Service", "New Holland YJS", "YJS", GOOD)], "2023-11-14", "2023-07", 6),
     """N| Top marks for youth justice on the south bank of the Humber

N| By [Gareth Pickersgill|X]

N| [Friday 17 November 2023|D]

N| Inspectors visited [Goxhill Youth Justice Service|S] and [New Holland Youth Justice Service|S] during [July 2023|D], and the findings were made public on Tuesday ([14 November|D]).
N| [New Holland|S] earned ‘[Good|R]’ while [Goxhill|S] went one better, ‘[Outstanding|R]’.

S| The watchdog found that [Goxhill|S]’s staff had built relationships with children that lasted long after their orders ended.
S| Inspectors also commended [New Holland|S] because children out of school were quickly found a place at a school or college.
W| However, the report on [New Holland YJS|S] said that plans to keep victims safe were sometimes written once and never revised.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goxhill|S] shows what can be done when a small team builds its work around what each child needs.”

R| Six recommendations are made between them, two for [Goxhill|S] and four for [New Holland|S].

N| [North Lincolnshire Council|A] said both teams had done the area proud and thanked families for taking part.
"""),
    # 3. three PDUs on a justiceinspectorates news item: "Keadby and Althorpe both sit at ‘...’; Burringham is ‘...’"
    #    (rating without "rated"); "Published: 4 Mar 2025"; fieldwork "between 7 and 18 October 2024"; nine recommendations
    ("keadby-althorpe-and-burringham-pdus-2025", facts([
        svc("Keadby Probation Delivery Unit", "Keadby PDU", "PDU", RI),
        svc("Althorpe Probation Delivery Unit", "Althorpe PDU", "PDU", RI),
        svc("Burringham Probation Delivery Unit", "Burringham PDU", "PDU", INAD)], "2025-03-04", "2024-10", 9),
     """N| News

N| Three probation units by the Trent inspected

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] today publishes reports on [Keadby Probation Delivery Unit|S], [Althorpe Probation Delivery Unit|S] and [Burringham Probation Delivery Unit|S], neighbouring units in North Lincolnshire.
N| [Keadby|S] and [Althorpe|S] both sit at ‘[Requires improvement|R]’; [Burringham|S] is ‘[Inadequate|R]’.
N| The three units were inspected between [7 and 18 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In all three units we found staff who cared a great deal about the people they supervise.
W| “But in Burringham the basics were missing: risk assessments were late, home visits were rare and managers had lost track of who was being seen.”

S| [Keadby PDU|S] had made good use of its links with local employers, and more people on probation had found work than a year earlier.
W| [Althorpe PDU|S] had cancelled unpaid work sessions at the last minute many times, leaving hours unworked.
W| Access to drug and alcohol treatment was slow in all three areas.

R| Nine recommendations are made, three to each unit.
"""),
    # 4. a unit inside its region, the region in the headline; "Inspectors judged X to be ‘...’"; the region's own 2023
    #    grade as context; "Mr Jones continued"; fieldwork "In March 2024"; notes "goes online at 00.01 on Thursday 11 July
    #    2024"
    ("scawby-pdu-2024", facts([
        svc("Scawby Probation Delivery Unit", "Scawby PDU", "PDU", INAD)], "2024-07-11", "2024-03", 5),
     """N| [Yorkshire and the Humber probation region|S]: serious concerns at Scawby

N| Inspectors judged [Scawby Probation Delivery Unit|S] to be ‘[Inadequate|R]’, at the foot of their scale; the unit sits within the [Probation Service – Yorkshire and the Humber region|S].
N| The region itself had been graded ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| In [March 2024|D], the inspection team read 42 cases and interviewed staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “What we found at Scawby should worry everyone who cares about public safety.
W| “Almost one probation officer post in two stood vacant, and those who remained were running to stand still.”

W| Mr Jones continued: “Too often no one had checked whether a child living at the address could be harmed.”

S| Despite the pressure, inspectors said staff at [Scawby|S] remained loyal to one another and that the unit’s women’s group was well run.
W| Information from [North Lincolnshire Council|A]’s children’s services often arrived weeks after it was requested.

R| There are five recommendations: the unit itself is to act on three, with two left to the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. Report published 00.01, [Thursday 11 July 2024|D].
N| 2. [Scawby PDU|S] covers the western part of North Lincolnshire.
"""),
    # 5. a unit inside its region, the region in the notes: "inspectors have assessed X as ‘...’"; the headline's
    #    lower-case "Wrawby probation unit"; "published today (Tuesday, 19 September)" with no year, fieldwork April 2023
    ("wrawby-pdu-2023", facts([
        svc("Wrawby Probation Delivery Unit", "Wrawby PDU", "PDU", RI)], "2023-09-19", "2023-04", 4),
     """N| [Wrawby probation unit|S] making progress but more to do

N| In a report published today (Tuesday, [19 September|D]), inspectors have assessed [Wrawby Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [April 2023|D].

S| Inspectors found a stable leadership team that had set out clear priorities for the year ahead.
S| People on probation said their officers treated them fairly and took their views seriously.
W| However, in only 14 of the 35 cases inspected was enough done to manage the risk of harm to others.
W| Some staff were unsure when to refer a case to [MAPPA|A], and meetings with [Humberside Police|A] were poorly attended.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wrawby|S] has the right people in charge and a team that wants to do well.
R| “Managers now need to see that the police are asked about domestic abuse in every case before sentence.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. Around 550 people are supervised by [Wrawby PDU|S] for the [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: scores in per cent and bullet lists; "Tuesday, 12th April 2011";
    #    "The inspection took place in January 2011"; seven recommendations
    ("hibaldstow-probation-trust-2011", facts([
        svc("Hibaldstow and Amcotts Probation Trust", "Hibaldstow and Amcotts Probation Trust", "other", None)],
        "2011-04-12", "2011-01", 7),
     """N| Offender management inspection of [Hibaldstow and Amcotts Probation Trust|S]

N| [Tuesday, 12th April 2011|D]

S| [Hibaldstow and Amcotts Probation Trust|S] performs well across most of its work in the view of inspectors from [Her Majesty’s Inspectorate of Probation|A], whose findings are out today.
N| The inspection took place in [January 2011|D], when inspectors looked at 70 cases.

S| Reducing reoffending earned it 78%, and making sure people completed their sentences 83%.
W| On public protection, however, it managed just 64%, under the national average so far.

N| Inspectors were pleased to find that:
S| • first appointments were usually arranged within days of sentencing;
S| • work with [Humberside Police|A] on prolific and other priority offenders was well organised.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were often incomplete;
W| • where children lived at the address, a home visit was often never made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Committed staff and managers who are close to the work are this Trust’s great assets.
R| “Attention must now turn to making public protection work as strong as the rest.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider, embargo line: "given the lowest possible rating, ‘...’"; unpaid work
    #    "rated separately" ‘Good’; fieldwork "during September 2018"
    ("barnetby-and-wroot-crc-2018", facts([
        svc("Barnetby and Wroot Community Rehabilitation Company", "Barnetby and Wroot CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-12", "2018-09", 7),
     """N| Embargoed until 00.01, [Wednesday 12 December 2018|D]

N| Probation company in North Lincolnshire given lowest rating

N| [Barnetby and Wroot Community Rehabilitation Company|S] (CRC) has received the lowest possible rating from [HM Inspectorate of Probation|A]: ‘[Inadequate|R]’.
N| The CRC is owned by [Sodexo Justice Services|A].
S| Unpaid work, which is given a rating of its own, reached ‘[Good|R]’.
N| Inspectors carried out their fieldwork during [September 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “For a great many of the people this CRC supervises, contact amounts to a phone call, and nobody has a real picture of the risks they pose.
W| “Caseloads of 90 or more were common, and several staff said they no longer believed that anything would change.”

S| Inspectors were impressed by the unpaid work teams, who offered placements close to where people lived and kept them busy.
W| Joint working with the [National Probation Service|A] was strained, so that cases handed across often lacked key details.

R| Of the seven recommendations, five fall to the CRC and its owner, two to [HM Prison and Probation Service|A].

N| In a statement, [Sodexo Justice Services|A] called the findings disappointing and said work to address them had begun.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: joint inspection bullet lists;
    #    "Posted: 21/04/2016"; fieldwork "took place in January 2016"
    ("belton-yot-2016", facts([
        svc("Belton Youth Offending Team", "Belton YOT", "YJS", None)], "2016-04-21", "2016-01", 6),
     """N| Inspection of youth offending work in Belton

N| Posted: [21/04/2016|D]

N| The report of a joint inspection of [Belton Youth Offending Team|S] (YOT) has come out; the lead inspectorate was [HM Inspectorate of Probation|A], alongside [Ofsted|A] and the [Care Quality Commission|A].
N| The inspection took place in [January 2016|D].

N| The inspectors said they were pleased that:
S| • case managers in the YOT had a thorough grasp of each child’s circumstances;
S| • children were quickly put in touch with education and training providers.

N| Inspectors were less satisfied that:
W| • risk management plans were seldom updated after a child’s situation altered;
W| • health staff were not always told about children who had been harmed.

R| The report contains six recommendations for the [Belton YOT|S] and its partners.

N| Councillor [Julie Reed|X], cabinet member for children’s services at [North Lincolnshire Council|A], said: “The council and its partners are drawing up an action plan in response.”
"""),
    # 9. an NPS division in 2019: "inspectors found it to be ‘Good’ overall"; fieldwork "in August 2019"; notes "The report
    #    will be available at 00.01 on Tuesday 3 December 2019"; short form "NPS Garthorpe and Luddington"
    ("garthorpe-and-luddington-nps-division-2019", facts([
        svc("National Probation Service – Garthorpe and Luddington Division", "NPS Garthorpe and Luddington", "region",
            GOOD)], "2019-12-03", "2019-08", 6),
     """N| Probation division in the Humber area found to be ‘[Good|R]’

N| [HM Inspectorate of Probation|A] visited the [National Probation Service – Garthorpe and Luddington Division|S] in [August 2019|D], and inspectors found it to be ‘[Good|R]’ overall.

S| The division’s court teams produced timely reports that magistrates and judges relied on.
S| Managers were visible and approachable, and fewer staff days were lost to sickness than a year earlier.
W| Less positively, work with victims was inconsistent: some heard that an offender had been freed only once it had happened.
W| Few people convicted of domestic abuse had started an accredited programme by the time of the inspection.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Garthorpe and Luddington|S] knows where it is going and is led with confidence.
R| “Victim work is the piece that is missing, and leaders should put that right.”

R| Six recommendations are made; some are for [HMPPS|A] and the [Ministry of Justice|A], the rest for the division.

N| ENDS

N| Notes to editors
N| 1. The inspectorate will publish the report on its website at 00.01 on [Tuesday 3 December 2019|D].
"""),
    # 10. ordinary: a youth justice service on GOV.UK, "has been rated ‘Good’"; fieldwork "in February 2024"
    ("kirton-in-lindsey-yjs-2024", facts([
        svc("Kirton in Lindsey Youth Justice Service", "Kirton in Lindsey YJS", "YJS", GOOD)], "2024-05-28", "2024-02", 5),
     """N| Press release

N| [Kirton in Lindsey Youth Justice Service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [28 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has rated [Kirton in Lindsey Youth Justice Service|S] (YJS) ‘[Good|R]’.
N| Inspectors visited the service in [February 2024|D].

S| Case managers got to know children and their families before writing plans, and wrote them with the child.
S| Diversion work with [Humberside Police|A] kept many children out of court and stood out as a strength.
W| Safety planning was more uneven, and some plans gave little detail.
W| Children did not always have timely access to mental health support from [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Kindness runs through this service, and staff and the board can be proud of it.
R| “The board should now make sure that children waiting for mental health support are not left without help.”

R| The report makes five recommendations.
"""),
    # 11. ordinary with a previous rating beside and resettlement rated separately: "rated ‘Requires improvement’, down
    #     from ‘Good’ in 2019"; "Thursday 8 September 2022" date line; fieldwork "in May 2022"
    ("barrow-upon-humber-yjs-2022", facts([
        svc("Barrow upon Humber Youth Justice Service", "Barrow upon Humber YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-09-08", "2022-05", 7),
     """N| News

N| [Thursday 8 September 2022|D]

N| Youth justice service on the Humber must improve, say inspectors

N| [Barrow upon Humber Youth Justice Service|S] is at ‘[Requires improvement|R]’ today, having been ‘[Good|R]’ when inspectors last visited in [2019|D].
W| Resettlement work, which inspectors rated separately, was ‘[Inadequate|R]’.
N| Inspectors were at the service in [May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barrow upon Humber|S] has gone backwards since we were last there.
W| “Children leaving custody too often came home with nowhere settled to live and no school place waiting for them.”

S| Inspectors did find that court work was of a high standard and that reports to the youth court were thorough.
W| The management board met regularly, but members rarely challenged the figures they were given.

R| There are seven recommendations, six for the service and its board and one for [Humber and North Yorkshire Integrated Care Board|A].
"""),
    # 12. ordinary Outstanding youth service, fieldwork "carried out remotely in March 2021", published 29 June 2021
    ("south-ferriby-yjs-2021", facts([
        svc("South Ferriby Youth Justice Service", "South Ferriby YJS", "YJS", OUT)], "2021-06-29", "2021-03", 3),
     """N| [South Ferriby youth justice service|S] rated ‘[Outstanding|R]’

N| [South Ferriby Youth Justice Service|S] has been given the top mark, ‘[Outstanding|R]’, by [HM Inspectorate of Probation|A].
N| With the pandemic still under way, inspectors worked remotely in [March 2021|D].

S| Inspectors found a service whose staff knew every child on their caseload and adapted quickly to working during lockdown.
S| Leaders had a clear vision and the management board held partners to account for their part in it.
S| Work to keep children and the public safe was of a consistently high quality.
W| The one area for development was out-of-court work, where decisions were not always recorded fully.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[South Ferriby|S] stands out as an example to others.”

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [29 June 2021|D] on the inspectorate’s website.
"""),
    # 13. ordinary council page: "Posted on 20/05/2025"; "rated Requires Improvement" without quotes; council reply
    ("killingholme-yjs-2025", facts([
        svc("Killingholme Youth Justice Service", "Killingholme YJS", "YJS", RI)], "2025-05-20", "2025-01", 6),
     """N| Youth justice inspection report published

N| Posted on [20/05/2025|D]

N| [Killingholme Youth Justice Service|S] is rated [Requires Improvement|R] in the report of [HM Inspectorate of Probation|A], whose inspectors visited in [January 2025|D].

S| Inspectors praised the service’s work with children in the youth court, and said children felt listened to.
S| The service had strong links with local schools, so children who had been excluded were back in education quickly.
W| However, the risk of exploitation was missing from too many assessments.
W| Staff sickness and vacancies had left some case managers with too many children to work with.

R| Six recommendations are made in the report.

N| Councillor [David Rose|X], cabinet member for children and families at [North Lincolnshire Council|A], said: “We accept the report in full and are already strengthening our work on exploitation.”
"""),
    # 14. ordinary Inadequate youth service, "Tuesday, 16th June 2020", fieldwork "between 10 and 14 February 2020"
    ("habrough-yjs-2020", facts([
        svc("Habrough Youth Justice Service", "Habrough YJS", "YJS", INAD)], "2020-06-16", "2020-02", 9),
     """N| [Tuesday, 16th June 2020|D]

N| [Habrough youth justice service|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has rated [Habrough Youth Justice Service|S] as ‘[Inadequate|R]’ in a report published today.
N| Inspectors visited the service between [10 and 14 February 2020|D].

W| Inspectors found that the management board had little grip on how the service was performing.
W| Work to keep children safe was sufficient in only 9 of the 26 cases inspectors examined.
W| Staff described morale as low, and several said they did not know who to go to with a problem.
S| Encouragingly, children’s access to speech and language therapy was good.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The children of Habrough deserve far better than this.
R| “The council and its partners must act quickly to put things right.”

R| The report makes nine recommendations.
"""),
    # 15. ordinary 2025 public-protection PDU release with no rating: "Skip to content", "Context" / "Findings" bullets;
    #     "Published: 11 November 2025"; fieldwork "in July and August 2025"
    ("sandtoft-pdu-2025", facts([
        svc("Sandtoft Probation Delivery Unit", "Sandtoft PDU", "PDU", None)], "2025-11-11", "2025-07", 4),
     """N| Skip to content

N| Public protection inspection of [Sandtoft Probation Delivery Unit|S]

N| Published: [11 November 2025|D]

N| [HM Inspectorate of Probation|A] looked at how [Sandtoft Probation Delivery Unit|S] keeps the public safe, and its report is out today.
N| Inspections in this programme do not give the unit a rating.

N| Context
N| • The [Probation Service – Yorkshire and the Humber region|S] runs [Sandtoft PDU|S] with ten other units.
N| • Inspectors were on site in [July and August 2025|D].

N| Findings
S| • Staff at [Sandtoft|S] had long experience and a detailed knowledge of their cases.
W| • Few home visits were made to people convicted of domestic abuse.
W| • Information from the police was not always requested before a case was allocated.

R| The report makes four recommendations.
"""),
    # 16. ordinary Youth Offending Service in 2019, "has been judged ‘Good’"; fieldwork "in March and April 2019"; notes
    #     "report published on 23 July 2019"
    ("eastoft-yos-2019", facts([
        svc("Eastoft Youth Offending Service", "Eastoft YOS", "YJS", GOOD)], "2019-07-23", "2019-03", 4),
     """N| [Eastoft youth offending service|S] judged ‘[Good|R]’

N| The work of [Eastoft Youth Offending Service|S] (YOS) is ‘[Good|R]’, inspectors from [HM Inspectorate of Probation|A] have judged.
N| Fieldwork took place in [March and April 2019|D].

S| Inspectors found a well-led service with a committed, stable staff group.
S| Case managers worked closely with families, and children said they were treated fairly.
W| While court work was good, out-of-court disposals were not always followed up properly.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Eastoft|S] has much to be proud of.
R| “Out-of-court cases deserve the attention that [Eastoft|S] already gives to its court work, and I want to see that happen.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [23 July 2019|D].
"""),
    # 17. ordinary local-news story: byline Friday 10 February 2023, report "published on Wednesday (8 February)";
    #     "the watchdog found"; council reply
    ("westwoodside-yjs-2023", facts([
        svc("Westwoodside Youth Justice Service", "Westwoodside YJS", "YJS", RI)], "2023-02-08", "2022-10", 6),
     """N| Youth justice service told it must improve

N| By [Joanne Ledger|X]

N| [Friday 10 February 2023|D]

N| [Westwoodside Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ in a report published on Wednesday ([8 February|D]).
N| The inspection took place in [October 2022|D].

W| The watchdog found that too many children were not seen often enough and that plans were not reviewed when risks changed.
S| But it praised the service’s education worker, who helped children back into school.
W| Inspectors also said the management board did not always understand what was happening on the front line.

R| The report makes six recommendations.

N| A [North Lincolnshire Council|A] spokesperson said changes were already under way.
"""),
    # 18. ordinary with a previous rating beside: "rated ‘Good’, an improvement on ‘Requires improvement’ in 2021";
    #     fieldwork "10 - 14 June 2024"; notes publication day
    ("stallingborough-yjs-2024", facts([
        svc("Stallingborough Youth Justice Service", "Stallingborough YJS", "YJS", GOOD)], "2024-09-17", "2024-06", 6),
     """N| Press release

N| [Stallingborough youth justice service|S] improves to ‘[Good|R]’

N| [Stallingborough Youth Justice Service|S] is now rated ‘[Good|R]’, three years after inspectors rated it ‘[Requires improvement|R]’ in [2021|D].
N| The fieldwork dates were [10 - 14 June 2024|D].

S| Inspectors found that leaders had acted on the last inspection and that the board now challenged partners well.
S| Children were helped to get into education, training or work, and their families were involved in planning.
W| However, protecting others from harm was still an area to be strengthened.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stallingborough|S] has turned a corner, and staff should take credit for that.
R| “The service should now focus on the quality of its work to protect victims.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [17 September 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 171st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
