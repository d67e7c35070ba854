//! Checks that need the words around a match: keeps, changes or drops a reading.

use super::reading::{Named, Point, Raw, Unit, Which};
use super::rules::{duration_value, month_name};
use super::scan::Tense;
use crate::lex::{is_count_noun, is_people_noun};
use crate::lexicon::Class;

/// Words around a match, for the checks the grammar cannot make alone.
pub(super) struct Around<'t> {
    pub(super) text: &'t str,
    pub(super) prev: &'t str,
    pub(super) prev2: &'t str,
    pub(super) next: &'t str,
    pub(super) next2: &'t str,
    /// The text of the paragraph right after the match.
    pub(super) after: &'t str,
    /// A verb before the match in its sentence sets a time ahead (`ordered`, `were expected`):
    /// read only after `by`, `until`, `till` and `through`.
    pub(super) set_ahead: bool,
    pub(super) tense: Tense,
    /// The match is in the headline, where every word may be capitalized.
    pub(super) headline: bool,
    /// The paragraph the match is in.
    pub(super) paragraph: &'t str,
}

/// Keeps, changes or drops a reading once the words around it are known.
pub(super) fn interpret(raw: Raw, around: &Around<'_>) -> Option<Raw> {
    // The word before in ASCII lowercase: on the stack when it is short, as it nearly always is,
    // rather than a string allocated for each match.
    let mut buf = [0u8; 32];
    match buf.get_mut(..around.prev.len()) {
        Some(lower) => {
            lower.copy_from_slice(around.prev.as_bytes());
            lower.make_ascii_lowercase();
            // Changing the case of ASCII bytes keeps UTF-8 valid.
            interpret_after(raw, around, std::str::from_utf8(lower).unwrap_or_default())
        }
        None => interpret_after(raw, around, &around.prev.to_ascii_lowercase()),
    }
}

/// [`interpret`], given the word before in ASCII lowercase.
fn interpret_after(raw: Raw, around: &Around<'_>, prev: &str) -> Option<Raw> {
    match raw {
        // `the March Orvale future`, `the June figure`: the kind of a contract or a
        // statistic, not a time.
        Raw::Named(Named::Month(_), Which::Tense) if prev == "the" && names_a_kind(around) => None,
        // A bare month: `May` and `March` are also a verb and a noun, so they need a cue.
        Raw::Named(Named::Month(m), Which::Tense) if m == 3 || m == 5 => Class::MonthCue.has(prev).then_some(raw),
        // A bare season needs a determiner or preposition: `in the spring`, not `prices fall`.
        Raw::Named(Named::Season(_), Which::Tense) => {
            let the = around.text.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "));
            // `the fall in prices`, `the spring of discontent`: a noun.
            let noun = matches!(around.next, "in" | "of");
            // `ponds freeze in winter`: any winter, in a sentence of no past or future.
            let generic = !the && around.tense == Tense::Unknown && matches!(prev, "in" | "during");
            (the && !noun || Class::SeasonCue.has(prev) && !generic).then_some(raw)
        }
        // `three saves in the first half`, `scored early in the fourth quarter`: a game's half or
        // quarter, not the year's.
        Raw::Named(Named::Half(_) | Named::Quarter(_), Which::Tense) => {
            (!tells_of_a_game(around.paragraph)).then_some(raw)
        }
        // `ended the quarter with a 15-4 burst`: the game's, in a paragraph of play that counts no
        // money (`sales grew 2% in the quarter … to cut $4 million` are a company's).
        Raw::CurrentQuarter => {
            let money = around.paragraph.contains(['$', '€', '£', '%']) || around.paragraph.contains("percent");
            (money || !tells_of_a_game(around.paragraph)).then_some(raw)
        }
        // `soon after`, `as soon as`: a conjunction.
        Raw::Ref("FUTURE_REF") if around.text.eq_ignore_ascii_case("soon") => {
            (prev != "as" && !around.next.eq_ignore_ascii_case("after")).then_some(raw)
        }
        // `quarterly dividend`, `daily volume`: an adjective, not a recurrence.
        Raw::Set(_) if !around.text.contains(' ') && around.text.ends_with("ly") => {
            let noun_follows =
                around.next.starts_with(char::is_lowercase) && !Class::ClauseLink.has_as_written(around.next);
            (!noun_follows).then_some(raw)
        }
        // A bare year is not money (`$2019`), a count (`2019 people`) or an address number.
        Raw::Abs(Point::Year(y)) => {
            let money = matches!(around.prev, "$" | "€" | "£" | "¥" | "#" | "No" | "no" | "No.");
            let approx = matches!(prev, "than" | "about" | "nearly" | "almost" | "some" | "roughly" | "approximately");
            let unit = is_people_noun(around.next) || around.next == "%" || approx;
            let cue = Class::MonthCue.has(prev);
            let plain = (1900..=2100).contains(&y) || cue || around.text.contains(' ');
            // `Falcon 2000`, `Windows 2000`: a capitalized name before the number.
            let opens = matches!(around.prev2, "" | "." | "!" | "?" | ":" | "“" | "\"" | "‘");
            // (`Paribas's 1989 profit` is the year: a possessive owns it.)
            let possessive = around.prev.ends_with("'s") || around.prev.ends_with("’s");
            let name = around.prev.starts_with(char::is_uppercase)
                && !possessive
                && !cue
                && !opens
                && month_name(around.prev).is_err()
                && !around.text.contains(' ');
            // `the 2011/12 harvest`, `the 2023/24 season`: a season across two years, not the first.
            let split = around.after.starts_with('/');
            (!money && !unit && plain && !name && !split).then_some(raw)
        }
        // `weeks` alone is a duration only as the object of `for`, `in` or `within` (`the first time in years`).
        Raw::Duration { bare: true, .. } => matches!(prev, "for" | "within" | "over" | "in").then_some(raw),
        // `a year` after an amount or `once`, `twice` is a rate (`$5 a year`, `twice a week`): the amount keeps it.
        Raw::Duration { article: true, .. } => {
            let rate = matches!(prev, "times" | "once" | "twice" | "million" | "billion" | "thousand")
                || around.prev.starts_with(|c: char| c.is_ascii_digit())
                || is_count_noun(around.prev) && !matches!(prev, "for" | "of");
            (!rate).then_some(raw)
        }
        // (`the rest of the year` is what is left of it, no date.)
        Raw::TheYear => {
            let rest = ["rest", "remainder", "balance"].iter().any(|w| w.eq_ignore_ascii_case(around.prev2));
            (matches!(prev, "for" | "during" | "of" | "through" | "throughout") && !rest).then_some(raw)
        }
        // `by year-end`, `since year's end`; but `year-end bonuses` is a kind of bonus.
        Raw::YearEnd => Class::YearEndCue.has(prev).then_some(raw),
        // `barrels per day`: a rate that the amount keeps.
        Raw::Set(_) if around.text.starts_with("per ") => {
            let rate = around.prev.starts_with(|c: char| c.is_ascii_digit())
                || is_count_noun(around.prev)
                || matches!(prev, "million" | "billion" | "thousand");
            (!rate).then_some(raw)
        }
        // `over the next decade`, `for the coming year`: a length of time ahead (but `the next year or
        // so` is a date).
        Raw::Rel(unit, 1) | Raw::Anchored(unit, 1)
            if around.text.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "))
                && matches!(prev, "over" | "for" | "within" | "during")
                && !around.next.eq_ignore_ascii_case("or") =>
        {
            Some(Raw::Duration { value: duration_value(Some(1.0), unit), bare: false, article: false })
        }
        // `will one day be`: some day ahead, not a length.
        Raw::Duration { .. }
            if around.text.eq_ignore_ascii_case("one day")
                && (Class::ModalVerb.has(prev) || matches!(prev, "will" | "would" | "shall")) =>
        {
            Some(Raw::Ref("FUTURE_REF"))
        }
        // `every Monday it's another Monday`: any one of them, not a date.
        Raw::Named(Named::Weekday(_) | Named::Month(_) | Named::Weekend, Which::Tense) if prev == "another" => None,
        // `the Good Friday Agreement`, `Black Monday Fund`: a weekday between capitalized words is in a name.
        Raw::Named(Named::Weekday(_), Which::Tense)
            if is_title_case(around.prev)
                && !Class::MonthCue.has(around.prev)
                && is_title_case(around.next)
                && !around.headline =>
        {
            None
        }
        // `ABC's “This Week”`, `Next Year in Jerusalem`: a title, when the unit noun is capitalized
        // in the body (but not in text set all in capitals).
        Raw::Rel(..) if !around.headline && is_title_case(around.text.rsplit(' ').next().unwrap_or("")) => None,
        // `44 years old` is an age.
        Raw::Duration { .. } if around.next.eq_ignore_ascii_case("old") => None,
        // A duration after `in` in a future sentence is a date: `in three weeks`; but `in the next
        // five years` is the period.
        Raw::Duration { bare: false, ref value, .. }
            if prev == "in"
                && around.tense == Tense::Future
                && !around.prev2.eq_ignore_ascii_case("the")
                && !around.text.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the ")) =>
        {
            in_future(value).or(Some(raw))
        }
        _ => Some(raw),
    }
}

/// `in three weeks`: the date that many units from now, at the unit's granularity.
pub(super) fn in_future(value: &str) -> Option<Raw> {
    let body = value.strip_prefix('P')?;
    let (n, code) = body.split_at(body.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let unit = match code {
        "D" => Unit::Day,
        "W" => Unit::Week,
        "M" => Unit::Month,
        "Y" => Unit::Year,
        _ => return None,
    };
    Some(Raw::Rel(unit, n))
}

/// A word with a capital first letter and a lowercase letter after it: `Week`, not `week` or `WEEK`.
fn is_title_case(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && word.chars().skip(1).any(char::is_lowercase)
}

/// `the March Orvale future`, `the June figure`: a noun of [`Class::MonthNoun`] right after
/// the month, or after one capitalized word.
fn names_a_kind(around: &Around<'_>) -> bool {
    let capitalized = around.next.starts_with(char::is_uppercase) && Class::MonthNoun.has(around.next2);
    Class::MonthNoun.has_as_written(around.next) || capitalized && around.next2.starts_with(char::is_lowercase)
}

/// A paragraph that tells of a game in play: one of the lexicon's words of a match.
fn tells_of_a_game(paragraph: &str) -> bool {
    paragraph
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .any(|w| !w.is_empty() && crate::lexicon::with_lowercase(w, |w| Class::MatchWord.has(w)))
}
