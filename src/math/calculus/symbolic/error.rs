//! Why a derivative cannot be taken.

use thiserror::Error;

/// An expression that cannot be differentiated, with a message that says why.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CalculusError {
    /// A function without a derivative here (`floor`, `min`) or unknown to the language.
    #[error("{0}")]
    NotDifferentiable(String),
    /// Not a formula of numbers: a vector, a matrix, yes/no, a set.
    #[error("{0}")]
    NotAFormula(String),
    /// The expression or its derivative is past the node budget ([`super::MAX_NODES`]).
    #[error("{0}")]
    TooLarge(String),
    /// A variable list or point that does not fit (empty, repeated names, wrong length).
    #[error("{0}")]
    BadVariables(String),
    /// The value is undefined at the point (`ln` of a negative number, division by zero).
    #[error("{0}")]
    Undefined(String),
}

impl CalculusError {
    pub fn message(&self) -> String {
        self.to_string()
    }
}
