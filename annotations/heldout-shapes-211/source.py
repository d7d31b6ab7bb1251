"""Builds the two hundred and eleventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one region on a GOV.UK page: "lands at", "sinks to the foot of the scale"; "over a fortnight from
    #    3 June 2024"; nine recommendations "five addressed to Fairfield and four to Brookland"
    ("brookland-and-fairfield-pdus-2024", facts([
        svc("Brookland Probation Delivery Unit", "Brookland PDU", "PDU", RI),
        svc("Fairfield Probation Delivery Unit", "Fairfield PDU", "PDU", INAD)], "2024-09-24", "2024-06", 9),
     """N| Press release

N| Two Romney Marsh probation units inspected

N| One unit needs to improve and the other is failing, inspectors say.

N| From: [HM Inspectorate of Probation|A]
N| Published [24 September 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its reports on [Brookland Probation Delivery Unit|S] and [Fairfield Probation Delivery Unit|S]; both offices answer to the [Probation Service – Kent, Surrey and Sussex region|S].
N| [Brookland|S] lands at ‘[Requires improvement|R]’, while [Fairfield|S] sinks to the foot of the scale, ‘[Inadequate|R]’.
N| Inspectors spent time in both offices over a fortnight from [3 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two offices a short drive apart gave us two very different stories.
S| “[Brookland|S] has a settled team whose managers check the quality of each other’s work every month.
W| “[Fairfield|S], on the other hand, has lost half of its qualified officers since the spring of last year, and the gaps fall on the people who most need supervising.”

S| Home visits to people convicted of domestic abuse were well planned in Brookland.
W| In Fairfield, checks with [Kent Police|A] had been left undone in more than half of the cases inspectors read.

R| Between them the reports carry nine recommendations: five addressed to [Fairfield|S] and four to [Brookland|S].
"""),
    # 2. three PDUs on a justiceinspectorates news item: "One of the three, Peasmarsh, is marked ‘Good’; the other two,
    #    Iden and Beckley, are each marked ‘...’"; "the last fortnight of January 2025"; "a dozen recommendations"
    ("peasmarsh-iden-and-beckley-pdus-2025", facts([
        svc("Peasmarsh Probation Delivery Unit", "Peasmarsh PDU", "PDU", GOOD),
        svc("Iden Probation Delivery Unit", "Iden PDU", "PDU", RI),
        svc("Beckley Probation Delivery Unit", "Beckley PDU", "PDU", RI)], "2025-06-03", "2025-01", 12),
     """N| News

N| Rother levels: three probation units reported on together

N| Published: [03 Jun 2025|D]

N| Three Rother probation units, all in the [Probation Service – Kent, Surrey and Sussex region|S], have now been reported on: [Peasmarsh Probation Delivery Unit|S], [Iden Probation Delivery Unit|S] and [Beckley Probation Delivery Unit|S].
N| One of the three, [Peasmarsh|S], is marked ‘[Good|R]’; the other two, [Iden|S] and [Beckley|S], are each marked ‘[Requires improvement|R]’.
N| Inspectors spent the last fortnight of [January 2025|D] in the three offices.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Peasmarsh|S] deserves real credit: its staff know the people they supervise as individuals, and it shows in the results.
W| “In Iden and Beckley the commitment is there, but assessments of risk were too thin and were rarely revisited when circumstances changed.”

S| Inspectors singled out the [Peasmarsh PDU|S] because it found housing quickly for people leaving [HMP Lewes|S].
W| Across Iden and Beckley, just 13 of the 40 cases read gave proper thought to children living in the same home.
W| Practitioners in Beckley told inspectors that caseloads had crept above 60, and that training had been cancelled twice.

R| The reports make a dozen recommendations, four per unit.
R| The region should also review how it shares specialist staff between the three offices.
"""),
    # 3. two youth services in local news, rated in the other order: "picked up the top grade ... a notch lower at";
    #    the report day ("came out on Thursday (14 November)") under a Saturday byline; "a week with each team in July
    #    2024"; "three recommendations to work on and Old Romney two" -> 5
    ("burmarsh-and-old-romney-yjs-2024", facts([
        svc("Burmarsh Youth Justice Service", "Burmarsh YJS", "YJS", GOOD),
        svc("Old Romney Youth Justice Service", "Old Romney YJS", "YJS", OUT)], "2024-11-14", "2024-07", 5),
     """N| Marsh youth teams praised by inspectors

N| By our local democracy reporter
N| [Saturday 16 November 2024|D]

N| Inspectors have looked at [Burmarsh Youth Justice Service|S] and [Old Romney Youth Justice Service|S], and their reports came out on Thursday ([14 November|D]).
N| [Old Romney|S] picked up the top grade, ‘[Outstanding|R]’, with its neighbour [Burmarsh|S] a notch lower at ‘[Good|R]’.
N| Each team hosted inspectors from [HM Inspectorate of Probation|A] for a week in [July 2024|D].

S| The watchdog found that [Old Romney|S]’s case workers stayed with the same child from first contact to the end of their order, which children said mattered to them.
S| [Burmarsh|S] was praised for getting almost every child it works with back into school or training.
W| However, the reports say that in Burmarsh, plans to protect victims were sometimes written after the work with the child had already started.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Small services on the Marsh are proving that distance from the big towns is no excuse.
S| “Children in Old Romney are listened to properly, and their views visibly change what happens next.”

R| [Burmarsh|S] has three recommendations to work on and [Old Romney|S] two.

N| [Kent County Council|A] said it was “delighted” and promised to share the teams’ practice across the county.
"""),
    # 4. a unit inside its region, the region in the headline; "considers X to be"; the region's own rating; "the week
    #    beginning 11 September 2023"; "six recommendations to act on; a seventh goes to the region" -> 7
    ("frittenden-pdu-2023", facts([
        svc("Frittenden Probation Delivery Unit", "Frittenden PDU", "PDU", INAD)], "2023-12-06", "2023-09", 7),
     """N| [Kent, Surrey and Sussex probation region|S]: inspectors find [Frittenden unit|S] failing

N| [HM Inspectorate of Probation|A] considers [Frittenden Probation Delivery Unit|S] to be ‘[Inadequate|R]’ in a report out today.
N| Above it stands the [Probation Service – Kent, Surrey and Sussex region|S], which the inspectorate itself placed at ‘[Requires improvement|R]’ in [2022|D].
N| Inspectors were in Frittenden for the week beginning [11 September 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “I was dismayed by how little had been done to manage the risks posed by some of the people this unit supervises.
W| “Staff were working hard, but they were isolated, and several had been handed cases far beyond their experience.”

W| Mr Russell continued: “Managers could not tell us how many people on licence had missed their appointments in the last month.”

S| Unpaid work was a brighter spot, with projects on the Weald that staff and local parishes valued.
W| Sadly, the unit had drifted for most of a year without a permanent senior manager.

R| The unit has six recommendations to act on; a seventh goes to the region.
R| Leaders must now put a named manager in charge of every high-risk case.

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Wednesday 6 December 2023|D].
"""),
    # 5. a PDU with an aspect graded as a separate element and the previous rating beside it: "moves up to ‘...’ from the
    #    ‘Inadequate’ it was given in 2022"; "fieldwork ran from 24 to 28 March 2025"; "sets out five recommendations"
    ("brenchley-pdu-2025", facts([
        svc("Brenchley Probation Delivery Unit", "Brenchley PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": OUT}])], "2025-07-15", "2025-03", 5),
     """N| Press release

N| [Brenchley probation unit|S] shows progress

N| From: [HM Inspectorate of Probation|A]
N| Published [15 July 2025|D]

N| [Brenchley Probation Delivery Unit|S] has climbed one grade, to ‘[Requires improvement|R]’, having been judged ‘[Inadequate|R]’ in [2022|D].
S| Its unpaid work, graded as a separate element, earned ‘[Outstanding|R]’.
N| Fieldwork for the inspection ran from [24 to 28 March 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff of [Brenchley PDU|S] have achieved a genuine turnaround, and I congratulate them.
S| “Unpaid work placements with local farms and hop gardens give people skills they can use, and beneficiaries told us the projects made the village better.
W| “What still falls short is the management of risk: reviews were late in too many of the cases we read.”

W| Just over half of the cases had an adequate plan to protect known victims.
S| Positively, every person on probation we spoke to knew the name of their probation practitioner.

R| Inspectors set out five recommendations, most of them about risk.
"""),
    # 6. a Probation Trust in 2012, before ratings: a date line with an ordinal above "published today"; "pleased to find
    #    that:" / "concerned to find that:" lists; "visited the Trust in July 2012"; nine recommendations
    ("warehorne-and-kenardington-probation-trust-2012", facts([
        svc("Warehorne and Kenardington Probation Trust", "Warehorne and Kenardington Probation Trust", "other", None)],
        "2012-11-08", "2012-07", 9),
     """N| Warehorne and Kenardington probation: inspection report

N| [Thursday, 8th November 2012|D]

W| [Warehorne and Kenardington Probation Trust|S] supervises offenders with care but has not got to grips with risk of harm, according to a report issued today by [HM Inspectorate of Probation|A].
N| Inspectors visited the Trust in [July 2012|D] and looked at 60 cases.

N| Inspectors were pleased to find that:
S| • most offenders were seen quickly once their sentence began;
S| • the Trust’s work with [Kent Police|A] on prolific offenders was well regarded;
S| • offender managers were enthusiastic and proud of their work.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were of insufficient quality in a third of cases;
W| • too few cases showed that child protection concerns had been followed up.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has much to be proud of, but risk of harm work must come first.”
R| The report contains nine recommendations.
R| The Trust should give priority to improving the oversight of cases where children may be at risk.
"""),
    # 7. a CRC in 2019, two aspects rated separately: "The verdict on the CRC overall is ‘...’"; unpaid work "assessed as
    #    a separate element ... ‘Good’", through-the-gate ‘Requires improvement’; "the CRC receives eight of the ten
    #    recommendations; the other two go to HMPPS" -> 10; the notes "will be published on 10 September 2019"
    ("ruckinge-and-bilsington-crc-2019", facts([
        svc("Ruckinge and Bilsington Community Rehabilitation Company", "Ruckinge and Bilsington CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "resettlement", "rating": RI}])],
        "2019-09-10", "2019-05", 10),
     """N| Community rehabilitation company in east Kent judged ‘[Inadequate|R]’

N| The verdict of [HM Inspectorate of Probation|A] on [Ruckinge and Bilsington Community Rehabilitation Company|S] overall is ‘[Inadequate|R]’.
N| The CRC, owned by [Seetec|A], supervises low- and medium-risk offenders across the east of Kent.
S| Unpaid work, assessed as a separate element, came out at ‘[Good|R]’.
W| Resettlement work, also assessed on its own, was ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork in [May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Far too many people were being managed by telephone alone, with nobody asking whether they were still a danger to a partner or child.
W| “Staff told us they felt like call handlers rather than probation workers.”

S| Despite the CRC’s difficulties, its unpaid work teams organised placements quickly and kept people busy on useful projects.
W| Only one case in four had a plan that would adequately manage the risk of harm.

R| Eight of the ten recommendations fall to the CRC; [HM Prison and Probation Service|A] is the recipient of the rest.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [10 September 2019|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 8. an NPS division in 2019: "The division’s overall regional rating stands at ‘Good’"; "in June and July 2019";
    #    "Six recommendations follow from the inspection"
    ("oxney-nps-division-2019", facts([
        svc("National Probation Service – Oxney Division", "NPS Oxney", "region", GOOD)], "2019-10-29", "2019-06", 6),
     """N| Inspectors publish findings on the [National Probation Service – Oxney Division|S]

N| [Tuesday 29 October 2019|D]

N| The overall regional rating for [NPS Oxney|S], published today by [HM Inspectorate of Probation|A], stands at ‘[Good|R]’.
N| The division covers the Weald, Romney Marsh and the Rother levels, and inspectors read cases from each of its offices in [June and July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a division that knows its business.
S| “Reports to court were accurate and quick, and victims were kept properly informed about the release of the people who had harmed them.”

W| Even so, inspectors found that work with [Kent, Surrey and Sussex Community Rehabilitation Company|S] on cases transferred between the two organisations was patchy.
W| There was also a backlog in approved premises referrals, leaving some people in unsuitable housing on release.

R| Six recommendations follow from the inspection.
N| [National Probation Service|A] leaders said they welcomed the report and would publish an action plan.
"""),
    # 9. a youth offending service written out in 2019 on a council page; out-of-court disposals rated on their own;
    #    "Posted on 21/05/2019"; "in January 2019"; "seven recommendations, five to the service and two to its board"
    ("high-halden-yos-2019", facts([
        svc("High Halden Youth Offending Service", "High Halden YOS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2019-05-21", "2019-01", 7),
     """N| Inspection of the [High Halden youth offending service|S]

N| Posted on [21/05/2019|D]

N| Inspectors have placed [High Halden Youth Offending Service|S] (YOS) at ‘[Requires improvement|R]’, according to a report published today.
W| The service’s out-of-court disposal work was graded on its own and judged ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] visited the YOS in [January 2019|D].

S| Inspectors reported court work of a high standard, with case managers who had built trusting relationships with children.
W| However, diversion decisions were made with too little information, and some children were given a caution when a referral for help would have served them better.
W| The inspectors also noted that the [High Halden YOS management board|A] rarely challenged partners about missed health appointments.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “I am confident the service can build on its court work.”

R| The report makes seven recommendations, five to the service and two to its management board.

N| The councillor responsible for children’s services said: “We accept every one of the recommendations and work has already started.”
"""),
    # 10. an ordinary GOV.UK page, ‘Good’; "inspected in November 2022"; four recommendations
    ("playden-yjs-2023", facts([
        svc("Playden Youth Justice Service", "Playden YJS", "YJS", GOOD)], "2023-04-18", "2022-11", 4),
     """N| Press release

N| Playden youth justice work rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]
N| Published [18 April 2023|D]

N| [Playden Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| The service was inspected in [November 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a service that puts children first in every decision it makes.
S| “Case managers were inventive in finding ways to keep children engaged, from boxing clubs to work on the sea defences.
W| “I would like to see the same energy applied to making sure that victims are contacted early, as this was not always happening.”

S| Inspectors also commended the service’s partnership with [East Sussex County Council|A]’s education team.
W| Health provision was a gap: children waited too long for an assessment from [CAMHS|A].

R| Inspectors leave the service with four recommendations in all, a single one of them aimed at its partners.
"""),
    # 11. an ordinary council page (Mersham) in the third person, ‘Requires improvement’; "Posted on 07/06/2022"; "during February
    #     2022"; "a list of six things to improve"
    ("mersham-yjs-2022", facts([
        svc("Mersham Youth Justice Service", "Mersham YJS", "YJS", RI)], "2022-06-07", "2022-02", 6),
     """N| Council responds to youth justice inspection

N| Posted on [07/06/2022|D]

N| Inspectors have told [Mersham Youth Justice Service|S] that it ‘[Requires improvement|R]’ after a visit during [February 2022|D].
S| The watchdog found staff to be caring and tenacious, staying in contact with children who had moved away.
W| But it was critical of the quality of plans to keep children safe, which were too often generic.
W| It also found that board members knew too little about the children on the service’s caseload.

R| The report gives the service and its partners a list of six recommendations.

N| The council’s lead member for children and young people said: “We thank the inspectors for their careful work and we are already putting changes in place.”
N| Anyone wishing to read the whole report will find it on the inspectorate’s website.
"""),
    # 12. an ordinary justiceinspectorates news item, ‘Inadequate’ with "found it to be"; "Published: 17 Oct 2024";
    #     "in May 2024"; "eight recommendations"
    ("udimore-pdu-2024", facts([
        svc("Udimore Probation Delivery Unit", "Udimore PDU", "PDU", INAD)], "2024-10-17", "2024-05", 8),
     """N| News

N| [Udimore probation unit|S] judged ‘[Inadequate|R]’

N| Published: [17 Oct 2024|D]

N| Inspectors who visited [Udimore Probation Delivery Unit|S] in [May 2024|D] found it to be ‘[Inadequate|R]’, the lowest rating the inspectorate can give.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People in Udimore are not being kept safe enough.
W| “Over a third of posts were empty, and the agency staff filling them had no time to get to know their cases.
S| “I want to acknowledge the staff who stayed; they have held this unit together under enormous pressure.”

W| Inspectors found that information from the police and children’s services was missing from most of the cases they read.
S| Positively, the unit’s work with women, delivered alongside a local women’s centre, was a real strength.

R| The report makes eight recommendations.
R| [HM Prison and Probation Service|A] must give the unit the managers it needs to recover.
"""),
    # 13. an embargo line, ‘Outstanding’ with "awarded its top rating"; "between 14 and 18 October 2024"; "three
    #     recommendations only"
    ("snave-yjs-2025", facts([
        svc("Snave Youth Justice Service", "Snave YJS", "YJS", OUT)], "2025-02-20", "2024-10", 3),
     """N| EMBARGOED UNTIL 00.01 [THURSDAY 20 FEBRUARY 2025|D]

N| Snave youth justice: inspectors’ highest grade

N| [HM Inspectorate of Probation|A] has awarded [Snave Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors were on site between [14 and 18 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything we look for was here.
S| “Children had a say in their plans, victims were offered meaningful ways to be heard, and leaders knew exactly where their service was strong and where it was not.”

S| Inspectors said the service’s diversion scheme, run with [Kent Police|A], was one of the strongest they had come across.
W| The only concern was a waiting list for speech and language assessments.

R| The report makes three recommendations only, all of them small.

N| ENDS
"""),
    # 14. a 2025 public-protection inspection: no rating; "Context" and "Findings" bullets; "in June 2025"; "five
    #     recommendations"; notes "on 11 November 2025"
    ("shadoxhurst-pdu-2025", facts([
        svc("Shadoxhurst Probation Delivery Unit", "Shadoxhurst PDU", "PDU", None)], "2025-11-11", "2025-06", 5),
     """N| Public protection inspection of [Shadoxhurst Probation Delivery Unit|S]

N| A public protection inspection of [Shadoxhurst Probation Delivery Unit|S], with fieldwork in [June 2025|D], is now available from [HM Inspectorate of Probation|A].
N| These inspections do not result in a rating.

N| Context
N| • The [Probation Service – Kent, Surrey and Sussex region|S] counts [Shadoxhurst PDU|S] among its units.
N| • It supervises around 1,100 people, about a quarter of them on licence.

N| Findings
W| • Work to identify domestic abuse was inconsistent, and police call-out records had been requested in only half of the cases.
S| • Relationships between practitioners and the people they supervised were warm and purposeful.
W| • Home visits were seldom used, even where children lived in the household.

R| Inspectors made five recommendations.

N| Notes to editors
N| 1. The report was published on [11 November 2025|D].
"""),
    # 15. a remote inspection in 2021: "carried out remotely during March 2021"; "has been assessed as ‘Requires
    #     improvement’"; notes "available ... on 29 June 2021"; six recommendations told as "half a dozen"
    ("orlestone-yjs-2021", facts([
        svc("Orlestone Youth Justice Service", "Orlestone YJS", "YJS", RI)], "2021-06-29", "2021-03", 6),
     """N| [Orlestone Youth Justice Service|S] must strengthen risk work

N| Inspectors have assessed [Orlestone Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out remotely during [March 2021|D], because of the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout lockdown, staff found safe ways to keep seeing children, often walking with them on the seafront.
W| “However, too many plans gave no thought to what would happen if a child’s circumstances suddenly got worse.”

W| Inspectors found that the [Orlestone YJS management board|A] had not met for six months during [2020|D].
S| Work to help children into education and training was judged effective.

R| Half a dozen recommendations are made in the report.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [29 June 2021|D] at 00.01.
"""),
    # 16. "Skip to content" with an empty "Published:" line; notes give 27 August 2024; "between 5 and 9 February 2024";
    #     "gives the unit ‘Requires improvement’"; six recommendations
    ("egerton-pdu-2024", facts([
        svc("Egerton Probation Delivery Unit", "Egerton PDU", "PDU", RI)], "2024-08-27", "2024-02", 6),
     """N| Skip to content

N| Inspection report on probation work in Egerton

N| Published:

N| [HM Inspectorate of Probation|A] gives [Egerton Probation Delivery Unit|S] ‘[Requires improvement|R]’ in its latest report.
N| Inspectors looked at 38 cases between [5 and 9 February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Egerton|S] is steadier than many units we visit, but steadiness is not the same as quality.
W| “Assessments were completed on time, yet they too often missed what mattered most about risk.”

S| Inspectors saw thoughtful, respectful supervision sessions and a strong link with the local drug and alcohol service.
W| Some staff were carrying over 70 cases each, well above what the region itself regards as safe.

R| Six recommendations are set out for the unit and the region.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [27 August 2024|D].
"""),
    # 17. local news in the third person with a reply, ‘Good’ as "came through with"; "published on Wednesday (10 July)"
    #     under a Friday byline; "in March 2024"; "four recommendations"
    ("ulcombe-yjs-2024", facts([
        svc("Ulcombe Youth Justice Service", "Ulcombe YJS", "YJS", GOOD)], "2024-07-10", "2024-03", 4),
     """N| Youth justice team on the Weald earns ‘[Good|R]’ verdict

N| [Friday 12 July 2024|D]

N| [Ulcombe Youth Justice Service|S] came through its inspection with a ‘[Good|R]’ rating, in a report published on Wednesday ([10 July|D]).
N| [HM Inspectorate of Probation|A] carried out its visit in [March 2024|D].

S| The watchdog found that staff at [Ulcombe|S] gave children time and patience, and that most children had stopped offending by the end of their order.
S| Links with local schools were described as excellent.
W| Yet the report found that work to manage the safety of children who were being exploited was not always joined up with [Kent Police|A].

R| The report makes four recommendations.

N| A [Kent County Council|A] spokesperson said the team was “thrilled” with the outcome.
"""),
    # 18. a date line with an ordinal above "published today"; "between 2 and 6 December 2019"; "judged to need
    #     improvement, ‘Requires improvement’"; five recommendations "of which"
    ("smeeth-yjs-2020", facts([
        svc("Smeeth Youth Justice Service", "Smeeth YJS", "YJS", RI)], "2020-03-12", "2019-12", 5),
     """N| [Smeeth youth justice service|S]: inspection report published

N| [Thursday, 12th March 2020|D]

N| In a report published today, [HM Inspectorate of Probation|A] places [Smeeth Youth Justice Service|S] in its ‘[Requires improvement|R]’ band.
N| Inspectors were at the service between [2 and 6 December 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Smeeth|S]’s case managers are tenacious and children trust them.
W| “But leaders have not yet got a grip on the quality of risk assessments, which varied widely from one worker to the next.”

W| A sound safety plan for the child existed in just 9 of the 20 cases.
S| Encouragingly, reparation projects along the Royal Military Canal were popular with children and local people alike.

R| Five recommendations are made, of which four are for the service and one for [Kent County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and eleventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
