//! The fast path of [`super::eval_at`]: a formula made of numbers, constants, variables,
//! arithmetic and functions of one number, evaluated on [`Scalar`]s directly.
//!
//! A checker evaluates each formula at many points, and the general evaluator builds a
//! [`Value`](super::value::Value) per node (a large enum), charges the work budget per node and
//! goes through the whole function table per call. This path computes the same thing with the
//! same operations, in the same order (`ops::scalar_add`, `ops::scalar_pow`,
//! `functions::elementary_value`, …), so its value is the general evaluator's bit for bit, and
//! it charges the budget the same units, once at the end. It gives up (`None`) on anything
//! else (vectors, calculus calls, a data-set column) and on every error: the caller then runs
//! the general evaluator, which computes the error with its message.

use super::ast::{BinOp, Constant, Expr};
use super::budget;
use super::eval::variable;
use super::functions::{elementary_function, elementary_value};
use super::ops;
use super::value::{Value, scalar_cost};
use crate::math::Scalar;

/// The value of `e` with `env` bound, when every node is a number and no operation fails;
/// the units it used are charged to the open budget (`None`, with the budget spent, if they do
/// not fit: the general evaluator then fails as it would have).
pub(super) fn scalar_at(e: &Expr, env: &[(&str, f64)]) -> Option<Scalar> {
    let mut units = 0;
    let s = node(e, env, &mut units)?;
    budget::charge(units, "building a value").ok()?;
    Some(s)
}

/// The value of `e` with no variable bound, and the units it costs (not charged): a part of a
/// formula that [`super::eval_compiled`] computes once.
pub(super) fn constant_value(e: &Expr) -> Option<(Scalar, u64)> {
    let mut units = 0;
    let s = node(e, &[], &mut units)?;
    Some((s, units))
}

/// One node, its value's cost added to `units` (as the general evaluator charges it).
fn node(e: &Expr, env: &[(&str, f64)], units: &mut u64) -> Option<Scalar> {
    let s = match e {
        Expr::Num(s) => ops::finite(*s).ok()?,
        Expr::Const(Constant::Pi) => Scalar::Real(std::f64::consts::PI),
        Expr::Const(Constant::E) => Scalar::Real(std::f64::consts::E),
        Expr::Var(name) => match variable(name, env).ok()? {
            Value::Scalar(s) => s,
            _ => return None,
        },
        Expr::Neg(a) => -node(a, env, units)?,
        // A number is its own transpose.
        Expr::Transpose(a) => node(a, env, units)?,
        Expr::Percent(a) => ops::scalar_div(node(a, env, units)?, Scalar::int(100)).ok()?,
        Expr::Binary { op, lhs, rhs, .. } => binary(*op, lhs, rhs, env, units)?,
        Expr::Call { name, args } => {
            // Only functions of one number: calculus calls and the rest are not among them.
            let f = elementary_function(name)?;
            let [arg] = args.as_slice() else {
                return None;
            };
            elementary_value(f, name, node(arg, env, units)?).ok()?
        }
        Expr::Bool(_) | Expr::Vector(_) | Expr::Matrix(_) | Expr::Set(_) | Expr::Tuple(_) => {
            return None;
        }
    };
    *units += scalar_cost(&s);
    Some(s)
}

fn binary(
    op: BinOp,
    lhs: &Expr,
    rhs: &Expr,
    env: &[(&str, f64)],
    units: &mut u64,
) -> Option<Scalar> {
    // `e^x` is `exp(x)`: the constant `e` is not evaluated.
    if op == BinOp::Pow && matches!(lhs, Expr::Const(Constant::E)) {
        return elementary_value("exp", "exp", node(rhs, env, units)?).ok();
    }
    let a = node(lhs, env, units)?;
    let b = node(rhs, env, units)?;
    ops::scalar_binary(op, a, b).ok()
}

#[cfg(test)]
mod tests {
    use super::super::budget::{remaining, with_budget};
    use super::super::eval::eval;
    use super::super::functions::call;
    use super::super::names::{FUNCTIONS, is_function};
    use super::super::parse;
    use super::*;

    /// The same number: the same exact rational, or the same bits of a real.
    fn same(a: &Scalar, b: &Scalar) -> bool {
        match (a, b) {
            (Scalar::Exact(p), Scalar::Exact(q)) => p == q,
            (Scalar::Real(x), Scalar::Real(y)) => x.to_bits() == y.to_bits(),
            _ => false,
        }
    }

    /// The fast path and the general evaluator at one point, each in a fresh budget: the value
    /// and the budget spent.
    fn both(e: &Expr, env: &[(&str, f64)]) -> ((Option<Scalar>, u64), (Option<Value>, u64)) {
        let fast = with_budget(|| (scalar_at(e, env), budget::LIMIT - remaining().unwrap()));
        let general = with_budget(|| {
            let v = eval(e, None, env).ok();
            (v, budget::LIMIT - remaining().unwrap())
        });
        (fast, general)
    }

    /// Every formula of the list, at points inside and outside its domain: where the fast path
    /// gives a value it is the general evaluator's, bit for bit, at the same cost; where the
    /// general evaluator fails, the fast path gives up; it gives up only where it must.
    #[test]
    fn the_fast_path_computes_what_the_evaluator_does() {
        let formulas = [
            "2*x*cos(x^2)",
            "x^2 + 2x + 1",
            "1/3*x - 2/3 + 1/6",
            "(x^2 + 3)/(x + 1)^2",
            "e^x*sin(x) - e^(2x)",
            "e^-1 * x",
            "sqrt(x) + x^(1/2) + x^(-3/2) + 4^(1/2)",
            "(-8)^(1/3) + x^(2/3) + x^0.5",
            "ln(x) + log(x) + log10(x) + log2(x) + log2(8)",
            "asin(x/4) + arccos(x/4) + arctan(x) + atan(x)",
            "sinh(x) + cosh(x) + tanh(x) + abs(-x) + floor(x) + ceil(x) + round(x)",
            "deg(x) + 12.5% * x + pi*x + x'",
            "-x^2 + 3 - -x",
            "1/(x - 1)",
            "ln(x - 2)",
            "sqrt(1 - x)",
            "x^y + y*θ",
            "0^(x - 3)",
            "10^(300*x)",
        ];
        let points = [-1.5, 0.0, 0.5, 1.0, 2.0, 2.75, 3.0];
        let mut fast_values = 0;
        let mut undefined = 0;
        for text in formulas {
            let e = parse(text).unwrap();
            for &x in &points {
                let env = [("x", x), ("y", 1.25), ("theta", 0.5)];
                let ((fast, fast_cost), (general, general_cost)) = both(&e, &env);
                match (&fast, &general) {
                    (Some(f), Some(Value::Scalar(g))) => {
                        assert!(same(f, g), "{text} at {x}: {f:?} vs {g:?}");
                        assert_eq!(fast_cost, general_cost, "{text} at {x}");
                        fast_values += 1;
                    }
                    (None, None) => undefined += 1,
                    _ => panic!("{text} at {x}: fast {fast:?}, general {general:?}"),
                }
            }
        }
        assert!(
            fast_values > 100 && undefined > 5,
            "{fast_values} {undefined}"
        );
    }

    /// Calculus calls, functions of vectors and data-set columns are left to the general
    /// evaluator, and `eval_at` still gives their values.
    #[test]
    fn other_formulas_go_the_general_way() {
        for text in [
            "diff(x^3, x)",
            "max(x, 2)",
            "mean(iris.petal_length) * x",
            "[x, 1]",
        ] {
            let e = parse(text).unwrap();
            assert_eq!(with_budget(|| scalar_at(&e, &[("x", 2.0)])), None, "{text}");
        }
        let at = |t: &str| super::super::eval_at(&parse(t).unwrap(), &[("x", 2.0)]).unwrap();
        assert!((at("diff(x^3, x)") - 12.0).abs() < 1e-9);
        assert_eq!(at("max(x, 3)"), 3.0);
        assert!(super::super::eval_at(&parse("[x, 1]").unwrap(), &[("x", 2.0)]).is_err());
    }

    /// An exhausted budget: the fast path gives up and the evaluator reports the budget.
    #[test]
    fn an_exhausted_budget_is_reported_as_before() {
        let e = parse("x^2 + 1").unwrap();
        let err = with_budget(|| {
            budget::charge(budget::LIMIT - 20, "a test").unwrap();
            super::super::eval_at(&e, &[("x", 2.0)]).unwrap_err()
        });
        assert!(err.message().contains("work budget ran out"), "{err:?}");
    }

    /// The functions the fast path computes are the language's functions of one number, and
    /// `call` gives the same for them.
    #[test]
    fn functions_of_one_number_are_called_as_call_does() {
        let mut found = 0;
        for name in FUNCTIONS {
            let Some(f) = elementary_function(name) else {
                continue;
            };
            found += 1;
            assert!(is_function(name) && is_function(f), "{name}");
            for x in [Scalar::frac(1, 2), Scalar::Real(0.3), Scalar::int(8)] {
                let called = call(name, vec![Value::Scalar(x)]).ok();
                let fast = elementary_value(f, name, x).ok().map(Value::Scalar);
                assert_eq!(called, fast, "{name}({x:?})");
            }
        }
        assert_eq!(found, 23);
        assert_eq!(elementary_function("det"), None);
        assert_eq!(elementary_function("diff"), None);
        assert_eq!(elementary_function("sigmoid"), None);
    }
}
