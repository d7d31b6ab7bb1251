"""Builds the twenty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Tyneside PDUs on a GOV.UK page, "the Probation Service’s North East region" before the units: "The
    #    verdict for X is ‘...’; Y and Z each sit at ‘...’"; "between 15 and 26 January 2024"; ten recommendations "four
    #    for X and three each for Y and Z"; the regional director's reply
    ("wallsend-gosforth-and-whickham-pdus-2024", facts([
        svc("Wallsend Probation Delivery Unit", "Wallsend PDU", "PDU", RI),
        svc("Gosforth Probation Delivery Unit", "Gosforth PDU", "PDU", INAD),
        svc("Whickham Probation Delivery Unit", "Whickham PDU", "PDU", RI)], "2024-06-04", "2024-01", 10),
     """N| Press release

N| Inspection reports on three probation units on Tyneside published

N| Probation work in Wallsend, Gosforth and Whickham is assessed in three linked reports.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 June 2024|D]

N| Three probation delivery units from the [Probation Service|A]’s [North East region|S] were inspected side by side: [Wallsend Probation Delivery Unit|S], [Gosforth Probation Delivery Unit|S] and [Whickham Probation Delivery Unit|S].
N| The verdict for [Gosforth|S] is ‘[Inadequate|R]’; [Wallsend|S] and [Whickham|S] each sit at ‘[Requires improvement|R]’.
N| Inspection teams visited the units between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gosforth|S] has been kept going by goodwill for far too long: close to half of the probation officer jobs there were covered by agency workers or vacant.
S| “By contrast, leaders in Wallsend and Whickham have held their teams together and have a realistic sense of what needs fixing.”

S| In [Whickham PDU|S], a link with [Gateshead Council|A]’s housing team meant that almost nobody left prison homeless.
W| In each unit, enquiries to [Northumbria Police|A] about domestic abuse call-outs appeared in fewer than half the files where they were needed.
W| [Wallsend|S]’s unpaid work team was carrying a backlog of more than 20,000 hours.

R| Ten recommendations are made across the reports: four for [Gosforth|S] and three each for [Wallsend|S] and [Whickham|S].

N| [Helen Crossthwaite|X], the region’s probation director, responded: “We accept each recommendation, and extra staff have already been moved into Gosforth.”
"""),
    # 2. two youth justice services in a local-news story: the reports "came out on Tuesday (14 November)" under a
    #    byline of Friday 17 November 2023; "give X a ‘...’ and leave Y on ‘...’", in the other order from the one they
    #    were first named in; "Inspectors who looked at X and Y in June 2023"; "Five of the eight recommendations are
    #    directed to ..."
    ("brighouse-and-sowerby-bridge-yjs-2023", facts([
        svc("Brighouse Youth Justice Service", "Brighouse YJS", "YJS", RI),
        svc("Sowerby Bridge Youth Justice Service", "Sowerby Bridge YJS", "YJS", GOOD)], "2023-11-14", "2023-06", 8),
     """N| Contrasting verdicts for two youth justice teams in Calderdale

N| By [Hannah Wrigglesworth|X], local democracy reporter

N| [Friday 17 November 2023|D]

N| Inspectors who looked at [Brighouse Youth Justice Service|S] and [Sowerby Bridge Youth Justice Service|S] in [June 2023|D] have come to different conclusions about the two teams.
N| Their reports, which came out on Tuesday ([14 November|D]), give [Sowerby Bridge|S] a ‘[Good|R]’ and leave [Brighouse|S] on ‘[Requires improvement|R]’.

S| [HM Inspectorate of Probation|A] said [Sowerby Bridge|S]’s case managers were skilled at getting children back into education and kept in close touch with their families.
S| The watchdog also singled out a mentoring project run with a local rugby league club, which children described as “the best bit of the week”.
W| In [Brighouse YJS|S], though, too many assessments were out of date, and some children who had been exploited had not been referred to the [Multi-Agency Safeguarding Hub|A].
W| Staff at [Brighouse|S] told inspectors they had been without a permanent manager since the spring.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sowerby Bridge|S] has earned the trust of its children, and that counts for a great deal.
R| “[Brighouse|S] now needs a stable leadership team and a clear plan to bring every assessment up to date.”

R| Five of the eight recommendations are directed to [Brighouse|S], the other three to [Sowerby Bridge|S].

N| A spokesperson for [Calderdale Council|A] said the council was “already acting” on both reports.
"""),
    # 3. two PDUs in a justiceinspectorates news item, their region ("Yorkshire and the Humber region") only in the
    #    notes: "X has been placed in the bottom grade, ‘...’, while Y was assessed as ‘...’"; "Published: 26 Sep 2023";
    #    fieldwork "10 - 19 May 2023"; "Mr Jones continued"; "Nine recommendations are made in total, two of them
    #    addressed to HMPPS"
    ("cottingham-and-stainforth-pdus-2023", facts([
        svc("Cottingham Probation Delivery Unit", "Cottingham PDU", "PDU", INAD),
        svc("Stainforth Probation Delivery Unit", "Stainforth PDU", "PDU", RI)], "2023-09-26", "2023-05", 9),
     """N| News

N| Probation inspection: ‘serious concerns’ about one of two units in Yorkshire

N| Published: [26 Sep 2023|D]

N| [HM Inspectorate of Probation|A] today set out what it found in two probation units in Yorkshire: [Cottingham Probation Delivery Unit|S], which serves part of the East Riding, and [Stainforth Probation Delivery Unit|S], north-east of Doncaster.
N| [Cottingham|S] has been placed in the bottom grade, ‘[Inadequate|R]’, while [Stainforth|S] was assessed as ‘[Requires improvement|R]’.
N| Fieldwork was carried out [10 - 19 May 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Cottingham, we found practitioners managing 70 or more cases apiece, and too few of those cases had any plan for the risk to children.
S| “[Stainforth|S] is in a steadier position, with a settled staff group and managers who look closely at how good the work is.”

W| Mr Jones continued: “Even so, neither unit was doing enough to check whether the people it supervised had been involved in domestic abuse.”

S| Inspectors commended [Stainforth PDU|S]’s links with [City of Doncaster Council|A]’s substance misuse services, which meant that people were usually seen for treatment within a fortnight.
W| Unfortunately, [Cottingham PDU|S] had lost nearly all of its experienced senior probation officers in the year before the inspection.

R| Nine recommendations are made in total, two of them addressed to [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. [Cottingham PDU|S] and [Stainforth PDU|S] belong to [Yorkshire and the Humber region|S]; its director has promised a recovery plan for Cottingham.
"""),
    # 4. a unit inside its region, the region in the headline ("North East probation region: ...") and named before the
    #    unit in the first sentence: "One of the units making up Y, X, has been found ‘...’"; the region's earlier
    #    rating as context ("last visited by inspectors in 2022, was then rated ‘...’"); "Mr Jones continued"; fieldwork
    #    "in March 2024"; the notes' "Not to be published before Thursday 11 July 2024, 00.01"
    ("birtley-pdu-2024", facts([
        svc("Birtley Probation Delivery Unit", "Birtley PDU", "PDU", INAD)], "2024-07-11", "2024-03", 7),
     """N| [North East probation region|S]: alarm raised over [Birtley unit|S]

N| One of the units making up [Probation Service – North East region|S], [Birtley Probation Delivery Unit|S], has been found ‘[Inadequate|R]’ by inspectors from [HMI Probation|A].
N| The unit has not been inspected on its own before; the region, last visited by inspectors in [2022|D], was then rated ‘[Requires improvement|R]’.
N| Inspectors read 52 cases and held interviews with staff and partners in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Birtley|S] is a unit whose staff are doing their best but have been set up to fail.
W| “Caseloads were far too high, newly qualified officers were holding some of the most complex cases, and sickness absence had reached one working day in every ten.”

W| Mr Jones continued: “Across most of the cases we examined, no one had asked what contact the person had with children.”

S| Inspectors nonetheless noted some bright spots, among them a women’s group, run jointly with a local charity, that was well attended and highly valued.
W| Information from [Gateshead Council|A]’s children’s services reached probation officers late or not at all.

R| Seven recommendations are made; the unit must take forward four of them and the region three.

N| ENDS

N| Notes to editors
N| 1. Not to be published before [Thursday 11 July 2024|D], 00.01.
N| 2. [Birtley PDU|S] supervises about 850 people living in the southern part of Gateshead.
"""),
    # 5. a unit inside its region in a local-news story: the headline's lower-case "Guiseley probation team"; "In its
    #    report, out today (Wednesday, 5 March), ... says X ‘...’" (no year: 2025, the year whose 5 March is a
    #    Wednesday; the fieldwork was in November 2024); "Guiseley is among the smaller units of Yorkshire and the
    #    Humber region’s probation network"; "in just 19 of the 44"; "I urge the region to ..."
    ("guiseley-pdu-2025", facts([
        svc("Guiseley Probation Delivery Unit", "Guiseley PDU", "PDU", RI)], "2025-03-05", "2024-11", 6),
     """N| [Guiseley probation team|S] told it must raise its game

N| By [Tom Illingworth|X]

N| In its report, out today ([Wednesday, 5 March|D]), [HM Inspectorate of Probation|A] says [Guiseley Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| [Guiseley|S] is among the smaller units of [Yorkshire and the Humber region|S]’s probation network, covering the north-west edge of Leeds.
N| The inspection team, visiting in [November 2024|D], read 44 case files.

S| Positively, most people on probation were seen soon after they were sentenced, and first appointments were rarely missed.
S| The unit’s work with [West Yorkshire Police|A] on managing sex offenders stood out as a particular strength.
W| However, plans to keep partners and children safe were good enough in just 19 of the 44 cases.
W| Practitioners told inspectors that training had been cancelled again and again because of staff shortages.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “While [Guiseley|S]’s staff plainly care about those they supervise, protecting others is too often left to chance.
R| “I urge the region to give the unit the experienced managers it needs.”

R| Six recommendations follow, among them that the unit should check children’s social care records from the first day of every case.
"""),
    # 6. a Probation Trust in 2012, before ratings: percentage scores, "On the plus side, inspectors found that:" /
    #    "Areas for improvement included that:" bullet lists; a headline with a colon and no rating; "Tuesday 20th March
    #    2012" above "out today"; fieldwork "in October and November 2011"; eight recommendations
    ("saltburn-and-loftus-probation-trust-2012", facts([
        svc("Saltburn and Loftus Probation Trust", "Saltburn and Loftus Probation Trust", "other", None)],
        "2012-03-20", "2011-10", 8),
     """N| Inspection of [Saltburn and Loftus Probation Trust|S]: report published

N| [Tuesday 20th March 2012|D]

W| The [Saltburn and Loftus Probation Trust|S] does a sound job of cutting reoffending, but it is less sure-footed on public protection, says an [HMI Probation|A] report out today.
N| This was an Offender Management Inspection, and inspectors visited in [October and November 2011|D].

S| For cutting the chance of reoffending the Trust scored 71%, and for seeing that sentences were served as the court intended, 78%.
W| Its public protection score trailed behind, at 63%.

N| On the plus side, inspectors found that:
S| • offender managers had a detailed grasp of their cases and got on well with the people they supervised;
S| • the Trust’s joint work with [Cleveland Police|A] on prolific offenders was effective;
S| • programmes for drink-impaired drivers were well run and started promptly.

N| Areas for improvement included that:
W| • harm assessments were frequently overdue, or not updated when things changed;
W| • home visits to offenders convicted of domestic violence were rarely carried out.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Here is a Trust whose staff are committed and understand the people in their care.
R| “Public protection now has to be given as much weight as reducing reoffending.”

R| The report lists eight recommendations, some for the Trust and some for its partner agencies.
"""),
    # 7. a CRC in 2019 owned by a named provider, an embargo line: "has been judged ‘...’ overall"; two aspects each
    #    "graded on its own" (unpaid work ‘Good’, Through the Gate ‘Inadequate’); "The inspectors’ fieldwork was done in
    #    May 2019"; the provider's reply
    ("eston-and-ormesby-crc-2019", facts([
        svc("Eston and Ormesby Community Rehabilitation Company", "Eston and Ormesby CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2019-10-08", "2019-05", 7),
     """N| Embargo: 00.01 [Tuesday 8 October 2019|D]

N| Probation company in Teesside told to improve

N| [Eston and Ormesby Community Rehabilitation Company|S] (CRC) has been judged ‘[Requires improvement|R]’ overall by [HMI Probation|A]; the company is owned by [Sodexo Justice Services|A].
S| Unpaid work was inspected and graded on its own, and here inspectors awarded ‘[Good|R]’.
W| The CRC’s Through the Gate resettlement work, also graded on its own, came out as ‘[Inadequate|R]’.
N| The inspectors’ fieldwork was done in [May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This CRC runs unpaid work well: placements are meaningful, and people finish their hours without long waits.
W| “Yet for people leaving prison the picture is bleak – few had help with housing, and resettlement plans were often little more than a form filled in.”

W| Inspectors were concerned that staff in the CRC held an average caseload of 72, and that the quality of supervision varied from one office to another.
S| Provision for women under supervision was a notable strength, with a dedicated women’s team based in Middlesbrough.

R| Of the report’s seven recommendations, five are for the CRC and [Sodexo|A] and two for [HMPPS|A].

N| Responding, a spokesperson for [Sodexo Justice Services|A] said the company was pleased that inspectors had recognised its unpaid work.
"""),
    # 8. an NPS division in 2019: "Inspectors have found X to be ‘...’ overall"; advice to court "which carries a
    #    separate rating, reached ‘...’"; "Published: 07 Nov 2019"; fieldwork "in June and July 2019"; the short "NPS
    #    Wath and Rawmarsh"; "should be proud"; five recommendations
    ("wath-and-rawmarsh-nps-division-2019", facts([
        svc("National Probation Service – Wath and Rawmarsh Division", "NPS Wath and Rawmarsh", "region", GOOD,
            [{"aspect": "advice to court", "rating": OUT}])], "2019-11-07", "2019-06", 5),
     """N| ‘[Good|R]’ verdict for probation division in South Yorkshire

N| Published: [07 Nov 2019|D]

N| Inspectors have found the [National Probation Service – Wath and Rawmarsh Division|S] to be ‘[Good|R]’ overall.
S| Advice to court, which carries a separate rating, reached ‘[Outstanding|R]’.
N| Inspectors examined 120 cases during fieldwork in [June and July 2019|D].

S| Inspectors praised the division’s leaders for a clear strategy and for keeping vacancies low.
S| Victims were contacted promptly, and the victim liaison service was well regarded by those who used it.
W| However, risk was too rarely reviewed for domestic abuse perpetrators whose circumstances had changed.
W| Handovers to the local Community Rehabilitation Company were sometimes slow, and information was lost along the way.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Wath and Rawmarsh|S] should be proud of what it has achieved, particularly its excellent work for the courts.
R| “Its leaders should now make reviewing risk a routine part of every case.”

R| The division receives three of the five recommendations, and [HMPPS|A] the remaining two.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: "which led the joint
    #    inspection"; "Date: 15/09/2016" (day/month/year); "the team, which visited in June 2016"; bullet lists after
    #    "The inspection found that:" / "Inspectors were, however, worried that:"; the council's reply
    ("marske-and-skelton-yot-2016", facts([
        svc("Marske and Skelton Youth Offending Team", "Marske and Skelton YOT", "YJS", None)], "2016-09-15", "2016-06", 6),
     """N| Youth Offending Team inspection – council statement

N| Date: [15/09/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A], which led the joint inspection, published its report on [Marske and Skelton Youth Offending Team|S] (YOT) today.
N| Colleagues from [Ofsted|A] and from the [Care Quality Commission|A] joined the team, which visited in [June 2016|D].

N| The inspection found that:
S| • children were seen soon after being sentenced, and case managers knew them well;
S| • the YOT and [Cleveland Police|A] worked closely to keep children out of court.

N| Inspectors were, however, worried that:
W| • too little attention went on the danger some children posed to other people;
W| • board members lacked the information they needed to judge how good the YOT’s work was.

W| Overall, inspectors judged public protection work “not good enough”.

R| Of six recommendations, most are for the management board.

N| Councillor [Ann Prendergast|X], cabinet member for children at [Redcar and Cleveland Borough Council|A], said: “Thank you to the inspectors; the YOT is already working through an action plan.”
"""),
    # 10. a Youth Offending Service in 2020: "X (YOS) is ‘...’, the highest grade available, say inspectors"; "Thursday,
    #     23rd January 2020"; fieldwork "the week beginning 14 October 2019"; a verb-less headline with no place name;
    #     the four-point-scale note
    ("kippax-yos-2020", facts([
        svc("Kippax Youth Offending Service", "Kippax YOS", "YJS", OUT)], "2020-01-23", "2019-10", 3),
     """N| Top marks for youth offending service east of Leeds

N| [Thursday, 23rd January 2020|D]

N| [Kippax Youth Offending Service|S] (YOS) is ‘[Outstanding|R]’, the highest grade available, say inspectors from [HMI Probation|A].
N| Inspectors spent the week beginning [14 October 2019|D] with the service.

S| Each child in the inspected sample had helped write their own plan.
S| The YOS’s work with [Leeds City Council|A]’s education team meant that almost every child was in education, training or a job.
S| Out-of-court disposals were handled with particular care, and many children diverted from court went on to stay out of trouble.
W| Inspectors’ one reservation concerned how slowly information reached the local [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kippax|S] stands out.
S| “Its practitioners never lose sight of the child, and the management board asks searching questions of them.”

R| There are just three recommendations.

N| ENDS

N| Notes to editors
N| 1. The grades run upwards from ‘[Inadequate|R]’ to ‘[Requires improvement|R]’, ‘[Good|R]’ and, at the top, ‘[Outstanding|R]’.
"""),
    # 11. "X is now ‘...’; three years earlier, in 2019, inspectors had settled on ‘...’" (overall and previous in one
    #     sentence); resettlement "rated in its own right, was placed at ‘...’"; "Published: 19 Jul 2022"; fieldwork "in
    #     March 2022"; five recommendations, one for the police
    ("armthorpe-yjs-2022", facts([
        svc("Armthorpe Youth Justice Service", "Armthorpe YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-07-19", "2022-03", 5),
     """N| [Armthorpe youth justice|S] moves up a grade

N| Published: [19 Jul 2022|D]

N| [Armthorpe Youth Justice Service|S] is now ‘[Good|R]’; three years earlier, in [2019|D], inspectors had settled on ‘[Requires improvement|R]’.
W| Resettlement, rated in its own right, was placed at ‘[Requires improvement|R]’.
N| Inspectors carried out the inspection in [March 2022|D].

S| Every recommendation left by the previous inspection had been put into practice, and partners now came to board meetings.
S| Inspectors were impressed by the team’s speech and language therapist, who screened every child soon after they came into contact with the service.
W| Children leaving custody, though, did not always have a confirmed address until the last day or two before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Armthorpe|S] has turned itself around in three years, and its staff deserve credit for that.
R| “Children coming out of custody deserve the same certainty that others already get, and the partnership should now provide it.”

R| Of five recommendations, four concern the service and one [South Yorkshire Police|A].
"""),
    # 12. a council page: a bare "08/10/2024" date line; "has today received HMI Probation’s report on X, which is
    #     assessed as ‘...’"; "Its previous rating, ‘...’, dates from a report issued in March 2021"; "Inspectors were
    #     on site 17 - 21 June 2024"; eleven recommendations; the director's apology and promise
    ("dinnington-yjs-2024", facts([
        svc("Dinnington Youth Justice Service", "Dinnington YJS", "YJS", INAD)], "2024-10-08", "2024-06", 11),
     """N| Council responds to youth justice inspection

N| [08/10/2024|D]

N| [Rotherham Metropolitan Borough Council|A] has today received [HMI Probation|A]’s report on [Dinnington Youth Justice Service|S], which is assessed as ‘[Inadequate|R]’.
N| Its previous rating, ‘[Requires improvement|R]’, dates from a report issued in [March 2021|D].
N| Inspectors were on site [17 - 21 June 2024|D].

W| Inspectors found that managers had little real idea how good the work was, and that audits had been halted for much of the past year.
W| They reported too that children being drawn into criminal exploitation were sometimes spotted too late.
S| Inspectors did recognise the bond case workers had built with children, as well as the service’s support for victims.
W| Disappointingly, the management board had not challenged the service about rising caseloads.

R| Eleven recommendations are made; nine are addressed to the service together with its partnership board, and two to [South Yorkshire Police|A].

N| [Paul Hadfield|X], Strategic Director of Children and Young People’s Services, said: “We apologise to children and families for falling short, and we accept the findings in full.
N| “A new head of service started in September, and an improvement plan will go to Cabinet next month.”
"""),
    # 13. a local-news story with a byline of Thursday 15 May 2025 and the report's day in the text ("The report itself
    #     appeared on 13 May 2025"): "has received the top rating of ‘...’ ..., following an inspection in January
    #     2025"; encouragement with no finding; the council's reply
    ("whitburn-yjs-2025", facts([
        svc("Whitburn Youth Justice Service", "Whitburn YJS", "YJS", OUT)], "2025-05-13", "2025-01", 4),
     """N| Coastal youth team among the best in the country, says watchdog

N| By [Ruth Annesley|X]

N| [Thursday 15 May 2025|D]

N| [Whitburn Youth Justice Service|S] has received the top rating of ‘[Outstanding|R]’ from [HM Inspectorate of Probation|A], following an inspection in [January 2025|D].
N| The report itself appeared on [13 May 2025|D].

S| Inspectors said every decision the service made began with “what is best for this child”.
S| Its joint work with [Northumbria Police|A] meant that most children arrested for a first offence were dealt with outside court.
S| Every child in custody had been visited at least once a month, and their plans for release were drawn up weeks in advance.
W| The report did note that some case records were not kept up to date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am delighted to see a service where the partnership, the leaders and the front line are pulling in the same direction.
N| “We trust this report will help other services learn from [Whitburn|S]’s approach.”

R| The inspectorate made four recommendations.

N| Councillor [Adam Ridley|X] of [South Tyneside Council|A] said: “What a result for our young people.”
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating ("These inspections do not result in a rating"),
    #     "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 15 Jan 2026";
    #     "Inspectors visited in September 2025"; four recommendations
    ("lanchester-pdu-2026", facts([
        svc("Lanchester Probation Delivery Unit", "Lanchester PDU", "PDU", None)], "2026-01-15", "2025-09", 4),
     """N| Skip to content

N| Protecting the public: inspection of [Lanchester Probation Delivery Unit|S]

N| Published: [15 Jan 2026|D]

N| [HMI Probation|A] has published findings on public safety work at [Lanchester Probation Delivery Unit|S].
N| These inspections do not result in a rating.
N| Inspectors visited in [September 2025|D], concentrating on how the unit assesses and manages the risk of serious harm.

N| Context
N| • [Lanchester PDU|S] covers north-west County Durham within [Probation Service – North East region|S].
N| • When inspectors visited, it had 14 probation officers and roughly 620 people under supervision.

N| Findings
W| • Under half of the risk assessments examined had been revisited after something significant changed.
S| • Practitioners had good access to specialist advice on domestic abuse, and used it.
W| • Visits to people’s homes were rare, even where a child was living in the same household.
S| • Information sharing with [Durham Constabulary|A] was timely and well organised.

R| Of the four recommendations made, three are for the PDU and one is for the region.
"""),
    # 15. a remote inspection in 2021: "HMI Probation places X, taken as a whole, at ‘...’"; "inspectors worked remotely
    #     throughout their fieldwork in February 2021"; "Tuesday, 15th June 2021"; "in only 10 of the 23 cases";
    #     "Despite ..., X has not yet got a proper grip"
    ("mirfield-yjs-2021", facts([
        svc("Mirfield Youth Justice Service", "Mirfield YJS", "YJS", RI)], "2021-06-15", "2021-02", 6),
     """N| Inspectors call for sharper focus on risk in youth justice work

N| [Tuesday, 15th June 2021|D]

N| In a report issued today, [HMI Probation|A] places [Mirfield Youth Justice Service|S], taken as a whole, at ‘[Requires improvement|R]’.
N| Pandemic restrictions meant inspectors worked remotely throughout their fieldwork in [February 2021|D].

S| Throughout the lockdowns case workers stayed in contact with children, often meeting them on the doorstep or for a walk.
S| The service’s work with [Kirklees Council|A]’s children’s social care teams was close and well coordinated.
W| However, inspectors judged the assessment of a child’s risk to others to be sound in only 10 of the 23 cases they read.
W| Plans for children’s safety were often copied forward from earlier plans without being updated.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Despite the real efforts of its staff, [Mirfield|S] has not yet got a proper grip on the risks some children present.
R| “Every plan must now be looked at again whenever a child’s circumstances change.”

R| The report’s six recommendations include one addressed to [West Yorkshire Police|A].
"""),
    # 16. a name with an ampersand and YJS / YOS switching: "Inspectors have judged the work of X ‘...’"; "Their
    #     fieldwork was carried out in February 2023"; "publishes the report online at 00.01 on 19 July 2023" in the
    #     notes; no count of recommendations (null)
    ("tickhill-and-bawtry-yjs-2023", facts([
        svc("Tickhill & Bawtry Youth Justice Service", "Tickhill & Bawtry YJS", "YJS", GOOD)], "2023-07-19", "2023-02",
        None),
     """N| ‘[Good|R]’ rating for youth justice partnership in Tickhill & Bawtry

N| Inspectors have judged the work of [Tickhill & Bawtry Youth Justice Service|S] ‘[Good|R]’.
N| Their fieldwork was carried out in [February 2023|D].

S| The [Tickhill & Bawtry YJS|S] board was found to be well briefed and willing to challenge partners.
S| Children supervised by [Tickhill & Bawtry YOS|S] said they could talk to their workers about anything.
S| Diversion from court was a particular strength, with decisions made by a panel that included staff from [Doncaster Children’s Services Trust|A].
W| Inspectors were less positive about work to keep children safe, where plans sometimes lacked detail.
W| Some children had been left waiting weeks to see [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Small as it is, this service punches above its weight, and its staff can take credit for a strong set of results.
N| “We trust the partnership will use our findings to build on this.”

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] publishes the report online at 00.01 on [19 July 2023|D].
N| 2. The YJS supervises 10- to 17-year-olds in the south-east of Doncaster.
"""),
    # 17. "Overall, ... found that X ‘...’"; how near it came to ‘Inadequate’ (no fact, WEAKNESS); resettlement "judged
    #     on its own and found ‘...’"; the headline's lower-case "Seaton Carew youth justice service"; "Inspectors made
    #     their visit in April 2024"; "Publication: 00.01, Tuesday 17 September 2024" in the notes
    ("seaton-carew-yjs-2024", facts([
        svc("Seaton Carew Youth Justice Service", "Seaton Carew YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-09-17", "2024-04", 6),
     """N| [Seaton Carew youth justice service|S] ‘must act quickly’, say inspectors

N| Overall, [HM Inspectorate of Probation|A] found that [Seaton Carew Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Strong out-of-court work was all that kept the service from an overall ‘[Inadequate|R]’ rating.
W| Resettlement was judged on its own and found ‘[Inadequate|R]’.
N| Inspectors made their visit in [April 2024|D].

S| Diversion work was of a high standard: children given out-of-court disposals had thorough assessments and could choose from plenty of activities.
W| For children on court orders, assessments were too often brief, and the risk they posed to others was underestimated in more than half of cases.
W| Two in five case manager posts had been filled by agency staff during the year before the inspection.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “For children on court orders, the quality of work has slipped badly, and the board was slow to notice.
R| “Leaders must act quickly to stabilise the workforce and to guarantee every child leaving custody a safe place to live.”

R| Six recommendations are made; the youth justice partnership must act on five, and [Hartlepool Borough Council|A]’s housing department on one.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 17 September 2024|D].
"""),
    # 18. a Youth Offending Team in 2018, the first year of ratings: "has been rated good" (lower case after "rated"),
    #     the score "22 out of 36"; "Published: 20 Nov 2018"; fieldwork "between 23 and 27 July 2018"; a Director of
    #     Operations as the speaker; four recommendations
    ("hebden-bridge-yot-2018", facts([
        svc("Hebden Bridge Youth Offending Team", "Hebden Bridge YOT", "YJS", GOOD)], "2018-11-20", "2018-07", 4),
     """N| Youth offending in the upper Calder Valley – inspection findings

N| Published: [20 Nov 2018|D]

N| [Hebden Bridge Youth Offending Team|S] has been rated [good|R] in one of the first inspections against the standards [HM Inspectorate of Probation|A] introduced this year.
N| The team scored 22 out of 36 across the standards inspected.
N| Inspectors visited the team between [23 and 27 July 2018|D].

S| The board was chaired by a senior leader from [Calderdale Council|A] who knew the service well and championed its work with partners.
S| Case managers had time to get to know each child, and several children described their worker as “someone who actually listened”.
W| Out-of-court work was less strong, with some children given a caution without any assessment of their needs.
W| Nor was it always clear how victims’ views had shaped the work with a child.

S| [Helen Davies|X], Director of Operations at the inspectorate, said: “[Hebden Bridge|S] has a stable, caring team, and it shows in the work.
R| “The partnership should now bring its out-of-court assessments up to the level of its work with children on orders.”

R| Four recommendations are made, three for [Hebden Bridge YOT|S] and one for [West Yorkshire Police|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
