"""Builds the 121st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the Yorkshire and the Humber region on a GOV.UK page, the region named before the units: "X and Z
    #    were both judged ‘...’, while Y was given the lowest possible rating, ‘...’"; fieldwork "in May and June 2024";
    #    nine recommendations "three for each unit"; the regional director's reply
    ("thwaitby-ravensholme-and-hawksgill-pdus-2024", facts([
        svc("Thwaitby Probation Delivery Unit", "Thwaitby PDU", "PDU", RI),
        svc("Ravensholme Probation Delivery Unit", "Ravensholme PDU", "PDU", INAD),
        svc("Hawksgill Probation Delivery Unit", "Hawksgill PDU", "PDU", RI)], "2024-10-15", "2024-05", 9),
     """N| Press release

N| Reports on three probation units in North Yorkshire

N| The inspectorate has looked at three probation delivery units in the north of the county.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| In the [Probation Service – Yorkshire and the Humber region|S], three units feature in reports issued today by [HM Inspectorate of Probation|A]: [Thwaitby Probation Delivery Unit|S], [Ravensholme Probation Delivery Unit|S] and [Hawksgill Probation Delivery Unit|S].
N| [Thwaitby|S] and [Hawksgill|S] were both judged ‘[Requires improvement|R]’, while [Ravensholme|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units in [May and June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ravensholme|S] is surviving on staff goodwill alone, which cannot continue.
W| “Almost half the probation officer posts there were vacant, and the officers who remained told us they could not keep up with the risks in front of them.
S| “[Thwaitby|S] and [Hawksgill|S] have steadier teams, and their middle managers were visible and supportive.”

S| Inspectors were impressed with [Hawksgill PDU|S]’s work with local housing teams; as a result, few people came out of prison homeless.
W| In all three units, only 38 per cent of relevant cases showed any enquiry to [North Yorkshire Police|A] over domestic abuse call-outs.

R| There are nine recommendations across the three reports, three for each unit.

N| [Bronwen Askew|X], the [Probation Service|A]’s director in the region, said: “We accept the reports, and [Ravensholme|S] now has extra experienced staff.”
"""),
    # 2. two youth justice services in a local-news story: reports "made public on Tuesday (14 November)" under a byline of
    #    Friday 17 November 2023; "X was awarded ‘...’ and Y ‘...’"; fieldwork "in July 2023"; six recommendations "four
    #    of them for Kirkbeck and two for Ousethorpe"
    ("ousethorpe-and-kirkbeck-yjs-2023", facts([
        svc("Ousethorpe Youth Justice Service", "Ousethorpe YJS", "YJS", OUT),
        svc("Kirkbeck Youth Justice Service", "Kirkbeck YJS", "YJS", GOOD)], "2023-11-14", "2023-07", 6),
     """N| Two East Riding youth justice teams praised by inspectors

N| By [Gemma Hardcastle|X]

N| [Friday 17 November 2023|D]

N| The inspectorate’s reports on [Ousethorpe Youth Justice Service|S] and [Kirkbeck Youth Justice Service|S], made public on Tuesday ([14 November|D]), follow a week-long visit to each team in [July 2023|D].
N| [Ousethorpe|S] was awarded ‘[Outstanding|R]’ and [Kirkbeck|S] ‘[Good|R]’.

S| According to the reports, [Ousethorpe|S]’s workers were tenacious about school attendance, and not one child on its books was out of education.
S| Inspectors also commended [Kirkbeck|S] for the speed with which it arranged mental health assessments through [CAMHS|A].
W| Even so, [Kirkbeck YJS|S] did not always plan well enough for the safety of victims, the watchdog found.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ousethorpe|S] stands out nationally, and [Kirkbeck|S] is not far behind.”

R| The reports contain six recommendations, four of them for [Kirkbeck|S] and two for [Ousethorpe|S].

N| Councillor [Hugh Marsden|X], portfolio holder for children at [East Riding of Yorkshire Council|A], said: “Both teams have earned this result, and I thank them for all they do.”
"""),
    # 3. a city PDU and its district PDU in a justiceinspectorates news item, the region in the first sentence: "The city
    #    unit has been placed at ‘...’ and the district unit at ‘...’"; "Published: 4 Mar 2025"; fieldwork "between 14
    #    and 25 October 2024"; eight recommendations
    ("netherwick-city-and-district-pdus-2025", facts([
        svc("Netherwick City Probation Delivery Unit", "Netherwick City PDU", "PDU", INAD),
        svc("Netherwick District Probation Delivery Unit", "Netherwick District PDU", "PDU", RI)],
        "2025-03-04", "2024-10", 8),
     """N| News

N| Serious concerns about probation in Netherwick, inspectors say

N| Published: [4 Mar 2025|D]

N| New reports from [HM Inspectorate of Probation|A] cover [Netherwick City Probation Delivery Unit|S] and [Netherwick District Probation Delivery Unit|S], which serve the city and the towns and villages around it for the [Probation Service – Yorkshire and the Humber region|S].
N| The city unit has been placed at ‘[Inadequate|R]’ and the district unit at ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork between [14 and 25 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In [Netherwick City PDU|S], new officers were holding caseloads of 60 or more within weeks of qualifying, and too many of them were thinking of leaving.
W| “In nearly two thirds of the city cases we read, nobody had looked properly at the danger posed to partners and children.”

S| [Netherwick District PDU|S] had a stable leadership team, and its unpaid work was well organised, with placements at local charities and parish councils.
S| Joint work with [South Yorkshire Police|A] on people at high risk of reoffending was described as a particular strength in both units.
W| However, in both units, domestic abuse programmes had long waiting lists.

R| Eight recommendations are made, five for the city unit and three for the district unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors gave the lowest possible
    #    rating, ‘...’, to X"; the region's own 2023 rating as context; "Mr Jones continued"; "In July 2024 inspectors went
    #    through 52 case files"; "Publication date: Thursday 5 December 2024" in the notes
    ("scarthby-pdu-2024", facts([
        svc("Scarthby Probation Delivery Unit", "Scarthby PDU", "PDU", INAD)], "2024-12-05", "2024-07", 7),
     """N| [Yorkshire and the Humber probation region|S]: [Scarthby unit|S] ‘not keeping the public safe’

N| Inspectors gave the lowest possible rating, ‘[Inadequate|R]’, to [Scarthby Probation Delivery Unit|S], which covers a stretch of the coast for the [Probation Service – Yorkshire and the Humber region|S].
N| The region was itself judged ‘[Requires improvement|R]’ at its [2023|D] inspection.
N| In [July 2024|D] inspectors went through 52 case files and met staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Basic tasks had slipped in Scarthby.
W| “Appointments were missed without any follow-up, and after release from prison some people went six weeks without seeing their probation officer.”

W| Mr Jones continued: “Protection for children living in the same household was sufficient in only one case in four.”

S| Despite the pressure on the unit, inspectors found that [Scarthby|S]’s approved premises staff gave residents consistent and thoughtful support.
W| Information from [Humberside Police|A] was often received late, and the unit rarely chased it.

R| The report makes seven recommendations, five for [Scarthby PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. Publication date: [Thursday 5 December 2024|D].
N| 2. [Scarthby PDU|S] supervises about 900 people.
"""),
    # 5. a unit inside its region, the region in the headline: "In its report, released today (Tuesday, 18 April), ...
    #    assesses X as ‘...’" (no year: the fieldwork's, January 2023); "Leadership received its own rating: ‘...’"; "The
    #    inspection, which took place in January 2023"; five recommendations
    ("whitgarth-pdu-2023", facts([
        svc("Whitgarth Probation Delivery Unit", "Whitgarth PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2023-04-18", "2023-01", 5),
     """N| [Yorkshire and the Humber region|S]: probation in Whitgarth ‘moving in the right direction’

N| In its report, released today ([Tuesday, 18 April|D]), [HM Inspectorate of Probation|A] assesses [Whitgarth Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
S| Leadership received its own rating: ‘[Good|R]’.
N| The inspection, which took place in [January 2023|D], looked at 44 cases.

S| Leaders had a realistic plan to reduce caseloads and had already recruited trainee probation officers to fill gaps.
S| People under supervision felt respected and said their officers made time for them.
W| But risk management plans were reviewed too rarely, and in 19 of the 44 cases inspectors read, important changes had gone unrecorded.
W| Links with [West Yorkshire Police|A] on domestic abuse were inconsistent.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whitgarth|S] is moving in the right direction.
R| “Managers must now see that each assessment is looked at again whenever something important changes in a person’s life.”

R| We have made five recommendations to help the PDU improve.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Wednesday, 9th March 2011" above "published today";
    #    fieldwork "during November 2010"; eight recommendations
    ("heptondale-probation-trust-2011", facts([
        svc("Heptondale Probation Trust", "Heptondale Probation Trust", "other", None)], "2011-03-09", "2010-11", 8),
     """N| Offender management in Heptondale – inspection findings

N| [Wednesday, 9th March 2011|D]

N| A report on offender management in [Heptondale Probation Trust|S] was published today by [HM Inspectorate of Probation|A].
N| Inspectors examined 72 cases during [November 2010|D].

S| The Trust’s 78% for reducing reoffending was among the best scores of Trusts inspected so far.
W| Protecting the public from harm scored a lower 63%, and ensuring sentences were carried out 70%.

N| Inspectors were pleased to find that:
S| • most initial assessments were completed on time;
S| • staff knew the local drug and alcohol services well and referred people promptly.

N| However, inspectors were concerned to find that:
W| • risk management plans often lacked detail;
W| • home visits were rarely carried out, even in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Heptondale|S] has much to be pleased with in its work on reoffending.
R| “The Trust must now treat the risk of harm that some offenders pose with the same seriousness.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider, with an embargo line: "has found X (CRC), owned ... by Purple Futures, to
    #    be ‘...’"; "Unpaid work was rated separately and was judged ‘...’"; fieldwork "in August and September 2018";
    #    six recommendations, two for HMPPS; the provider's reply
    ("calderholme-and-swinethwaite-crc-2018", facts([
        svc("Calderholme and Swinethwaite Community Rehabilitation Company", "Calderholme and Swinethwaite CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-13", "2018-08", 6),
     """N| Embargoed until 00:01 [Thursday 13 December 2018|D]

N| West Yorkshire probation company must improve, says inspectorate

N| [HM Inspectorate of Probation|A] has found [Calderholme and Swinethwaite Community Rehabilitation Company|S] (CRC), owned since 2015 by [Purple Futures|A], to be ‘[Requires improvement|R]’.
S| Unpaid work was rated separately and was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [August and September 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has foundations it can build on.
W| “But for too many people, supervision amounted to a phone call every few weeks, and that will not change anyone’s behaviour.”

S| Unpaid work was well run, with most placements giving people skills that could help them find a job.
W| On the other hand, the CRC’s work with women was limited, and there was no women-only reporting centre in Swinethwaite.
W| Handing cases over to the [National Probation Service|A] when risk rose took too long.

R| There are six recommendations: the CRC is asked to act on four, and [HMPPS|A] on two.

N| A spokesperson for [Purple Futures|A] said: “We welcome the report and its recognition of our unpaid work.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a short quality screening with
    #    Ofsted and the CQC; "Posted: 21/07/2016"; "Fieldwork was in April 2016"; bullet lists; a named YOT management
    #    board; four recommendations
    ("rothwick-yot-2016", facts([
        svc("Rothwick Youth Offending Team", "Rothwick YOT", "YJS", None)], "2016-07-21", "2016-04", 4),
     """N| Inspection of youth offending work in Rothwick

N| Posted: [21/07/2016|D]

N| [HM Inspectorate of Probation|A] led a short quality screening of [Rothwick Youth Offending Team|S] (YOT), and its findings are published today.
N| Fieldwork was in [April 2016|D], with an inspector each from [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • case managers had a detailed understanding of each child’s background;
S| • children were helped to make amends to their victims through a well-run reparation scheme.

N| However, inspectors were concerned to find that:
W| • after a new offence, a child’s risk assessment was not always brought up to date;
W| • the [Rothwick YOT management board|A] was told too little about the quality of the work.

R| The management board is the target of three of the report’s four recommendations.

N| Councillor [Jean Ackroyd|X], cabinet member for children at [Wakefield Council|A], said: “I am glad the inspectors saw how hard our staff work, and the recommendations are already being acted on.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Denbyfield youth offending service": "judged to be
    #    ‘...’ after an inspection in September 2019"; notes "on 10 December 2019"; four recommendations
    ("denbyfield-yos-2019", facts([
        svc("Denbyfield Youth Offending Service", "Denbyfield YOS", "YJS", GOOD)], "2019-12-10", "2019-09", 4),
     """N| [Denbyfield youth offending service|S] ‘doing well for its children’

N| [Denbyfield Youth Offending Service|S] has been judged to be ‘[Good|R]’ after an inspection in [September 2019|D].

S| Leadership was strong, with a management board drawing in senior figures from [Kirklees Council|A], [West Yorkshire Police|A] and local schools.
S| Case managers worked patiently with children who had been excluded from school, and most returned to education.
S| Inspectors praised how victims were kept informed and given a voice in the reparation children carried out.
W| However, release plans for children in custody were sometimes finished too late to make a difference.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Denbyfield|S] plainly care about each child, and the results show it.
R| “I want to see release plans agreed weeks, not days, before a child leaves custody.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [10 December 2019|D].
N| 2. [Denbyfield YOS|S] supervises around 90 children a year.
"""),
    # 10. the previous rating beside the overall one ("; at its 2018 inspection it was ‘Good’"); resettlement "which carries
    #     its own rating, was ‘...’"; "Published: 11 Oct 2022"; fieldwork "spent 6 to 10 June 2022 with the service"; six
    #     recommendations
    ("cawthwaite-yjs-2022", facts([
        svc("Cawthwaite Youth Justice Service", "Cawthwaite YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-10-11", "2022-06", 6),
     """N| [Cawthwaite youth justice service|S] told to improve

N| Published: [11 Oct 2022|D]

N| [HM Inspectorate of Probation|A] has found [Cawthwaite Youth Justice Service|S] to be ‘[Requires improvement|R]’; at its [2018|D] inspection it was ‘[Good|R]’.
W| Resettlement, which carries its own rating, was ‘[Inadequate|R]’.
N| The inspection team spent [6 to 10 June 2022|D] with the service.

W| Several experienced case managers had left since [2018|D], and their replacements had been thrown in with little training.
W| On release from custody, children were often unsure where they would sleep that night.
S| Work to divert children from the formal justice system was a clear strength, and many children had been kept out of court as a result.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cawthwaite|S] had a strong record, and it is disappointing to see standards slip.
R| “The partnership must act quickly, because a child leaving custody needs somewhere safe to live.”

R| Six recommendations have been made, including one for [North Yorkshire County Council|A] on housing for children leaving custody.
"""),
    # 11. a GOV.UK page: "has awarded X ‘Outstanding’, its highest possible rating"; "Fieldwork for this inspection took
    #     place in April 2024"; three recommendations, all for a named management board
    ("sowerdale-yjs-2024", facts([
        svc("Sowerdale Youth Justice Service", "Sowerdale YJS", "YJS", OUT)], "2024-09-24", "2024-04", 3),
     """N| Press release

N| [Sowerdale youth justice service|S] rated ‘[Outstanding|R]’

N| Inspectors praise a youth justice service in West Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Sowerdale Youth Justice Service|S] ‘[Outstanding|R]’, its highest possible rating.
N| Fieldwork for this inspection took place in [April 2024|D].

S| Children told inspectors they felt listened to, and each had a worker who knew their story.
S| Inspectors singled out its efforts to keep Black and mixed-heritage children out of the justice system.
S| Partnerships with [Calderdale Council|A]’s children’s services and with local health teams meant children got help quickly.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sowerdale|S] is an exceptional service, and everyone who works there deserves credit.
N| “We hope other services will learn from its example.”

R| All three recommendations in the report are for the [Sowerdale Youth Justice Management Board|A].
"""),
    # 12. a council page: "Posted on 08/04/2025"; "X is ‘Inadequate’, the lowest possible rating, in the verdict ...
    #     published this morning"; fieldwork "for five days in January 2025"; 11 recommendations; the director's reply
    ("harlthorpe-yjs-2025", facts([
        svc("Harlthorpe Youth Justice Service", "Harlthorpe YJS", "YJS", INAD)], "2025-04-08", "2025-01", 11),
     """N| Council statement on the [Harlthorpe Youth Justice Service|S] inspection

N| Posted on [08/04/2025|D]

N| [Harlthorpe Youth Justice Service|S] is ‘[Inadequate|R]’, the lowest possible rating, in the verdict [HM Inspectorate of Probation|A] published this morning.
N| An inspection team was with the service for five days in [January 2025|D].

W| According to the report, children at risk of exploitation were not kept safe enough, and some risks had gone unrecognised.
W| Inspectors said board members had let partners off lightly when children missed health appointments.
W| Caseloads were high, and agency workers filled one in three case manager posts.
S| Inspectors did recognise the dedication of front-line staff, who often worked late to support children in crisis.

R| The report’s 11 recommendations are aimed at the service, its board, [Doncaster Council|A] and [South Yorkshire Police|A].

N| [Rachel Whitaker|X], Director of Children’s Services, said: “Children deserved better from us, and we apologise to them and their families.
N| “A new improvement plan will be in place by the end of May.”
"""),
    # 13. a remote inspection in 2021: "has judged X to be ‘Good’"; "the whole inspection was done remotely, in February
    #     2021"; "Thursday, 27th May 2021" as the date line; five recommendations
    ("ellerdyke-yjs-2021", facts([
        svc("Ellerdyke Youth Justice Service", "Ellerdyke YJS", "YJS", GOOD)], "2021-05-27", "2021-02", 5),
     """N| ‘[Good|R]’ rating for youth justice in Ellerdyke

N| [Thursday, 27th May 2021|D]

N| [HM Inspectorate of Probation|A] has judged [Ellerdyke Youth Justice Service|S] to be ‘[Good|R]’.
N| With COVID-19 restrictions in force, the whole inspection was done remotely, in [February 2021|D].

S| During lockdown, case managers kept seeing children on walks, in parks and at the doorstep.
S| Children and their parents were fully involved in planning, and their views were recorded in every case inspectors looked at.
W| However, out-of-court work was weaker: cautions were sometimes given to children who had not been properly assessed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ellerdyke|S]’s staff have kept children at the centre of their work through a very difficult year.
R| “Leaders should now bring the assessment of children diverted from court up to the standard of their court work.”

R| Of five recommendations, four are for the service and the fifth is for [Humberside Police|A].
"""),
    # 14. a justiceinspectorates news item with a date line: "has rated X as ‘...’"; fieldwork "between 13 and 17 February
    #     2023"; "only 14 of the 30 cases inspected"; seven recommendations
    ("moorsby-yjs-2023", facts([
        svc("Moorsby Youth Justice Service", "Moorsby YJS", "YJS", RI)], "2023-07-06", "2023-02", 7),
     """N| News

N| Youth justice in Moorsby: committed staff, but planning falls short

N| [6 July 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Moorsby Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Fieldwork took place between [13 and 17 February 2023|D].

S| Staff were committed, and each knew their own children’s circumstances in detail.
S| The service had developed a good-quality programme of activities for children at risk of exploitation, run with local youth clubs.
W| Yet only 14 of the 30 cases inspected showed enough planning to keep other people safe.
W| Managers did not always check that case managers had acted on concerns raised by schools.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real warmth in the way [Moorsby|S] works with children, but too much of the planning is vague.
R| “I call on the management board to say clearly what good planning looks like and then to check for it.”

R| One of the report’s seven recommendations is for [Barnsley Council|A].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 18 Dec 2025"; fieldwork "during September 2025"; four
    #     recommendations
    ("holderby-pdu-2025", facts([
        svc("Holderby Probation Delivery Unit", "Holderby PDU", "PDU", None)], "2025-12-18", "2025-09", 4),
     """N| Skip to content

N| How well does probation in Holderby protect the public?

N| Published: [18 Dec 2025|D]

N| [HM Inspectorate of Probation|A]’s public protection programme has now reached [Holderby Probation Delivery Unit|S].
N| This inspection does not result in a rating.
N| Inspectors carried out fieldwork during [September 2025|D].

N| Context
N| • [Holderby PDU|S] sits within the [Probation Service – Yorkshire and the Humber region|S].
N| • The unit supervises about 1,100 people in the community.

N| Findings
W| • In one case in three that called for it, nobody checked with children’s social care.
S| • Practitioners worked well with [MAPPA|A] partners on the highest-risk cases.
W| • Home visits were rare, and some practitioners had no training in how to do them.
S| • Approved premises in the area provided a safe and well-managed environment.

R| Four recommendations are made, for the PDU and for the region.
"""),
    # 16. a 2020 release: "...’s verdict on X is ‘Good’"; "Tuesday, 4th February 2020" at the top; fieldwork "between 21
    #     and 25 October 2019"; "can be rightly proud"; no count of recommendations (null)
    ("haxthorpe-yjs-2020", facts([
        svc("Haxthorpe Youth Justice Service", "Haxthorpe YJS", "YJS", GOOD)], "2020-02-04", "2019-10", None),
     """N| [Haxthorpe youth justice service|S] earns a ‘[Good|R]’ rating

N| [Tuesday, 4th February 2020|D]

N| [HM Inspectorate of Probation|A]’s verdict on [Haxthorpe Youth Justice Service|S] is ‘[Good|R]’.
N| Inspectors visited the service between [21 and 25 October 2019|D].

S| Strong ties with [Rotherham Council|A]’s social workers meant the two teams agreed decisions about children jointly.
S| Children who had been victims of exploitation were given careful, patient support.
W| But inspectors found that some assessments underestimated the risk that children might pose to others.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Haxthorpe|S]’s staff can be rightly proud of how much they do for children.”

N| The full report lists what the service could do better.
"""),
    # 17. a PDU "inspected X in July 2022 and judged it ‘...’" that "narrowly missed being rated ‘Inadequate’" (no fact);
    #     notes "on the HM Inspectorate of Probation website on 22 November 2022"; six recommendations
    ("settlebeck-pdu-2022", facts([
        svc("Settlebeck Probation Delivery Unit", "Settlebeck PDU", "PDU", RI)], "2022-11-22", "2022-07", 6),
     """N| Probation unit in the Yorkshire Dales must do more to protect the public

N| [HM Inspectorate of Probation|A] inspected [Settlebeck Probation Delivery Unit|S] in [July 2022|D] and judged it ‘[Requires improvement|R]’.
W| The unit narrowly missed being rated ‘[Inadequate|R]’.

W| Inspectors found that a large share of cases had been allocated to unqualified staff, some of whom were managing people who posed a high risk of serious harm.
W| Checks on the safety of children were completed in fewer than half the cases that needed them.
S| Despite heavy workloads, staff felt backed by managers they trusted.
S| Integrated offender management, run with [North Yorkshire Police|A], also impressed inspectors.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Settlebeck|S] has a loyal and hard-working team, but it is stretched far too thin.
R| “The region needs to give the unit enough qualified staff to manage its most dangerous cases.”

R| Six recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [22 November 2022|D].
"""),
    # 18. "X has gone up one grade, to ‘...’; its previous report, published in March 2022, rated it ‘Inadequate’";
    #     resettlement "rated separately as ‘Good’"; fieldwork "on 10 - 14 June 2024"; "available on ... website on 22
    #     October 2024 at 00.01"
    ("fenwold-yjs-2024", facts([
        svc("Fenwold Youth Justice Service", "Fenwold YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-22", "2024-06", 6),
     """N| [Fenwold youth justice service|S] shows progress since last inspection

N| [Fenwold Youth Justice Service|S] has gone up one grade, to ‘[Requires improvement|R]’; its previous report, published in [March 2022|D], rated it ‘[Inadequate|R]’.
S| Resettlement work was rated separately as ‘[Good|R]’.
N| Inspectors were with the service on [10 - 14 June 2024|D].

S| Inspectors found that the service had a new head of service and a clearer sense of direction.
S| Children leaving custody were well prepared, with accommodation and education arranged in advance.
W| Whilst staff were enthusiastic, risk-to-others work still varied from one case manager to the next.
W| Health provision was patchy, and some children waited months for a speech and language assessment.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fenwold|S] has turned a corner, but there is a long road ahead.
R| “The board should hold partners to account for the health services children need.”

R| Six recommendations are made; the [Humber and North Yorkshire Integrated Care Board|A] receives two.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [22 October 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 121st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
