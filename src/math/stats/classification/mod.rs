//! Binary classification metrics: the confusion matrix and its rates (sensitivity, specificity,
//! precision, NPV, F1, accuracy, prevalence), sklearn's `zero_division` convention, predictive
//! values from rates and prevalence (the base-rate effect), and the ROC curve with its AUC.
//! Labels are 0/1 (or bool); 1 is the positive class, as in sklearn's default `pos_label=1`.

mod base_rate;
mod confusion;
mod labels;
mod roc;

pub use base_rate::{npv_from_rates, ppv_from_rates};
pub use confusion::{
    ConfusionMatrix, Metric, ZeroDivision, accuracy_score, f1_score, precision_score, recall_score,
};
pub use labels::Label;
pub use roc::{RocPoint, roc_auc, roc_auc_exact, roc_points};
