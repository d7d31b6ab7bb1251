"""Builds the 118th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the Wales region on a GOV.UK page, the region named before the units: "X was given ‘...’ and Y the
    #    lowest grade, ‘...’"; fieldwork "during March 2024"; "eight recommendations, half of them for each unit"
    ("aberwenlas-and-cwmderyn-pdus-2024", facts([
        svc("Aberwenlas Probation Delivery Unit", "Aberwenlas PDU", "PDU", RI),
        svc("Cwmderyn Probation Delivery Unit", "Cwmderyn PDU", "PDU", INAD)], "2024-09-10", "2024-03", 8),
     """N| Press release

N| Two probation delivery units in west Wales inspected

N| Inspectors report on probation work in Carmarthenshire and Pembrokeshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2024|D]

N| Reports by [His Majesty’s Inspectorate of Probation|A], released today, look at two units of the [Probation Service – Wales region|S]: [Aberwenlas Probation Delivery Unit|S] and [Cwmderyn Probation Delivery Unit|S].
N| [Aberwenlas|S] was given ‘[Requires improvement|R]’ and [Cwmderyn|S] the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited both units during [March 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although they are neighbours, these two units are in very different states.
S| “[Aberwenlas|S] has a stable team of officers, and its managers have a firm grasp of where the work falls short.
W| “[Cwmderyn|S], on the other hand, had lost nearly half of its qualified staff in a year, and the people left behind were struggling to keep up.”

S| Inspectors praised the close working between [Aberwenlas PDU|S] and [Dyfed-Powys Police|A] on people convicted of domestic abuse.
W| In [Cwmderyn PDU|S], home visits had almost stopped, and in only 9 of 30 cases had the risk to children been properly considered.
W| Rural caseloads in both units meant long journeys for people on probation, and some had missed appointments because there was no bus.

R| The reports make eight recommendations, half of them for each unit.

N| ENDS
"""),
    # 2. two Gwynedd youth justice services on a council page: "Posted: 12/09/2023"; "Pentrefoel earned the
    #    inspectorate’s top mark, ‘...’, while Llanystyn was assessed as ‘...’" (the other order from the first naming);
    #    fieldwork "in May 2023"; "five recommendations: three for Llanystyn and two for Pentrefoel"
    ("llanystyn-and-pentrefoel-yjs-2023", facts([
        svc("Llanystyn Youth Justice Service", "Llanystyn YJS", "YJS", GOOD),
        svc("Pentrefoel Youth Justice Service", "Pentrefoel YJS", "YJS", OUT)], "2023-09-12", "2023-05", 5),
     """N| Council welcomes inspection reports on youth justice

N| Posted: [12/09/2023|D]

N| Inspection reports on [Llanystyn Youth Justice Service|S] and [Pentrefoel Youth Justice Service|S] have been published by [HM Inspectorate of Probation|A], following visits in [May 2023|D].
N| [Pentrefoel|S] earned the inspectorate’s top mark, ‘[Outstanding|R]’, while [Llanystyn|S] was assessed as ‘[Good|R]’.

S| Inspectors found that staff in both services knew their children well and built plans around what each child wanted to achieve.
S| They praised [Pentrefoel|S] for its work with schools, which meant that almost every child under 16 was back in full-time education.
S| Bilingual support was a real strength, and children could work in Welsh or English as they chose.
W| In [Llanystyn YJS|S], however, the plan to protect victims was often left unchanged when a child’s situation moved on.

R| The reports set out five recommendations: three for [Llanystyn|S] and two for [Pentrefoel|S].

N| Councillor [Elin Prys|X], [Gwynedd Council|A]’s cabinet member for children, said: “These reports are a credit to our staff, and I thank them for the difference they make to young people in Gwynedd.”
"""),
    # 3. a unit inside its region, the region in the headline ("Wales probation region: ...") and the first sentence:
    #    "Inspectors have handed X the bottom rating, ‘...’"; the region's own rating from 2023 as context; fieldwork
    #    "between 10 and 21 February 2025"; "Publication: 00.01, 20 May 2025" in the notes; seven recommendations
    ("tregwenlli-pdu-2025", facts([
        svc("Tregwenlli Probation Delivery Unit", "Tregwenlli PDU", "PDU", INAD)], "2025-05-20", "2025-02", 7),
     """N| [Wales probation region|S]: serious failings found in one of its units

N| Inspectors have handed [Tregwenlli Probation Delivery Unit|S] the bottom rating, ‘[Inadequate|R]’; the [Probation Service – Wales region|S] runs the unit.
N| In [2023|D] the [Wales region|S] was itself judged ‘[Requires improvement|R]’.
N| Inspectors were in Tregwenlli between [10 and 21 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tregwenlli|S]’s staff were doing their best, but they were stretched far too thin.
W| “Some officers were holding more than 70 cases, and supervision had become a matter of ticking boxes rather than changing behaviour.”

W| Mr Jones continued: “When someone posed a risk to a partner or an ex-partner, too often nobody had checked with the police before deciding how to manage them.”

S| Despite these pressures, the approved premises team worked closely with local housing providers, so few people left custody without an address.
W| Training on domestic abuse had lapsed for many newer staff, and managers had little time to check the quality of their work.

R| Seven recommendations are made, five for [Tregwenlli PDU|S] and two for the [Wales region|S].

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [20 May 2025|D], on the inspectorate’s website.
N| 2. [Tregwenlli PDU|S] covers a mostly rural part of Gwynedd; Wales has 12 probation delivery units in all.
"""),
    # 4. a unit inside its region, the region in the first sentence: "inspectors found X to be ‘...’"; unpaid work "which
    #    carries its own rating, was judged ‘...’"; "Thursday, 9th November 2023" as the date line; fieldwork "in June 2023"; six
    ("bryncelyn-pdu-2023", facts([
        svc("Bryncelyn Probation Delivery Unit", "Bryncelyn PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2023-11-09", "2023-06", 6),
     """N| Probation unit in Powys told it must improve

N| [Thursday, 9th November 2023|D]

N| In its report on the [Probation Service – Wales region|S]’s [Bryncelyn Probation Delivery Unit|S], published today, [HM Inspectorate of Probation|A] found the unit to be ‘[Requires improvement|R]’.
S| Unpaid work, which carries its own rating, was judged ‘[Good|R]’.
N| The inspection took place in [June 2023|D].

S| Inspectors were impressed by what the unit offered women on probation, often delivered jointly with a local charity in Newtown.
S| Placements for unpaid work were well run, and those doing them said they had picked up skills they could use.
W| However, assessments of risk were inconsistent, and plans were not reviewed when people moved house or lost their jobs.
W| Worryingly, children’s services had been asked about the household in under half of the cases needing a check.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bryncelyn|S]’s staff show a great deal of commitment, and its leaders know what needs to change.
R| “They must now make sure every officer has the time and the training to manage risk properly.”

R| The report makes six recommendations, including that [Powys Teaching Health Board|A] improves access to mental health support for people on probation.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; "Published: 15 Mar 2011"; fieldwork "in November 2010";
    #    eight recommendations
    ("caerhedyn-and-nantyderi-probation-trust-2011", facts([
        svc("Caerhedyn and Nantyderi Probation Trust", "Caerhedyn and Nantyderi Probation Trust", "other", None)],
        "2011-03-15", "2010-11", 8),
     """N| Offender management inspection: Caerhedyn and Nantyderi

N| Published: [15 Mar 2011|D]

W| [Caerhedyn and Nantyderi Probation Trust|S] is doing well at cutting reoffending but has further to go on keeping the public safe, inspectors from [HM Inspectorate of Probation|A] reported today.
N| Inspectors looked at a sample of 80 cases supervised by the Trust when they visited in [November 2010|D].

S| The Trust scored 76% for its work on reoffending, comfortably higher than most Trusts in the programme.
W| For public protection the score fell to 63%.

N| Inspectors were pleased to find that:
S| • nearly every offender was seen within days of leaving court;
S| • offender managers worked effectively with [Dyfed-Powys Police|A] in managing the most prolific offenders;
S| • the Trust had good links with drug and alcohol services.

N| However, inspectors were concerned to find that:
W| • some assessments of risk of harm were late, and a few were never done;
W| • offender managers seldom visited homes, even where children lived there.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Encouragingly, offenders spoke well of the help they had been given, and the Trust can take heart from much of this report.
R| “The Trust must now bring the same quality to protecting the public.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 owned by Working Links, with an embargo line: "Working Links owns X (CRC), which inspectors have
    #    judged to be ‘...’"; "A separate rating for unpaid work put it at ‘...’"; fieldwork "in October and November 2018"; the provider's reply; six
    ("llanidris-and-glanteifi-crc-2019", facts([
        svc("Llanidris and Glanteifi Community Rehabilitation Company", "Llanidris and Glanteifi CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-03-14", "2018-10", 6),
     """N| Embargoed until 00:01 [Thursday 14 March 2019|D]

N| Probation company in mid Wales judged ‘[Inadequate|R]’

N| [Working Links|A] owns [Llanidris and Glanteifi Community Rehabilitation Company|S] (CRC), which inspectors have judged to be ‘[Inadequate|R]’.
W| A separate rating for unpaid work put it at ‘[Requires improvement|R]’.
N| Fieldwork took place over [October and November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The public, and those under this CRC’s supervision, are being let down.
W| “Professional staff are leaving, and many of those who remain are carrying far too many cases to do them justice.”

W| Inspectors found that a third of people had been supervised mainly by telephone, with little or no face-to-face contact.
S| There was some positive work on accommodation, and a housing worker based in the office had helped several people find a tenancy.
W| Information about risk sometimes went astray when a case was handed over to or from the [National Probation Service|A].

R| Six recommendations are made: four for [Working Links|A] and the CRC, and a further two for [HM Prison and Probation Service|A].

N| [Working Links|A] said in a statement: “Recruitment is under way, and we are confident the position will improve.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "HM Inspectorate of Probation led it";
    #    "Posted 22/07/2016" (day/month/year); fieldwork "in April 2016"; bullet lists; six recommendations
    ("abermorlais-yot-2016", facts([
        svc("Abermorlais Youth Offending Team", "Abermorlais YOT", "YJS", None)], "2016-07-22", "2016-04", 6),
     """N| Youth offending inspection findings published

N| Posted [22/07/2016|D]

N| Findings from the joint inspection of [Abermorlais Youth Offending Team|S] (YOT) are now public; [HM Inspectorate of Probation|A] led it, working alongside [Estyn|A], the [Care and Social Services Inspectorate Wales|A] and [Healthcare Inspectorate Wales|A].
N| Inspectors were on site for a week in [April 2016|D].

N| The inspection found that:
S| • staff were enthusiastic and knew the children they worked with well;
S| • children were given good support to get back into school or college;
W| • in too many cases, too little had been done to protect other people from harm by the child;
W| • board members knew too little about how good the YOT’s day-to-day work actually was.

R| Six recommendations are set out, and the YOT management board is asked to lead on most.

N| Councillor [Gareth Rowlands|X], [Carmarthenshire County Council|A]’s executive board member for education and children, said: “With our partners, we have begun putting the inspectors’ advice into practice.”
"""),
    # 8. a GOV.UK page: "... has awarded X its top rating, ‘...’"; "Resettlement, which inspectors assess in its own right,
    #    reached ‘...’";
    #    fieldwork "in January 2024"; three recommendations
    ("treferig-yjs-2024", facts([
        svc("Treferig Youth Justice Service", "Treferig YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-04-23", "2024-01", 3),
     """N| Press release

N| Youth justice service in Pembrokeshire rated ‘[Outstanding|R]’

N| Inspectors have published their report on [Treferig Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Treferig Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
S| Resettlement, which inspectors assess in its own right, reached ‘[Good|R]’.
N| Inspectors carried out the fieldwork in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Treferig|S]’s staff share a belief that children can change, and it shows in the work.
S| “Case workers take time to learn each child’s history, and a missed appointment is followed up, not written off.”

S| Thanks to the partnership with [Hywel Dda University Health Board|A], a child who needed a nurse or psychologist was usually seen within days.
S| Diversion from court was handled to a high standard, and few of these children reoffended.
W| The main area for development was the move to adult services, for which preparation sometimes started too late.

R| Three recommendations are made: two to the service, the third to its management board.
"""),
    # 9. a local-news story: the report "came out on Tuesday (8 February)" under a byline of Friday 11 February 2022; "The
    #    watchdog placed X at ‘...’; in 2019 the service had been judged ‘Good’"; fieldwork "in October 2021"; the
    #    council's reply; six recommendations
    ("hafodwen-yjs-2022", facts([
        svc("Hafodwen Youth Justice Service", "Hafodwen YJS", "YJS", RI)], "2022-02-08", "2021-10", 6),
     """N| Inspectors mark down youth justice service in Ceredigion

N| By [Siân Bowen|X]

N| [Friday 11 February 2022|D]

N| The report on [Hafodwen Youth Justice Service|S], which came out on Tuesday ([8 February|D]), follows an inspection in [October 2021|D].
N| The watchdog placed [Hafodwen|S] at ‘[Requires improvement|R]’; in [2019|D] the service had been judged ‘[Good|R]’.

W| Inspectors said the service had struggled after several experienced case workers left during the pandemic.
W| Plans for children were often carried over unchanged between reviews, they found.
S| But they singled out work with victims as a strength, saying victims were kept up to date at every stage.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “The priority should be to steady the workforce, and planning must return to the standard it once had.”

R| The report makes six recommendations.

N| A spokesperson for [Ceredigion County Council|A] said: “We accept every recommendation, and work on them has already begun.”
"""),
    # 10. a Youth Offending Service in 2020: "Tuesday, 15th September 2020" date line; "... has assessed X (YOS) as ‘...’"; fieldwork
    #     "carried out remotely in June 2020"; four recommendations
    ("aberclydach-yos-2020", facts([
        svc("Aberclydach Youth Offending Service", "Aberclydach YOS", "YJS", GOOD)], "2020-09-15", "2020-06", 4),
     """N| [Aberclydach youth offending service|S] rated ‘[Good|R]’ despite pandemic

N| [Tuesday, 15th September 2020|D]

N| [Her Majesty’s Inspectorate of Probation|A] has assessed [Aberclydach Youth Offending Service|S] (YOS) as ‘[Good|R]’.
N| The inspection was carried out remotely in [June 2020|D], because of the restrictions on travel.

S| Inspectors found strong leadership, backed by a management board that pressed partners hard to play their part.
S| Throughout lockdown, case workers kept up contact with each child by video and by calling at the door.
W| While the service had good links with [Dyfed-Powys Police|A], decisions on out-of-court disposals were not always recorded clearly.
W| Some children had to wait months before anyone assessed their speech and language needs.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Aberclydach YOS|S] can be rightly proud of how it has kept children safe and supported in a very difficult year.”

R| Three of the four recommendations are for the service itself; the fourth is for the local health board.
"""),
    # 11. a justiceinspectorates page starting with licence boilerplate, "Skip to content" and an empty "Published:" line:
    #     "Inspectors concluded that X ‘...’"; resettlement "rated separately, as ‘...’"; fieldwork "between 19 and 30 April
    #     2021"; the publication day in the notes; seven recommendations
    ("cwmcennen-yjs-2021", facts([
        svc("Cwmcennen Youth Justice Service", "Cwmcennen YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2021-08-17", "2021-04", 7),
     """N| This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.

N| Skip to content

N| Published:

N| An inspection of youth offending services in Cwmcennen

N| Inspectors concluded that [Cwmcennen Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Resettlement was rated separately, as ‘[Inadequate|R]’.
N| The fieldwork took place between [19 and 30 April 2021|D].

S| Case workers were committed and understood each child they worked with.
S| Encouragingly, the service had started to tackle the over-representation of children from care in the youth justice system.
W| However, the care taken to keep children safe depended on which case worker they had, and managers did not always check that plans were followed.
W| On their day of release, many children leaving custody still had no settled home to go to.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “No child should walk out of custody unsure of where they will sleep, and I call on the partnership to put this right.”

R| The report contains seven recommendations.

N| Notes to editors
N| 1. The report was published on [17 August 2021|D].
"""),
    # 12. "Published: 3 Dec 2019" on a justiceinspectorates news item: "The inspectorate has placed X in the bottom band of its
    #     four-point scale, ‘...’"; fieldwork "in August 2019"; ten recommendations
    ("rhydyberw-yjs-2019", facts([
        svc("Rhydyberw Youth Justice Service", "Rhydyberw YJS", "YJS", INAD)], "2019-12-03", "2019-08", 10),
     """N| News

N| [Rhydyberw youth justice service|S]: urgent improvement needed

N| Published: [3 Dec 2019|D]

N| The inspectorate has placed [Rhydyberw Youth Justice Service|S] in the bottom band of its four-point scale, ‘[Inadequate|R]’.
N| Fieldwork for the inspection by [HM Inspectorate of Probation|A] lasted a fortnight in [August 2019|D].

W| The management board rarely met, inspectors found, and knew little about how well the service was doing.
W| In only 12 of 28 cases had case workers done enough to keep other people safe from the child.
W| Staff morale was poor; several said their managers did not support them.
S| Positively, children spoke warmly about their case workers, and the service’s reparation projects were well run.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children are being let down, and the partnership has not recognised how serious the position has become.
R| “I expect the local authority and its partners to lead a rapid recovery, and it must start now.”

R| Ten recommendations are made; the management board is the main recipient.
"""),
    # 13. a GOV.UK-style page with the day in the notes: "inspectors gave X a rating of ‘...’"; "Mr Russell continued"; fieldwork "in
    #     September 2022"; four recommendations
    ("caerwenlli-yjs-2023", facts([
        svc("Caerwenlli Youth Justice Service", "Caerwenlli YJS", "YJS", GOOD)], "2023-02-16", "2022-09", 4),
     """N| Youth justice in Caerwenlli ‘making a real difference’

N| After visiting in [September 2022|D], inspectors gave [Caerwenlli Youth Justice Service|S] a rating of ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Caerwenlli|S]’s staff build lasting relationships with children, and several children told us this was the first adult who had properly listened.
S| “The service also works well with [Pembrokeshire County Council|A]’s children’s services, and children who need help from both get it quickly.”

W| Mr Russell continued: “There is more to do on out-of-court work, where assessments were too brief and sometimes missed important information.”

S| Inspectors also found that the service’s work to involve parents and carers was of a high standard.
W| Health provision was less consistent, with some children waiting months to see a specialist.

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication: [16 February 2023|D], 00.01.
"""),
    # 14. a 2025 public-protection inspection with "Context" / "Findings" bullets and no rating; fieldwork "from 3 to 7
    #     March 2025"; "Report publication:" in the notes; five recommendations
    ("llanserw-pdu-2025", facts([
        svc("Llanserw Probation Delivery Unit", "Llanserw PDU", "PDU", None)], "2025-06-24", "2025-03", 5),
     """N| Public protection inspection: Llanserw Probation Delivery Unit

N| Findings from a public protection inspection of [Llanserw Probation Delivery Unit|S] were released today by [HM Inspectorate of Probation|A].
N| There is no overall rating for public protection inspections.
N| Inspectors visited from [3 to 7 March 2025|D].

N| Context
N| • [Llanserw PDU|S] covers the north of Ceredigion for the [Probation Service – Wales region|S].
N| • The unit supervises around 450 people, about a third of them convicted of violent or sexual offences.

N| Findings
S| • Practitioners understood well what harm the people they supervised might cause.
S| • Joint work with [Dyfed-Powys Police|A] under [MAPPA|A] arrangements was well organised.
W| • Home visits were not carried out often enough in cases involving domestic abuse.
W| • Information from children’s services was missing from a quarter of the relevant cases.

R| Five recommendations are made, for the unit and the region.

N| Notes to editors
N| 1. Report publication: [24 June 2025|D].
"""),
    # 15. a unit inside its region with the region's overall rating beside it: "inspectors settled on ‘...’ for X";
    #     "The PDU came within a whisker of being judged ‘Inadequate’"; fieldwork "In March 2022"; notes "Publication date: Tuesday 26 July
    #     2022"; six recommendations
    ("glanteifi-pdu-2022", facts([
        svc("Glanteifi Probation Delivery Unit", "Glanteifi PDU", "PDU", RI)], "2022-07-26", "2022-03", 6),
     """N| Probation unit in Ceredigion must improve, say inspectors

N| After inspecting [Glanteifi Probation Delivery Unit|S] in [March 2022|D], inspectors settled on ‘[Requires improvement|R]’ for the unit.
W| The PDU came within a whisker of being judged ‘[Inadequate|R]’.
N| [Glanteifi PDU|S] sits within the [Probation Service – Wales region|S], whose own overall regional rating, given last year, was ‘[Requires improvement|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Glanteifi|S]’s practitioners told us they were worn out, and it is easy to see why.
W| “Many were newly qualified and carrying caseloads that would trouble an experienced officer.”

S| Inspectors were encouraged by a new senior manager who had begun to bring order to the unit’s work.
S| The unit’s court team produced timely and well-reasoned reports.
W| But in just 14 of the 32 cases inspected was the risk of harm properly managed.

R| The report contains six recommendations; the PDU must act on four, the [Wales region|S] on two.

N| ENDS

N| Notes to editors
N| 1. Publication date: [Tuesday 26 July 2022|D].
"""),
    # 16. a local-news PDU story: "The inspectorate’s verdict on X is ‘...’"; "published on Tuesday (1 October)" under a
    #     byline of Friday 4 October 2024; fieldwork "in May 2024"; the regional director's reply; seven recommendations
    ("penrhiwgoch-pdu-2024", facts([
        svc("Penrhiwgoch Probation Delivery Unit", "Penrhiwgoch PDU", "PDU", INAD)], "2024-10-01", "2024-05", 7),
     """N| Inspectors raise the alarm over local probation unit

N| By [Owain Lloyd|X]

N| [Friday 4 October 2024|D]

N| The inspectorate’s verdict on [Penrhiwgoch Probation Delivery Unit|S], in a report published on Tuesday ([1 October|D]), is ‘[Inadequate|R]’.
N| Inspectors visited the unit in [May 2024|D].

W| They found that half of the unit’s probation officer posts were vacant and that agency staff had been brought in to cover.
W| People on probation often saw a different officer each time, and many said they did not know who was responsible for them.
S| Inspectors did praise the unit’s programmes team, which had kept courses running despite the shortages.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Penrhiwgoch|S]’s public protection work has been put at risk by the shortage of staff.”

R| The report makes seven recommendations.

N| [Nerys Pugh|X], Regional Probation Director for Wales, said: “This is a disappointing report, and recruitment is our first priority.”
"""),
    # 17. an ordinary single youth service: "... has judged the work of X to be ‘...’ overall"; fieldwork "in July 2024"; "Release of
    #     the report:" in the notes; "I urge"; six recommendations
    ("crugmawr-yjs-2024", facts([
        svc("Crugmawr Youth Justice Service", "Crugmawr YJS", "YJS", GOOD)], "2024-10-29", "2024-07", 6),
     """N| [Crugmawr youth justice service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has judged the work of [Crugmawr Youth Justice Service|S] to be ‘[Good|R]’ overall.
N| Inspectors looked at the service’s work in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Crugmawr|S]’s staff are dedicated and creative, and children clearly trust them.
S| “Its diversion work, keeping children out of the courts, is some of the strongest we have come across in the past year.”

S| Led by a senior officer from [Powys County Council|A], the management board understood the service’s strengths well, inspectors reported.
W| Yet the quality of risk assessments was inconsistent, and some did not take account of information from the police.

R| Mr Jones continued: “I urge the board to see that no assessment is finished until police and health information has been sought.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. Release of the report: [29 October 2024|D], 00.01, on the inspectorate’s website.
"""),
    # 18. an ordinary youth service with a previous rating beside: "X’s overall rating is ‘...’, the same as at its last
    #     inspection in 2021"; "The report makes N recommendations, including ..."; fieldwork "in November 2024"; embargo
    #     line in the notes; six recommendations
    ("nantgwynfaen-yjs-2025", facts([
        svc("Nantgwynfaen Youth Justice Service", "Nantgwynfaen YJS", "YJS", RI)], "2025-03-11", "2024-11", 6),
     """N| [Nantgwynfaen youth justice service|S] yet to improve, inspectors find

N| [Nantgwynfaen Youth Justice Service|S]’s overall rating is ‘[Requires improvement|R]’, the same as at its last inspection in [2021|D].
N| Inspectors’ fieldwork took place in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I had hoped [Nantgwynfaen|S] would have made more progress in the three years since our last visit.
S| “There are good things here: children are seen quickly after arrest, and the team works closely with local schools.
W| “But the service still does not give enough attention to keeping children and others safe.”

W| Fewer than half of the plans inspectors read set out what would happen if a child’s risk rose.
S| Victim work was of a high standard, and victims said they felt listened to.

R| The report makes six recommendations, including that [Betsi Cadwaladr University Health Board|A] improves access to mental health services for children in the youth justice system.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [Tuesday 11 March 2025|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 118th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
