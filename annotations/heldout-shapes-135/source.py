"""Builds the 135th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the North East region on a GOV.UK page: "X was placed at ‘...’ and Y fell to ‘...’"; fieldwork
    #    "between 12 and 23 June 2023"; "Published 17 October 2023"; eight recommendations "split evenly"
    ("redmire-and-wensley-pdus-2023", facts([
        svc("Redmire Probation Delivery Unit", "Redmire PDU", "PDU", RI),
        svc("Wensley Probation Delivery Unit", "Wensley PDU", "PDU", INAD)], "2023-10-17", "2023-06", 8),
     """N| Press release

N| Inspection of two probation delivery units in the North East

N| Reports on two units serving the Yorkshire Dales edge have been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 October 2023|D]

N| [HM Inspectorate of Probation|A] has today published its findings on [Redmire Probation Delivery Unit|S] and [Wensley Probation Delivery Unit|S], both part of [Probation Service – North East region|S].
N| [Redmire|S] was placed at ‘[Requires improvement|R]’, while [Wensley|S] fell to ‘[Inadequate|R]’.
N| Inspectors visited the two units between [12 and 23 June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Redmire|S] and [Wensley|S] cover a huge rural patch, and too many people on probation were going weeks between appointments.
W| “In Wensley, half of the case manager posts were empty and the staff who remained were exhausted.
S| “[Redmire|S], on the other hand, has a settled team, and managers there read a sample of every officer’s cases each month.”

S| Inspectors praised [Redmire PDU|S]’s links with [North Yorkshire Police|A], which meant home visits to domestic abuse perpetrators were planned together.
W| Across the two units, plans seldom took account of what people on probation told staff they needed.

R| The reports make eight recommendations, split evenly between the two units.
"""),
    # 2. two youth justice services in a local-news story: byline Friday 28 June 2024, reports "released on Tuesday (11
    #    June)"; "Inspectors graded X ‘...’ and handed Y a ‘...’ verdict"; fieldwork "in February 2024"; seven
    #    recommendations "three for Nawton and four for Beadlam"; the council's reply
    ("nawton-and-beadlam-yjs-2024", facts([
        svc("Nawton Youth Justice Service", "Nawton YJS", "YJS", GOOD),
        svc("Beadlam Youth Justice Service", "Beadlam YJS", "YJS", RI)], "2024-06-11", "2024-02", 7),
     """N| Mixed verdict for two youth justice teams in North Yorkshire

N| By [Helen Garbutt|X]

N| [Friday 28 June 2024|D]

N| Inspection reports on [Nawton Youth Justice Service|S] and [Beadlam Youth Justice Service|S] were released on Tuesday ([11 June|D]), after inspectors spent time with both services in [February 2024|D].
N| Inspectors graded [Nawton|S] ‘[Good|R]’ and handed [Beadlam|S] a ‘[Requires improvement|R]’ verdict.

S| The watchdog said [Nawton|S]’s case managers built trusting relationships with children and their families, often meeting them at home or at school.
W| In [Beadlam YJS|S], however, plans to keep children safe were written but seldom updated when things changed.
S| Both services were praised for how quickly children were referred to speech and language support.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nawton|S]’s staff can be proud of what they have achieved for children in a very rural area.”

R| Seven recommendations were made, three for [Nawton|S] and four for [Beadlam|S].

N| A spokesperson for [North Yorkshire Council|A] said: “We will act on every recommendation and are already reviewing how safety plans are kept up to date.”
"""),
    # 3. a unit inside its region: the region in the headline; "Inspectors found X to be ‘...’"; the region's own earlier
    #    rating as context; "Fieldwork for this inspection took place in January 2024"; notes with the publication day
    ("kirklington-pdu-2024", facts([
        svc("Kirklington Probation Delivery Unit", "Kirklington PDU", "PDU", RI)], "2024-03-12", "2024-01", 6),
     """N| [Yorkshire and the Humber probation region|S]: [Kirklington unit|S] must improve

N| Inspectors found [Kirklington Probation Delivery Unit|S], which belongs to [Probation Service – Yorkshire and the Humber region|S], to be ‘[Requires improvement|R]’.
N| At its own inspection in [2022|D], the region as a whole was rated ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirklington|S]’s leaders are honest about where the unit stands, and staff told us they feel listened to.
W| “Even so, work to manage the risk people pose to others was sufficient in only 14 of the 33 cases we inspected.”

W| Mr Jones continued: “Contact with children’s social care was often left until a crisis had already happened.”

S| Inspectors were impressed with the unit’s unpaid work team, which had found placements with village halls and farms across the dale.
W| Too few people were able to start an accredited programme within a reasonable time.

R| The report makes six recommendations: five are for the PDU, and one is for the regional [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [Tuesday 12 March 2024|D].
N| 2. [Kirklington PDU|S] supervises around 900 people in North Yorkshire.
"""),
    # 4. a unit inside its region, on a justiceinspectorates news item: "has been given the lowest possible rating,
    #    ‘...’"; the region named in the first sentence; "Published: 23 May 2023"; fieldwork "in November and December 2022"
    ("liverton-pdu-2023", facts([
        svc("Liverton Probation Delivery Unit", "Liverton PDU", "PDU", INAD)], "2023-05-23", "2022-11", 7),
     """N| News

N| Probation unit in East Cleveland rated ‘[Inadequate|R]’

N| Published: [23 May 2023|D]

N| [Liverton Probation Delivery Unit|S], which sits within the [Probation Service – North East region|S], has received the lowest rating on [HM Inspectorate of Probation|A]’s four-point scale, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [November and December 2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Liverton|S] is under severe strain, with almost four in ten probation officer posts vacant.
W| “Worryingly, we found people assessed as high risk whose cases had not been looked at by a manager for months.”

S| Despite these pressures, inspectors noted that the unit’s reception staff and probation service officers were tenacious in keeping in touch with people who missed appointments.
W| Information from [Cleveland Police|A] about domestic abuse call-outs was requested in fewer than half of the cases where it was needed.

R| We have made seven recommendations, six for [Liverton PDU|S] and one for [HM Prison and Probation Service|A].
"""),
    # 5. a Probation Trust in 2011, before ratings: scores in per cent; "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Thursday, 14th July 2011"; "visited in March 2011"; no count
    ("hardraw-and-gayle-probation-trust-2011", facts([
        svc("Hardraw and Gayle Probation Trust", "Hardraw and Gayle Probation Trust", "other", None)],
        "2011-07-14", "2011-03", None),
     """N| [Hardraw and Gayle Probation Trust|S] – offender management inspection

N| [Thursday, 14th July 2011|D]

N| The report on the [Hardraw and Gayle Probation Trust|S], which inspectors visited in [March 2011|D], is published today by [Her Majesty’s Inspectorate of Probation|A].
S| Inspectors scored the Trust 78% on reducing reoffending and 83% on making sure offenders completed their sentences.
W| Protecting the public scored just 64%.

N| Inspectors were pleased to find that:
S| • offenders usually had their first appointment within days of court and understood their conditions;
S| • staff made good use of local employers to find work for offenders in remote villages.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were too often incomplete;
W| • home visits were not being made in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Hardraw and Gayle|S] is a small Trust that knows its communities well, and offenders generally receive a sound service.
R| “It now needs to give the same attention to protecting the public, particularly where children may be at risk.”
"""),
    # 6. a CRC in 2018 owned by a named provider: "Inspectors judged X (CRC) to be ‘...’"; unpaid work "rated separately
    #    as ‘Good’"; "carried out in May 2018"; notes "on 9 August 2018"
    ("ebberston-and-allerston-crc-2018", facts([
        svc("Ebberston and Allerston Community Rehabilitation Company", "Ebberston and Allerston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-08-09", "2018-05", 5),
     """N| Probation company in North Yorkshire has work to do, say inspectors

N| Inspectors judged [Ebberston and Allerston Community Rehabilitation Company|S] (CRC), owned by [Sodexo Justice Services|A], to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work was rated separately as ‘[Good|R]’.
N| The inspection was carried out in [May 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Many of the CRC’s officers hold far more cases than they can supervise properly, hard as they work.
W| “Too many people were being supervised largely by telephone, and their risk was not always understood.”

S| Unpaid work projects were well organised, and people said they valued the skills they learned on them.
W| Links with the [National Probation Service|A] court team were inconsistent, so information from court did not always reach the CRC.

R| Five recommendations are made, four for the CRC and [Sodexo Justice Services|A] and one for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report is available on the [HM Inspectorate of Probation|A] website from [9 August 2018|D].
"""),
    # 7. a youth offending team written out, on a council page in 2016: joint inspection "led by" the inspectorate;
    #    "Posted: 20/09/2016"; "The inspection took place in June 2016"; bullet lists; four recommendations
    ("fadmoor-yot-2016", facts([
        svc("Fadmoor Youth Offending Team", "Fadmoor YOT", "YJS", None)], "2016-09-20", "2016-06", 4),
     """N| Inspection of youth offending work in Fadmoor

N| Posted: [20/09/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A] has published the findings of its joint inspection of [Fadmoor Youth Offending Team|S] (YOT), carried out jointly with [Ofsted|A] and the [Care Quality Commission|A].
N| The inspection took place in [June 2016|D].

N| Inspectors found that:
S| • children saw the same case manager throughout their order and felt able to talk to them;
S| • work to keep children in education was a particular strength.

N| Inspectors were concerned that:
W| • risk management plans were rarely revisited when a child’s circumstances changed;
W| • the management board had not challenged partners who failed to attend its meetings.

R| The report makes four recommendations, three for the YOT and one for its management board.

N| Councillor [Judith Raw|X], [North Yorkshire County Council|A]’s executive member for children’s services, said: “We thank inspectors and are pleased that the dedication of our staff has been recognised.”
"""),
    # 8. an NPS division in 2019: "X receives an overall rating of ‘...’"; short "NPS Cropton"; fieldwork "in July 2019";
    #    embargo line; six recommendations
    ("cropton-nps-division-2019", facts([
        svc("National Probation Service – Cropton Division", "NPS Cropton", "region", GOOD)], "2019-11-05", "2019-07", 6),
     """N| Embargoed until 00.01 on [Tuesday 5 November 2019|D]

N| ‘[Good|R]’ verdict for probation division

N| [National Probation Service – Cropton Division|S] receives an overall rating of ‘[Good|R]’ in a report by [HM Inspectorate of Probation|A].
N| Inspectors looked at the division’s work in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Cropton|S] has strong leaders and a workforce that is well trained and well supported.
S| “Reports to court were of a high standard, and allocation decisions were almost always correct.”

W| Inspectors found, however, that work with victims was weaker, with some victims contacted late or not at all.
S| The division’s joint work with [North Yorkshire Police|A] under [MAPPA|A] arrangements was effective.

R| The report makes six recommendations, four for the division and two for [HM Prison and Probation Service|A].
"""),
    # 9. a youth offending service in 2019, YOS and YOT switching: "has been assessed as ‘...’"; "between 8 and 12 April
    #    2019"; notes "on 18 June 2019"
    ("westerdale-yos-2019", facts([
        svc("Westerdale Youth Offending Service", "Westerdale YOS", "YJS", RI)], "2019-06-18", "2019-04", 6),
     """N| [Westerdale Youth Offending Service|S] told to improve

N| [HM Inspectorate of Probation|A] has assessed [Westerdale Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors were at the service between [8 and 12 April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Westerdale|S]’s staff are dedicated and go out of their way to engage children.
W| “However, the quality of planning was inconsistent, and in too many cases nobody had considered how to keep the child safe.”

S| Out-of-court disposals were handled well, with a clear process for deciding which children should be diverted.
W| The management board did not yet have a clear picture of how well the YOT was doing.

R| Inspectors made six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on the [HM Inspectorate of Probation|A] website on [18 June 2019|D].
"""),
    # 10. an ordinary youth justice service in 2022, with a previous rating beside it: "has again been rated"; fieldwork
    #     "in May 2022"; published in the notes
    ("commondale-yjs-2022", facts([
        svc("Commondale Youth Justice Service", "Commondale YJS", "YJS", RI)], "2022-08-16", "2022-05", 4),
     """N| [Commondale Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| [Commondale Youth Justice Service|S] has again been rated ‘[Requires improvement|R]’, the same rating it received in [2019|D].
N| The inspection took place in [May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Progress since our last visit has been disappointingly slow.
W| “Children’s safety and wellbeing were not assessed well enough in almost half of the cases we looked at.”

S| Inspectors found that children’s views were sought and acted on, and that the service had a creditable focus on reducing exclusions from school.
W| Staff turnover had been high: a third of case managers had joined the service within the previous twelve months.

R| We have made four recommendations for the service and its partners.

N| ENDS

N| Notes to editors
N| 1. The report will be available on our website on [16 August 2022|D] at 00.01.
"""),
    # 11. an ordinary PDU in 2023 with the region as context: "Inspectors have rated X ‘...’"; "Fieldwork took place in
    #     August 2023"; notes with the day
    ("battersby-pdu-2023", facts([
        svc("Battersby Probation Delivery Unit", "Battersby PDU", "PDU", RI)], "2023-12-05", "2023-08", 6),
     """N| Inspectors call for improvement at [Battersby probation delivery unit|S]

N| Inspectors have rated [Battersby Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Fieldwork took place in [August 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Battersby|S]’s managers have done well to fill most of their vacancies this year, and new staff are well supported.
W| “But the quality of work to keep people safe remains too variable.”

S| Inspectors were impressed by the unit’s provision for women, run from a community hub in Great Broughton with help from local charities.
W| Only 12 of the 30 cases inspected had a sufficient plan to manage risk of harm.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Tuesday 5 December 2023|D].
N| 2. [Battersby PDU|S] belongs to the [Probation Service – North East region|S].
"""),
    # 12. a youth justice service rated ‘Outstanding’, the highest possible rating; "Published: 26 November 2024";
    #     fieldwork "10 - 14 June 2024"
    ("melsonby-yjs-2024", facts([
        svc("Melsonby Youth Justice Service", "Melsonby YJS", "YJS", OUT)], "2024-11-26", "2024-06", 3),
     """N| ‘[Outstanding|R]’ [Melsonby youth justice service|S] praised by inspectors

N| Published: [26 November 2024|D]

N| [Melsonby Youth Justice Service|S] has earned ‘[Outstanding|R]’, the top rating inspectors can give.
N| Inspectors were with the service from [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Melsonby|S] is an exceptional service: staff know each child as an individual, and leaders never stop looking for ways to improve.
S| “The partnership with health services stands out, and children get help with their mental health quickly.”

S| Inspectors found that work to keep children and other people safe was of a high standard in all but two of the cases inspected.
R| The report makes three recommendations.
"""),
    # 13. a youth justice service rated ‘Good’ with resettlement rated separately ‘Requires improvement’; "Tuesday 19
    #     October 2021"; fieldwork "carried out remotely in June 2021"
    ("ravensworth-yjs-2021", facts([
        svc("Ravensworth Youth Justice Service", "Ravensworth YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2021-10-19", "2021-06", 5),
     """N| [Tuesday 19 October 2021|D]

N| Good news for youth justice in Ravensworth

N| [HM Inspectorate of Probation|A] has rated [Ravensworth Youth Justice Service|S] ‘[Good|R]’ overall.
W| Resettlement, which inspectors rate on its own, came out at ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [June 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ravensworth|S]’s staff have put children first throughout a very difficult period.
R| “The service now needs to plan earlier for children leaving custody, so that accommodation and education are ready for them on release.”

S| Inspectors were impressed with the work of the youth justice nurse and the speed of referrals to [CAMHS|A].

R| The report makes five recommendations.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU, no rating, "Context" / "Findings" bullets; "Skip to content";
    #     "Published 24 September 2025"; fieldwork "in May 2025"
    ("scorton-pdu-2025", facts([
        svc("Scorton Probation Delivery Unit", "Scorton PDU", "PDU", None)], "2025-09-24", "2025-05", 6),
     """N| Skip to content

N| Public protection inspection: [Scorton Probation Delivery Unit|S]

N| Published [24 September 2025|D]

N| [HM Inspectorate of Probation|A] inspected public protection work in [Scorton Probation Delivery Unit|S] in [May 2025|D].
N| This programme of inspections does not give a rating.

N| Context
N| • [Scorton PDU|S] covers a largely rural area within the [Probation Service – North East region|S].
N| • Around 700 people were under supervision at the time of the inspection.

N| Findings
W| • Home visits were made in only a minority of cases where domestic abuse was a concern.
S| • Staff had a good understanding of the people they supervised and recorded their work clearly.
W| • Checks with children’s social care were not always made at the start of the order.

R| The report makes six recommendations.
"""),
    # 15. a youth justice service in 2020, "Tuesday, 8th December 2020"; inspected remotely "in September 2020"; "was
    #     found to be ‘Good’"
    ("brandsby-yjs-2020", facts([
        svc("Brandsby Youth Justice Service", "Brandsby YJS", "YJS", GOOD)], "2020-12-08", "2020-09", 4),
     """N| [Tuesday, 8th December 2020|D]

N| [Brandsby youth justice service|S] ‘[Good|R]’ in pandemic

N| [Brandsby Youth Justice Service|S] was found to be ‘[Good|R]’ by [HM Inspectorate of Probation|A], which inspected the service remotely in [September 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brandsby|S]’s case managers adapted quickly when lockdown began, and children were kept in touch by phone, video and socially distanced walks.
W| “We were less positive about out-of-court work, where decisions were not always well recorded.”

S| Inspectors praised the service’s work with [North Yorkshire Police|A] to divert children from the criminal justice system.

R| The report makes four recommendations, including that the management board should monitor out-of-court decisions.
"""),
    # 16. a youth justice service in 2023 up from its previous rating: "has improved to ‘Good’, up from the ‘Requires
    #     improvement’ it received in 2019"; fieldwork "in January 2023"
    ("welbury-yjs-2023", facts([
        svc("Welbury Youth Justice Service", "Welbury YJS", "YJS", GOOD)], "2023-04-25", "2023-01", 6),
     """N| [Welbury Youth Justice Service|S] improves to ‘[Good|R]’

N| [Welbury Youth Justice Service|S] has improved to ‘[Good|R]’, up from the ‘[Requires improvement|R]’ it received in [2019|D].
N| Inspectors visited in [January 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Welbury|S] has responded well to our last report, and leaders have a much better understanding of what children need.”
S| Inspectors found case managers who were good at winning over children let down by adults in the past.
W| Disappointingly, the service had not done enough to understand why Black and mixed heritage children were over-represented in its caseload.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [25 April 2023|D].
"""),
    # 17. a youth justice service "given the lowest possible rating"; fieldwork "in April 2024"; published in the notes
    ("longnewton-yjs-2024", facts([
        svc("Longnewton Youth Justice Service", "Longnewton YJS", "YJS", INAD)], "2024-09-10", "2024-04", 9),
     """N| [Longnewton youth justice service|S] ‘[Inadequate|R]’

N| Inspectors have judged [Longnewton Youth Justice Service|S] to be ‘[Inadequate|R]’, the lowest of the four ratings.
N| Inspectors visited in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Longnewton, too many children are not getting the help they need, and some are being put at risk.
W| “The management board met every quarter, yet very little changed as a result.”

S| Inspectors found some committed case managers doing their best under very difficult conditions.
W| However, staff were unsure of their roles and there was no one to turn to for advice.

R| The report makes nine recommendations, including four for [Stockton-on-Tees Borough Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [10 September 2024|D].
"""),
    # 18. two youth justice services in one council press release, Kildale named first: "Inspectors judged X to be
    #     ‘...’, while Y was found to be ‘...’"; fieldwork "in February 2022"; "Posted on 10/05/2022"; four recommendations
    #     for each service ("eight recommendations in all")
    ("kildale-and-lockton-yjs-2022", facts([
        svc("Kildale Youth Justice Service", "Kildale YJS", "YJS", RI),
        svc("Lockton Youth Justice Service", "Lockton YJS", "YJS", GOOD)], "2022-05-10", "2022-02", 8),
     """N| Youth justice inspection reports published

N| Posted on [10/05/2022|D]

N| [HM Inspectorate of Probation|A] has published its reports on [Kildale Youth Justice Service|S] and [Lockton Youth Justice Service|S], which were inspected in [February 2022|D].
N| Inspectors judged [Kildale|S] to be ‘[Requires improvement|R]’, while [Lockton|S] was found to be ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kildale|S] has some excellent practitioners, and children told us they trusted them.
W| “But the service does not yet have a reliable grip on the quality of its work, and some children were not kept safe enough.
S| “[Lockton|S], by contrast, has built strong partnerships with schools and health services, and it shows in the outcomes for children.”

W| In [Kildale YJS|S], assessments of children’s safety and wellbeing were sufficient in only 10 of the 22 cases inspected.
S| Inspectors commended [Lockton YJS|S] for its work with victims, who were contacted quickly and kept informed.

R| The reports make eight recommendations in all, four for each service.

N| [North Yorkshire County Council|A] said an action plan for [Kildale YJS|S] would be agreed by the end of June.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 135th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
