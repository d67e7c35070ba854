//! ASCII byte classes by table: the tokenizer and the grammars measure runs of letters on
//! every word, where one load a byte costs less than the range tests of `u8::is_ascii_*`.

/// ASCII letters, by byte.
static ALPHA: [bool; 256] = table(false);

/// ASCII letters and digits, by byte.
static ALNUM: [bool; 256] = table(true);

/// The table of the ASCII letters, and of the digits too when `digits`.
const fn table(digits: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphabetic() || digits && c.is_ascii_digit();
        b += 1;
    }
    table
}

/// The length of the run of ASCII letters that opens `b`.
pub(crate) fn alpha_len(b: &[u8]) -> usize {
    b.iter().position(|&c| !ALPHA[usize::from(c)]).unwrap_or(b.len())
}

/// The length of the run of ASCII letters and digits that opens `b`.
pub(crate) fn alnum_len(b: &[u8]) -> usize {
    b.iter().position(|&c| !ALNUM[usize::from(c)]).unwrap_or(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_end_where_the_ranges_end() {
        for b in 0..=255u8 {
            let w = [b'a', b'Z', b, b'x'];
            let alpha = if b.is_ascii_alphabetic() { 4 } else { 2 };
            let alnum = if b.is_ascii_alphanumeric() { 4 } else { 2 };
            assert_eq!((alpha_len(&w), alnum_len(&w)), (alpha, alnum), "{b:#x}");
        }
        assert_eq!((alpha_len(b""), alnum_len(b"9a-")), (0, 2));
    }
}
