//! Byte spans into the parsed text.

use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the UTF-8 text that was parsed.
///
/// Spans serialize as a two-element array `[start, end]`.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` when it does not fit `src`.
    pub fn as_str(self, src: &str) -> &str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span moved right by `by` bytes.
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The span of `part`, a subslice of `whole`, where `whole` starts at byte `base`.
    ///
    /// Returns `None` when `part` does not point into `whole`.
    pub fn of_subslice(whole: &str, part: &str, base: usize) -> Option<Span> {
        let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
        if start + part.len() > whole.len() {
            return None;
        }
        Some(Span::new(base + start, base + start + part.len()))
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        if start > end {
            return Err(serde::de::Error::custom("span start is after its end"));
        }
        Ok(Span::new(start, end))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "[start, end]: UTF-8 byte offsets into the parsed text, end exclusive",
            "type": "array",
            "items": {"type": "integer", "minimum": 0},
            "minItems": 2,
            "maxItems": 2
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_and_joins() {
        let src = "Mr. Li said";
        let s = Span::new(4, 6);
        assert_eq!(s.as_str(src), "Li");
        assert_eq!(Span::new(0, 3).join(s), Span::new(0, 6));
        assert!(Span::new(0, 6).contains(s));
        assert!(!s.overlaps(Span::new(6, 11)));
        assert_eq!(Span::new(9, 99).as_str(src), "");
    }

    #[test]
    fn subslice_offsets() {
        let whole = "abc def";
        assert_eq!(Span::of_subslice(whole, &whole[4..], 10), Some(Span::new(14, 17)));
        assert_eq!(Span::of_subslice(whole, "elsewhere", 0), None);
    }
}
