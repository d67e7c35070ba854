//! Shared nom building blocks of the time and amount grammars: keywords, blanks, words,
//! numbers in digits and in words.
//!
//! Keywords compare ASCII letters without regard to case, on the input itself: a keyword
//! never matches a letter beyond ASCII, so a match never ends inside a character.
//!
//! Every rule returns [`Res`]. Its error type is nom's plain `Error`, which keeps no context;
//! to read why a rule failed, make [`Error`] nom-language's `VerboseError` and run the rule
//! on the text: the `context(…)` names the grammars put on their rules then come out with
//! the failure.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::{not, opt, recognize, verify};
use nom::multi::many1;
use nom::{IResult, Parser};

use crate::bytes::alpha_len;
use crate::lexicon::{self, Class};
use crate::token::GENERAL_PUNCTUATION;

/// The error of every rule.
pub(crate) type Error<'a> = nom::error::Error<&'a str>;

/// What every rule returns: the rest of the input and what was read.
pub(crate) type Res<'a, T> = IResult<&'a str, T, Error<'a>>;

/// A failure at `i`, for rules that decide by hand.
pub(crate) fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// True when `rest` does not continue the word or number just read.
pub(crate) fn at_boundary(rest: &str) -> bool {
    !rest.starts_with(char::is_alphanumeric)
}

/// `word` (ASCII, not empty), without regard to case.
pub(crate) fn tag_ci<'a>(word: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = Error<'a>> {
    move |i: &'a str| match ascii_prefix_len(i, word) {
        Some(n) => Ok((&i[n..], &i[..n])),
        None => fail(i),
    }
}

/// A keyword: `word` (ASCII) without regard to case, ending at a word boundary.
pub(crate) fn kw<'a>(word: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = Error<'a>> {
    move |i: &'a str| match ascii_prefix_len(i, word) {
        Some(n) if at_boundary(&i[n..]) => Ok((&i[n..], &i[..n])),
        _ => fail(i),
    }
}

/// The length of `word` (ASCII) when `i` opens with it, ignoring ASCII case. The bytes compared
/// are ASCII when they match, so the length ends on a character boundary; most tries fail at
/// the first byte, without decoding a character.
fn ascii_prefix_len(i: &str, word: &str) -> Option<usize> {
    let n = word.len();
    i.as_bytes().get(..n).filter(|head| head.eq_ignore_ascii_case(word.as_bytes())).map(|_| n)
}

/// Blanks between two words: spaces, tabs, line breaks, no-break spaces.
pub(crate) fn sp(i: &str) -> Res<'_, &str> {
    let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}');
    // ASCII blanks are counted byte by byte; only a byte that may open a no-break space (0xC2)
    // sends the text through the character search.
    let b = i.as_bytes();
    let ascii = b.iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')).count();
    let n = if b.get(ascii) == Some(&0xC2) { i.find(|c| !blank(c)).unwrap_or(i.len()) } else { ascii };
    match n {
        0 => fail(i),
        n => Ok((&i[n..], &i[..n])),
    }
}

/// An alphabetic word.
pub(crate) fn alpha(i: &str) -> Res<'_, &str> {
    match letters_len(i) {
        0 => fail(i),
        n => Ok((&i[n..], &i[..n])),
    }
}

/// The length of the run of letters (alphabetic characters) that opens `i`: ASCII letters are
/// read byte by byte, and characters are decoded only past a byte beyond ASCII.
pub(crate) fn letters_len(i: &str) -> usize {
    let ascii = alpha_len(i.as_bytes());
    match i.as_bytes().get(ascii) {
        Some(b) if !b.is_ascii() => i[ascii..].find(|c: char| !is_letter(c)).map_or(i.len(), |k| ascii + k),
        _ => ascii,
    }
}

/// An alphabetic character; a curly quote or a dash after a word is told apart without the
/// Unicode tables.
fn is_letter(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
}

/// Where the first letter (alphabetic character) of `i` stands: other ASCII bytes are skipped
/// without decoding a character.
pub(crate) fn first_letter(i: &str) -> Option<usize> {
    let b = i.as_bytes();
    let mut at = 0;
    while let Some(&c) = b.get(at) {
        if c.is_ascii_alphabetic() {
            return Some(at);
        }
        if c.is_ascii() {
            at += 1;
            continue;
        }
        let ch = i[at..].chars().next()?;
        if is_letter(ch) {
            return Some(at);
        }
        at += ch.len_utf8();
    }
    None
}

/// Digits written as a number, with its value: `3`, `1,200`, `3.5`, `1,200.75`. Groups of three
/// follow a comma only after one to three digits, and the last group ends the digits (`1,2345`
/// is `1`); no letters are read.
pub(crate) fn digits(i: &str) -> Res<'_, f64> {
    let digit = || satisfy(|c| c.is_ascii_digit());
    let grouped = recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        many1((char(','), take_while_m_n(3, 3, |c: char| c.is_ascii_digit()))),
        not(digit()),
    ));
    let whole = alt((grouped, take_while1(|c: char| c.is_ascii_digit())));
    let number = recognize((whole, opt((char('.'), take_while1(|c: char| c.is_ascii_digit())))));
    verify(number.map(value), |v: &f64| v.is_finite()).parse(i)
}

/// The value of a number in digits, commas left out.
fn value(number: &str) -> f64 {
    let parsed = if number.contains(',') { number.replace(',', "").parse() } else { number.parse() };
    parsed.unwrap_or(f64::NAN)
}

/// One number word with its value and whether it is a scale (`hundred`, `million`).
pub(crate) fn number_word(i: &str) -> Res<'_, (f64, bool)> {
    let (rest, w) = alpha(i)?;
    if let Some(v) = lexicon::number_value(w) {
        Ok((rest, (v, false)))
    } else if let Some(v) = lexicon::scale_value(w) {
        Ok((rest, (v, true)))
    } else {
        fail(i)
    }
}

/// `a` or `an`.
fn article(i: &str) -> Res<'_, &str> {
    alt((kw("a"), kw("an"))).parse(i)
}

/// What separates the words of a number: blanks or a hyphen (`forty-two`).
fn number_separator(i: &str) -> Res<'_, &str> {
    alt((sp, tag("-"))).parse(i)
}

/// A cardinal in words: `forty-two`, `one hundred thirty`, `twenty four`, `a million`, `two dozen`.
pub(crate) fn number_words(i: &str) -> Res<'_, f64> {
    // `a hundred`, `a million`, `a dozen` start with the article.
    let (after_article, lead): (&str, f64) = match (article, sp, number_word).parse(i) {
        Ok((_, (_, _, (_, true)))) => {
            let (rest, _) = (article, sp).parse(i)?;
            (rest, 1.0)
        }
        _ => (i, 0.0),
    };
    let (mut rest, (first, is_scale)) = match number_word(after_article) {
        Ok(found) => found,
        Err(_) if lead > 0.0 => return kw("dozen").map(|_| 12.0).parse(after_article),
        Err(e) => return Err(e),
    };
    let (mut total, mut current): (f64, f64) = (0.0, if is_scale { lead.max(1.0) * first } else { first });
    if is_scale && first > 100.0 {
        total = current;
        current = 0.0;
    }
    let mut last_small = if is_scale { None } else { Some(first) };
    while let Ok((after, _)) = number_separator(rest) {
        let after = match (kw("and"), sp).parse(after) {
            Ok((after_and, _)) if current > 0.0 && last_small.is_none() => after_and,
            _ => after,
        };
        let Ok((after_word, (v, scale))) = number_word(after) else {
            if let Ok((after_dozen, _)) = kw("dozen").parse(after) {
                current = current.max(1.0) * 12.0;
                rest = after_dozen;
            }
            break;
        };
        if !at_boundary(after_word) {
            break;
        }
        if scale {
            if v == 100.0 {
                current = current.max(1.0) * 100.0;
            } else {
                total += current.max(1.0) * v;
                current = 0.0;
            }
            last_small = None;
        } else {
            // `twenty four` joins, `four five` does not.
            match last_small {
                Some(before) if !(before >= 20.0 && before % 10.0 == 0.0 && v < 10.0) => break,
                _ => {}
            }
            current += v;
            last_small = Some(v);
        }
        rest = after_word;
    }
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, total + current))
}

/// A cardinal in digits or words, ending at a word boundary (a hyphen may follow: `10-year`).
pub(crate) fn cardinal(i: &str) -> Res<'_, f64> {
    if let Ok((rest, v)) = digits(i) {
        return if at_boundary(rest) { Ok((rest, v)) } else { fail(i) };
    }
    number_words(i)
}

/// True when `w` is a common unit noun of a count (`people`, `times`), not a plural a year could modify.
pub(crate) fn is_people_noun(w: &str) -> bool {
    Class::CountNoun.has(w) && w.starts_with(char::is_lowercase)
}

/// True when `w` reads as the unit noun of a count: `people`, `barrels`, `times`.
pub(crate) fn is_count_noun(w: &str) -> bool {
    if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') || !w.starts_with(char::is_lowercase) {
        return false;
    }
    lexicon::with_lowercase(w, |l| {
        Class::CountNoun.has_as_written(l)
            || l.len() > 3
                && l.ends_with('s')
                && !l.ends_with("ss")
                && !l.ends_with("is")
                && !l.ends_with("us")
                && !Class::NotPlural.has_as_written(l)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_ignore_ascii_case_only() {
        assert_eq!(kw("week").parse("WEEK ago"), Ok((" ago", "WEEK")));
        assert!(kw("week").parse("weeks").is_err());
        assert_eq!(kw("year-ago").parse("Year-Ago quarter"), Ok((" quarter", "Year-Ago")));
        // The Kelvin sign lowercases to `k` but is no ASCII letter: no match, and no slice inside it.
        assert!(kw("week").parse("wee\u{212A} later").is_err());
        assert!(tag_ci("ke").parse("\u{212A}e").is_err());
        assert_eq!(tag_ci("st").parse("ST Louis"), Ok((" Louis", "ST")));
    }

    #[test]
    fn blanks_words_and_digits() {
        assert_eq!(sp(" \u{a0}x"), Ok(("x", " \u{a0}")));
        assert!(sp("x").is_err());
        assert_eq!(alpha("théâtre 9"), Ok((" 9", "théâtre")));
        assert_eq!(digits("1,200.75 m"), Ok((" m", 1200.75)));
        assert_eq!(digits("1,2345"), Ok((",2345", 1.0)));
        assert_eq!(digits("12345"), Ok(("", 12345.0)));
        assert!(digits("x1").is_err());
    }

    fn check_number(text: &str, expect: Option<(f64, &str)>) {
        let got = cardinal(text).ok().map(|(rest, v)| (v, rest));
        assert_eq!(got, expect, "{text}");
    }

    #[test]
    fn cardinals() {
        let cases: &[(&str, Option<(f64, &str)>)] = &[
            ("3", Some((3.0, ""))),
            ("1,200 people", Some((1200.0, " people"))),
            ("3.5 percent", Some((3.5, " percent"))),
            ("12,345,678", Some((12345678.0, ""))),
            ("12345", Some((12345.0, ""))),
            ("forty-two", Some((42.0, ""))),
            ("twenty four hours", Some((24.0, " hours"))),
            ("one hundred thirty", Some((130.0, ""))),
            ("one hundred and fifty men", Some((150.0, " men"))),
            ("a hundred years", Some((100.0, " years"))),
            ("a million", Some((1e6, ""))),
            ("two dozen eggs", Some((24.0, " eggs"))),
            ("seventy million dollars", Some((70e6, " dollars"))),
            ("five six", Some((5.0, " six"))),
            ("10-year", Some((10.0, "-year"))),
            ("1990s", None),
            ("third", None),
            ("a year", None),
            ("someone", None),
        ];
        for (text, expect) in cases {
            check_number(text, *expect);
        }
    }
}
