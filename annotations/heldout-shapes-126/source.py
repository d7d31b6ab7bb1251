"""Builds the 126th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Derbyshire PDUs on a GOV.UK page, the region first; "Darley Dale and Pilsley were each placed at
    #    ‘...’, and Ambergate was given the lowest rating"; fieldwork "done between 3 and 14 June 2024"; nine recommendations
    ("darley-dale-ambergate-and-pilsley-pdus-2024", facts([
        svc("Darley Dale Probation Delivery Unit", "Darley Dale PDU", "PDU", RI),
        svc("Ambergate Probation Delivery Unit", "Ambergate PDU", "PDU", INAD),
        svc("Pilsley Probation Delivery Unit", "Pilsley PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Derbyshire probation units: inspection reports published

N| Inspectors have reported on three probation delivery units in Derbyshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Three [Probation Service – East Midlands region|S] units are the subject of reports released today by [His Majesty’s Inspectorate of Probation|A]: [Darley Dale Probation Delivery Unit|S], [Ambergate Probation Delivery Unit|S] and [Pilsley Probation Delivery Unit|S].
N| [Darley Dale|S] and [Pilsley|S] were each placed at ‘[Requires improvement|R]’, and [Ambergate|S] was given the lowest rating, ‘[Inadequate|R]’.
N| The fieldwork was done between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Ambergate a small team of overstretched officers was trying to supervise people judged high risk, and too little of that work was checked by a manager.
S| “[Darley Dale|S] and [Pilsley|S] have steadier teams, and staff there spoke warmly of the support they got from their managers.”

S| Inspectors were impressed by [Pilsley PDU|S]’s links with drug and alcohol treatment providers: most people saw a treatment worker within a fortnight.
W| In all three units, checks with [Derbyshire Constabulary|A] about domestic abuse were missing in too many cases.

R| Nine recommendations are made across the reports, with three for every unit.

N| The East Midlands’ Regional Probation Director, [Sarah Whitfield|X], said: “Experienced officers have already been moved into Ambergate, and the findings are accepted.”
"""),
    # 2. two Nottinghamshire youth justice services in a local-news story, the report day in the text ("released on
    #    Tuesday (5 November)"), fieldwork "took place in July 2024", under a byline of Friday 8 November 2024; ratings in the other order from the naming
    ("kinoulton-and-aslockton-yjs-2024", facts([
        svc("Kinoulton Youth Justice Service", "Kinoulton YJS", "YJS", RI),
        svc("Aslockton Youth Justice Service", "Aslockton YJS", "YJS", GOOD)], "2024-11-05", "2024-07", 8),
     """N| Vale of Belvoir youth justice teams get different verdicts

N| By [Tom Ashworth|X]

N| [Friday 8 November 2024|D]

N| Inspection reports on [Kinoulton Youth Justice Service|S] and [Aslockton Youth Justice Service|S] were released on Tuesday ([5 November|D]); the inspections took place in [July 2024|D].
N| [Aslockton|S] earned a ‘[Good|R]’, while [Kinoulton|S] was placed at ‘[Requires improvement|R]’.

S| The watchdog said [Aslockton|S]’s youth workers were trusted by the children and the families they worked with.
W| In Kinoulton, by contrast, safety plans were often drawn up once and then left untouched.
W| Inspectors also found that [Kinoulton YJS|S] had seen three experienced case managers leave within twelve months, so newer staff lacked guidance.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aslockton|S] shows what steady, child-centred practice can achieve in a rural area.”

R| The two reports contain eight recommendations, five for [Kinoulton|S] and three for [Aslockton|S].

N| A spokesperson for [Nottinghamshire County Council|A] said: “Both teams will have our full support in making the changes.”
"""),
    # 3. two South Yorkshire PDUs in a justiceinspectorates news item, region in the first sentence; "Both units
    #    fell short of ‘Good’ and sit at ‘...’"; "Published: 11 Feb 2025"; fieldwork "from 28 October to 8 November
    #    2024" (-> 2024-10); six recommendations
    ("tankersley-and-cawthorne-pdus-2025", facts([
        svc("Tankersley Probation Delivery Unit", "Tankersley PDU", "PDU", RI),
        svc("Cawthorne Probation Delivery Unit", "Cawthorne PDU", "PDU", RI)], "2025-02-11", "2024-10", 6),
     """N| News

N| Two South Yorkshire probation units need to improve

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Tankersley Probation Delivery Unit|S] and [Cawthorne Probation Delivery Unit|S], which serve the Barnsley area for the [Probation Service – Yorkshire and the Humber region|S].
N| Both units fell short of ‘[Good|R]’ and sit at ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are loyal, hard-working teams, and many have stayed through a very difficult period.
W| “But too often, when someone’s circumstances changed, nobody went back to ask whether the risk they posed had changed too.”

S| [Cawthorne|S]’s partnership with [South Yorkshire Police|A] on integrated offender management was a clear strength.
W| At [Tankersley PDU|S], half of the senior probation officer posts had been filled by agency staff for most of the year.

R| Inspectors have made six recommendations: [Tankersley|S] and [Cawthorne|S] each have two, and the region has two.
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors have judged X to be ‘Inadequate’"; the
    #    region's own earlier rating as context; "Mr Jones continued"; notes "available on ... on 22 July 2025 at 00.01"
    ("barlborough-pdu-2025", facts([
        svc("Barlborough Probation Delivery Unit", "Barlborough PDU", "PDU", INAD)], "2025-07-22", "2025-03", 7),
     """N| [East Midlands probation region|S]: serious concerns at [Barlborough unit|S]

N| Inspectors have judged [Barlborough Probation Delivery Unit|S] to be ‘[Inadequate|R]’; it is one of the [Probation Service – East Midlands region|S]’s units.
N| In [2023|D] the region itself was given ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Barlborough|S] has been struggling on its own for far too long.
W| “Almost a third of the probation officer posts were vacant when we visited, and some people leaving prison had to wait weeks before anyone saw them.”

W| Mr Jones continued: “In the cases we read, the safety of partners and children was rarely given the attention it needed.”

S| Despite these pressures, the court team was still turning out reports that were prompt and carefully argued.
W| Links with [Derbyshire County Council|A]’s children’s services were weak, and information was often not shared.

R| Seven recommendations are made, of which five fall to the unit and the remaining two to the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [22 July 2025|D] at 00.01.
N| 2. [Barlborough PDU|S] is one of ten probation delivery units in the East Midlands.
"""),
    # 5. a unit inside its region, the region named in the notes; "a report out today (Thursday, 9 May)"
    #    with the year from the fieldwork ("in January 2024"); "assessed as ‘Requires improvement’"; six recs
    ("brigstock-pdu-2024", facts([
        svc("Brigstock Probation Delivery Unit", "Brigstock PDU", "PDU", RI)], "2024-05-09", "2024-01", 6),
     """N| [Brigstock probation unit|S] ‘heading in the right direction’

N| [Brigstock Probation Delivery Unit|S] has been assessed as ‘[Requires improvement|R]’ in a report out today (Thursday, [9 May|D]).
N| In [January 2024|D], inspectors read 45 cases and interviewed staff and partner agencies.

S| Leaders had a realistic plan for the unit and had begun to bring caseloads down.
S| People on probation told inspectors they felt listened to and treated with respect.
W| However, only 19 of the 45 assessments dealt sufficiently with risk to children.
W| At the start of an order, staff did not always ask [Northamptonshire Police|A] whether officers had attended domestic incidents.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Real commitment runs through this unit, and the foundations for improvement are in place.
R| “Managers now have to ensure that each assessment uses the information held by the police and by children’s services.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. [Brigstock PDU|S] supervises around 750 people in north Northamptonshire for the [Probation Service – East Midlands region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; "Wednesday, 9th March 2011"; fieldwork "in
    #    November 2010"; seven recommendations
    ("titchmarsh-and-aldwincle-probation-trust-2011", facts([
        svc("Titchmarsh and Aldwincle Probation Trust", "Titchmarsh and Aldwincle Probation Trust", "other", None)],
        "2011-03-09", "2010-11", 7),
     """N| Offender management in Titchmarsh and Aldwincle – inspection report

N| [Wednesday, 9th March 2011|D]

N| A report on offender management by [Titchmarsh and Aldwincle Probation Trust|S] is published today, following an inspection by [Her Majesty’s Inspectorate of Probation|A].
N| During their visit in [November 2010|D], inspectors examined 80 cases.

S| Scores were 77% for reducing reoffending and 84% for seeing that sentences were carried out.
W| For protecting the public the Trust managed only 63%, below most Trusts inspected to date.

N| Inspectors were pleased to find that:
S| • most offenders understood what was expected of them on their order;
S| • the Trust worked closely with [Northamptonshire Police|A] on prolific and priority offenders.

N| However, inspectors were concerned to find that:
W| • risk management plans were often left incomplete;
W| • home visits were rarely carried out in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders here are known well by staff who want to do a good job.
R| “Public protection must now be raised to the level of the Trust’s reoffending work.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, embargo line (27 August 2019); "found X ... to be ‘...’ overall";
    #    unpaid work "rated separately" at ‘Good’; "The inspection took place in April 2019"
    ("denaby-and-braithwell-crc-2019", facts([
        svc("Denaby and Braithwell Community Rehabilitation Company", "Denaby and Braithwell CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-08-27", "2019-04", 5),
     """N| Embargoed until 00.01, [Tuesday 27 August 2019|D]

N| Inspectors tell South Yorkshire probation company to improve public protection

N| [HM Inspectorate of Probation|A] found [Denaby and Braithwell Community Rehabilitation Company|S] (CRC), one of [Sodexo Justice Services|A]’s companies, to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| The inspection took place in [April 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Telephone reporting is used for far too many of the CRC’s cases, and their officers know too little about what is happening in their lives.
S| “Its unpaid work, by contrast, is run well, and people learn real skills on their placements.”

W| Caseloads for some staff were above 90, and sickness absence was high.
W| When someone’s risk rose, the case was not always passed promptly to the [National Probation Service|A].

R| Of five recommendations, one goes to [HM Prison and Probation Service|A] and four jointly to the CRC and [Sodexo Justice Services|A] as its owner.

N| In response, [Sodexo Justice Services|A] said it had already begun to cut telephone reporting.
"""),
    # 8. a youth offending team written out, council page in 2016, before ratings; "Posted: 14/09/2016"; joint
    #    inspection "headed by" the inspectorate; bullet lists; fieldwork "in June 2016"; five recommendations
    ("clipston-yot-2016", facts([
        svc("Clipston Youth Offending Team", "Clipston YOT", "YJS", None)], "2016-09-14", "2016-06", 5),
     """N| Inspection of youth offending work in Clipston

N| Posted: [14/09/2016|D]

N| The report on [Clipston Youth Offending Team|S] (YOT) can now be read; the joint inspection was headed by [HM Inspectorate of Probation|A].
N| The visit, in [June 2016|D], included [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors reported that they were pleased to find that:
S| • case managers understood each child’s home life in detail;
S| • children were quickly found places in school or training.

N| But inspectors were concerned that:
W| • the YOT management board seldom followed up its own decisions;
W| • work to protect victims was not always planned.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in [Clipston YOT|S] plainly care a great deal about the young people they supervise.
R| “The board should now hold partners to account for what they promised.”

R| The report makes five recommendations.

N| Councillor [Helen Marsh|X], [Northamptonshire County Council|A]’s cabinet member for children, said: “The council accepts the report, and much of what it asks for is already done.”
"""),
    # 9. an NPS division in 2019: "Overall, ... rates X ‘Good’"; fieldwork "in February and March 2019"
    ("nps-sykehouse-and-campsall-division-2019", facts([
        svc("National Probation Service – Sykehouse and Campsall Division", "NPS Sykehouse and Campsall", "region",
            GOOD)], "2019-07-02", "2019-02", 6),
     """N| Probation division in South Yorkshire rated ‘[Good|R]’

N| Overall, [HM Inspectorate of Probation|A] rates the [National Probation Service – Sykehouse and Campsall Division|S] ‘[Good|R]’.
N| Fieldwork took place in [February and March 2019|D].

S| Leadership was strong, and managers and staff were experienced and clear about what was expected of them.
S| Court work stood out: pre-sentence reports were thorough and seldom late.
W| However, victim work was patchy, and some victims learned of an offender’s release date too late or not at all.
W| Too few domestic abuse perpetrators were starting an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Sykehouse and Campsall|S] is a confident division, and it gets most things right.
R| “Its leaders should now give victims the same priority as everything else.”

R| Six recommendations are made, spread between the division, [HMPPS|A] and, for one, the [Ministry of Justice|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on [2 July 2019|D].
"""),
    # 10. a YJS with resettlement rated separately; "has awarded X an overall ‘Good’", the aspect "which carries a separate rating"; fieldwork "took place
    #     in May 2023"; notes date; four recommendations
    ("ashover-yjs-2023", facts([
        svc("Ashover Youth Justice Service", "Ashover YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2023-09-12", "2023-05", 4),
     """N| ‘[Good|R]’ rating for [Ashover Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has awarded [Ashover Youth Justice Service|S] (YJS) an overall ‘[Good|R]’.
W| Its resettlement policy and provision, which carries a separate rating, came out at ‘[Requires improvement|R]’.
N| Fieldwork for the inspection took place in [May 2023|D].

S| Inspectors praised the YJS for its work with schools, which kept most children in education.
S| Case managers were tenacious, keeping hold of children whom other agencies had lost touch with.
W| However, when a child was due out of custody, planning often began too late for housing to be found.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ashover|S]’s team, and the partners around it, have every reason to be proud.
R| “I want to see that same care extended to every child who returns home from custody.”

R| Inspectors set out four recommendations; [Derbyshire County Council|A] is asked to act on one, the YJS on three.

N| ENDS

N| Notes to editors
N| 1. The report was published on [12 September 2023|D].
"""),
    # 11. a YJS given the top of the scale ("‘Outstanding’, ... has been awarded to X"); "Published: 26 Mar 2024"; fieldwork "in November 2023"
    ("doveridge-yjs-2024", facts([
        svc("Doveridge Youth Justice Service", "Doveridge YJS", "YJS", OUT)], "2024-03-26", "2023-11", 3),
     """N| News

N| Top rating for Doveridge youth justice work

N| Published: [26 Mar 2024|D]

N| ‘[Outstanding|R]’, the top of the inspectorate’s scale, has been awarded to [Doveridge Youth Justice Service|S].
N| Inspectors visited the service in [November 2023|D].

S| Every child’s plan inspectors read had been shaped by the child and by their parents or carers.
S| Inspectors were impressed with the service’s speech and language support, which helped children take part in court and in their own planning.
S| Leaders knew the service’s strengths and its weaker areas and acted quickly on both.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Doveridge|S] stands out: children there get help that is thoughtful, quick and built around them.”

R| Three recommendations are made, all aimed at helping the service build on its success.
"""),
    # 12. a Youth Offending Service in 2019: "In a report published today, inspectors have judged X ... to be ‘...’"; "Thursday, 17th October 2019";
    #     fieldwork "between 10 and 14 June 2019"; eight recommendations
    ("skellow-yos-2019", facts([
        svc("Skellow Youth Offending Service", "Skellow YOS", "YJS", INAD)], "2019-10-17", "2019-06", 8),
     """N| Inspectors find serious failings in Skellow youth offending work

N| [Thursday, 17th October 2019|D]

N| In a report published today, inspectors have judged [Skellow Youth Offending Service|S] (YOS) to be ‘[Inadequate|R]’.
N| The inspection took place between [10 and 14 June 2019|D].

W| Inspectors found that the management board met rarely and did little to challenge poor performance.
W| In only 8 of 24 cases was enough done to keep the child and other people safe.
S| Positively, the YOS had good links with [Doncaster Council|A]’s education team.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The children of this area are being let down by [Skellow YOS|S].
R| “The board must take firm control and make sure every case manager has the training and supervision they need.”

R| The report makes eight recommendations.
"""),
    # 13. a YJS down from its previous rating: "Rated ‘Good’ in 2019, X has now dropped a grade, to
    #     ‘...’"; "carried out in September 2022"; "Report published: 24 January 2023"
    ("findern-yjs-2023", facts([
        svc("Findern Youth Justice Service", "Findern YJS", "YJS", RI)], "2023-01-24", "2022-09", 6),
     """N| [Findern Youth Justice Service|S] slips to ‘[Requires improvement|R]’

N| Rated ‘[Good|R]’ in [2019|D], [Findern Youth Justice Service|S] has now dropped a grade, to ‘[Requires improvement|R]’.
N| The inspection was carried out in [September 2022|D].

W| More children were being referred for violent offences, and the service had not adapted to meet this.
W| Just over half the assessments looked adequately at the risk a child posed to others.
S| Whilst staffing was stretched, case managers formed strong bonds with the children on their caseloads.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Findern|S] has lost some of the ground it had gained.
R| “The partnership board needs to make sure that work to keep others safe is given the priority it deserves.”

R| We made six recommendations: five to the service, and one to [Derbyshire Constabulary|A].

N| Report published: [24 January 2023|D]
"""),
    # 14. a YJS inspected remotely: "Inspectors worked remotely, ..., in July 2021"; "is rated ‘Good’"; published in the text
    ("overseal-yjs-2021", facts([
        svc("Overseal Youth Justice Service", "Overseal YJS", "YJS", GOOD)], "2021-10-19", "2021-07", 4),
     """N| Overseal youth justice work rated ‘[Good|R]’

N| [Overseal Youth Justice Service|S] is rated ‘[Good|R]’ in a report [HM Inspectorate of Probation|A] published on [19 October 2021|D].
N| Inspectors worked remotely, under Covid-19 restrictions, in [July 2021|D].

S| Despite lockdown, case managers stayed in frequent touch with children and visited those at most risk.
S| The service had an effective partnership with [CAMHS|A], so children rarely waited long for help with their mental health.
W| Out-of-court work was weaker: some decisions came before any full assessment of the child.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Overseal|S] has kept children first through a very hard eighteen months.”

R| The report makes four recommendations.
"""),
    # 15. a 2025 public-protection PDU inspection: "Skip to content", no rating, "Context" / "Findings" bullets;
    #     "Published 18 November 2025"; fieldwork "in July 2025"; no count of recommendations
    ("glapwell-pdu-2025", facts([
        svc("Glapwell Probation Delivery Unit", "Glapwell PDU", "PDU", None)], "2025-11-18", "2025-07", None),
     """N| Skip to content

N| Public protection inspection: [Glapwell Probation Delivery Unit|S]

N| Published [18 November 2025|D]

N| This report from [HM Inspectorate of Probation|A] examines public protection work at [Glapwell Probation Delivery Unit|S].
N| No ratings are awarded in this programme.

N| Context
N| • [Glapwell PDU|S] covers part of north-east Derbyshire for the [Probation Service – East Midlands region|S].
N| • Fieldwork took place in [July 2025|D].

N| Findings
S| • Practitioners had a sound understanding of the risks from domestic abuse perpetrators.
W| • Few home visits took place, even in homes where children lived.
W| • Staff did not always ask [Derbyshire Constabulary|A] for information when supervision began.

N| The full report sets out where the unit needs to improve.
"""),
    # 16. a YJS in 2020: "Thursday, 4th June 2020"; "Today’s report ... rates X as ‘...’"; fieldwork "between
    #     24 and 28 February 2020"
    ("holmewood-yjs-2020", facts([
        svc("Holmewood Youth Justice Service", "Holmewood YJS", "YJS", RI)], "2020-06-04", "2020-02", 6),
     """N| [Holmewood Youth Justice Service|S] – inspection findings

N| [Thursday, 4th June 2020|D]

N| Today’s report from [HM Inspectorate of Probation|A] rates [Holmewood Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection team was on site between [24 and 28 February 2020|D].

S| Staff were committed, and each of them knew their children well.
W| While the board was well attended, it had not set clear priorities for the service.
W| Work to support victims was inconsistent, and some victims were never contacted.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Encouragingly, we saw good relationships between case managers and children.
W| “However, too many plans had simply been carried over from the previous review without fresh thought.”

R| Six recommendations are made, one of them to [Derbyshire County Council|A].
"""),
    # 17. a Northamptonshire YJS "have given X their lowest possible rating"; notes "on 3 June 2025 at 00.01"; fieldwork
    #     "10 - 14 February 2025"
    ("blakesley-yjs-2025", facts([
        svc("Blakesley Youth Justice Service", "Blakesley YJS", "YJS", INAD)], "2025-06-03", "2025-02", 7),
     """N| [Blakesley youth justice service|S] ‘failing children’, inspectors say

N| Inspectors have given [Blakesley Youth Justice Service|S] their lowest possible rating: ‘[Inadequate|R]’.
N| The inspection took place from [10 - 14 February 2025|D].

W| Inspectors found a service under strain, with a third of case manager posts vacant.
W| Worryingly, children’s safety got enough attention in only 7 of 22 cases.
S| Despite the vacancies, the service’s education worker had got a number of children back into lessons.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders at [Blakesley|S] did not know how poor much of the work had become.
R| “[West Northamptonshire Council|A] must now give this service, without delay, the leaders and staff it needs.”

R| There are seven recommendations: five are addressed to the service and two to [West Northamptonshire Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [3 June 2025|D] at 00.01.
"""),
    # 18. a local-news story on a YJS, third person ("According to the watchdog"), council reply; rating "rated the service
    #     ‘...’"; the report day "published on Wednesday (16 April)" under a byline of 18 April 2025
    ("austerfield-yjs-2025", facts([
        svc("Austerfield Youth Justice Service", "Austerfield YJS", "YJS", RI)], "2025-04-16", "2024-12", 6),
     """N| Watchdog calls for improvement at [Austerfield youth justice service|S]

N| By [Lucy Gregson|X]

N| [Friday 18 April 2025|D]

N| A report on [Austerfield Youth Justice Service|S], published on Wednesday ([16 April|D]), rated the service ‘[Requires improvement|R]’.
N| Inspectors visited in [December 2024|D].

S| According to the watchdog, staff were dedicated, and children said they valued their time with them.
W| But it said checks on children’s safety at home were not always made, and some plans were out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Austerfield|S] has a caring team, and there are green shoots in its work with schools.”

R| Six recommendations were made.

N| Councillor [Mark Holroyd|X], of [City of Doncaster Council|A], said: “The council is grateful to the inspectors and has started on the recommendations.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 126th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
