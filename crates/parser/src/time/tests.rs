//! The time grammar on wire sentences, with a fixed reference date.

use super::reading::Unit;
use super::rules::{COUNT_CLASSES, RULES, RuleSet, candidates, letters_key, longest, longest_of, opening_words};
use crate::date::Date;

#[test]
fn rules_chosen_by_first_word_and_screens_find_what_all_rules_find() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .flatten()
        .filter_map(|e| std::fs::read(e.path()).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    texts.push(
        "The 1990s, the ’90s, the '90s, Q3 2022, mid-March, MID-2019, the year-ago quarter, \
         Tuesdays, TUESDAY nights, 9:41 A.M. ET, noon Monday, three-quarters, the twenty-first century, \
         nineteen ninety-six, a couple of weeks, 3 1/2 years, fiscal 1989, between March 20 and 22, \
         weeK, \u{212A}ey, \u{a0}now, mid\u{a0}May, İn 2020, théatre, 2019–2021"
            .to_string(),
    );
    texts.push(
        "two days ago, a week or so ago, six months before, a decade-long war, decades-long, a two-year-long \
         study, 10-year, three times a year, several times a week, once per month, every other week, \
         the year-ago fiscal third quarter, this year's third quarter, last year's fiscal 3rd quarter, \
         2022's fourth quarter, the last half of 1989, Q3 2022, the same period a year ago, the year-ago \
         period, year-earlier, the twenty-first century, the 20th century, one and a half hours, at least \
         20 years, no more than 20 years, 2 1/2 years, the past two months, the first nine months, a couple \
         of weeks, a number of years, a hundred years, one hundred and fifty thousand years, three more \
         years, eight trading days, nearly THIRTY YEARS, 5 p.m., 5pm, 10:30, 3:07:35, 17-year-old, \
         2019-03-17, 3/17/2023, 17th March, 17 March 2023, the 1990s, 1990s, the ’90s, a minute and a half, \
         the weekend, the year 2000, the year two thousand, the following day, the day before, the \
         previous Friday, the same week, the current fiscal year, the full year, the winter of 1994, the \
         middle of October, the end of 1990, the mid-1990s, the early 2000s, THE LATE 1980s, the past year, \
         by year-end, since year's end, around year end, the first two quarters of 1990, later in the day, \
         the quarter ended Sept. 30, the quarter ending Dec. 31, 2024"
            .to_string(),
    );
    for text in &texts {
        let mut toks = Vec::new();
        crate::token::tokenize(text, 0, &mut toks);
        for t in &toks {
            let rest = &text[t.span.start..];
            let at = rest.chars().take(40).collect::<String>();
            assert_eq!(longest(rest), longest_of(rest, RuleSet::ALL), "at {at:?}");
            // The screens never drop a rule that matches.
            let kept = candidates(rest);
            for (n, rule) in RULES.iter().enumerate() {
                let matches = (rule.parse)(rest).is_ok_and(|(after, _)| after.len() < rest.len());
                assert!(!matches || kept.has(n), "rule {n} matches but is screened out at {at:?}");
            }
        }
    }
}

#[test]
fn every_opening_word_of_letters_has_a_key() {
    // A word of letters only without a key would open none of its rules.
    for &openers in RULES.iter().flat_map(|r| r.words) {
        for w in opening_words(openers).iter().filter(|w| w.bytes().all(|c| c.is_ascii_alphabetic())) {
            assert!(letters_key(w.as_bytes()).is_some(), "{w}");
        }
    }
}

#[test]
fn no_unit_of_time_is_a_count_word() {
    // The length screen takes the first word that is not a count's word for the unit.
    for w in COUNT_CLASSES.iter().flat_map(|c| c.words()) {
        assert!(Unit::from_noun(w).is_none() && Unit::from_noun(&format!("{w}s")).is_none(), "{w}");
    }
}

/// Parses `text` with the reference date and returns `(text, type, value, end)` for every timex.
fn run(text: &str, reference: Option<&str>) -> Vec<(String, String, String, Option<String>)> {
    let options = crate::Options::default().with_reference_date(reference.and_then(Date::parse_iso));
    let article = crate::parse_with(text, &options);
    article
        .times
        .iter()
        .map(|t| {
            let kind = format!("{:?}", t.kind).to_lowercase();
            (t.text.to_string(), kind, t.value.clone(), t.end.clone())
        })
        .collect()
}

/// Checks the `(text, value)` pairs found in a body sentence, with reference date 2023-03-17 (a Friday).
fn check(text: &str, expect: &[(&str, &str)]) {
    let body = format!("Headline here\n\n{text}\n");
    let got: Vec<(String, String)> =
        run(&body, Some("2023-03-17")).into_iter().filter(|t| t.0 != "Headline here").map(|t| (t.0, t.2)).collect();
    let want: Vec<(String, String)> = expect.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn absolute_dates() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The deal was signed on March 17, 2023, in Paris.", &[("March 17, 2023", "2023-03-17")]),
        ("It closed on 17 March 2023.", &[("17 March 2023", "2023-03-17")]),
        ("Talks resumed on Mar. 9 in Geneva.", &[("Mar. 9", "2023-03-09")]),
        ("The vote is due Sept. 30.", &[("Sept. 30", "2023-09-30")]),
        ("Results came on Dec. 15.", &[("Dec. 15", "2022-12-15")]),
        ("Prices rose in 2019 and fell in 2021.", &[("2019", "2019"), ("2021", "2021")]),
        ("Output peaked in October 2021.", &[("October 2021", "2021-10")]),
        ("Output peaked in June of 2020.", &[("June of 2020", "2020-06")]),
        ("The rules changed in the 1990s.", &[("the 1990s", "199")]),
        ("It was a hit in the ’90s.", &[("the ’90s", "199")]),
        ("It was popular in the 1980s and 1990s.", &[("the 1980s", "198"), ("1990s", "199")]),
        ("The filing is dated 2023-03-17.", &[("2023-03-17", "2023-03-17")]),
        ("The filing is dated 3/17/2023.", &[("3/17/2023", "2023-03-17")]),
        ("A deal is expected in early 2024.", &[("early 2024", "2024")]),
        ("Shipments resume in mid-March.", &[("mid-March", "2023-03")]),
        ("He was born in the 20th century.", &[("the 20th century", "19")]),
        ("Its fiscal 1989 results were weak.", &[("fiscal 1989", "1989")]),
        ("By the end of 1990 it was over.", &[("the end of 1990", "1990")]),
        ("Talks were held Saturday, Jan. 14.", &[("Saturday, Jan. 14", "2023-01-14")]),
        ("The vote is on Tuesday, April 25.", &[("Tuesday, April 25", "2023-04-25")]),
        ("The vote was on Monday, April 25.", &[("Monday, April 25", "2022-04-25")]),
        ("The plant opened in July last year.", &[("July last year", "2022-07")]),
        ("The plant opened in January this year.", &[("January this year", "2023-01")]),
        ("The sale closed in the first quarter of 2022.", &[("the first quarter of 2022", "2022-Q1")]),
        ("Revenue in Q3 2022 rose.", &[("Q3 2022", "2022-Q3")]),
        ("The museum was founded in the year two thousand.", &[("the year two thousand", "2000")]),
        ("He arrived in nineteen ninety-six.", &[("nineteen ninety-six", "1996")]),
        ("It was built in 1066 by the king.", &[("1066", "1066")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn ranges() {
    let got = run("Headline\n\nThe summit will run April 4-6 in Vienna.\n", Some("2023-03-17"));
    assert_eq!(got, [("April 4-6".into(), "date".into(), "2023-04-04".into(), Some("2023-04-06".into()))]);
    let got = run("Headline\n\nThe fair runs March 20 to 22.\n", Some("2023-03-17"));
    assert_eq!(got[0].3.as_deref(), Some("2023-03-22"));
    let got = run("Headline\n\nThe fair runs between March 20 and 22.\n", Some("2023-03-17"));
    assert_eq!((got[0].0.as_str(), got[0].3.as_deref()), ("between March 20 and 22", Some("2023-03-22")));
    let got = run("Headline\n\nThe index rose from 2019 to 2021.\n", Some("2023-03-17"));
    assert_eq!((got[0].0.as_str(), got[0].2.as_str(), got[0].3.as_deref()), ("2019 to 2021", "2019", Some("2021")));
    let got = run("Headline\n\nThe fair runs Dec. 30-Jan. 2.\n", Some("2023-12-20"));
    assert_eq!((got[0].2.as_str(), got[0].3.as_deref()), ("2023-12-30", Some("2024-01-02")));
}

#[test]
fn relative_dates() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The ministry said Friday that talks would go on.", &[("Friday", "2023-03-17")]),
        ("The ministry said Tuesday that talks would go on.", &[("Tuesday", "2023-03-14")]),
        ("The president will travel to Rome on Tuesday.", &[("Tuesday", "2023-03-21")]),
        ("Officials met last Friday in Vienna.", &[("last Friday", "2023-03-10")]),
        ("The board meets next Monday.", &[("next Monday", "2023-03-20")]),
        ("The envoy hopes to reach Cairo next week.", &[("next week", "2023-W12")]),
        ("Sales fell last week.", &[("last week", "2023-W10")]),
        ("Prices rose this week.", &[("this week", "2023-W11")]),
        ("Sales fell last year.", &[("last year", "2022")]),
        ("Sales will rise next year.", &[("next year", "2024")]),
        ("The mayor was reelected this month.", &[("this month", "2023-03")]),
        ("He won a third term last month.", &[("last month", "2023-02")]),
        ("Rates are likely to peak this year.", &[("this year", "2023")]),
        ("The vote took place today.", &[("today", "2023-03-17")]),
        ("The vote took place yesterday.", &[("yesterday", "2023-03-16")]),
        ("The vote will take place tomorrow.", &[("tomorrow", "2023-03-18")]),
        ("The ship sank two days ago.", &[("two days ago", "2023-03-15")]),
        ("The ship sank two years ago.", &[("two years ago", "2021")]),
        // `N units ago` is at the unit's granularity: weeks are weeks.
        ("The ship sank six weeks ago.", &[("six weeks ago", "2023-W05")]),
        ("The mill closed four years ago.", &[("four years ago", "2019")]),
        ("The rally will be held in three weeks.", &[("three weeks", "2023-W14")]),
        ("Exports rose sharply earlier this year.", &[("earlier this year", "2023")]),
        ("A ruling is expected later this month.", &[("later this month", "2023-03")]),
        ("The agency published a report in February.", &[("February", "2023-02")]),
        ("Trade talks will resume in December.", &[("December", "2023-12")]),
        ("Trade talks broke down in December.", &[("December", "2022-12")]),
        ("The firm was sold last April.", &[("last April", "2022-04")]),
        ("The firm was sold this September.", &[("this September", "2023-09")]),
        ("Trading was slow over the weekend.", &[("the weekend", "2023-W10-WE")]),
        ("The team will play this weekend.", &[("this weekend", "2023-W11-WE")]),
        ("Prices rose in the past year.", &[("the past year", "2022")]),
        ("The camp opens this summer.", &[("this summer", "2023-SU")]),
        ("The camp closed last fall.", &[("last fall", "2022-FA")]),
        ("The camp will reopen in the spring.", &[("the spring", "2023-SP")]),
        ("Late yesterday the army pulled back.", &[("Late yesterday", "2023-03-16")]),
        ("Fighting flared earlier Sunday near the town.", &[("earlier Sunday", "2023-03-12")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Tense and modality pick the weekday or month meant (reference Friday 2023-03-17).
#[test]
fn tense_and_modality() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("A decision could come as early as Tuesday.", &[("Tuesday", "2023-03-21")]),
        ("The council meets Monday to weigh the plan.", &[("Monday", "2023-03-20")]),
        ("The two leaders met Monday in Geneva.", &[("Monday", "2023-03-13")]),
        ("Talks are set to resume Wednesday in Oslo.", &[("Wednesday", "2023-03-22")]),
        ("The ministers meet separately Thursday with the envoy.", &[("Thursday", "2023-03-23")]),
        ("The league said the season begins on Sunday.", &[("Sunday", "2023-03-19")]),
        ("The board said the new fee is effective Sept. 1.", &[("Sept. 1", "2023-09-01")]),
        ("A dividend would be paid on a still unspecified date in January.", &[("January", "2024-01")]),
        ("Sales may pick up in June, the firm said.", &[("June", "2023-06")]),
        ("The plant closed in May.", &[("May", "2022-05")]),
        // A modal reaches only the dates after it.
        ("Moscow warned on Thursday that strikes could follow.", &[("Thursday", "2023-03-16")]),
        // `as planned` is a manner, not a plan ahead.
        ("The offensive began as planned Saturday.", &[("Saturday", "2023-03-11")]),
        (
            "The army let the assault begin as previously scheduled Saturday night.",
            &[("Saturday night", "2023-03-11TNI")],
        ),
        // A deadline looks ahead, but a period counted up to a month is told in its sentence's tense.
        ("The bank extended the credit line through January.", &[("January", "2024-01")]),
        ("Sales were flat this year through February.", &[("this year", "2023"), ("February", "2023-02")]),
        ("Orders rose 4% in the 12 months through October.", &[("the 12 months", "P12M"), ("October", "2022-10")]),
        // `since` looks back.
        ("Prices have doubled since October.", &[("October", "2022-10")]),
        // `by Monday` looks ahead, unless the sentence tells of the past.
        ("Forecasters expect the winds to ease by Monday.", &[("Monday", "2023-03-20")]),
        ("The fire had burned 800 acres by Tuesday.", &[("Tuesday", "2023-03-14")]),
        // What a verb of anticipation reports looks ahead; the day it was said does not.
        ("Unions warned of strikes across the network in the fall.", &[("the fall", "2023-FA")]),
        ("Pilots threatened on Monday to strike in the fall.", &[("Monday", "2023-03-13"), ("the fall", "2023-FA")]),
        ("Pilots went on strike in the fall.", &[("the fall", "2022-FA")]),
        ("He warned in January that rates would rise.", &[("January", "2023-01")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn anchored_dates() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The ministers will meet on April 3 and sign the accord the following day.",
            &[("April 3", "2023-04-03"), ("the following day", "2023-04-04")],
        ),
        (
            "The ceasefire began on March 2 and collapsed the next day.",
            &[("March 2", "2023-03-02"), ("the next day", "2023-03-03")],
        ),
        ("The bridge opened in 2015. That year, traffic doubled.", &[("2015", "2015"), ("That year", "2015")]),
        ("He resigned in 2014 and died the following year.", &[("2014", "2014"), ("the following year", "2015")]),
        (
            "It filed on May 3, 2021, after the vote. The day before, it had warned.",
            &[("May 3, 2021", "2021-05-03"), ("The day before", "2021-05-02")],
        ),
        (
            "Third-quarter profit rose to $5 million from $4 million a year earlier.",
            &[("Third-quarter", "2022-Q3"), ("a year earlier", "2021-Q3")],
        ),
        (
            "Profit in the third quarter rose. In the year-ago quarter it fell.",
            &[("the third quarter", "2022-Q3"), ("the year-ago quarter", "2021-Q3")],
        ),
        ("Net income rose 5% in the quarter.", &[("the quarter", "2022-Q4")]),
        ("Sales were flat a year ago.", &[("a year ago", "2022")]),
        // The quarter under discussion is the latest finished one named: a forecast for the
        // quarter under way, a comparison with an earlier quarter or a date do not replace it.
        (
            "Third-quarter profit rose, and it expects fourth-quarter sales to slow. Profit in the \
             latest quarter was $9 million, against $7 million a year ago.",
            &[
                ("Third-quarter", "2022-Q3"),
                ("fourth-quarter", "2023-Q4"),
                ("the latest quarter", "2022-Q3"),
                ("a year ago", "2021-Q3"),
            ],
        ),
        (
            "Third-quarter net rose from the second quarter. In the year-earlier period it fell; in \
             the 2021 quarter it was $2 million.",
            &[
                ("Third-quarter", "2022-Q3"),
                ("the second quarter", "2022-Q2"),
                ("the year-earlier period", "2021-Q3"),
                ("the 2021 quarter", "2021-Q3"),
            ],
        ),
        (
            "Third-quarter profit rose. Sales for the quarter ended Sept. 30 grew, and the latest \
             period included a gain.",
            &[
                ("Third-quarter", "2022-Q3"),
                ("the quarter", "2022-Q3"),
                ("Sept. 30", "2022-09-30"),
                ("the latest period", "2022-Q3"),
            ],
        ),
        // A rule in force from a date looks ahead unless the sentence is in the past.
        ("The ban takes effect on Dec. 1.", &[("Dec. 1", "2023-12-01")]),
        ("The ban took effect on Dec. 1.", &[("Dec. 1", "2022-12-01")]),
        ("The ban goes into effect Monday.", &[("Monday", "2023-03-20")]),
        ("The hearing is set for Wednesday.", &[("Wednesday", "2023-03-22")]),
        // Without a quarter under discussion, the same period last year is last year.
        (
            "Exports rose in the first two months, against the same period last year.",
            &[("the first two months", "P2M"), ("the same period last year", "2022")],
        ),
        // `in the next five years` is the period, `in five years` the date.
        (
            "Output will double in the next five years and peak in five years.",
            &[("the next five years", "P5Y"), ("five years", "2028")],
        ),
        // Results for nine months are compared with the same nine months a year before: a year.
        (
            "Third-quarter net rose. For the nine months, net was $9 million, compared with $7 million \
             a year earlier and a loss in the 2021 period.",
            &[
                ("Third-quarter", "2022-Q3"),
                ("the nine months", "P9M"),
                ("a year earlier", "2021"),
                ("the 2021 period", "2021"),
            ],
        ),
        // Naming a quarter again makes it the period under discussion.
        (
            "For the first nine months, sales rose. In the third quarter, they fell from a year ago.",
            &[("the first nine months", "P9M"), ("the third quarter", "2022-Q3"), ("a year ago", "2021-Q3")],
        ),
        // The day a quarter ended says which quarter it is: the calendar quarter that holds most
        // of it, unless a fiscal quarter is under discussion.
        (
            "In the quarter ended July 31, the chain had 5.6 million shares.",
            &[("the quarter", "2022-Q2"), ("July 31", "2022-07-31")],
        ),
        (
            "Profit will rise in the quarter ending Dec. 31, 2023, the firm said.",
            &[("the quarter", "2023-Q4"), ("Dec. 31, 2023", "2023-12-31")],
        ),
        (
            "Earnings rose in the fiscal second quarter. For the quarter ended Sept. 30, net was $4 million.",
            &[("the fiscal second quarter", "2022-Q2"), ("the quarter", "2022-Q2"), ("Sept. 30", "2022-09-30")],
        ),
        // The end of the year has the year's value: this one ahead, the last one behind.
        ("The sale should close by year-end.", &[("year-end", "2023")]),
        ("The index is up 12% since year-end.", &[("year-end", "2022")]),
        ("The lender will be sold by year's end.", &[("year's end", "2023")]),
        ("Year-end bonuses were cut.", &[]),
        ("The rebuilt line may open around year end.", &[("year end", "2023")]),
        // Two quarters of a year are its half.
        (
            "The slump will last through the first two quarters of 2024.",
            &[("the first two quarters of 2024", "2024-H1")],
        ),
        ("Profit fell in the last two quarters.", &[("the last two quarters", "P2Q")]),
        ("The deal should close in the second half of the year.", &[("the second half of the year", "2023-H2")]),
        // `later in the day` is the day the story is on; `at the end of the day` is an idiom.
        (
            "The envoy reached Kelby on March 9 and met the mayor later in the day.",
            &[("March 9", "2023-03-09"), ("later in the day", "2023-03-09")],
        ),
        ("At the end of the day, voters want jobs.", &[]),
        // A year does not say which day or month `that day` or `the following month` is.
        ("The plant opened in 1987. That day, the mayor spoke.", &[("1987", "1987"), ("That day", "1987-XX-XX")]),
        (
            "The law passed in 2019; the following month, suits were filed.",
            &[("2019", "2019"), ("the following month", "2019-XX")],
        ),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Lengths written as fractions, clock readings and compounds; lengths that only look like dates.
#[test]
fn durations_are_durations() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The flight took 5 1/2 hours.", &[("5 1/2 hours", "PT5H30M")]),
        ("The siege lasted one and a half years.", &[("one and a half years", "P1Y6M")]),
        ("A minute and a half later the alarm rang.", &[("A minute and a half", "PT1M30S")]),
        ("The talks ran for an hour and a half.", &[("an hour and a half", "PT1H30M")]),
        ("The meeting ran 2 1/2 days.", &[("2 1/2 days", "P2DT12H")]),
        ("She won the marathon in 2:21:07, a course record.", &[("2:21:07", "PT2H21M7S")]),
        ("He finished in 3:07:35 after a late fade.", &[("3:07:35", "PT3H7M35S")]),
        ("Spending will grow over the next decade.", &[("the next decade", "P10Y")]),
        ("Rates will stay low for the coming year.", &[("the coming year", "P1Y")]),
        ("The plant will close over the next year or so.", &[("the next year", "2024")]),
        ("The birds arrived a month earlier than usual.", &[("a month", "P1M")]),
        ("A few days later the rebels withdrew.", &[("A few days", "PXD")]),
        ("He spoke several months before he resigned.", &[("several months", "PXM")]),
        ("The mine closed four years ago.", &[("four years ago", "2019")]),
        (
            "Output rose in February; the mine had closed four years ago.",
            &[("February", "2023-02"), ("four years ago", "2019")],
        ),
        ("It ended a decades-long feud.", &[("decades-long", "PXDE")]),
        ("A two-year-long review ended.", &[("two-year-long", "P2Y")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Holidays fall on their day of the year the tense or `last`/`next` points to.
#[test]
fn holidays() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Stores will stay open on Thanksgiving.", &[("Thanksgiving", "2023-11-23")]),
        ("Sales were strong over Christmas.", &[("Christmas", "2022-12-25")]),
        ("The family gathered on Christmas Eve.", &[("Christmas Eve", "2022-12-24")]),
        ("The law will take effect on New Year’s Day.", &[("New Year’s Day", "2024-01-01")]),
        ("The bridge will reopen before Easter.", &[("Easter", "2023-04-09")]),
        ("The strike began last Labor Day.", &[("last Labor Day", "2022-09-05")]),
        ("The parade on Memorial Day 2019 drew crowds.", &[("Memorial Day 2019", "2019-05-27")]),
        ("He spoke on Independence Day.", &[("Independence Day", "2022-07-04")]),
        // A holiday's name inside another name is no date.
        ("The Good Friday Agreement was signed in Belfast.", &[]),
        ("Ships rarely call at Easter Island.", &[]),
        ("On Friday President Ames signed the bill.", &[("Friday", "2023-03-17")]),
        // Without a tense, the holiday of the reference year.
        ("Halloween costumes are pricier.", &[("Halloween", "2023-10-31")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Two dates joined by a dash or `to` are the two ends of one range.
#[test]
fn range_ends() {
    let got = run("Headline\n\nShares were bought from Aug. 26 to Oct. 20 last year.\n", Some("2023-03-17"));
    let ends: Vec<(&str, Option<&str>)> = got.iter().map(|t| (t.0.as_str(), t.3.as_deref())).collect();
    assert_eq!(ends[..2], [("Aug. 26", Some("2022-10-20")), ("Oct. 20", None)]);
    let got = run("Headline\n\nThe drought of 2009-2010 was severe.\n", Some("2023-03-17"));
    let ends: Vec<(&str, Option<&str>)> = got.iter().map(|t| (t.0.as_str(), t.3.as_deref())).collect();
    assert_eq!(ends, [("2009-2010", Some("2010"))]);
    // The second end falls after the first, whatever verb stands nearer to it.
    let got = run(
        "Headline\n\nThe festival will run from Aug. 26 to Oct. 20, organizers said on Tuesday.\n",
        Some("2023-03-17"),
    );
    let ends: Vec<(&str, &str, Option<&str>)> =
        got.iter().map(|t| (t.0.as_str(), t.2.as_str(), t.3.as_deref())).collect();
    assert_eq!(ends[..2], [("Aug. 26", "2023-08-26", Some("2023-10-20")), ("Oct. 20", "2023-10-20", None)]);
    // A dash between unrelated figures is no range: the second is earlier.
    let got = run("Headline\n\nThe score was 2010-2009 at the end.\n", Some("2023-03-17"));
    assert!(got.iter().all(|t| t.3.is_none()));
}

/// The quarter a year before, parts of days and years, approximate and vague expressions.
#[test]
fn periods_parts_and_vague_references() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Profit rose in the third quarter. For the quarter a year ago, it was $3 million.",
            &[("the third quarter", "2022-Q3"), ("the quarter a year ago", "2021-Q3")],
        ),
        (
            "Sales fell in the third quarter from the corresponding period last year.",
            &[("the third quarter", "2022-Q3"), ("the corresponding period last year", "2021-Q3")],
        ),
        (
            "Third-quarter sales beat those of last year’s quarter.",
            &[("Third-quarter", "2022-Q3"), ("last year’s quarter", "2021-Q3")],
        ),
        (
            "Net rose in the third quarter; in the comparable year-ago quarter it fell.",
            &[("the third quarter", "2022-Q3"), ("the comparable year-ago quarter", "2021-Q3")],
        ),
        ("The blast came in January nineteen ninety-seven.", &[("January nineteen ninety-seven", "1997-01")]),
        ("Earnings will slow in the last half of 2023.", &[("the last half of 2023", "2023-H2")]),
        ("Sales grew through the last half of the ’80s.", &[("the last half of the ’80s", "198")]),
        ("Shares rose at mid-afternoon yesterday.", &[("mid-afternoon yesterday", "2023-03-16TAF")]),
        ("By mid afternoon the square was empty.", &[("mid afternoon", "2023-03-17TAF")]),
        ("Then, a week or so ago, the general chose a date.", &[("a week or so ago", "2023-W10")]),
        ("Holders may buy shares at half the then current price.", &[("then current", "PAST_REF")]),
        ("Solar power will one day be the main source.", &[("one day", "FUTURE_REF")]),
        ("The craft has been kept alive for more than two thousand years.", &[("more than two thousand years", "P2L")]),
        ("It was the first profit in years.", &[("years", "PXY")]),
        ("Over the years the rules grew.", &[("the years", "PXY")]),
        ("The years of plenty ended.", &[]),
        ("Rates may stay high in the near term.", &[("the near term", "FUTURE_REF")]),
        ("The shares will be sold at a later date.", &[("a later date", "FUTURE_REF")]),
        ("There were sell-offs in past years, too.", &[("past years", "PAST_REF")]),
        ("He followed a several-year tenure as editor.", &[("several-year", "PXY")]),
        (
            "The index fell Friday, 4% below the previous Friday.",
            &[("Friday", "2023-03-17"), ("the previous Friday", "2023-03-10")],
        ),
        (
            "Talks opened on March 1 and ended the following Monday.",
            &[("March 1", "2023-03-01"), ("the following Monday", "2023-03-06")],
        ),
        ("Hate crimes fell through the nineties.", &[("the nineties", "199")]),
        ("The navy may use the base for at least 20 more years.", &[("at least 20 more years", "P20Y")]),
        ("The loan may be extended for an additional year.", &[("an additional year", "P1Y")]),
        ("Shares fell eight trading days in a row.", &[("eight trading days", "P8D")]),
        ("Funds may have to sell bonds in the weeks ahead.", &[("the weeks ahead", "PXW")]),
        ("Sales were delayed earlier in the year by rain.", &[("earlier in the year", "2023")]),
        ("Paribas said Navigation's 2022 profit rose.", &[("2022", "2022")]),
        // A capitalized unit noun in the body is a title.
        ("Speaking on ABC’s “This Week,” the minister said little.", &[]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Recurrences: adverbs, `every`, and how often in a unit.
#[test]
fn frequencies() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The paper is printed daily.", &[("daily", "P1D")]),
        ("The rent is paid annually.", &[("annually", "P1Y")]),
        ("The board meets twice a week.", &[("twice a week", "P1W")]),
        ("The ferry sails three times a day.", &[("three times a day", "P1D")]),
        ("The index is reviewed once a year.", &[("once a year", "P1Y")]),
        ("The bins are emptied every other week.", &[("every other week", "P2W")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn durations_sets_and_references() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The war has lasted three years.", &[("three years", "P3Y")]),
        ("It took six months to build.", &[("six months", "P6M")]),
        ("The feud lasted a decade.", &[("a decade", "P10Y")]),
        ("A two-week trip began.", &[("two-week", "P2W")]),
        ("The meeting ran for 90 minutes.", &[("90 minutes", "PT90M")]),
        ("The currency sank to a five year low.", &[("five year", "P5Y")]),
        ("She served nearly thirty years on the bench.", &[("nearly thirty years", "P30Y")]),
        ("The talks lasted more than four hours.", &[("more than four hours", "PT4H")]),
        ("Sales fell in the past two months.", &[("the past two months", "P2M")]),
        ("Sales rose in the first nine months.", &[("the first nine months", "P9M")]),
        ("He waited a few days.", &[("a few days", "PXD")]),
        ("They have been friends for several years.", &[("several years", "PXY")]),
        ("The strike went on for weeks.", &[("weeks", "PXW")]),
        ("The retrofit took 3 1/2 years.", &[("3 1/2 years", "P3Y6M")]),
        ("The index is updated every year.", &[("every year", "P1Y")]),
        ("The magazine appears weekly.", &[("weekly", "P1W")]),
        ("The fair is held each March.", &[("each March", "XXXX-03")]),
        ("The club meets each Thursday.", &[("each Thursday", "XXXX-WXX-4")]),
        ("It pumps 1.2 million barrels a day.", &[]),
        ("It takes about a week.", &[("a week", "P1W")]),
        ("Prices are now higher.", &[("now", "PRESENT_REF")]),
        ("He is currently abroad.", &[("currently", "PRESENT_REF")]),
        ("She recently moved.", &[("recently", "PAST_REF")]),
        ("Prices will rise soon.", &[("soon", "FUTURE_REF")]),
        ("Rainfall has dropped in recent decades.", &[("recent decades", "PXDE")]),
        ("It was common in the past.", &[("the past", "PAST_REF")]),
        ("It may change in the future.", &[("the future", "FUTURE_REF")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn times_of_day() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The quake struck March 17 at 9:41 a.m. ET.", &[("March 17 at 9:41 a.m. ET", "2023-03-17T09:41")]),
        ("The polls close at 8 p.m.", &[("8 p.m.", "2023-03-17T20:00")]),
        // The wire's four-digit clock before a time zone; alone, four digits stay a year.
        ("Shares were down 3 percent by 1030 GMT.", &[("1030 GMT", "2023-03-17T10:30")]),
        ("The mill was built in 1030 by monks.", &[("1030", "1030")]),
        ("The ceremony starts at noon.", &[("noon", "2023-03-17T12:00")]),
        ("The curfew begins at midnight.", &[("midnight", "2023-03-17T24")]),
        ("The tender will close at 4 p.m. EST, Oct. 9.", &[("4 p.m. EST, Oct. 9", "2023-10-09T16:00")]),
        ("The hearing was adjourned at noon Monday.", &[("noon Monday", "2023-03-13T12:00")]),
        ("The fire started around 8:20 p.m.", &[("around 8:20 p.m.", "2023-03-17T20:20")]),
        ("The bill passed this morning.", &[("this morning", "2023-03-17TMO")]),
        ("Shelling resumed Saturday night.", &[("Saturday night", "2023-03-11TNI")]),
        ("Shelling resumed last night.", &[("last night", "2023-03-16TNI")]),
        ("The show airs Tuesday nights.", &[("Tuesday nights", "XXXX-WXX-2TNI")]),
        // A clock time takes the day named before it in its sentence, not the reference date.
        (
            "On March 3, the guards left their posts at 6 p.m., an inquiry found.",
            &[("March 3", "2023-03-03"), ("6 p.m.", "2023-03-03T18:00")],
        ),
        (
            "Rescuers arrived Tuesday, and the fire was out by 9 p.m.",
            &[("Tuesday", "2023-03-14"), ("9 p.m.", "2023-03-14T21:00")],
        ),
        // In the next sentence, the day no longer holds.
        (
            "The talks began on March 3. They end at 5 p.m.",
            &[("March 3", "2023-03-03"), ("5 p.m.", "2023-03-17T17:00")],
        ),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn not_times() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The two envoys have met 14 times since 2016.", &[("2016", "2016")]),
        ("He paid $2019 for the car.", &[]),
        ("She may leave the party.", &[]),
        ("May said the vote would go ahead.", &[("would", "")][..0]),
        ("Thousands joined a protest march in the capital.", &[]),
        ("March organizers said 2000 people came.", &[]),
        ("The deal was struck in May.", &[("May", "2022-05")]),
        ("The report was due by March.", &[("March", "2023-03")]),
        ("Its third term began.", &[]),
        ("The group has 2500 members.", &[]),
        ("The fall in prices hurt farmers.", &[]),
        ("She won gold at the Winter Olympics.", &[]),
        // Any spring: a season in general is no date.
        ("Prices tend to fall in spring.", &[]),
        ("The company reported 1,500 new orders.", &[]),
        ("He still runs Windows 2000 at home.", &[]),
        ("He won 1,500 votes.", &[]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn wire_sentences() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The central bank raised rates on Wednesday.", &[("Wednesday", "2023-03-15")]),
        ("The central bank will decide on Thursday.", &[("Thursday", "2023-03-23")]),
        ("Lawmakers are expected to vote on Monday.", &[("Monday", "2023-03-20")]),
        ("Officials had met on Sunday.", &[("Sunday", "2023-03-12")]),
        ("The strike ended on Jan. 3.", &[("Jan. 3", "2023-01-03")]),
        ("The company will report earnings on April 27.", &[("April 27", "2023-04-27")]),
        ("The court ruled on Nov. 30 that the law stood.", &[("Nov. 30", "2022-11-30")]),
        ("Shares have fallen 20% since January.", &[("January", "2023-01")]),
        ("The talks stalled in October.", &[("October", "2022-10")]),
        ("The plant will close in October.", &[("October", "2023-10")]),
        ("The deal should close by June.", &[("June", "2023-06")]),
        ("The truce held until May 2021.", &[("May 2021", "2021-05")]),
        ("The figures cover 2020 through 2022.", &[("2020 through 2022", "2020")]),
        ("He led the firm from 1998 until 2004.", &[("1998 until 2004", "1998")]),
        ("Output fell in the second half.", &[("the second half", "2022-H2")]),
        ("Output rose in the first half of 2021.", &[("the first half of 2021", "2021-H1")]),
        ("Growth slowed in the fourth quarter.", &[("the fourth quarter", "2022-Q4")]),
        ("Growth will pick up in the fourth quarter.", &[("the fourth quarter", "2023-Q4")]),
        ("Last year's fourth quarter was weak.", &[("Last year's fourth quarter", "2022-Q4")]),
        ("The bank expects a rebound next quarter.", &[("next quarter", "2023-Q2")]),
        ("Prices fell last quarter.", &[("last quarter", "2022-Q4")]),
        (
            "The bill passed last month and takes effect next month.",
            &[("last month", "2023-02"), ("next month", "2023-04")],
        ),
        ("The index hit a record earlier this month.", &[("earlier this month", "2023-03")]),
        ("The vote is set for later this year.", &[("later this year", "2023")]),
        ("The deal closed three months ago.", &[("three months ago", "2022-12")]),
        ("The rebels seized the town 10 days ago.", &[("10 days ago", "2023-03-07")]),
        ("The company was founded a decade ago.", &[("a decade ago", "201")]),
        ("He stepped down last decade.", &[("last decade", "201")]),
        ("It was the worst crisis of the century.", &[]),
        (
            "Talks resumed on Monday. The following day, they broke down.",
            &[("Monday", "2023-03-13"), ("The following day", "2023-03-14")],
        ),
        (
            "The ship docked on March 1. The next day, it left.",
            &[("March 1", "2023-03-01"), ("The next day", "2023-03-02")],
        ),
        (
            "The vote was held in 2018. The following year, he resigned.",
            &[("2018", "2018"), ("The following year", "2019")],
        ),
        ("The mine has produced gold for decades.", &[("decades", "PXDE")]),
        ("The firm cut 300 jobs over the past three years.", &[("the past three years", "P3Y")]),
        ("Exports will grow over the next five years.", &[("the next five years", "P5Y")]),
        ("The drought has lasted 18 months.", &[("18 months", "P18M")]),
        ("The rover worked for 15 years.", &[("15 years", "P15Y")]),
        ("The flight took 11 hours.", &[("11 hours", "PT11H")]),
        ("The ceasefire lasted 72 hours.", &[("72 hours", "PT72H")]),
        ("A 30-day review began.", &[("30-day", "P30D")]),
        ("She signed a three-year contract.", &[("three-year", "P3Y")]),
        ("He was jailed for a year.", &[("a year", "P1Y")]),
        ("The mission lasted almost a month.", &[("almost a month", "P1M")]),
        ("The visa allows stays of up to 90 days.", &[("up to 90 days", "P90D")]),
        ("Results are published monthly.", &[("monthly", "P1M")]),
        ("The rate is reviewed annually.", &[("annually", "P1Y")]),
        ("The board meets every month.", &[("every month", "P1M")]),
        ("He jogs every Sunday.", &[("every Sunday", "XXXX-WXX-7")]),
        ("The market opens on Tuesdays.", &[("Tuesdays", "XXXX-WXX-2")]),
        ("The newspaper pays a quarterly dividend.", &[]),
        ("Average daily volume rose.", &[]),
        ("There is no deal for now.", &[("now", "PRESENT_REF")]),
        ("Right now the talks are stuck.", &[("Right now", "PRESENT_REF")]),
        ("The current crisis began in the spring.", &[("current", "PRESENT_REF"), ("the spring", "2023-SP")]),
        ("Stocks fell in recent weeks.", &[("recent weeks", "PXW")]),
        ("The company will report results in the coming weeks.", &[("the coming weeks", "FUTURE_REF")]),
        ("The strike ended at midnight Sunday.", &[("midnight Sunday", "2023-03-12T24")]),
        ("The blast hit at 6:15 a.m. local time.", &[("6:15 a.m. local time", "2023-03-17T06:15")]),
        ("Voting ends at 20:00 on Sunday.", &[("20:00 on Sunday", "2023-03-12T20:00")]),
        ("Protests continued overnight and into Friday morning.", &[("Friday morning", "2023-03-17TMO")]),
        ("The minister spoke yesterday afternoon.", &[("yesterday afternoon", "2023-03-16TAF")]),
        ("The leaders will dine tonight.", &[("tonight", "2023-03-17TNI")]),
        ("The law dates from the 1970s.", &[("the 1970s", "197")]),
        ("It was built in the early 1900s.", &[("the early 1900s", "190")]),
        ("He moved there in mid-2019.", &[("mid-2019", "2019")]),
        ("The bridge opened in late 2020.", &[("late 2020", "2020")]),
        ("Work starts in early April.", &[("early April", "2023-04")]),
        ("The bond matures on 2030-06-30.", &[("2030-06-30", "2030-06-30")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn more_traps() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The march drew thousands.", &[]),
        ("Protesters will march on parliament.", &[]),
        ("Ms. May said the plan was fair.", &[]),
        ("It may rain later.", &[]),
        ("They met 12 times in 2019.", &[("2019", "2019")]),
        ("The firm has 1999 employees.", &[("1999", "1999")]),
        ("He stayed in Room 2019.", &[]),
        ("He scored 2,019 points.", &[]),
        ("The score was 3-2 at the break.", &[]),
        ("A 737 MAX jet crashed.", &[]),
        ("Sales hit 1.5 million units.", &[]),
        ("He was 44 years old when he retired.", &[]),
        ("The 120-year-old mill closed.", &[]),
        ("Each of the two sides lost.", &[]),
        ("Every one of them agreed.", &[]),
        ("It was the second time this week.", &[("this week", "2023-W11")]),
        ("Spring Street was closed.", &[]),
        ("The Summer Palace reopened.", &[]),
        ("Production will fall next year.", &[("next year", "2024")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

#[test]
fn without_reference_date() {
    let text = "Headline\n\nThe ministry said Friday it would act next week, as it did on March 20 and in 2019.\n";
    let got: Vec<(String, String)> = run(text, None).into_iter().map(|t| (t.0, t.2)).collect();
    let want = [("Friday", "XXXX-WXX-5"), ("next week", "XXXX-WXX"), ("March 20", "XXXX-03-20"), ("2019", "2019")];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // A quarter the story cannot place is what `a year earlier` counts from: not the year before.
    let text = "Headline\n\nKelby has struggled since 1987. It earned $4 million in the third quarter, \
                down from $6 million a year earlier.\n";
    let got: Vec<(String, String)> = run(text, None).into_iter().map(|t| (t.0, t.2)).collect();
    let want = [("1987", "1987"), ("the third quarter", "XXXX-Q3"), ("a year earlier", "XXXX")];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
}

proptest::proptest! {
    #[test]
    fn spans_are_valid(text in "\\PC{0,200}") {
        let article = crate::parse_with(&text, &crate::Options::default().with_reference_date(Date::parse_iso("2023-03-17")));
        for t in &article.times {
            proptest::prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }

    #[test]
    fn dates_never_panic(words in proptest::collection::vec(
        "(March|May|Friday|the|last|next|2019|20|1990s|’90s|a|year|ago|quarter|third|-|,|at|9:41|p\\.m\\.|early|mid-|in|weeks|\\$|%)",
        0..12,
    )) {
        let text = words.join(" ");
        let _ = crate::parse(&text);
        let _ = crate::parse_with(&text, &crate::Options::default().with_reference_date(Date::parse_iso("2024-02-29")));
    }
}

#[test]
fn never_panics_on_odd_text() {
    for text in ["", "—", "’", "Mar.", "March 99", "9:99 p.m.", "the 9990s", "Q9", "2 1/0 years", "éé 2019é"] {
        let _ = run(text, Some("2023-03-17"));
        let _ = run(text, None);
    }
}

/// Without a given date, the reference date comes from the publication line, the dateline, or
/// the latest full date the body states in the past tense, and says which.
#[test]
fn reference_date_is_given_published_dated_or_inferred() {
    use crate::ReferenceDateSource as Source;
    let source = |text: &str, given: Option<&str>| {
        let options = crate::Options::default().with_reference_date(given.and_then(Date::parse_iso));
        let a = crate::parse_with(text, &options);
        let friday = a.times.iter().find(|t| t.text == "Friday").map(|t| t.value.clone());
        (a.meta.reference_date.map(|d| d.to_string()), a.meta.reference_date_source, friday)
    };
    let body = "Talks ended on March 3, 2024, in Oslo. The envoys will meet again Friday.";
    let text = format!("Envoys Part Ways\n\n{body}\n");
    assert_eq!(source(&text, None), (Some("2024-03-03".into()), Some(Source::Inferred), Some("2024-03-08".into())));
    assert_eq!(source(&text, Some("2024-03-10")).1, Some(Source::Given));
    let stamped = format!("Envoys Part Ways\n\nPublished March 5, 2024\n\n{body}\n");
    assert_eq!(source(&stamped, None).0.as_deref(), Some("2024-03-05"));
    assert_eq!(source(&stamped, None).1, Some(Source::Published));
    let dated = "Envoys Part Ways\n\nOSLO 2024-03-04\n\nThe envoys will meet again Friday.\n";
    assert_eq!(source(dated, None), (Some("2024-03-04".into()), Some(Source::Dateline), Some("2024-03-08".into())));
    // A date ahead is no reference: the text is not dated by what it announces.
    let ahead = "Vote Set\n\nThe vote will be held on June 5, 2026. Polls open Friday.\n";
    assert_eq!(source(ahead, None), (None, None, Some("XXXX-WXX-5".into())));
    // The latest of the past dates.
    let two = "Strike Ends\n\nThe strike began on Jan. 9, 2023, and ended on Feb. 2, 2023. Work resumed Friday.\n";
    assert_eq!(source(two, None).0.as_deref(), Some("2023-02-02"));
    // A birth date before a later year the story tells of is no date of the story's own.
    let life = "Toolmaker Dies\n\nBorn on March 3, 1935, he took over the shop in 1958 and retired in 2004. \
                He died on Friday.\n";
    assert_eq!(source(life, None), (None, None, Some("XXXX-WXX-5".into())));
    let later =
        "Toolmaker Dies\n\nHe took over the shop in 1958. He died on March 3, 2024. A service was held Friday.\n";
    assert_eq!(source(later, None).0.as_deref(), Some("2024-03-03"));
}

/// A full date further down than the lead, after `of` or `since`, or on another weekday than the
/// one the lead tells of, is a date the story speaks of, not its own.
#[test]
fn inferred_reference_is_a_date_of_the_lead() {
    let reference = |text: &str| crate::parse(text).meta.reference_date.map(|d| d.to_string());
    let cases: &[(&str, Option<&str>)] = &[
        ("Deal Signed\n\nThe Orvale board signed the lease on March 3, 2024, in Velmora.\n", Some("2024-03-03")),
        (
            "Grain Deal\n\nThe Orvale board met to review its grain contract. Talks ended without a deal.\n\n\
             The first such deal was signed on March 26, 1996, in Velmora. A review followed Friday.\n",
            None,
        ),
        (
            "Panel Named\n\nThe council said Friday it would review the sinking. The ferry sank on May 9, \
             1991, near Orvale.\n",
            None,
        ),
        ("Border Talks\n\nThe envoys discussed a return to the borders of March 2, 1958, the ministry said.\n", None),
        ("Lease Runs\n\nThe Orvale board has held the lease since May 2, 2019, the mayor said.\n", None),
    ];
    for (text, want) in cases {
        assert_eq!(reference(text).as_deref(), *want, "in {text:?}");
    }
}

/// A dateline's month and day without a year stay the reference; the text gives only the year:
/// the one year it names that puts the day on the weekday of the lead, or the year of a copyright
/// line or of a full date within a week. When it cannot tell one year, there is no reference.
#[test]
fn dateline_day_takes_its_year_from_the_text() {
    let read = |text: &str| {
        let a = crate::parse(text);
        // The first time after the dateline's own date.
        let first = a.times.iter().find(|t| t.text.contains("day")).map(|t| (t.text.to_string(), t.value.clone()));
        let dateline = a.meta.dateline.as_ref().and_then(|d| d.date.clone());
        (a.meta.reference_date.map(|d| d.to_string()), dateline, first)
    };
    let lead = "ORVALE, Dec 1 (Reuters) - Tamsin Quorrel led the count in Orvale's mayoral vote on Monday, \
                officials said.\n\n";
    // 1997 puts Dec. 1 on a Monday; 1994 (`since`), 1998 (a date ahead) do not.
    let text = format!(
        "{lead}Quorrel, sworn in on Jan 27, 1998, wants fares back to their level of 1997. Her party has \
         ruled Orvale since 1994.\n"
    );
    let monday = Some(("Monday".to_string(), "1997-12-01".to_string()));
    assert_eq!(read(&text), (Some("1997-12-01".into()), Some("1997-12-01".into()), monday));
    // A year of the past alone, on another weekday: the year stays open.
    let envoy = "KESTRAL, Feb. 20 (UPI) -- The envoy spoke with the minister on Tuesday.\n\n\
                 The minister wants a return to the borders of March 2, 1958.\n";
    let tuesday = Some(("Tuesday".to_string(), "XXXX-WXX-2".to_string()));
    assert_eq!(read(envoy), (None, Some("XXXX-02-20".into()), tuesday));
    // The copyright line's year, when the day falls on the lead's weekday in it.
    let signed = format!("{envoy}\nCopyright 1996 by Kestral Wire. All rights reserved.\n");
    let tuesday = Some(("Tuesday".to_string(), "1996-02-20".to_string()));
    assert_eq!(read(&signed), (Some("1996-02-20".into()), Some("1996-02-20".into()), tuesday));
    // Two years that both put Feb. 20 on a Tuesday: no telling which.
    let two = "KESTRAL, Feb. 20 (UPI) -- The envoy spoke with the minister on Tuesday.\n\n\
               Talks failed in 1996 and again in 2001.\n";
    assert_eq!(read(two).0, None);
    // Without a weekday, a full date within a week of the day.
    let near = "ORVALE, March 3 (Reuters) - The Orvale board said talks with Velmora ended on March 1, 2024, \
                without a deal.\n";
    assert_eq!(read(near).0.as_deref(), Some("2024-03-03"));
    // Without a weekday, a year alone tells nothing.
    let year = "ORVALE, Nov. 19 (Reuters) - Tamsin Quorrel called for more police in Orvale.\n\n\
                She said crime rose in 2014.\n";
    assert_eq!(read(year).0, None);
}

/// `through`, `until` and `by` a weekday after a verb that sets a time ahead (an order, a grant,
/// an expectation) look ahead though the verb is past; a plan told with `was to` too.
#[test]
fn deadlines_set_in_the_past_look_ahead() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The governor ordered state offices closed through Tuesday.", &[("Tuesday", "2023-03-21")]),
        ("A ruling was expected by Thursday.", &[("Thursday", "2023-03-23")]),
        ("The board gave Orvale until Monday to reply.", &[("Monday", "2023-03-20")]),
        ("She was to sail for Velmora on Wednesday.", &[("Wednesday", "2023-03-22")]),
        // A period that ran out, a change by a past day, a purpose.
        ("The talks ran until Tuesday.", &[("Tuesday", "2023-03-14")]),
        ("Prices had fallen by Monday.", &[("Monday", "2023-03-13")]),
        ("Her offence was to publish a letter in May.", &[("May", "2022-05")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Words of time that are no date of an event: a contract or data month, a season across two
/// years, what is left of the year, a season in general, a game's quarter; `the next decade`
/// is from today, not from a year named before it.
#[test]
fn no_date_of_an_event() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The June figure will be published on Aug. 3.", &[("Aug. 3", "2023-08-03")]),
        ("The December Orvale future fell two points.", &[]),
        ("Orvale sold most of the 2011/12 harvest early.", &[]),
        ("Orvale will keep its fares flat for the rest of the year.", &[]),
        ("Ice melts faster in winter.", &[]),
        ("The plant will open in spring.", &[("spring", "2023-SP")]),
        ("Velmora ended the quarter with a 15-4 burst, Tamsor scoring nine points.", &[]),
        (
            "Fares peaked in 1990. Quorrel said the next decade would decide the port's future.",
            &[("1990", "1990"), ("the next decade", "203")],
        ),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// A clock time without a day in its sentence is on the day the lead tells of.
#[test]
fn clock_time_on_the_day_of_the_lead() {
    let text = "Warehouse Fire\n\nA fire damaged a warehouse in Velmora late Saturday, officials said.\n\n\
                A guard was questioned early Sunday, the fire chief said.\n\n\
                Crews were called to the site at about 11:15 p.m., the chief said.\n";
    let got = run(text, Some("2023-03-19"));
    let clock = got.iter().find(|t| t.0 == "about 11:15 p.m.").map(|t| t.2.as_str());
    assert_eq!(clock, Some("2023-03-18T23:15"));
}

#[test]
fn holiday_words_open_only_when_capitalized() {
    use super::scan::may_start;
    use crate::token::TokenKind::Word;
    for w in ["Good", "New", "Mother’s", "Thanksgiving", "St"] {
        assert!(may_start(Word, w), "{w}");
    }
    for w in ["good", "new", "mother", "labor"] {
        assert!(!may_start(Word, w), "{w}");
    }
}

#[test]
fn a_games_half_is_no_half_year() {
    let values =
        |text: &str| -> Vec<String> { run(text, Some("1996-08-24")).into_iter().map(|(_, _, v, _)| v).collect() };
    assert_eq!(values("The keeper made three saves in the first half."), Vec::<String>::new());
    assert_eq!(values("Rovers scored twice in the second half."), Vec::<String>::new());
    // (A rugby side's half: its words of play, a lost match.)
    assert_eq!(values("The Kites, who had lost two matches, dominated the second half."), Vec::<String>::new());
    assert_eq!(values("Their scrum-half crossed early in the second half."), Vec::<String>::new());
    assert_eq!(values("Profit rose in the first half, the company said."), ["1996-H1"]);
}

#[test]
fn a_games_quarter_is_no_quarter_of_the_year() {
    let values =
        |text: &str| -> Vec<String> { run(text, Some("2025-10-05")).into_iter().map(|(_, _, v, _)| v).collect() };
    assert_eq!(values("Oakes caught a 41-yard touchdown pass early in the fourth quarter."), Vec::<String>::new());
    assert_eq!(values("Profit rose 8% in the fourth quarter."), ["2025-Q4"]);
}

/// The direction of a bare month, weekday, quarter or weekend (reference Friday 2023-03-17).
#[test]
fn direction_of_bare_names() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        // `would` reaches the date after it, whatever is told after the date.
        (
            "Norvane said it would ship a cheaper model, the Pellix Mini, in January, aimed at schools.",
            &[("January", "2024-01")],
        ),
        (
            "The company said it would open a plant in Corvell in May, and that its old site was for sale.",
            &[("May", "2023-05")],
        ),
        (
            "Crews will resume the work on Saturday, after a pause last weekend caused by rain.",
            &[("Saturday", "2023-03-18"), ("last weekend", "2023-W10-WE")],
        ),
        // A participle tells the tense of the dates in its phrase, whatever follows.
        (
            "The levy, passed by 30 votes to 12 at a meeting on Wednesday night, will add £90 a year.",
            &[("Wednesday night", "2023-03-15TNI")],
        ),
        ("The deal, announced Monday, will close in May.", &[("Monday", "2023-03-13"), ("May", "2023-05")]),
        // `the Fed` is no past tense; `saw this coming` is no plan.
        ("She expects the Fed to cut rates again in May.", &[("May", "2023-05")]),
        ("Nobody saw this coming in May.", &[("May", "2022-05")]),
        // A quotation tells its own tense, not that of the verb that reports it.
        ("“Rates will fall in November,” Tovar said.", &[("November", "2023-11")]),
        // `ahead of` and `into` a possessive day look ahead from the day the sentence tells of.
        ("Funds sold on Friday ahead of the weekend.", &[("Friday", "2023-03-17"), ("the weekend", "2023-W11-WE")]),
        ("Dalby took a two-shot lead into Sunday's final round.", &[("Sunday", "2023-03-19")]),
        (
            "Dalby took a lead on Tuesday ahead of Thursday's round.",
            &[("Tuesday", "2023-03-14"), ("Thursday", "2023-03-16")],
        ),
        // `another Monday` is none in particular.
        ("“Every Monday it is another Monday,” she said.", &[("Every Monday", "XXXX-WXX-1")]),
        // The previous month is the one before the month reported on.
        (
            "Wages rose 0.3% in February from the previous month.",
            &[("February", "2023-02"), ("the previous month", "2023-01")],
        ),
        (
            "Wages rose in February. They were up 0.3% from the previous month and 4% from a year earlier.",
            &[("February", "2023-02"), ("the previous month", "2023-01"), ("a year earlier", "2022-02")],
        ),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
    // Without a tense, the first quarter named in December is the one to come.
    let got =
        run("Headline\n\n“Markets are pricing in a cut in the first quarter,” said Ilse Varga.\n", Some("2023-12-05"));
    assert_eq!(got[0].2, "2024-Q1");
    let got = run("Headline\n\nSales fell in the first quarter.\n", Some("2023-12-05"));
    assert_eq!(got[0].2, "2023-Q1");
}

/// Race times: a time with a fraction of a second is a length, never a time of day.
#[test]
fn race_times() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("2. Ria Somerkey (Norway) 1:21.78", &[("1:21.78", "PT1M21.78S")]),
        ("Fastest lap: Orlund 2:21.330", &[("2:21.330", "PT2M21.330S")]),
        ("1. Tavi Orlund (Chile) 1:02:18.052", &[("1:02:18.052", "PT1H2M18.052S")]),
        ("Orlund won in 1 hour 02 minutes 13.448 seconds.", &[("1 hour 02 minutes 13.448 seconds", "PT1H2M13.448S")]),
        ("Somerkey ran 3 minutes 49.09 seconds.", &[("3 minutes 49.09 seconds", "PT3M49.09S")]),
        ("The polls close at 8:30.", &[("8:30", "2023-03-17T08:30")]),
        ("The talks lasted two hours and ended.", &[("two hours", "PT2H")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}

/// Two days in a row joined by `and` are one range.
#[test]
fn days_joined_by_and() {
    let got = run("Headline\n\nThe races will be on December 14 and 15 in Halvik.\n", Some("2023-03-17"));
    assert_eq!(got, [("December 14 and 15".into(), "date".into(), "2023-12-14".into(), Some("2023-12-15".into()))]);
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Police said on March 3 and 15 people were hurt.", &[("March 3", "2023-03-03")]),
        ("The votes are on March 3 and 9.", &[("March 3", "2023-03-03")]),
    ];
    for (text, expect) in cases {
        check(text, expect);
    }
}
