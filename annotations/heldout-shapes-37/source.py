"""Builds the thirty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Teesside PDUs on a GOV.UK page, inside "the Probation Service’s North-East region" (two spans): "The verdict
    #    for X is ‘...’; for Y it is ‘...’"; fieldwork "10 - 14 June 2024"; notes "Publication of both reports: <date>,
    #    00.01"; nine recommendations "four apiece for each unit and one ..."
    ("billingham-and-ingleby-barwick-pdus-2024", facts([
        svc("Billingham Probation Delivery Unit", "Billingham PDU", "PDU", RI),
        svc("Ingleby Barwick Probation Delivery Unit", "Ingleby Barwick PDU", "PDU", INAD)], "2024-12-03", "2024-06", 9),
     """N| Press release

N| Tees Valley probation: reports on a pair of delivery units

N| One unit is told it must improve, the other is found to be failing.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| [HM Inspectorate of Probation|A] today sets out its findings on [Billingham Probation Delivery Unit|S] and [Ingleby Barwick Probation Delivery Unit|S]; both units sit in the [Probation Service|A]’s [North-East region|S].
N| Inspectors were on site at both units [10 - 14 June 2024|D].
N| The verdict for [Billingham PDU|S] is ‘[Requires improvement|R]’; for [Ingleby Barwick PDU|S] it is ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Billingham|S] has a settled management team and officers who plainly care about everyone on their books.
W| “[Ingleby Barwick|S] tells another story: close to half its probation officer jobs were unfilled, and the officers left behind held caseloads nobody could manage safely.”

W| At the second unit, inspectors judged risk-of-harm assessments adequate in just 9 of 26 cases.
S| Both units had built a close working relationship with [Cleveland Police|A] on domestic abuse, and checks with the force were usually made on time.

R| In total there are nine recommendations, four apiece for each unit and one for the national [Probation Service|A].

N| [Kay Thornton|X], probation director for the region, said: “Extra experienced officers started work in Ingleby Barwick last month, and we take every finding seriously.”

N| ENDS

N| Notes to editors
N| 1. Publication of both reports: [3 December 2024|D], 00.01, [HM Inspectorate of Probation|A] website.
"""),
    # 2. two youth justice services in a local-news story, no service in the headline: "handed X the highest grade
    #    available, ‘...’"; "Its neighbour, Y, came out as ‘...’"; report day "on Tuesday (12 March)" under a byline of
    #    Friday 15 March 2024; "X is asked to act on four recommendations and Y on two"
    ("seamer-and-hunmanby-yjs-2024", facts([
        svc("Seamer Youth Justice Service", "Seamer YJS", "YJS", OUT),
        svc("Hunmanby Youth Justice Service", "Hunmanby YJS", "YJS", GOOD)], "2024-03-12", "2023-11", 6),
     """N| Two coastal youth teams learn their inspection verdicts

N| By [Tom Ellerby|X]

N| [Friday 15 March 2024|D]

N| Inspectors have handed [Seamer Youth Justice Service|S] the highest grade available, ‘[Outstanding|R]’; their report was issued on Tuesday ([12 March|D]).
N| Its neighbour, [Hunmanby Youth Justice Service|S], came out as ‘[Good|R]’ in a report released the same day.
N| Both services were visited by the inspectorate in [November 2023|D].

S| The watchdog said [Seamer|S]’s staff won children’s trust and stuck with them through setbacks.
S| Children in Seamer told inspectors they could always reach their worker, even late in the evening.
S| [Hunmanby|S] was commended for how fast it found school places for children who had been excluded.
W| But the report on [Hunmanby YJS|S] found that information about risk did not always reach children’s social care quickly enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Seamer|S] shows what can be achieved when a partnership puts children first in every decision it takes.”

R| [Hunmanby|S] is asked to act on four recommendations and [Seamer|S] on two.

N| Council leaders at [North Yorkshire Council|A] said they were “delighted” by both verdicts.
"""),
    # 3. a Teesside PDU in a justiceinspectorates news item, its region in the headline and with the region's own 2023
    #    rating as context: "now stands on the bottom rung of the four-point scale, ‘...’"; "HMI Probation"; "Published:
    #    19 Jun 2025"; fieldwork "between 24 February and 7 March 2025" (across two months); eight recommendations
    ("yarm-pdu-2025", facts([
        svc("Yarm Probation Delivery Unit", "Yarm PDU", "PDU", INAD)], "2025-06-19", "2025-02", 8),
     """N| News

N| [North East probation region|S]: [Yarm delivery unit|S] given lowest rating

N| Published: [19 Jun 2025|D]

N| [Yarm Probation Delivery Unit|S] now stands on the bottom rung of the four-point scale, ‘[Inadequate|R]’, after a visit by [HMI Probation|A] inspectors.
N| The unit is one of several that together form [Probation Service – North East region|S]; when the region was itself inspected, in [2023|D], the verdict was ‘[Requires improvement|R]’.
N| Fieldwork took place between [24 February and 7 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Yarm|S] is a unit where too many people on probation have gone weeks at a time without any meaningful contact.
W| “Officers described feeling overwhelmed and unsupported, and managers were spread too thinly to look properly at the work being done.
S| “There were bright spots, among them a well-run unpaid work team that kept its placements going right through the winter.”

W| Only 7 of 28 cases had a sufficient plan for managing serious harm.
W| Information-sharing with [Cleveland Police|A] about domestic abuse call-outs was inconsistent, and home visits were rare.

R| “The region must send more managers and experienced officers to the unit without delay,” Mr Jones continued.

R| Of eight recommendations, six are for [Yarm|S] itself, while two go to the [Probation Service|A] in the North East.
"""),
    # 4. a PDU in 2022, the region as "the Probation Service ... in Yorkshire and the Humber": "Inspectors have judged
    #    that X ‘Requires improvement’" (the rating as a verb phrase); "The inspection, which ran during July 2022"; the
    #    notes' "Embargo: 00.01, 10 November 2022"
    ("snaith-pdu-2022", facts([
        svc("Snaith Probation Delivery Unit", "Snaith PDU", "PDU", RI)], "2022-11-10", "2022-07", 6),
     """N| [Snaith probation unit|S] told to sharpen its focus on risk

N| Inspectors have judged that [Snaith Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| The unit is among those the [Probation Service|A] runs in Yorkshire and the Humber.
N| The inspection, which ran during [July 2022|D], looked at 42 cases supervised by the unit, whose patch runs along the border between North Yorkshire and the East Riding.

S| Inspectors found a committed, close-knit staff group and leaders who were open about the unit’s problems.
S| Advice to court was of a high standard: reports were thorough, and proposals to magistrates were well argued.
W| However, when assessing danger to children and partners, staff showed too little professional curiosity, and information held by [Humberside Police|A] was not always asked for.
W| Under half of those supervised had begun the interventions their plans called for.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Snaith|S]’s staff are clearly dedicated, but in case after case we could not tell who might be at risk, or why.
R| “The unit now needs to bring the same care to its risk work that it already brings to its advice to court.”

R| Six recommendations have been made.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [10 November 2022|D], after which the report can be downloaded from [HM Inspectorate of Probation|A].
N| 2. The unit is one of several in the region supervising people on probation in rural communities.
"""),
    # 5. a Probation Trust in 2013, no rating: the date line "Tuesday, 19th February 2013"; "in October and November
    #    2012"; bullet lists after "Inspectors were pleased to note that:" / "However, they were concerned to find that:"
    ("swaledale-and-wensleydale-probation-trust-2013", facts([
        svc("Swaledale and Wensleydale Probation Trust", "Swaledale and Wensleydale Probation Trust", "other", None)],
        "2013-02-19", "2012-10", 5),
     """N| [Swaledale and Wensleydale Probation Trust|S]: inspectors report on offender management

N| [Tuesday, 19th February 2013|D]

W| The [Swaledale and Wensleydale Probation Trust|S] has done creditable work on reoffending but paid too little attention to protecting the public, an [HM Inspectorate of Probation|A] report out today concludes.
N| Inspectors examined 90 cases during [October and November 2012|D].

N| Inspectors were pleased to note that:
S| • work to make reoffending less likely was done well in 78 per cent of cases;
S| • nearly everyone was seen quickly once sentenced, and plans were clear;
S| • the Trust worked effectively with [North Yorkshire Police|A] in managing prolific offenders.

N| However, they were concerned to find that:
W| • risk of harm was assessed well enough in just 61 per cent of cases;
W| • staff seldom visited offenders at home, even where children in the household might be at risk.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Across the Trust, dedicated staff know their local communities well.
R| “The Trust should now make public protection its first priority in every case it holds.”

R| The report makes five recommendations.
"""),
    # 6. a CRC in 2018 run by a provider: "Inspectors have found X to be ‘...’"; "Published: 27 Nov 2018"; fieldwork "between
    #    10 and 21 September 2018"; the provider's reply; seven recommendations
    ("derwent-crc-2018", facts([
        svc("Derwent Community Rehabilitation Company", "Derwent CRC", "CRC", INAD)], "2018-11-27", "2018-09", 7),
     """N| Private probation company in North Yorkshire and the East Riding found wanting

N| Published: [27 Nov 2018|D]

N| Inspectors have found [Derwent Community Rehabilitation Company|S] to be ‘[Inadequate|R]’.
N| Run by [Sodexo Justice Services|A], the company supervises around 4,000 low and medium-risk offenders.
N| Inspectors were on site between [10 and 21 September 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Derwent CRC|S] too often supervises people with nothing beyond a monthly phone call.
W| “That is no way to reduce reoffending or to protect the public.”

W| Officers frequently carried over 80 cases each, and one in three staff still lacked domestic abuse training.
W| Unpaid work placements were frequently cancelled at short notice, and some people waited months to begin their hours.
S| More positively, the through-the-gate team at the local prison helped most men leaving custody to find somewhere to live.

R| Seven recommendations follow, five of them aimed at the CRC and two at the [Ministry of Justice|A].

N| [Sodexo Justice Services|A] responded that it was “disappointed” and “determined to put things right”.
"""),
    # 7. an NPS division in 2019 with an embargo line: "achieves an overall rating of ‘...’"; victim work "rated
    #    separately, lands a step down, on ‘...’"; fieldwork "in June 2019"; four recommendations
    ("cawood-and-barlby-nps-division-2019", facts([
        svc("National Probation Service – Cawood and Barlby Division", "NPS Cawood and Barlby", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-11-07", "2019-06", 4),
     """N| Embargoed: 00.01 [Thursday 7 November 2019|D]

N| ‘[Good|R]’ for probation division, but victims let down

N| The [National Probation Service – Cawood and Barlby Division|S] achieves an overall rating of ‘[Good|R]’ at its first inspection against the [2018|D] standards.
W| Victim work, rated separately, lands a step down, on ‘[Requires improvement|R]’.
N| The division’s fieldwork visit was in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Cawood and Barlby|S] has strong leaders; staff there are confident and well trained.
S| “Almost every court report we examined arrived on time and set out its reasoning clearly.
W| “Victims, though, sometimes heard nothing before an offender walked free, and that must change.”

S| Inspectors were impressed by how closely the division worked alongside [North Yorkshire Police|A] and the [MAPPA|A] panel.

R| Of the four recommendations, the division receives three, the fourth going to [HMPPS|A].
"""),
    # 8. a youth offending team written out in 2016 on a council page, no rating: "Posted: 15/03/2016"; the joint
    #    inspection with Ofsted and the CQC; fieldwork "in December 2015"; the council's reply
    ("hemlington-yot-2016", facts([
        svc("Hemlington Youth Offending Team", "Hemlington YOT", "YJS", None)], "2016-03-15", "2015-12", 6),
     """N| Inspection report on youth offending work published

N| Posted: [15/03/2016|D]

N| Findings from a joint inspection of [Hemlington Youth Offending Team|S] (YOT) have been published; [HM Inspectorate of Probation|A] led it, with [Ofsted|A] inspectors and colleagues from the [Care Quality Commission|A] joining its team.
N| The inspection team visited during [December 2015|D].

S| The report says the YOT had good relationships with the courts and that reports to magistrates were of a high quality.
S| Inspectors noted that case managers understood each child well and were persistent in keeping in touch with them.
W| However, the report found that plans to keep others safe were not reviewed often enough and that too few children received help with their health.
W| Links with [CAMHS|A] were described as weak.

R| Six recommendations are directed at the YOT and the agencies working with it.

N| Councillor [Mark Pennock|X] of [Middlesbrough Council|A] promised that an improvement plan would be ready within weeks.
"""),
    # 9. a youth service on a council news page: "22/11/2022"; "have given X a ‘...’ grade overall"; resettlement "which
    #    the inspectorate grades as a distinct element, sat lower, at ‘...’"; fieldwork "in June 2022"; three recommendations
    ("acklam-yjs-2022", facts([
        svc("Acklam Youth Justice Service", "Acklam YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-11-22", "2022-06", 3),
     """N| Youth justice inspection: ‘[Good|R]’ for [Acklam|S]

N| [22/11/2022|D]

N| Inspectors have given [Acklam Youth Justice Service|S] a ‘[Good|R]’ grade overall.
W| Resettlement work by the service, which the inspectorate grades as a distinct element, sat lower, at ‘[Requires improvement|R]’.
N| The [HM Inspectorate of Probation|A] visit took place in [June 2022|D].

S| Inspectors said the partnership board was well informed and gave the service strong direction.
S| They singled out joint diversion work with [Cleveland Police|A], which steered many children away from court.
W| They also noted that release planning often began so late that no accommodation could be secured in time.

R| The report lists three recommendations.

N| [Sarah Hollins|X], who leads the council’s children’s directorate, said: “This result belongs to staff who go the extra mile for young people in Acklam every day.”
"""),
    # 10. a youth service in a justiceinspectorates news item: "Published: 9 Jul 2024"; "We carried out the fieldwork in
    #     March 2024"; "put X into the ‘...’ band", out-of-court disposal work "which we grade on its own, reached ‘...’"
    ("nunthorpe-yjs-2024", facts([
        svc("Nunthorpe Youth Justice Service", "Nunthorpe YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-07-09", "2024-03", 5),
     """N| News

N| [Nunthorpe Youth Justice Service|S] – ‘[Requires improvement|R]’ overall, with strong diversion work

N| Published: [9 Jul 2024|D]

N| Our inspectors have put [Nunthorpe Youth Justice Service|S] into the ‘[Requires improvement|R]’ band.
S| Its out-of-court disposal work, which we grade on its own, reached ‘[Good|R]’.
N| We carried out the fieldwork in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children diverted from court in Nunthorpe get swift, thoughtful help, and very few go on to reoffend.
W| “The picture for children on court orders is less encouraging: too many plans had simply been copied forward, review after review, with nothing added.”

W| Management oversight was inconsistent, and managers’ sign-off did not always pick up gaps in the work.
W| Some children waited more than six weeks for an education, training or employment placement.

R| We make five recommendations, four for [Nunthorpe YJS|S] and one for [Middlesbrough Council|A].
"""),
    # 11. a youth service moving up a grade, with the previous rating beside: "now sits in the top grade, ‘...’, one step
    #     up from the ‘...’ it received in 2019"; a year-less "appears today (Tuesday 8 October)" with fieldwork "in June
    #     2024"; four recommendations
    ("haxby-yjs-2024", facts([
        svc("Haxby Youth Justice Service", "Haxby YJS", "YJS", OUT)], "2024-10-08", "2024-06", 4),
     """N| Youth justice service near York climbs to top grade

N| [Haxby Youth Justice Service|S] now sits in the top grade, ‘[Outstanding|R]’, one step up from the ‘[Good|R]’ it received in [2019|D].
N| A fortnight of fieldwork in [June 2024|D] preceded the report, which appears today ([Tuesday 8 October|D]).

S| Inspectors found a service in which every child had a worker they trusted and could name.
S| Health workers, teachers and police officers were based in the same building as case managers, so problems were picked up within days.
S| Members of the management board, chaired from [City of York Council|A], knew the service’s strengths and weaknesses in detail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Haxby|S] has not stood still since its last inspection, and it is not complacent now.
W| “The one area where more focus is now required is work with children on remand, where plans were sometimes put together in a hurry.”

R| The report makes four recommendations.
"""),
    # 12. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line,
    #     "Context" and "Findings" bullets; the notes' "Report published on 14 October 2025"; "during fieldwork in May 2025"
    ("stainton-pdu-2025", facts([
        svc("Stainton Probation Delivery Unit", "Stainton PDU", "PDU", None)], "2025-10-14", "2025-05", 3),
     """N| Skip to content

N| Public protection inspection: [Stainton Probation Delivery Unit|S]

N| Published:

N| For this report, [HM Inspectorate of Probation|A] examined public protection work at [Stainton Probation Delivery Unit|S].
N| Ratings are not awarded in this round of public protection inspections.

N| Context
N| • The unit belongs to the [North East probation region|S] and supervises about 1,700 people.
N| • Inspectors read 40 cases during fieldwork in [May 2025|D].

N| Findings
W| • Risk assessments were thorough in 24 of the 40 cases, but reviews after a change of circumstances were often missing.
W| • Contact with [Cleveland Police|A] about domestic abuse call-outs was too slow in a quarter of cases.
S| • Staff at the approved premises and case managers cooperated well over men released after long sentences.

R| The unit’s leaders receive three recommendations.

N| Notes to editors
N| 1. Report published on [14 October 2025|D].
"""),
    # 13. three North Yorkshire PDUs in one release, the region before the units: "X and Y both landed at ‘...’; Z fell
    #     to ‘...’"; a year-less "published today (Tuesday 16 July)" with fieldwork "in February 2024"; eleven
    #     recommendations
    ("hawes-masham-and-kettlewell-pdus-2024", facts([
        svc("Hawes Probation Delivery Unit", "Hawes PDU", "PDU", RI),
        svc("Masham Probation Delivery Unit", "Masham PDU", "PDU", RI),
        svc("Kettlewell Probation Delivery Unit", "Kettlewell PDU", "PDU", INAD)], "2024-07-16", "2024-02", 11),
     """N| Dales probation units: mixed results from inspectors

N| Reports published today ([Tuesday 16 July|D]) cover three units in the Dales, each part of the [Yorkshire & Humber probation region|S]: [Hawes Probation Delivery Unit|S], [Masham Probation Delivery Unit|S] and [Kettlewell Probation Delivery Unit|S].
N| [Hawes|S] and [Masham|S] both landed at ‘[Requires improvement|R]’; [Kettlewell|S] fell to ‘[Inadequate|R]’.
N| All three were inspected in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Probation officers in these rural units cover huge distances, and the strain on [Kettlewell|S]’s officers has begun to show in what they produce.
S| “[Masham|S], by contrast, has kept its experienced officers, and its assessments stood comparison with any in the country.”

S| Inspectors praised [Hawes|S] for its links with local employers, which had found work for a number of people leaving prison.
W| In all three units, too few people had been seen at home when there were concerns about children.
W| In Kettlewell, half the cases had passed through three or more officers in a year.

R| The three reports carry eleven recommendations in total, four of which concern [Kettlewell PDU|S].
"""),
    # 14. a youth service judged failing in 2021 under an embargo line: "Embargoed until 00.01 Thursday 4 November 2021";
    #     "did their fieldwork remotely in July 2021"; "Inspectors have given X their lowest grade"; I urge ...
    ("dormanstown-yjs-2021", facts([
        svc("Dormanstown Youth Justice Service", "Dormanstown YJS", "YJS", INAD)], "2021-11-04", "2021-07", 7),
     """N| Embargoed until 00.01 [Thursday 4 November 2021|D]

N| Youth justice in the Redcar area judged ‘[Inadequate|R]’

N| Inspectors have given [Dormanstown Youth Justice Service|S] their lowest grade, ‘[Inadequate|R]’.
N| Because of pandemic restrictions, inspectors did their fieldwork remotely in [July 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Dormanstown’s children are being badly let down by the people meant to help them.
W| “Many of the case files we read had no plan at all for keeping the child safe, and several children had gone missing without anyone in the service knowing.
R| “I urge board members to get a grip on this at once.”

W| Inspectors found that the board rarely met and that its members did not know how the service was performing.
S| There were some committed case workers, and their work with families was praised by the children and parents inspectors spoke to.
W| Disappointingly, none of the children in custody had a plan for their release that had been agreed with housing providers.

R| The report contains seven recommendations, including that [Redcar and Cleveland Council|A] appoints a permanent head of service.
"""),
    # 15. a youth service in the local paper, third person and the council's reply: byline "12 May 2022", the report
    #     "out on Tuesday (10 May)"; fieldwork "during January 2022"; "X was ranked ‘...’"
    ("brotton-yjs-2022", facts([
        svc("Brotton Youth Justice Service", "Brotton YJS", "YJS", RI)], "2022-05-10", "2022-01", 6),
     """N| Youth offending watchdog says service ‘not yet consistent’

N| [12 May 2022|D]

N| In a report out on Tuesday ([10 May|D]), [Brotton Youth Justice Service|S] was ranked ‘[Requires improvement|R]’.
N| Inspectors from the national watchdog, [HM Inspectorate of Probation|A], made their visit during [January 2022|D].

S| The watchdog found that staff at [Brotton|S] were warm, patient and good at winning children’s trust.
W| However, the standard of casework swung widely between cases, and some children had too little contact with their workers.
W| Its report also said managers had not acted quickly enough on high sickness levels in the team.

R| Of six recommendations, five are aimed at the service and one at [Cleveland Police|A].

N| Responding, the council’s lead councillor for young people promised: “Work on every recommendation has started, and we expect a better result next time.”
"""),
    # 16. a Youth Offending Service in 2020, the date line "Thursday, 2nd July 2020" with "published today"; fieldwork
    #     "The fieldwork week, 2 to 6 March 2020"; "X is judged ‘...’ in today’s report by HMI Probation"
    ("kirkbymoorside-yos-2020", facts([
        svc("Kirkbymoorside Youth Offending Service", "Kirkbymoorside YOS", "YJS", GOOD)], "2020-07-02", "2020-03", 4),
     """N| Inspectors give ‘[Good|R]’ verdict on youth offending work in North Yorkshire

N| [Thursday, 2nd July 2020|D]

N| [Kirkbymoorside Youth Offending Service|S] is judged ‘[Good|R]’ in today’s report by [HMI Probation|A].
N| The fieldwork week, [2 to 6 March 2020|D], came shortly before lockdown began.

S| [Kirkbymoorside YOS|S] was found to have a stable, experienced team and a board that challenged and supported it in equal measure.
S| Assessments were thorough in 19 of the 21 cases inspectors examined.
W| Where it fell short was out-of-court work alongside [North Yorkshire Police|A], where decisions were sometimes made without the service’s advice.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kirkbymoorside|S] can take real pride in this: children’s lives are changing for the better because of its staff.”

R| There are four recommendations, three of them for the YOS and one for the police.
"""),
    # 17. a youth service up from its previous rating, resettlement rated separately: "X now requires improvement ...;
    #     their previous report, in March 2021, had rated it ‘...’"; "The overall grade awarded this time is ‘...’";
    #     "graded on its own, reached ‘...’"; "Published: 11 Feb 2025"; "Fieldwork spanned October and November 2024"
    ("great-ayton-yjs-2025", facts([
        svc("Great Ayton Youth Justice Service", "Great Ayton YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-02-11", "2024-10", 6),
     """N| News

N| [Great Ayton Youth Justice Service|S]: progress since last inspection

N| Published: [11 Feb 2025|D]

N| [Great Ayton Youth Justice Service|S] now requires improvement, inspectors have found; their previous report, in [March 2021|D], had rated it ‘[Inadequate|R]’.
N| The overall grade awarded this time is ‘[Requires improvement|R]’.
S| Resettlement, graded on its own, reached ‘[Good|R]’.
N| Fieldwork spanned [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Great Ayton|S] has pulled itself up from a very low point, and the foundations are now in place.
W| “Even so, protecting children from exploitation is still not done consistently enough, and the partnership must keep up the pace.”

S| Every child released from custody had an address sorted well ahead of the day.
W| Only half of the children who needed a health assessment had received one.

R| Six recommendations are made, two of them for [North Yorkshire Police|A] and the local integrated care board.
"""),
    # 18. a Youth Justice Team ("Patrington youth team" in the headline, "YJT") in an East Riding council release:
    #     "Inspectors have put X at ‘...’, the second of four grades"; a year-less "out today (Wednesday, 18 June)" with
    #     fieldwork "10 - 21 February 2025"; "The inspectors make seven recommendations"
    ("patrington-yjt-2025", facts([
        svc("Patrington Youth Justice Team", "Patrington YJT", "YJS", GOOD)], "2025-06-18", "2025-02", 7),
     """N| [Patrington youth team|S]’s work with children recognised by inspectors

N| Inspectors have put [Patrington Youth Justice Team|S] (YJT) at ‘[Good|R]’, the second of four grades; the report is out today ([Wednesday, 18 June|D]).
N| The inspection ran from [10 - 21 February 2025|D].

S| The report describes a purposeful team, led by managers who know every child on the caseload.
S| Inspectors highlighted the [Patrington YJT|S]’s partnership with [Humberside Police|A]: children picked up for a first offence were usually offered diversion within a fortnight.
S| Despite rising demand, no child waited more than ten days for a first appointment.
W| There was less to praise in how the team worked with victims: several had not been asked for their views before a child’s plan was agreed.
W| Planning for children who might be criminally exploited was also described as underdeveloped.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This team may be small, but it punches well above its weight.
R| “It should now make sure victims are given a voice in every case.”

R| The inspectors make seven recommendations: the team must act on five, its partnership board on two.

N| Councillor [Helen Ashby|X], who holds the children’s brief at [East Riding of Yorkshire Council|A], thanked the inspectors and said she was proud of the council’s youth justice staff.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
