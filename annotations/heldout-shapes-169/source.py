"""Builds the 169th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Isle of Wight PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X to be ‘...’,
    #    while Y was found to be ‘...’"; fieldwork "took place in January 2024"; nine recommendations "four for X and
    #    five for Y"
    ("carisbrooke-and-calbourne-pdus-2024", facts([
        svc("Carisbrooke Probation Delivery Unit", "Carisbrooke PDU", "PDU", RI),
        svc("Calbourne Probation Delivery Unit", "Calbourne PDU", "PDU", INAD)], "2024-06-11", "2024-01", 9),
     """N| Press release

N| Two Isle of Wight probation units inspected

N| Inspectors report on two probation delivery units on the island.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [HM Inspectorate of Probation|A] today publishes separate reports on [Carisbrooke Probation Delivery Unit|S] and [Calbourne Probation Delivery Unit|S], two island units of the [Probation Service – South Central region|S].
N| Inspectors judged [Carisbrooke|S] to be ‘[Requires improvement|R]’, while [Calbourne|S] was found to be ‘[Inadequate|R]’.
N| The fieldwork for both inspections took place in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “On an island, people on probation cannot simply be sent to an office in the next town, and both units have struggled to staff the places they need.
W| “In Calbourne, we found case managers holding more than twice the workload they should, and supervision had become a matter of phone calls.
S| “[Carisbrooke|S] has a stable team of probation officers who know the local services well, and this showed in their work.”

S| Inspectors praised the links both units had built with [Isle of Wight Council|A]’s housing team, so that fewer people left custody with nowhere to live.
W| However, in only 14 of the 42 cases inspected across the two units was enough done to protect children from harm.

R| The reports make nine recommendations, four for [Carisbrooke|S] and five for [Calbourne|S].
"""),
    # 2. two youth justice services in a local-news story: reports that "came out on Thursday (18 May)" under a byline of
    #    Monday 22 May 2023; "X was handed the highest grade, ‘...’, while Y earned ‘...’", in the other order from the one
    #    the services were first named in; "five recommendations, three for Y and two for X"
    ("arreton-and-merstone-yjs-2023", facts([
        svc("Arreton Youth Justice Service", "Arreton YJS", "YJS", GOOD),
        svc("Merstone Youth Justice Service", "Merstone YJS", "YJS", OUT)], "2023-05-18", "2023-01", 5),
     """N| Island youth justice teams win praise from inspectors

N| By [Tom Hartley|X]

N| [Monday 22 May 2023|D]

N| Inspectors have given their verdict on [Arreton Youth Justice Service|S] and [Merstone Youth Justice Service|S] in reports that came out on Thursday ([18 May|D]).
N| [Merstone|S] was handed the highest grade, ‘[Outstanding|R]’, while [Arreton|S] earned ‘[Good|R]’.
N| The inspectors visited both services in [January 2023|D].

S| The watchdog said [Merstone|S]’s staff went out of their way to get children onto college courses and apprenticeships.
S| [Arreton|S]’s work with victims was singled out as careful and respectful.
W| However, inspectors found that [Arreton YJS|S]’s plans for keeping children safe were not always updated when their circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children on the island are well served by both teams, and [Merstone|S] is among the best services we have seen this year.”

R| The reports make five recommendations, three for [Arreton|S] and two for [Merstone|S].

N| Councillor [Jonathan Reed|X], who leads on children’s services for [Isle of Wight Council|A], said: “We are delighted with these results and thank every member of staff.”
"""),
    # 3. a unit inside its region, the region in the headline and the notes: "has found X, one of the units in the ...
    #    region, to be ‘...’"; the region's own 2023 rating as context; "Mr Jones continued"; publication "at 00.01 on
    #    Tuesday 15 October 2024" in the notes
    ("sarisbury-pdu-2024", facts([
        svc("Sarisbury Probation Delivery Unit", "Sarisbury PDU", "PDU", INAD)], "2024-10-15", "2024-05", 7),
     """N| [South Central probation region|S]: inspectors find probation unit on the Solent ‘[Inadequate|R]’

N| [Sarisbury Probation Delivery Unit|S], in the Solent area of the [Probation Service – South Central region|S], is ‘[Inadequate|R]’, according to [HM Inspectorate of Probation|A]’s new report.
N| Inspectors were at the unit, which covers communities along the shore between Southampton and Fareham, in [May 2024|D].
N| When the whole region was inspected in [2023|D], it received ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found a unit where staff were overwhelmed and leaders had lost sight of the basics.
W| “Nearly half of the officer posts were empty or filled by agency staff, and many people on licence had been allocated three or four different officers in a year.”

W| Mr Jones continued: “Too often, warning signs of domestic abuse went unexplored, and checks with the police were made late or not at all.”

S| Despite these problems, inspectors found that the unit’s women’s team was doing careful, thoughtful work.
W| Links with [Hampshire and Isle of Wight Constabulary|A] on managing the most dangerous offenders had weakened since the regional inspection.

R| The report makes seven recommendations: five to [Sarisbury PDU|S] and two to the [Probation Service|A]’s regional leadership.

N| ENDS

N| Notes to editors
N| 1. The report goes on the inspectorate’s website just after midnight, at 00.01 on [Tuesday 15 October 2024|D].
N| 2. The [South Central region|S], to which [Sarisbury PDU|S] belongs, also covers the Thames Valley and the rest of Hampshire.
"""),
    # 4. a unit inside its region on a justiceinspectorates news item: "has been assessed by ... as ‘...’"; the previous
    #    inspection's rating beside it ("a step up from its previous inspection in 2022, which ended with an ‘Inadequate’
    #    verdict"); "Published: 8 Apr 2025"
    ("locks-heath-pdu-2025", facts([
        svc("Locks Heath Probation Delivery Unit", "Locks Heath PDU", "PDU", RI)], "2025-04-08", "2024-11", 5),
     """N| News

N| Probation unit by the Solent makes progress but must do more

N| Published: [8 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has assessed [Locks Heath Probation Delivery Unit|S], which sits within the [Probation Service – South Central region|S], as ‘[Requires improvement|R]’.
N| This is a step up from its previous inspection in [2022|D], which ended with an ‘[Inadequate|R]’ verdict.
N| Inspectors visited the unit in [November 2024|D] and looked at 39 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Locks Heath|S] has turned a corner: the senior team is settled, vacancies have fallen and staff told us they now feel listened to.
W| “But the quality of risk assessment is still uneven, and in too many cases the plan for managing someone’s risk had not been reviewed after they were arrested again.”

S| Inspectors highlighted the unit’s work with local health services, which had cut waiting times for mental health assessments.
W| Work to tackle the drug use behind much offending in the area was less effective, with few referrals taken up.

R| The report makes five recommendations, including that the unit make sure every case with a history of domestic abuse has up-to-date police checks.

N| Notes to editors
N| 1. [Locks Heath PDU|S] supervises about 700 people living in Fareham, Gosport and the villages around them.
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullet lists; the verdict in the first sentence; the date line
    #    "Tuesday 26 February 2013" above "published today"; "fieldwork carried out in October 2012"
    ("medina-probation-trust-2013", facts([
        svc("Medina Probation Trust", "Medina Probation Trust", "other", None)], "2013-02-26", "2012-10", 6),
     """N| Offender management in Medina: inspection findings published

N| [Tuesday 26 February 2013|D]

S| [Medina Probation Trust|S] is making good progress in steering offenders away from crime, [Her Majesty’s Inspectorate of Probation|A] said in a report released today.
N| Inspectors looked at 72 cases during fieldwork carried out in [October 2012|D].

S| On reducing reoffending the Trust scored 78%, and on making sure sentences were served it scored 83%.
W| Its work to protect the public from harm, however, scored 64%.

N| Inspectors were pleased to find that:
S| • most offenders were first seen within days of being sentenced, and understood what was required of them;
S| • staff made good use of local services for drug and alcohol misuse.

N| However, inspectors were concerned to find that:
W| • risk management plans were frequently left unchanged after an offender’s situation altered;
W| • home visits were rarely made, even in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are committed and know their cases well.
R| “Managers now need to make sure that the work to protect the public matches the good work done elsewhere.”

R| The report makes six recommendations.
"""),
    # 6. a CRC in 2018 run by a named provider, with an embargo line: "has found X (CRC), run by ..., to be ‘...’
    #    overall"; unpaid work "was rated separately and judged ‘...’"; the provider's reply
    ("warsash-and-calshot-crc-2018", facts([
        svc("Warsash and Calshot Community Rehabilitation Company", "Warsash and Calshot CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2018-11-20", "2018-07", 8),
     """N| Embargoed until 00.01 [Tuesday 20 November 2018|D]

N| Probation company on Southampton Water falls short

N| [HM Inspectorate of Probation|A] has found [Warsash and Calshot Community Rehabilitation Company|S] (CRC), which [Purple Futures|A] owns, to be ‘[Inadequate|R]’ overall.
W| Unpaid work was rated separately and judged ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [July 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC is stretched too thinly, and the people it supervises are not getting the help they need to stop offending.
W| “Some officers were responsible for well over 100 cases, and many contacts took place by phone only.”

S| Inspectors did find that the CRC’s senior leaders were open about its problems and had a realistic plan to recruit more staff.
W| Relations with the [National Probation Service|A] were cordial, but information about risk was not always shared when cases moved between them.

R| Of the eight recommendations, two go to [HM Prison and Probation Service|A] and six to the CRC and its owner, [Purple Futures|A].

N| [Purple Futures|A] said the findings were accepted and that work on them had already started.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a short quality screening,
    #    bullet lists; "Posted: 09/08/2016" (day/month/year); "carried out in May 2016"
    ("leckford-yot-2016", facts([
        svc("Leckford Youth Offending Team", "Leckford YOT", "YJS", None)], "2016-08-09", "2016-05", 4),
     """N| Inspection of youth offending work in Leckford

N| Posted: [09/08/2016|D]

N| [HM Inspectorate of Probation|A] has published its report on a short quality screening of [Leckford Youth Offending Team|S] (YOT), carried out in [May 2016|D].
N| The inspection looked at work with children at the start of their sentences, including assessment, planning and work to protect the public.

N| Inspectors were pleased to find that:
S| • case managers had built trusting relationships with the children they supervised;
S| • the YOT and local schools cooperated closely to keep children in their classes.

N| However, inspectors were concerned to find that:
W| • the risk that children might pose to other people was sometimes assessed too thinly;
W| • plans often left out how the safety of victims would be ensured.

R| Four recommendations are made, aimed at the YOT and its management board.

N| Councillor [Sarah Moss|X], [Hampshire County Council|A]’s executive lead for children, said: “We welcome this report, and work has already begun on the areas for improvement.”
"""),
    # 8. an NPS division in 2019 on a GOV.UK page: "has received an overall regional rating of ‘...’"; "Mr Russell
    #    continued"; MAPPA with two police forces
    ("kimbridge-and-awbridge-nps-division-2019", facts([
        svc("National Probation Service – Kimbridge and Awbridge Division", "NPS Kimbridge and Awbridge", "region", GOOD)],
        "2019-12-10", "2019-09", 3),
     """N| Press release

N| Probation division in the Test valley rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [10 December 2019|D]

N| The [National Probation Service – Kimbridge and Awbridge Division|S], covering the Test valley and the downs to its north, receives ‘[Good|R]’ as its overall regional rating in the latest report of [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [September 2019|D] and examined the work of its local teams.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a well-led division, with a strong grip on public protection and staff who are proud of the work they do.
S| “Reports to the courts were of a high standard and were almost always delivered on time.”

W| Mr Russell continued: “However, the division needs to make sure that its work with people convicted of sexual offences is as good as the rest, as some plans were out of date.”

S| Inspectors found close joint work with [Hampshire Constabulary|A] and [Wiltshire Police|A] through [MAPPA|A].
W| Fewer than half of the people on probation with mental health needs had been referred for specialist help.

R| The report makes three recommendations.
"""),
    # 9. a youth justice service "given the lowest possible rating", down from the ‘Good’ of its last inspection in 2019;
    #    resettlement "rated on its own" and also ‘Inadequate’; the headline's lower-case "Braishfield youth justice
    #    service"; publication day in the notes
    ("braishfield-yjs-2022", facts([
        svc("Braishfield Youth Justice Service", "Braishfield YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-08-23", "2022-04", 6),
     """N| Inspectors call for urgent action at [Braishfield youth justice service|S]

N| [HM Inspectorate of Probation|A] has handed [Braishfield Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| Three years earlier, in [2019|D], inspectors had given the service ‘[Good|R]’.
W| Its resettlement work was rated on its own and was also found to be ‘[Inadequate|R]’.
N| Inspectors examined the service’s work in [April 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a sharp fall from the service we saw three years ago.
W| “The management board had lost its focus, staff were unsure who to go to for advice, and too many children were left at risk of exploitation without a plan to protect them.”

S| Inspectors did find that [Braishfield|S]’s case workers were committed to the children they supervised and kept in regular contact with them.
W| On the day they left custody, children often had no settled address to go to.

R| The report makes six recommendations, five to the service and its board and one to [Hampshire County Council|A]’s children’s services.

N| Notes to editors
N| 1. The report was published on [23 August 2022|D].
"""),
    # 10. ordinary: a youth justice service rated ‘Good’ on a GOV.UK page, fieldwork "carried out remotely in May 2021"
    ("shalfleet-yjs-2021", facts([
        svc("Shalfleet Youth Justice Service", "Shalfleet YJS", "YJS", GOOD)], "2021-09-14", "2021-05", 4),
     """N| Press release

N| [Shalfleet Youth Justice Service|S] rated ‘[Good|R]’ by inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [14 September 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Shalfleet Youth Justice Service|S] as ‘[Good|R]’ following an inspection carried out remotely in [May 2021|D].
S| Leadership was clear, inspectors found, and the board both challenged and supported the service.
S| All through the pandemic, staff stayed in contact with children by video call, on the doorstep and on walks.
W| However, where a child posed a risk to others, the work to manage it was not always thorough, and some plans lacked detail.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shalfleet|S] has kept children at the heart of its work through a very difficult period, and its staff deserve real credit.
R| “The service should now look at the risk each child poses to others as carefully as it looks at their needs.”

R| Inspectors have made four recommendations.

N| [Anna Clarke|X], director of children’s services at [Isle of Wight Council|A], said: “We are very pleased that inspectors recognised the hard work of the team.”
"""),
    # 11. ordinary: a youth justice service in a local-news story with a byline on the publication day, ‘Requires
    #     improvement’
    ("yaverland-yjs-2023", facts([
        svc("Yaverland Youth Justice Service", "Yaverland YJS", "YJS", RI)], "2023-11-28", "2023-07", 5),
     """N| Island youth justice service told it must improve

N| By [Helen Walsh|X]

N| [Tuesday 28 November 2023|D]

N| In its report today, [HM Inspectorate of Probation|A] rates [Yaverland Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection took place in [July 2023|D], when inspectors examined 22 children’s cases.

S| The report found that staff were passionate about their work and built strong relationships with children and their families.
S| The report called the service’s diversion work, which keeps children out of the courts, a particular strength.
W| But inspectors found that plans to manage the risk some children posed were often copied forward without being updated.
W| They also said the service’s board did not always have the information it needed to hold the service to account.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here to build on.
R| “Leaders now need to check that each child’s plan keeps pace with their life and is reviewed when things change.”

R| The report makes five recommendations.

N| [Isle of Wight Council|A] said it would act on every point in the report and had already written an improvement plan.
"""),
    # 12. ordinary: a youth justice service rated ‘Outstanding’ on a justiceinspectorates news item
    ("appleshaw-yjs-2024", facts([
        svc("Appleshaw Youth Justice Service", "Appleshaw YJS", "YJS", OUT)], "2024-02-20", "2023-10", 2),
     """N| News

N| [Appleshaw Youth Justice Service|S] receives top rating

N| Published: [20 Feb 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Appleshaw Youth Justice Service|S] as ‘[Outstanding|R]’, the highest rating available.
N| Fieldwork for this inspection took place in [October 2023|D].

S| Inspectors were impressed with the quality of the service’s work with children, which was consistently thorough, creative and focused on their safety.
S| The partnership with local schools and [CAMHS|A] meant that children could get help with their education and mental health quickly.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Appleshaw|S] is an excellent service, and the staff and partners should be proud of what they have achieved.
W| “The one area where we would like to see more progress is out-of-court work, where a few assessments were not as detailed as the rest.”

R| The report makes two recommendations.
"""),
    # 13. ordinary: a PDU rated ‘Requires improvement’ on a GOV.UK page, the headline naming no service
    ("thruxton-pdu-2023", facts([
        svc("Thruxton Probation Delivery Unit", "Thruxton PDU", "PDU", RI)], "2023-09-05", "2023-04", 6),
     """N| Press release

N| Inspection of probation services in the Test valley

N| From: [HM Inspectorate of Probation|A]

N| Published [5 September 2023|D]

N| Inspectors have rated [Thruxton Probation Delivery Unit|S] ‘[Requires improvement|R]’ overall.
N| A team from [HM Inspectorate of Probation|A] visited the PDU in [April 2023|D] and looked closely at 45 cases.

S| Leaders knew where the unit was strong and where it was weak, inspectors found, and had put a credible improvement plan in place.
S| Work in the courts was of a high standard, with reports that gave sentencers the information they needed.
W| However, inspectors found that risk of serious harm was not managed well enough in almost half of the cases inspected.
W| High workloads, particularly among newly qualified officers, meant that some people on probation were seen less often than they should have been.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thruxton|S]’s staff are working hard, but too many are carrying caseloads that make it difficult to do the job properly.
R| “The region must help the unit to fill its vacancies as a priority.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 14. ordinary: a 2025 public-protection inspection of a PDU with no rating: "Skip to content", an empty
    #     "Published:" line, "Context" / "Findings" bullets; the publication day in the last line
    ("longstock-pdu-2025", facts([
        svc("Longstock Probation Delivery Unit", "Longstock PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Longstock Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A]’s latest public protection report examines how [Longstock Probation Delivery Unit|S], one of the [South Central region|S]’s units in north Hampshire, keeps the public safe.
N| Inspections in this programme look at how well probation services keep people safe, and do not give a rating.

N| Context
N| • Fieldwork took place in [June 2025|D].
N| • The unit supervises around 1,100 people across Andover and the Test valley.

N| Findings
S| • Practitioners had a good understanding of domestic abuse and used it well in their assessments.
W| • Home visits were not made in most cases where they were needed.
W| • Checks with children’s social care were missing in a third of relevant cases.
S| • The unit and [Hampshire and Isle of Wight Constabulary|A] worked well together on the highest-risk cases.

R| Four recommendations are addressed to the unit and the wider region.

N| The report was published on [21 October 2025|D].
"""),
    # 15. ordinary: a youth justice service rated ‘Good’, the date line "Tuesday, 3rd March 2020"
    ("havenstreet-yjs-2020", facts([
        svc("Havenstreet Youth Justice Service", "Havenstreet YJS", "YJS", GOOD)], "2020-03-03", "2019-11", 3),
     """N| [Havenstreet Youth Justice Service|S] rated ‘[Good|R]’

N| [Tuesday, 3rd March 2020|D]

N| An inspection by [HM Inspectorate of Probation|A] has rated [Havenstreet Youth Justice Service|S] ‘[Good|R]’, in a report published today.
N| The inspection took place in [November 2019|D].

S| Inspectors praised the service’s strong leadership and the commitment of its staff.
S| Children were given a say in their plans, and their views were taken seriously.
S| The service had close links with the local police, and out-of-court disposals were handled well.
W| However, inspectors found that the quality of assessment for children serving court orders was variable.
W| Not enough attention was paid to the needs of victims in some cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a service that cares deeply about the children it works with, and it shows.”

R| The report makes three recommendations, including that the service improves its work with victims.
"""),
    # 16. ordinary: a Youth Offending Service (YOS) in 2019 rated ‘Requires improvement’, the publication day in the text
    ("nettlestone-yos-2019", facts([
        svc("Nettlestone Youth Offending Service", "Nettlestone YOS", "YJS", RI)], "2019-07-16", "2019-02", 7),
     """N| Youth offending service on the Isle of Wight must improve

N| [HM Inspectorate of Probation|A] has rated [Nettlestone Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors visited the service in [February 2019|D].
N| The report was published on [16 July 2019|D].

S| Staff, inspectors found, knew each child well and had earned their trust.
S| Work with children after court was of good quality, particularly in supporting them into education and training.
W| However, the management board was not giving the service the leadership it needed, and partners did not always attend meetings.
W| Out-of-court disposals were a weakness, with little checking of whether the work done had made a difference.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Nettlestone YOS|S] has good staff, but they need better support from the board and its partners.”

R| The report makes seven recommendations, mainly for the management board.
"""),
    # 17. ordinary: a youth justice service rated ‘Inadequate’ on a GOV.UK page, "in only 8 of the 21 cases"
    ("blackfield-yjs-2022", facts([
        svc("Blackfield Youth Justice Service", "Blackfield YJS", "YJS", INAD)], "2022-06-28", "2022-02", 9),
     """N| Press release

N| Youth justice service near Southampton rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [28 June 2022|D]

N| [HM Inspectorate of Probation|A] inspected [Blackfield Youth Justice Service|S] in [February 2022|D] and has rated it ‘[Inadequate|R]’.
W| According to inspectors, the service understood too little about the children on its books, and too many were at risk of exploitation.
W| Management oversight was weak, and staff told inspectors they felt unsupported.
W| Work to keep children safe was sufficient in only 8 of the 21 cases inspected.
S| On a positive note, the service had good relationships with local schools and children’s attendance had improved.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this area deserve much better.
R| “The council and its partners must act quickly to put things right.”

R| Nine recommendations are made: seven for the service itself, two for [Hampshire County Council|A].
"""),
    # 18. ordinary: a youth justice service on a council page, "Posted on 12/03/2024" (day/month/year), "has been judged
    #     ‘...’"
    ("porchfield-yjs-2024", facts([
        svc("Porchfield Youth Justice Service", "Porchfield YJS", "YJS", RI)], "2024-03-12", "2023-11", 6),
     """N| Council welcomes youth justice inspection report

N| Posted on [12/03/2024|D]

N| In a report out today, [HM Inspectorate of Probation|A] has given [Porchfield Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.
N| Inspectors spent a week with the service in [November 2023|D].

S| The inspectors found that the service’s staff were skilled and caring, and that children valued the help they were given.
S| They also praised work to help children into education, training and employment.
W| However, the report said the management of risk to others needed to improve, and that the board did not always monitor performance closely enough.

R| The report makes six recommendations.

N| Councillor [Karen Ellis|X], cabinet member for children’s services at [Isle of Wight Council|A], said: “It is good to see the commitment of our staff recognised, and we will act on every recommendation.”
N| An action plan will be presented to the youth justice partnership board in April.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 169th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
