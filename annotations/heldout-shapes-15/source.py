"""Builds the fifteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two youth services of one county on the council's news page: "Posted on 5 March 2025"; "X was awarded ‘...’,
    #    and its neighbour, Y, received ‘...’"; fieldwork "between 11 and 22 November 2024"; the count split "six
    #    concerning Rawtenstall and three concerning Haslingden", the second service first
    ("haslingden-and-rawtenstall-yjs-2025", facts([
        svc("Haslingden Youth Justice Service", "Haslingden YJS", "YJS", GOOD),
        svc("Rawtenstall Youth Justice Service", "Rawtenstall YJS", "YJS", RI)], "2025-03-05", "2024-11", 9),
     """N| Youth justice inspections: results for our two services in Rossendale

N| Posted on [5 March 2025|D]

N| Both of the youth justice services that work with children in the Rossendale valley now have their [HM Inspectorate of Probation|A] reports.
N| [Haslingden Youth Justice Service|S] was awarded ‘[Good|R]’, and its neighbour, [Rawtenstall Youth Justice Service|S], received ‘[Requires improvement|R]’.
N| The inspection team was with the two services between [11 and 22 November 2024|D].

S| The inspectors singled out [Haslingden YJS|S] for how fast it found a trusted adult for every child who came through its door.
W| At [Rawtenstall YJS|S], by contrast, the reports describe case notes that were months behind and plans that children had never seen.
W| Both services struggled to get timely help from [CAMHS|A] for children waiting for a mental health assessment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Haslingden|S] is a small team that achieves far more than a team of its size has any right to.
W| “[Rawtenstall|S]’s staff care just as much, yet their managers have not given them the structure they need to do their best work.”

R| Nine recommendations are spread between the reports, six concerning [Rawtenstall|S] and three concerning [Haslingden|S].

N| County Councillor [Tom Aldridge|X], the lead for children at [Lancashire County Council|A], said: “We are grateful to the inspectors and will act on every point they have raised.”
"""),
    # 2. a Welsh council page, the date alone as "18/06/2024" (day/month/year): "Following its visit in February 2024,
    #    ... found that X was ‘...’"; a call with a shortcoming in so many words ("too often") in a quote
    ("llanidloes-yjs-2024", facts([
        svc("Llanidloes Youth Justice Service", "Llanidloes YJS", "YJS", GOOD)], "2024-06-18", "2024-02", 4),
     """N| Inspectors praise [Llanidloes Youth Justice Service|S]

N| [18/06/2024|D]

N| Following its visit in [February 2024|D], [His Majesty’s Inspectorate of Probation|A] found that [Llanidloes Youth Justice Service|S] was ‘[Good|R]’.
N| Run by [Powys County Council|A] with partners including [Dyfed-Powys Police|A] and [Powys Teaching Health Board|A], the service supports young people who have offended in the northern part of Powys.

S| Inspectors noted that every child had a named worker who could speak with them in Welsh or English, whichever they preferred.
S| They also highlighted the service’s use of outdoor activity programmes, which helped children rebuild relationships with their families.
W| Less positively, inspectors found that written plans to manage risk to others were thin in several cases.

S| In the report, [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in mid Wales are well served by a dedicated and creative team.
W| “Leaders must keep a closer watch on the quality of risk plans, which too often relied on what staff knew rather than what was written down.”

R| The inspectorate has made four recommendations to help the service build on its strengths.

N| Councillor [Sian Pugh|X], the cabinet lead for young people, said: “This reflects the hard work of our staff, and we are grateful to our partners.”
"""),
    # 3. a GOV.UK page: "has handed X the highest possible rating, ‘Outstanding’"; fieldwork "over the week of 13 May
    #    2024"; "Published 27 August 2024"; a single area for development; two recommendations
    ("bramhall-yjs-2024", facts([
        svc("Bramhall Youth Justice Service", "Bramhall YJS", "YJS", OUT)], "2024-08-27", "2024-05", 2),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice work in Bramhall

N| Inspectors award the top grade to a Greater Manchester youth justice service.

N| From: [HM Inspectorate of Probation|A]

N| Published [27 August 2024|D]

N| [HM Inspectorate of Probation|A] has handed [Bramhall Youth Justice Service|S] the highest possible rating, ‘[Outstanding|R]’.
N| An inspection team visited the service over the week of [13 May 2024|D].

S| Inspectors found that the service knew its children exceptionally well, and that assessments drew on the views of parents, teachers and the children themselves.
S| Partnership work with [Greater Manchester Police|A] and [Stockport Council|A]’s early help teams was described as seamless.
S| Every one of the children whose cases were examined had been offered a suitable education, training or employment place.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Seldom do we find a service where good practice runs through every case we read, but that is what we found in Bramhall.
S| “Its leaders have kept a relentless focus on the child, and its board asks hard questions of every partner.
S| “Staff at [Bramhall|S] have every reason to feel proud today.”

W| The report notes only one area for development: some children who had been victims of exploitation waited several weeks for specialist counselling.
R| Inspectors made two recommendations, directed respectively at the service’s own board and at [NHS Greater Manchester Integrated Care Board|A].

N| ENDS
"""),
    # 4. a local-news story: "The probation watchdog has handed X the lowest possible rating, ‘Inadequate’, in a report
    #    made public on Tuesday (11 February)" under a byline of Friday 14 February 2025; fieldwork "in November" (no
    #    year); "HMI Probation"; 11 recommendations in digits; the council's reply
    ("bacup-yjs-2025", facts([
        svc("Bacup Youth Justice Service", "Bacup YJS", "YJS", INAD)], "2025-02-11", "2024-11", 11),
     """N| Youth justice service in east Lancashire given bottom rating by inspectors

N| By [Graham Pilling|X]

N| [Friday 14 February 2025|D]

N| The probation watchdog has handed [Bacup Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’, in a report made public on Tuesday ([11 February|D]).
N| The inspection team from [HMI Probation|A] had carried out its visit in [November|D].

W| They found that children at risk of criminal exploitation were not being identified quickly enough, and that information from the police often sat unread for days.
W| In a number of cases, children who had been reported missing were not visited on their return.
W| Worryingly, when inspectors called, over a third of the case manager jobs were empty or covered by agency workers.
S| The report did credit the service for its work with victims, which it described as sensitive and well organised.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am deeply concerned about what we found in Bacup.
W| “Leaders have known about many of these problems for some time, yet too little has changed.
R| “The council and its partners need to act quickly and decisively.”

R| The report makes 11 recommendations, including that [Lancashire Constabulary|A] share intelligence about exploitation with the service within 24 hours.

N| A spokesperson for [Lancashire County Council|A] said: “We fully accept the findings and an improvement board has already met for the first time.”
"""),
    # 5. a justiceinspectorates news item: "Published: 10 Oct 2023" (abbreviated month); "Overall, the inspectors
    #    conclude, X ‘Requires improvement’" (the scale term as the verb phrase); the previous grade "Its previous
    #    report, from March 2021, had graded it ‘...’" beside; resettlement "which inspectors rated separately, was
    #    ‘Good’"; the headline's lower-case "Hessle youth justice service" and its "not yet ‘Good’"
    ("hessle-yjs-2023", facts([
        svc("Hessle Youth Justice Service", "Hessle YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-10-10", "2023-06", 6),
     """N| [Hessle youth justice service|S] improving, but not yet ‘[Good|R]’

N| Published: [10 Oct 2023|D]

N| Overall, the inspectors conclude, [Hessle Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Its previous report, from [March 2021|D], had graded it ‘[Inadequate|R]’.
S| The service’s resettlement work, which inspectors rated separately, was ‘[Good|R]’.
N| Inspectors spent two weeks of [June 2023|D] with the service on behalf of [His Majesty’s Inspectorate of Probation|A].

S| The report acknowledges that the service has come a long way since the last inspection: a newly appointed head of service has steadied the ship, and the management board now meets every month.
W| Nonetheless, inspectors found the quality of assessment was uneven, and children’s diversity needs were seldom explored in any depth.
W| Out-of-court work was weaker still, with decisions sometimes made before the service had assessed the child.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hessle|S] has turned a corner, and I want to recognise the effort that has gone into that.
W| “But there is more to do before children get a consistently good service, particularly those diverted from court.”

R| The report makes six recommendations to [Hessle YJS|S], its board, [East Riding of Yorkshire Council|A] and [Humberside Police|A].
"""),
    # 6. "has been assessed as ‘Good’ in the inspectorate’s report, which came out today (Thursday, 16 January)" with no
    #    year (the year from the fieldwork, "between 30 September and 4 October 2024"); the previous rating "Back in
    #    2021, when inspectors last came, ..." beside; hope with no action in a quote
    ("maghull-yjs-2025", facts([
        svc("Maghull Youth Justice Service", "Maghull YJS", "YJS", GOOD)], "2025-01-16", "2024-09", 5),
     """N| ‘[Good|R]’ verdict for youth justice in Maghull

N| [Maghull Youth Justice Service|S] has been assessed as ‘[Good|R]’ in the inspectorate’s report, which came out today ([Thursday, 16 January|D]).
N| Back in [2021|D], when inspectors last came, the service was given a ‘[Requires improvement|R]’ rating.
N| [HM Inspectorate of Probation|A]’s inspectors were on site between [30 September and 4 October 2024|D].

S| The report praises the strong relationships between case managers and children, many of whom said nobody had listened to them properly until their worker did.
S| Safety work with children was thorough, and the service made good use of [Merseyside Police|A]’s knowledge of local gangs.
W| Yet inspectors found that the health offer had gaps: there was no regular access to a speech and language therapist.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The progress since our last visit is striking.
S| “[Maghull|S] now has a settled team, good leadership and a board whose members turn up and follow through.
N| “I hope the service will use this report to keep improving.”

R| Five recommendations are made, two of which are for [Sefton Council|A].

N| ENDS

N| Notes to editors
N| 1. Each year about 120 children are supervised by [Maghull YJS|S].
"""),
    # 7. a 2016 joint inspection of a youth offending team written out, before ratings: the verdict without the name in
    #    the first sentence; "Thursday, 7th July 2016"; fieldwork "in March and April 2016"; bullet lists after "On the
    #    positive side, the inspectors found:" / "On the other hand, inspectors were worried that:"
    ("filey-yot-2016", facts([
        svc("Filey Youth Offending Team", "Filey YOT", "YJS", None)], "2016-07-07", "2016-03", 7),
     """N| Joint inspectors report on work with young offenders in Filey

N| [Thursday, 7th July 2016|D]

W| Youth offending work in Filey is getting better but is held back by weak management oversight, says a report out today from a team of inspectorates.
N| [HM Inspectorate of Probation|A] headed the inspection of [Filey Youth Offending Team|S] (YOT), joined by [Ofsted|A], [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A], in [March and April 2016|D].

N| On the positive side, the inspectors found:
S| • staff in the YOT were enthusiastic and knew the children well;
S| • reparation projects were imaginative and well supported by the local community;
S| • nearly every child was at school, at college or in work.

N| On the other hand, inspectors were worried that:
W| • when a child’s situation altered, the assessment of the danger to others was often left as it was;
W| • managers rarely checked the quality of case work;
W| • the YOT management board had not received reliable performance information for over a year.

W| [Paul Wilson|X], HM Chief Inspector of Probation, said: “The staff in [Filey YOT|S] are committed and they have good relationships with children, but the management of the YOT has not kept pace with them.
R| “The board must now give the service clear direction and hold its partners to account.”

R| The report makes seven recommendations, the bulk of which fall to the management board.
N| [North Yorkshire County Council|A], which hosts the YOT, promised an action plan within 28 days.

N| ENDS
"""),
    # 8. a Welsh youth service inspected with Estyn and Care Inspectorate Wales: "HMI Probation has judged X to be
    #    ‘...’"; resettlement "which is rated separately, was found to be ‘Inadequate’"; fieldwork "ran from 8 - 12 July
    #    2024" (spaced hyphen); "Online from 00.01, Thursday 21 November 2024, at ..." in the notes
    ("aberaeron-yjs-2024", facts([
        svc("Aberaeron Youth Justice Service", "Aberaeron YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-11-21", "2024-07", 6),
     """N| Inspectors find ‘a service in transition’ in Aberaeron

N| Working jointly with [Estyn|A] and [Care Inspectorate Wales|A], [HMI Probation|A] has judged [Aberaeron Youth Justice Service|S] to be ‘[Requires improvement|R]’.
W| Resettlement work, which is rated separately, was found to be ‘[Inadequate|R]’.
N| The inspection fieldwork ran from [8 - 12 July 2024|D].

S| The inspectors found a committed workforce with strong links to local schools, and most children were seen quickly after being sentenced.
S| Welsh language provision was a particular strength.
W| However, safety planning for children was too often generic, with the same actions copied from one child to another.
W| For the two children released from custody in the past year, accommodation was only confirmed on the day of release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is much to build on in Aberaeron, and its staff plainly want the best for every child on their books.
R| “However, the service must get a firmer grip on resettlement, so that no child leaves custody without somewhere safe to live.”

R| There are six recommendations: [Dyfed-Powys Police|A] and [Hywel Dda University Health Board|A] receive one apiece, and the other four go to the service and its board.

N| ENDS

N| Notes to editors
N| 1. Online from 00.01, [Thursday 21 November 2024|D], at justiceinspectorates.gov.uk/hmiprobation.
N| 2. [Aberaeron YJS|S] is part of [Ceredigion County Council|A]’s children’s services.
"""),
    # 9. a 2021 remote inspection, YOS and YOT switching: "X (YOS) ‘Requires improvement’, say the probation inspectors,
    #    who examined its work remotely in February 2021" (no verb before the rating); "Published: Tuesday, 8th June
    #    2021"; the previous rating beside; no count of recommendations, only the council's "work on its
    #    recommendations"
    ("prestwich-yos-2021", facts([
        svc("Prestwich Youth Offending Service", "Prestwich YOS", "YJS", RI)], "2021-06-08", "2021-02", None),
     """N| Inspection of youth offending services in Prestwich

N| Published: [Tuesday, 8th June 2021|D]

N| [Prestwich Youth Offending Service|S] (YOS) ‘[Requires improvement|R]’, say the probation inspectors, who examined its work remotely in [February 2021|D].
N| In [2019|D], the last time inspectors looked, the service was judged ‘[Good|R]’.
N| With coronavirus restrictions in force, [HM Inspectorate of Probation|A] held all its interviews by video and telephone.

S| The YOS had adapted quickly to the pandemic, keeping in touch with children through doorstep visits and video calls.
W| However, the handling of risk to the public was not consistent, and some children’s plans had not been updated for months.
W| The YOT management board, which includes [Bury Council|A] and [Greater Manchester Police|A], had not scrutinised the service’s performance closely enough.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Prestwich have worked hard in very difficult circumstances, but children are not yet getting a consistently good service.
N| “We will return to see what progress has been made.”

N| Cllr [Tamsin Lowe|X], cabinet member for children at [Bury Council|A], said that Bury accepted the report and that work on its recommendations was under way.
"""),
    # 10. a youth offending team in 2019 with a date line: "A ‘Good’ rating has gone to X, after ... came to inspect it
    #     in April 2019"; resettlement policy and provision "which has a rating of its own, reached ‘Outstanding’"; the
    #     headline gives both ratings after "Youth offending team in X"
    ("stalybridge-and-mossley-yot-2019", facts([
        svc("Stalybridge and Mossley Youth Offending Team", "Stalybridge and Mossley YOT", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2019-07-23", "2019-04", 3),
     """N| Youth offending team in Stalybridge and Mossley ‘[Good|R]’, with ‘[Outstanding|R]’ resettlement work

N| [23 July 2019|D]

N| A ‘[Good|R]’ rating has gone to [Stalybridge and Mossley Youth Offending Team|S], after [HM Inspectorate of Probation|A] came to inspect it in [April 2019|D].
S| Resettlement policy and provision, which has a rating of its own, reached ‘[Outstanding|R]’.

S| Inspectors highlighted the YOT’s work to prepare children for release, which began on the first day of their sentence and involved their families throughout.
S| The team’s partnership with [Tameside Metropolitan Borough Council|A]’s housing service meant that no child had been released without an address.
W| Some case managers, however, lacked confidence in working with children who had experienced trauma, and training in this area had been patchy.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stalybridge and Mossley YOT|S] should be very proud of its resettlement work, which sets a standard others could follow.
S| “Children described their case managers to us as reliable and fair.”

R| The inspectorate has made three recommendations, all addressed to the YOT’s management board.
"""),
    # 11. three PDUs on a GOV.UK page, named with their region in one sentence; the ratings as a bulleted list after
    #     "The units’ ratings are:"; fieldwork "in January and February 2025"; 14 recommendations, six for one unit and
    #     "a pair that HM Prison and Probation Service must pick up"
    ("cramlington-prudhoe-and-haltwhistle-pdus-2025", facts([
        svc("Cramlington Probation Delivery Unit", "Cramlington PDU", "PDU", RI),
        svc("Prudhoe Probation Delivery Unit", "Prudhoe PDU", "PDU", INAD),
        svc("Haltwhistle Probation Delivery Unit", "Haltwhistle PDU", "PDU", RI)], "2025-05-14", "2025-01", 14),
     """N| Press release

N| Three probation delivery units in Northumberland inspected

N| A trio of North East probation delivery units have now had their inspection findings made public.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2025|D]

N| Today [HM Inspectorate of Probation|A] publishes its reports on [Cramlington Probation Delivery Unit|S], [Prudhoe Probation Delivery Unit|S] and [Haltwhistle Probation Delivery Unit|S], all part of [Probation Service – North East region|S].
N| The inspections took place in [January and February 2025|D].
N| The units’ ratings are:
N| • [Cramlington PDU|S]: ‘[Requires improvement|R]’
N| • [Prudhoe PDU|S]: ‘[Inadequate|R]’
N| • [Haltwhistle PDU|S]: ‘[Requires improvement|R]’

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “All three units have too few probation officers for the work they hold, and [Prudhoe|S] has been hit hardest: at the time of our visit more than half of its officer posts were vacant.
W| “In Prudhoe, we read cases where men judged highly dangerous to others had gone months without anyone calling at their homes.
S| “[Cramlington|S] and [Haltwhistle|S] have held on to experienced middle managers, and that has protected the quality of their work with people convicted of domestic abuse.”

S| Inspectors commended staff in all three units for their commitment, often in very difficult circumstances.
W| Across the three units, sentence plans were sufficient in only 21 of the 61 cases inspected.
S| [Haltwhistle PDU|S]’s joint management of prolific offenders with [Northumbria Police|A] was singled out as a strength.

R| Across the three reports, inspectors make 14 recommendations, including six for [Prudhoe PDU|S] and a pair that [HM Prison and Probation Service|A] must pick up nationally.

N| [Ian Thornley|X], the region’s probation director, said: “Every finding is accepted, and recruitment for all three units is a priority for the region.”
"""),
    # 12. two PDUs in a news item with a date line: "X ended up on the bottom grade of four, ‘...’, while Y was placed
    #     one grade higher, at ‘...’"; "the Yorkshire and Humber region of the Probation Service" as context; "Even so,
    #     Hornsea had not done enough"; fieldwork "inspectors visited both in June 2024"
    ("pocklington-and-hornsea-pdus-2024", facts([
        svc("Pocklington Probation Delivery Unit", "Pocklington PDU", "PDU", INAD),
        svc("Hornsea Probation Delivery Unit", "Hornsea PDU", "PDU", RI)], "2024-10-02", "2024-06", 8),
     """N| Two probation units in East Yorkshire fall short

N| [2 October 2024|D]

N| Inspectors have reached their verdicts on two neighbouring East Riding probation delivery units.
N| [Pocklington Probation Delivery Unit|S] ended up on the bottom grade of four, ‘[Inadequate|R]’, while [Hornsea Probation Delivery Unit|S] was placed one grade higher, at ‘[Requires improvement|R]’.
N| The pair sit within the [Yorkshire and Humber region of the Probation Service|S]; inspectors visited both in [June 2024|D].

W| At [Pocklington PDU|S], nearly all case managers held more cases than the [Probation Service|A] regards as manageable.
W| Where police checks on domestic abuse were needed, fewer than half had been carried out.
S| [Hornsea PDU|S] was in a better position: its staff were experienced, and its work to help people into jobs and training was a clear strength.
W| Even so, [Hornsea|S] had not done enough to review risk when people’s circumstances changed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The picture in Pocklington is bleak, and the staff there deserve better support from the region.
R| “Regional leaders should make the unit an immediate priority and set out how they will bring caseloads down.”

R| Eight recommendations appear in the reports, five for [Pocklington PDU|S] and three for [Hornsea PDU|S].

N| [Humberside Police|A] and [East Riding of Yorkshire Council|A] were among the partners interviewed during the inspections.
"""),
    # 13. a unit inside its region, the region in the headline ("North West probation region: another PDU ‘...’")
    #     and first in the body, with the region's own earlier rating beside; a long name with a comma; "which ...
    #     judged to be ‘...’"; fieldwork "from 7 to 18 October 2024"; "Not to be reported before 00:01 on Tuesday 18
    #     March 2025" in the notes; the region as a recipient
    ("lytham-poulton-and-garstang-pdu-2025", facts([
        svc("Lytham, Poulton and Garstang Probation Delivery Unit", "Lytham, Poulton and Garstang PDU", "PDU", RI)],
        "2025-03-18", "2024-10", 6),
     """N| [North West probation region|S]: another PDU ‘[Requires improvement|R]’

N| The [Probation Service – North West region|S] has received the findings of the inspection of [Lytham, Poulton and Garstang Probation Delivery Unit|S], which [HM Inspectorate of Probation|A] judged to be ‘[Requires improvement|R]’.
N| The region’s own inspection, in [2023|D], ended with ‘[Requires improvement|R]’.
N| Inspectors were in the unit from [7 to 18 October 2024|D].

S| The unit’s leaders were visible and well regarded, and practitioners found it easy to approach their managers.
S| Inspectors also saw effective joint work with [Lancashire Constabulary|A] to manage people considered a danger to children.
W| However, harm had been properly assessed in only 24 of the 46 cases inspected.
W| Over 40,000 hours of unpaid work were waiting to be done, and some people had waited over a year to start their placements.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in this unit work hard and care about getting things right.
W| “But until risk assessments are done properly in every case, the public cannot be confident that they are being protected.”

R| Inspectors make six recommendations, of which the [North West region|S] must take forward two and the PDU four.

N| ENDS

N| Notes to editors
N| 1. Not to be reported before 00:01 on [Tuesday 18 March 2025|D].
N| 2. [Lytham, Poulton and Garstang PDU|S] has a caseload of roughly 1,300 across the west of Lancashire.
"""),
    # 14. a Welsh PDU in "Probation Service – Wales": "sits on the inspectorate’s lowest rung, with a rating of
    #     ‘Inadequate’"; a sibling unit's earlier rating beside ("came away with ‘...’ from its own inspection in 2023":
    #     not an aspect, not a service of this release); fieldwork "in the first two weeks of February 2024";
    #     "Publication of the report: 25 June 2024" in the notes
    ("abertillery-pdu-2024", facts([
        svc("Abertillery Probation Delivery Unit", "Abertillery PDU", "PDU", INAD)], "2024-06-25", "2024-02", 7),
     """N| ‘[Inadequate|R]’ rating for probation unit in Blaenau Gwent

N| After its latest inspection, [Abertillery Probation Delivery Unit|S], in [Probation Service – Wales|S], sits on the inspectorate’s lowest rung, with a rating of ‘[Inadequate|R]’.
N| Another Welsh unit, [Treorchy PDU|S], came away with ‘[Requires improvement|R]’ from its own inspection in [2023|D].
N| [HM Inspectorate of Probation|A] completed its fieldwork in the first two weeks of [February 2024|D].

W| Inspectors found a unit where staff shortages had reached crisis point: nearly 40 per cent of the probation officer jobs had nobody in them.
W| Much of the work to protect children and partners of people on probation was not being done, and home visits had almost stopped.
S| There were some bright spots, including a well-run women’s centre and strong links with [Gwent Police|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people of Abertillery deserve a probation service that keeps them safe, and at present they do not have one.
R| “[HM Prison and Probation Service|A] must send this unit the people and backing it needs, without delay.”

R| Seven recommendations have been made; the national body, [HMPPS|A], is asked to act on two, and the unit and its region on five.
N| [Aneurin Bevan University Health Board|A] and [Blaenau Gwent County Borough Council|A] were among the partners who spoke to inspectors.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: [25 June 2024|D].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating ("This inspection programme does not give
    #     ratings"), "Skip to content", "Context" and "Findings" bullets; "Published: 10 February 2026"; "the Probation
    #     Service in Yorkshire and the Humber" as context; fieldwork "during October 2025"; a head of service appointed
    #     in 2025
    ("easingwold-pdu-2026", facts([
        svc("Easingwold Probation Delivery Unit", "Easingwold PDU", "PDU", None)], "2026-02-10", "2025-10", 4),
     """N| Skip to content

N| Public protection work in Easingwold: what inspectors found

N| Published: [10 February 2026|D]

N| A new [HM Inspectorate of Probation|A] report looks at public protection work at [Easingwold Probation Delivery Unit|S], a unit in the [Probation Service|A] in Yorkshire and the Humber.
N| Inspectors examined cases and interviewed staff during [October 2025|D].
N| This inspection programme does not give ratings.

N| Context
N| • [Easingwold PDU|S] covers a largely rural part of North Yorkshire, with a caseload of about 700 people.
N| • The unit had a new head of service, appointed in the summer of [2025|D].

N| Findings
S| • Staff had a good grasp of the danger their cases could pose, and risk assessments were mostly of a high standard.
S| • [MAPPA|A] meetings were well run, and [North Yorkshire Police|A] attended every one.
W| • In one case out of three where it was needed, nobody had asked children’s social care for what it knew.
W| • Too few practitioners had received training in working with people convicted of stalking.

R| The report sets out four recommendations for the unit and the region.
"""),
    # 16. a Probation Trust in 2012, before ratings: the chief inspector's verdict in reported speech in the first
    #     sentence; percentage scores as a bulleted list; fieldwork "visited the Trust in July 2012"; "ten" alone;
    #     "Publication day: Tuesday 20 November 2012" in the notes
    ("egremont-and-millom-probation-trust-2012", facts([
        svc("Egremont and Millom Probation Trust", "Egremont and Millom Probation Trust", "other", None)],
        "2012-11-20", "2012-07", 10),
     """N| Offender management inspection: public protection in west Cumbria ‘needs more attention’

W| [Egremont and Millom Probation Trust|S] delivers much of its work to a reasonable standard, but keeping the public safe from harm is not yet done well enough, [Liz Calderbank|X], HM Chief Inspector of Probation, said today on publishing the report.
N| Inspectors visited the Trust in [July 2012|D] and examined 90 cases.

N| The Trust’s scores were as follows:
S| • cutting the chance of reoffending scored 71%, a reasonable result;
W| • protecting the public scored only 58%;
S| • making sure the sentence was served scored a creditable 83%.

S| Inspectors found that offender managers were knowledgeable about their cases and had good links with [Cumbria Constabulary|A].
W| But plans for handling dangerous offenders were often poor, and too few cases involving children were discussed with social services.

S| Ms Calderbank added: “Here is a small Trust serving a wide area, and its staff are clearly committed to their work.
R| “Managers should now concentrate on improving the quality of risk of harm work.”

R| The report contains ten recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication day: [Tuesday 20 November 2012|D].
"""),
    # 17. a CRC in 2017, before ratings, owned by a named provider, inspected beside the NPS: no overall rating; the
    #     verdict without the name first; the provider and the ministry told to act; a date line "Thursday 9 November
    #     2017"; fieldwork "In June 2017 inspectors examined ..."
    ("wombwell-and-hoyland-crc-2017", facts([
        svc("Wombwell and Hoyland Community Rehabilitation Company", "Wombwell and Hoyland CRC", "CRC", None)],
        "2017-11-09", "2017-06", 6),
     """N| Probation in Barnsley: inspectors find work ‘falling short’

N| [Thursday 9 November 2017|D]

W| Probation in Wombwell and Hoyland is falling short of what is needed to cut reoffending, [HMI Probation|A] reports.
N| In [June 2017|D] inspectors examined [Wombwell and Hoyland Community Rehabilitation Company|S] (CRC), a [Sodexo Justice Services|A] company, alongside the [National Probation Service|A] in the area.

W| The CRC had cut its staff numbers sharply, and many of the staff still in post held caseloads of more than 80.
W| People under its supervision were often seen in open-plan booths where private conversations were impossible.
S| The [NPS|A], by contrast, gave magistrates sound advice and allocated cases quickly.
S| Inspectors were impressed by the CRC’s unpaid work, where placements were varied and well supervised.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “I recognise the efforts of individual staff, but the CRC’s operating model is simply not delivering what is needed.
R| “[Sodexo|A] and the [Ministry of Justice|A] need to look again at whether the model is sustainable.”

R| Of the six recommendations, the CRC is to act on four and the [NPS|A] on the remaining two.
N| [South Yorkshire Police|A] and [Barnsley Council|A] also contributed to the inspection.
"""),
    # 18. an NPS division in 2019: "X needs to improve, say the probation inspectors, whose overall assessment of the
    #     division is ‘...’"; fieldwork "ran from 16 to 27 September 2019"; "Report published: Tuesday 10 December 2019"
    #     in the notes; the short form "NPS Ponteland and Rothbury"
    ("ponteland-and-rothbury-nps-division-2019", facts([
        svc("National Probation Service – Ponteland and Rothbury Division", "NPS Ponteland and Rothbury", "region", RI)],
        "2019-12-10", "2019-09", 5),
     """N| Probation division in Northumberland ‘must improve its work on risk’

N| [National Probation Service – Ponteland and Rothbury Division|S] needs to improve, say the probation inspectors, whose overall assessment of the division is ‘[Requires improvement|R]’.
N| The [HM Inspectorate of Probation|A] fieldwork in the division ran from [16 to 27 September 2019|D].

S| [NPS Ponteland and Rothbury|S] delivered a reliable service to the courts, and its reports were timely and well informed.
S| Staff were positive about their managers and the training on offer.
W| However, the division did not always identify risks to children, and only half of its cases had a risk management plan of sufficient quality.
W| Arrangements for people released from prison were rushed: licence conditions were sometimes set before the police or social workers had been consulted.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division has good foundations, but too many cases lacked the attention to risk that we would expect.
R| “Leaders must see to it that each case is properly assessed and reviewed, especially where children may be at risk.”

R| There are five recommendations in the report, one of them asking [Northumbria Police|A] to share information faster.

N| ENDS

N| Notes to editors
N| 1. Report published: [Tuesday 10 December 2019|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
