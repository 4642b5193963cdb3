//! What can go wrong with events and discrete random variables, with messages that say how to fix
//! the input.

/// An input that is not a valid probability model, or arithmetic that left its number type.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EventsError {
    #[error("{what} must be a probability between 0 and 1, got {value}")]
    NotAProbability { what: &'static str, value: f64 },
    #[error("{what} must be a finite number, got {value}")]
    NotFinite { what: &'static str, value: f64 },
    #[error("{what} has probability 0: one cannot condition on it")]
    ZeroProbability { what: &'static str },
    #[error("{what} add up to {sum}, but must add up to 1")]
    NotNormalized { what: &'static str, sum: f64 },
    #[error("{what} is negative ({value}): counts and probabilities are ≥ 0")]
    Negative { what: &'static str, value: f64 },
    #[error("{what} is empty")]
    Empty { what: &'static str },
    #[error("{what}: {left} and {right} items do not pair up")]
    LengthMismatch {
        what: &'static str,
        left: usize,
        right: usize,
    },
    #[error(
        "row {row} has {got} cells but the first row has {expected}: the table must be a rectangle"
    )]
    NotRectangular {
        row: usize,
        got: usize,
        expected: usize,
    },
    #[error("{what} {index} does not exist (there are {len})")]
    NoSuchIndex {
        what: &'static str,
        index: usize,
        len: usize,
    },
    #[error("the value {value} is listed twice: give each value once with its total probability")]
    DuplicateValue { value: f64 },
    #[error("{what} has {size} entries, more than the limit of {limit}")]
    TooLarge {
        what: &'static str,
        size: usize,
        limit: usize,
    },
    #[error("exact arithmetic overflowed (numerators or denominators beyond 64 bits): use f64")]
    Overflow,
}
