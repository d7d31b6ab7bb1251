"""Builds the shapes held-out set 191 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the East of England region on a GOV.UK page: "Hoxne was given ‘...’ and Fressingfield ‘...’";
    #    fieldwork "between 3 and 14 June 2024"; "11 recommendations, six for Hoxne and five for Fressingfield"
    ("hoxne-and-fressingfield-pdus-2024", facts([
        svc("Hoxne Probation Delivery Unit", "Hoxne PDU", "PDU", RI),
        svc("Fressingfield Probation Delivery Unit", "Fressingfield PDU", "PDU", INAD)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Two probation units on the Suffolk border inspected

N| Reports on two probation delivery units in the East of England are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its reports on [Hoxne Probation Delivery Unit|S] and [Fressingfield Probation Delivery Unit|S], two of the units that make up the [Probation Service – East of England region|S].
N| [Hoxne|S] was given ‘[Requires improvement|R]’ and [Fressingfield|S] ‘[Inadequate|R]’.
N| The two inspections ran side by side between [3 and 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Hoxne we met a stable team whose managers check the quality of the work every month.
W| “The picture in Fressingfield was very different: half of the probation officer posts were empty and cases were moved from one officer to the next with little handover.”

S| Inspectors noted that [Hoxne|S]’s practitioners visited people at home when there were worries about children in the household.
W| In both units, plans to manage the risk someone posed to a former partner were often out of date.
W| Fewer than a third of the people who needed an accredited programme in [Fressingfield PDU|S] had started one.

R| The reports make 11 recommendations, six for [Hoxne|S] and five for [Fressingfield|S].
"""),
    # 2. two youth justice services in a local-news story, the report day "on Tuesday (6 June)" under a byline of
    #    Thursday 8 June 2023; "Shropham came out on top with ‘...’, while East Harling was awarded ‘...’" (other order)
    ("east-harling-and-shropham-yjs-2023", facts([
        svc("East Harling Youth Justice Service", "East Harling YJS", "YJS", GOOD),
        svc("Shropham Youth Justice Service", "Shropham YJS", "YJS", OUT)], "2023-06-06", "2023-02", 6),
     """N| Watchdog praises two Breckland youth justice teams

N| By [Helen Askew|X]

N| [Thursday 8 June 2023|D]

N| Inspection reports on [East Harling Youth Justice Service|S] and [Shropham Youth Justice Service|S] came out on Tuesday ([6 June|D]), following visits by inspectors in [February 2023|D].
N| [Shropham|S] came out on top with ‘[Outstanding|R]’, while [East Harling|S] was awarded ‘[Good|R]’.

S| Inspectors said [Shropham|S]’s workers earned children’s trust and often stayed in contact after an order had finished.
S| They also commended [East Harling|S] for getting children quick access to mental health support.
W| The report on [East Harling YJS|S] said, however, that victims’ wishes were not consistently sought before restorative work began.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small teams are doing excellent work in rural communities where help can be hard to reach.”

R| Six recommendations were made, four to [East Harling|S] and two to [Shropham|S].

N| A spokesperson for [Norfolk County Council|A] said: “Our staff have worked incredibly hard and it is good to see that reflected in the reports.”
"""),
    # 3. three PDUs of one region on a justiceinspectorates news item; "Published: 18 Feb 2025"; "Scole and Dickleburgh sit at ‘...’; Pulham Market has been placed at
    #    ‘...’"; fieldwork "in October 2024"; "nine recommendations, three to each unit"
    ("scole-dickleburgh-and-pulham-market-pdus-2025", facts([
        svc("Scole Probation Delivery Unit", "Scole PDU", "PDU", RI),
        svc("Dickleburgh Probation Delivery Unit", "Dickleburgh PDU", "PDU", RI),
        svc("Pulham Market Probation Delivery Unit", "Pulham Market PDU", "PDU", GOOD)], "2025-02-18", "2024-10", 9),
     """N| News

N| Three south Norfolk probation units inspected

N| Published: [18 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today releases reports on three units in the [East of England probation region|S]: [Scole Probation Delivery Unit|S], [Dickleburgh Probation Delivery Unit|S] and [Pulham Market Probation Delivery Unit|S].
N| [Scole|S] and [Dickleburgh|S] sit at ‘[Requires improvement|R]’; [Pulham Market|S] has been placed one grade higher, at ‘[Good|R]’.
N| The inspections took place in [October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pulham Market|S] shows what a rural unit can achieve when its staff are properly supported and its caseloads are kept manageable.
W| “In Scole and Dickleburgh, too many officers were new to the role and were left to learn on the job.”

S| Joint work with [Norfolk Constabulary|A] on the highest-risk cases was strong across all three units.
W| Checks with children’s social care were missing in almost half the cases inspected in Dickleburgh.

R| Nine recommendations are made, three to each unit.
"""),
    # 4. a unit inside its region, the region in the headline; "Inspectors have judged Weeting ... to be ‘...’"; the
    #    region's own rating as context; the previous rating beside; "Publication: 00.01 on Tuesday 23 April 2024" in notes
    ("weeting-pdu-2024", facts([
        svc("Weeting Probation Delivery Unit", "Weeting PDU", "PDU", INAD)], "2024-04-23", "2023-12", 7),
     """N| [East of England probation region|S]: [Weeting unit|S] falls to lowest rating

N| [Weeting Probation Delivery Unit|S], run by the [Probation Service – East of England region|S], has been judged ‘[Inadequate|R]’ by inspectors.
N| At its previous inspection, in [2021|D], the unit had been given ‘[Requires improvement|R]’.
N| The region itself had been given ‘[Requires improvement|R]’ after its own inspection in [2022|D].
N| Inspectors spent two weeks at the unit in [December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Weeting|S] has gone backwards since we were last there.
W| “Staff were doing their best, but with so many vacancies they could offer little more than a phone call to many of the people they supervised.”

W| Mr Jones continued: “Signs of domestic abuse were often missed or left without follow-up.”

S| Inspectors did find that the unit’s court team gave magistrates clear and timely advice.
W| Links with [Suffolk Constabulary|A] and [Norfolk Constabulary|A] were patchy, and police checks were not always requested.

R| The report makes seven recommendations, five to the unit and two to the region.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01 on [Tuesday 23 April 2024|D].
N| 2. [Weeting PDU|S] supervises around 500 people on both sides of the Norfolk–Suffolk border.
"""),
    # 5. a Probation Trust in 2013, before ratings: bullet lists; "Tuesday, 21st May 2013" above "published today";
    #    fieldwork "in February 2013"; eight recommendations
    ("palgrave-and-wortham-probation-trust-2013", facts([
        svc("Palgrave and Wortham Probation Trust", "Palgrave and Wortham Probation Trust", "other", None)],
        "2013-05-21", "2013-02", 8),
     """N| [Palgrave and Wortham Probation Trust|S] – inspection findings

N| [Tuesday, 21st May 2013|D]

S| [Palgrave and Wortham Probation Trust|S] is doing much to reduce reoffending, according to findings published today by [HM Inspectorate of Probation|A].
N| The inspection, which took place in [February 2013|D], looked at 55 cases.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • the Trust worked closely with [Suffolk County Council|A] on housing and employment.

N| However, inspectors were concerned to find that:
W| • work to protect victims was not given enough priority;
W| • some risk assessments were completed too late to guide the work.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “We found committed staff at this Trust who know their cases well.
R| “Its leaders must now treat public protection with the same seriousness they already bring to reducing reoffending.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2018 owned by a named provider: "have placed Gislingham Community Rehabilitation Company ... at ‘...’
    #    overall"; unpaid work "rated on its own"; embargo line; fieldwork "in July 2018"
    ("gislingham-crc-2018", facts([
        svc("Gislingham Community Rehabilitation Company", "Gislingham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-06", "2018-07", 5),
     """N| Embargoed until 00.01 [Tuesday 6 November 2018|D]

N| Inspectors find mixed picture at Suffolk probation company

N| [Her Majesty’s Inspectorate of Probation|A] have placed [Gislingham Community Rehabilitation Company|S] (CRC), which is owned by [Sodexo Justice Services|A], at ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated on its own, reached ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Here, unpaid work is well organised, and people finish their hours on time.
W| “But contact for many of those the CRC supervises is by telephone alone, and some have gone months without a face-to-face meeting.”

W| Inspectors found that the CRC’s assessments often left out what was known about domestic abuse.
W| Relations with the [National Probation Service|A] were strained, and information was not always shared when cases moved between them.

R| Five recommendations are made; [HM Prison and Probation Service|A] must act on two of them, the CRC and its owner, [Sodexo Justice Services|A], on the other three.

N| A [Sodexo Justice Services|A] spokesperson said: “We think the report is fair, and work has started on every recommendation.”
"""),
    # 7. a youth offending team written out, 2016, council page, before ratings; "Posted: 13/09/2016"; fieldwork
    #    "in June 2016"; four recommendations; joint inspection
    ("bressingham-yot-2016", facts([
        svc("Bressingham Youth Offending Team", "Bressingham YOT", "YJS", None)], "2016-09-13", "2016-06", 4),
     """N| Inspection of youth offending work in Bressingham

N| Posted: [13/09/2016|D]

N| Findings from the joint inspection of [Bressingham Youth Offending Team|S] (YOT) are out today; inspectors from [Ofsted|A] and the [Care Quality Commission|A] took part, and [HM Inspectorate of Probation|A] was in charge.
N| Inspectors spent a week with the YOT in [June 2016|D] and read the files of 30 children.

N| Inspectors were pleased that:
S| • children were seen quickly after being sentenced;
S| • the [Bressingham YOT|S] had strong links with local schools.

N| They were concerned that:
W| • safety plans were seldom revisited after a child’s situation changed;
W| • board members had little sense of how good the frontline work really was.

R| The report makes four recommendations to the YOT and its partners.

N| Councillor [Mark Ellery|X], [South Norfolk Council|A], said: “We will draw up an action plan to address each recommendation.”
"""),
    # 8. a youth offending service in 2020: overall "The inspectorate considers Snetterton ... to be ‘...’", previous
    #    rating beside ("up from ‘...’ in 2017"); resettlement "assessed separately" ‘...’; fieldwork "carried out
    #    remotely in September 2020"; report day in notes
    ("snetterton-yos-2020", facts([
        svc("Snetterton Youth Offending Service", "Snetterton YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2020-12-01", "2020-09", 5),
     """N| Snetterton youth offending work judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] considers [Snetterton Youth Offending Service|S] (YOS) to be ‘[Good|R]’, a step up from the ‘[Requires improvement|R]’ it received in [2017|D].
W| Resettlement, which was assessed separately, was given ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [September 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Snetterton|S] has made real progress, and its staff clearly put children first.
W| “Planning for children leaving custody, though, still started too late, and some went home without a place in education.”

S| The YOS had kept in contact with every child during the lockdown, using video calls and doorstep visits.
S| Its work with [Norfolk Constabulary|A] on out-of-court disposals was described as thoughtful and consistent.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [1 December 2020|D] on the inspectorate’s website.
"""),
    # 9. ordinary YJS release, GOV.UK page, "has received an overall rating of ‘Good’"
    ("hockwold-yjs-2022", facts([
        svc("Hockwold Youth Justice Service", "Hockwold YJS", "YJS", GOOD)], "2022-08-17", "2022-04", 4),
     """N| Press release

N| Hockwold youth justice work rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [17 August 2022|D]

N| [Hockwold Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [April 2022|D].

S| Inspectors were impressed by how hard the service worked to keep children in school, college or training.
S| Case managers knew the children well and planned their work with them carefully.
W| However, the service did not always consider the safety of other people, including siblings, when planning.
W| Too few children had been seen by a speech and language therapist.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hockwold|S] is a caring service, and its staff can take real credit for that.”

R| Four recommendations are made; one asks the management board to make better use of local data.
"""),
    # 10. ordinary PDU, justiceinspectorates news, "rated ‘Requires improvement’", fieldwork "10 - 21 July 2023"
    ("ashill-pdu-2023", facts([
        svc("Ashill Probation Delivery Unit", "Ashill PDU", "PDU", RI)], "2023-10-10", "2023-07", 6),
     """N| News

N| [Ashill probation unit|S] rated ‘[Requires improvement|R]’

N| Published: [10 Oct 2023|D]

N| [Ashill Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ following an inspection by [HM Inspectorate of Probation|A].
N| Inspectors were on site from [10 - 21 July 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders in Ashill have a clear vision and are open about the challenges they face.
W| “However, the quality of work to keep people safe was not yet good enough, and in only 14 of the 38 cases we inspected had risk been reviewed properly.”

S| Women on probation were seen at a community hub that inspectors singled out for praise.
W| Staffing remained a problem, with several experienced officers having left in the previous year.
W| Disappointingly, officers did not routinely ask [Norfolk Constabulary|A] about domestic abuse call-outs when an order began.

R| The report makes six recommendations, of which [HM Prison and Probation Service|A] receives one and the PDU the rest.
"""),
    # 11. ordinary YJS, Outstanding, local council page, "Posted on 25/06/2024"
    ("carbrooke-yjs-2024", facts([
        svc("Carbrooke Youth Justice Service", "Carbrooke YJS", "YJS", OUT)], "2024-06-25", "2024-02", 2),
     """N| [Carbrooke Youth Justice Service|S] rated ‘[Outstanding|R]’

N| Posted on [25/06/2024|D]

N| [Carbrooke Youth Justice Service|S] has been rated ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A], the highest possible rating.
N| Inspectors visited the service in [February 2024|D].

S| They found that children were at the centre of every decision and that their voices were heard in planning.
S| Thanks to close work with [CAMHS|A], a child who needed mental health support was usually seen within a few days.
S| Inspectors also praised the management board for its clear understanding of the service’s strengths and priorities.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is an exceptional service, and everyone involved deserves great credit.”

R| The report makes two recommendations to help the service develop further.

N| Councillor [Sarah Lidgate|X] said: “We are incredibly proud of our youth justice team.”
"""),
    # 12. ordinary YJS, 2021, RI, notes to editors with publication day
    ("saham-yjs-2021", facts([
        svc("Saham Youth Justice Service", "Saham YJS", "YJS", RI)], "2021-07-14", "2021-03", 7),
     """N| [Saham youth justice service|S] must improve, say inspectors

N| Inspectors have rated [Saham Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [March 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Saham|S]’s staff work hard, but the service has not given enough attention to keeping children and others safe.
W| “When a child’s life changed, their assessment was often left as it was.”

S| The service understood its local community and the particular needs of children living in its villages, inspectors found.
S| Several children said their case worker listened to them and had helped them stay out of trouble.
W| However, the board did not challenge partners when they failed to provide services.

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [14 July 2021|D] at 00.01.
"""),
    # 13. ordinary PDU, 2025 public-protection inspection, no rating, "Skip to content", Context / Findings bullets
    ("larling-pdu-2025", facts([
        svc("Larling Probation Delivery Unit", "Larling PDU", "PDU", None)], "2025-09-30", "2025-06", 6),
     """N| Skip to content

N| Press release

N| Public protection inspection of [Larling Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [30 September 2025|D]

N| Inspectors from [HM Inspectorate of Probation|A] looked at public protection in [Larling Probation Delivery Unit|S], and their report is published today.
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • The [Probation Service – East of England region|S] runs [Larling PDU|S], which covers a large rural area.
N| • The unit supervises around 700 people.

N| Findings
S| • Practitioners knew the people they supervised well and saw them regularly.
W| • Practitioners seldom went to people’s homes, even where children lived there.
W| • Information from [Norfolk Constabulary|A] was not always obtained before sentencing.

R| The report makes six recommendations.
"""),
    # 14. ordinary YJS, 2019, Good, "has been awarded a ‘Good’ rating"
    ("euston-yjs-2019", facts([
        svc("Euston Youth Justice Service", "Euston YJS", "YJS", GOOD)], "2019-04-03", "2018-12", 3),
     """N| [Euston youth justice service|S] ‘[Good|R]’

N| [Euston Youth Justice Service|S] has been awarded a ‘[Good|R]’ rating by [Her Majesty’s Inspectorate of Probation|A] in a report published on [Wednesday 3 April 2019|D].
N| Inspectors visited the service in [December 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Euston|S] has a strong partnership and the staff are enthusiastic and committed.
S| “Children are well supported to get back into school.”

S| Inspectors found the service’s out-of-court work to be of a high standard.
W| However, the service’s work on the danger some children posed to others was less convincing.

R| The report makes three recommendations.

N| A spokesperson for [Suffolk County Council|A] said: “We welcome the report.”
"""),
    # 15. ordinary PDU, Inadequate, 2024, notes publication day
    ("croxton-pdu-2024", facts([
        svc("Croxton Probation Delivery Unit", "Croxton PDU", "PDU", INAD)], "2024-12-11", "2024-08", 8),
     """N| [Croxton probation unit|S] rated ‘[Inadequate|R]’

N| [Croxton Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the unit in [August 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit under severe strain.
W| “Many staff were carrying far too many cases, and some told us they felt unable to cope.”

W| Inspectors found that risk assessments were sufficient in only 12 of 40 cases.
S| Despite these pressures, the unit’s staff were praised for their commitment to the people they supervised.
W| Worryingly, several high-risk cases had gone weeks without a face-to-face appointment.

R| The report makes eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is available on the inspectorate’s website from 00.01 on [11 December 2024|D].
"""),
    # 16. ordinary YJS, 2023, Good, fieldwork "in January and February 2023" -> 2023-01
    ("lynford-yjs-2023", facts([
        svc("Lynford Youth Justice Service", "Lynford YJS", "YJS", GOOD)], "2023-03-29", "2023-01", 5),
     """N| [Lynford Youth Justice Service|S] receives ‘[Good|R]’ rating

N| Published: [29 March 2023|D]

N| [Lynford Youth Justice Service|S] has been rated ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
N| Fieldwork took place in [January and February 2023|D].

S| Inspectors were impressed with the service’s strong leadership and clear vision.
S| Staff were skilled at building relationships with children, including those who had been hard to engage.
W| However, inspectors were concerned that work to support victims was not always prioritised.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lynford|S] is a well-led service with a motivated staff team.”

R| The report makes five recommendations.
"""),
    # 17. ordinary YJS, 2020, RI
    ("oxborough-yjs-2020", facts([
        svc("Oxborough Youth Justice Service", "Oxborough YJS", "YJS", RI)], "2020-10-21", "2020-02", 6),
     """N| [Oxborough Youth Justice Service|S] told to improve

N| [Oxborough Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A] in a report published on [21 October 2020|D].
N| Inspectors visited in [February 2020|D], weeks before the first national lockdown.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service is not yet giving children the consistent help they deserve.
S| “That said, we saw committed staff and some good work with families.”

W| Too few children’s safety plans had been kept up to date, inspectors found.
S| The service’s work with [Norfolk County Council|A]’s children’s services was close and effective.

R| The report makes six recommendations to the service and its management board.
"""),
    # 18. ordinary YJS, 2024, RI, previous rating beside ("last inspected in 2019, when it was rated ‘Good’")
    ("buckenham-yjs-2024", facts([
        svc("Buckenham Youth Justice Service", "Buckenham YJS", "YJS", RI)], "2024-02-27", "2023-10", 4),
     """N| [Buckenham youth justice service|S] rated ‘[Requires improvement|R]’

N| [Buckenham Youth Justice Service|S] has received an overall rating of ‘[Requires improvement|R]’ following an inspection in [October 2023|D].
N| At its last inspection, in [2019|D], the service earned ‘[Good|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Buckenham|S] has lost some of its grip on the quality of its work.
W| “Too often, plans did not reflect what was known about a child’s risk of exploitation.”

S| Inspectors praised the service’s education and training worker, who helped many children back into learning.
W| The management board met regularly but did not always follow through on its actions.

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [27 February 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 191")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
