//! Helpers shared by the systems kinds: diagonal matrices, linear combinations and equations as a
//! worked solution writes them, and a mistake collector for answers judged up to an equivalence
//! (a dependency up to a multiple, a null-space basis up to a change of basis).

use super::super::common::{factor, num, signed_join, sub};
use crate::engine::{Equivalence, Tolerance, compare};
use crate::expr::Value;
use crate::math::{Matrix, Scalar};

/// `diag(d₁, …, dₙ)`.
pub fn diag(d: &[Scalar]) -> Matrix {
    Matrix::from_fn(
        d.len(),
        d.len(),
        |i, j| if i == j { d[i] } else { Scalar::ZERO },
    )
}

/// A combination `Σ cᵢ·namesᵢ` written with signs folded in and unit coefficients left out:
/// `2·v₁ − v₂ + (1/2)·v₃`; zero terms are skipped.
pub fn combination(coefs: &[Scalar], names: &[String]) -> String {
    let terms: Vec<(bool, String)> = coefs
        .iter()
        .zip(names)
        .filter(|(c, _)| !c.is_zero())
        .map(|(&c, name)| {
            let size = c.abs();
            let text = if size == Scalar::ONE {
                name.clone()
            } else {
                format!("{}·{name}", factor(size))
            };
            (c.to_f64() < 0.0, text)
        })
        .collect();
    signed_join(&terms)
}

/// Names `v₁, …, vₙ` (or any letter with subscripts).
pub fn names(letter: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{letter}{}", sub(i))).collect()
}

/// Row `i` of `[A | b]` as an equation: `2x₁ − x₂ + 3x₃ = 4` (coefficients written against
/// the unknowns, fractions in parentheses: `(1/2)x₁`).
pub fn equation(a: &Matrix, b: &[Scalar], i: usize) -> String {
    let terms: Vec<(bool, String)> = a
        .row(i)
        .iter()
        .zip(names("x", a.ncols()))
        .filter(|(c, _)| !c.is_zero())
        .map(|(&c, name)| {
            let size = c.abs();
            let text = if size == Scalar::ONE {
                name
            } else {
                format!("{}{name}", factor(size))
            };
            (c.to_f64() < 0.0, text)
        })
        .collect();
    format!("{} = {}", signed_join(&terms), num(b[i]))
}

/// Whether `got` would be judged the answer `expected` under `eq` (the checker's own comparison).
pub fn judged_same(got: &Value, expected: &Value, eq: &Equivalence) -> bool {
    compare(got, expected, eq, 0).correct
}

/// The tolerance the systems kinds judge with.
pub fn tol() -> Tolerance {
    Tolerance::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::linalg::common::Mistakes;

    fn ints(xs: &[i64]) -> Vec<Scalar> {
        xs.iter().map(|&x| Scalar::int(x)).collect()
    }

    #[test]
    fn combinations_and_equations_read_naturally() {
        let v = names("v", 3);
        assert_eq!(combination(&ints(&[2, -1, 1]), &v), "2·v₁ − v₂ + v₃");
        assert_eq!(
            combination(&[Scalar::frac(-1, 2), Scalar::ZERO, Scalar::int(3)], &v),
            "−(1/2)·v₁ + 3·v₃"
        );
        let a = Matrix::from_ints(&[[2, -1, 0], [1, 1, 1]]);
        assert_eq!(equation(&a, &ints(&[4, -3]), 0), "2x₁ − x₂ = 4");
        assert_eq!(equation(&a, &ints(&[4, -3]), 1), "x₁ + x₂ + x₃ = −3");
        assert_eq!(diag(&ints(&[1, 2])), Matrix::from_ints(&[[1, 0], [0, 2]]));
    }

    #[test]
    fn mistakes_under_direction_are_distinct_up_to_multiples() {
        let eq = Equivalence::Direction(tol());
        let expected = Value::Vector(ints(&[1, 2, -1]));
        let mut ms = Mistakes::under(&expected, &eq);
        assert!(ms.require("multiple", ints(&[-2, -4, 2]), "m").is_err());
        ms.optional("a", ints(&[1, 2, 1]), "m");
        ms.optional("dup", ints(&[2, 4, 2]), "m");
        assert!(ms.finish().is_err());
    }
}
