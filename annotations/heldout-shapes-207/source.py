"""Builds the two hundred and seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in
this directory.

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
    # 1. two Holderness PDUs on a GOV.UK page, the region named after them: "Roos lands at ‘...’; Hollym sits a grade
    #    lower"; "Published 17 September 2024"; "over a fortnight in April 2024"; "nine actions ... five ... four"
    ("roos-and-hollym-pdus-2024", facts([
        svc("Roos Probation Delivery Unit", "Roos PDU", "PDU", RI),
        svc("Hollym Probation Delivery Unit", "Hollym PDU", "PDU", INAD)], "2024-09-17", "2024-04", 9),
     """N| Press release

N| Holderness probation units: findings of two inspections

N| Neither unit reaches the standard expected, inspectors conclude.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| Inspectors have reported on [Roos Probation Delivery Unit|S] and [Hollym Probation Delivery Unit|S], two of the smaller parts of the [Probation Service – Yorkshire and the Humber region|S].
N| [Roos|S] lands at ‘[Requires improvement|R]’, while [Hollym|S] sits one grade lower, at ‘[Inadequate|R]’.
N| The inspection team spent a fortnight in the two offices in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Hollym we met officers who had been carrying double the caseload anyone should, for well over a year.
W| “Files showed risk plans that had not been looked at since the day they were written.
S| “[Roos|S] is steadier: its managers check the work, and people on probation told us they knew who to call.”

S| Inspectors singled out the joint work between [Roos PDU|S] and [Humberside Police|A] on people convicted of stalking.
W| Across both units, though, hardly any cases showed a proper check with children’s social care before a plan was agreed.

R| The two reports carry nine recommendations in total: [Hollym|S] is given five of them, [Roos|S] four.

N| [Lucy Barraclough|X], the region’s probation director, said: “We have moved two senior officers to Hollym and are advertising every vacant post.”
"""),
    # 2. two youth justice services in a local-news story, named in one order and graded in the other: "earned the top
    #    mark ... had to settle for"; reports "released on Tuesday (11 February)" under a byline of Friday 14 February
    #    2025; "visited in the autumn, in October 2024"; "four recommendations between them, split evenly"
    ("withernwick-and-sigglesthorne-yjs-2025", facts([
        svc("Withernwick Youth Justice Service", "Withernwick YJS", "YJS", GOOD),
        svc("Sigglesthorne Youth Justice Service", "Sigglesthorne YJS", "YJS", OUT)], "2025-02-11", "2024-10", 4),
     """N| Inspectors hail two village youth teams in East Yorkshire

N| By [Rachel Dunning|X]

N| [Friday 14 February 2025|D]

N| Reports on [Withernwick Youth Justice Service|S] and [Sigglesthorne Youth Justice Service|S] were released on Tuesday ([11 February|D]), after inspectors visited both in [October 2024|D].
N| [Sigglesthorne|S] earned the top mark available, ‘[Outstanding|R]’, and [Withernwick|S] had to settle for ‘[Good|R]’.

S| The inspectors said [Sigglesthorne|S]’s case workers knew every child on the caseload by name, and knew their families and teachers too.
S| [Withernwick|S]’s partnership with the [East Riding of Yorkshire Council|A] housing team had kept older teenagers out of bed-and-breakfast rooms.
W| The one sour note was that [Withernwick YJS|S] had not always recorded whether victims wanted a say in restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are small teams punching well above their weight, and every one of their staff can take a bow.”

R| Between them the reports contain four recommendations, split evenly between the two teams.

N| A council spokesperson said staff were “thrilled” with the outcome.
"""),
    # 3. three PDUs of one region in a justiceinspectorates news item: "The lowest rating, ‘...’, goes to X; Y and Z are
    #    each placed at ‘...’"; "Published: 24 Jun 2025"; "between 3 and 14 February 2025"; twelve recommendations "four
    #    apiece"
    ("halsham-welwick-and-skeffling-pdus-2025", facts([
        svc("Halsham Probation Delivery Unit", "Halsham PDU", "PDU", RI),
        svc("Welwick Probation Delivery Unit", "Welwick PDU", "PDU", INAD),
        svc("Skeffling Probation Delivery Unit", "Skeffling PDU", "PDU", RI)], "2025-06-24", "2025-02", 12),
     """N| News

N| Three probation units near the Humber mouth inspected

N| Published: [24 Jun 2025|D]

N| Three delivery units in the Humber corner of the [Yorkshire and the Humber region|S] have now been reported on: [Halsham Probation Delivery Unit|S], [Welwick Probation Delivery Unit|S] and [Skeffling Probation Delivery Unit|S].
N| The lowest rating, ‘[Inadequate|R]’, goes to [Welwick|S]; [Halsham|S] and [Skeffling|S] are each placed at ‘[Requires improvement|R]’.
N| Inspectors were in the units between [3 and 14 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Welwick, a third of the officers we met had qualified within the past year and had almost no experienced colleague to ask.
S| “[Halsham|S] and [Skeffling|S] benefit from long-serving managers who still read cases themselves, and that shows in the work.”

S| Work with local employers to find jobs for people leaving prison was a bright spot in all three.
W| Yet in fewer than four cases in ten did the plan say how a known victim would be protected.
W| Sickness absence in [Welwick PDU|S] had reached a level that left some teams running on half their staff.

R| Twelve recommendations are made, four apiece for the three units.
"""),
    # 4. a unit inside its region, aspect rated separately and the previous rating beside it: "Inspectors have scored
    #    X, one of the units of ..., as ‘...’"; "That is the grade it was given in 2022 as well"; "Unpaid work, looked at
    #    on its own, is ‘Outstanding’"; "available ... on 16 July 2024"; "fieldwork ... in the first half of March 2024";
    #    "half a dozen recommendations"
    ("rimswell-pdu-2024", facts([
        svc("Rimswell Probation Delivery Unit", "Rimswell PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": OUT}])], "2024-07-16", "2024-03", 6),
     """N| [Rimswell probation unit|S] still ‘[Requires improvement|R]’, but unpaid work stands out

N| Inspectors have scored [Rimswell Probation Delivery Unit|S], one of the units of the [Yorkshire and the Humber probation region|S], as ‘[Requires improvement|R]’.
N| That is the same grade it was given when last inspected, in [2022|D].
S| Unpaid work, looked at on its own, is ‘[Outstanding|R]’.
N| Fieldwork for the inspection was carried out in the first half of [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Rimswell|S]’s unpaid work team is as good as any we have seen, with placements that people on probation describe as worthwhile.
W| “Sadly, the rest of the picture has barely moved in two years.
W| “Home visits remain rare, and too many assessments skate over domestic abuse.”

W| Mr Jones continued: “Staff turnover has been relentless, and the unit has relied on agency officers to fill the gaps.”

R| The unit and its region must agree a single plan for recruitment and for training new officers.
R| Half a dozen recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [16 July 2024|D] at 00.01.
"""),
    # 5. a Probation Trust in 2012, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:"; date line "Wednesday, 28th March 2012"; "visited the Trust in November 2011";
    #    "seven recommendations"
    ("goodmanham-and-kiplingcotes-probation-trust-2012", facts([
        svc("Goodmanham and Kiplingcotes Probation Trust", "Goodmanham and Kiplingcotes Probation Trust", "other",
            None)], "2012-03-28", "2011-11", 7),
     """N| Wolds probation trust: mixed findings from inspectors

N| [Wednesday, 28th March 2012|D]

W| [Goodmanham and Kiplingcotes Probation Trust|S] manages offenders’ sentences competently but has more to do on protecting the public, says [HM Inspectorate of Probation|A] in a report issued today.
N| Inspectors visited the Trust in [November 2011|D] and examined 64 cases.

N| Inspectors were pleased to find that:
S| • first contact with offenders came quickly after court, and nearly all of them had a written plan they understood;
S| • the Trust’s accredited programmes were well attended and completion rates were high;
S| • links with [Humberside Police|A] on prolific offenders were close and productive.

N| However, inspectors were concerned to find that:
W| • risk of harm screening had not been completed in nearly a fifth of cases;
W| • staff did not always share information with children’s services where a child might be at risk.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a great deal to build on, and its staff are plainly committed.
R| “Managers must now make the assessment of harm the first thing every officer gets right.”

R| We have made seven recommendations.
"""),
    # 6. a CRC in 2019 with an embargo line and a named provider: "inspectors judge X, which Purple Futures runs, to
    #    ‘Require improvement’"; resettlement "graded separately ... ‘Inadequate’"; partner prison HMP Humber (SERVICE);
    #    "was inspected across January and February 2019"; "Of the eight recommendations, six go to the CRC"
    ("brantingham-and-ellerker-crc-2019", facts([
        svc("Brantingham and Ellerker Community Rehabilitation Company", "Brantingham and Ellerker CRC", "CRC", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2019-05-22", "2019-01", 8),
     """N| Embargoed: 00.01 [Wednesday 22 May 2019|D]

N| Probation company on the north bank of the Humber must raise its game

N| Inspectors have placed [Brantingham and Ellerker Community Rehabilitation Company|S] (CRC), run for the area by [Purple Futures|A], in the ‘[Requires improvement|R]’ band, [HM Inspectorate of Probation|A] announced today.
N| The company was inspected across [January and February 2019|D].
W| Its resettlement work for people leaving custody was graded separately and found ‘[Inadequate|R]’.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people walked out of prison with nowhere to sleep that night, and the CRC’s staff at [HMP Humber|S] could do little more than hand over a list of hostels.
S| “In the community, by contrast, officers were often persistent and resourceful, and some of the one-to-one work we saw was of a high standard.”

W| Inspectors found that the CRC’s own audits had not picked up the gaps in its risk assessments.
W| Contact between the CRC and the [National Probation Service|A] on cases at the point of transfer was patchy.

R| Of the eight recommendations, the CRC is to act on six; the last pair fall to [HM Prison and Probation Service|A].

N| [Purple Futures|A] said it welcomed the report and was reviewing its resettlement service.
"""),
    # 7. a youth offending team written out, on a council page in 2017, before ratings: "Posted 08/11/2017"; a joint
    #    inspection "led by HM Inspectorate of Probation"; "carried out over three weeks in July 2017"; named board
    #    (AGENCY); "five recommendations in all, three for the management board"
    ("cherry-burton-yot-2017", facts([
        svc("Cherry Burton Youth Offending Team", "Cherry Burton YOT", "YJS", None)], "2017-11-08", "2017-07", 5),
     """N| Inspection of youth offending work in Cherry Burton

N| Posted [08/11/2017|D]

N| The report of a joint inspection of [Cherry Burton Youth Offending Team|S] is now out; [HM Inspectorate of Probation|A] took the lead, alongside [Ofsted|A] and the [Care Quality Commission|A].
N| The inspection was carried out over three weeks in [July 2017|D].

N| Among the positive findings:
S| • children said their case managers treated them fairly and kept their word;
S| • the team’s work to get children back into education was determined and often successful;

N| Areas for improvement:
W| • plans too often overlooked the harm a child could do to other people;
W| • the [Cherry Burton YOT management board|A] did too little to challenge partners who were not pulling their weight.

R| The inspectors make five recommendations in all, three of them for the [Cherry Burton YOT management board|A].
N| The council’s cabinet member for children, Councillor [Anne Wolsey|X], said: “We thank the inspectors and accept their findings in full.”
"""),
    # 8. an NPS division in 2019: "has handed X an overall regional rating of"; aspect "court work ... separately,
    #    ‘Good’"; published "Tuesday 13 August 2019" in the notes; fieldwork "during April 2019"; "six recommendations,
    #    of which HMPPS takes one"
    ("lelley-nps-division-2019", facts([
        svc("National Probation Service – Lelley Division", "NPS Lelley", "region", RI,
            [{"aspect": "court work", "rating": GOOD}])], "2019-08-13", "2019-04", 6),
     """N| [Lelley probation division|S] told to improve despite strong court work

N| [HM Inspectorate of Probation|A] has handed the [National Probation Service – Lelley Division|S] an overall regional rating of ‘[Requires improvement|R]’.
S| Court work, which the inspectors assessed separately, was judged ‘[Good|R]’.
N| Inspectors were in the division during [April 2019|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Reports prepared for the courts in [NPS Lelley|S] are timely and well reasoned, and sentencers trust them.
W| “After sentence, though, the division loses its grip: officers carry too many cases to give each the attention it needs.”

W| Victims entitled to contact from the division were not always offered it.
S| Inspectors praised the division’s approved premises, where staff were calm, vigilant and kind.

R| Six recommendations are made, and one of those is addressed to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Tuesday 13 August 2019|D].
"""),
    # 9. a Youth Offending Service in 2020, overall without "rated": "the inspectorate has found X to be ‘Good’ overall";
    #    previous "had been ‘Requires improvement’ at its previous inspection in 2017" (no fact); "in a report out on
    #    Wednesday 30 September 2020"; "inspected in March 2020, shortly before lockdown"; "three recommendations"
    ("sunk-island-yos-2020", facts([
        svc("Sunk Island Youth Offending Service", "Sunk Island YOS", "YJS", GOOD)], "2020-09-30", "2020-03", 3),
     """N| Sunk Island youth offending work climbs to ‘[Good|R]’

N| In a report out on [Wednesday 30 September 2020|D], [HM Inspectorate of Probation|A] has found [Sunk Island Youth Offending Service|S] (YOS) to be ‘[Good|R]’ overall.
N| The service had been ‘[Requires improvement|R]’ at its previous inspection in [2017|D].
N| It was inspected in [March 2020|D], shortly before the first lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a service that has listened, learned and changed.
S| “Children are now seen by the same worker from start to finish, and their plans read as though they were written with them rather than about them.”

S| Inspectors highlighted the [Sunk Island YOS|S]’s work with [Humberside Police|A] to divert children from court.
W| Work to manage the safety of others, however, lagged behind the rest, and contingency plans were often thin.

R| Three recommendations are made, all for the [Sunk Island YOS|S] and its partnership board.
"""),
    # 10. ordinary: GOV.UK page, youth service, "Kilnsea YJS gets ‘Good’ from inspectors"; "Published 9 May 2023";
    #     "inspected in January 2023"; "four recommendations"
    ("kilnsea-yjs-2023", facts([
        svc("Kilnsea Youth Justice Service", "Kilnsea YJS", "YJS", GOOD)], "2023-05-09", "2023-01", 4),
     """N| Press release

N| [Kilnsea Youth Justice Service|S] gets ‘[Good|R]’ from inspectors

N| Children on the Spurn coast are getting strong support, the inspectorate reports.

N| From: [HM Inspectorate of Probation|A]

N| Published [9 May 2023|D]

N| [Kilnsea Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [January 2023|D].

S| The service’s leaders know their children and their community well, and the partnership board is well attended.
S| Case workers were praised for patient, creative work with children who had been excluded from school.
W| In contrast, the health offer was thin: children waited months for an assessment by [CAMHS|A].
W| Out-of-court work was also less sure-footed, with decisions sometimes made before a child had been properly assessed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kilnsea|S]’s staff should take real pride in this report.
R| “Leaders now need to push health partners hard for quicker access to mental health support.”

R| The report makes four recommendations.
"""),
    # 11. ordinary: justiceinspectorates news item, PDU, "Published: 3 Dec 2024"; "has been graded ‘Requires
    #     improvement’"; fieldwork "13 to 24 May 2024"; "seven recommendations, the bulk of them for the PDU"
    ("bewholme-pdu-2024", facts([
        svc("Bewholme Probation Delivery Unit", "Bewholme PDU", "PDU", RI)], "2024-12-03", "2024-05", 7),
     """N| News

N| Bewholme probation: inspection report published

N| Published: [3 Dec 2024|D]

N| [Bewholme Probation Delivery Unit|S] has been graded ‘[Requires improvement|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors visited from [13 to 24 May 2024|D].

S| Staff were positive about their managers, and the unit had invested in training for newly qualified officers.
S| Encouragingly, [Bewholme|S] had built a good working relationship with the local drug and alcohol service, so referrals were made quickly.
W| Worryingly, in only 9 of the 30 cases inspectors read had enough been done to keep a partner or child safe.
W| Information from [Humberside Police|A] about domestic abuse call-outs was requested in too few cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is goodwill in Bewholme, but goodwill cannot make up for the gaps we found in protecting people from harm.”

R| The report contains seven recommendations, the bulk of them for the PDU and the remainder for the region.
"""),
    # 12. ordinary: council page, youth service rated Outstanding; "Posted on 15/06/2022"; "The watchdog found";
    #     "inspection in February 2022"; "two recommendations"
    ("mappleton-yjs-2022", facts([
        svc("Mappleton Youth Justice Service", "Mappleton YJS", "YJS", OUT)], "2022-06-15", "2022-02", 2),
     """N| Youth justice team rated ‘[Outstanding|R]’

N| Posted on [15/06/2022|D]

N| [Mappleton Youth Justice Service|S] has been rated ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A] following an inspection in [February 2022|D].

S| The watchdog found that leaders had a clear vision and that every partner on the board played its part.
S| It said children were treated as individuals, with plans built around their interests and strengths.
S| Work to keep children safe from exploitation was described as exemplary, with quick and joined-up action when a child went missing.
W| The only area the inspectors flagged was the recording of contact with victims, which was not always up to date.

R| The report makes two recommendations.

N| Councillor [Peter Skelton|X], portfolio holder for children’s services, said: “This is a remarkable result, and our staff have earned every word of it.”
"""),
    # 13. ordinary: local news, youth service RI: "came in at the second-lowest of the four grades, ‘Requires
    #     improvement’"; report "published last Tuesday, 21 October 2025" under a byline of Friday 24 October 2025;
    #     fieldwork "in June 2025"; "no fewer than eight recommendations"
    ("great-hatfield-yjs-2025", facts([
        svc("Great Hatfield Youth Justice Service", "Great Hatfield YJS", "YJS", RI)], "2025-10-21", "2025-06", 8),
     """N| Village youth justice service must do better, says watchdog

N| By [Owen Carrick|X]

N| [Friday 24 October 2025|D]

N| [Great Hatfield Youth Justice Service|S] came in at the second-lowest of the four grades, ‘[Requires improvement|R]’, in a report that [HM Inspectorate of Probation|A] put out on [21 October 2025|D].
N| Inspectors had spent a week with the service in [June 2025|D].

W| They found that no permanent manager had been in post for the better part of a year, and that the board had met only twice.
S| Staff were described as caring and resourceful, and children told inspectors they felt listened to.
W| But work to protect others from harm was inconsistent, and some plans had not been reviewed after a child was arrested again.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people who work here are doing their best with too little direction from above.”

R| The report makes no fewer than eight recommendations.

N| A spokesperson for the service said a new manager would start in January.
"""),
    # 14. ordinary: embargo line, PDU Inadequate: "has been rated ‘Inadequate’ by His Majesty’s Inspectorate of
    #     Probation"; "Inspectors visited in November 2022"; "The report sets out six recommendations"
    ("routh-pdu-2023", facts([
        svc("Routh Probation Delivery Unit", "Routh PDU", "PDU", INAD)], "2023-03-14", "2022-11", 6),
     """N| EMBARGOED UNTIL 00:01 [TUESDAY 14 MARCH 2023|D]

N| [Routh Probation Delivery Unit|S] rated ‘[Inadequate|R]’

N| [Routh Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| Inspectors visited in [November 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Routh|S] is a unit in real trouble.
W| “Almost half of its officer posts were empty when we inspected, and those who remained were working late into the evening simply to keep up.”

W| The unit’s assessments of risk were sufficient in just 11 of 32 cases.
W| There was no reliable system for checking that people released from prison had reported for their first appointment.
S| The staff who remained were loyal to one another, and several had turned down promotions elsewhere to stay.

R| The report sets out six recommendations for the unit, its region and [HM Prison and Probation Service|A].
R| “Action is needed now, not in another year’s time,” Mr Russell added.
"""),
    # 15. ordinary: a remote inspection in 2021, youth service Good: "awarded a ‘Good’"; "carried out remotely in
    #     March 2021"; notes "available ... on Tuesday 6 July 2021"; "five recommendations"
    ("riston-yjs-2021", facts([
        svc("Riston Youth Justice Service", "Riston YJS", "YJS", GOOD)], "2021-07-06", "2021-03", 5),
     """N| ‘[Good|R]’ grade for [Riston youth justice service|S]

N| [HM Inspectorate of Probation|A] has awarded [Riston Youth Justice Service|S] a ‘[Good|R]’.
N| With pandemic restrictions still in force, inspectors worked from home and by video in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout the lockdowns, [Riston|S]’s staff kept in touch with every child, by phone, by video and on the doorstep.
S| “Children who had drifted away from school were found places on courses, and some have since gone on to college.”

W| Assessments did not always look closely enough at the risk children faced from older peers.
S| The service’s work with [Humberside Police|A] on out-of-court disposals was thoughtful and well recorded.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [Tuesday 6 July 2021|D] at 00.01.
"""),
    # 16. ordinary: 2025 public-protection release, no rating: "Context" / "Findings" bullets; "Published 18 November
    #     2025"; "Inspectors were on site in July 2025"; "eight recommendations"
    ("humbleton-pdu-2025", facts([
        svc("Humbleton Probation Delivery Unit", "Humbleton PDU", "PDU", None)], "2025-11-18", "2025-07", 8),
     """N| Press release

N| [Humbleton Probation Delivery Unit|S]: public protection inspection

N| From: [HM Inspectorate of Probation|A]

N| Published [18 November 2025|D]

N| [HM Inspectorate of Probation|A] has looked at how well [Humbleton Probation Delivery Unit|S] keeps the public safe; the unit answers to the [Probation Service – Yorkshire and the Humber region|S].
N| Inspectors were on site in [July 2025|D].
N| Inspections in this programme do not give ratings.

N| Context
N| • The unit supervises around 1,100 people across Holderness and the eastern edge of Hull.
N| • Domestic abuse features in the records of roughly one in four people on its books.

N| Findings
W| • Work to identify and manage the risk of harm was sufficient in only half of the cases examined.
W| • Officers were not routinely checking with children’s social care before deciding how to manage a case.
S| • Joint work with [Humberside Police|A] on the highest-risk cases was close and well organised.

R| The report makes eight recommendations.
"""),
    # 17. ordinary: "Skip to content" page with an empty "Published:" line, youth service RI: "was found to ‘Require
    #     improvement’ overall"; fieldwork "between 22 and 26 January 2024"; date in notes "23 April 2024"; "six
    #     recommendations"
    ("elstronwick-yjs-2024", facts([
        svc("Elstronwick Youth Justice Service", "Elstronwick YJS", "YJS", RI)], "2024-04-23", "2024-01", 6),
     """N| Skip to content

N| Published:

N| [Elstronwick youth justice service|S] needs to improve

N| After inspecting [Elstronwick Youth Justice Service|S] between [22 and 26 January 2024|D], [HM Inspectorate of Probation|A] has given it an overall rating of ‘[Requires improvement|R]’.

S| Inspectors were impressed by the service’s restorative justice work, which victims described as respectful and worthwhile.
W| Against that, the board had lost sight of how children were actually doing, and its meetings rarely led to action.
W| Children from Black and mixed-heritage backgrounds were over-represented on the caseload, and the service had no plan to address this.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Elstronwick|S] has a dedicated frontline team.
W| “What it lacks is a board that asks hard questions and follows up on the answers.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [23 April 2024|D] at 00.01.
"""),
    # 18. ordinary: PDU in 2022, RI: "X’s overall grade is ‘Requires improvement’"; "published today (Wednesday 26
    #     October)" with the year from the fieldwork (June 2022); "The report lists five recommendations"
    ("thorngumbald-pdu-2022", facts([
        svc("Thorngumbald Probation Delivery Unit", "Thorngumbald PDU", "PDU", RI)], "2022-10-26", "2022-06", 5),
     """N| Humber probation unit: a mixed inspection

N| In a report published today ([Wednesday 26 October|D]), [HM Inspectorate of Probation|A] gives [Thorngumbald Probation Delivery Unit|S] an overall grade of ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [June 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thorngumbald|S]’s officers have been in post for years, and it is obvious how much the people on their caseloads matter to them.
W| “Even so, their work to keep others safe often went no further than the paperwork.”

S| Inspectors commended the unit’s accommodation officer, who had found settled housing for most people released from prison.
W| Unpaid work had built up a backlog of hours that the unit had no clear plan to clear.
W| While staff morale was good, caseloads had crept above the national target for more than a year.

R| The report lists five recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
