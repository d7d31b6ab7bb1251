"""Builds the seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one county, all named in the first sentence; "placed X in the lowest of the four bands";
    #    two services sharing one grade ("were each judged to need improvement and are graded"); the region as context
    ("northallerton-knaresborough-and-pickering-pdus-2025", facts([
        svc("Northallerton Probation Delivery Unit", "Northallerton PDU", "PDU", RI),
        svc("Knaresborough Probation Delivery Unit", "Knaresborough PDU", "PDU", INAD),
        svc("Pickering Probation Delivery Unit", "Pickering PDU", "PDU", RI)], "2025-03-11", "2024-10", 11),
     """N| North Yorkshire: inspection verdicts for three probation units

N| [His Majesty’s Inspectorate of Probation|A] now has reports out on all three probation delivery units that serve North Yorkshire: [Northallerton Probation Delivery Unit|S], [Knaresborough Probation Delivery Unit|S] and [Pickering Probation Delivery Unit|S].
N| Each of them answers to the [Yorkshire and the Humber probation region|S].
N| Inspectors placed [Knaresborough|S] in the lowest of the four bands, ‘[Inadequate|R]’; [Northallerton|S] and [Pickering|S] were each judged to need improvement and are graded ‘[Requires improvement|R]’.
N| Inspectors spent most of [October 2024|D] in the three offices, reading 120 cases between them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “North Yorkshire is a big county to cover, and none of the three units has been helped by long-standing gaps in staffing.
W| “In Knaresborough, though, the problems go deeper: a quarter of cases had gone without a home visit where one was plainly needed, and managers had lost sight of the backlog.”

S| [Pickering|S] stood out for its work with local employers, which had helped dozens of people on probation into jobs.
S| In [Northallerton PDU|S], senior probation officers gave newer staff regular, thoughtful supervision.
W| Across all three units, however, work to keep victims of domestic abuse safe was too often left to chance.

R| A combined total of 11 recommendations is made in the three reports, with the largest share directed at [Knaresborough PDU|S].

N| ENDS
N| Notes to editors
N| 1. All three reports go on the inspectorate’s website at 00:01 on [Tuesday 11 March 2025|D].
"""),
    # 2. a city PDU and its county PDU, rated through "the city unit" / "the county unit" in one sentence ("judged
    #    the city unit ..., and gave the county unit the lowest possible mark"); the region with its own earlier verdict
    ("ely-city-and-isle-of-ely-county-pdus-2024", facts([
        svc("Ely City Probation Delivery Unit", "Ely City PDU", "PDU", RI),
        svc("Isle of Ely County Probation Delivery Unit", "Isle of Ely County PDU", "PDU", INAD)],
        "2024-07-16", "2024-03", 8),
     """N| Cambridgeshire: city probation unit ‘[Requires improvement|R]’, county unit ‘[Inadequate|R]’

N| Two reports out today from [HM Inspectorate of Probation|A] cover [Ely City Probation Delivery Unit|S] and its rural neighbour, [Isle of Ely County Probation Delivery Unit|S].
N| Inspectors judged the city unit ‘[Requires improvement|R]’ and gave the county unit the lowest possible mark, ‘[Inadequate|R]’.
N| The wider [East of England probation region|S], to which both units belong, had received a ‘[Requires improvement|R]’ verdict of its own early in [2023|D].
N| The fieldwork, in [March 2024|D], included interviews with 40 practitioners across the two offices.

S| Inspectors were impressed by the city unit’s approach to women on probation, run from a women’s centre it shares with a local charity.
W| In the county unit, by contrast, staff were stretched across a wide rural area and many cases had gone months without a meaningful review.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The county team has been running on goodwill for too long.
R| “[HMPPS|A] must now give [Isle of Ely County PDU|S] the staff it needs, and quickly.”

R| Between the two reports there are eight recommendations, three of them for [Ely City PDU|S].

N| ENDS
N| Notes to editors
N| 1. The reports were published on [16 July 2024|D].
"""),
    # 3. two youth services, the second named graded first ("For X, the inspectorate's verdict is ...; Y falls one step
    #    short of that, at ..."); the first's aspect "which carries a rating of its own"; the second's earlier grade
    ("bridgnorth-and-whitchurch-yjs-2023", facts([
        svc("Bridgnorth Youth Justice Service", "Bridgnorth YJS", "YJS", RI,
            [{"aspect": "resettlement work", "rating": INAD}]),
        svc("Whitchurch Youth Offending Service", "Whitchurch YOS", "YJS", GOOD)], "2023-12-14", "2023-09", 7),
     """N| Inspection reports on youth justice in Bridgnorth and Whitchurch

N| Separate reports are out today from [HM Inspectorate of Probation|A] on [Bridgnorth Youth Justice Service|S] and [Whitchurch Youth Offending Service|S], two Shropshire services inspected in consecutive weeks of [September 2023|D].
N| For [Whitchurch|S], the inspectorate’s verdict is ‘[Good|R]’; [Bridgnorth|S] falls one step short of that, at ‘[Requires improvement|R]’.
N| Four years earlier, in [2019|D], [Whitchurch YOS|S] had been placed at ‘[Requires improvement|R]’.
W| [Bridgnorth|S]’s resettlement work, which carries a rating of its own, was found to be ‘[Inadequate|R]’.

S| Inspectors praised [Whitchurch|S] for the speed with which children were offered help with their speech and language needs.
W| In Bridgnorth, too few children had a plan for where they would live after custody, and the board rarely challenged partners about it.

S| [Martin Jones|X], Chief Inspector of Probation, said: “[Whitchurch|S] has turned things round since [2019|D], and its staff deserve real credit for that.
R| “[Bridgnorth|S]’s board should put a safe home for every child released from custody at the top of its list.”

R| Seven recommendations appear in the two reports: five for [Bridgnorth YJS|S] and two for [Whitchurch YOS|S].

N| ENDS
N| Notes to editors
N| 1. Both reports appear on the inspectorate’s website on [Thursday 14 December 2023|D].
"""),
    # 4. a unit inside its region: a lower-case "probation unit" in the headline beside the region's own grade; "have
    #    given X ... the lowest possible rating"; the region "keeps the overall regional rating of ..."
    ("guisborough-pdu-2025", facts([
        svc("Guisborough Probation Delivery Unit", "Guisborough PDU", "PDU", INAD)], "2025-01-22", "2024-09", 9),
     """N| [Guisborough probation unit|S] judged ‘[Inadequate|R]’ as [North East region|S] stays at ‘[Requires improvement|R]’

N| Inspectors have given [Guisborough Probation Delivery Unit|S], on Teesside, the lowest rating [HM Inspectorate of Probation|A] can award, ‘[Inadequate|R]’.
N| The PDU sits within the [North East probation region|S], which still holds the ‘[Requires improvement|R]’ awarded to it in [2023|D] as its overall regional rating.
N| Inspectors were on site over two weeks from [9 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I do not say this lightly, but people in Guisborough are not being kept as safe as they should be.
W| “In only 14 of the 42 cases we read was the danger a person posed to others properly assessed.”

S| Even so, inspectors met a core of experienced officers who had stayed loyal to the unit through a difficult two years.
W| Court reports were frequently completed without the domestic abuse checks required by national guidance.

R| Inspectors have asked the region and the PDU to act on nine recommendations, the first of which concerns staffing.

N| ENDS
N| Notes to editors
N| 1. Publication date: [Wednesday 22 January 2025|D].
"""),
    # 5. a Probation Trust in 2012, before ratings: "Among the strengths inspectors identified were:" / "Areas needing
    #    attention included:" bullets, a lower-case "good" that is no rating
    ("ashbourne-and-wirksworth-probation-trust-2012", facts([
        svc("Ashbourne and Wirksworth Probation Trust", "Ashbourne and Wirksworth Probation Trust", "other", None)],
        "2012-11-06", "2012-06", 7),
     """N| Offender management in the Derbyshire Dales: solid foundations, uneven risk work

W| [Ashbourne and Wirksworth Probation Trust|S] is doing a good job of helping offenders stay away from crime, but its work to manage risk of harm is uneven, [HM Inspectorate of Probation|A] reports today.
N| The inspection of offender management, which took place in [June 2012|D] alongside [HM Inspectorate of Constabulary|A], examined 90 cases.

N| Among the strengths inspectors identified were:
S| • offender managers who had built trusting relationships with the people they supervised;
S| • good use of accredited programmes, which were delivered to a high standard.

N| Areas needing attention included:
W| • risk of harm assessments that were not reviewed after significant changes in a case;
W| • too little contact with children’s services where offenders had children living with them.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a committed workforce and sound leadership, and I am encouraged by what we found.”

R| Seven recommendations are made to the Trust, two of them shared with [Derbyshire Constabulary|A].

N| ENDS
N| Notes to editors
N| 1. Publication of the report: [6 November 2012|D].
"""),
    # 6. a CRC in 2019 with its owner named: a lower-case "community rehabilitation company" in the headline; "Taking
    #    its work as a whole, inspectors assessed the CRC as"; an aspect "which receives its own rating"; the NPS
    #    division inspected at the same time as context
    ("bude-and-holsworthy-crc-2019", facts([
        svc("Bude and Holsworthy Community Rehabilitation Company", "Bude and Holsworthy CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-04-02", "2018-11", 10),
     """N| [Bude and Holsworthy community rehabilitation company|S]: ‘[Inadequate|R]’ overall

N| [Bude and Holsworthy Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], has been inspected by [HM Inspectorate of Probation|A].
N| Taking its work as a whole, inspectors assessed the CRC as ‘[Inadequate|R]’.
W| Unpaid work, which receives its own rating, did a little better at ‘[Requires improvement|R]’.
N| Inspectors read cases and interviewed staff during [November 2018|D]; the local [National Probation Service|A] division was inspected at the same time and is the subject of a separate report.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “I am deeply troubled by what we found.
W| “Some people on probation had not seen anyone from the CRC for months, and nobody had noticed.”

S| Inspectors did find that unpaid work placements were well organised and that supervisors treated people fairly.
W| Caseloads in the CRC were unmanageable, with some officers responsible for more than 120 people.

R| Ten recommendations are made: seven to the CRC and [Working Links|A], and three to [HMPPS|A].

N| ENDS
N| Notes to editors
N| 1. Not for publication before 00:01 on [Tuesday 2 April 2019|D].
"""),
    # 7. "youth offending team" in lower case in the headline; "The overall verdict of ... on X is that its work
    #    '...'"; fieldwork "in the first week of March 2020"; a speaker carried by "Mr Russell continued"; "First
    #    published" at the foot
    ("uttoxeter-yot-2020", facts([
        svc("Uttoxeter Youth Offending Team", "Uttoxeter YOT", "YJS", RI)], "2020-07-16", "2020-03", 6),
     """N| [Uttoxeter youth offending team|S] told to improve

N| The overall verdict of [HM Inspectorate of Probation|A] on [Uttoxeter Youth Offending Team|S] in Staffordshire is that its work ‘[Requires improvement|R]’.
N| Inspectors completed their fieldwork in the first week of [March 2020|D], shortly before the national lockdown.
N| Publication of the report was held back until now because of the pandemic.

S| The team’s case managers were persistent, visiting children at home when they failed to attend appointments.
W| However, too many assessments underplayed the risk some children posed to others, and plans were rarely updated when circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The team has some real strengths to build on.”
W| Mr Russell continued: “But its management board has not given it the direction it needs, and that must change.”

R| There are six recommendations in the report, four of which are for the management board.

N| ENDS

N| First published [16 July 2020|D]
"""),
    # 8. a Welsh council page in the first person plural, a dd/mm/yyyy page date, "Youth Justice Team (YJT)", "has
    #    been judged", an aspect "rated separately and achieved the top grade", fieldwork month with no year, the
    #    councillor's reply repeating the count
    ("ruthin-and-denbigh-yjt-2023", facts([
        svc("Ruthin and Denbigh Youth Justice Team", "Ruthin and Denbigh YJT", "YJS", GOOD,
            [{"aspect": "out-of-court disposal work", "rating": OUT}])], "2023-11-07", "2023-06", 5),
     """N| Youth justice team praised by inspectors

N| [07/11/2023|D]

N| Our [Ruthin and Denbigh Youth Justice Team|S] (YJT) has been judged ‘[Good|R]’ following an inspection led by [HM Inspectorate of Probation|A].
N| Inspectors spent time with the team, the children it supports and its partners in [June|D].
S| Out-of-court disposal work, which inspectors rated separately, achieved the top grade, ‘[Outstanding|R]’.
N| [Estyn|A], [Care Inspectorate Wales|A], [Healthcare Inspectorate Wales|A] and [HMICFRS|A] joined the inspection.

S| The report found that staff knew the children well and that work with [North Wales Police|A] to keep children out of the criminal justice system was a particular strength.
W| It also said more could be done to make sure children’s health needs were assessed promptly.
R| The inspectors have left the team with five recommendations to work on.

N| Councillor [Gwyneth Ellis|X], Lead Member for Education, Children and Families, said: “This is a fantastic result and a credit to everyone involved.
N| “We will act on all five recommendations and keep building on what the inspectors saw.”
"""),
    # 9. a local-news story: the rating before the service is named ("has been handed a '...' verdict by the probation
    #    watchdog"), a byline weekday date, a year-less "released its report ... on 4 March", no fieldwork month
    #    ("last autumn"), recommendations with no count, the earlier grade "also rated"
    ("stamford-pdu-2025", facts([
        svc("Stamford Probation Delivery Unit", "Stamford PDU", "PDU", RI)], "2025-03-04", None, None),
     """N| Probation service in Stamford ‘must do better’, say inspectors

N| By [Owen Pryce|X]

N| [Friday 7 March 2025|D]

N| The team that supervises offenders in Stamford and the surrounding villages has been handed a ‘[Requires improvement|R]’ verdict by the probation watchdog.
N| Its report on [Stamford Probation Delivery Unit|S], released by [HM Inspectorate of Probation|A] on [4 March|D], follows a visit by inspectors last autumn.

S| Inspectors found staff to be resourceful and said they had built strong links with local housing providers.
W| But the report also found that assessments of risk were poor in more than half the cases examined, and that some people had waited weeks for a first appointment.
R| It asks the unit to tighten its checks on domestic abuse, and calls on [HMPPS|A] to recruit more probation officers to the area.

N| The [Probation Service|A] said in a statement: “We accept the report’s findings and have already started to act on them.”
N| The unit was last inspected in [2021|D], when it was also rated ‘[Requires improvement|R]’.
"""),
    # 10. a web page that starts with "Skip to content", a licence line and an empty "Published:" line; "has been given
    #     the highest rating available"; fieldwork "from 17 to 21 June 2024"; "goes live on our website at 00:01 on"
    ("glossop-yjs-2024", facts([
        svc("Glossop Youth Justice Service", "Glossop YJS", "YJS", OUT)], "2024-10-01", "2024-06", 3),
     """N| Skip to content

N| This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.

N| Published:

N| ‘[Outstanding|R]’ [Glossop Youth Justice Service|S] sets the standard

N| [Glossop Youth Justice Service|S] in Derbyshire has been given the highest rating available, ‘[Outstanding|R]’, by [HM Inspectorate of Probation|A].
N| Inspectors gathered evidence from [17 to 21 June 2024|D], meeting children, parents, staff and partners.

S| Every one of the management board’s members could describe the service’s priorities, and partners attended without fail.
S| Children told inspectors that their workers ‘stuck with them’ even when things went wrong.
S| Bucking the trend seen elsewhere, first-time entrants to the youth justice system had fallen for three years in a row.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “My congratulations go to everyone at [Glossop|S].
S| “This is a service with a clear sense of purpose, and children are better off for it.”

R| Inspectors have made three recommendations, one of which is for [Derbyshire Constabulary|A].

N| ENDS
N| Notes to editors
N| 1. The report goes live on our website at 00:01 on [Tuesday 1 October 2024|D].
"""),
    # 11. an embargo line at the top; "has moved up a grade to '...' since ... last inspected it in 2021, when the
    #     service was assessed as '...'"; two aspects "each given a rating of their own"; the four-point-scale note
    ("beccles-and-bungay-yjs-2025", facts([
        svc("Beccles and Bungay Youth Justice Service", "Beccles and Bungay YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}, {"aspect": "resettlement", "rating": GOOD}])],
        "2025-03-19", "2024-11", 4),
     """N| Under embargo until 00:01, [Wednesday 19 March 2025|D]

N| Suffolk youth service climbs to ‘[Good|R]’

N| [Beccles and Bungay Youth Justice Service|S] has moved up a grade to ‘[Good|R]’ since [HM Inspectorate of Probation|A] last inspected it in [2021|D], when the service was assessed as ‘[Requires improvement|R]’.
N| Two further areas were each given a rating of their own.
W| Out-of-court disposals were rated ‘[Requires improvement|R]’, chiefly because decisions were not always reviewed by a senior manager.
S| Resettlement was rated ‘[Good|R]’, with plans for children’s release starting early.
N| The inspection team interviewed staff and read case files in the second half of [November 2024|D].

S| Inspectors highlighted the strength of the service’s work with schools, which had cut exclusions among children it supervised.
W| Sadly, a number of victims had not been offered any contact with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Beccles and Bungay|S] has made real progress in four years.
R| “The next step is to give out-of-court work the same care that now goes into resettlement.”

R| In total, the report makes four recommendations.

N| ENDS
N| Notes to editors
N| 1. Youth justice services are rated by [HM Inspectorate of Probation|A] as ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 12. an NPS division in 2020, the inspected service: "Overall, inspectors found the division to be"; an aspect
    #     "given a separate rating of"; a two-month fieldwork across a year end; a CRC named as context
    ("cardigan-bay-nps-division-2020", facts([
        svc("National Probation Service Cardigan Bay Division", "NPS Cardigan Bay", "region", GOOD,
            [{"aspect": "court reports and case allocation", "rating": OUT}])], "2020-06-09", "2019-12", 6),
     """N| West Wales probation division rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has issued its first rated inspection of the [National Probation Service Cardigan Bay Division|S].
N| Overall, inspectors found the division to be ‘[Good|R]’.
S| Its work on court reports and case allocation stood out and was given a separate rating of ‘[Outstanding|R]’.
N| Fieldwork was carried out in [December 2019 and January 2020|D], before restrictions on visits came in.
N| [NPS Cardigan Bay|S] supervises around 2,400 people assessed as posing a high risk of serious harm, across three counties of west Wales.

S| Inspectors were impressed by the pre-sentence reports written for the courts, nearly all completed on the day.
W| However, in about a third of cases, practitioners had not done enough to check whether children were at risk.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Cardigan Bay can be rightly proud of this rating.
R| “Leaders now need to bring the same rigour to child safeguarding checks.”

R| Of the six recommendations in the report, one is addressed to [Dyfed-Powys Police|A].

N| ENDS
N| Notes to editors
N| 1. Release date: [Tuesday 9 June 2020|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
