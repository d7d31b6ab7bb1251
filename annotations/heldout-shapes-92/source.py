"""Builds the ninety-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Birmingham PDUs in a justiceinspectorates news item, the region named first: "Yardley PDU was given
    #    ‘...’ and Shard End PDU the lowest grade, ‘...’"; "Published: 19 Nov 2024"; fieldwork "in June 2024"; ten
    #    recommendations, "five for each unit"
    ("yardley-and-shard-end-pdus-2024", facts([
        svc("Yardley Probation Delivery Unit", "Yardley PDU", "PDU", RI),
        svc("Shard End Probation Delivery Unit", "Shard End PDU", "PDU", INAD)], "2024-11-19", "2024-06", 10),
     """N| News

N| Two probation units in east Birmingham inspected

N| Published: [19 Nov 2024|D]

N| Within the [Probation Service – West Midlands region|S], [HM Inspectorate of Probation|A] has reported on [Yardley Probation Delivery Unit|S] and [Shard End Probation Delivery Unit|S].
N| [Yardley PDU|S] was given ‘[Requires improvement|R]’ and [Shard End PDU|S] the lowest grade, ‘[Inadequate|R]’.
N| Fieldwork for both inspections took place in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shard End|S] has lost many experienced officers in the last two years, and the people who replaced them have not had the support they need.
W| “Too many assessments missed obvious warning signs about domestic abuse.
S| “[Yardley|S] is on steadier ground: its managers have been in post for some time, and it has strong links with local drug and alcohol services.”

S| Inspectors were impressed by [Yardley|S]’s work with women on probation, much of it delivered from a community centre instead of the probation office.
W| In [Shard End PDU|S], the unpaid work backlog was long, with some people waiting more than twelve months to begin.
W| Neither unit made enough use of information held by [West Midlands Police|A] before deciding how to manage a case.

R| The reports set out ten recommendations, five for each unit.
"""),
    # 2. two youth justice services in one local-news story from Bexley: byline Friday 16 June 2023, the report
    #    "released on Tuesday (13 June)"; "Belvedere earned ‘Good’ while Crayford was placed at ‘...’", in the other order
    #    from the first sentence's; fieldwork "in February and March 2023"; seven recommendations
    ("crayford-and-belvedere-yjs-2023", facts([
        svc("Crayford Youth Justice Service", "Crayford YJS", "YJS", RI),
        svc("Belvedere Youth Justice Service", "Belvedere YJS", "YJS", GOOD)], "2023-06-13", "2023-02", 7),
     """N| Two youth justice services in Bexley get mixed verdict

N| By [Daniel Okafor|X]

N| [Friday 16 June 2023|D]

N| Inspection reports on [Crayford Youth Justice Service|S] and [Belvedere Youth Justice Service|S] were released on Tuesday ([13 June|D]).
N| [Belvedere|S] earned ‘[Good|R]’ while [Crayford|S] was placed at ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] visited both services in [February and March 2023|D].

S| According to the reports, [Belvedere|S]’s staff had built close relationships with local schools, and almost all the children it supervised were in school or college.
W| [Crayford YJS|S], by contrast, was struggling to recruit case managers, and some children had been allocated three different workers in a year.
W| The watchdog also found that [Crayford|S]’s plans for keeping victims safe were often vague.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team at [Belvedere|S] go the extra mile for every child on their books.
R| “[Crayford|S] now needs a period of stability, and its partners must help provide it.”

R| Between them the two reports contain seven recommendations, three for [Belvedere|S] and four for [Crayford|S].

N| [Bexley Council|A] said it would consider both reports in detail.
"""),
    # 3. three Croydon PDUs on a GOV.UK page, the region named in the standfirst: "Selsdon and Thornton Heath have both
    #    been judged to ‘...’; Addiscombe was found to be ‘...’"; fieldwork "between 11 and 22 November 2024"; twelve
    #    recommendations; "Published 8 April 2025"
    ("selsdon-addiscombe-and-thornton-heath-pdus-2025", facts([
        svc("Selsdon Probation Delivery Unit", "Selsdon PDU", "PDU", RI),
        svc("Addiscombe Probation Delivery Unit", "Addiscombe PDU", "PDU", INAD),
        svc("Thornton Heath Probation Delivery Unit", "Thornton Heath PDU", "PDU", RI)], "2025-04-08", "2024-11", 12),
     """N| Press release

N| Three probation units in Croydon: reports published

N| Reports on three units in the [Probation Service|A]’s [London region|S] are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [8 April 2025|D]

N| [HM Inspectorate of Probation|A] today publishes reports on [Selsdon Probation Delivery Unit|S], [Addiscombe Probation Delivery Unit|S] and [Thornton Heath Probation Delivery Unit|S], all in Croydon.
N| [Selsdon|S] and [Thornton Heath|S] have both been judged to ‘[Require improvement|R]’; [Addiscombe|S] was found to be ‘[Inadequate|R]’.
N| Inspectors were in the three units between [11 and 22 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Addiscombe we found practitioners with caseloads far above the level the service itself regards as manageable.
W| “Home visits were rare, and too often nobody had checked with [Croydon Council|A]’s children’s services whether a child in the household was known to them.”

S| Practitioners in [Selsdon PDU|S] spoke highly of their managers, and inspectors saw careful, well-recorded supervision.
S| [Thornton Heath|S]’s court team produced thorough pre-sentence reports, often on the day.
W| Across all three units, the quality of work to reduce reoffending was inconsistent.

R| The three reports make twelve recommendations in total.
R| Most are for the units, and two are for the [Probation Service|A] in London.

N| [Paula Grant|X], Regional Probation Director for London, said: “The reports make difficult reading, and we have already sent extra experienced staff to Addiscombe.”
"""),
    # 4. a unit inside its region: the region in the headline ("West Midlands probation region: Longbridge probation
    #    unit ...") and in brackets after the unit; "Inspectors have given their lowest rating, ‘...’, to X"; the region's
    #    own 2023 rating beside; "Mr Jones continued"; notes "Embargo: 00.01, Tuesday 23 July 2024"; fieldwork March 2024
    ("longbridge-pdu-2024", facts([
        svc("Longbridge Probation Delivery Unit", "Longbridge PDU", "PDU", INAD)], "2024-07-23", "2024-03", 6),
     """N| [West Midlands probation region|S]: [Longbridge probation unit|S] given lowest rating

N| Inspectors have given their lowest rating, ‘[Inadequate|R]’, to [Longbridge Probation Delivery Unit|S] ([Probation Service – West Midlands region|S]).
N| In [2023|D] the region itself had been given ‘[Requires improvement|R]’.
N| The inspection took place in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Longbridge|S] is letting down people on probation in south Birmingham, and they deserve far better.
W| “One case in three had no current risk assessment, and managers could not say how many people had missed appointments.”

W| Mr Jones continued: “Staff were working hard, but they were working in a system that was failing them.”

S| More positively, the unit’s approved premises staff knew their residents well and worked closely with [West Midlands Police|A].
W| Plans were often carried over unchanged from one sentence to the next, and progress was seldom reviewed.

R| Six recommendations are made, four to [Longbridge PDU|S]; [HM Prison and Probation Service|A] receives the other two.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Tuesday 23 July 2024|D].
N| 2. [Longbridge PDU|S] covers the south-west of the city of Birmingham.
"""),
    # 5. a unit inside its region, the region in the closing notes: "Harold Wood Probation Delivery Unit has been found to
    #    be ‘...’"; "published today (Thursday, 9 November)" with no year (the fieldwork's, June 2023); lower-case "Harold
    #    Wood probation unit" in the headline; "in only 13 of 30 cases"
    ("harold-wood-pdu-2023", facts([
        svc("Harold Wood Probation Delivery Unit", "Harold Wood PDU", "PDU", RI)], "2023-11-09", "2023-06", 6),
     """N| [Harold Wood probation unit|S] must improve, say inspectors

N| In a report published today ([Thursday, 9 November|D]), [Harold Wood Probation Delivery Unit|S] has been found to be ‘[Requires improvement|R]’.
N| Inspectors looked at 30 cases and spoke to staff and partners during their visit in [June 2023|D].

S| The unit’s leaders had a realistic picture of its problems and a credible plan to deal with them.
S| People on probation told inspectors their officers treated them with respect and helped them find work.
W| However, risk of harm to others was properly considered in only 13 of 30 cases.
W| Checks with [Havering Council|A]’s children’s services were not always requested, and some that were requested were never followed up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are green shoots in Harold Wood, and the staff deserve credit for them.
R| “Leaders must now make sure that every case gets the safeguarding checks it needs at the very start of the order.”

R| Six recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. [Harold Wood PDU|S], within the [Probation Service – London region|S], draws its caseload from the north-east of Havering.
"""),
    # 6. a Probation Trust in 2013, before ratings: "Wednesday, 13th March 2013" over "published today"; percentage
    #    scores; "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"; fieldwork
    #    "in November 2012"; eight recommendations
    ("chasetown-probation-trust-2013", facts([
        svc("Chasetown Probation Trust", "Chasetown Probation Trust", "other", None)], "2013-03-13", "2012-11", 8),
     """N| Inspection of offender management in Chasetown

N| [Wednesday, 13th March 2013|D]

N| Inspectors from [HM Inspectorate of Probation|A] have today set out their findings on [Chasetown Probation Trust|S].
N| A sample of 70 cases was examined during fieldwork in [November 2012|D].

S| [Chasetown|S] achieved a score of 79% on reducing the likelihood of reoffending, higher than the national average for Trusts in this programme.
W| On public protection it did less well, scoring 64%.

N| Inspectors were pleased to find that:
S| • offenders were usually seen within days of their court appearance and knew what their order required;
S| • the Trust worked well with [Staffordshire Police|A] to manage prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk management plans were often late or not reviewed when circumstances changed;
W| • contact with victims was not consistently recorded.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has many committed staff and some good practice to build on.
R| “It should now concentrate on making its public protection work as reliable as the rest of its practice.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "judged X to ‘...’ overall"; unpaid work
    #    "rated separately ... ‘...’"; fieldwork "between 5 and 16 November 2018"; the provider's reply
    ("tolworth-and-new-malden-crc-2019", facts([
        svc("Tolworth and New Malden Community Rehabilitation Company", "Tolworth and New Malden CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-14", "2018-11", 6),
     """N| Embargoed: 00.01 [Thursday 14 February 2019|D]

N| Inspectors find ‘a mixed picture’ at south-west London probation company

N| [HM Inspectorate of Probation|A] has judged [Tolworth and New Malden Community Rehabilitation Company|S] (CRC), part of the [MTCnovo|A] group, to ‘[Require improvement|R]’ overall.
S| Unpaid work, which is rated separately, was ‘[Good|R]’.
N| Inspectors visited the CRC between [5 and 16 November 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC has too few probation officers for the work it has to do, and too much of that work is done by telephone.
S| “Unpaid work, though, is well organised, and people doing their hours told us it gave them useful skills.”

W| Inspectors were disappointed to find that risk management plans were insufficient in more than half the cases they examined.
W| Links with the [National Probation Service|A] were variable, and information did not always pass between the two when a case was transferred.

R| The report contains six recommendations; four are for the CRC, and the rest are for [HM Prison and Probation Service|A].

N| A spokesperson for [MTCnovo|A] said: “We welcome the report; our unpaid work team deserves the credit it has been given.”
"""),
    # 8. a youth offending team written out on a council page in 2016, before ratings: "Posted: 03/11/2016"; inspected
    #    "by several inspectorates together"; bullet lists; fieldwork "in July 2016"; five recommendations
    ("rocester-yot-2016", facts([
        svc("Rocester Youth Offending Team", "Rocester YOT", "YJS", None)], "2016-11-03", "2016-07", 5),
     """N| Youth offending inspection report published

N| Posted: [03/11/2016|D]

N| [Rocester Youth Offending Team|S] (YOT) was inspected by several inspectorates together, with [HM Inspectorate of Probation|A] leading.
N| [Ofsted|A] and [HM Inspectorate of Constabulary|A] were involved too, with the [Care Quality Commission|A] looking at health; the fieldwork took place in [July 2016|D].

N| Inspectors found that:
S| • YOT workers were enthusiastic, and each could describe their children’s circumstances in detail;
S| • children’s health needs were identified early and met by a nurse based in the team.

N| However, they were concerned that:
W| • when a child was a risk to others, plans to manage that risk were often too thin;
W| • the YOT management board received little information on the quality of the service’s work.

R| Five recommendations are made, and the management board is responsible for most.

N| [Staffordshire County Council|A]’s cabinet member for children, Councillor [Helen Fisher|X], said: “Our improvement plan will cover each recommendation in turn.”
"""),
    # 9. a prison inspected by HM Inspectorate of Prisons, no four-point rating (healthy prison tests in lower case), an
    #    unannounced visit "in August 2022", "Published: 6 December 2022"; no recommendation count
    ("hmp-hanworth-2022", facts([
        svc("HMP Hanworth", "HMP Hanworth", "prison", None)], "2022-12-06", "2022-08", None),
     """N| News

N| Report on an unannounced inspection of [HMP Hanworth|S]

N| Published: [6 December 2022|D]

N| [HM Inspectorate of Prisons|A] today released its report on [HMP Hanworth|S], a category C prison in west London, following an unannounced inspection in [August 2022|D].

W| [Charlie Taylor|X], HM Chief Inspector of Prisons, said: “[Hanworth|S] left too many men behind their doors for most of the day, with nothing to occupy them.
W| “Drugs were readily available, and over a third of the men we surveyed said they had felt unsafe.”

S| Inspectors found that relationships between staff and prisoners were generally good, and the prison’s work to help men keep in touch with their families was a strength.
W| Outcomes in purposeful activity were poor, with fewer than half of men in work or education at any one time.
S| Resettlement planning had improved since the last inspection, and most men left with somewhere to live.

N| Every prison inspection uses four healthy prison tests: safety, respect, purposeful activity, and rehabilitation and release planning.
"""),
    # 10. a GOV.UK page: "HM Inspectorate of Probation’s overall rating for X is ‘...’", resettlement "also inspected and rated ‘...’ in its own
    #     right"; fieldwork "in April 2022"; four recommendations
    ("kingstanding-yjs-2022", facts([
        svc("Kingstanding Youth Justice Service", "Kingstanding YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-08-30", "2022-04", 4),
     """N| Press release

N| [Kingstanding youth justice service|S] inspected

N| A report on youth justice work in north Birmingham has been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [30 August 2022|D]

N| [HM Inspectorate of Probation|A]’s overall rating for [Kingstanding Youth Justice Service|S] is ‘[Requires improvement|R]’.
S| Resettlement policy and provision was also inspected and rated ‘[Good|R]’ in its own right.
N| Fieldwork took place in [April 2022|D].

S| The service had strong links with [Birmingham City Council|A]’s children’s social care, and children at risk of exploitation were quickly identified.
S| Many children told inspectors that their case manager had helped them back into school or college.
W| However, the quality of assessments was inconsistent, and some assessments underestimated how much of a danger a child could be to others.
W| Board members had little knowledge of how good the work was, and those from health and education often missed meetings.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is good work going on in Kingstanding, but the board does not know enough about it, or about where it falls short.
R| “Board members need to get much closer to the practice of the service they oversee.”

R| The report makes four recommendations, two of them for the management board.
"""),
    # 11. "Inspectors have awarded X ‘...’, the top of their four-point scale"; fieldwork "9 - 13 October 2023"; notes day
    #     "Thursday 7 March 2024"; three recommendations
    ("acocks-green-yjs-2024", facts([
        svc("Acocks Green Youth Justice Service", "Acocks Green YJS", "YJS", OUT)], "2024-03-07", "2023-10", 3),
     """N| ‘[Outstanding|R]’ youth justice work in Acocks Green

N| Inspectors have awarded [Acocks Green Youth Justice Service|S] ‘[Outstanding|R]’, the top of their four-point scale.
N| Fieldwork: [9 - 13 October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything this service does starts from what the child in front of it needs.
S| “Case managers are tenacious, and they never give up on a child, however difficult things become.”

S| Inspectors were particularly impressed by the work done to address disproportionality, which was led by a board member from a local community organisation.
S| The partnership with [West Midlands Police|A] meant that children who were arrested were offered support the same day.
S| Positively, almost every assessment was of a high standard, although a small number did not say enough about the child’s own victims.

R| The report makes three recommendations to help the service keep improving.

N| ENDS

N| Notes to editors
N| 1. Publication: [Thursday 7 March 2024|D], on the inspectorate’s website.
N| 2. The [Youth Justice Board|A] funds youth justice services in England and Wales alongside local councils.
"""),
    # 12. "Published: 22 Jun 2021" on a justiceinspectorates news item; "Fieldwork in March 2021 was conducted online";
    #     "rated the service ‘...’"; four recommendations
    ("petts-wood-yjs-2021", facts([
        svc("Petts Wood Youth Justice Service", "Petts Wood YJS", "YJS", GOOD)], "2021-06-22", "2021-03", 4),
     """N| News

N| [Petts Wood youth justice service|S] rated ‘[Good|R]’

N| Published: [22 Jun 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Petts Wood Youth Justice Service|S] as ‘[Good|R]’.
N| Fieldwork in [March 2021|D] was conducted online because of the pandemic.

S| Inspectors found a well-led service with a clear understanding of the children it works with.
S| Through each lockdown, staff kept seeing children, on video and at their front doors.
W| Work to keep children safe was less consistent, and in some cases information from [Bromley Council|A]’s children’s services was not used when planning.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Petts Wood|S] has done remarkable work in very hard circumstances.
R| “The service should now make sure its safety planning is as strong as the rest of its practice.”

R| There are four recommendations in the report.
"""),
    # 13. "X has fallen to ‘...’; in 2019 it was rated ‘Good’" (overall and previous in one
    #     sentence); fieldwork "in May 2023"; notes "on 3 October 2023 at 00.01"; seven recommendations
    ("cockfosters-yjs-2023", facts([
        svc("Cockfosters Youth Justice Service", "Cockfosters YJS", "YJS", INAD)], "2023-10-03", "2023-05", 7),
     """N| [Cockfosters youth justice service|S] ‘in decline’, inspectors warn

N| [Cockfosters Youth Justice Service|S] has fallen to ‘[Inadequate|R]’; in [2019|D] it was rated ‘[Good|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A]’s team was done in [May 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is very disappointing to see a service that was doing well four years ago in this position.
W| “Key posts had been left empty for months, and the management board had stopped asking hard questions.”

W| Inspectors found that many children did not have a plan that reflected their current circumstances.
W| Worryingly, referrals to the local multi-agency exploitation panel were not always made when a child was at risk.
S| Despite these problems, the service’s education worker had helped most children on orders into school, college or training.

R| Seven recommendations are set out: five for the service, two for [Enfield Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [3 October 2023|D] at 00.01.
"""),
    # 14. a council page: "Posted on 14/01/2025"; "Inspectors have concluded that the service ‘...’" with the council's
    #     replies; "Inspectors visited in September 2024"; six recommendations
    ("teddington-yjs-2025", facts([
        svc("Teddington Youth Justice Service", "Teddington YJS", "YJS", RI)], "2025-01-14", "2024-09", 6),
     """N| Council responds to youth justice inspection

N| Posted on [14/01/2025|D]

N| [HM Inspectorate of Probation|A]’s report on [Teddington Youth Justice Service|S] is now available.
N| Inspectors have concluded that the service ‘[Requires improvement|R]’.
N| Inspectors visited in [September 2024|D].

S| The inspectors praised the service’s work with children in care and its close working with the virtual school.
S| They also found that victims were well supported and that restorative work was of a high standard.
W| However, the report says that too many children did not have their risk to others reviewed when their circumstances changed.
W| Out-of-court work was inconsistent, and the panel that decides on disposals did not always have the information it needed.

R| The report makes six recommendations, which the service and its partnership board will now act on.

N| Councillor [Sarah Blake|X], [Richmond Council|A]’s lead member for children’s services, said: “Our staff show real care for young people every day, and I am grateful to them.
N| “We have already started work on an improvement plan.”
"""),
    # 15. a "Youth Offending Service" in 2019, the headline's lower-case "Wednesfield youth offending service"; "Inspectors
    #     judged X to be ‘...’"; fieldwork "8 to 12 April 2019"; a Tuesday press day in the notes; five recommendations
    ("wednesfield-yos-2019", facts([
        svc("Wednesfield Youth Offending Service", "Wednesfield YOS", "YJS", GOOD)], "2019-08-06", "2019-04", 5),
     """N| [Wednesfield youth offending service|S] praised by inspectors

N| Inspectors judged [Wednesfield Youth Offending Service|S] (YOS) to be ‘[Good|R]’ overall.
N| They spent the week of [8 to 12 April 2019|D] with the service.

S| Leaders had a clear vision for the service, and partners from [City of Wolverhampton Council|A], [West Midlands Police|A] and health were fully involved.
S| Case managers had manageable caseloads and knew their children well.
S| Court work was a particular strength, and reports for magistrates were of a high quality.
W| While children were seen regularly, plans to manage the risk they posed to others were sometimes too general.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wednesfield YOS|S] is a confident service that is not complacent.
N| “I trust it will use this report to improve further.”

R| The report contains five recommendations, and four are addressed to the YOS.

N| ENDS

N| Notes to editors
N| 1. Publication date: [Tuesday 6 August 2019|D], 00.01.
"""),
    # 16. a 2025 public-protection inspection with no rating: "Skip to content", an empty "Published:" line, "Context" and
    #     "Findings" bullets; fieldwork "in June 2025"; the notes' "Report publication: 2 October 2025"; four
    #     recommendations
    ("harefield-pdu-2025", facts([
        svc("Harefield Probation Delivery Unit", "Harefield PDU", "PDU", None)], "2025-10-02", "2025-06", 4),
     """N| Skip to content

N| Public protection inspection: [Harefield PDU|S]

N| Published:

N| Public protection work in [Harefield Probation Delivery Unit|S] has been examined by [HM Inspectorate of Probation|A].
N| No rating is awarded in these inspections, which examine how well probation protects the public.

N| Context
N| • [Harefield PDU|S] covers the north of the London Borough of Hillingdon and supervises around 900 people.
N| • Inspectors carried out their fieldwork in [June 2025|D].

N| Findings
S| • Practitioners knew their cases well and had good working relationships with the [Metropolitan Police|A].
W| • Domestic abuse enquiries were made in only half of the cases where they were needed.
W| • Home visits were rarely used to assess risk to children.
S| • Multi-agency public protection arrangements were well managed, and meetings were attended by the right people.

R| The report makes four recommendations.

N| Notes to editors
N| 1. Report publication: [2 October 2025|D].
"""),
    # 17. local news from Sutton: byline Friday 5 June 2020, "published on Wednesday (3 June)"; "has been told it must
    #     improve", then "given the second-lowest of four ratings, ‘...’"; fieldwork "between 3 and 7 February
    #     2020"; seven recommendations
    ("worcester-park-yjs-2020", facts([
        svc("Worcester Park Youth Justice Service", "Worcester Park YJS", "YJS", RI)], "2020-06-03", "2020-02", 7),
     """N| Youth justice service told to improve

N| By [Laura Whitfield|X]

N| [Friday 5 June 2020|D]

N| [Worcester Park Youth Justice Service|S] has been told it must improve after an inspection by the probation watchdog.
N| The report, published on Wednesday ([3 June|D]), followed a visit between [3 and 7 February 2020|D].
N| The service was given the second-lowest of four ratings, ‘[Requires improvement|R]’.

S| Staff were committed, inspectors said, and children got good help with their mental health.
W| But the watchdog found weak assessment of the danger some children could pose to others, and plans that were not updated when things changed.
W| The report also raised concerns about the way the service worked with [Sutton Council|A]’s children’s social care.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has a good team, but its leaders must give them the tools and time they need to keep children and the public safe.”

R| The report makes seven recommendations.

N| A spokesperson for the council said work on the findings had begun straight away.
"""),
    # 18. a single Dudley youth service: "Quarry Bank Youth Justice Service is ‘Good’, according to ..." ; fieldwork "in
    #     January 2024"; "Published 14 May 2024"; two recommendations
    ("quarry-bank-yjs-2024", facts([
        svc("Quarry Bank Youth Justice Service", "Quarry Bank YJS", "YJS", GOOD)], "2024-05-14", "2024-01", 2),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice in Quarry Bank

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [Quarry Bank Youth Justice Service|S] is ‘[Good|R]’, according to [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [January 2024|D] and reviewed the cases of 28 children.

S| The board, chaired by a senior leader from [Dudley Council|A], knew the service well and was willing to challenge partners.
S| Assessments were of a high quality in 25 of the 28 cases inspected.
S| Children said their case managers listened to them and helped them to make changes in their lives.
W| Preparation for children turning 18 and moving on to adult probation did not always begin in good time.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by what we found in Quarry Bank.
R| “The service should now make sure that every child moving to the [Probation Service|A] has a proper handover.”

R| The report makes two recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
