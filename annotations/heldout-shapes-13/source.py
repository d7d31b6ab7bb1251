"""Builds the thirteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two neighbouring PDUs in one release: a numeric "Date: 04/02/2025" line under the headline; the ratings as
    #    "comes out of the inspection in the ‘...’ band; Redruth drops to the bottom band, ‘...’" with the bare places
    #    as subjects; fieldwork "in late September 2024"; the region named only in the regional director's reply
    ("camborne-and-redruth-pdus-2025", facts([
        svc("Camborne Probation Delivery Unit", "Camborne PDU", "PDU", RI),
        svc("Redruth Probation Delivery Unit", "Redruth PDU", "PDU", INAD)], "2025-02-04", "2024-09", 11),
     """N| West Cornwall probation: inspectors report on two neighbouring units

N| Date: [04/02/2025|D]

N| [HM Inspectorate of Probation|A] is releasing separate reports today on [Camborne Probation Delivery Unit|S] and [Redruth Probation Delivery Unit|S], which sit a few miles apart in west Cornwall.
N| [Camborne|S] comes out of the inspection in the ‘[Requires improvement|R]’ band; [Redruth|S] drops to the bottom band, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in late [September 2024|D], reading 104 cases between the two units.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Redruth|S] has lost experienced officers faster than it can replace them, and the gaps show in almost every case we read.
S| “[Camborne|S]’s staff, by contrast, have held together well and understand the people on their caseloads as individuals.”

S| Inspectors praised the joint work of [Camborne PDU|S] and [Devon and Cornwall Police|A] with people newly released from prison.
W| In both units, under half of the cases examined had a plan that dealt properly with the danger posed to other people.

R| The two reports carry eleven recommendations between them, with [Redruth PDU|S] receiving six.

N| Responding, [Claire Penhallow|X], Regional Probation Director, said: “We accept the findings for both units, and the [South West region|S] has already moved additional managers into Redruth.”

N| ENDS
"""),
    # 2. two youth offending teams written out, in a local-news story: byline and a Friday byline date; the reports
    #    "published last Tuesday (19 November)"; a year-less "in August"; "is now classed as ‘...’, the second-highest of
    #    the four grades, and Y as ‘...’"; the county councillor's reply
    ("accrington-and-colne-yots-2019", facts([
        svc("Accrington Youth Offending Team", "Accrington YOT", "YJS", GOOD),
        svc("Colne Youth Offending Team", "Colne YOT", "YJS", RI)], "2019-11-19", "2019-08", 9),
     """N| Youth offending teams in Accrington and Colne: one praised, one told to improve

N| By [Sarah Entwistle|X], Local Democracy Reporting Service

N| [Friday 22 November 2019|D]

N| Reports on two of Lancashire’s youth offending teams came out last Tuesday ([19 November|D]) from [HM Inspectorate of Probation|A], whose inspectors visited both in [August|D].
N| [Accrington Youth Offending Team|S] is now classed as ‘[Good|R]’, the second-highest of the four grades, and [Colne Youth Offending Team|S] as ‘[Requires improvement|R]’.

S| At [Accrington YOT|S], inspectors found case workers who stuck with children through setbacks and a close link with local schools.
W| The [Colne YOT|S] report says too many assessments underplayed the danger some children faced from adults who wanted to exploit them.
W| It adds that the board overseeing the team went six months without meeting.

R| Between them the two reports list nine recommendations, five of them for [Colne|S].
N| [Lancashire County Council|A], which runs both teams, said it would publish an action plan before Christmas.
N| County Councillor [Graham Ashworth|X] said: “This grade is well deserved, and we are determined that [Colne|S] will follow.”
"""),
    # 3. three PDUs of one region, the region in the headline and named before any unit; "Its verdicts ... place X and Y
    #    at ‘...’ and Z at ‘...’" (services in the order first named, not by rating); fieldwork from July to September
    #    2024 across the units; a rating word in the headline that is no unit's rating
    ("atherton-kirkham-and-prescot-pdus-2024", facts([
        svc("Atherton Probation Delivery Unit", "Atherton PDU", "PDU", RI),
        svc("Kirkham Probation Delivery Unit", "Kirkham PDU", "PDU", RI),
        svc("Prescot Probation Delivery Unit", "Prescot PDU", "PDU", INAD)], "2024-12-12", "2024-07", 17),
     """N| [North West probation region|S]: three more delivery units inspected, none of them ‘[Good|R]’

N| Reports on three more units in the [Probation Service|A]’s [North West region|S] have now been issued by [HM Inspectorate of Probation|A].
N| Its verdicts, published on [Thursday 12 December 2024|D], place [Atherton Probation Delivery Unit|S] and [Kirkham Probation Delivery Unit|S] at ‘[Requires improvement|R]’ and [Prescot Probation Delivery Unit|S] at ‘[Inadequate|R]’.
N| Inspection teams spent a fortnight in each unit, starting at Atherton in [July 2024|D] and finishing at Prescot in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Prescot|S] worries me most: a third of its posts for probation officers stood vacant, and nobody had looked again at the risk posed by some people for over a year.
S| “[Atherton|S] and [Kirkham|S] have stable leadership and a firmer grip on their work, although neither is yet where it needs to be.”

S| Inspectors highlighted [Kirkham PDU|S]’s ties with housing associations and the speed with which it found accommodation for people leaving custody.
W| Across all three units, work to protect children from domestic abuse was too often a matter of luck.

R| There are 17 recommendations across the three reports; [Prescot PDU|S] is given seven of them.

N| ENDS

N| Notes to editors
N| 1. [Atherton PDU|S] serves part of Greater Manchester; [Kirkham PDU|S] and [Prescot PDU|S] serve parts of Lancashire and Merseyside.
"""),
    # 4. four PDUs of one region: an embargo line with a weekday; the region named first; the ratings as a bulleted list
    #    "Name: ‘Rating’" after "The ratings for each unit are as follows:"; fieldwork "over January and February 2025";
    #    "a total of 22 recommendations across the four reports; the largest share, eight, goes to"
    ("belper-gainsborough-bingham-and-rushden-pdus-2025", facts([
        svc("Belper Probation Delivery Unit", "Belper PDU", "PDU", RI),
        svc("Gainsborough Probation Delivery Unit", "Gainsborough PDU", "PDU", INAD),
        svc("Bingham Probation Delivery Unit", "Bingham PDU", "PDU", GOOD),
        svc("Rushden Probation Delivery Unit", "Rushden PDU", "PDU", RI)], "2025-04-09", "2025-01", 22),
     """N| EMBARGOED UNTIL 00:01 ON [WEDNESDAY 9 APRIL 2025|D]

N| East Midlands: four probation delivery units, four reports

N| Four units of the [East Midlands probation region|S] were inspected over [January and February 2025|D], and [HM Inspectorate of Probation|A] publishes all four reports together.
N| The ratings for each unit are as follows:
N| • [Belper Probation Delivery Unit|S]: ‘[Requires improvement|R]’
N| • [Gainsborough Probation Delivery Unit|S]: ‘[Inadequate|R]’
N| • [Bingham Probation Delivery Unit|S]: ‘[Good|R]’
N| • [Rushden Probation Delivery Unit|S]: ‘[Requires improvement|R]’

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bingham|S] shows that a unit can be well run despite the pressures that every PDU in the country faces.
W| “[Gainsborough|S] is a different story: cases were allocated late, and in some of them nobody had checked with children’s services at all.”

S| Inspectors singled out [Belper PDU|S]’s work with women on probation, most of whom were seen at a women’s centre rather than in the probation office.
W| At [Rushden PDU|S], practitioners carried caseloads of up to 80, and managers told inspectors frankly that they could not check the quality of the work.

R| The inspectorate has made a total of 22 recommendations across the four reports; the largest share, eight, goes to [Gainsborough PDU|S].

N| ENDS
"""),
    # 5. a unit inside its region, the region in the headline and in the first sentence's apposition: "sits at the foot
    #    of the inspectorate’s scale after its latest inspection: ‘...’"; two aspects "given a grade of their own"
    #    beside the previous inspection's verdict; fieldwork "for two weeks from 4 March 2024"; the regional director
    ("thornaby-pdu-2024", facts([
        svc("Thornaby Probation Delivery Unit", "Thornaby PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "work with victims", "rating": RI}])],
        "2024-06-20", "2024-03", 8),
     """N| [North East probation region|S]: inspectors raise the alarm over Thornaby

N| [Thornaby Probation Delivery Unit|S], a unit of the [North East probation region|S], sits at the foot of the inspectorate’s scale after its latest inspection: ‘[Inadequate|R]’.
W| Two areas of work are given a grade of their own: unpaid work earned ‘[Good|R]’, while work with victims was graded ‘[Requires improvement|R]’.
N| The verdict at the unit’s previous inspection, in [2022|D], was ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] had a team in Thornaby for two weeks from [4 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Case after case we looked at showed that the people most at risk from those on probation had simply not been considered.
R| “I expect the region’s leaders to put a named senior manager in charge of the recovery plan and to report progress to us within six months.”

N| [Kevin Hartley|X], who directs probation in the North East, said: “[Thornaby|S]’s staff have been through a very difficult period, and we are giving them the support they need.”

R| The report contains eight recommendations.

N| ENDS

N| Notes to editors
N| 1. Date of publication: [Thursday 20 June 2024|D].
N| 2. [Thornaby PDU|S] supervises around 1,400 people in Stockton-on-Tees.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores in a bulleted list after "The headline scores
    #    were:"; "in the week beginning 14 February 2011"; "We have made six recommendations to the Trust and one to"
    #    (the count split between recipients: 7); "Published: 24 May 2011" in the notes
    ("ashington-probation-trust-2011", facts([
        svc("Ashington Probation Trust", "Ashington Probation Trust", "other", None)], "2011-05-24", "2011-02", 7),
     """N| [Ashington Probation Trust|S]: good work with offenders, but risk of harm needs more attention

N| [Ashington Probation Trust|S] is the subject of a report that HM Chief Inspector of Probation [Liz Calderbank|X] releases today, covering the Trust’s work with adult offenders.
N| The inspection took place in the week beginning [14 February 2011|D]; [HM Inspectorate of Constabulary|A] took part.

N| The headline scores were:
S| • reducing the likelihood of reoffending: 75%, above the average for trusts inspected to date;
S| • assessment and sentence planning: 72%, also above the average;
W| • protecting others from harm: 58%, below the average.

S| Ms Calderbank said: “Staff at the Trust were enthusiastic and knew their cases thoroughly.
W| “However, too often the risk that an offender posed to others was not thought through when an order began.”

R| Six recommendations go to the Trust and one to [Northumbria Police|A].

N| ENDS

N| Notes to editors
N| 1. Published: [24 May 2011|D]
N| 2. The inspection was part of the Offender Management Inspection 2 programme.
"""),
    # 7. a CRC in 2019 owned by a named provider: "now merit a ‘...’ grade overall"; the 2017 unrated inspection as
    #    context; both aspects "graded on their own this time came out at ‘Good’"; fieldwork "across October and
    #    November 2018" (published 2019); "This report is published on Tuesday 16 April 2019"
    ("bedlington-crc-2019", facts([
        svc("Bedlington Community Rehabilitation Company", "Bedlington CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "through-the-gate resettlement services", "rating": GOOD}])],
        "2019-04-16", "2018-10", 9),
     """N| [Bedlington probation company|S] improves, but supervision still falls short

N| The probation services run by [Bedlington Community Rehabilitation Company|S] now merit a ‘[Requires improvement|R]’ grade overall, in the judgement of [HM Inspectorate of Probation|A].
N| The CRC, part of the [Sodexo Justice Services|A] group, was last looked at in [2017|D], before the current grades were introduced, when inspectors found its work “not yet good enough”.
S| Both of the areas graded on their own this time came out at ‘[Good|R]’: unpaid work, and through-the-gate resettlement services.
N| Inspectors examined cases and met staff and people on probation across [October and November 2018|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The company’s unpaid work and its help for prisoners due for release are good, but its day-to-day supervision is not.
W| “Officers were holding caseloads of 70 or more, and many people were being supervised by telephone alone.
R| “[Sodexo|A] and [HMPPS|A] must agree a plan to bring those caseloads down this year.”

N| [Bedlington CRC|S] supervises around 2,600 people whose risk of harm is judged to be low or medium.
R| The report sets out nine recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication of this report: [Tuesday 16 April 2019|D].
"""),
    # 8. an NPS division written "the X division of the National Probation Service" (one span), short form "NPS
    #    Tredegar": "has awarded ‘Good’ to"; an aspect "which inspectors grade separately from the division as a whole,
    #    reached ‘Outstanding’"; two ratings in the headline; "spent the week of 25 November 2019"
    ("tredegar-nps-division-2020", facts([
        svc("Tredegar division of the National Probation Service", "NPS Tredegar", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2020-02-13", "2019-11", 5),
     """N| Probation division earns ‘[Good|R]’, with ‘[Outstanding|R]’ court work

N| [HM Inspectorate of Probation|A] has awarded ‘[Good|R]’ to the [Tredegar division of the National Probation Service|S], which supervises high-risk offenders across the south Wales valleys.
S| Its court work, which inspectors grade separately from the division as a whole, reached ‘[Outstanding|R]’.
N| Inspectors spent the week of [25 November 2019|D] in the division’s offices.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Tredegar|S] is a well-led division whose staff are proud of what they do, and rightly so.
S| “Its reports for the courts were as good as any we have read: thorough, balanced and ready on the day they were needed.”
W| Mr Russell added: “Where the division falls short is in sharing information with [Gwent Police|A] about people who pose a risk to children.”

R| The report’s five recommendations are all for the division.

N| ENDS

N| Notes to editors
N| 1. The inspection report went online on [13 February 2020|D].
"""),
    # 9. a GOV.UK page: "Skip to main content", a lower-case standfirst naming "the Glastonbury probation delivery unit"
    #    (a SERVICE, not the name), "Published 2 July 2024" and "Last updated", an update history; "have concluded that X
    #    is a ‘...’ service"; fieldwork given by its last day ("finished on 15 March 2024"); no count (recipients only)
    ("glastonbury-pdu-2024", facts([
        svc("Glastonbury Probation Delivery Unit", "Glastonbury PDU", "PDU", RI)], "2024-07-02", "2024-03", None),
     """N| Skip to main content

N| Press release

N| Somerset probation unit must do more to protect the public

N| A report on the work of the [Glastonbury probation delivery unit|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [2 July 2024|D]

N| Inspectors have concluded that [Glastonbury Probation Delivery Unit|S] is a ‘[Requires improvement|R]’ service.
N| The unit sits within [South West region|S], one of twelve [Probation Service|A] regions; the inspectors’ two weeks of fieldwork there finished on [15 March 2024|D].

S| Inspectors found that practitioners at [Glastonbury PDU|S] built good relationships with people on probation and were skilled at motivating them.
W| However, only 14 of the 38 cases they examined showed the danger to other people being properly managed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit is short of experienced staff, and the newest officers have been left to learn on the job with little oversight.
R| “Its leaders must now guarantee regular, meaningful supervision for every practitioner.”

R| The report’s recommendations are addressed to the PDU, to the region and to [HMPPS|A].

N| Updates to this page

N| Published [2 July 2024|D]

N| Last updated [4 July 2024|D]
N| 1. [4 July 2024|D] Added an easy-read version of the report.
N| 2. [2 July 2024|D] First published.
"""),
    # 10. a council news page: "News release, September 2023" header; "comes away from its inspection ... with an
    #     overall grade of"; an aspect "gives ... a grade of its own, and here the service achieved"; a year-less
    #     "Thursday 14th September" and a year-less "in June" (the header's year); the councillor's reply
    ("crewkerne-yjs-2023", facts([
        svc("Crewkerne Youth Justice Service", "Crewkerne YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposal work", "rating": OUT}])], "2023-09-14", "2023-06", 4),
     """N| News release, [September 2023|D]

N| Crewkerne youth justice inspection: report published

N| [Crewkerne Youth Justice Service|S] comes away from [HM Inspectorate of Probation|A]’s visit with an overall grade of ‘[Good|R]’.
S| The inspectorate also gives out-of-court disposal work a grade of its own, and here the service achieved ‘[Outstanding|R]’.
N| The inspectorate put the report online on [Thursday 14th September|D].
N| During [June|D], inspectors read 24 case files and spoke with children, their parents and staff.

S| They found that case workers understood the children well, and that the partnership between [Crewkerne YJS|S] and [Avon and Somerset Constabulary|A] meant few children were drawn into the justice system unnecessarily.
W| Protecting the public was handled less consistently, and plans did not always say who would do what if risks rose.
R| The inspectors have made four recommendations, which the youth justice partnership board will oversee.

N| Councillor [Helen Marsh|X], lead member for children and families at [Somerset Council|A], said: “This is a tremendous result and a credit to the whole team.”
"""),
    # 11. a numeric release date with a two-digit year ("Date of release: 10/06/25"); a lower-case headline description;
    #     "has been given ‘...’, the second-lowest of the inspectorate’s four grades"; fieldwork "over three weeks
    #     beginning on 3 February 2025"; "The report ends with a list of seven recommendations"
    ("brackley-yos-2025", facts([
        svc("Brackley Youth Offending Service", "Brackley YOS", "YJS", RI)], "2025-06-10", "2025-02", 7),
     """N| Date of release: [10/06/25|D]

N| [Brackley youth offending service|S]: inspection findings

N| [Brackley Youth Offending Service|S] has been given ‘[Requires improvement|R]’, the second-lowest of the inspectorate’s four grades.
N| [HM Inspectorate of Probation|A]’s inspection lasted three weeks beginning on [3 February 2025|D], partly online and partly in person.

S| Inspectors said that children who worked with [Brackley YOS|S] were treated with warmth and respect, and that their families felt listened to.
W| They were less positive about how the service handled the danger that some children presented to other people, which was reviewed too rarely.
W| The management board, chaired by [West Northamptonshire Council|A]’s director of children’s services, did not yet know enough about what daily practice was like.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real commitment here, and children told us they trusted their workers.
R| “The board must now take a much closer interest in the quality of the work, not just in the numbers.”

R| The report ends with a list of seven recommendations, aimed at the service and the agencies it works with.
"""),
    # 12. a local-news story: byline date Monday 29 July 2024, the report "published last Tuesday (23 July)"; "was handed
    #     a ‘...’ verdict"; "The Probation Service’s South Central region" (two spans); a year-less "in April"; the
    #     recommendations only split among recipients (three + two + one = 6)
    ("thame-pdu-2024", facts([
        svc("Thame Probation Delivery Unit", "Thame PDU", "PDU", RI)], "2024-07-23", "2024-04", 6),
     """N| Probation in Thame ‘needs to improve’, says watchdog

N| By [Rob Hutchins|X]

N| [Monday 29 July 2024|D]

N| [Thame Probation Delivery Unit|S] got a ‘[Requires improvement|R]’ verdict when [HM Inspectorate of Probation|A]’s report on it came out last Tuesday ([23 July|D]).
N| The watchdog’s inspectors spent two weeks in [April|D] with the unit, which answers to the [South Central probation region|S].

W| Their report says that staff shortages meant some people on probation had gone months without seeing the same officer twice.
S| But it praises the unit’s joint work with [Thames Valley Police|A] on managing sex offenders, calling it “careful and well informed”.

R| Three of the report’s recommendations are for [Thame PDU|S], two are for the region and one is for [Thames Valley Police|A].
N| The [Probation Service|A], in a statement, said: “Every vacant post in the unit is being advertised, and the report’s findings are being acted on.”
"""),
    # 13. a council page about its "Youth Offending Team" written out, the name in the headline with "judged ‘Good’";
    #     "Posted" and "Last updated" dates beside the report's own date ("published its report on Tuesday 9 March
    #     2021"); a remote inspection "in November and December 2020"; an aspect "a separate rating of"; "5
    #     recommendations" in digits; the 2017 unrated inspection
    ("petersfield-yot-2021", facts([
        svc("Petersfield Youth Offending Team", "Petersfield YOT", "YJS", GOOD,
            [{"aspect": "resettlement work", "rating": RI}])], "2021-03-09", "2020-11", 5),
     """N| [Petersfield Youth Offending Team|S] judged ‘[Good|R]’ after remote inspection

N| Posted: [Friday 12 March 2021|D] | Last updated: [15 March 2021|D]

N| The inspectorate’s report itself came out on [Tuesday 9 March 2021|D].
N| Because of coronavirus restrictions, [HM Inspectorate of Probation|A]’s inspection of the team was done remotely, by video call, in [November and December 2020|D].
W| Inspectors gave the team’s resettlement work a separate rating of ‘[Requires improvement|R]’.
N| The team was last inspected in [2017|D], before ratings were introduced.

S| The report describes [Petersfield YOT|S] as a service where “children are at the centre of everything”, and notes that staff kept in touch with every child throughout the lockdown.
W| It also finds that plans for children leaving custody were often made too late for a place to live to be arranged.
R| The report makes 5 recommendations.

N| Councillor [Margaret Fenwick|X], Executive Member for Children’s Services at [Hampshire County Council|A], said: “I am very proud of our Youth Offending Team and thankful for the thorough way the inspectors went about their task.”
"""),
    # 14. a unit inside its region, the region in the first sentence and in the regional director's reply; "The PDU’s
    #     overall grade is ‘...’, the same grade it received in 2022" (the previous grade in the same sentence); a
    #     numeric "Published 07/11/2023" at the foot; fieldwork "on site from Monday 10 July to Friday 14 July 2023";
    #     "Of the report’s six recommendations, four are for the PDU and two for the region"
    ("ellesmere-pdu-2023", facts([
        svc("Ellesmere Probation Delivery Unit", "Ellesmere PDU", "PDU", RI)], "2023-11-07", "2023-07", 6),
     """N| North Shropshire probation unit still not good enough, inspectors find

N| Within the [Probation Service|A]’s [West Midlands region|S], it is [Ellesmere Probation Delivery Unit|S] that inspectors have most recently examined.
N| The PDU’s overall grade is ‘[Requires improvement|R]’, the same grade it received in [2022|D].
N| Inspectors were on site from [Monday 10 July to Friday 14 July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We had hoped to see more progress since our last visit, and in some areas things have slipped back.
W| “Only 17 of the 40 cases we read paid enough heed to keeping partners and children safe.
S| “Nevertheless, the unit’s work with people who have drug and alcohol problems, delivered with local treatment services, is impressive.”

R| Of the report’s six recommendations, four are for [Ellesmere PDU|S], the other two going to the region.

N| [Sandra Boyce|X], Regional Probation Director for the West Midlands, said: “We will work with staff at [Ellesmere|S] to put every recommendation into practice.”

N| Published [07/11/2023|D]
"""),
    # 15. an embargo line with a weekday and "00:01"; a lower-case headline description; "has been placed at the bottom
    #     of the inspectorate’s four-point scale, ‘...’, following a joint inspection led by"; the previous grade "Four
    #     years ago"; fieldwork "through the first half of September 2024"; no recommendation count (recipients only)
    ("stourport-yjs-2024", facts([
        svc("Stourport Youth Justice Service", "Stourport YJS", "YJS", INAD)], "2024-12-05", "2024-09", None),
     """N| Embargo: 00:01 [Thursday 5 December 2024|D]

N| [Stourport youth justice service|S]: inspectors’ findings

N| [Stourport Youth Justice Service|S] now stands on the lowest rung of the four-point grading scale, ‘[Inadequate|R]’, after a joint inspection that [HM Inspectorate of Probation|A] led.
N| Inspectors from [Ofsted|A] and the [Care Quality Commission|A] also took part.
N| Four years ago the service was graded ‘[Good|R]’.
N| The inspection team’s fieldwork ran through the first half of [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Some children who needed protecting were left without a plan, sometimes for weeks, while the service struggled with the loss of most of its experienced case managers.
W| “The management board knew that something was wrong but did not act.”
S| Inspectors did praise [Stourport YJS|S]’s education worker, who had helped several children back into school.

R| The report lists what the management board and [Worcestershire County Council|A] must now do to put things right.

N| ENDS
"""),
    # 16. a Welsh council page with a numeric date ("18/10/2022"), the service's Welsh-language name after the English
    #     one; "was given the grade ‘...’ overall"; a resettlement aspect "assessed in its own right"; fieldwork "over
    #     the last week of June 2022"; "a total of six recommendations, five for the service and one for"
    ("maesteg-yjs-2022", facts([
        svc("Maesteg Youth Justice Service", "Maesteg YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-10-18", "2022-06", 6),
     """N| Inspection report on [Maesteg Youth Justice Service|S]

N| [18/10/2022|D]

N| [Maesteg Youth Justice Service|S] ([Gwasanaeth Cyfiawnder Ieuenctid Maesteg|S]) was given the grade ‘[Requires improvement|R]’ overall in [HM Inspectorate of Probation|A]’s report, out today.
W| Resettlement, assessed in its own right, was found to be ‘[Inadequate|R]’, because children leaving custody often lacked a settled home to go to.
N| [Estyn|A] and [Care Inspectorate Wales|A] joined the inspection, which took place over the last week of [June 2022|D].

S| Inspectors noted that [Maesteg YJS|S] had strong links with schools and that children were supported to take part in sport and the arts.
W| Disappointingly, safety plans for children were not always revisited after a change in their circumstances.

R| The report contains a total of six recommendations: five are for the service, and [Bridgend County Borough Council|A] receives one.
N| The council’s Cabinet Member for Social Services, Councillor [Eleri Pritchard|X], said: “We accept what the inspectors found, and work on an improvement plan has begun.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
