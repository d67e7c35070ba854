//! What the analysis passes read: the text and the results of the layout, token and sentence passes.

use crate::date::Date;
use crate::model::{Meta, Paragraph};
use crate::token::Token;

/// What the analysis stages read: the text and the results of the layout pass.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context<'a, 'p> {
    /// The whole text.
    pub(crate) text: &'a str,
    /// Paragraphs with roles and sentences.
    pub(crate) paragraphs: &'p [Paragraph],
    /// Every token, in order.
    pub(crate) tokens: &'p [Token],
    /// Headline, byline, dateline and contacts.
    pub(crate) meta: &'p Meta<'a>,
    /// The date relative expressions resolve against.
    pub(crate) reference: Option<Date>,
}

impl<'a, 'p> Context<'a, 'p> {
    /// Every paragraph with its index and its tokens, found by one walk over the tokens: a
    /// binary search per paragraph would touch the whole token array again for each one.
    pub(crate) fn paragraphs_with_tokens(&self) -> impl Iterator<Item = (usize, &'p Paragraph, &'p [Token])> + 'p {
        let tokens = self.tokens;
        let mut at = 0;
        self.paragraphs.iter().enumerate().map(move |(i, p)| {
            while tokens.get(at).is_some_and(|t| t.span.start < p.span.start) {
                at += 1;
            }
            let from = at;
            while tokens.get(at).is_some_and(|t| t.span.end <= p.span.end) {
                at += 1;
            }
            (i, p, &tokens[from..at])
        })
    }
}
