//! Loader's saddle-point form of the binomial and Poisson probabilities, the accurate way to
//! evaluate `n!/(k!(n−k)!)·pᵏ·qⁿ⁻ᵏ` and `λᵏe^{−λ}/k!` when `n`, `k` or `λ` are large.
//!
//! The textbook formula through `ln Γ` subtracts numbers near `n·ln n` (1.3e7 for `n = 10⁶`) to
//! get a result near −5: about nine digits are lost. Loader (2000, "Fast and accurate computation
//! of binomial probabilities"; R's `dbinom` and `dpois`) rewrites it with two small quantities:
//! - `stirlerr(n) = ln Γ(n+1) − [(n+½)·ln n − n + ½·ln 2π]`, the error of Stirling's formula
//!   (about `1/(12n)`), and
//! - `bd0(x, M) = x·ln(x/M) + M − x ≥ 0`, the "deviance" of `x` from `M`,
//!
//! giving `ln b(k; n, p) = stirlerr(n) − stirlerr(k) − stirlerr(n−k) − bd0(k, np) −
//! bd0(n−k, nq) + ½·ln(n / (2π·k·(n−k)))`, where every term is small or computed without
//! cancellation. The arguments may be real (not only integers): the same kernel gives the
//! prefactor of the incomplete beta function and the χ² density.

use statrs::function::gamma::ln_gamma;
use std::f64::consts::PI;

/// `½·ln(2π)`.
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;

/// `stirlerr(x) = ln Γ(x+1) − [(x+½)·ln x − x + ½·ln 2π]` for `x > 0` (0 at `x = 0`).
///
/// Above 15 the asymptotic series `1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹)`
/// (fewer terms for larger `x`) is exact to rounding; below, the definition with `ln Γ` loses
/// at most ~1e-14 absolutely.
pub(crate) fn stirlerr(x: f64) -> f64 {
    const S0: f64 = 1.0 / 12.0;
    const S1: f64 = 1.0 / 360.0;
    const S2: f64 = 1.0 / 1260.0;
    const S3: f64 = 1.0 / 1680.0;
    const S4: f64 = 1.0 / 1188.0;
    if x == 0.0 {
        return 0.0;
    }
    if x <= 15.0 {
        return ln_gamma(x + 1.0) - (x + 0.5) * x.ln() + x - LN_SQRT_2PI;
    }
    let xx = x * x;
    if x > 500.0 {
        (S0 - S1 / xx) / x
    } else if x > 80.0 {
        (S0 - (S1 - S2 / xx) / xx) / x
    } else if x > 35.0 {
        (S0 - (S1 - (S2 - S3 / xx) / xx) / xx) / x
    } else {
        (S0 - (S1 - (S2 - (S3 - S4 / xx) / xx) / xx) / xx) / x
    }
}

/// `bd0(x, M) = x·ln(x/M) + M − x` for `x ≥ 0`, `M > 0`: how far `x` is from `M` (0 at `x = M`).
///
/// Near `x = M` the two halves nearly cancel, so there it sums the series in `v = (x−M)/(x+M)`:
/// `bd0 = (x−M)·v + 2x·(v³/3 + v⁵/5 + …)` (|v| < 0.1, so each term gains two digits; at most
/// a few dozen terms).
pub(crate) fn bd0(x: f64, m: f64) -> f64 {
    if x == 0.0 {
        return m;
    }
    if (x - m).abs() < 0.1 * (x + m) {
        let v = (x - m) / (x + m);
        let v2 = v * v;
        let mut s = (x - m) * v;
        let mut ej = 2.0 * x * v;
        for j in 1..200 {
            ej *= v2;
            let next = s + ej / f64::from(2 * j + 1);
            if next == s {
                break;
            }
            s = next;
        }
        return s;
    }
    let ratio = x / m;
    let log_ratio = if ratio.is_finite() && ratio > 0.0 {
        ratio.ln()
    } else {
        x.ln() - m.ln()
    };
    x * log_ratio + m - x
}

/// `ln[ Γ(n+1) / (Γ(k+1)·Γ(n−k+1)) · pᵏ·qⁿ⁻ᵏ ]` for real `0 ≤ k ≤ n`, `p + q = 1` (`p` and `q`
/// given separately so that neither is rounded through `1 − p`). For integers it is the log of
/// the binomial probability `P(X = k)`, `X ~ Binomial(n, p)`.
pub(crate) fn ln_binomial_kernel(k: f64, n: f64, p: f64, q: f64) -> f64 {
    if k == 0.0 {
        // qⁿ; with q = 1 − p, ln q = ln1p(−p) keeps the digits of a small p.
        return if n == 0.0 {
            0.0
        } else {
            n * ln_of_complement(q, p)
        };
    }
    if k == n {
        return n * ln_of_complement(p, q);
    }
    stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q)
        + 0.5 * (n / (2.0 * PI * k * (n - k))).ln()
}

/// `ln q` for `q = 1 − p`: through `ln1p(−p)` when `p` is the small one.
fn ln_of_complement(q: f64, p: f64) -> f64 {
    if p < 0.5 { (-p).ln_1p() } else { q.ln() }
}

/// `ln[ λᵏ·e^{−λ} / Γ(k+1) ]` for real `k ≥ 0`, `λ ≥ 0`: for integers the log of the Poisson
/// probability `P(X = k)`, `X ~ Poisson(λ)`. Saddle-point form: `−stirlerr(k) − bd0(k, λ) −
/// ½·ln(2πk)`.
pub(crate) fn ln_poisson_kernel(k: f64, lambda: f64) -> f64 {
    if lambda == 0.0 {
        return if k == 0.0 { 0.0 } else { f64::NEG_INFINITY };
    }
    if k == 0.0 {
        return -lambda;
    }
    -stirlerr(k) - bd0(k, lambda) - 0.5 * (2.0 * PI * k).ln()
}

/// `ln Γ(a + ½) − ln Γ(a)` for `a > 0`, without the cancellation of two large `ln Γ` values
/// (for `a = 5·10⁵`, as in a t distribution with df = 10⁶, each is about 6·10⁶).
///
/// With `ln Γ(x) = (x−½)·ln x − x + ½·ln 2π + stirlerr(x)` (the same Stirling error):
/// `ln Γ(a+½) − ln Γ(a) = a·ln1p(1/(2a)) − ½ + ½·ln a + stirlerr(a+½) − stirlerr(a)`.
pub(crate) fn ln_gamma_half_ratio(a: f64) -> f64 {
    if a < 10.0 {
        return ln_gamma(a + 0.5) - ln_gamma(a);
    }
    a * (0.5 / a).ln_1p() - 0.5 + 0.5 * a.ln() + stirlerr(a + 0.5) - stirlerr(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::function::factorial::ln_factorial;

    #[test]
    fn stirlerr_is_the_error_of_stirlings_formula() {
        // At small x the definition is the formula itself; compare the series branch with it
        // where ln Γ is still accurate (x ≤ 100: ln Γ ≈ 364, so ~1e-13 absolute).
        for x in [15.5, 16.0, 20.0, 35.5, 36.0, 50.0, 80.5, 81.0, 100.0] {
            let direct = ln_gamma(x + 1.0) - (x + 0.5) * f64::ln(x) + x - LN_SQRT_2PI;
            assert!((stirlerr(x) - direct).abs() < 1e-12, "{x}");
        }
        // Stirling's series: stirlerr(x) ≈ 1/(12x) for large x.
        assert!((stirlerr(1e8) * 12e8 - 1.0).abs() < 1e-15);
    }

    #[test]
    fn bd0_matches_its_definition_and_its_series() {
        for (x, m) in [
            (0.0, 3.0),
            (5.0, 2.0),
            (2.0, 5.0),
            (100.0, 101.0),
            (30.0, 33.5),
        ] {
            let direct = x * f64::ln(x / m) + m - x;
            let d = if x == 0.0 { m } else { direct };
            assert!(
                (bd0(x, m) - d).abs() <= 1e-9 * d.abs().max(1e-12),
                "{x} {m}"
            );
        }
        // Close to x = M the series keeps the digits the direct form loses: with δ = (x−M)/M,
        // bd0 = M·[(1+δ)·ln(1+δ) − δ] = M·(δ²/2 − δ³/6 + δ⁴/12 − …).
        for (x, m) in [(1e6, 1e6 + 7.0), (1e6 + 1.0, 1e6), (5e11, 5e11 - 3e4)] {
            let d: f64 = (x - m) / m;
            let series = m * d * d * (0.5 - d / 6.0 + d * d / 12.0);
            assert!((bd0(x, m) / series - 1.0).abs() < 1e-13, "{x} {m}");
        }
        assert_eq!(bd0(7.0, 7.0), 0.0);
    }

    #[test]
    fn binomial_kernel_agrees_with_ln_factorials_where_they_are_accurate() {
        for (k, n, p) in [
            (3u64, 10u64, 0.3),
            (0, 10, 0.3),
            (10, 10, 0.3),
            (17, 40, 0.45),
        ] {
            let (kf, nf) = (k as f64, n as f64);
            let direct = ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k)
                + kf * f64::ln(p)
                + (nf - kf) * f64::ln(1.0 - p);
            let got = ln_binomial_kernel(kf, nf, p, 1.0 - p);
            assert!((got - direct).abs() < 1e-12, "{k} {n} {p}: {got} {direct}");
        }
    }

    #[test]
    fn poisson_kernel_agrees_with_ln_factorials() {
        for (k, lambda) in [(0u64, 2.5), (1, 2.5), (7, 2.5), (30, 12.0)] {
            let direct = k as f64 * f64::ln(lambda) - lambda - ln_factorial(k);
            assert!((ln_poisson_kernel(k as f64, lambda) - direct).abs() < 1e-12);
        }
    }

    #[test]
    fn half_ratio_agrees_with_ln_gamma_where_it_is_accurate() {
        for a in [10.0, 12.5, 40.0, 333.0] {
            let direct = ln_gamma(a + 0.5) - ln_gamma(a);
            assert!((ln_gamma_half_ratio(a) - direct).abs() < 1e-12, "{a}");
        }
        // Γ(a+½)/Γ(a) ≈ √a·(1 − 1/(8a)) for large a.
        let a = 5e5;
        let approx = 0.5 * f64::ln(a) + (-1.0 / (8.0 * a) + 1.0 / (128.0 * a * a)).ln_1p();
        assert!((ln_gamma_half_ratio(a) - approx).abs() < 1e-15);
    }
}
