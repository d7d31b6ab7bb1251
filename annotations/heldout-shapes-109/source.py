"""Builds the shapes held-out set 109 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Shropshire PDUs on a GOV.UK page, the region named in the standfirst before the units: "For X the verdict
    #    was ‘...’, and for Y it was ‘...’"; fieldwork "during June 2024"; nine recommendations, five and four
    ("myddle-and-hinstock-pdus-2024", facts([
        svc("Myddle Probation Delivery Unit", "Myddle PDU", "PDU", RI),
        svc("Hinstock Probation Delivery Unit", "Hinstock PDU", "PDU", INAD)], "2024-11-12", "2024-06", 9),
     """N| Press release

N| Two north Shropshire probation units inspected

N| Reports on two units in the [Probation Service – West Midlands region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| [HM Inspectorate of Probation|A] visited [Myddle Probation Delivery Unit|S] and [Hinstock Probation Delivery Unit|S] during [June 2024|D].
N| For [Myddle|S] the verdict was ‘[Requires improvement|R]’, and for [Hinstock|S] it was ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Hinstock have been stretched thin for too long, and the people they supervise have paid the price.
W| “Home visits were rare, and where someone’s partner or children were at risk, the records seldom showed what had been done about it.
S| “[Myddle|S] is on steadier ground: its managers have stayed in post, and it works closely with [West Mercia Police|A].”

S| Inspectors praised [Myddle PDU|S] for the speed with which new cases were allocated after sentence.
W| Across the two units, under half of those ordered to attend an accredited programme had begun it.

R| The reports set out nine recommendations, five for [Hinstock PDU|S] and four for [Myddle PDU|S].
"""),
    # 2. two Staffordshire Moorlands youth services in a local-news story: the report "released on Thursday (18 May)"
    #    under a byline of Monday 22 May 2023; "Onecote was awarded ‘Outstanding’ while Forsbrook received ‘Good’";
    #    five recommendations "three of them for Forsbrook"
    ("forsbrook-and-onecote-yjs-2023", facts([
        svc("Forsbrook Youth Justice Service", "Forsbrook YJS", "YJS", GOOD),
        svc("Onecote Youth Justice Service", "Onecote YJS", "YJS", OUT)], "2023-05-18", "2023-01", 5),
     """N| Moorlands youth justice teams win praise from inspectors

N| By [Helen Birchall|X]

N| [Monday 22 May 2023|D]

N| Inspection reports on [Forsbrook Youth Justice Service|S] and [Onecote Youth Justice Service|S] were released on Thursday ([18 May|D]), four months after inspectors visited in [January 2023|D].
N| [Onecote|S] was awarded ‘[Outstanding|R]’ while [Forsbrook|S] received ‘[Good|R]’.

S| Inspectors said [Onecote|S]’s workers took trouble to keep up with children living on isolated farms and in small villages.
S| [Forsbrook YJS|S] was commended for its work with [Staffordshire Police|A] to steer children away from the courts.
W| However, the report on [Forsbrook|S] said plans to keep children safe were sometimes written too late to be of use.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services do right by their children, and [Onecote|S] stands out as an example for others.”

R| The reports contain five recommendations, three of them for [Forsbrook|S].

N| [Staffordshire County Council|A] said it was “thrilled for both teams” and would act on the findings.
"""),
    # 3. a unit inside its region, the region in the headline: "has judged X ‘Inadequate’, the lowest grade; the
    #    Probation Service – North West region runs the unit"; "visited in May 2024"; notes: "on 1 October 2024 at 00.01"
    ("wrenbury-pdu-2024", facts([
        svc("Wrenbury Probation Delivery Unit", "Wrenbury PDU", "PDU", INAD)], "2024-10-01", "2024-05", 7),
     """N| [North West probation region|S]: [Wrenbury probation unit|S] judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Wrenbury Probation Delivery Unit|S] ‘[Inadequate|R]’, the lowest grade; the [Probation Service – North West region|S] runs the unit.
N| Inspectors visited in [May 2024|D] and read 44 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff are working hard in Wrenbury but getting very little done that keeps the public safe.
W| “Nearly a third of posts were empty, and newly qualified officers were holding cases that should have gone to their most experienced colleagues.”

W| Mr Jones continued: “Most of the cases that needed a check with [Cheshire Constabulary|A] about domestic abuse call-outs did not get one.”

S| Despite the pressure, the unit’s reception and administrative staff were highly valued by people coming in to report, inspectors found.
W| Links with local drug and alcohol services had weakened, and referrals were seldom followed up.

R| The report makes seven recommendations, including that [Wrenbury PDU|S] review every case where children are at risk.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [1 October 2024|D] at 00.01.
N| 2. [Wrenbury PDU|S] belongs to the [North West region|S], which covers Cheshire, Merseyside, Greater Manchester, Lancashire and Cumbria.
"""),
    # 4. a unit inside the Wales region on a justiceinspectorates news page: "Inspectors have placed X, within the
    #    Probation Service – Wales region, at ‘...’ overall"; the region's own 2022 rating beside it; "Published: 19 Sep
    #    2023"; six recommendations, "five of the six ... the sixth is for HMPPS"
    ("cefn-mawr-pdu-2023", facts([
        svc("Cefn Mawr Probation Delivery Unit", "Cefn Mawr PDU", "PDU", RI)], "2023-09-19", "2023-04", 6),
     """N| News

N| Probation unit near Wrexham has ‘foundations in place’

N| Published: [19 Sep 2023|D]

N| Inspectors have placed [Cefn Mawr Probation Delivery Unit|S], within the [Probation Service – Wales region|S], at ‘[Requires improvement|R]’ overall.
N| The [Wales region|S] as a whole had been given ‘[Requires improvement|R]’ too, in [2022|D].
N| Fieldwork took place in [April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Sound foundations have been laid, and [Cefn Mawr|S]’s leaders are candid about the changes still to come.
W| “But risk assessments were of uneven quality, and the plan to protect others was good enough in just 14 of 38 cases.”

S| Work with [Betsi Cadwaladr University Health Board|A] to get people into mental health treatment was a clear strength.
W| Unpaid work had a long backlog, with some people waiting many months before starting their hours.

R| The unit must act on five of the six recommendations; the sixth is for [HM Prison and Probation Service|A].

N| The regional probation director for Wales said: “An action plan is already in place.”
"""),
    # 5. a Probation Trust in 2013, before ratings: scores in per cent, "Inspectors were pleased to find that:" and
    #    "However, they were concerned that:" lists; "Tuesday 23 April 2013" as the date line; fieldwork in December 2012
    ("alveley-and-kinlet-probation-trust-2013", facts([
        svc("Alveley and Kinlet Probation Trust", "Alveley and Kinlet Probation Trust", "other", None)],
        "2013-04-23", "2012-12", 8),
     """N| Probation in Alveley and Kinlet: inspection report published

N| [Tuesday 23 April 2013|D]

N| Offender management in [Alveley and Kinlet Probation Trust|S] is the subject of a new report, released today, from [HM Inspectorate of Probation|A].
N| The inspection was carried out in [December 2012|D], when 54 cases were examined.

S| The Trust scored 79% for reducing the likelihood of reoffending and 83% for ensuring the sentence was served.
W| Public protection was weaker, at 64%, and below the average for the Trusts inspected to date.

N| Inspectors were pleased to find that:
S| • most offenders had their first appointment within five working days and understood the conditions of their order;
S| • staff had good links with local housing and employment projects.

N| However, they were concerned that:
W| • risk of harm assessments were sometimes completed weeks late;
W| • home visits were not made in enough cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Committed staff at [Alveley and Kinlet|S] know their cases well.
R| “Managing risk of harm is where the Trust must now put its energy.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 owned by a named provider: "has been assessed overall as ‘...’"; unpaid work "rated
    #    separately", ‘Good’; embargo line; fieldwork "in January and February 2019"
    ("marbury-and-aldford-crc-2019", facts([
        svc("Marbury and Aldford Community Rehabilitation Company", "Marbury and Aldford CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-04-09", "2019-01", 7),
     """N| Embargoed until 00.01 [Tuesday 9 April 2019|D]

N| Cheshire probation company must do more to protect the public

N| [Marbury and Aldford Community Rehabilitation Company|S] (CRC) has been assessed overall as ‘[Requires improvement|R]’ in the latest report from [HM Inspectorate of Probation|A].
N| The CRC is owned by [Purple Futures|A].
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors carried out fieldwork in [January and February 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Telephone contact had become the norm for too many people, and the CRC could not always tell us when someone had last been seen face to face.
S| “On the other hand, its unpaid work was well run, with placements that gave something back to local communities.”

W| When cases were allocated, information passed over by the [National Probation Service|A] was sometimes incomplete, and the CRC had not chased it.
S| Managers were seen as approachable by their staff, who said training had got better.

R| Five of the seven recommendations fall to the CRC, and the remaining two to [HM Prison and Probation Service|A].

N| [Interserve|A], which leads [Purple Futures|A], said it was already acting on the report.
"""),
    # 7. a youth offending team written out, on a council page in 2016 before ratings: a joint inspection "with the
    #    probation inspectorate in the lead"; "Posted: 14/07/2016" (day/month/year); fieldwork "in March 2016"
    ("treuddyn-yot-2016", facts([
        svc("Treuddyn Youth Offending Team", "Treuddyn YOT", "YJS", None)], "2016-07-14", "2016-03", 6),
     """N| Youth offending inspection findings published

N| Posted: [14/07/2016|D]

N| Inspectors from [Estyn|A], [HM Inspectorate of Probation|A], [Care Inspectorate Wales|A] and [Healthcare Inspectorate Wales|A] looked jointly at [Treuddyn Youth Offending Team|S] (YOT), with the probation inspectorate in the lead.
N| The inspection took place in [March 2016|D].

N| Inspectors were pleased to find that:
S| • case managers knew the children well and spoke to them in Welsh or English as they preferred;
S| • work to help children back into school was effective.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm to others were not always reviewed when things changed;
W| • the YOT’s board lacked the data it needed to question performance.

N| [Treuddyn YOT|S] supervises children of 10 to 17 across the county.

R| Six recommendations follow: the YOT is asked to act on four, and its partners, [Flintshire County Council|A] among them, on two.

N| Councillor [Gareth Roberts|X] said: “We thank the inspectors and will respond to every recommendation.”
"""),
    # 8. an NPS division: "For X, the overall regional rating awarded by ... is ‘Good’"; victim work "assess[ed] as a
    #    separate element", ‘Requires improvement’; fieldwork "between 11 and 22 February 2019"; notes give the day
    ("llanymynech-and-trefonen-nps-division-2019", facts([
        svc("National Probation Service – Llanymynech and Trefonen Division", "NPS Llanymynech and Trefonen", "region",
            GOOD, [{"aspect": "victim work", "rating": RI}])], "2019-07-16", "2019-02", 5),
     """N| Border probation division earns ‘[Good|R]’ rating

N| For the [National Probation Service – Llanymynech and Trefonen Division|S], the overall regional rating awarded by [HM Inspectorate of Probation|A] is ‘[Good|R]’.
W| Victim work, which inspectors assess as a separate element, was ‘[Requires improvement|R]’.
N| Inspectors were on site between [11 and 22 February 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders in this division have a clear grip on performance, and court reports were of a consistently high standard.
W| “Victims, though, did not always hear from the division when an offender was due for release.”

S| Inspectors were impressed by how well the division worked with [Dyfed-Powys Police|A] and [West Mercia Police|A] on managing high-risk offenders.
W| Vacancies among probation officers were above ten per cent in two of the offices visited.

R| Five recommendations are made, all for the division.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [16 July 2019|D] at 00.01.
N| 2. [NPS Llanymynech and Trefonen|S] covers the border counties of Shropshire and Powys.
"""),
    # 9. a youth justice service with resettlement rated on its own: "inspectors concluded that X ‘Requires
    #    improvement’"; resettlement "Good"; fieldwork "10 - 14 June 2024"
    ("worthen-yjs-2024", facts([
        svc("Worthen Youth Justice Service", "Worthen YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-09-10", "2024-06", 6),
     """N| [Worthen Youth Justice Service|S] ‘[Requires improvement|R]’

N| After a week-long inspection from [10 - 14 June 2024|D], inspectors concluded that [Worthen Youth Justice Service|S] ‘[Requires improvement|R]’.
S| The service’s resettlement work, looked at separately, was given ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “When children leave custody, the service makes sure they have somewhere to live and a place in education lined up.
W| “However, too many children in the community were not helped to understand the harm their offending had caused.”

W| Board members seldom questioned the figures the service put in front of them.
S| Positively, the team’s speech and language therapist had made a real difference to how children took part in their sessions.
W| Only nine of the 25 cases showed enough being done for the child’s own safety.

R| The report makes six recommendations, five for [Worthen YJS|S] and one for [Shropshire Council|A].

N| ENDS

N| Notes to editors
N| 1. Report publication: [Tuesday 10 September 2024|D].
"""),
    # 10. a youth justice service rated ‘Good’; "Tuesday, 8th February 2022" as the date line; fieldwork October 2021
    ("stottesdon-yjs-2022", facts([
        svc("Stottesdon Youth Justice Service", "Stottesdon YJS", "YJS", GOOD)], "2022-02-08", "2021-10", 4),
     """N| Inspectors praise ‘child-centred’ youth justice in Stottesdon

N| [Tuesday, 8th February 2022|D]

N| Following its inspection in [October 2021|D], [HM Inspectorate of Probation|A] has rated [Stottesdon Youth Justice Service|S] ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The children we met each had a worker who understood them and stood up for them.
S| “Partnership work is strong, and the service’s links with [CAMHS|A] mean children are seen quickly when they need help.”

S| Inspectors highlighted the service’s approach to out-of-court disposals as a particular strength.
W| However, assessments did not always weigh up the risk a child could pose to younger siblings at home.
W| Some volunteers on referral order panels had not been trained for several years.

R| Among the report’s four recommendations is a review of how the service assesses risk to others.

N| A spokesperson for [Shropshire Council|A] said: “We are proud of the team and grateful to the inspectors.”
"""),
    # 11. a Youth Offending Service (YOS) in 2019: "falls in the second-lowest band, ‘...’"; the headline's lower-case name
    ("ditton-priors-yos-2019", facts([
        svc("Ditton Priors Youth Offending Service", "Ditton Priors YOS", "YJS", RI)], "2019-10-29", "2019-07", 7),
     """N| [Ditton Priors youth offending service|S] told to improve

N| Inspectors have concluded that [Ditton Priors Youth Offending Service|S] (YOS) falls in the second-lowest band, ‘[Requires improvement|R]’.
N| The inspection took place in [July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Energetic staff have not had the direction they need from the management board.
W| “Records were often out of date, and managers could not always tell us which children posed the highest risk.”

S| Encouragingly, the service had built good links with local schools, and few children were out of education.
S| [Ditton Priors YOS|S]’s work with victims was thorough, and victims were offered a say in how reparation was done.
W| Disappointingly, few children had had their physical and emotional health assessed.

R| Seven recommendations are made, of which the [Youth Justice Board|A] receives one and the service six.

N| ENDS

N| Notes to editors
N| 1. Publication date of the report: [Tuesday 29 October 2019|D].
"""),
    # 12. an ‘Outstanding’ youth service in 2021: "has awarded X its top grade"; fieldwork "remotely in April 2021"
    ("longnor-yjs-2021", facts([
        svc("Longnor Youth Justice Service", "Longnor YJS", "YJS", OUT)], "2021-08-03", "2021-04", 3),
     """N| [Longnor youth justice team|S] awarded highest possible rating

N| [HM Inspectorate of Probation|A] has awarded [Longnor Youth Justice Service|S] its top grade, ‘[Outstanding|R]’.
N| Because of Covid-19 restrictions, inspectors did their fieldwork remotely in [April 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Longnor|S] is bucking the trend: even through lockdown, every child was seen face to face when they needed to be.
S| “Its staff are tenacious and creative, and the children we spoke to felt that someone listened.”

S| Inspectors were impressed by planning, which met the standard in all but two cases.
S| Work with the [Peak District National Park Authority|A] gave children reparation projects they valued.
W| The one area to be strengthened was what custody staff were told when a child was remanded.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [3 August 2021|D].
"""),
    # 13. an ‘Inadequate’ youth service in 2025: "placed X in the lowest possible category"; the previous ‘Good’ (2021)
    ("waterhouses-yjs-2025", facts([
        svc("Waterhouses Youth Justice Service", "Waterhouses YJS", "YJS", INAD)], None, "2024-11", 8),
     """N| [Waterhouses youth justice service|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has placed [Waterhouses Youth Justice Service|S] in the lowest possible category, ‘[Inadequate|R]’.
N| When it was last inspected, in [2021|D], it was rated ‘[Good|R]’.
N| Inspectors visited the service in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Standards have fallen sharply since our last visit.
W| “Where children were at risk of exploitation, the service was slow to spot it, and when concerns were raised, too little happened.”

W| Mr Jones continued: “The board held its meetings, but nothing much changed because of them.”

S| Inspectors did find dedicated case managers, some of whom answered children’s calls in the evenings and at weekends.
W| Staff turnover was high, and nearly half of the case managers had been in post for less than a year.

R| The report makes eight recommendations, including two for [Staffordshire Police|A].
R| “I urge [Staffordshire County Council|A] and everyone working with it to respond without delay,” Mr Jones added.

N| ENDS
"""),
    # 14. a ‘Good’ youth service in Cheshire on a GOV.UK page: "Inspectors have assessed X as ‘...’"
    ("utkinton-yjs-2024", facts([
        svc("Utkinton Youth Justice Service", "Utkinton YJS", "YJS", GOOD)], "2024-06-25", "2024-02", 4),
     """N| Press release

N| Youth justice work in Utkinton is ‘[Good|R]’, inspectors say

N| From: [HM Inspectorate of Probation|A]

N| Published [25 June 2024|D]

N| Inspectors have assessed [Utkinton Youth Justice Service|S] as ‘[Good|R]’, following fieldwork in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Utkinton|S] puts children first, and its leaders can be rightly proud of the team they have put together.
W| “But more needs to be done for girls in the service, whose needs were not always understood.”

S| Thanks to joint work with [Cheshire Constabulary|A], children arrested for a first offence were offered support quickly.
S| Staff described the service as a good place to work, and caseloads were manageable.
W| Inspectors noted some inconsistency in how case managers recorded their contact with parents.

R| Four recommendations are made to help the service build on its progress.

N| [Cheshire West and Chester Council|A]’s cabinet member for children welcomed the report.
"""),
    # 15. a Welsh council page, 2023: the date line "12/12/2023"; "has awarded the service ‘...’"; "The inspectors said:"
    ("glyn-ceiriog-yjs-2023", facts([
        svc("Glyn Ceiriog Youth Justice Service", "Glyn Ceiriog YJS", "YJS", RI)], "2023-12-12", "2023-07", 6),
     """N| Inspection of [Glyn Ceiriog Youth Justice Service|S]

N| [12/12/2023|D]

N| After inspecting [Glyn Ceiriog Youth Justice Service|S] in [July 2023|D], [HM Inspectorate of Probation|A] has awarded the service ‘[Requires improvement|R]’.

N| The inspectors said:
S| “The service has a strong commitment to the Welsh language and to children’s rights.
W| “Yet keeping children and the public safe was done inconsistently, and managers’ oversight was not always evident in case records.”

S| Inspectors praised the service’s work with [Wrexham County Borough Council|A]’s education team.
W| They found that the health offer had gaps, with some children waiting months for an assessment.

R| The service and its partners are now working through the report’s six recommendations.

N| The head of service said the findings were accepted and that changes were “already under way”.
"""),
    # 16. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:", bullets
    ("weston-rhyn-pdu-2025", facts([
        svc("Weston Rhyn Probation Delivery Unit", "Weston Rhyn PDU", "PDU", None)], "2025-10-14", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Weston Rhyn Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has today ([14 October 2025|D]) published its report on public protection work in [Weston Rhyn Probation Delivery Unit|S].
N| Public protection inspections carry no overall rating.
N| Fieldwork took place from [16 to 27 June 2025|D].

N| Context
N| • [Weston Rhyn PDU|S] supervises around 700 people for the [Probation Service – West Midlands region|S].
W| • When inspectors arrived, one probation officer post in four was empty.

N| Findings
W| • Police call-out histories had been requested in a minority of the cases that needed them.
S| • Practitioners had a sound understanding of the [MAPPA|A] arrangements and used them well.
W| • Home visits were not routinely carried out where there were concerns about children.

R| The report makes five recommendations.
"""),
    # 17. a PDU in 2025 with the previous (2022) rating beside it: "Its previous inspection, in 2022, had also ended with"
    ("ashton-hayes-pdu-2025", facts([
        svc("Ashton Hayes Probation Delivery Unit", "Ashton Hayes PDU", "PDU", RI)], "2025-01-21", "2024-09", 7),
     """N| [Ashton Hayes probation unit|S] still needs to improve

N| In its report out today ([21 January 2025|D]), [HM Inspectorate of Probation|A] rates [Ashton Hayes Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Its previous inspection, in [2022|D], had also ended with ‘[Requires improvement|R]’.
N| Fieldwork was spread over a fortnight in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Little has moved on since our last visit, and staff are under real strain.
S| “That said, its work at court is efficient, and magistrates told us they trust its reports.”

W| Inspectors were disappointed that sentence plans for sex offenders were often copied forward from one year to the next.
S| Partnership work with local housing providers had led to fewer people leaving prison with nowhere to stay.

R| The report makes seven recommendations, three of which are for the [Probation Service|A] nationally.
"""),
    # 18. a youth service in 2020: "Inspectors, working remotely in September 2020, judged X to be ‘...’"
    ("bangor-on-dee-yjs-2020", facts([
        svc("Bangor-on-Dee Youth Justice Service", "Bangor-on-Dee YJS", "YJS", RI)], "2020-12-15", "2020-09", 5),
     """N| Youth justice in Bangor-on-Dee: ‘a mixed picture’

N| Inspectors, working remotely in [September 2020|D], judged [Bangor-on-Dee Youth Justice Service|S] to be ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff kept in contact with children throughout the pandemic, often by video call, and children appreciated it.
W| “However, management oversight of risk was weak, and some plans had not been updated for months.”

S| Diversion from prosecution, run jointly by [Bangor-on-Dee YJS|S] and [North Wales Police|A], was effective.
W| Little thought had been given to the particular needs of Black and mixed-heritage children.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [Tuesday 15 December 2020|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 109")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
