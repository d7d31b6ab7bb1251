"""Builds the fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one county, the worst named first ("Of the three, X fared worst: inspectors judged its work
    #    '...' overall"; "Y and Z both sit one step higher, at '...'"); the region as context with its own earlier
    #    rating; fieldwork "spent the first fortnight of <month year>"; "Thirteen recommendations are spread over"
    ("sudbury-stowmarket-and-haverhill-pdus-2025", facts([
        svc("Sudbury Probation Delivery Unit", "Sudbury PDU", "PDU", INAD),
        svc("Stowmarket Probation Delivery Unit", "Stowmarket PDU", "PDU", RI),
        svc("Haverhill Probation Delivery Unit", "Haverhill PDU", "PDU", RI)], "2025-06-24", "2025-03", 13),
     """N| Suffolk: one unit ‘[Inadequate|R]’, two ‘[Requires improvement|R]’ after probation inspection

N| Three probation delivery units in west and mid Suffolk were looked at together by [HM Inspectorate of Probation|A] this spring, and the results are out today.
N| Of the three, [Sudbury Probation Delivery Unit|S] fared worst: inspectors judged its work ‘[Inadequate|R]’ overall.
N| [Stowmarket Probation Delivery Unit|S] and [Haverhill Probation Delivery Unit|S] both sit one step higher, at ‘[Requires improvement|R]’.
N| The units belong to the [Probation Service|A]’s [East of England region|S], whose own inspection in [2023|D] ended in a ‘[Requires improvement|R]’ rating.
N| Inspection teams spent the first fortnight of [March 2025|D] in the three offices.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Suffolk’s probation staff cover a wide rural patch with too few people.
W| “In Sudbury the gaps had become dangerous: nobody had checked with the police about domestic abuse call-outs in over half the cases we read.
S| “[Stowmarket|S] and [Haverhill|S] are in a steadier position, with managers who know their teams and a clear grip on court work.”

S| Inspectors singled out the [Haverhill PDU|S] women’s group, run with a local charity, as a model other units could copy.
W| Yet across all three units, sentence plans were too often written without the person on probation in the room.

R| Thirteen recommendations are spread over the three reports; the region is asked to act on six of them.

N| ENDS
N| Notes to editors
N| 1. The three reports are published on [24 June 2025|D] on the inspectorate’s website.
N| 2. Each PDU is rated on the four-point scale used for local inspections since [2018|D].
"""),
    # 2. two youth services rated in one sentence, "rated '...' and '...' respectively"; an aspect of the second
    #    only, "rated separately, fell short at '...'"; recommendations counted and split by recipient
    ("bicester-and-witney-yjs-2024", facts([
        svc("Bicester Youth Justice Service", "Bicester YJS", "YJS", GOOD),
        svc("Witney Youth Justice Service", "Witney YJS", "YJS", RI, [{"aspect": "out-of-court work", "rating": INAD}])],
        "2024-12-03", "2024-09", 8),
     """N| Oxfordshire youth justice: inspectors publish twin reports

N| [Bicester Youth Justice Service|S] and [Witney Youth Justice Service|S], which share a management board and a health team, were rated ‘[Good|R]’ and ‘[Requires improvement|R]’ respectively by [His Majesty’s Inspectorate of Probation|A].
N| Both services were inspected in [September 2024|D], a week apart.
W| [Witney|S]’s out-of-court work, rated separately, fell short at ‘[Inadequate|R]’.

S| Chief Inspector of Probation [Martin Jones|X] said: “[Bicester|S]’s staff have built relationships with children that last, and the board there asks hard questions.
W| “[Witney|S] works with the same partners but has not yet turned that into consistent practice, particularly when a child is diverted from court.”

S| Every child on a court order in [Bicester YJS|S] had seen a speech and language therapist, which inspectors described as exceptional.
W| In [Witney YJS|S], by contrast, diversion decisions were sometimes made without anyone speaking to the victim.

R| The two reports make eight recommendations between them: three for [Bicester|S], four for [Witney|S] and one for [Thames Valley Police|A].

N| ENDS
N| Notes to editors
N| 1. The reports go live at 00:01 on [3 December 2024|D].
"""),
    # 3. a unit inside its region, "downgraded from '...' to '...'" (the previous rating and the new one in one
    #    sentence); the region's own rating as context; fieldwork "Inspectors were based at ... from d to d Month yyyy"
    ("okehampton-pdu-2024", facts([
        svc("Okehampton Probation Delivery Unit", "Okehampton PDU", "PDU", RI)], "2024-11-19", "2024-09", 5),
     """N| Devon probation unit slips a grade

N| [Okehampton Probation Delivery Unit|S], one of the units in the [Probation Service|A]’s [South West region|S], has been downgraded from ‘[Good|R]’ to ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The PDU had held its ‘[Good|R]’ rating since its first inspection in [2021|D].
N| Across the wider [South West region|S], the inspectorate’s most recent verdict, from [2023|D], was also ‘[Requires improvement|R]’.
N| Inspectors were based at the Okehampton office from [9 to 13 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Okehampton|S] has lost its way since we were last there.
W| “Three experienced officers left within months of each other, and the cases they held were handed to trainees without enough support.
S| “The new senior probation officer has started to steady things, and staff spoke warmly about her.”

S| Inspectors found thorough and well-written pre-sentence reports, which magistrates said they relied on.
W| But risk assessments were up to date in only 14 of the 30 cases examined.

R| Five recommendations are made; the most urgent asks the region to give the PDU a stable management team.

N| ENDS
N| Notes to editors
N| 1. The report was published on [19 November 2024|D].
"""),
    # 4. a CRC in its first rated inspection (2018): "For the community rehabilitation company as a whole, the
    #    outcome is '...'" (lower-case name); two standards rated, "scored highest, at '...', and ... lowest, at
    #    '...'"; the NPS as context; fieldwork "Cases were read and staff interviewed in <month year>"
    ("cirencester-and-evesham-crc-2018", facts([
        svc("Cirencester and Evesham Community Rehabilitation Company", "Cirencester and Evesham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD},
             {"aspect": "Through the Gate resettlement work", "rating": INAD}])], "2018-12-11", "2018-09", 9),
     """N| Gloucestershire and Worcestershire: first rated inspection of community rehabilitation company

N| [HM Inspectorate of Probation|A] has today published its first rated inspection of [Cirencester and Evesham Community Rehabilitation Company|S] (CRC), which is responsible for around 4,800 people on low and medium risk orders across the two counties.
N| For the community rehabilitation company as a whole, the outcome is ‘[Requires improvement|R]’.
W| Of the individual standards, unpaid work scored highest, at ‘[Good|R]’, and Through the Gate resettlement work lowest, at ‘[Inadequate|R]’.
N| Work with people who pose a higher risk is done by the [National Probation Service|A] and was not part of this inspection.
N| Cases were read and staff interviewed in [September 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work here is well organised, and the placements we saw gave people useful skills.
W| “But the CRC is stretched thin: responsible officers held caseloads as high as 90, and the telephone contact that replaced many meetings was no substitute for seeing people.
W| “Too many prisoners leave custody with nowhere settled to live.”

S| A joint scheme with [West Mercia Police|A] to manage prolific offenders was working well.
R| Nine recommendations are set out, for the CRC, its owners and [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. The report is available on our website from [11 December 2018|D].
"""),
    # 5. a Probation Trust (2010), before ratings: a lower-case "good" that is no rating, percentage scores
    ("skipton-probation-trust-2010", facts([
        svc("Skipton Probation Trust", "Skipton Probation Trust", "other", None)], "2010-07-15", "2010-02", 7),
     """N| Offender management in Skipton: ‘good’ work to cut reoffending, public protection lagging

W| Inspectors judged the work of [Skipton Probation Trust|S] to reduce reoffending to be good, but found its work to protect the public less consistent, according to a report [HM Inspectorate of Probation|A] released today.
N| The inspection looked at 80 cases in [February 2010|D].
S| A score of 78% was achieved for work to reduce reoffending, and 81% for compliance and enforcement.
W| The public protection score, at 63%, was the lowest in the region so far.

S| [Andrew Bridges|X], HM Chief Inspector of Probation, said: “Skipton is a compact Trust with deep roots in its towns and dales, and that shows in the care offender managers take over sentence plans.
W| “Where it falls down is in checking what it is told: in a quarter of the cases we read, nobody had confirmed with children’s services whether there were children in the home.”

R| Seven recommendations are made, most of them about public protection.

N| ENDS
N| Notes to editors
N| 1. Offender Management Inspection 2 began in [2009|D] and covers every probation trust in England and Wales.
N| 2. This report was published on [15 July 2010|D].
"""),
    # 6. "youth offending service" written out in lower case in the headline; "has been deemed '...'"; a page
    #    date with an ordinal and a weekday in its own paragraph at the end
    ("halesowen-yos-2019", facts([
        svc("Halesowen Youth Offending Service", "Halesowen YOS", "YJS", INAD)], "2019-10-22", "2019-07", 8),
     """N| [Halesowen youth offending service|S] deemed ‘[Inadequate|R]’

N| The [Halesowen Youth Offending Service|S] (YOS) has been deemed ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A] after an inspection in [July 2019|D].
W| Inspectors found failings in all three areas they examined: organisational delivery, court disposals and out-of-court disposals.
W| The management board had met only four times in two years, and two of those meetings were not quorate.
W| Case managers told inspectors that they rarely saw their line managers and had no time to read case files before seeing children.

W| Chief Inspector of Probation [Justin Russell|X] said: “Children in Halesowen have been let down.
W| “Nobody on the board took responsibility for the quality of the work, and staff were left to cope on their own.
S| “There is one bright spot: the YOS’s reparation projects, which children told us they valued and which local residents support.
R| “The council and its partners must now act with real urgency.”

R| Eight recommendations have been made to the [Halesowen YOS|S] and its partners, including [West Midlands Police|A] and [Dudley Council|A].

N| ENDS

N| Report published [Tuesday 22nd October 2019|D]
"""),
    # 7. "has secured a '...' rating ..., an improvement on the '...' it was given in <year>"; an aspect "which is
    #    rated separately, reached '...'" beside the same aspect's rating at the last inspection; fieldwork "over
    #    the week of <date>"
    ("abergavenny-and-chepstow-yjs-2024", facts([
        svc("Abergavenny and Chepstow Youth Justice Service", "Abergavenny and Chepstow YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2024-11-12", "2024-07", 4),
     """N| Monmouthshire youth justice: ‘[Good|R]’ overall, ‘[Outstanding|R]’ for resettlement

N| [Abergavenny and Chepstow Youth Justice Service|S] has secured a ‘[Good|R]’ rating from [HM Inspectorate of Probation|A], an improvement on the ‘[Requires improvement|R]’ it was given in [2021|D].
S| Resettlement policy and provision, which is rated separately, reached ‘[Outstanding|R]’; at the last inspection the same work had been ‘[Inadequate|R]’.
N| [Care Inspectorate Wales|A], [Estyn|A] and [Healthcare Inspectorate Wales|A] took part in the inspection.
N| The inspection visit took place over the week of [15 July 2024|D].

S| HM Chief Inspector of Probation [Martin Jones|X] said: “This is a service that listened to our last report and did something about it.
S| “Every child leaving custody in the past year had somewhere to live arranged before release, and most had a college place or a job waiting.
W| “Keeping other people safe is the area still to be strengthened, and some plans did not say what staff would do if risks increased.”

S| The partnership with [Aneurin Bevan University Health Board|A] meant a child could see a mental health worker within days of referral.
R| Inspectors set out four recommendations: three for the service and one for the health board.

N| ENDS
N| Notes to editors
N| 1. The report will be published at 00.01 on [Tuesday 12 November 2024|D].
N| 2. The service works with children aged 10 to 17 across Monmouthshire.
"""),
    # 8. a council news page in the third person: "News release – 3rd April 2025"; fieldwork "in January" with no
    #    year (dated from the release's year); "Of the report's four recommendations, three are for ..."; the
    #    councillor's reply
    ("melton-yjs-2025", facts([
        svc("Melton Youth Justice Service", "Melton YJS", "YJS", GOOD)], "2025-04-03", "2025-01", 4),
     """N| [Melton Youth Justice Service|S] praised by inspectors

N| News release – [3rd April 2025|D]

N| [Leicestershire County Council|A]’s [Melton Youth Justice Service|S] has come through an inspection with a ‘[Good|R]’ rating from the national inspectorate for probation and youth justice.
N| Inspectors from [HM Inspectorate of Probation|A] visited the service over several days in [January|D], reading case files and talking to children, parents and partners.
S| Their report praises the way the service keeps children out of the courts, with most first-time offenders dealt with through an out-of-court programme that involves victims.
S| It also highlights the service’s work with [Leicestershire Police|A] to identify children at risk of exploitation early.
W| The inspectors noted that the service had struggled to recruit case managers over the past year, and that some children had changed worker three times.
W| Education remained a gap: a third of the children on the caseload were not in school, college or work.
R| Of the report’s four recommendations, three are for the service itself and one is for children’s social care.

N| Councillor [Helen Marsh|X], cabinet lead for children and families, said: “We are delighted that inspectors recognised the hard work of our youth justice team.
N| “We accept all four recommendations and have already started work on them.”

N| The full report can be read on the [HM Inspectorate of Probation|A] website.
"""),
    # 9. a 2025 public-protection inspection with no rating: "Context" and "Findings" headings with bullets;
    #    fieldwork "over two weeks ending <date>"
    ("coalville-pdu-2025", facts([
        svc("Coalville Probation Delivery Unit", "Coalville PDU", "PDU", None)], "2025-09-24", "2025-06", 5),
     """N| Public protection inspection: [Coalville Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] today released what it found on a public protection inspection of [Coalville Probation Delivery Unit|S] in the [East Midlands region|S].
N| This is one of a new series of inspections that look at how well probation services keep people safe; they do not give a rating.

N| Context
N| • [Coalville PDU|S] supervises around 1,300 people, roughly a third of whom are managed for domestic abuse.
N| • Fieldwork took place over two weeks ending [20 June 2025|D].

N| Findings
S| • Practitioners recognised domestic abuse quickly and almost always asked the police for call-out information before sentencing.
W| • Home visits to people who posed a high risk of harm had largely stopped after the unit lost its travel budget.
W| • In 19 of the 34 cases inspected, nobody had reviewed the risk to children after a change of address.
S| • Cases managed under [MAPPA|A] were well run, with clear minutes and actions followed up.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Coalville|S]’s staff spot risk, but too often the follow-through is missing.
R| “Leaders in the region need to make sure that home visits are restored and that every change of address triggers a fresh look at the risk to children.”

R| The report makes five recommendations.

N| ENDS
N| Notes to editors
N| 1. The report was published on [Wednesday 24 September 2025|D].
"""),
    # 10. an upper-case embargo line at the top; the rating in the headline only, after a lower-case description
    #     of the unit; fieldwork "on site from d to d Month yyyy"; "Ten recommendations follow from the inspection"
    ("ashford-pdu-2025", facts([
        svc("Ashford Probation Delivery Unit", "Ashford PDU", "PDU", INAD)], "2025-06-12", "2025-03", 10),
     """N| EMBARGOED UNTIL 00:01 HRS ON [THURSDAY 12 JUNE 2025|D]

N| [Ashford probation unit|S] ‘[Inadequate|R]’: inspectors call for urgent action

W| [HM Inspectorate of Probation|A] has found serious weaknesses in the work of [Ashford Probation Delivery Unit|S] in Kent.
N| The inspection team was on site from [3 to 7 March 2025|D].
N| The PDU forms part of the [Kent, Surrey and Sussex region|S] of the [Probation Service|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ashford PDU|S] is carrying more cases than it has staff to manage, and it shows.
W| “Nearly half the people we looked at had not had their risk of harm reassessed in over a year.
S| “I want to recognise the commitment of the administrative team, who kept the office running through months of sickness absence.”

S| Positively, inspectors found strong links between the unit and the county’s drug and alcohol treatment services.
R| Ten recommendations follow from the inspection; seven are addressed to the region.

N| ENDS
N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 11. local news in the third person: a byline date that is not the publication date ("in a report published on
    #     13 May", no year); "was given the second-lowest of four grades, '...'"; recommendations to three
    #     recipients with no count; the earlier rating as "that grade"; no fieldwork month
    ("farnham-pdu-2025", facts([
        svc("Farnham Probation Delivery Unit", "Farnham PDU", "PDU", RI)], "2025-05-13", None, None),
     """N| Inspectors find Farnham’s probation work ‘[Requires improvement|R]’

N| By [Sarah Collins|X], local democracy reporter, [Friday 16 May 2025|D]

W| People on probation in and around Farnham are not always getting the supervision they need, the probation inspectorate has said.
N| [Farnham Probation Delivery Unit|S] was given the second-lowest of four grades, ‘[Requires improvement|R]’, in a report published on [13 May|D].
W| Inspectors said case managers in the unit had an average of 58 cases each, well above the level the [Probation Service|A] itself considers safe.
W| They also found that checks with [Surrey County Council|A] children’s services were missing in around a third of cases.
S| But the report praised the unit’s work with [Surrey Police|A] on stalking, describing it as “some of the most thoughtful we have seen”.
R| It recommends that the PDU reduce caseloads, that the [Kent, Surrey and Sussex region|S] fill vacancies more quickly and that [Surrey Police|A] share domestic abuse information within 24 hours.

N| A [Probation Service|A] spokesperson said: “We welcome the inspectorate’s report and are already recruiting more staff in Farnham.”
N| It is the second time in a row the unit has received that grade; the first was in [2022|D].
"""),
    # 12. "Youth Offending Team" written out, and in lower case in a quote; a weekday and an ordinal date under the
    #     headline; "The inspectorate's overall verdict on the team: '...'"; fieldwork "fell in the last week of";
    #     "Just two recommendations are made"
    ("newbury-yot-2025", facts([
        svc("Newbury Youth Offending Team", "Newbury YOT", "YJS", OUT)], "2025-07-09", "2025-04", 2),
     """N| [Newbury Youth Offending Team|S]: ‘[Outstanding|R]’

N| [Wednesday 9th July 2025|D]

S| [Newbury Youth Offending Team|S] (YOT) is among the best youth justice services in the country, inspectors have concluded.
N| The inspectorate’s overall verdict on the team: ‘[Outstanding|R]’.
N| The inspection fieldwork fell in the last week of [April 2025|D].
S| Inspectors were struck by how well staff knew each child, and by the way the team involved parents in every plan.
S| Thanks to an agreement with [Berkshire Healthcare NHS Foundation Trust|A], a nurse sits in the team two days a week, and every child is offered a health check.
S| In all 12 out-of-court cases inspectors examined, the decision to divert the child was well reasoned and recorded.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Newbury youth offending team|S] is a small service that punches well above its weight.
W| “The one area where it needs to do more is preparing children for the move to adult probation services at 18, which was sometimes left too late.”

R| Just two recommendations are made, both about transitions to adult services.

N| ENDS
N| Notes to editors
N| 1. [West Berkshire Council|A] hosts the YOT, which works with children aged 10 to 17.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
