"""Builds the hundred-and-fifty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Weardale PDUs on a GOV.UK page, the region named first: "Rookhope came out at ‘...’; Eastgate fared worse
    #    and was placed at ‘...’"; fieldwork "in June 2024"; "Nine recommendations ... four for each unit and one for the region"
    ("rookhope-and-eastgate-pdus-2024", facts([
        svc("Rookhope Probation Delivery Unit", "Rookhope PDU", "PDU", RI),
        svc("Eastgate Probation Delivery Unit", "Eastgate PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Two probation units in Weardale inspected

N| Reports on two probation delivery units in upper Weardale are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Both units belong to the [Probation Service – North East region|S], and inspectors visited [Rookhope Probation Delivery Unit|S] and [Eastgate Probation Delivery Unit|S] in [June 2024|D].
N| [Rookhope|S] came out at ‘[Requires improvement|R]’; [Eastgate|S] fared worse and was placed at ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Rookhope, practitioners care about the people they supervise and have built strong links with local employers.
W| “In Eastgate the position is far more serious: half the practitioner posts were empty and cases were passed from one temporary officer to the next.”

W| Across both units, home visits in domestic abuse cases were rarely made, even when children were living in the home.
S| [Rookhope PDU|S]’s unpaid work team kept placements running through a hard winter and had a waiting list of under a fortnight.
W| Inspectors found that [Eastgate PDU|S] had no settled senior manager for almost a year.

R| Nine recommendations are made in the two reports: four for each unit and one for the region.
"""),
    # 2. two youth services in one local-news story: report "published on Tuesday (4 March)" under a byline of Friday
    #    7 March 2025; "Startforth was awarded the top mark of ‘...’ while Bowes was judged ‘...’" (other order from first naming)
    ("bowes-and-startforth-yjs-2025", facts([
        svc("Bowes Youth Justice Service", "Bowes YJS", "YJS", GOOD),
        svc("Startforth Youth Justice Service", "Startforth YJS", "YJS", OUT)], "2025-03-04", "2024-11", 6),
     """N| Youth teams in Teesdale win praise from inspectors

N| By [Helen Dobson|X]

N| [Friday 7 March 2025|D]

N| Inspectors visited [Bowes Youth Justice Service|S] and [Startforth Youth Justice Service|S] in [November 2024|D], and their reports were published on Tuesday ([4 March|D]).
N| [Startforth|S] was awarded the top mark of ‘[Outstanding|R]’ while [Bowes|S] was judged ‘[Good|R]’.

S| The inspectors said [Startforth|S]’s workers were tireless in finding children places in education and apprenticeships.
S| They also commended [Bowes|S] for the speed with which it brought in speech and language help.
W| However, at [Bowes YJS|S] plans to keep other people safe were not always updated after a new arrest.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in these dales are well served, and the team at [Startforth|S] sets a standard others can learn from.”

R| The reports make six recommendations between them, four to [Bowes|S] and two to [Startforth|S].

N| A spokesperson for [Durham County Council|A] thanked staff for their hard work.
"""),
    # 3. a unit inside its region: the region in the headline; "Inspectors judged X to be ‘...’, the lowest grade"; the
    #    region's own earlier rating as context; fieldwork "between 11 and 22 September 2023"; notes date
    ("sadberge-pdu-2024", facts([
        svc("Sadberge Probation Delivery Unit", "Sadberge PDU", "PDU", INAD)], "2024-01-23", "2023-09", 7),
     """N| [North East probation region|S]: serious concerns about [Sadberge unit|S]

N| Inspectors judged [Sadberge Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the lowest grade they can give; the unit sits within the [Probation Service – North East region|S].
N| The [North East region|S] as a whole was graded ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| The inspection team was on site between [11 and 22 September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sadberge|S] is struggling on almost every front.
W| “Managers told us they had little time for anything but covering gaps, and some people freshly out of prison had gone weeks without an appointment.”

W| Mr Jones continued: “In most of the cases we read, the risks posed to children were not properly understood.”

S| Inspectors did find that staff supported one another well and that links with [Darlington Borough Council|A]’s housing team were improving.
W| Checks with [Durham Constabulary|A] about domestic abuse call-outs were made in only 14 of 40 cases.

R| Seven recommendations follow; the region is asked to act on two and the unit on five.

N| ENDS

N| Notes to editors
N| 1. Report online from 00.01 on [Tuesday 23 January 2024|D].
N| 2. [Sadberge PDU|S] is one of the smaller probation delivery units in the north east.
"""),
    # 4. a unit inside its region on a justiceinspectorates page: "Published: 5 Dec 2023"; the region first, then "X has been
    #    found by ... to be ‘...’"; fieldwork "in July and August 2023"
    ("whorlton-pdu-2023", facts([
        svc("Whorlton Probation Delivery Unit", "Whorlton PDU", "PDU", RI)], "2023-12-05", "2023-07", 6),
     """N| News

N| Probation unit in County Durham has more to do

N| Published: [5 Dec 2023|D]

N| Part of the [Probation Service – North East region|S], [Whorlton Probation Delivery Unit|S] has been found by [HM Inspectorate of Probation|A] to be ‘[Requires improvement|R]’.
N| Fieldwork was carried out in [July and August 2023|D].

S| Leaders had a clear picture of the unit’s weaknesses and a sensible plan to tackle them.
S| Most people on probation told inspectors they trusted their officer and found appointments useful.
W| But only 19 of the 42 risk-of-harm assessments inspectors read were good enough.
W| Too few people had started the accredited programmes ordered by the courts, and the waiting list was growing.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whorlton|S] has a committed team, and it is heading in the right direction.
R| “The unit now needs to make sure that every case involving children is checked with children’s services before the first appointment.”

R| The report makes six recommendations.
"""),
    # 5. an older name: a Probation Trust in 2013, no overall rating; bullet lists after "Inspectors were pleased to
    #    find that:"; date line "Thursday, 14th March 2013"; fieldwork "during their visit in November 2012"; five recommendations
    ("wearhead-and-killhope-probation-trust-2013", facts([
        svc("Wearhead and Killhope Probation Trust", "Wearhead and Killhope Probation Trust", "other", None)],
        "2013-03-14", "2012-11", 5),
     """N| [Wearhead and Killhope Probation Trust|S]: offender management inspection

N| [Thursday, 14th March 2013|D]

S| [Wearhead and Killhope Probation Trust|S] is making good progress in reducing reoffending, [HM Inspectorate of Probation|A] reports today.
N| Inspectors read a sample of 60 cases during their visit in [November 2012|D].

N| Inspectors were pleased to find that:
S| - the Trust’s staff had a sound grasp of the factors behind each person’s offending;
S| - work with [Durham Constabulary|A] on prolific offenders was well organised;
S| - most offenders had been helped into accommodation or work.

N| However, inspectors were concerned to find that:
W| - sentence plans were often completed late;
W| - the risk of harm to known victims had not always been reviewed when circumstances changed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust covers a large and remote area, and this is a creditable report.
R| “I want the Trust to give victims’ safety the same attention it gives to reducing reoffending.”

R| The report makes five recommendations for improvement.
"""),
    # 6. a CRC in 2019 with an embargo line: "‘...’ is the verdict of ... on X"; an owner
    #    as context; fieldwork "in April 2019"; eight recommendations
    ("butterknowle-and-lynesack-crc-2019", facts([
        svc("Butterknowle and Lynesack Community Rehabilitation Company", "Butterknowle and Lynesack CRC", "CRC", RI)],
        "2019-08-20", "2019-04", 8),
     """N| Embargoed until 00.01, [Tuesday 20 August 2019|D]

N| Probation company in south Durham ‘must improve’

N| ‘[Requires improvement|R]’ is the verdict of [HM Inspectorate of Probation|A] on [Butterknowle and Lynesack Community Rehabilitation Company|S] (CRC).
N| The company is owned by [Sodexo Justice Services|A], and inspectors visited in [April 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Caseloads at the CRC are far too high, and the quality of the work suffers as a result.
W| “We found that people were too often supervised by telephone, with little real contact.”

S| Inspectors were impressed by the CRC’s women’s service, which offered a safe place and practical help.
S| Unpaid work was well run and projects benefited local villages.
W| However, in only a third of cases had enough been done to manage the risk of harm.

R| The report makes eight recommendations, six for [Butterknowle and Lynesack CRC|S] and two for the [National Probation Service|A].
"""),
    # 7. an NPS division in 2019: "assessed ... as ‘...’ overall"; "its overall divisional rating"; "Published: 26 Nov 2019";
    #    fieldwork "in July 2019"; four recommendations
    ("barningham-and-hutton-magna-nps-division-2019", facts([
        svc("National Probation Service – Barningham and Hutton Magna Division",
            "NPS Barningham and Hutton Magna", "region", GOOD)], "2019-11-26", "2019-07", 4),
     """N| Probation division in Teesdale assessed as ‘[Good|R]’

N| Published: [26 Nov 2019|D]

N| Inspectors from [HM Inspectorate of Probation|A] have assessed the [National Probation Service – Barningham and Hutton Magna Division|S] as ‘[Good|R]’ overall.
N| The inspection took place in [July 2019|D].

S| The division had stable leadership and well-trained staff who were confident in their work.
S| Magistrates spoke highly of the division’s pre-sentence reports, which they said seldom left questions unanswered.
W| Victim contact was patchier: a few victims heard nothing about an offender’s release date until it had passed.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Barningham and Hutton Magna|S] deserves its overall divisional rating of ‘[Good|R]’.
R| “I would like to see the division bring its victim work up to the level of everything else it does.”

R| Four recommendations are made: three fall to the division, and the fourth to [HM Prison and Probation Service|A].
"""),
    # 8. an older name written out: "Winston Youth Offending Team (YOT)" in a 2016 joint inspection; council page
    #    "Posted: 28/09/2016"; no overall rating; fieldwork "in June 2016"; ten recommendations
    ("winston-yot-2016", facts([
        svc("Winston Youth Offending Team", "Winston YOT", "YJS", None)], "2016-09-28", "2016-06", 10),
     """N| Inspection report on youth offending work published

N| Posted: [28/09/2016|D]

N| [HM Inspectorate of Probation|A] has published its joint report on [Winston Youth Offending Team|S] (YOT), with [Ofsted|A] and the [Care Quality Commission|A] as partners in the inspection.
N| Inspectors visited the service in [June 2016|D].

N| The inspectors found that:
S| - YOT staff were dogged in keeping in touch with children, whom they knew well;
S| - partnership work with [Durham County Council|A]’s children’s services was strong;
W| - too few children had their health needs assessed;
W| - the management board did not know enough about the quality of the work.

R| The report makes ten recommendations, most of them for the board.

N| A council spokesperson said: “Our thanks go to the inspectors; work on an action plan has started.”
"""),
    # 9. ratings without "rated": "found X to be ‘...’"; resettlement "rated separately" at a lower grade; a previous
    #    "Inadequate" beside it; fieldwork "took place in June 2024"; notes give 12 November 2024; six recommendations
    ("langdon-beck-yjs-2024", facts([
        svc("Langdon Beck Youth Justice Service", "Langdon Beck YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-11-12", "2024-06", 6),
     """N| [Langdon Beck youth justice service|S] turns the corner

N| Inspectors have found [Langdon Beck Youth Justice Service|S] to be ‘[Good|R]’, a big step up from the ‘[Inadequate|R]’ it received in [2021|D].
W| Resettlement work, which is rated separately, was ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [June 2024|D].

S| The service’s new leaders had made real changes, and staff spoke of a positive and open culture.
S| Children’s plans were written with them and their families, and most children said they felt listened to.
W| Plans for children leaving custody were often left until the last few days.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone at [Langdon Beck|S] should be proud of how far the service has come in three years.
R| “It must now bring the same care to children coming home from custody.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [12 November 2024|D] at 00.01.
N| 2. This service works with children aged 10 to 17.
"""),
    # 10. a council page "Posted on 14/11/2023"; "X has received an overall rating of ‘...’ from ..."
    #     fieldwork "Inspectors spent the week of 3 July 2023 with the service"; six recommendations; council reply
    ("holwick-yjs-2023", facts([
        svc("Holwick Youth Justice Service", "Holwick YJS", "YJS", RI)], "2023-11-14", "2023-07", 6),
     """N| Inspectors publish findings on Holwick youth justice work

N| Posted on [14/11/2023|D]

N| [Holwick Youth Justice Service|S] has received an overall rating of ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
N| Inspectors spent the week of [3 July 2023|D] with the service.

S| They said staff were skilled at winning round children who had come to distrust almost anyone in authority.
S| The out-of-court work was a particular strength, with many children diverted from the courts.
W| However, the management board did not hold partners to account, and some members rarely attended.
W| Assessments of the risk children posed to others were not thorough enough in half of the cases inspected.

R| The report makes six recommendations, two of them for [Tees, Esk and Wear Valleys NHS Foundation Trust|A].

N| Councillor [Margaret Walton|X] said: “We accept the findings and will act on every recommendation.”
"""),
    # 11. an "Outstanding" on a GOV.UK page: "now holds ‘...’, the very top of the inspectorate’s scale"; fieldwork "in January 2025"; two recommendations
    ("etherley-yjs-2025", facts([
        svc("Etherley Youth Justice Service", "Etherley YJS", "YJS", OUT)], "2025-04-29", "2025-01", 2),
     """N| Press release

N| Youth justice in County Durham rated ‘[Outstanding|R]’

N| Inspectors found work with children in Etherley to be among the best they have seen.

N| From: [HM Inspectorate of Probation|A]

N| Published [29 April 2025|D]

N| [Etherley Youth Justice Service|S] now holds ‘[Outstanding|R]’, the very top of the inspectorate’s scale, after an inspection in [January 2025|D].

S| Inspectors were impressed by the way the service put each child’s voice at the centre of its work.
S| Partnerships with schools, the police and health services were described as exceptionally strong.
S| Over two years, the service had brought down the number of first-time entrants in the area by a third.
W| The one area to strengthen was work with victims, where contact was sometimes delayed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Etherley|S] is a shining example of what youth justice can be.”

R| The report makes two recommendations.
"""),
    # 12. "gives X its lowest possible rating"; a weekday date line; fieldwork "took place in April 2022"; fourteen recommendations
    ("wackerfield-pdu-2022", facts([
        svc("Wackerfield Probation Delivery Unit", "Wackerfield PDU", "PDU", INAD)], "2022-09-14", "2022-04", 14),
     """N| Inspectors raise alarm over probation unit in south Durham

N| [Wednesday 14 September 2022|D]

N| In a report out today, [HM Inspectorate of Probation|A] gives [Wackerfield Probation Delivery Unit|S] its lowest possible rating: ‘[Inadequate|R]’.
N| The inspection took place in [April 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wackerfield|S] is under severe strain, and the public is not being adequately protected.
W| “Practitioners were holding caseloads far above what is manageable, and many told us they felt unsupported.”

W| Inspectors found that risk assessments were sufficient in just 12 of 36 cases.
W| Information from [Durham Constabulary|A] and children’s services was rarely requested at the start of an order.
S| Despite the pressures, unpaid work had been restored quickly after the pandemic.

R| There are 14 recommendations, among them that the [Probation Service|A] fill vacant posts as a matter of urgency.
"""),
    # 13. a 2020 remote inspection: "The inspection, which took place in September 2020"; "Thursday, 3rd December 2020";
    #     "has given X an overall rating of ‘...’"; four recommendations
    ("headlam-yjs-2020", facts([
        svc("Headlam Youth Justice Service", "Headlam YJS", "YJS", GOOD)], "2020-12-03", "2020-09", 4),
     """N| ‘[Good|R]’ rating for [Headlam youth justice service|S]

N| [Thursday, 3rd December 2020|D]

N| [HM Inspectorate of Probation|A] has given [Headlam Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| The inspection, which took place in [September 2020|D], was carried out remotely because of the pandemic.

S| Inspectors praised the service for keeping in close touch with children throughout lockdown, often visiting them on their doorsteps.
S| Case workers had a strong understanding of each child’s background and needs.
W| However, work to keep children safe from exploitation was inconsistent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Headlam|S] has done well for its children in the most difficult of years.”

R| Four recommendations appear in the report; the management board is the subject of one, the service of the remaining three.
"""),
    # 14. "Youth Offending Service" written out in 2018; the notes' "available on ... website on 9 October 2018 at 00.01";
    #     fieldwork "in May 2018"; seven recommendations
    ("ovington-yos-2018", facts([
        svc("Ovington Youth Offending Service", "Ovington YOS", "YJS", RI)], "2018-10-09", "2018-05", 7),
     """N| [Ovington youth offending service|S] ‘[requires improvement|R]’

N| [HM Inspectorate of Probation|A] has rated [Ovington Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors visited in [May 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Ovington YOS|S] are dedicated and know their children well.
W| “But leaders have not yet made sure that the basics are in place, and assessments are too often out of date.”

W| The management board had not met for six months before the inspection.
S| Inspectors found good work to help children into education, training and employment.
W| Not enough attention was given to the safety of children at risk of exploitation.

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| The report will be available on the [HM Inspectorate of Probation|A] website on [9 October 2018|D] at 00.01.
"""),
    # 15. a 2025-26 public-protection inspection: no rating; "Skip to content" and an empty "Published:" line; Context /
    #     Findings bullets; fieldwork "10 - 14 March 2025"; the notes' publication day; four recommendations
    ("toft-hill-yjs-2025", facts([
        svc("Toft Hill Youth Justice Service", "Toft Hill YJS", "YJS", None)], "2025-07-01", "2025-03", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Toft Hill Youth Justice Service|S]

N| Context
N| - [HM Inspectorate of Probation|A] inspected work to protect the public at [Toft Hill Youth Justice Service|S] from [10 - 14 March 2025|D].
N| - Inspections in this programme do not give a rating.

N| Findings
S| - Children who posed a risk to others were well known to staff and were discussed at weekly meetings.
S| - Joint work with [Durham Constabulary|A] on children at risk of exploitation was timely.
W| - Safety plans were not reviewed often enough when a child’s circumstances changed.
W| - Managers did not always check that agreed actions had been carried out.

R| The inspectorate makes four recommendations to the service.

N| Notes to editors
N| The report was published on [1 July 2025|D].
"""),
    # 16. a local-news story: "published on Tuesday (18 June)" under a byline of Thursday 20 June 2024; "branded
    #     ‘...’"; fieldwork "in February 2024"; nine recommendations; the council's reply
    ("neasham-yjs-2024", facts([
        svc("Neasham Youth Justice Service", "Neasham YJS", "YJS", INAD)], "2024-06-18", "2024-02", 9),
     """N| Youth justice team branded ‘[Inadequate|R]’ by watchdog

N| By [Tom Harker|X]

N| [Thursday 20 June 2024|D]

N| [Neasham Youth Justice Service|S] has been branded ‘[Inadequate|R]’ in a report published on Tuesday ([18 June|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [February 2024|D].

W| The watchdog found that children at risk of serious harm were not always identified, and that some had waited weeks to be seen.
W| Staff sickness had left the team badly stretched, and managers were covering cases themselves.
S| Inspectors did praise the service’s work with local schools, which kept most children in education.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children and the public in this area deserve much better than they are getting.”

R| The report makes nine recommendations for the service and its partners.

N| [Darlington Borough Council|A] said an improvement plan was already under way.
"""),
    # 17. a PDU on a justiceinspectorates page: "Published: 18 Apr 2023"; "X has been rated ‘...’" (no region named;
    #     the headline lower-case "Harperley probation unit"); fieldwork "between 9 and 20 January 2023"; six recommendations
    ("harperley-pdu-2023", facts([
        svc("Harperley Probation Delivery Unit", "Harperley PDU", "PDU", RI)], "2023-04-18", "2023-01", 6),
     """N| News

N| [Harperley probation unit|S]: ‘[Requires improvement|R]’

N| Published: [18 Apr 2023|D]

N| [Harperley Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ following an inspection between [9 and 20 January 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Harperley|S]’s staff are tenacious, and the unit’s work with the courts is of a high standard.
W| “However, too many people on probation are not getting the help they need to stay away from crime.”

W| Inspectors found that only 44 per cent of cases had enough contact to manage the risk of harm.
W| Vacancies among probation officers stood at 30 per cent, leaving those in post with heavy caseloads.
S| Positively, the unit had built strong links with local drug and alcohol services.

R| The report makes six recommendations.
"""),
    # 18. an embargo line "Embargoed until 00.01, Thursday 21 October 2021"; fieldwork "carried out remotely in June 2021";
    #     "has judged the work of X to be ‘...’"; five recommendations
    ("daddry-shield-yjs-2021", facts([
        svc("Daddry Shield Youth Justice Service", "Daddry Shield YJS", "YJS", RI)], "2021-10-21", "2021-06", 5),
     """N| Embargoed until 00.01, [Thursday 21 October 2021|D]

N| Youth justice service in Weardale told to improve

N| [HM Inspectorate of Probation|A] has judged the work of [Daddry Shield Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| Fieldwork was carried out remotely in [June 2021|D].

S| Inspectors found a hard-working team that had kept children engaged throughout the pandemic.
W| However, assessments did not give enough weight to the risks children faced from adults who exploited them.
W| The service’s board had only recently begun to look at how well children were doing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Daddry Shield|S] has some real strengths, but it has not got to grips with keeping children safe.”

R| The report makes five recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fifty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
