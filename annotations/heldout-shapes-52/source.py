"""Builds the fifty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Kent PDUs on a GOV.UK page, the region named after them: "West Malling was placed at ‘...’ and Paddock Wood
    #    at ‘...’"; "Published 3 June 2025"; fieldwork "10 - 14 February 2025"; eight recommendations "between them"
    ("west-malling-and-paddock-wood-pdus-2025", facts([
        svc("West Malling Probation Delivery Unit", "West Malling PDU", "PDU", RI),
        svc("Paddock Wood Probation Delivery Unit", "Paddock Wood PDU", "PDU", INAD)], "2025-06-03", "2025-02", 8),
     """N| Press release

N| Reports on two west Kent probation units published

N| Inspectors report on a pair of probation units in west Kent.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| Inspectors looked at [West Malling Probation Delivery Unit|S] and [Paddock Wood Probation Delivery Unit|S] together; both are run by [Probation Service – Kent, Surrey and Sussex region|S].
N| [West Malling|S] was placed at ‘[Requires improvement|R]’ and [Paddock Wood|S] at ‘[Inadequate|R]’.
N| The on-site work took place [10 - 14 February 2025|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The two teams sit only a few miles apart, and the contrast between them is the story of these reports.
S| “[West Malling|S] can rely on a settled group of experienced officers who know their local partners by name.
W| “[Paddock Wood|S], by comparison, was running on agency staff, and nearly half of its cases had been passed from one officer to another two or more times within twelve months.”

W| In [Paddock Wood PDU|S], home visits to domestic abuse perpetrators had all but ceased.
S| Inspectors commended [West Malling PDU|S]’s links with [Kent Police|A] over people released from prison.

R| Between them, the reports contain eight recommendations, most of them aimed at the region’s leaders.
"""),
    # 2. two Essex youth services in a local-news story with a byline: "published on Tuesday (9 April)" under Friday 12
    #    April 2024; "Hockley came out as ‘...’, with Hullbridge a grade lower on ‘...’"; fieldwork "in October and
    #    November 2023"; nine recommendations split four/five
    ("hockley-and-hullbridge-yjs-2024", facts([
        svc("Hockley Youth Justice Service", "Hockley YJS", "YJS", GOOD),
        svc("Hullbridge Youth Justice Service", "Hullbridge YJS", "YJS", RI)], "2024-04-09", "2023-10", 9),
     """N| Mixed verdict for youth justice teams either side of the Crouch

N| By [Daniel Ashworth|X], local democracy reporter

N| [Friday 12 April 2024|D]

N| Inspectors visited [Hockley Youth Justice Service|S] and [Hullbridge Youth Justice Service|S] in [October and November 2023|D], and their reports were published on Tuesday ([9 April|D]).
N| [Hockley|S] came out as ‘[Good|R]’, with [Hullbridge|S] a grade lower on ‘[Requires improvement|R]’.

S| The watchdog found [Hockley|S]’s workers made a special effort to keep children linked to a trusted adult once their orders ended.
W| In Hullbridge, on the other hand, inspectors read several files in which nobody had asked the child what they thought of their own plan.
W| Both services were said to lean heavily on a single part-time nurse for children’s health needs.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is plenty in these two teams that children and families can be grateful for.
R| “[Hullbridge|S] now has to make sure children’s voices are heard in every plan, not only in some.”

R| Nine recommendations were made, four for [Hockley|S] and five for [Hullbridge|S].

N| [Essex County Council|A], which runs both services, promised an action plan within six weeks.
"""),
    # 3. a unit inside its region, the region in the headline and in the first sentence: "has received the lowest
    #    possible rating"; "Fieldwork for this inspection took place in May 2024"; the publication in the notes ("on the HM
    #    Inspectorate of Probation website on 22 October 2024 at 00.01"); "Mr Jones continued"; seven recommendations
    ("lenham-pdu-2024", facts([
        svc("Lenham Probation Delivery Unit", "Lenham PDU", "PDU", INAD)], "2024-10-22", "2024-05", 7),
     """N| [Probation Service – Kent, Surrey and Sussex|S]: [Lenham unit|S] in serious difficulty

N| [Lenham Probation Delivery Unit|S], part of the [Kent, Surrey and Sussex region of the Probation Service|S], has received the lowest possible rating, ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Seldom have I seen a team so stretched: a number of officers carried more than twice the caseload the workload tool allows.
W| “Time and again in the files, nobody had looked properly at whether a child in the household was at risk.”

W| Mr Jones continued: “Leaders in the region knew about these pressures for well over a year and had not managed to relieve them.
S| “I must also recognise the loyalty of the staff who have stayed, many of whom went far beyond what could fairly be asked of them.”

W| Sentence plans were generic and seldom mentioned the victim.
S| One bright spot was the unit’s approved premises liaison, which inspectors described as careful and well recorded.

R| [Lenham PDU|S] must act on five of the seven recommendations, and [HM Prison and Probation Service|A] on the remaining two.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [22 October 2024|D] at 00.01.
N| 2. [Lenham PDU|S] supervises around 900 people across mid Kent.
"""),
    # 4. a Probation Trust in 2013, before ratings: "Tuesday, 14th May 2013" at the top; "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; fieldwork "in January 2013"; six recommendations
    ("hawkhurst-probation-trust-2013", facts([
        svc("Hawkhurst Probation Trust", "Hawkhurst Probation Trust", "other", None)], "2013-05-14", "2013-01", 6),
     """N| Offender management inspection: [Hawkhurst Probation Trust|S]

N| [Tuesday, 14th May 2013|D]

N| Today [HM Inspectorate of Probation|A] releases its report into how offenders are managed by [Hawkhurst Probation Trust|S], which it inspected in [January 2013|D].
N| Inspectors read a sample of 54 cases and spoke with offenders, staff and partner agencies.

N| Inspectors were pleased to find that:
S| • offender managers had built constructive relationships with most of the people they supervised;
S| • arrangements with [Kent Police|A] for the most prolific offenders were well established;
S| • unpaid work was organised efficiently and placements benefited the local community.

N| However, inspectors were concerned to find that:
W| • close to a third of assessments of harm were overdue;
W| • enquiries to children’s services were sometimes left without a reply being chased.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust work hard and care about what they do.
R| “Managers should now concentrate on the quality and timeliness of risk assessments.”

R| There are six recommendations for the Trust.
"""),
    # 5. a CRC in 2017, before CRCs were rated: "Published: 28 Nov 2017"; the provider named; "Only 40% of cases";
    #    "Inspectors visited in August 2017"; four recommendations, one for the National Probation Service
    ("dymchurch-and-lydd-crc-2017", facts([
        svc("Dymchurch and Lydd Community Rehabilitation Company", "Dymchurch and Lydd CRC", "CRC", None)],
        "2017-11-28", "2017-08", 4),
     """N| Quality and impact inspection – [Dymchurch and Lydd Community Rehabilitation Company|S]

N| Published: [28 Nov 2017|D]

N| Findings from [HM Inspectorate of Probation|A]’s quality and impact inspection of [Dymchurch and Lydd Community Rehabilitation Company|S] (CRC), a [Seetec|A] business, are now public.
N| Inspectors visited in [August 2017|D] and also looked at the local work of the [National Probation Service|A].

W| Only 40% of cases showed enough being done by the CRC to protect people who might be harmed.
W| Through-the-gate services for prisoners returning to the area offered little more than signposting.
S| Managers were well regarded by staff, who said training had got better since the CRC began.
S| The CRC’s partnership with [Shepway District Council|A] on housing was a real asset.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The people supervised by this CRC deserve a great deal better than they are getting at present.
R| “[Seetec|A] must give its staff the time and tools to see people properly.”

R| Three of the report’s four recommendations fall to the CRC; the fourth goes to the [National Probation Service|A].
"""),
    # 6. a youth offending team written out, on a council page in 2016 before ratings: "Posted 10/03/2016"; a joint
    #    inspection with Ofsted and the Care Quality Commission; fieldwork "between 25 and 29 January 2016"; five
    #    recommendations
    ("ongar-yot-2016", facts([
        svc("Ongar Youth Offending Team", "Ongar YOT", "YJS", None)], "2016-03-10", "2016-01", 5),
     """N| Youth offending in Ongar: inspection findings published

N| Posted [10/03/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Ongar Youth Offending Team|S] (YOT), working alongside [Ofsted|A] and the [Care Quality Commission|A], and its report is now available.
N| Inspectors were in Ongar between [25 and 29 January 2016|D].

S| The YOT’s case managers, inspectors found, had a knack for winning over children whom other services had let down.
S| Work to make amends to victims was imaginative and often involved the victims themselves.
W| Yet only half the cases reviewed showed that the child’s potential to harm others had been properly weighed.
W| Getting help from child and adolescent mental health services was difficult, and some children had waited months to be seen.

R| Five recommendations were made; two are addressed to [North Essex Partnership University NHS Foundation Trust|A].

N| The council’s cabinet member for children said: “We accept the report’s conclusions, and work on the areas it highlights is already under way.”
"""),
    # 7. an Outstanding youth service, the 2021 remote fieldwork, resettlement "graded on its own": "Thursday, 11th
    #    November 2021"; "awarded ... its highest mark"; three recommendations
    ("knebworth-yjs-2021", facts([
        svc("Knebworth Youth Justice Service", "Knebworth YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2021-11-11", "2021-07", 3),
     """N| Top mark for [Knebworth Youth Justice Service|S]

N| [Thursday, 11th November 2021|D]

N| [HM Inspectorate of Probation|A] has awarded [Knebworth Youth Justice Service|S] its highest mark, ‘[Outstanding|R]’.
S| Resettlement, graded on its own, is ‘[Good|R]’.
N| Pandemic restrictions meant the inspection was done remotely, in [July 2021|D].

S| Children’s plans had been written with them, in words they understood, and were kept up to date.
S| All through the lockdowns, children at risk went on seeing their workers in person.
S| Leaders understood which groups of children were over-represented, and were acting on it with [Hertfordshire Constabulary|A].
W| A few children leaving custody learned their address only days before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children come first here in everything the service does, and the board and partners deserve credit too.”

R| Three recommendations are made, all for the management board.
"""),
    # 8. a fall from ‘Good’ to ‘Inadequate’ on a council news page: "published today (Tuesday, 14 November)" (no year:
    #    the page's and the fieldwork's, 2023); "Inspectors, who visited in June 2023, judged"; the previous rating
    #    beside it ("When last inspected, in 2019, ..."); eleven recommendations; the council's apology
    ("waltham-cross-yjs-2023", facts([
        svc("Waltham Cross Youth Justice Service", "Waltham Cross YJS", "YJS", INAD)], "2023-11-14", "2023-06", 11),
     """N| Our response to the youth justice inspection report

N| [Hertfordshire County Council|A] has accepted the findings of a report, published today (Tuesday, [14 November|D]), on [Waltham Cross Youth Justice Service|S].
N| Inspectors, who visited in [June 2023|D], judged the service ‘[Inadequate|R]’.
N| When last inspected, in [2019|D], the service was rated ‘[Good|R]’.

W| Inspectors said that protecting children from exploitation fell short, with warning signs missed in several cases.
W| The partnership board had not noticed the decline, and its members rarely challenged the figures they were given.
S| Inspectors did note that the service’s work with victims remained of a high standard.

R| There are 11 recommendations, aimed at the service, the board, [Hertfordshire Constabulary|A] and local health partners.

N| Our director of children’s services, [Claire Bellamy|X], said: “We are deeply sorry to have fallen short, and an improvement plan is being drawn up now.”
"""),
    # 9. aspects rated separately, the overall rating without "rated": "Overall verdict from inspectors on X: ‘...’";
    #    out-of-court disposals "were judged separately, and reached ‘Good’", resettlement ‘Inadequate’; "Published:
    #    19 Jan 2022"; fieldwork "between 27 September and 1 October 2021"; six recommendations
    ("redbourn-and-wheathampstead-yjs-2022", facts([
        svc("Redbourn and Wheathampstead Youth Justice Service", "Redbourn and Wheathampstead YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD},
             {"aspect": "resettlement", "rating": INAD}])], "2022-01-19", "2021-09", 6),
     """N| News

N| Youth justice in Redbourn and Wheathampstead: work still needed

N| Published: [19 Jan 2022|D]

N| Overall verdict from inspectors on [Redbourn and Wheathampstead Youth Justice Service|S]: ‘[Requires improvement|R]’.
S| Out-of-court disposals were judged separately, and reached ‘[Good|R]’.
W| Resettlement work, also scored on its own, sits at ‘[Inadequate|R]’.
N| Fieldwork was done between [27 September and 1 October 2021|D].

S| Diversion decisions were taken jointly and quickly with [Hertfordshire Constabulary|A].
W| For children in custody, by contrast, release planning began too late and accommodation was often found at the last minute.
W| Some case managers admitted to inspectors that they did not know who in the partnership was responsible for what.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The diversion work here is something other areas could learn from, but the children leaving custody are being let down.
R| “The partnership board has to take hold of resettlement as a matter of urgency.”

R| Inspectors set out six recommendations.
"""),
    # 10. a 2025-26 public-protection inspection with no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets, the region in a bullet; fieldwork "in September 2025"; the date in a closing line
    #     "The report was published on 15 January 2026."; four recommendations
    ("frinton-pdu-2026", facts([
        svc("Frinton Probation Delivery Unit", "Frinton PDU", "PDU", None)], "2026-01-15", "2025-09", 4),
     """N| Skip to content

N| Published:

N| Public protection work in [Frinton Probation Delivery Unit|S]

N| This inspection examined how [Frinton Probation Delivery Unit|S] handles those who could seriously harm others; no rating is given.
N| The inspection team visited in [September 2025|D].

N| Context
N| • [Frinton PDU|S] sits within [Probation Service – East of England region|S] and covers the Tendring coast.
N| • About a fifth of its caseload is managed under [MAPPA|A].

N| Findings
S| • Practitioners showed tenacity in staying in contact with people who tended to drift away.
W| • Safeguarding checks with [Essex County Council|A] had been sought in fewer than one case in two where one was due.
W| • Home visits were rare, even at addresses where children lived.
S| • Joint work with [Essex Police|A] on registered sex offenders was timely and well recorded.

R| Of four recommendations, the PDU must take forward three and the region one.

N| The report was published on [15 January 2026|D].
"""),
    # 11. a Youth Offending Service in 2019 with "judged to be ‘Good’"; the headline with a colon and no verb;
    #     fieldwork "between 4 and 8 March 2019"; "Report published: 2 July 2019" in the notes; four recommendations
    ("markyate-yos-2019", facts([
        svc("Markyate Youth Offending Service", "Markyate YOS", "YJS", GOOD)], "2019-07-02", "2019-03", 4),
     """N| [Markyate Youth Offending Service|S]: ‘a team that knows its children’

N| [Markyate Youth Offending Service|S] (YOS) has been judged to be ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited between [4 and 8 March 2019|D].

S| Before any plan was drawn up, case managers worked to understand each child and their family.
S| Positively, every child was screened by the service’s speech and language therapist when their order began.
W| Whilst the management board met regularly, it had yet to settle on a way of measuring the service’s progress.
W| Cases dealt with out of court got less thorough attention than those sentenced by a court.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Markyate YOS|S] has a committed, well-trained staff group and a real understanding of the children on its caseload.”

R| Inspectors have made four recommendations to take the service further.

N| Notes to editors
N| 1. Report published: [2 July 2019|D].
"""),
    # 12. a Medway youth service on a council news page: "Thursday 8 February 2024"; the overall rating after a verb
    #     "found the service to be"; fieldwork "in October 2023"; "Mr Jones continued"; six recommendations; the
    #     council's promise
    ("rainham-yjs-2024", facts([
        svc("Rainham Youth Justice Service", "Rainham YJS", "YJS", RI)], "2024-02-08", "2023-10", 6),
     """N| Inspection report on [Rainham Youth Justice Service|S]

N| [Thursday 8 February 2024|D]

N| [HM Inspectorate of Probation|A] inspected [Rainham Youth Justice Service|S] in [October 2023|D] and, in its report out today, found the service to be ‘[Requires improvement|R]’.

S| Inspectors praised the service’s education worker, thanks to whom most children were back at school or college.
W| Disappointingly, case managers did not always check with [Medway Council|A]’s children’s social care before closing a case.
W| Staff kept leaving, and one child had four different case managers in twelve months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I met staff who clearly care about the children of Medway, yet the service cannot give them the consistent help they need while its workforce keeps changing.”
R| Mr Jones continued: “The board should set out a realistic plan to recruit and keep experienced case managers.”

R| The report contains six recommendations.

N| A [Medway Council|A] spokesperson said: “We and our partners will now put the recommendations into practice.”
"""),
    # 13. a unit inside its region, with its own earlier rating beside the current one: "falls into the ‘...’ band";
    #     "Published: 28 Nov 2024"; fieldwork "in July 2024"; five recommendations
    ("queenborough-pdu-2024", facts([
        svc("Queenborough Probation Delivery Unit", "Queenborough PDU", "PDU", RI)], "2024-11-28", "2024-07", 5),
     """N| News

N| Probation unit in Swale must get a tighter grip on risk

N| Published: [28 Nov 2024|D]

N| [Queenborough Probation Delivery Unit|S], whose patch covers part of the Swale district, falls into the ‘[Requires improvement|R]’ band, [HM Inspectorate of Probation|A] says.
N| It belongs to [Probation Service – Kent, Surrey and Sussex region|S].
N| Its last report, which came out in [March 2022|D], had given it ‘[Inadequate|R]’.
N| Fieldwork was in [July 2024|D].

S| Staff turnover had fallen, and most practitioners described their line managers as supportive.
S| There was no shortage of unpaid work placements, and people usually began their hours within a week of sentence.
W| But risk management plans often recounted past events instead of setting out how people would be kept safe.
W| One in three cases that needed an enquiry to children’s social care had none.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Queenborough|S] is steadier than it was, but steadiness is not enough when the quality of risk work is this uneven.”

R| The unit receives four of the five recommendations; the regional probation director receives the fifth.
"""),
    # 14. an NPS division in 2019: "The division’s overall rating is ‘...’"; "Published: 10 Sep 2019"; fieldwork "in May
    #     and June 2019"; the short "NPS Aylesham and Wingham"; seven recommendations
    ("aylesham-and-wingham-nps-division-2019", facts([
        svc("National Probation Service – Aylesham and Wingham Division", "NPS Aylesham and Wingham", "region", GOOD)],
        "2019-09-10", "2019-05", 7),
     """N| Probation division in east Kent performing well

N| Published: [10 Sep 2019|D]

N| [HM Inspectorate of Probation|A]’s report on the [National Probation Service – Aylesham and Wingham Division|S] is out today.
N| The division’s overall rating is ‘[Good|R]’.
N| The fieldwork stretched over [May and June 2019|D].

S| Leaders had a clear vision, communicated it well, and were visible to staff at every office.
S| Court staff produced timely, well-evidenced reports that sentencers valued.
W| Still, staffing was tight: there were vacancies for probation officers in most teams, and some cases had been reallocated several times.
W| Victim work was stronger in some offices of the division than in others.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Aylesham and Wingham|S] does a difficult job well, and its staff should take credit for that.
R| “The division’s leaders must now make certain that the victims of those it supervises are never forgotten.”

R| Of the seven recommendations, the division must take forward five; the remaining two go to [HM Prison and Probation Service|A].
"""),
    # 15. three aspects rated on their own beside a ‘Good’ overall: "Of the three areas rated on their own, ..."; the
    #     justiceinspectorates date line "23 August 2022"; fieldwork "carried out in April 2022"; YJS / YOT switching;
    #     four recommendations
    ("elstree-yjs-2022", facts([
        svc("Elstree Youth Justice Service", "Elstree YOT", "YJS", GOOD,
            [{"aspect": "court disposals", "rating": OUT},
             {"aspect": "out-of-court disposals", "rating": GOOD},
             {"aspect": "resettlement", "rating": RI}])], "2022-08-23", "2022-04", 4),
     """N| News

N| ‘[Good|R]’ rating for [Elstree Youth Justice Service|S]

N| [23 August 2022|D]

N| [HM Inspectorate of Probation|A], which inspected in [April 2022|D], judges [Elstree Youth Justice Service|S] ‘[Good|R]’ overall.
W| Of the three areas rated on their own, court disposals earned ‘[Outstanding|R]’ and out-of-court disposals ‘[Good|R]’, but resettlement was ‘[Requires improvement|R]’.

S| [Elstree YOT|S], the name the service still goes by locally, had earned its reputation with magistrates: its reports were thorough and realistic.
S| Case managers worked well with [Hertfordshire Constabulary|A] to divert children from formal action where that carried no undue risk.
W| However, two children released from custody had spent their first night in unsuitable emergency accommodation.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Elstree|S] can be proud of its court work, which ranks with the finest I have come across.
R| “I would like the same energy applied to planning for children’s return from custody.”

R| Inspectors make four recommendations.
"""),
    # 16. a youth offending team in 2020, "only rescued from an overall ‘Inadequate’ rating" (the rating is ‘Requires
    #     improvement’); the date line "13 October 2020"; fieldwork remote "between 20 and 24 July 2020"; ten
    #     recommendations
    ("corringham-yot-2020", facts([
        svc("Corringham Youth Offending Team", "Corringham YOT", "YJS", RI)], "2020-10-13", "2020-07", 10),
     """N| Youth offending work in Corringham ‘must improve quickly’

N| [13 October 2020|D]

N| [HM Inspectorate of Probation|A] has given [Corringham Youth Offending Team|S] a rating of ‘[Requires improvement|R]’.
W| It was only rescued from an overall ‘[Inadequate|R]’ rating by the quality of its diversion scheme.
N| Because of the pandemic, the fieldwork was carried out remotely between [20 and 24 July 2020|D].

W| The management board had convened just twice in a year, and some who sat on it were unclear about the YOT’s work.
W| Assessments rarely considered the child’s experience of racism, even though a large share of the caseload was from minority ethnic backgrounds.
S| That diversion scheme, run jointly with [Essex Police|A], was well thought out and had brought down the count of first-time entrants locally.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in [Corringham|S]’s care have not been getting the attention from their board that they are entitled to.
R| “[Thurrock Council|A] and its partners must give the board the leadership it has lacked.”

R| There are ten recommendations in the report.
"""),
    # 17. two Kent youth services in one GOV.UK release: "Otford ... at the top of the scale, ‘...’, and Kemsing one
    #     step below, at ‘...’"; "Published 27 March 2025"; fieldwork "in the weeks beginning 18 and 25 November 2024";
    #     five recommendations "two for Otford and three for Kemsing"
    ("otford-and-kemsing-yjs-2025", facts([
        svc("Otford Youth Justice Service", "Otford YJS", "YJS", OUT),
        svc("Kemsing Youth Justice Service", "Kemsing YJS", "YJS", GOOD)], "2025-03-27", "2024-11", 5),
     """N| Press release

N| Two Kent youth justice services praised by inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [27 March 2025|D]

N| Reports on [Otford Youth Justice Service|S] and [Kemsing Youth Justice Service|S], both in the Sevenoaks district, are out today.
N| [Otford|S] sits at the top of the scale, ‘[Outstanding|R]’, and [Kemsing|S] one step below, at ‘[Good|R]’.
N| Inspectors were with the two services in the weeks beginning [18 and 25 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Otford|S] is an example to youth justice services anywhere: children there are known, listened to and kept safe.
S| “[Kemsing|S] is close behind, and its work with families is a particular strength.”

S| Every child in [Otford YJS|S]’s sample had a hand in writing their own plan.
W| [Kemsing YJS|S]’s oversight of children exposed to exploitation was less consistent, with two cases where concerns had not been passed to [Kent Police|A].

R| Five recommendations are made, two for [Otford|S] and three for [Kemsing|S].

N| [Kent County Council|A] welcomed both reports.
"""),
    # 18. a 2018 local-paper story with a lower-case "rated good": "Thursday, 29th November 2018"; fieldwork "in August
    #     2018"; the report "published on Tuesday" (27 November); three recommendations
    ("abbots-langley-yos-2018", facts([
        svc("Abbots Langley Youth Offending Service", "Abbots Langley YOS", "YJS", GOOD)], "2018-11-27", "2018-08", 3),
     """N| Youth offending team in Three Rivers gets thumbs-up

N| [Thursday, 29th November 2018|D]

N| Inspectors have rated [Abbots Langley Youth Offending Service|S] [good|R], among the earliest verdicts under a new inspection framework.
N| [HM Inspectorate of Probation|A]’s report came out on Tuesday ([27 November|D]), following a visit in [August 2018|D].

S| Inspectors said staff knew the history of every child well and worked patiently to earn their trust.
S| Close ties with local schools had kept nearly every child on its books in lessons.
W| Less positively, inspectors said that when a child’s circumstances changed, the threat they could present to other people was not always looked at afresh.

R| The report makes three recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
