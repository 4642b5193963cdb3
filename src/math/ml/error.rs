//! What can go wrong in the ML routines: every bad input is one of these, never a panic.

use thiserror::Error;

/// An input the ML routines refuse, with a message a learner can act on.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MlError {
    #[error("{what} is empty: give at least one value")]
    Empty { what: &'static str },
    #[error("{what}: the lengths differ ({left} and {right}); they must match")]
    LengthMismatch {
        what: &'static str,
        left: usize,
        right: usize,
    },
    #[error("{what} has a value that is not a finite number (NaN or ±∞)")]
    NotFinite { what: &'static str },
    #[error("{what} must be {expected}, got {got}")]
    OutOfRange {
        what: &'static str,
        expected: &'static str,
        got: f64,
    },
    #[error(
        "the columns of X (with the intercept's column of ones) are linearly dependent, so \
         least squares has no unique solution: drop a repeated or constant column, or use ridge \
         (α > 0)"
    )]
    Singular,
    #[error(
        "{what} overflowed double precision (numbers beyond about 1e308): rescale the data, \
         for example to standard units"
    )]
    Overflow { what: &'static str },
    #[error("{what} needs at least {need} rows (examples), got {got}")]
    TooFewRows {
        what: &'static str,
        need: usize,
        got: usize,
    },
}

/// Shorthand for the ML routines' results.
pub type MlResult<T> = Result<T, MlError>;

/// `Ok` when `xs` is non-empty and every value is finite.
pub(crate) fn finite(what: &'static str, xs: &[f64]) -> MlResult<()> {
    if xs.is_empty() {
        return Err(MlError::Empty { what });
    }
    if xs.iter().all(|x| x.is_finite()) {
        Ok(())
    } else {
        Err(MlError::NotFinite { what })
    }
}

/// `Ok` when `a` and `b` are non-empty, finite and of the same length.
pub(crate) fn paired(what: &'static str, a: &[f64], b: &[f64]) -> MlResult<()> {
    if a.len() != b.len() {
        return Err(MlError::LengthMismatch {
            what,
            left: a.len(),
            right: b.len(),
        });
    }
    finite(what, a)?;
    finite(what, b)
}

/// `Ok` when `x` lies in `[lo, hi]` (NaN does not).
pub(crate) fn within(
    what: &'static str,
    expected: &'static str,
    x: f64,
    lo: f64,
    hi: f64,
) -> MlResult<()> {
    if (lo..=hi).contains(&x) {
        Ok(())
    } else {
        Err(MlError::OutOfRange {
            what,
            expected,
            got: x,
        })
    }
}
