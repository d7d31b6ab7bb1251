"""Builds the hundred-and-ninetieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. two PDUs south of the Ribble on a GOV.UK page, the region named first: "X has been given ‘...’, and Y sits one
    #    grade lower, at ‘...’"; "Inspectors visited both units in January 2025"; nine recommendations "five ... four"
    ("becconsall-and-walmer-bridge-pdus-2025", facts([
        svc("Becconsall Probation Delivery Unit", "Becconsall PDU", "PDU", RI),
        svc("Walmer Bridge Probation Delivery Unit", "Walmer Bridge PDU", "PDU", INAD)], "2025-05-13", "2025-01", 9),
     """N| Press release

N| Probation units near the Ribble estuary inspected

N| Inspectors report on two probation delivery units in west Lancashire.

N| From: [HM Inspectorate of Probation|A]

N| Published [13 May 2025|D]

N| Two units of the [Probation Service – North West region|S], [Becconsall Probation Delivery Unit|S] and [Walmer Bridge Probation Delivery Unit|S], feature in reports [His Majesty’s Inspectorate of Probation|A] issued today.
N| [Becconsall|S] has been given ‘[Requires improvement|R]’, and [Walmer Bridge|S] sits one grade lower, at ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Walmer Bridge|S] has seen most of its experienced officers leave in recent years, and those still there are stretched far too thin.
W| “In too many files, nobody had a current view of who might be at risk.
S| “[Becconsall|S] is in better shape, with a steady management team and staff who clearly enjoy working together.”

S| Inspectors praised [Becconsall PDU|S]’s ties with local drug and alcohol services: people were often seen by a key worker within a week of sentence.
W| In around half of the relevant cases in both units, nobody had checked with children’s social care.

R| Nine recommendations are made in total, five for [Walmer Bridge|S] and four for [Becconsall|S].

N| [Kim Thornden|X], Regional Probation Director for the North West, said: “The findings are accepted, and extra staff have already been moved into Walmer Bridge.”
"""),
    # 2. two youth justice services in a local-news story, named in one order and rated in the other: "Mere Brow landed
    #    the top rating ..., while Hilldale came out as ‘...’"; report "released on Tuesday (18 June)" under a byline of
    #    Friday 21 June 2024; fieldwork "in February 2024"; "eight ... five for Hilldale and three for Mere Brow"
    ("hilldale-and-mere-brow-yjs-2024", facts([
        svc("Hilldale Youth Justice Service", "Hilldale YJS", "YJS", RI),
        svc("Mere Brow Youth Justice Service", "Mere Brow YJS", "YJS", OUT)], "2024-06-18", "2024-02", 8),
     """N| Mixed verdicts for two youth justice teams on the mosslands

N| By [Helen Ashworth|X]

N| [Friday 21 June 2024|D]

N| Inspection reports on [Hilldale Youth Justice Service|S] and [Mere Brow Youth Justice Service|S] were released on Tuesday ([18 June|D]), after inspectors visited the two teams in [February 2024|D].
N| [Mere Brow|S] landed the top rating, ‘[Outstanding|R]’, while [Hilldale|S] came out as ‘[Requires improvement|R]’.

S| The watchdog found that every child supervised by [Mere Brow|S] had one named worker from the day of arrest until their order ended.
S| Inspectors also said [Mere Brow|S]’s partnership with local colleges had kept almost all of its children in education or training.
W| At [Hilldale YJS|S], plans to keep children safe from exploitation were often out of date, and the board rarely asked hard questions.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mere Brow|S] shows what can be done when every partner pulls in the same direction.
W| “[Hilldale|S] has committed staff, but the help children received depended too much on which worker they happened to get.”

R| Eight recommendations are made, five for [Hilldale|S] and three for [Mere Brow|S].

N| A spokesperson for [Lancashire County Council|A] said: “We will study both reports closely with our partners.”
"""),
    # 3. three PDUs in one justiceinspectorates news item, "Three units of the Probation Service’s North West region"
    #    first: "A and B are each placed at ‘...’; C has
    #    fallen to ‘...’"; "Published: 4 Dec 2024"; fieldwork "between 9 and 20 September 2024"; twelve recommendations
    ("farington-whitestake-and-hoscar-pdus-2024", facts([
        svc("Farington Probation Delivery Unit", "Farington PDU", "PDU", RI),
        svc("Whitestake Probation Delivery Unit", "Whitestake PDU", "PDU", RI),
        svc("Hoscar Probation Delivery Unit", "Hoscar PDU", "PDU", INAD)], "2024-12-04", "2024-09", 12),
     """N| News

N| Three probation units south of the Ribble: reports published

N| Published: [4 Dec 2024|D]

N| Three units of the [Probation Service|A]’s [North West region|S], [Farington Probation Delivery Unit|S], [Whitestake Probation Delivery Unit|S] and [Hoscar Probation Delivery Unit|S], are covered by reports [HM Inspectorate of Probation|A] published today.
N| [Farington|S] and [Whitestake|S] are each placed at ‘[Requires improvement|R]’; [Hoscar|S] has fallen to ‘[Inadequate|R]’.
N| The three units were inspected between [9 and 20 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found officers who care in all three units, but they are working with caseloads that leave no room for proper thought about risk.
W| “In Hoscar, almost half the probation officer posts were unfilled, and several newly qualified staff had been handed complex cases with little support.”

S| [Whitestake PDU|S]’s joint work on domestic abuse call-outs with [Lancashire Constabulary|A] was, inspectors found, prompt and well recorded.
S| [Farington|S] had built a well-used hub for women on probation, run with a local charity.
W| Unpaid work placements in all three units had been cancelled at short notice on many occasions.

R| The reports contain twelve recommendations, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and first sentence: "Inspectors have judged X to be ‘...’";
    #    "Embargo: 00.01, Tuesday 20 February 2024" in the notes; the region's own
    #    earlier rating as context; "Mr Jones continued"; fieldwork "took place in October 2023"
    ("midge-hall-pdu-2024", facts([
        svc("Midge Hall Probation Delivery Unit", "Midge Hall PDU", "PDU", RI)], "2024-02-20", "2023-10", 6),
     """N| [North West probation region|S]: steady progress needed at Midge Hall

N| Inspectors have judged [Midge Hall Probation Delivery Unit|S] to be ‘[Requires improvement|R]’; the unit is one of many in the [Probation Service – North West region|S].
N| The region as a whole was also given ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| The fieldwork for this inspection took place in [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Midge Hall|S] has a head of service who knows the unit inside out and a team that wants to do well.
W| “But the quality of risk assessment was uneven, and plans were not always changed when someone’s circumstances did.”

W| Mr Jones continued: “Some people waited months to start an accredited programme, and a few never started one at all.”

S| Inspectors praised the way staff at [Midge Hall|S] worked with housing officers from [South Ribble Borough Council|A] to find somewhere to live for people leaving prison.
W| Supervision of middle managers was irregular, so practice problems were slow to come to light.

R| Six recommendations are made: four address the unit, two the region.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Tuesday 20 February 2024|D].
N| 2. [Midge Hall PDU|S] supervises around 900 people living in South Ribble and parts of Chorley.
"""),
    # 5. a unit inside its region, the region in the first sentence and the notes: "The verdict on X is ‘...’, the
    #    lowest grade on the inspectorate’s scale"; "in a report out today (Thursday, 9 March)", year from fieldwork
    #    (November 2022); a lower-case "Hurlston probation unit" headline
    ("hurlston-pdu-2023", facts([
        svc("Hurlston Probation Delivery Unit", "Hurlston PDU", "PDU", INAD)], "2023-03-09", "2022-11", 7),
     """N| Serious concerns at [Hurlston probation unit|S]

N| In a report out today ([Thursday, 9 March|D]), [HM Inspectorate of Probation|A] looks at [Hurlston Probation Delivery Unit|S] in West Lancashire, one of the [Probation Service – North West region|S]’s units.
N| The verdict on [Hurlston|S] is ‘[Inadequate|R]’, the lowest grade on the inspectorate’s scale.
N| Inspectors carried out their fieldwork in [November 2022|D], reading 44 cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hurlston|S]’s staff are doing their best in very hard conditions, but the unit is not keeping the public safe.
W| “Of the 44 cases we looked at, only 13 assessed the risk of harm to others soundly.”

W| Inspectors found that information from [Lancashire Constabulary|A] about domestic abuse was often requested late or not at all.
S| Positively, the unit’s court team gave magistrates timely and well-argued advice.
W| Morale was low, and many staff told inspectors they did not feel heard by senior leaders.

R| The report sets out seven recommendations; five are for the unit.

N| ENDS

N| Notes to editors
N| 1. [Hurlston PDU|S] is one of 16 probation delivery units in the [North West region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: scores out of a hundred, "Inspectors were pleased to find that:" /
    #    "However, they were concerned that:" bullets; "Wednesday, 13th February 2013" above "published today";
    #    fieldwork "in October 2012"; eight recommendations
    ("brandreth-and-cunscough-probation-trust-2013", facts([
        svc("Brandreth and Cunscough Probation Trust", "Brandreth and Cunscough Probation Trust", "other", None)],
        "2013-02-13", "2012-10", 8),
     """N| Probation work in Brandreth and Cunscough – inspection findings

N| [Wednesday, 13th February 2013|D]

S| [Brandreth and Cunscough Probation Trust|S] is doing sound work to reduce reoffending, in the view of [Her Majesty’s Inspectorate of Probation|A], whose report on the Trust appears today.
N| The inspection, which took place in [October 2012|D], looked at 55 cases supervised by the Trust.

S| For reoffending work the Trust achieved a score of 78%, and for delivering sentences 80%.
W| Its work to protect the public was weaker, at 64%.

N| Inspectors were pleased to find that:
S| • initial assessments were completed promptly in most cases;
S| • the people supervised trusted their offender managers.

N| However, they were concerned that:
W| • risk management plans were often vague;
W| • home visits in cases with a child protection concern were rare.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Here, staff and managers have a good deal to be proud of.
R| “Its next task must be to bring its work on keeping people safe up to the standard of its work on reoffending.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2018 run by a named provider, embargo line: "HM Inspectorate of Probation’s verdict on X (CRC), which
    #    Sodexo Justice Services runs, is ‘...’"; unpaid work "assessed separately" earned a grade; fieldwork "in May
    #    2018"; the provider's reply
    ("downholland-and-barrow-nook-crc-2018", facts([
        svc("Downholland and Barrow Nook Community Rehabilitation Company", "Downholland and Barrow Nook CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-02", "2018-05", 7),
     """N| Embargoed until 00:01, [Tuesday 2 October 2018|D]

N| Probation company in West Lancashire must improve, says watchdog

N| [HM Inspectorate of Probation|A]’s verdict on [Downholland and Barrow Nook Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] runs, is ‘[Requires improvement|R]’.
S| Unpaid work, which was assessed separately, earned a grade of ‘[Good|R]’.
N| Inspectors were on site in [May 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC reports on too many of the people it supervises, rather than actively working with them.
W| “Some were supervised mainly by telephone, even where there were clear signs of risk to a partner.”

S| Inspectors did commend the CRC’s unpaid work team, whose projects were well organised and valued by local parishes.
W| Links with the [National Probation Service|A] were variable, and some cases were referred back without the information needed.

R| Seven recommendations follow: [HM Prison and Probation Service|A] gets two, and the CRC and its owner, [Sodexo Justice Services|A], the other five.

N| A [Sodexo Justice Services|A] spokesperson said: “The report is welcome, and work on its recommendations has already begun.”
"""),
    # 8. a youth offending team written out on a council page in 2016, before ratings: "a joint inspection of X (YOT)",
    #    bullets after "Inspectors found that:" / "Areas for improvement:"; "Posted: 22/11/2016"; "The inspection took
    #    place during September 2016"
    ("newburgh-yot-2016", facts([
        svc("Newburgh Youth Offending Team", "Newburgh YOT", "YJS", None)], "2016-11-22", "2016-09", 6),
     """N| Joint inspection of youth offending work in Newburgh published

N| Posted: [22/11/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Newburgh Youth Offending Team|S] (YOT); its report is now available.
N| The inspection took place during [September 2016|D] and also involved [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors found that:
S| • the YOT’s management board was well attended and knew the service’s strengths;
S| • children and their families trusted the staff who worked with them;
S| • work with [Lancashire Constabulary|A] on out-of-court disposals was effective.

N| Areas for improvement:
W| • assessments of children’s safety and wellbeing were not always updated;
W| • health provision, particularly access to [CAMHS|A], was too slow.

R| Six recommendations are made to the YOT and its partners.

N| Councillor [Joan Prescott|X], portfolio holder for children’s services, said: “It is good to see inspectors recognise the dedication of our staff, and we will address the areas they identified.”
"""),
    # 9. a youth justice service with resettlement rated separately and the previous rating beside: "X has moved up to
    #    ‘...’, from the ‘...’ it was given in 2021"; resettlement work "which was graded on its own, reached ‘...’";
    #    fieldwork "Inspectors spent the week of 10 March 2025 with the service"; notes day
    ("drummersdale-yjs-2025", facts([
        svc("Drummersdale Youth Justice Service", "Drummersdale YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2025-07-15", "2025-03", 4),
     """N| Youth justice in Drummersdale improves to ‘[Good|R]’

N| [Drummersdale Youth Justice Service|S] has moved up to ‘[Good|R]’, from the ‘[Requires improvement|R]’ it was given in [2021|D].
W| Resettlement work, which was graded on its own, reached ‘[Requires improvement|R]’.
N| Inspectors spent the week of [10 March 2025|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Drummersdale|S] has turned itself around since our last visit.
S| “Children told us their workers listened, turned up when they said they would and helped them with school and family problems.
W| “The one gap is for children coming home from custody, where accommodation and education were too often not arranged before release.”

S| Inspectors singled out the service’s speech and language therapist, who screened every child at the start of their order.
S| Inspectors described the management board, which the council’s director of children’s services chairs, as well informed and challenging.

R| We have made four recommendations: one is for the management board, the other three for the service.

N| ENDS

N| Notes to editors
N| 1. The report is available on our website from 00.01 on [Tuesday 15 July 2025|D].
N| 2. [Drummersdale YJS|S] works with children aged 10 to 17 in the northern part of West Lancashire.
"""),
    # 10. an ordinary youth justice release, "Good", GOV.UK layout; fieldwork "in April 2024"; five recommendations
    ("carr-cross-yjs-2024", facts([
        svc("Carr Cross Youth Justice Service", "Carr Cross YJS", "YJS", GOOD)], "2024-08-06", "2024-04", 5),
     """N| Press release

N| [Carr Cross youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [6 August 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has rated [Carr Cross Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every part of this service is built around the child.
S| “Its staff are experienced, tenacious and know the children they work with very well.”

S| Inspectors were impressed with the work done to keep children out of the formal justice system, and every out-of-court disposal case they read was of a high standard.
W| However, plans for children at risk of criminal exploitation did not always involve the police early enough.
W| The service had also been slow to collect the views of victims.

R| Five recommendations are made in the report; one asks the service to improve its contact with victims.
"""),
    # 11. an ordinary PDU release, "Requires improvement", justiceinspectorates layout, "Published: 10 Sep 2024";
    #     fieldwork "from 29 April to 10 May 2024"; six recommendations
    ("charnock-richard-pdu-2024", facts([
        svc("Charnock Richard Probation Delivery Unit", "Charnock Richard PDU", "PDU", RI)], "2024-09-10", "2024-04",
        6),
     """N| News

N| [Charnock Richard probation unit|S] told it must improve

N| Published: [10 Sep 2024|D]

N| [Charnock Richard Probation Delivery Unit|S] has received a rating of ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
N| Inspectors were in the unit from [29 April to 10 May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Charnock Richard|S]’s leaders have a realistic grasp of where the unit stands and a plan that staff believe in.
W| “But in too many cases, the work to protect children and former partners from harm was not good enough.”

S| Inspectors praised the unit’s approach to people with learning difficulties, whose needs were picked up at the pre-sentence stage.
W| Vacancies among probation officers ran at a quarter of posts, and cover arrangements were patchy.
W| Contact with [Chorley Council|A]’s housing team was irregular, so some people left prison with nowhere to stay.

R| Six recommendations have been made to help the unit improve.
"""),
    # 12. an ordinary youth justice release, "Outstanding", local news; fieldwork "in June 2023"; four recommendations;
    #     published date "published on Wednesday (11 October)" under a byline of 12 October 2023
    ("lordsgate-yjs-2023", facts([
        svc("Lordsgate Youth Justice Service", "Lordsgate YJS", "YJS", OUT)], "2023-10-11", "2023-06", 4),
     """N| Youth justice team in Lordsgate celebrates top inspection grade

N| By [Tom Whiteside|X]

N| [Thursday 12 October 2023|D]

N| [Lordsgate Youth Justice Service|S] has been rated ‘[Outstanding|R]’ in a report published on Wednesday ([11 October|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [June 2023|D].

S| They found a service with stable leadership, a close-knit staff team and a board that knew exactly how children were doing.
S| Children were helped into sport, volunteering and work experience, and reoffending had fallen for three years running.
S| Inspectors also praised the service’s work with victims, who were kept informed and offered a say in how children made amends.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lordsgate|S]’s staff and partners should be very proud.
W| “The only area where we saw room for improvement was in sharing health information, where records were sometimes incomplete.”

R| The report makes four recommendations.

N| Councillor [David Gorton|X] said: “This is a fantastic result for the team and for the children of our area.”
"""),
    # 13. an ordinary Youth Offending Service in 2019 written out, "Good"; "Published: 3 Dec 2019"; fieldwork "in August
    #     2019"; three recommendations
    ("ulnes-walton-yos-2019", facts([
        svc("Ulnes Walton Youth Offending Service", "Ulnes Walton YOS", "YJS", GOOD)], "2019-12-03", "2019-08", 3),
     """N| News

N| [Ulnes Walton YOS|S]: ‘[Good|R]’ overall

N| Published: [3 Dec 2019|D]

N| [HM Inspectorate of Probation|A] has inspected [Ulnes Walton Youth Offending Service|S] (YOS) and rated it ‘[Good|R]’.
N| The inspection took place in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leadership of the YOS is strong, and its case managers have manageable caseloads and good access to training.
S| “Court work was particularly strong, with thorough reports and good communication with magistrates.”

W| Inspectors noted that risk management plans were not reviewed often enough in a minority of cases.
W| Education provision for children above school age was limited.

R| The report makes three recommendations.
"""),
    # 14. a 2025 public-protection PDU inspection, no rating, "Context" / "Findings" bullets, "Skip to content"
    ("sollom-pdu-2025", facts([
        svc("Sollom Probation Delivery Unit", "Sollom PDU", "PDU", None)], "2025-11-04", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Sollom Probation Delivery Unit|S]

N| Published: [4 November 2025|D]

N| The public protection inspection of [Sollom Probation Delivery Unit|S], carried out in [June 2025|D], has been published by [HM Inspectorate of Probation|A].
N| Inspections in this programme do not give a rating.

N| Context
N| • [Sollom PDU|S] supervises around 750 people and belongs to the [Probation Service – North West region|S].
W| • At the time of the inspection, a third of probation officer posts were vacant.

N| Findings
S| • Staff understood the people on their caseloads well, and most assessments were completed on time.
W| • Domestic abuse checks with the police were missing in more than a third of relevant cases.
W| • Few home visits took place, even where children lived at the address.

R| There are five recommendations, for the unit and the region.
"""),
    # 15. an ordinary youth justice release on a council page, "Requires improvement"; "Posted on 14/01/2025"; fieldwork
    #     "took place in September and October 2024"
    ("hundred-end-yjs-2025", facts([
        svc("Hundred End Youth Justice Service", "Hundred End YJS", "YJS", RI)], "2025-01-14", "2024-09", 6),
     """N| Inspection of [Hundred End youth justice service|S]

N| Posted on [14/01/2025|D]

N| After an inspection by [HM Inspectorate of Probation|A], [Hundred End Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| The inspection took place in [September and October 2024|D].

S| Inspectors recognised the commitment of staff and the strong relationships they build with children.
W| However, they found that work to keep children and others safe was not consistent and that the management board needed to understand the service’s performance better.
W| Too few children were receiving their full entitlement to education.

R| Six recommendations are made, and work on them has already started with partners.

N| Councillor [Sarah Halliwell|X], cabinet member for children and young people, said: “We accept the findings and are determined to get to ‘[Good|R]’ at the next inspection.”
"""),
    # 16. an ordinary youth justice release, "Inadequate"; previous rating beside ("at its previous inspection, in 2020,
    #     it was ‘Good’");
    #     fieldwork "in July 2023"; notes day
    ("tarlscough-yjs-2023", facts([
        svc("Tarlscough Youth Justice Service", "Tarlscough YJS", "YJS", INAD)], "2023-11-28", "2023-07", 7),
     """N| [Tarlscough youth justice service|S] rated ‘[Inadequate|R]’

N| [Tarlscough Youth Justice Service|S] has been rated ‘[Inadequate|R]’; at its previous inspection, in [2020|D], it was ‘[Good|R]’.
N| Inspectors visited in [July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Such a decline, in a service that was in good shape three years ago, is disappointing.
W| “Leaders lost sight of the basics, and too many children were left without a plan to keep them and others safe.”

W| A third of case manager posts were vacant, inspectors found, and some children had been through four different workers in twelve months.
S| Despite the staffing pressures, out-of-court work was strong, helped by good links with [Lancashire Constabulary|A].

R| Seven recommendations are made; the police and health partners receive two of them.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [28 November 2023|D] at 00.01.
"""),
    # 17. an ordinary PDU release, "Requires improvement" with "rated separately" aspects: "rated ‘...’ overall ...
    #     court work, which is rated separately, ‘...’"; fieldwork "in March 2024"
    ("bescar-pdu-2024", facts([
        svc("Bescar Probation Delivery Unit", "Bescar PDU", "PDU", RI,
            [{"aspect": "court work", "rating": GOOD}])], "2024-07-23", "2024-03", 6),
     """N| Press release

N| [Bescar probation unit|S] ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [23 July 2024|D]

N| [Bescar Probation Delivery Unit|S] is ‘[Requires improvement|R]’ overall, according to [His Majesty’s Inspectorate of Probation|A].
S| Its court work, rated separately, came out as ‘[Good|R]’.
N| The inspection took place in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bescar|S]’s court team is a real asset, and its reports help magistrates make sound decisions.
W| “Yet once people were on the unit’s caseload, their supervision was too often a box-ticking exercise.”

W| Risk of serious harm was assessed well in just over half of the cases inspectors reviewed.
S| They were impressed by the unit’s partnership with local mental health services.

R| Six recommendations are made, including that the unit should improve the quality of its risk management plans.
"""),
    # 18. an ordinary youth justice release, "Good", headline with a quoted phrase, "Thursday, 6th June 2024" date line;
    #     fieldwork "in January 2024"; five recommendations
    ("howick-cross-yjs-2024", facts([
        svc("Howick Cross Youth Justice Service", "Howick Cross YJS", "YJS", GOOD)], "2024-06-06", "2024-01", 5),
     """N| [Howick Cross youth justice service|S] ‘making a real difference’

N| [Thursday, 6th June 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Howick Cross Youth Justice Service|S] an overall rating of ‘[Good|R]’ in its report published today.
N| The inspection took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Howick Cross|S]’s staff are making a real difference to the lives of the children they work with.
S| “They are creative, persistent and never give up on a child.”

W| Inspectors were concerned to find that the service’s work with victims was underdeveloped.
W| Some children’s plans did not reflect their identity, culture or experiences of discrimination.

R| The report makes five recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-ninetieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
