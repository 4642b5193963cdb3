//! Probability distributions: pmf/pdf, cdf, quantile, mean and variance.
