//! `calc.chain_rule`: the derivative of a composition `h(g(x))`, as a formula.
//!
//! Level 1: `(ax + b)ⁿ` (a in 2..5, n in 2..5) or `e^(kx²)` (k = ±1, ±2). Level 2: `sin(kx²)`,
//! `cos(kx²)`, `ln(x² + c)` or `√(ax² + c)`. Level 3: two nested layers `h(m(g(x)))` (`e^(sin 2x)`,
//! `(x² + 1)³` inside a sine, `ln(e^(2x) + 1)`…) or the chain rule inside a product `xⁿ·h(g(x))`.
//! Answers are compared at points of `[0.5, 2]`, where every inner function keeps `ln` and `√`
//! defined.
//!
//! Named mistakes (the "missing inner derivative" first): the outer derivative without
//! the inner one `h'(g(x))`, the outer derivative taken at x instead of at g(x) (`h'(x)·g'(x)`),
//! and inside a product, the product rule as the product of the derivatives.

use super::build::{add, formula, mul, substitute};
use super::steps::{closing, rule_lines};
use crate::engine::{
    AnswerSpec, Domain, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::Mistakes;
use crate::expr::{Expr, Value};
use crate::math::calculus::symbolic::{derivative, derivative_result, pretty};

pub struct ChainRule;

/// A composition: the outer function of `u`, the middle one (level 3), the inner one of x, as
/// answer text; and an optional factor `xⁿ` in front (a product).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub outer: String,
    pub middle: Option<String>,
    pub inner: String,
    pub factor: Option<String>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let plain = |outer: String, inner: String| Params {
        outer,
        middle: None,
        inner,
        factor: None,
    };
    Ok(match level {
        1 => {
            if rng.chance(1, 2) {
                let (a, b) = (rng.int(2, 5), rng.nonzero_int(-5, 5));
                plain(format!("u^{}", rng.int(2, 5)), format!("{a}*x + {b}"))
            } else {
                let k = *rng.pick(&[-2, -1, 1, 2]);
                plain("e^u".into(), format!("{k}*x^2"))
            }
        }
        2 => match rng.index(4) {
            0 => plain("sin(u)".into(), format!("{}*x^2", rng.int(1, 3))),
            1 => plain("cos(u)".into(), format!("{}*x^2", rng.int(1, 3))),
            2 => plain("ln(u)".into(), format!("x^2 + {}", rng.int(1, 5))),
            _ => plain(
                "sqrt(u)".into(),
                format!("{}*x^2 + {}", rng.int(1, 4), rng.int(1, 9)),
            ),
        },
        3 => {
            let k = rng.int(2, 3);
            if rng.chance(1, 2) {
                let (outer, middle) = match rng.index(4) {
                    0 => ("e^u".to_string(), "sin(u)"),
                    1 => (format!("u^{}", rng.int(2, 4)), "cos(u)"),
                    2 => ("ln(u)".to_string(), "e^u + 1"),
                    _ => ("sqrt(u)".to_string(), "u^2 + 1"),
                };
                Params {
                    outer,
                    middle: Some(middle.into()),
                    inner: format!("{k}*x"),
                    factor: None,
                }
            } else {
                let outer = rng.pick(&["e^u", "sin(u)", "cos(u)"]).to_string();
                let inner = if outer == "e^u" {
                    format!("-x^2 + {}", rng.int(1, 3))
                } else {
                    format!("{k}*x^2")
                };
                Params {
                    outer,
                    middle: None,
                    inner,
                    factor: Some(format!("x^{}", rng.int(1, 3))),
                }
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

fn d(e: &Expr, var: &str) -> Result<Expr, GenError> {
    derivative_result(e, var).map_err(|_| GenError::Redraw("no derivative"))
}

/// The outer function `h`, the inner function `g` (the middle one applied to the innermost at
/// level 3), and the pieces of the chain.
struct Pieces {
    /// `g(x)`, what the outer function is applied to.
    g: Expr,
    h_at_g: Expr,
    /// `h'(g(x))` and `h'(x)`.
    dh_at_g: Expr,
    dh_at_x: Expr,
    dg: Expr,
    /// The parameters' formulas, each parsed once: the outer function of `u`, the middle one,
    /// the innermost one, the factor in front.
    outer: Expr,
    middle: Option<Expr>,
    inner: Expr,
    factor: Option<Expr>,
}

fn pieces(p: &Params) -> Result<Pieces, GenError> {
    let x = Expr::Var("x".into());
    let inner = formula(&p.inner)?;
    let middle = p.middle.as_deref().map(formula).transpose()?;
    let g = match &middle {
        Some(m) => substitute(m, "u", &inner),
        None => inner.clone(),
    };
    let h = formula(&p.outer)?;
    let dh = d(&h, "u")?;
    Ok(Pieces {
        h_at_g: substitute(&h, "u", &g),
        dh_at_g: substitute(&dh, "u", &g),
        dh_at_x: substitute(&dh, "u", &x),
        dg: d(&g, "x")?,
        g,
        outer: h,
        middle,
        inner,
        factor: p.factor.as_deref().map(formula).transpose()?,
    })
}

/// The function as a formula (the generator builds it from the pieces it keeps).
#[cfg(test)]
pub fn function(p: &Params) -> Result<Expr, GenError> {
    Ok(function_of(&pieces(p)?))
}

/// The function from its pieces: `h(g(x))`, times the factor if there is one.
fn function_of(c: &Pieces) -> Expr {
    match &c.factor {
        Some(f) => mul(f, &c.h_at_g),
        None => c.h_at_g.clone(),
    }
}

fn domain() -> Equivalence {
    Equivalence::Formula {
        vars: vec![Domain::new("x", 0.5, 2.0)],
        tol: Tolerance::default(),
    }
}

pub fn build(_level: u8, p: &Params) -> Result<Draft, GenError> {
    let c = pieces(p)?;
    let f = function_of(&c);
    let derivation = derivative(&f, "x").map_err(|_| GenError::Redraw("no derivative"))?;
    let expected = Value::Formula(derivation.result.clone());
    let eq = domain();
    let answer = AnswerSpec::with(expected.clone(), eq.clone());
    let g_text = pretty(&c.g);
    // The factor in front, if any, and its derivative.
    let factor = match &c.factor {
        Some(u) => Some((u, d(u, "x")?)),
        None => None,
    };
    // What the chain's mistakes become inside a product `xⁿ·h(g)`: `(xⁿ)'·h(g) + xⁿ·(…)`.
    let in_product = |chain: &Expr| -> Result<Expr, GenError> {
        match &factor {
            Some((u, du)) => Ok(add(&mul(du, &c.h_at_g), &mul(u, chain))),
            None => Ok(chain.clone()),
        }
    };
    let mut ms = Mistakes::under(&expected, &eq);
    ms.require(
        "missing_inner_derivative",
        Value::Formula(in_product(&c.dh_at_g)?),
        format!(
            "The inner derivative is missing: the chain rule multiplies the outer derivative \
             by the derivative of the inside, ({g_text})'."
        ),
    )?;
    ms.require(
        "outer_at_x",
        Value::Formula(in_product(&mul(&c.dh_at_x, &c.dg))?),
        format!(
            "The outer derivative must be taken at the inside, {g_text}, not at x: \
             h'(g(x))·g'(x)."
        ),
    )?;
    if let Some((_, du)) = &factor {
        ms.optional(
            "product_of_derivatives",
            Value::Formula(mul(du, &mul(&c.dh_at_g, &c.dg))),
            "The derivative of a product is not the product of the derivatives: \
             (u·v)' = u'·v + u·v'.",
        );
    }
    let outer_name = match &p.middle {
        Some(_) => "outer function",
        None => "outside",
    };
    let mut hints = vec![format!(
        "The {outer_name} is {} with u = {g_text} inside: (h(u))' = h'(u)·u'.",
        pretty(&c.outer)
    )];
    if let Some(m) = &c.middle {
        hints.push(format!(
            "The inside {g_text} is itself a composition, {} with u = {}: it needs the chain \
             rule too.",
            pretty(m),
            pretty(&c.inner)
        ));
    }
    let chain_text = format!("{}·{}", pretty(&c.dh_at_g), paren(&c.dg));
    hints.push(match &c.factor {
        Some(t) => format!(
            "Product rule with u = {}: the second factor's derivative is {chain_text}: put \
             both into u'·v + u·v'.",
            pretty(t)
        ),
        None => format!(
            "The outer derivative at the inside is {} and ({g_text})' = {}: multiply them.",
            pretty(&c.dh_at_g),
            pretty(&c.dg)
        ),
    });
    let prompt = vec![
        Line::text("Differentiate"),
        Line::math(format!("f(x) = {}", pretty(&f))),
        Line::text(
            "Give f'(x) as a formula in x (for example 2*x*cos(x^2)); any equivalent form is \
             accepted.",
        ),
    ];
    let mut solution = rule_lines(&derivation);
    solution.extend(closing(&derivation.result));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

/// An expression as a factor: parenthesised when it is a sum or a difference.
fn paren(e: &Expr) -> String {
    super::steps::factor_text(e)
}

impl Exercise for ChainRule {
    fn id(&self) -> &'static str {
        "calc.chain_rule"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::checks::assert_derivative_formula;
    use super::*;
    use crate::exercises::common::testing::{Seen, last_hint, soundness_with};

    #[test]
    fn derivatives_match_dual_numbers_and_a_central_difference() {
        let mut seen = Seen::default();
        soundness_with(&ChainRule, &[1, 2, 3], draw, build, |level, p, d, ctx| {
            let f = function(p).unwrap();
            assert_derivative_formula(&f, d, &[0.55, 0.9, 1.3, 1.65, 1.95], 1e-6, ctx);
            assert_eq!(
                p.middle.is_some() || p.factor.is_some(),
                level == 3,
                "{ctx}"
            );
            assert!(last_hint(d).contains("multiply") || last_hint(d).contains("u'·v"));
            seen.note(d);
        });
        seen.assert_exactly(&[
            "missing_inner_derivative",
            "outer_at_x",
            "product_of_derivatives",
        ]);
    }
}
