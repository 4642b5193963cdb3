//! The binomial distribution: the number of successes in `n` independent trials that each
//! succeed with probability `p`.

use super::error::{DistError, check};
use super::saddle_point::ln_binomial_kernel;
use super::traits::Discrete;
use super::unimodal_sum::{LogConcavePmf, sum_range};
use crate::math::Rational;
use crate::math::rational::gcd;

/// `X ~ Binomial(n, p)`: `P(X = k) = C(n, k)·pᵏ·(1−p)ⁿ⁻ᵏ` for `k = 0, 1, …, n`;
/// `E X = np`, `Var X = np(1−p)`.
///
/// The pmf is evaluated in log space by Loader's saddle-point formula
/// (`saddle_point.rs`), accurate to ~1e-14 relative even for `n = 10⁶`. The cdf
/// `Σ_{j≤k} pmf(j)` and the survival function `Σ_{j>k} pmf(j)` are both sums of the pmf
/// (`unimodal_sum.rs`), neither computed as one minus the other. (The same cdf is the
/// regularized incomplete beta function `I_{1−p}(n−k, k+1)`; the tests check it.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binomial {
    n: u64,
    p: f64,
    /// `1 − p`.
    q: f64,
}

impl Binomial {
    /// The largest `n` accepted: the cdf sums about `20·√(np(1−p))` terms, so this bounds the
    /// work of one evaluation (to about 10⁷ terms).
    pub const MAX_TRIALS: u64 = 1_000_000_000_000;

    /// `Binomial(n, p)`; `Err` unless `0 ≤ p ≤ 1` and `n ≤ 10¹²`.
    pub fn new(n: u64, p: f64) -> Result<Self, DistError> {
        check("Binomial", "n", n as f64, "at most 10^12", |n| {
            n <= Self::MAX_TRIALS as f64
        })?;
        let p = check("Binomial", "p", p, "between 0 and 1", |p| {
            (0.0..=1.0).contains(&p)
        })?;
        Ok(Self { n, p, q: 1.0 - p })
    }

    /// The number of trials `n`.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The probability of success `p`.
    pub fn p(&self) -> f64 {
        self.p
    }

    /// `ln P(X = k)` (−∞ outside `0..=n`).
    pub fn ln_pmf(&self, k: i64) -> f64 {
        if k < 0 || k as u64 > self.n {
            return f64::NEG_INFINITY;
        }
        if self.p == 0.0 || self.p == 1.0 {
            // All the mass on 0 or on n.
            let at = if self.p == 0.0 { 0 } else { self.n as i64 };
            return if k == at { 0.0 } else { f64::NEG_INFINITY };
        }
        ln_binomial_kernel(k as f64, self.n as f64, self.p, self.q)
    }

    fn last(&self) -> i64 {
        self.n as i64
    }

    /// `P(X = k)` exactly, for a rational `p` (see [`Binomial::exact_sum`]): `binompmf(3, 10,
    /// 1/2) = 15/128`. `None` when the exact numbers do not fit.
    pub fn exact_pmf(k: i64, n: u64, p: Rational) -> Option<Rational> {
        Self::exact_sum(k, k, n, p)
    }

    /// `P(X ≤ k)` exactly, for a rational `p` (see [`Binomial::exact_sum`]).
    pub fn exact_cdf(k: i64, n: u64, p: Rational) -> Option<Rational> {
        Self::exact_sum(0, k, n, p)
    }

    /// `P(lo ≤ X ≤ hi)` over the rationals: with `p = a/d` and `q = b/d` (`b = d − a`),
    /// `P(X = j) = C(n, j)·aʲ·bⁿ⁻ʲ / dⁿ`, so the sum is one integer numerator over `dⁿ`,
    /// computed in `i128` with checked operations (`C(n, j+1) = C(n, j)·(n − j)/(j + 1)`).
    ///
    /// `None` where the exact numbers overflow (then use the `f64` distribution): `dⁿ` must fit
    /// in `i128`, so `n ≤ 126` for `p = 1/2` and fewer for larger denominators, and the reduced
    /// result must have `i64` parts. `None` also for `p` outside `[0, 1]` or `n > 10¹²`. With
    /// `p = 0` or `1` all the mass is on `0` or on `n`, for any `n`. At most `n + 1 ≤ 127` terms.
    pub fn exact_sum(lo: i64, hi: i64, n: u64, p: Rational) -> Option<Rational> {
        if p < Rational::ZERO || p > Rational::ONE || n > Self::MAX_TRIALS {
            return None;
        }
        let indicator = |inside: bool| {
            Some(if inside {
                Rational::ONE
            } else {
                Rational::ZERO
            })
        };
        let n_i = i64::try_from(n).ok()?;
        let (lo, hi) = (lo.max(0), hi.min(n_i));
        if lo > hi {
            return Some(Rational::ZERO);
        }
        if p.is_zero() {
            return indicator(lo == 0);
        }
        if p == Rational::ONE {
            return indicator(hi == n_i);
        }
        let (a, d) = (i128::from(p.numer()), i128::from(p.denom()));
        let b = d - a;
        let trials = u32::try_from(n).ok()?;
        let total = d.checked_pow(trials)?;
        let (mut choose, mut sum) = (1i128, 0i128);
        for j in 0..=hi {
            if j > 0 {
                choose = next_choose(choose, n_i, j)?;
            }
            if j >= lo {
                let j32 = u32::try_from(j).ok()?;
                let term = choose
                    .checked_mul(a.checked_pow(j32)?)?
                    .checked_mul(b.checked_pow(trials - j32)?)?;
                sum = sum.checked_add(term)?;
            }
        }
        Rational::from_i128(sum, total)
    }
}

/// `C(n, j)` from `c = C(n, j − 1)`: `c·(n − j + 1)/j`, with the common factor `g` of `c` and
/// `j` divided out first, `(c/g)·((n − j + 1)/(j/g))`, so no step is larger than the result
/// (`j/g` divides `n − j + 1` because `j` divides the product and shares nothing more with `c/g`).
fn next_choose(c: i128, n: i64, j: i64) -> Option<i128> {
    let g = gcd(c.unsigned_abs(), j.unsigned_abs().into());
    let g = i128::try_from(g).ok()?.max(1);
    let rest = i128::from(n - j + 1) / (i128::from(j) / g);
    (c / g).checked_mul(rest)
}

impl LogConcavePmf for Binomial {
    fn ln_pmf_at(&self, k: i64) -> f64 {
        self.ln_pmf(k)
    }

    /// `pmf(k+1)/pmf(k) = (n−k)/(k+1) · p/q`.
    fn ratio_up(&self, k: i64) -> f64 {
        (self.n as f64 - k as f64) / (k as f64 + 1.0) * (self.p / self.q)
    }

    /// `pmf(k−1)/pmf(k) = k/(n−k+1) · q/p`.
    fn ratio_down(&self, k: i64) -> f64 {
        k as f64 / (self.n as f64 - k as f64 + 1.0) * (self.q / self.p)
    }

    /// `⌊(n+1)p⌋`, at most `n`.
    fn mode(&self) -> i64 {
        (((self.n as f64 + 1.0) * self.p).floor() as i64).min(self.last())
    }
}

impl Discrete for Binomial {
    fn pmf(&self, k: i64) -> f64 {
        self.ln_pmf(k).exp()
    }

    fn cdf(&self, k: i64) -> f64 {
        if k < 0 {
            0.0
        } else if k >= self.last() {
            1.0
        } else if self.p == 0.0 || self.p == 1.0 {
            if self.p == 0.0 { 1.0 } else { 0.0 }
        } else {
            sum_range(self, 0, k)
        }
    }

    fn sf(&self, k: i64) -> f64 {
        if k < 0 {
            1.0
        } else if k >= self.last() {
            0.0
        } else if self.p == 0.0 || self.p == 1.0 {
            if self.p == 0.0 { 0.0 } else { 1.0 }
        } else {
            sum_range(self, k + 1, self.last())
        }
    }

    fn mean(&self) -> f64 {
        self.n as f64 * self.p
    }

    fn variance(&self) -> f64 {
        self.n as f64 * self.p * self.q
    }

    fn support(&self) -> (i64, Option<i64>) {
        (0, Some(self.last()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::distribution::{Binomial as Oracle, Discrete as _, DiscreteCDF as _};

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn exact_probabilities_are_the_fractions_by_hand() {
        // C(10, 3)/2¹⁰ = 120/1024; (1 + 10 + 45 + 120)/1024 = 176/1024.
        assert_eq!(Binomial::exact_pmf(3, 10, q(1, 2)), Some(q(15, 128)));
        assert_eq!(Binomial::exact_cdf(3, 10, q(1, 2)), Some(q(11, 64)));
        // C(4, 2)·(1/3)²·(2/3)² = 6·4/81.
        assert_eq!(Binomial::exact_pmf(2, 4, q(1, 3)), Some(q(8, 27)));
        assert_eq!(Binomial::exact_cdf(-1, 4, q(1, 3)), Some(Rational::ZERO));
        assert_eq!(Binomial::exact_cdf(4, 4, q(1, 3)), Some(Rational::ONE));
        assert_eq!(Binomial::exact_cdf(9, 4, q(1, 3)), Some(Rational::ONE));
        assert_eq!(Binomial::exact_pmf(5, 4, q(1, 3)), Some(Rational::ZERO));
        assert_eq!(Binomial::exact_pmf(0, 0, q(1, 3)), Some(Rational::ONE));
    }

    #[test]
    fn exact_probabilities_agree_with_statrs() {
        for (a, d) in [(1, 2), (1, 3), (2, 5), (7, 10), (1, 20), (99, 100)] {
            let p = q(a, d);
            for n in [1u64, 2, 5, 10, 17, 30] {
                let oracle = Oracle::new(p.to_f64(), n).unwrap();
                for k in 0..=n as i64 {
                    let close = |got: Option<Rational>, want: f64| match got {
                        Some(got) => {
                            let got = got.to_f64();
                            assert!(
                                (got - want).abs() <= 1e-9 * want,
                                "{a}/{d} n={n} k={k}: {got} vs {want}"
                            );
                        }
                        // Every term is at most dⁿ, so where dⁿ fits in i64 nothing overflows.
                        None => assert!(
                            (d as f64).powi(n as i32) > i64::MAX as f64,
                            "{a}/{d} n={n} k={k}"
                        ),
                    };
                    close(Binomial::exact_pmf(k, n, p), oracle.pmf(k as u64));
                    close(Binomial::exact_cdf(k, n, p), oracle.cdf(k as u64));
                }
            }
        }
    }

    #[test]
    fn exact_probabilities_report_overflow_instead_of_a_wrong_number() {
        // 2¹⁰⁰⁰ is no i128; C(1000, 500) neither.
        assert_eq!(Binomial::exact_pmf(500, 1000, q(1, 2)), None);
        assert_eq!(Binomial::exact_cdf(3, 1000, q(1, 2)), None);
        // 3⁵⁰ fits in i128, but not the reduced denominator in i64.
        assert_eq!(Binomial::exact_pmf(20, 50, q(1, 3)), None);
        // The largest d = 2 case: 2¹²⁶ fits, 2¹²⁷ does not.
        assert_eq!(Binomial::exact_cdf(126, 126, q(1, 2)), Some(Rational::ONE));
        assert_eq!(Binomial::exact_cdf(127, 127, q(1, 2)), None);
        // p = 0 or 1: the mass on one value, however large n.
        let n = Binomial::MAX_TRIALS;
        assert_eq!(
            Binomial::exact_pmf(0, n, Rational::ZERO),
            Some(Rational::ONE)
        );
        assert_eq!(
            Binomial::exact_cdf(5, n, Rational::ONE),
            Some(Rational::ZERO)
        );
        assert_eq!(
            Binomial::exact_pmf(n as i64, n, Rational::ONE),
            Some(Rational::ONE)
        );
        // Out of the domain.
        assert_eq!(Binomial::exact_pmf(1, 4, q(3, 2)), None);
        assert_eq!(Binomial::exact_pmf(1, 4, q(-1, 2)), None);
        assert_eq!(Binomial::exact_pmf(1, n + 1, q(1, 2)), None);
    }
}
