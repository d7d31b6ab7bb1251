"""Builds the 133rd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Kent PDUs on a GOV.UK page, the region named first; "Pluckley was placed at ‘...’ and Bethersden was given the
    #    lowest possible rating"; fieldwork "in June 2024"; eight recommendations
    ("pluckley-and-bethersden-pdus-2024", facts([
        svc("Pluckley Probation Delivery Unit", "Pluckley PDU", "PDU", RI),
        svc("Bethersden Probation Delivery Unit", "Bethersden PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| Press release

N| Inspectors report on two probation units in Kent

N| Two units of the [Probation Service|A] in Kent have been told they must improve.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A]’s reports on two units in [Probation Service – Kent, Surrey and Sussex region|S], [Pluckley Probation Delivery Unit|S] and [Bethersden Probation Delivery Unit|S], are published today.
N| [Pluckley|S] was placed at ‘[Requires improvement|R]’, while [Bethersden|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork for both inspections took place in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bethersden we met practitioners who were holding twice the caseload they should, with no senior officer on site for weeks at a time.
W| “Men convicted of domestic abuse were hardly ever visited at home, and nobody was thinking about the children living with them.
S| “[Pluckley|S] is in a steadier position, with a stable management team and a good working link with the local women’s centre.”

S| Inspectors praised [Pluckley PDU|S]’s approved premises liaison, which meant people released from prison had somewhere to live on their first night.
W| Across the two units, assessments of risk of serious harm were sufficient in only 19 of 46 cases.

R| The reports make eight recommendations, four for each unit.

N| ENDS

N| Notes to editors
N| 1. The reports will be available on the [HM Inspectorate of Probation|A] website on [15 October 2024|D] at 00.01.
"""),
    # 2. two East Sussex youth justice services in local news; the report day "on Thursday (13 February)" under a byline of
    #    Monday 17 February 2025; "Chailey was awarded ‘...’ and Fletching ‘...’" in the other order from the one first
    #    named; five recommendations "three for Fletching and two for Chailey"
    ("fletching-and-chailey-yjs-2025", facts([
        svc("Fletching Youth Justice Service", "Fletching YJS", "YJS", GOOD),
        svc("Chailey Youth Justice Service", "Chailey YJS", "YJS", OUT)], "2025-02-13", "2024-10", 5),
     """N| Youth justice teams near Lewes win praise from inspectors

N| By [Hannah Crowhurst|X]

N| [Monday 17 February 2025|D]

N| Inspectors visited [Fletching Youth Justice Service|S] and [Chailey Youth Justice Service|S] in [October 2024|D], and their reports came out on Thursday ([13 February|D]).
N| [Chailey|S] was awarded ‘[Outstanding|R]’ and [Fletching|S] ‘[Good|R]’.

S| The inspectors said [Chailey|S]’s staff built strong relationships with children, many of whom had been let down by other services in the past.
S| They also found that [Fletching|S] had worked hard with schools to cut the number of children excluded.
W| However, in [Fletching YJS|S], plans to protect victims were sometimes drawn up with no contact with the victim.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In both places children get a very good service, and what [Chailey|S] has achieved deserves to be widely copied.”

R| There are five recommendations, three for [Fletching|S] and two for [Chailey|S].

N| [East Sussex County Council|A] said it was delighted with both reports.
"""),
    # 3. a unit inside its region, the region first in the headline and the first sentence, the region's own earlier rating
    #    beside; "inspectors have given X the bottom rating on their scale"; notes "available on the ... website on 9 July
    #    2024 at 00.01"; fieldwork "Fieldwork for this inspection took place in February 2024"
    ("snargate-pdu-2024", facts([
        svc("Snargate Probation Delivery Unit", "Snargate PDU", "PDU", INAD)], "2024-07-09", "2024-02", 6),
     """N| [Kent, Surrey and Sussex probation region|S]: [Snargate unit|S] rated ‘[Inadequate|R]’

N| Within the [Probation Service|A]’s [Kent, Surrey and Sussex region|S], inspectors have given [Snargate Probation Delivery Unit|S] the bottom rating on their scale, ‘[Inadequate|R]’.
N| When the region as a whole was inspected in [2023|D], it received ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit’s practitioners are doing their best, but there are simply not enough of them.
W| “We found people on licence for violent offences who had not been seen in person for six weeks or more.”

W| Mr Jones continued: “Managers had little time to check the quality of work, and mistakes went unnoticed until something went wrong.”

S| Despite the pressure, inspectors found that [Snargate PDU|S]’s unpaid work team had kept projects running across the Marsh and finished most hours on time.
W| Joint work with [Kent Police|A] on people who posed a risk to children was inconsistent and often depended on a single officer.

R| The report makes six recommendations: four are for the unit and two are for the region’s leaders.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [9 July 2024|D] at 00.01.
N| 2. [Snargate PDU|S] covers the Marsh and the small towns around it; its region is the [Probation Service – Kent, Surrey and Sussex region|S].
"""),
    # 4. a YJS rated ‘Good’ with resettlement "rated separately" at ‘Requires improvement’; GOV.UK "Published"; fieldwork
    #    "between 10 and 14 July 2023"; four recommendations
    ("ivychurch-yjs-2023", facts([
        svc("Ivychurch Youth Justice Service", "Ivychurch YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-11-14", "2023-07", 4),
     """N| Press release

N| ‘[Good|R]’ rating for [Ivychurch Youth Justice Service|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [14 November 2023|D]

N| [Ivychurch Youth Justice Service|S] (YJS) has been rated ‘[Good|R]’ by [His Majesty’s Inspectorate of Probation|A].
W| Its resettlement work was rated separately and received ‘[Requires improvement|R]’.
N| Inspectors were on site between [10 and 14 July 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here we found a service that listens to children and takes their views seriously.
S| “Case managers knew the children well and worked patiently to keep them in education or training.”

S| Inspectors were impressed by the partnership with [Kent Police|A], which meant most children who admitted minor offences were diverted away from court.
W| But when children left custody, arrangements for where they would live were often made only days before release.
W| Health support was also uneven, with long waits for [CAMHS|A] assessments.

R| The report makes four recommendations, three for [Ivychurch YJS|S] and one for [Kent County Council|A].

N| ENDS
"""),
    # 5. a Youth Offending Service written out on a council page in 2019: "judged to be ‘...’ overall"; "Posted:
    #    26/11/2019"; fieldwork "in July and August 2019"; seven recommendations; the council's reply
    ("newenden-yos-2019", facts([
        svc("Newenden Youth Offending Service", "Newenden YOS", "YJS", RI)], "2019-11-26", "2019-07", 7),
     """N| Council statement on youth offending inspection

N| Posted: [26/11/2019|D]

N| [Newenden Youth Offending Service|S] (YOS) has been judged to be ‘[Requires improvement|R]’ overall in a report [HM Inspectorate of Probation|A] published today.
N| The inspection took place in [July and August 2019|D].

S| The report found that the [Newenden YOS board|A] was well attended and that its members understood the needs of local children.
S| Inspectors also said staff were committed and went out of their way to build trust with families.
W| However, they found that assessments did not always consider the risks a child might pose to others.
W| Work on out-of-court disposals was variable, and some decisions were taken without enough information from the police.

R| Inspectors made seven recommendations, including that the service should improve the quality of its risk assessments.

N| The cabinet member for children’s services responded: “An action plan is already in place, and we accept the findings.”
"""),
    # 6. a YJS rated ‘Outstanding’; "The inspection, which took place in March 2024"; the report "goes online on 18 June
    #    2024" in the notes; three recommendations
    ("sissinghurst-yjs-2024", facts([
        svc("Sissinghurst Youth Justice Service", "Sissinghurst YJS", "YJS", OUT)], "2024-06-18", "2024-03", 3),
     """N| Sissinghurst youth justice work ‘among the very best’

N| [HM Inspectorate of Probation|A] has awarded [Sissinghurst Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
N| The inspection, which took place in [March 2024|D], looked at 21 children’s cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone at [Sissinghurst|S] should be very proud of this result.
S| “Leaders know exactly what is happening on the ground, and the board challenges them in a constructive way.”

S| Inspectors found that every child had a plan that reflected their own circumstances and interests.
S| A speech and language therapist working in the service had shown staff how to adapt the way they talked to children, so sessions were easier to follow.
W| The only area that needed more attention was the recording of contingency plans, which were sometimes too general.

R| The report makes three recommendations for [Sissinghurst YJS|S].

N| ENDS

N| Notes to editors
N| 1. The report goes online on [18 June 2024|D] at 00.01.
"""),
    # 7. a Probation Trust in 2013, before ratings: bullet lists after "Inspectors were pleased to find that:" and
    #    "However, inspectors were concerned to find that:"; "Published: 21 Mar 2013"; fieldwork "in November 2012"
    ("wittersham-and-smallhythe-probation-trust-2013", facts([
        svc("Wittersham and Smallhythe Probation Trust", "Wittersham and Smallhythe Probation Trust", "other", None)],
        "2013-03-21", "2012-11", 8),
     """N| Offender management inspection report published

N| Published: [21 Mar 2013|D]

N| [HM Inspectorate of Probation|A] today published its report on offender management in [Wittersham and Smallhythe Probation Trust|S].
N| The inspection was carried out in [November 2012|D] and covered 72 cases.

N| Inspectors were pleased to find that:
S| • staff had built positive relationships with offenders and were good at motivating them to change;
S| • work to help offenders find accommodation and employment was of a high standard.

N| However, inspectors were concerned to find that:
W| • the likelihood of further offending was not reviewed often enough;
W| • too many cases had no clear plan to protect known victims.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust can be pleased with a great deal of what we found.
R| “It must now raise its public protection work to the same level as its work on reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 8. a CRC in 2019 with an embargo line, owned by Seetec: "inspectors assessed it to be ‘...’ overall"; unpaid work
    #    "rated separately" as ‘Good’; fieldwork "in January 2019"; five recommendations
    ("icklesham-crc-2019", facts([
        svc("Icklesham and Guestling Community Rehabilitation Company", "Icklesham and Guestling CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-04-16", "2019-01", 5),
     """N| Embargoed until 00.01, [Tuesday 16 April 2019|D]

N| Probation company in East Sussex must do more, say inspectors

N| [Icklesham and Guestling Community Rehabilitation Company|S] (CRC), run by [Seetec|A], was inspected in [January 2019|D], and inspectors assessed it to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated separately, was ‘[Good|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Far too much supervision here is done over the phone, and some people had not been seen face to face for months.
S| “That said, leaders are realistic about what must change, and staff said they felt listened to.”

S| Inspectors found that unpaid work placements were well organised and that people could start their hours quickly.
W| Warnings about risk from the [National Probation Service|A] were sometimes ignored, and some referrals to [East Sussex County Council|A]’s children’s services were late.

R| Five recommendations are made, four for the CRC and one for [HM Prison and Probation Service|A].

N| A [Seetec|A] spokesperson said: “We accept the findings and work on them has begun.”
"""),
    # 9. an NPS division in 2019 with "an overall regional rating of ‘...’"; fieldwork "in April and May 2019"; "Published:
    #    3 Sep 2019"; six recommendations
    ("aldington-and-lympne-nps-division-2019", facts([
        svc("National Probation Service – Aldington and Lympne Division", "NPS Aldington and Lympne", "region", GOOD)],
        "2019-09-03", "2019-04", 6),
     """N| News

N| Published: [3 Sep 2019|D]

N| Today’s report from [HM Inspectorate of Probation|A] gives the [National Probation Service – Aldington and Lympne Division|S] an overall regional rating of ‘[Good|R]’.
N| Inspectors visited the division in [April and May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Aldington and Lympne|S] is well led, and its staff are skilled and confident in their work.
S| “Court reports were of a high quality and were ready when the court needed them.”

S| Inspectors found good links with [Kent Police|A] and the local [MAPPA|A] arrangements.
W| Nevertheless, staff shortages in two offices meant some officers were carrying very high caseloads.
W| Work with victims was also less consistent than other areas of the division’s practice.

R| Of the six recommendations in the report, five are for the division and one is for [HMPPS|A].
"""),
    # 10. a YJS at ‘Requires improvement’, up from ‘Inadequate’ in 2019; "Published: 8 Nov 2022"; fieldwork "in July
    #     2022"; six recommendations
    ("kilndown-yjs-2022", facts([
        svc("Kilndown Youth Justice Service", "Kilndown YJS", "YJS", RI)], "2022-11-08", "2022-07", 6),
     """N| News

N| [Kilndown youth justice service|S] has made progress, say inspectors

N| Published: [8 Nov 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Kilndown Youth Justice Service|S] as ‘[Requires improvement|R]’, a step up from the ‘[Inadequate|R]’ it received in [2019|D].
N| Inspectors were in Kilndown in [July 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kilndown|S] has turned a corner, and much of the credit belongs to its new leaders.
W| “There is still a lot to do, though, particularly in making sure children are kept safe.”

S| Inspectors found that children were seen regularly and that staff knew them well.
W| In contrast, fewer than half the cases inspected showed enough work on the risk children posed to others.
W| The management board did not yet have a clear picture of the quality of the service’s work.

R| Six recommendations are made, two of them for the management board.
"""),
    # 11. two PDUs, a rural one and its neighbour, in one report; "inspectors judged Hartfield to be ‘...’ and Withyham ‘...’";
    #     fieldwork "between 13 and 24 January 2025"; nine recommendations
    ("hartfield-and-withyham-pdus-2025", facts([
        svc("Hartfield Probation Delivery Unit", "Hartfield PDU", "PDU", INAD),
        svc("Withyham Probation Delivery Unit", "Withyham PDU", "PDU", RI)], "2025-05-20", "2025-01", 9),
     """N| Press release

N| Probation in the High Weald: one unit ‘[Inadequate|R]’, one ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 May 2025|D]

N| [HM Inspectorate of Probation|A] has inspected [Hartfield Probation Delivery Unit|S] and [Withyham Probation Delivery Unit|S], both in the [Probation Service – Kent, Surrey and Sussex region|S].
N| Inspectors judged [Hartfield|S] to be ‘[Inadequate|R]’ and [Withyham|S] ‘[Requires improvement|R]’.
N| The fieldwork ran between [13 and 24 January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hartfield|S] has been without a head of service for most of the last year, and it shows.
S| “[Withyham|S], by contrast, has kept a settled team and its managers check the work closely.”

W| In [Hartfield PDU|S], only a third of cases had a plan that addressed the risk of harm to others.
S| [Withyham|S]’s work with [Sussex Police|A] on integrated offender management was a particular strength.
W| Both units struggled to get people onto accredited programmes, with long waiting lists in each.

R| The reports contain nine recommendations in total.
"""),
    # 12. a 2025 public-protection inspection with no rating: "Skip to content", "Context" and "Findings" bullets; fieldwork
    #     "in September 2025"; "Published 2 December 2025"; five recommendations
    ("danehill-pdu-2025", facts([
        svc("Danehill Probation Delivery Unit", "Danehill PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Skip to content

N| Public protection inspection: [Danehill Probation Delivery Unit|S]

N| Published [2 December 2025|D]

N| The report, by [HM Inspectorate of Probation|A], looks at how well [Danehill Probation Delivery Unit|S] protects the public.
N| Inspections in this programme do not award a rating.
N| Inspectors visited the unit in [September 2025|D].

N| Context
N| • [Danehill PDU|S] supervises around 700 people in the Ashdown Forest area of East Sussex.
N| • It is part of the [Probation Service – Kent, Surrey and Sussex region|S].

N| Findings
S| • Staff had a sound understanding of domestic abuse and how it affects children.
W| • Checks with the police and children’s services were missing in a quarter of cases.
W| • Staff seldom visited people at home, even when a partner’s safety was in question.

R| Inspectors have made five recommendations to help the unit strengthen its public protection work.
"""),
    # 13. a YJS rated ‘Good’; "published today (Wednesday, 11 December)", the year from the fieldwork "in August 2024";
    #     four recommendations
    ("barcombe-yjs-2024", facts([
        svc("Barcombe Youth Justice Service", "Barcombe YJS", "YJS", GOOD)], "2024-12-11", "2024-08", 4),
     """N| [Barcombe youth justice team|S] rated ‘[Good|R]’

N| In a report published today ([Wednesday, 11 December|D]), [HM Inspectorate of Probation|A] finds that [Barcombe Youth Justice Service|S] is ‘[Good|R]’.
N| Inspectors spent a week with the service in [August 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Barcombe|S]’s staff are dedicated and know the children in their care very well.
S| “They work hard to keep children out of the youth justice system wherever that is the right thing to do.”

S| Inspectors found that the service had strong links with local schools and with [Sussex Police|A].
W| However, some plans did not say clearly what would be done if a child’s circumstances changed.

R| The report makes four recommendations, all for [Barcombe YJS|S] and its partnership board.

N| ENDS
"""),
    # 14. a YJS at ‘Requires improvement’ inspected remotely: "carried out remotely in March 2021"; "Thursday, 10th June
    #     2021"; seven recommendations
    ("glynde-yjs-2021", facts([
        svc("Glynde Youth Justice Service", "Glynde YJS", "YJS", RI)], "2021-06-10", "2021-03", 7),
     """N| [Thursday, 10th June 2021|D]

N| Inspection of youth justice services in Glynde

N| [Glynde Youth Justice Service|S] needs to improve, according to a report published today by [HM Inspectorate of Probation|A], which rated it ‘[Requires improvement|R]’.
N| Because of the pandemic, the inspection was carried out remotely in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout lockdown, staff kept in touch with children, often in creative ways.
W| “But leaders do not have a good enough grip on the quality of the work, and some children are not getting the help they need.”

S| Inspectors praised the service’s work with [Barnardo’s|A] to support children at risk of exploitation.
W| Assessments of the risks to children’s safety were sufficient in only 11 of 24 cases.
R| The service needs to improve how it works with children’s social care when a child is in care.

R| The report makes seven recommendations.
"""),
    # 15. a YJS at ‘Inadequate’: "inspectors have given ... the lowest of their four ratings"; fieldwork "10 - 14 April 2023";
    #     notes date; ten recommendations
    ("poynings-yjs-2023", facts([
        svc("Poynings Youth Justice Service", "Poynings YJS", "YJS", INAD)], "2023-07-25", "2023-04", 10),
     """N| [Poynings youth justice service|S] ‘failing children’, inspectors say

N| Inspectors have given [Poynings Youth Justice Service|S] the lowest of their four ratings, ‘[Inadequate|R]’.
N| Fieldwork for the inspection took place from [10 - 14 April 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The findings of this inspection are deeply disappointing.
W| “The service has lost sight of the children it exists to help, and the board has not held leaders to account.”

W| Inspectors found that half of the case managers had left in the past year and that agency staff were covering many cases.
W| Worryingly, children who were known to be at risk of exploitation did not always have a plan to keep them safe.
S| On a more positive note, the service’s reparation projects were well run and valued by local people.

R| The report makes ten recommendations, eight for [Poynings YJS|S] and two for [Sussex Police|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on [25 July 2023|D].
"""),
    # 16. a youth offending team in 2016, before ratings, in local news; "The inspection in January 2016"; byline
    #     "Thursday 5 May 2016" with "published on Tuesday (3 May)"; six recommendations
    ("rodmell-yot-2016", facts([
        svc("Rodmell Youth Offending Team", "Rodmell YOT", "YJS", None)], "2016-05-03", "2016-01", 6),
     """N| Inspectors raise concerns over youth offending work in Rodmell

N| By [Tom Verrall|X]

N| [Thursday 5 May 2016|D]

W| A report on [Rodmell Youth Offending Team|S] (YOT), published on Tuesday ([3 May|D]), says work to protect the public is not good enough.
N| The inspection, carried out by [HM Inspectorate of Probation|A] in [January 2016|D], looked at 30 cases.

W| Inspectors found that too little attention was paid to the risk some young people posed to others.
W| They were also concerned that the [Rodmell YOT management board|A] did not check whether work was being done well.
S| On the other hand, they said staff knew the young people well and had helped many of them back into school.

R| The report makes six recommendations.

N| [East Sussex County Council|A] said it would publish a full response within a month.
"""),
    # 17. a unit inside its region, the region named first; a sibling PDU's rating beside; "The inspectorate placed X at
    #     ‘...’"; fieldwork "in May 2023"; "Published: 26 Sep 2023"; six recommendations
    ("sompting-pdu-2023", facts([
        svc("Sompting Probation Delivery Unit", "Sompting PDU", "PDU", RI)], "2023-09-26", "2023-05", 6),
     """N| News

N| Published: [26 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has placed [Sompting Probation Delivery Unit|S] at ‘[Requires improvement|R]’, in the latest of its inspections across the [Probation Service – Kent, Surrey and Sussex region|S].
N| A neighbouring unit inspected earlier in the year was rated ‘[Inadequate|R]’.
N| Inspectors reviewed cases and interviewed staff in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sompting|S]’s staff have held things together in difficult circumstances, and morale was better than we expected.
W| “Yet there were too many cases where no one had asked whether a child in the household was at risk.”

S| Inspectors were impressed by the unit’s work with local housing providers.
W| The quality of supervision was mixed, and some practitioners had not had a case discussion with a manager for months.

R| The report makes six recommendations, four for [Sompting PDU|S] and two for the region.
"""),
    # 18. a council press release in the third person ("the watchdog found"): "assessed ... as ‘...’"; "Published:
    #     29/03/2022"; fieldwork "in November 2021"; no count of recommendations (null)
    ("fulking-yjs-2022", facts([
        svc("Fulking Youth Justice Service", "Fulking YJS", "YJS", GOOD)], "2022-03-29", "2021-11", None),
     """N| Youth justice service praised by inspectors

N| Published: [29/03/2022|D]

N| Inspectors have assessed [Fulking Youth Justice Service|S] as ‘[Good|R]’, following their visit in [November 2021|D].
S| The watchdog found that staff treated children with respect and let their views shape the work done with them.
S| It also said the service’s management board was well informed and offered real challenge.
W| However, the inspectors noted that some assessments were completed late and not always updated when things changed.

N| The council’s lead member for children said: “I want to thank every member of the team for their hard work.”
N| Further detail on where the service can develop is given in the full report.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 133rd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
