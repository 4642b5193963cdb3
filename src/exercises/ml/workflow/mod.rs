//! The kinds of the `workflow` family (catalog: `exercises/ml/workflow.toml`): features and parameters, splits, k-fold cross-validation, over/underfitting, bias and variance.

mod bias_variance_decomp;
mod bias_variance_tradeoff;
mod choice;
mod cv_estimate;
mod features_params;
mod fit_diagnosis;
mod kfold_bookkeeping;
mod parameter_count;
mod polynomial_degree;
mod settings;
mod split_role;
mod split_sizes;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(features_params::FeaturesParams),
        Box::new(parameter_count::ParameterCount),
        Box::new(split_sizes::SplitSizes),
        Box::new(split_role::SplitRole),
        Box::new(kfold_bookkeeping::KFoldBookkeeping),
        Box::new(cv_estimate::CvEstimate),
        Box::new(fit_diagnosis::FitDiagnosis),
        Box::new(polynomial_degree::PolynomialDegree),
        Box::new(bias_variance_decomp::BiasVarianceDecomposition),
        Box::new(bias_variance_tradeoff::BiasVarianceTradeoff),
    ]
}
