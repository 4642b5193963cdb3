//! Forward-mode automatic differentiation with dual numbers `a + b·ε` (`ε² = 0`): evaluating a
//! formula on `x + 1·ε` gives `f(x) + f′(x)·ε`, the derivative to rounding error without any
//! symbolic work. It is the independent check of [`super::symbolic`].

use super::symbolic::CalculusError;
use crate::expr::{BinOp, Constant, Expr, canonical_variable};
use std::ops::{Add, Div, Mul, Neg, Sub};

/// `re + eps·ε`: a value and its derivative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dual {
    pub re: f64,
    pub eps: f64,
}

impl Dual {
    pub fn constant(re: f64) -> Dual {
        Dual { re, eps: 0.0 }
    }
    pub fn variable(re: f64) -> Dual {
        Dual { re, eps: 1.0 }
    }
    /// `F(self)` for `F` with value `value = F(re)` and derivative `slope = F′(re)`.
    fn chain(self, value: f64, slope: f64) -> Dual {
        Dual {
            re: value,
            eps: slope * self.eps,
        }
    }
}

impl Add for Dual {
    type Output = Dual;
    fn add(self, o: Dual) -> Dual {
        Dual {
            re: self.re + o.re,
            eps: self.eps + o.eps,
        }
    }
}
impl Sub for Dual {
    type Output = Dual;
    fn sub(self, o: Dual) -> Dual {
        Dual {
            re: self.re - o.re,
            eps: self.eps - o.eps,
        }
    }
}
impl Mul for Dual {
    type Output = Dual;
    fn mul(self, o: Dual) -> Dual {
        Dual {
            re: self.re * o.re,
            eps: self.eps * o.re + self.re * o.eps,
        }
    }
}
impl Div for Dual {
    type Output = Dual;
    fn div(self, o: Dual) -> Dual {
        Dual {
            re: self.re / o.re,
            eps: (self.eps * o.re - self.re * o.eps) / (o.re * o.re),
        }
    }
}
impl Neg for Dual {
    type Output = Dual;
    fn neg(self) -> Dual {
        Dual {
            re: -self.re,
            eps: -self.eps,
        }
    }
}

type R<T> = Result<T, CalculusError>;

fn undefined(what: &str) -> CalculusError {
    CalculusError::Undefined(format!("{what} is undefined at this point"))
}

/// Checks that a value and its derivative are finite numbers.
fn finite(d: Dual, what: &str) -> R<Dual> {
    if d.re.is_finite() && d.eps.is_finite() {
        Ok(d)
    } else {
        Err(undefined(what))
    }
}

/// The tallest tree evaluated (deeper ones would risk the stack).
const MAX_HEIGHT: usize = 400;

/// `f` and its derivative by `var` at `point` (every variable of `f` bound there, `var` too).
/// Errors: an unbound variable, a function without a derivative, a point outside the domain
/// (`ln(−1)`, `1/0`, `sqrt(0)` whose derivative is infinite).
pub fn eval(f: &Expr, var: &str, point: &[(&str, f64)]) -> R<Dual> {
    if crate::expr::height(f) > MAX_HEIGHT {
        return Err(CalculusError::TooLarge(format!(
            "the formula is nested more than {MAX_HEIGHT} levels deep"
        )));
    }
    let var = canonical_variable(var);
    if !point.iter().any(|(n, _)| canonical_variable(n) == var) {
        return Err(CalculusError::BadVariables(format!(
            "the point gives no value for {var}"
        )));
    }
    Evaluator { var, point }.eval(f)
}

/// `∂f/∂var` at `point`.
pub fn derivative_at(f: &Expr, var: &str, point: &[(&str, f64)]) -> R<f64> {
    eval(f, var, point).map(|d| d.eps)
}

/// `∇f` at the point `vars[i] = values[i]`, one dual pass per variable.
pub fn gradient_at(f: &Expr, vars: &[&str], values: &[f64]) -> R<Vec<f64>> {
    if vars.len() != values.len() {
        return Err(CalculusError::BadVariables(format!(
            "{} variables but {} coordinates",
            vars.len(),
            values.len()
        )));
    }
    let point: Vec<(&str, f64)> = vars.iter().copied().zip(values.iter().copied()).collect();
    vars.iter().map(|v| derivative_at(f, v, &point)).collect()
}

struct Evaluator<'a> {
    var: String,
    point: &'a [(&'a str, f64)],
}

impl Evaluator<'_> {
    fn eval(&self, e: &Expr) -> R<Dual> {
        let d = match e {
            Expr::Num(s) => Dual::constant(s.to_f64()),
            Expr::Const(Constant::Pi) => Dual::constant(std::f64::consts::PI),
            Expr::Const(Constant::E) => Dual::constant(std::f64::consts::E),
            Expr::Var(v) => {
                let name = canonical_variable(v);
                let Some(&(_, x)) = self
                    .point
                    .iter()
                    .find(|(n, _)| canonical_variable(n) == name)
                else {
                    return Err(CalculusError::BadVariables(format!(
                        "the point gives no value for {v}"
                    )));
                };
                if name == self.var {
                    Dual::variable(x)
                } else {
                    Dual::constant(x)
                }
            }
            Expr::Neg(a) => -self.eval(a)?,
            Expr::Percent(a) => self.eval(a)? / Dual::constant(100.0),
            Expr::Binary { op, lhs, rhs, .. } => {
                let (a, b) = (self.eval(lhs)?, self.eval(rhs)?);
                match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mul => a * b,
                    BinOp::Div if b.re == 0.0 => return Err(undefined("a division by zero")),
                    BinOp::Div => a / b,
                    BinOp::Pow => power(a, b)?,
                }
            }
            Expr::Call { name, args } => match args.as_slice() {
                [a] => function(name, self.eval(a)?)?,
                _ => {
                    return Err(CalculusError::NotDifferentiable(format!(
                        "{name} with {} arguments has no derivative here",
                        args.len()
                    )));
                }
            },
            other => {
                return Err(CalculusError::NotAFormula(format!(
                    "{other} is not a formula of numbers"
                )));
            }
        };
        finite(d, "the formula")
    }
}

/// `a^b`: with a constant exponent `b·a^(b−1)·a′` (negative bases allowed for whole-number
/// exponents); otherwise `a^b·(b′·ln a + b·a′/a)`, which needs `a > 0`.
fn power(a: Dual, b: Dual) -> R<Dual> {
    if b.eps == 0.0 {
        if b.re == 0.0 {
            return Ok(Dual::constant(1.0));
        }
        let value = a.re.powf(b.re);
        let slope = if b.re == 1.0 {
            1.0
        } else {
            b.re * a.re.powf(b.re - 1.0)
        };
        return finite(a.chain(value, slope), "the power");
    }
    if a.re <= 0.0 {
        return Err(undefined("a power with a variable exponent and a base ≤ 0"));
    }
    let value = a.re.powf(b.re);
    Ok(Dual {
        re: value,
        eps: value * (b.eps * a.re.ln() + b.re * a.eps / a.re),
    })
}

fn function(name: &str, u: Dual) -> R<Dual> {
    let x = u.re;
    let domain = |ok: bool| if ok { Ok(()) } else { Err(undefined(name)) };
    let (value, slope) = match name {
        "exp" => (x.exp(), x.exp()),
        "ln" | "log" => {
            domain(x > 0.0)?;
            (x.ln(), 1.0 / x)
        }
        "log10" => {
            domain(x > 0.0)?;
            (x.log10(), 1.0 / (x * std::f64::consts::LN_10))
        }
        "log2" => {
            domain(x > 0.0)?;
            (x.log2(), 1.0 / (x * std::f64::consts::LN_2))
        }
        "sqrt" => {
            domain(x > 0.0)?;
            (x.sqrt(), 0.5 / x.sqrt())
        }
        "sin" => (x.sin(), x.cos()),
        "cos" => (x.cos(), -x.sin()),
        "tan" => (x.tan(), 1.0 + x.tan() * x.tan()),
        "asin" | "arcsin" => {
            domain(x.abs() < 1.0)?;
            (x.asin(), 1.0 / (1.0 - x * x).sqrt())
        }
        "acos" | "arccos" => {
            domain(x.abs() < 1.0)?;
            (x.acos(), -1.0 / (1.0 - x * x).sqrt())
        }
        "atan" | "arctan" => (x.atan(), 1.0 / (1.0 + x * x)),
        "sinh" => (x.sinh(), x.cosh()),
        "cosh" => (x.cosh(), x.sinh()),
        "tanh" => (x.tanh(), 1.0 - x.tanh() * x.tanh()),
        "abs" => {
            domain(x != 0.0)?;
            (x.abs(), x.signum())
        }
        "sigmoid" => {
            let s = if x >= 0.0 {
                1.0 / (1.0 + (-x).exp())
            } else {
                x.exp() / (1.0 + x.exp())
            };
            (s, s * (1.0 - s))
        }
        "deg" => (x.to_radians(), std::f64::consts::PI / 180.0),
        _ => {
            return Err(CalculusError::NotDifferentiable(format!(
                "{name} has no derivative here"
            )));
        }
    };
    finite(u.chain(value, slope), name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    #[test]
    fn dual_derivatives_at_points() {
        let f = parse("x^2*sin(x)").unwrap();
        let x: f64 = 1.3;
        let want = 2.0 * x * x.sin() + x * x * x.cos();
        let got = derivative_at(&f, "x", &[("x", x)]).unwrap();
        assert!((got - want).abs() < 1e-14, "{got} vs {want}");
        let g = gradient_at(&parse("x^2*y + y^3").unwrap(), &["x", "y"], &[2.0, -1.0]).unwrap();
        assert_eq!(g, vec![-4.0, 7.0]);
        assert!(derivative_at(&parse("ln(x)").unwrap(), "x", &[("x", -1.0)]).is_err());
        assert!(derivative_at(&parse("1/x").unwrap(), "x", &[("x", 0.0)]).is_err());
        assert!(derivative_at(&parse("x*y").unwrap(), "x", &[("x", 1.0)]).is_err());
        assert!(derivative_at(&parse("floor(x)").unwrap(), "x", &[("x", 1.5)]).is_err());
        // (−2)³ with a constant exponent is fine; x^x needs x > 0.
        let cube = derivative_at(&parse("x^3").unwrap(), "x", &[("x", -2.0)]).unwrap();
        assert_eq!(cube, 12.0);
    }
}
