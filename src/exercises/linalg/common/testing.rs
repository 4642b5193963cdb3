//! Shared checks for the linear-algebra kinds' tests (the generic ones are in
//! [`crate::exercises::common::testing`], re-exported here).

use super::*;
use crate::engine::{Draft, Piece};
pub use crate::exercises::common::testing::*;
use crate::expr::Value;

/// The largest `|entry|` of an integer matrix.
pub fn max_int(m: &Matrix) -> i64 {
    m.entries()
        .iter()
        .map(|x| x.as_integer().expect("integer entry").abs())
        .max()
        .unwrap_or(0)
}

/// The matrices typeset in the prompt, in order.
pub fn prompt_matrices(d: &Draft) -> Vec<Matrix> {
    d.prompt
        .iter()
        .flat_map(|l| &l.0)
        .filter_map(|p| match p {
            Piece::Value(Value::Matrix(m)) => Some(m.clone()),
            _ => None,
        })
        .collect()
}

/// The vectors typeset in the prompt, in order.
pub fn prompt_vectors(d: &Draft) -> Vec<Vec<Scalar>> {
    d.prompt
        .iter()
        .flat_map(|l| &l.0)
        .filter_map(|p| match p {
            Piece::Value(Value::Vector(v)) => Some(v.clone()),
            _ => None,
        })
        .collect()
}

/// The expected matrix of a draft.
pub fn expected_matrix(d: &Draft) -> Matrix {
    match &d.answer.expected {
        Value::Matrix(m) => m.clone(),
        other => panic!("expected a matrix answer, got {}", other.describe()),
    }
}

/// Entry-by-entry agreement with an `f64` reference within 1e-9.
pub fn close_to(m: &Matrix, reference: &nalgebra::DMatrix<f64>) -> bool {
    m.shape() == reference.shape() && (m.to_nalgebra() - reference).abs().max() < 1e-9
}

/// The two vectors typeset in the prompt, `u` then `v`; panics unless there are exactly two.
pub fn prompt_vector_pair(d: &Draft) -> [Vec<Scalar>; 2] {
    <[Vec<Scalar>; 2]>::try_from(prompt_vectors(d)).expect("two vectors in the prompt")
}

/// A vector as nalgebra's `f64` vector, the independent reference of the tests:
/// `(1/2, −3)` becomes `[0.5, -3.0]`.
pub fn f64_vector(v: &[Scalar]) -> nalgebra::DVector<f64> {
    nalgebra::DVector::from_iterator(v.len(), v.iter().map(Scalar::to_f64))
}

/// The prompt's pieces in their debug form, joined: for tests that read a number or a phrase
/// back from the prompt (`"best rank-2"`, `"R = [[…"`).
pub fn prompt_debug_text(d: &Draft) -> String {
    d.prompt
        .iter()
        .flat_map(|l| &l.0)
        .map(|p| format!("{p:?}"))
        .collect()
}
