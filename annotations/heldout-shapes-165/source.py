"""Builds the 165th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Shropshire PDUs on a GOV.UK page, the region named first; "X was rated ‘...’ and Y ‘...’"; fieldwork
    #    "between 3 and 14 June 2024"; "ten recommendations, five for each unit"
    ("cheswardine-and-woore-pdus-2024", facts([
        svc("Cheswardine Probation Delivery Unit", "Cheswardine PDU", "PDU", RI),
        svc("Woore Probation Delivery Unit", "Woore PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Two north Shropshire probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two units of [Probation Service – West Midlands region|S], [Cheswardine Probation Delivery Unit|S] and [Woore Probation Delivery Unit|S], have each had a report from [HM Inspectorate of Probation|A] today.
N| [Cheswardine|S] was rated ‘[Requires improvement|R]’ and [Woore|S] ‘[Inadequate|R]’.
N| Fieldwork in the two offices ran from [3 to 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Woore, nearly half the posts for qualified officers stood vacant, so those still in post were carrying far too many cases.
W| “Checks with the police and children’s services on domestic abuse were missing in too many of the cases we looked at.
S| “[Cheswardine|S] has a settled team and managers who know their cases well, and that shows in the work.”

S| Inspectors praised [Cheswardine PDU|S]’s unpaid work team for clearing, in under a year, hours that had piled up since the pandemic.
W| In both units, plans to keep people safe were often written once and never revisited.

R| The reports make ten recommendations, five for each unit.

N| The Regional Probation Director for the West Midlands said the region accepted every recommendation.
"""),
    # 2. a youth justice service "judged to be ‘...’" (no "rated"); resettlement "rated separately"; previous rating
    #    beside ("when it was last inspected in 2019, it was rated ‘...’"); published in the notes
    ("loggerheads-yjs-2023", facts([
        svc("Loggerheads Youth Justice Service", "Loggerheads YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2023-06-21", "2023-02", 5),
     """N| Youth service in Staffordshire keeps its ‘[Good|R]’ grade

N| [Loggerheads Youth Justice Service|S] is judged to be ‘[Good|R]’ in a new report from [HM Inspectorate of Probation|A].
S| Resettlement, rated separately from the rest, was found ‘[Outstanding|R]’.
N| The previous inspection, in [2019|D], had also ended in ‘[Good|R]’.
N| Fieldwork for this inspection took place in [February 2023|D].

S| Case workers earned the trust of children and parents, inspectors found, and held on to it over many months.
S| On release from custody, children came home to a bed, a place in education and a worker they already knew.
W| However, in a third of cases the safety of other people got too little thought.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Loggerheads|S] should be proud of the way it supports children coming home from custody.
R| “The partnership now needs to make sure risk to others is considered as carefully as the child’s own needs.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [21 June 2023|D] at 00.01.
"""),
    # 3. a Probation Trust in 2012 (older name, no four-point scale, no overall rating); "scored" on standards;
    #    bullet lead-ins; published "Thursday 10 May 2012"
    ("adbaston-probation-trust-2012", facts([
        svc("Adbaston Probation Trust", "Adbaston Trust", "other", None)], "2012-05-10", "2012-01", 7),
     """N| [Adbaston Probation Trust|S]: sound work with offenders, but more to do on victims

N| [Thursday 10 May 2012|D]

N| A joint inspection of [Adbaston Probation Trust|S], led by [HM Inspectorate of Probation|A], has been published today.
N| Inspectors visited the trust in [January 2012|D].

N| Inspectors were pleased to find that:
S| most offenders had been seen promptly after sentence;
S| staff at [Adbaston Trust|S] were motivated and well supported by their managers;
S| work with local employers had helped many offenders into jobs.

N| However, inspectors were concerned to find that:
W| risk of harm assessments were of a sufficient standard in only 58 per cent of cases;
W| contact with victims was sometimes late or did not happen at all.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a trust with much to build on.
R| “It must now give as much attention to the protection of the public as it does to the offender’s own progress.”

R| We have made seven recommendations for improvement.
"""),
    # 4. a PDU inside the West Midlands region on the Herefordshire border, the region named before the unit and its
    #    own rating beside ("for the region overall"); "assessed as ‘...’"; embargo line for the date
    ("leintwardine-pdu-2025", facts([
        svc("Leintwardine Probation Delivery Unit", "Leintwardine PDU", "PDU", INAD)], "2025-02-18", "2024-10", 6),
     """N| EMBARGOED UNTIL 00.01 [TUESDAY 18 FEBRUARY 2025|D]

N| Probation unit on the Herefordshire border assessed as ‘[Inadequate|R]’

N| Among the units of [Probation Service – West Midlands region|S], [Leintwardine Probation Delivery Unit|S] is the one [HM Inspectorate of Probation|A] has now assessed as ‘[Inadequate|R]’.
N| The region’s own inspection in [2023|D] had given ‘[Requires improvement|R]’ for the region overall.
N| Inspectors carried out their fieldwork in [October 2024|D].

W| The unit had lost most of its experienced officers in the previous year, and trainees were managing high-risk cases with little guidance.
W| Officers seldom visited the homes of domestic abuse perpetrators, and information from [West Mercia Police|A] was often not requested.
S| Despite these pressures, inspectors found that reports prepared for the courts were timely and well argued.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People in this part of the Marches are not being kept safe enough by the supervision they receive.
R| “The region must give [Leintwardine|S] the experienced staff it needs, and quickly.”

R| Six recommendations are set out in the report.
"""),
    # 5. a youth offending team in 2016 (written out; pre-2018, no overall rating); "satisfactory" not a RATING
    ("clunbury-yot-2016", facts([
        svc("Clunbury Youth Offending Team", "Clunbury YOT", "YJS", None)], "2016-09-27", "2016-06", 4),
     """N| Inspection of youth offending work in Clunbury

N| Published: [27 Sep 2016|D]

N| [HM Inspectorate of Probation|A] has released its findings on youth offending work in Clunbury.
N| The inspection of [Clunbury Youth Offending Team|S] (YOT) took place in [June 2016|D].

S| Inspectors found that work to reduce reoffending was satisfactory and that the YOT had a strong relationship with local schools.
S| Case managers at [Clunbury YOT|S] kept up contact with children doggedly, even when appointments were missed.
W| Work to protect the public was not done well enough: plans were vague and managers did not check them.
W| Too few children were given help with their mental health, and waits for [CAMHS|A] appointments were long.

N| [Paul Wilson|X], HM Chief Inspector of Probation, said: “There is a good deal here to build on.
R| “The management board should now focus on public protection and on getting children the health care they need.”

R| The report makes four recommendations.
"""),
    # 6. two youth justice services in one local-news story; "X came out as ‘...’ while Y was given ‘...’";
    #    the report "published on Thursday (3 November)" under a byline of Monday 7 November 2022
    ("mucklestone-and-maer-yjs-2022", facts([
        svc("Mucklestone Youth Justice Service", "Mucklestone YJS", "YJS", GOOD),
        svc("Maer Youth Justice Service", "Maer YJS", "YJS", RI)], "2022-11-03", "2022-07", 9),
     """N| Mixed verdicts for two youth justice teams

N| By [Sarah Capewell|X]

N| [Monday 7 November 2022|D]

N| Inspectors have reported on [Mucklestone Youth Justice Service|S] and [Maer Youth Justice Service|S], in reports published on Thursday ([3 November|D]) after visits in [July 2022|D].
N| [Mucklestone|S] came out as ‘[Good|R]’ while [Maer|S] was given ‘[Requires improvement|R]’.

S| The inspectorate said [Mucklestone|S]’s workers were quick to spot children at risk of exploitation and to share what they knew with the police.
W| In Maer, it found that children often waited weeks before their first meeting with a case worker.
W| Inspectors also said the board overseeing [Maer YJS|S] had only a hazy picture of how good the work was.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is plenty for [Mucklestone|S] to be proud of.
R| “In Maer, leaders need to act on delays so that every child gets help from the start.”

R| Nine recommendations are made across the two reports, four for [Mucklestone|S] and five for [Maer|S].

N| A spokesperson for [Staffordshire County Council|A] said an action plan would follow shortly.
"""),
    # 7. an Outstanding youth service, plain modern release; "the highest possible rating"
    ("onibury-yjs-2024", facts([
        svc("Onibury Youth Justice Service", "Onibury YJS", "YJS", OUT)], "2024-04-25", "2024-01", 2),
     """N| Top rating for youth justice in Onibury

N| [HM Inspectorate of Probation|A] has given [Onibury Youth Justice Service|S] the highest possible rating, ‘[Outstanding|R]’.
N| The inspection took place in [January 2024|D].

S| Each child’s plan was drawn up with them, in plain language they could follow.
S| The service worked closely with [Shropshire Council|A]’s children’s services, so that children in care were rarely left without support.
S| Its diversion work kept many children out of the courts altogether.
W| The only area needing attention was the recording of decisions on out-of-court disposals, which was not always complete.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “For its size, this service achieves remarkable things.
S| “Staff at [Onibury|S] can take great credit for what they achieve.”

R| The report makes two recommendations.

N| The report was published on [25 April 2024|D].
"""),
    # 8. a CRC in 2019 (older name), "has judged X (CRC) to be ‘...’"; a
    #    rating of the National Probation Service division beside it (another service's, not this one's)
    ("kinnerley-and-knockin-crc-2019", facts([
        svc("Kinnerley and Knockin Community Rehabilitation Company", "Kinnerley and Knockin CRC", "CRC", RI)],
        "2019-07-11", "2019-03", 8),
     """N| Community Rehabilitation Company in the Marches ‘[Requires improvement|R]’

N| Published: [11 Jul 2019|D]

N| [HM Inspectorate of Probation|A] has judged [Kinnerley and Knockin Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’.
N| The [National Probation Service|A] division covering the same area was rated ‘[Good|R]’ earlier this year.
N| Inspectors visited the CRC in [March 2019|D].

W| Too many people under supervision were contacted only by telephone, and some had not seen an officer in person for months.
W| Unpaid work placements were often cancelled at short notice.
S| On a more positive note, the CRC’s through-the-gate team had built good links with [HMP Stoke Heath|S].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kinnerley and Knockin CRC|S] is not yet giving people the contact they need to change their lives.”

R| The report makes eight recommendations, one of them for [HM Prison and Probation Service|A].
"""),
    # 9. a PDU "given the lowest possible rating"; the region named as context; fieldwork "in May and June 2023"
    ("blymhill-pdu-2023", facts([
        svc("Blymhill Probation Delivery Unit", "Blymhill PDU", "PDU", INAD)], "2023-08-30", "2023-05", 7),
     """N| Probation unit in south Staffordshire given lowest rating

N| Published [30 August 2023|D]

N| [Blymhill Probation Delivery Unit|S], part of the [Probation Service|A]’s [West Midlands region|S], has been given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors were on site in [May and June 2023|D].

W| Nearly a third of cases had no assessment of risk of serious harm at all.
W| Staff told inspectors they felt unsupported and unsure who to turn to for advice.
S| While the caseloads were heavy, inspectors saw some committed work with women on probation.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am seriously concerned that the public in this area are not being protected as they should be.
R| “Urgent action is required to stabilise the workforce.”

R| The report makes seven recommendations.
"""),
    # 10. a youth service on a council page, "carried out remotely in October 2021"; "received an overall rating of"
    ("forton-yjs-2021", facts([
        svc("Forton Youth Justice Service", "Forton YJS", "YJS", GOOD)], "2021-12-02", "2021-10", 3),
     """N| Council welcomes ‘[Good|R]’ inspection result for youth justice

N| [2 December 2021|D]

N| [Forton Youth Justice Service|S] earned an overall ‘[Good|R]’ when [HM Inspectorate of Probation|A] looked at its work this autumn.
N| The inspection was carried out remotely in [October 2021|D].

S| The inspectors commended the service for the speed with which it arranged support for children referred by the police.
S| They also said the work of the YJS with victims was thoughtful and well recorded.
W| They found, though, that education plans for children excluded from school were too often left incomplete.

R| The report makes three recommendations.

N| Councillor [Mark Sutton|X], [Staffordshire County Council|A]’s cabinet member for children, said: “I want to thank everyone at [Forton YJS|S] for their hard work.”
"""),
    # 11. an NPS division in 2019 (older name, type region), "overall regional rating of ‘...’"
    ("orleton-nps-division-2019", facts([
        svc("National Probation Service – Orleton Division", "NPS Orleton", "region", RI)], "2019-10-16", "2019-06", 9),
     """N| NPS division ‘[Requires improvement|R]’ – report

N| Published: [16 Oct 2019|D]

N| The [National Probation Service – Orleton Division|S] has been awarded an overall regional rating of ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The division manages about 2,800 people across the north Herefordshire border.
N| The fieldwork was done in [June 2019|D].

S| Inspectors found that advice to the courts was thorough and that sentencers trusted it.
W| Work with victims, however, was patchy and several victims had not been told about release dates.
W| With posts unfilled, a number of officers carried upwards of 60 cases each.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Orleton|S] has the makings of a good division.
R| “Its leaders must now tackle the staffing gaps that are holding it back.”

R| The report makes nine recommendations.
"""),
    # 12. a 2025-26 public-protection inspection of a Powys PDU: no rating; "Context" and "Findings" bullets; a Welsh
    #     council date 20/11/2025
    ("hyssington-pdu-2025", facts([
        svc("Hyssington Probation Delivery Unit", "Hyssington PDU", "PDU", None)], "2025-11-20", "2025-08", 5),
     """N| Public protection inspection: [Hyssington Probation Delivery Unit|S]

N| [20/11/2025|D]

N| [HM Inspectorate of Probation|A] has now reported on public protection work at [Hyssington Probation Delivery Unit|S], part of [Probation Service – Wales|S].
N| Inspectors visited in [August 2025|D].

N| Context
N| The PDU covers a large rural area of Powys and supervises about 900 people.

N| Findings
S| Managers had a clear grip on the highest-risk cases.
S| Joint work with [Dyfed-Powys Police|A] on domestic abuse was well established.
W| Home visits were rarely made, even where children lived in the household.
W| Recording of safeguarding checks was inconsistent.

R| The inspectorate makes five recommendations for the PDU and [Probation Service – Wales|S].
"""),
    # 13. a youth service "assessed as ‘...’" overall, two aspects "rated separately", a previous rating beside
    ("whixall-yjs-2024", facts([
        svc("Whixall Youth Justice Service", "Whixall YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}, {"aspect": "out-of-court disposals", "rating": INAD}])],
        "2024-07-09", "2024-03", 6),
     """N| Youth justice in Whixall: ‘[Requires improvement|R]’

N| Published [9 July 2024|D]

N| Inspectors have assessed [Whixall Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
W| Resettlement and out-of-court disposals were rated separately: resettlement ‘[Good|R]’, out-of-court disposals ‘[Inadequate|R]’.
N| In [2021|D] the service had been rated ‘[Good|R]’.
N| Fieldwork for the inspection took place in [March 2024|D].

W| Decisions on out-of-court disposals were made without enough information about the child.
S| Children returning from custody were met at the gate and had a place to live.
W| Managers had been slow to act on the findings of the last inspection.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is disappointing that [Whixall|S] has slipped since its last inspection.
R| “The board must restore the standards it had.”

R| Six recommendations are made in the report.
"""),
    # 14. two PDUs, one region, "Both units have come out at ‘...’"; fieldwork across two months
    ("tilstock-and-calverhall-pdus-2025", facts([
        svc("Tilstock Probation Delivery Unit", "Tilstock PDU", "PDU", RI),
        svc("Calverhall Probation Delivery Unit", "Calverhall PDU", "PDU", RI)], "2025-03-12", "2024-11", 8),
     """N| News

N| Two probation units in north Shropshire ‘[Requires improvement|R]’

N| Published: [12 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has published reports on [Tilstock Probation Delivery Unit|S] and [Calverhall Probation Delivery Unit|S], both in the [West Midlands region|S].
N| Both units have come out at ‘[Requires improvement|R]’.
N| Inspectors were in the units from [25 November to 6 December 2024|D].

S| [Tilstock|S] had a stable team of probation officers and good links with local drug and alcohol services.
W| At Calverhall, many cases had passed through several officers, and plans had not kept up.
W| In both units, work to keep children safe was not good enough in about half the cases inspected.

R| Eight recommendations are made, four for each unit.
"""),
    # 15. a youth offending service in 2020, a place with lower-case joining words; "rated good" lower case
    ("norton-in-hales-yos-2020", facts([
        svc("Norton in Hales Youth Offending Service", "Norton in Hales YOS", "YJS", GOOD)], "2020-09-24", "2020-02", 4),
     """N| Youth offending service in north Shropshire rated ‘[Good|R]’

N| [Thursday, 24th September 2020|D]

N| [Norton in Hales Youth Offending Service|S] (YOS) is rated ‘[Good|R]’ by [HM Inspectorate of Probation|A], whose report is out today.
N| Inspectors visited the service between [17 and 21 February 2020|D].

S| The YOS had strong leadership and a management board that asked searching questions.
S| Children’s views were sought at every stage of their work.
W| Yet the risk a child might present to brothers and sisters was not always weighed in assessments.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Norton in Hales YOS|S] is rightly rated [good|R].
R| “The board should now make sure assessments cover everyone who could be at risk.”

R| There are four recommendations.
"""),
    # 16. a youth service "found to be ‘...’"; no recommendation count stated (null)
    ("dorrington-yjs-2023", facts([
        svc("Dorrington Youth Justice Service", "Dorrington YJS", "YJS", OUT)], "2023-05-17", "2023-01", None),
     """N| ‘[Outstanding|R]’ verdict for youth justice in Dorrington

N| Published [17 May 2023|D]

N| [Dorrington Youth Justice Service|S] has been found to be ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [January 2023|D].

S| Inspectors described a service in which every child was known well by the people working with them.
S| Health workers, including a speech and language therapist, were part of the team.
S| Work to divert children from the courts was among the best inspectors had seen.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dorrington|S] shows what can be done when a whole partnership puts children first.”

N| The full report is on the inspectorate’s website.
"""),
    # 17. a PDU "Requires improvement"; "inspected X in <month year>"; short form "Condover PDU"
    ("condover-pdu-2024", facts([
        svc("Condover Probation Delivery Unit", "Condover PDU", "PDU", RI)], "2024-12-05", "2024-07", 6),
     """N| Press release

N| Probation unit near Shrewsbury must improve, inspectors say

N| From: [HM Inspectorate of Probation|A]

N| Published [5 December 2024|D]

N| [HM Inspectorate of Probation|A] inspected [Condover Probation Delivery Unit|S] in [July 2024|D] and has rated it ‘[Requires improvement|R]’.

S| Inspectors were impressed by the unit’s work with people with drug and alcohol problems.
W| Of the 38 cases looked at, just 14 set out enough to manage the risk of harm.
W| Staff vacancies had led to high caseloads and low morale.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Condover PDU|S] is doing some good work, but too much of it is uneven.
R| “Leaders need to make sure every case gets a proper risk assessment.”

R| The report makes six recommendations.
"""),
    # 18. a youth service rated ‘Inadequate’ on a council page; "we make N recommendations"; date 08/02/2022
    ("hanwood-yjs-2022", facts([
        svc("Hanwood Youth Justice Service", "Hanwood YJS", "YJS", INAD)], "2022-02-08", "2021-10", 7),
     """N| Statement on youth justice inspection

N| [08/02/2022|D]

N| [Hanwood Youth Justice Service|S] was inspected in [October 2021|D] and [HM Inspectorate of Probation|A] has now rated it ‘[Inadequate|R]’.

W| The service had too little grasp of the danger some children posed to other people, inspectors found.
W| Board meetings were held on time, yet they changed little.
S| Inspectors did praise the YJS’s work to keep children in education.

R| The inspectorate makes seven recommendations.

N| A [Shropshire Council|A] spokesperson said: “We accept the findings in full and have already begun to act on them.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 165th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
