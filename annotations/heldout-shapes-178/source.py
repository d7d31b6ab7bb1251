"""Builds the 178th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Stoke-on-Trent PDUs on a GOV.UK page, the region named with them: "Inspectors found X to be ‘...’; Y fared
    #    worse, ending at ‘...’"; fieldwork "between 3 and 14 June 2024"; nine recommendations "four for each unit and one
    #    for the region"
    ("bucknall-and-bentilee-pdus-2024", facts([
        svc("Bucknall Probation Delivery Unit", "Bucknall PDU", "PDU", RI),
        svc("Bentilee Probation Delivery Unit", "Bentilee PDU", "PDU", INAD)], "2024-10-08", "2024-06", 9),
     """N| Press release

N| Two Stoke-on-Trent probation units inspected

N| Inspectors report on neighbouring probation delivery units in the east of the city.

N| From: [HM Inspectorate of Probation|A]

N| Published [8 October 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its reports on [Bucknall Probation Delivery Unit|S] and [Bentilee Probation Delivery Unit|S], two units in the east of the city that belong to the [Probation Service – West Midlands region|S].
N| Inspectors found [Bucknall|S] to be ‘[Requires improvement|R]’; [Bentilee|S] fared worse, ending at ‘[Inadequate|R]’.
N| The two units were inspected together between [3 and 14 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Only a mile separates these two units, and they share many of the same partners, yet they are at very different stages.
S| “[Bucknall|S] has a settled management team, and its practitioners told us they felt listened to.
W| “In Bentilee, over a third of case manager posts had no permanent holder, and agency staff were covering caseloads nobody had properly handed over.”

S| [Bucknall PDU|S]’s work with [Staffordshire Police|A] on people convicted of domestic abuse was thorough and well recorded.
W| Across both units, home visits were seldom used to see whether children were safe, even where the police had been called to the address.
W| [Bentilee PDU|S] had no permanent senior probation officer for most of the year before the inspection.

R| The reports set out nine recommendations, four for each unit and one for the region.

N| [Kim Thornley|X], Regional Probation Director for the West Midlands, said: “Experienced staff have already moved into Bentilee, and we will act on every recommendation.”
"""),
    # 2. two youth justice services in a county council press release, named in one order and graded in the other:
    #    "X has been awarded ‘...’, the highest grade available, and Y ‘...’"; "published today (Thursday 16 March)" under
    #    a date line; Talke's previous ‘Good’ (2019) beside; fieldwork "in November 2022"; five recommendations
    ("talke-and-wolstanton-yjs-2023", facts([
        svc("Talke Youth Justice Service", "Talke YJS", "YJS", GOOD),
        svc("Wolstanton Youth Justice Service", "Wolstanton YJS", "YJS", OUT)], "2023-03-16", "2022-11", 5),
     """N| Youth justice inspections bring welcome news for north Staffordshire

N| [16 March 2023|D]

N| Inspection reports on [Talke Youth Justice Service|S] and [Wolstanton Youth Justice Service|S] were published today ([Thursday 16 March|D]).
N| [Wolstanton|S] has been awarded ‘[Outstanding|R]’, the highest grade available, and [Talke|S] ‘[Good|R]’.
N| [Talke|S] has kept the ‘[Good|R]’ it was awarded at its last inspection, in [2019|D].
N| Both services were inspected in [November 2022|D] by a team from [HM Inspectorate of Probation|A].

S| The inspectors said [Wolstanton|S]’s case managers built lasting relationships with children, many of whom had refused to engage with other professionals.
S| They also praised [Talke|S] for getting children quickly into education and training.
W| However, [Talke YJS|S] was told that its work to protect victims was not always planned in enough detail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wolstanton|S] is among the best services we have seen, and [Talke|S] is not far behind.”

R| Five recommendations were made, three for [Talke|S] and two for [Wolstanton|S].

N| Councillor [Jane Ashley|X], [Staffordshire County Council|A]’s cabinet member for children and young people, said: “Our staff deserve this recognition, and we thank the children and families who spoke to inspectors.”
"""),
    # 3. three PDUs in a justiceinspectorates news item with the region first: "Two of the three, X and Z, came out at
    #    ‘...’; the third, Y, was judged ‘...’"; "Published: 4 Feb 2025"; fieldwork "from 23 September to 4 October 2024"
    #    (across two months); twelve recommendations
    ("fenton-meir-and-blurton-pdus-2025", facts([
        svc("Fenton Probation Delivery Unit", "Fenton PDU", "PDU", RI),
        svc("Meir Probation Delivery Unit", "Meir PDU", "PDU", INAD),
        svc("Blurton Probation Delivery Unit", "Blurton PDU", "PDU", RI)], "2025-02-04", "2024-09", 12),
     """N| News

N| South of the city: three probation units must improve

N| Published: [4 Feb 2025|D]

N| Among the units of the [Probation Service – West Midlands region|S], three in the south of Stoke-on-Trent have now been reported on: [Fenton Probation Delivery Unit|S], [Meir Probation Delivery Unit|S] and [Blurton Probation Delivery Unit|S].
N| Two of the three, [Fenton|S] and [Blurton|S], came out at ‘[Requires improvement|R]’; the third, [Meir|S], was judged ‘[Inadequate|R]’.
N| The fieldwork ran from [23 September to 4 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Meir we found practitioners carrying well over a hundred cases each, and too many people on probation had gone weeks without a face-to-face appointment.
S| “[Fenton|S] and [Blurton|S] are in a steadier position, with managers who check the quality of work and act on what they find.”

S| Inspectors commended [Blurton PDU|S]’s close links with local drug and alcohol services, so that most referrals were taken up within days.
W| Risk management plans in all three units were too often written once and then left untouched.
W| Links with children’s social care at [Stoke-on-Trent City Council|A] were weaker than they should have been.

R| There are twelve recommendations in the three reports, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence, its own earlier rating as context:
    #    "Inspectors have reached a verdict of ‘...’, the lowest of the four grades, on X"; "Mr Jones continued"; fieldwork "in April 2024";
    #    notes: "will be published on the ... website on 10 September 2024 at 00.01"; seven recommendations
    ("knypersley-pdu-2024", facts([
        svc("Knypersley Probation Delivery Unit", "Knypersley PDU", "PDU", INAD)], "2024-09-10", "2024-04", 7),
     """N| [West Midlands probation region|S]: unit on the Moorlands edge found wanting

N| Inspectors have reached a verdict of ‘[Inadequate|R]’, the lowest of the four grades, on [Knypersley Probation Delivery Unit|S], a Moorlands unit of the [Probation Service – West Midlands region|S].
N| The region had itself come out at ‘[Requires improvement|R]’ in its own inspection, in [2023|D].
N| Inspectors from [HM Inspectorate of Probation|A] spent time in the unit in [April 2024|D] and read 44 of its cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Knypersley|S]’s staff have been left to cope on their own for far too long.
W| “Half of the unit’s probation officer posts were unfilled, and the cover arranged from other offices did not last.”

W| Mr Jones continued: “We read 44 cases, and in only 14 of them had the risk to partners and children been properly understood.”

S| There were bright spots: the unit’s women’s work was sensitive and well organised, and staff spoke highly of one another.
W| Relations with [Staffordshire Police|A] had suffered from a lack of named contacts, so information about call-outs often arrived late.

R| Seven recommendations are made: five are for the unit, and two are for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [10 September 2024|D] at 00.01.
N| 2. [Knypersley PDU|S] covers the western edge of the Staffordshire Moorlands.
"""),
    # 5. a Cheshire unit inside its region, with an embargo line and the region's own rating beside: "... has assessed X as
    #    ‘...’"; "The North West region, inspected separately in 2023, was given ‘...’"; fieldwork "in October 2024";
    #    unpaid work "rated on its own" as ‘Good’; six recommendations
    ("scholar-green-pdu-2025", facts([
        svc("Scholar Green Probation Delivery Unit", "Scholar Green PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-01-23", "2024-10", 6),
     """N| Embargoed until 00:01 [Thursday 23 January 2025|D]

N| Probation unit on the Cheshire and Staffordshire border must improve, say inspectors

N| [HM Inspectorate of Probation|A] has assessed [Scholar Green Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
S| Its unpaid work, rated on its own, reached ‘[Good|R]’.
N| The [North West region|S], inspected separately in [2023|D], was given ‘[Requires improvement|R]’.
N| Inspectors were in the unit in [October 2024|D].

S| The unit had built strong links with community groups in south-east Cheshire, and people doing unpaid work were kept busy on projects that mattered locally.
S| Most people on probation said their officer was easy to contact and treated them fairly.
W| Yet only 19 of 38 assessments looked adequately at the risk to children.
W| Managers had too little time to look at practitioners’ work, and case discussions were often cancelled.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scholar Green|S] has a committed team, but that commitment is not yet turning into consistent practice.
R| “Leaders now need to ensure that the safety of children is considered in every assessment.”

R| Six recommendations are made, including one for [Cheshire Constabulary|A].

N| [Cheshire East Council|A] said it would work with the unit on the findings.
"""),
    # 6. a Probation Trust in 2013, before ratings: a date line above "published today", percentage scores, "Inspectors
    #    were pleased to find that:" / "However, inspectors were concerned to find that:" bullets; fieldwork "in November
    #    2012"; eight recommendations
    ("bradnop-and-longsdon-probation-trust-2013", facts([
        svc("Bradnop and Longsdon Probation Trust", "Bradnop and Longsdon Probation Trust", "other", None)],
        "2013-03-13", "2012-11", 8),
     """N| Inspection of offender management in Bradnop and Longsdon

N| [Wednesday, 13th March 2013|D]

N| [Bradnop and Longsdon Probation Trust|S] was inspected by [HM Inspectorate of Probation|A] in [November 2012|D] as part of its programme of offender management inspections, and the report is published today.
N| The inspection looked at 50 cases supervised by the Trust across the Staffordshire Moorlands.

S| Work to reduce the likelihood of reoffending scored 77%, one of the higher figures seen in this round.
W| The score for protecting the public, 63%, was lower, and inspectors thought more could be done.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence, and appointments were rarely missed without follow-up;
S| • the Trust worked closely with [Staffordshire Police|A] to manage prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm was assessed late in many cases, and assessments were rarely updated when an offender’s situation changed;
W| • home visits in cases involving domestic abuse were rare.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders valued the help they had received, and the Trust’s staff are plainly committed to their work.
R| “The Trust should now give the same attention to public protection as it already gives to reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider: "has judged X (CRC), which is owned by
    #    ..., to be ‘...’ overall"; unpaid work "which is rated separately, was ‘...’"; "Published: 27
    #    Nov 2018"; fieldwork "in July 2018"; six recommendations
    ("mow-cop-and-harriseahead-crc-2018", facts([
        svc("Mow Cop and Harriseahead Community Rehabilitation Company", "Mow Cop and Harriseahead CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-27", "2018-07", 6),
     """N| Probation company in north Staffordshire told to improve

N| Published: [27 Nov 2018|D]

N| [Her Majesty’s Inspectorate of Probation|A] has judged [Mow Cop and Harriseahead Community Rehabilitation Company|S] (CRC), which is owned by [Interserve|A], to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, which is rated separately, was ‘[Good|R]’.
N| The inspection fieldwork took place in [July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Under this CRC, many people are only ever seen by telephone, and for some who are a serious risk to others that is simply not enough.
S| “Unpaid work, by contrast, is well run: placements start quickly and the work is useful to local communities.”

W| Inspectors found that staff were carrying large caseloads, and that a new operating model had left many of them uncertain about their roles.
S| The CRC’s through-the-gate team made good use of its links with [HMP Dovegate|S] to help people find somewhere to live on release.
W| Information sharing with the [National Probation Service|A] was slow, and some cases were transferred without a full picture of the risks involved.

R| Of the six recommendations, four are for the CRC and [Interserve|A] to act on and two for [HM Prison and Probation Service|A].

N| An [Interserve|A] spokesperson said: “The report recognises the strength of our unpaid work, and the other findings are already being acted on.”
"""),
    # 8. a Youth Offending Service written out, in 2019: "has given X (YOS) its lowest possible rating, ‘...’"; "The inspection, which
    #    took place in August 2019"; a previous inspection (2016, before ratings) as context; notes: "will be on the
    #    inspectorate’s website from 00.01 on Thursday 12 December 2019"; ten recommendations
    ("newchapel-yos-2019", facts([
        svc("Newchapel Youth Offending Service", "Newchapel YOS", "YJS", INAD)], "2019-12-12", "2019-08", 10),
     """N| [Newchapel youth offending service|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has given [Newchapel Youth Offending Service|S] (YOS) its lowest possible rating, ‘[Inadequate|R]’.
N| The inspection, which took place in [August 2019|D], was the first since [2016|D], when inspectors last looked at the service under the old framework.

W| Inspectors found that the service’s management board met irregularly and had little grasp of how well children were being supervised.
W| Assessments of children’s safety and wellbeing were adequate in just 8 of the 22 cases inspected.
W| Worryingly, several children at risk of criminal exploitation had not been discussed with partners at all.
S| On a more positive note, the YOS’s reparation projects were well chosen, and children spoke well of them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The partnership let standards at [Newchapel|S] fall a long way before anyone acted, and that worries me.
R| “The board must take a firm hold of the service’s improvement and check every month that change is happening.”

R| We have made ten recommendations, seven for [Newchapel YOS|S] and three for its partners in health, education and the police.

N| ENDS

N| Notes to editors
N| 1. The report will be on the inspectorate’s website from 00.01 on [Thursday 12 December 2019|D].
N| 2. [Newchapel YOS|S] covers the northern edge of the Potteries and works with about 90 children.
"""),
    # 9. an NPS division in 2019: the division named as "the X division of the National Probation Service", "has been
    #    awarded ‘...’ as its overall regional rating"; "Published: 30 Jul 2019"; fieldwork "in February and March 2019" (two
    #    months); five recommendations
    ("bosley-and-timbersbrook-nps-division-2019", facts([
        svc("Bosley and Timbersbrook division of the National Probation Service",
            "NPS Bosley and Timbersbrook", "region", GOOD)], "2019-07-30", "2019-02", 5),
     """N| ‘[Good|R]’ for probation division on the Cheshire–Staffordshire border

N| Published: [30 Jul 2019|D]

N| The [Bosley and Timbersbrook division of the National Probation Service|S] has been awarded ‘[Good|R]’ as its overall regional rating by [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [February and March 2019|D].

S| The division was well led, with a senior team that was visible to staff and trusted by partners.
S| Reports prepared for the courts were thorough, and sentencers said they relied on them.
W| Nevertheless, victim contact work was inconsistent: some victims heard nothing from the division before the person who harmed them left prison.
W| Not enough people on licence for violent offences were being referred to accredited programmes.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Bosley and Timbersbrook|S] is a confident division that has kept its focus on public protection.
R| “It should now bring its work with victims up to the standard of the rest of its practice.”

R| Five recommendations are made, three for the division and two for [HMPPS|A].
"""),
    # 10. an ordinary GOV.UK page: "... has rated X as ‘...’"; fieldwork "in June 2022"; six recommendations
    ("cobridge-yjs-2022", facts([
        svc("Cobridge Youth Justice Service", "Cobridge YJS", "YJS", RI)], "2022-10-25", "2022-06", 6),
     """N| Press release

N| Youth justice service in Stoke-on-Trent requires improvement

N| Inspectors publish their report on [Cobridge Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [25 October 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Cobridge Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service in [June 2022|D].

S| Case managers understood the children on their caseloads and made real efforts to bring parents and carers into the work.
S| Diverting children away from court was a clear strength, backed by good joint working with [Staffordshire Police|A].
W| However, when a child’s circumstances changed, the plan to keep them safe was not always looked at again.
W| Too many children were waiting for an assessment from [CAMHS|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cobridge|S]’s staff care deeply about the children they work with, but the management board has not given them the support they need.
R| “Board members need to understand what is happening to children in the service and hold each other to account for it.”

R| The report makes six recommendations, four for [Cobridge YJS|S] and two for its management board.
"""),
    # 11. an ordinary release with notes to editors: "has received an overall rating of ‘...’"; "Fieldwork for this
    #     inspection took place in October 2023"; notes: "available on the ... website on 5 March 2024 at 00.01"; four
    #     recommendations
    ("etruria-yjs-2024", facts([
        svc("Etruria Youth Justice Service", "Etruria YJS", "YJS", GOOD)], "2024-03-05", "2023-10", 4),
     """N| ‘[Good|R]’ rating for [Etruria Youth Justice Service|S]

N| [Etruria Youth Justice Service|S] (YJS) has received an overall rating of ‘[Good|R]’ following an inspection by [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [October 2023|D].

S| Inspectors were impressed with the service’s work to understand each child’s background, including experiences of trauma.
S| Children were given a real say in their plans, and many told inspectors they trusted their case managers.
S| Partnerships with schools and [Stoke-on-Trent City Council|A]’s children’s services were strong.
W| However, work to keep other people safe was sometimes too narrow, and the needs of victims were not always considered.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Etruria|S] is a well-run service that cares about every child, and its staff should be proud of their work.
R| “Leaders should now make sure that planning to protect victims is as careful as the rest of the service’s work.”

R| The report makes four recommendations, including that the service strengthens its work with victims.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [5 March 2024|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 12. a council page: "Posted on 21/01/2025"; "...’s report, out today, rates X as ‘...’"; fieldwork "the week of 30 September 2024"; seven
    #     recommendations; the council's apology
    ("smallthorne-yjs-2025", facts([
        svc("Smallthorne Youth Justice Service", "Smallthorne YJS", "YJS", INAD)], "2025-01-21", "2024-09", 7),
     """N| Council statement following inspection of [Smallthorne Youth Justice Service|S]

N| Posted on [21/01/2025|D]

N| [HM Inspectorate of Probation|A]’s report, out today, rates [Smallthorne Youth Justice Service|S] as ‘[Inadequate|R]’.
N| Inspectors visited the service during the week of [30 September 2024|D].

W| According to the report, children were not kept safe enough, and risks from exploitation were often missed.
W| Inspectors also said there were too few case managers, and that some children had been passed between several workers.
S| They did recognise the commitment of front-line staff and some good work with children’s families.
W| The management board was judged not to have a clear enough understanding of the service’s performance.

R| The report makes seven recommendations for the service and its partners.

N| [Sarah Moore|X], Director of Children’s Services at [Stoke-on-Trent City Council|A], said: “We apologise to the children and families who have not had the service they deserve.
N| “A new head of service is already in post, and an improvement plan will be published next month.”
"""),
    # 13. a justiceinspectorates news item with a date line: "... has rated X as ‘...’"; fieldwork "between 6 and 10 February
    #     2023"; "in only 15 of 32 cases"; six recommendations
    ("penkhull-pdu-2023", facts([
        svc("Penkhull Probation Delivery Unit", "Penkhull PDU", "PDU", RI)], "2023-06-13", "2023-02", 6),
     """N| News

N| [Penkhull probation delivery unit|S] requires improvement

N| [13 June 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Penkhull Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork between [6 and 10 February 2023|D].

S| The PDU’s leaders had a good understanding of the challenges they faced and had a realistic plan to address them.
S| Staff were positive about the training and supervision they received.
W| However, work to keep people safe was sufficient in only 15 of 32 cases inspected.
W| Domestic abuse enquiries with the police were not made in over half of the relevant cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Penkhull|S] has the right leaders in place, but much of the everyday work with people on probation falls short.
R| “The PDU must make sure that information from the police and children’s services is gathered and used in every case.”

R| The report makes six recommendations.
"""),
    # 14. a remote inspection in 2021: "have rated X ‘...’", the highest rating; "done remotely, in April 2021";
    #     "Published: Thursday 5th August 2021"; three recommendations
    ("caverswall-yjs-2021", facts([
        svc("Caverswall Youth Justice Service", "Caverswall YJS", "YJS", OUT)], "2021-08-05", "2021-04", 3),
     """N| ‘[Outstanding|R]’ youth justice work in the Staffordshire Moorlands

N| Published: [Thursday 5th August 2021|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Caverswall Youth Justice Service|S] ‘[Outstanding|R]’.
N| Because of the COVID-19 pandemic, the whole inspection was done remotely, in [April 2021|D].

S| Case managers stayed in touch with children right through the lockdowns, visiting them at home whenever it was safe to do so.
S| Every child had an up-to-date plan, and children and parents had helped to write them.
S| The service worked closely with health and education partners, so that children’s needs were met quickly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Caverswall|S]’s staff, and everyone in the partnership around them, can be rightly proud of this result.
S| “Even in the most difficult of years, [Caverswall|S] never lost sight of the children it serves.”

R| Three recommendations are made, aimed at helping the service to keep up these standards.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" / "Findings" bullets,
    #     the region in a bullet; "Published: 16 Dec 2025"; "Fieldwork took place in September 2025"; four
    #     recommendations
    ("goldenhill-pdu-2025", facts([
        svc("Goldenhill Probation Delivery Unit", "Goldenhill PDU", "PDU", None)], "2025-12-16", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: [Goldenhill Probation Delivery Unit|S]

N| Published: [16 Dec 2025|D]

N| This report looks at how well [Goldenhill Probation Delivery Unit|S] protects the public from the people it supervises.
N| No rating is given in this series of inspections.
N| Fieldwork took place in [September 2025|D].

N| Context
N| • [Goldenhill PDU|S] covers the north of Stoke-on-Trent within the [Probation Service – West Midlands region|S].
N| • The unit supervises around 900 people, about a third of them after release from prison.

N| Findings
S| • Practitioners had a good grasp of the risks in most of their cases.
W| • Home visits were rarely used, even where there were children in the household.
W| • Checks with [Staffordshire Police|A] on domestic abuse call-outs were incomplete in many cases.
S| • [MAPPA|A] arrangements were well managed and information was shared promptly.

R| We have made four recommendations for the PDU and the region.
"""),
    # 16. a youth offending team written out, on a council page in 2017, before ratings: a joint inspection "led by";
    #     "Posted: 24/05/2017" (day/month/year); fieldwork "in January 2017"; "Inspectors were pleased to find that:" /
    #     "However, inspectors were concerned to find that:" bullets; five recommendations
    ("packmoor-yot-2017", facts([
        svc("Packmoor Youth Offending Team", "Packmoor YOT", "YJS", None)], "2017-05-24", "2017-01", 5),
     """N| Inspection of youth offending work in Packmoor

N| Posted: [24/05/2017|D]

N| [HM Inspectorate of Probation|A], which led a joint inspection of [Packmoor Youth Offending Team|S] (YOT), has published its findings.
N| [HM Inspectorate of Constabulary|A] joined the inspection, which was carried out in [January 2017|D], along with [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • YOT workers had built trusting relationships with children and their families;
S| • the YOT’s work to prevent children entering the criminal justice system was well regarded by partners.

N| However, inspectors were concerned to find that:
W| • assessments often overlooked the harm some children might do to other people;
W| • the management board did not get the information it needed to oversee the work of [Packmoor YOT|S].

R| The report makes five recommendations, mostly for the YOT management board.

N| Councillor [Philip White|X], [Staffordshire County Council|A]’s lead member for children, said: “We welcome the report and will act on its recommendations.”
"""),
    # 17. a 2020 release with a date line: "have judged X to be ‘...’"; fieldwork "between 2 and 6 March 2020"; no count of
    #     recommendations (null)
    ("bagnall-yjs-2020", facts([
        svc("Bagnall Youth Justice Service", "Bagnall YJS", "YJS", GOOD)], "2020-09-10", "2020-03", None),
     """N| [Bagnall youth justice service|S] rated ‘[Good|R]’

N| [Thursday, 10th September 2020|D]

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Bagnall Youth Justice Service|S] to be ‘[Good|R]’.
N| The fieldwork was done between [2 and 6 March 2020|D], before the first lockdown began.

S| Inspectors praised how the service protected children from exploitation, working closely with [Staffordshire Police|A] and children’s social care.
S| Case managers were skilled and persistent, and children said they felt listened to.
W| Arrangements for children leaving custody, however, were not always in place early enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bagnall|S] is a good service with a strong and stable team.
S| “Its staff know their children well and work hard to give them the best chance of a better future.”

N| The full report describes what the service could do better.
"""),
    # 18. a local-news story with a byline: the report "published on Tuesday (18 April)" under Saturday 22 April 2023;
    #     "A report published on Tuesday (18 April) rates X as ‘...’"; fieldwork "in December 2022"; six recommendations
    ("porthill-yjs-2023", facts([
        svc("Porthill Youth Justice Service", "Porthill YJS", "YJS", RI)], "2023-04-18", "2022-12", 6),
     """N| Youth justice service must improve, watchdog finds

N| By [Helen Barker|X]

N| [Saturday 22 April 2023|D]

N| A report published on Tuesday ([18 April|D]) rates [Porthill Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] carried out the inspection in [December 2022|D].

S| The watchdog found that children were seen quickly after their court appearance and that case managers worked hard to keep them in education.
W| But it said that plans to manage the risk some children posed to others were often too vague.
W| Inspectors also found that the service’s management board had not checked whether its improvement plan was working.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Porthill|S]’s staff are dedicated, but they need better support from their leaders.”

R| Six recommendations were made in the report.

N| A spokesperson for [Staffordshire County Council|A] said: “We accept the findings and are already making changes.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 178th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
