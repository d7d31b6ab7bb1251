"""Builds the 160th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two East Riding PDUs on a GOV.UK page, the region named first: "X was judged ‘...’, while Y fared worse, at
    #    ‘...’"; fieldwork "between 13 and 24 May 2024"; ten recommendations
    ("sledmere-and-fridaythorpe-pdus-2024", facts([
        svc("Sledmere Probation Delivery Unit", "Sledmere PDU", "PDU", RI),
        svc("Fridaythorpe Probation Delivery Unit", "Fridaythorpe PDU", "PDU", INAD)], "2024-10-15", "2024-05", 10),
     """N| Press release

N| Two probation units in the East Riding inspected

N| Today’s reports cover two probation delivery units belonging to the [Probation Service – Yorkshire and the Humber region|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] visited [Sledmere Probation Delivery Unit|S] and [Fridaythorpe Probation Delivery Unit|S] between [13 and 24 May 2024|D].
N| [Sledmere|S] was judged ‘[Requires improvement|R]’, while [Fridaythorpe|S] fared worse, at ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sledmere|S]’s staff have held the unit together through a difficult year, and their knowledge of the people they supervise is impressive.
W| “At Fridaythorpe, by contrast, nearly half of probation officer posts were vacant and home visits had all but stopped.”

W| In both units, checks with children’s social care were made in only a minority of the cases that needed them.
S| Inspectors praised joint work between [Sledmere PDU|S] and [Humberside Police|A] on people convicted of domestic abuse.

R| Ten recommendations are made across the two reports, split evenly between the units.
"""),
    # 2. a single youth justice service on a justiceinspectorates news item: "has been rated ‘Good’"; fieldwork "in
    #    February 2023"; six recommendations, one for the police
    ("langtoft-yjs-2023", facts([
        svc("Langtoft Youth Justice Service", "Langtoft YJS", "YJS", GOOD)], "2023-06-20", "2023-02", 6),
     """N| News

N| Youth justice in Langtoft rated ‘[Good|R]’

N| Published: [20 Jun 2023|D]

N| [HM Inspectorate of Probation|A] has given [Langtoft Youth Justice Service|S] (YJS) a rating of ‘[Good|R]’.
N| Inspectors examined the service’s work in [February 2023|D].

S| They found a stable, well-led team whose case managers had won the trust of children and families alike.
S| Children were seen quickly after sentence, and plans were written with them rather than for them.
W| However, work to keep other people safe from harm was not always reviewed when a child’s circumstances changed.
W| Education provision for children excluded from school was patchy, with some receiving only a few hours a week.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Langtoft YJS|S] is a service that knows its children well, and the partnership board gives it real support.
R| “The service should now make sure that every plan is looked at again whenever risk goes up.”

R| Six recommendations follow, one of them for [Humberside Police|A] and five for the service.
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have found X to be ‘Inadequate’"; the region's
    #    own 2023 rating as context; "Mr Jones continued"; the notes give the day: "at 00.01 on 23 April 2024"
    ("aldbrough-pdu-2024", facts([
        svc("Aldbrough Probation Delivery Unit", "Aldbrough PDU", "PDU", INAD)], "2024-04-23", "2023-11", 7),
     """N| [Yorkshire and the Humber probation region|S]: unit on the coast found wanting

N| Inspectors have found [Aldbrough Probation Delivery Unit|S], part of the [Probation Service – Yorkshire and the Humber region|S], to be ‘[Inadequate|R]’.
N| The region itself was rated ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| Fieldwork for the unit’s inspection took place in [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aldbrough|S]’s leaders had lost sight of the basics, and too many people on licence were drifting without purposeful contact.
W| “We saw assessments copied forward from one sentence to the next with little fresh thought.”

W| Mr Jones continued: “Unfortunately, the unit could not show us that it knew which of its cases posed the greatest danger to children.”

S| Despite high caseloads, practitioners remained committed and spoke warmly about the support they gave one another.
W| Links with [East Riding of Yorkshire Council|A]’s housing team were weak, so people leaving prison often had nowhere settled to go.

R| Five of the seven recommendations go to the unit; the [Probation Service|A]’s regional leaders receive the other two.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website at 00.01 on [23 April 2024|D].
N| 2. [Aldbrough PDU|S] supervises around 700 people on the coast east of Hull.
"""),
    # 4. a youth service rated at the top, with resettlement "rated separately"; council page "Posted: 13/09/2022"
    ("brandesburton-yjs-2022", facts([
        svc("Brandesburton Youth Justice Service", "Brandesburton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-09-13", "2022-05", 4),
     """N| Youth justice service awarded top inspection grade

N| Posted: [13/09/2022|D]

N| [Brandesburton Youth Justice Service|S] has received the highest rating possible, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
S| Resettlement work, rated separately, was found to be ‘[Good|R]’.
N| The inspection took place in [May 2022|D].

S| Inspectors said that leaders had a clear vision and that the board held the service to account in a constructive way.
S| Every child had a named worker who stayed with them from arrest to the end of their order.
S| Health staff from the [NHS|A] worked inside the team, so speech, language and mental health needs were picked up quickly.
W| The report notes that out-of-court work was recorded less carefully than court orders.

R| The report makes four recommendations so that the service can go further still.

N| Councillor [Helen Marsh|X] said: “We are delighted for the team and grateful to everyone who took part in the inspection.”
"""),
    # 5. a Probation Trust in 2013, before ratings: scores in per cent; "Inspectors were pleased to find that:" lists;
    #    fieldwork "in January 2013"; eight recommendations
    ("thixendale-probation-trust-2013", facts([
        svc("Thixendale and Kilnwick Probation Trust", "Thixendale and Kilnwick Probation Trust", "other", None)],
        "2013-05-14", "2013-01", 8),
     """N| [Thixendale and Kilnwick Probation Trust|S] – inspection findings

N| [Tuesday 14 May 2013|D]

N| [HM Inspectorate of Probation|A] today published its report on the offender management work of [Thixendale and Kilnwick Probation Trust|S].
N| The inspection took place in [January 2013|D] and looked at 70 cases.

S| For cutting reoffending, the Trust achieved 79%.
W| Public protection work fared worse, scoring 64%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • staff had good relationships with local drug and alcohol services.

N| However, inspectors were concerned to find that:
W| • risk management plans were frequently left unreviewed;
W| • contact with victims was inconsistent.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders are well known to the staff of this Trust, and that is a real strength.
R| “Managers must now give more attention to the quality of risk management.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2018 run by a named provider: "was judged to be ‘Requires improvement’ overall"; unpaid work "given
    #    its own rating" ‘Good’; embargo line; fieldwork "in July 2018"
    ("flamborough-and-sewerby-crc-2018", facts([
        svc("Flamborough and Sewerby Community Rehabilitation Company", "Flamborough and Sewerby CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-27", "2018-07", 5),
     """N| Embargoed until 00.01 [Tuesday 27 November 2018|D]

N| Probation company on the Yorkshire coast must improve, say inspectors

N| [Flamborough and Sewerby Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], was judged to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, given its own rating, was ‘[Good|R]’.
N| Inspectors visited the CRC in [July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision by telephone alone has become the norm for too many people, and that will not change lives or keep anyone safe.
S| “Unpaid work, on the other hand, is well run and gives local communities something of value.”

W| Inspectors were disappointed to find that staff turnover was high and that new starters were given large caseloads too soon.
S| Work with the [National Probation Service|A] on cases moving between the two organisations was smooth.

R| Of five recommendations, four are addressed to the CRC and the remaining one to [HM Prison and Probation Service|A].

N| [Purple Futures|A] responded that it accepted the findings and that work on them was under way.
"""),
    # 7. a youth offending team written out, 2016, before ratings: joint inspection; "Posted: 04/10/2016"; fieldwork
    #    "in June 2016"; six recommendations
    ("skidby-yot-2016", facts([
        svc("Skidby Youth Offending Team", "Skidby YOT", "YJS", None)], "2016-10-04", "2016-06", 6),
     """N| Inspection of youth offending work in Skidby

N| Posted: [04/10/2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Skidby Youth Offending Team|S] (YOT), and its report, written with [Ofsted|A] and the [Care Quality Commission|A], is now published.
N| Inspectors visited the team in [June 2016|D].

N| The inspectors found that:
S| • the YOT had a strong, experienced management team;
S| • children were helped to return to school or college.

N| However, they were concerned that:
W| • the safety of victims received too little attention;
W| • health assessments were sometimes late.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Skidby|S] has much to be proud of.
R| “It now needs to make sure that the safety of others gets the same attention as the welfare of children.”

R| Six recommendations are made to the [Skidby YOT management board|A].

N| [East Riding of Yorkshire Council|A] said it welcomed the report and was drawing up an action plan.
"""),
    # 8. two youth justice services in a local-news story: report day in the text ("published on Tuesday (27 February)")
    #    under a byline of Thursday 29 February 2024; the ratings in the other order; nine recommendations
    ("bainton-and-kirkburn-yjs-2024", facts([
        svc("Bainton Youth Justice Service", "Bainton YJS", "YJS", RI),
        svc("Kirkburn Youth Justice Service", "Kirkburn YJS", "YJS", GOOD)], "2024-02-27", "2023-10", 9),
     """N| Mixed verdict for two Wolds youth justice teams

N| By [Sam Whitaker|X]

N| [Thursday 29 February 2024|D]

N| Reports on [Bainton Youth Justice Service|S] and [Kirkburn Youth Justice Service|S] were published on Tuesday ([27 February|D]), after inspectors visited in [October 2023|D].
N| [Kirkburn|S] earned ‘[Good|R]’, and [Bainton|S] was placed at ‘[Requires improvement|R]’.

S| The watchdog said [Kirkburn|S]’s staff were creative in finding ways to keep children engaged.
W| In Bainton, inspectors found that plans were often out of date and that managers did not check them.
W| Timely help from [CAMHS|A] for children in crisis was hard to obtain in both services.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirkburn|S] should be proud of what it has achieved for children.
R| “[Bainton|S] needs to get a firm grip on the quality of its planning.”

R| Nine recommendations are made in total, five for [Bainton|S] and four for [Kirkburn|S].
"""),
    # 9. a youth service "found to be ‘Requires improvement’"; fieldwork "carried out remotely in March 2021"; the
    #    publication day in the text "published today (Tuesday 6 July)" under a 2021 page
    ("millington-yjs-2021", facts([
        svc("Millington Youth Justice Service", "Millington YJS", "YJS", RI)], "2021-07-06", "2021-03", 6),
     """N| [Millington youth justice service|S]: more to do, say inspectors

N| In a report published today ([Tuesday 6 July|D]), [Millington Youth Justice Service|S] has been found to be ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [March 2021|D], during the pandemic.

S| Inspectors commended staff for keeping in touch with children throughout lockdown.
W| However, governance was weak: the board met every quarter, yet its meetings changed little.
W| In only 9 of the 20 cases did the assessment look properly at the child’s own safety and wellbeing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The dedication of staff is clear, but leaders have not given them the structure they need.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The inspection took place in [2021|D] under the Covid-19 arrangements.
"""),
    # 10. a 2025 public-protection inspection of a PDU: no rating; "Context" and "Findings" bullets; "Skip to content";
    #     fieldwork "7 to 18 July 2025"; three recommendations
    ("etton-pdu-2025", facts([
        svc("Etton Probation Delivery Unit", "Etton PDU", "PDU", None)], "2025-11-18", "2025-07", 3),
     """N| Skip to content

N| Public protection inspection: [Etton Probation Delivery Unit|S]

N| Published: [18 November 2025|D]

N| [HM Inspectorate of Probation|A] today releases its findings on how well [Etton Probation Delivery Unit|S] protects the public.
N| Inspections in this programme do not give a rating.

N| Context
N| • [Etton PDU|S] sits within the [Probation Service – Yorkshire and the Humber region|S].
N| • Fieldwork took place from [7 to 18 July 2025|D].

N| Findings
S| • Practitioners were tenacious in following up missed appointments.
W| • Home visits in domestic abuse cases were not always carried out.
W| • Information from [Humberside Police|A] was sometimes received too late to inform sentencing.

R| Three recommendations are made, all for the unit.
"""),
    # 11. a youth service improved from a previous ‘Inadequate’: "is now rated ‘Good’, up from the ‘Inadequate’ it
    #     received in 2021"; local news; fieldwork "in August 2024"
    ("garton-yjs-2024", facts([
        svc("Garton Youth Justice Service", "Garton YJS", "YJS", GOOD)], "2024-12-03", "2024-08", 5),
     """N| Turnaround for [Garton youth justice team|S]

N| By [Amy Fletcher|X]

N| [3 December 2024|D]

N| [Garton Youth Justice Service|S] is now rated ‘[Good|R]’, up from the ‘[Inadequate|R]’ it received in [2021|D], according to a report published today.
N| [HM Inspectorate of Probation|A] sent a team for a week in [August 2024|D].

S| The watchdog found a settled workforce and a management board that now asks hard questions.
S| Children said their workers listened to them and helped them keep out of trouble.
W| The report says that work with victims still needed further development.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff and partners can be rightly proud of this turnaround.”

R| Five recommendations are made to build on the progress.

N| [East Riding of Yorkshire Council|A]’s cabinet member for children said the council would keep supporting the team.
"""),
    # 12. a youth service "given the lowest possible rating" in 2019; fieldwork "between 12 and 16 November 2018"
    ("cranswick-yjs-2019", facts([
        svc("Cranswick Youth Justice Service", "Cranswick YJS", "YJS", INAD)], "2019-03-26", "2018-11", 7),
     """N| [Cranswick Youth Justice Service|S] given lowest rating

N| Published: [26 March 2019|D]

N| [HM Inspectorate of Probation|A] has given [Cranswick Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors were on site between [12 and 16 November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “These children are not kept safe enough, and leaders did not know it.
W| “Staff were unsure of their roles, and some children had not been seen for weeks.”

S| Inspectors did find some good work on reparation, with children helping to restore a local churchyard.
W| Partnership arrangements with [Humberside Police|A] and children’s social care were fragile.

R| Seven recommendations are set out; one asks the management board to review its own oversight without delay.
"""),
    # 13. a single PDU, the region in the notes: "inspectors have rated X ‘Requires improvement’"; fieldwork "in May
    #     2023"; notes give the day
    ("nunburnholme-pdu-2023", facts([
        svc("Nunburnholme Probation Delivery Unit", "Nunburnholme PDU", "PDU", RI)], "2023-10-10", "2023-05", 6),
     """N| [Nunburnholme probation unit|S]: ‘[Requires improvement|R]’

N| Inspectors have rated [Nunburnholme Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nunburnholme|S]’s leaders are visible and well liked, and they have a realistic plan.
W| “However, the quality of work to manage risk of harm was too variable, and some risks were missed entirely.”

S| Inspectors were impressed with the unit’s accommodation work, which helped many people find a settled home.
W| Caseloads were high, and agency workers held a third of the unit’s probation officer posts.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [10 October 2023|D] at 00.01.
N| 2. The [Probation Service – Yorkshire and the Humber region|S] runs [Nunburnholme PDU|S] alongside its other units.
"""),
    # 14. a youth service "Outstanding"; two recommendations; GOV.UK layout
    ("leconfield-yjs-2025", facts([
        svc("Leconfield Youth Justice Service", "Leconfield YJS", "YJS", OUT)], "2025-03-11", "2024-11", 2),
     """N| Press release

N| [Leconfield youth justice team|S] is ‘[Outstanding|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [11 March 2025|D]

N| Inspectors have awarded [Leconfield Youth Justice Service|S] ‘[Outstanding|R]’, the top mark on their scale.
N| The inspection took place in [November 2024|D].

S| Inspectors found that every child was given a tailored plan, and that plans were reviewed whenever things changed.
S| Diversion, which keeps children out of the courts where it safely can, stood out as excellent.
S| Leaders knew their strengths and weaknesses, and staff felt valued.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Leconfield|S] is a shining example of what youth justice can achieve.”

R| Only two recommendations are made, both aimed at sharing good practice.
"""),
    # 15. an NPS division in 2019: "receives an overall regional rating of ‘Good’"; victim work rated separately
    #     ‘Requires improvement’; fieldwork "in August and September 2019"
    ("bilton-nps-division-2019", facts([
        svc("National Probation Service – Bilton and Welton Division", "NPS Bilton and Welton", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-12-10", "2019-08", 6),
     """N| National Probation Service division rated ‘[Good|R]’

N| Published: [10 December 2019|D]

N| The [National Probation Service – Bilton and Welton Division|S] receives an overall regional rating of ‘[Good|R]’.
W| Victim work, which is rated separately, was found to be ‘[Requires improvement|R]’.
N| Fieldwork took place in [August and September 2019|D].

S| Court reports, inspectors found, were of a high standard and almost always on time.
W| However, contact with victims was sometimes delayed, and a few victims learned of an offender’s release only afterwards.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Bilton and Welton|S] has strong leadership and a committed workforce.
R| “It must now give victims the priority they deserve.”

R| The division and [HMPPS|A] share the six recommendations in the report.
"""),
    # 16. a youth service "assessed as ‘Requires improvement’"; resettlement rated separately ‘Inadequate’; fieldwork
    #     "in September 2022"
    ("bempton-yjs-2023", facts([
        svc("Bempton Youth Justice Service", "Bempton YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2023-01-24", "2022-09", 7),
     """N| [Bempton youth justice service|S] must improve

N| Published: [24 January 2023|D]

N| [HM Inspectorate of Probation|A] has assessed [Bempton Youth Justice Service|S] as ‘[Requires improvement|R]’.
W| Its resettlement work, inspected and rated separately, was ‘[Inadequate|R]’.
N| Inspectors visited the service in [September 2022|D].

W| Children leaving custody often had no address until the day of their release.
S| On the other hand, court work was strong, with thorough reports that magistrates trusted.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The resettlement of children is simply not good enough here.”

R| The report makes seven recommendations.
"""),
    # 17. a youth service in 2020 "rated ‘Good’"; date line "Thursday, 4th June 2020"; fieldwork "between 10 and 14
    #     February 2020"
    ("leven-yjs-2020", facts([
        svc("Leven Youth Justice Service", "Leven YJS", "YJS", GOOD)], "2020-06-04", "2020-02", 4),
     """N| [Thursday, 4th June 2020|D]

N| [Leven Youth Justice Service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] rates [Leven Youth Justice Service|S] ‘[Good|R]’ overall.
N| Inspectors visited between [10 and 14 February 2020|D].

S| Inspectors said that staff were dedicated and that partnerships with schools were strong.
W| Some out-of-court work lacked professional curiosity about the child’s home life.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Leven|S] has a lot to be proud of: its staff plainly care about the children they supervise.”

R| Four recommendations are made.
"""),
    # 18. a youth service on a council page, "Posted on 12/09/2023": "Inspectors judged the service to be ‘Good’";
    #     fieldwork "in April 2023"
    ("lund-yjs-2023", facts([
        svc("Lund Youth Justice Service", "Lund YJS", "YJS", GOOD)], "2023-09-12", "2023-04", 6),
     """N| [Lund Youth Justice Service|S] receives ‘[Good|R]’ rating

N| Posted on [12/09/2023|D]

N| [HM Inspectorate of Probation|A] judged [Lund Youth Justice Service|S] to be ‘[Good|R]’ in a report published today.
N| Inspectors spent a week with the service in [April 2023|D].

S| The report praises the service’s work with children in care.
W| It says that victim work was inconsistent and that some victims were not contacted.

N| A council spokesperson thanked staff and partners for their hard work.

R| Six recommendations are made.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 160th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
