//! Bytes of a web page to text: byte-order mark, the HTTP charset, a `<meta>` charset,
//! then detection (chardetng). Binary content is refused.

use encoding_rs::{Encoding, UTF_8};

use crate::Error;

/// How many leading bytes are searched for a `<meta>` charset (the HTML standard's prescan
/// reads 1024; pages with long heads put it later, so we read a little more).
const PRESCAN: usize = 4096;

/// Decodes `bytes`; `http_charset` is the `charset` of an HTTP `Content-Type`, if any.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> Result<String, Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return Ok(enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(Error::Binary(kind));
    }
    let declared = http_charset.and_then(label).or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN)]));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let enc = match declared {
        // A page that is valid UTF-8 with non-ASCII bytes is UTF-8, whatever its label says:
        // legacy text with high bytes almost never forms valid UTF-8 sequences.
        Some(_) if valid_utf8 => UTF_8,
        Some(enc) => enc,
        None if valid_utf8 => UTF_8,
        None => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            det.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    Ok(enc.decode_without_bom_handling(bytes).0.into_owned())
}

/// The charset named by a `Content-Type` value such as `text/html; charset=ISO-8859-1`.
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']))
    })
}

/// An encoding label to use for HTML; UTF-16 labels in a meta tag mean UTF-8 (HTML standard).
fn label(name: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(name.trim().as_bytes())?;
    Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { UTF_8 } else { enc.output_encoding() })
}

/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in `head`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(k) = find(&lower[at..], b"<meta") {
        let start = at + k + 5;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let n = rest
                    .iter()
                    .position(|&b| b == b'"' || b == b'\'' || b == b';' || b == b'/' || b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                if let Some(enc) = std::str::from_utf8(&rest[..n]).ok().and_then(label) {
                    return Some(enc);
                }
            }
        }
        at = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// What kind of binary file `bytes` looks like, if it is one.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"RIFF", "a RIFF media file"),
        (b"\x00asm", "a WebAssembly module"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("binary data (NUL bytes)");
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !b.is_ascii_whitespace() && b != 0x1B).count();
    (control * 20 > head.len()).then_some("binary data (mostly control bytes)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_wins_over_detection() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93ol\xe9\x94</p></body></html>";
        assert!(decode(page, None).unwrap().contains("café “olé”"));
    }

    #[test]
    fn http_equiv_charset() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>\xb3\xf3d\xbc</p>";
        assert!(decode(page, None).unwrap().contains("łódź"));
    }

    #[test]
    fn http_charset_beats_meta() {
        let page = b"<meta charset=\"iso-8859-2\"><p>\xe9</p>";
        assert!(decode(page, Some("windows-1252")).unwrap().contains('é'));
    }

    #[test]
    fn valid_utf8_beats_a_wrong_label() {
        let page = "<meta charset=\"iso-8859-1\"><p>Zoë’s café</p>";
        assert!(decode(page.as_bytes(), None).unwrap().contains("Zoë’s café"));
    }

    #[test]
    fn bom_and_detection() {
        assert_eq!(decode(b"\xEF\xBB\xBF<p>x</p>", None).unwrap(), "<p>x</p>");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("<p>hi</p>".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16, None).unwrap(), "<p>hi</p>");
        let cp1252 = b"<p>The caf\xe9 owner said \x93no\x94 to the plan on Tuesday, according to the city.</p>";
        assert!(decode(cp1252, None).unwrap().contains("“no”"));
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"%PDF-1.7 ...", None), Err(Error::Binary("a PDF document"))));
        assert!(matches!(decode(b"<p>a\0b</p>", None), Err(Error::Binary(_))));
        assert!(matches!(decode(b" \n ", None), Err(Error::Empty)));
    }

    #[test]
    fn content_type_charset() {
        assert_eq!(charset_param("text/html; charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
