//! What can go wrong when computing a statistic, with messages that say how to fix the input.

/// An input a statistic cannot be computed from. No statistic panics: every bad input (empty data,
/// NaN or infinite values, zero variance where a ratio divides by it) is one of these.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StatsError {
    #[error("the data are empty: give at least one value")]
    Empty,
    #[error("{what} needs at least {need} values, got {got}")]
    TooFew {
        what: &'static str,
        need: usize,
        got: usize,
    },
    #[error("value {index} is {value}: every value must be a finite number")]
    NotFinite { index: usize, value: f64 },
    #[error("the two lists have different lengths ({left} and {right}): pair each x with one y")]
    LengthMismatch { left: usize, right: usize },
    #[error("{what} is undefined when all values are equal (zero variance)")]
    ZeroVariance { what: &'static str },
    #[error("{what} must be {expected}, got {got}")]
    OutOfRange {
        what: &'static str,
        expected: &'static str,
        got: f64,
    },
    #[error("{metric} is 0/0 here ({why}); choose a zero_division value")]
    ZeroDivision {
        metric: &'static str,
        why: &'static str,
    },
    #[error("label {index} is {value}: labels must be 0 (negative) or 1 (positive)")]
    BadLabel { index: usize, value: f64 },
    #[error("{what} needs both classes, but every label is {label}")]
    OneClass { what: &'static str, label: u8 },
}
