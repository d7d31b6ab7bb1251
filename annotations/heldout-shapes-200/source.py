"""Builds the two hundredth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named before them: "Two of the three, X and Y, sit at
    #    ‘...’; the third, Z, has been given the lowest of the four ratings"; "between 10 and 21 June 2024"; eleven
    #    recommendations "four each for X and Y, three for Z"
    ("colburn-hipswell-and-scotton-pdus-2024", facts([
        svc("Colburn Probation Delivery Unit", "Colburn PDU", "PDU", RI),
        svc("Hipswell Probation Delivery Unit", "Hipswell PDU", "PDU", INAD),
        svc("Scotton Probation Delivery Unit", "Scotton PDU", "PDU", RI)], "2024-11-12", "2024-06", 11),
     """N| Press release

N| Reports on three North Yorkshire probation units published

N| Inspectors find one unit in serious difficulty and two in need of improvement.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| Reports issued today by [His Majesty’s Inspectorate of Probation|A] cover three of the [Yorkshire and the Humber region|S]’s probation delivery units: [Colburn Probation Delivery Unit|S], [Hipswell Probation Delivery Unit|S] and [Scotton Probation Delivery Unit|S].
N| Two of the three, [Colburn|S] and [Scotton|S], sit at ‘[Requires improvement|R]’; the third, [Hipswell|S], has come out at ‘[Inadequate|R]’, the lowest grade there is.
N| Inspectors visited all three units between [10 and 21 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Over two years [Hipswell|S] has seen nearly all its experienced officers leave, and the people it supervises are paying the price.
W| “Too many of its cases had no plan at all for managing the danger someone posed to a former partner.
S| “[Colburn|S] and [Scotton|S] have steadier teams, and their joint work with [North Yorkshire Police|A] on domestic abuse is strong.”

S| Inspectors also commended the units’ links with armed forces welfare staff, which helped service leavers on probation to find housing and work.
W| In all three, however, under half the cases inspected gave proper thought to the safety of children at home.

R| The reports make eleven recommendations between them: four each for [Colburn|S] and [Scotton|S], three for [Hipswell|S].

N| [Sarah Dawson|X], Regional Probation Director for Yorkshire and the Humber, said: “Experienced officers have already been moved into Hipswell, and recruitment is under way.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Tuesday (15 October)" under a byline
    #    of Friday 18 October 2024; "X was awarded the highest grade on the scale, ‘...’, while Y came away with ‘...’", in
    #    the other order from the one first named; "three for Healaugh and two for Marrick"
    ("healaugh-and-marrick-yjs-2024", facts([
        svc("Healaugh Youth Justice Service", "Healaugh YJS", "YJS", GOOD),
        svc("Marrick Youth Justice Service", "Marrick YJS", "YJS", OUT)], "2024-10-15", "2024-05", 5),
     """N| Dales youth justice teams win praise from inspectors

N| By [Tom Metcalfe|X]

N| [Friday 18 October 2024|D]

N| Inspectors’ reports on [Healaugh Youth Justice Service|S] and [Marrick Youth Justice Service|S] came out on Tuesday ([15 October|D]); the inspectors had visited both services in [May 2024|D].
N| [Marrick|S] was awarded the highest grade on the scale, ‘[Outstanding|R]’, while [Healaugh|S] came away with ‘[Good|R]’.

S| The watchdog praised [Marrick|S]’s staff for keeping in touch with children on isolated farms and in small villages, often driving long distances to see them at home.
S| [Healaugh|S]’s work with [North Yorkshire Council|A]’s education team meant that nearly every child on its books was in school or training.
W| But inspectors found that [Healaugh YJS|S] did not always write down how it would keep victims safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Small as they are, these two teams are doing big things for children, and they deserve every credit.”

R| The two reports make five recommendations, three for [Healaugh|S] and two for [Marrick|S].

N| Councillor [Janet Pratt|X], executive member for children’s services, said: “We are delighted for both teams and for the children they support.”
"""),
    # 3. two County Durham PDUs in a justiceinspectorates news item, the region named in the first sentence: "X has been
    #    given the lowest possible rating, ‘...’, and Y fared a little better at ‘...’"; "Published: 4 Mar 2025"; fieldwork
    #    "from 28 October to 8 November 2024" (across two months); "ten recommendations, five for each unit"
    ("scargill-and-brignall-pdus-2025", facts([
        svc("Scargill Probation Delivery Unit", "Scargill PDU", "PDU", INAD),
        svc("Brignall Probation Delivery Unit", "Brignall PDU", "PDU", RI)], "2025-03-04", "2024-10", 10),
     """N| News

N| Probation units in County Durham judged below standard

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Scargill Probation Delivery Unit|S] and [Brignall Probation Delivery Unit|S], which sit in the [Probation Service – North East region|S].
N| [Scargill|S] has been given the lowest possible rating, ‘[Inadequate|R]’, and [Brignall|S] fared a little better at ‘[Requires improvement|R]’.
N| Fieldwork in both units ran for two weeks, starting on [28 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Scargill, one manager was covering three teams, and nobody had checked whether supervision appointments were taking place at all.
S| “[Brignall|S] has a stable workforce and a clear sense of what it needs to do, which gives it a platform to build on.”

W| Across both units, home visits were rare, even where a person had been convicted of domestic abuse.
S| Inspectors were impressed with the close working between [Brignall PDU|S] and [Durham Constabulary|A] on the management of registered sex offenders.

R| Ten recommendations are made, five for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has judged X, part of ..., to be
    #    ‘...’"; the region's own 2023 rating beside it; "Mr Jones continued"; "during their visit in January 2024"; the
    #    notes' "at 00.01 on Thursday 20 June 2024"; seven recommendations "five to the unit and two to the region"
    ("downholme-pdu-2024", facts([
        svc("Downholme Probation Delivery Unit", "Downholme PDU", "PDU", INAD)], "2024-06-20", "2024-01", 7),
     """N| [Yorkshire and the Humber probation region|S]: [Downholme probation unit|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Downholme Probation Delivery Unit|S] to be ‘[Inadequate|R]’, the bottom of its four grades.
N| Its region, the [Probation Service – Yorkshire and the Humber region|S], itself received ‘[Requires improvement|R]’ when inspected in [2023|D].
N| Inspectors read 42 cases during their visit in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Downholme|S] has gone more than a year with no permanent head of service, and it shows.
W| “Practitioners were holding caseloads far above the national target, and some people on licence had not been seen for weeks.”

W| Mr Jones continued: “Too often, risk assessments were simply copied from one review into the next, with nobody asking what had changed.”

S| Despite the pressures, inspectors found that the unit’s unpaid work placements were well run, and local charities spoke highly of them.
W| Links with [North Yorkshire Council|A]’s children’s social care were poor, and in many cases no safeguarding checks had been made.

R| There are seven recommendations: five fall to the unit, the other two to the region.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Thursday 20 June 2024|D] and can be read on the inspectorate’s website.
N| 2. [Downholme PDU|S] is one of the probation delivery units in Yorkshire and the Humber.
"""),
    # 5. a unit inside its region with an aspect rated separately and the previous rating beside: "inspectors give X, in
    #    the North East region of the Probation Service, a rating of ‘...’"; "one step up from the ‘Inadequate’ the unit
    #    received after its previous inspection in 2022"; unpaid work "which is rated separately"; "a report released
    #    today (Wednesday, 9 April)" with the year from the fieldwork (November 2024); a call to action outside the count
    ("lunedale-pdu-2025", facts([
        svc("Lunedale Probation Delivery Unit", "Lunedale PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-04-09", "2024-11", 4),
     """N| Probation unit in upper Teesdale improves but is still short of ‘[Good|R]’

N| In a report released today ([Wednesday, 9 April|D]), inspectors give [Lunedale Probation Delivery Unit|S], in the [North East region of the Probation Service|S], a rating of ‘[Requires improvement|R]’.
N| That is one step up from the ‘[Inadequate|R]’ the unit received after its previous inspection in [2022|D].
S| Unpaid work, which is rated separately, was judged ‘[Good|R]’.
N| The inspection took place in [November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lunedale|S] has turned a corner.
S| “Its new leadership team has recruited to almost every vacant post, and staff told us they felt listened to.
W| “Yet the quality of work to protect those at risk from the people it supervises is still not where it needs to be.”

W| In only 14 of the 36 cases examined had the unit done enough to keep children safe.
R| The unit needs to make sure that information from [Durham Constabulary|A] is requested and used at the start of every case.

R| The report makes four recommendations.
"""),
    # 6. a Probation Trust in 2013, before ratings: the verdict mixed in the first sentence, "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:" bullet lists; "Tuesday, 21st May 2013" above
    #    "published today"; "took place in February 2013"; eight recommendations
    ("ellerton-and-fremington-probation-trust-2013", facts([
        svc("Ellerton and Fremington Probation Trust", "Ellerton and Fremington Probation Trust", "other", None)],
        "2013-05-21", "2013-02", 8),
     """N| Ellerton and Fremington probation: inspection findings published

N| [Tuesday, 21st May 2013|D]

W| [Ellerton and Fremington Probation Trust|S] does well at reducing reoffending, yet falls short in keeping the public safe, a report published today by [HM Inspectorate of Probation|A] says.
N| The inspection, which looked at 70 cases, took place in [February 2013|D].

N| Inspectors were pleased to find that:
S| • first appointments usually took place within days of sentence, and offenders understood what their order required;
S| • the Trust worked well with [North Yorkshire Police|A] to manage prolific offenders;
S| • unpaid work was well run and valued by the communities it served.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were often late or incomplete;
W| • contact with children’s services was not always made where there were child protection concerns.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust whose staff are committed and know their offenders well.
R| “The Trust should now give priority to the quality of its public protection work.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "found X (CRC), run by ..., to be ‘...’ when it
    #    inspected the company in October 2018"; unpaid work "assessed as a separate element, was rated"; a partner prison
    #    (SERVICE); nine recommendations "seven for the CRC and two for HM Prison and Probation Service"
    ("applegarth-and-hudswell-crc-2019", facts([
        svc("Applegarth and Hudswell Community Rehabilitation Company", "Applegarth and Hudswell CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-03-07", "2018-10", 9),
     """N| Embargoed until 00.01, [Thursday 7 March 2019|D]

N| Inspectors find probation company in the Yorkshire Dales needs to improve

N| [HM Inspectorate of Probation|A] inspected [Applegarth and Hudswell Community Rehabilitation Company|S] (CRC) in [October 2018|D] and has judged it ‘[Requires improvement|R]’.
N| The CRC is owned by [Purple Futures|A].
W| Its unpaid work, assessed as a separate element, was rated ‘[Inadequate|R]’.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff working for this CRC are loyal and hard-working, but too often they are stretched so thinly that the basics are missed.
W| “Unpaid work sessions were cancelled at short notice, and hours ordered by the courts were going unworked.”

S| Inspectors praised the CRC’s through-the-gate team at [HMP Holme House|S], which helped most people leaving custody to find somewhere to live.
W| Cases passed over from the [National Probation Service|A] often arrived without key information about risk, and staff of the two organisations rarely met.

R| The CRC is asked to act on seven of the report’s nine recommendations; [HM Prison and Probation Service|A] receives the remaining two.

N| In a statement, [Purple Futures|A] said work on the findings had begun.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    inspectorate with three others; "Posted: 23/08/2016" (day/month/year); bullet lists after "Inspectors said
    #    they were impressed that:" / "But they found that:"; a named management board (AGENCY); six recommendations
    ("baldersdale-yot-2016", facts([
        svc("Baldersdale Youth Offending Team", "Baldersdale YOT", "YJS", None)], "2016-08-23", "2016-05", 6),
     """N| Youth offending inspection: Baldersdale

N| Posted: [23/08/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Baldersdale Youth Offending Team|S] (YOT), working with [HM Inspectorate of Constabulary|A], the [Care Quality Commission|A] and [Ofsted|A]; its report is now out.
N| The inspection took place in [May 2016|D].

N| Inspectors said they were impressed that:
S| • case managers built trusting relationships with the children they supervised;
S| • the YOT had a strong working partnership with [Durham County Council|A]’s education service.

N| But they found that:
W| • risk management plans were seldom revisited when a child’s circumstances changed;
W| • the [Baldersdale YOT management board|A] lacked the information it needed to challenge the service.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “There is no doubting how much the YOT’s staff care about the children they work with; it came through in every case we read.
R| “The board must now make sure it has a clear picture of how well the YOT is performing.”

R| There are six recommendations in the report.

N| Councillor [Olwyn Gunn|X], cabinet member for children and young people’s services at [Durham County Council|A], said: “We welcome the report and will work with partners to put its recommendations into practice.”
"""),
    # 9. an NPS division in 2019 on a justiceinspectorates news item: the headline's lower-case "Langthwaite probation
    #    division"; "has been given an overall regional rating of ‘...’"; "in May and June 2019"; "Mr Russell added"
    ("langthwaite-nps-division-2019", facts([
        svc("National Probation Service – Langthwaite Division", "NPS Langthwaite", "region", GOOD)],
        "2019-10-15", "2019-05", 7),
     """N| News

N| [Langthwaite probation division|S] rated ‘[Good|R]’

N| Published: [15 Oct 2019|D]

N| [HM Inspectorate of Probation|A] has awarded [National Probation Service – Langthwaite Division|S] an overall regional rating of ‘[Good|R]’.
N| Fieldwork took place in [May and June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Langthwaite|S] is well led, its staff are well trained, and its court work is of a high standard.”

S| Court work stood out: almost every pre-sentence report inspectors read was thorough and on time.
W| However, too few people convicted of sexual offences had been referred to an accredited programme, and waiting times were long.
W| Victim work was also inconsistent, with some victims not told when an offender was due for release.

R| Mr Russell added: “The division should now see that victims hear from it at each stage of an offender’s sentence.”

R| Five of the report’s seven recommendations are for the division; [HMPPS|A] has the other two.
"""),
    # 10. an ordinary youth justice service on GOV.UK, rated ‘Good’
    ("thwaite-yjs-2023", facts([
        svc("Thwaite Youth Justice Service", "Thwaite YJS", "YJS", GOOD)], "2023-07-25", "2023-04", 4),
     """N| Press release

N| [Thwaite youth justice service|S] rated ‘[Good|R]’

N| Inspectors find a well-led service that knows its children well.

N| From: [HM Inspectorate of Probation|A]

N| Published [25 July 2023|D]

N| [Thwaite Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here, children are seen by staff who know them, listen to them and go out of their way to help.
S| “Leaders have a clear plan, and the management board holds them to account.”

S| Inspectors were particularly impressed with the service’s speech and language support, which meant every child’s needs were assessed at the start.
W| However, work to manage the safety of others was not always strong enough, and some plans were not updated after new information came to light.
W| Out-of-court disposals had not been reviewed since [2021|D].

R| The report makes four recommendations.
"""),
    # 11. an ordinary youth justice service on a council page, told in the third person ("The watchdog found"), with the
    #     council's reply; "Posted on 14/10/2022"
    ("feetham-yjs-2022", facts([
        svc("Feetham Youth Justice Service", "Feetham YJS", "YJS", RI)], "2022-10-14", "2022-06", 6),
     """N| [Feetham Youth Justice Service|S] inspection report

N| Posted on [14/10/2022|D]

N| An inspection of [Feetham Youth Justice Service|S] in [June 2022|D] has rated it ‘[Requires improvement|R]’.

S| The watchdog found that staff were committed and that children were given good support with their education and health.
W| But it said the service was slow to spot children at risk of criminal exploitation, and that too many plans lacked detail.
W| The inspectors also found that the [Feetham YJS management board|A] did not always challenge the service.

R| The report makes six recommendations.

N| Councillor [Janet Sanderson|X], executive member for children and young people’s services at [North Yorkshire County Council|A], said: “We accept the report’s findings and have already drawn up a plan to act on them.
N| “I would like to thank staff for their hard work during the inspection.”
"""),
    # 12. an ordinary youth justice service rated ‘Outstanding’, resettlement rated on its own; the notes' day
    ("kirby-hill-yjs-2024", facts([
        svc("Kirby Hill Youth Justice Service", "Kirby Hill YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-12-05", "2024-09", 3),
     """N| [Kirby Hill Youth Justice Service|S] rated ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has rated [Kirby Hill Youth Justice Service|S] as ‘[Outstanding|R]’, the highest rating available.
S| The service’s resettlement work was also inspected and rated ‘[Good|R]’.
N| Inspectors visited between [9 and 13 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirby Hill|S] puts children at the centre of everything it does.
S| “Its staff are tenacious, its partnerships are strong, and its leaders are not complacent.”

S| Inspectors found that in all but two of the cases they looked at, work to support desistance was good enough.
W| The one area for development was the sharing of information with the local hospital’s emergency department, which was sometimes slow.

R| The report makes three recommendations.

N| Notes to editors
N| 1. The report will go online at 00.01 on [5 December 2024|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 13. an ordinary PDU rated ‘Inadequate’ on a justiceinspectorates news item; "Mr Jones continued" with a call on HMPPS
    ("whashton-pdu-2023", facts([
        svc("Whashton Probation Delivery Unit", "Whashton PDU", "PDU", INAD)], "2023-11-28", "2023-07", 7),
     """N| News

N| Probation unit in North Yorkshire rated ‘[Inadequate|R]’

N| Published: [28 Nov 2023|D]

N| [Whashton Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors examined 50 cases during their fieldwork in [July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whashton|S]’s staff told us they were exhausted, and it is easy to see why.
W| “Almost one in three probation officer posts was vacant, so managers were spending much of their time covering cases themselves.”

W| Work to keep people safe was sufficient in only 11 of the 50 cases.
S| Positively, the unit’s partnership with a local women’s centre gave women on probation somewhere safe to go.

R| Mr Jones continued: “[HMPPS|A] must give this unit the support it needs to recruit and keep staff.”

R| The report makes seven recommendations.
"""),
    # 14. an ordinary youth justice service with an embargo line; "has received an overall rating of"; a "While ..."
    #     quote that ends critical
    ("rokeby-yjs-2025", facts([
        svc("Rokeby Youth Justice Service", "Rokeby YJS", "YJS", RI)], "2025-01-14", "2024-10", 6),
     """N| Embargoed until 00.01, [Tuesday 14 January 2025|D]

N| Inspectors call for faster progress at [Rokeby Youth Justice Service|S]

N| [HM Inspectorate of Probation|A]’s overall rating for [Rokeby Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [October 2024|D].

S| Inspectors found that children’s views were reflected in their plans, and that staff had received high-quality training in trauma-informed work.
W| However, work with children given out-of-court disposals was variable, and some children waited weeks for their first session.
W| Links with [CAMHS|A] were described as fragile, with no agreed route for urgent referrals.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “While the team is dedicated, the service is not yet consistent enough in the way it keeps children and others safe.”

R| There are six recommendations, one of them that the management board should make sure health services are properly represented.

N| [Durham County Council|A] said an improvement plan would be published within weeks.
"""),
    # 15. an ordinary youth justice service rated ‘Good’ in 2021, the inspection "carried out remotely in February 2021"
    ("newsham-yjs-2021", facts([
        svc("Newsham Youth Justice Service", "Newsham YJS", "YJS", GOOD)], "2021-05-13", "2021-02", 5),
     """N| [Newsham youth justice service|S] is ‘[Good|R]’, say inspectors

N| [Thursday 13 May 2021|D]

N| A report published today by [HM Inspectorate of Probation|A] rates [Newsham Youth Justice Service|S] as ‘[Good|R]’.
N| Inspectors worked remotely, in [February 2021|D], because of coronavirus restrictions.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Newsham|S] has kept in regular contact with children throughout the pandemic, by phone, by video call and on the doorstep.
S| “Its case managers are experienced and committed, and they use their knowledge of local families well.”

S| Praise went to its joint work with [North Yorkshire Police|A], which steered children away from court.
W| However, inspectors were disappointed to find that few victims had been offered restorative justice.

R| The report makes five recommendations.
"""),
    # 16. an ordinary youth offending service in 2020: "Inspectors have rated X (YOS) as ‘...’"; "Wednesday, 8th January
    #     2020"; four recommendations "three to the YOS and one to its management board"
    ("low-row-yos-2020", facts([
        svc("Low Row Youth Offending Service", "Low Row YOS", "YJS", RI)], "2020-01-08", "2019-09", 4),
     """N| [Low Row Youth Offending Service|S] rated ‘[Requires improvement|R]’

N| [Wednesday, 8th January 2020|D]

N| Inspectors have rated [Low Row Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors visited in [September 2019|D] and examined the YOS’s leadership, its casework with children and its out-of-court work.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “It is clear that case managers at [Low Row YOS|S] care about the children they supervise and work hard to engage them.
W| “But the risk that a child could pose to younger siblings was often missed in assessments.”

W| Only half of the out-of-court disposal cases had a sound assessment.
S| The YOS’s links with schools and colleges were good, and most children were in full-time education.

R| The report makes four recommendations, three to the YOS and one to its management board.
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on a GOV.UK page, the region
    #     named as context; "This inspection programme does not award ratings."
    ("hudswell-pdu-2025", facts([
        svc("Hudswell Probation Delivery Unit", "Hudswell PDU", "PDU", None)], "2025-09-10", "2025-05", 5),
     """N| Press release

N| Public protection inspection: [Hudswell Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2025|D]

N| [Hudswell Probation Delivery Unit|S] is the focus of the latest public protection report from [HM Inspectorate of Probation|A].
N| Its region is the [Probation Service – Yorkshire and the Humber region|S].
N| This inspection programme does not award ratings.
N| Inspectors visited the unit in [May 2025|D].

N| Context
N| • [Hudswell PDU|S] supervises about 750 people across a largely rural area.
N| • Around a fifth of its cases involve domestic abuse.

N| Findings
S| • Practitioners understood the risks posed by the people on their caseloads.
W| • Checks with children’s social care were not carried out in a third of relevant cases.
W| • Home visits were rarely used to assess risk.
S| • Joint work with [North Yorkshire Police|A] through [MAPPA|A] was effective.

R| Five recommendations are made, for the unit and for the region.
"""),
    # 18. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line; the headline's lower-case
    #     "Bolton-on-Swale youth justice service"; "has placed X at ‘...’ overall"; the notes' day
    ("bolton-on-swale-yjs-2024", facts([
        svc("Bolton-on-Swale Youth Justice Service", "Bolton-on-Swale YJS", "YJS", RI)], "2024-10-08", "2024-04", 6),
     """N| Skip to content

N| Published:

N| [Bolton-on-Swale youth justice service|S] rated ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has placed [Bolton-on-Swale Youth Justice Service|S] at ‘[Requires improvement|R]’ overall.
N| Inspectors were on site in [April 2024|D].

S| Inspectors found a strong culture of learning, with managers who were visible and approachable.
W| However, its work to protect other people varied from case to case, and in just over half of cases there was no plan to protect known victims.
W| Reparation projects had stalled, and some children had waited months to start them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although there is much to be positive about in Bolton-on-Swale, the help children receive is still too uneven.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 October 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundredth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
