"""Builds the ninety-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two south-east London PDUs on a GOV.UK page, the region named first: "X was given ‘...’, while Y was judged to
    #    be ‘...’"; fieldwork "in June 2024"; eight recommendations split three, four and one
    ("anerley-and-chislehurst-pdus-2024", facts([
        svc("Anerley Probation Delivery Unit", "Anerley PDU", "PDU", RI),
        svc("Chislehurst Probation Delivery Unit", "Chislehurst PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| Press release

N| Inspection of two probation units in Bromley

N| Reports on two probation delivery units in south-east London are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A] has reported on [Anerley Probation Delivery Unit|S] and [Chislehurst Probation Delivery Unit|S]; both are run by the [Probation Service – London region|S].
N| [Anerley PDU|S] was given ‘[Requires improvement|R]’, while [Chislehurst PDU|S] was judged to be ‘[Inadequate|R]’.
N| Fieldwork took place in [June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These neighbouring units share a border and little else.
S| “[Anerley|S] has a stable team of managers who take the quality of their staff’s work seriously.
W| “In Chislehurst, close to half the posts for qualified officers stood vacant, and newly qualified staff were left holding complex cases with little support.”

S| Inspectors commended [Anerley|S]’s close ties with substance misuse services, so that many people got an appointment the same day.
W| Neither unit made much use of home visits for perpetrators of domestic abuse.
W| Worryingly, a few high-risk people in Chislehurst had not met their officer for over a month.

R| Eight recommendations are made, three for [Anerley PDU|S], four for [Chislehurst PDU|S], and the last goes to the [Probation Service|A] in London.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] rates each probation delivery unit on a four-point scale.
"""),
    # 2. two Kent youth justice services on a council page: "Posted: 21/11/2023"; the ratings sentence in the other order
    #    from first naming ("Sturry’s service was assessed as ‘Good’ and Charing’s as ‘...’"); six recommendations
    ("charing-and-sturry-yjs-2023", facts([
        svc("Charing Youth Justice Service", "Charing YJS", "YJS", RI),
        svc("Sturry Youth Justice Service", "Sturry YJS", "YJS", GOOD)], "2023-11-21", "2023-07", 6),
     """N| Council statement: inspection of youth justice services

N| Posted: [21/11/2023|D]

N| Reports on [Charing Youth Justice Service|S] and [Sturry Youth Justice Service|S] are now public; [HM Inspectorate of Probation|A] visited both in [July 2023|D].
N| [Sturry|S]’s service was assessed as ‘[Good|R]’ and [Charing|S]’s as ‘[Requires improvement|R]’.

S| Inspectors found that [Sturry YJS|S] knew its children well and that case managers were quick to involve families in planning.
S| They also highlighted the work of both services with [Kent Police|A] to steer children away from formal court proceedings.
W| In [Charing YJS|S], however, assessments did not always take account of the risks children faced from older peers.
W| Access to emotional and mental health support through [CAMHS|A] was described as slow in both areas.

R| There are six recommendations across the two reports, four for [Charing|S] and two for [Sturry|S].

N| A spokesperson for [Kent County Council|A] said: “Our partners and we have already begun planning a response to each report.”
"""),
    # 3. two Sussex PDUs in a justiceinspectorates news item: "Neither unit met the standard expected; X has been assessed
    #    as ‘...’ and Y as ‘...’"; the region named first ("... region runs both X and Y"); "Published: 27 May 2025";
    #    fieldwork "between 3 and 14 February 2025"; ten recommendations
    ("hassocks-and-storrington-pdus-2025", facts([
        svc("Hassocks Probation Delivery Unit", "Hassocks PDU", "PDU", INAD),
        svc("Storrington Probation Delivery Unit", "Storrington PDU", "PDU", RI)], "2025-05-27", "2025-02", 10),
     """N| News

N| Probation in West and Mid Sussex: two units fall short

N| Published: [27 May 2025|D]

N| [Probation Service – Kent, Surrey and Sussex region|S] runs both [Hassocks Probation Delivery Unit|S] and [Storrington Probation Delivery Unit|S], the subjects of two reports out today.
N| Neither unit met the standard expected; [Hassocks|S] has been assessed as ‘[Inadequate|R]’ and [Storrington|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the two units between [3 and 14 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Hassocks|S] told us they came to work each day unsure which of their cases to neglect.
W| “That is no way to keep the public safe.”

S| [Storrington|S]’s practitioners were praised for their thoughtful work with women on probation, supported by a local women’s centre.
W| Both units often failed to ask [Sussex Police|A] about domestic abuse call-outs.
W| Sickness absence in [Hassocks PDU|S] had reached one in five staff, and the unit relied heavily on agency workers.

R| The reports contain ten recommendations, six for [Hassocks|S] and four for [Storrington|S].
"""),
    # 4. a unit inside its region, the region written "the Probation Service’s London region" (two spans): "has received
    #    ‘...’, the bottom of the scale"; other London units' ratings as context; the notes' "available on the ... website on
    #    5 December 2023 at 00.01"; fieldwork "The inspection, which took place in June 2023"; "Mr Jones continued"; six
    #    recommendations
    ("walworth-pdu-2023", facts([
        svc("Walworth Probation Delivery Unit", "Walworth PDU", "PDU", INAD)], "2023-12-05", "2023-06", 6),
     """N| Probation unit in Southwark given ‘[Inadequate|R]’ rating

N| [Walworth Probation Delivery Unit|S], within the [Probation Service|A]’s [London region|S], has received ‘[Inadequate|R]’, the bottom of the scale.
N| The inspection, which took place in [June 2023|D], looked at 52 cases.
N| Of the London units inspected so far this year, only one has been rated ‘[Good|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Walworth|S] has been stretched beyond breaking point.
W| “Managers were covering for absent colleagues rather than overseeing the work, and in too many cases no one had checked whether children were at risk.”

W| Mr Jones continued: “More than half the risk plans we read were out of date.”

S| Despite the pressure, the court team’s reports were of a consistently high standard.
S| Staff also spoke warmly of their colleagues, and several had chosen to stay through a difficult period.
W| However, sharing of information with [Southwark Council|A]’s children’s services was slow, and requests often went unanswered for weeks.

R| The report makes six recommendations: four for [Walworth PDU|S] and two for the [London region|S].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [5 December 2023|D] at 00.01.
N| 2. Probation delivery units (PDUs) are the local teams that supervise people on probation.
"""),
    # 5. a unit inside its region, the region in the headline: "Kent, Surrey and Sussex probation region: Meopham probation
    #    unit ‘making progress’"; "found X to be ‘...’ overall" in "a report published today (Thursday, 18 April)" (year
    #    from the fieldwork, November 2023: 18 April 2024 is a Thursday); "in just 19 of the 42 cases"; four recommendations
    ("meopham-pdu-2024", facts([
        svc("Meopham Probation Delivery Unit", "Meopham PDU", "PDU", RI)], "2024-04-18", "2023-11", 4),
     """N| [Kent, Surrey and Sussex probation region|S]: [Meopham probation unit|S] ‘making progress’

N| In a report published today ([Thursday, 18 April|D]), [HM Inspectorate of Probation|A] found [Meopham Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ overall.
N| Inspectors visited the unit in [November 2023|D] and read 42 cases.

S| A new head of service had brought a sense of purpose, and staff said they now felt listened to.
S| Positively, nearly all new cases had a first meeting within five working days.
W| However, work to protect actual and potential victims was sufficient in just 19 of the 42 cases.
W| Some staff had not been trained in assessing the risk of domestic abuse, and home visits were seldom used.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Meopham|S] is heading in the right direction.
R| “[Meopham|S]’s leaders must now make sure that risk assessments are reviewed whenever something significant changes in a person’s life.”

R| All four of the report’s recommendations are for the PDU.

N| ENDS

N| Notes to editors
N| 1. [Meopham PDU|S], in north-west Kent, belongs to [Probation Service – Kent, Surrey and Sussex region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: "achieved 71%" etc., bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; "Tuesday, 12th July 2011"; "in March 2011";
    #    seven recommendations
    ("blackheath-probation-trust-2011", facts([
        svc("Blackheath Probation Trust", "Blackheath Probation Trust", "other", None)], "2011-07-12", "2011-03", 7),
     """N| Inspection of [Blackheath Probation Trust|S] – report published

N| [Tuesday, 12th July 2011|D]

N| [Her Majesty’s Inspectorate of Probation|A] today released its findings on how offenders are managed by [Blackheath Probation Trust|S].
N| The inspection was carried out in [March 2011|D] and looked at a sample of 70 cases.

S| The Trust achieved 71% on reducing reoffending and 83% on making sure court orders were carried out.
W| Its score for work to protect the public from harm was 58%, one of the lowest seen so far in this inspection programme.

N| Inspectors were pleased to find that:
S| • reports prepared for the courts were of a good standard;
S| • offenders were usually seen promptly after sentence and kept appointments regularly.

N| However, inspectors were concerned to find that:
W| • risk management plans were frequently absent or out of date;
W| • contact with the [Metropolitan Police|A] over domestic abuse call-outs was inconsistent.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Here is a Trust whose staff plainly care about the offenders on their books.
R| “Public protection must now receive the attention the Trust already pays to cutting reoffending.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC in 2019 on a GOV.UK page: "Inspectors judged X (CRC), owned by Seetec, to be ‘...’"; unpaid work "assessed on
    #    its own and judged ‘...’"; fieldwork "in September 2019"; "Published: 3 Dec 2019"; seven recommendations
    ("kidbrooke-and-mottingham-crc-2019", facts([
        svc("Kidbrooke and Mottingham Community Rehabilitation Company", "Kidbrooke and Mottingham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-03", "2019-09", 7),
     """N| South-east London probation company told to improve

N| Published: [3 Dec 2019|D]

N| Inspectors judged [Kidbrooke and Mottingham Community Rehabilitation Company|S] (CRC), owned by [Seetec|A], to be ‘[Requires improvement|R]’.
S| Unpaid work was assessed on its own and judged ‘[Good|R]’.
N| Fieldwork took place in [September 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Committed as its workforce is, this CRC is stretched far too thin.
W| “Some officers were responsible for more than 90 people, and the work suffered.”

S| Community placements were arranged efficiently, often with charities where people could pick up new skills.
W| Inspectors found that the CRC’s assessments of risk were too often based on what the person said, with little checking.
W| The exchange of information with the [National Probation Service|A] about cases moving between the two organisations was poor.

R| Seven recommendations are made; the CRC and [Seetec|A] have five, [HM Prison and Probation Service|A] the remaining two.
"""),
    # 8. a youth offending team written out, 2016, before ratings: joint inspection with Ofsted and CQC; "Inspectors were
    #    pleased to find that:" lists; "Thursday 21 July 2016"; "in April 2016"; five recommendations; the board named with the YOT
    ("wapping-yot-2016", facts([
        svc("Wapping Youth Offending Team", "Wapping YOT", "YJS", None)], "2016-07-21", "2016-04", 5),
     """N| Youth offending work in Wapping – joint inspection findings

N| [Thursday 21 July 2016|D]

N| Today sees publication of a joint inspection of [Wapping Youth Offending Team|S] (YOT), in which [Ofsted|A] and the [Care Quality Commission|A] joined [HM Inspectorate of Probation|A].
N| Inspectors visited in [April 2016|D], reading 40 children’s case files.

N| Inspectors were pleased to find that:
S| • members of the [Wapping YOT management board|A] attended regularly and understood where the service was strong and weak;
S| • children were helped into education and training, and most attended regularly.

N| However, inspectors were concerned to find that:
W| • at the outset, staff did not always spot how dangerous a child could be to others;
W| • checks on children’s safety were not always shared with [Tower Hamlets Council|A]’s social workers.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children who have often been let down by adults have found people they can rely on in this YOT.
R| “Managers now need to ensure that every assessment considers the risk of harm, not only the likelihood of reoffending.”

R| Five recommendations are made to the YOT and its partners.
"""),
    # 9. an NPS division in 2019: "For the X, ...’s verdict is an overall regional rating of ‘...’"; the short "NPS Kenton
    #    and Wealdstone"; "Published: 26 Jun 2019"; fieldwork "ran through January and February 2019"; nine recommendations
    ("kenton-and-wealdstone-nps-division-2019", facts([
        svc("National Probation Service – Kenton and Wealdstone Division", "NPS Kenton and Wealdstone", "region",
            GOOD)], "2019-06-26", "2019-01", 9),
     """N| North-west London probation division rated ‘[Good|R]’

N| Published: [26 Jun 2019|D]

N| For the [National Probation Service – Kenton and Wealdstone Division|S], [HM Inspectorate of Probation|A]’s verdict is an overall regional rating of ‘[Good|R]’.
N| The fieldwork ran through [January and February 2019|D].

S| The division was well led, with senior managers who were visible and approachable.
S| Court reports were thorough and almost always delivered on time.
W| Yet one case in three showed too little effort to protect victims of domestic abuse.
W| Staffing was stretched in some offices, and a number of probation officers carried caseloads above the national target.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kenton and Wealdstone|S] can be proud of the quality of its leadership and its work with the courts.
R| “It should now focus on making sure victims are protected in every case.”

R| Nine recommendations are shared between the division, [HMPPS|A] and, for two national matters, the [Ministry of Justice|A].
"""),
    # 10. a GOV.UK page: "has rated X ‘Good’ overall"; resettlement "judged on its own, came out lower, at ‘...’";
    #     "Fieldwork for this inspection took place in October 2023"; six recommendations
    ("cheam-yjs-2024", facts([
        svc("Cheam Youth Justice Service", "Cheam YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-03-12", "2023-10", 6),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice service in Sutton

N| Inspectors publish their report on [Cheam Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [12 March 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Cheam Youth Justice Service|S] ‘[Good|R]’ overall.
W| Resettlement policy and provision, judged on its own, came out lower, at ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [October 2023|D].

S| Case managers took time to earn the trust of children and their parents.
S| The service’s out-of-court work was a notable strength, with decisions made quickly and jointly with the [Metropolitan Police|A].
W| However, plans for release often started too late for a suitable home to be found.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cheam|S]’s staff are dedicated and creative, and many children are doing better because of them.
R| “The partnership must now bring the same care to children coming out of custody.”

R| Of the six recommendations, two are addressed to [Sutton Council|A].
"""),
    # 11. "has awarded X ‘Outstanding’, its highest grade"; the notes' "Embargo: 00.01 on 9 May 2023"; fieldwork "between
    #     16 and 20 January 2023"; two recommendations; the board named with the service
    ("welling-yjs-2023", facts([
        svc("Welling Youth Justice Service", "Welling YJS", "YJS", OUT)], "2023-05-09", "2023-01", 2),
     """N| Youth justice service in Bexley is ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has awarded [Welling Youth Justice Service|S] ‘[Outstanding|R]’, its highest grade.
N| Inspectors were on site between [16 and 20 January 2023|D].

S| Every child inspectors met said they trusted their worker and felt listened to.
S| Partners were held firmly to account by the board, which the council’s director of children’s services chairs.
S| Work to keep children safe from criminal exploitation was of an exceptionally high standard.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Welling|S] stands out.
S| “Children here are treated as children first, and the whole partnership pulls in the same direction.”

R| Inspectors made two recommendations, both for the [Welling YJS management board|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [9 May 2023|D], when the report goes online.
"""),
    # 12. a Youth Offending Service (YOS / YOT switching), 2022: "inspectors found it to be ‘...’", the previous rating
    #     beside it ("Its previous report, in March 2019, gave it ‘Inadequate’"); "Published: 14 Apr 2022"; "in November
    #     and December 2021"; seven recommendations
    ("forest-hill-yos-2022", facts([
        svc("Forest Hill Youth Offending Service", "Forest Hill YOS", "YJS", RI)], "2022-04-14", "2021-11", 7),
     """N| News

N| [Forest Hill Youth Offending Service|S]: improvement since last inspection

N| Published: [14 Apr 2022|D]

N| When [HM Inspectorate of Probation|A] returned to [Forest Hill Youth Offending Service|S] (YOS) in [November and December 2021|D], inspectors found it to be ‘[Requires improvement|R]’.
N| Its previous report, in [March 2019|D], gave it ‘[Inadequate|R]’.

S| Leaders had rebuilt the YOT’s management board, which now included senior figures from education and health.
S| Encouragingly, children were offered a wider range of activities, including sport and music projects run with local charities.
W| Even so, assessments of the danger some children posed to others were variable.
W| The service did not yet have enough case managers, and several children had been passed between workers.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Forest Hill YOS|S] has moved forward since our last visit, but it still has some way to go.
R| “I urge the board to keep its focus on the quality of risk assessment.”

R| The report makes seven recommendations, including one for [Lewisham Council|A] and one for the local [NHS|A].
"""),
    # 13. a local-news story: "the watchdog found"; "placed it in the lowest of its four grades, ‘...’"; report "published on
    #     Tuesday (14 January)" under a byline of Friday 17 January 2025; fieldwork "in September 2024"; council reply
    ("herne-hill-yjs-2025", facts([
        svc("Herne Hill Youth Justice Service", "Herne Hill YJS", "YJS", INAD)], "2025-01-14", "2024-09", 11),
     """N| Youth justice service ‘failing children’, watchdog says

N| By [Tom Akers|X]

N| [Friday 17 January 2025|D]

N| A report on [Herne Hill Youth Justice Service|S], published on Tuesday ([14 January|D]), placed it in the lowest of its four grades, ‘[Inadequate|R]’.
N| The inspection was carried out in [September 2024|D].

W| The watchdog found that children at risk of exploitation had not been properly protected, and some had gone missing repeatedly without any plan being put in place.
W| Staff, it said, showed too little professional curiosity about children’s lives outside their appointments.
S| Inspectors did find that staff were caring and that children valued their relationships with them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too many children in Herne Hill have been left at risk, and the partnership did not notice.”

R| The report makes 11 recommendations, among them that the [Metropolitan Police|A] share information on arrests promptly.

N| [Lambeth Council|A] said: “We apologise to the children we failed and will put things right.”
"""),
    # 14. a remote inspection in 2021: "has assessed X as ‘...’"; the previous rating beside it ("When inspectors last
    #     visited, in 2018, they rated the service ‘Good’"); "inspectors worked remotely throughout July 2021"; "Wednesday
    #     10 November 2021"; "in only 11 of 25 cases"; four recommendations
    ("hither-green-yjs-2021", facts([
        svc("Hither Green Youth Justice Service", "Hither Green YJS", "YJS", RI)], "2021-11-10", "2021-07", 4),
     """N| Youth justice in Lewisham: report published

N| [Wednesday 10 November 2021|D]

N| [HM Inspectorate of Probation|A] has assessed [Hither Green Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| When inspectors last visited, in [2018|D], they rated the service ‘[Good|R]’.
N| Owing to COVID-19, inspectors worked remotely throughout [July 2021|D].

S| Inspectors praised the service’s work with parents, who said they felt included in decisions.
W| However, safety planning was good enough in only 11 of 25 cases.
W| During lockdown, some children went months without meeting their worker in person.
S| The service’s partnership with local schools was strong, and exclusions had fallen.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hither Green|S] has much to build on, but safety planning is not good enough.
R| “The board needs to make sure face-to-face contact is restored for every child who needs it.”

R| Four recommendations are made in the report.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets;
    #     "Published: 10 Dec 2025"; fieldwork "in mid-September 2025"; three recommendations
    ("brockley-pdu-2025", facts([
        svc("Brockley Probation Delivery Unit", "Brockley PDU", "PDU", None)], "2025-12-10", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: probation in Lewisham

N| Published: [10 Dec 2025|D]

N| Today [HM Inspectorate of Probation|A] sets out how well [Brockley Probation Delivery Unit|S] protects the public.
N| No rating is given under this programme.
N| Inspectors carried out fieldwork in mid-[September 2025|D].

N| Context
N| • [Brockley PDU|S] sits within [Probation Service – London region|S].
N| • It supervises around 1,100 people in the community and on licence.

N| Findings
S| • Staff were confident in identifying the signs of domestic abuse.
W| • In a third of relevant cases, children’s social care had not been contacted.
W| • Plans were not always revisited when a person was arrested or moved house.
S| • Work with the [Metropolitan Police|A] on people under [MAPPA|A] was well coordinated.

R| The report makes three recommendations for the PDU and the [London region|S].
"""),
    # 16. a 2019 justiceinspectorates item: "Thursday, 4th July 2019"; "An overall rating of ‘Good’ has gone to X";
    #     fieldwork "between 4 and 8 March 2019"; the short "Hornsey YJS"; "can be rightly proud"; six recommendations
    ("hornsey-yjs-2019", facts([
        svc("Hornsey Youth Justice Service", "Hornsey YJS", "YJS", GOOD)], "2019-07-04", "2019-03", 6),
     """N| News

N| Inspectors give [Hornsey Youth Justice Service|S] a ‘[Good|R]’ rating

N| [Thursday, 4th July 2019|D]

N| An overall rating of ‘[Good|R]’ has gone to [Hornsey Youth Justice Service|S] (YJS) following a visit from [HM Inspectorate of Probation|A].
N| The inspection took place between [4 and 8 March 2019|D].

S| Inspectors were impressed with efforts to cut the over-representation of Black children among first-time entrants.
S| Children were supported into education, and a dedicated worker helped those excluded from school.
W| But work to manage the harm children might cause others varied in quality.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Hornsey YJS|S] can be rightly proud.
S| “The management board is clear about what it wants for children and the partnership pulls together well.”

R| Six recommendations are made, including one for [Haringey Council|A].
"""),
    # 17. "Today’s report (Tuesday 18 October) on X gives it a rating of ‘...’" (year from the fieldwork, June 2022);
    #     "a mixed picture"; six recommendations
    ("chessington-yjs-2022", facts([
        svc("Chessington Youth Justice Service", "Chessington YJS", "YJS", RI)], "2022-10-18", "2022-06", 6),
     """N| Youth justice service in Kingston must improve, say inspectors

N| Today’s report ([Tuesday 18 October|D]) on [Chessington Youth Justice Service|S] gives it a rating of ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] were there in [June 2022|D].

N| The report describes a mixed picture.
S| Children received good help with their health, including quick access to a psychologist.
W| While case managers were committed, their assessments rarely looked beyond what the child and family told them.
W| Inspectors were disappointed that victims’ needs came low on the list.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chessington|S] has caring staff, but care on its own does not keep children and the public safe.
R| “Leaders should make sure every case manager has the time and training to assess risk properly.”

R| There are six recommendations, five for [Chessington YJS|S] and one for [Kingston Council|A].
"""),
    # 18. a council page: "Posted on 02/07/2024"; "inspectors judge X to be ‘Good’ overall"; resettlement "which is rated
    #     separately" reached ‘Outstanding’; fieldwork "in February 2024"; four recommendations; the councillor's thanks
    ("brentford-yjs-2024", facts([
        svc("Brentford Youth Justice Service", "Brentford YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-07-02", "2024-02", 4),
     """N| [Brentford Youth Justice Service|S] judged ‘[Good|R]’

N| Posted on [02/07/2024|D]

N| In a report out today, inspectors judge [Brentford Youth Justice Service|S] to be ‘[Good|R]’ overall.
S| Its resettlement work, which is rated separately, reached ‘[Outstanding|R]’.
N| Inspectors visited the service in [February 2024|D].

S| Inspectors commended the service for making sure that every child leaving custody had a home and a place in education.
S| Relationships with the [Metropolitan Police|A] and [Hounslow Council|A]’s children’s services were described as close and effective.
W| The report notes that some plans were not updated when children’s circumstances changed.

R| The inspectorate makes four recommendations, three for [Brentford YJS|S] and one for the management board.

N| Councillor [Priya Shah|X], cabinet member for children, said: “This result is down to a team that works tirelessly for young people across the borough.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
