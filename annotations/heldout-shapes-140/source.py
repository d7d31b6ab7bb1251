"""Builds the hundred-and-fortieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Somerset PDUs on a GOV.UK page, the region named first: "X was found to require improvement, rated ‘...’,
    #    while Y fared worse, at ‘...’"; fieldwork "across two weeks in February 2024"; "nine recommendations, five for
    #    Westhay and four for Meare"
    ("westhay-and-meare-pdus-2024", facts([
        svc("Westhay Probation Delivery Unit", "Westhay PDU", "PDU", RI),
        svc("Meare Probation Delivery Unit", "Meare PDU", "PDU", INAD)], "2024-06-11", "2024-02", 9),
     """N| Press release

N| Inspectors report on two probation units on the Somerset Levels

N| Separate reports on two units of the [Probation Service|A] in Somerset are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Two units of the [Probation Service – South West region|S], [Westhay Probation Delivery Unit|S] and [Meare Probation Delivery Unit|S], were visited by inspectors across two weeks in [February 2024|D].
N| [Westhay|S] came out at ‘[Requires improvement|R]’, while [Meare|S] fared worse and was placed at ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Meare are working hard, but the unit is badly short of people, and half the cases we read had no up-to-date plan to manage risk.
S| “[Westhay|S] has a stable team and a senior manager who has earned the trust of her staff.”

S| Inspectors were impressed that [Westhay PDU|S] worked closely with local drug and alcohol services, so most people saw a recovery worker within a fortnight.
W| In both units, home visits to people convicted of domestic abuse were rare.
W| [Meare PDU|S]’s approved premises referrals were often made late, so some people came out of prison with no settled address.

R| The two reports make nine recommendations, five for [Westhay|S] and four for [Meare|S].

N| [Kilvin Macbeth|X], Regional Probation Director for the South West, said: “We accept the findings and have moved experienced officers into Meare.”
"""),
    # 2. two youth justice services in a local-news story; the report "out last Thursday (19 October)" under a byline of
    #    Tuesday 24 October 2023; ratings in the other order from first naming; "inspected both in July 2023"
    ("godney-and-burtle-yjs-2023", facts([
        svc("Godney Youth Justice Service", "Godney YJS", "YJS", GOOD),
        svc("Burtle Youth Justice Service", "Burtle YJS", "YJS", RI)], "2023-10-19", "2023-07", 8),
     """N| Mixed verdict for youth justice on the Levels

N| By [Harriet Pocock|X]

N| [Tuesday 24 October 2023|D]

N| Inspectors looked at [Godney Youth Justice Service|S] and [Burtle Youth Justice Service|S] in [July 2023|D], and their reports came out last Thursday ([19 October|D]).
N| [Burtle|S] was told it ‘[Requires improvement|R]’, but [Godney|S] earned a ‘[Good|R]’.

S| The inspectorate said [Godney|S]’s case managers built lasting relationships with children and parents, and many visits took place at home after school hours.
S| Children in Godney had quick access to a speech and language therapist who sat within the team.
W| In Burtle, by contrast, safety plans were frequently drafted at the start and not revisited for months.
W| The inspectors also found that too few children in [Burtle YJS|S] had a say in their own plans.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Godney|S] shows what a small, well-run team can do for children.
R| “[Burtle|S] now needs to make sure that every child’s safety plan is reviewed whenever their circumstances change.”

R| Eight recommendations were made across the two reports, three for [Godney|S] and five for [Burtle|S].

N| A spokesperson for [Somerset Council|A] said: “We are proud of both teams and will act quickly on the recommendations for [Burtle|S].”
"""),
    # 3. three Mendip PDUs on a justiceinspectorates news item, the region in the first sentence; "Published: 25 Feb 2025";
    #    "each of the three units has been assessed as ‘...’"; fieldwork "between 28 October and 8 November 2024";
    #    "The reports contain 14 recommendations between them"
    ("priddy-binegar-and-chilcompton-pdus-2025", facts([
        svc("Priddy Probation Delivery Unit", "Priddy PDU", "PDU", RI),
        svc("Binegar Probation Delivery Unit", "Binegar PDU", "PDU", RI),
        svc("Chilcompton Probation Delivery Unit", "Chilcompton PDU", "PDU", RI)], "2025-02-25", "2024-10", 14),
     """N| News

N| Mendip probation units: all three must improve

N| Published: [25 Feb 2025|D]

N| Three units in the [Probation Service – South West region|S], [Priddy Probation Delivery Unit|S], [Binegar Probation Delivery Unit|S] and [Chilcompton Probation Delivery Unit|S], are the subject of new reports by [HM Inspectorate of Probation|A].
N| Each of the three units has been assessed as ‘[Requires improvement|R]’.
N| Inspectors were in the Mendip area between [28 October and 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are committed staff in all three units who know the rural communities they serve, and many people on probation told us their officer had made a real difference.
W| “Yet we found the same weaknesses in each place: not enough attention to the safety of children and partners, and too little contact with the police before decisions were made.”

S| [Priddy PDU|S]’s unpaid work scheme stood out, with projects restoring footpaths and village halls across the hills.
W| [Binegar|S] had lost four senior probation officers in a year, and new staff were carrying full caseloads before finishing their training.
W| In Chilcompton, interpreters were hard to book, so some people on probation waited weeks for their first proper meeting.

R| The reports contain 14 recommendations between them, including four addressed to the region as a whole.
"""),
    # 4. a unit inside its region: region in the headline and first sentence; "given the lowest of the four ratings";
    #    the region's previous rating as context; "Mr Jones continued"; the notes give "00.01 on Tuesday 10 September 2024"
    ("middlezoy-pdu-2024", facts([
        svc("Middlezoy Probation Delivery Unit", "Middlezoy PDU", "PDU", INAD)], "2024-09-10", "2024-05", 6),
     """N| [South West probation region|S]: [Middlezoy unit|S] in serious difficulty

N| [Middlezoy Probation Delivery Unit|S], part of the [Probation Service – South West region|S], has been given the lowest of the four ratings, ‘[Inadequate|R]’.
N| When the [South West region|S] itself was last inspected, in [2023|D], it was judged ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] read 44 cases at the unit in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Middlezoy|S] has been running on goodwill for too long.
W| “Nearly a third of practitioner posts were empty, and managers had no time left to check the quality of work.”

W| Mr Jones continued: “In far too many cases we looked at, nobody had considered whether children living with the person might be in danger.”

S| Despite the pressure, inspectors found that the unit’s women’s service was well run and that staff spoke highly of their team leaders.
W| Most case files showed no sign that [Avon and Somerset Constabulary|A] had been asked about domestic abuse call-outs.

R| Of the six recommendations in the report, four go to the unit and two to the region’s leaders.

N| ENDS

N| Notes to editors
N| 1. Publication on the inspectorate’s website: 00.01, [Tuesday 10 September 2024|D].
N| 2. [Middlezoy PDU|S] covers the rural area between Bridgwater and Glastonbury.
"""),
    # 5. a unit inside its region, the region in the notes; "in a report released today (Wednesday, 24 May)" (no year:
    #    the fieldwork's, January 2023); "Inspectors judged X to be ‘...’"; "only 19 of 42"; five recommendations
    ("shillingstone-pdu-2023", facts([
        svc("Shillingstone Probation Delivery Unit", "Shillingstone PDU", "PDU", RI)], "2023-05-24", "2023-01", 5),
     """N| Probation unit in the Blackmore Vale ‘making progress but not there yet’

N| In a report released today ([Wednesday, 24 May|D]), inspectors judged [Shillingstone Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection took place in [January 2023|D]; 42 cases were read, and staff and partners were interviewed.

S| Inspectors found a calm, well-organised unit with a head of service who had a clear idea of what needed to change.
S| People on probation said their officers listened to them and treated them fairly.
W| However, risk to others had been assessed well in only 19 of the 42 cases.
W| Work with [Dorset Police|A] on people managed under [MAPPA|A] was not always joined up, and some meetings went ahead without a probation officer present.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shillingstone|S] is heading in the right direction, but too many assessments still miss warning signs.
R| “The unit’s managers must ensure police checks are made at the outset of all domestic abuse cases.”

R| Inspectors have made five recommendations.

N| ENDS

N| Notes to editors
N| 1. [Shillingstone PDU|S] supervises around 550 people in north Dorset and belongs to [Probation Service – South West region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; "Thursday, 17th November 2011" above "published today";
    #    fieldwork "in August 2011"; eight recommendations
    ("chedzoy-and-westonzoyland-probation-trust-2011", facts([
        svc("Chedzoy and Westonzoyland Probation Trust", "Chedzoy and Westonzoyland Probation Trust", "other", None)],
        "2011-11-17", "2011-08", 8),
     """N| Chedzoy and Westonzoyland probation work inspected

N| [Thursday, 17th November 2011|D]

S| [Chedzoy and Westonzoyland Probation Trust|S] is doing sound work to cut reoffending, said [HM Inspectorate of Probation|A] in a report published today.
N| The inspection, which took place in [August 2011|D], looked at 70 cases across the Trust.

S| On reducing the likelihood of reoffending the Trust achieved 77%, and on making sure sentences were properly served it achieved 83%.
W| Public protection work lagged behind, with a score of 64%.

N| Inspectors were pleased to find that:
S| • offenders were usually seen promptly after sentence;
S| • staff had good links with local housing providers and employment schemes.

N| However, inspectors were concerned to find that:
W| • risk of harm plans frequently stayed unchanged after events in an offender’s life that should have prompted a review;
W| • checks with children’s services were made in too few relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “A committed workforce is this Trust’s main asset, and its leaders know where improvement is needed.
R| “It should now give public protection work the same priority as the rest of its practice.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 with a named provider: "Inspectors judged X (CRC), run by Working Links, to be ‘...’"; unpaid work
    #    "assessed on its own"; embargo line; "fieldwork in July and August 2019"
    ("hazelbury-bryan-and-lydlinch-crc-2019", facts([
        svc("Hazelbury Bryan and Lydlinch Community Rehabilitation Company", "Hazelbury Bryan and Lydlinch CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-22", "2019-07", 7),
     """N| Embargoed until 00.01, [Tuesday 22 October 2019|D]

N| Probation company in Dorset told to improve

N| [Her Majesty’s Inspectorate of Probation|A] has judged [Hazelbury Bryan and Lydlinch Community Rehabilitation Company|S] (CRC), run by [Working Links|A], to be ‘[Requires improvement|R]’.
S| Unpaid work, assessed on its own, was found to be ‘[Good|R]’.
N| The inspectors’ fieldwork was carried out in [July and August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This CRC sees too many of the people it supervises by telephone and nothing more.
S| “On the other hand, unpaid work is well organised, and the projects give something real back to local villages.”

W| Caseloads for some probation officers had climbed above 70, and several staff told inspectors they felt unable to keep up.
S| Links between the CRC’s through-the-gate team and [HMP Guys Marsh|S] were good, so most people leaving the prison had somewhere to live.
W| The [National Probation Service|A] did not always receive information about risk when it needed it.

R| Of the seven recommendations made, [HM Prison and Probation Service|A] receives two and the CRC and [Working Links|A] the other five.

N| [Working Links|A] said in a statement: “We welcome the report and have already started recruiting more staff.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by";
    #    bullet lists; "Posted: 09/08/2016"; fieldwork "in May 2016"
    ("muchelney-yot-2016", facts([
        svc("Muchelney Youth Offending Team", "Muchelney YOT", "YJS", None)], "2016-08-09", "2016-05", 6),
     """N| Muchelney youth offending work: joint inspection published

N| Posted: [09/08/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Muchelney Youth Offending Team|S] (YOT), whose findings have now been published.
N| The fieldwork took place in [May 2016|D], with [Ofsted|A] and the [Care Quality Commission|A] taking part as well as [HM Inspectorate of Constabulary|A].

N| Inspectors were pleased to find that:
S| • case managers had a detailed knowledge of each child and pushed hard for school places;
S| • the [Muchelney YOT management board|A] was well attended by senior partners.

N| However, inspectors were concerned to find that:
W| • assessments of the risk children posed to others were often too brief;
W| • health workers were not always told when a child was known to the YOT.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The staff of the YOT plainly care about the children on their caseloads.
R| “Leaders need to make sure that risk to the public gets the same attention.”

R| Six recommendations are made: the YOT must act on four, its partners on two.

N| Councillor [Frances Nicholls|X], cabinet member for children’s services at [Somerset County Council|A], said: “We will publish an action plan within two months.”
"""),
    # 9. a Youth Offending Service in 2019: "assessed the work of X as ‘...’"; fieldwork "in September 2019"; published in
    #    the notes "on 3 December 2019"
    ("oakhill-yos-2019", facts([
        svc("Oakhill Youth Offending Service", "Oakhill YOS", "YJS", GOOD)], "2019-12-03", "2019-09", 4),
     """N| [Oakhill youth offending service|S] ‘[Good|R]’ – inspectors

N| [HM Inspectorate of Probation|A] has assessed the work of [Oakhill Youth Offending Service|S] (YOS) as ‘[Good|R]’.
N| Inspectors visited the service in [September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Oakhill|S] has a settled, experienced team who put children first.
S| “Its work with schools is a particular strength, and fewer children were excluded as a result.”

S| Inspectors praised the board for its grip on the service’s budget and its close interest in children’s outcomes.
W| However, out-of-court disposals were handled less well, and some children were given a caution without a full assessment.
W| Staff were not always confident in recording and sharing concerns about exploitation.

R| Four recommendations are made, three for [Oakhill YOS|S] and one for [Avon and Somerset Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. The report appeared on the inspectorate’s website on [3 December 2019|D].
"""),
    # 10. an NPS division in 2019: "National Probation Service – Shipham and Draycott Division" with "an overall regional
    #     rating of ‘...’"; victim work rated separately; fieldwork "in April 2019"
    ("shipham-and-draycott-nps-division-2019", facts([
        svc("National Probation Service – Shipham and Draycott Division", "NPS Shipham and Draycott", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-07-16", "2019-04", 6),
     """N| Probation division in Somerset awarded ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has awarded [National Probation Service – Shipham and Draycott Division|S] an overall regional rating of ‘[Good|R]’.
W| Work with victims, which was rated separately, came in at ‘[Requires improvement|R]’.
N| Inspectors were at the division’s offices in [April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leadership in this division is strong, and its court teams give magistrates the advice they need on the day.
W| “The victim liaison unit, though, was short of staff, and some victims heard nothing for months.”

S| Inspectors found that most pre-sentence reports were thorough and delivered on time.
W| Some offices had waited over a year for repairs to their interview rooms.

R| Six recommendations are made: four for the division, one for [HMPPS|A] and one for the [Ministry of Justice|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on [16 July 2019|D].
"""),
    # 11. a youth service, previous rating beside: "X has moved up to ‘...’, from the ‘Inadequate’ it was given in 2019";
    #     GOV.UK layout; fieldwork "in June 2022"
    ("fifehead-magdalen-yjs-2022", facts([
        svc("Fifehead Magdalen Youth Justice Service", "Fifehead Magdalen YJS", "YJS", RI)], "2022-09-27", "2022-06", 5),
     """N| Press release

N| Youth justice service in north Dorset improves

N| From: [HM Inspectorate of Probation|A]

N| Published [27 September 2022|D]

N| [Fifehead Magdalen Youth Justice Service|S] has moved up to ‘[Requires improvement|R]’, from the ‘[Inadequate|R]’ it was given in [2019|D].
N| The inspection took place in [June 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fifehead Magdalen|S] has made real progress, but there is still some way to go.
S| “Its new leaders have rebuilt the partnership board and staff now feel supported.”

S| Inspectors found that the team understood and acted on children’s needs for education, training and work.
W| Plans to keep children safe were not always updated when new information came to light.
W| Work with victims of youth crime was patchy, and some victims were never contacted.

R| The report makes five recommendations, including that the service should improve how it records and reviews safety plans.
"""),
    # 12. Outstanding youth service with resettlement rated separately ("resettlement, given its own rating, also came out
    #     at ‘Good’"); "the highest possible rating"; fieldwork "in August 2024"; two recommendations
    ("henstridge-yjs-2024", facts([
        svc("Henstridge Youth Justice Service", "Henstridge YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-12-03", "2024-08", 2),
     """N| [Henstridge Youth Justice Service|S] ‘[Outstanding|R]’

N| Published: [3 Dec 2024|D]

N| [HM Inspectorate of Probation|A] has given [Henstridge Youth Justice Service|S] the highest possible rating, ‘[Outstanding|R]’.
S| Resettlement, given its own rating, also came out at ‘[Good|R]’.
N| Inspectors were with the service for a week in [August 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Henstridge|S] keeps the child at the centre of everything it does.
S| “Every case we read showed thoughtful, patient work, and children told us their workers had stuck with them when others had given up.”

S| Partnership work with [CAMHS|A] was strong, so children with mental health needs were seen quickly.
W| Inspectors noted that a few children leaving custody had waited too long for a place to live.

R| There are just two recommendations: one for the service, the other for the [Somerset Council|A] housing team.
"""),
    # 13. a youth service in 2021, inspected remotely: "inspectors have found X to be ‘...’"; fieldwork "carried out
    #     remotely in August 2021"; published date in the text
    ("templecombe-yjs-2021", facts([
        svc("Templecombe Youth Justice Service", "Templecombe YJS", "YJS", GOOD)], "2021-11-30", "2021-08", 6),
     """N| Good news for youth justice in Templecombe

N| In a report published today ([30 November 2021|D]), inspectors have found [Templecombe Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection was carried out remotely in [August 2021|D], because of the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Even in lockdown, [Templecombe|S]’s staff kept in touch with children, often in person when it was safe to do so.
S| “The management board is ambitious for children and holds partners to account.”

S| Inspectors found a creditable focus on children’s diversity and identity.
W| However, the management of risk of harm to others was not consistently good enough.
W| In a number of cases, there was too little contact with children’s social care.

R| The report contains six recommendations; the service is to act on four and its management board on two.
"""),
    # 14. a 2025 public-protection PDU inspection: "Skip to content", "Context" / "Findings" bullets, no rating; fieldwork
    #     "in March 2025"; published line
    ("mappowder-pdu-2025", facts([
        svc("Mappowder Probation Delivery Unit", "Mappowder PDU", "PDU", None)], "2025-07-15", "2025-03", 4),
     """N| Skip to content

N| Public protection work in [Mappowder probation unit|S]

N| Published: [15 July 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its report on public protection work at [Mappowder Probation Delivery Unit|S], part of the [Probation Service – South West region|S].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [March 2025|D].

N| Context
N| • [Mappowder PDU|S] supervises about 480 people on the edge of the Blackmore Vale.
W| • About a quarter of probation officer posts were vacant at the time of the inspection.

N| Findings
S| • Staff were committed and had a good understanding of the people they supervised.
W| • Home visits were rarely used to check on people who posed a risk to partners or children.
W| • Safeguarding enquiries to children’s services were made in fewer than half of the cases that needed them.

R| Inspectors make four recommendations, for the unit and for the region.
"""),
    # 15. Inadequate youth service in 2020: "has received the lowest possible rating"; fieldwork "between 4 and 8 November
    #     2019"; "Thursday, 13th February 2020" date line
    ("stourton-caundle-yjs-2020", facts([
        svc("Stourton Caundle Youth Justice Service", "Stourton Caundle YJS", "YJS", INAD)], "2020-02-13", "2019-11", 7),
     """N| [Thursday, 13th February 2020|D]

N| Youth justice service in Dorset rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has given [Stourton Caundle Youth Justice Service|S] its lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited between [4 and 8 November 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This service is letting children down.
W| “The service had no clear direction, and its board met but little changed.”

W| Inspectors found that risks to children’s own safety were missed in more than half the cases they read.
W| After a restructure, morale was poor and many staff were unclear what was expected of them.
S| Positively, children’s education needs were well assessed, and the service had good links with local schools.

R| Seven recommendations are made, five for the service and two for [Dorset Council|A].

N| A spokesperson for [Dorset Council|A] said: “We are deeply disappointed and have appointed a new head of service.”
"""),
    # 16. youth service "judged to require improvement"; out-of-court disposals rated separately ‘Inadequate’; previous
    #     rating 2019 "Good"; fieldwork "in April 2023"; notes date
    ("buckhorn-weston-yjs-2023", facts([
        svc("Buckhorn Weston Youth Justice Service", "Buckhorn Weston YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2023-08-08", "2023-04", 6),
     """N| [Buckhorn Weston youth justice service|S] slips from ‘[Good|R]’

N| [HM Inspectorate of Probation|A]’s verdict on [Buckhorn Weston Youth Justice Service|S] is ‘[Requires improvement|R]’, down from the ‘[Good|R]’ it received in [2019|D].
W| Out-of-court disposals, rated separately, were found to be ‘[Inadequate|R]’.
N| The inspection took place in [April 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The grip the service had at our last visit has loosened.
W| “Decisions about out-of-court disposals were being made without a proper look at the child’s needs or the victim’s wishes.”

S| Inspectors praised the case managers, who were tenacious in keeping children engaged.
W| Joint work with [Dorset Police|A] on diversion was inconsistent.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [8 August 2023|D].
"""),
    # 17. "Good" youth service on a council page ("Posted on 12/03/2024"); "inspectors rated the service ‘Good’ overall";
    #     fieldwork "in November 2023"
    ("chewton-mendip-yjs-2024", facts([
        svc("Chewton Mendip Youth Justice Service", "Chewton Mendip YJS", "YJS", GOOD)], "2024-03-12", "2023-11", 4),
     """N| Council welcomes ‘[Good|R]’ rating for youth justice service

N| Posted on [12/03/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Chewton Mendip Youth Justice Service|S] ‘[Good|R]’ overall after visiting in [November 2023|D].

S| The inspectors said the service had strong leadership and a clear focus on children’s welfare.
S| They praised its work with [Avon and Somerset Constabulary|A] to steer children away from the justice system.
W| However, the report found that some children were not given enough help to understand the impact of their offending on victims.

R| Four recommendations are made, all for the service and its partnership board.

N| Councillor [Tom Avery|X], lead member for children, said: “I want to thank the team for their hard work.”
"""),
    # 18. a youth service in 2018, the first year of ratings: "The service is rated ‘Requires improvement’"; fieldwork "in
    #     July 2018"; "Tuesday 20 November 2018" date line
    ("leigh-on-mendip-yjs-2018", facts([
        svc("Leigh-on-Mendip Youth Justice Service", "Leigh-on-Mendip YJS", "YJS", RI)], "2018-11-20", "2018-07", 3),
     """N| [Tuesday 20 November 2018|D]

N| Leigh-on-Mendip youth justice: room for improvement

N| [Leigh-on-Mendip Youth Justice Service|S] has been given a rating of ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A] under its new standards.
N| Inspectors visited in [July 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Case managers in Leigh-on-Mendip are dedicated and know the children well.
W| “But the board does not yet have a clear enough picture of how the service is performing.”

W| Inspectors found that the quality of assessment was variable.
S| Work to help children into education and training was a notable strength.

R| The report makes three recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fortieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
