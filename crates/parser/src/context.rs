//! What the analysis passes read: the text and the results of the layout, token and sentence passes.

use crate::date::Date;
use crate::model::{Meta, Paragraph};
use crate::span::Span;
use crate::token::Token;

/// What the analysis stages read: the text and the results of the layout pass.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a, 'p> {
    /// The whole text.
    pub text: &'a str,
    /// Paragraphs with roles and sentences.
    pub paragraphs: &'p [Paragraph],
    /// Every token, in order.
    pub tokens: &'p [Token],
    /// Headline, byline, dateline and contacts.
    pub meta: &'p Meta<'a>,
    /// The date relative expressions resolve against.
    pub reference: Option<Date>,
}

impl<'a> Context<'a, '_> {
    /// The tokens inside a span, as a slice of [`Context::tokens`].
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }
}
