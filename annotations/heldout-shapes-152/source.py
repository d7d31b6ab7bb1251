"""Builds the 152nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Surrey PDUs on a GOV.UK page, the region named first: "Gomshall was given ‘...’ and Peaslake ‘...’";
    #    fieldwork "from 15 to 26 January 2024"; eleven recommendations, "six for Peaslake and five for Gomshall"
    ("gomshall-and-peaslake-pdus-2024", facts([
        svc("Gomshall Probation Delivery Unit", "Gomshall PDU", "PDU", RI),
        svc("Peaslake Probation Delivery Unit", "Peaslake PDU", "PDU", INAD)], "2024-06-11", "2024-01", 11),
     """N| Press release

N| Inspectors report on two probation units in the Surrey Hills

N| Reports on two probation delivery units in Surrey are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Reports out today from [HM Inspectorate of Probation|A] cover two units within [Probation Service – Kent, Surrey and Sussex region|S]: [Gomshall Probation Delivery Unit|S] and [Peaslake Probation Delivery Unit|S].
N| [Gomshall|S] was given ‘[Requires improvement|R]’ and [Peaslake|S] ‘[Inadequate|R]’.
N| The fieldwork ran from [15 to 26 January 2024|D], with inspectors in both units.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Peaslake|S] has lost most of its experienced officers in the past year, and the newer staff left behind have had little support.
W| “People on licence were being sent back to prison when a little help might have kept them out.
S| “[Gomshall|S] is in a better place, with a stable team and managers who check work closely.”

S| Inspectors commended [Gomshall PDU|S]’s work with [Surrey Police|A] on people convicted of stalking.
W| In [Peaslake PDU|S], only 8 of 30 cases had a risk management plan that matched the risks recorded.

R| The reports make eleven recommendations between them, six for [Peaslake|S] and five for [Gomshall|S].
"""),
    # 2. two youth justice services in a local-news story, the report day "Tuesday (21 November)" under a Friday byline;
    #    "Crondall has been awarded ‘...’, while Churt was judged ‘...’" in the other order from first naming
    ("churt-and-crondall-yjs-2023", facts([
        svc("Churt Youth Justice Service", "Churt YJS", "YJS", GOOD),
        svc("Crondall Youth Justice Service", "Crondall YJS", "YJS", OUT)], "2023-11-21", "2023-07", 6),
     """N| Heathland youth teams win praise from inspectors

N| By [Helen Ashdown|X]

N| [Friday 24 November 2023|D]

N| Inspectors visited [Churt Youth Justice Service|S] and [Crondall Youth Justice Service|S] in [July 2023|D]; the two reports were published on Tuesday ([21 November|D]).
N| [Crondall|S] has been awarded ‘[Outstanding|R]’, while [Churt|S] was judged ‘[Good|R]’.

S| The inspectors said [Crondall|S]’s workers stayed alongside children for as long as they needed, well beyond the end of their orders.
S| They praised [Churt|S] for the speed with which children were offered mental health support.
W| However, in [Churt YJS|S] plans for victims’ safety were sometimes left out of a child’s file altogether.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams are serving families in this corner of the county well.”

R| There are six recommendations, three for each service.

N| A [Hampshire County Council|A] spokesperson said the council was delighted with the outcome.
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have given X ... the lowest grade on their scale,
    #    ‘...’"; the region's own 2023 rating as context; "Mr Jones continued"; notes-to-editors publication line
    ("windlesham-pdu-2024", facts([
        svc("Windlesham Probation Delivery Unit", "Windlesham PDU", "PDU", INAD)], "2024-10-15", "2024-05", 7),
     """N| [Kent, Surrey and Sussex probation region|S]: serious concerns about probation unit in Windlesham

N| Inspectors have given [Windlesham Probation Delivery Unit|S], part of [Probation Service – Kent, Surrey and Sussex region|S], the lowest grade on their scale, ‘[Inadequate|R]’.
N| The region as a whole received ‘[Requires improvement|R]’ when it was last inspected, in [2023|D].
N| [HM Inspectorate of Probation|A]’s fieldwork in the unit took place in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where staff were working hard but the basics were slipping.
W| “Home visits had almost stopped, and checks on domestic abuse call-outs were missing from most of the files we read.”

W| Mr Jones continued: “Leaders at every level knew about these gaps for months and did too little about them.”

S| Inspectors did find that the unit’s approved premises staff had built a strong working relationship with [Surrey County Council|A]’s housing team.
W| Sickness absence was high, and one in four case manager posts was vacant.

R| The report makes seven recommendations, five for [Windlesham PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [15 October 2024|D] at 00.01.
"""),
    # 4. a unit inside its region: "published today (Thursday 7 September)" with no year (fieldwork March 2023); "X, one
    #    of the units in ..., is ‘...’, according to a report"; four recommendations, "all for the unit"
    ("pirbright-pdu-2023", facts([
        svc("Pirbright Probation Delivery Unit", "Pirbright PDU", "PDU", RI)], "2023-09-07", "2023-03", 4),
     """N| [Pirbright probation unit|S] must improve its work to protect children, say inspectors

N| [Pirbright Probation Delivery Unit|S], one of the units in [Probation Service – Kent, Surrey and Sussex region|S], is ‘[Requires improvement|R]’, according to a report published today ([Thursday 7 September|D]).
N| Inspectors read 36 cases and met staff and partners during [March 2023|D].

S| Leaders had a realistic picture of what needed to change and had already begun to act on it.
S| People on probation spoke warmly of their officers; several told inspectors that no one had listened to them like that before.
W| But where children’s social care should have been contacted, that had happened in under half of the cases.
W| Workloads were uneven, and some officers held far more high-risk cases than others.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pirbright|S] now needs to put the safety of children at the centre of every assessment.”

R| Four recommendations are made in the report, all for the unit.

N| Notes to editors
N| 1. [Pirbright PDU|S] covers the north-west of Surrey and supervises about 550 people.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, they were concerned that:"; "Wednesday, 9th November 2011"; fieldwork "in July 2011"; eight recommendations
    ("puttenham-probation-trust-2011", facts([
        svc("Puttenham Probation Trust", "Puttenham Probation Trust", "other", None)], "2011-11-09", "2011-07", 8),
     """N| Offender management in Puttenham – inspection findings

N| [Wednesday, 9th November 2011|D]

W| [Puttenham Probation Trust|S] performs well on cutting reoffending, but its public protection work lags behind, finds a report that [HM Inspectorate of Probation|A] published today.
N| The inspection took place in [July 2011|D], when inspectors looked at 70 cases.

S| Work to reduce the likelihood of reoffending scored 76%, and work to ensure the sentence was served scored 83%.
W| The score for protecting the public was lower, at 64%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • the Trust worked closely with [Surrey Police|A] on prolific and priority offenders.

N| However, they were concerned that:
W| • once drawn up, risk of harm plans tended to stay the same even after an offender’s life changed;
W| • few home visits took place, including where domestic abuse was known.

R| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Protecting the public now has to become as strong a part of the Trust’s work as reducing reoffending already is.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2018 run by a named provider, embargo line; "found X ... to be ‘...’ overall"; unpaid work "rated
    #    separately as ‘...’"; "Fieldwork took place in September 2018"; the provider's reply
    ("shamley-green-and-wonersh-crc-2018", facts([
        svc("Shamley Green and Wonersh Community Rehabilitation Company", "Shamley Green and Wonersh CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-06", "2018-09", 9),
     """N| Embargoed: 00.01 [Thursday 6 December 2018|D]

N| Surrey probation company judged to be failing

N| [HM Inspectorate of Probation|A] has found [Shamley Green and Wonersh Community Rehabilitation Company|S] (CRC), which is run by [Interserve|A], to be ‘[Inadequate|R]’ overall.
S| Its unpaid work was rated separately as ‘[Good|R]’.
N| Fieldwork took place in [September 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Many of the people this CRC supervises are managed by telephone alone, with no real effort to change their behaviour.
W| “Officers told us they did not have the time to do the job properly.”

S| Unpaid work placements were well organised, and local charities valued the work done for them.
W| The CRC and the [National Probation Service|A] often shared information late, or not at all.

R| Of the nine recommendations, seven go to the CRC and [Interserve|A] and two to [HM Prison and Probation Service|A].

N| An [Interserve|A] spokesperson said the company accepted the findings and had a plan in place.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "alongside ..., which led it";
    #    bullet lists; "Posted: 21/04/2016"; "The inspection took place in January 2016"; four recommendations
    ("dunsfold-yot-2016", facts([
        svc("Dunsfold Youth Offending Team", "Dunsfold YOT", "YJS", None)], "2016-04-21", "2016-01", 4),
     """N| Inspection of youth offending work in Dunsfold

N| Posted: [21/04/2016|D]

N| The report of a joint inspection of [Dunsfold Youth Offending Team|S] (YOT) has now been published; [Ofsted|A] and the [Care Quality Commission|A] took part alongside [HM Inspectorate of Probation|A], which led it.
N| The inspection took place in [January 2016|D].

N| The inspectors said they were pleased to find that:
S| • staff had good relationships with the children they supervised;
S| • the [Dunsfold YOT management board|A] was well attended and asked searching questions.

N| But they were concerned to find that:
W| • assessments of risk to other people were often thin and out of date;
W| • too few children in the YOT’s care were in full-time education.

R| The report makes four recommendations for the YOT and its partners.

N| A [Surrey County Council|A] spokesperson said: “We will work with our partners on every recommendation.”
"""),
    # 8. a GOV.UK page in 2022: "X climbs one step, to ‘...’, from the ‘...’ given at its previous inspection in 2019"; fieldwork
    #    "in the fortnight starting 11 July 2022"; six recommendations, five for the service and one for the ICB
    ("alfold-yjs-2022", facts([
        svc("Alfold Youth Justice Service", "Alfold YJS", "YJS", RI)], "2022-11-29", "2022-07", 6),
     """N| Press release

N| Youth justice service in south Surrey makes progress

N| Inspectors publish their report on [Alfold Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [29 November 2022|D]

N| [Alfold Youth Justice Service|S] climbs one step, to ‘[Requires improvement|R]’, from the ‘[Inadequate|R]’ given at its previous inspection in [2019|D].
N| Inspectors were with the service in the fortnight starting [11 July 2022|D].

S| The new head of service had brought fresh energy, and staff said they felt listened to.
S| Out-of-court work was a clear strength, with most children diverted from the courts receiving help quickly.
W| However, assessments did not always consider how a child might be exploited by others.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Alfold|S] is moving in the right direction, but progress has been uneven.
R| “Leaders should make sure the improvements we saw in out-of-court work are matched in court work.”

R| Six recommendations are made, five for [Alfold YJS|S] and one for [Surrey Heartlands Integrated Care Board|A].
"""),
    # 9. a justiceinspectorates news item: "X has received ‘...’ from HM Inspectorate of Probation"; resettlement "assessed on its own,
    #    was also ‘...’"; "Published: 16 Jan 2024"; "in September and October 2023"; three recommendations
    ("betchworth-yjs-2024", facts([
        svc("Betchworth Youth Justice Service", "Betchworth YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-01-16", "2023-09", 3),
     """N| News

N| ‘[Good|R]’ rating for youth justice in Betchworth

N| Published: [16 Jan 2024|D]

N| [Betchworth Youth Justice Service|S] has received ‘[Good|R]’ from [HM Inspectorate of Probation|A].
S| Its resettlement work, assessed on its own, was also ‘[Good|R]’.
N| Fieldwork took place in [September and October 2023|D].

S| Inspectors found a settled team who knew the children well and involved their families in every plan.
S| Thanks to close links with [Surrey Police|A], a child held at a police station overnight was usually visited by a worker early the following day.
W| Work to keep victims safe was less consistent, and victims were not always asked what they wanted.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Betchworth|S]’s staff deserve real credit for this report.”

R| Three recommendations are made, two for the service and one for its management board.
"""),
    # 10. a council page: "Posted on 04/03/2025"; "inspectors have judged X to be ‘...’, the lowest rating"; fieldwork
    #     "in November 2024"; thirteen recommendations in digits; the director's apology
    ("bramshott-yjs-2025", facts([
        svc("Bramshott Youth Justice Service", "Bramshott YJS", "YJS", INAD)], "2025-03-04", "2024-11", 13),
     """N| Council response to the inspection of [Bramshott Youth Justice Service|S]

N| Posted on [04/03/2025|D]

N| In a report released today, inspectors have judged [Bramshott Youth Justice Service|S] to be ‘[Inadequate|R]’, the lowest rating available.
N| The inspection was carried out in [November 2024|D].

W| Children being drawn into county lines and other exploitation were spotted too late, inspectors found.
W| They also said [Bramshott YJS|S] had relied on agency staff for too long, so children rarely kept the same worker.
S| The report recognised the service’s strong work with schools and the care shown by front-line staff.
W| Oversight by the management board had been weak, and problems reported by staff were not acted on.

R| The report contains 13 recommendations for the service, its board, [Hampshire County Council|A] and [Hampshire and Isle of Wight Constabulary|A].

N| [Sam Fairley|X], Director of Children’s Services, said: “We are very sorry that we have let these children down.
N| “We have already appointed a new head of service.”
"""),
    # 11. a justiceinspectorates news item with a date line: "Inspectors have assessed X as ‘...’"; the headline's
    #     lower-case "Headley youth justice service"; fieldwork "between 16 and 20 January 2023"; "only 10 of 24 cases"
    ("headley-yjs-2023", facts([
        svc("Headley Youth Justice Service", "Headley YJS", "YJS", RI)], "2023-05-02", "2023-01", 5),
     """N| News

N| More work needed at [Headley youth justice service|S]

N| [2 May 2023|D]

N| Inspectors have assessed [Headley Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| They were on site between [16 and 20 January 2023|D].

S| The service had built trusting relationships with children, and many said their worker was the one adult they relied on.
S| Its speech and language therapist was a real asset, helping staff to adapt their work for each child.
W| However, planning to keep other people safe was sound in only 10 of the 24 cases inspected.
W| Children in custody were not always visited, and release plans were put together late.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Headley|S]’s staff clearly care about the children, yet good intentions have not been matched by sound risk work.
R| “The management board must make sure that risk to others is properly assessed and managed in every case.”

R| The report makes five recommendations.
"""),
    # 12. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" / "Findings" bullets,
    #     the region in a bullet; "Published: 11 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("albury-pdu-2025", facts([
        svc("Albury Probation Delivery Unit", "Albury PDU", "PDU", None)], "2025-12-11", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: a probation unit near Guildford

N| Published: [11 Dec 2025|D]

N| This public protection inspection of [Albury Probation Delivery Unit|S] was carried out by [HM Inspectorate of Probation|A].
N| This type of inspection does not give the unit a rating.
N| Inspectors carried out their fieldwork in [September 2025|D].

N| Context
N| • [Albury PDU|S] belongs to [Probation Service – Kent, Surrey and Sussex region|S].
N| • The unit supervises some 650 people; most of them are on licence or post-sentence supervision.

N| Findings
S| • Officers had a good grasp of the risks in their cases and recorded them clearly.
W| • Where children lived in the household, officers had visited the home in a minority of cases.
W| • Senior managers did not routinely check decisions in the highest-risk cases.
S| • [MAPPA|A] meetings were well run and partners shared information readily.

R| The report makes four recommendations, three for the unit and one for the region.
"""),
    # 13. a remote inspection in 2021: "X has kept its ‘...’ rating"; "carried out remotely in January 2021"; "Published:
    #     Thursday 22nd April 2021"; "in all but two of the 20 cases"; the council's thanks
    ("chilworth-yjs-2021", facts([
        svc("Chilworth Youth Justice Service", "Chilworth YJS", "YJS", GOOD)], "2021-04-22", "2021-01", 4),
     """N| Youth justice service near Guildford keeps its rating

N| Published: [Thursday 22nd April 2021|D]

N| [Chilworth Youth Justice Service|S] has kept its ‘[Good|R]’ rating after an inspection carried out remotely in [January 2021|D].

S| Throughout the pandemic the service kept up face-to-face contact with the children most at risk.
S| Assessments were thorough in all but two of the 20 cases inspected.
W| Work with children who had committed harmful sexual behaviour needed further development.
S| Children’s mental health needs were met quickly thanks to a worker seconded from [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chilworth|S] has done well to hold on to its standards through such a difficult year.”

R| Four recommendations are made in the report.

N| [Surrey County Council|A] thanked the inspectors for their work.
"""),
    # 14. a 2020 release: "X has been found to be ‘...’, the best result possible"; "Wednesday, 12th February 2020" at the
    #     top; fieldwork "between 4 and 8 November 2019"; no count of recommendations (null)
    ("ranmore-yjs-2020", facts([
        svc("Ranmore Youth Justice Service", "Ranmore YJS", "YJS", OUT)], "2020-02-12", "2019-11", None),
     """N| Top rating for youth justice in Mole Valley

N| [Wednesday, 12th February 2020|D]

N| [Ranmore Youth Justice Service|S] has been found to be ‘[Outstanding|R]’, the best result possible, by [HM Inspectorate of Probation|A].
N| Inspectors visited between [4 and 8 November 2019|D].

S| Leaders and partners shared a clear ambition for every child, and the management board knew the service well.
S| Children were helped into education, training or work, and very few went on to reoffend.
S| Work with victims was never an afterthought and was done with great care.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ranmore|S] stands out as an example for others to follow.”

N| The report notes a few areas where even this service could do more.
"""),
    # 15. "Inspectors concluded that X ‘...’" (rating as a verb phrase); resettlement "which received a separate rating,
    #     was ‘...’"; how near it came to ‘Inadequate’; "Report publication date: 10 September 2024"; six recommendations
    ("holmbury-yjs-2024", facts([
        svc("Holmbury Youth Justice Service", "Holmbury YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-09-10", "2024-04", 6),
     """N| [Holmbury youth justice service|S] close to lowest rating

N| Inspectors concluded that [Holmbury Youth Justice Service|S] ‘[Requires improvement|R]’.
W| It missed being rated ‘[Inadequate|R]’ overall by just two points.
W| Resettlement work, which received a separate rating, was ‘[Inadequate|R]’.
N| Inspectors visited in [April 2024|D].

W| Case managers were carrying high caseloads, and supervision from managers was irregular.
W| Release planning for children in custody often started so late that housing and a school place could not be found in time.
S| Despite these pressures, the service’s work with [Surrey Police|A] to divert children from court was effective.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody in the partnership had grasped how serious the problems had become.
R| “I want to see the board set out a clear plan, with dates, and check each month that it is being delivered.”

R| There are six recommendations in the report.

N| Notes to editors
N| 1. Report publication date: [10 September 2024|D].
N| 2. [Holmbury YJS|S] works with about 70 children in the Surrey Hills.
"""),
    # 16. an NPS division in 2019, the headline naming no service: "HM Inspectorate of Probation’s overall regional rating for X is ‘...’";
    #     "Published: 5 Mar 2019"; fieldwork "in October and November 2018"; short "NPS Mytchett and Deepcut"
    ("mytchett-and-deepcut-nps-division-2019", facts([
        svc("National Probation Service – Mytchett and Deepcut Division", "NPS Mytchett and Deepcut", "region",
            GOOD)], "2019-03-05", "2018-10", 7),
     """N| Probation division in west Surrey rated ‘[Good|R]’ overall

N| Published: [5 Mar 2019|D]

N| [HM Inspectorate of Probation|A]’s overall regional rating for the [National Probation Service – Mytchett and Deepcut Division|S] is ‘[Good|R]’.
N| Inspectors were in the division in [October and November 2018|D].

S| Inspectors found capable leaders and a workforce that was well trained and well supported.
S| Reports to court were thorough and delivered on time.
W| Victim work, though, fell short: some victims heard nothing about an offender’s release until after it had happened.
W| Too few domestic abuse perpetrators were started on accredited programmes.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Mytchett and Deepcut|S] is led with real confidence, and its staff do a difficult job well.”

R| The report makes seven recommendations, addressed to the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 17. a Youth Offending Service in 2019: "Inspectors ... have placed X (YOS) at ‘...’"; "The inspection, which took place in
    #     May 2019"; short "Ewshot YOS"; the notes' publication line; seven recommendations
    ("ewshot-yos-2019", facts([
        svc("Ewshot Youth Offending Service", "Ewshot YOS", "YJS", RI)], "2019-08-20", "2019-05", 7),
     """N| [Ewshot youth offending service|S] told to improve

N| Inspectors from [HM Inspectorate of Probation|A] have placed [Ewshot Youth Offending Service|S] (YOS) at ‘[Requires improvement|R]’.
N| The inspection, which took place in [May 2019|D], looked at 30 cases.

S| Staff were committed and knew the children well.
W| However, the [Ewshot YOS management board|A] knew little about how well the service was really doing.
W| Assessments of children’s safety were not always updated when things changed.
S| The YOS had a well-used parenting programme that families valued.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ewshot|S] has good people, but they need better direction from the partnership.”

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Tuesday 20 August 2019|D].
"""),
    # 18. a unit inside its region, the region in the first sentence: "Among the units of Probation Service – South
    #     Central region, X is the latest to be rated ‘...’"; "Published 8 February 2022"; fieldwork "in October 2021"
    ("crookham-pdu-2022", facts([
        svc("Crookham Probation Delivery Unit", "Crookham PDU", "PDU", RI)], "2022-02-08", "2021-10", 6),
     """N| Press release

N| Probation unit in north-east Hampshire must improve

N| From: [HM Inspectorate of Probation|A]

N| Published [8 February 2022|D]

N| Among the units of [Probation Service – South Central region|S], [Crookham Probation Delivery Unit|S] is the latest to be rated ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [October 2021|D].

S| Managers were visible and staff said they felt well supported.
W| But many staff were newly qualified, and their work with high-risk cases was not checked closely enough.
W| Only half of the cases inspected had a sufficient assessment of the risk to children.
S| Work with [Hampshire and Isle of Wight Constabulary|A] on integrated offender management was a strength.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Crookham|S] has made a start, but there is some way to go.”

R| The report makes six recommendations, four for [Crookham PDU|S] and two for the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 152nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
