//! Small polynomials with exact coefficients: their values, derivatives and how a solution writes
//! them with decimals (`2x³ − 3x + 1`; substituted, `2·2.1³ − 3·2.1 + 1`), by the shared
//! polynomial writer of `exercises::common`.

use crate::exercises::common::{
    decimal, descending, poly_derivative, poly_substituted_with, poly_value, poly_with,
};
use crate::math::Scalar;

/// c₀ + c₁x + c₂x² + …, coefficients from the constant term up.
#[derive(Clone, Debug, PartialEq)]
pub struct Poly(pub Vec<Scalar>);

impl Poly {
    pub fn from_ints(coeffs: &[i64]) -> Poly {
        Poly(coeffs.iter().map(|&c| Scalar::int(c)).collect())
    }

    /// The exact value at x (Horner's rule).
    pub fn eval(&self, x: Scalar) -> Scalar {
        poly_value(&self.0, x)
    }

    /// The derivative, term by term (power rule).
    pub fn derivative(&self) -> Poly {
        Poly(poly_derivative(&self.0))
    }

    /// The polynomial in x as a teacher writes it, numbers as decimals: `2x³ − 3x + 1`,
    /// `−x² + 4`.
    pub fn text(&self) -> String {
        poly_with(&descending(&self.0), decimal)
    }

    /// The polynomial with x replaced by the number `x`: `2·2.1³ − 3·2.1 + 1`, negative values in
    /// parentheses (`(−1.9)²`).
    pub fn substituted(&self, x: Scalar) -> String {
        poly_substituted_with(&descending(&self.0), x, decimal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_derivatives_and_text() {
        let p = Poly::from_ints(&[1, -3, 0, 2]);
        assert_eq!(p.text(), "2x³ − 3x + 1");
        assert_eq!(p.eval(Scalar::frac(21, 10)), Scalar::frac(13222, 1000));
        assert_eq!(p.derivative(), Poly::from_ints(&[-3, 0, 6]));
        assert_eq!(
            p.substituted(Scalar::frac(-19, 10)),
            "2·(−1.9)³ − 3·(−1.9) + 1"
        );
        assert_eq!(Poly::from_ints(&[4, 0, -1]).text(), "−x² + 4");
        assert_eq!(Poly::from_ints(&[0, 1]).substituted(Scalar::int(3)), "3");
    }
}
