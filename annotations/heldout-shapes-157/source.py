"""Builds the shapes held-out set 157 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Wirral PDUs on a GOV.UK page, the region named first; "Oxton and Claughton were both given ‘...’, while
    #    New Brighton fell to ‘...’"; fieldwork "during June 2024"; nine recommendations, "three for each"
    ("oxton-claughton-and-new-brighton-pdus-2024", facts([
        svc("Oxton Probation Delivery Unit", "Oxton PDU", "PDU", RI),
        svc("Claughton Probation Delivery Unit", "Claughton PDU", "PDU", RI),
        svc("New Brighton Probation Delivery Unit", "New Brighton PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspectors report on three probation units on the Wirral

N| Three probation delivery units in the north west have been inspected at the same time.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Reports out today from [HM Inspectorate of Probation|A] look at three units in the [Probation Service – North West region|S]: [Oxton Probation Delivery Unit|S], [Claughton Probation Delivery Unit|S] and [New Brighton Probation Delivery Unit|S].
N| [Oxton|S] and [Claughton|S] were both given ‘[Requires improvement|R]’, while [New Brighton|S] fell to ‘[Inadequate|R]’.
N| The inspection team visited the three units during [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[New Brighton|S] has seen most of its experienced officers leave since 2022, and newer staff have been left without the support they need.
W| “Where domestic abuse was a feature, officers seldom visited the home, and we could not see who was checking on the safety of children.
S| “[Oxton|S] and [Claughton|S] are steadier, with managers who know their teams well and a close working relationship with [Merseyside Police|A].”

S| The report on [Claughton PDU|S] highlights its resettlement work: most people released from prison were housed on the day they came out.
W| In each unit, under half of the risk assessments looked closely enough at the people an individual might harm.

R| There are nine recommendations in total, three for each unit.

N| [Helen Pritchard|X], Regional Probation Director for the North West, said: “The reports make hard reading, and a recovery plan is under way.”
"""),
    # 2. two West Lancashire youth justice services in a local-news story under a byline, the reports "came out on
    #    Thursday (18 May)"; "Westhead gained the highest rating, ‘...’, and Lathom came away with ‘...’" (rating order not
    #    the naming order); fieldwork "in January 2023"; "eight recommendations, five for Lathom and three for Westhead"
    ("lathom-and-westhead-yjs-2023", facts([
        svc("Lathom Youth Justice Service", "Lathom YJS", "YJS", GOOD),
        svc("Westhead Youth Justice Service", "Westhead YJS", "YJS", OUT)], "2023-05-18", "2023-01", 8),
     """N| Inspectors hand top marks to youth team in West Lancashire

N| By [Joanne Ashcroft|X]

N| [Monday 22 May 2023|D]

N| Reports on [Lathom Youth Justice Service|S] and [Westhead Youth Justice Service|S] came out on Thursday ([18 May|D]), after inspectors visited both in [January 2023|D].
N| [Westhead|S] gained the highest rating, ‘[Outstanding|R]’, and [Lathom|S] came away with ‘[Good|R]’.

S| According to the reports, [Westhead|S]’s workers built trusting relationships with children and stuck with them through setbacks.
S| The inspectors also commended [Lathom|S] for its swift links with the local mental health team.
W| On the downside, the report on [Lathom YJS|S] said plans to keep victims safe were sometimes vague.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams can hold their heads high, and [Westhead|S] is an example other areas could learn from.”

R| The two reports contain eight recommendations, five for [Lathom|S] and three for [Westhead|S].

N| A spokesperson for [Lancashire County Council|A] said: “We are delighted for the teams and will act on every recommendation.”
"""),
    # 3. two Lancashire PDUs in a justiceinspectorates news item: "Both units sit at ‘...’, one level short of ‘Good’";
    #    "Published: 12 Feb 2025"; fieldwork "between 21 October and 1 November 2024" (across two months); "ten
    #    recommendations, split evenly between the two units"
    ("hesketh-bank-and-bretherton-pdus-2025", facts([
        svc("Hesketh Bank Probation Delivery Unit", "Hesketh Bank PDU", "PDU", RI),
        svc("Bretherton Probation Delivery Unit", "Bretherton PDU", "PDU", RI)], "2025-02-12", "2024-10", 10),
     """N| News

N| Two probation units in Lancashire must improve, say inspectors

N| Published: [12 Feb 2025|D]

N| Reports from [HM Inspectorate of Probation|A] on [Hesketh Bank Probation Delivery Unit|S] and [Bretherton Probation Delivery Unit|S], are out today; both units belong to the [Probation Service – North West region|S].
N| Both units sit at ‘[Requires improvement|R]’, one level short of ‘[Good|R]’.
N| Inspectors carried out their fieldwork between [21 October and 1 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners in both units care about the people they supervise and make the effort to see them in person.
W| “But in too many of the cases we read, nobody had stopped to ask whether the risk had changed after an arrest or a new relationship.”

W| [Hesketh Bank PDU|S] had gone without a permanent head of service for much of the year, and practitioners said decisions were often put off.
S| [Bretherton|S]’s work with [Lancashire Constabulary|A] to manage people convicted of sexual offences was found to be careful and well recorded.
W| Places on accredited programmes were hard to come by in both units, and some people waited most of a year.

R| The inspectorate makes ten recommendations, split evenly between the two units.
"""),
    # 4. a unit inside its region, the region in the headline ("North West probation region: ...") and the first
    #    sentence; "X has been handed the lowest of the four ratings, ‘...’"; the region's 2023 rating as context;
    #    "Mr Jones continued"; fieldwork "In February 2024"; "00.01 on Tuesday 25 June 2024" in the notes
    ("frankby-pdu-2024", facts([
        svc("Frankby Probation Delivery Unit", "Frankby PDU", "PDU", INAD)], "2024-06-25", "2024-02", 7),
     """N| [North West probation region|S]: [Frankby unit|S] found to be failing

N| Inspectors have given [Frankby Probation Delivery Unit|S], a unit of the [Probation Service – North West region|S] covering the west of the Wirral, the bottom grade on their scale, ‘[Inadequate|R]’.
N| When the [North West region|S] was itself inspected, in [2023|D], it was judged ‘[Requires improvement|R]’.
N| In [February 2024|D], inspectors from [HM Inspectorate of Probation|A] read 42 of the unit’s cases and interviewed its staff and partner agencies.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Frankby|S] is struggling to do the basics.
W| “Close to half of the officer posts had nobody in them, so managers were holding cases of their own rather than leading.”

W| Mr Jones continued: “In most of the cases involving children, the work to protect them was nowhere near good enough.”

S| Even so, inspectors found that the unit’s approved premises links were strong and that [Frankby PDU|S]’s administrative staff kept the office running under real pressure.
W| Checks with [Wirral Council|A]’s children’s services were made late or not at all.

R| Seven recommendations are set out: five are aimed at the unit and two at the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. The inspectorate’s website carries the report from 00.01 on [Tuesday 25 June 2024|D].
N| 2. [Frankby PDU|S] is one of the probation delivery units that make up the [North West region|S].
"""),
    # 5. a unit inside its region, the region in the headline and the notes; "inspectors judge X to be ‘...’" in "a report
    #    out today (Wednesday, 6 September)" (year from the fieldwork, March 2023); the headline's lower-case "Heskin
    #    probation unit"; "only 15 of 38"; five recommendations
    ("heskin-pdu-2023", facts([
        svc("Heskin Probation Delivery Unit", "Heskin PDU", "PDU", RI)], "2023-09-06", "2023-03", 5),
     """N| [North West region|S]: [Heskin probation unit|S] ‘making progress’ but more to do

N| In a report out today ([Wednesday, 6 September|D]), inspectors judge [Heskin Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection took place in [March 2023|D], when inspectors read 38 cases and met staff, managers and partner agencies.

S| According to inspectors, the unit’s leaders had a realistic plan and caseloads were starting to fall.
S| Most people on probation told inspectors their officer listened to them and helped with practical problems such as housing.
W| However, in only 15 of the 38 cases was the risk to children properly assessed.
W| Not all staff had finished their safeguarding training, and domestic abuse enquiries to [Lancashire Constabulary|A] were sometimes missed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Heskin|S] has plenty going for it.
R| “[Heskin|S]’s managers now need to see that police and social care checks are done at the start of any case where children live in the household.”

R| The report sets out five recommendations for the unit.

N| ENDS

N| Notes to editors
N| 1. [Heskin PDU|S] works with about 700 people on probation in West Lancashire and is part of the [Probation Service – North West region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors found that:" / "But they also found
    #    that:" bullet lists; "Thursday, 17th November 2011" above "published today"; fieldwork "in July 2011"; eight
    #    recommendations
    ("storeton-and-brimstage-probation-trust-2011", facts([
        svc("Storeton and Brimstage Probation Trust", "Storeton and Brimstage Probation Trust", "other", None)],
        "2011-11-17", "2011-07", 8),
     """N| Offender management in Storeton and Brimstage – report published

N| [Thursday, 17th November 2011|D]

S| [Storeton and Brimstage Probation Trust|S] is making a sound job of reducing reoffending, [Her Majesty’s Inspectorate of Probation|A] concludes in a report out today.
N| The inspection was carried out in [July 2011|D], when inspectors looked at 56 cases.

S| The Trust scored 77% on reducing reoffending and 83% for ensuring that sentences were carried out.
W| Its score for protecting the public from harm was a lower 64%.

N| Inspectors found that:
S| • first appointments usually followed sentence within a matter of days;
S| • joint work with [Merseyside Police|A] on prolific offenders was well organised.

N| But they also found that:
W| • assessments of risk of harm were often completed too late;
W| • children’s services were not contacted in about a third of the cases that called for it.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Probation officers here know their offenders well and are well supported by their managers.
R| “The Trust must now concentrate on raising the quality of its public protection work.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "have found X ... to be ‘...’ overall"; unpaid
    #    work "rated on its own, reached ‘...’"; "The inspection took place in June 2019"; the provider's reply
    ("spital-and-hooton-crc-2019", facts([
        svc("Spital and Hooton Community Rehabilitation Company", "Spital and Hooton CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-08", "2019-06", 7),
     """N| Embargoed until 00.01, [Tuesday 8 October 2019|D]

N| Probation company on the Wirral falls well short, say inspectors

N| Inspectors from [Her Majesty’s Inspectorate of Probation|A] have found [Spital and Hooton Community Rehabilitation Company|S] (CRC) to be ‘[Inadequate|R]’ overall; the company is part of [Purple Futures|A].
S| Its unpaid work, rated on its own, reached ‘[Good|R]’.
N| The inspection took place in [June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “On this company’s books were people who had gone weeks without a proper conversation with their officer.
W| “Some staff were responsible for more than 90 cases each, and they told us they could only react to emergencies.”

S| Inspectors praised the unpaid work team, which found placements quickly and kept good records of hours worked.
W| Relations with the [National Probation Service|A] were poor, and important details about risk were sometimes lost when cases moved between them.

R| There are seven recommendations: four for the CRC and [Purple Futures|A], and three for [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “We have taken the report on board, and more staff have already been recruited.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by"
    #    the probation inspectorate, bullet lists; "Posted: 14/07/2016"; "the inspection took place in April 2016"
    ("upholland-yot-2016", facts([
        svc("Upholland Youth Offending Team", "Upholland YOT", "YJS", None)], "2016-07-14", "2016-04", 6),
     """N| Report on youth offending work in Upholland published

N| Posted: [14/07/2016|D]

N| The report is now available on the joint inspection of [Upholland Youth Offending Team|S] (YOT), which [Her Majesty’s Inspectorate of Probation|A] led.
N| [Ofsted|A], the [CQC|A] and [HMIC|A] joined the inspection, which took place in [April 2016|D].

N| The inspectors were pleased to find that:
S| • case managers knew the children on their caseloads well;
S| • education and training placements were arranged quickly for most children.

N| However, they were concerned that:
W| • plans to manage risk to others were not reviewed often enough;
W| • the views of victims were not always sought.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Upholland YOT|S] has committed staff who clearly care about the children they supervise.
R| “Managers should now bring public protection work up to the same level.”

R| Six recommendations are made for the YOT and its partners.

N| Councillor [Peter Rimmer|X], cabinet member for children’s services at [Lancashire County Council|A], said: “The council is working with the YOT on a plan to address each recommendation.”
"""),
    # 9. a youth offending service in 2019: "The inspectorate considers X to be ‘...’"; resettlement "given a separate
    #    rating, was ‘...’"; fieldwork "in January and February 2019"; "Report online from: 30 April 2019"
    ("appley-bridge-yos-2019", facts([
        svc("Appley Bridge Youth Offending Service", "Appley Bridge YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-04-30", "2019-01", 4),
     """N| [Appley Bridge youth offending service|S] rated ‘[Good|R]’

N| The inspectorate considers [Appley Bridge Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
W| Resettlement work, given a separate rating, was ‘[Requires improvement|R]’.
N| Inspectors visited in [January and February 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Appley Bridge|S] has a stable, experienced team who make time for every child.
S| “Partners from health, education and the police sit on the board and take an active part.”

S| Children told inspectors that their workers were easy to talk to and turned up when they said they would.
W| Plans for children leaving custody, on the other hand, were drawn up too late to arrange accommodation in advance.

R| The report makes four recommendations, of which the service itself must act on three and its board on one.

N| ENDS

N| Notes to editors
N| 1. Report online from: [30 April 2019|D].
N| 2. [Appley Bridge YOS|S] works with children aged 10 to 17.
"""),
    # 10. an NPS division in 2019: "X receives an overall regional rating of ‘...’"; fieldwork "during September 2019";
    #    "The report is published on Tuesday 10 December 2019"
    ("woodvale-and-crossens-nps-division-2019", facts([
        svc("National Probation Service – Woodvale and Crossens Division", "NPS Woodvale and Crossens", "region", GOOD)],
        "2019-12-10", "2019-09", 6),
     """N| Probation division in the north west earns ‘[Good|R]’ rating

N| [HM Inspectorate of Probation|A] has given [National Probation Service – Woodvale and Crossens Division|S] an overall regional rating of ‘[Good|R]’.
N| The inspection was carried out during [September 2019|D].

S| Inspectors found that the division’s court work was of a high standard, and magistrates rated its reports highly.
S| Relations with [Merseyside Police|A] and the local prisons were described as strong.
W| Work with victims was less impressive: vacancies in the victim liaison team meant some victims learned of an offender’s release too late.
W| Too few people convicted of domestic abuse were able to start a programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Woodvale and Crossens|S] is a well-led division with a clear sense of purpose.
R| “Its leaders should now give victim work the attention it needs.”

R| Six recommendations are made, for the division, for [HMPPS|A] and for the [Ministry of Justice|A].

N| The report is published on [Tuesday 10 December 2019|D].
"""),
    # 11. a YJS in 2022 that moved up: "X now sits at ‘...’, up from the ‘Inadequate’ it received in 2019"; fieldwork "in
    #    April 2022"; "Published: 16 August 2022"; six recommendations
    ("little-neston-yjs-2022", facts([
        svc("Little Neston Youth Justice Service", "Little Neston YJS", "YJS", RI)], "2022-08-16", "2022-04", 6),
     """N| Press release

N| [Little Neston youth justice service|S] improving, inspectors say

N| Published: [16 August 2022|D]

N| [Little Neston Youth Justice Service|S] now sits at ‘[Requires improvement|R]’, up from the ‘[Inadequate|R]’ it received in [2019|D].
N| Inspectors from [HM Inspectorate of Probation|A] visited in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Little Neston|S] has moved forward a long way, and its board is now asking the right questions of the service.
W| “The job is not finished, though: too many plans were copied from one review to the next without any fresh thinking.”

S| Children were seen often, inspectors found, by workers who knew them well.
W| Protection of children from exploitation varied from case to case, and information from [Cheshire West and Chester Council|A]’s children’s services did not always reach case workers.
W| Out-of-court disposals needed more attention.

R| Of the report’s six recommendations, five are directed at the service and one at [Cheshire Constabulary|A].
"""),
    # 12. a YJS judged Outstanding in 2024: "Inspectors have awarded X their top rating, ‘...’"; "the highest possible";
    #    fieldwork "in October 2023"; "available on the inspectorate's website on 5 March 2024 at 00.01"
    ("holmeswood-yjs-2024", facts([
        svc("Holmeswood Youth Justice Service", "Holmeswood YJS", "YJS", OUT)], "2024-03-05", "2023-10", 3),
     """N| ‘[Outstanding|R]’ youth justice work in Holmeswood

N| Inspectors have awarded [Holmeswood Youth Justice Service|S] their top rating, ‘[Outstanding|R]’.
N| [HM Inspectorate of Probation|A] carried out the inspection in [October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Holmeswood, each child is treated as a person in their own right, and leaders keep their eyes firmly on what matters.
S| “Staff at [Holmeswood|S] go the extra mile, and the results speak for themselves.”

S| Speech and language support impressed the inspectors: thanks to it, children could take a full part in their own plans.
S| Partnerships with schools and with [Lancashire Constabulary|A] were particularly strong.
W| The one area for improvement was the recording of management oversight, which was not always clear on file.

R| The report makes three recommendations to help the service build on its success.

N| ENDS

N| Notes to editors
N| 1. The report goes on the inspectorate’s website on [5 March 2024|D] at 00.01.
N| 2. [Holmeswood YJS|S] works with children aged 10 to 17.
"""),
    # 13. a YJS in 2021 that dropped: "X has slipped to ‘...’, having been ‘Outstanding’ in 2018"; "carried out remotely in
    #    July 2021"; "Tuesday 23 November 2021" date line; no count of recommendations
    ("raby-yjs-2021", facts([
        svc("Raby Youth Justice Service", "Raby YJS", "YJS", GOOD)], "2021-11-23", "2021-07", None),
     """N| [Raby youth justice service|S] still ‘[Good|R]’ after drop

N| [Tuesday 23 November 2021|D]

N| [Raby Youth Justice Service|S] has slipped to ‘[Good|R]’, having been ‘[Outstanding|R]’ when it was last inspected in [2018|D].
N| Because of COVID-19 restrictions, inspectors worked remotely in [July 2021|D].

S| Inspectors found that staff had kept in touch with every child throughout lockdown, often by phone and video calls.
S| The service’s work with [CAMHS|A] meant that children with mental health needs were seen quickly.
W| However, some risk assessments had not been updated since before the pandemic.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Raby|S] has done well to keep going through a difficult period, but its grip on risk is not as firm as it was.
N| “We trust the service will use this report to regain its previous standard.”

N| The full report explains where the service can improve.
"""),
    # 14. a YJS judged Inadequate in 2025: "the inspectorate has given X its lowest rating, ‘...’"; "the visit took place
    #    over two weeks from 3 February 2025"; "Published 20 May 2025"; nine recommendations; "I urge"
    ("shirdley-hill-yjs-2025", facts([
        svc("Shirdley Hill Youth Justice Service", "Shirdley Hill YJS", "YJS", INAD)], "2025-05-20", "2025-02", 9),
     """N| Press release

N| Serious concerns about youth justice work in Shirdley Hill

N| From: [HM Inspectorate of Probation|A]

N| Published [20 May 2025|D]

N| The inspectorate has given [Shirdley Hill Youth Justice Service|S] its lowest rating, ‘[Inadequate|R]’.
N| The inspection took place over two weeks from [3 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shirdley Hill|S] is failing the very children it exists to help.
W| “Leaders could not tell us which children were being exploited, and the board met month after month without changing anything.”

W| Inspectors found that planning was poor in most cases and that children were often passed from one worker to another.
S| Despite these problems, the service’s education worker had helped several children back into school.
W| Sadly, the views of victims had not been sought in the majority of cases.

R| The report makes nine recommendations, seven for the service and two for [Lancashire County Council|A].
R| Mr Jones added: “I urge the council and its partners to act quickly on every one of them.”
"""),
    # 15. a 2025 public-protection PDU inspection with no rating: "Skip to content", "Context" / "Findings" bullets;
    #    fieldwork "in June 2025"; "Published: 4 November 2025"; five recommendations
    ("melling-pdu-2025", facts([
        svc("Melling Probation Delivery Unit", "Melling PDU", "PDU", None)], "2025-11-04", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Melling Probation Delivery Unit|S]

N| Published: [4 November 2025|D]

N| Today’s report from [HM Inspectorate of Probation|A] examines how [Melling Probation Delivery Unit|S] keeps the public safe.
N| Inspections in this programme do not give a rating.
N| Inspectors visited the unit in [June 2025|D].

N| Context
N| • [Melling PDU|S] is part of the [Probation Service – North West region|S].
N| • It supervises around 800 people, a quarter of them convicted of violent offences.

N| Findings
W| • Risk of harm was not assessed well enough in more than half of the cases inspected.
W| • Contact with [Merseyside Police|A] about domestic abuse call-outs was inconsistent.
S| • Staff in the multi-agency public protection team were knowledgeable and well trained.

R| The report makes five recommendations.
"""),
    # 16. a YJS in 2020 on a council page: "Inspectors place X at ‘...’ overall"; fieldwork "between 9 and 13 March
    #    2020"; "Thursday, 17th September 2020"; "Mr Russell continued"; four recommendations
    ("roby-mill-yjs-2020", facts([
        svc("Roby Mill Youth Justice Service", "Roby Mill YJS", "YJS", RI)], "2020-09-17", "2020-03", 4),
     """N| [Thursday, 17th September 2020|D]

N| Inspection report on youth justice in Roby Mill published

N| Inspectors place [Roby Mill Youth Justice Service|S] at ‘[Requires improvement|R]’ overall.
N| Inspectors carried out their fieldwork from [9 to 13 March 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Roby Mill|S]’s practitioners are dedicated, and children speak highly of them.
W| “But the board has yet to give the service a clear sense of direction.”

W| Mr Russell continued: “Too often, the work to keep children safe was based on out-of-date information.”

S| Inspectors found good-quality work to help children into education and training.
W| Disappointingly, out-of-court work was poorly organised, with some children left for months before a decision was made.

R| Four recommendations are made, for the service and its partner agencies.

N| [Lancashire County Council|A], which hosts the service, said it would publish an action plan.
"""),
    # 17. a YJS in 2023 with an Outstanding aspect: "X has been assessed as ‘...’"; resettlement "rated separately" as
    #    ‘Outstanding’; fieldwork "in August 2023"; "published on 12 December 2023"
    ("barnston-yjs-2023", facts([
        svc("Barnston Youth Justice Service", "Barnston YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2023-12-12", "2023-08", 6),
     """N| [Barnston youth justice service|S] assessed as ‘[Good|R]’

N| [Barnston Youth Justice Service|S] has been assessed as ‘[Good|R]’ by [HM Inspectorate of Probation|A].
S| Its resettlement work, rated separately, was found to be ‘[Outstanding|R]’.
N| Inspectors visited the service in [August 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Barnston|S] has a committed team, and its work with children coming out of custody is among the best we have seen.
W| “There is room to improve, however, in how the service shares information with its health partners.”

S| Inspectors commended the service for the range of activities it offered to children in the evenings and at weekends.
W| Some assessments did not say enough about the child’s own experience of harm.

R| The report makes six recommendations, including one for the [NHS Cheshire and Merseyside Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on [12 December 2023|D].
"""),
    # 18. a YJS in 2024 on a council page, the council's reply: "the service has been rated ‘...’" in "Posted on
    #    09/07/2024"; fieldwork "in February and March 2024"; seven recommendations
    ("much-hoole-yjs-2024", facts([
        svc("Much Hoole Youth Justice Service", "Much Hoole YJS", "YJS", RI)], "2024-07-09", "2024-02", 7),
     """N| Council responds to youth justice inspection

N| Posted on [09/07/2024|D]

N| Following its inspection by [HM Inspectorate of Probation|A], [Much Hoole Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| The inspection was carried out in [February and March 2024|D].

S| The inspectors found that staff were enthusiastic and had built good relationships with children and families.
W| However, they said the management board needed to understand the service better, and that risk assessments were too variable.
W| Work with children on out-of-court disposals was judged to be weaker than work on court orders.

R| The report makes seven recommendations.

N| A spokesperson for [Lancashire County Council|A] said: “The findings are fair, and together with our partners we have started on an improvement plan.”
N| “We would like to thank the inspectors and all the staff involved.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 157")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
