//! Polynomials in x with exact coefficients, as the derivative kinds write them: in a solution
//! (`2x³ − 3x² − 12x + 5`, by `exercises::common::poly`), as answer text
//! (`2*x^3 - 3*x^2 - 12*x + 5`), factored (`6(x + 1)(x − 2)`), and substituted at a point and
//! evaluated (`2·(−1)³ − 3·(−1)² … = 12`). Their values and derivatives are
//! `exercises::common::{poly_value, poly_derivative}`.
//!
//! Coefficients are in ascending powers: `c[k]` multiplies `xᵏ`.

use crate::exercises::common::{
    descending, num, poly, poly_substituted, signed_join_with, value_sum,
};
use crate::math::Scalar;

/// The polynomial as a solution shows it: `2x³ − 3x² − 12x + 5`, `−x² + 4`.
pub fn pretty(c: &[Scalar]) -> String {
    poly(&descending(c))
}

/// The polynomial as answer text: `2*x^3 - 3*x^2 - 12*x + 5`.
pub fn text(c: &[Scalar]) -> String {
    let parts: Vec<(bool, String)> = descending(c)
        .into_iter()
        .map(|(coeff, k)| {
            let (neg, a) = (coeff.to_f64() < 0.0, coeff.abs());
            let power = match k {
                0 => String::new(),
                1 => "x".to_string(),
                k => format!("x^{k}"),
            };
            let text = match (k, a == Scalar::ONE) {
                (0, _) => a.to_string(),
                (_, true) => power,
                (_, false) if a.to_string().contains('/') => format!("({a})*{power}"),
                (_, false) => format!("{a}*{power}"),
            };
            (neg, text)
        })
        .collect();
    signed_join_with(&parts, " - ", " + ")
}

/// The polynomial substituted at `x` and evaluated term by term:
/// `2·(−1)³ − 3·(−1)² − 12·(−1) + 5 = −2 − 3 + 12 + 5 = 12`.
pub fn at_steps(c: &[Scalar], x: Scalar) -> String {
    let terms = descending(c);
    let values: Vec<Scalar> = terms
        .iter()
        .map(|&(a, k)| a * x.powi(k as i64).unwrap_or(Scalar::ZERO))
        .collect();
    let total = values.iter().fold(Scalar::ZERO, |s, &v| s + v);
    let mut steps = vec![poly_substituted(&terms, x)];
    if values.len() > 1 {
        steps.push(value_sum(&values));
    }
    steps.push(num(total));
    crate::exercises::common::chain(&steps[0], &steps[1..])
}

/// `k` times the linear factors of the roots, roots in the order given and `0` as a bare `x`:
/// `6(x + 1)(x − 2)`, `−12x(x − 3)(x + 1)`.
pub fn factored(k: Scalar, roots: &[Scalar]) -> String {
    let lead = if k == Scalar::ONE {
        String::new()
    } else if k == -Scalar::ONE {
        "−".to_string()
    } else {
        num(k)
    };
    let factors: Vec<String> = roots
        .iter()
        .map(|&r| {
            if r.is_zero() {
                "x".to_string()
            } else if r.to_f64() > 0.0 {
                format!("(x − {})", num(r))
            } else {
                format!("(x + {})", num(-r))
            }
        })
        .collect();
    format!("{lead}{}", factors.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn polynomials_are_written_as_a_teacher_writes_them() {
        let c = scalars(&[5, -12, -3, 2]);
        assert_eq!(pretty(&c), "2x³ − 3x² − 12x + 5");
        assert_eq!(text(&c), "2*x^3 - 3*x^2 - 12*x + 5");
        assert_eq!(pretty(&scalars(&[4, 0, -1])), "−x² + 4");
        assert_eq!(pretty(&scalars(&[0, 1])), "x");
        assert_eq!(
            text(&[Scalar::ZERO, Scalar::frac(1, 2), Scalar::ONE]),
            "x^2 + (1/2)*x"
        );
        assert_eq!(
            at_steps(&c, Scalar::int(-1)),
            "2·(−1)³ − 3·(−1)² − 12·(−1) + 5 = −2 − 3 + 12 + 5 = 12"
        );
        let s = Scalar::int;
        assert_eq!(factored(s(6), &[s(-1), s(2)]), "6(x + 1)(x − 2)");
        assert_eq!(factored(s(-12), &[s(0), s(3)]), "−12x(x − 3)");
        assert_eq!(factored(s(-1), &[s(1)]), "−(x − 1)");
    }
}
