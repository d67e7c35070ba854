//! Sentence salience and key points.
//!
//! Each body sentence is scored by how many of its content words recur
//! elsewhere in the article (similarity to the rest), how much it shares with the
//! headline, its position, the entities it names and the facts it carries
//! (figures, dates, quotes). Key points are then picked greedily with a
//! redundancy penalty (maximal marginal relevance) and listed in article order.
//! Everything is linear in the article's length apart from the final pick,
//! which compares each candidate only with the few sentences already chosen.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::lexicon::{self, Class};
use crate::model::{Article, KeyPoint, Role, SentenceId};
use crate::span::Span;
use crate::token::TokenKind;

/// Feature weights: centrality dominates, then headline terms, position and entities.
const W_CENTRAL: f32 = 1.0;
const W_HEADLINE: f32 = 0.3;
const W_LEAD: f32 = 0.25;
const W_ENTITY: f32 = 0.25;
const W_FACTS: f32 = 0.1;
/// How strongly overlap with already chosen sentences is penalized.
const REDUNDANCY: f32 = 0.5;
/// Overlap at which a sentence counts as a near-duplicate of a chosen one and is dropped.
const NEAR_DUPLICATE: f32 = 0.7;
/// Sentences shorter than this many words are rarely a point on their own.
const MIN_WORDS: usize = 6;

/// One body sentence's features.
struct Candidate {
    id: SentenceId,
    /// Where its distinct content words, as vocabulary ids, sorted, stand in [`Features::words`].
    words: WordsAt,
    n_words: usize,
    /// No word in lower case, or a scoring line's label: a table's row, a line-up or a list of
    /// names, which states nothing.
    row: bool,
    central: f32,
    headline: f32,
    lead: f32,
    entity: f32,
    facts: f32,
}

/// The body sentences with their features, the headline's words and the counts of every word in
/// the body.
struct Features {
    cands: Vec<Candidate>,
    /// The content words of every candidate.
    words: Words,
    /// The headline's content words, sorted and deduplicated.
    headline_words: Vec<u32>,
    /// How many times each word of the vocabulary occurs in the body.
    doc_tf: Vec<u32>,
}

/// The candidates' words, one after the other in chunks of [`Words::CHUNK`] or more: one
/// allocation for many sentences rather than one for each, yet small enough to take memory that
/// earlier passes freed, where one large vector would take new pages and raise the peak.
#[derive(Default)]
struct Words {
    chunks: Vec<Vec<u32>>,
}

/// Where a candidate's words stand in [`Words`].
#[derive(Clone)]
struct WordsAt {
    chunk: usize,
    range: Range<usize>,
}

impl Words {
    /// The fewest words a chunk holds.
    const CHUNK: usize = 4096;

    /// Keeps `words` after those kept before.
    fn push(&mut self, words: &[u32]) -> WordsAt {
        if self.chunks.last().is_none_or(|c| c.capacity() - c.len() < words.len()) {
            self.chunks.push(Vec::with_capacity(Words::CHUNK.max(words.len())));
        }
        let chunk = self.chunks.len() - 1;
        let kept = &mut self.chunks[chunk];
        let from = kept.len();
        kept.extend_from_slice(words);
        WordsAt { chunk, range: from..kept.len() }
    }

    /// The words kept at `at`.
    fn get(&self, at: &WordsAt) -> &[u32] {
        &self.chunks[at.chunk][at.range.clone()]
    }
}

/// The largest value of each feature, by which scores are normalized.
struct Maxima {
    central: f32,
    headline: f32,
    entity: f32,
}

/// Scores every body sentence (`salience`) and chooses `n` key points: the features of each
/// sentence, its centrality and headline share, a weighted score, then a pick by maximal
/// marginal relevance, listed in article order with the reasons each was chosen.
pub(crate) fn choose(article: &mut Article<'_>, n: usize) {
    let mut features = features(article);
    if features.cands.is_empty() {
        article.key_points.clear();
        return;
    }
    centrality(&mut features);
    let cands = &features.cands;
    let max_of = |f: &dyn Fn(&Candidate) -> f32| cands.iter().map(f).fold(0.0f32, f32::max).max(1e-6);
    let maxima =
        Maxima { central: max_of(&|c| c.central), headline: max_of(&|c| c.headline), entity: max_of(&|c| c.entity) };
    let scores: Vec<f32> = cands.iter().map(|c| score(c, &maxima)).collect();
    for (c, &s) in cands.iter().zip(&scores) {
        article.paragraphs[c.id.paragraph].sentences[c.id.sentence].salience = Some((s * 1000.0).round() / 1000.0);
    }
    let mut chosen = pick(cands, &features.words, &scores, n);
    chosen.sort_unstable();
    let has_headline = !features.headline_words.is_empty();
    article.key_points = chosen
        .into_iter()
        .map(|i| KeyPoint { sentence: cands[i].id, why: why(&cands[i], &maxima, has_headline) })
        .collect();
}

/// The features of every body sentence that do not depend on the others: its content words,
/// position, entity mentions and facts; and the headline's words and the body's word counts.
fn features(article: &Article<'_>) -> Features {
    let text: &str = &article.source;
    let mut vocab = Vocabulary { recent: vec![(u64::MAX, None); 1 << RECENT_BITS], ..Vocabulary::default() };
    let mut doc_tf: Vec<u32> = Vec::new();
    let mentions = mention_weights(article);
    let facts_at = fact_starts(article);
    let headline_span = article.meta.headline.as_ref().map(|h| h.span);
    let mut headline_words: Vec<u32> = Vec::new();
    // A candidate for each sentence at most: sized once rather than grown by doublings.
    let mut cands: Vec<Candidate> = Vec::with_capacity(article.paragraphs.iter().map(|p| p.sentences.len()).sum());
    let mut all_words = Words::default();
    // The words of the sentence being read, reused from one sentence to the next.
    let mut words: Vec<u32> = Vec::new();
    let mut body_rank = 0usize;
    let mut tok_from = 0usize;
    // Body sentences come in text order: cursors into the sorted mentions and facts walk them once.
    let (mut mention_from, mut fact_from) = (0usize, 0usize);
    let tokens = &article.tokens;
    for (paragraph_idx, paragraph) in article.paragraphs.iter().enumerate() {
        let is_headline = paragraph.role == Role::Headline || headline_span.is_some_and(|h| paragraph.span.contains(h));
        for (sentence_idx, sentence) in paragraph.sentences.iter().enumerate() {
            // Sentences come in text order, so one walk over the tokens finds each one's words.
            let mut from = tok_from;
            while tokens.get(from).is_some_and(|t| t.span.start < sentence.span.start) {
                from += 1;
            }
            let mut to = from;
            while tokens.get(to).is_some_and(|t| t.span.end <= sentence.span.end) {
                to += 1;
            }
            tok_from = to;
            words.clear();
            let (mut n_words, mut lower) = (0, 0);
            // (`Kites: Tries: ap Rhys, Bowen Cons: Hale`: a scoring line's label before its colon
            // makes the sentence a list, whatever the case of its particles.)
            let mut labelled = false;
            for token in &tokens[from..to] {
                if !matches!(token.kind, TokenKind::Word | TokenKind::Number) {
                    continue;
                }
                // (The byte after the word first: most words have no colon after them.)
                let colon_after = text.as_bytes().get(token.span.end) == Some(&b':');
                labelled |= colon_after && Class::ScoreLabel.has_as_written(token.span.as_str(text));
                n_words += 1;
                lower += usize::from(text[token.span.start..].starts_with(char::is_lowercase));
                if let Some(id) = vocab.intern_content_word(text, token.span, &mut doc_tf) {
                    words.push(id);
                }
            }
            if is_headline {
                headline_words.extend(&words);
                continue;
            }
            if paragraph.role != Role::Body {
                continue;
            }
            for &w in &words {
                doc_tf[w as usize] += 1;
            }
            // From here on a candidate's words are its sorted set of distinct words.
            words.sort_unstable();
            words.dedup();
            let entity = {
                let a = skip_while(&mentions, mention_from, |m| m.0 < sentence.span.start);
                let b = skip_while(&mentions, a, |m| m.0 < sentence.span.end);
                mention_from = b;
                mentions[a..b].iter().map(|m| m.2).sum::<f32>()
            };
            let facts = {
                let a = skip_while(&facts_at, fact_from, |&x| x < sentence.span.start);
                let b = skip_while(&facts_at, a, |&x| x < sentence.span.end);
                fact_from = b;
                (b - a).min(3) as f32 / 3.0
            };
            cands.push(Candidate {
                id: SentenceId { paragraph: paragraph_idx, sentence: sentence_idx },
                words: all_words.push(&words),
                n_words,
                // (`Kites: Tries: ap Rhys, Bowen Cons: Hale`: a particle in lower case leaves
                // a scoring line a list all the same.)
                row: (lower == 0 || labelled) && n_words >= 3,
                central: 0.0,
                headline: 0.0,
                lead: 1.0 / (1.0 + body_rank as f32 * 0.5),
                entity,
                facts,
            });
            body_rank += 1;
        }
    }
    headline_words.sort_unstable();
    headline_words.dedup();
    Features { cands, words: all_words, headline_words, doc_tf }
}

/// The index of the first item of `items` from `from` on that fails `test`: `partition_point` for a
/// sorted slice whose items before `from` pass.
fn skip_while<T>(items: &[T], from: usize, test: impl Fn(&T) -> bool) -> usize {
    from + items.get(from..).unwrap_or_default().iter().take_while(|&x| test(x)).count()
}

/// Content words interned as ids; interning allocates only for a word not seen before.
#[derive(Default)]
struct Vocabulary<'t> {
    ids: FxHashMap<String, u32>,
    /// Each token as written with its content word's id, or `None`: a token read before is
    /// not lowercased and looked up again. Most words are short: those are keyed by their bytes
    /// packed into a number ([`short_key`]), hashed and compared in a few instructions.
    seen: FxHashMap<&'t str, Option<u32>>,
    seen_short: FxHashMap<u64, Option<u32>>,
    /// The short keys read last, each in the slot its key picks, with their ids: a word the text
    /// repeats (most are) is answered by one compare before `seen_short` is hashed and probed.
    /// An empty slot holds `u64::MAX`, no short key.
    recent: Vec<(u64, Option<u32>)>,
    /// The lowercased word being read.
    buf: String,
}

/// Slots in [`Vocabulary::recent`], as a power of two.
const RECENT_BITS: u32 = 12;

impl<'t> Vocabulary<'t> {
    /// The id of the content word of the token at `span` of `text`, or `None` for a stopword or a
    /// bare number; a new word gets a count of zero in `doc_tf`. A short word seen before is
    /// found by its bytes: only a new or long one is sliced out of the text as a `str`, whose
    /// character boundaries are checked.
    fn intern_content_word(&mut self, text: &'t str, span: Span, doc_tf: &mut Vec<u32>) -> Option<u32> {
        let bytes = text.as_bytes().get(span.start..span.end).unwrap_or_default();
        if let Some(key) = short_key(bytes) {
            // The key's bytes mixed by one multiplication; the top bits pick the slot.
            let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
            if let Some(&(_, id)) = self.recent.get(slot).filter(|(recent, _)| *recent == key) {
                return id;
            }
            let id = match self.seen_short.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.intern_new(span.as_str(text), doc_tf);
                    self.seen_short.insert(key, id);
                    id
                }
            };
            if let Some(entry) = self.recent.get_mut(slot) {
                *entry = (key, id);
            }
            return id;
        }
        let token = span.as_str(text);
        if let Some(&id) = self.seen.get(token) {
            return id;
        }
        let id = self.intern_new(token, doc_tf);
        self.seen.insert(token, id);
        id
    }

    fn intern_new(&mut self, token: &str, doc_tf: &mut Vec<u32>) -> Option<u32> {
        let w = content_word(token, &mut self.buf)?;
        if let Some(&id) = self.ids.get(w) {
            return Some(id);
        }
        let id = self.ids.len() as u32;
        self.ids.insert(w.to_owned(), id);
        doc_tf.push(0);
        Some(id)
    }
}

/// A word of at most seven bytes as one number: its bytes, and its length in the top byte.
///
/// The bytes are read by two loads of four, two or one bytes, the second ending where the word
/// ends and overlapping the first (the bytes both read are the same, so or-ing them keeps them):
/// no copy into a buffer, which is a call to `memcpy` for every word token of the body.
fn short_key(b: &[u8]) -> Option<u64> {
    let n = b.len();
    let four = |at: usize| b.get(at..at + 4).map_or(0, |x| u64::from(u32::from_le_bytes([x[0], x[1], x[2], x[3]])));
    let two = |at: usize| b.get(at..at + 2).map_or(0, |x| u64::from(u16::from_le_bytes([x[0], x[1]])));
    let bytes = match n {
        8.. => return None,
        4.. => four(0) | four(n - 4) << (8 * (n - 4)),
        2.. => two(0) | two(n - 2) << (8 * (n - 2)),
        1 => u64::from(b[0]),
        _ => 0,
    };
    Some(bytes | (n as u64) << 56)
}

/// Each mention's start, entity index and weight (how often its entity is mentioned), by start,
/// mentions at one start in entity order (the order in which the weights are summed).
fn mention_weights(article: &Article<'_>) -> Vec<(usize, u32, f32)> {
    let mut weights: Vec<(usize, u32, f32)> =
        Vec::with_capacity(article.entities.iter().map(|e| e.mentions.len()).sum());
    for (k, e) in article.entities.iter().enumerate() {
        let weight = (e.mentions.len() as f32).ln_1p();
        // The index as the entity's id is numbered (sixteen bytes an item, where a `usize` would
        // make them twenty-four and the sort slower).
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        weights.extend(e.mentions.iter().map(|m| (m.span.start, k, weight)));
    }
    // The entity index breaks ties as a stable sort would keep them; two mentions of one entity
    // at one start weigh the same. By radix on the start: a few passes over the mentions.
    crate::radix::sort_by_offset(&mut weights, |m| m.0, |m| m.1);
    weights
}

/// Where the amounts, times and quotes start, sorted.
fn fact_starts(article: &Article<'_>) -> Vec<usize> {
    let mut starts: Vec<usize> = article
        .amounts
        .iter()
        .map(|a| a.span.start)
        .chain(article.times.iter().map(|t| t.span.start))
        .chain(article.quotes.iter().map(|q| q.span.start))
        .collect();
    starts.sort_unstable();
    starts
}

/// Centrality (how much of a sentence's vocabulary recurs elsewhere in the article) and the share
/// of headline words.
fn centrality(features: &mut Features) {
    let headline_words = &features.headline_words;
    // Each word's weight once, rather than once for every sentence it is in: the log of how often
    // it recurs (a word of no body sentence has no count, and no sentence asks for its weight).
    let recurs: Vec<f32> = features.doc_tf.iter().map(|&tf| (tf.saturating_sub(1) as f32).ln_1p()).collect();
    // The headline's words marked by id: a sentence's are counted by look-ups, not searches.
    let mut in_headline = vec![false; recurs.len()];
    for &w in headline_words {
        if let Some(mark) = in_headline.get_mut(w as usize) {
            *mark = true;
        }
    }
    for cand in &mut features.cands {
        let words = features.words.get(&cand.words);
        cand.central = words.iter().map(|&w| recurs[w as usize]).sum();
        cand.headline = words.iter().filter(|&&w| in_headline.get(w as usize).is_some_and(|&h| h)).count() as f32
            / (1.0 + headline_words.len() as f32).sqrt();
    }
}

/// The weighted score of a candidate, from 0 to 1; short sentences count for less.
fn score(cand: &Candidate, maxima: &Maxima) -> f32 {
    let short = if cand.n_words < MIN_WORDS || cand.row { 0.3 } else { 1.0 };
    let raw = W_CENTRAL * cand.central / maxima.central
        + W_HEADLINE * cand.headline / maxima.headline
        + W_LEAD * cand.lead
        + W_ENTITY * cand.entity / maxima.entity
        + W_FACTS * cand.facts;
    short * raw / (W_CENTRAL + W_HEADLINE + W_LEAD + W_ENTITY + W_FACTS)
}

/// Maximal marginal relevance: up to `n` candidates, each the best score less its overlap with
/// those already chosen; near-duplicates of a chosen one are dropped.
fn pick(cands: &[Candidate], words: &Words, scores: &[f32], n: usize) -> Vec<usize> {
    let words_of = |c: &Candidate| words.get(&c.words);
    let mut chosen: Vec<usize> = Vec::new();
    // Each candidate's largest overlap with those chosen so far, updated with each new one only.
    let mut overlaps = vec![0.0f32; cands.len()];
    let mut taken = vec![false; cands.len()];
    // The words of the one chosen last, marked by id: each overlap with it counts marks.
    let n_ids = cands.iter().filter_map(|c| words_of(c).last()).max().map_or(0, |&w| w as usize + 1);
    let mut in_last = vec![false; n_ids];
    while chosen.len() < n.min(cands.len()) {
        if let Some(&last) = chosen.last() {
            taken[last] = true;
            let last_words = words_of(&cands[last]);
            for &w in last_words {
                in_last[w as usize] = true;
            }
            for (overlap, cand) in overlaps.iter_mut().zip(cands) {
                *overlap = overlap.max(jaccard(words_of(cand), last_words.len(), &in_last));
            }
            for &w in last_words {
                in_last[w as usize] = false;
            }
        }
        let best = (0..cands.len())
            .filter(|&i| !taken[i])
            .filter_map(|i| {
                let overlap = overlaps[i];
                (overlap < NEAR_DUPLICATE).then_some((i, scores[i] - REDUNDANCY * overlap))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => chosen.push(i),
            None => break,
        }
    }
    chosen
}

/// The reasons a candidate was chosen, for the reader.
fn why(cand: &Candidate, maxima: &Maxima, has_headline: bool) -> Vec<&'static str> {
    let mut why = Vec::new();
    if cand.lead >= 0.5 {
        why.push("lead");
    }
    if cand.central / maxima.central >= 0.6 {
        why.push("central");
    }
    if cand.headline / maxima.headline >= 0.5 && has_headline {
        why.push("headline terms");
    }
    if cand.entity / maxima.entity >= 0.5 {
        why.push("key people and organizations");
    }
    if cand.facts > 0.0 {
        why.push("figures, dates or quotes");
    }
    if why.is_empty() {
        why.push("adds new information");
    }
    why
}

/// The lower-cased, lightly stemmed form of a content word, or `None` for stopwords.
fn content_word<'b>(w: &str, buf: &'b mut String) -> Option<&'b str> {
    let w = strip_all(strip_all(w, "’s"), "'s");
    if w.len() < 2 || w.bytes().all(|c| c.is_ascii_digit() || c == b',' || c == b'.') {
        return None;
    }
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(w.chars().flat_map(char::to_lowercase));
    }
    if is_stopword(buf) {
        return None;
    }
    if buf.len() > 4 && buf.ends_with('s') && !buf.ends_with("ss") {
        buf.pop();
    }
    Some(buf.as_str())
}

/// `w` without every trailing `suffix`: what `trim_end_matches` gives, without building a
/// substring searcher for each word.
fn strip_all<'w>(mut w: &'w str, suffix: &str) -> &'w str {
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

/// Words too common to say what a sentence is about (`w` is lowercase).
fn is_stopword(w: &str) -> bool {
    let classes = [Class::Stopword, Class::FunctionWord];
    lexicon::written(w, &classes).as_written.has_any(&classes)
}

/// Overlap of two deduplicated word sets: `a`, and a set of `b_len` words marked in `in_b` by id.
fn jaccard(a: &[u32], b_len: usize, in_b: &[bool]) -> f32 {
    if a.is_empty() || b_len == 0 {
        return 0.0;
    }
    let both = a.iter().filter(|&&w| in_b[w as usize]).count();
    both as f32 / (a.len() + b_len - both) as f32
}

#[cfg(test)]
mod tests {
    use crate::{Options, parse_with};

    #[test]
    fn short_keys_pack_the_bytes_and_the_length() {
        for w in ["", "a", "an", "the", "fell", "rises", "market", "fiscal", "quarter"] {
            let mut eight = [0u8; 8];
            eight[..w.len().min(8)].copy_from_slice(&w.as_bytes()[..w.len().min(8)]);
            let want = (w.len() < 8).then(|| u64::from_le_bytes(eight) | (w.len() as u64) << 56);
            assert_eq!(super::short_key(w.as_bytes()), want, "{w}");
        }
    }

    fn points(text: &str, n: usize) -> Vec<String> {
        let a = parse_with(text, &Options::default().with_key_points(n));
        a.key_points.iter().map(|k| a.sentence(k.sentence).unwrap().span.as_str(text).to_owned()).collect()
    }

    const STORY: &str = "Harbor Bridge to Close for Repairs
The Harbor Bridge will close for six months of repairs starting in June, city officials said on Monday.
The bridge carries about 90,000 vehicles a day between the harbor district and downtown.
Officials said the repairs to the bridge deck and cables would cost $120 million.
Traffic will be diverted to the tunnel and the ferry service will add sailings.
The weather was mild.
Business owners in the harbor district said the closure of the bridge would hurt trade.
The ferry service said it would add sailings during the closure of the bridge.
";

    #[test]
    fn picks_central_sentences_in_article_order() {
        let got = points(STORY, 3);
        assert_eq!(got.len(), 3);
        assert!(got[0].starts_with("The Harbor Bridge will close"), "{got:?}");
        assert!(!got.iter().any(|s| s == "The weather was mild."));
        let a = parse_with(STORY, &Options::default().with_key_points(3));
        let ids: Vec<_> = a.key_points.iter().map(|k| k.sentence).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
        assert!(a.key_points.iter().all(|k| !k.why.is_empty()));
    }

    #[test]
    fn rows_and_line_ups_make_no_key_points() {
        let story = "Harlow beat Carrow to go top
Tom Kemp scored twice as Harlow beat Carrow 3-1 to go top of the league on Saturday.
Carrow had led through a Lee Vale header after ten minutes before Kemp levelled for Harlow.
Harlow: Kemp, Vale, Dwyer, Banic, Osterby, Quellan, Brennick, Harlow Kemp.
Carrow: Dunmaren, Kessel, Vettraine, Hallam, Kelby, Pembrasse, Corwick.
Harlow Kites: Tries: ap Rhys, Llewellyn-Hale, Brennick Cons: Osterby 3 Pen: Osterby
Harlow manager Ana Ruiz said her side had earned the win over Carrow.
";
        let got = points(story, 3);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|s| !s.contains(':')), "{got:?}");
    }

    #[test]
    fn every_body_sentence_gets_a_salience() {
        let a = parse_with(STORY, &Options::default());
        for (id, s) in a.sentences() {
            let body = a.paragraphs[id.paragraph].role == crate::Role::Body;
            assert_eq!(s.salience.is_some(), body);
            if let Some(v) = s.salience {
                assert!((0.0..=1.0).contains(&v));
            }
        }
    }

    #[test]
    fn never_more_points_than_sentences() {
        assert_eq!(points("One short line of text here.", 5).len(), 1);
        assert!(points("", 3).is_empty());
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let text = "The council approved the budget on Tuesday after a long debate.
The council approved the budget on Tuesday after a long and bitter debate.
Teachers will get a raise of 4% under the plan approved by the council.
Road repairs will be delayed until next year because of the budget.
";
        let got = points(text, 2);
        assert!(
            !(got[0].contains("approved the budget on Tuesday") && got[1].contains("approved the budget on Tuesday")),
            "{got:?}"
        );
    }
}
