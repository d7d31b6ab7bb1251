"""Builds the hundred-and-forty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Tyne valley PDUs on a GOV.UK page, the region named before the units: "X has come out at ‘...’ and Y one grade
    #    lower, at ‘...’"; "between 3 and 14 June 2024"; ten recommendations "five for each unit"
    ("riding-mill-and-bywell-pdus-2024", facts([
        svc("Riding Mill Probation Delivery Unit", "Riding Mill PDU", "PDU", RI),
        svc("Bywell Probation Delivery Unit", "Bywell PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Inspectors report on two probation units in the Tyne valley

N| Reports published on probation delivery units in west Northumberland.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two units of the [Probation Service – North East region|S], [Riding Mill Probation Delivery Unit|S] and [Bywell Probation Delivery Unit|S], have been inspected by [His Majesty’s Inspectorate of Probation|A], whose reports are released today.
N| [Riding Mill|S] has come out at ‘[Requires improvement|R]’ and [Bywell|S] one grade lower, at ‘[Inadequate|R]’.
N| Inspectors were in the two units between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bywell, more than a third of the cases we read had no plan at all for managing the risk the person posed.
W| “Managers there were covering for absent colleagues week after week, and nobody had time to check the quality of the work.
S| “[Riding Mill|S] is in a steadier position, with an experienced team and good links to drug and alcohol services across the valley.”

S| Inspectors commended [Riding Mill PDU|S]’s work with people leaving custody, almost all of whom had an address to go to when released.
W| Neither unit made routine checks with [Northumbria Police|A] about domestic abuse call-outs before deciding how to manage a case.

R| The reports make ten recommendations between them, five for each unit.

N| [Kim Thornden|X], the North East’s Regional Probation Director, said: “The findings are accepted, and extra managers have already moved into Bywell.”
"""),
    # 2. two Coquetdale youth justice services in a local-news story: the reports "published on Tuesday (21 November)"
    #    under a byline of Friday 24 November 2023; "Y was awarded ‘...’, the top of the scale, with X a step below at
    #    ‘...’", in the other order from the one the services were first named in; five recommendations split
    ("harbottle-and-alwinton-yjs-2023", facts([
        svc("Harbottle Youth Justice Service", "Harbottle YJS", "YJS", GOOD),
        svc("Alwinton Youth Justice Service", "Alwinton YJS", "YJS", OUT)], "2023-11-21", "2023-07", 5),
     """N| Youth justice teams in Coquetdale win praise from inspectors

N| By [Helen Charlton|X]

N| [Friday 24 November 2023|D]

N| Inspection reports on [Harbottle Youth Justice Service|S] and [Alwinton Youth Justice Service|S] were published on Tuesday ([21 November|D]), following visits by inspectors in [July 2023|D].
N| [Alwinton|S] was awarded ‘[Outstanding|R]’, the top of the scale, with [Harbottle|S] a step below at ‘[Good|R]’.

S| Inspectors said [Alwinton|S]’s workers had built trusting relationships with children whom other agencies had failed, and stayed in contact once their orders had ended.
S| They also praised [Harbottle|S] for getting children quick help with their mental health.
W| The report on [Harbottle YJS|S] found, however, that plans to keep other people safe were sometimes written once and never updated.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Both of these small teams cover a large rural area, and both are doing right by the children in their care.”

R| Of the five recommendations, three are for [Harbottle|S] and two for [Alwinton|S].

N| A spokesperson for [Northumberland County Council|A] said: “This is a proud day for our youth justice staff and the partners who work alongside them.”
"""),
    # 3. a youth justice service "judged overall to be ‘...’", resettlement "rated separately ... also ‘...’"; fieldwork
    #    "Fieldwork took place in May 2022"; the notes' "on 13 September 2022"
    ("thropton-yjs-2022", facts([
        svc("Thropton Youth Justice Service", "Thropton YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-09-13", "2022-05", 4),
     """N| ‘[Good|R]’ youth justice work in Coquetdale

N| Inspectors have judged [Thropton Youth Justice Service|S] overall to be ‘[Good|R]’.
S| The service’s resettlement policy and provision, rated separately, was also ‘[Good|R]’.
N| Fieldwork took place in [May 2022|D].

S| Inspectors saw case workers who knew the children well and who took account of their families, their schooling and their friendships when planning work.
S| The management board included senior people from health, education and [Northumbria Police|A], and each of them could explain what their agency was doing for the children.
W| Less well developed was the service’s understanding of why children from some backgrounds were over-represented on its caseload.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thropton|S] has a lot going for it.
S| “Children get a consistent, caring service, and their views genuinely shape what happens next.
R| “The board now needs to look hard at its own data and find out why some groups of children are reaching the service in greater numbers.”

R| The report makes four recommendations.

N| ENDS
N| Notes to editors
N| 1. The report will be published on [13 September 2022|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 4. a unit inside its region, the region in the headline ("North East probation region: ...") and in the first
    #    sentence: "placed X in the lowest of its four grades, ‘...’"; the region's own 2023 rating as context;
    #    "Mr Jones continued"; "in the week beginning 16 September 2024"; "00.01 on Thursday 12 December 2024"
    ("kirknewton-pdu-2024", facts([
        svc("Kirknewton Probation Delivery Unit", "Kirknewton PDU", "PDU", INAD)], "2024-12-12", "2024-09", 7),
     """N| [North East probation region|S]: serious concerns in north Northumberland

N| [HM Inspectorate of Probation|A] has placed [Kirknewton Probation Delivery Unit|S], a unit of the [Probation Service|A]’s [North East region|S], in the lowest of its four grades, ‘[Inadequate|R]’.
N| For the region itself, its [2023|D] inspection ended in ‘[Requires improvement|R]’.
N| Inspectors were on site in the week beginning [16 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirknewton|S] has been running on goodwill for too long.
W| “Half of its probation officer posts were vacant, and those still in post were supervising people across hundreds of square miles with no reliable transport.”

W| Mr Jones continued: “Some people assessed as a high risk of serious harm had not been seen face to face for six weeks or more.”

S| Inspectors did note that the unit’s unpaid work team had found new placements in village halls and on farms, and that [Kirknewton PDU|S]’s administrative staff were highly regarded by colleagues.
W| Work with children’s services was weak; safeguarding enquiries could wait weeks for a reply.

R| Seven recommendations are made, five of them for the unit; the remaining two go to the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Thursday 12 December 2024|D].
N| 2. [Kirknewton PDU|S] covers a largely rural area close to the Scottish border.
"""),
    # 5. a youth justice service "given ‘...’ by inspectors, up from ‘...’ at its last inspection in 2018"; fieldwork
    #    "carried out remotely in June 2021"; "Published: 9 Nov 2021"
    ("milfield-yjs-2021", facts([
        svc("Milfield Youth Justice Service", "Milfield YJS", "YJS", RI)], "2021-11-09", "2021-06", 6),
     """N| News

N| Youth justice in Milfield: progress, but more to do

N| Published: [9 Nov 2021|D]

N| [Milfield Youth Justice Service|S] has been given ‘[Requires improvement|R]’ by inspectors, up from ‘[Inadequate|R]’ at its last inspection in [2018|D].
N| The inspection was carried out remotely in [June 2021|D], because of coronavirus restrictions.

S| Inspectors found that leaders had taken the last report seriously: a new head of service was in post, and the partnership board now met every two months.
S| Children’s education was a particular strength, with almost all of them in school, college or training.
W| Yet protecting children from exploitation was done inconsistently, and case workers did not always share what they knew with social workers.
W| In only 9 of the 20 cases inspected had enough been done to protect victims.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Milfield|S] has turned a corner, but the safety of children and of the people they might harm still needs far more attention.”

R| The report makes six recommendations, including that the board should make sure exploitation concerns are shared with children’s social care on the same day.
"""),
    # 6. a Probation Trust in 2013, before ratings: "Inspectors were pleased to find that:" / "But they were concerned
    #    that:" bullet lists; "Wednesday, 6th March 2013" above "published today"; "in November 2012"; eight recommendations
    ("cornhill-and-branxton-probation-trust-2013", facts([
        svc("Cornhill and Branxton Probation Trust", "Cornhill and Branxton Probation Trust", "other", None)],
        "2013-03-06", "2012-11", 8),
     """N| Offender management in north Northumberland: inspection report published

N| [Wednesday, 6th March 2013|D]

W| [Cornhill and Branxton Probation Trust|S] was doing much to help offenders turn away from crime, but its work to protect the public was not yet consistent, in the view of [HM Inspectorate of Probation|A], whose report is out today.
N| Inspectors looked at a sample of 56 cases in [November 2012|D].

N| Inspectors were pleased to find that:
S| • most offenders had been seen promptly after sentence;
S| • offender managers made good use of employment and training schemes in the area;
S| • the Trust worked well with [Northumbria Police|A] to manage prolific offenders.

N| But they were concerned that:
W| • in a quarter of cases, the risk of harm had been underestimated;
W| • home visits were rare, even where children lived in the household.

S| “Staff here are capable and have a clear sense of purpose,” said [Liz Calderbank|X], HM Chief Inspector of Probation.
R| She added: “The Trust must now bring the same rigour to its public protection work that it already shows in reducing reoffending.”

R| The report makes eight recommendations to improve the work.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "inspectors have found X (CRC), run by ..., to be
    #    ‘...’ overall"; unpaid work "given its own rating, ‘...’"; "in August and September 2018"; nine recommendations
    ("powburn-and-whittingham-crc-2018", facts([
        svc("Powburn and Whittingham Community Rehabilitation Company", "Powburn and Whittingham CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2018-12-13", "2018-08", 9),
     """N| Embargoed: 00.01, [Thursday 13 December 2018|D]

N| Probation company in Northumberland falls well short

N| After an inspection in [August and September 2018|D], inspectors have found [Powburn and Whittingham Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], to be ‘[Inadequate|R]’ overall.
W| Unpaid work was given its own rating, ‘[Requires improvement|R]’.

W| “Too many of the people this CRC supervises are kept at arm’s length, reporting to a kiosk or by telephone rather than meeting an officer,” said Dame [Glenys Stacey|X], HM Chief Inspector of Probation.
W| “Staff are stretched thinly, and there was little sign that anyone checked whether people were actually changing their behaviour.”

S| Inspectors were impressed by a scheme run with a local housing association, which had found homes for a number of people who would otherwise have been sleeping rough.
W| Communication with the [National Probation Service|A] was poor, and some cases that should have been returned to it for a review of risk were not.

R| There are nine recommendations: six for the CRC and [Sodexo Justice Services|A], and three for [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said: “We have already started to address the issues raised in this report.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    probation inspectorate with Ofsted, the CQC and HMIC; bullet lists; "Posted: 18/10/2016"; "took place in June 2016"
    ("allenheads-yot-2016", facts([
        svc("Allenheads Youth Offending Team", "Allenheads YOT", "YJS", None)], "2016-10-18", "2016-06", 7),
     """N| Youth offending inspection report published

N| Posted: [18/10/2016|D]

N| A report has been published on a joint inspection of [Allenheads Youth Offending Team|S] (YOT), which [HM Inspectorate of Probation|A] led.
N| [Ofsted|A] and the [Care Quality Commission|A] sent inspectors too, as did [HM Inspectorate of Constabulary|A].
N| The inspection took place in [June 2016|D] and looked at the cases of 30 children.

N| The inspectors found that:
S| • case managers were committed and knew the children and their families well;
S| • the [Allenheads YOT|S] worked closely with schools in the dale, so nearly every child was in full-time education.

N| The inspectors were less positive about the following:
W| • assessments did not always take account of the risk a child might pose to others;
W| • board members were given too little information to judge how the YOT was performing.

R| The report makes seven recommendations to the YOT and its partners.

N| Councillor [Peter Hedley|X], lead member for children, said: “We are grateful to the inspectors, and an action plan will follow shortly.”
"""),
    # 9. a youth justice service "has earned the highest grade on the inspectorate’s scale, ‘...’"; GOV.UK page;
    #    "in April 2024"; three recommendations
    ("greenhead-yjs-2024", facts([
        svc("Greenhead Youth Justice Service", "Greenhead YJS", "YJS", OUT)], "2024-08-20", "2024-04", 3),
     """N| Press release

N| Youth justice service near Hadrian’s Wall rated ‘[Outstanding|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 August 2024|D]

N| [Greenhead Youth Justice Service|S] has earned the highest grade on the inspectorate’s scale, ‘[Outstanding|R]’.
N| Inspectors spent time with the service in [April 2024|D], reading cases and speaking to children, parents and staff.

S| Every child whose case was inspected had helped to write their own plan, and could explain it.
S| The service’s work to divert children away from court was described as exceptional, with police, schools and health workers meeting weekly to agree how best to help each child.
S| Leaders were visible and knew the strengths and gaps of their service in detail.
W| Inspectors did find that access to speech and language therapy had been interrupted for several months after a specialist left.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The whole team at [Greenhead|S] should be extremely proud.
N| “We will be sharing what we saw here with youth justice services across the country.”

R| The report makes three recommendations.
"""),
    # 10. a Youth Offending Service (YOS), "judged to be ‘...’"; "between 20 and 24 May 2019"; notes "on 24 September 2019
    #     at 00.01"
    ("gilsland-yos-2019", facts([
        svc("Gilsland Youth Offending Service", "Gilsland YOS", "YJS", RI)], "2019-09-24", "2019-05", 6),
     """N| Inspection of youth offending services in Gilsland

N| [HM Inspectorate of Probation|A] has judged [Gilsland Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’.
N| The inspection took place between [20 and 24 May 2019|D].

S| Inspectors found that the [Gilsland YOS|S] had a committed, stable staff team and that relationships between case managers and children were warm and respectful.
W| However, the management board had not set a clear direction, and several partners rarely attended its meetings.
W| Out-of-court work was a concern: decisions were made without a full assessment, and some children received no help at all after a caution.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gilsland|S] has good people doing their best for children.
R| “The board must now give them the leadership and resources they need, and it must make sure every child diverted from court gets the support they were promised.”

R| The report makes six recommendations.

N| ENDS
N| Notes to editors
N| 1. The inspectorate publishes the report at 00.01 on [24 September 2019|D].
"""),
    # 11. a 2025 public-protection inspection of a PDU with no rating: "Skip to content", "Context" / "Findings" bullets;
    #     the region as context; "Fieldwork took place in February 2025"; five recommendations
    ("chillingham-pdu-2025", facts([
        svc("Chillingham Probation Delivery Unit", "Chillingham PDU", "PDU", None)], "2025-06-03", "2025-02", 5),
     """N| Skip to content

N| Public protection inspection of a probation unit in north Northumberland

N| Published [3 June 2025|D]

N| [HM Inspectorate of Probation|A] has published the findings of its public protection inspection of [Chillingham Probation Delivery Unit|S].
N| Inspections in this programme look at how well people who may cause serious harm are managed, and they do not give a rating.
N| Fieldwork took place in [February 2025|D].

N| Context
N| • [Chillingham PDU|S] belongs to the [Probation Service – North East region|S].
N| • It supervises around 450 people, many in small villages and farms.

N| Findings
S| • Practitioners were thorough in gathering information from [Northumbria Police|A] at the start of a case.
W| • Risk management plans were not reviewed when circumstances changed in around half of the cases inspected.
W| • Home visits had become rare, and several practitioners said they lacked the confidence to carry them out alone.

R| The report makes five recommendations, including that the unit should restore regular home visits in domestic abuse cases.
"""),
    # 12. a youth justice service "assessed as ‘...’" after fieldwork "carried out remotely in November 2020";
    #     "Tuesday, 16th February 2021"
    ("falstone-yjs-2021", facts([
        svc("Falstone Youth Justice Service", "Falstone YJS", "YJS", GOOD)], "2021-02-16", "2020-11", 4),
     """N| Youth justice work in Falstone assessed as ‘[Good|R]’

N| [Tuesday, 16th February 2021|D]

N| [HM Inspectorate of Probation|A] has assessed [Falstone Youth Justice Service|S] as ‘[Good|R]’ in a report published today.
N| The inspection was carried out remotely in [November 2020|D].

S| Despite the pressures of the pandemic, staff kept in regular contact with every child, using video calls, walks and doorstep visits.
S| Inspectors praised the close working between the service and [CAMHS|A], which meant children could be seen by a mental health worker within days.
W| Work to understand and reduce the risk some children posed to others was less secure, and managers did not always pick up gaps in assessments.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Falstone|S]’s staff have been resourceful and caring through a very difficult year.
R| “Managers should now make sure that risk to others is assessed with the same care as children’s own needs.”

R| The report makes four recommendations.
"""),
    # 13. two PDUs in a justiceinspectorates news item, the region named in the first sentence: "Both units land at ‘...’,
    #     the second of the four grades from the bottom"; "Published: 28 Nov 2023"; "from 26 June to 7 July 2023";
    #     "twelve recommendations, six for each"
    ("dilston-and-newbrough-pdus-2023", facts([
        svc("Dilston Probation Delivery Unit", "Dilston PDU", "PDU", RI),
        svc("Newbrough Probation Delivery Unit", "Newbrough PDU", "PDU", RI)], "2023-11-28", "2023-06", 12),
     """N| News

N| Two probation units in Northumberland must improve

N| Published: [28 Nov 2023|D]

N| Today [HM Inspectorate of Probation|A] publishes its reports on [Dilston Probation Delivery Unit|S] and [Newbrough Probation Delivery Unit|S], two units of the [Probation Service – North East region|S] near Hexham.
N| Both units land at ‘[Requires improvement|R]’.
N| Inspection fieldwork ran from [26 June to 7 July 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In both units we met practitioners who care deeply about the people they supervise and who go the extra mile to keep them engaged.
W| “But too often the work to protect the public was not good enough, with checks on children in the household missed in many cases.”

S| [Newbrough|S]’s partnership with a local women’s centre was singled out as a real strength.
W| In [Dilston PDU|S], a long-standing gap in middle management had left newly qualified officers without enough supervision.
W| Neither unit could offer enough accredited programme places, so some people reached the end of their orders without starting one.

R| Twelve recommendations are made, six for each unit.
"""),
    # 14. a youth justice service on a council page: "Posted on 14/05/2024"; "The inspectors’ verdict is ‘...’, down from
    #     the ‘...’ the service received in 2019"; "in January 2024"; six recommendations; the council's reply
    ("simonburn-yjs-2024", facts([
        svc("Simonburn Youth Justice Service", "Simonburn YJS", "YJS", RI)], "2024-05-14", "2024-01", 6),
     """N| Statement on the inspection of [Simonburn Youth Justice Service|S]

N| Posted on [14/05/2024|D]

N| [HM Inspectorate of Probation|A] has published its report on [Simonburn Youth Justice Service|S], which it inspected in [January 2024|D].
N| The inspectors’ verdict is ‘[Requires improvement|R]’, down from the ‘[Good|R]’ the service received in [2019|D].

S| The report recognises the commitment of staff and the quality of the relationships they build with children.
S| Inspectors also found that housing and education were in place for children before they left custody.
W| However, inspectors were concerned that the partnership board had lost sight of performance during a period of change, and that too few children had an up-to-date plan to keep them safe.

R| The report makes six recommendations: four for the service, two for its partnership board.

N| Councillor [Guy Renwick|X], [Northumberland County Council|A]’s cabinet member for children, said: “We accept every recommendation and have already begun putting things right.”
"""),
    # 15. an NPS division in 2019: "National Probation Service – Kirkharle and Cambo Division" (NPS Kirkharle and Cambo),
    #     "has been awarded ‘...’ as its overall regional rating"; "Published: 2 Jul 2019"; "in February 2019"
    ("kirkharle-and-cambo-nps-division-2019", facts([
        svc("National Probation Service – Kirkharle and Cambo Division", "NPS Kirkharle and Cambo", "region", GOOD)],
        "2019-07-02", "2019-02", 6),
     """N| Probation division in Northumberland is ‘[Good|R]’, say inspectors

N| Published: [2 Jul 2019|D]

N| The [National Probation Service – Kirkharle and Cambo Division|S] comes away from its inspection with an overall regional rating of ‘[Good|R]’, awarded by [HM Inspectorate of Probation|A].
N| Inspectors carried out their fieldwork in [February 2019|D].

S| The division was well led, and staff said their managers were approachable and supportive.
S| Reports to court were thorough and nearly always delivered within the time allowed.
W| On the other hand, some victims were not contacted before decisions were made about the release of the offender, and the victim liaison team was short of staff.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kirkharle and Cambo|S] has a great deal to be proud of.
R| “It should now give the same priority to victims as it does to the people it supervises.”

R| There are six recommendations, of which four are for the division itself and two for [HM Prison and Probation Service|A].
"""),
    # 16. a PDU in a local-news story: the report "published on Tuesday (6 December)" under a byline of Thursday 8
    #     December 2022; "inspectors placed X at ‘...’"; the region as context; "in July 2022"
    ("belsay-pdu-2022", facts([
        svc("Belsay Probation Delivery Unit", "Belsay PDU", "PDU", RI)], "2022-12-06", "2022-07", 6),
     """N| Probation unit ‘must do better’ on public protection

N| By [Mark Errington|X]

N| [Thursday 8 December 2022|D]

N| In a report published on Tuesday ([6 December|D]), inspectors placed [Belsay Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The unit, which is part of the [Probation Service|A]’s [North East region|S], was inspected in [July 2022|D].

S| The watchdog found that staff at [Belsay|S] were enthusiastic and well trained, and that managers had worked hard to bring caseloads down.
W| But it said that in over half the cases it looked at, the risk of harm had not been properly assessed or managed.
W| Inspectors were also disappointed to find that information from children’s services was requested in only a minority of relevant cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Belsay|S] has made real progress on staffing, but its public protection work has not kept pace.”

R| The report makes six recommendations.

N| The [Probation Service|A] said it had drawn up a plan to address the findings.
"""),
    # 17. a youth justice service "given the lowest possible rating, ‘...’", previous ‘Good’ beside it; the notes
    #     "available on the ... website on 11 July 2023 at 00.01"; "in March 2023"; eight recommendations
    ("bardon-mill-yjs-2023", facts([
        svc("Bardon Mill Youth Justice Service", "Bardon Mill YJS", "YJS", INAD)], "2023-07-11", "2023-03", 8),
     """N| Inspectors raise serious concerns about youth justice in Bardon Mill

N| [HM Inspectorate of Probation|A] has given [Bardon Mill Youth Justice Service|S] the lowest rating there is, ‘[Inadequate|R]’.
N| When the service was last inspected, in [2019|D], it was rated ‘[Good|R]’.
N| Inspectors visited in [March 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Things have gone sharply backwards here since our last visit.
W| “Children at serious risk of exploitation were not identified quickly enough, and when they were, the response was slow and poorly coordinated.
W| “Staff morale was low, and several practitioners told us they felt unsupported.”

W| Inspectors found that the management board had not met for six months during a period of change, and nobody had been tracking performance.
S| Despite these problems, inspectors found that victims were routinely offered the chance to have their say, and that restorative work was of a high standard.

R| The report makes eight recommendations, including that the board must urgently agree a plan to keep children safe from exploitation.

N| ENDS
N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [11 July 2023|D] at 00.01.
"""),
    # 18. a youth justice service "rated ‘...’ overall", resettlement "judged on its own, reached ‘...’"; "Thursday 23
    #     January 2025"; "between 30 September and 4 October 2024"; two recommendations
    ("matfen-yjs-2025", facts([
        svc("Matfen Youth Justice Service", "Matfen YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2025-01-23", "2024-09", 2),
     """N| [Thursday 23 January 2025|D]

N| [Matfen youth justice service|S] receives ‘[Good|R]’ rating

N| [HM Inspectorate of Probation|A] has rated [Matfen Youth Justice Service|S] ‘[Good|R]’ overall.
S| Resettlement, judged on its own, reached ‘[Outstanding|R]’.
N| The inspection took place between [30 September and 4 October 2024|D].

S| Inspectors found that children leaving custody had a named worker from the day they were sentenced, and that their homes, schools and health care were arranged well before their release.
S| Staff at [Matfen|S] worked closely with [Northumbria Police|A] to divert children from the criminal justice system.
W| Some assessments, though, did not say enough about the risks to the child from others, and a few had not been updated after a significant event.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Matfen|S]’s resettlement work is among the best we have seen.
N| “We look forward to seeing the service build on this.”

R| The report makes two recommendations, both for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-forty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
