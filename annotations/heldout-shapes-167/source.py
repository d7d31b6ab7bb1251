"""Builds the shapes held-out set 167 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one region on a GOV.UK page, the region named first; "came out at" / "was placed in the lowest band"
    ("strensall-and-wigginton-pdus-2024", facts([
        svc("Strensall Probation Delivery Unit", "Strensall PDU", "PDU", RI),
        svc("Wigginton Probation Delivery Unit", "Wigginton PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Two probation units north of York inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| New reports from [HM Inspectorate of Probation|A] look at two units in [Probation Service – Yorkshire and the Humber region|S]: [Strensall Probation Delivery Unit|S] and [Wigginton Probation Delivery Unit|S].
N| [Strensall|S] came out at ‘[Requires improvement|R]’, while [Wigginton|S] was placed in the lowest band, ‘[Inadequate|R]’.
N| Inspectors visited both units in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Wigginton, one practitioner in three had left in the past year, and the people who stayed were carrying far too many cases.
W| “Checks with the police on domestic abuse were missing in most of the cases we read.
S| “[Strensall|S] has a steadier team, and its managers know where the gaps are.”

S| Inspectors praised [Strensall PDU|S]’s links with [North Yorkshire Police|A] on managing people who pose a high risk.
W| In both units, plans to keep children safe were too often left unfinished.

R| Nine recommendations are made across the two reports, five for [Wigginton|S] and four for [Strensall|S].
"""),
    # 2. two youth justice services in a local-news story, byline later than the report day; the rating sentence in the
    #    other order; "handed ... its top grade"
    ("reighton-and-speeton-yjs-2023", facts([
        svc("Reighton Youth Justice Service", "Reighton YJS", "YJS", GOOD),
        svc("Speeton Youth Justice Service", "Speeton YJS", "YJS", OUT)], "2023-05-16", "2023-01", 6),
     """N| Coastal youth justice teams earn strong verdicts

N| By [Hannah Wardle|X]

N| [Friday 19 May 2023|D]

N| Inspectors’ reports on [Reighton Youth Justice Service|S] and [Speeton Youth Justice Service|S] were published on Tuesday ([16 May|D]), after visits in [January 2023|D].
N| The inspectorate handed [Speeton|S] its top grade, ‘[Outstanding|R]’, and judged [Reighton|S] to be ‘[Good|R]’.

S| Inspectors said [Speeton|S]’s case managers built trust with children and their families from the first meeting.
S| They also praised [Reighton|S] for getting children back into college or training within weeks.
W| But the report on [Reighton YJS|S] said that plans were not always updated when a child went missing from home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two teams who can be rightly proud, and [Speeton|S]’s attention to each child’s circumstances is exceptional.”

R| Six recommendations are made, four for [Reighton|S] and two for [Speeton|S].

N| A spokesperson for [North Yorkshire Council|A] said: “We thank the inspectors and our partners for their work.”
"""),
    # 3. a unit inside its region, region in the headline; "Inspectors have judged X to be ‘Inadequate’"; notes date
    ("poppleton-pdu-2024", facts([
        svc("Poppleton Probation Delivery Unit", "Poppleton PDU", "PDU", INAD)], "2024-03-26", "2023-11", 7),
     """N| [Yorkshire and the Humber probation region|S]: serious concerns about [Poppleton unit|S]

N| Inspectors have judged [Poppleton Probation Delivery Unit|S] to be ‘[Inadequate|R]’; the unit is one of several run by [Probation Service – Yorkshire and the Humber region|S].
N| The fieldwork took place in [November 2023|D], when inspectors read 44 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Poppleton|S] is a unit under severe strain.
W| “Managers were covering vacant posts themselves and had little time to check the quality of supervision.”

W| Mr Jones continued: “Too often, nobody had properly weighed up the danger someone presented to a current or former partner.”

S| Despite these pressures, inspectors found that the unit’s staff were dedicated and supported one another well.
W| Information from [City of York Council|A]’s children’s services arrived late or not at all.

R| The report makes seven recommendations, six of them for the unit, the seventh for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Report publication: [Tuesday 26 March 2024|D], 00.01.
"""),
    # 4. a unit inside its region with the region's own earlier rating as context; "assessed as"
    ("escrick-pdu-2025", facts([
        svc("Escrick Probation Delivery Unit", "Escrick PDU", "PDU", RI)], "2025-02-11", "2024-09", 4),
     """N| News

N| [Escrick probation unit|S] ‘[Requires improvement|R]’

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has assessed [Escrick Probation Delivery Unit|S] as ‘[Requires improvement|R]’ overall.
N| The [Yorkshire and the Humber region|S] as a whole was given ‘[Requires improvement|R]’ for the region after its own inspection in [2023|D].
N| Inspectors spent two weeks with the unit in [September 2024|D].

S| Inspectors were impressed with the unit’s work with courts: its pre-sentence reports were thorough and seldom delayed.
S| Encouragingly, most people under supervision said their officer took time to listen.
W| However, only 14 of the 36 cases inspected showed enough work to manage risk of harm.
W| Staff had not all completed training on safeguarding children.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders now need to make sure every case gets a proper check with the police and children’s services at the start.”

R| Four recommendations are made, all for the unit.
"""),
    # 5. a Probation Trust in 2011, no rating on the four-point scale, bullet lists
    ("wheldrake-and-riccall-probation-trust-2011", facts([
        svc("Wheldrake and Riccall Probation Trust", "Wheldrake and Riccall Probation Trust", "other", None)],
        "2011-06-09", "2011-02", 5),
     """N| Probation in Wheldrake and Riccall: sound work, some gaps

N| [Thursday, 9th June 2011|D]

S| [Wheldrake and Riccall Probation Trust|S] is doing sound work to protect the public, said [Liz Calderbank|X], HM Chief Inspector of Probation, publishing the report today ([Thursday, 9th June 2011|D]).
N| The inspection took place in [February 2011|D].
N| Inspectors assessed 70 cases; work to reduce the likelihood of reoffending scored 72%.

N| Inspectors were pleased to find that:
S| offender managers knew their cases well and saw people regularly;
S| the Trust worked closely with [North Yorkshire Police|A] on prolific offenders.

N| However, inspectors were concerned that:
W| assessments of risk of harm were often late;
W| work with victims was inconsistent.

R| The report makes five recommendations for improvement.
"""),
    # 6. a CRC in 2019 "an Interserve company"; "found to be"
    ("huby-and-tholthorpe-crc-2019", facts([
        svc("Huby and Tholthorpe Community Rehabilitation Company", "Huby and Tholthorpe CRC", "CRC", RI)],
        "2019-04-30", "2019-01", 7),
     """N| Probation company in the Vale of York told to improve

N| Published: [30 Apr 2019|D]

N| [Huby and Tholthorpe Community Rehabilitation Company|S] (CRC), an [Interserve|A] company, is ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] has found.
N| Fieldwork took place in [January 2019|D].

S| Inspectors found that unpaid work was well organised and that placements gave people useful skills.
W| However, too many cases were managed by telephone, with little face-to-face contact.
W| Through-the-gate services for people leaving [HMP Full Sutton|S] did little more than fill in forms.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has committed staff, but they are stretched and the quality of their work is uneven.”

R| The report makes seven recommendations, two of them for the [Ministry of Justice|A].
"""),
    # 7. a joint inspection of a Youth Offending Team in 2016: no overall rating; bullet lists
    ("ganton-yot-2016", facts([
        svc("Ganton Youth Offending Team", "Ganton YOT", "YJS", None)], "2016-09-21", "2016-06", 6),
     """N| Ganton youth offending work: mixed findings

N| Posted: [21/09/2016|D]

N| [Ofsted|A] and the [Care Quality Commission|A] joined [HM Inspectorate of Probation|A] to inspect [Ganton Youth Offending Team|S] (YOT) in [June 2016|D].
N| The report was published on [21 September 2016|D].

N| Inspectors were pleased to find that:
S| board meetings were well attended and partners were challenged when they fell short;
S| children trusted their case managers and kept appointments.

N| However, inspectors were concerned to find that:
W| assessments of risk to others were not always thorough;
W| health services for children were patchy.

R| Six recommendations are made; one asks the board to audit risk work every quarter.
"""),
    # 8. a Youth Offending Service in 2019; "considers ... merits ‘Good’"
    ("folkton-yos-2019", facts([
        svc("Folkton Youth Offending Service", "Folkton YOS", "YJS", GOOD)], "2019-11-26", "2019-08", 4),
     """N| ‘[Good|R]’ verdict for [Folkton youth offending service|S]

N| Embargoed until 00.01, [Tuesday 26 November 2019|D]

N| [HM Inspectorate of Probation|A] considers that the work of [Folkton Youth Offending Service|S] (YOS) merits ‘[Good|R]’.
N| Inspectors visited in [August 2019|D].

S| Inspectors found case managers who were tenacious in keeping children engaged.
S| Partnerships with schools and with [North Yorkshire Police|A] were strong.
W| Out-of-court disposals were less well handled: assessments were brief and plans often vague.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Folkton YOS|S] has much to be proud of.
R| “The board should now give out-of-court work the same attention as court orders.”

R| We have made four recommendations.
"""),
    # 9. an NPS division, "an overall regional rating"
    ("naburn-and-acaster-nps-division-2019", facts([
        svc("National Probation Service – Naburn and Acaster Division", "NPS Naburn and Acaster", "region", RI)],
        "2019-07-17", "2019-03", 8),
     """N| Probation division south of York needs to improve

N| Published: [17 Jul 2019|D]

N| The [National Probation Service – Naburn and Acaster Division|S] receives an overall regional rating of ‘[Requires improvement|R]’, the second lowest on the scale.
N| Inspectors carried out the fieldwork in [March 2019|D].

S| Its advice to courts was of a high standard.
W| Workloads were too high, and a third of probation officer posts were vacant.
W| Victim work was variable across the division.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Naburn and Acaster|S] is doing its best in difficult circumstances, but the quality of supervision is not yet where it needs to be.”

R| Eight recommendations follow; most fall to the division, and some to [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 10. a youth service rated ‘Outstanding’ with resettlement rated separately
    ("helperby-yjs-2022", facts([
        svc("Helperby Youth Justice Service", "Helperby YJS", "YJS", OUT, [{"aspect": "resettlement", "rating": GOOD}])],
        "2022-08-23", "2022-04", 3),
     """N| Helperby youth justice work is ‘[Outstanding|R]’

N| Published [23 August 2022|D]

N| Inspectors have given [Helperby Youth Justice Service|S] the highest possible rating, ‘[Outstanding|R]’.
S| Resettlement work, which inspectors rated separately, was ‘[Good|R]’.
N| The inspection took place in [April 2022|D].

S| Inspectors found a service where every child had a worker who knew them well.
S| Leaders made sure that children’s views shaped how the service was run.
W| Work to plan for children leaving custody was sometimes started too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Helperby|S]’s staff should be very proud of this result.”

R| The report makes three recommendations.
"""),
    # 11. a youth service up from its previous ‘Inadequate’; "assessed to be"; council page date
    ("raskelf-yjs-2023", facts([
        svc("Raskelf Youth Justice Service", "Raskelf YJS", "YJS", RI)], "2023-02-14", "2022-10", 6),
     """N| Youth justice service shows progress

N| Posted on [14/02/2023|D]

N| [Raskelf Youth Justice Service|S] has been assessed to be ‘[Requires improvement|R]’, which lifts it clear of the ‘[Inadequate|R]’ handed down in [2020|D].
N| The report was published on [14 February 2023|D] after fieldwork in [October 2022|D].

S| Inspectors found that leaders had acted quickly on the previous report.
W| However, work to keep children safe was still inconsistent.
W| In only 9 of 20 cases was there enough planning to manage risk to others.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Raskelf|S] has come a long way, but it has more to do.”

R| Inspectors set out six recommendations: five for the service, one for its board.

N| A council spokesperson said: “We accept the recommendations in full.”
"""),
    # 12. a youth service "found to be ‘Good’"
    ("gristhorpe-yjs-2024", facts([
        svc("Gristhorpe Youth Justice Service", "Gristhorpe YJS", "YJS", GOOD)], "2024-12-03", "2024-07", 4),
     """N| Press release

N| [Gristhorpe youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| [HM Inspectorate of Probation|A] inspected [Gristhorpe Youth Justice Service|S] in [July 2024|D] and found it to be ‘[Good|R]’.

S| Assessments impressed inspectors: they took full account of what children had lived through.
S| Partnership work with [CAMHS|A] meant children saw a therapist quickly.
W| Some plans did not say enough about keeping victims safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Gristhorpe are well served by a committed team.
R| “The service should now make sure that victims’ needs are built into every plan.”

R| We make four recommendations.
"""),
    # 13. a youth service "given the lowest possible rating"
    ("lebberston-yjs-2021", facts([
        svc("Lebberston Youth Justice Service", "Lebberston YJS", "YJS", INAD)], "2021-10-12", "2021-06", 7),
     """N| Inspectors find serious failings at [Lebberston youth justice service|S]

N| [Lebberston Youth Justice Service|S] is ‘[Inadequate|R]’, the lowest possible rating, say inspectors from [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [June 2021|D].

W| Inspectors found that the management board rarely met and did not hold partners to account.
W| Many children were not seen often enough, and some had gone weeks without contact.
S| Despite this, case managers were caring and worked hard for the children they saw.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this area deserve much better.”
R| “The council and its partners must act at once so that children are safer.”

R| The report makes seven recommendations.

N| Notes to editors
N| 1. The report was published on [12 October 2021|D].
"""),
    # 14. a PDU in the 2025 public-protection programme: no rating, Context / Findings bullets
    ("wykeham-pdu-2025", facts([
        svc("Wykeham Probation Delivery Unit", "Wykeham PDU", "PDU", None)], "2025-09-09", "2025-05", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection of a North Yorkshire probation unit

N| On [9 September 2025|D], [HM Inspectorate of Probation|A] released its report on public protection work at [Wykeham Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [May 2025|D].

N| Context
N| The unit covers towns and villages inland from the North Yorkshire coast.

N| Findings
S| Practitioners knew their cases and spoke to people on probation with respect.
W| Home visits were rare, even where there were concerns about children in the household.
W| Information from the police was not always requested.

R| Five recommendations are made to the unit.
"""),
    # 15. a youth service on a council page, "judged to require improvement" with the rating in quotes
    ("copmanthorpe-yjs-2024", facts([
        svc("Copmanthorpe Youth Justice Service", "Copmanthorpe YJS", "YJS", RI)], "2024-11-05", "2024-07", 6),
     """N| Council responds to youth justice inspection

N| Posted on [05/11/2024|D]

N| Inspectors have judged [Copmanthorpe Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| The inspection took place between [8 and 12 July 2024|D].

S| The watchdog found that staff had strong relationships with children.
W| It also found that risk plans were often copied forward without being reviewed.
W| There were gaps in the education offer for older children.

N| Councillor [Joe Redfern|X] said: “We will work with our partners to address each point in the report.”

R| The report makes six recommendations.
"""),
    # 16. a youth service, fieldwork carried out remotely, "Overall, inspectors rated"
    ("osbaldwick-yjs-2021", facts([
        svc("Osbaldwick Youth Justice Service", "Osbaldwick YJS", "YJS", GOOD)], "2021-08-03", "2021-04", 2),
     """N| [Osbaldwick youth justice service|S] rated ‘[Good|R]’

N| [Tuesday, 3rd August 2021|D]

N| Overall, inspectors rated [Osbaldwick Youth Justice Service|S] as ‘[Good|R]’ in its report, out today ([Tuesday, 3rd August 2021|D]).
N| The inspection was carried out remotely in [April 2021|D].

S| Inspectors praised the service for its work on diversion.
S| Leaders had a clear vision and staff felt well supported.
W| Work on victim safety was not always sufficient.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a creditable result.”

R| The report makes two recommendations.
"""),
    # 17. a youth service with an embargo line
    ("stillington-yjs-2024", facts([
        svc("Stillington Youth Justice Service", "Stillington YJS", "YJS", RI)], "2024-06-18", "2024-02", 6),
     """N| [Stillington youth justice service|S] must improve

N| Embargoed until 00.01, [Tuesday 18 June 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Stillington Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2024|D].

S| Inspectors were impressed with the service’s work with families.
W| However, out-of-court disposal work was weak.
W| Disappointingly, management oversight of cases was inconsistent.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are real strengths here, but the service has not yet got the basics right for every child.”

R| The report makes six recommendations.
"""),
    # 18. a PDU "Inadequate"
    ("elvington-pdu-2023", facts([
        svc("Elvington Probation Delivery Unit", "Elvington PDU", "PDU", INAD)], "2023-09-19", "2023-05", 6),
     """N| [Elvington probation unit|S] rated ‘[Inadequate|R]’

N| Published [19 September 2023|D]

N| [Elvington Probation Delivery Unit|S] has received an overall rating of ‘[Inadequate|R]’.
N| Inspectors visited the unit in [May 2023|D].

W| Inspectors found a unit where staff shortages had led to high caseloads and low morale.
W| Assessments of risk were not good enough in most cases.
S| Positively, the unit’s work with local employers had helped people into jobs.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Elvington|S] is a unit in difficulty.”

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the shapes held-out set 167")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
