//! Reading an article from a file or standard input, with encoding detection.
//!
//! Reading never blocks forever: a FIFO, device or socket named as a file is refused (it can be
//! read as `-`), and the file is opened without waiting for a writer.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::job::{Code, Failure};

/// Default limit on input size.
pub const DEFAULT_MAX_BYTES: u64 = 16 << 20;

/// An article's text, decoded, with a note when it was not UTF-8.
#[derive(Debug)]
pub struct Input {
    /// The text as UTF-8, without a byte-order mark.
    pub text: String,
    /// Set when another encoding was detected and decoded.
    pub note: Option<String>,
}

/// Reads the file at `path`, refusing anything but a regular file of at most `max_bytes`.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, Failure> {
    let file = open_file(path)?;
    let len = file.metadata().map_or(0, |m| m.len());
    if len > max_bytes {
        return Err(too_large(Some(len), max_bytes));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::new(Code::Unreadable, format!("cannot read the file: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(None, max_bytes));
    }
    Ok(bytes)
}

/// Opens a regular file for reading; a FIFO, device, socket or folder is refused at once.
pub fn open_file(path: &Path) -> Result<File, Failure> {
    let file = open(path).map_err(|e| open_failure(path, &e))?;
    let meta = file.metadata().map_err(|e| Failure::new(Code::Unreadable, format!("cannot read the file: {e}")))?;
    if meta.is_dir() {
        return Err(Failure::new(Code::NotAFile, "is a folder"));
    }
    if !meta.is_file() {
        return Err(Failure::new(
            Code::NotAFile,
            format!("is {}, not an article file (to read it, pass it as standard input: `- < FILE`)", kind_of(&meta)),
        ));
    }
    Ok(file)
}

/// Reads standard input to its end, up to `max_bytes`.
pub fn read_stdin(max_bytes: u64) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::new(Code::Unreadable, format!("cannot read standard input: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(None, max_bytes));
    }
    Ok(bytes)
}

/// What kind of file system object `meta` describes, for messages ("a FIFO (named pipe)").
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_file() { "a file" } else { "not a regular file" }
}

/// Opens without blocking: opening a FIFO for reading would otherwise wait for a writer.
#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn open_failure(path: &Path, err: &std::io::Error) -> Failure {
    match err.kind() {
        std::io::ErrorKind::NotFound => match std::fs::read_link(path) {
            Ok(to) => Failure::new(Code::NotFound, format!("dangling symbolic link to {}", to.display())),
            Err(_) => Failure::new(Code::NotFound, "no such file"),
        },
        std::io::ErrorKind::PermissionDenied => Failure::new(Code::Unreadable, "permission denied"),
        _ => Failure::new(Code::Unreadable, format!("cannot open the file: {err}")),
    }
}

fn too_large(len: Option<u64>, max_bytes: u64) -> Failure {
    let size = len.map_or_else(|| "over the limit".to_owned(), |n| format!("{n} bytes, over the limit"));
    Failure::new(Code::TooLarge, format!("input is {size} of {max_bytes} bytes (raise it with --max-bytes)"))
}

/// Decodes bytes as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the
/// text is mostly ASCII in UTF-16 form), or a detected legacy encoding.
///
/// UTF-8 without a BOM, the common case, becomes the text without a copy: the bytes are taken
/// over, not copied into a new string.
pub fn decode(bytes: Vec<u8>) -> Result<Input, Failure> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(Failure::new(Code::Encoding, format!("invalid {} text", enc.name())));
        }
        return checked(text.into_owned(), (enc != encoding_rs::UTF_8).then(|| format!("decoded as {}", enc.name())));
    }
    if let Some(enc) = utf16_without_bom(&bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes);
        if !had_errors {
            return checked(text.into_owned(), Some(format!("no byte-order mark; decoded as {}", enc.name())));
        }
    }
    if has_nul(&bytes) {
        return Err(Failure::new(Code::Binary, "binary input (contains NUL bytes), not an article text"));
    }
    match String::from_utf8(bytes) {
        Ok(s) => checked(s, None),
        Err(e) => {
            let bytes = e.as_bytes();
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _, had_errors) = enc.decode(bytes);
            if had_errors {
                return Err(Failure::new(
                    Code::Encoding,
                    format!("not valid UTF-8 and not decodable as {}", enc.name()),
                ));
            }
            checked(text.into_owned(), Some(format!("not UTF-8; decoded as {}", enc.name())))
        }
    }
}

/// UTF-16 without a byte-order mark, recognized by its ASCII: in UTF-16LE every ASCII character
/// is followed by a zero byte, in UTF-16BE preceded by one. Most code units of an English article
/// are ASCII; a binary file has zeros at both positions, or few.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    const SAMPLE: usize = 1 << 16;
    let sample = &bytes[..bytes.len().min(SAMPLE) & !1];
    let n_units = sample.len() / 2;
    if n_units < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let (mut zero_even, mut zero_odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        zero_even += usize::from(pair[0] == 0);
        zero_odd += usize::from(pair[1] == 0);
    }
    // Mostly ASCII on one side, and almost no zero bytes on the other.
    let mostly = |n: usize| n * 10 >= n_units * 7;
    let rare = |n: usize| n * 100 <= n_units;
    if mostly(zero_odd) && rare(zero_even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(zero_even) && rare(zero_odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Checks decoded text: not empty, not binary.
pub fn checked(text: String, note: Option<String>) -> Result<Input, Failure> {
    if text.trim().is_empty() {
        return Err(Failure::new(Code::Empty, "no article text (the input is empty or only whitespace)"));
    }
    if has_nul(text.as_bytes()) {
        return Err(Failure::new(Code::Binary, "binary input (contains NUL characters), not an article text"));
    }
    let (control, chars) = control_and_chars(&text);
    if control * 20 > chars {
        return Err(Failure::new(Code::Binary, "binary input (mostly control characters), not an article text"));
    }
    Ok(Input { text, note })
}

/// True when `bytes` hold a zero byte (in UTF-8, only the NUL character has one): searched by
/// memchr, several bytes at a time, where the library's own search reads one word at a time.
fn has_nul(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some()
}

/// The control characters that are not white space (C0, DEL and C1 but tab, line feed,
/// vertical tab, form feed, carriage return and next line), and all the characters, of `text`:
/// counts over the bytes rather than over decoded characters.
fn control_and_chars(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    // Every byte but a UTF-8 continuation byte starts a character; C0 but tab to carriage
    // return, and DEL, are control characters. Both are counted without branches into a byte
    // per block of 255, so that the compiler vectorizes them; the rare C1 characters are found
    // by memchr.
    let (mut chars, mut c0) = (0, 0);
    for block in bytes.chunks(255) {
        chars += usize::from(count_in(block, |b| b & 0xC0 != 0x80));
        c0 += usize::from(count_in(block, |b| (b < 0x20) & (b.wrapping_sub(0x09) > 0x04) | (b == 0x7F)));
    }
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|&n| (0x80..=0x9F).contains(&n) && n != 0x85))
        .count();
    (c0 + c1, chars)
}

/// How many bytes of `block` (at most 255) pass `test`.
fn count_in(block: &[u8], test: impl Fn(u8) -> bool) -> u8 {
    block.iter().fold(0u8, |n, &b| n + u8::from(test(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello".to_vec()).unwrap().text, "Hello");
    }

    #[test]
    fn cp1252_is_detected() {
        let got = decode(b"The caf\xe9 said \x93no\x94 to the plan, according to its owner.".to_vec()).unwrap();
        assert_eq!(got.text, "The café said “no” to the plan, according to its owner.");
        assert!(got.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn control_characters_are_counted_as_char_methods_count_them() {
        let samples =
            ["plain text\r\n\twith\x0b\x0c spaces", "\x01\x02\x7f bell\x07", "c1 \u{85} \u{80}\u{9f} é€ 🙂", ""];
        for text in samples {
            let control = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
            assert_eq!(control_and_chars(text), (control, text.chars().count()), "{text:?}");
        }
        // Every character from U+0000 to U+00FF, and some beyond.
        let all: String = (0u32..0x300).filter_map(char::from_u32).collect();
        let control = all.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
        assert_eq!(control_and_chars(&all), (control, all.chars().count()));
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert_eq!(decode(b"  \n\t ".to_vec()).unwrap_err().code, Code::Empty);
        assert_eq!(decode(b"abc\0def".to_vec()).unwrap_err().code, Code::Binary);
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary".to_vec()).unwrap_err().code, Code::Binary);
    }

    #[test]
    fn utf16_without_bom_in_both_byte_orders() {
        let text = "GENEVA — The talks resumed on “Monday,” officials said.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let got = decode(bytes).unwrap();
            assert_eq!(got.text, text);
            assert!(got.note.unwrap().contains(name));
        }
    }

    #[test]
    fn zeros_on_both_sides_are_still_binary() {
        let bytes: Vec<u8> = (0..400u32).flat_map(|i| [(i % 7) as u8, (i % 5) as u8]).collect();
        assert_eq!(decode(bytes).unwrap_err().code, Code::Binary);
    }
}
