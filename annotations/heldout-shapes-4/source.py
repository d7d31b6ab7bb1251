"""Builds the fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one county in one release, "each receive a rating of" / "is rated"; the region named
    #    as context before the ratings; "Inspectors were in the three units during <month year>";
    #    "Publication: 00:01, <weekday date>"
    ("cromer-dereham-and-thetford-pdus-2025", facts([
        svc("Cromer Probation Delivery Unit", "Cromer PDU", "PDU", RI),
        svc("Dereham Probation Delivery Unit", "Dereham PDU", "PDU", RI),
        svc("Thetford Probation Delivery Unit", "Thetford PDU", "PDU", INAD)], "2025-05-13", "2025-02", 15),
     """N| Norfolk probation: three delivery units inspected at once

N| [HM Inspectorate of Probation|A] has released its reports on three probation delivery units in Norfolk: [Cromer Probation Delivery Unit|S], [Dereham Probation Delivery Unit|S] and [Thetford Probation Delivery Unit|S].
N| All three sit within the [East of England region|S] of the [Probation Service|A] and share one head of service.
N| [Cromer PDU|S] and [Dereham PDU|S] each receive a rating of ‘[Requires improvement|R]’, while [Thetford PDU|S] is rated ‘[Inadequate|R]’.
N| Inspectors were in the three units during [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Norfolk is a big, rural county, and all three units struggle to reach people who live far from an office.
W| “In Thetford the struggle had become a crisis: two in five practitioner posts were empty and managers were covering cases themselves.
S| “[Cromer|S] and [Dereham|S], by contrast, have held on to experienced officers, and their work with the courts was careful and timely.”

S| Inspectors highlighted [Dereham|S]’s links with the county’s drug and alcohol service, which meant most referrals were picked up within a week.
W| Across the three units, though, only 43 per cent of cases showed enough attention to the safety of children living with the person on probation.

R| Between them, the three reports carry 15 recommendations, most of them for the region.

N| ENDS
N| Notes to editors
N| 1. Publication: 00:01, [Tuesday 13 May 2025|D].
"""),
    # 2. two youth services, "X is 'Good' and Y 'Requires improvement', according to two reports"; one aspect
    #    for the second service only, "graded on its own"; "Fieldwork was split across two weeks in <month>";
    #    "Date of publication:" in the notes
    ("worksop-and-retford-yjs-2024", facts([
        svc("Worksop Youth Justice Service", "Worksop YJS", "YJS", GOOD),
        svc("Retford Youth Justice Service", "Retford YJS", "YJS", RI, [{"aspect": "resettlement", "rating": INAD}])],
        "2024-11-19", "2024-07", 7),
     """N| North Nottinghamshire: youth justice reports published

N| [Worksop Youth Justice Service|S] is ‘[Good|R]’ and [Retford Youth Justice Service|S] ‘[Requires improvement|R]’, according to two reports published today by [His Majesty’s Inspectorate of Probation|A].
N| Fieldwork was split across two weeks in [July 2024|D], one in each service.
W| [Retford|S]’s resettlement work, which inspectors graded on its own, was ‘[Inadequate|R]’.

S| Chief Inspector of Probation [Martin Jones|X] said: “In Worksop, children are seen quickly, their plans are written with them, and the management board knows what is working and what is not.
W| “[Retford|S] has good people, but too many of its children leave custody without a confirmed place to live or a school to go to.”

S| Inspectors praised the education worker that [Worksop YJS|S] shares with its neighbour, who had helped most children on court orders back into a school or college place.
W| Yet in Retford, checks on children’s safety were not always revisited when their circumstances changed.

R| Seven recommendations are made across the two reports, five of them aimed at [Retford YJS|S] and its management board.

N| ENDS
N| Notes to editors
N| 1. The two services have separate management boards but share a health team.
N| 2. Date of publication: [Tuesday 19 November 2024|D].
"""),
    # 3. a unit inside its region: the region is the subject of the first sentence and has its own overall
    #    rating; the PDU "was graded 'Inadequate', the bottom of the four-point scale"; a dateline
    #    ("30 October 2024 –"); fieldwork "took place in early <month year>"
    ("goole-pdu-2024", facts([
        svc("Goole Probation Delivery Unit", "Goole PDU", "PDU", INAD)], "2024-10-30", "2024-07", 8),
     """N| Yorkshire and the Humber: inspectors find serious failings in Goole

N| [30 October 2024|D] – The [Probation Service|A]’s [Yorkshire and the Humber region|S] has been told to act quickly after its [Goole Probation Delivery Unit|S] was graded ‘[Inadequate|R]’, the bottom of [HM Inspectorate of Probation|A]’s four-point scale.
N| The region, which the inspectorate last looked at in [2023|D], holds an overall rating of ‘[Requires improvement|R]’.
N| The inspectors’ visit to the PDU took place in early [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Goole PDU|S] has been left to fend for itself.
W| “A unit this size cannot run on agency staff and goodwill, yet that is what we found: seven of its eleven practitioners were on temporary contracts.
R| “The region must now take direct charge of the recovery in Goole, and I will expect to see a plan within weeks.”

S| Inspectors did find that the unit’s reception staff knew many people on probation by name and helped them keep their appointments.
W| Only 12 of the 31 cases inspected had a plan that adequately addressed the risk of domestic abuse.

R| The report contains eight recommendations, of which six are for the [Yorkshire and the Humber region|S].

N| ENDS
"""),
    # 4. a Probation Trust before ratings: percentages as scores; fieldwork "in October and November 2012"
    #    (the first month); a number word for the recommendations
    ("fenland-probation-trust-2013", facts([
        svc("Fenland Probation Trust", "Fenland Probation Trust", "other", None)], "2013-02-05", "2012-10", 11),
     """N| Fenland: public protection work ‘not yet good enough’, say inspectors

N| [HM Inspectorate of Probation|A] today publishes the findings of its inspection of adult offender management in Fenland, where the work is delivered by [Fenland Probation Trust|S].
N| Inspectors looked at 72 cases in [October and November 2012|D].
S| Work to reduce the likelihood of reoffending scored 74 per cent, one of the higher scores in the region.
W| Work to protect the public, however, scored only 58 per cent.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in Fenland are committed and know the people they supervise well.
W| “But too often they did not look beyond what they were told, and risk of harm assessments were completed late in a third of the cases we saw.”

S| The Trust’s work with the county’s hostels and private landlords was a particular strength.
W| Sentence plans rarely set out what the person on probation would do to make amends to victims.

R| Eleven recommendations were made, to the Trust and to its partners in the police and local authorities.

N| ENDS
N| Notes to editors
N| 1. This report is published on [Tuesday 5 February 2013|D].
N| 2. [Fenland Probation Trust|S] supervises around 2,100 adults on community orders and licences.
"""),
    # 5. a CRC and an NPS division in one release, each rated (2019): "places the CRC in its '...' band",
    #    "earns a rating of"; two CRC standards "also rated separately ... came out as"; fieldwork "finished by
    #    the end of <month year>"; "Released: dd/mm/yyyy"
    ("quantock-and-exmoor-crc-2019", facts([
        svc("Quantock and Exmoor Community Rehabilitation Company", "Quantock and Exmoor CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "resettlement", "rating": INAD}]),
        svc("National Probation Service West Country Division", "NPS West Country Division", "region", GOOD)],
        "2019-07-16", "2019-04", 10),
     """N| Somerset probation: inspectors rate CRC and NPS division

N| [HM Inspectorate of Probation|A] has published the results of its inspections of [Quantock and Exmoor Community Rehabilitation Company|S] (CRC) and the [National Probation Service West Country Division|S], which between them supervise everyone on probation in west Somerset.
N| The inspectorate places the CRC in its ‘[Requires improvement|R]’ band, while the division earns a rating of ‘[Good|R]’.
W| Two of the CRC’s standards were also rated separately: unpaid work came out as ‘[Good|R]’ and resettlement as ‘[Inadequate|R]’.
N| The fieldwork, which was finished by the end of [April 2019|D], included interviews with 96 people on probation.

S| Chief Inspector of Probation [Dame Glenys Stacey|X] said: “The [NPS West Country Division|S] is a steady, well-run organisation, and its staff were confident in their judgements.
W| “[Quantock and Exmoor CRC|S] is not in the same place: too many of its cases were managed by telephone, and men leaving prison were often released with nowhere to stay.”

S| Inspectors were impressed with the CRC’s unpaid work teams, who had found placements that gave people useful skills.
W| Disappointingly, the division’s contact with victims was not always timely.

R| In total there are ten recommendations: six for the CRC, three for the division and one for [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. Released: [16/07/2019|D]
N| 2. Community rehabilitation companies supervise people who pose a low or medium risk of harm; the [National Probation Service|A] supervises those who pose a high risk.
"""),
    # 6. "youth offending team" written out in lower case in the headline; "is performing at a 'Good' level
    #    overall"; an aspect "rated separately and found to be"; a previous inspection's aspect rating;
    #    "Published on <weekday date>" under the headline
    ("oakham-yot-2022", facts([
        svc("Oakham Youth Offending Team", "Oakham YOT", "YJS", GOOD, [{"aspect": "resettlement", "rating": GOOD}])],
        "2022-11-10", "2022-07", 4),
     """N| [Oakham youth offending team|S] performing at a ‘[Good|R]’ level, inspectors say

N| Published on [Thursday 10 November 2022|D]

N| [Oakham Youth Offending Team|S] is performing at a ‘[Good|R]’ level overall, [HM Inspectorate of Probation|A] has said after inspecting its work with children.
N| Inspectors met children, parents and staff in Oakham in [July 2022|D].
S| Resettlement work was rated separately and found to be ‘[Good|R]’.
N| At the team’s last inspection, in [2019|D], its out-of-court work had been rated ‘[Inadequate|R]’.

S| Chief Inspector of Probation [Justin Russell|X] said: “The team has turned its out-of-court work around, and children diverted from court now get the same careful assessment as those on orders.
S| “Case managers are tenacious, and several children told us their worker was the first adult who had stuck with them.
W| “The board still needs to get a better grip on data: it could not tell us how many children had been excluded from school.”

W| While health partners were well represented on the board, children waited too long for an assessment of their emotional and mental health.
R| Inspectors have asked [Oakham YOT|S] and its management board to act on four recommendations.

N| ENDS
"""),
    # 7. a region: "given the region as a whole the lowest of its four grades"; two aspects "each rated
    #    separately ... respectively"; a PDU's earlier rating that is no aspect; "Evidence ... was gathered in"
    ("marches-probation-region-2025", facts([
        svc("Marches probation region", "Marches region", "region", INAD,
            [{"aspect": "leadership", "rating": RI}, {"aspect": "staffing", "rating": INAD}])], "2025-06-03", "2025-01", 12),
     """N| [Marches probation region|S] given inspectors’ lowest grade

N| [HM Inspectorate of Probation|A] has given the [Marches probation region|S] as a whole the lowest of its four grades, ‘[Inadequate|R]’.
N| Evidence for the inspection was gathered in [January 2025|D], from the region’s headquarters and from each of its six probation delivery units.
W| Leadership and staffing were each rated separately, as ‘[Requires improvement|R]’ and ‘[Inadequate|R]’ respectively.
N| When inspectors last reported on one of those units, [Oswestry PDU|S], in [2023|D], they gave it a ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The [Marches region|S] has lost a fifth of its probation officers in two years, and it has not found a way to replace them.
W| “Too many people who pose a high risk of harm are supervised by staff who have not been trained to manage them.
R| “[HM Prison and Probation Service|A] needs to treat this region as a priority for recruitment.”

S| Inspectors did see strong practice in the region’s work with women, much of it delivered through a network of local centres.
W| Worryingly, the supervision of people convicted of sexual offences was often left to the newest staff.

R| The report lists 12 recommendations, addressed to the region, to [HM Prison and Probation Service|A] and to the [Ministry of Justice|A].

N| ENDS
N| Notes to editors
N| 1. The report is released at 00:01 on [3 June 2025|D].
"""),
    # 8. ordinary: a council page ("Our ... Youth Justice Service has been awarded a 'Good' rating"), "Posted on
    #    <weekday date>", "Inspectors spent five days with the team in <month year>", the council's reply
    ("brecon-and-radnor-yjs-2025", facts([
        svc("Brecon and Radnor Youth Justice Service", "Brecon and Radnor YJS", "YJS", GOOD)], "2025-01-21", "2024-11", 3),
     """N| Youth justice service awarded ‘[Good|R]’ rating

N| Posted on [Tuesday 21 January 2025|D]

N| Our [Brecon and Radnor Youth Justice Service|S] has been awarded a ‘[Good|R]’ rating by [His Majesty’s Inspectorate of Probation|A], the independent inspectorate of youth justice and probation services.
N| Inspectors spent five days with the team in [November 2024|D], looking at the cases of 24 children and speaking to staff, magistrates and partners.
S| Their report describes a service where children are listened to and where staff “go the extra mile” to keep them in education.
S| It also praises the partnership with [Dyfed-Powys Police|A], which has cut the number of children entering the justice system for the first time.
W| Inspectors found that planning for the safety of other people was not yet consistent, and that some victims were not offered the chance to have their say.
R| Three recommendations were made, which the service has already begun to act on.

N| Councillor [Sian Jenkins|X], Cabinet Member for Young People, said: “This is a terrific result for [Brecon and Radnor YJS|S] and for the children they work with.
N| “We will now work with our partners on the three areas the inspectors have asked us to look at.”
N| You can read the full report on the inspectorate’s website.
"""),
    # 9. ordinary: a local news story in the third person, the service unnamed in the first sentence; a byline
    #    date that is not the publication date ("published ... on Tuesday (4 March)"); "Requires Improvement"
    #    capitalised; no fieldwork month and no recommendation count stated
    ("macclesfield-pdu-2025", facts([
        svc("Macclesfield Probation Delivery Unit", "Macclesfield PDU", "PDU", RI)], "2025-03-04", None, None),
     """N| Probation unit must improve, says watchdog

N| By [Ellen Carter|X], Local Democracy Reporter

N| [Thursday, 6 March 2025|D]

N| A probation office serving Macclesfield and the surrounding area has been rated ‘[Requires Improvement|R]’ by the government’s probation watchdog.
N| [HM Inspectorate of Probation|A] published its report on [Macclesfield Probation Delivery Unit|S] on Tuesday ([4 March|D]).
W| It found that staff were “working hard under real pressure” but that many were carrying more cases than was safe.
W| In only 19 of the 34 cases examined had enough been done to assess whether the person on probation posed a risk to a partner or children.
S| The report did praise the unit’s work with the courts and said people on probation spoke warmly of their probation officers.
S| The inspectorate’s chief inspector, [Martin Jones|X], said the [Macclesfield PDU|S] had “a committed team and a head of service who knows exactly what needs to change”.
R| The report sets out recommendations for the unit and for the [North West region|S] of the [Probation Service|A].

N| A spokesperson for the [Probation Service|A] said: “We accept the findings and are already recruiting additional staff in Cheshire.”
"""),
    # 10. ordinary: the rating in the headline only; an embargo line with an abbreviated weekday; "Inspection
    #     fieldwork: 25–29 November 2024"; recommendations to several recipients with no count
    ("daventry-pdu-2025", facts([
        svc("Daventry Probation Delivery Unit", "Daventry PDU", "PDU", INAD)], "2025-02-12", "2024-11", None),
     """N| [Daventry Probation Delivery Unit|S]: ‘[Inadequate|R]’

N| Embargoed until 00:01 on [Wed 12 February 2025|D]

N| Inspection fieldwork: [25–29 November 2024|D]

N| [HM Inspectorate of Probation|A] has today published its report on the [Daventry PDU|S], which supervises around 900 people across west Northamptonshire.
W| The inspection found a unit in which practitioners had lost confidence in their managers and in which more than half of the cases had changed hands at least once in the past year.
W| Assessments of the risk people posed to others were of sufficient quality in just 14 of 32 cases.
S| There was good practice in the delivery of accredited programmes, which started promptly and were well attended.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was struck by how much the staff in Daventry wanted to do good work, and by how little the organisation around them had enabled it.
R| “The region and [HM Prison and Probation Service|A] need to stabilise this unit before anything else.”

R| Recommendations are addressed to the PDU’s head of service, to the [Probation Service|A]’s [East Midlands region|S] and to [HM Prison and Probation Service|A].

N| ENDS
"""),
    # 11. ordinary: a "youth justice partnership"; "has achieved the highest of ... four ratings"; a date
    #     under the headline with "Sept"; fieldwork "over five days in the middle of <month year>"
    ("teesdale-yjp-2024", facts([
        svc("Teesdale Youth Justice Partnership", "Teesdale YJP", "YJS", OUT)], "2024-09-24", "2024-06", 2),
     """N| ‘[Outstanding|R]’ youth justice work in Teesdale

N| [24 Sept 2024|D]

N| [Teesdale Youth Justice Partnership|S] has achieved the highest of [HM Inspectorate of Probation|A]’s four ratings, ‘[Outstanding|R]’.
N| The inspection fieldwork took place over five days in the middle of [June 2024|D].
S| The partnership, which brings together the council, the police, health services and schools, impressed inspectors with how quickly it acted when a child was at risk of exploitation.
S| Every one of the 18 children whose cases were inspected had a plan that they had helped to write.

S| Chief Inspector of Probation [Martin Jones|X] said: “[Teesdale YJP|S] shows what is possible when every partner treats youth justice as their business.
S| “Staff know each child’s story, and it is rare to see a board so well informed about the children it is responsible for.
W| “The one area that needs attention is the help given to children as they move on to adult services, where links were still in their infancy.”

R| The partnership has been given two recommendations, both concerning the move to adult services.

N| ENDS
N| Notes to editors
N| 1. [Teesdale Youth Justice Partnership|S] works with children aged 10 to 17 across the Teesdale area of County Durham.
"""),
    # 12. ordinary: "Inspectors have rated X '...'"; "Inspection fieldwork concluded on <date>"; "made public on";
    #     recommendations to three recipients with a colon
    ("northwich-pdu-2024", facts([
        svc("Northwich Probation Delivery Unit", "Northwich PDU", "PDU", RI)], "2024-07-02", "2024-03", 9),
     """N| Northwich probation: more to do on public protection

N| Inspectors have rated [Northwich Probation Delivery Unit|S] in Cheshire ‘[Requires improvement|R]’.
N| Inspection fieldwork concluded on [15 March 2024|D].
W| Inspectors found that most practitioners were newly qualified and that experienced colleagues were stretched across too many cases.
S| Reports written for the courts were a notable strength, with 93 per cent judged sufficient.
W| However, few people on probation for domestic abuse were ever visited at home, and information from the police was not always requested.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The head of service at [Northwich PDU|S] has a clear understanding of what needs to change, and staff told us they trusted her.
R| “She now needs the time and the experienced staff to make those changes stick.”

R| The report makes nine recommendations: five to the PDU, three to the [North West region|S] and one to [Cheshire Constabulary|A].

N| ENDS
N| Notes to editors
N| 1. This report was made public on [2 July 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
