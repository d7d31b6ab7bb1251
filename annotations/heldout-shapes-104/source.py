"""Builds the hundred-and-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three West Yorkshire PDUs on a GOV.UK page, the region named first: "X and Y were both given ‘...’, while Z
    #    was placed at the foot of the scale, ‘...’"; fieldwork "between 2 and 13 October 2023"; "twelve recommendations, four per unit"
    ("thorner-aberford-and-micklefield-pdus-2024", facts([
        svc("Thorner Probation Delivery Unit", "Thorner PDU", "PDU", RI),
        svc("Aberford Probation Delivery Unit", "Aberford PDU", "PDU", RI),
        svc("Micklefield Probation Delivery Unit", "Micklefield PDU", "PDU", INAD)], "2024-02-27", "2023-10", 12),
     """N| Press release

N| Inspectors report on three probation units east of Leeds

N| Reports on three delivery units in West Yorkshire have been published by the probation inspectorate.

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has reported on three units in the [Probation Service – Yorkshire and the Humber region|S] today: [Thorner Probation Delivery Unit|S], [Aberford Probation Delivery Unit|S] and [Micklefield Probation Delivery Unit|S].
N| [Thorner|S] and [Aberford|S] were both given ‘[Requires improvement|R]’, while [Micklefield|S] was placed at the foot of the scale, ‘[Inadequate|R]’.
N| The inspection team visited all three units between [2 and 13 October 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Micklefield we met practitioners who had each inherited the cases of two or three colleagues who had left.
W| “Home visits had almost stopped, and where a partner or child was at risk, nobody was checking what the police already knew.
S| “[Thorner|S] and [Aberford|S] are steadier, with managers who give time to supervision and a good relationship with local housing teams.”

S| [Aberford PDU|S]’s work with people leaving prison was highlighted as a particular strength, with accommodation arranged before release in most cases.
W| Across the three units, fewer than half of the risk assessments looked at were judged sufficient.

R| Between them, the three reports make twelve recommendations, four per unit.

N| [Lucy Marsh|X], Regional Probation Director for Yorkshire and the Humber, said: “The reports are fair, and experienced officers have already been moved to Micklefield.”
"""),
    # 2. two East Riding youth justice services in a local-news story: byline Friday 20 October 2023, reports "released
    #    on Tuesday (17 October)"; headline "Skirlaugh told to improve, Sproatley ‘Good’"; "Y was awarded ‘...’, but X was
    #    told it ‘...’" (the other order); eight recommendations split 5/3
    ("skirlaugh-and-sproatley-yjs-2023", facts([
        svc("Skirlaugh Youth Justice Service", "Skirlaugh YJS", "YJS", RI),
        svc("Sproatley Youth Justice Service", "Sproatley YJS", "YJS", GOOD)], "2023-10-17", "2023-06", 8),
     """N| Youth justice in Holderness: [Skirlaugh|S] told to improve, [Sproatley|S] ‘[Good|R]’

N| By [Owen Catterick|X]

N| [Friday 20 October 2023|D]

N| Inspectors have reported on [Skirlaugh Youth Justice Service|S] and [Sproatley Youth Justice Service|S] in reports released on Tuesday ([17 October|D]), after visiting both teams in [June 2023|D].
N| [Sproatley|S] was awarded ‘[Good|R]’, but [Skirlaugh|S] was told it ‘[Requires improvement|R]’.

S| According to the inspectors, [Sproatley|S]’s staff built trusting relationships with children and kept in touch with their families.
S| They also commended [Sproatley|S] for its quick referrals to mental health support.
W| In [Skirlaugh YJS|S], by contrast, safety plans often stayed the same from review to review, whatever had happened in between.
W| Inspectors said [Skirlaugh|S]’s management board met regularly but rarely challenged what it was told.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These two neighbouring services share a council but are at different stages.
R| “[Skirlaugh|S] now needs to make sure its board asks hard questions and that every plan reflects the child in front of it.”

R| The reports make eight recommendations between them, five for [Skirlaugh|S] and three for [Sproatley|S].

N| [East Riding of Yorkshire Council|A] has promised to act on all of the recommendations.
"""),
    # 3. two West Yorkshire PDUs in a justiceinspectorates news item: "Each unit has landed on ‘...’, just above the
    #    lowest grade"; the region in the first sentence; "Published: 5 Dec 2024"; fieldwork "from 29 July to 9 August
    #    2024"; "nine recommendations, four for X, four for Y and one for the regional leadership"
    ("havercroft-and-ryhill-pdus-2024", facts([
        svc("Havercroft Probation Delivery Unit", "Havercroft PDU", "PDU", RI),
        svc("Ryhill Probation Delivery Unit", "Ryhill PDU", "PDU", RI)], "2024-12-05", "2024-07", 9),
     """N| News

N| Two probation units near Wakefield must improve, say inspectors

N| Published: [5 Dec 2024|D]

N| [HM Inspectorate of Probation|A]’s reports, published today, cover [Havercroft Probation Delivery Unit|S] and [Ryhill Probation Delivery Unit|S], two units within the [Yorkshire and the Humber probation region|S].
N| Each unit has landed on ‘[Requires improvement|R]’, just above the lowest grade.
N| Fieldwork ran from [29 July to 9 August 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was struck by how well staff in both units knew the people they supervise, often over several years.
W| “What concerned us was that risk to others was not revisited when circumstances changed, such as a new relationship or a move of house.”

S| [Ryhill|S]’s links with [West Yorkshire Police|A] over domestic abuse call-outs were described as close and reliable.
W| In [Havercroft PDU|S], a third of practitioner posts had been vacant for most of the year, and agency staff filled the gap.
W| Accredited programmes for men convicted of domestic abuse had waiting lists of up to eight months in both units.

R| Inspectors make nine recommendations, four for [Havercroft|S], four for [Ryhill|S] and one for the regional leadership.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have given their lowest
    #    grade, ‘...’, to X"; the region's own 2022 rating as context; "Mr Jones continued"; notes "Publication of the
    #    report is at 00.01 on Thursday 14 March 2024"; fieldwork "In November 2023 an inspection team looked ..."
    ("brodsworth-pdu-2024", facts([
        svc("Brodsworth Probation Delivery Unit", "Brodsworth PDU", "PDU", INAD)], "2024-03-14", "2023-11", 7),
     """N| [Yorkshire and the Humber probation region|S]: Doncaster-area unit judged ‘[Inadequate|R]’

N| Inspectors have given their lowest grade, ‘[Inadequate|R]’, to [Brodsworth Probation Delivery Unit|S] in the [Probation Service – Yorkshire and the Humber region|S].
N| When the region itself was inspected in [2022|D], it received ‘[Requires improvement|R]’.
N| In [November 2023|D] an inspection team looked closely at 52 cases, and talked to staff and partner agencies.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brodsworth|S] has been left to cope with too few people for too long.
W| “Around half its posts for probation officers were vacant, and people leaving custody could go weeks without an appointment.”

W| Mr Jones continued: “Work to protect children from harm fell short of what we expect in most of the cases we examined.”

S| Even so, the unit’s reception and admin staff were welcoming and kept appointments running, inspectors said.
W| Information from [South Yorkshire Police|A] and [Doncaster Council|A] children’s services often arrived late or not at all.

R| Of the seven recommendations, five are for [Brodsworth|S] and two for the region’s leadership.

N| ENDS

N| Notes to editors
N| 1. Publication of the report is at 00.01 on [Thursday 14 March 2024|D], on the inspectorate’s website.
N| 2. [Brodsworth PDU|S] covers villages to the north-west of Doncaster.
"""),
    # 5. a unit inside its region, the region in the notes; headline with lower-case "Tickton probation unit"; "in a report
    #    out today (Tuesday, 9 July)" (no year: fieldwork January 2024); "rate X at ‘...’"; "just 19 of the 42"; five
    #    recommendations
    ("tickton-pdu-2024", facts([
        svc("Tickton Probation Delivery Unit", "Tickton PDU", "PDU", RI)], "2024-07-09", "2024-01", 5),
     """N| [Tickton probation unit|S] ‘has the foundations in place’

N| Inspectors, in a report out today ([Tuesday, 9 July|D]), rate [Tickton Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The inspection took place in [January 2024|D], with 42 cases reviewed and interviews held with staff and partner agencies.

S| Inspectors found a stable senior team with a clear sense of what needed to change.
S| Positively, people under supervision felt respected and knew who their officer was.
W| However, just 19 of the 42 assessments gave enough attention to the safety of children in the household.
W| Checks with [Humberside Police|A] about domestic abuse were not always carried out at the start of an order.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The foundations are in place in Tickton.
R| “Leaders should now make sure that every case involving children starts with proper checks of police and social care records.”

R| The report sets out five recommendations for the unit.

N| ENDS

N| Notes to editors
N| 1. [Tickton PDU|S] covers part of the East Riding and is managed within the [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores; bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; "Tuesday, 15th November 2011"; fieldwork
    #    "in June 2011"; eight recommendations
    ("laxton-and-kilpin-probation-trust-2011", facts([
        svc("Laxton and Kilpin Probation Trust", "Laxton and Kilpin Probation Trust", "other", None)],
        "2011-11-15", "2011-06", 8),
     """N| Inspectors report on probation work in Laxton and Kilpin

N| [Tuesday, 15th November 2011|D]

S| [Laxton and Kilpin Probation Trust|S] is doing well at helping offenders turn away from crime, say inspectors in a report published today.
N| The inspection, which took place in [June 2011|D], looked at 70 cases.

S| The Trust achieved 77% on lowering the likelihood of reoffending, and 83% on seeing that sentences were properly served.
W| For managing risk of harm to others it scored 64%, lower than the average so far.

N| Inspectors were pleased to find that:
S| • staff had a thorough knowledge of the offenders they supervised;
S| • partnership work with [Humberside Police|A] on prolific offenders was well established.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were not revisited when something significant happened;
W| • contact with children’s services was missing in several relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders in this area are supervised by staff who are committed and well led.
R| “The Trust must now give risk of harm work the priority it already gives to reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider: "For X (CRC), the overall verdict from ... is ‘...’"; unpaid work
    #    "rated separately, was ‘Good’"; "Fieldwork took place in March 2019"; embargo line; the provider's reply
    ("catcliffe-and-treeton-crc-2019", facts([
        svc("Catcliffe and Treeton Community Rehabilitation Company", "Catcliffe and Treeton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-23", "2019-03", 6),
     """N| Embargoed: 00.01 [Tuesday 23 July 2019|D]

N| South Yorkshire probation company must do more, inspectors say

N| For [Catcliffe and Treeton Community Rehabilitation Company|S] (CRC), the overall verdict from [HM Inspectorate of Probation|A] is ‘[Requires improvement|R]’.
N| [Sodexo Justice Services|A] owns the CRC.
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Fieldwork took place in [March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Much of the CRC’s supervision is done by telephone, and that is not enough where there are risks to others.
S| “Unpaid work is a bright spot: placements are well organised and people complete their hours.”

S| The through-the-gate team at [HMP Doncaster|S] was praised for helping people find housing before release.
W| Where risk increased, the [National Probation Service|A] was often told late, and messages were sometimes lost.

R| The report’s six recommendations include four aimed at the CRC and its owner; [HM Prison and Probation Service|A] receives the remaining two.

N| In response, [Sodexo Justice Services|A] welcomed the recognition of its unpaid work and said changes were under way.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection in which the
    #    probation inspectorate "took the lead"; "Posted: 09/08/2016"; "carried out in May 2016"; bullets; six
    #    recommendations
    ("golcar-yot-2016", facts([
        svc("Golcar Youth Offending Team", "Golcar YOT", "YJS", None)], "2016-08-09", "2016-05", 6),
     """N| Report on youth offending services in Golcar published

N| Posted: [09/08/2016|D]

N| A report on [Golcar Youth Offending Team|S] (YOT) has been published after a joint inspection in which [Her Majesty’s Inspectorate of Probation|A] took the lead.
N| The inspection was carried out in [May 2016|D] alongside [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors found that:
S| • children were seen promptly after sentence and kept the same case manager;
S| • the [Golcar YOT|S] had strong links with schools, and most children were attending regularly.

N| But they were concerned that:
W| • not every assessment looked at whether the child was a risk to other people;
W| • health services for children in the YOT were not consistently available.

R| The inspectors have made six recommendations.

N| Councillor [Martin Haigh|X], [Kirklees Council|A] cabinet member for children, said: “The report is fair, and our action plan will be published shortly.”
"""),
    # 9. a youth offending service in 2019: "HM Inspectorate of Probation has judged X (YOS) to be ‘Good’"; "The
    #    inspection took place in May 2019"; notes "on 20 August 2019"; four recommendations
    ("ulceby-yos-2019", facts([
        svc("Ulceby Youth Offending Service", "Ulceby YOS", "YJS", GOOD)], "2019-08-20", "2019-05", 4),
     """N| Youth offending work in Ulceby judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has judged [Ulceby Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| The inspection took place in [May 2019|D].

S| Inspectors were impressed with the service’s leadership, which had a clear vision and shared it with staff and partners.
S| Caseloads were manageable, so case managers could get to know each child well.
W| However, the work done to protect other people was inconsistent, and plans did not always say what to do if risks rose.
W| Provision for children who needed help with speech and language was limited.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Ulceby are well served by a team that clearly cares about them.
R| “The service should now bring the same care to managing the risks some children pose to others.”

R| Four recommendations are made, three to the [Ulceby YOS|S] and one to [North Lincolnshire Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is available on the [HM Inspectorate of Probation|A] website on [20 August 2019|D].
"""),
    # 10. a YJS in 2022 with the previous inspection's rating beside: "X sits at ‘...’ this time, up from the ‘...’ it was
    #     given when inspectors last visited in 2019"; "Fieldwork took place in April and May 2022"; seven recommendations
    ("kilham-yjs-2022", facts([
        svc("Kilham Youth Justice Service", "Kilham YJS", "YJS", RI)], "2022-08-16", "2022-04", 7),
     """N| Press release

N| [Kilham youth justice service|S]: progress since last inspection

N| From: [HM Inspectorate of Probation|A]

N| Published [16 August 2022|D]

N| [Kilham Youth Justice Service|S] sits at ‘[Requires improvement|R]’ this time, up from the ‘[Inadequate|R]’ it was given when inspectors last visited in [2019|D].
N| Fieldwork took place in [April and May 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kilham|S] has made real progress, and its new leaders deserve credit for that.
W| “There is still some way to go: in too many cases, plans to keep children safe were vague about who would do what.”

S| Children were seen promptly, and inspectors saw their views shaping the work done with them.
W| Work to support victims was underdeveloped, and victims were not always contacted before decisions were made.
W| Out-of-court work was weaker than court work, with assessments often missing.

R| The service itself receives five of the report’s seven recommendations, and its management board two.
"""),
    # 11. a YJS in 2024 with resettlement rated on its own: "Inspectors consider X to be ‘Good’ overall"; "Resettlement,
    #     which has its own rating, was ‘Requires improvement’"; fieldwork "10 - 14 June 2024"; six recommendations
    ("fishlake-yjs-2024", facts([
        svc("Fishlake Youth Justice Service", "Fishlake YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-10-01", "2024-06", 6),
     """N| Youth justice in Fishlake ‘[Good|R]’, but resettlement needs attention

N| Inspectors consider [Fishlake Youth Justice Service|S] to be ‘[Good|R]’ overall.
W| Resettlement, which has its own rating, was ‘[Requires improvement|R]’.
N| The inspection fieldwork was carried out on [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Fishlake are tenacious: they do not give up on children, even when children push them away.
W| “When a child comes home from custody, though, the plans for housing and education are too often made at the last minute.”

S| Inspectors commended the service’s partnership with [CAMHS|A], which meant children waited days rather than months for assessment.
S| Victim work was of a high standard.
W| Disproportionality was discussed by the board but there was little evidence it had led to changes in practice.

R| Six recommendations are made, including that the service ensures release plans are agreed well before a child leaves custody.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [1 October 2024|D] at 00.01.
"""),
    # 12. a YJS in 2025 with the highest possible rating: "Inspectors visited X in September 2024, and ... has now awarded
    #     it the highest possible rating, ‘...’"; "Thursday 20 February 2025" date line; three recommendations
    ("burstwick-yjs-2025", facts([
        svc("Burstwick Youth Justice Service", "Burstwick YJS", "YJS", OUT)], "2025-02-20", "2024-09", 3),
     """N| News

N| [Burstwick youth justice team|S] earns top rating

N| [Thursday 20 February 2025|D]

N| Inspectors visited [Burstwick Youth Justice Service|S] in [September 2024|D], and [HM Inspectorate of Probation|A] has now awarded it the highest possible rating, ‘[Outstanding|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here is a service where children come first, every time.
S| “Leaders know their children, their staff and their partners, and they are not complacent.”

S| In every case inspectors reviewed, a named worker had visited the child’s family at home.
S| Bucking the national trend, fewer children from the area had gone into custody in each of the last three years.
W| Records did not always show how a child’s identity and background had been taken into account, the one area where more work was needed.

R| Inspectors make three recommendations.

N| Councillor [Jenny Sewell|X], of [East Riding of Yorkshire Council|A], said the result was “a tribute to everyone in the team”.
"""),
    # 13. a YJS in 2021 with the lowest possible rating, remote fieldwork: "have placed X at the lowest possible rating,
    #     ‘...’"; "inspectors did their fieldwork remotely, in February 2021"; eleven recommendations
    ("stainland-yjs-2021", facts([
        svc("Stainland Youth Justice Service", "Stainland YJS", "YJS", INAD)], "2021-06-08", "2021-02", 11),
     """N| [Stainland youth justice service|S] given lowest rating

N| Inspectors from [HM Inspectorate of Probation|A] have placed [Stainland Youth Justice Service|S] at the lowest possible rating, ‘[Inadequate|R]’.
N| Because of the pandemic, inspectors did their fieldwork remotely, in [February 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stainland|S] has let its children down.
W| “The management board had little idea of what was happening in practice, and staff told us they felt unsupported.”

W| Inspectors found that assessments had not been updated in more than half of the cases they examined.
W| Worryingly, referrals to the [Multi-Agency Safeguarding Hub|A] had not been made for some children who were being exploited.
S| Inspectors did find committed case managers who kept in regular contact with children throughout lockdown.

R| The report contains eleven recommendations, seven of them for the service and four for [Calderdale Council|A] and its partners.

N| ENDS

N| Notes to editors
N| 1. The report was published on [8 June 2021|D].
"""),
    # 14. a YJS in 2020, "Inspectors found X to be ‘Good’"; "Wednesday, 7th October 2020"; "between 9 and 13 March
    #     2020"; no count of recommendations (null)
    ("greetland-yjs-2020", facts([
        svc("Greetland Youth Justice Service", "Greetland YJS", "YJS", GOOD)], "2020-10-07", "2020-03", None),
     """N| [Greetland Youth Justice Service|S] – inspection findings

N| [Wednesday, 7th October 2020|D]

N| Inspectors found [Greetland Youth Justice Service|S] to be ‘[Good|R]’ in an inspection published today.
N| Inspectors were with the service between [9 and 13 March 2020|D], days before the country went into lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Greetland|S] has a settled, well-trained workforce and a board that understands its role.
W| “Its work to manage the risk some children pose to others is less secure, and that should be the next priority.”

S| The staff at [Greetland|S] worked hard to keep children in school or training, and it showed in attendance figures.
W| Decisions on out-of-court disposals were sometimes made without a full assessment.

N| The full report describes what the service should work on next.
"""),
    # 15. a YJS in 2023 on a council page: "... inspected X in July 2023 and has assessed it as ‘...’"; "Posted on
    #     14/11/2023"; the council's reply; six recommendations
    ("lindley-yjs-2023", facts([
        svc("Lindley Youth Justice Service", "Lindley YJS", "YJS", RI)], "2023-11-14", "2023-07", 6),
     """N| Youth justice inspection: statement from the council

N| Posted on [14/11/2023|D]

N| [HM Inspectorate of Probation|A] inspected [Lindley Youth Justice Service|S] in [July 2023|D] and has assessed it as ‘[Requires improvement|R]’.

S| Inspectors said the service’s staff were dedicated and that children felt listened to.
S| They found strong joint work with [West Yorkshire Police|A] on diverting children away from the courts.
W| However, the inspectors said that planning to keep children safe was variable and that some cases lacked professional curiosity.
W| Inspectors also found gaps in the health offer, particularly for children waiting for mental health support.

R| Six recommendations are made; one asks the [Lindley Youth Justice Management Board|A] to oversee the quality of safety planning.

N| Councillor [Helen Sykes|X] said: “The recommendations are accepted, and we have already started work on them.”
"""),
    # 16. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; fieldwork "in the week of 3 March 2025"; notes "on 19 June 2025"; four recommendations
    ("bardsey-pdu-2025", facts([
        svc("Bardsey Probation Delivery Unit", "Bardsey PDU", "PDU", None)], "2025-06-19", "2025-03", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Bardsey Probation Delivery Unit|S]

N| [Bardsey Probation Delivery Unit|S], in the [Probation Service – Yorkshire and the Humber region|S], has had a public protection inspection; the report by [HM Inspectorate of Probation|A] was released today.
N| These inspections carry no rating.

N| Context
N| • Inspectors were in the unit in the week of [3 March 2025|D] and looked at 30 cases.
N| • [Bardsey PDU|S] supervises about 700 people in north-east Leeds.

N| Findings
S| • Practitioners knew their cases well and were confident in discussing risk with managers.
W| • Few home visits took place, including in cases with a history of domestic abuse.
W| • Information from children’s social care was requested in only 13 of the 30 cases.

R| There are four recommendations, addressed to the unit and to regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report was published on [19 June 2025|D].
"""),
    # 17. an NPS division in 2019 with an overall regional rating: "National Probation Service – Airmyn and Rawcliffe
    #     Division" "receives an overall regional rating of ‘...’"; fieldwork "in April and May 2019"; ten
    #     recommendations
    ("airmyn-and-rawcliffe-nps-division-2019", facts([
        svc("National Probation Service – Airmyn and Rawcliffe Division", "NPS Airmyn and Rawcliffe", "region", RI)],
        "2019-09-10", "2019-04", 10),
     """N| Press release

N| Probation division in the Humber must improve

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2019|D]

N| The [National Probation Service – Airmyn and Rawcliffe Division|S] receives an overall regional rating of ‘[Requires improvement|R]’.
N| Inspectors visited the division’s offices in [April and May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Airmyn and Rawcliffe|S] has staff who care about the people they supervise and about public safety.
W| “But too many practitioners are stretched, and in some offices a third of posts are filled by agency staff.”

S| Court work was a strength, with reports prepared quickly and to a high standard.
W| Risk management plans were not always reviewed, and links with local mental health services were weak.

R| Of the ten recommendations in the report, eight are addressed to the division and two to the national agency, [HM Prison and Probation Service|A].
"""),
    # 18. a YJS in 2018, among the first rated: "Published: 29 Nov 2018"; "After inspecting it in August 2018, ...,
    #     inspectors rated X ‘...’"; five recommendations
    ("auckley-yjs-2018", facts([
        svc("Auckley Youth Justice Service", "Auckley YJS", "YJS", GOOD)], "2018-11-29", "2018-08", 5),
     """N| [Auckley youth justice team|S] ‘[Good|R]’ under new inspection standards

N| Published: [29 Nov 2018|D]

N| After inspecting it in [August 2018|D], one of the first inspections under the new standards, inspectors rated [Auckley Youth Justice Service|S] ‘[Good|R]’.

S| Inspectors were impressed with the commitment of the team, and children spoke positively about their case managers.
S| [Auckley|S]’s work to prevent children from offending was of a high standard.
W| However, keeping children safe from harm was done less consistently, and some plans were out of date.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The children of Auckley are benefiting from a capable and caring service.
R| “Leaders must now make sure that the work to keep children safe is as good in every case as it is in the best.”

R| We have made five recommendations, four to the service and one to the [Youth Justice Board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
