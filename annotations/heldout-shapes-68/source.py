"""Builds the sixty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Devon youth justice services in one GOV.UK release: "X came out as ‘Good’, while its neighbour Y was placed
    #    at ‘Requires improvement’"; "Fieldwork for both inspections took place in January 2024"; eight recommendations
    ("budleigh-salterton-and-ottery-st-mary-yjs-2024", facts([
        svc("Budleigh Salterton Youth Justice Service", "Budleigh Salterton YJS", "YJS", GOOD),
        svc("Ottery St Mary Youth Justice Service", "Ottery St Mary YJS", "YJS", RI)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| East Devon youth justice services: reports published

N| Inspectors have reported on two neighbouring youth justice services in east Devon.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Budleigh Salterton Youth Justice Service|S] and [Ottery St Mary Youth Justice Service|S].
N| [Budleigh Salterton|S] came out as ‘[Good|R]’, while its neighbour [Ottery St Mary|S] was placed at ‘[Requires improvement|R]’.
N| Fieldwork for both inspections took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Budleigh Salterton, every child we met had a worker who had taken the time to understand their family and their school.
W| “[Ottery St Mary|S] has dedicated staff, but too many of its plans said little about how children would be kept safe from exploitation.”

S| Inspectors were impressed by [Budleigh Salterton YJS|S]’s links with [Devon and Cornwall Police|A], which meant that most children arrested were offered a diversion scheme within a fortnight.
W| In [Ottery St Mary YJS|S], the management board had not looked closely at why so many of the children it supervised were from Black and mixed-heritage backgrounds.
W| Neither service could get children seen quickly by [CAMHS|A].

R| Between them, the reports contain eight recommendations: five for [Ottery St Mary|S], two for [Budleigh Salterton|S] and one for [Devon County Council|A].

N| ENDS
"""),
    # 2. three Cornish PDUs named after their region, on a justiceinspectorates news page: "X and Z were both found to
    #    "X and Z were each given the second-lowest mark, ‘...’, and Y was given the lowest"; "in October 2024"; nine recommendations, three each
    ("st-dennis-charlestown-and-tregony-pdus-2025", facts([
        svc("St Dennis Probation Delivery Unit", "St Dennis PDU", "PDU", RI),
        svc("Charlestown Probation Delivery Unit", "Charlestown PDU", "PDU", INAD),
        svc("Tregony Probation Delivery Unit", "Tregony PDU", "PDU", RI)], "2025-02-11", "2024-10", 9),
     """N| News

N| Mid-Cornwall probation units: one ‘[Inadequate|R]’, two told to improve

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has inspected three units of [Probation Service – South West region|S] in mid-Cornwall: [St Dennis Probation Delivery Unit|S], [Charlestown Probation Delivery Unit|S] and [Tregony Probation Delivery Unit|S].
N| [St Dennis|S] and [Tregony|S] were each given the second-lowest mark, ‘[Requires improvement|R]’, and [Charlestown|S] was given the lowest, ‘[Inadequate|R]’.
N| Inspectors visited the three units in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Mid-Cornwall deserves better than a service in which so much depends on which office you are sent to.
W| “At Charlestown we found probation officers carrying double the caseload they should, and domestic abuse checks that were missing in most of the cases we read.
S| “[St Dennis|S] and [Tregony|S], by contrast, have stable teams who know the local area and the people they supervise well.”

S| Inspectors praised [Tregony PDU|S] for the quality of its pre-release planning with [HMP Channings Wood|S].
W| Home visits had become rare across all three units, and unpaid work in Charlestown had a backlog of over 12,000 hours.

R| There are nine recommendations, three for each unit.

N| [Probation Service|A] regional leaders said an improvement plan for [Charlestown PDU|S] was already under way.
"""),
    # 3. two north Devon PDUs, a town unit and its rural neighbour: "The inspectorate’s verdict on X is ‘Inadequate’ ...
    #    Y fares a little better"; "between 5 and 16 June 2023"; eleven recommendations; notes give the day
    ("appledore-and-hartland-pdus-2023", facts([
        svc("Appledore Probation Delivery Unit", "Appledore PDU", "PDU", INAD),
        svc("Hartland and Clovelly Probation Delivery Unit", "Hartland and Clovelly PDU", "PDU", RI)],
        "2023-10-03", "2023-06", 11),
     """N| North Devon probation: serious concerns in Appledore

N| The inspectorate’s verdict on [Appledore Probation Delivery Unit|S] is ‘[Inadequate|R]’, and its rural neighbour, [Hartland and Clovelly Probation Delivery Unit|S], fares a little better at ‘[Requires improvement|R]’.
N| Inspectors were with the two units between [5 and 16 June 2023|D], looking at 70 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Appledore, close to half the posts for probation officers were unfilled, and agency staff were covering cases they had never had time to read.
W| “Too often, nobody asked whether a man on licence was living with children.”

W| Mr Jones continued: “[Hartland and Clovelly|S] is smaller and more settled, yet its risk assessments were still not thorough enough in one case in three that we read.
S| “Its staff travel long distances to see people in remote villages, and that commitment deserves recognition.”

S| Inspectors found the work of [Appledore PDU|S]’s approved premises link officer to be of a high standard.
W| Partnership work with [North Devon District Council|A]’s housing team was inconsistent in both units.

R| The inspectorate makes eleven recommendations across the two reports.

N| ENDS

N| Notes to editors
N| 1. Both reports go online at 00.01 on [Tuesday 3 October 2023|D] on the [HM Inspectorate of Probation|A] website.
N| 2. [Appledore PDU|S] and [Hartland and Clovelly PDU|S] are part of [Probation Service – South West region|S].
"""),
    # 4. a unit inside its region, the region first in the headline: "South West probation region: Wembury unit ‘has
    #    the foundations in place’"; "Inspectors judge X to need improvement, rating it ‘...’"; "published today (Thursday
    #    20 June)" (no year: the fieldwork's, February 2024); the region's own 2023 rating as context; five recommendations
    ("wembury-pdu-2024", facts([
        svc("Wembury Probation Delivery Unit", "Wembury PDU", "PDU", RI)], "2024-06-20", "2024-02", 5),
     """N| [South West probation region|S]: [Wembury unit|S] ‘has the foundations in place’

N| In a report published today ([Thursday 20 June|D]), inspectors judge [Wembury Probation Delivery Unit|S] to need improvement, rating it ‘[Requires improvement|R]’.
N| Their fieldwork, in [February 2024|D], included interviews with 35 practitioners and a review of 44 cases.
N| At its own inspection in [2023|D], the [South West region|S] as a whole received ‘[Requires improvement|R]’.

S| Inspectors said the head of service had brought stability after a long run of interim managers, and staff now felt listened to.
S| The unit had built a creditable working relationship with [Plymouth City Council|A]’s housing options team.
W| However, in only 19 of the 44 cases was enough done to protect people who were known to be at risk from the person on probation.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wembury|S]’s people are keen and well led, but the basics of risk management are not yet done consistently.
R| “The unit must make sure every assessment draws on what the police and children’s services already know.”

R| The report sets out five recommendations, four for the PDU and one for the region.

N| ENDS
"""),
    # 5. a unit inside its region, the lowest possible rating without "rated": "has been given the lowest possible
    #    rating, ‘Inadequate’"; a sibling PDU's earlier rating as context; "10 - 14 March 2025"; seven recommendations
    ("charmouth-pdu-2025", facts([
        svc("Charmouth Probation Delivery Unit", "Charmouth PDU", "PDU", INAD)], "2025-06-24", "2025-03", 7),
     """N| Dorset probation unit given lowest possible rating

N| [Tuesday 24 June 2025|D]

N| [Charmouth Probation Delivery Unit|S], one of the Dorset units of the [Probation Service – South West region|S], has been placed in the lowest possible rating band, ‘[Inadequate|R]’, by inspectors.
N| Its neighbour [Abbotsbury PDU|S] received ‘[Requires improvement|R]’ after its inspection last year.
N| The inspection team was on site from [10 - 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Charmouth|S] is a unit stretched almost to breaking point.
W| “Managers had stopped holding supervision sessions with staff, and practitioners told us they were unsure who to go to for advice on their most worrying cases.”

S| Despite the pressure, inspectors found that staff at [Charmouth|S] treated the people they supervised with respect and were tenacious in keeping in touch with them.
W| Worryingly, in fewer than a third of the cases where it was needed had anyone asked [Dorset Police|A] about domestic abuse call-outs to the household.
W| Many sentence plans were completed weeks after they were due and then left untouched.

R| The report makes seven recommendations, and Mr Jones said he expected the region to give the unit the extra help it needs without delay.

N| Notes to editors
N| 1. The report is published on [24 June 2025|D] at 00.01 on the inspectorate’s website.
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, they were concerned to find that:" lists; "Tuesday, 19th March 2013"; "in November and December 2012"
    ("kilmarth-probation-trust-2013", facts([
        svc("Kilmarth Probation Trust", "Kilmarth Probation Trust", "other", None)], "2013-03-19", "2012-11", 6),
     """N| Offender management in Kilmarth: inspection findings published

N| [Tuesday, 19th March 2013|D]

N| [HM Inspectorate of Probation|A] today published the report of its inspection of offender management by [Kilmarth Probation Trust|S], with [HM Inspectorate of Prisons|A] taking part.
N| Inspectors read 80 cases in [November and December 2012|D].

S| For lowering the likelihood of reoffending, the Trust’s score was 79%; for delivering the sentence, 84%.
W| Its score for protecting the public was lower, at 68%.

N| Inspectors were pleased to find that:
S| • most offenders were seen within five working days of sentence;
S| • offender managers had good knowledge of local drug and alcohol services.

N| However, they were concerned to find that:
W| • home visits were seldom made, even where children lived in the household;
W| • reviews of risk did not always follow a significant change in circumstances.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Kilmarth|S] has committed staff who are plainly interested in the offenders they supervise.
R| “Its managers now need to give the same priority to protecting the public as they already give to reducing reoffending.”

R| The report makes six recommendations.
"""),
    # 7. a CRC in 2019, owned by a named provider: "X (CRC), owned by ..., has an overall rating of ‘...’ from"; unpaid work "given a rating of its own, ‘Good’"; "Published: 14 May 2019"; "in January 2019"
    ("carnmellis-and-trevannick-crc-2019", facts([
        svc("Carnmellis and Trevannick Community Rehabilitation Company", "Carnmellis and Trevannick CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-05-14", "2019-01", 7),
     """N| Inspection of probation services: Carnmellis and Trevannick CRC

N| Published: [14 May 2019|D]

N| [Carnmellis and Trevannick Community Rehabilitation Company|S] (CRC), part of the [Working Links|A] group, is ‘[Requires improvement|R]’ overall, according to [HM Inspectorate of Probation|A].
S| Unpaid work at the CRC received a separate rating, ‘[Good|R]’, with placements that people on probation said were worthwhile.
N| Inspectors visited the CRC in [January 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC has come through a period of great upheaval, and it shows in the quality of supervision.
W| “Far too much supervision happens by telephone, and some people had gone three months or more without a face-to-face appointment.”

S| On a brighter note, inspectors found that the CRC’s through-the-gate staff at [HMP Exeter|S] helped many prisoners find somewhere to live before release.
W| Staff turnover was high, and some newly qualified staff were carrying caseloads of over 70.

R| Five of the report’s seven recommendations are for the CRC and [Working Links|A]; the other two are for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said: “We are already acting on what the inspectors found.”
"""),
    # 8. a youth offending team written out, in a 2016 joint inspection on a council page, before ratings: "Posted:
    #    08/11/2016"; bullet lists; "The inspection took place in July 2016"; six recommendations
    ("chagford-yot-2016", facts([
        svc("Chagford Youth Offending Team", "Chagford YOT", "YJS", None)], "2016-11-08", "2016-07", 6),
     """N| Inspection of youth offending work in Chagford published

N| Posted: [08/11/2016|D]

N| A joint inspection of [Chagford Youth Offending Team|S] (YOT), in which [HM Inspectorate of Probation|A] worked alongside [Ofsted|A], [HM Inspectorate of Constabulary|A] and [CQC|A] inspectors, has now reported.
N| The inspection took place in [July 2016|D] and looked at 30 cases.

N| The inspectors were pleased to find that:
S| • most young people trusted their case managers and found them easy to talk to;
S| • the [Chagford YOT|S] worked well with local schools to keep young people in education.

N| But the inspectors were concerned that:
W| • work to protect the public was not always well planned;
W| • victims’ wishes were not routinely taken into account.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff clearly care about the young people they work with, but managers did not have a firm enough grip on risk.”

R| The inspectors make six recommendations, four for the YOT and two for its management board.

N| Councillor [James Pengelly|X] said: “We thank the inspectors and will now prepare an action plan with our partners.”
"""),
    # 9. an NPS division with "an overall regional rating": "Inspectors gave X an overall regional rating of ‘Good’";
    #    "in July 2019"; published "today, 10 December 2019"
    ("lulworth-nps-division-2019", facts([
        svc("National Probation Service – Lulworth Division", "NPS Lulworth", "region", GOOD)], "2019-12-10", "2019-07", 5),
     """N| National Probation Service division in Dorset rated ‘[Good|R]’

N| Inspectors gave the [National Probation Service – Lulworth Division|S] an overall regional rating of ‘[Good|R]’ in a report published today, [10 December 2019|D].
N| The inspection was carried out in [July 2019|D].

S| Inspectors found that staff in the division were highly motivated, and court reports were prepared quickly and to a high standard.
S| Leaders had a clear understanding of the division’s strengths and of where it was weaker.
W| However, the division’s work with victims was inconsistent, and some victims only learned of an offender’s release after it had happened.
W| Staff shortages in the smaller offices meant that some cases had changed hands four or five times.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Lulworth|S] is a well-run division with a strong culture of public protection.
R| “I want the division to give victims the same care it gives to offenders.”

R| The report contains five recommendations for the division and for [HMPPS|A].

N| ENDS
"""),
    # 10. a youth justice service with the highest possible rating, "Inspectors found X to be ‘Outstanding’ overall";
    #     resettlement "rated on its own as ‘Good’"; "Report publication:" in the notes; "in July 2022"; three recommendations
    ("yealmpton-yjs-2022", facts([
        svc("Yealmpton Youth Justice Service", "Yealmpton YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-11-29", "2022-07", 3),
     """N| ‘Exceptional’ youth justice work in south Devon

N| Inspectors found [Yealmpton Youth Justice Service|S] (YJS) to be ‘[Outstanding|R]’ overall after visiting in [July 2022|D].
S| Its resettlement policy and provision, rated on its own, was ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Yealmpton|S] never loses sight of the child.
S| “Case workers were creative and patient, and children told us they felt believed for the first time.”

S| Inspectors commended [Yealmpton YJS|S]’s education worker, who had helped almost every child in the cohort back into school or training.
S| Diverting children from court, done jointly with [Devon and Cornwall Police|A], stood out as a strength.
W| The service’s plans for children leaving custody were sound, but accommodation was not always arranged before the day of release.

R| There are three recommendations, all for the YJS’s management board.

N| ENDS

N| Notes to editors
N| 1. Report publication: [29 November 2022|D], 00.01, [HM Inspectorate of Probation|A] website.
"""),
    # 11. a Youth Offending Service (YOS), with "the YOS" and "the YOT" both used: "judged to be ‘Requires improvement’";
    #     "carried out remotely in October 2020"; six recommendations; a council reply
    ("uffculme-yos-2021", facts([
        svc("Uffculme Youth Offending Service", "Uffculme YOS", "YJS", RI)], "2021-02-16", "2020-10", 6),
     """N| Youth offending work in Mid Devon needs to improve, inspectors say

N| [HM Inspectorate of Probation|A] has judged [Uffculme Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [October 2020|D], because of the coronavirus restrictions.

S| Inspectors noted that the YOS had stayed in touch with all its children through the first lockdown, often by video call.
S| Reparation projects were well chosen, and several children said they had enjoyed them.
W| However, in more than half the cases inspected, the risk a child posed to others had not been assessed well enough.
W| The YOT management board was not well attended, and some partners were unclear about their role.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Uffculme|S] has shown real commitment in a very difficult year, but its work to keep children and the public safe is not yet good enough.”

R| Six recommendations are made, including that the board should make sure health and education partners are represented at a senior level.

N| A spokesperson for [Mid Devon District Council|A] said: “The service will take the report’s findings forward with its partners.”

N| The report was published on [16 February 2021|D].
"""),
    # 12. a local-news story on a youth justice service that has slipped from ‘Good’: "now rated ‘Requires improvement’,
    #     down from the ‘Good’ it earned in a report published in March 2021"; "the watchdog found"; a byline of
    #     Wednesday 8 May 2024 and the report "published on Tuesday (7 May)"; "Inspectors visited in January 2024"
    ("hemyock-yjs-2024", facts([
        svc("Hemyock Youth Justice Service", "Hemyock YJS", "YJS", RI)], "2024-05-07", "2024-01", 4),
     """N| Youth justice service slips a grade after inspection

N| By [Tom Rowe|X]

N| [Wednesday 8 May 2024|D]

N| [Hemyock Youth Justice Service|S] is now rated ‘[Requires improvement|R]’, down from the ‘[Good|R]’ it earned in a report published in [March 2021|D].
N| The new report, published on Tuesday ([7 May|D]), follows an inspection in [January 2024|D].

W| The watchdog found that experienced case managers had left and that their replacements had not been trained well enough.
W| Plans to keep children safe were often out of date, and some had not been reviewed after a child went missing.
S| Inspectors did, however, praise [Hemyock|S]’s work with victims, which they said was thoughtful and well organised.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Some of the progress we saw in [2021|D] has been allowed to slip away.”

R| The report makes four recommendations.

N| A spokesperson for the service said it was “disappointed but determined” and had already appointed a new operational manager.
"""),
    # 13. a Dorset youth justice service on a GOV.UK page: "Inspectors have awarded X a ‘Good’ rating"; "Fieldwork
    #     ran in May and June 2023"; six recommendations; a previous ‘Requires improvement’ beside it
    ("crossways-yjs-2023", facts([
        svc("Crossways Youth Justice Service", "Crossways YJS", "YJS", GOOD)], "2023-09-26", "2023-05", 6),
     """N| Press release

N| [Crossways Youth Justice Service|S] rated ‘[Good|R]’

N| Inspectors have recognised improvements at a youth justice service in Dorset.

N| From: [HM Inspectorate of Probation|A]

N| Published [26 September 2023|D]

N| Inspectors have awarded [Crossways Youth Justice Service|S] a ‘[Good|R]’ rating, an improvement on the ‘[Requires improvement|R]’ it received in [2019|D].
N| Fieldwork ran in [May and June 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Crossways|S] has turned itself around.
S| “Leaders have put children at the centre of everything, and staff spoke about the children they work with warmly and with real insight.”

S| Inspectors were impressed with the speed at which children were offered support after their first arrest.
S| The management board, chaired by [Dorset Council|A]’s director of children’s services, challenged partners well.
W| On the other hand, work to address children’s health needs was variable, and waiting times for [CAMHS|A] were long.

R| We have made six recommendations, four for the YJS and two for [NHS Dorset|A].
"""),
    # 14. a 2025-26 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; "Inspections in this series are not rated"; "8 - 12 September 2025"; four recommendations;
    #     the region named in a Context bullet
    ("stalbridge-pdu-2025", facts([
        svc("Stalbridge Probation Delivery Unit", "Stalbridge PDU", "PDU", None)], "2025-11-18", "2025-09", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Stalbridge Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has today, [18 November 2025|D], published its public protection inspection of [Stalbridge Probation Delivery Unit|S].
N| Inspections in this series are not rated.
N| Inspectors were on site from [8 - 12 September 2025|D].

N| Context
N| • [Stalbridge PDU|S] is part of [Probation Service – South West region|S] and covers north Dorset.
N| • At the time of the inspection it supervised around 450 people.

N| Findings
S| • Practitioners understood domestic abuse well and made good use of safety plans.
W| • Checks with children’s services were missing in 11 of the 30 relevant cases.
W| • Too few people convicted of sexual offences had been visited at home.
S| • Work with [Dorset Police|A] through [MAPPA|A] was well organised.

R| Inspectors make four recommendations: three to the PDU and one to the region.
"""),
    # 15. an Inadequate youth justice service with an embargo line: "The inspectorate has found X to be ‘Inadequate’,
    #     the lowest of its four grades"; "fieldwork in December 2022"; "I call on"; eight recommendations
    ("horrabridge-yjs-2023", facts([
        svc("Horrabridge Youth Justice Service", "Horrabridge YJS", "YJS", INAD)], "2023-04-18", "2022-12", 8),
     """N| Embargoed until 00.01, [Tuesday 18 April 2023|D]

N| Youth justice work in west Devon found to be failing children

N| [His Majesty’s Inspectorate of Probation|A] has found [Horrabridge Youth Justice Service|S] to be ‘[Inadequate|R]’, the lowest of its four grades.
N| Fieldwork took place in [December 2022|D].

W| Children at risk of criminal exploitation were spotted too late, and some were only referred to the service after being arrested for carrying drugs.
W| In just 9 of the 25 cases inspected was the child’s safety properly planned for.
W| The management board met every quarter, yet its meetings led to few changes.
S| Inspectors did find that the service’s family support workers were committed and knew the children well.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Horrabridge have been let down by the partnership that should be keeping them safe.
R| “I call on the board’s members to agree a plan for improvement within weeks, not months.”

R| The report makes eight recommendations, six for the YJS and its board and two for partners: [Devon and Cornwall Police|A] and [Devon County Council|A].
"""),
    # 16. a youth justice service with resettlement rated separately "Resettlement work, which was assessed on its own,
    #     was also ‘Requires improvement’"; the overall "is assessed as"; "in March and April
    #     2021"; the report "available on our website on 3 August 2021"
    ("winkleigh-yjs-2021", facts([
        svc("Winkleigh Youth Justice Service", "Winkleigh YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2021-08-03", "2021-03", 4),
     """N| Inspectors publish report on Winkleigh youth justice work

N| [HM Inspectorate of Probation|A] has assessed [Winkleigh Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
W| Resettlement work, which was assessed on its own, was also ‘[Requires improvement|R]’.
N| Fieldwork took place over [March and April 2021|D].

S| Inspectors found that case managers were skilled at building relationships with children who had been let down by other services.
S| Every child was screened for speech and language needs, so that staff knew how best to communicate with them.
W| However, keeping other people safe did not always get enough attention, particularly where a child had been violent at home.
W| Planning for children coming out of custody started too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Much of this service’s work deserves praise.
W| “But the service needs a sharper focus on the risks some children pose, which too often went unaddressed.”

R| Four recommendations are made: three to the service and one to [Devon County Council|A]’s children’s services.

N| ENDS

N| Notes to editors
N| 1. The report goes on our website on [3 August 2021|D].
"""),
    # 17. two Cornish youth justice services: "X was rated ‘Requires improvement’. For Y, the verdict is
    #     ‘Outstanding’"; "Inspectors visited both services in November 2024"; seven recommendations
    ("st-just-and-st-keverne-yjs-2025", facts([
        svc("St Just Youth Justice Service", "St Just YJS", "YJS", RI),
        svc("St Keverne Youth Justice Service", "St Keverne YJS", "YJS", OUT)], "2025-04-08", "2024-11", 7),
     """N| West Cornwall youth justice: contrasting reports

N| [HM Inspectorate of Probation|A] has today, [8 April 2025|D], published reports on [St Just Youth Justice Service|S] and [St Keverne Youth Justice Service|S].
N| [St Just|S] was rated ‘[Requires improvement|R]’.
N| For [St Keverne|S], the verdict is ‘[Outstanding|R]’.
N| Inspectors visited both services in [November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[St Keverne|S] is an exceptional service, with leaders who know every part of it and staff who go the extra mile for children.
W| “In St Just, by contrast, high staff turnover has left children with a succession of case managers, and plans were often copied from one review to the next.”

S| Inspectors singled out [St Keverne YJS|S]’s work to help children who had been excluded from school return to education.
W| In [St Just YJS|S], the health offer was limited and there were long waits for mental health support.

R| The reports make seven recommendations, five for [St Just|S] and two for [St Keverne|S].

N| Councillor [Helen Tremain|X], [Cornwall Council|A]’s portfolio holder for children, said: “We will support [St Just|S] to learn from its neighbour.”
"""),
    # 18. a youth justice service with an ampersand in its name: "X has been assessed by inspectors as ‘Good’";
    #     "Published: 26 Mar 2019"; "between 3 and 7 December 2018"; five recommendations
    ("bere-alston-and-calstock-yjs-2019", facts([
        svc("Bere Alston & Calstock Youth Justice Service", "Bere Alston & Calstock YJS", "YJS", GOOD)],
        "2019-03-26", "2018-12", 5),
     """N| News

N| Youth justice service on the Devon–Cornwall border assessed as ‘[Good|R]’

N| Published: [26 Mar 2019|D]

N| [Bere Alston & Calstock Youth Justice Service|S] has been assessed by inspectors as ‘[Good|R]’.
N| Inspectors visited the service between [3 and 7 December 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a caring service with staff who clearly want the best for children.
S| “The board is well led and has a good understanding of the service’s strengths.”

S| Inspectors were particularly impressed by the way the [Bere Alston & Calstock YJS|S] worked with children in care, sharing information quickly with social workers.
W| Out-of-court work was less strong, and some children received a caution before anyone had properly assessed their needs.
W| Inspectors also found that girls made up a growing part of the caseload but that there was little work designed for them.

R| Five recommendations are made; one asks the service to review its out-of-court disposal arrangements with [Devon and Cornwall Police|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
