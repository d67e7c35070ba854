//! The compact JSON of an article, written straight into a buffer.
//!
//! `serde_json::to_writer` spends most of its time on the bookkeeping of each field: every key
//! goes through the string escaper, and every value through a chain of calls. The lists of an
//! article (paragraphs, mentions, quotes, times, amounts, attributions) hold tens of thousands of
//! small objects, so this module writes them by hand, keys as the constant bytes they are. The
//! bytes are the same as serde_json's: numbers through the same `itoa` (floats through serde_json
//! itself), strings escaped by the same rules, and the rare parts of an article (meta, key
//! points, diagnostics, a kind this module does not know) through serde_json as before. The test
//! below and the command's tests compare both on every fixture.

use std::borrow::Cow;

use newsbrief_parser::{
    Amount, AmountKind, Approx, Article, Attribution, Contact, ContactRole, CueClass, Entity, EntityId, EntityKind,
    Mention, Meta, Paragraph, Quote, QuoteKind, Role, Sentence, Span, Timex, TimexType,
};
use serde::Serialize;

/// Appends the compact JSON of `article` to `out`: the same bytes as `serde_json::to_writer`.
pub fn write_article(out: &mut Vec<u8>, article: &Article<'_>) {
    out.extend_from_slice(b"{\"schema\":");
    string(out, article.schema);
    out.extend_from_slice(b",\"meta\":");
    meta(out, &article.meta);
    out.extend_from_slice(b",\"paragraphs\":");
    list(out, &article.paragraphs, paragraph);
    out.extend_from_slice(b",\"entities\":");
    list(out, &article.entities, entity);
    out.extend_from_slice(b",\"quotes\":");
    list(out, &article.quotes, quote);
    out.extend_from_slice(b",\"times\":");
    list(out, &article.times, timex);
    out.extend_from_slice(b",\"amounts\":");
    list(out, &article.amounts, amount);
    out.extend_from_slice(b",\"attributions\":");
    list(out, &article.attributions, attribution);
    out.extend_from_slice(b",\"key_points\":");
    serde(out, &article.key_points);
    out.extend_from_slice(b",\"diagnostics\":");
    serde(out, &article.diagnostics);
    out.push(b'}');
}

/// The meta: its few values through serde_json, its list of contacts by hand. A value that is
/// `None` in `published_time` or `url` is left out, as the model's serde attributes say.
fn meta(out: &mut Vec<u8>, m: &Meta<'_>) {
    out.extend_from_slice(b"{\"headline\":");
    serde(out, &m.headline);
    out.extend_from_slice(b",\"byline\":");
    serde(out, &m.byline);
    out.extend_from_slice(b",\"dateline\":");
    serde(out, &m.dateline);
    out.extend_from_slice(b",\"published\":");
    serde(out, &m.published);
    if let Some(time) = &m.published_time {
        out.extend_from_slice(b",\"published_time\":");
        serde(out, time);
    }
    out.extend_from_slice(b",\"reference_date\":");
    serde(out, &m.reference_date);
    out.extend_from_slice(b",\"reference_date_source\":");
    serde(out, &m.reference_date_source);
    out.extend_from_slice(b",\"contacts\":");
    list(out, &m.contacts, contact);
    out.extend_from_slice(b",\"source\":");
    optional_string(out, &m.source);
    if let Some(url) = &m.url {
        out.extend_from_slice(b",\"url\":");
        string(out, url);
    }
    out.extend_from_slice(b",\"word_count\":");
    integer(out, m.word_count);
    out.extend_from_slice(b",\"reading_minutes\":");
    integer(out, m.reading_minutes);
    out.push(b'}');
}

fn contact(out: &mut Vec<u8>, c: &Contact<'_>) {
    out.extend_from_slice(b"{\"name\":");
    string(out, &c.name);
    out.extend_from_slice(b",\"email\":");
    optional_string(out, &c.email);
    out.extend_from_slice(b",\"role\":");
    contact_role(out, c.role);
    out.extend_from_slice(b",\"span\":");
    span(out, c.span);
    out.push(b'}');
}

fn paragraph(out: &mut Vec<u8>, p: &Paragraph) {
    out.extend_from_slice(b"{\"span\":");
    span(out, p.span);
    out.extend_from_slice(b",\"role\":");
    role(out, p.role);
    out.extend_from_slice(b",\"sentences\":");
    list(out, &p.sentences, sentence);
    out.push(b'}');
}

fn sentence(out: &mut Vec<u8>, s: &Sentence) {
    out.extend_from_slice(b"{\"span\":");
    span(out, s.span);
    if let Some(salience) = s.salience {
        out.extend_from_slice(b",\"salience\":");
        serde(out, &salience);
    }
    out.push(b'}');
}

fn entity(out: &mut Vec<u8>, e: &Entity<'_>) {
    out.extend_from_slice(b"{\"id\":");
    id(out, e.id);
    out.extend_from_slice(b",\"kind\":");
    entity_kind(out, e.kind);
    out.extend_from_slice(b",\"name\":");
    string(out, &e.name);
    out.extend_from_slice(b",\"aliases\":");
    list(out, &e.aliases, |out, a| string(out, a));
    out.extend_from_slice(b",\"descriptors\":");
    list(out, &e.descriptors, |out, d| string(out, d));
    out.extend_from_slice(b",\"mentions\":");
    list(out, &e.mentions, mention);
    out.push(b'}');
}

fn mention(out: &mut Vec<u8>, m: &Mention<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, m.span);
    out.extend_from_slice(b",\"text\":");
    string(out, &m.text);
    out.push(b'}');
}

fn quote(out: &mut Vec<u8>, q: &Quote<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, q.span);
    out.extend_from_slice(b",\"text\":");
    string(out, &q.text);
    out.extend_from_slice(b",\"kind\":");
    quote_kind(out, q.kind);
    out.extend_from_slice(b",\"speaker\":");
    optional(out, q.speaker, id);
    out.extend_from_slice(b",\"speaker_text\":");
    optional_string(out, &q.speaker_text);
    out.extend_from_slice(b",\"cue\":");
    optional_string(out, &q.cue);
    out.extend_from_slice(b",\"paragraph\":");
    integer(out, q.paragraph);
    out.push(b'}');
}

fn timex(out: &mut Vec<u8>, t: &Timex<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, t.span);
    out.extend_from_slice(b",\"text\":");
    string(out, &t.text);
    out.extend_from_slice(b",\"type\":");
    timex_type(out, t.kind);
    out.extend_from_slice(b",\"value\":");
    string(out, &t.value);
    out.extend_from_slice(b",\"end\":");
    optional(out, t.end.as_deref(), string);
    out.extend_from_slice(if t.relative { b",\"relative\":true}" } else { b",\"relative\":false}" });
}

fn amount(out: &mut Vec<u8>, a: &Amount<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, a.span);
    out.extend_from_slice(b",\"text\":");
    string(out, &a.text);
    out.extend_from_slice(b",\"kind\":");
    amount_kind(out, a.kind);
    out.extend_from_slice(b",\"value\":");
    serde(out, &a.value);
    out.extend_from_slice(b",\"currency\":");
    optional_string(out, &a.currency);
    out.extend_from_slice(b",\"unit\":");
    optional_string(out, &a.unit);
    out.extend_from_slice(b",\"approx\":");
    optional(out, a.approx, approx);
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, a.span);
    out.extend_from_slice(b",\"source\":");
    optional(out, a.source, id);
    out.extend_from_slice(b",\"source_text\":");
    optional_string(out, &a.source_text);
    out.extend_from_slice(b",\"cue\":");
    optional_string(out, &a.cue);
    out.extend_from_slice(b",\"cue_class\":");
    cue_class(out, a.cue_class);
    out.extend_from_slice(b",\"quotes\":");
    list(out, &a.quotes, |out, &q| integer(out, q));
    out.push(b'}');
}

/// The enums serialize as their snake_case names; a variant added later goes through serde.
fn role(out: &mut Vec<u8>, r: Role) {
    let name: &[u8] = match r {
        Role::FrontMatter => b"\"front_matter\"",
        Role::Headline => b"\"headline\"",
        Role::Byline => b"\"byline\"",
        Role::Dateline => b"\"dateline\"",
        Role::Timestamp => b"\"timestamp\"",
        Role::Body => b"\"body\"",
        Role::Footer => b"\"footer\"",
        Role::Caption => b"\"caption\"",
        Role::Subhead => b"\"subhead\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn entity_kind(out: &mut Vec<u8>, k: EntityKind) {
    let name: &[u8] = match k {
        EntityKind::Person => b"\"person\"",
        EntityKind::Organization => b"\"organization\"",
        EntityKind::Place => b"\"place\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn quote_kind(out: &mut Vec<u8>, k: QuoteKind) {
    let name: &[u8] = match k {
        QuoteKind::Direct => b"\"direct\"",
        QuoteKind::Partial => b"\"partial\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn cue_class(out: &mut Vec<u8>, c: CueClass) {
    let name: &[u8] = match c {
        CueClass::Speech => b"\"speech\"",
        CueClass::Stance => b"\"stance\"",
        CueClass::Belief => b"\"belief\"",
        CueClass::Evidence => b"\"evidence\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn timex_type(out: &mut Vec<u8>, t: TimexType) {
    let name: &[u8] = match t {
        TimexType::Date => b"\"date\"",
        TimexType::Time => b"\"time\"",
        TimexType::Duration => b"\"duration\"",
        TimexType::Set => b"\"set\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn amount_kind(out: &mut Vec<u8>, k: AmountKind) {
    let name: &[u8] = match k {
        AmountKind::Money => b"\"money\"",
        AmountKind::Percent => b"\"percent\"",
        AmountKind::Count => b"\"count\"",
        AmountKind::Number => b"\"number\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn contact_role(out: &mut Vec<u8>, r: ContactRole) {
    let name: &[u8] = match r {
        ContactRole::WriteTo => b"\"write_to\"",
        ContactRole::Reporting => b"\"reporting\"",
        ContactRole::Editing => b"\"editing\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

fn approx(out: &mut Vec<u8>, a: Approx) {
    let name: &[u8] = match a {
        Approx::MoreThan => b"\"more_than\"",
        Approx::LessThan => b"\"less_than\"",
        Approx::About => b"\"about\"",
        Approx::UpTo => b"\"up_to\"",
        other => return serde(out, &other),
    };
    out.extend_from_slice(name);
}

/// `[start,end]`.
///
/// Spans are the most frequent value of an article (every paragraph, sentence, mention, quote,
/// time and amount has one): the five parts are put together in one buffer on the stack and
/// appended at once, not pushed one by one with a copy for each number. The digits are those
/// `itoa` writes.
fn span(out: &mut Vec<u8>, s: Span) {
    let mut buf = [0u8; 2 * MAX_DIGITS + 3];
    let mut at = buf.len() - 1;
    buf[at] = b']';
    at = digits_before(&mut buf, at, s.end);
    at -= 1;
    buf[at] = b',';
    at = digits_before(&mut buf, at, s.start);
    at -= 1;
    buf[at] = b'[';
    out.extend_from_slice(&buf[at..]);
}

/// The most decimal digits of a `usize`.
const MAX_DIGITS: usize = 20;

/// The two digits of every number below a hundred, in order.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Writes the decimal digits of `n` into `buf` right before index `at`, two at a time as `itoa`
/// does, and returns where they start.
fn digits_before(buf: &mut [u8], mut at: usize, mut n: usize) -> usize {
    while n >= 100 {
        let pair = n % 100 * 2;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    at
}

fn id(out: &mut Vec<u8>, id: EntityId) {
    integer(out, id.0);
}

fn integer(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `[a,b,…]`, each item written by `item`.
fn list<T>(out: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, it) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        item(out, it);
    }
    out.push(b']');
}

/// The value, or `null`.
fn optional<T>(out: &mut Vec<u8>, value: Option<T>, write: impl Fn(&mut Vec<u8>, T)) {
    match value {
        Some(v) => write(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

fn optional_string(out: &mut Vec<u8>, value: &Option<Cow<'_, str>>) {
    optional(out, value.as_deref(), string);
}

/// Anything else, through serde_json; writing into a `Vec` cannot fail.
fn serde(out: &mut Vec<u8>, value: &impl Serialize) {
    let _ = serde_json::to_writer(&mut *out, value);
}

/// A JSON string, escaped as serde_json escapes it: `"` and `\` with a backslash, the control
/// characters that have a short escape with it, the others as `\u00XX`.
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let mut rest = s.as_bytes();
    loop {
        let n = clean_len(rest);
        out.extend_from_slice(&rest[..n]);
        let Some(&b) = rest.get(n) else { break };
        escape(out, b);
        rest = &rest[n + 1..];
    }
    out.push(b'"');
}

/// How many bytes open `bytes` before the first one that needs an escape: eight at a time while
/// none does (most strings have none), then one at a time.
fn clean_len(bytes: &[u8]) -> usize {
    let mut k = 0;
    while let Some(chunk) = bytes.get(k..k + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        if may_need_escape(u64::from_le_bytes(chunk)) {
            break;
        }
        k += 8;
    }
    let tail = &bytes[k..];
    k + tail.iter().position(|&b| b < 0x20 || b == b'"' || b == b'\\').unwrap_or(tail.len())
}

/// True when one of the eight bytes of `x` may be a control character, `"` or `\`: never false
/// when one is (the bytes are then read one at a time).
fn may_need_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0;
    below(x, 0x20) || below(x ^ (ONES * u64::from(b'"')), 1) || below(x ^ (ONES * u64::from(b'\\')), 1)
}

/// The escape of byte `b`.
fn escape(out: &mut Vec<u8>, b: u8) {
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\n' => out.extend_from_slice(b"\\n"),
        0x0C => out.extend_from_slice(b"\\f"),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_serde(text: &str) {
        let article = newsbrief_parser::parse(text);
        let mut ours = Vec::new();
        write_article(&mut ours, &article);
        let theirs = serde_json::to_vec(&article).unwrap();
        assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
    }

    #[test]
    fn every_fixture_as_serde_writes_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                same_as_serde(&String::from_utf8_lossy(&bytes));
                n += 1;
            }
        }
        assert!(n > 0);
    }

    #[test]
    fn spans_written_as_serde_writes_them() {
        for (start, end) in [(0, 0), (0, 9), (9, 10), (99, 100), (12_345, 1_000_000), (usize::MAX, usize::MAX)] {
            let mut ours = Vec::new();
            span(&mut ours, Span::new(start, end));
            assert_eq!(ours, serde_json::to_vec(&Span::new(start, end)).unwrap());
        }
    }

    #[test]
    fn strings_escaped_as_serde_escapes_them() {
        let s = "a\"b\\c\u{8}\t\n\u{c}\r\u{1}\u{1f}\u{7f}é “q”";
        let mut ours = Vec::new();
        string(&mut ours, s);
        assert_eq!(ours, serde_json::to_vec(s).unwrap());
        same_as_serde("“Don't\tgo,” she said.\u{1}\n\nPrices rose 5% to $12 on Friday, March 3, 2023.");
    }
}
