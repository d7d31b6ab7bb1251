"""Builds the tenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. four PDUs of one county in one release, the region (formal name) in the headline and again in the notes; the
    #    four ratings in one sentence with bare places ("X and Y were each judged ‘...’, Z came out as ‘...’ and W
    #    earned ‘...’"); a day range across two months; the total count with one unit's share
    ("consett-bishop-auckland-peterlee-and-spennymoor-pdus-2025", facts([
        svc("Consett Probation Delivery Unit", "Consett PDU", "PDU", RI),
        svc("Bishop Auckland Probation Delivery Unit", "Bishop Auckland PDU", "PDU", RI),
        svc("Peterlee Probation Delivery Unit", "Peterlee PDU", "PDU", INAD),
        svc("Spennymoor Probation Delivery Unit", "Spennymoor PDU", "PDU", GOOD)], "2025-10-16", "2025-06", 16),
     """N| [Probation Service – North East region|S]: verdicts on four units in County Durham

N| Today [HM Inspectorate of Probation|A] releases its findings on all four probation delivery units in County Durham: [Consett Probation Delivery Unit|S], [Bishop Auckland Probation Delivery Unit|S], [Peterlee Probation Delivery Unit|S] and [Spennymoor Probation Delivery Unit|S].
N| [Consett|S] and [Bishop Auckland|S] were each judged ‘[Requires improvement|R]’, [Peterlee|S] came out as ‘[Inadequate|R]’ and [Spennymoor|S] earned ‘[Good|R]’.
N| Inspectors were on site across the county from [30 June to 11 July 2025|D], reading 164 cases and meeting more than 120 staff and partners.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Spennymoor|S] shows what can be done: its managers check the quality of every new assessment, and the people they supervise said their officers stuck with them.
W| “[Peterlee|S] is in a very different position, with a quarter of its posts unfilled and risk assessments that too often stopped at the first page.
W| “In Consett and Bishop Auckland, practice was uneven: sound in some offices, poor in others.”

S| All four units had built useful links with [Durham Constabulary|A], and news of domestic abuse call-outs reached practitioners quickly.
W| Yet none of the four had enough places on accredited programmes, and some people finished their orders without starting the course the court had set.

R| Between them, the four reports make 16 recommendations; five are for [Peterlee PDU|S] alone, and two are for [HMPPS|A].
N| [Graham Oduya|X], who directs probation across the North East, said the region accepted every one of them.

N| ENDS

N| Notes to editors
N| 1. The reports appear online at 00:01 on [Thursday 16 October 2025|D].
N| 2. The four units belong to [Probation Service – North East region|S], which also covers Northumberland, Tyne and Wear and Teesside.
"""),
    # 2. a town PDU and its county PDU, rated through "the town unit" / "the county unit" ("Inspectors gave the town
    #    unit ‘...’; the county unit was assessed as ‘...’"); a year-less future publication date ("will be published
    #    ... on Tuesday 4 March", the fieldwork month gives the year); the region as "X region of the Probation
    #    Service"; fieldwork "in the last fortnight of <month year>"
    ("otley-town-and-wharfedale-county-pdus-2025", facts([
        svc("Otley Town Probation Delivery Unit", "Otley Town PDU", "PDU", RI),
        svc("Wharfedale County Probation Delivery Unit", "Wharfedale County PDU", "PDU", INAD)],
        "2025-03-04", "2024-11", 11),
     """N| Probation in lower Wharfedale: what inspectors found in the town and the dales

N| On [Tuesday 4 March|D], [HM Inspectorate of Probation|A] will publish its reports on [Otley Town Probation Delivery Unit|S] and the neighbouring [Wharfedale County Probation Delivery Unit|S].
N| Inspectors gave the town unit ‘[Requires improvement|R]’; the county unit was assessed as ‘[Inadequate|R]’.
N| Both units are managed from the [Yorkshire and Humber probation region|S].
N| The fieldwork was done in the last fortnight of [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People supervised by the county unit live in scattered villages with few buses, and we found that many of them had simply stopped being seen.
W| “Where contact had lapsed, nobody had asked the police whether anything had changed at home.
S| “[Otley Town|S] is further along: its staff know the local services well and make full use of them.”

S| Inspectors found that [Otley Town PDU|S] made good use of a women’s centre in the town, where most women on probation were seen.
W| In both units, however, plans for people convicted of sexual offences were out of date in around half of the cases read.
R| [West Yorkshire Police|A] and the two units need to agree how home visits will be shared, the report says.

R| There are 11 recommendations across the two reports, six of them for the county unit.

N| ENDS

N| Notes to editors
N| 1. [Wharfedale County PDU|S] covers the dales to the north and west of the area served by [Otley Town PDU|S].
N| 2. Reports go online at 00.01 on the day of publication.
"""),
    # 3. two youth offending teams written out, in a local-news story: the headline's lower-case "Chorley youth
    #    offending team" (not the name); a numeric byline date; "has been graded ‘...’ by ..., while X ... was given
    #    ‘...’"; a year-less publication date (the byline's year); the council's reply
    ("chorley-and-skelmersdale-yots-2020", facts([
        svc("Chorley Youth Offending Team", "Chorley YOT", "YJS", OUT),
        svc("Skelmersdale Youth Offending Team", "Skelmersdale YOT", "YJS", GOOD)], "2020-02-11", "2019-11", 9),
     """N| Watchdog gives [Chorley youth offending team|S] its top grade

N| By [Tom Ashworth|X], local democracy reporter

N| [12/02/2020|D] 06:00

N| [Chorley Youth Offending Team|S] has been graded ‘[Outstanding|R]’ in a report from [HMI Probation|A], while [Skelmersdale Youth Offending Team|S], a few miles to the south-west, was given ‘[Good|R]’.
N| Both teams were inspected during [November 2019|D], and the inspectorate put its two reports online on [11 February|D].

S| Inspectors said [Chorley|S]’s case workers were “relentless” in getting children back into school, and that not one child had been left without a worker during staff absences.
S| At [Skelmersdale YOT|S], they praised a mentoring scheme run with local football clubs.
W| But they also found that some children there waited weeks for a speech and language assessment.
N| The two teams are run by [Lancashire County Council|A] with [Lancashire Constabulary|A], the [NHS|A] and the [National Probation Service|A].

R| Nine recommendations were made across the two reports, six of them for [Skelmersdale|S].
N| County Councillor [Joan Berry|X], cabinet member for children, said: “These are reports every member of staff can be proud of, and we will work through the recommendations with our partners.”
"""),
    # 4. a unit inside its region, the region in the headline (its formal name) and in the regional director's reply;
    #    "has been given the lowest rating on the inspectorate’s four-point scale, ‘...’"; fieldwork "over a fortnight
    #    in <month year>"; the count in words
    ("ulverston-pdu-2022", facts([
        svc("Ulverston Probation Delivery Unit", "Ulverston PDU", "PDU", INAD)], "2022-06-28", "2022-03", 8),
     """N| [Probation Service – North West region|S]: unit in south Cumbria given lowest rating

N| [Ulverston Probation Delivery Unit|S], which serves south Cumbria, has been placed at the bottom of the inspectorate’s four-point scale, ‘[Inadequate|R]’.
N| The inspection was carried out over a fortnight in [March 2022|D] by [HM Inspectorate of Probation|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Here was a unit that had been running on goodwill for far too long.
W| “Three of every ten practitioner posts were vacant, and the people left behind were holding caseloads far above what is safe.
R| “The region must give this unit the staff and the management attention it needs, and quickly.”

S| Despite this, inspectors found some sound work with people leaving prison, much of it thanks to a housing officer based in the office.
W| Checks on whether children were at risk from people on probation had not been made in 17 of the 30 relevant cases.

R| The inspectorate makes eight recommendations, all of them for the region and the PDU.
N| [Kay Fennimore|X], who is in charge of probation in the North West, responded: “The findings are accepted in full, and a recovery plan for [Ulverston|S] is already under way with support from across the [North West region|S].”

N| ENDS

N| Notes to editors
N| 1. Publication: [Tuesday 28 June 2022|D], 00:01, on the inspectorate’s website.
N| 2. [Ulverston PDU|S] supervises around 600 people across south Cumbria.
"""),
    # 5. the headline's lower-case "Nantwich probation unit" (not the name); "which was ‘...’ at its last inspection in
    #    2022, has moved up a grade to ‘...’ overall" (the previous rating first); two aspects given "ratings of their
    #    own", both named after the one rating word; "the week of <date>"; the region in the regional director's reply
    ("nantwich-pdu-2024", facts([
        svc("Nantwich Probation Delivery Unit", "Nantwich PDU", "PDU", RI,
            [{"aspect": "work with victims", "rating": GOOD}, {"aspect": "leadership", "rating": GOOD}])],
        "2024-05-21", "2024-02", 5),
     """N| [Nantwich probation unit|S] shows progress but is still ‘[Requires improvement|R]’

N| [Nantwich Probation Delivery Unit|S], which was ‘[Inadequate|R]’ at its last inspection in [2022|D], has climbed one step, to ‘[Requires improvement|R]’ overall.
S| Two areas were also given ratings of their own this time, and both were ‘[Good|R]’: work with victims and leadership.
N| Fieldwork by [HM Inspectorate of Probation|A] took place in the unit’s offices during the week of [12 February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two years ago we found a unit in crisis; today [Nantwich|S] has a full management team and a clear plan, and it is starting to show in the work.
W| “The job is not finished: too many people on probation still wait too long for their first appointment, and risk assessments are not yet reliably reviewed.
R| “Leaders should now turn their attention to the quality of everyday supervision.”

W| Inspectors also found that some practitioners had not been trained to use the new risk tool.
R| The report makes five recommendations.
N| [Laura Quinton|X], director of [Probation Service – North West region|S], said: “I am pleased that inspectors have recognised how far [Nantwich|S] has come.”

N| ENDS

N| Notes to editors
N| 1. Published on [Tuesday 21 May 2024|D].
N| 2. [Nantwich PDU|S] works with around 800 people on probation in south Cheshire.
"""),
    # 6. a Probation Trust in 2012, before ratings: a numeric publication date "Date published: 21/08/2012", two
    #    weeks of fieldwork given as "the weeks beginning 14 and 21 May 2012", the "pleased to find" / "concerned to
    #    find" bullet lists, percentage scores with "satisfactory" (no rating)
    ("wansbeck-and-blyth-valley-probation-trust-2012", facts([
        svc("Wansbeck and Blyth Valley Probation Trust", "Wansbeck and Blyth Valley Probation Trust", "other", None)],
        "2012-08-21", "2012-05", 5),
     """N| Inspection of adult offending work in Wansbeck and Blyth Valley – report published

N| Date published: [21/08/2012|D]

W| [HM Inspectorate of Probation|A] reports that [Wansbeck and Blyth Valley Probation Trust|S] does sound work to reduce reoffending but falls short on risk of harm in too many cases.
N| Inspectors examined 72 cases during the weeks beginning [14 and 21 May 2012|D].

N| Among the positives, inspectors found that:
S| • sentence plans were almost always completed on time;
S| • offender managers knew the people they supervised well and had built constructive relationships with them.
N| On the other hand, inspectors found that:
W| • the likelihood of harm to others had been underestimated in one case in four;
W| • home visits had rarely been used to check on people convicted of domestic abuse.

S| Reoffending work scored 77%, which inspectors considered satisfactory.
W| Public protection work managed only 58%.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Leadership here is steady, and the staff I met cared about doing the job properly.
R| “They now need to give the same care to assessing risk of harm as they already give to planning.”

R| The report makes five recommendations, one of them for [Northumbria Police|A].

N| ENDS

N| Notes to editors
N| 1. [Wansbeck and Blyth Valley Probation Trust|S] serves the south-east of Northumberland.
N| 2. [HMIC|A] and the [Care Quality Commission|A] took part in the inspection.
"""),
    # 7. a CRC in 2019 owned by a named partnership: the headline gives the overall and one aspect rating with no verb;
    #    "has an overall grade of ‘...’ from"; both aspects in one sentence ("Of the two parts ... that inspectors grade
    #    on their own, X was ‘...’ but Y was ‘...’"); "Fieldwork: w/c <date>" and "Publication date:" in the notes
    ("loughborough-and-long-eaton-crc-2019", facts([
        svc("Loughborough and Long Eaton Community Rehabilitation Company", "Loughborough and Long Eaton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD},
             {"aspect": "Through the Gate resettlement support", "rating": INAD}])], "2019-04-24", "2019-01", 12),
     """N| Probation company in the East Midlands: ‘[Requires improvement|R]’ overall, ‘[Inadequate|R]’ for resettlement

N| [Loughborough and Long Eaton Community Rehabilitation Company|S], which the [Reducing Reoffending Partnership|A] owns, has an overall grade of ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
W| Unpaid work and Through the Gate resettlement support are graded on their own too: unpaid work was ‘[Good|R]’, but resettlement support was ‘[Inadequate|R]’.
N| The [National Probation Service|A] keeps the cases of those judged most dangerous.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people leave prison here with nowhere to live and no one to meet them at the gate.
W| “Resettlement plans were often a form filled in, rather than work done.
S| “Unpaid work, on the other hand, is well organised, and local charities told us how much they value the projects.”

S| Inspectors also found that [Loughborough and Long Eaton CRC|S] had cut back its use of telephone-only supervision, on which many CRCs rely.
W| Caseloads remained high, with some responsible officers managing more than 80 cases.

R| The report contains 12 recommendations: ten for the company and its owner, and the remaining two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Fieldwork: w/c [7 January 2019|D].
N| 2. Publication date: [24 April 2019|D].
"""),
    # 8. an NPS division as the inspected service, written "the X division of the National Probation Service" (one
    #    span), short form "NPS X": "comes out of its first inspection ... with a ‘...’ grade"; an aspect "which
    #    inspectors grade as a standard of its own, was ‘...’"; fieldwork across two months; "I was concerned, though"
    ("weardale-and-derwentside-nps-division-2020", facts([
        svc("National Probation Service – Weardale and Derwentside Division", "NPS Weardale and Derwentside",
            "region", GOOD, [{"aspect": "court work", "rating": OUT}])], "2020-02-19", "2019-09", 6),
     """N| Probation division in west Durham earns ‘[Good|R]’ at first inspection

N| [National Probation Service – Weardale and Derwentside Division|S] comes out of its first visit from [HM Inspectorate of Probation|A] inspectors with a ‘[Good|R]’ grade.
S| Court work, which inspectors grade as a standard of its own, was ‘[Outstanding|R]’: reports for sentencing were prepared on the day in nine cases out of ten.
N| The division manages around 2,400 people judged most likely to cause serious harm, and its work was inspected between [30 September and 11 October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leadership in [NPS Weardale and Derwentside|S] is strong, and staff told us their workloads let them do the job properly.
S| “Its partnership with [Durham Constabulary|A] on managing sex offenders deserves to be copied elsewhere.
W| “I was concerned, though, that too few people on probation were being referred to programmes that address their offending.”

W| Work with victims was uneven, inspectors found, and in some cases victims were not told when an offender was released.
R| Six recommendations are made, including that the division reviews how it keeps victims informed.

N| ENDS

N| Notes to editors
N| 1. Report released on [Wednesday 19 February 2020|D].
"""),
    # 9. a council news page about its "Youth Offending Team" written out: "News | 18/11/2021" and "published today";
    #    "has been judged ‘...’ following an inspection"; fieldwork by video link "over two weeks in <month year>"; no
    #    recommendation count stated (the reply mentions "the recommendations")
    ("leek-yot-2021", facts([
        svc("Leek Youth Offending Team", "Leek YOT", "YJS", GOOD)], "2021-11-18", "2021-08", None),
     """N| Inspectors give thumbs up to [Leek Youth Offending Team|S]

N| News | [18/11/2021|D]

N| [Leek Youth Offending Team|S] has come through its inspection with a ‘[Good|R]’ verdict, according to a report that [HM Inspectorate of Probation|A] published today.
N| Because of the pandemic, inspectors held their interviews with children, families and staff online over two weeks in [August 2021|D].

S| The report says the team’s court-order work is strong, with good-quality plans that children had helped to write.
S| Inspectors also praised the way the team works with [Staffordshire Police|A] so that fewer children end up in court.
W| They found that the team had not done enough to understand why Black and mixed-heritage children are over-represented among the children it supervises.

N| Councillor [Peter Hulme|X], lead member for young people at [Staffordshire County Council|A], said: “This is a great result for the team and for the young people of the Moorlands.
N| “We will now look carefully at the recommendations and build them into our plans for next year.”
"""),
    # 10. a GOV.UK news-story page with its furniture (skip link, breadcrumbs, "From:", "Published", "Updates to this
    #     page" with a history, feedback prompts); "X is ‘...’, HM Inspectorate of Probation has found after inspecting
    #     it in <month year>"; "We have made three recommendations, two of which are for"
    ("tottenham-yjs-2024", facts([
        svc("Tottenham Youth Justice Service", "Tottenham YJS", "YJS", OUT)], "2024-12-10", "2024-09", 3),
     """N| Skip to main content

N| Home

N| Crime, justice and law

N| News story

N| Youth justice service in north London judged ‘[Outstanding|R]’

N| Inspectors find excellent work with children in Tottenham.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 December 2024|D]

N| [Tottenham Youth Justice Service|S] is ‘[Outstanding|R]’, say inspectors who visited it in [September 2024|D].
S| Inspectors found that children were seen quickly, often within a day of their case being allocated, and that case managers kept in touch with families long after orders ended.
S| The service’s work to reduce the number of Black children entering the justice system was described as “exceptional”.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tottenham|S]’s leaders have created a service where staff feel trusted and children feel heard.
W| “The one area where more was needed was the health offer: some children waited months to see a specialist.”

R| We have made three recommendations, two of which are for the [Metropolitan Police|A] and local health partners.

N| Updates to this page

N| Published [10 December 2024|D]

N| Last updated [11 December 2024|D]
N| 1. [11 December 2024|D] — Added a link to the service’s response.
N| 2. [10 December 2024|D] — First published.

N| Is this page useful?

N| Help us improve GOV.UK

N| © Crown copyright
"""),
    # 11. an embargo line with "hrs" and a weekday; the region named before the unit ("Inspectors looking at the X
    #     region of the Probation Service have judged one of its units, Y, to be ‘...’ overall"); the count in words,
    #     split between the region and HMPPS
    ("ludlow-pdu-2025", facts([
        svc("Ludlow Probation Delivery Unit", "Ludlow PDU", "PDU", INAD)], "2025-01-09", "2024-10", 9),
     """N| Embargoed until 00.01 hrs, [Thursday 9 January 2025|D]

N| Probation unit in south Shropshire ‘[Inadequate|R]’, say inspectors

N| Among the units of [Probation Service – West Midlands region|S], [Ludlow Probation Delivery Unit|S] is the first to be judged ‘[Inadequate|R]’ overall by inspectors.
N| [HM Inspectorate of Probation|A] carried out its fieldwork there in [October 2024|D], reading 51 cases.
W| It found a unit where managers had left and not been replaced, and where some people had gone months without contact.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Small rural units are easily overlooked, and that is what has happened here.
W| “Nobody was checking whether people assessed as a risk to children were still living with them.
R| “The region must now put experienced managers in place and give the unit the support it has been lacking.”

S| Inspectors did praise the unit’s administrative team, who had kept court work running through months of staff shortages.

R| Nine recommendations are made, seven of them addressed to the region and the rest to [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. [Ludlow PDU|S] covers the south of Shropshire and supervises around 450 people.
"""),
    # 12. a London youth service in a local-news story: the headline's lower-case "Romford youth justice service" (not
    #     the name); "Inspectors have handed X the bottom rating, ‘...’, four years after it was found to be ‘...’"
    #     (the previous rating after the new one); an aspect "which the inspectors score separately"; "came out on
    #     Thursday 20 July" with the byline's year; the count in digits
    ("romford-yjs-2023", facts([
        svc("Romford Youth Justice Service", "Romford YJS", "YJS", INAD,
            [{"aspect": "work to help children leaving custody", "rating": RI}])], "2023-07-20", "2023-04", 7),
     """N| [Romford youth justice service|S] falls to ‘[Inadequate|R]’

N| By [Priya Lal|X] | [Friday 21 July 2023|D]

N| Inspectors have handed [Romford Youth Justice Service|S] the bottom rating, ‘[Inadequate|R]’, four years after it was found to be ‘[Good|R]’.
W| The service’s work to help children leaving custody, which the inspectors score separately, was ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] published the report on [Thursday 20 July|D], after a week of fieldwork in [April 2023|D].

W| It found that children being exploited by gangs were not always spotted, and that some had gone missing from home repeatedly before anyone acted.
W| Staff told inspectors that morale was low and that they rarely saw senior managers.
S| But inspectors said the service’s new education worker was already making a difference, with more children back in school.

R| The report makes 7 recommendations, 5 of them to the service’s management board.
N| A council spokesperson said: “We are disappointed, and a new interim head of service started this month.”
"""),
    # 13. three PDUs of one region, the region named first as the subject of the inspection; the three ratings after
    #     a colon with bare places ("X is ‘...’, Y ‘...’ and Z ‘...’", not in the order the units were first named);
    #     fieldwork "during May and June 2024"; "Publication: 12 Sept 2024" (abbreviated month) in the notes
    ("edmonton-uxbridge-and-bexleyheath-pdus-2024", facts([
        svc("Edmonton Probation Delivery Unit", "Edmonton PDU", "PDU", RI),
        svc("Uxbridge Probation Delivery Unit", "Uxbridge PDU", "PDU", GOOD),
        svc("Bexleyheath Probation Delivery Unit", "Bexleyheath PDU", "PDU", INAD)], "2024-09-12", "2024-05", 13),
     """N| London probation: three delivery units inspected, three different results

N| [HM Inspectorate of Probation|A] has looked at the work of [Probation Service – London region|S] through three of its probation delivery units: [Edmonton Probation Delivery Unit|S], [Uxbridge Probation Delivery Unit|S] and [Bexleyheath Probation Delivery Unit|S].
N| The results span three points of the scale: [Uxbridge|S] is ‘[Good|R]’, [Edmonton|S] ‘[Requires improvement|R]’ and [Bexleyheath|S] ‘[Inadequate|R]’.
N| Cases were read in all three units during [May and June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Uxbridge|S] has done what we ask of every unit: it knows its cases, it sees people often, and it acts when risk rises.
W| “At [Bexleyheath|S], by contrast, nearly half of the files we examined had no up-to-date risk assessment, and managers did not know.
W| “[Edmonton|S] sits between the two, with committed staff let down by unreliable systems.”

S| Inspectors praised the way [Uxbridge PDU|S] worked with the [Metropolitan Police|A] to manage people convicted of knife crime.
W| In [Edmonton PDU|S], computer problems meant that some appointments were never recorded.

R| Thirteen recommendations are spread across the three reports; [Bexleyheath PDU|S] receives six of them.
N| [Angela Mbeki|X], London’s Regional Probation Director, said the region would share [Uxbridge|S]’s approach with every other unit in the capital.

N| ENDS

N| Notes to editors
N| 1. Publication: [12 Sept 2024|D].
N| 2. All three units supervise people living in outer London boroughs.
"""),
    # 14. a county council's release about its "Youth Offending Service" written out, in the first rated year (2018):
    #     "has been given an overall judgement of ‘...’"; "Published: 4th December 2018" (ordinal) and "released
    #     today"; a year-less fieldwork month ("in the second week of September"); a named management board
    ("buxton-yos-2018", facts([
        svc("Buxton Youth Offending Service", "Buxton YOS", "YJS", GOOD)], "2018-12-04", "2018-09", 5),
     """N| Inspectors praise youth offending service in Buxton

N| Published: [4th December 2018|D]

N| [Buxton Youth Offending Service|S] (YOS) is ‘[Good|R]’ overall, according to the first inspection of the service since [HM Inspectorate of Probation|A] brought in its four-point ratings.
N| Inspectors visited the service in the second week of [September|D], and their report was released today.

S| The YOS was said to have a clear vision, with a management board, chaired by the county’s director of children’s services, that held partners firmly to account.
S| Work with children who had been harmed by exploitation was singled out as a particular strength.
W| Inspectors did say that plans to keep victims safe were not always updated, and that some children waited too long for mental health support from [CAMHS|A].
R| The inspectors have made five recommendations, which the [Derbyshire Youth Justice Management Board|A] will now oversee.

N| Councillor [Helen Marsden|X], Cabinet Member for Young People at [Derbyshire County Council|A], said: “I am delighted for the team, who work incredibly hard for young people across the north of the county.”
N| A link to the full report appears below.
"""),
    # 15. a PDU judged "to be ‘...’, the same grade the unit received ... in 2021" (the previous rating equal to the
    #     new one); two aspects, each "rated separately" / "also given a separate rating", one above and one below the
    #     overall; fieldwork in two visits "in January and March 2023"; "twelve" in words, split among recipients
    ("ilkeston-pdu-2023", facts([
        svc("Ilkeston Probation Delivery Unit", "Ilkeston PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}, {"aspect": "services for women", "rating": INAD}])],
        "2023-06-13", "2023-01", 12),
     """N| Ilkeston probation: leaders ‘[Good|R]’, but the unit as a whole still falls short

N| Inspectors have judged [Ilkeston Probation Delivery Unit|S] to be ‘[Requires improvement|R]’, the same grade the unit received from [HM Inspectorate of Probation|A] in [2021|D].
S| Leadership, rated separately for the first time, was ‘[Good|R]’.
W| Services for women, also given a separate rating, were ‘[Inadequate|R]’: there was nowhere in the town where women could be seen away from men.
N| The fieldwork was split into two visits, in [January and March 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ilkeston|S]’s leaders know exactly what needs fixing.
W| “They do not yet have enough experienced practitioners to fix it, and too much of the work we read was rushed.
R| “Women on probation in the town deserve a safe place to report, and the region should provide one this year.”

W| Inspectors found that only 14 of the 33 cases they read contained a good enough plan to protect others.
R| The report contains twelve recommendations: eight for the unit, and four for [Derbyshire Constabulary|A] and the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. Report published on [13 June 2023|D].
N| 2. [Ilkeston PDU|S] belongs to [Probation Service – East Midlands region|S].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the tenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
