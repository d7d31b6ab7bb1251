"""Builds the 131st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs on the Humber in one GOV.UK release, the region named before the ratings; "was judged to be ‘...’,
    #    while Y received the lowest possible rating"; fieldwork "in April 2024"; "five for Saltcote and five for Fleetholme"
    ("saltcote-and-fleetholme-pdus-2024", facts([
        svc("Saltcote Probation Delivery Unit", "Saltcote PDU", "PDU", RI),
        svc("Fleetholme Probation Delivery Unit", "Fleetholme PDU", "PDU", INAD)], "2024-09-10", "2024-04", 10),
     """N| Press release

N| Two Humber probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2024|D]

N| Out today are reports on [Saltcote Probation Delivery Unit|S] and [Fleetholme Probation Delivery Unit|S], which neighbour each other on the Humber’s south bank.
N| Both are managed by the [Probation Service – Yorkshire and the Humber region|S].
N| [Saltcote PDU|S] was judged to be ‘[Requires improvement|R]’, while [Fleetholme PDU|S] received the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork for both inspections took place in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “On the south bank of the Humber we found two units stretched thin, with [Fleetholme|S] in the harder position.
W| “With almost half the probation officer jobs unfilled, cases went to people only months out of training.”

S| Inspectors were impressed with [Saltcote|S]’s work alongside [Humberside Police|A] on domestic abuse, where call-out checks were made in almost every case.
W| In both units, most of the plans inspectors read did too little to manage the risk to children.

R| Inspectors set five recommendations for [Saltcote|S] and five for [Fleetholme|S].

N| ENDS
"""),
    # 2. two youth justice services in one local-news story, first named in the other order from the rating sentence;
    #    "came out as ‘...’ ... had to settle for"; report day "on Thursday (16 November)" under a Monday 20 November byline
    ("keelsby-and-hessleby-yjs-2023", facts([
        svc("Keelsby Youth Justice Service", "Keelsby YJS", "YJS", RI),
        svc("Hessleby Youth Justice Service", "Hessleby YJS", "YJS", GOOD)], "2023-11-16", "2023-07", 8),
     """N| Mixed verdicts for two youth justice teams near the Humber

N| By [Sophie Dunmore|X]

N| [Monday 20 November 2023|D]

N| Inspection reports on [Keelsby Youth Justice Service|S] and [Hessleby Youth Justice Service|S] came out on Thursday ([16 November|D]); inspectors had visited both services in [July 2023|D].
N| [Hessleby|S] came out as ‘[Good|R]’, but [Keelsby|S] had to settle for ‘[Requires improvement|R]’.

S| The watchdog found that [Hessleby|S]’s caseworkers built steady relationships with children and stayed close to their families.
W| In [Keelsby YJS|S], however, inspectors said many assessments simply repeated older ones and missed recent events.
S| Both services were praised for getting children quick access to speech and language therapy.

R| There are eight recommendations, five aimed at [Keelsby|S] and three at [Hessleby|S].

N| A spokesperson for [North East Lincolnshire Council|A] said: “We will study the findings carefully and act on every one of them.”
"""),
    # 3. a unit inside its region: the region in the headline; "has been awarded the lowest of the four grades" (the headline's "Skeldby unit" tagged);
    #    the region's earlier rating beside; "Fieldwork ... between 14 and 25 October 2024"; notes give the day
    ("skeldby-pdu-2025", facts([
        svc("Skeldby Probation Delivery Unit", "Skeldby PDU", "PDU", INAD)], "2025-02-18", "2024-10", 7),
     """N| [East Midlands probation region|S]: [Skeldby unit|S] falls to the bottom grade

N| [Skeldby Probation Delivery Unit|S], responsible for part of the Lincolnshire coast, has been awarded the lowest of the four grades, ‘[Inadequate|R]’.
N| For context, the wider [East Midlands region|S] got ‘[Requires improvement|R]’ from the inspectorate in [2023|D].
N| Inspectors carried out fieldwork between [14 and 25 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Seasonal work and long distances make this a difficult place to deliver probation, but people on licence were too often left without any contact for weeks at a time.
W| “Where someone posed a risk to a partner, that risk was rarely looked at again after the first assessment.”

S| Inspectors did find that [Skeldby|S]’s unpaid work team had kept projects running along the coast and that managers were honest about the scale of the problems.
W| Sharing of information with [Lincolnshire Police|A] and with children’s social care was slow.

R| Seven recommendations are made: six to the unit, one to the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Tuesday 18 February 2025|D], when the report will be online.
N| 2. The [Probation Service – East Midlands region|S] runs [Skeldby PDU|S] and several other units in Lincolnshire.
"""),
    # 4. a youth justice service judged ‘Requires improvement’, resettlement "rated separately" and ‘Good’;
    #    "during their visit in May 2023"; "Published: 30 Aug 2023"
    ("brantholme-yjs-2023", facts([
        svc("Brantholme Youth Justice Service", "Brantholme YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-08-30", "2023-05", 6),
     """N| News

N| Brantholme youth justice work ‘[requires improvement|R]’

N| Published: [30 Aug 2023|D]

N| [HM Inspectorate of Probation|A] has judged [Brantholme Youth Justice Service|S] (YJS) to be ‘[Requires improvement|R]’ overall.
S| Resettlement work for children leaving custody is rated separately, and inspectors judged it ‘[Good|R]’.
N| Inspectors read the cases of 31 children during their visit in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brantholme|S]’s staff are committed, and the children we met spoke warmly of them.
W| “Yet the management board has not been clear enough about what it expects, and partners such as health and education were not always at the table.”

S| Inspectors praised the service’s work to get children back into education, with most children in school or training.
W| Unfortunately, only 14 of the 31 cases had enough planning for the safety of other people.

R| Six recommendations are made; the [Brantholme YJS management board|A] should, for example, hold partners to account for attendance.
"""),
    # 5. a youth offending team in 2016, before ratings, on a council page: "Posted: 24/05/2016"; "pleased to find that" /
    #    "concerned to find that" bullet lists; "carried out in February 2016"
    ("ravensfleet-yot-2016", facts([
        svc("Ravensfleet Youth Offending Team", "Ravensfleet YOT", "YJS", None)], "2016-05-24", "2016-02", 5),
     """N| Inspection of youth offending work in Ravensfleet

N| Posted: [24/05/2016|D]

N| Findings on [Ravensfleet Youth Offending Team|S] (YOT) are out from [Her Majesty’s Inspectorate of Probation|A] after a short quality screening carried out in [February 2016|D].
N| Inspectors read the files of 22 children sentenced in court.

N| Inspectors were pleased to find that:
S| • children were seen often by case managers who understood their lives;
S| • the [Ravensfleet YOT|S] had good links with the local college.

N| However, inspectors were concerned to find that:
W| • when a child’s circumstances changed, the risk to others was not always reviewed;
W| • victims’ wishes were recorded in only a minority of cases.

R| The YOT and its partners receive five recommendations.

N| Councillor [Mark Ellery|X], [North Lincolnshire Council|A]’s cabinet member for children, said: “An action plan will be in place within weeks.”
"""),
    # 6. a Probation Trust in 2013, before ratings: scores out of 100 and a mixed verdict; "Thursday, 14th March 2013";
    #    "inspected in November 2012"
    ("kelstead-and-skidholme-probation-trust-2013", facts([
        svc("Kelstead and Skidholme Probation Trust", "Kelstead and Skidholme Probation Trust", "other", None)],
        "2013-03-14", "2012-11", 8),
     """N| [Kelstead and Skidholme Probation Trust|S] – inspection findings

N| [Thursday, 14th March 2013|D]

N| [Her Majesty’s Inspectorate of Probation|A] today reported on the work of [Kelstead and Skidholme Probation Trust|S], whose cases it examined in [November 2012|D].

S| [Kelstead and Skidholme|S] reached 78% for cutting reoffending and 83% for enforcing sentences properly.
W| For public protection, though, it scored only 64%.

S| Inspectors noted that staff were enthusiastic and that the Trust had built a strong partnership with [Humberside Police|A] in its integrated offender management scheme.
W| However, assessments of harm were frequently overdue, and home visits to domestic abuse perpetrators were a rarity.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The work in this Trust is, for the most part, of a good standard.
R| “Managers now need to give public protection the priority it deserves across every team.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider: "have found X (CRC) to be ‘...’"; unpaid work "given its own rating, was found to ‘Require improvement’";
    #    "between 6 and 17 May 2019"; embargo line
    ("grimsholt-and-carrowby-crc-2019", facts([
        svc("Grimsholt and Carrowby Community Rehabilitation Company", "Grimsholt and Carrowby CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-10-15", "2019-05", 9),
     """N| Embargoed until 00.01, [Tuesday 15 October 2019|D]

N| Humber probation company ‘[Inadequate|R]’, say inspectors

N| Inspectors have found [Grimsholt and Carrowby Community Rehabilitation Company|S] (CRC) to be ‘[Inadequate|R]’.
N| [Purple Futures|A], an Interserve-led partnership, has run the CRC since 2015.
W| Unpaid work, given its own rating, was found to ‘[Require improvement|R]’.
N| Fieldwork took place between [6 and 17 May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too little is being done by this CRC to keep people safe.
W| “Staff told us they felt like call-centre workers, with many people supervised only by telephone.”

S| Inspectors did commend the CRC’s women’s service in Grimsholt, which had close links with local refuges.
W| The CRC’s relationship with the [National Probation Service|A] was poor, with cases passed between them late and without key details.

R| The CRC and [Purple Futures|A] must act on seven of the nine recommendations; the prison and probation agency, [HM Prison and Probation Service|A], gets two.

N| A [Purple Futures|A] spokesperson said: “Our staff have worked hard in difficult conditions, and we are now putting things right.”
"""),
    # 8. an outstanding youth justice service: "has achieved ‘...’, which puts it at the very top of the four grades"; "Tuesday 21 June 2022" in
    #    the notes; fieldwork "in March 2022"
    ("wathby-yjs-2022", facts([
        svc("Wathby Youth Justice Service", "Wathby YJS", "YJS", OUT)], "2022-06-21", "2022-03", 2),
     """N| Wathby youth justice work ‘an example to others’

N| [Wathby Youth Justice Service|S] has achieved ‘[Outstanding|R]’, which puts it at the very top of the four grades used by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wathby|S] stands out for the care it takes with every child it supervises.
S| “Leaders know their community well, and they have made sure that children’s health needs are never an afterthought.”

S| Inspectors found that the service’s work with [CAMHS|A] meant children waited days, not months, to see a specialist.
S| In every case inspected, the child had helped to write their own plan.
W| The only area needing attention was the recording of victims’ views, which was not always complete.

R| The report makes two recommendations, both about work with victims.

N| ENDS

N| Notes to editors
N| 1. Online from 00.01 on [Tuesday 21 June 2022|D] at the [HM Inspectorate of Probation|A] website.
"""),
    # 9. a youth justice service up from its previous rating: "now stands at ‘Good’, having been given ‘...’ by inspectors in 2019";
    #    GOV.UK layout; "Fieldwork took place in February 2023"
    ("ottercote-yjs-2023", facts([
        svc("Ottercote Youth Justice Service", "Ottercote YJS", "YJS", GOOD)], "2023-05-09", "2023-02", 4),
     """N| Press release

N| [Ottercote youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [9 May 2023|D]

N| [Ottercote Youth Justice Service|S] now stands at ‘[Good|R]’, having been given ‘[Requires improvement|R]’ by inspectors in [2019|D].
N| Fieldwork took place in [February 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ottercote|S] has taken the last inspection seriously and the difference shows.
S| “Children are seen by the same worker throughout, and the service’s partnership with the police on out-of-court work is strong.”

W| Keeping children safe in the community was less consistently done, particularly where children were at risk of exploitation.
S| Despite staff shortages during the year, the service had kept caseloads manageable.

R| Inspectors recommend four changes: three for the service to make and one for [Humberside Police|A].
"""),
    # 10. a unit inside its region, the region named in the first sentence: "inspectors found it to ‘Require improvement’ overall",
    #    an evaluative verb; "Tuesday 3 December 2024" in the notes; "10 - 14 June 2024"
    ("staithby-pdu-2024", facts([
        svc("Staithby Probation Delivery Unit", "Staithby PDU", "PDU", RI)], "2024-12-03", "2024-06", 6),
     """N| [Staithby probation unit|S] told to improve

N| Inspectors have now visited [Staithby Probation Delivery Unit|S], part of what the [Probation Service – Yorkshire and the Humber region|S] delivers, and found it to ‘[Require improvement|R]’ overall.
N| The inspection ran from [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Staithby|S]’s staff are dedicated and know the people they supervise well.
W| “But too many practitioners are new, and supervision of their work has been patchy.”

S| Inspectors were impressed with the unit’s court team, which rarely left magistrates waiting for a report.
W| Work to address domestic abuse was variable, and enquiries to children’s services were not made in a third of cases.
W| Access to accommodation was a particular gap, with many people released from prison into temporary housing.

R| Six recommendations are made; the region must act on one of them.

N| ENDS

N| Notes to editors
N| 1. Publication date: [Tuesday 3 December 2024|D], 00.01.
"""),
    # 11. a Youth Offending Service in 2021, assessed remotely: "assessed the service as ‘...’"; "examined ... cases from a
    #    distance, over video calls, in January 2021"; "Tuesday, 27th April 2021"
    ("cleeby-yos-2021", facts([
        svc("Cleeby Youth Offending Service", "Cleeby YOS", "YJS", RI)], "2021-04-27", "2021-01", 6),
     """N| [Tuesday, 27th April 2021|D]

N| Cleeby youth offending work must improve

N| [HM Inspectorate of Probation|A] has assessed [Cleeby Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Covid restrictions meant the team examined [Cleeby|S]’s cases from a distance, over video calls, in [January 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “All through the lockdown months [Cleeby|S] went on seeing children face to face, and that deserves recognition.
W| “However, staff did not understand well enough the danger some children posed to others.”

W| Inspectors were disappointed that nobody oversaw out-of-court disposals closely enough, and some children waited months for an intervention.
S| The [Cleeby YOS|S] had a strong working relationship with [North East Lincolnshire Council|A]’s children’s social care team.

R| The report makes six recommendations.
"""),
    # 12. a 2025 public-protection PDU release with no rating: "Skip to content", empty "Published:" line,
    #    "Context" / "Findings" bullets; fieldwork "in June 2025"; the day in the notes
    ("tetcombe-pdu-2025", facts([
        svc("Tetcombe Probation Delivery Unit", "Tetcombe PDU", "PDU", None)], "2025-10-14", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection in [Tetcombe probation unit|S]: inspection report

N| This inspection by [HM Inspectorate of Probation|A] looked at public protection work in [Tetcombe Probation Delivery Unit|S].
N| No rating is given under this programme of public protection inspections.
N| Inspectors visited the unit in [June 2025|D].

N| Context
N| • [Tetcombe PDU|S] supervises around 900 people across coastal towns in East Lindsey.
N| • The [Probation Service – East Midlands region|S] manages the unit.

N| Findings
S| • Managers had a clear grip on the highest-risk cases.
W| • Few homes with children living in them had been visited by practitioners.
W| • Checks with [Lincolnshire Police|A] about domestic abuse were inconsistent.

R| The report makes five recommendations.

N| Notes to editors
N| 1. Report release: 00.01, [Tuesday 14 October 2025|D].
"""),
    # 13. a youth justice service in a local-news story: "A report published on Thursday (9 May) puts X at ‘Good’"; "published on Thursday
    #    (9 May)" with the year from the byline; fieldwork "in January and February 2024"
    ("mablesby-yjs-2024", facts([
        svc("Mablesby Youth Justice Service", "Mablesby YJS", "YJS", GOOD)], "2024-05-09", "2024-01", 3),
     """N| ‘[Good|R]’ rating for [Mablesby youth justice team|S]

N| By [Daniel Kirkby|X]

N| [Friday 10 May 2024|D]

N| A report published on Thursday ([9 May|D]) puts [Mablesby Youth Justice Service|S] at ‘[Good|R]’, the second-highest grade of [HM Inspectorate of Probation|A].
N| The inspection team’s visits were in [January and February 2024|D].

S| They praised the way [Mablesby|S]’s staff worked with schools to keep children in education.
S| The report also said that children’s voices were heard in their plans.
W| However, work to help victims feel safe was not always given enough priority.

R| The report sets out three recommendations for the service.

N| Councillor [Helen Sandall|X], of [East Riding of Yorkshire Council|A], said: “Our team has worked hard for this result, and we will keep improving.”
"""),
    # 14. a youth justice service in 2020 with a date line "Thursday, 4th June 2020"; "has received ‘...’ as its overall rating"; the
    #    2016 inspection's lower-case "good standard" beside (not a rating); fieldwork "in February 2020"
    ("withernby-yjs-2020", facts([
        svc("Withernby Youth Justice Service", "Withernby YJS", "YJS", RI)], "2020-06-04", "2020-02", 7),
     """N| [Thursday, 4th June 2020|D]

N| Withernby youth justice inspection published

N| [Withernby Youth Justice Service|S] has received ‘[Requires improvement|R]’ as its overall rating in a report published today.
N| Its last inspection, in [2016|D], found much of its work to be of a good standard.
N| Inspectors visited in [February 2020|D], weeks before the first lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Withernby|S]’s staff are tenacious and children trust them.
W| “But the board has lost sight of the detail, and standards have slipped since we were last here.”

W| Just 12 of the 24 assessments inspectors read were good enough.
S| Work with the [Youth Justice Board|A] on a new out-of-court panel was a positive step.

R| There are seven recommendations: five for the service, two for its management board.
"""),
    # 15. an NPS division in 2019 with "is ‘Good’, the overall regional rating that ... reached"; court work "assessed as a separate element"; "in March and April
    #    2019"; "Published: 16 Jul 2019"
    ("eskerby-and-holmfleet-nps-division-2019", facts([
        svc("National Probation Service – Eskerby and Holmfleet Division", "NPS Eskerby and Holmfleet", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-07-16", "2019-03", 4),
     """N| News

N| National Probation Service division on the Humber rated ‘[Good|R]’

N| Published: [16 Jul 2019|D]

N| The [National Probation Service – Eskerby and Holmfleet Division|S] is ‘[Good|R]’, the overall regional rating that [HM Inspectorate of Probation|A] reached after its visit.
S| Court work, assessed as a separate element, reached ‘[Outstanding|R]’.
N| Inspectors did their fieldwork in [March and April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Eskerby and Holmfleet|S] is well led, and staff feel supported by their managers.
W| “There is still work to do on the quality of risk management plans, which were not always reviewed.”

S| Inspectors commended how the division and its [MAPPA|A] partners handled those posing the greatest danger.
W| However, the division’s relationship with the local CRC was under strain.

R| The report makes four recommendations.
"""),
    # 16. an Inadequate youth justice service: "Inspectors have given X their lowest rating"; "Thursday 12 December 2019"
    #    in the notes; "between 9 and 13 September 2019"
    ("saltmoor-yjs-2019", facts([
        svc("Saltmoor Youth Justice Service", "Saltmoor YJS", "YJS", INAD)], "2019-12-12", "2019-09", 10),
     """N| [Saltmoor youth justice service|S] ‘[Inadequate|R]’

N| Inspectors have given [Saltmoor Youth Justice Service|S] their lowest rating, ‘[Inadequate|R]’.
N| Inspectors were in the service between [9 and 13 September 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children across Saltmoor are being let down.
W| “The management board met, but little changed, and nobody was holding partners to account.”

W| Inspectors found a culture in which staff felt unable to raise concerns.
W| Only nine of 27 cases had a sufficient plan for the child’s own safety.
S| Despite these problems, inspectors praised the commitment of individual case workers, some of whom went well beyond what was expected.

R| Of ten recommendations, three are for partners, among them [North Lincolnshire Council|A] and [Humberside Police|A].
R| “I call on the board to act quickly,” Mr Russell said.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [Thursday 12 December 2019|D] at 00.01.
"""),
    # 17. a youth justice service "was graded ‘Good’ by inspectors", on a council page "Posted on 07/02/2023";
    #    "In October 2022 inspectors visited"
    ("covenby-yjs-2023", facts([
        svc("Covenby Youth Justice Service", "Covenby YJS", "YJS", GOOD)], "2023-02-07", "2022-10", 6),
     """N| [Covenby Youth Justice Service|S] receives ‘[Good|R]’ rating

N| Posted on [07/02/2023|D]

N| [Covenby Youth Justice Service|S] was graded ‘[Good|R]’ by inspectors, whose report from [HM Inspectorate of Probation|A] came out this week.
N| In [October 2022|D] inspectors visited the service, read case files and spoke to children, parents and staff.

S| The inspectors said the service’s work with children in the court system was of a high standard.
S| Encouragingly, they found that the management board understood the needs of local children.
W| Inspectors said that some children’s plans lacked detail about their health needs.

R| Inspectors make six recommendations, among them closer work with health partners.

N| Councillor [Peter Waddingham|X], of [North East Lincolnshire Council|A], said: “We thank staff for their hard work and will respond to the recommendations.”
"""),
    # 18. a youth offending team written out in 2022: "the Ludholme youth offending team" in lower case, short form
    #    "Ludholme YOT"; "inspected X in June 2022 and found it to be"; resettlement rated separately ‘Inadequate’
    ("ludholme-yot-2022", facts([
        svc("Ludholme youth offending team", "Ludholme YOT", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-09-13", "2022-06", 7),
     """N| [Ludholme YOT|S] must improve, say inspectors

N| Published [13 September 2022|D]

N| [HM Inspectorate of Probation|A] inspected the [Ludholme youth offending team|S] in [June 2022|D] and found it to be ‘[Requires improvement|R]’.
W| The team’s resettlement work, rated on its own, was ‘[Inadequate|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ludholme YOT|S] has a small, committed team who know their children well.
W| “However, children leaving custody did not have suitable accommodation arranged in good time, and some were released without knowing where they would sleep.”

S| Inspectors praised the [Ludholme YOT|S]’s diversion scheme, which kept many children out of court.
W| Support for children’s mental health was inconsistent because of long waits for [CAMHS|A].

R| The report makes seven recommendations, including two for the [East Riding of Yorkshire Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 131st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
