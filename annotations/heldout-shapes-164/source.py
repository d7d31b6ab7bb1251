"""Builds the 164th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cumbrian PDUs on a GOV.UK page, the region named first as context; "X was found to require improvement,
    #    with its neighbour Y placed at ‘...’"; nine recommendations
    ("langwathby-and-kirkby-thore-pdus-2024", facts([
        svc("Langwathby Probation Delivery Unit", "Langwathby PDU", "PDU", RI),
        svc("Kirkby Thore Probation Delivery Unit", "Kirkby Thore PDU", "PDU", INAD)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Reports on two probation units in the Eden valley

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Within the [Probation Service – North West region|S], two units have been inspected at the same time: [Langwathby Probation Delivery Unit|S] and [Kirkby Thore Probation Delivery Unit|S].
N| [Langwathby|S] has been given ‘[Requires improvement|R]’, while [Kirkby Thore|S] sits at the foot of the scale with ‘[Inadequate|R]’.
N| The inspection team was in Cumbria during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Kirkby Thore, practitioners were carrying caseloads no team could manage safely, and cover from other offices had dried up.
S| “[Langwathby|S] has kept a stable team, and its work with [Cumbria Constabulary|A] on domestic abuse call-outs is sound.”

W| In both units, home visits to people assessed as a high risk to others were rare.
S| Inspectors were impressed with the unpaid work placements at [Langwathby PDU|S], many of them on farms and in village halls.

R| Across the two reports there are nine recommendations, five of them for [Kirkby Thore PDU|S].
"""),
    # 2. two youth justice services in local news; byline Monday 12 June 2023, report "released on Thursday (8 June)";
    #    "X earned the inspectorate's highest grade ... and Y received ‘...’" in the order opposite to first naming
    ("glenridding-and-patterdale-yjs-2023", facts([
        svc("Glenridding Youth Justice Service", "Glenridding YJS", "YJS", GOOD),
        svc("Patterdale Youth Justice Service", "Patterdale YJS", "YJS", OUT)], "2023-06-08", "2023-02", 5),
     """N| Fells youth teams win praise from inspectors

N| By [Helen Birkett|X]

N| [Monday 12 June 2023|D]

N| Inspection reports on [Glenridding Youth Justice Service|S] and [Patterdale Youth Justice Service|S] were released on Thursday ([8 June|D]), after inspectors visited both in [February 2023|D].
N| [Patterdale|S] earned the inspectorate’s highest grade, ‘[Outstanding|R]’, and [Glenridding|S] received ‘[Good|R]’.

S| Inspectors said [Patterdale|S]’s workers won the trust of children whom other services had let down.
S| They also praised [Glenridding|S] for its quick links with local schools when a child stopped attending.
W| However, the report on [Glenridding YJS|S] said that some children released from custody waited weeks for a health assessment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two small teams doing excellent work in a remote area, and [Patterdale|S] is among the best we have seen.”

R| The reports make five recommendations, three for [Glenridding|S] and two for [Patterdale|S].

N| A spokesperson for [Westmorland and Furness Council|A] said staff were delighted with the findings.
"""),
    # 3. one youth justice service; overall ‘Requires improvement’; resettlement "rated separately" ‘Good’; notes date
    ("morland-yjs-2024", facts([
        svc("Morland Youth Justice Service", "Morland YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-22", "2024-06", 6),
     """N| [Morland Youth Justice Service|S] ‘must tighten its grip on risk’

N| [HM Inspectorate of Probation|A] has rated [Morland Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
S| Resettlement work, which inspectors rated separately, was ‘[Good|R]’.
N| Fieldwork for the inspection took place in [June 2024|D].

S| Children leaving custody had somewhere to live and a plan for education arranged well before release.
W| However, risk assessments were often out of date, particularly on the harm children might cause to others.
W| Managers did not always check that safety plans had been followed through.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Morland knows its children well, but too often that knowledge never made it into the written plans.
R| “The management board needs to hold the service to account for the quality of its risk work.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [22 October 2024|D] at 00.01.
"""),
    # 4. a unit inside its region: the region in the headline, its 2023 rating as context; ‘Inadequate’ without "rated";
    #    "Publication date: Tuesday 11 February 2025"
    ("temple-sowerby-pdu-2025", facts([
        svc("Temple Sowerby Probation Delivery Unit", "Temple Sowerby PDU", "PDU", INAD)], "2025-02-11", "2024-10", 7),
     """N| [North West probation region|S]: serious concerns in Temple Sowerby

N| Inspectors have judged [Temple Sowerby Probation Delivery Unit|S] to be ‘[Inadequate|R]’; the unit sits in the [Probation Service – North West region|S].
N| The region itself was last inspected in [2023|D], and was given ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [October 2024|D].

W| Nearly half of probation officer posts in the unit were empty, and agency staff came and went.
W| In too many cases, nobody had checked with children’s services before a person on licence moved into a household with children.
S| Despite these pressures, the unit’s work with prison staff to prepare people for release was well organised.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Temple Sowerby|S] told us they felt forgotten, and the results show it.”

R| Seven recommendations have been made, five to the unit and two to the region.

N| Notes to editors
N| 1. Publication date: [Tuesday 11 February 2025|D].
"""),
    # 5. a Youth Offending Service in 2019, "judged to be ‘Good’"; "Published: 26 Nov 2019"; fieldwork July 2019
    ("troutbeck-yos-2019", facts([
        svc("Troutbeck Youth Offending Service", "Troutbeck YOS", "YJS", GOOD)], "2019-11-26", "2019-07", 4),
     """N| Troutbeck youth offending work judged ‘[Good|R]’

N| Published: [26 Nov 2019|D]

N| Inspectors from [HM Inspectorate of Probation|A] judged [Troutbeck Youth Offending Service|S] to be ‘[Good|R]’.
N| The inspection took place in [July 2019|D].

S| Inspectors found a committed team that knew each child well and took time to explain decisions to parents.
S| Out-of-court work was a particular strength, with children steered away from the courts where that was right for them.
W| Yet reviews of plans were not always carried out when a child’s circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Troutbeck YOS|S] is a well-run service with a clear focus on children.”

R| The report makes four recommendations.
"""),
    # 6. a Probation Trust in 2013: no rating; bullet lists after "pleased to find" and "concerned to find"
    ("crosby-ravensworth-probation-trust-2013", facts([
        svc("Crosby Ravensworth Probation Trust", "Crosby Ravensworth Probation Trust", "other", None)],
        "2013-04-18", "2013-01", 6),
     """N| Inspection of offender management in Crosby Ravensworth

N| [HM Inspectorate of Probation|A] today publishes its report on the work of [Crosby Ravensworth Probation Trust|S].
N| The inspection was carried out in [January 2013|D].

N| Inspectors were pleased to find that:
S| • offender managers had a good grasp of the people they supervised;
S| • work with [Cumbria Constabulary|A] through [MAPPA|A] was well established.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were not reviewed often enough;
W| • victim contact was inconsistent.

R| The report makes six recommendations for the Trust and its partners.

N| ENDS

N| Notes to editors
N| 1. The report is published on [18 April 2013|D].
"""),
    # 7. a CRC in 2017: no rating; "Published: 3 August 2017"; eight recommendations
    ("mungrisdale-and-dacre-crc-2017", facts([
        svc("Mungrisdale and Dacre Community Rehabilitation Company", "Mungrisdale and Dacre CRC", "CRC", None)],
        "2017-08-03", "2017-04", 8),
     """N| Probation services in Mungrisdale and Dacre: a mixed picture

N| Published: [3 August 2017|D]

N| [HM Inspectorate of Probation|A] has reported on probation work delivered by [Mungrisdale and Dacre Community Rehabilitation Company|S] (CRC) and the [National Probation Service|A].
N| Inspectors visited in [April 2017|D].

S| Reports to court prepared by the [National Probation Service|A] were timely and well reasoned.
W| By contrast, the CRC had too few staff and some people had not been seen for many weeks.
W| Through-the-gate services did little more than hand out leaflets.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC is struggling, and the public are less well protected as a result.”

R| The report makes eight recommendations, most of them for the CRC.
"""),
    # 8. a youth justice service in 2022, ‘Good’, previous rating ‘Requires improvement’ in 2019 beside it
    ("braithwaite-yjs-2022", facts([
        svc("Braithwaite Youth Justice Service", "Braithwaite YJS", "YJS", GOOD)], "2022-03-15", "2021-11", 3),
     """N| [Braithwaite youth justice team|S] moves up to ‘[Good|R]’

N| Published: [15 Mar 2022|D]

N| [HM Inspectorate of Probation|A] has given [Braithwaite Youth Justice Service|S] a rating of ‘[Good|R]’.
N| At its last inspection, in [2019|D], the service was rated ‘[Requires improvement|R]’.
N| This inspection was carried out remotely in [November 2021|D].

S| Inspectors were impressed with how quickly the service had acted on the previous report.
S| Most children had one worker for the whole of their order, and many said they felt listened to.
W| Work to keep other people safe from children who had caused harm was not always thorough enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Braithwaite|S] has turned itself around, and its staff deserve credit for that.”

R| Three recommendations are made in the report.
"""),
    # 9. ‘Outstanding’, "awarded the highest possible rating"; "Thursday 6 March 2025"; fieldwork "between 2 and 6
    #    December 2024"
    ("warcop-yjs-2025", facts([
        svc("Warcop Youth Justice Service", "Warcop YJS", "YJS", OUT)], "2025-03-06", "2024-12", 2),
     """N| Top marks for Warcop youth justice

N| [Thursday 6 March 2025|D]

N| [HM Inspectorate of Probation|A] has awarded [Warcop Youth Justice Service|S] the highest possible rating, ‘[Outstanding|R]’.
N| Inspectors were on site between [2 and 6 December 2024|D].

S| Every child’s plan reflected what the child and their family wanted, and children were involved in reviewing it.
S| Partnership work with [CAMHS|A] meant children with mental health needs were seen within days.
S| The management board was well informed and challenged the service constructively.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Warcop|S] shows what can be achieved when partners pull together for children.”

R| The report makes two recommendations, both about sharing information with schools.
"""),
    # 10. a Youth Offending Team in 2016: written out, no rating; five recommendations
    ("pooley-bridge-yot-2016", facts([
        svc("Pooley Bridge Youth Offending Team", "Pooley Bridge YOT", "YJS", None)], "2016-09-29", "2016-05", 5),
     """N| [Pooley Bridge Youth Offending Team|S]: progress needed on risk work

N| Inspectors have published their findings on [Pooley Bridge Youth Offending Team|S], following a short quality screening in [May 2016|D].

S| The YOT had good relationships with the children it supervised, and case managers were persistent in keeping in contact.
W| However, assessments of the risk of harm to others were often too brief, and plans did not say what would be done if risk increased.
W| The management board was not given the information it needed to judge the YOT’s performance.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in Pooley Bridge care about the children they work with, but the basics of managing risk are not yet in place.”

R| The report makes five recommendations.

N| The report was published on [29 September 2016|D].
"""),
    # 11. a PDU "assessed as ‘Requires improvement’"; notes date; fieldwork April 2023
    ("seatoller-pdu-2023", facts([
        svc("Seatoller Probation Delivery Unit", "Seatoller PDU", "PDU", RI)], "2023-09-19", "2023-04", 6),
     """N| [Seatoller probation unit|S]: improvement needed

N| [HM Inspectorate of Probation|A] has assessed [Seatoller Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [April 2023|D].

S| Leaders had a clear understanding of the unit’s weaknesses and a realistic plan to address them.
W| However, in only 14 of 32 cases had enough been done to protect people at risk of harm.
W| Practitioners were unsure when to refer cases to specialist domestic abuse services.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit is heading in the right direction.
R| “Leaders now need to make sure the quality of risk work improves quickly.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website on [19 September 2023|D] at 00.01.
"""),
    # 12. a council press release, third person ("the watchdog found"); "Date: 12 July 2021"; fieldwork March 2021
    ("bassenthwaite-yjs-2021", facts([
        svc("Bassenthwaite Youth Justice Service", "Bassenthwaite YJS", "YJS", RI)], "2021-07-12", "2021-03", 7),
     """N| Council responds to youth justice inspection

N| Date: [12 July 2021|D]

N| [Bassenthwaite Youth Justice Service|S] has been told it ‘[Requires improvement|R]’ after inspectors from [HM Inspectorate of Probation|A] visited in [March 2021|D].
S| The watchdog found that staff had kept in close contact with children throughout the pandemic.
W| It found that plans for children’s safety were sometimes vague and not always shared with the police.
R| Inspectors made seven recommendations.

N| Councillor [Jane Hodgson|X] said: “We accept the report in full and have already begun work on the recommendations.”
N| “Our thanks go to everyone in the team, and to our partner agencies, for a year’s hard work.”
"""),
    # 13. two youth justice services with a rating each; fieldwork across two months (July); eight recommendations
    ("rosthwaite-and-elterwater-yjs-2024", facts([
        svc("Rosthwaite Youth Justice Service", "Rosthwaite YJS", "YJS", RI),
        svc("Elterwater Youth Justice Service", "Elterwater YJS", "YJS", GOOD)], "2024-12-03", "2024-07", 8),
     """N| Two Lakeland youth justice services inspected

N| [HM Inspectorate of Probation|A] today publishes reports on [Rosthwaite Youth Justice Service|S] and [Elterwater Youth Justice Service|S].
N| [Rosthwaite|S] ‘[Requires improvement|R]’; [Elterwater|S] ‘[Good|R]’.
N| Fieldwork ran from [22 July to 2 August 2024|D].

S| In [Elterwater YJS|S], children’s voices were heard at every stage, and education support was strong.
W| In [Rosthwaite YJS|S], staff turnover had disrupted work with children, and some had three case managers in a year.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These two services sit side by side, yet the experience of a child depends on which side of the fell they live.”

R| Of the eight recommendations in the two reports, six are for [Rosthwaite|S].

N| Notes to editors
N| 1. Both reports were published on [3 December 2024|D].
"""),
    # 14. a 2025 public-protection inspection of a PDU: no rating; "Context" and "Findings" bullets
    ("great-asby-pdu-2025", facts([
        svc("Great Asby Probation Delivery Unit", "Great Asby PDU", "PDU", None)], "2025-11-18", "2025-07", 4),
     """N| Public protection inspection: [Great Asby Probation Delivery Unit|S]

N| Published [18 November 2025|D]

N| [HM Inspectorate of Probation|A] inspected public protection work in [Great Asby Probation Delivery Unit|S] in [July 2025|D].

N| Context
N| • The PDU supervises around 600 people across a large rural area.
N| • One in five practitioner posts was vacant at the time of the inspection.

N| Findings
S| • Staff had a good understanding of domestic abuse and used police information well.
W| • Home visits were rare, including in cases where children lived in the household.
W| • Risk assessments were not always updated after new information came to light.

R| We made four recommendations to the PDU and the region.
"""),
    # 15. ‘Inadequate’ as "the lowest possible rating"; "Tuesday, 3rd March 2020"; fieldwork October and November 2019
    ("melmerby-yjs-2020", facts([
        svc("Melmerby Youth Justice Service", "Melmerby YJS", "YJS", INAD)], "2020-03-03", "2019-10", 10),
     """N| [Melmerby youth justice service|S] given lowest rating

N| [Tuesday, 3rd March 2020|D]

N| [Melmerby Youth Justice Service|S] has been handed the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited in [October and November 2019|D].

W| The partnership board rarely met, and when it did, little changed.
W| Children being exploited were often spotted too late, and information from the police was often not acted on.
S| Staff were committed and wanted to do well by the children they worked with.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Melmerby have been badly let down.
R| “I urge the council and its partners to act now.”

R| The report makes ten recommendations.
"""),
    # 16. an NPS division in 2019, "an overall regional rating of ‘...’"; "Published: 25 Jun 2019"; February 2019
    ("grisedale-nps-division-2019", facts([
        svc("National Probation Service – Grisedale Division", "NPS Grisedale", "region", RI)],
        "2019-06-25", "2019-02", 7),
     """N| Probation division told to improve

N| Published: [25 Jun 2019|D]

N| [HM Inspectorate of Probation|A] gives the [National Probation Service – Grisedale Division|S] an overall regional rating of ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [February 2019|D].

S| Court work was of a high standard, and most reports were completed on time.
W| However, caseloads were too high, and some staff had little time for supervision.
W| Victim work was inconsistent.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Grisedale|S] has strengths, but its staff are stretched too thin.”

R| Seven recommendations follow, addressed to the division and to [HMPPS|A].
"""),
    # 17. ‘Requires improvement’; out-of-court disposals "rated separately" ‘Good’; previous ‘Inadequate’ beside
    ("orton-yjs-2023", facts([
        svc("Orton Youth Justice Service", "Orton YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2023-01-31", "2022-09", 6),
     """N| [Orton youth justice service|S]: signs of progress

N| Inspectors from [HM Inspectorate of Probation|A] rated [Orton Youth Justice Service|S] ‘[Requires improvement|R]’.
N| This is an improvement on its previous inspection, when it was rated ‘[Inadequate|R]’.
S| Out-of-court disposals, rated separately, were ‘[Good|R]’.
N| The inspection took place in [September 2022|D].

S| Leaders had stabilised the workforce and introduced regular checks on the quality of casework.
W| But work to keep children safe was still variable, and some plans were simply carried over unchanged from the previous review.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Orton has made real progress since our last visit.
R| “It must now ensure each child receives care of the same standard.”

R| The report makes six recommendations.

N| The report was published on [31 January 2023|D].
"""),
    # 18. a PDU with unpaid work "rated separately" ‘Inadequate’; previous ‘Inadequate’ beside; "Published 9 July 2024"
    ("culgaith-pdu-2024", facts([
        svc("Culgaith Probation Delivery Unit", "Culgaith PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2024-07-09", "2024-02", 6),
     """N| [Culgaith probation unit|S] ‘still has work to do’

N| Published [9 July 2024|D]

N| [Culgaith Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ overall, and its unpaid work ‘[Inadequate|R]’.
N| The unit was previously rated ‘[Inadequate|R]’.
N| Fieldwork took place in [February 2024|D].

S| Inspectors found staff who were motivated and well supported by their managers.
W| Unpaid work placements were often cancelled, and many people had not started their hours months after sentence.
W| Checks on domestic abuse were not always made before sentence.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are signs of progress in Culgaith, but they are fragile.”

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 164th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
