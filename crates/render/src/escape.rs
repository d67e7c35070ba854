//! Escaping article text for Markdown.

use std::fmt::{self, Write};

/// Escapes text for CommonMark/GFM so that it renders as literal text.
///
/// Emphasis, links, images, code, headings, tables and raw HTML are all
/// neutralized; ordinary punctuation stays readable.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct MdEscaper;

impl askama::filters::Escaper for MdEscaper {
    fn write_escaped_str<W: Write>(&self, mut dest: W, string: &str) -> fmt::Result {
        // A leading list, quote or ordered-list marker would change the block.
        let lead = string.trim_start();
        let digits = lead.len() - lead.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if lead.starts_with(['-', '+', '>', '=']) {
            dest.write_char('\\')?;
        }
        let mut chars = string.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '{' | '}' => {
                    dest.write_char('\\')?;
                    dest.write_char(c)?;
                }
                '<' => dest.write_str("&lt;")?,
                '>' => dest.write_str("&gt;")?,
                '&' if opens_reference(&string[i + 1..]) => dest.write_str("&amp;")?,
                '.' | ')' if digits > 0 && i == string.len() - lead.len() + digits => {
                    dest.write_char('\\')?;
                    dest.write_char(c)?;
                }
                '\n' | '\r' => {
                    if !matches!(chars.peek(), Some((_, '\n'))) {
                        dest.write_char(' ')?;
                    }
                }
                _ => dest.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// Whether an `&` followed by `rest` would open a character reference
/// (`&amp;`, `&#38;`, `&#x26;`), the only place CommonMark reads `&` as
/// markup. Anywhere else "S&P" and "Procter & Gamble" stay as written, so
/// the Markdown reads well as plain text too.
fn opens_reference(rest: &str) -> bool {
    let name = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '#').len();
    name > 0 && rest[name..].starts_with(';')
}

/// Escapes `s` for Markdown into a new string.
#[cfg(test)]
fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    askama::filters::Escaper::write_escaped_str(&MdEscaper, &mut out, s).expect("writing to a String cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::markdown;

    #[test]
    fn neutralizes_markup() {
        assert_eq!(markdown("*bold* _it_"), r"\*bold\* \_it\_");
        assert_eq!(markdown("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(markdown("![x](http://a.b/c.png)"), r"!\[x\](http://a.b/c.png)");
        assert_eq!(markdown("<script>&"), "&lt;script&gt;&");
        assert_eq!(markdown("S&P 500, AT&T and Procter & Gamble"), "S&P 500, AT&T and Procter & Gamble");
        assert_eq!(markdown("&amp; &#38; &#x26; &copy;"), r"&amp;amp; &amp;\#38; &amp;\#x26; &amp;copy;");
        assert_eq!(markdown("# not a heading | cell `code`"), r"\# not a heading \| cell \`code\`");
        assert_eq!(markdown("1. not a list"), r"1\. not a list");
        assert_eq!(markdown("- not a list"), r"\- not a list");
        assert_eq!(markdown("U.S. officials, 3.5%"), "U.S. officials, 3.5%");
    }
}
