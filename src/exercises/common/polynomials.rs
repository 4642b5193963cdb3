//! Polynomials in x with exact coefficients, as a worked solution writes them: `3x² − 4x + 1`,
//! `−(3/2)x³ + 1/2` (zero terms left out, a coefficient 1 not written), and substituted at a
//! number, `3·(−2)² − 4·(−2) + 1`; their exact values, and the derivative of ascending
//! coefficients.
//!
//! Numbers are written with [`num`] (exact: `(3/2)x²`) unless a `_with` writer is given another
//! numeral, such as [`decimal`] (`2.1`). A coefficient or a substituted x is a factor: in
//! parentheses when it is negative or a fraction, as [`factor`](super::factor) writes it; a constant term is
//! the bare number.

use super::{num, signed_join, superscript};
use crate::math::Scalar;

/// A term `c·xⁿ` of a polynomial.
pub type Term = (Scalar, u32);

/// How a number is written: [`num`], [`decimal`](super::decimal), ….
pub type Numeral = fn(Scalar) -> String;

/// `numeral(x)`, in parentheses when `x` is negative or written as a fraction:
/// [`factor`](super::factor) for any numeral.
fn as_factor(x: Scalar, numeral: Numeral) -> String {
    let s = numeral(x);
    if x.to_f64() < 0.0 || s.contains('/') {
        format!("({s})")
    } else {
        s
    }
}

/// The nonzero terms of the polynomial with ascending coefficients `c` (`c[k]` multiplies
/// `xᵏ`), highest power first: `[5, 0, −3]` is `[(−3, 2), (5, 0)]`.
pub fn descending(c: &[Scalar]) -> Vec<Term> {
    (0..c.len())
        .rev()
        .filter(|&k| !c[k].is_zero())
        .map(|k| (c[k], k as u32))
        .collect()
}

/// A polynomial from its terms, in the order given (zero terms left out): `3x² − 4x + 1`.
pub fn poly(terms: &[Term]) -> String {
    poly_with(terms, num)
}

/// [`poly`] with the numbers written by `numeral`.
pub fn poly_with(terms: &[Term], numeral: Numeral) -> String {
    let power = |n| match n {
        1 => "x".to_string(),
        _ => format!("x{}", superscript(n)),
    };
    written(terms, numeral, power, "")
}

/// The polynomial with `x` replaced by the number `x`: `3·(−2)² − 4·(−2) + 1`.
pub fn poly_substituted(terms: &[Term], x: Scalar) -> String {
    poly_substituted_with(terms, x, num)
}

/// [`poly_substituted`] with the numbers written by `numeral`: `2·(−1.9)³ − 3·(−1.9) + 1`.
pub fn poly_substituted_with(terms: &[Term], x: Scalar, numeral: Numeral) -> String {
    let base = as_factor(x, numeral);
    let power = |n| match n {
        1 => base.clone(),
        _ => format!("{base}{}", superscript(n)),
    };
    written(terms, numeral, power, "·")
}

/// The terms joined with their signs, `power(n)` standing for `xⁿ` (n ≥ 1) and `times` between
/// a coefficient and its power (`·` before a substituted number, nothing before `x`).
fn written(terms: &[Term], numeral: Numeral, power: impl Fn(u32) -> String, times: &str) -> String {
    let parts: Vec<(bool, String)> = terms
        .iter()
        .filter(|(c, _)| !c.is_zero())
        .map(|&(c, n)| {
            let a = c.abs();
            let text = if n == 0 {
                numeral(a)
            } else if a == Scalar::ONE {
                power(n)
            } else {
                format!("{}{times}{}", as_factor(a, numeral), power(n))
            };
            (c.to_f64() < 0.0, text)
        })
        .collect();
    signed_join(&parts)
}

/// The polynomial's value at `x`, exactly, from its terms.
pub fn poly_at(terms: &[Term], x: Scalar) -> Scalar {
    terms.iter().fold(Scalar::ZERO, |s, &(c, n)| {
        s + c * (0..n).fold(Scalar::ONE, |p, _| p * x)
    })
}

/// The exact value at `x` of the polynomial with ascending coefficients `c` (Horner's rule).
pub fn poly_value(c: &[Scalar], x: Scalar) -> Scalar {
    c.iter().rev().fold(Scalar::ZERO, |acc, &a| acc * x + a)
}

/// The ascending coefficients of the derivative, by the power rule `(a·xᵏ)' = k·a·xᵏ⁻¹`.
pub fn poly_derivative(c: &[Scalar]) -> Vec<Scalar> {
    (1..c.len()).map(|k| Scalar::int(k as i64) * c[k]).collect()
}

#[cfg(test)]
mod tests {
    use super::super::{decimal, scalars};
    use super::*;

    #[test]
    fn polynomials_read_as_written() {
        let t = [(Scalar::int(3), 2), (Scalar::int(-4), 1), (Scalar::ONE, 0)];
        assert_eq!(poly(&t), "3x² − 4x + 1");
        assert_eq!(
            poly_substituted(&t, Scalar::int(-2)),
            "3·(−2)² − 4·(−2) + 1"
        );
        let f = [
            (Scalar::frac(-3, 2), 3),
            (Scalar::ZERO, 1),
            (Scalar::frac(1, 2), 0),
        ];
        assert_eq!(poly_at(&t, Scalar::int(-2)), Scalar::int(21));
        assert_eq!(poly(&f), "−(3/2)x³ + 1/2");
        assert_eq!(
            poly_substituted(&f, Scalar::frac(1, 2)),
            "−(3/2)·(1/2)³ + 1/2"
        );
        assert_eq!(poly(&[]), "0");
        assert_eq!(poly(&[(Scalar::ONE, 1)]), "x");
        assert_eq!(poly_substituted(&[(Scalar::ONE, 1)], Scalar::int(3)), "3");
    }

    #[test]
    fn decimals_and_ascending_coefficients() {
        let c = scalars(&[1, -3, 0, 2]);
        assert_eq!(
            descending(&c),
            [(Scalar::int(2), 3), (Scalar::int(-3), 1), (Scalar::ONE, 0)]
        );
        assert_eq!(poly_with(&descending(&c), decimal), "2x³ − 3x + 1");
        assert_eq!(
            poly_substituted_with(&descending(&c), Scalar::frac(-19, 10), decimal),
            "2·(−1.9)³ − 3·(−1.9) + 1"
        );
        assert_eq!(
            poly_with(&descending(&scalars(&[4, 0, -1])), decimal),
            "−x² + 4"
        );
        assert_eq!(
            poly_value(&c, Scalar::frac(21, 10)),
            Scalar::frac(13222, 1000)
        );
        assert_eq!(poly_derivative(&c), scalars(&[-3, 0, 6]));
    }
}
