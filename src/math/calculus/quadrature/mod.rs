//! Numerical integration (quadrature) of `∫ₐᵇ f(x) dx`: the fixed rules a course teaches, each in
//! its own file with its formula and error order, and an adaptive integrator for the calculator.
//!
//! | rule | formula | error |
//! |------|---------|-------|
//! | [`trapezoid`] | `h·(f₀/2 + f₁ + … + fₙ₋₁ + fₙ/2)` | `−(b − a)·h²·f″(ξ)/12`: O(h²) |
//! | [`simpson`] | `(h/3)·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + fₙ)` | `−(b − a)·h⁴·f⁽⁴⁾(ξ)/180`: O(h⁴) |
//! | [`GaussLegendre`] | `((b − a)/2)·Σ wᵢ·f(mid + half·xᵢ)` | exact for degree ≤ 2n − 1 |
//! | [`monte_carlo`] | `(b − a)·mean f(Uᵢ)` | standard error `(b − a)·s/√n`: O(1/√n) |
//! | [`integrate`] | adaptive Gauss–Legendre, infinite limits by a change of variable | error budget |

mod adaptive;
mod error;
mod gauss_legendre;
mod monte_carlo;
mod newton_cotes;

pub use adaptive::{MAX_EVALUATIONS, integrate, integrate_with};
pub use error::QuadratureError;
pub use gauss_legendre::{GaussLegendre, MAX_NODES};
pub use monte_carlo::{MonteCarlo, monte_carlo};
pub use newton_cotes::{simpson, simpson_values, trapezoid, trapezoid_values};

/// `f(x)`, or an error naming `x` where it is not finite.
pub(crate) fn value_at(f: &dyn Fn(f64) -> f64, x: f64) -> Result<f64, QuadratureError> {
    let y = f(x);
    if y.is_finite() {
        Ok(y)
    } else {
        Err(QuadratureError::Undefined { x })
    }
}

/// Checks that `a` and `b` are finite numbers (the fixed rules need a finite interval).
pub(crate) fn finite_interval(a: f64, b: f64) -> Result<(), QuadratureError> {
    if a.is_finite() && b.is_finite() {
        Ok(())
    } else {
        Err(QuadratureError::Interval { a, b })
    }
}
