"""Builds the 185th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Swindon PDUs on a GOV.UK page, the region named with them: "Inspectors gave X and Y the second-lowest
    #    grade, ‘...’, while Z was found to be ‘...’"; fieldwork "at the same time in June 2024"; "nine recommendations,
    #    three for each of the units"; the regional director's reply
    ("liddington-badbury-and-blunsdon-pdus-2024", facts([
        svc("Liddington Probation Delivery Unit", "Liddington PDU", "PDU", RI),
        svc("Badbury Probation Delivery Unit", "Badbury PDU", "PDU", RI),
        svc("Blunsdon Probation Delivery Unit", "Blunsdon PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Three Swindon probation units receive inspection reports

N| Reports on three probation delivery units in and around Swindon are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [Liddington Probation Delivery Unit|S], [Badbury Probation Delivery Unit|S] and [Blunsdon Probation Delivery Unit|S], all part of the [Probation Service – South West region|S], were inspected at the same time in [June 2024|D].
N| Inspectors gave [Liddington|S] and [Badbury|S] the second-lowest grade, ‘[Requires improvement|R]’, while [Blunsdon|S] was found to be ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Blunsdon|S] has seen most of its experienced officers leave in the last year and a half, and newly qualified staff were left to manage complex cases with very little support.
W| “Staff rarely visited homes to see whether children there were safe, and several people assessed as high risk had gone weeks without being seen in person.
S| “In Liddington and Badbury the picture is steadier, with settled teams and managers who check the quality of their staff’s work.”

S| [Badbury PDU|S]’s work with [Swindon Borough Council|A] to find housing for people leaving prison was singled out as good practice.
W| Across all three units, inspectors judged the assessment of domestic abuse risk to be sufficient in just 19 of the 45 cases they read.

R| Each unit receives three recommendations, nine in all.

N| [Gareth Pryce|X], Regional Probation Director for the South West, said: “All nine recommendations have been accepted, and experienced managers have already moved into Blunsdon.”
"""),
    # 2. two youth justice services in a local-news story: reports "released on Tuesday (21 November)" under a byline of
    #    Friday 24 November 2023; "X came away with ‘...’, while Y did better and was graded ‘...’", in the other order
    #    from the one the services were first named in; "eight recommendations, five of which are for X"
    ("minety-and-ashton-keynes-yjs-2023", facts([
        svc("Minety Youth Justice Service", "Minety YJS", "YJS", GOOD),
        svc("Ashton Keynes Youth Justice Service", "Ashton Keynes YJS", "YJS", RI)], "2023-11-21", "2023-07", 8),
     """N| Inspectors’ verdicts on two north Wiltshire youth services

N| By [Tom Harker|X]

N| [Friday 24 November 2023|D]

N| Inspection reports on [Minety Youth Justice Service|S] and [Ashton Keynes Youth Justice Service|S] came out on Tuesday ([21 November|D]); inspectors had visited both services in [July 2023|D].
N| [Ashton Keynes|S] came away with ‘[Requires improvement|R]’, while [Minety|S] did better and was graded ‘[Good|R]’.

S| The report on [Minety|S] said case managers there spotted early when a child was being recruited to sell drugs, and worked closely with [Wiltshire Police|A] to protect them.
W| Inspectors found that [Ashton Keynes|S] had let too many children wait weeks for a first appointment after being sentenced.
W| Its work to keep victims informed was also described as patchy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Minety|S] gets the essentials right every time and goes the extra mile where it matters.
R| “[Ashton Keynes|S] needs to get children seen promptly and make sure victims are kept up to date.”

R| Between them the two reports contain eight recommendations, five of which are for [Ashton Keynes YJS|S].

N| A spokesperson for [Wiltshire Council|A] said both services were already working on the findings.
"""),
    # 3. two PDUs north-east of Swindon in a justiceinspectorates news item: "Both units now stand at ‘...’ in the
    #    inspectorate’s judgement"; previous ratings beside ("When last inspected, in 2022, X had been ‘Good’ and Y
    #    ‘Requires improvement’"); fieldwork "from 28 October to 8 November 2024" (across two months); "Published: 4 Feb
    #    2025"; "ten recommendations, five for each unit"
    ("hannington-and-inglesham-pdus-2025", facts([
        svc("Hannington Probation Delivery Unit", "Hannington PDU", "PDU", RI),
        svc("Inglesham Probation Delivery Unit", "Inglesham PDU", "PDU", RI)], "2025-02-04", "2024-10", 10),
     """N| News

N| Two probation units north-east of Swindon must improve

N| Published: [4 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Hannington Probation Delivery Unit|S] and [Inglesham Probation Delivery Unit|S], which serve the rural north-east of Swindon borough.
N| Both units now stand at ‘[Requires improvement|R]’ in the inspectorate’s judgement.
N| When last inspected, in [2022|D], [Hannington|S] had been ‘[Good|R]’ and [Inglesham|S] ‘[Requires improvement|R]’.
N| Fieldwork began on [28 October 2024|D] and finished on [8 November|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot of goodwill in these two teams, and practitioners clearly care about the people they supervise.
W| “But too much of the work we looked at was done without a proper look at police call-out records or children’s social care files.”

W| [Hannington PDU|S]’s slide was put down to the loss of two senior probation officers and a long gap before their replacements arrived.
S| [Inglesham|S]’s unpaid work scheme, run with parish councils along the upper Thames, was praised for giving people on probation useful and visible tasks.

R| There are ten recommendations, five for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has given X, part of the ...
    #    region, its lowest rating, ‘...’"; the region's own earlier rating as context; "Mr Jones continued"; fieldwork
    #    "during fieldwork in May 2024"; "at 00.01 on Thursday 22 August 2024" in the notes; seven recommendations
    ("hilmarton-pdu-2024", facts([
        svc("Hilmarton Probation Delivery Unit", "Hilmarton PDU", "PDU", INAD)], "2024-08-22", "2024-05", 7),
     """N| [South West probation region|S]: [Hilmarton unit|S] given lowest rating

N| [His Majesty’s Inspectorate of Probation|A] has given its lowest rating, ‘[Inadequate|R]’, to [Hilmarton Probation Delivery Unit|S].
N| At its own inspection in [2023|D], the [Probation Service – South West region|S], to which the unit belongs, was rated ‘[Requires improvement|R]’.
N| Inspectors read 52 cases and spoke to staff and partners during fieldwork in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation around Hilmarton deserve far better than they are getting.
W| “Practitioners were managing caseloads of up to 70, and the most experienced had left for better-paid work elsewhere.”

W| Mr Jones continued: “Whether a person might harm the children in their home was too rarely asked, even where the answer was plain from the file.”

S| Inspectors did find that staff at [Hilmarton|S] were loyal to each other and that placements in approved premises were well managed.
W| Links with [Wiltshire Police|A] were weak, and checks on domestic abuse call-outs were routinely missing.

R| Seven recommendations follow: five for the unit itself, two for the [Probation Service|A] at national level.

N| ENDS

N| Notes to editors
N| 1. Embargo: the report is available from 00.01 on [Thursday 22 August 2024|D].
N| 2. [Hilmarton PDU|S] covers the villages between Calne and Royal Wootton Bassett.
"""),
    # 5. a unit inside its region in local news: "one of the units that make up the South West region of the Probation
    #    Service, has been judged ‘...’"; the report "published on Wednesday (13 September)" under a byline of Saturday
    #    16 September 2023; the headline's lower-case "Tockenham probation unit"; "in 14 of the 38 relevant cases"
    ("tockenham-pdu-2023", facts([
        svc("Tockenham Probation Delivery Unit", "Tockenham PDU", "PDU", RI)], "2023-09-13", "2023-04", 5),
     """N| Probation in the South West: progress at [Tockenham probation unit|S]

N| By [Sarah Coles|X]

N| [Saturday 16 September 2023|D]

N| [Tockenham Probation Delivery Unit|S], run by the [South West region of the Probation Service|S], has been judged ‘[Requires improvement|R]’ by inspectors in a report published on Wednesday ([13 September|D]).
N| Inspectors were at the unit in [April 2023|D].

S| They found a stable management team that had brought vacancies down from a third of posts to fewer than one in ten over the previous year.
S| People on probation helped to write their own sentence plans, and most said their officer listened to them.
W| However, the report says the handling of domestic abuse perpetrators was inconsistent, with safeguarding checks missing in 14 of the 38 relevant cases.
W| Waiting lists for accredited programmes were long, and some people reached the end of their orders without ever starting one.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tockenham|S] has turned a corner, and its staff have worked hard to get here.
R| “Its leaders must now make domestic abuse checks a routine part of every case.”

R| The inspectorate has made five recommendations to the unit.

N| [Wiltshire Police|A] said it would speed up the information it passes to the unit.
"""),
    # 6. a Probation Trust in 2012, before ratings: percentage scores in the chief inspector's quote, the stock lead-ins
    #    "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"; "Thursday 15th
    #    November 2012" above "today published"; fieldwork "carried out in July 2012"; six recommendations
    ("lockeridge-and-east-kennett-probation-trust-2012", facts([
        svc("Lockeridge and East Kennett Probation Trust", "Lockeridge and East Kennett Probation Trust", "other",
            None)], "2012-11-15", "2012-07", 6),
     """N| Probation inspection: [Lockeridge and East Kennett Probation Trust|S]

N| [Thursday 15th November 2012|D]

N| The findings of the offender management inspection of [Lockeridge and East Kennett Probation Trust|S], carried out in [July 2012|D], were published today by [HM Inspectorate of Probation|A].

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a creditable set of findings for a Trust that has had to absorb large budget cuts.
S| “Work to reduce reoffending was done to a sufficiently high level in 77% of cases, and work to make sure sentences were served in 83%.”
W| Work to protect the public scored lower, at 64%.

N| Inspectors were pleased to find that:
S| • most assessments were completed on time and drew on information from other agencies;
S| • women supervised by the Trust’s women’s project were well supported.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were frequently left unchanged after something significant happened in an offender’s life;
W| • contact with [Wiltshire Police|A] about domestic abuse was not recorded in many cases.

R| The report makes six recommendations for improvement.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "X (CRC), run by ..., is ‘...’ overall, ... has
    #    found"; two areas "given their own separate ratings"; fieldwork "in September 2018"; Dame Glenys Stacey; eight
    #    recommendations; the provider's reply
    ("dauntsey-and-brinkworth-crc-2018", facts([
        svc("Dauntsey and Brinkworth Community Rehabilitation Company", "Dauntsey and Brinkworth CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2018-12-13", "2018-09", 8),
     """N| Embargoed: 00.01 [Thursday 13 December 2018|D]

N| Inspectors rate probation company covering north Wiltshire ‘[Inadequate|R]’

N| [Dauntsey and Brinkworth Community Rehabilitation Company|S] (CRC), run by [Working Links|A], is ‘[Inadequate|R]’ overall, [HM Inspectorate of Probation|A] has found.
W| Of the two areas given their own separate ratings, unpaid work was judged ‘[Requires improvement|R]’ and Through the Gate resettlement work ‘[Inadequate|R]’.
N| Inspectors examined cases and interviewed staff in [September 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has far too few qualified staff, and some officers were responsible for more than 100 cases each.
W| “Many people under its supervision are simply phoned every few weeks, which is no way to manage those who pose a risk to the public.”

S| The CRC’s service for women, run from a centre it shares with local charities, impressed inspectors.
W| Relations with the [National Probation Service|A] in the area were poor, and cases were sometimes passed across without the information needed to manage them.

R| Eight recommendations are made: [Working Links|A] and its CRC should act on six, and [HM Prison and Probation Service|A] on the last two.

N| A [Working Links|A] spokesperson said the company was disappointed but accepted the findings.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Ofsted,
    #    HM Inspectorate of Constabulary and the Care Quality Commission in March 2016; "Posted: 21/07/2016" and
    #    "published today"; list lead-ins; the short "Christian Malford YOT" only in the council's reply
    ("christian-malford-yot-2016", facts([
        svc("Christian Malford Youth Offending Team", "Christian Malford YOT", "YJS", None)], "2016-07-21", "2016-03", 5),
     """N| Inspection of [Christian Malford Youth Offending Team|S]

N| Posted: [21/07/2016|D]

N| [HM Inspectorate of Probation|A] carried out the inspection of the [Christian Malford Youth Offending Team|S] (YOT) in [March 2016|D], with help from [Ofsted|A], [HMIC|A] and the [Care Quality Commission|A].
N| The report, published today, looked at work with children who had offended and at how the YOT was managed.

N| Among the positive findings, inspectors noted that:
S| • the children were well known to YOT staff, who kept trying to reach those who drifted away;
S| • most children were helped into school, college, training or a job.

N| Areas where the inspectors wanted to see improvement were:
W| • assessments of the risk of harm children might pose to others, which were not good enough in almost half of cases;
W| • the management board, which did not check closely enough how well the YOT was performing.

R| Five recommendations are set out for the YOT and the agencies it works with.

N| Councillor [Ruth Hadley|X], cabinet member for children’s services at [Wiltshire Council|A], said: “We are pleased the inspectors recognised the commitment of staff at [Christian Malford YOT|S], and we are already acting on the recommendations.”
"""),
    # 9. an NPS division in 2019: "has awarded the X an overall regional rating of ‘...’"; the headline's rating with no
    #    service; a date line "28 May 2019"; fieldwork "across January and February 2019"; the short "NPS Hullavington and
    #    Grittleton"; nine recommendations
    ("hullavington-and-grittleton-nps-division-2019", facts([
        svc("National Probation Service – Hullavington and Grittleton Division", "NPS Hullavington and Grittleton",
            "region", RI)], "2019-05-28", "2019-01", 9),
     """N| News

N| ‘[Requires improvement|R]’ for probation division in north-west Wiltshire

N| [28 May 2019|D]

N| The verdict of [HM Inspectorate of Probation|A] on the [National Probation Service – Hullavington and Grittleton Division|S] is an overall regional rating of ‘[Requires improvement|R]’.
N| Fieldwork for the inspection was carried out across [January and February 2019|D].

S| Inspectors found that the division’s court work was strong: reports for sentencing were thorough and rarely delayed hearings.
S| Residents of its approved premises spoke warmly of the staff, and the hostels were run well.
W| However, staff shortages in the division’s offender management teams meant caseloads were high and supervision was too often cut short.
W| Victim contact work was slow, and some victims were not told when the person who had harmed them was released.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Hullavington and Grittleton|S] has good foundations, but too many of its staff are stretched beyond what is reasonable.
R| “The division should make reducing caseloads its first priority.”

R| The division is the subject of seven of the nine recommendations; the rest are for [HM Prison and Probation Service|A].
"""),
    # 10. a Youth Offending Service in 2019, the capitalised name in the headline: "has found X (YOS) to be ‘...’"
    #     "Following an inspection in June 2019"; "Published: Tuesday 22 October 2019"; "I would now like to see ..."
    ("seagry-yos-2019", facts([
        svc("Seagry Youth Offending Service", "Seagry YOS", "YJS", GOOD)], "2019-10-22", "2019-06", 4),
     """N| [Seagry Youth Offending Service|S] judged ‘[Good|R]’ by inspectors

N| Published: [Tuesday 22 October 2019|D]

N| Following an inspection in [June 2019|D], [HM Inspectorate of Probation|A] has found [Seagry Youth Offending Service|S] (YOS) to be ‘[Good|R]’.

S| Inspectors said the YOS was well led, with a management board that challenged partners and kept a close eye on performance.
S| Children’s plans were drawn up with them and their families, and case managers made real efforts to stay in contact with children who were hard to reach.
W| Yet protecting children from exploitation was a weaker area, and in some cases warning signs had not been passed to [Wiltshire Police|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Seagry YOS|S] knows its children well and gives them real support to turn their lives around.
R| “I want to see the service bring that same care to spotting and responding to exploitation.”

R| The report makes four recommendations.
"""),
    # 11. a GOV.UK page: "has been rated ‘...’ by ..."; resettlement "received a separate rating of ‘...’"; fieldwork "in
    #     May 2022"; "in only 10 of the 22 cases"; six recommendations, one for a named council's children's services
    ("sutton-benger-yjs-2022", facts([
        svc("Sutton Benger Youth Justice Service", "Sutton Benger YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2022-09-27", "2022-05", 6),
     """N| Press release

N| Youth justice service near Chippenham told to improve

N| Inspectors publish their findings on [Sutton Benger Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 September 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Sutton Benger Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Resettlement policy and provision received a separate rating of ‘[Inadequate|R]’.
N| Inspectors visited the service in [May 2022|D].

S| The service’s work with children at court was of a high standard, and magistrates valued its reports.
S| Children who had been let down by adults before came to trust their case managers.
W| However, in only 10 of the 22 cases inspected had enough been done to manage the risk the child posed to others.
W| Children leaving custody were often left unsure of their address until the day they walked out.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sutton Benger|S]’s staff are clearly committed, but the service is not yet doing enough to keep other people safe.
R| “The partnership must urgently put right its arrangements for children leaving custody.”

R| The report makes six recommendations, including one for [Wiltshire Council|A]’s children’s services.
"""),
    # 12. a justiceinspectorates news item: "has achieved the highest rating on the inspectorate’s scale, ‘...’"; the
    #     headline's capitalised name; a date line; fieldwork "in September 2024"; three recommendations
    ("yatton-keynell-yjs-2024", facts([
        svc("Yatton Keynell Youth Justice Service", "Yatton Keynell YJS", "YJS", OUT)], "2024-12-10", "2024-09", 3),
     """N| News

N| ‘[Outstanding|R]’ rating for [Yatton Keynell Youth Justice Service|S]

N| [10 December 2024|D]

N| [Yatton Keynell Youth Justice Service|S] has achieved the highest rating on the inspectorate’s scale, ‘[Outstanding|R]’.
N| The inspection took place in [September 2024|D].

S| Inspectors said the service put children at the centre of everything it did, and that children themselves had helped to design its new building.
S| Every case manager had a caseload small enough to allow them to see children as often as they needed.
S| Encouragingly, first-time entrants to the youth justice system had fallen by more than a third in two years.
W| The only real weakness inspectors found was in how decisions about children’s safety were recorded, which was sometimes too brief.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is youth justice at its best.
S| “[Yatton Keynell|S]’s leaders, staff and partners have built something that other areas should learn from.”

R| Inspectors make three recommendations, all for the service’s management board.

N| [Wiltshire Council|A] said it was delighted with the result.
"""),
    # 13. a remote inspection in 2021: "has found that X ‘...’" (no "rated" before the overall rating); the previous
    #     rating in its own sentence; "Published: Thursday 5th August 2021"; "carried out remotely in April 2021"
    ("biddestone-yjs-2021", facts([
        svc("Biddestone Youth Justice Service", "Biddestone YJS", "YJS", RI)], "2021-08-05", "2021-04", 5),
     """N| Youth justice in Biddestone slips to ‘[Requires improvement|R]’

N| Published: [Thursday 5th August 2021|D]

N| After an inspection carried out remotely in [April 2021|D], [HM Inspectorate of Probation|A] has found that [Biddestone Youth Justice Service|S] ‘[Requires improvement|R]’.
N| When it was last inspected, in [2018|D], the service was rated ‘[Good|R]’.

W| Inspectors found that many children had had little face-to-face contact during the pandemic, and that some plans had not been updated for months.
W| Work to keep children safe was not sufficient in 11 of the 24 cases inspectors examined.
S| Positively, the service had kept almost all children in education, and its links with local schools were excellent.
S| Its work with victims was also a strength, and restorative justice was offered in every suitable case.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Biddestone|S] has lost some of the ground it gained before the pandemic.
R| “Leaders need to get case managers back in front of children and make sure every plan reflects what is happening in the child’s life now.”

R| There are five recommendations in the report.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating ("This type of inspection does not result in a
    #     rating"), "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 9 Oct 2025"
    ("atworth-pdu-2025", facts([
        svc("Atworth Probation Delivery Unit", "Atworth PDU", "PDU", None)], "2025-10-09", "2025-06", 4),
     """N| Skip to content

N| Report on public protection work in a Wiltshire probation unit

N| Published: [9 Oct 2025|D]

N| How well [Atworth Probation Delivery Unit|S] keeps the public safe is examined in a new report by [HM Inspectorate of Probation|A].
N| No rating is given in inspections of this kind.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • [Atworth PDU|S] belongs to the [Probation Service – South West region|S] and covers a mainly rural part of west Wiltshire.
N| • Roughly one in three of those on its caseload has a conviction for a domestic abuse offence.

N| Findings
S| • Practitioners were confident in talking to people about their behaviour and challenged them where needed.
W| • Home visits in cases involving children were rare, even where there were known concerns.
W| • Practitioners asked [Wiltshire Police|A] for its domestic abuse records in just half of the cases that called for it.
S| • Managers checked every high-risk case before it was allocated.

R| Of the report’s four recommendations, three go to the PDU and one to the region.
"""),
    # 15. a council page: "Posted on 03/06/2025"; "today published its report on X, which gives the service an overall
    #     rating of ‘...’"; fieldwork "in February 2025"; seven recommendations to four named recipients; the director's
    #     apology and promise
    ("kington-langley-yjs-2025", facts([
        svc("Kington Langley Youth Justice Service", "Kington Langley YJS", "YJS", INAD)], "2025-06-03", "2025-02", 7),
     """N| Response to the inspection of [Kington Langley Youth Justice Service|S]

N| Posted on [03/06/2025|D]

N| Today’s report from [HM Inspectorate of Probation|A] gives [Kington Langley Youth Justice Service|S] an overall rating of ‘[Inadequate|R]’.
N| Inspectors were with the service in [February 2025|D].

W| According to the report, leaders had little sense of how good the work with children really was, and the management board had ignored warnings from staff.
W| Assessments of children’s safety and wellbeing were not good enough in most of the cases inspected.
W| Several children at risk of exploitation had waited weeks for a referral to [CAMHS|A].
S| Inspectors found that children were treated with warmth and respect by their case managers, and that work with victims was thoughtful.

R| Seven recommendations are made, to the service, its management board, [Wiltshire Police|A] and the [Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board|A].

N| [Mark Ellery|X], Director of Children’s Services, said: “This report makes difficult reading, and we apologise to every child who has been let down.
N| “A new head of service starts this month, and the board will meet every fortnight until things improve.”
"""),
    # 16. a justiceinspectorates news item: "Inspectors have judged X as ‘...’ overall"; "Published: 18 Apr 2023";
    #     fieldwork "from 5 to 9 December 2022"; the short "Broad Hinton YJS" in a quote; six recommendations
    ("broad-hinton-yjs-2023", facts([
        svc("Broad Hinton Youth Justice Service", "Broad Hinton YJS", "YJS", RI)], "2023-04-18", "2022-12", 6),
     """N| News

N| ‘More to do’ for youth justice in Broad Hinton

N| Published: [18 Apr 2023|D]

N| Inspectors have judged [Broad Hinton Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| They carried out their fieldwork from [5 to 9 December 2022|D].

S| Out-of-court work stood out: children were steered towards well-chosen activities, and few of them went on to reoffend.
W| But risk to others was not managed well enough, and contingency plans were often vague.
W| Staff told inspectors that training had been cancelled repeatedly and that supervision from managers was irregular.
S| Relationships with schools and the local college were good, so most children were in education.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are good people in [Broad Hinton YJS|S], but the systems that should support them are not working as they should.
R| “The board needs to take a much firmer grip on performance and on the training staff receive.”

R| Of six recommendations, five are addressed to the service and one to [Oxford Health NHS Foundation Trust|A].
"""),
    # 17. a 2020 release: "has given X a rating of ‘...’ following fieldwork in November 2019"; "Thursday, 12th March 2020"
    #     at the top; the headline's lower-case "Foxham youth justice team"; four recommendations
    ("foxham-yjs-2020", facts([
        svc("Foxham Youth Justice Service", "Foxham YJS", "YJS", GOOD)], "2020-03-12", "2019-11", 4),
     """N| [Foxham youth justice team|S] praised by inspectors

N| [Thursday, 12th March 2020|D]

N| [HM Inspectorate of Probation|A] has given [Foxham Youth Justice Service|S] a rating of ‘[Good|R]’ following fieldwork in [November 2019|D].

S| Inspectors commended the service’s leaders for a clear vision that staff and partners understood and shared.
S| Case managers had manageable caseloads and used the time to get to know children and their families.
W| However, work to prepare children for leaving custody was underdeveloped, and education plans for their release were often missing.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Foxham|S] has built a committed team which puts children first.
R| “The service needs to give the same attention to children coming out of custody as it gives to those in the community.”

R| The report contains four recommendations, aimed at the service and its partners.
"""),
    # 18. a GOV.UK page: "has moved up to ‘...’, an improvement on the ‘...’ it was given in 2021"; resettlement "was rated
    #     separately and came out at ‘...’"; "two weeks with the service, starting on 11 March 2024"; "We have made three
    #     recommendations"
    ("bremhill-yjs-2024", facts([
        svc("Bremhill Youth Justice Service", "Bremhill YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-07-23", "2024-03", 3),
     """N| Press release

N| Youth justice service near Calne improves to ‘[Good|R]’

N| Inspectors publish their report on [Bremhill Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [23 July 2024|D]

N| [Bremhill Youth Justice Service|S] has moved up to ‘[Good|R]’; at its previous inspection, in [2021|D], it received ‘[Requires improvement|R]’.
W| Resettlement work was rated separately and came out at ‘[Requires improvement|R]’.
N| Inspectors spent two weeks with the service, starting on [11 March 2024|D].

S| Every recommendation from the [2021|D] report had been acted on, and senior staff from health and education now sat on the management board.
S| Children described their case managers as dependable and approachable.
W| However, there were still gaps in the help available to children with speech, language and communication needs.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bremhill|S]’s progress since its last inspection is a credit to everyone involved.
R| “Leaders should now bring the same energy to planning for children leaving custody.”

R| We have made three recommendations, all for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 185th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
