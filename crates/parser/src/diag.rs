//! Problems noticed in the text. They are data, never errors.

#[cfg(feature = "serde")]
use serde::Serialize;

use crate::span::Span;

/// A problem found in the text, with the span that caused it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable machine-readable code (`front-matter-line`, `quote-unclosed`).
    pub code: &'static str,
    /// Where it is.
    pub span: Span,
    /// What was expected, in one sentence without a final period.
    pub message: String,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Severity {
    /// The parse went on but may have missed something.
    Warning,
    /// Worth knowing, nothing lost.
    Note,
}

impl Diagnostic {
    /// A warning.
    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, code, span, message: message.into() }
    }
}
