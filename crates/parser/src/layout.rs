//! The layout of an article: front matter, headline, byline, dateline,
//! timestamp lines, body paragraphs and footer lines.
//!
//! Each kind of line is recognized by a small nom grammar over the line's text.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_till, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, one_of, satisfy, space0, space1};
use nom::combinator::{map_res, not, opt, recognize, verify};
use nom::multi::separated_list1;
use nom::sequence::terminated;
use nom::{IResult, Parser};

use crate::date::{Date, DateTime};
use crate::diag::Diagnostic;
use crate::lexicon::{self, Class};
use crate::model::{Contact, ContactRole, Dateline, Name, Role, Spanned};
use crate::span::Span;

/// A non-blank line with its span (trimmed of surrounding whitespace).
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// The trimmed line.
    pub text: &'a str,
    /// Its span in the document.
    pub span: Span,
}

/// The layout facts found in the document.
#[derive(Debug, Default)]
pub struct Layout<'a> {
    /// Paragraph spans and roles, in order.
    pub paragraphs: Vec<(Span, Role)>,
    /// For a body paragraph opened by a dateline: the dateline's span, so sentences start after it.
    pub dateline: Option<Dateline<'a>>,
    /// Headline text.
    pub headline: Option<Spanned<'a>>,
    /// Authors.
    pub byline: Vec<Name<'a>>,
    /// Agency named in the byline or dateline.
    pub source: Option<Cow<'a, str>>,
    /// Footer contacts.
    pub contacts: Vec<Contact<'a>>,
    /// Publication date from front matter, a timestamp line or a dated dateline, as written: a day
    /// that does not exist (`2023-02-31`) is kept, and is no reference date.
    pub published: Option<Date>,
    /// Front matter `published_time:`, an ISO 8601 date-time.
    pub published_time: Option<DateTime>,
    /// `published` is the date of a dated dateline, for want of any other.
    pub published_from_dateline: bool,
    /// Front matter `url:`.
    pub url: Option<Cow<'a, str>>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

/// Characters that separate paragraphs besides line breaks.
pub fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The non-blank lines of `text`, trimmed.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    // At most one line for each line break and one after the last: sized once, where growing a
    // push at a time would copy the lines again at each doubling.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    // The line breaks are found by memchr, many bytes at a time, where splitting at a `char`
    // tests the bytes one by one (and a text that ends with a break ends with an empty line).
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|k| k + 1).chain(std::iter::once(text.len()));
    let mut at = 0;
    for end in ends {
        let raw = text.get(at..end).unwrap_or_default();
        let from_start = raw.trim_start_matches(is_gap);
        let trimmed = from_start.trim_end_matches(is_gap);
        if !trimmed.is_empty() {
            let start = at + raw.len() - from_start.len();
            out.push(Line { text: trimmed, span: Span::new(start, start + trimmed.len()) });
        }
        at = end;
    }
    out
}

/// Lines of a hard-wrapped document joined into the paragraphs they were wrapped from; the lines
/// of any other document as they are (one line, one paragraph).
pub fn blocks<'a>(text: &'a str, lines: &[Line<'a>]) -> Vec<Line<'a>> {
    let Some(width) = wrap_width(text, lines) else {
        return lines.to_vec();
    };
    let mut out: Vec<Line<'_>> = Vec::with_capacity(lines.len());
    for (k, line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(block) if k > 0 && continues(text, &lines[k - 1], line, width) => {
                block.span = block.span.join(line.span);
                block.text = block.span.as_str(text);
            }
            _ => out.push(*line),
        }
    }
    out
}

/// How far short of the wrap width a line may end and still be a wrapped line.
const WRAP_SLACK: usize = 8;
/// The widest text that counts as hard-wrapped.
const MAX_WRAP_WIDTH: usize = 100;
/// The narrowest: shorter lines are tables, lists or verse, not wrapped prose.
const MIN_WRAP_WIDTH: usize = 45;

/// The width a document's lines are wrapped at, when they are: most lines that stop in the
/// middle of a sentence and are followed by another in the same block end near one width, where
/// the next line's first word would not have fit. (A line that ends a sentence may end a
/// paragraph anywhere, so it tells nothing.)
///
/// A short text has too few such lines to tell a width by: it counts as wrapped when every one of
/// them is full and one plainly runs on ([`runs_on`]), which a headline or a paragraph of its own
/// seldom does, or when there are two or more and blank lines
/// part its blocks (so lines that follow one another belong together).
fn wrap_width(text: &str, lines: &[Line<'_>]) -> Option<usize> {
    let pairs: Vec<(usize, usize, bool)> = lines
        .windows(2)
        .filter(|w| single_break(text, &w[0], &w[1]) && !ends_sentence(w[0].text))
        .map(|w| (w[0].text.chars().count(), first_word_len(w[1].text), runs_on(w[0].text, w[1].text)))
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let mut lens: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    lens.sort_unstable();
    let width = lens[lens.len() * 8 / 10];
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return None;
    }
    let full = pairs.iter().filter(|&&(len, next, _)| !breaks_early(len, next, width - WRAP_SLACK)).count();
    if pairs.len() >= MIN_WRAP_PAIRS {
        (full * 4 >= pairs.len() * 3).then_some(width)
    } else {
        let blank_lines = memchr::memmem::find(text.as_bytes(), b"\n\n").is_some();
        (full == pairs.len() && (pairs.iter().any(|p| p.2) || pairs.len() > 1 && blank_lines)).then_some(width)
    }
}

/// The sentence plainly runs on from `line` to `next`: into a lower-case word
/// (`… acquisition⏎by Royal …`), or from a word that never ends one (`… the third match of the⏎Singer …`).
fn runs_on(line: &str, next: &str) -> bool {
    const OPEN_ENDED: &[&str] = &["the", "a", "an", "of", "and", "to", "for", "with", "from"];
    next.starts_with(char::is_lowercase) || line.rsplit(' ').next().is_some_and(|w| OPEN_ENDED.contains(&w))
}

/// The fewest lines running on to the next that tell a wrap width by their lengths alone.
const MIN_WRAP_PAIRS: usize = 3;

/// The line ends with a sentence's final punctuation (and any closing quotes or brackets).
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', '!', '?', '…'])
}

/// The line ended where the next word would still have fit: the writer broke it on purpose.
fn breaks_early(len: usize, next_word: usize, width: usize) -> bool {
    len + 1 + next_word <= width
}

/// How far short of the width a line may stop and still run on: a line that ends a sentence
/// may end its paragraph, so it runs on only when the next word could not have fit (after the
/// two spaces some writers put after a full stop).
fn wrap_slack(line: &str) -> usize {
    if ends_sentence(line) { SENTENCE_END_SLACK } else { WRAP_SLACK }
}

/// The slack of a line that ends a sentence: room for a second space after the full stop.
const SENTENCE_END_SLACK: usize = 1;

fn first_word_len(text: &str) -> usize {
    text.split_whitespace().next().map_or(0, |w| w.chars().count())
}

/// Only one line break (and no blank line) lies between the two lines.
fn single_break(text: &str, a: &Line<'_>, b: &Line<'_>) -> bool {
    text[a.span.end..b.span.start].matches('\n').count() == 1
}

/// Columns of indentation before a line.
fn indent(text: &str, line: &Line<'_>) -> usize {
    let before = &text[..line.span.start];
    before.len() - before.rfind('\n').map_or(0, |k| k + 1)
}

/// A line that is a paragraph of its own even right under a full line: an agency's sign-off, an
/// e-mail address alone (`alee@example.com`), or
/// a capitalized footer line or a caption's first line (`Reporting by …`, `FILE PHOTO: …`). (A
/// line that only ends with a photo credit may be the last line of a wrapped caption.)
fn stands_alone(line: &Line<'_>) -> bool {
    let address = || !line.text.contains(' ') && is_contact_line(line.text);
    sign_off(line.text).is_some()
        || address()
        || line.text.starts_with(|c: char| c.is_uppercase() || c == '(' || c == '©')
            && (footer(line).is_some() || opens_caption(line.text))
}

/// In a document wrapped at `width`, `next` carries on the paragraph of `line`: it follows on the
/// next line, is not indented further, opens no list item or heading, is no byline, timestamp or
/// dateline of its own, and `line` was full.
///
/// A line far longer than the width was never wrapped; a line in lower case carries on a sentence
/// even where it would read as a byline (`… parks built⏎by Walt Disney Co.`); and an agency's name with a full stop under
/// a line that stops mid-sentence ends that sentence (`… the ministry told⏎Reuters.`).
fn continues(text: &str, line: &Line<'_>, next: &Line<'_>, width: usize) -> bool {
    let len = line.text.chars().count();
    let ends_its_sentence = || next.text.ends_with('.') && !ends_sentence(line.text) && sign_off(next.text).is_some();
    // (`… 312-555-0100;⏎ann.lee@example.com`, `… enquiries: 01392 555 014 or⏎press@example.uk`: an
    // address carries on a line of contacts that breaks mid-list.)
    let mid_list =
        line.text.ends_with([';', ',', ':']) || [" or", " at", " and"].iter().any(|w| line.text.ends_with(w));
    let carries_address = || mid_list && !next.text.contains(' ') && is_contact_line(next.text);
    single_break(text, line, next)
        && len <= width + WRAP_SLACK
        && (next.text.starts_with(char::is_lowercase) || !opens_story(next))
        && (!stands_alone(next) || ends_its_sentence() || carries_address())
        && indent(text, next) <= indent(text, line)
        && !opens_item(next.text)
        && !breaks_early(len, first_word_len(next.text), width - wrap_slack(line.text))
}

/// A line that opens a list item, a heading or a table row (`- `, `* `, `• `, `# `, `## `, `|`);
/// not a dash or a pound sign inside a wrapped sentence (`⏎- the early days`, `⏎#400 million`).
fn opens_item(text: &str) -> bool {
    match text.as_bytes() {
        [b'#', b'#' | b' ', ..] | [b'*', b' ', ..] | [b'|', ..] => true,
        [b'-', b' ', rest @ ..] => !rest.first().is_some_and(u8::is_ascii_lowercase),
        _ => text.starts_with('•'),
    }
}

/// Finds the layout of the document.
/// Lines at the top read as the story's head at most (headline, standfirst, bylines, stamps,
/// a photo's caption and a page's tools between them).
const HEAD_LINES: usize = 8;

pub fn layout(text: &str) -> Layout<'_> {
    let lines = lines(text);
    let mut res = Layout::default();
    let after_front_matter = front_matter(text, &lines, &mut res).unwrap_or(0);
    let lines = blocks(text, &lines[after_front_matter..]);
    // A paragraph for each line at most.
    res.paragraphs.reserve(lines.len());

    // The head: headline, byline, timestamps and a lone dateline before the first body line.
    let mut seen_headline = res.headline.is_some();
    let mut first_body = true;
    let mut in_head = true;
    let mut trailer = false;
    let n_lines = lines.len();
    for (li, line) in lines.iter().enumerate() {
        let from_end = n_lines - li;
        let plain_stamp_at =
            |k: usize| lines.get(k).is_some_and(|l| timestamp(l.text).is_some() || relative_stamp(l.text));
        // (`Published` / `19 April 2025`: a label on its own line over the date.)
        let stamp_at = |k: usize| {
            plain_stamp_at(k) || lines.get(k).is_some_and(|l| lone_stamp_label(l.text)) && plain_stamp_at(k + 1)
        };
        let role = if in_head && li < HEAD_LINES {
            // (A photo's caption or the date may stand above the headline.)
            let first = !seen_headline && res.paragraphs.iter().all(|p| matches!(p.1, Role::Caption | Role::Timestamp));
            if let Some(h) = headline(line, &lines[li + 1..], first) {
                seen_headline = true;
                res.headline.get_or_insert(h);
                Role::Headline
            } else if let Some((names, source)) = byline(line) {
                res.byline.extend(names);
                if res.source.is_none() {
                    res.source = source;
                }
                Role::Byline
            } else if let Some((names, source, date)) = seen_headline.then(|| separated_byline(line)).flatten() {
                res.byline.extend(names);
                if res.source.is_none() {
                    res.source = source.map(Cow::Borrowed);
                }
                if let Some(date) = date {
                    res.published.get_or_insert(date);
                }
                Role::Byline
            } else if let Some(name) = (after_byline(&res) || seen_headline && head_line(lines.get(li + 1)))
                .then(|| publication(line.text))
                .flatten()
            {
                // `By JANE OKAFOR` / `Associated Press`, or `Associated Press` over the date: the
                // byline's line that names the source.
                res.source.get_or_insert(Cow::Borrowed(name));
                Role::Byline
            } else if let Some(name) = after_byline(&res).then(|| of_publication(line.text)).flatten() {
                // `By Ann Lee` / `Of DOW JONES NEWSWIRES`.
                res.source.get_or_insert(Cow::Borrowed(name));
                Role::Byline
            } else if let Some(post) = after_byline(&res)
                .then(|| job_line(line.text).or_else(|| ends_in_job(line.text).then_some(line.text)))
                .flatten()
            {
                // `By Jane Doe` / `Staff Reporter of The Daily Ledger`: the byline's job line.
                if let Some(name) = post.split_once(" of ").and_then(|(_, of)| publication(of)) {
                    res.source.get_or_insert(Cow::Borrowed(name));
                }
                Role::Byline
            } else if let Some(name) = seen_headline.then(|| named_with_job(line)).flatten().filter(|name| {
                lines.get(li + 1).is_some_and(|l| timestamp(l.text).is_some())
                    || res.paragraphs.last().is_some_and(|p| p.1 == Role::Headline) && job_in_capitals(line.text, name)
            }) {
                // `Jane Doe Europe correspondent` over the date, or right under the headline when
                // the job opens with a capital (`Jane Doe Political correspondent`, not `Jane Doe
                // named new editor`): a byline without `By`.
                res.byline.push(name);
                Role::Byline
            } else if seen_headline && provided_by(line.text) {
                // `NEWS PROVIDED BY` over the sender's name: a release wire's byline.
                Role::Byline
            } else if let Some(sender) = (li > 0 && provided_by(lines[li - 1].text))
                .then(|| line.text.trim())
                .filter(|t| (1..=8).contains(&t.split_whitespace().count()) && !t.ends_with(['!', '?']))
            {
                res.source.get_or_insert(Cow::Borrowed(sender));
                Role::Byline
            } else if lone_stamp_label(line.text) && plain_stamp_at(li + 1) {
                // `Published` / `19 April 2025`: the label on a line of its own over the date.
                Role::Timestamp
            } else if seen_headline
                && bare_byline(line.text)
                && (stamp_at(li + 1)
                    || named_over_job(&lines[li..])
                    || lines.get(li + 1).is_some_and(|l| ends_in_job(l.text) || publication(l.text).is_some())
                        && stamp_at(li + 2))
            {
                // `Jane Doe`, `Jane Doe in Brussels and Ann Lee in Rome`, `KXYZ Staff` over the date:
                // a byline without `By`.
                res.byline.extend(bare_byline_names(line));
                Role::Byline
            } else if let Some(date) = timestamp(line.text) {
                res.published.get_or_insert(date);
                Role::Timestamp
            } else if relative_stamp(line.text) {
                // `Updated 3 hours ago`: a time stamp that dates nothing.
                Role::Timestamp
            } else if caption(line.text) {
                // A photo between the headline and the byline leaves the head open.
                Role::Caption
            } else if seen_headline
                && is_deck(line)
                && (head_line(lines.get(li + 1))
                    || head_line(lines.get(li + 2))
                    || named_over_job(&lines[li + 1..])
                    || under_semicolon_headline(&res, &lines[..li]))
            {
                // `Aid groups say at least 37 people were killed …` between the headline and the
                // byline or date: the standfirst, set apart like a subhead so that the story's own
                // lead, not the summary above it, opens the body.
                Role::Subhead
            } else {
                // A page's tools between the head's lines (`Share`, `Save`) leave the head open.
                let role = body_role(line, from_end, &mut res);
                in_head = role == Role::Footer;
                role
            }
        } else {
            in_head = false;
            body_role(line, from_end, &mut res)
        };
        // `Related Topics`, `More on this story` near the end: a page's links, not the story;
        // the short lines after the heading are its items.
        let role = if role != Role::Body {
            role
        } else if from_end <= TRAILER_LINES && is_trailer_heading(line.text) {
            trailer = true;
            Role::Footer
        } else if trailer && line.text.split_whitespace().count() <= TRAILER_ITEM_WORDS && !ends_sentence(line.text) {
            Role::Footer
        } else {
            trailer = false;
            role
        };
        let role = if role == Role::Body && first_body {
            first_body = false;
            match dateline(line) {
                Some(d) => {
                    let whole = d.span.end == line.span.end;
                    if res.source.is_none() {
                        res.source = d.agency.clone();
                    }
                    res.dateline = Some(d);
                    if whole { Role::Dateline } else { Role::Body }
                }
                None => Role::Body,
            }
        } else if role == Role::Body && is_subhead(text, res.paragraphs.last(), line, lines.get(li + 1)) {
            Role::Subhead
        } else {
            role
        };
        res.paragraphs.push((line.span, role));
    }
    // A short line between two footer lines is one too (`Read more: …` between `— With
    // assistance from …` and `©2025 …`).
    for i in 1..res.paragraphs.len().saturating_sub(1) {
        let [(_, before), (line, role), (_, after)] = [res.paragraphs[i - 1], res.paragraphs[i], res.paragraphs[i + 1]];
        let short = || line.as_str(text).split_whitespace().count() <= TRAILER_ITEM_WORDS;
        if before == Role::Footer && after == Role::Footer && role == Role::Body && short() {
            res.paragraphs[i].1 = Role::Footer;
        }
    }
    close_the_story(text, &mut res);
    // A caption's text above its credit on a line of its own.
    for i in 1..res.paragraphs.len() {
        let (credit, role) = res.paragraphs[i];
        let (above, above_role) = res.paragraphs[i - 1];
        let dateline = || res.dateline.as_ref().is_some_and(|d| above.contains(d.span));
        if role == Role::Caption
            && matches!(above_role, Role::Body | Role::Subhead)
            && !dateline()
            && lone_credit(credit.as_str(text))
            && is_caption_text(above.as_str(text))
        {
            res.paragraphs[i - 1].1 = Role::Caption;
        }
    }
    if res.published.is_none() {
        res.published = res.dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(date_fields);
        res.published_from_dateline = res.published.is_some();
    }
    res
}

/// Past the story's close, in the second half of the text, every body line and subhead is the
/// page's, up to the next story's headline and dateline. The close is a line that ends a story (a
/// sign-off, a copyright, the reporters' credits, an end mark), after which it goes on, or a press
/// release's `About Kelby Robotics` over the paragraph that opens with that name, which it heads.
fn close_the_story(text: &str, res: &mut Layout<'_>) {
    let paragraphs = &mut res.paragraphs;
    let half = text.len() / 2;
    let close = (1..paragraphs.len()).find_map(|i| {
        let (span, role) = paragraphs[i];
        let line = Line { text: span.as_str(text), span };
        if span.start < half {
            return None;
        }
        if role == Role::Footer && ends_story(&line) {
            return Some(i + 1);
        }
        let next = paragraphs.get(i + 1).map(|p| p.0.as_str(text));
        (role != Role::Footer && next.is_some_and(|next| about_the_sender(line.text, next))).then_some(i)
    });
    let from = close.unwrap_or(paragraphs.len()).min(paragraphs.len());
    // (A text of several stories goes on with the next one: its dateline's paragraph, or a
    // headline and byline up to two lines over it, ends the page's lines.)
    let opens_story = |k: usize| {
        paragraphs.get(k).is_some_and(|&(span, _)| dateline(&Line { text: span.as_str(text), span }).is_some())
    };
    // (A line that reports what someone said is the story's, wherever it stands.)
    let reports = |k: usize| {
        let t = paragraphs[k].0.as_str(text);
        paragraphs[k].1 == Role::Body && [" said", " says ", " told "].iter().any(|v| find_ci(t, v).is_some())
    };
    let to = (from..paragraphs.len()).find(|&k| (k..k + 3).any(opens_story) || reports(k)).unwrap_or(paragraphs.len());
    for p in &mut paragraphs[from..to] {
        if matches!(p.1, Role::Body | Role::Subhead) {
            p.1 = Role::Footer;
        }
    }
}

/// A footer line after which a story has ended: a copyright, the reporters' credits or contacts
/// ([`footer`]), a sign-off, a desk's line, an end mark (not a rule, which may part the story's
/// sections).
fn ends_story(line: &Line<'_>) -> bool {
    let t = line.text.trim();
    // (`Copyright lawyers said …` opens a sentence: a copyright line has its sign or year.)
    let copyright = || {
        starts_with_ci(t, "copyright")
            && !t.contains('©')
            && !t.bytes().any(|b| b.is_ascii_digit())
            && find_ci(t, "rights reserved").is_none()
    };
    footer(line).is_some() && !copyright() || Class::EndMark.has(t) || sign_off(t).is_some() || is_desk_line(t)
}

/// `About Kelby Robotics` over `Kelby Robotics, Inc. designs …`: a press release's note on its
/// sender, a heading of up to six words whose name opens the next paragraph.
fn about_the_sender(line: &str, next: &str) -> bool {
    let Some(name) = line.trim().strip_prefix("About ") else { return false };
    let first = name.split_whitespace().next().unwrap_or("");
    name.split_whitespace().count() <= 6
        && first.starts_with(char::is_uppercase)
        && !ends_sentence(name)
        && next.starts_with(first)
}

/// A line of one to ten words that could sign a story without `By`: capitalized words, and `in`
/// or `and` between them, no digits and no sentence (`Jane Doe`, `KXYZ Staff`, `Jane Doe in
/// Brussels and Ann Lee in Rome`).
fn bare_byline(text: &str) -> bool {
    const MAX_WORDS: usize = 10;
    let t = text.trim();
    let n = t.split_whitespace().count();
    (1..=MAX_WORDS).contains(&n)
        && !ends_sentence(t)
        && !t.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '"' | '“' | '”' | '?' | '!' | '(' | '|'))
        && t.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "in" | "at" | "and"))
}

/// `Jane Doe | 23 March 2025`, `Jane Doe · KBC News · Posted: Mar 04, 2025 5:00 AM EST`, `Jane Doe
/// / KNS / Updated: Mar 5, 2025, 23:41 IST`, `Jane Doe - Kelby Courier`: a reporter's name, then
/// the publication or the date between bars, middle dots, slashes or dashes. Returns the names,
/// the publication and the date.
#[allow(clippy::type_complexity)]
fn separated_byline<'a>(line: &Line<'a>) -> Option<(Vec<Name<'a>>, Option<&'a str>, Option<Date>)> {
    const MAX_LEN: usize = 160;
    let text = line.text;
    if text.len() > MAX_LEN {
        return None;
    }
    let sep = [" | ", " · ", " / ", " - "].into_iter().find(|s| text.contains(s))?;
    let mut segments = text.split(sep);
    let first = segments.next()?.trim();
    let at = Span::of_subslice(text, first, line.span.start)?;
    let names = bare_byline_names(&Line { text: first, span: at });
    // (Every word of the first part is a reporter's: `Kelby Staff` names no one.)
    let words = |s: &str| s.split_whitespace().filter(|&w| w != "and").count();
    if names.is_empty() || names.iter().map(|n| words(&n.name)).sum::<usize>() != words(first) {
        return None;
    }
    let outlet = |seg: &str| {
        (1..=4).contains(&seg.split_whitespace().count())
            && !seg.contains(|c: char| c.is_ascii_digit())
            && seg.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    };
    let (mut source, mut date, mut n) = (None, None, 0);
    for seg in segments.map(str::trim) {
        n += 1;
        match timestamp(seg) {
            Some(d) => date = date.or(Some(d)),
            None if relative_stamp(seg) => {}
            None if outlet(seg) => source = source.or(Some(seg)),
            None => return None,
        }
    }
    (n <= 3).then_some((names, source, date))
}

/// The reporters' names of a [`bare_byline`]: each piece between `and` and commas, up to `in`,
/// that is two or three words of a person's name (`KXYZ Staff` names no one).
fn bare_byline_names<'a>(line: &Line<'a>) -> Vec<Name<'a>> {
    // (`Dizon-Reyes`, `O’Neill`: a capital may follow a hyphen or an apostrophe.)
    let name_like = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.split(['-', '\'', '’']).all(|p| {
                p.chars().skip(1).all(|c| c.is_lowercase() || c == '.')
                    && p.chars().next().is_none_or(char::is_alphabetic)
            })
    };
    line.text
        .split(" and ")
        .flat_map(|p| p.split(", "))
        .filter_map(|piece| {
            let piece = piece.split(" in ").next()?.split(" at ").next()?.trim();
            let words: Vec<&str> = piece.split_whitespace().collect();
            let person = (2..=3).contains(&words.len())
                && words.iter().all(|w| name_like(w) && !Class::BylineRole.has(w) && !Class::OrgHead.has_as_written(w));
            let span = Span::of_subslice(line.text, piece, line.span.start)?;
            person.then_some(Name { name: Cow::Borrowed(piece), span })
        })
        .collect()
}

/// `NEWS PROVIDED BY`, `Provided by`: a release wire's label over the sender's name.
fn provided_by(text: &str) -> bool {
    let t = text.trim();
    t.eq_ignore_ascii_case("news provided by") || t.eq_ignore_ascii_case("provided by")
}

/// The last line read was a byline.
fn after_byline(res: &Layout<'_>) -> bool {
    res.paragraphs.last().is_some_and(|p| p.1 == Role::Byline)
}

/// A line of the story's head under a headline: a byline, a date line, or a reporter's name
/// with a job (`Jane Doe Europe correspondent`).
fn head_line(line: Option<&Line<'_>>) -> bool {
    line.is_some_and(|l| {
        byline(l).is_some()
            || timestamp(l.text).is_some()
            || relative_stamp(l.text)
            || named_with_job(l).is_some()
            || provided_by(l.text)
    })
}

/// `Ann Lee` / `Africa correspondent`: a reporter's bare name over the job, opening `lines`.
fn named_over_job(lines: &[Line<'_>]) -> bool {
    matches!(lines, [name, job, ..] if bare_byline(name.text) && ends_in_job(job.text))
}

/// A standfirst: a line of prose (not a dateline's lead) short enough to sum a story up.
fn is_deck(line: &Line<'_>) -> bool {
    const MAX_DECK: usize = 300;
    line.text.len() <= MAX_DECK && dateline(line).is_none() && line.text.split_whitespace().nth(3).is_some()
}

/// `Updated 3 hours ago`, `Published 2 days ago`, `3 hours ago`: a time stamp relative to the
/// reading.
fn relative_stamp(text: &str) -> bool {
    const UNITS: &[&str] = &["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let stamp = ["updated", "published", "posted", "last updated"].iter().any(|p| starts_with_ci(text, p));
    let ago = words.last().is_some_and(|w| w.eq_ignore_ascii_case("ago"));
    let bare = words.len() == 3
        && (words[0].parse::<u32>().is_ok()
            || words[0].eq_ignore_ascii_case("an")
            || words[0].eq_ignore_ascii_case("a"))
        && UNITS.iter().any(|u| words[1].eq_ignore_ascii_case(u));
    ago && (stamp && (3..=5).contains(&words.len()) || bare)
}

/// `Of DOW JONES NEWSWIRES`, `of The Daily Ledger`: the publication a byline's reporter writes for.
fn of_publication(text: &str) -> Option<&str> {
    strip_prefix_ci(text, "of ").and_then(publication)
}

/// The role of a line past the head that is not plainly body text: a footer, a closing
/// timestamp, a sign-off or a caption. `from_end` counts the lines from the end (1 for the last).
fn body_role<'a>(line: &Line<'a>, from_end: usize, res: &mut Layout<'a>) -> Role {
    let near_end = from_end <= SIGN_OFF_LINES;
    if let Some(contacts) = footer(line) {
        res.contacts.extend(contacts);
        Role::Footer
    } else if from_end <= 3 && timestamp(line.text).is_some() {
        Role::Timestamp
    } else if let Some(agency) = near_end.then(|| sign_off(line.text)).flatten() {
        res.source.get_or_insert(Cow::Borrowed(agency));
        Role::Footer
    } else if is_boilerplate(line.text)
        || is_rate_note(line.text)
        || near_end
            && (is_trailer_line(line.text)
                || is_author_note(line.text)
                || reported_from(line.text)
                || published_in_print(line.text)
                || is_link_row(line.text)
                || is_funding_note(line.text)
                // `Press Association`, `Kelby Valley Courier`: the outlet's name alone at the end
                // (not a photo's credit, `(AP Photo/Ann Lee)`).
                || from_end <= 3 && !line.text.contains(['(', '/']) && publication(line.text).is_some())
    {
        Role::Footer
    } else if let Some(date) = (from_end <= 3).then(|| wire_stamp(line.text)).flatten() {
        res.published.get_or_insert(date);
        Role::Timestamp
    } else if caption(line.text) {
        Role::Caption
    } else {
        Role::Body
    }
}

/// A line near the end that closes a wire story: an end mark, a desk's initials or sign-off, a way
/// to reach the newsroom, or the story's sources.
fn is_trailer_line(text: &str) -> bool {
    is_rule_or_end_mark(text)
        || is_desk_initials(text)
        || is_desk_line(text)
        || is_contact_line(text)
        || is_source_line(text)
        || is_app_promo(text)
        || is_wire_slug(text)
        || is_job_signature(text)
        || is_sign_up_call(text)
}

/// `— Staff writer`, `Staff Reporter`: a newsroom's job alone signs the story.
fn is_job_signature(text: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let t = text.trim().trim_start_matches(['-', '—', '–', ' ']);
    let words = t.split_whitespace().count();
    (1..=MAX_WORDS).contains(&words) && t.split_whitespace().all(|w| Class::BylineRole.has(w))
}

/// `Get alerts on the Top 25 all season. Sign up here.`, `Sign up for our daily briefing`: a
/// page's call to sign up.
fn is_sign_up_call(text: &str) -> bool {
    const MAX_WORDS: usize = 30;
    let t = text.trim();
    (starts_with_ci(t, "sign up ") || t.ends_with("Sign up here.") || t.ends_with("Sign up here"))
        && t.split_whitespace().count() <= MAX_WORDS
}

/// `AP-WS-12-10-96 1807EST`: a wire's slug with the date and time it was sent.
fn is_wire_slug(text: &str) -> bool {
    let t = text.trim();
    let Some((slug, clock)) = t.split_once(' ') else { return false };
    let parts: Vec<&str> = slug.split('-').collect();
    let code = |p: &str| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase());
    let number = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    parts.len() == 5
        && parts[..2].iter().all(|p| code(p))
        && parts[2..].iter().all(|p| number(p))
        && clock.len() >= 6
        && clock.bytes().take(4).all(|b| b.is_ascii_digit())
        && clock.bytes().skip(4).all(|b| b.is_ascii_uppercase())
}

/// `Download our app | Subscribe to our newsletter`, `… Download The Daily Ledger news app`: a
/// page's call to get its app, not a sentence of the story.
fn is_app_promo(text: &str) -> bool {
    const MAX_WORDS: usize = 40;
    let t = text.trim();
    // (`Download the Kelby News app to …`, `… — download the Kelby News app.`: a call in the
    // imperative, which may end a sentence.)
    let imperative = starts_with_ci(t, "download ") || find_ci(t, "— download ").is_some();
    find_ci(t, "download ").is_some()
        && find_ci(t, " app").is_some()
        && (t.contains('|') || !ends_sentence(t) || imperative)
        && t.split_whitespace().count() <= MAX_WORDS
}

/// `($1 = 0.92 euros)`, `(£1 = $1.27)`: a wire's note of the exchange rate it used.
fn is_rate_note(text: &str) -> bool {
    const MAX_UNIT: usize = 8;
    let Some(inner) = text.trim().strip_prefix('(').and_then(|t| t.strip_suffix(')')) else { return false };
    let Some((unit, _)) = inner.split_once(" = ") else { return false };
    unit.len() <= MAX_UNIT && unit.ends_with('1') && !unit.contains(' ')
}

/// `Published in The Kelby Courier, May 9th, 2025`: where and when the story ran in print.
fn published_in_print(text: &str) -> bool {
    const MAX_WORDS: usize = 12;
    starts_with_ci(text, "published in ")
        && text.split_whitespace().count() <= MAX_WORDS
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| w.trim_end_matches('.').parse::<u16>().is_ok_and(|y| y > 1900))
}

/// A page's or a wire's own line set in the story, wherever it stands: `Advertisement`, a
/// newsletter's sign-up, `Privacy Notice: …`, `(Updates with …)`, `— With assistance from …`,
/// `To contact the reporter …`, `Filed under: …`, `Follow AP’s coverage … at https://…`, `(END) …`.
fn is_boilerplate(text: &str) -> bool {
    const WHOLE: &[&str] = &[
        "advertisement",
        "skip advertisement",
        "story continues below advertisement",
        "continue reading the main story",
        "free weekly newsletter",
        "free daily newsletter",
        "share",
        "save",
        "share this page",
        "share this article",
        "social sharing",
        "share on other apps",
        "more by this author",
        "read next",
        "license this article",
        "report a typo or error",
        "reuse this content",
        "link copied!",
        "link copied",
        "report an error",
    ];
    const OPENERS: &[&str] = &[
        "privacy notice:",
        "filed under:",
        "to contact the reporter",
        "to contact the editor",
        "with assistance from",
        "(end)",
        "read more:",
        "read also:",
        "also read:",
        "see also:",
        "related:",
        "with files from ",
        "a version of this article appears in print",
        "this article was amended on",
        "topics:",
        "tags:",
        "(catch all the ",
        "catch all the ",
        "don't miss out on ",
        "don’t miss out on ",
        "with inputs from ",
        "(disclaimer:",
        "disclaimer:",
        "companies in this story",
        "related topics:",
        "do you have a news tip",
        "got a news tip",
        "this article originally appeared",
        "this story originally appeared",
        "this article was first published",
        "this story was first published",
        "get latest ",
        "stay up to date with the latest",
        "share this article:",
        "share this story:",
        "share this story :",
        "share or comment on this article",
        "kindly share this story",
        "related topic:",
        "related stories:",
        "related story:",
        "this story has been corrected",
        "this article has been corrected",
        "this story has been updated",
        "this article has been updated",
        "this article was written by ",
        "support local journalism",
        "before it's here, it's on the bloomberg terminal",
        "before it’s here, it’s on the bloomberg terminal",
        // A release's end matter.
        "for further information",
        "for more information, please contact",
        "for more information, contact",
        "on behalf of the board",
        "cautionary note regarding forward-looking",
        "cautionary statement regarding forward-looking",
        "forward-looking statements",
        "neither the tsx venture exchange",
        "not for distribution",
        "topic:",
        "published: by ",
    ];
    const NOTES: &[&str] = &["(updates ", "(adds ", "(corrects ", "(recasts ", "(only the headline of this report"];
    let t = text.trim_start_matches(['—', '–', '-', ' ']);
    let words = || t.split_whitespace().count();
    // `KXRN 7 will continue to update this story …`: the newsroom's promise to update; `AP
    // sports: https://apnews.com/sports`: a short label before a link.
    let update = || find_ci(t, " will continue to update this story").is_some() && words() <= 40;
    let link = || words() <= 6 && t.split_whitespace().last().is_some_and(|w| w.starts_with("http"));
    if t.contains("http") && link() || t.contains(" update this story") && update() || is_reading_time(t) {
        return true;
    }
    // Every phrase opens with one of these letters (or a bracket), in either case: most lines of
    // a story are ruled out by their first byte.
    if !matches!(
        t.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(
            b'a' | b'b'
                | b'c'
                | b'd'
                | b'e'
                | b'f'
                | b'g'
                | b'j'
                | b'k'
                | b'l'
                | b'm'
                | b'n'
                | b'o'
                | b'p'
                | b'r'
                | b's'
                | b't'
                | b'w'
                | b'('
        )
    ) {
        return false;
    }
    // `Subscribe to Kelby Daily for …`, `Join the Harlow News WhatsApp community here`, `Get the
    // latest scores delivered to your inbox. Sign up …`: a call to follow the newsroom.
    let call = || {
        const OFFERS: &[&str] = &[
            "newsletter",
            "community",
            "delivered to your inbox",
            "sent straight to your",
            "alerts delivered",
            "whatsapp channel",
            "on whatsapp",
            "follow us on",
        ];
        (starts_with_ci(t, "subscribe to ")
            || starts_with_ci(t, "join the ")
            || starts_with_ci(t, "join our ")
            || starts_with_ci(t, "get "))
            && words() <= 40
            && (starts_with_ci(t, "subscribe") || OFFERS.iter().any(|o| find_ci(t, o).is_some()))
    };
    // `Follow Ana Ruiz on X`, `… on Instagram`.
    let network = || {
        [" on x", " on twitter", " on instagram", " on facebook", " on bluesky", " on threads", " on whatsapp"]
            .iter()
            .any(|n| find_ci(t, n).is_some_and(|k| !t[k + n.len()..].starts_with(|c: char| c.is_alphanumeric())))
    };
    // (A phrase is compared only when its first letter is the line's.)
    let first = t.as_bytes()[0].to_ascii_lowercase();
    let may = |p: &&&str| p.as_bytes()[0] == first;
    WHOLE.iter().filter(may).any(|w| t.eq_ignore_ascii_case(w))
        || OPENERS.iter().filter(may).any(|o| starts_with_ci(t, o))
        || is_share_row(t)
        || first == b'(' && NOTES.iter().any(|o| starts_with_ci(t, o)) && t.ends_with(')')
        // `Sign up for our Politics Essential newsletter …`, `Sign up to Down to Earth`, `Sign up
        // for push alerts …`.
        || starts_with_ci(t, "sign up ")
            && (find_ci(t, "newsletter").is_some() || find_ci(t, " alerts").is_some() || words() <= 8)
        // `Follow AP’s coverage of hurricanes at https://…`, `Follow us on Twitter`, `Like Sports
        // on Facebook, follow …`.
        || starts_with_ci(t, "follow ")
            && words() <= 20
            && (find_ci(t, "http").is_some() || find_ci(t, " coverage ").is_some() || network())
        || liked_page(t)
        // `Editor: Zhou Jing`: the desk's editor, named under a wire's story.
        || starts_with_ci(t, "editor: ") && words() <= 4
        || call()
        // `This report by The Kelby Press was first published Nov. 19, 2025.`
        || starts_with_ci(t, "this report by ") && find_ci(t, " was first published ").is_some() && words() <= 20
}

/// `Like Kelby Sports on Facebook …`: a call to like the newsroom's page, named in capitals.
fn liked_page(t: &str) -> bool {
    const MAX_NAME_WORDS: usize = 4;
    let Some(rest) = strip_prefix_ci(t, "like ") else { return false };
    let Some(at) = find_ci(rest, " on facebook") else { return false };
    let page = &rest[..at];
    page.split_whitespace().count() <= MAX_NAME_WORDS
        && page.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
}

/// `Share on Facebook · Share on X · Email this article`: a page's sharing tools, two or more,
/// parted by middle dots, bars or bullets.
fn is_share_row(t: &str) -> bool {
    const MAX_WORDS: usize = 4;
    const TOOLS: &[&str] = &["share", "email", "print", "tweet", "copy link", "save", "comment", "send"];
    let tool = |p: &str| p.split_whitespace().count() <= MAX_WORDS && TOOLS.iter().any(|tool| starts_with_ci(p, tool));
    // (The line's first word rules out most lines before it is searched for a mark that parts
    // two tools or more.)
    TOOLS.iter().any(|tool| starts_with_ci(t, tool))
        && t.contains(['·', '|', '•'])
        && t.split(['·', '|', '•']).map(str::trim).all(tool)
}

/// `Ana Ruiz is a health reporter at The Harlow Post.`, `Ana Ruiz covers energy for The Times`:
/// a note on the reporter, near the end.
fn is_author_note(text: &str) -> bool {
    const MAX_WORDS: usize = 40;
    const JOBS: &[&str] = &["reporter", "correspondent", "editor", "writer", "columnist", "journalist", "producer"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalized = |w: &&&str| w.starts_with(char::is_uppercase);
    let mut name = words.iter().take_while(capitalized).count();
    // (`Ana Ruiz and Bo Lee cover Congress.`: two reporters.)
    if words.get(name) == Some(&"and") {
        let second = words[name + 1..].iter().take_while(capitalized).count();
        if (2..=4).contains(&second) {
            name += 1 + second;
        }
    }
    if !(2..=9).contains(&name) || words.len() > MAX_WORDS {
        return false;
    }
    let rest = &words[name..];
    // (`… is Political Correspondent at …`: a job in capitals too.)
    let job = rest.iter().take(12).any(|w| {
        let w = w.trim_end_matches([',', '.', '’', '\'', 's']);
        JOBS.iter().any(|j| j.eq_ignore_ascii_case(w))
    });
    let cap = |k: usize| rest.get(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    let employer = (0..rest.len()).any(|k| {
        matches!(rest[k], "for" | "at" | "with" | "from")
            && (cap(k + 1) || rest.get(k + 1) == Some(&"the") && cap(k + 2))
    });
    match rest {
        ["is" | "are", ..] => job && employer,
        ["covers" | "reports" | "writes", ..] => employer,
        // (`Ana Ruiz and Bo Lee cover Congress and transport policy.`: the beat of two reporters.)
        ["cover" | "report" | "write", ..] => name > 4,
        _ => false,
    }
}

/// `Lee reported from Harlow and Ruiz from Carrow.`: where the reporters filed from, at the end of
/// a wire story.
fn reported_from(text: &str) -> bool {
    const MAX_WORDS: usize = 20;
    let words: Vec<&str> = text.split_whitespace().collect();
    let name = words.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
    (1..=3).contains(&name)
        && words.len() <= MAX_WORDS
        && words.get(name) == Some(&"reported")
        && words.get(name + 1) == Some(&"from")
        && words.get(name + 2).is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// A page's own line that names nothing of the story: a call to follow or share, a link, a
/// list heading, an advertisement's label (not a credit such as `Reporting by …`).
pub(crate) fn is_page_furniture(text: &str) -> bool {
    is_boilerplate(text) || is_app_promo(text) || is_link_row(text) || is_trailer_heading(text)
}

/// `Corrections and clarifications | Submit a news tip`: a page's links, parted by bars, none of
/// them a sentence.
fn is_link_row(text: &str) -> bool {
    const MAX_WORDS: usize = 6;
    // (`Karnataka / Bengaluru / state politics`: a page's topics parted by slashes, three or more.)
    let sep = if text.matches(" / ").count() >= 2 { " / " } else { " | " };
    let mut parts = 0;
    // (Not a table's `N / A` cells: each topic has a word of three letters or more.)
    let worded = |part: &str| part.split_whitespace().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    for part in text.split(sep) {
        let words = part.split_whitespace().count();
        if words == 0 || words > MAX_WORDS || part.trim_end().ends_with(['.', '!', '?', '"', '”']) || !worded(part) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `The Local Democracy Reporting Service is a BBC-funded scheme …`: a note on who pays for the
/// reporting.
fn is_funding_note(text: &str) -> bool {
    const MAX_WORDS: usize = 40;
    let funded = find_ci(text, "funded").is_some();
    let reporting = ["journalism", "reporting", "news coverage"].iter().any(|w| find_ci(text, w).is_some());
    funded && reporting && text.split_whitespace().count() <= MAX_WORDS
}

/// A line near the end that gives a way to reach the newsroom: an e-mail address among a few words
/// (`Ann Lee in New York at alee@example.com`), or `… can be reached at …`, `Reach her at …`.
fn is_contact_line(text: &str) -> bool {
    const REACH: &[&str] = &["can be reached at", "reach her at", "reach him at", "reach them at"];
    // (`@handle` and `Stardust @ home` are no addresses: a name, the at sign, a domain with a dot.)
    let address = |w: &str| {
        w.split_once('@').is_some_and(|(name, domain)| !name.is_empty() && domain.trim_end_matches('.').contains('.'))
    };
    let email = memchr::memchr(b'@', text.as_bytes()).is_some()
        && text.split_whitespace().count() <= 25
        && text.split_whitespace().any(address);
    email || REACH.iter().any(|r| find_ci(text, r).is_some())
}

/// `Source: Al Jazeera and news agencies`: a line that names where the story came from.
fn is_source_line(text: &str) -> bool {
    const MAX_WORDS: usize = 10;
    // (`SOURCE Kelby Robotics`: a press release's sender, after the release.)
    let sender = || text.strip_prefix("SOURCE ").is_some_and(|name| name.starts_with(char::is_uppercase));
    (starts_with_ci(text, "source:") || sender()) && text.split_whitespace().count() <= MAX_WORDS
}

/// A wire's closing time stamp, `05-14-01 1147ET`: month, day and two-digit year, then the clock
/// and zone.
fn wire_stamp(text: &str) -> Option<Date> {
    let b = text.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).filter(|d| d.iter().all(u8::is_ascii_digit)).is_some();
    let shape = (15..=17).contains(&b.len())
        && digits(0..2)
        && b[2] == b'-'
        && digits(3..5)
        && b[5] == b'-'
        && digits(6..8)
        && b[8] == b' '
        && digits(9..13)
        && b[13..].iter().all(u8::is_ascii_uppercase);
    if !shape {
        return None;
    }
    let num = |r: std::ops::Range<usize>| std::str::from_utf8(&b[r]).ok()?.parse::<u32>().ok();
    let (month, day, yy) = (num(0..2)?, num(3..5)?, num(6..8)?);
    // Two-digit years from the wire era: 70-99 are the 1900s.
    let year = if yy >= 70 { 1900 + yy } else { 2000 + yy } as i32;
    Some(Date { year, month, day }).filter(|d| d.exists())
}

/// How near the end of the article a page's list of related links may start.
const TRAILER_LINES: usize = 12;
/// The most words of an item in a list of related links: a headline's length.
const TRAILER_ITEM_WORDS: usize = 14;

/// The heading of a page's list of related links or topics.
fn is_trailer_heading(text: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let t = text.trim().trim_end_matches(':');
    // (`MOST READ IN NEWS`, `Most popular this week`.)
    let most = (starts_with_ci(t, "most read") || starts_with_ci(t, "most popular"))
        && t.split_whitespace().count() <= MAX_WORDS;
    Class::PageTrailerHeading.has(t) || most
}

/// A line that is only a publication's or agency's name (`Associated Press`, `Reuters`,
/// `Capitol Tribune`, `The Daily Ledger`): a few capitalized words, the last an agency's name or
/// an organization's head.
fn publication(text: &str) -> Option<&str> {
    let t = text.trim();
    // (`(Australian Associated Press)`: in brackets under the name.)
    let t = t.strip_prefix('(').and_then(|b| b.strip_suffix(')')).unwrap_or(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalized = words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "of");
    let last = words.last()?;
    // (`DOW JONES NEWSWIRES`: a line in capitals writes its head in capitals.)
    let caps = !t.chars().any(char::is_lowercase);
    // (`BBC Wales`, `ABC Western Plains`: a network's regional desk.)
    let desk = words.len() > 1 && Class::SignOff.has_as_written(words[0]);
    let named =
        Class::SignOff.has(t) || Class::OrgHead.has_as_written(last) || caps && Class::OrgHead.has(last) || desk;
    ((1..=4).contains(&words.len()) && capitalized && named && !ends_sentence(t)).then_some(t)
}

/// A short line that tells a reporter's job and no more: `Staff Reporter of The Daily Ledger`,
/// `Senior Correspondent`, `Europe editor`. A job word from the byline roles, no sentence.
fn job_line(text: &str) -> Option<&str> {
    let t = text.trim();
    let job = job_part(t);
    let n_words = job.split_whitespace().count();
    let role = job.split_whitespace().any(|w| Class::BylineRole.has(w));
    ((1..=8).contains(&n_words) && role && !ends_sentence(t) && !job.contains([',', ':', '“', '"'])).then_some(t)
}

/// The job of a job line before the place it is held in, after a comma (`Arts correspondent,
/// Scotland`, `Political editor, BBC Wales`): up to three capitalized words.
fn job_part(t: &str) -> &str {
    const MAX_PLACE_WORDS: usize = 3;
    match t.split_once(", ") {
        Some((job, place))
            if place.split_whitespace().count() <= MAX_PLACE_WORDS
                && place.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) =>
        {
            job
        }
        _ => t,
    }
}

/// A [`job_line`] whose last word is the job (`Transport correspondent`, not `The editor agreed`).
fn ends_in_job(text: &str) -> bool {
    // (`Rugby writer·Kelby Herald·`: the job before the outlet, parted by middle dots.)
    let job = text.split(['·', '|']).next().unwrap_or(text);
    job_line(job).and_then(|j| job_part(j).split_whitespace().last()).is_some_and(|w| Class::BylineRole.has(w))
}

/// `Jane Doe Europe correspondent`, `Jane Q. Doe Staff Writer`: a name of two capitalized words
/// (three with an initial) and a job line after it, which ends in a job word. Returns the name.
fn named_with_job<'a>(line: &Line<'a>) -> Option<Name<'a>> {
    let t = line.text.trim_end();
    // (`Jane Doe, Political correspondent`: a comma may stand after the name.)
    job_line(&t.replacen(", ", " ", 1))?;
    let piece = name_before_job(t)?;
    let span = Span::of_subslice(line.text, piece, line.span.start)?;
    Some(Name { name: Cow::Borrowed(piece), span })
}

/// Whether the job after a byline's name, which opens `text`, opens with a capital (`Jane Doe,
/// Political correspondent`).
fn job_in_capitals(text: &str, name: &Name<'_>) -> bool {
    text.get(name.name.len()..).is_some_and(|job| job.trim_start_matches([',', ' ']).starts_with(char::is_uppercase))
}

/// The name of `Jane Doe Europe correspondent`, `Jane Q. Doe, Staff Writer`: two capitalized words
/// (three with an initial) before words that end in a job word; a comma may stand only right after
/// the name.
fn name_before_job(t: &str) -> Option<&str> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if !Class::BylineRole.has(words.last()?) {
        return None;
    }
    // (`Our Sports Reporter`, `Staff Reporter`: a newsroom's own, no one's name.)
    if matches!(words[0], "Our" | "Staff" | "From") {
        return None;
    }
    let initial = words.get(1).is_some_and(|w| w.len() == 2 && w.ends_with('.'));
    let n_name = if initial { 3 } else { 2 };
    let name_words = words.get(..n_name)?;
    let last = name_words.last()?.trim_end_matches(',');
    // (`Pennington-Kāretu`, `O’Neill`: each part of a joined name opens with a capital.)
    let name_like = |w: &str| {
        w.split(['-', '\'', '’']).all(|part| {
            part.starts_with(char::is_uppercase) && part.chars().skip(1).all(|c| c.is_lowercase() || c == '.')
                || part.is_empty()
        }) && w.starts_with(char::is_uppercase)
            && !Class::BylineRole.has(w)
    };
    let comma_inside = words[..n_name - 1].iter().chain(&words[n_name..]).any(|w| w.ends_with(','));
    if words.len() <= n_name
        || comma_inside
        || !name_words[..n_name - 1].iter().all(|w| name_like(w))
        || !name_like(last)
    {
        return None;
    }
    let end = last.as_ptr() as usize - t.as_ptr() as usize + last.len();
    Some(&t[..end])
}

/// A line that only separates (`___`, `* * *`, `###`) or ends the story (`-30-`, `ENDS`, `(END)`).
fn is_rule_or_end_mark(text: &str) -> bool {
    let t = text.trim();
    let rule = !t.is_empty() && t.chars().all(|c| matches!(c, '_' | '-' | '*' | '=' | '#' | '~' | '–' | '—' | ' '));
    rule || Class::EndMark.has(t)
}

/// An agency desk's initials at the end of a story (`jm/rl`, `bur-ach/dl`): short lowercase
/// groups joined by slashes or hyphens, with at least one slash.
fn is_desk_initials(text: &str) -> bool {
    let t = text.trim();
    // `dpa ab kw sw`: the German agency's name and its editors' letters.
    let letters = |w: &str| (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase());
    if let Some(codes) = t.strip_prefix("dpa ") {
        return codes.split_whitespace().all(letters) && codes.split_whitespace().count() <= 6;
    }
    t.len() <= 30
        && t.contains('/')
        && t.split(['/', '-']).all(|g| (1..=5).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A wire desk's sign-off with its telephone: `-- London Newsroom +44 171 542 7658`, `-- Kelby
/// Desk, 61-2 9373-1800`, `Harlow bureau (212) 555-0100`: one to four capitalized words, the last
/// a desk's noun, and a number of seven digits or more.
fn is_desk_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['-', '—', '–', '(']).trim_start();
    let phone = |c: char| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '/' | '.');
    let name = t.trim_end_matches(phone).trim_end().trim_end_matches(',');
    let number = &t[name.len()..];
    let words: Vec<&str> = name.split_whitespace().collect();
    let desk = words.last().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "newsroom" | "desk" | "bureau"));
    t.len() <= 80
        && desk
        && words.len() <= 4
        && words[..words.len() - 1].iter().all(|w| w.starts_with(char::is_uppercase))
        && number.bytes().filter(u8::is_ascii_digit).count() >= 7
}

/// A photo caption, credit or gallery line: one that opens as a caption does ([`opens_caption`]),
/// ends with a credit (`REUTERS/Ann Lee`, `AP Photo/Bo Park`, `Ann Lee/Getty Images`), toggles
/// one, credits a photographer, marks the photo ([`photo_marks`]), says it is from the files
/// ([`file_picture_tail`]) or closes with the outlet and photographer in brackets
/// ([`bracketed_credit`]).
fn caption(text: &str) -> bool {
    opens_caption(text)
        || ends_with_credit(text)
        || credit_toggle(text)
        || photo_by(text)
        || photo_marks(text)
        || file_picture_tail(text)
        || bracketed_credit(text)
}

/// `… in Klang. — Filepic`: a caption that says its picture is from the files.
fn file_picture_tail(text: &str) -> bool {
    let t = text.trim_end();
    let Some(head) = t.strip_suffix("Filepic").or_else(|| t.strip_suffix("File pic")) else { return false };
    head.trim_end().ends_with(['—', '–', '-']) && is_caption_text(t)
}

/// What only a caption writes: a copyright sign before the last few names (`… in May © Ann
/// Lee/AFP`), a bracketed note of the picture's kind at the end (`(File Photo)`, `(Supplied)`,
/// `(Video: Ann Lee)`), a bullet before the picture agency (`… • Kelby Sports Media`), or where
/// someone stands in the picture (`Ana Ruiz (left) greets …`). The line is a short one that quotes
/// no one.
fn photo_marks(text: &str) -> bool {
    const MAX_LEN: usize = 400;
    const TAIL_WORDS: usize = 8;
    const KINDS: &[&str] = &[
        "(file photo)",
        "(file)",
        "(supplied)",
        "(handout)",
        "(photo:",
        "(video:",
        "(news video:",
        "(image:",
        "(picture:",
        "(courtesy",
    ];
    const PLACES: &[&str] = &["(left)", "(right)", "(centre)", "(center)", "(second left)", "(second right)"];
    if text.len() > MAX_LEN {
        return false;
    }
    // Every mark has a bracket, a copyright sign or a bullet, found by their bytes (`©` and `•`
    // end in these; other characters do too, which the tests below rule out): most lines have none.
    let bytes = text.as_bytes();
    if memchr::memchr3(b'(', 0xA9, 0xA2, bytes).is_none() || !is_caption_text(text) {
        return false;
    }
    let capitalized_tail = |tail: &str| {
        let words: Vec<&str> = tail.split_whitespace().collect();
        (1..=TAIL_WORDS).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "/")
    };
    let before_words = |at: usize| text[..at].split_whitespace().count();
    let copyright =
        text.rfind('©').is_some_and(|at| before_words(at) >= 3 && capitalized_tail(&text[at + '©'.len_utf8()..]));
    let bullet =
        text.rfind(" • ").is_some_and(|at| before_words(at) >= 3 && capitalized_tail(&text[at + " • ".len()..]));
    let kind = text.trim_end().ends_with(')')
        && text
            .rfind('(')
            .is_some_and(|at| before_words(at) >= 3 && KINDS.iter().any(|k| starts_with_ci(&text[at..], k)));
    let place = memchr::memchr_iter(b'(', bytes).any(|at| PLACES.iter().any(|p| starts_with_ci(&text[at..], p)));
    copyright || bullet || kind || place
}

/// `… on Monday. (Kelby News: Ann Lee)`, `… in March. [Ann Lee, Kelby Ledger]`: after the
/// caption's sentence, a bracket of capitalized words alone that names the outlet and the
/// photographer, parted by a colon or a comma.
fn bracketed_credit(text: &str) -> bool {
    const MAX_WORDS: usize = 7;
    let t = text.trim_end();
    if !t.ends_with([')', ']']) || t.len() > 400 {
        return false;
    }
    let Some(open) = t.rfind(['(', '[']) else { return false };
    let Some(inner) = t[open + 1..].strip_suffix([')', ']']) else { return false };
    let words = inner.split_whitespace().count();
    let parted = inner.contains(": ") || inner.contains(", ");
    let capitalized = inner.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    ends_sentence(t[..open].trim_end()) && parted && capitalized && (2..=MAX_WORDS).contains(&words)
}

/// `Ann Lee/KCUR hide caption`: a web page's button after a caption's credit.
fn credit_toggle(text: &str) -> bool {
    (text.ends_with(" hide caption") || text.ends_with(" toggle caption")) && text.split_whitespace().count() <= 12
}

/// What a caption says: a sentence or two of at most 40 words, quoting no one.
fn is_caption_text(text: &str) -> bool {
    const MAX_WORDS: usize = 40;
    text.split_whitespace().count() <= MAX_WORDS && !text.contains(is_quote_mark)
}

/// A caption's credit on a line of its own, which follows the caption's text: `Photo: Ann
/// Lee/The Harlow Bee`, `Credit: Ann Lee/AP`, `Ann Lee/AP/File`, `Ann Lee/KCUR hide caption`
/// (but not `Image source, Getty Images`, which stands above the caption it credits).
fn lone_credit(text: &str) -> bool {
    const LABELS: &[&str] =
        &["photo:", "photograph:", "photos:", "picture:", "credit:", "credit...", "credit…", "photographer:", "image:"];
    const MAX_WORDS: usize = 10;
    let words = text.split_whitespace().count();
    let labelled = LABELS.iter().any(|l| starts_with_ci(text, l));
    // (`(AP Photo/Ann Lee)`, `(Kelby Fire Service via AP)`: in brackets too.)
    let named = || {
        text.split_whitespace().all(|w| w.trim_start_matches(['(', '[']).starts_with(char::is_uppercase) || w == "via")
            && ends_with_credit(text)
    };
    words <= MAX_WORDS && (labelled || credit_toggle(text) || named() || photo_by(text))
}

/// `Ledger file photo by Ann Lee`, `Photo by Ann Lee`: a short line that credits a photo to the
/// names that end it.
fn photo_by(text: &str) -> bool {
    const MAX_WORDS: usize = 10;
    // (Ten words fit in far fewer bytes than this: most lines are ruled out before the search.)
    const MAX_LEN: usize = 160;
    if text.len() > MAX_LEN {
        return false;
    }
    let Some(at) = find_ci(text, "photo by ") else { return false };
    let names = &text[at + "photo by ".len()..];
    text.split_whitespace().count() <= MAX_WORDS
        && !names.is_empty()
        && names.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "of" | "for"))
        && !ends_sentence(text)
}

/// A line that opens a caption or is a gallery line: `FILE PHOTO: …`, `FILE - …`, `Photo: …`,
/// `(Photo by …)`, `Image caption, …`, `Slideshow (3 images)`.
fn opens_caption(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "file photo",
        "photo:",
        "photos:",
        "image:",
        "picture:",
        "photograph:",
        "(photo",
        "image caption",
        "image source",
        "media caption",
        "video caption",
        "picture caption",
        "credit:",
        "credit...",
        "credit…",
        "photographer:",
        // (Who stands where: `L-R: Ana Ruiz, …`.)
        "l-r:",
        "(l-r)",
        "from left:",
        "left to right:",
    ];
    if text.len() > 600 {
        return false;
    }
    // Every opener starts with one of these bytes, in either case.
    let opens = matches!(
        text.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'f' | b'p' | b'i' | b'(' | b'm' | b'v' | b'c' | b'l')
    );
    if opens
        && (OPENERS.iter().any(|o| starts_with_ci(text, o)) || text.starts_with("FILE -") || text.starts_with("FILE —"))
    {
        return true;
    }
    strip_prefix_ci(text, "slideshow").is_some_and(|rest| rest.split_whitespace().count() <= 3)
}

/// A credit stands among the last words of the line, and only names follow it: `… REUTERS/Ann
/// Lee`, `… (AP Photo/Bo Park, File)`, `… Bo Park/AFP via Getty Images`, `… Photograph: Ann
/// Lee/Reuters` (but not `… a CNN/ORC poll released on Tuesday.`).
fn ends_with_credit(text: &str) -> bool {
    if text.len() > 600 {
        return false;
    }
    let mut tail_from = text.len().saturating_sub(CREDIT_TAIL);
    while !text.is_char_boundary(tail_from) {
        tail_from += 1;
    }
    let tail = &text[tail_from..];
    // A credit has a slash or a colon (looked for by memchr: the library's own search of a
    // character costs more on every line), an agency's copyright or `via`.
    // (The searchers are built once: the library's `contains` sets one up on every call.)
    static COPYRIGHT: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("Copyright "));
    static VIA: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(" via "));
    let slash = memchr::memchr(b'/', tail.as_bytes()).is_some();
    let has = |finder: &memmem::Finder<'_>| finder.find(tail.as_bytes()).is_some();
    if !slash && memchr::memchr(b':', tail.as_bytes()).is_none() && !has(&COPYRIGHT) && !has(&VIA) {
        return false;
    }
    // (`(Photo by Ann Lee / AFP)`: a slash may stand between spaces.)
    let joined;
    let tail = if slash && tail.contains(" / ") {
        joined = tail.replace(" / ", "/");
        joined.as_str()
    } else {
        tail
    };
    let words: Vec<&str> = tail.split_whitespace().collect();
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '.' | ','))
    }
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    // Only names (and `via`, `File`) after the credit; after a label, the paper the
    // photographer works for too (`Credit: Ann Lee for The Kelby Ledger`).
    let names_within = |k: usize, most: usize| {
        let rest = &words[k + 1..];
        rest.len() <= most
            && rest.iter().all(|w| {
                let w = bare(w);
                w.is_empty() || w.starts_with(char::is_uppercase) || w == "via" || w.contains('/')
            })
    };
    let names_after = |k: usize| names_within(k, 4);
    let named_for = |k: usize| {
        names_after(k)
            || words[k + 1..].iter().position(|w| *w == "for").is_some_and(|f| {
                f > 0 && names_within(k + f + 1, 4) && words[k + 1..k + 1 + f].iter().all(|w| capitalized(w))
            })
    };
    // The credit stands apart from the caption's sentence: after its end or a bracket, with
    // at most two of the photographer's names before the word with the slash (not `… in a
    // survey by AP/NORC.`).
    let credit_from = |k: usize| {
        (k.saturating_sub(2)..k)
            .rev()
            .take_while(|&i| capitalized(bare(words[i])) && !ends_sentence(words[i]))
            .last()
            .unwrap_or(k)
    };
    // `… in January. (Ann Lee/The Harlow Post)`, `… [Ann Lee/AFP]`: a bracket that closes the
    // caption holds the credit.
    let closing = text.trim_end().ends_with([')', ']']);
    // (`… five states. (Photo by Dana Kessler/Getty Images)`.)
    let photo_by = |from: usize| {
        from > 1
            && words[from - 1] == "by"
            && matches!(bare(words[from - 2]), "Photo" | "Photos" | "Photograph" | "Picture" | "Image")
    };
    let bracketed = |k: usize| {
        let from = credit_from(k);
        closing && (words[from].starts_with(['(', '[']) || photo_by(from) && words[from - 2].starts_with(['(', '[']))
    };
    let opens_credit = |k: usize| {
        let from = credit_from(k);
        let whole_line = from == 0 && tail_from == 0;
        whole_line
            || words[from].starts_with(['(', '['])
            || from > 0 && ends_sentence(words[from - 1])
            || photo_by(from)
    };
    let agency = |w: &str| Class::SignOff.has(w) || w == "Getty";
    words.iter().enumerate().any(|(k, w)| {
        let w = bare(w);
        // `Photograph: Ann Lee/Reuters`: a credit's label after the caption.
        // (`… - Copyright AFP Ann LEE`: an agency's copyright.)
        let label = k > 0
            && (["Photograph:", "Photo:", "Photos:", "Picture:", "Pic:", "Image:", "Credit:"]
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l))
                || w == "File:" && words[k].starts_with('[')
                || w == "Copyright" && words.get(k + 1).is_some_and(|n| Class::SignOff.has(bare(n))))
            && words.get(k + 1).is_some_and(|n| capitalized(n))
            && named_for(k + 1);
        // `REUTERS/Ann`, `Photo/Bo`: an agency in capitals before the photographer's name;
        // `Park/AFP`, `Lee/Reuters`, `Park/Getty`: a photographer's name before an agency.
        let slash = w.contains('/')
            && w.split('/').collect::<Vec<&str>>().windows(2).any(|pair| {
                let (a, b) = (pair[0], pair[1]);
                // (`SUPPLIED/KELBY COUNCIL`, `HANDOUT/Kelby Police`.)
                let label = matches!(a, "Photo" | "SUPPLIED" | "Supplied" | "HANDOUT" | "Handout");
                let before = (Class::SignOff.has(a) && a.chars().all(char::is_uppercase) || label) && capitalized(b);
                before || capitalized(a) && (agency(b) || capitalized(b) && bracketed(k)) && a != b
            })
            && names_after(k)
            && opens_credit(k);
        // `… (Kelby Fire Service via AP)`: a body's name and an agency closing the bracket.
        let via = w == "via"
            && closing
            && k + 2 == words.len()
            && agency(bare(words[k + 1]))
            && (k.saturating_sub(4)..k).any(|i| words[i].starts_with(['(', '[']));
        label || slash || via
    })
}

/// How near the end of a caption its credit stands, in bytes.
const CREDIT_TAIL: usize = 60;

/// A short section heading inside the body: after a caption or a body paragraph that ends a sentence and
/// before a longer one, a line of a few words without final punctuation or quotation marks, in
/// title case or capitals (or a Markdown `## heading`).
fn is_subhead(text: &str, prev: Option<&(Span, Role)>, line: &Line<'_>, next: Option<&Line<'_>>) -> bool {
    // (A related link's line, `Read more: …`, may stand above it in the body.)
    let Some(&(prev, prev_role @ (Role::Body | Role::Caption | Role::Footer))) = prev else {
        return false;
    };
    let Some(next) = next else {
        return false;
    };
    if line.text.starts_with("##") {
        return true;
    }
    // (`‘We heard a rumble’`: a quotation set as a heading; `What happens next?`: a question;
    // `How it stands:`: a label over what follows.)
    let quoted = unquoted(line.text);
    let label = line.text.strip_suffix(':');
    let t = quoted.or_else(|| line.text.strip_suffix('?')).or(label).unwrap_or(line.text);
    // The cheap tests first: most body lines fail one of them, and the grammars need not run.
    if t.len() > SUBHEAD_MAX_BYTES
        || next.text.len() < SUBHEAD_NEXT_MIN.max(line.text.len() * 2)
        || !t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || t.ends_with(|c: char| c.is_ascii_punctuation() || "…”’—–".contains(c))
        || t.contains(|c: char| is_quote_mark(c))
        || t.chars().count() > 60
    {
        return false;
    }
    let ends_sentence = prev_role != Role::Body || ends_sentence(prev.as_str(text));
    if !ends_sentence || timestamp(t).is_some() || dateline(line).is_some() {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 8 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).collect();
    let capitalized = long.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    let title_case = capitalized * 10 >= long.len() * 7;
    // (A question in sentence case is as often an interviewer's or the writer's own, `The good
    // news?`: only a short one that opens with a question's word heads a section, `What happens
    // next?`, `Who is affected?`, or one in title case or capitals.)
    // (Not one put to someone, `Where do you advertise?`, nor one about what was just said, `How
    // is that possible?`.)
    let person = |w: &&str| matches!(*w, "you" | "your" | "I" | "we" | "our" | "that");
    if line.text.ends_with('?') && quoted.is_none() {
        return title_case || words.len() <= 6 && asks(words[0]) && !words.iter().any(person);
    }
    // (`How it stands:`, `Regulatory hurdles:`; not `He added:` over a quotation, nor a sentence
    // that runs on into a list, `Imagine that she:`.)
    if label.is_some() {
        let runs_on = words.iter().any(|w| Class::SayVerb.has(w) || person(w));
        return words.len() <= 4 && !runs_on;
    }
    // (`Vaccines in short supply`, `Spinners turn the screw`: four words in sentence case head a
    // section too, but not a short sentence that lost its period, `He declined to comment`,
    // `The union declined comment`: one opens with a pronoun or holds a speech or stance verb.)
    let sentence = || {
        crate::lexicon::with_lowercase(words[0], |w| Class::SubjectPronoun.has(w))
            || words.iter().any(|w| crate::lexicon::with_lowercase(w, words_speak))
    };
    words.len() <= 3 || words.len() == 4 && !sentence() || quoted.is_some() || title_case
}

/// A verb that reports speech or a stance (`said`, `told`, `declined`).
fn words_speak(w: &str) -> bool {
    Class::SayVerb.has(w) || Class::OtherSpeechVerb.has(w) || Class::StanceVerb.has(w)
}

/// A word that opens a question (`What`, `Why`, `Is`).
fn asks(w: &str) -> bool {
    let w = w.split(['’', '\'']).next().unwrap_or(w);
    matches!(
        w,
        "What"
            | "Why"
            | "How"
            | "Who"
            | "When"
            | "Where"
            | "Which"
            | "Is"
            | "Are"
            | "Can"
            | "Will"
            | "Does"
            | "Do"
            | "Should"
            | "Could"
    )
}

/// The words inside the single quotation marks of a line that is one quotation, as a heading
/// quotes (`‘We heard a rumble’`; a paragraph quotes in double marks).
fn unquoted(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    let (first, last) = (chars.next()?, chars.next_back()?);
    let opens = matches!(first, '‘' | '\'');
    let closes = matches!(last, '’' | '\'');
    (opens && closes && !chars.as_str().is_empty()).then_some(chars.as_str())
}

/// The length of the shortest paragraph a subhead stands above, in bytes.
const SUBHEAD_NEXT_MIN: usize = 60;
/// No subhead is longer, in bytes (60 characters of up to 4 bytes).
const SUBHEAD_MAX_BYTES: usize = 240;

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '«' | '»' | '„')
}

/// A `---` block of `key: value` lines at the top. Returns the number of lines it used.
fn front_matter<'a>(text: &'a str, lines: &[Line<'a>], res: &mut Layout<'a>) -> Option<usize> {
    let first = lines.first()?;
    if first.text != "---" {
        return None;
    }
    let close = lines.iter().skip(1).position(|l| l.text == "---")? + 1;
    for line in &lines[1..close] {
        let Ok((_, (key, value))) = key_value(line.text) else {
            res.diagnostics.push(Diagnostic::warning(
                "front-matter-line",
                line.span,
                "expected a `key: value` line in the front matter",
            ));
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        let span = Span::of_subslice(text, value, 0).unwrap_or(line.span);
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => res.headline = Some(Spanned { text: Cow::Borrowed(value), span }),
            "date" | "published" => match date_line(value) {
                Some(d) => res.published = Some(d),
                None => res.diagnostics.push(Diagnostic::warning(
                    "front-matter-date",
                    span,
                    "expected a date such as `2023-03-17` or `March 17, 2023`",
                )),
            },
            "published_time" | "datetime" => match DateTime::parse_iso(value) {
                Some(t) => {
                    res.published_time = Some(t);
                    res.published.get_or_insert(t.date);
                }
                None => res.diagnostics.push(Diagnostic::warning(
                    "front-matter-date",
                    span,
                    "expected an ISO 8601 date-time such as `2023-03-17T09:41:00-05:00`",
                )),
            },
            "source" | "publisher" => res.source = Some(Cow::Borrowed(value)),
            "url" | "link" => res.url = Some(Cow::Borrowed(value)),
            "author" | "authors" | "by" => {
                for name in value.split([',', ';']).flat_map(|p| p.split(" and ")) {
                    let name = name.trim();
                    if !name.is_empty() {
                        let span = Span::of_subslice(text, name, 0).unwrap_or(span);
                        res.byline.push(Name { name: Cow::Borrowed(name), span });
                    }
                }
            }
            _ => {}
        }
    }
    let span = first.span.join(lines[close].span);
    res.paragraphs.push((span, Role::FrontMatter));
    Some(close + 1)
}

fn key_value(i: &str) -> IResult<&str, (&str, &str)> {
    let (i, key) = take_while1(|c: char| c.is_alphanumeric() || c == '_' || c == '-').parse(i)?;
    let (i, _) = (space0, char(':'), space0).parse(i)?;
    Ok(("", (key, i)))
}

/// `# Title`, or a short first line that reads as a title: in title case, or without final
/// punctuation, or ending with a full stop right above a byline, timestamp or dateline.
fn headline<'a>(line: &Line<'a>, after: &[Line<'a>], first: bool) -> Option<Spanned<'a>> {
    if let Some(rest) = line.text.strip_prefix("# ") {
        let t = rest.trim();
        let span = Span::new(line.span.end - t.len(), line.span.end);
        return Some(Spanned { text: Cow::Borrowed(t), span });
    }
    let next = after.first()?;
    if !first || line.text.len() > 200 || byline(line).is_some() || timestamp(line.text).is_some() || caption(line.text)
    {
        return None;
    }
    let words: Vec<&str> = line.text.split_whitespace().collect();
    if words.len() > 24 {
        return None;
    }
    let last = line.text.chars().last()?;
    let punct_end = matches!(last, '.' | ',' | ';' | ':');
    let long_words: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).collect();
    let capitalized = long_words.iter().filter(|w| w.starts_with(|c: char| c.is_uppercase())).count();
    let title_case = !long_words.is_empty() && capitalized * 10 >= long_words.len() * 7;
    // (`A mural lost to a wrecking ball is reborn.` over a standfirst and the byline: a headline
    // written as a sentence.)
    let opens = || opens_story(next) || after.get(1).is_some_and(|l| is_deck(next) && opens_story(l));
    // (`Mayor leads race; turnout a worry;` over a short deck: a headline whose parts a semicolon
    // closes, as some papers' wire copy sets them.)
    let semicolon_head = || {
        const MAX_HEAD_WORDS: usize = 12;
        const MAX_DECK_WORDS: usize = 15;
        last == ';' && words.len() <= MAX_HEAD_WORDS && next.text.split_whitespace().count() <= MAX_DECK_WORDS
    };
    let sentence_head = || last == '.' && one_sentence(line.text) && opens();
    if punct_end && !(title_case || sentence_head() || semicolon_head()) {
        return None;
    }
    if last == ';' {
        // (The title is shown without the semicolon that closes it.)
        let t = line.text.trim_end_matches(';').trim_end();
        return Some(Spanned { text: Cow::Borrowed(t), span: Span::new(line.span.start, line.span.start + t.len()) });
    }
    // A plain sentence with a final period is body text; so is one that ends with a dateline dash.
    if line.text.ends_with(['—', '–']) {
        return None;
    }
    Some(Spanned { text: Cow::Borrowed(line.text), span: line.span })
}

/// Whether the line before is the headline and a semicolon closed it (`Mayor leads race;` over
/// `Ahead by double digits.`): such a headline's deck is the line under it.
fn under_semicolon_headline(res: &Layout<'_>, before: &[Line<'_>]) -> bool {
    res.paragraphs.last().is_some_and(|p| p.1 == Role::Headline) && before.last().is_some_and(|l| l.text.ends_with(';'))
}

/// No sentence ends inside the text: a full stop is followed by a space only after an initial or
/// a short abbreviation (`U.S.`, `Mr.`).
fn one_sentence(text: &str) -> bool {
    let body = text.trim_end_matches('.');
    body.split_whitespace().all(|w| !w.ends_with(['.', '!', '?']) || w.trim_end_matches('.').chars().count() <= 3)
}

/// The line under a headline: a byline, a timestamp or a dateline.
fn opens_story(line: &Line<'_>) -> bool {
    byline(line).is_some() || timestamp(line.text).is_some() || dateline(line).is_some()
}

/// `political reporter Ann Lee` → `Ann Lee`: the name after a job in lower case that opens a
/// byline; the text itself when no such job opens it.
fn after_job(rest: &str) -> &str {
    let mut job_end = None;
    for (k, w) in rest.split_whitespace().enumerate() {
        if !w.starts_with(char::is_lowercase) || k >= 4 {
            break;
        }
        if Class::BylineRole.has(w) {
            // (The word is a slice of `rest`: its offset is where it stands, not where the same
            // letters first occur.)
            job_end = Some(w.as_ptr() as usize - rest.as_ptr() as usize + w.len());
        }
    }
    job_end.map_or(rest, |end| rest[end..].trim_start())
}

/// `By A`, `By A and B`, `By A, B and C`, with an optional `, Reuters` or `| AP` suffix.
pub fn byline<'a>(line: &Line<'a>) -> Option<(Vec<Name<'a>>, Option<Cow<'a, str>>)> {
    // (`Written by Ann Lee`.)
    let written = opt((tag_no_case::<_, _, nom::error::Error<&str>>("written"), space1));
    let (rest, _) = (written, tag_no_case("by"), space1).parse(line.text).ok()?;
    if line.text.len() > 160 {
        return None;
    }
    let rest = after_job(rest);
    let (names_part, source) = match rest.find(['|', '/', '—', '–']) {
        Some(k) => {
            // (`| ann.lee@ledger.com`: an address, not a source.)
            let src = rest[k..].trim_start_matches(['|', '/', '—', '–']).trim();
            (&rest[..k], (!src.is_empty() && !src.contains('@')).then_some(src))
        }
        None => (rest, None),
    };
    let mut names = Vec::new();
    let mut source = source.map(Cow::Borrowed);
    let parts: Vec<&str> = names_part.split(',').collect();
    let n_parts = parts.len();
    let author_caps = !parts[0].chars().any(char::is_lowercase);
    for (k, part) in parts.into_iter().enumerate() {
        // `, Political correspondent`, `, Health & Science Editor`: the reporter's job.
        if k > 0 && part.split_whitespace().any(|w| Class::BylineRole.has(w)) {
            continue;
        }
        // `By Jane Doe, BBC News, Abuja`, `By Jane Doe, KBC Sport at Carrow Road`: the
        // publication (an acronym's or a body's name), and where the reporter files from.
        if k > 0 {
            let outlet = part.split(" at ").next().unwrap_or(part).trim();
            let words: Vec<&str> = outlet.split_whitespace().collect();
            let acronym = || !author_caps && words[0].len() >= 2 && words[0].bytes().all(|b| b.is_ascii_uppercase());
            let org = || words.last().is_some_and(|w| Class::OrgHead.has_as_written(w));
            let named = !words.is_empty() && words.iter().all(|w| name_word(w));
            if named && words.len() >= 2 && (acronym() || org()) {
                source.get_or_insert(Cow::Borrowed(outlet));
                continue;
            }
            // (`By Ann Lee, Kelby City`: with no `and`, a second part of a few words is where
            // the reporter files from.)
            let place = n_parts == 2 && !names_part.contains(" and ") && words.len() >= 2;
            if named && (source.is_some() || place) && k + 1 == n_parts && words.len() <= 3 {
                continue;
            }
        }
        for piece in part.split(" and ").flat_map(|p| p.split(" & ")) {
            let piece = piece.trim().trim_start_matches("and ").trim();
            if piece.is_empty() {
                continue;
            }
            // (`By Jane Doe Health reporter`: the job after the name, with no comma.)
            let piece = name_before_job(piece).unwrap_or(piece);
            let n_words = piece.split_whitespace().count();
            if !piece.split_whitespace().all(name_word) {
                return None;
            }
            if piece.split_whitespace().any(|w| Class::BylineRole.has_as_written(w)) {
                continue;
            }
            // A lone word after a comma is an agency (`By Jane Doe, Reuters`), and a name that ends
            // like an organization's is the publication (`By Jane Doe, Capitol Tribune`).
            let org = piece.split_whitespace().last().is_some_and(|w| Class::OrgHead.has_as_written(w));
            let publication = n_words == 1 || piece.starts_with("The ") || org;
            if k > 0 && k + 1 == n_parts && publication && !part.contains(" and ") {
                source.get_or_insert(Cow::Borrowed(piece));
                continue;
            }
            let (piece, agency) = agency_after_name(piece);
            if let Some(agency) = agency {
                source.get_or_insert(Cow::Borrowed(agency));
            }
            let span = Span::of_subslice(line.text, piece, line.span.start)?;
            names.push(Name { name: Cow::Borrowed(piece), span });
        }
    }
    (!names.is_empty()).then_some((names, source))
}

/// `JOHN MERCER Associated Press`, `Jane Doe Reuters`: an agency or publication right after the
/// name, with no comma: the name in capitals before a name in mixed case ending in an
/// organization's head, two words ending in such a head after a name of two words or more, or an
/// agency's one word. Returns the name and the agency.
fn agency_after_name(piece: &str) -> (&str, Option<&str>) {
    // Each word with its offset in `piece`.
    let words: Vec<(usize, &str)> =
        piece.split_whitespace().map(|w| (w.as_ptr() as usize - piece.as_ptr() as usize, w)).collect();
    let n = words.len();
    let is_caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let split_at = |k: usize| (piece[..words[k].0].trim_end(), Some(&piece[words[k].0..]));
    if n >= 3 && Class::SignOff.has_as_written(words[n - 1].1) {
        return split_at(n - 1);
    }
    if n < 4 || !Class::OrgHead.has_as_written(words[n - 1].1) {
        return (piece, None);
    }
    let caps = words.iter().take_while(|(_, w)| is_caps(w)).count();
    if caps >= 2 && caps < n {
        return split_at(caps);
    }
    split_at(n - 2)
}

/// A word that can be part of a person's name in a byline.
fn name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) || Class::NameConnector.has_as_written(w) || w.starts_with("al-")
}

/// `LISBON —`, `OTTAWA (Reuters) -`, `NAIROBI, March 17 (Reuters) -`, `KYIV, Ukraine (AP) —`, `OSLO 2024-05-14`.
pub fn dateline<'a>(line: &Line<'a>) -> Option<Dateline<'a>> {
    let text = line.text;
    let caps_region = || recognize((caps_place, opt((tag(", "), region))));
    if let Ok((rest, (place, _, date))) = (caps_region(), space1, iso_date).parse(text) {
        if rest.trim().is_empty() {
            let date = Some(date.to_string());
            return Some(Dateline { place: Cow::Borrowed(place), date, agency: None, span: line.span });
        }
    }
    // One place or several (`WASHINGTON / WILMINGTON, Del.`), each with an optional region.
    let one_place = || recognize((alt((caps_place, region)), opt((tag(", "), region))));
    let place_sep = (space0, char('/'), space0);
    let (rest, place) = recognize(separated_list1(place_sep, one_place())).parse(text).ok()?;
    // (`CHICAGO, March 3, 2025 /PRNewswire/ --`: a release's date has its year.)
    let (rest, date) = opt((tag(", "), month_day, opt((tag(", "), year))).map(|(_, d, _)| d)).parse(rest).ok()?;
    let (rest, agency) = opt(agency).parse(rest).ok()?;
    // `New York CNN —`: a web page's dateline, where the agency's brackets were styling.
    let (place, agency) = match place.rsplit_once(' ') {
        Some((before, last)) if agency.is_none() && date.is_none() && Class::SignOff.has_as_written(last) => {
            (before, Some(last))
        }
        _ => (place, agency),
    };
    // A place in mixed case (`Chicago`) needs a date or an agency after it; a label (`NOTE -`,
    // `UPDATE -`) is no place.
    let caps = caps_place(place).is_ok();
    if !caps && agency.is_none() && date.is_none() || Class::LineLabel.has(place) {
        return None;
    }
    // (`LAHORE: Opener Ana Ruiz …`: a colon after a known place in capitals.)
    let colon = || caps && agency.is_none() && date.is_none() && crate::entity::is_known_place_in_capitals(place);
    // (`NAIROBI` on a line of its own over the story's first paragraph.)
    if rest.is_empty() && colon() {
        return Some(Dateline { place: Cow::Borrowed(place), date: None, agency: None, span: line.span });
    }
    let rest = match (space0, dash_sep).parse(rest) {
        Ok((rest, _)) => rest,
        Err(_) if rest.starts_with(':') && colon() => &rest[1..],
        Err(_) => return None,
    };
    let end = text.len() - rest.len();
    // The dateline is followed by the article's first words, or stands alone on its line with its
    // date or agency (`Chicago, March 3 -` over the first paragraph).
    let alone = rest.trim().is_empty() && (date.is_some() || agency.is_some());
    if !rest.starts_with(char::is_whitespace) && !alone {
        return None;
    }
    Some(Dateline {
        place: Cow::Borrowed(place),
        date,
        agency: agency.map(Cow::Borrowed),
        span: Span::new(line.span.start, line.span.start + end),
    })
}

fn caps_word(i: &str) -> IResult<&str, &str> {
    verify(take_while1(|c: char| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-')), |w: &str| {
        w.chars().filter(|c| c.is_uppercase()).count() >= 2 || w.ends_with('.')
    })
    .parse(i)
}

/// An all-capitals place: `NEW YORK`, `ST. LOUIS`.
fn caps_place(i: &str) -> IResult<&str, &str> {
    verify(recognize(separated_list1(char(' '), caps_word)), |p: &str| {
        p.chars().filter(|c| c.is_uppercase()).count() >= 3
    })
    .parse(i)
}

/// A title-case place: `Ukraine`, `Calif.`, `New York`.
fn region(i: &str) -> IResult<&str, &str> {
    recognize(separated_list1(
        char(' '),
        verify(take_while1(|c: char| c.is_alphabetic() || c == '.' || c == '-'), |w: &str| {
            w.starts_with(|c: char| c.is_uppercase()) && month_number(w).is_none() && !Class::Weekday.has(w)
        }),
    ))
    .parse(i)
}

fn agency(i: &str) -> IResult<&str, &str> {
    // (`/PRNewswire/`: a release wire's name between slashes.)
    let slashed = (space0, char('/'), take_till(|c| c == '/' || c == '\n'), char('/'));
    let bracketed = (space0, char('('), take_till(|c| c == ')' || c == '\n'), char(')'));
    verify(alt((slashed, bracketed)).map(|(_, _, name, _)| name), |s: &str| !s.is_empty() && s.len() <= 40).parse(i)
}

fn dash_sep(i: &str) -> IResult<&str, &str> {
    alt((tag("—"), tag("–"), tag("--"), tag("-"), tag("―"))).parse(i)
}

/// Month names and their abbreviations, capitalized, with or without a period, to the month number.
pub fn month_number(w: &str) -> Option<u32> {
    if !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    lexicon::month_number(w.trim_end_matches('.')).map(|(n, _)| n)
}

fn month(i: &str) -> IResult<&str, u32> {
    map_res(recognize((take_while1(|c: char| c.is_alphabetic()), opt(char('.')))), |w: &str| month_number(w).ok_or(()))
        .parse(i)
}

fn day(i: &str) -> IResult<&str, u32> {
    map_res(take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), |d: &str| {
        d.parse::<u32>().map_err(|_| ()).and_then(|d| if (1..=31).contains(&d) { Ok(d) } else { Err(()) })
    })
    .parse(i)
}

fn year(i: &str) -> IResult<&str, i32> {
    map_res(take_while_m_n(4, 4, |c: char| c.is_ascii_digit()), |y: &str| y.parse::<i32>()).parse(i)
}

/// `March 17` → `XXXX-03-17`.
fn month_day(i: &str) -> IResult<&str, String> {
    let (i, (m, _, d)) = (month, space1, day).parse(i)?;
    Ok((i, format!("XXXX-{m:02}-{d:02}")))
}

/// `2023-03-17`: a month from 1 to 12 and a day from 1 to 31.
fn iso_date(i: &str) -> IResult<&str, Date> {
    let (i, (year, _, month, _, day)) = (year, char('-'), digit1, char('-'), digit1).parse(i)?;
    let (month, day): (u32, u32) = (month.parse().unwrap_or(0), day.parse().unwrap_or(0));
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((i, Date { year, month, day }))
}

/// The fields of a `YYYY-MM-DD` value this module wrote; `None` for a value with `X`s.
fn date_fields(value: &str) -> Option<Date> {
    let (rest, date) = iso_date(value).ok()?;
    rest.is_empty().then_some(date)
}

/// A full calendar date in one of the usual forms (the day is not checked against the month).
fn full_date(i: &str) -> IResult<&str, Date> {
    let date = |year, month, day| Date { year, month, day };
    alt((
        iso_date,
        (month, space1, day, opt(ordinal_letters), opt(char(',')), space1, year)
            .map(|(m, _, d, _, _, _, y)| date(y, m, d)),
        // (`5th March 2025`: a day may carry its ordinal's letters.)
        (day, opt(ordinal_letters), space1, month, opt(char(',')), space1, year)
            .map(|(d, _, _, m, _, _, y)| date(y, m, d)),
        (day, char('/'), day, char('/'), year).map(|(m, _, d, _, y)| date(y, m, d)),
        // `04-Mar-2025`.
        (day, char('-'), month, char('-'), year).map(|(d, _, m, _, y)| date(y, m, d)),
        // `04.03.2025`: day, month and year parted by points.
        verify((day, char('.'), day, char('.'), year), |(_, _, m, _, _)| *m <= 12).map(|(d, _, m, _, y)| date(y, m, d)),
    ))
    .parse(i)
}

/// The letters of an ordinal after a day's number (`5th`, `21st`).
fn ordinal_letters(i: &str) -> IResult<&str, &str> {
    alt((tag("st"), tag("nd"), tag("rd"), tag("th"))).parse(i)
}

fn weekday(i: &str) -> IResult<&str, &str> {
    verify(take_while1(|c: char| c.is_alphabetic()), |w: &str| {
        Class::Weekday.words().iter().any(|d| *d == w || (w.len() == 3 && d.starts_with(w)))
    })
    .parse(i)
}

/// A time of day after a timestamp's date: `9:41 am ET`, `at 9:41 a.m. EDT`, `| 3:05 PM GMT`.
fn time_tail(i: &str) -> IResult<&str, &str> {
    recognize((
        space0,
        opt(alt((tag(","), tag("|"), tag("at"), tag("-"), tag("/"), tag("–"), tag("—"), tag("•"), tag("·")))),
        space0,
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        // `18.42 GMT`: a British clock has a point; `16:22:10`, `11:06:42.118`: seconds and their
        // fraction.
        opt((alt((char(':'), char('.'))), take_while_m_n(2, 2, |c: char| c.is_ascii_digit()))),
        opt((char(':'), take_while_m_n(2, 2, |c: char| c.is_ascii_digit()), opt((char('.'), digit1)))),
        space0,
        opt(alt((tag_no_case("a.m."), tag_no_case("p.m."), tag_no_case("am"), tag_no_case("pm")))),
        space0,
        // (`17:14, UK`: the zone after a comma.)
        opt((opt((char(','), space0)), zone)),
        opt((space0, char('('), take_till(|c| c == ')'), char(')'))),
    ))
    .parse(i)
}

/// A date line, whole: `March 17, 2023`, `2023-03-17`, `Friday, July 21, 2017`.
/// A time of day before the date (`6:40 PM EDT, `): clock, optional a.m./p.m. and zone, comma.
fn time_head(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        char(':'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        opt((space0, alt((tag_no_case("a.m."), tag_no_case("p.m."), tag_no_case("am"), tag_no_case("pm"))))),
        opt((space1, zone)),
        opt(char(',')),
        space1,
        // (`4:58 pm on 4 March 2025`.)
        opt((tag("on"), space1)),
    ))
    .parse(i)
}

/// A time zone's letters (`ET`, `GMT`, `GMT+1`), a whole word (not the `M` of `Modified`).
fn zone(i: &str) -> IResult<&str, &str> {
    // (`GMT+1`, `GMT +3`.)
    let offset = (space0, one_of("+-"), take_while_m_n(1, 2, |c: char| c.is_ascii_digit()));
    recognize(terminated(
        (take_while_m_n(1, 5, |c: char| c.is_ascii_uppercase()), opt(offset)),
        not(satisfy(char::is_alphanumeric)),
    ))
    .parse(i)
}

fn date_line(text: &str) -> Option<Date> {
    let (rest, date) = dated(text)?;
    rest.is_empty().then_some(date)
}

/// A date with an optional time of day around it, and what follows (trimmed).
fn dated(text: &str) -> Option<(&str, Date)> {
    let (rest, (_, _, date, _)) =
        (opt(time_head), opt((weekday, opt(char(',')), space1)), full_date, opt(time_tail)).parse(text).ok()?;
    Some((rest.trim(), date))
}

/// `Published March 17, 2023`, `Updated March 17, 2023 9:41 am ET`, `2023-03-17`.
pub(crate) fn timestamp(text: &str) -> Option<Date> {
    if text.len() > 80 {
        return None;
    }
    // (`Published - March 3, 2025`, `Updated / Friday, …`: a dash or slash may follow the label.)
    let dash = opt((space1, one_of("-–—/|")));
    let (rest, _) =
        opt((stamp_label, opt((space1, tag_no_case("on"))), dash, opt(char(':')), space1)).parse(text).ok()?;
    let (rest, date) = dated(rest)?;
    // `March 3, 2025 4:12 PM GMT Updated 2 hours ago`, `Published on March 12, 2025 - 14:05
    // Modified on March 12, 2025 - 16:40`: a second stamp after the first.
    // (`… EST|Published …`, `…, updated …`, `… / Updated 6:15 p.m.`: a mark may part them.)
    // (`… • Last updated 2 hours ago • 3 minute read`, `… | Source: Kelby Mining Ltd.`, `… |
    // Last Updated: March 4`: pieces parted by bullets or bars.)
    // (`Published Thu, Mar 13, 2025 · 6:05 p.m.`: or a middle dot.)
    let rest = rest.trim_start_matches(['|', ' ', ',', '/', '•', '·']);
    rest.split(['•', '|', '·']).map(|p| p.trim_matches([' ', '•', '·'])).all(stamp_piece).then_some(date)
}

/// A piece of a timestamp's line after its date: a second stamp (with or without its year), the
/// time since, the reading time, or the release's source.
fn stamp_piece(piece: &str) -> bool {
    const MAX_SOURCE_WORDS: usize = 8;

    let source = || strip_prefix_ci(piece, "source:").is_some_and(|s| s.split_whitespace().count() <= MAX_SOURCE_WORDS);
    let yearless = || {
        (stamp_label, opt(char(':')), space1, month_day, opt(time_tail))
            .parse(piece)
            .is_ok_and(|(rest, _)| rest.is_empty())
    };
    piece.is_empty()
        || relative_stamp(piece)
        || timestamp(piece).is_some()
        || stamp_tail(piece)
        || is_reading_time(piece)
        || source()
        || yearless()
}

/// `4 minute read`, `3 min read`: the time a page says its story takes to read.
fn is_reading_time(text: &str) -> bool {
    const MAX_WORDS: usize = 4;
    // (The ending rules out almost every line before its words are read.)
    text.ends_with(" read") && text.split_whitespace().count() <= MAX_WORDS && {
        let mut words = text.split_whitespace();
        words.next().is_some_and(|n| n.parse::<u16>().is_ok()) && words.next().is_some()
    }
}

/// The label of a timestamp: `Published`, `Updated`, `Posted` ….
fn stamp_label(i: &str) -> IResult<&str, &str> {
    alt((
        tag_no_case("published"),
        tag_no_case("updated"),
        tag_no_case("last updated"),
        // (`Last update on: …`, `Last modified on …`.)
        tag_no_case("last update"),
        tag_no_case("last modified"),
        tag_no_case("first published"),
        tag_no_case("posted"),
        tag_no_case("modified"),
    ))
    .parse(i)
}

/// `Published`, `Updated:`: a timestamp's label alone on its line.
fn lone_stamp_label(text: &str) -> bool {
    matches!((stamp_label, opt(char(':'))).parse(text.trim_end()), Ok(("", _)))
}

/// What may close a timestamp after its date: a second stamp's time of day alone (`Updated 6:15
/// p.m.`) or the place it was filed from in capitals (`- NEW DELHI`).
fn stamp_tail(rest: &str) -> bool {
    if let Ok(("", _)) = (stamp_label, time_tail).parse(rest) {
        return true;
    }
    // (`04:05 PM Eastern Standard Time`: the zone spelled out.)
    let words: Vec<&str> = rest.split_whitespace().collect();
    if (2..=4).contains(&words.len())
        && words.last() == Some(&"Time")
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
    {
        return true;
    }
    let place = rest.trim_start_matches(['-', '–', '—', ' ']);
    place.len() < rest.len()
        && !place.is_empty()
        && place.split_whitespace().count() <= 3
        && place.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.')
}

/// Footer lines: `Write to …`, `Reporting by …`, `(Reporting by …)`, `Contact: …`, `© 2023 …`, `Copyright …`.
///
/// Words are matched without regard to ASCII case on the line itself, never on a lowercased copy:
/// lowercasing may change a line's length in bytes (`İ`, `Ⱥ`), so an offset found in a copy would
/// not point into the line.
pub fn footer<'a>(line: &Line<'a>) -> Option<Vec<Contact<'a>>> {
    let text = line.text;
    if text.starts_with('©') || starts_with_ci(text, "copyright") || starts_with_ci(text, "(c) ") {
        return Some(Vec::new());
    }
    // `Jane Doe in Brussels contributed to this report.`
    if text.len() < 300 && credits_reporting(text) {
        return Some(Vec::new());
    }
    if let Some(rest) = strip_prefix_ci(text, "write to ") {
        return Some(named_list(text, rest, line.span.start, ContactRole::WriteTo));
    }
    if let Some(rest) = strip_prefix_ci(text, "contact:").or_else(|| strip_prefix_ci(text, "email:")) {
        return Some(named_list(text, rest, line.span.start, ContactRole::WriteTo));
    }
    if starts_with_ci(text, "our standards") {
        return Some(Vec::new());
    }
    // (`– Additional reporting: Reuters`: a dash may open the line.)
    let dashed = text.trim_start_matches(['—', '–', '-', ' ']);
    let bracketed = dashed.strip_prefix('(').map(|t| t.trim_end_matches(')'));
    let inner = bracketed.unwrap_or(dashed);
    const CREDITS: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "additional reporting:",
        "writing by",
        "editing by",
        "compiled by",
        "reported by",
        "edited by",
    ];
    // (`(Editor: Ann Lee)`: in brackets only, for `Editor:` may open a question in an interview.)
    let editor = bracketed.is_some() && starts_with_ci(inner, "editor:");
    if !(CREDITS.iter().any(|c| starts_with_ci(inner, c)) || editor) || text.len() > 400 {
        return None;
    }
    let mut contacts = Vec::new();
    for clause in inner.split(';') {
        let clause = clause.trim();
        let Some(names) = after_word(clause, "by") else {
            continue;
        };
        let role = if starts_with_ci(clause, "editing") { ContactRole::Editing } else { ContactRole::Reporting };
        contacts.extend(named_list(text, names, line.span.start, role));
    }
    Some(contacts)
}

/// True when `text` says that someone `contributed to this report` or `contributed reporting`,
/// in any case: one scan for the words both phrases open with.
fn credits_reporting(text: &str) -> bool {
    const SHARED: &str = "contributed";
    let mut from = 0;
    while let Some(k) = find_ci(&text[from..], SHARED) {
        let rest = &text[from + k + SHARED.len()..];
        if starts_with_ci(rest, " to this report") || starts_with_ci(rest, " reporting") {
            return true;
        }
        // (`Associated Press writer Bo Lee contributed from Houston, Texas.`: the writer's name and
        // job, then the place in capitalized words, and no more.)
        if strip_prefix_ci(rest, " from ").is_some_and(|place| contributed_from(&text[..from + k], place)) {
            return true;
        }
        // The match opens with an ASCII letter: the next byte starts a character.
        from += k + 1;
    }
    false
}

/// `Associated Press writer Bo Lee` before `contributed from` and `Houston, Texas.` after it:
/// capitalized words and byline roles before, a place's capitalized words after.
fn contributed_from(writer: &str, place: &str) -> bool {
    const MAX_WRITER_WORDS: usize = 8;
    const MAX_PLACE_WORDS: usize = 5;
    let writer: Vec<&str> = writer.split_whitespace().collect();
    let place: Vec<&str> = place.split_whitespace().collect();
    let named = |w: &&str| w.starts_with(char::is_uppercase) || Class::BylineRole.has(w.trim_end_matches('s'));
    (2..=MAX_WRITER_WORDS).contains(&writer.len())
        && writer.iter().all(named)
        && (1..=MAX_PLACE_WORDS).contains(&place.len())
        && place.iter().all(|w| w.starts_with(char::is_uppercase))
        && place.last().is_some_and(|w| w.ends_with('.'))
}

/// How near the end of the article a sign-off line stands.
const SIGN_OFF_LINES: usize = 5;

/// An agency's sign-off: its name alone (`Reuter`, `REUTER`, `(AP)`), or after a writer's name
/// and a dash (`-- Jane Doe, Reuters`). Returns the agency's name.
fn sign_off(text: &str) -> Option<&str> {
    fn bare(s: &str) -> &str {
        s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '.' | '-' | '—' | '–' | '='))
    }
    let alone = bare(text);
    if Class::SignOff.has(alone) {
        return Some(alone);
    }
    // `PTI KK NP`: an agency's name and its desk's initials in capitals.
    let mut words = alone.split_whitespace();
    if let Some(agency) = words.next().filter(|a| Class::SignOff.has(a)) {
        let initials = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
        let rest: Vec<&str> = words.collect();
        if (1..=4).contains(&rest.len()) && rest.iter().all(|w| initials(w)) {
            return Some(agency);
        }
    }
    let signed = text.strip_prefix(['-', '—', '–'])?;
    let (name, agency) = signed.rsplit_once(',')?;
    let (name, agency) = (name.trim_start_matches(['-', '—', '–']).trim(), bare(agency));
    let words = name.split_whitespace().count();
    (Class::SignOff.has(agency) && (1..=4).contains(&words) && name.split_whitespace().all(name_word)).then_some(agency)
}

/// `text` after the ASCII `prefix`, ignoring ASCII case. A space of the prefix matches any run of
/// white space, so that a phrase still matches where a hard-wrapped text breaks its line
/// (`contributed to this⏎report`).
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    for &p in prefix.as_bytes() {
        if p == b' ' {
            let run = bytes[at..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            if run == 0 {
                return None;
            }
            at += run;
        } else if bytes.get(at).is_some_and(|b| b.eq_ignore_ascii_case(&p)) {
            at += 1;
        } else {
            return None;
        }
    }
    // The prefix is ASCII, so `at` follows an ASCII byte: a character boundary.
    Some(&text[at..])
}

fn starts_with_ci(text: &str, prefix: &str) -> bool {
    strip_prefix_ci(text, prefix).is_some()
}

/// The byte offset of the first occurrence of the ASCII `needle` in `text`, ignoring ASCII case.
/// A match of ASCII bytes starts and ends on character boundaries of `text`.
fn find_ci(text: &str, needle: &str) -> Option<usize> {
    let (first, rest) = needle.as_bytes().split_first()?;
    let hay = text.as_bytes();
    let last = hay.len().checked_sub(needle.len())?;
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &hay[..=last])
        .find(|&at| hay[at + 1..at + needle.len()].eq_ignore_ascii_case(rest))
}

/// The text after the first `word` (ASCII, any case) that stands between blanks; the blanks may
/// be line breaks, as in a wrapped credit line.
fn after_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut from = 0;
    while let Some(k) = find_ci(&text[from..], word) {
        let at = from + k;
        let rest = &text[at + word.len()..];
        if text[..at].ends_with(char::is_whitespace) && rest.starts_with(char::is_whitespace) {
            return Some(rest.trim_start());
        }
        from = at + word.len();
    }
    None
}

/// The parts of a list joined by the word `and` (between any blanks, line breaks included).
fn split_and(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = list;
    while let Some(after) = after_word(rest, "and") {
        let at = rest.len() - after.len();
        let before = rest[..at].trim_end();
        parts.push(&before[..before.len() - "and".len()]);
        rest = after;
    }
    parts.push(rest);
    parts
}

/// `A at a@x.com and B at b@y.com`, `A and B in Moscow`, `A, B`.
fn named_list<'a>(line: &'a str, list: &'a str, base: usize, role: ContactRole) -> Vec<Contact<'a>> {
    let mut out = Vec::new();
    for part in list.split([',', '&']).flat_map(split_and) {
        let part = part.trim().trim_end_matches(['.', ')']).trim();
        if part.is_empty() {
            continue;
        }
        let (name, email) = match part.find(" at ") {
            Some(k) if part[k + 4..].contains('@') => (part[..k].trim(), Some(part[k + 4..].trim())),
            _ if part.contains('@') && !part.contains(' ') => ("", Some(part)),
            _ => (part, None),
        };
        // `A in Moscow`: the place is not part of the name.
        let name = match name.find(" in ") {
            Some(k) => &name[..k],
            None => name,
        };
        if !name.is_empty() && !name.split_whitespace().all(name_word) {
            continue;
        }
        let first = if name.is_empty() { email.unwrap_or(part) } else { name };
        let last = email.unwrap_or(name);
        let (Some(a), Some(b)) = (Span::of_subslice(line, first, base), Span::of_subslice(line, last, base)) else {
            continue;
        };
        out.push(Contact { name: Cow::Borrowed(name), email: email.map(Cow::Borrowed), role, span: a.join(b) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line<'_> {
        Line { text, span: Span::new(0, text.len()) }
    }

    #[test]
    fn bylines() {
        let (names, src) = byline(&line("By Jane Doe and John Smith, Reuters")).unwrap();
        assert_eq!(names.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), ["Jane Doe", "John Smith"]);
        assert_eq!(src.as_deref(), Some("Reuters"));
        let (names, src) = byline(&line("By Ann Lee, Bo Park and Cy Young | AP")).unwrap();
        assert_eq!(names.len(), 3);
        assert_eq!(src.as_deref(), Some("AP"));
        assert!(byline(&line("By the end of the year, prices rose")).is_none());
        let (names, src) = byline(&line("By Rachel Moore, Capitol Tribune")).unwrap();
        assert_eq!(names.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), ["Rachel Moore"]);
        assert_eq!(src.as_deref(), Some("Capitol Tribune"));
        // An agency right after the name, with no comma.
        for (text, name, agency) in [
            ("By JOHN MERCER Associated Press", "JOHN MERCER", "Associated Press"),
            ("By Jane Okafor Associated Press", "Jane Okafor", "Associated Press"),
            ("By Jane Okafor Reuters", "Jane Okafor", "Reuters"),
            ("By ANA DE LA CRUZ Capitol Tribune", "ANA DE LA CRUZ", "Capitol Tribune"),
        ] {
            let (names, src) = byline(&line(text)).unwrap();
            assert_eq!(names.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), [name], "{text}");
            assert_eq!(src.as_deref(), Some(agency), "{text}");
        }
        // The publication before the place filed from, or before the venue.
        for (text, outlet) in [
            ("By Ada Nwosu, KBC News, Abuja", "KBC News"),
            ("By Lan Pham, KBC Vietnamese, Hanoi", "KBC Vietnamese"),
            ("By Ciara Dunne, KBC Sport at Carrow Road", "KBC Sport"),
            ("By Ada Nwosu, Harlow Evening Post, Leeds", "Harlow Evening Post"),
        ] {
            let (names, src) = byline(&line(text)).unwrap();
            assert_eq!(names.len(), 1, "{text}");
            assert_eq!(src.as_deref(), Some(outlet), "{text}");
        }
        // A job in lower case before the name; `Written by`.
        for text in ["By political reporter Ann Lee", "Written by Ann Lee", "By senior health correspondent Ann Lee"] {
            let (names, src) = byline(&line(text)).unwrap();
            assert_eq!(
                (names.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), src),
                (vec!["Ann Lee"], None),
                "{text}"
            );
        }
        assert!(byline(&line("By political means the port reopened")).is_none());
        let (names, src) = byline(&line("By Ann Lee, Kelby City")).unwrap();
        assert_eq!((names.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), src), (vec!["Ann Lee"], None));
        let (names, _) = byline(&line("By Ann Lee, Bo Park and Cy Young")).unwrap();
        assert_eq!(names.len(), 3);
        let (names, src) = byline(&line("By Mary Ann Kelby")).unwrap();
        assert_eq!((names[0].name.as_ref(), src), ("Mary Ann Kelby", None));
    }

    #[test]
    fn datelines() {
        let d = dateline(&line("LISBON — The ministry said")).unwrap();
        assert_eq!((d.place.as_ref(), d.span), ("LISBON", Span::new(0, 10)));
        let d = dateline(&line("NAIROBI, March 17 (Reuters) - Kenya said")).unwrap();
        assert_eq!(d.place, "NAIROBI");
        assert_eq!(d.date.as_deref(), Some("XXXX-03-17"));
        assert_eq!(d.agency.as_deref(), Some("Reuters"));
        let d = dateline(&line("KYIV, Ukraine (AP) — Officials")).unwrap();
        assert_eq!(d.place, "KYIV, Ukraine");
        let d = dateline(&line("OSLO 2024-05-14")).unwrap();
        assert_eq!(d.date.as_deref(), Some("2024-05-14"));
        let d = dateline(&line("PORTO, Portugal 2024-05-14")).unwrap();
        assert_eq!((d.place.as_ref(), d.date.as_deref()), ("PORTO, Portugal", Some("2024-05-14")));
        assert!(dateline(&line("China and Russia — partners")).is_none());
        // A release wire's: the date with its year, the wire between slashes.
        let d = dateline(&line("CHICAGO, March 3, 2025 /PRNewswire/ -- Kelby Robotics said")).unwrap();
        assert_eq!((d.place.as_ref(), d.agency.as_deref()), ("CHICAGO", Some("PRNewswire")));
        assert_eq!(d.span, Span::new(0, 38));
        // Labels open lines too, but file nothing from anywhere.
        for text in ["NOTE - The figures were revised.", "FACTBOX - Five things to know", "UPDATE — Talks resume"] {
            assert!(dateline(&line(text)).is_none(), "{text}");
        }
        // Mixed case and several places.
        let cases = [
            ("Chicago, March 3 - The city said", Some(("Chicago", Some("XXXX-03-03"), None))),
            ("Porto, Portugal, May 2 — Pilots said", Some(("Porto, Portugal", Some("XXXX-05-02"), None))),
            (
                "WASHINGTON / WILMINGTON, Del. (Reuters) - Officials",
                Some(("WASHINGTON / WILMINGTON, Del.", None, Some("Reuters"))),
            ),
            ("LISBON/MADRID (AP) — Ministers", Some(("LISBON/MADRID", None, Some("AP")))),
            // A web page's dateline whose agency lost its brackets.
            ("New York CNN — A storm hit", Some(("New York", None, Some("CNN")))),
            ("Monday, March 3 - the talks", None),
            ("Chicago - the city", None),
            // Alone on its line with its date or agency, over the first paragraph.
            ("Chicago, March 3 -", Some(("Chicago", Some("XXXX-03-03"), None))),
            ("Porto (Reuters) -", Some(("Porto", None, Some("Reuters")))),
            ("Chicago -", None),
        ];
        for (text, want) in cases {
            let got = dateline(&line(text));
            let got = got.as_ref().map(|d| (d.place.as_ref(), d.date.as_deref(), d.agency.as_deref()));
            assert_eq!(got, want, "{text}");
        }
        assert!(dateline(&line("US stocks rose")).is_none());
        // A headline closed by a semicolon over its deck (no byline or date under them).
        let l = layout(
            "Mayor leads race; turnout a worry;\nAhead by nine points over Bo Lee.\n\nVoters in Kelby went to the \
             polls on Tuesday in the city's closest race in decades.\n",
        );
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Subhead, Role::Body]);
        assert_eq!(l.headline.as_ref().map(|h| h.text.as_ref()), Some("Mayor leads race; turnout a worry"));
        // (A first line that a semicolon closes over a long one is the story's.)
        let l = layout(
            "Voters went to the polls;\nturnout was low in every ward of the city, the clerk said on Tuesday night after the count.\n",
        );
        assert_eq!(l.paragraphs[0].1, Role::Body);
        let l = layout("Kelby cuts outlook\n\nChicago, March 3 -\n\nKelby Tools on Monday cut its forecast.\n");
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Dateline, Role::Body]);
        assert_eq!(l.dateline.map(|d| d.place), Some(Cow::Borrowed("Chicago")));
        // A colon after a known place in capitals; not after a label or an unknown word.
        let d = dateline(&line("LAHORE: Opener Ana Ruiz hit 71.")).unwrap();
        assert_eq!((d.place.as_ref(), d.span.len()), ("LAHORE", "LAHORE:".len()));
        assert!(dateline(&line("NOTE: The match was delayed.")).is_none());
        assert!(dateline(&line("KELBYTOWN: The match was delayed.")).is_none());
    }

    #[test]
    fn timestamps() {
        let date = |s| Date::parse_iso(s);
        assert_eq!(timestamp("Published March 17, 2023"), date("2023-03-17"));
        assert_eq!(timestamp("Updated March 17, 2023 9:41 am ET"), date("2023-03-17"));
        assert_eq!(timestamp("2023-03-17"), date("2023-03-17"));
        assert_eq!(timestamp("Friday, July 21, 2017"), date("2017-07-21"));
        assert_eq!(timestamp("Published Thu, Mar 13, 2025 · 6:05 p.m."), date("2025-03-13"));
        assert_eq!(timestamp("Updated 6:40 PM EDT, Sat August 9, 2025"), date("2025-08-09"));
        assert_eq!(timestamp("6:40 PM EDT"), None);
        // A day that does not exist is kept as written: the line is still a timestamp.
        assert_eq!(timestamp("Published Feb. 31, 2023").map(|d| d.to_string()).as_deref(), Some("2023-02-31"));
        assert_eq!(timestamp("March 17, 2023, was a day to remember"), None);
        // A British clock has a point.
        assert_eq!(timestamp("Tue 12 Nov 2024 09.15 GMT"), date("2024-11-12"));
        assert_eq!(timestamp("Updated 12 November 2024 18.42 BST"), date("2024-11-12"));
        // A second stamp, or the time since, after the first.
        assert_eq!(timestamp("March 3, 2025 4:12 PM GMT Updated 2 hours ago"), date("2025-03-03"));
        let both = "Published on March 12, 2025 - 14:05 Modified on March 12, 2025 - 16:40";
        assert_eq!(timestamp(both), date("2025-03-12"));
        assert_eq!(timestamp("March 3, 2025 / 7:58 PM"), date("2025-03-03"));
        assert_eq!(timestamp("March 3, 2025 4:12 PM GMT, a day the port shut"), None);
        // Labels with a dash, second stamps after a mark, days with ordinal letters, a place
        // filed from, a clock before the date, a date with hyphens.
        assert_eq!(timestamp("Published - March 03, 2025 09:14 pm IST"), date("2025-03-03"));
        assert_eq!(timestamp("Updated - March 03, 2025 09:14 pm IST - KELBY CITY"), date("2025-03-03"));
        assert_eq!(timestamp("Posted Mar 4, 2025 / Updated 6:15 p.m."), date("2025-03-04"));
        let twice = "Posted Tue 4 Mar 2025 at 5:31pm, updated Tue 4 Mar 2025 at 7:02pm";
        assert_eq!(timestamp(twice), date("2025-03-04"));
        assert_eq!(timestamp("Wednesday, 5th March 2025, 6:30 am"), date("2025-03-05"));
        assert_eq!(timestamp("10:41 PM March 04, 2025"), date("2025-03-04"));
        assert_eq!(timestamp("05:42, Mar 04 2025"), date("2025-03-04"));
        assert_eq!(timestamp("04-Mar-2025 • 11:52 PM IST"), date("2025-03-04"));
        assert_eq!(timestamp("Feb 19, 2025 – 11.47am"), date("2025-02-19"));
        assert_eq!(timestamp("Updated / Friday, 7 Nov 2025 14:32"), date("2025-11-07"));
        assert_eq!(timestamp("Updated Thursday, August 14th 2025 at 19:35 GMT +3"), date("2025-08-14"));
        // `Last modified on`, `Last update on:`, a zone after a comma, a date with points.
        assert_eq!(timestamp("Last modified on Tue 18 Mar 2025 10.12 GMT"), date("2025-03-18"));
        let twice = "Tue Mar 4, 2025 11:26 AM Last update on: Tue Mar 4, 2025 11:30 AM";
        assert_eq!(timestamp(twice), date("2025-03-04"));
        assert_eq!(timestamp("Saturday 8 March 2025 17:14, UK"), date("2025-03-08"));
        assert_eq!(timestamp("04.03.2025, 14:27 CET"), date("2025-03-04"));
        assert_eq!(timestamp("04.13.2025, 14:27 CET"), None);
        assert!(lone_stamp_label("Published") && lone_stamp_label("Updated:") && !lone_stamp_label("Published by"));
        // A zone spelled out, a release's source, the reading time, a second stamp without its
        // year, a clock before `on` and the date.
        assert_eq!(timestamp("February 27, 2025 04:05 PM Eastern Standard Time"), date("2025-02-27"));
        assert_eq!(timestamp("March 04, 2025 07:30 ET | Source: Kelby Mining Ltd."), date("2025-03-04"));
        let pieces = "Published Mar 01, 2025 • Last updated 2 hours ago • 3 minute read";
        assert_eq!(timestamp(pieces), date("2025-03-01"));
        assert_eq!(timestamp("Posted: Mar 04, 2025 4:00 AM PST | Last Updated: March 4"), date("2025-03-04"));
        assert_eq!(timestamp("4:58 pm on 4 March 2025"), date("2025-03-04"));
        assert_eq!(timestamp("March 4, 2025 | The minister said the talks would resume"), None);
        assert_eq!(timestamp("March 4, 2025 at the Kelby Standard Time"), None);
        // Not a stamp: words after the date, or a place in lower case.
        assert_eq!(timestamp("Posted Mar 4, 2025 / Updated the forecast"), None);
        assert_eq!(timestamp("Updated March 3, 2025 - Kelby City"), None);
        assert!(
            relative_stamp("3 hours ago") && relative_stamp("Updated 3 hours ago") && relative_stamp("an hour ago")
        );
        assert!(!relative_stamp("3 trucks ago") && !relative_stamp("Three hours ago the port shut"));
    }

    /// A reporter's job, on the byline's next line or after a name without `By`, is part of the
    /// byline; the date line and the dateline after it are still read.
    #[test]
    fn bylines_with_a_job() {
        let text = "Mills Buy Paper Maker\nBy Wendra L. Ossery\nStaff Reporter of The Harbor Journal\nMarch 4, 1991\n\nBOSTON — Orsolan Mills agreed to buy Kettleby Paper.\n";
        let l = layout(text);
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Byline, Role::Byline, Role::Timestamp, Role::Body]);
        assert_eq!(l.published, Date::parse_iso("1991-03-04"));
        assert_eq!(l.source.as_deref(), Some("The Harbor Journal"));
        assert_eq!(l.dateline.unwrap().place, "BOSTON");
        let text = "Parking charges rise\nBrisco Tallant Midlands correspondent\nTue 12 Nov 2024 09.15 GMT\n\nHalvik council approved the rise.\n";
        let l = layout(text);
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Byline, Role::Timestamp, Role::Body]);
        assert_eq!(l.byline[0].name, "Brisco Tallant");
        // A newsroom's own reporter is no one's name.
        let text = "Parking charges rise\nOur Sports Reporter\nTue 12 Nov 2024 09.15 GMT\n\nHalvik council approved the rise.\n";
        assert!(layout(text).byline.is_empty());
        assert_eq!(l.published, Date::parse_iso("2024-11-12"));
        // Without a date line under it, a short line that ends in a job word is the story, unless
        // the job opens with a capital; `By` may stand before a name and its job.
        let l = layout("Parking charges rise\nBrisco Tallant named new editor\n\nHalvik council approved it.\n");
        assert!(l.byline.is_empty());
        assert_eq!(l.paragraphs[1].1, Role::Body);
        for line in [
            "Brisco Tallant Political correspondent",
            "Brisco Tallant, Chief political correspondent",
            "By Brisco Tallant Health reporter",
            // (A joined family name whose second part opens with a capital.)
            "Brisco Tallant-Kāne, Sports reporter",
        ] {
            let text = format!("Parking charges rise\n\n{line}\n\nHalvik council approved it.\n");
            let l = layout(&text);
            let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
            assert_eq!(roles, [Role::Headline, Role::Byline, Role::Body], "{line}");
            assert!(l.byline[0].name.starts_with("Brisco Tallant"), "{line}");
        }
        // A sentence under the byline is the story, even with a job word.
        let l = layout("Parking charges rise\nBy Brisco Tallant\nThe editor said the rise was fair.\n");
        assert_eq!(l.paragraphs[2].1, Role::Body);
        assert_eq!(job_line("Senior Correspondent"), Some("Senior Correspondent"));
        // A job and the place it is held in, after a comma, under the byline.
        assert!(ends_in_job("Arts correspondent, Scotland") && ends_in_job("Political editor, BBC Wales"));
        assert!(!ends_in_job("The editor, Ana Ruiz, agreed"));
        let text = "Painter gets her moment.\n\nWritten by Brisco Tallant\nArts correspondent, Scotland\n\n\
                    Published 6 March 2025\n\nThe show opens on Saturday.\n";
        let roles: Vec<Role> = layout(text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Byline, Role::Byline, Role::Timestamp, Role::Body]);
        assert_eq!(job_line("The editor quit, and then the staff left"), None);
    }

    #[test]
    fn footers() {
        let c = footer(&line("Write to Ann Lee at ann.lee@example.com and Bo Park at bo@example.org")).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!((c[1].name.as_ref(), c[1].email.as_deref()), ("Bo Park", Some("bo@example.org")));
        let c = footer(&line("(Reporting by Ann Lee in Moscow; Editing by Bo Park)")).unwrap();
        assert_eq!(
            c.iter().map(|c| (c.name.as_ref(), c.role)).collect::<Vec<_>>(),
            [("Ann Lee", ContactRole::Reporting), ("Bo Park", ContactRole::Editing)]
        );
        assert!(footer(&line("© 2023 Example News")).is_some());
        assert!(footer(&line("Staff writer Al Kim in Rome contributed to this report.")).is_some());
        assert!(footer(&line("Reporters asked him twice")).is_none());
        // Where a writer contributed from: a writer's line, a place's capitalized words.
        for t in
            ["Associated Press writer Bo Park contributed from Harlow, Kelbia.", "Ana Ruiz contributed from Carrow."]
        {
            assert!(footer(&line(t)).is_some(), "{t}");
        }
        for t in [
            "Donations contributed from abroad rose 5 percent.",
            "Ana Ruiz contributed from her own savings.",
            "The Kelby Trust contributed from 2019 until 2023 to the fund.",
        ] {
            assert!(footer(&line(t)).is_none(), "{t}");
        }
    }

    #[test]
    fn a_newsrooms_job_sign_off_share_rows_and_calls_to_sign_up() {
        assert!(is_job_signature("— Staff writer") && is_job_signature("Staff Reporter"));
        assert!(!is_job_signature("— Ana Ruiz") && !is_job_signature("The editor agreed"));
        assert!(is_sign_up_call("Get alerts on the Kelby Top 25 all season. Sign up here."));
        assert!(!is_sign_up_call("Voters could sign up until Friday, the clerk said."));
        assert!(is_share_row("Share on Facebook · Share on X · Email this article"));
        assert!(is_boilerplate("4 minute read") && is_boilerplate("3 min read") && is_boilerplate("Link Copied!"));
        assert!(!is_boilerplate("4 minutes later they read the verdict"));
        assert!(is_share_row("Share | Print | Copy link"));
        assert!(!is_share_row("Kelby · Harlow · Carrow") && !is_share_row("Share prices fell 4%."));
        // Near the end, each is the page's.
        let text = "Port shuts\n\nThe port shut on Monday, officials said.\n\nIt reopens in May.\n\n\
                    Get alerts on port news. Sign up here.\n\n— Staff writer\n";
        let roles: Vec<Role> = layout(text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Body, Role::Body, Role::Footer, Role::Footer]);
        // A topics heading and its list close the page.
        let text = "Rovers win\n\nKelby Rovers beat Harlow 3-1 on Saturday.\n\nTopics\nKelby Rovers\nmatch reports\n";
        let roles: Vec<Role> = layout(text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Body, Role::Footer, Role::Footer, Role::Footer]);
    }

    #[test]
    fn notes_on_the_reporter_and_calls_to_follow_the_newsroom() {
        for t in [
            "Ana Ruiz is a health reporter at The Harlow Post.",
            "Bo Park-Lee is state political reporter for the Kelby Herald.",
            "Ana Ruiz covers energy and climate for The Times, based in Kelby.",
            "Ana Ruiz is the Post’s Seoul correspondent, covering chips for Kelby Daily.",
            "Bo Park is a reporter with Harlow Daily based in Kelby.",
            "Ana Ruiz covers shipping and ports from Kelby.",
            "Bo Park writes about retail from the Harlow newsroom.",
            // A job in capitals; two reporters and their beat.
            "Ana Ruiz is Political Correspondent at the Kelby Courier. Follow her on X @aruiz",
            "Ana Ruiz and Bo Park-Lee cover Congress and transport policy.",
        ] {
            assert!(is_author_note(t), "{t}");
        }
        assert!(reported_from("Lee reported from Harlow and Ruiz from Kelby."));
        assert!(reported_from("Ana Ruiz reported from Kelby."));
        assert!(!reported_from("The agency reported from its own sources that the port shut."));
        assert!(!reported_from("Lee reported a loss."));
        assert!(is_link_row("Corrections and clarifications | Submit a news tip"));
        assert!(!is_link_row("The port shut. | It reopened on Friday."));
        assert!(!is_link_row("A single line of links"));
        assert!(is_rate_note("($1 = 0.92 euros)") && is_rate_note("(£1 = $1.27)"));
        assert!(!is_rate_note("(The rate rose to 5 = a record)") && !is_rate_note("($1 billion)"));
        assert!(published_in_print("Published in The Kelby Courier, May 9th, 2025"));
        assert!(!published_in_print("Published in 2019, the report found the port unsafe."));
        assert!(is_app_promo("Download The Kelby Courier App to get daily market updates."));
        assert!(is_app_promo("Get the latest news — download the Kelby News app."));
        assert!(is_funding_note(
            "The Kelby Reporting Scheme is a council-funded project that supports local news coverage."
        ));
        assert!(!is_funding_note("The bridge is funded by the state, the council said."));
        for t in [
            "Ana Ruiz is a nurse at Kelby General Hospital.",
            "Ana Ruiz said the reporter for The Post was wrong.",
            "The mayor is a former reporter for the Kelby Herald.",
        ] {
            assert!(!is_author_note(t), "{t}");
        }
        for t in [
            "Share",
            "Share this page",
            "With files from The Kelby Press",
            "Subscribe to Kelby Daily for the latest chip news.",
            "Join the Harlow News WhatsApp community here",
            "Get the latest scores and analysis delivered to your inbox. Sign up for our Sport newsletter.",
            "Follow Ana Ruiz on X. Additional reporting by Bo Park.",
            "This article was amended on 21 May 2025 to correct a name.",
            "Share on other apps",
            "More by this Author",
            "Topics: Ports, Shipping, Kelby",
            "(Catch all the Business News and Latest News Updates on The Harlow Ledger.)",
            "Don’t miss out on the latest news. Subscribe to Kelby Plus for the e-paper.",
            "Get our breaking news alerts delivered directly to your phone.",
            "— With inputs from Kelby News and AFP",
            "Follow The Kelby Sentinel on WhatsApp Channels",
            "Join The Harlow Times’ WhatsApp channel and get the latest news.",
            "Stay up to date with the latest news. Follow the Kelby Courier on WhatsApp.",
            "Report a typo or error",
            "Do you have a news tip? WhatsApp us on 071 555 0192.",
            "(Disclaimer: Views given by the experts are their own.)",
            "Companies in this story: (TSX:KLB)",
            "Related Topics: Ports Shipping Kelby",
            "This article originally appeared on Kelby Courier: Council approves roundabout",
            "This report by The Kelby Press was first published Nov. 19, 2025.",
            "Catch all the Business News and Latest News Updates on The Kelby Courier.",
        ] {
            assert!(is_boilerplate(t), "{t}");
        }
        for t in [
            "Share prices fell on Tuesday.",
            "Get out, he said.",
            "Join the queue, officials told drivers.",
            "Follow the money, she said.",
            "Topics of the talks included pay.",
            "More by this time next year, he said.",
            "This report by the watchdog found the port was unsafe.",
            "Stay calm, the minister told residents.",
        ] {
            assert!(!is_boilerplate(t), "{t}");
        }
        // At the end of a story, the note on its reporter is the page's.
        let text = "Pilots agree pay deal\nKELBY — The pilots agreed a deal on Tuesday.\nThe port reopens on Friday.\nAna Ruiz is a health reporter at The Harlow Post.\n";
        assert_eq!(layout(text).paragraphs.last().map(|p| p.1), Some(Role::Footer));
    }

    #[test]
    fn sign_offs() {
        let cases = [
            ("Reuter", true),
            ("REUTER", true),
            ("Reuters", true),
            ("(AP)", true),
            ("AFP.", true),
            ("-- Ann Lee, Reuters", true),
            ("-- Ann Lee, Reuters.", true),
            ("— Bo Park, AP", true),
            ("Reuters reported the deal first.", false),
            ("-- and then, Reuters", false),
            ("Ports", false),
        ];
        for (text, want) in cases {
            assert_eq!(sign_off(text).is_some(), want, "{text}");
        }
        let text = "Pilots Agree Deal\nPORTO (Reuters) - Pilots agreed a deal on Tuesday.\n\
                    The union said so.\n(Writing by Ann Lee; Compiled by Bo Park)\n\
                    Our Standards: The Trust Principles.\nREUTER\n";
        let roles: Vec<Role> = layout(text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Body, Role::Body, Role::Footer, Role::Footer, Role::Footer]);
        // The sign-off names the source when nothing else did.
        let l = layout("Pilots Agree Deal\nThe union said so on Tuesday.\n-- Ann Lee, AFP\n");
        assert_eq!(l.source.as_deref(), Some("AFP"));
        // An agency's name alone is no sign-off in the middle of the story.
        let text = "Pilots Agree Deal\nThe union said so.\nAP\nOne.\nTwo.\nThree.\nFour.\nFive.\n";
        assert_eq!(layout(text).paragraphs[2].1, Role::Body);
    }

    #[test]
    fn captions() {
        let cases = [
            ("FILE PHOTO: A tug guides a tanker into the harbour at Porto, Portugal, May 2, 2023.", true),
            ("File photo of the harbour", true),
            ("FILE - A pilot boat leaves the port, May 2, 2023.", true),
            ("Photo: Ann Lee", true),
            ("(Photo by Bo Park/AFP via Getty Images)", true),
            ("Slideshow (3 images)", true),
            ("A tug guides a tanker into the harbour on May 2, 2023. REUTERS/Ann Lee", true),
            ("Pilots wait at the quay on Tuesday. (AP Photo/Bo Park)", true),
            ("Dock workers gather on Monday. Cy Young/Getty Images", true),
            ("Reuters/Ipsos polling showed the pilots had public support, a survey of 1,000 adults found.", false),
            ("The pilots' union said REUTERS/Ann Lee had the story first and then the port authority replied.", false),
            ("Photos of the harbour were shared widely on Tuesday.", false),
            ("Image caption, Firefighters used boats to reach the quay", true),
            ("Media caption: The pilots speak to reporters", true),
            ("Image source, Getty Images", true),
            ("A man wades through floodwater in Galway. Photo: Kevin Doyle/AFP/Getty Images", true),
            ("Crowds gather outside the court. Bo Park/AFP via Getty Images", true),
            ("Rescuers search the rubble on Monday. Photograph: Ann Lee/Reuters", true),
            ("Rescuers search the rubble on Monday. (Ann Lee/AP)", true),
            ("The senator led by six points in a CNN/ORC poll released on Tuesday.", false),
            ("Turnout was 61%, a Reuters/Ipsos poll found: Lee/Park said so.", false),
            ("Turnout was 61%, according to a survey by AP/NORC.", false),
            ("Ann Lee/Getty Images", true),
            ("Images of the quay were shared widely on Tuesday.", false),
            ("The pilots agreed and/or accepted the offer.", false),
        ];
        for (text, want) in cases {
            assert_eq!(caption(text), want, "{text}");
        }
    }

    #[test]
    fn rules_end_marks_desk_initials_and_related_links_close_the_story() {
        let roles = |text: &str| layout(text).paragraphs.iter().map(|p| p.1).collect::<Vec<Role>>();
        use Role::{Body, Footer, Headline};
        let text =
            "Pilots Agree Deal\nThe union said so on Tuesday.\n___\nBo Park in Porto contributed to this report.\n";
        assert_eq!(roles(text), [Headline, Body, Footer, Footer]);
        let text = "Pilots Agree Deal\nThe union said so on Tuesday.\nThe port reopened.\n-30-\n";
        assert_eq!(roles(text), [Headline, Body, Body, Footer]);
        let text = "Pilots Agree Deal\nThe union said so on Tuesday.\nThe port reopened.\njm/rl\n";
        assert_eq!(roles(text), [Headline, Body, Body, Footer]);
        let text = "Pilots Agree Deal\nThe union said so on Tuesday.\nRelated Topics\nPorts\nPortugal\n";
        assert_eq!(roles(text), [Headline, Body, Footer, Footer, Footer]);
        // Not in the middle of the story, and not a sentence after the heading.
        let text = "Pilots Agree Deal\nThe union said so.\n* * *\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\n";
        assert_eq!(layout(text).paragraphs[2].1, Body);
        let text = "Pilots Agree Deal\nThe union said so.\nRead more\nThe port reopened on Wednesday after talks.\n";
        assert_eq!(roles(text), [Headline, Body, Footer, Body]);
        assert!(is_desk_initials("jm/rl") && is_desk_initials("bur-ach/dl"));
        for line in
            ["-- Harlow Newsroom +44 171 542 7658", "-- Kelby Desk, 61-2 9373-1800", "Carrow bureau (212) 555-0100"]
        {
            assert!(is_desk_line(line), "{line}");
        }
        for line in ["-- Harlow Newsroom", "The newsroom called 555-0100", "-- Ann Lee +44 171 542 7658"] {
            assert!(!is_desk_line(line), "{line}");
        }
        assert!(!is_desk_initials("The union/port") && !is_desk_initials("jm") && !is_desk_initials("1/2"));
    }

    #[test]
    fn a_publication_under_the_byline() {
        let text =
            "Port Levy Blocked\nBy JANE OKAFOR\nAssociated Press\nKELBY, Ore. (AP) -- A court blocked the levy.\n";
        let l = layout(text);
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Byline, Role::Byline, Role::Body]);
        assert_eq!(l.source.as_deref(), Some("Associated Press"));
        assert_eq!(l.dateline.unwrap().place, "KELBY, Ore.");
        // A sentence under the byline is the story.
        let l = layout("Port Levy Blocked\nBy Jane Okafor\nThe Port said so.\n");
        assert_eq!(l.paragraphs[2].1, Role::Body);
        assert_eq!(publication("Capitol Tribune"), Some("Capitol Tribune"));
        assert_eq!(publication("Kelby Rovers won"), None);
    }

    #[test]
    fn captions_in_the_head() {
        let text = "Pilots Agree Deal\nFILE PHOTO: A pilot boat at Porto, May 2, 2023. REUTERS/Ann Lee\n\
                    Slideshow (2 images)\nBy Bo Park\nPORTO (Reuters) - The pilots agreed a deal.\n";
        let l = layout(text);
        let roles: Vec<Role> = l.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Caption, Role::Caption, Role::Byline, Role::Body]);
        assert_eq!(l.byline[0].name, "Bo Park");
        assert_eq!(l.dateline.unwrap().place, "PORTO");
    }

    /// Captions and closing lines as other newsrooms set them: a caption above the headline, a
    /// caption's text above its credit, credits after a label, a page's button or an agency's
    /// copyright, and the short lines between footer lines or under a release's contact heading.
    /// Past the story's close (a copyright, credits, a sign-off, an end mark) in the second half
    /// of the text, or from a press release's note on its sender, every line is the page's.
    #[test]
    fn the_page_after_the_story_closes() {
        use Role::{Body, Footer, Headline, Subhead};
        let roles = |text: &str| layout(text).paragraphs.iter().map(|p| p.1).collect::<Vec<Role>>();
        let lead = "KELBY, March 3 (Reuters) - The pilots agreed a two-year deal with the port on Tuesday.";
        let more = "The deal raises pay by 4% a year and ends a strike that began in May, the union said.";
        let text = format!(
            "Pilots agree pay deal\n{lead}\n{more}\nOur Standards: The Kelby Trust Principles.\nSuggested Topics:\nMarkets\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Body, Footer, Footer, Footer]);
        let text = format!(
            "Pilots agree pay deal\n{lead}\n{more}\nCopyright The Kelby Ledger Limited 2025.\nPlease do not copy \
             and paste our articles and redistribute them by email.\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Body, Footer, Footer]);
        // A release's note on its sender heads the paragraph that opens with its name.
        let text = format!(
            "Kelby Robotics opens plant\n{lead}\n{more}\nAbout Kelby Robotics\nKelby Robotics, Inc. builds \
             warehouse robots.\nForward-Looking Statements\nThis release holds statements about the future.\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Body, Footer, Footer, Footer, Footer]);
        // Not a close in the first half: the lines after it stay the story's.
        let text = format!("Pilots agree pay deal\n{lead}\n(Reporting by Bo Park)\n{more}\n{more}\n{more}\n");
        assert_eq!(roles(&text), [Headline, Body, Footer, Body, Body, Body]);
        // Not a line that reports what someone said, nor a sentence that opens with `Copyright`.
        let text = format!(
            "Pilots agree pay deal\n{lead}\n{more}\n(Reporting by Bo Park)\nThe pilots met 12 times, Ms. Lee said.\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Body, Footer, Body]);
        let text = format!("Pilots agree pay deal\n{lead}\n{more}\nCopyright lawyers welcomed the ruling\n{more}\n");
        assert_eq!(roles(&text)[4], Body);
        // Not the next story of a text of several.
        let text = format!(
            "Pilots agree pay deal\n{lead}\n{more}\n(Reporting by Bo Park)\nFerries resume\nBy Ann Lee\n{lead}\n{more}\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Body, Footer, Body, Body, Body, Body]);
        // Not a heading that merely begins with `About`.
        let text = format!("Pilots agree pay deal\n{lead}\n{more}\nAbout the deal\n{more}\n");
        assert_eq!(roles(&text), [Headline, Body, Body, Subhead, Body]);
        // Closing credits with a dash or a colon, an editor in brackets, a sign-off after `==`, an
        // app's promotion.
        for line in ["– Additional reporting: Reuters", "(Editor: Ann Lee)", "Edited By Ann Lee"] {
            assert!(footer(&Line { text: line, span: Span::new(0, line.len()) }).is_some(), "{line}");
        }
        assert!(sign_off("==Kyodo").is_some());
        assert_eq!(sign_off("PTI KK NP"), Some("PTI"));
        assert!(sign_off("PTI said on Monday").is_none());
        assert!(is_wire_slug("AP-WS-12-10-96 1807EST") && !is_wire_slug("AP-WS said 1807EST"));
        assert!(!is_wire_slug("AP-WS-12-10-96 180é7EST"));
        assert!(is_rule_or_end_mark("Enditem"));
        assert!(is_boilerplate("(Only the headline of this report may have been reworked by the staff.)"));
        assert!(is_app_promo("See more stories here | Download our app | Subscribe to our newsletter"));
        assert!(!is_app_promo("Users can download the app from Monday, the bank said."));
    }

    /// Captions whose credit closes them in brackets, a credit's label of other newsrooms, a
    /// caption's text above a `photo by` line; bylines without `By` over the date; time zones with
    /// an offset and stamps parted by a bar; a wrapped contact line that ends in an address.
    #[test]
    fn captions_bylines_and_stamps_of_more_newsrooms() {
        use Role::{Body, Byline, Caption, Headline, Timestamp};
        for line in [
            "A train arrives at the station in January. (Ann Lee/The Harlow Post)",
            "Firefighters work at a grain terminal, March 4, 2025. (Kelby Fire Service via AP)",
            "Soldiers stand on a street in Kelby in February [File: Reuters]",
            "People receive food aid at a camp in Kelby state [Bo Park/AFP]",
            "Photographer: Bo Park/Bloomberg",
            "Credit...Bo Park/The Harlow Times",
            "Ledger file photo by Ann Lee",
            "Workers block a road near Kelby on March 4, 2025. (Photo by Bo Park / AFP)",
            "The old bridge has had a weight limit since 2019. (Photo by Ann Lee/The Kelby Sentinel)",
            "Crews clear the slip north of Kelby on Monday. SUPPLIED/KELBY DISTRICT COUNCIL",
            "Climbers queue below the summit in May © Ann Lee / AFP/File",
            "The group's research campus in Kelby © Bo Park/Bloomberg",
            "Kelby Nexus headquarters in Harlow. (File Photo)",
            "The minister spoke to reporters on Tuesday. (News Video: Ann Lee)",
            "Ana Ruiz's 64 came off just 39 balls • Kelby Sports Media",
            "Harlow's Ana Ruiz (left) vies for the ball with Carrow's Bo Lee.",
        ] {
            assert!(caption(line), "{line}");
        }
        for line in [
            "© 2025 Kelby News",
            "The port authority said the ship was fine (file) and would sail.",
            "Ana Ruiz (left) said: “We are ready.”",
            "The bill passed the House (Rep. Ann Lee/Texas).",
            "He said the aid arrived [on Tuesday].",
            "The film was released in 1999 (Ann Lee/The Harlow Post) to wide acclaim.",
        ] {
            assert!(!caption(line), "{line}");
        }
        let roles = |text: &str| layout(text).paragraphs.iter().map(|p| p.1).collect::<Vec<Role>>();
        let lead = "KELBY — The pilots agreed a two-year deal with the port on Tuesday.";
        let text = format!(
            "Pilots agree pay deal\n{lead}\nWater covers Front Street in Kelby\nLedger file photo by Ann Lee\n{lead}\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Caption, Caption, Body]);
        for credit in ["(AP Photo/Ann Lee)", "(Kelby Fire Service via AP)"] {
            let text =
                format!("Pilots agree pay deal\n{lead}\nA pilot speaks at a meeting in Kelby\n{credit}\n{lead}\n");
            assert_eq!(roles(&text), [Headline, Body, Caption, Caption, Body], "{credit}");
        }
        for (byline, names) in [
            ("Ann Lee", &["Ann Lee"][..]),
            ("KXYZ Staff", &[][..]),
            ("Ann Lee in Brussels and Bo Park in Rome", &["Ann Lee", "Bo Park"][..]),
            ("Ann Lee at Carrow Park", &["Ann Lee"][..]),
            ("Ana Dizon-Reyes", &["Ana Dizon-Reyes"][..]),
        ] {
            let text = format!("Pilots agree pay deal\n{byline}\nUpdated: Mar 4, 2025, 10:15 IST\n{lead}\n");
            let l = layout(&text);
            assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), [Headline, Byline, Timestamp, Body]);
            assert_eq!(l.byline.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), names);
        }
        // The name over a line of the reporter's job, over the date.
        let text = format!("Pilots agree pay deal\nAnn Lee\nTransport correspondent\nPublished 3 hours ago\n{lead}\n");
        let l = layout(&text);
        assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), [Headline, Byline, Byline, Timestamp, Body]);
        assert_eq!(l.byline.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), ["Ann Lee"]);
        // Not a line of prose over a line of prose.
        let text =
            format!("Pilots agree pay deal\nThe Port Reopens\nThe editor agreed\nPublished 3 hours ago\n{lead}\n");
        assert_ne!(roles(&text)[1], Byline);
        // The reporter's name, then the publication or the date between bars, dots or slashes.
        for (byline, source, published) in [
            ("Ann Lee / KNS / Updated: Mar 5, 2025, 23:41 IST", Some("KNS"), Some("2025-03-05")),
            ("Ann Lee · KBC News · Posted: Mar 04, 2025 5:00 AM EST", Some("KBC News"), Some("2025-03-04")),
            ("Ann Lee | 23 March 2025", None, Some("2025-03-23")),
            ("Ann Lee - Kelby Courier", Some("Kelby Courier"), None),
        ] {
            let text = format!("Pilots agree pay deal\n{byline}\n{lead}\n");
            let l = layout(&text);
            assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), [Headline, Byline, Body], "{byline}");
            assert_eq!(l.byline.iter().map(|n| n.name.as_ref()).collect::<Vec<_>>(), ["Ann Lee"]);
            assert_eq!(l.source.as_deref(), source);
            assert_eq!(l.published, published.and_then(Date::parse_iso));
        }
        for line in ["Kelby Staff | 23 March 2025", "Exports fall | Trade", "Ann Lee / said on Tuesday it would"] {
            assert_ne!(roles(&format!("Pilots agree pay deal\n{line}\n{lead}\n"))[1], Byline, "{line}");
        }
        // A release wire's label over the sender's name.
        let text = format!(
            "Kelby Robotics opens plant\nNEWS PROVIDED BY\nKelby Robotics, Inc.\nMar 03, 2025, 08:00 ET\n{lead}\n"
        );
        let l = layout(&text);
        assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), [Headline, Byline, Byline, Timestamp, Body]);
        assert_eq!(l.source.as_deref(), Some("Kelby Robotics, Inc."));
        // Not a line of prose over the date.
        let text = format!("Pilots agree pay deal\nThe port is quiet.\nUpdated: Mar 4, 2025, 10:15 IST\n{lead}\n");
        assert_ne!(roles(&text)[1], Byline);
        let date = |s| Date::parse_iso(s);
        assert_eq!(timestamp("March 3, 2025 4:12 PM GMT+0 Updated 2 hours ago"), date("2025-03-03"));
        assert_eq!(
            timestamp("Updated March 3, 2025 at 6:05 p.m. EST|Published March 3, 2025 at 2:15 p.m. EST"),
            date("2025-03-03")
        );
        assert_eq!(timestamp("Tue Mar 4 2025 - 06:00"), date("2025-03-04"));
        assert_eq!(timestamp("2025-03-04 11:06:42.118 GMT"), date("2025-03-04"));
        assert_eq!(timestamp("2025-03-04 16:22:10"), date("2025-03-04"));
    }

    #[test]
    fn captions_and_closing_lines_of_other_newsrooms() {
        use Role::{Body, Byline, Caption, Footer, Headline, Timestamp};
        let roles = |text: &str| layout(text).paragraphs.iter().map(|p| p.1).collect::<Vec<Role>>();
        let lead = "KELBY, Ore. (AP) — The pilots agreed a two-year deal with the port on Tuesday.";
        let text = format!(
            "FILE - A pilot boat leaves the port, May 2, 2023. (AP Photo/Bo Park, File)\n\
             Pilots agree pay deal\nBy ANN LEE, Associated Press\nUpdated 11:48 PM EDT, March 14, 2025\n{lead}\n"
        );
        assert_eq!(roles(&text), [Caption, Headline, Byline, Timestamp, Body]);
        let text = format!("Credit: Bo Park/Harlow Tribune\nPilots agree pay deal\n{lead}\n");
        assert_eq!(roles(&text), [Caption, Headline, Body]);
        // The caption's text above its credit; not a paragraph that quotes someone.
        for (credit, want) in [
            ("Photo: Bo Park/The Kelby Bee", Caption),
            ("Bo Park/AP/File", Caption),
            ("Bo Park/KCUR hide caption", Caption),
            ("Image source, Getty Images", Body),
        ] {
            let text =
                format!("Pilots agree pay deal\n{lead}\nA pilot boat leaves the port in 2023.\n{credit}\n{lead}\n");
            assert_eq!(roles(&text), [Headline, Body, want, Caption, Body], "{credit}");
        }
        let text = format!("Pilots agree pay deal\n{lead}\n“We are done,” Lee said.\nPhoto: Bo Park\n{lead}\n");
        assert_eq!(roles(&text)[2], Body);
        for line in [
            "Tractors block the road to Kelby on March 12, 2025. - Copyright AFP Bo PARK",
            "Pilots at the quay in Kelby, where the strike began in\nMay. (Photo by Bo Park/Getty Images)",
            // Labels in capitals or short, a photographer working for a paper, a picture from
            // the files, a bracket naming outlet and photographer, who stands where.
            "A researcher collects ticks outside Kelby last month. Credit: Bo Park for The Kelby Ledger",
            "The chain's flagship store in Kelby. PHOTO: KELBY STORES",
            "Visitors view works at the exhibition on Monday. Pic: Bo Park",
            "A health worker sprays a housing area in Kelby. — Filepic",
            "The pill is taken daily under a doctor's supervision. (Courtesy Kelby Therapeutics)",
            "Ana Ruiz leaves the courthouse earlier in the trial. (Kelby News: Bo Park)",
            "The governor addresses the press in Kelby on March 3, 2025. [Bo Park, Rift Ledger]",
            "L-R: Chief Executive, Mr Bo Park; and Partner, Kelby Ventures, Ms Ana Ruiz, in Lagos.",
        ] {
            assert!(caption(line), "{line}");
        }
        for line in [
            "The report was written for the board. Credit: the lenders asked for more time to pay.",
            "The minister spoke to the press in Kelby on Monday. [The talks resume next week.]",
            "Left-wing parties said no.",
        ] {
            assert!(!caption(line), "{line}");
        }
        // Between footer lines, and under a release's contact heading.
        let text = format!(
            "Pilots agree pay deal\n{lead}\n— With assistance from Bo Park\nRead more: Ports face their toughest \
             year\n(Updates prices in second paragraph.)\n©2025 Kelby Media L.P.\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Footer, Footer, Footer, Footer]);
        let text = format!(
            "Pilots agree pay deal\n{lead}\nMedia Contact:\nAnn Lee\n(512) 555-0148\npress@kelbyport.example\n\
             SOURCE Kelby Port Authority\n"
        );
        assert_eq!(roles(&text), [Headline, Body, Footer, Footer, Footer, Footer, Footer]);
        // A short line between a footer line and the story's end is the story's.
        let text = format!("Pilots agree pay deal\n{lead}\nIt was not to be.\n(Reporting by Bo Park)\n");
        assert_eq!(roles(&text), [Headline, Body, Body, Footer]);
    }

    #[test]
    fn subheads() {
        let body = "The pilots agreed a two-year deal with the port authority on Tuesday after a week of talks.";
        let cases = [
            ("What Comes Next", true),
            ("SHIPPING BACKLOG", true),
            ("Backlog clears", true),
            ("PORTO 2024-05-14", false),
            ("## Background", true),
            ("The talks resume on Monday", false),
            // Four words in sentence case, but not a short sentence that lost its period.
            ("Vaccines in short supply", true),
            ("Pilots turn the screw", true),
            ("He declined to comment", false),
            ("The union declined comment", false),
            ("Ships wait.", false),
            ("“Not yet”", false),
            ("‘We Heard A Rumble’", true),
            ("‘We heard a rumble’", true),
            ("What Happens Next?", true),
            ("What Next?", true),
            // A short question that opens with a question's word heads a section; one put to
            // someone, or about what was just said, does not.
            ("What happens next?", true),
            ("Who is affected?", true),
            ("What's next?", true),
            ("Where do you dock?", false),
            ("How is that possible?", false),
            ("The good news?", false),
            // A label over what follows, but not a sentence that runs on into a quotation or list.
            ("How it stands:", true),
            ("Port delays:", true),
            ("He added:", false),
            ("Imagine that she:", false),
            ("The port authority said on Tuesday that:", false),
            ("DOES SHE HAVE A PLAN?", true),
            ("Why does the port matter so much to the town and its people?", false),
            ("What comes next for the harbour pilots and the port authority after the deal", false),
        ];
        for (line, want) in cases {
            let text = format!("Pilots Agree Deal\n{body}\n{line}\n{body}\n");
            let roles: Vec<Role> = layout(&text).paragraphs.iter().map(|p| p.1).collect();
            let role = if want { Role::Subhead } else { Role::Body };
            assert_eq!(roles, [Role::Headline, Role::Body, role, Role::Body], "{line}");
        }
        // Not after a line that leaves its sentence open, nor before a shorter line.
        let text =
            format!("Pilots Agree Deal\n{body}\nPilots wait at the quay. REUTERS/Ann Lee\nWhat Comes Next\n{body}\n");
        let roles: Vec<Role> = layout(&text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Body, Role::Caption, Role::Subhead, Role::Body]);
        let text = format!("Pilots Agree Deal\n{body} The union said\nWhat Comes Next\n{body}\n");
        assert_eq!(layout(&text).paragraphs[2].1, Role::Body);
        let text = format!("Pilots Agree Deal\n{body}\nWhat Comes Next\nIt ended.\n");
        assert_eq!(layout(&text).paragraphs[2].1, Role::Body);
        // A related link's line may stand above it.
        let text = format!("Pilots Agree Deal\n{body}\nRead more: Ports face a hard winter\nA narrow path\n{body}\n");
        let roles: Vec<Role> = layout(&text).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Role::Headline, Role::Body, Role::Footer, Role::Subhead, Role::Body]);
    }

    #[test]
    fn wrapped_credit_lines() {
        let cases: &[(&str, &[&str])] = &[
            ("(Reporting by Ann Lee and\nBo Park; Editing by\nCy Young)", &["Ann Lee", "Bo Park", "Cy Young"]),
            ("Reporting by Ann Lee\nand Bo Park", &["Ann Lee", "Bo Park"]),
            ("Compiled by Dee Sandberg", &["Dee Sandberg"]),
        ];
        for (text, want) in cases {
            let got = footer(&line(text)).unwrap();
            assert_eq!(got.iter().map(|c| c.name.as_ref()).collect::<Vec<_>>(), *want, "{text}");
        }
    }

    #[test]
    fn footers_with_letters_that_lowercase_to_another_length() {
        // `Ⱥ` lowercases to a longer letter and `İ` to two letters: offsets come from the line itself.
        let c = footer(&line("(Reporting by A; ȺȺȺȺ by Bo)")).unwrap();
        assert_eq!(c.iter().map(|c| c.name.as_ref()).collect::<Vec<_>>(), ["A", "Bo"]);
        let c = footer(&line("(Reporting by İİ Lee; Editing by Ⱥnn Park)")).unwrap();
        assert_eq!(
            c.iter().map(|c| (c.name.as_ref(), c.role)).collect::<Vec<_>>(),
            [("İİ Lee", ContactRole::Reporting), ("Ⱥnn Park", ContactRole::Editing)]
        );
        assert!(footer(&line("ȺȺȺ İİ contributed to this report.")).is_some());
    }

    #[test]
    fn headlines() {
        let body = [line("The ministry said the talks would resume.")];
        let next = &body[..];
        assert!(headline(&line("Mwangi to Visit Berlin Next Week"), next, true).is_some());
        assert!(headline(&line("RUGBY - HARLOW CLIMB TO THIRD AFTER LATE TRY."), next, true).is_some());
        assert!(headline(&line("The talks went well, officials said on Friday."), next, true).is_none());
        assert!(headline(&line("Mwangi to Visit Berlin Next Week"), &[], true).is_none());
        assert_eq!(headline(&line("# A Markdown title"), &[], false).unwrap().text, "A Markdown title");
        // A headline with a full stop stands above a byline, a timestamp or a dateline.
        let cases = [
            ("Pilots agree pay deal after week-long dispute.", "By Ann Lee", true),
            ("U.S. pilots agree pay deal.", "Published March 17, 2023", true),
            ("Pilots agree pay deal.", "PORTO (Reuters) - The pilots agreed a deal.", true),
            ("Pilots agree pay deal.", "The pilots agreed a deal on Tuesday.", false),
            ("Pilots agreed. Ships sail again.", "By Ann Lee", false),
        ];
        for (title, under, want) in cases {
            assert_eq!(headline(&line(title), &[line(under)], true).is_some(), want, "{title}");
        }
        // … or above a standfirst over one of them.
        let title = line("A mural lost to a wrecking ball is reborn, one tile at a time.");
        let deck = line("Volunteers spent 14 months setting the tiles on a library wall.");
        assert!(headline(&title, &[deck, line("By Ann Lee")], true).is_some());
        assert!(headline(&title, &[deck, line("The library opens on Monday.")], true).is_none());
        // The date may stand above the headline.
        use Role::{Body, Headline, Timestamp};
        let l =
            layout("Published: 3 March 2025\nCouncil confirms £4m plan to repair seafront\nWork will start in May.\n");
        assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), [Timestamp, Headline, Body]);
    }

    /// The paragraphs `layout` finds, as text.
    fn paragraph_texts(text: &str) -> Vec<&str> {
        layout(text).paragraphs.iter().map(|(span, _)| span.as_str(text)).collect()
    }

    #[test]
    fn hard_wrapped_blocks_are_paragraphs() {
        let wrapped = "Harbour Pilots Agree Pay Deal\n\
            By Ann Lee\n\n\
            PORTO, Portugal (Reuters) - Harbour pilots in the northern port agreed\n\
            a two-year pay deal with the port authority on Tuesday, ending a dispute\n\
            that had held up container ships for more than a week.\n\n\
            The pilots' union said members backed the offer by a wide margin. Port\n\
            officials said traffic would return to normal by the weekend.\n\n\
            \x20 An indented paragraph opens here and runs on for a while, wrapped at\n\
            the same width as the rest of the story, which keeps it in one piece.\n";
        let cases: &[(&str, &[&str])] = &[
            (
                wrapped,
                &[
                    "Harbour Pilots Agree Pay Deal",
                    "By Ann Lee",
                    "PORTO, Portugal (Reuters) - Harbour pilots in the northern port agreed\na two-year pay deal with the \
                     port authority on Tuesday, ending a dispute\nthat had held up container ships for more than a week.",
                    "The pilots' union said members backed the offer by a wide margin. Port\nofficials said traffic \
                     would return to normal by the weekend.",
                    "An indented paragraph opens here and runs on for a while, wrapped at\nthe same width as the rest \
                     of the story, which keeps it in one piece.",
                ],
            ),
            // A sign-off, a credit and a caption stand alone under a full line.
            (
                "The pilots' union said members backed the offer by a wide margin, and\n\
                 port officials said traffic would return to normal by the weekend, as\n\
                 they had hoped it would since the talks began in the spring this year\n\
                 (Reporting by Ann Lee; Editing by Bo Park)\n\
                 FILE PHOTO: A pilot boat in the harbour at Porto, Portugal, May 2, 2023.\n\
                 REUTER\n",
                &[
                    "The pilots' union said members backed the offer by a wide margin, and\nport officials said traffic \
                     would return to normal by the weekend, as\nthey had hoped it would since the talks began in the \
                     spring this year",
                    "(Reporting by Ann Lee; Editing by Bo Park)",
                    "FILE PHOTO: A pilot boat in the harbour at Porto, Portugal, May 2, 2023.",
                    "REUTER",
                ],
            ),
            // Without blank lines, a line that ends a sentence short of the width ends its paragraph.
            (
                "The pilots' union said members backed the offer by a wide margin, and\n\
                 port officials said traffic would return to normal by the weekend, as\n\
                 they had hoped it would since the talks began in the spring.\n\
                 Ships began to move again on Wednesday, the port authority said, and\n\
                 the first ferry from Vigo docked shortly after noon on the same day.\n",
                &[
                    "The pilots' union said members backed the offer by a wide margin, and\nport officials said traffic \
                     would return to normal by the weekend, as\nthey had hoped it would since the talks began in the \
                     spring.",
                    "Ships began to move again on Wednesday, the port authority said, and\nthe first ferry from Vigo \
                     docked shortly after noon on the same day.",
                ],
            ),
            // One line, one paragraph: lines that end well short of the longest are not wrapped.
            (
                "Ferry Talks Resume\nBy Ann Lee\nThe talks resumed on Monday after a long pause in the port city.\n\
                 Both sides said so.\nA third line that is rather longer than the others before it, and ends here.\n",
                &[
                    "Ferry Talks Resume",
                    "By Ann Lee",
                    "The talks resumed on Monday after a long pause in the port city.",
                    "Both sides said so.",
                    "A third line that is rather longer than the others before it, and ends here.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(paragraph_texts(text), *want, "{text}");
        }
    }

    #[test]
    fn wrapped_lines_that_look_like_something_else() {
        let cases: &[(&str, &[&str])] = &[
            // An address carries on a contact line that breaks mid-list.
            (
                "The pilots' union said members backed the offer by a wide margin,\n\
                 and the first ferry from Vigo docked shortly after noon on Friday.\n\n\
                 -By Ann Lee, Kelby Newswires; 312-555-0100;\nann.lee@example.com\n",
                &[
                    "The pilots' union said members backed the offer by a wide margin,\nand the first ferry from Vigo \
                     docked shortly after noon on Friday.",
                    "-By Ann Lee, Kelby Newswires; 312-555-0100;\nann.lee@example.com",
                ],
            ),
            // A short text: two lines, the second in lower case, and the lines after the blank one.
            (
                "Tarrow Mills said holders approved its purchase by Kelso Paper Ltd. of\n\
                 Leeds for 4 pounds a share, or 90 million pounds.\n\n\
                 The deal is expected to close in June.\n",
                &[
                    "Tarrow Mills said holders approved its purchase by Kelso Paper Ltd. of\nLeeds for 4 pounds a \
                     share, or 90 million pounds.",
                    "The deal is expected to close in June.",
                ],
            ),
            // A line that ends on `the` runs on, even into a capital.
            (
                "Harlow beat Carrow by four wickets in the second match of the\nMidshire Cup on Friday.\n",
                &["Harlow beat Carrow by four wickets in the second match of the\nMidshire Cup on Friday."],
            ),
            // A caption wrapped over its credit; a credit line wrapped over `report.`; an agency told
            // something; a dash, a pound sign and a lower-case `by` inside a sentence.
            (
                "Pilots Agree Deal\n\n\
                 Workers stand at the gate of the terminal as the strike ends in Porto,\n\
                 Portugal, May 3, 2023. REUTERS/Ann Lee\n\n\
                 The pilots' union said members backed the offer by a wide margin, the\n\
                 union's leader, Bo Park, who had called the strike a month before, told\nReuters.\n\n\
                 Port officials said traffic would return to normal by the weekend, and\n\
                 - as they had hoped - the first ferry from Vigo docked shortly after noon.\n\n\
                 Kelso agreed to pay the pilots a one-off bonus worth a total of about\n\
                 #400 million, and the new terminal will look like the ones built there\n\
                 by Tarrow Mills Ltd.\n\n\
                 Ann Lee in Lisbon and Cy Young in Madrid contributed to this\nreport.\n",
                &[
                    "Pilots Agree Deal",
                    "Workers stand at the gate of the terminal as the strike ends in Porto,\nPortugal, May 3, 2023. \
                     REUTERS/Ann Lee",
                    "The pilots' union said members backed the offer by a wide margin, the\nunion's leader, Bo Park, \
                     who had called the strike a month before, told\nReuters.",
                    "Port officials said traffic would return to normal by the weekend, and\n- as they had hoped - the \
                     first ferry from Vigo docked shortly after noon.",
                    "Kelso agreed to pay the pilots a one-off bonus worth a total of about\n#400 million, and the new \
                     terminal will look like the ones built there\nby Tarrow Mills Ltd.",
                    "Ann Lee in Lisbon and Cy Young in Madrid contributed to this\nreport.",
                ],
            ),
            // One line, one paragraph: a title over a lone paragraph is no wrapped text.
            (
                "Pilots in the northern port agree a pay deal after the long dispute\n\
                 Port officials said traffic would return to normal by the weekend, as they had hoped.\n",
                &[
                    "Pilots in the northern port agree a pay deal after the long dispute",
                    "Port officials said traffic would return to normal by the weekend, as they had hoped.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(paragraph_texts(text), *want, "{text}");
        }
        // An e-mail address under an indented paragraph is no line of it.
        let text = "   The council backed the plan but said it would watch closely to\n\
                    make sure the schedule for the pipes was met by the city.\nalee@kelby.example\n";
        assert_eq!(paragraph_texts(text).len(), 2);
        use Role::{Body, Caption, Footer, Headline};
        let roles: Vec<Role> = layout(cases[3].0).paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(roles, [Headline, Caption, Body, Body, Body, Footer]);
    }

    #[test]
    fn list_items_and_run_ons() {
        let items = [
            ("- An item", true),
            ("- the rest of it", false),
            ("## Heading", true),
            ("#400 million", false),
            ("* A point", true),
            ("*Not a point", false),
            ("| a | b |", true),
            ("• A point", true),
        ];
        for (text, want) in items {
            assert_eq!(opens_item(text), want, "{text}");
        }
        let pairs = [
            ("the match of the", "Midshire Cup", true),
            ("the Midshire", "Cup on Friday", false),
            ("the talks", "resumed", true),
            ("and so on", "Then", false),
        ];
        for (line, next, want) in pairs {
            assert_eq!(runs_on(line, next), want, "{line}");
        }
    }

    #[test]
    fn heads_with_a_standfirst_a_source_line_or_a_job() {
        use Role::{Body, Byline, Dateline, Footer, Headline, Subhead, Timestamp};
        /// A story, its roles, its date and its source.
        type Case<'a> = (&'a str, &'a [Role], Option<&'a str>, Option<&'a str>);
        let cases: &[Case<'_>] = &[
            // A standfirst between the headline and the byline.
            (
                "Rebels attack camps near Tarvel\n\nAid groups say at least 30 people were killed as fighting spreads.\n\n\
                 By Nadira Osk\nPublished On 11 Feb 2025\n\nFighters attacked two camps on Sunday.\n",
                &[Headline, Subhead, Byline, Timestamp, Body],
                Some("2025-02-11"),
                None,
            ),
            // A second reporter named over the outlet, and a label on its own line over the date.
            (
                "Regulator approves allergy pill\n\nBy Dr. Hela Varrin, Medical Correspondent\n\nRuth Calder\nKelby News\n\n\
                 Published\n2:15 PM EST, Tue December 2, 2025\n\nThe regulator approved the pill on Tuesday.\n",
                &[Headline, Byline, Byline, Byline, Timestamp, Timestamp, Body],
                Some("2025-12-02"),
                Some("Kelby News"),
            ),
            // A job and a publication after the name; a relative time stamp.
            (
                "Ministers row over rail deal\n\nBy Cressa Vantorn, Political correspondent, Kelby News\n\n\
                 Published 14 May 2025\nUpdated 3 hours ago\n\nThe row deepened on Tuesday.\n",
                &[Headline, Byline, Timestamp, Timestamp, Body],
                Some("2025-05-14"),
                Some("Kelby News"),
            ),
            // A job with an ampersand; no source from it.
            (
                "Study finds lower risk\n\nBy Dr. Hela Varrin, Health & Science Editor\nOct. 8, 2025\n\nAdults were less likely to fall ill.\n",
                &[Headline, Byline, Timestamp, Body],
                Some("2025-10-08"),
                None,
            ),
            // An e-mail address after the bar is no source; the paper's name under it is.
            (
                "Board votes to close schools\n\nDecision follows months of debate over a budget gap\n\n\
                 By Rosa Ashby | rashby@example.com\nThe Kelton Ledger\nPublished: Jan. 28, 2026, 10:52 p.m.\n\n\
                 The board voted on Tuesday.\n",
                &[Headline, Subhead, Byline, Byline, Timestamp, Body],
                Some("2026-01-28"),
                Some("The Kelton Ledger"),
            ),
            // An agency's name over the date, and a wire's `Of …` line.
            (
                "Harlow rally past Carrow\n\nAssociated Press\nMar 7, 2026, 11:48 PM ET\n\nHarlow won 101-99.\n",
                &[Headline, Byline, Timestamp, Body],
                Some("2026-03-07"),
                Some("Associated Press"),
            ),
            (
                "Veltrope to buy Corvan\n\nBy Kara Aldane\nOf DOW JONES NEWSWIRES\n\nVeltrope agreed to buy Corvan.\n",
                &[Headline, Byline, Byline, Body],
                None,
                Some("DOW JONES NEWSWIRES"),
            ),
            // A standfirst over a bare name and its job; a place alone on its line is the dateline.
            (
                "Deputies throw out tax rises\n\nA climbdown as thousands gather outside parliament in Kelby City\n\n\
                 Ana Ruiz\nAfrica Correspondent\n\n4 March 2025 • 6:14pm\n\nNAIROBI\n\nDeputies voted the rises down.\n",
                &[Headline, Subhead, Byline, Byline, Timestamp, Dateline, Body],
                Some("2025-03-04"),
                None,
            ),
            // A page's tools between the stamp and the name over the job; a job before the outlet
            // after a middle dot.
            (
                "Senedd backs bus plan\n\n4 hours ago\n\nShare\nSave\n\nAled Vane\nKelby Wales political reporter\n\n\
                 Members voted on Tuesday.\n",
                &[Headline, Timestamp, Footer, Footer, Byline, Byline, Body],
                None,
                None,
            ),
            // An agency's name in brackets under the reporter's; a network's regional desk over
            // the byline.
            (
                "Strikers take title\n\nEllie Vane\n(Australian Associated Press)\n\nSun, 2 March 2025 6:48PM\n\n\
                 The Strikers won.\n",
                &[Headline, Byline, Byline, Timestamp, Body],
                Some("2025-03-02"),
                Some("Australian Associated Press"),
            ),
            (
                "Town left without a doctor\n\nABC Western Plains\nBy Josie Karam\n\nPosted Tue 4 Mar 2025 at 5:30am\n\n\
                 The town's only doctor retired.\n",
                &[Headline, Byline, Byline, Timestamp, Body],
                Some("2025-03-04"),
                Some("ABC Western Plains"),
            ),
            (
                "Kauri end Surge run\n\nLiam Rangi\nRugby writer·Kelby Herald·\n\n4 Mar, 2025 05:30 AM\n\nKauri won.\n",
                &[Headline, Byline, Byline, Timestamp, Body],
                Some("2025-03-04"),
                None,
            ),
            // A second line of prose with no byline or date under it is the story.
            (
                "Rebels attack camps near Tarvel\n\nAid groups say at least 30 people were killed on Sunday.\n\n\
                 Fighters attacked two camps.\n",
                &[Headline, Body, Body],
                None,
                None,
            ),
        ];
        for (text, roles, published, source) in cases {
            let l = layout(text);
            assert_eq!(l.paragraphs.iter().map(|p| p.1).collect::<Vec<_>>(), *roles, "{text}");
            assert_eq!(l.published, published.and_then(Date::parse_iso), "{text}");
            assert_eq!(l.source.as_deref(), *source, "{text}");
        }
    }

    #[test]
    fn page_and_wire_boilerplate() {
        let yes = [
            "Advertisement",
            "Sign up for our Politics Essential newsletter to keep up with Westminster.",
            "Sign up to Down to Earth",
            "Free weekly newsletter",
            "Privacy Notice: Newsletters may contain info about charities.",
            "(Updates with closing prices in second paragraph.)",
            "— With assistance from Kenji Marr",
            "To contact the reporters on this story:",
            "Filed under: Congress, Budget",
            "Follow AP’s coverage of hurricanes at https://example.com/hub",
            "Follow Ann Lee on Twitter @annlee.",
            "(END) Dow Jones Newswires",
            // Corrections, share rows, related links, calls to follow, a desk's editor, a link.
            "This story has been corrected to show that the pipe broke near 4th Street.",
            "Share this article: Facebook · X · WhatsApp · Copy link",
            "Related topic: Harbour fire / warehouses / fire safety",
            "Join our WhatsApp channel and get the latest picks delivered to your phone.",
            "Get the latest business news — follow us on WhatsApp.",
            "Join The Kelby Ledger on WhatsApp and stay up to date",
            "Sign up for push alerts and have the best news delivered to your phone",
            "Like Sports on Facebook, follow @KelbySports on X to stay informed.",
            "KXYZ 7 will continue to update this story as more information becomes available.",
            "Support local journalism: subscribe to the Kelby Dispatch from just £1 a week.",
            "This article was written by a Local Democracy Reporter.",
            "Editor: Ana Ruiz",
            "Kelby sports: https://example.com/sports",
            // A release's end matter.
            "For further information, please contact:",
            "ON BEHALF OF THE BOARD",
            "Cautionary Note Regarding Forward-Looking Information: This release contains …",
            "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES",
            "Topic: Rural Health",
            "Share this Story : Kelby scores twice as Harlow rally",
            "Share or comment on this article",
        ];
        for text in yes {
            assert!(is_boilerplate(text), "{text}");
        }
        let no = [
            "Sign up rates for the new plan rose by a third last year, the company said in a statement.",
            "Follow-up talks are due next week.",
            "Like many neighbours, she wrote on Facebook that the road was shut.",
            "Editor: the paper's editor said the story would run on Monday as planned.",
            "The ministry said the full list would be posted at https://example.com/list",
            "The newsletter was sent to 4,000 members.",
            "(The company did not say how much it paid.)",
        ];
        for text in no {
            assert!(!is_boilerplate(text), "{text}");
        }
        for (text, want) in [
            ("Sebastian Ferrand in New York at sferrand@example.net", true),
            ("Rosa Ashby covers education for The Kelton Ledger. Reach her at 555-0147.", true),
            ("Follow Ann Lee on Twitter @annlee.", false),
            ("And that's on the Stardust @ home website?", false),
        ] {
            assert_eq!(is_contact_line(text), want, "{text}");
        }
        assert!(is_source_line("Source: Kelby News and news agencies"));
        assert!(!is_source_line("Source: the ministry said the talks had gone on all night and would resume."));
        assert_eq!(wire_stamp("05-14-01 1147ET"), Date::parse_iso("2001-05-14"));
        assert_eq!(wire_stamp("08-30-96 0912GMT"), Date::parse_iso("1996-08-30"));
        assert_eq!(wire_stamp("13-40-01 1147ET"), None);
        assert_eq!(wire_stamp("05-14-01 words"), None);
        assert!(is_desk_initials("dpa ab kw sw") && !is_desk_initials("dpa said the talks ended"));
        // A page's topics parted by slashes, not a table's `N / A` cells.
        assert!(is_link_row("Kelby / Harlow / state politics") && !is_link_row("- Revenue N / A N / A"));
        // The outlet's name alone among the last lines.
        let text = "Port deal signed\nKELBY — The port deal was signed on Tuesday.\nKelby Valley Courier\n";
        assert_eq!(layout(text).paragraphs.last().map(|p| p.1), Some(Role::Footer));
        assert!(is_trailer_heading("MOST READ IN NEWS") && !is_trailer_heading("Most readers agreed with the plan"));
        for (text, want) in [
            ("-- Frankfurt newsroom, +49 69 756 525", true),
            ("((Kelton newsroom, 504 32 0154))", true),
            ("-- London Newsroom +44 171 542 7717", true),
            ("-- the newsroom said 1234567", false),
        ] {
            assert_eq!(is_desk_line(text), want, "{text}");
        }
    }

    #[test]
    fn front_matter_lines() {
        let text = "---\ntitle: Talks\ndate: 2023-03-17\nnonsense\n---\nBody.";
        let l = layout(text);
        assert_eq!(l.headline.unwrap().text, "Talks");
        assert_eq!(l.published, Date::parse_iso("2023-03-17"));
        assert_eq!(l.diagnostics.len(), 1);
        assert_eq!(l.paragraphs[0].1, Role::FrontMatter);
    }

    #[test]
    fn front_matter_date_times() {
        // A page's date-time gives the publication date too, unless `date:` says otherwise.
        let l = layout("---\npublished_time: 2024-03-05T23:30:00-05:00\nurl: https://example.com/a\n---\nBody.");
        let t = l.published_time.unwrap();
        assert_eq!((t.hour, t.minute, t.utc_offset), (23, 30, Some(-300)));
        assert_eq!(l.published, Date::parse_iso("2024-03-05"));
        assert_eq!(l.url.as_deref(), Some("https://example.com/a"));
        let l = layout("---\ndate: 2024-03-06\ndatetime: 2024-03-05T23:30Z\n---\nBody.");
        assert_eq!(l.published, Date::parse_iso("2024-03-06"));
        assert!(l.published_time.is_some());
        let l = layout("---\npublished_time: yesterday at noon\n---\nBody.");
        assert!(l.published_time.is_none() && l.published.is_none());
        assert_eq!(l.diagnostics.len(), 1);
    }
}
