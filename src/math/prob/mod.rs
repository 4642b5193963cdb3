//! Probability: distributions (pmf/pdf, cdf, quantile, mean, variance) and events (conditional
//! probability, Bayes, joint tables, discrete random variables).

pub mod distributions;
pub mod events;
