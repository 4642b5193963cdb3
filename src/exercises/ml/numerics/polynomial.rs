//! Small polynomials with exact coefficients: their values, derivatives and how a solution writes
//! them (`2x³ − 3x + 1`; substituted, `2·2.1³ − 3·2.1 + 1`).

use crate::exercises::common::{decimal, signed_join, superscript};
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
        self.0
            .iter()
            .rev()
            .fold(Scalar::ZERO, |acc, &c| acc * x + c)
    }

    /// The derivative, term by term (power rule).
    pub fn derivative(&self) -> Poly {
        Poly(
            self.0
                .iter()
                .enumerate()
                .skip(1)
                .map(|(k, &c)| c * Scalar::int(k as i64))
                .collect(),
        )
    }

    /// The nonzero terms from the highest power down, each as (negative, magnitude, power).
    fn terms(&self) -> Vec<(bool, Scalar, usize)> {
        self.0
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, c)| !c.is_zero())
            .map(|(k, &c)| (c.to_f64() < 0.0, c.abs(), k))
            .collect()
    }

    /// The polynomial in x as a teacher writes it: `2x³ − 3x + 1`, `−x² + 4`.
    pub fn text(&self) -> String {
        let terms: Vec<(bool, String)> = self
            .terms()
            .into_iter()
            .map(|(neg, c, k)| {
                let coeff = if c == Scalar::ONE && k > 0 {
                    String::new()
                } else {
                    decimal(c)
                };
                let power = match k {
                    0 => String::new(),
                    1 => "x".into(),
                    _ => format!("x{}", superscript(k as u32)),
                };
                (neg, format!("{coeff}{power}"))
            })
            .collect();
        signed_join(&terms)
    }

    /// The polynomial with x replaced by the number `x`: `2·2.1³ − 3·2.1 + 1`, negative values in
    /// parentheses (`(−1.9)²`).
    pub fn substituted(&self, x: Scalar) -> String {
        let base = {
            let s = decimal(x);
            if x.to_f64() < 0.0 {
                format!("({s})")
            } else {
                s
            }
        };
        let terms: Vec<(bool, String)> = self
            .terms()
            .into_iter()
            .map(|(neg, c, k)| {
                let power = match k {
                    0 => String::new(),
                    1 => base.clone(),
                    _ => format!("{base}{}", superscript(k as u32)),
                };
                let text = match (k, c == Scalar::ONE) {
                    (0, _) => decimal(c),
                    (_, true) => power,
                    _ => format!("{}·{power}", decimal(c)),
                };
                (neg, text)
            })
            .collect();
        signed_join(&terms)
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
