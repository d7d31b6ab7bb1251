"""Builds the 134th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two south Shropshire PDUs on a GOV.UK page, the region named first: "Clungunford ... came out as ‘...’, and
    #    Hopesay ... fared worse, ‘...’"; "Inspectors visited both units in June 2024"; eleven recommendations
    ("clungunford-and-hopesay-pdus-2024", facts([
        svc("Clungunford Probation Delivery Unit", "Clungunford PDU", "PDU", RI),
        svc("Hopesay Probation Delivery Unit", "Hopesay PDU", "PDU", INAD)], "2024-11-12", "2024-06", 11),
     """N| Press release

N| Inspection of two probation units in south Shropshire

N| Two reports on probation work along the Welsh border are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| [HM Inspectorate of Probation|A] has now reported on two units of the [Probation Service – West Midlands region|S]: [Clungunford Probation Delivery Unit|S] and [Hopesay Probation Delivery Unit|S].
N| [Clungunford|S] came out as ‘[Requires improvement|R]’, and [Hopesay|S] fared worse, with a rating of ‘[Inadequate|R]’.
N| Inspectors visited both units in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners in Clungunford cover huge rural distances and still see most people on time, which is a real credit to them.
W| “In Hopesay the picture is bleak: nearly half of the officer posts were empty, and the staff who remained were exhausted.”

S| Inspectors praised [Clungunford PDU|S]’s links with local housing officers, which meant few people left prison with nowhere to sleep.
W| In both units, checks with children’s social care were missing from too many cases where children lived in the home.
W| Home visits to people assessed as a high risk of harm had almost stopped in Hopesay.

R| Eleven recommendations are spread across the two reports, six for [Hopesay PDU|S] and five for [Clungunford PDU|S].
"""),
    # 2. two Herefordshire youth services in a local-news story: the findings "made public on Wednesday (15 May)" under a
    #    byline of Friday 17 May 2024; "Moccas was given ‘...’, while Bredwardine earned ‘...’", in the other order from
    #    the first naming; fieldwork "in January"; five recommendations "three for Bredwardine, two for Moccas"
    ("bredwardine-and-moccas-yjs-2024", facts([
        svc("Bredwardine Youth Justice Service", "Bredwardine YJS", "YJS", GOOD),
        svc("Moccas Youth Justice Service", "Moccas YJS", "YJS", OUT)], "2024-05-15", "2024-01", 5),
     """N| Wye valley youth teams win praise from inspectors

N| By [Gwen Pritchard|X]

N| [Friday 17 May 2024|D]

N| Inspectors looked at [Bredwardine Youth Justice Service|S] and [Moccas Youth Justice Service|S] in [January 2024|D], with the findings made public on Wednesday ([15 May|D]).
N| [Moccas|S] was given the top rating, ‘[Outstanding|R]’, while [Bredwardine|S] earned ‘[Good|R]’.

S| According to the inspectors, [Moccas|S]’s workers stayed in touch with children long after their orders had ended.
S| They also singled out [Bredwardine|S] for the speed with which children were found a school place after leaving custody.
W| Even so, the [Bredwardine YJS|S] report said that plans for victims were sometimes vague and rarely updated.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Families in this corner of Herefordshire are well served, and [Moccas|S] in particular sets a standard others can learn from.”

R| The two reports make five recommendations, three for [Bredwardine|S] and two for [Moccas|S].

N| A spokesperson for [Herefordshire Council|A] said the authority was delighted with the findings.
"""),
    # 3. three Teme valley PDUs in a justiceinspectorates news item: "Inspectors rated Alfrick and Shelsley ‘...’ and
    #    Lulsley ‘...’"; "Published: 18 Feb 2025"; fieldwork "between 21 October and 1 November 2024"; twelve
    #    recommendations "four to each unit"
    ("alfrick-shelsley-and-lulsley-pdus-2025", facts([
        svc("Alfrick Probation Delivery Unit", "Alfrick PDU", "PDU", RI),
        svc("Shelsley Probation Delivery Unit", "Shelsley PDU", "PDU", RI),
        svc("Lulsley Probation Delivery Unit", "Lulsley PDU", "PDU", INAD)], "2025-02-18", "2024-10", 12),
     """N| News

N| Three probation units in the Teme valley inspected

N| Published: [18 Feb 2025|D]

N| Reports from [HM Inspectorate of Probation|A] on [Alfrick Probation Delivery Unit|S], [Shelsley Probation Delivery Unit|S] and [Lulsley Probation Delivery Unit|S] are out today.
N| Inspectors rated [Alfrick|S] and [Shelsley|S] ‘[Requires improvement|R]’ and [Lulsley|S] ‘[Inadequate|R]’.
N| The fieldwork for all three ran between [21 October and 1 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “None of these units is yet doing enough to keep victims of domestic abuse safe.
W| “In Lulsley, managers had lost track of which cases were overdue for review, and nobody had noticed.”

S| [Shelsley|S]’s staff were described as tenacious, following up missed appointments the same day.
S| [Alfrick|S] had built a good working relationship with [West Mercia Police|A] on the management of people convicted of sexual offences.
W| Across the three units, fewer than half of the sentence plans reflected what people on probation said they needed.

R| In total the reports contain twelve recommendations, four to each unit.
"""),
    # 4. a unit inside its region, the region in the headline: "Eastnor PDU has been handed the lowest of the four
    #    ratings, ‘...’"; the region's 2023 rating as context; "Mr Jones continued"; fieldwork "In March 2025"; the notes'
    #    "on the inspectorate’s website at 00.01 on Tuesday 8 July 2025"
    ("eastnor-pdu-2025", facts([
        svc("Eastnor Probation Delivery Unit", "Eastnor PDU", "PDU", INAD)], "2025-07-08", "2025-03", 6),
     """N| [West Midlands probation region|S]: serious concerns at [Eastnor unit|S]

N| [Eastnor Probation Delivery Unit|S], part of the [Probation Service – West Midlands region|S], has been handed the lowest of the four ratings, ‘[Inadequate|R]’.
N| When the region itself was inspected in [2023|D], it was rated ‘[Requires improvement|R]’.
N| During [March 2025|D] the inspection team went through 42 case files and held interviews with staff, managers and partner agencies.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many people on probation in Eastnor are being managed by whoever is free that week.
W| “Over a third of the unit’s probation officer posts were vacant, and newly qualified staff had been left to hold some of the most complex cases.”

W| Mr Jones continued: “Worryingly, in most of the cases we read there was little evidence that anyone had thought about the safety of children.”

S| Inspectors did find that the unit’s approved premises staff were caring and knew their residents well.
W| Information from [West Mercia Police|A] about domestic abuse call-outs was requested in only a minority of cases.

R| The report makes six recommendations, four to the PDU and two to the region’s leaders.

N| ENDS

N| Notes to editors
N| 1. The report will be on the inspectorate’s website at 00.01 on [Tuesday 8 July 2025|D].
N| 2. [Eastnor PDU|S] covers the eastern edge of Herefordshire and supervises about 750 people.
"""),
    # 5. a unit inside its region, the region in the first sentence and the notes: "inspectors judged Garway PDU to be
    #    ‘...’"; "published today (Tuesday, 24 September)" (no year: the fieldwork's, April 2024); four recommendations
    ("garway-pdu-2024", facts([
        svc("Garway Probation Delivery Unit", "Garway PDU", "PDU", RI)], "2024-09-24", "2024-04", 4),
     """N| Border probation unit ‘making progress’ but more to do

N| Of the units in the [Probation Service – West Midlands region|S], [Garway Probation Delivery Unit|S] is the most recent to receive a visit, and in a report published today ([Tuesday, 24 September|D]) inspectors judged it to be ‘[Requires improvement|R]’.
N| The inspection took place in [April 2024|D].

S| Leaders had a clear grip on the unit’s weaknesses and had already begun to reduce caseloads.
S| People on probation told inspectors that their officer took time to listen and had helped them into jobs.
W| However, only 14 of 34 assessments looked properly at the danger to current or former partners.
W| More than 9,000 hours of unpaid work were outstanding, and some people had waited months to start.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here to build on, and staff clearly care about the people they supervise.
R| “Managers now need to make sure every case has a plan that deals with the risk of domestic abuse.”

R| Four recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. [Garway PDU|S] covers south-west Herefordshire and the border with Monmouthshire, and is part of the [Probation Service – West Midlands region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: "scored" percentages, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Thursday 8th December 2011" at the top; fieldwork "in
    #    September 2011"; eight recommendations
    ("wentnor-and-ratlinghope-probation-trust-2011", facts([
        svc("Wentnor and Ratlinghope Probation Trust", "Wentnor and Ratlinghope Probation Trust", "other", None)],
        "2011-12-08", "2011-09", 8),
     """N| Probation in Wentnor and Ratlinghope: inspection findings published

N| [Thursday 8th December 2011|D]

N| The report of [Her Majesty’s Inspectorate of Probation|A] on offender management by [Wentnor and Ratlinghope Probation Trust|S] is published today.
N| The inspection team examined a sample of 70 cases in [September 2011|D].

S| For work to reduce reoffending the Trust scored 79%, and for making sure sentences were carried out 84%.
W| Work to protect the public scored 64%, below the average of Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • most offenders were seen within five working days of their sentence;
S| • unpaid work placements were closely supervised, and local parishes valued them.

N| However, inspectors were concerned to find that:
W| • too many risk of harm assessments were late, and some were never reviewed;
W| • contact with children’s services was not made in many cases where it was needed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this small Trust know the people they work with and the communities they live in.
R| “Its next task must be to lift public protection work to the level it achieves elsewhere.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "judged Tugford and Abdon CRC to be ‘...’ overall";
    #    unpaid work "rated separately, reached ‘...’"; "Fieldwork took place in June and July 2018"; the provider's reply
    ("tugford-and-abdon-crc-2018", facts([
        svc("Tugford and Abdon Community Rehabilitation Company", "Tugford and Abdon CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-23", "2018-06", 7),
     """N| EMBARGOED UNTIL 00.01, [TUESDAY 23 OCTOBER 2018|D]

N| Probation company in south Shropshire must do more to protect the public

N| [HM Inspectorate of Probation|A] has judged [Tugford and Abdon Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, which was rated separately, reached ‘[Good|R]’.
N| Fieldwork took place in [June and July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people under this CRC’s supervision are seen by telephone only, and some of them pose a real risk to others.
S| “That said, the unpaid work we saw was well organised, and local charities spoke highly of it.”

W| Inspectors found that responsibility for cases often changed hands without a proper handover.
W| Relations with the [National Probation Service|A] were workable, but referrals back when risk increased were slow.

R| Seven recommendations are made: five are for the CRC and [Working Links|A], and two for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said: “We accept the report and have a plan in place to address each recommendation.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Ofsted
    #    and the CQC, bullet lists; "Posted: 12/04/2016"; "The inspection took place in January 2016"; six recommendations
    ("lingen-yot-2016", facts([
        svc("Lingen Youth Offending Team", "Lingen YOT", "YJS", None)], "2016-04-12", "2016-01", 6),
     """N| Inspection of youth offending work in Lingen published

N| Posted: [12/04/2016|D]

N| Inspectors from [Her Majesty’s Inspectorate of Probation|A], [Ofsted|A] and the [Care Quality Commission|A] carried out a joint inspection of [Lingen Youth Offending Team|S] (YOT), and their report is now available.
N| The inspection took place in [January 2016|D].

N| The inspectors said they were pleased to find that:
S| • case managers understood the children they supervised and had earned their trust;
S| • children were helped into education and training quickly.

N| However, they were concerned that:
W| • after an incident, plans for managing a child’s risk to others were not always revisited;
W| • the YOT management board did not challenge partners about poor attendance.

R| Six recommendations follow, four of which are addressed to the YOT and its partners.

N| [Herefordshire Council|A]’s cabinet member for children said the council would act on every recommendation.
"""),
    # 9. a Youth Offending Service in 2022: "was found to be ‘...’"; resettlement "given a separate rating ... ‘...’";
    #    "Published: 8 November 2022" in the notes; fieldwork "in June 2022"; three recommendations
    ("titley-yos-2022", facts([
        svc("Titley Youth Offending Service", "Titley YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-11-08", "2022-06", 3),
     """N| Inspectors praise youth offending work in Titley

N| [Titley Youth Offending Service|S] (YOS) was found to be ‘[Good|R]’ when inspectors visited in [June 2022|D].
S| Its resettlement work was given a separate rating and came out as ‘[Outstanding|R]’.

S| Children leaving custody had somewhere to live and a place in education ready for them on the day of release.
S| The YOS board had a strong grasp of performance and held partners to account.
W| On the other hand, work to support victims was inconsistent, and some victims had not been contacted at all.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Titley|S] has every reason to be proud of its resettlement work, which is among the best we have seen.”

R| The report makes three recommendations, including that the YOS should improve its contact with victims.

N| ENDS
N| Notes to editors
N| 1. Published: [8 November 2022|D].
"""),
    # 10. a YJS in 2023 on a GOV.UK page: "Inspectors have rated Vowchurch Youth Justice Service as ‘...’"; resettlement
    #     "rated on its own" "‘...’"; fieldwork "between 6 and 10 February 2023"; four recommendations
    ("vowchurch-yjs-2023", facts([
        svc("Vowchurch Youth Justice Service", "Vowchurch YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-06-20", "2023-02", 4),
     """N| Press release

N| Youth justice in the Golden Valley rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 June 2023|D]

N| Inspectors have rated [Vowchurch Youth Justice Service|S] as ‘[Good|R]’.
W| Resettlement, which was rated on its own, was judged ‘[Requires improvement|R]’ because release plans were often left until the last week.
N| Fieldwork took place between [6 and 10 February 2023|D].

S| Staff were good at winning the trust of children whom adults had let down before.
S| Out-of-court disposals were a particular strength, with a panel that met weekly and made quick decisions.
W| However, health assessments were not always completed, and access to mental health support could take months.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Vowchurch|S] are committed and creative, and children benefit from it.
R| “I want to see the same care put into planning for children coming out of custody.”

R| We have made four recommendations.
"""),
    # 11. a YJS in 2022 given "the highest rating available, ‘...’"; "published today (Tuesday 16 August)" (no year:
    #     the fieldwork's, March 2022); two recommendations
    ("abbeydore-yjs-2022", facts([
        svc("Abbeydore Youth Justice Service", "Abbeydore YJS", "YJS", OUT)], "2022-08-16", "2022-03", 2),
     """N| ‘Exceptional’ youth justice work in Abbeydore

N| In a report published today ([Tuesday 16 August|D]), [HM Inspectorate of Probation|A] awards [Abbeydore Youth Justice Service|S] the highest rating available, ‘[Outstanding|R]’.
N| Inspectors spent a week with the service in [March 2022|D].

S| Every child whose case was inspected had an assessment that considered their safety, their wellbeing and the risk they posed to others.
S| The management board was ambitious for children and partners turned up with solutions rather than excuses.
S| Case managers worked with families, schools and the police so that children were diverted from court wherever possible.
W| The one area that needed more attention was the recording of victims’ wishes.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Abbeydore|S] stands out as a service that never loses sight of the child.”

R| The report makes two recommendations.
"""),
    # 12. a YJS in 2024: "Tarrington ... now sits at ‘...’, an improvement on the ‘...’ given in 2021"; "Published: 2
    #     Oct 2024" on a justiceinspectorates page; fieldwork "in May 2024"; six recommendations
    ("tarrington-yjs-2024", facts([
        svc("Tarrington Youth Justice Service", "Tarrington YJS", "YJS", RI)], "2024-10-02", "2024-05", 6),
     """N| News

N| [Tarrington youth justice service|S]: improving but not there yet

N| Published: [2 Oct 2024|D]

N| [Tarrington Youth Justice Service|S] now sits at ‘[Requires improvement|R]’, an improvement on the ‘[Inadequate|R]’ it was given in [2021|D].
N| Inspectors visited in [May 2024|D].

S| A new head of service and a refreshed board had made a visible difference, inspectors said.
S| Children’s voices were heard in planning, and most children said their worker was easy to talk to.
W| But work to protect other people from harm was too variable, and contingency plans were often missing.
W| Only half of the children who needed it were receiving support for their speech and language.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tarrington|S] has come a long way since [2021|D], but it is not yet delivering a consistent service.”

R| The report makes six recommendations, five for the service and one for [Herefordshire Council|A]’s children’s services.
"""),
    # 13. a YJS in 2025 "assessed as ‘...’, the bottom of the scale"; resettlement not rated; "The report goes online on
    #     29 April 2025" in the notes; fieldwork "between 13 and 24 January 2025"; nine recommendations
    ("lyonshall-yjs-2025", facts([
        svc("Lyonshall Youth Justice Service", "Lyonshall YJS", "YJS", INAD)], "2025-04-29", "2025-01", 9),
     """N| Youth justice work in Lyonshall ‘not good enough for children’, inspectors warn

N| [HM Inspectorate of Probation|A] has assessed [Lyonshall Youth Justice Service|S] as ‘[Inadequate|R]’, the bottom of the scale.
N| Inspectors were in the service between [13 and 24 January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this service were not safe enough, and too often nobody had noticed.
W| “Case managers were struggling with caseloads of up to 20 children, several of them with very complex needs.”

W| The board had not met for five months during the year before the inspection, and some partners had stopped attending.
W| In only 7 of 22 cases had the risk of exploitation been properly assessed.
S| Despite the pressure, inspectors praised the service’s police officer, who worked closely with case managers to divert children from court.

R| Nine recommendations are made: seven for the service, one for [West Mercia Police|A] and one for the [Herefordshire and Worcestershire Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. The report goes online on [29 April 2025|D].
"""),
    # 14. an NPS division in 2019: "Inspectors have given the National Probation Service – Munslow and Rushbury
    #     Division an overall rating of ‘...’"; "Published: Tuesday 10th September 2019"; fieldwork "in April and May 2019"; the short
    #     "NPS Munslow and Rushbury"; seven recommendations
    ("munslow-and-rushbury-nps-division-2019", facts([
        svc("National Probation Service – Munslow and Rushbury Division", "NPS Munslow and Rushbury", "region",
            GOOD)], "2019-09-10", "2019-04", 7),
     """N| National Probation Service division in Shropshire inspected

N| Published: [Tuesday 10th September 2019|D]

N| Inspectors have given the [National Probation Service – Munslow and Rushbury Division|S] an overall rating of ‘[Good|R]’, [HM Inspectorate of Probation|A] announced today.
N| Inspectors carried out the fieldwork in [April and May 2019|D].

S| The division was well led, and staff said senior managers were visible and approachable.
S| Reports to court were thorough and nearly always ready on the day they were needed.
W| However, how well risk of harm was managed depended on which office a case sat in.
W| Victim liaison officers were stretched, and some victims were not offered contact at the right time.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Munslow and Rushbury|S] is a well-run division with staff who take their responsibilities seriously.”

R| The report makes seven recommendations for the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("wistanstow-pdu-2025", facts([
        svc("Wistanstow Probation Delivery Unit", "Wistanstow PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation in the south Shropshire hills

N| Published: [4 Dec 2025|D]

N| A report on public protection at [Wistanstow Probation Delivery Unit|S] has been published by [HM Inspectorate of Probation|A].
N| No rating is given in inspections of this kind.
N| The fieldwork was carried out in [September 2025|D].

N| Context
N| • [Wistanstow PDU|S] is one of the units of the [Probation Service – West Midlands region|S].
N| • It supervises about 520 people across a large rural area.

N| Findings
S| • Practitioners had a good understanding of the people they supervised and the risks they posed.
W| • In a third of the cases that needed them, no domestic abuse enquiries had been made with [West Mercia Police|A].
W| • Home visits were rare, even in cases where children lived in the household.
S| • [MAPPA|A] arrangements were well run, with good attendance from partners.

R| Four recommendations are directed at the PDU and at the region.
"""),
    # 16. a council page (day/month/year): "Posted 05/03/2024"; the council reporting in the third person: "judged the
    #     service ‘...’ overall"; fieldwork "in November 2023"; six recommendations; the council's reply
    ("brampton-bryan-yjs-2024", facts([
        svc("Brampton Bryan Youth Justice Service", "Brampton Bryan YJS", "YJS", RI)], "2024-03-05", "2023-11", 6),
     """N| Council responds to youth justice inspection

N| Posted [05/03/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited [Brampton Bryan Youth Justice Service|S] in [November 2023|D] and have judged the service ‘[Requires improvement|R]’ overall.

S| The watchdog found that children were seen quickly after a referral and that staff were committed to them.
S| It also highlighted strong joint work with schools, which had cut the number of exclusions.
W| However, inspectors said plans to keep children safe were not reviewed often enough.
W| They also found that the management board did not have enough information about the children it was responsible for.

R| Six recommendations are set out, for the service and for the partners who oversee it.

N| The council’s director of children’s services said: “Our staff have worked incredibly hard, and that has been noticed; the improvements inspectors asked for are already under way.”
"""),
    # 17. a remote inspection in 2021: "A ‘...’ rating has gone to Shobdon ..."; "inspectors did their work remotely in February 2021";
    #     "The report was published on 22 June 2021" after ENDS; five recommendations
    ("shobdon-yjs-2021", facts([
        svc("Shobdon Youth Justice Service", "Shobdon YJS", "YJS", GOOD)], "2021-06-22", "2021-02", 5),
     """N| Youth justice in north Herefordshire rated ‘[Good|R]’ after remote inspection

N| A ‘[Good|R]’ rating has gone to [Shobdon Youth Justice Service|S] from [HM Inspectorate of Probation|A].
N| With COVID-19 restrictions in force, inspectors did their work remotely in [February 2021|D].

S| Inspectors were impressed with how the service kept in touch with children during lockdown, using doorstep visits where phone calls were not enough.
S| Staff worked well with [West Mercia Police|A] to spot children at risk of criminal exploitation.
W| Planning for children’s safety, however, did not always take account of what other agencies knew.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shobdon|S] has done well to keep children at the centre of its work through a very difficult year.”

R| The report makes five recommendations.

N| ENDS
N| The report was published on [22 June 2021|D].
"""),
    # 18. a 2020 release: "Hughley YJS ... gets ‘...’ from inspectors"; "Tuesday, 14th July 2020" at the top; fieldwork
    #     "between 9 and 13 March 2020"; no count of recommendations (null)
    ("hughley-yjs-2020", facts([
        svc("Hughley Youth Justice Service", "Hughley YJS", "YJS", RI)], "2020-07-14", "2020-03", None),
     """N| Youth justice inspection: [Hughley|S] told to improve

N| [Tuesday, 14th July 2020|D]

N| [Hughley Youth Justice Service|S] gets ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
N| The fieldwork took place between [9 and 13 March 2020|D], just before the first lockdown.

S| Inspectors found a caring staff team who worked hard to keep children in education.
W| Yet assessments often failed to say how a child might harm others, and too few were updated when things changed.
W| The management board had not yet agreed what it wanted the service to achieve.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is goodwill in Hughley, but good intentions are not the same as good practice.
R| “Leaders must make sure that work to keep children and the public safe is given the priority it deserves.”

N| The report sets out where the service needs to improve.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 134th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
