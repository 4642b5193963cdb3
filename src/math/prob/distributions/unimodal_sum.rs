//! `P(lo ≤ X ≤ hi)` for a binomial or Poisson `X` by summing the pmf, without cancellation and
//! without underflow: the cdf and the survival function of both are such sums.
//!
//! Both pmfs are log-concave: the ratio of neighbours `pmf(j+1)/pmf(j)` decreases as `j` grows,
//! so the pmf rises to a mode and falls after it. The sum starts at the largest term in the range
//! (the mode, or the end of the range nearest to it), computed once in log space by Loader's
//! saddle-point formula, and walks outward multiplying by the neighbour ratios:
//! `S = 1 + r₁ + r₁r₂ + …` relative to that term, so a sum of terms that each underflow is still
//! right: `P = exp(ln pmf(anchor) + ln S)`. The walk stops when the rest cannot matter: beyond a
//! term `t` whose next ratio is `r < 1`, the remaining terms are at most `t·r/(1 − r)`
//! (log-concavity), and the walk stops once that is below `10⁻¹⁷` of what it has summed: about
//! 20 standard deviations of terms at most, since they fall like a normal curve.

/// What the sum needs to know about a log-concave pmf.
pub(crate) trait LogConcavePmf {
    /// `ln P(X = k)` for `k` in the support.
    fn ln_pmf_at(&self, k: i64) -> f64;
    /// `pmf(k+1) / pmf(k)`.
    fn ratio_up(&self, k: i64) -> f64;
    /// `pmf(k−1) / pmf(k)`.
    fn ratio_down(&self, k: i64) -> f64;
    /// A mode (a `k` where the pmf is largest).
    fn mode(&self) -> i64;
}

/// The walk's safety bound: more terms than any allowed parameters need (the constructors bound
/// `n` and `λ` so that 20 standard deviations are at most 2·10⁷ terms), so it never stops a sum
/// early, only a bug from hanging.
const MAX_TERMS: u64 = 100_000_000;

/// `Σ pmf(k)` for `k` from `lo` to `hi` (both inside the support; empty if `lo > hi`).
pub(crate) fn sum_range(d: &impl LogConcavePmf, lo: i64, hi: i64) -> f64 {
    if lo > hi {
        return 0.0;
    }
    let anchor = d.mode().clamp(lo, hi);
    let ln_anchor = d.ln_pmf_at(anchor);
    if ln_anchor == f64::NEG_INFINITY {
        return 0.0;
    }
    let mut s = 1.0;
    s += walk(anchor, hi, |k| d.ratio_up(k), 1);
    s += walk(anchor, lo, |k| d.ratio_down(k), -1);
    // A sum of probabilities is at most 1: rounding could put it an ulp above.
    (ln_anchor + s.ln()).exp().min(1.0)
}

/// The terms after the anchor in one direction (`step` = ±1) up to `end`, relative to the
/// anchor's term: `r(a) + r(a)·r(a±1) + …`, stopped once the rest is below `10⁻¹⁷` of the anchor
/// plus this side's sum. (Each side stops on its own, so a range one longer never sums to less:
/// the cdf never decreases.)
fn walk(anchor: i64, end: i64, ratio: impl Fn(i64) -> f64, step: i64) -> f64 {
    let (mut k, mut term, mut sum) = (anchor, 1.0, 0.0);
    for _ in 0..MAX_TERMS {
        if k == end {
            break;
        }
        let r = ratio(k);
        term *= r;
        k += step;
        sum += term;
        if term == 0.0 {
            break;
        }
        // The next ratio is at most r: the rest is at most term·r/(1 − r).
        if r < 1.0 && term * r <= 1e-17 * (1.0 - r) * (1.0 + sum) {
            break;
        }
    }
    sum
}
