"""Builds the hundred-and-twentieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cornish PDUs on a GOV.UK page, their region named as context: "Tremorva was placed at ‘...’, while Porthkellis
    #    ... fell to ‘...’"; fieldwork "between 15 and 26 January 2024"; eight recommendations, "each unit gets three"
    ("tremorva-and-porthkellis-pdus-2024", facts([
        svc("Tremorva Probation Delivery Unit", "Tremorva PDU", "PDU", RI),
        svc("Porthkellis Probation Delivery Unit", "Porthkellis PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Inspectors report on two probation units in Cornwall

N| Two probation delivery units in the far south west are the subject of reports out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has inspected [Tremorva Probation Delivery Unit|S] and [Porthkellis Probation Delivery Unit|S], both of them units of the [Probation Service – South West region|S].
N| [Tremorva|S] was placed at ‘[Requires improvement|R]’, while [Porthkellis|S], the smaller of the two, fell to ‘[Inadequate|R]’.
N| The fieldwork in the two units ran between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Porthkellis, practitioners were covering for colleagues on long-term sickness and had little time to think about the people in front of them.
W| “Home visits, which matter so much where there are children in the house, had almost stopped.
S| “[Tremorva|S] is in better shape: its managers have stayed, and its links to drug and alcohol services are sound.”

S| Inspectors commended the work of [Tremorva PDU|S]’s probation court team, who gave magistrates timely and well-reasoned advice.
W| In both units, the risk of domestic abuse was properly addressed in the plan of under half the cases inspected.
W| Partners said information from [Devon and Cornwall Police|A] arrived too slowly to be useful at the start of an order.

R| Eight recommendations are made: each unit gets three, and the region two.

N| [Alex Osler|X], Regional Probation Director for the South West, said: “Work has started on every one of the findings, with staffing in Porthkellis the first priority.”
"""),
    # 2. two Gloucestershire youth services on a council page: "Posted on 22/06/2023"; "Coldwick has been awarded ‘...’ and
    #    Nailsford ‘...’", the other order from the first naming; fieldwork "in February and March 2023"; nine recommendations
    ("nailsford-and-coldwick-yjs-2023", facts([
        svc("Nailsford Youth Justice Service", "Nailsford YJS", "YJS", GOOD),
        svc("Coldwick Youth Justice Service", "Coldwick YJS", "YJS", OUT)], "2023-06-22", "2023-02", 9),
     """N| Youth justice services in Nailsford and Coldwick praised by inspectors

N| Posted on [22/06/2023|D]

N| Inspection reports on [Nailsford Youth Justice Service|S] and [Coldwick Youth Justice Service|S] have been published by [HM Inspectorate of Probation|A] following visits in [February and March 2023|D].
N| [Coldwick|S] has been awarded ‘[Outstanding|R]’, the best of the four possible grades, and [Nailsford|S] ‘[Good|R]’.

S| Inspectors found that [Coldwick|S]’s case managers won children’s trust and often stayed in contact after their orders were over.
S| They also highlighted [Nailsford YJS|S]’s work with local schools, which meant that very few children were out of education.
W| However, in Nailsford, safety plans often went unrevised when a child’s situation changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both services can be rightly proud of their results, and [Coldwick|S] stands out as one of the best we have inspected.”

R| The inspectorate makes nine recommendations across the two reports, five for [Nailsford|S] and four for [Coldwick|S].

N| Councillor [Helen Marsh|X], cabinet member for children at [Gloucestershire County Council|A], said: “I would like to thank every member of staff for their hard work.”
"""),
    # 3. a unit inside its region: the region in the headline ("Probation Service – South West region: ..."), its own
    #    rating as context; "inspectors have given Chedmoor ... their lowest rating, ‘...’"; "Mr Jones continued"; the notes'
    #    publication day "Tuesday 6 February 2024"; fieldwork "in September 2023"
    ("chedmoor-pdu-2024", facts([
        svc("Chedmoor Probation Delivery Unit", "Chedmoor PDU", "PDU", INAD)], "2024-02-06", "2023-09", 7),
     """N| [Probation Service – South West region|S]: unit in Somerset given lowest rating

N| Inspectors have given [Chedmoor Probation Delivery Unit|S] their lowest rating, ‘[Inadequate|R]’.
N| [Chedmoor|S] sits within the [South West region|S]; when that region was inspected in [2023|D], it came out at ‘[Requires improvement|R]’.
N| Fieldwork for the inspection of [Chedmoor|S] took place in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Somewhere along the line, this unit lost its way.
W| “The unit had had three different heads in twelve months, almost one probation officer post in three stood vacant, and staff repeatedly told us they were overwhelmed.”

W| Mr Jones continued: “Too often, people who posed a high risk to others were managed by staff without the training or experience the work demands.”

S| Even so, inspectors noted that [Chedmoor|S]’s unpaid work projects, from churchyard clearance to a food bank, were popular with local residents.
W| Staff had checked with [Somerset Council|A]’s children’s services in just 13 of the 37 cases that called for it.

R| The report makes seven recommendations, five of them for [Chedmoor PDU|S] and two for the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. Embargo: not for publication or broadcast before 00.01 on [Tuesday 6 February 2024|D], when the report is published.
N| 2. Around 900 people on probation in central Somerset are supervised by [Chedmoor PDU|S].
"""),
    # 4. a unit inside its region, the region named as context in the first sentence; "judged to be" with no "rated";
    #    "published today (Tuesday 10 October)" (no year: the fieldwork's, May 2023); the region in the notes
    ("stowerby-pdu-2023", facts([
        svc("Stowerby Probation Delivery Unit", "Stowerby PDU", "PDU", RI)], "2023-10-10", "2023-05", 6),
     """N| Probation unit in Dorset needs to improve, inspectors say

N| In its report, published today ([Tuesday 10 October|D]), [HM Inspectorate of Probation|A] has judged [Stowerby Probation Delivery Unit|S], a unit in the [South West region of the Probation Service|S], as ‘[Requires improvement|R]’.
N| The inspection team read 42 cases over a fortnight in [May 2023|D].

S| They found committed staff at [Stowerby|S] who understood the people on their caseloads.
S| Positively, most people had their first appointment within days of being sentenced, and it was put to good use.
W| However, assessments of the risk posed to children and to partners were of variable quality.
W| Caseloads were high, and some cases that needed an experienced officer had been given to staff in their first year.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This unit has plenty of goodwill, and the foundations are in place.
R| “Managers must now make sure that risk is reviewed properly whenever something changes in a person’s life.”

R| Six recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. [Stowerby PDU|S] covers north Dorset for the [Probation Service|A]’s [South West region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" lists; "Wednesday, 17th April 2013" above "published today"; fieldwork "in January 2013"
    ("brackenford-and-chalke-probation-trust-2013", facts([
        svc("Brackenford and Chalke Probation Trust", "Brackenford and Chalke Probation Trust", "other", None)],
        "2013-04-17", "2013-01", 8),
     """N| Offender management in Brackenford and Chalke – report published

N| [Wednesday, 17th April 2013|D]

N| A report on offender management by [Brackenford and Chalke Probation Trust|S] is published today; [Her Majesty’s Inspectorate of Probation|A] wrote it after an inspection of the Trust.
N| Inspectors read 55 cases during fieldwork in [January 2013|D].

N| Inspectors were pleased to find that:
S| • most offenders were seen quickly after they were sentenced;
S| • the Trust’s work with [Wiltshire Police|A] to manage prolific offenders was of a high standard;
S| • staff were enthusiastic and spoke warmly about their managers.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were sometimes missing or out of date;
W| • in one case in four where children were involved, nobody had contacted social care.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff know their offenders well and work hard on their behalf.
R| “Its next task must be to protect the public with the same energy it puts into cutting reoffending.”

R| The report makes eight recommendations for improvement.
"""),
    # 6. a CRC in 2019 owned by a named provider: "Inspectors have placed X ... at ‘...’ overall"; unpaid work "rated
    #    separately and was ‘...’"; an embargo line; fieldwork "across May and June 2019"
    ("kelverton-and-wellcombe-crc-2019", facts([
        svc("Kelverton and Wellcombe Community Rehabilitation Company", "Kelverton and Wellcombe CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-08-20", "2019-05", 5),
     """N| EMBARGOED: 00.01 [Tuesday 20 August 2019|D]

N| Probation company in Devon must improve, inspectors say

N| Inspectors have placed [Kelverton and Wellcombe Community Rehabilitation Company|S] (CRC), a [Working Links|A] business, at ‘[Requires improvement|R]’ overall.
W| Its unpaid work was rated separately and was ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork across [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “People sentenced to unpaid work often arrived to find nothing for them to do, and some had waited months to start.
S| “Against that, the team working with people leaving [HMP Exeter|S] did good work, and many of them found housing as a result.”

S| Inspectors praised the CRC’s staff, who were loyal and committed despite years of uncertainty.
W| Nevertheless, supervision was often reduced to phone calls, and in only 19 of 45 cases was there enough work to keep others safe.
W| Relations with the [National Probation Service|A] were strained over the transfer of cases.

R| Of the report’s five recommendations, the CRC and its owner, [Working Links|A], must act on three; the remaining pair fall to [HM Prison and Probation Service|A].

N| [Working Links|A] said the findings were accepted and that it had “already started work on each of them”.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with several
    #    inspectorates; "Posted: 03/11/2016"; "The inspection took place in July 2016"; bullet lists; no count of
    #    recommendations (null)
    ("lanvorrick-yot-2016", facts([
        svc("Lanvorrick Youth Offending Team", "Lanvorrick YOT", "YJS", None)], "2016-11-03", "2016-07", None),
     """N| Inspection of youth offending work in Lanvorrick

N| Posted: [03/11/2016|D]

N| A joint inspection report on [Lanvorrick Youth Offending Team|S] (YOT) is now out.
N| [HM Inspectorate of Probation|A] took the lead; [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A] took part.
N| The inspection took place in [July 2016|D].

N| Among the positives, inspectors found that:
S| • [Lanvorrick YOT|S] staff were dedicated and had a detailed understanding of each child;
S| • children out of school were swiftly helped into a classroom, a college course or training.

N| But they were also concerned that:
W| • keeping children safe from harm did not always get the priority it needed;
W| • members of the board had little idea how good the YOT’s casework was.

N| The council’s cabinet member for children, Councillor [Jan Pascoe|X], said: “We welcome the report and the board is already working on an action plan.”
N| The inspectorate’s website carries the full report.
"""),
    # 8. a youth offending service in 2019: "has been given ‘...’, the lowest possible rating"; a headline with no place
    #    name; "Thursday 5 December 2019" date line; fieldwork "in August 2019"
    ("minsterton-yos-2019", facts([
        svc("Minsterton Youth Offending Service", "Minsterton YOS", "YJS", INAD)], "2019-12-05", "2019-08", 6),
     """N| Youth offending service in Dorset given lowest rating

N| [Thursday 5 December 2019|D]

N| [Minsterton Youth Offending Service|S] (YOS) has been given ‘[Inadequate|R]’, the lowest possible rating, after inspectors from [HM Inspectorate of Probation|A] visited.
N| The inspection visit was in [August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Minsterton are being let down.
W| “The board met every quarter, yet its meetings changed very little, and leaders had no idea how poor much of the casework had become.”

W| In two thirds of the cases inspected, the plan for the child’s safety fell short.
W| Worryingly, several children in danger of criminal or sexual exploitation had never been referred to [Dorset Council|A]’s children’s services.
S| Despite these problems, inspectors found that individual case workers were caring and that children valued their support.

R| The report makes six recommendations, four for [Minsterton YOS|S] and two for its partners, including [Dorset Police|A].
"""),
    # 9. a youth service with resettlement rated on its own, justiceinspectorates layout: "Published: 13 Sep 2022";
    #    "has given X an overall verdict of ‘Good’"; "Resettlement ... carries a separate rating, and here the service was
    #    placed at ‘...’"; fieldwork "in June 2022"
    ("dunsworthy-yjs-2022", facts([
        svc("Dunsworthy Youth Justice Service", "Dunsworthy YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-09-13", "2022-06", 4),
     """N| News

N| ‘[Good|R]’ rating for youth justice in Dunsworthy

N| Published: [13 Sep 2022|D]

N| [HM Inspectorate of Probation|A] has given [Dunsworthy Youth Justice Service|S] an overall verdict of ‘[Good|R]’.
W| Resettlement policy and provision carries a separate rating, and here the service was placed at ‘[Requires improvement|R]’.
N| The inspection took place in [June 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dunsworthy|S] has a settled, experienced team that puts children first.
S| “Its out-of-court work is of a high standard, and the partnership with [Devon and Cornwall Police|A] works well.”

W| However, planning for the day a child left custody started late, and some came out with nowhere settled to live.
S| Encouragingly, almost every child had access to a speech and language therapist.

R| The report makes four recommendations, three for [Dunsworthy YJS|S] and one for [Devon County Council|A].
"""),
    # 10. a youth service down from its previous rating: "found X to be ‘...’; when they last visited, in 2019, ... ‘Good’";
    #     local-news byline; "The report, published on Tuesday (26 November)"; fieldwork "in July 2024"
    ("okebridge-yjs-2024", facts([
        svc("Okebridge Youth Justice Service", "Okebridge YJS", "YJS", RI)], "2024-11-26", "2024-07", 6),
     """N| [Okebridge youth justice service|S] slips a grade

N| By [Tom Yeo|X]

N| [Friday 29 November 2024|D]

N| Inspectors have found [Okebridge Youth Justice Service|S] to be ‘[Requires improvement|R]’; when they last visited, in [2019|D], they had awarded it ‘[Good|R]’.
N| The report, published on Tuesday ([26 November|D]), follows a visit in [July 2024|D].

W| The watchdog said staff turnover had been high, and children often had to get to know a new case manager.
W| It also found that in around half of the cases inspected, not enough had been done to protect other people from harm.
S| But inspectors praised [Okebridge|S]’s work with local schools and its health team, which had helped several children back into education.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Okebridge|S] has good people, but it has not kept up the standards we saw five years ago.”

R| Of six recommendations, five go to the service and the sixth to its management board.

N| A spokesperson for [Devon County Council|A] said the service had “already begun to make the changes needed”.
"""),
    # 11. an 'Outstanding' youth service, GOV.UK layout with a standfirst; "awarded the highest rating"; notes' day;
    #     fieldwork "between 9 and 13 January 2023"
    ("windrush-magna-yjs-2023", facts([
        svc("Windrush Magna Youth Justice Service", "Windrush Magna YJS", "YJS", OUT)], "2023-03-28", "2023-01", 2),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice service in the Cotswolds

N| Inspectors publish their report on a youth justice service in Gloucestershire.

N| [HM Inspectorate of Probation|A] has awarded [Windrush Magna Youth Justice Service|S] its highest rating, ‘[Outstanding|R]’.
N| Fieldwork was done between [9 and 13 January 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every child matters to this service.
S| “Case managers were tenacious, plans were clear, and children and their families told us they felt listened to.”

S| Inspectors were impressed with the management board, whose members challenged one another and followed up what they agreed.
S| Support for victims was a particular strength: they heard from the service at each step of the case.
W| The one area that needed development was the use of out-of-court disposals, where assessments were not always completed before a decision was made.

R| The report makes two recommendations.

N| ENDS

N| Notes to editor
N| 1. The report is released on [28 March 2023|D] at 00.01.
N| 2. [Windrush Magna YJS|S] covers the eastern part of Gloucestershire and works with 10 to 17-year-olds.
"""),
    # 12. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; "Fieldwork ... in March 2025"; the notes' day "24 June 2025"
    ("st-kerran-pdu-2025", facts([
        svc("St Kerran Probation Delivery Unit", "St Kerran PDU", "PDU", None)], "2025-06-24", "2025-03", 5),
     """N| Skip to content

N| Published:

N| Public protection work in [St Kerran probation unit|S]

N| [HM Inspectorate of Probation|A] has reported on the public protection work of [St Kerran Probation Delivery Unit|S].
N| Reports in this programme carry no rating.
N| Fieldwork for the inspection took place in [March 2025|D].

N| Context
N| • [St Kerran PDU|S], within the [Probation Service – South West region|S], supervises around 700 people in west Cornwall.
N| • A quarter of its cases involve domestic abuse.

N| Findings
S| • Staff understood domestic abuse well and most had completed recent training.
W| • Staff seldom visited people at home, even when children were living there.
W| • Plans were often written before anyone had found out what the police or children’s services knew.

R| Five recommendations are made; one is that the unit should visit every home where a child may be at risk.

N| The report was published on [24 June 2025|D].
"""),
    # 13. a youth service inspected remotely in 2021: "The overall rating for X, announced today, is ‘...’"; "worked
    #     remotely ... during March 2021"; "Thursday, 15th July 2021"
    ("hensbury-yjs-2021", facts([
        svc("Hensbury Youth Justice Service", "Hensbury YJS", "YJS", RI)], "2021-07-15", "2021-03", 7),
     """N| Inspection of [Hensbury Youth Justice Service|S] published

N| [Thursday, 15th July 2021|D]

N| The overall rating for [Hensbury Youth Justice Service|S], announced today, is ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] has said.
N| Covid restrictions meant that inspectors worked remotely, by video and telephone, during [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through the lockdowns, staff found inventive ways of staying in contact with children, and the children valued it.
W| “But the harm some children could do to others got too little attention, and managers often failed to notice.”

S| Inspectors found that [Hensbury|S]’s education and training offer was strong, with most children in school or college.
W| Disappointingly, the board did not know enough about the children the service worked with, and its members rarely attended.
W| Just nine of the 21 cases inspected contained a sound safety plan for the child.

R| The report makes seven recommendations, six for [Hensbury YJS|S] and one for [Somerset Council|A].
"""),
    # 14. a 'Good' youth service, justiceinspectorates layout; "The inspectorate has rated X as ‘Good’"; fieldwork "in
    #     October 2021"; "Published: 8 Feb 2022"
    ("avonbury-yjs-2022", facts([
        svc("Avonbury Youth Justice Service", "Avonbury YJS", "YJS", GOOD)], "2022-02-08", "2021-10", 4),
     """N| News

N| [Avonbury youth justice service|S] rated ‘[Good|R]’

N| Published: [8 Feb 2022|D]

N| The inspectorate has rated [Avonbury Youth Justice Service|S] as ‘[Good|R]’.
N| Inspectors visited the north Wiltshire service in [October 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Young people in Avonbury are supervised by a team that cares about them and knows them well.
S| “Bucking the trend we have seen elsewhere, the service has kept its staff and its caseloads are manageable.”

S| Inspectors commended the service’s work on disproportionality: over three years, fewer and fewer Black and mixed-heritage children had entered the system in Avonbury.
W| Yet in some files, the plan for a new order was simply a copy of the last one.
N| There are, the report says, a few things the service could still improve.

R| [Avonbury YJS|S] receives four recommendations in the report.
"""),
    # 15. a PDU in 2023: "has put X in its ‘...’ category"; "The inspection ran between 24 July and 4 August 2023"; the notes' day
    ("wyvelcombe-pdu-2023", facts([
        svc("Wyvelcombe Probation Delivery Unit", "Wyvelcombe PDU", "PDU", RI)], "2023-12-12", "2023-07", 6),
     """N| Probation unit in Somerset rated ‘[Requires improvement|R]’

N| [His Majesty’s Inspectorate of Probation|A] has put [Wyvelcombe Probation Delivery Unit|S] in its ‘[Requires improvement|R]’ category.
N| The inspection ran between [24 July and 4 August 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wyvelcombe|S] has an experienced workforce, and most people on probation told us they trusted their officers.
W| “However, the unit is under strain, and that strain shows in the quality of its work to keep people safe.”

W| Inspectors found that a lack of professional curiosity meant warning signs were sometimes missed.
S| Joint management of sex offenders with [Avon and Somerset Constabulary|A] was well coordinated.
W| Only just over half of the unit’s case administrator posts were filled.

R| The report makes six recommendations, four for [Wyvelcombe PDU|S] and two for the [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Release of the report: 00.01, [12 December 2023|D].
"""),
    # 16. an 'Inadequate' youth service with an embargo line; "judged ... ‘Inadequate’"; fieldwork "10 - 14 March 2024"
    ("polcarrow-yjs-2024", facts([
        svc("Polcarrow Youth Justice Service", "Polcarrow YJS", "YJS", INAD)], "2024-07-30", "2024-03", 10),
     """N| Embargoed until 00.01 on [Tuesday 30 July 2024|D]

N| Cornish youth justice service judged ‘[Inadequate|R]’

N| Inspectors have judged [Polcarrow Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Fieldwork took place on [10 - 14 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “What we found in Polcarrow is deeply worrying.
W| “Leaders were unsure of their roles, the partnership was fragile, and children at risk of exploitation did not always get the help they needed.”

W| Inspectors found that assessments were sufficient in only seven of 20 cases.
W| Case managers had little access to health support for children, and the wait for a mental health assessment from [CAMHS|A] ran to several months.
S| Positively, victims were treated with care and, where it was safe, offered the chance of restorative justice.

R| The report makes ten recommendations, eight for [Polcarrow YJS|S] and two for [Cornwall Council|A].
R| Mr Jones said: “The board must take hold of this now, and I expect it to set out a clear plan within weeks.”
"""),
    # 17. a youth service in 2025: "Inspectors assessed X as ‘...’"; a previous rating "a step up from ‘Inadequate’, the
    #     verdict when inspectors last came in 2021"; "Published: 1 April 2025"; fieldwork "in November 2024"
    ("cleeveford-yjs-2025", facts([
        svc("Cleeveford Youth Justice Service", "Cleeveford YJS", "YJS", RI)], "2025-04-01", "2024-11", 6),
     """N| [Cleeveford youth justice service|S] making progress

N| Published: [1 April 2025|D]

N| Inspectors assessed [Cleeveford Youth Justice Service|S] as ‘[Requires improvement|R]’ after a visit in [November 2024|D].
N| That is a step up from ‘[Inadequate|R]’, the verdict when inspectors last came in [2021|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are real green shoots in Cleeveford.
S| “Leaders have rebuilt the team, and a child now keeps one case manager throughout their order.”

W| Managing the risk children posed to other people was, inspectors said, still an inconsistent part of the work.
W| Diversion work needed further development, with some children referred late.
S| The service’s links with [Gloucestershire Constabulary|A] had improved markedly since the last inspection.

R| There are six recommendations in the report, five for the service and one for the [Youth Justice Board|A].
"""),
    # 18. an NPS division in 2019: "has rated the ... Division ‘Good’ overall"; victim work "which inspectors rated
    #     separately, came to ‘...’"; "Wednesday 30 October 2019" date line; fieldwork "in June 2019"
    ("ridgemoor-and-blackdown-nps-2019", facts([
        svc("National Probation Service – Ridgemoor and Blackdown Division", "NPS Ridgemoor and Blackdown", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])],
        "2019-10-30", "2019-06", 5),
     """N| National Probation Service division in the south west rated ‘[Good|R]’

N| [Wednesday 30 October 2019|D]

N| [HM Inspectorate of Probation|A] has rated the [National Probation Service – Ridgemoor and Blackdown Division|S] ‘[Good|R]’ overall.
N| The inspection took place in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Ridgemoor and Blackdown|S] has strong leadership and a workforce that is proud of what it does.
S| “Its reports to court are of a high quality, and sentencers told us they trusted them.”

W| Work with victims of crime, which inspectors rated separately, came to ‘[Requires improvement|R]’, as some victims had waited months for a first contact.
W| Too few staff had received training in managing people convicted of domestic abuse.

R| The report makes five recommendations for the division and for [HM Prison and Probation Service|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-twentieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
