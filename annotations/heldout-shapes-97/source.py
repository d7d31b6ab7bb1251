"""Builds the ninety-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three County Durham PDUs on a GOV.UK page, the region named before the units: "X and Y were both placed at ‘...’,
    #    while Z fell to ‘...’"; "Practitioners at Framwellgate"; fieldwork "between 9 and 20 September 2024"; "Between them
    #    the three reports make fourteen recommendations: five each for ..., four for ..."; the regional director's reply
    ("stanley-brandon-and-framwellgate-pdus-2025", facts([
        svc("Stanley Probation Delivery Unit", "Stanley PDU", "PDU", RI),
        svc("Brandon Probation Delivery Unit", "Brandon PDU", "PDU", RI),
        svc("Framwellgate Probation Delivery Unit", "Framwellgate PDU", "PDU", INAD)], "2025-02-18", "2024-09", 14),
     """N| Press release

N| Reports on three County Durham probation units published

N| Inspectors have looked at three delivery units serving communities across County Durham.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 February 2025|D]

N| [HM Inspectorate of Probation|A]’s reports, released today, deal with delivery units belonging to the [Probation Service – North East region|S]: [Stanley Probation Delivery Unit|S], [Brandon Probation Delivery Unit|S] and [Framwellgate Probation Delivery Unit|S].
N| [Stanley|S] and [Brandon|S] were both placed at ‘[Requires improvement|R]’, while [Framwellgate|S] fell to ‘[Inadequate|R]’.
N| The inspection team visited the three units between [9 and 20 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners at [Framwellgate|S] had been handed more cases than anyone could manage, with newly qualified officers holding some of the most complex.
W| “Home visits in domestic abuse cases had all but stopped, and many files showed no check with children’s services.
S| “[Stanley|S] and [Brandon|S] are steadier, with middle managers who are visible and who take the time to talk cases through.”

S| [Brandon PDU|S]’s work with [Durham Constabulary|A] on integrated offender management was singled out as effective.
W| Sentence plans were revisited after a change in someone’s circumstances in under half the cases inspected, whichever unit they belonged to.

R| Between them the three reports make fourteen recommendations: five each for [Stanley|S] and [Brandon|S], four for [Framwellgate|S].

N| [Bronwen Hale|X], the region’s probation director, said: “Experienced officers have already been transferred to Framwellgate, and we accept what the inspectors found.”
"""),
    # 2. two Tyneside youth justice services in a local-news story: the reports "were published last Thursday (5 October)"
    #    under a byline of Monday 9 October 2023; "Y was given ‘...’, one grade below X, which was awarded ‘...’", in the
    #    other order from the one first named; "Nine recommendations ..., five for South Shields and four for North Shields"
    ("north-shields-and-south-shields-yjs-2023", facts([
        svc("North Shields Youth Justice Service", "North Shields YJS", "YJS", GOOD),
        svc("South Shields Youth Justice Service", "South Shields YJS", "YJS", RI)], "2023-10-05", "2023-06", 9),
     """N| Mixed verdicts for youth justice on both banks of the Tyne

N| By [Callum Robson|X]

N| [Monday 9 October 2023|D]

N| Inspectors visited [North Shields Youth Justice Service|S] and [South Shields Youth Justice Service|S] in [June 2023|D], and their reports were published last Thursday ([5 October|D]).
N| [South Shields|S] was given ‘[Requires improvement|R]’, one grade below [North Shields|S], which was awarded ‘[Good|R]’.

S| According to the inspectors, children in North Shields trusted their case managers, who also kept in regular contact with families.
S| They also commended the service’s work with local schools to stop children being permanently excluded.
W| In [South Shields YJS|S], though, too many plans to protect other people had simply been carried forward from one review to the next.
W| Some children in South Shields had waited months for an assessment by [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[North Shields|S] has a great deal to be proud of.
R| “In South Shields, leaders must get a firmer grip on how risk is assessed and reviewed.”

R| Nine recommendations were made, five for [South Shields|S] and four for [North Shields|S].

N| A spokesperson for [South Tyneside Council|A] said the council would publish an action plan within weeks.
"""),
    # 3. two Teesside PDUs on a justiceinspectorates news page: "Inspectors judged X to be ‘...’ and Y to be ‘...’";
    #    "Published: 11 Jun 2024"; "Fieldwork took place over a fortnight in February 2024"; eight recommendations
    ("kirkleatham-and-lazenby-pdus-2024", facts([
        svc("Kirkleatham Probation Delivery Unit", "Kirkleatham PDU", "PDU", INAD),
        svc("Lazenby Probation Delivery Unit", "Lazenby PDU", "PDU", RI)], "2024-06-11", "2024-02", 8),
     """N| News

N| Two Teesside probation units found wanting

N| Published: [11 Jun 2024|D]

N| [HM Inspectorate of Probation|A] has reported on [Kirkleatham Probation Delivery Unit|S] and [Lazenby Probation Delivery Unit|S], both in Redcar and Cleveland.
N| Inspectors judged [Kirkleatham|S] to be ‘[Inadequate|R]’ and [Lazenby|S] to be ‘[Requires improvement|R]’.
N| Fieldwork took place over a fortnight in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirkleatham|S] has lost so many experienced officers that it now relies on agency staff for almost a third of its work.
W| “In both units, the people who posed the highest risk to partners and children were not always the ones getting the closest attention.”

S| Inspectors praised [Lazenby|S]’s unpaid work team, which found placements near people’s homes and kept projects going through the winter.
W| Approved premises beds were hard to secure, and some people left prison with nowhere settled to go.
S| Despite the pressures, inspectors noted that staff in both units were warm towards the people they supervised and keen to learn.

R| The reports set out eight recommendations, four addressed to each unit.
"""),
    # 4. a unit inside its region, the region in the headline ("North East probation region: Egglescliffe probation unit
    #    told to improve"); "HM Inspectorate of Probation’s verdict on X is ‘...’"; the region's own 2023 rating beside;
    #    "Mr Jones continued"; notes "Embargo: 00.01, 23 April 2024"; six recommendations
    ("egglescliffe-pdu-2024", facts([
        svc("Egglescliffe Probation Delivery Unit", "Egglescliffe PDU", "PDU", RI)], "2024-04-23", "2024-03", 6),
     """N| [North East probation region|S]: [Egglescliffe probation unit|S] told to improve

N| [HM Inspectorate of Probation|A]’s verdict on [Egglescliffe Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| The unit’s region, [Probation Service – North East region|S], was itself rated ‘[Requires improvement|R]’ when last inspected in [2023|D].
N| Fieldwork was carried out in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Egglescliffe|S] has plenty to build on, starting with a head of service who has won the trust of her staff.
W| “However, a workable plan for the risk of serious harm existed in only 14 of the 32 cases we read.”

S| Inspectors highlighted the unit’s links with [Stockton-on-Tees Borough Council|A]’s housing team, which helped many people leaving custody find a tenancy.
W| Morale was low among probation service officers, several of whom said they felt under strain and were unsure who to go to with a difficult case.
W| Mr Jones continued: “Not every practitioner has yet been trained in safeguarding children, and the gap is visible in the quality of their work.”

R| There are six recommendations; one asks the unit to check police domestic abuse records at the start of every case.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [23 April 2024|D].
N| 2. [Egglescliffe PDU|S] supervises people across the south of Stockton-on-Tees and reports to the [North East region|S].
"""),
    # 5. a unit inside its region, the region's own rating beside; "has been handed the lowest of the inspectorate’s four
    #    grades"; "published today (Tuesday 3 December)" with the year of the fieldwork (August 2024); seven
    #    recommendations "five for the unit, and two for its region"
    ("benton-pdu-2024", facts([
        svc("Benton Probation Delivery Unit", "Benton PDU", "PDU", INAD)], "2024-12-03", "2024-08", 7),
     """N| Probation unit in North Tyneside rated ‘[Inadequate|R]’

N| [Benton Probation Delivery Unit|S] has been handed the lowest of the inspectorate’s four grades, ‘[Inadequate|R]’, in a report published today ([Tuesday 3 December|D]).
N| In [2023|D] the [North East region|S], of which the unit is part, received ‘[Requires improvement|R]’ at its own inspection.
N| The inspection team was on site in [August 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Benton, people on probation are too often left without a plan, and some of those who pose a real danger to others were being seen only by telephone.
W| “Managers described weeks spent plugging gaps in the rota instead of overseeing the work.”

S| Inspectors were impressed with a women’s service set up by the unit and a local charity, where women could attend appointments in a safe space.
W| Sharing of information with [Northumbria Police|A] was slow, and home visits had not been made in most of the cases that called for them.
S| Staff were described as committed and caring, and many had stayed despite heavy caseloads.

R| Seven recommendations appear in the report: five for the unit, and two for its region.

N| [Benton PDU|S] covers much of North Tyneside.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    they were concerned that:" bullet lists; "Tuesday, 22nd November 2011" above "are out today"; "The inspection,
    #    which took place in September 2011"; eight recommendations
    ("tudhoe-and-kelloe-probation-trust-2011", facts([
        svc("Tudhoe and Kelloe Probation Trust", "Tudhoe and Kelloe Probation Trust", "other", None)],
        "2011-11-22", "2011-09", 8),
     """N| Tudhoe and Kelloe probation work inspected

N| [Tuesday, 22nd November 2011|D]

N| [Her Majesty’s Inspectorate of Probation|A]’s findings on offender management in [Tudhoe and Kelloe Probation Trust|S] are out today.
N| The inspection, which took place in [September 2011|D], looked at a sample of 70 cases.

S| On reoffending the Trust scored 79%, and on making sure sentences were carried out, 83%.
W| Public protection work scored lower, at 64%.

N| Inspectors were pleased to find that:
S| • almost every initial assessment was finished on time;
S| • offenders were encouraged to take part in education and training, with good links to local colleges.

N| However, they were concerned that:
W| • risk of harm plans often left unclear who was responsible for each action;
W| • in a quarter of relevant cases there was no record of any contact with children’s social care.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Those supervising offenders in this Trust know them well, and the leadership has a clear sense of direction.
R| “Public protection must now receive the attention the Trust already gives to cutting reoffending.”

R| We have made eight recommendations.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "which HM Inspectorate of Probation judges to be
    #    ‘...’ overall"; unpaid work "rated in its own right, was ‘...’"; fieldwork "in May and June 2018"; five
    #    recommendations; the provider's reply
    ("hardwick-and-portrack-crc-2018", facts([
        svc("Hardwick and Portrack Community Rehabilitation Company", "Hardwick and Portrack CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-08-14", "2018-05", 5),
     """N| Embargoed: 00.01 [Tuesday 14 August 2018|D]

N| Teesside probation company must do more, say inspectors

N| [Sodexo Justice Services|A] runs [Hardwick and Portrack Community Rehabilitation Company|S] (CRC), which [HM Inspectorate of Probation|A] judges to be ‘[Requires improvement|R]’ overall.
W| Unpaid work, rated in its own right, was ‘[Inadequate|R]’.
N| The inspection took place in [May and June 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Sessions of unpaid work are cancelled at short notice, and many people never start their hours at all.
S| “On the other hand, we saw some thoughtful and patient work with women, and the CRC’s through-the-gate team is well organised.”

W| Inspectors found responsible officers commonly holding 70 cases or more, and some had not met the people they supervised for several weeks.
W| Communication with the [National Probation Service|A] about cases that might need to be transferred was not always timely.

R| Of five recommendations, three fall to the CRC together with [Sodexo Justice Services|A], while [HM Prison and Probation Service|A] must deal with two.

N| A [Sodexo Justice Services|A] spokesperson said the company was already recruiting more unpaid work supervisors.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection under HMI
    #    Probation's lead; bullet lists after "The inspection found that:" and "Areas for improvement included:";
    #    "Date: 08/03/2016" (day/month/year); "in the week beginning 11 January 2016"; four recommendations
    ("kibblesworth-yot-2016", facts([
        svc("Kibblesworth Youth Offending Team", "Kibblesworth YOT", "YJS", None)], "2016-03-08", "2016-01", 4),
     """N| Inspection of youth offending work in Kibblesworth

N| Date: [08/03/2016|D]

N| The joint inspection of [Kibblesworth Youth Offending Team|S] (YOT), in which [Ofsted|A] and the [Care Quality Commission|A] took part under [HM Inspectorate of Probation|A]’s lead, has now reported.
N| Inspectors were in Kibblesworth in the week beginning [11 January 2016|D].

N| The inspection found that:
S| • the YOT’s staff were skilled at engaging children who had little trust in adults;
S| • children coming out of custody were quickly found a place in school or training.

N| Areas for improvement included:
W| • board members had little grasp of how the YOT was performing;
W| • assessments of a child’s vulnerability were not always updated after a serious incident.

R| Inspectors made four recommendations.
N| The [Kibblesworth YOT|S] manager said: “We thank the inspection team, and work on every point they raised has begun.”
"""),
    # 9. an NPS division in 2019: "The division receives ‘...’ as its overall rating"; "Published: 30 April 2019";
    #    "Inspectors visited in January 2019"; "I would now like to see"; seven recommendations
    ("lamesley-and-sunniside-nps-division-2019", facts([
        svc("National Probation Service – Lamesley and Sunniside Division", "NPS Lamesley and Sunniside", "region", GOOD)],
        "2019-04-30", "2019-01", 7),
     """N| Probation division in the North East rated ‘[Good|R]’

N| Published: [30 April 2019|D]

N| [HM Inspectorate of Probation|A] has inspected the [National Probation Service – Lamesley and Sunniside Division|S], which manages high-risk offenders across part of Tyne and Wear.
N| The division receives ‘[Good|R]’ as its overall rating.
N| Inspectors visited in [January 2019|D].

S| Court work was found to be of a high standard, with reports to magistrates that were thorough and prepared on time.
S| Inspectors praised the division’s staff for their knowledge of the people they supervised.
W| Yet victims were not always contacted promptly, and the victim liaison team carried a backlog of cases.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Lamesley and Sunniside|S] is a well-led division whose staff clearly care about doing the job properly.
R| “I would now like to see victim work brought up to the same standard.”

R| The division is the subject of most of the report’s seven recommendations; [HMPPS|A] and the [Ministry of Justice|A] receive the rest.
"""),
    # 10. a Youth Offending Service in 2019: "Inspectors assessed X as ‘...’ following their visit in September 2019"; how
    #    near it came to ‘Good’ (headline and text); the notes' publication day; five recommendations
    ("skinningrove-yos-2019", facts([
        svc("Skinningrove Youth Offending Service", "Skinningrove YOS", "YJS", RI)], "2019-12-10", "2019-09", 5),
     """N| [Skinningrove Youth Offending Service|S] ‘close to [Good|R]’, say inspectors

N| Inspectors assessed [Skinningrove Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’ following their visit in [September 2019|D].
S| The service was only a few points away from ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Skinningrove|S] has a committed management board and staff who will go the extra mile to keep children involved.
W| “However, work to keep children safe was too variable, and some children at risk of exploitation were not identified early enough.”

S| Inspectors found a particularly strong focus on education, with every child of school age in full-time education at the time of the inspection.
W| Some out-of-court disposals went ahead without a proper assessment, so the help children received did not always match their needs.

R| Of its five recommendations, the report directs four to the YOS and one to [Redcar and Cleveland Borough Council|A].

N| Notes to editors
N| 1. Publication of the report on the [HM Inspectorate of Probation|A] website: [10 December 2019|D].
"""),
    # 11. a GOV.UK page in 2022: "has been rated ‘Good’, having been placed at ‘Requires improvement’ when last inspected,
    #    in 2019" (the previous rating beside); fieldwork "between 23 and 27 May 2022"; four recommendations
    ("acomb-yjs-2022", facts([
        svc("Acomb Youth Justice Service", "Acomb YJS", "YJS", GOOD)], "2022-08-02", "2022-05", 4),
     """N| Press release

N| Youth justice service in Northumberland improves

N| From: [HM Inspectorate of Probation|A]

N| Published [2 August 2022|D]

N| [Acomb Youth Justice Service|S] has been rated ‘[Good|R]’, having been placed at ‘[Requires improvement|R]’ when last inspected, in [2019|D].
N| Fieldwork took place between [23 and 27 May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Acomb|S] has turned a corner, and children in the county are getting a better deal as a result.
S| “Leaders took the last report seriously and put in place a clear plan, which staff understand and believe in.”

S| Inspectors found that case managers took account of each child’s experiences of trauma when planning their work.
W| However, children living in rural parts of the county sometimes waited weeks for a first appointment because of travel times.
W| The board’s oversight of disproportionality was still in its infancy.

R| Our four recommendations are for the service (three) and for its management board (one).
"""),
    # 12. the top grade in 2024: "Inspectors have given X the highest rating possible, ‘...’"; fieldwork "in June and
    #    July 2024" (-> 2024-06); notes "Publication date: 24 September 2024, 00.01"; three recommendations
    ("heddon-yjs-2024", facts([
        svc("Heddon Youth Justice Service", "Heddon YJS", "YJS", OUT)], "2024-09-24", "2024-06", 3),
     """N| ‘[Outstanding|R]’ youth justice work in Heddon

N| Inspectors have given [Heddon Youth Justice Service|S] the highest rating possible, ‘[Outstanding|R]’.
N| The inspection was carried out in [June and July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here children are listened to, their families are supported and victims are never an afterthought: youth justice at its best.
S| “Everyone at [Heddon|S], staff and volunteers alike, can be rightly proud.”

S| Each child had a plan written together with them, inspectors found, and plans were revisited whenever something important changed.
S| Soon after referral, each child was seen by the service’s speech therapist, which meant staff understood how to pitch their conversations.
W| The one area needing more attention was how the out-of-court disposal panel recorded its decisions.

R| The report makes three recommendations aimed at keeping standards this high.

N| ENDS

N| Notes to editors
N| 1. Publication date: [24 September 2024|D], 00.01.
"""),
    # 13. a YJS in 2021: "HM Inspectorate of Probation found X to be ‘...’" (no "rated"); the date line "Tuesday 19 October
    #    2021" at the top; remote fieldwork "in July 2021"; "On paper ...; however"; six recommendations
    ("longhoughton-yjs-2021", facts([
        svc("Longhoughton Youth Justice Service", "Longhoughton YJS", "YJS", RI)], "2021-10-19", "2021-07", 6),
     """N| [Tuesday 19 October 2021|D]

N| Longhoughton youth justice: progress made but more to do

N| [HM Inspectorate of Probation|A] found [Longhoughton Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| With pandemic restrictions still in place, the fieldwork in [July 2021|D] was done by video call.

S| Inspectors were impressed with the way staff had kept in touch with children during the pandemic, using doorstep visits and video calls.
W| On paper, the service had good policies for managing risk; however, these were not followed consistently in practice.
W| Work with [Northumbria Police|A] on children who went missing from home was described as disjointed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Case records too often lacked any real analysis of the risks children faced, even though staff plainly care about them.
R| “The partnership board must take a closer interest in the quality of the service’s work.”

R| The report makes six recommendations, two of which are for the [Northumberland County Council|A] children’s services.
"""),
    # 14. a council page in 2023: "has received an overall judgement of ‘...’"; "Posted on 27/07/2023"; "after inspectors
    #    visited in April 2023"; ten recommendations; the council's reply; a board named with its service
    ("cockfield-yjs-2023", facts([
        svc("Cockfield Youth Justice Service", "Cockfield YJS", "YJS", INAD)], "2023-07-27", "2023-04", 10),
     """N| Council statement on youth justice inspection

N| Posted on [27/07/2023|D]

N| [Cockfield Youth Justice Service|S] has received an overall judgement of ‘[Inadequate|R]’ from [His Majesty’s Inspectorate of Probation|A] after inspectors visited in [April 2023|D].

W| Inspectors found that leaders lacked a clear understanding of how well the service was performing, and that the management board met but little changed.
W| Enough was done to keep the child safe in only nine of the 25 cases examined.
W| Staff turnover had been high, with some children passed between four different case managers within twelve months.
S| Inspectors did note that children said their workers were kind and easy to talk to.

R| Ten recommendations are made in the report: seven for the service and three for its partners, including [County Durham and Darlington NHS Foundation Trust|A].

N| Councillor [Helen Pattison|X], who holds the children’s portfolio at [Durham County Council|A], said: “We are disappointed by this report and accept every one of its recommendations.”
N| An improvement plan will be presented to the [Cockfield Youth Justice Management Board|A] next month.
"""),
    # 15. an aspect rated separately in 2024: "has rated X ‘...’ overall"; "Resettlement policy and provision, which is
    #    also inspected and rated separately, was judged ‘Good’"; fieldwork "10 - 14 June 2024"; the notes' standard
    #    publication line; the headline's lower-case service; six recommendations
    ("wolviston-yjs-2024", facts([
        svc("Wolviston Youth Justice Service", "Wolviston YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-09-10", "2024-06", 6),
     """N| [Wolviston youth justice service|S] ‘has the right ingredients’ but must improve

N| [HM Inspectorate of Probation|A] has rated [Wolviston Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
S| Resettlement policy and provision, which is also inspected and rated separately, was judged ‘[Good|R]’.
N| Fieldwork for the inspection took place [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wolviston|S] has the right ingredients: a stable workforce, a good range of interventions and partners who want it to succeed.
W| “What it lacks is consistency, and we saw too much variation in the quality of assessments from one practitioner to the next.”

S| Children leaving custody had accommodation and education arranged before release, and a worker met them at the gate.
W| Inspectors were disappointed to find that the voices of victims were not always heard when planning work with children.

R| Six recommendations follow, one of them for [Cleveland Police|A] and the rest for the service.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [10 September 2024|D] at 00.01.
"""),
    # 16. a YJS inspected before the pandemic and published months later: "has awarded X a ‘...’ rating"; fieldwork "from 3
    #    to 7 February 2020"; "Published: 17 Nov 2020"; five recommendations
    ("elwick-yjs-2020", facts([
        svc("Elwick Youth Justice Service", "Elwick YJS", "YJS", GOOD)], "2020-11-17", "2020-02", 5),
     """N| News

N| ‘[Good|R]’ rating for youth justice in Elwick

N| Published: [17 Nov 2020|D]

N| [HM Inspectorate of Probation|A] has awarded [Elwick Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Fieldwork ran from [3 to 7 February 2020|D], before Covid-19 restrictions began.
N| Publication of the report was delayed by the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Elwick|S] understands its children and the community they live in.
S| “Its partnership with [Hartlepool Borough Council|A]’s early help team means children are offered support before problems escalate.”

S| Inspectors praised the dedicated health worker, who made sure that children’s physical and emotional needs were understood.
W| The quality of planning for children subject to out-of-court disposals was inconsistent, however.

R| Five recommendations are made, including that the service should improve the way it gathers the views of victims.
"""),
    # 17. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line; "Context"
    #    and "Findings" bullets; fieldwork "in April 2025"; "Report publication: 10 June 2025" in the notes; no count
    ("silksworth-pdu-2025", facts([
        svc("Silksworth Probation Delivery Unit", "Silksworth PDU", "PDU", None)], "2025-06-10", "2025-04", None),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Silksworth Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] inspected public protection work in [Silksworth Probation Delivery Unit|S] in [April 2025|D].
N| Public protection inspections like this one are not rated.

N| Context
N| • [Silksworth PDU|S] is part of the [Probation Service – North East region|S] and supervises around 1,200 people in Sunderland.
W| • When inspectors visited, one in five probation officer posts stood empty.

N| Findings
S| • Staff were skilled at recognising the signs of domestic abuse and at talking to people about their behaviour.
W| • In most cases where children lived at the address, nobody from the unit had visited the home.
W| • Enquiries to [Northumbria Police|A] were made late or not at all in about a third of the cases we reviewed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Silksworth|S]’s staff want to do good work, but vacancies mean that some of the most important safeguarding checks are simply not happening.”
N| The report sets out the steps the unit and the region now need to take.

N| Notes
N| 1. Report publication: [10 June 2025|D].
"""),
    # 18. a GOV.UK page in 2025: "Inspectors rated X ‘...’ after fieldwork across July and August 2025" (-> 2025-07); "The
    #    green shoots we saw"; the headline's lower-case service; six recommendations
    ("roseworth-yjs-2025", facts([
        svc("Roseworth Youth Justice Service", "Roseworth YJS", "YJS", RI)], "2025-10-14", "2025-07", 6),
     """N| Press release

N| [Roseworth youth justice service|S] must strengthen its work to keep children safe

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| Inspectors rated [Roseworth Youth Justice Service|S] ‘[Requires improvement|R]’ after fieldwork across [July and August 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The green shoots we saw in Roseworth are encouraging, particularly the energy of its new leadership team.
W| “But too many children are still left without the protection from exploitation that they need, and that has to change.”

S| [Roseworth|S]’s work with children on diversion was a real strength, with good links to sport and youth clubs.
W| Inspectors were concerned to find that information from [Cleveland Police|A] about children’s arrests often arrived days late.
W| Case managers were not always confident in recognising when a child was being criminally exploited.

R| The report makes six recommendations, including to the [Stockton-on-Tees Youth Justice Partnership Board|A] and [Cleveland Police|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
