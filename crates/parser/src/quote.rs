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

mod attribution;
mod grammar;
mod marks;
mod resolver;

use std::borrow::Cow;
use std::ops::Range;

use crate::context::{ClassesOf, Context};
use crate::diag::Diagnostic;
use crate::lexicon::Class;
use crate::model::{Attribution, CueClass, Entity, EntityId, EntityKind, Quote, QuoteKind, Role};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use attribution::{attribution_at, is_modal, is_preposition};
use grammar::{Cue, Np, View};
use marks::Stretch;
use resolver::{Gender, Resolver};

/// The most tokens between two pieces of one utterance (`, said Ann Lee, a lawyer for the union.`).
const MAX_INTERRUPTION: usize = 24;

/// The most sentences of one quote a pronoun after it looks back over for the sentence before it.
const MAX_QUOTE_SENTENCES: usize = 4;

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
    // Sized for every paragraph: a filter's collect would grow it by doublings.
    let mut paras: Vec<(usize, Span, &[Token])> = Vec::with_capacity(ctx.paragraphs.len());
    paras.extend(
        ctx.paragraphs_with_tokens()
            .filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline))
            .map(|(i, p, tokens)| (i, p.span, tokens)),
    );
    let stretches = marks::stretches(text, &paras);
    let mut pass = Pass {
        text,
        resolver: Resolver::new(entities).with_genders(text),
        stretches: &stretches,
        last: None,
        origin: Vec::new(),
        colon: None,
        // News prose has about one attribution for every few dozen tokens and a quote for every
        // few dozen more: sized for that once rather than grown by doublings that copy them.
        out: Quoted {
            quotes: Vec::with_capacity(ctx.tokens.len() / 64),
            attributions: Vec::with_capacity(ctx.tokens.len() / 32),
            diagnostics: Vec::new(),
        },
        spare: Spare::default(),
        words: Vec::new(),
    };
    let mut next = 0;
    let mut sentences: Vec<Span> = Vec::new();
    for &(pi, _, toks) in &paras {
        let from = next;
        while next < stretches.len() && stretches[next].paragraph == pi {
            next += 1;
        }
        sentences.clear();
        sentences.extend(ctx.paragraphs[pi].sentences.iter().map(|s| s.span));
        let body = ctx.paragraphs[pi].role == Role::Body;
        pass.paragraph(pi, toks, ctx.paragraph_classes(pi), &sentences, &stretches[from..next], body);
    }
    pass.fill_back();
    pass.drop_scare_quotes();
    pass.out
}

/// A partial quote of this many words or fewer inside the phrase naming another quote's speaker
/// (`said Ann Lee, who rates the firm a “hold.”`) describes the speaker.
const DESCRIPTION_WORDS: usize = 2;

/// A partial quote of this many words or fewer with no speaker is a scare quote or a title.
const SCARE_WORDS: usize = 4;

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

/// Where a quoted stretch opens in its paragraph.
struct Opening {
    /// The opening mark's token.
    mark: usize,
    /// The token range of its sentence.
    sentence: Range<usize>,
    /// Where the clause before it starts: the sentence's start, or the end of an earlier quote.
    clause: usize,
    /// True when the quote stands as its own clause (an utterance), not inside the writer's.
    direct: bool,
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
    /// The buffers of the last paragraph read, whose memory the next one reuses.
    spare: Spare,
    /// The text of each token of the paragraph read ([`grammar::words_of`]), kept for its memory.
    words: Vec<&'a str>,
}

/// The buffers of a [`Para`], kept between paragraphs.
#[derive(Default)]
struct Spare {
    sentences: Vec<Range<usize>>,
    quoted: Vec<bool>,
    used: Vec<bool>,
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
    fn paragraph(
        &mut self,
        pi: usize,
        toks: &[Token],
        classes: ClassesOf<'_>,
        sentences: &[Span],
        mine: &[Stretch],
        body: bool,
    ) {
        let mut words = std::mem::take(&mut self.words);
        grammar::words_of(self.text, toks, &mut words);
        let v = View { text: self.text, toks, classes, words: &words };
        let Spare { sentences: mut ranges, mut quoted, mut used } = std::mem::take(&mut self.spare);
        ranges.clear();
        quoted.clear();
        quoted.resize(toks.len(), false);
        used.clear();
        used.resize(toks.len(), false);
        let mut para = Para { v, sentences: ranges, quoted, used, headline: !body };
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
        let first_quote = self.out.quotes.len();
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
            let first_attribution = self.out.attributions.len();
            self.attributions(&mut para);
            self.utterances(&para, first_quote, first_attribution);
        }
        self.spare = Spare { sentences: para.sentences, quoted: para.quoted, used: para.used };
        self.words = words;
    }

    /// `“A,” she said. “B.”`: consecutive quotes of one speaker in a paragraph, with nothing but
    /// their cue or a few words between them, are one utterance and so one attribution. Quotes
    /// inside reported speech already found (`she said the plan was “A” and “B”`) are left to it.
    fn utterances(&mut self, para: &Para<'_>, first_quote: usize, first_attribution: usize) {
        let end = self.out.quotes.len();
        let mut k = first_quote;
        while k < end {
            let mut last = k;
            while last + 1 < end && self.same_utterance(para, last, last + 1) {
                last += 1;
            }
            let span = Span::new(self.out.quotes[k].span.start, self.out.quotes[last].span.end);
            let covered = self.out.attributions[first_attribution..].iter().any(|a| a.span.overlaps(span));
            if last > k && !covered {
                let named = (k..=last).find(|&q| self.origin[q] == Origin::Own).unwrap_or(k);
                let q = &self.out.quotes[named];
                self.out.attributions.push(Attribution {
                    span,
                    source: q.speaker,
                    source_text: q.speaker_text.clone(),
                    cue: q.cue.clone(),
                    cue_class: q.cue.as_deref().map_or(CueClass::Speech, grammar::cue_class_of),
                    quotes: (k..=last).collect(),
                });
            }
            k = last + 1;
        }
        self.out.attributions[first_attribution..].sort_by_key(|a| a.span.start);
    }

    /// True when quotes `a` and `b = a + 1` of a paragraph are pieces of one utterance: the same
    /// speaker, and between them at most a short stretch whose only cue is one of their own.
    fn same_utterance(&self, para: &Para<'_>, a: usize, b: usize) -> bool {
        let (qa, qb) = (&self.out.quotes[a], &self.out.quotes[b]);
        let same_speaker = match (qa.speaker, qb.speaker) {
            (Some(x), Some(y)) => x == y,
            _ => {
                qa.speaker_text.is_some()
                    && (qa.speaker_text == qb.speaker_text || self.origin.get(b) == Some(&Origin::Paragraph))
            }
        };
        let (Some(close), Some(open)) = (self.stretches.get(a).and_then(|s| s.close), self.stretches.get(b)) else {
            return false;
        };
        let gap = para.index(close.end)..para.index(open.open.start);
        // No sentence of the writer's stands between the pieces (the second may open one).
        let new_sentence = para.sentences.iter().any(|s| gap.contains(&s.start) && s.start > gap.start);
        let foreign_cue = gap.clone().any(|i| !para.used[i] && para.v.cue(i).is_some());
        // A piece with a cue of its own (`he added`, `…, adding that “…”`) is a report of its own.
        same_speaker && qb.cue.is_none() && gap.len() <= MAX_INTERRUPTION && !new_sentence && !foreign_cue
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

    /// `the so-called “reforms”`, `the film “Night Shift”`: a few words in quotation marks inside
    /// the writer's sentence, with no speaker, are a scare quote or a title, not a quotation.
    /// They leave the quotes (and the indices of utterances follow).
    fn drop_scare_quotes(&mut self) {
        let scare = |q: &Quote<'_>| {
            q.kind == QuoteKind::Partial && q.speaker_text.is_none() && q.text.split_whitespace().count() <= SCARE_WORDS
        };
        let mut new_index = Vec::with_capacity(self.out.quotes.len());
        let mut kept = 0;
        for q in &self.out.quotes {
            new_index.push((!scare(q)).then_some(kept));
            kept += usize::from(!scare(q));
        }
        self.out.quotes.retain(|q| !scare(q));
        for a in &mut self.out.attributions {
            a.quotes = a.quotes.iter().filter_map(|&i| new_index.get(i).copied().flatten()).collect();
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

    /// Builds the quote for one stretch, finding its speaker: one named next to it
    /// ([`Pass::named_speaker`]), else one carried from the quotes and clauses before it
    /// ([`Pass::carried_speaker`]).
    fn quote(
        &mut self,
        para: &mut Para<'_>,
        stretch: &Stretch,
        prev: Option<&Stretch>,
        later: &[Stretch],
        prev_speaker: &mut Option<(Range<usize>, Speaker)>,
    ) -> (Quote<'a>, Origin) {
        let opening = self.opening(para, stretch, prev);
        let named = self.named_speaker(para, stretch, later, &opening);
        // `…,” said Ann Lee, who rates the firm a “hold.”`, `said Ann Lee, author of “Dry Land”`: a
        // few words in marks inside the phrase naming a speaker describe her; she does not say them.
        let in_description = |f: &Found| {
            !opening.direct
                && stretch.inner.as_str(self.text).split_whitespace().count() <= DESCRIPTION_WORDS
                && para.used.get(f.cue.start) == Some(&true)
                && f.np.full.start < opening.mark
                && f.np.head.end <= opening.mark
                && (opening.mark <= f.np.full.end || relative_runs_to(&para.v, f.np.full.end, opening.mark))
        };
        let (speaker, cue, origin) = match named {
            Some(found) if in_description(&found) => (None, None, Origin::Carried),
            Some(found) => {
                for used in &mut para.used[found.cue.clone()] {
                    *used = true;
                }
                let cue = (!found.cue.is_empty()).then(|| Cow::Borrowed(para.span(&found.cue).as_str(self.text)));
                let speaker = self.speaker_of(para, &found.np);
                if opening.direct && found.np.head.start > opening.mark {
                    self.note_gender(para, &found.np, &speaker, opening.mark);
                }
                *prev_speaker = Some((opening.sentence.clone(), speaker.clone()));
                self.last = Some(speaker.clone());
                (Some(speaker), cue, Origin::Own)
            }
            None => {
                let (speaker, origin) = self.carried_speaker(para, stretch, prev.is_some(), &opening, prev_speaker);
                // `starred in “Salt Lake” (2020)`, `wore “Save Our Park” badges`: a short name in
                // capitals inside the writer's sentence, reported by no one, is a title or a slogan.
                let after = stretch.close.map_or(para.v.toks.len(), |c| para.index(c.end));
                let title = !opening.direct
                    && !para.headline
                    && is_title(stretch.inner.as_str(self.text))
                    && names_a_work(&para.v, opening.mark, after);
                (speaker.filter(|_| !title), None, origin)
            }
        };
        let quote = Quote {
            span: stretch.inner,
            text: Cow::Borrowed(stretch.inner.as_str(self.text)),
            kind: if opening.direct { QuoteKind::Direct } else { QuoteKind::Partial },
            speaker: speaker.as_ref().and_then(|s| s.entity),
            speaker_text: speaker.map(|s| Cow::Borrowed(s.span.as_str(self.text))),
            cue,
            paragraph: stretch.paragraph,
        };
        (quote, origin)
    }

    /// `Ann Lee said … “…,” she said.`: a `he` or `she` named after an utterance, standing for a
    /// person named in the paragraph before the quote (opening at token `mark`), tells their gender.
    fn note_gender(&mut self, para: &Para<'_>, np: &Np, speaker: &Speaker, mark: usize) {
        let word = para.v.word(np.head.start);
        let gender = if word.eq_ignore_ascii_case("he") {
            Gender::Male
        } else if word.eq_ignore_ascii_case("she") {
            Gender::Female
        } else {
            return;
        };
        let Some(id) = speaker.entity.filter(|_| np.head.len() == 1) else { return };
        let before = para.span(&(0..mark));
        if self.resolver.mentions_in(before).any(|m| m.1 == id && !self.inside_quote(m.0.start)) {
            self.resolver.note_gender(id, gender);
        }
    }

    /// Where a stretch opens in its paragraph.
    fn opening(&self, para: &Para<'_>, stretch: &Stretch, prev: Option<&Stretch>) -> Opening {
        let mark = para.index(stretch.open.start);
        let sentence = para.sentence_of(mark);
        // The clause before the quote starts after any earlier quote of the sentence.
        let after_prev = prev.and_then(|p| p.close).map_or(0, |close| para.index(close.end));
        let clause = sentence.start.max(after_prev).min(mark);
        let direct = stretch.continued || self.is_direct(para, mark, clause);
        Opening { mark, sentence, clause, direct }
    }

    /// The speaker named next to the quote: after its closing mark (`“…,” X said`), in a short
    /// next sentence, after the last quote of its sentence, before it (`X said: “…”`,
    /// `X said that … “…”`), or at the head of a headline (`X: …`).
    fn named_speaker(&self, para: &Para<'_>, stretch: &Stretch, later: &[Stretch], at: &Opening) -> Option<Found> {
        let view = &para.v;
        if let Some(label) = transcript_label(view, at.mark + 1) {
            return Some(label);
        }
        let mut found = stretch.close.and_then(|close| self.speaker_after_close(para, close, later, at));
        // A partial quote inside `X called it “…”, according to Y` belongs to its clause's X.
        let according = found.as_ref().is_some_and(|f| view.according(f.cue.start).is_some());
        if according && !at.direct {
            found = before_speaker(view, at.clause, at.mark, &para.quoted).or(found);
        }
        let colon = at.mark > at.clause && view.is_punct(at.mark - 1, ":");
        found = found.or_else(|| {
            if colon {
                colon_speaker(view, at.clause, at.mark, &para.quoted)
            } else {
                before_speaker(view, at.clause, at.mark, &para.quoted)
            }
        });
        if found.is_none() && para.headline {
            found = headline_speaker(view);
        }
        if found.is_none() && colon {
            found = self.colon_name(para, at.clause, at.mark - 1);
        }
        found
    }

    /// `Ms. Lee: “We are not done.”`: a name alone before the colon at token `colon` speaks,
    /// when it names an entity of the article or has two capitalized words.
    fn colon_name(&self, para: &Para<'_>, lo: usize, colon: usize) -> Option<Found> {
        let v = &para.v;
        // `Jane Ruiz, The Daily Ledger: “…”`: the name, then where the speaker writes.
        let comma = (lo..colon).find(|&k| v.is_punct(k, ","));
        let end = comma.unwrap_or(colon);
        let capitals =
            |r: Range<usize>| r.clone().all(|k| v.word(k).starts_with(char::is_uppercase) || v.is_punct(k, "."));
        let named = end > lo
            && end - lo <= 6
            && colon - lo <= 12
            && capitals(lo..end)
            && comma.is_none_or(|c| c + 1 < colon && capitals(c + 1..colon))
            && !grammar::is_stop(v.word(lo));
        if !named {
            return None;
        }
        let np = Np { head: lo..end, full: lo..colon };
        let span = para.span(&np.head);
        let words = (lo..end).filter(|&k| !v.is_punct(k, ".")).count();
        let known = self.resolver.resolve(span, span.as_str(self.text)).is_some();
        (known || words >= 2).then_some(Found { np, cue: colon..colon })
    }

    /// The speaker after the closing mark `close`, in the quote's sentence or a short next one, or
    /// after the last quote of the sentence (`“…” and “…,” he said`).
    fn speaker_after_close(&self, para: &Para<'_>, close: Span, later: &[Stretch], at: &Opening) -> Option<Found> {
        let next_open = later.first().map(|next| para.index(next.open.start));
        let after = para.index(close.end);
        let mut limit = para.sentence_of(after.saturating_sub(1)).end;
        if let Some(next_open) = next_open {
            limit = limit.min(next_open);
        }
        // `The firm, which had forecast “…” in May, proposed a dividend`: after a quote inside a
        // relative clause, the comma closes that clause, and the verb after it is the main one, with
        // its subject before the clause and its object after it.
        let v = &para.v;
        let in_relative =
            !at.direct && (at.clause + 1..at.mark).any(|k| v.is_punct(k - 1, ",") && v.is_relative_clause(k));
        after_speaker(v, after, limit)
            .filter(|f| !(in_relative && f.np.full.start > f.cue.start && v.according(f.cue.start).is_none()))
            .or_else(|| (after == limit && at.direct).then(|| next_sentence_speaker(para, after, next_open)).flatten())
            .or_else(|| self.tail_speaker(para, later, at.sentence.end))
    }

    /// The speaker of a quote that names none of its own, and where it comes from: the speaker of
    /// a paragraph that ended `X said:`; for an utterance, the previous quote's or the last one's,
    /// or the subject of the clause before it; for a partial quote, an earlier quote's in its
    /// sentence, the subject of its clause or the owner of a speech noun (`his claim that “…”`).
    fn carried_speaker(
        &mut self,
        para: &Para<'_>,
        stretch: &Stretch,
        has_prev: bool,
        at: &Opening,
        prev_speaker: &mut Option<(Range<usize>, Speaker)>,
    ) -> (Option<Speaker>, Origin) {
        let view = &para.v;
        let opens_paragraph = at.mark == 0;
        if opens_paragraph {
            if let Some(colon) = self.colon.take() {
                return (Some(colon), Origin::Own);
            }
        }
        if at.direct && (has_prev || opens_paragraph || stretch.continued) {
            let origin = if prev_speaker.is_some() { Origin::Paragraph } else { Origin::Carried };
            let speaker = prev_speaker.as_ref().map(|(_, s)| s.clone()).or_else(|| self.last.clone());
            return (speaker, origin);
        }
        if at.direct {
            // `X reiterated: “…”`: the subject of the clause before the quote.
            let clause = (at.mark > at.clause).then(|| view.nearest_subject(at.clause, at.mark)).flatten();
            if let Some(np) = clause {
                return (Some(self.speaker_of(para, &np)), Origin::Carried);
            }
            // `Ann Lee said the plan would fail. “We warned them.”`: the reporter of the sentence
            // just before the quote speaks on.
            if let Some(speaker) = self.reporter_before(para, at) {
                // (The last speaker is left to the attributions of the paragraph, read later.)
                *prev_speaker = Some((at.sentence.clone(), speaker.clone()));
                return (Some(speaker), Origin::Carried);
            }
            return (self.last.clone(), Origin::Carried);
        }
        let same_sentence =
            prev_speaker.as_ref().filter(|(sentence, _)| *sentence == at.sentence).map(|(_, s)| s.clone());
        let clause = same_sentence
            .or_else(|| view.nearest_subject(at.clause, at.mark).map(|np| self.speaker_of(para, &np)))
            .or_else(|| view.possessor_before(at.clause, at.mark).map(|np| self.speaker_of(para, &np)));
        if let Some(speaker) = &clause {
            *prev_speaker = Some((at.sentence.clone(), speaker.clone()));
        }
        (clause, Origin::Carried)
    }

    /// The source of reported speech (`Ann Lee said the plan would fail.`) in the sentence right
    /// before the quote's, when that sentence holds no quoted words.
    fn reporter_before(&self, para: &Para<'_>, at: &Opening) -> Option<Speaker> {
        let v = &para.v;
        let k = para.sentences.partition_point(|s| s.end <= at.sentence.start);
        let s = para.sentences.get(k.checked_sub(1)?)?.clone();
        if para.quoted[s.clone()].iter().any(|&q| q) {
            return None;
        }
        let mut hi = s.end;
        while hi > s.start && v.toks[hi - 1].kind == TokenKind::Punct {
            hi -= 1;
        }
        let np = (s.start..hi).find_map(|i| {
            let (class, n) = v.cue(i)?;
            (class == Cue::Say).then(|| attribution_at(v, s.start, i, n, hi)).flatten().map(|(_, np)| np)
        })?;
        Some(self.speaker_of(para, &np))
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
        let v = para.v;
        // `Instead, “…”`: only sentence adverbs and commas stand before the quote.
        let adverbs_only =
            o > lo && v.is_punct(o - 1, ",") && (lo..o).all(|k| v.is_punct(k, ",") || grammar::is_adverbish(v.word(k)));
        if o == 0 || o == lo || adverbs_only {
            return true;
        }
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
        // `said the 27-year-old from Leeds`, `said the German`: an age or a people stands for the
        // person just named, not a place.
        if is_age_description(head_text) || is_people_description(head_text) {
            let (entity, kind) = self.refer_back(para, np.head.start, EntityKind::Person, None);
            return Speaker { span, entity, kind, at };
        }
        let mut entity = self.resolver.resolve(head, head_text);
        // `the group denied`, `said the company`: a body named just before.
        if entity.is_none() && is_body_description(head_text) {
            let entity = self.body_before(para, np.head.start);
            let kind = entity.map(|_| EntityKind::Organization);
            return Speaker { span, entity, kind, at };
        }
        let mut kind = entity.and_then(|id| self.resolver.kind_of(id));
        // `the team’s captain, Ann Lee`: the person the appositive names, not the owner; but an
        // appositive that describes the head names no speaker (`Nordco, a firm run by Ann Lee,`).
        if np.full.len() > np.head.len() && kind != Some(EntityKind::Person) {
            let v = &para.v;
            let mut from = np.head.end;
            while from < np.full.end && !v.is_punct(from, ",") {
                from += 1;
            }
            // (With no comma, the words run on to the name: `The Nordco Trade Director Ann Lee`.)
            let apposition = if from < np.full.end { para.span(&(from + 1..np.full.end)) } else { span };
            let names_first = |at: usize| {
                let k = para.index(at);
                // (`the architect Ann Lee` names her; `a firm run by Ann Lee` describes the firm.)
                let describes = |j: usize| {
                    let w = v.word(j);
                    (grammar::is_determiner(w) && j > from + 1)
                        || grammar::is_stop(w)
                        || grammar::is_connector(w)
                        || w == "by"
                        || (w.ends_with("ed") && w.starts_with(char::is_lowercase))
                };
                from == np.full.end
                    || k <= from + 7 && (from + 1..k).all(|j| v.is_punct(j, ".") || v.is_word(j) && !describes(j))
            };
            if let Some((at, person)) = self.resolver.first_in(apposition, EntityKind::Person, |_| false) {
                if names_first(at) {
                    entity = Some(person);
                    kind = Some(EntityKind::Person);
                }
            }
        }
        Speaker { span, entity, kind, at }
    }

    /// Resolves a pronoun to the most recent fitting person (or, for `they` and
    /// `it`, organization): the last speaker or the subject of the previous sentence. A person the
    /// text gives the other gender (`Mr. Lee` for a `she`) never fits, and a name that is the
    /// object of a verb or preposition (`asked by Ann Lee`, `it fit Lee`) is passed over for a subject.
    fn pronoun(&self, para: &Para<'_>, i: usize, word: &str) -> (Option<EntityId>, Option<EntityKind>) {
        let (kind, gender) = if word.eq_ignore_ascii_case("he") {
            (EntityKind::Person, Some(Gender::Male))
        } else if word.eq_ignore_ascii_case("she") {
            (EntityKind::Person, Some(Gender::Female))
        } else if word.eq_ignore_ascii_case("they") || word.eq_ignore_ascii_case("it") {
            (EntityKind::Organization, None)
        } else {
            return (None, None);
        };
        self.forward_subject(para, i, kind, gender)
            .map_or_else(|| self.refer_back(para, i, kind, gender), |id| (Some(id), Some(kind)))
    }

    /// `While he agreed …, Ann Lee noted …`: a pronoun in a clause that opens the sentence with a
    /// conjunction stands for the name that is the subject right after that clause's comma.
    fn forward_subject(&self, para: &Para<'_>, i: usize, kind: EntityKind, gender: Option<Gender>) -> Option<EntityId> {
        let v = &para.v;
        let cur = para.sentence_of(i);
        let opener = v.word(cur.start);
        let coordinating = ["and", "but", "or", "so", "yet", "nor"].iter().any(|c| c.eq_ignore_ascii_case(opener));
        if cur.start >= i || !v.is_word(cur.start) || !Class::ClauseConjunction.has(opener) || coordinating {
            return None;
        }
        if (cur.start..i).any(|k| v.is_punct(k, ",") || para.quoted[k]) {
            return None;
        }
        let comma = (i + 1..cur.end.min(i + 40)).find(|&k| v.is_punct(k, ","))?;
        // (`While he waited after Ann Lee left, …`: a clause inside the opening one names no subject.)
        if (i + 1..comma).any(|k| v.is_word(k) && Class::ClauseConjunction.has(v.word(k)) || para.quoted[k]) {
            return None;
        }
        let next = para.span(&(comma + 1..(comma + 2).min(cur.end)));
        let m = self.resolver.mentions_in(Span::new(next.start, next.end.max(next.start + 1))).next()?;
        let fits = gender.is_none() || self.resolver.gender_of(m.1).is_none_or(|g| Some(g) == gender);
        (m.2 == kind && fits && m.0.start == next.start).then_some(m.1)
    }

    /// The most recent person (or organization) of `kind` and, if given, `gender` before token `i`:
    /// the last speaker or the subject of the previous sentence.
    fn refer_back(
        &self,
        para: &Para<'_>,
        i: usize,
        kind: EntityKind,
        gender: Option<Gender>,
    ) -> (Option<EntityId>, Option<EntityKind>) {
        let fits = |id: EntityId| gender.is_none() || self.resolver.gender_of(id).is_none_or(|g| Some(g) == gender);
        let at = para.v.toks.get(i).map_or(0, |t| t.span.start);
        let last =
            self.last.as_ref().filter(|s| s.kind == Some(kind) && s.at < at).and_then(|s| Some((s.at, s.entity?)));
        let mut best = last.filter(|&(_, id)| fits(id));
        // The last speaker has the other gender: someone else speaks.
        let other = last.is_some() && best.is_none();
        // The subject of the previous sentence, or of this one before the pronoun.
        let cur = para.sentence_of(i);
        let mut k = para.sentences.partition_point(|s| s.end <= cur.start);
        // `Ann Lee apologized. “A. B,” he said.`: the quote's own sentences name no one who speaks
        // it; the sentence before the quote does.
        if para.quoted.get(cur.start) == Some(&true) {
            let stop = k.saturating_sub(MAX_QUOTE_SENTENCES);
            let all_quoted = |s: &Range<usize>| s.clone().all(|j| para.quoted[j] || !para.v.is_word(j));
            while k > stop && all_quoted(&para.sentences[k - 1]) {
                k -= 1;
            }
        }
        let scope = if k > 0 { para.sentences[k - 1].start..i } else { cur.start..i };
        let span = para.span(&scope);
        let fitting = |m: &&(Span, EntityId, EntityKind)| m.2 == kind && fits(m.1) && !self.inside_quote(m.0.start);
        let mut candidates = self.resolver.mentions_in(span).filter(fitting).peekable();
        let mut first = None;
        let mut subject = None;
        while let Some(m) = candidates.next() {
            // `Lee’s son, Tom Lee,`: the owner of a phrase that names another fitting one is neither.
            let owner = self.owner_at(m.0.end) && candidates.peek().is_some_and(|n| n.0.start < m.0.end + 24);
            if owner {
                continue;
            }
            first = first.or(Some((m.0.start, m.1)));
            if !is_object(&para.v, scope.start, para.index(m.0.start)) {
                subject = Some((m.0.start, m.1));
                break;
            }
        }
        if let Some(found) = subject.or(first) {
            if best.is_none_or(|b| found.0 > b.0) {
                best = Some(found);
            }
        }
        // `Mrs. Lee … “…,” said Tom Cole. … she said`: when the last speaker has the other gender
        // and no one else fits, the nearest person the text gave the pronoun's gender.
        if best.is_none() && other && gender.is_some() {
            best = self
                .resolver
                .mentions_before(at)
                .find(|m| m.2 == kind && self.resolver.gender_of(m.1) == gender && !self.inside_quote(m.0.start))
                .map(|m| (m.0.start, m.1));
        }
        (best.map(|b| b.1), best.map(|_| kind))
    }

    /// `The Nordco board met. Later the group said …`: the organization that is the subject of the
    /// sentence before token `i` in its paragraph, or of its own sentence before `i`.
    fn body_before(&self, para: &Para<'_>, i: usize) -> Option<EntityId> {
        let cur = para.sentence_of(i);
        let k = para.sentences.partition_point(|s| s.end <= cur.start);
        let lo = if k > 0 { para.sentences[k - 1].start } else { cur.start };
        let span = para.span(&(lo..i));
        let m = self
            .resolver
            .mentions_in(span)
            .find(|m| m.2 == EntityKind::Organization && !self.inside_quote(m.0.start))?;
        let start = para.sentence_of(para.index(m.0.start)).start;
        (!self.owner_at(m.0.end) && !is_object(&para.v, start, para.index(m.0.start))).then_some(m.1)
    }

    /// True when a possessive ends the name that ends at byte `end` (`Lee’s son`): the name owns
    /// the phrase's head and is not its subject.
    fn owner_at(&self, end: usize) -> bool {
        let rest = self.text.get(end..).unwrap_or("");
        ["’s", "'s", "’ ", "' "].iter().any(|p| rest.starts_with(p))
    }

    /// True when byte `pos` lies inside a quoted stretch.
    fn inside_quote(&self, pos: usize) -> bool {
        let k = self.stretches.partition_point(|s| s.inner.start <= pos);
        k > 0 && self.stretches[k - 1].inner.end > pos
    }

    /// `his claim that …`, `fears that …`, `evidence that …`: the clause after the noun at token
    /// `noun` is what the noun's owner said, believes or found; a noun with no owner leaves the
    /// source open.
    fn noun_attribution(&mut self, para: &Para<'_>, start: usize, noun: usize, hi: usize, class: Cue) {
        const MIN_CLAUSE: usize = 4;
        let v = para.v;
        let content = noun + 2..hi;
        if content.len() < MIN_CLAUSE || (content.clone()).any(|k| para.quoted[k]) {
            return;
        }
        let source = v.owner_of(start, noun).map(|np| self.speaker_of(para, &np));
        self.out.attributions.push(Attribution {
            span: para.span(&content),
            source: source.as_ref().and_then(|s| s.entity),
            source_text: source.map(|s| Cow::Borrowed(s.span.as_str(self.text))),
            cue: Some(Cow::Borrowed(para.span(&(noun..noun + 1)).as_str(self.text))),
            cue_class: class.class(),
            quotes: Vec::new(),
        });
    }

    /// Reported speech without marks in the paragraph's sentences.
    fn attributions(&mut self, para: &mut Para<'_>) {
        let v = para.v;
        // By index: the sentences are only read below, so they need no copy for each paragraph.
        for k in 0..para.sentences.len() {
            let s = para.sentences[k].clone();
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
                if let Some(class) = v.noun_cue(i) {
                    self.noun_attribution(para, s.start, i, hi, class);
                    i += 2;
                    continue;
                }
                let Some((class, n)) = v.cue(i) else {
                    i += 1;
                    continue;
                };
                // `officials said Ann Lee would tell the envoy …`: what someone else says she will
                // say is their report, not hers.
                let at = v.toks[i].span.start;
                let reported = i > s.start
                    && is_modal(v.word(i - 1))
                    && (self
                        .out
                        .attributions
                        .last()
                        .is_some_and(|a| a.span.start <= at && at < a.span.end && a.cue_class == CueClass::Speech)
                        || (s.start..i).any(|j| para.used[j] && v.cue(j).is_some_and(|c| c.0 == Cue::Say)));
                // A verb that names with quoted words takes a stance without them (`praised the plan`,
                // `described the plan as a mistake`); `called` is too often a name or a phone call.
                if !reported && (class != Cue::Name || !grammar::starts_ci(v.word(i), "call")) {
                    // A subject inside quotation marks is the quote's words, not its speaker.
                    let found = attribution_at(&v, s.start, i, n, hi).filter(|(_, np)| !para.quoted[np.head.start]);
                    if let Some((content, np)) = found {
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
                            cue_class: class.class(),
                            quotes: Vec::new(),
                        });
                    }
                }
                i += n;
            }
        }
    }
}

/// True when a relative clause set off by the comma at token `comma` runs on to token `to`
/// (`, who rates the firm a`), with no other punctuation in it.
fn relative_runs_to(v: &View<'_>, comma: usize, to: usize) -> bool {
    v.is_punct(comma, ",")
        && v.is_relative_clause(comma + 1)
        && to < comma + 40
        && (comma + 1..to).all(|k| v.is_word(k) || v.toks[k].kind == TokenKind::Number)
}

/// `Salt Lake`, `Save Our Park`, `The Road to Oslo`: a few words, each capitalized but the small
/// ones inside (articles, conjunctions, short prepositions).
fn is_title(words: &str) -> bool {
    let mut n = 0;
    for (k, w) in words.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let small = k > 0 && ["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with"].contains(&w);
        if !(small || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) {
            return false;
        }
        n += 1;
    }
    (1..=SCARE_WORDS).contains(&n)
}

/// True when the words in marks from token `mark`, with token `after` right after the closing
/// mark, stand as a name in the writer's sentence: after a noun of a work (`the film “…”`) or an
/// owner (`Ann Lee’s “…”`), before a year in brackets (`“…” (2020)`), or between a modifier and
/// a plural noun (`green “…” badges`).
fn names_a_work(v: &View<'_>, mark: usize, after: usize) -> bool {
    let Some(prev) = mark.checked_sub(1).filter(|&p| v.is_word(p)) else {
        return v.is_punct(after, "(") && is_year_in_brackets(v, after);
    };
    let before = v.word(prev);
    let owner = before.starts_with(char::is_uppercase) && (before.ends_with("’s") || before.ends_with("'s"));
    let modifier = before.starts_with(char::is_lowercase)
        && !grammar::is_stop(before)
        && !is_preposition(before)
        && v.cue(prev).is_none()
        && !["as", "of", "and", "or"].contains(&before);
    let w = v.word(after);
    // (The noun follows the closing mark with no punctuation on either side of it.)
    let plural_noun = v.is_word(after)
        && v.toks.get(after - 1).is_some_and(|t| t.kind == TokenKind::Quote)
        && v.toks.get(after.wrapping_sub(2)).is_some_and(|t| t.kind == TokenKind::Word)
        && w.ends_with('s')
        && !grammar::is_stop(w)
        && !grammar::is_verb_start(w)
        && !Class::BeForm.has(w)
        && v.cue(after).is_none();
    v.classes_at(prev).has(Class::WorkNoun) || owner || is_year_in_brackets(v, after) || modifier && plural_noun
}

/// `(2020)`: a year in brackets from token `open`.
fn is_year_in_brackets(v: &View<'_>, open: usize) -> bool {
    let year = v.toks.get(open + 1).is_some_and(|t| t.kind == TokenKind::Number) && v.word(open + 1).len() == 4;
    v.is_punct(open, "(") && year && v.is_punct(open + 2, ")")
}

/// `the 27-year-old`, `the 27-year-old from Leeds`: a description of a person by age.
fn is_age_description(head: &str) -> bool {
    let Some(rest) = after_the(head) else {
        return false;
    };
    let mut words = rest.split(' ');
    let age = words.next().and_then(|w| w.strip_suffix("-year-old")).is_some_and(|n| {
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) || Class::NumberUnderTwenty.has(n) || Class::Tens.has(n)
    });
    // (`the 26-year-old Ann Lee` names her.)
    let named = words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
    age && !named
}

/// `the group`, `the ministry`, `the Oslo company`: a body described by its kind (and its home).
fn is_body_description(head: &str) -> bool {
    let mut words = head.split(' ');
    let the = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let mut n = 0;
    let mut last = "";
    for w in words {
        // (Words before the kind are a home in capitals: `the St. Louis company`.)
        if !last.is_empty() && !last.starts_with(char::is_uppercase) {
            return false;
        }
        last = w;
        n += 1;
    }
    // (Only the kinds any body may be: `the airline` after a mention of the EU is someone else.)
    let kind = ["company", "firm", "group", "agency", "organization", "organisation"].contains(&last);
    the && (1..=4).contains(&n) && kind
}

/// `the German`, `the Czech`: a person described by their people alone.
fn is_people_description(head: &str) -> bool {
    after_the(head).is_some_and(crate::entity::is_demonym)
}

/// The words of `head` after an opening `the`. Most heads are names: their first bytes rule them
/// out before any search for a space.
fn after_the(head: &str) -> Option<&str> {
    head.get(..4).filter(|the| the.eq_ignore_ascii_case("the ")).and_then(|_| head.get(4..))
}

/// True when the name at token `k` is the object of a verb or a preposition (`asked by Ann Lee`,
/// `it fit Lee`), looking back over its titles and role words no further than `lo`.
fn is_object(v: &View<'_>, lo: usize, k: usize) -> bool {
    let mut j = k;
    while j > lo {
        let w = v.word(j - 1);
        let title = v.is_punct(j - 1, ".") || (v.is_word(j - 1) && w.starts_with(char::is_uppercase));
        if title || grammar::is_determiner(w) || grammar::is_role_word(w) {
            j -= 1;
        } else {
            break;
        }
    }
    if j == lo || !v.is_word(j - 1) {
        return false;
    }
    let before = v.word(j - 1);
    // `“…,” said Ann Lee`: the speaker after an inverted cue is its subject (but `told Ann Lee`).
    let inverted = matches!(v.cue(j - 1), Some((Cue::Say, 1)))
        && !["told", "tells", "asked", "asks"].iter().any(|c| c.eq_ignore_ascii_case(before));
    let conjunction =
        Class::ClauseConjunction.has(before) || ["and", "but", "or"].iter().any(|c| c.eq_ignore_ascii_case(before));
    !(inverted || conjunction)
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
    // `“…” ― Ann Lee`: a dash and a name, with no verb; a post's signature may add the
    // handle and the date (`— Ann Lee (@annlee) May 3, 2024`). A signature opens with the
    // name (not `-- and Ann Lee, a former judge.`: the sentence goes on after an aside).
    if i > c && v.toks[i - 1].kind == TokenKind::Dash && v.word(i).starts_with(char::is_uppercase) {
        if let Some(np) = v.np_after(i, hi).map(|np| signature_name(v, np)) {
            let dated = |k: usize| {
                v.toks[k].kind != TokenKind::Word || v.classes_at(k).has_any(&[Class::Month, Class::MonthAbbreviation])
            };
            let after = handle_end(v, np.head.end).unwrap_or(np.full.end);
            let signed = after > np.head.end && (after..hi).all(dated);
            if signed || (np.full.end..hi).all(|k| v.toks[k].kind == TokenKind::Punct) {
                return Some(Found { np, cue: i..i });
            }
        }
    }
    if let Some((Cue::Say | Cue::Report | Cue::Evidence, n)) = v.cue(i) {
        let np = v.np_after(i + n, hi)?;
        return Some(Found { np, cue: i..i + n });
    }
    let limit = hi.min(i + 40);
    let cue = (i..limit).take_while(|&k| v.toks[k].kind != TokenKind::Quote).find(|&k| v.cue(k).is_some())?;
    let (class, n) = v.cue(cue)?;
    // `“…,” the crowd applauded`: only a cue of words or findings names the quote's speaker.
    if !matches!(class, Cue::Say | Cue::Report | Cue::Evidence) {
        return None;
    }
    // `“…” at a rally, according to the Daily Ledger`.
    if v.according(cue).is_some() {
        let np = v.np_after(cue + n, hi)?;
        return Some(Found { np, cue: cue..cue + n });
    }
    // `a “trade prosecutor” who reports to …`: a relative clause on the quoted noun.
    if i == c && v.is_relative(i) {
        return None;
    }
    if let Some(np) = v.subject_before(i, cue) {
        // `“…” of the plan, Mr. Lane said`: the quote's sentence goes on before the speaker.
        if np.full.start == i || v.is_punct(np.full.start - 1, ",") {
            return Some(Found { np, cue: cue..cue + n });
        }
    }
    // `“…” in its dealings, said Ann Lee.` (a participle is never inverted: `…, adding her view`).
    if cue > i && v.is_punct(cue - 1, ",") && !v.word(cue).ends_with("ing") {
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

/// The name of a signature without its handle (`Ann Lee (@annlee)` is Ann Lee).
fn signature_name(v: &View<'_>, np: Np) -> Np {
    if handle_end(v, np.head.end).is_some() { Np { full: np.head.clone(), head: np.head } } else { np }
}

/// The end of a handle in brackets at token `at` (`(@annlee)`).
fn handle_end(v: &View<'_>, at: usize) -> Option<usize> {
    if !v.is_punct(at, "(") {
        return None;
    }
    let close = (at + 1..at + 5).find(|&k| v.is_punct(k, ")"))?;
    (close > at + 1 && v.word(at + 1).starts_with('@')).then_some(close + 1)
}

/// `“LEE: We are ready.”`: a transcript line names its speaker in capitals before a colon,
/// inside the quotation marks, from token `from`.
fn transcript_label(v: &View<'_>, from: usize) -> Option<Found> {
    let capitals = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-');
    let colon = (from..from + 4).find(|&k| !capitals(v.word(k)))?;
    (colon > from && v.is_punct(colon, ":"))
        .then_some(Found { np: Np { head: from..colon, full: from..colon }, cue: colon..colon })
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
    // `Mr. Cole said the port was shut.` reports words of its own.
    let content = grammar::is_determiner(v.word(after_np)) || v.is_pronoun(after_np);
    let short = (hi.saturating_sub(after_np) <= 4 && !content)
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
    // `a prosecutor who reports to the president`: a relative clause on a noun (no comma)
    // describes the noun; the speaker is that of the clause around it.
    let restrictive = cue > floor + 1 && v.is_relative(cue - 1) && !v.is_punct(cue - 2, ",");
    if restrictive {
        return before_speaker(v, lo, cue - 1, quoted);
    }
    // `X agreed, praising … as “…”`: a participle after a comma shares the subject of the verb before it.
    if cue > floor + 1 && v.is_punct(cue - 1, ",") && v.word(cue).ends_with("ing") {
        let main_clause = |f: &Found| !(f.np.head.len() == 1 && v.is_relative(f.np.head.start));
        if let Some(found) = before_speaker(v, lo, cue - 1, quoted).filter(main_clause) {
            return Some(Found { np: found.np, cue: cue..cue + v.cue(cue).map_or(1, |c| c.1) });
        }
    }
    // `Ann Lee said the agency told her it was “…”`: a report inside another's words belongs to
    // the outer speaker, whose content holds it.
    // But not one in a clause or phrase of its own when a later verb has a subject of its own
    // after a comma (`When Ann Lee mentioned it, I said, “…”`, `In a statement announcing the
    // pick, the union called her “…”`).
    let says: Vec<usize> = (floor..cue).filter(|&k| !quoted[k] && matches!(v.cue(k), Some((Cue::Say, _)))).collect();
    for (n, &k) in says.iter().enumerate() {
        // `Claiming the report is false, Ann Lee told reporters that “…”`: a participle that opens
        // the sentence shares the subject of the clause after it.
        let opening_participle = v.word(k).ends_with("ing") && (k == lo || v.is_punct(k - 1, ","));
        // `Asked by Ann Lee whether …, he said`, `Asked about it, she said`: a passive participle that
        // opens the clause has the subject after it too; the asker is no speaker.
        let next = v.word(k + 1);
        let passive = k == lo
            && (v.word(k).ends_with("ed") || v.word_eq_ci(k, "told"))
            && v.is_word(k + 1)
            && next.starts_with(char::is_lowercase)
            && !v.is_pronoun(k + 1)
            && (grammar::is_stop(next) || is_preposition(next) || next == "by");
        if opening_participle || passive {
            continue;
        }
        let Some(found) = speaker_of_cue(v, lo, k, o) else { break };
        let link = v.word(found.np.full.start.wrapping_sub(1));
        let subordinate =
            !link.eq_ignore_ascii_case("as") && (Class::ClauseConjunction.has(link) || Class::PhraseOpener.has(link));
        // A later cue whose subject opens a clause after a comma (`…, I said`) or after `, and`
        // (`The city has warned that …, and Ms. Acosta said the “…”`: a clause of its own).
        let later_clause = |link: &[&str]| {
            says[n + 1..].iter().chain([&cue]).filter_map(|&later| speaker_of_cue(v, lo, later, o)).any(|f| {
                let at = f.np.full.start;
                let linked = link.is_empty() || link.contains(&v.word(at.wrapping_sub(1)));
                let comma = at.saturating_sub(if link.is_empty() { 1 } else { 2 });
                at > found.cue.end && linked && v.is_punct(comma, ",")
            })
        };
        if !(subordinate && later_clause(&[]) || later_clause(&["and", "but"])) {
            return Some(found);
        }
    }
    speaker_of_cue(v, lo, cue, o)
}

/// `X fired back: “…”`, `Ann Lee, who told the board when asked: “…”`: the speaker
/// of the clause that ends with the colon before the opening mark at `o`, from its first cue.
/// Without a cue in that clause there is no speaker here; the clause's subject is tried later.
fn colon_speaker(v: &View<'_>, lo: usize, o: usize, quoted: &[bool]) -> Option<Found> {
    let colon = o - 1;
    let start = (lo.max(colon.saturating_sub(40))..colon).rev().find(|&k| v.is_punct(k, ",")).map_or(lo, |k| k + 1);
    match (start..colon).filter(|&k| !quoted[k]).find(|&k| is_speech_cue(v, k)) {
        Some(cue) => speaker_of_cue(v, lo, cue, o),
        // `The surge doesn't surprise pollster Dan Shaw: “…”`: the name the clause ends with.
        None => v.name_before_colon(start, colon).map(|np| Found { np, cue: colon..colon }),
    }
}

/// True when token `k` is a cue that can introduce quoted words: findings
/// (`found`, `believes`) name no speaker, reports do.
fn is_speech_cue(v: &View<'_>, k: usize) -> bool {
    match v.cue(k) {
        Some((Cue::Report, _)) => grammar::starts_ci(v.word(k), "report"),
        Some((Cue::Belief | Cue::Evidence, _)) | None => false,
        Some(_) => true,
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

#[cfg(test)]
mod tests;
