"""Builds the 166th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Dengie PDUs on a GOV.UK page, the region named first; "Tillingham was given ‘...’ and Southminster the
    #    lowest mark, ‘...’"; fieldwork "during January 2024"; eight recommendations, four per unit
    ("tillingham-and-southminster-pdus-2024", facts([
        svc("Tillingham Probation Delivery Unit", "Tillingham PDU", "PDU", RI),
        svc("Southminster Probation Delivery Unit", "Southminster PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Two Essex probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Reports published today cover [Tillingham Probation Delivery Unit|S] and [Southminster Probation Delivery Unit|S], on the Essex marshes, in the [Probation Service – East of England region|S].
N| [Tillingham|S] was given ‘[Requires improvement|R]’ and [Southminster|S] the lowest mark, ‘[Inadequate|R]’.
N| Inspectors visited both units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Southminster, half of the probation officer posts stood empty and the staff who remained were stretched far too thin.
S| “[Tillingham|S] has held on to an experienced team, and its links with local housing teams are helping people find somewhere stable to live.”

W| Across the two units, plans to keep children safe from people on probation were weak in most of the cases read.
S| Inspectors commended [Tillingham PDU|S]’s reception staff, who knew many of the people reporting there by name.

R| Eight recommendations are made, four to each unit.

N| [Essex Police|A] and [Maldon District Council|A] have been asked to comment.
"""),
    # 2. a youth service with resettlement rated on its own; "Inspectors judged X to be ‘Good’"
    ("goldhanger-yjs-2023", facts([
        svc("Goldhanger Youth Justice Service", "Goldhanger YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-10-03", "2023-06", 5),
     """N| Goldhanger youth justice work ‘makes a real difference’, say inspectors

N| In a report published today ([3 October 2023|D]), inspectors judged [Goldhanger Youth Justice Service|S] to be ‘[Good|R]’.
S| Resettlement, which carries a rating of its own, also came out as ‘[Good|R]’.
N| The inspection was carried out in [June 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children here are known well by the people working with them, and that shows in the results.
S| “The board is well attended and its members ask hard questions of one another.”

S| Case managers at [Goldhanger YJS|S] worked closely with schools to keep children in lessons.
W| However, work to help children who had been harmed themselves was not always joined up with [Essex County Council|A]’s social care teams.
W| Some victims were not contacted quickly enough after a child was sentenced.

R| The report makes five recommendations to help the service improve further.
"""),
    # 3. a unit inside its region, the region in the headline: "has been given the lowest possible rating"; the region's
    #    own rating as context; embargo line in the notes
    ("paglesham-pdu-2025", facts([
        svc("Paglesham Probation Delivery Unit", "Paglesham PDU", "PDU", INAD)], "2025-02-18", "2024-10", 6),
     """N| [East of England probation region|S]: serious concerns at Paglesham

N| The lowest possible rating, ‘[Inadequate|R]’, has gone to [Paglesham Probation Delivery Unit|S] in the [Probation Service – East of England region|S].
N| In [2023|D] the region as a whole had been graded ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Paglesham|S] is a unit under real strain.
W| “Managers told us they had no time to check the quality of work, and too many people on licence were seen only by telephone.”

W| Mr Jones continued: “Where there were signs of domestic abuse, enquiries with the police were made in fewer than half the cases we looked at.”

S| Even under this pressure, the staff inspectors met were loyal to one another and determined to do their best for the people on their caseloads.
W| Links with [Rochford District Council|A]’s housing team had broken down.

R| Four of the report’s six recommendations are for the unit; [HM Prison and Probation Service|A] receives the other two.

N| ENDS

N| Notes to editors
N| 1. The embargo on the report lifts at 00.01 on [Tuesday 18 February 2025|D].
N| 2. The East of England region is made up of several probation delivery units, [Paglesham PDU|S] among them.
"""),
    # 4. two Suffolk youth services in a local-news story, ratings in the other order from the naming; year-less
    #    publication day ("on Thursday (8 September)") under a dated byline
    ("boxford-and-assington-yjs-2022", facts([
        svc("Boxford Youth Justice Service", "Boxford YJS", "YJS", GOOD),
        svc("Assington Youth Justice Service", "Assington YJS", "YJS", OUT)], "2022-09-08", "2022-05", 7),
     """N| Inspectors praise two youth justice teams in south Suffolk

N| By [Helen Wardle|X]

N| [Saturday 10 September 2022|D]

N| Reports on [Boxford Youth Justice Service|S] and [Assington Youth Justice Service|S] came out on Thursday ([8 September|D]), after inspectors visited in [May 2022|D].
N| [Assington|S] was awarded the top grade of ‘[Outstanding|R]’, while [Boxford|S] was found to be ‘[Good|R]’.

S| The watchdog said [Assington|S]’s staff had won the confidence of children whom schools and social care had failed before.
S| It praised [Boxford|S] for finding children work placements with local employers.
W| But in [Boxford YJS|S], plans to manage risk were not always updated when a child’s situation changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two teams that care deeply about the children in their charge.”

R| There are seven recommendations in total, three for [Assington|S] and four for [Boxford|S].

N| [Suffolk County Council|A] said it was delighted with the results and thanked staff and partners.
"""),
    # 5. a Probation Trust in 2012: no overall rating, scores, bullet lists
    ("dengie-probation-trust-2012", facts([
        svc("Dengie Probation Trust", "Dengie Probation Trust", "other", None)], "2012-06-26", "2012-03", 9),
     """N| Dengie Probation Trust: good work to reduce reoffending but public protection needs attention

N| The findings of an inspection of offender management in [Dengie Probation Trust|S] were published today by [HM Inspectorate of Probation|A].
N| The inspection took place in [March 2012|D].
N| Work to reduce the likelihood of reoffending scored 74%, work to protect the public 61%, and compliance and enforcement 80%.

N| Inspectors were pleased to find that:
S| offender managers understood their cases and had formed constructive working relationships with those they supervised;
S| enforcement action was taken promptly when offenders failed to comply.

N| However, inspectors were concerned to find that:
W| assessments of risk of harm were frequently late;
W| in domestic abuse cases, offender managers seldom visited the home.

R| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with much to be proud of, but it must now give the same attention to protecting the public.”

R| The report makes nine recommendations.

N| Notes to editors
N| The report is available on the inspectorate’s website from [26 June 2012|D].
"""),
    # 6. a youth offending team in 2016, joint inspection, no overall rating
    ("hitcham-yot-2016", facts([
        svc("Hitcham Youth Offending Team", "Hitcham YOT", "YJS", None)], "2016-11-15", "2016-07", 4),
     """N| Hitcham youth offending work – inspection findings

N| [Hitcham Youth Offending Team|S] (YOT) has been examined jointly by three inspectorates; [HM Inspectorate of Probation|A] led the team, which included staff from [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors visited in [July 2016|D].

S| They found that the YOT had good links with [Suffolk Constabulary|A] and that out-of-court work was well organised.
W| However, plans to manage children’s safety were often out of date.
W| The management board had not challenged poor performance.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Hitcham|S] are committed to these children and know them well.
R| “The board must now take charge of improvement.”

R| We have made four recommendations.

N| The report was published on [15 November 2016|D].
"""),
    # 7. a CRC in 2019, rated
    ("wakering-and-foulness-crc-2019", facts([
        svc("Wakering and Foulness Community Rehabilitation Company", "Wakering and Foulness CRC", "CRC", RI)],
        "2019-04-30", "2018-12", 7),
     """N| Wakering and Foulness CRC ‘Requires improvement’

N| [HM Inspectorate of Probation|A] has rated [Wakering and Foulness Community Rehabilitation Company|S] (CRC) as ‘[Requires improvement|R]’.
N| Inspectors visited the CRC in [December 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work is well run and offers people real skills.
W| “But too many people are supervised by telephone, and that is not good enough when they pose a risk to others.”

W| Staff had caseloads far above what is manageable.
S| Inspectors praised the CRC’s women’s service, run with [Nacro|A].

R| The report makes seven recommendations.

N| Published [30 April 2019|D].
"""),
    # 8. a youth service rated "Requires improvement", previous "Good"
    ("latchingdon-yjs-2024", facts([
        svc("Latchingdon Youth Justice Service", "Latchingdon YJS", "YJS", RI)], "2024-07-11", "2024-03", 6),
     """N| Latchingdon youth service slips to ‘Requires improvement’

N| [Latchingdon Youth Justice Service|S] has been rated ‘[Requires improvement|R]’, a fall from ‘[Good|R]’ at its [2019|D] inspection.
N| Inspectors visited in [March 2024|D] and the report is published today, [11 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many children were not seen often enough, and risk was not reviewed after important events.
S| “Still, there are clear strengths, not least a very good education offer.”

S| The service’s partnership with local colleges helped children into training.
W| Leaders had been slow to act on staff shortages.

R| The report makes six recommendations, including that the service improves risk management.
"""),
    # 9. outstanding youth service, remote fieldwork
    ("althorne-yjs-2021", facts([
        svc("Althorne Youth Justice Service", "Althorne YJS", "YJS", OUT)], "2021-11-23", "2021-07", 3),
     """N| ‘Outstanding’ verdict for Althorne youth justice

N| Inspectors have awarded [Althorne Youth Justice Service|S] their top rating, ‘[Outstanding|R]’.
N| The inspection was carried out remotely in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Every decision this service takes starts with what is best for the child.
S| “Staff are tenacious and creative, and the board gives them strong support.”

S| Inspectors were impressed with the speech and language support offered to every child.
W| There were gaps in work with victims.

R| The report makes three recommendations.

N| The report was published on [23 November 2021|D].
"""),
    # 10. a 2025-26 public-protection PDU inspection, no rating, bullets
    ("maylandsea-pdu-2025", facts([
        svc("Maylandsea Probation Delivery Unit", "Maylandsea PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Maylandsea probation: public protection inspection

N| Today, [2 December 2025|D], [HM Inspectorate of Probation|A] sets out its findings on how [Maylandsea Probation Delivery Unit|S] protects the public.
N| Fieldwork took place in [September 2025|D].

N| Context
N| [Maylandsea PDU|S] supervises about 900 people.

N| Findings
S| Staff had a clear grasp of the risks posed by people they supervised.
W| Home visits were too rare in cases involving children.
W| Information from the police was not always obtained.

R| The report makes five recommendations.
"""),
    # 11. an NPS division with an overall regional rating
    ("chelsworth-nps-division-2019", facts([
        svc("National Probation Service – Chelsworth Division", "NPS Chelsworth", "region", GOOD)],
        "2019-08-20", "2019-03", 8),
     """N| NPS Chelsworth rated ‘Good’

N| [National Probation Service – Chelsworth Division|S] receives an overall regional rating of ‘[Good|R]’.
N| Inspectors visited the division in [March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Chelsworth|S] has strong leaders and a motivated workforce.
W| “But victim work is not as good as it should be.”

S| Court reports were of a high standard.
W| Too few people convicted of domestic abuse started a programme.

R| Of the eight recommendations, five go to the division and the rest to [HMPPS|A] and the [Ministry of Justice|A].

N| Published: [20 Aug 2019|D]
"""),
    # 12. a council page
    ("salcott-yjs-2020", facts([
        svc("Salcott Youth Justice Service", "Salcott YJS", "YJS", RI)], "2020-02-27", "2019-11", 4),
     """N| Council responds to youth justice inspection

N| [27/02/2020|D]

N| [Salcott Youth Justice Service|S] has been assessed as ‘[Requires improvement|R]’ following an inspection in [November 2019|D].
S| The inspectorate found that staff were committed and knew the children well.
W| However, the quality of assessments was variable.

N| Councillor [Mark Fenn|X] said: “We accept the findings and will act on them.”

R| The report makes four recommendations.
"""),
    # 13. a youth offending service
    ("peldon-yos-2019", facts([
        svc("Peldon Youth Offending Service", "Peldon YOS", "YJS", INAD)], "2019-01-22", "2018-10", 10),
     """N| Peldon Youth Offending Service ‘Inadequate’

N| Inspectors found [Peldon Youth Offending Service|S] (YOS) to be ‘[Inadequate|R]’ overall.
N| Fieldwork took place in [October 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children in Peldon are being let down.
W| “Too often, nobody was checking whether they were safe.”

S| There were some strengths, including well-run reparation projects.

R| The report makes ten recommendations.

N| The report was published on [22 January 2019|D].
"""),
    # 14. a unit with previous rating beside
    ("asheldham-pdu-2023", facts([
        svc("Asheldham Probation Delivery Unit", "Asheldham PDU", "PDU", RI)], "2023-05-25", "2023-01", 6),
     """N| Asheldham PDU still ‘Requires improvement’

N| [Asheldham Probation Delivery Unit|S] has again been rated ‘[Requires improvement|R]’.
N| Inspectors visited in [January 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Asheldham|S] are committed.
W| “But assessments were not good enough in too many cases.”

N| At its previous inspection, in [2021|D], the unit received the same grade, ‘[Requires improvement|R]’.
S| Inspectors praised its work with local accommodation providers.
W| Unpaid work placements had been cancelled at short notice.

R| The report makes six recommendations.

N| Published [25 May 2023|D].
"""),
    # 15. youth service, aspect rated separately
    ("mayland-yjs-2025", facts([
        svc("Mayland Youth Justice Service", "Mayland YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2025-06-10", "2025-02", 6),
     """N| Mayland youth justice ‘Good’

N| [Mayland Youth Justice Service|S] has been judged ‘[Good|R]’ overall.
W| Out-of-court disposals, rated separately, were ‘[Requires improvement|R]’.
N| Inspectors visited in [February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service knows its children well, and its court work is of a high standard.
W| “Decisions about children given out-of-court disposals were sometimes made without enough information from the police.”

S| [Mayland YJS|S] had strong links with [Essex Police|A] and local health services.

R| The report makes six recommendations.

N| Published [10 June 2025|D].
"""),
    # 16. youth service, lowest possible rating, previous "Good"
    ("tolleshunt-yjs-2022", facts([
        svc("Tolleshunt Youth Justice Service", "Tolleshunt YJS", "YJS", INAD)], "2022-04-05", "2021-12", 9),
     """N| Tolleshunt youth justice given lowest rating

N| [Tolleshunt Youth Justice Service|S] has dropped to the bottom of the four-point scale, ‘[Inadequate|R]’.
N| It was rated ‘[Good|R]’ in [2019|D].
N| Inspectors visited in [December 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a serious decline.
W| “Children were waiting weeks for a first appointment, and managers did not know which cases were most urgent.”

S| Staff said they felt supported by their managers, and inspectors saw some thoughtful work with families.
W| The service had lost touch with local schools during the pandemic.

R| The report makes nine recommendations.

N| Published [5 April 2022|D].
"""),
    # 17. youth service, fieldwork between days
    ("purleigh-yjs-2024", facts([
        svc("Purleigh Youth Justice Service", "Purleigh YJS", "YJS", RI)], "2024-06-18", "2024-03", 4),
     """N| Purleigh youth justice told to improve

N| [Purleigh Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| Inspectors visited between [4 and 8 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Work to keep children safe was not always good enough.
S| “However, I am encouraged by the leadership team, who already know what needs to change.”

S| Children told inspectors that their case workers listened to them.
W| Diversion decisions were not recorded clearly.

R| The report makes four recommendations.

N| Published [18 June 2024|D].
"""),
    # 18. a unit inside its region, the region named in the quote only; "Inspectors place X at ‘...’"
    ("edwardstone-pdu-2022", facts([
        svc("Edwardstone Probation Delivery Unit", "Edwardstone PDU", "PDU", RI)], "2022-12-06", "2022-08", 6),
     """N| Edwardstone probation unit must improve, say inspectors

N| Inspectors place [Edwardstone Probation Delivery Unit|S] at ‘[Requires improvement|R]’ in a report published on [6 December 2022|D].
N| The unit was inspected in [August 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staffing shortages across the [East of England region|S] have taken their toll, and a third of [Edwardstone|S]’s posts were vacant.
S| “Even so, the unit’s practitioners work hard to build good relationships with the people they supervise.”

S| Inspectors were impressed by how closely the unit and [Suffolk Constabulary|A] managed prolific offenders together.
W| Sentence plans rarely involved the person on probation.

R| Of its six recommendations, five are addressed to the unit and one to the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 166th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
