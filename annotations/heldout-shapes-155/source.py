"""Builds the hundred-and-fifty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. two Warwickshire PDUs on a GOV.UK page, the region named first: "X was assessed as ‘...’ and Y was found to be
    #    ‘...’"; fieldwork "during January 2024"; nine recommendations "five for Halford and four for Tredington"
    ("tredington-and-halford-pdus-2024", facts([
        svc("Tredington Probation Delivery Unit", "Tredington PDU", "PDU", RI),
        svc("Halford Probation Delivery Unit", "Halford PDU", "PDU", INAD)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Two south Warwickshire probation units inspected

N| Today the inspectorate publishes its findings on two probation delivery units in the [Probation Service – West Midlands region|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] visited [Tredington Probation Delivery Unit|S] and [Halford Probation Delivery Unit|S] during [January 2024|D].
N| [Tredington|S] was assessed as ‘[Requires improvement|R]’, and [Halford|S] was found to be ‘[Inadequate|R]’.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although the two units are neighbours, the experience of people on probation in each could hardly be more different.
S| “[Tredington|S]’s probation officers have been in post for years, know their cases inside out and draw well on local services.
W| “In Halford, nearly half of the officer posts were empty and some people had not seen the same officer twice.”

W| Inspectors were concerned that home visits to check on the safety of children had almost stopped in [Halford PDU|S].
S| Positively, [Tredington PDU|S]’s work with [Warwickshire Police|A] to manage domestic abuse perpetrators was described as well organised.

R| The reports make nine recommendations, five for [Halford|S] and four for [Tredington|S].

N| [Sarah Whitlock|X], Regional Probation Director for the West Midlands, said: “We accept the findings and have already moved experienced staff to Halford.”
"""),
    # 2. two Oxfordshire youth justice services in a local-news story, a Monday byline after a Thursday report day;
    #    ratings given in the other order from the one the services were first named in; eight recommendations
    ("childrey-and-sparsholt-yjs-2023", facts([
        svc("Childrey Youth Justice Service", "Childrey YJS", "YJS", GOOD),
        svc("Sparsholt Youth Justice Service", "Sparsholt YJS", "YJS", OUT)], "2023-10-05", "2023-06", 8),
     """N| Inspectors praise youth justice teams in the Vale

N| By [Tom Ashworth|X]

N| [Monday 9 October 2023|D]

N| Inspectors visited [Childrey Youth Justice Service|S] and [Sparsholt Youth Justice Service|S] in [June 2023|D], and their reports came out on Thursday ([5 October|D]).
N| [Sparsholt|S] earned the highest mark on the scale, ‘[Outstanding|R]’, while [Childrey|S] was given ‘[Good|R]’.

S| The inspectorate said [Sparsholt|S]’s staff built trusting relationships with children and never gave up on those who missed appointments.
S| It also commended [Childrey|S] for getting children in front of mental health workers within days.
W| But inspectors found that [Childrey YJS|S] did not always check whether victims wanted to take part in restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The Vale is lucky to have two services of this quality.”

R| There are eight recommendations, four for each service.

N| A spokesperson for [Oxfordshire County Council|A] said: “Both teams have worked extremely hard and we are thrilled for them.”
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have judged X to be ‘...’"; the region's own
    #    earlier rating as context; fieldwork "in October 2024"; publication day in the notes; six recommendations
    ("ilmington-pdu-2025", facts([
        svc("Ilmington Probation Delivery Unit", "Ilmington PDU", "PDU", INAD)], "2025-02-18", "2024-10", 6),
     """N| [West Midlands probation region|S]: serious concerns at [Ilmington unit|S]

N| Inspectors have judged [Ilmington Probation Delivery Unit|S], which sits within the [Probation Service – West Midlands region|S], to be ‘[Inadequate|R]’.
N| The region as a whole was last rated ‘[Requires improvement|R]’ in [2023|D].
N| [HM Inspectorate of Probation|A] carried out its fieldwork in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here, too many people under supervision are not being seen or managed as they should be.
W| “In most of the files we examined, the risk assessment had not been updated, and warning signs about violence at home had been missed.”

W| Mr Jones continued: “Staff told us they felt unsupported, and several had been signed off sick with stress.”

S| Encouragingly, the unpaid work team had kept community projects running across the rural parishes south of Stratford-upon-Avon.
W| Links with [Warwickshire County Council|A]’s children’s services were weak, and referrals were sometimes lost.

R| Of the six recommendations, the [Probation Service|A] in the region is asked to take forward two and the unit four.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Tuesday 18 February 2025|D].
N| 2. [Ilmington PDU|S] supervises about 900 people on probation.
"""),
    # 4. a unit inside its region, the region in the first sentence: "X ... has been given ‘...’"; justiceinspectorates
    #    news item "Published: 26 Sep 2023"; fieldwork "carried out in April 2023"; five recommendations
    ("cropredy-pdu-2023", facts([
        svc("Cropredy Probation Delivery Unit", "Cropredy PDU", "PDU", RI)], "2023-09-26", "2023-04", 5),
     """N| News

N| [Cropredy probation unit|S] must improve, say inspectors

N| Published: [26 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has given ‘[Requires improvement|R]’ to [Cropredy Probation Delivery Unit|S], which is managed within the [Probation Service – South Central region|S].
N| The inspection was carried out in [April 2023|D].

S| Inspectors found a committed leadership team that had a clear understanding of the unit’s strengths and weaknesses.
S| Work at court was strong, with thorough and timely pre-sentence reports.
W| However, plans to manage the risk of harm were not reviewed often enough, and in only 14 of 32 cases was contact with the police recorded.
W| Unfortunately, vacancies among probation officers had left some staff with caseloads well above the agreed level.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cropredy|S]’s staff are dedicated, but they are stretched far too thinly to keep the public safe.
R| “The region must make filling these posts its priority.”

R| We have made five recommendations to help the unit improve.
"""),
    # 5. a Probation Trust in 2012 (no overall rating), bullet lists after "Inspectors were pleased to find that:";
    #    "published today" under a dated line; fieldwork "in June 2012"; seven recommendations
    ("aynho-probation-trust-2012", facts([
        svc("Aynho Probation Trust", "Aynho Probation Trust", "other", None)], "2012-11-20", "2012-06", 7),
     """N| [Aynho Probation Trust|S]: a sound foundation for protecting the public

N| [Tuesday, 20th November 2012|D]

S| The work of [Aynho Probation Trust|S] to reduce reoffending was generally sound, said [Liz Calderbank|X], HM Chief Inspector of Probation, as her inspectorate published its findings on the Trust’s offender management today.
N| Inspectors examined a sample of 80 cases in [June 2012|D].

N| Inspectors were pleased to find that:
S| in 84 per cent of cases, the first assessment of how likely someone was to reoffend was done on time;
S| offender managers got on well with those under supervision and knew their circumstances;
S| the Trust worked closely with [Thames Valley Police|A] to manage prolific offenders.

N| However, inspectors were concerned to find that:
W| plans to manage risk of harm to others were sufficient in only 58 per cent of cases;
W| the safety of children already known to children’s social care was too often overlooked.

R| The report makes seven recommendations.

N| ENDS
"""),
    # 6. a CRC in 2018 run by a named provider: "The inspectorate’s verdict on X is ‘...’"; fieldwork "in July 2018";
    #    ten recommendations, some for the National Probation Service
    ("oxhill-and-whatcote-crc-2018", facts([
        svc("Oxhill and Whatcote Community Rehabilitation Company", "Oxhill and Whatcote CRC", "CRC", RI)],
        "2018-12-04", "2018-07", 10),
     """N| Probation company in south Warwickshire ‘needs to do better’

N| Published: [4 Dec 2018|D]

N| The inspectorate’s verdict on [Oxhill and Whatcote Community Rehabilitation Company|S] (CRC) is ‘[Requires improvement|R]’.
N| The CRC, owned by [Purple Futures|A], supervises about 2,100 low and medium-risk offenders.
N| Inspectors visited in [July 2018|D].

S| Inspectors were impressed with the CRC’s unpaid work, which was well organised and gave people useful skills.
W| Yet supervision was too often carried out by telephone, and some people had gone months without a face-to-face meeting.
W| Worryingly, checks with the police about domestic abuse were missing in a third of the cases inspected.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Oxhill and Whatcote CRC|S] has some capable staff, but its operating model is not delivering the contact that people need.
R| “The owners must invest in more face-to-face work.”

R| The report makes ten recommendations, eight to the CRC and two to the [National Probation Service|A].
"""),
    # 7. an NPS division in 2019: "X has been awarded an overall regional rating of ‘...’"; fieldwork "between 11 and 22
    #    February 2019"; six recommendations
    ("blewbury-and-harwell-nps-division-2019", facts([
        svc("National Probation Service – Blewbury and Harwell Division", "NPS Blewbury and Harwell", "region", GOOD)],
        "2019-06-25", "2019-02", 6),
     """N| Inspectors find a ‘well-run’ probation division in south Oxfordshire

N| Published: [25 Jun 2019|D]

N| In its overall regional rating, [HM Inspectorate of Probation|A] judges the [National Probation Service – Blewbury and Harwell Division|S] to be ‘[Good|R]’.
N| Inspectors did their fieldwork between [11 and 22 February 2019|D].

S| Leaders had a clear vision, and staff said they felt valued and well supported.
S| Reports for courts were of consistently high quality.
W| In contrast, work with victims of serious crime was slow, and letters offering contact were sometimes sent months late.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Blewbury and Harwell|S] is a well-run division that can be rightly proud of its work with courts.
R| “I would now like to see the same standard reached in its victim work.”

R| Six recommendations are made in the report.
"""),
    # 8. a 2016 joint inspection of a youth offending team (no overall rating), a council page "Posted: 16/02/2016";
    #    fieldwork "in November 2015"; no count of recommendations
    ("long-compton-yot-2016", facts([
        svc("Long Compton Youth Offending Team", "Long Compton YOT", "YJS", None)], "2016-02-16", "2015-11", None),
     """N| Inspection of youth offending work in Long Compton

N| Posted: [16/02/2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Long Compton Youth Offending Team|S] (YOT) in [November 2015|D].
N| [Ofsted|A] and the [Care Quality Commission|A] sent inspectors too.

N| The inspectors said they found that:
S| staff at [Long Compton|S] were determined to help the children and knew them as individuals;
S| reports for the youth court were clear and balanced.

N| They were less positive that:
W| assessments of the risk a child might pose to others were not always updated when circumstances changed;
W| too few children received the health support they needed.

S| [Paul Wilson|X], Acting HM Chief Inspector of Probation, said: “[Long Compton|S] has foundations that the partnership can build on.
N| “We trust the report will help the partnership to make progress.”

N| Councillor [Helen Marsh|X] said: “We welcome the report and will act on what it says.”
"""),
    # 9. a youth service rated the highest possible, resettlement "rated separately" ‘Good’; fieldwork "in March 2024";
    #    notes give the day; three recommendations
    ("stanford-in-the-vale-yjs-2024", facts([
        svc("Stanford in the Vale Youth Justice Service", "Stanford in the Vale YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-07-09", "2024-03", 3),
     """N| ‘[Outstanding|R]’ youth justice service in the Vale of White Horse

N| [HM Inspectorate of Probation|A] has given [Stanford in the Vale Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
S| Resettlement work, rated separately, was judged ‘[Good|R]’.
N| Inspectors spent a week with the service in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at every level were focused on what each child needed.
S| “Its case managers were tenacious, and its partnership with [Thames Valley Police|A] meant many children were diverted away from court.”

S| Inspectors found that every child had a plan for education, training or employment.
W| The only area requiring attention was the time it took to arrange accommodation for children leaving custody.

R| The report makes three recommendations.

N| Notes to editors
N| 1. The report can be read online from 00.01 on [9 July 2024|D].
N| 2. [Stanford in the Vale YJS|S] works with children aged 10 to 17.
"""),
    # 10. a youth service "found to be" ‘Requires improvement’, down from ‘Good’ in 2019; fieldwork "carried out
    #     remotely in December 2021"; six recommendations
    ("cherington-yjs-2022", facts([
        svc("Cherington Youth Justice Service", "Cherington YJS", "YJS", RI)], "2022-04-12", "2021-12", 6),
     """N| [Cherington youth justice service|S] slips to ‘[Requires improvement|R]’

N| Published: [12 Apr 2022|D]

N| [HM Inspectorate of Probation|A] has found [Cherington Youth Justice Service|S] to be ‘[Requires improvement|R]’, a fall from the ‘[Good|R]’ awarded at its [2019|D] inspection.
N| The inspection was carried out remotely in [December 2021|D].

S| Inspectors praised the service’s work to keep children in education, which was of a high standard.
W| While staff were committed, management oversight of risk was inconsistent and some plans had been copied forward without review.
W| Although the management board met often, members rarely challenged the figures put before them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cherington|S] has lost some of the ground it had gained.
R| “The board needs to take a firmer grip on performance.”

R| Of the report’s six recommendations, one is for [Oxfordshire Clinical Commissioning Group|A] and five are for the service.
"""),
    # 11. a youth offending service in 2019, an embargo line; "Inspectors rated X ‘Good’ overall"; fieldwork "in May
    #     2019"; four recommendations
    ("kingham-yos-2019", facts([
        svc("Kingham Youth Offending Service", "Kingham YOS", "YJS", GOOD)], "2019-09-03", "2019-05", 4),
     """N| Embargoed until 00.01, [Tuesday 3 September 2019|D]

N| Youth offending work in Kingham judged ‘[Good|R]’

N| Inspectors rated [Kingham Youth Offending Service|S] (YOS) ‘[Good|R]’ overall.
N| The fieldwork took place in [May 2019|D].

S| Inspectors found that case managers understood the children in their care, and their families, very well.
S| Out-of-court work was a particular strength, with swift decisions and well-chosen interventions.
W| However, the YOS did not always share information with children’s social care quickly enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kingham|S] should be proud of what it has achieved.”

R| Four recommendations are made, three for the YOS and one for its management board.
"""),
    # 12. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; fieldwork "in August 2025"; three recommendations
    ("steeple-aston-pdu-2025", facts([
        svc("Steeple Aston Probation Delivery Unit", "Steeple Aston PDU", "PDU", None)], "2025-11-11", "2025-08", 3),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Steeple Aston Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has today, [11 November 2025|D], published its public protection inspection of [Steeple Aston Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [August 2025|D].

N| Context
N| [Steeple Aston PDU|S] is one of the units in the [Probation Service – South Central region|S].
N| It supervises about 1,100 people, a quarter of them convicted of domestic abuse offences.

N| Findings
S| Practitioners understood well the risks that the people on their caseloads posed.
W| Checks with police and children’s services were not always repeated when new information came to light.
W| Few home visits took place, even where there were children in the home.

R| We make three recommendations, all for the PDU.
"""),
    # 13. a council page "Posted on 14/09/2021": "given the lowest possible rating, ‘...’"; fieldwork "carried out
    #     remotely in June 2021"; seven recommendations
    ("marcham-yjs-2021", facts([
        svc("Marcham Youth Justice Service", "Marcham YJS", "YJS", INAD)], "2021-09-14", "2021-06", 7),
     """N| Council responds to inspection of youth justice

N| Posted on [14/09/2021|D]

N| [Marcham Youth Justice Service|S] has been given the lowest possible rating, ‘[Inadequate|R]’, following an inspection by [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [June 2021|D].

W| Inspectors found that the service did not have enough staff to manage its caseload, and that the board had not noticed the problem.
W| Too many children were not seen often enough, and their safety plans lacked detail.
S| Despite these pressures, inspectors saw some strong work with children at risk of exploitation.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This falls far short of what the children of Marcham deserve.
R| “Leaders must act quickly to put this right.”

R| The report makes seven recommendations.

N| The council’s lead member for children said: “We are deeply disappointed and have already begun to make changes.”
"""),
    # 14. a youth justice service "assessed as" ‘Requires improvement’; fieldwork "in July 2022"; six recommendations
    ("radway-yjs-2022", facts([
        svc("Radway Youth Justice Service", "Radway YJS", "YJS", RI)], "2022-11-29", "2022-07", 6),
     """N| [Radway youth justice service|S] told to improve

N| Published: [29 Nov 2022|D]

N| [HM Inspectorate of Probation|A] has assessed [Radway Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| Inspectors visited the service in [July 2022|D].

S| Staff were knowledgeable and enthusiastic, and children said they felt listened to.
W| However, the service’s work to keep other people safe was not good enough, and contingency plans were vague.
W| Disappointingly, the partnership with [Warwickshire County Council|A]’s children’s services was not working as it should.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Radway|S] is showing green shoots, but there is still a long way to go.
W| “Leaders could not yet tell us with confidence how well the service was performing.”

R| [Warwickshire Police|A] receives one of the six recommendations; the service receives the other five.
"""),
    # 15. local news in the third person ("the watchdog found") with a council reply: "X was rated ‘Good’"; "Tuesday,
    #     7th March 2023"; fieldwork "between 9 and 13 January 2023"; four recommendations
    ("idlicote-yjs-2023", facts([
        svc("Idlicote Youth Justice Service", "Idlicote YJS", "YJS", GOOD)], "2023-03-07", "2023-01", 4),
     """N| Youth justice service earns ‘[Good|R]’ from watchdog

N| [Tuesday, 7th March 2023|D]

N| [Idlicote Youth Justice Service|S] was rated ‘[Good|R]’ by [HM Inspectorate of Probation|A], whose report came out today.
N| Inspectors visited between [9 and 13 January 2023|D].

S| The watchdog found the service was well led and that staff had manageable caseloads.
S| It said prevention work kept many children out of the justice system altogether.
W| But the watchdog found that some assessments underestimated the risk to children from exploitation.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Idlicote|S] is doing a good job for its children.”

R| The report makes four recommendations.

N| A spokesperson for [Warwickshire County Council|A] said: “We are grateful to the inspection team and proud of our staff.”
"""),
    # 16. a year-less report day "published today (Thursday 16 May)" (year from the fieldwork, January 2024);
    #     resettlement "was given a separate rating of ‘Inadequate’"; five recommendations
    ("lockinge-yjs-2024", facts([
        svc("Lockinge Youth Justice Service", "Lockinge YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-05-16", "2024-01", 5),
     """N| Improvement needed in Lockinge, say inspectors

N| In a report published today ([Thursday 16 May|D]), [HM Inspectorate of Probation|A] places [Lockinge Youth Justice Service|S] at ‘[Requires improvement|R]’.
W| Resettlement work was given a separate rating of ‘[Inadequate|R]’.
N| Inspectors visited in [January 2024|D].

S| Inspectors found a committed team with a strong focus on children’s education.
W| However, children due to leave custody were often told their address only on the day they came out.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “No child should leave custody without knowing where they will sleep that night.
R| “The partnership needs to make resettlement a priority.”

R| The report makes five recommendations.
"""),
    # 17. "Thursday, 4th June 2020" date line; "The inspectorate has rated X ‘Requires improvement’"; fieldwork "in
    #     February 2020"; two recommendations
    ("east-hendred-yjs-2020", facts([
        svc("East Hendred Youth Justice Service", "East Hendred YJS", "YJS", RI)], "2020-06-04", "2020-02", 2),
     """N| [East Hendred Youth Justice Service|S] inspection report

N| [Thursday, 4th June 2020|D]

N| [HM Inspectorate of Probation|A] has rated [East Hendred Youth Justice Service|S] ‘[Requires improvement|R]’ in a report published today.
N| Inspectors visited in [February 2020|D], before the pandemic restrictions.

S| Inspectors found that the service had a clear vision and a good relationship with local schools.
W| However, out-of-court disposal work varied from case to case, and decisions about some children took several weeks.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[East Hendred|S] has the foundations in place, but too much of its work with children is still inconsistent.”

R| The report makes two recommendations.
"""),
    # 18. two Oxfordshire PDUs, the region named in the first sentence: "X ended up ‘...’, while Y came out at ‘...’";
    #     fieldwork "from 25 November to 6 December 2024" (across two months); twelve recommendations, six for each
    ("souldern-and-fritwell-pdus-2025", facts([
        svc("Souldern Probation Delivery Unit", "Souldern PDU", "PDU", INAD),
        svc("Fritwell Probation Delivery Unit", "Fritwell PDU", "PDU", RI)], "2025-04-08", "2024-11", 12),
     """N| News

N| Probation units in north Oxfordshire found wanting

N| Published: [8 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has published reports on [Souldern Probation Delivery Unit|S] and [Fritwell Probation Delivery Unit|S], both in the [Probation Service – South Central region|S].
N| [Souldern|S] ended up ‘[Inadequate|R]’, while [Fritwell|S] came out at ‘[Requires improvement|R]’.
N| Fieldwork ran from [25 November to 6 December 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Souldern|S] has too few staff and too little management grip.
S| “[Fritwell|S] has made real progress, with good links to housing providers and a settled team.”

W| Plans to protect potential victims were sound in under half the cases inspectors read, in both units.

R| There are twelve recommendations, six for each unit.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fifty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
