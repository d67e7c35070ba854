//! Reading an article from a file or standard input, with encoding detection.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// Default limit on input size.
pub const DEFAULT_MAX_BYTES: u64 = 16 << 20;

/// An article's text, decoded, with a note when it was not UTF-8.
#[derive(Debug)]
pub struct Input {
    /// The text as UTF-8, without a byte-order mark.
    pub text: String,
    /// Set when a legacy encoding was detected and decoded.
    pub note: Option<String>,
}

/// Reads `path` (`-` is standard input) and decodes it.
pub fn read(path: &str, max_bytes: u64) -> Result<Input> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().lock().take(max_bytes + 1).read_to_end(&mut bytes).context("reading standard input")?;
    } else {
        let p = Path::new(path);
        let meta = std::fs::metadata(p).with_context(|| cannot_open(p))?;
        if meta.is_dir() {
            bail!("is a folder with no .txt or .md article files");
        }
        if meta.len() > max_bytes {
            bail!("input is {} bytes, over the limit of {max_bytes} (raise it with --max-bytes)", meta.len());
        }
        let f = std::fs::File::open(p).with_context(|| cannot_open(p))?;
        f.take(max_bytes + 1).read_to_end(&mut bytes).context("reading the file")?;
    }
    if bytes.len() as u64 > max_bytes {
        bail!("input is over the limit of {max_bytes} bytes (raise it with --max-bytes)");
    }
    decode(&bytes)
}

fn cannot_open(p: &Path) -> String {
    if p.exists() { "cannot read the file".to_owned() } else { "no such file".to_owned() }
}

/// Decodes bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, or a detected legacy encoding.
pub fn decode(bytes: &[u8]) -> Result<Input> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            bail!("invalid {} text", enc.name());
        }
        return checked(text.into_owned(), (enc != encoding_rs::UTF_8).then(|| format!("decoded as {}", enc.name())));
    }
    if bytes.contains(&0) {
        bail!("binary input (contains NUL bytes), not an article text");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => checked(s.to_owned(), None),
        Err(_) => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _, had_errors) = enc.decode(bytes);
            if had_errors {
                bail!("not valid UTF-8 and not decodable as {}", enc.name());
            }
            checked(text.into_owned(), Some(format!("not UTF-8; decoded as {}", enc.name())))
        }
    }
}

fn checked(text: String, note: Option<String>) -> Result<Input> {
    if text.trim().is_empty() {
        bail!("no article text (the input is empty or only whitespace)");
    }
    if text.contains('\0') {
        bail!("binary input (contains NUL characters), not an article text");
    }
    let control = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
    if control * 20 > text.chars().count() {
        bail!("binary input (mostly control characters), not an article text");
    }
    Ok(Input { text, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello").unwrap().text, "Hello");
    }

    #[test]
    fn cp1252_is_detected() {
        let got = decode(b"The caf\xe9 said \x93no\x94 to the plan, according to its owner.").unwrap();
        assert_eq!(got.text, "The café said “no” to the plan, according to its owner.");
        assert!(got.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert!(decode(b"  \n\t ").unwrap_err().to_string().contains("no article text"));
        assert!(decode(b"abc\0def").unwrap_err().to_string().contains("binary"));
    }
}
