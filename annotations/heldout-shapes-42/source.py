"""Builds the forty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Merseyside PDUs on a GOV.UK page, the region in the first sentence: "The verdict for X and Y is ‘...’; Z
    #    sits a step lower, on ‘...’"; fieldwork "between 22 January and 2 February 2024"; nine recommendations "three
    #    addressed to each unit"; the regional director's reply
    ("aintree-crosby-and-birkdale-pdus-2024", facts([
        svc("Aintree Probation Delivery Unit", "Aintree PDU", "PDU", RI),
        svc("Crosby Probation Delivery Unit", "Crosby PDU", "PDU", INAD),
        svc("Birkdale Probation Delivery Unit", "Birkdale PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Probation units in Merseyside: one found ‘[Inadequate|R]’, two told to improve

N| Reports on three units in Sefton and north Liverpool are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] sent inspectors to [Aintree Probation Delivery Unit|S], [Crosby Probation Delivery Unit|S] and [Birkdale Probation Delivery Unit|S], three units belonging to [Probation Service – North West region|S], between [22 January and 2 February 2024|D].
N| The verdict for [Aintree|S] and [Birkdale|S] is ‘[Requires improvement|R]’; [Crosby|S] sits a step lower, on ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Crosby, nearly half the probation officer desks were empty, and cover arrangements meant people could go weeks without seeing anyone who knew their case.
W| “Across all three units, home visits to check on children’s safety were the exception rather than the rule.
S| “[Birkdale|S] shows real promise: a new senior manager has already brought order to allocation, and [Aintree|S]’s partnership with drug and alcohol services is a model others could copy.”

S| Inspectors commended the court teams in all three units for prompt, well-argued pre-sentence reports.
W| By contrast, sentence plans were often drafted with no input from the person on probation, and few were updated when circumstances shifted.

R| Between them the three reports contain nine recommendations, three addressed to each unit.

N| [Rachel Entwistle|X], who heads probation in the North West as regional director, said: “The findings are accepted; seasoned officers are being moved into Crosby while we recruit.”
"""),
    # 2. two youth justice services in a local-news story: "X has been handed the top grade of ‘...’, while neighbouring Y
    #    came away with ‘...’"; the reports "went online on Tuesday (21 November)" under a byline of Friday 24 November
    #    2023; "five recommendations between them, two for X and three for Y"
    ("billinge-and-rainhill-yjs-2023", facts([
        svc("Billinge Youth Justice Service", "Billinge YJS", "YJS", OUT),
        svc("Rainhill Youth Justice Service", "Rainhill YJS", "YJS", GOOD)], "2023-11-21", "2023-09", 5),
     """N| Two youth justice teams in St Helens win inspectors’ praise

N| By [Gemma Rigby|X]

N| [Friday 24 November 2023|D]

N| It is ‘[Outstanding|R]’ for [Billinge Youth Justice Service|S] and ‘[Good|R]’ for its neighbour, [Rainhill Youth Justice Service|S].
N| Both reports went online on Tuesday ([21 November|D]), after inspectors spent time with the two teams in [September 2023|D].

S| The watchdog found that [Billinge|S]’s staff formed lasting bonds with children previously failed by other agencies.
S| Its case managers were described as tenacious when it came to returning children to education or training.
S| [Rainhill|S]’s work with victims was singled out as thoughtful and well organised.
W| Yet the inspectors found that [Rainhill YJS|S] did not always share plans with children’s social care where exploitation was a risk.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two services that put children first, and [Billinge|S] deserves every bit of its top grade.”

R| Five recommendations are spread over the two reports, two for [Billinge|S] and three for [Rainhill|S].

N| [St Helens Borough Council|A] expects to publish an action plan in the new year, a spokesperson said.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence, its own 2023 rating as context: "has
    #    been given the lowest of ...’s four grades, ‘...’"; "Mr Jones continued"; "visited the unit in June 2024"; the
    #    notes' "at 00.01 on Thursday 10 October 2024"; seven recommendations, "five are for the unit"
    ("speke-pdu-2024", facts([
        svc("Speke Probation Delivery Unit", "Speke PDU", "PDU", INAD)], "2024-10-10", "2024-06", 7),
     """N| [Speke probation unit|S] given lowest rating in [North West probation region|S]

N| [Speke Probation Delivery Unit|S] is now on the bottom grade, ‘[Inadequate|R]’, after [HMI Probation|A] looked at its work; the unit sits inside [Probation Service – North West region|S].
N| The [North West region|S] itself was graded ‘[Requires improvement|R]’ when inspected in [2023|D].
N| Inspectors visited the unit in [June 2024|D] and read 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Speke|S] has relied on staff goodwill for far too long.
W| “Caseloads were well above safe levels, almost nobody had been trained to manage domestic abuse cases, and managers could not tell us which people posed the highest risk.”

W| Mr Jones continued: “Worryingly, in only 14 of the 52 cases did we judge the work to protect people who could come to harm to be sufficient.”

S| There were brighter aspects: links with approved premises were strong, and staff had warm words for their line managers.
W| Yet only in a minority of relevant cases did anyone ask [Merseyside Police|A] whether there had been domestic call-outs to the address.

R| Seven recommendations come out of the inspection: five are the unit’s to act on, and two the regional [Probation Service|A]’s.

N| ENDS

N| Notes to editors
N| 1. Online publication: [Thursday 10 October 2024|D], 00.01.
N| 2. [Speke PDU|S] covers parts of south Liverpool.
"""),
    # 4. a Probation Trust in 2012, before ratings: percentages, "Among the positives, inspectors found that:" / "Less
    #    positively, they found that:" bullet lists; "Tuesday, 13th March 2012" above "published today"; "carried out in
    #    November 2011"; eight recommendations
    ("arnside-and-cartmel-probation-trust-2012", facts([
        svc("Arnside and Cartmel Probation Trust", "Arnside and Cartmel Probation Trust", "other", None)],
        "2012-03-13", "2011-11", 8),
     """N| Inspection of probation in south Cumbria: report published

N| [Tuesday, 13th March 2012|D]

S| In its report, out this morning, [Her Majesty’s Inspectorate of Probation|A] describes work by [Arnside and Cartmel Probation Trust|S] to reduce reoffending as of a high standard.
N| Inspectors read 54 case files during their visit to the Trust in [November 2011|D].

S| Across the cases examined, 78% of the work to cut reoffending met the required level, as did 85% of the work to see that sentences were carried out.
W| Work to protect the public lagged behind, at 64%.

N| On the credit side, the report notes that:
S| • practitioners had an intimate knowledge of their caseloads and acted fast whenever someone failed to attend;
S| • the Trust worked closely with [Cumbria Constabulary|A] on the management of violent and sexual offenders;
S| • victims received a prompt and sensitive service.

N| Less positively, inspectors found that:
W| • once completed, risk of harm assessments were seldom looked at again when something important happened;
W| • plans for domestic abuse perpetrators did not always address the safety of children.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has reason for pride, and its staff plainly care about those under their supervision.
R| “It now needs to treat public protection as seriously as it already treats cutting reoffending.”

R| In all, the report lists eight recommendations.
"""),
    # 5. a CRC in 2019 run by a named provider: "has placed X (CRC), one of the companies run by ..., in its ‘...’ band";
    #    unpaid work "rated separately, was found to be ‘...’"; "Published: 26 Mar 2019"; fieldwork "across November and
    #    December 2018"; "Despite a heavy reliance on agency staff, ..."; six recommendations "four of them to the CRC"
    ("aughton-and-parbold-crc-2019", facts([
        svc("Aughton and Parbold Community Rehabilitation Company", "Aughton and Parbold CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-26", "2018-11", 6),
     """N| News

N| Probation company in West Lancashire ‘[Requires improvement|R]’

N| Published: [26 Mar 2019|D]

N| [Purple Futures|A]’ [Aughton and Parbold Community Rehabilitation Company|S] (CRC) has landed in the ‘[Requires improvement|R]’ band of [HM Inspectorate of Probation|A]’s scale.
S| Unpaid work at the CRC carries its own rating, and that was ‘[Good|R]’.
N| Inspectors visited across [November and December 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at this CRC are resilient and hard-working, and unpaid work placements are well run, with people given the chance to learn skills.
W| “But supervision too often happens by phone alone, and we found that risk was not always reassessed when it should have been.”

W| Just 46 per cent of cases had an adequate plan for protecting others.
S| Despite a heavy reliance on agency staff, inspectors found that people were seen promptly after sentence.
W| The CRC got on well enough with the [National Probation Service|A], but information passed between the two was often late.

R| Two of the inspectorate’s six recommendations are for [HMPPS|A]; the other four fall to the CRC and [Purple Futures|A] jointly.

N| [Purple Futures|A] said in a statement that it had begun recruiting more probation officers.
"""),
    # 6. an NPS division in 2019: "has given ‘...’, the second-highest of its four ratings, to the National Probation
    #    Service – X Division"; "Thursday, 4th July 2019"; "between 25 and 29 March 2019"; "I want to see ..."
    ("nps-eastham-and-bromborough-division-2019", facts([
        svc("National Probation Service – Eastham and Bromborough Division", "NPS Eastham and Bromborough", "region",
            GOOD)], "2019-07-04", "2019-03", 5),
     """N| Probation division on the Wirral praised by inspectors

N| [Thursday, 4th July 2019|D]

N| ‘[Good|R]’, the second-highest of four possible ratings, goes to the [National Probation Service – Eastham and Bromborough Division|S], whose work [HMI Probation|A] has just examined.
N| The division hosted inspectors from [25 to 29 March 2019|D].

S| The division’s court work was a particular strength: reports were thorough and nearly always ready on the day.
S| Leaders kept a close eye on performance, and staff told inspectors they felt valued.
W| On the other hand, the division’s work with victims needed further development, and some victims never heard that an offender had been freed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Eastham and Bromborough|S] shows what a settled, well-managed division can achieve.
R| “I want to see victims given the same care the division already gives to courts.”

R| Of five recommendations, the division receives three and [HMPPS|A] two.

N| The [Police and Crime Commissioner for Merseyside|A] welcomed the report.
"""),
    # 7. a youth offending team written out, 2016, before ratings: a joint inspection "carried out alongside" three other
    #    inspectorates; "Published: 23 Feb 2016"; "spent a week with the YOT in November 2015"; bullet lists after
    #    "Among the inspectors’ positive findings:" / "On the debit side, inspectors found that:"
    ("oswaldtwistle-yot-2016", facts([
        svc("Oswaldtwistle Youth Offending Team", "Oswaldtwistle YOT", "YJS", None)], "2016-02-23", "2015-11", 6),
     """N| Findings published from joint inspection in Oswaldtwistle

N| Published: [23 Feb 2016|D]

N| Results of a joint inspection of [Oswaldtwistle Youth Offending Team|S] (YOT) are out today; the lead inspectorate was [Her Majesty’s Inspectorate of Probation|A], working with [Ofsted|A] plus the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].
N| Inspectors were with the YOT for a week in [November 2015|D].

N| Among the inspectors’ positive findings:
S| • managers understood in depth what local children needed;
S| • case managers kept in regular touch with families, including in the evenings;
S| • almost every child had been helped into school, college or work.

N| On the debit side, inspectors found that:
W| • many risk-to-others assessments were stale;
W| • the YOT’s management board took decisions but rarely checked that they were acted on;
W| • [CAMHS|A] workers were not always informed of changes in a child’s circumstances.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “The staff of [Oswaldtwistle YOT|S] are plainly devoted to the children on their caseloads.
W| “However, there is too little checking of whether the work reduces the risk to the public, and that has to change.”

R| Six recommendations follow, of which four are for the YOT and two for [Lancashire County Council|A].
"""),
    # 8. a youth justice service with resettlement rated on its own: "published today (Tuesday, 14 June)" with no year
    #    (the fieldwork's, February 2022), "places the service at ‘...’"; "Resettlement, rated on its own, reached ‘...’";
    #    four recommendations "three to the service and one to ..."
    ("woolton-and-garston-yjs-2022", facts([
        svc("Woolton and Garston Youth Justice Service", "Woolton and Garston YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-06-14", "2022-02", 4),
     """N| ‘[Good|R]’ youth justice work in south Liverpool, with resettlement of the highest standard

N| Published today ([Tuesday, 14 June|D]), the inspection report on [Woolton and Garston Youth Justice Service|S] places the service at ‘[Good|R]’.
S| Resettlement, rated on its own, reached ‘[Outstanding|R]’.
N| Fieldwork happened in [February 2022|D], with 30 children’s cases examined.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children leaving custody in this part of Liverpool are met at the gate, have somewhere safe to live and have a plan for education before they come out.
S| “Across the service, staff are skilled and know the children well.
W| “Where the service falls short is out-of-court work: decisions were sometimes taken before the child’s needs were properly understood.”

W| Inspectors also noted that the management board had yet to hear directly from children.
S| Inspectors called joint work with [Merseyside Police|A] to divert children from the justice system strong.

R| Four recommendations are set out: the service has three, [Liverpool City Council|A] one.

N| Staff had “worked tirelessly”, said the cabinet member responsible for children at [Liverpool City Council|A].
"""),
    # 9. a council page with a day/month/year date, the previous rating beside the current one: "has moved up to ‘...’ in
    #    a report published today ..., having been rated ‘...’ in March 2020"; "two weeks with the service in May 2023";
    #    an impersonal call "The next task is to ..."; the council's reply
    ("tarleton-and-croston-yjs-2023", facts([
        svc("Tarleton and Croston Youth Justice Service", "Tarleton and Croston YJS", "YJS", RI)],
        "2023-09-12", "2023-05", 6),
     """N| Youth justice service in West Lancashire makes progress

N| News release – [12/09/2023|D]

N| [Tarleton and Croston Youth Justice Service|S], rated ‘[Inadequate|R]’ in [March 2020|D], has climbed to ‘[Requires improvement|R]’, an inspection report out today shows.
N| A fortnight of fieldwork by [HMI Probation|A] in [May 2023|D] informed the report.

S| Every recommendation from the last inspection had been acted on, inspectors found, and staff turnover had dropped sharply.
S| Children told inspectors they trusted their case workers.
W| However, safety planning for children varied in quality, and in only 12 of 27 cases was enough done to protect potential victims.
W| Provision for children excluded from school remained patchy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There are green shoots here, and the service has made real strides since [2020|D].
R| “The next priority must be for every child’s plan to weigh up the safety of others.”

R| The report contains six recommendations.

N| County Councillor [Cosima Towneley|X], children’s portfolio holder at [Lancashire County Council|A], said: “The inspectors saw how far we have come, thanks to a great deal of hard work by our staff.”
"""),
    # 10. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets, fieldwork "7 - 11 April 2025", "We have made four recommendations, and I urge ...", the
    #     notes' "on 22 July 2025 at 00.01"
    ("bispham-pdu-2025", facts([
        svc("Bispham Probation Delivery Unit", "Bispham PDU", "PDU", None)], "2025-07-22", "2025-04", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Bispham Probation Delivery Unit|S]

N| How well does [Bispham Probation Delivery Unit|S] keep the public safe?
N| [HM Inspectorate of Probation|A]’s answer comes in a report out today.
N| Like every inspection in this programme, it does not award a rating.

N| Context

N| • Inspectors visited the unit on [7 - 11 April 2025|D], reading 40 cases.
N| • The PDU, one of the units of the [North West region|S], has about 1,100 people on its books along the Fylde coast.

N| Findings

S| • Staff understood the dangers their cases could pose, and most assessments drew on police information.
W| • Home visits were rare, so practitioners often did not know who else lived at an address.
W| • Children’s social care was consulted in just 19 of the 31 cases that called for it.
S| • Joint work with [Lancashire Constabulary|A] under [MAPPA|A] was well organised.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bispham|S]’s staff are capable, but there are too few of them to do the checks that keep children and partners safe.
R| “Our report contains four recommendations, and I urge regional leaders to staff the unit properly.”

N| Notes to editors
N| 1. Release time was 00.01 on [22 July 2025|D], on the inspectorate’s website.
"""),
    # 11. an 'Outstanding' youth service in a local-news story: the headline's lower-case "Ainsdale youth justice team",
    #     "has been given the inspectorate’s highest grade"; "published on Wednesday (15 January)" under a byline of
    #     Thursday 16 January 2025; "spent the first fortnight of October 2024"; the council's reply
    ("ainsdale-yjs-2025", facts([
        svc("Ainsdale Youth Justice Service", "Ainsdale YJS", "YJS", OUT)], "2025-01-15", "2024-10", 2),
     """N| [Ainsdale youth justice team|S] is ‘[Outstanding|R]’, inspectors say

N| By [Daniel Kershaw|X]

N| [Thursday 16 January 2025|D]

N| A report issued on Wednesday ([15 January|D]) awards [Ainsdale Youth Justice Service|S] the inspectorate’s very top mark, ‘[Outstanding|R]’.
N| Youth justice staff hosted an [HM Inspectorate of Probation|A] team for the opening fortnight of [October 2024|D].

S| According to the watchdog, each child kept one key worker from the day of arrest until the final session of their order.
S| It said the service’s joint work with [Sefton Council|A]’s education team had halved the number of children out of school.
S| Inspectors also praised the service for tackling the over-representation of Black and mixed-heritage children in the justice system.
W| The only area flagged for improvement was the recording of how risk to victims had been considered.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ainsdale|S] stands out: its leaders are ambitious for every child, and it shows.”

R| Just two recommendations appear, both aimed at the service’s management board.

N| Councillor [Mhairi Doyle|X], who leads on children’s services at [Sefton Council|A], called the result “richly deserved”.
"""),
    # 12. two Liverpool PDUs on a justiceinspectorates page: "X has been assessed as ‘...’; Y fared worse, with the lowest
    #     rating, ‘...’"; fieldwork "3 - 14 February 2025"; ten recommendations "four for each unit and two for ..."; the
    #     notes' "from 00.01 on 3 June 2025"; the region in the notes
    ("everton-and-toxteth-pdus-2025", facts([
        svc("Everton Probation Delivery Unit", "Everton PDU", "PDU", RI),
        svc("Toxteth Probation Delivery Unit", "Toxteth PDU", "PDU", INAD)], "2025-06-03", "2025-02", 10),
     """N| Two Liverpool probation units inspected

N| Two of the city’s probation delivery units, [Everton Probation Delivery Unit|S] and [Toxteth Probation Delivery Unit|S], are judged in reports that [HMI Probation|A] published today.
N| [Everton|S] is assessed as ‘[Requires improvement|R]’; [Toxteth|S] fared worse, with the lowest rating, ‘[Inadequate|R]’.
N| The inspection team’s fieldwork ran over [3 - 14 February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Everton|S] has steadied after a difficult year, with a new head of service whom staff trust.
W| “[Toxteth|S], in contrast, remains under heavy strain: more than a third of posts are vacant and newly qualified officers carry cases that would stretch far more experienced colleagues.
W| “In both units, too many domestic abuse perpetrators never started a programme.”

S| Inspectors noted that [Toxteth PDU|S]’s staff remained committed to their work despite the pressure.
W| Work with [Liverpool City Council|A]’s children’s services was also found to be inconsistent across the two units.

R| Ten recommendations are made: four per unit, plus two for the North West’s [Probation Service|A] leadership.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [3 June 2025|D]; both reports then appear on the inspectorate’s website.
N| 2. [Everton|S] and [Toxteth|S] together cover much of inner Liverpool; the [North West probation region|S] oversees both.
"""),
    # 13. a Cumbrian youth service: the headline's lower-case "Askam youth justice service"; "Tuesday, 16th November 2021";
    #     "Inspectors have concluded that X ‘...’"; "carried out remotely during August 2021"; out-of-court disposals "rated
    #     separately and judged ‘...’"; seven recommendations, one each for the police and the council
    ("askam-yjs-2021", facts([
        svc("Askam Youth Justice Service", "Askam YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2021-11-16", "2021-08", 7),
     """N| ‘[Requires improvement|R]’ verdict for [Askam youth justice service|S]

N| [Tuesday, 16th November 2021|D]

N| Inspectors have concluded that [Askam Youth Justice Service|S] ‘[Requires improvement|R]’.
N| With COVID-19 restrictions still in force, the [August 2021|D] fieldwork was done entirely online.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Askam|S] are committed, but too much of their work is reactive, and the management board has offered them little sense of direction.
S| “The service has, however, done well to keep children engaged through the pandemic, and its work with local schools reflects well on all concerned.”

W| Only half of the plans inspectors examined explained what would be done to keep victims safe.
W| Leaders could not say with confidence which children were most at risk of exploitation.
S| Separately rated, the service’s out-of-court disposal work earned ‘[Good|R]’.

R| The report’s seven recommendations go mostly to [Askam|S]’s leaders and board (five); [Cumbria Constabulary|A] and [Cumbria County Council|A]’s children’s services get one each.

N| An improvement plan is already being drawn up, according to [Cumbria County Council|A].
"""),
    # 14. a youth offending service that has dropped a grade: "Rated ‘...’ when last inspected, in 2020, X (YOS) has
    #     dropped a grade, to ‘...’"; a date line "5 March 2024"; "Fieldwork for this latest inspection took place in
    #     November 2023"; "good-quality work" (not a rating); the previous ‘Good’ in a quote; six recommendations
    ("burscough-yos-2024", facts([
        svc("Burscough Youth Offending Service", "Burscough YOS", "YJS", RI)], "2024-03-05", "2023-11", 6),
     """N| Inspectors mark down youth offending service near Ormskirk

N| [5 March 2024|D]

N| Rated ‘[Good|R]’ when last inspected, in [2020|D], [Burscough Youth Offending Service|S] (YOS) has dropped a grade, to ‘[Requires improvement|R]’.
N| Fieldwork for this latest inspection took place in [November 2023|D], when a team from [HMI Probation|A] reviewed 24 children’s cases.

W| Staffing had become the service’s weak point: agency workers occupied three of its nine case manager posts, and two more had been vacant since the summer.
S| Even so, inspectors saw plenty of good-quality work, particularly in helping children find stable accommodation.
W| Disappointingly, the YOS’s management board rarely challenged partners whose attendance had dropped off.
W| Only 13 of the 24 cases showed the harm the child might cause others being properly weighed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is still much to admire about [Burscough YOS|S], not least the warmth with which case managers speak about the children they support.
W| “But the board has let the service drift, and its hold on safety, which earned it ‘[Good|R]’ four years ago, has loosened.”

R| The YOS and its board have four of the six recommendations to act on; [Lancashire Constabulary|A] and the [Lancashire and South Cumbria Integrated Care Board|A] receive one each.

N| ENDS
"""),
    # 15. a Wirral PDU saved from the lowest grade by its court work: "In a report published today (Wednesday, 8 February)"
    #     with no year (the fieldwork's year, 2022, makes 8 February a Tuesday; 2023 makes it a Wednesday); "gives X a
    #     ‘...’ verdict"; "was all that stopped the unit sliding to ‘Inadequate’"; "The inspection, which took place during
    #     September 2022"; "Mr Jones continued"
    ("rock-ferry-and-tranmere-pdu-2023", facts([
        svc("Rock Ferry and Tranmere Probation Delivery Unit", "Rock Ferry and Tranmere PDU", "PDU", RI)],
        "2023-02-08", "2022-09", 6),
     """N| Probation unit on the Wirral told to improve

N| [HM Inspectorate of Probation|A] gives a ‘[Requires improvement|R]’ verdict to [Rock Ferry and Tranmere Probation Delivery Unit|S] in its report, which appears today ([Wednesday, 8 February|D]).
W| A strong showing on court work was all that stopped the unit sliding to ‘[Inadequate|R]’.
N| The inspection, which took place during [September 2022|D], covered 44 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Far too many of those on probation here are managed by staff who are new to the job and given little support.
W| “Supervision meetings were short, often cancelled and seldom focused on what would reduce reoffending.”

S| Mr Jones continued: “I was, though, encouraged by the court team, whose reports gave magistrates a clear and honest picture.”

W| Worryingly, almost a third of those judged likely to harm a partner had no safety plan in place.
S| Work with [Wirral Council|A] on housing people released from prison was praised as a model of co-operation.

R| Inspectors set out six recommendations: the unit gets four, with one each for [HMPPS|A] and [Merseyside Police|A].

N| ENDS
"""),
    # 16. a west Cumbrian youth service with its three areas of work rated separately: "X is ‘...’ overall";
    #     "Organisational delivery and court disposals each reached ‘...’"; "Out-of-court disposals fell short, at ‘...’";
    #     GOV.UK layout, "Published 21 May 2020"; "between 10 and 14 February 2020"; a recommendation named in the count
    ("frizington-yjs-2020", facts([
        svc("Frizington Youth Justice Service", "Frizington YJS", "YJS", GOOD,
            [{"aspect": "organisational delivery", "rating": GOOD}, {"aspect": "court disposals", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": RI}])], "2020-05-21", "2020-02", 5),
     """N| Press release

N| Youth justice in west Cumbria: inspectors award ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2020|D]

N| [Frizington Youth Justice Service|S] is ‘[Good|R]’ overall, and each of its three areas of work is graded separately as well.
S| Organisational delivery and court disposals each reached ‘[Good|R]’.
W| Out-of-court disposals fell short, at ‘[Requires improvement|R]’.
N| Inspectors visited between [10 and 14 February 2020|D] and read 29 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Frizington|S]’s case managers know their children inside out, and the partnership board is well informed and willing to ask awkward questions.
W| “Out-of-court work is the exception: too many diversion decisions were made by the police alone, with no assessment from the service.”

S| Support with education, training and work stood out, helped by a teacher seconded from [Cumbria County Council|A].
W| Unfortunately, a quarter of the cases inspected lacked any plan for keeping victims safe.

R| There are five recommendations; one asks [Cumbria Constabulary|A] and the service to agree a joint way of deciding on out-of-court disposals.
"""),
    # 17. a unit inside its region, Good against the trend, with sibling PDUs' ratings beside it: "leaves its inspection
    #     rated ‘...’, something few units across ... have achieved"; "Elsewhere in the region, X and Y
    #     were both rated ‘Inadequate’ in 2024" (other services' ratings, context); "Wed 12 February 2025"; fieldwork
    #     "across October and November 2024"; three recommendations, "all for the unit"
    ("heysham-pdu-2025", facts([
        svc("Heysham Probation Delivery Unit", "Heysham PDU", "PDU", GOOD)], "2025-02-12", "2024-10", 3),
     """N| Probation unit on Morecambe Bay bucks the regional trend with ‘[Good|R]’

N| [Wed 12 February 2025|D]

N| [Heysham Probation Delivery Unit|S] leaves its inspection rated ‘[Good|R]’, something few units across [Probation Service – North West region|S] have achieved.
N| Elsewhere in the region, [Crosby PDU|S] and [Speke PDU|S] were both rated ‘[Inadequate|R]’ in [2024|D].
N| The inspection ran across [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Heysham|S] shows that a probation unit can hold on to its staff, keep caseloads manageable and still do careful, thoughtful work.
S| “Managers here lead by example, and it was striking how often people on probation described their officer as someone who had helped them turn a corner.”

S| Almost every assessment inspectors read made use of what the police and children’s social workers knew.
W| There is room for improvement in work with women, which depends on one specialist officer.

R| The unit receives three recommendations, among them one to widen specialist support for women.
"""),
    # 18. a youth offending team written out, on a council page in 2018, the lowest rating: "now holds the lowest
    #     possible grade, ‘...’"; "Posted on 06/12/2018" (day/month/year); "between 17 and 21 September 2018"; the
    #     watchdog's findings in the third person; the council's apology and promises (not findings)
    ("seascale-yot-2018", facts([
        svc("Seascale Youth Offending Team", "Seascale YOT", "YJS", INAD)], "2018-12-06", "2018-09", 8),
     """N| Council responds to youth offending inspection

N| Posted on [06/12/2018|D]

N| [Seascale Youth Offending Team|S] (YOT) now holds the lowest possible grade, ‘[Inadequate|R]’, following an autumn inspection by [HMI Probation|A].
N| They spent a week with the team, between [17 and 21 September 2018|D].

W| According to the watchdog, the YOT’s management board had gathered just twice in twelve months and had missed the signs that performance was slipping.
W| Too many children’s plans had simply been carried over from older assessments without being brought up to date.
W| A restructure had left staff unsure of their roles, inspectors said, and several told them there was no one to turn to for advice.
S| The watchdog did praise the team’s work to get children into education and training.

R| The report carries eight recommendations, chiefly for the board.

N| [Gareth Fenwick|X], director of children’s services at [Cumbria County Council|A], said: “We are deeply sorry, and every recommendation will be acted on.”
N| A new chair has been appointed to the management board, and the council’s cabinet will consider an improvement plan in January.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
