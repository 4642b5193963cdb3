//! The `prob.*` kinds of the classification family (catalog: `exercises/prob/classification.toml`):
//! confusion-matrix metrics, precision at a base rate, ROC AUC from scores.

mod base_rate_precision;
mod confusion_metrics;
mod roc_auc;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(confusion_metrics::ConfusionMetrics),
        Box::new(base_rate_precision::BaseRatePrecision),
        Box::new(roc_auc::RocAuc),
    ]
}
