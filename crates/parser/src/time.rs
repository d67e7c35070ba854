//! Dates, times, durations and sets, normalized to TIMEX3 values.

use crate::Context;
use crate::model::Timex;

/// Finds the temporal expressions of the article.
pub fn find<'a>(ctx: &Context<'a, '_>) -> Vec<Timex<'a>> {
    let _ = ctx;
    Vec::new()
}
