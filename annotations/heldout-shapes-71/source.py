"""Builds the seventy-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Buckinghamshire PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X and Y to
    #    be ‘...’, while Z was given the lowest possible rating, ‘...’"; fieldwork "in January 2024"; nine
    #    recommendations "three to each unit"; the regional director's reply
    ("wolverton-long-crendon-and-waddesdon-pdus-2024", facts([
        svc("Wolverton Probation Delivery Unit", "Wolverton PDU", "PDU", RI),
        svc("Long Crendon Probation Delivery Unit", "Long Crendon PDU", "PDU", INAD),
        svc("Waddesdon Probation Delivery Unit", "Waddesdon PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Probation in Buckinghamshire: three units inspected

N| Reports on three probation delivery units in the Thames Valley are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Three probation delivery units (PDUs) in [Probation Service – South Central region|S] were inspected at the same time: [Wolverton Probation Delivery Unit|S], [Long Crendon Probation Delivery Unit|S] and [Waddesdon Probation Delivery Unit|S].
N| Inspectors judged [Wolverton|S] and [Waddesdon|S] to be ‘[Requires improvement|R]’, while [Long Crendon|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The inspection team visited all three units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Long Crendon we found a unit without a settled management team, where nearly half of practitioner posts were empty or filled by agency workers.
W| “Too many people on probation there had not been seen for weeks, and checks with the police about domestic abuse were often missing.
S| “[Wolverton|S] and [Waddesdon|S] have steadier teams and managers who know the work well, and that showed in the cases we read.”

S| [Waddesdon PDU|S]’s joint management, with [Thames Valley Police|A], of registered sex offenders was singled out as careful and well recorded.
W| Across the three units, plans to keep children safe were sound in fewer than half of the relevant cases.
W| Staff in all three units told inspectors that high caseloads left little time for the one-to-one work that helps people change.

R| Across the three reports, inspectors make nine recommendations, with three for each unit.

N| [Natalie Mason|X], Regional Probation Director for South Central, said: “Experienced managers have already been moved into Long Crendon, and we accept the findings in every report.”
"""),
    # 2. two youth justice services in one local-news story: the report "published on Tuesday (3 October)" under a byline
    #    of Friday 6 October 2023; "X was found to be ‘...’, the highest grade ..., while Y came out as ‘...’", in the
    #    other order from the one they were first named in; the headline's "in Earley and Winnersh" (locations)
    ("earley-and-winnersh-yjs-2023", facts([
        svc("Earley Youth Justice Service", "Earley YJS", "YJS", GOOD),
        svc("Winnersh Youth Justice Service", "Winnersh YJS", "YJS", OUT)], "2023-10-03", "2023-06", 5),
     """N| Inspectors praise youth justice teams in Earley and Winnersh

N| By [Tom Ashdown|X]

N| [Friday 6 October 2023|D]

N| Inspection reports on [Earley Youth Justice Service|S] and [Winnersh Youth Justice Service|S] were published on Tuesday ([3 October|D]) after inspectors visited both services in [June 2023|D].
N| [Winnersh|S] was found to be ‘[Outstanding|R]’, the highest grade the inspectorate gives, while [Earley|S] came out as ‘[Good|R]’.

S| The watchdog found that [Winnersh|S]’s case managers saw children within days of an arrest and stayed in regular contact with their parents and carers.
S| It said [Earley YJS|S] had built strong links with local schools, so that very few of the children it worked with were out of education.
W| However, inspectors said that in Earley some plans to protect victims had been copied forward from earlier orders without being reviewed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Winnersh|S] and [Earley|S] both put children first, and [Winnersh|S] in particular is among the best services we have seen.”

R| The reports make five recommendations between them, three for [Earley|S] and two for [Winnersh|S].

N| [Wokingham Borough Council|A]’s lead member for children, Councillor [Priya Lal|X], said: “I am grateful to our staff, whose care for young people shines through these reports.”
"""),
    # 3. two Bedfordshire PDUs in a justiceinspectorates news item, the region named first, ratings in a bulleted list
    #    with no verb ("• X: ‘...’"); one unit's name has "and" in it; "Published: 11 Mar 2025"; fieldwork "between 18 and
    #    29 November 2024"; "eight recommendations, four to each unit"
    ("silsoe-and-maulden-and-westoning-pdus-2025", facts([
        svc("Silsoe and Maulden Probation Delivery Unit", "Silsoe and Maulden PDU", "PDU", RI),
        svc("Westoning Probation Delivery Unit", "Westoning PDU", "PDU", INAD)], "2025-03-11", "2024-11", 8),
     """N| News

N| Two Bedfordshire probation units fall short

N| Published: [11 Mar 2025|D]

N| Inspection reports on two Bedfordshire units of [Probation Service – East of England region|S], [Silsoe and Maulden Probation Delivery Unit|S] and [Westoning Probation Delivery Unit|S], came out today from [HM Inspectorate of Probation|A].
N| The overall ratings are:
N| • [Silsoe and Maulden PDU|S]: ‘[Requires improvement|R]’
N| • [Westoning PDU|S]: ‘[Inadequate|R]’
N| Inspectors carried out fieldwork in the two units between [18 and 29 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At present, neither unit gives the public the protection it is entitled to expect.
W| “In Westoning, a third of cases lacked a current risk assessment, and some high-risk individuals had gone without a home visit for many months.
S| “[Silsoe and Maulden|S] is in a better position: its leaders have a realistic plan, and staff told us they felt well supported.”

S| Inspectors were impressed by [Silsoe and Maulden PDU|S]’s service for women, run with a local charity, which offered advice on housing, debt and health in one place.
W| In both units, too few people had been offered the accredited programmes their sentences required.

R| The two reports make eight recommendations, four to each unit.

N| ENDS
"""),
    # 4. a unit inside its region, the region in the headline ("South Central probation region: ...") and the first
    #    sentence: "Inspectors concluded that X, which ... for the Probation Service – South Central region, ‘...’ overall";
    #    the region's own 2023 grade as context; a lower-case ‘requires improvement’ in the headline; "Mr Jones
    #    continued"; the notes' "available on the ... website on 30 January 2024 at 00.01"
    ("kintbury-pdu-2024", facts([
        svc("Kintbury Probation Delivery Unit", "Kintbury PDU", "PDU", RI)], "2024-01-30", "2023-09", 6),
     """N| [South Central probation region|S]: [Kintbury probation unit|S] ‘[requires improvement|R]’

N| Inspectors concluded that [Kintbury Probation Delivery Unit|S], a unit of the [Probation Service – South Central region|S] covering rural west Berkshire, ‘[Requires improvement|R]’ overall.
N| When the [South Central region|S] was itself inspected in [2023|D], it received the same grade, ‘[Requires improvement|R]’.
N| The fieldwork for this inspection took place between [4 and 15 September 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kintbury|S] has a stable and experienced staff group, and people on probation told us they felt listened to.
W| “But the unit’s work to keep children and partners safe too often rested on what people told their officer, with little checking against police and social care records.”

W| Mr Jones continued: “In fewer than half of the cases we read was the risk of serious harm properly planned for.”

S| Positively, almost every person on probation had started their unpaid work hours within a few weeks of sentence.
W| Inspectors were disappointed to find that partnership work with [West Berkshire Council|A] on housing was not well developed, and several people had been released from prison with nowhere to live.

R| Six recommendations are made, five for the unit and one for the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [30 January 2024|D], when the report appears online.
N| 2. [Kintbury PDU|S] is one of the probation delivery units in the [South Central region|S].
"""),
    # 5. a unit inside its region on a GOV.UK page, the region named first: "Of the units of ... inspected so far, X is
    #    the first to be assessed as ‘...’"; the previous rating "in a report published in March 2022" beside it; "Only
    #    14 of the 42 cases"; seven recommendations "including that the region should ..."
    ("tewin-and-datchworth-pdu-2024", facts([
        svc("Tewin and Datchworth Probation Delivery Unit", "Tewin and Datchworth PDU", "PDU", INAD)],
        "2024-06-25", "2024-02", 7),
     """N| Press release

N| Probation unit in Hertfordshire assessed as ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [25 June 2024|D]

N| Among the units of [Probation Service – East of England region|S] inspected so far, only [Tewin and Datchworth Probation Delivery Unit|S] has been assessed as ‘[Inadequate|R]’.
N| Its previous inspection report, in [March 2022|D], had rated it ‘[Requires improvement|R]’.
N| In [February 2024|D] inspectors read 42 case files and interviewed staff, managers and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Things have gone backwards in Tewin and Datchworth since we last visited.
W| “Morale was poor, staff were unsure of their roles, and the unit had lost several of its most experienced officers.
W| “People on probation were too often left to manage their own risks, with little professional curiosity about their lives.”

S| Despite these difficulties, inspectors found that the unit’s court work was timely and its reports to sentencers were of a high standard.
W| Just 14 of the 42 cases contained enough planning to deal with the risk of harm the person posed to others.
W| Links with [Hertfordshire Constabulary|A] on domestic abuse had weakened, and requests for information were not always followed up.

R| Seven recommendations are made; among them, the region should put a senior manager in place to lead the unit’s recovery.

N| Responding for the region, [Justin Ryder|X] said: “We apologise for these failings and are acting on every recommendation.”
"""),
    # 6. a Probation Trust in 2011, before ratings: a headline with a dash and no rating, percentage scores, "Inspectors
    #    were pleased to find that:" / "However, inspectors were concerned to find that:"; "Tuesday, 15th November 2011"
    #    above; fieldwork "an inspection carried out in July 2011"; seven recommendations
    ("chalfont-st-peter-and-denham-probation-trust-2011", facts([
        svc("Chalfont St Peter and Denham Probation Trust", "Chalfont St Peter and Denham Probation Trust", "other",
            None)], "2011-11-15", "2011-07", 7),
     """N| [Chalfont St Peter and Denham Probation Trust|S] – offender management inspection

N| [Tuesday, 15th November 2011|D]

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said that [Chalfont St Peter and Denham Probation Trust|S] was doing sound work in most respects to cut reoffending and keep the public safe, as she released the findings of an inspection that took place in [July 2011|D].

S| 78% of the Trust’s work to lower the likelihood of reoffending was judged to be done well enough, as was 80% of its work on making sure sentences were served.
W| Public protection work came out lower, at 66%.

N| Inspectors were pleased to find that:
S| • initial assessments were completed on time in nearly all cases;
S| • offender managers had a thorough knowledge of the people they supervised;
S| • joint work with [Thames Valley Police|A] to manage prolific offenders had been in place for years and worked well.

N| However, inspectors were concerned to find that:
W| • plans did not always address the risk to known victims;
W| • offenders with a history of domestic violence were seldom visited at home.

S| [Liz Calderbank|X] said: “I was struck by how committed the Trust’s staff are.
R| “The Trust must now bring its public protection work up to the standard of its work on reoffending.”

R| The report makes seven recommendations.

N| Notes to editors
N| 1. The report is published on [15 November 2011|D].
"""),
    # 7. a CRC in 2019 with a long comma name, run by a named provider: "has judged X (CRC), run by ..., to be ‘...’ in a
    #    report published today (Thursday 17 October)" (year-less: 2019 from the fieldwork); unpaid work "rated
    #    separately as ‘...’"; Through the Gate "rated separately too, and ... found to be ‘...’"; the provider's reply
    ("sarratt-bovingdon-and-chipperfield-crc-2019", facts([
        svc("Sarratt, Bovingdon and Chipperfield Community Rehabilitation Company",
            "Sarratt, Bovingdon and Chipperfield CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2019-10-17", "2019-06", 6),
     """N| Inspectors publish report on Hertfordshire probation company

N| In a report published today ([Thursday 17 October|D]), [HM Inspectorate of Probation|A] places [Sarratt, Bovingdon and Chipperfield Community Rehabilitation Company|S] (CRC) at ‘[Requires improvement|R]’.
S| Its unpaid work was rated separately as ‘[Good|R]’.
W| Through the Gate resettlement services for people leaving prison were rated separately too, and were found to be ‘[Inadequate|R]’.
N| Inspectors visited the CRC in [June and July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sarratt, Bovingdon and Chipperfield CRC|S] organises unpaid work well: placements are available quickly, and the work benefits local communities.
W| “However, the help given to people before and after release from prison was poor, and too many left custody with nowhere to live.”

W| Inspectors found that the CRC’s case managers held caseloads of up to 90, and some cases were being managed by telephone alone.
S| The CRC’s partnership with [Hertfordshire County Council|A] on drug and alcohol treatment was a notable strength.

R| Of the report’s six recommendations, the CRC and [Sodexo Justice Services|A] are to act on four and [HM Prison and Probation Service|A] on two.

N| In response, [Sodexo Justice Services|A], the company that owns the CRC, said: “We are pleased that inspectors saw the quality of our unpaid work, and our resettlement teams are already making changes.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a full joint inspection with
    #    Ofsted, the CQC and HMIC; "Posted: 21/09/2016" (day/month/year); bullet lists; six recommendations, one "for the
    #    local NHS trust"
    ("much-hadham-and-braughing-yot-2016", facts([
        svc("Much Hadham and Braughing Youth Offending Team", "Much Hadham and Braughing YOT", "YJS", None)],
        "2016-09-21", "2016-06", 6),
     """N| Inspection of youth offending work in east Hertfordshire

N| Posted: [21/09/2016|D]

N| The report of a full joint inspection of [Much Hadham and Braughing Youth Offending Team|S] (YOT) was published today by [Her Majesty’s Inspectorate of Probation|A].
N| The inspection, carried out in [June 2016|D], also involved inspectors from [Ofsted|A] and [HM Inspectorate of Constabulary|A], together with the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • the YOT’s work to reduce the number of first-time entrants was effective;
S| • most children had a case manager who knew them well and saw them regularly;
S| • reparation projects let children make amends to the communities they had harmed.

N| However, inspectors were concerned to find that:
W| • assessments of vulnerability were not always completed;
W| • board members were given little information on the YOT’s performance and rarely asked for more.

S| [Much Hadham and Braughing YOT|S] staff were described as dedicated and enthusiastic.

R| Six recommendations are made: five are directed at the YOT and its board, and one at the local [NHS|A] trust.

N| Councillor [Richard Bell|X], who holds the children’s services brief at [Hertfordshire County Council|A], said: “The recommendations will be taken forward with our partners as quickly as we can.”
"""),
    # 9. an ordinary GOV.UK page, "has been rated ‘...’ overall by"; "in 21 of the 24 cases" (a figure that praises);
    #    "I would now like to see ..."; four recommendations, one to the police
    ("bromham-yjs-2024", facts([
        svc("Bromham Youth Justice Service", "Bromham YJS", "YJS", GOOD)], "2024-02-27", "2023-10", 4),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice service in Bedfordshire

N| Inspectors publish their report on [Bromham Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| [Bromham Youth Justice Service|S] has been rated ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
N| The inspection took place in [October 2023|D].

S| Inspectors found a well-led service whose management board, chaired by [Bedford Borough Council|A]’s director of children’s services, knew the children it served and challenged partners to do more.
S| Case managers were tenacious about keeping up contact with children, and in 21 of the 24 cases inspected the assessment of their needs was sufficient.
W| Work to protect other people from harm was less consistent, and in several cases the views of victims had not been sought.
W| The service’s health offer also needed development, as waiting times for [CAMHS|A] had grown to several months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bromham|S]’s staff are dedicated and know each child well, and it shows in the results they achieve.
R| “Next, I want the same care given to victims, so that their safety is weighed in every case.”

R| Four recommendations have been made, one of them for [Bedfordshire Police|A] and the rest for the service.
"""),
    # 10. a Youth Offending Service in 2019 with an embargo line: "Inspectors have found that X (YOS) ‘...’"; the
    #     headline's lower-case "Sandhurst youth offending service"; fieldwork "between 8 and 12 July 2019"; "in only 11 of
    #     24 cases"; "Mr Russell continued"; the notes' publication day
    ("sandhurst-yos-2019", facts([
        svc("Sandhurst Youth Offending Service", "Sandhurst YOS", "YJS", RI)], "2019-11-13", "2019-07", 6),
     """N| Embargoed: 00.01 [Wednesday 13 November 2019|D]

N| [Sandhurst youth offending service|S] ‘must focus on safety’

N| Inspectors have found that [Sandhurst Youth Offending Service|S] (YOS) ‘[Requires improvement|R]’.
N| The inspection took place between [8 and 12 July 2019|D].

S| Inspectors were impressed with the YOS’s work with schools, which had helped to reduce exclusions among the children it supervised.
S| Out-of-court disposals were well managed, and decisions were made quickly by a panel that included [Thames Valley Police|A] and health staff.
W| But case work for children sentenced to court orders varied in quality: only 11 of 24 cases had a sound safety plan for the child.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sandhurst YOS|S] has a great deal to be pleased about, not least its prevention work.”
W| Mr Russell continued: “However, staff did not always recognise the risks some children faced, or the risks they might pose to others.”

W| Inspectors were also concerned that [Bracknell Forest Council|A]’s children’s social care and the YOS did not always share information promptly.

R| The report makes six recommendations to improve the service.

N| ENDS

N| Notes to editors
N| 1. Publication time: 00.01, [13 November 2019|D].
"""),
    # 11. "has received the highest possible rating, ‘...’, from"; resettlement "rated separately as ‘...’"; "Bucking the
    #     trend"; "The one area that required strengthening"; "can be rightly proud"; the notes' "available on the ...
    #     website on 8 December 2022 at 00.01"; three recommendations
    ("eaton-bray-yjs-2022", facts([
        svc("Eaton Bray Youth Justice Service", "Eaton Bray YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-12-08", "2022-09", 3),
     """N| Youth justice service in Central Bedfordshire rated ‘[Outstanding|R]’

N| [His Majesty’s Inspectorate of Probation|A] has awarded [Eaton Bray Youth Justice Service|S] the top mark on its scale, ‘[Outstanding|R]’.
S| For resettlement policy and provision, which inspectors grade on its own, the service earned ‘[Good|R]’.
N| Fieldwork took place in [September 2022|D].

S| First-time entrants had been kept to a very low number, bucking the trend seen in much of the country.
S| Inspectors praised the quality of case managers’ relationships with children, which were built on trust and consistency.
S| Work with [Bedfordshire Police|A] and local health services was described as highly effective.
W| The one area that required strengthening was the oversight of children released from custody to addresses outside the county.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Eaton Bray|S] keeps every child’s welfare at the centre of its work.
S| “Leaders, staff and partners can be rightly proud of the service they have built, and I hope others will learn from them.”

R| The report contains three recommendations, aimed at helping the service get better still.

N| ENDS

N| Notes to editor
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 December 2022|D] at 00.01.
N| 2. Children aged 10 to 17 in the south of Central Bedfordshire are supervised by [Eaton Bray YJS|S].
"""),
    # 12. a council page: "Date published: 07/05/2024" (day/month/year); "has been judged as ‘...’ by"; the report's
    #     findings in the third person ("Their report highlights", "It also finds"); seven recommendations; the
    #     councillor's reply
    ("berinsfield-yjs-2024", facts([
        svc("Berinsfield Youth Justice Service", "Berinsfield YJS", "YJS", RI)], "2024-05-07", "2024-01", 7),
     """N| [Oxfordshire County Council|A] responds to youth justice inspection

N| Date published: [07/05/2024|D]

N| [Berinsfield Youth Justice Service|S], run by [Oxfordshire County Council|A] with its partners, has been judged as ‘[Requires improvement|R]’ by inspectors from [HM Inspectorate of Probation|A].
N| The inspectors visited in [January 2024|D].

S| Their report highlights the strong relationships case workers build with children and families, and the effort the service puts into keeping children in school or college.
W| It also finds that plans to manage the risk children might pose to others were not always thorough, and that management oversight was inconsistent.
W| The report says that children from Black and mixed ethnic backgrounds were over-represented among those receiving court orders, and the service had only recently begun to examine why.
S| Inspectors commended the work of the service’s volunteers on referral order panels.

R| The inspectorate has made seven recommendations: six are addressed to the service and the seventh to [Thames Valley Police|A].

N| Councillor [Sarah Whitcombe|X], cabinet member for children’s services, said: “We accept what the inspectors have said, and our improvement plan was agreed by cabinet last month.
N| “I want to thank staff for their hard work and commitment.”
"""),
    # 13. a justiceinspectorates news item: "has given X its lowest rating, ‘...’"; "Published: 10 Oct 2023"; fieldwork
    #     "carried out in June 2023"; "in only 38 per cent of the cases"; "Mr Jones continued"; 12 recommendations in
    #     digits; the region in the last line
    ("burghfield-pdu-2023", facts([
        svc("Burghfield Probation Delivery Unit", "Burghfield PDU", "PDU", INAD)], "2023-10-10", "2023-06", 12),
     """N| News

N| Probation unit near Reading rated ‘[Inadequate|R]’

N| Published: [10 Oct 2023|D]

N| [HM Inspectorate of Probation|A] has given [Burghfield Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| Inspectors were on site in [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Burghfield|S] is a unit under severe strain.
W| “Close to a third of the unit’s probation officer posts had nobody in them, and staff were carrying caseloads far higher than they could safely manage.”

W| Mr Jones continued: “Assessments of the risk of harm met our standard in just 38 per cent of cases, and hardly anyone had been visited at home.”

S| Inspectors noted that newly qualified officers were well supported by their managers and had protected time for training.
S| Work with [Thames Valley Police|A] under [MAPPA|A] was well organised.
W| However, there were gaps in the services available to people on probation, particularly for those with drug and alcohol problems.

R| The report makes 12 recommendations, including that [HM Prison and Probation Service|A] should urgently review staffing levels in the unit.

N| [Burghfield PDU|S] belongs to the [Probation Service – South Central region|S].
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content" and an empty "Published:" line,
    #     "Context" and "Findings" bullets, the region in a bullet; fieldwork "in September 2025"; the day at the end ("The
    #     report was published on 2 December 2025"); four recommendations
    ("hook-norton-pdu-2025", facts([
        svc("Hook Norton Probation Delivery Unit", "Hook Norton PDU", "PDU", None)], "2025-12-02", "2025-09", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Hook Norton Probation Delivery Unit|S]

N| Public protection work in [Hook Norton Probation Delivery Unit|S], in north Oxfordshire, is the subject of a report issued by [HM Inspectorate of Probation|A] today.
N| This inspection programme does not rate the services it inspects.
N| Inspectors carried out their fieldwork in [September 2025|D].

N| Context
N| • [Hook Norton PDU|S] sits within the [Probation Service – South Central region|S].
N| • When inspectors visited, around 850 people were on its caseload, 40 per cent of them on licence.

N| Findings
S| • Staff were confident in recognising signs of domestic abuse and routinely made checks with the police.
W| • In half of the relevant cases, plans to manage risk were not reviewed when people’s circumstances changed.
W| • Staff vacancies had led to some cases being held by managers, who had little time to supervise them.
S| • Joint work with [Oxfordshire County Council|A]’s children’s services was effective, and information was shared promptly.

R| Four recommendations are addressed to the unit and to the region.

N| The report was published on [2 December 2025|D].
"""),
    # 15. a remote inspection in 2021: "has improved to ‘...’, up from the ‘...’ it was given in 2019"; "Thursday, 4th
    #     November 2021" above; "carried out remotely in July 2021"; "not complacent", "I am encouraged"; five
    #     recommendations; the headline's lower-case "Walkern youth justice service"
    ("walkern-yjs-2021", facts([
        svc("Walkern Youth Justice Service", "Walkern YJS", "YJS", GOOD)], "2021-11-04", "2021-07", 5),
     """N| [Walkern youth justice service|S] now ‘[Good|R]’, say inspectors

N| [Thursday, 4th November 2021|D]

N| [Walkern Youth Justice Service|S] has climbed a grade to ‘[Good|R]’; at its last inspection, in [2019|D], it received ‘[Requires improvement|R]’.
N| Because of the pandemic, the inspection team worked remotely, in [July 2021|D].

S| Inspectors found that the service had responded well to the previous report, with a new chair of the management board and a clear improvement plan.
S| Throughout the pandemic, case managers had kept in regular contact with children, meeting them face to face wherever it was safe to do so.
S| Protecting children from exploitation was a particular strength, supported by a specialist worker from [Hertfordshire County Council|A]’s children’s services.
W| However, out-of-court disposal work was less well developed, and some children had waited months for an intervention to begin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Walkern|S] has turned things around in two years, and in the middle of a pandemic.
S| “Its staff are not complacent, and I am encouraged by the clear plans they already have to improve further.”

R| The report makes five recommendations.

N| ENDS
"""),
    # 16. a local-news story, the previous rating in its own sentence: "Inspectors have rated X as ‘...’ in a report
    #     published on Tuesday (18 April)" under a byline of Thursday 20 April 2023; "last inspected in 2019, when it was
    #     rated ‘...’"; "The watchdog visited in January 2023"; the council's reply
    ("shenley-yjs-2023", facts([
        svc("Shenley Youth Justice Service", "Shenley YJS", "YJS", RI)], "2023-04-18", "2023-01", 6),
     """N| Youth justice service in Hertsmere slips a grade

N| By [Kate Morrow|X]

N| [Thursday 20 April 2023|D]

N| Inspectors have rated [Shenley Youth Justice Service|S] as ‘[Requires improvement|R]’ in a report published on Tuesday ([18 April|D]).
N| At its previous inspection, in [2019|D], it had been given ‘[Good|R]’.
N| The watchdog visited in [January 2023|D], reading the files of 30 children.

W| It found that experienced staff who left had not been replaced quickly, and that some children had had three case managers in a year.
W| Inspectors said that work to protect children from exploitation was inconsistent and that information from the police did not always reach case managers.
S| But they praised the service’s work with victims, which was described as sensitive and thorough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shenley|S] still has much to be proud of, particularly its work with victims and its links with local schools.
W| “But in too many cases, children at risk of exploitation did not get the help they needed quickly enough.”

R| The report makes six recommendations, five for [Shenley YJS|S] and one for [Hertfordshire Constabulary|A].

N| [Hertfordshire County Council|A] said in a statement: “We are disappointed with this outcome, and work on the recommendations has already begun.”
"""),
    # 17. a justiceinspectorates news item: "Inspectors have placed X in the lowest of their four grades, ‘...’"; a
    #     headline with a quoted phrase and no rating; "Published: 9 Aug 2022"; "the management board met but little
    #     changed"; "I call on ..."; ten recommendations; the council's apology
    ("wooburn-yjs-2022", facts([
        svc("Wooburn Youth Justice Service", "Wooburn YJS", "YJS", INAD)], "2022-08-09", "2022-03", 10),
     """N| News

N| Youth justice in south Buckinghamshire ‘not good enough’, say inspectors

N| Published: [9 Aug 2022|D]

N| Inspectors have placed [Wooburn Youth Justice Service|S] in the lowest of their four grades, ‘[Inadequate|R]’.
N| Fieldwork took place between [21 and 25 March 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wooburn|S] is letting down the children it exists to help.
W| “We found a service where the management board met but little changed, where staff morale was fragile, and where risks to children were not being identified.”

W| Of the 22 cases inspected, only 7 included adequate planning to keep the child safe.
S| Inspectors did find some positive practice: children’s education needs were well understood, and most were attending school or college.
W| Partnership arrangements with health services were weak, and no child had been seen by a speech and language therapist in the past year.

R| Mr Russell continued: “I call on [Buckinghamshire Council|A] and its partners to take urgent action to bring this service up to the standard children deserve.”

R| Ten recommendations are made, the majority directed at the management board.

N| A spokesperson for [Buckinghamshire Council|A] said: “We accept every finding, and we apologise to the children and families affected.”
"""),
    # 18. a 2020 release: "has published its report on X, awarding it an overall rating of ‘...’"; "Tuesday, 9th June 2020"
    #     above; "Fieldwork took place in February 2020, before the Inspectorate suspended its fieldwork in March 2020"
    #     (the second month dates something else); "only rescued from an overall ‘Inadequate’ rating" (no fact); no count
    #     of recommendations (null)
    ("barton-le-clay-yjs-2020", facts([
        svc("Barton-le-Clay Youth Justice Service", "Barton-le-Clay YJS", "YJS", RI)], "2020-06-09", "2020-02", None),
     """N| [Barton-le-Clay youth justice service|S] – inspection report published

N| [Tuesday, 9th June 2020|D]

N| In its report on [Barton-le-Clay Youth Justice Service|S], issued today, [HM Inspectorate of Probation|A] awards the service an overall rating of ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2020|D], before the Inspectorate suspended its fieldwork in [March 2020|D] because of the pandemic.

W| Only the strength of its out-of-court work kept the service from being given an overall ‘[Inadequate|R]’ rating.
S| Inspectors found that diversion work with [Bedfordshire Police|A] was well organised and kept many children away from court.
W| However, the quality of work with children on court orders was poor: plans were copied forward and reviews were often missed.
W| Leaders had not acted quickly enough on the findings of their own audits.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barton-le-Clay|S]’s case managers clearly want the best for the children in their care, yet that wish has not been matched by careful practice.
R| “Leaders must now make sure that every child on a court order gets the same careful attention as those diverted from court.”

N| Details of where the service can improve are in the full report.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
