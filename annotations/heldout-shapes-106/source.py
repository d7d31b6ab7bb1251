"""Builds the hundred-and-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Carmarthenshire youth justice services in one GOV.UK release: "X was awarded ‘...’ while Y was placed at
    #    ‘...’"; fieldwork "between 4 and 15 March 2024"; "eight recommendations, five for Llanybydder"
    ("pencader-and-llanybydder-yjs-2024", facts([
        svc("Pencader Youth Justice Service", "Pencader YJS", "YJS", GOOD),
        svc("Llanybydder Youth Justice Service", "Llanybydder YJS", "YJS", RI)], "2024-06-25", "2024-03", 8),
     """N| Press release

N| Two youth justice services in Carmarthenshire inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [25 June 2024|D]

N| Inspectors looked at [Pencader Youth Justice Service|S] and [Llanybydder Youth Justice Service|S] side by side, visiting both between [4 and 15 March 2024|D].
N| [Pencader|S] was awarded ‘[Good|R]’ while [Llanybydder|S] was placed at ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pencader|S]’s case managers win children’s trust early, and many of the families we met spoke warmly of them.
W| “[Llanybydder|S] has a committed team, but too many of its plans to keep children safe were thin and rarely revisited.”

S| In [Pencader YJS|S], every child in the sample had been helped into school, college or training.
W| Links between [Llanybydder YJS|S] and [Hywel Dda University Health Board|A] had weakened, and some children had waited several months to be assessed by mental health services.

R| The two reports make eight recommendations, five for [Llanybydder|S] and three for [Pencader|S].
"""),
    # 2. three Welsh PDUs at once, the region named first: "Inspectors gave X and Z ‘...’; Y fared worse, with ‘...’";
    #    "Published: 14 May 2025"; fieldwork "in January and February 2025"; "fifteen recommendations across the three"
    ("trecastle-llangynidr-and-cwmdu-pdus-2025", facts([
        svc("Trecastle Probation Delivery Unit", "Trecastle PDU", "PDU", RI),
        svc("Llangynidr Probation Delivery Unit", "Llangynidr PDU", "PDU", INAD),
        svc("Cwmdu Probation Delivery Unit", "Cwmdu PDU", "PDU", RI)], "2025-05-14", "2025-01", 15),
     """N| News

N| Three probation units in Powys judged together

N| Published: [14 May 2025|D]

N| The [Probation Service – Wales region|S] runs the three units covered by reports that [His Majesty’s Inspectorate of Probation|A] has released today: [Trecastle Probation Delivery Unit|S], [Llangynidr Probation Delivery Unit|S] and [Cwmdu Probation Delivery Unit|S].
N| Inspectors gave [Trecastle|S] and [Cwmdu|S] ‘[Requires improvement|R]’; [Llangynidr|S] fared worse, with ‘[Inadequate|R]’.
N| Fieldwork took place in [January and February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “All three units cover large rural areas, staff spend hours on the road, and office cover is stretched thin.
W| “In Llangynidr that strain has become a risk: nearly half of the cases we read lacked a current assessment of harm.”

S| Inspectors commended [Trecastle PDU|S] for its work with [Dyfed-Powys Police|A] on integrated offender management.
S| [Cwmdu|S]’s unpaid work team had found placements close to where people lived, so fewer hours were lost to travel.

R| Fifteen recommendations are spread across the three reports, five for each unit.
"""),
    # 3. a unit inside its region, the region in the headline: "Wales probation region: ..."; "judged ... to be ‘...’,
    #    the lowest grade available"; the region's own earlier rating as context; the notes' "at 00.01 on Thursday 10
    #    October 2024"; fieldwork "in May 2024"
    ("trellech-pdu-2024", facts([
        svc("Trellech Probation Delivery Unit", "Trellech PDU", "PDU", INAD)], "2024-10-10", "2024-05", 7),
     """N| [Wales probation region|S]: inspectors raise serious concerns in Trellech

N| [HM Inspectorate of Probation|A] has given [Trellech Probation Delivery Unit|S], in the Monmouthshire part of the [Probation Service – Wales region|S], ‘[Inadequate|R]’, the lowest grade available.
N| In [2023|D] the [Wales region|S] itself was rated ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [May 2024|D] and examined 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trellech|S] is short of experienced officers, and newly qualified staff are holding cases that would test someone with ten years behind them.
W| “Perpetrators of domestic abuse were hardly ever visited at home.”

W| Mr Jones continued: “Leaders knew about these gaps, yet the plans they had drawn up had not changed what happened day to day.”

S| Even so, inspectors found the unit’s approved premises link worker diligent, and partnership with [Gwent Police|A] on high-risk cases was sound.

R| Seven recommendations are made: [Trellech PDU|S] must act on five, and the [Probation Service|A] in Wales on two.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 10 October 2024|D], on the inspectorate’s website.
"""),
    # 4. a Gloucestershire unit inside the South West region, the region in the first sentence; "has been assessed as"
    #    without "rated"; "published today (Tuesday 5 December)" with the year from the fieldwork (September 2023)
    ("guiting-pdu-2023", facts([
        svc("Guiting Probation Delivery Unit", "Guiting PDU", "PDU", RI)], "2023-12-05", "2023-09", 6),
     """N| [Guiting probation unit|S] has work to do, say inspectors

N| A report published today ([Tuesday 5 December|D]) assesses [Guiting Probation Delivery Unit|S], in the [Probation Service – South West region|S], as ‘[Requires improvement|R]’.
N| The inspection team spent a week with the unit in [September 2023|D].

S| Staff were positive about their managers, and sickness absence had fallen over the year.
S| The unit’s joint work with [Gloucestershire Constabulary|A] on people released from prison impressed inspectors.
W| However, only 19 of 36 sentence plans met the standard.
W| Where the person lived with young children, social care records were not always checked.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The will to get things right is there in Guiting.
R| “What the unit’s leaders must do next is ensure every assessment considers who else could be harmed.”

R| The report makes six recommendations.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to find that:" and
    #    "However, inspectors were concerned to find that:"; "Tuesday 22nd November 2011"; fieldwork "in September 2011"
    ("ruardean-probation-trust-2011", facts([
        svc("Ruardean and Huntley Probation Trust", "Ruardean and Huntley Probation Trust", "other", None)],
        "2011-11-22", "2011-09", 7),
     """N| Inspection of offender management in Ruardean and Huntley

N| [Tuesday 22nd November 2011|D]

N| [HM Inspectorate of Probation|A] published its report on offender management by [Ruardean and Huntley Probation Trust|S] today.
N| The fieldwork was carried out in [September 2011|D], when inspectors looked at 70 cases.

S| The Trust scored 77% on reducing reoffending, one of the better figures so far.
W| On public protection, however, it scored only 64%.

N| Inspectors were pleased to find that:
S| • nearly every first assessment was finished on time;
S| • offenders were well informed about what was expected of them.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm lacked detail;
W| • contact with victims was not recorded in a quarter of relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust’s staff clearly care about those they supervise, and managers are visible.
R| “They must now give the same attention to the risks some of those people pose to others.”

R| Seven recommendations are set out in the report.
"""),
    # 6. a CRC in 2019 owned by Working Links: "found ... to be ‘...’ overall"; unpaid work "graded on its own"; "We make
    #    five recommendations"; the provider's reply; "Embargo: 00:01 Wednesday 20 March 2019"
    ("avening-and-miserden-crc-2019", facts([
        svc("Avening and Miserden Community Rehabilitation Company", "Avening and Miserden CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-03-20", "2018-11", 5),
     """N| Embargo: 00:01 [Wednesday 20 March 2019|D]

N| Inspectors find probation company in Gloucestershire failing

N| [Avening and Miserden Community Rehabilitation Company|S] (CRC), run by [Working Links|A], has been found to be ‘[Inadequate|R]’ overall by [HM Inspectorate of Probation|A].
W| Unpaid work, graded on its own, reached only ‘[Requires improvement|R]’.
N| The inspection took place in [November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision by telephone alone had become the norm for many people under this CRC, with no one checking whether they pose a risk.
W| “Staff told us morale was low and that they felt unable to do the job properly.”

S| Inspectors did find that the CRC’s through-the-gate team secured housing for the majority of people leaving prison.

R| Five recommendations are made; the CRC and [Working Links|A] are to act on three of them, [HM Prison and Probation Service|A] on the others.

N| A [Working Links|A] spokesperson said: “The findings are fair, and extra staff have been recruited since the inspection.”
"""),
    # 7. a youth offending team written out, 2016 council page, before ratings: "Published on 09/08/2016"
    #    (day/month/year); joint inspection led by HMI Probation with Ofsted, CQC and HMIC; bullet lists; fieldwork in May 2016
    ("blockley-yot-2016", facts([
        svc("Blockley Youth Offending Team", "Blockley YOT", "YJS", None)], "2016-08-09", "2016-05", 6),
     """N| Council welcomes report on youth offending work

N| Published on [09/08/2016|D]

N| A joint inspection of [Blockley Youth Offending Team|S] (YOT), led by [HM Inspectorate of Probation|A] working alongside [HM Inspectorate of Constabulary|A], the [Care Quality Commission|A] and [Ofsted|A], has reported its findings.
N| The inspectors visited in [May 2016|D].

N| The inspectors were pleased to find that:
S| • children were seen promptly after sentence and knew their YOT worker by name;
S| • the YOT had good links with local schools.

N| The inspectors were concerned that:
W| • plans to reduce any danger children presented to other people were not always well thought through;
W| • the management board lacked the data it needed to challenge the YOT.

R| Six recommendations follow, covering the YOT and partner agencies.

N| Councillor [Gareth Price|X], cabinet member for children, said: “We will be working with partners to act on every recommendation.”
"""),
    # 8. a Youth Offending Service in 2019, Good, resettlement rated separately "Outstanding"; "Fieldwork: 8 to 12 July
    #    2019"; published date in the notes
    ("rhandirmwyn-yos-2019", facts([
        svc("Rhandirmwyn Youth Offending Service", "Rhandirmwyn YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2019-10-03", "2019-07", 4),
     """N| [Rhandirmwyn youth offending service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has rated [Rhandirmwyn Youth Offending Service|S] (YOS) ‘[Good|R]’ overall.
S| Its resettlement work, rated separately, was ‘[Outstanding|R]’.

S| Inspectors praised the service’s close work with [Carmarthenshire County Council|A]’s education team, which kept most children in school.
S| Children who returned from custody had accommodation and a plan in place before release.
W| However, work on out-of-court disposals varied, and some assessments overlooked the child’s own safety.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rhandirmwyn YOS|S] has much to be proud of.
R| “I would like the service to bring its out-of-court work up to the same standard.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. Fieldwork: [8 to 12 July 2019|D].
N| 2. The report was published on [3 October 2019|D].
"""),
    # 9. an NPS division in 2019 with "an overall regional rating of ‘Good’"; victim work rated separately; fieldwork
    #    "in February and March 2019"
    ("nps-llansawel-and-pumsaint-division-2019", facts([
        svc("National Probation Service – Llansawel and Pumsaint Division", "NPS Llansawel and Pumsaint", "region",
            GOOD)], "2019-07-16", "2019-02", 9),
     """N| Inspectors find probation division in west Wales performing well

N| Published: [16 July 2019|D]

N| Inspectors gave the [National Probation Service – Llansawel and Pumsaint Division|S] ‘[Good|R]’ as its overall regional rating, in [HM Inspectorate of Probation|A]’s latest report.
N| Inspectors were in the division in [February and March 2019|D].

S| Reports for the courts were timely and consistently of a high standard.
S| Relationships with [Dyfed-Powys Police|A] and the [Welsh Government|A] were described as mature and constructive.
W| Yet in a third of cases, plans to protect known victims were missing or out of date.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leadership in [NPS Llansawel and Pumsaint|S] is strong, and staff are sure of what they are doing.
R| “Leaders should ensure that every victim’s safety is planned for from the start.”

R| Nine recommendations are made to the division, [HMPPS|A] and the [Welsh Government|A].
"""),
    # 10. a youth justice service rated "Outstanding", "the highest possible"; "Report published: 19 July 2022";
    #     fieldwork "carried out remotely in March 2022"
    ("cynghordy-yjs-2022", facts([
        svc("Cynghordy Youth Justice Service", "Cynghordy YJS", "YJS", OUT)], "2022-07-19", "2022-03", 3),
     """N| [Cynghordy youth justice service|S] earns top marks

N| Report published: [19 July 2022|D]

N| [Cynghordy Youth Justice Service|S] has achieved ‘[Outstanding|R]’, the top rating on the inspectorate’s scale.
N| Inspectors worked remotely, carrying out the inspection in [March 2022|D].

S| Case managers knew each child well, and plans reflected what children and their carers had said.
S| Children were referred to speech and language support with notable speed, a particular strength.
S| Board members challenged each other and visited the service regularly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Cynghordy|S] has every reason to be proud.
W| “Only the way decisions in out-of-court cases were written down fell short.”

R| Three recommendations are made, all for the service and its management board.
"""),
    # 11. a YJS that dropped from ‘Good’ to ‘Requires improvement’, the previous rating beside it; fieldwork "10 - 14
    #     May 2021"; "Thursday, 2nd September 2021"
    ("llanddeusant-yjs-2021", facts([
        svc("Llanddeusant Youth Justice Service", "Llanddeusant YJS", "YJS", RI)], "2021-09-02", "2021-05", 6),
     """N| [Thursday, 2nd September 2021|D]

N| Youth justice in Llanddeusant slips back

N| Inspectors now place [Llanddeusant Youth Justice Service|S] at ‘[Requires improvement|R]’; after its last inspection, in [2018|D], it was rated ‘[Good|R]’.
N| Inspectors carried out their fieldwork on [10 - 14 May 2021|D].

W| Staff turnover had been high, and a third of children had seen more than one case manager in six months.
W| Work to keep children safe was not always sufficient, with risks at home sometimes missed.
S| Despite the pressure, the service’s work with victims remained a notable strength.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llanddeusant|S] has lost ground since we last visited.
R| “The management board must take a firmer grip on staffing and on the quality of casework.”

R| The report makes six recommendations.
"""),
    # 12. a Welsh council page, "Date: 12/03/2024", "given the lowest possible rating"; fieldwork "in November 2023"
    ("pontrhydyfen-yjs-2024", facts([
        svc("Pontrhydyfen Youth Justice Service", "Pontrhydyfen YJS", "YJS", INAD)], "2024-03-12", "2023-11", 10),
     """N| Statement on inspection of youth justice service

N| Date: [12/03/2024|D]

N| [HM Inspectorate of Probation|A] inspected [Pontrhydyfen Youth Justice Service|S] in [November 2023|D] and has rated it ‘[Inadequate|R]’, the bottom of its four-point scale.

W| Governance was weak: the management board knew little about the children the service works with.
W| Too many children were not receiving the education they were entitled to.
W| Disappointingly, plans to keep children safe were insufficient in most of the cases inspected.
S| Inspectors recognised the dedication of front-line staff, whom children trusted.

R| The report makes ten recommendations, eight directed at the service and its board, the remaining two at [Neath Port Talbot Council|A].

N| A council spokesperson said: “The findings make difficult reading, and we have agreed a plan with our partners to put things right.”
"""),
    # 13. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", empty "Published:" line, "Context" /
    #     "Findings" bullets; the date in the notes
    ("govilon-pdu-2025", facts([
        svc("Govilon Probation Delivery Unit", "Govilon PDU", "PDU", None)], "2025-11-18", "2025-07", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Govilon Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] today set out its findings on how [Govilon Probation Delivery Unit|S] protects the public.
N| This inspection, part of the public protection programme, is unrated.

N| Context
N| • The unit sits within the [Probation Service – Wales region|S].
N| • Fieldwork took place in [July 2025|D].

N| Findings
W| • Domestic abuse enquiries with [Gwent Police|A] were made in only 14 of 30 relevant cases.
S| • Practitioners had good knowledge of the people they supervised.
W| • Management oversight of high-risk cases was inconsistent.

R| The report makes four recommendations.

N| Notes to editors
N| 1. The report was published on [18 November 2025|D].
"""),
    # 14. a YJS in 2020 judged "Good"; fieldwork "in January 2020"; "Wed 24 June 2020" date line
    ("didmarton-yjs-2020", facts([
        svc("Didmarton Youth Justice Service", "Didmarton YJS", "YJS", GOOD)], "2020-06-24", "2020-01", 5),
     """N| [Didmarton youth justice service|S] judged ‘[Good|R]’

N| [Wed 24 June 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Didmarton Youth Justice Service|S] to be ‘[Good|R]’ overall.
N| The inspection took place in [January 2020|D].

S| The staff group was stable and experienced, and caseloads were manageable.
S| Work with [Gloucestershire County Council|A]’s children’s social care was well coordinated.
W| While assessments were thorough, plans did not always set out how children’s safety would be managed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children here are listened to, and what they say changes what the service does.”

R| Five recommendations are made, among them that the service should improve its safety planning.
"""),
    # 15. local news, the watchdog's findings in the third person; "a report published on Friday (16 February)" under a
    #     byline of Monday 19 February 2024; fieldwork "in October 2023"
    ("aylburton-yjs-2024", facts([
        svc("Aylburton Youth Justice Service", "Aylburton YJS", "YJS", RI)], "2024-02-16", "2023-10", 6),
     """N| Youth justice team in the Forest of Dean ‘must improve’

N| By [Hannah Lewis|X]

N| [Monday 19 February 2024|D]

N| [Aylburton Youth Justice Service|S] has been placed at ‘[Requires improvement|R]’ in a report published on Friday ([16 February|D]).
N| Inspectors spent time with the service in [October 2023|D], on behalf of [HM Inspectorate of Probation|A].

W| The watchdog found that too few children had an up-to-date plan to manage risks to others.
S| It praised the service’s reparation projects in the Forest of Dean, which children said they enjoyed.
W| Inspectors also said leaders had done little with the results of an internal audit.

R| Six recommendations were made.

N| [Gloucestershire County Council|A]’s director of children’s services said: “Work on every recommendation has already begun.”
"""),
    # 16. a PDU in 2022 "placed in the ‘Requires improvement’ category", leadership rated separately "Good";
    #     fieldwork "between 7 and 18 February 2022"
    ("llanover-pdu-2022", facts([
        svc("Llanover Probation Delivery Unit", "Llanover PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2022-06-07", "2022-02", 7),
     """N| [Llanover probation unit|S] told to improve

N| Published [7 June 2022|D]

N| Inspectors have placed [Llanover Probation Delivery Unit|S] in the ‘[Requires improvement|R]’ category.
S| Leadership was assessed separately and was found to be ‘[Good|R]’.
N| The fieldwork was carried out between [7 and 18 February 2022|D].

S| The head of the unit had set out clear priorities, and staff knew what was expected of them.
W| However, caseloads were too high, and one in four probation officer posts was vacant.
W| Risk assessments were reviewed after a significant change in only 11 of 29 relevant cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Strong leadership here gives me confidence.
W| “But the day-to-day work with people on probation is not yet where it needs to be.”

R| The report makes seven recommendations.
"""),
    # 17. a YJS in 2025 "assessed to be ‘Good’", an improvement on its previous "Requires improvement"; fieldwork "in
    #     June 2025"; notes: "published on 30 September 2025 at 00.01"
    ("cwmbach-yjs-2025", facts([
        svc("Cwmbach Youth Justice Service", "Cwmbach YJS", "YJS", GOOD)], "2025-09-30", "2025-06", 4),
     """N| [Cwmbach youth justice service|S] improves to ‘[Good|R]’

N| Inspectors have assessed [Cwmbach Youth Justice Service|S] as ‘[Good|R]’, up from the ‘[Requires improvement|R]’ given at its previous inspection in [2021|D].
N| Inspectors visited the service in [June 2025|D].

S| The service’s new leadership team had transformed its relationship with [Cwm Taf Morgannwg University Health Board|A].
S| Children were consistently involved in planning their own interventions.
W| There were gaps in the support offered to girls, and too little attention was paid to their particular needs.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cwmbach|S] has turned things around impressively.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [30 September 2025|D] at 00.01.
"""),
    # 18. a YJS in 2019 "Requires improvement" with court disposals rated "Good" and out-of-court "Inadequate";
    #     "Published: 5 Nov 2019"; fieldwork "in June and July 2019"
    ("pumsaint-yjs-2019", facts([
        svc("Pumsaint Youth Justice Service", "Pumsaint YJS", "YJS", RI,
            [{"aspect": "court disposals", "rating": GOOD}, {"aspect": "out-of-court disposals", "rating": INAD}])],
        "2019-11-05", "2019-06", 8),
     """N| News

N| [Pumsaint youth justice service|S] falls short

N| Published: [5 Nov 2019|D]

N| [HM Inspectorate of Probation|A] has placed [Pumsaint Youth Justice Service|S] in the ‘[Requires improvement|R]’ band overall.
W| Court disposals and out-of-court disposals were each rated separately: the first ‘[Good|R]’, the second ‘[Inadequate|R]’.
N| Fieldwork was done in [June and July 2019|D].

S| Children subject to court orders had well-structured plans and regular contact with their case managers.
W| By contrast, those diverted from court through out-of-court disposals were often left without meaningful support.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pumsaint|S]’s staff work hard for children in court.
R| “The same effort needs to go into out-of-court work, where too many children are slipping through.”

R| There are eight recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
