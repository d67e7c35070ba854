//! People, organizations and places, found by grammar.
//!
//! Each sentence is read for runs of capitalized words; titles, honorifics,
//! role nouns before a name and appositives after it make a person, head words
//! (`Ministry`, `Party`, `Inc.`) an organization, and the gazetteers under
//! `data/` places and well-known organizations. Headlines in capitals are typed
//! by the names the body uses. Mentions of one referent (`Ms. Haddad`, `Haddad`,
//! `Lina Haddad`) are then merged into one entity named by its fullest form.

mod detect;
mod gazetteer;
mod words;

use std::borrow::Cow;

use detect::{Cand, Confidence, Doc};
use gazetteer::gazetteer;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::context::Context;
use crate::lexicon::Class;
use crate::model::{Entity, EntityId, EntityKind, Mention, Role};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Finds the entities of the article, one per referent.
pub fn find<'a>(ctx: &Context<'a, '_>) -> Vec<Entity<'a>> {
    let text = ctx.text;
    // The stretches are found once, by the first pass, and read again by the grammar.
    // One stretch for each sentence, or for a paragraph without sentences, at most.
    let mut read: Vec<(Role, bool, &[Token])> =
        Vec::with_capacity(ctx.paragraphs.iter().map(|p| p.sentences.len().max(1)).sum());
    let (lower, the_heads) = common_words(ctx, &mut read);
    let sports = reads_like_sports_report(ctx);
    let sports_slug = ctx.meta.headline.as_ref().is_some_and(|h| sports_slug(&h.text));
    let business = reads_like_business_story(ctx);
    let doc = Doc { text, lower, sports, sports_slug, business };
    let mut cands = meta_cands(ctx);
    for &(role, dateline, ts) in &read {
        let from = cands.len();
        if dateline {
            dateline_places(&doc, ts, &mut cands);
        } else if detect::is_loose(&doc, ts) || role == Role::Headline && is_title_case(&doc, ts) {
            detect::loose_sentence(&doc, ts, &mut cands);
        } else {
            detect::sentence(&doc, ts, &mut cands);
        }
        if role == Role::Footer {
            // An agency signing off (`Reuters`, `(AP)`, `-- Jane Doe, AFP`) credits the source
            // (`meta.source`); it is no mention of the agency.
            let found = cands.split_off(from);
            cands.extend(found.into_iter().filter(|c| !Class::SignOff.has(c.span.as_str(text))));
        }
    }
    let mut cands = resolve(&doc, cands);
    if doc.sports {
        plural_sides(&doc, &mut cands);
    }
    let mut entities = group(&doc, cands);
    merge_short_forms(&mut entities);
    merge_bracketed_acronyms(text, &mut entities);
    drop_acronyms_of_things(text, &mut entities);
    merge_name_variants(text, &mut entities);
    merge_particle_surnames(&mut entities);
    if doc.sports {
        merge_team_first_words(&mut entities);
    }
    back_references(&doc, &the_heads, &mut entities);
    entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
    }
    entities
}

/// Whether a word names a people (`German`, `Czech`), as the gazetteer knows them.
pub(crate) fn is_demonym(w: &str) -> bool {
    gazetteer::gazetteer().get(w) == Some(gazetteer::Gaz::Demonym)
}

/// Whether a name in capitals is a place the gazetteer knows (`LAHORE`, `NEW DELHI`).
pub(crate) fn is_known_place_in_capitals(name: &str) -> bool {
    matches!(gazetteer::gazetteer().get_upper(name), Some(gazetteer::Gaz::Place(_)))
}

/// Calls `f` with the tokens of every stretch to read, in order: each sentence of the headline, body
/// and footer lines (with its paragraph's role), and each dateline line whole (flagged `true`).
fn stretches<'p>(ctx: &Context<'_, 'p>, mut f: impl FnMut(Role, bool, &'p [Token])) {
    let mut lines = Cursor { tokens: ctx.tokens, at: 0 };
    let mut sentences = Cursor { tokens: ctx.tokens, at: 0 };
    for (pi, p) in ctx.paragraphs.iter().enumerate() {
        match p.role {
            // Captions and subheads are not story text: they add no mention; nor does a page's
            // call to follow it on WhatsApp.
            Role::FrontMatter | Role::Byline | Role::Timestamp | Role::Caption | Role::Subhead => {}
            Role::Footer if crate::layout::is_page_furniture(p.span.as_str(ctx.text)) => {}
            Role::Dateline => f(p.role, true, lines.take(p.span)),
            _ => {
                let line = lines.take(p.span);
                if pi < 4 && is_dateline_line(ctx.text, line) {
                    f(p.role, true, line);
                } else {
                    for s in &p.sentences {
                        f(p.role, false, sentences.take(s.span));
                    }
                }
            }
        }
    }
}

/// Whether the article reads like a sports report, by its shape: score lines after a name
/// (`Carrow 2-1`, `AUSTRALIA 228-9`), a results verb before a score (`beat Carrow 2-1`, `drew with
/// Denholm 1-1`, `lost 3-1`) or a result's noun after one (`a 2-1 win`), or results and standings
/// rows (lines of a name and small whole numbers, `Harlow 10 6 2 2 20`) making up a good part of
/// the article. A vote (`ruled 5-4`) is no score, and tables
/// of figures with thousands, decimals or years are no standings.
fn reads_like_sports_report(ctx: &Context<'_, '_>) -> bool {
    let (mut scores, mut results, mut rows, mut lines) = (0, 0, 0, 0);
    for (_, _, tokens) in ctx.paragraphs_with_tokens().filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline))
    {
        let word = |k: usize| tokens.get(k).map_or("", |t| t.span.as_str(ctx.text));
        let mut numbers = 0;
        let mut small_numbers = true;
        let mut lower_words = 0;
        for (k, t) in tokens.iter().enumerate() {
            match t.kind {
                TokenKind::Number => {
                    let w = word(k);
                    numbers += 1;
                    let score = is_score(w);
                    small_numbers &= score || is_small_whole(w);
                    let verb = |j: usize| Class::ResultVerb.has(word(j)) || word(j) == "drew";
                    if score && Class::ResultNoun.has(word(k + 1)) {
                        // `a 2-1 win over Carrow`: a result, its noun right after the score.
                        scores += 1;
                        results += 1;
                    } else if score && k > 0 && detect::is_cap(word(k - 1)) {
                        // (`Rovers lost to Western Kelby 21-17`: a loss, the winner between.)
                        scores += 1;
                        results += usize::from((k.saturating_sub(4)..k - 1).any(|j| verb(j) || word(j) == "lost"));
                    } else if score && k > 0 && (verb(k - 1) || matches!(word(k - 1), "lost" | "won")) {
                        // `Rovers lost 3-1 at Denholm`: a result, the score right after its verb.
                        scores += 1;
                        results += 1;
                    }
                }
                // An ASCII first byte decides without slicing the word out.
                TokenKind::Word => {
                    let first = ctx.text.as_bytes().get(t.span.start).copied().unwrap_or(0);
                    let lower = if first.is_ascii() {
                        first.is_ascii_lowercase()
                    } else {
                        word(k).starts_with(char::is_lowercase)
                    };
                    lower_words += usize::from(lower);
                }
                _ => {}
            }
        }
        lines += 1;
        let opens_with_name = tokens.first().is_some_and(|t| detect::is_cap(t.span.as_str(ctx.text)));
        rows += usize::from(opens_with_name && numbers >= 2 && small_numbers && lower_words <= 1);
    }
    scores >= 2 || scores >= 1 && results >= 1 || rows >= 2 && rows * 4 >= lines
}

/// Whether the story's text speaks of markets and results: three different words of the class
/// (`shares`, `revenue`, `takeover` …) or more.
fn reads_like_business_story(ctx: &Context<'_, '_>) -> bool {
    const MIN_WORDS: usize = 3;
    let mut seen: Vec<&str> = Vec::new();
    for (n, _, tokens) in ctx.paragraphs_with_tokens().filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline))
    {
        // (Each word's classes were looked up once for every pass; the class is in lower case, so
        // a word in lower case is in it as written.)
        let classes = ctx.paragraph_classes(n);
        for (i, (t, c)) in tokens.iter().zip(classes.iter()).enumerate() {
            if !c.has(Class::MarketWord) {
                continue;
            }
            // (A capital only where a sentence opens: `Shares in the company fell`.)
            let w = t.span.as_str(ctx.text);
            let opens = i == 0 || tokens[i - 1].span.as_str(ctx.text) == ".";
            let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
            if (lower || opens) && !seen.iter().any(|s| s.eq_ignore_ascii_case(w)) {
                seen.push(w);
                if seen.len() >= MIN_WORDS {
                    return true;
                }
            }
        }
    }
    false
}

/// `SOCCER - KELBY SACK COACH.`, `RUGBY UNION - …`: a headline that opens with a sport's name
/// before a dash, as wire services slug their sports stories.
fn sports_slug(headline: &str) -> bool {
    headline.split_once(" - ").is_some_and(|(slug, _)| slug.len() <= 16 && Class::Sport.has(slug.trim()))
}

/// A score: two numbers of one to three digits joined by a hyphen (`2-1`, `21-14`, `228-9`).
pub(super) fn is_score(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| is_small_whole(a) && is_small_whole(b))
}

/// A whole number of one to three digits: a score, a table's cell, a goal's minute.
pub(super) fn is_small_whole(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Walks the tokens forward, handing out the ones inside each span.
struct Cursor<'p> {
    tokens: &'p [Token],
    at: usize,
}

impl<'p> Cursor<'p> {
    /// The tokens inside `span`, which must not start before the previous span.
    fn take(&mut self, span: Span) -> &'p [Token] {
        while self.tokens.get(self.at).is_some_and(|t| t.span.start < span.start) {
            self.at += 1;
        }
        let from = self.at;
        while self.tokens.get(self.at).is_some_and(|t| t.span.end <= span.end) {
            self.at += 1;
        }
        &self.tokens[from..self.at]
    }
}

/// The lower-case forms of sentence-opening and capitals words that the document also writes in lower case.
///
/// Only those words are wanted, and a bitmap of (length, first bytes) screens the lower-case
/// words of the text before any hashing, so the pass stays cheap on long texts.
///
/// The same walks over the tokens also return the heads of `the ministry` style back references,
/// in order, and push the stretches to `read`, so that no later pass has to find them again.
fn common_words<'p>(
    ctx: &Context<'_, 'p>,
    read: &mut Vec<(Role, bool, &'p [Token])>,
) -> (FxHashSet<String>, Vec<Span>) {
    let (text, tokens) = (ctx.text, ctx.tokens);
    let sig = |b: &[u8]| {
        let h = (b.len() & 31)
            | (usize::from(b.first().copied().unwrap_or(0) & 31) << 5)
            | (usize::from(b.get(1).copied().unwrap_or(0) & 63) << 10);
        (h >> 6, 1u64 << (h & 63))
    };
    let mut wanted: FxHashSet<String> = FxHashSet::default();
    let mut bits = vec![0u64; 1 << 10];
    // The capitalized words already handled: a word that recurs would change nothing.
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    // The last word handled at each slot of a small table, by its length and bytes: a story
    // repeats its few hundred capitalized words over and over, and a repeat found in its slot
    // is told without hashing it for `seen`.
    let mut recent = vec![""; 1 << 12];
    let mut first_time = |w: &'p str| {
        let b = w.as_bytes();
        let byte = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        // The length and three bytes mixed by one multiplication; the top bits pick the slot.
        let key = (b.len() as u64) << 24 | byte(0) << 16 | byte(1) << 8 | byte(b.len().wrapping_sub(1));
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize;
        match recent.get_mut(slot) {
            Some(r) if *r == w => false,
            Some(r) => {
                *r = w;
                seen.insert(w)
            }
            None => seen.insert(w),
        }
    };
    stretches(ctx, |role, dateline, ts| {
        read.push((role, dateline, ts));
        // Capitalized words: the grammar asks whether the story also writes them in lower case.
        for t in ts.iter().filter(|t| t.kind == TokenKind::Word) {
            // A lower-case first byte rules the word out before it is sliced out.
            let capital = text.as_bytes().get(t.span.start).is_some_and(|b| !b.is_ascii_lowercase());
            let w = if capital { t.span.as_str(text) } else { "" };
            if capital && detect::is_cap(w) && first_time(w) && !words::is_stop(w) {
                crate::lexicon::with_lowercase(w, |l| {
                    let (i, b) = sig(l.as_bytes());
                    if let Some(slot) = bits.get_mut(i) {
                        *slot |= b;
                    }
                    if !wanted.contains(l) {
                        wanted.insert(l.to_string());
                    }
                });
            }
        }
    });
    let mut found = FxHashSet::default();
    let mut the_heads = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let first = text.as_bytes().get(t.span.start).copied().unwrap_or(0);
        if first == b't' && t.span.len() == 3 && t.span.as_str(text) == "the" {
            if let Some(next) = tokens.get(k + 1) {
                if words::is_back_reference_head(next.span.as_str(text)) {
                    the_heads.push(next.span);
                }
            }
        }
        if t.kind != TokenKind::Word || first.is_ascii_uppercase() || first.is_ascii_digit() {
            continue;
        }
        if !first.is_ascii_lowercase() && !t.span.as_str(text).chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        // The screen reads the length and first bytes only: the word is sliced out on a hit.
        let (i, b) = sig(text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default());
        // A word found is taken out of `wanted`, so its later occurrences cost one look-up.
        if bits.get(i).is_some_and(|s| s & b != 0) {
            if let Some(w) = wanted.take(t.span.as_str(text)) {
                found.insert(w);
            }
        }
    }
    (found, the_heads)
}

/// People from the byline and the footer contacts, and the dateline's places.
fn meta_cands(ctx: &Context<'_, '_>) -> Vec<Cand> {
    // The vector every candidate of the article goes to: news prose has about one for every
    // dozen tokens, so it is sized for that once rather than grown by doublings that copy it.
    let mut out = Vec::with_capacity(ctx.tokens.len() / 12);
    for n in &ctx.meta.byline {
        out.push(person(n.span, n.name.split_whitespace().count()));
    }
    for c in &ctx.meta.contacts {
        let whole = c.span.as_str(ctx.text);
        if let Some(at) = whole.find(c.name.as_ref()) {
            let start = c.span.start + at;
            out.push(person(Span::new(start, start + c.name.len()), c.name.split_whitespace().count()));
        }
    }
    if let Some(d) = &ctx.meta.dateline {
        let whole = d.span.as_str(ctx.text);
        if let Some(at) = whole.find(d.place.as_ref()) {
            let base = d.span.start + at;
            let mut from = 0;
            // `KYIV, Ukraine`, and several places: `WASHINGTON / WILMINGTON, Del.`.
            for piece in d.place.split([',', '/']) {
                let lead = piece.len() - piece.trim_start().len();
                let name = piece.trim();
                if !name.is_empty() {
                    let s = base + from + lead;
                    out.push(place(Span::new(s, s + name.len()), name));
                }
                from += piece.len() + 1;
            }
        }
    }
    out
}

/// A person named by the layout (byline, footer).
fn person(span: Span, words: usize) -> Cand {
    let mut c = Cand::new(span, Some(EntityKind::Person), Confidence::Strong, words.max(1));
    c.fixed = true;
    c
}

/// A place named by a dateline, typed by the gazetteer when it knows the name.
fn place(span: Span, name: &str) -> Cand {
    let gaz = gazetteer();
    let g = gaz.get(name).or_else(|| gaz.get_upper(&uppercase(name)));
    let kind = g.and_then(gazetteer::Gaz::kind).unwrap_or(EntityKind::Place);
    let mut c = Cand::new(span, Some(kind), Confidence::Strong, name.split_whitespace().count());
    c.gaz = g.and_then(gazetteer::Gaz::id);
    c.loose = true;
    c.fixed = true;
    c
}

/// A line that is only a wire dateline: `LISBON 2024-05-14`, `SAN SEBASTIAN, Spain 2024-05-15`.
fn is_dateline_line(text: &str, ts: &[Token]) -> bool {
    let Some((last, rest)) = ts.split_last() else { return false };
    let date = last.span.as_str(text);
    let iso =
        date.len() == 10 && date.as_bytes().iter().enumerate().all(|(i, b)| b.is_ascii_digit() || i == 4 || i == 7);
    iso && !rest.is_empty()
        && rest.len() <= 8
        && rest.first().is_some_and(|t| detect::is_all_caps(t.span.as_str(text)))
        && rest.iter().all(|t| t.kind == TokenKind::Word || t.span.as_str(text) == ",")
}

/// The places of a dateline line, one per comma-separated piece.
fn dateline_places(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>) {
    let mut piece: Option<Span> = None;
    let flush = |piece: &mut Option<Span>, out: &mut Vec<Cand>| {
        if let Some(s) = piece.take() {
            out.push(place(s, s.as_str(doc.text)));
        }
    };
    for t in ts {
        let w = t.span.as_str(doc.text);
        if t.kind == TokenKind::Word && detect::is_cap(w) {
            piece = Some(piece.map_or(t.span, |p| p.join(t.span)));
        } else {
            flush(&mut piece, out);
        }
    }
    flush(&mut piece, out);
}

/// Whether most words of a headline are capitalized (`Mwangi to Visit Berlin`).
fn is_title_case(doc: &Doc<'_>, ts: &[Token]) -> bool {
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.as_str(doc.text))
        .filter(|w| w.chars().count() > 3)
        .collect();
    words.len() >= 2 && words.iter().all(|w| detect::is_cap(w))
}

/// Keeps one candidate per stretch of text, and types the unknown ones by the rest of the document.
fn resolve(doc: &Doc<'_>, mut cands: Vec<Cand>) -> Vec<Cand> {
    // `HK$80`, `NZ$4 billion`: letters that prefix a dollar sign name the currency, not the
    // place.
    cands.retain(|c| !c.span.is_empty() && !doc.text[c.span.end..].starts_with('$'));
    cands.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.confidence.cmp(&a.confidence)));
    // Of overlapping candidates the surest stays, in the earlier one's place.
    cands.dedup_by(|later, kept| {
        let overlaps = kept.span.overlaps(later.span);
        if overlaps && later.confidence > kept.confidence {
            std::mem::swap(kept, later);
        }
        overlaps
    });
    let mut kept = cands;
    // `the aircraft carrier Ana Ruiz` once: `The Ana Ruiz sailed` is the ship again.
    if kept.iter().any(|c| c.vessel) {
        let ships: FxHashSet<&str> = kept.iter().filter(|c| c.vessel).map(|c| c.span.as_str(doc.text)).collect();
        kept.retain(|c| !ships.contains(c.span.as_str(doc.text)));
    }

    // A weak cue types a name nothing else types.
    for c in kept.iter_mut().filter(|c| c.kind.is_none() && !c.loose) {
        if let Some(h) = c.hint {
            c.kind = Some(h);
            c.confidence = Confidence::Weak;
        }
    }
    restore_openers(doc, &mut kept);
    number_units(doc, &mut kept);
    drop_verbs_before_names(doc, &mut kept);
    join_partners(doc, &mut kept);
    // `Torvan Denver` with `Torvan` alone elsewhere: a name whose first word stands for it is an
    // organization's (people are called by their last name), though it ends in a place.
    let weak_person = |c: &Cand| c.words > 1 && c.kind == Some(EntityKind::Person) && c.confidence == Confidence::Weak;
    if kept.iter().any(weak_person) {
        let lone: FxHashSet<&str> = kept.iter().filter(|c| c.words == 1).map(|c| c.span.as_str(doc.text)).collect();
        for c in kept.iter_mut().filter(|c| weak_person(c)) {
            if c.span.as_str(doc.text).split(' ').next().is_some_and(|first| lone.contains(first)) {
                c.kind = Some(EntityKind::Organization);
            }
        }
    }
    // Votes for the kind of each form, weighted by how sure each candidate is.
    // (Sure votes are counted apart: a company's sure cue, `Kelso Baker shares fell 2%`, outweighs
    // any number of mentions typed a person by the shape of the name alone.)
    // (A name broken across a wrapped line, `Linden\nShaw`, votes with the name on one line.)
    let mut votes: FxHashMap<Cow<'_, str>, [u32; 3]> = FxHashMap::default();
    let mut sure: FxHashMap<Cow<'_, str>, [u32; 3]> = FxHashMap::default();
    for c in kept.iter().filter(|c| !c.loose) {
        if let Some(k) = c.kind {
            let form = crate::one_line(c.span.as_str(doc.text));
            if c.confidence == Confidence::Strong {
                sure.entry(form.clone()).or_default()[slot(k)] += 1;
            }
            votes.entry(form).or_default()[slot(k)] += c.confidence.weight();
        }
    }
    // (`Mrs. Vale` makes `Ana Vale's shares` a person's.)
    let titled: FxHashSet<&str> = kept
        .iter()
        .filter(|c| c.words == 1 && c.kind == Some(EntityKind::Person) && c.confidence == Confidence::Strong)
        .map(|c| c.span.as_str(doc.text))
        .collect();
    let winner = |form: &str| {
        let form = crate::one_line(form);
        let form = form.as_ref();
        let company = sure.get(form).is_some_and(|s| {
            s[slot(EntityKind::Organization)] > 0
                && s[slot(EntityKind::Person)] == 0
                && form.rsplit_once(' ').is_some_and(|(_, last)| !titled.contains(last))
        });
        if company {
            return Some(EntityKind::Organization);
        }
        votes.get(form).and_then(|v| {
            let (i, &n) = v.iter().enumerate().max_by_key(|(_, n)| **n)?;
            (n > 0).then_some(KINDS[i])
        })
    };
    // In a sports story, a city that names a team somewhere names it everywhere but the dateline.
    if doc.sports {
        let gaz = gazetteer();
        let mut buf = String::new();
        let teams: FxHashSet<String> = kept
            .iter()
            .filter(|c| c.kind == Some(EntityKind::Organization) && c.gaz.is_none())
            .filter_map(|c| {
                let f = uppercase_in(c.span.as_str(doc.text), &mut buf);
                matches!(gaz.get_upper(f), Some(gazetteer::Gaz::Place(id)) if !gaz.is_country(id)).then(|| f.to_owned())
            })
            .collect();
        for c in kept.iter_mut().filter(|c| !c.fixed && c.kind == Some(EntityKind::Place)) {
            if teams.contains(uppercase_in(c.span.as_str(doc.text), &mut buf)) {
                c.kind = Some(EntityKind::Organization);
                c.gaz = None;
            }
        }
    }
    // `retailer Kelso Baker` and `Kelso Baker said`: a longer name is one referent, a person or
    // an organization by the document's vote, however sure one mention is; the words of the
    // name then stand for that kind.
    let person_or_org = |k: Option<EntityKind>| matches!(k, Some(EntityKind::Person | EntityKind::Organization));
    for c in kept.iter_mut().filter(|c| c.words > 1 && c.gaz.is_none() && !c.loose && person_or_org(c.kind)) {
        if let Some(k) = winner(c.span.as_str(doc.text)).filter(|&k| person_or_org(Some(k))) {
            c.kind = Some(k);
        }
    }
    // `Danubia Pharma said` in the headline, `Danubia Pharma Rt` in the story: a company named
    // without its suffix is the company, not a person (a title would make it one).
    let companies: FxHashSet<&str> = kept
        .iter()
        .filter(|c| c.kind == Some(EntityKind::Organization) && !c.loose)
        .filter_map(|c| {
            let form = c.span.as_str(doc.text);
            let stem = without_suffix(form);
            (stem.len() < form.len() && stem.contains(' ')).then_some(stem)
        })
        .collect();
    if !companies.is_empty() {
        for c in kept.iter_mut().filter(|c| c.kind == Some(EntityKind::Person) && c.confidence < Confidence::Strong) {
            if companies.contains(c.span.as_str(doc.text)) {
                c.kind = Some(EntityKind::Organization);
                c.descriptors.clear();
            }
        }
    }
    merge_loose_names(doc, &mut kept);
    let names = Names::new(doc, &kept, kept.iter().any(|c| c.loose));

    kept.retain_mut(|c| {
        let form = c.span.as_str(doc.text);
        // `Washington` is the surname of a person the story names in full, also where a sports
        // report would read a city as its team.
        let city_team = || c.kind == Some(EntityKind::Organization) && gazetteer().is_place(form);
        if c.words == 1 && (c.gaz.is_some() || city_team()) && names.surname(form) {
            c.kind = Some(EntityKind::Person);
            c.gaz = None;
        }
        // `rival Ossian` in the headline, `Ossian Systems` in the story: a word of one
        // organization's name, not a person, unless a title stands before it (`Mr. Ossian`).
        let org_word = names.single(form).is_some_and(|(k, _)| k == EntityKind::Organization);
        if c.words == 1 && c.kind == Some(EntityKind::Person) && org_word && !after_honorific(doc, c.span) {
            c.kind = Some(EntityKind::Organization);
            c.descriptors.clear();
        }
        // `the Inspector General`, `Mr. President`: a title alone names someone only as the surname
        // of a full name the story gives (`Mr. King` for `Ronnie King`).
        let a_surname = || names.single_of(form, EntityKind::Person).is_some_and(|full| full.ends_with(form));
        if c.words == 1 && c.kind == Some(EntityKind::Person) && words::is_title_head(form) && !a_surname() {
            return false;
        }
        let voted = || winner(form).is_some_and(|k| person_or_org(Some(k)));
        if c.words > 1 && c.gaz.is_none() && !c.loose && person_or_org(c.kind) && voted() {
            return true;
        }
        if c.kind.is_some() && (c.confidence >= Confidence::Strong || c.gaz.is_some()) {
            return true;
        }
        let found = if c.loose {
            c.kind.or_else(|| winner(form)).or_else(|| names.kind_of(form)).or_else(|| names.upper(form))
        } else if c.confidence >= Confidence::Medium {
            winner(form).or(c.kind)
        } else {
            names.kind_of(form).or_else(|| winner(form))
        };
        if let Some(k) = found {
            c.kind = Some(k);
            c.confidence = c.confidence.max(Confidence::Weak);
        }
        found.is_some()
    });
    kept
}

/// `First Coastal holders`: a capitalized opener the sentence grammar dropped (`First`, `New`)
/// is kept before a name when the two are the shortened name of an organization the document
/// spells out (`First Coastal Financial Corp.`).
fn restore_openers(doc: &Doc<'_>, cands: &mut [Cand]) {
    let bases = org_bases(doc, cands);
    if bases.is_empty() {
        return;
    }
    let mut previous_end = 0;
    for c in cands.iter_mut() {
        let start = word_before(doc.text, c.span.start).filter(|&s| s >= previous_end);
        if let Some(start) = start.filter(|&s| bases.contains_key(&doc.text[s..c.span.end])) {
            c.span = Span::new(start, c.span.end);
            c.words += 1;
            c.kind = Some(EntityKind::Organization);
            c.confidence = c.confidence.max(Confidence::Medium);
            c.gaz = None;
        }
        previous_end = c.span.end;
    }
}

/// `the 47th Mechanised Brigade`, `the 3rd Armored Division`: a military unit's number is part of
/// its name.
fn number_units(doc: &Doc<'_>, cands: &mut [Cand]) {
    let unit = |form: &str| form.rsplit(' ').next().is_some_and(|w| Class::UnitHead.has_as_written(w));
    for c in cands.iter_mut().filter(|c| c.kind == Some(EntityKind::Organization)) {
        let Some(before) = doc.text[..c.span.start].strip_suffix(' ') else { continue };
        let number = before.rsplit([' ', '\n', '(']).next().unwrap_or_default();
        let start = c.span.start - 1 - number.len();
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| number.strip_suffix(s).is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())));
        if ordinal && unit(c.span.as_str(doc.text)) {
            c.span = Span::new(start, c.span.end);
        }
    }
}

/// `Chasing Kessler, the crowd …`, `Joining Ana Ruiz on stage …`: a sentence's first word in
/// `-ing` before a person the document names elsewhere is a verb, not a first name.
fn drop_verbs_before_names(doc: &Doc<'_>, cands: &mut [Cand]) {
    let people: FxHashSet<&str> =
        cands.iter().filter(|c| c.kind == Some(EntityKind::Person)).map(|c| c.span.as_str(doc.text)).collect();
    let named = |form: &str, rest: &str| {
        people.contains(rest)
            || people.iter().any(|&p| p != form && p.strip_suffix(rest).is_some_and(|first| first.ends_with(' ')))
    };
    for c in cands.iter_mut().filter(|c| c.kind == Some(EntityKind::Person) && c.words >= 2) {
        let form = c.span.as_str(doc.text);
        let Some((verb, rest)) = form.split_once(' ') else { continue };
        let opens = c.span.start == 0
            || doc.text[..c.span.start].trim_end_matches([' ', '"', '“', '‘']).ends_with(['.', '!', '?', '\n']);
        if verb.len() > 4 && verb.ends_with("ing") && opens && named(form, rest) {
            c.span = Span::new(c.span.end - rest.len(), c.span.end);
            c.words -= 1;
        }
    }
}

/// `Kessler, Dunn & Co.`: partners' surnames listed before a firm's name with `&` are the
/// firm's name too (a single plain word each, a comma apart, typed by a weak cue at most).
fn join_partners(doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let firm = |c: &Cand| c.kind == Some(EntityKind::Organization) && c.span.as_str(doc.text).contains(" & ");
    if !cands.iter().any(firm) {
        return;
    }
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    // (`… include Kelby-Marsh, Torvan & Brannock, and others` lists names.)
    let ends_list = |c: &Cand| [", and ", ", or "].iter().any(|&l| doc.text[c.span.end..].starts_with(l));
    for mut c in cands.drain(..) {
        if firm(&c) && !ends_list(&c) {
            while let Some(partner) = out.last().filter(|p| {
                p.words == 1
                    && p.confidence <= Confidence::Weak
                    && p.span.as_str(doc.text).chars().all(char::is_alphabetic)
                    && doc.text.get(p.span.end..c.span.start) == Some(", ")
            }) {
                c.span = Span::new(partner.span.start, c.span.end);
                c.words += 1;
                out.pop();
            }
        }
        out.push(c);
    }
    *cands = out;
}

/// The start of the capitalized word right before `at`, one space away.
fn word_before(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[start..];
    detect::is_cap(word).then_some(start)
}

/// `First Coastal` for `First Coastal Financial Corp.`: each organization's name of three words
/// or more without its trailing heads and suffixes, when two words or more are left, → the
/// full name it shortens (`None` when it shortens names of several organizations).
fn org_bases<'a>(doc: &Doc<'a>, cands: &[Cand]) -> FxHashMap<&'a str, Option<&'a str>> {
    let mut bases: FxHashMap<&'a str, Option<&'a str>> = FxHashMap::default();
    for c in cands.iter().filter(|c| c.words >= 3 && c.kind == Some(EntityKind::Organization)) {
        let form: &'a str = c.span.as_str(doc.text);
        let mut base = form;
        while let Some((rest, last)) = base.rsplit_once(' ') {
            let last = last.trim_end_matches('.');
            if !(words::is_org_head(last) || words::is_corporate_suffix(last)) {
                break;
            }
            base = rest.trim_end_matches(',');
        }
        if base.len() < form.len() && base.contains(' ') {
            bases
                .entry(base)
                .and_modify(|full| {
                    if full.is_some_and(|f| without_suffix(f) != without_suffix(form)) {
                        *full = None;
                    }
                })
                .or_insert(Some(form));
        }
    }
    bases
}

/// Whether an honorific or title stands right before `span` (`Mr. Ossian`, `Sen. Lee`).
fn after_honorific(doc: &Doc<'_>, span: Span) -> bool {
    let before = doc.text.get(..span.start).unwrap_or("").trim_end();
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    words::is_honorific(word.trim_end_matches('.'))
}

/// `HARLOW ATHLETIC` in a capitals headline: loose words next to one another that spell, in
/// capitals, a longer name the body types become one candidate.
fn merge_loose_names(doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    const MAX_WORDS: usize = 6;
    // Capitals form → votes for its kind, as in `resolve`.
    let mut forms: FxHashMap<String, [u32; 3]> = FxHashMap::default();
    let mut buf = String::new();
    for c in cands.iter().filter(|c| !c.loose && c.words > 1 && c.confidence >= Confidence::Medium) {
        if let Some(k) = c.kind {
            // A form seen before is counted without a string of its own.
            let form = uppercase_in(c.span.as_str(doc.text), &mut buf);
            let votes = match forms.get_mut(form) {
                Some(votes) => votes,
                None => forms.entry(form.to_owned()).or_default(),
            };
            votes[slot(k)] += c.confidence.weight();
            // `KELBY FOODS NET RISES` for `Kelby Foods AB`: a company is named without its suffix too.
            let name = c.span.as_str(doc.text);
            if let Some((stem, suffix)) = name.rsplit_once(' ') {
                if k == EntityKind::Organization && stem.contains(' ') && Class::CorporateSuffix.has(suffix) {
                    let stem = uppercase_in(stem, &mut buf).to_owned();
                    forms.entry(stem).or_default()[slot(k)] += c.confidence.weight();
                }
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    // Merged-away candidates are marked and dropped at the end: draining each merge at once
    // would move the rest of the document's candidates every time.
    let mut merged = vec![false; cands.len()];
    let mut i = 0;
    while i < cands.len() {
        let mut last = i;
        let mut best = None;
        while cands[i].loose && last + 1 < cands.len() && last + 1 - i < MAX_WORDS {
            let (prev, next) = (&cands[last], &cands[last + 1]);
            if !next.loose || doc.text.get(prev.span.end..next.span.start) != Some(" ") {
                break;
            }
            last += 1;
            let span = Span::new(cands[i].span.start, cands[last].span.end);
            if let Some(votes) = forms.get(uppercase_in(span.as_str(doc.text), &mut buf)) {
                let (k, _) = votes.iter().enumerate().max_by_key(|(_, n)| **n).unwrap_or((0, &0));
                best = Some((last, span, KINDS[k]));
            }
        }
        if let Some((mut end, mut span, kind)) = best {
            // `KELBY FOODS INC` for `Kelby Foods`: the suffix after the name is the name's.
            let suffix = cands.get(end + 1).filter(|n| {
                n.loose
                    && doc.text.get(span.end..n.span.start) == Some(" ")
                    && Class::CorporateSuffix.has(n.span.as_str(doc.text))
            });
            if kind == EntityKind::Organization && suffix.is_some() {
                end += 1;
                span = Span::new(span.start, cands[end].span.end);
            }
            let words = end - i + 1;
            merged[i + 1..=end].fill(true);
            let c = &mut cands[i];
            (c.span, c.words, c.kind, c.gaz) = (span, words, Some(kind), None);
            i = end;
        }
        i += 1;
    }
    let mut at = 0;
    cands.retain(|_| {
        at += 1;
        !merged[at - 1]
    });
}

const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];

fn slot(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        _ => 2,
    }
}

/// The full names of the document, by their first and last words and in capitals.
struct Names<'a> {
    /// First or last word → the full names of people and organizations with it.
    by_word: FxHashMap<&'a str, Sharing<'a>>,
    /// A person's middle word (`Lula` for `Luiz Inacio Lula da Silva`, `Kelby` for `Tom Kelby
    /// Jr.`) → the full names with it, asked only for a word no name opens or ends.
    by_middle: FxHashMap<&'a str, Sharing<'a>>,
    /// Capitals form → kind, for headline words.
    upper: FxHashMap<String, EntityKind>,
    /// A person's name with an initial → the one full name it shortens (`L. Dalrymple` →
    /// `Lenny Dalrymple`).
    initials: FxHashMap<&'a str, &'a str>,
}

/// The full names that share a word: the first one, whether there are others, and whether all
/// are of the first one's kind. Constant size, so long texts stay linear.
#[derive(Clone, Copy)]
struct Sharing<'a> {
    first: (EntityKind, &'a str),
    several: bool,
    same_kind: bool,
    /// The one person's full name among them (`None` when there are none or several).
    person: Option<&'a str>,
    several_people: bool,
}

impl<'a> Names<'a> {
    fn new(doc: &Doc<'a>, cands: &[Cand], with_upper: bool) -> Names<'a> {
        let mut by_word: FxHashMap<&'a str, Sharing<'a>> = FxHashMap::default();
        let mut by_middle: FxHashMap<&'a str, Sharing<'a>> = FxHashMap::default();
        let mut upper = FxHashMap::default();
        // Capitals forms are only wanted for words that may match a loose candidate: screen them by
        // length and first and last letters before building one.
        let sig = |w: &str| {
            let b = w.as_bytes();
            let first = usize::from(b.first().map_or(0, u8::to_ascii_uppercase));
            let last = usize::from(b.last().map_or(0, u8::to_ascii_uppercase));
            (b.len().min(63) * 64 + first * 7 + last * 131) & 4095
        };
        let mut screen = [0u64; 64];
        for c in cands.iter().filter(|c| c.loose && with_upper) {
            let s = sig(c.span.as_str(doc.text));
            screen[s >> 6] |= 1 << (s & 63);
        }
        let wanted = |w: &str| {
            let s = sig(w);
            screen[s >> 6] & (1 << (s & 63)) != 0
        };
        let initials = initial_forms(doc, cands);
        let mut read: FxHashSet<(EntityKind, &str)> = FxHashSet::default();
        let mut buf = String::new();
        for c in cands.iter().filter(|c| c.confidence >= Confidence::Medium && !c.loose) {
            let Some(kind) = c.kind else { continue };
            let form = c.span.as_str(doc.text);
            if wanted(form) {
                upper_entry(&mut upper, form, kind, &mut buf);
            }
            // A full name adds the same words again each time it recurs: read it once.
            if c.words < 2 || kind == EntityKind::Place || !read.insert((kind, form)) {
                continue;
            }
            let mut parts = form.split_whitespace();
            let first = parts.next();
            // (`the Popular Front for the Liberation of Kessia`: the word after a preposition
            // names what a body serves or where it works, not the body.)
            let served =
                kind == EntityKind::Organization && [" of ", " for ", " on ", " in "].iter().any(|p| form.contains(p));
            let last = parts.next_back().filter(|_| !served);
            let middle = parts.filter(|w| kind == EntityKind::Person && w.starts_with(char::is_uppercase));
            let ends = first.into_iter().chain(last).map(|w| (w, false));
            for (w, inner) in ends.chain(middle.map(|w| (w, true))) {
                if w.chars().count() < 2 || w.ends_with('.') || words::is_stop(w) {
                    continue;
                }
                let map = if inner { &mut by_middle } else { &mut by_word };
                let e = map.entry(w).or_insert(Sharing {
                    first: (kind, form),
                    several: false,
                    same_kind: true,
                    person: None,
                    several_people: false,
                });
                // (`Kelby Steel Corp` and `Kelby Steel` are one company's name, `Tom A. Kelby` and
                // `Tom Kelby` one person's.)
                let same = |a: &str, b: &str| match kind {
                    _ if a == b => true,
                    EntityKind::Organization => without_suffix(a) == without_suffix(b),
                    EntityKind::Person => {
                        without_middle(a) == without_middle(b)
                            || initials.get(a) == Some(&b)
                            || initials.get(b) == Some(&a)
                    }
                    _ => false,
                };
                if !same(e.first.1, form) {
                    e.several = true;
                    e.same_kind &= e.first.0 == kind;
                }
                if kind == EntityKind::Person {
                    // (`Crooked Ana Ruiz` beside `Ana Ruiz`: a word before a whole name is a
                    // nickname's; the plain name stands for both.)
                    let within = |long: &str, short: &str| long.strip_suffix(short).is_some_and(|x| x.ends_with(' '));
                    match e.person {
                        Some(p) if within(form, p) => {}
                        Some(p) if within(p, form) => e.person = Some(form),
                        Some(p) => e.several_people |= !same(p, form),
                        None => e.person = Some(form),
                    }
                }
                if wanted(w) {
                    upper_entry(&mut upper, w, kind, &mut buf);
                }
            }
        }
        Names { by_word, by_middle, upper, initials }
    }

    /// The form whose key a person's name takes: the full name an initial stands for, or itself.
    fn full_form(&self, form: &'a str) -> &'a str {
        self.initials.get(form).copied().unwrap_or(form)
    }

    /// The full names that share `w`: as a first or last word, else as a person's middle word.
    fn sharing(&self, w: &str) -> Option<&Sharing<'a>> {
        self.by_word.get(w).or_else(|| self.by_middle.get(w))
    }

    /// The word of a full name that a word in capitals spells, as the name writes it (`McCallum`
    /// for `MCCALLUM`). Looked for among all the names' words: only for a capitals word that the
    /// plain title case (`Mccall`) does not match.
    fn written(&self, caps: &str) -> Option<&'a str> {
        self.by_word.keys().find(|w| w.len() == caps.len() && w.to_uppercase() == caps).copied()
    }

    /// The one full name a single word stands for, when exactly one has it.
    fn single(&self, w: &str) -> Option<(EntityKind, &'a str)> {
        self.sharing(w).filter(|s| !s.several).map(|s| s.first)
    }

    /// The one full name of `kind` a single word stands for: for a person, the one person's
    /// name with it, though a body's name has it too (`Mr. Kelby` for `Tom Kelby` beside
    /// `Kelby Tool Works`).
    fn single_of(&self, w: &str, kind: EntityKind) -> Option<&'a str> {
        match kind {
            EntityKind::Person => self.sharing(w).filter(|s| !s.several_people).and_then(|s| s.person),
            _ => self.single(w).filter(|&(k, _)| k == kind).map(|(_, full)| full),
        }
    }

    /// Whether the one full name with this word is a person's that ends with it (`Washington` for
    /// `Marcus Washington`; not `Chad` for `Chad Morrow`).
    fn surname(&self, w: &str) -> bool {
        self.single(w).is_some_and(|(k, full)| {
            k == EntityKind::Person && full.strip_suffix(w).is_some_and(|rest| rest.ends_with(' '))
        })
    }

    /// The kind all full names with this word share, even when there are several (`Berg` for
    /// `Anna Berg` and `Tomas Berg`).
    fn kind_of(&self, w: &str) -> Option<EntityKind> {
        self.sharing(w).filter(|s| s.same_kind).map(|s| s.first.0)
    }

    /// The kind of a name written in capitals.
    fn upper(&self, w: &str) -> Option<EntityKind> {
        self.upper.get(w).copied()
    }
}

/// What makes two mentions the same referent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// A gazetteer entry, whatever form names it.
    Gaz(u32),
    /// A kind and a full name in capitals.
    Name(EntityKind, String),
}

/// At most this many role phrases are kept for one entity.
const MAX_DESCRIPTORS: usize = 8;

/// Merges mentions of one referent into entities.
fn group<'a>(doc: &Doc<'a>, cands: Vec<Cand>) -> Vec<Entity<'a>> {
    let names = Names::new(doc, &cands, false);
    let mut index: FxHashMap<Key, usize> = FxHashMap::default();
    let mut entities: Vec<Entity<'a>> = Vec::new();
    let mut loose_of: Vec<bool> = Vec::new();
    // The number of words of each entity's name, kept beside it so it is counted once.
    let mut name_words: Vec<usize> = Vec::new();
    let full = full_name_keys(doc, &cands, &names);
    let bases = org_bases(doc, &cands);
    // The entity of each distinct (kind, gazetteer entry, form) and the form's number of words, so
    // keys are built and words counted once per form.
    let mut seen: FxHashMap<(EntityKind, Option<u32>, &'a str), (usize, usize)> = FxHashMap::default();
    let surnames = headline_surnames(doc, &cands);
    for mut c in cands {
        let Some(mut kind) = c.kind else { continue };
        let form: &'a str = c.span.as_str(doc.text);
        // `JORDAN SCORES 40` over `Michael Jordan scored 40 points`: a word of a capitals headline
        // that a known place's name spells is the surname of the one person the story names so.
        // (The cheap tests first: most candidates are no loose place, and need no look-up.)
        let person =
            (c.loose && !c.fixed && kind == EntityKind::Place).then(|| surnames.get(form)).flatten().copied().flatten();
        if person.is_some() {
            kind = EntityKind::Person;
            c.gaz = None;
        }
        let (i, form_words) = match seen.get(&(kind, c.gaz, form)) {
            Some(&seen) => seen,
            None => {
                // A single word takes the key of the one full name it stands for.
                // (`DENHOLM` in a capitals headline for `Denholm United`.)
                let single = || {
                    names.single_of(form, kind).or_else(|| {
                        (c.loose && detect::is_all_caps(form))
                            .then(|| {
                                names.single_of(&detect::title_case(form), kind).or_else(|| {
                                    // (`MCCALLUM` for `Ivor McCallum`, `O'FARROW` for `Dan O'Farrow`.)
                                    names.written(form).and_then(|w| names.single_of(w, kind))
                                })
                            })
                            .flatten()
                    })
                };
                let linked = match single() {
                    Some(name) if c.words < 2 && c.gaz.is_none() => full.get(name).cloned(),
                    // `First Coastal` for `First Coastal Financial Corp.`
                    _ if kind == EntityKind::Organization && c.words >= 2 && c.gaz.is_none() => {
                        bases.get(form).copied().flatten().and_then(|name| full.get(name)).cloned()
                    }
                    _ => None,
                };
                let surname_of = person.map(|full| Key::Name(EntityKind::Person, uppercase(&without_middle(full))));
                let key = surname_of.or(linked).unwrap_or_else(|| match kind {
                    EntityKind::Person => key_of(&c, names.full_form(form), kind),
                    _ => key_of(&c, form, kind),
                });
                let i = *index.entry(key).or_insert_with(|| {
                    entities.push(Entity {
                        id: EntityId(0),
                        kind,
                        name: Cow::Borrowed(form),
                        aliases: Vec::new(),
                        descriptors: Vec::new(),
                        mentions: Vec::new(),
                    });
                    loose_of.push(true);
                    name_words.push(form.split_whitespace().count());
                    entities.len() - 1
                });
                let form_words = form.split_whitespace().count();
                seen.insert((kind, c.gaz, form), (i, form_words));
                (i, form_words)
            }
        };
        let e = &mut entities[i];
        // The name is the fullest form, preferring one not written in capitals (`Kelby Foods` over
        // `KELBY FOODS INC`).
        let plain = || form.len() >= e.name.len() || without_suffix(&e.name).eq_ignore_ascii_case(form);
        let capitals = || detect::is_all_caps(&e.name) && !detect::is_all_caps(form) && form_words == name_words[i];
        let better = form_words > name_words[i]
            || (loose_of[i] && !c.loose && plain())
            || capitals()
            || (form.len() > e.name.len() && form_words == name_words[i]);
        if better && (!c.loose || loose_of[i]) {
            e.name = Cow::Borrowed(form);
            loose_of[i] = c.loose;
            name_words[i] = form_words;
        }
        for d in c.descriptors {
            let d = d.as_str(doc.text);
            if e.descriptors.len() < MAX_DESCRIPTORS && !e.descriptors.iter().any(|x| x == d) {
                e.descriptors.push(Cow::Borrowed(d));
            }
        }
        e.mentions.push(Mention { span: c.span, text: Cow::Borrowed(form) });
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| m.span.start);
        e.mentions.dedup_by_key(|m| m.span);
        e.aliases = aliases(e);
    }
    entities
}

/// The people's full names (not in capitals) by their surnames in capitals, when a capitals
/// headline has a known place's name as one word (`JORDAN` for `Michael Jordan`); `None` for a
/// surname several people share.
fn headline_surnames<'a>(doc: &Doc<'a>, cands: &[Cand]) -> FxHashMap<String, Option<&'a str>> {
    let mut out: FxHashMap<String, Option<&'a str>> = FxHashMap::default();
    // (Not a dateline's place, `WASHINGTON -`, which is fixed.)
    let place_word = |c: &&Cand| c.loose && !c.fixed && c.words == 1 && c.kind == Some(EntityKind::Place);
    if !cands.iter().any(|c| place_word(&c) && detect::is_all_caps(c.span.as_str(doc.text))) {
        return out;
    }
    for c in cands.iter().filter(|c| !c.loose && c.words >= 2 && c.kind == Some(EntityKind::Person)) {
        let full = c.span.as_str(doc.text);
        let Some(last) = full.rsplit(' ').next() else { continue };
        let slot = out.entry(uppercase(last)).or_insert(Some(full));
        if slot.is_some_and(|f| without_middle(f) != without_middle(full)) {
            *slot = None;
        }
    }
    out
}

/// `the Kelby Water Supply Authority (KWSA)`, `Kelborne Systems (KLBS)`, `the Polish Farmers'
/// Party (PSL)`: an acronym or a stock's code in brackets right after a body's name is that body,
/// and its mentions join the name's, when it spells the name's initials or is of three capitals or
/// more (a name in another language, a code) and no known body's own. Two letters that spell
/// nothing are most often a country's code (`Mladost (BJ)`), but after a party's name they are
/// the party's in its language (`the Workers' Party (PT)`).
fn merge_bracketed_acronyms(text: &str, entities: &mut Vec<Entity<'_>>) {
    let orgs = |e: &&Entity<'_>| e.kind == EntityKind::Organization;
    // Where each organization's mentions end, to find the name before a bracket.
    let ends: FxHashMap<usize, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| orgs(e))
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span.end, i)))
        .collect();
    let mut into: Vec<Option<usize>> = vec![None; entities.len()];
    for (k, e) in entities.iter().enumerate().filter(|(_, e)| orgs(e) && detect::is_all_caps(&e.name)) {
        into[k] = e.mentions.iter().find_map(|m| {
            let before = text[..m.span.start].strip_suffix('(')?;
            let name_end = before.len() - usize::from(before.ends_with(' '));
            let &i = ends.get(&name_end)?;
            let name = &entities[i].name;
            // (Two letters after a party's name are its own too, of its name in its language: `the
            // Workers' Party (PT)`; after a club's bare name they are a country's code.)
            let headed = || e.name.len() >= 3 || name.ends_with(" Party");
            let own = || headed() && gazetteer().get(&e.name).is_none();
            (i != k && (spells_initials(&e.name, name) || own())).then_some(i)
        });
    }
    for k in 0..entities.len() {
        // (A name that is itself merged away keeps its acronym's mentions apart.)
        let Some(i) = into[k].filter(|&i| into[i].is_none()) else {
            into[k] = None;
            continue;
        };
        absorb_mentions(entities, k, i);
        entities[i].aliases = aliases(&entities[i]);
    }
    drop_merged(entities, &into);
}

/// `ASEAN` and `Association of South East Asian Nations`, `The Kelby Ledger` and `Kelby Ledger`,
/// `Sentinels` and `Harlow Sentinels`, `HARLOW` (the team in a results line) and `Harlow
/// Sentinels`: an organization named by another's initials, by its name after `The`, or by the
/// first or last words of a name that ends in no organization's head (a team's, a firm's, not a
/// `… Bank`'s) is that organization, when exactly one fits.
fn merge_name_variants(text: &str, entities: &mut Vec<Entity<'_>>) {
    let orgs: Vec<usize> = (0..entities.len()).filter(|&i| entities[i].kind == EntityKind::Organization).collect();
    if orgs.len() < 2 {
        return;
    }
    // Each organization under its name in capitals, its initials, and its first and last words,
    // so that a long document's organizations are not compared pairwise.
    let upper: Vec<String> = orgs.iter().map(|&i| entities[i].name.to_uppercase()).collect();
    let mut by_name: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut by_initials: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut by_edge: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    // `Kelby Foods` for `Kelby Foods Inc`: a company's name without its suffix.
    let mut by_stem: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, name) in upper.iter().enumerate() {
        by_name.entry(name.as_str()).or_default().push(j);
        let stem = without_suffix(name);
        if stem.len() < name.len() && stem.contains(' ') {
            by_stem.entry(stem).or_default().push(j);
        }
        let words: Vec<&str> = name.split(' ').collect();
        if words.len() >= 2 {
            let written = &entities[orgs[j]].name;
            by_initials.entry(initials(written)).or_default().push(j);
            // `SEC` for `U.S. Securities and Exchange Commission`: a country before a body's name
            // is no part of its initials.
            if let Some((first, rest)) = written.split_once(' ') {
                let place =
                    matches!(gazetteer().get(first), Some(gazetteer::Gaz::Place(id)) if gazetteer().is_country(id));
                if place && rest.contains(' ') {
                    by_initials.entry(initials(rest)).or_default().push(j);
                }
            }
            // (A team's or a firm's name is capitalized words alone: `Bank of America Stadium`
            // and `West Virginia Department of …` are no longer forms of `Bank of America`, `West`.)
            let capitalized = entities[orgs[j]].name.split(' ').all(|w| w.starts_with(char::is_uppercase));
            if capitalized && !is_org_head(words[words.len() - 1]) {
                // (The first word of a name that ends in a place's head is that place: `Irving`
                // of `Irving School District`; its last words are still the body's.)
                let last = entities[orgs[j]].name.rsplit(' ').next().unwrap_or("");
                if !words::is_place_head(last) {
                    by_edge.entry(words[0]).or_default().push(j);
                }
                by_edge.entry(words[words.len() - 1]).or_default().push(j);
            }
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; entities.len()];
    for (j, name) in upper.iter().enumerate() {
        let words: Vec<&str> = name.split(' ').collect();
        // `I.R.S.` is spelled `IRS` with its stops.
        let spelled = if is_dotted_initials(name) { name.replace('.', "") } else { name.clone() };
        let fits: Vec<usize> = if let Some(plain) = name.strip_prefix("THE ") {
            by_name.get(plain).cloned().unwrap_or_default()
        } else if let Some(long) = by_stem.get(name.as_str()) {
            long.clone()
        } else if words.len() == 1 && detect::is_all_caps(&entities[orgs[j]].name) && by_initials.contains_key(&spelled)
        {
            by_initials[&spelled].clone()
        } else if is_org_head(words[words.len() - 1]) || words.len() == 1 && Class::OrgOfHead.has(name) {
            // (`House` is no form of the `White House`.)
            Vec::new()
        } else {
            let edge = |k: &usize| {
                let long = &upper[*k];
                long.len() > name.len()
                    && (long.starts_with(name.as_str()) && long.as_bytes()[name.len()] == b' '
                        || long.ends_with(name.as_str()) && long.as_bytes()[long.len() - name.len() - 1] == b' ')
            };
            let mut fits: Vec<usize> = by_edge.get(words[0]).into_iter().flatten().copied().filter(edge).collect();
            fits.extend(by_edge.get(words[words.len() - 1]).into_iter().flatten().copied().filter(edge));
            fits.sort_unstable();
            fits.dedup();
            // (`Florida State beat Florida 24-21`: two sides of one sentence are two bodies.)
            fits.retain(|&k| !side_by_side(text, &entities[orgs[j]], &entities[orgs[k]]));
            fits
        };
        if let [k] = fits[..] {
            into[orgs[j]] = (k != j).then_some(orgs[k]);
        }
    }
    absorb_each(entities, &mut into);
}

/// `Van Allen said` after `Chris Van Allen`, `Van Gaal` after `Louis van Gaal`: a family name with
/// its particle, written alone (a sentence's first word in capitals), is the one person whose
/// full name ends with it.
fn merge_particle_surnames(entities: &mut Vec<Entity<'_>>) {
    let people: Vec<usize> = (0..entities.len()).filter(|&i| entities[i].kind == EntityKind::Person).collect();
    let mut into: Vec<Option<usize>> = vec![None; entities.len()];
    for &k in &people {
        let name = &entities[k].name;
        let Some((first, _)) = name.split_once(' ') else { continue };
        if !words::is_name_prefix(first) {
            continue;
        }
        let short = name.to_lowercase();
        let ends_with_it = |i: &usize| {
            let full = entities[*i].name.to_lowercase();
            *i != k
                && full.len() > short.len()
                && full.ends_with(&short)
                && full[..full.len() - short.len()].ends_with(' ')
        };
        if let [i] = people.iter().copied().filter(ends_with_it).collect::<Vec<_>>()[..] {
            into[k] = Some(i);
        }
    }
    absorb_each(entities, &mut into);
}

/// The last word of a name of several words when it is shaped like a plural (`Kites` of `Carrow
/// Kites`), as a team's nickname is.
fn plural_last(form: &str) -> Option<&str> {
    let last = form.rsplit_once(' ').map(|(_, l)| l)?;
    (last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")).then_some(last)
}

/// `Carrow Kites … the Kites looked tired`: in a sports report, a name whose last word is a
/// plural is a team's, not a person's, where the story also writes the plural alone after `the`
/// (but not `the Evans sisters`) or a score line sets the name as a side (`Harlow Valkyries
/// 27-24 Carrow Kites`). Every candidate of the name then takes the team's kind.
fn plural_sides(doc: &Doc<'_>, cands: &mut [Cand]) {
    let text = doc.text;
    // The plurals the story writes alone after `the`, gathered once, on the first name that asks.
    let mut after_the: Option<FxHashSet<&str>> = None;
    let mut written_after_the = |last: &str| {
        after_the
            .get_or_insert_with(|| {
                let mut found = FxHashSet::default();
                for the in [" the ", "The "] {
                    for (at, m) in text.match_indices(the) {
                        let rest = &text[at + m.len()..];
                        let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                        let after = &rest[word.len()..];
                        let next = after
                            .strip_prefix(' ')
                            .map_or("", |a| a.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
                        if word.ends_with('s') && !Class::KinNoun.has(next) && !next.starts_with(char::is_uppercase) {
                            found.insert(word);
                        }
                    }
                }
                found
            })
            .contains(last)
    };
    let mut teams: Vec<&str> = Vec::new();
    for c in
        cands.iter().filter(|c| c.words > 1 && matches!(c.kind, Some(EntityKind::Person | EntityKind::Organization)))
    {
        let form = c.span.as_str(text);
        if teams.contains(&form) || c.kind == Some(EntityKind::Person) && !c.loose && c.confidence >= Confidence::Strong
        {
            continue;
        }
        let Some(last) = plural_last(form) else { continue };
        let side = c.loose && c.kind == Some(EntityKind::Organization);
        if side || c.kind == Some(EntityKind::Person) && written_after_the(last) {
            teams.push(form);
        }
    }
    // (`the Kites` alone is the team too.)
    let lasts: Vec<&str> = teams.iter().filter_map(|t| plural_last(t)).collect();
    for c in cands.iter_mut().filter(|c| c.kind == Some(EntityKind::Person)) {
        let form = c.span.as_str(text);
        if if c.words > 1 { teams.contains(&form) } else { lasts.contains(&form) } {
            c.kind = Some(EntityKind::Organization);
            c.confidence = c.confidence.max(Confidence::Medium);
        }
    }
}

/// `Kilbrack boss Ana Ruiz` after `Kilbrack Gaels`: in a sports report, a word alone that opens
/// the name of one team (a name whose last word is a plural) is that team, not a person or a
/// body of its own. (Places are left alone: `Harlow` may be the town the team is from.)
fn merge_team_first_words(entities: &mut Vec<Entity<'_>>) {
    let team = |e: &Entity<'_>| e.kind == EntityKind::Organization && plural_last(&e.name).is_some();
    // The one team each first word opens (`None` for a word that opens two).
    let mut openers: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| team(e)) {
        let first = e.name.split(' ').next().unwrap_or_default();
        openers.entry(first).and_modify(|slot| *slot = None).or_insert(Some(i));
    }
    let mut into: Vec<Option<usize>> = entities
        .iter()
        .map(|e| {
            let alone = e.kind != EntityKind::Place && !e.name.contains(' ');
            alone.then(|| openers.get(&*e.name).copied().flatten()).flatten()
        })
        .collect();
    absorb_each(entities, &mut into);
}

/// The initials of a name's capitalized words, in capitals (`ASEAN` for `Association of South
/// East Asian Nations`).
fn initials(name: &str) -> String {
    name.split([' ', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// Capital letters each followed by a full stop (`I.R.S.`, `E.U.`).
fn is_dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && b.len() % 2 == 0 && b.chunks(2).all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// A word that ends organizations' names (`Bank`, `Party`, `Corp.`), in any case.
fn is_org_head(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    Class::OrgHead.has(w) || Class::CorporateSuffix.has(w)
}

/// Merges entity `k` into entity `i`: its mentions and the descriptors `i` lacks; `i`'s aliases
/// are made again.
/// Each entity `k` with `into[k] = Some(i)` joins entity `i`, then leaves the list; a name merged
/// away itself keeps its variants apart.
fn absorb_each(entities: &mut Vec<Entity<'_>>, into: &mut [Option<usize>]) {
    for k in 0..entities.len() {
        let Some(i) = into[k].filter(|&i| into[i].is_none()) else {
            into[k] = None;
            continue;
        };
        absorb(entities, k, i);
    }
    drop_merged(entities, into);
}

fn absorb(entities: &mut [Entity<'_>], k: usize, i: usize) {
    absorb_mentions(entities, k, i);
    let descriptors = std::mem::take(&mut entities[k].descriptors);
    let e = &mut entities[i];
    for d in descriptors {
        if e.descriptors.len() < MAX_DESCRIPTORS && !e.descriptors.contains(&d) {
            e.descriptors.push(d);
        }
    }
    e.aliases = aliases(e);
}

/// Moves entity `k`'s mentions to entity `i`, in text order.
fn absorb_mentions(entities: &mut [Entity<'_>], k: usize, i: usize) {
    let short = std::mem::take(&mut entities[k].mentions);
    let e = &mut entities[i];
    e.mentions.extend(short);
    e.mentions.sort_by_key(|m| m.span.start);
}

/// Drops the entities merged into another (`into[k]` is set).
fn drop_merged(entities: &mut Vec<Entity<'_>>, into: &[Option<usize>]) {
    let mut k = 0;
    entities.retain(|_| {
        k += 1;
        into[k - 1].is_none()
    });
}

/// Whether two entities are named in one sentence: a mention of each with no line break or
/// full stop between them.
fn side_by_side(text: &str, a: &Entity<'_>, b: &Entity<'_>) -> bool {
    a.mentions.iter().any(|m| {
        b.mentions.iter().any(|n| {
            let (first, second) = if m.span.start < n.span.start { (m.span, n.span) } else { (n.span, m.span) };
            let gap = text.get(first.end..second.start).unwrap_or("\n");
            first.end <= second.start && !gap.contains('\n') && !gap.contains(". ")
        })
    })
}

/// True when `acronym` is the initials of the capitalized words of `name`, in order (`KWSA` for
/// `Kelby Water Supply Authority`, `UNHCR` for `U.N. High Commissioner for Refugees`; `KLA` for
/// `Kelby Lending Association of Harlow` is not).
/// `the Digital Markets Act (DMA)`: an acronym set in brackets after the name of a law, a plan or
/// an event, whose initials it spells, names that thing wherever it stands, and no body.
fn drop_acronyms_of_things(text: &str, entities: &mut Vec<Entity<'_>>) {
    let of_thing = |e: &Entity<'_>| {
        e.kind == EntityKind::Organization
            && detect::is_all_caps(&e.name)
            && e.mentions.iter().any(|m| {
                let Some(before) = text[..m.span.start].strip_suffix('(') else { return false };
                let before = before.trim_end();
                // The capitalized words before the bracket, as many as the acronym has letters.
                let from = before
                    .rmatch_indices(' ')
                    .map(|(k, _)| k + 1)
                    .take(e.name.len())
                    .take_while(|&k| before[k..].starts_with(char::is_uppercase))
                    .last();
                let Some(name) = from.map(|k| &before[k..]) else { return false };
                let last = name.rsplit(' ').next().unwrap_or(name);
                words::is_event_head(last) && spells_initials(&e.name, name)
            })
    };
    entities.retain(|e| !of_thing(e));
}

fn spells_initials(acronym: &str, name: &str) -> bool {
    let initials = initials(name);
    // (`AMD` for `Advanced Micro Devices Inc.`: a company's suffix is no part of its initials.)
    let name = without_suffix(name);
    initials.len() >= 2 && initials == acronym
        || detect::spelled_from(acronym, &name.split(' ').collect::<Vec<_>>()) == Some(0)
}

/// `Lib Dems` and `Liberal Democrats`: an organization whose every word shortens the word of
/// another's name in the same place is that organization.
fn merge_short_forms(entities: &mut Vec<Entity<'_>>) {
    // A name and its shortening share the first three letters of each word: only names with
    // the same such key are compared, so a long document's organizations are not compared pairwise.
    let key = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        let long_enough = words.len() >= 2 && words.iter().all(|w| w.chars().nth(2).is_some());
        long_enough.then(|| words.iter().map(|w| w.chars().take(3).collect::<String>()).collect::<Vec<_>>())
    };
    let mut buckets: FxHashMap<Vec<String>, Vec<usize>> = FxHashMap::default();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization) {
        if let Some(k) = key(&e.name) {
            buckets.entry(k).or_default().push(i);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; entities.len()];
    for bucket in buckets.values().filter(|b| b.len() > 1) {
        for &k in bucket {
            into[k] = bucket.iter().copied().find(|&i| i != k && shortens(&entities[k].name, &entities[i].name));
        }
    }
    for k in 0..entities.len() {
        let Some(mut i) = into[k] else { continue };
        // `a` shortens `b`, which shortens `c`: all go to `c`, a name that shortens none.
        for _ in 0..entities.len() {
            let Some(next) = into[i] else { break };
            i = next;
        }
        if into[i].is_some() {
            into[k] = None;
            continue;
        }
        absorb(entities, k, i);
    }
    drop_merged(entities, &into);
}

/// True when `short` has as many words as `long`, each a shortening of at least three letters
/// of the word in its place (a plural `s` may stay: `Dems` for `Democrats`), and differs from it.
fn shortens(short: &str, long: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (short.split_whitespace().collect(), long.split_whitespace().collect());
    a.len() >= 2
        && a.len() == b.len()
        && a != b
        && a.iter().zip(&b).all(|(s, l)| {
            let stem = s.strip_suffix('s').filter(|_| l.ends_with('s') && s.len() >= 4).unwrap_or(s);
            stem.len() >= 3 && stem.len() <= l.len() && l.starts_with(stem)
        })
}

/// What makes a mention of this kind the same referent as others: its gazetteer entry, else its
/// kind and its form in capitals.
fn key_of(c: &Cand, form: &str, kind: EntityKind) -> Key {
    let form = crate::one_line(form);
    let form = form.as_ref();
    let gaz = gazetteer();
    // (`Kelby Inc` is the gazetteer's `Kelby`.)
    let base = if kind == EntityKind::Organization { without_suffix(form) } else { form };
    let entry = c.gaz.or_else(|| {
        let entry = gaz.get(base).or_else(|| gaz.get_upper(&uppercase(base)))?;
        entry.id().filter(|_| entry.kind() == Some(kind))
    });
    match entry {
        Some(entry) => Key::Gaz(entry),
        None if kind == EntityKind::Person => Key::Name(kind, uppercase(&without_middle(form))),
        None => Key::Name(kind, uppercase(base)),
    }
}

/// A person's name without its middle names (`Tom Kelby` for `Tom A. Kelby` and `Tom Avery
/// Kelby`; `Tom Kelby Jr.` for `Tom A. Kelby Jr.`): the forms a story uses for one person.
fn without_middle(form: &str) -> Cow<'_, str> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let suffix = |w: &&&str| Class::NameSuffix.has_as_written(w.trim_end_matches('.')) || detect::is_roman(w);
    let core = words.len() - words.iter().rev().take_while(suffix).count();
    if core < 3 {
        return Cow::Borrowed(form);
    }
    let kept = [words[0], words[core - 1]].into_iter().chain(words[core..].iter().copied());
    Cow::Owned(kept.collect::<Vec<_>>().join(" "))
}

/// A company's name without its corporate suffix (`Kelby Steel` for `Kelby Steel Corp.` and
/// `Kelby Steel, Inc.`, and `KELBY STEEL` for `KELBY STEEL INC` in a headline): the forms a story
/// uses for one company.
fn without_suffix(form: &str) -> &str {
    match form.rsplit_once(' ') {
        Some((head, last)) if Class::CorporateSuffix.has(last.trim_end_matches('.')) => head.trim_end_matches(','),
        _ => form,
    }
}

/// The key of every full name (two words or more), the first time it is seen.
fn full_name_keys<'a>(doc: &Doc<'a>, cands: &[Cand], names: &Names<'a>) -> FxHashMap<&'a str, Key> {
    let mut full: FxHashMap<&'a str, Key> = FxHashMap::default();
    for c in cands.iter().filter(|c| c.words >= 2) {
        if let Some(kind) = c.kind {
            let form: &'a str = c.span.as_str(doc.text);
            let keyed = if kind == EntityKind::Person { names.full_form(form) } else { form };
            full.entry(form).or_insert_with(|| key_of(c, keyed, kind));
        }
    }
    full
}

/// People's names that open with an initial (`L. Dalrymple`), each with the one full name of the
/// document with that surname whose first name has that initial (`Lenny Dalrymple`); none when
/// two full names would fit (`Mark Tolland` and `Mike Tolland` for `M. Tolland`).
fn initial_forms<'a>(doc: &Doc<'a>, cands: &[Cand]) -> FxHashMap<&'a str, &'a str> {
    let mut out = FxHashMap::default();
    let people = || {
        cands
            .iter()
            .filter(|c| c.words == 2 && c.kind == Some(EntityKind::Person) && !c.loose)
            .filter_map(|c| c.span.as_str(doc.text).split_once(' ').map(|(first, last)| (c, first, last)))
    };
    let initial = |w: &str| w.len() == 2 && w.as_bytes()[0].is_ascii_uppercase() && w.as_bytes()[1] == b'.';
    if !people().any(|(_, first, _)| initial(first)) {
        return out;
    }
    // (surname, initial) → the one full name, `None` once a second one is seen.
    let mut full: FxHashMap<(&str, u8), Option<&'a str>> = FxHashMap::default();
    for (c, first, last) in people() {
        let form = c.span.as_str(doc.text);
        if first.len() > 2 && first.bytes().all(|b| b.is_ascii_alphabetic()) {
            let slot = full.entry((last, first.as_bytes()[0])).or_insert(Some(form));
            if *slot != Some(form) {
                *slot = None;
            }
        }
    }
    for (c, first, last) in people().filter(|(_, first, _)| initial(first)) {
        if let Some(Some(name)) = full.get(&(last, first.as_bytes()[0])) {
            out.insert(c.span.as_str(doc.text), *name);
        }
    }
    out
}

/// The other forms the mentions of an entity take, each once, in text order; forms that differ from
/// the name or an earlier alias only in capitals are not aliases.
fn aliases<'a>(e: &Entity<'a>) -> Vec<Cow<'a, str>> {
    let mut texts: FxHashSet<&str> = FxHashSet::default();
    let mut upper = FxHashSet::default();
    upper.insert(uppercase(&e.name));
    let mut buf = String::new();
    let mut aliases = Vec::new();
    let mut previous: Option<&str> = None;
    for m in &e.mentions {
        // A mention written like the one before it is already in `texts`.
        if previous == Some(m.text.as_ref()) {
            continue;
        }
        previous = Some(m.text.as_ref());
        if texts.insert(m.text.as_ref()) && !upper.contains(uppercase_in(&m.text, &mut buf)) {
            upper.insert(buf.clone());
            aliases.push(m.text.clone());
        }
    }
    aliases
}

/// `the ministry`, `the Journal`: a definite description that names the one organization with that head.
///
/// `the_heads` are the words after each `the` that may be such a head, in text order.
fn back_references<'a>(doc: &Doc<'a>, the_heads: &[Span], entities: &mut [Entity<'a>]) {
    let mut heads: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization) {
        if let Some(last) = e.name.split_whitespace().next_back() {
            if e.name.split_whitespace().count() > 1 {
                let slot = heads.entry(last.to_lowercase()).or_insert(Some(i));
                if *slot != Some(i) {
                    *slot = None;
                }
            }
        }
    }
    if heads.is_empty() {
        return;
    }
    let mut found: Vec<(usize, Span)> = Vec::new();
    for &span in the_heads {
        if let Some(Some(i)) = heads.get(span.as_str(doc.text)) {
            found.push((*i, span));
        }
    }
    for (i, span) in found {
        if let Some(e) = entities.get_mut(i) {
            e.mentions.push(Mention { span, text: Cow::Borrowed(span.as_str(doc.text)) });
        }
    }
    for e in entities.iter_mut() {
        e.mentions.sort_by_key(|m| m.span.start);
        e.mentions.dedup_by(|b, a| a.span.overlaps(b.span));
    }
}

/// `s` in capitals, as [`str::to_uppercase`] writes it: most names are ASCII, whose capitals are
/// one byte each and need no table of the rest of Unicode.
fn uppercase(s: &str) -> String {
    if s.is_ascii() { s.to_ascii_uppercase() } else { s.to_uppercase() }
}

/// Keeps `kind` for the capitals form of `form`, unless the form has one already: a string is
/// allocated for a new form only.
fn upper_entry(upper: &mut FxHashMap<String, EntityKind>, form: &str, kind: EntityKind, buf: &mut String) {
    let key = uppercase_in(form, buf);
    if !upper.contains_key(key) {
        upper.insert(key.to_owned(), kind);
    }
}

/// `s` in capitals as [`uppercase`] writes it, into `buf` (emptied first): a look-up by the
/// capitals form, and an entry already there, then allocate no string of their own.
fn uppercase_in<'b>(s: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_uppercase();
    } else {
        buf.push_str(&s.to_uppercase());
    }
    buf
}

#[cfg(test)]
mod tests;
