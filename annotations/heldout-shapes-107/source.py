"""Builds the shapes held-out set 107 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cumbrian PDUs on a GOV.UK page, the region named in the first sentence: "X came out at ‘...’ and Y fell to
    #    ‘...’"; fieldwork "between 10 and 21 June 2024"; ten recommendations "six for Lindale and four for Hawkshead"
    ("hawkshead-and-lindale-pdus-2024", facts([
        svc("Hawkshead Probation Delivery Unit", "Hawkshead PDU", "PDU", RI),
        svc("Lindale Probation Delivery Unit", "Lindale PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Two Cumbrian probation units inspected

N| Reports published on two probation delivery units in south Cumbria.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Today’s reports cover [Hawkshead Probation Delivery Unit|S] and [Lindale Probation Delivery Unit|S], two units run by the [Probation Service – North West region|S].
N| [Hawkshead|S] came out at ‘[Requires improvement|R]’ and [Lindale|S] fell to ‘[Inadequate|R]’.
N| Inspectors visited both units between [10 and 21 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both units cover a large rural patch of south Cumbria.
W| “In Lindale, nearly half the posts for probation officers lay empty, so managers had taken on cases of their own.
S| “[Hawkshead|S] has kept an experienced team together, and their care for the work is plain to see.”

S| Inspectors commended [Hawkshead PDU|S]’s links with [Cumbria Constabulary|A], which meant that police call-outs to a home were usually known to the case manager within a day.
W| In both units, too few assessments looked properly at the risk someone might pose to a partner or ex-partner.

R| The two reports make ten recommendations, six for [Lindale|S] and four for [Hawkshead|S].
"""),
    # 2. two Northumberland youth justice services in a local-news story: "both reports were published on Tuesday (12
    #    September)" under a byline of Friday 15 September 2023; "X was given ‘...’, while Y earned the top mark"; seven
    #    recommendations
    ("chatton-and-lowick-yjs-2023", facts([
        svc("Chatton Youth Justice Service", "Chatton YJS", "YJS", GOOD),
        svc("Lowick Youth Justice Service", "Lowick YJS", "YJS", OUT)], "2023-09-12", "2023-05", 7),
     """N| North Northumberland youth teams win praise from inspectors

N| By [Helen Armstrong|X]

N| [Friday 15 September 2023|D]

N| Inspectors looked at [Chatton Youth Justice Service|S] and [Lowick Youth Justice Service|S] in [May 2023|D]; both reports were published on Tuesday ([12 September|D]).
N| [Chatton|S] was given ‘[Good|R]’, while [Lowick|S] earned the top mark, ‘[Outstanding|R]’.

S| The inspectors found that [Lowick|S]’s workers saw children in their own homes and villages rather than asking them to travel to an office.
S| They also said [Chatton|S] had built a close working relationship with local schools, so that nearly every child it worked with was in school or college.
W| However, in [Chatton YJS|S], plans to keep victims safe were sometimes thin and were not always shared with the police.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams know their children remarkably well, and [Lowick|S] sets a standard others could learn from.”

R| There are seven recommendations across the two reports, three for [Lowick|S] and four for [Chatton|S].

N| A spokesperson for [Northumberland County Council|A] said: “Both teams have earned this recognition, and we thank the families who spoke to inspectors.”
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have judged X, which answers to the <region>,
    #    to be ‘...’"; the region's own 2023 rating beside it; "Mr Jones continued"; notes "Online publication: 00.01,
    #    Thursday 28 November 2024"; six recommendations
    ("frosterley-pdu-2024", facts([
        svc("Frosterley Probation Delivery Unit", "Frosterley PDU", "PDU", INAD)], "2024-11-28", "2024-07", 6),
     """N| [North East probation region|S]: Weardale unit judged ‘[Inadequate|R]’

N| Inspectors have judged [Frosterley Probation Delivery Unit|S], which answers to the [Probation Service – North East region|S], to be ‘[Inadequate|R]’.
N| When the [North East region|S] as a whole was inspected in [2023|D], its grade was ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] spent time with the unit in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Frosterley|S] has been stretched beyond what any unit can bear.
W| “Caseloads were far too high, new staff were given complex cases within weeks of starting, and supervision by managers had all but stopped.”

W| Mr Jones continued: “Worryingly, in only nine of the 36 cases we inspected was enough done to keep children in the household safe.”

S| Despite these pressures, unpaid work in the dale carried on, and the charities that host placements spoke well of it.
W| Domestic abuse information from [Durham Constabulary|A] was slow to reach case managers and sometimes never came.

R| Inspectors set out six recommendations, four of which the unit itself must act upon, while two fall to the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. Online publication: 00.01, [Thursday 28 November 2024|D].
N| 2. [Frosterley PDU|S] supervises about 900 people on probation in west Durham.
"""),
    # 4. a unit inside its region, the region in the headline; year-less "published today (Wednesday, 20 March)", the
    #    year from the fieldwork (November 2023); "X has been placed at ‘...’"; four recommendations
    ("thoralby-pdu-2024", facts([
        svc("Thoralby Probation Delivery Unit", "Thoralby PDU", "PDU", RI)], "2024-03-20", "2023-11", 4),
     """N| [Yorkshire and the Humber region|S]: [Thoralby probation unit|S] making progress

N| In a report published today ([Wednesday, 20 March|D]), [Thoralby Probation Delivery Unit|S] has been placed at ‘[Requires improvement|R]’ by inspectors.
N| The inspection took place in [November 2023|D]; inspectors examined 42 cases and interviewed staff and partners.

S| Inspectors found that leaders had a clear, realistic plan and that staff felt listened to.
S| Positively, most people on probation told inspectors they had a good relationship with their probation practitioner.
W| However, work to assess and manage the risk of harm was not consistently of the required standard, with gaps in checks with children’s services.
W| In only 19 of the 42 cases had victims’ needs been given enough thought.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thoralby|S]’s managers have steadied the ship, and the unit now has firm foundations to build on.
R| “The next step must be to make sure every assessment asks the right questions about risk.”

R| We have made four recommendations, each of them for the unit.

N| Notes to editors
N| 1. [Thoralby PDU|S] is one of the North Yorkshire units in the region, whose formal name is [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 5. a Probation Trust in 2013 (no overall rating), bullet lists after "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Thursday, 7th March 2013"; five recommendations
    ("greystoke-and-threlkeld-probation-trust-2013", facts([
        svc("Greystoke and Threlkeld Probation Trust", "Greystoke and Threlkeld Probation Trust", "other", None)],
        "2013-03-07", "2012-11", 5),
     """N| Probation work in Greystoke and Threlkeld – a sound base with more to do

N| [Thursday, 7th March 2013|D]

N| [HM Inspectorate of Probation|A] today reports that [Greystoke and Threlkeld Probation Trust|S] has put its work with offenders on a sound footing.
N| Inspectors visited in [November 2012|D] under the Offender Management Inspection programme.

N| Inspectors were pleased to find that:
S| assessments of the likelihood of reoffending were completed on time in 84% of cases;
S| offender managers had built constructive relationships with the people they supervised;
S| work with [Cumbria Constabulary|A] on prolific offenders was well organised.

N| However, inspectors were concerned to find that:
W| risk of harm assessments did not always take account of all the available information;
W| plans were not reviewed when circumstances changed in almost a third of cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at [Greystoke and Threlkeld|S] should take heart from our findings.
R| “The Trust should now turn its attention to how it manages risk of harm.”

R| The report makes five recommendations.
"""),
    # 6. a CRC in 2019: "Inspectors assessed X (CRC) and judged it ‘...’ overall"; "Published: 27 Jun 2019"; fieldwork
    #    "between 4 and 15 March 2019"; the provider named as context; nine recommendations
    ("norham-and-elsdon-crc-2019", facts([
        svc("Norham and Elsdon Community Rehabilitation Company", "Norham and Elsdon CRC", "CRC", RI)],
        "2019-06-27", "2019-03", 9),
     """N| News

N| Probation company in Northumberland must improve, say inspectors

N| Published: [27 Jun 2019|D]

N| Inspectors assessed [Norham and Elsdon Community Rehabilitation Company|S] (CRC) and judged it ‘[Requires improvement|R]’ overall; the company is run by [Sodexo Justice Services|A].
N| The fieldwork took place between [4 and 15 March 2019|D].

S| [Norham and Elsdon CRC|S] was well led, and its senior managers were open with inspectors about the problems they faced.
S| Its unpaid work was organised well, with placements that gave people useful skills.
W| However, too many cases were managed by telephone, and months could pass without an in-person meeting.
W| Through-the-gate work with people leaving [HMP Durham|S] was weak, and few had somewhere settled to live on release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders at the CRC have real strengths to build on.
W| “But the model of remote supervision is not adequate for people who pose a risk to others.”

R| Nine recommendations are made: seven for the CRC itself, the remaining pair for [HM Prison and Probation Service|A].
"""),
    # 7. an NPS division in 2019: "The X has been assessed to be ‘...’, an overall regional rating"; fieldwork "in July
    #    and August 2019"; eight recommendations
    ("romaldkirk-nps-division-2019", facts([
        svc("National Probation Service – Romaldkirk Division", "NPS Romaldkirk", "region", RI)],
        "2019-11-20", "2019-07", 8),
     """N| Probation division in Teesdale: mixed findings from inspectors

N| Published: [20 Nov 2019|D]

N| The [National Probation Service – Romaldkirk Division|S] has been assessed to be ‘[Requires improvement|R]’, an overall regional rating given by [HM Inspectorate of Probation|A].
N| Inspectors carried out their fieldwork in [July and August 2019|D].

S| The division’s advice to courts was timely and well reasoned, and sentencers spoke highly of it.
S| Victim work stood out: victims heard from the division promptly and were kept up to date.
W| In contrast, the division managed its high-risk cases inconsistently, and home visits were rare.
W| Staff shortages meant that many probation officers carried caseloads well above the level the division itself set.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Romaldkirk|S] has real strengths, but parts of its work need urgent attention.
R| “I want to see a plan, agreed with [HMPPS|A], for bringing staffing to a safe level within the year.”

R| The report makes eight recommendations.
"""),
    # 8. a 2016 joint inspection of a Youth Offending Team (no overall rating): bullet lists; "Published: 9 Feb 2016";
    #    fieldwork "in October 2015"; eleven recommendations
    ("malham-yot-2016", facts([
        svc("Malham Youth Offending Team", "Malham YOT", "YJS", None)], "2016-02-09", "2015-10", 11),
     """N| Youth offending work in Malham – joint inspection report published

N| Published: [9 Feb 2016|D]

N| Inspectors have published their findings on youth offending work in Malham, following a joint inspection led by [HM Inspectorate of Probation|A] with [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].
N| The inspection of [Malham Youth Offending Team|S] (YOT) took place in [October 2015|D].

N| Inspectors were pleased to find that:
S| the YOT’s case managers were enthusiastic and knew their children well;
S| children could choose from many activities, work experience on local farms among them;
S| the management board was well attended by senior partners.

N| However, inspectors were concerned to find that:
W| the risk each child posed to other people was not always part of the assessment;
W| health workers were not involved early enough in the cases that needed them.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “[Malham YOT|S] is doing much that is good for children.
R| “It now needs to make sure that every plan gives proper weight to keeping others safe.”

R| The report makes 11 recommendations to the YOT and its partners.
"""),
    # 9. a Youth Offending Service in 2019, its full name in the headline: "HMIP has found X (YOS) to be ‘...’"; embargo
    #    line (Tuesday 10 December 2019); fieldwork "in September 2019"; four recommendations
    ("kielder-yos-2019", facts([
        svc("Kielder Youth Offending Service", "Kielder YOS", "YJS", GOOD)], "2019-12-10", "2019-09", 4),
     """N| Embargoed until 00.01, [Tuesday 10 December 2019|D]

N| [Kielder Youth Offending Service|S] ‘[Good|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has found [Kielder Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| Inspectors visited the service in [September 2019|D].

S| Board members knew the service well and were willing to challenge it when they needed to.
S| Case managers kept up contact with children tenaciously, even in the remotest parts of the county.
S| Inspectors said court work was of a high standard.
W| The handling of out-of-court disposals was weaker, and some decisions came before any assessment was finished.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kielder|S] has a committed, stable team, and children are getting a good service as a result.
R| “The service should review how it decides on out-of-court disposals.”

R| The report makes four recommendations.

N| Notes to editors
N| 1. [Kielder YOS|S] covers a wide rural area of Northumberland and supervises children aged 10 to 17.
"""),
    # 10. "Inspectors have graded X ‘...’; at its last inspection, in 2019, it was ‘Good’"; resettlement "rated
    #     separately"; "Published 26 July 2022"; fieldwork "in March 2022"; six recommendations
    ("slaley-yjs-2022", facts([
        svc("Slaley Youth Justice Service", "Slaley YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-07-26", "2022-03", 6),
     """N| Youth justice service in Tynedale slips a grade

N| Published [26 July 2022|D]

N| Inspectors have graded [Slaley Youth Justice Service|S] ‘[Requires improvement|R]’; at its last inspection, in [2019|D], it was ‘[Good|R]’.
W| Resettlement work, which was rated separately, was judged ‘[Inadequate|R]’.
N| The inspection took place in [March 2022|D].

S| Staff were caring, and children said they trusted them.
W| But several experienced staff had left, and newer case managers lacked the training they needed.
W| Children leaving custody often learned where they would live only a day or two before release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Slaley|S] was a good service three years ago, and it is disappointing to see that it has fallen back.
R| “Partners must act together so that every child released from custody has somewhere safe to live.”

R| We have made six recommendations, of which the service has four and its management board two.
"""),
    # 11. "X sits at the very top of HMIP’s scale, ‘Outstanding’"; notes "available on the ... website on 9 April 2024
    #     at 00.01"; fieldwork "between 15 and 19 January 2024"; three recommendations
    ("burnsall-yjs-2024", facts([
        svc("Burnsall Youth Justice Service", "Burnsall YJS", "YJS", OUT)], "2024-04-09", "2024-01", 3),
     """N| Youth justice service in Wharfedale rated ‘[Outstanding|R]’

N| [Burnsall Youth Justice Service|S] sits at the very top of [HM Inspectorate of Probation|A]’s scale, ‘[Outstanding|R]’, after its latest inspection.
N| Inspectors visited the service between [15 and 19 January 2024|D].

S| Inspectors were impressed with the way case managers listened to children and shaped their plans around what the children wanted to achieve.
S| The partnership with [North Yorkshire Police|A] was particularly strong, and diversion work kept many children out of the courts.
S| Education, health and speech and language support were quick to arrange and well coordinated.
W| The one area needing work was the recording of how risks to others had been reviewed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What a superb result: everyone at [Burnsall|S] should be very proud of it.
S| “Children here are treated as individuals, and it shows in the progress they make.”

R| The report makes three recommendations.

N| ENDS

N| Notes to editor
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [9 April 2024|D] at 00.01.
"""),
    # 12. an ordinary rated release: "Inspectors have now rated X ‘...’; in 2018 they had given it ‘...’"; the
    #     headline's lower-case "Rosedale youth justice service"; fieldwork "Covid restrictions meant the inspection, in
    #     July 2021, was done remotely"; six recommendations
    ("rosedale-yjs-2021", facts([
        svc("Rosedale Youth Justice Service", "Rosedale YJS", "YJS", GOOD)], "2021-10-19", "2021-07", 6),
     """N| Press release

N| [Rosedale youth justice service|S] rated ‘[Good|R]’

N| Published [19 October 2021|D]

N| Inspectors have now rated [Rosedale Youth Justice Service|S] ‘[Good|R]’; in [2018|D] they had given it ‘[Requires improvement|R]’.
N| Covid restrictions meant the inspection, in [July 2021|D], was done remotely.

S| Throughout the pandemic, the service stayed close to children, calling them by video and visiting them on the doorstep.
S| The board had a good grip on performance and had invested in a new education worker.
W| While staff knew their children well, risk plans often lacked the detail needed to protect others.
W| Waits for a first [CAMHS|A] appointment were too long for some children.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “It is encouraging to see how far [Rosedale|S] has come since we last inspected.
N| “We hope this report will help the service improve further.”

R| The report makes six recommendations.
"""),
    # 13. a council page: "Posted on 04/03/2025"; "has been judged ‘...’"; the council's reply; fieldwork "11 - 15
    #     November 2024"; seven recommendations
    ("swainby-yjs-2025", facts([
        svc("Swainby Youth Justice Service", "Swainby YJS", "YJS", RI)], "2025-03-04", "2024-11", 7),
     """N| Council responds to youth justice inspection

N| Posted on [04/03/2025|D]

N| [Swainby Youth Justice Service|S] has been judged ‘[Requires improvement|R]’ in today’s report from [His Majesty’s Inspectorate of Probation|A].
N| Inspectors spent the week of [11 - 15 November 2024|D] with the service.

S| The report praises the service for getting children back into school, training or work.
S| Inspectors also noted that children and their parents felt respected and listened to.
W| However, the report found that board members had little idea how good the day-to-day casework was.
W| Work to keep children safe was variable, and some cases had not been passed to children’s social care when they should have been.

R| Seven recommendations are made, five of them for the service and two for its board.

N| Councillor [Janet Sanderson|X], executive member for children and families at [North Yorkshire Council|A], said: “The council accepts these findings, and work on an improvement plan has started.
N| “My thanks go to our staff, who worked very hard during the inspection.”
"""),
    # 14. "has been placed at ‘Inadequate’, the lowest possible mark"; "Published: 31 Aug 2023"; fieldwork "in April
    #     2023"; eight recommendations including one for the police
    ("eggleston-yjs-2023", facts([
        svc("Eggleston Youth Justice Service", "Eggleston YJS", "YJS", INAD)], "2023-08-31", "2023-04", 8),
     """N| News

N| Inspectors find serious failings at youth justice service in County Durham

N| Published: [31 Aug 2023|D]

N| [Eggleston Youth Justice Service|S] has been placed at ‘[Inadequate|R]’, the lowest possible mark, after inspectors visited in [April 2023|D].

W| Inspectors found that the service’s leaders had not acted on warnings from their own audits.
W| Some children being exploited were never identified as such, and police information was often left without any follow-up.
W| Morale was low, and staff told inspectors they felt unsupported by managers.
S| Against this, inspectors met committed case managers who refused to lose touch with the children on their lists.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Eggleston deserve far better than they are getting.
R| “The partnership needs to take urgent action to make children safer.”

R| Of eight recommendations, one is addressed to [Durham Constabulary|A]; the rest fall to the service and its board.

N| [Durham County Council|A] said it was “deeply disappointed” and that a new interim manager was already in post.
"""),
    # 15. a 2020 release: "Tuesday, 16th June 2020" at the top; "rated as ‘...’"; fieldwork "between 10 and 14 February
    #     2020"; five recommendations
    ("hamsterley-yjs-2020", facts([
        svc("Hamsterley Youth Justice Service", "Hamsterley YJS", "YJS", GOOD)], "2020-06-16", "2020-02", 5),
     """N| Inspectors praise well-organised youth justice service in County Durham

N| [Tuesday, 16th June 2020|D]

N| [Hamsterley Youth Justice Service|S] has been rated as ‘[Good|R]’, [HM Inspectorate of Probation|A] announced today.
N| Inspectors were with the service between [10 and 14 February 2020|D], a few weeks before the national lockdown.

S| Inspectors found a well-organised service with a clear sense of purpose.
S| Children trusted their case managers, and families had a real say in planning.
S| Bucking the trend, the service had almost no staff vacancies.
W| Inspectors were less positive about the support given to children after their court orders ended.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hamsterley|S] is a well-run service, and its staff can be proud of it.”

R| The report makes five recommendations.
"""),
    # 16. a 2025 public-protection inspection (no rating): "Skip to content", an empty "Published:" line, "Context" and
    #     "Findings" bullets; fieldwork "in September 2025"; five recommendations
    ("allonby-pdu-2025", facts([
        svc("Allonby Probation Delivery Unit", "Allonby PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Allonby Probation Delivery Unit|S]

N| [2 December 2025|D]

N| [HM Inspectorate of Probation|A]’s report today asks how well [Allonby Probation Delivery Unit|S] protects the public.
N| No rating is given in this series of inspections.

N| Context
N| • [Allonby PDU|S] covers part of the Cumberland coast and reports to managers of the [Probation Service – North West region|S].
N| • The fieldwork took place in [September 2025|D].

N| Findings
S| • Practitioners could explain, case by case, what harm each person might cause and to whom.
W| • Checks with children’s social care and the police were not completed in over a third of cases.
W| • Few homes were visited, even in cases where a partner had reported abuse.
S| • Joint work with [Cumbria Constabulary|A] on managing registered sex offenders was effective.

R| We made five recommendations; the first asks the unit to complete every safeguarding check before sentence.
"""),
    # 17. "Inspectors rated X ‘...’ overall"; out-of-court disposals "rated separately in this inspection"; six
    #     recommendations
    ("blanchland-yjs-2024", facts([
        svc("Blanchland Youth Justice Service", "Blanchland YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-06-18", "2024-02", 6),
     """N| Press release

N| Youth justice in the Derwent valley told to improve

N| Published [18 June 2024|D]

N| Inspectors rated [Blanchland Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
S| Out-of-court disposals, rated separately in this inspection, came out as ‘[Good|R]’.
N| Fieldwork for this inspection took place over two weeks in [February 2024|D].

S| Diversion was a real strength: [Northumbria Police|A] and the service made joint decisions, each resting on a sound assessment.
W| In contrast, court work was weaker: plans were often copied forward and did not reflect changes in children’s lives.
W| Managers’ oversight of cases was inconsistent, and some risks had been missed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Blanchland|S] has shown with its diversion work what it can do, but that quality is not yet matched for children on court orders.
R| “Leaders now need to bring the rest of the service up to that standard.”

R| The report makes six recommendations.
"""),
    # 18. a local-news story in the third person: "The watchdog rated X ‘...’"; the report "released on Tuesday (10
    #     May)" under a byline of Friday 13 May 2022; fieldwork "in February 2022"; four recommendations
    ("austwick-yjs-2022", facts([
        svc("Austwick Youth Justice Service", "Austwick YJS", "YJS", GOOD)], "2022-05-10", "2022-02", 4),
     """N| ‘[Good|R]’ verdict for youth justice team in Craven

N| By [Tom Metcalfe|X]

N| [Friday 13 May 2022|D]

N| The watchdog rated [Austwick Youth Justice Service|S] ‘[Good|R]’ in its report, released on Tuesday ([10 May|D]).
N| [HM Inspectorate of Probation|A] sent its team to the service in [February 2022|D].

S| The report said the team’s staff were skilled and dedicated, and that children were seen quickly after they entered the youth justice system.
S| It praised [Austwick|S] for its work with victims, who were offered a say in how children could make amends.
W| But the inspectors found that children’s health needs were not always assessed, and some waited months for support.

R| Four recommendations were made, including that the service and its health partners should agree how health needs will be assessed.

N| [North Yorkshire Council|A] welcomed the result and promised to act on the recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 107")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
