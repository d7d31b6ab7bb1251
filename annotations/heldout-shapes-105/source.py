"""Builds the hundred-and-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. two north Cornwall PDUs on a GOV.UK page, the region named before the units: "X was judged to be ‘...’ and Y was
    #    given the lowest possible rating, ‘...’"; fieldwork "10 - 21 February 2024"; eleven recommendations "six ... five"
    ("marhamchurch-and-morwenstow-pdus-2024", facts([
        svc("Marhamchurch Probation Delivery Unit", "Marhamchurch PDU", "PDU", RI),
        svc("Morwenstow Probation Delivery Unit", "Morwenstow PDU", "PDU", INAD)], "2024-05-14", "2024-02", 11),
     """N| Press release

N| North Cornwall probation units: one told to improve, one failing

N| Reports on two probation delivery units in the South West have been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Both units inspected belong to [Probation Service – South West region|S]: [Marhamchurch Probation Delivery Unit|S] and [Morwenstow Probation Delivery Unit|S].
N| [Marhamchurch|S] was judged to be ‘[Requires improvement|R]’ and [Morwenstow|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork took place [10 - 21 February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Morwenstow|S] has lacked a permanent head of service since early 2023, and the effects are plain to see.
W| “Practitioners there told us they were covering two caseloads at once, and home visits in domestic abuse cases had largely stopped.
S| “[Marhamchurch|S], on the other hand, has a settled team with a detailed knowledge of every person on its books.”

S| [Marhamchurch PDU|S]’s work alongside [Devon and Cornwall Police|A] to manage prolific offenders impressed inspectors.
W| Sound plans for managing risk of harm were present in under half the sampled cases, in both units alike.

R| The reports make eleven recommendations, six to [Morwenstow PDU|S] and five to [Marhamchurch PDU|S].

N| [Ian Barrow|X], the region’s probation director, said: “Every recommendation is accepted, and [Morwenstow|S] will have a permanent head of service from June.”
"""),
    # 2. two youth justice services in a local-news story: byline Monday 2 October 2023, reports "came out last Thursday (28
    #    September)"; "Sancreed earned ‘Outstanding’ ... while Zennor was assessed as ‘Good’", in the other order from the
    #    first naming; seven recommendations "Four ... for Zennor, and three ... for Sancreed"
    ("zennor-and-sancreed-yjs-2023", facts([
        svc("Zennor Youth Justice Service", "Zennor YJS", "YJS", GOOD),
        svc("Sancreed Youth Justice Service", "Sancreed YJS", "YJS", OUT)], "2023-09-28", "2023-06", 7),
     """N| West Penwith youth teams win praise from inspectors

N| By [Tamsin Rowe|X]

N| [Monday 2 October 2023|D]

N| Reports on [Zennor Youth Justice Service|S] and [Sancreed Youth Justice Service|S] came out last Thursday ([28 September|D]), after inspectors visited both in [June 2023|D].
N| [Sancreed|S] earned ‘[Outstanding|R]’, the very top of the scale, while [Zennor|S] was assessed as ‘[Good|R]’.

S| The watchdog found that [Sancreed|S]’s workers won the trust of children and parents from the very first meeting.
S| It commended [Zennor|S] for getting children who had been out of school back into lessons within weeks.
W| However, the report on [Zennor YJS|S] said plans protecting victims were seldom reviewed once written.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “West Penwith’s children are well served, and [Sancreed|S]’s team deserve every bit of their top grade.”

R| Four of the seven recommendations are for [Zennor|S], and three are for [Sancreed|S].

N| Councillor [Kerensa Hoskin|X], who speaks for children’s services on [Cornwall Council|A], said: “We are thrilled for both teams.”
"""),
    # 3. a unit inside its region, the region in the headline ("South West probation region: ..."): "... found X ..., a north
    #    Cornwall unit of Probation Service – South West region, to be ‘...’"; the region's 2023 grade as context; notes
    #    "available on the HM Inspectorate of Probation website on 8 April 2025 at 00.01"
    ("crantock-pdu-2025", facts([
        svc("Crantock Probation Delivery Unit", "Crantock PDU", "PDU", RI)], "2025-04-08", "2024-11", 6),
     """N| [South West probation region|S]: improvement needed at [Crantock unit|S]

N| [HM Inspectorate of Probation|A] found [Crantock Probation Delivery Unit|S], a north Cornwall unit of [Probation Service – South West region|S], to be ‘[Requires improvement|R]’.
N| Back in [2023|D], the [South West region|S] was itself graded ‘[Requires improvement|R]’.
N| In [November 2024|D] an inspection team spent a fortnight at the unit and read 52 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Crantock|S]’s probation officers are committed and tenacious, and many go out of their way to keep people engaged.
W| “But too often they were working without the information they needed from police and children’s services before making decisions.”

S| Inspectors commended the unit’s approach to women on probation, who could be seen at a community hub rather than a probation office.
W| Just 23 of those 52 cases gave the safety of potential victims the weight it deserved.
W| Waiting times for accredited programmes stood at more than five months.

R| Six recommendations are made, four for [Crantock PDU|S] and two for the [South West region|S].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 April 2025|D] at 00.01.
N| 2. [Crantock PDU|S] covers Newquay’s hinterland and is one of 11 units in the region.
"""),
    # 4. a unit inside its region ("for the South West region of the Probation Service"): "sits at the foot of the
    #    inspectorate’s four-point scale"; "Published: 26 Nov 2024"; "Mr Jones continued"; nine recommendations
    ("gweek-pdu-2024", facts([
        svc("Gweek Probation Delivery Unit", "Gweek PDU", "PDU", INAD)], "2024-11-26", "2024-07", 9),
     """N| News

N| [Gweek probation unit|S] rated ‘[Inadequate|R]’

N| Published: [26 Nov 2024|D]

N| [Gweek Probation Delivery Unit|S], which covers the Lizard peninsula for the [South West region of the Probation Service|S], sits at the foot of the inspectorate’s four-point scale: ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gweek|S] is a unit under severe strain.
W| “Vacancies ran to nearly half of probation officer posts, and those still in post were carrying impossible workloads.”

W| Mr Jones continued: “Several men classed as high risk had been left for weeks without a face-to-face appointment.”

S| Despite these pressures, the unpaid work team ran its placements efficiently, to the evident satisfaction of local charities.
W| Sharing of information with [Cornwall Council|A]’s children’s social care was slow, and safeguarding checks were missing in 14 of 30 relevant cases.

R| Nine recommendations are made; seven concern the unit itself, while two are for national leaders at [HM Prison and Probation Service|A].
R| “Leaders must now put a credible recovery plan in place and see it through,” Mr Jones added.

N| ENDS
"""),
    # 5. a Probation Trust in 2014, before ratings: percentage scores, bullet lists after "Inspectors were pleased to find that:"
    #    / "However, inspectors were concerned to find that:"; date line "Thursday, 20th February 2014"; eight recommendations
    ("blisland-and-lanivet-probation-trust-2014", facts([
        svc("Blisland and Lanivet Probation Trust", "Blisland and Lanivet Probation Trust", "other", None)],
        "2014-02-20", "2013-11", 8),
     """N| Blisland and Lanivet – probation inspection published

N| [Thursday, 20th February 2014|D]

S| [Blisland and Lanivet Probation Trust|S] is doing sound work with offenders across east Cornwall, [HM Inspectorate of Probation|A] says in its report, out today.
N| The inspection took place in [November 2013|D] and examined 70 cases.

S| Its reoffending work earned 78%, a creditable figure.
W| Public protection work trailed behind at 66%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • offender managers had a detailed grasp of each case and real belief that people could change.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often not updated after a significant change;
W| • home visits were rarely used, even where children lived in the household.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “Across Blisland and Lanivet, the people we met plainly care about getting the job right, and the Trust knows where it is heading.
R| “It now needs to make sure that public protection work is given the same priority as rehabilitation.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2019 held by a named provider: "Inspectors have given their verdict on X (CRC) ...: ‘...’ overall"; "Unpaid
    #    work was rated separately and achieved ‘Good’"; embargo line; "between 7 and 18 January 2019"; the provider's reply
    ("tywardreath-crc-2019", facts([
        svc("Tywardreath Community Rehabilitation Company", "Tywardreath CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-12", "2019-01", 7),
     """N| Embargoed until 00.01, [Tuesday 12 March 2019|D]

N| Probation company in mid-Cornwall must do more to protect the public

N| Inspectors have given their verdict on [Tywardreath Community Rehabilitation Company|S] (CRC), whose contract is held by [Working Links|A]: ‘[Requires improvement|R]’ overall.
S| Unpaid work was rated separately and achieved ‘[Good|R]’.
N| Inspectors were on site between [7 and 18 January 2019|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Tywardreath|S] manages a great many cases by telephone, with little real knowledge of what is going on in people’s lives.
S| “That said, unpaid work is well run, and the projects we saw give something back to local communities.”

W| Inspectors were disappointed to find that staff training on domestic abuse had lapsed.
W| Handovers of cases with the [National Probation Service|A] were slow, and key information arrived late.

R| Of the seven recommendations, five are addressed jointly to the CRC and its owner, [Working Links|A], and two to the national body, [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We note the findings and are reviewing how we contact people under supervision.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint visit with HMI Probation in the
    #    lead; bullet lists; "Posted: 28/09/2016" (day/month/year); "in June 2016"; five recommendations
    ("goonhavern-yot-2016", facts([
        svc("Goonhavern Youth Offending Team", "Goonhavern YOT", "YJS", None)], "2016-09-28", "2016-06", 5),
     """N| Inspection of youth offending work in Goonhavern published

N| Posted: [28/09/2016|D]

N| The findings of a joint visit to [Goonhavern Youth Offending Team|S] (YOT) are now out; [HM Inspectorate of Probation|A] took the lead, with support from the [Care Quality Commission|A] and [Ofsted|A].
N| Inspectors were in Goonhavern for a week in [June 2016|D].

N| Inspectors were pleased to find that:
S| • YOT staff had good relationships with the children they worked with;
S| • children had quick access to substance misuse support;
S| • strong ties with local schools meant most children stayed in education.

N| However, inspectors were concerned that:
W| • public protection work did not always get the attention it needed;
W| • the management board lacked good information on how the YOT was performing.

R| Five recommendations are set out for the [Goonhavern YOT|S] and its partners.

N| Councillor [Jory Penrose|X] said: “We welcome the report and are pleased that our staff’s hard work has been recognised.”
"""),
    # 8. an NPS division in 2019: "... earns ‘Good’ overall in a report ... publishes today"; "Published: 6 Aug 2019"; fieldwork
    #    "in April and May 2019"; ten recommendations
    ("halberton-nps-division-2019", facts([
        svc("National Probation Service – Halberton Division", "NPS Halberton", "region", GOOD)],
        "2019-08-06", "2019-04", 10),
     """N| News

N| Probation division in mid-Devon judged ‘[Good|R]’

N| Published: [6 Aug 2019|D]

N| [National Probation Service – Halberton Division|S] earns ‘[Good|R]’ overall in a report [HM Inspectorate of Probation|A] publishes today.
N| Inspectors carried out fieldwork in [April and May 2019|D], looking at cases and speaking to staff and partners.

S| Work at court was a particular strength: magistrates received pre-sentence reports promptly and trusted their quality.
S| Staff in [NPS Halberton|S] told inspectors they felt well supported and had manageable workloads.
W| In contrast, victim contact was patchy, and some victims heard nothing before a prisoner was released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Halberton|S] is led with confidence, and its staff can take real pride in their work.
R| “The division must now show victims the care it already shows sentencers.”

R| Nine of the ten recommendations fall to the division; the tenth asks the [Ministry of Justice|A] to act.
"""),
    # 9. a YJS "assessed ... as ‘Good’" with the previous rating beside it; resettlement "given a rating of its own"
    #    ‘Outstanding’; notes "published on 21 June 2022"; four recommendations
    ("thurlestone-yjs-2022", facts([
        svc("Thurlestone Youth Justice Service", "Thurlestone YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2022-06-21", "2022-03", 4),
     """N| [Thurlestone youth justice team|S] rated ‘[Good|R]’

N| [Her Majesty’s Inspectorate of Probation|A] has assessed [Thurlestone Youth Justice Service|S] as ‘[Good|R]’; at its last inspection, in [2019|D], the verdict was ‘[Requires improvement|R]’.
S| Resettlement policy and provision, given a rating of its own, came out at ‘[Outstanding|R]’.
N| The inspection took place in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thurlestone|S] has moved forward a long way in three years.
S| “Before a child is released from custody, the team makes sure there is a safe home and a plan for school or work waiting.”

S| Case managers and social workers from [Devon County Council|A] met regularly to plan together, which inspectors found impressive.
W| However, the quality of planning for out-of-court disposals varied, and some plans did not address children’s safety.

R| Four recommendations follow: three for the service, one for the board that oversees it.

N| ENDS

N| Notes to editors
N| 1. The report is published on [21 June 2022|D] on the inspectorate’s website.
"""),
    # 10. a YJS with the top grade: "Inspectors have given X ‘Outstanding’, the highest grade they can award"; GOV.UK layout;
    #     two recommendations
    ("slapton-yjs-2024", facts([
        svc("Slapton Youth Justice Service", "Slapton YJS", "YJS", OUT)], "2024-09-17", "2024-05", 2),
     """N| Press release

N| [Slapton youth justice service|S] is ‘[Outstanding|R]’

N| Inspectors have given [Slapton Youth Justice Service|S] ‘[Outstanding|R]’, the highest grade they can award.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| The inspection team was in Slapton in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Slapton|S] is an excellent example of what youth justice can achieve when leaders, staff and partners pull in the same direction.
S| “For every child in our sample, the case manager could explain why each decision had been taken.”

S| Inspectors praised the service’s speech and language therapist, who screened each child within a fortnight of sentence.
S| Partners came to the management board in strength, and the chair challenged them when promises slipped.
W| The one area for development was how decisions on out-of-court cases were written up, which was not always clear.

R| Two recommendations are made in the report.
"""),
    # 11. a YJS "has rated X as ‘...’ following an inspection in September 2023"; "Mr Jones continued"; notes "at 00.01 on
    #     Tuesday 12 December 2023"; six recommendations
    ("kingswear-yjs-2023", facts([
        svc("Kingswear Youth Justice Service", "Kingswear YJS", "YJS", RI)], "2023-12-12", "2023-09", 6),
     """N| [Kingswear youth justice service|S] must improve, say inspectors

N| [HM Inspectorate of Probation|A] has rated [Kingswear Youth Justice Service|S] as ‘[Requires improvement|R]’ following an inspection in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Kingswear, many children were left without the help they needed to stay safe, and plans often did not reflect what staff knew about them.
S| “Even so, staff are committed, and children told us their workers listened and did what they promised.”

W| Mr Jones continued: “The board has not yet got a firm enough grip on performance, and partners do not always send the right people to meetings.”

S| Diversion work, which keeps children out of court where possible, was well organised.
W| However, only nine of 20 cases had a good enough assessment of risks to others.

R| The report makes six recommendations, five to [Kingswear YJS|S] and one to [Devon and Cornwall Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Tuesday 12 December 2023|D].
"""),
    # 12. a YJS "judged ‘Inadequate’ overall, three years after inspectors rated it ‘Good’ in 2018"; fieldwork remotely in July
    #     2021; eight recommendations ("Of the eight recommendations, one asks ...")
    ("exford-yjs-2021", facts([
        svc("Exford Youth Justice Service", "Exford YJS", "YJS", INAD)], None, "2021-07", 8),
     """N| Youth justice service on Exmoor falls to ‘[Inadequate|R]’

N| [Exford Youth Justice Service|S] has been judged ‘[Inadequate|R]’ overall, three years after inspectors rated it ‘[Good|R]’ in [2018|D].
N| Covid-19 rules meant inspectors worked remotely, in [July 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Exford|S]’s decline is deeply disappointing, especially for a service that was doing well only three years ago.
W| “Staff turnover has been very high, and many children had been allocated three or four different case managers in a year.”

W| Safety planning was poor in 11 of the 20 cases inspectors examined.
W| The management board had not met for six months, and partners were unsure of their responsibilities.
S| Positively, children’s health needs were well met through a seconded nurse from the [NHS|A].

R| Of the eight recommendations, one asks the board to meet every quarter and to receive regular performance reports.
"""),
    # 13. a YJS on a council page: "Posted on 12/03/2025"; "inspectors have found X to be ‘Good’"; resettlement "has a rating of
    #     its own" ‘Requires improvement’; fieldwork "in November and December 2024"; four recommendations
    ("othery-yjs-2025", facts([
        svc("Othery Youth Justice Service", "Othery YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2025-03-12", "2024-11", 4),
     """N| Skip to content

N| Our youth justice service rated ‘[Good|R]’ by inspectors

N| Posted on [12/03/2025|D]

N| After a visit in [November and December 2024|D], inspectors have found [Othery Youth Justice Service|S] to be ‘[Good|R]’.
W| Resettlement policy and provision has a rating of its own; here the service received ‘[Requires improvement|R]’.

S| The report praised staff for their knowledge of each child and their efforts to involve parents and carers.
S| Inspectors also found strong joint work with [Avon and Somerset Constabulary|A] on diverting children from court.
W| However, some children leaving custody had nowhere suitable to live until the day of release.

R| The report makes four recommendations.

N| Councillor [Lucy Hembrow|X], who holds the children’s brief on [Somerset Council|A], said: “We will act on the recommendations quickly.”
"""),
    # 14. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:", "Context" / "Findings"
    #     bullets; "Report publication: 18 November 2025"; six recommendations
    ("winsham-pdu-2025", facts([
        svc("Winsham Probation Delivery Unit", "Winsham PDU", "PDU", None)], "2025-11-18", "2025-07", 6),
     """N| Skip to content

N| Public protection inspection: [Winsham Probation Delivery Unit|S]

N| Published:

N| [HM Inspectorate of Probation|A] has looked at whether [Winsham Probation Delivery Unit|S] does enough to keep people in south Somerset safe.
N| As a public protection inspection, it carries no overall rating.
N| Inspectors reviewed cases and met staff in [July 2025|D].

N| Context
N| • [Winsham PDU|S] supervises around 850 people across south Somerset.
N| • It reports to the [Probation Service – South West region|S] in Bristol.

N| Findings
S| • Practitioners had a sound grasp of the dangers each person posed and set them down clearly.
W| • Too few home visits took place, even where a child lived at the address.
W| • Practitioners did not always ask [Avon and Somerset Constabulary|A] for police records of domestic abuse.

R| Six recommendations are made, split between [Winsham|S] and the regional leadership.

N| Report publication: [18 November 2025|D]
"""),
    # 15. a Youth Offending Service in 2019: "has been told it ‘Requires improvement’ overall"; "between 2 and 6 September
    #     2019"; seven recommendations
    ("pawlett-yos-2019", facts([
        svc("Pawlett Youth Offending Service", "Pawlett YOS", "YJS", RI)], "2019-11-26", "2019-09", 7),
     """N| [Pawlett Youth Offending Service|S] (YOS) – inspection report

N| [Tuesday 26 November 2019|D]

N| [Pawlett Youth Offending Service|S] (YOS) has been told it ‘[Requires improvement|R]’ overall; [HM Inspectorate of Probation|A] releases its report today.
N| Inspectors visited the service between [2 and 6 September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pawlett|S]’s staff are dedicated and care about the children they work with.
W| “However, assessments and plans did not always consider the risks children might pose to others.”

S| The [Pawlett YOS|S] had good links with local health services, and most children were seen by a nurse soon after starting their order.
W| Too few children had the education, training or employment support they needed.

R| Seven recommendations are made in the report.
"""),
    # 16. a PDU 2023: "Inspectors have given X their lowest rating, ‘Inadequate’"; the region in the notes; five recommendations
    ("poundstock-pdu-2023", facts([
        svc("Poundstock Probation Delivery Unit", "Poundstock PDU", "PDU", INAD)], "2023-04-25", "2023-01", 5),
     """N| Inspectors find serious problems at [Poundstock probation unit|S]

N| Inspectors have given [Poundstock Probation Delivery Unit|S] their lowest rating, ‘[Inadequate|R]’, after an inspection in [January 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Poundstock|S] is fragile.
W| “A third of posts were vacant, and many of the people on probation we looked at had gone weeks without any meaningful contact.”

S| Inspectors did find some good work in the unit’s approach to people leaving prison, with most having housing in place on release.
W| Enforcement was inconsistent, and some missed appointments had not been followed up.

R| Five recommendations are made, all for the unit.

N| ENDS

N| Notes to editors
N| 1. The report is available from [25 April 2023|D].
N| 2. [Poundstock PDU|S] covers the north-east corner of Cornwall for the [Probation Service – South West region|S].
"""),
    # 17. a YJS "has climbed off the bottom rung: rated ‘Inadequate’ in 2021, it is now ‘Requires improvement’"; GOV.UK layout;
    #     six recommendations
    ("parracombe-yjs-2024", facts([
        svc("Parracombe Youth Justice Service", "Parracombe YJS", "YJS", RI)], "2024-02-27", "2023-10", 6),
     """N| Press release

N| [Parracombe youth justice service|S] makes progress

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| [Parracombe Youth Justice Service|S] has climbed off the bottom rung: rated ‘[Inadequate|R]’ in [2021|D], it is now ‘[Requires improvement|R]’.
N| Inspectors visited the service in [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Parracombe|S] has turned a corner, and leaders deserve credit for the changes they have made.
W| “There is still some way to go, especially in how well children are protected from harm.”

S| Inspectors found a stable workforce and a management board that now challenges partners.
W| Out-of-court disposal work was not yet consistent, and some children were given interventions that did not fit their needs.

R| Six recommendations are set out to keep that improvement going.
"""),
    # 18. a YJS ‘Requires improvement’ with resettlement "rated separately, also came out as ‘Requires improvement’"; date line
    #     "Tuesday 16 August 2022"; twelve recommendations
    ("copplestone-yjs-2022", facts([
        svc("Copplestone Youth Justice Service", "Copplestone YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-08-16", "2022-04", 12),
     """N| [Copplestone youth justice service|S] told to improve

N| [Tuesday 16 August 2022|D]

N| [Her Majesty’s Inspectorate of Probation|A] has rated [Copplestone Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
W| Its resettlement policy and provision, rated separately, also came out as ‘[Requires improvement|R]’.
N| Fieldwork took place in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Copplestone|S]’s practitioners are passionate about their work and have built strong relationships with children.
W| “But the service has struggled to recruit, and some children have had several changes of worker.”

W| Risk management plans fell short of the expected standard in 14 of the 30 cases sampled.
S| Joint working with [CAMHS|A] stood out as a notable strength, with a clinician based in the team two days a week.

R| The report makes 12 recommendations, ten for [Copplestone YJS|S] and two for [Devon County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
