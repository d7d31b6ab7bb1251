"""Builds the twenty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Derbyshire PDUs on a GOV.UK page, the region named after the units in the first sentence ("three
    #    units that Probation Service – East Midlands region manages"): "X and Y both emerged with ‘...’; for Z the
    #    outcome was worse, ‘...’"; fieldwork "over a fortnight beginning 3 June 2024"; "11 recommendations between
    #    them: four each for X and Z, three for Y"; the regional director's reply
    ("heanor-dronfield-and-clay-cross-pdus-2024", facts([
        svc("Heanor Probation Delivery Unit", "Heanor PDU", "PDU", RI),
        svc("Dronfield Probation Delivery Unit", "Dronfield PDU", "PDU", RI),
        svc("Clay Cross Probation Delivery Unit", "Clay Cross PDU", "PDU", INAD)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Probation units in Derbyshire: inspection findings published

N| Three probation delivery units in Derbyshire have now been reported on.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Today [HM Inspectorate of Probation|A] reports on [Heanor Probation Delivery Unit|S], [Dronfield Probation Delivery Unit|S] and [Clay Cross Probation Delivery Unit|S], three units that [Probation Service – East Midlands region|S] manages.
N| [Heanor|S] and [Dronfield|S] both emerged with ‘[Requires improvement|R]’; for [Clay Cross|S] the outcome was worse, ‘[Inadequate|R]’.
N| The three inspections ran side by side over a fortnight beginning [3 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Clay Cross|S] has been without a permanent head of service for over a year, and it shows: supervision is thin, and people on the front line feel overlooked.
S| “In Heanor and Dronfield the picture is steadier, with managers who know their people and a real appetite to improve.”

S| [Dronfield PDU|S]’s work with [Derbyshire Constabulary|A] on domestic abuse call-outs was held up as an example the rest of the region could copy.
W| Across all three units, fewer than half of the sentence plans inspectors read said how people would be kept away from known victims.
W| Waiting times for accredited programmes at [Heanor PDU|S] had grown to nine months.

R| The three reports set out 11 recommendations between them: four each for [Heanor|S] and [Clay Cross|S], three for [Dronfield|S].

N| [Paul Ashworth|X], Regional Probation Director for the East Midlands, said: “Every recommendation is accepted, and an interim head of service started in Clay Cross last month.”
"""),
    # 2. two youth justice services in a local-news story: findings "released ... on Tuesday (14 May)" under a
    #    byline of Friday 17 May 2024; "X came away with the inspectorate’s highest mark, ‘...’, while Y sits one
    #    rung lower at ‘...’", in the other order from the one the services were first named in; "Five
    #    recommendations appear across the two reports, three directed at Y and two at X"
    ("withernsea-and-hedon-yjs-2024", facts([
        svc("Withernsea Youth Justice Service", "Withernsea YJS", "YJS", GOOD),
        svc("Hedon Youth Justice Service", "Hedon YJS", "YJS", OUT)], "2024-05-14", "2024-01", 5),
     """N| Youth justice teams on the East Riding coast earn high marks from inspectors

N| By [Helen Carrick|X]

N| [Friday 17 May 2024|D]

N| Inspectors who examined [Withernsea Youth Justice Service|S] and [Hedon Youth Justice Service|S] in [January 2024|D] released their findings on Tuesday ([14 May|D]).
N| [Hedon|S] came away with the inspectorate’s highest mark, ‘[Outstanding|R]’, while [Withernsea|S] sits one rung lower at ‘[Good|R]’.

S| According to the reports, [Hedon|S]’s staff had built such trust with local schools that no child under its supervision had been permanently excluded in the past year.
S| [Withernsea|S] was commended for quickly giving each child leaving custody a named worker.
W| Even so, inspectors felt [Withernsea YJS|S] was slow to review safety plans when a child moved between foster placements.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hedon|S] shows what can be done in a small coastal service when everyone pulls in the same direction.”

R| Five recommendations appear across the two reports, three directed at [Withernsea|S] and two at [Hedon|S].

N| A spokesperson for [East Riding of Yorkshire Council|A] said the council was “delighted” for both teams.
"""),
    # 3. two Welsh youth justice services on a council page ("Posted: 05/11/2024"): "The inspectorate’s verdicts
    #    were ‘...’ for X and ‘...’ for Y"; fieldwork "during the weeks starting 1 and 8 July 2024"; a call in a
    #    quote; "nine recommendations in total, addressed to both services, the management board and Gwent Police"
    ("risca-and-blackwood-yjs-2024", facts([
        svc("Risca Youth Justice Service", "Risca YJS", "YJS", RI),
        svc("Blackwood Youth Justice Service", "Blackwood YJS", "YJS", GOOD)], "2024-11-05", "2024-07", 9),
     """N| Youth justice inspection reports published

N| Posted: [05/11/2024|D]

N| [Caerphilly County Borough Council|A] has received [HM Inspectorate of Probation|A]’s findings on [Risca Youth Justice Service|S] and [Blackwood Youth Justice Service|S].
N| The inspectorate’s verdicts were ‘[Requires improvement|R]’ for [Risca|S] and ‘[Good|R]’ for [Blackwood|S].
N| Inspection visits to both took place during the weeks starting [1 and 8 July 2024|D].

S| They found that [Blackwood|S]’s case managers worked alongside [Aneurin Bevan University Health Board|A], so that children waiting for mental health support were seen quickly.
W| In Risca, however, plans for managing any danger a child presented to others were often out of date, and managers did not check them.
W| Neither service had enough places for children to carry out reparation close to home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Plainly, both teams care deeply for the children on their books, and the board is well led.
R| “[Risca|S] now needs to put the same effort into keeping others safe that it puts into supporting children.”

R| The reports contain nine recommendations in total, addressed to both services, the management board and [Gwent Police|A].

N| Councillor [Carol Andrews|X], Cabinet Member for Education, said: “We will publish an action plan within eight weeks.”
"""),
    # 4. a unit inside its region, the region in the headline ("East Midlands probation region: ...") and the first
    #    sentence: "has concluded that X, which Probation Service – East Midlands region runs, warrants the lowest
    #    grade on its scale"; the region's own 2023 rating as context; "Mr Jones continued"; "Fieldwork occupied a
    #    fortnight of November 2024"; "The report will be online from 00:01 on Thursday 6 March 2025"
    ("desborough-and-rothwell-pdu-2025", facts([
        svc("Desborough and Rothwell Probation Delivery Unit", "Desborough and Rothwell PDU", "PDU", INAD)],
        "2025-03-06", "2024-11", 7),
     """N| [East Midlands probation region|S]: serious concerns in north Northamptonshire

N| [HM Inspectorate of Probation|A] has concluded that [Desborough and Rothwell Probation Delivery Unit|S], which [Probation Service – East Midlands region|S] runs, warrants the lowest grade on its scale, ‘[Inadequate|R]’.
N| Two years earlier, in [2023|D], inspectors had given the region itself ‘[Requires improvement|R]’.
N| Fieldwork occupied a fortnight of [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Our findings in Desborough and Rothwell are worrying.
W| “Close to half of all practitioner roles were either empty or staffed through agencies, and senior managers were rarely seen in the office.
W| “Time after time, the police were never asked whether someone on probation was known for a domestic incident.”

W| Mr Jones continued: “The unit’s leaders know things must change, but they have been given little room to make it happen.”

S| Inspectors did find some bright spots, including a women’s group, delivered jointly with a local charity, whose members kept coming back.

R| [HM Inspectorate of Probation|A] makes seven recommendations, five to [Desborough and Rothwell PDU|S] and two to the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. The report will be online from 00:01 on [Thursday 6 March 2025|D].
N| 2. Around 900 people are supervised by [Desborough and Rothwell PDU|S], across the north of Northamptonshire.
"""),
    # 5. a unit inside its region, the region in the first sentence: "...’s report, published today (Tuesday 8
    #    October), grades X as needing improvement, ‘...’; Probation Service – West Midlands region is the region it
    #    belongs to" (no year: the fieldwork's, May 2024); "only 14 of 32 files"; "Five recommendations close the
    #    report."
    ("atherstone-pdu-2024", facts([
        svc("Atherstone Probation Delivery Unit", "Atherstone PDU", "PDU", RI)], "2024-10-08", "2024-05", 5),
     """N| ‘Some way still to go’ for probation in Atherstone

N| [HM Inspectorate of Probation|A]’s report, published today ([Tuesday 8 October|D]), grades [Atherstone Probation Delivery Unit|S] as needing improvement, ‘[Requires improvement|R]’; [Probation Service – West Midlands region|S] is the region it belongs to.
N| The inspection team was in the unit for the second half of [May 2024|D].

S| Inspectors found that [Atherstone|S]’s staff knew their cases well and that contact with people on probation was regular and purposeful.
S| The unit’s links with [North Warwickshire Borough Council|A]’s housing team meant hardly anyone walked out of prison without an address to go to.
W| But only 14 of 32 files held a sound assessment of the danger the person might pose to others.
W| Unpaid work had been cut back sharply, and some people were waiting months for a placement.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Atherstone|S]’s leaders must make risk assessment their first priority, and they will need the region’s help to do it.”

R| Five recommendations close the report.

N| ENDS

N| Notes to editors
N| 1. [Atherstone PDU|S] covers the north of Warwickshire and supervises about 650 people.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were glad to see that:" /
    #    "Inspectors had concerns, though, that:" bullet lists; "Tuesday 15 November 2011" above "inspectors report
    #    today"; fieldwork "took place in September 2011"; no recommendation count
    ("southam-and-kineton-probation-trust-2011", facts([
        svc("Southam and Kineton Probation Trust", "Southam and Kineton Probation Trust", "other", None)],
        "2011-11-15", "2011-09", None),
     """N| [Southam and Kineton Probation Trust|S]: inspection report

N| [Tuesday 15 November 2011|D]

W| [Southam and Kineton Probation Trust|S] has made real headway in cutting reoffending, but protecting the public is a weaker area, inspectors report today.
N| The inspection, one of the Offender Management Inspection series, took place in [September 2011|D].

S| The Trust achieved 79% on reducing reoffending and 84% on ensuring compliance with sentences.
W| Public protection work scored a lower 61%.

N| Inspectors were glad to see that:
S| • after sentence, people under supervision got a first appointment quickly and were clear about what was expected of them;
S| • good use was made of community resources, including a mentoring scheme run by volunteers.

N| Inspectors had concerns, though, that:
W| • risk of harm plans often went unrevised after significant events;
W| • staff seldom went to people’s homes, even when children were living there.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Committed staff in this Trust know their offenders well.
R| “Managers need to lift the standard of risk of harm work so that it matches the Trust’s strong record on reoffending.”

N| ENDS

N| Notes to editors
N| 1. From [15 November 2011|D], copies of the report may be downloaded from the inspectorate’s site.
"""),
    # 7. a CRC in 2018 run by a named provider, "Published: 27 Nov 2018" above the headline: "After a first
    #    inspection, HM Inspectorate of Probation concludes that X (CRC) ... is at ‘...’ overall"; unpaid work
    #    "which inspectors scored on its own, earned"; "on the ground from 9 to 20 July 2018"; "Of the eight
    #    recommendations inspectors make, five are for ..."
    ("eastwood-and-stapleford-crc-2018", facts([
        svc("Eastwood and Stapleford Community Rehabilitation Company", "Eastwood and Stapleford CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-27", "2018-07", 8),
     """N| Published: [27 Nov 2018|D]

N| Probation company in south Nottinghamshire needs to improve, inspectors say

N| After a first inspection, [HM Inspectorate of Probation|A] concludes that [Eastwood and Stapleford Community Rehabilitation Company|S] (CRC), run by the [Reducing Reoffending Partnership|A], is at ‘[Requires improvement|R]’ overall.
S| Unpaid work, which inspectors scored on its own, earned ‘[Good|R]’.
N| Inspectors were on the ground from [9 to 20 July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Capable staff work at this CRC, but they are stretched too thin, and too many people are supervised mainly by telephone.
W| “One case in four that we examined showed more than a month going by with no in-person meeting.”

S| Inspectors praised the CRC’s team in the local prison, which met every prisoner due for release at least once before they left.
W| Information from [Nottinghamshire Police|A] about domestic abuse was not routinely requested when a new order began.

R| Of the eight recommendations inspectors make, five are for the CRC, two for the [National Probation Service|A] and a single one for [HMPPS|A].

N| [Andrew Kerr|X], chief executive of the [Reducing Reoffending Partnership|A], said: “We are pleased that our unpaid work has been recognised and will address the areas for improvement.”
"""),
    # 8. a youth offending team in a 2016 joint inspection, before ratings: "Among the positives, inspectors noted
    #    that:" / "But the inspectors also found that:" bullet lists; "Thursday, 8th December 2016"; "Inspection
    #    fieldwork in September 2016"; "Ten recommendations are made; Staffordshire Police receives one, and the
    #    rest fall to ..."
    ("penkridge-yot-2016", facts([
        svc("Penkridge Youth Offending Team", "Penkridge YOT", "YJS", None)], "2016-12-08", "2016-09", 10),
     """N| Youth offending work in Penkridge: joint inspection report

N| [Thursday, 8th December 2016|D]

N| A joint report on [Penkridge Youth Offending Team|S] (YOT) comes out today from four inspectorates: the [Care Quality Commission|A], [HMI Probation|A], [Ofsted|A] and [HMIC|A].
N| Inspection fieldwork in [September 2016|D] covered 41 children’s cases.

N| Among the positives, inspectors noted that:
S| • children were helped to stay in, or return to, education, training or employment;
S| • the YOT’s work with victims was thoughtful and well organised;
S| • children trusted their case managers and spoke well of them.

N| But the inspectors also found that:
W| • the danger that some children could pose to other people was given too little weight;
W| • the management board lacked reliable information on the YOT’s performance;
W| • health assessments for children were not always completed.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Penkridge YOT|S] does many things well, and it deserves credit for getting so many children back into learning.
R| “Its board now has to provide proper oversight, so that public protection work reaches the same standard.”

R| Ten recommendations are made; [Staffordshire Police|A] receives one, and the rest fall to the YOT and the board that oversees it.
"""),
    # 9. an NPS division in 2019 with an embargo line: "HM Inspectorate of Probation gives X an overall divisional
    #    rating of ‘...’ in a report released today"; fieldwork "across March and April 2019"; "I would like to see
    #    it ..." (a call); "six recommendations for the division and for HMPPS"
    ("holderness-nps-division-2019", facts([
        svc("National Probation Service – Holderness Division", "NPS Holderness", "region", GOOD)],
        "2019-09-18", "2019-03", 6),
     """N| Embargoed: 00:01 [Wednesday 18 September 2019|D]

N| Probation division on the Yorkshire coast praised by inspectors

N| [HM Inspectorate of Probation|A] gives [National Probation Service – Holderness Division|S] an overall divisional rating of ‘[Good|R]’ in a report released today.
N| Fieldwork took place across [March and April 2019|D].

S| Inspectors found well-run court teams that produced timely, thorough reports for sentencers.
S| The division’s staff were described as experienced and committed, and morale was high.
W| Nonetheless, work with victims was patchy, and some learned of an offender’s release only after it had happened.
W| Caseloads in the largest office had risen above 60 per officer.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Holderness|S] is a confident, well-led division with a great deal to be proud of.
R| “I would like to see it take the same care with victims as it does with courts.”

R| The report contains six recommendations for the division and for [HMPPS|A].
"""),
    # 10. a youth justice service on a justiceinspectorates news item: "X deserves the highest rating the
    #    inspectorate can give, ‘...’"; resettlement "given a separate rating of its own, reached"; "with the
    #    service 12 - 16 February 2024"; "Published: 11 Jun 2024"; "Three recommendations are aimed at ..."
    ("sawbridgeworth-yjs-2024", facts([
        svc("Sawbridgeworth Youth Justice Service", "Sawbridgeworth YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-06-11", "2024-02", 3),
     """N| News

N| Youth justice in east Hertfordshire: inspectors find ‘[Outstanding|R]’ service

N| Published: [11 Jun 2024|D]

N| [Sawbridgeworth Youth Justice Service|S] deserves the highest rating the inspectorate can give, ‘[Outstanding|R]’, according to a report out today.
S| Resettlement, given a separate rating of its own, reached ‘[Good|R]’.
N| Inspectors were with the service [12 - 16 February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every child whose case we read had a hand in drafting their own plan, and families were treated as partners.
S| “The service stands out for how quickly it gets children the help they need, whether that is a speech therapist, a mentor or a college place.”

S| Inspectors were impressed by the partnership with [Hertfordshire Constabulary|A], whose officers joined case workers at out-of-court disposal panels every week.
W| There was one area for development: a few children had waited too long for suitable accommodation after custody.

R| Three recommendations are aimed at helping the service go further still.
"""),
    # 11. a youth justice service on a council page ("Posted on 04/07/2023"): "X has dropped a grade, from ‘Good’ to
    #    ‘...’"; "Its previous inspection was in 2019"; fieldwork "over February and March 2023"; "However, the
    #    report speaks warmly of ..." (a strength); "six recommendations: one falls to Essex Police, five to the
    #    service"
    ("brightlingsea-yjs-2023", facts([
        svc("Brightlingsea Youth Justice Service", "Brightlingsea YJS", "YJS", RI)], "2023-07-04", "2023-02", 6),
     """N| Home > News

N| Youth justice inspection: our response

N| Posted on [04/07/2023|D]

N| [Brightlingsea Youth Justice Service|S] has dropped a grade, from ‘[Good|R]’ to ‘[Requires improvement|R]’, in [HM Inspectorate of Probation|A]’s newest report.
N| Its previous inspection was in [2019|D].
N| Inspectors carried out the work over [February and March 2023|D].

W| Inspectors found that staff turnover had left some children with three or more case workers in a year.
W| Safety plans often stayed unchanged after fresh information about a child emerged.
S| However, the report speaks warmly of how victims were supported, calling this work sensitive and well organised.
S| Inspectors also said children’s health needs were well understood thanks to a nurse based in the team.

R| The report has six recommendations: one falls to [Essex Police|A], five to the service.

N| Councillor [Joanne Egan|X], who leads on children and families at [Essex County Council|A], said: “We hoped for a better outcome, and work on every recommendation has already begun.”
N| The report itself is online in full.
"""),
    # 12. a youth justice service on a GOV.UK page, the name in the headline: "Inspectors now judge that X deserves
    #    ‘...’; their report of March 2021 had given it ‘Inadequate’"; "Inspectors gathered their evidence during
    #    December 2023"; "Four recommendations have been made, the last of them for Central Bedfordshire Council"
    ("leighton-buzzard-yjs-2024", facts([
        svc("Leighton Buzzard Youth Justice Service", "Leighton Buzzard YJS", "YJS", GOOD)], "2024-04-23", "2023-12", 4),
     """N| Press release

N| [Leighton Buzzard Youth Justice Service|S] turns things around

N| A youth justice service once rated ‘[Inadequate|R]’ is now ‘[Good|R]’, inspectors report.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| Inspectors now judge that [Leighton Buzzard Youth Justice Service|S] deserves ‘[Good|R]’; their report of [March 2021|D] had given it ‘[Inadequate|R]’.
N| Inspectors gathered their evidence during [December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A remarkable turnaround: [Leighton Buzzard|S]’s staff and leaders deserve to feel rightly proud.”

S| Inspectors found a stable, well-trained workforce and a management board that challenged partners to do their part.
S| Nine in ten children were in school, college or work when their order finished.
W| Out-of-court decisions were sometimes taken before a child had been fully assessed, an area the report calls less developed.

R| Four recommendations have been made, the last of them for [Central Bedfordshire Council|A].
"""),
    # 13. a youth justice service at the bottom of the scale: "The verdict on X is stark: ‘...’"; fieldwork "in the
    #    weeks beginning 7 and 14 October 2024"; "Despite these failings, ..." (a strength); "In all, 14
    #    recommendations are made"; "Online publication: 29 January 2025, 00.01" in the notes
    ("coleshill-yjs-2025", facts([
        svc("Coleshill Youth Justice Service", "Coleshill YJS", "YJS", INAD)], "2025-01-29", "2024-10", 14),
     """N| Youth justice service in north Warwickshire failing children, inspectors warn

N| The verdict on [Coleshill Youth Justice Service|S] is stark: ‘[Inadequate|R]’.
N| Inspectors visited in the weeks beginning [7 and 14 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Coleshill’s children have been badly let down.
W| “Many went unseen for weeks on end, and when contact happened, nobody was asking the right questions about their safety.
W| “Board meetings took place on schedule, yet they changed very little.”

W| Inspectors found that assessments were good enough in only 9 of the 27 cases they examined.
S| Despite these failings, case workers were described as caring and tenacious, and several children described their case worker as the first grown-up they had ever trusted.
W| Links with [CAMHS|A] were weak, and children waited months for an assessment.

R| In all, 14 recommendations are made, spread across the service, the board that oversees it, [Warwickshire County Council|A] and [Warwickshire Police|A].

N| ENDS

N| Notes to editors
N| 1. Online publication: [29 January 2025|D], 00.01.
"""),
    # 14. a Youth Offending Service in 2019, "Tuesday, 3rd September 2019" above the headline with the name in it:
    #    "X (YOS) has earned ‘...’, the inspectorate announced today, a clear improvement on its previous inspection
    #    in 2016"; "May 2019 was when inspectors did their fieldwork"; seven recommendations
    ("wendover-yos-2019", facts([
        svc("Wendover Youth Offending Service", "Wendover YOS", "YJS", GOOD)], "2019-09-03", "2019-05", 7),
     """N| [Tuesday, 3rd September 2019|D]

N| Inspectors recognise progress at [Wendover Youth Offending Service|S]

N| [Wendover Youth Offending Service|S] (YOS) has earned ‘[Good|R]’, the inspectorate announced today, a clear improvement on its previous inspection in [2016|D].
N| [May 2019|D] was when inspectors did their fieldwork.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The YOS has a strong, stable team who plainly love what they do and put children first.
S| “Leaders have listened to the findings of the last inspection and acted on them.”

S| Inspectors highlighted the service’s work with [Thames Valley Police|A] to spare children a court appearance wherever it was safe to do so.
W| However, the diversity of the children supervised, including ethnicity and any learning difficulties, received too little thought.
W| Some children were not offered reparation activities that linked to their offence.

R| Seven recommendations are made, for the YOS, its partnership board and [Buckinghamshire County Council|A].
"""),
    # 15. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #    "Context" / "Findings" bullets, the region in a bullet; "during fieldwork in February 2025"; "We make five
    #    recommendations" in a quote
    ("castle-donington-pdu-2025", facts([
        svc("Castle Donington Probation Delivery Unit", "Castle Donington PDU", "PDU", None)], "2025-06-10", "2025-02", 5),
     """N| Skip to content

N| Published:

N| [10 June 2025|D]

N| [Castle Donington Probation Delivery Unit|S]: public protection inspection

N| What [HM Inspectorate of Probation|A] found when it examined public protection work at [Castle Donington Probation Delivery Unit|S] is set out in a report out today.
N| This series of inspections carries no rating.

N| Context
N| • Part of [Probation Service – East Midlands region|S], [Castle Donington PDU|S] has around 700 people on its caseload in north-west Leicestershire.
N| • Inspectors looked at 40 cases during fieldwork in [February 2025|D].

N| Findings
W| • Risks to known victims had been properly assessed in just 17 cases out of 40.
W| • Staff seldom went to see people at home, including where a person on probation shared a house with children.
S| • Practitioners had good access to police information, thanks to a daily briefing with [Leicestershire Police|A].
S| • Managers reviewed the most serious cases every month, and their reviews were thorough.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Systems are in place at the unit, but they are not yet producing safer practice on the ground.
R| “We make five recommendations, and I expect the region to support the unit in carrying them out.”
"""),
    # 16. a Welsh youth justice service on a council page in 2021 ("22/07/2021"), the name in the headline: "The
    #    inspection of X, conducted remotely during March 2021, has found that the service ‘...’"; "still in their
    #    infancy"; "The inspectorate has made seven recommendations."; the council's reply
    ("llantrisant-yjs-2021", facts([
        svc("Llantrisant Youth Justice Service", "Llantrisant YJS", "YJS", RI)], "2021-07-22", "2021-03", 7),
     """N| [Llantrisant Youth Justice Service|S] inspection report

N| [22/07/2021|D]

N| The inspection of [Llantrisant Youth Justice Service|S], conducted remotely during [March 2021|D], has found that the service ‘[Requires improvement|R]’.

S| Inspectors found that children’s wellbeing was given close attention, and Welsh-language support was available whenever children and families asked for it.
W| However, children’s potential to harm others was managed inconsistently.
W| Partnership arrangements with [Cwm Taf Morgannwg University Health Board|A] were still in their infancy, so some children waited months for speech and language support.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff have gone to great lengths to stay in contact with children through the pandemic, often going well beyond what was asked of them.
R| “The board now needs to get to grips with how risk is managed, and quickly.”

R| The inspectorate has made seven recommendations.

N| A spokesperson for [Rhondda Cynon Taf County Borough Council|A] said it accepted the report and its recommendations in full.
"""),
    # 17. a youth justice service in a local-news story: "A report published today (Wednesday, 9 November) puts X in
    #    the second-highest of four bands, ‘...’" (no year: the fieldwork's, June 2022); resettlement "which
    #    inspectors assess on its own, fell short, at ‘...’"; "I want every child ..." (a call); "four
    #    recommendations, among them that ..."
    ("bedale-yjs-2022", facts([
        svc("Bedale Youth Justice Service", "Bedale YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-11-09", "2022-06", 4),
     """N| Youth justice team in Bedale praised by inspectors

N| By [Tom Harker|X]

N| A report published today ([Wednesday, 9 November|D]) puts [Bedale Youth Justice Service|S] in the second-highest of four bands, ‘[Good|R]’.
W| Resettlement, which inspectors assess on its own, fell short, at ‘[Requires improvement|R]’.
N| The inspection visit lasted a week in [June 2022|D].

S| According to the report, case workers understood each child’s history and made real efforts to grasp how trauma had shaped them.
S| Its partnership with [North Yorkshire Police|A] meant most children arrested for the first time were diverted from court.
W| On the other hand, children returning from custody often had no confirmed address until the day they were released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bedale|S] deserves its rating: it is a caring, well-organised service.
R| “I want every child coming home from custody to get that same level of care.”

R| Inspectors made four recommendations, among them that the service should agree accommodation plans well before a child’s release date.

N| [Margaret Hebden|X], of [North Yorkshire County Council|A], said the council would act on the report without delay.
"""),
    # 18. a single PDU in Hertfordshire: "The overall rating for X is ‘...’" and "It came within a whisker of
    #    ‘Inadequate’." (tie-break 9); "Mr Jones continued"; "Inspectors have set the unit six recommendations.";
    #    "The report goes up on the inspectorate’s site at 00.01, Tuesday 17 October 2023"; the four ratings in the
    #    notes, lowest first
    ("rickmansworth-and-bushey-pdu-2023", facts([
        svc("Rickmansworth and Bushey Probation Delivery Unit", "Rickmansworth and Bushey PDU", "PDU", RI)],
        "2023-10-17", "2023-05", 6),
     """N| Probation unit in south-west Hertfordshire narrowly avoids ‘[Inadequate|R]’

N| The overall rating for [Rickmansworth and Bushey Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
W| It came within a whisker of ‘[Inadequate|R]’.
N| Fieldwork took place in [May 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This unit is under real strain.
W| “Half the unit’s probation officer jobs had no one in them, and the officers left behind carried caseloads well above what is manageable.”

S| Encouragingly, inspectors found that people on probation were seen regularly and that staff treated them with respect.
S| Work with [Hertfordshire County Council|A] to find accommodation for people leaving prison was a notable strength.

W| Mr Jones continued: “Too often, no one had asked whether a child living at the same address might be in danger, and that must change.”

R| Inspectors have set the unit six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report goes up on the inspectorate’s site at 00.01, [Tuesday 17 October 2023|D].
N| 2. PDU ratings run, from lowest to highest, ‘[Inadequate|R]’, ‘[Requires improvement|R]’, ‘[Good|R]’, ‘[Outstanding|R]’.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
