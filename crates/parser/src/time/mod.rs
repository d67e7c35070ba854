//! Dates, times, durations and sets, normalized to TIMEX3 values.
//!
//! The pass runs in four layers:
//! 1. `scan`: a cheap gate at every word and number token of the headline and body (function
//!    words need a number or a time word soon after them), and the tense cues of each sentence;
//! 2. `rules`: every nom rule that the token's first word or character can open is tried, and
//!    the longest match wins; a rule returns a `Raw` reading (`reading`);
//! 3. `interpret`: the words around the match keep, change or drop the reading (`May` the
//!    verb, `$2019`, `44 years old`);
//! 4. `resolve`: the reading becomes a TIMEX3 value against the reference date, the tense of
//!    the sentence and the date mentioned last (the anchor of `the following day`).
//!
//! Spans follow TimeML: determiners and modifiers that belong to the phrase
//! are inside (`the third quarter`, `the past two months`, `nearly thirty
//! years`), prepositions are outside (`on Friday` tags `Friday`).

mod interpret;
mod reading;
mod resolve;
mod rules;
mod scan;

use std::borrow::Cow;

use crate::context::Context;
use crate::model::{Role, Timex};
use crate::span::Span;
use interpret::{Around, interpret};
use reading::{Named, Raw};
use resolve::{State, resolve};
use rules::longest;
use scan::{Gate, Tense, TenseCues, anchored_soon};

/// Finds the temporal expressions of the article.
pub(crate) fn find<'a>(ctx: &Context<'a, '_>) -> Vec<Timex<'a>> {
    let mut out = Vec::new();
    let mut state = State { reference: ctx.reference, anchor: None, last_day: None };
    let mut gates = Vec::new();
    for (_, paragraph, tokens) in
        ctx.paragraphs_with_tokens().filter(|(_, p, _)| matches!(p.role, Role::Body | Role::Headline))
    {
        gates.clear();
        gates.extend(tokens.iter().zip(ctx.classes_of(tokens)).map(|(t, &classes)| Gate::of(ctx.text, t, classes)));
        let tenses = TenseCues::of(ctx.text, tokens, &gates);
        let text = paragraph.span.as_str(ctx.text);
        let mut at = 0;
        while at < tokens.len() {
            let token = tokens[at];
            if !gates[at].starts || !anchored_soon(&gates[at..]) {
                at += 1;
                continue;
            }
            let Some(rest) = text.get(token.span.start - paragraph.span.start..) else { break };
            let Some((len, raw)) = longest(rest) else {
                at += 1;
                continue;
            };
            let span = Span::new(token.span.start, token.span.start + len);
            let next = tokens[at..].iter().position(|t| t.span.start >= span.end).map_or(tokens.len(), |n| n + at);
            let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map_or("", |t| t.span.as_str(ctx.text));
            let around = Around {
                text: span.as_str(ctx.text),
                prev: word(at.checked_sub(1)),
                prev2: word(at.checked_sub(2)),
                next: word(Some(next)),
                tense: tenses.at(span.start),
            };
            let Some(raw) = interpret(raw, &around) else {
                at += 1;
                continue;
            };
            // `by May`, `until Nov. 20`, `through January` look ahead whatever the verb's tense.
            let deadline = ["by", "until", "till", "through"].iter().any(|w| w.eq_ignore_ascii_case(around.prev));
            let tense =
                if deadline && !matches!(raw, Raw::Named(Named::Weekday(_), _)) { Tense::Future } else { around.tense };
            if let Some(resolved) = resolve(&raw, tense, &mut state) {
                out.push(Timex {
                    span,
                    text: Cow::Borrowed(span.as_str(ctx.text)),
                    kind: resolved.kind,
                    value: resolved.value,
                    end: resolved.end,
                    relative: resolved.relative,
                });
            }
            at = next;
        }
    }
    out
}

#[cfg(test)]
mod tests;
