"""Builds the 183rd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Welsh PDUs on a GOV.UK page, the Wales region named first: "X and Z were both given ‘...’, while Y fell
    #    to ‘...’" (rating order differs from naming order); fieldwork "in January 2024"; nine recommendations
    ("coity-laleston-and-llansamlet-pdus-2024", facts([
        svc("Coity Probation Delivery Unit", "Coity PDU", "PDU", RI),
        svc("Laleston Probation Delivery Unit", "Laleston PDU", "PDU", INAD),
        svc("Llansamlet Probation Delivery Unit", "Llansamlet PDU", "PDU", RI)], "2024-06-18", "2024-01", 9),
     """N| Press release

N| Inspectors report on three probation units in south Wales

N| Reports on three delivery units of the [Wales probation region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| Three units in [Probation Service – Wales region|S] are the subject of reports published today by [His Majesty’s Inspectorate of Probation|A]: [Coity Probation Delivery Unit|S], [Laleston Probation Delivery Unit|S] and [Llansamlet Probation Delivery Unit|S].
N| [Coity|S] and [Llansamlet|S] were both given ‘[Requires improvement|R]’, while [Laleston|S] fell to ‘[Inadequate|R]’.
N| The three inspections took place together in [January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The three units face the same pressures, but they have coped with them very differently.
W| “In Laleston, newly qualified officers were holding the most complex cases with little oversight, and nobody had checked on some people released from prison for weeks.
S| “[Coity|S] and [Llansamlet|S] have held on to experienced managers, and their links with [South Wales Police|A] are close.”

S| Inspectors found that [Llansamlet PDU|S]’s work with women on probation was thoughtful and well organised.
W| Across all three units, home visits in domestic abuse cases were rare, and checks with children’s services were missing in too many files.

R| The reports make nine recommendations, three to each unit.

N| [Nia Prosser|X], Regional Probation Director for Wales, said: “Senior managers have already moved into Laleston, and we accept what the inspectors found.”
"""),
    # 2. two youth justice services in one local-news story, a byline of Monday 16 October 2023 and the reports "released
    #    last Thursday (12 October)"; "X earned the top rating, ‘...’; Y was assessed as ‘...’" in the other order
    ("llanblethian-and-llancarfan-yjs-2023", facts([
        svc("Llanblethian Youth Justice Service", "Llanblethian YJS", "YJS", GOOD),
        svc("Llancarfan Youth Justice Service", "Llancarfan YJS", "YJS", OUT)], "2023-10-12", "2023-05", 5),
     """N| Vale youth justice teams win praise from inspectors

N| By [Catrin Howells|X]

N| [Monday 16 October 2023|D]

N| Inspectors’ reports on [Llanblethian Youth Justice Service|S] and [Llancarfan Youth Justice Service|S] were released last Thursday ([12 October|D]), after fieldwork in [May 2023|D].
N| [Llancarfan|S] earned the top rating, ‘[Outstanding|R]’; [Llanblethian|S] was assessed as ‘[Good|R]’.

S| According to the inspectorate, [Llancarfan|S]’s workers stayed alongside children and families for years at a time.
S| It commended [Llanblethian|S] for getting children quick access to mental health support.
W| However, the report on [Llanblethian YJS|S] described some victim safety plans as vague and said they were not updated when things changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in both areas are well served, and [Llancarfan|S] is among the very best services we have seen.”

R| Between them the two reports make five recommendations, three for [Llanblethian|S] and two for [Llancarfan|S].

N| A spokesperson for [Vale of Glamorgan Council|A] said: “We are extremely proud of both teams.”
"""),
    # 3. a unit inside its region: the region in the headline and first sentence, its own earlier rating as context;
    #    "Inspectors have judged X to be ‘...’"; "Mr Jones continued"; notes "Publication on the inspectorate’s website is
    #    at 00.01 on Tuesday 11 February 2025"; fieldwork "in October 2024"
    ("nantymoel-pdu-2025", facts([
        svc("Nantymoel Probation Delivery Unit", "Nantymoel PDU", "PDU", INAD)], "2025-02-11", "2024-10", 7),
     """N| [Wales probation region|S]: serious concerns at [Nantymoel unit|S]

N| Inspectors have judged [Nantymoel Probation Delivery Unit|S], part of [Probation Service – Wales region|S], to be ‘[Inadequate|R]’.
N| The [Wales region|S]’s own inspection, in [2023|D], gave it ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] visited the unit in [October 2024|D] and read 52 of its cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nantymoel|S] is struggling on almost every front.
W| “The unit had lost close to half of its probation officers, many replaced by agency workers, and people assessed as posing a high risk were sometimes seen only once a month.”

W| Mr Jones continued: “Whether a child shared a home with a perpetrator of domestic abuse was, in case after case, never checked.”

S| Even so, inspectors found that the unit’s approved premises staff and its unpaid work supervisors were dedicated and knew the people in their care well.
W| Sharing of information with [Bridgend County Borough Council|A]’s children’s services was slow.

R| The report makes seven recommendations: five to the unit, two to the [Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. Publication on the inspectorate’s website is at 00.01 on [Tuesday 11 February 2025|D].
N| 2. [Nantymoel PDU|S] is one of the probation delivery units in Wales.
"""),
    # 4. a unit inside its region, the region in the headline and the notes; "places X at ‘...’, the third of the four
    #    grades"; "published today (Tuesday, 22 August)" (no year: the fieldwork's, March 2023); five recommendations
    ("trebanos-pdu-2023", facts([
        svc("Trebanos Probation Delivery Unit", "Trebanos PDU", "PDU", RI)], "2023-08-22", "2023-03", 5),
     """N| Probation in Wales: [Trebanos probation unit|S] ‘making progress’

N| A report published today (Tuesday, [22 August|D]) places [Trebanos Probation Delivery Unit|S] at ‘[Requires improvement|R]’, the third of the four grades on the inspectorate’s scale.
N| Inspectors spent two weeks with the unit in [March 2023|D].

S| They found a stable, well-led team in which managers regularly reviewed practitioners’ cases with them.
S| Those on probation felt listened to, and their officers helped them with work and housing.
W| However, in only 14 of the 32 relevant cases had enough been done to protect people who were at risk from the person on probation.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trebanos|S] has shown what can be achieved when a unit keeps its staff and its managers know their cases.
R| “The next task is to make sure that the safety of actual and potential victims is given the same attention as everything else.”

R| Four of the five recommendations are for the unit; the fifth goes to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. [Trebanos PDU|S] covers part of the Swansea valley for [Probation Service – Wales region|S].
"""),
    # 5. a Probation Trust in 2011, before ratings: scores in per cent, lists after "Inspectors were pleased to find
    #    that:" / "However, inspectors were concerned to find that:"; date line "Thursday, 24th November 2011"
    ("llangynwyd-probation-trust-2011", facts([
        svc("Llangynwyd Probation Trust", "Llangynwyd Probation Trust", "other", None)], "2011-11-24", "2011-07", 8),
     """N| Offender management in Llangynwyd – inspection findings

N| [Thursday, 24th November 2011|D]

W| [Llangynwyd Probation Trust|S] is doing well at making sure sentences are carried out, but its work to protect the public falls short, according to a report by [HM Inspectorate of Probation|A] published today.
N| The inspection took place in [July 2011|D], when inspectors examined 72 cases.

S| The Trust’s score for work to ensure offenders served their sentence was 83%.
W| Its score for risk of harm to others was only 58%.

N| Inspectors were pleased to find that:
S| • offenders were generally seen promptly after sentence;
S| • the Trust worked closely with [South Wales Police|A] on its integrated offender management scheme.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often missing or out of date;
W| • managers were not always checking the quality of work in high-risk cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust clearly care about the people they supervise.
R| “The Trust must now give public protection the priority it deserves.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider: "Inspectors found X (CRC) to be ‘...’ overall"; unpaid work "given a
    #    separate rating" came out higher; "Fieldwork took place in August 2018"; embargo line
    ("cefn-cribwr-crc-2018", facts([
        svc("Cefn Cribwr Community Rehabilitation Company", "Cefn Cribwr CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-04", "2018-08", 6),
     """N| Embargoed until 00.01, [Tuesday 4 December 2018|D]

N| Probation company in south Wales needs to improve, report finds

N| Inspectors found [Cefn Cribwr Community Rehabilitation Company|S] (CRC), which [Working Links|A] owns, to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, given a separate rating, was ‘[Good|R]’.
N| Fieldwork took place in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC is doing the basics, but no more than that.
W| “Too many people are supervised by telephone, and in some cases that is simply not safe.”

S| Inspectors were impressed with the CRC’s unpaid work projects, which gave people useful skills and were valued by local communities.
W| Staff of the CRC got on well with colleagues in the [National Probation Service|A], but details of risk were not always handed over when cases moved between them.

R| [Working Links|A] and the CRC must act on four of the six recommendations, [HM Prison and Probation Service|A] on two.

N| A spokesperson for [Working Links|A] said: “We have already begun to act on the report.”
"""),
    # 7. a youth offending team written out in 2016, a joint inspection with Estyn and Care Inspectorate Wales; a
    #    council page "Posted: 27/09/2016"; "the inspection was carried out in June 2016"; no rating
    ("abercraf-yot-2016", facts([
        svc("Abercraf Youth Offending Team", "Abercraf YOT", "YJS", None)], "2016-09-27", "2016-06", 6),
     """N| Report on youth offending work in the upper Swansea valley

N| Posted: [27/09/2016|D]

N| The report of a joint inspection of [Abercraf Youth Offending Team|S] (YOT) is out; [Estyn|A] and [Care Inspectorate Wales|A] took part alongside [HM Inspectorate of Probation|A], which led the work.
N| The inspection was carried out in [June 2016|D].

N| Inspectors were pleased to find that:
S| • children were seen promptly once they had been referred to the YOT;
S| • case managers had good relationships with local schools.

N| However, inspectors were concerned to find that:
W| • too many assessments of the harm a child could cause to others were incomplete;
W| • the board was not told enough to hold the YOT to account.

R| Six recommendations are made, and the [Abercraf YOT management board|A] is asked to lead on most of them.

N| Councillor [Rhian Pryce|X] said: “The council and its partners will act together on every point the inspectors raised.”
"""),
    # 8. an NPS division in 2019: "receives an overall regional rating of ‘...’"; "Fieldwork was conducted in June and
    #    July 2019"; the notes' "The report goes live on 29 October 2019 at 00:01"
    ("nps-penllyn-and-pendoylan-division-2019", facts([
        svc("National Probation Service – Penllyn and Pendoylan Division", "NPS Penllyn and Pendoylan", "region", GOOD)],
        "2019-10-29", "2019-06", 7),
     """N| Probation division in Wales rated ‘[Good|R]’

N| In a report by [HM Inspectorate of Probation|A], the [National Probation Service – Penllyn and Pendoylan Division|S] receives an overall regional rating of ‘[Good|R]’.
N| Fieldwork was conducted in [June and July 2019|D].

S| Inspectors found that court reports were prepared quickly and carefully, and that sentencers trusted them.
S| Staff morale was high, and managers were visible and approachable.
W| On the other hand, too few people convicted of sexual offences were referred to accredited programmes.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Penllyn and Pendoylan|S] has a clear sense of purpose and has kept its staff through a difficult period.
R| “Its leaders should now make sure that everyone who needs a programme can get a place on one.”

R| The division must act on five of the seven recommendations, [HMPPS|A] on the other two.

N| Notes to editors
N| 1. The report goes live on [29 October 2019|D] at 00:01.
"""),
    # 9. a youth service given "the second-highest rating, ‘Good’" with resettlement "rated separately" at
    #    ‘Outstanding’ and the previous ‘Requires improvement’ of 2019 beside it; GOV.UK page
    ("bonvilston-yjs-2022", facts([
        svc("Bonvilston Youth Justice Service", "Bonvilston YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-05-17", "2022-01", 4),
     """N| Press release

N| Youth justice work in Bonvilston improves

N| From: [HM Inspectorate of Probation|A]

N| Published [17 May 2022|D]

N| [HM Inspectorate of Probation|A] has given [Bonvilston Youth Justice Service|S] the second-highest rating on its scale, ‘[Good|R]’; at its previous inspection, in [2019|D], it had been placed at ‘[Requires improvement|R]’.
S| Resettlement work, rated separately, was found to be ‘[Outstanding|R]’.
N| Inspectors visited the service in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bonvilston|S] has made real progress since our last visit, and its staff deserve credit for it.
S| “Children leaving custody had somewhere to live, a place in education or training and a familiar face waiting for them.”

W| Inspectors noted, though, that children’s own views were not always reflected in their plans.
W| Work with children who receive out-of-court disposals was less consistent than the rest of the service’s practice.

R| The report makes four recommendations, three to the service and one to [Cardiff and Vale University Health Board|A].
"""),
    # 10. ordinary: a youth service rated ‘Good’ on a GOV.UK page, fieldwork "in November 2023"
    ("st-athan-yjs-2024", facts([
        svc("St Athan Youth Justice Service", "St Athan YJS", "YJS", GOOD)], "2024-03-12", "2023-11", 4),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice work in St Athan

N| From: [HM Inspectorate of Probation|A]

N| Published [12 March 2024|D]

N| Inspectors have rated [St Athan Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [November 2023|D].

S| Inspectors praised the service’s work to keep children in school, which had cut the number of exclusions.
S| Case managers had a detailed understanding of each child’s circumstances.
W| However, victims’ needs did not always get enough attention.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that puts children first.
S| “Leaders and partners work together well, and staff feel supported.”

R| Four recommendations are made; one asks the service to strengthen its work with victims.

N| ENDS
"""),
    # 11. ordinary: a council page "Posted on 09/04/2024" reporting ‘Requires improvement’ in the third person
    ("colwinston-yjs-2024", facts([
        svc("Colwinston Youth Justice Service", "Colwinston YJS", "YJS", RI)], "2024-04-09", "2023-12", 6),
     """N| Inspection of [Colwinston Youth Justice Service|S]

N| Posted on [09/04/2024|D]

N| An inspection by [HM Inspectorate of Probation|A] in [December 2023|D] has resulted in an overall rating of ‘[Requires improvement|R]’ for [Colwinston Youth Justice Service|S].
S| The watchdog found a committed staff team who knew each child well.
W| But it said that too many children were not getting help with their speech and language needs.
W| Inspectors were also disappointed to find that planning for children’s safety was inconsistent.

R| Of the report’s six recommendations, four are for the service and two for [Cardiff and Vale University Health Board|A].

N| Councillor [Gareth Lewis|X], [Vale of Glamorgan Council|A]’s cabinet member for children, said: “Every recommendation has been accepted, and work on them has started.”
"""),
    # 12. ordinary: a justiceinspectorates news item, "Published: 14 Nov 2023", ‘Inadequate’ PDU
    ("sarn-pdu-2023", facts([
        svc("Sarn Probation Delivery Unit", "Sarn PDU", "PDU", INAD)], "2023-11-14", "2023-06", 8),
     """N| News

N| [Sarn probation unit|S] rated ‘[Inadequate|R]’

N| Published: [14 Nov 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Sarn Probation Delivery Unit|S] ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found a unit under severe strain.
W| “Caseloads were far too high, and many staff told us they were close to leaving.”

W| Inspectors found that risk of harm was assessed well enough in only 9 of the 30 cases they looked at.
S| Positively, the unit’s work to help people into accommodation was a particular strength.

R| The report makes eight recommendations.
"""),
    # 13. ordinary: a local-news story with a byline, a Youth Offending Service rated ‘Outstanding’ in 2019
    ("ynysmeudwy-yos-2019", facts([
        svc("Ynysmeudwy Youth Offending Service", "Ynysmeudwy YOS", "YJS", OUT)], "2019-07-18", "2019-03", 3),
     """N| Youth team in the Swansea valley is one of the best in the country

N| By [Owen Rees|X]

N| [Monday 22 July 2019|D]

N| [Ynysmeudwy Youth Offending Service|S] (YOS) has been rated ‘[Outstanding|R]’ in a report published on Thursday ([18 July|D]).
N| The inspection took place in [March 2019|D].

S| Inspectors said staff at [Ynysmeudwy|S] were tenacious in keeping children engaged, even when they moved out of the area.
S| They also found that the YOS worked closely with [Swansea Bay University Health Board|A] so that children could see a nurse or a psychologist quickly.
W| The only area needing improvement was the recording of decisions in out-of-court cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone involved with [Ynysmeudwy YOS|S] can be rightly proud.”

R| Three recommendations are made.
"""),
    # 14. ordinary: a 2025 public-protection PDU inspection, no rating; "Skip to content", "Context" / "Findings" bullets
    ("evanstown-pdu-2025", facts([
        svc("Evanstown Probation Delivery Unit", "Evanstown PDU", "PDU", None)], "2025-09-23", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Evanstown Probation Delivery Unit|S]

N| Published: [23 September 2025|D]

N| A report from [HM Inspectorate of Probation|A] on how [Evanstown Probation Delivery Unit|S] protects the public is out today; the unit was inspected in [June 2025|D].
N| Inspections in this programme do not give a rating.

N| Context
N| • [Evanstown PDU|S] supervises around 700 people in Bridgend county.
W| • At the time of the inspection, a quarter of probation officer posts were vacant.

N| Findings
S| • Managers had a good grip on the unit’s highest-risk cases.
W| • Domestic abuse enquiries with [South Wales Police|A] were not made in a third of cases.
W| • Home visits were rarely used to check on the safety of children.

R| The report makes five recommendations.
"""),
    # 15. ordinary: an embargo line, a youth service rated ‘Requires improvement’
    ("llanmaes-yjs-2022", facts([
        svc("Llanmaes Youth Justice Service", "Llanmaes YJS", "YJS", RI)], "2022-01-25", "2021-09", 6),
     """N| Embargoed until 00.01, [Tuesday 25 January 2022|D]

N| [Llanmaes Youth Justice Service|S]: ‘[Requires improvement|R]’

N| In its first inspection under the new standards, [Llanmaes Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| The inspection took place in [September 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Llanmaes|S] are energetic, and children told us they trusted them.
W| “But the service’s board has not given them the direction they need, and its plans lack focus.”

W| In half the cases inspectors examined, the work to protect others fell short.
S| Encouragingly, almost every child had a suitable education, training or employment placement.

R| The report makes six recommendations.
"""),
    # 16. ordinary: fieldwork "carried out remotely in July 2021", a youth service rated ‘Good’
    ("boverton-yjs-2021", facts([
        svc("Boverton Youth Justice Service", "Boverton YJS", "YJS", GOOD)], "2021-10-19", "2021-07", 4),
     """N| [Boverton Youth Justice Service|S] rated ‘[Good|R]’

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Boverton Youth Justice Service|S] ‘[Good|R]’.
N| The inspection was carried out remotely in [July 2021|D].

S| Inspectors found that children had been seen face to face through most of the pandemic.
S| Its partnership with local colleges was a notable strength.
W| However, resettlement plans for children leaving custody were not always started early enough.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Boverton|S] has adapted well to a very difficult time.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [19 October 2021|D] at 00.01.
"""),
    # 17. ordinary: a youth service rated ‘Requires improvement’, notes give the day
    ("aberthin-yjs-2024", facts([
        svc("Aberthin Youth Justice Service", "Aberthin YJS", "YJS", RI)], "2024-07-30", "2024-02", 7),
     """N| ‘[Requires improvement|R]’ for [Aberthin Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has given [Aberthin Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has been through a period of upheaval, and it shows.
S| “That said, the staff we met were skilled and caring, and children spoke warmly of them.”

W| Inspectors were concerned that a number of children were not given the help they needed with substance misuse.
W| Management oversight of cases was inconsistent.
S| The service’s work on out-of-court disposals was found to be effective.

R| The report makes seven recommendations, including two for the [Youth Justice Board|A].

N| Notes to editors
N| 1. The report is published on [30 July 2024|D].
"""),
    # 18. ordinary: "given the lowest possible rating"
    ("cilybebyll-yjs-2023", facts([
        svc("Cilybebyll Youth Justice Service", "Cilybebyll YJS", "YJS", INAD)], "2023-05-16", "2023-01", 10),
     """N| [Cilybebyll youth justice service|S] ‘not keeping children safe’

N| Published: [16 May 2023|D]

N| [HM Inspectorate of Probation|A] has handed [Cilybebyll Youth Justice Service|S] the lowest possible rating: ‘[Inadequate|R]’.
N| Inspectors visited in [January 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this area are not getting the service they deserve.
W| “Too many were left without a plan, and risks to their safety were missed.”

W| The management board met rarely, inspectors found, and seldom challenged poor performance.
S| Positively, the service’s new head of service had a clear understanding of what needed to change.

R| The report makes ten recommendations, including three for [Neath Port Talbot Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 183rd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
