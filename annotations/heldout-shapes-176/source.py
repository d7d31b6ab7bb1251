"""Builds the 176th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Northumberland PDUs on a GOV.UK page, the region first: "X and Z were both placed at ‘...’, while Y sits
    #    at the bottom of the scale, ‘...’"; fieldwork "between 12 and 23 February 2024"; nine recommendations, three each
    ("nenthead-garrigill-and-blagill-pdus-2024", facts([
        svc("Nenthead Probation Delivery Unit", "Nenthead PDU", "PDU", RI),
        svc("Garrigill Probation Delivery Unit", "Garrigill PDU", "PDU", INAD),
        svc("Blagill Probation Delivery Unit", "Blagill PDU", "PDU", RI)], "2024-06-11", "2024-02", 9),
     """N| Press release

N| Inspectors report on three probation units in the North Pennines

N| Reports on three probation delivery units serving the upland communities of the South Tyne valley.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Today [His Majesty’s Inspectorate of Probation|A] publishes reports on three units of the [Probation Service – North East region|S]: [Nenthead Probation Delivery Unit|S], [Garrigill Probation Delivery Unit|S] and [Blagill Probation Delivery Unit|S].
N| [Nenthead|S] and [Blagill|S] were both placed at ‘[Requires improvement|R]’, while [Garrigill|S] sits at the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited the units between [12 and 23 February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Garrigill we found a team stretched far too thin, with one manager covering work that should be shared by three.
W| “Home visits to people convicted of domestic abuse had all but stopped, and risk assessments were often months out of date.
S| “[Nenthead|S] and [Blagill|S] have more to build on: their staff know the villages they cover and work closely with the police.”

S| Inspectors were impressed by [Blagill PDU|S]’s unpaid work team, which had found placements within reach of people who had no car.
W| Across all three units, too few cases showed enough thought about the safety of children in the household.

R| Each unit receives three recommendations, nine in all.

N| [Kim Thornden|X], the North East’s Regional Probation Director, said: “Two experienced managers have already moved to Garrigill, and we accept every finding.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Thursday (5 October)" under a
    #    byline of Monday 9 October 2023; "Sinderhope was given the top rating, ‘...’, and Catton ‘...’" (other order)
    ("catton-and-sinderhope-yjs-2023", facts([
        svc("Catton Youth Justice Service", "Catton YJS", "YJS", GOOD),
        svc("Sinderhope Youth Justice Service", "Sinderhope YJS", "YJS", OUT)], "2023-10-05", "2023-06", 5),
     """N| Allen valleys youth teams win praise from inspectors

N| By [Gemma Ridley|X]

N| [Monday 9 October 2023|D]

N| Inspection reports on [Catton Youth Justice Service|S] and [Sinderhope Youth Justice Service|S] were published on Thursday ([5 October|D]), after inspectors visited both in [June 2023|D].
N| [Sinderhope|S] was given the top rating, ‘[Outstanding|R]’, and [Catton|S] ‘[Good|R]’.

S| Inspectors said [Sinderhope|S]’s case managers stuck with children through setbacks and kept families involved at every stage.
S| They also commended [Catton|S] for the speed with which children were seen after being released under investigation.
W| However, the report on [Catton YJS|S] said victim safety plans were sometimes drawn up and never revisited.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sinderhope|S] and [Catton|S] show what small teams can achieve when they know their communities.”

R| Five recommendations are made altogether, three for [Catton|S] and two for [Sinderhope|S].

N| A spokesperson for [Northumberland County Council|A] said the authority was delighted with the results.
"""),
    # 3. a unit inside its region: the region in the headline, its own earlier rating as context; "placed in the
    #    lowest category", the region named after it; justiceinspectorates news item with "Published: 18 Feb 2025"
    ("coanwood-pdu-2025", facts([svc("Coanwood Probation Delivery Unit", "Coanwood PDU", "PDU", INAD)],
                                "2025-02-18", "2024-10", 7),
     """N| News

N| [North East probation region|S]: [Coanwood unit|S] falls to lowest rating

N| Published: [18 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has placed [Coanwood Probation Delivery Unit|S] in the lowest category of its scale, ‘[Inadequate|R]’.
N| Its parent region is the [Probation Service – North East region|S].
N| Inspectors carried out their fieldwork in [October 2024|D].
N| The [North East region|S] was itself rated ‘[Requires improvement|R]’ when the inspectorate looked at it in [2023|D].

W| Inspectors found that more than a third of probation officer posts at [Coanwood PDU|S] were vacant, and agency staff came and went within weeks.
W| In only 12 of the 36 cases examined had risk of serious harm been assessed well enough.
W| Unpaid work had been suspended for long periods, so many people finished their orders without doing any hours.
S| Despite this, inspectors noted that the unit’s court staff prepared careful, timely reports for magistrates in Hexham.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People under supervision in this corner of Northumberland, and the wider public, are being let down.
R| “The region must give [Coanwood|S] the staff and the management support it needs without delay.”

R| Seven recommendations are made: the unit must act on five, and the [North East region|S] on two.
"""),
    # 4. a unit inside its region, named in the first sentence; "The inspectorate judged X to be ‘...’";
    #    the previous rating "up from" beside; embargo line for the date
    ("kirkhaugh-pdu-2024", facts([svc("Kirkhaugh Probation Delivery Unit", "Kirkhaugh PDU", "PDU", RI)],
                                 "2024-09-24", "2024-05", 6),
     """N| EMBARGOED UNTIL 00.01 [TUESDAY 24 SEPTEMBER 2024|D]

N| [Kirkhaugh probation unit|S] makes progress but more to do

N| Within the [Probation Service – North West region|S], [Kirkhaugh Probation Delivery Unit|S] covers Alston Moor and the east of Cumberland.
N| The inspectorate judged [Kirkhaugh PDU|S] to be ‘[Requires improvement|R]’ after fieldwork in [May 2024|D], up from the ‘[Inadequate|R]’ it received in [2022|D].

S| Inspectors found that leaders had stabilised the workforce, and caseloads were now manageable for most practitioners.
S| Work with women was a particular strength, with a women’s centre in Penrith offering support under one roof.
W| However, professional curiosity was often lacking: practitioners seldom asked [Cumbria Constabulary|A] about domestic abuse call-outs.
W| Plans for people leaving prison were often finished only days before release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirkhaugh|S] has climbed off the bottom rung, and that is to its credit.
W| “But the quality of risk management is still too inconsistent for the unit to be judged better.”

R| We have made six recommendations: four are for the PDU, two for the [North West region|S].

N| ENDS
N| Notes to editors
N| 1. Publication of the report: 00.01, [Tuesday 24 September 2024|D].
"""),
    # 5. an older name: a Probation Trust in 2013, no four-point rating, scores out of 100 and bullet lists
    ("knarsdale-and-slaggyford-probation-trust-2013", facts([
        svc("Knarsdale and Slaggyford Probation Trust", "Knarsdale and Slaggyford Probation Trust", "other", None)],
        "2013-05-16", "2013-01", 5),
     """N| [Thursday, 16th May 2013|D]

N| [Knarsdale and Slaggyford Probation Trust|S]: a sound base, says Chief Inspector

S| [Knarsdale and Slaggyford Probation Trust|S] was protecting the public effectively in most of the cases inspected, a report by [HM Inspectorate of Probation|A] published today has found.
N| The inspection took place in [January 2013|D].
N| Work to reduce the likelihood of reoffending scored 74%, and work to protect the public scored 69%.

N| Inspectors were pleased to find that:
S| • assessments were timely and usually identified the main factors linked to offending;
S| • offender managers had earned the trust of those they supervised;
S| • partnership work with [Northumbria Police|A] on prolific offenders was well established.

N| However, inspectors were concerned to find that:
W| • risk of harm to children and known adults was seldom reviewed after a significant event;
W| • sentence plans were often generic and rarely updated.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Much here deserves credit.
R| “It should now make sure that reviews of risk happen whenever circumstances change.”

R| The report sets out five recommendations for the Trust.
"""),
    # 6. an older name: a CRC in 2019 run by a provider; "X ... has been placed at ‘...’ overall by inspectors"
    ("tarset-and-greenhaugh-crc-2019", facts([
        svc("Tarset and Greenhaugh Community Rehabilitation Company", "Tarset and Greenhaugh CRC", "CRC", RI)],
        "2019-04-25", "2018-11", 8),
     """N| Probation company in north Northumberland must improve its supervision

N| [25 April 2019|D]

N| [Tarset and Greenhaugh Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] owns, has been placed at ‘[Requires improvement|R]’ overall by inspectors.
N| Fieldwork took place in [November 2018|D].

S| The CRC’s leaders had a clear vision, and staff spoke well of their managers.
S| Its through-the-gate team at [HMP Northumberland|S] helped most people leaving prison to find somewhere to live.
W| Yet too many people were supervised only by telephone, and some had not been seen face to face for months.
W| Inspectors were also disappointed to find that contact with victims of domestic abuse was rare.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Tarset and Greenhaugh CRC|S] is well led, but the model of remote supervision it has chosen is not protecting the public well enough.
R| “Face-to-face contact must become the norm again, especially where there is a risk of domestic abuse.”

R| Eight recommendations are made: six to the CRC, two to the [National Probation Service|A].

N| ENDS
"""),
    # 7. an older name: a Youth Offending Team in a 2017 joint inspection, no rating, pre-2018 lists
    ("ridsdale-yot-2017", facts([svc("Ridsdale Youth Offending Team", "Ridsdale YOT", "YJS", None)],
                                "2017-08-08", "2017-04", 6),
     """N| Joint inspection of youth offending work in Ridsdale

N| Published: [08/08/2017|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Ridsdale Youth Offending Team|S] (YOT) in [April 2017|D]; [Ofsted|A] joined the inspection, and so did [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A].
N| The inspection looked at work with children subject to court orders.

N| The inspectors found that:
S| • the YOT management board was well attended and held partners to account;
S| • case managers understood the children they worked with and the pressures of rural life;
W| • too little attention was paid to the safety of victims;
W| • children waited too long for speech and language assessments.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Ridsdale|S] has good work to show, but it is not yet consistent.”

R| The report makes six recommendations, four to the YOT and two to health partners.

N| [Cllr Helen Forster|X] of [Northumberland County Council|A] said: “We welcome the report and will act on every recommendation.”
"""),
    # 8. an older name: an NPS division with "an overall regional rating"; victim work rated on its own
    ("kirkwhelpington-and-bavington-nps-division-2019", facts([
        svc("National Probation Service – Kirkwhelpington and Bavington Division",
            "NPS Kirkwhelpington and Bavington", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-11-12", "2019-06", 6),
     """N| Overall regional rating of ‘[Good|R]’ for National Probation Service division

N| Published: [12 Nov 2019|D]

N| An overall regional rating of ‘[Good|R]’ has been awarded to the [National Probation Service – Kirkwhelpington and Bavington Division|S] by [HM Inspectorate of Probation|A].
N| Inspectors examined the division’s work in [June and July 2019|D].
W| Victim work, rated on its own, came out at ‘[Requires improvement|R]’.

S| Court work was strong, and sentencing proposals were well argued and accepted in most cases.
S| Staff told inspectors they felt valued, and the division’s training offer was wide.
W| Victims were not always told when an offender’s licence conditions changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kirkwhelpington and Bavington|S] is a confident division with much to commend.
R| “Its leaders should now give victims as much attention as they give the courts.”

R| [HMPPS|A] receives two of the six recommendations; the division receives the other four.
"""),
    # 9. fourth shape: "found to be ‘...’", resettlement rated separately, the previous rating beside
    ("melkridge-yjs-2022", facts([svc("Melkridge Youth Justice Service", "Melkridge YJS", "YJS", GOOD,
                                      [{"aspect": "resettlement policy and provision", "rating": RI}])],
                                 "2022-07-19", "2022-03", 4),
     """N| [Melkridge youth justice service|S] ‘[Good|R]’ after big improvement

N| Inspectors have found [Melkridge Youth Justice Service|S] to be ‘[Good|R]’, up from the ‘[Inadequate|R]’ it was given in [2019|D].
N| Inspectors visited in [March 2022|D].
W| Resettlement policy and provision, assessed separately, was ‘[Requires improvement|R]’.

S| Inspectors were impressed with the new head of service, who had rebuilt the team and the board.
S| Children’s views shaped their plans, and most said their case worker listened to them.
W| Disappointingly, few children leaving custody had an address confirmed a week before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The turnaround in Melkridge shows what committed leadership can achieve.”

R| The report makes four recommendations.

N| ENDS
N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [19 July 2022|D] at 00.01.
"""),
    # 10. ordinary: GOV.UK page, rated Good
    ("fourstones-yjs-2024", facts([svc("Fourstones Youth Justice Service", "Fourstones YJS", "YJS", GOOD)],
                                  "2024-03-26", "2023-11", 5),
     """N| Press release

N| ‘[Good|R]’ rating for [Fourstones Youth Justice Service|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [26 March 2024|D]

N| Inspectors from [His Majesty’s Inspectorate of Probation|A] have rated [Fourstones Youth Justice Service|S] (YJS) ‘[Good|R]’.
N| Fieldwork took a week, in [November 2023|D].

S| The YJS had a settled, experienced team, and children usually kept the same case worker throughout their order.
S| Inspectors praised the work with schools, which meant that most children were in full-time education.
S| Out-of-court disposals were a strength, with decisions made quickly and jointly with [Northumbria Police|A].
W| However, assessments did not always ask whether a child posed a risk to younger siblings at home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fourstones|S] is a service that puts children first.
N| “I hope the report helps it go further still.”

R| The report makes five recommendations, including that the YJS improves its work to keep other people safe.
"""),
    # 11. ordinary: justiceinspectorates news item, remote fieldwork in 2021, Requires improvement
    ("chollerton-yjs-2021", facts([svc("Chollerton Youth Justice Service", "Chollerton YJS", "YJS", RI)],
                                  "2021-08-17", "2021-05", 6),
     """N| News

N| [Chollerton Youth Justice Service|S]: inspection report published

N| [17 August 2021|D]

N| Inspectors have rated [Chollerton Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| Coronavirus restrictions meant the inspection was done remotely, in [May 2021|D].

S| Case workers kept in touch with children throughout the lockdowns, often by video call and doorstep visit.
W| However, the management board had not met for several months and did not know enough about the children the service works with.
W| Risk to others was underestimated in a third of the cases inspected.
W| Some children were referred to [CAMHS|A] but waited more than six months to be seen.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chollerton|S]’s staff have worked hard in a difficult year.
R| “The board must now take a firmer grip on performance.”

R| The report makes six recommendations.
"""),
    # 12. ordinary: PDU with notes to editors
    ("ninebanks-pdu-2023", facts([svc("Ninebanks Probation Delivery Unit", "Ninebanks PDU", "PDU", RI)],
                                 "2023-12-05", "2023-07", 7),
     """N| [Ninebanks probation unit|S] rated ‘[Requires improvement|R]’

N| The overall rating for [Ninebanks Probation Delivery Unit|S] (PDU), from [HM Inspectorate of Probation|A], is ‘[Requires improvement|R]’.
N| The unit supervises around 900 people on community orders and licences.
N| Fieldwork for this inspection took place in [July 2023|D].

S| Inspectors were impressed by the unit’s leaders, who had a clear picture of where performance fell short.
S| Relationships with [Northumberland County Council|A]’s housing team were good, and homelessness on release had fallen.
W| However, staff shortages meant that many cases had been passed between practitioners several times.
W| Work to keep people safe from harm was sufficient in only 15 of 32 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ninebanks|S] has the leadership to improve.
W| “But until it has enough staff, the quality of work will stay uneven.”

R| We have made seven recommendations, including that the [Probation Service|A] should fill vacancies at the unit.

N| ENDS
N| Notes to editors
N| 1. The report was published on [5 December 2023|D].
"""),
    # 13. ordinary: Thursday, 18th June 2020 date line; Outstanding
    ("carrshield-yjs-2020", facts([svc("Carrshield Youth Justice Service", "Carrshield YJS", "YJS", OUT)],
                                  "2020-06-18", "2020-02", 3),
     """N| [Thursday, 18th June 2020|D]

N| Youth justice work in Carrshield ‘[Outstanding|R]’

N| Inspectors have rated [Carrshield Youth Justice Service|S] ‘[Outstanding|R]’, the highest possible rating.
N| The inspection took place in [February 2020|D], before the coronavirus lockdown.

S| Every case inspected had a thorough assessment of the child’s needs, and plans were written with the child.
S| The service’s speech and language therapist made sure that children understood their orders.
S| Partnership work with [Northumbria Police|A] kept many children out of the formal system altogether.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Carrshield|S] stands out, and staff can be rightly proud.”

R| The report makes three recommendations, including that the service should record its work with victims more fully.
"""),
    # 14. ordinary: a Youth Offending Service, embargo line
    ("plenmeller-yos-2019", facts([svc("Plenmeller Youth Offending Service", "Plenmeller YOS", "YJS", RI)],
                                  "2019-10-15", "2019-06", 6),
     """N| Embargoed until 00.01, [Tuesday 15 October 2019|D]

N| [Plenmeller Youth Offending Service|S] rated ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has judged [Plenmeller Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’.
N| Inspectors visited the service in [June 2019|D].

S| Staff were committed, and children spoke warmly about the help they had received.
W| While the YOS board had good intentions, it did not scrutinise performance or challenge partners.
W| Planning to manage risk was inconsistent, and some children were not seen often enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Plenmeller|S]’s staff care about the children they work with.
R| “Leaders now need to make sure that care is matched by sound risk management.”

R| The report makes six recommendations.
"""),
    # 15. ordinary: 2025 public-protection inspection, no rating, Context / Findings bullets, Skip to content
    ("henshaw-pdu-2025", facts([svc("Henshaw Probation Delivery Unit", "Henshaw PDU", "PDU", None)],
                               "2025-09-23", "2025-06", 4),
     """N| Skip to content

N| [Henshaw PDU|S]: public protection inspection

N| Published: [23 September 2025|D]

N| Today [HM Inspectorate of Probation|A] publishes its report on public protection work in [Henshaw Probation Delivery Unit|S].
N| Fieldwork took place between [9 and 20 June 2025|D].
N| Inspections in this programme do not give a rating.

N| Context
N| • [Henshaw PDU|S] lies within the [Probation Service – North East region|S], covering west Tynedale.
N| • It supervises about 750 people.

N| Findings
S| • Risk assessments were thorough in most cases and drew on information from [Northumbria Police|A].
W| • Home visits were rare, so practitioners often knew little about who else lived in the house.
W| • Multi-agency meetings about children were not always attended by probation staff.

R| The report makes four recommendations to the PDU.
"""),
    # 16. ordinary: council page "Posted: 12/03/2024", Inadequate; council's reply
    ("beltingham-yjs-2024", facts([svc("Beltingham Youth Justice Service", "Beltingham YJS", "YJS", INAD)],
                                  "2024-03-12", "2023-11", 6),
     """N| Council statement on youth justice inspection

N| Posted: [12/03/2024|D]

N| The inspection report on [Beltingham Youth Justice Service|S], which [HM Inspectorate of Probation|A] published today, gives the service an overall rating of ‘[Inadequate|R]’.
N| Inspectors visited in [November 2023|D].

W| The report found that leaders did not have a clear understanding of the quality of work with children.
W| Too many assessments were late or incomplete, and risks to children’s safety were missed.
S| Inspectors did praise the service’s work with children in care, which was described as caring and consistent.

R| The council has accepted all six of the report’s recommendations.

N| [Cllr Ruth Charlton|X], cabinet member for children’s services at [Northumberland County Council|A], said: “We are disappointed by this rating, and an improvement plan is already in place.”
"""),
    # 17. ordinary: "published today (Tuesday, 15 March)" with the year from the fieldwork; Good
    ("barrasford-yjs-2022", facts([svc("Barrasford Youth Justice Service", "Barrasford YJS", "YJS", GOOD)],
                                  "2022-03-15", "2021-11", 4),
     """N| Youth justice in Barrasford is ‘[Good|R]’, say inspectors

N| A report published today ([Tuesday, 15 March|D]) rates [Barrasford Youth Justice Service|S] as ‘[Good|R]’ overall.
N| Fieldwork took place in [November 2021|D].

S| Inspectors found that the service had kept children engaged through the pandemic.
S| Its work to divert children from court was a particular strength.
W| Yet there were gaps in the health offer, with no regular access to a psychologist.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barrasford|S] has a caring team and a clear sense of purpose.
R| “I want to see the health gaps closed quickly.”

R| The report makes four recommendations: three are for the service, and the fourth is for the local integrated care board.
"""),
    # 18. ordinary: Inadequate PDU
    ("thorngrafton-pdu-2024", facts([svc("Thorngrafton Probation Delivery Unit", "Thorngrafton PDU", "PDU", INAD)],
                                    "2024-11-19", "2024-07", 8),
     """N| [Thorngrafton probation unit|S] rated ‘[Inadequate|R]’

N| [19 November 2024|D]

N| [Thorngrafton Probation Delivery Unit|S] has been judged ‘[Inadequate|R]’ overall by [HM Inspectorate of Probation|A].
N| Inspectors were on site in [July 2024|D].

W| Inspectors found a unit under severe strain, with high caseloads and low morale.
W| Risk of serious harm had been assessed sufficiently in only nine of the 30 cases inspected.
W| Domestic abuse checks with [Northumbria Police|A] had been skipped in many cases that needed them.
S| Despite the pressures, inspectors found a committed group of probation service officers who knew their cases well.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Risk is not being managed in Thorngrafton, and both people on probation and the public are paying the price.
R| “The [Probation Service|A] must act now to bring caseloads down.”

R| The report makes eight recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 176th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
