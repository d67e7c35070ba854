//! Pairing quotation marks inside paragraphs.
//!
//! Each mark is classified by its glyph and by what stands on either side of
//! it (an opening mark is followed by a word and preceded by a space, a
//! closing mark the other way round). Double marks (`“ ” " '' « „`) pair with
//! each other; single marks (`‘ ’ ' ‹ ›`) only make a quote of their own
//! when no double quote is open, so nested quotes stay inside their outer
//! quote. Apostrophes (`Li’s`, `countries’`, `’90s`, `’n’`) never open one.

use crate::span::Span;
use crate::token::{Token, TokenKind};

/// A quoted stretch found by the mark scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stretch {
    /// The opening mark.
    pub open: Span,
    /// The words between the marks, trimmed of spaces.
    pub inner: Span,
    /// The closing mark, when there is one in the paragraph.
    pub close: Option<Span>,
    /// The paragraph the stretch lies in.
    pub paragraph: usize,
    /// True when this stretch continues a quote left open in an earlier paragraph.
    pub continued: bool,
    /// True when the quote is left open and does not continue in the next paragraph.
    pub unclosed: bool,
}

/// Which way a mark faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    Either,
}

/// Double or single marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// A quotation mark with its class.
#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    family: Family,
    facing: Facing,
}

/// The marks of one paragraph, in order.
fn marks(text: &str, para: Span, toks: &[Token]) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut i = 0;
    // Inside a markup attribute value (`id="42"`), whose marks are no quotation marks.
    let mut attribute: Option<&str> = None;
    while i < toks.len() {
        let t = toks[i];
        i += 1;
        if t.kind != TokenKind::Quote {
            continue;
        }
        let glyph = t.span.as_str(text);
        let mut span = t.span;
        // Two straight apostrophes or backticks in a row are one double mark.
        let pair = matches!(glyph, "'" | "`")
            && toks.get(i).is_some_and(|n| n.span.start == t.span.end && n.span.as_str(text) == glyph);
        if pair {
            span = span.join(toks[i].span);
            i += 1;
        }
        let before = text.get(para.start..span.start).and_then(|s| s.chars().next_back());
        if let Some(g) = attribute {
            if g == glyph {
                attribute = None;
            }
            continue;
        }
        if before == Some('=') {
            attribute = Some(glyph);
            continue;
        }
        let after = text.get(span.end..para.end).and_then(|s| s.chars().next());
        let left = after.is_some_and(|c| !c.is_whitespace()) && before.is_none_or(opens_after);
        let right = before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(closes_before);
        let by_context = match (left, right) {
            (true, false) => Facing::Open,
            (false, true) => Facing::Close,
            _ => Facing::Either,
        };
        let (family, facing) = match glyph {
            _ if pair && glyph == "`" => (Family::Double, Facing::Open),
            _ if pair => (Family::Double, by_context),
            "“" if by_context == Facing::Close => (Family::Double, Facing::Close),
            "“" | "„" | "«" => (Family::Double, Facing::Open),
            "”" if by_context == Facing::Open => (Family::Double, Facing::Open),
            "”" | "»" => (Family::Double, Facing::Close),
            "\"" => (Family::Double, by_context),
            // `‘90s` is an apostrophe set the wrong way round.
            "‘" if after.is_some_and(|c| c.is_ascii_digit()) => continue,
            "‘" | "‚" | "‹" => (Family::Single, Facing::Open),
            "’" | "›" if right => (Family::Single, Facing::Close),
            "'" if by_context != Facing::Either => (Family::Single, by_context),
            _ => continue,
        };
        out.push(Mark { span, family, facing });
    }
    out
}

/// Characters after which a mark opens a quote.
fn opens_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':') || crate::token::is_quote_char(c)
}

/// Characters before which a mark closes a quote.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…')
        || crate::token::is_quote_char(c)
}

/// What is open while scanning a paragraph.
#[derive(Default)]
struct Open {
    /// The top-level double mark, or the continuation of one from an earlier paragraph.
    double: Option<(Span, bool)>,
    /// A top-level single mark.
    single: Option<Span>,
    /// Double marks nested inside a single quote.
    nested: usize,
    /// Curly double quotes nested inside a double quote (`“… “hell” …”`).
    inner: usize,
}

/// Finds the quoted stretches of the given paragraphs (index, span, tokens), in order.
///
/// A double quote left open at the end of a paragraph continues when the next
/// paragraph opens with a mark; otherwise it ends with the paragraph and is
/// reported as unclosed.
pub(crate) fn stretches(text: &str, paragraphs: &[(usize, Span, &[Token])]) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut carry = false;
    // Filled again for each paragraph, not allocated for each.
    let mut closers_after: Vec<usize> = Vec::new();
    for (k, &(pi, para, toks)) in paragraphs.iter().enumerate() {
        let ms = marks(text, para, toks);
        // How many double marks that can close a quote follow each mark.
        closers_after.clear();
        closers_after.resize(ms.len() + 1, 0);
        for (k, m) in ms.iter().enumerate().rev() {
            let closes = m.family == Family::Double && m.facing != Facing::Open;
            closers_after[k] = closers_after[k + 1] + usize::from(closes);
        }
        let mut open = Open::default();
        let mut first = true;
        for (k, m) in ms.into_iter().enumerate() {
            let at_start = first && m.span.start == para.start;
            first = false;
            match m.family {
                Family::Double if open.single.is_some() => match m.facing {
                    Facing::Open => open.nested += 1,
                    Facing::Close if open.nested > 0 => open.nested -= 1,
                    Facing::Either if open.nested > 0 => open.nested -= 1,
                    Facing::Either => open.nested += 1,
                    Facing::Close => {}
                },
                Family::Double => match (open.double, m.facing) {
                    (None, Facing::Open | Facing::Either) => open.double = Some((m.span, carry && at_start)),
                    (None, Facing::Close) => {}
                    (Some(_), Facing::Close | Facing::Either) if open.inner > 0 => open.inner -= 1,
                    (Some((o, cont)), Facing::Close | Facing::Either) => {
                        push(text, &mut out, o, m.span.start, Some(m.span), pi, cont, false);
                        open.double = None;
                    }
                    // An opening mark inside an open quote nests when enough closing marks follow.
                    (Some(_), Facing::Open) if closers_after[k + 1] >= 2 + open.inner => open.inner += 1,
                    (Some((o, cont)), Facing::Open) => {
                        push(text, &mut out, o, m.span.start, None, pi, cont, true);
                        open.double = Some((m.span, false));
                    }
                },
                Family::Single if open.double.is_some() => {}
                Family::Single => match (open.single, m.facing) {
                    (Some(o), Facing::Close) => {
                        open.single = None;
                        open.nested = 0;
                        let inner = trim(text, Span::new(o.end, m.span.start));
                        // `rock ’n’ roll`: a letter or two between marks is an elision.
                        if inner.as_str(text).chars().filter(|c| c.is_alphanumeric()).count() > 2 {
                            push(text, &mut out, o, m.span.start, Some(m.span), pi, false, false);
                        }
                    }
                    (_, Facing::Open) => open.single = Some(m.span),
                    _ => {}
                },
            }
        }
        carry = false;
        if let Some((o, cont)) = open.double {
            let next_opens = paragraphs.get(k + 1).is_some_and(|&(_, np, nt)| {
                marks(text, np, nt).first().is_some_and(|m| {
                    m.family == Family::Double && m.facing != Facing::Close && m.span.start == np.start
                })
            });
            push(text, &mut out, o, para.end, None, pi, cont, !next_opens);
            carry = next_opens;
        }
    }
    out
}

/// Records a stretch when it holds a word.
#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    out: &mut Vec<Stretch>,
    open: Span,
    end: usize,
    close: Option<Span>,
    paragraph: usize,
    continued: bool,
    unclosed: bool,
) {
    if end < open.end {
        return;
    }
    let inner = trim(text, Span::new(open.end, end));
    if inner.as_str(text).chars().any(char::is_alphanumeric) {
        out.push(Stretch { open, inner, close, paragraph, continued, unclosed });
    }
}

/// The span without surrounding whitespace.
fn trim(text: &str, span: Span) -> Span {
    let s = span.as_str(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        Span::new(span.start, span.start)
    } else {
        Span::new(span.start + lead, span.end - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// Splits `text` into lines as paragraphs and returns the quoted words with their flags.
    fn check(text: &str, expect: &[(&str, bool, bool)]) {
        let mut toks = Vec::new();
        let mut paras = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let first = toks.len();
            tokenize(line, at, &mut toks);
            paras.push((Span::new(at, at + line.len()), first..toks.len()));
            at += line.len() + 1;
        }
        let input: Vec<(usize, Span, &[Token])> =
            paras.iter().enumerate().map(|(i, (s, r))| (i, *s, &toks[r.clone()])).collect();
        let got: Vec<(&str, bool, bool)> =
            stretches(text, &input).iter().map(|s| (s.inner.as_str(text), s.continued, s.unclosed)).collect();
        assert_eq!(got, expect, "{text}");
    }

    #[test]
    fn curly_straight_and_doubled() {
        check("“We will win,” she said.", &[("We will win,", false, false)]);
        check("\"No deal,\" he said. \"Not now.\"", &[("No deal,", false, false), ("Not now.", false, false)]);
        check("''It is over,'' Mr. Lane said.", &[("It is over,", false, false)]);
        check("a ``fair'' price", &[("fair", false, false)]);
        check(
            "« Non », a-t-il dit, „ja“ und ‹oui›",
            &[("Non", false, false), ("ja", false, false), ("oui", false, false)],
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        check("The ministers’ talks in the ’90s ran past nine o’clock.", &[]);
        check("He loved rock ’n’ roll and ‘80s music.", &[]);
        check("Mr. Lee’s aides called it ‘a farce’ on Friday.", &[("a farce", false, false)]);
        check("the players' union said 'never' twice", &[("never", false, false)]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        check("“He told me ‘go home,’ and I did,” she said.", &[("He told me ‘go home,’ and I did,", false, false)]);
        check("‘He said “no” twice,’ she recalled.", &[("He said “no” twice,", false, false)]);
    }

    #[test]
    fn markup_attributes_are_not_quotes() {
        check("<tweet id=\"42\" author=\"@ann\">“Vote,” she said", &[("Vote,", false, false)]);
    }

    #[test]
    fn nested_double_marks() {
        check(
            "“We would sooner sleep in what he calls “the barn” than here,” she said.",
            &[("We would sooner sleep in what he calls “the barn” than here,", false, false)],
        );
        check("“One. “Two.”", &[("One.", false, true), ("Two.", false, false)]);
    }

    #[test]
    fn quotes_over_paragraphs() {
        check(
            "“We are ready.\n“We will act.”\nThe end.",
            &[("We are ready.", false, false), ("We will act.", true, false)],
        );
        check("“We are ready, he said.\nNo mark here.", &[("We are ready, he said.", false, true)]);
    }

    #[test]
    fn unbalanced_marks_stop_at_the_paragraph() {
        check(
            "He called it “absurd. Then he left.\nShe said “yes.”",
            &[("absurd. Then he left.", false, true), ("yes.", false, false)],
        );
        check("Stray” closer and “a word”", &[("a word", false, false)]);
    }
}
