//! The sentence grammar: runs of capitalized words, trimmed of titles and
//! sentence openers, typed by their heads, the gazetteers and their context.

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use super::lexicon::{self, Gaz, gazetteer};
use crate::model::EntityKind;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// How sure a candidate's kind is.
pub(super) type Sure = u8;
/// No evidence: resolved by the rest of the document or dropped.
pub(super) const GUESS: Sure = 0;
/// One weak cue (a score after a word, `in X`).
pub(super) const WEAK: Sure = 1;
/// The shape of the name (two name-like words, an organization head).
pub(super) const MEDIUM: Sure = 2;
/// A gazetteer entry, a title or a role noun before the name.
pub(super) const STRONG: Sure = 3;

/// A possible mention found in one sentence.
#[derive(Clone, Debug)]
pub(super) struct Cand {
    /// The name as written, without titles or a possessive ending.
    pub span: Span,
    /// The kind, when known.
    pub kind: Option<EntityKind>,
    /// How sure the kind is.
    pub sure: Sure,
    /// The gazetteer entry the name matched.
    pub gaz: Option<u32>,
    /// Role phrases before and after the name.
    pub descriptors: Vec<Span>,
    /// Found in capitals or title-case text, so only its form can type it.
    pub loose: bool,
    /// Number of words in the name.
    pub words: usize,
    /// A weak cue for an otherwise unknown name.
    pub hint: Option<EntityKind>,
    /// Typed by the layout (a dateline, a byline): the rest of the document does not retype it.
    pub fixed: bool,
}

impl Cand {
    /// A candidate with no descriptors, cues or flags.
    pub(super) fn new(span: Span, kind: Option<EntityKind>, sure: Sure, words: usize) -> Cand {
        Cand { span, kind, sure, gaz: None, descriptors: Vec::new(), loose: false, words, hint: None, fixed: false }
    }
}

/// What the sentence grammar reads besides the sentence itself.
pub(super) struct Doc<'a> {
    /// The whole text.
    pub text: &'a str,
    /// Lower-case words of the document, to tell common words from names at sentence starts.
    pub lower: FxHashSet<String>,
    /// The document reads like a sports results story.
    pub sports: bool,
}

/// A word token's text.
fn word<'a>(doc: &Doc<'a>, t: &Token) -> Option<&'a str> {
    (t.kind == TokenKind::Word).then(|| t.span.as_str(doc.text))
}

/// Starts with a capital letter.
pub(super) fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Two or more letters, all capitals.
pub(super) fn is_all_caps(w: &str) -> bool {
    // A lower-case ASCII letter rules a word out in either path below; most names show one second.
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut n = 0;
    if w.is_ascii() {
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            n += usize::from(b.is_ascii_uppercase());
        }
        return n >= 2;
    }
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// A single capital letter, or capitals joined by periods (`J.F`).
fn is_initial(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' {
            return false;
        }
    }
    letters == 1 || (2..=3).contains(&letters) && w.contains('.')
}

/// An organization's initials (`NATO`, `TASS`): a short capitals word that is not a common word.
fn is_acronym(doc: &Doc<'_>, w: &str) -> bool {
    let letters = || w.chars().filter(|c| c.is_alphabetic()).count();
    is_all_caps(w) && letters() <= 5 && !is_roman(w) && !lexicon::is_calendar(w) && !is_common(doc, w)
}

/// Roman numerals, which are part of names but never names themselves.
fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Words that take the period after them into the name (`Mr.`, `Inc.`, `U.S.`).
fn keeps_period(w: &str) -> bool {
    is_initial(w)
        || lexicon::is_honorific(w)
        || matches!(w, "Inc" | "Corp" | "Co" | "Ltd" | "Jr" | "Sr" | "St" | "Bros" | "Cos" | "Mt" | "Ft")
        || (w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// The byte length of a possessive ending (`’s`, `'s`, `s’`), when the word has one.
fn possessive_len(w: &str) -> usize {
    // Every ending below ends in `s` or `S`.
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return 0;
    }
    for end in ["’s", "'s", "’S", "'S"] {
        if w.len() > end.len() && w.ends_with(end) {
            return end.len();
        }
    }
    0
}

/// The byte length of a participle suffix such as `-based` or `-listed` after a capitalized word, and whether
/// it is `-based` (which makes the word a place).
fn participle_suffix(w: &str) -> Option<(usize, bool)> {
    if !w.ends_with("ed") && !w.ends_with("born") {
        return None;
    }
    let (head, tail) = w.rsplit_once('-')?;
    let participle = tail.chars().all(|c| c.is_lowercase()) && (tail.ends_with("ed") || tail == "born");
    (participle && is_cap(head.rsplit('-').next().unwrap_or(head))).then_some((tail.len() + 1, tail == "based"))
}

/// A word that can be part of a capitalized run.
fn is_name_word(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_lowercase() || first.is_ascii_digit() || !is_cap(w) {
        return false;
    }
    // One scan for the bytes of an address (`@`, `://`) before the slower searches.
    let address = w.bytes().any(|b| b == b'@' || b == b':') && (w.contains('@') || w.contains("://"));
    !address && !lexicon::is_calendar(trim_possessive(w))
}

/// One run of capitalized words: token indices into the sentence, end exclusive.
#[derive(Clone, Copy, Debug)]
struct Run {
    from: usize,
    to: usize,
}

/// Calls `f` with each run of capitalized words joined by connectors, `of`, `&` and organization `and`.
fn runs(doc: &Doc<'_>, ts: &[Token], mut f: impl FnMut(Run)) {
    let bytes = doc.text.as_bytes();
    let mut i = 0;
    while i < ts.len() {
        // Most tokens are lower-case words or marks: rule them out by their first byte.
        let t = &ts[i];
        let b = bytes.get(t.span.start).copied().unwrap_or(0);
        if t.kind != TokenKind::Word || b.is_ascii_lowercase() || b.is_ascii_digit() {
            i += 1;
            continue;
        }
        if !is_name_word(t.span.as_str(doc.text)) {
            i += 1;
            continue;
        }
        let from = i;
        let mut j = i;
        loop {
            let cur = word(doc, &ts[j]).unwrap_or("");
            let mut next = j + 1;
            // A period after an initial or abbreviation belongs to the name.
            if is_adjacent_period(doc, ts, next) && keeps_period(cur) {
                next += 1;
            }
            if possessive_len(cur) > 0 || participle_suffix(cur).is_some() {
                j = next;
                break;
            }
            if ts.get(next).is_some_and(|t| t.kind == TokenKind::Symbol && t.span.as_str(doc.text) == "&")
                && ts.get(next + 1).and_then(|t| word(doc, t)).is_some_and(is_name_word)
            {
                j = next + 1;
                continue;
            }
            let Some(nw) = ts.get(next).and_then(|t| word(doc, t)) else {
                j = next;
                break;
            };
            if is_name_word(nw) {
                j = next;
                continue;
            }
            // `van der Westhuizen`: connectors may follow one another.
            let mut after_i = next + 1;
            if lexicon::is_name_connector(nw) {
                while ts.get(after_i).and_then(|t| word(doc, t)).is_some_and(lexicon::is_name_connector) {
                    after_i += 1;
                }
            }
            let after = ts.get(after_i).and_then(|t| word(doc, t)).filter(|w| is_name_word(w));
            if after.is_some() && lexicon::is_name_connector(nw) {
                j = after_i;
                continue;
            }
            let of_head = lexicon::is_org_of_head(cur) || lexicon::is_place_head(cur) || lexicon::is_title_head(cur);
            let joins = after.is_some() && (nw == "of" && of_head || nw == "and" && org_follows(doc, ts, next + 1));
            if joins {
                j = next + 1;
                continue;
            }
            j = next;
            break;
        }
        f(Run { from, to: j.min(ts.len()) });
        i = j.max(i + 1);
    }
}

fn is_adjacent_period(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    ts.get(i).is_some_and(|t| t.span.len() == 1 && doc.text.as_bytes().get(t.span.start) == Some(&b'.'))
        && i > 0
        && ts.get(i - 1).is_some_and(|p| p.span.end == ts[i].span.start)
}

/// Whether the capitalized run from `i` ends with an organization head (`… County Cricket Board`).
fn org_follows(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    let mut last = None;
    for t in ts.iter().skip(i).take(6) {
        match word(doc, t) {
            Some(w) if is_name_word(w) => last = Some(w),
            _ => break,
        }
    }
    last.is_some_and(|w| lexicon::is_org_head(w) && !lexicon::is_corporate_suffix(w))
}

/// The index of the sentence's first word, after opening quotes, brackets and dashes.
fn first_word(ts: &[Token]) -> usize {
    ts.iter().position(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).unwrap_or(0)
}

/// Whether the sentence is written in capitals (a wire headline) or title case.
pub(super) fn is_loose(doc: &Doc<'_>, ts: &[Token]) -> bool {
    let mut words = 0;
    let mut caps = 0;
    let mut lower = 0;
    let bytes = doc.text.as_bytes();
    for t in ts.iter().filter(|t| t.kind == TokenKind::Word) {
        // The first byte tells most words apart before the word is sliced out.
        let first = bytes.get(t.span.start).copied().unwrap_or(0);
        if first.is_ascii_lowercase() {
            words += 1;
            lower += 1;
            // More than half the tokens are lower-case words: not capitals text.
            if lower * 2 > ts.len() {
                return false;
            }
            continue;
        }
        let w = t.span.as_str(doc.text);
        if first.is_ascii_alphabetic() || w.chars().any(char::is_alphabetic) {
            words += 1;
            caps += usize::from(is_all_caps(w));
        }
    }
    caps > 0 && caps * 2 >= words && (words > 1 || caps == words)
}

/// The key of a token range in the gazetteer: its words joined by single spaces.
fn key<'a>(doc: &Doc<'a>, ts: &[Token], from: usize, to: usize) -> Cow<'a, str> {
    let (Some(first), Some(last)) = (ts.get(from), to.checked_sub(1).and_then(|l| ts.get(l))) else {
        return Cow::Borrowed("");
    };
    let simple = ts[from..to].windows(2).all(|p| {
        let gap = p[1].span.start.saturating_sub(p[0].span.end);
        gap == 0 || gap == 1 && doc.text.as_bytes().get(p[0].span.end) == Some(&b' ')
    });
    if simple {
        return Cow::Borrowed(doc.text.get(first.span.start..last.span.end).unwrap_or(""));
    }
    let mut k = String::new();
    for (n, t) in ts[from..to].iter().enumerate() {
        if n > 0 && ts[from + n - 1].span.end < t.span.start {
            k.push(' ');
        }
        k.push_str(t.span.as_str(doc.text));
    }
    Cow::Owned(k)
}

/// Candidates of a sentence written in capitals or title case: gazetteer entries, and every other
/// capitalized stretch as a loose candidate that only the rest of the document can type.
pub(super) fn loose_sentence(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>) {
    let gaz = gazetteer();
    let mut i = 0;
    while i < ts.len() {
        let Some(w) = word(doc, &ts[i]) else {
            i += 1;
            continue;
        };
        if !is_cap(w) {
            i += 1;
            continue;
        }
        // The longest gazetteer entry that starts here.
        let mut best = None;
        let mut end = i;
        let mut n = 0;
        while end < ts.len() && n < gaz.max_words {
            match word(doc, &ts[end]) {
                Some(w) if is_cap(w) => {}
                _ if ts[end].span.as_str(doc.text) == "." && end > i => {}
                _ => break,
            }
            end += 1;
            n += 1;
            let k = key(doc, ts, i, end);
            let k = trim_possessive(&k);
            if let Some(g) = gaz.get(k).or_else(|| gaz.get_upper(k)) {
                best = Some((end, g));
            }
        }
        if let Some((e, g)) = best {
            if let Some(kind) = g.kind() {
                let p = possessive_len(ts[e - 1].span.as_str(doc.text));
                let span = Span::new(ts[i].span.start, ts[e - 1].span.end - p);
                let mut c = Cand::new(span, Some(kind), STRONG, e - i);
                if is_team_city(doc, ts, i, e, g) {
                    c.kind = Some(EntityKind::Organization);
                } else {
                    c.gaz = g.id();
                }
                c.loose = true;
                out.push(c);
            }
            i = e;
            continue;
        }
        // A loose word: strip a possessive and keep it for the document to type.
        let p = possessive_len(w);
        let span = Span::new(ts[i].span.start, ts[i].span.end - p);
        let plain = &w[..w.len() - p];
        if !lexicon::is_stop(plain)
            && !is_roman(plain)
            && !lexicon::is_calendar(&title_case(plain))
            && plain.chars().filter(|c| c.is_alphabetic()).count() > 1
        {
            let mut c = Cand::new(span, None, GUESS, 1);
            c.loose = true;
            // `LG 2 OB 0`: in a results table, a word before a score is a team.
            if doc.sports && followed_by_number(ts, i + 1) {
                c.kind = Some(EntityKind::Organization);
                c.sure = WEAK;
            }
            out.push(c);
        }
        i += 1;
    }
}

/// `FRIDAY` as `Friday`.
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Candidates of an ordinary sentence.
pub(super) fn sentence(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>) {
    let first = first_word(ts);
    let start = out.len();
    let mut plural_next = false;
    runs(doc, ts, |run| {
        let plural = std::mem::take(&mut plural_next);
        let before = out.len();
        classify(doc, ts, run, run.from == first, out);
        // `Messrs. Ortega and Varma`: the name after `and` is a person too.
        let opens_plural = word(doc, &ts[run.from]).is_some_and(lexicon::is_plural_honorific) && out.len() > before;
        if plural {
            for c in &mut out[before..] {
                c.kind = Some(EntityKind::Person);
                c.sure = STRONG;
            }
        }
        if opens_plural || (plural && out.len() > before) {
            plural_next = ts.get(run.to).and_then(|t| word(doc, t)).is_some_and(|w| w == "and");
        }
    });
    coordinate(doc, &mut out[start..]);
}

/// Trims and types one run, pushing what it names.
fn classify(doc: &Doc<'_>, ts: &[Token], run: Run, initial: bool, out: &mut Vec<Cand>) {
    let gaz = gazetteer();
    // The word tokens of the run (at most 32), kept on the stack.
    let mut buf = [0usize; 32];
    let mut len = 0;
    for i in (run.from..run.to).filter(|&i| ts[i].kind == TokenKind::Word) {
        if let Some(slot) = buf.get_mut(len) {
            *slot = i;
            len += 1;
        }
    }
    let words = &buf[..len];
    let Some(&last_i) = words.last() else { return };
    // A lone function word (`The`, `But`) names nothing.
    if len == 1 && lexicon::is_stop(ts[last_i].span.as_str(doc.text)) {
        return;
    }
    // A longer run is cut after its 32nd word.
    let run = if len == buf.len() { Run { from: run.from, to: last_i + 1 } } else { run };
    let w = |i: usize| ts[i].span.as_str(doc.text);
    let mut a = 0; // First word of the name, as an index into `words`.

    // `the Spirit of Lagos pipeline`: the place is part of a thing's name.
    if run.from >= 2
        && word(doc, &ts[run.from - 1]) == Some("of")
        && word(doc, &ts[run.from - 2]).is_some_and(is_cap)
        && ts.get(run.to).and_then(|t| word(doc, t)).is_some_and(lexicon::is_thing_noun)
    {
        return;
    }
    // Whole-run gazetteer entries win (`The Hague`, `The Wall Street Journal`).
    let whole = key(doc, ts, words[0], strip_end(doc, ts, run.to));
    if let Some(g) = gaz.get(trim_possessive(&whole)) {
        push_gaz(doc, ts, words[0], run.to, g, out);
        return;
    }

    // Sentence openers and function words are not names; a capitalized `The` inside a sentence opens one.
    while a < words.len() {
        let x = w(words[a]);
        let keep_the = x == "The" && !(initial && a == 0) && words.len() > a + 1;
        // `First Union Corp.`: inside a sentence, an opener word may begin an organization's name.
        let org_name = !(initial && a == 0)
            && words.len() > a + 1
            && words.last().is_some_and(|&l| lexicon::is_org_head(trim_possessive(w(l))));
        let initial_letter = words.len() > a + 1 && is_initial(x) && is_adjacent_period(doc, ts, words[a] + 1);
        // A lone word is known by now not to be a function word.
        let stop = len > 1 && lexicon::is_stop(x);
        if !initial_letter
            && !org_name
            && (stop && !keep_the
                || initial && a == 0 && !lexicon::is_honorific(x) && (stop || is_lower_elsewhere(doc, x)))
        {
            a += 1;
        } else {
            break;
        }
    }
    if a >= words.len() {
        return;
    }

    // `Fullback Andre Joubert`, `Ex-Yankee Randy Velarde`: a capitalized role before the name.
    let mut lead_role = None;
    if a + 1 < words.len() {
        let x = w(words[a]);
        let rest_is_name = words.len() >= a + 3 && words[a + 1..].iter().all(|&i| is_person_word(w(i)));
        if rest_is_name && crate::lexicon::with_lowercase(x, |l| lexicon::is_role_noun(l) || l.starts_with("ex-")) {
            lead_role = Some(ts[words[a]].span);
            a += 1;
        }
    }

    // Titles and honorifics before the name.
    let mut person = lead_role.is_some();
    let mut descriptors: Vec<Span> = lead_role.into_iter().collect();
    let mut title_end = None;
    for (k, &i) in words.iter().enumerate().skip(a) {
        let x = w(i);
        if k + 1 >= words.len() {
            break;
        }
        let rest = words.len() - k - 1;
        let title = |t: &str| lexicon::is_title_head(t) && (!lexicon::is_weak_title_head(t) || rest >= 2);
        if lexicon::is_honorific(x) || title(x) || x.contains('-') && x.split('-').any(title) {
            title_end = Some(k);
        }
    }
    if let Some(k) = title_end {
        let from = words[a];
        let head = words[k];
        let all_honorific = words[a..=k].iter().all(|&i| lexicon::is_honorific(w(i)));
        if !all_honorific {
            descriptors.push(Span::new(ts[from].span.start, ts[head].span.end));
        }
        // A place or organization before the title is named too (`U.S. President`).
        gazetteer_entries(doc, ts, &words[a..=k], out);
        a = k + 1;
        person = true;
    }
    // A title with no name after it names nobody.
    if a >= words.len() {
        return;
    }

    let first_i = words[a];
    let end_tok = strip_end(doc, ts, run.to);
    let last_w = w(last_i);
    let p = possessive_len(last_w);
    let span = Span::new(ts[first_i].span.start, ts[end_tok - 1].span.end - if end_tok - 1 == last_i { p } else { 0 });
    let name_words = &words[a..];
    let n = name_words.len();
    let last_word = &last_w[..last_w.len() - p];
    let first_word = w(first_i);

    // `Moscow-based`, `Hong Kong-listed`: the name before a participle suffix.
    if let Some((len, based)) = participle_suffix(last_word) {
        let end = ts[last_i].span.end.saturating_sub(len);
        if end <= span.start {
            return;
        }
        let span = Span::new(span.start, end);
        let g = gaz.get(span.as_str(doc.text));
        let kind = match g {
            Some(g) => g.kind(),
            None if based => Some(EntityKind::Place),
            None => None,
        };
        if kind.is_some() && !person {
            let mut c = Cand::new(span, kind, MEDIUM, n);
            c.gaz = g.and_then(Gaz::id);
            out.push(c);
        }
        return;
    }
    // Table headings (`W D L G`) are letters, not names.
    if name_words.iter().all(|&i| w(i).chars().count() == 1) && !is_adjacent_period(doc, ts, last_i + 1) {
        return;
    }

    // Role nouns before the name: `presidential spokesman Peter Otieno`.
    let role = role_before(doc, ts, run.from);
    if let Some(d) = role {
        descriptors.push(d);
        person = true;
    }
    let appositive = appositive_after(doc, ts, run.to);
    if let Some(d) = appositive {
        descriptors.push(d);
    }
    if let Some(d) = appositive_before(doc, ts, run.from, run.to) {
        descriptors.push(d);
        person = true;
    }

    let mut cand = Cand::new(span, None, GUESS, n);
    cand.descriptors = descriptors;

    // The trimmed name may be a gazetteer entry (untrimmed, it is the whole run, looked up above).
    let name_gaz = if first_i == words[0] { None } else { gaz.get(trim_possessive(&key(doc, ts, first_i, end_tok))) };
    if let Some(g) = name_gaz {
        if g == Gaz::Demonym {
            return;
        }
        if !person {
            if is_team_city(doc, ts, words[0], run.to, g) {
                cand.kind = Some(EntityKind::Organization);
                cand.sure = MEDIUM;
            } else {
                cand.kind = g.kind();
                cand.gaz = g.id();
                cand.sure = STRONG;
            }
            out.push(cand);
            return;
        }
    }

    let next_word = ts.get(run.to).and_then(|t| word(doc, t));
    // `U.S. Labor Day`, `OSCE Chechnya`: a gazetteer name before an event or another name.
    if !person && n > 1 {
        if let Some((k, g)) = gazetteer_prefix(doc, ts, name_words) {
            let rest = &name_words[k..];
            // `U.S. Treasury` stays one organization; `OSCE Chechnya` is two names.
            let named = gaz.get(w(rest[0])).is_some_and(|r| !matches!(r, Gaz::Org(_)));
            if named {
                let from = name_words[0];
                push_gaz(doc, ts, from, with_period(doc, ts, name_words[k - 1] + 1), g, out);
                classify(doc, ts, Run { from: rest[0], to: run.to }, false, out);
                return;
            }
        }
    }
    // `P. Simmons`, `J.F. Kennedy`: an initial before a surname (but not `U.S.`).
    let initials = n > 1
        && is_initial(first_word)
        && !is_all_caps(last_word)
        && is_adjacent_period(doc, ts, first_i + 1)
        && gaz.get(key(doc, ts, first_i, with_period(doc, ts, first_i + 1)).as_ref()).is_none()
        && name_words.get(1).is_some_and(|&i| gaz.get(w(i)).is_none())
        && !lexicon::is_org_head(last_word);
    if person || initials {
        cand.kind = Some(EntityKind::Person);
        cand.sure = STRONG;
    } else if next_word.is_some_and(lexicon::is_thing_noun) || lexicon::is_event_head(last_word) {
        // The name of a thing or an event.
        return;
    } else if n > 1 && lexicon::is_org_head(last_word)
        || (n > 1 && lexicon::is_org_of_head(first_word) && name_words.iter().any(|&i| w(i) == "of"))
    {
        cand.kind = Some(EntityKind::Organization);
        cand.sure = MEDIUM;
    } else if n > 1 && lexicon::is_place_head(last_word) {
        cand.kind = Some(EntityKind::Place);
        cand.sure = MEDIUM;
    } else if n == 1 && is_acronym(doc, last_word) && (doc.sports || !followed_by_number(ts, run.to)) {
        cand.kind = Some(EntityKind::Organization);
        cand.sure = MEDIUM;
    } else if let Some(split) = gazetteer_part(doc, ts, name_words) {
        match split {
            Part::Demonym(k) => {
                // `Brazilian Mauro Silva`: the demonym is a descriptor's word, not the name.
                let rest = &name_words[k..];
                if rest.is_empty() {
                    return;
                }
                let r = Run { from: rest[0], to: run.to };
                classify(doc, ts, r, false, out);
                return;
            }
            // `MaliVai Washington (U.S.)`: a player with a country in brackets is a person.
            Part::Team if country_in_brackets(doc, ts, run.to) => {
                cand.kind = Some(EntityKind::Person);
                cand.sure = MEDIUM;
            }
            Part::Team => {
                cand.kind = Some(EntityKind::Organization);
                cand.sure = WEAK;
            }
        }
    } else if n > 1 && name_words.iter().all(|&i| is_person_word(w(i))) {
        // `Goldman Sachs analyst Jane Doe`: a name before a role and another name is an employer.
        cand.kind =
            Some(if employer_before_role(doc, ts, run.to) { EntityKind::Organization } else { EntityKind::Person });
        cand.sure = MEDIUM;
    } else if n == 1 {
        cand.hint = hint(doc, ts, run, next_word);
    } else {
        return;
    }
    if cand.kind == Some(EntityKind::Person) || cand.kind.is_none() {
        cand.descriptors.extend(as_role(doc, ts, run.to));
    }
    out.push(cand);
}

/// A role the sentence gives the name with `as`: `took office as Oman’s first female trade minister`.
fn as_role(doc: &Doc<'_>, ts: &[Token], to: usize) -> Option<Span> {
    // `as` within a few words of the name, with no punctuation in between.
    let mut at = None;
    for (k, t) in ts.iter().enumerate().skip(to).take(5) {
        match word(doc, t) {
            Some("as") if k > to => {
                at = Some(k);
                break;
            }
            Some(w) if !lexicon::is_speech_verb(w) && !is_cap(w) => {}
            _ => return None,
        }
    }
    let from = at? + 1;
    let mut end = None;
    for (k, t) in ts.iter().enumerate().skip(from).take(6) {
        let Some(w) = word(doc, t) else { break };
        if matches!(w, "and" | "or" | "to" | "in" | "of" | "for" | "with" | "who" | "that") {
            break;
        }
        if lexicon::is_role_noun(w) {
            end = Some(k);
        }
    }
    let end = end?;
    Some(Span::new(ts.get(from)?.span.start, ts[end].span.end))
}

/// The longest gazetteer place or organization that opens `words` and leaves at least one word after it.
fn gazetteer_prefix(doc: &Doc<'_>, ts: &[Token], words: &[usize]) -> Option<(usize, Gaz)> {
    let gaz = gazetteer();
    let mut best = None;
    for k in 1..words.len().min(gaz.max_words + 1) {
        let end = with_period(doc, ts, words[k - 1] + 1);
        if let Some(g) = gaz.get(&key(doc, ts, words[0], end)).filter(|g| g.kind().is_some()) {
            best = Some((k, g));
        }
    }
    best
}

/// A token end extended over the period of an abbreviation (`U.S.`).
fn with_period(doc: &Doc<'_>, ts: &[Token], end: usize) -> usize {
    if is_adjacent_period(doc, ts, end) && keeps_period(ts[end - 1].span.as_str(doc.text)) { end + 1 } else { end }
}

/// Pushes the gazetteer places and organizations among `words`, longest first.
fn gazetteer_entries(doc: &Doc<'_>, ts: &[Token], words: &[usize], out: &mut Vec<Cand>) {
    let gaz = gazetteer();
    let mut p = 0;
    while p < words.len() {
        let mut best = None;
        for k in p + 1..=words.len().min(p + gaz.max_words) {
            let end = with_period(doc, ts, words[k - 1] + 1);
            if let Some(g) = gaz.get(&key(doc, ts, words[p], end)).filter(|g| g.kind().is_some()) {
                best = Some((k, end, g));
            }
        }
        match best {
            Some((k, end, g)) => {
                push_gaz(doc, ts, words[p], end, g, out);
                p = k;
            }
            None => p += 1,
        }
    }
}

/// The end of a run, without a period that ends the sentence.
fn strip_end(doc: &Doc<'_>, ts: &[Token], to: usize) -> usize {
    // A period that ends the sentence is the sentence's (`… Lear Corp.`), as wire copy writes it.
    let to = to.min(ts.len());
    if to == ts.len() && to >= 2 && ts[to - 1].span.as_str(doc.text) == "." { to - 1 } else { to }
}

fn trim_possessive(k: &str) -> &str {
    let p = possessive_len(k);
    &k[..k.len() - p]
}

fn push_gaz(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize, g: Gaz, out: &mut Vec<Cand>) {
    let Some(kind) = g.kind() else { return };
    let last = ts[to - 1].span.as_str(doc.text);
    let p = possessive_len(last);
    let mut c = Cand::new(Span::new(ts[from].span.start, ts[to - 1].span.end - p), Some(kind), STRONG, to - from);
    c.gaz = g.id();
    if kind == EntityKind::Person {
        c.descriptors.extend(role_before(doc, ts, from));
    }
    out.push(c);
}

/// Whether a capitalized word is a common word: written in lower case elsewhere, or a function word.
fn is_common(doc: &Doc<'_>, w: &str) -> bool {
    lexicon::is_stop(w) || is_lower_elsewhere(doc, w)
}

/// Whether the document writes a capitalized word in lower case elsewhere.
fn is_lower_elsewhere(doc: &Doc<'_>, w: &str) -> bool {
    crate::lexicon::with_lowercase(w, |l| doc.lower.contains(l))
}

/// A word that can be part of a person's name.
fn is_person_word(w: &str) -> bool {
    (is_cap(w) || lexicon::is_name_connector(w))
        && (!is_all_caps(w) || is_roman(w))
        && !lexicon::is_org_head(w)
        && !lexicon::is_place_head(w)
        && !lexicon::is_event_head(w)
        && !lexicon::is_title_head(w)
        && !lexicon::is_stop(w)
        && gazetteer().get(w).is_none()
        && w != "of"
        && w != "and"
}

enum Part {
    /// Leading demonyms to drop, with the index of the first word after them.
    Demonym(usize),
    /// A place name inside a longer name: a team or company (`Real Madrid`, `Manchester United`).
    Team,
}

/// How a run that is not a gazetteer entry itself relates to the entries inside it.
fn gazetteer_part(doc: &Doc<'_>, ts: &[Token], words: &[usize]) -> Option<Part> {
    let gaz = gazetteer();
    let w = |i: usize| ts[i].span.as_str(doc.text);
    let mut k = 0;
    while k < words.len() && gaz.get(w(words[k])) == Some(Gaz::Demonym) {
        k += 1;
    }
    if k > 0 {
        return Some(Part::Demonym(k));
    }
    if words.len() > 1 && words.iter().any(|&i| matches!(gaz.get(trim_possessive(w(i))), Some(Gaz::Place(_)))) {
        return Some(Part::Team);
    }
    None
}

/// In a sports story, a city or state before a score names its team (`Chicago 5 Boston 3`).
fn is_team_city(doc: &Doc<'_>, ts: &[Token], from: usize, next: usize, g: Gaz) -> bool {
    let prev = from.checked_sub(1).and_then(|i| word(doc, &ts[i]));
    let located = prev.is_some_and(|w| lexicon::is_place_preposition(w) || matches!(w, "at" | "from" | "to"));
    doc.sports
        && matches!(g, Gaz::Place(id) if !gazetteer().is_country(id))
        && (ts.get(next).is_some_and(|t| t.kind == TokenKind::Number) || !located && from > first_word(ts))
}

/// Whether a role noun (after at most one modifier) and then a capitalized word follow: `… analyst Jane`.
fn employer_before_role(doc: &Doc<'_>, ts: &[Token], at: usize) -> bool {
    let w = |i: usize| ts.get(i).and_then(|t| word(doc, t));
    let role = |i: usize| w(i).is_some_and(lexicon::is_role_noun);
    let name = |i: usize| w(i).is_some_and(is_name_word);
    role(at) && name(at + 1) || w(at).is_some_and(lexicon::is_role_modifier) && role(at + 1) && name(at + 2)
}

/// Whether a number follows (`FTSE 100`: an index, not an organization).
fn followed_by_number(ts: &[Token], at: usize) -> bool {
    ts.get(at).is_some_and(|t| t.kind == TokenKind::Number)
}

/// Whether `(Country)` follows.
fn country_in_brackets(doc: &Doc<'_>, ts: &[Token], at: usize) -> bool {
    let open = ts.get(at).is_some_and(|t| t.span.as_str(doc.text) == "(");
    let close = (at + 2..at + 6).find(|&i| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ")"));
    open && close.is_some_and(|c| matches!(gazetteer().get(&key(doc, ts, at + 1, c)), Some(Gaz::Place(_))))
}

/// A role phrase just before the name (`presidential spokesman`, `Kenyan leader`), when there is one.
fn role_before(doc: &Doc<'_>, ts: &[Token], at: usize) -> Option<Span> {
    let r = at.checked_sub(1)?;
    let rw = word(doc, &ts[r])?;
    let head = rw.rsplit('-').next().unwrap_or(rw);
    if !(lexicon::is_role_noun(rw) || lexicon::is_role_noun(head)) {
        return None;
    }
    // Walk back over role nouns, hyphenated modifiers and the capitalized words before them.
    let mut s = r;
    while s > 0 && r - s < 5 {
        let Some(pw) = word(doc, &ts[s - 1]) else { break };
        let modifier = lexicon::is_role_noun(pw)
            || lexicon::is_role_modifier(pw)
            || is_cap(pw) && crate::lexicon::with_lowercase(pw, lexicon::is_role_modifier)
            || is_cap(pw) && !lexicon::is_stop(pw)
            || pw.contains('-');
        if !modifier || lexicon::is_speech_verb(pw) {
            break;
        }
        s -= 1;
    }
    Some(Span::new(ts[s].span.start, ts[r].span.end))
}

/// An appositive after the name: `, a senior adviser to Mr. Mwangi,`.
fn appositive_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> Option<Span> {
    if ts.get(to)?.span.as_str(doc.text) != "," {
        return None;
    }
    // `Olena Kovalenko, 34, a nurse`: an age before the appositive.
    let is_comma = |i: usize| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ",");
    let to = if ts.get(to + 1).is_some_and(|t| t.kind == TokenKind::Number) && is_comma(to + 2) { to + 2 } else { to };
    let first = word(doc, ts.get(to + 1)?)?;
    if !matches!(first, "a" | "an" | "the") && possessive_len(first) == 0 {
        return None;
    }
    let mut end = None;
    let mut has_role = false;
    for (k, t) in ts.iter().enumerate().skip(to + 1).take(14) {
        if t.kind != TokenKind::Word {
            if t.span.as_str(doc.text) == "." && k > 0 && keeps_period(ts[k - 1].span.as_str(doc.text)) {
                continue;
            }
            if matches!(t.kind, TokenKind::Punct | TokenKind::Dash | TokenKind::Quote) {
                end = Some(k);
                break;
            }
            continue;
        }
        let x = t.span.as_str(doc.text);
        if matches!(x, "who" | "which" | "that") || lexicon::is_speech_verb(x) {
            break;
        }
        let head = x.rsplit('-').next().unwrap_or(x);
        has_role |= lexicon::is_role_noun(x) || lexicon::is_role_noun(head);
        end = Some(k + 1);
    }
    let end = end?;
    (has_role && end > to + 2).then(|| Span::new(ts[to + 1].span.start, ts[end - 1].span.end))
}

/// An appositive before the name, set off by commas: `The regional governor, Taras Melnyk,`.
fn appositive_before(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> Option<Span> {
    const MAX_WORDS: usize = 8;
    let is_comma = |i: usize| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ",");
    if from < 3 || !is_comma(from - 1) || !is_comma(to) {
        return None;
    }
    let head = word(doc, &ts[from - 2])?;
    if !lexicon::is_role_noun(head) {
        return None;
    }
    // Back to the determiner or possessive that opens the phrase, over words only.
    let mut k = from - 2;
    for _ in 0..MAX_WORDS {
        let w = word(doc, &ts[k])?;
        let determiner = |w: &str| matches!(w, "The" | "the" | "A" | "a" | "An" | "an" | "His" | "his" | "Her" | "her");
        if determiner(w) {
            return Some(Span::new(ts[k].span.start, ts[from - 2].span.end));
        }
        // `The union’s leader`, `Acme’s chief`: a possessive opens it, with its own determiner if any.
        if k + 2 < from && possessive_len(w) > 0 {
            let start = k.checked_sub(1).filter(|&j| word(doc, &ts[j]).is_some_and(determiner)).unwrap_or(k);
            return Some(Span::new(ts[start].span.start, ts[from - 2].span.end));
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// A weak cue for a single unknown capitalized word.
fn hint(doc: &Doc<'_>, ts: &[Token], run: Run, next_word: Option<&str>) -> Option<EntityKind> {
    let prev = run.from.checked_sub(1).and_then(|i| word(doc, &ts[i]));
    if prev.is_some_and(lexicon::is_place_preposition) {
        return Some(EntityKind::Place);
    }
    let next = ts.get(run.to);
    let inflected =
        || ["ed", "ing", "ies", "ence", "ance"].iter().any(|e| ts[run.from].span.as_str(doc.text).ends_with(e));
    if doc.sports && run.from == first_word(ts) && !inflected() && next.is_some_and(|t| t.span.as_str(doc.text) == ":")
    {
        return Some(EntityKind::Place);
    }
    if doc.sports && next.is_some_and(|t| t.kind == TokenKind::Number) {
        return Some(EntityKind::Organization);
    }
    // `Surrey captain`, `Petofi general manager`: a team or company before a role.
    let role_at = |i: usize| ts.get(i).and_then(|t| word(doc, t)).is_some_and(lexicon::is_role_noun);
    let modifier = next_word.is_some_and(lexicon::is_role_modifier);
    if role_at(run.to) || modifier && role_at(run.to + 1) {
        return Some(EntityKind::Organization);
    }
    // `tyre maker Pirelli`, `Pirelli shares`, `the Sun newspaper`: a company by the nouns around it.
    let company_after = next_word.is_some_and(|w| matches!(w, "shares" | "stock" | "newspaper" | "daily" | "agency"));
    if prev.is_some_and(lexicon::is_company_noun) || company_after {
        return Some(EntityKind::Organization);
    }
    // `the town of Tavildara`, `Stansted airport`: a place by the nouns around it.
    let before_of = run.from.checked_sub(2).and_then(|i| word(doc, &ts[i]));
    if prev == Some("of") && before_of.is_some_and(lexicon::is_place_noun)
        || next_word.is_some_and(lexicon::is_place_noun)
    {
        return Some(EntityKind::Place);
    }
    // In a sports story, a lone capitalized word inside a sentence is most often a team.
    let after_mark = run.from > 0 && matches!(ts[run.from - 1].kind, TokenKind::Number | TokenKind::Punct);
    let common = after_mark && is_common(doc, ts[run.from].span.as_str(doc.text));
    if doc.sports && run.from != first_word(ts) && !common {
        return Some(EntityKind::Organization);
    }
    None
}

/// In a list (`Essex, Derbyshire and Surrey`), unknown members take the kind the known members share.
fn coordinate(doc: &Doc<'_>, cands: &mut [Cand]) {
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        while j < cands.len() && joined(doc, cands[j - 1].span.end, cands[j].span.start) {
            j += 1;
        }
        if j - i >= 2 {
            let kinds: Vec<EntityKind> =
                cands[i..j].iter().filter(|c| c.sure >= MEDIUM).filter_map(|c| c.kind).collect();
            if let Some(&k) = kinds.first() {
                if kinds.iter().all(|&x| x == k) {
                    for c in &mut cands[i..j] {
                        if c.kind.is_none() {
                            c.hint = Some(k);
                        }
                    }
                }
            }
        }
        i = j;
    }
}

/// Whether only a comma, `and` or `or` stands between two byte offsets.
fn joined(doc: &Doc<'_>, end: usize, start: usize) -> bool {
    let Some(between) = doc.text.get(end..start) else { return false };
    let b = between.trim();
    matches!(b, "," | "and" | "or" | ", and" | ", or" | "&")
}
