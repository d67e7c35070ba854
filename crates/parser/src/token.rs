//! Word-level tokens: words, numbers, punctuation, quote marks and apostrophes.
//!
//! Tokens are spans with a kind; they copy no text.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{anychar, satisfy};
use nom::combinator::recognize;
use nom::multi::many0_count;
use nom::{IResult, Parser};

use crate::bytes::alnum_len;
use crate::span::Span;

/// A token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it stands.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes, periods (`U.S`) or digits.
    Word,
    /// Starts with a digit: `2023`, `1,200`, `3.5`, `9:41`, `1990s`, `12-point`.
    Number,
    /// `.`, `,`, `;`, `:`, `!`, `?`, brackets and other marks.
    Punct,
    /// `...` or `…`.
    Ellipsis,
    /// Em dash, en dash, `--`, or a hyphen standing alone.
    Dash,
    /// A quotation mark: `“ ” " ‘ ’ ' « » „ ‹ ›` (an apostrophe inside a word is part of the word).
    Quote,
    /// An apostrophe that opens a word: `’90s`, `’n’`.
    Apostrophe,
    /// `$`, `€`, `%`, `&`, `@` and other symbols.
    Symbol,
}

/// Quotation mark characters.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '«' | '»' | '„' | '‹' | '›' | '‚' | '`')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_word_char(c: char) -> bool {
    // The General Punctuation block (curly quotes, dashes, `…`) holds no letter or digit: those
    // marks, the most common characters beyond ASCII in news text, skip the Unicode tables.
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric() || c == '\u{AD}'
}

/// U+2000 to U+206F, where no character is alphanumeric (a test holds this).
pub(crate) const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// A word or number: alphanumeric runs joined by inner `-`, `'`, `’`, `.`, `,`, `:`, `/`, `@`, `&`.
fn word(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(is_word_char),
        many0_count((
            satisfy(|c| matches!(c, '-' | '‑' | '.' | ',' | ':' | '/' | '@' | '&' | '_') || is_apostrophe(c)),
            take_while1(is_word_char),
        )),
    ))
    .parse(i)
}

fn ellipsis(i: &str) -> IResult<&str, &str> {
    alt((tag("…"), tag("..."), tag(". . ."))).parse(i)
}

fn dash(i: &str) -> IResult<&str, &str> {
    alt((tag("—"), tag("–"), tag("--"), tag("‒"), tag("―"), tag("-"))).parse(i)
}

fn one_char(i: &str) -> IResult<&str, (char, &str)> {
    let (rest, c) = anychar(i)?;
    Ok((rest, (c, &i[..c.len_utf8()])))
}

fn leading_apostrophe(i: &str) -> IResult<&str, &str> {
    recognize((satisfy(is_apostrophe), take_while1(|c: char| c.is_ascii_digit()))).parse(i)
}

/// The token at the start of `b`, which opens with `first`, when its ASCII bytes decide it as
/// the grammar would: its length and kind, or `None` for a kind when it is blank space.
fn ascii_token(b: &[u8], first: u8) -> Option<(usize, Option<TokenKind>)> {
    match first {
        // `char::is_whitespace` on ASCII, as `trim_start` reads it.
        b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => {
            let n = b.iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')).count();
            Some((n, None))
        }
        b'0'..=b'9' => Some((ascii_word_len(b)?, Some(TokenKind::Number))),
        b'a'..=b'z' | b'A'..=b'Z' => Some((ascii_word_len(b)?, Some(TokenKind::Word))),
        b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' => Some((1, Some(TokenKind::Punct))),
        b'"' => Some((1, Some(TokenKind::Quote))),
        b'.' if b.starts_with(b"...") => Some((3, Some(TokenKind::Ellipsis))),
        b'.' if b.starts_with(b". . .") => Some((5, Some(TokenKind::Ellipsis))),
        b'.' => Some((1, Some(TokenKind::Punct))),
        _ => None,
    }
}

/// The length of the [`word`] at the start of `b`, which opens with an ASCII letter or digit,
/// when ASCII bytes decide where it ends; `None` when a byte beyond ASCII stands where the word
/// could go on (a letter, a soft hyphen, a curly apostrophe).
fn ascii_word_len(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    loop {
        i += alnum_len(&b[i..]);
        match b.get(i) {
            Some(c) if !c.is_ascii() => return None,
            Some(b'-' | b'.' | b',' | b':' | b'/' | b'@' | b'&' | b'_' | b'\'') => match b.get(i + 1) {
                Some(c) if c.is_ascii_alphanumeric() => i += 1,
                Some(c) if !c.is_ascii() => return None,
                _ => return Some(i),
            },
            _ => return Some(i),
        }
    }
}

/// Splits `text` (which starts at byte `base` of the document) into tokens.
pub fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let mut rest = text;
    while let Some(&first) = rest.as_bytes().first() {
        // Fast paths for what ASCII bytes alone decide; anything else goes through the grammar.
        let Some((len, kind)) = ascii_token(rest.as_bytes(), first).or_else(|| by_grammar(rest)) else {
            break;
        };
        if let Some(kind) = kind {
            let at = base + text.len() - rest.len();
            out.push(Token { span: Span::new(at, at + len), kind });
        }
        rest = &rest[len..];
    }
}

/// The token at the start of `rest` by the grammar: its length and kind, or `None` for a kind
/// when it is blank space; `None` only for an empty `rest`.
fn by_grammar(rest: &str) -> Option<(usize, Option<TokenKind>)> {
    let ws = rest.len() - rest.trim_start().len();
    if ws > 0 {
        return Some((ws, None));
    }
    let (next, kind) = if let Ok((next, w)) = word(rest) {
        let digit = w.starts_with(|c: char| c.is_ascii_digit());
        (next, if digit { TokenKind::Number } else { TokenKind::Word })
    } else if let Ok((next, _)) = ellipsis(rest) {
        (next, TokenKind::Ellipsis)
    } else if let Ok((_, w)) = leading_apostrophe(rest) {
        // `’90s`: the apostrophe is its own token, the decade a number.
        let a = w.chars().next().map_or(1, char::len_utf8);
        (&rest[a..], TokenKind::Apostrophe)
    } else if let Ok((next, _)) = dash(rest) {
        (next, TokenKind::Dash)
    } else if let Ok((next, (c, _))) = one_char(rest) {
        let kind = if is_quote_char(c) {
            TokenKind::Quote
        } else if c.is_ascii_punctuation()
            && !matches!(c, '$' | '%' | '&' | '@' | '#' | '*' | '+' | '=' | '<' | '>' | '^' | '~' | '|' | '\\')
        {
            TokenKind::Punct
        } else if c.is_alphanumeric() {
            TokenKind::Word
        } else {
            TokenKind::Symbol
        };
        (next, kind)
    } else {
        return None;
    };
    Some((rest.len() - next.len(), Some(kind)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[(&str, TokenKind)]) {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let got: Vec<(&str, TokenKind)> = toks.iter().map(|t| (t.span.as_str(text), t.kind)).collect();
        assert_eq!(got, expect);
    }

    use TokenKind::*;

    #[test]
    fn general_punctuation_holds_no_word_character() {
        assert!(GENERAL_PUNCTUATION.clone().all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn words_keep_inner_marks() {
        check(
            "Mr. Li’s foreign-policy U.S. visit",
            &[
                ("Mr", Word),
                (".", Punct),
                ("Li’s", Word),
                ("foreign-policy", Word),
                ("U.S", Word),
                (".", Punct),
                ("visit", Word),
            ],
        );
    }

    #[test]
    fn numbers_and_money() {
        check(
            "$1.5 billion, 3,000 and 3.5%",
            &[
                ("$", Symbol),
                ("1.5", Number),
                ("billion", Word),
                (",", Punct),
                ("3,000", Number),
                ("and", Word),
                ("3.5", Number),
                ("%", Symbol),
            ],
        );
    }

    #[test]
    fn quotes_dashes_ellipses() {
        check(
            "“No—never…” ’90s",
            &[
                ("“", Quote),
                ("No", Word),
                ("—", Dash),
                ("never", Word),
                ("…", Ellipsis),
                ("”", Quote),
                ("’", Apostrophe),
                ("90s", Number),
            ],
        );
    }

    /// The tokens of `text` by the grammar alone, without the ASCII fast paths.
    fn by_grammar_alone(text: &str) -> Vec<Token> {
        let (mut out, mut rest) = (Vec::new(), text);
        while let Some((len, kind)) = by_grammar(rest) {
            if let Some(kind) = kind {
                let at = text.len() - rest.len();
                out.push(Token { span: Span::new(at, at + len), kind });
            }
            rest = &rest[len..];
        }
        out
    }

    #[test]
    fn fast_paths_agree_with_the_grammar() {
        let texts = [
            "Mr. Li’s foreign-policy U.S. visit... at 9:41 a.m. on 3/17, ‘90s — “No,” he said. . . done",
            "co\u{AD}operate naïve café-bar x‑y it’s rock'n'roll a.b. e-mail@x.com 1,200.5% $3 -- - ',\"",
            "\t\x0b\x0c\r\n \u{a0}word\u{2003}next [a](b) {c} #tag *x* A_B 5-é é-5 a-\u{AD} 12:",
        ];
        for text in texts {
            let mut fast = Vec::new();
            tokenize(text, 0, &mut fast);
            assert_eq!(fast, by_grammar_alone(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_agree_on_any_text(text in "[a-zA-Z0-9 .,:;'’\"“”\\-/@&_!?()\t\n\u{AD}\u{2011}é…—$%]{0,40}") {
            let mut fast = Vec::new();
            tokenize(&text, 0, &mut fast);
            proptest::prop_assert_eq!(fast, by_grammar_alone(&text));
        }
    }

    #[test]
    fn trailing_comma_is_punct() {
        check("2013, the", &[("2013", Number), (",", Punct), ("the", Word)]);
    }
}
