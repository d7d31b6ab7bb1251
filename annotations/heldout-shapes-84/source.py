"""Builds the eighty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two West Midlands PDUs on a GOV.UK page, the region named first; "X was found to require improvement, rated
    #    ‘...’, while Y was given the lowest possible rating, ‘...’"; fieldwork "10 - 21 June 2024"; eleven recommendations
    ("kempsey-and-abberley-pdus-2024", facts([
        svc("Kempsey Probation Delivery Unit", "Kempsey PDU", "PDU", RI),
        svc("Abberley Probation Delivery Unit", "Abberley PDU", "PDU", INAD)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Inspection of two probation units in Worcestershire

N| Reports on two probation delivery units in Worcestershire are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| The [Probation Service – West Midlands region|S] runs both units inspected: [Kempsey Probation Delivery Unit|S] and [Abberley Probation Delivery Unit|S].
N| [Kempsey PDU|S] has been placed at ‘[Requires improvement|R]’, while [Abberley PDU|S] received the lowest grade available, ‘[Inadequate|R]’.
N| Fieldwork for both inspections took place from [10 - 21 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The two units sit side by side, yet they are in very different states.
S| “[Kempsey|S] has a settled staff team, and its managers review the quality of casework every month.
W| “In Abberley, close to 50 per cent of probation officer jobs had no permanent holder, and staff only months into the job were holding some of the most dangerous cases.”

W| [Abberley|S] had all but given up visiting homes in domestic abuse cases, inspectors found.
S| [Kempsey|S]’s links with [Worcestershire County Council|A]’s housing team helped people leaving prison find somewhere to live on their first night.

R| The reports make 11 recommendations in total: five for [Kempsey PDU|S] and six for [Abberley PDU|S].
"""),
    # 2. two youth justice services in a local-news story; the report day in brackets under a later byline; ratings in the
    #    other order ("Wythall was awarded ‘Outstanding’ and Albrighton earned ‘Good’"); eight recommendations
    ("albrighton-and-wythall-yjs-2023", facts([
        svc("Albrighton Youth Justice Service", "Albrighton YJS", "YJS", GOOD),
        svc("Wythall Youth Justice Service", "Wythall YJS", "YJS", OUT)], "2023-06-08", "2023-02", 8),
     """N| Praise for youth justice teams after inspection

N| By [Sian Merrick|X]

N| [Monday 12 June 2023|D]

N| The reports on [Albrighton Youth Justice Service|S] and [Wythall Youth Justice Service|S], based on fieldwork in [February 2023|D], were released by the inspectorate on Thursday ([8 June|D]).
N| [Wythall|S] was awarded ‘[Outstanding|R]’ and [Albrighton|S] earned ‘[Good|R]’.

S| The inspectorate said [Wythall|S]’s staff went out of their way to involve parents and carers in every plan.
S| It also commended [Albrighton|S] because children there got mental health support without long waits.
W| But the [Albrighton YJS|S] report noted that the reasons for diverting children out of court were not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Both services are doing right by their children, and the team at [Wythall|S] can be especially proud.”

R| There are eight recommendations across the two reports, five for [Albrighton|S] and three for [Wythall|S].

N| A spokesperson for [Worcestershire County Council|A] said: “We are delighted that the hard work of the team has been recognised.”
"""),
    # 3. a unit inside its region, the region in the headline; "judged to be ‘Inadequate’", the region's own rating
    #    as context; "Mr Jones continued"; notes give the publication day; fieldwork "in September 2024"
    ("bishops-cleeve-pdu-2024", facts([
        svc("Bishop’s Cleeve Probation Delivery Unit", "Bishop’s Cleeve PDU", "PDU", INAD)], "2024-11-26", "2024-09", 7),
     """N| [South West probation region|S]: unit in Gloucestershire ‘not keeping the public safe enough’

N| Inspectors from [HM Inspectorate of Probation|A] gave [Bishop’s Cleeve Probation Delivery Unit|S], run by the [Probation Service – South West region|S], their lowest grade: ‘[Inadequate|R]’.
N| In [2023|D], inspectors gave the [South West region|S] as a whole ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [September 2024|D] and examined 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in Bishop’s Cleeve were too often left unseen, and too little was known about the risks they posed.
W| “Caseloads were unmanageable, and staff told us they had stopped raising concerns because nothing changed.”

W| Mr Jones continued: “Checks with [Gloucestershire Constabulary|A] on domestic abuse call-outs had been made in only 14 of the 42 cases.
S| “Despite everything, the unpaid work team had kept projects running across the county, and people on probation spoke warmly of their supervisors.”

R| The report sets out seven recommendations, one of which is that an experienced senior manager be placed in the unit straight away.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Tuesday 26 November 2024|D].
N| 2. [Bishop’s Cleeve PDU|S] covers part of north Gloucestershire for the [South West region|S].
"""),
    # 4. a unit inside its region on a justiceinspectorates page; "Inspectors assessed X as ‘Requires improvement’";
    #    the region named in the standfirst; "Published: 18 Feb 2025"; fieldwork "in October and November 2024"
    ("credenhill-pdu-2025", facts([
        svc("Credenhill Probation Delivery Unit", "Credenhill PDU", "PDU", RI)], "2025-02-18", "2024-10", 5),
     """N| News

N| Probation unit in Herefordshire must improve its work to protect children

N| Published: [18 Feb 2025|D]

N| Inspectors assessed [Credenhill Probation Delivery Unit|S], which serves west Herefordshire for the [Probation Service – West Midlands region|S], as ‘[Requires improvement|R]’.
N| The inspection took place in [October and November 2024|D].

S| Inspectors found that leaders had a clear picture of the unit’s strengths and weaknesses and had already begun to act on them.
S| Relationships with [West Mercia Police|A] and [Herefordshire Council|A] were described as close and constructive.
W| However, in only 19 of the 38 relevant cases had enough been done to keep children safe.
W| Many sentence plans had simply been copied forward at each review.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders should see to it that every assessment asks who else could be hurt, and that the answer shapes the plan.”

R| Of the five recommendations, the region must take forward one and the unit four.
"""),
    # 5. a Probation Trust in 2013, before ratings: scores out of 100, bullet lists after "Inspectors were pleased to find
    #    that:" and "However, inspectors were concerned to find that:"; fieldwork "in January 2013"; six recommendations
    ("mitcheldean-and-lydbrook-probation-trust-2013", facts([
        svc("Mitcheldean and Lydbrook Probation Trust", "Mitcheldean and Lydbrook Probation Trust", "other", None)],
        "2013-04-23", "2013-01", 6),
     """N| Offender management inspection of [Mitcheldean and Lydbrook Probation Trust|S]

N| [Tuesday 23 April 2013|D]

W| [Mitcheldean and Lydbrook Probation Trust|S] performs well in much of its work with offenders, but its management of risk of harm is not yet good enough, said [Liz Calderbank|X], HM Chief Inspector of Probation, publishing the inspection report today.
N| The inspection was carried out in [January 2013|D], when 55 cases were examined.

N| Inspectors were pleased to find that:
S| • reducing the likelihood of reoffending scored 79%;
S| • first appointments were offered within days of sentence, and most offenders trusted their offender manager;
S| • unpaid work was well organised and valued by local communities.

N| However, inspectors were concerned to find that:
W| • risk of harm work managed 64%, lower than in most Trusts inspected to date;
W| • home visits were rarely used in cases of domestic abuse.

S| [Liz Calderbank|X] said: “This is a well-led Trust whose staff understand the offenders they supervise.
R| “It should now concentrate on the quality of its risk of harm work.”

R| The report makes six recommendations.
"""),
    # 6. a CRC in 2019 owned by Working Links, embargo line; "found to be ‘...’ overall", unpaid work "given its own
    #    rating"; fieldwork "carried out in May and June 2019"; the provider's reply
    ("chipping-campden-crc-2019", facts([
        svc("Chipping Campden Community Rehabilitation Company", "Chipping Campden CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-22", "2019-05", 7),
     """N| Embargoed until 00.01 [Tuesday 22 October 2019|D]

N| Probation company in the Cotswolds ‘has a long way to go’

N| Overall, [Chipping Campden Community Rehabilitation Company|S] (CRC) ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] found; the company is part of the [Working Links|A] group.
S| Unpaid work, which is given its own rating, reached ‘[Good|R]’.
N| The inspection was carried out in [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “A large share of this CRC’s caseload reports by telephone alone, and no one checks how those people are really getting on.
W| “Staff are working hard, but average caseloads of over 70 mean that important warning signs are missed.”

S| Inspectors praised the work done with people leaving prison: most were registered with a doctor before release.
W| Information from the [National Probation Service|A] about people allocated to the CRC was sometimes incomplete or late.

R| There are seven recommendations in the report; [Working Links|A] and the CRC share five of them, and the remaining two concern the work of [HM Prison and Probation Service|A].

N| [Working Links|A] said in a statement that it accepted the findings and was taking on more staff.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings; joint inspection with Ofsted,
    #    HMIC and CQC; "Posted: 03/11/2016"; fieldwork "in August 2016"
    ("hodnet-yot-2016", facts([
        svc("Hodnet Youth Offending Team", "Hodnet YOT", "YJS", None)], "2016-11-03", "2016-08", 4),
     """N| Youth offending team inspection report published

N| Posted: [03/11/2016|D]

N| A report has been published on the joint inspection of [Hodnet Youth Offending Team|S] (YOT), carried out by [HM Inspectorate of Probation|A] together with [Ofsted|A], [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A].
N| During their visit in [August 2016|D], inspectors reviewed the work done with 30 children.

N| Among the strengths, inspectors found that:
S| • the management board was well attended and knew the YOT’s performance well;
S| • children were helped into education, training or work quickly after sentence.

N| But they also found that:
W| • in close to half the cases, the public had not been adequately protected;
W| • plans did not always take account of what victims wanted.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “We found a committed team that has done much to get children back into learning.
R| “The board must now make sure that the risk children pose to others is assessed and reviewed properly.”

R| The report makes four recommendations.

N| Councillor [Ann Hartley|X], [Shropshire Council|A]’s portfolio holder for children, said: “An action plan was drawn up as soon as we received the draft report.”
"""),
    # 8. a Youth Offending Service in 2019 (YOS / YOT switching), rated Good overall, resettlement "rated separately"
    #    as RI; fieldwork "between 2 and 6 July 2019"; six recommendations
    ("eardisley-yos-2019", facts([
        svc("Eardisley Youth Offending Service", "Eardisley YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2019-08-13", "2019-07", 6),
     """N| ‘[Good|R]’ rating for [Eardisley Youth Offending Service|S]

N| [HM Inspectorate of Probation|A] has given [Eardisley Youth Offending Service|S] (YOS) an overall rating of ‘[Good|R]’.
W| Resettlement policy and provision, which has its own rating, was marked down to ‘[Requires improvement|R]’.
N| Inspectors were in Herefordshire between [2 and 6 July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Eardisley YOS|S] knows its children well, and its case managers are tenacious in keeping them engaged.
W| “The service has not yet given the same attention to children coming out of custody, and some did not know where they would live until the day of release.”

S| Inspectors found that out-of-court work was of a high standard, with a panel that included the police and health staff.
S| Inspectors also said the [Eardisley YOT|S] had a well-led management board that held partners to account.

R| Six recommendations are made; one of them is addressed to the [Youth Justice Board|A] and the others to the service.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website from 00.01 on [13 August 2019|D].
"""),
    # 9. a YJS in 2022, rated RI, with its previous rating beside ("a fall from the ‘Good’ it was given in 2019");
    #    justiceinspectorates layout; fieldwork "Fieldwork for this inspection took place in January 2022"
    ("bourton-on-the-water-yjs-2022", facts([
        svc("Bourton-on-the-Water Youth Justice Service", "Bourton-on-the-Water YJS", "YJS", RI)],
        "2022-05-10", "2022-01", 6),
     """N| News

N| Inspectors find youth justice service in Gloucestershire has slipped

N| Published: [10 May 2022|D]

N| Inspectors now consider that [Bourton-on-the-Water Youth Justice Service|S] ‘[Requires improvement|R]’; at its previous inspection, in [2019|D], it was ‘[Good|R]’.
N| Fieldwork for this inspection took place in [January 2022|D].

S| Inspectors found that children were positive about their case workers and felt listened to.
W| However, several experienced staff left during the pandemic, and managers’ oversight of cases had become patchy.
W| Plans to keep children safe were sufficient in only 12 of the 26 cases where they were needed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bourton-on-the-Water|S] has kept some good practice going, but its grip on the basics has weakened since our last visit.
R| “Leaders need to rebuild the quality assurance that served the service so well before.”

R| Inspectors make six recommendations, two of them directed at the partnership board.
"""),
    # 10. a YJS in 2024 on a GOV.UK page, Outstanding "awarded the highest possible rating"; fieldwork "in July 2024";
    #     three recommendations
    ("prees-yjs-2024", facts([
        svc("Prees Youth Justice Service", "Prees YJS", "YJS", OUT)], "2024-12-03", "2024-07", 3),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice work in north Shropshire

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| [Prees Youth Justice Service|S] has earned ‘[Outstanding|R]’ from [HM Inspectorate of Probation|A], which no other service in the county has achieved.
N| Inspectors visited the service in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every decision in Prees starts from what the child needs, and it shows in the results.
S| “We saw practitioners who were creative, persistent and honest with children about what needed to change.”

S| Inspectors were impressed by joint work with [West Mercia Police|A] that diverted children from court whenever it was safe.
S| Every child whose case was reviewed had a plan for their education.
W| Inspectors did find that a small number of assessments had not been updated after a serious incident.

R| The partnership board receives all three of the report’s recommendations.
"""),
    # 11. a YJS in 2021, remote fieldwork "carried out remotely in April 2021"; "Inspectors rated X as ‘Good’"; notes
    ("minsterley-yjs-2021", facts([
        svc("Minsterley Youth Justice Service", "Minsterley YJS", "YJS", GOOD)], "2021-06-29", "2021-04", 4),
     """N| [Minsterley youth justice service|S] rated ‘[Good|R]’

N| Inspectors have rated [Minsterley Youth Justice Service|S] as ‘[Good|R]’.
N| Because of COVID-19 restrictions, the fieldwork was done remotely in [April 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout the lockdowns, staff kept in touch with children, often visiting them on the doorstep.
S| “The service has strong leaders who know their area and their children.”

S| Inspectors found that the service’s work with [Shropshire Council|A]’s children’s social care was well coordinated.
W| While most assessments were thorough, plans did not always say clearly how other people would be kept safe.
W| Children’s health needs were not always identified, because there was no regular access to a nurse.

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on the inspectorate’s website on [29 June 2021|D].
"""),
    # 12. an ordinary PDU in 2023, "Inspectors concluded X requires improvement" with the rating in quotes; fieldwork
    #     "between 15 and 26 May 2023"; six recommendations
    ("peterchurch-pdu-2023", facts([
        svc("Peterchurch Probation Delivery Unit", "Peterchurch PDU", "PDU", RI)], "2023-09-19", "2023-05", 6),
     """N| [Peterchurch probation unit|S] told to improve

N| [HM Inspectorate of Probation|A] today gave [Peterchurch Probation Delivery Unit|S] a ‘[Requires improvement|R]’ rating.
N| Inspectors were on site between [15 and 26 May 2023|D].

S| They found a committed staff group, most of whom said they felt supported by their managers.
W| But staffing shortages meant that some people waited weeks for their first appointment.
W| The quality of risk assessment was variable, and in a third of cases important information from the police had not been sought.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Peterchurch|S] want to do a good job, but they are being asked to do too much with too little.
R| “The region must make staffing in this unit a priority.”

R| There are six recommendations; the first asks the unit to look again at every case with a known risk of domestic abuse.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [19 September 2023|D].
"""),
    # 13. a 2025 public-protection inspection of a PDU, no rating; "Skip to content", empty "Published:" line, "Context"
    #     and "Findings" bullets; region named in the context bullet
    ("blakeney-pdu-2025", facts([
        svc("Blakeney Probation Delivery Unit", "Blakeney PDU", "PDU", None)], "2025-07-08", "2025-03", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Blakeney Probation Delivery Unit|S]

N| Today, [Tuesday 8 July 2025|D], the report on public protection work at [Blakeney Probation Delivery Unit|S] has been released by [HM Inspectorate of Probation|A].
N| Public protection inspections are not rated.

N| Context
N| • [Blakeney PDU|S] covers the Forest of Dean and sits within the [Probation Service – South West region|S].
N| • Inspectors examined 36 cases in [March 2025|D].

N| Findings
S| • Managers knew which people on probation posed the highest risk and kept a close eye on them.
W| • Where children lived at the same address, a home visit had usually not been made.
W| • Information from [Gloucestershire Constabulary|A] was requested in only half of the cases that needed it.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “We have made five recommendations, and I expect the unit to act on them quickly so that the public are better protected.”
"""),
    # 14. a YJS in 2020 rated Inadequate ("the lowest of the four ratings"); "Mr Russell continued"; fieldwork "in
    #     December 2019"; nine recommendations
    ("chirbury-yjs-2020", facts([
        svc("Chirbury Youth Justice Service", "Chirbury YJS", "YJS", INAD)], "2020-03-03", "2019-12", 9),
     """N| Serious concerns about youth justice work in Chirbury

N| [Chirbury Youth Justice Service|S] has received ‘[Inadequate|R]’, the lowest grade available to [HM Inspectorate of Probation|A].
N| The inspection took place in [December 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Chirbury are not getting the service they need.
W| “Board meetings happen every quarter, yet they seldom lead to change, and staff are unsure of their roles.”

W| Mr Russell continued: “Work to keep children safe was insufficient in two-thirds of the cases we inspected.”

S| Local people valued the reparation projects the service ran, and inspectors praised them.
W| There were long delays in getting children seen by [CAMHS|A].

R| Nine recommendations are made: seven to the service and two to [Shropshire Council|A].

N| The report was published on [3 March 2020|D].
"""),
    # 15. a YJS on a council page, "Posted on 14/05/2024"; "Inspectors judged the service to be ‘Good’"; fieldwork in
    #     January 2024
    ("bibury-yjs-2024", facts([
        svc("Bibury Youth Justice Service", "Bibury YJS", "YJS", GOOD)], "2024-05-14", "2024-01", 4),
     """N| Youth justice service receives ‘[Good|R]’ rating

N| Posted on [14/05/2024|D]

N| Following a visit in [January 2024|D], [HM Inspectorate of Probation|A] has judged [Bibury Youth Justice Service|S] to be ‘[Good|R]’.

S| Inspectors said the service’s staff knew the children they worked with very well and adapted their approach to each child.
S| They also highlighted the strong partnership with [Gloucestershire County Council|A]’s education team.
W| Inspectors found that the recording of decisions about children’s safety was inconsistent.

R| Four recommendations are made, and the service will build them into its improvement plan.

N| Councillor [Philip Dowd|X], cabinet member for children’s services, said: “Our staff deserve this recognition, and I thank each of them.”
"""),
    # 16. a YJS in 2022 with resettlement rated separately as Inadequate; "Inspectors’ overall verdict is ‘Requires
    #     improvement’"; fieldwork "between 20 and 24 June 2022"; seven recommendations
    ("feckenham-yjs-2022", facts([
        svc("Feckenham Youth Justice Service", "Feckenham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-11-08", "2022-06", 7),
     """N| [Feckenham Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| Inspectors’ overall verdict on [Feckenham Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Resettlement, which inspectors rate separately, came out as ‘[Inadequate|R]’.
N| The inspection was carried out between [20 and 24 June 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am encouraged by the commitment of staff, who clearly care about the children they support.
W| “But there were gaps in how children’s release from custody was planned, and some had nowhere suitable to live.”

S| Out-of-court disposals were well handled, and few of the children concerned reoffended.
W| The quality of assessment was variable across the service.

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is available on the inspectorate’s website from 00.01 on [Tuesday 8 November 2022|D].
"""),
    # 17. a local-news story about a YJS in 2019, third person ("the watchdog found") and the council's reply; "rated
    #     good" lower case; fieldwork "in September 2019"
    ("clun-yjs-2019", facts([
        svc("Clun Youth Justice Service", "Clun YJS", "YJS", GOOD)], "2019-12-10", "2019-09", 5),
     """N| Youth justice team in south Shropshire praised by inspectors

N| The [Clun Youth Justice Service|S] has been rated [good|R] by the probation watchdog.

N| The inspection took place in [September 2019|D], and [HM Inspectorate of Probation|A] released its findings on [10 December 2019|D].
S| According to the watchdog, children and parents alike trusted the staff at [Clun|S].
S| It said the service worked closely with [West Mercia Police|A] and local schools to prevent offending.
W| However, inspectors said the service needed to get better at managing the danger some children might pose to other people.

R| The report makes five recommendations.

N| Councillor [Ed Potter|X] said the council would act on every recommendation.
"""),
    # 18. a YJS in 2023 that came close to Inadequate; "The inspectorate placed X at ‘Requires improvement’"; fieldwork
    #     "in October 2022"; eight recommendations
    ("bucknell-yjs-2023", facts([
        svc("Bucknell Youth Justice Service", "Bucknell YJS", "YJS", RI)], "2023-02-21", "2022-10", 8),
     """N| Inspectors call for urgent action at youth justice service in south Shropshire

N| The inspectorate placed [Bucknell Youth Justice Service|S] at ‘[Requires improvement|R]’ overall.
W| The service came within one point of being rated ‘[Inadequate|R]’.
N| Inspectors visited in [October 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has had four managers in two years, and staff have felt the effect of that instability.
S| “Even so, children told us their case workers were kind and always made time for them.”

W| Assessment of risk to others was sufficient in only nine of the 22 cases reviewed.
S| The service had built a good relationship with local health services, and children were seen quickly by a speech and language therapist.

R| The report makes eight recommendations.

N| The report was published on [21 February 2023|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
