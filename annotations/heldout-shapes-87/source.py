"""Builds the eighty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Dorset PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X to be ‘...’, while Y
    #    was given the lowest rating on the scale"; fieldwork "took place in March 2024"; seven recommendations
    ("blandford-forum-and-corfe-castle-pdus-2024", facts([
        svc("Blandford Forum Probation Delivery Unit", "Blandford Forum PDU", "PDU", RI),
        svc("Corfe Castle Probation Delivery Unit", "Corfe Castle PDU", "PDU", INAD)], "2024-07-16", "2024-03", 7),
     """N| Press release

N| Two probation units in Dorset told to improve

N| Reports on two probation delivery units in Dorset are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| Within the [Probation Service – South West region|S], two units have now had their reports published by [His Majesty’s Inspectorate of Probation|A]: [Blandford Forum Probation Delivery Unit|S] and [Corfe Castle Probation Delivery Unit|S].
N| Inspectors judged [Blandford Forum PDU|S] to be ‘[Requires improvement|R]’, while [Corfe Castle PDU|S] was given the lowest rating on the scale, ‘[Inadequate|R]’.
N| Fieldwork for both inspections was carried out in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “These neighbouring units are in the same county, yet what happens to someone on probation depends a great deal on which office they report to.
W| “In Corfe Castle, staff had been without a permanent head of unit for over a year, and half of the cases we read showed no home visit where one was needed.
S| “[Blandford Forum|S], by contrast, has a stable team whose managers check the quality of work closely.”

S| Inspectors praised [Blandford Forum|S]’s work with [Dorset Police|A] on domestic abuse, which meant call-out information was checked in almost every case.
W| In both units, too few people had started the accredited programmes the courts had ordered.
W| Sadly, fewer than half of the relevant cases at [Corfe Castle PDU|S] showed any contact with children’s social care.

R| The two reports make seven recommendations: three for each unit and one for the regional leadership team.

N| [Helen Carew|X], Regional Probation Director for the South West, said: “The reports are fair; two senior managers started work in Corfe Castle this month.”
"""),
    # 2. two youth justice services on a council page: "Posted: 14/11/2023"; "X was found to be ‘...’, and Y was
    #    assessed as ‘...’", in the other order from the one the services were first named in; six recommendations
    ("ladock-and-menheniot-yjs-2023", facts([
        svc("Ladock Youth Justice Service", "Ladock YJS", "YJS", RI),
        svc("Menheniot Youth Justice Service", "Menheniot YJS", "YJS", GOOD)], "2023-11-14", "2023-06", 6),
     """N| Inspection reports published for two youth justice services

N| Posted: [14/11/2023|D]

N| Today [HM Inspectorate of Probation|A] released its reports on [Ladock Youth Justice Service|S] and [Menheniot Youth Justice Service|S], following inspections of both in [June 2023|D].
N| [Menheniot|S] was found to be ‘[Good|R]’, and [Ladock|S] was assessed as ‘[Requires improvement|R]’.

S| Inspectors said [Menheniot|S]’s case managers had earned children’s trust and kept parents and carers closely involved.
S| They also found that [Ladock|S]’s work to keep children out of court, run with [Devon and Cornwall Police|A], was well thought through.
W| However, in [Ladock YJS|S], assessments often overlooked the harm a child could cause to other people, and the management board had not tracked whether its plans were working.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Menheniot, children are getting help that is well planned and carefully reviewed.
R| “[Ladock|S]’s leaders should now match that standard in their own work.”

R| Six recommendations were made, three for each service.

N| Councillor [Dawn Trewin|X], [Cornwall Council|A]’s portfolio holder for children and families, said: “Our staff in both teams deserve great credit, and every recommendation will be acted on.”
"""),
    # 3. two Somerset PDUs in a local-news story: the report day "on Tuesday (24 June)" under a byline of Thursday 26 June
    #    2025; "have each been handed the second-lowest of four grades"; fieldwork "between 24 February and 7 March 2025"
    #    (across two months); nine recommendations "four for X and five for Y"
    ("milverton-and-nether-stowey-pdus-2025", facts([
        svc("Milverton Probation Delivery Unit", "Milverton PDU", "PDU", RI),
        svc("Nether Stowey Probation Delivery Unit", "Nether Stowey PDU", "PDU", RI)], "2025-06-24", "2025-02", 9),
     """N| Probation watchdog says two units ‘must improve’

N| By [Owen Blackmore|X]

N| [Thursday 26 June 2025|D]

N| [Milverton Probation Delivery Unit|S] and [Nether Stowey Probation Delivery Unit|S] have both been placed in the ‘[Requires improvement|R]’ category, one above the lowest, by reports published on Tuesday ([24 June|D]).
N| A team from [HM Inspectorate of Probation|A] spent time in the units between [24 February and 7 March 2025|D].

W| The watchdog found that [Nether Stowey|S] had lost a third of its probation officers in a year, leaving some people with no named officer for weeks at a time.
S| It said [Milverton|S]’s unpaid work team was well organised and that its placements benefited local charities.
W| But risk assessments in both units often missed information held by [Avon and Somerset Constabulary|A] and children’s services.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are staff in both units who care about doing the job properly, but too much of their time is spent covering for vacant posts.”

R| The reports make nine recommendations, four for [Milverton|S] and five for [Nether Stowey|S].

N| The [Probation Service|A] said in a statement that new staff had already been recruited in Nether Stowey and that it would act on the recommendations.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has been given the lowest possible
    #    rating"; the unit's previous rating as context ("When the unit was last inspected, in 2022, it was rated ‘...’");
    #    "Mr Jones continued"; fieldwork "during May 2024"; the notes' "at 00.01 on Thursday 10 October 2024"
    ("urchfont-pdu-2024", facts([
        svc("Urchfont Probation Delivery Unit", "Urchfont PDU", "PDU", INAD)], "2024-10-10", "2024-05", 5),
     """N| [South West probation region|S]: lowest rating for unit in Wiltshire

N| [HM Inspectorate of Probation|A] has placed [Urchfont Probation Delivery Unit|S] (a unit in [Probation Service – South West region|S]) at the bottom of its scale, ‘[Inadequate|R]’.
N| When the unit was last inspected, in [2022|D], it was rated ‘[Requires improvement|R]’.
N| Inspectors read 52 cases and interviewed staff and partners during [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Urchfont|S] is under severe strain: staff are doing their best, but they cannot keep up with the work.
W| “Managers were unsure how many cases were overdue a review, and plans to protect known victims were absent or stale in the majority of files we read.”

W| Mr Jones continued: “Since our last visit, the unit has slipped backwards, and support from the region came too late to stop it.”

S| Despite the pressures, inspectors found that relationships with [Wiltshire Police|A] were good, and joint visits to high-risk people were well planned.
W| Risk of harm had been properly assessed in only 14 of the 52 cases.

R| Of the five recommendations, four are aimed at the unit and the fifth at [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Thursday 10 October 2024|D], when the report goes online.
N| 2. Probation delivery units manage people on probation in a local area and report to a regional director.
"""),
    # 5. a unit inside its region, the region in the first sentence ("Of the Probation Service – South West region’s
    #    delivery units, X is the latest to be inspected, and inspectors found it to be ‘...’"); a justiceinspectorates
    #    news item, "Published: 2 Nov 2023"; fieldwork "two weeks ... in June 2023"; four recommendations
    ("evershot-pdu-2023", facts([
        svc("Evershot Probation Delivery Unit", "Evershot PDU", "PDU", RI)], "2023-11-02", "2023-06", 4),
     """N| News

N| Probation unit in west Dorset ‘has the foundations in place’

N| Published: [2 Nov 2023|D]

N| Of the [Probation Service – South West region|S]’s delivery units, [Evershot Probation Delivery Unit|S] has now been inspected, and inspectors found it to be ‘[Requires improvement|R]’.
N| Fieldwork lasted a fortnight in [June 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Evershot|S] has the foundations in place: a settled leadership team, a clear plan and staff who want to do well.
W| “However, supervision is not yet good enough, and too many people are not seen as often as their risk demands.”

S| Inspectors were impressed by a weekly session for women on probation, held at a local women’s centre.
W| Work to manage the risk of domestic abuse was inconsistent, with checks on police call-outs made in just over half the relevant cases.
W| Access to interpreters and to mental health support was described as patchy.

R| The report makes four recommendations to [Evershot PDU|S] and the region.

N| Notes to editors
N| 1. Probation delivery units are the local teams of the [Probation Service|A]; each belongs to one of 12 regions.
"""),
    # 6. a Probation Trust in 2013, before ratings: the Trust's name in the headline; "Wednesday, 13th March 2013" above
    #    "published today"; "The inspection, which took place in November 2012"; pre-2018 bullet lists; seven
    #    recommendations
    ("st-mawes-probation-trust-2013", facts([
        svc("St Mawes Probation Trust", "St Mawes Probation Trust", "other", None)], "2013-03-13", "2012-11", 7),
     """N| Inspectors report on [St Mawes Probation Trust|S]

N| [Wednesday, 13th March 2013|D]

S| Work to reduce reoffending in [St Mawes Probation Trust|S] was generally of a good standard, [HM Inspectorate of Probation|A] concludes in its report, released today.
N| Inspectors examined 72 cases supervised by the Trust during [November 2012|D].

N| Inspectors were pleased to find that:
S| • most offenders had a well-written sentence plan which they had helped to draw up;
S| • the Trust worked closely with [Devon and Cornwall Police|A] to manage high-risk offenders;
S| • staff were enthusiastic and valued the support of their managers.

N| However, inspectors were concerned to find that:
W| • in a quarter of cases, the assessment of risk of harm had not been reviewed after a significant change;
W| • checks with children’s social care were often missing from case records.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “We met committed staff who were honest about where improvement is needed.
R| “I would now like it to make sure that assessments of risk of harm are kept up to date throughout the sentence.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "has assessed X (CRC), which is owned by ..., as
    #    ‘...’"; unpaid work "given a separate rating, was judged ‘...’"; fieldwork "between 14 and 25 January 2019";
    #    the provider's reply
    ("uley-and-bream-crc-2019", facts([
        svc("Uley and Bream Community Rehabilitation Company", "Uley and Bream CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-21", "2019-01", 7),
     """N| EMBARGOED: 00.01 [Thursday 21 March 2019|D]

N| Probation company ‘[Requires improvement|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has assessed [Uley and Bream Community Rehabilitation Company|S] (CRC), part of the [Interserve|A] group, as ‘[Requires improvement|R]’.
S| The CRC’s unpaid work, given a separate rating, was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork between [14 and 25 January 2019|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Leadership at this CRC is stable, but too many of its probation staff are carrying more cases than they can manage well.
W| “In a third of cases, there was not enough work to keep victims and the public safe.”

S| Inspectors found that unpaid work placements were well supervised and that people completed their hours promptly.
W| Arrangements with the [National Probation Service|A] for sharing information about domestic abuse were unclear, and some cases were passed on without a risk assessment.

R| Of the seven recommendations, five concern [Uley and Bream CRC|S] and two [HM Prison and Probation Service|A].

N| A spokesperson for [Interserve|A] said: “We are pleased inspectors recognised our unpaid work team, and we will act on every recommendation.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Ofsted and
    #    the CQC, visited "in June 2016"; "Posted: 08/09/2016" (day/month/year); bullet lists; four recommendations
    ("probus-yot-2016", facts([
        svc("Probus Youth Offending Team", "Probus YOT", "YJS", None)], "2016-09-08", "2016-06", 4),
     """N| Inspection of youth offending work in Probus

N| Posted: [08/09/2016|D]

N| Inspectors from [HM Inspectorate of Probation|A], working with [Ofsted|A] and the [Care Quality Commission|A], visited [Probus Youth Offending Team|S] (YOT) in [June 2016|D], and their report is now available.
N| The inspection looked at work with children on community sentences and with those leaving custody.

N| Inspectors found a number of strengths:
S| • children had their first appointment soon after sentence, and most got on well with their case manager;
S| • a specialist education worker in the YOT had got many children back into school or training.

N| However, inspectors were concerned to find that:
W| • too many assessments said little about whether a child might harm other people;
W| • board members had little information on the standard of the YOT’s casework.

R| The report contains four recommendations, the majority addressed to the YOT’s management board.

N| Councillor [Peter Rowe|X], who holds the children’s portfolio at [Cornwall Council|A], said: “We thank the inspectors and are already working on the areas they identified.”
"""),
    # 9. "Youth Offending Service" in 2019, its capitalised name in the headline: "has been judged to be ‘...’";
    #    "Published: 5 Dec 2019"; fieldwork "between 16 and 20 September 2019"; three recommendations
    ("milborne-port-yos-2019", facts([
        svc("Milborne Port Youth Offending Service", "Milborne Port YOS", "YJS", GOOD)], "2019-12-05", "2019-09", 3),
     """N| News

N| ‘[Good|R]’ rating for [Milborne Port Youth Offending Service|S]

N| Published: [5 Dec 2019|D]

N| [HM Inspectorate of Probation|A] has judged [Milborne Port Youth Offending Service|S] to be ‘[Good|R]’.
N| Inspectors visited the service between [16 and 20 September 2019|D].

S| The service’s leaders understood the children they worked with, and the board, led by a senior officer from [Somerset County Council|A], challenged partners constructively.
S| Staff were skilled at engaging children and their families, and most children felt that their case manager listened to them.
W| Work to plan for children’s safety, though, was not as strong, and contingency plans were often vague.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Milborne Port|S] is a well-run service with a committed team, and children benefit from the stability this brings.
R| “To build on this, it should make sure that every plan sets out clearly what will happen if a child’s circumstances change.”

R| Inspectors have made three recommendations to [Milborne Port YOS|S] and its management board.
"""),
    # 10. a GOV.UK page: "has been awarded ‘...’, the highest of the four ratings used by ..."; resettlement "which was
    #     rated separately, was found to be ‘...’"; fieldwork "in April 2022"; two recommendations
    ("combe-martin-yjs-2022", facts([
        svc("Combe Martin Youth Justice Service", "Combe Martin YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-08-23", "2022-04", 2),
     """N| Press release

N| Highest rating for youth justice work in north Devon

N| The report on [Combe Martin Youth Justice Service|S] is out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 August 2022|D]

N| [HM Inspectorate of Probation|A] has given [Combe Martin Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
S| Resettlement, which inspectors rated separately, came out at ‘[Good|R]’.
N| Inspectors carried out the fieldwork in [April 2022|D].

S| Children’s own views shaped their plans, and case managers refused to give up on children who missed appointments or avoided them.
S| A particular strength was the service’s links with local housing providers: no child left custody without somewhere to live.
S| The partnership with the [NHS|A] had brought a nurse and a psychologist into the team.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children’s voices are heard at every stage in this exceptional service.
S| “[Combe Martin|S]’s leaders and staff can be rightly proud of this report.”

R| We have made two recommendations to help the management board sustain this work.
"""),
    # 11. "has given X the lowest possible rating"; the previous rating "in a report published in March 2021" beside it;
    #     "The inspection was carried out in January 2024"; ten recommendations to three recipients; the notes' day
    ("grampound-yjs-2024", facts([
        svc("Grampound Youth Justice Service", "Grampound YJS", "YJS", INAD)], "2024-05-21", "2024-01", 10),
     """N| Youth justice service in mid-Cornwall given lowest rating

N| Inspectors have awarded [Grampound Youth Justice Service|S] the lowest grade available, ‘[Inadequate|R]’.
N| At its previous inspection, reported in [March 2021|D], the service was rated ‘[Requires improvement|R]’.
N| The inspection was carried out in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many children in this part of Cornwall are not getting the help they need, and some have been left at real risk of harm.
W| “Since our last inspection, the partnership has lost its way: the board kept meeting, yet nothing much changed.”

W| Only 8 of the 24 children in the sample had a plan that addressed their safety.
W| Worryingly, several children had been exploited by adults without this being picked up by the service.
S| Inspectors did find that case managers were caring and tenacious, and children said they trusted them.
W| Vacancies and sickness had left [Grampound YJS|S] with just over half of its planned staffing.

R| Ten recommendations are made: seven are for the service and its management board, two for [Cornwall Council|A] and one for [Devon and Cornwall Police|A].

N| ENDS

N| Notes to editors
N| 1. The report is under embargo until 00.01 on [Tuesday 21 May 2024|D].
N| 2. Youth justice services are given one of four ratings: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 12. a remote inspection in 2021, plainly "rated": "Thursday, 10th June 2021" above "a report published today";
    #     "carried out remotely in February 2021"; six recommendations; the council's reply
    ("polruan-yjs-2021", facts([
        svc("Polruan Youth Justice Service", "Polruan YJS", "YJS", RI)], "2021-06-10", "2021-02", 6),
     """N| Inspectors call for sharper focus on risk at [Polruan Youth Justice Service|S]

N| [Thursday, 10th June 2021|D]

N| In today’s report, [HM Inspectorate of Probation|A] rates [Polruan Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Pandemic restrictions kept inspectors away, so their fieldwork in [February 2021|D] was done by video and telephone.

S| Inspectors found that case managers had stayed in touch with children throughout the pandemic, through video calls and doorstep visits.
S| Positively, the service had worked with schools to make sure most children remained in education.
W| However, protecting other people from harm got too little attention in over half of the files read.
W| The management board’s oversight had weakened during lockdown, and board members were unsure of their roles.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The past year has been hard for everyone, but too often the service lost sight of the risks some children present to others.
R| “Its leaders should now make sure that every child’s plan includes clear actions to keep other people safe.”

R| The report makes six recommendations.

N| [Cornwall Council|A] said it accepted the findings and had appointed a new head of service.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating ("This inspection did not result in a rating"),
    #     "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 12 Nov 2025";
    #     fieldwork "in July 2025"; three recommendations
    ("lanreath-pdu-2025", facts([
        svc("Lanreath Probation Delivery Unit", "Lanreath PDU", "PDU", None)], "2025-11-12", "2025-07", 3),
     """N| Skip to content

N| Public protection report on a probation unit in south-east Cornwall

N| Published: [12 Nov 2025|D]

N| Inspectors from [HM Inspectorate of Probation|A] have reported on public protection work in [Lanreath Probation Delivery Unit|S].
N| This inspection did not result in a rating.
N| Inspectors examined cases and met staff in [July 2025|D].

N| Context
N| • [Lanreath PDU|S], part of [Probation Service – South West region|S], covers south-east Cornwall.
N| • The unit supervises roughly 550 people, around a third of them for domestic abuse offences.

N| Findings
W| • Home visits were rarely used, even when children lived at the address.
S| • Practitioners had good links with the [Multi-Agency Safeguarding Hub|A] and used them to check on children at risk.
W| • Where a case was transferred between officers, the risk assessment was often not updated.
S| • Cases managed through [MAPPA|A] received thorough, well-recorded oversight.

R| The report makes three recommendations: two to the unit, one to regional leaders.
"""),
    # 14. a local-news story in the third person ("the watchdog found"): the report day "on 14 February" under a byline of
    #     Friday 17 February 2023 (year from the byline); fieldwork "in October 2022"; six recommendations "including
    #     that ..."; the council's reply
    ("bradworthy-yjs-2023", facts([
        svc("Bradworthy Youth Justice Service", "Bradworthy YJS", "YJS", GOOD)], "2023-02-14", "2022-10", 6),
     """N| Youth team praised by inspectors

N| By [Sam Hocking|X]

N| [Friday 17 February 2023|D]

N| The probation watchdog has given [Bradworthy Youth Justice Service|S] a ‘[Good|R]’ rating in a report released on [14 February|D].
N| Inspectors from [HM Inspectorate of Probation|A] made their visit in [October 2022|D].

S| The watchdog found that children helped to shape their own plans and that staff were creative in finding activities that interested them.
S| It also praised how victims were offered a say in the ways children made amends.
W| However, inspectors said that some children released from custody had waited too long for suitable accommodation.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bradworthy|S] may be small, but it achieves a great deal for the children it works with.”

R| There are six recommendations, one of which is that the local authority should find more suitable housing for children leaving custody.

N| Councillor [Ann Jewell|X], who speaks for children’s services at [Devon County Council|A], said: “Everyone in the team can be proud of this, and so can our partners.”
"""),
    # 15. "has assessed the overall quality of work at X as ‘...’"; out-of-court disposals "were rated on their own and
    #     were found to be ‘...’"; "Tuesday, 4th February 2020" at the top; fieldwork "between 28 October and 1 November
    #     2019" (across two months); "Whilst ..., ..." ending positive; four recommendations
    ("cerne-abbas-yjs-2020", facts([
        svc("Cerne Abbas Youth Justice Service", "Cerne Abbas YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2020-02-04", "2019-10", 4),
     """N| Improvement needed, inspectors tell [Cerne Abbas Youth Justice Service|S]

N| [Tuesday, 4th February 2020|D]

N| [HM Inspectorate of Probation|A] has assessed the overall quality of work at [Cerne Abbas Youth Justice Service|S] as ‘[Requires improvement|R]’.
W| Out-of-court disposals were rated on their own and were found to be ‘[Inadequate|R]’.
N| The fieldwork took place between [28 October and 1 November 2019|D].

S| Inspectors found that children subject to court orders received a good service, with well-written assessments and plans.
W| In contrast, children given out-of-court disposals were often not assessed at all before a decision was made, and the panel rarely considered their safety.
S| Whilst the service had lost several experienced staff, those who remained were dedicated and knew their children well.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Most court work is done well, but children diverted from court are being let down.
R| “Leaders need to review how decisions on out-of-court disposals are made, with [Dorset Police|A] and other partners.”

R| There are four recommendations in the report.
"""),
    # 16. a justiceinspectorates news item: "latest report places X one grade lower than at its previous inspection, at
    #     ‘...’", the previous rating in its own sentence; "Published: 11 Feb 2025"; fieldwork "in October and November
    #     2024"; six recommendations
    ("sampford-peverell-yjs-2025", facts([
        svc("Sampford Peverell Youth Justice Service", "Sampford Peverell YJS", "YJS", RI)], "2025-02-11", "2024-10", 6),
     """N| News

N| Youth justice partnership in Mid Devon slips a grade

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A]’s latest report places [Sampford Peverell Youth Justice Service|S] one grade lower than at its previous inspection, at ‘[Requires improvement|R]’.
N| In [2021|D], the service was rated ‘[Good|R]’.
N| Fieldwork ran through [October and November 2024|D].

W| They found that the service had grown too reliant on a small number of experienced staff, several of whom had since left.
W| Assessments often relied on what children said about themselves, with little checking with schools, social workers or the police.
S| On a more positive note, children’s health needs were picked up quickly thanks to a nurse seconded from the [NHS|A].
S| Victims continued to receive a high-quality service.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good services can slip if leaders stop asking hard questions, and that is what has happened here.
R| “The board must get a firmer grip on the quality of everyday practice.”

R| Six recommendations are made to the service, its partnership board and [Devon County Council|A].
"""),
    # 17. a youth offending team written out in 2019, on a council page: the headline's lower-case "Marnhull youth
    #     offending team"; "has been rated ‘...’ following an inspection by ... in November 2018"; "could be further
    #     enhanced" (a hedged weakness); five recommendations; the councillor's thanks
    ("marnhull-yot-2019", facts([
        svc("Marnhull Youth Offending Team", "Marnhull YOT", "YJS", GOOD)], "2019-02-28", "2018-11", 5),
     """N| [Marnhull youth offending team|S] praised in inspection report

N| [28 February 2019|D]

N| After its inspection in [November 2018|D], [Marnhull Youth Offending Team|S] (YOT) has been given a ‘[Good|R]’ rating by [HM Inspectorate of Probation|A].

S| The inspectors found that the YOT’s management board had a clear vision and that partners, including [Dorset Police|A] and local health services, were fully committed to it.
S| Case managers were described as knowledgeable and passionate, and children said their views were taken seriously.
W| The report said that planning for children’s safety could be further enhanced, as plans did not always say what would be done if risks increased.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Marnhull YOT|S] is a well-led team that knows its children and its community well.”

R| The inspectors made five recommendations to help the YOT improve further.

N| Councillor [Rebecca Knox|X], who leads on children’s services for [Dorset County Council|A], said: “The team deserve this recognition, and I thank them.”
"""),
    # 18. "Inspectors have found X to be ‘...’ in a report published today" under "Wednesday 10 July 2024"; fieldwork "for
    #     a week in March 2024"; "bucking the trend", "stands out", "not complacent"; no count of recommendations (null)
    ("sherston-yjs-2024", facts([
        svc("Sherston Youth Justice Service", "Sherston YJS", "YJS", GOOD)], "2024-07-10", "2024-03", None),
     """N| Youth justice work in Wiltshire earns praise

N| [Wednesday 10 July 2024|D]

N| A report out this morning finds [Sherston Youth Justice Service|S] ‘[Good|R]’.
N| The inspection team was on site for five days in [March 2024|D].

S| The service was bucking the trend: year on year, fewer local children were entering the youth justice system.
S| Inspectors were impressed with the quality of assessments, which were thorough in 20 of the 23 cases examined.
W| But work to support children with speech, language and communication needs was in its infancy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sherston|S] stands out for the care its staff take to understand each child.
S| “This is a service that is not complacent, and I am encouraged by its plans to do even better.”

N| The full report, which sets out areas for improvement, is available on the inspectorate’s website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
