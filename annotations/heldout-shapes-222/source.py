"""Builds the two hundred and twenty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Northumberland PDUs on a GOV.UK page, the region named before them: "X and Y are both graded ‘...’, and
    #    Z one notch lower, at ‘...’"; fieldwork "from 30 September to 11 October 2024" (across two months); "nine
    #    recommendations in all, three apiece"
    ("etal-duddo-and-horncliffe-pdus-2025", facts([
        svc("Etal Probation Delivery Unit", "Etal PDU", "PDU", RI),
        svc("Duddo Probation Delivery Unit", "Duddo PDU", "PDU", RI),
        svc("Horncliffe Probation Delivery Unit", "Horncliffe PDU", "PDU", INAD)], "2025-03-05", "2024-09", 9),
     """N| Press release

N| North Northumberland probation units: inspection reports out today

N| One of three units near the Scottish border is found to be failing the people it supervises.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 March 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] today releases its findings on three probation delivery units of the [Probation Service – North East region|S]: [Etal Probation Delivery Unit|S], [Duddo Probation Delivery Unit|S] and [Horncliffe Probation Delivery Unit|S].
N| [Etal|S] and [Duddo|S] are both graded ‘[Requires improvement|R]’, and [Horncliffe|S] one notch lower, at ‘[Inadequate|R]’.
N| Inspection teams worked in the three units from [30 September to 11 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across the border country, staff cover huge distances, and in Horncliffe that burden has fallen on a handful of officers who are close to breaking point.
W| “When we read [Horncliffe|S]’s cases, we too often could not tell who the person on probation was seeing, or why.
S| “[Etal|S] and [Duddo|S], for their part, have hung on to experienced managers, and it shows in the care taken over reports to court.”

S| Inspectors singled out the units’ shared arrangement with a Berwick housing charity, which found tenancies for people released from prison.
W| Even so, in every unit the checks made with children’s services before a plan was written fell well short of what was needed.

R| The three reports carry nine recommendations in all, three apiece.

N| [Helen Armstrong|X], Regional Probation Director for the North East, said: “We are recruiting to every vacant post in Horncliffe and have sent in an experienced senior manager.”
"""),
    # 2. two youth justice services in a local-news story: the reports "appeared on Wednesday (11 June)" under a byline of
    #    Saturday 14 June 2025; "Yeavering collected the top grade, ‘Outstanding’, with a ‘Good’ for Akeld", in the other
    #    order from the one first named; "two go to Akeld and one to Yeavering" -> 3
    ("akeld-and-yeavering-yjs-2025", facts([
        svc("Akeld Youth Justice Service", "Akeld YJS", "YJS", GOOD),
        svc("Yeavering Youth Justice Service", "Yeavering YJS", "YJS", OUT)], "2025-06-11", "2025-01", 3),
     """N| Glendale youth teams come out on top in inspections

N| By [Rachel Elliot|X]

N| [Saturday 14 June 2025|D]

N| Inspectors spent time with [Akeld Youth Justice Service|S] and [Yeavering Youth Justice Service|S] in [January 2025|D], and their two reports appeared on Wednesday ([11 June|D]).
N| [Yeavering|S] collected the top grade, ‘[Outstanding|R]’, with a ‘[Good|R]’ for [Akeld|S].

S| The inspectors said [Yeavering|S]’s case workers went to remarkable lengths for children in remote valley farms, some of whom had never before had a worker they trusted.
S| [Akeld|S]’s partnership with [Northumberland County Council|A]’s virtual school had helped several excluded children back into lessons.
W| Their one reservation about [Akeld YJS|S] was that victims were seldom asked what support would make them feel safer.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In two of the most sparsely populated corners of England, these teams have built something every area could learn from.”

R| Of the three recommendations, two go to [Akeld|S] and one to [Yeavering|S].

N| Councillor [Anne Dodd|X], who leads on children’s services, said: “This is a proud day for both teams and for the families they work with.”
"""),
    # 3. two PDUs in a justiceinspectorates news item, the region after them: "For Carham the verdict is ‘...’; Twizel
    #    does better, with ‘...’"; "Published: 22 Jan 2025"; "Inspectors were in both units throughout July 2024";
    #    "Eight recommendations have been made, split evenly" -> 8
    ("carham-and-twizel-pdus-2025", facts([
        svc("Carham Probation Delivery Unit", "Carham PDU", "PDU", INAD),
        svc("Twizel Probation Delivery Unit", "Twizel PDU", "PDU", RI)], "2025-01-22", "2024-07", 8),
     """N| News

N| Border probation units told to improve

N| Published: [22 Jan 2025|D]

N| Reports on [Carham Probation Delivery Unit|S] and [Twizel Probation Delivery Unit|S], both of which belong to the [North East region of the Probation Service|S], are published today by [HM Inspectorate of Probation|A].
N| For [Carham|S] the verdict is ‘[Inadequate|R]’; [Twizel|S] does better, with ‘[Requires improvement|R]’.
N| Inspectors were in both units throughout [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Carham, half the people we looked at had gone months without anyone checking whether they still posed a danger to a partner or child.
S| “[Twizel|S]’s team is small, but it is settled, and its officers know the people they supervise as individuals.”

W| Unpaid work in both units had been cut back so far that many orders would expire before the hours were done.
S| Inspectors also found well-organised joint work between [Twizel PDU|S] and [Northumbria Police|A] on people convicted of stalking.

R| Eight recommendations have been made, split evenly between the two units.
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors have concluded that X, one of the region's
    #    ..., ‘Requires improvement’"; the region's own 2023 rating beside it; notes "from 00.01 on Tuesday 9 July 2024";
    #    "the inspection team’s visit ran over a fortnight in February 2024"; "seven recommendations, of which the
    #    region takes three"
    ("tillmouth-pdu-2024", facts([
        svc("Tillmouth Probation Delivery Unit", "Tillmouth PDU", "PDU", RI)], "2024-07-09", "2024-02", 7),
     """N| [North East probation region|S]: improvement needed at [Tillmouth probation unit|S]

N| Inspectors have concluded that [Tillmouth Probation Delivery Unit|S], one of the region’s smallest, ‘[Requires improvement|R]’.
N| The [Probation Service – North East region|S] was itself given ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| The inspection team’s visit ran over a fortnight in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tillmouth|S] has a leadership team that faces its problems squarely and a staff group that pulls together.
W| “What it does not yet have is enough qualified officers: at the time of our visit, trainees were holding cases well beyond their experience.”

W| Mr Jones continued: “I was troubled that so few perpetrators of domestic abuse had been sent on a programme to tackle it.”

S| Inspectors praised the unit’s work at court, where reports were prepared quickly and were well regarded by magistrates.
W| On the other hand, records of contact with [Northumbria Police|A] about domestic abuse call-outs were patchy and hard to find.

R| The report sets out seven recommendations, of which the region takes three.

N| ENDS

N| Notes to editors
N| 1. The report can be read on the [HM Inspectorate of Probation|A] website from 00.01 on [Tuesday 9 July 2024|D].
N| 2. [Tillmouth PDU|S] covers the lower Tweed and the coast south of Berwick.
"""),
    # 5. a unit inside its region with an aspect graded on its own and the previous rating beside: embargo line; "X now
    #    stands at ‘...’, having been ‘...’ when last inspected, in 2022"; unpaid work "graded on its own, earned ‘Good’";
    #    "in the first half of May 2025"; a call to action outside the count; "The report lists five recommendations"
    ("heatherslaw-pdu-2025", facts([
        svc("Heatherslaw Probation Delivery Unit", "Heatherslaw PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-10-16", "2025-05", 5),
     """N| Embargoed: 00.01 [Thursday 16 October 2025|D]

N| [Heatherslaw probation unit|S] lifts itself off the bottom grade

N| [Heatherslaw Probation Delivery Unit|S], in the [Probation Service – North East region|S], now stands at ‘[Requires improvement|R]’ in the judgement of [HM Inspectorate of Probation|A].
N| When last inspected, in [2022|D], the unit had been ‘[Inadequate|R]’.
S| Its unpaid work, graded on its own, earned ‘[Good|R]’.
N| The fieldwork was done in the first half of [May 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Three years ago this unit was in real trouble, and the change since then is a credit to its staff.
S| “Caseloads are now manageable, new officers are properly supported, and people on probation told us staff treated them with respect.
W| “But risk to children is still too often an afterthought in plans, and that has to change.”

W| In 17 of the 40 cases inspected, home visits had not been made where there were clear reasons to make them.
R| The unit needs to agree with [Northumberland County Council|A] how and when safeguarding information will be shared.

R| The report lists five recommendations.
"""),
    # 6. a Probation Trust in 2012, before ratings, with "Inspectors were pleased to find that:" / "But they were concerned
    #    that:" lists; the date line "Wednesday 14 November 2012" above "published today"; "Fieldwork was carried out
    #    during June 2012"; "The inspectors’ report contains ten recommendations"
    ("kimmerston-and-ilderton-probation-trust-2012", facts([
        svc("Kimmerston and Ilderton Probation Trust", "Kimmerston and Ilderton Probation Trust", "other", None)],
        "2012-11-14", "2012-06", 10),
     """N| Offender management inspection: Kimmerston and Ilderton

N| [Wednesday 14 November 2012|D]

S| Published today, an inspection report from [HM Inspectorate of Probation|A] finds that [Kimmerston and Ilderton Probation Trust|S] manages most of its offenders well and works closely with its partners.
N| Fieldwork was carried out during [June 2012|D], when inspectors examined 80 cases.

N| Inspectors were pleased to find that:
S| • offender managers saw people promptly after sentence and kept in regular contact with them;
S| • the Trust and [Northumbria Police|A] shared information quickly about those who posed the greatest risk;
S| • programmes for drink-impaired drivers were well attended and well run.

N| But they were concerned that:
W| • plans to protect victims were missing from a quarter of the cases where they were needed;
W| • too little attention was paid to the mental health needs of women offenders.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff showed energy and commitment in every office we visited.
R| “Its managers should now check more closely that risk of harm work meets the standard the best staff already achieve.”

R| The inspectors’ report contains ten recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider: "The CRC’s overall grade from the inspectorate is ‘...’"; Through the Gate
    #    "given a grade of its own, ‘...’"; "Published 10 December 2019"; "during two weeks in September 2019"; "Six of the
    #    recommendations concern the CRC itself and two the Ministry of Justice" -> 8
    ("bowsden-and-scremerston-crc-2019", facts([
        svc("Bowsden and Scremerston Community Rehabilitation Company", "Bowsden and Scremerston CRC", "CRC", INAD,
            [{"aspect": "Through the Gate", "rating": RI}])], "2019-12-10", "2019-09", 8),
     """N| Press release

N| Probation company in north Northumberland judged ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [10 December 2019|D]

N| [Bowsden and Scremerston Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] runs, was inspected during two weeks in [September 2019|D].
N| The CRC’s overall grade from the inspectorate is ‘[Inadequate|R]’.
W| Through the Gate, the CRC’s resettlement work with prisoners nearing release, was given a grade of its own, ‘[Requires improvement|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This CRC’s officers are carrying caseloads that nobody could manage well, and supervision has become little more than a phone call every few weeks.
W| “Some people we looked at had not been seen face to face since the day they left court.”

S| Inspectors did find that resettlement staff at [HMP Durham|S] were persistent in chasing accommodation for people due for release.
W| Information about risk was often not passed on by the [National Probation Service|A], and the CRC seldom asked for it.

R| Six of the recommendations concern the CRC itself and two the [Ministry of Justice|A].

N| A [Sodexo Justice Services|A] spokesperson said the company accepted the findings in full.
"""),
    # 8. an NPS division in 2020 on a justiceinspectorates news item: "Inspectors reached an overall judgement of ‘Good’
    #    on ..."; short "NPS Breamish"; "Published: 18 Feb 2020"; "a three-week inspection in October 2019"; a call to
    #    action in a quote; "The report’s recommendations, six in number" -> 6
    ("breamish-nps-division-2020", facts([
        svc("National Probation Service – Breamish Division", "NPS Breamish", "region", GOOD)],
        "2020-02-18", "2019-10", 6),
     """N| News

N| [Breamish probation division|S] is ‘[Good|R]’ overall

N| Published: [18 Feb 2020|D]

N| Inspectors reached an overall judgement of ‘[Good|R]’ on [National Probation Service – Breamish Division|S] after a three-week inspection in [October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Breamish|S] is run by capable leaders who know their staff, and the quality of its advice to courts is among the best we have seen.”

S| Most victims had been offered the chance to have a say in licence conditions, and many had taken it up.
W| Yet work with people in approved premises was uneven, and some residents had no clear plan for moving on.
W| Sickness absence among probation officers had risen sharply over the year, putting pressure on those who remained.

R| Mr Russell added: “Leaders must now make sure that everyone leaving approved premises has somewhere safe to go.”

R| The report’s recommendations, six in number, are addressed to the division and to [HMPPS|A].
"""),
    # 9. a youth offending team written out only in lower case, abbreviated later: "Inspectors gave the X youth offending
    #    team their lowest rating, ‘Inadequate’"; "Thursday 21 March 2019" date line; "inspected in November 2018";
    #    "The inspectors want to see eleven changes, set out as recommendations" -> 11
    ("ewart-yot-2019", facts([
        svc("Ewart youth offending team", "Ewart YOT", "YJS", INAD)], "2019-03-21", "2018-11", 11),
     """N| Youth justice inspection: serious concerns in Ewart

N| [Thursday 21 March 2019|D]

N| Inspectors gave the [Ewart youth offending team|S] their lowest rating, ‘[Inadequate|R]’, in a report released today.
N| [HM Inspectorate of Probation|A] inspected the team in [November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children in Ewart are being let down by a service that has lost sight of what it is for.
W| “Its board had stopped meeting, its staff were unsure of their roles, and no one was checking the quality of the work.”

W| In only nine of the 30 cases inspectors examined did the child have a sound safety plan.
W| Disappointingly, the [Ewart YOT|S] had no agreed way of working with [Northumbria Police|A] on children going missing.
S| There were some bright spots: the team’s restorative work with victims was thoughtful and well received.

R| The inspectors want to see eleven changes, set out as recommendations, most of them for the [Ewart YOT|S]’s partners.

N| [Northumberland County Council|A] said a new head of service had been appointed.
"""),
    # 10. an ordinary youth justice service on GOV.UK: "Inspectors have graded X ‘Good’"; "Date of fieldwork: February
    #     2023"; "The report’s recommendations number four"
    ("mindrum-yjs-2023", facts([
        svc("Mindrum Youth Justice Service", "Mindrum YJS", "YJS", GOOD)], "2023-06-13", "2023-02", 4),
     """N| Press release

N| [Mindrum Youth Justice Service|S] graded ‘[Good|R]’

N| A youth service in the Cheviot foothills is praised for its relationships with children and families.

N| From: [HM Inspectorate of Probation|A]

N| Published [13 June 2023|D]

N| Inspectors have graded [Mindrum Youth Justice Service|S] ‘[Good|R]’ in a report published today.
N| They spent a week with the service in [February 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mindrum|S] knows its children and families extremely well, and its staff are trusted by them.
S| “I was struck by how readily partners in health and education came to the table.”

S| Assessments were of a high standard in all but three of the cases inspected.
W| However, the service’s work on out-of-court disposals lacked a clear framework, and decisions were sometimes hard to follow.
W| Some children waited too long for help from [CAMHS|A].

R| The report’s recommendations number four.
"""),
    # 11. an ordinary youth justice service on a council page, in the third person: "Posted on 03/02/2023"; "came out of
    #     its inspection with a ‘Requires improvement’ rating"; "visited last October (October 2022)"
    ("pawston-yjs-2023", facts([
        svc("Pawston Youth Justice Service", "Pawston YJS", "YJS", RI)], "2023-02-03", "2022-10", 5),
     """N| Inspection of [Pawston Youth Justice Service|S]

N| Posted on [03/02/2023|D]

N| [Pawston Youth Justice Service|S] has emerged from its inspection with a ‘[Requires improvement|R]’ rating from [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [October 2022|D].

S| According to the report, staff built warm, lasting relationships with children, and children’s wishes were taken seriously.
W| But the inspectorate found that work to keep children safe was not consistently recorded, and that some risks were underestimated.
W| It also found that the service’s management board did not receive enough information to oversee performance.

R| Inspectors make five recommendations in the report.

N| Councillor [Colin Beattie|X], cabinet member for children’s services, said: “We take these findings seriously and an action plan is already in place.
N| “I want to thank our youth justice staff for their openness during the inspection.”
"""),
    # 12. an ordinary PDU on a justiceinspectorates news item: "X has been rated ‘Inadequate’ by ..."; "Published: 30 Apr
    #     2024"; "Inspectors were on site during November 2023"; "It falls to the unit to act on all six of the report’s
    #     recommendations" -> 6
    ("howtel-pdu-2024", facts([
        svc("Howtel Probation Delivery Unit", "Howtel PDU", "PDU", INAD)], "2024-04-30", "2023-11", 6),
     """N| News

N| [Howtel probation unit|S] found ‘[Inadequate|R]’

N| Published: [30 Apr 2024|D]

N| [Howtel Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were on site during [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Howtel|S] has been without a settled management team for most of the last two years, and the strain on its staff is obvious.
W| “Too much of the unit’s work was done in a hurry, and decisions about risk were often made without the information needed to make them.”

W| Work to protect known victims was judged sufficient in just 12 of the 38 cases.
S| On a more positive note, the unit’s links with a local drug and alcohol service helped people into treatment quickly.

R| It falls to the unit to act on all six of the report’s recommendations.
"""),
    # 13. an ordinary youth justice service rated ‘Outstanding’ with an embargo line: "X has earned the inspectorate’s top
    #     grade, ‘Outstanding’"; "in the last week of July 2023"; "Two recommendations are made, both modest"
    ("bewick-yjs-2023", facts([
        svc("Bewick Youth Justice Service", "Bewick YJS", "YJS", OUT)], "2023-11-28", "2023-07", 2),
     """N| Embargoed until 00.01, [Tuesday 28 November 2023|D]

N| Top marks for [Bewick Youth Justice Service|S]

N| [Bewick Youth Justice Service|S] has earned ‘[Outstanding|R]’, the highest of the inspectorate’s four grades.
N| [HM Inspectorate of Probation|A] inspected it in the last week of [July 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bewick|S]’s work is built around each child, and it never loses sight of the people they have harmed.
S| “The board is ambitious, and it asks hard questions of every partner round the table.”

S| Inspectors were impressed with a scheme that paired children with local employers, which had led to several apprenticeships.
S| Every child whose case was inspected had a plan they had helped to write.
W| The only shortfall inspectors noted was that some records of home visits were brief.

R| Two recommendations are made, both of them for the [Bewick YJS management board|A] to take forward.
"""),
    # 14. an ordinary youth justice service in local news: byline Monday 14 November 2022, the report "came out on
    #     Thursday (10 November)"; "inspectors landed the service with a ‘Requires improvement’ grading"; "in June 2022"
    ("eglingham-yjs-2022", facts([
        svc("Eglingham Youth Justice Service", "Eglingham YJS", "YJS", RI)], "2022-11-10", "2022-06", 7),
     """N| Youth justice service must raise its game, inspectors say

N| By [Peter Hall|X]

N| [Monday 14 November 2022|D]

N| A report on [Eglingham Youth Justice Service|S] that came out on Thursday ([10 November|D]) rates the service ‘[Requires improvement|R]’.
N| The inspectors made their visit in [June 2022|D].

S| The report said staff were caring and persistent, and that children felt they were listened to.
W| But inspectors found that many children had never been assessed for speech and language needs, even after exclusion from school.
W| Plans for keeping other people safe were weak in almost half of the cases they looked at.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Though the service has some real strengths, it is not yet doing enough to protect children and the public.”

R| The report makes seven recommendations, one of them for [Northumbria Police|A].

N| [Northumberland County Council|A] said in a statement that it was “committed to improving”.
"""),
    # 15. an ordinary youth justice service rated ‘Good’ in 2021, the inspection done remotely: "Thursday, 9th September
    #     2021"; "Inspectors carried out the work from a distance in May 2021"; "places X among its ‘Good’ services"
    ("hethpool-yjs-2021", facts([
        svc("Hethpool Youth Justice Service", "Hethpool YJS", "YJS", GOOD)], "2021-09-09", "2021-05", 4),
     """N| [Hethpool Youth Justice Service|S] judged ‘[Good|R]’

N| [Thursday, 9th September 2021|D]

N| The report [HM Inspectorate of Probation|A] has published today judges [Hethpool Youth Justice Service|S] to be ‘[Good|R]’.
N| Because of the pandemic, inspectors carried out the work from a distance in [May 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hethpool|S] adapted quickly when the pandemic struck and kept children at the centre of its work.
S| “Its staff are skilled, and the relationships they build with children are genuine.”

S| Inspectors commended the service’s work with [Northumberland County Council|A]’s children’s social care team on children in care.
W| However, the service had been slow to review how it worked with girls, whose needs were sometimes overlooked.

R| Four recommendations appear in the report.
"""),
    # 16. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on a GOV.UK page, the region
    #     named as context; "Inspectors spent the first fortnight of July 2025 in the unit"
    ("roddam-pdu-2025", facts([
        svc("Roddam Probation Delivery Unit", "Roddam PDU", "PDU", None)], "2025-12-02", "2025-07", 6),
     """N| Press release

N| Public protection inspection: [Roddam Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [2 December 2025|D]

N| [HM Inspectorate of Probation|A] has today published a public protection report on [Roddam Probation Delivery Unit|S], one of the units run by the [Probation Service – North East region|S].
N| Inspections in this programme are not rated.
N| Inspectors spent the first fortnight of [July 2025|D] in the unit.

N| Context
N| • [Roddam PDU|S] supervises around 600 people across north Northumberland.
N| • Just under a quarter of its cases involve a conviction for domestic abuse.

N| Findings
S| • Practitioners had a good grasp of who was at risk from the people they supervised.
W| • Safeguarding checks were missing in over a third of the cases where they were needed.
W| • Plans were not always revisited when circumstances changed.
S| • Joint work with [Northumbria Police|A] on high-risk cases was well organised.

R| Of the report’s six recommendations, four are addressed to the unit, with the remaining pair going to the region.
"""),
    # 17. an ordinary youth offending service in 2019: "The verdict on X (YOS) is ‘...’"; published 17 December 2019 in
    #     the notes; "in July 2019"; "Inspectors have asked the YOS to act on five recommendations"
    ("shoreswood-yos-2019", facts([
        svc("Shoreswood Youth Offending Service", "Shoreswood YOS", "YJS", RI)], "2019-12-17", "2019-07", 5),
     """N| [Shoreswood Youth Offending Service|S]: inspection findings

N| The verdict of [HM Inspectorate of Probation|A] on [Shoreswood Youth Offending Service|S] (YOS) is that it ‘[Requires improvement|R]’.
N| The inspection took place in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shoreswood YOS|S] has a committed and stable team, and children clearly value the time their case managers give them.
W| “Yet too often, the safety of other people was given too little weight in the planning we saw.”

S| Inspectors found the YOS’s education, training and employment support was a particular strength.
W| Management oversight of cases was variable, and some decisions were not recorded.

R| Inspectors have asked the YOS to act on five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [17 December 2019|D] and will be on the [HM Inspectorate of Probation|A] website from 00.01.
"""),
    # 18. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line; the
    #     headline's lower-case name; "inspectors settled on ‘Good’ for X"; "in April 2024"; the notes' day
    ("felkington-yjs-2024", facts([
        svc("Felkington Youth Justice Service", "Felkington YJS", "YJS", GOOD)], "2024-08-20", "2024-04", 3),
     """N| Skip to content

N| Published:

N| [Felkington youth justice service|S] rated ‘[Good|R]’

N| After a week’s fieldwork in [April 2024|D], inspectors settled on ‘[Good|R]’ as the overall rating for [Felkington Youth Justice Service|S].

S| Inspectors found that leaders had a clear vision and that partners shared it, from schools to the local health trust.
S| Work to support children’s desistance was strong, with staff who were creative in finding activities children enjoyed.
W| However, the quality of work to manage risk to others was not as consistent, and contingency plans were often vague.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Felkington|S] can be proud of what it has done for children across a largely rural patch.”

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [20 August 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twenty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
