"""Builds the hundred-and-forty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cambridgeshire PDUs on a GOV.UK page, the region named first; "X was given ‘...’ and Y fell to ‘...’";
    #    fieldwork "between 3 and 14 June 2024"; "nine recommendations ... five for Fenstanton, four for Bluntisham"
    ("fenstanton-and-bluntisham-pdus-2024", facts([
        svc("Fenstanton Probation Delivery Unit", "Fenstanton PDU", "PDU", RI),
        svc("Bluntisham Probation Delivery Unit", "Bluntisham PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Two Huntingdonshire probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] today released reports on [Fenstanton Probation Delivery Unit|S] and [Bluntisham Probation Delivery Unit|S], both in the [Probation Service – East of England region|S].
N| [Fenstanton|S] was given ‘[Requires improvement|R]’ and [Bluntisham|S] fell to the bottom grade, ‘[Inadequate|R]’.
N| The inspection team visited both units between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bluntisham|S] has lost nearly half of its qualified officers in the space of two years, and those still in post carry far more cases than is safe.
S| “[Fenstanton|S], on the other hand, has a steady team and a manager who checks the quality of the work each week.”

S| Inspectors praised [Fenstanton PDU|S]’s links with [Cambridgeshire Constabulary|A] over people who pose a risk to partners.
W| In [Bluntisham PDU|S], home visits had been dropped almost entirely and risk plans were often out of date.

R| The reports contain nine recommendations, five for [Fenstanton|S] and four for [Bluntisham|S].
"""),
    # 2. two youth justice services in a local-news story; byline date later than the report's day ("released on
    #    Tuesday (7 November)"); "X earned the highest grade, ‘...’, with Y ‘...’" in the other order
    ("stilton-and-folksworth-yjs-2023", facts([
        svc("Stilton Youth Justice Service", "Stilton YJS", "YJS", GOOD),
        svc("Folksworth Youth Justice Service", "Folksworth YJS", "YJS", OUT)], "2023-11-07", "2023-07", 6),
     """N| Praise for youth justice teams near Peterborough

N| By [Hannah Pickering|X]

N| [Friday 10 November 2023|D]

N| Reports on [Stilton Youth Justice Service|S] and [Folksworth Youth Justice Service|S] came out on Tuesday ([7 November|D]), following inspections in [July 2023|D].
N| [Folksworth|S] earned the highest grade, ‘[Outstanding|R]’, with [Stilton|S] close behind on ‘[Good|R]’.

S| The reports said [Folksworth|S]’s staff built trust with children who had been let down by many adults before.
S| [Stilton|S] was commended for getting children back into a school or college place within weeks.
W| However, inspectors found that [Stilton YJS|S] did not always share what it knew about a child’s safety with social workers.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In both areas, children are getting help from people who clearly care about them.”

R| Six recommendations are made, three to each service.

N| A spokesperson for [Cambridgeshire County Council|A] said: “We are delighted for both teams.”
"""),
    # 3. a unit inside its region, the region in the headline; "inspectors judged X to be ‘...’, the lowest of the four
    #    grades"; the region's own earlier rating as context; "Fieldwork took place in February 2024"; embargo in notes
    ("earith-pdu-2024", facts([
        svc("Earith Probation Delivery Unit", "Earith PDU", "PDU", INAD)], "2024-07-23", "2024-02", 7),
     """N| [East of England probation region|S]: [Earith unit|S] failing, say inspectors

N| In their latest report, inspectors judged [Earith Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the lowest of the four grades; the unit sits within the [Probation Service – East of England region|S].
N| The regional inspection of [2023|D] had produced a ‘[Requires improvement|R]’ verdict.
N| Fieldwork took place in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Of the people [Earith|S] supervises, far too many were barely known to the officers responsible for them.
W| “Some had gone for weeks without contact, and where children were at risk, that risk had not been looked into.”

W| Mr Jones continued: “Middle managers described days spent plugging gaps on rotas, with little time left for leading anyone.”

S| Inspectors did find that the unit’s accommodation officer had helped several people leaving prison into settled homes.
W| Work with [Cambridgeshire County Council|A]’s children’s services was slow to start and rarely followed up.

R| The report makes seven recommendations: five for the unit, two for the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Tuesday 23 July 2024|D].
N| 2. [Earith PDU|S] supervises about 700 people across the southern Fens.
"""),
    # 4. a unit inside its region, region in headline; year-less "today (Thursday, 14 September)" with fieldwork
    #    April 2023; headline lower-case "Hemingford Grey probation unit"
    ("hemingford-grey-pdu-2023", facts([
        svc("Hemingford Grey Probation Delivery Unit", "Hemingford Grey PDU", "PDU", RI)], "2023-09-14", "2023-04", 5),
     """N| [East of England region|S]: [Hemingford Grey probation unit|S] ‘making progress’

N| A report published today (Thursday, [14 September|D]) places [Hemingford Grey Probation Delivery Unit|S] at ‘[Requires improvement|R]’ overall.
N| Inspectors carried out their work in [April 2023|D], looking at 36 cases in depth.

S| They found leaders who were open about the unit’s problems and had a sensible plan to tackle them.
S| Most of those under supervision told inspectors that their officer listened properly and had helped them into work.
W| However, in only 14 of the 36 cases had enough been done to protect people from harm.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone working in this unit has a good deal to be proud of.
R| “The unit’s leaders should now make sure every officer asks the police about domestic abuse call-outs before a plan is agreed.”

R| The report sets out five recommendations; the unit is to act on four of them, the [Probation Service|A] in the region on one.
"""),
    # 5. a Probation Trust in 2013, before ratings; percentage scores; bullet lists; date line with "published today"
    ("alconbury-and-spaldwick-probation-trust-2013", facts([
        svc("Alconbury and Spaldwick Probation Trust", "Alconbury and Spaldwick Probation Trust", "other", None)],
        "2013-05-16", "2013-01", 8),
     """N| Probation in Alconbury and Spaldwick – report published

N| [Thursday, 16th May 2013|D]

S| [Alconbury and Spaldwick Probation Trust|S] is doing sound work to cut reoffending, according to an inspection report out today from [HM Inspectorate of Probation|A].
N| Inspectors visited the Trust in [January 2013|D] and examined 55 cases.

S| The Trust scored 78% for reducing the likelihood of reoffending.
W| Its work to protect the public scored lower, at 63%.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence;
S| • staff had good links with local drug services.

N| However, inspectors were concerned to find that:
W| • risk assessments were often not revised after a change in circumstances;
W| • checks with children’s social care were missed in a quarter of cases.

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 run by a named provider; embargo line; "found X to be ‘...’ overall"; unpaid work rated separately
    ("guyhirn-and-murrow-crc-2018", facts([
        svc("Guyhirn and Murrow Community Rehabilitation Company", "Guyhirn and Murrow CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-11", "2018-09", 6),
     """N| Embargoed until 00.01, [Tuesday 11 December 2018|D]

N| Probation company in the Fens not good enough, inspectors say

N| [Her Majesty’s Inspectorate of Probation|A] has found [Guyhirn and Murrow Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] runs, to be ‘[Inadequate|R]’ overall.
S| Unpaid work, which was rated separately, reached ‘[Good|R]’.
N| Inspectors were at the CRC in [September 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC keeps in touch with most people on its books only by phone, and some have gone months without seeing anyone.
W| “Staff are trying hard, but their caseloads are simply too high.”

W| Relations with the [National Probation Service|A] were poor, and information about risk was often lost when cases moved between the two.

R| Six recommendations are made, four to the CRC and [Sodexo Justice Services|A] and two to [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said: “The report is fair, and twelve new officers started with us last month.”
"""),
    # 7. a youth offending team in 2016, written out, council page, day/month/year date, joint inspection
    ("parson-drove-yot-2016", facts([
        svc("Parson Drove Youth Offending Team", "Parson Drove YOT", "YJS", None)], "2016-04-21", "2016-01", 4),
     """N| Joint inspection of youth offending work in Parson Drove

N| Posted: [21/04/2016|D]

N| A joint inspection of [Parson Drove Youth Offending Team|S] (YOT), carried out by [Her Majesty’s Inspectorate of Probation|A] together with the [Care Quality Commission|A] and [Ofsted|A], has now reported.
N| The inspectors visited in [January 2016|D].

N| The inspectors were pleased to find that:
S| • each child was seen often by a case manager who knew them well;
S| • the YOT worked closely with [Cambridgeshire Constabulary|A] to divert children from court.

N| However, they were concerned that:
W| • plans to manage risk to others were not always completed;
W| • the management board did not look closely at the YOT’s performance.

R| The report makes four recommendations for the [Parson Drove YOT|S] and its board.

N| A spokesperson for [Fenland District Council|A] said: “We will be working with partners on an action plan.”
"""),
    # 8. an NPS division in 2019 with an overall divisional rating; "receives an overall rating of"
    ("leverington-and-gorefield-nps-division-2019", facts([
        svc("National Probation Service – Leverington and Gorefield Division", "NPS Leverington and Gorefield", "region",
            GOOD)], "2019-08-06", "2019-04", 7),
     """N| NPS division ‘[Good|R]’, say inspectors

N| [National Probation Service – Leverington and Gorefield Division|S] has been given an overall ‘[Good|R]’ in a report out today, [6 August 2019|D], from [HM Inspectorate of Probation|A].
N| Fieldwork was carried out in [April 2019|D].

S| Inspectors found court reports to be accurate and delivered on time.
S| Staff in the division were well supported and said they enjoyed their work.
W| On the other hand, contact with victims was not always timely, and some learned of an offender’s release only afterwards.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Leverington and Gorefield|S] is in good shape.
R| “Its leaders now need to make victim contact as dependable as the rest of their work.”

R| Seven recommendations are made to the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 9. a youth justice service in 2024, resettlement rated separately
    ("wicken-yjs-2024", facts([
        svc("Wicken Youth Justice Service", "Wicken YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-06-11", "2024-02", 4),
     """N| ‘[Good|R]’ rating for [Wicken youth justice team|S]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Wicken Youth Justice Service|S] (YJS) ‘[Good|R]’.
W| Its resettlement work, rated separately, was judged ‘[Requires improvement|R]’.
N| The inspection took place in [February 2024|D].

S| Inspectors were impressed by the YJS’s work to keep children out of the justice system.
S| Children told inspectors that their workers were honest with them and easy to reach.
W| However, plans for children leaving custody were often made late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wicken|S] has a committed team who put children first.”

R| The report makes four recommendations: three for the service, one for its management board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [11 June 2024|D] at 00.01.
"""),
    # 10. a youth offending service in 2019, "Requires improvement"
    ("stretham-yos-2019", facts([
        svc("Stretham Youth Offending Service", "Stretham YOS", "YJS", RI)], "2019-11-26", "2019-08", 6),
     """N| [Stretham youth offending service|S] must improve

N| Inspectors have rated [Stretham Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| The service was inspected in [August 2019|D].

S| Staff were dedicated and knew the children they worked with.
W| However, inspectors found that work to keep other people safe was inconsistent.
W| The management board did not always understand how the YOS was performing.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “A lot of the day-to-day work with children here is sound.
R| “Board members must now take a closer interest in what happens to children day to day.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [26 November 2019|D].
"""),
    # 11. a youth justice service in 2022, "Outstanding", in a justiceinspectorates news layout
    ("mepal-yjs-2022", facts([
        svc("Mepal Youth Justice Service", "Mepal YJS", "YJS", OUT)], "2022-05-17", "2022-01", 2),
     """N| News

N| [Mepal youth justice service|S] rated ‘[Outstanding|R]’

N| Published: [17 May 2022|D]

N| [HM Inspectorate of Probation|A] has awarded [Mepal Youth Justice Service|S] its top grade, ‘[Outstanding|R]’.
N| Inspectors visited in [January 2022|D].

S| Inspectors said the service never lost sight of the child behind the offence.
S| Its work with [Cambridgeshire and Peterborough NHS Foundation Trust|A] meant children could see a psychologist within days.
S| Leaders were ambitious, and the board knew the service’s strengths and weaknesses well.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Mepal|S] stands out as an example of what youth justice work can be.”

R| The report makes two recommendations.
"""),
    # 12. a youth justice service in 2021, remote fieldwork
    ("pidley-yjs-2021", facts([
        svc("Pidley Youth Justice Service", "Pidley YJS", "YJS", RI)], "2021-10-05", "2021-06", 5),
     """N| Inspection of [Pidley youth justice service|S]

N| In a report published on [5 October 2021|D], [HM Inspectorate of Probation|A] judged [Pidley Youth Justice Service|S] to be at ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [June 2021|D].

S| Inspectors found that staff kept in touch with children throughout the pandemic.
W| But the service’s plans for managing risk were not reviewed often enough.
W| Disappointingly, fewer than half of the children had an education place.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders here know perfectly well where the service falls short, yet they have been slow to act.”

R| The report makes five recommendations, including one for [Cambridgeshire County Council|A].
"""),
    # 13. a 2025 public-protection PDU inspection, no rating, "Context"/"Findings" bullets, "Skip to content"
    ("catworth-pdu-2025", facts([
        svc("Catworth Probation Delivery Unit", "Catworth PDU", "PDU", None)], "2025-09-30", "2025-05", 4),
     """N| Skip to content

N| Public protection inspection: [Catworth Probation Delivery Unit|S]

N| Published: [30 September 2025|D]

N| [HM Inspectorate of Probation|A] has published its report on public protection work in [Catworth Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [May 2025|D].

N| Context
N| • [Catworth PDU|S] covers the west of Huntingdonshire and belongs to the [Probation Service – East of England region|S].

N| Findings
S| • Most officers had a good grasp of the risks posed by the people they supervised.
W| • Officers seldom visited people at home, including where children were living there.
W| • Information from [Cambridgeshire Constabulary|A] was not routinely sought.

R| The report makes four recommendations.
"""),
    # 14. a youth justice service in 2023, "Inadequate"
    ("great-staughton-yjs-2023", facts([
        svc("Great Staughton Youth Justice Service", "Great Staughton YJS", "YJS", INAD)], "2023-02-28", "2022-10", 7),
     """N| [Great Staughton youth justice service|S] rated ‘[Inadequate|R]’

N| Inspectors have given [Great Staughton Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The fieldwork took place in [October 2022|D], and the report was published on [28 February 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children supervised by this service are being let down, and some have been left exposed to harm.
W| “The board has met regularly, but little has changed as a result.”

S| Despite these failings, inspectors praised the service’s work with victims.
W| Staff turnover was high, and a third of posts were filled by agency workers.

R| Of the seven recommendations, five are for the service and two for [Cambridgeshire Constabulary|A] and the local [NHS|A].
"""),
    # 15. a youth justice service in 2020, "Good", date line "Tuesday, 8th December 2020"
    ("benwick-yjs-2020", facts([
        svc("Benwick Youth Justice Service", "Benwick YJS", "YJS", GOOD)], "2020-12-08", "2020-09", 3),
     """N| [Benwick youth justice team|S] praised

N| [Tuesday, 8th December 2020|D]

N| [Benwick Youth Justice Service|S] has been awarded a ‘[Good|R]’ rating, inspectors announced today.
N| The inspection took place in [September 2020|D].

S| Inspectors found strong leadership and a team that cared about the children it worked with.
S| Bucking the trend seen elsewhere, the service had kept nearly every child in school, training or work.
W| However, some assessments did not consider the needs of victims, and plans to keep others safe were sometimes copied forward from earlier orders.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Benwick|S]’s staff can take real credit for this result.”

R| The report makes three recommendations.
"""),
    # 16. a youth justice service in 2024, previous rating beside ("down from ‘Good’ in 2019")
    ("needingworth-yjs-2024", facts([
        svc("Needingworth Youth Justice Service", "Needingworth YJS", "YJS", RI)], "2024-04-16", "2023-12", 6),
     """N| [Needingworth youth justice service|S] slips to ‘[Requires improvement|R]’

N| [Needingworth Youth Justice Service|S] has been rated ‘[Requires improvement|R]’, down from ‘[Good|R]’ at its last inspection in [2019|D].
N| [HM Inspectorate of Probation|A] inspected the service in [December 2023|D] and published its report on [16 April 2024|D].

S| Inspectors said the service’s work to keep children in education was a strength.
W| However, they found that risk to others was not always properly assessed.
W| The partnership board had not held partners to account.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody could doubt the commitment of the staff here.
R| “The board must now give them the support they need.”

R| Six recommendations are made.
"""),
    # 17. a youth justice service in 2022, "Good", GOV.UK layout
    ("upwood-yjs-2022", facts([
        svc("Upwood Youth Justice Service", "Upwood YJS", "YJS", GOOD)], "2022-08-23", "2022-03", 4),
     """N| Press release

N| [Upwood youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [23 August 2022|D]

N| [Upwood Youth Justice Service|S] has been rated ‘[Good|R]’.
N| Inspectors were in the area in [March 2022|D].

S| Inspectors found well-run out-of-court work, with most children diverted from court completing what was asked of them.
S| Children told inspectors they felt listened to, and several had helped to redesign the service’s reception area.
W| However, access to health support was a mixed picture: some children waited months for a mental health assessment.
W| Disappointingly, few victims had been asked what support or safety measures they wanted.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Upwood|S] should be proud of this result.”

R| The report makes four recommendations, two for the service and two for [Huntingdonshire District Council|A] and health partners.
"""),
    # 18. a youth justice service in 2025 on a council page; "Posted on 14/01/2025"
    ("great-gransden-yjs-2025", facts([
        svc("Great Gransden Youth Justice Service", "Great Gransden YJS", "YJS", RI)], "2025-01-14", "2024-09", 5),
     """N| Council responds to youth justice inspection

N| Posted on [14/01/2025|D]

N| [HM Inspectorate of Probation|A] has given [Great Gransden Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
N| The inspection took place in [September 2024|D].

S| Inspectors found that staff built warm, lasting relationships with the children they supervised.
W| However, plans were not always reviewed when a child’s circumstances changed, and in only nine of 20 cases was enough done to keep others safe.
W| Worryingly, the board had not noticed that reoffending had risen for two years running.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “I urge the board to take a firmer grip on performance and to ask harder questions of every partner round the table.”

R| The report makes five recommendations.

N| A spokesperson for [Cambridgeshire County Council|A] said: “We accept the recommendations in full.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-forty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
