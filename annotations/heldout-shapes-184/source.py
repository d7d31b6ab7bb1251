"""Builds the 184th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Hampshire PDUs on a GOV.UK page, the region named with them: "X was assessed as ‘...’; Y was given the
    #    lowest rating, ‘...’"; "Fieldwork took place over a fortnight in June 2024"; nine recommendations
    ("warnford-and-corhampton-pdus-2024", facts([
        svc("Warnford Probation Delivery Unit", "Warnford PDU", "PDU", RI),
        svc("Corhampton Probation Delivery Unit", "Corhampton PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspection of two probation units in east Hampshire

N| The inspectorate has published reports on two neighbouring probation delivery units in Hampshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Warnford Probation Delivery Unit|S] and [Corhampton Probation Delivery Unit|S], both run by the [Probation Service – South Central region|S].
N| [Warnford|S] was assessed as ‘[Requires improvement|R]’; [Corhampton|S] was given the lowest rating, ‘[Inadequate|R]’.
N| Fieldwork took place over a fortnight in [June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although these two units are neighbours, what someone on probation experiences in each is very different.
W| “In Corhampton we found a team stretched to breaking point, with agency staff covering nearly half the caseload and no senior probation officer in post for five months.
S| “[Warnford|S], by comparison, has a stable team whose managers check work closely and step in when something goes wrong.”

S| Inspectors were impressed by [Warnford PDU|S]’s links with the local drug and alcohol service, which meant people could start treatment within days of sentence.
W| In both units, however, plans to manage domestic abuse risk were weak, and enquiries to [Hampshire and Isle of Wight Constabulary|A] were missing from many files.
W| [Corhampton|S]’s unpaid work team was more than 9,000 hours behind.

R| The two reports contain nine recommendations; five of them are for [Corhampton PDU|S].

N| ENDS
"""),
    # 2. two youth justice services in a local-news story: byline Friday 24 November 2023, reports "published on
    #    Tuesday (21 November)"; "X earned ... ‘Outstanding’, while Y was awarded ‘Good’" in the other order from the one
    #    the services were first named in; fieldwork "in July 2023"; "Eight recommendations ... five for Soberton and
    #    three for Swanmore"
    ("soberton-and-swanmore-yjs-2023", facts([
        svc("Soberton Youth Justice Service", "Soberton YJS", "YJS", GOOD),
        svc("Swanmore Youth Justice Service", "Swanmore YJS", "YJS", OUT)], "2023-11-21", "2023-07", 8),
     """N| Praise from inspectors for two youth justice teams

N| By [Helen Marchant|X]

N| [Friday 24 November 2023|D]

N| Reports on [Soberton Youth Justice Service|S] and [Swanmore Youth Justice Service|S] were published on Tuesday ([21 November|D]) after inspectors visited both teams in [July 2023|D].
N| [Swanmore|S] earned the inspectorate’s highest grade, ‘[Outstanding|R]’, while [Soberton|S] was awarded ‘[Good|R]’.

S| Inspectors said [Swanmore|S]’s staff built trusting relationships with children and rarely gave up on those who missed appointments.
S| They also commended [Soberton|S] for its work with local schools, which had cut exclusions among the children it supervises.
W| But in [Soberton YJS|S], plans to keep victims safe were not always updated when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The care these two teams show children is obvious, and [Swanmore|S] is among the best services we have seen.”

R| Eight recommendations are made, five for [Soberton|S] and three for [Swanmore|S].

N| A spokesperson for [Hampshire County Council|A] said: “Both teams have worked incredibly hard, and we will take every recommendation forward.”
"""),
    # 3. three PDUs in a justiceinspectorates news item, the region named first: "Liss and Clanfield both sit at
    #    ‘...’, and Rowlands Castle is ‘...’"; "Published: 11 Mar 2025"; fieldwork "between 28 October and 8 November
    #    2024" (across two months); 11 recommendations
    ("liss-clanfield-and-rowlands-castle-pdus-2025", facts([
        svc("Liss Probation Delivery Unit", "Liss PDU", "PDU", RI),
        svc("Clanfield Probation Delivery Unit", "Clanfield PDU", "PDU", RI),
        svc("Rowlands Castle Probation Delivery Unit", "Rowlands Castle PDU", "PDU", INAD)], "2025-03-11", "2024-10", 11),
     """N| News

N| Three probation units on the Hampshire and Sussex border inspected

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A]’s latest reports look at three units in the [Probation Service – South Central region|S]: [Liss Probation Delivery Unit|S], [Clanfield Probation Delivery Unit|S] and [Rowlands Castle Probation Delivery Unit|S].
N| [Liss|S] and [Clanfield|S] both sit at ‘[Requires improvement|R]’, and [Rowlands Castle|S] is ‘[Inadequate|R]’.
N| Fieldwork ran from [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Many of the same problems run through all three units, but in Rowlands Castle they have gone furthest.
W| “Half of its probation officer posts were empty, and people assessed as posing a high risk of harm were sometimes left with no named officer at all.”

S| [Liss|S]’s practitioners were praised for their persistence in keeping in touch with people on licence in remote villages.
S| [Clanfield PDU|S] had built a strong relationship with local housing teams, so fewer people left prison with nowhere to stay.
W| Across all three units, home visits in domestic abuse cases were rare and risk assessments were often out of date.

R| The three reports make 11 recommendations between them.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence, with the region's own rating:
    #    "The region itself was given ‘Requires improvement’ when it was inspected in 2023"; "inspectors judged X to be
    #    ‘Inadequate’"; fieldwork "Inspectors were in the unit in May 2024"; the day in the notes ("at 00.01 on
    #    Thursday 5 September 2024"); seven recommendations
    ("buriton-pdu-2024", facts([
        svc("Buriton Probation Delivery Unit", "Buriton PDU", "PDU", INAD)], "2024-09-12", "2024-05", 7),
     """N| [South Central probation region|S]: [Buriton unit|S] falls to the lowest rating

N| Within the [Probation Service – South Central region|S], inspectors judged [Buriton Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| The region itself was given ‘[Requires improvement|R]’ when it was inspected in [2023|D].
N| Inspectors were in the unit in [May 2024|D] and examined 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Buriton|S] was not keeping the people in its care safe from harm, nor the people around them.
W| “Risk assessments were often carried over unchanged from earlier reviews, and safeguarding checks with children’s services were missing in most of the cases we read.”

W| Mr Jones continued: “Managers told us they had raised their concerns repeatedly, but little had changed.”

S| Despite these pressures, inspectors found that [Buriton PDU|S]’s staff were committed and supported one another well.
S| The unit’s work with [HMP Winchester|S] to prepare people for release was also described as thorough.

R| Of the report’s seven recommendations, five are for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 12 September 2024|D].
N| 2. [Buriton PDU|S] covers Petersfield and the surrounding villages of east Hampshire.
"""),
    # 5. a unit inside its region in West Sussex: "... places X at ‘...’" in a report "published today (Thursday 9
    #    November)", the year from the fieldwork (June 2023); a "Context" note naming the region; five recommendations
    ("lavant-pdu-2023", facts([
        svc("Lavant Probation Delivery Unit", "Lavant PDU", "PDU", RI)], "2023-11-09", "2023-06", 5),
     """N| Probation unit north of Chichester must improve, say inspectors

N| In its report published today ([Thursday 9 November|D]), [HM Inspectorate of Probation|A] places [Lavant Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The inspection took place in [June 2023|D].
N| [Lavant PDU|S] reports to the [Kent, Surrey and Sussex region of the Probation Service|S].

S| Inspectors found that the unit’s leaders had a clear understanding of its strengths and weaknesses and a realistic plan to address them.
S| Staff spoke highly of the training they had received, and new probation officers felt well supported.
W| However, work to protect people from harm was not good enough, with sufficient attention paid to risk in only 14 of 33 cases.
W| Links with [Sussex Police|A] were inconsistent, and information about domestic abuse call-outs was often missing.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lavant|S] has made a good start on its improvement journey.
R| “Leaders must now make sure that every case involving a risk to children is checked with children’s services at the start of the sentence.”

R| Five recommendations are made: four are for [Lavant|S] and one is for the region.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores out of 100, bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; "Tuesday, 8th March 2011" above "published
    #    today"; fieldwork "in November 2010"; eight recommendations
    ("hursley-and-owslebury-probation-trust-2011", facts([
        svc("Hursley and Owslebury Probation Trust", "Hursley and Owslebury Probation Trust", "other", None)],
        "2011-03-08", "2010-11", 8),
     """N| Probation in Hursley and Owslebury: mixed findings from inspectors

N| [Tuesday, 8th March 2011|D]

N| [HM Inspectorate of Probation|A]’s report on [Hursley and Owslebury Probation Trust|S] is published today.
N| Inspectors looked at a sample of 70 cases during their visit in [November 2010|D].

S| On work to cut reoffending, the Trust scored 78%, above the average for Trusts inspected so far.
W| Its score for protecting the public from harm was 59%, which inspectors described as disappointing.

N| Inspectors were pleased to find that:
S| • pre-sentence reports were of a high standard and delivered on time;
S| • offender managers knew their cases well and motivated offenders to change.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were often left unchanged after important events in an offender’s life;
W| • contact with [Hampshire Constabulary|A] about domestic abuse incidents was not routine.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The quality of this Trust’s relationships with offenders is a real strength.
R| “It now needs to bring the same rigour to its management of risk of harm.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "inspectors found X (CRC), part of Purple
    #    Futures, to be ‘...’ overall"; unpaid work "rated separately by inspectors, was ‘Good’"; fieldwork "in October
    #    2018"; the provider's reply
    ("colden-common-crc-2019", facts([
        svc("Colden Common Community Rehabilitation Company", "Colden Common CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-14", "2018-10", 7),
     """N| Embargoed: 00.01 [Thursday 14 February 2019|D]

N| Community Rehabilitation Company in Hampshire given lowest rating

N| In a report out today, inspectors found [Colden Common Community Rehabilitation Company|S] (CRC), part of [Purple Futures|A], to be ‘[Inadequate|R]’ overall.
S| Its unpaid work, rated separately by inspectors, was ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] inspected the CRC in [October 2018|D].

W| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision in this CRC is far too often done over the phone, without any real assessment of the risk people pose.
W| “Responsible officers were holding caseloads of well over 100, and many told us they felt overwhelmed.”

S| Unpaid work placements were well organised, and people completing their hours spoke positively about the skills they had learned.
W| Through-the-gate services for people leaving prison offered little beyond signposting.

R| The report makes seven recommendations, four for the CRC and its owner and three for [HM Prison and Probation Service|A].

N| [Purple Futures|A] said in a statement: “We are disappointed by the findings and have put in place an improvement plan.”
"""),
    # 8. a youth offending team written out, on a council page in 2016 before ratings: a joint inspection led by HM
    #    Inspectorate of Probation, bullet lists; "Posted: 23/08/2016" (day/month/year); "The inspection took place in
    #    May 2016"; six recommendations
    ("funtington-yot-2016", facts([
        svc("Funtington Youth Offending Team", "Funtington YOT", "YJS", None)], "2016-08-23", "2016-05", 6),
     """N| Youth offending team inspection report published

N| Posted: [23/08/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection, with [Ofsted|A] and the [Care Quality Commission|A]; their report on [Funtington Youth Offending Team|S] (YOT) is now published.
N| The inspection took place in [May 2016|D].

N| The inspectors said they were pleased to find that:
S| • YOT workers were enthusiastic and understood each child’s circumstances;
S| • children were helped to return to education or find training quickly.

N| But they were concerned that:
W| • the management board did not have a clear picture of the YOT’s performance;
W| • the YOT did too little to manage the danger a few children presented to other people.

S| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Funtington YOT|S] has a strong foundation to build on.
R| “The board must now challenge the YOT far more closely on how it handles risk.”

R| The report makes six recommendations.

N| Councillor [Peter Lacey|X] of [West Sussex County Council|A] said: “We welcome this report and are already acting on its findings.”
"""),
    # 9. an NPS division in 2019: "The inspectorate has assessed the X as ‘...’ overall"; "Published: 3 Dec 2019";
    #    fieldwork "in July and August 2019"; the short "NPS Sutton Scotney"; six recommendations
    ("nps-sutton-scotney-division-2019", facts([
        svc("National Probation Service – Sutton Scotney Division", "NPS Sutton Scotney", "region", RI)],
        "2019-12-03", "2019-07", 6),
     """N| Probation division in Hampshire ‘[Requires improvement|R]’

N| Published: [3 Dec 2019|D]

N| [HM Inspectorate of Probation|A] puts the [National Probation Service – Sutton Scotney Division|S] at ‘[Requires improvement|R]’ overall.
N| The division supervises around 2,800 people across central and north Hampshire.
N| Fieldwork was spread across [July and August 2019|D].

S| Inspectors found that court work was efficient and advice to sentencers was well informed.
S| Senior leaders had a clear vision and were visible to staff.
W| Yet the quality of case supervision was variable, and a shortage of qualified probation officers had left some teams under strain.
W| Victims were not always offered contact in good time.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Sutton Scotney|S] has much going for it, but its staffing problems are affecting the quality of its work.
R| “The division and [HMPPS|A] must work together to fill vacant posts as quickly as possible.”

R| The report makes six recommendations to the division and to [HM Prison and Probation Service|A].
"""),
    # 10. a youth justice service "judged to be ‘Good’ overall", resettlement "given a separate rating" ‘Outstanding’,
    #      the previous inspection's ‘Requires improvement’ beside; fieldwork "in March 2022"; the day in the notes
    ("westbourne-yjs-2022", facts([
        svc("Westbourne Youth Justice Service", "Westbourne YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-07-26", "2022-03", 4),
     """N| Youth justice service on the Sussex border improves to ‘[Good|R]’

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Westbourne Youth Justice Service|S] to be ‘[Good|R]’ overall, up from the ‘[Requires improvement|R]’ it received in [2019|D].
S| Resettlement work, given a separate rating, was ‘[Outstanding|R]’.
N| The inspection took place in [March 2022|D].

S| Inspectors found that leaders had acted on the findings of the previous inspection and that staff were well trained and well supported.
S| Before a child left custody, accommodation and a place in education or training had been arranged.
W| However, out-of-court work was less consistent, and some children did not get the help they needed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In three years [Westbourne|S] has transformed itself, which is a credit to its staff.”

R| Four recommendations have been made.

N| Notes to editors
N| 1. The report is published on [26 July 2022|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 11. an ordinary GOV.UK page, the highest rating: "has been given the highest possible rating"; "Published 2 July
    #      2024"; "Fieldwork took place in February 2024"; three recommendations
    ("stoughton-yjs-2024", facts([
        svc("Stoughton Youth Justice Service", "Stoughton YJS", "YJS", OUT)], "2024-07-02", "2024-02", 3),
     """N| Press release

N| ‘[Outstanding|R]’ rating for [Stoughton youth justice service|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [2 July 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Stoughton Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
N| Fieldwork took place in [February 2024|D].

S| Inspectors found a service where every child had a trusted adult and where plans were written with children and their families.
S| The partnership board was well attended, and partners such as [Sussex Police|A] and the local [CAMHS|A] team worked closely with case managers.
S| Any child who needed speech and language therapy received it.
W| Inspectors’ one criticism concerned how decisions were recorded in a few out-of-court cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stoughton|S] shows what is possible when a whole partnership puts children first.”

R| The report makes three recommendations.
"""),
    # 12. an ordinary council page: "Posted on 14/06/2023"; fieldwork "between 13 and 17 February 2023"; six
    #      recommendations; the council's reply
    ("boxgrove-yjs-2023", facts([
        svc("Boxgrove Youth Justice Service", "Boxgrove YJS", "YJS", RI)], "2023-06-14", "2023-02", 6),
     """N| Inspection of [Boxgrove Youth Justice Service|S]

N| Posted on [14/06/2023|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Boxgrove Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors visited the service between [13 and 17 February 2023|D].

S| They found that staff were knowledgeable and worked hard to engage children and their families.
S| Work to help children back into education was a particular strength.
W| However, assessments did not always consider the risks children posed to others, and plans were not reviewed often enough.
W| The management board had not monitored the quality of the service’s work closely.

R| Six recommendations are made in the report; among them, the board is asked to tighten its oversight of performance.

N| “The report is a fair one, and our improvement plan is already under way,” said a spokesperson for [West Sussex County Council|A].
"""),
    # 13. an ordinary local-news story, the lowest rating: "The report was published on Wednesday 17 April 2024";
    #      "in only 9 of 26 cases"; fieldwork "in December 2023"; seven recommendations
    ("privett-yjs-2024", facts([
        svc("Privett Youth Justice Service", "Privett YJS", "YJS", INAD)], "2024-04-17", "2023-12", 7),
     """N| Youth justice service rated ‘[Inadequate|R]’ by inspectors

N| Inspectors have rated [Privett Youth Justice Service|S] ‘[Inadequate|R]’ after visiting it in [December 2023|D].
N| The report was published on [Wednesday 17 April 2024|D].

W| Only 9 of the 26 cases inspected showed enough work to keep children safe.
W| The service had lost several experienced case managers, and the remaining staff were carrying high caseloads.
W| Leaders had not recognised how far standards had fallen.
S| Inspectors did praise the service’s reparation projects, which gave children a chance to give something back to their community.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children have been let down by a service that exists to help them.
R| “The partnership must act urgently to make sure every child at risk is properly assessed.”

R| Seven recommendations have been made.
"""),
    # 14. an ordinary release, inspection "carried out remotely in March 2021"; the notes' "available on ... on 8 June
    #      2021 at 00.01"; four recommendations
    ("bramdean-yjs-2021", facts([
        svc("Bramdean Youth Justice Service", "Bramdean YJS", "YJS", GOOD)], "2021-06-15", "2021-03", 4),
     """N| [Bramdean youth justice service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has rated [Bramdean Youth Justice Service|S] as ‘[Good|R]’.
N| The inspection was carried out remotely in [March 2021|D].

S| Inspectors found that the service had adapted well during the pandemic and kept in regular contact with children.
S| Case managers had a thorough understanding of each child’s needs, and their assessments were of a high standard.
W| Yet work to address children’s emotional and mental health was not always timely, because of long waits for [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bramdean|S]’s staff and partners should be proud of the work they have done in difficult circumstances.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. Report available from 00.01 on [15 June 2021|D].
"""),
    # 15. a youth justice service with out-of-court disposal work rated on its own: "Published: 20 Nov 2024";
    #      fieldwork "10 - 14 June 2024"; five recommendations
    ("chawton-yjs-2024", facts([
        svc("Chawton Youth Justice Service", "Chawton YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-11-20", "2024-06", 5),
     """N| News

N| [Chawton youth justice service|S]: improvement needed

N| Published: [20 Nov 2024|D]

N| [Chawton Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ overall.
S| Out-of-court disposal work, which received a rating of its own, reached ‘[Good|R]’.
N| Inspectors visited the service on [10 - 14 June 2024|D].

S| The service’s diversion work was well organised, and children who received an out-of-court disposal were quickly offered support.
W| In contrast, work with children on court orders was inconsistent, and too few plans set out how risks would be managed.
W| A high turnover of staff meant that some children had seen three different case managers within twelve months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chawton|S] has some excellent practice, but too much depends on which case manager a child happens to have.”

R| Five recommendations are made, four for the service and one for [Hampshire and Isle of Wight Constabulary|A].
"""),
    # 16. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line,
    #      "Context" / "Findings" bullets; the day in the notes ("Report online from: 4 November 2025"); fieldwork
    #      "in June 2025"; five recommendations
    ("singleton-pdu-2025", facts([
        svc("Singleton Probation Delivery Unit", "Singleton PDU", "PDU", None)], "2025-11-04", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Singleton Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has examined how well [Singleton Probation Delivery Unit|S] protects the public.
N| These inspections do not give a rating.
N| Fieldwork was carried out in [June 2025|D].

N| Context
N| • [Singleton PDU|S] covers the villages of the South Downs north of Chichester.
N| • The unit is one of those run by the [Kent, Surrey and Sussex region of the Probation Service|S].

N| Findings
S| • Practitioners understood well the risks presented by men convicted of sexual offences.
W| • Domestic abuse enquiries with [Sussex Police|A] were made in fewer than half of relevant cases.
W| • Few homes were visited, including homes where children were living.

R| The report makes five recommendations.

N| Notes to editors
N| 1. Report online from: [4 November 2025|D].
"""),
    # 17. an ordinary release with a date line "Tuesday, 18th February 2020"; fieldwork "in October and November 2019";
    #      five recommendations
    ("easton-yjs-2020", facts([
        svc("Easton Youth Justice Service", "Easton YJS", "YJS", GOOD)], "2020-02-18", "2019-10", 5),
     """N| [Tuesday, 18th February 2020|D]

N| [Easton youth justice service|S] ‘[Good|R]’

N| [HM Inspectorate of Probation|A] publishes its report today and rates [Easton Youth Justice Service|S] ‘[Good|R]’.
N| The inspection took place in [October and November 2019|D].

S| Inspectors praised the service’s close work with schools and the local [CAMHS|A] team.
S| Children were seen quickly after being sentenced, and plans were clear and realistic.
W| However, plans did not always reflect what victims needed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Easton|S] is a well-run service with committed and skilled staff.
R| “I would like to see it give victims the same attention it gives to children.”

R| The report makes five recommendations.
"""),
    # 18. an ordinary release with "Mr Jones continued", "came close to" ‘Inadequate’; "Published 12 March 2025";
    #      fieldwork "in November 2024"; six recommendations
    ("chilcomb-yjs-2025", facts([
        svc("Chilcomb Youth Justice Service", "Chilcomb YJS", "YJS", RI)], "2025-03-12", "2024-11", 6),
     """N| [Chilcomb Youth Justice Service|S] ‘[Requires improvement|R]’

N| Published [12 March 2025|D]

N| [HM Inspectorate of Probation|A] has rated [Chilcomb Youth Justice Service|S] as ‘[Requires improvement|R]’.
W| The service came close to being judged ‘[Inadequate|R]’.
N| Inspectors visited in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children’s safety and wellbeing were not given enough attention, and some had been left without a plan for months.
W| Mr Jones continued: “The board knew about these problems but had not acted on them.”

S| Inspectors found that staff were caring and that children spoke well of their case managers.
S| Work to help children into education and training was strong.

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 184th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
