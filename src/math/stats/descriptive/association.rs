//! Two variables together: covariance, Pearson correlation; and z-scores of one variable.

use super::checks::{finite_data, finite_pairs};
use super::spread::{Divisor, std_dev};
use super::sum::Centered;
use crate::math::stats::StatsError;

/// The covariance `Σ (xᵢ − x̄)(yᵢ − ȳ) / d`, `d = n − 1` ([`Divisor::Sample`]: `np.cov(x, y)[0, 1]`,
/// pandas `cov`) or `d = n` ([`Divisor::Population`]: `np.cov(x, y, bias=True)`).
/// Corrected two-pass, in scaled units (see [`super::variance`]). Unequal lengths, empty data,
/// NaN, or n < 2 with [`Divisor::Sample`] → `Err`.
pub fn covariance(xs: &[f64], ys: &[f64], divisor: Divisor) -> Result<f64, StatsError> {
    finite_pairs(xs, ys)?;
    let (cx, cy) = (Centered::new(xs)?, Centered::new(ys)?);
    let d = divisor.of(xs.len(), "a sample covariance")?;
    Ok(cx.sum_of_products(&cy) / d * cx.scale * cy.scale)
}

/// Pearson's correlation coefficient
/// `r = Σ (xᵢ − x̄)(yᵢ − ȳ) / √(Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)²)` (`np.corrcoef(x, y)[0, 1]`,
/// `scipy.stats.pearsonr`). The divisor cancels, so n or n − 1 does not matter (as long as the
/// covariance and both standard deviations use the same one). Clamped to [−1, 1] against
/// rounding. Needs n ≥ 2; zero variance in either variable → `Err`.
pub fn correlation(xs: &[f64], ys: &[f64]) -> Result<f64, StatsError> {
    finite_pairs(xs, ys)?;
    let (cx, cy) = (Centered::new(xs)?, Centered::new(ys)?);
    Ok(correlation_of(&cx, &cy)?.clamp(-1.0, 1.0))
}

/// `r` from centred data (shared with the least-squares line).
pub(crate) fn correlation_of(cx: &Centered, cy: &Centered) -> Result<f64, StatsError> {
    let (sxx, syy) = (cx.sum_of_squares(), cy.sum_of_squares());
    if sxx == 0.0 || syy == 0.0 {
        return Err(StatsError::ZeroVariance {
            what: "the correlation",
        });
    }
    // In the scaled units each sum is at most 4n and, when not 0, at least about (2⁻⁵³)²/n (a
    // nonzero deviation is about an ulp of the largest value or more): the product neither
    // overflows nor underflows, and one square root rounds once (r = ±1 exactly on a line).
    Ok(cx.sum_of_products(cy) / (sxx * syy).sqrt())
}

/// The z-score of one value against data: `z = (x − x̄)/s`, `s` the standard deviation with the
/// given divisor. `scipy.stats.zscore` divides by n ([`Divisor::Population`], its `ddof=0`
/// default); textbooks that estimate σ from a sample use n − 1. Zero spread → `Err`.
pub fn z_score(x: f64, xs: &[f64], divisor: Divisor) -> Result<f64, StatsError> {
    finite_data(&[x])?;
    Ok(z_scores_of(&[x], xs, divisor)?[0])
}

/// The z-score of every value of the data against the data themselves (`scipy.stats.zscore(x,
/// ddof=…)`), divisor as in [`z_score`].
pub fn z_scores(xs: &[f64], divisor: Divisor) -> Result<Vec<f64>, StatsError> {
    z_scores_of(xs, xs, divisor)
}

fn z_scores_of(values: &[f64], xs: &[f64], divisor: Divisor) -> Result<Vec<f64>, StatsError> {
    let c = Centered::new(xs)?;
    let sd = std_dev(xs, divisor)?;
    if sd == 0.0 {
        return Err(StatsError::ZeroVariance { what: "a z-score" });
    }
    // (x − x̄)/s in the data's scale, so neither difference nor quotient overflows.
    let sd_scaled = sd / c.scale;
    Ok(values
        .iter()
        .map(|x| (x / c.scale - c.mean / c.scale) / sd_scaled)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cases_by_hand() {
        let (x, y) = ([1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 5.0, 9.0]);
        // Σdx·dy = (−1.5)(−3) + (−0.5)(−1) + (0.5)(0) + (1.5)(4) = 11.
        assert_eq!(covariance(&x, &y, Divisor::Sample), Ok(11.0 / 3.0));
        assert_eq!(covariance(&x, &y, Divisor::Population), Ok(11.0 / 4.0));
        let r = correlation(&x, &y).unwrap();
        assert!((r - 11.0 / (5.0f64 * 26.0).sqrt()).abs() < 1e-15);
        assert_eq!(correlation(&x, &[-1.0, -2.0, -3.0, -4.0]), Ok(-1.0));
        assert_eq!(z_score(6.0, &[2.0, 4.0, 6.0], Divisor::Sample), Ok(1.0));
        assert_eq!(
            z_scores(&[2.0, 4.0, 6.0], Divisor::Sample),
            Ok(vec![-1.0, 0.0, 1.0])
        );
    }

    #[test]
    fn extremes_and_bad_input() {
        let x = [1.0, 2.0, 3.0, 4.0];
        let y = [2.0, 4.0, 5.0, 9.0];
        let r = correlation(&x, &y).unwrap();
        for k in [-300, -150, 150, 300] {
            let s = 10f64.powi(k);
            let xs: Vec<f64> = x.iter().map(|v| v * s + 1e6 * s).collect();
            let ys: Vec<f64> = y.iter().map(|v| v / s).collect();
            assert!((correlation(&xs, &ys).unwrap() - r).abs() < 1e-6, "{k}");
            assert!(
                (z_score(4.0 * s, &x.map(|v| v * s), Divisor::Sample).unwrap()
                    - z_score(4.0, &x, Divisor::Sample).unwrap())
                .abs()
                    < 1e-14
            );
        }
        assert!(matches!(
            correlation(&x, &[1.0, 1.0, 1.0, 1.0]),
            Err(StatsError::ZeroVariance { .. })
        ));
        assert!(matches!(
            covariance(&x, &y[..3], Divisor::Sample),
            Err(StatsError::LengthMismatch { .. })
        ));
        assert!(z_score(f64::NAN, &x, Divisor::Sample).is_err());
        assert!(z_score(1.0, &[2.0, 2.0], Divisor::Sample).is_err());
        assert!(covariance(&[1.0], &[2.0], Divisor::Sample).is_err());
    }
}
