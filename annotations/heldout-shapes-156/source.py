"""Builds the 156th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Wolds PDUs on a GOV.UK page, the region named before the units; "X was given ‘...’ and Y fell to the lowest
    #    grade, ‘...’"; fieldwork "in January 2024"; eight recommendations, four per unit
    ("walesby-and-tetford-pdus-2024", facts([
        svc("Walesby Probation Delivery Unit", "Walesby PDU", "PDU", RI),
        svc("Tetford Probation Delivery Unit", "Tetford PDU", "PDU", INAD)], "2024-06-11", "2024-01", 8),
     """N| Press release

N| Two probation units in the Lincolnshire Wolds inspected

N| Inspectors report on probation delivery units covering market towns and villages on the Wolds.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] today issues separate reports on two units of the [Probation Service – East Midlands region|S]: [Walesby Probation Delivery Unit|S] and [Tetford Probation Delivery Unit|S].
N| [Walesby|S] was given ‘[Requires improvement|R]’, and [Tetford|S] fell to the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Tetford, half of the probation officer posts were empty, and managers were covering cases themselves just to keep the doors open.
W| “Checks on whether children were at risk from the people being supervised were missing in most of the cases we read.
S| “[Walesby|S] is in a stronger position, with a stable team that knows the rural area and its people well.”

S| Inspectors were impressed by [Walesby PDU|S]’s work with [Lincolnshire Police|A] to manage people convicted of domestic abuse.
W| Neither unit could offer accredited programmes without long waits, because the nearest groups ran in Lincoln.

R| The two reports make eight recommendations, four for each unit.
"""),
    # 2. two youth justice services in a local-news story: the reports "released on Tuesday (14 February)" under a byline
    #    of Friday 17 February 2023; the ratings in the other order from first naming; "six recommendations ... three each"
    ("osbournby-and-folkingham-yjs-2023", facts([
        svc("Osbournby Youth Justice Service", "Osbournby YJS", "YJS", RI),
        svc("Folkingham Youth Justice Service", "Folkingham YJS", "YJS", GOOD)], "2023-02-14", "2022-10", 6),
     """N| Mixed verdicts for two youth justice teams in Kesteven

N| By [Hannah Blackwood|X]

N| [Friday 17 February 2023|D]

N| Inspection reports on [Osbournby Youth Justice Service|S] and [Folkingham Youth Justice Service|S] were released on Tuesday ([14 February|D]), after inspectors spent time with both teams in [October 2022|D].
N| [Folkingham|S] came away with ‘[Good|R]’, while [Osbournby|S] was told it ‘[Requires improvement|R]’.

S| The watchdog found that [Folkingham|S]’s staff built trusting relationships with children and kept in close touch with their families.
S| It also commended [Folkingham YJS|S] for getting children back into school or training quickly.
W| In [Osbournby YJS|S], safety plans were frequently out of date, and the management board rarely challenged what it was told.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Osbournby are not yet getting the consistent support they need.”

R| Six recommendations are made, three to each service.

N| [Lincolnshire County Council|A] said an action plan was being drawn up with both teams.
"""),
    # 3. a unit inside its region, the region in the headline; "Inspectors have judged X ... to be ‘...’"; the region's own
    #    rating as context; "Mr Jones continued"; fieldwork "March 2024"; the publication day in the notes
    ("caythorpe-pdu-2024", facts([
        svc("Caythorpe Probation Delivery Unit", "Caythorpe PDU", "PDU", INAD)], "2024-07-23", "2024-03", 6),
     """N| [East Midlands probation region|S]: [Caythorpe unit|S] failing, say inspectors

N| Inspectors have judged [Caythorpe Probation Delivery Unit|S], which sits within the [Probation Service – East Midlands region|S], to be ‘[Inadequate|R]’.
N| The wider region’s own rating, from [2023|D], is ‘[Requires improvement|R]’.
N| The inspection team read 44 cases from the unit during [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found a unit that had lost its way.
W| “More than a third of posts had no permanent holder, and people released from prison were sometimes not seen for weeks.”

W| Mr Jones continued: “Time and again, we saw cases where no one had checked on the safety of children living with the person.”

S| Inspectors did find that [Caythorpe PDU|S]’s administrative staff had kept records in good order under great pressure.
W| Joint work with [Lincolnshire Police|A] and children’s social care depended on individuals rather than agreed arrangements.

R| Of six recommendations, the [Probation Service|A] in the East Midlands must take forward two; the other four fall to the unit.

N| ENDS

N| Notes to editors
N| 1. The report is released at 00.01 on [Tuesday 23 July 2024|D].
N| 2. [Caythorpe PDU|S] covers a large rural area of North Kesteven.
"""),
    # 4. a unit inside its region named in the notes; "placed at ‘...’" in "a report published today (Thursday, 9
    #    November)" (no year: the fieldwork's, June 2023); "only 19 of the 38"; four recommendations
    ("bicker-pdu-2023", facts([
        svc("Bicker Probation Delivery Unit", "Bicker PDU", "PDU", RI)], "2023-11-09", "2023-06", 4),
     """N| [Bicker probation unit|S] ‘making progress’ but more to do

N| In a report published today ([Thursday, 9 November|D]), inspectors have placed [Bicker Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The unit’s work was inspected in [June 2023|D], when 38 cases were examined.

S| Leaders had a realistic plan and staff spoke well of the support they received from their managers.
S| Those under supervision said their officers listened, and several described help with rent arrears and benefit claims.
W| However, only 19 of the 38 cases contained a sound analysis of the danger the person might pose to others.
W| Home visits were rare, and information from [Lincolnshire Police|A] about domestic abuse call-outs was not always requested.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit has a committed team and the foundations are in place.
R| “[Bicker|S]’s managers should now make sure that every case starts with proper checks on who else might be at risk.”

R| We have made four recommendations to the unit.

N| ENDS

N| Notes to editors
N| 1. [Bicker PDU|S] covers villages across South Holland for [Probation Service – East Midlands region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, bullet lists; "Tuesday, 5th March 2013" above
    #    "published today"; fieldwork "in November 2012"; seven recommendations
    ("ludford-probation-trust-2013", facts([
        svc("Ludford Probation Trust", "Ludford Probation Trust", "other", None)], "2013-03-05", "2012-11", 7),
     """N| [Ludford Probation Trust|S] – inspection findings published

N| [Tuesday, 5th March 2013|D]

N| Today sees the publication of [HM Inspectorate of Probation|A]’s report on how [Ludford Probation Trust|S] manages offenders.
N| Inspectors looked at 56 cases when they visited the Trust in [November 2012|D].

S| The Trust scored 79% for work to reduce the likelihood of reoffending.
W| For public protection, the figure fell to 63%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • staff knew their cases well and were enthusiastic about their work.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often incomplete;
W| • home visits were made in too few of the cases that needed them.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at [Ludford|S] are committed, and much of their work with offenders is sound.
R| “The Trust must now bring its handling of risk of harm up to the same standard.”

R| Seven recommendations are made in the report.
"""),
    # 6. a CRC in 2018 owned by a named provider, with an embargo line: "Inspectors have found X ... to ‘...’ overall";
    #    unpaid work "rated separately" Good; fieldwork "September 2018"; the provider's reply
    ("nettleton-and-grasby-crc-2018", facts([
        svc("Nettleton and Grasby Community Rehabilitation Company", "Nettleton and Grasby CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-11", "2018-09", 5),
     """N| Embargoed until 00:01 [Tuesday 11 December 2018|D]

N| Probation company in north Lincolnshire must improve

N| [HM Inspectorate of Probation|A] has found that [Nettleton and Grasby Community Rehabilitation Company|S] (CRC), run by [Purple Futures|A], ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated separately, was judged ‘[Good|R]’.
N| The inspection took place in [September 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people are supervised mostly by telephone, and that is not enough when they pose a risk to others.
S| “By contrast, the unpaid work we saw was well run, with projects that really benefit local villages.”

W| Inspectors were disappointed that the CRC had not reviewed its cases after changes in people’s circumstances in almost half of those inspected.
S| Staff morale was good, and managers were visible and approachable.

R| The report makes five recommendations, of which three are addressed to the CRC and two to [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “We accept the report’s findings and are acting on them.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: joint inspection bullet lists;
    #    "Posted: 21/04/2016" (day/month/year); fieldwork "in January 2016"; six recommendations
    ("leadenham-yot-2016", facts([
        svc("Leadenham Youth Offending Team", "Leadenham YOT", "YJS", None)], "2016-04-21", "2016-01", 6),
     """N| Inspection of youth offending work in Leadenham

N| Posted: [21/04/2016|D]

N| Findings on [Leadenham Youth Offending Team|S] (YOT) have been released by [HM Inspectorate of Probation|A], whose team was joined for this inspection by colleagues from [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors visited in [January 2016|D] and looked at the cases of 30 children.

N| Inspectors were pleased to find that:
S| • case managers had good relationships with the children they supervised;
S| • the YOT worked closely with local schools to keep children in education.

N| However, inspectors were concerned that:
W| • not enough attention was paid to the safety of victims;
W| • some assessments had not been updated when circumstances changed.

R| The report makes six recommendations for improvement.

N| A spokesperson for [Lincolnshire County Council|A] said: “We welcome this report and will act on its recommendations.”
"""),
    # 8. a youth service "found to be ‘Good’" with resettlement rated separately; GOV.UK; fieldwork January 2022
    ("whaplode-yjs-2022", facts([
        svc("Whaplode Youth Justice Service", "Whaplode YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-05-17", "2022-01", 3),
     """N| Press release

N| Youth justice service in South Holland rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [17 May 2022|D]

N| [Whaplode Youth Justice Service|S] has been found to be ‘[Good|R]’ by [HM Inspectorate of Probation|A].
S| Its resettlement work, which inspectors assess separately, was ‘[Outstanding|R]’.
N| Fieldwork took place in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whaplode|S] knows its children well, and staff make every effort to understand what lies behind their behaviour.
S| “Before children left custody, staff had lined up housing and a college or school place for each of them.”

W| Inspectors found that keeping other people safe from harm did not always get enough weight in plans.

R| Three recommendations are made to improve the service further.
"""),
    # 9. the highest possible rating, justiceinspectorates layout "Published: 8 Oct 2024"; fieldwork "10 - 14 June 2024"
    ("stickney-yjs-2024", facts([
        svc("Stickney Youth Justice Service", "Stickney YJS", "YJS", OUT)], "2024-10-08", "2024-06", 2),
     """N| News

N| [Stickney youth justice service|S] rated ‘[Outstanding|R]’

N| Published: [8 Oct 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Stickney Youth Justice Service|S] the top rating on its scale, ‘[Outstanding|R]’.
N| Fieldwork took place from [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that puts children first in everything it does.
S| “Staff are tenacious, and partners from health, education and the police pull in the same direction.”

S| Diversion work, which keeps children out of the courts, was of a high standard, inspectors said.
S| The management board, chaired by a senior officer of [Lincolnshire County Council|A], knew the service’s strengths and weaknesses well.

R| The report makes two recommendations, one of them for [Lincolnshire Police|A].
"""),
    # 10. "an improvement on the ‘Inadequate’ it received in 2021"; fieldwork November 2024; notes' publication day
    ("belchford-yjs-2025", facts([
        svc("Belchford Youth Justice Service", "Belchford YJS", "YJS", RI)], "2025-03-04", "2024-11", 6),
     """N| [Belchford youth justice service|S] improving, inspectors find

N| [Belchford Youth Justice Service|S] has moved up a grade to ‘[Requires improvement|R]’; at its last inspection, in [2021|D], it was rated ‘[Inadequate|R]’.
N| Inspectors visited the service in [November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Belchford|S] has new leaders who understand what went wrong and have a clear plan to put it right.
W| “But the quality of work with children is still uneven, and too much depends on which case worker a child is given.”

S| Inspectors were encouraged by the service’s new partnership with [NHS|A] speech and language therapists.
W| However, planning to keep children safe was sufficient in only 12 of 26 cases.

R| Of the report’s six recommendations, five are for the service and one is for its management board.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Tuesday 4 March 2025|D], when the report appears on the [HM Inspectorate of Probation|A] website.
"""),
    # 11. a 2025 public-protection PDU inspection, no rating: "Skip to content", Context / Findings bullets
    ("hagworthingham-pdu-2025", facts([
        svc("Hagworthingham Probation Delivery Unit", "Hagworthingham PDU", "PDU", None)], "2025-11-18", "2025-09", 5),
     """N| Skip to content

N| Public protection inspection of [Hagworthingham PDU|S]

N| Published: [18 November 2025|D]

N| Today [HM Inspectorate of Probation|A] reports on public protection work at [Hagworthingham Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.

N| Context
N| • Fieldwork was carried out in [September 2025|D].
N| • [Hagworthingham PDU|S] belongs to [Probation Service – East Midlands region|S] and supervises around 700 people.

N| Findings
S| • Practitioners were skilled at building relationships with people on probation.
W| • Risk assessments were not routinely reviewed after incidents of domestic abuse.
W| • Information from police and children’s services was requested in too few cases.

R| Five recommendations are directed at the PDU and at the regional leadership.
"""),
    # 12. fieldwork "carried out remotely in July 2021"; came close to ‘Inadequate’; date line "Tuesday, 12th October 2021"
    ("somersby-yjs-2021", facts([
        svc("Somersby Youth Justice Service", "Somersby YJS", "YJS", RI)], "2021-10-12", "2021-07", 7),
     """N| Inspection of Somersby Youth Justice Service

N| [Tuesday, 12th October 2021|D]

N| In a report out today, [HM Inspectorate of Probation|A] rates [Somersby Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [July 2021|D].
W| The service came within one point of an overall rating of ‘[Inadequate|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has struggled to recruit, and several children had three different case workers in a year.
S| “Despite this, the staff we spoke to were dedicated and children valued their support.”

W| Inspectors were disappointed that the service had made slow progress since its previous inspection.

R| The report makes seven recommendations, including that the management board reviews how it monitors performance.
"""),
    # 13. a Youth Offending Service in 2020, "between 20 and 24 January 2020", Good
    ("hainton-yos-2020", facts([
        svc("Hainton Youth Offending Service", "Hainton YOS", "YJS", GOOD)], "2020-04-28", "2020-01", 4),
     """N| [Hainton Youth Offending Service|S] judged ‘[Good|R]’

N| Published [28 April 2020|D]

N| Inspectors have judged [Hainton Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| The inspection took place between [20 and 24 January 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hainton YOS|S] is well led and has a clear sense of what children in the area need.
S| “Case workers are creative, and we saw some excellent work to help children make amends to their victims.”

W| Inspectors found that out-of-court work was less well developed, with assessments in some cases that were too brief.

R| The report makes four recommendations.
"""),
    # 14. a council page, "Posted on 14/03/2023", judged ‘Inadequate’ overall, fieldwork "in November and December 2022"
    ("kelstern-yjs-2023", facts([
        svc("Kelstern Youth Justice Service", "Kelstern YJS", "YJS", INAD)], "2023-03-14", "2022-11", 9),
     """N| Council responds to youth justice inspection

N| Posted on [14/03/2023|D]

N| [HM Inspectorate of Probation|A] has judged [Kelstern Youth Justice Service|S] ‘[Inadequate|R]’ overall, following fieldwork in [November and December 2022|D].
W| The inspectors found that the service’s leaders did not have a clear picture of the quality of work with children.
W| They also said that too many children had been waiting weeks for an assessment.
S| Inspectors recognised that staff were caring and keen to do the right thing for the children they worked with.

R| The report makes nine recommendations for the service and its partners.

N| Councillor [Peter Hargrave|X], executive member for children’s services, said: “We are disappointed with this outcome and have already begun making changes.”
"""),
    # 15. an NPS division in 2019, "overall regional rating"
    ("thoresway-and-cabourne-nps-division-2019", facts([
        svc("National Probation Service – Thoresway and Cabourne Division", "NPS Thoresway and Cabourne", "region", GOOD)],
        "2019-07-02", "2019-03", 5),
     """N| Probation division in Lincolnshire rated ‘Good’

N| Published [2 July 2019|D]

N| The overall regional rating awarded to the [National Probation Service – Thoresway and Cabourne Division|S] by [HM Inspectorate of Probation|A] is ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Thoresway and Cabourne|S] is well run, and its court work in particular is of a high standard.
S| “Staff told us they felt supported by their managers.”

W| Inspectors found that too few people started accredited programmes on time.

R| Five recommendations are made for the division and for [HMPPS|A].
"""),
    # 16. three PDUs in one justiceinspectorates item; fieldwork "28 October to 8 November 2024"; twelve recommendations
    ("threekingham-helpringham-and-horbling-pdus-2025", facts([
        svc("Threekingham Probation Delivery Unit", "Threekingham PDU", "PDU", INAD),
        svc("Helpringham Probation Delivery Unit", "Helpringham PDU", "PDU", RI),
        svc("Horbling Probation Delivery Unit", "Horbling PDU", "PDU", RI)], "2025-02-25", "2024-10", 12),
     """N| News

N| Three probation units in Kesteven inspected

N| Published: [25 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today publishes reports on [Threekingham Probation Delivery Unit|S], [Helpringham Probation Delivery Unit|S] and [Horbling Probation Delivery Unit|S], all in the [Probation Service – East Midlands region|S].
N| [Helpringham|S] and [Horbling|S] have each been rated ‘[Requires improvement|R]’, and [Threekingham|S] ‘[Inadequate|R]’.
N| Inspectors were in the three units from [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Threekingham|S] has gone thirteen months without a permanent head of service, and it shows.
S| “[Helpringham|S] and [Horbling|S] have steady teams and some good work with local partners.”

W| In all three units, too few cases had a plan that dealt properly with the risk to children.

R| The reports make twelve recommendations, four for each unit.
"""),
    # 17. a YJS on GOV.UK, "placed at ‘...’"; out-of-court disposals rated separately ‘Good’
    ("hacconby-yjs-2024", facts([
        svc("Hacconby Youth Justice Service", "Hacconby YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-02-20", "2023-10", 6),
     """N| Press release

N| [Hacconby youth justice service|S] ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 February 2024|D]

N| Inspectors have placed [Hacconby Youth Justice Service|S] at ‘[Requires improvement|R]’.
S| Work on out-of-court disposals, rated separately, was ‘[Good|R]’.
N| The inspection was carried out in [October 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Hacconby do not always get the help they need, and the board must get a firmer grip.
R| “Leaders need to make sure that every child has a plan that is reviewed when things change.”

S| Inspectors found that diversion work with [Lincolnshire Police|A] was well organised.
W| Disappointingly, education and health services were not fully involved in planning for children.

R| The report makes six recommendations.
"""),
    # 18. a local-news story, the report "published on Wednesday (9 April)" under a byline of Friday 11 April 2025
    ("ingoldsby-yjs-2025", facts([
        svc("Ingoldsby Youth Justice Service", "Ingoldsby YJS", "YJS", GOOD)], "2025-04-09", "2025-01", 4),
     """N| [Ingoldsby youth team|S] wins praise from inspectors

N| By [Daniel Whitworth|X]

N| [Friday 11 April 2025|D]

N| A report published on Wednesday ([9 April|D]) by [HM Inspectorate of Probation|A] rates [Ingoldsby Youth Justice Service|S] as ‘[Good|R]’.
N| Inspectors visited the service in [January 2025|D].

S| According to the watchdog, staff had a detailed understanding of each child and fought to keep them in school or college.
S| It praised [Ingoldsby|S] for its work with victims, which it described as thoughtful and well planned.
W| But inspectors said that some plans to manage risk were not reviewed often enough.

R| Four recommendations are made in the report.

N| A spokesperson for [South Kesteven District Council|A] said: “We are proud of the team and will act on the report.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 156th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
