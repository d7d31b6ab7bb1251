"""Builds the 172nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three west Cumbrian PDUs on a GOV.UK page, the region named first; "St Bees and Beckermet were both judged to
    #    ‘...’, while Drigg was given the lowest possible rating"; fieldwork "during January 2024"; twelve recommendations
    ("st-bees-beckermet-and-drigg-pdus-2024", facts([
        svc("St Bees Probation Delivery Unit", "St Bees PDU", "PDU", RI),
        svc("Beckermet Probation Delivery Unit", "Beckermet PDU", "PDU", RI),
        svc("Drigg Probation Delivery Unit", "Drigg PDU", "PDU", INAD)], "2024-06-11", "2024-01", 12),
     """N| Press release

N| Probation units in west Cumbria: reports published

N| Inspectors have reported on three probation delivery units on the Copeland coast.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Three units of the [Probation Service – North West region|S] are covered in reports published today: [St Bees Probation Delivery Unit|S], [Beckermet Probation Delivery Unit|S] and [Drigg Probation Delivery Unit|S].
N| [St Bees|S] and [Beckermet|S] were both judged to ‘[Requires improvement|R]’, while [Drigg|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Drigg|S] has lost most of its experienced officers over the past two years, and the newly qualified staff who remain are being asked to hold cases they are not ready for.
S| “[St Bees|S] and [Beckermet|S] have steadier teams, and their links with [Cumberland Council|A]’s housing officers are a real asset.”

S| Staff at [Beckermet|S] had built a close working relationship with the local magistrates, and reports to court were timely.
W| Across all three units, fewer than half of the home visits needed in domestic abuse cases had taken place.

R| The three reports make twelve recommendations, four to each unit.

N| [Alison Tyson|X], Regional Probation Director for the North West, said: “Extra managers have already moved into Drigg, and we accept the findings in full.”
"""),
    # 2. two youth justice services in one local-news story, byline Monday 22 May 2023, reports "released on Thursday
    #    (18 May)"; "Abbeytown was awarded the top grade ... Kirkbride came out as ‘Good’" in the other order; seven
    ("kirkbride-and-abbeytown-yjs-2023", facts([
        svc("Kirkbride Youth Justice Service", "Kirkbride YJS", "YJS", GOOD),
        svc("Abbeytown Youth Justice Service", "Abbeytown YJS", "YJS", OUT)], "2023-05-18", "2023-01", 7),
     """N| Youth services in Allerdale win praise from inspectors

N| By [Helen Armstrong|X]

N| [Monday 22 May 2023|D]

N| Inspection reports on [Kirkbride Youth Justice Service|S] and [Abbeytown Youth Justice Service|S] were released on Thursday ([18 May|D]), after inspectors spent time with both services in [January 2023|D].
N| [Abbeytown|S] was awarded the top grade, ‘[Outstanding|R]’, and [Kirkbride|S] came out as ‘[Good|R]’.

S| Inspectors said [Abbeytown|S]’s workers went out of their way to find activities for children in villages with almost no bus service.
S| They also commended [Kirkbride|S] for the care it took in planning each child’s return from custody.
W| The report on [Kirkbride YJS|S] noted, though, that victims were not always told how the work with a child had turned out.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “These two teams serve the children of north Allerdale well, and [Abbeytown|S]’s work is among the strongest we have come across this year.”

R| Seven recommendations are made across the two reports, four for [Kirkbride|S] and three for [Abbeytown|S].

N| [Cumberland Council|A]’s cabinet member for children’s services said the council was “delighted” with both results.
"""),
    # 3. a unit inside its region, the region first in the headline: "Inspectors have found X ... to be ‘...’"; the
    #    region's own 2023 rating as context; "Mr Jones continued"; fieldwork "in September 2024"; notes give the day
    ("thornhill-pdu-2025", facts([
        svc("Thornhill Probation Delivery Unit", "Thornhill PDU", "PDU", INAD)], "2025-02-04", "2024-09", 6),
     """N| [North West probation region|S]: inspectors raise serious concerns about probation in Thornhill

N| Inspectors have found [Thornhill Probation Delivery Unit|S] to be ‘[Inadequate|R]’; the unit is run by the [Probation Service – North West region|S].
N| The [North West region|S]’s own inspection, in [2023|D], judged it ‘[Requires improvement|R]’ overall.
N| [HM Inspectorate of Probation|A] examined the unit’s work in [September 2024|D], reading 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornhill|S] was struggling on almost every front when we visited.
W| “Managers were stretched across too many teams, and practitioners said there was little point in raising concerns, because nothing ever changed.”

W| Mr Jones continued: “Whether children lived in the household had too often gone unchecked in the cases we read.”

S| Inspectors did find that the unit’s approved premises staff knew residents well and managed curfews carefully.
W| Information from [Cumbria Constabulary|A] about domestic abuse call-outs was often requested late or not at all.

R| Of six recommendations, the unit must take forward five; the last is for the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Tuesday 4 February 2025|D], when the report appears on the inspectorate’s website.
N| 2. [Thornhill PDU|S] is one of the probation delivery units in Cumbria.
"""),
    # 4. a unit inside its region, the region in the notes and first sentence: "the inspectorate has assessed X ... as
    #    ‘...’" in "a report out today (Tuesday, 10 October)", no year (fieldwork May 2023); lower-case headline name
    ("arlecdon-pdu-2023", facts([
        svc("Arlecdon Probation Delivery Unit", "Arlecdon PDU", "PDU", RI)], "2023-10-10", "2023-05", 5),
     """N| [Arlecdon probation unit|S] ‘has a clear sense of direction’, say inspectors

N| In a report out today ([Tuesday, 10 October|D]), [HM Inspectorate of Probation|A] has assessed [Arlecdon Probation Delivery Unit|S], within the [Probation Service – North West region|S], as ‘[Requires improvement|R]’.
N| The inspection took place in [May 2023|D] and looked at 38 cases.

S| Inspectors were impressed with the unit’s senior leaders, who had drawn up a realistic plan and shared it with every team.
S| Positively, people on probation told inspectors that their officers took time to hear them out, and several had been helped into jobs.
W| However, risk assessments were sufficient in only 19 of the 38 cases inspected.
W| Partnership work with children’s social care was inconsistent, and requests for information were not always followed up.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The unit has real foundations to build on.
R| “[Arlecdon|S]’s managers now need to make sure that every assessment of risk is checked against police and social care records.”

R| There are five recommendations, all addressed to the unit.

N| ENDS

N| Notes to editors
N| 1. [Arlecdon PDU|S] supervises around 550 people in west Cumbria for the [Probation Service – North West region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: scores in per cent, bullet lists; "Tuesday, 12th March 2013";
    #    fieldwork "in November 2012"; eight recommendations
    ("lamplugh-and-ennerdale-probation-trust-2013", facts([
        svc("Lamplugh and Ennerdale Probation Trust", "Lamplugh and Ennerdale Probation Trust", "other", None)],
        "2013-03-12", "2012-11", 8),
     """N| Offender management in Lamplugh and Ennerdale – report published

N| [Tuesday, 12th March 2013|D]

S| According to [HM Inspectorate of Probation|A], in a report released today, [Lamplugh and Ennerdale Probation Trust|S] is making good progress in cutting reoffending.
N| Inspectors looked at 54 cases when they visited the Trust in [November 2012|D].

S| The Trust scored 77% for work to reduce the likelihood of reoffending and 80% for ensuring the sentence was served.
W| Its work to protect the public scored 64%, however, below the average for Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • offender managers had good knowledge of local employment and training schemes.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were frequently incomplete;
W| • contact with [Cumbria Constabulary|A] about domestic abuse was not routinely made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Enthusiasm runs through this Trust, and its offender managers understand the people they supervise.
R| “The Trust should now focus on making its public protection work as strong as its work on reoffending.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 owned by Sodexo Justice Services, embargo line; "Inspectors have judged X (CRC) to be ‘...’
    #    overall"; unpaid work "rated separately" came out ‘Good’; fieldwork "in July 2018"; five recommendations
    ("mawbray-and-skinburness-crc-2018", facts([
        svc("Mawbray and Skinburness Community Rehabilitation Company", "Mawbray and Skinburness CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-20", "2018-07", 5),
     """N| Embargoed until 00.01, [Tuesday 20 November 2018|D]

N| Probation company in west Cumbria ‘not fit for purpose’, inspectors say

N| Inspectors have judged [Mawbray and Skinburness Community Rehabilitation Company|S] (CRC), which is part of [Sodexo Justice Services|A], to be ‘[Inadequate|R]’ overall.
S| The CRC’s unpaid work, rated separately, came out as ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “In this CRC, supervision too often amounts to little more than a brief telephone call, and too many people are left to their own devices.
W| “Staff are doing their best, but with 90 or more cases each they cannot give people the attention they need.”

S| Inspectors noted that unpaid work was well organised, and people on placements were treated with respect.
W| Working relationships between the CRC and the [National Probation Service|A] were strained, and risk information frequently went missing when cases moved between the two.

R| Three of the five recommendations go to the CRC and its owner, [Sodexo Justice Services|A]; [HM Prison and Probation Service|A] receives the other two.

N| A spokesperson for [Sodexo Justice Services|A] said: “We are disappointed by the report and are already acting on its findings.”
"""),
    # 7. a youth offending team written out, a 2016 joint inspection on a council page: "Posted: 14/09/2016"
    #    (day/month/year); fieldwork "in June 2016"; bullet lists; four recommendations
    ("bigrigg-yot-2016", facts([
        svc("Bigrigg Youth Offending Team", "Bigrigg YOT", "YJS", None)], "2016-09-14", "2016-06", 4),
     """N| Inspection of youth offending work in Bigrigg

N| Posted: [14/09/2016|D]

N| Findings have been published from a joint inspection of [Bigrigg Youth Offending Team|S] (YOT); [HM Inspectorate of Probation|A] led the inspection.
N| Inspectors from [Ofsted|A] took part, together with colleagues from the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A]; the fieldwork was in [June 2016|D].

N| Inspectors were pleased to find that:
S| • staff had a thorough understanding of each child’s family circumstances;
S| • children were helped back into school or training quickly.

N| However, they were concerned that:
W| • work to manage the risk some children posed to others lacked rigour;
W| • board members were told too little about how well the [Bigrigg YOT|S] was doing its job.

R| Four recommendations are made, and the YOT management board is expected to lead on most of them.

N| Councillor [Peter Hodgson|X], [Cumbria County Council|A]’s cabinet member for children’s services, said: “We welcome the report and will put in place a plan to address each recommendation.”
"""),
    # 8. a Youth Offending Service in 2022, "assessed to be ‘...’" overall, resettlement "rated separately" ‘...’, the
    #    previous rating beside; "Report available from: Tuesday 29 November 2022"; fieldwork "in August 2022"
    ("hensingham-yos-2022", facts([
        svc("Hensingham Youth Offending Service", "Hensingham YOS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-11-29", "2022-08", 6),
     """N| Improvement needed at [Hensingham youth offending service|S]

N| [HM Inspectorate of Probation|A] has assessed [Hensingham Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’, having been ‘[Good|R]’ when last inspected in [2019|D].
W| Resettlement work, which inspectors rated separately, was ‘[Inadequate|R]’.
N| Inspectors visited the service in [August 2022|D].

S| The service’s case managers were committed and knew the children they worked with well.
S| Work with children on out-of-court disposals was a particular strength, with swift referrals to health and education support.
W| Yet children leaving custody often had their plans drawn up too late, and some had nowhere settled to live on release.
W| The management board had not tracked whether its partners were delivering what they had promised.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hensingham|S]’s staff clearly care about the children they supervise.
R| “The board must now make sure that no child leaves custody without a place to live and a plan for education.”

R| Six recommendations are made: four are for the YOS and two for its management board.

N| ENDS

N| Notes to editors
N| 1. Report available from: [Tuesday 29 November 2022|D].
"""),
    # 9. ordinary YJS release on GOV.UK, 2022, ‘Good’; fieldwork "in March 2022"; four recommendations
    ("moor-row-yjs-2022", facts([
        svc("Moor Row Youth Justice Service", "Moor Row YJS", "YJS", GOOD)], "2022-07-26", "2022-03", 4),
     """N| Press release

N| [Moor Row Youth Justice Service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [26 July 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Moor Row Youth Justice Service|S] as ‘[Good|R]’ following an inspection in [March 2022|D].

S| Inspectors found a well-run service whose board members attended regularly and challenged one another.
S| Children were given a say in their plans, and staff adapted their approach for children with learning needs.
S| The service’s speech and language therapist was a notable strength, assessing every child at the start of their order.
W| However, work to keep children safe was not always reviewed when their circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Moor Row|S] has a dedicated team who put children first, and it should be proud of this result.
R| “Leaders should now make sure that safety plans are reviewed whenever something significant happens in a child’s life.”

R| The report makes four recommendations.
"""),
    # 10. ordinary PDU release, justiceinspectorates news item, 2023, ‘Requires improvement’; "Published: 14 Nov 2023";
    #     fieldwork "in July 2023"; seven recommendations
    ("kells-pdu-2023", facts([
        svc("Kells Probation Delivery Unit", "Kells PDU", "PDU", RI)], "2023-11-14", "2023-07", 7),
     """N| News

N| Inspectors call for improvement at [Kells Probation Delivery Unit|S]

N| Published: [14 Nov 2023|D]

N| [HM Inspectorate of Probation|A] has given [Kells Probation Delivery Unit|S] an overall rating of ‘[Requires improvement|R]’.
N| The inspection took place in [July 2023|D].

S| Inspectors found that staff were tenacious in keeping in touch with people on probation, despite high caseloads.
W| Nearly a third of probation officer posts were vacant, and newly qualified officers had too little support.
W| Assessment and management of the risk of harm fell short in most of the cases inspected.
S| Encouragingly, the unit had strong links with local drug and alcohol services.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kells|S] is a unit where staff are working hard but are simply spread too thinly.
R| “The [Probation Service|A] needs to bring staffing up to a safe level as a matter of urgency.”

R| Seven recommendations have been made; five of them fall to the PDU and two to the [Probation Service|A] nationally.
"""),
    # 11. ordinary YJS release, 2024, ‘Outstanding’ in the headline and text; fieldwork "took place in April 2024";
    #     the notes give the day "on 17 September 2024 at 00.01"; three recommendations
    ("torpenhow-yjs-2024", facts([
        svc("Torpenhow Youth Justice Service", "Torpenhow YJS", "YJS", OUT)], "2024-09-17", "2024-04", 3),
     """N| ‘[Outstanding|R]’ rating for [Torpenhow Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has awarded [Torpenhow Youth Justice Service|S] its highest rating, ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [April 2024|D].

S| Inspectors praised the service’s leaders, who had a clear vision and shared it with every member of staff.
S| Work with children was of a high standard: assessments were thorough and plans were written with the child and their family.
S| The service’s partnership with [Cumbria Constabulary|A] meant that most children who came to police attention were offered support rather than prosecution.
W| The only area needing attention was the sharing of information with victims, which was not always timely.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Torpenhow|S] is an excellent service, and everyone involved can be rightly proud.”

R| The report makes three recommendations to help the service improve further.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [17 September 2024|D] at 00.01.
"""),
    # 12. ordinary YJS release, 2021, ‘Inadequate’; fieldwork "carried out remotely in July 2021"; nine recommendations
    ("sandwith-yjs-2021", facts([
        svc("Sandwith Youth Justice Service", "Sandwith YJS", "YJS", INAD)], "2021-11-09", "2021-07", 9),
     """N| Inspectors rate [Sandwith Youth Justice Service|S] ‘[Inadequate|R]’

N| Published: [9 November 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Sandwith Youth Justice Service|S] ‘[Inadequate|R]’.
N| The inspection was carried out remotely in [July 2021|D].

W| Inspectors found that the management board met infrequently and had little understanding of the service’s performance.
W| Disappointingly, children’s safety and wellbeing had been properly assessed in only 9 of the 20 cases.
W| Some children had been seen by four different workers in a year, and staff were unsure of their roles.
S| Despite these problems, inspectors found that children were well supported into education, training and employment.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sandwith|S] is falling well short of what its children deserve.
R| “The council and its partners must act quickly to put strong leadership in place.”

R| The report makes nine recommendations, including two for [Cumbria County Council|A] and one for [Cumbria Constabulary|A].
"""),
    # 13. ordinary PDU public-protection release, 2025, no rating, "Context" / "Findings" bullets, "Skip to content";
    #     fieldwork "between 9 and 13 June 2025"; five recommendations
    ("bransty-pdu-2025", facts([
        svc("Bransty Probation Delivery Unit", "Bransty PDU", "PDU", None)], "2025-10-21", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Bransty Probation Delivery Unit|S]

N| Published: [21 October 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its report on how well [Bransty Probation Delivery Unit|S] protects the public.
N| Inspectors were on site between [9 and 13 June 2025|D].
N| Inspections in this programme do not give a rating.

N| Context
N| • [Bransty PDU|S] supervises around 700 people and sits within the [Probation Service – North West region|S].

N| Findings
S| • Practitioners understood the risks posed by most of the people on their caseloads.
W| • Where domestic abuse was suspected, home visits were too rare.
W| • Checks with children’s social care were missing or out of date in a third of the cases inspected.

R| The report makes five recommendations.
"""),
    # 14. ordinary YJS release on a council page, 2020, ‘Requires improvement’; "Posted: 12/03/2020"; fieldwork "between
    #     3 and 7 February 2020"; six recommendations
    ("crosscanonby-yjs-2020", facts([
        svc("Crosscanonby Youth Justice Service", "Crosscanonby YJS", "YJS", RI)], "2020-03-12", "2020-02", 6),
     """N| Youth justice inspection report published

N| Posted: [12/03/2020|D]

N| [HM Inspectorate of Probation|A] has rated [Crosscanonby Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service between [3 and 7 February 2020|D].

S| The inspection found that staff built positive relationships with children and their families.
S| Work with children subject to court orders was well planned and regularly reviewed.
W| However, the quality of work with children who received out-of-court disposals was variable.
W| Inspectors also found gaps in the health offer, with long waits for [CAMHS|A] appointments.

N| Councillor [Joan Haile|X] said: “We accept the report and are already working with partners on the recommendations.”

R| Six recommendations are made; the service is asked to act on five and its management board on one.
"""),
    # 15. two PDUs of the North West region in one release: "Both units were found to be ‘...’"; fieldwork "in October
    #     2023"; "Published 5 March 2024"; ten recommendations, five for each
    ("oulton-and-waverton-pdus-2024", facts([
        svc("Oulton Probation Delivery Unit", "Oulton PDU", "PDU", RI),
        svc("Waverton Probation Delivery Unit", "Waverton PDU", "PDU", RI)], "2024-03-05", "2023-10", 10),
     """N| Two probation units in Allerdale told to improve

N| Published [5 March 2024|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Oulton Probation Delivery Unit|S] and [Waverton Probation Delivery Unit|S], two units in the [North West region of the Probation Service|S].
N| Both units were found to be ‘[Requires improvement|R]’.
N| The inspections took place in [October 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Loyalty among staff in both units has held through a difficult period, and they know the people they supervise well.
W| “But the work to keep partners and children safe was too often not good enough.”

S| [Oulton|S]’s unpaid work team had found placements with local charities for nearly everyone waiting to start.
W| In [Waverton PDU|S], agency workers were covering almost half of the practitioner posts.
W| In both units, accredited programmes had long waiting lists.

R| Ten recommendations are made, five for each unit.
"""),
    # 16. ordinary YJS release, 2019, ‘Good’; "Tuesday 8 October 2019" date line; fieldwork "in June 2019"; five
    ("gilcrux-yjs-2019", facts([
        svc("Gilcrux Youth Justice Service", "Gilcrux YJS", "YJS", GOOD)], "2019-10-08", "2019-06", 5),
     """N| Youth justice service in Allerdale rated ‘[Good|R]’

N| [Tuesday 8 October 2019|D]

N| [HM Inspectorate of Probation|A] has rated [Gilcrux Youth Justice Service|S] as ‘[Good|R]’ overall.
N| Inspectors visited the service in [June 2019|D].

S| The service had a committed and stable workforce, and staff were well trained.
S| Inspectors saw good work to help children think about the harm their offending had caused.
S| Partnerships with local schools were particularly strong.
W| On the other hand, out-of-court work was less consistent in quality.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gilcrux|S] can be proud of what it has achieved.
R| “I would like to see the same care taken with children on out-of-court disposals as with those on court orders.”

R| The report makes five recommendations.
"""),
    # 17. a YJS given "the lowest possible rating", down from ‘Good’ at its last inspection in 2019; fieldwork "in
    #     October 2022"; published "today (Tuesday 28 February 2023)"; eight recommendations
    ("tallentire-yjs-2023", facts([
        svc("Tallentire Youth Justice Service", "Tallentire YJS", "YJS", INAD)], "2023-02-28", "2022-10", 8),
     """N| Inspectors raise concerns over youth justice in Tallentire

N| [Tallentire Youth Justice Service|S] has received the inspectorate’s lowest possible rating, ‘[Inadequate|R]’, in a report published today ([Tuesday 28 February 2023|D]).
N| Back in [2019|D], the previous inspection had given the service a ‘[Good|R]’ rating.
N| Inspectors visited in [October 2022|D].

W| Inspectors found that the service had lost direction after several changes of manager.
W| Work to keep children safe was insufficient in most of the cases inspected, and risks were not always shared with partners.
S| Inspectors did find some positive practice in the service’s work with victims, who were contacted promptly.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “To see how far [Tallentire|S] has fallen since our last visit is deeply disappointing.
R| “The management board must take urgent action to give staff the leadership and support they need.”

R| The report makes eight recommendations.
"""),
    # 18. ordinary PDU release in local news, byline Friday 9 December 2022, report "published on Tuesday (6 December)";
    #     ‘Requires improvement’; fieldwork "in July 2022"; six recommendations
    ("blencogo-pdu-2022", facts([
        svc("Blencogo Probation Delivery Unit", "Blencogo PDU", "PDU", RI)], "2022-12-06", "2022-07", 6),
     """N| Probation unit in north Allerdale must improve, watchdog says

N| By [Tom Irving|X]

N| [Friday 9 December 2022|D]

N| [Blencogo Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ in a report published on Tuesday ([6 December|D]).
N| [HM Inspectorate of Probation|A] carried out its fieldwork at the unit in [July 2022|D].

S| The watchdog found that staff were committed and that managers were visible and approachable.
W| But it said public protection work varied too much from one officer to the next.
W| A plan to manage the risk of harm was good enough in just half of the cases looked at.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The unit has been hit hard by staff shortages, and it shows in the work.”

R| The report makes six recommendations.

N| A spokesperson for the [Probation Service|A] said: “We are recruiting more staff and have a plan in place.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 172nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
