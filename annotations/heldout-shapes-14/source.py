"""Builds the fourteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two youth services of one council on the council's news page: "Date published: 21/11/2024" (day/month/year);
    #    "The verdict for Berkhamsted is ‘...’; Harpenden came out one step lower, at ‘...’"; fieldwork "in the weeks
    #    of 8 and 15 July 2024"; the count split between the two
    ("berkhamsted-and-harpenden-yjs-2024", facts([
        svc("Berkhamsted Youth Justice Service", "Berkhamsted YJS", "YJS", GOOD),
        svc("Harpenden Youth Justice Service", "Harpenden YJS", "YJS", RI)], "2024-11-21", "2024-07", 8),
     """N| Inspectors report on our two youth justice services

N| Date published: [21/11/2024|D]

N| Inspection reports on [Berkhamsted Youth Justice Service|S] and [Harpenden Youth Justice Service|S], which [HM Inspectorate of Probation|A] visited in the weeks of [8 and 15 July 2024|D], are now out.
N| The verdict for [Berkhamsted|S] is ‘[Good|R]’; [Harpenden|S] came out one step lower, at ‘[Requires improvement|R]’.

S| Inspectors found that case managers in [Berkhamsted YJS|S] kept in close touch with families, often for months after a child’s order had ended.
W| In Harpenden, though, safety plans for children were frequently out of date, and the service’s management board had not kept a close enough eye on its performance.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Berkhamsted|S] has built a service that children trust, and its staff have earned every bit of the praise in the report.
W| “[Harpenden|S] has the same commitment, but it does not yet have the same grip on risk.”

R| Between them the two reports carry eight recommendations, five of which fall to [Harpenden YJS|S].

N| Councillor [Fiona Gill|X], Executive Member for Children, Young People and Families at [Hertfordshire County Council|A], said: “Both reports are welcome, and we are already working with the board on an improvement plan.”
"""),
    # 2. three PDUs on a GOV.UK page, the region named before any unit; ratings "Inspectors graded X and Y ‘...’, while
    #    Z was given the bottom grade", in another order than the units were first named; "Published 8 April 2025";
    #    the region written "Probation Service – East of England" (no "region"); fieldwork "visited between 2 and 13
    #    December 2024"; the count split "13 ...; Rayleigh PDU is the subject of six"; the regional director's reply
    ("rayleigh-billericay-and-maldon-pdus-2025", facts([
        svc("Rayleigh Probation Delivery Unit", "Rayleigh PDU", "PDU", INAD),
        svc("Billericay Probation Delivery Unit", "Billericay PDU", "PDU", RI),
        svc("Maldon Probation Delivery Unit", "Maldon PDU", "PDU", RI)], "2025-04-08", "2024-12", 13),
     """N| Press release

N| South Essex probation: inspectors publish three reports

N| Findings from inspections of three probation delivery units in Essex.

N| From: [HM Inspectorate of Probation|A]

N| Published [8 April 2025|D]

N| Three units in [Probation Service – East of England|S] feature in three reports that [HM Inspectorate of Probation|A] releases today.
N| The units inspected were [Rayleigh Probation Delivery Unit|S], [Billericay Probation Delivery Unit|S] and [Maldon Probation Delivery Unit|S].
N| Inspectors graded [Billericay|S] and [Maldon|S] ‘[Requires improvement|R]’, while [Rayleigh|S] was given the bottom grade, ‘[Inadequate|R]’.
N| Inspection teams visited between [2 and 13 December 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Rayleigh we found a unit in which almost every second post was empty or covered by agency staff.
W| “Work to assess the risk that people pose to partners and children was missing or out of date in case after case.
S| “[Billericay|S] and [Maldon|S] have steadier teams, and their links with local housing and drug services are genuinely useful to the people they supervise.”

W| Even in the two stronger units, practitioners told inspectors they rarely had time for anything beyond the minimum contact required.
S| Inspectors praised [Maldon PDU|S] for the way it prepared people for release from prison, including meeting them before the day they came out.

R| The three reports set out 13 recommendations; [Rayleigh PDU|S] is the subject of six.

N| The Regional Probation Director, [Helen Marsh|X], said: “We accept every recommendation and additional staff are already being deployed to Rayleigh.”
"""),
    # 3. two Norfolk PDUs in a news item with a date line of its own; "X and Y have been judged, respectively, ‘...’
    #    and ‘...’"; the region, unnamed ("the Probation Service in the East of England, a region rated ‘...’ when it
    #    was inspected in 2022"), as context; fieldwork "split across May and June 2023"; "four for each PDU and one"
    ("wymondham-and-swaffham-pdus-2023", facts([
        svc("Wymondham Probation Delivery Unit", "Wymondham PDU", "PDU", RI),
        svc("Swaffham Probation Delivery Unit", "Swaffham PDU", "PDU", INAD)], "2023-10-17", "2023-05", 9),
     """N| Two Norfolk probation units found wanting

N| [17 October 2023|D]

N| [Wymondham Probation Delivery Unit|S] and [Swaffham Probation Delivery Unit|S] have been judged, respectively, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
N| Both units are run by the [Probation Service|A] in the East of England, a region rated ‘[Requires improvement|R]’ when it was inspected in [2022|D].
N| Fieldwork was split across [May and June 2023|D], with a week spent in each unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Swaffham|S] covers a huge rural area with a handful of staff, and too often nobody was checking whether the people it supervises were still a danger to others.
S| “[Wymondham|S] is in a better position, with a stable management team and some thoughtful work with women on probation.
W| “But neither unit is yet doing enough for victims of domestic abuse.”

S| Inspectors commended [Wymondham PDU|S]’s unpaid work team, which had kept projects running throughout a long period of staff sickness.
W| At [Swaffham PDU|S], almost a third of people sentenced to unpaid work had not started their hours within the expected time.

R| The reports make nine recommendations – four for each PDU and one for [HMPPS|A].
"""),
    # 4. a unit inside its region, the region in the headline ("South Central region: ...") and first in the body,
    #    and the regional director's reply with the region's own rating: "has been placed in the second of the four
    #    grades from the bottom, ‘...’"; fieldwork "Over two weeks starting 4 March 2024"; "Embargo: 00:01, Thursday 11
    #    July 2024, when the report goes online" in the notes
    ("kidlington-pdu-2024", facts([
        svc("Kidlington Probation Delivery Unit", "Kidlington PDU", "PDU", RI)], "2024-07-11", "2024-03", 6),
     """N| [South Central region|S]: inspectors call for faster progress in Kidlington

N| The latest unit in the [Probation Service – South Central region|S] to be inspected, [Kidlington Probation Delivery Unit|S], has been placed in the second of the four grades from the bottom, ‘[Requires improvement|R]’.
N| Over two weeks starting [4 March 2024|D], [HM Inspectorate of Probation|A]’s inspectors read 54 cases and spoke to staff, partners and people on probation.

S| The unit’s court team impressed inspectors: its pre-sentence reports were thorough and almost always ready on the day.
S| They also found strong links with [Thames Valley Police|A] in managing men convicted of sexual offending.
W| However, work to review risk when circumstances changed was done well in only 19 of the 54 cases.
W| Caseloads were high, and several newly qualified officers said they had been given complex cases before they felt ready.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “I recognise the pressure that staff in Kidlington are under.
R| “[Kidlington|S]’s leaders must now see that every review of risk is timely and properly recorded.”

R| There are six recommendations, four of them for [Kidlington PDU|S] and two for the region’s senior leaders.

N| [Sarah Whitmore|X], the Regional Probation Director, said: “Our region was rated ‘[Requires improvement|R]’ last year, and this report confirms the areas we have to concentrate on.”

N| ENDS

N| Notes to editors
N| 1. Embargo: 00:01, [Thursday 11 July 2024|D], when the report goes online.
N| 2. [Kidlington PDU|S] supervises about 950 people in north Oxfordshire.
"""),
    # 5. a Probation Trust in 2013, before ratings: a lower-case "judged good" with a score, the chief inspector's
    #    verdict in the first sentence ("..., said Liz Calderbank, ..., publishing her report on the Trust"),
    #    "Inspectors recorded these positives:" / "Inspectors were concerned to see that:" bullet lists; "Published:
    #    Tuesday 9th July 2013"; fieldwork "took place in March 2013"; the count alone ("There are 12 ...")
    ("melksham-and-malmesbury-probation-trust-2013", facts([
        svc("Melksham and Malmesbury Probation Trust", "Melksham and Malmesbury Probation Trust", "other", None)],
        "2013-07-09", "2013-03", 12),
     """N| Probation work in Melksham and Malmesbury inspected

N| Published: [Tuesday 9th July 2013|D]

W| [Melksham and Malmesbury Probation Trust|S] is doing sound work with most offenders but is not yet giving enough attention to those who pose the greatest risk, said [Liz Calderbank|X], Chief Inspector of Probation, publishing her report on the Trust.
N| The inspection took place in [March 2013|D], when 72 cases were assessed.

N| Inspectors recorded these positives:
S| • most offenders had their first appointment within days of sentence;
S| • the Trust’s work with [Wiltshire Police|A] on prolific offenders was well organised.

N| Inspectors were concerned to see that:
W| • home visits were rarely made, even in cases of domestic abuse;
W| • risk of harm assessments were good enough in under half of the relevant cases.

S| Reducing the likelihood of reoffending was judged good, scoring 76%.

S| Ms Calderbank said: “This is a Trust with committed staff who know their communities.
R| “It must now give its public protection work the same care it already gives to everyday supervision.”

R| There are 12 recommendations in the report.
"""),
    # 6. a CRC in 2019, owned by a named provider: "Inspectors concluded that the CRC ‘...’ overall" (the scale term
    #    as a verb phrase); two aspects "which are scored separately"; "Report published 7th May 2019"
    ("minehead-and-wincanton-crc-2019", facts([
        svc("Minehead and Wincanton Community Rehabilitation Company", "Minehead and Wincanton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "through-the-gate services", "rating": INAD}])],
        "2019-05-07", "2019-01", 7),
     """N| Somerset probation company: inspectors find a mixed picture

N| Report published [7th May 2019|D]

N| [Minehead and Wincanton Community Rehabilitation Company|S], owned by [Working Links|A], supervises around 2,400 people in west and south Somerset, none of them assessed as high risk.
N| Inspectors concluded that the CRC ‘[Requires improvement|R]’ overall, after spending two weeks with it in [January 2019|D].
W| Unpaid work and through-the-gate services, which are scored separately, were rated ‘[Good|R]’ and ‘[Inadequate|R]’.

S| Unpaid work stood out: placements started quickly, and several projects had been chosen with local parish councils.
W| In contrast, people leaving prison received little more than a form, and many were released with nowhere to live.
W| Disappointingly, communication with the [National Probation Service|A] about shared cases was patchy.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Minehead and Wincanton|S] work hard and care about the people they supervise.
W| “But the service people receive as they come out of prison is a long way short of what they need.”

R| The report makes seven recommendations: [HM Prison and Probation Service|A] is to act on two, the CRC on the other five.
"""),
    # 7. an NPS division written "National Probation Service – X Division", short "NPS Aldershot and Camberley":
    #    "Inspectors gave the division an overall grade of ‘...’"; an aspect "rated separately"; fieldwork "in the weeks
    #    of 2 and 9 September 2019"; "The report is to be published on Wednesday 4 December 2019" in the notes
    ("aldershot-and-camberley-nps-division-2019", facts([
        svc("National Probation Service – Aldershot and Camberley Division", "NPS Aldershot and Camberley", "region",
            GOOD, [{"aspect": "work with victims", "rating": GOOD}])], "2019-12-04", "2019-09", 4),
     """N| [National Probation Service|A] division praised for its court work

N| [HM Inspectorate of Probation|A] has inspected [National Probation Service – Aldershot and Camberley Division|S], which covers north-east Hampshire and west Surrey.
N| Inspectors gave the division an overall grade of ‘[Good|R]’.
S| Its work with victims, rated separately, was also ‘[Good|R]’.
N| Inspectors were in the division in the weeks of [2 and 9 September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Aldershot and Camberley|S] gives the courts a fast and reliable service, and its staff are clearly proud of it.
S| “Victims we spoke to felt listened to and were kept well informed.
W| “The division does need to improve the way it plans for the release of people serving long sentences, where we found too much left to the last few weeks.”

W| Inspectors also noted that the division relied heavily on staff working overtime to keep caseloads manageable.

R| Of the four recommendations, three are addressed to the division and the fourth to [Surrey Police|A].

N| ENDS

N| Notes to editors
N| 1. The report is to be published on [Wednesday 4 December 2019|D].
"""),
    # 8. a youth offending team written out in a 2016 local-news story, before ratings: a joint inspection with bullet
    #    lists; the report "published on Tuesday (12 April)" under a byline of Friday 15 April 2016; fieldwork "in
    #    January" (no year)
    ("loughton-yot-2016", facts([
        svc("Loughton Youth Offending Team", "Loughton YOT", "YJS", None)], "2016-04-12", "2016-01", 5),
     """N| Youth offending team ‘has much to do’, say inspectors

N| By [Tom Carver|X]

N| [Friday 15 April 2016|D]

N| Inspectors have published their findings on [Loughton Youth Offending Team|S], which works with young people across the Epping Forest district.
N| The team was examined in [January|D] by the [Care Quality Commission|A], [Ofsted|A] and [HM Inspectorate of Probation|A], and their report was published on Tuesday ([12 April|D]).

N| According to the report, the inspectors found encouraging signs:
S| • children had good relationships with their case managers;
S| • the team worked well with local schools to keep children in education.

N| But they were concerned that:
W| • assessments did not always consider the risk children posed to others;
W| • managers did not check the quality of work closely enough.

R| Five recommendations were made, chiefly for the team’s management board.
N| A spokesman for [Essex County Council|A] said the council accepted the findings and had drawn up an action plan.
"""),
    # 9. a GOV.UK page for a youth service, the headline's lower-case "Biggleswade youth justice service": "have awarded
    #    X a ‘Good’ rating", resettlement "which inspectors judge on its own, fell one grade short, at ‘...’";
    #    "Fieldwork: week beginning 10 June 2024"; "Published 3 October 2024" with "Last updated"; the previous rating
    #    in the notes
    ("biggleswade-yjs-2024", facts([
        svc("Biggleswade Youth Justice Service", "Biggleswade YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-10-03", "2024-06", 6),
     """N| Press release

N| ‘Real strides forward’ at [Biggleswade youth justice service|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [3 October 2024|D]

N| Last updated [4 October 2024|D]

N| [HM Inspectorate of Probation|A]’s inspectors have awarded [Biggleswade Youth Justice Service|S] a ‘[Good|R]’ rating.
W| Its resettlement policy and provision, which inspectors judge on its own, fell one grade short, at ‘[Requires improvement|R]’.
N| Fieldwork: week beginning [10 June 2024|D].

S| Inspectors found a service that had made real strides forward, with a stable staff group and a clear sense of purpose.
S| Children said their case workers listened to them, and nearly all had helped to write their own plans.
W| Less positively, arrangements for children leaving custody were rarely planned far enough ahead, and accommodation was often found only days before release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team in Biggleswade has turned things round, and children are seeing the benefit.
R| “The partnership should now give resettlement the same attention it has given to the rest of the service.”

R| Six recommendations are set out, among them that [Central Bedfordshire Council|A] and its partners agree a plan for finding suitable homes for children released from custody.

N| Notes to editors
N| 1. In [2021|D] the previous inspection rated the service ‘[Inadequate|R]’.

N| © Crown copyright
"""),
    # 10. a council page in the first person plural, the full name only in the headline: "Inspectors have judged our
    #     Youth Offending Service as ‘...’"; "News release – 9 September 2022"; fieldwork "during the week beginning 16
    #     May 2022"; the count in words; the cabinet member's hope to "reach ‘Good’"
    ("halstead-yos-2022", facts([
        svc("Halstead Youth Offending Service", "Halstead YOS", "YJS", RI)], "2022-09-09", "2022-05", 4),
     """N| [Halstead Youth Offending Service|S] inspection outcome

N| News release – [9 September 2022|D]

N| Inspectors have judged our Youth Offending Service as ‘[Requires improvement|R]’ following [HM Inspectorate of Probation|A]’s visit during the week beginning [16 May 2022|D].
N| The service works with around 120 children a year, together with [Essex Police|A], the [NHS|A] and local schools.

S| Inspectors said that staff at [Halstead YOS|S] were passionate about their work and that children were offered a wide range of activities.
S| They highlighted the service’s work with victims as an area of good practice.
W| The report also found that plans to reduce the harm children might pose to others were not reviewed every time a child’s circumstances changed.
W| Inspectors said that the management board needed a better understanding of why so many of our children were excluded from school.

R| Inspectors have made four recommendations.

N| The Cabinet Member for Children and Families said: “I am proud of the work our staff do every day, and we are determined to reach ‘[Good|R]’ at the next inspection.”
N| “We have begun work on an improvement plan.”
"""),
    # 11. a justiceinspectorates.gov.uk news item: "is now among the small group of services holding ...’s top rating,
    #     ‘Outstanding’"; fieldwork "in January and February 2025"; "The report is published on Thursday 8 May 2025";
    #     two recommendations, "the management board is to act on both"
    ("cheshunt-yjs-2025", facts([
        svc("Cheshunt Youth Justice Service", "Cheshunt YJS", "YJS", OUT)], "2025-05-08", "2025-01", 2),
     """N| News

N| [Cheshunt youth justice service|S] awarded top rating

N| [Cheshunt Youth Justice Service|S] is now among the small group of services holding [HM Inspectorate of Probation|A]’s top rating, ‘[Outstanding|R]’.
N| The report is published on [Thursday 8 May 2025|D].
N| Inspectors spent time with the service in [January and February 2025|D], reviewing the cases of 31 children.

S| In every case inspectors looked at, children had been properly assessed, and their views were recorded in their own words.
S| Diversion work, which keeps children away from the courts, was exceptional, with nine in ten completing their programmes.
S| Encouragingly, links with [CAMHS|A] meant that children waited weeks, not months, for mental health support.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone connected with [Cheshunt YJS|S] has earned this result, and should feel proud of it.
S| “It is a service that never loses sight of the child.”

R| Inspectors made two recommendations, and the management board is to act on both.
"""),
    # 12. a local-news story: "The watchdog has given X its lowest grade, ‘Inadequate’"; a byline "Tuesday 22 August 2023,
    #     5:30pm"; the report "published last Thursday (17 August)" (no year); fieldwork "five days ... in April" (no year);
    #     14 recommendations in digits; the council's reply
    ("letchworth-yjs-2023", facts([
        svc("Letchworth Youth Justice Service", "Letchworth YJS", "YJS", INAD)], "2023-08-17", "2023-04", 14),
     """N| [Letchworth youth justice service|S] ‘letting children down’, watchdog finds

N| By [Priya Shah|X]

N| [Tuesday 22 August 2023|D], 5:30pm

N| The watchdog has given [Letchworth Youth Justice Service|S] its lowest grade, ‘[Inadequate|R]’, in a report published last Thursday ([17 August|D]).
N| [HM Inspectorate of Probation|A]’s team spent five days with the service in [April|D].

W| They found that children who were at risk of being exploited by drug gangs were not always identified, and that some had gone weeks without being seen.
W| Managers had lost track of which children had a current plan, the report said.
W| Only about half of the posts for case workers were filled by permanent staff.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Letchworth are being let down by a service that has not had the leadership it needs.
R| “Leaders at the council, and their partners, have to act now.”

R| The report contains 14 recommendations for the service, its board and [Hertfordshire Constabulary|A].

N| A spokesperson for [Hertfordshire County Council|A] said: “We are very sorry and we are taking immediate action.”
"""),
    # 13. an embargo line "EMBARGOED: 00.01 Tuesday 23 January 2024"; "X’s overall grade from ..., which inspected the
    #     service in October 2023, is ‘...’"; resettlement "given a grade of its own" above the overall grade; "7
    #     recommendations, 5 for ... and 2 for" in digits
    ("amersham-yjs-2024", facts([
        svc("Amersham Youth Justice Service", "Amersham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-01-23", "2023-10", 7),
     """N| EMBARGOED: 00.01 [Tuesday 23 January 2024|D]

N| Youth justice in Amersham: progress, but more needed

N| [Amersham Youth Justice Service|S]’s overall grade from [HM Inspectorate of Probation|A], which inspected the service in [October 2023|D], is ‘[Requires improvement|R]’.
S| Resettlement, given a grade of its own, was judged ‘[Good|R]’.

S| Inspectors found that the small number of children who came out of custody had homes and education places arranged before they left.
W| However, work to keep children safe in the community was inconsistent, and case managers did not always share information with [Buckinghamshire Council|A]’s children’s social care teams.
W| Out-of-court disposals were sometimes offered without a full assessment of the child’s needs.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “While [Amersham|S] has some committed and skilful staff, the quality of work varied too much from one case manager to the next.
R| “I want to see the board agree clear standards and check that they are being met.”

R| We have made 7 recommendations, 5 for the service and 2 for [Thames Valley Police|A].

N| ENDS
"""),
    # 14. a 2019 release with a numeric publication date in the notes ("05/03/2019"): "Inspectors have given X a ‘...’
    #     rating"; fieldwork "between 26 and 30 November 2018"; "six" in words
    ("shaftesbury-yos-2019", facts([
        svc("Shaftesbury Youth Offending Service", "Shaftesbury YOS", "YJS", GOOD)], "2019-03-05", "2018-11", 6),
     """N| North Dorset youth service ‘doing well’ for children

N| Inspectors have given [Shaftesbury Youth Offending Service|S] a ‘[Good|R]’ rating in their first inspection of the service under the new standards.
N| The inspection took place between [26 and 30 November 2018|D].

S| Inspectors saw a clear vision, shared by staff and partners including [Dorset Police|A] and the [NHS|A].
S| Children were seen quickly, and plans for them were realistic and reviewed regularly.
W| Yet the service’s work with children who had received out-of-court disposals was not as strong, with few checks on whether the children had completed what was agreed.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Shaftesbury Youth Offending Service|S] is a well-led service that puts children first.
R| “It should now lift its out-of-court work to the standard of the rest.”

R| Inspectors have made six recommendations to help the service improve.

N| ENDS

N| Notes to editors
N| 1. Date of publication: [05/03/2019|D]
"""),
    # 15. a 2021 remote inspection: "In a report published on Tuesday, 2nd November 2021, ... places X in its ‘...’
    #     category"; the previous rating "Its previous inspection, reported in March 2019, had rated ..." as context;
    #     no count of recommendations
    ("wimborne-yjs-2021", facts([
        svc("Wimborne Youth Justice Service", "Wimborne YJS", "YJS", RI)], "2021-11-02", "2021-07", None),
     """N| [Wimborne Youth Justice Service|S] slips a grade

N| In a report published on [Tuesday, 2nd November 2021|D], [HM Inspectorate of Probation|A] places [Wimborne Youth Justice Service|S] in its ‘[Requires improvement|R]’ category.
N| Its previous inspection, reported in [March 2019|D], had rated the service ‘[Good|R]’.
N| Because of the pandemic, the inspection was conducted remotely during [July 2021|D].

W| Inspectors found that, after a change of leadership, the service had lost some of its focus on the children most at risk.
W| Too many assessments were simply carried over from earlier ones, with little fresh analysis.
S| On a more positive note, education, training and employment support was good, and most children were in full-time provision.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wimborne|S] has the foundations of a good service.
W| “Its managers must now regain the grip on safety and risk that was too often missing when we looked.”

N| [Dorset Council|A] has promised an action plan in response to the report.
"""),
    # 16. a 2025-26 public-protection inspection of a PDU: no rating, "Context" and "Findings" bullets, a page that
    #     starts with "Skip to content"; "Published: 11 December 2025"; the region as context; fieldwork "done in early
    #     September 2025"
    ("keynsham-pdu-2025", facts([
        svc("Keynsham Probation Delivery Unit", "Keynsham PDU", "PDU", None)], "2025-12-11", "2025-09", 3),
     """N| Skip to content

N| Public protection in Keynsham: inspection findings

N| Published: [11 December 2025|D]

N| Public protection work in [Keynsham Probation Delivery Unit|S], within [Probation Service – South West region|S], features in the newest [HM Inspectorate of Probation|A] report.
N| The fieldwork was done in early [September 2025|D].

N| Context
N| • [Keynsham PDU|S] supervises around 850 people in Bath and North East Somerset.
N| • Around a third of its caseload has been convicted of offences involving domestic abuse.

N| Findings
S| • Practitioners understood well the risks posed by the people they supervised.
W| • Police and children’s social care checks were not always made when an order began.
W| • Few home visits took place, even where children lived in the household.
S| • Work to manage registered sex offenders, done jointly with [Avon and Somerset Constabulary|A], was effective.

R| The report makes three recommendations, all for the PDU’s leaders.
"""),
    # 17. an ordinary PDU release: "Inspectors have rated X as ‘Inadequate’, the bottom of the inspectorate’s four
    #     grades"; fieldwork "13 – 24 February 2023" (spaced dash); "can be read online from 00:01 on Wednesday 7 June
    #     2023" in the notes; "eleven" in words; the region as context in the notes
    ("portishead-pdu-2023", facts([
        svc("Portishead Probation Delivery Unit", "Portishead PDU", "PDU", INAD)], "2023-06-07", "2023-02", 11),
     """N| Probation unit near Bristol ‘not keeping the public safe’

N| Inspectors have rated [Portishead Probation Delivery Unit|S] as ‘[Inadequate|R]’, the bottom of the inspectorate’s four grades.
N| The inspection took place from [13 – 24 February 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit under severe strain.
W| “Almost half the posts for probation officers were empty, and many of those who remained were carrying far more cases than they could manage.
W| “In over two thirds of the cases we inspected, risk of serious harm had not been assessed well enough.”

S| Inspectors did find a committed staff group, and the unit’s work with [Nacro|A] on housing had helped people find accommodation on release.
W| But in too many cases, people judged to present a high risk to children had never been visited at home.

R| The report makes eleven recommendations: nine are directed at the PDU and its region, two at [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. The report can be read online from 00:01 on [Wednesday 7 June 2023|D].
N| 2. [Portishead PDU|S] sits within [Probation Service – South West region|S].
N| 3. [HM Inspectorate of Probation|A] inspects probation and youth justice work across England and Wales.
"""),
    # 18. a local-news story about a youth service: "is now a ‘Good’ service, in the view of"; a byline "Wednesday 15
    #     November 2023" and the report "came out on Monday (13 November)"; the previous rating in the next sentence;
    #     "the watchdog found" in the third person; the head of service's reply
    ("wincanton-yjs-2023", facts([
        svc("Wincanton Youth Justice Service", "Wincanton YJS", "YJS", GOOD)], "2023-11-13", "2023-07", 4),
     """N| ‘We are so proud’: [Wincanton youth justice team|S] wins praise

N| By [Ellen Marsh|X]

N| [Wednesday 15 November 2023|D]

N| [Wincanton Youth Justice Service|S] is now a ‘[Good|R]’ service, in the view of [HM Inspectorate of Probation|A]; its report came out on Monday ([13 November|D]).
N| When the watchdog last looked at the service, in [2019|D], it was rated ‘[Requires improvement|R]’.
N| Inspectors visited over two weeks in [July 2023|D].

S| The watchdog found that children were given real choices about how they spent their time on orders, and that joint work with [Somerset Council|A]’s education team had got more of them back into school.
S| It singled out “tenacious” case workers who kept in contact with children who had gone missing.
W| However, the report said the service’s planning for children’s safety when they moved between areas was not always clear.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service on the up, and the staff at [Wincanton|S] should be very pleased with what they have achieved.”

R| The inspectorate made four recommendations: [Avon and Somerset Constabulary|A] gets one, the management board three.

N| Head of service [Lucy Barnes|X] said: “We are so proud of the team and of the young people we work with.”
"""),
    # 19. "Inspectors have concluded that X ‘...’, the second-lowest of four possible ratings"; resettlement "given a
    #     separate rating" below it; the previous grade after; the count only as a split among recipients (3 + 2 + 1);
    #     a year-less publication day in the notes ("Publication: 00.01, Wednesday 9 July", the year from the fieldwork)
    ("melksham-yjs-2025", facts([
        svc("Melksham Youth Justice Service", "Melksham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-07-09", "2025-04", 6),
     """N| Melksham youth justice: ‘too many children falling through the gaps’

N| Inspectors have concluded that [Melksham Youth Justice Service|S] ‘[Requires improvement|R]’, the second-lowest of four possible ratings.
W| Its resettlement work, which is given a separate rating, was found to be ‘[Inadequate|R]’.
N| The last time the service was inspected, in [2021|D], it was rated ‘[Good|R]’.
N| Fieldwork lasted a fortnight and took place in [April 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Some children in Melksham are falling through the gaps between the youth justice service, schools and children’s social care.
W| “Two of the children leaving custody whose cases we read had no confirmed address when they walked out of the gate.
S| “There is real skill in the team, and case workers build real trust with the children on their caseloads.”

S| Victim work, inspectors noted, was thoughtful and well organised.

R| Recommendations go to [Melksham YJS|S] (three), its management board (two) and [Wiltshire Council|A] (one).

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Wednesday 9 July|D].
"""),
    # 20. a CRC in 2016, before ratings, run by a named provider: no overall rating; the NPS as context; fieldwork "in
    #     September 2016"; "Publication date: Thursday 15 December 2016" in the notes
    ("cheshunt-and-letchworth-crc-2016", facts([
        svc("Cheshunt and Letchworth Community Rehabilitation Company", "Cheshunt and Letchworth CRC", "CRC", None)],
        "2016-12-15", "2016-09", 9),
     """N| Inspectors find probation company ‘not yet delivering’

W| [Cheshunt and Letchworth Community Rehabilitation Company|S] has made a slow start, and too little of its work is yet of the quality needed, writes [HM Inspectorate of Probation|A] in its report.
N| The CRC, run by [Sodexo Justice Services|A], was inspected in [September 2016|D] as part of the inspectorate’s programme of Quality and Impact inspections.
N| The [National Probation Service|A]’s work in the same area was examined alongside the CRC’s.

S| Unpaid work was well run, and residents valued the projects it carried out.
W| But many people had not been seen face to face for weeks at a time, and the CRC’s new telephone reporting system was not suited to those at risk of harming others.
W| Only 58% of sentence plans dealt with the person’s main needs.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The staff I met are trying hard, but the operating model has left them with too little time for the people they supervise.
R| “The CRC must now make sure that its new model does not come at the cost of public safety.”

R| Nine recommendations are made: seven are aimed at the CRC, two at the [NPS|A].

N| ENDS

N| Notes to editors
N| 1. Publication date: [Thursday 15 December 2016|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fourteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
