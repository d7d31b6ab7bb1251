"""Builds the 129th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cumbrian PDUs on a GOV.UK page, the region named first; "Scarthmouth was assessed as ‘...’ and Calderwick
    #    given the lowest possible rating"; fieldwork "in January 2024"; nine recommendations
    ("scarthmouth-and-calderwick-pdus-2024", facts([
        svc("Scarthmouth Probation Delivery Unit", "Scarthmouth PDU", "PDU", RI),
        svc("Calderwick Probation Delivery Unit", "Calderwick PDU", "PDU", INAD)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Probation units on the west Cumbrian coast: reports published

N| Two coastal units of the [North West probation region|S] have been inspected.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [Scarthmouth Probation Delivery Unit|S] and [Calderwick Probation Delivery Unit|S], both within the [Probation Service – North West region|S], are the subject of two reports that [His Majesty’s Inspectorate of Probation|A] released today.
N| [Scarthmouth|S] was assessed as ‘[Requires improvement|R]’, while [Calderwick|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These units serve the same stretch of coast, but the people they supervise have had very different experiences.
W| “In Calderwick, a long run of sickness absence and unfilled posts meant that some people on licence had not seen a probation officer for weeks.
S| “[Scarthmouth|S] has a stable staff group, and its managers have built good links with the local mental health team.”

W| Across the two units, home visits were rarely used where there were concerns about domestic abuse.
S| Inspectors commended [Scarthmouth PDU|S]’s work with [Cumbria Constabulary|A] on people who posed the highest risk.

R| There are nine recommendations in all: four for [Scarthmouth|S], four for [Calderwick|S] and one for the regional [Probation Service|A].
"""),
    # 2. two Fylde youth justice services in a local-news story: the report day "Thursday (5 October)" under a byline of
    #    Monday 9 October 2023; "Marshcliffe earned ‘...’ and Wardleigh ‘...’" (other order from first naming)
    ("wardleigh-and-marshcliffe-yjs-2023", facts([
        svc("Wardleigh Youth Justice Service", "Wardleigh YJS", "YJS", RI),
        svc("Marshcliffe Youth Justice Service", "Marshcliffe YJS", "YJS", GOOD)], "2023-10-05", "2023-06", 8),
     """N| Mixed verdicts for two youth justice teams on the Fylde coast

N| By [Helen Atherton|X]

N| [Monday 9 October 2023|D]

N| Inspectors’ reports on [Wardleigh Youth Justice Service|S] and [Marshcliffe Youth Justice Service|S] came out on Thursday ([5 October|D]), after visits to both services in [June 2023|D].
N| [Marshcliffe|S] earned a ‘[Good|R]’ verdict, and [Wardleigh|S] was placed at ‘[Requires improvement|R]’.

S| The inspectors said [Marshcliffe|S]’s staff were quick to find children a school or training place after they left custody.
W| In Wardleigh, safety plans for children were often drawn up and then not looked at again for months.
W| The report on [Wardleigh YJS|S] also said its management board had not kept a close eye on how the service was performing.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Marshcliffe|S] can be proud of the relationships its workers build with children and their families.”

R| The reports set out eight recommendations, five for [Wardleigh|S] and three for [Marshcliffe|S].

N| [Lancashire County Council|A] promised to look closely at both reports.
"""),
    # 3. a unit inside its region, the region in the headline; "judged to be ‘Inadequate’"; the region's own earlier rating
    #    as context; publication in the notes; fieldwork "during October 2024"
    ("drigholme-pdu-2025", facts([
        svc("Drigholme Probation Delivery Unit", "Drigholme PDU", "PDU", INAD)], "2025-02-11", "2024-10", 6),
     """N| [North West probation region|S]: [Drigholme unit|S] falls short

N| [HM Inspectorate of Probation|A] has judged [Drigholme Probation Delivery Unit|S] ‘[Inadequate|R]’, a verdict that will concern leaders across the [Probation Service – North West region|S].
N| The [North West region|S]’s own grade, from [2023|D], was ‘[Requires improvement|R]’.
N| Inspectors examined the unit’s work during [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Drigholme are stretched to breaking point, and too many cases were simply being held rather than managed.
W| “Children’s social care had not been contacted in over half the cases where a check was needed.”

W| Mr Jones continued: “Leaders knew about these problems, but the plans to fix them had not yet made a difference on the ground.”

S| Even so, inspectors found that the unit’s unpaid work team had found placements quickly and that people on probation spoke warmly of them.

R| Five recommendations are aimed at the unit, and a sixth at [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 11 February 2025|D], on the inspectorate’s website.
N| 2. [Drigholme PDU|S] covers part of the Cumbrian coast for the region.
"""),
    # 4. a Ribble valley unit, the region in the first sentence; "found to require improvement ... ‘Requires improvement’";
    #    fieldwork "in July 2023"; "Published: 21 Nov 2023"
    ("hodderford-pdu-2023", facts([
        svc("Hodderford Probation Delivery Unit", "Hodderford PDU", "PDU", RI)], "2023-11-21", "2023-07", 4),
     """N| News

N| Rural probation unit in Lancashire has work to do

N| Published: [21 Nov 2023|D]

N| Within the [Probation Service – North West region|S], [Hodderford Probation Delivery Unit|S] is the latest unit to be inspected, and the verdict is ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] were with the unit in [July 2023|D].

S| They found a head of service who was well respected and a team that pulled together despite long journeys across the Ribble valley.
W| However, risk assessments varied in quality, and only 14 of the 32 cases showed a workable plan to limit the danger to others.
W| Too few people had started accredited programmes, because courses were run in Preston and transport was poor.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “I recognise the distances this team covers every day.
R| “Managers now need to make certain that each assessment asks who could be harmed, and how.”

R| The report makes four recommendations.
"""),
    # 5. a Probation Trust in 2011, before ratings: bullet lists, "published today" under a date line, fieldwork "in
    #    November 2010"
    ("harrowhaven-probation-trust-2011", facts([
        svc("Harrowhaven and West Cumbria Probation Trust", "Harrowhaven and West Cumbria Probation Trust", "other",
            None)], "2011-03-22", "2010-11", 7),
     """N| Offender management in Harrowhaven and West Cumbria – inspection findings

N| [Tuesday, 22nd March 2011|D]

N| Offender management work by [Harrowhaven and West Cumbria Probation Trust|S] was reported on today by [Her Majesty’s Inspectorate of Probation|A].
N| The inspection took place in [November 2010|D], when 54 cases were examined.

S| Work to cut reoffending earned the Trust 78%.
W| For protecting the public it managed only 64%.

N| Inspectors were pleased to find that:
S| • staff knew their cases well and kept in regular touch with offenders;
S| • work with local drug treatment agencies was well established.

N| However, inspectors were concerned to find that:
W| • risk management plans frequently stayed the same after an offender’s circumstances changed;
W| • too few cases had been discussed with [Cumbria Constabulary|A] where domestic abuse was suspected.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Though small, this Trust works hard for the communities it serves.
R| “Public protection must now receive as much of its attention as reducing reoffending does.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2019 with an aspect rated separately; "inspectors judged ... ‘Inadequate’ overall"; embargo line;
    #    fieldwork "in March 2019"
    ("ribblemoor-and-bowlford-crc-2019", facts([
        svc("Ribblemoor and Bowlford Community Rehabilitation Company", "Ribblemoor and Bowlford CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-02", "2019-03", 5),
     """N| Embargoed until 00.01, [Tuesday 2 July 2019|D]

N| Probation company in Lancashire falls well short

N| [Her Majesty’s Inspectorate of Probation|A] has judged [Ribblemoor and Bowlford Community Rehabilitation Company|S] (CRC) ‘[Inadequate|R]’ overall; the company is owned by [Purple Futures|A].
S| Its unpaid work, rated separately, fared better, with a ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Far too often, people supervised by this CRC were left to report by telephone, with nobody checking whether they are keeping others safe.
W| “Caseloads of over 90 are simply not manageable.”

S| Unpaid work projects were well run, and people on them could pick up new skills.
W| When cases went back to court, the CRC and the [National Probation Service|A] were slow to share information.

R| Of five recommendations, three are addressed to the CRC and [Purple Futures|A] and two to [HMPPS|A].

N| Responding, [Purple Futures|A] said the report was fair and that recruitment had started.
"""),
    # 7. an NPS division in 2020 with "an overall regional rating"; fieldwork "in September 2019"
    ("askerby-and-sandholme-nps-division-2020", facts([
        svc("National Probation Service – Askerby and Sandholme Division", "NPS Askerby and Sandholme", "region", GOOD)],
        "2020-01-28", "2019-09", 6),
     """N| Probation division in the north-west rated ‘[Good|R]’

N| Published: [28 Jan 2020|D]

N| The overall regional rating for [National Probation Service – Askerby and Sandholme Division|S] is ‘[Good|R]’, [HM Inspectorate of Probation|A] has announced.
N| The division was inspected in [September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Askerby and Sandholme|S] is well led, and its staff are committed to the people they supervise.
S| “Court work stood out: reports were prepared on time and gave sentencers the information they needed.”

W| However, inspectors found that work with victims was not always timely, and a few victims learned too late that an offender had been let out.
W| Staff shortages in the Fylde offices had led to high caseloads.

R| Among the report’s six recommendations is one asking the division to improve its contact with victims.
"""),
    # 8. a youth offending team written out in 2016, before ratings, on a council page "Posted: 10/08/2016"
    ("seamoorby-yot-2016", facts([
        svc("Seamoorby Youth Offending Team", "Seamoorby YOT", "YJS", None)], "2016-08-10", "2016-05", 5),
     """N| Youth offending inspection report for Seamoorby

N| Posted: [10/08/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A] inspected [Seamoorby Youth Offending Team|S] (YOT) in [May 2016|D], and its report is now out.

N| Inspectors were pleased to find that:
S| • children had a first meeting soon after sentence and were clear about the rules of their order;
S| • the [Seamoorby YOT|S] had good links with local schools.

N| They were concerned that:
W| • assessments often missed the danger some children posed to others;
W| • children supervised by the YOT sometimes struggled to get health care.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in Seamoorby plainly want the best for every child they supervise.”

R| Five recommendations are made for improving the YOT’s work.

N| [Cumbria County Council|A] has welcomed the report.
"""),
    # 9. an Outstanding youth service, resettlement rated on its own; fieldwork in February 2024; notes give the day
    ("thornsea-yjs-2024", facts([
        svc("Thornsea Youth Justice Service", "Thornsea YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-06-18", "2024-02", 3),
     """N| ‘[Outstanding|R]’ youth justice work in Thornsea

N| [HM Inspectorate of Probation|A] has awarded [Thornsea Youth Justice Service|S] its highest grade, ‘[Outstanding|R]’.
S| Resettlement work, judged on its own, came out as ‘[Good|R]’.
N| Inspectors visited the service in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornsea|S] puts children first in every decision it makes.
S| “Workers were tenacious in finding out what lay behind a child’s offending, and children said they felt heard.”

S| Inspectors praised the service’s work with [Blackpool Teaching Hospitals NHS Foundation Trust|A] to get children speech and language support quickly.
W| However, a small number of out-of-court cases had not been reviewed by a manager.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [18 June 2024|D] at 00.01.
"""),
    # 10. Good, with the previous rating beside ("up from the ‘Requires improvement’ it was given in 2019")
    ("pendlefold-yjs-2022", facts([
        svc("Pendlefold Youth Justice Service", "Pendlefold YJS", "YJS", GOOD)], "2022-09-27", "2022-05", 4),
     """N| [Pendlefold youth justice service|S] improves to ‘[Good|R]’

N| Published [27 September 2022|D]

N| Inspectors have found [Pendlefold Youth Justice Service|S] to be ‘[Good|R]’, having rated it ‘[Requires improvement|R]’ last time, in [2019|D].
N| The inspection took place in [May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pendlefold|S] has turned things around, and its leaders deserve credit for that.
S| “The management board now asks hard questions and partners attend.”

W| Work to protect other people was still uneven, and some plans left out what victims had said.

R| Three recommendations go to the service and a fourth to the [Pendlefold Youth Justice Management Board|A].
"""),
    # 11. a Youth Offending Service, fieldwork "carried out remotely in March 2021"
    ("chaigley-bridge-yos-2021", facts([
        svc("Chaigley Bridge Youth Offending Service", "Chaigley Bridge YOS", "YJS", RI)], "2021-07-13", "2021-03", 7),
     """N| [Chaigley Bridge Youth Offending Service|S] ‘[Requires improvement|R]’

N| The overall rating that [HM Inspectorate of Probation|A] has given [Chaigley Bridge Youth Offending Service|S] (YOS) is ‘[Requires improvement|R]’.
N| Because of the pandemic, inspectors carried out the work remotely in [March 2021|D].

S| Inspectors were impressed by how quickly staff had moved to video and doorstep visits, so that children were still seen every week.
W| However, the YOS had too few staff trained to assess risk of harm, and nobody in management was reviewing the quality of what they produced.
W| Worryingly, only nine of the 20 cases gave enough weight to the child’s own safety.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The YOS has kept going through a hard year, but its work to protect children is not yet good enough.”

R| Seven recommendations follow: six are for the YOS, one for [Lancashire Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on [13 July 2021|D].
"""),
    # 12. a 2025 public-protection inspection, no rating; "Context" / "Findings" bullets; "10 - 14 March 2025"
    ("skelby-yjs-2025", facts([
        svc("Skelby Youth Justice Service", "Skelby YJS", "YJS", None)], "2025-06-03", "2025-03", 4),
     """N| Skip to content

N| Public protection work in [Skelby Youth Justice Service|S]

N| Published: [3 Jun 2025|D]

N| How well [Skelby Youth Justice Service|S] protects the public and the children it supervises is the subject of a report from [HM Inspectorate of Probation|A].
N| Ratings are not part of this kind of inspection.

N| Context
N| • Fieldwork took place from [10 - 14 March 2025|D].
N| • At any one time the service supervises about 40 children.

N| Findings
S| • Practitioners knew their children well and visited them often.
W| • Information from the police was not always shared quickly enough to act on.
W| • Plans for children who posed a risk to others were not reviewed after incidents.

R| The report makes four recommendations.
"""),
    # 13. Inadequate, "handed the lowest of the four ratings"; fieldwork "in January 2023"
    ("crossmere-yjs-2023", facts([
        svc("Crossmere Youth Justice Service", "Crossmere YJS", "YJS", INAD)], "2023-04-25", "2023-01", 10),
     """N| [Crossmere youth justice service|S] in urgent need of improvement

N| [HM Inspectorate of Probation|A] has rated [Crossmere Youth Justice Service|S] ‘[Inadequate|R]’, the lowest mark it can give.
N| The inspection was in [January 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Crossmere are being let down.
W| “Practitioners had nobody to ask for advice, and although the board met regularly, little changed as a result.”

S| Inspectors recognised the dedication of case workers, whom children said they trusted.
W| Even so, most of the cases inspected had a poor assessment of the risk the child posed to others.

R| Mr Jones continued: “I urge [Cumberland Council|A] and its partners to act on these findings without delay.”

R| The report makes ten recommendations, eight for the service and two for [Cumbria Constabulary|A].

N| Notes to editors
N| 1. The report is published on [25 April 2023|D].
"""),
    # 14. an ordinary PDU release on GOV.UK, "Fieldwork for this inspection took place in June 2024"
    ("lythwick-pdu-2024", facts([
        svc("Lythwick Probation Delivery Unit", "Lythwick PDU", "PDU", RI)], "2024-10-29", "2024-06", 6),
     """N| Press release

N| [Lythwick probation unit|S] ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [29 October 2024|D]

N| Inspectors have rated [Lythwick Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lythwick|S]’s staff are committed, and many go well beyond what is asked of them.
W| “But one probation officer post in three is empty, and the quality of their work has suffered.”

W| Inspectors found gaps in the checks made with [Lancashire Constabulary|A] about domestic abuse.
S| Positively, work to find people accommodation on release from prison was a strength.

R| Six recommendations are made; among them, the unit is asked to fill vacant posts as quickly as it can.
"""),
    # 15. Good, "Thursday, 11th June 2020" date line; fieldwork "between 24 and 28 February 2020"
    ("wrayholme-yjs-2020", facts([
        svc("Wrayholme Youth Justice Service", "Wrayholme YJS", "YJS", GOOD)], "2020-06-11", "2020-02", 6),
     """N| Youth justice work in Wrayholme rated ‘[Good|R]’

N| [Thursday, 11th June 2020|D]

N| Today’s report from [HM Inspectorate of Probation|A] gives [Wrayholme Youth Justice Service|S] a ‘[Good|R]’ grade.
N| The inspectors’ visit ran from [24 to 28 February 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wrayholme|S]’s staff know both their children and their community.
S| “Its work to divert children from the courts is of a high standard.”

W| Inspectors did find that preparation for release from custody sometimes began late.

R| The report makes six recommendations.
"""),
    # 16. a council page, no recommendation count; "Posted on 05/03/2024"; fieldwork "in November 2023"
    ("brackenby-yjs-2024", facts([
        svc("Brackenby Youth Justice Service", "Brackenby YJS", "YJS", RI)], "2024-03-05", "2023-11", None),
     """N| Council responds to youth justice inspection

N| Posted on [05/03/2024|D]

N| [Brackenby Youth Justice Service|S] has been graded ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A], whose inspectors were there in [November 2023|D].

S| The inspectors found that children and parents trusted the staff who worked with them.
W| They also said that the service needed to do more to understand why children from some groups were over-represented.

N| Councillor [Susan Hartley|X] said: “The inspection team have our thanks; a plan to improve is under way.”
"""),
    # 17. two youth services in one release; "Waddowby achieved the top rating, ‘Outstanding’, with Kelsholme at ‘Good’"
    ("kelsholme-and-waddowby-yjs-2025", facts([
        svc("Kelsholme Youth Justice Service", "Kelsholme YJS", "YJS", GOOD),
        svc("Waddowby Youth Justice Service", "Waddowby YJS", "YJS", OUT)], "2025-01-21", "2024-09", 6),
     """N| Two youth justice services in Lancashire praised by inspectors

N| Today [HM Inspectorate of Probation|A] published reports on [Kelsholme Youth Justice Service|S] and [Waddowby Youth Justice Service|S], two services it visited in [September 2024|D].
N| [Waddowby|S] achieved the top rating, ‘[Outstanding|R]’, with [Kelsholme|S] at ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Waddowby|S] is exceptional in the care it gives to each child’s plan.
S| “[Kelsholme|S] has a strong partnership with local schools, and fewer children are being excluded as a result.”

W| Inspectors found that in [Kelsholme YJS|S] the views of victims were not always sought.

R| Six recommendations are made, four for [Kelsholme|S] and two for [Waddowby|S].

N| Notes to editors
N| 1. Both reports were published on [21 January 2025|D].
"""),
    # 18. Good with resettlement rated separately ‘Requires improvement’; fieldwork "in August 2019"
    ("fellhaven-yjs-2019", facts([
        svc("Fellhaven Youth Justice Service", "Fellhaven YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2019-12-03", "2019-08", 4),
     """N| [Fellhaven youth justice service|S] ‘[Good|R]’ overall

N| [Fellhaven Youth Justice Service|S] is ‘[Good|R]’ overall, according to [HM Inspectorate of Probation|A].
W| The service’s resettlement policy and provision, graded apart from the rest, got ‘[Requires improvement|R]’.
N| Fieldwork took place in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fellhaven|S] has a settled and experienced team who know their children well.
W| “Where a child was due to leave custody, however, planning began too late.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [3 December 2019|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 129th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
