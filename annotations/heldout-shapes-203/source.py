"""Builds the two hundred and third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the East of England region on a GOV.UK page, the region named first as context; "X and Z each
    #    land at ‘...’, while Y drops to ‘...’"; "across a fortnight from 1 July 2024"; ten recommendations "four for
    #    Kelling and three apiece for Salthouse and Morston"
    ("salthouse-kelling-and-morston-pdus-2024", facts([
        svc("Salthouse Probation Delivery Unit", "Salthouse PDU", "PDU", RI),
        svc("Kelling Probation Delivery Unit", "Kelling PDU", "PDU", INAD),
        svc("Morston Probation Delivery Unit", "Morston PDU", "PDU", RI)], "2024-11-19", "2024-07", 10),
     """N| Press release

N| North Norfolk coast: inspectors report on three probation units

N| One unit is judged to be failing; its two neighbours must improve.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| Within the [Probation Service – East of England region|S], three coastal units have now been reported on: [Salthouse Probation Delivery Unit|S], [Kelling Probation Delivery Unit|S] and [Morston Probation Delivery Unit|S].
N| [Salthouse|S] and [Morston|S] each land at ‘[Requires improvement|R]’, while [Kelling|S] drops to ‘[Inadequate|R]’.
N| Inspection teams spent a fortnight in the three units, starting on [1 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Kelling the caseloads had simply outgrown the staff, and supervision had become a matter of ticking boxes.
W| “Risk assessments there were out of date in more than half of the cases we read.
S| “Along the rest of the coast the picture is brighter: [Salthouse|S] and [Morston|S] hold on to their staff and know the people they supervise well.”

S| Inspectors singled out a women’s group run from a village hall near Morston, which people on probation described as the first place they had been listened to.
W| Across all three units, though, information from [Norfolk Constabulary|A] about domestic abuse call-outs was seldom sought before sentence.

R| Ten recommendations are set out across the reports: four for [Kelling|S] and three apiece for [Salthouse|S] and [Morston|S].

N| A spokesperson for the [Probation Service|A] said: “We are moving experienced officers into Kelling this month.”
"""),
    # 2. two youth justice services in a local-news story; ratings in the other order from the one first named;
    #    "came out on Tuesday (11 March)" under a byline of Thursday 13 March 2025; "in the last weeks of October 2024"
    ("binham-and-wiveton-yjs-2025", facts([
        svc("Binham Youth Justice Service", "Binham YJS", "YJS", GOOD),
        svc("Wiveton Youth Justice Service", "Wiveton YJS", "YJS", OUT)], "2025-03-11", "2024-10", 5),
     """N| Praise for two youth justice teams near the Glaven

N| By [Ellie Thirtle|X]

N| [Thursday 13 March 2025|D]

N| Inspectors have delivered their verdicts on [Binham Youth Justice Service|S] and [Wiveton Youth Justice Service|S], and both have reason to celebrate.
N| [Wiveton|S] earned the very top mark, ‘[Outstanding|R]’, and [Binham|S] settled one rung below at ‘[Good|R]’.
N| The reports from [HM Inspectorate of Probation|A] came out on Tuesday ([11 March|D]), after inspectors spent time with both teams in the last weeks of [October 2024|D].

S| Inspectors praised [Wiveton|S]’s case workers for staying alongside children long after their orders ended, helping several into apprenticeships.
S| [Binham|S]’s work with schools meant that almost every child it supervised was back in full-time education.
W| Even so, [Binham|S] was told that its checks on children’s safety at home were sometimes left to a single phone call.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small teams, a few miles apart, are getting the basics right and then going well beyond them.”

R| Between them the reports carry five recommendations, three for [Binham|S] and two for [Wiveton|S].

N| Councillor [Penny Carr|X], of [Norfolk County Council|A], said the teams would share the reports with every school in the area.
"""),
    # 3. a unit inside its region: the region in the headline and with its own earlier rating; "has judged the unit
    #    to be ‘Inadequate’"; the notes' day; "Inspectors visited in September 2024"
    ("hunworth-pdu-2025", facts([
        svc("Hunworth Probation Delivery Unit", "Hunworth PDU", "PDU", INAD)], "2025-02-04", "2024-09", 6),
     """N| [East of England probation region|S]: [Hunworth unit|S] judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Hunworth Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the lowest point on its scale.
N| It is one of the units of the [East of England region of the Probation Service|S], a region itself placed at ‘[Requires improvement|R]’ when inspected in [2023|D].
N| Inspectors visited in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hunworth|S] has been running on goodwill for far too long.
W| “Staff told us they went home worrying about cases they had not had time to open.
W| “Only one in three of the plans we looked at said anything about keeping children in the household safe.”

S| On a brighter note, the unit’s approved premises team worked hand in hand with the police and knew every resident by name.
W| Yet nearly a quarter of practitioner posts stood empty, and agency staff came and went within weeks.

R| The report lists six recommendations, with four aimed at the unit and two at the region.
R| Leaders must now agree a staffing plan with the region that brings caseloads down before the spring.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [4 February 2025|D] at 00.01.
N| 2. [Hunworth PDU|S] covers the Glaven valley and the coast west of Cromer.
"""),
    # 4. a unit inside its region with an aspect rated separately and the previous rating beside it; news item
    #    "Published: 22 Jan 2025"; "between 30 September and 4 October 2024"
    ("thornage-pdu-2025", facts([
        svc("Thornage Probation Delivery Unit", "Thornage PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-01-22", "2024-09", 5),
     """N| News

N| [Thornage probation unit|S] climbs off the bottom grade

N| Published: [22 Jan 2025|D]

N| [Thornage Probation Delivery Unit|S], in the [East of England region of the Probation Service|S], now stands at ‘[Requires improvement|R]’ in the inspectorate’s judgement, having been ‘[Inadequate|R]’ after its previous inspection in [2022|D].
S| Its unpaid work, which is assessed on its own, was graded ‘[Good|R]’.
N| Fieldwork took place between [30 September and 4 October 2024|D].

S| Inspectors were encouraged by a new management team that had steadied the unit and restored regular supervision.
S| Unpaid work projects along the Glaven, clearing footpaths and restoring a mill race, were well organised and valued by local people.
W| However, practitioners were not yet asking enough questions about the people they supervised, and risk plans were often thin.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thornage|S] has turned a corner, and its staff deserve credit for that.
R| “The next step has to be sharper work on risk, so that victims are properly protected.”

R| Of five recommendations, the unit is to take forward three, and the [Probation Service|A] in the region two.
"""),
    # 5. a Probation Trust in 2012, no overall rating; "Inspectors were pleased to find that:" lists; date line with
    #    "published today"; "in January 2012"
    ("glaven-and-bure-probation-trust-2012", facts([
        svc("Glaven and Bure Probation Trust", "the Trust", "other", None)], "2012-04-17", "2012-01", 8),
     """N| Glaven and Bure probation: supervision sound, public protection uneven

N| [Tuesday, 17th April 2012|D]

W| [Glaven and Bure Probation Trust|S] is good at helping offenders stay out of trouble, but its work to protect the public is not consistent enough, [HM Inspectorate of Probation|A] reports in findings published today.
N| Inspectors carried out their fieldwork in [January 2012|D] as part of the Offender Management Inspection programme.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • case managers had built trusting relationships with the people they supervised;
S| • links with [Norfolk Constabulary|A] on prolific offenders were well established.

N| However, inspectors were concerned to find that:
W| • in a third of cases, the likelihood of harm to others had been judged too low;
W| • officers seldom visited homes, even those where children were living;
W| • management oversight of high-risk cases was patchy.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has committed staff who know their areas well.
R| “It should now put the protection of the public at the centre of every case.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2019 owned by Sodexo Justice Services; "inspectors judged it to be ‘...’"; aspect rated on its own;
    #    "in February and March 2019"; nine recommendations, seven for the CRC
    ("bure-valley-crc-2019", facts([
        svc("Bure Valley Community Rehabilitation Company", "Bure Valley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-06-12", "2019-02", 9),
     """N| Inspection of [Bure Valley Community Rehabilitation Company|S]

N| [Bure Valley Community Rehabilitation Company|S] (CRC), owned by [Sodexo Justice Services|A], supervises around 2,600 people across the Broads and the eastern half of Norfolk.
N| After visiting in [February and March 2019|D], inspectors judged it to be ‘[Requires improvement|R]’.
W| Unpaid work was looked at as a separate element and was found ‘[Inadequate|R]’.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Bure Valley CRC|S] are enthusiastic and the office culture is open and supportive.
W| “But the CRC cannot get people onto their unpaid work placements quickly enough, and many never finish their hours.
W| “Too often, officers took what people told them on trust and did not check it with the police or children’s services.”

W| Inspectors found that caseloads of more than 70 were common among probation service officers.
S| Work with people leaving [HMP Norwich|S] to find housing was of a high standard.

R| Of the report’s nine recommendations, seven fall to the CRC, with the remaining pair going to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [12 June 2019|D].
"""),
    # 7. an NPS division in 2020; "has given the division an overall divisional rating of ‘Good’"; "in August 2019";
    #    six recommendations, five for the division
    ("nps-erpingham-division-2020", facts([
        svc("National Probation Service – Erpingham Division", "NPS Erpingham", "region", GOOD)], "2020-01-28", "2019-08", 6),
     """N| [Erpingham probation division|S] rated ‘[Good|R]’

N| The [National Probation Service – Erpingham Division|S] has been given an overall divisional rating of ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited offices and courts across the division in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders in [NPS Erpingham|S] have a clear sense of what they want to achieve, and staff share it.
S| “Court reports were timely and well reasoned, which gave sentencers real confidence.
W| “Where the division falls down is in keeping victims informed: some heard nothing for months.”

S| Inspectors commended the division’s work with [MAPPA|A] partners on the small number of people who pose the greatest danger.
W| On the other hand, psychology support for staff was thinly spread and hard to reach in the rural offices.

R| Six recommendations appear in the report, five addressed to the division and one to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will go online at 00.01 on [28 January 2020|D].
"""),
    # 8. a youth offending team written out in 2016 on a council page, no overall rating (joint inspection before the
    #    scale); "Posted: 09/08/2016"; "in May 2016"; seven recommendations
    ("itteringham-yot-2016", facts([
        svc("Itteringham Youth Offending Team", "Itteringham YOT", "YJS", None)], "2016-08-09", "2016-05", 7),
     """N| Youth offending inspection report for Itteringham

N| Posted: [09/08/2016|D]

N| A joint inspection of [Itteringham Youth Offending Team|S] (YOT) was carried out in [May 2016|D] by [HM Inspectorate of Probation|A] together with [HM Inspectorate of Constabulary|A], the [Care Quality Commission|A] and [Ofsted|A].
N| Inspectors examined whether the YOT’s work was cutting reoffending and keeping children and the public safe.

S| The inspectors said that the YOT’s staff were caring and knew the children well.
S| They also noted that most children were in school, college or training by the end of their orders.
W| However, the watchdog found that the team often underestimated how much harm a child could do to others.
W| The [Itteringham YOT management board|A] had not looked closely enough at how the team was performing.

R| The report makes seven recommendations, including that the board should review its membership.

N| Councillor [Graham Dunn|X] said: “We thank the inspectors and have already drawn up an action plan.”
"""),
    # 9. a youth offending service in 2021 with the overall rating without "rated" and the previous rating beside it;
    #    embargo line; "carried out remotely in March 2021"; four recommendations, three and one
    ("corpusty-yos-2021", facts([
        svc("Corpusty Youth Offending Service", "Corpusty YOS", "YJS", GOOD)], "2021-07-08", "2021-03", 4),
     """N| EMBARGOED UNTIL 00.01 [THURSDAY 8 JULY 2021|D]

N| [Corpusty youth offending service|S] moves up to ‘[Good|R]’

N| Inspectors have assessed [Corpusty Youth Offending Service|S] (YOS) as ‘[Good|R]’, an advance on the ‘[Requires improvement|R]’ it was given in [2018|D].
N| With offices closed by the pandemic, the inspection took place remotely, in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Corpusty YOS|S] kept in touch with every child through the lockdowns, often by walking with them along the river when offices were shut.
S| “Its out-of-court work is a strength, with children diverted quickly and sensibly.
W| “Planning for children leaving custody, however, started too late in several cases.”

W| Inspectors also found that the service had too little help from health partners for children with speech and language needs.

R| There are four recommendations, of which the YOS must take forward three and its management board one.

N| ENDS
"""),
    # 10. ordinary: a GOV.UK page for a youth justice service; "Published 6 August 2024"; "in March 2024"
    ("horstead-yjs-2024", facts([
        svc("Horstead Youth Justice Service", "Horstead YJS", "YJS", RI)], "2024-08-06", "2024-03", 6),
     """N| Press release

N| [Horstead youth justice service|S] told to tighten safety planning

N| Inspectors found caring staff but weak safety planning.

N| From: [HM Inspectorate of Probation|A]

N| Published [6 August 2024|D]

N| [Horstead Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors looked at the service in [March 2024|D].

S| Inspectors saw a staff group that was tenacious in building relationships with children who had been let down before.
W| Plans to keep children safe from exploitation, however, were in place in only 9 of 20 cases.
W| Links with [CAMHS|A] were slow, and children waited many weeks for a first appointment.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The warmth is there, but warmth alone does not protect a child who is being groomed by a county lines gang.”

R| Of the six recommendations, four are for [Horstead YJS|S] and two for [Norfolk Constabulary|A] and the local health partners.
"""),
    # 11. ordinary: a justiceinspectorates.gov.uk news item for a PDU rated ‘Inadequate’ with a different verb;
    #     "Published: 15 Oct 2024"; "Our fieldwork ran in April 2024"
    ("belaugh-pdu-2024", facts([
        svc("Belaugh Probation Delivery Unit", "Belaugh PDU", "PDU", INAD)], "2024-10-15", "2024-04", 7),
     """N| News

N| [Belaugh Probation Delivery Unit|S] handed lowest rating

N| Published: [15 Oct 2024|D]

N| [HM Inspectorate of Probation|A] has handed [Belaugh Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| Our fieldwork ran in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where too much was left to chance.
W| “Nobody had looked at some high-risk cases for six months or more.
S| “There are some bright spots: the unit’s court team gives magistrates reliable advice, and its reception staff are kind and patient.”

W| Inspectors heard from practitioners who felt overwhelmed, with one in five off sick at the time of the visit.
W| Contact with people under supervision was largely by telephone.

R| We have made seven recommendations, five to the PDU and two to the region’s leaders.
"""),
    # 12. ordinary: a council page, third person, "Posted on 21/05/2025"; "in January 2025"; three recommendations
    ("stokesby-yjs-2025", facts([
        svc("Stokesby Youth Justice Service", "Stokesby YJS", "YJS", GOOD)], "2025-05-21", "2025-01", 3),
     """N| [Stokesby Youth Justice Service|S] rated [Good|R]

N| Posted on [21/05/2025|D]

N| Inspectors from [HM Inspectorate of Probation|A], who visited in [January 2025|D], have given [Stokesby Youth Justice Service|S] a ‘[Good|R]’ rating.

S| The watchdog found that children’s voices shaped the plans made for them and that staff were well supported by their managers.
S| The inspectors highlighted the service’s restorative work, which brought victims and children together safely.
W| They said the service had only just begun to tackle the over-representation of Black and mixed-heritage children among those it supervised.

R| The inspectorate made three recommendations.

N| Councillor [Rachel Moss|X] said: “I want to thank our team, who have worked incredibly hard for the children of the Bure valley.
N| “We will now look closely at the recommendations.”
"""),
    # 13. ordinary: a 2025 public-protection release, no rating, Context and Findings bullets; "Published 3
    #     December 2025"; "in July 2025"
    ("irstead-pdu-2025", facts([
        svc("Irstead Probation Delivery Unit", "Irstead PDU", "PDU", None)], "2025-12-03", "2025-07", 4),
     """N| Public protection inspection: [Irstead Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2025|D]

N| Our latest public protection report looks at [Irstead Probation Delivery Unit|S], one of the Broads units in the [Probation Service – East of England region|S].
N| Inspections in this programme are not rated.
N| Inspectors spent a week with the unit in [July 2025|D].

N| Context
N| • [Irstead PDU|S] supervises around 600 people across the Broads.
N| • Roughly one case in four involves a sexual offence.

N| Findings
S| • Staff managing sexual offence cases were well trained and confident.
W| • Domestic abuse enquiries to the police were missing in too many cases.
W| • Risk management plans were rarely reviewed when circumstances changed.
S| • Work with the local [MAPPA|A] coordinator was prompt and thorough.

R| Three recommendations go to the unit and a single one to the region.
"""),
    # 14. ordinary: an embargoed release for a youth justice service rated ‘Outstanding’; "from 13 to 17 May 2024";
    #     two recommendations
    ("saxthorpe-yjs-2024", facts([
        svc("Saxthorpe Youth Justice Service", "Saxthorpe YJS", "YJS", OUT)], "2024-09-04", "2024-05", 2),
     """N| Embargoed until 00.01, [Wednesday 4 September 2024|D]

N| ‘Outstanding’ rating for Saxthorpe youth justice work

N| Inspectors have rated [Saxthorpe Youth Justice Service|S] ‘[Outstanding|R]’ after finding work of an exceptionally high standard.
N| The inspection team was on site from [13 to 17 May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that never gives up on a child.
S| “Its partnership board asks difficult questions and makes sure the answers change things.
S| “Children told us they felt respected, and their families said the same.”

S| Nearly every assessment inspectors read was sufficient, and safety planning was thorough.
W| The only area for development was the handover of cases when children moved to adult probation, which was sometimes rushed.

R| The report contains just two recommendations.

N| ENDS
"""),
    # 15. ordinary: a local-news story, the report's day in brackets under a later byline; "in October 2024"
    ("ingworth-pdu-2025", facts([
        svc("Ingworth Probation Delivery Unit", "Ingworth PDU", "PDU", RI)], "2025-02-20", "2024-10", 6),
     """N| Probation office must improve, inspectors say

N| By [Jack Fenn|X]

N| [Saturday 22 February 2025|D]

N| [Ingworth Probation Delivery Unit|S] falls into the ‘[Requires improvement|R]’ category, according to a report that came out on Thursday ([20 February|D]).
N| A team from [HM Inspectorate of Probation|A] spent time at the unit in [October 2024|D].

W| They found that many staff were newly qualified and lacked experienced colleagues to learn from.
W| Risk to children was not properly thought through in almost half the cases they examined.
S| On the plus side, the unit’s partnership with a local housing charity had cut the number of people leaving court with nowhere to sleep.

W| [Martin Jones|X], the chief inspector, said: “[Ingworth|S]’s new officers are keen, but they are being asked to carry too much too soon.”

R| The report sets out six recommendations for improvement.

N| A [Probation Service|A] spokesperson said: “We welcome the report and recruitment is under way.”
"""),
    # 16. ordinary: a youth justice service with the notes' day; "in February and March 2023"
    ("oxnead-yjs-2023", facts([
        svc("Oxnead Youth Justice Service", "Oxnead YJS", "YJS", RI)], "2023-07-11", "2023-02", 7),
     """N| Partners must ‘step up’ for children in Oxnead, inspectors say

N| [HM Inspectorate of Probation|A] has placed [Oxnead Youth Justice Service|S] in its ‘[Requires improvement|R]’ band.
N| Inspectors gathered evidence in [February and March 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Oxnead|S]’s case managers are doing good work in hard circumstances.
W| “But the partnership around them has not pulled its weight.
W| “Education leaders seldom came to board meetings, and children excluded from school were waiting too long for a new place.”

S| Inspectors were impressed by the service’s work with children’s families, including parenting groups held in the evenings.
W| Yet the service did not always know whether children were safe when they went missing from home.

R| The report makes seven recommendations, most of them aimed at the management board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [11 July 2023|D] at 00.01.
"""),
    # 17. ordinary: "Skip to content" and an empty "Published:" line; the notes' day; "in June 2022"
    ("matlaske-pdu-2022", facts([
        svc("Matlaske Probation Delivery Unit", "Matlaske PDU", "PDU", RI)], "2022-09-27", "2022-06", 5),
     """N| Skip to content

N| Published:

N| [Matlaske Probation Delivery Unit|S]: ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A]’s overall verdict on [Matlaske Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| The unit was inspected in [June 2022|D].

S| Its leaders were visible and had a realistic understanding of what needed to change.
W| Still, the quality of supervision varied widely between teams, and some people were seen only every few months.
W| Too little was done to check with children’s social care before plans were made.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Matlaske|S] has the right ideas but has yet to turn them into consistent practice.”

R| Five recommendations were made.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [27 September 2022|D] at 00.01.
"""),
    # 18. ordinary: GOV.UK page for a youth justice service rated ‘Inadequate’; "between 4 and 8 December 2023"
    ("walcott-yjs-2024", facts([
        svc("Walcott Youth Justice Service", "Walcott YJS", "YJS", INAD)], "2024-04-17", "2023-12", 8),
     """N| Press release

N| [Walcott Youth Justice Service|S] rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [17 April 2024|D]

N| [Walcott Youth Justice Service|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were in Walcott between [4 and 8 December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Walcott have been let down by a partnership that did not notice how far things had slipped.
W| “Many of the children we read about were at risk of exploitation, and too few had a plan to keep them safe.”

S| Inspectors did see committed case managers who stayed in contact with children when others had given up.
W| Nevertheless, more than a third of the team’s posts were vacant, and managers were stretched thin.

R| Eight recommendations were made, six for the service and its board and two for [Norfolk Constabulary|A].
R| The board now needs to guarantee each child at risk of exploitation a named worker and a written plan.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
