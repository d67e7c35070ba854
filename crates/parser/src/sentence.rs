//! Sentence boundaries over the tokens of one paragraph.
//!
//! A boundary falls after `.`, `!`, `?` or an ellipsis (with any closing quote
//! marks and brackets glued to it) when the next token can open a sentence.
//! Titles (`Mr.`, `Messrs.`) never end one; initials and abbreviations
//! (`W.`, `U.S.`, `Inc.`, `a.m.`) end one only before a word that usually opens
//! sentences (`The`, `He`, `But`).

use crate::lexicon::{self, Class};
use crate::model::Sentence;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Splits the tokens of one paragraph into sentences, not yet scored.
///
/// `tokens` are the paragraph's tokens in order; `text` is the whole document. The sentences
/// are gathered in `scratch` (emptied first) and returned in a vector of their number: one
/// allocation for each paragraph, where pushing to a new vector allocates at the first sentence
/// and again at each doubling.
pub fn split(text: &str, tokens: &[Token], scratch: &mut Vec<Sentence>) -> Vec<Sentence> {
    scratch.clear();
    split_into(text, tokens, scratch);
    scratch.clone()
}

/// Pushes the sentences of `tokens` to `out`.
fn split_into(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let sentence = |span| Sentence { span, salience: None };
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let Some(end) = terminal_run(text, tokens, i) else {
            i += 1;
            continue;
        };
        // `end` is one past the last token of the candidate sentence.
        if end < tokens.len() && is_boundary(text, tokens, i, end) {
            out.push(sentence(Span::new(tokens[start].span.start, tokens[end - 1].span.end)));
            start = end;
        }
        i = end.max(i + 1);
    }
    if start < tokens.len() {
        out.push(sentence(Span::new(tokens[start].span.start, tokens[tokens.len() - 1].span.end)));
    }
}

/// When token `i` is sentence-final punctuation, the index just past it and any
/// marks glued to it (`?!`, `.”`, `.)`).
fn terminal_run(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens[i];
    // Only a mark is sliced out of the text: most tokens are words.
    let terminal =
        t.kind == TokenKind::Ellipsis || (t.kind == TokenKind::Punct && matches!(t.span.as_str(text), "." | "!" | "?"));
    if !terminal {
        return None;
    }
    let mut end = i + 1;
    while let Some(n) = tokens.get(end) {
        let glued = n.span.start == tokens[end - 1].span.end;
        let ns = n.span.as_str(text);
        let closing = n.kind == TokenKind::Quote && !matches!(ns, "“" | "‘" | "„" | "«")
            || matches!(ns, ")" | "]" | "." | "!" | "?")
            || n.kind == TokenKind::Ellipsis;
        if glued && closing {
            end += 1;
        } else {
            break;
        }
    }
    Some(end)
}

fn is_boundary(text: &str, tokens: &[Token], i: usize, next: usize) -> bool {
    let n = tokens[next];
    let ns = n.span.as_str(text);
    let first = ns.chars().next().unwrap_or(' ');
    // A sentence opens with a capital, a digit, a quote mark or a bracket.
    let camel = ns.chars().skip(1).take_while(|c| c.is_alphabetic()).any(char::is_uppercase);
    let opens = first.is_uppercase()
        || camel
        || first.is_ascii_digit()
        || matches!(n.kind, TokenKind::Quote | TokenKind::Apostrophe)
        || matches!(ns, "(" | "[" | "$" | "€" | "£" | "¥");
    if !opens {
        return false;
    }
    let term = tokens[i].span.as_str(text);
    if term != "." {
        // `!`, `?` and ellipses end the sentence when a new one opens.
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|p| tokens[p]).filter(|p| p.span.end == tokens[i].span.start) else {
        return true;
    };
    if prev.kind != TokenKind::Word {
        return true;
    }
    let w = prev.span.as_str(text);
    let closed_quote = next > i + 1;
    if is_title(w) {
        return closed_quote;
    }
    if Class::NeverFinalAbbreviation.has_as_written(w) {
        return closed_quote || (!first.is_ascii_digit() && is_opener(ns));
    }
    let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
    if initial || dotted || is_abbreviation(w) {
        return closed_quote || is_opener(ns) || n.kind == TokenKind::Quote;
    }
    true
}

/// Capitalized words that usually open a sentence, so an abbreviation before them ends one.
fn is_opener(word: &str) -> bool {
    let written = lexicon::written(word, &[Class::SentenceOpener, Class::FunctionWord]);
    written.as_written.has(Class::SentenceOpener) || written.capitalized.has(Class::FunctionWord)
}

/// Titles before a name (`Mr`, `Gen`) and place abbreviations (`St`, `Mt`), which never end a sentence.
fn is_title(w: &str) -> bool {
    Class::Title.has_as_written(w) || Class::PlaceAbbreviation.has_as_written(w)
}

/// Abbreviations that end a sentence only before a typical sentence opener.
fn is_abbreviation(w: &str) -> bool {
    [
        Class::CompanyAbbreviation,
        Class::NameSuffix,
        Class::MonthAbbreviation,
        Class::StateAbbreviation,
        Class::Abbreviation,
    ]
    .iter()
    .any(|c| c.has_as_written(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn check(text: &str, expect: &[&str]) {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let got: Vec<&str> = split(text, &toks, &mut Vec::new()).into_iter().map(|s| s.span.as_str(text)).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn titles_never_end() {
        check("Mr. Ortega met Mr. Varma. They talked.", &["Mr. Ortega met Mr. Varma.", "They talked."]);
        check("Messrs. Varma and Ortega agree on tariffs.", &["Messrs. Varma and Ortega agree on tariffs."]);
    }

    #[test]
    fn us_mid_sentence_and_final() {
        check("The U.S. has tried to cap it.", &["The U.S. has tried to cap it."]);
        check("Trade with the U.S. The talks failed.", &["Trade with the U.S.", "The talks failed."]);
        check("Chile and the U.S., which", &["Chile and the U.S., which"]);
    }

    #[test]
    fn initials() {
        check("Anna W. Berg and J.R.R. Ortega met.", &["Anna W. Berg and J.R.R. Ortega met."]);
    }

    #[test]
    fn decimals_and_amounts() {
        check("It cost $1.5 billion. Rates rose 3.5%. Good.", &["It cost $1.5 billion.", "Rates rose 3.5%.", "Good."]);
    }

    #[test]
    fn quotes_close_sentences() {
        check("“We won,” he said. “Next.” She left.", &["“We won,” he said.", "“Next.”", "She left."]);
        check("“Stop!” she said.", &["“Stop!” she said."]);
        check("as a “cornerstone of the alliance.” That year", &["as a “cornerstone of the alliance.”", "That year"]);
    }

    #[test]
    fn ellipses_and_question_marks() {
        check("He paused… Then he spoke. Why? Nobody knows", &["He paused…", "Then he spoke.", "Why?", "Nobody knows"]);
        check("Is this… really it?", &["Is this… really it?"]);
    }

    #[test]
    fn abbreviations() {
        check("at 9 a.m. on Monday. Shares of Acme Inc. rose.", &["at 9 a.m. on Monday.", "Shares of Acme Inc. rose."]);
        check("It is No. 1 in Sacramento, Calif. The state", &["It is No. 1 in Sacramento, Calif.", "The state"]);
        check("In Jan. 2020 and Sept. 11.", &["In Jan. 2020 and Sept. 11."]);
    }

    #[test]
    fn camel_case_brands_open_sentences() {
        check("It grew fast. iPhone sales rose.", &["It grew fast.", "iPhone sales rose."]);
    }

    #[test]
    fn last_sentence_without_period() {
        check("One thing. Another thing", &["One thing.", "Another thing"]);
    }

    #[test]
    fn dashes_do_not_split() {
        check("Mr. Varma—a trade hawk—met him. Done.", &["Mr. Varma—a trade hawk—met him.", "Done."]);
    }
}
