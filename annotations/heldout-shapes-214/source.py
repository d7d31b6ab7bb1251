"""Builds the two hundred and fourteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the South Central region on a GOV.UK page: "X lands on ‘...’ and Y drops to ‘...’"; fieldwork
    #    "across a fortnight in May 2024"; "nine recommendations, five of them aimed at Y and four at X"
    ("eastbury-and-east-garston-pdus-2024", facts([
        svc("Eastbury Probation Delivery Unit", "Eastbury PDU", "PDU", RI),
        svc("East Garston Probation Delivery Unit", "East Garston PDU", "PDU", INAD)], "2024-10-22", "2024-05", 9),
     """N| Press release

N| Lambourn valley probation units: findings published

N| One unit is told it must improve and the other faces serious concerns.

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| Two Lambourn valley units of the [Probation Service – South Central region|S], [Eastbury Probation Delivery Unit|S] and [East Garston Probation Delivery Unit|S], have each had a report from [His Majesty’s Inspectorate of Probation|A] today.
N| [Eastbury|S] lands on ‘[Requires improvement|R]’ and [East Garston|S] drops to ‘[Inadequate|R]’.
N| Inspectors spent a fortnight in the two units in [May 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are neighbouring teams that share a building and a regional director, and until last year they shared a head of service too.
W| “In [East Garston|S]’s caseload we found men convicted of domestic abuse who had not been seen for months, and nobody had asked the police what had happened since.
S| “[Eastbury|S], on the other hand, has held on to most of its officers, and its group work for people with drug problems is well thought of by the courts.”

S| Inspectors singled out the units’ arrangements with [Thames Valley Police|A] for checking addresses, which were quick and reliable.
W| Yet in both units, under half of the sentence plans inspectors read said anything useful about children living in the same house as the person on probation.

R| The report sets out nine recommendations, five of them aimed at [East Garston|S] and four at [Eastbury|S].
"""),
    # 2. two youth justice services in a local-news story: "Y earned top marks, ‘Outstanding’, with X a notch below on
    #    ‘Good’" in the other order from the one first named; "unveiled on Thursday (6 February)" under a byline of
    #    Monday 10 February 2025; inspected "over the first fortnight of October 2024"; "six recommendations in all"
    ("kingston-lisle-and-woolstone-yjs-2025", facts([
        svc("Kingston Lisle Youth Justice Service", "Kingston Lisle YJS", "YJS", GOOD),
        svc("Woolstone Youth Justice Service", "Woolstone YJS", "YJS", OUT)], "2025-02-06", "2024-10", 6),
     """N| Top marks for youth justice team below the White Horse

N| By [Helen Aldridge|X]

N| [Monday 10 February 2025|D]

N| The inspectorate’s verdicts on [Kingston Lisle Youth Justice Service|S] and [Woolstone Youth Justice Service|S] were unveiled on Thursday ([6 February|D]), after inspectors spent the first fortnight of [October 2024|D] with both teams.
N| [Woolstone|S] earned top marks, ‘[Outstanding|R]’, with [Kingston Lisle|S] a notch below on ‘[Good|R]’.

S| The watchdog said [Woolstone|S]’s case managers got to know every child’s family, and that the team’s sports and music sessions kept many teenagers away from the county lines gangs working out of Swindon.
S| [Kingston Lisle|S]’s workers were quick to spot children who had dropped out of school and got them back in, often within weeks.
W| The report added that [Kingston Lisle YJS|S] had let some victims wait too long before anyone contacted them.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These teams have shown that a small rural service can give children real chances, and the staff have every reason to feel proud.”

R| Between them the two reports contain six recommendations in all, four for [Kingston Lisle|S] and the remaining pair for [Woolstone|S].

N| A spokesperson for [Vale of White Horse District Council|A] said the council would support both teams as they worked through the reports.
"""),
    # 3. three PDUs on a justiceinspectorates news item: "X alone reached ‘Good’; Y and Z both stopped at ‘...’";
    #    "Published: 14 Nov 2023"; "during June 2023"; "a dozen recommendations"
    ("ashbury-bishopstone-and-idstone-pdus-2023", facts([
        svc("Ashbury Probation Delivery Unit", "Ashbury PDU", "PDU", GOOD),
        svc("Bishopstone Probation Delivery Unit", "Bishopstone PDU", "PDU", RI),
        svc("Idstone Probation Delivery Unit", "Idstone PDU", "PDU", RI)], "2023-11-14", "2023-06", 12),
     """N| News

N| Three Downs probation units inspected

N| Published: [14 Nov 2023|D]

N| Our inspectors were in [Ashbury Probation Delivery Unit|S], [Bishopstone Probation Delivery Unit|S] and [Idstone Probation Delivery Unit|S] during [June 2023|D].
N| [Ashbury|S] alone reached ‘[Good|R]’; [Bishopstone|S] and [Idstone|S] both stopped at ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Across the three, I saw managers who had steadied their teams after a very hard couple of years.
S| “[Ashbury|S] in particular has built a culture in which officers talk openly about difficult cases and learn from each other.
W| “In [Bishopstone|S] and [Idstone|S], though, too many risk assessments were copied from the previous one without fresh thought, and home visits were rare.”

S| Inspectors were struck by the quality of the units’ work with the local women’s centre, which gave women on probation somewhere safe to go.
W| Caseloads in Idstone remained well above what the region itself regards as manageable.

R| The three reports carry a dozen recommendations, four for each unit.

N| Notes to editors
N| 1. The reports will be available on the [HM Inspectorate of Probation|A] website on [14 November 2023|D].
"""),
    # 4. a unit inside its region, the region in the headline; an aspect scored in its own right and the previous
    #    rating beside; "Embargoed: 00.01 Tuesday 9 July 2024"; fieldwork "in the weeks beginning 4 and 11 March 2024"
    ("brightwalton-pdu-2024", facts([
        svc("Brightwalton Probation Delivery Unit", "Brightwalton PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-07-09", "2024-03", 6),
     """N| Embargoed: 00.01 [Tuesday 9 July 2024|D]

N| South Central probation region: [Brightwalton unit|S] graded ‘[Requires improvement|R]’

N| Inspectors have graded [Brightwalton Probation Delivery Unit|S], a West Berkshire unit answering to the [Probation Service – South Central region|S], as ‘[Requires improvement|R]’, up one place from the ‘[Inadequate|R]’ awarded in [2022|D].
S| Its unpaid work, scored in its own right, earns ‘[Good|R]’: placements were ready on time and supervisors were skilled.
N| Inspectors were in the unit in the weeks beginning [4 and 11 March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brightwalton|S] has climbed off the bottom of our scale and its staff deserve credit for that.
W| “But the unit still struggles to keep track of the people who pose the greatest danger, and its contact with children’s services is patchy.”

W| Sadly, almost a third of officer posts were either vacant or covered by agency staff.

R| Six recommendations follow, four addressed to the PDU and two to the region’s leadership.
R| The unit must now make sure that every high-risk case has a named manager reviewing it each month.
"""),
    # 5. a Probation Trust in 2013 with "pleased" / "concerned" lists, no rating; "Thursday 21 March 2013"; fieldwork
    #    "in November 2012"; "seven recommendations"
    ("chaddleworth-probation-trust-2013", facts([
        svc("Chaddleworth Probation Trust", "Chaddleworth Probation Trust", "other", None)],
        "2013-03-21", "2012-11", 7),
     """N| Chaddleworth probation: sound offender management, but protection of the public must be sharper

N| [Thursday 21 March 2013|D]

W| [Chaddleworth Probation Trust|S] manages most of its cases competently, but its work to protect the public from those who present a risk of harm is not yet sharp enough, HM Chief Inspector of Probation [Liz Calderbank|X] reports today.
N| Inspectors examined a sample of 70 cases when they visited the Trust in [November 2012|D].

N| Inspectors were pleased to find that:
S| • staff were committed and knew the people they supervised as individuals;
S| • the Trust’s work to help offenders find accommodation was strong.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often vague;
W| • too few cases showed that victims’ safety had been considered;
W| • links with child protection services were not routinely made.

R| The report contains seven recommendations for the Trust and its partners, among them that it should review every high-risk case within a month.

N| ENDS
"""),
    # 6. a CRC in 2019, overall rating "judged to" and an aspect assessed on its own; MTCnovo as owner; notes day
    ("peasemore-crc-2019", facts([
        svc("Peasemore Community Rehabilitation Company", "Peasemore CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-05-16", "2019-01", 8),
     """N| Probation company on the Berkshire Downs told to raise its game

N| [HM Inspectorate of Probation|A] has placed [Peasemore Community Rehabilitation Company|S] (CRC), run by [MTCnovo|A], at ‘[Requires improvement|R]’ overall.
W| Its unpaid work, assessed on its own, fell to ‘[Inadequate|R]’, with many people waiting months to start their hours.
N| Inspectors carried out the fieldwork in [January 2019|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Peasemore|S] work hard and many are clearly committed.
W| “However, the CRC is stretched thin and too many people are simply being monitored by phone rather than helped.”

S| Positively, the CRC’s link with the local college meant people could take maths and English classes alongside their orders.
W| Information shared with the [National Probation Service|A] about changes in risk was often late or incomplete.

R| Of the eight recommendations, six fall to the CRC; [HM Prison and Probation Service|A] picks up the rest.

N| ENDS
N| Notes to editors
N| 1. The report will be published on [16 May 2019|D] on the inspectorate’s website.
"""),
    # 7. an NPS division in 2019, "an overall divisional rating"; fieldwork "15 to 26 July 2019"; 3 October 2019
    ("east-ilsley-nps-division-2019", facts([
        svc("National Probation Service – East Ilsley Division", "NPS East Ilsley", "region", GOOD)],
        "2019-10-03", "2019-07", 5),
     """N| [East Ilsley probation division|S]: ‘[Good|R]’ overall

N| The [National Probation Service – East Ilsley Division|S] has received an overall divisional rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| Inspectors looked at cases across the division from [15 to 26 July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS East Ilsley|S] is well led, and its leaders are open about what still needs work.
S| “Reports to court were prompt, well argued and trusted by sentencers.”

S| Inspectors found that the division’s work with victims was thorough and sensitive.
W| Nevertheless, officers did not always revisit risk assessments after a new arrest or a change in the person’s relationships.

R| Five recommendations are made: four are the division’s to take forward, the fifth is for [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. The report was published on [3 October 2019|D].
"""),
    # 8. a youth offending service in 2020, "given the bottom rating"; council page "Posted: 08/12/2020"
    ("hampstead-norreys-yos-2020", facts([
        svc("Hampstead Norreys Youth Offending Service", "Hampstead Norreys YOS", "YJS", INAD)],
        "2020-12-08", "2020-09", 5),
     """N| Inspection of [Hampstead Norreys youth offending service|S]

N| Posted: [08/12/2020|D]

N| [Hampstead Norreys Youth Offending Service|S] (YOS) has been given the bottom rating, ‘[Inadequate|R]’, by [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely during [September 2020|D] because of the pandemic.

W| The watchdog found that the [Hampstead Norreys YOS management board|A] rarely challenged partners and did not know how children were doing.
W| Plans to keep children safe from exploitation were often missing altogether.
S| Inspectors did praise the YOS’s caseworkers, who kept in contact with children throughout lockdown.
W| Only a third of the cases inspected had an assessment that looked properly at the child’s own safety.

N| Councillor [Robert Hale|X], portfolio holder for children and families at [West Berkshire Council|A], said: “We accept every one of the findings and work has already begun.”

R| The report sets out five recommendations for the service and its board.
"""),
    # 9. a unit inside its region with a sibling PDU's rating beside (not inspected here); "found the unit to be"
    ("goosey-pdu-2023", facts([
        svc("Goosey Probation Delivery Unit", "Goosey PDU", "PDU", RI)], "2023-06-27", "2023-02", 7),
     """N| Vale probation unit found to require improvement

N| Inspectors visiting the [Probation Service – South Central region|S] in [February 2023|D] found [Goosey Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Its neighbour, [Baulking PDU|S], inspected in [2022|D], had come out ‘[Good|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goosey|S] has good people, but they are being stretched far beyond what is reasonable.
W| “Half the officers we met held caseloads well above the national target, and it showed in the work.”

S| Inspectors commended the PDU’s courts team, which produced quick and reliable reports.
S| Encouragingly, people on probation who spoke to inspectors said their officers treated them with respect.
W| But domestic abuse checks with [Thames Valley Police|A] were made in only 19 of 31 relevant cases.

R| The report makes seven recommendations, five for [Goosey|S] and two for the regional probation director.

N| Notes to editors
N| 1. The report was published on [27 June 2023|D].
"""),
    # 10. ordinary: GOV.UK youth justice release, rated Good
    ("lyford-yjs-2024", facts([
        svc("Lyford Youth Justice Service", "Lyford YJS", "YJS", GOOD)], "2024-04-23", "2023-12", 4),
     """N| Press release

N| Lyford youth justice work rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| [Lyford Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that listens to children.
S| “Almost every plan we read had been written with the child, and you could hear their voice in it.”

S| Inspectors were also impressed by the service’s links with [Oxfordshire County Council|A]’s education team.
W| Work to help children leaving custody to find a place to live, though, was not yet reliable.
W| Some staff said their supervision was irregular.

R| There are four recommendations in the report.
"""),
    # 11. ordinary: council page, third person, Outstanding; "Posted on 12/09/2023"
    ("aston-tirrold-yjs-2023", facts([
        svc("Aston Tirrold Youth Justice Service", "Aston Tirrold YJS", "YJS", OUT)], "2023-09-12", "2023-04", 2),
     """N| Youth justice service wins highest inspection grade

N| Posted on [12/09/2023|D]

N| [Aston Tirrold Youth Justice Service|S] has been awarded ‘[Outstanding|R]’, the highest grade available, by [His Majesty’s Inspectorate of Probation|A].
N| The inspection took place in [April 2023|D].

S| The inspectors found that the service’s leaders had a clear picture of every child on the caseload and acted quickly when risks changed.
S| Partnership work with [Thames Valley Police|A] and [CAMHS|A] was described as exemplary.
S| Children leaving custody had a home, a school or college place and a health appointment arranged before their release date.
W| The only area singled out for attention was the time taken to arrange reparation for some victims.

R| The report makes two recommendations.

N| Councillor [Amira Shah|X] said: “I want to thank the whole team, and everyone who gave up their time to talk to the inspectors.”
"""),
    # 12. ordinary: 2025 public-protection inspection with bullets, no rating
    ("segsbury-pdu-2025", facts([
        svc("Segsbury Probation Delivery Unit", "Segsbury PDU", "PDU", None)], "2025-05-20", "2025-01", 3),
     """N| Skip to content

N| Public protection inspection: [Segsbury Probation Delivery Unit|S]

N| Published: [20 May 2025|D]

N| This inspection looked at how well [Segsbury PDU|S] protects the public, and was carried out in [January 2025|D].
N| The programme does not give ratings.

N| Context
N| • The PDU sits in the [Probation Service – South Central region|S].
N| • It supervises about 900 people.

N| Findings
S| • Staff recognised coercive control and acted on it.
W| • Managers’ oversight of high-risk cases was thin, and reviews were often late.
W| • Information from [Thames Valley Police|A] arrived too slowly to shape plans.

R| We make three recommendations.
"""),
    # 13. ordinary: justiceinspectorates news item, youth justice, rated RI; "the service ‘Requires improvement’, says the inspectorate"
    ("upthorpe-yjs-2022", facts([
        svc("Upthorpe Youth Justice Service", "Upthorpe YJS", "YJS", RI)], "2022-08-30", "2022-03", 6),
     """N| News

N| [Upthorpe youth justice service|S]: mixed picture

N| Published: [30 Aug 2022|D]

N| [HM Inspectorate of Probation|A] has concluded that [Upthorpe Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors were on site in [March 2022|D].

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Upthorpe|S] does some things very well.
S| “Its out-of-court work is thoughtful, and its staff know the children they work with.
W| “But the board has not yet got a grip on the service’s performance, and too many children are waiting for help with their mental health.”

W| Inspectors were disappointed to find that safety planning was inconsistent, with some children’s plans silent on the adults who were exploiting them.
S| Despite staff shortages, reports for court were completed on time.

R| The report makes six recommendations, including four to the service’s management board.
"""),
    # 14. ordinary: local news on a remote inspection, "have given X the lowest of their four ratings"; date line plus
    #     "published today"; "The inspection was done remotely over February 2021"; "Eight recommendations have been made"
    ("woolley-yjs-2021", facts([
        svc("Woolley Youth Justice Service", "Woolley YJS", "YJS", INAD)], "2021-06-24", "2021-02", 8),
     """N| Downs youth justice team handed lowest rating

N| [Thursday 24 June 2021|D]

N| [Woolley Youth Justice Service|S] has been handed the bottom grade of the four on the inspectors’ scale, ‘[Inadequate|R]’, in a report published today.
N| Because of coronavirus restrictions the inspection was done remotely over [February 2021|D], with interviews held by video.

W| According to the report, managers had lost sight of which children posed a serious risk to others, and some cases had gone without a review for half a year.
W| Case records were often months out of date, so a worker covering a colleague’s case could not tell what had been agreed.
S| The watchdog did single out a handful of caseworkers for their persistence, visiting children on their doorsteps when phone calls went unanswered.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “I recognise the strain the pandemic placed on this small team.
W| “Even so, too many children in [Woolley YJS|S]’s care were not being kept safe, and nobody at board level had noticed.
R| “The council and its partners must now act quickly to put experienced managers in place.”

R| Eight recommendations have been made, most of them for the [Woolley Youth Justice Management Board|A].

N| A spokesperson for [West Berkshire Council|A] said an improvement plan would go to the board next month.
"""),
    # 15. ordinary: GOV.UK-style PDU release rated Inadequate with "Mr Russell continued"; "the second half of October
    #     2022"; notes "The report is out on 28 February 2023"; "ten recommendations ... nine ... the tenth"
    ("ginge-pdu-2023", facts([
        svc("Ginge Probation Delivery Unit", "Ginge PDU", "PDU", INAD)], "2023-02-28", "2022-10", 10),
     """N| [Ginge PDU|S] rated ‘[Inadequate|R]’

N| [Ginge Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| The unit was inspected in the second half of [October 2022|D].

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “This unit is in serious difficulty, and I do not say that lightly.
W| “Morale was poor, several officers told us they were unsure what was expected of them, and the senior manager’s post had been filled by four different people in a year.”

W| Mr Russell continued: “In well over half the cases we read, nobody had properly worked out whether the person on probation was a danger to a partner or a child.
S| “Despite all of this, the unit’s work with women, run from a community hub in the town, was caring and well organised.”

W| Inspectors also found that sentence plans were frequently copied forward unchanged from one review to the next.

R| The report asks the unit to act on nine recommendations, and [HM Prison and Probation Service|A] on the tenth.

N| ENDS
N| Notes to editors
N| 1. The report is out on [28 February 2023|D] and can be read on the inspectorate’s website.
N| 2. [HM Inspectorate of Probation|A] rates each PDU as ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 16. ordinary: embargoed YJS release, "Inspectors have come down on the side of ‘Good’ for X"; resettlement looked at
    #     separately, also ‘Good’; "Inspectors gathered their evidence in May 2024"; "a short list of four recommendations"
    ("welford-yjs-2024", facts([
        svc("Welford Youth Justice Service", "Welford YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-09-17", "2024-05", 4),
     """N| Embargoed until 00.01 [Tuesday 17 September 2024|D]

N| Welford youth justice: a service that knows its children

N| Inspectors have come down on the side of ‘[Good|R]’ for [Welford Youth Justice Service|S].
S| Its resettlement work, looked at separately, also merits ‘[Good|R]’, with every child leaving custody met at the gate by a worker they already knew.
N| Inspectors gathered their evidence in [May 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Welford|S]’s staff put real thought into what each child needs, and they keep at it.
S| “The careful way the team involves victims, asking them what would help rather than assuming, was a highlight of this inspection.”

W| However, the health support on offer varied a great deal, and children waited too long to see a speech and language therapist.
W| Inspectors also felt the board could do more to question the figures it was given.

R| The report closes with a short list of four recommendations.

N| ENDS
"""),
    # 17. ordinary: 2019 release with an ordinal date line and "published today"; "has earned a ‘Good’ rating from";
    #     "The inspection team were with the service for a week in March 2019"; five recommendations as a lead-in
    ("catmore-yjs-2019", facts([
        svc("Catmore Youth Justice Service", "Catmore YJS", "YJS", GOOD)], "2019-07-11", "2019-03", 5),
     """N| [Thursday, 11th July 2019|D]

N| Youth justice in Catmore earns a ‘[Good|R]’ from inspectors

N| [HM Inspectorate of Probation|A] gives [Catmore Youth Justice Service|S] a ‘[Good|R]’ grade in a report out today.
N| The inspection team were with the service for a week in [March 2019|D].

S| Inspectors praised the service’s leadership, which had steered it through a difficult merger of two council departments without losing sight of children.
S| Children said their workers were straight with them and turned up when promised.
W| However, planning for children’s safety was inconsistent, and in a few cases the risk a child faced from older young people had been missed.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Catmore|S] can be rightly proud of this report.”

R| The five recommendations include that [Catmore YJS|S] should make sure every safety plan names who will act if things go wrong.
"""),
    # 18. ordinary: regional news item, "The inspectorate’s overall grade for X is ‘...’"; "over two weeks in late June
    #     2022"; "Half a dozen recommendations are made"; notes "goes online on 15 November 2022"
    ("leckhampstead-pdu-2022", facts([
        svc("Leckhampstead Probation Delivery Unit", "Leckhampstead PDU", "PDU", RI)], "2022-11-15", "2022-06", 6),
     """N| [Leckhampstead probation unit|S] must improve, inspectors say

N| The inspectorate’s overall grade for [Leckhampstead Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| Inspectors visited over two weeks in late [June 2022|D].

S| They praised staff who, despite heavy workloads, kept in regular touch with the people they supervised and knew their circumstances well.
S| Work with the local drug and alcohol service was described as a strength.
W| However, the way the unit managed risk was inconsistent, and home visits to check on domestic abuse cases had almost stopped.
W| Nearly a third of probation officer posts stood empty when inspectors arrived.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am encouraged that the new leadership team understands what needs to change.”

R| Half a dozen recommendations are made, among them that the unit should restart home visits in domestic abuse cases.

N| Notes to editors
N| 1. The report goes online on [15 November 2022|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and fourteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
