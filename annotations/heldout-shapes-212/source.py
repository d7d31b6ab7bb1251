"""Builds the two hundred and twelfth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named before them: "The inspectorate puts Z in its lowest
    #    grade, ‘...’, and gives X and Y ‘...’" (in another order than first named); "spent the fortnight beginning
    #    3 March 2025"; twelve recommendations "Between them the reports carry ...: five for Z, four for X and three for Y"
    ("hellingly-horam-and-chiddingly-pdus-2025", facts([
        svc("Hellingly Probation Delivery Unit", "Hellingly PDU", "PDU", RI),
        svc("Horam Probation Delivery Unit", "Horam PDU", "PDU", INAD),
        svc("Chiddingly Probation Delivery Unit", "Chiddingly PDU", "PDU", RI)], "2025-07-22", "2025-03", 12),
     """N| Press release

N| Three Wealden probation units fall short of the expected standard

N| Inspectors say one of the three units is failing both the people it supervises and the public.

N| From: [HM Inspectorate of Probation|A]

N| Published [22 July 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] today publishes its findings on three probation delivery units belonging to the [Probation Service – Kent, Surrey and Sussex region|S]: [Hellingly Probation Delivery Unit|S], [Horam Probation Delivery Unit|S] and [Chiddingly Probation Delivery Unit|S].
N| The inspectorate puts [Horam|S] in its lowest grade, ‘[Inadequate|R]’, and gives [Hellingly|S] and [Chiddingly|S] ‘[Requires improvement|R]’.
N| Inspectors spent the fortnight beginning [3 March 2025|D] in the three units.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Horam, half the probation officer posts stood empty, and newly qualified staff were carrying cases far beyond their experience.
W| “We read files where a warning from the police about a new partner had sat unopened for a month.
S| “[Hellingly|S] and [Chiddingly|S], for all their difficulties, have managers who know their teams and a clear idea of what good supervision looks like.”

S| Inspectors singled out the units’ work with [Sussex Police|A] on those assessed as posing the highest risk, which was well organised and closely monitored.
W| Across the three units, though, plans to protect children living with people on probation were missing in almost two cases out of five.

R| Between them the reports carry twelve recommendations: five for [Horam|S], four for [Hellingly|S] and three for [Chiddingly|S].

N| The region’s director, [Alison Keble|X], said experienced officers had already been moved into Horam and that every vacancy was being advertised.
"""),
    # 2. two youth justice services in a local-news story: the reports "went public on Thursday (6 February)" under a byline
    #    of Saturday 8 February 2025; "X earned the top mark of the four, ‘...’, and Y picked up the next one down, ‘...’",
    #    in the other order from the one first named; "Seven recommendations are made across the two reports"
    ("isfield-and-maresfield-yjs-2025", facts([
        svc("Isfield Youth Justice Service", "Isfield YJS", "YJS", GOOD),
        svc("Maresfield Youth Justice Service", "Maresfield YJS", "YJS", OUT)], "2025-02-06", "2024-10", 7),
     """N| Two Wealden youth justice teams earn glowing inspection reports

N| By [Helen Croft|X]

N| [Saturday 8 February 2025|D]

N| Inspection reports on [Isfield Youth Justice Service|S] and [Maresfield Youth Justice Service|S] went public on Thursday ([6 February|D]).
N| The inspection team was with both services during [October 2024|D].
N| [Maresfield|S] earned the top mark of the four, ‘[Outstanding|R]’, and [Isfield|S] picked up the next one down, ‘[Good|R]’.

S| Inspectors commended [Maresfield|S]’s case managers for staying alongside families for many months, long after a child’s order had ended.
S| [Isfield|S] impressed them with a speech and language therapist who saw every new child within a fortnight of referral.
W| However, inspectors noted that [Isfield YJS|S] had been slow to act when children went missing from home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this corner of Sussex are lucky to have two services that treat them as children first and as offenders second.”

R| The two reports hold seven recommendations in all, and four of those are for [Isfield|S].

N| “Both teams have worked incredibly hard, and this is a proud day for them,” said Councillor [Rachel Tuppen|X] of [East Sussex County Council|A].
"""),
    # 3. two PDUs on the coast in a justiceinspectorates news item, the region named in the first sentence: "X has ended up
    #    at the foot of the scale, ‘...’; Y sits one notch above it, at ‘...’"; fieldwork "from 22 April to 3 May 2024"
    #    (across two months); nine recommendations "the two units share six of them, and the other three go to the region"
    ("piddinghoe-and-telscombe-pdus-2024", facts([
        svc("Piddinghoe Probation Delivery Unit", "Piddinghoe PDU", "PDU", INAD),
        svc("Telscombe Probation Delivery Unit", "Telscombe PDU", "PDU", RI)], "2024-09-17", "2024-04", 9),
     """N| News

N| Inspectors raise concerns about two probation units near the Sussex coast

N| Published: [17 Sep 2024|D]

N| [HM Inspectorate of Probation|A] has now reported on [Piddinghoe Probation Delivery Unit|S] and [Telscombe Probation Delivery Unit|S], neighbouring units that belong to the [Kent, Surrey and Sussex region|S].
N| [Piddinghoe|S] has ended up at the foot of the scale, ‘[Inadequate|R]’; [Telscombe|S] sits one notch above it, at ‘[Requires improvement|R]’.
N| Fieldwork ran from [22 April to 3 May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Piddinghoe, we met officers who had been in post for a few weeks and were already holding sixty cases.
W| “Nobody there had the time to think properly about risk, and the people they supervised could tell.
S| “[Telscombe|S] is in a steadier position: its managers are experienced and its links with the local courts are good.”

S| Inspectors praised both units’ work with [Lewes District Council|A] to find accommodation for people leaving prison.
W| Unpaid work had fallen badly behind, with thousands of hours ordered by the courts still waiting to be completed.

R| Nine recommendations have been made: the two units share six of them, and the other three go to the region.
"""),
    # 4. a unit inside its region, the region first in the headline: "Inspectors have concluded that X, one of the units
    #    making up ..., falls into the ‘...’ category"; the region's own 2023 rating beside it; "Over five days in late
    #    November 2024"; "Mr Jones continued"; a call to action outside the count; the notes' "at 00.01 on Wednesday
    #    26 March 2025"; six recommendations "five for the unit and one for HM Prison and Probation Service"
    ("framfield-pdu-2025", facts([
        svc("Framfield Probation Delivery Unit", "Framfield PDU", "PDU", RI)], "2025-03-26", "2024-11", 6),
     """N| [Kent, Surrey and Sussex probation region|S]: [Framfield Probation Delivery Unit|S] ‘[Requires improvement|R]’

N| Inspectors have concluded that [Framfield Probation Delivery Unit|S], a unit within the [Probation Service – Kent, Surrey and Sussex region|S], falls into the ‘[Requires improvement|R]’ category.
N| The region was itself given ‘[Requires improvement|R]’ following its own inspection in [2023|D].
N| Over five days in late [November 2024|D], inspectors read 38 cases and met staff, managers and partners.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Framfield|S]’s staff are warm, patient and persistent with people who have often been let down before.
W| “But their assessments of risk too often rested on what a person told them, with little checking against police or social care records.”

S| Mr Jones continued: “The unit’s partnership with a local women’s centre is a genuine asset, and women on probation told us it had changed their lives.”

W| Disappointingly, under half of the people convicted of domestic abuse offences had begun a programme to address it.
R| The unit must now put in place a proper system for checking what the police know about every new case.

R| Of six recommendations in the report, the unit must act on five; the sixth falls to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Wednesday 26 March 2025|D].
N| 2. The [Kent, Surrey and Sussex region|S] is made up of a number of probation delivery units, [Framfield PDU|S] among them.
"""),
    # 5. a unit inside its region with an aspect rated on its own and the previous rating beside: "X, in the ... region,
    #    has slipped to ‘...’ in a report released today (Tuesday, 3 December), down from the ‘...’ it was given in 2022";
    #    unpaid work "graded on its own"; the year from the fieldwork (July 2024); "Inspectors make a total of eight"
    ("laughton-pdu-2024", facts([
        svc("Laughton Probation Delivery Unit", "Laughton PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2024-12-03", "2024-07", 8),
     """N| Probation unit in the Sussex Weald drops to ‘[Inadequate|R]’

N| [Laughton Probation Delivery Unit|S], in the [Kent, Surrey and Sussex region|S], has slipped to ‘[Inadequate|R]’ in a report released today ([Tuesday, 3 December|D]), down from the ‘[Requires improvement|R]’ it was given in [2022|D].
W| Its unpaid work, graded on its own, came out at ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Since our last visit, [Laughton|S] has lost most of its senior probation officers, and nobody has been found to replace them.
W| “The result is a unit where risk is handled case by case, by whoever happens to be on duty, rather than by a team that knows its people.”

S| Even so, first appointments after sentence happened quickly and had been carefully prepared, inspectors found.
W| Links with [Sussex Partnership NHS Foundation Trust|A] were weak, and mental health needs were rarely assessed.
R| Mr Jones added: “The region now needs to send experienced managers to this unit without delay.”

R| Inspectors make a total of eight recommendations.
"""),
    # 6. a Probation Trust in 2012, before ratings: the verdict mixed in the first sentence ("... but needs to do more");
    #    "Inspectors found that:" / "However, they were concerned that:" bullet lists; "Thursday, 15th March 2012" above
    #    "published today"; "took place in November 2011"; a call to action in the quote; five recommendations
    ("cuckmere-and-ouse-probation-trust-2012", facts([
        svc("Cuckmere and Ouse Probation Trust", "Cuckmere and Ouse Probation Trust", "other", None)],
        "2012-03-15", "2011-11", 5),
     """N| Cuckmere and Ouse probation inspection: report published

N| [Thursday, 15th March 2012|D]

W| A report published today by [HM Inspectorate of Probation|A] finds that [Cuckmere and Ouse Probation Trust|S] supervises offenders well in the community but needs to do more to protect the public.
N| Inspectors looked at 96 cases when they visited the Trust in [November 2011|D].

N| Inspectors found that:
S| • in 78 per cent of cases, the Trust’s efforts to cut reoffending were of a sound standard;
S| • offenders were almost always seen promptly at the start of their sentence;
S| • the Trust had productive links with [Sussex Police|A] and with local drug services.

N| However, they were concerned that:
W| • work to protect the public was sufficient in only 61 per cent of cases;
W| • staff rarely went to offenders’ homes, including those where children were living.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “These are staff who know their offenders as individuals and who plainly want them to change.
R| “What the Trust must do next is lift its work to protect the public to that same level.”

R| The report makes five recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "has given X (CRC), which is run by ..., an overall
    #    verdict of ‘...’"; resettlement "which inspectors rate as a separate element, was found to be"; a partner prison
    #    (SERVICE); ten recommendations "Of the report’s ten ..., seven are aimed at the CRC and three at HMPPS"
    ("jevington-and-folkington-crc-2019", facts([
        svc("Jevington and Folkington Community Rehabilitation Company", "Jevington and Folkington CRC", "CRC", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2019-09-11", "2019-04", 10),
     """N| Embargoed until 00:01 [Wednesday 11 September 2019|D]

N| Inspectorate finds Sussex probation company ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has given [Jevington and Folkington Community Rehabilitation Company|S] (CRC), which is run by [Seetec|A], an overall verdict of ‘[Requires improvement|R]’.
W| Its through-the-gate resettlement work, which inspectors rate as a separate element, was found to be ‘[Inadequate|R]’.
N| The inspection was carried out in [April 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC’s leaders have a clear vision, but it has not yet reached the people doing the work.
W| “Too many people on probation told us they had seen a different officer every time they came in.”

S| Inspectors were impressed by the CRC’s service for women, which offered support in a women-only setting in Eastbourne and Lewes.
W| Staff at [HMP Lewes|S] who prepared prisoners for release had little time to do more than fill in forms, and a third of those released had nowhere settled to live.

R| Of the report’s ten recommendations, seven are aimed at the CRC and three at [HM Prison and Probation Service|A].

N| A spokesperson for [Seetec|A] said the company was already acting on the findings.
"""),
    # 8. an NPS division in 2019, no name in the headline: "inspected X in July 2019, and the overall regional rating it has
    #    reached is ‘...’"; "Published on 5 December 2019"; a call to action in reported speech; six recommendations "four
    #    for the division and two for HMPPS"
    ("duddleswell-nps-division-2019", facts([
        svc("National Probation Service – Duddleswell Division", "NPS Duddleswell", "region", GOOD)],
        "2019-12-05", "2019-07", 6),
     """N| Probation division in the south east judged ‘[Good|R]’

N| Published on [5 December 2019|D]

N| [HM Inspectorate of Probation|A] inspected the [National Probation Service – Duddleswell Division|S] in [July 2019|D], and the overall regional rating it has reached is ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here is a division confident in its work, and rightly so.
S| “Its court teams turn round careful reports quickly, and magistrates told us they rely on them.”

S| Inspectors found that [NPS Duddleswell|S] managed people convicted of sexual offences with real care, with home visits and police checks recorded in nearly every case.
W| Victim contact was the weak spot, and several victims had heard nothing about changes to the licence conditions of the person who harmed them.
W| Staff shortages in two offices had also pushed caseloads well above a manageable level.

R| Mr Russell said the division must now give contact with victims the same priority as its court work.

R| The division is the subject of four of the report’s six recommendations, and [HMPPS|A] of the remaining two.
"""),
    # 9. a youth offending team written out only in lower case, the headline abbreviating it: the service is the lower-case
    #    full form ("Piltdown youth offending team"), "Piltdown YOT" its short form; a council page "Posted: 18/06/2019";
    #    "visited ... in February 2019 and found its work to be ‘...’ overall"; the councillor's reply
    ("piltdown-yot-2019", facts([
        svc("Piltdown youth offending team", "Piltdown YOT", "YJS", GOOD)], "2019-06-18", "2019-02", 5),
     """N| [Piltdown YOT|S] judged ‘[Good|R]’ by inspectors

N| Posted: [18/06/2019|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited the [Piltdown youth offending team|S] in [February 2019|D] and found its work to be ‘[Good|R]’ overall.

S| The inspectors found that case managers knew the children well and that plans were written with them rather than for them.
S| They praised the [Piltdown YOT|S]’s work with [Sussex Police|A] to divert children from the courts, which meant that very few first-time entrants went on to reoffend.
W| However, they said that work to keep children safe from exploitation was not yet consistent, and that some risk plans lacked detail.
W| Inspectors also found that the team’s offices were unsuitable for meeting younger children.

R| The report sets out five recommendations for the team and its partners.

N| Councillor [Carol Dunmore|X], cabinet member for young people at [East Sussex County Council|A], said: “I want to thank the team and the children and families who spoke to inspectors.
N| “We will now work through the recommendations with the team’s partners.”
"""),
    # 10. an ordinary youth justice service on GOV.UK: "Inspectors have awarded X the second-highest of the four grades";
    #     "Its report closes with four recommendations"
    ("westdean-yjs-2023", facts([
        svc("Westdean Youth Justice Service", "Westdean YJS", "YJS", GOOD)], "2023-05-09", "2023-01", 4),
     """N| Press release

N| [Westdean youth justice service|S] achieves ‘[Good|R]’ rating

N| A caring, well-organised service that puts children first, say inspectors.

N| From: [HM Inspectorate of Probation|A]

N| Published [9 May 2023|D]

N| Inspectors have awarded [Westdean Youth Justice Service|S] the second-highest of the four grades, ‘[Good|R]’.
N| The inspection took place in [January 2023|D] and looked at 24 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Westdean|S] listens to its children, and its staff think hard about the lives those children lead outside their appointments.
S| “Its leaders have built a partnership that shares information quickly and acts on it.”

S| Inspectors highlighted a mentoring scheme run by local volunteers, which had helped several children back into school.
W| Yet provision for children excluded from school was patchy, and some spent weeks with no timetable at all.
W| Inspectors found the risk children posed to others had been assessed well enough in only 14 of the 24 cases.

R| Its report closes with four recommendations.
"""),
    # 11. an ordinary youth justice service on a council page, told in the third person, "has received a ‘...’ verdict
    #     from ... following its inspection in July 2022"; "Posted on 21/11/2022"; no recommendation count stated (null)
    ("hadlow-down-yjs-2022", facts([
        svc("Hadlow Down Youth Justice Service", "Hadlow Down YJS", "YJS", RI)], "2022-11-21", "2022-07", None),
     """N| Inspection of [Hadlow Down Youth Justice Service|S]

N| Posted on [21/11/2022|D]

N| [Hadlow Down Youth Justice Service|S] has received a ‘[Requires improvement|R]’ verdict from [HM Inspectorate of Probation|A] following its inspection in [July 2022|D].

S| The inspectorate found that the service had a committed and stable staff team, and that children’s health needs were well understood.
W| But it also found that too little was being done to protect children at risk of exploitation, and that some children were not seen often enough.
W| Inspectors said the management board had too little information about performance to challenge leaders effectively.
S| The report praised the service’s work with victims, who were offered a say in the reparation children carried out.

N| Responding for [East Sussex County Council|A], Councillor [Rachel Tuppen|X] said: “We accept the findings and we are determined to act on them quickly.
N| “Our partners have signed up to an improvement plan, and the board will hear regularly how it is going.”

N| A link to the inspectorate’s full report appears below.
"""),
    # 12. an ordinary youth justice service rated ‘Outstanding’ with an embargo line "EMBARGOED: 00.01hrs Thursday 14 November
    #     2024": "has earned the highest grade ... can give"; work with children leaving custody "inspected and graded
    #     separately"; "over five days in June 2024"; "just two recommendations"
    ("sharpthorne-yjs-2024", facts([
        svc("Sharpthorne Youth Justice Service", "Sharpthorne YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-11-14", "2024-06", 2),
     """N| EMBARGOED: 00.01hrs [Thursday 14 November 2024|D]

N| ‘[Outstanding|R]’ verdict for [Sharpthorne Youth Justice Service|S]

N| [Sharpthorne Youth Justice Service|S] has earned the highest grade [HM Inspectorate of Probation|A] can give, ‘[Outstanding|R]’.
S| Its resettlement work with children leaving custody, which was inspected and graded separately, was ‘[Good|R]’.
N| Inspectors spent five days with the service in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every child we asked could name the person who was helping them, and most told us that person had made a real difference.
S| “Leaders here are ambitious for children, and that ambition runs through the whole service.”

S| Inspectors noted that children who went missing were followed up the same day, and that police and social care met every week to review their cases.
W| Only in writing up out-of-court decisions did inspectors see room to improve: some records were thin.

R| There are just two recommendations in the report.
"""),
    # 13. an ordinary PDU on a justiceinspectorates news item: "The inspectors’ judgement on X is ‘...’, the lowest of the
    #     four ratings"; "Mr Jones continued"; seven recommendations "including that HMPPS reviews"
    ("west-hoathly-pdu-2024", facts([
        svc("West Hoathly Probation Delivery Unit", "West Hoathly PDU", "PDU", INAD)], "2024-01-30", "2023-09", 7),
     """N| News

N| Inspectors find serious failings at Sussex probation unit

N| Published: [30 Jan 2024|D]

N| The inspectors’ judgement on [West Hoathly Probation Delivery Unit|S] is ‘[Inadequate|R]’, the lowest of the four ratings.
N| [His Majesty’s Inspectorate of Probation|A] examined 45 cases during fieldwork in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[West Hoathly|S] is running on goodwill.
W| “Practitioners are working late into the evening to keep up, and even so, important checks on risk are being missed.”

W| Just 12 of the 45 cases showed sufficient work to protect other people.
W| Mr Jones continued: “These problems were known to leaders more than a year ago, and the plans they made have not made enough difference.”
S| Inspectors did note that the unit’s integrated offender management work with [Sussex Police|A] was well run.

R| The report makes seven recommendations, including that [HM Prison and Probation Service|A] reviews the unit’s staffing.
"""),
    # 14. an ordinary youth justice service in 2021, "done remotely over the course of March 2021"; "A report out today
    #     rates X ‘...’"; "Inspectors have asked the service and its partners to act on six recommendations"
    ("litlington-yjs-2021", facts([
        svc("Litlington Youth Justice Service", "Litlington YJS", "YJS", RI)], "2021-06-29", "2021-03", 6),
     """N| [Litlington Youth Justice Service|S] ‘[Requires improvement|R]’, inspectors conclude

N| [Tuesday 29 June 2021|D]

N| A report out today rates [Litlington Youth Justice Service|S] ‘[Requires improvement|R]’, one step above the bottom of the scale.
N| The inspection was done remotely over the course of [March 2021|D], when pandemic restrictions were still in force.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout lockdown, [Litlington|S]’s case managers kept up contact with children, often meeting them outdoors on walks.
W| “But there is a clear gap between the quality of the service’s work with children on court orders and the help given to those on out-of-court disposals.”

W| Children given out-of-court disposals often waited more than a month for their first appointment.
S| Work to improve children’s wellbeing was strong, helped by access to a dedicated nurse.

R| Inspectors have asked the service and its partners to act on six recommendations.
"""),
    # 15. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on a GOV.UK page, the region
    #     named as context; "Inspections in this programme are not rated."
    ("arlington-pdu-2025", facts([
        svc("Arlington Probation Delivery Unit", "Arlington PDU", "PDU", None)], "2025-10-14", "2025-06", 4),
     """N| Press release

N| Public protection inspection of [Arlington Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| [Arlington Probation Delivery Unit|S], a unit of the [Probation Service – Kent, Surrey and Sussex region|S], is the latest unit to undergo a public protection inspection by [HM Inspectorate of Probation|A].
N| Inspections in this programme are not rated.
N| The inspection team visited the unit in [June 2025|D].

N| Context
N| • [Arlington PDU|S] covers a mix of seaside towns and downland villages and supervises around 900 people.
N| • Nearly a quarter of its caseload has been convicted of offences linked to domestic abuse.

N| Findings
S| • Checks with the police were made at the start of almost every case.
W| • Risk plans went unrevised after a change in someone’s circumstances in over half of the cases inspected.
W| • Probation officers lacked professional curiosity about who else lived in the home.
S| • Multi-agency arrangements with [Sussex Police|A] for the highest-risk cases worked well.

R| Four recommendations follow, addressed jointly to the unit and the region.
"""),
    # 16. an ordinary youth justice service in a local-news story: "Inspectors have told X it must improve after giving it a
    #     ‘...’ rating"; "The report, published on Tuesday 12 September 2023, followed an inspection in May 2023"
    ("iford-yjs-2023", facts([
        svc("Iford Youth Justice Service", "Iford YJS", "YJS", RI)], "2023-09-12", "2023-05", 6),
     """N| Youth justice service near Lewes told it must improve

N| By [Daniel Pryor|X]

N| Inspectors have told [Iford Youth Justice Service|S] it must improve after giving it a ‘[Requires improvement|R]’ rating.
N| The report, published on [Tuesday 12 September 2023|D], followed an inspection in [May 2023|D].

S| Inspectors described the staff as passionate, and they praised a scheme that pairs children with local sports clubs.
W| But they found that the service’s records often failed to show why decisions about risk had been made.
W| The watchdog also said speech and language screening had reached too few children, even though many were struggling at school.
N| [Iford YJS|S] works with around 80 children a year.

R| Inspectors made six recommendations, one of which asks the management board to look harder at the quality of casework.

N| A spokesperson for [East Sussex County Council|A] said: “We welcome the inspectors’ recognition of our staff’s hard work and have drawn up a plan to address the areas for improvement.”
"""),
    # 17. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line; the headline's
    #     lower-case "Tarring Neville youth justice service"; "Following an inspection in June 2023, ... has found X to be
    #     ‘...’"; "Despite this, ..." ending positive; a call to action; the notes' day
    ("tarring-neville-yjs-2023", facts([
        svc("Tarring Neville Youth Justice Service", "Tarring Neville YJS", "YJS", INAD)], "2023-10-24", "2023-06", 8),
     """N| Skip to content

N| Published:

N| [Tarring Neville youth justice service|S] judged ‘[Inadequate|R]’

N| Following an inspection in [June 2023|D], [HM Inspectorate of Probation|A] has found [Tarring Neville Youth Justice Service|S] to be ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am deeply concerned by what we found.
W| “Children at serious risk of harm were not always known to the service’s managers, and some had not been seen for weeks.”

W| The service had been without a permanent manager for nine months, and its management board met only twice in that time.
W| Inspectors found that work to keep children safe was sufficient in only seven of the 20 cases they looked at.
S| Despite this, children’s education needs were well understood, and the service’s link with a local college had helped several into apprenticeships.
R| Leaders and partners need to act now to make sure every child at risk has a plan and a named worker.

R| The report contains eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [24 October 2023|D] at 00.01.
"""),
    # 18. an ordinary youth justice service in 2020: "Tuesday, 18th February 2020" above "In a report published today, ...
    #     grades X as ‘...’"; "in October and November 2019"; "Staff at X"; six recommendations "five for the service and
    #     one for East Sussex County Council"
    ("selmeston-yjs-2020", facts([
        svc("Selmeston Youth Justice Service", "Selmeston YJS", "YJS", RI)], "2020-02-18", "2019-10", 6),
     """N| [Selmeston Youth Justice Service|S] inspection: ‘[Requires improvement|R]’

N| [Tuesday, 18th February 2020|D]

N| In a report published today, [HM Inspectorate of Probation|A] grades [Selmeston Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service in [October and November 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Selmeston|S] have built strong relationships with the children they supervise, and children told us they felt respected.
W| “However, when a child could harm someone else, the service’s response is not good enough, and too many plans lack clear actions.”

S| Inspectors found that the service worked well with [Sussex Police|A] and local schools to steer children away from crime.
W| Arrangements for children leaving custody were not always in place before the day of release.

R| The report makes a total of six recommendations, five for the service and one for [East Sussex County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twelfth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
