//! Numerical integration and limits for the calculator's `integrate` and `limit`.
//!
//! Placeholder with the agreed signatures: the implementation is task N's (issue 9), taken at
//! merge.

use super::error::ExprError;

/// `∫ₐᵇ f(x) dx`; `a` and `b` may be infinite.
pub(super) fn integrate(
    _f: &dyn Fn(f64) -> Result<f64, ExprError>,
    _a: f64,
    _b: f64,
) -> Result<f64, ExprError> {
    Err(ExprError::type_error("integrate is not available yet"))
}

/// `lim_{x→a} f(x)`; `a` may be `±∞`.
pub(super) fn limit(
    _f: &dyn Fn(f64) -> Result<f64, ExprError>,
    _a: f64,
) -> Result<f64, ExprError> {
    Err(ExprError::type_error("limit is not available yet"))
}
