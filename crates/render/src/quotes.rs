//! Quotes grouped by speaker, and the sources of reported speech.
//!
//! A speaker or source is shown only when a reader can trust it: a bare pronoun the
//! parser did not resolve, or a place (the town a person spoke in is not the person),
//! says nothing or says something wrong, so those quotes go under "Unattributed" and
//! those sources are left out.

use std::collections::{HashMap, HashSet};

use newsbrief_parser::{Article, Attribution, CueClass, EntityId, EntityKind, QuoteKind, SentenceId, Span};

use crate::briefing::{Part, QuoteGroup, QuoteView, SourceView};
use crate::doc::Doc;
use crate::text::{
    WINDOW, capitalize, ceil_char, collapse, first_words, first_words_end, floor_char, is_pronoun, last_words_start,
    squash,
};

/// Words of context on each side of a partial quote in a long sentence.
const CONTEXT_WORDS: usize = 12;
/// A sentence up to this many bytes is shown whole around its partial quotes.
const WHOLE_SENTENCE: usize = 400;
/// Partial quotes of one speaker closer than this many bytes in a sentence share one entry.
const MERGE_GAP: usize = 200;
/// Quotes in one entry at most.
const MERGE_MAX: usize = 6;
/// An unattributed quote this short is a scare quote: it stays in the text.
const SCARE_WORDS: usize = 4;
/// Words of a direct quote shown; a longer one (often an unclosed quotation mark) is cut.
const QUOTE_WORDS: usize = 90;
/// Words naming a speaker or source are at most this many bytes.
const NAME_BYTES: usize = 120;
/// Words of the reported content shown for a source.
const SAID_WORDS: usize = 22;

/// Possessive pronouns, which leave a speaker's phrase unnamed (`her office`).
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Who a quote or a citation is credited to, as the briefing shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Who {
    Entity(EntityId),
    /// Words naming the speaker, lower-cased (`a ministry spokesman`).
    Words(String),
}

/// Resolves speakers and sources the same way for quotes and citations.
struct Credits<'d, 'a> {
    article: &'d Article<'a>,
    places: HashSet<String>,
    /// People by their full name (two words or more), lower-cased.
    people: HashMap<String, EntityId>,
}

impl<'d, 'a> Credits<'d, 'a> {
    fn new(article: &'d Article<'a>) -> Self {
        let places = article
            .entities_of(EntityKind::Place)
            .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
            .map(|n| squash(n).to_lowercase())
            .collect();
        let people = article
            .entities_of(EntityKind::Person)
            .map(|e| (squash(&e.name).to_lowercase(), e.id))
            .filter(|(n, _)| n.contains(' '))
            .collect();
        Credits { article, places, people }
    }

    /// The one person whose full name a description holds ("The union's leader, Kari
    /// Vold" is Kari Vold), if exactly one does.
    fn person_in(&self, words: &str) -> Option<EntityId> {
        let tokens: Vec<String> = words
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_lowercase())
            .collect();
        let mut found = None;
        for n in 2..=4 {
            for gram in tokens.windows(n) {
                if let Some(&id) = self.people.get(&gram.join(" ")) {
                    if found.is_some_and(|f| f != id) {
                        return None;
                    }
                    found = Some(id);
                }
            }
        }
        found
    }

    /// The source of reported speech: a speaker, or a place standing for its government as
    /// the whole subject (`Moscow said it would not sign`). Quotes are never headed by a place.
    fn source(&self, entity: Option<EntityId>, words: Option<&str>) -> Option<Who> {
        match entity.and_then(|id| self.article.entity(id)) {
            Some(e) if e.kind == EntityKind::Place => {
                let said = squash(words.unwrap_or_default()).to_lowercase();
                let said = said.strip_prefix("the ").unwrap_or(&said);
                let named = std::iter::once(&e.name).chain(&e.aliases).any(|n| squash(n).to_lowercase() == said);
                named.then_some(Who::Entity(e.id))
            }
            _ => self.who(entity, words),
        }
    }

    fn who(&self, entity: Option<EntityId>, words: Option<&str>) -> Option<Who> {
        match entity.and_then(|id| self.article.entity(id)) {
            // A place, or a name the article also uses for a place, is not a speaker to show.
            Some(e) if e.kind == EntityKind::Place || self.places.contains(&squash(&e.name).to_lowercase()) => None,
            Some(e) => Some(Who::Entity(e.id)),
            None => {
                // A name is a few words; a longer phrase is a misreading, not a source to show.
                let words = words.filter(|w| w.len() <= NAME_BYTES)?;
                if let Some(id) = self.person_in(words) {
                    return Some(Who::Entity(id));
                }
                let w = squash(words).to_lowercase();
                // `her office`, `his aides`: whose they are is not said, so they head nothing.
                let owner_unsaid =
                    w.split(' ').next().is_some_and(|first| POSSESSIVES.contains(&first)) && w.contains(' ');
                (!w.is_empty() && !is_pronoun(&w) && !owner_unsaid && !self.places.contains(&w))
                    .then_some(Who::Words(w))
            }
        }
    }

    /// The name and role to show.
    fn name(&self, who: &Who, words: &str) -> (String, String) {
        match who {
            Who::Entity(id) => {
                let e = self.article.entity(*id);
                (
                    e.map(|e| squash(&e.name)).unwrap_or_default(),
                    e.map(|e| crate::briefing::roles(&e.descriptors))
                        .and_then(|r| r.split("; ").next().map(str::to_owned))
                        .unwrap_or_default(),
                )
            }
            Who::Words(_) => (capitalize(&squash(words)), String::new()),
        }
    }
}

/// A quote entry being built: one direct quote, or nearby partial quotes of a sentence.
struct Entry {
    sentence: Option<SentenceId>,
    quotes: Vec<Span>,
    partial: bool,
}

/// Quotes grouped by speaker: the most quoted first, unattributed last.
pub(crate) fn quote_groups(doc: &Doc<'_, '_>) -> Vec<QuoteGroup> {
    let article = doc.article;
    let credits = Credits::new(article);
    let mut order: Vec<(Option<Who>, String)> = Vec::new();
    let mut entries: HashMap<Option<Who>, Vec<Entry>> = HashMap::new();
    for q in article.quotes.iter().filter(|q| doc.in_body(q.span.start)) {
        let who = credits.who(q.speaker, q.speaker_text.as_deref());
        if who.is_none() && q.text.split_whitespace().count() <= SCARE_WORDS {
            continue;
        }
        let partial = q.kind == QuoteKind::Partial;
        let sentence = if partial { article.sentence_at(q.span) } else { None };
        let list = entries.entry(who.clone()).or_insert_with(|| {
            // The words as written, for a speaker named by words only (bounded by `who`).
            let words = match &who {
                Some(Who::Words(_)) => q.speaker_text.as_deref().unwrap_or_default().to_owned(),
                _ => String::new(),
            };
            order.push((who.clone(), words));
            Vec::new()
        });
        match list.last_mut() {
            Some(e)
                if partial
                    && e.partial
                    && e.sentence == sentence
                    && e.quotes.len() < MERGE_MAX
                    && e.quotes.last().is_some_and(|l| q.span.start.saturating_sub(l.end) <= MERGE_GAP) =>
            {
                e.quotes.push(q.span);
            }
            _ => list.push(Entry { sentence, quotes: vec![q.span], partial }),
        }
    }
    let mut groups: Vec<(usize, QuoteGroup)> = order
        .into_iter()
        .enumerate()
        .map(|(first, (who, words))| {
            let quotes: Vec<QuoteView> =
                entries.remove(&who).unwrap_or_default().iter().map(|e| view(doc, e)).collect();
            let (speaker, role) = match &who {
                Some(w) => {
                    let (name, role) = credits.name(w, &words);
                    (Some(name), role)
                }
                None => (None, String::new()),
            };
            (first, QuoteGroup { speaker, role, quotes })
        })
        .collect();
    groups.sort_by_key(|(first, g)| (g.speaker.is_none(), std::cmp::Reverse(g.quotes.len()), *first));
    groups.into_iter().map(|(_, g)| g).collect()
}

fn view(doc: &Doc<'_, '_>, e: &Entry) -> QuoteView {
    let src = doc.text();
    let (first, last) = (e.quotes[0], e.quotes[e.quotes.len() - 1]);
    let anchor = doc.anchor(first.start);
    if !e.partial {
        // A comma that handed the sentence back to the writer does not end a quote shown alone.
        let text = first_words(first.as_str(src).trim_end().trim_end_matches(','), QUOTE_WORDS);
        return QuoteView { parts: vec![Part { text, quoted: true }], partial: false, anchor };
    }
    let sentence = doc.sentence_span(first);
    let (from, until) = (sentence.start.min(first.start), sentence.end.max(last.end));
    let mut parts = Vec::new();
    // The sentence around the quotes: whole when short, else some words on each side.
    let (before, after) = if sentence.len() <= WHOLE_SENTENCE {
        (collapse(&src[from..first.start]), collapse(&src[last.end..until]))
    } else {
        let lo = floor_char(src, first.start.saturating_sub(WINDOW).max(from));
        let hi = ceil_char(src, (last.end + WINDOW).min(until));
        let (start, more_before) = last_words_start(&src[lo..first.start], CONTEXT_WORDS);
        let (end, more_after) = first_words_end(&src[last.end..hi], CONTEXT_WORDS);
        let before = collapse(&src[lo + start..first.start]);
        let after = collapse(&src[last.end..last.end + end]);
        let ellipsis = |more: bool| if more { "…" } else { "" };
        (
            format!("{}{before}", ellipsis(more_before || lo > from)),
            format!("{after}{}", ellipsis(more_after || hi < until)),
        )
    };
    parts.push(Part { text: before.trim_start().to_owned(), quoted: false });
    for (i, q) in e.quotes.iter().enumerate() {
        if i > 0 {
            let gap = Span::new(e.quotes[i - 1].end, q.start.max(e.quotes[i - 1].end));
            parts.push(Part { text: collapse(gap.as_str(src)), quoted: false });
        }
        parts.push(Part { text: collapse(q.as_str(src)), quoted: true });
    }
    parts.push(Part { text: after.trim_end().to_owned(), quoted: false });
    parts.retain(|p| !p.text.is_empty());
    QuoteView { parts, partial: true, anchor }
}

/// Who is cited for reported speech, most cited first; each source's count adds its quotes.
pub(crate) fn sources(doc: &Doc<'_, '_>) -> Vec<SourceView> {
    let article = doc.article;
    let credits = Credits::new(article);
    let mut quotes_by: HashMap<Who, usize> = HashMap::new();
    for q in article.quotes.iter().filter(|q| doc.in_body(q.span.start)) {
        if let Some(w) = credits.who(q.speaker, q.speaker_text.as_deref()) {
            *quotes_by.entry(w).or_default() += 1;
        }
    }
    let mut order: Vec<Who> = Vec::new();
    let mut by: HashMap<Who, SourceView> = HashMap::new();
    // An utterance in quotation marks is shown with the quotes, counted above.
    // A report inside another's words (`the union said 87% of its members had backed the
    // offer`) is the outer source's, cited already.
    let nested = nested_in_another(&article.attributions);
    // Who said what: a stance, a belief or a finding (`agreed`, `plans`, `shows`) is in the
    // model for readers of the JSON, but a source cited here is one who said something.
    let cited =
        |a: &Attribution<'_>| a.quotes.is_empty() && a.cue_class == CueClass::Speech && doc.in_body(a.span.start);
    for a in article.attributions.iter().zip(&nested).filter(|(a, nested)| !**nested && cited(a)).map(|(a, _)| a) {
        let Some(who) = credits.source(a.source, a.source_text.as_deref()) else { continue };
        let entry = by.entry(who.clone()).or_insert_with(|| {
            order.push(who.clone());
            let (name, _) = credits.name(&who, a.source_text.as_deref().unwrap_or_default());
            SourceView {
                name,
                count: quotes_by.get(&who).copied().unwrap_or(0),
                said: first_words(a.span.as_str(doc.text()), SAID_WORDS),
                cue: a.cue.as_deref().map(squash).unwrap_or_default(),
            }
        });
        entry.count += 1;
    }
    let mut out: Vec<SourceView> =
        order.into_iter().filter_map(|w| by.remove(&w)).filter(|s| !s.name.is_empty()).collect();
    out.sort_by_key(|s| std::cmp::Reverse(s.count));
    out
}

/// For each attribution, whether it starts inside another that starts before it: one pass over
/// them in order of start, keeping the furthest end reached so far.
fn nested_in_another(attributions: &[Attribution<'_>]) -> Vec<bool> {
    let mut by_start: Vec<usize> = (0..attributions.len()).collect();
    by_start.sort_by_key(|&i| attributions[i].span.start);
    let mut nested = vec![false; attributions.len()];
    let mut reach = 0;
    for group in by_start.chunk_by(|&a, &b| attributions[a].span.start == attributions[b].span.start) {
        let start = attributions[group[0]].span.start;
        for &i in group {
            nested[i] = start < reach;
        }
        reach = group.iter().map(|&i| attributions[i].span.end).fold(reach, usize::max);
    }
    nested
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str) -> Vec<(Option<String>, Vec<String>)> {
        let a = newsbrief_parser::parse(text);
        quote_groups(&Doc { article: &a, dateline: None, set_aside: &[] })
            .into_iter()
            .map(|g| (g.speaker, g.quotes.iter().map(|q| q.parts.iter().map(|p| p.text.as_str()).collect()).collect()))
            .collect()
    }

    #[test]
    fn partial_quotes_read_as_their_sentence() {
        let got = groups(
            "Mayor backs plan\nThe mayor, Ann Lee, called the plan “a good start” and “long overdue” on Monday.\n",
        );
        let all: Vec<&String> = got.iter().flat_map(|g| &g.1).collect();
        assert_eq!(all.len(), 1, "{got:?}");
        assert_eq!(all[0], "The mayor, Ann Lee, called the plan “a good start” and “long overdue” on Monday.");
    }

    #[test]
    fn a_source_is_cited_for_what_it_said_not_what_it_backed() {
        let text = "Port deal wins backing\nMayor Ann Lee backed the port deal with the rail firm on Monday. \
                    Ms. Lee said the first ships would dock in the spring.\n";
        let a = newsbrief_parser::parse(text);
        let got = sources(&Doc { article: &a, dateline: None, set_aside: &[] });
        let lee = got.iter().find(|s| s.name == "Ann Lee").unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!((lee.count, lee.cue.as_str()), (1, "said"), "{got:?}");
        assert!(lee.said.starts_with("the first ships"), "{got:?}");
        let backed = newsbrief_parser::parse("Port deal wins backing\nMayor Ann Lee backed the port deal on Monday.\n");
        assert!(sources(&Doc { article: &backed, dateline: None, set_aside: &[] }).is_empty());
    }

    #[test]
    fn a_report_inside_another_is_the_outer_source() {
        let text = "Pilots accept offer\nThe union said 87% of its members had backed the offer from the port.\n";
        let a = newsbrief_parser::parse(text);
        let got = sources(&Doc { article: &a, dateline: None, set_aside: &[] });
        let names: Vec<&str> = got.iter().map(|s| s.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.eq_ignore_ascii_case("members")), "{got:?}");
    }

    #[test]
    fn a_place_speaks_for_its_government_only_as_the_subject() {
        let text = "Gas talks stall\nMoscow said on Tuesday it would not sign the gas deal this year. \
                    A trader from Ohio, Ann Lee, said prices would rise before the winter.\n";
        let a = newsbrief_parser::parse(text);
        let got = sources(&Doc { article: &a, dateline: None, set_aside: &[] });
        let names: Vec<&str> = got.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"Moscow"), "{got:?}");
        assert!(!names.contains(&"Ohio"), "{got:?}");
    }

    #[test]
    fn unresolved_pronouns_are_not_speakers() {
        let got = groups("Storm hits coast\n“We lost everything we had in one night,” she said.\n");
        assert!(got.iter().all(|g| g.0.as_deref().is_none_or(|s| !is_pronoun(s))), "{got:?}");
    }

    #[test]
    fn a_description_holding_a_name_is_that_person() {
        let got = groups(
            "Port talks stall\nThe union’s leader, Kari Vold, walked out on Monday. “We are done here,” the union’s leader, Kari Vold, told reporters.\n",
        );
        assert!(got.iter().any(|g| g.0.as_deref() == Some("Kari Vold")), "{got:?}");
    }

    #[test]
    fn a_phrase_owned_by_a_pronoun_heads_nothing() {
        let got = groups("Port talks stall\nThe minister left early. “We will not sign this year,” her office said.\n");
        assert!(got.iter().all(|g| g.0.is_none()), "{got:?}");
    }

    #[test]
    fn scare_quotes_stay_in_the_text() {
        let got = groups("Markets slide\nThe so-called “miracle” economy slowed sharply in the spring.\n");
        assert!(got.is_empty(), "{got:?}");
    }
}
