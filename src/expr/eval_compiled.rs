//! A formula compiled once for evaluation at many points: what a checker does with each formula
//! it compares (eight test points and more, for the answer and every named mistake).
//!
//! [`super::eval_at`] walks the tree at every point: it finds each variable by its name, evaluates
//! the constant parts again (`1/3`, `e^2`, `sqrt(2)`), and allocates the point's bindings. The
//! compiled form does that work once: the tree becomes a list of stack operations (postfix
//! order), a variable becomes its index in the point, and a part without variables becomes its
//! value. What is left at each point is the arithmetic, done by the same operations on the same
//! [`Scalar`]s in the same order as the scalar fast path ([`super::eval_scalar`]), so the value
//! is `eval_at`'s bit for bit and the work budget is charged the same units.
//!
//! Like the fast path it stands in for, it gives up (`None`) on what it does not compute
//! (vectors, calculus calls, a data-set column, a variable it was not given) and on every error;
//! the caller then asks `eval_at`, which computes the error with its message.

use super::ast::{BinOp, Constant, Expr};
use super::budget;
use super::datasets::is_column_name;
use super::eval_scalar::constant_value;
use super::functions::{elementary_function, elementary_value};
use super::names::spells;
use super::ops;
use super::value::scalar_cost;
use crate::math::Scalar;

/// One step of the program, on a stack of values.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    /// A part without variables: its value, and the units evaluating it costs.
    Push(Scalar, u64),
    /// The point's coordinate `i`.
    Var(usize),
    Neg,
    /// A transpose or a function that gives back its argument: the value is charged again.
    Same,
    Percent,
    Binary(BinOp),
    /// A function of one number, by its canonical name (the name as written only words an
    /// error, and an error is left to `eval_at`).
    Call(&'static str),
}

/// A scalar formula of the variables `vars`, ready to evaluate at points given as their values
/// in that order.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    code: Vec<Op>,
    /// The most values on the stack at once.
    depth: usize,
}

impl Compiled {
    /// The program of `e`; `None` when the fast path would not compute `e` at any point (its
    /// values then come from [`super::eval_at`]).
    pub fn new(e: &Expr, vars: &[String]) -> Option<Compiled> {
        let mut code = Vec::new();
        emit(e, vars, &mut code)?;
        let mut depth: usize = 0;
        let mut most = 0;
        for op in &code {
            match op {
                Op::Push(..) | Op::Var(_) => depth += 1,
                Op::Binary(_) => depth -= 1,
                Op::Neg | Op::Same | Op::Percent | Op::Call(_) => {}
            }
            most = most.max(depth);
        }
        Some(Compiled { code, depth: most })
    }

    /// The value at `point` (the variables' values in the order given to [`Compiled::new`]),
    /// with the units charged to the open budget as `eval_at` charges them; `None` where an
    /// operation fails or the units do not fit (`eval_at` then gives the error). `stack` is
    /// scratch space, kept by the caller between points.
    pub fn eval(&self, point: &[f64], stack: &mut Vec<Scalar>) -> Option<f64> {
        stack.clear();
        stack.reserve(self.depth);
        let mut units = 0;
        for op in &self.code {
            let s = match op {
                Op::Push(s, u) => {
                    units += u;
                    stack.push(*s);
                    continue;
                }
                Op::Var(i) => ops::finite(Scalar::Real(*point.get(*i)?)).ok()?,
                Op::Neg => -stack.pop()?,
                Op::Same => stack.pop()?,
                Op::Percent => ops::scalar_div(stack.pop()?, Scalar::int(100)).ok()?,
                Op::Binary(op) => {
                    let b = stack.pop()?;
                    let a = stack.pop()?;
                    ops::scalar_binary(*op, a, b).ok()?
                }
                Op::Call(f) => elementary_value(f, f, stack.pop()?).ok()?,
            };
            units += scalar_cost(&s);
            stack.push(s);
        }
        let value = stack.pop()?;
        budget::charge(units, "building a value").ok()?;
        Some(value.to_f64())
    }
}

/// Appends the program of `e`; `None` where the fast path gives up. A part without variables
/// becomes its value, computed once as the fast path computes it.
fn emit(e: &Expr, vars: &[String], code: &mut Vec<Op>) -> Option<()> {
    if !has_variable(e) {
        let (s, units) = constant_value(e)?;
        code.push(Op::Push(s, units));
        return Some(());
    }
    let mut one = |a: &Expr, op: Op| {
        emit(a, vars, code)?;
        code.push(op);
        Some(())
    };
    match e {
        Expr::Var(name) => {
            if is_column_name(name) {
                return None;
            }
            // As `eval::variable` binds a name: the first variable spelled so.
            let i = vars.iter().position(|n| n == name || spells(n, name))?;
            code.push(Op::Var(i));
            Some(())
        }
        Expr::Neg(a) => one(a, Op::Neg),
        Expr::Transpose(a) => one(a, Op::Same),
        Expr::Percent(a) => one(a, Op::Percent),
        // `e^x` is `exp(x)`: the constant `e` is not evaluated.
        Expr::Binary {
            op: BinOp::Pow,
            lhs,
            rhs,
            ..
        } if matches!(**lhs, Expr::Const(Constant::E)) => one(rhs, Op::Call("exp")),
        Expr::Binary { op, lhs, rhs, .. } => {
            emit(lhs, vars, code)?;
            emit(rhs, vars, code)?;
            code.push(Op::Binary(*op));
            Some(())
        }
        Expr::Call { name, args } => {
            let f = elementary_function(name)?;
            let [arg] = args.as_slice() else {
                return None;
            };
            one(arg, Op::Call(f))
        }
        _ => None,
    }
}

/// Whether a name occurs in `e` (a data-set column is one too). Recursive: a formula deep
/// enough to matter has been refused by the parser's depth limit.
fn has_variable(e: &Expr) -> bool {
    match e {
        Expr::Var(_) => true,
        Expr::Num(_) | Expr::Const(_) | Expr::Bool(_) => false,
        Expr::Neg(a) | Expr::Transpose(a) | Expr::Percent(a) => has_variable(a),
        Expr::Binary { lhs, rhs, .. } => has_variable(lhs) || has_variable(rhs),
        Expr::Call { args, .. } => args.iter().any(has_variable),
        Expr::Vector(items) | Expr::Set(items) | Expr::Tuple(items) => {
            items.iter().any(has_variable)
        }
        Expr::Matrix(rows) => rows.iter().flatten().any(has_variable),
    }
}

#[cfg(test)]
mod tests {
    use super::super::budget::{LIMIT, remaining, with_budget};
    use super::super::{eval_at, parse};
    use super::*;

    /// The compiled value and `eval_at`'s at one point, each in a fresh budget, with the units
    /// each spent; the compiled one falls back to `eval_at` as its callers do.
    fn both(text: &str, vars: &[&str], point: &[f64]) -> ((Option<u64>, u64), (Option<u64>, u64)) {
        let e = parse(text).unwrap();
        let names: Vec<String> = vars.iter().map(|v| v.to_string()).collect();
        let env: Vec<(&str, f64)> = vars.iter().copied().zip(point.iter().copied()).collect();
        let compiled = Compiled::new(&e, &names);
        let fast = with_budget(|| {
            let v = compiled
                .as_ref()
                .and_then(|c| c.eval(point, &mut Vec::new()))
                .or_else(|| eval_at(&e, &env).ok());
            (v.map(f64::to_bits), LIMIT - remaining().unwrap())
        });
        let general = with_budget(|| {
            let v = eval_at(&e, &env).ok();
            (v.map(f64::to_bits), LIMIT - remaining().unwrap())
        });
        (fast, general)
    }

    const FORMULAS: [&str; 22] = [
        "2*x*cos(x^2)",
        "x^2 + 2x + 1",
        "1/3*x - 2/3 + 1/6",
        "(x^2 + 3)/(x + 1)^2",
        "e^x*sin(x) - e^(2x) + e^2*x",
        "e^-1 * x",
        "sqrt(x) + x^(1/2) + x^(-3/2) + 4^(1/2)*sqrt(2)",
        "(-8)^(1/3) + x^(2/3) + x^0.5",
        "ln(x) + log(x) + log10(x) + log2(x) + log2(8)",
        "asin(x/4) + arccos(x/4) + arctan(x) + atan(x)",
        "sinh(x) + cosh(x) + tanh(x) + abs(-x) + floor(x) + ceil(x) + round(x)",
        "deg(x) + 12.5% * x + pi*x + x' + x%",
        "-x^2 + 3 - -x",
        "1/(x - 1)",
        "ln(x - 2)",
        "sqrt(1 - x)",
        "x^y + y*θ - 3*x*y^2/(1 + theta)",
        "0^(x - 3)",
        "10^(300*x)",
        "(1/0)*x",
        "diff(x^3, x) + y",
        "mean(iris.petal_length) * x + z",
    ];

    /// Every formula, at points inside and outside its domain and at extreme scales: the value
    /// (or its absence) is `eval_at`'s, bit for bit, and so are the units spent.
    #[test]
    fn compiled_values_are_eval_at_values() {
        let mut compiled = 0;
        let mut values = 0;
        let xs = [-1.5, 0.0, 0.5, 1.0, 2.0, 2.75, 3.0, 1e-150, -3e150, 1e300];
        for text in FORMULAS {
            let names = ["x".to_string(), "y".to_string(), "θ".to_string()];
            compiled += usize::from(Compiled::new(&parse(text).unwrap(), &names).is_some());
            for &x in &xs {
                let (fast, general) = both(text, &["x", "y", "θ"], &[x, 1.25, 0.5]);
                assert_eq!(fast, general, "{text} at x = {x}");
                values += usize::from(general.0.is_some());
            }
        }
        assert!(compiled >= 18 && values > 120, "{compiled} {values}");
    }

    /// What the fast path does not compute is not compiled: calculus calls, functions of
    /// several arguments, data-set columns, vectors, and a variable that is not among the
    /// point's; constants alone compile to one value.
    #[test]
    fn what_is_not_a_scalar_formula_of_the_point_is_left_to_eval_at() {
        let names = ["x".to_string()];
        for text in [
            "diff(x^3, x)",
            "max(x, 2)",
            "mean(iris.petal_length) * x",
            "[x, 1]",
            "x + y",
            "(1/0)*x",
        ] {
            assert_eq!(Compiled::new(&parse(text).unwrap(), &names), None, "{text}");
        }
        let c = Compiled::new(&parse("sqrt(2)*e^2 + 1/3").unwrap(), &names).unwrap();
        assert_eq!(c.code.len(), 1);
        let greek = Compiled::new(&parse("theta^2").unwrap(), &["θ".to_string()]).unwrap();
        assert_eq!(greek.eval(&[3.0], &mut Vec::new()), Some(9.0));
    }

    /// An exhausted budget: the compiled evaluation gives up as the fast path does.
    #[test]
    fn an_exhausted_budget_gives_up() {
        let c = Compiled::new(&parse("x^2 + 1").unwrap(), &["x".to_string()]).unwrap();
        let v = with_budget(|| {
            budget::charge(LIMIT - 20, "a test").unwrap();
            c.eval(&[2.0], &mut Vec::new())
        });
        assert_eq!(v, None);
    }
}
