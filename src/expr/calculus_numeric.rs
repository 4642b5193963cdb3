//! The numbers behind the calculator's `integrate(f, x, a, b)` and `limit(f, x, a)`: the
//! calculator hands over the formula as a function of its variable, and these run the library's
//! adaptive integrator ([`crate::math::calculus::quadrature::integrate`]) and numerical limit
//! ([`crate::math::calculus::limits::limit`]) on it.
//!
//! Where the formula is undefined at a point (division by zero, `ln` of a negative number) the
//! methods see a missing value and decide (an integrable endpoint singularity is approached, a
//! one-sided domain gives a one-sided limit); any other error of the formula (a wrong type, the
//! work budget spent) stops the computation and is returned as it is. A divergent integral or a
//! limit that does not exist is an "undefined" error whose message says why. The number of
//! evaluations is bounded (by [`crate::math::calculus::quadrature::MAX_EVALUATIONS`] and the
//! limit's table), and nothing panics.

use super::error::ExprError;
use crate::math::calculus::{limits, quadrature};
use std::cell::RefCell;

/// `f` as the library's methods take it: a value, or NaN where it has none. The first error
/// that is not "undefined here" is kept in `hard` (and every later call gives NaN, which stops
/// the method at once).
fn as_real<'a>(
    f: &'a dyn Fn(f64) -> Result<f64, ExprError>,
    hard: &'a RefCell<Option<ExprError>>,
) -> impl Fn(f64) -> f64 + 'a {
    move |x| {
        if hard.borrow().is_some() {
            return f64::NAN;
        }
        match f(x) {
            Ok(y) => y,
            Err(e) if e.is_undefined() => f64::NAN,
            Err(e) => {
                *hard.borrow_mut() = Some(e);
                f64::NAN
            }
        }
    }
}

/// `∫ₐᵇ f(x) dx`; `a` and `b` may be ±∞, and `a > b` gives `−∫ᵇₐ`.
pub(super) fn integrate(
    f: &dyn Fn(f64) -> Result<f64, ExprError>,
    a: f64,
    b: f64,
) -> Result<f64, ExprError> {
    let hard = RefCell::new(None);
    let g = as_real(f, &hard);
    let result = quadrature::integrate(&g, a, b);
    drop(g);
    if let Some(e) = hard.into_inner() {
        return Err(e);
    }
    result.map_err(|e| match e {
        quadrature::QuadratureError::Interval { .. } => ExprError::type_error(format!(
            "integrate: the limits must be numbers or ±inf ({e})"
        )),
        _ => ExprError::undefined(format!("integrate: {e}")),
    })
}

/// `lim_{x→a} f(x)`; `a` may be ±∞.
pub(super) fn limit(f: &dyn Fn(f64) -> Result<f64, ExprError>, a: f64) -> Result<f64, ExprError> {
    let hard = RefCell::new(None);
    let g = as_real(f, &hard);
    let result = limits::limit(&g, a);
    drop(g);
    if let Some(e) = hard.into_inner() {
        return Err(e);
    }
    result.map_err(|e| match e {
        limits::LimitError::Point => ExprError::type_error(format!("limit: {e}")),
        _ => ExprError::undefined(format!("limit: {e}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::{eval_at, parse};

    /// The formula `text` in x as the calculator would hand it over.
    fn formula(text: &str) -> impl Fn(f64) -> Result<f64, ExprError> {
        let e = parse(text).unwrap();
        move |x| eval_at(&e, &[("x", x)])
    }

    fn close(got: f64, want: f64, tol: f64) -> bool {
        (got - want).abs() <= tol * want.abs().max(1.0)
    }

    #[test]
    fn integrals_of_parsed_formulas() {
        let pi = std::f64::consts::PI;
        let cases = [
            ("exp(-x^2)", 0.0, f64::INFINITY, pi.sqrt() / 2.0),
            ("ln(x)", 0.0, 1.0, -1.0),
            ("1/(1 + x^2)", f64::NEG_INFINITY, f64::INFINITY, pi),
            ("x^2", 3.0, 0.0, -9.0),
            ("sqrt(x)", 0.0, 4.0, 16.0 / 3.0),
        ];
        for (text, a, b, want) in cases {
            let got = integrate(&formula(text), a, b).unwrap();
            assert!(close(got, want, 1e-9), "{text}: {got} vs {want}");
        }
    }

    #[test]
    fn limits_of_parsed_formulas() {
        let cases = [
            ("sin(x)/x", 0.0, 1.0),
            ("(1 + 1/x)^x", f64::INFINITY, std::f64::consts::E),
            ("(x^2 - 1)/(x - 1)", 1.0, 2.0),
            ("(3x^2 + 1)/(x^2 - 5)", f64::NEG_INFINITY, 3.0),
            ("sqrt(x)", 0.0, 0.0),
        ];
        for (text, a, want) in cases {
            let got = limit(&formula(text), a).unwrap();
            assert!(close(got, want, 1e-7), "{text}: {got} vs {want}");
        }
    }

    #[test]
    fn failures_are_errors_that_say_why() {
        let e = integrate(&formula("1/x"), 0.0, 1.0).unwrap_err();
        assert!(
            e.is_undefined() && e.message().contains("did not converge"),
            "{e}"
        );
        let e = integrate(&formula("1/(x - 1/2)"), 0.0, 1.0);
        assert!(e.is_err(), "{e:?}");
        let e = limit(&formula("abs(x)/x"), 0.0).unwrap_err();
        assert!(e.message().contains("one-sided limits differ"), "{e}");
        let e = limit(&formula("1/x^2"), 0.0).unwrap_err();
        assert!(e.message().contains("without bound"), "{e}");
        let e = limit(&formula("x"), f64::NAN).unwrap_err();
        assert!(!e.is_undefined());
        let e = integrate(&formula("x"), f64::NAN, 1.0).unwrap_err();
        assert!(!e.is_undefined());
        // An error other than "undefined here" (a vector where a number is needed) comes back as
        // it is, after one evaluation.
        let calls = std::cell::Cell::new(0);
        let vector = parse("[1, 2]*x").unwrap();
        let f = |x: f64| {
            calls.set(calls.get() + 1);
            eval_at(&vector, &[("x", x)])
        };
        let e = integrate(&f, 0.0, 1.0).unwrap_err();
        assert!(
            e.message().contains("expected a formula with a number"),
            "{e}"
        );
        assert_eq!(calls.get(), 1);
        let e = limit(&f, 0.0).unwrap_err();
        assert!(
            e.message().contains("expected a formula with a number"),
            "{e}"
        );
        // A formula undefined everywhere.
        assert!(limit(&formula("ln(-1 - x^2)"), 2.0).is_err());
        assert!(integrate(&formula("ln(-1 - x^2)"), 0.0, 2.0).is_err());
    }
}
