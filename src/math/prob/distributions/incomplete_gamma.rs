//! The regularized incomplete gamma functions `P(a, x) = γ(a, x)/Γ(a)` and
//! `Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x)`, for the χ² cdf and survival function.
//!
//! statrs's `gamma_lr`/`gamma_ur` form the prefactor `xᵃe^{−x}/Γ(a)` from `a·ln x − x − ln Γ(a)`:
//! three numbers near `a·ln a` (2·10¹¹ for `a = 5·10⁹`, χ² with df = 10¹⁰) whose difference is
//! a few units, so its rounding (~10⁻⁵ there) is the result's relative error. Here the prefactor
//! is the Poisson kernel `xᵃe^{−x}/Γ(a+1)` in Loader's saddle-point form (`saddle_point.rs`),
//! good to rounding at any `a`; the two expansions are the usual ones (Numerical Recipes §6.2):
//! - `P(a, x) = K·Σ_{n≥0} xⁿ/((a+1)(a+2)…(a+n))` for `x < a + 1` (every term positive, and the
//!   ratio `x/(a+n)` below 1, so the sum loses nothing),
//! - `Q(a, x) = a·K / (x+1−a − 1·(1−a)/(x+3−a − 2·(2−a)/(x+5−a − …)))` otherwise (modified
//!   Lentz method),
//!
//! with `K = xᵃe^{−x}/Γ(a+1)`. Near `x = a` both need about `9·√a` terms (6·10⁵ for df = 10¹⁰);
//! the loops are bounded well above that.

use super::saddle_point::ln_poisson_kernel;

/// More terms than either expansion needs for `a ≤ 10¹⁰` (about `9·√a + 100`).
const MAX_TERMS: u32 = 3_000_000;

/// `(P(a, x), Q(a, x))` for `a > 0`, `x ≥ 0`: one computed directly (accurate even when tiny),
/// the other as one minus it. `x = ∞` gives `(1, 0)`; a NaN argument gives NaNs.
pub(crate) fn gamma_reg(a: f64, x: f64) -> (f64, f64) {
    if a.is_nan() || x.is_nan() || a <= 0.0 || x < 0.0 {
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 {
        return (0.0, 1.0);
    }
    if x == f64::INFINITY {
        return (1.0, 0.0);
    }
    let kernel = ln_poisson_kernel(a, x).exp();
    if kernel == 0.0 {
        // The directly computed side is below f64's range.
        return if x < a { (0.0, 1.0) } else { (1.0, 0.0) };
    }
    if x < a + 1.0 {
        let lower = kernel * series(a, x);
        (lower, 1.0 - lower)
    } else {
        let upper = a * kernel * continued_fraction(a, x);
        (1.0 - upper, upper)
    }
}

/// `Σ_{n≥0} xⁿ/((a+1)…(a+n))` for `x < a + 1`.
fn series(a: f64, x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 1.0;
    let mut denominator = a;
    for _ in 0..MAX_TERMS {
        denominator += 1.0;
        term *= x / denominator;
        sum += term;
        if term <= sum * f64::EPSILON * 0.5 {
            break;
        }
    }
    sum
}

/// `1/(x+1−a − 1·(1−a)/(x+3−a − 2·(2−a)/(x+5−a − …)))` for `x ≥ a + 1`, modified Lentz.
fn continued_fraction(a: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let clamp = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / clamp(b);
    let mut h = d;
    for i in 1..MAX_TERMS {
        let i = f64::from(i);
        let an = -i * (i - a);
        b += 2.0;
        d = 1.0 / clamp(an * d + b);
        c = clamp(b + an / c);
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() <= f64::EPSILON {
            break;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::function::gamma::{gamma_lr, gamma_ur};

    #[test]
    fn agrees_with_statrs_where_statrs_is_accurate() {
        for a in [0.5, 1.0, 2.5, 7.0, 50.0, 500.0] {
            for ratio in [1e-3, 0.1, 0.5, 0.9, 1.0, 1.1, 2.0, 5.0] {
                let x: f64 = a * ratio;
                let (p, q) = gamma_reg(a, x);
                let (want_p, want_q) = (gamma_lr(a, x), gamma_ur(a, x));
                for (got, want) in [(p, want_p), (q, want_q)] {
                    if want > 1e-280 {
                        assert!((got - want).abs() <= 1e-12 * want, "{a} {x}: {got} {want}");
                    }
                }
                assert!((p + q - 1.0).abs() < 1e-15);
            }
        }
    }

    #[test]
    fn closed_forms() {
        // P(1, x) = 1 − e^{−x}; Q(½, x) = erfc(√x).
        for x in [1e-8, 0.3, 2.0, 40.0] {
            let (p, q) = gamma_reg(1.0, x);
            assert!((p - (-(-x).exp_m1())).abs() <= 1e-14 * p, "{x}");
            assert!((q - (-x).exp()).abs() <= 1e-14 * q, "{x}");
            let (_, q) = gamma_reg(0.5, x);
            let want = statrs::function::erf::erfc(x.sqrt());
            // statrs's erfc is only good to ~1e-10 here (erfc(√0.3) is 1e-10 off).
            assert!((q - want).abs() <= 1e-9 * want, "{x}: {q} {want}");
        }
        // mpmath, 30 digits: erfc(√0.3) = 0.43857802608099986352.
        let (_, q) = gamma_reg(0.5, 0.3);
        assert!((q - 0.438_578_026_080_999_9).abs() <= 1e-14 * q, "{q}");
    }

    #[test]
    fn huge_shape_is_half_at_the_median_and_bad_input_is_nan() {
        // The median of Gamma(a) is a − 1/3 + O(1/a): P(a, a) = ½ + 1/(3·√(2πa)) + O(1/a).
        for a in [5e6, 5e9] {
            let (p, _) = gamma_reg(a, a);
            let want = 0.5 + 1.0 / (3.0 * (2.0 * std::f64::consts::PI * a).sqrt());
            assert!((p - want).abs() < 1.0 / a, "{a}: {p} {want}");
        }
        assert!(gamma_reg(f64::NAN, 1.0).0.is_nan() && gamma_reg(1.0, -1.0).1.is_nan());
        assert_eq!(gamma_reg(3.0, f64::INFINITY), (1.0, 0.0));
    }
}
