//! The confusion matrix of a binary classifier and the rates read from it.

use super::labels::{Label, same_length, to_bools};
use crate::math::Rational;
use crate::math::stats::StatsError;

/// Counts of a binary classifier's outcomes (positive class = label 1):
/// ```text
///                 predicted 1   predicted 0
///   actual 1          TP            FN
///   actual 0          FP            TN
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConfusionMatrix {
    pub true_pos: u64,
    pub false_pos: u64,
    pub true_neg: u64,
    pub false_neg: u64,
}

/// A rate read from a confusion matrix. Each is a fraction of two counts (see
/// [`Metric::formula`]), undefined (0/0) when its denominator is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// `TP / (TP + FN)`: of the actual positives, the share found. Also recall, TPR, hit rate.
    Sensitivity,
    /// `TN / (TN + FP)`: of the actual negatives, the share cleared. Also TNR; `1 − FPR`.
    Specificity,
    /// `TP / (TP + FP)`: of the predicted positives, the share right. Also PPV.
    Precision,
    /// `TN / (TN + FN)`: of the predicted negatives, the share right (NPV).
    NegativePredictiveValue,
    /// `2·TP / (2·TP + FP + FN)`: the harmonic mean of precision and recall.
    F1,
    /// `(TP + TN) / n`: the share of all predictions that are right.
    Accuracy,
    /// `(TP + FN) / n`: the share of actual positives (the base rate).
    Prevalence,
}

impl Metric {
    pub const ALL: [Metric; 7] = [
        Metric::Sensitivity,
        Metric::Specificity,
        Metric::Precision,
        Metric::NegativePredictiveValue,
        Metric::F1,
        Metric::Accuracy,
        Metric::Prevalence,
    ];

    /// The usual name (`"sensitivity"`), for messages.
    pub fn name(self) -> &'static str {
        match self {
            Metric::Sensitivity => "sensitivity",
            Metric::Specificity => "specificity",
            Metric::Precision => "precision",
            Metric::NegativePredictiveValue => "negative predictive value",
            Metric::F1 => "F1",
            Metric::Accuracy => "accuracy",
            Metric::Prevalence => "prevalence",
        }
    }

    /// The formula in counts (`"TP / (TP + FN)"`).
    pub fn formula(self) -> &'static str {
        match self {
            Metric::Sensitivity => "TP / (TP + FN)",
            Metric::Specificity => "TN / (TN + FP)",
            Metric::Precision => "TP / (TP + FP)",
            Metric::NegativePredictiveValue => "TN / (TN + FN)",
            Metric::F1 => "2·TP / (2·TP + FP + FN)",
            Metric::Accuracy => "(TP + TN) / (TP + FP + TN + FN)",
            Metric::Prevalence => "(TP + FN) / (TP + FP + TN + FN)",
        }
    }
}

/// What a 0/0 rate becomes, as scikit-learn's `zero_division` argument of `precision_score`,
/// `recall_score` and `f1_score` (e.g. precision when nothing was predicted positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZeroDivision {
    /// 0: sklearn's default `zero_division="warn"` returns 0 (with a warning), as does `0`.
    Zero,
    /// 1: sklearn's `zero_division=1`.
    One,
    /// NaN: sklearn's `zero_division=np.nan`.
    Nan,
    /// An error naming the metric: for code that must not silently pick a value.
    Error,
}

impl ZeroDivision {
    fn resolve(self, value: Option<f64>, metric: Metric) -> Result<f64, StatsError> {
        match (value, self) {
            (Some(v), _) => Ok(v),
            (None, ZeroDivision::Zero) => Ok(0.0),
            (None, ZeroDivision::One) => Ok(1.0),
            (None, ZeroDivision::Nan) => Ok(f64::NAN),
            (None, ZeroDivision::Error) => Err(StatsError::ZeroDivision {
                metric: metric.name(),
                why: "its denominator counts no cases",
            }),
        }
    }
}

impl ConfusionMatrix {
    /// Counts outcomes from actual labels and predictions (0/1 or bool). Unequal lengths, empty
    /// lists, or a label other than 0/1 → `Err`.
    pub fn from_labels<L: Label, P: Label>(
        y_true: &[L],
        y_pred: &[P],
    ) -> Result<ConfusionMatrix, StatsError> {
        same_length(y_true.len(), y_pred.len())?;
        let (actual, predicted) = (to_bools(y_true)?, to_bools(y_pred)?);
        let mut m = ConfusionMatrix::default();
        for (a, p) in actual.into_iter().zip(predicted) {
            match (a, p) {
                (true, true) => m.true_pos += 1,
                (false, true) => m.false_pos += 1,
                (false, false) => m.true_neg += 1,
                (true, false) => m.false_neg += 1,
            }
        }
        Ok(m)
    }

    /// `n = TP + FP + TN + FN`.
    pub fn total(&self) -> u128 {
        self.fraction(Metric::Accuracy).1
    }

    /// The metric as a fraction of counts `(numerator, denominator)`, unreduced (in `u128`, so
    /// no sum of counts overflows).
    pub fn fraction(&self, metric: Metric) -> (u128, u128) {
        let (tp, fp, tn, fn_) = (
            u128::from(self.true_pos),
            u128::from(self.false_pos),
            u128::from(self.true_neg),
            u128::from(self.false_neg),
        );
        let total = tp + fp + tn + fn_;
        match metric {
            Metric::Sensitivity => (tp, tp + fn_),
            Metric::Specificity => (tn, tn + fp),
            Metric::Precision => (tp, tp + fp),
            Metric::NegativePredictiveValue => (tn, tn + fn_),
            Metric::F1 => (2 * tp, 2 * tp + fp + fn_),
            Metric::Accuracy => (tp + tn, total),
            Metric::Prevalence => (tp + fn_, total),
        }
    }

    /// The metric as a float; `None` when it is 0/0.
    pub fn value(&self, metric: Metric) -> Option<f64> {
        match self.fraction(metric) {
            (_, 0) => None,
            (n, d) => Some(n as f64 / d as f64),
        }
    }

    /// The metric as an exact fraction in lowest terms; `None` when it is 0/0 (or the counts
    /// exceed `i64`).
    pub fn exact(&self, metric: Metric) -> Option<Rational> {
        let (n, d) = self.fraction(metric);
        Rational::new(i64::try_from(n).ok()?, i64::try_from(d).ok()?)
    }

    /// The metric, with a 0/0 resolved as sklearn's `zero_division` says.
    pub fn score(&self, metric: Metric, zero_division: ZeroDivision) -> Result<f64, StatsError> {
        zero_division.resolve(self.value(metric), metric)
    }

    /// Sensitivity = recall = TPR `TP / (TP + FN)`; `None` with no actual positives.
    pub fn sensitivity(&self) -> Option<f64> {
        self.value(Metric::Sensitivity)
    }
    /// Specificity = TNR `TN / (TN + FP)`; `None` with no actual negatives.
    pub fn specificity(&self) -> Option<f64> {
        self.value(Metric::Specificity)
    }
    /// Precision = PPV `TP / (TP + FP)`; `None` with no predicted positives.
    pub fn precision(&self) -> Option<f64> {
        self.value(Metric::Precision)
    }
    /// NPV `TN / (TN + FN)`; `None` with no predicted negatives.
    pub fn npv(&self) -> Option<f64> {
        self.value(Metric::NegativePredictiveValue)
    }
    /// F1 `2·TP / (2·TP + FP + FN)`; `None` when there are no positives at all, actual or
    /// predicted (the same as `2PR/(P + R)` whenever both are defined).
    pub fn f1(&self) -> Option<f64> {
        self.value(Metric::F1)
    }
    /// Accuracy `(TP + TN) / n`.
    pub fn accuracy(&self) -> Option<f64> {
        self.value(Metric::Accuracy)
    }
    /// Prevalence `(TP + FN) / n`.
    pub fn prevalence(&self) -> Option<f64> {
        self.value(Metric::Prevalence)
    }
}

/// sklearn's `precision_score(y_true, y_pred, zero_division=…)` for 0/1 labels (positive = 1).
pub fn precision_score<L: Label, P: Label>(
    y_true: &[L],
    y_pred: &[P],
    zero_division: ZeroDivision,
) -> Result<f64, StatsError> {
    ConfusionMatrix::from_labels(y_true, y_pred)?.score(Metric::Precision, zero_division)
}

/// sklearn's `recall_score(y_true, y_pred, zero_division=…)`: the sensitivity.
pub fn recall_score<L: Label, P: Label>(
    y_true: &[L],
    y_pred: &[P],
    zero_division: ZeroDivision,
) -> Result<f64, StatsError> {
    ConfusionMatrix::from_labels(y_true, y_pred)?.score(Metric::Sensitivity, zero_division)
}

/// sklearn's `f1_score(y_true, y_pred, zero_division=…)` (0/0 only with no positives at all).
pub fn f1_score<L: Label, P: Label>(
    y_true: &[L],
    y_pred: &[P],
    zero_division: ZeroDivision,
) -> Result<f64, StatsError> {
    ConfusionMatrix::from_labels(y_true, y_pred)?.score(Metric::F1, zero_division)
}

/// sklearn's `accuracy_score(y_true, y_pred)`.
pub fn accuracy_score<L: Label, P: Label>(y_true: &[L], y_pred: &[P]) -> Result<f64, StatsError> {
    ConfusionMatrix::from_labels(y_true, y_pred)?.score(Metric::Accuracy, ZeroDivision::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_rates_by_hand() {
        let y = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
        let p = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0];
        let m = ConfusionMatrix::from_labels(&y, &p).unwrap();
        assert_eq!(
            (m.true_pos, m.false_pos, m.true_neg, m.false_neg),
            (3, 1, 5, 1)
        );
        assert_eq!(m.sensitivity(), Some(0.75));
        assert_eq!(m.precision(), Some(0.75));
        assert_eq!(m.specificity(), Some(5.0 / 6.0));
        assert_eq!(m.npv(), Some(5.0 / 6.0));
        assert_eq!(m.f1(), Some(0.75));
        assert_eq!(m.accuracy(), Some(0.8));
        assert_eq!(m.prevalence(), Some(0.4));
        assert_eq!(m.exact(Metric::Specificity), Rational::new(5, 6));
        // F1 by counts is the harmonic mean of precision and recall.
        let bools: Vec<bool> = p.iter().map(|&x| x == 1).collect();
        assert_eq!(ConfusionMatrix::from_labels(&y, &bools), Ok(m));
    }

    #[test]
    fn zero_division_as_sklearn() {
        let (y, p) = ([1.0, 0.0, 1.0], [0.0, 0.0, 0.0]);
        assert_eq!(precision_score(&y, &p, ZeroDivision::Zero), Ok(0.0));
        assert_eq!(precision_score(&y, &p, ZeroDivision::One), Ok(1.0));
        assert!(precision_score(&y, &p, ZeroDivision::Nan).unwrap().is_nan());
        assert!(matches!(
            precision_score(&y, &p, ZeroDivision::Error),
            Err(StatsError::ZeroDivision {
                metric: "precision",
                ..
            })
        ));
        // Recall is defined here, and F1 = 0 (there are actual positives).
        assert_eq!(recall_score(&y, &p, ZeroDivision::Error), Ok(0.0));
        assert_eq!(f1_score(&y, &p, ZeroDivision::One), Ok(0.0));
        let none = [0, 0];
        assert_eq!(f1_score(&none, &none, ZeroDivision::One), Ok(1.0));
        assert_eq!(accuracy_score(&none, &none), Ok(1.0));
    }

    #[test]
    fn bad_labels_are_errors() {
        assert!(matches!(
            ConfusionMatrix::from_labels(&[1, 2], &[1, 1]),
            Err(StatsError::BadLabel { index: 1, .. })
        ));
        assert!(ConfusionMatrix::from_labels(&[0.5], &[1.0]).is_err());
        assert!(ConfusionMatrix::from_labels(&[f64::NAN], &[1.0]).is_err());
        assert!(ConfusionMatrix::from_labels(&[1], &[1, 0]).is_err());
        assert!(ConfusionMatrix::from_labels::<u8, u8>(&[], &[]).is_err());
    }
}
