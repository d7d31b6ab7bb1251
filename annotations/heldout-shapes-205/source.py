"""Builds the two hundred and fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the South West region on a GOV.UK page; "land in the ‘...’ band", "was marked down to ‘...’";
    #    fieldwork "the fortnight that began on 3 June 2024"; "a dozen recommendations ... five for Simonsbath ..."
    ("withypool-simonsbath-and-hawkridge-pdus-2024", facts([
        svc("Withypool Probation Delivery Unit", "Withypool PDU", "PDU", RI),
        svc("Simonsbath Probation Delivery Unit", "Simonsbath PDU", "PDU", INAD),
        svc("Hawkridge Probation Delivery Unit", "Hawkridge PDU", "PDU", RI)], "2024-11-19", "2024-06", 12),
     """N| Press release

N| Three Exmoor probation units inspected: one judged ‘[Inadequate|R]’

N| Moorland units struggle with staffing as caseloads grow.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| [Withypool Probation Delivery Unit|S], [Simonsbath Probation Delivery Unit|S] and [Hawkridge Probation Delivery Unit|S], all within [Probation Service – South West region|S], are the subject of three reports released today.
N| [Withypool|S] and [Hawkridge|S] land in the ‘[Requires improvement|R]’ band, while [Simonsbath|S] was marked down to ‘[Inadequate|R]’.
N| The inspection team spent the fortnight that began on [3 June 2024|D] visiting the three offices.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Simonsbath I am afraid the basics were not in place: nobody could tell us who held a third of the cases we picked.
S| “[Withypool|S] and [Hawkridge|S] are on steadier ground, and their officers know the farming communities they serve remarkably well.
W| “Yet even there, checks with children’s services were missing from far too many files.”

S| Inspectors singled out the units’ work with the local mental health trust, which meant people on probation were seen by a nurse within days.
W| Home visits to people convicted of domestic abuse had become rare in all three units.

R| A dozen recommendations are set out across the three reports: five for [Simonsbath|S], three each for [Withypool|S] and [Hawkridge|S], and one for the region.

N| Probation leaders in the South West told us that two senior managers had already been sent to Simonsbath to steady the office.
"""),
    # 2. two youth justice services in a local-news story, rated in the other order from the one first named; the
    #    reports "went online on Tuesday (11 February)" under a byline of Friday 14 February 2025
    ("timberscombe-and-luccombe-yjs-2025", facts([
        svc("Timberscombe Youth Justice Service", "Timberscombe YJS", "YJS", GOOD),
        svc("Luccombe Youth Justice Service", "Luccombe YJS", "YJS", OUT)], "2025-02-11", "2024-10", 5),
     """N| Top marks for one moorland youth team, a strong showing for the other

N| By [Hannah Lock|X]

N| [Friday 14 February 2025|D]

N| Inspectors have been looking at [Timberscombe Youth Justice Service|S] and [Luccombe Youth Justice Service|S], and their reports went online on Tuesday ([11 February|D]).
N| [Luccombe|S] walks away with the inspectorate’s top grade, ‘[Outstanding|R]’, and [Timberscombe|S] is not far behind at ‘[Good|R]’.
N| The two teams were inspected together during [October 2024|D].

S| The watchdog said [Luccombe|S]’s case managers went out of their way to keep children in school, and exclusions had almost disappeared.
S| [Timberscombe|S]’s panel for out-of-court cases was described as calm, fair and quick.
W| The one sore point in Timberscombe was the wait for speech and language assessments, which could stretch to five months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Luccombe|S] is the kind of service other areas should come and visit.
S| “Both teams put the child first and it shows.”

R| Between them the two reports carry five recommendations, three of which are for [Timberscombe|S].

N| A spokesperson for [Somerset Council|A] said the county was “delighted” with the results.
"""),
    # 3. a unit inside its region: the region's own 2023 rating beside it, the previous rating; "Inspectors have
    #    settled on ‘...’ for X"; "Seven recommendations come out of the inspection"
    ("treborough-pdu-2024", facts([
        svc("Treborough Probation Delivery Unit", "Treborough PDU", "PDU", RI)], "2024-07-16", "2024-02", 7),
     """N| [South West probation region|S]: [Treborough unit|S] still short of ‘[Good|R]’

N| [His Majesty’s Inspectorate of Probation|A] has reported on [Treborough Probation Delivery Unit|S], which sits within [Probation Service – South West region|S].
N| Inspectors have settled on ‘[Requires improvement|R]’ for the unit, the same grade it was given after its previous visit in [2021|D].
N| The region itself was given ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Fieldwork took place over two weeks in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Treborough|S]’s officers are patient and thorough with people whose lives are chaotic, and that deserves recognition.
W| “But the unit is still leaning on agency staff who leave before they get to know their cases.
W| “Risk assessments we read were often a year out of date.”

S| On the positive side, unpaid work teams had found placements in every village hall and churchyard within reach.
W| Known victims were properly protected in only 14 of the 32 cases that inspectors read.

R| Seven recommendations come out of the inspection, most of them for the unit and two for the region.
R| From now on the unit must review a person’s risk assessment whenever their circumstances change.

N| ENDS
N| The report was published on [16 July 2024|D].
"""),
    # 4. a Probation Trust in 2012 (no rating), "pleased to find" / "concerned to find" lists
    ("brompton-regis-and-skilgate-probation-trust-2012", facts([
        svc("Brompton Regis and Skilgate Probation Trust", "Brompton Regis and Skilgate Probation Trust", "other", None)],
        "2012-05-22", "2012-01", 6),
     """N| Inspection of adult offending work in Brompton Regis and Skilgate

N| [Tuesday, 22nd May 2012|D]

W| [Brompton Regis and Skilgate Probation Trust|S] manages most offenders competently, but inspectors found that work to protect the public lagged behind.
N| The inspection, carried out jointly with colleagues from [HM Inspectorate of Constabulary|A], took place in [January 2012|D].

N| Inspectors were pleased to find that:
S| offender managers had a good grasp of what lay behind each offender’s crimes;
S| links with [Avon and Somerset Constabulary|A] on prolific offenders were close and well used;
S| most offenders said their supervision had helped them stay out of trouble.

N| However, inspectors were concerned to find that:
W| risk of harm assessments had not been completed in a quarter of the cases examined;
W| child protection checks were seldom made before sentence.

N| [HM Inspectorate of Probation|A] publishes its report on the Trust today.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Trust staff plainly care about the people they supervise.
R| “The Trust now needs to bring the same care to public protection, starting with every assessment.”

R| The report contains six recommendations for the Trust and its partners.
"""),
    # 5. a CRC in 2018, owned by Working Links; overall rating "the inspectorate’s grade for X is"; unpaid work rated
    #    on its own ‘Good’; "between 9 and 20 April 2018"; "eight recommendations, six for the CRC"
    ("clatworthy-and-elworthy-crc-2018", facts([
        svc("Clatworthy and Elworthy Community Rehabilitation Company", "Clatworthy and Elworthy CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-09-26", "2018-04", 8),
     """N| [Clatworthy and Elworthy CRC|S]: work to reduce risk falls well short

N| The inspectorate’s grade for [Clatworthy and Elworthy Community Rehabilitation Company|S] (CRC), a [Working Links|A] company, is ‘[Inadequate|R]’.
N| Inspectors were in the CRC’s offices between [9 and 20 April 2018|D].
S| Unpaid work, which was graded separately, earned a ‘[Good|R]’, with placements well supervised and starting quickly.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has been through a great deal of change.
W| “Staff are carrying far too many cases and many told us they simply could not keep up.
W| “Much of the supervision we saw amounted to a phone call every few weeks.”

W| Through-the-gate services for people leaving [HMP Exeter|S] did little more than fill in forms.
S| Despite these pressures, the women’s service in Clatworthy was thoughtful and well attended.

R| Eight recommendations follow; [HM Prison and Probation Service|A] gets two of them and the CRC the rest.

N| [Working Links|A] said it would study the report carefully.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [26 September 2018|D] at 00.01.
"""),
    # 6. a youth offending team in 2017, before the four-point scale: "youth offending team" written out; no rating
    ("monksilver-yot-2017", facts([
        svc("Monksilver Youth Offending Team", "Monksilver YOT", "YJS", None)], "2017-03-14", "2016-11", 5),
     """N| Youth offending work in Monksilver – a mixed report

N| Published: [14 March 2017|D]

N| A short quality inspection of the [Monksilver Youth Offending Team|S] (YOT) was carried out in [November 2016|D] by [HM Inspectorate of Probation|A].
S| Inspectors found that the [Monksilver YOT|S] knew its children well and that court work was of a high standard.
W| Work to keep children safe, on the other hand, was too often left to chance.
W| Plans seldom said what would happen if a child went missing.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in this small team are tenacious and the children clearly trust them.
R| “The [Monksilver YOT management board|A] should now make safeguarding its first concern.”

R| Of the five recommendations in the report, one goes to [Somerset County Council|A] and four to the YOT.
"""),
    # 7. an NPS division in 2019: "placed X in the second of its four bands, ‘Good’"; "during May 2019"
    ("nps-exebridge-division-2019", facts([
        svc("Exebridge Division of the National Probation Service", "NPS Exebridge", "region", GOOD)],
        "2019-06-18", "2019-05", 6),
     """N| Probation division earns ‘[Good|R]’ from inspectors

N| [HM Inspectorate of Probation|A] has placed the [Exebridge Division of the National Probation Service|S] in the second of its four bands, ‘[Good|R]’.
N| Inspectors spent much of [May 2019|D] in the division’s offices and at its courts.

S| Advice to courts was prompt and well founded, and [NPS Exebridge|S] had kept vacancies low.
S| Leaders had a clear plan and staff said they felt listened to.
W| On the other hand, contact with victims was patchy: one in three victims who asked to be kept informed heard nothing for months.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a well-led division that has held steady through a difficult period.
W| “I was disappointed, though, that victims were left in the dark so often.”

R| The report’s six recommendations split four to the division, two to [HM Prison and Probation Service|A].

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [18 June 2019|D] at 00.01.
"""),
    # 8. two PDUs in one release, one aspect each rated on its own, the better one named second; "comes in at",
    #    "has been handed the lowest mark"; "fieldwork ... 17 to 28 February 2025"; recs "four ... and a fifth"
    ("molland-and-twitchen-pdus-2025", facts([
        svc("Molland Probation Delivery Unit", "Molland PDU", "PDU", INAD),
        svc("Twitchen Probation Delivery Unit", "Twitchen PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-06-24", "2025-02", 5),
     """N| News

N| Two north Devon probation units inspected

N| Published: [24 Jun 2025|D]

N| [Molland Probation Delivery Unit|S] and [Twitchen Probation Delivery Unit|S], neighbouring units on the southern edge of Exmoor, are the subject of two reports published today.
N| [Molland|S] has been handed the lowest mark on the scale, ‘[Inadequate|R]’, while [Twitchen|S] comes in at ‘[Requires improvement|R]’.
S| [Twitchen|S]’s unpaid work, graded on its own, reached ‘[Good|R]’.
N| Fieldwork ran from [17 to 28 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Molland|S] has been without a permanent senior manager for over a year, and it shows in almost every case we read.
S| “[Twitchen|S] has done better at holding on to its staff.
W| “But in both units too many people were released from custody with nowhere to live.”

W| Inspectors found that in Molland only 9 of 28 cases had a plan that dealt with the risk the person posed.
R| Four recommendations are made to the two units, and a fifth to [Devon County Council|A] on housing.
"""),
    # 9. a Youth Offending Service in 2020; overall "came in at" ‘Good’, resettlement rated on its own
    #    ‘Requires improvement’; "Inspectors were on site the week of 16 September 2019"
    ("challacombe-yos-2020", facts([
        svc("Challacombe Youth Offending Service", "Challacombe YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2020-02-12", "2019-09", 4),
     """N| [Wednesday, 12th February 2020|D]

N| Challacombe youth offending work judged ‘[Good|R]’

N| [Challacombe Youth Offending Service|S] (YOS) came in at ‘[Good|R]’ when [HM Inspectorate of Probation|A] published its findings today.
N| Inspectors were on site the week of [16 September 2019|D].
W| The service’s resettlement work was looked at separately and given ‘[Requires improvement|R]’, because children leaving custody did not always have a place to live arranged.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Challacombe|S]’s staff work hard to give children a voice in their own plans.
S| “The partnership with [CAMHS|A] is a real asset.”

S| Almost every child inspectors looked at had been seen within two days of sentence.
W| Some out-of-court cases were closed before the work with the child was finished.

R| The [Challacombe YOS|S] has four recommendations to act on, three from the main inspection and one from the resettlement review.
"""),
    # 10. ordinary: GOV.UK press release, YJS RI; "a rating of ‘...’ after an inspection in January 2024"; six recs
    ("bridgetown-yjs-2024", facts([
        svc("Bridgetown Youth Justice Service", "Bridgetown YJS", "YJS", RI)], "2024-03-12", "2024-01", 6),
     """N| Press release

N| [Bridgetown youth justice service|S] rated ‘[Requires improvement|R]’

N| Inspectors find committed staff but weak planning for children’s safety.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 March 2024|D]

N| [Bridgetown Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was struck by how well [Bridgetown|S]’s case managers know the children in their care.
W| “However, their plans to keep those children safe were thin, and contingency arrangements were often missing altogether.”

S| Inspectors praised the service’s links with the local farm training scheme, which had found places for eleven children over the year.
W| The management board met regularly, but members seldom challenged one another about what the figures meant.
W| Sadly, disproportionality had not been examined at all.

R| The report makes half a dozen recommendations, five for the service and one for [Somerset Council|A].
"""),
    # 11. ordinary: justiceinspectorates.gov.uk news item, YJS Good; "earned a ‘...’ rating"; fieldwork "the last
    #     week of March 2022"; "four recommendations"
    ("countisbury-yjs-2022", facts([
        svc("Countisbury Youth Justice Service", "Countisbury YJS", "YJS", GOOD)], "2022-06-09", "2022-03", 4),
     """N| News

N| [Countisbury youth justice team|S] earns praise from inspectors

N| Published: [9 Jun 2022|D]

N| [Countisbury Youth Justice Service|S] has earned a ‘[Good|R]’ rating from [His Majesty’s Inspectorate of Probation|A].
N| Inspectors carried out their fieldwork in the last week of [March 2022|D].

S| The team’s approach to children at risk of exploitation was described as imaginative and joined up with [Devon and Cornwall Police|A].
S| Children told inspectors that their workers listened and never gave up on them.
W| Health support was harder to reach, and a few children waited months for a first appointment.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Countisbury|S] is a small service on a remote coast.
S| “It punches well above its weight, and its staff can be rightly proud.”

R| Inspectors have made four recommendations to help the service build on this.
"""),
    # 12. ordinary: council page, third person, "Posted on 07/11/2023"; "The watchdog gave the service its third grade"
    ("huish-champflower-yjs-2023", facts([
        svc("Huish Champflower Youth Justice Service", "Huish Champflower YJS", "YJS", RI)], "2023-11-07", "2023-07", 5),
     """N| Youth justice inspection report published

N| Posted on [07/11/2023|D]

N| An inspection of [Huish Champflower Youth Justice Service|S] by [HM Inspectorate of Probation|A] has found that the service ‘[Requires improvement|R]’.
N| Inspectors visited in [July 2023|D] and looked at 24 cases.

S| The watchdog found that the service’s partnership with local schools was a real strength, with most children back in full-time education.
W| It also found that reviews of children’s plans were not always done when things changed.
W| Work with victims was described as an afterthought.

R| The report includes five recommendations, which the service has already begun to address.

N| Councillor [Peter Gubbins|X], lead member for children’s services, said: “We accept the inspectors’ findings and will make the changes needed.
N| “Our staff deserve thanks for the effort they put in while the inspectors were with us.”
"""),
    # 13. ordinary: embargo line, PDU Inadequate; "is judged to be ‘...’"; fieldwork "in the first half of May 2024"
    ("wheddon-cross-pdu-2024", facts([
        svc("Wheddon Cross Probation Delivery Unit", "Wheddon Cross PDU", "PDU", INAD)], "2024-09-24", "2024-05", 7),
     """N| Embargoed until 00.01, Tuesday [24 September 2024|D]

N| [Wheddon Cross probation unit|S] ‘[Inadequate|R]’

N| [His Majesty’s Inspectorate of Probation|A] has judged [Wheddon Cross Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| The inspection took place in the first half of [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Wheddon Cross are doing their best in impossible conditions, with caseloads far above what is safe.
W| “We found people assessed as posing a high risk who had not been seen in person for months.”
N| Mr Jones continued: “I recognise the region has begun to act.
R| “It must now give this unit the experienced managers it badly needs.”

S| Inspectors did find that court reports were well written and delivered on time.
W| When inspectors visited, almost half the probation officer posts stood empty.

R| Seven recommendations are listed: two are for [Probation Service – South West region|S], five for the PDU.

N| ENDS
"""),
    # 14. ordinary: a remote inspection in 2021, YJS Outstanding; "has been awarded the top rating"; three recs
    ("landacre-yjs-2021", facts([
        svc("Landacre Youth Justice Service", "Landacre YJS", "YJS", OUT)], "2021-06-29", "2021-03", 3),
     """N| [Landacre youth justice service|S] rated ‘[Outstanding|R]’

N| [Landacre Youth Justice Service|S] has been awarded the top rating, ‘[Outstanding|R]’, by [HM Inspectorate of Probation|A].
N| With lockdown still in force, inspectors did their work by video in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a service that kept going for children right through the pandemic, without missing a beat.
S| “Its leaders know every child’s story, and the board asks the hard questions.”

S| Inspectors were impressed that case managers had kept face-to-face contact with the children who needed it most.
S| Every one of the 18 out-of-court cases reviewed had a sound assessment.
W| The one area to be strengthened was the service’s recording of children’s ethnicity, which was incomplete.

R| The report has only three recommendations, every one addressed to the management board.

N| Notes to editors
N| 1. The report was published on [29 June 2021|D].
"""),
    # 15. ordinary: a 2025 public-protection inspection, no ratings; "Context" / "Findings" bullets
    ("heasley-mill-pdu-2025", facts([
        svc("Heasley Mill Probation Delivery Unit", "Heasley Mill PDU", "PDU", None)], "2025-10-14", "2025-06", 6),
     """N| Public protection inspection: [Heasley Mill Probation Delivery Unit|S]

N| Published: [14 October 2025|D]

N| A report out today from [HM Inspectorate of Probation|A] examines public protection in [Heasley Mill Probation Delivery Unit|S], part of [Probation Service – South West region|S].
N| This inspection programme does not award ratings.
N| The inspection team was in the unit from [9 to 20 June 2025|D].

N| Context
N| The unit covers a large rural area with few public transport links.
N| It supervised around 700 people at the time of the inspection.

N| Findings
S| Staff worked closely with [Devon and Cornwall Police|A] on people managed under [MAPPA|A].
W| Information about children living with people on probation was not routinely requested.
W| Home visits were rare, and in only 11 of 30 cases had the risk to a partner been properly considered.

R| There are six recommendations: four land with the unit, two with the region.
"""),
    # 16. ordinary: local news, YJS RI; "has been told it ‘...’"; "the report, released on Thursday (5 December)";
    #     fieldwork "in August 2024"
    ("cloutsham-yjs-2024", facts([
        svc("Cloutsham Youth Justice Service", "Cloutsham YJS", "YJS", RI)], "2024-12-05", "2024-08", 6),
     """N| Youth justice team told it must do better on safety

N| By [Owen Huxtable|X]

N| [Saturday 7 December 2024|D]

N| [Cloutsham Youth Justice Service|S] heard from the probation inspectorate this week that it ‘[Requires improvement|R]’.
N| The report, released on Thursday ([5 December|D]), follows an inspection in [August 2024|D].

S| Inspectors praised the team’s youth workers, who they said built strong relationships with children others had given up on.
W| But where a child was a danger to others, the plans for dealing with it were often vague.
W| Turnover among managers had left staff unsure who to ask for advice.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real warmth in this service.
W| “Warmth is not enough on its own, though, when a child is at risk of serious harm.”

R| The inspectors made six recommendations.
N| The council said an improvement plan was being drawn up.
"""),
    # 17. ordinary: GOV.UK press release, PDU RI, "Mr Jones continued"; "during April 2022"; four recs
    ("tivington-pdu-2022", facts([
        svc("Tivington Probation Delivery Unit", "Tivington PDU", "PDU", RI)], "2022-08-23", "2022-04", 4),
     """N| Press release

N| [Tivington probation unit|S] needs to improve

N| From: [HM Inspectorate of Probation|A]

N| Published [23 August 2022|D]

N| [Tivington Probation Delivery Unit|S] was inspected during [April 2022|D] and has come out as ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I was pleased to see the unit’s staff working so well with the local women’s centre.
W| “But the quality of risk management was too variable from one officer to the next.”
N| Mr Russell continued: “The unit has been through two changes of leadership since [2021|D].
R| “Leaders need to give them the time and the training to do it.”

S| Inspectors found that people on probation were seen promptly after sentence.
W| Unfortunately, domestic abuse checks with the police had not been made in a third of the relevant cases.

R| Four recommendations are made, aimed at the unit and at the region.
"""),
    # 18. ordinary: "Skip to content", empty "Published:" line, the day in the notes; YJS Good; seven recs
    ("withiel-florey-yjs-2025", facts([
        svc("Withiel Florey Youth Justice Service", "Withiel Florey YJS", "YJS", GOOD)], "2025-04-08", "2025-01", 7),
     """N| Skip to content

N| Published:

N| [Withiel Florey Youth Justice Service|S] rated ‘[Good|R]’

N| [Withiel Florey Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service over two weeks in [January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Withiel Florey|S] has a settled, confident team, and it shows in the quality of their work.
S| “Children get help with education and health quickly, and nobody slips through the net.”

S| Inspectors commended the service’s work with families, which was never an afterthought.
W| Out-of-court disposals were less well handled: decisions were slow and the panel did not always record its reasons.

R| Inspectors have asked for seven improvements in their recommendations, six of them from the service and one from [Somerset Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [8 April 2025|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
