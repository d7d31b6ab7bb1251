"""Builds the forty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two West Yorkshire PDUs on a GOV.UK page, the region named first: "The verdict for Ossett is ‘...’; Knottingley
    #    fares worse, with ‘...’"; "Published 3 July 2024"; fieldwork "between 4 and 15 March 2024"; nine recommendations
    ("ossett-and-knottingley-pdus-2024", facts([
        svc("Ossett Probation Delivery Unit", "Ossett PDU", "PDU", RI),
        svc("Knottingley Probation Delivery Unit", "Knottingley PDU", "PDU", INAD)], "2024-07-03", "2024-03", 9),
     """N| Press release

N| Reports on two probation units near Wakefield published

N| The inspectorate has examined two delivery units in West Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 July 2024|D]

N| Both [Ossett Probation Delivery Unit|S] and [Knottingley Probation Delivery Unit|S] belong to [Probation Service – Yorkshire and Humber|S], and inspectors visited them one after the other, between [4 and 15 March 2024|D].
N| The verdict for [Ossett|S] is ‘[Requires improvement|R]’; [Knottingley|S] fares worse, with ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ossett|S] has a settled group of senior probation officers who check work closely and coach newer colleagues.
W| “Across the valley in Knottingley, the picture is bleak: close to half of all probation officer jobs were vacant, and cases were being shuffled between agency staff.
W| “In neither unit did we find enough attention paid to people’s risk of harming a partner.”

S| [Ossett PDU|S]’s links with [West Yorkshire Police|A] on integrated offender management were held up as an example for other units.
W| [Knottingley|S]’s visits to the homes of domestic abuse perpetrators had almost stopped during the winter.

R| In total the reports carry nine recommendations, with five going to [Knottingley PDU|S].
"""),
    # 2. two youth services in a local-news story: the reports "came out on Wednesday (14 May)" under a byline of Friday
    #    16 May 2025; "Bingley landed the top grade of ‘...’, with Shipley a step behind on ‘...’" (other order from first
    #    naming); "The watchdog found"; fieldwork "in January 2025"; eight recommendations
    ("shipley-and-bingley-yjs-2025", facts([
        svc("Shipley Youth Justice Service", "Shipley YJS", "YJS", GOOD),
        svc("Bingley Youth Justice Service", "Bingley YJS", "YJS", OUT)], "2025-05-14", "2025-01", 8),
     """N| Aire Valley youth teams win high marks from inspectors

N| By [Helen Sutcliffe|X]

N| [Friday 16 May 2025|D]

N| The reports on [Shipley Youth Justice Service|S] and [Bingley Youth Justice Service|S] appeared on Wednesday ([14 May|D]), four months after an inspection team visited both in [January 2025|D].
N| [Bingley|S] landed the top grade of ‘[Outstanding|R]’, with [Shipley|S] a step behind on ‘[Good|R]’.

S| The watchdog found that [Bingley|S]’s workers had built a mentoring scheme with local sports clubs that kept dozens of teenagers busy at weekends.
S| [Shipley|S] was commended for getting children back into school quickly after exclusions.
W| But inspectors said [Shipley YJS|S] was not always quick to update safety plans after a change of foster home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Families in this corner of Bradford are well served, and [Bingley|S] is among the finest services we have seen this year.”

R| Eight recommendations are made in all, five addressed to [Shipley|S] and three to [Bingley|S].

N| [City of Bradford Metropolitan District Council|A] called the outcome “delightful news” for local families.
"""),
    # 3. a unit inside its region, the region in the headline ("Yorkshire and the Humber probation region: unit near
    #    Rotherham given lowest grade"): "Inspectors have handed X, part of the ..., their lowest grade, ‘...’"; an NPS
    #    division's 2019 rating as context; "carried out remotely in July 2021"; "Mr Russell continued"; notes "available
    #    on the ... website on 21 October 2021 at 00.01"; seven recommendations
    ("maltby-pdu-2021", facts([
        svc("Maltby Probation Delivery Unit", "Maltby PDU", "PDU", INAD)], "2021-10-21", "2021-07", 7),
     """N| Probation in Yorkshire and the Humber: unit near Rotherham given lowest grade

N| Inspectors have handed their lowest grade, ‘[Inadequate|R]’, to [Maltby Probation Delivery Unit|S], situated within the [Probation Service|A]’s [Yorkshire and Humber region|S].
N| The pandemic meant that inspectors did their [July 2021|D] fieldwork entirely online.
N| Inspectors had last looked at probation across South Yorkshire in [2019|D], when the [National Probation Service|A] division covering the county was graded ‘[Good|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Regrettably, this was a unit where many staff were exhausted and unsure who was in charge.
W| “More than one case in three lacked a current risk assessment, and safeguarding enquiries had been missed where children were at risk.”

W| Mr Russell continued: “Leaders in the region had known about these problems for months, yet little had changed by the time we arrived.”

S| On the positive side, joint work with [South Yorkshire Police|A] on prolific offenders had held up well.
S| Sentence management staff in the unit’s court team were described as knowledgeable and calm under pressure.

R| Seven recommendations follow: [Maltby PDU|S] has four, the region two and [HMPPS|A] one.

N| ENDS

N| Notes to editors
N| 1. The report will be posted online from 00.01 on [21 October 2021|D].
N| 2. Eleven probation delivery units make up the [Yorkshire and Humber region|S], [Maltby PDU|S] among them.
"""),
    # 4. a unit with a long comma name inside its region, on a justiceinspectorates news page: "published today (Tuesday,
    #    11 February)" (no year: the year after the fieldwork, October 2024, that makes it a Tuesday: 2025); "has placed X
    #    in the ‘...’ band"; leadership "scored on its own" ‘Good’; six recommendations
    ("cleckheaton-heckmondwike-and-liversedge-pdu-2025", facts([
        svc("Cleckheaton, Heckmondwike and Liversedge Probation Delivery Unit",
            "Cleckheaton, Heckmondwike and Liversedge PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2025-02-11", "2024-10", 6),
     """N| News

N| Probation unit in the Spen Valley ‘heading in the right direction’

N| In today’s report ([Tuesday, 11 February|D]), [His Majesty’s Inspectorate of Probation|A] puts [Cleckheaton, Heckmondwike and Liversedge Probation Delivery Unit|S] in the ‘[Requires improvement|R]’ band.
S| Its leadership, scored on its own, reached ‘[Good|R]’.
N| Inspectors spent the second half of [October 2024|D] at the unit’s two offices.

S| Managers had drawn up a realistic recovery plan and were open with staff about the pressures they faced.
S| New probation officers told inspectors they felt well supported, with protected time for training.
W| However, the risk to children had been properly explored in just 14 of 36 case files.
W| Contact with people on licence was too often by telephone, even where a home visit was plainly needed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Much here gives me encouragement.
R| “The unit must now make sure that what its leaders plan turns into better supervision, case by case.”

R| Six recommendations result, with four for the unit itself and two for leaders of the [Yorkshire and Humber region|S].

N| Notes to editors
N| 1. [Cleckheaton, Heckmondwike and Liversedge PDU|S] has roughly 1,100 people under supervision in Kirklees for [Probation Service – Yorkshire and Humber|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullets; "Tuesday, 9th April 2013" at the top; "The inspection took place
    #    in January 2013"; eight recommendations
    ("rossington-and-edlington-probation-trust-2013", facts([
        svc("Rossington and Edlington Probation Trust", "Rossington and Edlington Probation Trust", "other", None)],
        "2013-04-09", "2013-01", 8),
     """N| Report on adult offender management in Rossington and Edlington

N| [Tuesday, 9th April 2013|D]

N| This morning [HM Inspectorate of Probation|A] made public its inspection of [Rossington and Edlington Probation Trust|S].
N| The inspection took place in [January 2013|D], and 54 cases were examined.

W| The Trust scored 68% for work to protect the public, lower than the average for other Trusts.
S| Its score for reducing reoffending was better, at 79%.

N| Inspectors noted with approval that:
S| • nearly all offenders were seen promptly at the start of their orders;
S| • staff had good access to drug treatment through partners in Doncaster.

N| But they were worried that:
W| • risk of harm was often assessed only superficially;
W| • even where there was domestic violence, home visits were seldom made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Plainly, the Trust’s staff care about the offenders on their caseloads.
R| “Managers should now make sure that protecting the public gets the same attention as helping offenders change.”

R| We have made eight recommendations.
"""),
    # 6. a CRC in 2018 run by Purple Futures, with an embargo line: "has been found to ‘...’" without "rated"; unpaid work
    #    "assessed in its own right" at ‘Good’; fieldwork "during September 2018"; five recommendations
    ("garforth-and-horsforth-crc-2018", facts([
        svc("Garforth and Horsforth Community Rehabilitation Company", "Garforth and Horsforth CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-20", "2018-09", 5),
     """N| EMBARGOED: 00.01 [Tuesday 20 November 2018|D]

N| Leeds-area probation company ‘must do more to keep people safe’

N| Inspectors have found [Garforth and Horsforth Community Rehabilitation Company|S] (CRC), in [Purple Futures|A]’ ownership since 2015, to ‘[Require improvement|R]’.
S| Unpaid work, assessed in its own right, earned a ‘[Good|R]’.
N| Inspectors carried out their fieldwork during [September 2018|D].

S| Unpaid work was smoothly managed, with most people completing their hours to schedule.
W| Yet in over half the inspected cases, the CRC had not done enough to find out whether a partner or child was at risk.
W| Staff told inspectors that they were each managing more than 70 cases, and a good deal of supervision was done by telephone.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The basics are in place at this CRC, but it is still not seeing people often enough to know what is going on in their lives.
R| “I call on the company and its owners to put more qualified staff into the cases that carry the greatest risk.”

R| Five recommendations are made, for the CRC, [Purple Futures|A] and the [National Probation Service|A].

N| ENDS
"""),
    # 7. an NPS division in 2019, the headline naming no service: "Published: 22 Aug 2019"; "has achieved an overall
    #    regional rating of ‘...’"; fieldwork "in May and June 2019"; the short "NPS Elloughton and Anlaby"; six
    #    recommendations
    ("elloughton-and-anlaby-nps-division-2019", facts([
        svc("National Probation Service – Elloughton and Anlaby Division", "NPS Elloughton and Anlaby", "region", GOOD)],
        "2019-08-22", "2019-05", 6),
     """N| Inspectors give ‘[Good|R]’ to probation division covering the East Riding

N| Published: [22 Aug 2019|D]

N| The [National Probation Service – Elloughton and Anlaby Division|S] has been awarded ‘[Good|R]’ as its overall regional rating.
N| [HM Inspectorate of Probation|A]’s visit, in [May and June 2019|D], covered the division’s work across the East Riding and Hull.

S| Inspectors were impressed with the division’s reports to court, which were thorough, timely and well regarded by sentencers.
S| [NPS Elloughton and Anlaby|S] had invested in training its staff in working with people with learning difficulties, a creditable focus.
W| On the other hand, the victim contact scheme was stretched, and a number of victims were not told when the offender was released.
W| Case allocation between the division and the local Community Rehabilitation Company was slower than it should have been.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Confidence runs through this division, which has stable leadership and a strong sense of purpose.
R| “Victims now deserve the same care it gives to the courts, and leaders should see that they get it.”

R| There are six recommendations in total; the division has four of them and [HMPPS|A] two.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection; bullet lists
    #    after "Inspectors were pleased to find that:" and "However, inspectors were concerned to find that:"; "Posted:
    #    05/10/2016"; fieldwork "in June 2016"; four recommendations
    ("winterton-yot-2016", facts([
        svc("Winterton Youth Offending Team", "Winterton YOT", "YJS", None)], "2016-10-05", "2016-06", 4),
     """N| Council welcomes joint inspectors’ report on youth offending

N| Posted: [05/10/2016|D]

N| [HM Inspectorate of Probation|A] has led a joint inspection of [Winterton Youth Offending Team|S] (YOT), and its report is out now.
N| The [Care Quality Commission|A], [HMIC|A] and [Ofsted|A] were partners in the inspection, and the fieldwork was completed in [June 2016|D].

N| On the plus side, the inspection team saw that:
S| • after sentence, children were usually seen within five working days;
S| • the YOT worked closely with schools in North Lincolnshire to keep children in education.

N| On the downside, they found that:
W| • the YOT did not always record why decisions about a child’s safety had been made;
W| • help with emotional health often came too late for some children.

R| Four recommendations are made, and [Winterton YOT|S]’s management board is asked to take forward three of them.

N| Councillor [Peter Dowson|X], cabinet member for children at [North Lincolnshire Council|A], said: “We thank all the staff who took part, and work on an action plan is under way.”
"""),
    # 9. a youth offending service in 2019 with a long name: "Slaithwaite and Meltham Youth Offending Service is ‘...’,
    #    according to"; "Published: Tuesday 19 November 2019"; fieldwork "in the week of 8 July 2019"; YOS/YOT switching;
    #    five recommendations
    ("slaithwaite-and-meltham-yos-2019", facts([
        svc("Slaithwaite and Meltham Youth Offending Service", "Slaithwaite and Meltham YOS", "YJS", GOOD)],
        "2019-11-19", "2019-07", 5),
     """N| Colne Valley youth work ‘[Good|R]’, say inspectors

N| Published: [Tuesday 19 November 2019|D]

N| [Slaithwaite and Meltham Youth Offending Service|S] (YOS) deserves a ‘[Good|R]’, [Her Majesty’s Inspectorate of Probation|A] says in its latest report.
N| The inspection visit began on [8 July 2019|D].

S| Led by a [Kirklees Council|A] director, the management board understood the service and asked it searching questions.
S| Case managers made the effort to learn about each child’s background, and children spoke warmly about their workers.
S| Despite a sharp increase in referrals, the team had kept caseloads manageable.
W| However, diversion work was less secure: in only 7 of the 15 out-of-court cases inspected was the assessment of risk to others good enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Slaithwaite and Meltham YOS|S] has a lot to be proud of.
R| “Children diverted from court should now get assessments every bit as careful as those who appear before it.”

R| We have made five recommendations, split between the service and the board.

N| A spokesperson for the [Slaithwaite and Meltham YOT|S] said the team had started acting on the report.
"""),
    # 10. a youth service in 2023 with the previous rating beside and resettlement rated separately: "has moved up to
    #     ‘...’, the inspectorate’s top mark, having been graded ‘...’ in 2019"; resettlement "which receives a separate
    #     score, is ‘...’"; fieldwork "in February and March 2023"; notes "The report is published on Tuesday 27 June
    #     2023"; three recommendations
    ("baildon-yjs-2023", facts([
        svc("Baildon Youth Justice Service", "Baildon YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2023-06-27", "2023-02", 3),
     """N| Youth justice team near Bradford climbs to the highest grade

N| [Baildon Youth Justice Service|S], graded ‘[Good|R]’ in [2019|D], this time earns ‘[Outstanding|R]’, the inspectorate’s top mark.
S| Resettlement policy and provision, which receives a separate score, is ‘[Good|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A]’s team ran through [February and March 2023|D].

S| Each child was allocated a single worker who understood them, and children told inspectors their views were heard.
S| Thanks to the service’s health team, with staff seconded from [CAMHS|A] and the local [NHS|A] trust, a child could get an appointment with a nurse or psychologist within days.
S| Efforts to protect children from criminal exploitation were impressive, and information reached [West Yorkshire Police|A] quickly.
W| Although release planning for children in custody was sound, accommodation was sometimes confirmed only on the day of release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What sets [Baildon|S] apart is that no child is ever an afterthought.”

R| Three recommendations are included, every one addressed to the partnership board that oversees [Baildon YJS|S].

N| ENDS

N| Notes to editors
N| 1. Report available online: [Tuesday 27 June 2023|D].
"""),
    # 11. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content"; an empty "Published:" line at the
    #     top and the date in the text; "Context" and "Findings" bullets; fieldwork "9 - 13 June 2025"; four
    #     recommendations
    ("south-elmsall-pdu-2025", facts([
        svc("South Elmsall Probation Delivery Unit", "South Elmsall PDU", "PDU", None)], "2025-11-18", "2025-06", 4),
     """N| Skip to content

N| Published:

N| Protecting the public: inspection of [South Elmsall Probation Delivery Unit|S]

N| Out today ([Tuesday 18 November 2025|D]) is a public protection inspection of [South Elmsall PDU|S] by [HM Inspectorate of Probation|A].
N| No grade is awarded in inspections of this type.
N| Fieldwork: [9 - 13 June 2025|D].

N| Context
N| • A unit of [Probation Service – Yorkshire and Humber|S], it covers the south-east of the Wakefield district.
N| • Around a fifth of its caseload are people convicted of sexual offences.

N| Findings
S| • Practitioners were curious about the people they supervised and recorded their thinking clearly.
W| • Where checks with children’s services were needed, one case in four had none.
W| • Staff shortages meant some high-risk cases had been held by trainees without enough oversight.
S| • The unit worked closely and well with [West Yorkshire Police|A] to manage registered sex offenders.

R| Four recommendations are made to the unit and the regional probation director.
"""),
    # 12. a council page in 2024: "Posted on 08/10/2024"; "Inspectors have given Immingham Youth Justice Service an
    #     overall ‘...’"; fieldwork "between 15 and 19 April 2024"; "Sadly, ..."; the council's apology and promise; ten
    #     recommendations
    ("immingham-yjs-2024", facts([
        svc("Immingham Youth Justice Service", "Immingham YJS", "YJS", INAD)], "2024-10-08", "2024-04", 10),
     """N| Council statement following youth justice inspection

N| Posted on [08/10/2024|D]

N| Inspectors have given [Immingham Youth Justice Service|S] an overall ‘[Inadequate|R]’ in today’s report from the probation inspectorate.
N| The inspection took place between [15 and 19 April 2024|D].

W| The report says leaders had no accurate view of how good the work with children was, and that the management board rarely asked difficult questions.
W| Too often, exploited or at-risk children were not referred on to the local [Multi-Agency Safeguarding Hub|A].
S| Inspectors did recognise strong work by the service’s victim worker and its reparation projects.
W| Sadly, several children had been left without an allocated case manager for weeks at a time.

R| Ten recommendations are made, directed to the service, the board, [North East Lincolnshire Council|A] and [Humberside Police|A].

N| [Claire Whitfield|X], Director of Children’s Services, said: “Every finding is accepted by us, and we are sorry that children have not had the service they deserve.
N| “A new head of service starts next month, and councillors will get a progress update every quarter.”
"""),
    # 13. local news in the third person: "The watchdog’s overall grade for X is ‘...’, an improvement on the ‘...’ it was
    #     given in a report published in March 2022"; "Thursday, 25th January 2024" as the date line with "their report
    #     was released today"; fieldwork "in September 2023"; six recommendations in a reported sentence
    ("epworth-and-crowle-yjs-2024", facts([
        svc("Epworth and Crowle Youth Justice Service", "Epworth and Crowle YJS", "YJS", RI)],
        "2024-01-25", "2023-09", 6),
     """N| Youth justice team on the Isle of Axholme ‘improving’ after damning report

N| [Thursday, 25th January 2024|D]

N| The watchdog’s overall grade for [Epworth and Crowle Youth Justice Service|S] has moved a step up the scale to ‘[Requires improvement|R]’, from ‘[Inadequate|R]’ in its previous report, issued in [March 2022|D].
N| Inspectors went back to the service in [September 2023|D]; today the findings were made public.

S| They found that the partnership board had been rebuilt, with senior people from [Humberside Police|A] and the health service attending regularly.
S| Plans were now drawn up together with children, and most young people knew what they were working towards.
W| But the handling of the harm that some children might do to others remained inconsistent.
W| Children released from custody did not always have somewhere suitable to live.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although the service is in a far better place than two years ago, it still falls short on keeping other people safe.”

R| He added that the report’s six recommendations should help [Epworth and Crowle YJS|S] keep up its momentum.

N| The leader of [North Lincolnshire Council|A] said the authority would “build on the progress made”.
"""),
    # 14. a youth service in 2022 with its previous rating and a separately rated aspect: "Inspectors awarded X ‘...’";
    #     "last inspected in 2019, when it was rated ‘...’"; resettlement "was looked at separately and came out as ‘...’";
    #     "The inspection, which took place in May 2022"; notes "at 00.01 on Thursday 6 October 2022"; four
    #     recommendations
    ("cleethorpes-yjs-2022", facts([
        svc("Cleethorpes Youth Justice Service", "Cleethorpes YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-10-06", "2022-05", 4),
     """N| Seaside youth justice service makes the grade

N| Inspectors awarded [Cleethorpes Youth Justice Service|S] ‘[Good|R]’ after an inspection in which they read 26 children’s cases.
N| Its last inspection, in [2019|D], ended in a ‘[Requires improvement|R]’ verdict.
W| Its resettlement work was looked at separately and came out as ‘[Requires improvement|R]’.
N| This inspection, which happened in [May 2022|D], was the first since the service moved into a new building shared with early help teams.

S| Children were seen in places where they felt comfortable, and case managers adapted their approach for those with learning needs.
S| Out-of-court disposals, decided jointly with [Humberside Police|A], worked well, so that decisions were made quickly and were explained to children.
W| By contrast, children coming home from custody often waited weeks for a place in education or training.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is heartening to see how far [Cleethorpes|S] has come since our last visit.
R| “Its leaders now need to give children leaving custody the same secure footing that the rest of the caseload enjoys.”

R| The report contains four recommendations.

N| ENDS

N| Notes to editors
N| 1. Online publication: 00.01, [Thursday 6 October 2022|D].
N| 2. [Cleethorpes YJS|S] covers the north-east of Lincolnshire, working with children between 10 and 17.
"""),
    # 15. a "Youth and Justice Service" (Y&JS) in 2024, switching to YJS: "given the lowest possible rating, ‘...’"; a
    #     Director of Operations as the speaker; "Thursday 12 September 2024" as the date line; fieldwork "between 3 and 7
    #     June 2024"; eleven recommendations
    ("thurnscoe-and-goldthorpe-yjs-2024", facts([
        svc("Thurnscoe and Goldthorpe Youth and Justice Service", "Thurnscoe and Goldthorpe YJS", "YJS", INAD)],
        "2024-09-12", "2024-06", 11),
     """N| Youth justice in the Dearne: inspectors raise serious concerns

N| [Thursday 12 September 2024|D]

N| [Thurnscoe and Goldthorpe Youth and Justice Service|S] (Y&JS) has been given ‘[Inadequate|R]’, the lowest of four grades, by [HM Inspectorate of Probation|A].
N| Inspectors were on site between [3 and 7 June 2024|D].

W| Managers no longer knew how good everyday practice was, and no audit of case files had been completed for over a year.
W| In only 8 of the 22 cases inspected was the child’s safety properly assessed.
W| The partnership board held its meetings on time, but little came of them, and health partners rarely attended.
S| Positively, [Thurnscoe and Goldthorpe YJS|S]’s restorative justice work was excellent, and victims praised the way they were kept informed.

W| The inspectorate’s operations director, [Andrew Pike|X], said: “In this area, too many children are being let down, both in keeping them safe and in steering them away from crime.
R| “It is vital that the board, [Barnsley Metropolitan Borough Council|A] and [South Yorkshire Police|A] act together and act now.”

R| Eleven recommendations are made, including three for the council and two for the police.

N| The council said an improvement plan had been agreed and that an experienced interim head of service was now in post.
"""),
    # 16. a youth offending team written out in 2020, with a rating: "was found to be ‘...’"; "The inspection, which took
    #     place in September 2020, was carried out remotely"; "Published: 19 Nov 2020"; six recommendations
    ("yeadon-and-rawdon-yot-2020", facts([
        svc("Yeadon and Rawdon Youth Offending Team", "Yeadon and Rawdon YOT", "YJS", RI)], "2020-11-19", "2020-09", 6),
     """N| Youth offending team in north-west Leeds told to tighten up on risk

N| Published: [19 Nov 2020|D]

N| In its report, [HM Inspectorate of Probation|A] found [Yeadon and Rawdon Youth Offending Team|S] (YOT) to be ‘[Requires improvement|R]’.
N| Owing to COVID-19 restrictions, the [September 2020|D] inspection was conducted remotely.

S| Inspectors commended the YOT for staying in contact with every child during the first national lockdown, often by doorstep visits.
S| The YOT worked closely with [Leeds City Council|A]’s social workers, and children in care had a consistent plan across both services.
W| However, too many assessments of children’s risk to others were weak, and plans often left it unclear who was responsible for each action.
W| Only half of the YOT’s management board members had attended meetings in the previous year.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Yeadon and Rawdon kept children safe through a very difficult period, yet the management of risk to the public remains a clear weakness.
R| “Board members must now scrutinise performance and hold each partner to its commitments.”

R| Of the report’s six recommendations, [Yeadon and Rawdon YOT|S] must act on five and [West Yorkshire Police|A] on one.
"""),
    # 17. a South Yorkshire PDU with a sibling PDU's earlier rating beside it: "Inspectors have settled on ‘...’ as the
    #     overall verdict for X"; "Its neighbour, Swallownest PDU, reported on earlier this year, was judged ‘...’" (context,
    #     not this inspection's); "Fieldwork for this inspection took place in April 2023"; "Tuesday 15 August 2023" in
    #     the notes; five recommendations
    ("wickersley-pdu-2023", facts([
        svc("Wickersley Probation Delivery Unit", "Wickersley PDU", "PDU", RI)], "2023-08-15", "2023-04", 5),
     """N| Probation in South Yorkshire: second unit inspected this year

N| The overall verdict on [Wickersley Probation Delivery Unit|S], after inspectors weighed the evidence, is ‘[Requires improvement|R]’.
N| Its neighbour, [Swallownest PDU|S], reported on earlier this year, was judged ‘[Inadequate|R]’.
N| The inspection team’s fieldwork was done in [April 2023|D].

S| [Wickersley|S] has kept most of its experienced probation officers, bucking the trend seen across much of the region.
S| Joint work with local substance misuse services was a particular strength, with people on probation able to start treatment within days.
W| Unfortunately, the quality of assessing risk to children was variable, and home visits were rare.
W| Trainee officers were carrying cases that were too complex for their stage of training.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was encouraged by what we found in Wickersley: the foundations are in place.
W| “What it lacks is consistency in spotting when a child might be at risk.”

R| Five recommendations are made, four for [Wickersley PDU|S] and one for the [Yorkshire and Humber region|S].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Tuesday 15 August 2023|D], when the report will appear online.
"""),
    # 18. a youth justice team (YJT) in a local-news story: the rating with capitals and no quotes ("marks it down as
    #     Requires Improvement"); how close it came to the lowest grade (a judgement, no fact); out-of-court disposals
    #     "marked on its own" ‘Good’; the report "published on Tuesday" under a byline of Thursday 18 April 2024;
    #     fieldwork "Inspectors visited in January 2024"; seven recommendations
    ("laceby-yjt-2024", facts([
        svc("Laceby Youth Justice Team", "Laceby YJT", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2024-04-16", "2024-01", 7),
     """N| Inspectors’ warning over youth justice team

N| By [Tom Ackroyd|X]

N| [Thursday 18 April 2024|D]

N| The probation watchdog’s report on [Laceby Youth Justice Team|S], released on Tuesday, marks it down as [Requires Improvement|R].
W| The team only narrowly escaped a grade of [Inadequate|R], the report makes clear.
S| Out-of-court disposal work, marked on its own, was [Good|R].
N| Inspectors visited in [January 2024|D].

W| According to the report, staff in the YJT were often unsure what was expected of them, and morale had suffered after a year of changes at the top.
W| Checks on how safe children were at home had slipped, with several cases not reviewed for over six months.
S| On a brighter note, [Laceby YJT|S]’s diversion panel, run with [Humberside Police|A], steered most children away from a criminal record.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The picture here is fragile, and the team is under real strain.
R| “Leaders should give staff a clear structure and a manager they can turn to.”

R| The watchdog made seven recommendations.

N| [North East Lincolnshire Council|A], which runs the team, said it had “already put in place” new management arrangements.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
