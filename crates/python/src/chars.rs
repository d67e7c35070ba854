//! Byte offsets (the JSON contract's spans) to character offsets (what Python slices with).

use pyo3::prelude::*;

/// Maps byte offsets of a UTF-8 text to offsets in code points, as Python's `str` counts them.
///
/// It keeps only the multi-byte characters: for each, where it starts and how many extra bytes
/// it and the ones before it take. An ASCII text needs no map at all ([`CharIndex::new`] gives
/// `None`), so the common case costs nothing.
#[pyclass(frozen, module = "newsbrief._native")]
pub struct CharIndex {
    /// Byte offset of each multi-byte character, ascending.
    starts: Vec<usize>,
    /// Bytes beyond one per character, summed over that character and all before it.
    extra: Vec<usize>,
}

impl CharIndex {
    /// The map of `text`, or `None` when every byte is a character.
    pub fn new(text: &str) -> Option<CharIndex> {
        if text.is_ascii() {
            return None;
        }
        let mut starts = Vec::new();
        let mut extra = Vec::new();
        let mut sum = 0;
        for (at, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
            sum += c.len_utf8() - 1;
            starts.push(at);
            extra.push(sum);
        }
        Some(CharIndex { starts, extra })
    }

    /// The character offset of a byte offset on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let before = self.starts.partition_point(|&s| s < byte);
        byte - before.checked_sub(1).map_or(0, |k| self.extra[k])
    }
}

#[pymethods]
impl CharIndex {
    /// `index(byte_offset) -> character offset`.
    fn __call__(&self, byte: usize) -> usize {
        self.char_offset(byte)
    }

    /// `index.span(start, end) -> (start, end)` in characters.
    fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.char_offset(start), self.char_offset(end))
    }
}
