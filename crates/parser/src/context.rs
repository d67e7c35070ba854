//! What the analysis passes read: the text and the results of the layout, token and sentence passes.

use std::ops::Range;

use crate::date::Date;
use crate::lexicon::{self, Classes};
use crate::model::{Meta, Paragraph};
use crate::token::{Token, TokenKind};

/// What the analysis stages read: the text and the results of the layout pass.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context<'a, 'p> {
    /// The whole text.
    pub(crate) text: &'a str,
    /// Paragraphs with roles and sentences.
    pub(crate) paragraphs: &'p [Paragraph],
    /// Every token, in order.
    pub(crate) tokens: &'p [Token],
    /// The range of each paragraph's tokens in `tokens`, by paragraph ([`Context::token_ranges`]).
    pub(crate) token_ranges: &'p [Range<usize>],
    /// The lexicon classes of each token, by index (none but for words): looked up once, so no
    /// pass folds and looks up the same word again ([`Context::word_classes`]).
    pub(crate) classes: &'p TokenClasses,
    /// Headline, byline, dateline and contacts.
    pub(crate) meta: &'p Meta<'a>,
    /// The date relative expressions resolve against.
    pub(crate) reference: Option<Date>,
}

impl<'a, 'p> Context<'a, 'p> {
    /// The lexicon classes of each token of `text`: a word's classes ignoring ASCII case, none for
    /// any other token. The look-up reads bytes, so a word is not sliced out as a `str` (whose
    /// character boundaries would be checked).
    pub(crate) fn word_classes(text: &str, tokens: &[Token]) -> TokenClasses {
        // The words a text repeats are looked up in the lexicon once.
        let mut memo = lexicon::ClassSetMemo::new();
        let mut class_set = |t: &Token| match t.kind {
            TokenKind::Word => memo.class_set(text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default()),
            _ => 0,
        };
        TokenClasses { ids: tokens.iter().map(&mut class_set).collect() }
    }

    /// The classes of the tokens of paragraph `n` (as [`Context::paragraphs_with_tokens`] gives
    /// them), by the same index: its token range is known, where a search for it would cost a
    /// binary search over all the tokens for each paragraph and pass.
    pub(crate) fn paragraph_classes(&self, n: usize) -> ClassesOf<'p> {
        let ids = self.token_ranges.get(n).and_then(|r| self.classes.ids.get(r.clone())).unwrap_or_default();
        ClassesOf { ids, table: lexicon::class_sets() }
    }

    /// The range in `tokens` of each paragraph's tokens, found by one walk over the tokens: a
    /// binary search per paragraph would touch the whole token array again for each one.
    pub(crate) fn token_ranges(paragraphs: &[Paragraph], tokens: &[Token]) -> Vec<Range<usize>> {
        let mut at = 0;
        paragraphs
            .iter()
            .map(|p| {
                while tokens.get(at).is_some_and(|t| t.span.start < p.span.start) {
                    at += 1;
                }
                let from = at;
                while tokens.get(at).is_some_and(|t| t.span.end <= p.span.end) {
                    at += 1;
                }
                from..at
            })
            .collect()
    }

    /// Every paragraph with its index and its tokens.
    pub(crate) fn paragraphs_with_tokens(&self) -> impl Iterator<Item = (usize, &'p Paragraph, &'p [Token])> + 'p {
        let tokens = self.tokens;
        self.paragraphs.iter().zip(self.token_ranges).enumerate().map(move |(i, (p, r))| (i, p, &tokens[r.clone()]))
    }
}

/// The lexicon classes of each token, kept as an index into the lexicon's table of the distinct
/// sets ([`lexicon::class_sets`]): two bytes a token rather than sixteen.
#[derive(Debug, Default)]
pub(crate) struct TokenClasses {
    ids: Vec<u16>,
}

impl TokenClasses {
    /// The classes of every token.
    #[cfg(test)]
    pub(crate) fn all(&self) -> ClassesOf<'_> {
        ClassesOf { ids: &self.ids, table: lexicon::class_sets() }
    }
}

/// The classes of a run of tokens, by the same index.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClassesOf<'p> {
    ids: &'p [u16],
    table: &'p [Classes],
}

impl<'p> ClassesOf<'p> {
    /// The classes of token `k` of the run (none past its end).
    pub(crate) fn get(&self, k: usize) -> Classes {
        self.ids.get(k).and_then(|&id| self.table.get(usize::from(id))).copied().unwrap_or_default()
    }

    /// The classes of each token of the run, in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = Classes> + 'p {
        let table = self.table;
        self.ids.iter().map(move |&id| table.get(usize::from(id)).copied().unwrap_or_default())
    }
}
