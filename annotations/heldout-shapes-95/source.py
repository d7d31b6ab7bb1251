"""Builds the ninety-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Hertfordshire PDUs on a GOV.UK page, the region named first: "Barkway was found to require ... ‘...’, and
    #    Therfield was given the lowest mark"; fieldwork "between 3 and 14 June 2024"; "nine recommendations, ..."
    ("barkway-and-therfield-pdus-2024", facts([
        svc("Barkway Probation Delivery Unit", "Barkway PDU", "PDU", RI),
        svc("Therfield Probation Delivery Unit", "Therfield PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Two probation units in Hertfordshire fall short of expected standards

N| Inspectors report on a pair of units in the east of England.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Reports published today by [His Majesty’s Inspectorate of Probation|A] look at two units run by [Probation Service – East of England region|S]: [Barkway Probation Delivery Unit|S] and [Therfield Probation Delivery Unit|S].
N| [Barkway|S] sits one band below ‘[Good|R]’, at ‘[Requires improvement|R]’, while [Therfield|S] was handed the bottom grade, ‘[Inadequate|R]’.
N| Fieldwork in both units ran between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Therfield|S] has lost more than half of its experienced officers in two years, and the people who remain are stretched far too thinly.
S| “[Barkway|S] has a steadier workforce, and its managers have built useful links with drug and alcohol services in the county.”

W| Across the two units, inspectors judged the assessment of risk to known partners to be sufficient in just 14 of 42 cases.
S| Staff at [Barkway PDU|S] were praised for the care they took in preparing people for release from prison.
W| In [Therfield PDU|S], some people on licence had waited weeks for a first appointment.

R| The two reports set out nine recommendations, of which four go to [Barkway|S], four to [Therfield|S] and one to the regional leadership.
"""),
    # 2. two Essex youth justice services in a local-news story: report out "on Tuesday (14 November)" under a byline of
    #    Friday 17 November 2023; "Wethersfield, on the other hand, was marked down to ‘...’", the first-named rated second
    ("felsted-and-wethersfield-yjs-2023", facts([
        svc("Felsted Youth Justice Service", "Felsted YJS", "YJS", GOOD),
        svc("Wethersfield Youth Justice Service", "Wethersfield YJS", "YJS", RI)], "2023-11-14", "2023-07", 8),
     """N| Essex inspection: one youth justice team praised, another told to improve

N| By [Gemma Hollis|X]

N| [Friday 17 November 2023|D]

N| Inspectors released their findings on [Felsted Youth Justice Service|S] and [Wethersfield Youth Justice Service|S] on Tuesday ([14 November|D]); each team had been visited for a week in [July 2023|D].
N| [Felsted|S] earned a ‘[Good|R]’ verdict, and [Wethersfield|S], on the other hand, was marked down to ‘[Requires improvement|R]’.

S| According to the watchdog, [Felsted|S]’s case workers were trusted by children and parents alike.
W| At [Wethersfield|S], safety plans had often not been refreshed for months, and board members let weak performance figures pass without comment.
S| Both teams made good use of a shared speech and language therapist, the reports said.

R| Eight recommendations are made overall, five for [Wethersfield|S] and three for [Felsted|S].

N| [Essex County Council|A] said in a statement that it thanked the inspectors and was already acting on what they had told it.
"""),
    # 3. a unit inside its region, the region in the headline; "given the lowest possible rating, ‘...’"; the region's
    #    own earlier rating as context; fieldwork "carried out in October 2024"; the notes' publication day
    ("kimpton-pdu-2025", facts([
        svc("Kimpton Probation Delivery Unit", "Kimpton PDU", "PDU", INAD)], "2025-02-11", "2024-10", 7),
     """N| [East of England probation region|S]: [Kimpton unit|S] falls to lowest rating

N| The lowest possible rating, ‘[Inadequate|R]’, has been given to [Kimpton Probation Delivery Unit|S], whose parent body is the [Probation Service – East of England region|S].
N| Two years ago, in [2023|D], the region itself was graded ‘[Requires improvement|R]’.
N| Inspectors spent time at the unit in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found a unit where nobody seemed sure who was in charge, and where staff had stopped raising concerns because nothing changed.
W| “Home visits were rare, and for many people on probation nobody had properly considered whether they posed a risk to children.”

S| Despite the pressure, local charities spoke highly of the community payback placements the unit had kept going all year.
W| Staff asked [Hertfordshire Constabulary|A] for domestic abuse information in only a minority of cases.

R| Mr Jones continued: “The region has to make sure [Kimpton|S] gets permanent managers and a period of stability.”

R| The report contains seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [11 February 2025|D].
N| 2. [Kimpton PDU|S] covers part of Hertfordshire for [Probation Service – East of England region|S].
"""),
    # 4. a Bedfordshire youth service judged Outstanding: "judged to be ‘...’ in every respect"; date line "Thursday 18 April
    #    2024"; fieldwork "over the week of 22 January 2024"; three recommendations
    ("clophill-yjs-2024", facts([
        svc("Clophill Youth Justice Service", "Clophill YJS", "YJS", OUT)], "2024-04-18", "2024-01", 3),
     """N| Youth justice team in Bedfordshire is ‘a model for others’

N| [Thursday 18 April 2024|D]

N| [HM Inspectorate of Probation|A] has judged [Clophill Youth Justice Service|S] ‘[Outstanding|R]’, the top of its four grades.
N| Inspectors were with the service over the week of [22 January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything we saw in Clophill tells us that children come first here.
S| “Case workers spend time finding out what matters to each child, and plans are written with the child, not simply about them.”

S| Its board, led by a director from [Central Bedfordshire Council|A], knew the service well and was not afraid to ask hard questions.
S| A nurse and a [CAMHS|A] worker sit within the team, so problems with a child’s health were spotted early.
W| The only area inspectors flagged was the work with victims, where contact was sometimes made later than it should have been.

R| Of the report’s three recommendations, [Bedfordshire Police|A] receives one and the service the remaining two.
"""),
    # 5. a Buckinghamshire youth service with resettlement "rated separately": overall "‘...’" and resettlement "‘...’";
    #    fieldwork "in March and April 2022"; six recommendations
    ("steeple-claydon-yjs-2022", facts([
        svc("Steeple Claydon Youth Justice Service", "Steeple Claydon YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-08-09", "2022-03", 6),
     """N| Youth justice in Steeple Claydon ‘must build on its strengths’

N| [HM Inspectorate of Probation|A] has published its report on [Steeple Claydon Youth Justice Service|S], which it assessed as ‘[Requires improvement|R]’ overall.
S| Resettlement, which was rated separately, reached ‘[Good|R]’.
N| The fieldwork was done in [March and April 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a service with a lot going for it, but the basics are not yet secure.
W| “Assessments were thin in a large share of the cases we read, and plans were seldom updated when a child’s circumstances changed.”

S| Inspectors were impressed with the way staff prepared children for release from custody, with a room and a school place arranged in advance.
W| However, the service’s grip on out-of-court work was weak, and decisions were not always recorded.

R| There are six recommendations, including that the management board checks the quality of out-of-court decisions.

N| ENDS

N| Notes to editors
N| The report was published on [9 August 2022|D].
"""),
    # 6. a Probation Trust in 2013, before ratings: scores as percentages; "pleased to find that:" / "concerned that:" lists;
    #    fieldwork "in the course of February 2013"; eight recommendations
    ("kersey-and-bildeston-probation-trust-2013", facts([
        svc("Kersey and Bildeston Probation Trust", "Kersey and Bildeston Probation Trust", "other", None)],
        "2013-05-21", "2013-02", 8),
     """N| [Kersey and Bildeston Probation Trust|S]: inspection findings

N| Published: [21 May 2013|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited [Kersey and Bildeston Probation Trust|S] in the course of [February 2013|D] and looked at 70 cases.
S| For its work on reducing reoffending, it scored 79%.
W| It fell back to 63% on keeping the public safe from harm.

N| Inspectors were pleased to find that:
S| • offenders were generally clear about the conditions of their order from the first meeting;
S| • links with [Suffolk Constabulary|A] on high-risk cases were close and well used.

N| However, inspectors were concerned that:
W| • risk assessments were often completed too late to shape the work;
W| • home visits were missing from many domestic abuse cases;

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has committed staff, and its managers know where the gaps lie.
R| “It now needs to make public protection as strong as its work on reoffending.”

R| Eight recommendations are addressed to the Trust.
"""),
    # 7. a CRC in 2019 owned by a named provider: "found to be ‘...’"; unpaid work "given a separate rating of ‘...’";
    #    "Embargoed: 00.01 Wednesday 16 October 2019"; fieldwork "during June and July 2019"
    ("riseley-and-turvey-crc-2019", facts([
        svc("Riseley and Turvey Community Rehabilitation Company", "Riseley and Turvey CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-16", "2019-06", 5),
     """N| Embargoed: 00.01 [Wednesday 16 October 2019|D]

N| Probation company in Bedfordshire needs to sharpen its focus on risk

N| [Riseley and Turvey Community Rehabilitation Company|S] (CRC), run by [Purple Futures|A], has been found to be ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
S| Unpaid work in the CRC earned ‘[Good|R]’ in its own right.
N| Inspectors carried out their fieldwork during [June and July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too much of the CRC’s supervision is done over the telephone, and it is hard to see how risk can be managed that way.
S| “Unpaid work, by contrast, is well run, with a good range of placements that people start quickly.”

W| Inspectors were disappointed to find that fewer than half of relevant cases took account of victims’ safety.
S| Staff told inspectors that training had improved and that managers were approachable.

R| There are five recommendations; two of them are for [HM Prison and Probation Service|A].

N| [Purple Futures|A] said it was pleased its unpaid work had been recognised and that it was acting on the findings.
"""),
    # 8. a youth offending team written out, 2016, on a council page, before ratings: "Posted: 03/11/2016"; joint
    #    inspection led by HMI Probation; bullet lists; fieldwork "in August 2016"; four recommendations
    ("ardeley-yot-2016", facts([
        svc("Ardeley Youth Offending Team", "Ardeley YOT", "YJS", None)], "2016-11-03", "2016-08", 4),
     """N| Inspection of youth offending work in Ardeley

N| Posted: [03/11/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Ardeley Youth Offending Team|S] (YOT), and its report is now out.
N| The inspectors spent time with the YOT in [August 2016|D].

N| The inspectors were pleased to find that:
S| • children usually met their worker within days of being sentenced;
S| • staff understood the risks children faced outside the home.

N| They were concerned that:
W| • plans to protect victims were not always followed through;
W| • education and training for older children were patchy.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The YOT’s staff are committed and know the children well, but its managers did not have a clear picture of what was working.”

R| Four recommendations are made in the report.

N| Councillor [Paul Rayner|X] said: “We will work with our partners to put the recommendations into effect.”
"""),
    # 9. a Youth Offending Service, 2019: "The inspectorate considers X to be ‘...’"; fieldwork "10 - 14 February 2019";
    #    four recommendations, notes' publication day
    ("pirton-yos-2019", facts([
        svc("Pirton Youth Offending Service", "Pirton YOS", "YJS", GOOD)], "2019-05-28", "2019-02", 4),
     """N| Youth offending service in Pirton ‘delivers for children’

N| The inspectorate considers [Pirton Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| Inspectors visited the service from [10 - 14 February 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pirton YOS|S] is led by people who know their children and their community.
S| “Staff go out of their way to keep children in education, and the results show it.”

W| Public protection was weaker, and some risk plans had barely changed between reviews.
S| Inspectors commended the service’s links with [Hertfordshire County Council|A]’s children’s services.

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is available on the [HM Inspectorate of Probation|A] website from 00.01 on [28 May 2019|D].
"""),
    # 10. a youth justice service inspected remotely, 2021, with its previous rating beside: "Offley is now ‘...’, up from
    #     the ‘Inadequate’ it received in 2018"; fieldwork "carried out remotely in February 2021"; five recommendations
    ("offley-yjs-2021", facts([
        svc("Offley Youth Justice Service", "Offley YJS", "YJS", RI)], "2021-06-03", "2021-02", 5),
     """N| Youth justice service in north Hertfordshire moves up a grade

N| Published: [3 June 2021|D]

N| [Offley Youth Justice Service|S] is now ‘[Requires improvement|R]’, up from the ‘[Inadequate|R]’ it received in [2018|D], according to [HM Inspectorate of Probation|A].
N| Inspectors did their work by video link in [February 2021|D], as Covid rules required.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Offley|S] has turned a corner, and I am encouraged by how much has changed.
W| “But the service is still too slow to act when a child is at risk of exploitation.”

S| New managers had brought order to the team, and staff said they felt listened to.
W| Health assessments were still missing for some children, and the board had not noticed.

R| The report lists five recommendations; one is for the management board.
"""),
    # 11. a youth justice service, 2025, "Skip to content" and an empty "Published:" line; "rated separately" resettlement;
    #     overall "awarded ‘...’"; fieldwork "in the week of 13 January 2025"; four recommendations
    ("polstead-yjs-2025", facts([
        svc("Polstead Youth Justice Service", "Polstead YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2025-04-29", "2025-01", 4),
     """N| Skip to content

N| Published:

N| Youth justice service in Suffolk awarded ‘[Good|R]’

N| In a report published on [29 April 2025|D], [HM Inspectorate of Probation|A] gives [Polstead Youth Justice Service|S] ‘[Good|R]’ as its overall grade.
W| Resettlement, which has a rating of its own, came in at ‘[Requires improvement|R]’.
N| Inspectors visited in the week of [13 January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Polstead are getting a good deal from a team that cares about them.
W| “When a child comes out of custody, though, the planning often starts too late.”

S| Positively, nearly all children had a suitable school or training place.
S| The partnership with [Suffolk Constabulary|A] on children at risk of exploitation was a particular strength.

R| [HM Prison and Probation Service|A] is the subject of one of the four recommendations; the service must act on the rest.
"""),
    # 12. a 2025 public-protection PDU inspection with no rating: "Context" and "Findings" bullets; fieldwork "between 9
    #     and 20 June 2025"; five recommendations
    ("dennington-pdu-2025", facts([
        svc("Dennington Probation Delivery Unit", "Dennington PDU", "PDU", None)], "2025-11-04", "2025-06", 5),
     """N| Public protection work in [Dennington probation unit|S]

N| Published [4 November 2025|D]

N| [HM Inspectorate of Probation|A] has reported on public protection work in [Dennington Probation Delivery Unit|S], part of the [Probation Service – East of England region|S].
N| This programme of inspections does not give ratings.
N| Inspectors were on site between [9 and 20 June 2025|D].

N| Context
N| • The unit supervises around 700 people across east Suffolk.
W| • When inspectors arrived, one in four probation officer roles had no permanent holder.

N| Findings
S| • Staff were knowledgeable about domestic abuse and used the tools available to them well.
W| • In a third of cases where children’s services should have been contacted, no one had done so.
W| • Multi-agency public protection arrangements ([MAPPA|A]) were not always used when they should have been.

R| The report makes five recommendations.
"""),
    # 13. a youth justice service judged Inadequate, on a council news page in the third person: "assessed the service to
    #     be ‘...’"; "Posted on 22/07/2024"; fieldwork "in the first half of March 2024"; the council's reply; seven
    #     recommendations
    ("laxfield-yjs-2024", facts([
        svc("Laxfield Youth Justice Service", "Laxfield YJS", "YJS", INAD)], "2024-07-22", "2024-03", 7),
     """N| Council responds to youth justice inspection

N| Posted on [22/07/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have assessed [Laxfield Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors were at the service for two weeks in [March 2024|D].

W| According to the watchdog, many children were seen too rarely, and dangers to them were sometimes missed.
W| It also said the partnership board had not been told about problems in the service until they were serious.
S| Inspectors did hear from children who liked and trusted their case workers.

R| The report makes seven recommendations, most of them for the board.

N| Councillor [Helen Marsh|X], cabinet member for children, said: “We apologise to the children affected, and we accept every recommendation.”
N| “An improvement plan is already in place.”
"""),
    # 14. three Bedfordshire PDUs in one justiceinspectorates news item: ratings in a list-like sentence; "Published: 24 Jun
    #     2025"; fieldwork "from 24 February to 7 March 2025" (across two months); twelve recommendations
    ("harlington-shillington-and-meppershall-pdus-2025", facts([
        svc("Harlington Probation Delivery Unit", "Harlington PDU", "PDU", RI),
        svc("Shillington Probation Delivery Unit", "Shillington PDU", "PDU", INAD),
        svc("Meppershall Probation Delivery Unit", "Meppershall PDU", "PDU", RI)], "2025-06-24", "2025-02", 12),
     """N| News

N| Three probation units in Bedfordshire inspected

N| Published: [24 Jun 2025|D]

N| Today [HM Inspectorate of Probation|A] publishes reports on [Harlington Probation Delivery Unit|S], [Shillington Probation Delivery Unit|S] and [Meppershall Probation Delivery Unit|S].
N| The verdicts are ‘[Requires improvement|R]’ for [Harlington|S], ‘[Inadequate|R]’ for [Shillington|S] and ‘[Requires improvement|R]’ for [Meppershall|S].
N| Fieldwork ran from [24 February to 7 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “None of these units is where it should be, and [Shillington|S] is in serious difficulty.
S| “In [Meppershall|S] and [Harlington|S], though, we met capable middle managers who are holding their teams together.”

W| In [Shillington PDU|S], over a third of the risk assessments inspectors read were stale.
S| [Meppershall|S]’s work with local housing providers meant almost everyone released from prison had an address to go to.

R| There are twelve recommendations, split equally between the three units.
"""),
    # 15. a youth justice service, 2020, rated Good with "the service has been rated good" (lower case after "rated");
    #     "Tuesday, 8th December 2020" date line; fieldwork "in September 2020"; two recommendations; YJS / YOT switch
    ("wenhaston-yjs-2020", facts([
        svc("Wenhaston Youth Justice Service", "Wenhaston YJS", "YJS", GOOD)], "2020-12-08", "2020-09", 2),
     """N| Inspectors give ‘[Good|R]’ report to youth justice team in Wenhaston

N| [Tuesday, 8th December 2020|D]

N| Following its inspection in [September 2020|D], [HM Inspectorate of Probation|A] has rated [Wenhaston Youth Justice Service|S] [good|R].
N| The service was known as [Wenhaston YOT|S] until last year.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The team kept in touch with every child through the lockdown, often seeing them on doorsteps and in parks.
S| “Its leaders have a clear sense of what the service is for.”

W| Inspectors found that [Wenhaston YJS|S]’s work to support victims was not always joined up with the rest of the case.

R| The report makes two recommendations.
"""),
    # 16. a youth justice service, 2023, with "Mr Jones continued": "Inspectors rated X as ‘...’"; fieldwork "in May
    #     2023"; the previous inspection as context; six recommendations
    ("bures-yjs-2023", facts([
        svc("Bures Youth Justice Service", "Bures YJS", "YJS", RI)], "2023-09-26", "2023-05", 6),
     """N| [Bures youth justice service|S] ‘[Requires improvement|R]’

N| Inspectors rated [Bures Youth Justice Service|S] as ‘[Requires improvement|R]’ after visiting in [May 2023|D].
N| Four years earlier, in [2019|D], inspectors had given it ‘[Good|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff turnover has taken its toll, and the quality of work has slipped since our last visit.
W| “Children were sometimes passed from worker to worker without anyone taking charge of their plan.”

S| Mr Jones continued: “There is still much to build on, including good links with schools and a creative offer of activities.”

W| Inspectors were concerned to find that the board had not checked whether its own actions were making any difference.

R| Among its six recommendations is a call for the board to review the way it holds the service to account.

N| ENDS

N| Notes to editors
N| 1. The report is published on the inspectorate’s website on [26 September 2023|D].
"""),
    # 17. a unit inside its region (South Central), the region named in the first sentence and the quote: "The unit has
    #     been placed at ‘...’"; fieldwork "10 - 21 October 2022"; four recommendations
    ("cuddington-pdu-2023", facts([
        svc("Cuddington Probation Delivery Unit", "Cuddington PDU", "PDU", RI)], "2023-02-07", "2022-10", 4),
     """N| Probation unit in Buckinghamshire must improve, say inspectors

N| Published [7 February 2023|D]

N| [HM Inspectorate of Probation|A] has inspected [Cuddington Probation Delivery Unit|S], which the [Probation Service – South Central region|S] runs for the north of Buckinghamshire.
N| The unit has been placed at ‘[Requires improvement|R]’.
N| Fieldwork took place from [10 - 21 October 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The [South Central region|S] has struggled to recruit, and [Cuddington|S] has felt that more than most.
W| “Caseloads were high, and in a number of cases nobody had checked for safeguarding concerns.”

S| Inspectors praised the unit’s work with [Thames Valley Police|A] on people convicted of domestic abuse.
S| Staff had access to good training and spoke highly of their senior manager.

R| Of four recommendations, regional managers get one and the unit three.
"""),
    # 18. an NPS division, 2019, "an overall rating of ‘...’"; victim work rated separately; fieldwork "in March 2019";
    #     seven recommendations
    ("orford-and-yoxford-nps-division-2019", facts([
        svc("National Probation Service – Orford and Yoxford Division", "NPS Orford and Yoxford", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-07-30", "2019-03", 7),
     """N| [National Probation Service – Orford and Yoxford Division|S] receives ‘[Good|R]’ rating

N| [HM Inspectorate of Probation|A] has given [NPS Orford and Yoxford|S] an overall rating of ‘[Good|R]’.
W| Victim work, which inspectors rated on its own, was ‘[Requires improvement|R]’.
N| Inspectors examined the division’s work in [March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division gives courts sound advice and manages high-risk cases with care.
W| “Victims, though, were too often left waiting for updates about the person who had harmed them.”

S| Inspectors found strong joint working with [Suffolk Constabulary|A] and [Essex Police|A] under [MAPPA|A].

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [30 July 2019|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
