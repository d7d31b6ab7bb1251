"""Builds the thirty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Birmingham PDUs on a GOV.UK page, the region named before the units; "were judged to be ‘...’ and ‘...’
    #    respectively"; fieldwork "between 11 and 22 March 2024"; the notes' "released at 00.01 on ..."; nine
    #    recommendations "five for Erdington and four for Sutton Coldfield"
    ("sutton-coldfield-and-erdington-pdus-2024", facts([
        svc("Sutton Coldfield Probation Delivery Unit", "Sutton Coldfield PDU", "PDU", RI),
        svc("Erdington Probation Delivery Unit", "Erdington PDU", "PDU", INAD)], "2024-07-09", "2024-03", 9),
     """N| Press release

N| Two probation units in north Birmingham: one short of standard, the other failing

N| Reports on two neighbouring probation delivery units in the north of Birmingham.

N| From: [HM Inspectorate of Probation|A]

N| Within [Probation Service – West Midlands region|S], inspectors looked at [Sutton Coldfield Probation Delivery Unit|S] and [Erdington Probation Delivery Unit|S] side by side.
N| The two units were judged to be ‘[Requires improvement|R]’ and ‘[Inadequate|R]’ respectively.
N| Inspectors visited both units between [11 and 22 March 2024|D].

W| [Erdington|S] had seen half its qualified officers leave in eighteen months, and trainees were holding cases well beyond their experience.
W| Domestic abuse checks with [West Midlands Police|A] had been missed in a large share of [Erdington|S]’s cases.
S| [Sutton Coldfield|S], for its part, had a settled team whose reports to the magistrates were thorough and on time.
W| Even so, its plans for managing risk were refreshed in under half the cases where circumstances had changed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Erdington|S] is a unit stretched to breaking point, where people who pose a danger to others are not being watched closely enough.
S| “[Sutton Coldfield|S] has stronger foundations, and its staff clearly care about those on their caseloads.
R| “The region must make this unit an urgent priority and move experienced staff there without delay.”

R| Nine recommendations are made, five for [Erdington|S] and four for [Sutton Coldfield|S].

N| Notes to editors
N| 1. The two reports are released at 00.01 on [9 July 2024|D] and will then be on the inspectorate’s website.
N| 2. [Sutton Coldfield PDU|S] and [Erdington PDU|S] are two of the West Midlands delivery units of the [Probation Service|A].
"""),
    # 2. a youth justice service on a council news page "12/09/2023"; "finds that X ‘Requires improvement’" (the rating
    #    as the verb); resettlement "given a separate rating, came out as ‘...’"; fieldwork "The inspection team’s week
    #    on site fell in May 2023"; four recommendations
    ("brierley-hill-yjs-2023", facts([
        svc("Brierley Hill Youth Justice Service", "Brierley Hill YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-09-12", "2023-05", 4),
     """N| News

N| Inspection report on youth justice published

N| [12/09/2023|D]

N| In today’s report, [HM Inspectorate of Probation|A] finds that [Brierley Hill Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection team’s week on site fell in [May 2023|D].
S| Its resettlement work, which was given a separate rating, came out as ‘[Good|R]’.

S| Inspectors said that children leaving custody returned to somewhere to live, a place in education and a familiar worker.
S| Case workers were described as warm, persistent and well liked by the children they supported.
W| However, assessments of the risk that children posed to others were often thin, and too few were updated after new incidents.
W| The management board had not been given reliable figures and so could not tell whether things were improving.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This service has real heart, but good intentions are not the same as keeping people safe.
R| “Leaders need to take hold of the quality of risk work.”

R| Four recommendations are made: three concern the service itself and one the [Dudley Safeguarding Children Partnership|A].

N| Councillor [Ruth Banner|X], the [Dudley Council|A] portfolio holder for children, said: “We agree with all of the recommendations, and work on our plan started straight away.”
"""),
    # 3. a youth offending team written out, 2019, justiceinspectorates layout "Published: 10 Dec 2019"; "assessed
    #    overall as ‘...’"; fieldwork "between 9 and 13 September 2019"; out-of-court disposals rated separately; six
    #    recommendations
    ("darlaston-yot-2019", facts([
        svc("Darlaston Youth Offending Team", "Darlaston YOT", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2019-12-10", "2019-09", 6),
     """N| News

N| Youth offending work in Darlaston assessed

N| Published: [10 Dec 2019|D]

N| Inspectors at [HM Inspectorate of Probation|A] have assessed [Darlaston Youth Offending Team|S] (YOT) overall as ‘[Requires improvement|R]’.
W| Out-of-court disposals, graded on their own, were found ‘[Inadequate|R]’.
N| The fieldwork took place between [9 and 13 September 2019|D].

S| The YOT’s work on court orders was generally sound, and inspectors saw some thoughtful planning.
S| Ties with local schools were a notable strength, with a named teacher in each secondary school.
W| Decisions about children diverted from court were made without a full picture of their needs, and many were closed with no work done.
W| Disappointingly, victims’ views were missing from most of the cases reviewed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Darlaston|S]’s staff have won the confidence of children and their parents.
W| “Yet the approach to out-of-court work is not safe, and that is a serious gap.”

R| Six recommendations are made; one asks the YOT management board to review every out-of-court decision made in the last year.

N| A spokesperson for [Walsall Council|A] said the council would respond to the findings in full.
"""),
    # 4. a CRC in 2019, "Thursday, 4th April 2019" date line; "put at the very bottom of the scale, ‘...’"; owned by a
    #    provider; fieldwork "Today’s report follows an inspection of the company in October and November 2018"; five
    #    recommendations
    ("hednesford-and-cheslyn-hay-crc-2019", facts([
        svc("Hednesford and Cheslyn Hay Community Rehabilitation Company", "Hednesford and Cheslyn Hay CRC", "CRC",
            INAD)], "2019-04-04", "2018-10", 5),
     """N| Probation company in Cannock Chase district failing the public, says watchdog

N| [Thursday, 4th April 2019|D]

N| [Hednesford and Cheslyn Hay Community Rehabilitation Company|S], owned by [Purple Futures|A], has been put at the very bottom of the scale, ‘[Inadequate|R]’.
N| Today’s report follows an inspection of the company in [October and November 2018|D].

W| Some people under supervision had gone months without a face-to-face meeting with their officer, relying instead on telephone calls.
W| Work to protect potential victims was good enough in only 38 per cent of the cases reviewed.
W| Unpaid work was poorly organised, with groups cancelled at short notice and hours left unfinished.
S| On a more positive note, the CRC’s housing advice service had helped many people leaving prison find somewhere to live.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Local people deserve far better than they are getting from [Hednesford and Cheslyn Hay CRC|S].
W| “Staff described feeling overwhelmed, and some had stopped raising concerns because nothing ever changed.”

R| The report contains five recommendations: the CRC must act on four, and [HMPPS|A] on the fifth.

N| A spokesperson for the company said it was disappointed and was already acting on the report.
"""),
    # 5. a Probation Trust in 2012, no overall rating, "published today (Tuesday, 12 June)" with the year from fieldwork
    #    in February 2012; pre-2018 bullet lists; scores in per cent; eight recommendations
    ("cleobury-mortimer-and-broseley-probation-trust-2012", facts([
        svc("Cleobury Mortimer and Broseley Probation Trust", "Cleobury Mortimer and Broseley Probation Trust",
            "other", None)], "2012-06-12", "2012-02", 8),
     """N| Probation in south Shropshire: public protection work mostly sound

N| Today ([Tuesday, 12 June|D]) sees the publication by [HM Inspectorate of Probation|A] of its report on [Cleobury Mortimer and Broseley Probation Trust|S].
N| The inspection, which examined 60 cases, was carried out in [February 2012|D].
S| On lowering the chance that offenders commit further crimes, the Trust scored 79 per cent, among the better results this round.
W| Work to protect the public earned only 64 per cent.

N| On the positive side, the inspection team noted that:
S| offender managers were familiar with their cases and saw most people soon after sentence;
S| close working with [West Mercia Police|A] meant that information on prolific offenders was shared quickly;
S| the Trust’s programme for drink-drivers was well attended and well run.

N| However, the team also noted with concern that:
W| in a third of cases, assessments of harm went unrevised after a change in circumstances;
W| too little thought went to children who lived with those under supervision.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Cleobury Mortimer and Broseley|S] has a good deal going for it.
R| “Its next task is to make its risk of harm work as strong as its work on reoffending.”

R| The report sets out eight recommendations.
"""),
    # 6. an NPS division in 2019, "Published: 7 Mar 2019"; "X’s overall rating for Y is ‘...’"; fieldwork "The
    #    inspection, held in November 2018"; court work rated separately; seven recommendations
    ("wombourne-and-brewood-nps-division-2019", facts([
        svc("National Probation Service, Wombourne and Brewood Division", "NPS Wombourne and Brewood", "region", GOOD,
            [{"aspect": "court reports and case allocation", "rating": OUT}])], "2019-03-07", "2018-11", 7),
     """N| Inspectors praise probation division in South Staffordshire

N| Published: [7 Mar 2019|D]

N| [HM Inspectorate of Probation|A]’s overall rating for the [National Probation Service, Wombourne and Brewood Division|S] is ‘[Good|R]’.
N| The inspection, held in [November 2018|D], covered the division’s work across South Staffordshire.
S| Court reports and case allocation, assessed apart from the rest, reached ‘[Outstanding|R]’.

S| Inspectors found a division where staff felt supported and caseloads were kept at a level they could manage.
S| Reports for the courts were well researched and gave sentencers realistic options.
W| Less positively, work with victims of crime was slow, and a few victims heard from the division only weeks before the offender left prison.
W| Plans for sex offenders were not always updated after home visits.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Wombourne and Brewood|S] is a well-run division, and its court team is one of the strongest anywhere.
R| “I want the same energy brought to its work with victims.”

R| There are seven recommendations; the division must act on five, [HMPPS|A] on two.
"""),
    # 7. two youth services in one local-news story, byline Saturday 19 November 2022, reports "released on Wednesday
    #    (16 November)"; "Castle Bromwich secured the highest mark, ‘...’, while Chelmsley Wood came in at ‘...’", in
    #    the other order from the one first named; fieldwork "in July 2022"; eight recommendations
    ("chelmsley-wood-and-castle-bromwich-yjs-2022", facts([
        svc("Chelmsley Wood Youth Justice Service", "Chelmsley Wood YJS", "YJS", GOOD),
        svc("Castle Bromwich Youth Offending Service", "Castle Bromwich YOS", "YJS", OUT)], "2022-11-16", "2022-07", 8),
     """N| Youth justice teams in north Solihull win inspectors’ approval

N| By [Daniel Okafor|X]

N| [Saturday 19 November 2022|D]

N| Inspection reports on [Chelmsley Wood Youth Justice Service|S] and [Castle Bromwich Youth Offending Service|S] were released on Wednesday ([16 November|D]), after the inspectors’ visits in [July 2022|D].
N| [Castle Bromwich|S] secured the highest mark, ‘[Outstanding|R]’, while [Chelmsley Wood|S] came in at ‘[Good|R]’.

S| According to the watchdog, [Castle Bromwich|S]’s staff went to great lengths so that children stayed in school and out of reach of exploitation.
S| [Castle Bromwich YOS|S] also worked closely with [West Midlands Police|A] so that children picked up at night were seen by a worker the next morning.
S| The report on [Chelmsley Wood YJS|S] highlighted its health offer, with a nurse and a speech therapist based in the team.
W| Inspectors said, though, that [Chelmsley Wood|S]’s safety plans were sometimes simply carried over unchanged between reviews.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Castle Bromwich|S] stands out as one of the best services we have inspected, and [Chelmsley Wood|S] is not far behind.”

R| Between them the two reports contain eight recommendations, five to [Chelmsley Wood|S] and three to [Castle Bromwich|S].

N| A [Solihull Council|A] councillor responsible for children said she was “delighted” and thanked the staff of both teams.
"""),
    # 8. a PDU inside its region on a justiceinspectorates page; "now finds itself in the bottom category, ‘...’"; its
    #    2021 rating beside ("Three years earlier, in 2021, the unit had been graded ‘...’"); "Inspectors gathered their
    #    evidence in June 2024"; six recommendations
    ("brownhills-pdu-2024", facts([
        svc("Brownhills Probation Delivery Unit", "Brownhills PDU", "PDU", INAD)], "2024-11-14", "2024-06", 6),
     """N| News

N| Probation unit in Walsall borough falls to bottom grade

N| Published: [14 Nov 2024|D]

N| [Brownhills Probation Delivery Unit|S], which covers part of Walsall for the [Probation Service|A] and answers to its [West Midlands region|S], now finds itself in the bottom category, ‘[Inadequate|R]’.
N| Three years earlier, in [2021|D], the unit had been graded ‘[Requires improvement|R]’.
N| Inspectors gathered their evidence in [June 2024|D].

W| Inspectors found a unit that had gone without a permanent head for almost a year, with more than a third of its officer posts empty.
W| In only 11 of the 30 cases inspected had staff taken adequate steps to protect others from harm.
S| Unpaid work was a bright spot, with projects that local people valued and good attendance.
W| Morale was low, and several staff told inspectors they had thought about leaving.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brownhills|S] has gone backwards since our last visit, and the public are less well protected as a result.
R| “The region needs to stabilise leadership in the unit and fill its vacancies as a matter of urgency.”

R| Between them, the unit and the region must act on six recommendations.

N| Notes to editors
N| [Brownhills PDU|S] covers the north of Walsall borough for the [Probation Service|A].
"""),
    # 9. a youth service awarded the top grade; the notes' "appears online at 00.01, 22 October 2024"; fieldwork "Dates
    #    of fieldwork: 10 - 14 June 2024"; resettlement "rated separately, was ‘Good’"; the 2021 rating beside; three
    #    recommendations
    ("codsall-yjs-2024", facts([
        svc("Codsall Youth Justice Service", "Codsall YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-22", "2024-06", 3),
     """N| Top grade for [Codsall youth justice team|S]

N| Inspectors have awarded [Codsall Youth Justice Service|S] their top grade, ‘[Outstanding|R]’.
N| The service had received ‘[Good|R]’ when inspectors last came, in [2021|D].
S| Resettlement, rated separately, was ‘[Good|R]’.
N| Dates of fieldwork: [10 - 14 June 2024|D].

S| The partnership board knew the service inside out and challenged it constructively.
S| Each child in the sample had helped to draw up their own plan, set out in words they could follow.
S| Encouragingly, the count of children arrested and charged for the first time had dropped three years in a row.
W| The one area to be strengthened was the sharing of information with children’s social care at weekends.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Codsall|S] is an example to others of what joined-up work with children can achieve.
S| “Its leaders are not complacent, and they were already looking at how to do better.”

R| We have made three recommendations.

N| Notes to editors
N| 1. The full report appears online at 00.01, [22 October 2024|D], on the inspectorate’s website.
N| 2. [Codsall YJS|S] works with children in South Staffordshire.
"""),
    # 10. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line, then
    #     the day in the text; "Context" and "Findings" bullets; the region in a Context bullet; fieldwork "between 8
    #     and 12 September 2025"; five recommendations
    ("coseley-pdu-2025", facts([
        svc("Coseley Probation Delivery Unit", "Coseley PDU", "PDU", None)], "2025-12-03", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Coseley Probation Delivery Unit|S]

N| Our report on public protection work in [Coseley Probation Delivery Unit|S] was published on [3 December 2025|D].
N| Inspectors examined cases between [8 and 12 September 2025|D].
N| Units in this programme are not rated.

N| Context
N| [Coseley PDU|S] is a unit in [Probation Service – West Midlands region|S].
N| It supervises about 1,400 people in the community in the north of Dudley borough.

N| Findings
S| Practitioners understood well what harm the people on their caseloads might do.
W| Staff seldom made home visits, even to homes where children were living.
W| Plans were sometimes drawn up before anyone had asked [West Midlands Police|A] about domestic abuse call-outs.
S| Joint work with approved premises was a clear strength.

R| The report makes five recommendations to improve the unit’s work to protect the public.
"""),
    # 11. a 2016 joint inspection of a youth offending team (no overall rating), "Published: 21 Jul 2016"; fieldwork
    #     "The inspection, conducted in March 2016"; bullet lists; seven recommendations
    ("hagley-yot-2016", facts([
        svc("Hagley Youth Offending Team", "Hagley YOT", "YJS", None)], "2016-07-21", "2016-03", 7),
     """N| What a joint inspection found at [Hagley youth offending team|S]

N| Published: [21 Jul 2016|D]

N| Four inspectorates examined the work of [Hagley Youth Offending Team|S] (YOT) together.
N| [HM Inspectorate of Probation|A] led; [Ofsted|A] took part, as did [HM Inspectorate of Constabulary|A] and [Care Quality Commission|A] staff.
N| The inspection, conducted in [March 2016|D], examined reoffending and the protection of children and the public.

N| Among the things inspectors were glad to see:
S| children were given clear and timely help to get back into school or training;
S| the YOT had an energetic and visible manager who was respected by partners in Worcestershire.

N| However, they had concerns that:
W| what harm a child might do to others had too often not been properly assessed;
W| mental health support was hard to obtain, and some children were left for months before being seen.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Hagley|S]’s staff want the best for these children, but too often they are not spotting the dangers some of those children present.”

R| There are seven recommendations, the majority directed at the YOT management board.
"""),
    # 12. a council page dated "Thursday, 4th November 2021"; "Requires Improvement" with a capital I and no quotes;
    #     fieldwork "took place remotely during July 2021"; six recommendations
    ("great-barr-yjs-2021", facts([
        svc("Great Barr Youth Justice Service", "Great Barr YJS", "YJS", RI)], "2021-11-04", "2021-07", 6),
     """N| [Thursday, 4th November 2021|D]

N| [Great Barr youth justice service|S]: council responds to inspection

N| The overall verdict that [HM Inspectorate of Probation|A] reached on [Great Barr Youth Justice Service|S] was [Requires Improvement|R].
N| Because of coronavirus restrictions, fieldwork took place remotely during [July 2021|D].

S| The report recognises the commitment of our case workers, who stayed in contact with every child through the lockdowns.
S| Inspectors also praised the service’s work to understand why Black children were over-represented in its caseload.
W| However, the inspectors found that the service’s governance needed further development, with board members unsure of their roles.
W| Safety planning was inconsistent, and some plans had gone many months without a review.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Great Barr|S]’s progress on disproportionality is encouraging.
R| “The board must now get to grips with its own role so that it can hold the service to account.”

R| Six recommendations have been made, and we will report on our progress against each of them.

N| [Great Barr|S]’s youth justice caseload is drawn from the north of the city of Birmingham.
"""),
    # 13. a council page "12/03/2025"; "Inspectors have judged X ‘...’ overall, down from ‘...’ at the previous
    #     inspection in 2022"; two aspects rated separately; fieldwork "in November 2024"; ten recommendations
    ("kingswinford-yjs-2025", facts([
        svc("Kingswinford Youth Justice Service", "Kingswinford YJS", "YJS", INAD,
            [{"aspect": "out-of-court disposals", "rating": GOOD},
             {"aspect": "resettlement policy and provision", "rating": RI}])], "2025-03-12", "2024-11", 10),
     """N| Statement on the inspection of [Kingswinford Youth Justice Service|S]

N| [12/03/2025|D]

N| Inspectors have judged [Kingswinford Youth Justice Service|S] ‘[Inadequate|R]’ overall, down from ‘[Requires improvement|R]’ at the previous inspection in [2022|D].
N| [HM Inspectorate of Probation|A] did its fieldwork in [November 2024|D].
W| Two areas were rated separately: out-of-court disposals were ‘[Good|R]’, but resettlement policy and provision ‘[Requires improvement|R]’.

W| The report found that too many children had waited weeks for their first meeting with a case worker.
W| Leaders had not acted on concerns raised by staff about the size of their caseloads.
S| The diversion scheme, run with [West Midlands Police|A], was singled out as effective and well organised.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Disappointingly, we found [Kingswinford|S] in a worse position than when we last inspected.
R| “The partnership must move fast, and I want a realistic recovery plan agreed within weeks.”

R| Inspectors made ten recommendations in all, seven for the service and three for the local partnership board.

N| [Dudley Council|A] accepted the findings and said an interim service manager had been brought in.
"""),
    # 14. a PDU inside its region, the region in the headline; "places X on ‘...’, one step above the bottom of its
    #     scale"; GOV.UK "Published 27 June 2023"; fieldwork "in February 2023"; unpaid work rated on its own; six
    #     recommendations
    ("hall-green-pdu-2023", facts([
        svc("Hall Green Probation Delivery Unit", "Hall Green PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2023-06-27", "2023-02", 6),
     """N| Press release

N| [West Midlands probation region|S]: inspectors call for improvement in Hall Green

N| Published [27 June 2023|D]

N| After its inspection in [February 2023|D], [HM Inspectorate of Probation|A] places [Hall Green Probation Delivery Unit|S] on ‘[Requires improvement|R]’, one step above the bottom of its scale.
W| Unpaid work, which received its own rating, fell into the lowest band, ‘[Inadequate|R]’.

S| [Hall Green|S]’s court team was singled out: its advice to sentencers was clear and balanced.
S| Practitioners were committed and knew the communities of south Birmingham well.
W| Yet fewer than half of the assessments inspectors read properly considered the danger to partners, past or present.
W| People sentenced to unpaid work often waited months to start, and over 20,000 hours were outstanding.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hall Green|S]’s staff are trying hard against the odds, but the unit is not yet keeping the public as safe as it should.
R| “Unpaid work has to be put right quickly, so that sentences handed down by the courts actually happen.”

R| We make six recommendations, five to the unit and one to the region.

N| [Hall Green PDU|S] serves the south of Birmingham within [Probation Service – West Midlands region|S].
"""),
    # 15. two Telford PDUs in a justiceinspectorates news item, "Published: 28 Feb 2025"; "Dawley comes out one notch
    #     above Donnington: ‘...’ against ‘...’"; fieldwork "visited from 4 to 15 November 2024"; twelve recommendations
    ("dawley-and-donnington-pdus-2025", facts([
        svc("Dawley Probation Delivery Unit", "Dawley PDU", "PDU", RI),
        svc("Donnington Probation Delivery Unit", "Donnington PDU", "PDU", INAD)], "2025-02-28", "2024-11", 12),
     """N| News

N| Reports published on two probation units in Telford

N| Published: [28 Feb 2025|D]

N| Reports on [Dawley Probation Delivery Unit|S] and [Donnington Probation Delivery Unit|S], both in Telford and Wrekin, are out today.
N| [Dawley|S] comes out one notch above [Donnington|S]: ‘[Requires improvement|R]’ against ‘[Inadequate|R]’.
N| Both units were visited from [4 to 15 November 2024|D].

S| Both units had good links with [Telford & Wrekin Council|A]’s housing team, and few people came out of prison homeless.
W| At Donnington, though, a single manager oversaw more than forty staff, and supervision sessions had lapsed.
W| Worryingly, safeguarding checks on children were missing in well over half of [Donnington|S]’s cases.
S| [Dawley PDU|S] had made encouraging progress in the quality of its sentence plans since the previous year.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Donnington|S] is badly overstretched, and people on probation there are not getting the oversight they need.
S| “[Dawley|S] is heading in the right direction.”

R| There are 12 recommendations in total: seven to [Donnington|S] and five to [Dawley|S].
"""),
    # 16. a youth service in Herefordshire, 2020, an embargo line "EMBARGO: 00:01 hrs Thursday 25 June 2020";
    #     "Inspectors consider X’s work ‘...’"; fieldwork "between 17 and 21 February 2020"; five recommendations
    ("pembridge-yjs-2020", facts([
        svc("Pembridge Youth Justice Service", "Pembridge YJS", "YJS", GOOD)], "2020-06-25", "2020-02", 5),
     """N| EMBARGO: 00:01 hrs [Thursday 25 June 2020|D]

N| Youth justice in north Herefordshire: committed staff and strong partnerships

N| Inspectors consider [Pembridge Youth Justice Service|S]’s work ‘[Good|R]’.
N| Fieldwork ran between [17 and 21 February 2020|D], weeks before the first lockdown.

S| The YJS and its partners held a common, clear vision, and its management board met regularly and asked searching questions.
S| Health needs were spotted early thanks to a nurse seconded from the health service.
W| In contrast, work to help children into employment and training was underdeveloped, and too few children over 16 were in education.
W| Reviews of children’s plans were not always recorded, so it was hard to see how work had changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pembridge|S] has a team that understands its children and a board that backs it.
R| “The same effort should now go into helping older children find work or training.”

R| Five recommendations are made to help the service improve.

N| ENDS
N| Notes to editors: the report is published by [HM Inspectorate of Probation|A]; [Herefordshire Council|A] hosts the service.
"""),
    # 17. a youth service in a local paper dated "9 August 2022", previous rating "The service’s previous report, from
    #     March 2019, had rated it ‘Inadequate’"; "A report published today hands X a ‘...’ grade"; fieldwork "in April
    #     2022"; six recommendations
    ("rowley-regis-yjs-2022", facts([
        svc("Rowley Regis Youth Justice Service", "Rowley Regis YJS", "YJS", RI)], "2022-08-09", "2022-04", 6),
     """N| Youth justice team no longer failing but still short of the mark

N| [9 August 2022|D]

N| A report published today hands [Rowley Regis Youth Justice Service|S] a ‘[Requires improvement|R]’ grade.
N| The service’s previous report, from [March 2019|D], had rated it ‘[Inadequate|R]’.
N| The inspectors’ visit was in [April 2022|D].

S| The watchdog said the service had done much to turn itself around, with a new management team and a more stable workforce.
S| Children told inspectors their workers listened to them and treated them fairly.
W| But too many safety plans lacked detail, and contingency plans were often missing.
W| Work with [Sandwell Children’s Trust|A] was described as variable, with warnings about children in danger not always passed on.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rowley Regis|S] has come a long way from where it was, but it is not yet a service that keeps every child safe.”

R| Among the six recommendations is that the service and its partners agree how information about risk is shared.

N| A spokesperson for [Sandwell Council|A] thanked inspectors and said staff were “determined to keep improving”.
"""),
    # 18. a youth offending service in 2018, "Published: 20 Dec 2018"; "has given X (YOS) a ‘...’ rating"; fieldwork
    #     "carried out its fieldwork in September 2018"; four recommendations; "Staffordshire Police" and "Staffordshire
    #     County Council" as context
    ("blythe-bridge-yos-2018", facts([
        svc("Blythe Bridge Youth Offending Service", "Blythe Bridge YOS", "YJS", GOOD)], "2018-12-20", "2018-09", 4),
     """N| Youth offending service in Staffordshire Moorlands impresses inspectors

N| Published: [20 Dec 2018|D]

N| [HM Inspectorate of Probation|A], which carried out its fieldwork in [September 2018|D], has given [Blythe Bridge Youth Offending Service|S] (YOS) a ‘[Good|R]’ rating.
N| It is one of the earliest youth services to go through the inspectorate’s new four-point scale.

S| Assessments impressed the inspectors: they were careful and used what [Staffordshire Police|A] and local schools knew about each child.
S| A particular strength was the YOS’s work with victims, who were kept informed and offered restorative meetings.
W| However, the YOS did not always check that children were getting the emotional and mental health help they had been promised.
W| Some of the board’s members rarely attended meetings, and the board did not always know how well the service was doing.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “A good service with dedicated staff: [Blythe Bridge YOS|S] should be proud of its work with victims.”

R| Four recommendations follow, three aimed at the YOS and one at [Staffordshire County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
