//! Test checks the derivative kinds share.

use crate::engine::Draft;
use crate::expr::{Expr, Value, eval_at};
use crate::math::calculus::dual::derivative_at;

/// The draft's answer, a formula for f'(x), checked at each of `xs` against two independent
/// derivatives of `f`: dual numbers (to 1e-9, relative) and a central difference of step `h`
/// (to 1e-5).
pub fn assert_derivative_formula(f: &Expr, d: &Draft, xs: &[f64], h: f64, ctx: &str) {
    let Value::Formula(got) = &d.answer.expected else {
        panic!("{ctx}: not a formula")
    };
    let at = |e: &Expr, x: f64| eval_at(e, &[("x", x)]).unwrap();
    for &x in xs {
        let want = derivative_at(f, "x", &[("x", x)]).unwrap();
        let fd = (at(f, x + h) - at(f, x - h)) / (2.0 * h);
        let g = at(got, x);
        assert!(
            (g - want).abs() < 1e-9 * want.abs().max(1.0),
            "{ctx}: at {x}"
        );
        assert!((g - fd).abs() < 1e-5 * fd.abs().max(1.0), "{ctx}: at {x}");
    }
}
