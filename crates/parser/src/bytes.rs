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

/// True when `b` is at most 16 bytes, all ASCII letters (an empty `b` too). The bytes are read
/// as one or two machine words, by loads that may overlap (a byte read twice is tested twice),
/// and tested all at once: a word of letters costs a few instructions, not a few a byte.
pub(crate) fn short_alpha(b: &[u8]) -> bool {
    let n = b.len();
    let eight = |at: usize| b.get(at..at + 8).map_or(0, |x| u64::from_le_bytes(x.try_into().unwrap_or_default()));
    let four = |at: usize| b.get(at..at + 4).map_or(0, |x| u64::from(u32::from_le_bytes([x[0], x[1], x[2], x[3]])));
    let two = |at: usize| b.get(at..at + 2).map_or(0, |x| u64::from(u16::from_le_bytes([x[0], x[1]])));
    // Lanes not read are filled with `a`.
    const A: u64 = 0x6161_6161_6161_6161;
    match n {
        17.. => false,
        8.. => letters(eight(0)) && letters(eight(n - 8)),
        4.. => letters(four(0) | four(n - 4) << 32),
        2.. => letters(two(0) | two(n - 2) << 16 | A << 32),
        1 => letters(u64::from(b[0]) | A << 8),
        _ => true,
    }
}

/// True when the eight bytes of `x` are ASCII letters: below 0x80, and from `a` to `z` once the
/// case bit is set (no sum below carries from one byte into the next).
fn letters(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if x & HIGH != 0 {
        return false;
    }
    let lower = x | 0x2020_2020_2020_2020;
    // The high bit of each byte: at least `a` (0x61), and beyond `z` (0x7a).
    let from_a = lower + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = lower + 0x0505_0505_0505_0505;
    from_a & !past_z & HIGH == HIGH
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

    #[test]
    fn short_words_of_letters_as_the_byte_test_finds_them() {
        let naive = |w: &[u8]| w.len() <= 16 && w.iter().all(u8::is_ascii_alphabetic);
        for b in 0..=255u8 {
            for n in 0..=17 {
                for at in 0..n.max(1) {
                    let mut w = vec![b'q'; n];
                    if let Some(x) = w.get_mut(at) {
                        *x = b;
                    }
                    assert_eq!(short_alpha(&w), naive(&w), "{b:#x} at {at} of {n}");
                }
            }
        }
    }
}
