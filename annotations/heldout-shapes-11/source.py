"""Builds the eleventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one county on a GOV.UK page: full names listed first, ratings then given by bare place in one
    #    sentence ("judged Helston to be ‘Good’; Newquay and Liskeard and Saltash each received ‘...’"); the region with
    #    its own earlier rating as context; fieldwork "in the weeks beginning 3 and 10 March 2025"; a total and one
    #    unit's share; "Published" / "Last updated" and an update history
    ("newquay-helston-and-liskeard-pdus-2025", facts([
        svc("Newquay Probation Delivery Unit", "Newquay PDU", "PDU", RI),
        svc("Helston Probation Delivery Unit", "Helston PDU", "PDU", GOOD),
        svc("Liskeard and Saltash Probation Delivery Unit", "Liskeard and Saltash PDU", "PDU", RI)],
        "2025-06-17", "2025-03", 13),
     """N| Cookies on GOV.UK

N| This site sets essential cookies so that it works.

N| Press release

N| Probation in Cornwall: reports on three delivery units

N| From: [HM Inspectorate of Probation|A]

N| Published [17 June 2025|D]

N| Last updated [24 June 2025|D]

N| The inspectorate has today published separate reports on [Newquay Probation Delivery Unit|S], [Helston Probation Delivery Unit|S] and [Liskeard and Saltash Probation Delivery Unit|S].
N| Each of them belongs to the [South West probation region|S], whose own regional rating, given in [2024|D], is ‘[Requires improvement|R]’.
N| Inspectors judged [Helston|S] to be ‘[Good|R]’; [Newquay|S] and [Liskeard and Saltash|S] each received ‘[Requires improvement|R]’.
N| Fieldwork took place in the weeks beginning [3 and 10 March 2025|D], when inspectors examined 141 cases and spoke to 87 staff and managers.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Cornwall’s geography makes probation hard work: some people have a two-hour bus journey to reach their appointment.
S| “[Helston|S] has answered that with outreach surgeries in village halls and libraries, and attendance there was the best we saw.
W| “In Newquay and in Liskeard and Saltash, though, too many assessments had been copied forward from earlier sentences without anyone checking whether the risks had changed.”

S| [Helston|S]’s partnership with [Devon and Cornwall Police|A] on stalking cases was singled out as good practice.
W| At [Liskeard and Saltash PDU|S], only 14 of the 47 cases examined addressed the risk to known adults in their plans.
W| Vacancies for senior probation officers in [Newquay PDU|S] meant that new staff went weeks without a supervision session.

R| Across the three reports there are 13 recommendations, and [Liskeard and Saltash|S] is the subject of six of them.

N| Documents

N| [Newquay PDU|S] inspection report
N| [Helston PDU|S] inspection report
N| [Liskeard and Saltash PDU|S] inspection report

N| Updates to this page

N| Published [17 June 2025|D]
N| Last updated [24 June 2025|D] + show all updates
N| [24 June 2025|D]: Corrected the number of staff interviewed in the report on [Helston PDU|S].
N| [17 June 2025|D]: First published.
"""),
    # 2. two youth justice services on a council news page in the first person plural: the overall rating and an
    #    aspect in one sentence; a previous rating in the same sentence as the current one; the report's own
    #    year-less day ("on Tuesday 7 October") under a later "Posted on" date; the total split between the two
    ("knutsford-and-wilmslow-yjs-2025", facts([
        svc("Knutsford Youth Justice Service", "Knutsford YJS", "YJS", GOOD,
            [{"aspect": "resettlement work", "rating": OUT}]),
        svc("Wilmslow Youth Justice Service", "Wilmslow YJS", "YJS", RI)], "2025-10-07", "2025-07", 8),
     """N| Inspection results for our two youth justice services

N| Posted on: [Thursday 9 October 2025|D]

N| Our youth justice services’ inspection reports, written by [HM Inspectorate of Probation|A], came out on [Tuesday 7 October|D].
N| [Knutsford Youth Justice Service|S] has been judged ‘[Good|R]’ overall, and its resettlement work, which inspectors grade separately, earned ‘[Outstanding|R]’.
N| [Wilmslow Youth Justice Service|S] was given ‘[Requires improvement|R]’, a grade below the ‘[Good|R]’ it achieved at its previous inspection in [2021|D].
N| Inspectors spent the week of [14 July 2025|D] with both services, looking at case records and meeting children, families and partners.

S| The reports say that children leaving custody in Knutsford had a home, a school place and a health appointment arranged before the day of their release.
S| Inspectors also praised the way [Knutsford YJS|S] involved parents and carers in planning.
W| In [Wilmslow YJS|S], however, too few plans took account of the harm that children might cause to others, and management oversight was inconsistent.
W| Out-of-court work in Wilmslow was not reviewed often enough by the partnership.

R| The inspectorate has made eight recommendations: three for [Knutsford|S] and five for [Wilmslow|S].

N| Councillor [Priya Oduya|X], Chair of the Children and Families Committee at [Cheshire East Council|A], said: “We are very proud of the team in Knutsford.
N| “In Wilmslow we have already put a new manager in place, and the partnership board will oversee every one of the recommendations.”

N| Both services are run by [Cheshire East Council|A] with [Cheshire Constabulary|A], the [Probation Service|A] and local health partners.
"""),
    # 3. four PDUs of one county, the region in the headline and in the regional director's reply; the overall ratings
    #    given by bare place in a single sentence; one unit's aspect rating in a sentence opening on "For Tadcaster,";
    #    a numeric publication date "14/10/2025"; fieldwork "across three weeks from 2 June 2025"; "Each report makes
    #    five recommendations (20 in all)"
    ("thirsk-stokesley-malton-and-tadcaster-pdus-2025", facts([
        svc("Thirsk Probation Delivery Unit", "Thirsk PDU", "PDU", GOOD),
        svc("Stokesley Probation Delivery Unit", "Stokesley PDU", "PDU", RI),
        svc("Malton Probation Delivery Unit", "Malton PDU", "PDU", RI),
        svc("Tadcaster Probation Delivery Unit", "Tadcaster PDU", "PDU", INAD,
            [{"aspect": "leadership", "rating": INAD}])], "2025-10-14", "2025-06", 20),
     """N| [Yorkshire and the Humber region|S]: four North Yorkshire probation units inspected

N| [HM Inspectorate of Probation|A] inspected [Thirsk Probation Delivery Unit|S], [Stokesley Probation Delivery Unit|S], [Malton Probation Delivery Unit|S] and [Tadcaster Probation Delivery Unit|S] one after another, across three weeks from [2 June 2025|D].
N| Its four reports appear together today.
N| The overall grades are [Thirsk|S] ‘[Good|R]’, [Stokesley|S] ‘[Requires improvement|R]’, [Malton|S] ‘[Requires improvement|R]’ and [Tadcaster|S] ‘[Inadequate|R]’.
W| For [Tadcaster|S], inspectors also rated leadership on its own, and it too was ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “These four units share a county and a regional leadership team, yet the quality of supervision varies enormously between them.
S| “[Thirsk|S] shows what is possible: its staff knew their cases, recorded their decisions and followed them through.
W| “At [Tadcaster|S] we found a unit without a stable manager for most of the past year, and high-risk cases that nobody had reviewed since they were allocated.”

S| [Stokesley PDU|S] worked closely with the housing team at [North Yorkshire Council|A], and almost everyone released from prison into its area had accommodation.
W| In Malton, unpaid work had a backlog of more than 9,000 hours.

R| Each report makes five recommendations (20 in all), and two of the recommendations in every report are for the region.

N| [Sarah Pennant|X], Regional Probation Director for Yorkshire and the Humber, said: “We welcome these reports and are sending an experienced senior leader to Tadcaster this month.”

N| ENDS

N| Notes to editors
N| 1. Publication date of the reports: [14/10/2025|D].
N| 2. North Yorkshire is the largest county in England by area.
"""),
    # 4. a unit inside its region: an embargo line in capitals; "The verdict on X is ‘...’"; a neighbouring PDU's
    #    current rating, its report published the month before, as context; the region named only in the regional
    #    director's quote; fieldwork across two months; recommendations split between recipients with no total
    ("frodsham-pdu-2026", facts([
        svc("Frodsham Probation Delivery Unit", "Frodsham PDU", "PDU", RI)], "2026-01-22", "2025-09", 6),
     """N| EMBARGOED UNTIL 00:01 [THURSDAY 22 JANUARY 2026|D]

N| [Frodsham probation unit|S] must tighten its grip on risk, say inspectors

N| The verdict on [Frodsham Probation Delivery Unit|S], announced this morning by [HM Inspectorate of Probation|A], is ‘[Requires improvement|R]’.
N| Its neighbour, [Sandbach PDU|S], whose report came out in [December 2025|D], holds a ‘[Good|R]’ rating.
N| Inspectors carried out their fieldwork between late [September|D] and early [October 2025|D], examining 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Frodsham|S] has a loyal and experienced workforce, but in case after case, information from the police and children’s services had not been requested, or had been requested and never chased.
S| “The unit’s work with people serving community sentences for drink-driving was impressive, and their completion rates were high.
R| “Leaders now need to make sure every practitioner has the time to do the basics well.”

W| Perpetrators of domestic abuse were rarely visited at home, the report says.
S| On a positive note, staff said their managers were approachable and that training had improved over the last year.

R| The report directs four recommendations at [Frodsham PDU|S] and two at [HMPPS|A].

N| [David Achebe|X], Regional Probation Director for the [North West region|S], said: “[Frodsham|S] is one of the units we have prioritised across the North West, and we accept the inspectorate’s findings in full.”

N| ENDS
"""),
    # 5. a Probation Trust in 2012, no rating: an older offender management inspection with percentage scores; an
    #    ordinal publication date; fieldwork "in July 2012"; recommendations in words
    ("keswick-and-cockermouth-probation-trust-2012", facts([
        svc("Keswick and Cockermouth Probation Trust", "Keswick and Cockermouth Probation Trust", "other", None)],
        "2012-11-21", "2012-07", 9),
     """N| Offender management in Keswick and Cockermouth: public protection work sound, but more attention needed on reducing reoffending

N| Published: [21st November 2012|D]

N| [HM Inspectorate of Probation|A] assessed [Keswick and Cockermouth Probation Trust|S] as part of its Offender Management Inspection programme, with fieldwork in [July 2012|D].
N| The inspectors examined 90 cases of people supervised by the Trust, as well as their records of contact.
S| Work to protect the public was done well enough in 78% of cases, which the inspectors regarded as a creditable result.
W| The score for reducing reoffending was lower, at 64%, and too many sentence plans had not been reviewed when circumstances changed.
S| Staff at the Trust were highly motivated and spoke warmly about the support they had from their managers.
W| Victims’ views were not always sought before decisions about licence conditions were made.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Keswick and Cockermouth|S] is a small Trust covering a large and sparsely populated area.
S| “Its staff can be proud, above all, of the way they protect the public.
R| “The Trust should now give the same priority to helping people to change.”

R| The report makes nine recommendations, which the Trust has accepted.

N| ENDS

N| Notes to editors
N| 1. The Trust supervises around 600 offenders in west and north Cumbria.
N| 2. The Trust employs around 40 staff.
"""),
    # 6. a CRC in 2019 owned by a named provider: the overall rating "sits at ‘...’ on the inspectorate’s four-point
    #    scale"; the two separately rated aspects in one sentence; the NPS division for the area as context; an ISO
    #    publication date in the notes; fieldwork "during April and May 2019"
    ("hitchin-and-royston-crc-2019", facts([
        svc("Hitchin and Royston Community Rehabilitation Company", "Hitchin and Royston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "through-the-gate services", "rating": INAD}])],
        "2019-08-14", "2019-04", 10),
     """N| Inspection of [Hitchin and Royston Community Rehabilitation Company|S]

N| [Sodexo Justice Services|A] runs [Hitchin and Royston Community Rehabilitation Company|S] (CRC), and [HM Inspectorate of Probation|A] examined its work during [April and May 2019|D].
N| Overall, [Hitchin and Royston CRC|S] sits at ‘[Requires improvement|R]’ on the inspectorate’s four-point scale.
W| Of the two areas of work that receive ratings of their own, unpaid work came out at ‘[Good|R]’ and through-the-gate services at ‘[Inadequate|R]’.
N| Higher-risk offenders in the area are supervised by the [National Probation Service – South East and Eastern Division|S], which this inspection did not cover.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at the CRC are committed, there is a clear plan, and unpaid work is well organised, with projects that local people value.
W| “But the resettlement help given to people leaving prison is poor: hardly anyone we followed had been helped to find a home or a job before release.
W| “Caseloads for some probation service officers exceeded 70, which is far too high for anyone to manage safely.”

S| Inspectors found that the CRC’s women’s centre offered a wide range of support, and women said they felt safe there.
W| Domestic abuse enquiries to the police and to children’s social care were missing from one case in three where they were needed.

R| The report makes 10 recommendations, for the CRC itself, for [Sodexo Justice Services|A] and for the [Ministry of Justice|A].

N| ENDS

N| Notes to editors
N| 1. Publication date: [2019-08-14|D].
N| 2. Community Rehabilitation Companies took over the supervision of low and medium-risk offenders in [February 2015|D].
"""),
    # 7. a youth offending team written out, in a Welsh local-news story: "handed the inspectorate’s lowest grade,
    #    ‘Inadequate’"; a byline date and "The report, published on Tuesday," (the Tuesday before the byline's
    #    Thursday); a bare "in September" for the fieldwork; the council's reply
    ("ammanford-yot-2018", facts([
        svc("Ammanford Youth Offending Team", "Ammanford YOT", "YJS", INAD)], "2018-12-11", "2018-09", 11),
     """N| [Ammanford youth offending service|S] handed lowest rating

N| By [Rhys Pritchard|X], local democracy reporter

N| [Thursday 13 December 2018|D]

N| Youth offending staff in Ammanford have been handed the inspectorate’s lowest grade, ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] sent its inspectors to [Ammanford Youth Offending Team|S] in [September|D].
R| The report, published on Tuesday, makes 11 recommendations.
W| It says that children on court orders were too often left for weeks without contact, and that two of the team’s three managers had left during the year.
W| Inspectors also found that the team’s management board had not met for five months.

W| HM Chief Inspector of Probation [Dame Glenys Stacey|X] said: “Children supervised by [Ammanford YOT|S] have not had the support that would keep them out of trouble.
R| “Leaders in the council and the partnership now have to move fast.”

S| The report did praise the team’s work with [Dyfed-Powys Police|A] on keeping children out of court, which it called “thoughtful and effective”.

N| A spokesperson for [Carmarthenshire County Council|A] said: “We accept the report and its recommendations, and an improvement plan is already under way.”
"""),
    # 8. a youth justice service on a GOV.UK page with its banner and update history: "now holds the top rating,
    #    ‘Outstanding’, two grades above the ‘...’ given to it when inspectors last came, in 2022" (the previous rating
    #    in the same sentence); fieldwork "between 1 and 5 December 2025"; "three recommendations" and their recipients
    ("mold-yjs-2026", facts([
        svc("Mold Youth Justice Service", "Mold YJS", "YJS", OUT)], "2026-03-04", "2025-12", 3),
     """N| We’d like to set additional cookies to understand how you use GOV.UK. Accept | Reject | View cookies

N| News story

N| [Mold youth justice service|S] rated [Outstanding|R]

N| A report on [Mold Youth Justice Service|S] in Flintshire has been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 March 2026|D]

N| Last updated [11 March 2026|D]

N| [Mold Youth Justice Service|S] now holds the top rating, ‘[Outstanding|R]’, two grades above the ‘[Requires improvement|R]’ given to it when inspectors last came, in [2022|D].
N| Inspectors were on site between [1 and 5 December 2025|D].
S| They found a service that had been rebuilt around the children it works with, with every child having a named worker who stayed with them from first contact until their sentence ended.
S| [Betsi Cadwaladr University Health Board|A] had agreed to complete speech and language assessments within a fortnight, and it did.
S| The service’s partnership board, chaired by a senior officer from [North Wales Police|A], challenged its members and followed up every action.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The turnaround at [Mold YJS|S] since our last visit is remarkable, and staff and leaders deserve real credit.
S| “Children said staff listened to them and that their case workers never gave up on them.”

R| There are three recommendations: two for the partnership board and one for [Flintshire County Council|A].

N| Updates to this page

N| Published [4 March 2026|D]
N| Last updated [11 March 2026|D] + show all updates
N| [11 March 2026|D]: Added the Welsh language version of the report.
N| [4 March 2026|D]: First published.
"""),
    # 9. a council page with a numeric "Posted:" date; the overall rating "Our X is ‘Good’, according to the report" in the council's voice; an
    #    aspect "rated on its own" in a separate sentence; no fieldwork month given; "five recommendations"
    ("seaham-yjs-2024", facts([
        svc("Seaham Youth Justice Service", "Seaham YJS", "YJS", GOOD,
            [{"aspect": "work with children in custody", "rating": RI}])], "2024-09-02", None, 5),
     """N| Youth justice inspection: ‘[Good|R]’ for [Seaham|S]

N| Posted: [02/09/2024|D]

N| Our [Seaham Youth Justice Service|S] is ‘[Good|R]’, according to the report [HM Inspectorate of Probation|A] issued today.
W| Our work with children in custody, which was rated on its own, received ‘[Requires improvement|R]’, and we are already acting on what inspectors told us.
S| The inspectors said our staff have a detailed understanding of each child and build strong, trusting relationships with them.
S| They highlighted our education team, who helped nearly four in five children into school, college or training.
W| They also said that we need to do more to check the quality of our plans for keeping other people safe, which were not always complete.

R| The report sets out five recommendations, which our partnership board will monitor.

N| Councillor [Maureen Castle|X], who leads on children’s services for [Durham County Council|A], said: “I want to thank everyone in the service for their hard work, and the children and families who spoke to the inspectors.”

N| [Seaham YJS|S] supports young people between 10 and 17 in the east of County Durham.
"""),
    # 10. a unit inside its region, the region named first with its regional rating; "assessed as ‘Good’"; the
    #     previous rating in the next sentence; an ordinal publication date with a weekday; fieldwork "in the first half
    #     of July 2025"; no recommendation count
    ("ilkley-pdu-2025", facts([
        svc("Ilkley Probation Delivery Unit", "Ilkley PDU", "PDU", GOOD)], "2025-11-05", "2025-07", None),
     """N| Inspectors praise turnaround at [Ilkley probation unit|S]

N| Report published: [Wednesday 5th November 2025|D]

N| [Yorkshire and the Humber|S] is a probation region with a regional rating of ‘[Requires improvement|R]’, but one of its units has now been assessed as ‘[Good|R]’: [Ilkley Probation Delivery Unit|S].
N| That is a step up for the unit, which inspectors had judged ‘[Requires improvement|R]’ in [2023|D].
N| The latest inspection took place in the first half of [July 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ilkley PDU|S] has done exactly what we asked of it two years ago.
S| “Risk assessments are now thorough, and managers check them.
W| “There is still more to do on getting people into work, where the unit relies on a single employment adviser shared with three other offices.”

S| Inspectors noted that every person released from prison in the sample had been seen on the day of release.
S| [Ilkley|S]’s practitioners also made good use of restorative justice, with six victims taking part in meetings in the past year.
N| The report sets out what the unit and the region should do next.

N| ENDS

N| Notes to editors
N| [Ilkley PDU|S] supervises about 700 people in the town and the villages nearby.
"""),
    # 11. two PDUs in Wales: the first rated by bare place, the second's previous rating in the same sentence as its
    #     current one ("Llangefni, which had been rated ‘Good’ in 2023, is now ‘...’"); the region with its own rating
    #     as context; "Published: 03.02.26"; fieldwork as two "w/c" dates, one per unit; the total and one unit's share
    ("holyhead-and-llangefni-pdus-2026", facts([
        svc("Holyhead Probation Delivery Unit", "Holyhead PDU", "PDU", INAD),
        svc("Llangefni Probation Delivery Unit", "Llangefni PDU", "PDU", RI)], "2026-02-03", "2025-09", 11),
     """N| Two probation units in north-west Wales inspected

N| Published: [03.02.26|D]

N| Today [HM Inspectorate of Probation|A] released separate reports on [Holyhead Probation Delivery Unit|S] and [Llangefni Probation Delivery Unit|S].
N| [Holyhead|S], inspected first, was judged ‘[Inadequate|R]’, and [Llangefni|S], which had been rated ‘[Good|R]’ in [2023|D], is now ‘[Requires improvement|R]’.
N| Both units belong to [Probation Service – Wales|S], whose regional rating of ‘[Requires improvement|R]’ dates from [2024|D].
N| Fieldwork: w/c [29 September 2025|D] (Holyhead) and w/c [6 October 2025|D] (Llangefni).

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Holyhead|S] had lost control of its workload: more than 200 cases were held by managers because there was no one else to take them.
W| “[Llangefni|S] is in a better position, but its standards have slipped since we last visited, particularly in managing sex offenders.”

S| Inspectors praised both units for offering appointments in Welsh to everyone who asked for them.
W| In Holyhead, fewer than half of the people released from prison had been seen on their first day in the community.
S| [Llangefni PDU|S] had a well-run partnership with [North Wales Police|A] on integrated offender management, and burglary reoffending in its area had fallen.

R| The two reports contain 11 recommendations, seven of which are for [Holyhead|S].

N| The Regional Probation Director for Wales, [Gwen Morgan|X], said: “We are disappointed by these findings and have moved additional staff to Holyhead while we recruit.”

N| ENDS

N| Notes to editors
N| 1. [Holyhead PDU|S] and [Llangefni PDU|S] together supervise around 900 people.
"""),
    # 12. a youth offending team written out, in a 2025 local-news story: the aspect rating first and the overall rating
    #     after it in one sentence; "Published: 12:05, 12 Mar 2025" and "Updated" lines; "in a report published
    #     yesterday (Tuesday)"; a year-less "in December" in a March story (the year before); six recommendations, four to one
    #     recipient
    ("horncastle-yot-2025", facts([
        svc("Horncastle Youth Offending Team", "Horncastle YOT", "YJS", INAD,
            [{"aspect": "out-of-court disposal work", "rating": GOOD}])], "2025-03-11", "2024-12", 6),
     """N| [Horncastle youth offending team|S] told it is failing children

N| By [Tom Hale|X]

N| Published: 12:05, [12 Mar 2025|D]

N| Updated: 16:40, [13 Mar 2025|D]

N| Although its out-of-court disposal work, which inspectors rate separately, was ‘[Good|R]’, [Horncastle Youth Offending Team|S] was given ‘[Inadequate|R]’ overall in a report published yesterday (Tuesday) by [HM Inspectorate of Probation|A].
N| Inspectors visited the team in [December|D], reading the files of 28 children and meeting their families.
W| They found that children serving court orders were not seen often enough, and that plans to keep them safe from exploitation were often missing altogether.
W| Half of the case manager posts were vacant or filled by agency staff.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The children supervised by [Horncastle YOT|S] are among the most vulnerable in the county, and too many of them have been let down.
S| “Its diversion work is good, and it shows what the team can do when it has the staff.”

R| Inspectors made six recommendations, four of them to the team’s management board.

N| A spokesperson for [Lincolnshire County Council|A] said an interim head of service was already in post and that the council would “read every word of the report”.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eleventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
