//! Date-times as pages write them: ISO 8601 / RFC 3339 in metadata, RFC 2822 in feeds and
//! `Last-Modified`-style meta tags, and `March 17, 2023, 9:41 a.m. EDT` in visible text.

use std::fmt;

/// A calendar date with an optional time of day and an optional UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    /// Year, e.g. 2023.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, minute and second, when the page gives a time.
    pub time: Option<(u8, u8, u8)>,
    /// Offset from UTC in minutes, when the page gives a time zone.
    pub offset_minutes: Option<i16>,
}

impl DateTime {
    /// Reads a date-time in any of the forms above; `None` when it is not one.
    pub fn parse(s: &str) -> Option<DateTime> {
        let s = s.trim();
        iso(s).or_else(|| rfc2822(s)).or_else(|| prose(s))
    }

    /// The date alone, `YYYY-MM-DD`.
    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn valid(self) -> Option<DateTime> {
        let days = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        let time_ok = self.time.is_none_or(|(h, m, s)| h < 24 && m < 60 && s < 61);
        let offset_ok = self.offset_minutes.is_none_or(|o| o.abs() <= 18 * 60);
        ((1000..=2999).contains(&self.year) && (1..=days).contains(&self.day) && time_ok && offset_ok).then_some(self)
    }
}

/// ISO 8601: `2023-03-17`, `2023-03-17T09:41:00-04:00`, `2023-03-17 09:41:00.000Z`, `2023-03-17T09:41+0100`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date())?;
        if let Some((h, m, s)) = self.time {
            write!(f, "T{h:02}:{m:02}:{s:02}")?;
            match self.offset_minutes {
                Some(0) => f.write_str("Z")?,
                Some(o) => write!(f, "{}{:02}:{:02}", if o < 0 { '-' } else { '+' }, o.abs() / 60, o.abs() % 60)?,
                None => {}
            }
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A cursor over ASCII input.
struct Cur<'a> {
    s: &'a [u8],
    at: usize,
}

impl Cur<'_> {
    fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.at;
        while self.at < self.s.len() && self.at - start < max && self.s[self.at].is_ascii_digit() {
            self.at += 1;
        }
        if self.at - start < min {
            self.at = start;
            return None;
        }
        Some(self.s[start..self.at].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    }
    fn eat(&mut self, c: u8) -> bool {
        let hit = self.s.get(self.at) == Some(&c);
        self.at += usize::from(hit);
        hit
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }
    fn rest(&self) -> &str {
        std::str::from_utf8(&self.s[self.at..]).unwrap_or("")
    }
    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|c| c == b' ' || c == b',') {
            self.at += 1;
        }
    }
}

fn iso(s: &str) -> Option<DateTime> {
    let mut c = Cur { s: s.as_bytes(), at: 0 };
    let year = c.digits(4, 4)?;
    c.eat(b'-').then_some(())?;
    let month = c.digits(1, 2)?;
    c.eat(b'-').then_some(())?;
    let day = c.digits(1, 2)?;
    let mut res = DateTime { year: year as u16, month: month as u8, day: day as u8, time: None, offset_minutes: None };
    if c.eat(b'T') || c.eat(b' ') {
        let h = c.digits(2, 2)?;
        c.eat(b':').then_some(())?;
        let m = c.digits(2, 2)?;
        let sec = if c.eat(b':') { c.digits(2, 2)? } else { 0 };
        if c.eat(b'.') || c.eat(b',') {
            c.digits(1, 9);
        }
        res.time = Some((h as u8, m as u8, sec as u8));
        c.skip_spaces();
        res.offset_minutes = offset(&mut c);
    }
    // Anything left must be blank or a bracketed zone name (`[Europe/Paris]`).
    let rest = c.rest().trim();
    (rest.is_empty() || rest.starts_with('[')).then_some(())?;
    res.valid()
}

/// `Z`, `+01:00`, `+0100`, `+01`, `UTC`, `GMT`, or a zone abbreviation with a fixed offset.
fn offset(c: &mut Cur<'_>) -> Option<i16> {
    if c.eat(b'Z') {
        return Some(0);
    }
    if let Some(sign @ (b'+' | b'-')) = c.peek() {
        c.at += 1;
        let h = c.digits(2, 2)?;
        c.eat(b':');
        let m = c.digits(2, 2).unwrap_or(0);
        let o = (h * 60 + m) as i16;
        return Some(if sign == b'-' { -o } else { o });
    }
    let word: String = c.rest().chars().take_while(char::is_ascii_alphabetic).collect();
    let o = zone(&word)?;
    c.at += word.len();
    Some(o)
}

/// Zone abbreviations with one meaning; `ET` or `PT` alone do not say summer or winter time.
fn zone(word: &str) -> Option<i16> {
    Some(match word.to_ascii_uppercase().as_str() {
        "UTC" | "GMT" | "UT" | "Z" => 0,
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        "BST" | "CET" => 60,
        "CEST" => 120,
        "IST" => 330,
        "JST" | "KST" => 540,
        _ => return None,
    })
}

const MONTHS: &str = "january february march april may june july august september october november december";

/// `Jan`, `January`, `Sept.` → 1–12: a month name or a prefix of at least three letters.
fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let w = if w == "sept" { "sep" } else { w.as_str() };
    if w.len() < 3 {
        return None;
    }
    MONTHS.split(' ').position(|m| m.starts_with(w)).map(|k| k as u8 + 1)
}

/// `Fri, 17 Mar 2023 09:41:00 +0000`.
fn rfc2822(s: &str) -> Option<DateTime> {
    let s = s
        .split_once(", ")
        .filter(|(wd, _)| wd.len() <= 9 && wd.chars().all(|c| c.is_ascii_alphabetic()))
        .map_or(s, |p| p.1);
    let mut words = s.split_whitespace();
    let day: u8 = words.next()?.parse().ok()?;
    let month = month(words.next()?)?;
    let year: u16 = words.next()?.parse().ok()?;
    let mut res = DateTime { year, month, day, time: None, offset_minutes: None };
    if let Some(t) = words.next() {
        res.time = Some(clock(t)?);
        if let Some(z) = words.next() {
            let mut c = Cur { s: z.as_bytes(), at: 0 };
            res.offset_minutes = offset(&mut c);
        }
    }
    res.valid()
}

/// `09:41` or `09:41:05`.
fn clock(t: &str) -> Option<(u8, u8, u8)> {
    let mut parts = t.split(':');
    let h = parts.next()?.parse().ok()?;
    let m = parts.next()?.get(..2)?.parse().ok()?;
    let s = parts.next().and_then(|s| s.get(..2)?.parse().ok()).unwrap_or(0);
    Some((h, m, s))
}

/// `March 17, 2023`, `Mar. 17, 2023 9:41 a.m. EDT`, `17 March 2023 14:05 GMT`, with an optional
/// weekday and an optional `Published`/`Updated` label in front.
fn prose(s: &str) -> Option<DateTime> {
    let cleaned: String =
        s.chars().map(|c| if c == ',' || c == '|' || c == '·' || c == '•' { ' ' } else { c }).collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    let labels = [
        "published",
        "updated",
        "posted",
        "last",
        "first",
        "modified",
        "on",
        "at",
        "date:",
        "published:",
        "updated:",
        "posted:",
    ];
    while words.first().is_some_and(|w| labels.contains(&w.to_ascii_lowercase().as_str()) || weekday(w)) {
        words.remove(0);
    }
    let (month, day, rest) = match words.as_slice() {
        [m, d, rest @ ..] if month(m).is_some() => (month(m)?, day_number(d)?, rest),
        [d, m, rest @ ..] if month(m).is_some() => (month(m)?, day_number(d)?, rest),
        _ => return None,
    };
    let (year, rest) = rest.split_first()?;
    let year: u16 = year.parse().ok()?;
    let mut res = DateTime { year, month, day, time: None, offset_minutes: None };
    let rest: Vec<&str> = rest.iter().copied().filter(|w| !w.eq_ignore_ascii_case("at")).collect();
    if let Some((t, tail)) = rest.split_first() {
        let (h, m, sec) = clock(t)?;
        let mut h = h;
        let mut tail = tail;
        if let Some((ampm, more)) = tail.split_first() {
            let ap = ampm.to_ascii_lowercase().replace('.', "");
            if ap == "am" || ap == "pm" {
                if h > 12 {
                    return None;
                }
                h = match (ap.as_str(), h) {
                    ("am", 12) => 0,
                    ("pm", 12) => 12,
                    ("pm", h) => h + 12,
                    (_, h) => h,
                };
                tail = more;
            }
        }
        res.time = Some((h, m, sec));
        if let Some(z) = tail.first() {
            let mut c = Cur { s: z.as_bytes(), at: 0 };
            res.offset_minutes = offset(&mut c);
        }
    }
    res.valid()
}

fn day_number(w: &str) -> Option<u8> {
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn weekday(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    w.len() >= 3
        && ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            .iter()
            .any(|d| d.starts_with(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(DateTime::parse(input).map(|d| d.to_string()).as_deref(), expect, "{input}");
    }

    #[test]
    fn iso_forms() {
        check("2023-03-17", Some("2023-03-17"));
        check("2023-03-17T09:41:00-04:00", Some("2023-03-17T09:41:00-04:00"));
        check("2023-03-17T09:41:00.123Z", Some("2023-03-17T09:41:00Z"));
        check("2023-03-17 09:41:00+0530", Some("2023-03-17T09:41:00+05:30"));
        check("2023-03-17T09:41", Some("2023-03-17T09:41:00"));
        check("2023-02-30", None);
        check("2023-03-17T25:00:00Z", None);
        check("2023-03-17 and more", None);
    }

    #[test]
    fn rfc2822_forms() {
        check("Fri, 17 Mar 2023 09:41:00 +0000", Some("2023-03-17T09:41:00Z"));
        check("17 Mar 2023 09:41:00 GMT", Some("2023-03-17T09:41:00Z"));
    }

    #[test]
    fn prose_forms() {
        check("March 17, 2023", Some("2023-03-17"));
        check("Published Friday, March 17, 2023 9:41 a.m. EDT", Some("2023-03-17T09:41:00-04:00"));
        check("Updated: Sept. 3, 2021 at 12:05 pm", Some("2021-09-03T12:05:00"));
        check("17 March 2023 14:05 GMT", Some("2023-03-17T14:05:00Z"));
        check("Marching on 17, 2023", None);
        check("Last week", None);
    }
}
