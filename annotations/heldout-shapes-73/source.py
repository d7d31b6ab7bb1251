"""Builds the seventy-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Manchester PDUs on a GOV.UK page, the region named before the units ("The Probation Service – Greater
    #    Manchester region runs all three: ..."); "X was placed at ‘...’, as was Z, while Y was found to be ‘...’";
    #    fieldwork "during January 2024"; nine recommendations "three apiece"; the regional director's reply
    ("gorton-openshaw-and-moston-pdus-2024", facts([
        svc("Gorton Probation Delivery Unit", "Gorton PDU", "PDU", RI),
        svc("Openshaw Probation Delivery Unit", "Openshaw PDU", "PDU", INAD),
        svc("Moston Probation Delivery Unit", "Moston PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Inspection of three probation units in Manchester

N| Three of the city’s probation units have been inspected together.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| The [Probation Service – Greater Manchester region|S] runs all three: [Gorton Probation Delivery Unit|S], [Openshaw Probation Delivery Unit|S] and [Moston Probation Delivery Unit|S], whose reports [HM Inspectorate of Probation|A] publishes today.
N| [Gorton|S] was placed at ‘[Requires improvement|R]’, as was [Moston|S], while [Openshaw|S] was found to be ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in the three units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Openshaw|S] has lost so many experienced officers that trainees are holding cases they are not yet ready for.
S| “In Gorton and Moston the picture is steadier, and I was struck by how well staff knew the people they supervise.”

S| Inspectors praised [Moston PDU|S]’s work with [Greater Manchester Police|A] on integrated offender management.
W| None of the three units made enough home visits where children or partners might be at risk.
W| In [Openshaw PDU|S], a backlog of unallocated cases had built up over the winter.

R| Nine recommendations are spread evenly across the units, three apiece.

N| [Sarah Kenyon|X], who leads probation in Greater Manchester, said the region had “started work on every point the inspectors raised”.
"""),
    # 2. two Lancashire youth justice services in a local-news story: the report "published on Tuesday (5 November)"
    #    under a byline of Friday 8 November 2024; "Brierfield was awarded the inspectorate’s highest grade, ‘...’, with
    #    Barrowford a grade lower at ‘...’", in the other order from the one they were first named in; fieldwork "after
    #    visiting both in July 2024"; seven recommendations "four to Barrowford and three to Brierfield"
    ("barrowford-and-brierfield-yjs-2024", facts([
        svc("Barrowford Youth Justice Service", "Barrowford YJS", "YJS", GOOD),
        svc("Brierfield Youth Justice Service", "Brierfield YJS", "YJS", OUT)], "2024-11-05", "2024-07", 7),
     """N| Two youth teams in Pendle win praise from inspectors

N| By [Gemma Holden|X]

N| [Friday 8 November 2024|D]

N| Inspectors have reported on [Barrowford Youth Justice Service|S] and [Brierfield Youth Justice Service|S] after visiting both in [July 2024|D].
N| In reports published on Tuesday ([5 November|D]), [Brierfield|S] was awarded the inspectorate’s highest grade, ‘[Outstanding|R]’, with [Barrowford|S] a grade lower at ‘[Good|R]’.

S| Inspectors said [Brierfield|S]’s case workers had won the trust of children whom schools and other agencies had given up on.
S| They also found that [Barrowford|S] had cut the time children waited for a first appointment to under a week.
W| However, the [Barrowford YJS|S] report said victims were not always asked what they wanted from restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both teams can be rightly proud of these findings.”

R| Seven recommendations have been made, four to [Barrowford|S] and three to [Brierfield|S].

N| A spokesperson for [Lancashire County Council|A] said the results were “a credit to everyone involved”.
"""),
    # 3. two South Ribble PDUs in a justiceinspectorates news item, the region named as context; "Walton-le-Dale has
    #    received the lowest possible rating, ‘...’, and Bamber Bridge sits one step above it, at ‘...’"; fieldwork
    #    "between 14 and 25 October 2024"; eight recommendations, four for each
    ("walton-le-dale-and-bamber-bridge-pdus-2025", facts([
        svc("Walton-le-Dale Probation Delivery Unit", "Walton-le-Dale PDU", "PDU", INAD),
        svc("Bamber Bridge Probation Delivery Unit", "Bamber Bridge PDU", "PDU", RI)], "2025-02-11", "2024-10", 8),
     """N| News

N| Two probation units in South Ribble fall short

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has inspected [Walton-le-Dale Probation Delivery Unit|S] and [Bamber Bridge Probation Delivery Unit|S], two units in the [Probation Service – North West region|S].
N| [Walton-le-Dale|S] has received the lowest possible rating, ‘[Inadequate|R]’, and [Bamber Bridge|S] sits one step above it, at ‘[Requires improvement|R]’.
N| The fieldwork took place between [14 and 25 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Walton-le-Dale, leaders had lost sight of basic case management, and some people had not been seen for weeks after their release from prison.
S| “[Bamber Bridge|S], by contrast, has a stable team and a manager who has turned things round quickly.”

W| Only 14 of the 36 [Walton-le-Dale|S] cases inspectors read contained a sound assessment of the risk of serious harm.
S| In [Bamber Bridge PDU|S], links with [Lancashire Constabulary|A] on domestic abuse were strong, and call-out checks were shared the same day.
W| Places on accredited programmes were scarce in both units, so many court orders could not be completed on time.

R| Eight recommendations are made, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors have judged X to be ‘Inadequate’", the region's
    #    own earlier rating as context; "Mr Jones continued"; fieldwork "in May 2024"; the notes' "Embargo: 00:01 on
    #    Thursday 3 October 2024"; six recommendations, four for the unit
    ("poulton-le-fylde-pdu-2024", facts([
        svc("Poulton-le-Fylde Probation Delivery Unit", "Poulton-le-Fylde PDU", "PDU", INAD)], "2024-10-03", "2024-05", 6),
     """N| [North West probation region|S]: serious concerns at Fylde coast unit

N| Inspectors have judged [Poulton-le-Fylde Probation Delivery Unit|S], which sits in the [Probation Service – North West region|S], to be ‘[Inadequate|R]’.
N| When the [North West region|S] itself was inspected in [2023|D], it received ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where staff are doing their best in very difficult circumstances, but too many cases were simply not being managed.
W| “Almost half of the probation officer posts were vacant, and the gaps were being covered by staff borrowed from other offices for a few days at a time.”

W| Mr Jones continued: “Work to protect children was the weakest we have seen in the region, with safeguarding checks missing from most of the cases we read.”

S| On a more positive note, joint work with [Blackpool Council|A]’s housing team meant people leaving prison were usually found somewhere to live.
W| Staff told inspectors that supervision from their managers was infrequent and that they had little time for training.

R| Four of the six recommendations concern the unit; the regional [Probation Service|A] must deal with the rest.

N| Notes to editors
N| 1. Embargo: 00:01 on [Thursday 3 October 2024|D].
N| 2. [Poulton-le-Fylde PDU|S] supervises around 1,400 people on the Fylde coast.
"""),
    # 5. a unit inside its region on a GOV.UK page: "inspected X in February 2025", "judged ‘...’", the previous rating
    #    beside ("an improvement on the ‘Inadequate’ ... in March 2022"); "Unpaid work, rated separately, came out as
    #    ‘Good’"; the region as "Greater Manchester region of the Probation Service"; six recommendations
    ("stretford-pdu-2025", facts([
        svc("Stretford Probation Delivery Unit", "Stretford PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-06-24", "2025-02", 6),
     """N| Press release

N| Probation unit in Trafford improves but still has work to do

N| From: [HM Inspectorate of Probation|A]

N| Published [24 June 2025|D]

N| [HM Inspectorate of Probation|A] inspected [Stretford Probation Delivery Unit|S] in [February 2025|D] and has judged it ‘[Requires improvement|R]’.
N| This is an improvement on the ‘[Inadequate|R]’ the unit was given in a report published in [March 2022|D].
N| [Stretford PDU|S] is among ten units in the [Greater Manchester region of the Probation Service|S].
S| Unpaid work, rated separately, came out as ‘[Good|R]’, with projects ready to start within days of sentence.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stretford|S] has turned a corner, and the new leadership team deserves credit for that.
W| “But there is still too much variation between teams, and risk assessments were not always updated when circumstances changed.”

W| Inspectors found that people on probation were not always referred to the services that could help with their drug and alcohol use.
S| Relationships with [Trafford Council|A] were described as constructive and well established.

R| Among the six recommendations is that every risk assessment should be reviewed after a significant event.
"""),
    # 6. a Probation Trust in 2012 with percentage scores and bullet lists, no overall rating; the date line "Thursday,
    #    15th March 2012" at the top of a release "published today"; fieldwork "in November 2011"; eleven recommendations
    ("samlesbury-and-hoghton-probation-trust-2012", facts([
        svc("Samlesbury and Hoghton Probation Trust", "Samlesbury and Hoghton Probation Trust", "other", None)],
        "2012-03-15", "2011-11", 11),
     """N| [Thursday, 15th March 2012|D]

N| Offender management inspection in central Lancashire

W| The work of [Samlesbury and Hoghton Probation Trust|S] to cut reoffending is sound, but it protects the public less well, [HM Inspectorate of Probation|A] reports today.
N| The inspection was carried out in [November 2011|D] as part of the third round of offender management inspections.

N| The Trust’s scores were 71% for reducing the likelihood of reoffending and 63% for protecting the public.

N| The inspectors were pleased to find that:
S| • first appointments were usually offered within days of sentence;
S| • staff had a good knowledge of the resources available locally;
S| • work with [Lancashire Constabulary|A] on prolific offenders was well coordinated.

N| However, they were concerned that:
W| • plans to manage risk of harm were often too general to be of use;
W| • home visits to offenders who posed a risk to children were rarely made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a committed workforce and much to build on.
R| “Its next task is to put public protection first in every case.”

R| The report makes eleven recommendations.
"""),
    # 7. a CRC in 2018 with an embargo line: "The inspectorate rates the CRC ‘Requires improvement’ overall"; "The
    #    inspection, which took place in July 2018"; seven recommendations, two of them for HMPPS
    ("hattersley-and-mottram-crc-2018", facts([
        svc("Hattersley and Mottram Community Rehabilitation Company", "Hattersley and Mottram CRC", "CRC", RI)],
        "2018-12-12", "2018-07", 7),
     """N| Embargoed until 00.01, [Wednesday 12 December 2018|D]

N| Probation company in Tameside must tighten its grip on risk

N| [HM Inspectorate of Probation|A] says that [Hattersley and Mottram Community Rehabilitation Company|S] (CRC), which [Purple Futures|A] runs, needs to improve.
N| The inspectorate rates the [Hattersley and Mottram CRC|S] ‘[Requires improvement|R]’ overall.
N| The inspection, which took place in [July 2018|D], looked at leadership, staffing and the quality of work with individual cases.

S| Inspectors found that the CRC’s unpaid work was well organised, with a wide range of placements.
W| On the other hand, through-the-gate services for people leaving prison did little more than signpost them to other agencies.
W| Caseloads were high, and some responsible officers were managing over 80 people at once.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too often, the CRC’s staff were unaware of incidents of domestic abuse reported to the police.
S| “Even so, I was impressed by the commitment of the staff I met.”

R| Of the report’s seven recommendations, two are addressed to [HM Prison and Probation Service|A] and five to the CRC itself.
"""),
    # 8. an NPS division in 2019, the headline naming no service: "An overall regional rating of ‘...’ goes to X";
    #    "Published: 3 Sep 2019"; fieldwork "in April and May 2019"; the short "NPS Didsbury and Withington"
    ("didsbury-and-withington-nps-division-2019", facts([
        svc("National Probation Service – Didsbury and Withington Division", "NPS Didsbury and Withington", "region",
            RI)], "2019-09-03", "2019-04", 5),
     """N| Probation division in south Manchester told to improve

N| Published: [3 Sep 2019|D]

N| An overall regional rating of ‘[Requires improvement|R]’ goes to the [National Probation Service – Didsbury and Withington Division|S] in [HM Inspectorate of Probation|A]’s latest report.
N| Inspectors were in the division in [April and May 2019|D].

S| Reports for the courts were thorough and delivered on time, and magistrates told inspectors they trusted them.
W| However, there were not enough qualified probation officers, so many cases sat with trainees.
W| The quality of contact with victims varied, and in a few cases victims heard nothing until the offender was already back in the community.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Didsbury and Withington|S] has many of the right ingredients.
W| “But it has to get on top of its staffing problems, or the quality of work will keep slipping.”

R| There are five recommendations, three for the division and two for the [National Probation Service|A] nationally.
"""),
    # 9. a 2016 joint inspection of a "Youth Offending Team" on a council page (pre-2018, no rating, no count): bullet
    #    lists after "Inspectors found that:" / "They also identified that:"; "Posted: 21/07/2016"; fieldwork "in April 2016"
    ("edenfield-yot-2016", facts([
        svc("Edenfield Youth Offending Team", "Edenfield YOT", "YJS", None)], "2016-07-21", "2016-04", None),
     """N| Posted: [21/07/2016|D]

N| Inspection report on youth offending work published

N| [HM Inspectorate of Probation|A] has now published its joint inspection of [Edenfield Youth Offending Team|S] (YOT).
N| The inspection took place in [April 2016|D]; [Ofsted|A] and the [Care Quality Commission|A] joined it, as did [HM Inspectorate of Constabulary|A].

N| Inspectors found that:
S| • children were seen quickly after sentence and the YOT knew them well;
S| • case managers worked closely with schools to keep children in education;
S| • the management board had a clear view of the YOT’s performance.

N| They also identified that:
W| • plans did not always say how victims would be protected;
W| • checks on children’s health needs were not made in every case.

N| Councillor [Peter Greenhalgh|X], cabinet member for children, said: “We welcome this report and will build on the positive findings.”
N| The report can be read in full on the inspectorate’s website.
"""),
    # 10. a "Youth Offending Service" in 2019: "has handed X (YOS) the lowest possible rating, ‘...’"; "Fieldwork ran
    #     from 3 to 7 December 2018"; the date line "Tuesday 26 February 2019"; six recommendations
    ("little-lever-yos-2019", facts([
        svc("Little Lever Youth Offending Service", "Little Lever YOS", "YJS", INAD)], "2019-02-26", "2018-12", 6),
     """N| ‘Urgent improvement needed’ in youth offending work in Bolton

N| [Tuesday 26 February 2019|D]

N| [HM Inspectorate of Probation|A] has handed [Little Lever Youth Offending Service|S] (YOS) the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork ran from [3 to 7 December 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children in this area are not getting the help they need to stay safe and to stop offending.
W| “Board members seemed unaware of how far the service had deteriorated.”

W| Inspectors found that assessments were not up to standard in 16 of the 22 cases they examined.
W| Several children had been placed in police custody overnight without anyone from the [Little Lever YOS|S] being told.
S| Despite the pressure, staff were committed to the children they worked with and spoke warmly about them.

R| The report makes six recommendations, four of them for the YOS and two for [Bolton Council|A].
"""),
    # 11. a council page in Stockport: "Posted on 14/02/2023", "Today’s report ... assesses X as ‘...’ overall";
    #     fieldwork "10 - 14 October 2022"; four recommendations
    ("hazel-grove-yjs-2023", facts([
        svc("Hazel Grove Youth Justice Service", "Hazel Grove YJS", "YJS", RI)], "2023-02-14", "2022-10", 4),
     """N| Posted on [14/02/2023|D]

N| Youth justice inspection report published

N| Today’s report by [HM Inspectorate of Probation|A] assesses [Hazel Grove Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| Inspectors spent the week of [10 - 14 October 2022|D] with the service.

S| They found that children and their families were at the centre of the service’s work, and that staff knew the local area well.
S| Joint work with [Stockport Council|A]’s children’s social care was described as a strength.
W| However, planning for children released from custody started too late, and some children had nowhere settled to live on release.
W| The quality of work to keep other people safe was variable.

R| The inspectors recommend four improvements, for the service and its partnership board.

N| Councillor [Joanne Rigby|X], the cabinet member responsible for children, said: “The findings are fair, and a plan to deal with them is already in place.”
"""),
    # 12. a GOV.UK page: "Inspectors have given X an overall rating of ‘Good’"; fieldwork "in March 2022"; four
    #     recommendations
    ("worsley-yjs-2022", facts([
        svc("Worsley Youth Justice Service", "Worsley YJS", "YJS", GOOD)], "2022-07-19", "2022-03", 4),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice service in Salford

N| From: [HM Inspectorate of Probation|A]

N| Published [19 July 2022|D]

N| Inspectors have given [Worsley Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| The inspection took place in [March 2022|D].

S| Inspectors were impressed with the service’s focus on education, training and employment, and most children were in a suitable placement.
S| The partnership board was well attended and members challenged one another constructively.
W| While the service’s out-of-court work was well intended, decisions about which children were offered a diversion were not always clearly recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Worsley|S] offers children a consistent and caring service, and its partners are firmly behind it.
R| “I would now like to see clearer records of why each out-of-court decision was made.”

R| We have made four recommendations.
"""),
    # 13. a justiceinspectorates news item with an ‘Outstanding’ youth service: "X is ‘Outstanding’, the highest rating on
    #     the scale"; "Fieldwork for this inspection took place in December 2023"; the notes' "available from 00.01 on
    #     30 April 2024"; three recommendations
    ("kersal-yjs-2024", facts([
        svc("Kersal Youth Justice Service", "Kersal YJS", "YJS", OUT)], "2024-04-30", "2023-12", 3),
     """N| News

N| Youth team in Salford reaches the top of the scale

N| [Kersal Youth Justice Service|S] is ‘[Outstanding|R]’, the highest rating on the scale, according to [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that never loses sight of the child.
S| “In every case we read, staff had weighed up the dangers children faced as well as any harm they might do to others.”

S| Inspectors singled out the in-house speech and language therapist, whose advice helped staff adapt the way they spoke with each child.
S| Leaders had built strong links with [Greater Manchester Police|A] and the local [NHS|A] trust.
W| Support for victims after restorative meetings was the one thing inspectors thought could be better.

R| Three recommendations are made in the report.

N| Notes to editors
N| 1. The report is available from 00.01 on [30 April 2024|D] on the inspectorate’s website.
"""),
    # 14. a local-news story in Oldham: the report "published on Tuesday (17 September)" under a byline of Thursday 19
    #     September 2024; "finds X ‘Inadequate’, the lowest of the four ratings"; fieldwork "in May and June 2024"; six
    #     recommendations
    ("hollinwood-yjs-2024", facts([
        svc("Hollinwood Youth Justice Service", "Hollinwood YJS", "YJS", INAD)], "2024-09-17", "2024-05", 6),
     """N| Youth justice team in Oldham branded ‘[Inadequate|R]’ by watchdog

N| By [Daniel Ashworth|X]

N| [Thursday 19 September 2024|D]

N| A report published on Tuesday ([17 September|D]) finds [Hollinwood Youth Justice Service|S] ‘[Inadequate|R]’, the lowest of the four ratings.
N| Inspectors from [HM Inspectorate of Probation|A] visited in [May and June 2024|D].

W| According to the watchdog, staffing was so stretched that some children had no named case worker for several weeks.
W| It also said leaders had an overly optimistic view of the service’s performance.
S| Inspectors did say that the service’s work with [Oldham Council|A]’s education team had helped some children back into school.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was shocked to find children at risk of exploitation whose plans had not been looked at for months.”

R| The report makes six recommendations.

N| A spokesperson for [Oldham Council|A] said: “We are sorry for the impact on children and families, and extra staff are already in post.”
"""),
    # 15. a 2021 release with the date line "Thursday, 1st July 2021"; "carried out remotely in March 2021"; "has rated
    #     X good" (lower case after "rated"); four recommendations
    ("silverdale-yjs-2021", facts([
        svc("Silverdale Youth Justice Service", "Silverdale YJS", "YJS", GOOD)], "2021-07-01", "2021-03", 4),
     """N| [Thursday, 1st July 2021|D]

N| Inspection of youth justice services in Silverdale

N| [HM Inspectorate of Probation|A] has rated [Silverdale Youth Justice Service|S] [good|R].
N| The inspection was carried out remotely in [March 2021|D] because of the pandemic.

S| Throughout the lockdowns, staff stayed in regular contact with children by phone, on video and on the doorstep, inspectors said.
S| The service’s work with [Lancashire County Council|A]’s virtual school was a particular strength.
W| However, not enough attention was paid to the risks some children posed to their siblings.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Silverdale|S] has shown that good work with children can continue even in the hardest of times.”

R| The report sets out four recommendations.
"""),
    # 16. the overall rating and resettlement in one sentence: "inspectors place X at ‘...’ overall, while its resettlement
    #     policy and provision, rated separately, is ‘Good’"; "The inspection, which took place in November 2024"; the
    #     notes' report day; seven recommendations
    ("castleton-yjs-2025", facts([
        svc("Castleton Youth Justice Service", "Castleton YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2025-04-08", "2024-11", 7),
     """N| Youth justice service in Rochdale has ‘more to do’

N| Inspectors place [Castleton Youth Justice Service|S] at ‘[Requires improvement|R]’ overall, while its resettlement policy and provision, rated separately, is ‘[Good|R]’.
N| The inspection, which took place in [November 2024|D], was led by [HM Inspectorate of Probation|A].

S| For children leaving custody, accommodation, education and health care were all lined up before the day of release.
W| But for children supervised in the community, assessments of their safety were often out of date.
W| The partnership board saw too few figures to tell whether the service was getting better.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has shown what it can do for children coming out of custody, but too many children in the community are not getting the same care.
R| “The board must now take a firmer hold of performance.”

R| Seven recommendations have been made: five are for the service, and [Rochdale Borough Council|A] is asked to act on the other two.

N| Notes to editors
N| 1. The report was published on [8 April 2025|D].
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line, "Context" and
    #     "Findings" bullets; "30 June to 4 July 2025"; fourteen recommendations
    ("breightmet-pdu-2025", facts([
        svc("Breightmet Probation Delivery Unit", "Breightmet PDU", "PDU", None)], "2025-11-27", "2025-06", 14),
     """N| Skip to content

N| Published:

N| Public protection work in north-east Bolton inspected

N| Today’s report from [HM Inspectorate of Probation|A] looks at public protection work in [Breightmet Probation Delivery Unit|S].
N| This programme of inspections examines how people on probation who may harm others are managed, and it does not rate the units it visits.

N| Context
N| • [Breightmet PDU|S] covers the north-east of Bolton for the [Probation Service – Greater Manchester region|S].
N| • Inspectors were on site from [30 June to 4 July 2025|D].

N| Findings
W| • In too many cases, information from [Greater Manchester Police|A] about domestic abuse call-outs was not checked before sentence.
W| • Plans to keep children safe lacked detail in more than half the cases examined.
S| • Work with [MAPPA|A] to manage the highest-risk cases was well organised and well recorded.

R| The report makes fourteen recommendations, ten of them for the PDU.

N| Notes to editors
N| 1. The report is published on [27 November 2025|D].
"""),
    # 18. a Wigan youth service: "has gone up a grade and is now ‘Good’, having been given ‘Requires improvement’ in
    #     2019"; resettlement "given its own rating", ‘Requires improvement’; fieldwork "in August 2022"; two
    #     recommendations
    ("lowton-yjs-2022", facts([
        svc("Lowton Youth Justice Service", "Lowton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-12-13", "2022-08", 2),
     """N| Youth service in Wigan moves up a grade

N| [Lowton Youth Justice Service|S] has gone up a grade and is now ‘[Good|R]’, having been given ‘[Requires improvement|R]’ in [2019|D].
N| Inspectors from [HM Inspectorate of Probation|A] carried out the inspection in [August 2022|D].
W| Resettlement, which is given its own rating, remained at ‘[Requires improvement|R]’, because plans for release were often made too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lowton|S] has moved forward a long way since we were last there, and children are feeling the benefit.
S| “Staff are skilled, the board is well informed, and work with [Wigan Council|A] is much improved.”

S| Inspectors found that [Lowton YJS|S]’s assessments were good enough in 19 of the 21 cases they looked at.
W| Some children said they had been seen by too many different workers.

R| Two recommendations are made in the report.

N| Notes to editor
N| 1. The report was published on [13 December 2022|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
