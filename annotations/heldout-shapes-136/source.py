"""Builds the 136th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Wiltshire PDUs in one GOV.UK release, the region first: "Potterne and Rowde were both found to require
    #    improvement ... Chirton was given the lowest rating, ‘Inadequate’"; fieldwork "across January and February 2024"
    ("potterne-rowde-and-chirton-pdus-2024", facts([
        svc("Potterne Probation Delivery Unit", "Potterne PDU", "PDU", RI),
        svc("Rowde Probation Delivery Unit", "Rowde PDU", "PDU", RI),
        svc("Chirton Probation Delivery Unit", "Chirton PDU", "PDU", INAD)], "2024-05-21", "2024-01", 14),
     """N| Press release

N| Inspectors report on three probation units in Wiltshire

N| Reports on three delivery units in the Vale of Pewsey area are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| Three units of the [Probation Service – South West region|S] were inspected together: [Potterne Probation Delivery Unit|S], [Rowde Probation Delivery Unit|S] and [Chirton Probation Delivery Unit|S].
N| [Potterne|S] and [Rowde|S] were both found to be ‘[Requires improvement|R]’, while [Chirton|S] was given the lowest rating, ‘[Inadequate|R]’.
N| Inspection fieldwork ran across [January and February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chirton|S] was trying to supervise people across a large rural patch with barely half the probation officers it needs.
W| “Home visits had almost stopped, and in too many cases no one had asked children’s services whether the family was known to them.
S| “[Potterne|S] and [Rowde|S] have steadier teams, and their work with [Wiltshire Police|A] on domestic abuse call-outs was well organised.”

S| Inspectors were impressed by [Rowde PDU|S]’s unpaid work team, which had found placements close to villages with no bus service.
W| Across all three units, plans to manage the risk a person posed were reviewed too rarely after something changed in their life.

R| The three reports make 14 recommendations between them, including six for [Chirton PDU|S].

N| The Regional Probation Director for the South West said: “Extra staff are already being moved to Chirton.”
"""),
    # 2. two Berkshire youth services in a local-news story, named Cold Ash first, rated in the other order; "on
    #    Thursday (16 March)" under a byline of Saturday 18 March 2023; "awarded Beenham its top grade"
    ("cold-ash-and-beenham-yjs-2023", facts([
        svc("Cold Ash Youth Justice Service", "Cold Ash YJS", "YJS", GOOD),
        svc("Beenham Youth Justice Service", "Beenham YJS", "YJS", OUT)], "2023-03-16", "2022-12", 6),
     """N| Two youth justice teams in West Berkshire earn high marks from inspectors

N| By [Tom Ashdown|X]

N| [Saturday 18 March 2023|D]

N| Inspectors’ reports into [Cold Ash Youth Justice Service|S] and [Beenham Youth Justice Service|S] came out on Thursday ([16 March|D]), after visits made in [December 2022|D].
N| The inspectorate awarded [Beenham|S] its top grade of ‘[Outstanding|R]’, with [Cold Ash|S] rated one level lower at ‘[Good|R]’.

S| According to the reports, [Beenham|S]’s staff had known many of the children and their parents for years, and used that trust well.
S| [Cold Ash|S] was praised for getting children back into school or training within weeks of their first appearance in court.
W| However, inspectors found that [Cold Ash YJS|S] did not always think about the victims of the children it worked with.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both of these are services that children and families in West Berkshire can rely on.”

R| The reports set out six recommendations, four for [Cold Ash|S] and two for [Beenham|S].

N| A spokesperson for [West Berkshire Council|A] said the authority was “delighted” with the results.
"""),
    # 3. two north Hampshire PDUs in a justiceinspectorates news item, the region in the first sentence; "Both units
    #    have come out at ‘...’"; fieldwork "from 28 October to 8 November 2024" (across two months)
    ("silchester-and-ecchinswell-pdus-2025", facts([
        svc("Silchester Probation Delivery Unit", "Silchester PDU", "PDU", RI),
        svc("Ecchinswell Probation Delivery Unit", "Ecchinswell PDU", "PDU", RI)], "2025-02-11", "2024-10", 8),
     """N| News

N| Two probation units in north Hampshire must improve, say inspectors

N| Published: [11 Feb 2025|D]

N| [Silchester Probation Delivery Unit|S] and [Ecchinswell Probation Delivery Unit|S], both part of the [Probation Service – South Central region|S], have each been inspected by [HM Inspectorate of Probation|A], and the two reports are published today.
N| Both units have come out at ‘[Requires improvement|R]’.
N| Fieldwork took place between [28 October and 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both units were committed and knew the people they supervised well.
W| “But assessments of the risk of harm were not good enough in more than half of the cases we examined.”

W| At [Silchester PDU|S], sickness absence among managers meant that many practitioners had gone without supervision for several months.
S| [Ecchinswell|S]’s joint management of sex offenders with [Hampshire and Isle of Wight Constabulary|A] was found to be thorough and well recorded.
W| Both units struggled to get people onto accredited programmes, with some waiting most of a year.

R| Eight recommendations are made, four to each unit.
"""),
    # 4. a unit inside its region, the region in the headline ("South West probation region: ..."); "Inspectors have
    #    given X the lowest of their four ratings, ‘...’"; the region's own 2023 rating as context; "Mr Jones went on";
    #    the notes' "will be published at 00.01 on Tuesday 29 October 2024"; fieldwork "In June 2024"
    ("easterton-pdu-2024", facts([
        svc("Easterton Probation Delivery Unit", "Easterton PDU", "PDU", INAD)], "2024-10-29", "2024-06", 7),
     """N| [South West probation region|S]: [Easterton unit|S] rated ‘[Inadequate|R]’

N| Inspectors have given [Easterton Probation Delivery Unit|S], which belongs to the [Probation Service – South West region|S], the lowest of their four ratings, ‘[Inadequate|R]’.
N| When the [South West region|S] itself was inspected in [2023|D], it was rated ‘[Requires improvement|R]’.
N| In [June 2024|D], inspectors examined 52 cases supervised by the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Easterton|S] has been left short of experienced staff for far too long.
W| “Officers only months into the job had been handed some of the hardest cases, with little oversight.”

W| Mr Jones went on: “In most of the cases we read, work to keep children and partners safe was simply not done well enough.”

S| Despite these pressures, inspectors found that the unit’s staff supported each other well and that reception staff knew many people on probation by name.
W| Links with [Wiltshire Council|A]’s children’s services were weak, and requests for safeguarding information often went unanswered.

R| Seven recommendations are made: five for the unit and two for the [Probation Service|A] in the South West.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01 on [Tuesday 29 October 2024|D], on the inspectorate’s website.
N| 2. [Easterton PDU|S] covers part of rural Wiltshire and belongs to the [South West region|S].
"""),
    # 5. a unit inside its region (region in the headline and the notes): "a report published today (Tuesday, 14
    #    November)" with no year (the fieldwork's, June 2023); "inspectors judged X to require improvement, rating it
    #    ‘...’"; lower-case "Woolhampton probation unit" in the headline
    ("woolhampton-pdu-2023", facts([
        svc("Woolhampton Probation Delivery Unit", "Woolhampton PDU", "PDU", RI)], "2023-11-14", "2023-06", 4),
     """N| [South Central region|S]: [Woolhampton probation unit|S] ‘moving in the right direction’

N| In a report published today ([Tuesday, 14 November|D]), inspectors judged [Woolhampton Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection took place in [June 2023|D], when inspectors read 36 cases and met staff, managers and partner agencies.

S| Inspectors found a new leadership team that had a realistic grasp of what needed to change.
S| People on probation told inspectors that they felt listened to and respected by their officers.
W| However, only 15 of the 36 cases showed enough attention to the safety of children in the home.
W| Checks with [Thames Valley Police|A] about domestic abuse were sometimes missed at the start of an order.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit has a lot to build on.
R| “Leaders at [Woolhampton|S] now need to make sure that safeguarding checks are completed in every case before the first appointment.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. [Woolhampton PDU|S] is part of the [Probation Service – South Central region|S] and supervises about 550 people.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores per area; "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Thursday 22nd September 2011"; fieldwork "in May 2011"
    ("cherhill-and-yatesbury-probation-trust-2011", facts([
        svc("Cherhill and Yatesbury Probation Trust", "Cherhill and Yatesbury Probation Trust", "other", None)],
        "2011-09-22", "2011-05", 7),
     """N| Inspection of offender management in Cherhill and Yatesbury

N| [Thursday 22nd September 2011|D]

N| [HM Inspectorate of Probation|A] today published its report on offender management by [Cherhill and Yatesbury Probation Trust|S].
N| Inspectors looked at a sample of 54 cases in [May 2011|D].

S| The Trust achieved 78% on reducing the likelihood of reoffending, and 84% on delivering the sentence of the court.
W| Work to protect the public, by contrast, scored 64%, below the average for Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • offenders usually had a first appointment within a week of their sentence;
S| • the Trust worked closely with [Wiltshire Constabulary|A] on offenders who committed the most crime.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were often incomplete or late;
W| • home visits in cases of domestic abuse were rarely carried out.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are clearly motivated and they know their offenders well.
R| “Managers must now give the same attention to protecting the public as they have given to reducing reoffending.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider, embargo line: "judged X to be ‘...’ overall"; Through the Gate "rated
    #    separately, was found to be ‘...’"; fieldwork "in August 2018"; provider's reply
    ("froxfield-and-inkpen-crc-2018", facts([
        svc("Froxfield and Inkpen Community Rehabilitation Company", "Froxfield and Inkpen CRC", "CRC", RI,
            [{"aspect": "Through the Gate", "rating": INAD}])], "2018-12-11", "2018-08", 6),
     """N| Embargoed until 00.01, [Tuesday 11 December 2018|D]

N| Probation company on the Berkshire and Wiltshire border needs to improve, say inspectors

N| [HM Inspectorate of Probation|A] has judged [Froxfield and Inkpen Community Rehabilitation Company|S] (CRC), which is owned by [Working Links|A], to be ‘[Requires improvement|R]’ overall.
W| Its Through the Gate resettlement work, rated separately, was found to be ‘[Inadequate|R]’.
N| Inspectors visited the CRC in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Far too often, people left prison with nowhere to live and no plan beyond their first appointment.
S| “Against that, unpaid work is well run, and placements are meaningful and properly supervised.”

W| Inspectors found that some responsible officers held caseloads of more than 70 and saw people only by telephone.
S| The CRC’s partnership with local drug and alcohol services was a clear strength.

R| Four of the six recommendations are for the CRC and [Working Links|A], and two are directed at [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We accept the findings and have already started to act on them.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: joint inspection led by the
    #    probation inspectorate; "Posted: 03/11/2016"; fieldwork "in July 2016"; bullet lists
    ("burghclere-yot-2016", facts([
        svc("Burghclere Youth Offending Team", "Burghclere YOT", "YJS", None)], "2016-11-03", "2016-07", 5),
     """N| Inspection of youth offending work in Burghclere published

N| Posted: [03/11/2016|D]

N| The inspection of [Burghclere Youth Offending Team|S] (YOT) was a joint one, led by [HM Inspectorate of Probation|A], and its report is now available.
N| Inspectors from [Ofsted|A] joined the visit, made in [July 2016|D], alongside colleagues from [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A].

N| The inspectors said they were pleased to find that:
S| • case managers knew the children well and had a clear understanding of their backgrounds;
S| • work with schools was strong, and most children were in full-time education.

N| However, they were concerned that:
W| • plans to keep other people safe were not always reviewed when circumstances changed;
W| • the management board did not receive enough information to challenge the work of the [Burghclere YOT|S].

R| The inspection made five recommendations.
N| A spokesperson for [Hampshire County Council|A] said: “We welcome the report and an action plan has been agreed with the board.”
"""),
    # 9. an NPS division in 2019, with "an overall regional rating of ‘Good’"; fieldwork "in March and April 2019"
    ("bedwyn-and-burbage-nps-division-2019", facts([
        svc("National Probation Service – Bedwyn and Burbage Division", "NPS Bedwyn and Burbage", "region", GOOD)],
        "2019-07-25", "2019-03", 6),
     """N| Probation division in Wiltshire rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A]’s inspectors have given the [National Probation Service – Bedwyn and Burbage Division|S] an overall regional rating of ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [March and April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division is well led, and its workforce is confident and stable.
S| “Reports to court were of a high standard, and courts were given sound advice on sentencing.”

S| Inspectors praised [NPS Bedwyn and Burbage|S] for its work with [Wiltshire Police|A] and the prison service on people convicted of serious violent and sexual offences.
W| However, not enough attention was paid to the safety of children in some cases, and staff in one office had caseloads that were too high.

R| Of the report’s six recommendations, five are for the division and one is for the [National Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. The report can be read on the inspectorate’s website from [Thursday 25 July 2019|D].
"""),
    # 10. a youth service on a GOV.UK page, with "Skip to content"; resettlement "rated separately as ‘Outstanding’";
    #    fieldwork "Fieldwork for this inspection took place in February 2024"
    ("highclere-yjs-2024", facts([
        svc("Highclere Youth Justice Service", "Highclere YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-06-18", "2024-02", 4),
     """N| Skip to content

N| Press release

N| [Highclere youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| [Highclere Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from [His Majesty’s Inspectorate of Probation|A].
S| Resettlement work, which was rated separately as ‘[Outstanding|R]’, was planned well before children left custody.
N| Fieldwork for this inspection took place in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Highclere|S] has a team that clearly cares about the children it works with, and it shows in the results.
S| “Children told us that staff stuck with them when things went wrong.”

W| Inspectors found, however, that out-of-court work was not as consistent, and some decisions about diversion were made without full information.

R| The report makes four recommendations, three for [Highclere YJS|S] and one for the [Highclere Youth Justice Management Board|A].
"""),
    # 11. a youth service, "has moved up to ‘...’, an improvement on the ‘Inadequate’ it received in 2019"; council page
    #    "Posted on 09/08/2022"; fieldwork "in April 2022"
    ("baughurst-yjs-2022", facts([
        svc("Baughurst Youth Justice Service", "Baughurst YJS", "YJS", RI)], "2022-08-09", "2022-04", 6),
     """N| Youth justice service improves after inspection

N| Posted on [09/08/2022|D]

N| [Baughurst Youth Justice Service|S] has moved up to ‘[Requires improvement|R]’, having been rated ‘[Inadequate|R]’ at its previous inspection in [2019|D].
N| Inspectors from [HM Inspectorate of Probation|A] visited the service in [April 2022|D].

S| The report says that leaders have a better grip on performance and that the management board now challenges the service.
S| Inspectors also found that children’s health needs were identified early, with quick access to [CAMHS|A].
W| But planning to keep children safe was not always good enough, and some plans were copied from one review to the next.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Baughurst|S] has come a long way, but the quality of day-to-day work with children is still too variable.”

R| There are six recommendations: five are for the service, and the sixth is for [Hampshire and Isle of Wight Constabulary|A].

N| Councillor [Helen Marsh|X] said: “Our staff have worked hard for this result and the report reflects that.”
"""),
    # 12. a Youth Offending Service inspected remotely in 2020; "assessed as ‘...’"; "carried out remotely in October
    #    2020"; notes "available from Tuesday 26 January 2021"
    ("enford-yos-2021", facts([
        svc("Enford Youth Offending Service", "Enford YOS", "YJS", RI)], "2021-01-26", "2020-10", 5),
     """N| [Enford Youth Offending Service|S] told to improve

N| [Enford Youth Offending Service|S] (YOS) has been assessed as ‘[Requires improvement|R]’ following an inspection carried out remotely in [October 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff adapted quickly when the pandemic began and kept in touch with children by phone and video.
W| “However, too many assessments did not look properly at the risks children posed to others.”

S| Inspectors praised the [Enford YOS|S] speech and language therapist, whose work helped children understand their court orders.
W| The management board had not met regularly during [2020|D], and its members were unsure of their roles.
W| Disappointingly, the service had barely begun to look at why Black and mixed-heritage children made up so large a share of its caseload.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The full report goes online on [Tuesday 26 January 2021|D].
"""),
    # 13. a youth service in local news, "the highest possible rating"; report "out on Tuesday (15 April)" under a byline
    #    of Wednesday 16 April 2025; fieldwork "in January 2025"
    ("woodborough-yjs-2025", facts([
        svc("Woodborough Youth Justice Service", "Woodborough YJS", "YJS", OUT)], "2025-04-15", "2025-01", 2),
     """N| ‘Exceptional’ youth justice team praised by inspectors

N| By [Sarah Pinnegar|X]

N| [Wednesday 16 April 2025|D]

N| [Woodborough Youth Justice Service|S] has earned ‘[Outstanding|R]’, the highest rating inspectors can give, in an inspection report that came out on Tuesday ([15 April|D]).
N| Inspectors spent a week with the service in [January 2025|D].

S| The watchdog found that children and their families had a real say in every plan.
S| [Woodborough|S]’s staff were described as tenacious, often visiting children at home several times a week when they were at risk.
S| Inspectors also commended the service’s work with victims, who were kept informed throughout.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Woodborough|S] shows what youth justice work of a very high standard looks like, and everyone involved can be rightly proud.”

R| The report makes just two recommendations, both for the service’s partnership board.

N| The leader of [Wiltshire Council|A] said the result was “a tribute to a remarkable team”.
"""),
    # 14. a youth service given the lowest rating in 2021, "has been rated ‘Inadequate’ ... the lowest possible";
    #    fieldwork "between 5 and 9 July 2021"
    ("shrewton-yjs-2021", facts([
        svc("Shrewton Youth Justice Service", "Shrewton YJS", "YJS", INAD)], "2021-09-14", "2021-07", 9),
     """N| [Shrewton youth justice service|S] ‘failing children’, inspectors warn

N| [Shrewton Youth Justice Service|S] has received the lowest possible rating, ‘[Inadequate|R]’, from [HM Inspectorate of Probation|A] in a report published on [14 September 2021|D].
N| Inspectors were on site between [5 and 9 July 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Shrewton have been let down.
W| “We found children at serious risk of exploitation whose cases had not been escalated, and managers who were not aware of them.”

W| In only 9 of the 24 cases inspected was there enough work to keep the child safe.
W| Staff turnover was high, and agency workers were covering a third of case manager posts.
S| Inspectors did find good practice in the service’s work with the local college, which kept places open for children who had missed weeks of learning.

R| The report makes nine recommendations, including three for [Wiltshire Council|A] and one for [Wiltshire Police|A].
R| “I urge the partnership to act quickly on every one of them,” Mr Russell added.
"""),
    # 15. a youth service on a council page, "Published: 12/09/2023"; "inspectors found the service to be ‘...’";
    #    fieldwork "in May 2023"
    ("edington-yjs-2023", facts([
        svc("Edington Youth Justice Service", "Edington YJS", "YJS", GOOD)], "2023-09-12", "2023-05", 4),
     """N| Youth justice service receives ‘[Good|R]’ inspection result

N| Published: [12/09/2023|D]

N| Following their inspection in [May 2023|D], inspectors found [Edington Youth Justice Service|S] to be ‘[Good|R]’.

S| The report highlights the service’s work to keep children in education, including a dedicated education worker based in the team.
S| Inspectors said that partnership working with [Wiltshire Police|A] and health services was strong.
W| Inspectors said, however, that risk assessments were not always updated when children were re-arrested.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Edington|S] know the children well and go the extra mile for them.”

R| Four recommendations have been made, three for the service and one for its management board.

N| The council’s cabinet member for children said: “We are proud of our staff and will act on the recommendations.”
"""),
    # 16. a PDU in a 2025-26 public-protection inspection, no rating, "Skip to content", "Context" and "Findings" bullets
    ("padworth-pdu-2025", facts([
        svc("Padworth Probation Delivery Unit", "Padworth PDU", "PDU", None)], "2025-10-07", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection of [Padworth PDU|S]

N| Published: [7 Oct 2025|D]

N| The findings of [HM Inspectorate of Probation|A]’s public protection inspection of [Padworth Probation Delivery Unit|S], which took place in [June 2025|D], were released today.
N| Inspections in this programme do not give a rating.

N| Context
N| • [Padworth PDU|S] is part of the [Probation Service – South Central region|S] and covers a largely rural area of West Berkshire.
N| • The unit supervises around 480 people, about a third of whom have a history of domestic abuse.

N| Findings
S| • Practitioners made good use of home visits and knew the people they supervised well.
W| • In just over half of the cases, risk of harm assessments did not draw on information from [Thames Valley Police|A].
W| • Managers’ oversight of high-risk cases was not consistent.

R| The report makes five recommendations, all aimed at strengthening public protection work in the unit.
"""),
    # 17. a youth service on a GOV.UK page, "Inspectors’ overall verdict on X is ‘...’"; "came close to being judged
    #    ‘Inadequate’"; notes "on 3 December 2024 at 00.01"; fieldwork "took place in August 2024"
    ("chiseldon-yjs-2024", facts([
        svc("Chiseldon Youth Justice Service", "Chiseldon YJS", "YJS", RI)], "2024-12-03", "2024-08", 7),
     """N| Press release

N| [Chiseldon youth justice service|S] needs to improve

N| From: [HM Inspectorate of Probation|A]

N| Inspectors’ overall verdict on [Chiseldon Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| The inspection took place in [August 2024|D].
W| The service came close to being judged ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chiseldon|S]’s leaders had not noticed how far the quality of work had slipped.
S| “Even so, the case workers we met were dedicated and children spoke warmly about them.”

W| Work to keep children safe from exploitation was insufficient in almost half the cases inspected.
S| Positively, the service’s reparation projects let children repair some of the harm they had caused, for example by restoring footpaths and village halls.

R| The report makes seven recommendations, including one for [Swindon Borough Council|A] and one for [Wiltshire Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website at 00.01 on [3 December 2024|D].
"""),
    # 18. a youth service in 2019 on a justiceinspectorates page, "The inspectorate rated X ‘...’" with the rating after
    #    the name; resettlement not rated; fieldwork "during January 2019"
    ("wanborough-yjs-2019", facts([
        svc("Wanborough Youth Justice Service", "Wanborough YJS", "YJS", RI)], "2019-04-30", "2019-01", 6),
     """N| News

N| Youth justice in Wanborough ‘not yet good enough’

N| Published: [30 Apr 2019|D]

N| [HM Inspectorate of Probation|A] has rated [Wanborough Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service during [January 2019|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This service is full of committed people, and its out-of-court disposal work is some of the best we have seen.
W| “But in court cases, planning was often too generic and did not reflect what each child needed.”

W| Inspectors found that the YJS management board was not holding partners to account, and attendance at meetings was poor.
S| Children had good access to substance misuse support through a worker based in the team.

R| The report makes six recommendations, four for [Wanborough YJS|S] and two for the board.

N| A spokesperson for [Swindon Borough Council|A] said: “We will respond in full to the report.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 136th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
