//! The small grammar of speech reports: cue verbs and the noun phrases that name a speaker.
//!
//! It works on the word tokens of one paragraph. Scans are bounded by a fixed
//! number of tokens, so the whole pass stays linear in the length of the text.

use std::ops::Range;

use crate::context::ClassesOf;
use crate::lexicon::{self, Class, Classes};
use crate::model::CueClass;
use crate::token::{Token, TokenKind};

/// The longest noun phrase, in tokens, taken as a speaker.
const MAX_NP: usize = 12;
/// The longest appositive (`, a senior adviser to the mayor,`), in tokens.
const MAX_APPOSITIVE: usize = 40;

/// The tokens of one paragraph and the text they point into.
#[derive(Clone, Copy)]
pub(crate) struct View<'t> {
    /// The whole text.
    pub text: &'t str,
    /// The paragraph's tokens.
    pub toks: &'t [Token],
    /// The lexicon classes of each token ([`crate::context::Context::word_classes`]).
    pub classes: ClassesOf<'t>,
    /// The text of each token ([`words_of`]), by the same index.
    pub words: &'t [&'t str],
}

/// Fills `out` with the text of each of `toks`, by index. The grammar reads the words around
/// each cue again and again (a few hundred thousand times on a 500 KB document): each token is
/// sliced out of the text, and its character boundaries checked, once.
pub(crate) fn words_of<'a>(text: &'a str, toks: &[Token], out: &mut Vec<&'a str>) {
    out.clear();
    out.extend(toks.iter().map(|t| t.span.as_str(text)));
}

/// How a cue verb reports speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Reports words (`said`, `told`, `wrote`, `argued`).
    Say,
    /// Names a thing with quoted words (`called … “a disaster”`, `hailed … as`).
    Name,
    /// Reports news or a disclosure (`reported`, `revealed`); only for attributions.
    Report,
    /// Takes a position (`denied`, `endorsed`, `criticized`).
    Stance,
    /// Holds a belief, hope or plan (`believes`, `hopes`, `are concerned that`); only for attributions.
    Belief,
    /// States a finding (`found`, `records show`); only for attributions.
    Evidence,
}

impl Cue {
    /// The class an attribution with this cue reports.
    pub fn class(self) -> CueClass {
        match self {
            Cue::Say | Cue::Report => CueClass::Speech,
            Cue::Name | Cue::Stance => CueClass::Stance,
            Cue::Belief => CueClass::Belief,
            Cue::Evidence => CueClass::Evidence,
        }
    }
}

/// A noun phrase naming a speaker: its head and, with any appositive, its full extent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    /// The name itself (`Ivo Banic`, `he`, `port officials`).
    pub head: Range<usize>,
    /// The head with its appositive (`Ivo Banic, a senior adviser to the mayor`).
    pub full: Range<usize>,
}

impl<'t> View<'t> {
    /// The text of token `i`, or `""` past the end.
    pub fn word(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The lexicon classes of token `i` (none past the end).
    pub fn classes_at(&self, i: usize) -> Classes {
        self.classes.get(i)
    }

    /// The lexicon classes of the text of token `i`: those kept for a word, looked up for any
    /// other token (a mark may be listed too), as `lexicon::classes` would give them.
    fn token_classes(&self, i: usize) -> Classes {
        if self.is_word(i) { self.classes_at(i) } else { lexicon::classes(self.word(i)) }
    }

    /// True when token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// True when token `i` is the punctuation mark `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            matches!(t.kind, TokenKind::Punct | TokenKind::Dash) && t.span.len() == p.len() && self.word(i) == p
        })
    }

    /// True when token `i` is `w`, ignoring ASCII case: the lengths are compared before the token
    /// is sliced out of the text.
    pub fn word_eq_ci(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.span.len() == w.len() && self.word(i).eq_ignore_ascii_case(w))
    }

    /// True when token `i` is a word starting with a capital letter.
    /// A short bracket after a name, such as the party tag in `Sen. Ann Lee (D-Ore.)`: the index past it.
    fn party_tag(&self, at: usize, hi: usize) -> Option<usize> {
        if !self.is_punct(at, "(") {
            return None;
        }
        (at + 1..hi.min(at + 10)).find(|&k| self.is_punct(k, ")")).map(|k| k + 1)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).starts_with(char::is_uppercase)
    }

    /// The cue verb at token `i` and how many tokens it takes (`according to` takes two).
    pub fn cue(&self, i: usize) -> Option<(Cue, usize)> {
        if !self.is_word(i) {
            return None;
        }
        // Most words open no cue: only a word of a cue class or the first word of one of the
        // phrases below can, which rules the rest out before any other test (on the word's
        // bytes: it is sliced out as a `str` only then).
        let classes = self.classes_at(i);
        let bytes = self.toks.get(i).and_then(|t| self.text.as_bytes().get(t.span.start..t.span.end));
        if !(classes.has_any(CUE_CLASSES) || opens_phrase_cue(bytes.unwrap_or_default())) {
            return None;
        }
        let w = self.word(i);
        if let Some(n) = self.according(i) {
            return Some((Cue::Say, n));
        }
        // `the statement read: “…”`, `“…,” the sign reads.`, but not `read a newspaper aloud`.
        let next = self.word(i + 1);
        if one_of(w, &["read", "reads"]) && self.is_word(i + 1) && !next.eq_ignore_ascii_case("in") {
            return None;
        }
        // `DOCTORS DON’T WANT TO …`: a heading in capitals reports nothing.
        if w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // `called for new talks`, `calls on the board`: a stance, not a name given.
        if classes.has(Class::NamingVerb)
            && starts_ci(w, "call")
            && (next.eq_ignore_ascii_case("for") || next.eq_ignore_ascii_case("on"))
        {
            return Some((Cue::Stance, 2));
        }
        // `talked about the plan`, `spoke of a crisis`, `pushed for a vote`, `voted against it`.
        // Only when the next word can make a two-word cue: most words go no further.
        let pair = one_of(next, &["about", "of", "out", "for", "against"]);
        let starts = |p: &str| starts_ci(w, p);
        let about = pair
            && ((one_of(next, &["about", "of"]) && (starts("talk") || starts("spo") || starts("speak")))
                || (starts("point") && next.eq_ignore_ascii_case("out")));
        let stance = pair
            && ((starts("push") && next.eq_ignore_ascii_case("for"))
                || (starts("press") && next.eq_ignore_ascii_case("for"))
                || (starts("vot") && one_of(next, &["for", "against"])));
        let verb_form = ends_ci(w, "ed")
            || ends_ci(w, "ing")
            || ends_ci(w, "s")
            || w.eq_ignore_ascii_case("spoke")
            || w.eq_ignore_ascii_case("talk");
        if verb_form && (about || stance) && self.is_verb_here(i, i.checked_sub(1).map_or("", |p| self.word(p))) {
            return Some((if about { Cue::Say } else { Cue::Stance }, 2));
        }
        // `as Ann Lee put it`.
        if w.eq_ignore_ascii_case("put") && self.word_eq_ci(i + 1, "it") {
            return Some((Cue::Say, 2));
        }
        // `added the winner`, `added 71,000 jobs`, `added two goals`: `add` with an object adds a thing.
        if starts_ci(w, "add") && w.len() <= 6 && self.adds_a_thing(i + 1) {
            return None;
        }
        let prev = i.checked_sub(1).map_or("", |p| self.word(p));
        if let Some(c) = cue_of(classes) {
            return self.is_verb_here(i, prev).then_some((c, 1));
        }
        // `polls show`, `the data suggest`: verbs that are nouns elsewhere, right after a source.
        if classes.has(Class::EvidencePluralVerb) && role_noun(prev) && self.is_word(i + 1) {
            return Some((Cue::Evidence, 1));
        }
        // `are concerned that`, `is optimistic about`.
        (classes.has(Class::BeliefAdjective)
            && (next.eq_ignore_ascii_case("that") || next.eq_ignore_ascii_case("about")))
        .then_some((Cue::Belief, 1))
    }

    /// True when the words from token `k` are the object of `add` rather than what was said: a
    /// count with no verb soon after (`71,000 jobs`, `two goals`, but `two rivals had quit`), or
    /// a score in a game (`the winner`, `a second goal`, `his third try`).
    fn adds_a_thing(&self, k: usize) -> bool {
        let counted = self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            || lexicon::classes(self.word(k)).has_any(&[Class::NumberUnderTwenty, Class::Tens]);
        let determiner = one_of(self.word(k), &["the", "a", "an", "another", "his", "her", "their", "its"]);
        // A clause follows when a finite verb comes within a few words (`the plan was`, `two would`).
        let clause = (k + 1..k + 5).any(|j| is_verb_start(self.word(j)) || Class::BeForm.has(self.word(j)));
        let score = (k + 1..k + 4).take_while(|&j| self.is_word(j)).any(|j| Class::ScoreNoun.has(self.word(j)));
        !clause && (counted || determiner && score)
    }

    /// A noun that reports what its owner said, believes or found, before a clause with `that`
    /// (`his claim that …`, `fears that …`, `evidence that …`), and the cue it stands for. Not
    /// before a relative clause (`the claim that was made`, `the report that found`).
    pub fn noun_cue(&self, i: usize) -> Option<Cue> {
        if !self.is_word(i) || !self.word_eq_ci(i + 1, "that") || !self.is_word(i + 2) {
            return None;
        }
        let after = self.word(i + 2);
        if is_verb_start(after) || Class::BeForm.has(after) || is_aux_or_adverb(after) || cue_word(after).is_some() {
            return None;
        }
        // `said in a statement that …`: the clause belongs to the verb before the phrase.
        let in_phrase = i >= 2 && is_determiner(self.word(i - 1)) && Class::AdverbialOpener.has(self.word(i - 2));
        if in_phrase {
            return None;
        }
        first_cue(self.classes_at(i), NOUN_CUES)
    }

    /// The owner of the noun at token `noun`, no further back than `lo`: a possessive pronoun
    /// or name, with one modifier between (`his repeated claim`, `Ann Lee’s hope`).
    pub fn owner_of(&self, lo: usize, noun: usize) -> Option<Np> {
        let mut owner = noun.checked_sub(1).filter(|&k| k >= lo)?;
        let owner_word =
            |k: usize| is_possessive(self.word(k)) || one_of(self.word(k), &["his", "her", "their", "its"]);
        if !owner_word(owner) && owner > lo && self.word(owner).starts_with(char::is_lowercase) {
            owner -= 1;
        }
        let w = self.word(owner);
        if one_of(w, &["his", "her", "their", "its"]) {
            return Some(Np { head: owner..owner + 1, full: owner..owner + 1 });
        }
        if !is_possessive(w) || !self.is_capitalized(owner) {
            return None;
        }
        let mut from = owner;
        loop {
            if from > lo && from + 4 > owner && self.is_capitalized(from - 1) && !is_stop(self.word(from - 1)) {
                from -= 1;
            } else if from > lo + 1 && self.is_punct(from - 1, ".") && self.is_title_or_initial(from - 2) {
                // `Ms. Ortiz’s`, `J. Lee’s`.
                from -= 2;
            } else {
                break;
            }
        }
        Some(Np { head: from..owner + 1, full: from..owner + 1 })
    }

    /// True when the cue word at token `i`, after `prev`, stands as a verb: after an article or
    /// a possessive, or before a verb, it is a noun (`his remarks`, `the Senate's attacks`,
    /// `cost estimates were`), and a participle right
    /// after a noun describes the noun (`a tweet attacking the mayor`, `a statement announcing
    /// the pick`) unless it reports words (`a statement saying …`, `a poll showing that …`) or
    /// the noun is a source (`a resolution calling for`, `officials warning`).
    fn is_verb_here(&self, i: usize, prev: &str) -> bool {
        if i == 0 || !self.is_word(i - 1) {
            return true;
        }
        // `the cost estimates were too high`: a verb of its own follows a noun.
        let w = self.word(i);
        let next = self.word(i + 1);
        let plural_subject =
            w.ends_with('s') && !self.is_pronoun(i - 1) && (Class::BeForm.has(next) || is_verb_start(next));
        if is_article_or_possessive(prev) || plural_subject {
            return false;
        }
        let participle = w.len() > 5 && w.ends_with("ing") && !starts_ci(w, "say");
        !participle
            || is_aux_or_adverb(prev)
            || is_adverbish(prev)
            || Class::BeForm.has(prev)
            || self.is_pronoun(i - 1)
            || role_noun(prev)
            || self.word_eq_ci(i + 1, "that")
    }

    /// The length of `according to` or `per` at token `i`, cues that put their source after them.
    pub fn according(&self, i: usize) -> Option<usize> {
        let w = self.word(i);
        if w.eq_ignore_ascii_case("according") && self.word_eq_ci(i + 1, "to") {
            return Some(2);
        }
        (w == "per" && (is_determiner(self.word(i + 1)) || self.is_capitalized(i + 1))).then_some(1)
    }

    /// True when token `i` opens a relative clause after a comma (`who`, `which`, `whose`).
    pub fn is_relative_clause(&self, i: usize) -> bool {
        self.is_word(i) && one_of(self.word(i), &["who", "which", "whose"])
    }

    /// True when token `i` is `who`, which stands for the noun phrase before it.
    pub fn is_relative(&self, i: usize) -> bool {
        self.is_word(i) && self.word_eq_ci(i, "who")
    }

    /// The noun phrase a relative `who` at token `i` stands for, no further back than `lo`.
    pub fn antecedent(&self, lo: usize, i: usize) -> Option<Range<usize>> {
        let end = if i > lo && self.is_punct(i - 1, ",") { i - 1 } else { i };
        self.np_ending(lo, end).filter(|r| !(r.len() == 1 && self.is_relative(r.start)))
    }

    /// True when token `i` is a subject pronoun.
    pub fn is_pronoun(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        // A word with no apostrophe (`’` opens with 0xE2) is its own base: its kept classes tell.
        if w.bytes().any(|b| b == b'\'' || b == 0xE2) {
            pronoun(w)
        } else {
            self.classes_at(i).has(Class::SubjectPronoun)
        }
    }

    /// Skips auxiliaries and adverbs backwards from `end` (exclusive), not below `lo`.
    /// Also skips a time phrase between a subject and its verb (`The Senate on Tuesday rejected`).
    fn skip_aux_back(&self, lo: usize, mut end: usize) -> usize {
        loop {
            while end > lo && self.is_word(end - 1) && is_aux_or_adverb(self.word(end - 1)) {
                end -= 1;
            }
            let mut k = end;
            while k > lo && self.is_word(k - 1) && is_time_word(self.word(k - 1)) {
                k -= 1;
            }
            let time = k < end && k > lo + 1 && Class::AdverbialOpener.has(self.word(k - 1));
            if !time {
                return end;
            }
            end = k - 1;
        }
    }

    /// The noun phrase that ends right before `end` (exclusive), scanning back no further than `lo`.
    fn np_ending(&self, lo: usize, end: usize) -> Option<Range<usize>> {
        if end <= lo {
            return None;
        }
        if self.is_pronoun(end - 1) || self.is_relative(end - 1) {
            return Some(end - 1..end);
        }
        let mut from = end;
        while from > lo && end - from < MAX_NP {
            let i = from - 1;
            let w = self.word(i);
            // `the Senate passed a resolution`: a verb before its object ends the phrase.
            let verb = w.ends_with("ed")
                && w.starts_with(char::is_lowercase)
                && i > lo
                && self.is_word(i - 1)
                && (is_determiner(self.word(i + 1)) || self.is_capitalized(i + 1));
            let ok = match self.toks[i].kind {
                TokenKind::Word => {
                    !self.classes_at(i).has_any(STOP_CLASSES)
                        && !verb
                        && !self.is_pronoun(i)
                        && self.cue(i).is_none()
                        && (!w.eq_ignore_ascii_case("and")
                            || (self.is_capitalized(i + 1) && self.is_capitalized(i.wrapping_sub(1))))
                }
                TokenKind::Number => true,
                // `Mr.`, `U.S.`, `J.`: a period glued to a word.
                TokenKind::Punct if w == "." => i > lo && self.toks[i - 1].span.end == self.toks[i].span.start,
                // `Sen. Ann Lee (D-Ore.)`: a parenthesis after a name.
                TokenKind::Punct if w == ")" && from == end => {
                    match (i.saturating_sub(10).max(lo)..i).rev().find(|&k| self.is_punct(k, "(")) {
                        Some(k) if k > lo => {
                            from = k;
                            continue;
                        }
                        _ => false,
                    }
                }
                _ => false,
            };
            if !ok {
                break;
            }
            from = i;
        }
        // A phrase starts with no preposition or conjunction.
        while from < end && self.is_word(from) && (is_connector(self.word(from)) || is_adverbish(self.word(from))) {
            from += 1;
        }
        (from < end && self.names_someone(from..end)).then_some(from..end)
    }

    /// True when a phrase can name a speaker: a pronoun, a capitalized word or a role noun.
    fn names_someone(&self, r: Range<usize>) -> bool {
        let last = r.end - 1;
        if !matches!(self.toks[last].kind, TokenKind::Word) && !self.is_punct(last, ".") && !self.is_punct(last, ")") {
            return false;
        }
        if self.token_classes(last).has_any(&[Class::Connector, Class::Determiner]) {
            return false;
        }
        // `Let’s …`: an exhortation names no one.
        let first = self.word(r.start);
        if first.chars().count() == 5 && starts_ci(first, "let") && (first.ends_with("’s") || first.ends_with("'s")) {
            return false;
        }
        // `the announcer`, `a Democratic staffer`: a determiner and a noun before a cue.
        if r.len() >= 2 && self.token_classes(r.start).has(Class::Determiner) && self.is_word(last) {
            return true;
        }
        r.clone().any(|i| {
            let named = || {
                let classes = self.token_classes(i);
                !classes.has(Class::Determiner) && !classes.has_any(TIME_WORD_CLASSES)
            };
            (self.is_capitalized(i) && named()) || role_noun(self.word(i)) || self.is_pronoun(i)
        })
    }

    /// The subject of the cue verb at `cue`: a noun phrase, possibly with an appositive
    /// between commas (`X, a Y, said`), ending before it, no further back than `lo`.
    pub fn subject_before(&self, lo: usize, cue: usize) -> Option<Np> {
        let end = self.skip_aux_back(lo, cue);
        // A participle after a comma (`…, saying`) has the clause's subject, not an appositive.
        let participle = self.word(cue).ends_with("ing");
        if end > lo && self.is_punct(end - 1, ",") && !participle {
            // `Ivo Banic, director of the institute, said`.
            let close = end - 1;
            let stop = close.saturating_sub(MAX_APPOSITIVE).max(lo);
            let open = (stop..close).rev().find(|&i| self.is_punct(i, ","))?;
            let mut head = self.np_ending(lo, open)?;
            let head_end = head.end;
            // `Sen. Ann Lee, D-Ore., the ranking member, said`: the party and home town belong to
            // the name before them.
            if head.start > lo + 1 && is_party_home(self.word(head.start)) && self.is_punct(head.start - 1, ",") {
                head = self.np_ending(lo, head.start - 1).filter(|r| self.is_capitalized(r.end - 1))?;
            }
            let clause_start = |start: usize| {
                let before = self.word(start.wrapping_sub(1));
                start == lo
                    || matches!(self.toks[start - 1].kind, TokenKind::Punct | TokenKind::Dash | TokenKind::Quote)
                    || is_adverbish(before)
                    || Class::ClauseConjunction.has(before)
            };
            let at_clause_start = clause_start(head.start);
            let relative = self.is_relative_clause(open + 1);
            // `Ana Ruiz, president of the teachers' union, which represents …, said`: the clause
            // describes the appositive, and the name before the appositive is the subject.
            let named = (relative && head_end == open && head.start > lo + 1 && self.is_punct(head.start - 1, ","))
                .then(|| self.np_ending(lo, head.start - 1))
                .flatten()
                .filter(|name| {
                    self.is_capitalized(name.start) && self.is_capitalized(name.end - 1) && clause_start(name.start)
                });
            if let Some(name) = named {
                return Some(Np { full: name.start..open, head: name });
            }
            let cue_inside = !relative && (open..close).any(|i| self.cue(i).is_some_and(|(c, _)| c == Cue::Say));
            // `The ministry, which runs the ports,` and `Ann Lee, during a visit to Oslo,`: the
            // subject is the head; a relative clause or a phrase of time or place describes no one.
            let aside = relative || Class::AdverbialOpener.has(self.word(open + 1));
            let full = if aside { head.clone() } else { head.start..close };
            return (head_end == open && at_clause_start && !cue_inside).then_some(Np { full, head });
        }
        let head = self.np_ending(lo, end);
        if let Some(np) = self.subject_with_phrases(lo, end, head.as_ref()) {
            return Some(np);
        }
        let head = head?;
        // `The council issued a statement calling …`: a participle after an object has the
        // subject of the verb before that object.
        let verb = self.word(head.start.wrapping_sub(1));
        if participle && head.start > lo + 1 && verb.ends_with("ed") && verb.starts_with(char::is_lowercase) {
            if let Some(np) = self.nearest_subject(lo, head.start - 1) {
                return Some(np);
            }
        }
        // `in a later interview said`: the object of a preposition is never the subject.
        let before = self.word(head.start.wrapping_sub(1));
        let object = head.start > lo
            && !participle
            && (Class::AdverbialOpener.has(before) || Class::SubjectPreposition.has(before))
            && !Class::ClauseConjunction.has(before);
        (!object).then_some(Np { full: head.clone(), head })
    }

    /// `Experts on trade and farm policy said`: a subject whose head (a role noun or a name) is
    /// followed by prepositional phrases up to the verb at `end`, from the start of its clause.
    /// Tried when the phrase right before the verb names no one or follows a preposition.
    fn subject_with_phrases(&self, lo: usize, end: usize, near: Option<&Range<usize>>) -> Option<Np> {
        let linker = |k: usize| Class::SubjectPreposition.has(self.word(k));
        if near.is_some_and(|r| r.start == lo || !linker(r.start - 1)) {
            return None;
        }
        let mut from = end;
        while from > lo && end - from < 2 * MAX_NP {
            let k = from - 1;
            let glued_period = self.is_punct(k, ".") && k > lo && self.toks[k - 1].span.end == self.toks[k].span.start;
            let word = self.is_word(k) && self.cue(k).is_none() && !pronoun(self.word(k));
            if !(glued_period || word && (!is_stop(self.word(k)) || linker(k) || is_determiner(self.word(k)))) {
                break;
            }
            from = k;
        }
        let before = self.word(from.wrapping_sub(1));
        let clause_start = from == lo
            || matches!(self.toks[from - 1].kind, TokenKind::Punct | TokenKind::Dash)
            || Class::ClauseConjunction.has(before)
            || is_adverbish(before);
        // The head runs to the first preposition and must name someone.
        let head_end = (from..end).find(|&k| linker(k) && !self.word_eq_ci(k, "and"))?;
        let ok = clause_start
            && head_end > from
            && self.is_word(from)
            && !linker(from)
            && self.names_someone(from..head_end);
        ok.then_some(Np { head: from..head_end, full: from..end })
    }

    /// The noun phrase starting at `from` (`said Ivo Banic, a senior adviser`),
    /// not reaching `hi`, with an appositive when a comma follows it.
    pub fn np_after(&self, from: usize, hi: usize) -> Option<Np> {
        if from >= hi {
            return None;
        }
        if self.is_pronoun(from) {
            return Some(Np { head: from..from + 1, full: from..from + 1 });
        }
        let head = from..self.head_end(from, hi);
        if head.is_empty() || !self.names_someone(head.clone()) {
            return None;
        }
        let after = self.party_tag(head.end, hi).unwrap_or(head.end);
        // `one manager of a mill that makes paper`: a relative clause with no comma.
        if one_of(self.word(after), &["who", "that"]) && self.is_word(after + 1) && !self.is_pronoun(after + 1) {
            let mut end = (after..hi.min(after + MAX_APPOSITIVE)).find(|&k| self.is_punct(k, ",")).unwrap_or(hi);
            while end > after && self.toks[end - 1].kind == TokenKind::Punct {
                end -= 1;
            }
            return Some(Np { head, full: from..end });
        }
        let end = self.appositive_end(after, hi).unwrap_or(after);
        Some(Np { head, full: from..end })
    }

    /// The end of the name that starts at `from`: words that are no clause word, cue or time word,
    /// numbers, and the periods of titles and initials, without trailing connectors or determiners.
    fn head_end(&self, from: usize, hi: usize) -> usize {
        let mut to = from;
        while to < hi && to - from < MAX_NP {
            let w = self.word(to);
            // `one of those advisers`: a demonstrative after `of` stays in the phrase.
            let after_of = to > from && self.word_eq_ci(to - 1, "of");
            let demonstrative = after_of && one_of(w, &["those", "these"]);
            let in_name = match self.toks[to].kind {
                TokenKind::Word => {
                    (!is_stop(w) || demonstrative)
                        && self.cue(to).is_none()
                        && !is_time_word(w)
                        && !w.eq_ignore_ascii_case("in")
                }
                TokenKind::Number => true,
                TokenKind::Punct => {
                    w == "."
                        && to > from
                        && to + 1 < hi
                        && (self.is_title_or_initial(to - 1)
                            || (self.is_capitalized(to + 1) && self.word(to - 1).chars().count() <= 4))
                }
                _ => false,
            };
            if !in_name {
                break;
            }
            to += 1;
        }
        while to > from && (is_connector(self.word(to - 1)) || is_determiner(self.word(to - 1))) {
            to -= 1;
        }
        // `a report released on Thursday by …`: a participle after the noun opens a description.
        let last = self.word(to.wrapping_sub(1));
        if to > from + 1 && last.ends_with("ed") && last.starts_with(char::is_lowercase) {
            to -= 1;
        }
        to
    }

    /// The end of an appositive set off by the comma at `comma` (`, a lawyer for the group`): the
    /// next comma or the end of the sentence, keeping a state after a place (`Yuma, Ariz.,`)
    /// and a relative clause. `None` when no appositive opens there.
    fn appositive_end(&self, comma: usize, hi: usize) -> Option<usize> {
        // `, who spoke on the condition of anonymity`: a relative clause is no part of the description;
        // `, and said …`: nor is a second clause.
        let opens = self.is_word(comma + 1)
            && !is_stop(self.word(comma + 1))
            && !self.is_relative_clause(comma + 1)
            && !one_of(self.word(comma + 1), &["and", "or", "nor"]);
        if !self.is_punct(comma, ",") || !opens {
            return None;
        }
        let mut end = comma + 1;
        // The comma before a relative clause kept in the description.
        let mut relative_at = None;
        while end < hi && end - comma < MAX_APPOSITIVE && self.toks[end].kind != TokenKind::Quote {
            let state = self.is_capitalized(end + 1)
                && (self.is_punct(end + 2, ".")
                    || end + 2 >= hi
                    || (self.is_capitalized(end + 2) && (self.is_punct(end + 3, ",") || end + 3 >= hi)));
            let relative = one_of(self.word(end + 1), &["who", "which", "whose"]);
            if self.is_punct(end, ",") && !state && !relative {
                break;
            }
            if self.is_punct(end, ",") && relative {
                relative_at = Some(end);
            }
            end += 1;
        }
        // `, who rates the firm a “hold.”`: a relative clause cut short by quoted words stays out.
        let cut = self.toks.get(end).is_some_and(|t| t.kind == TokenKind::Quote) && self.is_word(end - 1);
        if let Some(at) = relative_at.filter(|_| cut) {
            end = at;
        }
        while end > comma + 1
            && matches!(self.word(end - 1), "." | ",")
            && !self.is_title_or_initial(end.saturating_sub(2))
        {
            end -= 1;
        }
        (end > comma + 1).then_some(end)
    }

    /// True when token `i` is a title (`Mr`, `Sen`) or an initial (`J`) before a period.
    fn is_title_or_initial(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_capitalized(i) && (w.chars().count() == 1 || is_title(w) || w.contains('.'))
    }

    /// The subject at the start of a clause from `lo`, skipping a leading conjunction:
    /// the noun phrase that ends before the first auxiliary or verb-like stop word.
    pub fn clause_subject(&self, lo: usize, hi: usize) -> Option<Np> {
        let mut from = lo;
        while from < hi && self.is_word(from) && is_adverbish(self.word(from)) {
            from += 1;
        }
        // `In August, …`: a leading phrase set off by a comma.
        if self.is_word(from) && (is_connector(self.word(from)) || is_stop(self.word(from))) {
            if let Some(k) = (from..hi.min(from + 7)).find(|&k| self.is_punct(k, ",")) {
                from = k + 1;
            }
        }
        if self.is_pronoun(from) {
            return Some(Np { head: from..from + 1, full: from..from + 1 });
        }
        let mut to = from;
        let is_verb = |i: usize| {
            let w = self.word(i);
            is_aux_or_adverb(w) || self.cue(i).is_some() || (w.ends_with("ed") && w.starts_with(char::is_lowercase))
        };
        while to < hi && to - from < MAX_NP && self.is_word(to) {
            let w = self.word(to);
            if is_stop(w) || (to > from && is_verb(to)) {
                break;
            }
            to += 1;
        }
        // `A federal court on Friday blocked …`: a time phrase may stand before the verb.
        let mut verb_at = to;
        if is_time_word(self.word(verb_at)) {
            verb_at += 1;
        } else if one_of(self.word(verb_at), &["on", "in", "late", "early"]) && is_time_word(self.word(verb_at + 1)) {
            verb_at += 2;
        }
        let stop_ok = verb_at < hi && self.is_word(verb_at) && is_verb(verb_at);
        (to > from && stop_ok && (self.is_pronoun(from) || self.names_someone(from..to)))
            .then_some(Np { head: from..to, full: from..to })
    }

    /// The subject of the clause from `lo` when it names someone, whatever its verb:
    /// a pronoun, or a phrase whose last word is a name or a role noun, before a lower-case verb.
    pub fn clause_speaker(&self, lo: usize, hi: usize) -> Option<Np> {
        let mut from = lo;
        while from < hi && self.is_word(from) && is_adverbish(self.word(from)) {
            from += 1;
        }
        // `Facing criticism, Mr. Lane …`: a participle opening the clause names no one.
        if self.word(from).ends_with("ing") && self.word(from + 1).starts_with(char::is_lowercase) {
            return None;
        }
        if self.is_word(from) && opens_phrase(self.word(from)) {
            // A clause that opens with a preposition has its subject after the phrase's comma.
            from = (from..hi.min(from + 16)).find(|&k| self.is_punct(k, ","))? + 1;
        }
        if self.is_pronoun(from) && !matches!(self.word(from), "you" | "You") {
            // An `it` that stands for a speaker does something; `it is`, `it would` are empty.
            let next = self.word(from + 1);
            let empty =
                matches!(self.word(from), "it" | "It") && (Class::DummyItVerb.has(next) || !self.is_word(from + 1));
            if !empty {
                return Some(Np { head: from..from + 1, full: from..from + 1 });
            }
        }
        let mut to = from;
        while to < hi && to - from < MAX_NP {
            let w = self.word(to);
            // `Labour leadership front-runner Ana Ruiz`: lower-case modifiers inside a name.
            let modifier = !w.ends_with('s') && !w.ends_with("ed") && !is_stop(w) && !is_connector(w);
            let before_name = to > from
                && self.is_word(to)
                && modifier
                && (self.is_capitalized(to + 1)
                    || (self.is_word(to + 1)
                        && !is_stop(self.word(to + 1))
                        && !is_connector(self.word(to + 1))
                        && self.is_capitalized(to + 2)));
            // `the billionaire real estate mogul`: modifiers before a role noun.
            let before_role = self.is_word(to)
                && !is_stop(w)
                && (1..=2).any(|d| {
                    role_noun(self.word(to + d)) && (to + 1..=to + d).all(|j| self.is_word(j) && !is_stop(self.word(j)))
                });
            // `A federal court on Friday blocked …`: a day or month ends the phrase.
            let time_next = is_time_word(self.word(to + 1));
            // `the November vote`: a month after a determiner names no one (`June Lee` may).
            let month = to > from && is_determiner(self.word(to - 1)) && self.token_classes(to).has(Class::Month);
            let ok = (self.is_capitalized(to)
                && !pronoun(w)
                && !is_stop(w)
                && !is_adverbish(w)
                && !is_time_word(w)
                && !month)
                || before_name
                || before_role
                || (self.is_word(to) && (is_determiner(w) || role_noun(w)))
                || (self.is_word(to) && is_connector(w) && self.is_capitalized(to + 1) && !time_next && to > from)
                || (self.is_punct(to, ".") && to > from && self.toks[to - 1].span.end == self.toks[to].span.start);
            if !ok {
                break;
            }
            to += 1;
        }
        let last = to.checked_sub(1)?;
        let head_ok =
            to > from && (self.is_capitalized(last) && !is_determiner(self.word(last)) || role_noun(self.word(last)));
        let head = from..to;
        let mut full = head.clone();
        if let Some(end) = self.party_tag(to, hi) {
            to = end;
            full = from..to;
        }
        // `Another critic, Ann Lee, likened …`: an appositive between commas.
        if self.is_punct(to, ",") {
            if let Some(k) = (to + 1..hi.min(to + MAX_APPOSITIVE)).find(|&k| self.is_punct(k, ",")) {
                if k > to + 1 {
                    full = from..k;
                    to = k + 1;
                }
            }
        }
        let verb_next = self.is_word(to) && self.word(to).starts_with(char::is_lowercase) && !is_stop(self.word(to))
            || self.is_word(to) && is_aux_or_adverb(self.word(to));
        // `Chinese goods waved`: a noun, not a verb, follows the name when a verb follows it.
        let w2 = self.word(to + 1);
        let noun_next = self.is_word(to + 1)
            && !is_aux_or_adverb(self.word(to))
            && (is_aux_or_adverb(w2) || (w2.ends_with("ed") && w2.starts_with(char::is_lowercase)));
        (verb_next && head_ok && !noun_next).then_some(Np { head, full })
    }

    /// `his claim that “…”`, `Ruiz’s promise of “…”`: the owner of a speech noun shortly before `hi`.
    pub fn possessor_before(&self, lo: usize, hi: usize) -> Option<Np> {
        let floor = lo.max(hi.saturating_sub(8));
        let noun = (floor..hi).rev().find(|&k| self.is_word(k) && speech_noun(self.word(k)))?;
        self.owner_of(lo, noun)
    }

    /// The nearest clause subject before `hi` that names someone: clauses start at `lo`,
    /// after a comma or after a conjunction (`When Ms. Ruiz later referred to …`).
    pub fn nearest_subject(&self, lo: usize, hi: usize) -> Option<Np> {
        let floor = lo.max(hi.saturating_sub(60));
        let mut starts = (floor..hi).rev().filter(|&k| k == lo || self.opens_clause(k - 1));
        let k = starts.find(|&k| self.clause_speaker(k, hi).is_some())?;
        let near = self.clause_speaker(k, hi)?;
        // `Ann Lee, the director of the institute, compared …`: the phrase found may be the
        // appositive of a name whose clause starts before it.
        let outer = starts.next().and_then(|j| self.clause_speaker(j, hi)).filter(|np| np.full.end >= near.full.end);
        Some(outer.unwrap_or(near))
    }

    /// `… doesn't surprise pollster Dan Shaw:`: a name (two capitalized words, or one after a
    /// role noun) that ends the clause from `lo` right before the colon at `colon`, with the role
    /// nouns before it; none after a preposition (`flew to New York:`).
    pub fn name_before_colon(&self, lo: usize, colon: usize) -> Option<Np> {
        let mut from = colon;
        while from > lo && (self.is_capitalized(from - 1) || self.is_punct(from - 1, ".") && from - 1 > lo) {
            from -= 1;
        }
        while from < colon && !self.is_word(from) {
            from += 1;
        }
        let names = (from..colon).filter(|&k| self.is_capitalized(k)).count();
        let mut start = from;
        while start > lo && self.is_word(start - 1) && role_noun(self.word(start - 1)) {
            start -= 1;
        }
        let before = self.word(start.wrapping_sub(1));
        let after_preposition = start > lo && (Class::AdverbialOpener.has(before) || is_connector(before));
        // (A name that is the whole clause is a signature: `Jane Ruiz, The Daily Ledger: “…”`.)
        let named = names >= 2 || names == 1 && start < from;
        let ends_clause = start > lo;
        (named && ends_clause && !after_preposition && !self.is_pronoun(from))
            .then_some(Np { head: from..colon, full: start..colon })
    }

    /// True when token `i` ends the clause before it: a comma, a dash or a conjunction.
    fn opens_clause(&self, i: usize) -> bool {
        self.is_punct(i, ",")
            || self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Dash)
            || Class::ClauseConjunction.has(self.word(i))
    }
}

/// The word classes of cue verbs and what each reports, in order of precedence.
const VERB_CUES: &[(Class, Cue)] = &[
    (Class::SayVerb, Cue::Say),
    (Class::NamingVerb, Cue::Name),
    (Class::ReportVerb, Cue::Report),
    (Class::StanceVerb, Cue::Stance),
    (Class::BeliefVerb, Cue::Belief),
    (Class::EvidenceVerb, Cue::Evidence),
];

/// Every class whose words [`View::cue`] may take for a cue.
const CUE_CLASSES: &[Class] = &[
    Class::SayVerb,
    Class::NamingVerb,
    Class::ReportVerb,
    Class::StanceVerb,
    Class::BeliefVerb,
    Class::EvidenceVerb,
    Class::EvidencePluralVerb,
    Class::BeliefAdjective,
];

/// How the words that open the phrase cues of [`View::cue`] start (`according to`, `per`,
/// `put it`, `talked about`, `spoke of`, `pointed out`, `pushed for`, `voted against`).
const PHRASE_CUE_STARTS: &[&str] = &["according", "per", "put", "talk", "spo", "speak", "point", "push", "vot"];

/// True when `w` opens with one of [`PHRASE_CUE_STARTS`]: its first letter rules most words out
/// before they are compared with each start.
fn opens_phrase_cue(w: &[u8]) -> bool {
    w.first().is_some_and(|&b| opens_phrase_cue_with(b))
        && PHRASE_CUE_STARTS.iter().any(|p| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes())))
}

/// True when a word opening with byte `b` may open a phrase of [`PHRASE_CUE_STARTS`].
fn opens_phrase_cue_with(b: u8) -> bool {
    const FIRSTS: [bool; 256] = phrase_cue_firsts();
    FIRSTS[usize::from(b.to_ascii_lowercase())]
}

/// The first letters of [`PHRASE_CUE_STARTS`] (all lowercase), marked in a table of bytes.
const fn phrase_cue_firsts() -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < PHRASE_CUE_STARTS.len() {
        table[PHRASE_CUE_STARTS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    table
}

/// The word classes of nouns that report before `that`, and what each reports.
const NOUN_CUES: &[(Class, Cue)] =
    &[(Class::SpeechNoun, Cue::Say), (Class::BeliefNoun, Cue::Belief), (Class::EvidenceNoun, Cue::Evidence)];

/// The cue of the first class in `table` that `classes` holds.
fn first_cue(classes: lexicon::Classes, table: &[(Class, Cue)]) -> Option<Cue> {
    table.iter().find(|(class, _)| classes.has(*class)).map(|&(_, cue)| cue)
}

/// The class of a cue verb; a word in several classes takes the first in `VERB_CUES`.
fn cue_word(w: &str) -> Option<Cue> {
    cue_of(lexicon::classes(w))
}

/// The cue a word of lexicon classes `classes` is.
fn cue_of(classes: lexicon::Classes) -> Option<Cue> {
    first_cue(classes, VERB_CUES)
}

/// The class of a cue as written (`said`, `called for`): what its first word reports.
pub(crate) fn cue_class_of(cue: &str) -> CueClass {
    let first = cue.split_whitespace().next().unwrap_or(cue);
    cue_word(first).map_or(CueClass::Speech, Cue::class)
}

/// True when `w` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_ci(w: &str, prefix: &str) -> bool {
    w.as_bytes().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// True when `w` ends with `suffix`, ignoring ASCII case.
fn ends_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Matches `w` against a list of words, ignoring ASCII case.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Subject pronouns.
pub(crate) fn pronoun(w: &str) -> bool {
    let base = w.split(['’', '\'']).next().unwrap_or(w);
    Class::SubjectPronoun.has(base)
}

/// Auxiliaries and adverbs that stand between a subject and its cue verb.
fn is_aux_or_adverb(w: &str) -> bool {
    Class::AuxiliaryOrAdverb.has(w) || (w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
}

/// Finite verbs that cannot open reported content (`Everything he says is …`).
pub(crate) fn is_verb_start(w: &str) -> bool {
    Class::FiniteAuxiliary.has(w)
}

/// Sentence adverbs and conjunctions that open a clause without being its subject.
pub(crate) fn is_adverbish(w: &str) -> bool {
    Class::ClauseAdverb.has(w) || (w.len() > 4 && w.ends_with("ly"))
}

/// Words that end a noun phrase when scanning: clause words, verbs and prepositions of time.
pub(crate) fn is_stop(w: &str) -> bool {
    lexicon::classes(w).has_any(STOP_CLASSES)
}

/// The classes of [`is_stop`].
const STOP_CLASSES: &[Class] = &[Class::PhraseBreaker, Class::FunctionWord];

/// Prepositions and conjunctions that may join the words of a name but neither open nor close one.
pub(crate) fn is_connector(w: &str) -> bool {
    Class::Connector.has(w)
}

/// Articles and other determiners.
pub(crate) fn is_determiner(w: &str) -> bool {
    Class::Determiner.has(w)
}

/// Names of days and other time words that follow a cue rather than name a speaker.
pub(crate) fn is_time_word(w: &str) -> bool {
    lexicon::classes(w).has_any(TIME_WORD_CLASSES)
}

/// The classes of [`is_time_word`].
const TIME_WORD_CLASSES: &[Class] = &[Class::Weekday, Class::DayWord, Class::TimeAdverb];

/// Prepositions that open a phrase set off by a comma before a clause (`In August, …`).
fn opens_phrase(w: &str) -> bool {
    Class::PhraseOpener.has(w)
}

/// Articles and possessives, after which a word is a noun (`the claims`, `his remarks`).
fn is_article_or_possessive(w: &str) -> bool {
    is_possessive(w) || one_of(w, &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"])
}

/// True for a party letter and a home town or state (`D-Ore.`, `R-Tulsa`), as after a lawmaker's name.
fn is_party_home(w: &str) -> bool {
    matches!(w.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
}

/// True for `Ruiz’s`, `Banic's`.
fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// Nouns for things said, whose owner is their speaker.
fn speech_noun(w: &str) -> bool {
    Class::SpeechNoun.has(w)
}

/// Short titles that stand before a name.
fn is_title(w: &str) -> bool {
    lexicon::classes(w).has_any(&[Class::Title, Class::PlaceAbbreviation])
}

/// Words of a role before a name (`former`, `businessman`, `senior adviser`).
pub(crate) fn is_role_word(w: &str) -> bool {
    role_noun(w) || Class::RoleModifier.has(w)
}

/// Common nouns that name a speaker without a capital letter: a person's role or another source.
fn role_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').filter(|s| s.len() > 3).unwrap_or(w);
    lexicon::classes(w).has_any(&[Class::RoleNoun, Class::SourceNoun])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn view(text: &str) -> Vec<Token> {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        toks
    }

    /// Finds the first cue in `text` and checks the subject phrase before it (head, full).
    fn check_subject(text: &str, expect: Option<(&str, &str)>) {
        let toks = view(text);
        let classes = crate::context::Context::word_classes(text, &toks);
        let mut words = Vec::new();
        words_of(text, &toks, &mut words);
        let v = View { text, toks: &toks, classes: classes.all(), words: &words };
        let cue = (0..toks.len()).find(|&i| v.cue(i).is_some()).expect("a cue");
        let got = v.subject_before(0, cue).map(|np| (slice(&v, np.head), slice(&v, np.full)));
        assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), expect, "{text}");
    }

    /// Checks the phrase after the first token.
    fn check_after(text: &str, expect: Option<(&str, &str)>) {
        let toks = view(text);
        let classes = crate::context::Context::word_classes(text, &toks);
        let mut words = Vec::new();
        words_of(text, &toks, &mut words);
        let v = View { text, toks: &toks, classes: classes.all(), words: &words };
        let got = v.np_after(1, toks.len()).map(|np| (slice(&v, np.head), slice(&v, np.full)));
        assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), expect, "{text}");
    }

    fn slice(v: &View<'_>, r: Range<usize>) -> String {
        let (s, e) = (v.toks[r.start].span.start, v.toks[r.end - 1].span.end);
        v.text[s..e].to_string()
    }

    #[test]
    fn subjects_before_cues() {
        check_subject("the Kremlin said Friday", Some(("the Kremlin", "the Kremlin")));
        check_subject("the deal, Mr. Lane said.", Some(("Mr. Lane", "Mr. Lane")));
        check_subject("he said.", Some(("he", "he")));
        check_subject("Port officials have said that", Some(("Port officials", "Port officials")));
        check_subject(
            "Ann Cole, a researcher at the institute, told reporters",
            Some(("Ann Cole", "Ann Cole, a researcher at the institute")),
        );
        check_subject(
            "with state spokesman Ivan Pak saying",
            Some(("state spokesman Ivan Pak", "state spokesman Ivan Pak")),
        );
        // A relative clause after an appositive describes the appositive: the name before it speaks.
        check_subject(
            "Ann Cole, head of the Kelby Teachers Union, which represents 9,000 teachers, said",
            Some(("Ann Cole", "Ann Cole, head of the Kelby Teachers Union")),
        );
        check_subject("In Kelby, the mayor, who took office in May, said", Some(("the mayor", "the mayor")));
        check_subject("Oslo and Bern said", Some(("Oslo and Bern", "Oslo and Bern")));
        check_subject("The Daily Ledger previously reported.", Some(("The Daily Ledger", "The Daily Ledger")));
        check_subject("the plan is what we said", Some(("we", "we")));
        check_subject("because it is cheap, said", None);
        // A head with its prepositional phrases, from the start of the clause.
        check_subject("Experts on trade and farm policy said", Some(("Experts", "Experts on trade and farm policy")));
        check_subject(
            "Analysts in Oslo and around the region say",
            Some(("Analysts", "Analysts in Oslo and around the region")),
        );
        check_subject("The head of the union said", Some(("The head of the union", "The head of the union")));
        // The object of a preposition is never the subject.
        check_subject("in a later interview said", None);
        // A time phrase between subject and verb is skipped; a verb and its object end the phrase.
        check_subject("The state Senate on Tuesday rejected", Some(("The state Senate", "The state Senate")));
        check_subject("the Senate passed a resolution calling", Some(("the Senate", "the Senate")));
        check_subject("Mr. Dunn posted a video saying", Some(("Mr. Dunn", "Mr. Dunn")));
        check_subject(
            "retired Air Force general Lee Moss said",
            Some(("retired Air Force general Lee Moss", "retired Air Force general Lee Moss")),
        );
    }

    #[test]
    fn phrases_after_cues() {
        check_after("said Ann Cole, a lawyer for the group.", Some(("Ann Cole", "Ann Cole, a lawyer for the group")));
        check_after("said Ann Cole.", Some(("Ann Cole", "Ann Cole")));
        check_after("said Sen. J. Doe on Monday.", Some(("Sen. J. Doe", "Sen. J. Doe")));
        check_after(
            "said a spokeswoman for the ministry.",
            Some(("a spokeswoman for the ministry", "a spokeswoman for the ministry")),
        );
        check_after("said that prices rose.", None);
        check_after("said in an interview.", None);
        check_after("to a report released on Monday.", Some(("a report", "a report")));
    }

    #[test]
    fn cue_words() {
        assert_eq!(cue_word("Said"), Some(Cue::Say));
        assert_eq!(cue_word("hailed"), Some(Cue::Name));
        assert_eq!(cue_word("reported"), Some(Cue::Report));
        // Beliefs, plans and findings report what someone holds, not what they said.
        for w in ["believes", "wants", "plans", "fears", "hoped", "intends"] {
            assert_eq!(cue_word(w), Some(Cue::Belief), "{w}");
        }
        for w in ["shows", "found", "indicated"] {
            assert_eq!(cue_word(w), Some(Cue::Evidence), "{w}");
        }
        for w in ["denied", "endorses", "rejected", "cited"] {
            assert_eq!(cue_word(w), Some(Cue::Stance), "{w}");
        }
        // Nouns and object-taking verbs are not cues: "a TV show", "citing her work".
        for w in ["show", "citing"] {
            assert_eq!(cue_word(w), None, "{w}");
        }
        assert_eq!(cue_word("saidx"), None);
        assert_eq!(cue_word("sa"), None);
    }
}
