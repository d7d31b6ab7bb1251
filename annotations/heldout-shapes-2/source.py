"""Builds the second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region in one release, a rating each; the region named as context
    ("truro-penzance-weymouth-pdus-2024", facts([
        svc("Truro Probation Delivery Unit", "Truro PDU", "PDU", RI),
        svc("Penzance Probation Delivery Unit", "Penzance PDU", "PDU", INAD),
        svc("Weymouth Probation Delivery Unit", "Weymouth PDU", "PDU", RI)], "2024-09-03", "2024-03", 12),
     """N| Three south-west probation delivery units inspected: two ‘[Requires improvement|R]’, one ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has today published the findings of its inspections of [Truro Probation Delivery Unit|S], [Penzance Probation Delivery Unit|S] and [Weymouth Probation Delivery Unit|S], three of the units that make up the [South West probation region|S].
N| Fieldwork in all three took place in [March 2024|D].
N| [Truro PDU|S] and [Weymouth PDU|S] were each rated ‘[Requires improvement|R]’; [Penzance PDU|S] was rated ‘[Inadequate|R]’.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The three PDUs are led by the same regional team, yet the experience of people on probation depends heavily on where they live.
S| “In Truro, we found a stable workforce and managers who had a clear grip on the quality of work.
W| “[Penzance|S] is a different story: nearly half of probation officer posts were vacant, and the cases we looked at showed little evidence of professional curiosity.”

W| In Weymouth, practitioners were committed but their caseloads were too high to allow meaningful contact.
S| Across all three PDUs, inspectors were impressed with the quality of reports prepared for court.
W| However, work to manage the risk of harm was sufficient in only 41 per cent of the cases inspected.

R| The reports make a total of 12 recommendations, including that the region should put in place a recruitment plan for the [Penzance PDU|S].

N| ENDS
N| Notes to editors
N| 1. The reports will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [3 September 2024|D].
"""),
    # 2. a city PDU and its county PDU, ratings tied to "the city PDU" / "the county PDU"; judged to be
    ("shrewsbury-city-and-salop-county-pdus-2023", facts([
        svc("Shrewsbury City Probation Delivery Unit", "Shrewsbury City PDU", "PDU", INAD),
        svc("Salop County Probation Delivery Unit", "Salop County PDU", "PDU", RI)], "2024-01-16", "2023-10", 11),
     """N| Shrewsbury and Salop: inspectors report on city and county probation services

N| [His Majesty’s Inspectorate of Probation|A] has published reports on [Shrewsbury City Probation Delivery Unit|S] and [Salop County Probation Delivery Unit|S], which between them cover the whole county.
N| The city PDU was judged to be ‘[Inadequate|R]’ and the county PDU ‘[Requires improvement|R]’.
N| Both were inspected during [October 2023|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people supervised by these two PDUs appear before the same courts and rely on the same partners, and yet the quality of work they receive is very different.
W| “In the city, one in four posts was unfilled and staff told us they felt overwhelmed.
S| “In the county, by contrast, managers had built a culture in which staff felt able to ask for help, and it showed in the quality of their work.”

W| Inspectors found that, in the city, too few people had their risk of harm reviewed when their circumstances changed.
S| The county PDU’s partnership with the police on domestic abuse was a notable strength.

R| The reports make 11 recommendations: six for the city PDU, four for the county PDU and one for the region.

N| ENDS
N| Notes to editors
N| 1. Both reports were published on [16 January 2024|D].
"""),
    # 3. two youth services, each with its own overall and aspect rating; found to be
    ("fylde-and-wyre-yjs-2025", facts([
        svc("Fylde Youth Justice Service", "Fylde YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}]),
        svc("Wyre Youth Justice Service", "Wyre YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2025-05-14", "2025-01", 5),
     """N| Youth justice in Fylde and Wyre: ‘[Outstanding|R]’ and ‘[Good|R]’

N| Inspectors have found [Fylde Youth Justice Service|S] to be ‘[Outstanding|R]’ and neighbouring [Wyre Youth Justice Service|S] to be ‘[Good|R]’, in a joint report published today by [HM Inspectorate of Probation|A].
N| The two services were inspected over the same fortnight in [January 2025|D].
W| Resettlement policy and provision, rated separately for each service, was ‘[Good|R]’ for [Fylde YJS|S] and ‘[Inadequate|R]’ for [Wyre YJS|S].

S| Chief Inspector of Probation [Martin Jones|X] said: “[Fylde|S] is bucking the trend.
S| “Its staff know every child as an individual, and the board has made sure that education, health and social care all play their part.
S| “[Wyre|S] is not far behind, and its work with children on court orders was of a high standard.
W| “Disappointingly, though, children leaving custody in Wyre too often did not have somewhere safe to live on the day of their release.”

R| The report makes five recommendations, three of them for [Wyre YJS|S] and its management board.

N| ENDS

N| This press release was issued on [14 May 2025|D].
"""),
    # 4. a unit inside its region; the region's own overall rating given as context; judged to be
    ("kendal-pdu-2024", facts([
        svc("Kendal Probation Delivery Unit", "Kendal PDU", "PDU", RI)], "2024-10-29", "2024-06", 7),
     """N| North West region: [Kendal PDU|S] judged ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has judged [Kendal Probation Delivery Unit|S], part of the [North West region|S] of the [Probation Service|A], to be ‘[Requires improvement|R]’.
N| The region as a whole was given an overall regional rating of ‘[Inadequate|R]’ last year.
N| Inspectors spent two weeks with the PDU in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kendal|S] is a small PDU covering a large rural area, and its staff work hard to reach people who live miles from the nearest office.
W| “But the quality of risk assessment was too variable, and in only 52 per cent of cases was enough done to keep other people safe.”

S| Inspectors commended the PDU’s work with women, which was delivered in a dedicated centre with a local charity.
W| Not all staff had received training in domestic abuse, and gaps in management oversight meant that some cases drifted.

R| The report makes seven recommendations, five for the PDU and two for the [North West region|S].

N| ENDS
N| Notes to editors
N| 1. The report will be published on [29 October 2024|D] at 00.01.
"""),
    # 5. a region: an overall regional rating; an aspect rated separately; a sibling PDU's previous rating
    ("wessex-probation-region-2025", facts([
        svc("Probation Service – Wessex region", "Wessex region", "region", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2025-06-11", "2025-02", 10),
     """N| [Probation Service – Wessex region|S] receives ‘[Requires improvement|R]’ overall

N| The [Probation Service|A] in Wessex has been given an overall regional rating of ‘[Requires improvement|R]’ following an inspection by [HM Inspectorate of Probation|A] in [February 2025|D].
S| The region’s leadership was rated separately as ‘[Good|R]’.
N| Inspectors also looked at the six PDUs in the region, of which [Swanage PDU|S] had been rated ‘[Inadequate|R]’ in a report published in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wessex|S] has a leadership team that knows its problems and is not complacent about them.
W| “What it does not yet have is enough staff: across the region, more than 200 probation officer posts were vacant at the time of our inspection.
R| “The region needs to make sure that the most experienced officers are supervising the people who pose the highest risk.”

W| Inspectors were disappointed to find that work with victims was inconsistent between PDUs.
S| Encouragingly, the region’s approved premises were well run and residents spoke highly of staff.

R| We have made ten recommendations, eight to the region and two to [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. The report is published on the [HM Inspectorate of Probation|A] website today, [11 June 2025|D].
"""),
    # 6. an NPS division (2019); assessed as; aspects rated; a CRC's rating as context
    ("anglia-nps-division-2019", facts([
        svc("National Probation Service Anglia Division", "NPS Anglia Division", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}, {"aspect": "staffing", "rating": RI}])],
        "2019-09-03", "2019-05", 6),
     """N| Probation in the east: National Probation Service division assessed as ‘[Good|R]’

N| [National Probation Service Anglia Division|S] has been assessed as ‘[Good|R]’ overall in its first inspection under new standards by [HM Inspectorate of Probation|A].
W| Of the standards inspected, its court work was rated ‘[Outstanding|R]’ and its staffing ‘[Requires improvement|R]’.
N| The division works alongside [Anglia Community Rehabilitation Company|S], which was inspected separately in [March 2019|D] and rated ‘[Requires improvement|R]’.
N| Inspectors were on site in [May 2019|D].

S| Chief Inspector of Probation [Dame Glenys Stacey|X] said: “The [NPS Anglia Division|S] is well led, and its staff are proud of the work they do.
W| “But they are stretched: too many cases were held by trainees, and sickness absence was high.”

S| Inspectors found that reports for the courts were of a high standard and were delivered on time in almost every case.
W| Work to keep victims informed was not always timely.

R| The report makes six recommendations, five for the division and one for [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. This report was published on [3 September 2019|D].
"""),
    # 7. a Probation Trust (before ratings); "judged to be" with the pre-2018 scale, which is no rating
    ("ryedale-probation-trust-2012", facts([
        svc("Ryedale Probation Trust", "Ryedale Probation Trust", "other", None)], "2012-01-24", "2011-11", 6),
     """N| Ryedale Probation Trust: offender management inspection published

N| The work of [Ryedale Probation Trust|S] to protect the public was judged to be satisfactory, and its work to reduce reoffending good, in a report published today by [HM Inspectorate of Probation|A].
N| The inspection took place in [November 2011|D] and looked at a sample of 90 cases.

N| Inspectors were pleased to find that:
S| • offender managers had a good understanding of the people they supervised;
S| • the Trust had developed effective links with the local drug and alcohol service.

N| However, inspectors were concerned to find that:
W| • only 58 per cent of risk of harm assessments were of sufficient quality;
W| • reviews were not always carried out when a case’s circumstances changed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Ryedale is a small Trust that knows its communities well.
R| “It now needs to focus on the quality of its public protection work.”

R| The report makes six recommendations.

N| ENDS
N| Notes to editors
N| 1. The report was published on [24 January 2012|D].
N| 2. [Ryedale Probation Trust|S] is one of 35 Probation Trusts in England and Wales.
"""),
    # 8. a CRC (before ratings), the NPS beside it as an agency
    ("wolds-and-marsh-crc-2017", facts([
        svc("Wolds and Marsh Community Rehabilitation Company", "Wolds and Marsh CRC", "CRC", None)],
        "2017-07-06", "2017-03", 9),
     """N| Probation services in Grimsby and Scunthorpe: a ‘worrying’ picture at the CRC

W| [Wolds and Marsh Community Rehabilitation Company|S] is not yet providing a good enough service in Grimsby and Scunthorpe, according to a report by [HM Inspectorate of Probation|A], and the [National Probation Service|A] there needs to improve some of its work too.
N| The inspection, which was carried out jointly with [HM Inspectorate of Prisons|A], took place in [March 2017|D].

W| Inspectors found that the CRC’s staff were carrying caseloads of up to 90 and that many had little contact with the people they supervised beyond a telephone call.
S| The [NPS|A], by contrast, was preparing good-quality reports for the courts and its staff were well supported.

W| Chief Inspector of Probation [Dame Glenys Stacey|X] said: “The CRC is a troubled organisation.
W| “Its owners have cut staff numbers sharply, and the people left are doing their best in difficult circumstances.”

R| We make nine recommendations, seven of them for the CRC and its owners.

N| ENDS
N| Notes to editors
N| 1. The report was published on [6 July 2017|D].
"""),
    # 9. "youth offending team" written out; the lowest possible rating; a previous rating; an aspect rated separately
    ("chesterfield-yot-2024", facts([
        svc("Chesterfield Youth Offending Team", "Chesterfield YOT", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-02-13", "2023-09", 8),
     """N| [Chesterfield youth offending team|S] falls to ‘[Inadequate|R]’

N| [Chesterfield Youth Offending Team|S] has been given the lowest possible rating, ‘[Inadequate|R]’, by [HM Inspectorate of Probation|A], three years after it was rated ‘[Good|R]’.
N| Inspectors visited the YOT in [September 2023|D].
W| The quality of its resettlement work was rated separately, as ‘[Requires improvement|R]’.

W| Chief Inspector of Probation [Martin Jones|X] said: “I am deeply concerned about the children supervised by this YOT.
W| “Since our last visit, the management board has met regularly, but little has changed: too many children are still not assessed properly, and some who were at risk of exploitation were not referred to children’s social care.”

S| Despite the difficulties, inspectors found a small team of case managers who were tenacious in keeping in touch with children.

R| The report makes eight recommendations, and we will return to the YOT within a year.

N| ENDS
N| Notes to editors
N| 1. The report will be available on our website from 00.01 on [13 February 2024|D].
"""),
    # 10. two PDUs (one named "X and Y"), assessed to be, an aspect rated for each; an embargo line
    ("thanet-and-dover-folkestone-pdus-2024", facts([
        svc("Thanet Probation Delivery Unit", "Thanet PDU", "PDU", RI,
            [{"aspect": "work with victims", "rating": GOOD}]),
        svc("Dover and Folkestone Probation Delivery Unit", "Dover and Folkestone PDU", "PDU", INAD,
            [{"aspect": "work with victims", "rating": INAD}])], "2024-08-20", "2024-04", 10),
     """N| East Kent probation: [Thanet PDU|S] ‘[Requires improvement|R]’, [Dover and Folkestone PDU|S] ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] inspected two probation delivery units in the [Kent, Surrey and Sussex region|S] in [April 2024|D]: [Thanet Probation Delivery Unit|S] and [Dover and Folkestone Probation Delivery Unit|S].
N| [Thanet|S] was assessed to be ‘[Requires improvement|R]’ and [Dover and Folkestone|S] ‘[Inadequate|R]’.
W| For each PDU, inspectors also rated work with victims separately: it was ‘[Good|R]’ in [Thanet|S] but ‘[Inadequate|R]’ in [Dover and Folkestone|S].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both PDUs are short of staff, but [Thanet|S] has used the staff it has well.
W| “In Dover and Folkestone, we found a PDU in crisis, where one manager was responsible for more than 20 practitioners and many cases had not been reviewed for months.”

S| Inspectors praised the PDUs’ joint work with [Kent Police|A] on domestic abuse.

R| The report makes ten recommendations, including four for the region.

N| ENDS
N| Notes to editors
N| 1. Embargoed until 00.01 on Tuesday [20 August 2024|D].
"""),
]
def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
