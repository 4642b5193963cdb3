//! The few distribution values and formulas the demos compare their simulations with, from the
//! project's own library ([`crate::math::prob::distributions`] and
//! [`crate::math::stats::classification`]), gathered in one file so the demos read as a list of
//! the values they check against.

pub use crate::math::prob::distributions::standard::{
    normal_cdf, normal_quantile, t_cdf, t_quantile,
};
use crate::math::prob::distributions::{ChiSquared, Continuous, Normal};
use crate::math::stats::classification::ppv_from_rates;

/// φ(x) = e^(−x²/2)/√(2π), the standard normal density.
pub fn normal_pdf(x: f64) -> f64 {
    Normal::standard().pdf(x)
}

/// P(χ²_df ≥ x), the upper tail of the chi-squared distribution (a test's p-value); NaN when
/// df ≤ 0.
pub fn chi2_upper_tail(x: f64, df: f64) -> f64 {
    ChiSquared::new(df).map_or(f64::NAN, |d| d.sf(x))
}

/// Bayes' rule for a test: P(condition | positive) = sens·prev / (sens·prev + (1 − spec)(1 − prev)),
/// the positive predictive value, from the prevalence, the sensitivity P(positive | condition)
/// and the specificity P(negative | no condition); NaN for rates outside [0, 1].
pub fn positive_predictive_value(prevalence: f64, sensitivity: f64, specificity: f64) -> f64 {
    ppv_from_rates(sensitivity, specificity, prevalence).unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_from_the_tables() {
        // z table: Φ(1.96) = 0.9750; t table: t₀.₉₇₅,₄ = 2.776; χ²: P(χ²₁ ≥ 3.841) = 0.05.
        assert!((normal_cdf(1.96) - 0.975_002_104_851_780).abs() < 1e-9);
        assert!((normal_quantile(0.975) - 1.959_963_984_540_054).abs() < 1e-9);
        assert!((normal_pdf(0.0) - 0.398_942_280_401_432_7).abs() < 1e-15);
        assert!((t_quantile(0.975, 4.0) - 2.776_445_105_197_793).abs() < 1e-9);
        assert!((t_cdf(2.776_445_105_197_793, 4.0) - 0.975).abs() < 1e-9);
        assert!((chi2_upper_tail(3.841_458_820_694_124, 1.0) - 0.05).abs() < 1e-9);
        assert!(t_cdf(1.0, 0.0).is_nan() && chi2_upper_tail(1.0, -1.0).is_nan());
    }

    #[test]
    fn bayes_by_hand() {
        // 1% prevalence, 90% sensitivity, 91% specificity: 0.009/(0.009 + 0.0891) = 1/10.9.
        let ppv = positive_predictive_value(0.01, 0.9, 0.91);
        assert!((ppv - 0.009 / 0.0981).abs() < 1e-15);
        // Half ill, 80%/80%: 0.4 true and 0.1 false positives per person.
        assert!((positive_predictive_value(0.5, 0.8, 0.8) - 0.8).abs() < 1e-15);
        // Tiny prevalences: P(ill | +) ≈ sens·prev/(1 − spec), no underflow to 0.
        let tiny = positive_predictive_value(1e-150, 0.9, 0.95);
        assert!((tiny / (0.9e-150 / 0.05) - 1.0).abs() < 1e-12, "{tiny}");
    }
}
