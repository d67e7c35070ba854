//! Quotations and attributions: who said what.

use crate::Context;
use crate::diag::Diagnostic;
use crate::model::{Attribution, Entity, Quote};

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
    let _ = (ctx, entities);
    Quoted::default()
}
