//! `calc.derivative_rules`: f'(x) as a formula, by the power, constant-multiple and sum rules,
//! the product rule and the quotient rule.
//!
//! Level 1: a polynomial of degree 3 or 4 with integer coefficients −6..6 and a nonzero constant
//! term. Level 2: a product `u·v` of a power or a shifted power (`3x²`, `x³ + 2`) and one of
//! `sin x, cos x, eˣ, ln x`, or (one draw in three) a sum of powers with a negative and a
//! fractional exponent (`4x³ − 3/x² + 6√x + 1`). Level 3: a quotient `u/v` with `v` positive on
//! the test domain (`x + c`, `x² + c`, c in 1..4) and `u` a linear polynomial, `x² + b`, `sin x`
//! or `eˣ`. Answers are compared at points of `[0.5, 3]` (where `ln x`, `√x` and `1/x` are
//! defined).
//!
//! Named mistakes: the power rule without lowering the exponent (`n·a·xⁿ`), a constant term's
//! derivative kept, a negative exponent moved up instead of down (`x⁻² → −2x⁻¹`), the product
//! rule as the product of the derivatives `u'·v'` (or with one term only), the quotient rule's
//! numerator with its sign swapped (`u·v' − u'·v`), and its denominator not squared.

use super::build::{add, div, formula, mul, square, sub};
use super::steps::{closing, factor_text, rule_lines};
use crate::engine::{
    AnswerSpec, Domain, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::calculus::tree;
use crate::exercises::common::Mistakes;
use crate::expr::{BinOp, Expr, Value};
use crate::math::calculus::symbolic::{derivative, derivative_result, pretty};
use crate::math::{Rational, Scalar};

pub struct DerivativeRules;

/// The functions a product or quotient is made of, as answer text.
const TRANSCENDENTAL: &[&str] = &["sin(x)", "cos(x)", "e^x", "ln(x)"];

#[derive(Clone, Debug, PartialEq)]
pub enum Params {
    /// `Σ aₖ·x^pₖ` (a power `0` is the constant term).
    Powers(Vec<(i64, Rational)>),
    /// `u·v`, as answer text.
    Product(String, String),
    /// `u/v`, as answer text.
    Quotient(String, String),
}

fn q(n: i64, d: i64) -> Rational {
    Rational::new(n, d).unwrap_or(Rational::ZERO)
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => {
            let degree = rng.int(3, 4);
            let mut terms = vec![(rng.nonzero_int(-6, 6), q(degree, 1))];
            for p in (1..degree).rev() {
                let a = rng.int(-6, 6);
                if a != 0 {
                    terms.push((a, q(p, 1)));
                }
            }
            terms.push((rng.nonzero_int(-9, 9), q(0, 1)));
            if terms.len() < 4 {
                return Err(GenError::Redraw("too few terms"));
            }
            Ok(Params::Powers(terms))
        }
        2 if rng.chance(1, 3) => Ok(Params::Powers(vec![
            (rng.nonzero_int(-5, 5), q(rng.int(2, 4), 1)),
            (rng.nonzero_int(-6, 6), q(-rng.int(1, 3), 1)),
            (2 * rng.nonzero_int(-4, 4), q(1, 2)),
            (rng.nonzero_int(-9, 9), q(0, 1)),
        ])),
        2 => {
            let n = rng.int(1, 3);
            let u = if rng.chance(1, 2) {
                format!("{}*x^{n}", rng.int(2, 5))
            } else {
                format!("x^{n} + {}", rng.int(1, 5))
            };
            let v = rng.pick(TRANSCENDENTAL).to_string();
            Ok(Params::Product(u, v))
        }
        3 => {
            let u = match rng.index(4) {
                0 => format!("{}*x + {}", rng.int(2, 5), rng.nonzero_int(-5, 5)),
                1 => format!("x^2 + {}", rng.nonzero_int(-5, 5)),
                2 => "sin(x)".to_string(),
                _ => "e^x".to_string(),
            };
            let c = rng.int(1, 4);
            let v = if rng.chance(1, 2) {
                format!("x + {c}")
            } else {
                format!("x^2 + {c}")
            };
            Ok(Params::Quotient(u, v))
        }
        l => Err(GenError::Level(l)),
    }
}

/// `a·x^p` as answer text: `3*x^2`, `-6*x^(-2)`, `4*sqrt(x)`, `5`.
fn power_text(a: i64, p: Rational) -> String {
    let (n, d) = (p.numer(), p.denom());
    let x = match (n, d) {
        (0, _) => return a.to_string(),
        (1, 1) => "x".to_string(),
        (n, 1) if n > 0 => format!("x^{n}"),
        // Negative powers as powers, so that the power rule (not the quotient rule) applies;
        // they print as `6/x³`.
        (n, 1) => format!("x^({n})"),
        (1, 2) => "sqrt(x)".to_string(),
        (n, d) => format!("x^({n}/{d})"),
    };
    format!("{a}*{x}")
}

/// The tree of [`power_text`], built directly; `None` where a number has no tree
/// ([`tree::signed_int`]).
fn power_tree(a: i64, p: Rational) -> Option<Expr> {
    let (n, d) = (p.numer(), p.denom());
    let x = tree::var("x");
    let power = match (n, d) {
        (0, _) => return tree::signed_int(a),
        (1, 1) => x,
        (1, 2) => tree::call("sqrt", x),
        _ => tree::binary(BinOp::Pow, x, tree::rational(p)?),
    };
    tree::product([tree::int(a.checked_abs()?), power], a < 0)
}

/// `Σ cₖ·x^pₖ` for rational coefficients and powers, as a formula (for named mistakes): the
/// tree of `(c₁)*x^(p₁) + (c₂)*x^(p₂) + …` (`0` for no nonzero term).
fn rational_powers(terms: &[(Scalar, Rational)]) -> Result<Expr, GenError> {
    let term = |c: &Scalar, p: Rational| match c {
        Scalar::Exact(c) => Some(tree::binary(
            BinOp::Mul,
            tree::rational(*c)?,
            tree::binary(BinOp::Pow, tree::var("x"), tree::rational(p)?),
        )),
        Scalar::Real(_) => None,
    };
    let parts: Option<Vec<Expr>> = terms
        .iter()
        .filter(|(c, _)| !c.is_zero())
        .map(|(c, p)| term(c, *p))
        .collect();
    match parts {
        Some(parts) => Ok(parts
            .into_iter()
            .reduce(|acc, t| tree::binary(BinOp::Add, acc, t))
            .unwrap_or(tree::int(0))),
        None => formula(&rational_powers_text(terms)),
    }
}

/// The text [`rational_powers`] builds the tree of.
fn rational_powers_text(terms: &[(Scalar, Rational)]) -> String {
    let parts: Vec<String> = terms
        .iter()
        .filter(|(c, _)| !c.is_zero())
        .map(|(c, p)| format!("({c})*x^({p})"))
        .collect();
    if parts.is_empty() {
        "0".to_string()
    } else {
        parts.join(" + ")
    }
}

fn domain() -> Equivalence {
    Equivalence::Formula {
        vars: vec![Domain::new("x", 0.5, 3.0)],
        tol: Tolerance::default(),
    }
}

/// The function as answer text.
pub fn function_text(p: &Params) -> String {
    match p {
        Params::Powers(terms) => {
            let parts: Vec<String> = terms.iter().map(|&(a, p)| power_text(a, p)).collect();
            parts.join(" + ").replace("+ -", "- ")
        }
        Params::Product(u, v) => format!("({u})*({v})"),
        Params::Quotient(u, v) => format!("({u})/({v})"),
    }
}

/// The function as a formula: the tree of [`function_text`], built from the terms (a product or
/// quotient from its two factors' trees, the brackets around them leave no trace in the tree).
fn function_tree(p: &Params) -> Result<Expr, GenError> {
    match p {
        Params::Powers(terms) => {
            let mut sum: Option<Expr> = None;
            for &(a, p) in terms {
                let Some(t) = a.checked_abs().and_then(|m| power_tree(m, p)) else {
                    return formula(&function_text(&Params::Powers(terms.clone())));
                };
                sum = Some(match sum {
                    None if a < 0 => negate_first(t),
                    None => t,
                    Some(acc) => {
                        let op = if a < 0 { BinOp::Sub } else { BinOp::Add };
                        tree::binary(op, acc, t)
                    }
                });
            }
            sum.ok_or(GenError::Redraw("no terms"))
        }
        Params::Product(u, v) => Ok(tree::binary(BinOp::Mul, formula(u)?, formula(v)?)),
        Params::Quotient(u, v) => Ok(tree::binary(BinOp::Div, formula(u)?, formula(v)?)),
    }
}

/// The two factors `u` and `v` of a product or quotient built by [`function_tree`].
fn factors(f: &Expr) -> Result<(Expr, Expr), GenError> {
    match f {
        Expr::Binary { lhs, rhs, .. } => Ok(((**lhs).clone(), (**rhs).clone())),
        _ => Err(GenError::Redraw("not a product or quotient")),
    }
}

/// `-t` as the parser reads a leading minus: on the first factor of a product.
fn negate_first(t: Expr) -> Expr {
    match t {
        Expr::Binary {
            op: BinOp::Mul,
            lhs,
            rhs,
            implicit,
        } => Expr::Binary {
            op: BinOp::Mul,
            lhs: Box::new(negate_first(*lhs)),
            rhs,
            implicit,
        },
        other => tree::neg(other),
    }
}

fn d(e: &Expr) -> Result<Expr, GenError> {
    derivative_result(e, "x").map_err(|_| GenError::Redraw("no derivative"))
}

// `hints` is set at the end of each level's long arm, after the mistakes it refers to.
#[allow(clippy::needless_late_init)]
pub fn build(_level: u8, p: &Params) -> Result<Draft, GenError> {
    let f = function_tree(p)?;
    let derivation = derivative(&f, "x").map_err(|_| GenError::Redraw("no derivative"))?;
    let expected = Value::Formula(derivation.result.clone());
    let eq = domain();
    let answer = AnswerSpec::with(expected.clone(), eq.clone());
    let mut ms = Mistakes::under(&expected, &eq);
    let hints;
    match p {
        Params::Powers(terms) => {
            let s = |a: i64, p: Rational| (Scalar::int(a) * Scalar::Exact(p), p);
            // n·a·xⁿ: the exponent not lowered.
            let unlowered: Vec<(Scalar, Rational)> = terms.iter().map(|&(a, p)| s(a, p)).collect();
            ms.require(
                "power_not_lowered",
                Value::Formula(rational_powers(&unlowered)?),
                "The power rule lowers the exponent by one: (xⁿ)' = n·xⁿ⁻¹, not n·xⁿ.",
            )?;
            let constant = terms.iter().find(|t| t.1.is_zero()).map_or(0, |t| t.0);
            let with_constant = add(&derivation.result, &Expr::Num(Scalar::int(constant)));
            ms.require(
                "constant_kept",
                Value::Formula(with_constant),
                "The constant term is still there: the derivative of a constant is 0.",
            )?;
            let raised: Vec<(Scalar, Rational)> = terms
                .iter()
                .map(|&(a, p)| {
                    let lowered = p.checked_sub(Rational::ONE).unwrap_or(p);
                    let up = p.checked_add(Rational::ONE).unwrap_or(p);
                    let power = if p.signum() < 0 { up } else { lowered };
                    (Scalar::int(a) * Scalar::Exact(p), power)
                })
                .collect();
            if terms.iter().any(|t| t.1.signum() < 0) {
                ms.optional(
                    "negative_power_raised",
                    Value::Formula(rational_powers(&raised)?),
                    "A negative exponent goes down by one too: (x⁻²)' = −2x⁻³, not −2x⁻¹.",
                );
            }
            let each: Vec<String> = terms
                .iter()
                .filter(|t| !t.1.is_zero())
                .map(|&(a, p)| {
                    let term = match power_tree(a, p) {
                        Some(t) => t,
                        None => formula(&power_text(a, p))?,
                    };
                    Ok(format!("({})' = {}", pretty(&term), pretty(&d(&term)?)))
                })
                .collect::<Result<_, GenError>>()?;
            hints = vec![
                format!(
                    "Differentiate {} term by term with the power rule (xⁿ)' = n·xⁿ⁻¹.",
                    pretty(&f)
                ),
                format!("{}, and the constant gives 0: add these.", each.join(", ")),
            ];
        }
        Params::Product(..) => {
            let (u, v) = factors(&f)?;
            let (du, dv) = (d(&u)?, d(&v)?);
            ms.require(
                "product_of_derivatives",
                Value::Formula(mul(&du, &dv)),
                "The derivative of a product is not the product of the derivatives: \
                 (u·v)' = u'·v + u·v'.",
            )?;
            ms.optional_first(
                "one_product_term",
                [mul(&du, &v), mul(&u, &dv)].map(Value::Formula),
                "That has only one of the product rule's two terms: (u·v)' = u'·v + u·v'.",
            );
            hints = vec![
                format!(
                    "Product rule with u = {} and v = {}: (u·v)' = u'·v + u·v'.",
                    pretty(&u),
                    pretty(&v)
                ),
                format!(
                    "u' = {} and v' = {}: put them into u'·v + u·v'.",
                    pretty(&du),
                    pretty(&dv)
                ),
            ];
        }
        Params::Quotient(..) => {
            let (u, v) = factors(&f)?;
            let (du, dv) = (d(&u)?, d(&v)?);
            let (num, swapped) = (
                sub(&mul(&du, &v), &mul(&u, &dv)),
                sub(&mul(&u, &dv), &mul(&du, &v)),
            );
            ms.require(
                "quotient_sign_swapped",
                Value::Formula(div(&swapped, &square(&v))),
                "The numerator's sign is swapped: (u/v)' = (u'·v − u·v')/v², the derivative of \
                 the top first.",
            )?;
            ms.require(
                "denominator_not_squared",
                Value::Formula(div(&num, &v)),
                "The denominator of the quotient rule is v², the bottom squared: \
                 (u/v)' = (u'·v − u·v')/v².",
            )?;
            ms.optional(
                "quotient_of_derivatives",
                Value::Formula(div(&du, &dv)),
                "The derivative of a quotient is not the quotient of the derivatives: \
                 (u/v)' = (u'·v − u·v')/v².",
            );
            hints = vec![
                format!(
                    "Quotient rule with u = {} and v = {}: (u/v)' = (u'·v − u·v')/v².",
                    pretty(&u),
                    pretty(&v)
                ),
                format!(
                    "u' = {} and v' = {}: put them into (u'·v − u·v')/v², with v² = {}².",
                    pretty(&du),
                    pretty(&dv),
                    factor_text(&v)
                ),
            ];
        }
    }
    let prompt = vec![
        Line::text("Differentiate"),
        Line::math(format!("f(x) = {}", pretty(&f))),
        Line::text(
            "Give f'(x) as a formula in x (for example 3*x^2 + 2*cos(x)); any equivalent form \
             is accepted.",
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

impl Exercise for DerivativeRules {
    fn id(&self) -> &'static str {
        "calc.derivative_rules"
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
        soundness_with(
            &DerivativeRules,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                let f = formula(&function_text(p)).unwrap();
                assert_derivative_formula(&f, d, &[0.6, 1.1, 1.7, 2.3, 2.9], 1e-5, ctx);
                let kind_ok = match (level, p) {
                    (1, Params::Powers(t)) => t.iter().all(|(a, p)| a.abs() <= 9 && p.is_integer()),
                    (2, Params::Powers(t)) => t.iter().any(|(_, p)| p.signum() < 0),
                    (2, Params::Product(..)) | (3, Params::Quotient(..)) => true,
                    _ => false,
                };
                assert!(kind_ok, "{ctx}: {p:?}");
                assert!(last_hint(d).contains("'"), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "power_not_lowered",
            "constant_kept",
            "negative_power_raised",
            "product_of_derivatives",
            "one_product_term",
            "quotient_sign_swapped",
            "denominator_not_squared",
            "quotient_of_derivatives",
        ]);
    }

    /// The trees built directly are the trees the parser reads from the texts they stand for.
    #[test]
    fn built_trees_are_the_parsed_texts() {
        let parsed = |t: &str| formula(t).unwrap();
        for level in 1..=3 {
            for seed in 0..400 {
                let mut rng = DrillRng::from_seed_u64(seed);
                let Ok(p) = draw(level, &mut rng) else {
                    continue;
                };
                let text = function_text(&p);
                assert_eq!(function_tree(&p).unwrap(), parsed(&text), "{text}");
                if let Params::Powers(terms) = &p {
                    for &(a, p) in terms {
                        for a in [a, -a] {
                            let t = power_text(a, p);
                            assert_eq!(power_tree(a, p), Some(parsed(&t)), "{t}");
                        }
                    }
                }
            }
        }
        let q = |n, d| Rational::new(n, d).unwrap();
        let terms = [
            (Scalar::Exact(q(-3, 2)), q(-1, 2)),
            (Scalar::int(0), q(5, 1)),
            (Scalar::int(4), q(0, 1)),
            (Scalar::int(-6), q(-3, 1)),
            (Scalar::Exact(q(7, 3)), q(2, 1)),
        ];
        for k in 0..=terms.len() {
            let t = rational_powers_text(&terms[..k]);
            assert_eq!(rational_powers(&terms[..k]).unwrap(), parsed(&t), "{t}");
        }
        let negative_first = Params::Powers(vec![(-1, q(3, 1)), (-5, q(-1, 2)), (-2, q(0, 1))]);
        let text = function_text(&negative_first);
        assert_eq!(text, "-1*x^3 - 5*x^(-1/2) - 2");
        assert_eq!(function_tree(&negative_first).unwrap(), parsed(&text));
        // A number without a tree falls back to the text.
        let extreme = Params::Powers(vec![(i64::MIN, q(2, 1)), (3, q(0, 1))]);
        assert_eq!(
            function_tree(&extreme).ok(),
            formula(&function_text(&extreme)).ok()
        );
    }
}
