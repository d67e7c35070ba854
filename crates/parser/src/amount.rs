//! Money, percentages, counts and numbers.

use crate::Context;
use crate::model::Amount;

/// Finds the amounts of the article.
pub fn find<'a>(ctx: &Context<'a, '_>) -> Vec<Amount<'a>> {
    let _ = ctx;
    Vec::new()
}
