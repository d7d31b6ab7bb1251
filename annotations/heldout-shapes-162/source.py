"""Builds the 162nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two New Forest PDUs on a GOV.UK page, the region named first; "came out at" / "was placed in the lowest band"
    ("boldre-and-sway-pdus-2024", facts([
        svc("Boldre Probation Delivery Unit", "Boldre PDU", "PDU", RI),
        svc("Sway Probation Delivery Unit", "Sway PDU", "PDU", INAD)], "2024-06-11", "2024-01", 9),
     """N| Press release

N| Two probation units in the New Forest inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on two units of the [Probation Service – South Central region|S]: [Boldre Probation Delivery Unit|S] and [Sway Probation Delivery Unit|S].
N| [Boldre|S] came out at ‘[Requires improvement|R]’, while [Sway|S] was placed in the lowest band, ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sway|S] has seen nearly all of its experienced officers leave in twelve months, and those still there are stretched thin.
W| “Police call-outs for domestic abuse had gone unchecked in over half of that unit’s files we examined.
S| “[Boldre|S] has a steadier team, and its managers were honest with us about what still needs doing.”

S| Inspectors commended [Boldre PDU|S]’s work with local employers, which had found jobs for a number of people leaving custody.
W| Neither unit was giving enough attention to the children of people on probation.

R| Nine recommendations are made in the two reports, five for [Sway|S] and four for [Boldre|S].

N| The [Probation Service|A] responded that experienced officers were already being moved to Sway.
"""),
    # 2. two youth justice services across the Dorset/Wiltshire border in a local-news story; "earned the highest grade"
    ("sixpenny-handley-and-tollard-royal-yjs-2024", facts([
        svc("Sixpenny Handley Youth Justice Service", "Sixpenny Handley YJS", "YJS", GOOD),
        svc("Tollard Royal Youth Justice Service", "Tollard Royal YJS", "YJS", OUT)], "2024-10-08", "2024-06", 6),
     """N| Youth teams on the Dorset and Wiltshire border win praise from inspectors

N| By [Helen Marsh|X]

N| [Friday 11 October 2024|D]

N| Inspectors looked at [Sixpenny Handley Youth Justice Service|S] and [Tollard Royal Youth Justice Service|S] in [June 2024|D], and their reports were published on Tuesday ([8 October|D]).
N| [Tollard Royal|S] earned the highest grade, ‘[Outstanding|R]’, with [Sixpenny Handley|S] one step behind at ‘[Good|R]’.

S| The inspectors found that [Tollard Royal|S]’s workers stayed with the same children for years and came to know whole families.
S| They also praised [Sixpenny Handley|S] for getting children quick access to mental health support.
W| The [Sixpenny Handley YJS|S] report says, however, that plans to keep victims safe were sometimes thin.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Whichever side of the county border they live on, children are well served by these teams, and staff can be rightly proud.”

R| There are six recommendations, three for each service.

N| [Dorset Council|A] said it was delighted with both reports.
"""),
    # 3. a unit inside its region, region in headline; the region's own rating as context; notes give the day
    ("dibden-pdu-2024", facts([
        svc("Dibden Probation Delivery Unit", "Dibden PDU", "PDU", INAD)], "2024-11-19", "2024-07", 7),
     """N| [South Central probation region|S]: [Dibden unit|S] judged to be failing

N| [HM Inspectorate of Probation|A] has judged [Dibden Probation Delivery Unit|S] to be ‘[Inadequate|R]’; the unit belongs to the [Probation Service – South Central region|S].
N| A [2023|D] inspection of the whole region had ended in ‘[Requires improvement|R]’.
N| Inspectors reviewed 44 cases in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dibden|S] is not keeping people safe.
W| “Officers told us they were holding twice the caseload they could manage, and some had stopped visiting homes altogether.”

W| Mr Jones continued: “Too often, risk to a partner or a child was recorded once and never revisited.”

S| Despite the pressures, inspectors found that staff at [Dibden|S] supported each other well and that sentence planning with people on probation was usually done together.
W| Joint work with [Hampshire and Isle of Wight Constabulary|A] on domestic abuse call-outs was patchy.

R| The unit must take forward five of the report’s seven recommendations; the region owns the remaining two.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [19 November 2024|D]; the report will then appear on the inspectorate’s website.
N| 2. [Dibden PDU|S] is one of the probation delivery units of [Probation Service – South Central region|S].
"""),
    # 4. a unit inside its region, lower-case headline name, "sits at"
    ("holbury-pdu-2023", facts([
        svc("Holbury Probation Delivery Unit", "Holbury PDU", "PDU", RI)], "2023-05-16", "2023-01", 5),
     """N| News

N| [Holbury probation unit|S] in the [South Central region|S] must improve

N| Published: [16 May 2023|D]

N| After an inspection in [January 2023|D], [Holbury Probation Delivery Unit|S] sits at ‘[Requires improvement|R]’ on the inspectorate’s four-point scale.

S| Inspectors found a stable management team and clear lines of communication between managers and practitioners.
S| Encouragingly, people on probation told inspectors they felt listened to.
W| However, assessments of the risk of serious harm were sound in only 19 of 41 cases.
W| Staff had a limited understanding of the services available for people with drug and alcohol problems.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Holbury|S] has a good deal to build on.
R| “Managers now need to make sure that every assessment draws on police and children’s services information.”

R| We have made five recommendations to the unit.
"""),
    # 5. a Probation Trust in 2013, no rating, bullet lists
    ("furzebrook-and-stoborough-probation-trust-2013", facts([
        svc("Furzebrook and Stoborough Probation Trust", "Furzebrook and Stoborough Probation Trust", "other", None)],
        "2013-02-26", "2012-10", 8),
     """N| Probation in Furzebrook and Stoborough: inspection findings

N| [Tuesday, 26th February 2013|D]

S| [Furzebrook and Stoborough Probation Trust|S] manages most offenders well, according to a report from [HM Inspectorate of Probation|A] published today.
N| Inspectors visited the Trust in [October 2012|D] and read 54 cases.

N| Inspectors were pleased to find that:
S| • initial assessments were mostly done on time;
S| • offender managers knew their cases well and were persistent in keeping contact.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often out of date;
W| • home visits were rarely made in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “On the heathland and in the towns alike, offender managers here are loyal to the Trust and proud of their work.
R| “It should now make public protection work as dependable as the rest of its practice.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019, "found to be ‘Inadequate’ overall"; unpaid work rated separately
    ("affpuddle-and-tyneham-crc-2019", facts([
        svc("Affpuddle and Tyneham Community Rehabilitation Company", "Affpuddle and Tyneham CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-11-26", "2019-08", 6),
     """N| Embargoed until 00.01, [Tuesday 26 November 2019|D]

N| Probation company in Dorset needs urgent change, say inspectors

N| [HM Inspectorate of Probation|A] has concluded that [Affpuddle and Tyneham Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], is ‘[Inadequate|R]’ overall.
W| Its unpaid work, which is rated separately, received ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Phone calls have largely replaced face-to-face meetings for people supervised by this CRC.
W| “Officers had caseloads far above what is reasonable, and some admitted to us that they no longer felt able to do the job properly.”

S| Inspectors did commend the CRC’s through-the-gate team, which helped people leaving prison find housing.
W| Key details about risk were frequently lost when the CRC handed cases over to the [National Probation Service|A].

R| Of the six recommendations, four are aimed at the CRC and its owner, [Working Links|A], and two at [HM Prison and Probation Service|A].
"""),
    # 7. a youth offending team written out, council page 2016, no rating, bullet lists; dd/mm/yyyy
    ("gussage-yot-2016", facts([
        svc("Gussage Youth Offending Team", "Gussage YOT", "YJS", None)], "2016-09-14", "2016-05", 4),
     """N| Inspection of youth offending work in Gussage

N| Posted: [14/09/2016|D]

N| A report on [Gussage Youth Offending Team|S] (YOT) by [HM Inspectorate of Probation|A] has been published.
N| Inspectors visited the YOT in [May 2016|D].

N| The inspectors found that:
S| • children were seen promptly after sentence and most attended their appointments;
S| • the YOT worked closely with local schools.

N| But they also found that:
W| • the risk that children posed to others was not always reviewed;
W| • victims were not consistently offered a say in reparation.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Gussage|S]’s staff are committed and know their children well.”

R| The report makes four recommendations to the YOT management board.

N| The council’s lead member for children said the YOT would act on every recommendation.
"""),
    # 8. a Youth Offending Service in 2019, "judged to be ‘Good’"
    ("chettle-yos-2019", facts([
        svc("Chettle Youth Offending Service", "Chettle YOS", "YJS", GOOD)], "2019-12-10", "2019-09", 3),
     """N| [Chettle youth offending service|S] ‘[Good|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has judged [Chettle Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| The inspection took place in [September 2019|D].

S| Inspectors found that the YOS had strong links with [Dorset Police|A] and with children’s social care.
S| Case workers were persistent and creative in keeping children engaged.
W| However, work to divert children from court was not always well recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chettle|S] has a caring and capable team that puts children first.”

R| The report makes three recommendations.

N| Notes to editors
N| The report is published on [10 December 2019|D].
"""),
    # 9. an NPS division in 2019 with an overall regional rating
    ("nps-keyhaven-and-pennington-division-2019", facts([
        svc("National Probation Service – Keyhaven and Pennington Division", "NPS Keyhaven and Pennington", "region", RI)],
        "2019-10-29", "2019-06", 7),
     """N| Probation division on the Solent coast told to improve

N| The overall regional rating for [National Probation Service – Keyhaven and Pennington Division|S] is ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] has announced.
N| Inspectors carried out fieldwork in [June 2019|D].

S| Court work was a particular strength, with reports prepared quickly and well.
W| On the other hand, staffing shortages meant some officers held caseloads well above target.
W| Work with victims was inconsistent.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Keyhaven and Pennington|S] has many dedicated staff, but its leaders have not yet got on top of vacancies.”

R| The division and [HMPPS|A] share seven recommendations between them.

N| The report was published on [29 October 2019|D].
"""),
    # 10. youth justice service with resettlement rated separately
    ("rockbourne-yjs-2022", facts([
        svc("Rockbourne Youth Justice Service", "Rockbourne YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-08-23", "2022-04", 4),
     """N| Inspectors rate [Rockbourne youth justice service|S] ‘[Good|R]’

N| Published: [23 August 2022|D]

N| After its inspection by [HM Inspectorate of Probation|A] in [April 2022|D], [Rockbourne Youth Justice Service|S] has been rated ‘[Good|R]’.
S| Resettlement, rated separately, was assessed as ‘[Outstanding|R]’.

S| Leaders had a clear vision, inspectors found, and the management board held partners to account.
S| Children leaving custody had a home and a school place arranged before release.
W| However, the quality of out-of-court disposal work was variable.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rockbourne|S]’s work with children coming home from custody is among the best we have seen.”

R| Four recommendations are made: three for the service, one for [Hampshire County Council|A].
"""),
    # 11. youth justice service, RI, previous rating Inadequate beside it
    ("whitsbury-yjs-2021", facts([
        svc("Whitsbury Youth Justice Service", "Whitsbury YJS", "YJS", RI)], "2021-07-20", "2021-03", 6),
     """N| [Whitsbury youth justice service|S] makes progress but must do more

N| [Tuesday 20 July 2021|D]

N| Inspectors now place [Whitsbury Youth Justice Service|S] at ‘[Requires improvement|R]’, an improvement on its ‘[Inadequate|R]’ rating of [2019|D].
N| The inspection was carried out remotely in [March 2021|D].

S| Inspectors found a new leadership team that had set clear priorities.
W| But only 12 of the 24 assessments inspected looked properly at children’s safety and wellbeing.
W| Health provision, particularly speech and language support, had gaps.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whitsbury|S] has come a long way, but the service children get still depends too much on which worker they have.”

R| The report makes six recommendations.
"""),
    # 12. youth justice service, Outstanding
    ("bramshaw-yjs-2025", facts([
        svc("Bramshaw Youth Justice Service", "Bramshaw YJS", "YJS", OUT)], "2025-03-04", "2024-11", 2),
     """N| Press release

N| [Bramshaw youth justice service|S] ‘[Outstanding|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [4 March 2025|D]

N| Inspectors have awarded [Bramshaw Youth Justice Service|S] their highest rating, ‘[Outstanding|R]’.
N| The inspection took place in [November 2024|D].

S| Inspectors were impressed with the quality of assessments, which took full account of children’s lives and experiences.
S| Partnerships with health, education and [Hampshire and Isle of Wight Constabulary|A] were strong.
S| Staff were tenacious in keeping children in education.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Few services we visit match the care this team shows, and children in the New Forest are lucky to have it.”

R| The report makes two recommendations to help the service sustain its work.
"""),
    # 13. 2025-26 public-protection inspection of a PDU, no rating, Context / Findings bullets
    ("ashurst-pdu-2025", facts([
        svc("Ashurst Probation Delivery Unit", "Ashurst PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Skip to content

N| Public protection inspection report published

N| Published: [2 December 2025|D]

N| A public protection inspection of [Ashurst Probation Delivery Unit|S] by [HM Inspectorate of Probation|A] is out today.
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [September 2025|D].

N| Context
N| • [Ashurst PDU|S] supervises around 700 people across the New Forest for the [Probation Service|A].

N| Findings
S| • Staff knew how to recognise signs of domestic abuse and acted on them.
W| • Home visits were not made in many cases where they were needed.
W| • Information from [Hampshire and Isle of Wight Constabulary|A] was not always requested.

R| The report makes five recommendations.
"""),
    # 14. youth justice service, "given the lowest possible rating"
    ("fritham-yjs-2020", facts([
        svc("Fritham Youth Justice Service", "Fritham YJS", "YJS", INAD)], "2020-02-18", "2019-11", 7),
     """N| [Fritham youth justice service|S] given lowest rating

N| [HM Inspectorate of Probation|A] has given [Fritham Youth Justice Service|S] its lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited between [4 and 8 November 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fritham|S] is letting its children down.
W| “The management board rarely met, and when it did, little changed.”

W| Inspectors found that safety plans were missing in a third of cases.
S| Despite this, case workers were warm and children spoke well of them.

R| The report makes seven recommendations, including one for [Hampshire County Council|A].

N| ENDS

N| Notes to editors
N| The report is available on the inspectorate’s website from [18 February 2020|D].
"""),
    # 15. youth justice service, RI, "found to require improvement"
    ("exbury-yjs-2023", facts([
        svc("Exbury Youth Justice Service", "Exbury YJS", "YJS", RI)], "2023-09-12", "2023-04", 6),
     """N| [Exbury Youth Justice Service|S]: ‘[Requires improvement|R]’

N| Published: [12 September 2023|D]

N| Inspectors have found [Exbury Youth Justice Service|S] to be ‘[Requires improvement|R]’ overall.
N| Fieldwork for this inspection took place in [April 2023|D].

S| Staff were committed and knew the children they worked with.
W| However, the service lacked professional curiosity about risks outside the home.
W| Too few children had a say in their plans.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Exbury|S]’s staff clearly care about the children they support.
R| “Leaders must now make sure that work to keep children safe is as strong as work to support them.”

R| The report makes six recommendations.
"""),
    # 16. a single PDU, RI, "assessed as"
    ("hordle-pdu-2022", facts([
        svc("Hordle Probation Delivery Unit", "Hordle PDU", "PDU", RI)], "2022-11-15", "2022-06", 6),
     """N| [Hordle probation unit|S] ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has assessed [Hordle Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Inspectors visited over two weeks in [June 2022|D].

S| Leaders had a clear plan to improve the quality of supervision.
W| Nevertheless, a third of practitioner posts were vacant.
W| Work to manage the risk of harm was not always good enough.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hordle|S]’s staff are working hard, but there are simply not enough of them.”

R| The report makes six recommendations.

N| Notes to editors
N| The report will be published on [15 November 2022|D].
"""),
    # 17. youth justice service, Good, council page
    ("minstead-yjs-2024", facts([
        svc("Minstead Youth Justice Service", "Minstead YJS", "YJS", GOOD)], "2024-04-23", "2023-12", 4),
     """N| Council welcomes ‘[Good|R]’ rating for [Minstead youth justice service|S]

N| Posted on [23/04/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited [Minstead Youth Justice Service|S] in [December 2023|D] and have rated it ‘[Good|R]’.

S| Inspectors praised the service’s work with victims.
S| Children were helped to get back into education quickly.
W| However, planning for children moving to adult services needed further development.

N| A spokesperson for [Hampshire County Council|A] said: “We thank our staff and partners for their hard work.”

R| The inspectors made four recommendations.
"""),
    # 18. youth justice service, Good, local news
    ("woodcutts-yjs-2021", facts([
        svc("Woodcutts Youth Justice Service", "Woodcutts YJS", "YJS", GOOD)], "2021-06-29", "2021-02", 5),
     """N| [Woodcutts youth justice team|S] ‘doing an excellent job’

N| By [Tom Ellery|X]

N| Inspectors have judged [Woodcutts Youth Justice Service|S] to be ‘[Good|R]’ in a report out today ([29 June 2021|D]).
N| The inspection was carried out in [February 2021|D].

S| The watchdog found that [Woodcutts|S] had kept in close touch with children throughout the pandemic.
S| Case workers were skilled at building trust.
W| But work to manage risks to others was not always thorough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Woodcutts|S] is doing an excellent job.”

R| Five recommendations are made.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 162nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
