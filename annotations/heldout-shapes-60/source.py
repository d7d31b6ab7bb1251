"""Builds the sixtieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

The mark-up, the builder and the gold-fact helpers are the first shapes set's (`../heldout-shapes/source.py`, whose
docstring describes the mark-up), loaded as set 16 loads them. Gold facts (meta) were written with the texts, before any
model or rule was run on them.
"""

import runpy
from pathlib import Path

# The first set's source.py, run as a plain module (its files are written only under __main__).
FIRST = runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout-shapes" / "source.py"))
svc, facts = FIRST["svc"], FIRST["gold_facts"]

RI, GOOD, INAD, OUT = "Requires improvement", "Good", "Inadequate", "Outstanding"

RELEASES = [
    # 1. two Hampshire PDUs on a GOV.UK page, the region named first: "X has been given ‘...’ and Y the lowest grade,
    #    ‘...’"; fieldwork "between 15 and 26 January 2024"; "eight recommendations, three for each unit and two for the
    #    region"
    ("hedge-end-and-titchfield-pdus-2024", facts([
        svc("Hedge End Probation Delivery Unit", "Hedge End PDU", "PDU", RI),
        svc("Titchfield Probation Delivery Unit", "Titchfield PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Two probation units in Hampshire inspected

N| Reports published on probation delivery units in south Hampshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two units of the [Probation Service – South Central region|S], [Hedge End Probation Delivery Unit|S] and [Titchfield Probation Delivery Unit|S], have been reported on today by [HM Inspectorate of Probation|A].
N| [Hedge End|S] has been given ‘[Requires improvement|R]’ and [Titchfield|S] the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited both units between [15 and 26 January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These units sit a few miles apart, yet the experience of someone on probation in each is very different.
S| “[Hedge End|S]’s practitioners knew the people they supervise well, and managers checked the quality of their work.
W| “[Titchfield|S] had almost half its practitioner posts empty or filled by agency staff, and we found people assessed as high risk who had not been seen for weeks.”

S| Inspectors praised the way [Hedge End PDU|S] and [Hampshire and Isle of Wight Constabulary|A] dealt together with domestic abuse call-outs, which were checked in nearly every case.
W| In both units, however, too little was done to help people into settled accommodation on release from prison.
W| Sentence plans at [Titchfield PDU|S] were often written late and seldom reviewed.

R| Inspectors make eight recommendations, three for each unit and two for the region.

N| ENDS
"""),
    # 2. two youth justice services in a local-news story (Milton Keynes), the report "came out on Tuesday (14 March)"
    #    under a byline of Friday 17 March 2023; "Y was judged ‘...’, one grade above X"; "four for Stony Stratford,
    #    two for Newport Pagnell"; the council's reply
    ("stony-stratford-and-newport-pagnell-yjs-2023", facts([
        svc("Stony Stratford Youth Justice Service", "Stony Stratford YJS", "YJS", RI),
        svc("Newport Pagnell Youth Justice Service", "Newport Pagnell YJS", "YJS", GOOD)], "2023-03-14", "2022-11", 6),
     """N| Mixed verdict for two youth justice teams in north Buckinghamshire

N| By [Sophie Aldridge|X]

N| [Friday 17 March 2023|D]

N| Inspection reports on [Stony Stratford Youth Justice Service|S] and [Newport Pagnell Youth Justice Service|S] came out on Tuesday ([14 March|D]), four months after inspectors spent a fortnight with the two teams in [November 2022|D].
N| [Newport Pagnell|S] was judged ‘[Good|R]’, one grade above [Stony Stratford|S], which ‘[Requires improvement|R]’.

S| The watchdog found that [Newport Pagnell|S]’s case managers built strong relationships with children and their families, often visiting at home in the evenings.
S| Because it worked closely with local schools, most children on its caseload were back in full-time education.
W| Inspectors said [Stony Stratford|S]’s plans to keep other people safe were too often vague, and the team had been without a permanent manager for most of the year.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “While the staff in Stony Stratford clearly care about the children they work with, the service has not yet got a firm grip on risk.
S| “[Newport Pagnell|S], on the other hand, is a confident, well-led team that knows its children well.”

R| The reports contain six recommendations, four for [Stony Stratford|S] and two for [Newport Pagnell|S].

N| A spokesperson for [Milton Keynes City Council|A] said: “We have already started work on each of the recommendations and will report progress to the youth justice board.”
"""),
    # 3. a unit inside its region, the region in the headline ("South Central probation region: ...") and the first
    #    sentence; "inspectors have awarded X their lowest rating, ‘...’"; "Fieldwork took place in October 2024"; the notes
    #    give "Publication: 00:01, Thursday 6 March 2025"
    ("whitehill-pdu-2025", facts([
        svc("Whitehill Probation Delivery Unit", "Whitehill PDU", "PDU", INAD)], "2025-03-06", "2024-10", 7),
     """N| [South Central probation region|S]: inspectors give lowest rating to probation unit in east Hampshire

N| Of the units in the [Probation Service – South Central region|S], [Whitehill Probation Delivery Unit|S] is the latest to be inspected, and inspectors have awarded it their lowest rating, ‘[Inadequate|R]’.
N| Fieldwork took place in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody in Whitehill set out to let the public down, but the unit has been short of staff for so long that the basics have slipped.
W| “More than half the cases we read showed no check with the police about call-outs to the home.
W| “Where children lived in the same house as someone convicted of violence, we often found no record that anyone had considered their safety.”

S| Despite the pressure, inspectors saw some thoughtful work by probation service officers, and people on probation spoke warmly about the staff who supervised them.
W| Over 20,000 hours of unpaid work were still waiting to be done.
W| Managers had little time to oversee practice and were themselves holding cases.

R| Of the seven recommendations in the report, five are for the unit and two for the [Probation Service|A] regionally.
R| Mr Jones continued: “The region needs to get experienced staff into Whitehill quickly and keep them there.”

N| ENDS

N| Notes to editors
N| 1. Publication: 00:01, [Thursday 6 March 2025|D], on the [HM Inspectorate of Probation|A] website.
N| 2. [Whitehill PDU|S] covers the east of Hampshire within [Probation Service – South Central region|S].
"""),
    # 4. a unit inside its region named in the first sentence, with the region's own previous rating beside it: "The South
    #    Central region itself was rated ‘...’ in 2023"; overall "sits at ‘...’"; "During the inspection, in
    #    June 2024"; a justiceinspectorates news item, "Published: 10 Oct 2024"; six recommendations
    ("datchet-and-wargrave-pdu-2024", facts([
        svc("Datchet and Wargrave Probation Delivery Unit", "Datchet and Wargrave PDU", "PDU", RI)],
        "2024-10-10", "2024-06", 6),
     """N| News

N| Probation unit in Berkshire has ‘a clear sense of direction’, inspectors say

N| Published: [10 Oct 2024|D]

N| [Datchet and Wargrave Probation Delivery Unit|S], part of the [Probation Service – South Central region|S], sits at ‘[Requires improvement|R]’ after its inspection by [HM Inspectorate of Probation|A].
N| The [South Central region|S] itself was rated ‘[Requires improvement|R]’ in [2023|D].
N| During the inspection, in [June 2024|D], inspectors looked at 52 cases.

S| The unit’s head had been in post for two years and had built a stable team; staff described her as visible and approachable.
S| Work with [Thames Valley Police|A] to manage people convicted of sexual offences was well organised.
W| However, in only 21 of the 52 cases had practitioners made enough effort to understand the risk someone posed to a partner or ex-partner.
W| Access to drug and alcohol treatment varied across the patch, and some people waited many weeks for a first appointment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Datchet and Wargrave|S] has a clear sense of direction and leaders who want to do the right thing.
R| “The next task is to make sure that every assessment asks the hard questions about domestic abuse.”

R| Six recommendations are set out in the report, four of them for [Datchet and Wargrave PDU|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: scores out of 100 per cent; "Inspectors were pleased to find that:"
    #    / "However, inspectors were concerned to find that:" bullet lists; "Tuesday, 9th July 2013"; fieldwork "in March
    #    2013"; seven recommendations
    ("great-missenden-and-ivinghoe-probation-trust-2013", facts([
        svc("Great Missenden and Ivinghoe Probation Trust", "Great Missenden and Ivinghoe Probation Trust", "other", None)],
        "2013-07-09", "2013-03", 7),
     """N| Inspection of adult offending work in Great Missenden and Ivinghoe

N| [Tuesday, 9th July 2013|D]

S| [Great Missenden and Ivinghoe Probation Trust|S] was generally doing a sound job of supervising offenders, [Liz Calderbank|X], Chief Inspector of Probation, said today as the report of an inspection carried out in [March 2013|D] was published.

S| The Trust scored 78% for work to reduce the likelihood of reoffending.
W| For protecting the public, the score was lower, at 66%.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence and most had a plan in place within 15 working days;
S| • staff were enthusiastic and had a good knowledge of local services;
S| • the Trust’s work with [Thames Valley Police|A] on integrated offender management was well established.

N| However, inspectors were concerned to find that:
W| • the risk of harm posed by some offenders had not been reassessed after significant events;
W| • home visits were rarely used, even in cases where children were in the household.

S| [Liz Calderbank|X] said: “This is an encouraging report and the Trust’s staff can be proud of much of their work.
R| “Attention must now turn to public protection, so that the quality found elsewhere is matched in those cases that carry the highest risk.”

R| The report makes seven recommendations.

N| ENDS
"""),
    # 6. a CRC in 2019, run by a named provider: "has inspected X (CRC) ... and judged that overall it ‘...’"; unpaid
    #    work "considered in its own right, was judged ‘...’"; "The inspection took place in April and May 2019"; the notes "available ... on 13
    #    August 2019 at 00.01"
    ("bletchingley-and-lightwater-crc-2019", facts([
        svc("Bletchingley and Lightwater Community Rehabilitation Company", "Bletchingley and Lightwater CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-08-13", "2019-04", 5),
     """N| Probation company in Surrey ‘still has much to do’

N| [HM Inspectorate of Probation|A] has inspected [Bletchingley and Lightwater Community Rehabilitation Company|S] (CRC), which is run by [Seetec|A], and judged that overall it ‘[Requires improvement|R]’.
S| Unpaid work, considered in its own right, was judged ‘[Good|R]’.
N| The inspection took place in [April and May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Telephone contact alone is how this CRC manages too many of its cases, with no one checking whether they pose a risk to those around them.
S| “Its unpaid work, though, is well run: projects are worthwhile and people start their hours promptly.”

W| Inspectors found that practitioners held average caseloads of 70, and half of the staff surveyed said their workload was unmanageable.
S| The CRC had strong relationships with women’s services in Surrey, and women on probation were offered appointments in safe, women-only settings.
W| Information from [Surrey Police|A] about domestic abuse was requested in under half of the relevant cases.

R| Five recommendations are made, four to the CRC itself, the fifth to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [13 August 2019|D] at 00.01.
N| 2. [Bletchingley and Lightwater CRC|S] supervises around 3,500 people in east and west Surrey.
"""),
    # 7. a youth offending team written out, in 2016, before ratings, on a council page: a joint inspection that "HM Inspectorate
    #    of Probation headed"; "Date: 23/11/2016" (day/month/year); "The inspection was carried out in
    #    September 2016"; bullet lists; four recommendations
    ("puckeridge-and-standon-yot-2016", facts([
        svc("Puckeridge and Standon Youth Offending Team", "Puckeridge and Standon YOT", "YJS", None)],
        "2016-11-23", "2016-09", 4),
     """N| Inspectors report on youth offending work in east Hertfordshire

N| Date: [23/11/2016|D]

N| A report on [Puckeridge and Standon Youth Offending Team|S] (YOT) is out today; [HM Inspectorate of Probation|A] headed the joint inspection.
N| The inspection was carried out in [September 2016|D], with [Ofsted|A] and the [Care Quality Commission|A] also taking part, alongside [HM Inspectorate of Constabulary|A].

N| Inspectors found that:
S| • YOT staff knew the children well and were skilled at engaging those who were hard to reach;
S| • a dedicated worker made sure children could get into education and training;
W| • the quality of assessment of the risk children posed to others was variable;
W| • the YOT management board did not receive enough information to understand how well the service was performing.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Puckeridge and Standon YOT|S] has committed staff and a real understanding of the children it works with.
R| “The board should now give the YOT the oversight and challenge it needs.”

R| The report makes four recommendations.

N| Councillor [Helen Bramwell|X], [Hertfordshire County Council|A]’s executive member for children’s services, said: “Our staff’s hard work is recognised in this report, and we thank the inspectors for their time.”
"""),
    # 8. a Youth Offending Service in 2021, fieldwork "done remotely, in July 2021"; "inspectors have assessed X (YOS) as
    #    ‘...’"; resettlement "rated separately, as ‘...’"; "published today (Tuesday 12 October)"
    ("ascot-yos-2021", facts([
        svc("Ascot Youth Offending Service", "Ascot YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2021-10-12", "2021-07", 4),
     """N| Youth offending service in Berkshire is ‘[Good|R]’, say inspectors

N| In a report published today ([Tuesday 12 October|D]), inspectors have assessed [Ascot Youth Offending Service|S] (YOS) as ‘[Good|R]’.
W| The service’s resettlement policy and provision was rated separately, as ‘[Requires improvement|R]’.
N| Fieldwork was done remotely, in [July 2021|D], while COVID-19 restrictions were still in force.

S| Contact with children had been kept up right through the pandemic, inspectors found, with the service switching quickly to video calls and doorstep visits.
S| Work to keep children safe was of a high standard, and practitioners knew about every child’s friendships and where they spent their time.
S| Partnership work with [CAMHS|A] meant that children were usually seen by a mental health worker within a few days.
W| Work to prepare children for release from custody was less developed, and accommodation was not always arranged in time.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ascot|S]’s staff should be very proud of what they have achieved in such a difficult year.”

R| Inspectors made four recommendations, three for the [Ascot YOS|S] and one for the [Royal Borough of Windsor and Maidenhead|A].

N| ENDS
"""),
    # 9. "X has fallen one grade to ‘...’ in its latest inspection"; a previous inspection rating
    #    beside ("Its previous inspection, in 2019, had ended with a ‘Good’ rating"); fieldwork "10 - 14 January
    #    2022"; "I urge ..."
    ("bosham-yjs-2022", facts([
        svc("Bosham Youth Justice Service", "Bosham YJS", "YJS", RI)], "2022-04-26", "2022-01", 6),
     """N| Youth justice service in West Sussex slips to ‘[Requires improvement|R]’

N| [Bosham Youth Justice Service|S] has fallen one grade to ‘[Requires improvement|R]’ in its latest inspection by [HM Inspectorate of Probation|A].
N| Its previous inspection, in [2019|D], had ended with a ‘[Good|R]’ rating.
N| Inspectors were on site from [10 - 14 January 2022|D].

S| Case managers were knowledgeable and kind, and children said they were listened to.
W| But during the pandemic leaders had stopped checking the quality of the work, and the management board seldom questioned the figures put before it.
W| Work to keep children safe from exploitation was inconsistent, and several children who went missing were not followed up promptly.
W| Disappointingly, children from Black and minority ethnic backgrounds were over-represented in the service and nobody had looked into why.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bosham|S] has good people, but its leaders have allowed standards to drift.
R| “I urge the partnership to put in place a proper plan to tackle disproportionality and to check that it is working.”

R| Six recommendations have been made: five for the service and one for [West Sussex County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on [26 April 2022|D].
"""),
    # 10. a GOV.UK page: "... Bishops Waltham Youth Justice Service, which inspectors have rated ‘...’, the highest possible rating";
    #     the "highest possible"; "Fieldwork was carried out in February 2024"; three recommendations; council reply
    ("bishops-waltham-yjs-2024", facts([
        svc("Bishops Waltham Youth Justice Service", "Bishops Waltham YJS", "YJS", OUT)], "2024-06-20", "2024-02", 3),
     """N| Press release

N| Top rating for youth justice service in Hampshire

N| Inspectors publish their report on [Bishops Waltham Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [20 June 2024|D]

N| Children in Bishops Waltham are being well served by their youth justice service, which inspectors have rated ‘[Outstanding|R]’, the highest possible rating.
N| Fieldwork was carried out in [February 2024|D].

S| Inspectors were impressed with the service’s board, whose members attended regularly, knew the children’s stories and acted on what they heard.
S| Every child inspectors looked at had an assessment that considered their safety and the safety of others.
S| Diversion work, which kept children out of court wherever possible, was particularly strong, and very few went on to reoffend.
S| Positively, the service had a speech and language therapist and an education worker based in the team.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bishops Waltham|S] stands out as an example of what a youth justice partnership can achieve when everyone pulls in the same direction.
N| “I hope other services will come and see how they do it.”

R| The report’s three recommendations are meant to keep standards this high.

N| [Hampshire County Council|A]’s lead member for children said: “The team has earned this result, and the children of the area are the winners.”
"""),
    # 11. a justiceinspectorates news item, "Published: 7 Sep 2023"; "HM Inspectorate of Probation has rated X as ‘...’";
    #     the headline's lower-case "Deddington youth justice service"; fieldwork "following an inspection in April 2023";
    #     seven recommendations including one for Oxford Health
    ("deddington-yjs-2023", facts([
        svc("Deddington Youth Justice Service", "Deddington YJS", "YJS", GOOD)], "2023-09-07", "2023-04", 7),
     """N| News

N| ‘A service that puts children first’: [Deddington youth justice service|S] rated ‘[Good|R]’

N| Published: [7 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Deddington Youth Justice Service|S] as ‘[Good|R]’ following an inspection in [April 2023|D].

S| Inspectors found that the service’s staff were tenacious in keeping in contact with children and took time to understand their backgrounds.
S| Joint work with [Thames Valley Police|A] on out-of-court disposals was a particular strength, and decisions were made quickly and fairly.
W| The service had not yet done enough, however, to make sure that children with special educational needs had the right support at school.
W| Some plans were written in language that children and parents would struggle to understand.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Deddington|S] puts children first, and this shows in the way its staff speak with and about them.
R| “Leaders should now make sure that every plan is written with the child, and in words the child can follow.”

R| We have made seven recommendations, including one for [Oxford Health NHS Foundation Trust|A] on access to mental health support.
"""),
    # 12. a council page, "Posted: 05/11/2024"; "...’s report on X, out today, finds the service ‘...’, the lowest of its
    #     four ratings"; fieldwork "Inspectors spent the week of 17 June 2024 with the service"; eleven recommendations; the
    #     council's reply
    ("codicote-yjs-2024", facts([
        svc("Codicote Youth Justice Service", "Codicote YJS", "YJS", INAD)], "2024-11-05", "2024-06", 11),
     """N| Council statement: inspection of [Codicote Youth Justice Service|S]

N| Posted: [05/11/2024|D]

N| [HM Inspectorate of Probation|A]’s report on [Codicote Youth Justice Service|S], out today, finds the service ‘[Inadequate|R]’, the lowest of its four ratings.
N| Inspectors spent the week of [17 June 2024|D] with the service.

W| According to the report, leaders did not have a clear enough picture of how well children were being helped.
W| Inspectors found that in many cases the risks children faced from criminal exploitation had not been recognised.
W| Too many children were not in education, and the service had no agreed way of working with schools.
S| Inspectors did recognise the commitment of case managers, who were described as caring and hard-working.

R| The report makes 11 recommendations, to the service, its management board, [Hertfordshire Constabulary|A] and the [Hertfordshire and West Essex Integrated Care Board|A].

N| [Hertfordshire County Council|A]’s director of children’s services said: “Our children deserve better than this, and we accept every recommendation.
N| “A new head of service will be in post from January, and the board will meet every six weeks until we are confident the improvements are secure.”
"""),
    # 13. a youth service moving up: "is now ‘...’, up from the ‘...’ it was given in a report published in May 2021";
    #     "Report published: 15 December 2022"; "in September and October 2022"; four
    #     recommendations
    ("polegate-yjs-2022", facts([
        svc("Polegate Youth Justice Service", "Polegate YJS", "YJS", GOOD)], "2022-12-15", "2022-09", 4),
     """N| Youth justice service in East Sussex moves up to ‘[Good|R]’

N| [Polegate Youth Justice Service|S] is now ‘[Good|R]’, up from the ‘[Requires improvement|R]’ it was given in a report published in [May 2021|D].
N| [HM Inspectorate of Probation|A] inspected the service in [September and October 2022|D].

S| Leaders had acted on every recommendation of the last report, and the board now had reliable information about children’s progress.
S| Case managers knew their children well, and most children had a trusted adult they could go to.
S| Victims were kept up to date and offered restorative justice wherever it suited them, which impressed inspectors.
W| Work to prepare children for adulthood was less effective, and some who turned 18 were passed to probation with too little notice.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Polegate|S] has changed for the better remarkably quickly, and its staff deserve credit for that.”

R| The report makes four recommendations, three for [Polegate YJS|S] and one for the [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Report published: [15 December 2022|D].
"""),
    # 14. an Isle of Wight youth service, "Inspectors concluded that X ‘...’", YJS / YJT switching; resettlement "marked
    #     separately" and "also ‘...’"; fieldwork "between 3 and 7 February 2025"; an embargo line at the top
    ("niton-yjs-2025", facts([
        svc("Niton Youth Justice Service", "Niton YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2025-05-20", "2025-02", 6),
     """N| Embargoed until 00:01 [Tuesday 20 May 2025|D]

N| Island youth justice team must tighten its grip on safety, report says

N| Inspectors concluded that [Niton Youth Justice Service|S] ‘[Requires improvement|R]’ after visiting the service between [3 and 7 February 2025|D].
W| Resettlement, marked separately, was also ‘[Requires improvement|R]’.

S| The team was small and close-knit, and children had usually kept the same case worker throughout their order.
S| Inspectors were pleased to see that the YJT had built good links with the [Isle of Wight Council|A]’s children’s social care teams.
W| Yet assessments of risk to other people were sometimes out of date, and contingency plans often said no more than ‘inform the manager’.
W| Help with mental health was slow to arrive, partly because specialist staff had to come over from the mainland.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Niton|S]’s staff know their children well, but knowing a child is not the same as managing the risks around them.
R| “The partnership must make sure that safety plans are specific and are updated whenever something changes.”

R| Inspectors have made six recommendations, four for [Niton YJS|S] and two for its management board.
"""),
    # 15. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line, then the
    #     date; "Context" and "Findings" bullets; fieldwork "30 June to 11 July 2025" (across two months); no count
    ("hartley-wintney-pdu-2025", facts([
        svc("Hartley Wintney Probation Delivery Unit", "Hartley Wintney PDU", "PDU", None)], "2025-10-21", "2025-06", None),
     """N| Skip to content

N| Published:

N| [21 October 2025|D]

N| Public protection inspection: [Hartley Wintney Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has published its public protection inspection of [Hartley Wintney Probation Delivery Unit|S].
N| This programme of inspections is about how well the [Probation Service|A] keeps the public safe, and it gives no ratings.

N| Context
N| • [Hartley Wintney PDU|S] is part of [Probation Service – South Central region|S] and covers the north-east of Hampshire.
N| • Inspectors read 45 cases and were on site from [30 June to 11 July 2025|D].

N| Findings
S| • Practitioners were confident in talking with people on probation about their offending and the harm it caused.
W| • Checks with children’s social care were missed or not followed up in a third of the cases where they were needed.
W| • Home visits were seldom carried out, even when a person was living with children.
S| • [MAPPA|A] meetings worked well and were well attended by [Hampshire and Isle of Wight Constabulary|A].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Keeping the public safe is the heart of probation work.
W| “In Hartley Wintney, too much depends on the instincts of individual practitioners rather than on thorough, consistent checks.”

N| The full report sets out the actions the unit and the region are expected to take.
"""),
    # 16. a PDU whose overall rating came within a point of ‘Inadequate’: "The overall verdict for X is ‘...’"; "Thursday,
    #     9th November 2023" date line; "The inspection, carried out in June 2023"; six recommendations
    ("stockbridge-pdu-2023", facts([
        svc("Stockbridge Probation Delivery Unit", "Stockbridge PDU", "PDU", RI)], "2023-11-09", "2023-06", 6),
     """N| [Thursday, 9th November 2023|D]

N| Inspectors find probation unit in Hampshire ‘under strain’

N| The overall verdict for [Stockbridge Probation Delivery Unit|S] is ‘[Requires improvement|R]’, according to a report by [His Majesty’s Inspectorate of Probation|A] published today.
W| The unit missed an ‘[Inadequate|R]’ rating by a single point.
N| The inspection, carried out in [June 2023|D], found a unit under strain.

W| A third of probation officer posts were vacant, leaving some practitioners with caseloads above 60.
W| Many staff were newly qualified and told inspectors they had too little supervision from their managers.
S| Even so, inspectors saw examples of patient, skilful work with people who had complex needs, including those who were homeless.
S| The unit’s links with local housing teams in Test Valley were strong.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stockbridge|S]’s staff are working hard, but there are not enough of them to keep the public as safe as they should be.
R| “[HM Prison and Probation Service|A] must treat recruitment here as a priority.”

R| The report makes six recommendations.

N| ENDS
"""),
    # 17. a youth service in 2019 on a GOV.UK-style page: "HM Inspectorate of Probation found that X ‘...’ overall"; "the Youth
    #     Justice Board"; fieldwork "in March 2019"; notes "on 25 June 2019 at 00.01"; two recommendations
    ("forest-row-yjs-2019", facts([
        svc("Forest Row Youth Justice Service", "Forest Row YJS", "YJS", RI)], "2019-06-25", "2019-03", 2),
     """N| Inspectors publish report on youth justice in Forest Row

N| [HM Inspectorate of Probation|A] found that [Forest Row Youth Justice Service|S] ‘[Requires improvement|R]’ overall, following an inspection in [March 2019|D].

S| The service’s management board was well led, and partners had a shared understanding of what the service was trying to achieve.
S| Staff were committed and experienced, and many had worked with the service for a long time.
W| However, the quality of case work was not consistent: case managers had properly assessed the risk of harm to others in just 11 of 24 cases.
W| Out-of-court disposals were not always backed by a proper assessment.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Forest Row|S] has the right foundations, but too many children’s plans do not deal with the things that matter most.”

R| The report makes two recommendations, and the management board of [Forest Row YJS|S] is asked to act on both.
N| A copy has also been sent to the [Youth Justice Board|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [25 June 2019|D] at 00.01.
"""),
    # 18. an NPS division in 2019: "has been given ‘...’ as its overall regional rating"; "National Probation Service – Hurstpierpoint
    #     and Ditchling Division", short "NPS Hurstpierpoint and Ditchling"; court work "rated separately as ‘...’";
    #     "Inspectors carried out their fieldwork in May 2019"; five recommendations
    ("hurstpierpoint-and-ditchling-nps-division-2019", facts([
        svc("National Probation Service – Hurstpierpoint and Ditchling Division", "NPS Hurstpierpoint and Ditchling",
            "region", GOOD, [{"aspect": "court work", "rating": OUT}])], "2019-10-01", "2019-05", 5),
     """N| ‘[Good|R]’ rating for [National Probation Service|A] in Mid Sussex

N| The [National Probation Service – Hurstpierpoint and Ditchling Division|S] has been given ‘[Good|R]’ by [HM Inspectorate of Probation|A] as its overall regional rating.
S| Its court work was rated separately as ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork in [May 2019|D].

S| Inspectors found a division with a clear strategy and well-trained staff, where the quality of pre-sentence advice to courts was high.
S| Staff had manageable caseloads and said they felt supported.
W| Victim liaison work was patchier: some victims heard nothing within the expected time.
W| Records of contact with [Sussex Police|A] were incomplete, so it was not always clear what information had been shared.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Hurstpierpoint and Ditchling|S] is a well-run division with staff who take pride in their work.”

R| Of the report’s five recommendations, four are for the division and one is for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [1 October 2019|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixtieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
