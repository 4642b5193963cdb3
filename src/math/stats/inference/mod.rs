//! Inference: standard errors, confidence intervals, z and t tests, p-values, power, multiple-testing corrections.
