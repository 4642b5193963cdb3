//! What the distribution kinds share: binomial coefficients and terms written as a solution
//! shows them. The z table they read is [`crate::exercises::common::table_cdf`].
//!
//! Notation: the prompts and solutions write P(Z ≤ z) for the standard normal cdf (often written
//! Φ(z)), and `normcdf`/`norminv` for the calculator's functions.

use crate::exercises::common::{factor, num, superscript};
use crate::math::Scalar;

/// The binomial coefficient C(n, k) = n!/(k!(n − k)!), exactly, for n ≤ 60 (0 when k > n).
pub fn choose(n: u32, k: u32) -> i64 {
    if k > n {
        return 0;
    }
    let k = k.min(n - k) as u64;
    // The running product stays an integer: C(n, j+1) = C(n, j)·(n − j)/(j + 1).
    (0..k).fold(1u64, |c, j| c * (n as u64 - j) / (j + 1)) as i64
}

/// One binomial probability P(X = k) = C(n, k)·pᵏ·(1 − p)ⁿ⁻ᵏ, exact when `p` is exact.
pub fn binomial_pmf(n: u32, k: u32, p: Scalar) -> Scalar {
    power(p, k) * power(Scalar::ONE - p, n - k) * Scalar::int(choose(n, k))
}

/// `x^k` for a small exponent (exact for exact `x`).
pub fn power(x: Scalar, k: u32) -> Scalar {
    x.powi(k as i64)
        .unwrap_or(Scalar::Real(x.to_f64().powi(k as i32)))
}

/// `pᵏ` written with a superscript exponent: `(1/3)²`, `0.3⁴`; the first power is the factor
/// itself, `(2/3)`.
pub fn power_text(x: Scalar, k: u32) -> String {
    if k == 1 {
        factor(x)
    } else {
        format!("{}{}", factor(x), superscript(k))
    }
}

/// A power and its value, for a hint: `(1/3)² = 1/9`; the first power is the number itself,
/// `2/3` (never `(2/3) = 2/3`).
pub fn power_step(x: Scalar, k: u32) -> String {
    if k == 1 {
        num(x)
    } else {
        format!("{} = {}", power_text(x, k), num(power(x, k)))
    }
}

/// The substituted binomial term and its factors' values:
/// `("C(5, 2)·(1/3)²·(2/3)³", "10·(1/9)·(8/27)")`.
pub fn binomial_term_text(n: u32, k: u32, p: Scalar) -> (String, String) {
    let q = Scalar::ONE - p;
    let formula = format!("C({n}, {k})·{}·{}", power_text(p, k), power_text(q, n - k));
    let values = format!(
        "{}·{}·{}",
        choose(n, k),
        factor(power(p, k)),
        factor(power(q, n - k))
    );
    (formula, values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::distribution::{Binomial, Discrete};
    use statrs::function::factorial::binomial;

    #[test]
    fn binomial_coefficients_and_terms_match_statrs() {
        for n in 0..=60u32 {
            for k in 0..=n {
                // statrs computes C(n, k) in floating point: equal to 1e-12 relative.
                let reference = binomial(n as u64, k as u64);
                assert!(
                    (choose(n, k) as f64 - reference).abs() <= 1e-12 * reference,
                    "{n} {k}"
                );
            }
        }
        assert_eq!(choose(3, 5), 0);
        for (n, k, p) in [(5, 2, Scalar::frac(1, 3)), (12, 7, Scalar::Real(0.35))] {
            let d = Binomial::new(p.to_f64(), n as u64).unwrap();
            let got = binomial_pmf(n, k, p).to_f64();
            assert!((got - d.pmf(k as u64)).abs() < 1e-12, "{n} {k}");
        }
        assert_eq!(
            binomial_pmf(5, 2, Scalar::frac(1, 3)),
            Scalar::frac(80, 243)
        );
        assert_eq!(
            binomial_term_text(5, 2, Scalar::frac(1, 3)),
            ("C(5, 2)·(1/3)²·(2/3)³".into(), "10·(1/9)·(8/27)".into())
        );
    }
}
