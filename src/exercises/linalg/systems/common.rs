//! Helpers shared by the systems kinds: diagonal matrices, linear combinations and equations as a
//! worked solution writes them, and a mistake collector for answers judged up to an equivalence
//! (a dependency up to a multiple, a null-space basis up to a change of basis).

use super::super::common::{factor, num, signed_join, sub};
use crate::engine::{Equivalence, GenError, Mistake, Tolerance, compare};
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

/// Collects named mistakes that stay distinguishable under an equivalence coarser than entry by
/// entry: a mistake is kept only if the checker would not accept it as the answer, and would not
/// take it for an earlier mistake (or an earlier one for it).
pub struct MistakesUnder {
    expected: Value,
    eq: Equivalence,
    list: Vec<Mistake>,
}

impl MistakesUnder {
    pub fn new(expected: &Value, eq: &Equivalence) -> MistakesUnder {
        MistakesUnder {
            expected: expected.clone(),
            eq: eq.clone(),
            list: Vec::new(),
        }
    }

    fn is_new(&self, answer: &Value) -> bool {
        let same =
            |a: &Value, b: &Value| judged_same(a, b, &self.eq) || judged_same(b, a, &self.eq);
        !same(answer, &self.expected) && !self.list.iter().any(|m| same(answer, &m.answer))
    }

    /// A mistake the kind is about: a draw where it is not distinguishable is redrawn.
    pub fn require(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) -> Result<(), GenError> {
        let answer = answer.into();
        if !self.is_new(&answer) {
            return Err(GenError::Redraw("a named mistake is not distinguishable"));
        }
        self.list.push(Mistake::new(name, answer, message));
        Ok(())
    }

    /// A mistake kept only when it is distinguishable.
    pub fn optional(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) {
        let answer = answer.into();
        if self.is_new(&answer) {
            self.list.push(Mistake::new(name, answer, message));
        }
    }

    /// The mistakes, or a redraw if fewer than two are distinguishable.
    pub fn finish(self) -> Result<Vec<Mistake>, GenError> {
        if self.list.len() < 2 {
            return Err(GenError::Redraw("fewer than two distinguishable mistakes"));
        }
        Ok(self.list)
    }
}

/// The tolerance the systems kinds judge with.
pub fn tol() -> Tolerance {
    Tolerance::default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut ms = MistakesUnder::new(&expected, &eq);
        assert!(ms.require("multiple", ints(&[-2, -4, 2]), "m").is_err());
        ms.optional("a", ints(&[1, 2, 1]), "m");
        ms.optional("dup", ints(&[2, 4, 2]), "m");
        assert!(ms.finish().is_err());
    }
}
