//! Quotations and attributions: who said what.
//!
//! The pass runs in three steps over the body paragraphs:
//! 1. `marks` pairs quotation marks into quoted stretches, one per paragraph
//!    piece, telling apostrophes from marks and stopping at paragraph ends;
//! 2. each stretch gets a speaker from the `grammar` of speech reports around
//!    it (`“…,” X said`, `said X, a Y`, `X said: “…”`, `X said that … “…”`), or
//!    keeps the last speaker when it continues an utterance;
//! 3. reported speech without marks (`the Kremlin said Friday`, `according to …`,
//!    `X said that …`) becomes attributions.
//!
//! Speakers and sources are found by grammar; [`resolve`] then ties a mention to
//! an entity of the article when one names it.

mod grammar;
mod marks;

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::context::Context;
use crate::diag::Diagnostic;
use crate::lexicon::Class;
use crate::model::{Attribution, Entity, EntityId, EntityKind, Quote, QuoteKind, Role};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use grammar::{Cue, Np, View};
use marks::Stretch;

/// What the quote pass finds.
#[derive(Debug, Default)]
pub struct Quoted<'a> {
    /// Quotes, in text order.
    pub quotes: Vec<Quote<'a>>,
    /// Reported speech, in text order.
    pub attributions: Vec<Attribution<'a>>,
    /// Unclosed quotation marks and the like.
    pub diagnostics: Vec<Diagnostic>,
}

/// Finds quotes and attributions, resolving speakers to `entities`.
pub fn find<'a>(ctx: &Context<'a, '_>, entities: &[Entity<'a>]) -> Quoted<'a> {
    let text = ctx.text;
    let paras: Vec<(usize, Span, &[Token])> = ctx
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.role, Role::Body | Role::Headline))
        .map(|(i, p)| (i, p.span, ctx.tokens_in(p.span)))
        .collect();
    let stretches = marks::stretches(text, &paras);
    let mut pass = Pass {
        text,
        resolver: Resolver::new(entities),
        stretches: &stretches,
        last: None,
        origin: Vec::new(),
        colon: None,
        out: Quoted::default(),
    };
    let mut next = 0;
    for &(pi, _, toks) in &paras {
        let from = next;
        while next < stretches.len() && stretches[next].paragraph == pi {
            next += 1;
        }
        let sentences: Vec<Span> = ctx.paragraphs[pi].sentences.iter().map(|s| s.span).collect();
        let body = ctx.paragraphs[pi].role == Role::Body;
        pass.paragraph(pi, toks, &sentences, &stretches[from..next], body);
    }
    pass.fill_back();
    pass.out
}

/// Ties a mention (its span and surface text) to an entity of the article.
///
/// The entity with a mention overlapping the span wins (the earliest such
/// mention); otherwise the entity whose name or alias ends with the mention's
/// last capitalized word, when only one does.
pub fn resolve(span: Span, text: &str, entities: &[Entity<'_>]) -> Option<EntityId> {
    Resolver::new(entities).resolve(span, text)
}

/// Entity mentions sorted for lookups by position, and surnames for lookups by name.
struct Resolver {
    /// Every mention: its span, entity and the entity's kind, by start.
    mentions: Vec<(Span, EntityId, EntityKind)>,
    /// The last word of each name and alias, with the entity when only one has it.
    surnames: HashMap<String, Option<EntityId>>,
    /// The longest mention, in bytes, to bound overlap lookups.
    longest: usize,
    /// The kind of each entity, by id.
    kinds: HashMap<EntityId, EntityKind>,
}

impl Resolver {
    /// Indexes the mentions and names of `entities`.
    fn new(entities: &[Entity<'_>]) -> Resolver {
        let mut mentions = Vec::new();
        let mut surnames: HashMap<String, Option<EntityId>> = HashMap::new();
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
        mentions.sort_by_key(|m| (m.0.start, m.0.end));
        let longest = mentions.iter().map(|m| m.0.len()).max().unwrap_or(0);
        let kinds = entities.iter().map(|e| (e.id, e.kind)).collect();
        Resolver { mentions, surnames, longest, kinds }
    }

    /// See [`resolve`].
    fn resolve(&self, span: Span, text: &str) -> Option<EntityId> {
        let to = self.mentions.partition_point(|m| m.0.start < span.end);
        let from = self.mentions.partition_point(|m| m.0.start + self.longest < span.start);
        // The earliest overlapping mention, looking at a bounded number of candidates.
        let window = &self.mentions[from.max(to.saturating_sub(64)).min(to)..to];
        let overlapping = window.iter().find(|m| m.0.overlaps(span));
        if let Some(m) = overlapping {
            return Some(m.1);
        }
        self.surnames.get(last_name_word(text)?).copied().flatten()
    }

    /// The first mention of a fitting kind inside `span`, outside quotes.
    fn first_in(&self, span: Span, kind: EntityKind, quoted: impl Fn(usize) -> bool) -> Option<(usize, EntityId)> {
        let from = self.mentions.partition_point(|m| m.0.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.0.start < span.end)
            .take(64)
            .find(|m| m.2 == kind && !quoted(m.0.start))
            .map(|m| (m.0.start, m.1))
    }

    /// The kind of an entity.
    fn kind_of(&self, id: EntityId) -> Option<EntityKind> {
        self.kinds.get(&id).copied()
    }
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

/// A speaker or source found for a stretch: the words that name it and its entity.
#[derive(Clone, Debug)]
struct Speaker {
    /// The words naming the speaker, appositive included.
    span: Span,
    /// The entity, when one is known.
    entity: Option<EntityId>,
    /// The kind of the speaker's entity, for pronouns that refer back to it.
    kind: Option<EntityKind>,
    /// Where the speaker is named.
    at: usize,
}

/// Where a quote's speaker comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// Named next to the quote.
    Own,
    /// Kept from an earlier quote of the same paragraph.
    Paragraph,
    /// Kept from an earlier paragraph, or none.
    Carried,
}

/// What a speech-report pattern gives: the speaker phrase and its cue.
struct Found {
    /// The phrase naming the speaker.
    np: Np,
    /// The cue's tokens; empty when no verb names the speech (`“…” ― Ann Lee`).
    cue: Range<usize>,
}

/// The state of the pass over the paragraphs.
struct Pass<'a, 's> {
    /// The whole text.
    text: &'a str,
    /// The article's entities, indexed.
    resolver: Resolver,
    /// Every quoted stretch of the article, in order.
    stretches: &'s [Stretch],
    /// The most recent speaker, for quotes that continue an utterance.
    last: Option<Speaker>,
    /// For each quote, where its speaker comes from.
    origin: Vec<Origin>,
    /// The speaker of a paragraph that ends `X said:`, for the quote that opens the next one.
    colon: Option<Speaker>,
    /// What has been found so far.
    out: Quoted<'a>,
}

/// One paragraph's tokens with its sentences as token ranges.
struct Para<'t> {
    /// The paragraph's tokens.
    v: View<'t>,
    /// Token ranges of the sentences.
    sentences: Vec<Range<usize>>,
    /// Tokens inside a quoted stretch.
    quoted: Vec<bool>,
    /// Cue tokens already used by a quote.
    used: Vec<bool>,
    /// True for the headline.
    headline: bool,
}

impl Para<'_> {
    /// The token range of the sentence holding token `i`.
    fn sentence_of(&self, i: usize) -> Range<usize> {
        let k = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(k).filter(|s| s.start <= i).cloned().unwrap_or(i..i)
    }

    /// The index of the first token starting at or after byte `at`.
    fn index(&self, at: usize) -> usize {
        self.v.toks.partition_point(|t| t.span.start < at)
    }

    /// The text span of a token range.
    fn span(&self, r: &Range<usize>) -> Span {
        match (self.v.toks.get(r.start), self.v.toks.get(r.end.wrapping_sub(1))) {
            (Some(a), Some(b)) if r.start < r.end => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }
}

impl<'a> Pass<'a, '_> {
    /// Finds the quotes of one paragraph (index `pi`) and, in the body, its attributions.
    fn paragraph(&mut self, pi: usize, toks: &[Token], sentences: &[Span], mine: &[Stretch], body: bool) {
        let v = View { text: self.text, toks };
        let mut para = Para {
            v,
            sentences: Vec::with_capacity(sentences.len()),
            quoted: vec![false; toks.len()],
            used: vec![false; toks.len()],
            headline: !body,
        };
        for s in sentences {
            let a = para.index(s.start);
            let b = para.index(s.end);
            if a < b {
                para.sentences.push(a..b);
            }
        }
        // Unclosed quotes all run to the paragraph end, so each token is marked once at most.
        let mut marked_to = 0;
        for st in mine {
            let a = para.index(st.open.start).max(marked_to);
            let b = st.close.map_or(toks.len(), |c| para.index(c.end));
            if a < b {
                para.quoted[a..b].fill(true);
                marked_to = b;
            }
        }
        self.signature(pi, &para);
        let mut prev_speaker: Option<(Range<usize>, Speaker)> = None;
        for (k, st) in mine.iter().enumerate() {
            let prev = k.checked_sub(1).and_then(|p| mine.get(p));
            let (quote, origin) = self.quote(&mut para, st, prev, &mine[k + 1..], &mut prev_speaker);
            self.out.quotes.push(quote);
            self.origin.push(origin);
            if st.unclosed {
                self.out.diagnostics.push(Diagnostic::warning(
                    "quote-unclosed",
                    Span::new(st.open.start, st.inner.end.max(st.open.end)),
                    "expected a closing quotation mark before the end of the paragraph",
                ));
            }
        }
        self.colon = None;
        if let Some(last) = toks.len().checked_sub(1).filter(|&l| v.is_punct(l, ":")) {
            let lo = para.sentence_of(last).start;
            if let Some(f) = before_speaker(&v, lo, last, &para.quoted).filter(|f| f.cue.end + 4 >= last) {
                self.colon = Some(self.speaker_of(&para, &f.np));
            }
        }
        if body {
            self.attributions(&mut para);
        }
    }

    /// `-Ann Lee, Ohio.` on the line after a quote signs it when the quote has no speaker of its own.
    fn signature(&mut self, pi: usize, para: &Para<'_>) {
        let v = para.v;
        if v.toks.first().is_none_or(|t| t.kind != TokenKind::Dash) {
            return;
        }
        let hi = para.sentences.first().map_or(v.toks.len(), |s| s.end);
        let Some(np) = v.np_after(1, hi) else { return };
        let k = self.out.quotes.len();
        let prev = k.checked_sub(1).filter(|&q| self.out.quotes[q].paragraph + 1 == pi);
        if let Some(q) = prev.filter(|&q| self.origin.get(q) == Some(&Origin::Carried)) {
            let sp = self.speaker_of(para, &np);
            self.out.quotes[q].speaker = sp.entity;
            self.out.quotes[q].speaker_text = Some(Cow::Borrowed(sp.span.as_str(self.text)));
            self.origin[q] = Origin::Own;
        }
    }

    /// A quote that runs over paragraphs is often attributed only at its end:
    /// earlier pieces without a speaker of their own take the speaker of the piece after them.
    fn fill_back(&mut self) {
        let n = self.out.quotes.len().min(self.stretches.len()).min(self.origin.len());
        for k in (0..n.saturating_sub(1)).rev() {
            let chained = self.stretches[k].close.is_none() && self.stretches[k + 1].continued;
            if chained && self.origin[k] == Origin::Carried && self.origin[k + 1] == Origin::Own {
                let (speaker, text) = (self.out.quotes[k + 1].speaker, self.out.quotes[k + 1].speaker_text.clone());
                self.out.quotes[k].speaker = speaker;
                self.out.quotes[k].speaker_text = text;
                self.origin[k] = Origin::Own;
            }
        }
    }

    /// Builds the quote for one stretch, finding its speaker.
    fn quote(
        &mut self,
        para: &mut Para<'_>,
        st: &Stretch,
        prev: Option<&Stretch>,
        later: &[Stretch],
        prev_speaker: &mut Option<(Range<usize>, Speaker)>,
    ) -> (Quote<'a>, Origin) {
        let next = later.first();
        let v = para.v;
        let o = para.index(st.open.start);
        let sent = para.sentence_of(o);
        // The clause before the quote starts after any earlier quote of the sentence.
        let after_prev = prev.and_then(|p| p.close).map_or(0, |c| para.index(c.end));
        let lo = sent.start.max(after_prev).min(o);
        let has_prev = prev.is_some();
        let direct = st.continued || self.is_direct(para, o, lo);
        let mut found = None;
        if let Some(close) = st.close {
            let c = para.index(close.end);
            let close_tok = c.saturating_sub(1);
            let mut hi = para.sentence_of(close_tok).end;
            if let Some(n) = next {
                hi = hi.min(para.index(n.open.start));
            }
            found = after_speaker(&v, c, hi);
            if found.is_none() && c == hi && direct {
                found = next_sentence_speaker(para, c, next.map(|n| para.index(n.open.start)));
            }
            if found.is_none() {
                found = self.tail_speaker(para, later, sent.end);
            }
        }
        // A partial quote inside `X called it “…”, according to Y` belongs to its clause's X.
        let according = found.as_ref().is_some_and(|f| v.according(f.cue.start).is_some());
        if according && !direct {
            found = before_speaker(&v, lo, o, &para.quoted).or(found);
        }
        let colon = o > lo && v.is_punct(o - 1, ":");
        found = found.or_else(|| {
            if colon { colon_speaker(&v, lo, o, &para.quoted) } else { before_speaker(&v, lo, o, &para.quoted) }
        });
        if found.is_none() && para.headline {
            found = headline_speaker(&v);
        }
        let mut origin = if found.is_some() { Origin::Own } else { Origin::Carried };
        let cue_text;
        let speaker = if let Some(f) = found {
            for u in &mut para.used[f.cue.clone()] {
                *u = true;
            }
            cue_text = (!f.cue.is_empty()).then(|| Cow::Borrowed(para.span(&f.cue).as_str(self.text)));
            let sp = self.speaker_of(para, &f.np);
            *prev_speaker = Some((sent.clone(), sp.clone()));
            self.last = Some(sp.clone());
            Some(sp)
        } else {
            cue_text = None;
            let starts = o == 0 || st.continued;
            let same_sentence = prev_speaker.as_ref().filter(|(r, _)| *r == sent).map(|(_, s)| s.clone());
            if let (true, Some(colon)) = (o == 0, self.colon.take()) {
                origin = Origin::Own;
                Some(colon)
            } else if direct && (has_prev || starts) {
                if prev_speaker.is_some() {
                    origin = Origin::Paragraph;
                }
                prev_speaker.as_ref().map(|(_, s)| s.clone()).or_else(|| self.last.clone())
            } else if direct {
                // `X reiterated: “…”`: the subject of the clause before the quote.
                let clause = (o > lo).then(|| v.nearest_subject(lo, o)).flatten();
                clause.map(|np| self.speaker_of(para, &np)).or_else(|| self.last.clone())
            } else {
                // A partial quote shares the speaker of an earlier quote in its sentence,
                // or takes the subject of its clause when that names someone.
                let clause = same_sentence
                    .or_else(|| v.nearest_subject(lo, o).map(|np| self.speaker_of(para, &np)))
                    .or_else(|| v.possessor_before(lo, o).map(|np| self.speaker_of(para, &np)));
                if let Some(sp) = &clause {
                    *prev_speaker = Some((sent.clone(), sp.clone()));
                }
                clause
            }
        };
        let quote = Quote {
            span: st.inner,
            text: Cow::Borrowed(st.inner.as_str(self.text)),
            kind: if direct { QuoteKind::Direct } else { QuoteKind::Partial },
            speaker: speaker.as_ref().and_then(|s| s.entity),
            speaker_text: speaker.map(|s| Cow::Borrowed(s.span.as_str(self.text))),
            cue: cue_text,
            paragraph: st.paragraph,
        };
        (quote, origin)
    }

    /// `“…” and “…,” he said`: the speaker named after the last quote of the sentence.
    fn tail_speaker(&self, para: &Para<'_>, later: &[Stretch], sent_end: usize) -> Option<Found> {
        let last = later.iter().take(8).take_while(|s| para.index(s.open.start) < sent_end).last()?;
        let c = para.index(last.close?.end);
        let hi = later
            .iter()
            .take(9)
            .map(|s| para.index(s.open.start))
            .find(|&o| o >= c)
            .map_or(sent_end, |o| o.min(sent_end));
        after_speaker(&para.v, c, hi)
    }

    /// True when the quote at token `o` stands as its own clause: it opens the
    /// paragraph or the sentence, or follows a colon, a dash or a comma after a cue.
    fn is_direct(&self, para: &Para<'_>, o: usize, lo: usize) -> bool {
        if o == 0 || o == lo {
            return true;
        }
        let v = para.v;
        let prev = o - 1;
        let t = v.toks[prev];
        match t.kind {
            TokenKind::Punct => match v.word(prev) {
                "." | "?" | "!" | ":" => true,
                "," => {
                    let first_up = v.word(o + 1).starts_with(char::is_uppercase);
                    (prev.saturating_sub(6)..prev).any(|k| v.cue(k).is_some_and(|(c, _)| c == Cue::Say))
                        && (first_up || v.cue(prev - 1).is_some())
                }
                _ => false,
            },
            TokenKind::Quote => true,
            TokenKind::Word => {
                // `But “…`, and a cue right before an utterance: `said “We…`.
                let w = v.word(prev);
                let first_up = v.word(o + 1).starts_with(char::is_uppercase);
                (prev == lo && matches!(w, "But" | "And" | "So" | "Yet" | "Or"))
                    || (first_up && v.cue(prev).is_some_and(|(c, _)| c == Cue::Say))
            }
            _ => false,
        }
    }

    /// The speaker for a noun phrase: pronouns refer back, names resolve to entities.
    fn speaker_of(&self, para: &Para<'_>, np: &Np) -> Speaker {
        let span = para.span(&np.full);
        let head = para.span(&np.head);
        let at = head.start;
        let head_text = head.as_str(self.text);
        if np.head.len() == 1 && para.v.is_pronoun(np.head.start) {
            // `He’s claiming`: the pronoun without its contracted verb.
            let word = head_text.split(['’', '\'']).next().unwrap_or(head_text);
            let span = if np.full.len() == 1 { Span::new(head.start, head.start + word.len()) } else { span };
            let (entity, kind) = self.pronoun(para, np.head.start, word);
            return Speaker { span, entity, kind, at };
        }
        if np.head.len() == 1 && para.v.is_relative(np.head.start) {
            // `Ann Lee, who said`: `who` is the speaker's text, her name resolves it.
            let lo = para.sentence_of(np.head.start).start;
            let entity = para.v.antecedent(lo, np.head.start).and_then(|r| {
                let s = para.span(&r);
                self.resolver.resolve(s, s.as_str(self.text))
            });
            let kind = entity.and_then(|id| self.resolver.kind_of(id));
            return Speaker { span, entity, kind, at };
        }
        let entity = self.resolver.resolve(head, head_text);
        let kind = entity.and_then(|id| self.resolver.kind_of(id));
        Speaker { span, entity, kind, at }
    }

    /// Resolves a pronoun to the most recent fitting person (or, for `they` and
    /// `it`, organization): the last speaker or the subject of the previous sentence.
    fn pronoun(&self, para: &Para<'_>, i: usize, word: &str) -> (Option<EntityId>, Option<EntityKind>) {
        let kind = if word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she") {
            EntityKind::Person
        } else if word.eq_ignore_ascii_case("they") || word.eq_ignore_ascii_case("it") {
            EntityKind::Organization
        } else {
            return (None, None);
        };
        let at = para.v.toks.get(i).map_or(0, |t| t.span.start);
        let mut best: Option<(usize, EntityId)> =
            self.last.as_ref().filter(|s| s.kind == Some(kind) && s.at < at).and_then(|s| Some((s.at, s.entity?)));
        // The subject of the previous sentence, or of this one before the pronoun.
        let cur = para.sentence_of(i);
        let k = para.sentences.partition_point(|s| s.end <= cur.start);
        let scope = if k > 0 { para.sentences[k - 1].start..i } else { cur.start..i };
        let span = para.span(&scope);
        let quoted = |pos: usize| self.inside_quote(pos);
        if let Some(found) = self.resolver.first_in(span, kind, quoted) {
            if best.is_none_or(|b| found.0 > b.0) {
                best = Some(found);
            }
        }
        (best.map(|b| b.1), best.map(|_| kind))
    }

    /// True when byte `pos` lies inside a quoted stretch.
    fn inside_quote(&self, pos: usize) -> bool {
        let k = self.stretches.partition_point(|s| s.inner.start <= pos);
        k > 0 && self.stretches[k - 1].inner.end > pos
    }

    /// Reported speech without marks in the paragraph's sentences.
    fn attributions(&mut self, para: &mut Para<'_>) {
        let v = para.v;
        for s in para.sentences.clone() {
            let mut hi = s.end;
            while hi > s.start && matches!(v.toks[hi - 1].kind, TokenKind::Punct) {
                hi -= 1;
            }
            let mut i = s.start;
            while i < hi {
                if para.quoted[i] || para.used[i] {
                    i += 1;
                    continue;
                }
                let Some((class, n)) = v.cue(i) else {
                    i += 1;
                    continue;
                };
                if class != Cue::Name {
                    if let Some((content, np)) = attribution_at(&v, s.start, i, n, hi) {
                        let source = self.speaker_of(para, &np);
                        // Quotes of the paragraph were read first; keep the later speaker.
                        if class == Cue::Say && self.last.as_ref().is_none_or(|l| l.at <= source.at) {
                            self.last = Some(source.clone());
                        }
                        let content = para.span(&content);
                        self.out.attributions.push(Attribution {
                            span: content,
                            source: source.entity,
                            source_text: Some(Cow::Borrowed(source.span.as_str(self.text))),
                            cue: Some(Cow::Borrowed(para.span(&(i..i + n)).as_str(self.text))),
                        });
                    }
                }
                i += n;
            }
        }
    }
}

/// `“…,” X said` or `“…,” said X, a Y`: the speaker after a closing mark at token `c`.
fn after_speaker(v: &View<'_>, c: usize, hi: usize) -> Option<Found> {
    let mut i = c;
    while i < hi && (v.is_punct(i, ",") || v.toks[i].kind == TokenKind::Dash) {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // `“…” ― Ann Lee`: a dash and a name, with no verb.
    if i > c && v.toks[i - 1].kind == TokenKind::Dash {
        let ends = |np: &Np| (np.full.end..hi).all(|k| v.toks[k].kind == TokenKind::Punct);
        if let Some(np) = v.np_after(i, hi).filter(ends) {
            return Some(Found { np, cue: i..i });
        }
    }
    if let Some((Cue::Say | Cue::Report, n)) = v.cue(i) {
        let np = v.np_after(i + n, hi)?;
        return Some(Found { np, cue: i..i + n });
    }
    let limit = hi.min(i + 40);
    let cue = (i..limit).take_while(|&k| v.toks[k].kind != TokenKind::Quote).find(|&k| v.cue(k).is_some())?;
    let (class, n) = v.cue(cue)?;
    if class == Cue::Name {
        return None;
    }
    // `“…” at a rally, according to the Daily Ledger`.
    if v.according(cue).is_some() {
        let np = v.np_after(cue + n, hi)?;
        return Some(Found { np, cue: cue..cue + n });
    }
    if let Some(np) = v.subject_before(i, cue) {
        // `“…” of the plan, Mr. Lane said`: the quote's sentence goes on before the speaker.
        if np.full.start == i || v.is_punct(np.full.start - 1, ",") {
            return Some(Found { np, cue: cue..cue + n });
        }
    }
    // `“…” in its dealings, said Ann Lee.`
    if cue > i && v.is_punct(cue - 1, ",") {
        if let Some(np) = v.np_after(cue + n, hi) {
            return Some(Found { np, cue: cue..cue + n });
        }
    }
    // `“…,” the ad’s narrator says`: whatever stands between the quote and the verb names the speaker.
    let first = v.word(i);
    let plain = cue > i
        && cue - i <= 6
        && (grammar::is_determiner(first) || first.starts_with(char::is_uppercase))
        && !grammar::is_adverbish(first)
        && (i..cue).all(|k| v.toks[k].kind == TokenKind::Word && !grammar::is_stop(v.word(k)));
    plain.then(|| Found { np: Np { head: i..cue, full: i..cue }, cue: cue..cue + n })
}

/// `Ann Lee: Rates Will ‘Stay High’`: a headline that opens with a name and a colon.
fn headline_speaker(v: &View<'_>) -> Option<Found> {
    let colon = (0..v.toks.len().min(7)).find(|&k| v.is_punct(k, ":"))?;
    let named = colon > 0 && (0..colon).all(|k| v.word(k).starts_with(char::is_uppercase) || v.is_punct(k, "."));
    named.then_some(Found { np: Np { head: 0..colon, full: 0..colon }, cue: colon..colon })
}

/// `“….” Mr. Lane said.`: a short next sentence that only names the speaker of the quote before it.
fn next_sentence_speaker(para: &Para<'_>, c: usize, stop: Option<usize>) -> Option<Found> {
    let v = para.v;
    let next = para.sentence_of(c);
    if next.start != c || next.len() > 16 || stop.is_some_and(|s| s < next.end) {
        return None;
    }
    let mut hi = next.end;
    while hi > next.start && v.toks[hi - 1].kind == TokenKind::Punct {
        hi -= 1;
    }
    let found = after_speaker(&v, c, hi)?;
    // Nothing but a few words of time or place may follow the cue.
    let rest = found.cue.end..hi;
    let after_np = if found.np.full.start > found.cue.start { found.np.full.end } else { rest.start };
    let short = hi.saturating_sub(after_np) <= 4
        || v.is_punct(after_np, ",")
        || is_preposition(v.word(after_np))
        || grammar::is_time_word(v.word(after_np));
    (short && !(after_np..hi.min(after_np + 8)).any(|k| v.word(k).eq_ignore_ascii_case("that"))).then_some(found)
}

/// `X said: “…”`, `X said that … “…”`, `X hailed … as a “…”`: the speaker of the
/// clause before the opening mark at token `o`, from token `lo`.
fn before_speaker(v: &View<'_>, lo: usize, o: usize, quoted: &[bool]) -> Option<Found> {
    let floor = lo.max(o.saturating_sub(60));
    let cue = (floor..o).rev().filter(|&k| !quoted[k]).find(|&k| is_speech_cue(v, k))?;
    speaker_of_cue(v, lo, cue, o)
}

/// `X fired back: “…”`, `Ann Lee, who told Congress when asked: “…”`: the speaker
/// of the clause that ends with the colon before the opening mark at `o`, from its first cue.
/// Without a cue in that clause there is no speaker here; the clause's subject is tried later.
fn colon_speaker(v: &View<'_>, lo: usize, o: usize, quoted: &[bool]) -> Option<Found> {
    let colon = o - 1;
    let start = (lo.max(colon.saturating_sub(40))..colon).rev().find(|&k| v.is_punct(k, ",")).map_or(lo, |k| k + 1);
    let cue = (start..colon).filter(|&k| !quoted[k]).find(|&k| is_speech_cue(v, k))?;
    speaker_of_cue(v, lo, cue, o)
}

/// True when token `k` is a cue that can introduce quoted words: findings
/// (`found`, `believes`) name no speaker, reports do.
fn is_speech_cue(v: &View<'_>, k: usize) -> bool {
    match v.cue(k) {
        Some((Cue::Report, _)) => v.word(k).to_ascii_lowercase().starts_with("report"),
        Some(_) => true,
        None => false,
    }
}

/// The speaker of the cue at token `cue` in the clause from `lo`, for a quote opening at `o`.
fn speaker_of_cue(v: &View<'_>, lo: usize, cue: usize, o: usize) -> Option<Found> {
    let (_, n) = v.cue(cue)?;
    if v.according(cue).is_some() {
        let np = v.np_after(cue + n, o)?;
        return Some(Found { np, cue: cue..cue + n });
    }
    let np = v
        .subject_before(lo, cue)
        .or_else(|| v.clause_subject(lo, cue))
        .or_else(|| v.clause_speaker(lo, cue))
        .or_else(|| v.nearest_subject(lo, cue))
        .or_else(|| if cue == lo { v.np_after(cue + 1, o) } else { None })?;
    Some(Found { np, cue: cue..cue + n })
}

/// Reported speech around the cue at token `i` (taking `n` tokens) in the sentence
/// `lo..hi`: the content's token range and the source phrase.
fn attribution_at(v: &View<'_>, lo: usize, i: usize, n: usize, hi: usize) -> Option<(Range<usize>, Np)> {
    let min_content = 3;
    if v.according(i).is_some() {
        // `According to X, …` or `…, according to X`.
        let np = v.np_after(i + n, hi)?;
        let content = if i <= lo + 1 {
            let comma = (np.full.end..hi.min(np.full.end + 40)).find(|&k| v.is_punct(k, ","))?;
            comma + 1..hi
        } else {
            lo..trim_comma(v, lo, i)
        };
        return (content.len() >= min_content).then_some((content, np));
    }
    let adjacent = v.subject_before(lo, i);
    // `X blasted Congress and said …`, `…, saying …`: the subject of the clause.
    let coordinated =
        i > lo && (v.word(i - 1).eq_ignore_ascii_case("and") || (v.is_punct(i - 1, ",") && v.word(i).ends_with("ing")));
    let clause = || if coordinated { v.clause_speaker(lo, i).or_else(|| v.nearest_subject(lo, i - 1)) } else { None };
    let far = adjacent.is_none();
    // `found itself`, `reported from Iowa`, `pledged at the talks`: no speech follows.
    let next = v.word(i + n);
    let plain_say = ["said", "says", "say", "told", "tells"].iter().any(|x| x.eq_ignore_ascii_case(v.word(i)));
    let class = v.cue(i).map(|c| c.0);
    let that_soon = (i + n..hi.min(i + n + 10)).any(|k| v.word(k).eq_ignore_ascii_case("that") || v.is_punct(k, ","));
    let preposition = is_preposition(next) || ["by", "up", "from", "as", "for", "with", "out"].contains(&next);
    if !plain_say && preposition && !that_soon {
        return None;
    }
    if v.word(i).eq_ignore_ascii_case("found") && !next.eq_ignore_ascii_case("that") {
        return None;
    }
    // `Everything Trump says is a lie`: the cue sits in a relative clause.
    if grammar::is_verb_start(next) && class != Some(Cue::Report) {
        return None;
    }
    if let Some(np) = adjacent.or_else(clause) {
        let mut after = i + n;
        let w = v.word(i);
        if ["told", "tells", "asked"].iter().any(|x| x.eq_ignore_ascii_case(w)) {
            after = object_end(v, after, hi);
        } else if v.word(after).eq_ignore_ascii_case("to") {
            // `said to the crowd`, `wrote to lawmakers`: the listener is no content.
            let mut k = after + 1;
            if grammar::is_determiner(v.word(k)) {
                k += 1;
            }
            let caps = (k..hi.min(k + 5)).take_while(|&j| v.word(j).starts_with(char::is_uppercase)).count();
            after = (k + caps.max(1)).min(hi);
        }
        // `X said Friday.`, `X said in a statement.`: the content is before the source.
        let tail = hi.saturating_sub(after);
        let has_that = (after..hi.min(after + 8)).any(|k| v.word(k).eq_ignore_ascii_case("that"));
        let short_tail = tail <= 5
            && !has_that
            && (tail == 0
                || grammar::is_time_word(v.word(after))
                || is_preposition(v.word(after))
                || v.is_punct(after, ","));
        if !far && (short_tail || v.is_punct(after, ",")) {
            let end = trim_comma(v, lo, np.full.start);
            if end < lo + min_content && !short_tail {
                // `But, he said, it is risky`: the content follows the parenthesis.
                let content = after + 1..hi;
                return (content.len() >= min_content).then_some((content, np));
            }
            let content = if short_tail { lo..end } else { lo..hi };
            return (end >= lo + min_content).then_some((content, np));
        }
        while after < hi && (v.is_punct(after, ":") || v.is_punct(after, ",")) {
            after += 1;
        }
        let content = after..hi;
        return (content.len() >= min_content).then_some((content, np));
    }
    // `…, said X.`
    if i > lo && v.is_punct(i - 1, ",") {
        let np = v.np_after(i + n, hi)?;
        let content = lo..i - 1;
        return (content.len() >= min_content).then_some((content, np));
    }
    None
}

/// The end of the listener after `told`: `reporters`, `him`, `The Daily Ledger`.
fn object_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    let mut to = from;
    if v.word(to).eq_ignore_ascii_case("the") {
        to += 1;
    }
    let caps = (to..hi.min(to + 5)).take_while(|&k| v.word(k).starts_with(char::is_uppercase)).count();
    if caps > 0 {
        return to + caps;
    }
    let w = v.word(from);
    if Class::Listener.has(w) { from + 1 } else { from }
}

/// The end of a content range before a source, without the comma that separates them.
fn trim_comma(v: &View<'_>, lo: usize, mut end: usize) -> usize {
    while end > lo && (v.is_punct(end - 1, ",") || v.toks[end - 1].kind == TokenKind::Dash) {
        end -= 1;
    }
    end
}

/// Prepositions that open a phrase of time or place after a cue.
fn is_preposition(w: &str) -> bool {
    Class::AdverbialOpener.has(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Mention;

    /// One quote as the tests see it: words, kind, speaker text, cue.
    type Q<'t> = (&'t str, QuoteKind, Option<&'t str>, Option<&'t str>);

    fn run(text: &str) -> crate::Article<'_> {
        crate::parse(text)
    }

    /// Parses `text` (a headline line is added) and compares its quotes.
    fn check(body: &str, expect: &[Q<'_>]) {
        let text = format!("Headline Here\n{body}\n");
        let a = run(&text);
        let got: Vec<Q<'_>> =
            a.quotes.iter().map(|q| (q.text.as_ref(), q.kind, q.speaker_text.as_deref(), q.cue.as_deref())).collect();
        assert_eq!(got, expect, "{body}");
    }

    /// Compares the attributions (content, source text, cue) of `body`.
    fn check_attr(body: &str, expect: &[(&str, &str, &str)]) {
        let text = format!("Headline Here\n{body}\n");
        let a = run(&text);
        let got: Vec<(&str, &str, &str)> = a
            .attributions
            .iter()
            .map(|x| (x.span.as_str(&text), x.source_text.as_deref().unwrap_or(""), x.cue.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(got, expect, "{body}");
    }

    use QuoteKind::*;

    #[test]
    fn speaker_after_the_quote() {
        check("“We are ready,” Ms. Park said.", &[("We are ready,", Direct, Some("Ms. Park"), Some("said"))]);
        check(
            "“Talks went well,” said Omar Haddad, a trade envoy for the bloc.",
            &[("Talks went well,", Direct, Some("Omar Haddad, a trade envoy for the bloc"), Some("said"))],
        );
        check("“It is late,” he said.", &[("It is late,", Direct, Some("he"), Some("said"))]);
        check("“Not again?” she asked reporters.", &[("Not again?", Direct, Some("she"), Some("asked"))]);
        check("“That is final” the ministry added.", &[("That is final", Direct, Some("the ministry"), Some("added"))]);
        check(
            "“No comment,” Lena Ortiz, a spokeswoman for the port, told reporters.",
            &[("No comment,", Direct, Some("Lena Ortiz, a spokeswoman for the port"), Some("told"))],
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        check("Mr. Grant said: “The vote is set.”", &[("The vote is set.", Direct, Some("Mr. Grant"), Some("said"))]);
        check(
            "The mayor told the council, “We have the money.”",
            &[("We have the money.", Direct, Some("The mayor"), Some("told"))],
        );
        check(
            "Ms. Holt said that the bill was “dead on arrival” in the Senate.",
            &[("dead on arrival", Partial, Some("Ms. Holt"), Some("said"))],
        );
        check(
            "In 2019, Mr. Roe hailed the pact as a “new chapter of our ties.”",
            &[("new chapter of our ties.", Partial, Some("Mr. Roe"), Some("hailed"))],
        );
    }

    #[test]
    fn partial_quotes_and_groups() {
        check(
            "But state officials have avoided the word, instead calling it a “special operation” in briefings.",
            &[("special operation", Partial, Some("state officials"), Some("calling"))],
        );
        check("The two firms signed a “no-strings” deal last year.", &[("no-strings", Partial, None, None)]);
        check("“It will pass,” a senior aide said.", &[("It will pass,", Direct, Some("a senior aide"), Some("said"))]);
    }

    #[test]
    fn continuations_keep_the_speaker() {
        check(
            "“We lost,” Mr. Bell said. “We will be back.”",
            &[
                ("We lost,", Direct, Some("Mr. Bell"), Some("said")),
                ("We will be back.", Direct, Some("Mr. Bell"), None),
            ],
        );
        check(
            "“First part,” she said.\n“Second part.”",
            &[("First part,", Direct, Some("she"), Some("said")), ("Second part.", Direct, Some("she"), None)],
        );
        check(
            "“It began in May,” Ana Ruiz said.\n“We warned them.\n“They did not listen.”",
            &[
                ("It began in May,", Direct, Some("Ana Ruiz"), Some("said")),
                ("We warned them.", Direct, Some("Ana Ruiz"), None),
                ("They did not listen.", Direct, Some("Ana Ruiz"), None),
            ],
        );
    }

    #[test]
    fn traps() {
        check("The ministers’ talks in the ’90s ran past nine o’clock and Mr. Li’s rock ’n’ roll band played.", &[]);
        let text = "Headline Here\nHe called it “absurd and left.\nThe rest of the story.\n";
        let a = run(text);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].text, "absurd and left.");
        assert!(a.diagnostics.iter().any(|d| d.code == "quote-unclosed"));
    }

    #[test]
    fn more_speaker_patterns() {
        check(
            "Ivan Pak, quoted by the state news agency, said: “The date is set.”",
            &[("The date is set.", Direct, Some("Ivan Pak, quoted by the state news agency"), Some("said"))],
        );
        check(
            "“Prices will fall,” per a note from the central bank.",
            &[("Prices will fall,", Direct, Some("a note from the central bank"), Some("per"))],
        );
        check(
            "The plan drew fire from Sen. Ada Moss, who said it was “a giveaway.”",
            &[("a giveaway.", Partial, Some("who"), Some("said"))],
        );
        check(
            "Despite his claim that the wall was “nearly done,” work has stalled.",
            &[("nearly done,", Partial, Some("his"), None)],
        );
        check("“We stand together.” ― Rosa Vidal", &[("We stand together.", Direct, Some("Rosa Vidal"), None)]);
        check(
            "The chair tweeted that the vote was “a farce” and “a disgrace.”",
            &[
                ("a farce", Partial, Some("The chair"), Some("tweeted")),
                ("a disgrace.", Partial, Some("The chair"), None),
            ],
        );
        check("“We will appeal.” Mr. Ota said.", &[("We will appeal.", Direct, Some("Mr. Ota"), Some("said"))]);
    }

    #[test]
    fn headline_and_markup() {
        let a = run("Ann Ruiz: Rates Will ‘Stay High’\nThe bank met.\n");
        let got: Vec<(&str, Option<&str>)> =
            a.quotes.iter().map(|q| (q.text.as_ref(), q.speaker_text.as_deref())).collect();
        assert_eq!(got, [("Stay High", Some("Ann Ruiz"))]);
        check("<tweet id=\"12\" author=\"@x\">The post ran.</tweet>", &[]);
    }

    #[test]
    fn colon_clauses_and_signatures() {
        check(
            "When Ms. Roe said the deal was dead, Mr. Diaz shot back: “It is alive.”",
            &[("It is alive.", Direct, Some("Mr. Diaz"), None)],
        );
        check(
            "The deal needs Ann Cole, who told the board when asked: “We will sign.”",
            &[("We will sign.", Direct, Some("who"), Some("told"))],
        );
        check(
            "As Mr. Lane put it, the plan is “a bridge to nowhere.”",
            &[("a bridge to nowhere.", Partial, Some("Mr. Lane"), Some("put it"))],
        );
        check(
            "“Count every vote.”\n-Maria Soto, Tulsa.",
            &[("Count every vote.", Direct, Some("Maria Soto, Tulsa"), None)],
        );
    }

    #[test]
    fn paragraph_ending_with_a_colon() {
        check("The minister said:\n“We will not pay.”", &[("We will not pay.", Direct, Some("The minister"), None)]);
    }

    #[test]
    fn never_panics_on_odd_marks() {
        // A small generator of texts full of marks, apostrophes and cue words.
        let parts = [
            "“",
            "”",
            "\"",
            "'",
            "''",
            "‘",
            "’",
            "«",
            "»",
            "„",
            " said",
            " he",
            " Mr.",
            " X",
            ",",
            ".",
            ":",
            "\n",
            "—",
            " according to",
            " who",
            " told",
            " é",
            "=",
            "(",
            ")",
            " the",
            " Ann Lee",
            "’s",
            " 90s",
        ];
        let mut seed = 0x2545_f491_u64;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(parts[(seed % parts.len() as u64) as usize]);
            }
            let a = run(&text);
            for q in &a.quotes {
                assert!(q.span.end <= text.len() && q.span.start <= q.span.end);
            }
        }
    }

    #[test]
    fn nyt_doubled_apostrophes() {
        check("''It is a start,'' said Mr. Vale.", &[("It is a start,", Direct, Some("Mr. Vale"), Some("said"))]);
    }

    #[test]
    fn attributions_without_marks() {
        check_attr(
            "During the trip, the two leaders will discuss trade, the Palace said Friday.",
            &[("During the trip, the two leaders will discuss trade", "the Palace", "said")],
        );
        check_attr(
            "The visit was planned months ago, according to a statement issued by a Foreign Office spokeswoman.",
            &[(
                "The visit was planned months ago",
                "a statement issued by a Foreign Office spokeswoman",
                "according to",
            )],
        );
        check_attr(
            "Allied officials have said that the port was closed for repairs.",
            &[("that the port was closed for repairs", "Allied officials", "said")],
        );
        check_attr(
            "The mill will close next year, the Courier has reported.",
            &[("The mill will close next year", "the Courier", "reported")],
        );
        check_attr(
            "Mr. Dunn told reporters the plan would cost too much.",
            &[("the plan would cost too much", "Mr. Dunn", "told")],
        );
        check_attr(
            "A survey by the institute shows that most farmers expect a poor harvest.",
            &[("that most farmers expect a poor harvest", "A survey by the institute", "shows")],
        );
        check_attr(
            "But, she said, the talks will resume next month.",
            &[("the talks will resume next month", "she", "said")],
        );
        check_attr(
            "The governor vetoed the bill and said it would raise taxes.",
            &[("it would raise taxes", "The governor", "said")],
        );
        check_attr(
            "Two senators have left the talks, saying costs were too high.",
            &[("costs were too high", "Two senators", "saying")],
        );
    }

    #[test]
    fn no_attribution_without_speech() {
        check_attr("The papers were found in a locked drawer at the office.", &[]);
        check_attr("Everything the mayor says is checked by the council.", &[]);
        check_attr("Ann Ruiz reported from the border town for a week.", &[]);
        check_attr("Having said that, the board will meet again in May.", &[]);
        check_attr(
            "The audit found that costs rose sharply last year.",
            &[("that costs rose sharply last year", "The audit", "found")],
        );
    }

    fn entity(
        id: u32,
        kind: EntityKind,
        name: &'static str,
        mentions: &[(usize, usize, &'static str)],
    ) -> Entity<'static> {
        Entity {
            id: EntityId(id),
            kind,
            name: Cow::Borrowed(name),
            aliases: Vec::new(),
            descriptors: Vec::new(),
            mentions: mentions
                .iter()
                .map(|&(s, e, t)| Mention { span: Span::new(s, e), text: Cow::Borrowed(t) })
                .collect(),
        }
    }

    #[test]
    fn resolve_by_overlap_then_surname() {
        let ents = [
            entity(0, EntityKind::Person, "Ana Ruiz", &[(10, 18, "Ana Ruiz")]),
            entity(1, EntityKind::Person, "Tom Ruiz", &[(40, 48, "Tom Ruiz")]),
            entity(2, EntityKind::Person, "Li Wei", &[(60, 66, "Li Wei")]),
        ];
        assert_eq!(resolve(Span::new(10, 30), "Ana Ruiz, a lawyer", &ents), Some(EntityId(0)));
        assert_eq!(resolve(Span::new(100, 106), "Mr. Wei", &ents), Some(EntityId(2)));
        assert_eq!(resolve(Span::new(100, 108), "Ms. Ruiz", &ents), None);
        assert_eq!(resolve(Span::new(100, 108), "the bank", &ents), None);
    }

    #[test]
    fn pronouns_resolve_to_the_last_fitting_person() {
        // Hand-built entities over a parsed text: the pronoun takes the speaker before it.
        let text = "Headline Here\n“We are ready,” said Ana Ruiz. “More soon,” she said.\n";
        let start = text.find("Ana Ruiz").unwrap_or(0);
        let ents = [entity(0, EntityKind::Person, "Ana Ruiz", &[(start, start + 8, "Ana Ruiz")])];
        let a = run(text);
        let ctx = Context { text, paragraphs: &a.paragraphs, tokens: &a.tokens, meta: &a.meta, reference: None };
        let q = find(&ctx, &ents).quotes;
        let got: Vec<(Option<EntityId>, Option<&str>)> =
            q.iter().map(|q| (q.speaker, q.speaker_text.as_deref())).collect();
        assert_eq!(got, [(Some(EntityId(0)), Some("Ana Ruiz")), (Some(EntityId(0)), Some("she"))]);

        // With no entities the pronoun is still the speaker's text.
        let q = find(&ctx, &[]).quotes;
        assert_eq!(q[1].speaker, None);
        assert_eq!(q[1].speaker_text.as_deref(), Some("she"));

        // The subject of the previous sentence is a fitting antecedent too.
        let text = "Headline Here\nTom Bell left the room. “It is over,” he said.\n";
        let ents = [entity(0, EntityKind::Person, "Tom Bell", &[(14, 22, "Tom Bell")])];
        let a = run(text);
        let ctx = Context { text, paragraphs: &a.paragraphs, tokens: &a.tokens, meta: &a.meta, reference: None };
        let q = find(&ctx, &ents).quotes;
        assert_eq!(q[0].speaker, Some(EntityId(0)));
        assert_eq!(q[0].speaker_text.as_deref(), Some("he"));
    }
}
