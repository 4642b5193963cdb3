//! The mathematics of training: losses and their gradients, stable softmax and log-sum-exp,
//! linear regression, ridge and lasso, cross-validation bookkeeping, bias and variance.
