"""Builds the 113th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Leicestershire PDUs on a GOV.UK page, the region named first; "Inspectors judged X to be ‘...’, while Y
    #    received the bottom rating"; fieldwork "in the first half of December 2023"; ten recommendations split between them
    ("mountsorrel-and-barrow-upon-soar-pdus-2024", facts([
        svc("Mountsorrel Probation Delivery Unit", "Mountsorrel PDU", "PDU", RI),
        svc("Barrow upon Soar Probation Delivery Unit", "Barrow upon Soar PDU", "PDU", INAD)], "2024-05-14", "2023-12", 10),
     """N| Press release

N| Inspectors report on two probation units in Leicestershire

N| Reports on two units in the East Midlands are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two units belonging to the [Probation Service – East Midlands region|S] have been inspected together: [Mountsorrel Probation Delivery Unit|S] and [Barrow upon Soar Probation Delivery Unit|S].
N| Inspectors judged [Mountsorrel PDU|S] to be ‘[Requires improvement|R]’, while [Barrow upon Soar PDU|S] received the bottom rating, ‘[Inadequate|R]’.
N| The fieldwork took place in the first half of [December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Barrow upon Soar, too many people on probation had gone weeks without any contact, and nobody had noticed.
W| “Managers were stretched across both sites and could not give practitioners the oversight they needed.
S| “[Mountsorrel|S] has a stable core of experienced officers, which is reflected in its strong reports to court.”

S| Inspectors commended [Mountsorrel|S]’s ties with drug and alcohol services nearby, through which referrals were picked up within days.
W| Across the two units, domestic abuse enquiries with [Leicestershire Police|A] were made in under half the cases where they were needed.

R| The reports set out ten recommendations, six for [Barrow upon Soar|S] and four for [Mountsorrel|S].

N| The region’s probation director said every recommendation had been accepted.
"""),
    # 2. two Warwickshire youth justice services in a local-news story: report "released on Tuesday (7 November)" under a
    #    byline of Friday 10 November 2023; rating sentence in the other order ("Fenny Compton was handed a ‘...’ grade,
    #    but Napton went one better and was marked ‘...’")
    ("napton-and-fenny-compton-yjs-2023", facts([
        svc("Napton Youth Justice Service", "Napton YJS", "YJS", GOOD),
        svc("Fenny Compton Youth Justice Service", "Fenny Compton YJS", "YJS", RI)], "2023-11-07", "2023-07", 9),
     """N| Two youth justice teams in south Warwickshire get different verdicts

N| By [Helen Marsh|X]

N| [Friday 10 November 2023|D]

N| Inspectors’ reports on [Napton Youth Justice Service|S] and [Fenny Compton Youth Justice Service|S] were released on Tuesday ([7 November|D]), after visits to both in [July 2023|D].
N| [Fenny Compton|S] was handed a ‘[Requires improvement|R]’ grade, but [Napton|S] went one better and was marked ‘[Good|R]’.

S| The watchdog found that [Napton|S]’s case managers built steady relationships with children, some of whom had worked with the same person for over a year.
W| In [Fenny Compton YJS|S], safety plans were often sketchy and went unrevised when a child’s circumstances changed.
W| Inspectors also said that the board overseeing [Fenny Compton YJS|S] met regularly but rarely checked whether anything had changed as a result.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Napton|S]’s staff deserve real credit for their work with children who have been excluded from school.”

R| Between them, the reports make nine recommendations: five for [Fenny Compton|S] and four for [Napton|S].

N| A spokesperson for [Warwickshire County Council|A] said an action plan was already being drawn up.
"""),
    # 3. a unit inside its region, the region in the first sentence and its own 2023 rating as context: "has been handed
    #    the worst mark available from ...: ‘Inadequate’"; "Inspectors spent 10 - 14 June 2024 at the unit"; notes give the day
    ("kislingbury-pdu-2024", facts([
        svc("Kislingbury Probation Delivery Unit", "Kislingbury PDU", "PDU", INAD)], "2024-09-17", "2024-06", 6),
     """N| Inspectors find a probation unit in crisis

N| [Kislingbury Probation Delivery Unit|S], within the [Probation Service – East Midlands region|S], has been handed the worst mark available from [HM Inspectorate of Probation|A]: ‘[Inadequate|R]’.
N| The region as a whole had been rated ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors spent [10 - 14 June 2024|D] at the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kislingbury|S] is under severe strain, with almost a third of probation officer posts empty.
W| “Assessments of the risk people posed to their partners and children were sufficient in only 14 of the 45 cases we looked at.”

N| Mr Jones continued: “We shared these findings with the region’s leaders before publication.
R| “But the region must now give [Kislingbury|S] the managers and the officers it needs, and quickly.”

S| Despite the shortages, unpaid work placements were well organised, inspectors found, and people completed their hours.
W| Morale was low, and several practitioners said they felt unable to raise concerns.

R| Five of the six recommendations fall to the unit; [HM Prison and Probation Service|A] gets the sixth.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [17 September 2024|D] at 00.01.
N| 2. [Kislingbury PDU|S] supervises around 900 people across west Northamptonshire.
"""),
    # 4. a PDU on a justiceinspectorates news page, its region in the headline: "found to be ‘...’"; the unit's previous
    #    rating beside ("which beats the ‘Inadequate’ recorded in 2021"); "June and July 2022"; "Published: 22 Nov 2022"
    ("gaydon-pdu-2023", facts([
        svc("Gaydon Probation Delivery Unit", "Gaydon PDU", "PDU", RI)], "2022-11-22", "2022-06", 4),
     """N| News

N| [West Midlands probation region|S]: report on [Gaydon Probation Delivery Unit|S]

N| Published: [22 Nov 2022|D]

N| [HM Inspectorate of Probation|A] has found [Gaydon Probation Delivery Unit|S] to be ‘[Requires improvement|R]’, which beats the ‘[Inadequate|R]’ recorded in [2021|D].
N| Fieldwork ran through [June and July 2022|D].

S| They found that the unit’s leaders had acted on most of the problems identified last time, and that vacancies had fallen sharply.
S| Work with people on probation to reduce their reoffending was now sound in most of the cases inspected.
W| However, the unit still did not do enough to protect those at risk of harm, and home visits were rare.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gaydon|S] is clearly heading in the right direction, thanks to a lot of hard work by its staff.
R| “Next, the unit must consult police and social care records in every case that involves domestic abuse.”

R| We have made four recommendations to the unit.
"""),
    # 5. a Probation Trust in 2013, before ratings: scores as percentages; "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Published: 16 May 2013"; "visited in February 2013"
    ("braunston-and-naseby-probation-trust-2013", facts([
        svc("Braunston and Naseby Probation Trust", "Braunston and Naseby Probation Trust", "other", None)],
        "2013-05-16", "2013-02", 7),
     """N| [Braunston and Naseby Probation Trust|S] – inspection of adult offending work

N| Published: [16 May 2013|D]

N| Today [HM Inspectorate of Probation|A] released the findings of its inspection of [Braunston and Naseby Probation Trust|S], which inspectors visited in [February 2013|D].
N| The inspection looked at a sample of 72 cases supervised by the Trust in rural Northamptonshire.

S| The Trust scored 78% on reducing reoffending.
W| Public protection scored only 63%, one of the lower results this year.

N| Inspectors were pleased to find that:
S| • staff had built good working relationships with offenders and with local employers;
S| • sentence plans were completed promptly in most cases.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were frequently late and were left unrevised after important events;
W| • home visits were not used enough in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Much in this Trust is sound, not least a committed and settled workforce.
R| “Its managers now need to bring the same discipline to public protection work as they have to the rest.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2018 under a named provider, with the date at the top: "has assessed X (CRC) as one that ‘...’"; unpaid
    #    work "rated separately" as ‘Good’; "between 10 and 21 September 2018"; the provider's reply
    ("tysoe-crc-2018", facts([
        svc("Tysoe Community Rehabilitation Company", "Tysoe CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-13", "2018-09", 8),
     """N| [Thursday, 13th December 2018|D]

N| Inspection of probation services: [Tysoe Community Rehabilitation Company|S]

N| [HM Inspectorate of Probation|A] has assessed [Tysoe Community Rehabilitation Company|S] (CRC) as one that ‘[Requires improvement|R]’; [Purple Futures|A] owns the company.
S| Its unpaid work, rated separately, is ‘[Good|R]’.
N| Inspectors visited the CRC between [10 and 21 September 2018|D].

S| Inspectors found that unpaid work projects were well chosen, well supervised and valued by the communities they served.
W| However, supervision of cases varied in quality, and in too many cases nobody had checked whether children were at risk.
W| Through-the-gate services did little for people leaving prison that would not have happened anyway.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Tysoe CRC|S] has some good people, but they are working within a model that does not give them enough time for each case.
R| “The CRC and its owners should review caseloads as a priority.”

R| The CRC must act on seven of the eight recommendations, the [Ministry of Justice|A] on the last.

N| [Purple Futures|A] promised a careful response to the report.
"""),
    # 7. an NPS division in 2020: "has earned ‘...’ as its overall regional rating"; "in September and October 2019"; the
    #    date line with its weekday
    ("bishops-itchington-nps-division-2020", facts([
        svc("National Probation Service – Bishops Itchington Division", "NPS Bishops Itchington", "region", GOOD)],
        "2020-02-04", "2019-09", 5),
     """N| [Tuesday, 4th February 2020|D]

N| National Probation Service division praised by inspectors

N| The [National Probation Service – Bishops Itchington Division|S] has earned ‘[Good|R]’ as its overall regional rating, [HM Inspectorate of Probation|A] reports.
N| The division supervises around 4,200 people on probation across Warwickshire and parts of Northamptonshire.
N| Inspectors carried out the inspection in [September and October 2019|D].

S| They found strong, visible leadership and a workforce that felt valued.
S| Advice given to sentencers arrived on time and was well judged.
W| Victim contact, however, varied from team to team, and some victims were never offered it at all.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Bishops Itchington|S] is a well-run division with much to be proud of.
R| “I would now like it to give victims the same priority that it gives to its work with offenders.”

R| Five recommendations are set out, aimed at the division and at [HMPPS|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection by HMI
    #    Probation (the lead), Ofsted and the Care Quality Commission; "Posted: 08/03/2016"; "in November 2015"
    ("waltham-on-the-wolds-yot-2016", facts([
        svc("Waltham on the Wolds Youth Offending Team", "Waltham on the Wolds YOT", "YJS", None)],
        "2016-03-08", "2015-11", 6),
     """N| Report on youth offending work published

N| Posted: [08/03/2016|D]

N| [Waltham on the Wolds Youth Offending Team|S] (YOT) was visited by inspectors from three bodies: [HM Inspectorate of Probation|A] (the lead inspectorate), [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors’ week of fieldwork fell in [November 2015|D].

S| Inspectors found that the YOT knew its children well and that staff were committed to keeping them out of further trouble.
S| Work to help children back into school or training was a particular strength.
W| However, the YOT did not always assess how likely a child was to harm others, and plans were not always reviewed.
W| Children with emotional or mental health problems struggled to get help from health services.

R| The inspectors made six recommendations, most of them about the quality of assessment and planning.

N| Councillor [Ruth Wells|X], [Leicestershire County Council|A]’s cabinet lead for children, said: “We will act on each recommendation and are grateful for the inspectors’ work.”
"""),
    # 9. a youth offending service under its older name in 2019, with an embargo line: "gives X (YOS) an overall verdict
    #    of ‘...’"; resettlement "with a rating of its own"; "The inspection, which took place in July 2019"
    ("langham-yos-2019", facts([
        svc("Langham Youth Offending Service", "Langham YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2019-11-15", "2019-07", 3),
     """N| Embargoed until 00.01 [Friday 15 November 2019|D]

N| Youth offending work rated ‘[Good|R]’, with resettlement ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] gives [Langham Youth Offending Service|S] (YOS) an overall verdict of ‘[Good|R]’.
S| Resettlement policy and provision, with a rating of its own, came out as ‘[Outstanding|R]’.
N| The inspection, which took place in [July 2019|D], covered the service’s work with children in the community and in custody.

S| Inspectors found that every child released from custody had a home and an education or training place waiting.
S| Case workers knew their children well and kept doggedly in contact with families.
W| Out-of-court work was less consistent, with some children cautioned before anyone had looked at their needs.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Langham YOS|S] is small, yet what it does for children would do credit to a service many times its size.”

R| The report makes three recommendations.

N| [Rutland County Council|A] welcomed the findings.
"""),
    # 10. a youth justice service on a GOV.UK page, "now stands at ‘...’, leaving behind the ‘...’ of its 2019 inspection";
    #    "in April 2022"; four recommendations
    ("great-casterton-yjs-2022", facts([
        svc("Great Casterton Youth Justice Service", "Great Casterton YJS", "YJS", GOOD)], "2022-08-09", "2022-04", 4),
     """N| Press release

N| Youth justice service improves to ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [9 August 2022|D]

N| [Great Casterton Youth Justice Service|S] now stands at ‘[Good|R]’, leaving behind the ‘[Requires improvement|R]’ of its [2019|D] inspection.
N| Inspectors visited the service in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Last time we set out what needed fixing, and this service listened and acted.
S| “Children are now seen quickly after they come to the service’s attention, and their voices are heard in their plans.”

S| Inspectors praised the close work between case managers and the speech and language therapist, which helped children understand their court orders.
W| Less positively, the service’s work to address the over-representation of Black children was still in its infancy.
W| Managers’ oversight of cases was often unrecorded, which made it hard to follow how decisions had been reached.

R| Of the report’s four recommendations, one is for the management board and three for the service.
"""),
    # 11. a 2025 public-protection PDU inspection, no rating: "Skip to content", "Context" / "Findings" bullets;
    #     "in June 2025"; notes give the publication day
    ("broughton-astley-pdu-2025", facts([
        svc("Broughton Astley Probation Delivery Unit", "Broughton Astley PDU", "PDU", None)], "2025-10-21", "2025-06", 3),
     """N| Skip to content

N| Public protection in [Broughton Astley Probation Delivery Unit|S]

N| Today [HM Inspectorate of Probation|A] released its report on how [Broughton Astley Probation Delivery Unit|S] protects the public.
N| Inspections of this kind end without a rating.
N| The inspection was carried out in [June 2025|D].

N| Context
N| • About 700 people are supervised by [Broughton Astley PDU|S]; its region is the [Probation Service – East Midlands region|S].
W| • One in four probation officer jobs was unfilled during the inspection.

N| Findings
S| • Practitioners understood domestic abuse well and drew on that understanding when planning contact.
W| • In one case in three where police information was needed, nobody had asked [Leicestershire Police|A] for it.
W| • Plans to manage risk were not reviewed after arrests or changes in relationships.

R| Three recommendations are made to the PDU’s leaders.

N| Notes to editors
N| 1. The report is published on [21 October 2025|D].
"""),
    # 12. a youth justice service on a council page: "has given its highest possible rating, ‘...’, to X"; "between 3 and 7 June 2024";
    #     two recommendations
    ("kings-sutton-yjs-2024", facts([
        svc("Kings Sutton Youth Justice Service", "Kings Sutton YJS", "YJS", OUT)], "2024-09-17", "2024-06", 2),
     """N| Top rating for [Kings Sutton Youth Justice Service|S]

N| Posted on [17/09/2024|D]

N| [HM Inspectorate of Probation|A] has given its highest possible rating, ‘[Outstanding|R]’, to [Kings Sutton Youth Justice Service|S].
N| Inspectors visited between [3 and 7 June 2024|D].

S| They found that the service was exceptionally well led, and that its management board offered both challenge and support.
S| Every child inspected had been assessed for their own safety and wellbeing as well as for the risk they posed to others.
S| The service’s work with victims was described as thoughtful and never an afterthought.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kings Sutton|S] stands out as an example of what can be achieved when partners pull in the same direction.”

R| The report makes two recommendations, both about the use of out-of-court disposals.

N| Councillor [Tom Hale|X], [West Northamptonshire Council|A]’s cabinet member for children, said: “This result belongs to the staff, and I thank them.”
"""),
    # 13. a youth justice service inspected remotely in 2021: "published today (Thursday, 24 June)" with the year from the
    #     fieldwork; "judged X to be ‘...’"; "inspectors worked remotely in March 2021"
    ("middleton-cheney-yjs-2021", facts([
        svc("Middleton Cheney Youth Justice Service", "Middleton Cheney YJS", "YJS", RI)], "2021-06-24", "2021-03", 6),
     """N| [Middleton Cheney Youth Justice Service|S]: inspection report

N| [HM Inspectorate of Probation|A] has judged [Middleton Cheney Youth Justice Service|S] to be ‘[Requires improvement|R]’; its report is published today ([Thursday, 24 June|D]).
N| Inspectors worked remotely in [March 2021|D], as the pandemic required.

S| Inspectors found staff had stayed in contact with children all through lockdown, often calling them several times a week.
W| However, assessments did not pay enough attention to children’s safety, and in a number of cases concerns had not been shared with children’s social care.
W| Partnership work with [CAMHS|A] was poor, with long waits for an appointment.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leadership has lagged behind a committed workforce: the service’s leaders have not yet made sure that children are kept safe in every case.
R| “I urge the management board to take a firmer grip on performance.”

R| The report makes six recommendations.
"""),
    # 14. a youth justice service in a local-news story: "the watchdog found", "put in the bottom of four grades,
    #     ‘Inadequate’"; report "released on Wednesday (15 March)" under a Saturday 18 March 2023 byline; the council's reply
    ("claverdon-yjs-2023", facts([
        svc("Claverdon Youth Justice Service", "Claverdon YJS", "YJS", INAD)], "2023-03-15", "2022-11", 7),
     """N| Youth justice service given lowest grade

N| By [Simon Carter|X]

N| [Saturday 18 March 2023|D]

N| [Claverdon Youth Justice Service|S] has been put in the bottom of four grades, ‘[Inadequate|R]’, in findings released on Wednesday ([15 March|D]).
N| [HM Inspectorate of Probation|A]’s inspectors visited during [November 2022|D].

W| The watchdog found that leaders did not understand the quality of the work being done, and that board members seldom challenged what they were told.
W| Children’s plans were often carried over unchanged between reviews.
S| Inspectors did praise the service’s education worker, whose efforts had got several children back into school.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Claverdon|S]’s leaders have let children down, and those children deserve far better than they have been getting.”

R| Seven recommendations follow, two of them for [Warwickshire Police|A] and five for the service.

N| A council spokesperson said: “This report makes difficult reading, and work to put things right has already begun.”
"""),
    # 15. a PDU with the publication day in the notes: "assessed as ‘...’"; fieldwork "27 June - 1 July 2022" across two months
    ("long-itchington-pdu-2022", facts([
        svc("Long Itchington Probation Delivery Unit", "Long Itchington PDU", "PDU", RI)], "2022-10-11", "2022-06", 6),
     """N| Probation unit must improve, say inspectors

N| [HM Inspectorate of Probation|A] has assessed [Long Itchington Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| The fieldwork ran from [27 June - 1 July 2022|D].

S| Inspectors found that practitioners were committed and knew the people they supervised well.
W| However, only 19 of the 35 cases inspected had enough work to keep others safe.
W| Caseloads were high, and newly qualified officers held cases beyond their experience.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Long Itchington|S]’s staff have a strong team spirit, and managers have kept them going through a difficult period.
R| “Leaders must now make sure that risk is properly assessed and reviewed in every case.”

R| The PDU receives four of the six recommendations; the other two go to the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [11 October 2022|D] at 00.01.
"""),
    # 16. a youth justice service only two points clear of ‘Inadequate’: "...’s rating for X is ‘...’"; "Inspectors carried
    #     out fieldwork in January 2023"; eight recommendations
    ("market-overton-yjs-2023", facts([
        svc("Market Overton Youth Justice Service", "Market Overton YJS", "YJS", RI)], "2023-05-02", "2023-01", 8),
     """N| News

N| [Market Overton Youth Justice Service|S]: ‘[Requires improvement|R]’

N| Published: [2 May 2023|D]

N| [HM Inspectorate of Probation|A]’s rating for [Market Overton Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service was only two points clear of an overall rating of ‘[Inadequate|R]’.
N| Inspectors carried out fieldwork in [January 2023|D].

S| Inspectors found plenty of activities on offer, and many children took part in them.
W| Yet work on the risk that children posed to others was weak.
W| Staff were unsure of their roles after a restructure, and some had no regular supervision.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I came away encouraged by the commitment of the staff we met.
R| “The service’s leaders should now put a clear improvement plan in place and see it through.”

R| The report makes eight recommendations.
"""),
    # 17. two youth justice services of one county in a justiceinspectorates news item: "X ... ‘...’, and Y ‘...’" in one
    #     sentence ("Inspectors placed X at ‘...’, and Y at ‘...’"); "in September 2024"; eleven recommendations, six and five
    ("wolvey-and-shustoke-yjs-2025", facts([
        svc("Wolvey Youth Justice Service", "Wolvey YJS", "YJS", RI),
        svc("Shustoke Youth Justice Service", "Shustoke YJS", "YJS", GOOD)], "2025-01-14", "2024-09", 11),
     """N| News

N| Two Warwickshire youth justice services inspected

N| Published: [14 Jan 2025|D]

N| [HM Inspectorate of Probation|A]’s reports on [Wolvey Youth Justice Service|S] and [Shustoke Youth Justice Service|S], both inspected in [September 2024|D], appear today.
N| Inspectors placed [Wolvey YJS|S] at ‘[Requires improvement|R]’, and [Shustoke YJS|S] at ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shustoke|S] is doing many things well, especially in keeping children in education.
W| “In Wolvey, by contrast, too many children had been waiting weeks for their first appointment.”

S| Inspectors were impressed with [Shustoke|S]’s work with victims, who were contacted early and kept informed.
W| In [Wolvey YJS|S], just half the cases inspected showed enough thought about keeping the child safe.

R| The reports make eleven recommendations, six for [Wolvey|S] and five for [Shustoke|S].
"""),
    # 18. a youth justice service that "comes out at ‘...’"; "The inspection fieldwork was done in April 2024"; published
    #     in the notes; a second quote "Mr Jones continued"
    ("hathern-yjs-2024", facts([
        svc("Hathern Youth Justice Service", "Hathern YJS", "YJS", RI)], "2024-08-06", "2024-04", 6),
     """N| [Hathern Youth Justice Service|S] told it ‘[Requires improvement|R]’

N| [Hathern Youth Justice Service|S] comes out at ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] has announced.
N| The inspection fieldwork was done in [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “So much of [Hathern|S]’s work with children is admirable, from its creative projects to its close links with local schools.
W| “But work to keep children safe is of uneven quality.”

N| Mr Jones continued: “I know the service is aware of this.
R| “Its leaders need to make sure that every child’s plan reflects the risks they face.”

S| Inspectors found that the service made good use of restorative justice, with victims offered the chance to take part.
W| However, disappointingly, the service had no clear plan for tackling the over-representation of children in care.

R| Six recommendations are made, one of which is addressed to [Leicestershire Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on [6 August 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 113th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
