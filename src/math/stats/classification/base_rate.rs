//! Predictive values from a test's rates and the prevalence: the base-rate effect.
//!
//! A test with sensitivity 0.99 and specificity 0.99 for a condition with prevalence 1/1000 gives
//! a positive result that is right only about 9% of the time: most positives are false positives
//! from the many healthy people. Ignoring the base rate (answering the sensitivity) is the
//! classic mistake.

use crate::math::prob::events::{EventsError, Number, posterior};

/// The positive predictive value `P(D|+)` by Bayes' rule:
/// `PPV = se·π / (se·π + (1 − sp)·(1 − π))` with sensitivity `se`, specificity `sp` and
/// prevalence `π`. Exact for `Rational`. Inputs outside [0, 1], or no positives at all
/// (`se·π + (1 − sp)(1 − π) = 0`) → `Err`.
pub fn ppv_from_rates<T: Number>(
    sensitivity: T,
    specificity: T,
    prevalence: T,
) -> Result<T, EventsError> {
    let false_positive_rate = T::one().minus(specificity.probability("the specificity")?)?;
    posterior(
        prevalence,
        sensitivity.probability("the sensitivity")?,
        false_positive_rate,
    )
}

/// The negative predictive value `P(¬D|−)`:
/// `NPV = sp·(1 − π) / (sp·(1 − π) + (1 − se)·π)`. As [`ppv_from_rates`].
pub fn npv_from_rates<T: Number>(
    sensitivity: T,
    specificity: T,
    prevalence: T,
) -> Result<T, EventsError> {
    let healthy = T::one().minus(prevalence.probability("the prevalence")?)?;
    let miss_rate = T::one().minus(sensitivity.probability("the sensitivity")?)?;
    posterior(
        healthy,
        specificity.probability("the specificity")?,
        miss_rate,
    )
}

#[cfg(test)]
mod tests {
    use super::super::ConfusionMatrix;
    use super::*;
    use crate::math::Rational;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn the_base_rate_effect_exactly() {
        // se = sp = 99/100, π = 1/1000: PPV = 99/(99 + 999) = 99/1098 = 11/122.
        assert_eq!(
            ppv_from_rates(q(99, 100), q(99, 100), q(1, 1000)),
            Ok(q(11, 122))
        );
        assert_eq!(
            npv_from_rates(q(99, 100), q(99, 100), q(1, 1000)),
            Ok(q(98901, 98902))
        );
    }

    /// The formula against counting a population with exactly those rates.
    #[test]
    fn agrees_with_a_counted_population() {
        // 10000 people, 200 ill; the test finds 180 of them and clears 9310 of the 9800 healthy.
        let m = ConfusionMatrix {
            true_pos: 180,
            false_neg: 20,
            true_neg: 9310,
            false_pos: 490,
        };
        let (se, sp, prev) = (q(180, 200), q(9310, 9800), q(200, 10000));
        assert_eq!(
            ppv_from_rates(se, sp, prev).ok(),
            m.exact(super::super::Metric::Precision)
        );
        assert_eq!(
            npv_from_rates(se, sp, prev).ok(),
            m.exact(super::super::Metric::NegativePredictiveValue)
        );
        let f = ppv_from_rates(0.9, 0.95, 0.02).unwrap();
        assert!((f - m.precision().unwrap()).abs() < 1e-15);
    }

    #[test]
    fn invalid_rates_are_errors() {
        assert!(ppv_from_rates(1.2, 0.9, 0.1).is_err());
        assert!(ppv_from_rates(0.9, f64::NAN, 0.1).is_err());
        assert!(npv_from_rates(0.9, 0.9, -0.1).is_err());
        // Nobody tests positive: PPV is undefined.
        assert!(ppv_from_rates(0.0, 1.0, 0.5).is_err());
    }
}
