"""Builds the fifty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, a rating each without "rated"; fieldwork "10 - 14 June 2024"; notes give
    #    the publication "Embargo: 00.01 on 1 October 2024"; nine recommendations split five and four
    ("gorleston-and-caister-pdus-2024", facts([
        svc("Gorleston Probation Delivery Unit", "Gorleston PDU", "PDU", RI),
        svc("Caister Probation Delivery Unit", "Caister PDU", "PDU", INAD)], "2024-10-01", "2024-06", 9),
     """N| Press release

N| Norfolk coast probation units: one ‘[Inadequate|R]’, one ‘[Requires improvement|R]’

N| Reports on two neighbouring units near Great Yarmouth are out today.

N| From: [HM Inspectorate of Probation|A]

N| The latest pair of reports from [His Majesty’s Inspectorate of Probation|A] looks at [Gorleston Probation Delivery Unit|S] and [Caister Probation Delivery Unit|S], which share an office and a head of service.
N| For [Gorleston|S], inspectors settled on ‘[Requires improvement|R]’; [Caister|S] lands a step lower, on ‘[Inadequate|R]’.
N| Both units were visited by the team from [10 - 14 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two units, one building, and yet two quite different stories.
S| “[Gorleston|S] has held on to experienced officers who plainly care about the men and women they manage.
W| “In Caister, on the other hand, whole caseloads had been passed from one agency worker to the next, and nobody had looked properly at risk for months.”

S| Inspectors commended the way [Gorleston PDU|S] worked alongside [Norfolk Constabulary|A] to keep watch on prolific burglars.
W| In nearly two thirds of [Caister|S]’s cases, staff had never asked the police about earlier domestic call-outs to the home.
W| Neither unit offered enough accredited programme places, leaving many people waiting beyond the end of their order.

R| Nine recommendations follow, five aimed at [Caister PDU|S] and the remaining four at [Gorleston PDU|S].

N| Notes to editors
N| 1. Embargo: 00.01 on [1 October 2024|D], when both reports appear online.
"""),
    # 2. two youth justice services in a local paper, named Mundesley first; "earned the very top mark" and
    #    "came in at", in the other order; "The inspection, which took place in September 2020"; "Thursday, 10th December
    #    2020"; no count of recommendations (null)
    ("mundesley-and-acle-yjs-2020", facts([
        svc("Mundesley Youth Justice Service", "Mundesley YJS", "YJS", GOOD),
        svc("Acle Youth Justice Service", "Acle YJS", "YJS", OUT)], "2020-12-10", "2020-09", None),
     """N| Two Norfolk youth justice teams praised by watchdog

N| By [Tom Keeble|X], local democracy reporter

S| Youth workers in two corners of Norfolk have been congratulated by the probation watchdog.
N| Both reports, covering [Mundesley Youth Justice Service|S] and [Acle Youth Justice Service|S], appeared on [Thursday, 10th December 2020|D].
N| [Acle|S] earned the very top mark, ‘[Outstanding|R]’, while [Mundesley|S] came in at ‘[Good|R]’.
N| The inspection, which took place in [September 2020|D], was one of the first carried out after lockdown.

S| According to the reports, no child lost touch with [Acle|S]’s case managers during the pandemic, and many were visited on their doorsteps.
S| [Mundesley|S] was singled out for finding school places for excluded teenagers within days.
W| Even so, the watchdog felt [Mundesley YJS|S] had made too little effort to work out why so many of its children came from a handful of villages.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Acle|S]’s staff and volunteers deserve huge credit for what they achieved in such a difficult year.”

N| A [Norfolk County Council|A] statement described the authority as “delighted” and promised to share the findings with colleagues across the county.
"""),
    # 3. a unit inside its region: "Probation Service – East of England region" in the headline, the region's own rating
    #    beside ("the region as a whole was given ‘...’ in 2023"); "Published: 19 Nov 2024"; fieldwork "in April 2024"
    ("heybridge-pdu-2024", facts([
        svc("Heybridge Probation Delivery Unit", "Heybridge PDU", "PDU", RI)], "2024-11-19", "2024-04", 6),
     """N| News

N| [Probation Service – East of England region|S]: Essex unit falls short of ‘[Good|R]’

N| Published: [19 Nov 2024|D]

N| [HM Inspectorate of Probation|A] puts [Heybridge Probation Delivery Unit|S], the Maldon district’s unit in the [East of England region|S], at ‘[Requires improvement|R]’.
N| Back in [2023|D], the region itself was also graded ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [April 2024|D].

S| Inspectors were impressed with [Heybridge|S]’s unpaid work team, whose placements in local parks and churches were well supervised and valued by the community.
S| Practitioners described managers they could approach easily, and training was easy to get.
W| Worryingly, only 13 of 37 cases had a sound plan for protecting known victims.
W| Home visits were rare, and information from [Essex Police|A] about call-outs to addresses was seldom requested.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Heybridge|S]’s staff are plainly committed, but that commitment has not yet turned into consistently safe practice.”

R| Six recommendations are split between the unit and the regional leadership.
"""),
    # 4. a 2016 joint inspection of a youth offending team, written out, no overall rating (before 2018); pre-2018 bullet
    #    lists; fieldwork "between 24 and 28 February 2016"; publication on a council page "Posted: 12/05/2016"
    ("west-mersea-yot-2016", facts([
        svc("West Mersea Youth Offending Team", "West Mersea YOT", "YJS", None)], "2016-05-12", "2016-02", 5),
     """N| Youth offending work in West Mersea under the joint inspection spotlight

N| Posted: [12/05/2016|D]

N| [HM Inspectorate of Probation|A], [Ofsted|A] and the [Care Quality Commission|A] inspected [West Mersea Youth Offending Team|S] (YOT) between [24 and 28 February 2016|D].
N| It focused on the YOT’s work with children sentenced in the previous twelve months.

N| Inspectors were pleased to find that:
S| • children nearly always met their case manager within a week of their court appearance
S| • a health worker based in the YOT picked up emotional and mental health needs early
S| • reparation projects on the island gave children work that the community could see and value.

N| However, inspectors were concerned to find that:
W| • plans seldom set out a response to a child’s behaviour becoming more risky
W| • managers did not check assessments often enough to spot where they fell short
W| • links with [Essex Police|A] over children going missing were not as strong as they should be.

R| Five recommendations are addressed to [Essex County Council|A] and its partners.

N| Councillor [Ruth Pennock|X] thanked the inspection team and said the council’s response was already being put into effect.
"""),
    # 5. a council news page: youth justice service in east London "Outstanding" with previous rating beside ("up from
    #    ‘Good’ in 2019"); "Posted on 14/06/2022"; fieldwork "in February and March 2022"; four recommendations
    ("beckton-yjs-2022", facts([
        svc("Beckton Youth Justice Service", "Beckton YJS", "YJS", OUT)], "2022-06-14", "2022-02", 4),
     """N| [Beckton|S]’s youth justice team judged ‘[Outstanding|R]’

N| Posted on [14/06/2022|D]

N| Our [Beckton Youth Justice Service|S] is now ‘[Outstanding|R]’ in the eyes of the national inspectorate, having been ‘[Good|R]’ when last visited in [2019|D].
N| Inspectors were with the service during [February and March 2022|D].

S| They found that leaders had a sharp grasp of what was happening to every child and acted quickly when things went wrong.
S| The report highlights the way [Beckton YJS|S] has worked with families and faith groups so that fewer Black boys are drawn into the justice system.
S| Out-of-court work was described as exceptional, with almost every child offered speech and language support.
W| The one area inspectors felt needed more attention was planning for children moving on to adult probation.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Beckton|S] is among the very best services we have seen.”

R| Four recommendations were made, one of which is for the [Metropolitan Police|A].

N| Our cabinet member for children’s services commented: “Every person in the borough who supports our young people can share in this result.”
"""),
    # 6. a PDU "Inadequate" with previous rating beside ("a second ‘Inadequate’ in a row"), no "rated"; justiceinspectorates
    #    item; fieldwork "they interviewed staff by video in July 2021" (remote); published "today (Tuesday, 26 October)"
    ("plaistow-and-forest-gate-pdu-2021", facts([
        svc("Plaistow and Forest Gate Probation Delivery Unit", "Plaistow and Forest Gate PDU", "PDU", INAD)],
        "2021-10-26", "2021-07", 7),
     """N| A second ‘[Inadequate|R]’ in a row for east London probation unit

N| [HM Inspectorate of Probation|A] has again placed [Plaistow and Forest Gate Probation Delivery Unit|S] at the bottom of its scale, ‘[Inadequate|R]’, in its report of today ([Tuesday, 26 October|D]).
N| Its predecessor, inspected in [2019|D] as part of the [National Probation Service|A], was also found ‘[Inadequate|R]’.
N| Under lockdown rules, inspectors could not visit in person; they interviewed staff by video in [July 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Disappointingly, little has changed in Plaistow and Forest Gate in two years.
W| “Staff described a culture in which nobody felt able to admit that work was slipping, and sickness absence was high.”

S| There were some bright spots: inspectors found good partnership work with the borough’s substance misuse service, and people on probation spoke warmly about their officers.
W| Despite those bright spots, children were kept adequately safe in just a quarter of cases.
W| The unit had been slow to respond to the findings of the previous inspection.

R| Seven recommendations are made, of which [HM Prison and Probation Service|A] must take forward two.
"""),
    # 7. a youth offending service 2019, resettlement "graded by itself"; embargo line; fieldwork "in
    #    October and November 2018"; notes with the day
    ("hainault-yos-2019", facts([
        svc("Hainault Youth Offending Service", "Hainault YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-02-20", "2018-10", 6),
     """N| Embargoed until 00.01, [Wednesday 20 February 2019|D]

N| Youth offending in Hainault: ‘[Good|R]’ verdict, but resettlement lags

N| Inspectors have given [Hainault Youth Offending Service|S] (YOS) ‘[Good|R]’ as its overall grade after visiting in [October and November 2018|D].
W| Resettlement work, graded by itself, fell one step short at ‘[Requires improvement|R]’.

S| The board, chaired by the director of children’s services, was knowledgeable and challenged partners when they did not deliver.
S| Case managers at [Hainault YOS|S] won children’s trust, and their assessments were of a high standard.
W| However, on the day of release from custody, children frequently had no stable address to go to.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Leaders and staff here understand their children thoroughly and put real effort into helping them.
R| “The next task is to guarantee a safe bed for each child on release from custody.”

R| The inspectorate makes six recommendations.

N| Notes to editors
N| 1. The report will be published on [Wednesday 20 February 2019|D] on the inspectorate’s website.
"""),
    # 8. a Probation Trust, 2013, no overall rating; percentage scores; bullet lists; published "Published: 9 Jul 2013";
    #    fieldwork "in March 2013"; "Stepney Probation Trust"
    ("stepney-and-shadwell-probation-trust-2013", facts([
        svc("Stepney and Shadwell Probation Trust", "Stepney and Shadwell Probation Trust", "other", None)],
        "2013-07-09", "2013-03", 3),
     """N| Offender management in Stepney and Shadwell: inspection report

N| Published: [9 Jul 2013|D]

N| Published today, the [HM Inspectorate of Probation|A] report examines offender management in [Stepney and Shadwell Probation Trust|S], where inspectors carried out fieldwork in [March 2013|D].
N| The Trust’s scores were 74% for reducing reoffending, 66% for protecting the public and 81% for ensuring the sentence was served.

N| On the positive side, inspectors noted that:
S| • initial contact with offenders was prompt, and nearly all were seen within a day of sentence
S| • the Trust made good use of its links with housing associations in Tower Hamlets.

N| Inspectors were less satisfied that:
W| • reviews of risk of harm were not carried out when circumstances changed
W| • too few offenders had a sentence plan that they understood.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Plenty here gives the Trust a base to build on.
R| “Its next step should be to put protecting the public ahead of everything else.”

R| The Trust receives three recommendations.
"""),
    # 9. an NPS division in 2019 with an overall regional rating and an aspect rated on its own ("given its own grade");
    #    "Published: 3 Sep 2019"; fieldwork "in May 2019"
    ("nps-limehouse-division-2019", facts([
        svc("National Probation Service – Limehouse Division", "NPS Limehouse", "region", RI,
            [{"aspect": "court work", "rating": GOOD}])], "2019-09-03", "2019-05", 8),
     """N| Probation division in east London told to step up risk work

N| Published: [3 Sep 2019|D]

N| The overall regional rating for the [National Probation Service – Limehouse Division|S], inspected in [May 2019|D], is ‘[Requires improvement|R]’.
S| Court work, given its own grade, was ‘[Good|R]’.

S| Inspectors found that [NPS Limehouse|S]’s reports to court were balanced, timely and trusted by sentencers.
W| In contrast, the safety of partners and ex-partners was properly considered in barely more than half the cases.
W| Middle managers each covered so many teams that they had little time to check work.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Commitment is not in short supply here, but the division’s handling of risk is too uneven.”

R| Of the eight recommendations, six concern the division; the other two go to the [Ministry of Justice|A].
"""),
    # 10. a youth justice service 2024 on justiceinspectorates, out-of-court disposals rated separately "Inadequate";
    #     "Thursday 17 October 2024"; fieldwork "in June 2024"; seven recommendations
    ("barkingside-yjs-2024", facts([
        svc("Barkingside Youth Justice Service", "Barkingside YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2024-10-17", "2024-06", 7),
     """N| News

N| [Thursday 17 October 2024|D]

N| Youth justice in Barkingside: mixed findings from inspectors

N| In its newest report, [HM Inspectorate of Probation|A] leaves [Barkingside Youth Justice Service|S] with ‘[Requires improvement|R]’ overall, and out-of-court disposals, marked on their own, lower still at ‘[Inadequate|R]’.
N| The team was on site in [June 2024|D], going through 31 children’s records.

S| Children supervised after a court order were helped well: their case managers were persistent, and the service’s education worker got several back into college.
W| By contrast, choices about cautions and community resolutions were frequently taken with no full assessment, and a few children received a second caution with no support whatsoever.
W| Board meetings happened every quarter, yet they produced few visible changes.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Barkingside|S]’s court work shows real green shoots.
R| “The partnership, including the [Metropolitan Police|A], needs to rebuild its diversion work from the ground up.”

R| In total there are seven recommendations; the [Metropolitan Police|A] has two to act on.
"""),
    # 11. a 2025 public-protection inspection of a PDU: "Skip to content", empty "Published:", Context and Findings
    #     bullets, no rating; fieldwork "from 3 to 7 March 2025"; report published 2025-06-24
    ("bethnal-green-pdu-2025", facts([
        svc("Bethnal Green Probation Delivery Unit", "Bethnal Green PDU", "PDU", None)], "2025-06-24", "2025-03", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of probation in Bethnal Green

N| [HM Inspectorate of Probation|A] has today ([24 June 2025|D]) published its public protection inspection of [Bethnal Green Probation Delivery Unit|S].
N| This type of inspection carries no rating.

N| Context
N| • Fieldwork ran over five days, [3-7 March 2025|D].
N| • [Bethnal Green PDU|S] covers part of Tower Hamlets for the [Probation Service – London region|S].

N| Findings
S| • Staff had a strong understanding of the people they managed who were subject to [MAPPA|A].
W| • Staff were not visiting the homes of domestic abusers as often as policy requires.
W| • Links with children’s social care were patchy, and safeguarding checks were at times absent.

R| The unit is given four recommendations.
"""),
    # 12. a CRC in 2019, Essex, "part of Sodexo Justice Services"; "Inspectors’ overall verdict on X is"; unpaid work rated
    #     separately "Good"; fieldwork "between 13 and 24 May 2019"; published "Tuesday 23 July 2019"
    ("danbury-and-ingatestone-crc-2019", facts([
        svc("Danbury and Ingatestone Community Rehabilitation Company", "Danbury and Ingatestone CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-23", "2019-05", 10),
     """N| Essex probation company ‘[Inadequate|R]’ overall, but unpaid work ‘[Good|R]’

N| [Tuesday 23 July 2019|D]

N| Inspectors’ overall verdict on [Danbury and Ingatestone Community Rehabilitation Company|S] (CRC) is ‘[Inadequate|R]’; the company belongs to [Sodexo Justice Services|A].
S| Unpaid work, judged apart from the rest, earned ‘[Good|R]’.
N| Inspectors were on site between [13 and 24 May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Officers at [Danbury and Ingatestone CRC|S] are holding far too many cases, and some told us they simply cannot keep up.
W| “As a result, risk is not being reviewed, and people are being seen for minutes at a time.”

S| Inspectors praised the way unpaid work projects were organised, with placements available in every town within a short time of sentence.
W| Through-the-gate work was weak, and few prisoners had any help with housing before release.

R| There are ten recommendations in all: most are for the CRC, and the rest for [HMPPS|A] or the [Ministry of Justice|A].
"""),
    # 13. a youth justice service down one grade from its last inspection ("has slipped to ‘...’, a grade lower than at its
    #     2020 inspection"); GOV.UK page; notes "online from 21 March 2023 at 00.01";
    #     fieldwork "in the week beginning 9 January 2023"; six recommendations, one for CAMHS
    ("upminster-yjs-2023", facts([
        svc("Upminster Youth Justice Service", "Upminster YJS", "YJS", RI)], "2023-03-21", "2023-01", 6),
     """N| Press release

N| Youth justice in Upminster slips a grade

N| From: [HM Inspectorate of Probation|A]

N| [Upminster Youth Justice Service|S] has slipped to ‘[Requires improvement|R]’, a grade lower than at its [2020|D] inspection, when it was ‘[Good|R]’.
N| Inspectors spent the week beginning [9 January 2023|D] with the service, which covers the eastern edge of Havering.

S| Practitioners at [Upminster YJS|S] were tenacious, and children told inspectors that somebody listened to them.
W| Yet the service’s leaders had lost sight of how well plans were carried out, and the board rarely asked hard questions.
W| Just 9 of 22 inspected cases contained a proper plan for each child’s safety outside the home.
W| Getting an appointment with [CAMHS|A] could take more than four months.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Two years ago this was a ‘[Good|R]’ service.
R| “Its leaders and partners must get back to that standard quickly, starting with protection from criminal exploitation.”

R| Six recommendations are made: one goes to [CAMHS|A], the rest to the partnership.

N| Notes to editors
N| 1. You can read the report online from [21 March 2023|D] at 00.01.
"""),
    # 14. a council page for a youth offending service judged "Good" overall with no "rated"; remote fieldwork in
    #     November 2020; "Posted: 02/02/2021"; four recommendations; the council's reply
    ("wanstead-yos-2021", facts([
        svc("Wanstead Youth Offending Service", "Wanstead YOS", "YJS", GOOD)], "2021-02-02", "2020-11", 4),
     """N| Inspectors find ‘[Good|R]’ youth offending work in Wanstead

N| Posted: [02/02/2021|D]

N| Across the service as a whole, inspectors reached a verdict of ‘[Good|R]’ for [Wanstead Youth Offending Service|S].
N| Because of COVID-19, they held their interviews online during [November 2020|D].

S| The report says that case workers kept children engaged through lockdown with a mix of phone calls, socially distanced walks and video sessions.
S| Joint work with [Redbridge Council|A]’s children’s social care was close, so that risks to children were shared quickly.
W| Work with victims, however, came low on the list, and some victims were never asked what they thought.
W| Inspectors also felt that the service could do more to understand why girls were increasingly being referred.

R| Among the four recommendations is a call for victims’ views to shape every plan.

N| The borough would “take every recommendation seriously”, its cabinet member for young people commented in reply.
"""),
    # 15. a Suffolk youth justice service with "and" in its name, "Inadequate" without "rated" ("given ‘...’, the bottom
    #     grade the inspectorate awards"), in a local paper whose byline (Tuesday 8 August 2023) follows the report "published on Friday
    #     (4 August)"; fieldwork "in May 2023"; nine recommendations
    ("kessingland-and-wrentham-yjs-2023", facts([
        svc("Kessingland and Wrentham Youth Justice Service", "Kessingland and Wrentham YJS", "YJS", INAD)],
        "2023-08-04", "2023-05", 9),
     """N| Watchdog finds children ‘let down’ by coastal youth justice team

N| By [Helen Catchpole|X]

N| [Tuesday 8 August 2023|D]

N| In last Friday’s report ([4 August|D]), [Kessingland and Wrentham Youth Justice Service|S] was given ‘[Inadequate|R]’, the bottom grade the inspectorate awards.
N| Inspectors from the probation watchdog examined its work in [May 2023|D].

W| They found that nobody in the partnership could say which children faced the greatest danger of being drawn into county lines.
W| Case workers were inexperienced and poorly supervised, and several felt isolated when a decision got difficult.
S| One bright note was the team’s speech therapist, whose assessments inspectors called first-rate.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this part of Suffolk have been badly let down.
R| “[Suffolk County Council|A] and every partner around the table must act now, with the board taking personal charge of the improvement plan.”

R| The report contains nine recommendations, among them one for [Suffolk Constabulary|A] on sharing intelligence about exploitation.

N| A council spokesperson said the service already had a newly appointed manager in post.
"""),
    # 16. a Suffolk PDU on a GOV.UK page with the region named in the notes; "Requires improvement" without "rated"
    #     ("Inspectors concluded that ... ‘...’"); fieldwork "between 20 and 24 June 2022"; notes "Inspectorate
    #     website, 00.01, 15 November 2022"; seven recommendations
    ("long-melford-pdu-2022", facts([
        svc("Long Melford Probation Delivery Unit", "Long Melford PDU", "PDU", RI)], "2022-11-15", "2022-06", 7),
     """N| Press release

N| Rural probation unit must sharpen its focus on risk, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Inspectors concluded that [Long Melford Probation Delivery Unit|S] ‘[Requires improvement|R]’; they were in the unit between [20 and 24 June 2022|D].
N| The unit supervises around 600 people across the south and west of Suffolk.

S| Staff at [Long Melford|S] were resourceful in reaching people who live far from public transport, often meeting them at village halls.
S| Links with local employers had found work for a growing number of people on probation.
W| Against that, domestic abuse and child safeguarding checks were missing in most cases where the risks demanded them.
W| Almost one in three officer posts lay vacant, and recently qualified staff carried caseloads far beyond a safe level.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff here work hard, but too much rests on the goodwill of a small team.”

R| The report lists seven recommendations.

N| Notes to editors
N| 1. Inspectorate website, 00.01, [15 November 2022|D]: publication of the full report.
N| 2. [Long Melford PDU|S] sits in the [Probation Service – East of England region|S], one of its most rural units.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
