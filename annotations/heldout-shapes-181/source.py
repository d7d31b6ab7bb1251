"""Builds the 181st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Fylde PDUs on a GOV.UK page, the region named first: "X has come out at ‘...’ and Y, a few miles inland, at
    #    the bottom of the scale, ‘...’"; fieldwork "between 15 and 26 January 2024"; "seven ..., three for each unit and
    #    one for the region"
    ("wesham-and-staining-pdus-2024", facts([
        svc("Wesham Probation Delivery Unit", "Wesham PDU", "PDU", RI),
        svc("Staining Probation Delivery Unit", "Staining PDU", "PDU", INAD)], "2024-06-11", "2024-01", 7),
     """N| Press release

N| Reports on two probation units on the Fylde published

N| Inspectors have looked at the work of two probation delivery units serving the Fylde.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Two units of [Probation Service – North West region|S], [Wesham Probation Delivery Unit|S] and [Staining Probation Delivery Unit|S], are covered in reports issued today by [His Majesty’s Inspectorate of Probation|A].
N| [Wesham|S] has come out at ‘[Requires improvement|R]’ and [Staining|S], a few miles inland, at the bottom of the scale, ‘[Inadequate|R]’.
N| The inspection team visited both offices between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In a single year, [Staining|S] had seen most of its experienced officers leave, and the newly qualified staff who replaced them were left to manage high-risk cases with little support.
S| “[Wesham|S] is on steadier ground: its manager knows every case on the books, and its unpaid work team is well regarded locally.”

W| In [Staining PDU|S], inspectors judged the plan to keep others safe sufficient in only 9 of the 27 cases they read.
S| [Wesham|S]’s officers had built good links with [Lancashire Constabulary|A]’s domestic abuse team and used them routinely.
W| Neither unit made enough use of the specialist housing support commissioned for people leaving prison.

R| Seven recommendations are made across the two reports: three for each unit and one for the region.

N| The North West’s Regional Probation Director, [Joanne Pickup|X], said: “We accept every finding, and experienced staff are already being moved into Staining.”
"""),
    # 2. two youth justice services in one local-news story, the report day in the text under a later byline; ratings in the
    #    other order from the one the services were first named in ("X has been handed the inspectorate’s highest grade
    #    ... while Y earned ‘...’"); "Eight recommendations ..., five for Y and three for X"
    ("anchorsholme-and-torrisholme-yjs-2023", facts([
        svc("Anchorsholme Youth Justice Service", "Anchorsholme YJS", "YJS", GOOD),
        svc("Torrisholme Youth Justice Service", "Torrisholme YJS", "YJS", OUT)], "2023-10-12", "2023-06", 8),
     """N| Top marks for youth justice team as neighbour also praised

N| By [Helen Rigby|X]

N| [Monday 16 October 2023|D]

N| Inspectors’ reports on [Anchorsholme Youth Justice Service|S] and [Torrisholme Youth Justice Service|S] came out on Thursday ([12 October|D]), following visits to both in [June 2023|D].
N| [Torrisholme|S] has been handed the inspectorate’s highest grade, ‘[Outstanding|R]’, while [Anchorsholme|S] earned ‘[Good|R]’.

S| The report on [Torrisholme|S] said each child kept the same worker from their first appointment until their order ended.
S| Inspectors also found that [Anchorsholme|S]’s staff were quick to involve parents and carers in planning.
W| However, the [Anchorsholme YJS|S] report said that too few children who had been excluded from school were back in full-time education by the end of their order.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children on this stretch of the coast are well served, and the team at [Torrisholme|S] is among the best we have inspected.”

R| Between them, the two reports contain eight recommendations: five for [Anchorsholme|S] and three for [Torrisholme|S].

N| A spokesperson for [Lancaster City Council|A] said: “This is a proud day for everyone involved in the service.”
"""),
    # 3. three Lancaster-hinterland PDUs in a justiceinspectorates news item: "Inspectors found X and Y to require
    #    improvement" with the rating term in quotes after it; Z "given the lowest possible rating"; a previous rating for Z;
    #    "Published: 18 Feb 2025"; fieldwork "from 28 October to 8 November 2024"; 12 recommendations
    ("galgate-glasson-and-quernmore-pdus-2025", facts([
        svc("Galgate Probation Delivery Unit", "Galgate PDU", "PDU", RI),
        svc("Glasson Probation Delivery Unit", "Glasson PDU", "PDU", RI),
        svc("Quernmore Probation Delivery Unit", "Quernmore PDU", "PDU", INAD)], "2025-02-18", "2024-10", 12),
     """N| News

N| Three probation units in Lancashire: two told to improve, one failing

N| Published: [18 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today publishes three reports covering [Galgate Probation Delivery Unit|S], [Glasson Probation Delivery Unit|S] and [Quernmore Probation Delivery Unit|S], all three run by the [Probation Service|A]’s [North West region|S].
N| Inspectors placed [Galgate|S] and [Glasson|S] at ‘[Requires improvement|R]’, and gave [Quernmore|S] the lowest possible rating, ‘[Inadequate|R]’.
N| [Quernmore PDU|S] had been rated ‘[Requires improvement|R]’ when inspectors last visited, in [2022|D].
N| Fieldwork ran from [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Quernmore|S] has gone backwards since our last visit.
W| “We came across people at high risk of causing serious harm who had gone weeks without a face-to-face meeting, and their managers were unaware.”

S| Staff at [Galgate|S] had kept up regular home visits to people convicted of domestic abuse, which inspectors singled out as good practice.
W| In [Glasson PDU|S], by contrast, only around half of the cases inspected had a plan that took account of the victim.
W| Across all three units workloads were heavy, with a quarter of probation officer posts unfilled.

R| The three reports contain twelve recommendations, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has received the lowest of the
    #    inspectorate’s four ratings, ‘...’"; the region's own earlier rating as context; "inspected X in July 2024";
    #    "Mr Jones continued"; the notes' embargo day
    ("bolton-le-sands-pdu-2024", facts([
        svc("Bolton-le-Sands Probation Delivery Unit", "Bolton-le-Sands PDU", "PDU", INAD)], "2024-11-26", "2024-07", 6),
     """N| [North West probation region|S]: unit on Morecambe Bay judged to be failing

N| [Bolton-le-Sands Probation Delivery Unit|S], which belongs to [Probation Service – North West region|S], has received the lowest of the inspectorate’s four ratings, ‘[Inadequate|R]’.
N| The region as a whole had been given ‘[Requires improvement|R]’ when it was itself inspected in [2023|D].
N| [HM Inspectorate of Probation|A] inspected [Bolton-le-Sands PDU|S] in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a small unit that has been left to cope on its own for too long.
W| “For much of the past year there was no senior manager in post, and staff said they had nobody to ask when a case went wrong.”

W| Mr Jones continued: “Too often, warning signs that someone was becoming more dangerous were recorded and then not acted on.”

S| Inspectors did find that practitioners were committed to the people they supervised and that the unit’s links with the local drug and alcohol service were strong.
W| Checks with [Lancashire County Council|A]’s children’s social care were missing in more than half of the relevant cases.

R| Six recommendations follow; the unit is asked to act on four, the region’s leaders on two.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [Tuesday 26 November 2024|D], when the report goes live on the inspectorate’s website.
N| 2. [Bolton-le-Sands PDU|S] supervises around 700 people living along the Lancashire shore of Morecambe Bay.
"""),
    # 5. a unit inside its region, the region in the standfirst and the notes: "judged to be ‘...’" in "a report published
    #    today (Thursday, 14 September)" (no year: the fieldwork's, April 2023); the headline's lower-case "Freckleton
    #    probation unit"; five recommendations
    ("freckleton-pdu-2023", facts([
        svc("Freckleton Probation Delivery Unit", "Freckleton PDU", "PDU", RI)], "2023-09-14", "2023-04", 5),
     """N| [Freckleton probation unit|S] making progress but not there yet

N| In a report published today ([Thursday, 14 September|D]), inspectors have judged [Freckleton Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Inspectors spent time with the unit in [April 2023|D], looking at 38 cases and talking to staff, managers and people on probation.

S| The unit had a stable leadership team, and practitioners spoke highly of the support they got from their managers.
S| Positively, most people under supervision had a first meeting within days of being sentenced, and they were clear about the conditions they had to keep.
W| However, in only 16 of the 38 cases was enough done to manage the danger the person posed to others.
W| Domestic abuse checks with the police were not requested in a number of cases where they were plainly needed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here that the unit can be pleased with.
R| “[Freckleton|S]’s managers now need to make sure that every assessment looks properly at the risk someone poses to a partner or to children.”

R| Five recommendations are made, addressed to the unit and to the [Probation Service|A] in the North West.

N| ENDS

N| Notes to editors
N| 1. [Freckleton PDU|S] covers Fylde and part of south Ribble for [Probation Service – North West region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, they were concerned that:" lists; the date line "Tuesday, 21st May 2013" above "published today";
    #    fieldwork "in January and February 2013"; eight recommendations
    ("over-wyre-probation-trust-2013", facts([
        svc("Over Wyre Probation Trust", "Over Wyre Probation Trust", "other", None)], "2013-05-21", "2013-01", 8),
     """N| Offender management in Over Wyre – inspection findings

N| [Tuesday, 21st May 2013|D]

N| [Her Majesty’s Inspectorate of Probation|A]’s report on [Over Wyre Probation Trust|S] was published today.
N| Inspectors looked at 54 cases supervised by the Trust during their visits in [January and February 2013|D].

S| On reducing the likelihood of reoffending the Trust scored 77%, and on making sure sentences were carried out, 83%.
W| Protecting the public scored lower, at 64%.

N| Inspectors were pleased to find that:
S| • most offenders had been seen within five working days of their sentence;
S| • the Trust worked closely with the local authority to find settled accommodation for offenders leaving custody.

N| However, they were concerned that:
W| • risk of harm plans were often late, and were not looked at again when an offender’s circumstances changed;
W| • home visits were uncommon, including in cases with children at the address.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are committed and know their offenders well.
R| “Public protection now has to be brought up to the standard the Trust already achieves on reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "Inspectors have found the work of X (CRC) ... to be
    #    ‘...’ overall"; unpaid work "rated separately, as it is in every CRC inspection, ... ‘...’"; fieldwork "carried out
    #    in July 2019"; the provider's reply
    ("singleton-and-weeton-crc-2019", facts([
        svc("Singleton and Weeton Community Rehabilitation Company", "Singleton and Weeton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-12", "2019-07", 7),
     """N| Embargoed until 00.01, [Tuesday 12 November 2019|D]

N| Probation company on the Fylde coast: some progress, more to do

N| [Purple Futures|A] runs [Singleton and Weeton Community Rehabilitation Company|S] (CRC), whose work inspectors have found to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, which is rated separately, as it is in every CRC inspection, was found to be ‘[Good|R]’.
N| The inspection was carried out in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC’s unpaid work scheme is well organised, and people on community orders are given placements that put their skills to use.
W| “But in supervision, too many people are seen by telephone when they should be seen in person, and the risk they pose is not always understood.”

W| Inspectors found that caseloads for some probation service officers had reached 90, well above the level the CRC itself considered safe.
S| Despite these pressures, the CRC’s hub in Singleton had kept its through-the-gate work running, so that most people leaving custody had somewhere to live.

R| Of seven recommendations, five are for the CRC; [HM Prison and Probation Service|A] must act on the other two.

N| [Purple Futures|A] said in a statement: “We are glad inspectors recognised the strength of our unpaid work, and we welcome the report.”
"""),
    # 8. a youth offending team written out only in lower case, on a council page in 2016, before ratings: "the Stalmine
    #    youth offending team" then "the Stalmine YOT"; a joint inspection; "Posted: 05/04/2016" (day/month/year); fieldwork
    #    "in January 2016"; six recommendations
    ("stalmine-yot-2016", facts([
        svc("Stalmine youth offending team", "Stalmine YOT", "YJS", None)], "2016-04-05", "2016-01", 6),
     """N| Inspectors report on youth offending work in Stalmine

N| Posted: [05/04/2016|D]

N| The [Stalmine youth offending team|S] was inspected in [January 2016|D] by [HM Inspectorate of Probation|A], which led the joint inspection, alongside [HM Inspectorate of Constabulary|A], the [Care Quality Commission|A] and [Ofsted|A].
N| Their report was published today.

N| The inspectors were pleased to find that:
S| • children said they trusted their case managers, who knew them well;
S| • the [Stalmine YOT|S] had good links with local schools and colleges.

N| They were concerned that:
W| • assessments often missed the risk a child might pose to others;
W| • the management board was given too little information to challenge the service’s performance.

R| Six recommendations are made, most of them directed at the management board.

N| Councillor [Alan Rigg|X], [Wyre Council|A]’s cabinet member for community safety, said: “Our partners and the council will now agree a plan to act on every recommendation.”
"""),
    # 9. a Youth Offending Service (YOS) in 2019: "X has been awarded ‘...’ by inspectors"; resettlement "judged on its
    #    own" "also reached ‘...’"; "Fieldwork for this inspection took place in April 2019"; notes' publication day
    ("warton-yos-2019", facts([
        svc("Warton Youth Offending Service", "Warton YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2019-08-20", "2019-04", 4),
     """N| Youth offending work in Warton rated ‘[Good|R]’

N| [Warton Youth Offending Service|S] (YOS) has been awarded ‘[Good|R]’ by [HM Inspectorate of Probation|A].
S| Its resettlement work, judged on its own, did even better and reached ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Warton|S] has a clear sense of what it is trying to achieve for children, and its staff work hard to get there.
S| “The planning for children coming back from custody was some of the best we have seen.”

S| Inspectors were impressed with the speed at which the [Warton YOS|S] arranged education and health appointments for children on court orders.
W| However, they found that children given out-of-court disposals had not always had their needs properly assessed.

R| The report makes four recommendations, three for the YOS and one for [Lancashire Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on the [HM Inspectorate of Probation|A] website on [20 August 2019|D].
"""),
    # 10. an ordinary youth justice service release on GOV.UK: "has been rated ‘...’"; "The inspection took place in
    #     October 2023"; six recommendations
    ("layton-yjs-2024", facts([
        svc("Layton Youth Justice Service", "Layton YJS", "YJS", RI)], "2024-03-05", "2023-10", 6),
     """N| Press release

N| [Layton Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| Inspectors report on youth justice work in Layton.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 March 2024|D]

N| [Layton Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff in this service care a great deal about the children they work with, and it shows.
W| “However, too much of the work to keep children and other people safe was not good enough, and leaders did not have a clear picture of where the problems lay.”

S| Inspectors praised the service’s work with [Blackpool Council|A]’s education team, which had helped several children back into school.
W| Managers’ oversight of casework was inconsistent, and some plans had simply been copied from one review to the next.
W| Work on out-of-court disposals was weak: in only 5 of the 14 cases inspected had the child’s safety been considered properly.

R| There are six recommendations; one asks the management board to get regular reports on the quality of casework.
"""),
    # 11. an ordinary youth justice service release on a council page: "Posted on 27/09/2022"; "inspectors found ... to be
    #     ‘...’"; "The visit took place in May 2022"; four recommendations; the council's reply
    ("marton-yjs-2022", facts([
        svc("Marton Youth Justice Service", "Marton YJS", "YJS", GOOD)], "2022-09-27", "2022-05", 4),
     """N| Youth justice service praised by inspectors

N| Posted on [27/09/2022|D]

N| [HM Inspectorate of Probation|A]’s report, out today, finds [Marton Youth Justice Service|S] to be ‘[Good|R]’.
N| The visit took place in [May 2022|D].

S| Inspectors said the management board was strong and settled, with senior leaders from health, education and the police all playing an active part.
S| They found that children were given a say in their plans and that staff took the time to understand their lives.
W| The report found that work to support victims needed further development.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Marton|S] should be proud of what they have achieved for the children in their care.”

R| The report makes four recommendations to help the service improve further.

N| Councillor [Jane Hartley|X], leader of [Blackpool Council|A], said: “We are delighted with the report and want to thank every member of the team.”
"""),
    # 12. an ordinary youth justice service release on justiceinspectorates: "Published: 15 Jul 2025"; "has been rated
    #     ‘...’, the highest rating"; fieldwork "10 - 14 March 2025"; three recommendations
    ("yealand-yjs-2025", facts([
        svc("Yealand Youth Justice Service", "Yealand YJS", "YJS", OUT)], "2025-07-15", "2025-03", 3),
     """N| News

N| ‘[Outstanding|R]’ youth justice work in Yealand

N| Published: [15 Jul 2025|D]

N| [Yealand Youth Justice Service|S] has been given ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A], the top mark on its four-point scale.
N| Inspectors were on site from [10 - 14 March 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What makes [Yealand|S] stand out is the quality of its relationships with children, which rest on honesty and patience.
S| “Its leaders know exactly where the service is strong and where it can do better, and they are not complacent.”

S| Inspectors found that every child had a full health assessment, with quick access to speech and language therapy and to [CAMHS|A].
S| Work to divert children away from the courts was of a high standard, and few of those diverted went on to reoffend.
W| The one area where inspectors saw room for improvement was in recording the views of victims.

R| The report makes three recommendations.
"""),
    # 13. an ordinary youth justice service release in local news: "published on Tuesday (18 May)" under a byline of Friday
    #     21 May 2021; "judged ‘...’"; "carried out remotely in February 2021"; five recommendations; the council's reply
    ("catforth-yjs-2021", facts([
        svc("Catforth Youth Justice Service", "Catforth YJS", "YJS", RI)], "2021-05-18", "2021-02", 5),
     """N| Inspectors call for improvement at youth justice service

N| By [Mark Holden|X]

N| [Friday 21 May 2021|D]

N| [Catforth Youth Justice Service|S] has been judged ‘[Requires improvement|R]’ in a report published on Tuesday ([18 May|D]).
N| Covid restrictions meant the inspection had to be carried out remotely, in [February 2021|D].

W| The watchdog found that although the management board met often, its meetings led to little change.
W| Too many assessments of the danger children might pose to others were left incomplete.
S| On the other hand, inspectors said case workers had kept in close touch with children throughout the lockdowns, often visiting them at home.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “The board must now take a firmer grip and make sure that the good intentions of its members turn into action.”

R| The report contains five recommendations.

N| A spokesperson for [Lancashire County Council|A] said: “We accept the findings and an improvement plan is already in place.”
"""),
    # 14. an ordinary youth justice service release starting with page boilerplate and an empty "Published:" line; "has
    #     received an overall rating of ‘...’"; fieldwork "September 2023"; the notes' "available on ... on 23 January 2024
    #     at 00.01"; seven recommendations
    ("st-annes-yjs-2024", facts([
        svc("St Annes Youth Justice Service", "St Annes YJS", "YJS", INAD)], "2024-01-23", "2023-09", 7),
     """N| Skip to content

N| Published:

N| Serious concerns at [St Annes youth justice service|S]

N| [St Annes Youth Justice Service|S] has received an overall rating of ‘[Inadequate|R]’ from [HM Inspectorate of Probation|A].
N| Fieldwork for the inspection took place in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this service were not kept safe.
W| “Risks to them were known about but not acted on, and in some cases nobody had spoken to the child’s social worker for months.”

W| Inspectors found that the service had been without a permanent head for over a year, and that staff were unsure of their roles.
W| Partnership work with health services was fragile, with long waits for mental health support.
S| While the service faced serious problems, inspectors did find that its reparation projects were well organised and appreciated in the community.

R| We have made seven recommendations; five are for the service to act on and two for its management board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [23 January 2024|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] rates youth justice services on a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 15. an ordinary youth justice service release with "Thursday, 10th December 2020" as its date line; "Inspectors rated
    #     X ‘...’"; "The inspection, which took place in September 2020"; no count of recommendations (null)
    ("borwick-yjs-2020", facts([
        svc("Borwick Youth Justice Service", "Borwick YJS", "YJS", GOOD)], "2020-12-10", "2020-09", None),
     """N| Youth justice work in Borwick praised

N| [Thursday, 10th December 2020|D]

N| Inspectors rated [Borwick Youth Justice Service|S] ‘[Good|R]’ in a report published today.
N| The inspection, which took place in [September 2020|D], came soon after the first lockdown had eased.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Borwick|S] kept going through a very difficult year, and children continued to get the help they needed.”

S| Inspectors found that court work was strong, with reports to magistrates that were clear and well judged.
S| Staff had a good understanding of each child’s background, including any experience of trauma.
W| However, when a child’s circumstances changed, plans to protect other people were not always revisited.

N| The report lists a few areas the service could still work on.
"""),
    # 16. a 2025 public-protection PDU inspection with no rating, "Context" and "Findings" bullets; fieldwork "between 9
    #     and 13 June 2025"; the notes' publication day; five recommendations
    ("slyne-pdu-2025", facts([
        svc("Slyne Probation Delivery Unit", "Slyne PDU", "PDU", None)], "2025-10-07", "2025-06", 5),
     """N| Public protection work at [Slyne probation unit|S] examined

N| How well [Slyne Probation Delivery Unit|S] protects the public is the subject of a new report from [HM Inspectorate of Probation|A].
N| This programme of inspections does not award ratings.
N| The fieldwork took place between [9 and 13 June 2025|D].

N| Context
N| • [Slyne PDU|S] supervises around 550 people and belongs to [Probation Service – North West region|S].
N| • Inspectors examined 30 cases involving domestic abuse or a risk to children.

N| Findings
S| • Staff were confident in identifying domestic abuse and knew how to use the local [Multi-Agency Risk Assessment Conference|A].
W| • Home visits had been carried out in only a third of the cases where they were needed.
W| • Information from [Lancashire Constabulary|A] was sometimes received too late to inform the first assessment.

R| The report makes five recommendations, four for the unit and one for the region.

N| Notes to editors
N| 1. The report was published on [7 October 2025|D].
"""),
    # 17. an ordinary youth justice service release: "was rated ‘...’ overall"; resettlement "rated separately" at
    #     ‘...’; "Fieldwork for this inspection took place in April 2024"; the notes' day; six recommendations
    ("hest-bank-yjs-2024", facts([
        svc("Hest Bank Youth Justice Service", "Hest Bank YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-09-10", "2024-04", 6),
     """N| Inspectors find ‘[Good|R]’ youth justice work in Hest Bank

N| [Hest Bank Youth Justice Service|S] was rated ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
W| Resettlement, which inspectors rated separately, was ‘[Requires improvement|R]’, because arrangements for children due to leave custody were often left too late.
N| Fieldwork for this inspection took place in [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service with a strong sense of purpose, where staff and partners pull in the same direction.
W| “The gap is in resettlement: on the day of their release, some children returning from custody still had no suitable address to go to.”

S| Inspectors commended the service’s work on disproportionality, including a review of how children from minority ethnic backgrounds were dealt with by the courts.
S| Volunteers on referral order panels were well trained and had a good understanding of the children before them.

R| The report makes six recommendations, including that the service should work with housing providers to secure accommodation well before a child’s release.

N| ENDS

N| Notes to editors
N| 1. The report was published at 00.01 on [10 September 2024|D].
"""),
    # 18. an ordinary PDU release with a previous rating beside the new one ("has improved to ‘...’ from the ‘...’ it was
    #     given in a report published in March 2022"); "Inspectors visited in August 2024"; the notes' day; six
    #     recommendations
    ("weeton-pdu-2024", facts([
        svc("Weeton Probation Delivery Unit", "Weeton PDU", "PDU", RI)], "2024-12-10", "2024-08", 6),
     """N| [Weeton probation unit|S] improves but more work needed

N| [Weeton Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’, one step up from ‘[Inadequate|R]’, its rating in a report published in [March 2022|D].
N| Inspectors visited the unit in [August 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by the progress [Weeton|S] has made, and its leaders can be rightly proud of the way they have rebuilt the team.
W| “But the quality of risk assessment is still not where it needs to be, and some people were not seen as often as their sentence required.”

S| The unit had filled all but two of its probation officer vacancies since the last inspection.
W| Work to protect children was variable, and checks with children’s services had been made in only 19 of the 31 relevant cases.

R| The report makes six recommendations, four for the unit and two for [Probation Service – North West region|S].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [10 December 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 181st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
