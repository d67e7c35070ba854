//! Reported speech without quotation marks: the content and the source around a cue.

use std::ops::Range;

use super::grammar::{self, Cue, Np, View};
use crate::lexicon::Class;
use crate::model::CueClass;
use crate::token::TokenKind;

/// The fewest tokens of reported content.
const MIN_CONTENT: usize = 3;

/// Reported speech around the cue at token `cue` (taking `cue_len` tokens) in the sentence
/// `start..end`: the content's token range and the source phrase.
pub(super) fn attribution_at(
    view: &View<'_>,
    start: usize,
    cue: usize,
    cue_len: usize,
    end: usize,
) -> Option<(Range<usize>, Np)> {
    if view.according(cue).is_some() {
        return according_to(view, start, cue, cue_len, end);
    }
    // `think so`, `hope not`: the words stand for something said before.
    let pro_form = ["so", "not"].iter().any(|w| w.eq_ignore_ascii_case(view.word(cue + cue_len)));
    if pro_form || no_speech_follows(view, cue, cue_len, end) || passive(view, start, cue) {
        return None;
    }
    let adjacent = view.subject_before(start, cue);
    // `X blasted Congress and said …`, `…, saying …`: the subject of the clause.
    let coordinated = cue > start
        && (view.word_eq_ci(cue - 1, "and") || (view.is_punct(cue - 1, ",") && view.word(cue).ends_with("ing")));
    let clause = || {
        if coordinated {
            // (`Grain growers had sued in April, arguing …`: the subject before an auxiliary.)
            view.clause_speaker(start, cue)
                .or_else(|| view.nearest_subject(start, cue - 1))
                .or_else(|| view.clause_subject(start, cue))
        } else {
            None
        }
    };
    // `what Ms. Lee says the plan would do`: a clause that names a thing, not a report.
    let free_relative = |np: &Np| {
        np.full.start > start
            && ["what", "whatever", "how"].iter().any(|w| w.eq_ignore_ascii_case(view.word(np.full.start - 1)))
    };
    if adjacent.as_ref().is_some_and(free_relative) {
        return None;
    }
    let is_adjacent = adjacent.is_some();
    if let Some(source) = adjacent.or_else(clause) {
        return content_around_subject(view, start, cue, cue_len, end, source, is_adjacent);
    }
    // `…, said X.` (but `Ann Lee, reporting from Oslo, said`: a source opens with no preposition).
    let after = view.word(cue + cue_len);
    if cue > start && view.is_punct(cue - 1, ",") && !is_preposition(after) && !grammar::is_connector(after) {
        let source = view.np_after(cue + cue_len, end)?;
        let content = start..cue - 1;
        return (content.len() >= MIN_CONTENT).then_some((content, source));
    }
    None
}

/// `According to X, …` or `…, according to X`.
fn according_to(view: &View<'_>, start: usize, cue: usize, cue_len: usize, end: usize) -> Option<(Range<usize>, Np)> {
    let mut source = view.np_after(cue + cue_len, end)?;
    let content = if cue <= start + 1 {
        // `According to the data, prices fell`: what follows the first comma is the content.
        let comma = (source.head.end..end.min(source.head.end + 40)).find(|&k| view.is_punct(k, ","))?;
        if source.full.end > comma {
            source.full = source.head.clone();
        }
        comma + 1..end
    } else {
        start..trim_comma(view, start, cue)
    };
    (content.len() >= MIN_CONTENT).then_some((content, source))
}

/// `was rejected by the court`, `is supported by`: a stance, belief or finding in the passive
/// has no source before it. Adjectives of belief (`are concerned that`) stand after `be` anyway.
fn passive(view: &View<'_>, start: usize, cue: usize) -> bool {
    let kind = view.cue(cue).map(|c| c.0);
    let verb = matches!(kind, Some(Cue::Stance | Cue::Evidence | Cue::Name))
        || (kind == Some(Cue::Belief) && !Class::BeliefAdjective.has(view.word(cue)));
    let mut k = cue;
    while k > start && grammar::is_adverbish(view.word(k - 1)) {
        k -= 1;
    }
    // `is seeking`, `are pushing for`: a form of `be` before a participle in `-ing` is no passive.
    verb && !view.word(cue).ends_with("ing") && k > start && Class::BeForm.has(view.word(k - 1))
}

/// `found itself`, `reported from Iowa`, `pledged at the talks`, `Everything Ms. Ruiz says is …`:
/// the cue is followed by no speech, or sits in a relative clause.
fn no_speech_follows(view: &View<'_>, cue: usize, cue_len: usize, end: usize) -> bool {
    let next = view.word(cue + cue_len);
    let plain_say = ["said", "says", "say", "told", "tells"].iter().any(|x| x.eq_ignore_ascii_case(view.word(cue)));
    let that_soon =
        (cue + cue_len..end.min(cue + cue_len + 10)).any(|k| view.word_eq_ci(k, "that") || view.is_punct(k, ","));
    let preposition =
        is_preposition(next) || ["by", "up", "from", "as", "for", "with", "out", "into", "through"].contains(&next);
    // `found itself`, `found them`: an object, not a finding (a finding may drop its `that`).
    let object =
        next.ends_with("self") || next.ends_with("selves") || ["him", "them", "it", "me", "us"].contains(&next);
    let found_thing = view.word_eq_ci(cue, "found") && object;
    let holds = view.cue(cue).is_some_and(|c| matches!(c.0, Cue::Report | Cue::Belief | Cue::Evidence));
    let relative = grammar::is_verb_start(next) && !holds;
    !plain_say && preposition && !that_soon || found_thing || relative
}

/// The content of a cue whose subject is `source`: after the cue and its listener (`X told
/// reporters …`), or before the source when only a few words of time or place follow the cue
/// (`…, X said Friday.`) or the source stands in a parenthesis (`But, he said, it is risky`).
/// `adjacent` tells a subject right before the cue from one of its clause.
fn content_around_subject(
    view: &View<'_>,
    start: usize,
    cue: usize,
    cue_len: usize,
    end: usize,
    source: Np,
    adjacent: bool,
) -> Option<(Range<usize>, Np)> {
    let mut after = cue + cue_len;
    if ["told", "tells", "asked"].iter().any(|x| x.eq_ignore_ascii_case(view.word(cue))) {
        after = object_end(view, after, end);
    } else if view.word_eq_ci(after, "to")
        && view.cue(cue).is_some_and(|c| matches!(c.0, Cue::Say | Cue::Report))
        && !Class::SayVerb.has(view.word(after + 1))
        && (grammar::is_determiner(view.word(after + 1))
            || view.word(after + 1).starts_with(char::is_uppercase)
            || Class::Listener.has(view.word(after + 1)))
    {
        // `said to the crowd`, `wrote to lawmakers`: the listener is no content (but `vowed to
        // do better`, `declined to comment` and `hopes to win` are).
        let mut k = after + 1;
        if grammar::is_determiner(view.word(k)) {
            k += 1;
        }
        let caps = (k..end.min(k + 5)).take_while(|&j| view.word(j).starts_with(char::is_uppercase)).count();
        after = (k + caps.max(1)).min(end);
    }
    // A clause goes on at `k`: a word, and enough of the range left.
    let clause_at = |k: usize| k + MIN_CONTENT <= end && view.toks[k].kind == TokenKind::Word;
    // `said in a statement that …`, `said on Monday that …`: the phrase is no content.
    if is_preposition(view.word(after)) {
        if let Some(that) = (after + 1..end.min(after + 7)).find(|&k| view.word_eq_ci(k, "that")) {
            after = that;
        } else if grammar::is_time_word(view.word(after + 1)) && clause_at(after + 2) {
            // `said on Monday it would …`: the day is no content either.
            after += 2;
        }
    } else if grammar::is_time_word(view.word(after)) && clause_at(after + 1) {
        // `said Monday it would …` (but in `said Friday, as …` the content is before the source).
        after += 1;
    }
    // `X said Friday.`, `X said in a statement.`: the content is before the source.
    let tail = end.saturating_sub(after);
    let has_that = (after..end.min(after + 8)).any(|k| view.word_eq_ci(k, "that"));
    let short_tail = tail <= 5
        && !has_that
        && (tail == 0
            || grammar::is_time_word(view.word(after))
            || is_preposition(view.word(after))
            || view.is_punct(after, ","));
    if adjacent && (short_tail || view.is_punct(after, ",")) {
        // `…, when a group wrote to the board.`: a subordinate clause reports nothing before it
        // (but `…, as the mayor said` does).
        let link = view.word(source.full.start.wrapping_sub(1));
        if source.full.start > start && Class::ClauseConjunction.has(link) && !link.eq_ignore_ascii_case("as") {
            return None;
        }
        let before = trim_comma(view, start, source.full.start);
        if before < start + MIN_CONTENT && !short_tail {
            // `But, he said, it is risky`: the content follows the parenthesis.
            let content = after + 1..end;
            return (content.len() >= MIN_CONTENT).then_some((content, source));
        }
        let content = if short_tail { start..before } else { start..end };
        return (before >= start + MIN_CONTENT).then_some((content, source));
    }
    while after < end && view.toks[after].kind == TokenKind::Punct && !view.is_punct(after, "“") {
        after += 1;
    }
    let content = after..end;
    (content.len() >= min_content(view, cue)).then_some((content, source))
}

/// The fewest tokens of content for the cue at `cue`: a stance may take a short object
/// (`denied the claims`).
fn min_content(view: &View<'_>, cue: usize) -> usize {
    if view.cue(cue).is_some_and(|c| c.0.class() == CueClass::Stance) { 2 } else { MIN_CONTENT }
}

/// The end of the listener after `told`: `reporters`, `him`, `The Daily Ledger`.
pub(super) fn object_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    let mut to = from;
    let article = ["the", "a", "an"].iter().any(|a| v.word(to).eq_ignore_ascii_case(a));
    if article {
        to += 1;
    }
    let caps = (to..hi.min(to + 5)).take_while(|&k| v.word(k).starts_with(char::is_uppercase)).count();
    if caps > 0 {
        return to + caps;
    }
    // `told reporters`, `told a news conference`, `told the crowd`: the audience.
    let reach = if article { 3 } else { 1 };
    match (to..hi.min(to + reach))
        .take_while(|&k| v.toks[k].kind == TokenKind::Word)
        .find(|&k| Class::Listener.has(v.word(k)))
    {
        // `told a meeting of Pacific leaders that …`: the audience's `of` phrase runs to `that`.
        Some(k) if v.word(k + 1) == "of" => (k + 2..hi.min(k + 8)).find(|&j| v.word_eq_ci(j, "that")).unwrap_or(k + 1),
        Some(k) => k + 1,
        None => from,
    }
}

/// The end of a content range before a source, without the comma that separates them.
pub(super) fn trim_comma(v: &View<'_>, lo: usize, mut end: usize) -> usize {
    while end > lo && (v.is_punct(end - 1, ",") || v.toks[end - 1].kind == TokenKind::Dash) {
        end -= 1;
    }
    end
}

/// A modal verb as written in lower case (`would`, `may`; the month `May` is no modal).
pub(super) fn is_modal(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (Class::ModalVerb.has(w) || ["will", "would", "shall"].contains(&w))
}

/// Prepositions that open a phrase of time or place after a cue.
pub(super) fn is_preposition(w: &str) -> bool {
    Class::AdverbialOpener.has(w)
}
