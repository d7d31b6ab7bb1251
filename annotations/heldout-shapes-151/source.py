"""Builds the 151st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Anglesey PDUs on a GOV.UK page, the Wales region named before the units; "X and Y were both placed at
    #    ‘...’, while Z was given the lowest possible rating"; fieldwork "during October 2023"; nine recommendations,
    #    "three for each unit"
    ("benllech-rhosneigr-and-gaerwen-pdus-2024", facts([
        svc("Benllech Probation Delivery Unit", "Benllech PDU", "PDU", RI),
        svc("Rhosneigr Probation Delivery Unit", "Rhosneigr PDU", "PDU", RI),
        svc("Gaerwen Probation Delivery Unit", "Gaerwen PDU", "PDU", INAD)], "2024-03-05", "2023-10", 9),
     """N| Press release

N| Inspectors report on three probation units on Anglesey

N| Three reports on probation delivery units in north-west Wales are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 March 2024|D]

N| The three units inspected by [HM Inspectorate of Probation|A] all belong to the [Probation Service – Wales region|S]: [Benllech Probation Delivery Unit|S], [Rhosneigr Probation Delivery Unit|S] and [Gaerwen Probation Delivery Unit|S].
N| [Benllech|S] and [Rhosneigr|S] were both placed at ‘[Requires improvement|R]’, while [Gaerwen|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units during [October 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Gaerwen, nearly one probation officer post in two was vacant, and the staff who remained could not keep up with the work.
W| “Checks with the police about domestic abuse were missing from too many of the cases we read.
S| “[Benllech|S] and [Rhosneigr|S] have stable management teams, and their staff know the people they supervise well.”

S| Inspectors highlighted [Rhosneigr PDU|S]’s work with [North Wales Police|A] on people convicted of sexual offences, which they judged to be of a high standard.
W| Across all three units, safety plans for children were not looked at again often enough.

R| The reports make nine recommendations in total, three for each unit.

N| The Regional Probation Director for Wales said the service accepted every recommendation and had begun recruiting in Gaerwen.
"""),
    # 2. two Gwynedd youth justice services in a local-news story: report "released on Tuesday (13 June)" under a byline
    #    of Friday 16 June 2023; ratings given in the other order from the first naming ("X came out on top with ‘...’,
    #    while Y was assessed as ‘...’"); eight recommendations, "five for Abersoch and three for Aberdaron"
    ("abersoch-and-aberdaron-yjs-2023", facts([
        svc("Abersoch Youth Justice Service", "Abersoch YJS", "YJS", GOOD),
        svc("Aberdaron Youth Justice Service", "Aberdaron YJS", "YJS", OUT)], "2023-06-13", "2023-02", 8),
     """N| Gwynedd youth justice teams win praise from inspectors

N| By [Siân Pritchard|X]

N| [Friday 16 June 2023|D]

N| Inspectors looked at [Abersoch Youth Justice Service|S] and [Aberdaron Youth Justice Service|S] in [February 2023|D], and their reports were released on Tuesday ([13 June|D]).
N| [Aberdaron|S] came out on top with ‘[Outstanding|R]’, while [Abersoch|S] was assessed as ‘[Good|R]’.

S| The inspectors said [Aberdaron|S]’s staff had won the confidence of children and their parents, often over many years.
S| They also commended [Abersoch|S] for getting children quick help with their mental health.
W| However, the report on [Abersoch YJS|S] found that plans for managing risk were sometimes out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams are small, yet they do work that any service in the country would be proud of.”

R| There are eight recommendations in all, five for [Abersoch|S] and three for [Aberdaron|S].

N| A spokesperson for [Gwynedd Council|A] said the council was delighted with both reports.
"""),
    # 3. two Conwy PDUs on a justiceinspectorates news page; "Published: 11 Feb 2025"; "has assessed both units as ‘...’";
    #    fieldwork "from 28 October to 8 November 2024" (two months: the first); ten recommendations
    ("kinmel-bay-and-trefriw-pdus-2025", facts([
        svc("Kinmel Bay Probation Delivery Unit", "Kinmel Bay PDU", "PDU", RI),
        svc("Trefriw Probation Delivery Unit", "Trefriw PDU", "PDU", RI)], "2025-02-11", "2024-10", 10),
     """N| News

N| Two probation units in Conwy must improve

N| Published: [11 Feb 2025|D]

N| Two reports published today by [HM Inspectorate of Probation|A] cover [Kinmel Bay Probation Delivery Unit|S] on the coast and [Trefriw Probation Delivery Unit|S] in the Conwy valley.
N| The inspectorate has assessed both units as ‘[Requires improvement|R]’.
N| Fieldwork ran from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both units are committed and work hard to stay in touch with people who live in remote communities.
W| “But we found that risk assessments were rarely updated when circumstances changed, and that is a real worry.”

W| At [Kinmel Bay PDU|S], many newly qualified officers were carrying caseloads that were too high for their experience.
S| [Trefriw|S]’s partnership with the local health board on substance misuse was singled out as good practice.
W| Unpaid work placements had been cancelled at short notice in both areas.

R| Ten recommendations are set out across the two reports.
"""),
    # 4. a unit inside its region, the region in the headline; "has been given the lowest possible rating"; the region's
    #    own 2023 rating as context; "Mr Jones continued"; fieldwork "in May 2024"; notes "available on the ... website on
    #    3 September 2024 at 00.01"
    ("penrhyndeudraeth-pdu-2024", facts([
        svc("Penrhyndeudraeth Probation Delivery Unit", "Penrhyndeudraeth PDU", "PDU", INAD)], "2024-09-03", "2024-05", 6),
     """N| [Wales probation region|S]: inspectors raise serious concerns about [Penrhyndeudraeth unit|S]

N| Inspectors have given [Penrhyndeudraeth Probation Delivery Unit|S], which sits within the [Probation Service – Wales region|S], the lowest possible rating, ‘[Inadequate|R]’.
N| In [2023|D], inspectors had rated the [Wales region|S] as a whole ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] visited the unit in [May 2024|D] and examined 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where staff are stretched to breaking point.
W| “Some people under supervision had not seen their probation officer for several weeks, and managers had no clear picture of where the risks lay.”

W| Mr Jones continued: “In too many cases, the safety of partners and children was simply not considered.”

S| Despite the pressure, inspectors found that the unit’s small team of administrators kept court work running smoothly.
W| Links with [Gwynedd Council|A]’s children’s services were weak, and referrals were often delayed.

R| Inspectors make six recommendations, four for the unit itself and two for the [Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [3 September 2024|D].
N| 2. [Penrhyndeudraeth PDU|S] covers a large rural area of Meirionnydd.
"""),
    # 5. a unit inside its region, the region in the headline; "published today (Thursday, 14 September)" (no year: the
    #    fieldwork's, March 2023); "found it to be ‘...’"; "in only 19 of 38 cases"; five recommendations
    ("beddgelert-pdu-2023", facts([
        svc("Beddgelert Probation Delivery Unit", "Beddgelert PDU", "PDU", RI)], "2023-09-14", "2023-03", 5),
     """N| [Probation Service – Wales region|S]: progress at [Beddgelert unit|S] but more to do

N| Today (Thursday, [14 September|D]) [HM Inspectorate of Probation|A] publishes its report on [Beddgelert Probation Delivery Unit|S], which it found to be ‘[Requires improvement|R]’.
N| The inspection took place in [March 2023|D].

S| Inspectors found that leaders knew where the unit did well and where it fell short.
S| Positively, most people on probation felt respected by their officers and said they were listened to.
W| However, work to protect children was sufficient in only 19 of 38 cases.
W| Home visits were not always carried out where there were concerns about domestic abuse.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Beddgelert|S] has put the foundations in place.
R| “Leaders now need to make sure that every case involving children gets a proper check with children’s social care.”

R| Five recommendations are made to the unit.

N| ENDS
"""),
    # 6. a Probation Trust in 2012 (before the four-point scale): no overall rating; date line "Thursday, 8th November
    #    2012"; fieldwork "in June 2012"; bullet lists after "Inspectors were pleased to find that:" and "However,
    #    inspectors were concerned to find that:"; seven recommendations
    ("rachub-and-tregarth-probation-trust-2012", facts([
        svc("Rachub and Tregarth Probation Trust", "Rachub and Tregarth Probation Trust", "other", None)],
        "2012-11-08", "2012-06", 7),
     """N| Offender management inspection of [Rachub and Tregarth Probation Trust|S]

N| [Thursday, 8th November 2012|D]

N| The [Rachub and Tregarth Probation Trust|S] has made steady progress in cutting reoffending, a report by [HM Inspectorate of Probation|A] out today shows.
N| Inspectors visited the Trust in [June 2012|D] and looked at a sample of 80 cases.

N| Inspectors were pleased to find that:
S| • the initial assessment of likelihood of reoffending was done well in 82% of cases;
S| • offender managers had built positive relationships with most of the people they supervised;
S| • work with [North Wales Police|A] on prolific offenders was effective.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were often late;
W| • sentence plans were reviewed in only 58% of cases where they should have been.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff can take credit for a creditable performance.
R| “The Trust should now concentrate on making its risk of harm work consistent.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider; "judged it to be ‘...’ overall"; "Published: 3 Jul 2019"; fieldwork
    #    "between 11 and 15 March 2019"; nine recommendations, "seven for the CRC and two for HMPPS"
    ("penmachno-and-dolwyddelan-crc-2019", facts([
        svc("Penmachno and Dolwyddelan Community Rehabilitation Company", "Penmachno and Dolwyddelan CRC", "CRC", INAD)],
        "2019-07-03", "2019-03", 9),
     """N| News

N| Probation company in north Wales ‘[Inadequate|R]’

N| Published: [3 Jul 2019|D]

N| [HM Inspectorate of Probation|A] inspected the [Penmachno and Dolwyddelan Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], and judged it to be ‘[Inadequate|R]’ overall.
N| Fieldwork took place between [11 and 15 March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC is failing to give the people it supervises the help they need to turn their lives around.
W| “Too many cases were managed through telephone calls alone, with no face-to-face contact for months.”

S| Inspectors did note that [Penmachno and Dolwyddelan CRC|S]’s unpaid work was well organised, with placements in community projects across the county.
W| Staff turnover was high, and one in four posts was filled by agency workers.

R| Nine recommendations have been made, seven of which are for the CRC; [HM Prison and Probation Service|A] receives the other two.

N| [Working Links|A] said it was disappointed with the findings and would address them.
"""),
    # 8. a youth offending team in 2016, joint inspection, no rating; council page "Posted: 21/04/2016"; fieldwork "in
    #    January 2016"; "Youth Offending Team (YOT)" written out; six recommendations
    ("llanystumdwy-yot-2016", facts([
        svc("Llanystumdwy Youth Offending Team", "Llanystumdwy YOT", "YJS", None)], "2016-04-21", "2016-01", 6),
     """N| Youth offending inspection report

N| Posted: [21/04/2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of the [Llanystumdwy Youth Offending Team|S] (YOT), working alongside [Estyn|A], the [Care Inspectorate Wales|A] and [Healthcare Inspectorate Wales|A].
N| The inspection took place in [January 2016|D].

S| Inspectors judged the work to reduce reoffending to be good, and case managers knew the children they worked with well.
S| The YOT’s work with schools had helped many children return to full-time education.
W| However, the quality of assessments of risk of harm to others varied too much between case managers.
W| The health needs of children were not always identified early enough.

R| The inspectors made six recommendations, including that the management board should monitor the quality of risk assessments more closely.

N| The council’s Cabinet Member for Children said: “Our staff worked hard for this report, and the board will now draw up an action plan.”
"""),
    # 9. an NPS division in 2019: "The X receives an overall regional rating of ‘...’"; "Published: 23 Oct 2019"; fieldwork
    #    "in July 2019"; short "NPS Eglwysbach and Talhaearn"; seven recommendations
    ("eglwysbach-and-talhaearn-nps-division-2019", facts([
        svc("National Probation Service – Eglwysbach and Talhaearn Division", "NPS Eglwysbach and Talhaearn", "region",
            RI)], "2019-10-23", "2019-07", 7),
     """N| Probation division in north Wales told to improve

N| Published: [23 Oct 2019|D]

N| The [National Probation Service – Eglwysbach and Talhaearn Division|S] has received an overall regional rating of ‘[Requires improvement|R]’.
N| Inspectors were in the division in [July 2019|D].

S| Inspectors found that [NPS Eglwysbach and Talhaearn|S] was well led, and its staff were motivated and well trained.
S| Advice to courts was of a high standard.
W| However, the quality of work to protect the public was too variable.
W| Vacancies among probation officers had left some teams relying on trainees to manage complex cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division has good leaders, but that is not yet showing in the day-to-day management of risk.”

R| The report makes seven recommendations, five for the division and two for [HMPPS|A].
"""),
    # 10. a single youth justice service on GOV.UK: "judged to be ‘...’"; resettlement "rated separately" as ‘Outstanding’;
    #     "Published 16 July 2024"; fieldwork "in March 2024"; four recommendations
    ("chwilog-yjs-2024", facts([
        svc("Chwilog Youth Justice Service", "Chwilog YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-07-16", "2024-03", 4),
     """N| Press release

N| [Chwilog youth justice service|S] judged ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| [HM Inspectorate of Probation|A] has judged [Chwilog Youth Justice Service|S] to be ‘[Good|R]’.
S| Resettlement work, which inspectors rated separately, was ‘[Outstanding|R]’.
N| The inspection took place in [March 2024|D].

S| Inspectors were impressed with the quality of relationships between staff and children.
S| Children leaving custody had somewhere safe to live and a plan for education or training in place before their release.
W| However, work to keep children safe from exploitation was not always coordinated with [North Wales Police|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chwilog|S] should be proud of what it has achieved.
R| “The service now needs to make sure that information about exploitation is shared quickly with the police.”

R| The report makes four recommendations.
"""),
    # 11. an Outstanding youth service on a council page "12/10/2022"; "awarded the highest possible rating"; fieldwork
    #     "carried out in June 2022"; three recommendations
    ("trefor-yjs-2022", facts([
        svc("Trefor Youth Justice Service", "Trefor YJS", "YJS", OUT)], "2022-10-12", "2022-06", 3),
     """N| Youth justice service receives top rating

N| [12/10/2022|D]

N| [Trefor Youth Justice Service|S] has received ‘[Outstanding|R]’, the top rating given by [HM Inspectorate of Probation|A].
N| The inspection was carried out in [June 2022|D].

S| Inspectors praised the service’s leadership, describing it as ambitious and focused on children.
S| Every child inspected had a plan that took account of their needs, and children were involved in writing it.
S| Partnerships with [Betsi Cadwaladr University Health Board|A] meant children could see a nurse or therapist quickly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff and leaders can be rightly proud of an exceptional service.”

R| Inspectors made three recommendations to help the service improve further.

N| The council’s lead member for children said: “This rating reflects the hard work of everyone involved.”
"""),
    # 12. a youth offending service in 2019: "Inspectors assessed ... to be ‘...’"; embargo line "Embargoed until 00.01,
    #     Wednesday 11 December 2019"; fieldwork "during September 2019"; six recommendations
    ("groeslon-yos-2019", facts([
        svc("Groeslon Youth Offending Service", "Groeslon YOS", "YJS", RI)], "2019-12-11", "2019-09", 6),
     """N| Embargoed until 00.01, [Wednesday 11 December 2019|D]

N| [Groeslon youth offending service|S] ‘[Requires improvement|R]’

N| Inspectors assessed [Groeslon Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’ following an inspection during [September 2019|D].

S| The inspectors found a dedicated staff group who knew each child well.
W| However, the management board did not have a clear understanding of the service’s performance.
W| Assessments of the risk children posed to others were insufficient in more than half of the cases inspected.
S| Out-of-court work stood out: most children were kept away from the courts.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Groeslon YOS|S] has committed staff, but its board must get a firmer grip on how well children are being protected.”

R| Six recommendations are made: the service has five to act on, its management board one.
"""),
    # 13. a youth service that "has dropped to ‘...’" from the ‘Good’ of its 2019 inspection; notes "on 25 April 2023";
    #     fieldwork "between 30 January and 3 February 2023"; "Mr Jones continued"; seven recommendations
    ("deiniolen-yjs-2023", facts([
        svc("Deiniolen Youth Justice Service", "Deiniolen YJS", "YJS", RI)], "2023-04-25", "2023-01", 7),
     """N| [Deiniolen youth justice service|S] slips to ‘[Requires improvement|R]’

N| [Deiniolen Youth Justice Service|S] has fallen to ‘[Requires improvement|R]’, having been rated ‘[Good|R]’ when inspectors last visited in [2019|D].
N| Inspectors visited the service between [30 January and 3 February 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Since our last visit, the service has gone backwards.
W| “Several experienced staff have left, and the newer case workers have not had the supervision they need.”

W| Mr Jones continued: “Children’s safety plans were often vague, and it was not clear who was responsible for what.”

S| Inspectors did find strong work to support children into education, training and employment.

R| The report makes seven recommendations, including that the service should review its staffing plan.

N| ENDS

N| Notes to editors
N| 1. The full report goes online on [25 April 2023|D].
"""),
    # 14. a 2025 public-protection inspection of a youth service: no rating; "Skip to content"; "Context" / "Findings"
    #     bullets; "Published 18 June 2025"; fieldwork "in March 2025"; five recommendations
    ("llanllyfni-yjs-2025", facts([
        svc("Llanllyfni Youth Justice Service", "Llanllyfni YJS", "YJS", None)], "2025-06-18", "2025-03", 5),
     """N| Skip to content

N| Public protection inspection: [Llanllyfni Youth Justice Service|S]

N| Published [18 June 2025|D]

N| This is [HM Inspectorate of Probation|A]’s report on how well [Llanllyfni Youth Justice Service|S] protects the public.
N| No overall rating is given in this type of inspection.
N| The inspection took place in [March 2025|D].

N| Context
N| • The service works with about 45 children at any one time.

N| Findings
S| • Staff knew the children well and visited them often.
W| • Risks to other children were not always recognised in assessments.
W| • Contingency plans lacked detail in many cases.

R| The report makes five recommendations.
"""),
    # 15. a youth service inspected remotely in 2021: "found the service to be ‘...’"; out-of-court disposals "rated
    #     separately" as ‘Requires improvement’; date line "Tuesday, 15th June 2021"; fieldwork "carried out remotely in
    #     February 2021"; six recommendations
    ("clynnog-yjs-2021", facts([
        svc("Clynnog Youth Justice Service", "Clynnog YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2021-06-15", "2021-02", 6),
     """N| [Clynnog youth justice service|S] rated ‘[Good|R]’ overall

N| [Tuesday, 15th June 2021|D]

N| [HM Inspectorate of Probation|A] has found [Clynnog Youth Justice Service|S] to be ‘[Good|R]’ overall.
W| Its out-of-court disposal work, rated separately, was ‘[Requires improvement|R]’.
N| With pandemic restrictions in force, the inspection was done remotely in [February 2021|D].

S| Inspectors found that the service had kept in close contact with children throughout the lockdowns.
S| Court work was of a high standard, and children’s views were recorded in almost every case.
W| However, decisions about out-of-court disposals were not always based on a full assessment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Clynnog|S] has done well in very difficult circumstances.”

R| Six recommendations have been made.
"""),
    # 16. a youth service in a local-news story, "an ‘...’ rating" given by "the watchdog"; report "published on Thursday
    #     (10 October)" under a byline of Saturday 12 October 2024; fieldwork "in June 2024"; eight recommendations
    ("bodedern-yjs-2024", facts([
        svc("Bodedern Youth Justice Service", "Bodedern YJS", "YJS", INAD)], "2024-10-10", "2024-06", 8),
     """N| Anglesey youth justice service failing, inspectors say

N| By [Gareth Hughes|X]

N| [Saturday 12 October 2024|D]

N| The probation watchdog has given [Bodedern Youth Justice Service|S] an ‘[Inadequate|R]’ rating in a report published on Thursday ([10 October|D]).
N| Inspectors visited the service in [June 2024|D].

W| The watchdog found that children at risk of exploitation were not being identified quickly enough.
W| Management oversight was poor, and several cases had no plan at all.
S| Inspectors did praise staff for their commitment and the warm relationships they had built with children.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many children here are not getting the protection they deserve.”

R| Eight recommendations are made, six of them for the service and two for its partners.

N| [Isle of Anglesey County Council|A] said an improvement plan was already under way.
"""),
    # 17. a single PDU: "The inspectorate’s verdict is ‘...’"; came close to ‘Inadequate’; "Published 9 November 2022";
    #     fieldwork "in July 2022"; six recommendations
    ("fairbourne-pdu-2022", facts([
        svc("Fairbourne Probation Delivery Unit", "Fairbourne PDU", "PDU", RI)], "2022-11-09", "2022-07", 6),
     """N| Press release

N| [Fairbourne probation unit|S] must improve

N| Published [9 November 2022|D]

N| [HM Inspectorate of Probation|A]’s verdict on [Fairbourne Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
W| The unit came close to being judged ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [July 2022|D].

W| Inspectors found that staffing shortages had left managers with little time to oversee practice.
W| Only 14 of the 32 cases inspected showed enough work to manage the risk of harm.
S| Positively, thanks to the unit’s work with local housing providers, most people leaving prison had an address to go to.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “I want to see the region produce a proper plan to recruit and keep staff in Fairbourne.”

R| The report makes six recommendations.
"""),
    # 18. a youth service in 2020 rated ‘Good’; date line "Thursday 19 March 2020"; fieldwork "in November and December
    #     2019" (the first month); four recommendations
    ("cerrigydrudion-yjs-2020", facts([
        svc("Cerrigydrudion Youth Justice Service", "Cerrigydrudion YJS", "YJS", GOOD)], "2020-03-19", "2019-11", 4),
     """N| ‘[Good|R]’ rating for [Cerrigydrudion youth justice service|S]

N| [Thursday 19 March 2020|D]

N| [HM Inspectorate of Probation|A] has given [Cerrigydrudion Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [November and December 2019|D].

S| The service had a strong and stable leadership team that knew its children and its area well.
S| Case workers were skilled at engaging children who had found it hard to trust adults.
W| However, the service’s work with victims was underdeveloped.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cerrigydrudion|S] offers children a good service and should take credit for it.”

R| There are four recommendations in the report.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 151st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
