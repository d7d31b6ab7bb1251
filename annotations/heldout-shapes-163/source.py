"""Builds the hundred-and-sixty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Nottinghamshire PDUs on a GOV.UK page, a rating each, no overall rating for the release
    ("bestwood-and-papplewick-pdus-2024", facts([
        svc("Bestwood Probation Delivery Unit", "Bestwood PDU", "PDU", RI),
        svc("Papplewick Probation Delivery Unit", "Papplewick PDU", "PDU", INAD)], "2024-06-18", "2024-02", 8),
     """N| Press release

N| Two Nottinghamshire probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Bestwood Probation Delivery Unit|S] and [Papplewick Probation Delivery Unit|S], which belong to the [Probation Service – East Midlands region|S].
N| [Bestwood|S] was rated ‘[Requires improvement|R]’ and [Papplewick|S] ‘[Inadequate|R]’.
N| Inspectors visited both units in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Papplewick, almost half the practitioner posts were vacant and managers were covering cases themselves.
S| “[Bestwood|S] has a stable team and its work with [Nottinghamshire Police|A] on domestic abuse call-outs is good.”

R| The reports make eight recommendations, four for each unit.
"""),
    # 2. a YJS, local news, rating without "rated"
    ("langley-mill-yjs-2023", facts([
        svc("Langley Mill Youth Justice Service", "Langley Mill YJS", "YJS", GOOD)], "2023-10-05", "2023-06", 5),
     """N| [Langley Mill youth team|S] earns ‘[Good|R]’ from inspectors

N| [Thursday 5 October 2023|D]

N| [Langley Mill Youth Justice Service|S] has come away from its inspection with a ‘[Good|R]’ grade, in a report published today.
N| The inspection took place in [June 2023|D].

S| The watchdog found that case workers built trusting relationships with children and their families.
W| However, work to keep victims informed was not always timely.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Langley Mill|S]’s staff can be rightly proud: children come first here.”

R| Five recommendations are made.

N| A spokesperson for [Derbyshire County Council|A] said the council would act on every one of them.
"""),
    # 3. a unit inside its region, the region's own rating as context
    ("cotmanhay-pdu-2025", facts([
        svc("Cotmanhay Probation Delivery Unit", "Cotmanhay PDU", "PDU", RI)], "2025-02-11", "2024-10", 6),
     """N| [East Midlands probation region|S]: [Cotmanhay unit|S] must improve

N| Inspectors have given [Cotmanhay Probation Delivery Unit|S], covering the Erewash valley for the [Probation Service – East Midlands region|S], an overall grade of ‘[Requires improvement|R]’.
N| The whole region had been inspected in [2023|D] and received ‘[Requires improvement|R]’ too.
N| Fieldwork took place in [October 2024|D].

S| Inspectors praised the unit’s court team, whose reports were of a high standard.
W| Worryingly, in only 42 per cent of cases was enough done to keep children safe.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Committed people work here, but they are stretched far too thinly.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. The report will be published on [11 February 2025|D] at 00.01.
"""),
    # 4. older name: a Youth Offending Team, 2016, no rating
    ("ironville-yot-2016", facts([
        svc("Ironville Youth Offending Team", "Ironville YOT", "YJS", None)], "2016-04-27", "2016-01", 7),
     """N| Youth offending work in Ironville – report published

N| [27 April 2016|D]

N| [HM Inspectorate of Probation|A] today published its report on youth offending work in Ironville, following a short quality screening of [Ironville Youth Offending Team|S] in [January 2016|D].

N| Inspectors were pleased to find that:
S| • case managers knew the children well and were tenacious in keeping in touch with them;
S| • links with local schools were strong.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often copied forward without review;
W| • the management board did not challenge performance.

R| The report makes seven recommendations.
"""),
    # 5. CRC, aspect rated separately
    ("jacksdale-and-riddings-crc-2019", facts([
        svc("Jacksdale and Riddings Community Rehabilitation Company", "Jacksdale and Riddings CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-26", "2019-07", 9),
     """N| Embargoed until 00.01, [Tuesday 26 November 2019|D]

N| [Jacksdale and Riddings Community Rehabilitation Company|S] has been given ‘[Requires improvement|R]’ overall in a report by [HM Inspectorate of Probation|A].
S| Its unpaid work, rated separately, was judged ‘[Good|R]’.
N| Inspectors visited in [July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Face-to-face supervision has given way to telephone calls for too many people here.”
S| He added that the CRC’s links with local employers were a notable strength.

R| Nine recommendations are made, seven for the CRC and two for [HMPPS|A].
"""),
    # 6. plain PDU release, Inadequate
    ("eakring-pdu-2023", facts([
        svc("Eakring Probation Delivery Unit", "Eakring PDU", "PDU", INAD)], "2023-09-12", "2023-05", 6),
     """N| [Eakring probation unit|S] rated ‘[Inadequate|R]’

N| Published: [12 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has given [Eakring Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork between [9 and 19 May 2023|D].

W| Inspectors were concerned to find that staff morale was poor and that many officers were unsure of their roles.
S| Despite high caseloads, the unit’s approved premises team kept in close touch with residents.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders must get a grip on staffing as a matter of urgency.”

R| We have made six recommendations.

N| ENDS
"""),
    # 7. YJS Outstanding, council page
    ("halam-yjs-2024", facts([
        svc("Halam Youth Justice Service", "Halam YJS", "YJS", OUT)], "2024-03-14", "2023-11", 3),
     """N| News from [Nottinghamshire County Council|A]

N| [14/03/2024|D]

N| We are delighted that [Halam Youth Justice Service|S] has been graded ‘[Outstanding|R]’, the highest possible, following an inspection in [November 2023|D].
N| The report was published on [14 March 2024|D].

S| Inspectors described the service’s work with children as never an afterthought and commended its partnership with [CAMHS|A].
W| They said that resettlement planning for children leaving custody could be further enhanced.

R| The report makes three recommendations.
"""),
    # 8. several YJS, rating without rated
    ("epperstone-and-lambley-yjss-2022", facts([
        svc("Epperstone Youth Justice Service", "Epperstone YJS", "YJS", GOOD),
        svc("Lambley Youth Justice Service", "Lambley YJS", "YJS", RI)], "2022-08-23", "2022-04", 9),
     """N| Two youth services in Nottinghamshire – inspection results

N| Published: [23 Aug 2022|D]

N| [Epperstone Youth Justice Service|S] and [Lambley Youth Justice Service|S] were inspected in [April 2022|D].
N| The verdicts were ‘[Good|R]’ for [Epperstone|S] and ‘[Requires improvement|R]’ for [Lambley|S].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Epperstone|S]’s case workers are tenacious and its board is not complacent.
W| “In Lambley, assessments were inconsistent and out-of-court work lacked oversight.”

R| The two reports make nine recommendations between them.
"""),
    # 9. PDU with previous rating beside
    ("underwood-pdu-2025", facts([
        svc("Underwood Probation Delivery Unit", "Underwood PDU", "PDU", RI)], "2025-05-20", "2025-01", 5),
     """N| [Underwood probation unit|S] moves up to ‘[Requires improvement|R]’

N| Published [20 May 2025|D]

N| [Underwood Probation Delivery Unit|S] is now rated ‘[Requires improvement|R]’; its last inspection, in [2022|D], had ended with ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Underwood|S] is showing green shoots, and I am encouraged.
W| “However, too few people were referred to the interventions they needed.”

R| The report makes five recommendations.
"""),
    # 10. probation region, overall regional rating
    ("linby-and-newstead-nps-division-2019", facts([
        svc("National Probation Service – Linby and Newstead Division", "NPS Linby and Newstead", "region", GOOD)],
        "2019-10-08", "2019-05", 7),
     """N| Probation division in north Nottinghamshire rated ‘[Good|R]’

N| Published: [8 Oct 2019|D]

N| The [National Probation Service – Linby and Newstead Division|S] has been given an overall regional rating of ‘[Good|R]’.
N| Inspectors visited in [May 2019|D].

S| Advice to courts was of a high standard and staff were dedicated.
W| Victim work, however, was variable.

R| Seven recommendations are made.
"""),
    # 11. public-protection 2025-26, no rating
    ("cossall-pdu-2026", facts([
        svc("Cossall Probation Delivery Unit", "Cossall PDU", "PDU", None)], "2026-01-27", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: [Cossall|S]

N| Published: [27 January 2026|D]

N| Context
N| [HM Inspectorate of Probation|A] inspected public protection work at [Cossall Probation Delivery Unit|S] in [September 2025|D].

N| Findings
W| • Home visits in domestic abuse cases were rare.
S| • Joint work with [Nottinghamshire Police|A] under [MAPPA|A] was strong.

R| We made four recommendations.
"""),
    # 12. YJS Inadequate
    ("smalley-and-horsley-yjs-2024", facts([
        svc("Smalley and Horsley Youth Justice Service", "Smalley and Horsley YJS", "YJS", INAD)], "2024-11-19", "2024-07", 6),
     """N| Youth justice service in Amber Valley rated ‘[Inadequate|R]’

N| [Tuesday 19 November 2024|D]

N| [Smalley and Horsley Youth Justice Service|S] has been rated ‘[Inadequate|R]’, the lowest possible rating.
N| The inspection took place in [July 2024|D].

W| Disappointingly, the management board met but little changed.
W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children were not kept safe, and nobody on the board was asking why.”

R| The report makes six recommendations, one of them for [Derbyshire Constabulary|A].
"""),
    # 13. Probation Trust 2013, scores
    ("denby-probation-trust-2013", facts([
        svc("Denby Probation Trust", "Denby Probation Trust", "other", None)], "2013-02-21", "2012-10", 8),
     """N| [Denby Probation Trust|S] – inspection report

N| [Thursday, 21st February 2013|D]

N| [HM Inspectorate of Probation|A] today published its report on [Denby Probation Trust|S], following a visit in [October 2012|D].
S| Its score on the reoffending standard was 78%.
W| Public protection work scored only 64%.

R| The report contains eight recommendations.
"""),
    # 14. YJS Good
    ("westwood-yjs-2021", facts([
        svc("Westwood Youth Justice Service", "Westwood YJS", "YJS", GOOD)], "2021-09-28", "2021-06", 4),
     """N| [Westwood youth justice team|S] rated ‘[Good|R]’

N| Published: [28 Sep 2021|D]

N| After an inspection carried out remotely in [June 2021|D], [HM Inspectorate of Probation|A] has judged [Westwood Youth Justice Service|S] to be ‘[Good|R]’.
S| Staff were committed and knew each child well.
W| Work on out-of-court disposals needed further development.

R| Four recommendations are made.
"""),
    # 15. YJS RI, Y&JS switching
    ("bagthorpe-yjs-2023", facts([
        svc("Bagthorpe Youth Justice Service", "Bagthorpe YJS", "YJS", RI)], "2023-05-16", "2023-01", 6),
     """N| [Bagthorpe Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| Published: [16 May 2023|D]

N| [Bagthorpe Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| Fieldwork took place in [January 2023|D].
S| Inspectors praised the service’s speech and language work.
W| However, risk assessments were not always reviewed.

R| The report makes six recommendations.
"""),
    # 16. PDU RI, Mr Jones continued
    ("nuthall-pdu-2024", facts([
        svc("Nuthall Probation Delivery Unit", "Nuthall PDU", "PDU", RI)], "2024-09-10", "2024-05", 7),
     """N| [Nuthall probation unit|S] ‘[Requires improvement|R]’

N| Published: [10 Sep 2024|D]

N| [Nuthall Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’.
N| Inspectors visited in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Nuthall, leaders are visible and staff feel supported.”
W| Mr Jones continued: “But too many cases lacked professional curiosity about risk to children.”

R| Seven recommendations are made.
"""),
    # 17. YJS good, Strelley
    ("strelley-yjs-2025", facts([
        svc("Strelley Youth Justice Service", "Strelley YJS", "YJS", GOOD)], "2025-07-08", "2025-03", 5),
     """N| [Strelley youth justice service|S] rated ‘[Good|R]’

N| Published: [8 July 2025|D]

N| Inspectors who visited in [March 2025|D] have rated [Strelley Youth Justice Service|S] ‘[Good|R]’.
S| Inspectors were impressed with its work with victims.
W| Planning for children’s education was inconsistent.

R| Five recommendations are made.
"""),
    # 18. Breaston and Risley YOS 2018
    ("breaston-and-risley-yos-2018", facts([
        svc("Breaston and Risley Youth Offending Service", "Breaston and Risley YOS", "YJS", RI)], "2018-12-04", "2018-09", 6),
     """N| [Breaston and Risley Youth Offending Service|S] rated ‘[Requires improvement|R]’

N| Published: [4 Dec 2018|D]

N| [Breaston and Risley Youth Offending Service|S] has been rated ‘[Requires improvement|R]’.
N| Fieldwork took place in [September 2018|D].
S| Case managers were dedicated.
W| Management board oversight was weak.

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-sixty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
