//! A formula compiled once for evaluation at many points: what a checker does with each formula
//! it compares (eight test points and more, for the answer and every named mistake).
//!
//! [`super::eval_at`] walks the tree at every point: it finds each variable by its name, evaluates
//! the constant parts again (`1/3`, `e^2`, `sqrt(2)`), and allocates the point's bindings. The
//! compiled form does that work once: the tree becomes a list of stack operations (postfix
//! order), a variable becomes its index in the point, and a part without variables becomes its
//! value, computed once as the scalar fast path ([`super::eval_scalar`]) computes it.
//!
//! What is left at each point is arithmetic on real numbers, and it is done on `f64`s: the
//! variables are real, every operation left has an operand that depends on them (the rest was
//! folded), and [`Scalar`]'s arithmetic with a real operand is the `f64` operation, an exact
//! constant taking part as its `f64` value. So each step is the operation the fast path does, on
//! the same numbers, with the same checks (a result that is not finite, a division by zero); the
//! powers and the functions go through the fast path's own code. The value is `eval_at`'s bit
//! for bit, and the work budget is charged the same units.
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

/// One step of the program, on a stack of real numbers.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    /// A part without variables: its `f64` value (what a real operand meets it as), and the
    /// units evaluating it costs.
    Push(f64, u64),
    /// The point's coordinate `i`.
    Var(usize),
    Neg,
    /// A transpose or a function that gives back its argument: the value is charged again.
    Same,
    Percent,
    Add,
    Sub,
    Mul,
    Div,
    /// `a^b`, both computed.
    Pow,
    /// `a^k` for a constant whole exponent `k` (as `Scalar::powi` takes it: clamped to `i32`,
    /// `0^k` undefined for `k < 0`), and the units of `k`.
    PowInt(i64, u64),
    /// `a^c` for any other constant exponent `c`, kept as the number it is, and its units.
    PowTo(Scalar, u64),
    /// `c^b` for a constant base `c`, kept as the number it is, and the units of `c`.
    PowOf(Scalar, u64),
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

/// Whether a part of a formula emitted code, or is a constant left for its parent: a constant
/// becomes one value only as a whole (the largest part without variables).
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Constant,
    Code,
}

/// The most values kept on the call's own stack frame; a deeper formula gets a heap stack.
const INLINE_DEPTH: usize = 32;

impl Compiled {
    /// The program of `e`; `None` when the fast path would not compute `e` at any point (its
    /// values then come from [`super::eval_at`]).
    pub fn new(e: &Expr, vars: &[String]) -> Option<Compiled> {
        let mut code = Vec::new();
        if emit(e, vars, &mut code)? == Part::Constant {
            let (s, units) = constant_value(e)?;
            code.push(Op::Push(s.to_f64(), units));
        }
        let (mut depth, mut most) = (0usize, 0);
        for op in &code {
            match op {
                Op::Push(..) | Op::Var(_) => depth += 1,
                Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Pow => depth -= 1,
                _ => {}
            }
            most = most.max(depth);
        }
        Some(Compiled { code, depth: most })
    }

    /// The value at `point` (the variables' values in the order given to [`Compiled::new`]),
    /// with the units charged to the open budget as `eval_at` charges them; `None` where an
    /// operation fails or the units do not fit (`eval_at` then gives the error).
    pub fn eval(&self, point: &[f64]) -> Option<f64> {
        let mut inline = [0.0; INLINE_DEPTH];
        let mut heap = Vec::new();
        let values: &mut [f64] = if self.depth <= INLINE_DEPTH {
            &mut inline
        } else {
            heap.resize(self.depth, 0.0);
            &mut heap
        };
        let mut stack = Stack { values, len: 0 };
        let mut units = 0;
        for op in &self.code {
            let result = match op {
                Op::Push(x, u) => {
                    units += u;
                    stack.push(*x);
                    continue;
                }
                // `ops::finite`: a coordinate that is not a finite number is refused.
                Op::Var(i) => Some(*point.get(*i)?),
                Op::Neg => Some(-stack.pop()?),
                Op::Same => stack.pop(),
                Op::Percent => Some(stack.pop()? / 100.0),
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let b = stack.pop()?;
                    let a = stack.pop()?;
                    match op {
                        Op::Add => Some(a + b),
                        Op::Sub => Some(a - b),
                        Op::Mul => Some(a * b),
                        _ if b == 0.0 => None,
                        _ => Some(a / b),
                    }
                }
                // What `ops::scalar_pow` does for a whole exponent: `Scalar::powi`.
                Op::PowInt(k, u) => {
                    units += u;
                    real(Scalar::Real(stack.pop()?).powi(*k)?)
                }
                Op::Pow | Op::PowTo(..) | Op::PowOf(..) => {
                    let (base, exponent) = match op {
                        Op::PowTo(c, u) => {
                            units += u;
                            (Scalar::Real(stack.pop()?), *c)
                        }
                        Op::PowOf(c, u) => {
                            units += u;
                            (*c, Scalar::Real(stack.pop()?))
                        }
                        _ => {
                            let b = stack.pop()?;
                            (Scalar::Real(stack.pop()?), Scalar::Real(b))
                        }
                    };
                    real(ops::scalar_pow(base, exponent).ok()?)
                }
                Op::Call(f) => real(elementary_value(f, f, Scalar::Real(stack.pop()?)).ok()?),
            };
            // Every result is checked as `ops::finite` checks it.
            let x = result.filter(|x| x.is_finite())?;
            units += scalar_cost(&Scalar::Real(x));
            stack.push(x);
        }
        let value = stack.pop()?;
        budget::charge(units, "building a value").ok()?;
        Some(value)
    }
}

/// A real result; `None` for an exact one (which a real operand does not give: should it, the
/// caller leaves the point to `eval_at`).
fn real(s: Scalar) -> Option<f64> {
    match s {
        Scalar::Real(x) => Some(x),
        Scalar::Exact(_) => None,
    }
}

/// The program's stack.
struct Stack<'a> {
    values: &'a mut [f64],
    len: usize,
}

impl Stack<'_> {
    fn push(&mut self, x: f64) {
        self.values[self.len] = x;
        self.len += 1;
    }
    fn pop(&mut self) -> Option<f64> {
        self.len = self.len.checked_sub(1)?;
        Some(self.values[self.len])
    }
}

/// Appends the program of `e`, except for a part without variables, which it leaves to its
/// parent (or to [`Compiled::new`]) to compute as a whole; `None` where the fast path gives up.
/// Recursive: a formula deep enough to matter has been refused by the parser's depth limit.
fn emit(e: &Expr, vars: &[String], code: &mut Vec<Op>) -> Option<Part> {
    let mut one = |a: &Expr, op: Op| -> Option<Part> {
        if emit(a, vars, code)? == Part::Code {
            code.push(op);
            return Some(Part::Code);
        }
        Some(Part::Constant)
    };
    match e {
        Expr::Num(_) | Expr::Const(_) | Expr::Bool(_) => Some(Part::Constant),
        Expr::Var(name) => {
            if is_column_name(name) {
                return None;
            }
            // As `eval::variable` binds a name: the first variable spelled so.
            let i = vars.iter().position(|n| n == name || spells(n, name))?;
            code.push(Op::Var(i));
            Some(Part::Code)
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
            let start = code.len();
            let left = emit(lhs, vars, code)?;
            let right = emit(rhs, vars, code)?;
            let pow = *op == BinOp::Pow;
            match (left, right) {
                (Part::Constant, Part::Constant) => return Some(Part::Constant),
                (Part::Constant, Part::Code) => {
                    let (c, units) = constant_value(lhs)?;
                    if pow {
                        code.push(Op::PowOf(c, units));
                        return Some(Part::Code);
                    }
                    code.insert(start, Op::Push(c.to_f64(), units));
                }
                (Part::Code, Part::Constant) => {
                    let (c, units) = constant_value(rhs)?;
                    if pow {
                        code.push(match c.as_integer() {
                            Some(k) => Op::PowInt(k, units),
                            None => Op::PowTo(c, units),
                        });
                        return Some(Part::Code);
                    }
                    code.push(Op::Push(c.to_f64(), units));
                }
                (Part::Code, Part::Code) => {}
            }
            code.push(match op {
                BinOp::Add => Op::Add,
                BinOp::Sub => Op::Sub,
                BinOp::Mul => Op::Mul,
                BinOp::Div => Op::Div,
                BinOp::Pow => Op::Pow,
            });
            Some(Part::Code)
        }
        Expr::Call { name, args } => {
            let f = elementary_function(name)?;
            let [arg] = args.as_slice() else {
                return None;
            };
            one(arg, Op::Call(f))
        }
        Expr::Vector(_) | Expr::Matrix(_) | Expr::Set(_) | Expr::Tuple(_) => None,
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
                .and_then(|c| c.eval(point))
                .or_else(|| eval_at(&e, &env).ok());
            (v.map(f64::to_bits), LIMIT - remaining().unwrap())
        });
        let general = with_budget(|| {
            let v = eval_at(&e, &env).ok();
            (v.map(f64::to_bits), LIMIT - remaining().unwrap())
        });
        (fast, general)
    }

    const FORMULAS: [&str; 26] = [
        "2^x + (1/2)^(x + 1) + x^(1/3) + (x - 1)^(-2) + 3^(x*y)",
        "(x*y)^(2/3) - (-x)^(3/5) + x^0.5^2 + x^y^2",
        "floor(x)*2^x + round(x/3)^2 + ceil(-x)/x",
        "-(x - 0.5)^-3 * 1e-160 + sqrt(2)^x - 0^x",
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
            let c = Compiled::new(&parse(text).unwrap(), &names);
            compiled += usize::from(c.is_some());
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
        assert_eq!(greek.eval(&[3.0]), Some(9.0));
    }

    /// An exhausted budget: the compiled evaluation gives up as the fast path does.
    #[test]
    fn an_exhausted_budget_gives_up() {
        let c = Compiled::new(&parse("x^2 + 1").unwrap(), &["x".to_string()]).unwrap();
        let v = with_budget(|| {
            budget::charge(LIMIT - 20, "a test").unwrap();
            c.eval(&[2.0])
        });
        assert_eq!(v, None);
    }
}
