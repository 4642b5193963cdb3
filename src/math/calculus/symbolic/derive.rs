//! The derivative of a formula, with each rule it applies recorded in the order a teacher
//! applies them (outermost first), every intermediate result simplified as it is built so
//! that nested products cannot blow up.

use super::build::{add, call, div, mul, neg, num, pow, scalar, sub};
use super::error::CalculusError;
use super::rules::Rule;
use super::simplify::{canonical_function, simplify};
use super::{MAX_NODES, node_count};
use crate::expr::{BinOp, Constant, Expr, canonical_variable, spells};
use crate::math::Scalar;

/// One application of a rule: `d/dvar [of] = result`, the result simplified.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleStep {
    pub rule: Rule,
    pub of: Expr,
    pub result: Expr,
    /// For a [`Rule::Chain`] step, the outer function's derivative at the inner expression,
    /// simplified: `2(3x + 2)` for `(3x + 2)²`, `cos(x²)` for `sin(x²)`; the result is it times
    /// the derivative of [`RuleStep::inner`]. `None` for other steps.
    pub outer_derivative: Option<Expr>,
}

impl RuleStep {
    /// For a [`Rule::Chain`] step, the rule of its outer function (`Sin` for `sin(x²)`, `Power`
    /// for `(x² + 1)³`, `Exp` for `e^(2x)`); `None` for other steps.
    pub fn outer(&self) -> Option<Rule> {
        if self.rule != Rule::Chain {
            return None;
        }
        match &self.of {
            Expr::Binary {
                op: BinOp::Pow,
                lhs,
                ..
            } => Some(match **lhs {
                Expr::Const(Constant::E) => Rule::Exp,
                _ if lhs.free_vars().is_empty() => Rule::Exponential,
                _ => Rule::Power,
            }),
            Expr::Call { name, .. } => function_rule(canonical_function(name)),
            _ => None,
        }
    }

    /// For a [`Rule::Chain`] step, the inner expression u of f(u): the base of `u^n`, the
    /// exponent of `cᵘ`, the argument of a function; `None` for other steps.
    pub fn inner(&self) -> Option<&Expr> {
        let outer = self.outer()?;
        match (&self.of, outer) {
            (Expr::Binary { lhs, .. }, Rule::Power) => Some(lhs),
            (Expr::Binary { rhs, .. }, _) => Some(rhs),
            (Expr::Call { args, .. }, _) => args.first(),
            _ => None,
        }
    }
}

/// A derivative and the rules that produced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivation {
    /// The derivative, simplified ([`super::simplify`]).
    pub result: Expr,
    /// The rules applied, outermost first (a pre-order walk of `f`): the step for `f` itself
    /// comes first, then the steps for its parts, left to right.
    pub steps: Vec<RuleStep>,
}

/// `d/dvar f`, simplified, with the rules applied. Variables other than `var` are constants
/// (so this is also the partial derivative). Errors: functions without a derivative (`floor`,
/// `min`), values that are not formulas (vectors, matrices), trees past [`MAX_NODES`] nodes.
pub fn derivative(f: &Expr, var: &str) -> Result<Derivation, CalculusError> {
    derive_recording(f, var, true)
}

/// The result of [`derivative`] alone, without recording the rules (for derivatives that are
/// pieces of a problem, not its worked solution).
pub fn derivative_result(f: &Expr, var: &str) -> Result<Expr, CalculusError> {
    derive_recording(f, var, false).map(|d| d.result)
}

fn derive_recording(f: &Expr, var: &str, record: bool) -> Result<Derivation, CalculusError> {
    check_size(f, "the formula")?;
    let mut d = Deriver {
        var: canonical_variable(var),
        record,
        steps: Vec::new(),
        chain_outer: None,
    };
    let result = d.derive(f)?;
    Ok(Derivation {
        result,
        steps: d.steps,
    })
}

pub(super) fn check_size(e: &Expr, what: &str) -> Result<(), CalculusError> {
    if node_count(e) > MAX_NODES {
        return Err(CalculusError::TooLarge(format!(
            "{what} has more than {MAX_NODES} parts, more than a derivative here may handle: \
             work in smaller steps"
        )));
    }
    Ok(())
}

struct Deriver {
    var: String,
    /// Whether to record the steps (the result is the same either way).
    record: bool,
    steps: Vec<RuleStep>,
    /// The outer derivative of the chain step [`Deriver::rule`] just built, for its step.
    chain_outer: Option<Expr>,
}

/// The rule of an elementary function applied to the variable itself.
fn function_rule(name: &str) -> Option<Rule> {
    Some(match name {
        "exp" => Rule::Exp,
        "ln" | "log10" | "log2" => Rule::Ln,
        "sin" => Rule::Sin,
        "cos" => Rule::Cos,
        "tan" => Rule::Tan,
        "sqrt" => Rule::Sqrt,
        "asin" => Rule::Asin,
        "acos" => Rule::Acos,
        "atan" => Rule::Atan,
        "sinh" => Rule::Sinh,
        "cosh" => Rule::Cosh,
        "tanh" => Rule::Tanh,
        "abs" => Rule::Abs,
        "sigmoid" => Rule::Sigmoid,
        "deg" => Rule::ConstantMultiple,
        _ => return None,
    })
}

/// `F′(u)` for an elementary function `F`.
fn outer_derivative(name: &str, u: &Expr) -> Expr {
    let u = || u.clone();
    let square = |x: Expr| pow(x, num(2));
    match name {
        "exp" => call("exp", u()),
        "ln" => div(num(1), u()),
        "log10" => div(num(1), mul(u(), call("ln", num(10)))),
        "log2" => div(num(1), mul(u(), call("ln", num(2)))),
        "sin" => call("cos", u()),
        "cos" => neg(call("sin", u())),
        "tan" => div(num(1), square(call("cos", u()))),
        "sqrt" => div(num(1), mul(num(2), call("sqrt", u()))),
        "asin" => div(num(1), call("sqrt", sub(num(1), square(u())))),
        "acos" => neg(div(num(1), call("sqrt", sub(num(1), square(u()))))),
        "atan" => div(num(1), add(num(1), square(u()))),
        "sinh" => call("cosh", u()),
        "cosh" => call("sinh", u()),
        "tanh" => div(num(1), square(call("cosh", u()))),
        "abs" => div(u(), call("abs", u())),
        "sigmoid" => mul(call("sigmoid", u()), sub(num(1), call("sigmoid", u()))),
        // deg(u) = u·π/180
        _ => div(Expr::Const(Constant::Pi), num(180)),
    }
}

/// Why a known function has no derivative here.
fn not_differentiable(name: &str) -> CalculusError {
    let why = match name {
        "floor" | "ceil" | "round" => format!(
            "{name} jumps at whole numbers: its derivative is 0 between them and undefined at \
             them, so it has no derivative formula"
        ),
        "min" | "max" => format!(
            "{name} has a corner where its arguments are equal: differentiate each piece on its \
             own"
        ),
        _ if crate::expr::is_function(name) => format!(
            "{name} is not an elementary function of one number, so it has no derivative here \
             (the functions with derivatives are exp, ln, log10, log2, sqrt, sin, cos, tan, asin, \
             acos, atan, sinh, cosh, tanh, abs, sigmoid and deg)"
        ),
        _ => format!("unknown function '{name}', so it has no derivative"),
    };
    CalculusError::NotDifferentiable(why)
}

impl Deriver {
    fn depends(&self, e: &Expr) -> bool {
        crate::expr::any_node(e, |node| self.is_var(node))
    }

    fn is_var(&self, e: &Expr) -> bool {
        matches!(e, Expr::Var(v) if spells(v, &self.var))
    }

    /// Records the step for `e` before the steps of its parts, then fills in its result.
    fn derive(&mut self, e: &Expr) -> Result<Expr, CalculusError> {
        if let Some(why) = not_a_formula(e) {
            return Err(CalculusError::NotAFormula(why));
        }
        let at = self.steps.len();
        if self.record {
            self.steps.push(RuleStep {
                rule: Rule::Constant,
                of: e.clone(),
                result: num(0),
                outer_derivative: None,
            });
        }
        let (rule, raw) = if self.depends(e) {
            self.rule(e)?
        } else {
            (Rule::Constant, num(0))
        };
        let result = simplify(&raw);
        check_size(&result, "the derivative")?;
        if let Some(step) = self.steps.get_mut(at) {
            step.rule = rule;
            step.result = result.clone();
            step.outer_derivative = self.chain_outer.take();
        }
        Ok(result)
    }

    /// The rule for an expression that depends on the variable, and its unsimplified result.
    fn rule(&mut self, e: &Expr) -> Result<(Rule, Expr), CalculusError> {
        Ok(match e {
            Expr::Var(_) => (Rule::Variable, num(1)),
            Expr::Neg(a) => (Rule::ConstantMultiple, neg(self.derive(a)?)),
            Expr::Percent(a) => (Rule::ConstantMultiple, div(self.derive(a)?, num(100))),
            Expr::Binary { op, lhs, rhs, .. } => self.binary(e, *op, lhs, rhs)?,
            Expr::Call { name, args } => self.call(name, args)?,
            // `not_a_formula` refused the others; constants do not depend on the variable.
            other => {
                return Err(CalculusError::NotAFormula(format!(
                    "{other} is not a formula of numbers, so it has no derivative"
                )));
            }
        })
    }

    /// The rule for `e = a op b`.
    fn binary(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        b: &Expr,
    ) -> Result<(Rule, Expr), CalculusError> {
        let (da, db) = (self.depends(a), self.depends(b));
        Ok(match op {
            BinOp::Add | BinOp::Sub => self.sum(e)?,
            BinOp::Mul if !da => (Rule::ConstantMultiple, mul(a.clone(), self.derive(b)?)),
            BinOp::Mul if !db => (Rule::ConstantMultiple, mul(self.derive(a)?, b.clone())),
            BinOp::Mul => {
                let (fa, fb) = (self.derive(a)?, self.derive(b)?);
                (Rule::Product, add(mul(fa, b.clone()), mul(a.clone(), fb)))
            }
            BinOp::Div if !db => (Rule::ConstantMultiple, div(self.derive(a)?, b.clone())),
            BinOp::Div => {
                let (fa, fb) = (self.derive(a)?, self.derive(b)?);
                (
                    Rule::Quotient,
                    div(
                        sub(mul(fa, b.clone()), mul(a.clone(), fb)),
                        pow(b.clone(), num(2)),
                    ),
                )
            }
            BinOp::Pow if !db => {
                // (aⁿ)′ = n·aⁿ⁻¹·a′
                let n = simplify(b);
                let lowered = match &n {
                    Expr::Num(k) => scalar(*k - Scalar::ONE),
                    other => sub(other.clone(), num(1)),
                };
                let outer = mul(n.clone(), pow(a.clone(), lowered));
                if self.is_var(a) {
                    (Rule::Power, outer)
                } else {
                    self.chain(outer, a)?
                }
            }
            BinOp::Pow if !da => {
                // (cᵘ)′ = cᵘ·ln c·u′, and (eᵘ)′ = eᵘ·u′
                let natural = matches!(a, Expr::Const(Constant::E));
                let outer = if natural {
                    pow(a.clone(), b.clone())
                } else {
                    mul(pow(a.clone(), b.clone()), call("ln", a.clone()))
                };
                if self.is_var(b) {
                    let rule = if natural {
                        Rule::Exp
                    } else {
                        Rule::Exponential
                    };
                    (rule, outer)
                } else {
                    self.chain(outer, b)?
                }
            }
            BinOp::Pow => {
                // f^g = e^(g·ln f): (f^g)′ = f^g·(g′·ln f + g·f′/f)
                let (fa, fb) = (self.derive(a)?, self.derive(b)?);
                let inner = add(
                    mul(fb, call("ln", a.clone())),
                    div(mul(b.clone(), fa), a.clone()),
                );
                (Rule::GeneralPower, mul(pow(a.clone(), b.clone()), inner))
            }
        })
    }

    /// The chain rule: `f'(u)·u'`, with `f'(u)` kept for the step (set after the inner
    /// derivative's own steps, so that they cannot take it).
    fn chain(&mut self, outer: Expr, inner: &Expr) -> Result<(Rule, Expr), CalculusError> {
        let du = self.derive(inner)?;
        self.chain_outer = self.record.then(|| simplify(&outer));
        Ok((Rule::Chain, mul(outer, du)))
    }

    /// A chain `t₁ ± t₂ ± …` is one step, the sum rule applied to every term at once as a
    /// teacher writes it (`(x³ − 2x + 1)' = (x³)' − (2x)' + (1)'`), then each term's own steps,
    /// left to right. The difference rule when every operation of the chain is `−`.
    fn sum(&mut self, e: &Expr) -> Result<(Rule, Expr), CalculusError> {
        let terms = sum_terms(e);
        let mut total: Option<Expr> = None;
        for (negative, term) in &terms {
            let d = self.derive(term)?;
            total = Some(match (total, negative) {
                (None, false) => d,
                (None, true) => neg(d),
                (Some(acc), false) => add(acc, d),
                (Some(acc), true) => sub(acc, d),
            });
        }
        let rule = if terms.iter().skip(1).all(|(negative, _)| *negative) {
            Rule::Difference
        } else {
            Rule::Sum
        };
        Ok((rule, total.unwrap_or_else(|| num(0))))
    }

    fn call(&mut self, name: &str, args: &[Expr]) -> Result<(Rule, Expr), CalculusError> {
        let f = canonical_function(name);
        let Some(rule) = function_rule(f) else {
            return Err(not_differentiable(name));
        };
        let [u] = args else {
            return Err(CalculusError::NotDifferentiable(format!(
                "{name} takes one argument, as in {name}(x), but was given {}",
                args.len()
            )));
        };
        let outer = outer_derivative(f, u);
        if self.is_var(u) {
            Ok((rule, outer))
        } else {
            self.chain(outer, u)
        }
    }
}

/// The terms of a chain of sums and differences along its left spine, each with whether it
/// is subtracted: `a − b + c` is `[(false, a), (true, b), (false, c)]`. A parenthesised sum on
/// the right (`a − (b + c)`) is one term. Anything else is the one term `[(false, e)]`.
pub fn sum_terms(e: &Expr) -> Vec<(bool, &Expr)> {
    let mut terms = Vec::new();
    let mut at = e;
    while let Expr::Binary {
        op: op @ (BinOp::Add | BinOp::Sub),
        lhs,
        rhs,
        ..
    } = at
    {
        terms.push((*op == BinOp::Sub, &**rhs));
        at = lhs;
    }
    terms.push((false, at));
    terms.reverse();
    terms
}

/// Why `e` is not a formula of numbers, if it is not.
fn not_a_formula(e: &Expr) -> Option<String> {
    let what = match e {
        Expr::Vector(_) | Expr::Tuple(_) => {
            "a vector: differentiate its entries one by one (or use jacobian)"
        }
        Expr::Matrix(_) => "a matrix",
        Expr::Set(_) => "a set",
        Expr::Bool(_) => "yes/no",
        Expr::Transpose(_) => "a transpose of a matrix",
        _ => return None,
    };
    Some(format!(
        "{e} is {what}, not a formula of numbers, so it has no derivative here"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    fn d(input: &str) -> Derivation {
        derivative(&parse(input).unwrap(), "x").unwrap()
    }

    fn text(input: &str) -> String {
        d(input).result.to_string()
    }

    #[test]
    fn derivatives_read_as_a_teacher_writes_them() {
        assert_eq!(text("x^3 - 2x^2 + x - 5"), "3*x^2 - 4*x + 1");
        assert_eq!(text("sin(x^2)"), "2*x*cos(x^2)");
        assert_eq!(text("x^2*sin(x)"), "2*x*sin(x) + x^2*cos(x)");
        assert_eq!(text("(x+1)/(x-1)"), "-2/(x - 1)^2");
        assert_eq!(text("e^x"), "e^x");
        assert_eq!(text("e^(2x)"), "2*e^(2*x)");
        assert_eq!(text("ln(x)"), "1/x");
        assert_eq!(text("sqrt(x)"), "1/(2*sqrt(x))");
        assert_eq!(text("5"), "0");
        assert_eq!(text("y*x"), "y");
        assert_eq!(text("2^x"), "2^x*ln(2)");
        assert_eq!(text("x^x"), "x^x*(ln(x) + 1)");
    }

    #[test]
    fn steps_are_outermost_first() {
        let steps = d("x^2*sin(3x)").steps;
        let rules: Vec<Rule> = steps.iter().map(|s| s.rule).collect();
        assert_eq!(
            rules,
            [
                Rule::Product,
                Rule::Power,
                Rule::Chain,
                Rule::ConstantMultiple,
                Rule::Variable
            ]
        );
        assert_eq!(steps[2].outer(), Some(Rule::Sin));
        assert_eq!(
            steps[2].outer_derivative.as_ref().unwrap().to_string(),
            "cos(3*x)"
        );
        assert_eq!(steps[2].inner().unwrap().to_string(), "3*x");
        assert!(steps[0].outer_derivative.is_none());
        let power = d("(3x + 2)^2").steps;
        assert_eq!(
            power[0].outer_derivative.as_ref().unwrap().to_string(),
            "2*(3*x + 2)"
        );
        assert_eq!(power[0].inner().unwrap().to_string(), "3*x + 2");
        let exp = d("e^(x^2)").steps;
        assert_eq!(
            exp[0].outer_derivative.as_ref().unwrap().to_string(),
            "e^x^2"
        );
        assert_eq!(exp[0].inner().unwrap().to_string(), "x^2");
        assert_eq!(steps[2].result.to_string(), "3*cos(3*x)");
        assert_eq!(steps[0].of, parse("x^2*sin(3x)").unwrap());
    }

    #[test]
    fn a_chain_of_sums_is_one_step() {
        let steps = d("x^3 - 2x + 1 + sin(x)").steps;
        assert_eq!(steps[0].rule, Rule::Sum);
        assert_eq!(steps[0].result.to_string(), "3*x^2 + cos(x) - 2");
        // The sum's step, then one step per term (and their parts): no nested sum steps.
        assert!(steps[1..].iter().all(|s| s.rule != Rule::Sum));
        assert_eq!(steps[1].of, parse("x^3").unwrap());
        assert_eq!(d("x^2 - x - 1").steps[0].rule, Rule::Difference);
        assert_eq!(d("-x^2 - x").steps[0].result.to_string(), "-2*x - 1");
        let f = parse("x - (x^2 + 1)").unwrap();
        let terms = sum_terms(&f);
        assert_eq!(terms.len(), 2);
        assert!(terms[1].0);
    }

    #[test]
    fn refuses_what_has_no_derivative() {
        let err = |input: &str| derivative(&parse(input).unwrap(), "x").unwrap_err();
        assert!(err("floor(x)").message().contains("jumps"));
        assert!(err("max(x, 1)").message().contains("corner"));
        assert!(err("[x, 2]").message().contains("vector"));
        assert!(matches!(
            err("det([x 1; 1 x])"),
            CalculusError::NotDifferentiable(_)
        ));
    }

    #[test]
    fn nested_products_stay_small() {
        let mut f = parse("x").unwrap();
        for _ in 0..12 {
            f = mul(f.clone(), call("sin", f));
        }
        match derivative(&f, "x") {
            Ok(d) => assert!(node_count(&d.result) <= MAX_NODES),
            Err(e) => assert!(matches!(e, CalculusError::TooLarge(_)), "{e}"),
        }
    }
}
