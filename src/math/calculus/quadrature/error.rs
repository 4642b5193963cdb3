//! What can go wrong in numerical integration: each message says what to change.

use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum QuadratureError {
    /// A fixed rule needs finite limits (and neither may be NaN).
    #[error(
        "the limits must be finite numbers (got a = {a}, b = {b}); the adaptive integrator \
         accepts ±∞"
    )]
    Interval { a: f64, b: f64 },
    /// The rule's panel count does not suit it.
    #[error("{0}")]
    Panels(String),
    /// The function has no finite value at a point the rule needs.
    #[error(
        "the function is not defined (or not finite) at x = {x}: split the integral there or \
         check the formula"
    )]
    Undefined { x: f64 },
    /// The adaptive integrator spent its evaluations without meeting its error budget.
    #[error(
        "the integral did not converge after {evaluations} evaluations (estimate {estimate:.6e}, \
         error estimate {error:.1e}): it may diverge (a non-integrable singularity near x = \
         {worst}, or an infinite limit where f does not decay)"
    )]
    NotConverged {
        evaluations: usize,
        estimate: f64,
        error: f64,
        worst: f64,
    },
}
