//! The one error type of the answer language: a message that says how to fix the input, and the
//! character span of the input it is about.

use thiserror::Error;

/// What went wrong, coarsely: lets callers tell "undefined at this point" (retry another point)
/// from "the input is malformed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// The input does not follow the grammar.
    Syntax,
    /// The input or a result exceeds a bound (length, nesting, size).
    Limit,
    /// The operation does not apply to these values (shapes, types, unknown names).
    Type,
    /// The value is undefined or not finite here (division by zero, ln of a negative number).
    Undefined,
}

/// The most characters of the input an error message shows.
pub const SHOWN_CHARS: usize = 100;

/// An error in parsing or evaluating an answer, with the span of the input it is about.
#[derive(Clone, Debug, PartialEq, Error)]
#[error("{message}")]
pub struct ExprError {
    message: String,
    span: Option<(usize, usize)>,
    kind: ErrorKind,
}

impl ExprError {
    pub(crate) fn new(kind: ErrorKind, span: (usize, usize), message: impl Into<String>) -> Self {
        ExprError {
            message: message.into(),
            span: Some(span),
            kind,
        }
    }
    /// An error whose position is filled in later by [`ExprError::at`].
    pub(crate) fn unplaced(kind: ErrorKind, message: impl Into<String>) -> Self {
        ExprError {
            message: message.into(),
            span: None,
            kind,
        }
    }
    pub(crate) fn syntax(span: (usize, usize), message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Syntax, span, message)
    }
    pub(crate) fn limit(span: (usize, usize), message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Limit, span, message)
    }
    pub(crate) fn type_error(message: impl Into<String>) -> Self {
        Self::unplaced(ErrorKind::Type, message)
    }
    pub(crate) fn undefined(message: impl Into<String>) -> Self {
        Self::unplaced(ErrorKind::Undefined, message)
    }
    pub(crate) fn too_big(message: impl Into<String>) -> Self {
        Self::unplaced(ErrorKind::Limit, message)
    }
    /// Places an error that has no position yet at `span`.
    pub(crate) fn at(mut self, span: Option<(usize, usize)>) -> Self {
        if self.span.is_none() {
            self.span = span;
        }
        self
    }
    /// The span of the input this error is about, as character offsets (end exclusive).
    /// `(0, 0)` for errors in expressions that were not parsed from text.
    pub fn span(&self) -> (usize, usize) {
        self.span.unwrap_or((0, 0))
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    /// True when the expression is well formed but has no finite value here (division by zero,
    /// `ln` of a negative number, overflow): a formula checker should try another point.
    pub fn is_undefined(&self) -> bool {
        self.kind == ErrorKind::Undefined
    }

    /// The input, then a caret line under the span, then the message:
    /// ```text
    ///   [[1,2
    ///        ^ expected ']' to close the '[' at column 2
    /// ```
    ///
    /// A long input is shown as an excerpt of at most [`SHOWN_CHARS`] characters around the
    /// start of the span (`…` marks what is left out), and the carets stop at its end.
    pub fn render(&self, input: &str) -> String {
        let line: Vec<char> = input
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let len = line.len();
        let (start, end) = self.span();
        let start = start.min(len);
        let (from, to) = if len <= SHOWN_CHARS {
            (0, len)
        } else {
            let from = start.saturating_sub(SHOWN_CHARS / 3).min(len - SHOWN_CHARS);
            (from, from + SHOWN_CHARS)
        };
        let head = if from > 0 { "…" } else { "" };
        let tail = if to < len { "…" } else { "" };
        let shown: String = line[from..to].iter().collect();
        let width = end.min(to).saturating_sub(start).max(1);
        format!(
            "  {head}{shown}{tail}\n  {}{}{} {}",
            " ".repeat(head.chars().count()),
            " ".repeat(start - from),
            "^".repeat(width),
            self.message
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_under_span() {
        let e = ExprError::syntax((5, 5), "expected ']'");
        assert_eq!(e.render("[[1,2"), "  [[1,2\n       ^ expected ']'");
        let e = ExprError::syntax((1, 3), "bad");
        assert_eq!(e.render("a+bc"), "  a+bc\n   ^^ bad");
    }

    #[test]
    fn long_inputs_are_shown_as_a_short_excerpt() {
        let input = "1".repeat(25_000);
        let e = ExprError::limit((20_000, 25_000), "the input is too long");
        let text = e.render(&input);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].chars().count() <= SHOWN_CHARS + 4, "{}", lines[0]);
        assert!(lines[0].starts_with("  …") && lines[0].ends_with('…'));
        let carets = lines[1].matches('^').count();
        assert!((1..=SHOWN_CHARS).contains(&carets), "{carets} carets");
        // The caret column matches the excerpt: the span starts a third of the way in.
        assert_eq!(lines[1].find('^'), Some(2 + 1 + SHOWN_CHARS / 3));
        assert!(lines[1].ends_with("the input is too long"));
    }

    #[test]
    fn unplaced_errors_take_the_first_span() {
        let e = ExprError::type_error("x").at(Some((2, 4))).at(Some((0, 9)));
        assert_eq!(e.span(), (2, 4));
        assert_eq!(ExprError::undefined("u").span(), (0, 0));
        assert!(ExprError::undefined("u").is_undefined());
    }
}
