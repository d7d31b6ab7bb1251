"""Builds the 125th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Hertfordshire PDUs on a GOV.UK page, the region named in the first sentence: "X was given ‘...’ and Y ‘...’";
    #    fieldwork "during the weeks of 3 and 10 June 2024"; eight recommendations "split evenly"; the regional director's reply
    ("colnemere-and-rickmere-pdus-2024", facts([
        svc("Colnemere Probation Delivery Unit", "Colnemere PDU", "PDU", RI),
        svc("Rickmere Probation Delivery Unit", "Rickmere PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| Press release

N| Two probation units in Hertfordshire inspected

N| New inspection findings for two units north of London.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| In two reports published this morning, [HM Inspectorate of Probation|A] looks at [Colnemere Probation Delivery Unit|S] and [Rickmere Probation Delivery Unit|S], which both belong to the [Probation Service – East of England region|S].
N| [Colnemere|S] was given ‘[Requires improvement|R]’ and [Rickmere|S] ‘[Inadequate|R]’.
N| The inspection team visited both units during the weeks of [3 and 10 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Rickmere we met worn-out practitioners whose caseloads left them no time to think properly about anyone they supervised.
S| “[Colnemere|S] has a stable management team and a much clearer sense of what it is trying to achieve.”

S| Inspectors praised [Colnemere PDU|S] for its close work with [Hertfordshire Constabulary|A] on people convicted of domestic abuse.
W| In [Rickmere PDU|S], not one of the high-risk cases examined had seen a home visit.
W| Across both units, sentence plans were rarely reviewed when circumstances changed.

R| The reports contain eight recommendations, split evenly between the two units.

N| [Sarah Thompson|X], the region’s probation director, said: “Every one of the recommendations is accepted; we have moved experienced officers into Rickmere already.”
"""),
    # 2. two Essex youth justice services in a local-news story: reports that "came out on Tuesday (14 November)" under a
    #    byline of Friday 17 November 2023; "X was awarded ‘...’, while its neighbour Y came away with ‘...’"; eleven, "six for ... five for"
    ("wyndhill-and-brentham-yjs-2023", facts([
        svc("Wyndhill Youth Justice Service", "Wyndhill YJS", "YJS", GOOD),
        svc("Brentham Youth Justice Service", "Brentham YJS", "YJS", RI)], "2023-11-14", "2023-07", 11),
     """N| Mixed verdict for youth justice teams in Essex

N| By [Daniel Okafor|X]

N| [Friday 17 November 2023|D]

N| The reports on [Wyndhill Youth Justice Service|S] and [Brentham Youth Justice Service|S], based on visits in [July 2023|D], came out on Tuesday ([14 November|D]).
N| [Wyndhill|S] was awarded ‘[Good|R]’, while its neighbour [Brentham|S] came away with ‘[Requires improvement|R]’.

S| According to the watchdog, [Wyndhill|S]’s staff won children’s trust and stayed in contact with families after orders had finished.
W| In [Brentham YJS|S], by contrast, assessments often missed the risks children faced outside the home.
W| Too few children in Brentham had a school or college place.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wyndhill|S] can be proud of two years of steady progress.
R| “[Brentham|S]’s leaders must now take a firmer hold of education and of exploitation risks.”

R| Eleven recommendations are made, six for [Wyndhill|S] and five for [Brentham|S].

N| [Essex County Council|A] said both reports would be discussed by councillors next month.
"""),
    # 3. a unit inside its region, the region in the headline and as context with its own 2023 rating; "has judged X ... to be
    #    ‘...’, the lowest point on its scale"; "Mr Jones continued"; notes "Publication: 00.01, Tuesday 4 March 2025"
    ("pinnerbrook-pdu-2025", facts([
        svc("Pinnerbrook Probation Delivery Unit", "Pinnerbrook PDU", "PDU", INAD)], "2025-03-04", "2024-10", 7),
     """N| [London probation region|S]: serious concerns at [Pinnerbrook unit|S]

N| [HM Inspectorate of Probation|A] has judged [Pinnerbrook Probation Delivery Unit|S], in the north-west of the capital, to be ‘[Inadequate|R]’, the lowest point on its scale.
N| [Pinnerbrook PDU|S] is one of the units making up the [Probation Service – London region|S], which was itself rated ‘[Requires improvement|R]’ when inspected in [2023|D].
N| Inspectors were on site in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Almost half the probation officer posts in this unit had no permanent holder, and agency staff came and went every few weeks.
W| “Nobody had a full picture of who posed the greatest risk.”

W| Mr Jones continued: “In most cases we read, nobody had asked the [Metropolitan Police|A] about domestic abuse call-outs.”

S| Inspectors did find committed middle managers who had kept the unpaid work scheme running throughout.
S| Partnership work with [Harrow Council|A]’s housing team was also described as constructive.

R| Seven recommendations are made; the unit is responsible for five, and the London leadership of the [Probation Service|A] for two.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 4 March 2025|D].
N| 2. Probation delivery units manage people on community sentences and on licence after prison.
"""),
    # 4. a unit inside its region (South Central) on the justiceinspectorates site: "Published: 8 Aug 2023"; "Inspectors have
    #    concluded that X ‘Requires improvement’" (no "rated"); "a fortnight of fieldwork in March 2023"; "only 19 of the 42"
    ("tringfield-pdu-2023", facts([
        svc("Tringfield Probation Delivery Unit", "Tringfield PDU", "PDU", RI)], "2023-08-08", "2023-03", 5),
     """N| News

N| Inspectors call for improvement at probation unit in Buckinghamshire

N| Published: [8 Aug 2023|D]

N| Inspectors have concluded that [Tringfield Probation Delivery Unit|S] ‘[Requires improvement|R]’; it lies in Buckinghamshire and is managed by the [Probation Service – South Central region|S].
N| Inspectors read 42 cases during a fortnight of fieldwork in [March 2023|D].

S| Leaders at [Tringfield|S] knew where the unit fell short and had a realistic plan to put it right.
S| Most people on probation felt respected by their officer and able to speak openly.
W| Yet only 19 of the 42 assessments looked properly at the risk to partners and former partners.
W| Waiting times for accredited programmes stretched to nine months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tringfield|S] has a solid base to build on.
R| “What the unit must do now is make sure every risk assessment is checked against police and children’s social care records.”

R| Five recommendations are made, four to the unit and one to [Thames Valley Police|A].
"""),
    # 5. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:"; "Tuesday, 6th December 2011" above "publishes today"; fieldwork September 2011
    ("hertingbury-and-epwick-probation-trust-2011", facts([
        svc("Hertingbury and Epwick Probation Trust", "Hertingbury and Epwick Probation Trust", "other", None)],
        "2011-12-06", "2011-09", 7),
     """N| Offender management in Hertingbury and Epwick – inspection published

N| [Tuesday, 6th December 2011|D]

S| [Hertingbury and Epwick Probation Trust|S] was doing a sound job of managing offenders, according to a report on the Trust that [HM Inspectorate of Probation|A] publishes today.
N| The inspection was carried out in [September 2011|D] and looked at 72 cases.

S| Scores were 78% on lowering reoffending and 83% on delivering the sentences imposed by the courts.
W| For public protection, its score fell to 66%.

N| Inspectors were pleased to find that:
S| • staff knew their cases well and were motivated;
S| • offenders were seen promptly after sentence.

N| However, inspectors were concerned to find that:
W| • risk management plans were not always completed when they were needed;
W| • contact with children’s services was often missing where there were child protection concerns.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Hertingbury and Epwick|S] has much to be pleased about, not least a committed workforce.
R| “Its priority from here must be public protection.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider, embargo line: "X (CRC) ... comes out at ‘...’ overall"; unpaid work "rated
    #    separately, reached ‘Good’"; fieldwork "between 9 and 20 April 2018"; the provider's reply
    ("thaxmead-and-danesbury-crc-2018", facts([
        svc("Thaxmead and Danesbury Community Rehabilitation Company", "Thaxmead and Danesbury CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-07-24", "2018-04", 6),
     """N| Embargoed until 00.01, [Tuesday 24 July 2018|D]

N| Probation company in Essex has ‘much to do’

N| [Thaxmead and Danesbury Community Rehabilitation Company|S] (CRC), owned since [2015|D] by [Sodexo Justice Services|A], comes out at ‘[Requires improvement|R]’ overall in the first inspection of it by [HM Inspectorate of Probation|A] under the new ratings.
S| Its unpaid work, rated separately, reached ‘[Good|R]’.
N| Inspectors carried out fieldwork between [9 and 20 April 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision here happens far too often over the phone, and that will not stop people reoffending.
S| “I was pleased, though, to see unpaid work that was well organised and of real benefit to local communities.”

W| Staff told inspectors they were responsible for up to 90 cases each.
W| Cases passed on by the [National Probation Service|A] often lacked key information.

R| Six recommendations in all: [HM Prison and Probation Service|A] gets one, the CRC and its owner five.

N| In response, [Sodexo Justice Services|A] promised to act on the recommendations without delay.
"""),
    # 7. a youth offending team written out, 2016 joint inspection on a council page, before ratings; "Posted: 21/09/2016";
    #    "The visit took place in June 2016"; bullet lists after "Inspectors found that:" / "But they also found that:"; no count
    ("ongarfield-yot-2016", facts([
        svc("Ongarfield Youth Offending Team", "Ongarfield YOT", "YJS", None)], "2016-09-21", "2016-06", None),
     """N| Inspectors report on youth offending work in Ongarfield

N| Posted: [21/09/2016|D]

N| The report of a joint inspection of [Ongarfield Youth Offending Team|S] (YOT) is out; [Ofsted|A] and the [Care Quality Commission|A] took part alongside the lead inspectorate, [HM Inspectorate of Probation|A].
N| The visit took place in [June 2016|D].

N| Inspectors found that:
S| • case managers in the YOT were skilled and knew the children well;
S| • thanks to joint work with [Essex Police|A], many children were kept out of court.

N| But they also found that:
W| • safety plans were often left unchanged after a child’s situation altered;
W| • too little attention was paid to the victims of offences.

N| Councillor [Helen Marsh|X], portfolio holder for young people, said: “Our action plan will be published within weeks, and we are grateful to the inspectors.”
N| Anyone wishing to read the report will find it on the inspectorate’s website.
"""),
    # 8. a Youth Offending Service in 2019: "‘Good’ is the inspectorate’s verdict on X"; resettlement "for which there is a
    #    separate rating" ‘Requires improvement’; "whose report is out today (Thursday 7 November)" (year from fieldwork July 2019)
    ("mardlebury-yos-2019", facts([
        svc("Mardlebury Youth Offending Service", "Mardlebury YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-11-07", "2019-07", 4),
     """N| [Mardlebury youth offending service|S] ‘[Good|R]’, say inspectors

N| ‘[Good|R]’ is the inspectorate’s verdict on [Mardlebury Youth Offending Service|S] (YOS), whose report is out today ([Thursday 7 November|D]).
W| Resettlement work, for which there is a separate rating, was placed at ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] visited the service in [July 2019|D].

S| Inspectors were impressed by the quality of court work and by how quickly children were seen after sentence.
S| Close ties with local schools meant that nearly every child of school age was in education.
W| Planning for children leaving custody, however, often started too late to secure them somewhere to live.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Mardlebury YOS|S] puts children first in everything it does.
R| “I now want that same care to reach every child returning from custody.”

R| Four recommendations are set out, with three directed to the service and one to [Hertfordshire County Council|A].
"""),
    # 9. an NPS division in 2019 with "an overall divisional rating"; "Published: 10 Dec 2019"; fieldwork "In August 2019"
    ("sawbury-and-wickmere-nps-division-2019", facts([
        svc("National Probation Service – Sawbury and Wickmere Division", "NPS Sawbury and Wickmere", "region", GOOD)],
        "2019-12-10", "2019-08", 9),
     """N| News

N| NPS division in the Home Counties receives ‘[Good|R]’ rating

N| Published: [10 Dec 2019|D]

N| [National Probation Service – Sawbury and Wickmere Division|S] has received ‘[Good|R]’ as its overall divisional rating, [HM Inspectorate of Probation|A] announced today.
N| In [August 2019|D], inspectors examined 160 cases across the division’s offices.

S| Leaders were visible, and staff described the division as a good place to work.
S| Court reports were thorough and prepared on time.
W| Nevertheless, in a third of cases, the risk posed to children had not been fully explored.
W| Work to protect victims was held back by a shortage of victim liaison officers.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Sawbury and Wickmere|S] has strong leaders and a workforce that cares about the people it supervises.
R| “Its next task must be to make safeguarding checks routine in every case.”

R| Of the nine recommendations, most concern the division; others are for the [Ministry of Justice|A] and [HMPPS|A].
"""),
    # 10. a youth justice service given "the highest possible rating, ‘Outstanding’", its 2019 ‘Good’ beside it; GOV.UK page;
    #    fieldwork "in the week of 13 February 2023"
    ("chessbury-yjs-2023", facts([
        svc("Chessbury Youth Justice Service", "Chessbury YJS", "YJS", OUT)], "2023-05-23", "2023-02", 3),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice service in Buckinghamshire

N| From: [HM Inspectorate of Probation|A]

N| Published [23 May 2023|D]

N| [Chessbury Youth Justice Service|S] has earned the highest possible rating, ‘[Outstanding|R]’; when inspectors last called, in [2019|D], it was rated ‘[Good|R]’.
N| Inspectors were with the service in the week of [13 February 2023|D].

S| Staff at [Chessbury|S] were tenacious in their efforts to engage children, and they never gave up on those who found it hard to trust adults.
S| Board members turned up, knew the service’s data and were willing to challenge one another.
S| Health workers based in the service made sure that children’s speech and language needs were identified early.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Frankly, children here are lucky to have such a service, and every member of staff deserves credit.
W| “Victims were sometimes left in the dark about the outcome of their case, and that is the one gap we found.”

R| There are three recommendations: two are aimed at the service, the third at [Buckinghamshire Council|A].
"""),
    # 11. a youth justice service: "Inspectors have placed X at ‘...’"; out-of-court disposals "also rated separately and given
    #    ‘Inadequate’"; fieldwork January 2024; the day in the notes ("Publication date of the report: 30 April 2024, 00.01")
    ("amersden-yjs-2024", facts([
        svc("Amersden Youth Justice Service", "Amersden YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2024-04-30", "2024-01", 6),
     """N| Youth justice service in Hertfordshire must improve

N| Inspectors have placed [Amersden Youth Justice Service|S] at ‘[Requires improvement|R]’ following their visit in [January 2024|D].
W| Its work with out-of-court disposals was also rated separately and given ‘[Inadequate|R]’.

S| [Amersden YJS|S]’s case workers were warm and dogged, and the children inspectors spoke to felt their views counted.
W| However, decisions about out-of-court disposals were often made without a full assessment.
W| Work to protect children from criminal exploitation was weak.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Amersden|S] has good people, but their efforts and those of partners too often pulled in different directions.
R| “Leaders must see that no child is diverted from court without a proper assessment.”

R| Six recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. Publication date of the report: [30 April 2024|D], 00.01.
"""),
    # 12. a youth justice service on a council page ("Posted on 15/03/2022"): "has slipped to ‘Inadequate’", the 2019 ‘Requires
    #    improvement’ beside it; fieldwork "8 to 12 November 2021"; the council's reply
    ("ivelcombe-yjs-2022", facts([
        svc("Ivelcombe Youth Justice Service", "Ivelcombe YJS", "YJS", INAD)], "2022-03-15", "2021-11", 8),
     """N| Council responds to inspection of youth justice in Ivelcombe

N| Posted on [15/03/2022|D]

N| [Ivelcombe Youth Justice Service|S] has slipped to ‘[Inadequate|R]’, the rating [HM Inspectorate of Probation|A] reserves for the weakest services; in [2019|D] it was rated ‘[Requires improvement|R]’.
N| Inspectors spent [8 to 12 November 2021|D] with the service.

W| The management board had not held the service to account, and several partners rarely attended its meetings.
W| Assessments of safety and wellbeing were insufficient in more than half of the cases examined.
S| On a brighter note, work with children in custody was of a high standard.

R| The report makes eight recommendations, including five for the board.

N| Councillor [Mark Ellison|X], cabinet member for children’s services at [Hertfordshire County Council|A], said: “This judgement is a hard one to read, and we will not rest until the service improves.”
"""),
    # 13. a youth justice service, "inspectors judged X ‘Good’" in "a report published today (Wednesday 11 August)" (year from
    #    the fieldwork, done remotely in May 2021)
    ("harlowbury-yjs-2021", facts([
        svc("Harlowbury Youth Justice Service", "Harlowbury YJS", "YJS", GOOD)], "2021-08-11", "2021-05", 4),
     """N| ‘[Good|R]’ rating for youth justice in Harlowbury

N| In a report published today ([Wednesday 11 August|D]), inspectors judged [Harlowbury Youth Justice Service|S] ‘[Good|R]’.
N| Because of COVID-19 restrictions, the fieldwork in [May 2021|D] was done remotely.

S| Throughout the lockdowns, case workers had kept in regular contact with children, often meeting them outdoors.
S| Inspectors commended the service’s approach to disproportionality, which was supported by good data.
W| How well case workers planned to keep other people safe varied from case to case.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Through a very hard year, [Harlowbury|S] kept its focus firmly on children.”

R| The report sets four recommendations for the service.

N| [Essex Police|A] and [Essex County Council|A] are among the service’s statutory partners.
"""),
    # 14. a youth justice service: "X’s rating this time is ‘...’; in 2021 the inspectorate found it ‘Inadequate’"; fieldwork
    #    "from 24 June to 5 July 2024" (across two months); "Published: 1 Oct 2024"
    ("gadesfield-yjs-2024", facts([
        svc("Gadesfield Youth Justice Service", "Gadesfield YJS", "YJS", RI)], "2024-10-01", "2024-06", 5),
     """N| News

N| [Gadesfield youth justice service|S] making progress

N| Published: [1 Oct 2024|D]

N| [Gadesfield Youth Justice Service|S]’s rating this time is ‘[Requires improvement|R]’; in [2021|D] the inspectorate found it ‘[Inadequate|R]’.
N| Inspectors visited the service from [24 June to 5 July 2024|D].

S| Once a permanent head of service was in post, staffing had settled and board meetings were held every quarter.
S| Inspectors found careful assessment of what each child needed to get into school, training or work.
W| But work to keep children safe was still not good enough in too many cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gadesfield|S] is moving in the right direction, but it still has some distance to travel.”

R| We have made five recommendations.
"""),
    # 15. a PDU: "X received the lowest rating, ‘...’"; fieldwork "in September and October 2022"; the day in the notes
    ("fennick-pdu-2023", facts([
        svc("Fennick Probation Delivery Unit", "Fennick PDU", "PDU", INAD)], "2023-01-17", "2022-09", 6),
     """N| Probation unit in Essex rated ‘[Inadequate|R]’

N| [Fennick Probation Delivery Unit|S] received the lowest rating, ‘[Inadequate|R]’, after inspectors found staff shortages had left the unit unable to manage risk.
N| Fieldwork took place in [September and October 2022|D].

W| Only one in three probation officer posts was filled by a permanent member of staff.
W| Some people on licence had not been seen by anyone for a month or more.
S| Despite the pressures, inspectors found that the unit’s work with women was thoughtful and well planned.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fennick|S]’s staff are under intolerable strain.
R| “Regional leaders must now give this unit real help, and quickly.”

R| Six recommendations are made.

N| ENDS

N| Notes to editors
N| 1. The report is published on [17 January 2023|D].
N| 2. [Fennick PDU|S] covers towns and villages in mid-Essex and reports to the regional director.
"""),
    # 16. a 2025 public-protection PDU inspection with "Context" / "Findings" bullets and no rating; "Skip to content" and an
    #    empty "Published:" line; fieldwork April 2025; no date of publication in the text (null)
    ("quenbury-pdu-2025", facts([
        svc("Quenbury Probation Delivery Unit", "Quenbury PDU", "PDU", None)], None, "2025-04", 3),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Quenbury Probation Delivery Unit|S]

N| This report from [HM Inspectorate of Probation|A] covers public protection work in [Quenbury Probation Delivery Unit|S].
N| This programme of inspections does not rate services.

N| Context
N| • [Quenbury PDU|S] covers a largely rural part of Buckinghamshire.
N| • Inspectors visited in [April 2025|D] and reviewed 30 cases.

N| Findings
S| • Multi-agency arrangements with [Thames Valley Police|A] for the highest-risk cases were well established.
W| • Home visits had not happened in most domestic abuse cases.
W| • Practitioners did not always share information with children’s social care.

R| The report makes three recommendations.
"""),
    # 17. a youth justice service: "The overall rating awarded to X by His Majesty’s Inspectorate ... is ‘...’"; resettlement
    #    "also rated separately" ‘Good’; "Report published: 19 June 2025" at the foot; fieldwork "during February 2025"
    ("thornwick-yjs-2025", facts([
        svc("Thornwick Youth Justice Service", "Thornwick YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-06-19", "2025-02", 7),
     """N| Youth justice in Thornwick must improve

N| The overall rating awarded to [Thornwick Youth Justice Service|S] by [His Majesty’s Inspectorate of Probation|A] is ‘[Requires improvement|R]’.
S| Resettlement, which inspectors also rated separately, was ‘[Good|R]’.
N| Inspectors were at the service during [February 2025|D].

S| Before release, every child in custody had a home to go to and a school or training place lined up.
W| Much less attention was given to children on community orders, whose plans were often copied forward.
W| High staff turnover meant that some children saw four different case managers within twelve months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornwick|S]’s resettlement practice shows what it can do, but that standard is not yet found across the board.”

R| Seven recommendations are made: six for the service, and a seventh for [Hertfordshire Constabulary|A].

N| Report published: [19 June 2025|D]
"""),
    # 18. a youth justice service on a council page ("Date: 02/02/2022"): "has been awarded ‘Good’ after inspectors ... spent
    #    time with it in October 2021"; the council's thanks
    ("hollybourne-yjs-2022", facts([
        svc("Hollybourne Youth Justice Service", "Hollybourne YJS", "YJS", GOOD)], "2022-02-02", "2021-10", 4),
     """N| Youth justice team in Hollybourne praised by inspectors

N| Date: [02/02/2022|D]

N| [Hollybourne Youth Justice Service|S] has been awarded ‘[Good|R]’ after inspectors from [HM Inspectorate of Probation|A] spent time with it in [October 2021|D].

S| Inspectors said the service had a clear vision and that staff were proud to work there.
S| Children had access to a wide range of activities, including sport and music.
W| Some risk assessments did not consider the safety of other people enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hollybourne|S]’s whole team has earned this result.”

R| Four recommendations are made, all for the service.

N| Councillor [Priya Shah|X], lead member for children and families at [Buckinghamshire Council|A], said: “I thank our staff for their hard work.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 125th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
