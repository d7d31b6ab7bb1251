"""Builds the forty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Stoke-on-Trent PDUs on a GOV.UK page, the region named in the standfirst: "X and Y were both given ‘...’;
    #    Z was found to be ‘...’"; "Fieldwork: 10 - 14 June 2024"; nine recommendations "three to each PDU"
    ("burslem-longton-and-tunstall-pdus-2024", facts([
        svc("Burslem Probation Delivery Unit", "Burslem PDU", "PDU", RI),
        svc("Longton Probation Delivery Unit", "Longton PDU", "PDU", INAD),
        svc("Tunstall Probation Delivery Unit", "Tunstall PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Stoke-on-Trent: three probation units inspected side by side

N| All three are run by [Probation Service – West Midlands region|S] and were visited together.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] issued its reports on [Burslem Probation Delivery Unit|S], [Longton Probation Delivery Unit|S] and [Tunstall Probation Delivery Unit|S] this morning.
N| [Burslem|S] and [Tunstall|S] were both given ‘[Requires improvement|R]’; [Longton|S] was found to be ‘[Inadequate|R]’.
N| Fieldwork: [10 - 14 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “We inspected these neighbouring units side by side.
W| “In Longton we met practitioners who had each inherited dozens of cases from colleagues who had left, and who struggled to tell us which of them posed the greatest danger.
S| “[Tunstall|S]’s senior probation officers, by comparison, check every new case within days, and it shows.”

S| Across all three units, links with [Staffordshire Police|A] over the management of domestic abuse perpetrators were a creditable feature.
W| Still, home visits had lapsed almost entirely in Burslem and Longton, even for people assessed as high risk.
W| At [Longton PDU|S], barely one case in three had a plan that dealt with the risks identified.

R| Between them the reports carry nine recommendations, with each PDU given three.

N| ENDS
"""),
    # 2. two Cheshire youth services in a local-news story: byline Friday 20 October 2023, reports "released on Tuesday (17
    #    October)"; "Y secured ‘...’, while X finished a step lower, on ‘...’", Y first named second; fieldwork "in June and
    #    July 2023"; eight recommendations "five for Prestbury and three for Disley"
    ("prestbury-and-disley-yjs-2023", facts([
        svc("Prestbury Youth Justice Service", "Prestbury YJS", "YJS", RI),
        svc("Disley Youth Justice Service", "Disley YJS", "YJS", GOOD)], "2023-10-17", "2023-06", 8),
     """N| Youth justice inspections: ‘[Good|R]’ for one team, improvement needed at the other

N| By [Hannah Birtles|X], local democracy reporter

N| [Friday 20 October 2023|D]

N| Inspectors visited [Prestbury Youth Justice Service|S] and [Disley Youth Justice Service|S] in [June and July 2023|D], and their reports were released on Tuesday ([17 October|D]).
N| [Disley|S] secured ‘[Good|R]’, while [Prestbury|S] finished a step lower, on ‘[Requires improvement|R]’.

S| The watchdog found that [Disley|S]’s case managers got to know children quickly and kept in touch with their families throughout.
S| It also commended [Disley YJS|S] for a scheme that pairs children with volunteer mentors from local sports clubs.
W| [Prestbury|S]’s efforts to protect children from criminal exploitation were weaker, with warning signs in several cases not passed on to [Cheshire Constabulary|A].
W| Inspectors added that too many plans in Prestbury had been written without the child ever being asked for their views.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here are two small services that have taken quite different paths.
R| “[Prestbury|S]’s board should look closely at what is working next door and borrow it.”

R| Eight recommendations were made, five for [Prestbury|S] and three for [Disley|S].

N| [Cheshire East Council|A] said in a statement that work on every recommendation had “already started”.
"""),
    # 3. a unit inside its region, the region in the headline and in the first sentence ("managed by the Probation Service
    #    as part of its East Midlands region"): "has received the lowest grade available"; the region's own 2023 rating
    #    beside it; "Inspectors’ fieldwork in Mickleover was done in April 2024"; an embargo line in the notes
    ("mickleover-pdu-2024", facts([
        svc("Mickleover Probation Delivery Unit", "Mickleover PDU", "PDU", INAD)], "2024-09-03", "2024-04", 7),
     """N| [East Midlands probation region|S]: unit in Derbyshire put in bottom category

N| [Mickleover Probation Delivery Unit|S], managed by the [Probation Service|A] as part of its [East Midlands region|S], has received the lowest grade available, ‘[Inadequate|R]’.
N| A year earlier, in [2023|D], inspectors had graded the region as a whole ‘[Requires improvement|R]’.
N| Inspectors’ fieldwork in Mickleover was done in [April 2024|D].

W| Inspectors found a unit stretched far beyond its means, where one in four practitioner posts stood empty and temporary staff rarely stayed long.
W| Fewer than half of the relevant cases showed that [Derbyshire Constabulary|A] had been contacted over domestic abuse call-outs to the address.
S| Positively, people on probation described their officers as respectful, and the unit’s work with local housing charities had found homes for many prison leavers.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mickleover|S] has been left to manage with far too few people for far too long.
W| “Staff are working hard, but the public is not being protected as it should be.”

W| Mr Jones continued: “Sadly, the regional leadership had known about these shortfalls for months before we arrived.”

R| Seven recommendations follow: four for [Mickleover PDU|S] and three for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 hours, [3 September 2024|D], the time the inspectorate will put the report online.
N| 2. [Mickleover PDU|S] supervises about 1,900 people across Derby and south Derbyshire.
"""),
    # 4. a Probation Trust in 2011, before ratings: scores out of 100, "The report noted with approval that:" /
    #    "Inspectors were worried, however, that:"; the verdict in the first sentence (WEAKNESS after "but"); "Published: 12 Jul 2011"; fieldwork "in March 2011"; five
    #    recommendations
    ("warsop-and-edwinstowe-probation-trust-2011", facts([
        svc("Warsop and Edwinstowe Probation Trust", "Warsop and Edwinstowe Probation Trust", "other", None)],
        "2011-07-12", "2011-03", 5),
     """N| Offender management inspection published

N| Published: [12 Jul 2011|D]

W| Work to reduce reoffending by [Warsop and Edwinstowe Probation Trust|S] was generally sound, but keeping the public safe had not yet been given enough weight, said [Liz Calderbank|X], HM Chief Inspector of Probation, as she released the report on the Trust today.
N| The inspection team examined 72 offender cases in [March 2011|D].

S| For cutting reoffending, the Trust scored 77 out of 100, better than most Trusts inspected up to now.
W| Public protection, at 63, was the weakest of the three scores.

N| The report noted with approval that:
S| • most offenders had been seen within a week of sentence;
S| • arrangements with [Nottinghamshire Police|A] for managing prolific offenders were well established.

N| Inspectors were worried, however, that:
W| • risk of harm was often assessed late, or not at all;
W| • contact with children’s social care was recorded in only half of the cases where it was needed.

R| [Liz Calderbank|X] said: “The Trust must now bring the same determination to protecting the public that it already shows in cutting reoffending.”

R| The report closes with five recommendations.
"""),
    # 5. a CRC in 2018 (Purple Futures): "Owned by ..., X (CRC) was judged by ... to be ‘...’"; unpaid work and Through
    #    the Gate "graded individually"; "Published: 27 Nov 2018"; fieldwork "in July and August 2018"; six recommendations
    ("cheddleton-and-werrington-crc-2018", facts([
        svc("Cheddleton and Werrington Community Rehabilitation Company", "Cheddleton and Werrington CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2018-11-27", "2018-07", 6),
     """N| Probation company in north Staffordshire told to improve

N| Published: [27 Nov 2018|D]

N| Owned by the [Purple Futures|A] partnership, [Cheddleton and Werrington Community Rehabilitation Company|S] (CRC) was judged by [HM Inspectorate of Probation|A] to be ‘[Requires improvement|R]’.
W| Two strands were graded individually: ‘[Good|R]’ for unpaid work, and ‘[Inadequate|R]’ for Through the Gate, which prepares prisoners for release.
N| Inspectors gathered their evidence over [July and August 2018|D].

S| Community payback projects were well organised, and most people were out on placements within seven days of court.
W| By contrast, prisoners were being released with no address to go to and no plan for their first days outside.
W| Some practitioners held as many as 110 cases, and several said they no longer had time to read the files they inherited.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “It worries me that people leaving prison in this area are receiving little more than a leaflet.
S| “On the other hand, unpaid work here is run with real care, and local communities benefit from it.”

R| The inspectorate asks for action in six recommendations: the CRC and its owner must act on four, the [National Probation Service|A] on one, and [HMPPS|A] on one.
"""),
    # 6. an NPS division in 2019, "the National Probation Service’s Selston and Brinsley Division" (two spans): "assesses
    #    ... as ‘...’"; "Thursday, 4th April 2019" date line; fieldwork "The inspection, carried out in November 2018";
    #    four recommendations
    ("selston-and-brinsley-nps-division-2019", facts([
        svc("Selston and Brinsley Division", "NPS Selston and Brinsley", "region",
            GOOD)], "2019-04-04", "2018-11", 4),
     """N| Probation division in Nottinghamshire “well run and well led”

N| [Thursday, 4th April 2019|D]

N| In a report released today, [HM Inspectorate of Probation|A] assesses the [National Probation Service|A]’s [Selston and Brinsley Division|S] as ‘[Good|R]’.
N| The inspection, carried out in [November 2018|D], covered 130 cases from across the division.

S| Pre-sentence reports were careful and punctual, and sentencers placed great trust in them.
S| Leaders were visible, and staff told inspectors that they felt listened to.
W| However, more than 40 posts were vacant, leaving newly qualified officers to hold cases too complex for their experience.
W| Victims were not always told in good time that the person who harmed them was about to leave prison.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Selston and Brinsley|S] is well run and well led, and its court work stands out.
R| “The division now needs to fill its vacancies and make sure victims hear from it in good time.”

R| The division receives all four of the recommendations.
"""),
    # 7. a youth offending team written out, on a council page in 2016 (before ratings): a joint inspection led by HMI
    #    Probation with Ofsted, HMIC and the CQC; "Posted: 03/11/2016" (day/month/year); fieldwork "in the week of 18 July
    #    2016"; bullet lists; six recommendations
    ("madeley-yot-2016", facts([
        svc("Madeley Youth Offending Team", "Madeley YOT", "YJS", None)], "2016-11-03", "2016-07", 6),
     """N| News

N| Youth offending work in Madeley: inspection findings

N| Posted: [03/11/2016|D]

N| Findings have now been published from a joint inspection of [Madeley Youth Offending Team|S] (YOT) under the leadership of [HM Inspectorate of Probation|A], in which [Ofsted|A], the health regulator ([Care Quality Commission|A]) and the police inspectorate, [HM Inspectorate of Constabulary|A], all took part.
N| Inspectors spent the week of [18 July 2016|D] with the team.

N| On the plus side, the inspection team found that:
S| • the YOT’s management board met regularly, was well attended and held managers to account;
S| • children received a great deal of support to return to education or training;
S| • joint work with [Staffordshire Police|A] to divert children from court was effective.

N| Areas of concern were that:
W| • assessments gave scant thought to the harm a child might cause to others;
W| • safety plans were frequently stale.

R| The inspection report makes six recommendations to improve the work of the team.

N| A spokesperson for [Staffordshire County Council|A] said the authority accepted the findings and had begun work on them.
"""),
    # 8. a Youth Offending Service in 2019: "considers X (YOS) to deserve a ‘Good’ grade"; resettlement "A separate grade
    #    ... was lower: ‘...’"; "published today (Wednesday, 11 December)" with no year (fieldwork September 2019); five
    #    recommendations
    ("fazeley-yos-2019", facts([
        svc("Fazeley Youth Offending Service", "Fazeley YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-12-11", "2019-09", 5),
     """N| [Fazeley youth offending service|S] ‘a credit to its staff’

N| [HM Inspectorate of Probation|A] considers [Fazeley Youth Offending Service|S] (YOS) to deserve a ‘[Good|R]’ grade, according to its report out today (Wednesday, [11 December|D]).
W| A separate grade for resettlement was lower: ‘[Requires improvement|R]’.
N| Inspectors were on site in [September 2019|D].

S| Inspectors were impressed by the YOS’s links with schools, which meant that very few children under its supervision were out of education.
S| Case managers showed real tenacity with children who found it hard to engage, refusing to give up on them.
W| Plans for children coming out of custody, though, were often drawn up late and did not always include somewhere suitable to live.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fazeley|S] is a credit to its staff, who plainly care about each child they supervise.
R| “I want the same energy to go into preparing children for release from custody.”

R| The report contains five recommendations.

N| Notes to editors
N| 1. The YOS is run by [Staffordshire County Council|A] with its partners.
"""),
    # 9. a YJS up from Inadequate to Good: "has climbed two grades to ‘...’, from the ‘...’ recorded at its last
    #    inspection in 2020"; fieldwork "between 6 and 10 March 2023"; "Published: 14 Jun 2023"; four recommendations
    ("awsworth-yjs-2023", facts([
        svc("Awsworth Youth Justice Service", "Awsworth YJS", "YJS", GOOD)], "2023-06-14", "2023-03", 4),
     """N| News

N| From ‘[Inadequate|R]’ to ‘[Good|R]’: youth service turns a corner

N| Published: [14 Jun 2023|D]

N| [Awsworth Youth Justice Service|S] has climbed two grades to ‘[Good|R]’, from the ‘[Inadequate|R]’ recorded at its last inspection in [2020|D].
N| Inspectors visited on five days, between [6 and 10 March 2023|D].

S| Since [2020|D] the head of service had rebuilt the team almost from scratch, and nearly every post was now held by a permanent member of staff.
S| The partnership with [Nottinghamshire County Council|A]’s children’s social care had become much closer, with joint visits now routine.
W| Work with the victims of children’s offending lagged behind, and a few victims had heard nothing from the service at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What a turnaround this is; [Awsworth|S] should be very proud of it.
R| “The service must now raise its victim work to the standard it sets everywhere else.”

R| Four recommendations are made: three go to the service itself, and one goes to [Nottinghamshire Police|A].
"""),
    # 10. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content" and an empty "Published:" line;
    #     "Context" / "Findings" bullets, the region in a bullet; fieldwork "2 - 6 June 2025"; the publication day in the
    #     notes (Thursday 16 October 2025); three recommendations
    ("trowell-pdu-2025", facts([
        svc("Trowell Probation Delivery Unit", "Trowell PDU", "PDU", None)], "2025-10-16", "2025-06", 3),
     """N| Skip to content

N| Published:

N| Public protection work in west Nottinghamshire inspected

N| Public protection at [Trowell Probation Delivery Unit|S] is examined in today’s report from [HMI Probation|A].
N| Inspections of this kind focus on the management of risk of serious harm, and no rating is given.
N| Inspectors visited on [2 - 6 June 2025|D].

N| Context
N| • [Trowell PDU|S] covers the west of Nottinghamshire and sits within [Probation Service – East Midlands region|S].
N| • Its caseload when inspectors visited was around 850 people.

N| Findings
S| • Most risk assessments were done promptly and made use of police and social care records.
W| • Practitioners seldom visited the homes of domestic abuse perpetrators, even where children were living there.
W| • Training on stalking and coercive control had reached too few practitioners.
S| • Joint work with [Nottinghamshire Police|A] under [MAPPA|A] was well coordinated.

R| The inspectorate makes three recommendations, for the PDU and for the region.

N| Notes to editors
N| 1. Date of publication: [16 October 2025|D].
"""),
    # 11. a GOV.UK page: "The highest mark the inspectorate can give, ‘...’, has gone to X"; "Inspectors
    #     visited in October 2023"; two
    #     recommendations; the council's thanks
    ("bunbury-yjs-2024", facts([
        svc("Bunbury Youth Justice Service", "Bunbury YJS", "YJS", OUT)], "2024-03-05", "2023-10", 2),
     """N| Press release

N| Inspectors give their highest grade to youth justice near Chester

N| Read the inspectorate’s findings on [Bunbury Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [5 March 2024|D]

N| The highest mark the inspectorate can give, ‘[Outstanding|R]’, has gone to [Bunbury Youth Justice Service|S].
N| Inspectors visited in [October 2023|D].

S| Each child had shaped their own plan, and plans were revisited as soon as anything in a child’s life changed.
S| All children were seen early on by a speech and language therapist, so that staff could adapt the way they communicated.
S| Leaders and board members had an exact grasp of the service’s strong and weak points, and were never complacent.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bunbury|S] is among the very finest services of its kind that I have seen.
S| “Children here get help that is thoughtful, well planned and delivered by people who believe in them.”

R| Two recommendations are made, both to the management board.

N| [Cheshire West and Chester Council|A] paid tribute to the team’s hard work.
"""),
    # 12. a local paper, "Thursday, 23rd June 2022" byline and "published today": "has handed X its lowest possible rating";
    #     fieldwork "in February 2022"; eleven recommendations; the council's promise
    ("blidworth-yjs-2022", facts([
        svc("Blidworth Youth Justice Service", "Blidworth YJS", "YJS", INAD)], "2022-06-23", "2022-02", 11),
     """N| Youth justice service failing children, watchdog says

N| [Thursday, 23rd June 2022|D]

N| The probation watchdog has handed [Blidworth Youth Justice Service|S] its lowest possible rating, ‘[Inadequate|R]’, in findings issued this morning.
N| Inspectors looked at the service in [February 2022|D].

W| Children being groomed by county lines gangs were not spotted quickly enough, they found.
W| Just 7 of the 19 cases looked at showed sufficient work to protect other people from harm.
W| Board meetings were infrequent, and when members did meet they seldom questioned one another.
S| Inspectors did single out the education worker, who had secured college courses for several children.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Frankly, too many children here are being failed by a partnership that has lost its grip.
R| “[Nottinghamshire County Council|A] and everyone else round the table must move quickly.”

R| In all, 11 recommendations are set out, two of them for [Nottinghamshire Police|A].

N| Speaking for the council, a spokesperson said: “Our apologies go to the children concerned, and things will change.”
"""),
    # 13. a remote inspection in 2021: "Inspectors have concluded that X overall ‘...’"; out-of-court disposals "which
    #     got a grade of their own"; remote fieldwork "by video call, in July 2021"; "Published 12 October 2021" on a GOV.UK-style page; six recommendations
    ("chapel-en-le-frith-yjs-2021", facts([
        svc("Chapel-en-le-Frith Youth Justice Service", "Chapel-en-le-Frith YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2021-10-12", "2021-07", 6),
     """N| Youth justice service in the High Peak must strengthen its safety work

N| Published [12 October 2021|D]

N| Inspectors have concluded that [Chapel-en-le-Frith Youth Justice Service|S] overall ‘[Requires improvement|R]’.
S| Out-of-court disposals, which got a grade of their own, were ‘[Good|R]’.
N| With pandemic restrictions in force, the inspection team worked from a distance, by video call, in [July 2021|D].

S| Decisions on diverting children from court were made jointly with [Derbyshire Constabulary|A] and were well reasoned.
W| Yet assessments often failed to consider how a child might harm others, and contingency plans were vague.
W| Staff sickness during COVID-19 meant a handful of children went for weeks with no named case manager.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chapel-en-le-Frith|S] does some things well, but keeping children and the public safe is not one of them yet.
R| “I urge the board to make safety its first priority.”

R| Six recommendations appear in the inspectorate’s report, including one directed at [Derbyshire County Council|A].
"""),
    # 14. a PDU up one grade: "has moved up to ‘...’; the previous report on the unit, in March 2023, had rated it
    #     ‘...’"; the
    #     Police, Fire and Crime Commissioner; fieldwork "in October and November 2024"; the notes' "Under embargo to 00.01,
    #     Tuesday 8 April 2025"; six recommendations
    ("stafford-pdu-2025", facts([
        svc("Stafford Probation Delivery Unit", "Stafford PDU", "PDU", RI)], "2025-04-08", "2024-10", 6),
     """N| Progress in Stafford, but ‘more to do’, say probation inspectors

N| [Stafford Probation Delivery Unit|S] has moved up to ‘[Requires improvement|R]’; the previous report on the unit, in [March 2023|D], had rated it ‘[Inadequate|R]’.
N| Inspectors returned in [October and November 2024|D] and read 52 cases.

S| A new head of the unit had steadied a team that had lost almost half of its staff in a year.
S| [Stafford|S]’s practitioners now met people on probation face to face far more often, and most said they found their officer easy to reach.
W| Even so, in over a third of cases the danger posed to partners or children had been assessed too thinly.
W| People could wait as long as nine months to start an accredited programme.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Climbing off the bottom of our scale is welcome, yet there is plenty of distance still to travel.
R| “Regional leaders must protect the gains made in Stafford and not move staff away before the new team has bedded in.”

R| Of the six recommendations made, one concerns the [Staffordshire Commissioner|A] for police, fire and crime.

N| ENDS

N| Notes to editors
N| 1. Under embargo to 00.01, [Tuesday 8 April 2025|D].
N| 2. [Stafford PDU|S] is one of the West Midlands units of the [Probation Service|A].
"""),
    # 15. a lower-case "rated good" headline (a RATING, post-2018): "rates X ... as good"; resettlement "judged separately and
    #     reached the top grade"; "Wed 12 February 2025"; fieldwork "between 4 and 8 November 2024"; a quote from the
    #     inspectorate's Director of Operations; seven recommendations
    ("repton-yjs-2025", facts([
        svc("Repton Youth Justice Service", "Repton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2025-02-12", "2024-11", 7),
     """N| [Repton Youth Justice Service|S] rated [good|R] by inspectors

N| [Wed 12 February 2025|D]

N| Today [HM Inspectorate of Probation|A] rates [Repton Youth Justice Service|S], in south Derbyshire, as [good|R].
S| Its resettlement work was judged separately and reached the top grade, ‘[Outstanding|R]’.
N| The inspection fieldwork was between [4 and 8 November 2024|D].

S| Children leaving custody had a home, a college place and a familiar worker waiting for them on the day of release.
S| Joint work with social workers from [Derbyshire County Council|A] was close, and information flowed quickly both ways.
W| Some assessments, however, copied forward old information without checking whether it still held true.
W| Black and mixed-heritage children were over-represented in the caseload, and the service had only begun to look at why.

S| [Helen Kerslake|X], Director of Operations for the inspectorate, said: “[Repton|S]’s staff treat each child as a person in their own right, and the results reflect that.
R| “Every assessment should now be checked and brought up to date, and leaders must see that it is.”

R| Seven recommendations are listed, six for the service and the last for [NHS Derby and Derbyshire Integrated Care Board|A].

N| [Derbyshire County Council|A] called the outcome a tribute to its staff.
"""),
    # 16. two Cheshire PDUs on a council news page: "Date: 29/09/2022" (day/month/year); the region as context; "X’s
    #     verdict was ‘...’, and Y came out one grade lower"; the region "manages both"; fieldwork "in May 2022"; ten recommendations "split evenly"
    ("willaston-and-audlem-pdus-2022", facts([
        svc("Willaston Probation Delivery Unit", "Willaston PDU", "PDU", RI),
        svc("Audlem Probation Delivery Unit", "Audlem PDU", "PDU", INAD)], "2022-09-29", "2022-05", 10),
     """N| Council statement on probation inspections in south Cheshire

N| Date: [29/09/2022|D]

N| Today [HM Inspectorate of Probation|A] made public what it found at two probation delivery units that work closely with the council, [Willaston Probation Delivery Unit|S] and [Audlem Probation Delivery Unit|S].
N| [Willaston|S]’s verdict was ‘[Requires improvement|R]’, and [Audlem|S] came out one grade lower, at ‘[Inadequate|R]’.
N| [Probation Service – North West region|S] manages both; the inspectors’ visits to them took place in [May 2022|D].

W| According to the reports, [Audlem|S] had seen most of its experienced officers leave during the pandemic and had not yet replaced them.
W| In both units, practitioners too rarely asked [Cheshire Constabulary|A] or children’s services what they knew before deciding how risky someone was.
S| Inspectors commended [Willaston PDU|S] for its work with people on unpaid work, many of whom went on to find paid jobs.

R| There are ten recommendations, split evenly between the two units.

N| Councillor [Peter Marsden|X], chair of the local community safety partnership, said: “We will support our probation colleagues in every way we can.”
"""),
    # 17. YJS / YOS switching in one release, an interim chief inspector: "Only its work with victims kept X from an
    #     overall ‘Inadequate’" (the rating is ‘Requires improvement’, given in the next sentence); the notes' "Online
    #     publication of the report: 17 September 2024 at 00.01"; fieldwork "during May 2024"; "in just 38 per cent of the
    #     files examined"; seven recommendations
    ("sutton-in-ashfield-yjs-2024", facts([
        svc("Sutton-in-Ashfield Youth Justice Service", "Sutton-in-Ashfield YJS", "YJS", RI)], "2024-09-17", "2024-05", 7),
     """N| Youth justice in Ashfield: serious weaknesses in keeping children safe

W| Only its work with victims kept [Sutton-in-Ashfield Youth Justice Service|S] (YJS) from an overall ‘[Inadequate|R]’, inspectors have said.
N| The overall grade given to the service is ‘[Requires improvement|R]’.
N| Inspectors did their fieldwork during [May 2024|D].

W| Where a child could hurt someone else, a workable plan to prevent it was in place in just 38 per cent of the files examined.
W| Case managers at [Sutton-in-Ashfield YOS|S], as the service is still known locally, were holding up to 14 cases each, and several had joined within the past year.
S| Victims, on the other hand, were contacted promptly, listened to and kept informed, and restorative work was first-rate.
W| The management board had not noticed how far practice had drifted.

W| [Anne Fenwick|X], interim HM Chief Inspector of Probation, said: “This partnership has some way to go before children in Ashfield can count on a consistently safe service.
R| “Board members need to take ownership of the improvement plan, meet more often and check that it is making a difference.”

R| Seven recommendations are made: five for the YJS, one for [Nottinghamshire Police|A], and one for health commissioners.

N| ENDS

N| Notes to editors
N| 1. Online publication of the report: [17 September 2024|D] at 00.01, inspectorate website.
N| 2. The YJS is part of [Nottinghamshire County Council|A]’s children’s services.
"""),
    # 18. a youth offending team written out, rated in 2019: a headline with a quoted phrase and a dash, no verb or
    #     rating; "Inspectors judged the work of X (YOT) to be ‘...’"; "published today (Thursday 17 October)" (no year:
    #     fieldwork June 2019); fieldwork "from 24 to 28 June 2019"; "Mr Russell continued"; four recommendations
    ("shavington-yot-2019", facts([
        svc("Shavington Youth Offending Team", "Shavington YOT", "YJS", GOOD)], "2019-10-17", "2019-06", 4),
     """N| ‘A team that puts children first’ – youth offending inspection in south Cheshire

N| Inspectors judged the work of [Shavington Youth Offending Team|S] (YOT) to be ‘[Good|R]’ in their report, which is published today ([Thursday 17 October|D]).
N| Their fieldwork ran from [24 to 28 June 2019|D].

S| Before drawing up any plan, each case manager made the effort to understand the child and their family.
S| The YOT’s health worker made sure that children with mental health needs were seen by [CAMHS|A] within weeks rather than months.
W| There were gaps, though, in how the YOT and social workers shared what they knew when exploitation was suspected.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shavington|S] is a small team, but it has a big heart and a firm grip on its purpose.
W| Mr Russell continued: “The one thing that let it down was joint work on exploitation, where information did not always reach the people who needed it.”

R| Our report makes four recommendations, of which the YOT’s management board receives three.

N| [Cheshire East Council|A] said it was proud of its staff.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)

