//! Speakers and sources tied to the article's entities: by a mention they overlap, else by a
//! surname only one entity has.

use rustc_hash::FxHashMap;

use super::grammar;
use crate::lexicon::{self, Class};
use crate::model::{Entity, EntityId, EntityKind};
use crate::span::Span;

/// Entity mentions sorted for lookups by position, and surnames for lookups by name.
pub(super) struct Resolver {
    /// Every mention: its span, entity and the entity's kind, by start.
    mentions: Vec<(Span, EntityId, EntityKind)>,
    /// The last word of each name and alias, with the entity when only one has it.
    surnames: FxHashMap<String, Option<EntityId>>,
    /// The longest mention, in bytes, to bound overlap lookups.
    longest: usize,
    /// The kind of each entity, by id.
    kinds: FxHashMap<EntityId, EntityKind>,
    /// The people the text gives a gender by a title (`Mr.`, `Ms.`, [`Resolver::with_genders`]) or by
    /// a pronoun for them ([`Resolver::note_gender`]), by id.
    genders: FxHashMap<EntityId, Gender>,
}

/// A person's gender, as a title before their name tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

impl Resolver {
    /// Indexes the mentions and names of `entities`.
    pub(super) fn new(entities: &[Entity<'_>]) -> Resolver {
        let mut mentions = Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        let mut surnames: FxHashMap<String, Option<EntityId>> = FxHashMap::default();
        for e in entities {
            mentions.extend(e.mentions.iter().map(|m| (m.span, e.id, e.kind)));
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                if let Some(last) = last_name_word(name) {
                    surnames
                        .entry(last.to_string())
                        .and_modify(|id| {
                            if *id != Some(e.id) {
                                *id = None;
                            }
                        })
                        .or_insert(Some(e.id));
                }
            }
        }
        // In the order a stable sort by span gives: mentions with the same span come in entity
        // order, which is id order, and two of one entity with the same span are the same
        // mention. Sorted so by radix on the start, a few passes over the mentions.
        crate::radix::sort_by_offset(&mut mentions, |m| m.0.start, |m| (m.0.end, m.1.0));
        let longest = mentions.iter().map(|m| m.0.len()).max().unwrap_or(0);
        let kinds = entities.iter().map(|e| (e.id, e.kind)).collect();
        Resolver { mentions, surnames, longest, kinds, genders: FxHashMap::default() }
    }

    /// Reads the gender of each person from the titles before their mentions in `text` (`Mr. Lee`,
    /// `Mrs Lee`); a person named with titles of both is left without one.
    pub(super) fn with_genders(mut self, text: &str) -> Resolver {
        let mut genders: FxHashMap<EntityId, Option<Gender>> = FxHashMap::default();
        for &(span, id, kind) in &self.mentions {
            if kind != EntityKind::Person {
                continue;
            }
            let mut lo = span.start.saturating_sub(12);
            while !text.is_char_boundary(lo) {
                lo -= 1;
            }
            let before = text.get(lo..span.start).unwrap_or("");
            let inside = span.as_str(text);
            let first = inside.split([' ', '.']).next().unwrap_or("");
            let prev = before.trim_end().trim_end_matches('.').rsplit([' ', '\n']).next().unwrap_or("");
            let gender = [first, prev].into_iter().find_map(|w| {
                if Class::MaleTitle.has_as_written(w) {
                    Some(Gender::Male)
                } else if Class::FemaleTitle.has_as_written(w) {
                    Some(Gender::Female)
                } else {
                    None
                }
            });
            if let Some(g) = gender {
                genders.entry(id).and_modify(|old| *old = old.filter(|&o| o == g)).or_insert(Some(g));
            }
        }
        self.genders = genders.into_iter().filter_map(|(id, g)| Some((id, g?))).collect();
        self
    }

    /// Notes that the text calls person `id` by a pronoun of gender `g` (`“…,” said Ann Lee. “…,” she
    /// said.`), unless it gave them the other gender already.
    pub(super) fn note_gender(&mut self, id: EntityId, g: Gender) {
        self.genders.entry(id).or_insert(g);
    }

    /// The gender the text gives a person by a title or a pronoun, if any.
    pub(super) fn gender_of(&self, id: EntityId) -> Option<Gender> {
        self.genders.get(&id).copied()
    }

    /// The mentions that start before byte `at`, nearest first, a bounded number of them.
    pub(super) fn mentions_before(&self, at: usize) -> impl Iterator<Item = &(Span, EntityId, EntityKind)> {
        let to = self.mentions.partition_point(|m| m.0.start < at);
        self.mentions[..to].iter().rev().take(64)
    }

    /// The mentions that start inside `span`, in order, a bounded number of them.
    pub(super) fn mentions_in(&self, span: Span) -> impl Iterator<Item = &(Span, EntityId, EntityKind)> {
        let from = self.mentions.partition_point(|m| m.0.start < span.start);
        self.mentions[from..].iter().take_while(move |m| m.0.start < span.end).take(64)
    }

    /// Ties a mention (its span and surface text) to an entity: the entity with a mention
    /// overlapping the span wins (the earliest such mention); otherwise the entity whose name or
    /// alias ends with the mention's last capitalized word, when only one does.
    pub(super) fn resolve(&self, span: Span, text: &str) -> Option<EntityId> {
        let to = self.mentions.partition_point(|m| m.0.start < span.end);
        let from = self.mentions.partition_point(|m| m.0.start + self.longest < span.start);
        // The earliest overlapping mention, looking at a bounded number of candidates.
        let window = &self.mentions[from.max(to.saturating_sub(64)).min(to)..to];
        // A place speaks only as the whole phrase (`Moscow said`, for its government), never as
        // a word of a description (`the New Hampshire senator`, `a trader from Ohio`).
        let whole = |m: &Span| m.end == span.end && m.start <= span.start + "the ".len();
        let mut overlapping = window.iter().filter(|m| m.0.overlaps(span) && (m.2 != EntityKind::Place || whole(&m.0)));
        if let Some(m) = overlapping.next() {
            // `Clinton spokesman Jesse Lehrich`: a person named after another and a role is the one
            // speaking.
            let gap = |later: &Span| text.get(m.0.end.checked_sub(span.start)?..later.start.checked_sub(span.start)?);
            // (`European Commission President Ursula von der Leyen`: a capitalized title too.)
            // (`Labour's shadow transport secretary Louise Haigh`: the possessor's role, a word longer.)
            let role_between = |g: &str| {
                let g = g.trim();
                let (g, most) = match strip_possessive(g) {
                    Some(role) => (role.trim_start(), 4),
                    None => (g, 3),
                };
                let words = g.split(' ').count();
                // (`Nordco’s Ms. Lee`: the owner's person, with no role between.)
                (g.is_empty() && most == 4)
                    || !g.is_empty()
                        && words <= most
                        && g.split(' ').all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                        && !g.split(' ').any(|w| Class::Connector.has(w) || Class::ClauseConjunction.has(w))
            };
            let named_after = overlapping
                .filter(|later| later.2 == EntityKind::Person && later.0.start >= m.0.end)
                .find(|later| gap(&later.0).is_some_and(role_between));
            if let Some(later) = named_after {
                return Some(later.1);
            }
            // `Lee’s lawyers`, `a senior Lee adviser`: a name that owns or modifies the noun after
            // it is not the one speaking (an organization's role speaks for it: `a Nordco spokesman`).
            // (`Ann Lee’s` alone is the owner of a noun outside the phrase: `Ann Lee’s claim that`;
            // and the owner of a thing said speaks: `Ann Lee’s letter`.)
            let rest = text.get(m.0.end.saturating_sub(span.start)..).unwrap_or("");
            let owner = strip_possessive(rest).and_then(|r| r.strip_prefix(' ')).is_some_and(names_a_role);
            let modifier = m.2 == EntityKind::Person && rest.strip_prefix(' ').is_some_and(names_a_role);
            return (!owner && !modifier).then_some(m.1);
        }
        // `County records`: a phrase that ends in a common noun is not a name.
        let last = text.split_whitespace().last().unwrap_or("");
        // `a trader from Leeds`: a place after a preposition is not the phrase's head either.
        let before_last = text.split_whitespace().rev().nth(1).unwrap_or("");
        if last.starts_with(char::is_lowercase) {
            return None;
        }
        let id = self.surnames.get(last_name_word(text)?).copied().flatten()?;
        let preposition = Class::SubjectPreposition.has(before_last) && !before_last.eq_ignore_ascii_case("and");
        (!preposition || self.kind_of(id) != Some(EntityKind::Place)).then_some(id)
    }

    /// The first mention of a fitting kind inside `span`, outside quotes.
    pub(super) fn first_in(
        &self,
        span: Span,
        kind: EntityKind,
        quoted: impl Fn(usize) -> bool,
    ) -> Option<(usize, EntityId)> {
        let from = self.mentions.partition_point(|m| m.0.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.0.start < span.end)
            .take(64)
            .find(|m| m.2 == kind && !quoted(m.0.start))
            .map(|m| (m.0.start, m.1))
    }

    /// The kind of an entity.
    pub(super) fn kind_of(&self, id: EntityId) -> Option<EntityKind> {
        self.kinds.get(&id).copied()
    }
}

/// The text after a possessive mark that opens it (`’s`, `'s`, or a plural's `’`), if one does.
fn strip_possessive(text: &str) -> Option<&str> {
    ["’s", "'s", "’", "'"].iter().find_map(|p| text.strip_prefix(p))
}

/// True when `words` are lower-case words that end with a person's role or a body (`office`) that speaks
/// (`senior adviser`, `lawyers`, `campaign`).
fn names_a_role(words: &str) -> bool {
    let mut last = "";
    for w in words.split(' ') {
        let plain = w.chars().all(|c| c.is_alphabetic() || c == '-') && !grammar::is_stop(w);
        if !w.starts_with(char::is_lowercase) || !plain || grammar::is_connector(w) || grammar::is_determiner(w) {
            return false;
        }
        last = w;
    }
    let singular = last.strip_suffix("ies").map(|s| format!("{s}y"));
    let forms = [Some(last), last.strip_suffix('s'), singular.as_deref()];
    forms.into_iter().flatten().any(|w| w.len() > 2 && lexicon::classes(w).has_any(&[Class::RoleNoun, Class::OrgHead]))
}

/// The last capitalized word of a name, without a possessive `’s` or a title.
fn last_name_word(name: &str) -> Option<&str> {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
        })
        .rfind(|w| w.starts_with(char::is_uppercase) && !grammar::pronoun(w))
}
