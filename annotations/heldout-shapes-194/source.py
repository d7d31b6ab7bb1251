"""Builds the 194th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Suffolk PDUs on a GOV.UK page, the region named before the units: "X came out at ‘...’, while Y sits one
    #    rung higher, at ‘...’"; fieldwork "in February 2024"; eight recommendations "four for each unit"; "In Great
    #    Cornard, staff ..." in the quote (a location, untagged)
    ("great-cornard-and-hintlesham-pdus-2024", facts([
        svc("Great Cornard Probation Delivery Unit", "Great Cornard PDU", "PDU", INAD),
        svc("Hintlesham Probation Delivery Unit", "Hintlesham PDU", "PDU", RI)], "2024-06-11", "2024-02", 8),
     """N| Press release

N| Inspectors report on two probation units in south Suffolk

N| Reports published today on two probation units near the Essex border.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Two units in the [Probation Service – East of England region|S], [Great Cornard Probation Delivery Unit|S] and [Hintlesham Probation Delivery Unit|S], were inspected in [February 2024|D].
N| [Great Cornard|S] came out at ‘[Inadequate|R]’, while [Hintlesham|S] sits one rung higher, at ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Great Cornard, staff were carrying far more cases than anyone could manage well, and nearly a third of officer posts stood empty.
S| “[Hintlesham|S]’s leaders, by contrast, had a clear plan, and staff told us they felt supported.”

W| Across both units, practitioners often failed to ask [Suffolk Constabulary|A] about domestic abuse call-outs before making plans.
S| Inspectors commended the [Hintlesham PDU|S] team for its work with women under supervision.

R| Eight recommendations are made, four for each unit.
"""),
    # 2. a single YJS on a GOV.UK page, everyday wording: the headline's lower-case description, then the capitalised
    #    name; "has been rated ‘Good’ following an inspection in May 2023"; four recommendations
    ("leavenheath-yjs-2023", facts([
        svc("Leavenheath Youth Justice Service", "Leavenheath YJS", "YJS", GOOD)], "2023-09-26", "2023-05", 4),
     """N| Press release

N| [Leavenheath youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [26 September 2023|D]

N| [Leavenheath Youth Justice Service|S] has been rated ‘[Good|R]’ after inspectors visited in [May 2023|D].
N| The service works with children on the Suffolk side of the Stour valley, with [Babergh District Council|A] and [Suffolk County Council|A] among its partners.

S| Inspectors found warm, trusting relationships between case workers, children and their families.
S| Out-of-court disposal work was a particular strength, and very few children diverted from court went on to reoffend.
W| However, plans to keep other people safe were not always revisited when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children here are listened to, and staff go the extra mile for them.
R| “The partnership should now make sure that every child’s safety plan is reviewed as often as their support plan.”

R| The inspectorate has made four recommendations.
"""),
    # 3. a unit inside its region, the region in the headline and its own 2023 rating beside the unit's: "Inspectors have
    #    placed X, one of the units in ..., at ‘...’"; "Published: 4 Feb 2025"; fieldwork "in October 2024"
    ("bulmer-pdu-2025", facts([
        svc("Bulmer PDU", "Bulmer PDU", "PDU", RI)], "2025-02-04", "2024-10", 6),
     """N| News

N| [East of England region|S]: [Bulmer PDU|S] placed at ‘[Requires improvement|R]’

N| Published: [4 Feb 2025|D]

N| Inspectors have placed [Bulmer PDU|S], one of the units in the [East of England probation region|S], at ‘[Requires improvement|R]’.
N| The region as a whole was found to be ‘[Requires improvement|R]’ when it was inspected in [2023|D].
N| Fieldwork at the unit took place in [October 2024|D].

S| Staff morale was better than inspectors had expected, and most practitioners had completed recent training.
W| Yet too many assessments of risk of harm were thin, and home visits were rare.
W| In only 12 of 30 cases did the plan do enough to protect known victims.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good intentions have not yet become consistent practice in this unit.”

R| Six recommendations have been made.
"""),
    # 4. a Youth Offending Team written out, in 2017, before ratings, on a council page: "Posted: 18/05/2017"; a short
    #    quality screening "in January 2017"; "The inspectors were pleased that" / "They were less happy that"
    ("gestingthorpe-yot-2017", facts([
        svc("Gestingthorpe Youth Offending Team", "Gestingthorpe YOT", "YJS", None)], "2017-05-18", "2017-01", 5),
     """N| Posted: [18/05/2017|D]

N| Inspection of [Gestingthorpe Youth Offending Team|S] published

N| [HM Inspectorate of Probation|A] visited [Gestingthorpe Youth Offending Team|S] in [January 2017|D] as part of its short quality screening programme.

S| The inspectors were pleased that children were seen promptly after sentence.
S| Work with local schools was described as thoughtful and well organised.
W| They were less happy that many assessments of risk to other people had gaps.
W| Management oversight of cases was not always evident.

R| The report makes five recommendations for the [Gestingthorpe YOT|S] and its partners.

N| A spokesperson for [Essex County Council|A] said: “The report is fair, and an improvement plan is already under way.”
"""),
    # 5. two youth justice services in a local-news story under a byline of Tuesday 8 November 2022, "published their
    #    reports today": "X earned the highest grade available, ‘...’, and Y was given ‘...’"; resettlement "judged on its
    #    own" for the first; seven recommendations "between the two services"
    ("wormingford-and-lamarsh-yjs-2022", facts([
        svc("Wormingford Youth Justice Service", "Wormingford YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}]),
        svc("Lamarsh Youth Justice Service", "Lamarsh YJS", "YJS", GOOD)], "2022-11-08", "2022-07", 7),
     """N| Two youth justice services praised by inspectors

N| By [Helen Marsh|X]

N| [Tuesday 8 November 2022|D]

N| Inspectors who visited [Wormingford Youth Justice Service|S] and [Lamarsh Youth Justice Service|S] in [July 2022|D] have published their reports today.
N| [Wormingford|S] earned the highest grade available, ‘[Outstanding|R]’, and [Lamarsh|S] was given ‘[Good|R]’.
S| [Wormingford|S]’s resettlement work, which is judged on its own, reached ‘[Good|R]’.

S| The watchdog said [Wormingford|S]’s staff knew every child well and kept in touch with them long after their court orders ended.
S| [Lamarsh|S]’s links with the local children’s mental health team were strong, so children were seen quickly.
W| Some plans in [Lamarsh YJS|S] were not reviewed after a change in a child’s circumstances.

R| Seven recommendations are made between the two services.

N| A spokesperson for [Essex County Council|A] thanked staff for their hard work.
"""),
    # 6. a single PDU with its previous rating beside: "has risen to ‘Good’; at its previous inspection, in 2022, it was
    #    rated ‘...’"; the headline's "probation unit"; the full name with "(PDU)"
    ("great-horkesley-pdu-2025", facts([
        svc("Great Horkesley Probation Delivery Unit", "Great Horkesley PDU", "PDU", GOOD)],
        "2025-07-15", "2025-03", 3),
     """N| Press release

N| [Great Horkesley probation unit|S] improves

N| From: [HM Inspectorate of Probation|A]

N| Published [15 July 2025|D]

N| [Great Horkesley Probation Delivery Unit|S] (PDU) has risen to ‘[Good|R]’; at its previous inspection, in [2022|D], it was rated ‘[Requires improvement|R]’.
N| Inspectors were on site in [March 2025|D].

S| Managers had cut the number of vacant posts, and caseloads were now manageable.
S| Work with people on licence after prison was purposeful and well recorded.
W| Some victims were not told when an offender’s licence conditions changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Great Horkesley PDU|S] has done exactly what we asked of it, and I congratulate everyone who works there.”

R| Three recommendations are made.
"""),
    # 7. a CRC in 2019 under an embargo line (the date of publication), the headline abbreviating the name: "has assessed
    #    the X, which is owned by Sodexo Justice Services, as ‘...’ overall"; nine recommendations for three bodies
    ("foxearth-and-pentlow-crc-2019", facts([
        svc("Foxearth and Pentlow Community Rehabilitation Company", "Foxearth and Pentlow CRC", "CRC", RI)],
        "2019-04-23", "2018-12", 9),
     """N| Embargoed until 00.01, [Tuesday 23 April 2019|D]

N| [Foxearth and Pentlow CRC|S] ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has assessed the [Foxearth and Pentlow Community Rehabilitation Company|S], which is owned by [Sodexo Justice Services|A], as ‘[Requires improvement|R]’ overall.
N| The inspection took place in [December 2018|D].

W| Inspectors found that many people under supervision were contacted mainly by telephone.
W| Too little was done to protect those at risk of domestic abuse.
S| Unpaid work was well organised, and placements were available across the area.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Supervision is stretched, and the quality of casework suffers for it.”

R| Nine recommendations are made to the CRC, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 8. a single YJS in a justiceinspectorates news item: "has rated X ‘Inadequate’ after inspecting it in June 2024";
    #    "Published: 29 Oct 2024"; a call to action in the quote
    ("twinstead-yjs-2024", facts([
        svc("Twinstead Youth Justice Service", "Twinstead YJS", "YJS", INAD)], "2024-10-29", "2024-06", 5),
     """N| News

N| [Twinstead Youth Justice Service|S] rated ‘[Inadequate|R]’

N| Published: [29 Oct 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Twinstead Youth Justice Service|S] ‘[Inadequate|R]’ after inspecting it in [June 2024|D].

W| Leaders had failed to spot a slide in the quality of casework.
W| Many children were waiting weeks to be allocated a case worker.
S| Inspectors did find good work with children in care, where social workers and case workers met regularly.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is far below what children have a right to expect.
R| “The management board must take charge and set out, within weeks, how it will put things right.”

R| Five recommendations are made.
"""),
    # 9. a Probation Trust in 2012, before ratings: a percentage score, "The inspectors were encouraged that" / "On the
    #    other hand, they were concerned that"
    ("belchamp-probation-trust-2012", facts([
        svc("Belchamp Probation Trust", "Belchamp Probation Trust", "other", None)], "2012-03-06", "2011-11", 6),
     """N| [Belchamp Probation Trust|S]: inspection findings

N| Published [6 March 2012|D]

N| [HM Inspectorate of Probation|A] inspected offender management in [Belchamp Probation Trust|S] in [November 2011|D].
N| Work to reduce the likelihood of reoffending scored 71%, and work to protect the public 64%.

S| The inspectors were encouraged that offenders were seen quickly after sentence.
W| On the other hand, they were concerned that too few cases had a proper risk management plan.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff are committed, but the trust must do more to protect the public.”

R| Six recommendations are made.
"""),
    # 10. two PDUs on a GOV.UK page: "Inspectors found X at ‘...’ and Y at ‘...’"; ten recommendations "five addressed to
    #     each unit"
    ("withersfield-and-hundon-pdus-2023", facts([
        svc("Withersfield Probation Delivery Unit", "Withersfield PDU", "PDU", RI),
        svc("Hundon Probation Delivery Unit", "Hundon PDU", "PDU", GOOD)], "2023-12-05", "2023-08", 10),
     """N| Press release

N| Probation in west Suffolk: two units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [5 December 2023|D]

N| [HM Inspectorate of Probation|A] has published its reports on [Withersfield Probation Delivery Unit|S] and [Hundon Probation Delivery Unit|S], inspected in [August 2023|D].
N| Inspectors found [Withersfield|S] at ‘[Requires improvement|R]’ and [Hundon|S] at ‘[Good|R]’.

S| [Hundon|S]’s court team produced timely and careful reports.
W| [Withersfield|S]’s leaders had not dealt with a backlog of unallocated cases.

R| There are ten recommendations, five addressed to each unit.
"""),
    # 11. a local-news story on a YJS: "A report published today has landed X at ‘...’"; remote fieldwork "in April 2021"
    ("sturmer-yjs-2021", facts([
        svc("Sturmer Youth Justice Service", "Sturmer YJS", "YJS", RI)], "2021-08-19", "2021-04", 4),
     """N| Youth justice service must improve, say inspectors

N| By [Tom Greenwood|X]

N| [Thursday 19 August 2021|D]

N| A report published today has landed [Sturmer Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Inspectors carried out their work remotely in [April 2021|D] because of the pandemic.

S| Throughout the lockdowns, staff stayed in contact with children and often visited them on the doorstep.
W| But the board did not receive enough information to hold the service to account.

R| Four recommendations have been made.

N| [Braintree District Council|A] said it would work with the service on the findings.
"""),
    # 12. an NPS division in 2018: "is given an overall rating of ‘...’ by inspectors"; the short "NPS Wissington"
    ("wissington-nps-division-2018", facts([
        svc("National Probation Service – Wissington Division", "NPS Wissington", "region", GOOD)],
        "2018-10-02", "2018-06", 7),
     """N| Probation division in south Suffolk ‘[Good|R]’

N| Published: [2 Oct 2018|D]

N| The [National Probation Service – Wissington Division|S] is given an overall rating of ‘[Good|R]’ by inspectors.
N| Fieldwork took place in [June 2018|D].

S| Inspectors found a well-run division with stable leadership.
W| Work to assess the risk posed by people convicted of sexual offences was uneven.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Wissington|S] is well led and its staff are properly trained.”

R| Seven recommendations are made.
"""),
    # 13. a single YJS on a GOV.UK page, publication only in the notes ("on ... at 00.01"); "awarded X its top rating";
    #     fieldwork "between 11 and 15 March 2024"
    ("alphamstone-yjs-2024", facts([
        svc("Alphamstone Youth Justice Service", "Alphamstone YJS", "YJS", OUT)], "2024-07-09", "2024-03", 2),
     """N| Press release

N| Top rating for youth justice in the Stour valley

N| From: [HM Inspectorate of Probation|A]

N| [HM Inspectorate of Probation|A] has awarded [Alphamstone Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors were with the service between [11 and 15 March 2024|D].

S| Each child had one worker they knew by name, and children told inspectors they were treated with respect.
S| Partnership work with [Essex Police|A] meant that children arrested at night were seen by a case worker the next morning.
S| Leaders were not complacent: they had commissioned their own audit of disproportionality.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Alphamstone|S] stands out.
S| “Everyone in the team has good reason to feel proud.”

R| The report makes two recommendations, including one for [Essex County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [9 July 2024|D] at 00.01.
"""),
    # 14. a council page on a YJS, "Posted on 14/03/2025": "now stands at ‘...’; when it was last inspected, in 2021, it
    #     was at ‘...’"; resettlement "rated separately" at ‘Requires improvement’
    ("borley-yjs-2025", facts([
        svc("Borley Youth Justice Service", "Borley YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2025-03-14", "2024-11", 6),
     """N| Posted on [14/03/2025|D]

N| Youth justice inspection report published

N| The inspection of [Borley Youth Justice Service|S] by [HM Inspectorate of Probation|A], carried out in [November 2024|D], has been published today.
N| The service now stands at ‘[Good|R]’; when it was last inspected, in [2021|D], it was at ‘[Requires improvement|R]’.
W| Resettlement work, rated separately, remains at ‘[Requires improvement|R]’, because planning for a child’s release from custody often started too late.

S| Inspectors praised the effort put into getting children back into school or college.
S| Staff were described as committed and tenacious.
W| Disappointingly, work with victims was not always timely.

R| The report makes six recommendations; the [Youth Justice Board|A] is asked to act on one.

N| Councillor [Sarah Wells|X], who leads on children’s services, said: “Our team has worked hard for this, and we will act on every recommendation.”
"""),
    # 15. a Youth Offending Service in 2019 with "(YOS)": "inspected X in July 2019 and found it to be ‘...’"; "Mr Russell
    #     continued"; "Published: 17 Oct 2019"
    ("ridgewell-yos-2019", facts([
        svc("Ridgewell Youth Offending Service", "Ridgewell YOS", "YJS", GOOD)], "2019-10-17", "2019-07", 6),
     """N| News

N| Published: [17 Oct 2019|D]

N| [Ridgewell Youth Offending Service|S] (YOS) ‘[Good|R]’ overall

N| [HM Inspectorate of Probation|A] inspected [Ridgewell Youth Offending Service|S] (YOS) in [July 2019|D] and found it to be ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ridgewell YOS|S] has a strong management board that understands local children.
S| “Case workers are skilled and they use the services of partners well.”
N| Mr Russell continued: “There are some areas to develop.
W| “Work to keep children safe was variable, and in only half the cases had the YOS considered all the risks to the child.”

R| Six recommendations are made, five for the YOS and one for [Essex Police|A].
"""),
    # 16. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; fieldwork "10 - 14 March 2025"
    ("capel-st-mary-pdu-2025", facts([
        svc("Capel St Mary Probation Delivery Unit", "Capel St Mary PDU", "PDU", None)], "2025-06-24", "2025-03", 4),
     """N| Skip to content

N| How well does a Suffolk probation unit protect the public?

N| Published: [24 Jun 2025|D]

N| [HM Inspectorate of Probation|A] has looked at how well [Capel St Mary Probation Delivery Unit|S] protects the public.
N| These inspections do not give a rating.
N| Inspectors carried out fieldwork on [10 - 14 March 2025|D].

N| Context
N| • [Capel St Mary PDU|S] covers Babergh and the villages south of Ipswich, within the [Probation Service – East of England region|S].
N| • It supervises around 900 people in the community.

N| Findings
W| • Home visits had not been carried out in most cases involving children at risk.
S| • Practitioners had a good grasp of their cases and worked well with approved premises staff.
W| • Information from [Suffolk Constabulary|A] was inconsistently requested.

R| The report makes four recommendations.
"""),
    # 17. three PDUs "now reported on", ratings in apposition: "Two of the three, X and Z, ..., Y has the lowest rating"
    ("stambourne-wixoe-and-stansfield-pdus-2024", facts([
        svc("Stambourne PDU", "Stambourne PDU", "PDU", RI),
        svc("Wixoe PDU", "Wixoe PDU", "PDU", INAD),
        svc("Stansfield PDU", "Stansfield PDU", "PDU", RI)], "2024-11-26", "2024-07", 12),
     """N| News

N| Three probation units on the Suffolk-Essex border

N| Published: [26 Nov 2024|D]

N| Three units of the [Probation Service – East of England region|S] have now been reported on: [Stambourne PDU|S], [Wixoe PDU|S] and [Stansfield PDU|S].
N| Two of the three, [Stambourne|S] and [Stansfield|S], are at ‘[Requires improvement|R]’; [Wixoe|S] has been given the lowest rating, ‘[Inadequate|R]’.
N| The fieldwork took place in [July 2024|D].

W| [Wixoe|S]’s staff were under strain, with some officers holding more than 70 cases each.
S| [Stansfield|S]’s unpaid work team was singled out for praise.
W| In all three, assessments too often relied on what people said about themselves, with a lack of professional curiosity.

R| Twelve recommendations are made, four to each PDU.
"""),
    # 18. a local-news story on a YJS: "their report came out on Wednesday (12 June)" under a byline of Friday 14 June 2024;
    #     "came close to being judged ‘Inadequate’" (a weakness, not the rating); fieldwork "in February 2024"
    ("east-bergholt-yjs-2024", facts([
        svc("East Bergholt Youth Justice Service", "East Bergholt YJS", "YJS", RI)], "2024-06-12", "2024-02", 7),
     """N| Inspectors call for faster action on youth justice

N| By [Priya Shah|X]

N| [Friday 14 June 2024|D]

N| Inspectors have judged [East Bergholt Youth Justice Service|S] to be ‘[Requires improvement|R]’; their report came out on Wednesday ([12 June|D]).
N| The inspection took place in [February 2024|D].
W| The service came close to being judged ‘[Inadequate|R]’, inspectors said.

W| Too many children had to wait several weeks before their first appointment, the report found.
S| Despite the delays, children who were seen had high-quality plans.

R| The watchdog made seven recommendations.

N| [Babergh District Council|A] said it welcomed the report.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 194th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
