//! Why a distribution cannot be built, or a probability cannot be inverted.

/// A parameter or probability outside its domain. The message names the parameter, the value
/// given and what it must be, so a caller (the calculator) can show it as it is.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum DistError {
    /// A parameter of the distribution is outside its domain (or NaN).
    #[error("{distribution}: {name} = {value} is not allowed; {name} must be {requirement}")]
    Parameter {
        distribution: &'static str,
        name: &'static str,
        value: f64,
        requirement: &'static str,
    },
    /// The probability given to a quantile is NaN or outside [0, 1].
    #[error("the probability {0} is not allowed: a quantile needs a probability between 0 and 1")]
    Probability(f64),
}

/// `Ok(value)` when `ok(value)` holds (NaN never does), else the error for this parameter.
pub(crate) fn check(
    distribution: &'static str,
    name: &'static str,
    value: f64,
    requirement: &'static str,
    ok: impl Fn(f64) -> bool,
) -> Result<f64, DistError> {
    if !value.is_nan() && ok(value) {
        Ok(value)
    } else {
        Err(DistError::Parameter {
            distribution,
            name,
            value,
            requirement,
        })
    }
}

/// A probability in [0, 1]; anything else (NaN included) is [`DistError::Probability`].
pub(crate) fn check_probability(p: f64) -> Result<f64, DistError> {
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(DistError::Probability(p))
    }
}
