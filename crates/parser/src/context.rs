//! What the analysis passes read: the text and the results of the layout, token and sentence passes.

use crate::date::Date;
use crate::model::{Meta, Paragraph};
use crate::span::Span;
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

impl<'a> Context<'a, '_> {
    /// The tokens inside a span, as a slice of [`Context::tokens`].
    pub(crate) fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }
}
