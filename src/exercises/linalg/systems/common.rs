//! Helpers shared by the systems kinds: names with subscripts and equations as a worked solution
//! writes them, and the tolerance they judge with.

use super::super::common::{num, sub};
use super::super::text::linear_combination;
use crate::engine::Tolerance;
use crate::math::{Matrix, Scalar};

/// Names `v₁, …, vₙ` (or any letter with subscripts).
pub fn names(letter: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{letter}{}", sub(i))).collect()
}

/// Row `i` of `[A | b]` as an equation: `2x₁ − x₂ + 3x₃ = 4` (coefficients written against
/// the unknowns, fractions in parentheses: `(1/2)x₁`).
pub fn equation(a: &Matrix, b: &[Scalar], i: usize) -> String {
    let lhs = linear_combination(a.row(i), &names("x", a.ncols()), "");
    format!("{lhs} = {}", num(b[i]))
}

/// The tolerance the systems kinds judge with.
pub fn tol() -> Tolerance {
    Tolerance::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::linalg::common::scalars;

    #[test]
    fn equations_and_names() {
        let a = Matrix::from_ints(&[[2, -1, 0], [1, 1, 1]]);
        assert_eq!(equation(&a, &scalars(&[4, -3]), 0), "2x₁ − x₂ = 4");
        assert_eq!(equation(&a, &scalars(&[4, -3]), 1), "x₁ + x₂ + x₃ = −3");
        assert_eq!(names("v", 2), ["v₁", "v₂"]);
    }
}
