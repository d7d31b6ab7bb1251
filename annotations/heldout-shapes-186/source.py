"""Builds held-out set 186 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Wirral PDUs on a GOV.UK page, the region named with them: "X came out at ‘...’ and Y a grade lower, ‘...’";
    #    fieldwork "during February 2024"; "Published 18 June 2024"; nine recommendations "five ... four ..."
    ("west-kirby-and-saughall-massie-pdus-2024", facts([
        svc("West Kirby Probation Delivery Unit", "West Kirby PDU", "PDU", RI),
        svc("Saughall Massie Probation Delivery Unit", "Saughall Massie PDU", "PDU", INAD)], "2024-06-18", "2024-02", 9),
     """N| Press release

N| Two probation units on the Wirral inspected

N| Inspectors report on neighbouring probation delivery units in the north of the Wirral.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| Today’s two reports from [HM Inspectorate of Probation|A] look at [West Kirby Probation Delivery Unit|S] and [Saughall Massie Probation Delivery Unit|S], neighbouring units within the [Probation Service – North West region|S].
N| [West Kirby|S] came out at ‘[Requires improvement|R]’ and [Saughall Massie|S] a grade lower, at ‘[Inadequate|R]’.
N| Inspectors visited both units during [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Saughall Massie we found a unit where nearly half the probation officer posts were vacant and agency workers rarely stayed more than a few weeks.
W| “People under supervision told us they had stopped expecting to see the same face twice.
S| “[West Kirby|S] is steadier: its managers have held on to experienced staff and its links with [Merseyside Police|A] are strong.”

S| Inspectors singled out as good practice the women’s service that [West Kirby PDU|S] runs from a community centre in the town.
W| In both units, checks on whether children were at risk from the person on probation had often not been made at the start of the order.

R| Of the nine recommendations, five are for [Saughall Massie PDU|S] and four for [West Kirby PDU|S].
"""),
    # 2. two Flintshire youth justice services in a council news item dated day/month/year; "X was given the top grade,
    #    ‘...’, and Y ‘...’" in the other order from the one they were first named in; fieldwork "in January 2024"
    ("oakenholt-and-greenfield-yjs-2024", facts([
        svc("Oakenholt Youth Justice Service", "Oakenholt YJS", "YJS", GOOD),
        svc("Greenfield Youth Justice Service", "Greenfield YJS", "YJS", OUT)], "2024-04-11", "2024-01", 6),
     """N| News

N| Youth justice services on the Dee praised by inspectors

N| [11/04/2024|D]

N| [HM Inspectorate of Probation|A] today released its reports on [Oakenholt Youth Justice Service|S] and [Greenfield Youth Justice Service|S], both inspected in [January 2024|D].
N| [Greenfield|S] was given the top grade, ‘[Outstanding|R]’, and [Oakenholt|S] ‘[Good|R]’.

S| Inspectors said [Greenfield|S]’s staff were tenacious in keeping children in education, and almost every child they met was in school or college.
S| They also praised [Oakenholt|S] for getting children quick access to mental health support, working alongside [Betsi Cadwaladr University Health Board|A].
W| However, at [Oakenholt YJS|S] the assessment of risk to other people was not always revisited when circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both of these Deeside teams serve children well, and [Greenfield|S] in particular is a credit to everyone who works there.”

R| Six recommendations are made, four for [Oakenholt|S] and two for [Greenfield|S].

N| Councillor [Mared Eastwood|X], [Flintshire County Council|A]’s cabinet member for social services, said: “Our staff have worked hard for this, and every recommendation will be acted on.”
"""),
    # 3. three PDUs of the North West region at the south of the Wirral in a justiceinspectorates news item: "Overpool and
    #    Capenhurst both sit at ‘...’; Puddington has done better, at ‘...’"; fieldwork "from 23 September to 4 October
    #    2024" (two months); "Published: 28 Jan 2025"; eleven recommendations
    ("overpool-capenhurst-and-puddington-pdus-2025", facts([
        svc("Overpool Probation Delivery Unit", "Overpool PDU", "PDU", RI),
        svc("Capenhurst Probation Delivery Unit", "Capenhurst PDU", "PDU", RI),
        svc("Puddington Probation Delivery Unit", "Puddington PDU", "PDU", GOOD)], "2025-01-28", "2024-09", 11),
     """N| News

N| Mixed results for three probation units in west Cheshire

N| Published: [28 Jan 2025|D]

N| New inspection reports cover three units belonging to the [North West region of the Probation Service|S]: [Overpool Probation Delivery Unit|S], [Capenhurst Probation Delivery Unit|S] and [Puddington Probation Delivery Unit|S].
N| [Overpool|S] and [Capenhurst|S] both sit at ‘[Requires improvement|R]’; [Puddington|S] has done better, at ‘[Good|R]’.
N| The inspection team was on site from [23 September to 4 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Puddington|S] shows what a settled, well-led unit can achieve, even with a heavy caseload.
W| “In Overpool and Capenhurst, though, staff shortages meant that work to protect victims of domestic abuse was too often left until a crisis.”

S| Practitioners across all three units spoke highly of their line managers and of the training on offer.
W| Sentence plans in [Capenhurst|S]’s cases were frequently copied forward from an earlier order with little change.

R| The reports make eleven recommendations in total: four each for [Overpool|S] and [Capenhurst|S], three for [Puddington|S].
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Wales probation region:
    #    inspectors give Sandycroft PDU lowest rating"; the region's own rating beside ("The region itself had been rated
    #    ‘...’ in 2023"); "Mr Jones continued"; notes "available ... on 13 February 2024 at 00.01"; fieldwork "In
    #    October 2023"
    ("sandycroft-pdu-2024", facts([
        svc("Sandycroft Probation Delivery Unit", "Sandycroft PDU", "PDU", INAD)], "2024-02-13", "2023-10", 7),
     """N| [Wales probation region|S]: inspectors give [Sandycroft unit|S] the lowest rating

N| [Sandycroft Probation Delivery Unit|S], a unit within the [Probation Service – Wales region|S], now sits in the bottom band of the inspectorate’s scale, ‘[Inadequate|R]’.
N| The region itself had been given ‘[Requires improvement|R]’ for the region overall in [2023|D].
N| In [October 2023|D], an inspection team from [HM Inspectorate of Probation|A] examined 52 cases and interviewed staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sandycroft|S]’s staff have been working in very difficult conditions, with a third of posts unfilled and an office that had been closed for repairs for months.
W| “As a result, too many people on licence were being managed by telephone alone.”

W| Mr Jones continued: “Where there were concerns about domestic abuse, enquiries with [North Wales Police|A] had been made in fewer than half the relevant cases.”

S| On the positive side, local charities valued the unit’s unpaid work placements, which were well organised.

R| Seven recommendations are made, two of them for the [Probation Service|A] in Wales and the rest for the unit.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [13 February 2024|D] at 00.01.
N| 2. [Sandycroft PDU|S] covers the eastern end of Deeside and supervises about 750 people.
"""),
    # 5. a unit inside its region, the region named first as context ("Of the North West region’s units, ..."): "inspectors
    #    consider X to merit ‘...’", a previous rating beside ("unchanged from the ‘...’ it received in 2022"); a
    #    local-news byline; "published on Tuesday (12 November)" under a byline of Friday 15 November 2024
    ("thornton-hough-pdu-2024", facts([
        svc("Thornton Hough Probation Delivery Unit", "Thornton Hough PDU", "PDU", RI)], "2024-11-12", "2024-06", 5),
     """N| Probation unit on the Wirral still ‘not good enough’, inspectors say

N| By [Ellen Corkhill|X]

N| [Friday 15 November 2024|D]

N| Of the [North West region|S]’s probation units, [Thornton Hough Probation Delivery Unit|S] was the latest to be looked at, and inspectors consider it to merit ‘[Requires improvement|R]’, unchanged from the ‘[Requires improvement|R]’ it received in [2022|D].
N| The report was published on Tuesday ([12 November|D]) after fieldwork in [June 2024|D].

S| The watchdog found that staff at [Thornton Hough|S] had built good relationships with the people they supervised and were rarely off sick.
W| But it said plans for people coming out of prison were frequently written too late to be of use.
W| Many people ordered by the courts to attend an accredited programme had not yet begun one.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit has not made the progress I hoped for in the two years since our last visit.
R| “Its leaders need to set out, with the region, exactly how they will get programmes running again.”

R| Inspectors made five recommendations.

N| A spokesperson for the [Probation Service|A] said the unit had already recruited four new officers.
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Thursday, 9th May 2013"; fieldwork "in January 2013";
    #    eight recommendations
    ("caldy-and-dawpool-probation-trust-2013", facts([
        svc("Caldy and Dawpool Probation Trust", "Caldy and Dawpool Probation Trust", "other", None)],
        "2013-05-09", "2013-01", 8),
     """N| Probation work in Caldy and Dawpool – report published

N| [Thursday, 9th May 2013|D]

S| [Her Majesty’s Inspectorate of Probation|A], reporting today, describes offender management by [Caldy and Dawpool Probation Trust|S] as sound and in places of a high standard.
N| Inspectors looked at 70 cases during fieldwork in [January 2013|D].

S| On reducing the likelihood of reoffending the Trust achieved 79%, and on making offenders comply with their sentences 84%.
W| Its score for protecting the public was lower, at 66%.

N| Inspectors were pleased to find that:
S| • offenders were usually seen promptly after sentence;
S| • offender managers knew their cases well and were quick to act on missed appointments.

N| However, inspectors were concerned to find that:
W| • when something significant happened in an offender’s life, the assessment of risk of harm was often left as it was;
W| • home visits were rare, even in cases of domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offender managers here are committed, and the Trust’s senior team leads by example.
R| “It must now give public protection the same priority it gives to reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 owned by a provider, an embargo line: "Inspectors have found X ... to be ‘...’ overall";
    #    unpaid work "rated separately ... reached ‘...’"; "Fieldwork took place in July 2019"; the provider's reply
    ("mancot-and-sealand-crc-2019", facts([
        svc("Mancot and Sealand Community Rehabilitation Company", "Mancot and Sealand CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-26", "2019-07", 6),
     """N| Embargoed until 00.01, [Tuesday 26 November 2019|D]

N| Probation company on Deeside ‘must do more to protect the public’

N| [HM Inspectorate of Probation|A] judges [Mancot and Sealand Community Rehabilitation Company|S] (CRC), one of the companies owned by [Purple Futures|A], to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated separately by inspectors, reached ‘[Good|R]’.
N| Fieldwork took place in [July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Office appointments were all that many people supervised by this CRC ever had, so staff knew little of what was happening at home.
S| “Unpaid work, by contrast, is well run, and local communities can see the benefit.”

W| Inspectors were disappointed to find that, in half the cases they read, nobody had checked whether children were at risk.
S| Staff said they felt supported by their managers, and sickness absence was low.

R| Six recommendations are made: four for the CRC and [Purple Futures|A], two for [HM Prison and Probation Service|A].

N| A spokesperson for [Interserve|A] said: “We accept the findings and are already working on them.”
"""),
    # 8. a youth offending team written out, Wales, 2016, before ratings: joint inspection with Estyn and Healthcare
    #    Inspectorate Wales, bullet lists; "Posted: 22/03/2016"; fieldwork "in November 2015"
    ("ffynnongroyw-yot-2016", facts([
        svc("Ffynnongroyw Youth Offending Team", "Ffynnongroyw YOT", "YJS", None)], "2016-03-22", "2015-11", 5),
     """N| Inspection of youth offending work in Ffynnongroyw

N| Posted: [22/03/2016|D]

N| The report on [Ffynnongroyw Youth Offending Team|S] (YOT), a joint inspection by [HM Inspectorate of Probation|A], [Estyn|A] and [Healthcare Inspectorate Wales|A], has been released.
N| The inspectors visited in [November 2015|D].

N| The inspectors said they were pleased to find that:
S| • case managers were persistent, and few children lost touch with their worker;
S| • help to get children back into education was effective.

N| They were concerned to find that:
W| • plans to keep children safe were not always clear about who would do what;
W| • the [Ffynnongroyw YOT management board|A] was told little about how good the case work actually was.

R| The report makes five recommendations, four for the YOT and one for [Betsi Cadwaladr University Health Board|A].

N| The council’s head of children’s services said the authority welcomed the report.
"""),
    # 9. an NPS division in 2019: "The inspectorate’s overall regional rating for X is ‘...’"; "Published: 5 Sep 2019";
    #    fieldwork "in April and May 2019"; short "NPS Kelsterton and Halkyn"; ten recommendations
    ("kelsterton-and-halkyn-nps-division-2019", facts([
        svc("National Probation Service – Kelsterton and Halkyn Division", "NPS Kelsterton and Halkyn", "region", RI)],
        "2019-09-05", "2019-04", 10),
     """N| Probation division in north-east Wales told to improve

N| Published: [5 Sep 2019|D]

N| The overall regional rating given by [HM Inspectorate of Probation|A] to the [National Probation Service – Kelsterton and Halkyn Division|S] is ‘[Requires improvement|R]’.
N| The division supervises around 4,000 people across Flintshire and Wrexham.
N| Fieldwork was done in [April and May 2019|D].

S| Advice to the courts was thorough, and the division’s approved premises were well run.
W| However, the division had around 30 vacant probation officer posts, and caseloads in some teams exceeded 60.
W| Victim contact was inconsistent; in several cases nobody had let the victim know an offender was about to leave prison.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Kelsterton and Halkyn|S] has capable leaders, but they are trying to do too much with too few staff.
R| “I urge [HM Prison and Probation Service|A] to help the division fill its vacancies quickly.”

R| The report makes ten recommendations, to the division, [HMPPS|A] and [North Wales Police|A].
"""),
    # 10. aspect rated separately and a previous rating beside: "Inspectors judged X to be ‘...’, up from the ‘...’ it
    #     got in 2021"; resettlement "has its own rating: ‘...’"; GOV.UK layout; fieldwork "in July 2024"
    ("landican-yjs-2024", facts([
        svc("Landican Youth Justice Service", "Landican YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-10-22", "2024-07", 4),
     """N| Press release

N| Youth justice service on the Wirral improves to ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| Inspectors judged [Landican Youth Justice Service|S] to be ‘[Good|R]’, up from the ‘[Requires improvement|R]’ it got in [2021|D].
W| Resettlement work has its own rating: ‘[Requires improvement|R]’.
N| The inspection took place in [July 2024|D].

S| The service’s new leaders had brought in regular case audits, and the quality of planning had risen as a result.
S| Children spoke warmly of their case workers, several saying it was the first time an adult had listened to them.
W| Yet on release from custody, some children still had nowhere settled to live.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Landican|S] has turned itself round in three years, and children are feeling the difference.”

R| The report makes four recommendations, three for [Landican YJS|S] and one for [Wirral Council|A]’s housing team.
"""),
    # 11. ordinary GOV.UK release, "has been rated" phrasing, fieldwork "between 4 and 8 March 2024", notes with date
    ("noctorum-yjs-2024", facts([
        svc("Noctorum Youth Justice Service", "Noctorum YJS", "YJS", GOOD)], "2024-07-09", "2024-03", 6),
     """N| Press release

N| [Noctorum Youth Justice Service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have given [Noctorum Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Inspectors carried out fieldwork between [4 and 8 March 2024|D].

S| Out-of-court work impressed inspectors: it kept many children away from the courts altogether.
S| Case managers took the trouble to learn about each child’s history, school exclusions included.
W| However, inspectors were concerned that intelligence about exploitation did not always reach [Merseyside Police|A] quickly.
W| Health provision was variable, with long waits for [CAMHS|A] appointments.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Noctorum|S]’s staff know their children well and go out of their way for them.
R| “The partnership now needs to make sure that information about exploitation reaches the police on the same day.”

R| The report makes six recommendations.
"""),
    # 12. ordinary justiceinspectorates news item, RI; the headline's lower-case "Port Sunlight youth justice service";
    #     fieldwork "in May 2023"; "in only 14 of the 30 cases"
    ("port-sunlight-yjs-2023", facts([
        svc("Port Sunlight Youth Justice Service", "Port Sunlight YJS", "YJS", RI)], "2023-10-05", "2023-05", 7),
     """N| News

N| [Port Sunlight youth justice service|S] ‘[requires improvement|R]’

N| [5 October 2023|D]

N| [HM Inspectorate of Probation|A] has given [Port Sunlight Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
N| Inspectors visited the service in [May 2023|D].

S| The service’s reparation projects were imaginative, and children said they were proud of what they had done.
W| However, plans to manage the risk of harm to others were sound in only 14 of the 30 cases inspected.
W| The management board rarely challenged the service, and partners’ attendance at meetings was poor.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team in Port Sunlight care deeply about the children, but caring is not the same as planning well.
R| “The board must take a far closer interest in the quality of the work.”

R| Seven recommendations are made, including two for [Wirral Council|A]’s children’s services.
"""),
    # 13. ordinary Welsh council page, dd/mm/yyyy, Outstanding; fieldwork "in September 2022"
    ("whitford-yjs-2023", facts([
        svc("Whitford Youth Justice Service", "Whitford YJS", "YJS", OUT)], "2023-01-24", "2022-09", 3),
     """N| [Whitford Youth Justice Service|S] judged ‘[Outstanding|R]’

N| [24/01/2023|D]

N| [Whitford Youth Justice Service|S] has received the highest rating, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
N| The inspection was carried out in [September 2022|D].

S| Each child’s plan had been written with the child, in Welsh or English as they chose.
S| Work with [North Wales Police|A] to divert children from the justice system was described as exemplary.
S| Leaders knew the service’s strengths and weaknesses and were not complacent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Whitford|S] can be rightly proud of this result.”

R| The report makes three recommendations.

N| Councillor [Christine Jones|X], cabinet member for social services at [Flintshire County Council|A], said: “This is a tribute to the whole team.”
"""),
    # 14. ordinary PDU release with notes to editors: "has been rated ‘Inadequate’"; fieldwork "in November 2023"
    ("hinderton-pdu-2024", facts([
        svc("Hinderton Probation Delivery Unit", "Hinderton PDU", "PDU", INAD)], "2024-03-19", "2023-11", 6),
     """N| Probation unit in south Wirral rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has rated [Hinderton Probation Delivery Unit|S] ‘[Inadequate|R]’.
N| Inspectors visited the unit in [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Supervision in Hinderton has fallen well short of what sentences demand, and the public is less safe as a result.
W| “Managers are stretched so thinly that cases go unchecked for months.”

W| Fewer than a third of the cases inspected contained a workable plan for managing risk of harm.
S| Despite the pressures, staff were committed and supported one another well.
W| Links with [Cheshire Constabulary|A] and children’s social care were not working as they should.

R| The report makes six recommendations, five for [Hinderton PDU|S] and one for the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [19 March 2024|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] rates each PDU on a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" / "Findings" bullets;
    #     "Published: 29 Apr 2025"; fieldwork "in January 2025"; four recommendations
    ("shotwick-pdu-2025", facts([
        svc("Shotwick Probation Delivery Unit", "Shotwick PDU", "PDU", None)], "2025-04-29", "2025-01", 4),
     """N| Skip to content

N| Public protection inspection: [Shotwick probation unit|S]

N| Published: [29 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has released the findings of its public protection inspection at [Shotwick Probation Delivery Unit|S].
N| This type of inspection does not give a rating.
N| Fieldwork took place in [January 2025|D].

N| Context
N| • [Shotwick PDU|S] belongs to the [Probation Service – North West region|S] and covers the southern edge of the Wirral.
N| • It supervises about 650 people.

N| Findings
S| • Practitioners knew the people on their caseloads well and could describe their lives in detail.
W| • Home visits in domestic abuse cases were rare.
W| • At the start of an order, practitioners did not always ask [Cheshire Constabulary|A] for information about call-outs.

R| The report makes four recommendations.
"""),
    # 16. a remote inspection in 2021, RI; "Published: Tuesday 20th July 2021"; fieldwork "in March 2021"
    ("gayton-yjs-2021", facts([
        svc("Gayton Youth Justice Service", "Gayton YJS", "YJS", RI)], "2021-07-20", "2021-03", 5),
     """N| [Gayton Youth Justice Service|S] ‘[requires improvement|R]’

N| Published: [Tuesday 20th July 2021|D]

N| Inspectors, working remotely in [March 2021|D], have given [Gayton Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.

S| Throughout the lockdowns, case managers had stayed in frequent touch with the children on their caseloads.
W| But the danger some children posed to other people was often missing from their assessments.
W| Too few children were getting the speech and language support they needed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gayton|S] has kept going through a very hard year, but the quality of its work on safety must improve.”

R| The report makes five recommendations.
"""),
    # 17. a 2020 release, Good, no count of recommendations (null); "Tuesday, 15th September 2020"; fieldwork
    #     "between 2 and 6 March 2020"
    ("pantasaph-yjs-2020", facts([
        svc("Pantasaph Youth Justice Service", "Pantasaph YJS", "YJS", GOOD)], "2020-09-15", "2020-03", None),
     """N| Youth justice in Pantasaph rated ‘[Good|R]’

N| [Tuesday, 15th September 2020|D]

N| [HM Inspectorate of Probation|A] has awarded [Pantasaph Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Fieldwork took place between [2 and 6 March 2020|D].

S| Inspectors praised the service’s work with children who had been exploited.
S| Children and their families were involved in planning.
W| However, work with children leaving custody needed strengthening.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pantasaph|S] is a small team that gets a remarkable amount done for children.”

N| Areas where the service could do better are described in the full report.
"""),
    # 18. local news, third person, Trelogan YJS RI; "published on Thursday (13 June)" under a byline of Monday 17 June
    #     2024; fieldwork "in February 2024"
    ("trelogan-yjs-2024", facts([
        svc("Trelogan Youth Justice Service", "Trelogan YJS", "YJS", RI)], "2024-06-13", "2024-02", 6),
     """N| Inspectors call for improvement at [Trelogan youth justice team|S]

N| By [Gethin Roberts|X]

N| [Monday 17 June 2024|D]

N| [Trelogan Youth Justice Service|S] has been told it ‘[Requires improvement|R]’ in a report published on Thursday ([13 June|D]).
N| Inspectors visited in [February 2024|D].

S| The watchdog praised staff for their determination to keep children in education.
W| But it found that risks to children were not always shared with social care quickly enough.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trelogan|S]’s staff are committed, but the service’s work on keeping children safe is not yet good enough.”

R| The report makes six recommendations.

N| [Flintshire County Council|A] said it accepted the findings in full.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for held-out set 186")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
