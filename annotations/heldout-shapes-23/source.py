"""Builds the twenty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cheshire PDUs in a justiceinspectorates news item, the region named first ("Two delivery units of the North
    #    West probation region"): "Inspectors settled on ‘...’ for X and on ‘...’ for Y"; "Published: 15 Jul 2025"; "in the
    #    weeks beginning 17 and 24 March 2025"; "Of the eleven recommendations, six ... and five ..."
    ("middlewich-and-alsager-pdus-2025", facts([
        svc("Middlewich Probation Delivery Unit", "Middlewich PDU", "PDU", RI),
        svc("Alsager Probation Delivery Unit", "Alsager PDU", "PDU", INAD)], "2025-07-15", "2025-03", 11),
     """N| News

N| Two probation units in Cheshire: reports published

N| Published: [15 Jul 2025|D]

N| Two delivery units of the [North West probation region|S], [Middlewich Probation Delivery Unit|S] and [Alsager Probation Delivery Unit|S], are each the subject of a new [HMI Probation|A] report.
N| Inspectors settled on ‘[Requires improvement|R]’ for [Middlewich|S] and on ‘[Inadequate|R]’ for [Alsager|S].
N| Inspectors visited the two units in the weeks beginning [17 and 24 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Alsager|S] has relied on goodwill for too long, with agency staff covering nearly half of its officer posts.
W| “Too many people under supervision there had received no home visit, even where a partner had reported violence.
S| “[Middlewich|S], by contrast, benefits from a settled team, and its managers scrutinise cases and push back on weak plans.”

S| Links between [Middlewich PDU|S] and [Cheshire Constabulary|A] on integrated offender management were described as close and productive.
W| Accredited programme places were too few in both units, and unpaid work backlogs ran to several thousand hours.

R| Of the eleven recommendations, six are addressed to [Alsager PDU|S] and five to [Middlewich PDU|S].
"""),
    # 2. two North Wales youth services on a council page ("Date: 23/04/2024"), named Abergele then Llanrwst; the rating
    #    sentence in the other order: "Llanrwst was placed at ‘...’, while Abergele secured ‘...’"; fieldwork "looked at
    #    both services between 15 and 19 January 2024"; "Llanrwst gets five of the eight recommendations, Abergele three"
    ("abergele-and-llanrwst-yjs-2024", facts([
        svc("Abergele Youth Justice Service", "Abergele YJS", "YJS", GOOD),
        svc("Llanrwst Youth Justice Service", "Llanrwst YJS", "YJS", RI)], "2024-04-23", "2024-01", 8),
     """N| Youth justice in Abergele and Llanrwst: inspection findings out

N| Date: [23/04/2024|D]

N| Reports on [Abergele Youth Justice Service|S] and [Llanrwst Youth Justice Service|S] have been made public by [HM Inspectorate of Probation|A], whose team looked at both services between [15 and 19 January 2024|D].
N| [Llanrwst|S] was placed at ‘[Requires improvement|R]’, while [Abergele|S] secured ‘[Good|R]’.

S| Inspectors found that [Abergele|S]’s workers had earned the trust of children and of their families, often visiting at weekends.
S| They also credited [Abergele YJS|S] with getting nearly all school-age children back into some form of education.
W| In [Llanrwst YJS|S], plans to manage the danger a child might pose to other people were often thin and rarely revisited.
W| Health support was patchy in both areas, and some children waited months for an appointment with [CAMHS|A].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The two services sit side by side yet tell quite different stories.
R| “I would ask [Llanrwst|S]’s management board to give its practitioners the time and supervision they need to plan properly.”

R| [Llanrwst|S] gets five of the eight recommendations, [Abergele|S] three.

N| A spokesperson for [Conwy County Borough Council|A] said the council thanked inspectors and would publish an action plan shortly.
"""),
    # 3. three Hampshire PDUs on a GOV.UK page: "Alton and Alresford share a rating of ‘...’; Fordingbridge has fallen to
    #    ‘...’"; "Fieldwork for all three took place in September 2024"; "Nine recommendations are made, three apiece"
    ("alton-alresford-and-fordingbridge-pdus-2025", facts([
        svc("Alton Probation Delivery Unit", "Alton PDU", "PDU", RI),
        svc("Alresford Probation Delivery Unit", "Alresford PDU", "PDU", RI),
        svc("Fordingbridge Probation Delivery Unit", "Fordingbridge PDU", "PDU", INAD)], "2025-02-04", "2024-09", 9),
     """N| Press release

N| Probation in Hampshire: reports on three delivery units

N| Inspectors look at three probation delivery units across Hampshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 February 2025|D]

N| In three reports out today, inspectors give their findings on [Alton Probation Delivery Unit|S], [Alresford Probation Delivery Unit|S] and [Fordingbridge Probation Delivery Unit|S].
N| [Alton|S] and [Alresford|S] share a rating of ‘[Requires improvement|R]’; [Fordingbridge|S] has fallen to ‘[Inadequate|R]’.
N| Fieldwork for all three took place in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Fordingbridge we met practitioners who were exhausted, and a management team that had lost sight of its highest-risk cases.
S| “Elsewhere there is real promise: staff at [Alresford|S] were curious, careful and well supported.”

S| [Alton PDU|S] impressed inspectors with its work alongside [Hampshire Constabulary|A] on stalking cases.
W| Disappointingly, risk to children was properly weighed in under half of the files examined across the three units.
W| Sentence plans in [Fordingbridge PDU|S] were frequently carried over unchanged between reviews.

R| Nine recommendations are made, three apiece.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors gave X the bottom grade
    #    on their four-point scale"; the region's own 2023 rating beside it; "met staff and partners on 10 - 14 June 2024";
    #    "Mr Jones went on"; "Publication: 00.01, 17 September 2024" in the notes; "four fall to the unit, two to the region"
    ("shifnal-and-wem-pdu-2024", facts([
        svc("Shifnal and Wem Probation Delivery Unit", "Shifnal and Wem PDU", "PDU", INAD)], "2024-09-17", "2024-06", 6),
     """N| [West Midlands probation region|S]: probation unit in Shropshire given lowest grade

N| Inspectors gave [Shifnal and Wem Probation Delivery Unit|S] the bottom grade on their four-point scale, ‘[Inadequate|R]’; the unit is managed by the [West Midlands probation region|S].
N| When the whole region was inspected in [2023|D], its rating was ‘[Requires improvement|R]’.
N| The inspection team read 44 cases and met staff and partners on [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “A rural unit stretched across a wide area, it has simply not had the staff to cope.
W| “Some people judged highly dangerous had gone for weeks with no face-to-face contact.”

W| Mr Jones went on: “Managers were aware of the problems but lacked the authority to fix them, and requests for help from the region went unanswered.”

S| Even so, the unit’s women’s service, run with a local charity, was praised for its warmth and persistence.
S| [Shifnal and Wem PDU|S]’s administrative staff kept court work running smoothly despite repeated changes of system.

R| Six recommendations follow; four fall to the unit, two to the region.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [17 September 2024|D], on the inspectorate’s website.
N| 2. [Shifnal and Wem PDU|S] is one of the smaller units in the region, covering eastern and northern Shropshire.
"""),
    # 5. a unit inside its region: the region in the headline and the first sentence; "the report gives X ... ‘...’
    #    overall" with its previous rating beside ("up from the ‘Inadequate’ it was given in 2021"); "inspected over a
    #    fortnight in November 2023"; "Published today (Tuesday 27 February)" with no year (2024, after the fieldwork)
    ("wigton-pdu-2024", facts([
        svc("Wigton Probation Delivery Unit", "Wigton PDU", "PDU", RI)], "2024-02-27", "2023-11", 7),
     """N| [North West region|S]: probation unit in west Cumbria moving in the right direction

N| Published today ([Tuesday 27 February|D]), the report gives [Wigton Probation Delivery Unit|S], which the [North West region|S] runs in west Cumbria, ‘[Requires improvement|R]’ overall, up from the ‘[Inadequate|R]’ it was given in [2021|D].
N| The unit was inspected over a fortnight in [November 2023|D].

S| Leaders had recruited steadily, and by the time of the inspection every probation officer post was filled.
S| People on probation told inspectors that their officers listened and helped them find work and housing.
W| Yet too often nobody had checked with [Cumbria Constabulary|A] for reports of domestic abuse before the plan was written.
W| Work to prepare people for the end of their sentence was uneven.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wigton|S] has turned a corner.
R| “The unit’s leaders need to make public protection as strong as the relationships their staff build.”

R| We have made seven recommendations: five for the unit itself, two for the region.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were satisfied that:" / "They were
    #    worried that:" lists; "Tuesday, 8th February 2011"; fieldwork "in October and November 2010"; seven recs
    ("axbridge-and-cheddar-probation-trust-2011", facts([
        svc("Axbridge and Cheddar Probation Trust", "Axbridge and Cheddar Probation Trust", "other", None)],
        "2011-02-08", "2010-10", 7),
     """N| Offender management inspection in Axbridge and Cheddar

N| [Tuesday, 8th February 2011|D]

N| Today [Her Majesty’s Inspectorate of Probation|A] published its findings on offender management by [Axbridge and Cheddar Probation Trust|S], whose work inspectors reviewed in [October and November 2010|D].
S| The report finds that the Trust has done much to lift the quality of its work since the last inspection.

S| [Axbridge and Cheddar|S]’s scores were 78 on reducing reoffending and 83 on delivering the sentence.
W| Its score for risk of harm to others, 64, was the lowest of the three.

N| Inspectors were satisfied that:
S| • most offenders had a sentence plan agreed with them within five working days;
S| • the Trust and [Avon and Somerset Constabulary|A] had well-established joint arrangements for prolific offenders.

N| They were worried that:
W| • the risk posed by some violent offenders had been judged too low;
W| • in one case in four, nobody had contacted children’s services.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Every member of staff we met cared about the offenders on their caseload.
R| “What it must do now is make its public protection work as dependable as the rest.”

R| The report lists seven recommendations.
"""),
    # 7. a CRC in 2019, part of a named provider's group, embargo line: "HM Inspectorate of Probation found X (CRC) ... to
    #    be ‘...’ overall"; unpaid work "graded on its own, did better, at ‘...’"; "Inspectors did their fieldwork in July
    #    2019"; five recommendations
    ("lymm-and-helsby-crc-2019", facts([
        svc("Lymm and Helsby Community Rehabilitation Company", "Lymm and Helsby CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-12", "2019-07", 5),
     """N| EMBARGOED: 00:01 [Tuesday 12 November 2019|D]

N| Probation company in Cheshire ‘must do more on risk’

N| [HM Inspectorate of Probation|A] found [Lymm and Helsby Community Rehabilitation Company|S] (CRC), part of the [Purple Futures|A] group, to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, graded on its own, did better, at ‘[Good|R]’.
N| Inspectors did their fieldwork in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Plenty here pleased us: unpaid work is well run and the CRC’s staff are loyal and hard-working.
W| “But risk assessments were too often done late or not at all, and that worries me.”

W| Case workers at [Lymm and Helsby CRC|S] each held around 70 cases, with little time for anything beyond routine appointments.
W| Communication about cases that were becoming riskier was sometimes slow between the CRC and its [National Probation Service|A] colleagues.

R| Five recommendations result: three to the CRC and its owner, the other two to [HMPPS|A].

N| [Purple Futures|A] said it was already recruiting more case workers and accepted the findings.
"""),
    # 8. an NPS division in 2019: "X receives ‘...’ overall"; court work "the highest grade available, ‘Outstanding’, for
    #    its work at court, which is rated in its own right" as an aspect; "Inspectors were in the division during April
    #    and May 2019"; eight recommendations
    ("nps-severn-vale-division-2019", facts([
        svc("National Probation Service – Severn Vale Division", "NPS Severn Vale", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-08-29", "2019-04", 8),
     """N| Press release

N| Probation division in Gloucestershire impresses inspectors

N| Published [29 August 2019|D]

N| [National Probation Service – Severn Vale Division|S] receives ‘[Good|R]’ overall; the [HMI Probation|A] report on the division appears today.
S| The division has also earned the highest grade available, ‘[Outstanding|R]’, for its work at court, which is rated in its own right.
N| Inspectors were in the division during [April and May 2019|D].

S| Reports to court were prompt, well reasoned and trusted by sentencers.
S| Leaders had a firm grasp of performance, and staff described them as approachable.
W| On the other hand, victim contact was slow: some victims waited more than two months for a first letter.
W| Several staff had not had any training on modern slavery or exploitation.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Severn Vale|S] does the basics well and some things exceptionally well.
R| “The division should now give victims the same care that everyone else in the system receives.”

R| The division and [HMPPS|A] share eight recommendations between them.
"""),
    # 9. a youth offending team written out, 2016, before ratings, on a council page: "The joint report ... is out; HMI
    #    Probation led it"; lists after "Among the strengths inspectors identified:" / "The areas needing work were:";
    #    "Posted 10/05/2016"; "For the week of 7 March 2016, inspectors worked alongside the YOT"; four recommendations
    ("brampton-and-alston-yot-2016", facts([
        svc("Brampton and Alston Youth Offending Team", "Brampton and Alston YOT", "YJS", None)],
        "2016-05-10", "2016-03", 4),
     """N| Youth offending inspection findings published

N| Posted [10/05/2016|D]

N| The joint report on [Brampton and Alston Youth Offending Team|S] (YOT) is out; [HMI Probation|A] led it, and [Ofsted|A] took part alongside [HM Inspectorate of Constabulary|A].
N| For the week of [7 March 2016|D], inspectors worked alongside the YOT and its partners.

N| Among the strengths inspectors identified:
S| • most young people met their case manager within days of being sentenced and were clear about the purpose of their supervision;
S| • the team’s reparation projects were imaginative and valued by local residents.

N| The areas needing work were:
W| • vulnerability assessments sometimes ignored what children’s social care already knew;
W| • the management board paid too little attention to how the YOT was performing.

R| The inspectors make four recommendations.

N| [Cumbria County Council|A]’s portfolio holder for children’s services said: “Their advice is welcome and we will act on it.”
"""),
    # 10. "HM Inspectorate of Probation places X in its top category, ‘Outstanding’"; "In a report out today (Thursday 6
    #     June)" with no year (2024, after the fieldwork "in March 2024"); three recommendations; "Mr Jones added"
    ("cinderford-yjs-2024", facts([
        svc("Cinderford Youth Justice Service", "Cinderford YJS", "YJS", OUT)], "2024-06-06", "2024-03", 3),
     """N| Youth justice service in the Forest of Dean ‘a model for others’

N| In a report out today ([Thursday 6 June|D]), [HM Inspectorate of Probation|A] places [Cinderford Youth Justice Service|S] in its top category, ‘[Outstanding|R]’.
N| Inspectors examined the service in [March 2024|D], looking at 22 cases and speaking with children, their parents and partner agencies.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cinderford|S] is exceptional: every child we read about had a worker who knew them well and fought their corner.
S| “The partnership with [Gloucestershire Constabulary|A] on diverting children from court is as good as any in the country.”

S| Mr Jones added: “Its leaders know the community, listen to children and never let a good idea sit on a shelf.”

S| Education, training and employment outcomes were strong, and no child in the sample was without a school place.
W| The one area for development was planning for children moving to adult services, which sometimes began too late.

R| Just three recommendations were needed, to help the service stay at this level.
"""),
    # 11. resettlement rated on its own: "X falls into the ‘...’ category"; "Resettlement ... was assessed separately and
    #     found to be ‘Inadequate’"; "The fieldwork ran from 9 to 13 October 2023"; "Four of the six recommendations ..."
    ("ilminster-yjs-2024", facts([
        svc("Ilminster Youth Justice Service", "Ilminster YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-01-25", "2023-10", 6),
     """N| Youth justice service in Somerset must improve, say inspectors

N| [25 January 2024|D]

N| [Ilminster Youth Justice Service|S] falls into the ‘[Requires improvement|R]’ category, in a report [HMI Probation|A] has issued today.
W| Resettlement, for children leaving custody, was assessed separately and found to be ‘[Inadequate|R]’.
N| The fieldwork ran from [9 to 13 October 2023|D].

S| Inspectors noted that case managers were committed, and children described them warmly.
W| However, only nine of the 21 plans for keeping others safe were judged sufficient.
W| Children returning from custody often had no confirmed address until the day of release.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good intentions are not enough when a child comes home from custody with nowhere to live.
R| “The board and [Somerset Council|A] must work together so that housing is settled well before release.”

R| Four of the six recommendations concern the service, and two its partners.
"""),
    # 12. local news: "Inspectors now rate X ‘Good’, a year after the same service was found
    #     ‘Inadequate’"; byline Friday 19 August 2022, the report "released ... on Tuesday (16 August)"; "Inspectors went in
    #     during May 2022"; no count of recommendations (null)
    ("bromyard-yjs-2022", facts([
        svc("Bromyard Youth Justice Service", "Bromyard YJS", "YJS", GOOD)], "2022-08-16", "2022-05", None),
     """N| Big improvement for [Bromyard youth justice team|S]

N| By [Hannah Price|X]

N| [Friday 19 August 2022|D]

N| Inspectors now rate [Bromyard Youth Justice Service|S] ‘[Good|R]’, a year after the same service was found ‘[Inadequate|R]’.
N| Inspectors went in during [May 2022|D]; [HM Inspectorate of Probation|A] then released its report on Tuesday ([16 August|D]).

S| The watchdog said the service now had stable leadership, with board members who challenged one another.
S| It found that staff at [Bromyard|S] worked closely with schools, and that exclusions among the children it supervised had fallen.
W| The report did note that children’s health needs were not always followed up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This turnaround is something everyone involved can be rightly proud of.”

N| Councillor [Gwen Morris|X], of [Herefordshire Council|A], said: “The whole team deserves credit for this, and we will keep up the momentum.”
"""),
    # 13. "X has been handed the lowest grade there is, ‘...’, by HMI Probation"; "Findings were gathered over two weeks in
    #     September 2023"; "Report publication: 31 October 2023" in the notes; ten recommendations
    ("portland-yjs-2023", facts([
        svc("Portland Youth Justice Service", "Portland YJS", "YJS", INAD)], "2023-10-31", "2023-09", 10),
     """N| Youth justice service in Dorset rated ‘Inadequate’

N| [Portland Youth Justice Service|S] has been handed the lowest grade there is, ‘[Inadequate|R]’, by [HMI Probation|A].
N| Findings were gathered over two weeks in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Portland’s children deserved better from a service that lost its grip on the basics.
W| “We found children being exploited by older men while nobody in the service knew.”

W| According to inspectors, meetings of the management board were rare, and its members did not know what the service was doing.
W| Staff turnover was high, and agency workers filled every third case manager post.
S| Despite these pressures, the service’s victim worker was praised for keeping victims informed and involved.

R| The report carries ten recommendations: the service and its board must act on eight, [Dorset Council|A] on two.

N| ENDS

N| Notes to editors
N| Report publication: [31 October 2023|D].
"""),
    # 14. a council page starting with "Skip to content" and an empty "Published:" line, the date in a heading; "‘...’ was
    #     the outcome of X’s inspection"; out-of-court disposals "looked at on their own and reached ‘Good’"; "Inspectors
    #     were at the service in January 2025"; six recommendations; the council's reply
    ("halewood-yjs-2025", facts([
        svc("Halewood Youth Justice Service", "Halewood YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2025-04-08", "2025-01", 6),
     """N| Skip to content

N| Published:

N| Youth justice inspection outcome – [8 April 2025|D]

N| ‘[Requires improvement|R]’ was the outcome of [Halewood Youth Justice Service|S]’s inspection, according to [His Majesty’s Inspectorate of Probation|A].
S| Out-of-court disposals were looked at on their own and reached ‘[Good|R]’.
N| Inspectors were at the service in [January 2025|D].

S| The report highlights the service’s youth workers, who were out in the community in the evenings and knew the children well.
W| Inspectors said assessments were not always updated when a child’s circumstances changed.
W| Work with [Merseyside Police|A] to share intelligence about exploitation needed to be quicker.

R| The report makes six recommendations.

N| [Knowsley Council|A]’s spokesperson on youth services said: “We accept what the report says and will build on the strengths inspectors found.”
"""),
    # 15. a North Wales youth justice service: "Inspectors judged X ‘Good’ after visiting it late in January 2023", with
    #     "Tuesday 16 May 2023" as the date line; five recommendations
    ("holywell-yjs-2023", facts([
        svc("Holywell Youth Justice Service", "Holywell YJS", "YJS", GOOD)], "2023-05-16", "2023-01", 5),
     """N| Youth justice service in Flintshire praised

N| [Tuesday 16 May 2023|D]

N| Inspectors judged [Holywell Youth Justice Service|S] ‘[Good|R]’ after visiting it late in [January 2023|D].

S| The service’s work with children in the Welsh language was a notable strength, and children could choose the language of every meeting.
S| Because [Betsi Cadwaladr University Health Board|A] funded a seconded nurse, most children had a health assessment within weeks.
W| There was, however, too little attention to the safety of younger siblings in some cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Holywell|S] puts children first, and it shows.
R| “I want the brothers and sisters of the children it supervises to receive the same care.”

R| [North Wales Police|A] receives one of the five recommendations; the other four are for the service.

N| [Flintshire County Council|A] welcomed the report.
"""),
    # 16. a 2025 public-protection PDU inspection with no rating ("Inspections in this series do not produce a rating"),
    #     the region named as context; "Context" / "Findings" bullets; "from 9 to 13 June 2025"; four recommendations
    ("cricklade-pdu-2025", facts([
        svc("Cricklade Probation Delivery Unit", "Cricklade PDU", "PDU", None)], "2025-09-30", "2025-06", 4),
     """N| Public protection inspection: [Cricklade Probation Delivery Unit|S]

N| Published [30 September 2025|D]

N| A new [HMI Probation|A] report examines public protection work in [Cricklade Probation Delivery Unit|S], which is run by the [South West probation region|S].
N| Inspections in this series do not produce a rating.
N| The inspection visit lasted from [9 to 13 June 2025|D].

N| Context
N| • [Cricklade PDU|S] supervises about 900 people across north Wiltshire.
N| • Around one in five of its cases involve domestic abuse.

N| Findings
S| • Practitioners understood the dangers that the people they supervised could present, and recorded them clearly.
W| • Few homes were visited, even where children shared the household.
W| • Information from [Wiltshire Police|A] was sought in just 14 of 30 cases that needed it.

R| Four recommendations go to the unit and its region.
"""),
    # 17. "The inspectorate’s judgement on X ... is that it ‘Requires improvement’"; resettlement "which carries a
    #     separate rating, was ‘Good’"; "Fieldwork happened in mid-February 2022"; seven recommendations
    ("bebington-yjs-2022", facts([
        svc("Bebington Youth Justice Service", "Bebington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-03-29", "2022-02", 7),
     """N| Press release

N| Youth justice in Wirral: mixed findings

N| From: [HM Inspectorate of Probation|A]

N| Published [29 March 2022|D]

N| The inspectorate’s judgement on [Bebington Youth Justice Service|S], published today, is that it ‘[Requires improvement|R]’.
S| Resettlement work, which carries a separate rating, was ‘[Good|R]’.
N| Fieldwork happened in mid-[February 2022|D].

S| [Bebington|S] has built a strong team of volunteers who run referral order panels with skill and sensitivity.
W| But the quality of assessment varied widely, and some case managers lacked confidence in judging risk.
W| Managers did not check enough of their staff’s work.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bebington YJS|S] has much of what it needs to succeed, yet its core case work is not yet where it should be.
R| “Leaders must now raise the standard of assessment and oversight across the whole team.”

R| There are seven recommendations, two of them directed at [Wirral Council|A].
"""),
    # 18. a Gwynedd youth justice service; "‘Requires improvement’ is the rating inspectors have given X"; "Inspectors
    #     carried out their work in the week of 18 November 2024"; "Publication date: 21 January 2025" in the notes; six recs
    ("llanberis-and-bethesda-yjs-2025", facts([
        svc("Llanberis and Bethesda Youth Justice Service", "Llanberis and Bethesda YJS", "YJS", RI)],
        "2025-01-21", "2024-11", 6),
     """N| Youth justice in Gwynedd: work still to do

N| ‘[Requires improvement|R]’ is the rating inspectors have given [Llanberis and Bethesda Youth Justice Service|S].
N| Inspectors carried out their work in the week of [18 November 2024|D].

S| [Llanberis and Bethesda YJS|S] has a settled staff group, several of whom have been with the service for over a decade.
S| Children and parents told inspectors that staff were patient and easy to reach.
W| Inspectors were less convinced by how the service protected other people, which too often rested on out-of-date information.
W| Support from education services was limited, and a number of children had fewer than ten hours of school a week.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The groundwork is largely there, but the service has been too slow to act when risks change.
R| “[Gwynedd Council|A] and its partners should ensure every child has a full school timetable.”

R| The total number of recommendations is six.

N| ENDS

N| Notes to editors
N| 1. Publication date: [21 January 2025|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
