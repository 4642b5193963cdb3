//! `calc.tangent_slope`: the slope f'(a) of a function at a point, and the tangent line.
//!
//! Level 1: a cubic with integer coefficients at an integer point in −3..3. Level 2: a function
//! with eˣ, ln x, sin x or cos x at a point where they are nice (x = 0, x = 1 for ln, x = π for
//! the trigonometric ones), so that f'(a) is an integer. Level 3: the y-intercept of the tangent
//! line to a cubic at an integer point, `f(a) − a·f'(a)`, or (one draw in two) the velocity of a
//! moving object `s(t)` in m at a time `t = a` s, in m/s.
//!
//! Named mistakes: f(a) for f'(a), the average rate over [a, a + 1] (the secant's slope) for the
//! instantaneous one, f' taken at −a (a sign slip when substituting); at level 3 the slope for the
//! intercept and the intercept's sign slip `f(a) + a·f'(a)`.

use super::build::{formula, substitute};
use super::poly;
use super::steps::rule_lines;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, num};
use crate::expr::{Expr, evaluate};
use crate::math::Scalar;
use crate::math::calculus::symbolic::{derivative, pretty};

pub struct TangentSlope;

#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// The function as answer text.
    pub f: String,
    /// The point as answer text (`2`, `pi`) and as a number.
    pub point: String,
    /// Level 3: the intercept is asked (else the slope); `motion`: the slope as a velocity.
    pub intercept: bool,
    pub motion: bool,
}

fn cubic(rng: &mut DrillRng) -> String {
    let c: Vec<Scalar> = [
        rng.int(-9, 9),
        rng.int(-6, 6),
        rng.int(-4, 4),
        rng.nonzero_int(-3, 3),
    ]
    .map(Scalar::int)
    .to_vec();
    poly::text(&c)
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let mut p = Params {
        f: String::new(),
        point: rng.int(-3, 3).to_string(),
        intercept: false,
        motion: false,
    };
    match level {
        1 => p.f = cubic(rng),
        2 => {
            let (a, b) = (rng.nonzero_int(-5, 5), rng.nonzero_int(-4, 4));
            let (f, point) = match rng.index(5) {
                0 => (format!("{a}*e^x + {b}*x^2"), "0"),
                1 => (format!("e^({a}*x) + {b}*x"), "0"),
                2 => (format!("{a}*ln(x) + {b}*x^2"), "1"),
                3 => (format!("{a}*sin(x) + {b}*cos(x)"), "0"),
                _ => (format!("{a}*cos(x) + {b}*x"), "pi"),
            };
            p.f = f.replace("+ -", "- ");
            p.point = point.into();
        }
        3 => {
            p.f = cubic(rng);
            if rng.chance(1, 2) {
                p.motion = true;
                p.point = rng.int(1, 4).to_string();
            } else {
                p.intercept = true;
                if p.point == "0" {
                    return Err(GenError::Redraw("the intercept at 0 is f(0)"));
                }
            }
        }
        l => return Err(GenError::Level(l)),
    }
    Ok(p)
}

/// `e` at `x = a`, exactly where the arithmetic is rational (polynomials at integers), else a
/// real rounded to an integer when it is one to 1e-9 (eˣ at 0, sin at π).
fn at(e: &Expr, a: &Expr) -> Result<Scalar, GenError> {
    let v = evaluate(&substitute(e, "x", a)).map_err(|_| GenError::Redraw("undefined at a"))?;
    let s = v.as_scalar().ok_or(GenError::Redraw("not a number"))?;
    let r = s.to_f64().round();
    if !s.is_exact() && (s.to_f64() - r).abs() < 1e-9 {
        return Ok(Scalar::int(r as i64));
    }
    Ok(s)
}

pub fn build(_level: u8, p: &Params) -> Result<Draft, GenError> {
    let f = formula(&p.f)?;
    let a = formula(&p.point)?;
    let a_text = pretty(&a);
    let derivation = derivative(&f, "x").map_err(|_| GenError::Redraw("no derivative"))?;
    let df = derivation.result.clone();
    let slope = at(&df, &a)?;
    let value = at(&f, &a)?;
    let a_val = at(&Expr::Var("x".into()), &a)?;
    let next = at(&f, &formula(&format!("({}) + 1", p.point))?)?;
    let secant = next - value;
    let intercept = value - a_val * slope;
    let asked = if p.intercept { intercept } else { slope };
    if asked.to_f64().abs() > 500.0 || slope.is_zero() {
        return Err(GenError::Redraw("a zero slope or a large answer"));
    }
    let answer = AnswerSpec::scalar(asked);
    let mut ms = Mistakes::new(&answer.expected);
    let (fp, fa) = if p.motion {
        ("v(t)", "s(t)")
    } else {
        ("f'(x)", "f(x)")
    };
    if p.intercept {
        ms.require(
            "slope_not_intercept",
            slope,
            "That is the slope f'(a) of the tangent line. The y-intercept is where the line \
             crosses x = 0: y = f(a) + f'(a)·(0 − a).",
        )?;
        ms.require(
            "intercept_sign",
            value + a_val * slope,
            "Check the sign: the tangent line is y = f(a) + f'(a)·(x − a), so at x = 0 it is \
             f(a) − a·f'(a).",
        )?;
        ms.optional(
            "value_not_slope",
            value,
            "That is f(a), the point of tangency's height, not where the line meets the y-axis.",
        );
    } else {
        ms.require(
            "value_not_slope",
            value,
            format!(
                "That is the value {fa} at the point, not its rate of change: differentiate \
                 first, then substitute."
            ),
        )?;
        ms.require(
            "secant_slope",
            secant,
            "That is the average rate of change over one unit after the point (the slope of a \
             secant). The instantaneous rate is the derivative at the point itself.",
        )?;
        if p.point != "0" {
            let minus = formula(&format!("-({})", p.point))?;
            ms.optional(
                "sign_slip",
                at(&df, &minus)?,
                "Check the signs when you substitute the point: a negative number raised to an \
                 odd power stays negative.",
            );
        }
    }

    let mut prompt = Vec::new();
    let mut solution = rule_lines(&derivation);
    let substituted = chain(
        &format!("f'({a_text})"),
        &[pretty(&substitute(&df, "x", &a)), num(slope)],
    );
    let hints;
    if p.motion {
        prompt.push(Line::text(
            "An object moves along a line; its position after t seconds is",
        ));
        let s_t = pretty(&f).replace('x', "t");
        prompt.push(Line::math(format!("s(t) = {s_t}")));
        prompt.push(
            Line::text("in metres. Find its velocity, in m/s, at ")
                .m(format!("t = {a_text}"))
                .t("."),
        );
        solution.insert(
            0,
            Line::text("The velocity is the derivative of the position: ").m("v(t) = s'(t)"),
        );
        solution.push(Line::math(format!(
            "v({a_text}) = {}",
            chain(
                &pretty(&substitute(&df, "x", &a)).replace('x', "t"),
                &[num(slope)]
            )
        )));
        hints = vec![
            format!("The velocity is v(t) = s'(t); differentiate s(t) = {s_t}."),
            format!(
                "v(t) = {}: put in t = {a_text}.",
                pretty(&df).replace('x', "t")
            ),
        ];
    } else {
        prompt.push(Line::math(format!("f(x) = {}", pretty(&f))));
        if p.intercept {
            prompt.push(
                Line::text("Find the y-intercept of the tangent line to the graph of f at ")
                    .m(format!("x = {a_text}"))
                    .t("."),
            );
            solution.push(Line::math(substituted));
            solution.push(Line::math(format!(
                "f({a_text}) = {}",
                poly_at(&f, &a, value)
            )));
            solution.push(Line::math(format!(
                "y = f({a_text}) + f'({a_text})·(x − {})",
                paren_num(a_val)
            )));
            solution.push(Line::text("At x = 0: ").m(chain(
                &format!("y = f({a_text}) − {}·f'({a_text})", paren_num(a_val)),
                &[
                    format!("{} − {}·{}", num(value), paren_num(a_val), paren_num(slope)),
                    num(intercept),
                ],
            )));
            hints = vec![
                format!(
                    "Differentiate: f'(x) = {}. The tangent line at a is y = f(a) + f'(a)·(x − a).",
                    pretty(&df)
                ),
                format!(
                    "f({a_text}) = {} and f'({a_text}) = {}: put x = 0 into the tangent line.",
                    num(value),
                    num(slope)
                ),
            ];
        } else {
            prompt.push(
                Line::text(
                    "Find the slope of the graph of f (the instantaneous rate of change) \
                            at ",
                )
                .m(format!("x = {a_text}"))
                .t("."),
            );
            solution.push(Line::math(substituted));
            hints = vec![
                format!("Differentiate f(x) = {} first.", pretty(&f)),
                format!("{fp} = {}: put in x = {a_text}.", pretty(&df)),
            ];
        }
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

/// `f(a)` written out: the function with the point substituted, then its value.
fn poly_at(f: &Expr, a: &Expr, value: Scalar) -> String {
    chain(&pretty(&substitute(f, "x", a)), &[num(value)])
}

/// A number as a factor: negatives in parentheses.
fn paren_num(x: Scalar) -> String {
    crate::exercises::common::factor(x)
}

impl Exercise for TangentSlope {
    fn id(&self) -> &'static str {
        "calc.tangent_slope"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};
    use crate::expr::eval_at;
    use crate::math::calculus::dual::derivative_at;

    #[test]
    fn slopes_match_dual_numbers_and_a_central_difference() {
        let mut seen = Seen::default();
        soundness_with(
            &TangentSlope,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                let f = formula(&p.f).unwrap();
                let a = match p.point.as_str() {
                    "pi" => std::f64::consts::PI,
                    t => t.parse::<f64>().unwrap(),
                };
                let fx = |x: f64| eval_at(&f, &[("x", x)]).unwrap();
                let slope = derivative_at(&f, "x", &[("x", a)]).unwrap();
                let h = 1e-5;
                let fd = (fx(a + h) - fx(a - h)) / (2.0 * h);
                assert!((slope - fd).abs() < 1e-6 * slope.abs().max(1.0), "{ctx}");
                let want = if p.intercept {
                    fx(a) - a * slope
                } else {
                    slope
                };
                let got = answer_f64(d);
                assert!(
                    (got - want).abs() < 1e-9 * want.abs().max(1.0),
                    "{ctx}: {got} vs {want}"
                );
                assert_eq!(p.intercept || p.motion, level == 3, "{ctx}");
                // Every answer is an integer here, by the choice of points.
                assert_eq!(got, got.round(), "{ctx}");
                assert!(last_hint(d).contains(if p.intercept { "x = 0" } else { "put in" }));
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "value_not_slope",
            "secant_slope",
            "sign_slip",
            "slope_not_intercept",
            "intercept_sign",
        ]);
    }
}
