//! Measures of spread: variance and standard deviation, sample (n − 1) or population (n).

use super::sum::Centered;
use crate::math::stats::StatsError;

/// What a sum of squared deviations is divided by: the one convention that differs between the
/// tools a learner uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Divisor {
    /// `n − 1` (Bessel's correction): the sample variance, an unbiased estimate of the
    /// population's. pandas `var()`/`std()`, `np.cov`, `np.var(ddof=1)`, R's `var`. Needs n ≥ 2.
    Sample,
    /// `n`: the population variance (the data are the whole population). numpy's default
    /// `np.var(x)` = `ddof=0`, `scipy.stats.zscore`'s default.
    Population,
}

impl Divisor {
    /// numpy's `ddof` for this divisor: 1 or 0.
    pub fn ddof(self) -> usize {
        match self {
            Divisor::Sample => 1,
            Divisor::Population => 0,
        }
    }

    /// `n − ddof` for `n` values; `Err` when that is not positive (one value has no sample
    /// variance).
    pub(crate) fn of(self, n: usize, what: &'static str) -> Result<f64, StatsError> {
        let need = self.ddof() + 1;
        if n < need {
            return Err(StatsError::TooFew { what, need, got: n });
        }
        Ok((n - self.ddof()) as f64)
    }
}

/// The variance `Σ (xᵢ − x̄)² / d` with `d = n − 1` ([`Divisor::Sample`]) or `d = n`
/// ([`Divisor::Population`]).
///
/// Computed by the corrected two-pass method on data scaled by a power of two, so it is accurate
/// for data with a large offset (10⁹ + small values) and at scales like 10±150. (The textbook
/// shortcut `Σxᵢ²/n − x̄²` is not used: it cancels catastrophically for offset data.) The result
/// overflows to +∞ only when the true variance exceeds `f64::MAX`. Empty data, NaN, or one value
/// with [`Divisor::Sample`] → `Err`.
pub fn variance(xs: &[f64], divisor: Divisor) -> Result<f64, StatsError> {
    let c = Centered::new(xs)?;
    let d = divisor.of(xs.len(), "a sample variance")?;
    // (v·s)·s rather than v·s²: s² alone may overflow or underflow when the variance does not.
    Ok(c.sum_of_squares() / d * c.scale * c.scale)
}

/// The standard deviation `√(Σ (xᵢ − x̄)² / d)`, `d` as in [`variance`]. Finite whenever the true
/// value is below `f64::MAX`, even where the variance itself overflows (data near 10²⁰⁰); +∞
/// only beyond that (the sample sd of `[MAX, −MAX]` is √2·MAX).
pub fn std_dev(xs: &[f64], divisor: Divisor) -> Result<f64, StatsError> {
    let c = Centered::new(xs)?;
    let d = divisor.of(xs.len(), "a sample standard deviation")?;
    Ok((c.sum_of_squares() / d).sqrt() * c.scale)
}

/// The sample variance `s² = Σ (xᵢ − x̄)² / (n − 1)` (pandas, `np.var(ddof=1)`); n ≥ 2.
pub fn sample_variance(xs: &[f64]) -> Result<f64, StatsError> {
    variance(xs, Divisor::Sample)
}

/// The population variance `σ² = Σ (xᵢ − x̄)² / n` (numpy's default `np.var`, `ddof=0`).
pub fn population_variance(xs: &[f64]) -> Result<f64, StatsError> {
    variance(xs, Divisor::Population)
}

/// The sample standard deviation `s = √(Σ (xᵢ − x̄)² / (n − 1))` (pandas `std()`); n ≥ 2.
pub fn sample_sd(xs: &[f64]) -> Result<f64, StatsError> {
    std_dev(xs, Divisor::Sample)
}

/// The population standard deviation `σ = √(Σ (xᵢ − x̄)² / n)` (numpy's default `np.std`).
pub fn population_sd(xs: &[f64]) -> Result<f64, StatsError> {
    std_dev(xs, Divisor::Population)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn small_cases_by_hand() {
        let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(population_variance(&xs), Ok(4.0));
        assert_eq!(population_sd(&xs), Ok(2.0));
        assert_eq!(sample_variance(&xs), Ok(32.0 / 7.0));
        assert_eq!(sample_variance(&[5.0, 5.0]), Ok(0.0));
        assert_eq!(population_variance(&[3.0]), Ok(0.0));
        assert!(matches!(
            sample_variance(&[3.0]),
            Err(StatsError::TooFew {
                need: 2,
                got: 1,
                ..
            })
        ));
        assert!(sample_sd(&[1.0, f64::NAN]).is_err());
    }

    #[test]
    fn a_large_offset_does_not_cancel() {
        // 10⁹ + (1, 2, …, 9)/8: exact in binary, variance of (1..9)/8 = 7.5/64.
        let xs: Vec<f64> = (1..=9).map(|i| 1e9 + i as f64 / 8.0).collect();
        assert_eq!(sample_variance(&xs), Ok(7.5 / 64.0));
        let ys: Vec<f64> = (1..=9).map(|i| 1e15 + i as f64).collect();
        assert_eq!(sample_variance(&ys), Ok(7.5));
    }

    #[test]
    fn extreme_scales_scale_exactly() {
        let base = [1.0, 2.0, 4.0, 7.0];
        let v = sample_variance(&base).unwrap();
        for k in [-300, -150, 150, 300] {
            let s = 10f64.powi(k);
            let xs: Vec<f64> = base.iter().map(|x| x * s).collect();
            assert!(close(sample_sd(&xs).unwrap(), v.sqrt() * s, 1e-14), "{k}");
            if k.abs() <= 150 {
                assert!(
                    close(sample_variance(&xs).unwrap(), v * s * s, 1e-14),
                    "{k}"
                );
            }
        }
        // The sd of values near f64::MAX is representable although the variance is not.
        let huge = [f64::MAX, -f64::MAX];
        assert!(close(population_sd(&huge).unwrap(), f64::MAX, 1e-15));
        assert_eq!(population_variance(&huge), Ok(f64::INFINITY));
    }
}
