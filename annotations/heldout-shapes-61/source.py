"""Builds the sixty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Leeds PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X and Y to be ‘...’ and
    #    Z to be ‘...’"; fieldwork "from 10 to 21 June 2024"; nine recommendations "three for each PDU"; the regional
    #    director's reply
    ("armley-seacroft-and-kirkstall-pdus-2024", facts([
        svc("Armley Probation Delivery Unit", "Armley PDU", "PDU", RI),
        svc("Seacroft Probation Delivery Unit", "Seacroft PDU", "PDU", INAD),
        svc("Kirkstall Probation Delivery Unit", "Kirkstall PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspectors report on three probation delivery units in Leeds

N| Reports on three probation units serving parts of Leeds are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Three units of the [Probation Service – Yorkshire and the Humber region|S] were inspected at the same time this summer: [Armley Probation Delivery Unit|S], [Seacroft Probation Delivery Unit|S] and [Kirkstall Probation Delivery Unit|S].
N| Inspectors judged [Armley|S] and [Kirkstall|S] to be ‘[Requires improvement|R]’ and [Seacroft|S] to be ‘[Inadequate|R]’.
N| Fieldwork in the three units took place from [10 to 21 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Probation staff across the city are working hard, but [Seacroft|S]’s workload has simply become unmanageable.
W| “More than a third of practitioner posts there were empty, and newly qualified officers were being handed complex cases within weeks.
S| “[Armley|S] and [Kirkstall|S] have leaders who understand what must change, and their staff said they felt well supported by managers.”

S| Inspectors highlighted [Kirkstall PDU|S]’s integrated offender management scheme, run jointly with [West Yorkshire Police|A], which had helped to cut reoffending among prolific offenders.
W| Few people convicted of domestic abuse had been visited at home, in any of the three units.
W| In [Armley PDU|S], too few cases had a clear plan for managing risk once someone was released from prison.

R| Nine recommendations are spread evenly across the reports, three for each PDU.

N| [Lisa Mitchell|X], regional director of the [Probation Service|A], said: “The findings are accepted, and experienced staff have already moved into Seacroft.”
"""),
    # 2. two youth justice services in a local-news story: "X was handed a ‘...’ verdict, while Y was graded ‘...’", in
    #    the other order from the one they were first named in; the reports "were published on Tuesday (21 November)"
    #    under a byline of Friday 24 November 2023; eight recommendations "three for X and five for Y"
    ("swanland-and-willerby-yjs-2023", facts([
        svc("Swanland Youth Justice Service", "Swanland YJS", "YJS", GOOD),
        svc("Willerby Youth Justice Service", "Willerby YJS", "YJS", RI)], "2023-11-21", "2023-07", 8),
     """N| Two East Riding youth justice teams inspected: one ‘[Good|R]’, one told to improve

N| By [Tom Ashworth|X]

N| [Friday 24 November 2023|D]

N| Inspectors have published their findings on [Swanland Youth Justice Service|S] and [Willerby Youth Justice Service|S], two services that work with children to the west of Hull.
N| [Willerby|S] was handed a ‘[Requires improvement|R]’ verdict, while [Swanland|S] was graded ‘[Good|R]’.
N| The inspections took place in [July 2023|D], and the reports were published on Tuesday ([21 November|D]).

S| The watchdog found that [Swanland|S]’s staff had earned the trust of children and their families, often visiting them at home in the evenings.
S| It also singled out the service’s work with [Humberside Police|A] to keep children out of the courts where possible.
W| [Willerby|S]’s managers, by contrast, rarely checked the quality of case workers’ assessments, inspectors said.
W| Several children there had waited months for help with their mental health.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Side by side, these two services have nonetheless reached very different places.
S| “[Swanland|S] can take real pride in what it has achieved.
R| “[Willerby|S] needs to make sure that every child’s assessment is checked by a manager and that children get health support without delay.”

R| The reports make eight recommendations in total: three for [Swanland|S] and five for [Willerby|S].

N| A spokesperson for [East Riding of Yorkshire Council|A] said: “We are proud of our staff in Swanland and are already acting on the findings in Willerby.”
"""),
    # 3. two Calderdale PDUs in a justiceinspectorates news item, the region in the first sentence: "X has fallen to ‘...’,
    #    having been rated ‘...’ when it was last inspected in 2022; Y is assessed as ‘...’"; "Published: 4 Mar 2025";
    #    fieldwork "between 18 and 29 November 2024"; ten recommendations, five for each PDU
    ("hipperholme-and-ripponden-pdus-2025", facts([
        svc("Hipperholme Probation Delivery Unit", "Hipperholme PDU", "PDU", INAD),
        svc("Ripponden Probation Delivery Unit", "Ripponden PDU", "PDU", RI)], "2025-03-04", "2024-11", 10),
     """N| News

N| Two probation units in Calderdale: one ‘[Inadequate|R]’, one ‘[Requires improvement|R]’

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Hipperholme Probation Delivery Unit|S] and [Ripponden Probation Delivery Unit|S], both in the [Yorkshire and the Humber probation region|S].
N| [Hipperholme|S] has fallen to ‘[Inadequate|R]’ from the ‘[Requires improvement|R]’ it received at its last inspection in [2022|D]; [Ripponden|S] is assessed as ‘[Requires improvement|R]’.
N| Inspectors visited both units between [18 and 29 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hipperholme|S] has gone backwards since our last visit.
W| “Because of sickness and vacancies, many people on probation had seen a succession of different officers, and some had not been seen for weeks.
S| “[Ripponden|S] is in a better position: its managers are visible, and practitioners have caseloads they can manage.”

W| Inspectors found that in [Hipperholme PDU|S] the work to protect children was sufficient in only 14 of the 35 cases they examined.
S| Both units had built good links with local drug and alcohol services, and people on probation were referred quickly.
W| In both units, however, there were long waits to start accredited programmes for perpetrators of domestic abuse.

R| Ten recommendations are made, five for each PDU.
"""),
    # 4. a unit inside its region, the region in the headline and in the text, a sibling PDU's rating as context ("Elsewhere
    #    in the region, Darfield PDU was rated ‘...’ earlier this year"); "has been given the lowest of the inspectorate’s
    #    four ratings"; "HM Inspectorate of Probation inspected X in January 2024"; "Mr Jones continued"; the notes' day
    ("cudworth-pdu-2024", facts([
        svc("Cudworth Probation Delivery Unit", "Cudworth PDU", "PDU", INAD)], "2024-05-07", "2024-01", 6),
     """N| [Yorkshire and the Humber region|S]: serious concerns at [Cudworth probation unit|S]

N| [Cudworth Probation Delivery Unit|S], which covers the east of Barnsley, has been given the lowest of the inspectorate’s four ratings, ‘[Inadequate|R]’.
N| It is one of the probation delivery units of the [Probation Service – Yorkshire and the Humber region|S].
N| Elsewhere in the region, [Darfield PDU|S] was rated ‘[Requires improvement|R]’ earlier this year.
N| [HM Inspectorate of Probation|A] inspected [Cudworth PDU|S] in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Overwhelmed by their workloads, staff in this unit often left even the most basic checks on risk undone.
W| “Close to half the probation officer posts were empty, and each officer who remained was responsible for well over 60 people.”

W| Mr Jones continued: “In too many cases, nobody had asked the police whether there had been call-outs to a home where children lived.
S| “I was struck, though, by how loyal the remaining staff were, and by the care they showed for the people they supervise.”

S| Inspectors also found a well-run unpaid work scheme, with placements at local charities and community groups.
W| Links with [Barnsley Council|A]’s children’s services had weakened, and information that was asked for sometimes did not arrive for weeks.

R| The report makes six recommendations; four are for the PDU and two for the regional leadership of the [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [7 May 2024|D], when the report appears on the inspectorate’s website.
N| 2. [Cudworth PDU|S] supervises about 900 people in the community.
"""),
    # 5. a unit inside its region, the region opening the first sentence and in the notes: "X has been assessed by
    #    inspectors as ‘...’, according to a report published today (Wednesday, 13 September)" (no year: the fieldwork's,
    #    May 2023); "in only 18 of the 42 cases"; four recommendations
    ("askern-pdu-2023", facts([
        svc("Askern Probation Delivery Unit", "Askern PDU", "PDU", RI)], "2023-09-13", "2023-05", 4),
     """N| Probation unit north of Doncaster told to sharpen its focus on risk

N| In the [Probation Service – Yorkshire and the Humber region|S], [Askern Probation Delivery Unit|S] has been judged by inspectors to be ‘[Requires improvement|R]’, according to a report published today ([Wednesday, 13 September|D]).
N| The inspection took place in [May 2023|D], when inspectors read 42 cases and spoke to staff, managers and partner agencies.

S| Inspectors found a unit that was led well, with a head of service who had steadied the team after a period of high turnover.
S| Positively, almost all people on probation were seen promptly after sentence, and their first meetings were used well.
W| However, only 18 of the 42 cases had a sufficient assessment of the risk to partners and children.
W| Some practitioners did not know how to make referrals to the local domestic abuse service.

S| [Martin Jones|X], Chief Inspector of Probation, said: “Staff clearly care about the people they work with, and there is much here to build on.
R| “[Askern|S]’s leaders must now make sure that every assessment looks properly at who might be at risk, and that checks with [South Yorkshire Police|A] are made in every case where they are needed.”

R| The report makes four recommendations, all directed at the PDU.

N| ENDS

N| Notes to editors
N| 1. [Askern PDU|S] is part of the [Probation Service – Yorkshire and the Humber region|S] and supervises around 750 people in the north of Doncaster.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased that:" / "However, they were
    #    concerned that:" bullet lists; "Tuesday, 15th November 2011" above "today publishes"; fieldwork "carried out in
    #    August 2011"; seven recommendations
    ("airedale-probation-trust-2011", facts([
        svc("Airedale Probation Trust", "Airedale Probation Trust", "other", None)], "2011-11-15", "2011-08", 7),
     """N| Offender management inspection in Airedale: report published

N| [Tuesday, 15th November 2011|D]

N| [HM Inspectorate of Probation|A] has today released the findings of its inspection of [Airedale Probation Trust|S], the third Trust in the region to be visited in this programme.
S| Inspectors judged that the Trust performed well across much of its work, and was especially strong at helping offenders into jobs.
N| The fieldwork was carried out in [August 2011|D], when inspectors looked at 70 cases.

S| The Trust scored 76% for its work to cut reoffending and 83% for ensuring that offenders complied with their sentences.
W| The score for work to protect the public was lower, at 65%.

N| Inspectors were pleased that:
S| • offenders were usually seen within a week of being sentenced;
S| • offender managers had a good working relationship with [West Yorkshire Police|A] through the prolific offender scheme;
S| • offenders with drug problems got into treatment quickly.

N| However, they were concerned that:
W| • risk of harm plans were seldom revisited when an offender’s circumstances changed;
W| • where domestic abuse was a factor, one case in four showed no check with the police.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Airedale|S] has staff who are committed and know their offenders well.
R| “The Trust’s next task is to match its public protection work to the standard of everything else it does.”

R| We have made seven recommendations.

N| ENDS
"""),
    # 7. a CRC in 2019 owned by a named provider: "has judged X (CRC), which is owned by ..., to be ‘...’ overall"; unpaid
    #    work "which received a separate rating, was found to be ‘...’"; fieldwork "in June and July 2019"; the notes' day
    ("don-valley-crc-2019", facts([
        svc("Don Valley Community Rehabilitation Company", "Don Valley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-22", "2019-06", 6),
     """N| Probation company in South Yorkshire told to improve

N| [Her Majesty’s Inspectorate of Probation|A] has given [Don Valley Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], an overall rating of ‘[Requires improvement|R]’.
S| Its unpaid work, which received a separate rating, was found to be ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [June and July 2019|D].

S| The CRC had a stable leadership team, and staff said that they felt listened to.
S| Unpaid work placements were well organised, and most people finished their hours within the time allowed.
W| However, the quality of case supervision was variable, and too many people were supervised by telephone rather than face to face.
W| In only 21 of the 48 cases inspected had enough been done to keep others safe.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Real strengths are visible in this CRC, but it is not yet doing enough to manage the risk of harm.
R| “[Sodexo|A] and the CRC’s leaders should make sure that staff have the time and the training to do this properly.”

R| Six recommendations follow, five of them for the CRC; [HM Prison and Probation Service|A] is asked to act on the sixth.

N| ENDS

N| Notes to editors
N| 1. The report was published on [22 October 2019|D].
N| 2. [Don Valley CRC|S] supervises around 5,000 people serving community sentences or on licence.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ... with
    #    ...", bullet lists after "Inspectors found that:" / "However, inspectors also found that:"; "Published:
    #    09/08/2016" (day/month/year); "Inspectors visited the YOT in April 2016"; the council's reply
    ("hunslet-yot-2016", facts([
        svc("Hunslet Youth Offending Team", "Hunslet YOT", "YJS", None)], "2016-08-09", "2016-04", 5),
     """N| Inspection of youth offending work in Hunslet

N| Published: [09/08/2016|D]

N| The report of a joint inspection of [Hunslet Youth Offending Team|S] (YOT) has now been published.
N| [HM Inspectorate of Probation|A] led the inspection, joined by the [Care Quality Commission|A], by [Ofsted|A] and by [HM Inspectorate of Constabulary|A].
N| Inspectors visited the YOT in [April 2016|D] and looked at the cases of 30 children.
N| The inspection looked at the quality of the YOT’s work with children who had offended and at how well it was governed.

N| Inspectors found that:
S| • staff were enthusiastic and knew the children on their caseloads well;
S| • there was a wide range of activities to help children make amends to their victims;
S| • the management board was well attended, and its chair provided strong leadership.

N| However, inspectors also found that:
W| • assessments did not always identify the risk a child posed to others;
W| • children’s emotional and mental health needs were not always met;
W| • work with children in custody was poorly planned.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “A lot of good work goes on in Hunslet, but too often the YOT did not spot or manage risk well enough.”

R| The report sets out five recommendations, among them that the management board should ensure every child’s assessment covers the risk to others.

N| [Leeds City Council|A]’s executive member for children said the council would draw up an action plan in response.
"""),
    # 9. "Youth Offending Service" in 2019 on a council page, the capitalised name in the headline: "has been found to be
    #    ‘...’ by ... in a report published today" under "Thursday 12 December 2019"; "Inspectors spent a week with the
    #    service in September 2019"; four recommendations
    ("kirkburton-yos-2019", facts([
        svc("Kirkburton Youth Offending Service", "Kirkburton YOS", "YJS", GOOD)], "2019-12-12", "2019-09", 4),
     """N| [Kirkburton Youth Offending Service|S] rated ‘[Good|R]’ by inspectors

N| [Thursday 12 December 2019|D]

N| [HM Inspectorate of Probation|A] finds [Kirkburton Youth Offending Service|S] (YOS) to be ‘[Good|R]’ in its report, published today.
N| Inspectors spent a week with the service in [September 2019|D], looking at its leadership, its partnerships and the work done with 34 children.

S| They found that the YOS board had a clear vision and that its members, including [Kirklees Council|A], [West Yorkshire Police|A] and local health services, attended regularly.
S| Children’s views were taken seriously, and several children had helped to plan the layout of a new reporting centre.
S| Work to prevent children being drawn into county lines was a notable strength.
W| Inspectors did find that planning for children leaving custody was sometimes left too late.
W| Out-of-court disposals were not always reviewed, so some children received a caution without a full assessment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kirkburton|S] puts children first in everything it does.
S| “Staff at [Kirkburton|S] know their children well and work hard to keep them safe.”

R| The inspectors made four recommendations to help the service improve further.

N| [Carol Pinder|X], chair of the YOS management board, said: “We are delighted with this result and thank everyone involved.”
"""),
    # 10. a GOV.UK page: "X has received a ‘...’ rating from ..."; resettlement "given a rating of its own, was judged
    #     ‘...’"; "Fieldwork took place over two weeks in May 2022"; six recommendations
    ("horbury-yjs-2022", facts([
        svc("Horbury Youth Justice Service", "Horbury YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-09-27", "2022-05", 6),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice service in the Wakefield district

N| Inspectors report on [Horbury Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 September 2022|D]

N| [HM Inspectorate of Probation|A] has given [Horbury Youth Justice Service|S] a ‘[Good|R]’ rating.
W| Its work on resettlement, given a rating of its own, was judged ‘[Requires improvement|R]’.
N| Fieldwork took place over two weeks in [May 2022|D].

S| Inspectors found a strong, well-led partnership in which every member of staff understood the service’s priorities.
S| Case managers knew the children well and spent time building trust with their families.
S| Diversion work, which kept many children away from the youth court, was of a high standard.
W| However, suitable accommodation was not always arranged in time for children leaving custody.
W| Some plans to keep children safe were not updated after significant events.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Horbury|S] has a dedicated team that has worked hard to achieve this rating.
R| “The service and its partners now need to make sure children leaving custody have somewhere safe to live before they are released.”

R| The report makes six recommendations.

N| ENDS
"""),
    # 11. a council page with a day/month/year date line "05/06/2024": "has been awarded the highest possible rating, ‘...’,
    #     following an inspection by ..."; "Inspectors visited the service in February 2024 and their report was
    #     published today"; two recommendations; the councillor's reply
    ("ackworth-yjs-2024", facts([
        svc("Ackworth Youth Justice Service", "Ackworth YJS", "YJS", OUT)], "2024-06-05", "2024-02", 2),
     """N| Youth justice service in Ackworth rated ‘[Outstanding|R]’

N| [05/06/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A], who visited in [February 2024|D], have given [Ackworth Youth Justice Service|S] their top rating, ‘[Outstanding|R]’.
N| Their report is published today.

S| The inspectors described the service as one where children are at the heart of everything it does.
S| They were impressed by the partnership between the service, local schools and [Wakefield Council|A]’s social care teams, which had kept nearly all children in school, college or training.
S| Every child’s plan had been written with the child and their family, and children said that their views had been taken seriously.
S| Work with victims was particularly strong, with restorative meetings offered in every suitable case.
W| The only area for development was the timeliness of some health assessments.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ackworth|S] is an exceptional service, and its staff and partners can be rightly proud.
S| “Leaders know their service inside out and never stop looking for ways to improve it.”

R| The report makes two recommendations, both about health assessments.

N| Councillor [Margaret Isherwood|X], [Wakefield Council|A]’s cabinet member for children and young people, said: “This is a fantastic result for the children of our district.”
"""),
    # 12. an NPS division in 2019, the headline naming no service: "The inspectorate’s overall rating for the X is ‘...’";
    #     "Published: 19 Nov 2019"; "HM Inspectorate of Probation inspected the division in June 2019"; the bare "Vale of
    #     York" as subject in the quote; the short "NPS Vale of York" in the notes; seven recommendations
    ("vale-of-york-nps-division-2019", facts([
        svc("National Probation Service – Vale of York Division", "NPS Vale of York", "region", RI)],
        "2019-11-19", "2019-06", 7),
     """N| Mixed picture for probation division in North Yorkshire

N| Published: [19 Nov 2019|D]

N| The inspectorate’s overall rating for the [National Probation Service – Vale of York Division|S] is ‘[Requires improvement|R]’.
N| The division supervises around 4,000 offenders across York and North Yorkshire and prepares reports for the courts.
N| [HM Inspectorate of Probation|A] inspected the division in [June 2019|D].

S| The division’s leaders had a clear vision, inspectors found, and staff were positive about working there.
S| Advice to courts was timely and well informed.
W| However, the division had too few probation officers, and some staff were carrying caseloads that were too high to manage safely.
W| Work with victims was inconsistent, and some were not told that an offender was about to be released.
W| In only 25 of the 46 cases inspected had the division done enough to keep people safe.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Vale of York|S] has good foundations, but staffing shortages are holding it back.
R| “The division and [HMPPS|A] must work together to fill vacancies and bring caseloads down.”

R| Seven recommendations are made in the report.

N| The [National Probation Service|A] said it accepted all seven.

N| Notes to editors
N| 1. [NPS Vale of York|S] is one of the divisions of the [National Probation Service|A].
"""),
    # 13. a remote inspection in 2021: "Inspectors have concluded that X ‘...’, three years after it was rated ‘...’ at its
    #     previous inspection in 2018"; "the inspection was carried out remotely in May 2021"; "Published: Thursday 26th
    #     August 2021"; "in only 13 of the 27 cases"; the council's reply
    ("chapeltown-yjs-2021", facts([
        svc("Chapeltown Youth Justice Service", "Chapeltown YJS", "YJS", RI)], "2021-08-26", "2021-05", 6),
     """N| Youth justice service in north Sheffield slips to ‘[Requires improvement|R]’

N| Published: [Thursday 26th August 2021|D]

N| Inspectors have concluded that [Chapeltown Youth Justice Service|S] ‘[Requires improvement|R]’, three years after it was rated ‘[Good|R]’ at its previous inspection in [2018|D].
N| Because of the COVID-19 pandemic, the inspection was carried out remotely in [May 2021|D].

W| Inspectors found that contact with some children had dropped to a phone call every few weeks during lockdown.
W| In only 13 of the 27 cases inspected was the risk a child might pose to other people properly assessed.
S| Positively, the service had kept its education and training offer going, and most children were still attending school or college.
S| Its partnership with [South Yorkshire Police|A] and [Sheffield City Council|A] on child exploitation was strong.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The pandemic has been hard for every youth justice service, but [Chapeltown|S] has lost ground in keeping children and the public safe.
R| “Leaders need to get face-to-face work back on track and make sure every assessment considers the risks a child may pose.”

R| Six recommendations are made: four to the service and two to its management board.

N| [Sheffield City Council|A] said it had already put an improvement plan in place.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", the capitalised name in the
    #     headline, "Context" and "Findings" bullets, the region in a bullet; "Published: 9 Dec 2025"; fieldwork "in
    #     September 2025"; four recommendations
    ("mosborough-pdu-2025", facts([
        svc("Mosborough Probation Delivery Unit", "Mosborough PDU", "PDU", None)], "2025-12-09", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: [Mosborough Probation Delivery Unit|S]

N| Published: [9 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published its findings on public protection work at [Mosborough Probation Delivery Unit|S].
N| This inspection looked at how well the PDU assesses and manages the risk of harm, and it does not give a rating.
N| The fieldwork took place in [September 2025|D].

N| Context
N| • [Mosborough PDU|S] belongs to [Probation Service – Yorkshire and the Humber region|S] and covers the south-east of Sheffield.
N| • At the time of the inspection it was supervising around 820 people.

N| Findings
S| • Practitioners understood the people they supervised and the risks they posed.
W| • Where domestic abuse call-outs were relevant, practitioners asked [South Yorkshire Police|A] for details in fewer than half of cases.
W| • Risk management plans were not always updated when circumstances changed.
S| • Work with partners through [MAPPA|A] was effective.

R| The inspectorate makes four recommendations.
"""),
    # 15. an embargo line, then "Inspectors have given X the lowest rating on their scale, ‘...’"; the previous rating
    #     ("Its previous inspection, in 2019, had ended with a rating of ‘...’"); fieldwork "from 11 to 15 November 2024";
    #     "I want to see ..." in a quote; 12 recommendations in digits
    ("humberston-yjs-2025", facts([
        svc("Humberston Youth Justice Service", "Humberston YJS", "YJS", INAD)], "2025-02-20", "2024-11", 12),
     """N| Embargoed until 00.01 [Thursday 20 February 2025|D]

N| Youth justice service in North East Lincolnshire given lowest rating

N| Inspectors have given [Humberston Youth Justice Service|S] the lowest rating on their scale, ‘[Inadequate|R]’.
N| In [2019|D], at its previous inspection, the service received ‘[Requires improvement|R]’.
N| Inspectors visited from [11 to 15 November 2024|D].

W| They found that leaders had not grasped how serious the problems were, and that the management board rarely challenged them.
W| Many children were not seen often enough, and in several cases nobody had visited a child at home for months.
W| Risks of exploitation were missed or not acted on in 11 of the 20 cases inspected.
S| Inspectors did praise the service’s victim work, which was handled with sensitivity and care.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The safety of children supervised by this service deeply concerns me.
W| “Staff were doing their best, but with high turnover and little management oversight, children were being let down.
R| “The council and its partners must act quickly; I want to see a realistic plan for improvement within weeks, not months.”

R| The report makes 12 recommendations, including four for [North East Lincolnshire Council|A] and one for [Humberside Police|A].

N| ENDS
"""),
    # 16. a 2020 release: "has been judged ‘...’ by ..., in a report published today" under "Tuesday, 14th July 2020";
    #     fieldwork "in February 2020, shortly before the national lockdown"; hope with no finding; no count of
    #     recommendations (null)
    ("messingham-yjs-2020", facts([
        svc("Messingham Youth Justice Service", "Messingham YJS", "YJS", GOOD)], "2020-07-14", "2020-02", None),
     """N| ‘Strong and caring’ youth justice service praised by inspectors

N| [Tuesday, 14th July 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Messingham Youth Justice Service|S] to be ‘[Good|R]’; its report is published today.
N| Inspectors were on site in [February 2020|D], not long before the first national lockdown.

S| Inspectors found that the service was well led and that staff at every level understood what they were trying to achieve for children.
S| Children and their parents said they were treated with respect, and case workers were described as caring and determined.
S| The service worked closely with [North Lincolnshire Council|A]’s children’s services, and decisions about children at risk were shared.
W| However, some assessments did not look at the harm a child could do to other people.
W| Work on out-of-court disposals was less consistent than work with children sentenced by the courts.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone who works in this good service should be pleased with what they have done.
N| “I hope the report will help them to make the improvements that remain.”

N| The full report is available on the inspectorate’s website.
"""),
    # 17. "X, in Bradford, has been rated ‘...’ overall"; resettlement "received its own rating of ‘...’"; fieldwork
    #     "between 6 and 10 March 2023"; "in only 15 of 31 cases"; the notes' day "at 00.01 on 4 July 2023"; six
    #     recommendations
    ("queensbury-yjs-2023", facts([
        svc("Queensbury Youth Justice Service", "Queensbury YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-07-04", "2023-03", 6),
     """N| Youth justice in Queensbury: ‘committed staff’ but weaknesses in safety work

N| [HM Inspectorate of Probation|A] has rated [Queensbury Youth Justice Service|S], in Bradford, ‘[Requires improvement|R]’ overall.
S| Resettlement work received its own rating of ‘[Good|R]’.
N| Inspectors carried out their fieldwork between [6 and 10 March 2023|D].

S| They found committed case managers who had built strong bonds with the children in their care.
S| Children leaving custody were well prepared, with education and accommodation in place on the day of release.
W| However, in only 15 of 31 cases had the service done enough to manage the risks to the child, and work to protect the public was also not good enough.
W| The management board did not receive the data it needed to judge the service’s performance.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “While there is much to like about the way staff work with children in Queensbury, too many risks are being missed.
R| “The board should make sure it gets the data it needs to hold the service to account.”

R| We have made six recommendations, five for the service and one for [Bradford Council|A].

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [4 July 2023|D].
N| 2. [Queensbury YJS|S] supervises children aged 10 to 17 from the west of Bradford.
"""),
    # 18. a "Youth Justice Team" (YJT) in a justiceinspectorates news item, the headline's lower-case "Honley youth justice
    #     team": "The overall verdict on X (YJT), in a report published today by ..., is ‘...’" under "Wednesday 16 October
    #     2024"; "was inspected in June 2024"; "Mr Jones continued"; the four-point-scale note
    ("honley-yjt-2024", facts([
        svc("Honley Youth Justice Team", "Honley YJT", "YJS", RI)], "2024-10-16", "2024-06", 7),
     """N| News

N| [Honley youth justice team|S] must improve, say inspectors

N| [Wednesday 16 October 2024|D]

N| The overall verdict on [Honley Youth Justice Team|S] (YJT) in [HM Inspectorate of Probation|A]’s report, published today, is ‘[Requires improvement|R]’.
N| The team, which is part of [Kirklees Council|A]’s children’s services, was inspected in [June 2024|D].

S| Inspectors were impressed with the team’s work to involve children in their own plans, and with its support for children’s speech and language needs.
S| Staff were tenacious, keeping up contact with children who were reluctant to engage.
W| But [Honley YJT|S]’s management board had been slow to act on the findings of its own audits, and some of the same problems had been found two years running.
W| In almost half of the cases inspected, not enough was done to keep other people safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The practitioners here are committed, and children in this part of Kirklees are well served by them.”
W| Mr Jones continued: “The board has not given the team the direction it needs, and as a result risk has not been managed as well as it should be.”

R| Seven recommendations are made: five for the team and two for its management board.

N| ENDS

N| Notes to editors
N| 1. Each youth justice service inspected receives one of four ratings from [HM Inspectorate of Probation|A]: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
