//! Money, percentages, counts and numbers.
//!
//! The scan tries the `amount` grammar at every number, currency sign and
//! number word of the headline and body, skipping the numbers that belong to
//! a temporal expression (`2021` in `$140 billion in 2021` is a year, while
//! `$2019` is money and `39 times` a count). Currency names and codes come
//! from `data/currencies.tsv`.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::opt;
use rustc_hash::FxHashSet;

use crate::bytes::short_alpha;
use crate::context::Context;
use crate::lex::{
    Res, alpha, at_boundary, digits, fail, is_count_noun, is_people_noun, kw, number_word, number_words, sp,
};
use crate::lexicon::{self, Class, Classes};
use crate::model::{Amount, AmountKind, Approx, Role, Timex};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Finds the amounts of the article; `times` (sorted by position) are never amounts.
pub fn find<'a>(ctx: &Context<'a, '_>, times: &[Timex<'_>]) -> Vec<Amount<'a>> {
    // News prose has about one amount for every few dozen tokens: sized for that once rather
    // than grown by doublings that copy it.
    let mut out = Vec::with_capacity(ctx.tokens.len() / 32);
    for (n, p, toks) in ctx.paragraphs_with_tokens().filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline)) {
        let para = p.span.as_str(ctx.text);
        // Times are sorted, so a cursor keeps the overlap tests linear. The cursor's time is
        // kept as its bounds (none past the last time), for every token is tested against it.
        let bounds = |i: usize| times.get(i).map_or((usize::MAX, usize::MAX), |x| (x.span.start, x.span.end));
        let mut t_idx = times.partition_point(|t| t.span.end <= p.span.start);
        let mut time = bounds(t_idx);
        let classes = ctx.paragraph_classes(n);
        let mut k = 0;
        while k < toks.len() {
            let t = toks[k];
            while time.1 <= t.span.start {
                t_idx += 1;
                time = bounds(t_idx);
            }
            let covered = time.0 <= t.span.start;
            if covered || !may_start(&t, ctx.text, classes.get(k)) {
                k += 1;
                continue;
            }
            let Some(rest) = para.get(t.span.start - p.span.start..) else { break };
            let prev = k.checked_sub(1).map_or("", |j| toks[j].span.as_str(ctx.text));
            // A word token's classes are known: its first word needs no look-up.
            let known = (t.kind == TokenKind::Word).then(|| (t.span.len(), classes.get(k)));
            let found = amount(rest, known).ok().and_then(|(r, a)| {
                let span = Span::new(t.span.start, t.span.start + rest.len() - r.len());
                // An amount may not run into a time (`some 200 years`), except money before it.
                let hits_time = times.get(t_idx).is_some_and(|x| x.span.overlaps(span));
                (keep(&a, prev) && !hits_time).then_some((span, a))
            });
            let Some((span, a)) = found else {
                k += 1;
                continue;
            };
            out.push(Amount {
                span,
                text: Cow::Borrowed(span.as_str(ctx.text)),
                kind: a.kind,
                value: a.value,
                currency: a.currency.map(Cow::Borrowed),
                unit: a.unit.map(Cow::Borrowed),
                approx: a.approx,
            });
            k = toks[k..].iter().position(|u| u.span.start >= span.end).map_or(toks.len(), |n| n + k);
        }
    }
    out
}

/// True when a token may open an amount: a number, a sign, a number word, a modifier, a crowd
/// word, `a`, `half` or the beginning of a currency form. `classes` are the word's. Only a word
/// is sliced out of `text`.
fn may_start(t: &Token, text: &str, classes: Classes) -> bool {
    match t.kind {
        TokenKind::Number | TokenKind::Symbol => true,
        TokenKind::Word => {
            // The word's bytes: the common case needs no `str`, whose character boundaries a slice
            // would check.
            let bytes = text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default();
            // Currency words before a number are short: `US`, `HK`, `Rs`, `dlrs`, `USD`.
            let currency = || bytes.len() <= 4 && is_currency_prefix(bytes);
            // `half` stands alone as a fraction; the other fractions need a number before them.
            let opener = |classes: Classes, w: &[u8]| classes.has_any(OPENERS) || w.eq_ignore_ascii_case(b"half");
            // The common case, an ASCII word without a hyphen, in one pass over its bytes: its own
            // classes tell whether it is a number word. Most words are letters only, which
            // `short_alpha` tells by a word-wide test before any byte is read alone.
            if short_alpha(bytes) || bytes.iter().all(|&b| b.is_ascii() && b != b'-') {
                return opener(classes, bytes) || classes.has_any(NUMBER_WORDS) || currency();
            }
            let word = t.span.as_str(text);
            if word.is_ascii() {
                // The word is ASCII: a byte search finds what `find('-')` would, without a searcher.
                let number = match word.bytes().position(|b| b == b'-') {
                    Some(n) => lexicon::classes_among(&word[..n], NUMBER_WORDS).has_any(NUMBER_WORDS),
                    None => classes.has_any(NUMBER_WORDS),
                };
                return opener(classes, bytes) || number || currency();
            }
            lexicon::with_lowercase(word, |lower| {
                let head = lower.split(['-', '‑']).next().unwrap_or("");
                opener(lexicon::classes(lower), lower.as_bytes()) || lexicon::classes(head).has_any(NUMBER_WORDS)
            }) || currency()
        }
        _ => false,
    }
}

/// The classes of the first words of [`approx`].
const APPROX: &[Class] = &[Class::ApproxMoreThan, Class::ApproxLessThan, Class::ApproxAbout, Class::ApproxUpTo];
/// The classes of words that open an amount, besides number words, `half` and currency forms.
const OPENERS: &[Class] = &[
    Class::ApproxMoreThan,
    Class::ApproxLessThan,
    Class::ApproxAbout,
    Class::ApproxUpTo,
    Class::CrowdWord,
    Class::IndefiniteArticle,
];
/// Number words below a hundred.
const NUMBER_WORDS: &[Class] = &[Class::NumberUnderTwenty, Class::Tens];
/// The classes of the first words of a number in words (`forty`, `a million`).
const NUMBER: &[Class] = &[Class::NumberUnderTwenty, Class::Tens, Class::Scale, Class::IndefiniteArticle];
/// The classes of the first words of [`fraction`].
const FRACTION: &[Class] =
    &[Class::NumberUnderTwenty, Class::Tens, Class::Scale, Class::IndefiniteArticle, Class::FractionWord];

/// True when `w` is the beginning, up to four bytes, of a currency form other than a word: such a
/// word may open an amount.
fn is_currency_prefix(w: &[u8]) -> bool {
    // The first bytes of the prefixes rule most words out before the set is hashed.
    static TABLE: LazyLock<(FxHashSet<&'static [u8]>, [bool; 256])> = LazyLock::new(|| {
        let forms = currencies().iter().filter(|c| c.form.len() > 1 && c.position != Position::Word);
        let prefixes: FxHashSet<&[u8]> =
            forms.flat_map(|c| (0..=c.form.len().min(4)).filter_map(|n| c.form.get(..n)).map(str::as_bytes)).collect();
        let mut firsts = [false; 256];
        for p in &prefixes {
            if let Some(&b) = p.first() {
                firsts[usize::from(b)] = true;
            }
        }
        (prefixes, firsts)
    });
    let (prefixes, firsts) = &*TABLE;
    w.first().is_none_or(|&b| firsts[usize::from(b)]) && prefixes.contains(w)
}

/// An amount as the grammar reads it.
#[derive(Clone, Debug, PartialEq)]
struct Parsed<'a> {
    kind: AmountKind,
    value: f64,
    currency: Option<&'static str>,
    unit: Option<&'a str>,
    approx: Option<Approx>,
    /// Written in words only (`two`), which alone is too weak to report.
    words: bool,
}

/// Drops readings that are too weak alone: `one` (a pronoun), a bare number word, a rank.
fn keep(a: &Parsed<'_>, prev: &str) -> bool {
    let bare_word = a.words && a.kind == AmountKind::Number;
    let lone_one = a.words && a.value == 1.0 && a.kind == AmountKind::Count;
    // `No. 5`, `#3`: a rank, not an amount.
    let rank = matches!(prev, "No" | "#");
    // `the second half`, `the first half of the match`: a part, not a fraction.
    let part = a.value == 0.5
        && a.kind == AmountKind::Number
        && lexicon::with_lowercase(prev, |p| p == "the" || Class::Ordinal.has(p));
    !bare_word && !lone_one && !rank && !part
}

// ---------------------------------------------------------------------------
// Currencies.

/// How a currency name stands next to its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Position {
    Prefix,
    Word,
    Scaled,
    Code,
    Minor,
}

/// One line of `data/currencies.tsv`.
struct Currency {
    form: &'static str,
    position: Position,
    code: &'static str,
}

/// The currency table, longest forms first so that `US$` wins over `$`.
fn currencies() -> &'static [Currency] {
    static TABLE: OnceLock<Vec<Currency>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<Currency> = include_str!("../data/currencies.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut it = l.split('\t');
                let form = it.next()?;
                let position = match it.next()? {
                    "prefix" => Position::Prefix,
                    "word" => Position::Word,
                    "scaled" => Position::Scaled,
                    "code" => Position::Code,
                    "minor" => Position::Minor,
                    _ => return None,
                };
                Some(Currency { form, position, code: it.next()? })
            })
            .collect();
        table.sort_by_key(|c| std::cmp::Reverse(c.form.len()));
        table
    })
}

/// The currencies whose form starts with the first byte of `i`, in table order.
fn currencies_at(i: &str) -> impl Iterator<Item = &'static Currency> {
    static BY_FIRST_BYTE: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
        let mut index = vec![Vec::new(); 256];
        for (n, c) in currencies().iter().enumerate() {
            if let Some(&b) = c.form.as_bytes().first() {
                index[usize::from(b)].push(n);
            }
        }
        index
    });
    let ids = i.as_bytes().first().map_or(&[][..], |&b| &BY_FIRST_BYTE[usize::from(b)]);
    ids.iter().map(|&n| &currencies()[n])
}

/// A currency written before the number: `$`, `US$`, `€`, `Rs 100`, `USD 100`.
fn currency_before(i: &str) -> Res<'_, &'static str> {
    for c in currencies_at(i) {
        let Some(rest) = i.strip_prefix(c.form) else { continue };
        let digit_next = |r: &str| r.starts_with(|ch: char| ch.is_ascii_digit());
        let found = match c.position {
            // `Rs 100`, `dlrs 9`: a word needs a space and then the number.
            Position::Prefix if c.form.ends_with(|ch: char| ch.is_alphabetic()) => {
                sp(rest).ok().map(|(r, _)| r).filter(|r| digit_next(r))
            }
            Position::Prefix => Some(rest.trim_start_matches(' ')).filter(|r| digit_next(r)),
            Position::Code => sp(rest).ok().map(|(r, _)| r).filter(|r| digit_next(r)),
            _ => None,
        };
        if let Some(r) = found {
            return Ok((r, c.code));
        }
    }
    fail(i)
}

/// A currency written after the number: ` dollars`, ` yuan`, ` Canadian dollars`, ` cents`;
/// the flags tell a minor unit and a word that needs a scale.
fn currency_after(i: &str) -> Res<'_, (&'static str, bool, bool)> {
    let (i, _) = sp(i)?;
    for c in currencies_at(i) {
        if c.position == Position::Prefix {
            continue;
        }
        let Some(rest) = i.strip_prefix(c.form) else { continue };
        if at_boundary(rest) {
            return Ok((rest, (c.code, c.position == Position::Minor, c.position == Position::Scaled)));
        }
    }
    fail(i)
}

// ---------------------------------------------------------------------------
// Grammar.

/// The value of a scale word or suffix: `million`, `bn`, `m`, `crore`.
fn scale_word(w: &str) -> Option<f64> {
    lexicon::scale_value(w).or(match w {
        "bn" | "b" => Some(1e9),
        "m" | "mn" | "mln" => Some(1e6),
        "tn" | "trn" => Some(1e12),
        "k" => Some(1e3),
        "crore" => Some(1e7),
        "lakh" => Some(1e5),
        _ => None,
    })
}

/// A scale after a number: ` billion`, ` bn`, `bn`, `m` (attached), ` crore`.
fn scale(i: &str) -> Res<'_, f64> {
    let (rest, gap) = opt(sp).parse(i)?;
    let (r, w) = alpha(rest)?;
    let attached_only = matches!(w, "m" | "b" | "k");
    match scale_word(w) {
        Some(v) if !(attached_only && gap.is_some()) && at_boundary(r) => Ok((r, v)),
        _ => fail(i),
    }
}

/// `v` times a scale, rounded to a thousandth so that `512.7 million` is exactly 512700000.
fn scaled(v: f64, scale: f64) -> f64 {
    let r = v * scale;
    if r.abs() < 1e15 { (r * 1e3).round() / 1e3 } else { r }
}

/// True when `rest` cannot continue a number: no letter or digit, and no `:`, `/`, `.`, `,` or `-` before a digit.
fn number_ends(rest: &str) -> bool {
    let mut it = rest.chars();
    match it.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(':' | '/' | '.' | ',' | '-' | '–') => !it.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// A number in digits or words with its scale: `1.5 million`, `300m`, `seventy million`, `a million`;
/// the flag tells a number written in words.
fn quantity(i: &str) -> Res<'_, (f64, bool)> {
    if let Ok((rest, v)) = digits(i) {
        if let Ok((r, s)) = scale(rest) {
            return Ok((r, (scaled(v, s), false)));
        }
        return if number_ends(rest) { Ok((rest, (v, false))) } else { fail(i) };
    }
    let (rest, v) = number_words(i)?;
    Ok((rest, (v, true)))
}

/// `more than`, `nearly`, `up to`: the modifier of an amount, whose first word may be `opener`.
fn approx(i: &str, opener: Opener) -> Res<'_, Approx> {
    // Each group is tried, in order, only where its first word can stand.
    let group = |class, parse: fn(&str) -> Res<'_, Approx>| if opener.may(&[class]) { parse(i) } else { fail(i) };
    let (i, a) = group(Class::ApproxMoreThan, more_than)
        .or_else(|_| group(Class::ApproxLessThan, less_than))
        .or_else(|_| group(Class::ApproxAbout, about))
        .or_else(|_| group(Class::ApproxUpTo, up_to))?;
    let (i, _) = sp(i)?;
    Ok((i, a))
}

/// `more than`, `over`, `at least`, `upwards of`, `in excess of`, `above`.
fn more_than(i: &str) -> Res<'_, Approx> {
    alt((
        (kw("more"), sp, kw("than")).map(|_| Approx::MoreThan),
        kw("over").map(|_| Approx::MoreThan),
        (kw("at"), sp, kw("least")).map(|_| Approx::MoreThan),
        (kw("upwards"), sp, kw("of")).map(|_| Approx::MoreThan),
        (kw("in"), sp, kw("excess"), sp, kw("of")).map(|_| Approx::MoreThan),
        kw("above").map(|_| Approx::MoreThan),
    ))
    .parse(i)
}

/// `less than`, `fewer than`, `under`, `below`.
fn less_than(i: &str) -> Res<'_, Approx> {
    alt((
        (kw("less"), sp, kw("than")).map(|_| Approx::LessThan),
        (kw("fewer"), sp, kw("than")).map(|_| Approx::LessThan),
        kw("under").map(|_| Approx::LessThan),
        kw("below").map(|_| Approx::LessThan),
    ))
    .parse(i)
}

/// `about`, `nearly`, `some`, `close to`, `an estimated`.
fn about(i: &str) -> Res<'_, Approx> {
    alt((
        kw("about").map(|_| Approx::About),
        kw("around").map(|_| Approx::About),
        kw("roughly").map(|_| Approx::About),
        kw("approximately").map(|_| Approx::About),
        kw("nearly").map(|_| Approx::About),
        kw("almost").map(|_| Approx::About),
        kw("some").map(|_| Approx::About),
        (kw("close"), sp, kw("to")).map(|_| Approx::About),
        (kw("an"), sp, kw("estimated")).map(|_| Approx::About),
    ))
    .parse(i)
}

/// `up to`, `as many as`.
fn up_to(i: &str) -> Res<'_, Approx> {
    alt((
        (kw("up"), sp, kw("to")).map(|_| Approx::UpTo),
        (kw("as"), sp, alt((kw("many"), kw("much"), kw("high"))), sp, kw("as")).map(|_| Approx::UpTo),
    ))
    .parse(i)
}

/// An amount, with its modifier when it has one; `known` is the length and classes of the word
/// token `i` opens with, when it opens with one.
fn amount(i: &str, known: Option<(usize, Classes)>) -> Res<'_, Parsed<'_>> {
    // Each part is tried only where its first word can stand, in the order of an `alt`.
    let first = Opener::of(i, known);
    let (i, a) = if first.may(APPROX) { opt(|i| approx(i, first)).parse(i)? } else { (i, None) };
    // Without a modifier the amount opens with the same word.
    let opener = if a.is_some() { Opener::of(i, None) } else { first };
    let (rest, mut p) = money_before(i)
        .or_else(|_| if opener.may(&[Class::CrowdWord]) { crowd(i) } else { fail(i) })
        .or_else(|_| if opener.may(FRACTION) { fraction(i) } else { fail(i) })
        .or_else(|_| {
            let digit = i.as_bytes().first().is_some_and(u8::is_ascii_digit);
            if digit || opener.may(NUMBER) { quantity_after(i) } else { fail(i) }
        })?;
    p.approx = a.or(p.approx);
    Ok((rest, p))
}

/// What the word at the start of the input may open: the lexicon classes of its ASCII letters, or
/// anything when a letter beyond ASCII follows them (rare; the grammar decides).
#[derive(Clone, Copy)]
struct Opener(Option<Classes>);

impl Opener {
    /// What the word at the start of `i` may open; `known` is the length and classes of the word
    /// token `i` opens with, if any: a token that is all ASCII letters needs no look-up.
    fn of(i: &str, known: Option<(usize, Classes)>) -> Opener {
        let b = i.as_bytes();
        let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        match (b.get(n), known) {
            (Some(c), _) if !c.is_ascii() => Opener(None),
            (_, Some((len, classes))) if len == n => Opener(Some(classes)),
            _ => Opener(Some(lexicon::classes(&i[..n]))),
        }
    }

    /// True when the word may be one of `classes`.
    fn may(self, classes: &[Class]) -> bool {
        self.0.is_none_or(|c| c.has_any(classes))
    }
}

/// `$55 billion`, `US$1.2bn`, `€3.5 million`, `Rs 100 crore`, `USD 100`.
fn money_before(i: &str) -> Res<'_, Parsed<'_>> {
    let (i, code) = currency_before(i)?;
    let (rest, v) = digits(i)?;
    let (rest, v) = match scale(rest) {
        Ok((r, s)) => (r, scaled(v, s)),
        _ if number_ends(rest) => (rest, v),
        _ => return fail(i),
    };
    Ok((
        rest,
        Parsed { kind: AmountKind::Money, value: v, currency: Some(code), unit: None, approx: None, words: false },
    ))
}

/// `a third`, `two-thirds`, `three-quarters`, `half`: a fraction, when `of` or the end of a phrase follows
/// (`a third term` is an ordinal).
fn fraction(i: &str) -> Res<'_, Parsed<'_>> {
    let numerator = alt((kw("a").map(|_| 1.0), kw("one").map(|_| 1.0), number_word.map(|(v, _)| v)));
    let (i, n) = opt((numerator, alt((sp, tag("-")))).map(|(n, _)| n)).parse(i)?;
    let (rest, w) = alpha(i)?;
    let denominator = |lower: &str| match lower {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    };
    let Some(Some(d)) = lexicon::with_ascii_lowercase(w, denominator) else { return fail(i) };
    // A bare `third` or `quarter` is an ordinal or a period of the year; only `half` stands alone.
    if n.is_none() && d != 2.0 {
        return fail(i);
    }
    let next_is_of = kw("of").parse(rest.trim_start()).is_ok();
    let ends = !rest.trim_start().starts_with(char::is_alphanumeric);
    if !next_is_of && !ends {
        return fail(i);
    }
    let value = n.unwrap_or(1.0) / d;
    Ok((rest, Parsed { kind: AmountKind::Number, value, currency: None, unit: None, approx: None, words: false }))
}

/// `tens of thousands of protesters`, `hundreds of people`, `dozens of homes`.
fn crowd(i: &str) -> Res<'_, Parsed<'_>> {
    let base = alt((
        kw("tens").map(|_| 10.0),
        kw("hundreds").map(|_| 100.0),
        kw("thousands").map(|_| 1e3),
        kw("millions").map(|_| 1e6),
        kw("billions").map(|_| 1e9),
        kw("dozens").map(|_| 12.0),
        kw("scores").map(|_| 20.0),
    ));
    let (i, (b, ..)) = (base, sp, kw("of"), sp).parse(i)?;
    let more = alt((kw("thousands").map(|_| 1e3), kw("millions").map(|_| 1e6)));
    let (i, m) = opt((more, sp, kw("of"), sp).map(|(m, ..)| m)).parse(i)?;
    let (rest, noun) = unit_noun(i)?;
    let p = Parsed {
        kind: AmountKind::Count,
        value: b * m.unwrap_or(1.0),
        currency: None,
        unit: Some(noun),
        approx: Some(Approx::About),
        words: false,
    };
    Ok((rest, p))
}

/// A plural noun or a common unit noun, possibly after one adjective: `people`, `Iraqi prisoners`.
fn unit_noun(i: &str) -> Res<'_, &str> {
    let word = |i| take_while1(|c: char| c.is_alphabetic() || c == '-')(i);
    let (rest, w) = word(i)?;
    if is_count_noun(w) || is_people_noun(w) {
        return Ok((rest, w));
    }
    // `4,200 Syrian refugees`, `two new routes`.
    let (r2, w2) = (sp, word).map(|(_, w)| w).parse(rest)?;
    let not_adjective = Class::NotAdjective.has(w);
    let adjective = !not_adjective && scale_word(w).is_none();
    if (is_count_noun(w2) || is_people_noun(w2)) && adjective {
        return Ok((r2, w2));
    }
    fail(i)
}

/// A number followed by what it measures: a money word, a percent sign, a unit noun, or nothing.
fn quantity_after(i: &str) -> Res<'_, Parsed<'_>> {
    let (rest, (v, words)) = quantity(i)?;
    let written = &i[..i.len() - rest.len()];
    let plain = Parsed { kind: AmountKind::Number, value: v, currency: None, unit: None, approx: None, words };
    let scaled = written.contains(|c: char| c.is_alphabetic()) && (!words || v >= 1e3);
    // Money: `55 billion dollars`, `1.5 trillion yuan`, `5 cents`.
    if let Ok((r, (code, minor, needs_scale))) = currency_after(rest) {
        if !needs_scale || scaled {
            let value = if minor { v / 100.0 } else { v };
            return Ok((r, Parsed { kind: AmountKind::Money, value, currency: Some(code), words: false, ..plain }));
        }
    }
    // Percent: `5%`, `5 percent`, `five per cent`, `0.5 percentage point`.
    let point = (sp, alt((kw("percentage"), kw("percentage-point"))), opt((sp, alt((kw("points"), kw("point"))))));
    let mut percent = alt((
        point.map(|_| Some("percentage_point")),
        (opt(sp), tag("%")).map(|_| None),
        (sp, alt((kw("percent"), (kw("per"), sp, kw("cent")).map(|(a, ..)| a), kw("pct")))).map(|_| None),
    ));
    if let Ok((r, unit)) = percent.parse(rest) {
        return Ok((r, Parsed { kind: AmountKind::Percent, unit, words: false, ..plain }));
    }
    // Count: `39 times`, `200 people`, `1.2 million barrels a day`, `a 10-point plan`.
    if let Ok((r, (_, noun))) = (alt((sp, tag("-"))), unit_noun).parse(rest) {
        let r = rate(r).map_or(r, |(r2, _)| r2);
        return Ok((r, Parsed { kind: AmountKind::Count, unit: Some(noun), ..plain }));
    }
    if let Ok((r, (_, noun))) = (tag("-"), alpha).parse(rest) {
        if at_boundary(r) && noun.starts_with(char::is_lowercase) && !r.starts_with('-') {
            return Ok((r, Parsed { kind: AmountKind::Count, unit: Some(noun), ..plain }));
        }
    }
    // `3.000` could be three or three thousand.
    if ambiguous_decimal(written) {
        return fail(i);
    }
    Ok((rest, plain))
}

/// ` a day`, ` per year`: the rate after a count.
fn rate(i: &str) -> Res<'_, &str> {
    let (i, _) = (sp, alt((kw("a"), kw("per"), kw("an"), kw("each"))), sp).parse(i)?;
    alt((kw("day"), kw("week"), kw("month"), kw("year"), kw("hour"), kw("minute"))).parse(i)
}

/// `3.000`: a dot and exactly three digits, decimals in English and thousands elsewhere.
fn ambiguous_decimal(text: &str) -> bool {
    match text.split_once('.') {
        Some((int, frac)) => {
            frac.len() == 3 && frac.bytes().all(|b| b.is_ascii_digit()) && int.len() <= 3 && !int.contains(',')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `check` compares: text, kind, value, currency, unit and modifier.
    type Row = (&'static str, AmountKind, f64, Option<&'static str>, Option<&'static str>, Option<Approx>);

    /// A [`Row`] with owned strings.
    type Owned = (String, AmountKind, f64, Option<String>, Option<String>, Option<Approx>);

    /// Parses one body sentence and compares every amount found.
    fn check(text: &str, expect: &[Row]) {
        let body = format!("Headline\n\n{text}\n");
        let options = crate::Options::default().with_reference_date(crate::Date::parse_iso("2023-03-17"));
        let article = crate::parse_with(&body, &options);
        let got: Vec<Owned> = article
            .amounts
            .iter()
            .map(|a| {
                let unit = a.unit.as_deref().map(str::to_string);
                (a.text.to_string(), a.kind, a.value, a.currency.as_deref().map(str::to_string), unit, a.approx)
            })
            .collect();
        let want: Vec<_> = expect
            .iter()
            .map(|&(t, k, v, c, u, a)| (t.to_string(), k, v, c.map(str::to_string), u.map(str::to_string), a))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    use AmountKind::{Count, Money, Number, Percent};

    #[test]
    fn money() {
        let cases: &[(&str, &[Row])] = &[
            ("The pipeline cost $48 billion to build.", &[("$48 billion", Money, 48e9, Some("USD"), None, None)]),
            ("Trade topped US$1.2bn last year.", &[("US$1.2bn", Money, 1.2e9, Some("USD"), None, None)]),
            ("The fund holds €3.5 million in cash.", &[("€3.5 million", Money, 3.5e6, Some("EUR"), None, None)]),
            ("It paid £300m for the stake.", &[("£300m", Money, 300e6, Some("GBP"), None, None)]),
            ("Japan pledged ¥10 trillion in aid.", &[("¥10 trillion", Money, 10e12, Some("JPY"), None, None)]),
            ("Beijing set aside 1.5 trillion yuan.", &[("1.5 trillion yuan", Money, 1.5e12, Some("CNY"), None, None)]),
            ("The deal is worth 55 billion dollars.", &[("55 billion dollars", Money, 55e9, Some("USD"), None, None)]),
            ("A coffee costs $2.50 there.", &[("$2.50", Money, 2.5, Some("USD"), None, None)]),
            ("Rent rose to $1,200 a month.", &[("$1,200", Money, 1200.0, Some("USD"), None, None)]),
            ("Shares fell 5 cents.", &[("5 cents", Money, 0.05, Some("USD"), None, None)]),
            ("The state spent Rs 100 crore on roads.", &[("Rs 100 crore", Money, 1e9, Some("INR"), None, None)]),
            ("Sales reached C$512.7 million.", &[("C$512.7 million", Money, 512.7e6, Some("CAD"), None, None)]),
            ("The bid values it at A$2 billion.", &[("A$2 billion", Money, 2e9, Some("AUD"), None, None)]),
            ("Rents hit HK$40,000 a month.", &[("HK$40,000", Money, 40000.0, Some("HKD"), None, None)]),
            (
                "The club spent sixty million dollars on the stadium.",
                &[("sixty million dollars", Money, 60e6, Some("USD"), None, None)],
            ),
            (
                "The budget is 4.6 billion Canadian dollars.",
                &[("4.6 billion Canadian dollars", Money, 4.6e9, Some("CAD"), None, None)],
            ),
            ("Grain sales reached dlrs 9 billion.", &[("dlrs 9 billion", Money, 9e9, Some("USD"), None, None)]),
            ("Moscow raised 300 billion rubles.", &[("300 billion rubles", Money, 300e9, Some("RUB"), None, None)]),
            ("Seoul spent 500 billion won on chips.", &[("500 billion won", Money, 500e9, Some("KRW"), None, None)]),
            ("The fee is USD 250 per visa.", &[("USD 250", Money, 250.0, Some("USD"), None, None)]),
            ("He paid $2019 for the car.", &[("$2019", Money, 2019.0, Some("USD"), None, None)]),
            ("Dividends rose 3.8 pence a share.", &[("3.8 pence", Money, 0.038, Some("GBP"), None, None)]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn percentages() {
        let cases: &[(&str, &[Row])] = &[
            ("Inflation rose 5%.", &[("5%", Percent, 5.0, None, None, None)]),
            ("Inflation rose 5 percent.", &[("5 percent", Percent, 5.0, None, None, None)]),
            ("Inflation rose five per cent.", &[("five per cent", Percent, 5.0, None, None, None)]),
            (
                "Rates rose 0.5 percentage point.",
                &[("0.5 percentage point", Percent, 0.5, None, Some("percentage_point"), None)],
            ),
            (
                "Rates rose 25 percentage points.",
                &[("25 percentage points", Percent, 25.0, None, Some("percentage_point"), None)],
            ),
            ("Output fell by nearly 12.5 %.", &[("nearly 12.5 %", Percent, 12.5, None, None, Some(Approx::About))]),
            ("The index lost thirty one percent.", &[("thirty one percent", Percent, 31.0, None, None, None)]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn counts() {
        let cases: &[(&str, &[Row])] = &[
            (
                "The two envoys have met 14 times.",
                &[
                    ("two envoys", Count, 2.0, None, Some("envoys"), None),
                    ("14 times", Count, 14.0, None, Some("times"), None),
                ],
            ),
            ("The party issued a 10-point plan.", &[("10-point", Count, 10.0, None, Some("point"), None)]),
            (
                "More than 200 people died.",
                &[("More than 200 people", Count, 200.0, None, Some("people"), Some(Approx::MoreThan))],
            ),
            (
                "Police detained two dozen students.",
                &[("two dozen students", Count, 24.0, None, Some("students"), None)],
            ),
            (
                "Tens of thousands of protesters marched.",
                &[("Tens of thousands of protesters", Count, 1e4, None, Some("protesters"), Some(Approx::About))],
            ),
            (
                "Hundreds of homes were flooded.",
                &[("Hundreds of homes", Count, 100.0, None, Some("homes"), Some(Approx::About))],
            ),
            (
                "Russia pumps 1.2 million barrels a day.",
                &[("1.2 million barrels a day", Count, 1.2e6, None, Some("barrels"), None)],
            ),
            (
                "Some 4,200 Syrian refugees were registered.",
                &[("Some 4,200 Syrian refugees", Count, 4200.0, None, Some("refugees"), Some(Approx::About))],
            ),
            (
                "Up to 40,000 troops may deploy.",
                &[("Up to 40,000 troops", Count, 40000.0, None, Some("troops"), Some(Approx::UpTo))],
            ),
            (
                "At least 12 soldiers were hurt.",
                &[("At least 12 soldiers", Count, 12.0, None, Some("soldiers"), Some(Approx::MoreThan))],
            ),
            (
                "Fewer than 30 families remain.",
                &[("Fewer than 30 families", Count, 30.0, None, Some("families"), Some(Approx::LessThan))],
            ),
            (
                "As many as 300 workers lost jobs.",
                &[("As many as 300 workers", Count, 300.0, None, Some("workers"), Some(Approx::UpTo))],
            ),
            ("It has forty-two branches.", &[("forty-two branches", Count, 42.0, None, Some("branches"), None)]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn plain_numbers() {
        let cases: &[(&str, &[Row])] = &[
            ("The index closed at 3,000 on the day.", &[("3,000", Number, 3000.0, None, None, None)]),
            ("Its debt is 1.5m.", &[("1.5m", Number, 1.5e6, None, None, None)]),
            ("Resolution 2231 was adopted.", &[("2231", Number, 2231.0, None, None, None)]),
            ("The figure was 3.000 at the time.", &[]),
            ("He won a third term.", &[]),
            ("One of them left.", &[]),
            (
                "The port handles about three-quarters of the grain trade.",
                &[("about three-quarters", Number, 0.75, None, None, Some(Approx::About))],
            ),
            ("A third of the budget went to defense.", &[("A third", Number, 1.0 / 3.0, None, None, None)]),
            ("Two-thirds of voters agreed.", &[("Two-thirds", Number, 2.0 / 3.0, None, None, None)]),
            ("Half of the staff left.", &[("Half", Number, 0.5, None, None, None)]),
            ("He sought a third term in office.", &[]),
            ("She was the first to speak.", &[]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn amounts_and_times_share_a_sentence() {
        let cases: &[(&str, &[Row])] = &[
            (
                "Trade rose to $90 billion, up from $75 billion in 2020.",
                &[
                    ("$90 billion", Money, 90e9, Some("USD"), None, None),
                    ("$75 billion", Money, 75e9, Some("USD"), None, None),
                ],
            ),
            ("The war has lasted three years.", &[]),
            ("Talks will start on April 3.", &[]),
            ("The quake struck at 9:41 a.m.", &[]),
            ("The filing is dated 3/17/2023.", &[]),
            ("Prices rose 3% in the 1990s.", &[("3%", Percent, 3.0, None, None, None)]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    #[test]
    fn wire_sentences() {
        let cases: &[(&str, &[Row])] = &[
            ("The bank posted a profit of $3.2 billion.", &[("$3.2 billion", Money, 3.2e9, Some("USD"), None, None)]),
            (
                "The bank posted a loss of nearly $900 million.",
                &[("nearly $900 million", Money, 900e6, Some("USD"), None, Some(Approx::About))],
            ),
            (
                "The fine could reach up to €2 billion.",
                &[("up to €2 billion", Money, 2e9, Some("EUR"), None, Some(Approx::UpTo))],
            ),
            (
                "Bonds worth more than $1 trillion were sold.",
                &[("more than $1 trillion", Money, 1e12, Some("USD"), None, Some(Approx::MoreThan))],
            ),
            ("The stake cost about £1.1bn.", &[("about £1.1bn", Money, 1.1e9, Some("GBP"), None, Some(Approx::About))]),
            ("The plan costs $4.5tn.", &[("$4.5tn", Money, 4.5e12, Some("USD"), None, None)]),
            ("A barrel cost $82.15 on Friday.", &[("$82.15", Money, 82.15, Some("USD"), None, None)]),
            ("The company earned 15 cents a share.", &[("15 cents", Money, 0.15, Some("USD"), None, None)]),
            ("Tokyo approved 2 trillion yen in spending.", &[("2 trillion yen", Money, 2e12, Some("JPY"), None, None)]),
            ("The loan totals 10 billion euros.", &[("10 billion euros", Money, 10e9, Some("EUR"), None, None)]),
            ("Ankara spent 40 billion lira.", &[("40 billion lira", Money, 40e9, Some("TRY"), None, None)]),
            ("The bag weighs 300 pounds.", &[("300 pounds", Count, 300.0, None, Some("pounds"), None)]),
            (
                "The club paid 80 million pounds for him.",
                &[("80 million pounds", Money, 80e6, Some("GBP"), None, None)],
            ),
            ("Unemployment fell to 3.4%.", &[("3.4%", Percent, 3.4, None, None, None)]),
            (
                "Turnout was about 60 per cent.",
                &[("about 60 per cent", Percent, 60.0, None, None, Some(Approx::About))],
            ),
            ("The yield rose 12 basis points.", &[("12 basis points", Count, 12.0, None, Some("points"), None)]),
            (
                "The storm killed at least 41 people.",
                &[("at least 41 people", Count, 41.0, None, Some("people"), Some(Approx::MoreThan))],
            ),
            (
                "Some 3,000 troops crossed the border.",
                &[("Some 3,000 troops", Count, 3000.0, None, Some("troops"), Some(Approx::About))],
            ),
            (
                "Nearly two million refugees fled.",
                &[("Nearly two million refugees", Count, 2e6, None, Some("refugees"), Some(Approx::About))],
            ),
            (
                "Dozens of villages were shelled.",
                &[("Dozens of villages", Count, 12.0, None, Some("villages"), Some(Approx::About))],
            ),
            (
                "Hundreds of thousands of people marched.",
                &[("Hundreds of thousands of people", Count, 1e5, None, Some("people"), Some(Approx::About))],
            ),
            (
                "The field produces 500,000 barrels per day.",
                &[("500,000 barrels per day", Count, 5e5, None, Some("barrels"), None)],
            ),
            ("He served three terms.", &[("three terms", Count, 3.0, None, Some("terms"), None)]),
            (
                "The jet carried 189 passengers and six crew.",
                &[("189 passengers", Count, 189.0, None, Some("passengers"), None)],
            ),
            ("Ten ministers resigned.", &[("Ten ministers", Count, 10.0, None, Some("ministers"), None)]),
            (
                "The vote was 52 to 48.",
                &[("52", Number, 52.0, None, None, None), ("48", Number, 48.0, None, None, None)],
            ),
            ("Flight 370 vanished.", &[("370", Number, 370.0, None, None, None)]),
            ("It was his first visit.", &[]),
            ("The 2022 budget was cut by $3 billion.", &[("$3 billion", Money, 3e9, Some("USD"), None, None)]),
            (
                "Revenue rose 8% to $1.2 billion in the third quarter.",
                &[("8%", Percent, 8.0, None, None, None), ("$1.2 billion", Money, 1.2e9, Some("USD"), None, None)],
            ),
            (
                "Fewer than half of voters turned out.",
                &[("Fewer than half", Number, 0.5, None, None, Some(Approx::LessThan))],
            ),
            // A game's half is a part, not a fraction.
            ("Rovers scored twice in the second half.", &[]),
            ("He sold half of his shares.", &[("half", Number, 0.5, None, None, None)]),
        ];
        for (text, expect) in cases {
            check(text, expect);
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_valid(text in "\\PC{0,200}") {
            let article = crate::parse(&text);
            for a in &article.amounts {
                proptest::prop_assert!(a.span.start < a.span.end && a.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
                proptest::prop_assert!(a.value.is_finite());
            }
        }

        #[test]
        fn money_never_panics(words in proptest::collection::vec(
            "(\\$|US\\$|€|Rs|1\\.5|1,200|3\\.000|billion|bn|m|dollars|yuan|percent|%|people|more than|a|third|tens of|of|-|12-point)",
            0..12,
        )) {
            let text = words.join(" ");
            let _ = crate::parse(&text);
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in ["$", "$$", "US$", "€ ", "5 %", "1,", "1.", "Rs.", "1e999 dollars", "999999999999999999999999 yen"]
        {
            check_no_panic(text);
        }
    }

    fn check_no_panic(text: &str) {
        let _ = crate::parse(text);
    }
}
