"""Builds the hundred-and-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. three Lincolnshire PDUs on a GOV.UK page, the region named first; "Inspectors gave X and Y ‘...’ and placed Z
    #    a step lower"; fieldwork "between 3 and 14 June 2024"; nine recommendations, three for each unit
    ("fosdyke-quadring-and-surfleet-pdus-2024", facts([
        svc("Fosdyke Probation Delivery Unit", "Fosdyke PDU", "PDU", RI),
        svc("Quadring Probation Delivery Unit", "Quadring PDU", "PDU", INAD),
        svc("Surfleet Probation Delivery Unit", "Surfleet PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Reports on three probation units in south Lincolnshire

N| Inspectors have looked at probation work across the fens of south Lincolnshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Today’s reports look at three parts of the [Probation Service – East Midlands region|S]: [Fosdyke Probation Delivery Unit|S], [Quadring Probation Delivery Unit|S] and [Surfleet Probation Delivery Unit|S].
N| Inspectors gave [Fosdyke|S] and [Surfleet|S] a rating of ‘[Requires improvement|R]’ and placed [Quadring|S] a step lower, at ‘[Inadequate|R]’.
N| The inspection team visited all three units between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Quadring|S] has seen nearly all of its experienced officers leave over two years, and the trainees who replaced them have been left without enough support.
W| “As a result, someone known to be a danger to a partner could be supervised for months before anyone asked the police what they knew.
S| “At [Fosdyke|S] and [Surfleet|S], by contrast, staff spoke well of their managers and of the help they got from senior colleagues.”

S| [Surfleet PDU|S]’s work with a local employment charity had found jobs for dozens of people on licence.
W| Across all three units, officers seldom called on people at home, even with children in the house.

R| The reports set out nine recommendations, three for each unit.

N| [Kate Ashworth|X], who leads probation in the East Midlands, said a recovery plan was already in place.
"""),
    # 2. two youth justice services in a local-news story; report "released on Tuesday (14 February)" under a byline of
    #    Friday 17 February 2023; "Nocton earned the highest grade ... while Tealby was assessed as ‘Good’" (the other
    #    order from the first naming); five recommendations, three and two
    ("tealby-and-nocton-yjs-2023", facts([
        svc("Tealby Youth Justice Service", "Tealby YJS", "YJS", GOOD),
        svc("Nocton Youth Justice Service", "Nocton YJS", "YJS", OUT)], "2023-02-14", "2022-10", 5),
     """N| Youth justice teams in Lincolnshire win praise from inspectors

N| By [Helen Marsh|X]

N| [Friday 17 February 2023|D]

N| On Tuesday ([14 February|D]) inspectors released their reports into [Tealby Youth Justice Service|S] and [Nocton Youth Justice Service|S], which they visited in [October 2022|D].
N| [Nocton|S] earned the highest grade on the inspectorate’s scale, ‘[Outstanding|R]’, while [Tealby|S] was assessed as ‘[Good|R]’.

S| Inspectors said [Nocton|S]’s workers made real efforts to stay in contact with children placed in care a long way from home.
S| They commended [Tealby|S] for its close links with schools, through which several children were back in full-time lessons.
W| The report on [Tealby YJS|S] did note that plans to keep victims safe were sometimes drawn up without talking to the victims themselves.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “It is plain that both teams care deeply about children, and [Nocton|S] sets a standard others could learn from.”

R| The reports contain five recommendations in all: three for [Tealby|S], two for [Nocton|S].

N| [Lincolnshire County Council|A] said it was “delighted” with both results.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence, its own earlier rating as context;
    #    "Inspectors judged X to be ‘Inadequate’"; fieldwork "during March 2024"; notes give the publication day
    ("branston-pdu-2024", facts([
        svc("Branston Probation Delivery Unit", "Branston PDU", "PDU", INAD)], "2024-07-23", "2024-03", 7),
     """N| [East Midlands probation region|S]: [Branston probation unit|S] falls to the bottom grade

N| Inspectors judged [Branston Probation Delivery Unit|S] to be ‘[Inadequate|R]’, a verdict that also reflects on the [Probation Service – East Midlands region|S], to which it belongs.
N| As a whole, the region was last rated ‘[Requires improvement|R]’, in [2023|D].
N| [HM Inspectorate of Probation|A] examined 42 cases during [March 2024|D] and spoke to staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Branston|S] is carrying far more work than its staff can manage.
W| “Practitioners told us they had stopped reading case files before appointments because there was no time.”

W| Mr Jones continued: “Across most of our sample, nobody had properly asked whether children in the home were at risk.”

S| Even so, inspectors found that the unit’s approved premises team had built trusting relationships with the people living there.
W| Links with [Lincolnshire Police|A] on domestic abuse call-outs were patchy, and requests for information often went unanswered for weeks.

R| Seven recommendations follow; the unit is asked to act on five, regional [Probation Service|A] leaders on two.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [23 July 2024|D] at 00.01.
N| 2. [Branston PDU|S] covers a largely rural part of central Lincolnshire.
"""),
    # 4. a unit inside its region (East of England) on a justiceinspectorates news page: "Inspectors found X to need
    #    improvement, rating it ‘...’"; "Published: 11 Feb 2025"; fieldwork "in October and November 2024"
    ("elsworth-pdu-2025", facts([
        svc("Elsworth Probation Delivery Unit", "Elsworth PDU", "PDU", RI)], "2025-02-11", "2024-10", 6),
     """N| News

N| Probation unit in Cambridgeshire has ‘foundations to build on’

N| Published: [11 Feb 2025|D]

N| Inspectors from [HM Inspectorate of Probation|A] have found [Elsworth Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| It is among the units the [Probation Service – East of England region|S] runs in Cambridgeshire.
N| The inspection was carried out in [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Elsworth|S]’s leaders have a realistic grasp of what needs to change, and staff feel listened to.
W| “But the quality of assessment varies a great deal from one officer to the next, and too many plans are copied forward from earlier sentences.”

S| Inspectors highlighted unpaid work placements with parish councils across the county, which had kept completion rates high.
W| Risk to known adults was given enough attention in under half the files inspectors read.
W| Staff sickness had left some teams without a senior probation officer for long periods.

R| Of six recommendations, one calls on the unit to check with [Cambridgeshire Constabulary|A] and children’s services at the start of every case.
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; date line "Tuesday, 9th April 2013"
    ("digby-and-welbourn-probation-trust-2013", facts([
        svc("Digby and Welbourn Probation Trust", "Digby and Welbourn Probation Trust", "other", None)],
        "2013-04-09", "2012-11", 8),
     """N| Inspection of offender management in Digby and Welbourn

N| [Tuesday, 9th April 2013|D]

N| [Her Majesty’s Inspectorate of Probation|A] has inspected [Digby and Welbourn Probation Trust|S] and its report is out today.
N| Inspectors looked at a sample of 54 cases when they visited in [November 2012|D].

S| A score of 76% for cutting reoffending was one of the better results of this round.
W| Work to protect the public scored 65%, which inspectors said left room for improvement.

N| Inspectors were pleased to find that:
S| • after sentence, offenders were usually given a first appointment within days and understood what their orders required;
S| • the Trust worked well with [Lincolnshire Police|A] on prolific and priority offenders.

N| However, inspectors were concerned to find that:
W| • plans often said little about how risk of harm would be managed;
W| • referrals to children’s services were rarely chased when no reply came.

S| [Paul McDowell|X], HM Chief Inspector of Probation, said: “Commitment among staff is high, and they know their cases well.
R| “They now need to make sure that public protection is given the same priority as reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 6. a CRC in 2019 run by a named provider, embargo line; "given the lowest possible rating"; unpaid work "rated
    #    separately" Good; fieldwork "in October 2018"
    ("blofield-and-brundall-crc-2019", facts([
        svc("Blofield and Brundall Community Rehabilitation Company", "Blofield and Brundall CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-12", "2018-10", 5),
     """N| Embargoed until 00.01, [Tuesday 12 February 2019|D]

N| Probation company in Norfolk given lowest rating

N| [HM Inspectorate of Probation|A] has awarded [Blofield and Brundall Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] runs, its lowest grade, ‘[Inadequate|R]’.
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [October 2018|D].

W| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “At this CRC, supervision happens far too often by phone, with nobody checking how people are really getting on.
W| “Officers are stretched thin, and the quality of their work suffers for it.”

S| The CRC’s unpaid work schemes impressed inspectors: they were well organised and gave people useful skills.
W| Contact with the [National Probation Service|A] had broken down in places, and when cases moved between the two, details of risk were sometimes lost.

R| Of the report’s five recommendations, three fall to the CRC and to [Sodexo Justice Services|A], which owns it, while two are for [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] said in a statement that it was disappointed and had already begun to act on the findings.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection, bullet lists,
    #    "Posted: 21/09/2016"; fieldwork "between 13 and 17 June 2016"
    ("ludham-yot-2016", facts([
        svc("Ludham Youth Offending Team", "Ludham YOT", "YJS", None)], "2016-09-21", "2016-06", 6),
     """N| Inspectors report on youth offending work in Ludham

N| Posted: [21/09/2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Ludham Youth Offending Team|S] (YOT), together with [Ofsted|A] and the [Care Quality Commission|A], and the report is now out.
N| Inspectors were in the area between [13 and 17 June 2016|D].

N| Among the positives, inspectors found that:
S| • staff had a real understanding of the children they worked with;
S| • children were helped to take part in activities that kept them busy at weekends.

N| Inspectors were, however, concerned to find that:
W| • the YOT management board did not challenge partners when they fell short;
W| • practice in managing the risk children posed to others was uneven.

R| Six recommendations have been made to improve the service.

N| Councillor [Peter Holloway|X], chair of the [Ludham YOT Management Board|A], said: “We welcome the report and will act on each of its recommendations.”
"""),
    # 8. an NPS division in 2019, "an overall rating of ‘...’ for the division"; fieldwork "in July and August 2019"
    ("kenninghall-and-garboldisham-nps-division-2019", facts([
        svc("National Probation Service – Kenninghall and Garboldisham Division", "NPS Kenninghall and Garboldisham",
            "region", RI)], "2019-11-26", "2019-07", 4),
     """N| Probation division in Norfolk inspected

N| [Tuesday 26 November 2019|D]

N| Inspectors from [HM Inspectorate of Probation|A] have placed the [National Probation Service – Kenninghall and Garboldisham Division|S] at ‘[Requires improvement|R]’ overall.
N| Inspectors carried out fieldwork in [July and August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The leaders of this division are capable, its workforce is stable, and its court teams produce thorough reports.
W| “However, the division is not doing enough to keep track of people who may harm others once they are released from prison.”

S| Inspectors found that victim liaison officers kept victims well informed about what was happening with each case.
W| Case allocation was slow, and in a quarter of cases no plan was in place within the expected time.

R| The report makes four recommendations, all for [NPS Kenninghall and Garboldisham|S].
"""),
    # 9. an ordinary youth justice service, Good, with resettlement rated separately ‘Requires improvement’
    ("friskney-yjs-2024", facts([
        svc("Friskney Youth Justice Service", "Friskney YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-05-21", "2024-01", 4),
     """N| [Friskney youth justice service|S] rated ‘[Good|R]’

N| [Friskney Youth Justice Service|S] is rated ‘[Good|R]’ overall in the inspectorate’s report.
W| Resettlement work, which inspectors rate separately, was ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork over two weeks in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Friskney YJS|S] knows its children well and its staff are tenacious in finding the right support for each of them.
S| “The service’s joint work with local mental health workers for children is particularly strong.
W| “We did find that when children left custody, the arrangements for where they would live were sometimes made at the last minute.”

S| Victims were offered a say in how each case was handled, which inspectors also praised.

R| The report makes four recommendations, three for [Friskney YJS|S] and one for [Lincolnshire County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on the [HM Inspectorate of Probation|A] website on [21 May 2024|D] at 00.01.
"""),
    # 10. a youth justice service whose rating improved: "an improvement on the ‘Inadequate’ it was given in 2019"
    ("billinghay-yjs-2022", facts([
        svc("Billinghay Youth Justice Service", "Billinghay YJS", "YJS", RI)], "2022-08-30", "2022-04", 6),
     """N| [Billinghay youth justice service|S]: clear progress since last inspection

N| At ‘[Requires improvement|R]’, [Billinghay Youth Justice Service|S] is one step above the ‘[Inadequate|R]’ it was awarded after its [2019|D] inspection.
N| The inspection team was on site in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Billinghay|S] is a very different service from three years ago, and the new management board takes a far closer interest than the old one.
W| “There is still work to do, though: assessments of safety and wellbeing were below the standard we expect in nearly half of the files we read.”

S| Inspectors noted that children were seen quickly after being referred and that staff knew them well.
W| Reviews of out-of-court disposals were often missed, and some children waited weeks before any intervention started.

R| One of the report’s six recommendations is for the board to check regularly whether children are getting the help set out in their plans.

N| ENDS

N| Notes to editors
N| 1. The report will be available on [HM Inspectorate of Probation|A]’s website at 00.01 on [30 August 2022|D].
"""),
    # 11. a Rutland youth justice service, "the highest possible rating"; date line "Thursday 8 June 2023"
    ("whissendine-yjs-2023", facts([
        svc("Whissendine Youth Justice Service", "Whissendine YJS", "YJS", OUT)], "2023-06-08", "2023-02", 2),
     """N| Youth justice service in Rutland ‘stands out’, inspectors say

N| [Thursday 8 June 2023|D]

N| [HM Inspectorate of Probation|A] has awarded [Whissendine Youth Justice Service|S] ‘[Outstanding|R]’, the top mark on its scale.
N| Inspectors visited the service in [February 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whissendine|S] stands out for the quality of its work with children and families.
S| “Every case we looked at had a plan that was clear, realistic and agreed with the child.”

S| Inspectors found that the service had strong partnerships with [Leicestershire Police|A] and local schools, so children were rarely excluded.
S| Staff were well trained, and many had stayed with the service for years.

R| The report makes two recommendations, both for the management board.

N| Councillor [Ruth Beale|X], of [Rutland County Council|A], said: “Our staff can be rightly proud of this result.”
"""),
    # 12. a youth justice service given the lowest possible rating, fieldwork "carried out remotely in March 2021"
    ("greetham-yjs-2021", facts([
        svc("Greetham Youth Justice Service", "Greetham YJS", "YJS", INAD)], "2021-07-13", "2021-03", 8),
     """N| [Greetham youth justice service|S] given lowest rating

N| [Greetham Youth Justice Service|S] has landed on the bottom rung of the inspectorate’s four-point scale: ‘[Inadequate|R]’.
N| Because of coronavirus restrictions, inspectors did their fieldwork remotely, in [March 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “In Greetham, too many children are going without the help they need, and some are at real risk.
W| “The board met as planned, yet its meetings led to very little change.”

W| Inspectors found that in only 7 of 20 cases was there enough work to keep the child safe.
S| Despite these failings, the service’s efforts to get children into training and jobs impressed inspectors.
W| Staff said morale was low and several were unsure of their roles.

R| Eight recommendations are made: six to the service and two to [Rutland County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [13 July 2021|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 13. a youth offending service on a council page in 2019: "Posted: 01/10/2019", "Tetney Youth Offending Service
    #    (YOS)", "an overall rating of ‘Good’"; fieldwork "between 8 and 12 July 2019"
    ("tetney-yos-2019", facts([
        svc("Tetney Youth Offending Service", "Tetney YOS", "YJS", GOOD)], "2019-10-01", "2019-07", 4),
     """N| Youth offending service receives ‘[Good|R]’ rating

N| Posted: [01/10/2019|D]

N| [HM Inspectorate of Probation|A]’s latest report rates [Tetney Youth Offending Service|S] (YOS) ‘[Good|R]’ overall.
N| Inspectors visited between [8 and 12 July 2019|D].

S| The report found that the [Tetney YOS|S] had a committed and knowledgeable workforce.
S| Inspectors said the service’s work on court disposals was of a high standard.
W| However, they found that diversion work was inconsistent and that some children had not been properly assessed.

R| Four recommendations were made, two of them for the management board.

N| Councillor [Simon Farrow|X], who holds the children’s services portfolio, thanked staff for their hard work.
"""),
    # 14. a 2025 public-protection inspection of a PDU with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" and "Findings" bullets; the notes give the day
    ("mattishall-pdu-2025", facts([
        svc("Mattishall Probation Delivery Unit", "Mattishall PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Mattishall Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has examined the Norfolk unit’s work to protect the public.
N| This inspection programme does not rate services.
N| Inspectors visited the unit in [September 2025|D].

N| Context
N| • [Mattishall PDU|S] supervises around 900 people in the community.
N| • The [Probation Service – East of England region|S] manages it from Norwich.

N| Findings
S| • Staff were confident in recognising domestic abuse and knew where to seek advice.
W| • Checks with [Norfolk Constabulary|A] were missing in a third of the cases inspected.
W| • Officers seldom went to people’s homes to judge the risk to children living there.

R| The report makes five recommendations to the PDU and the region.

N| Notes to editors
N| 1. The report was published on [2 December 2025|D].
"""),
    # 15. a youth justice service, "was judged to be ‘Requires improvement’"; out-of-court disposals rated separately Good
    ("colsterworth-yjs-2024", facts([
        svc("Colsterworth Youth Justice Service", "Colsterworth YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-11-19", "2024-07", 6),
     """N| Youth justice in Colsterworth: ‘a mixed picture’

N| [Colsterworth Youth Justice Service|S] was judged to be ‘[Requires improvement|R]’ following an inspection in [July 2024|D].
S| Its out-of-court disposal work, rated separately, was ‘[Good|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Our inspectors saw a mixed picture: staff are warm and committed, but their assessments are too often incomplete.
S| “The service’s prevention work is impressive, and children told us they trusted their case workers.
W| “Unfortunately, leaders cannot yet say with confidence how well the service is doing.”

W| While the partnership with health services had improved, speech and language support was still hard to get.

R| Six recommendations are made; the first asks the service to improve the way it plans for children’s safety.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website from 00.01 on [Tuesday 19 November 2024|D].
"""),
    # 16. a youth justice service in a local-news story, third person, council reply
    ("lyddington-yjs-2025", facts([
        svc("Lyddington Youth Justice Service", "Lyddington YJS", "YJS", GOOD)], "2025-04-08", "2024-12", 3),
     """N| Watchdog rates [Lyddington youth justice team|S] ‘[Good|R]’

N| By [Tom Reeve|X]

N| A report published on [8 April 2025|D] rates [Lyddington Youth Justice Service|S] ‘[Good|R]’ overall.
N| A team from [HM Inspectorate of Probation|A] visited for a week in [December 2024|D].

S| According to the watchdog, staff had built trusting relationships with children and with their parents and carers.
S| It said the service worked closely with [Leicestershire Police|A] to steer children away from crime.
W| But some risk plans had not been revised after a change in a child’s circumstances, inspectors said.

R| The report makes three recommendations.

N| A [Rutland County Council|A] spokesperson said: “We are pleased the inspectors recognised our team’s hard work and will act on their advice.”
"""),
    # 17. two Cambridgeshire PDUs in one release: "X and Y were both found wanting: X ‘...’ and Y ‘...’"; came close to
    #     ‘Inadequate’; ten recommendations
    ("wimblington-and-doddington-pdus-2023", facts([
        svc("Wimblington Probation Delivery Unit", "Wimblington PDU", "PDU", RI),
        svc("Doddington Probation Delivery Unit", "Doddington PDU", "PDU", INAD)], "2023-09-05", "2023-04", 10),
     """N| Probation units in the Fens told to improve

N| Findings on [Wimblington Probation Delivery Unit|S] and [Doddington Probation Delivery Unit|S] were published today by [HM Inspectorate of Probation|A].
N| The two units are run by the [Probation Service – East of England region|S].
N| [Wimblington|S] was assessed as ‘[Requires improvement|R]’ and [Doddington|S] as ‘[Inadequate|R]’.
N| Inspectors visited the two units in [April 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Doddington|S] is struggling with vacancies and high caseloads, and this is affecting the quality of supervision.
W| “[Wimblington|S] came close to being judged ‘[Inadequate|R]’ too.”

S| Inspectors praised the two units’ work with local housing providers, which meant few people left prison with nowhere to live.
W| However, in both units, risk assessments were often out of date.

R| Ten recommendations are made, five for each unit.

N| ENDS

N| Notes to editors
N| 1. The reports are published on [5 September 2023|D].
"""),
    # 18. a Norfolk youth justice service in 2020, resettlement rated separately ‘Outstanding’; "Tuesday, 15th September
    #     2020"; fieldwork "in February 2020", before the pandemic
    ("shipdham-yjs-2020", facts([
        svc("Shipdham Youth Justice Service", "Shipdham YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2020-09-15", "2020-02", 5),
     """N| [Shipdham youth justice service|S] rated ‘[Good|R]’

N| [Tuesday, 15th September 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Shipdham Youth Justice Service|S] to be ‘[Good|R]’ overall.
S| Its resettlement work, which receives a rating of its own, reached ‘[Outstanding|R]’.
N| The inspection took place in [February 2020|D], before the national lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shipdham|S] has a real commitment to children leaving custody, and the planning we saw for their release was excellent.
W| “There is more to do on managing risk, where practice was not always consistent.”

S| Inspectors found that the service had good links with [Norfolk County Council|A]’s children’s services.
W| Some children did not get enough help with their education.

R| The report makes five recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
