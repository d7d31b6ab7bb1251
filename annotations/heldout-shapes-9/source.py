"""Builds the ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. four PDUs of one region in one release: all four full names in one sentence with the region after them; the
    #    ratings as "X comes out worst, with ‘...’; the other three each receive ‘...’" (one RATING for three units);
    #    bare places as subjects; fieldwork "over three weeks in June 2025"; "Across the four reports there are 16
    #    recommendations, seven of them for"; the date in the notes "go live ... at 00.01 on"
    ("tenterden-cranbrook-uckfield-and-crowborough-pdus-2025", facts([
        svc("Tenterden Probation Delivery Unit", "Tenterden PDU", "PDU", RI),
        svc("Cranbrook Probation Delivery Unit", "Cranbrook PDU", "PDU", INAD),
        svc("Uckfield Probation Delivery Unit", "Uckfield PDU", "PDU", RI),
        svc("Crowborough Probation Delivery Unit", "Crowborough PDU", "PDU", RI)], "2025-11-25", "2025-06", 16),
     """N| Four probation delivery units on the Kent and Sussex border: one failing, three told to improve

N| The inspectorate visited [Tenterden Probation Delivery Unit|S], [Cranbrook Probation Delivery Unit|S], [Uckfield Probation Delivery Unit|S] and [Crowborough Probation Delivery Unit|S] over three weeks in [June 2025|D], all four of them belonging to the [Probation Service|A]’s [Kent, Surrey and Sussex region|S].
N| [Cranbrook|S] comes out worst, with ‘[Inadequate|R]’; the other three each receive ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across all four units we found people doing their utmost in difficult conditions, but in Cranbrook the strain has become too much.
W| “Almost half of its probation officer posts were empty, and cases were being passed from one temporary manager to another.
S| “[Crowborough|S] and [Uckfield|S] have kept most of their experienced staff, and it shows in the care taken over their reports to court.”

S| Inspectors noted effective joint work between [Tenterden PDU|S] and [Kent Police|A] on people convicted of stalking.
W| Across the four units, under half of the plans inspectors read dealt properly with the risk to children.
W| Waiting lists for accredited programmes stretched to nine months at [Uckfield PDU|S].

R| Across the four reports there are 16 recommendations, seven of them for [Cranbrook PDU|S].

N| ENDS

N| Notes to editors
N| 1. Reports embargoed to 00.01, [Tuesday 25 November 2025|D].
N| 2. [Tenterden PDU|S] and [Cranbrook PDU|S] cover the Weald of Kent; [Uckfield PDU|S] and [Crowborough PDU|S] cover the north of East Sussex.
"""),
    # 2. a town PDU and its county PDU: the ratings in the headline as "town unit ‘...’, county unit ‘...’" and in the
    #    body as "X gets ‘...’ from inspectors, and Y, which covers ..., gets ‘...’"; the region as context; fieldwork
    #    "during the first fortnight of July 2024"; the split "three for the town unit, three for the county unit and
    #    two for HMPPS"; "Published: Tuesday 22 October 2024" as the first note
    ("marlborough-town-and-kennet-county-pdus-2024", facts([
        svc("Marlborough Town Probation Delivery Unit", "Marlborough Town PDU", "PDU", RI),
        svc("Kennet County Probation Delivery Unit", "Kennet County PDU", "PDU", INAD)], "2024-10-22", "2024-07", 8),
     """N| Wiltshire probation: ‘[Requires improvement|R]’ for the town, ‘[Inadequate|R]’ for the county

N| [HM Inspectorate of Probation|A] has now reported on the two probation delivery units that serve the north-east of Wiltshire.
N| [Marlborough Town Probation Delivery Unit|S] gets ‘[Requires improvement|R]’ from inspectors, and [Kennet County Probation Delivery Unit|S], which covers the surrounding villages and the Vale of Pewsey, gets ‘[Inadequate|R]’.
N| Each is part of the [South West region|S] of probation, and inspectors read cases in both of them during the first fortnight of [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “For more than a year the county unit has had no permanent senior manager, and its staff told us they felt forgotten.
W| “Too many people under its supervision were being seen by telephone when they should have been seen face to face.
S| “The town unit is in a better position: its practitioners had a firm grasp of their cases and were trusted by the people under their supervision.
R| “The region now needs to give [Kennet County|S] the leadership and the staff it has been missing.”

W| Inspectors also found that [Marlborough Town PDU|S] had let its checks with children’s social care slip, so that in a quarter of cases nobody knew whether a child was at risk.
S| Both units worked well with [Wiltshire Police|A] on the management of dangerous offenders.

R| There are eight recommendations in total: three for the town unit, three for the county unit and two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Published: [Tuesday 22 October 2024|D].
N| 2. [Kennet County PDU|S] was formed in [2021|D], when the county’s rural caseload was separated from the town’s.
"""),
    # 3. two youth services on a Welsh council's news page: the council's name and "News" as page furniture, the page
    #    date "16/07/2024" on a line of its own (day/month/year); "X was awarded ‘...’ and Y ‘...’" (the second verb
    #    left out); a year-less fieldwork range "from 4 to 8 March" (the page's year); "six recommendations, four for
    #    Pwllheli and two that apply to both services"; the councillor's reply repeating the count
    ("porthmadog-and-pwllheli-yjs-2024", facts([
        svc("Porthmadog Youth Justice Service", "Porthmadog YJS", "YJS", GOOD),
        svc("Pwllheli Youth Justice Service", "Pwllheli YJS", "YJS", RI)], "2024-07-16", "2024-03", 6),
     """N| [Gwynedd Council|A]

N| News

N| [16/07/2024|D]

N| Inspection reports published for the county’s two youth justice services

N| Inspectors have published their reports on [Porthmadog Youth Justice Service|S] and [Pwllheli Youth Justice Service|S], which [Gwynedd Council|A] runs with its partners.
N| [Porthmadog YJS|S] was awarded ‘[Good|R]’ and [Pwllheli YJS|S] ‘[Requires improvement|R]’ after an inspection in which [HM Inspectorate of Probation|A] took the lead.
N| [Estyn|A], [Care Inspectorate Wales|A] and [Healthcare Inspectorate Wales|A] also sent inspectors, who were in the two towns from [4 to 8 March|D].

S| The inspectors said that children in Porthmadog had a say in their own plans, and that the service’s partnership with [Betsi Cadwaladr University Health Board|A] meant they got help with their emotional health quickly.
W| They found that [Pwllheli YJS|S] did not always check whether children were safe when they moved between homes, and that support in Welsh was not offered consistently.
W| Neither service could get speech and language assessments for children without a long wait.

R| The inspectors made six recommendations, four for [Pwllheli|S] and two that apply to both services.

N| Councillor [Elin Hywel|X], the council’s lead member for children’s services, said: “We welcome both reports and thank the inspectors for their careful work.
N| “We have already begun work on every one of the six recommendations, and we will report our progress to the management board each quarter.”
"""),
    # 4. a unit inside its region, the region named first, in the headline ("East of England probation region:
    #    coastal unit found ‘Inadequate’") and again as the subject of the first sentence; "Inspectors, who examined X
    #    in <month year>, found it to be ‘...’, the lowest of the four grades"; the region's own overall rating from 2023
    #    as context; "Of the report’s nine recommendations, six are for ..."
    ("felixstowe-pdu-2025", facts([
        svc("Felixstowe Probation Delivery Unit", "Felixstowe PDU", "PDU", INAD)], "2025-12-04", "2025-09", 9),
     """N| [East of England probation region|S]: coastal unit found ‘[Inadequate|R]’

N| The [Probation Service – East of England region|S] has one of its probation delivery units in serious difficulty, say the authors of a report released today by [HMI Probation|A].
N| Inspectors, who examined [Felixstowe Probation Delivery Unit|S] in [September 2025|D], found it to be ‘[Inadequate|R]’, the lowest of the four grades.
N| The region itself was rated ‘[Requires improvement|R]’ overall when it was inspected in [2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Felixstowe|S] is a small unit, and small units are fragile: when three experienced officers left within a few months, there was nobody to take their place.
W| “Some people judged to be a high risk to others had not had a home visit for more than a year.”

S| On a more positive note, inspectors described the unit’s work with [Suffolk Constabulary|A] on integrated offender management as well organised and effective.
W| But in only 14 of the 40 cases they read was there a sufficient assessment of the risk of harm.

R| Of the report’s nine recommendations, six are for the PDU, two for the region and one for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Day of publication: [Thursday 4 December 2025|D].
N| 2. [Felixstowe PDU|S] supervises about 600 people living on the Suffolk coast.
"""),
    # 5. a unit inside its region, the region named first in the regional director's quote ("Our South West region has
    #    worked hard ...") before the unit; "which inspectors judged ‘...’ overall"; two aspects "Inspectors gave separate
    #    ratings to leadership, ‘Good’, and to services, ‘Inadequate’", beside the previous inspection's rating from 2022;
    #    "spent a fortnight with the unit in May 2024"
    ("devizes-and-calne-pdu-2024", facts([
        svc("Devizes and Calne Probation Delivery Unit", "Devizes and Calne PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}, {"aspect": "services", "rating": INAD}])], "2024-07-16", "2024-05", 5),
     """N| Probation leaders in Wiltshire respond to inspection report

N| “Our [South West region|S] has worked hard since the last inspection, and this report shows where we still have further to go,” said [Samira Okafor|X], Regional Probation Director.
N| She was responding to the [HM Inspectorate of Probation|A] report on [Devizes and Calne Probation Delivery Unit|S], which inspectors judged ‘[Requires improvement|R]’ overall.
W| Inspectors gave separate ratings to leadership, ‘[Good|R]’, and to services, ‘[Inadequate|R]’.
N| The unit had also been rated ‘[Requires improvement|R]’ at its previous inspection in [2022|D].
N| This time, inspectors spent a fortnight with the unit in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The leadership team at [Devizes and Calne|S] is open, well organised and respected by its staff.
W| “What the unit lacks is enough services for the people it supervises: there was little on offer for women, for people with drug problems or for those leaving prison without a home.”

S| Inspectors praised the unit’s court team, whose reports to sentencers were detailed and punctual.
R| Among the report’s five recommendations is one asking the region to commission more services for women.

N| Ms Okafor added: “We have an action plan in place already, and the [South West region|S] will report on it to the inspectorate within three months.”

N| ENDS

N| Notes to editors
N| 1. Publication of the report: [Tuesday 16 July 2024|D].
N| 2. [Devizes and Calne PDU|S] supervises around 900 people in central Wiltshire.
"""),
    # 6. a Probation Trust in 2012, before ratings: "during the week beginning 10 September 2012"; "Their main findings
    #    were as follows:" bullets; a lower-case "good" with a score (no rating); eight recommendations "for the Trust, one
    #    of them shared with" the police; HMIC in the notes
    ("trowbridge-and-warminster-probation-trust-2012", facts([
        svc("Trowbridge and Warminster Probation Trust", "Trowbridge and Warminster Probation Trust", "other", None)],
        "2012-11-27", "2012-09", 8),
     """N| Inspection of adult offending work in Trowbridge and Warminster

N| Findings from an inspection of adult offending work in [Trowbridge and Warminster Probation Trust|S] have been released today by the probation inspectorate.
N| Inspectors examined a representative sample of 72 cases during the week beginning [10 September 2012|D].

N| Their main findings were as follows:
S| • the quality of pre-sentence reports was consistently high;
S| • offender managers were committed and had a thorough grasp of the people they supervised;
W| • risk of harm assessments were too often late;
W| • sentence plans often failed to address the safety of victims.

S| Overall, work to cut reoffending was good, scoring 71%.
W| The score for protecting the public, 64%, was lower than the average for the trusts inspected so far.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Trowbridge and Warminster|S] has earned the confidence of local courts, and its staff understand the communities they serve.
R| “It should now make sure that its public protection work is as strong as its reports to sentencers.”

R| The report contains eight recommendations for the Trust, one of them shared with [Wiltshire Police|A].

N| ENDS

N| Notes to editors
N| 1. Date of publication: [27 November 2012|D].
N| 2. Inspectors from [HM Inspectorate of Constabulary|A] joined the fieldwork.
"""),
    # 7. a CRC in 2020 owned by a named provider: "has assessed X as ‘...’ overall"; two aspects in one sentence "Its
    #    unpaid work came out as ‘Good’ when rated separately, but its through-the-gate services, also given their own
    #    rating, were ‘...’"; fieldwork "in November and December 2019"; the NPS as context; publication "available at
    #    00.01 on Thursday 20 February 2020"
    ("didcot-and-wallingford-crc-2020", facts([
        svc("Didcot and Wallingford Community Rehabilitation Company", "Didcot and Wallingford CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "through-the-gate services", "rating": INAD}])],
        "2020-02-20", "2019-11", 10),
     """N| Probation company in south Oxfordshire ‘[Requires improvement|R]’, says inspectorate

N| Overall, [Didcot and Wallingford Community Rehabilitation Company|S] was assessed by the [HM Inspectorate of Probation|A] team as one that ‘[Requires improvement|R]’.
N| The CRC is run by [MTCnovo|A] and supervises around 2,500 people judged to be of low or medium risk to others.
W| Rated separately, its unpaid work earned ‘[Good|R]’, but its through-the-gate services, also given their own rating, were ‘[Inadequate|R]’.
N| Inspectors carried out the fieldwork in [November and December 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “People leaving prison were being given a leaflet and a telephone number, and little else.
W| “In too many cases, nobody checked whether they would have a safe place to sleep once released.
S| “The CRC’s unpaid work team, by contrast, runs a well-organised operation with placements that give something back to local communities.”

S| Inspectors were impressed by how quickly [Didcot and Wallingford CRC|S] allocated new cases after sentence.
W| Information sharing with the [National Probation Service|A] was patchy, and some cases were transferred without the right paperwork.

R| Ten recommendations are made: eight are directed at the CRC and [MTCnovo|A], two at [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. The report is available at 00.01 on [Thursday 20 February 2020|D] on the inspectorate’s website.
N| 2. Since the Transforming Rehabilitation reforms of [2014|D], the [National Probation Service|A] has worked alongside 21 CRCs.
"""),
    # 8. an NPS division as the inspected service, written "the X division of the National Probation Service" (one
    #    span), short form "NPS X" as "known locally as"; "deserves an overall grade of ‘Good’, inspectors have
    #    concluded, after examining its work in July 2019"; an aspect "rated on its own and judged ‘Outstanding’"; the
    #    CRC inspected at the same time as context; "The report will be published on 5 December 2019"
    ("waveney-and-broads-nps-division-2019", facts([
        svc("National Probation Service – Waveney and Broads Division", "NPS Waveney and Broads", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-12-05", "2019-07", 3),
     """N| Inspectors give probation division in Norfolk and Suffolk a ‘[Good|R]’ grade

N| [National Probation Service – Waveney and Broads Division|S] deserves an overall grade of ‘[Good|R]’, inspectors have concluded, after examining its work in [July 2019|D].
N| The division, known locally as [NPS Waveney and Broads|S], supervises around 3,100 offenders, most of them high-risk and many managed under [MAPPA|A].
S| Inspectors were particularly impressed with its court work, which received a rating of its own: ‘[Outstanding|R]’.
N| [Norfolk and Suffolk Community Rehabilitation Company|S], which works alongside the division, will have its own report later in the year.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This division sets a high standard for others to follow.
W| “Its one weakness is work with victims: some victims waited months to hear whether they could make a statement about an offender’s release.
R| “Leaders should make sure that every victim is contacted within the time the rules allow.”

R| Three recommendations follow: two addressed to the division, one to [Norfolk Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. The report goes online on [5 December 2019|D].
"""),
    # 9. a local-news story about a "youth offending team": the headline's lower-case "Bognor youth offending team"
    #    (a SERVICE, not the name), the capitalised full name first in the body; a byline and a byline date; "judged X
    #    to be ‘...’ in a report published on Tuesday (11 October)" (no year: the byline's); "spent a week with the team
    #    in July"; the council's reply; the previous rating last
    ("bognor-regis-yot-2022", facts([
        svc("Bognor Regis Youth Offending Team", "Bognor Regis YOT", "YJS", RI)], "2022-10-11", "2022-07", 5),
     """N| [Bognor youth offending team|S] must do better, inspectors say

N| By [Tom Fairweather|X]

N| [Friday 14 October 2022|D]

N| The service that works with young offenders in Bognor Regis has been inspected for the first time since [2018|D].
N| [HM Inspectorate of Probation|A] judged [Bognor Regis Youth Offending Team|S] to be ‘[Requires improvement|R]’; its report came out on Tuesday ([11 October|D]).
N| The inspection team was in Bognor Regis for a week in [July|D] and read the cases of 24 children.

S| They said staff were “passionate” about the children they worked with, and that the team’s work with local schools was helping to keep more children in education.
W| But plans to protect children from exploitation were too often vague, in the inspectors’ view, and some children had waited weeks to see a worker after leaving court.
W| The report also says the team’s management board, chaired by [West Sussex County Council|A], knew too little about how good the team’s work was.

R| Inspectors made five recommendations, four for the management board and one for [Sussex Police|A].
N| A spokesperson for [West Sussex County Council|A] said [Bognor Regis YOT|S] would “study the report carefully” and had already started to act on its findings.
N| The youth offending team was rated ‘[Good|R]’ at its last inspection, in [2018|D].
"""),
    # 10. an aspect rated separately beside the previous inspection's rating: "has been judged to be ‘Good’ by ..., an
    #     improvement on the ‘...’ it received in 2019" (the old rating in the overall sentence); "Resettlement work, which
    #     the inspectorate rated separately this time, was found to be ‘...’"; "between 22 and 26 April 2024";
    #     "Publication date:" in the notes
    ("totnes-and-kingsbridge-yjs-2024", facts([
        svc("Totnes and Kingsbridge Youth Justice Service", "Totnes and Kingsbridge YJS", "YJS", GOOD,
            [{"aspect": "resettlement work", "rating": OUT}])], "2024-09-10", "2024-04", 4),
     """N| Youth justice service in south Devon climbs to ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has now judged [Totnes and Kingsbridge Youth Justice Service|S] a ‘[Good|R]’ service, up a grade from the ‘[Requires improvement|R]’ it received in [2019|D].
S| Resettlement work, which the inspectorate rated separately this time, was found to be ‘[Outstanding|R]’.
N| The inspection took place between [22 and 26 April 2024|D].

S| Inspectors found that case managers built strong, lasting relationships with children and their families, and that the service’s work to divert children from the criminal justice system was well planned.
W| Less positively, some assessments did not consider the risks children faced outside the home, such as exploitation by older peers.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Totnes and Kingsbridge|S] has come a long way in five years, and the credit belongs to its staff.
R| “Its leaders need to ensure that the quality we saw in most cases is found in every one.”

R| There are four recommendations: three to the service’s management board and one to [Devon County Council|A].

N| ENDS

N| Notes to editors
N| 1. Publication date: [10 September 2024|D].
N| 2. [Totnes and Kingsbridge YJS|S] works with around 70 children a year across the South Hams.
"""),
    # 11. a GOV.UK press-release page: skip link, cookie banner, standfirst naming "the Probation Service’s South
    #     Central region" (two spans), "From:", "Published" and "Last updated" lines (twice), an update history; "The
    #     inspectorate’s assessment of X is that it ‘Requires improvement’" (the rating as a verb phrase); "carried out
    #     the fieldwork in October 2024"; "We have made six recommendations to ..., ... and ..."
    ("andover-pdu-2025", facts([
        svc("Andover Probation Delivery Unit", "Andover PDU", "PDU", RI)], "2025-01-09", "2024-10", 6),
     """N| Skip to main content

N| Cookies on GOV.UK

N| We’d like to use additional cookies to remember your settings and improve government services.

N| Hide this message

N| Press release

N| Probation in Andover must improve, inspectors find

N| Findings for [Andover Probation Delivery Unit|S], which is managed within the [Probation Service|A]’s [South Central region|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [9 January 2025|D]

N| Last updated [13 January 2025|D]

N| The inspectorate’s assessment of [Andover Probation Delivery Unit|S] is that it ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [October 2024|D], examining 42 cases and talking to staff, managers and partner organisations.

S| They found a well-led unit whose managers had a realistic view of its strengths and weaknesses.
S| Work with [Hampshire and Isle of Wight Constabulary|A] to manage people convicted of domestic abuse was a particular strength.
W| However, plans to protect other people were good enough in only 19 of the 42 cases, and home visits were rarely carried out.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Andover|S] has capable leaders, but they have been fighting a losing battle with vacancies and high caseloads.
R| “The region must now give them the staff they need to do the job properly.”

R| We have made six recommendations to [Andover PDU|S], the [South Central region|S] and [HMPPS|A].

N| Updates to this page

N| Published [9 January 2025|D]

N| Last updated [13 January 2025|D]
N| 1. [13 January 2025|D] — Added a link to the easy-read summary.
N| 2. [9 January 2025|D] — First published.

N| © Crown copyright
"""),
    # 12. an embargo line with no year ("EMBARGOED UNTIL 00:01 ON THURSDAY 9 OCTOBER", in capitals: the year is the
    #     fieldwork's, and 9 October 2025 is a Thursday); "has been given the top rating, ‘Outstanding’"; the
    #     recommendations described without a count (null); the previous rating in the notes
    ("falmouth-yjs-2025", facts([
        svc("Falmouth Youth Justice Service", "Falmouth YJS", "YJS", OUT)], "2025-10-09", "2025-05", None),
     """N| EMBARGOED UNTIL 00:01 ON [THURSDAY 9 OCTOBER|D]

N| Youth justice in Falmouth reaches the top of the inspectorate’s scale

N| [Falmouth Youth Justice Service|S] has been given the top rating, ‘[Outstanding|R]’, after a visit from [HM Inspectorate of Probation|A] in [May 2025|D].
N| The service, hosted by [Cornwall Council|A], works with around 110 children a year in Falmouth and the surrounding towns.

S| Inspectors found that every child had a plan written with them, in language they understood, and that plans were reviewed whenever their circumstances changed.
S| Joint work with [Devon and Cornwall Police|A] to protect children from county lines drug dealing was described as exceptional.
S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Falmouth|S]’s staff go the extra mile for children, and they never lose sight of the victims of crime.
S| “This is a service that other areas could learn a great deal from.”

R| The inspectors’ recommendations, all of them for the management board, concern how quickly health assessments are completed and how information is shared with schools.

N| ENDS

N| Notes to editors
N| 1. The previous inspection, in [2021|D], rated the service ‘[Good|R]’.
N| 2. The report on [Falmouth YJS|S] will appear on the inspectorate’s website when the embargo lifts.
"""),
    # 13. three PDUs, fieldwork not given anywhere (null): "has placed X in its lowest category, ‘...’"; "Two neighbouring
    #     units in the same region, Y and Z, were inspected alongside it and each came away with ‘...’"; a near miss
    #     ("came within a whisker of the same rating") that gives no rating; "eleven recommendations in total: five for
    #     Sherborne, three each for Blandford and Wareham"
    ("sherborne-blandford-and-wareham-pdus-2023", facts([
        svc("Sherborne Probation Delivery Unit", "Sherborne PDU", "PDU", INAD),
        svc("Blandford Probation Delivery Unit", "Blandford PDU", "PDU", RI),
        svc("Wareham Probation Delivery Unit", "Wareham PDU", "PDU", RI)], "2023-01-31", None, 11),
     """N| Inspectors publish findings on three Dorset probation delivery units

N| [HM Inspectorate of Probation|A] has placed [Sherborne Probation Delivery Unit|S] in its lowest category, ‘[Inadequate|R]’.
N| Two neighbouring units in the same region, [Blandford Probation Delivery Unit|S] and [Wareham Probation Delivery Unit|S], were inspected alongside it and each came away with ‘[Requires improvement|R]’.
N| All three are part of the [Probation Service – South West region|S].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sherborne|S] had one manager responsible for more than 30 staff, and the supervision of cases had all but stopped.
W| “[Blandford|S] came within a whisker of the same rating.
S| “[Wareham|S] has a settled team, and its supervision of sex offenders was some of the best we have seen in the region.”

W| Only 16 of the 45 cases inspected at the three units had a sufficient review of risk after a change in circumstances.
S| Encouragingly, all three units had good links with local housing teams, so almost nobody left prison homeless.

R| The three reports make eleven recommendations in total: five for [Sherborne|S], three each for [Blandford|S] and [Wareham|S].

N| ENDS

N| Notes to editors
N| 1. The three reports went online on [31 January 2023|D].
N| 2. [Sherborne PDU|S], [Blandford PDU|S] and [Wareham PDU|S] together supervise about 2,000 people in north and east Dorset.
"""),
    # 14. a probation region as the inspected service: "has received an overall regional rating of ‘...’ from"; three
    #     aspects in one sentence "Of the three areas that were rated separately, leadership was judged ‘...’, staffing
    #     ‘...’ and services ‘...’"; two of its PDUs with their own earlier ratings and months as context; fieldwork
    #     "inspected in January and February 2025"
    ("cotswold-probation-region-2025", facts([
        svc("Probation Service – Cotswold region", "Cotswold region", "region", RI,
            [{"aspect": "leadership", "rating": RI}, {"aspect": "staffing", "rating": INAD},
             {"aspect": "services", "rating": GOOD}])], "2025-03-19", "2025-01", 7),
     """N| Probation across the Cotswolds: inspectors publish their regional report

N| After its inspection by [HMI Probation|A], [Probation Service – Cotswold region|S] has come away with ‘[Requires improvement|R]’ as its overall regional rating.
N| The region, which covers Gloucestershire and west Oxfordshire, was inspected in [January and February 2025|D]; the inspectorate looked at how it is led and organised, rather than at individual cases.
W| Of the three areas that were rated separately, leadership was judged ‘[Requires improvement|R]’, staffing ‘[Inadequate|R]’ and services ‘[Good|R]’.
N| Two of the region’s probation delivery units have had inspections of their own in the past year: [Chipping Norton PDU|S] was judged ‘[Inadequate|R]’ in [May 2024|D], and [Tetbury PDU|S] ‘[Requires improvement|R]’ in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The [Cotswold region|S] has a clear plan, but it cannot deliver it without more staff.
W| “A quarter of the region’s probation officer posts stood empty when we inspected, and the gaps fell hardest on the smallest units.
S| “On the other side of the ledger, leaders have built strong partnerships with [Gloucestershire Constabulary|A] and with local housing providers, and the range of services for women is impressive.
R| “[HMPPS|A] must give the region the help it needs to recruit and keep staff.”

R| Seven recommendations are set out in the report: five are addressed to the region, two to [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. The report appears on [Wednesday 19 March 2025|D] on the website of [HM Inspectorate of Probation|A].
N| 2. Regional inspections look at leadership, staffing and services, and each region receives an overall regional rating.
N| 3. The region has five probation delivery units.
"""),
    # 15. a youth offending service in 2021, "YOS" and "YOT" both used: "An inspection of X (YOS) has ended in an
    #     ‘Inadequate’ verdict"; "carried out remotely in February 2021"; an aspect "Work on out-of-court disposals,
    #     given a separate rating, fared no better: ‘Inadequate’"; a year in the quote that is not the fieldwork; the
    #     council's reply
    ("southwold-and-halesworth-yos-2021", facts([
        svc("Southwold and Halesworth Youth Offending Service", "Southwold and Halesworth YOS", "YJS", INAD,
            [{"aspect": "work on out-of-court disposals", "rating": INAD}])], "2021-05-27", "2021-02", 9),
     """N| Inspectors find ‘serious shortcomings’ in north Suffolk youth offending work

N| An inspection of [Southwold and Halesworth Youth Offending Service|S] (YOS) has ended in an ‘[Inadequate|R]’ verdict from [HM Inspectorate of Probation|A].
W| Work on out-of-court disposals, given a separate rating, fared no better: ‘[Inadequate|R]’.
N| With coronavirus restrictions still in force, inspectors worked remotely in [February 2021|D], speaking to children, parents and staff by video call.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in north Suffolk have been let down.
W| “The YOT’s managers did not know how many children were at risk of exploitation, and the board that oversees the service met only twice in [2020|D].”

W| Inspectors found that only 9 of the 21 children whose cases they examined had a plan to keep them safe.
S| They did praise the service’s work with the education team of [Suffolk County Council|A], which had helped most children in the sample back into school.

R| The report makes nine recommendations, eight of them for the YOS management board and one for [Suffolk Constabulary|A].
N| A spokesperson for [Suffolk County Council|A] said: “Every one of the findings is accepted, and a new head of service is already in post.”

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 27 May 2021|D].
N| 2. [Southwold and Halesworth YOS|S] works with around 60 children a year across north-east Suffolk.
"""),
    # 16. two youth services, one written "Youth and Justice Service (Y&JS)": "The verdict on X is ‘Good’; for Y,
    #     inspectors settled on ‘...’"; the second service's own aspect ("Mildenhall’s resettlement provision, which had
    #     a rating of its own, was ‘Inadequate’"); a Director of Operations as the speaker, "She continued"; fieldwork "in
    #     the second half of January 2025"
    ("newmarket-and-mildenhall-yjs-2025", facts([
        svc("Newmarket Youth and Justice Service", "Newmarket Y&JS", "YJS", GOOD),
        svc("Mildenhall Youth Justice Service", "Mildenhall YJS", "YJS", RI,
            [{"aspect": "resettlement provision", "rating": INAD}])], "2025-04-30", "2025-01", 8),
     """N| Two youth justice services in west Suffolk receive their inspection results

N| [HM Inspectorate of Probation|A]’s reports on [Newmarket Youth and Justice Service|S] (Y&JS) and [Mildenhall Youth Justice Service|S], the two services that work with children who offend in west Suffolk, are out today.
N| The verdict on [Newmarket Y&JS|S] is ‘[Good|R]’; for [Mildenhall YJS|S], inspectors settled on ‘[Requires improvement|R]’.
W| [Mildenhall|S]’s resettlement provision, which inspectors rated by itself, was ‘[Inadequate|R]’.
N| Inspectors were with both services in the second half of [January 2025|D].

S| [Helen Pryce|X], the inspectorate’s Director of Operations, said: “[Newmarket|S]’s case managers know each child as a person, not a file, and their plans show it.
W| “[Mildenhall|S] has good people, but it has struggled to fill vacancies, and children leaving custody were too often without a settled home.”
W| She continued: “Neither service had a clear way of hearing from the victims of crime.”

S| Inspectors found that [Newmarket Y&JS|S] had built an unusually close partnership with local schools, with every child in the sample attending full-time education.

R| Of the eight recommendations, five concern [Mildenhall|S] and three are for the two management boards together.

N| ENDS

N| Notes to editors
N| 1. Both reports are published on [Wednesday 30 April 2025|D] at 00.01.
N| 2. [Suffolk County Council|A] hosts both services.
"""),
    # 17. a youth offending team in 2016, before ratings: "Published: 12 Jul 2016" under the headline; a joint inspection
    #     with other inspectorates; bullet lists after "On the positive side, inspectors found that:" and "However, they
    #     were concerned that:"; no overall rating; Dame Glenys Stacey
    ("dorking-and-leatherhead-yot-2016", facts([
        svc("Dorking and Leatherhead Youth Offending Team", "Dorking and Leatherhead YOT", "YJS", None)],
        "2016-07-12", "2016-05", 5),
     """N| Joint inspection of youth offending work in Dorking and Leatherhead

N| Published: [12 Jul 2016|D]

W| Inspectors from [HMI Probation|A], working with colleagues from [Ofsted|A], the [Care Quality Commission|A] and [HMIC|A], have found that [Dorking and Leatherhead Youth Offending Team|S] (YOT) is making a real difference to many of the children it works with, but that its public protection work needs attention.
N| The inspection took place in [May 2016|D] and looked at the cases of 20 children.

N| On the positive side, inspectors found that:
S| • case managers built trusting relationships with children and their parents;
S| • the YOT’s work with local schools meant that most children were in education, training or employment;
S| • board members came to meetings regularly and understood how the YOT was performing.

N| However, they were concerned that:
W| • risk management plans were left unchanged when a child’s situation changed;
W| • too few children were seen at home;
W| • the health needs of children in custody were not always passed on to the YOT.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Dorking and Leatherhead|S] has much to be proud of, and children clearly value the help they get.
R| “The board should now turn its attention to public protection, so that every child’s risk is reviewed as their life changes.”

R| Five recommendations are made: four to the YOT management board and one to [Surrey Police|A].

N| ENDS

N| Notes to editors
N| 1. [Dorking and Leatherhead YOT|S] works with around 80 children a year.
"""),
    # 18. a 2025-26 public-protection inspection: no rating ("These inspections do not give ratings."), "Context" and
    #     "Findings" bullets, fieldwork in a bullet, "Published <date>" as the last line; a call to action in the quote
    ("lymington-pdu-2026", facts([
        svc("Lymington Probation Delivery Unit", "Lymington PDU", "PDU", None)], "2026-03-03", "2025-11", 5),
     """N| Public protection inspection: Lymington Probation Delivery Unit

N| [HM Inspectorate of Probation|A] has set out what it found when it looked at public protection work in [Lymington Probation Delivery Unit|S], which sits within the [South Central region of the Probation Service|S].
N| These inspections do not give ratings.

N| Context
N| • [Lymington PDU|S] supervises around 750 people across the west of Hampshire.
N| • Inspectors examined 30 cases, on site, in [November 2025|D].

N| Findings
S| • Practitioners had a good understanding of domestic abuse and made careful use of information from the police.
W| • In just over half of the cases, the risk to children had not been assessed properly.
W| • Home visits were rare, even where the risk of harm was high.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “I want to see home visits become a routine part of supervision in Lymington again.”
R| The report contains five recommendations for the PDU and the region.

N| Published [3 March 2026|D]
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
