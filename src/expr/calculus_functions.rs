//! The calculator's calculus functions. Their first argument is a formula and their second
//! names the variable(s) it is a function of, which the call binds (`diff(x^2, x)` has no free
//! variable; `diff(x^2, y)` is 0):
//!
//! - `diff(f, x)`: the derivative, a formula (simplified); `diff(f, x, a)`: its value at `x = a`;
//! - `grad(f, [x, y], [a, b])`: the gradient at a point, a vector;
//! - `jacobian([f, g], [x, y], [a, b])`: the Jacobian at a point, a matrix (row i: ∇ of the i-th
//!   function);
//! - `hessian(f, [x, y], [a, b])`: the matrix of second partial derivatives at a point;
//! - `integrate(f, x, a, b)`, `limit(f, x, a)`: numerically ([`super::calculus_numeric`]); a bound
//!   or the point may be `inf` or `-inf`.
//!
//! The derivatives are symbolic ([`crate::math::calculus::symbolic`]); a 2-argument `diff`
//! inside another call's formula is differentiated first, so `diff(diff(x^3, x), x)` is `6x`.
//! They are calculator functions: an answer that uses them is refused like `det`.

use super::ast::Expr;
use super::budget;
use super::error::ExprError;
use super::eval::eval;
use super::functions::wrong_arity;
use super::names::canonical_variable;
use super::spans::{Spans, kid};
use super::value::Value;
use crate::math::calculus::symbolic::{self, CalculusError, node_count};
use crate::math::{Matrix, Scalar};

type R<T> = Result<T, ExprError>;

/// The calculus functions, in the order the documentation lists them.
pub(crate) const CALCULUS: &[&str] = &["diff", "grad", "jacobian", "hessian", "integrate", "limit"];

pub(crate) fn is_calculus(name: &str) -> bool {
    CALCULUS.contains(&name)
}

/// Work units charged per node of a derivative computed (the simplifier's passes over it).
const UNITS_PER_NODE: u64 = 2_000;

/// The names a calculus call binds: its second argument (a variable or a vector of them).
pub(crate) fn bound_names(args: &[Expr]) -> Vec<String> {
    match args.get(1) {
        Some(Expr::Var(v)) => vec![canonical_variable(v)],
        Some(Expr::Vector(items)) => items
            .iter()
            .filter_map(|e| match e {
                Expr::Var(v) => Some(canonical_variable(v)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The letters of a run read as a product of single letters, and its sign: `inf` is read as
/// i·n·f, and `-inf` as (−i)·n·f (prefix minus binds tighter than a product).
fn letters(e: &Expr) -> Option<(f64, String)> {
    match e {
        Expr::Var(v) => Some((1.0, v.clone())),
        Expr::Neg(a) => letters(a).map(|(sign, l)| (-sign, l)),
        Expr::Binary {
            op: super::ast::BinOp::Mul,
            lhs,
            rhs,
            ..
        } => {
            let ((a, l), (b, r)) = (letters(lhs)?, letters(rhs)?);
            Some((a * b, l + &r))
        }
        _ => None,
    }
}

/// `inf` or `-inf` as a bound or limit point.
pub(crate) fn infinity(e: &Expr) -> Option<f64> {
    match letters(e) {
        Some((sign, l)) if l == "inf" => Some(sign * f64::INFINITY),
        _ => None,
    }
}

fn usage(name: &str) -> &'static str {
    match name {
        "diff" => "diff(x^2, x) or diff(x^2, x, 3)",
        "grad" => "grad(x^2*y, [x, y], [1, 2])",
        "jacobian" => "jacobian([x*y, x + y], [x, y], [1, 2])",
        "hessian" => "hessian(x^2*y, [x, y], [1, 2])",
        "integrate" => "integrate(x^2, x, 0, 1)",
        _ => "limit(sin(x)/x, x, 0)",
    }
}

fn calculus_error(e: CalculusError) -> ExprError {
    match e {
        CalculusError::TooLarge(m) => ExprError::too_big(m),
        CalculusError::Undefined(m) => ExprError::undefined(m),
        other => ExprError::type_error(other.message()),
    }
}

/// Evaluates the calculus call `name(args)` with the variables of `env` bound.
pub(crate) fn call(name: &str, args: &[Expr], sp: Option<&Spans>, env: &[(&str, f64)]) -> R<Value> {
    let takes = match name {
        "diff" => "2 or 3 arguments",
        "integrate" => "4 arguments",
        _ => "3 arguments",
    };
    let fits = match name {
        "diff" => matches!(args.len(), 2 | 3),
        "integrate" => args.len() == 4,
        _ => args.len() == 3,
    };
    if !fits {
        return Err(wrong_arity(name, takes, usage(name), args.len()));
    }
    let c = Call {
        name,
        args,
        sp,
        env,
    };
    match name {
        "diff" => c.diff(),
        "grad" => c.grad(),
        "jacobian" => c.jacobian(),
        "hessian" => c.hessian(),
        _ => c.numeric(),
    }
}

struct Call<'a> {
    name: &'a str,
    args: &'a [Expr],
    sp: Option<&'a Spans>,
    env: &'a [(&'a str, f64)],
}

impl Call<'_> {
    fn at(&self, i: usize, e: ExprError) -> ExprError {
        e.at(kid(self.sp, i).map(|s| s.span))
    }

    /// The variable named by argument 1.
    fn variable(&self) -> R<String> {
        match &self.args[1] {
            Expr::Var(v) if infinity(&self.args[1]).is_none() => Ok(canonical_variable(v)),
            _ => Err(self.at(
                1,
                ExprError::type_error(format!(
                    "the second argument of {} names the variable, as in {}",
                    self.name,
                    usage(self.name)
                )),
            )),
        }
    }

    /// The variables named by argument 1: `[x, y]` (or one name alone).
    fn variables(&self) -> R<Vec<String>> {
        let refuse = || {
            self.at(
                1,
                ExprError::type_error(format!(
                    "the second argument of {} lists the variables, as in {}",
                    self.name,
                    usage(self.name)
                )),
            )
        };
        let names = match &self.args[1] {
            Expr::Var(_) => vec![self.variable()?],
            Expr::Vector(items) => items
                .iter()
                .map(|e| match e {
                    Expr::Var(v) if infinity(e).is_none() => Ok(canonical_variable(v)),
                    _ => Err(refuse()),
                })
                .collect::<R<Vec<_>>>()?,
            _ => return Err(refuse()),
        };
        if let Some(i) = (0..names.len()).find(|&i| names[..i].contains(&names[i])) {
            return Err(self.at(
                1,
                ExprError::type_error(format!("the variable {} is listed twice", names[i])),
            ));
        }
        Ok(names)
    }

    /// Argument `i` as a number (`inf` and `-inf` allowed when `infinite`).
    fn number(&self, i: usize, infinite: bool) -> R<f64> {
        if infinite && let Some(x) = infinity(&self.args[i]) {
            return Ok(x);
        }
        match eval(&self.args[i], kid(self.sp, i), self.env)? {
            Value::Scalar(s) => Ok(s.to_f64()),
            other => Err(self.at(
                i,
                ExprError::type_error(format!(
                    "{}: this argument must be a number, not {}",
                    self.name,
                    other.describe()
                )),
            )),
        }
    }

    /// The point (argument 2) for `n` variables.
    fn point(&self, n: usize) -> R<Vec<f64>> {
        let coordinates = match eval(&self.args[2], kid(self.sp, 2), self.env)? {
            Value::Scalar(s) => vec![s],
            Value::Vector(v) => v,
            other => {
                return Err(self.at(
                    2,
                    ExprError::type_error(format!(
                        "{}: the point must be a vector of numbers, not {}",
                        self.name,
                        other.describe()
                    )),
                ));
            }
        };
        if coordinates.len() != n {
            return Err(self.at(
                2,
                ExprError::type_error(format!(
                    "{}: the point has {} but there {}",
                    self.name,
                    count(coordinates.len(), "coordinate"),
                    if n == 1 {
                        "is 1 variable".to_string()
                    } else {
                        format!("are {n} variables")
                    }
                )),
            ));
        }
        Ok(coordinates.iter().map(Scalar::to_f64).collect())
    }

    /// The environment with `names` bound to `values` (replacing outer bindings of the names).
    fn bind<'b>(&'b self, names: &'b [String], values: &[f64]) -> Vec<(&'b str, f64)> {
        let mut out: Vec<(&str, f64)> = self
            .env
            .iter()
            .filter(|(n, _)| !names.contains(&canonical_variable(n)))
            .copied()
            .collect();
        out.extend(names.iter().map(String::as_str).zip(values.iter().copied()));
        out
    }

    /// Checks that `f` itself is defined at the point (its derivative formula may be defined
    /// where `f` is not: `ln(x·y)` at (−1, 1)).
    fn defined(&self, f: &Expr, names: &[String], values: &[f64]) -> R<()> {
        let env = self.bind(names, values);
        match eval(f, None, &env) {
            Err(e) if e.is_undefined() => Err(self.at(
                0,
                ExprError::undefined(format!(
                    "{}: {f} is undefined at the point ({}), so it has no derivative there",
                    self.name,
                    e.message()
                )),
            )),
            _ => Ok(()),
        }
    }

    /// The value of a derivative at a point.
    fn value_at(&self, d: &Expr, names: &[String], values: &[f64]) -> R<Scalar> {
        let env = self.bind(names, values);
        match eval(d, None, &env) {
            Ok(Value::Scalar(s)) => Ok(s),
            Ok(other) => Err(ExprError::type_error(format!(
                "{}: the derivative is {}, not a number",
                self.name,
                other.describe()
            ))),
            Err(e) if e.is_undefined() => Err(ExprError::undefined(format!(
                "{}: the derivative {d} is undefined at the point ({})",
                self.name,
                e.message()
            ))),
            Err(e) => Err(e),
        }
    }

    /// `∂f/∂var`, charged to the work budget.
    fn partial(&self, f: &Expr, var: &str) -> R<Expr> {
        let d = symbolic::partial(f, var).map_err(|e| self.at(0, calculus_error(e)))?;
        budget::charge(
            (node_count(f) + node_count(&d)) as u64 * UNITS_PER_NODE,
            "a derivative",
        )?;
        Ok(d)
    }

    /// The formula argument `i`, with 2-argument `diff` calls inside it differentiated.
    fn formula(&self, i: usize) -> R<Expr> {
        resolve(&self.args[i]).map_err(|e| self.at(i, e))
    }

    fn diff(&self) -> R<Value> {
        let var = self.variable()?;
        let f = self.formula(0)?;
        let d = self.partial(&f, &var)?;
        if self.args.len() == 3 {
            let a = self.number(2, false)?;
            let var = [var];
            self.defined(&f, &var, &[a])?;
            return self.value_at(&d, &var, &[a]).map(Value::Scalar);
        }
        // A formula, unless it is a constant or the point binds all it uses.
        let free = d.free_vars();
        let bound = free
            .iter()
            .all(|v| self.env.iter().any(|(n, _)| canonical_variable(n) == *v));
        if bound {
            let env: Vec<(&str, f64)> = self.env.to_vec();
            return match eval(&d, None, &env)? {
                v @ Value::Scalar(_) => Ok(v),
                other => Ok(other),
            };
        }
        Ok(Value::Formula(d))
    }

    fn grad(&self) -> R<Value> {
        let vars = self.variables()?;
        let f = self.formula(0)?;
        let point = self.point(vars.len())?;
        self.defined(&f, &vars, &point)?;
        let entries = vars
            .iter()
            .map(|v| self.value_at(&self.partial(&f, v)?, &vars, &point))
            .collect::<R<Vec<_>>>()?;
        Ok(Value::Vector(entries))
    }

    fn rows(&self, fs: &[Expr], vars: &[String], point: &[f64]) -> R<Value> {
        let rows = fs
            .iter()
            .map(|f| {
                vars.iter()
                    .map(|v| self.value_at(&self.partial(f, v)?, vars, point))
                    .collect::<R<Vec<_>>>()
            })
            .collect::<R<Vec<_>>>()?;
        Matrix::from_rows(rows)
            .map(Value::Matrix)
            .ok_or_else(|| ExprError::type_error(format!("{}: no entries", self.name)))
    }

    fn jacobian(&self) -> R<Value> {
        let vars = self.variables()?;
        let fs = match &self.args[0] {
            Expr::Vector(items) | Expr::Tuple(items) => items
                .iter()
                .map(|e| resolve(e).map_err(|err| self.at(0, err)))
                .collect::<R<Vec<_>>>()?,
            _ => {
                return Err(self.at(
                    0,
                    ExprError::type_error(format!(
                        "the first argument of jacobian lists the functions, as in {}",
                        usage("jacobian")
                    )),
                ));
            }
        };
        let point = self.point(vars.len())?;
        for f in &fs {
            self.defined(f, &vars, &point)?;
        }
        self.rows(&fs, &vars, &point)
    }

    fn hessian(&self) -> R<Value> {
        let vars = self.variables()?;
        let f = self.formula(0)?;
        let point = self.point(vars.len())?;
        self.defined(&f, &vars, &point)?;
        let gradient = vars
            .iter()
            .map(|v| self.partial(&f, v))
            .collect::<R<Vec<_>>>()?;
        self.rows(&gradient, &vars, &point)
    }

    /// `integrate` and `limit`: the formula as a function of one number.
    fn numeric(&self) -> R<Value> {
        let var = self.variable()?;
        let f = self.formula(0)?;
        let names = [var];
        let g = |t: f64| -> R<f64> {
            let env = self.bind(&names, &[t]);
            match eval(&f, None, &env)? {
                Value::Scalar(s) => Ok(s.to_f64()),
                other => Err(ExprError::type_error(format!(
                    "{}: the formula is {}, not a number",
                    self.name,
                    other.describe()
                ))),
            }
        };
        let value = if self.name == "integrate" {
            let (a, b) = (self.number(2, true)?, self.number(3, true)?);
            super::calculus_numeric::integrate(&g, a, b)?
        } else {
            let a = self.number(2, true)?;
            super::calculus_numeric::limit(&g, a)?
        };
        Ok(Value::Scalar(Scalar::Real(value)))
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Whether `e` calls a calculus function somewhere.
pub(crate) fn contains_calculus(e: &Expr) -> bool {
    let mut stack = vec![e];
    while let Some(node) = stack.pop() {
        if let Expr::Call { name, .. } = node
            && is_calculus(name)
        {
            return true;
        }
        super::spans::push_children(&mut stack, node);
    }
    false
}

/// `f` with every `diff(g, v)` (two arguments) inside it replaced by the derivative of `g`.
fn resolve(f: &Expr) -> R<Expr> {
    Ok(match f {
        Expr::Call { name, args } if name == "diff" && args.len() == 2 => {
            let Expr::Var(v) = &args[1] else {
                return Err(ExprError::type_error(format!(
                    "the second argument of diff names the variable, as in {}",
                    usage("diff")
                )));
            };
            let inner = resolve(&args[0])?;
            let d = symbolic::partial(&inner, v).map_err(calculus_error)?;
            budget::charge(
                (node_count(&inner) + node_count(&d)) as u64 * UNITS_PER_NODE,
                "a derivative",
            )?;
            d
        }
        Expr::Call { name, args } => Expr::Call {
            name: name.clone(),
            args: args.iter().map(resolve).collect::<R<_>>()?,
        },
        Expr::Neg(a) => Expr::Neg(Box::new(resolve(a)?)),
        Expr::Percent(a) => Expr::Percent(Box::new(resolve(a)?)),
        Expr::Binary {
            op,
            lhs,
            rhs,
            implicit,
        } => Expr::Binary {
            op: *op,
            lhs: Box::new(resolve(lhs)?),
            rhs: Box::new(resolve(rhs)?),
            implicit: *implicit,
        },
        other => other.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Value, parse, parse_value};
    use crate::math::Scalar;

    fn value(input: &str) -> Value {
        parse_value(input).unwrap_or_else(|e| panic!("{input}: {e}"))
    }

    fn error(input: &str) -> String {
        match parse_value(input) {
            Err(e) => e.message().to_string(),
            Ok(v) => panic!("{input} gave {v:?}, not an error"),
        }
    }

    fn formula(input: &str) -> String {
        match value(input) {
            Value::Formula(f) => f.to_string(),
            other => panic!("{input}: {other:?}"),
        }
    }

    #[test]
    fn diff_binds_its_variable() {
        assert!(parse("diff(x^2, x)").unwrap().free_vars().is_empty());
        assert_eq!(formula("diff(x^2*sin(x), x)"), "2*x*sin(x) + x^2*cos(x)");
        assert_eq!(value("diff(x^2, y)"), Value::Scalar(Scalar::ZERO));
        assert_eq!(value("diff(3x + 1, x)"), Value::Scalar(Scalar::int(3)));
        assert_eq!(value("diff(x^3, x, 2)"), Value::Scalar(Scalar::int(12)));
        assert_eq!(formula("diff(diff(x^3, x), x)"), "6*x");
        assert_eq!(
            value("diff(diff(x^3, x), x, 2)"),
            Value::Scalar(Scalar::int(12))
        );
        let free = parse("diff(x*y, x)").unwrap().free_vars();
        assert_eq!(free.into_iter().collect::<Vec<_>>(), ["y"]);
        assert_eq!(formula("diff(x*y, x)"), "y");
        assert!(parse("limit(1/x, x, -inf)").unwrap().free_vars().is_empty());
        assert!(
            parse("integrate(exp(-x), x, 0, inf)")
                .unwrap()
                .free_vars()
                .is_empty()
        );
    }

    #[test]
    fn gradients_jacobians_hessians_at_a_point() {
        let v = |xs: &[i64]| Value::Vector(xs.iter().map(|&x| Scalar::int(x)).collect());
        assert_eq!(value("grad(x^2*y + y^3, [x, y], [2, -1])"), v(&[-4, 7]));
        let Value::Matrix(j) = value("jacobian([x*y, x + y, x], [x, y], [1, 2])") else {
            panic!()
        };
        assert_eq!((j.nrows(), j.ncols()), (3, 2));
        assert_eq!(j.get(0, 0), Scalar::int(2));
        let Value::Matrix(h) = value("hessian(x^2*y + y^3, [x, y], [2, -1])") else {
            panic!()
        };
        assert_eq!(h.get(0, 0), Scalar::int(-2));
        assert_eq!(h.get(0, 1), Scalar::int(4));
        assert_eq!(h.get(1, 1), Scalar::int(-6));
    }

    #[test]
    fn misuse_is_an_error_that_says_how() {
        assert!(error("diff(x^2)").contains("as in diff(x^2, x)"));
        assert!(error("diff(x^2, 2)").contains("names the variable"));
        assert!(error("diff(x^2, x, 1, 2)").contains("2 or 3 arguments"));
        assert!(error("grad(x*y, [x, y], [1, 2, 3])").contains("3 coordinates"));
        assert!(error("grad(x*y, [x, 2], [1, 2])").contains("lists the variables"));
        assert!(error("grad(x*y, [x, x], [1, 2])").contains("twice"));
        assert!(error("hessian(x*y, [x, y])").contains("3 arguments"));
        assert!(error("jacobian(x*y, [x, y], [1, 2])").contains("lists the functions"));
        assert!(error("diff(sqrt(x), x, -1)").contains("undefined"));
        assert!(error("diff(ln(x), x, -1)").contains("undefined"));
        assert!(error("grad(ln(x*y), [x, y], [-1, 1])").contains("undefined"));
        assert!(error("diff(floor(x), x)").contains("jumps"));
        assert!(error("diff([x, 1], x)").contains("vector"));
        // integrate and limit are numerical (src/expr/calculus_numeric.rs): a divergent
        // integral and a limit that does not exist are errors, not numbers.
        let third = |input: &str, want: f64| match value(input) {
            Value::Scalar(s) => assert!((s.to_f64() - want).abs() < 1e-9, "{input}: {s:?}"),
            other => panic!("{input}: {other:?}"),
        };
        third("integrate(x^2, x, 0, 1)", 1.0 / 3.0);
        third("limit(sin(x)/x, x, 0)", 1.0);
        third("integrate(exp(-x), x, 0, inf)", 1.0);
        assert!(parse_value("integrate(1/x, x, 0, 1)").is_err());
        assert!(parse_value("limit(1/x, x, 0)").is_err());
        // Deep nesting: bounded, never a crash.
        let mut deep = "x^2*sin(x)".to_string();
        for _ in 0..30 {
            deep = format!("diff({deep}*sin(x)*exp(x), x)");
        }
        let _ = parse_value(&deep);
    }
}
