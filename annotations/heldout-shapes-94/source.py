"""Builds the ninety-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Anglesey PDUs on a GOV.UK page, the Wales region named before the units: "X was given ‘...’ and Y fell to
    #    ‘...’"; fieldwork "during January 2024"; eight recommendations "four for each unit"
    ("aberffraw-and-pentraeth-pdus-2024", facts([
        svc("Aberffraw Probation Delivery Unit", "Aberffraw PDU", "PDU", RI),
        svc("Pentraeth Probation Delivery Unit", "Pentraeth PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Inspectors report on two probation units on Anglesey

N| Two probation delivery units serving the island have been inspected.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two units of [Probation Service – Wales region|S], [Aberffraw Probation Delivery Unit|S] and [Pentraeth Probation Delivery Unit|S], have each been inspected, and [HM Inspectorate of Probation|A] publishes both reports today.
N| [Aberffraw|S] was given ‘[Requires improvement|R]’ and [Pentraeth|S] fell to ‘[Inadequate|R]’.
N| Inspectors visited both units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Pentraeth, we found almost one probation officer vacancy for every filled post, and the staff who remained were stretched far too thinly to keep the public safe.
S| “[Aberffraw|S] has a stable team who know the people they supervise well, and it has built good links with the island’s housing officers.”

S| Inspectors commended [Aberffraw PDU|S]’s use of Welsh-language supervision for people who asked for it.
W| In both units, checks with children’s services were missing from too many cases where children were at risk.
W| [Pentraeth PDU|S] had no settled senior manager, and its staff told inspectors they felt forgotten by the region.

R| Between them, the reports set out eight recommendations, with four for each unit.

N| A spokesperson for the [Probation Service|A] in Wales said: “The findings are accepted, and extra staff have been moved to Pentraeth.”
"""),
    # 2. two Denbighshire youth justice services in a local-news story: the reports "came out on Thursday (6 February)"
    #    under a byline of Friday 7 February 2025; "X was awarded the top rating of ‘...’, while Y earned ‘...’", in the
    #    other order from the one they were first named in (Trefnant first); fieldwork "in October and November 2024";
    #    five recommendations "three for Dyserth and two for Trefnant"
    ("trefnant-and-dyserth-yjs-2025", facts([
        svc("Trefnant Youth Justice Service", "Trefnant YJS", "YJS", GOOD),
        svc("Dyserth Youth Justice Service", "Dyserth YJS", "YJS", OUT)], "2025-02-06", "2024-10", 5),
     """N| Two youth justice teams in Denbighshire win praise from inspectors

N| By [Gethin Roberts|X]

N| [Friday 7 February 2025|D]

N| Inspection reports on [Trefnant Youth Justice Service|S] and [Dyserth Youth Justice Service|S] came out on Thursday ([6 February|D]), after inspectors visited in [October and November 2024|D].
N| [Dyserth|S] was awarded the top rating of ‘[Outstanding|R]’, while [Trefnant|S] earned ‘[Good|R]’.

S| Inspectors said [Dyserth|S]’s staff went out of their way to keep children in education, often visiting schools alongside them.
S| They also praised [Trefnant|S] for the speed with which children were given help with their mental health.
W| However, the report on [Trefnant YJS|S] said plans to protect victims were sometimes written and then left untouched.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services give children help they can rely on, and in Dyserth we saw some of the most thoughtful work we have found anywhere in Wales.”

R| Of five recommendations, three are for [Dyserth|S] and two for [Trefnant|S].

N| Councillor [Elin Pritchard|X], of [Denbighshire County Council|A], said: “Our thanks go to the staff, who work so hard for young people in the county.”
"""),
    # 3. a unit inside its region, the region in the headline ("Wales probation region: ...") and the region's earlier
    #    rating as context; "inspectors have placed X in the lowest of the four categories"; fieldwork "between 15 and 26
    #    April 2024"; the notes' "available on the ... website on 10 September 2024 at 00.01"
    ("crymych-pdu-2024", facts([
        svc("Crymych Probation Delivery Unit", "Crymych PDU", "PDU", INAD)], "2024-09-10", "2024-04", 7),
     """N| [Wales probation region|S]: unit in north Pembrokeshire found to be failing

N| Inspectors have placed [Crymych Probation Delivery Unit|S], in the [Probation Service – Wales region|S], in the lowest of the four categories, ‘[Inadequate|R]’.
N| In [2023|D] the [Wales region|S] as a whole came out at ‘[Requires improvement|R]’.
N| Inspectors were in the unit between [15 and 26 April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The public in north Pembrokeshire are not as safe as they should be.
W| “Too many cases had sat with a single officer for months without any review, and managers could not tell us who was most at risk.”

W| Mr Jones continued: “Fewer than one case in three had the police checks on domestic abuse that it needed.”

S| Despite the long distances involved, inspectors found that staff kept up regular home visits in most cases.
S| Joint work with [Dyfed-Powys Police|A] on the management of prolific offenders was a particular strength.

R| Of seven recommendations, five fall to the unit, with the other two going to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [10 September 2024|D] at 00.01.
N| 2. [Crymych PDU|S] supervises about 380 people across north Pembrokeshire.
"""),
    # 4. a unit inside its region, the region only in the notes: "published today (Tuesday, 21 November)" with no year
    #    (the fieldwork's, June 2023); "Inspectors judged X to be ‘...’"; "in only 14 of the 32 cases"; six recommendations
    ("llangadog-pdu-2023", facts([
        svc("Llangadog Probation Delivery Unit", "Llangadog PDU", "PDU", RI)], "2023-11-21", "2023-06", 6),
     """N| Probation unit in rural Carmarthenshire ‘must do more to protect children’

N| In a report published today ([Tuesday, 21 November|D]), inspectors judged [Llangadog Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection took place in [June 2023|D].

S| Inspectors found an experienced team with low sickness absence and a manager who was respected by staff.
S| Those on probation said their officers were respectful and made time to listen to them.
W| However, risk to children had been properly considered in only 14 of the 32 cases inspected.
W| Access to accredited programmes was limited, and some people waited almost a year to start one.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This unit has real strengths to draw on.
R| “Its leaders now need to make sure that every assessment looks hard at who else in the household could be harmed.”

R| We have made six recommendations; four of them concern the unit, and two the [Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. [Llangadog PDU|S] is part of the [Probation Service – Wales region|S] and supervises around 450 people.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of a hundred, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullet lists; "Published: 19 Jul 2011"; fieldwork "in March
    #    2011"; eight recommendations
    ("meifod-and-berriew-probation-trust-2011", facts([
        svc("Meifod and Berriew Probation Trust", "Meifod and Berriew Probation Trust", "other", None)],
        "2011-07-19", "2011-03", 8),
     """N| Offender management inspection: Meifod and Berriew

N| Published: [19 Jul 2011|D]

N| Offender management in [Meifod and Berriew Probation Trust|S] is the subject of [Her Majesty’s Inspectorate of Probation|A]’s latest report, published today after a visit in [March 2011|D].
S| Overall the Trust was judged to be doing well, scoring 76% for reducing the likelihood of reoffending.

N| Inspectors were pleased to find that:
S| • the first appointment after sentence was almost always kept within five working days;
S| • staff had a sound knowledge of the services available across rural Powys;
S| • offenders said that their officers were easy to contact.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were too often generic;
W| • home visits were rarely made, even where a partner or children were at risk.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are committed, and its leaders have a clear sense of purpose.
R| “Its task now is to apply to risk of harm the same care it already shows in helping people to change.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 with an embargo line: "has assessed X (CRC), run by Seetec, as ‘...’ overall"; unpaid work "which
    #    was rated separately, was ‘Good’"; the provider named; fieldwork "carried out in August 2019"
    ("glyndyfrdwy-and-carrog-crc-2019", facts([
        svc("Glyndyfrdwy and Carrog Community Rehabilitation Company", "Glyndyfrdwy and Carrog CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-12", "2019-08", 6),
     """N| Embargoed until 00.01 [Thursday 12 December 2019|D]

N| Probation company in north-east Wales told to improve

N| [HM Inspectorate of Probation|A] has assessed [Glyndyfrdwy and Carrog Community Rehabilitation Company|S] (CRC), run by [Seetec|A], as ‘[Requires improvement|R]’ overall.
S| The CRC’s unpaid work, which was rated separately, was ‘[Good|R]’.
N| The inspection was carried out in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here unpaid work is well organised, and those doing it told us they had learned useful skills.
W| “But the quality of supervision elsewhere in the CRC is too uneven, and too little is done to check whether someone poses a risk to a partner or to children.”

W| Inspectors found that many practitioners held caseloads of more than 70, and some had not had formal supervision for several months.
W| Communication with the [National Probation Service|A] was inconsistent, and some cases were transferred without up-to-date risk information.

R| Of six recommendations, four are directed at the CRC and [Seetec|A], while [HM Prison and Probation Service|A] gets two.

N| A [Seetec|A] spokesperson said: “We welcome the report and are already acting on its recommendations.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...";
    #    "Posted: 09/08/2016" (day/month/year); "The inspection took place in May 2016"; bullet lists
    ("trawsfynydd-yot-2016", facts([
        svc("Trawsfynydd Youth Offending Team", "Trawsfynydd YOT", "YJS", None)], "2016-08-09", "2016-05", 7),
     """N| Inspection of youth offending work in Trawsfynydd

N| Posted: [09/08/2016|D]

N| [HM Inspectorate of Probation|A] took the lead in a joint inspection of [Trawsfynydd Youth Offending Team|S] (YOT), with [Estyn|A] and [Healthcare Inspectorate Wales|A], and the report has now been published.
N| The inspection took place in [May 2016|D].

N| The inspectors were pleased to find that:
S| • case managers knew the children well and many spoke to them in Welsh;
S| • children were quickly found places in education or training after leaving custody.

N| However, they had concerns that:
W| • in half the cases, too little was done to protect others from harm;
W| • board members saw too little data to judge how the YOT was performing.

R| Seven recommendations are made, one being that the board should receive regular reports on the quality of casework.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “We hope this report helps the YOT and its partners as they plan their next steps.”

N| Councillor [Dafydd Hughes|X] of [Gwynedd Council|A] said: “We welcome the report and its recommendations, which we will take forward with our partners.”
"""),
    # 8. a Youth Offending Service in 2019: "has been judged to be ‘...’"; "Report published: 17 October 2019" in the
    #    notes; fieldwork "in July 2019"; four recommendations
    ("aberdyfi-yos-2019", facts([
        svc("Aberdyfi Youth Offending Service", "Aberdyfi YOS", "YJS", GOOD)], "2019-10-17", "2019-07", 4),
     """N| ‘[Good|R]’ verdict for youth offending service on the Dyfi estuary

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Aberdyfi Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| Inspectors visited the service in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “For a small service, this one achieves a great deal.
S| “Staff are tenacious: they stay in contact with children wherever they live, even in the remotest corners of the county.”

S| Inspectors were impressed with the [Aberdyfi YOS|S]’s work with [North Wales Police|A] to divert children away from the courts.
W| Nevertheless, victims’ views were missing from some assessments.
W| The service’s links with [Betsi Cadwaladr University Health Board|A] were less strong, and some children waited too long for a mental health assessment.

R| Four recommendations are made; the YOS is asked to act on three, the health board on one.

N| ENDS

N| Notes to editors
N| 1. Report published: [17 October 2019|D].
N| 2. [Aberdyfi YOS|S] works with children aged 10 to 17.
"""),
    # 9. a youth service "awarded ... their highest possible rating of ‘...’" (no "rated" for the overall), resettlement
    #    "assessed on its own" as ‘Good’, the previous rating beside ("a rise from ‘...’ three years earlier, in 2021");
    #    fieldwork "4 - 8 March 2024"; the date line "Tuesday 2 July 2024"
    ("moelfre-yjs-2024", facts([
        svc("Moelfre Youth Justice Service", "Moelfre YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-07-02", "2024-03", 3),
     """N| Top marks from inspectors for youth service on Anglesey

N| [Tuesday 2 July 2024|D]

N| Inspectors have awarded [Moelfre Youth Justice Service|S] their highest possible rating of ‘[Outstanding|R]’, a rise from ‘[Requires improvement|R]’ three years earlier, in [2021|D].
S| Its resettlement work, assessed on its own, was ‘[Good|R]’.
N| Inspectors spent a week with the service, from [4 - 8 March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In three years [Moelfre|S] has transformed itself, and the children it works with are the ones who have benefited.
S| “Every child we met had a trusted adult who knew their history and stuck with them.”

S| Inspectors praised the service’s management board, which was well attended and held partners to account.
S| Inspectors described the service’s work against child exploitation as exceptional, with close links to the [Isle of Anglesey County Council|A]’s children’s services.
W| The one area needing attention was planning for children’s release from custody, where arrangements for housing were sometimes left late.

R| The report’s three recommendations are all addressed to [Moelfre YJS|S].
"""),
    # 10. an ordinary youth service on a GOV.UK page: "has been rated ‘...’"; fieldwork "in May 2022"; "Published 13
    #    September 2022"; six recommendations with the police among the recipients
    ("solva-yjs-2022", facts([
        svc("Solva Youth Justice Service", "Solva YJS", "YJS", RI)], "2022-09-13", "2022-05", 6),
     """N| Press release

N| Youth justice service in Pembrokeshire told to improve

N| From: [HM Inspectorate of Probation|A]

N| Published [13 September 2022|D]

N| [Solva Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Solva|S] are dedicated to the children they work with and know them well.
W| “However, the service has lost sight of some of the basics, and too many assessments were out of date.”

S| Inspectors found that children had good access to education, training and employment, with a high number in full-time education.
W| Work with victims was inconsistent, and in several cases victims had not been contacted at all.
W| Disappointingly, board members had little idea of what was happening on the ground.

R| Six recommendations are made: four for the service, and one each for the management board and [Dyfed-Powys Police|A].

N| A spokesperson for [Pembrokeshire County Council|A] said: “An improvement plan is being drawn up with our partners.”
"""),
    # 11. an ordinary PDU, "Inadequate" with "has been rated"; fieldwork "in February and March 2023" -> 2023-02;
    #    the notes' "will be published on ... 27 June 2023"; nine recommendations
    ("penally-pdu-2023", facts([
        svc("Penally Probation Delivery Unit", "Penally PDU", "PDU", INAD)], "2023-06-27", "2023-02", 9),
     """N| Probation in south Pembrokeshire rated ‘[Inadequate|R]’

N| [Penally Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were in the unit in [February and March 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This unit is under severe strain.
W| “Staff shortages have left practitioners juggling cases they cannot possibly manage properly, and the public is less safe as a result.”

W| Inspectors found that risk of serious harm had been assessed well enough in only 11 of the 36 cases examined.
W| Worryingly, some people released from prison on licence went for weeks without an appointment.
S| In contrast, inspectors found that the unit’s court team produced timely, well-informed reports.

R| Nine recommendations are made, one of them that the [Probation Service|A] in Wales should recruit to the unit’s empty posts as a matter of urgency.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [27 June 2023|D].
"""),
    # 12. an ordinary youth service, fieldwork "carried out remotely in February 2021"; the date line "Thursday, 20th May
    #    2021"; "rated ‘Good’"; four recommendations
    ("llansteffan-yjs-2021", facts([
        svc("Llansteffan Youth Justice Service", "Llansteffan YJS", "YJS", GOOD)], "2021-05-20", "2021-02", 4),
     """N| Inspectors praise youth justice service in Carmarthenshire

N| [Thursday, 20th May 2021|D]

N| [Llansteffan Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| Because of the pandemic, the inspection was done remotely in [February 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Despite the challenges of the last year, staff kept in touch with every child, and some found creative ways to do so.
S| “Everyone involved can be rightly proud of the results.”

S| Inspectors found that staff and partners shared the same clear vision for the service.
S| Children’s health needs were identified early, and [Hywel Dda University Health Board|A] had placed a nurse in the team.
W| However, children given out-of-court disposals did not always get enough support to stop them offending again.

R| The report makes four recommendations for the service and its partners.

N| ENDS
"""),
    # 13. a Welsh council page in 2025, the date line "18/03/2025" (day/month/year), the council's reply: "finds that the
    #    service ‘...’"; fieldwork "November 2024"; seven recommendations
    ("amroth-yjs-2025", facts([
        svc("Amroth Youth Justice Service", "Amroth YJS", "YJS", RI)], "2025-03-18", "2024-11", 7),
     """N| Council responds to youth justice inspection

N| [18/03/2025|D]

N| After inspecting [Amroth Youth Justice Service|S] in [November 2024|D], [HM Inspectorate of Probation|A] finds that the service ‘[Requires improvement|R]’.
N| Inspectors from [Estyn|A], [Healthcare Inspectorate Wales|A] and [Care Inspectorate Wales|A] took part.

S| Inspectors described a passionate staff group whom children and parents trusted.
S| They highlighted the service’s prevention work, which had brought first-time entrants down sharply.
W| However, inspectors found that risk plans were seldom revisited when a child’s circumstances changed.
W| They also said that the management board needed to understand better the needs of children from Gypsy, Roma and Traveller communities.

R| Seven recommendations are made; five are for the service and two for the board.

N| Councillor [Sian Morgan|X], Cabinet Member for Education and Young People, said: “We thank the inspectors and will make sure every recommendation is acted on.”
"""),
    # 14. an ordinary youth service in 2020, fieldwork "between 24 and 28 February 2020" before the pandemic; the notes'
    #    "published on Thursday 16 July 2020"; "The inspectorate rated X ‘...’"; five recommendations
    ("meliden-yjs-2020", facts([
        svc("Meliden Youth Justice Service", "Meliden YJS", "YJS", GOOD)], "2020-07-16", "2020-02", 5),
     """N| ‘[Good|R]’ youth justice service in Denbighshire

N| [HM Inspectorate of Probation|A] rated [Meliden Youth Justice Service|S] ‘[Good|R]’ after inspecting it between [24 and 28 February 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Meliden|S]’s staff are committed and well trained, and they clearly care about the children they supervise.
W| “Their work with victims, though, was not always as careful as it should have been.”

S| Inspectors found that the service had a good understanding of children’s speech and language needs, with a speech and language therapist working alongside case managers.
S| Court work was of a high standard.
W| Only half of the cases inspected showed enough attention to the safety of others.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [Thursday 16 July 2020|D] on the inspectorate’s website.
N| 2. Fieldwork was completed before the national lockdown in [March 2020|D].
"""),
    # 15. a 2025 public-protection inspection of a PDU, with "Skip to content", an empty "Published:" line, "Context" and
    #    "Findings" bullets, no rating; fieldwork "10 - 14 June 2025"; "The report was published on 4 November 2025."
    ("caersws-pdu-2025", facts([
        svc("Caersws Probation Delivery Unit", "Caersws PDU", "PDU", None)], "2025-11-04", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: Caersws PDU

N| Published:

N| A report on public protection work in [Caersws Probation Delivery Unit|S], in mid Wales, has been issued today by [HM Inspectorate of Probation|A].
N| This programme of inspections examines the management of people who pose a high risk to others; no rating is given.

N| Context
N| • Fieldwork took place from [10 - 14 June 2025|D].
N| • The unit covers a large rural area of northern Powys and is part of the [Probation Service – Wales region|S].

N| Findings
S| • Practitioners understood the people they supervised, and those posing the highest risk were seen often.
W| • [MAPPA|A] was not always used when it should have been.
W| • Risk management plans lacked clear contingency arrangements in most of the cases inspected.
S| • Work with [Dyfed-Powys Police|A] to share information about domestic abuse was timely and thorough.

R| Inspectors make five recommendations to the unit and the region.

N| The report was published on [4 November 2025|D].
"""),
    # 16. local news in the third person, a youth service "Inadequate": "the watchdog found"; "published today
    #    (Wednesday, 8 March)" under a byline of the same day in 2023; fieldwork "in November 2022"; ten recommendations;
    #    the council's reply
    ("llanrug-yjs-2023", facts([
        svc("Llanrug Youth Justice Service", "Llanrug YJS", "YJS", INAD)], "2023-03-08", "2022-11", 10),
     """N| Youth justice service in Gwynedd given lowest rating

N| By [Non Griffiths|X]

N| [Wednesday 8 March 2023|D]

N| A youth justice service in Gwynedd has been rated ‘[Inadequate|R]’ in a report published today ([Wednesday, 8 March|D]).
N| The watchdog, [HM Inspectorate of Probation|A], inspected [Llanrug Youth Justice Service|S] in [November 2022|D].

W| The watchdog found that the service had been too slow to notice when children were being exploited by criminals.
W| It said leaders had ignored repeated warnings from staff about rising workloads.
W| Work to protect other people was sufficient in only six of the 20 cases inspected.
S| Inspectors did praise the team’s work with local schools, which had helped several children return to full-time education.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders must act quickly so that children in this area, and the public, get the service they deserve.”

R| The report makes ten recommendations.

N| A spokesperson for [Gwynedd Council|A] said: “The findings are disappointing, and changes are already under way.”
"""),
    # 17. a youth service: "has assessed X as ‘...’ overall", resettlement policy and provision "Rated separately, ...
    #    came out at ‘Inadequate’"; fieldwork "in July 2024"; the notes' date; six recommendations
    ("dwyran-yjs-2024", facts([
        svc("Dwyran Youth Justice Service", "Dwyran YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2024-11-12", "2024-07", 6),
     """N| Youth justice service on Anglesey ‘[requires improvement|R]’

N| [HM Inspectorate of Probation|A] has assessed [Dwyran Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
W| Rated separately, its resettlement policy and provision came out at ‘[Inadequate|R]’.
N| Fieldwork took place over two weeks in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Case managers in Dwyran have built trusting relationships with children, and many children told us how much this had helped them.
W| “But children leaving custody were too often returning to the island with nowhere suitable to live.”

S| Inspectors were impressed by the service’s out-of-court work, which was well planned and focused on the child.
W| Not enough attention was paid to the diversity needs of children, and some plans did not reflect what children had said about themselves.

R| There are six recommendations: four are addressed to the service, two to the board that oversees it.

N| ENDS

N| Notes to editors
N| 1. The report is published on [12 November 2024|D] at 00.01.
"""),
    # 18. an ordinary PDU, "found to be ‘...’", "Mr Jones continued"; fieldwork "in June 2024"; "Published 22 October
    #    2024"; six recommendations
    ("sennybridge-pdu-2024", facts([
        svc("Sennybridge Probation Delivery Unit", "Sennybridge PDU", "PDU", RI)], "2024-10-22", "2024-06", 6),
     """N| News

N| Probation unit in Powys ‘[requires improvement|R]’

N| Published [22 October 2024|D]

N| An inspection in [June 2024|D] has found [Sennybridge Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sennybridge|S] has a committed workforce and a leadership team that is honest about the challenges it faces.
W| “Yet in a large number of the cases we looked at, the risk posed to partners and children had not been properly explored.”

W| Mr Jones continued: “Many staff were new to the role, and they needed more support from experienced colleagues than was available.”

S| Inspectors found that unpaid work was delivered well, with a wide range of placements across the Brecon area.
W| The unit’s links with [Powys County Council|A]’s children’s services were underdeveloped.

R| Among six recommendations, the report asks the unit to raise the quality of its risk assessments.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
