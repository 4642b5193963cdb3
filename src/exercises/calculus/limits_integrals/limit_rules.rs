//! `calc.limit_rules`: the limit of a standard form, as an exact number.
//!
//! Level 1: a rational function at a removable point, `(x − r)(x − s)/(x − r)` written expanded
//! (factor and cancel: the limit is `r − s`), or a ratio of quadratics at ±∞ (the leading terms:
//! `a/d`). Level 2: `sin(ax)/(bx) → a/b`, `(1 − cos(ax))/(bx²) → a²/(2b)`,
//! `(eᵃˣ − 1)/(bx) → a/b` at 0. Level 3: `(1 + a/x)^(bx) → e^(ab)` at ∞ (|ab| ≤ 4), or
//! `(eᵃˣ − 1 − ax)/x² → a²/2` at 0 by L'Hopital's rule twice.
//!
//! Named mistakes: substituting directly (0/0 read as 0), the ratio of the wrong terms at ∞
//! (the constant terms, or the leading ratio upside down), forgetting the constant `a` of the
//! standard form (`sin(ax)/x → 1`), dropping the ½ of `1 − cos`, reading `1^∞` as 1.

use super::common::{cancel_steps, kx, removable_fraction, removable_mistakes};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, factor, num, poly, signed_join, superscript};
use crate::math::Scalar;

pub struct LimitRules;

/// The form of the limit, with its constants.
#[derive(Clone, Debug, PartialEq)]
pub enum Form {
    /// `(x² − (r + s)x + rs)/(x − r)` as `x → r`.
    Removable { r: i64, s: i64 },
    /// `(n₂x² + n₁x + n₀)/(d₂x² + d₁x + d₀)` as `x → ±∞` (`positive`: +∞).
    AtInfinity {
        num: [i64; 3],
        den: [i64; 3],
        positive: bool,
    },
    /// `sin(ax)/(bx)` as `x → 0`.
    Sine { a: i64, b: i64 },
    /// `(1 − cos(ax))/(bx²)` as `x → 0`.
    Cosine { a: i64, b: i64 },
    /// `(eᵃˣ − 1)/(bx)` as `x → 0`.
    Exp { a: i64, b: i64 },
    /// `(1 + a/x)^(bx)` as `x → ∞`.
    Compound { a: i64, b: i64 },
    /// `(eᵃˣ − 1 − ax)/x²` as `x → 0`.
    Hopital { a: i64 },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Form, GenError> {
    Ok(match level {
        1 if rng.chance(1, 2) => {
            let r = rng.nonzero_int(-5, 5);
            let s = rng.nonzero_int(-6, 6);
            if s == r {
                return Err(GenError::Redraw("a double root"));
            }
            Form::Removable { r, s }
        }
        1 => {
            let num = [
                rng.nonzero_int(-9, 9),
                rng.int(-9, 9),
                rng.nonzero_int(-9, 9),
            ];
            let den = [
                rng.nonzero_int(-6, 6),
                rng.int(-9, 9),
                rng.nonzero_int(-9, 9),
            ];
            Form::AtInfinity {
                num,
                den,
                positive: rng.chance(2, 3),
            }
        }
        2 => {
            let (a, b) = (rng.int(2, 9), rng.int(1, 5));
            match rng.below(3) {
                0 => Form::Sine { a, b },
                1 => Form::Cosine { a, b },
                _ => Form::Exp { a, b },
            }
        }
        3 if rng.chance(1, 2) => {
            let (a, b) = (rng.nonzero_int(-2, 2), rng.int(2, 3));
            if (a * b).abs() > 4 {
                return Err(GenError::Redraw("e^(ab) too large or too small"));
            }
            Form::Compound { a, b }
        }
        3 => Form::Hopital {
            a: rng.nonzero_int(-6, 6),
        },
        l => return Err(GenError::Level(l)),
    })
}

/// `a/b` as an exact scalar.
fn ratio(a: i64, b: i64) -> Scalar {
    Scalar::frac(a, b)
}

/// The first step at x = 0: `Substituting x = 0 gives 0/0. Use the standard limit … with …`.
fn standard_limit(limit: &str, with: &str) -> Line {
    Line::text("Substituting ")
        .m("x = 0")
        .t(" gives 0/0. Use the standard limit ")
        .m(limit)
        .t(" with ")
        .m(with)
}

/// `g/(b·x)`, `g/x` when b = 1.
fn over_bx(g: &str, b: i64, power: u32) -> String {
    let x = if power == 1 {
        "x".to_string()
    } else {
        format!("x{}", superscript(power))
    };
    if b == 1 {
        format!("{g}/{x}")
    } else {
        format!("{g}/({b}{x})")
    }
}

/// The quadratic `c₂x² + c₁x + c₀`.
fn quadratic(c: &[i64; 3]) -> String {
    poly(&[
        (Scalar::int(c[0]), 2),
        (Scalar::int(c[1]), 1),
        (Scalar::int(c[2]), 0),
    ])
}

/// What a form's draft is made of, before the common prompt is put around it.
struct Parts {
    /// `f(x) = …` and the point (`3`, `∞`, `−∞`, `0`).
    f: String,
    at: String,
    value: Scalar,
    exact: Option<String>,
    solution: Vec<Line>,
    hints: Vec<String>,
}

pub fn build(_level: u8, form: &Form) -> Result<Draft, GenError> {
    let p = parts(form);
    let spec = match &p.exact {
        Some(text) => AnswerSpec::scalar(p.value).exact_as(text.clone()),
        None => AnswerSpec::scalar(p.value),
    };
    let mistakes = mistakes(form, &spec.expected)?;
    let prompt = vec![
        match p.at.as_str() {
            "+inf" => Line::text("Find the limit of ")
                .m("f(x)")
                .t(" as x grows without bound, where"),
            "-inf" => Line::text("Find the limit of ")
                .m("f(x)")
                .t(" as x decreases without bound, where"),
            at => Line::text("Find the limit of ")
                .m("f(x)")
                .t(" as ")
                .m(format!("x → {at}"))
                .t(", where"),
        },
        Line::math(format!("f(x) = {}", p.f)),
        Line::text(
            "Give the exact value: a whole number, a fraction such as 3/2, or an exponential \
             such as e^2.",
        ),
    ];
    Ok(Draft {
        prompt,
        answer: spec,
        solution: p.solution,
        hints: p.hints,
        mistakes,
    })
}

fn parts(form: &Form) -> Parts {
    match *form {
        Form::Removable { r, s } => {
            let (solution, hints) = cancel_steps(r, s);
            Parts {
                f: removable_fraction(r, s),
                at: num(Scalar::int(r)),
                value: Scalar::int(r - s),
                exact: None,
                solution,
                hints,
            }
        }
        Form::AtInfinity {
            num: n,
            den: d,
            positive,
        } => {
            let value = ratio(n[0], d[0]);
            let sign = if positive { "+inf" } else { "-inf" };
            let over = |c: &[i64; 3]| {
                let terms = [
                    (c[0], String::new()),
                    (c[1], "/x".to_string()),
                    (c[2], "/x²".to_string()),
                ];
                let parts: Vec<(bool, String)> = terms
                    .iter()
                    .filter(|(k, _)| *k != 0)
                    .map(|(k, t)| (*k < 0, format!("{}{t}", num(Scalar::int(k.abs())))))
                    .collect();
                signed_join(&parts)
            };
            Parts {
                f: format!("({})/({})", quadratic(&n), quadratic(&d)),
                at: sign.into(),
                value,
                exact: None,
                solution: vec![
                    Line::text("Divide the numerator and the denominator by ")
                        .m("x²")
                        .t(", the highest power:"),
                    Line::math(format!("f(x) = ({})/({})", over(&n), over(&d))),
                    Line::text(if positive {
                        "As x grows"
                    } else {
                        "As x decreases"
                    })
                    .t(" without bound, every term with ")
                    .m("x")
                    .t(" in its denominator goes to 0:"),
                    Line::math(chain(
                        "lim f(x)",
                        &[
                            format!("{}/{}", num(Scalar::int(n[0])), factor(Scalar::int(d[0]))),
                            num(value),
                        ],
                    )),
                ],
                hints: vec![
                    "At ±∞ the highest powers dominate: divide the numerator and the \
                     denominator by x², and every other term tends to 0."
                        .to_string(),
                    format!(
                        "Only the x² terms survive: the limit is the ratio of their \
                         coefficients, {} over {}.",
                        num(Scalar::int(n[0])),
                        num(Scalar::int(d[0]))
                    ),
                ],
            }
        }
        Form::Sine { a, b } | Form::Exp { a, b } => {
            let sine = matches!(form, Form::Sine { .. });
            let (g, std, name) = if sine {
                (format!("sin({})", kx(a)), "sin(u)/u → 1", "sin(u)/u")
            } else {
                (
                    format!("exp({}) − 1", kx(a)),
                    "(exp(u) − 1)/u → 1",
                    "(exp(u) − 1)/u",
                )
            };
            let g_paren = if sine { g.clone() } else { format!("({g})") };
            let value = ratio(a, b);
            let u = kx(a);
            let f = over_bx(&g_paren, b, 1);
            let scaled = if sine {
                format!("sin({u})/({u})")
            } else {
                format!("(exp({u}) − 1)/({u})")
            };
            let coef = num(ratio(a, b));
            let c = multiplier(a, b);
            Parts {
                f,
                at: "0".into(),
                value,
                exact: None,
                solution: vec![
                    standard_limit(&format!("{std} as u → 0"), &format!("u = {u}:")),
                    Line::math(format!("f(x) = {c}{scaled}")),
                    Line::math(chain("lim f(x)", &[format!("{c}1"), coef.clone()])),
                ],
                hints: vec![
                    format!(
                        "Substituting x = 0 gives 0/0. Make the standard form {name} with \
                         u = {u}: multiply and divide by {a}."
                    ),
                    format!("f(x) = {c}{scaled}, and {scaled} → 1 as x → 0."),
                ],
            }
        }
        Form::Cosine { a, b } => {
            let value = Scalar::frac(a * a, 2 * b);
            let u = kx(a);
            let f = over_bx(&format!("(1 − cos({u}))"), b, 2);
            let c = multiplier(a * a, b);
            Parts {
                f,
                at: "0".into(),
                value,
                exact: None,
                solution: vec![
                    standard_limit(
                        "(1 − cos u)/u² → 1/2",
                        &format!("u = {u}, u² = {}x²:", a * a),
                    ),
                    Line::math(format!("f(x) = {c}(1 − cos({u}))/({u})²")),
                    Line::math(chain("lim f(x)", &[format!("{c}(1/2)"), num(value)])),
                ],
                hints: vec![
                    format!(
                        "Substituting x = 0 gives 0/0. The standard form is (1 − cos u)/u² → \
                         1/2 as u → 0; here u = {u}, so u² = {}x².",
                        a * a
                    ),
                    format!("f(x) = {c}(1 − cos({u}))/({u})², and the last factor tends to 1/2."),
                ],
            }
        }
        Form::Compound { a, b } => {
            let ab = a * b;
            let value = Scalar::Real((ab as f64).exp());
            let a_over = if a < 0 {
                format!("(1 − {}/x)", -a)
            } else {
                format!("(1 + {a}/x)")
            };
            let f = format!("{a_over}^({b}x)");
            let e_ab = power_of_e(ab);
            Parts {
                f,
                at: "+inf".into(),
                value,
                exact: Some(format!("e^({ab})")),
                solution: vec![
                    Line::text(
                        "The base tends to 1 while the exponent grows without bound: that form \
                         is not 1. Take logarithms:",
                    ),
                    Line::math(format!("ln f(x) = {b}x·ln{a_over}")),
                    Line::text("With ")
                        .m("ln(1 + t) ≈ t")
                        .t(" for small ")
                        .m("t")
                        .t(" (or L'Hopital's rule):"),
                    Line::math(chain(
                        "lim ln f(x)",
                        &[
                            format!("{b}·{}", factor(Scalar::int(a))),
                            num(Scalar::int(ab)),
                        ],
                    )),
                    Line::math(format!("lim f(x) = {e_ab} = {}", num(value))),
                ],
                hints: vec![
                    format!(
                        "The base tends to 1 and the exponent to ∞: 1^∞ is not 1. Use \
                         (1 + c/x)^x → eᶜ, or take logarithms: ln f(x) = {b}x·ln{a_over}."
                    ),
                    format!(
                        "f(x) = ({a_over}^x)^{b}, and {a_over}^x → e^({a}); raise that to the \
                         power {b}."
                    ),
                ],
            }
        }
        Form::Hopital { a } => {
            let value = Scalar::frac(a * a, 2);
            let u = kx(a);
            let lin = if a < 0 {
                format!("+ {}", kx(-a))
            } else {
                format!("− {u}")
            };
            let f = format!("(exp({u}) − 1 {lin})/x²");
            let a_s = num(Scalar::int(a));
            let e_term = |k: i64| match k {
                1 => format!("exp({u})"),
                -1 => format!("−exp({u})"),
                k => format!("{}exp({u})", num(Scalar::int(k))),
            };
            let minus_a = signed_join(&[(false, e_term(a)), (a > 0, a.abs().to_string())]);
            let first = format!("({minus_a})/(2x)");
            let second = format!("{}/2", e_term(a * a));
            Parts {
                f,
                at: "0".into(),
                value,
                exact: None,
                solution: vec![
                    Line::text("At ").m("x = 0").t(
                        " this is 0/0: apply L'Hopital's rule (differentiate the numerator \
                            and the denominator):",
                    ),
                    Line::math(format!("f₁(x) = {first}")),
                    Line::text("Still 0/0 at ").m("x = 0").t(", so once more:"),
                    Line::math(format!("f₂(x) = {second}")),
                    Line::math(chain("lim f(x)", &[format!("{}·1/2", a * a), num(value)])),
                ],
                hints: vec![
                    format!(
                        "0/0 at x = 0: L'Hopital's rule. The derivative of e^({u}) is \
                         {a_s}·e^({u}) (chain rule)."
                    ),
                    format!(
                        "After one step, {first} is still 0/0; after the second, the limit is \
                         that of {second} at x = 0."
                    ),
                ],
            }
        }
    }
}

/// `p/q·` as a factor in front: `(3/2)·`, `3·`.
fn multiplier(p: i64, q: i64) -> String {
    format!("{}·", factor(Scalar::frac(p, q)))
}

/// `e²`, `e⁻³`, `e`.
fn power_of_e(k: i64) -> String {
    match k {
        1 => "e".into(),
        k if k < 0 => format!("e⁻{}", superscript(k.unsigned_abs() as u32)),
        k => format!("e{}", superscript(k as u32)),
    }
}

fn mistakes(
    form: &Form,
    expected: &crate::expr::Value,
) -> Result<Vec<crate::engine::Mistake>, GenError> {
    let mut ms = Mistakes::new(expected);
    let direct = "Substituting directly gives 0/0, and 0/0 is not 0: it is an indeterminate \
                  form, which says that both parts vanish here. Rewrite f first.";
    let forgot_constant = "You used the standard limit but dropped the constant that multiplies \
                           x inside the function: the standard form needs the same expression \
                           in the denominator, so multiply and divide by that constant first.";
    match *form {
        Form::Removable { r, s } => removable_mistakes(&mut ms, r, s)?,
        Form::AtInfinity { num: n, den: d, .. } => {
            ms.require(
                "constant_terms",
                ratio(n[2], d[2]),
                "That is the ratio of the constant terms, the value at x = 0. At ±∞ the \
                 highest powers dominate: compare the x² terms.",
            )?;
            ms.require(
                "inverted",
                ratio(d[0], n[0]),
                "That is the ratio upside down: the numerator's leading coefficient goes on \
                 top.",
            )?;
            if d[1] != 0 {
                ms.optional(
                    "linear_terms",
                    ratio(n[1], d[1]),
                    "That is the ratio of the x terms. At ±∞ the highest power dominates: x².",
                );
            }
        }
        Form::Sine { a: _, b } | Form::Exp { a: _, b } => {
            ms.require("forgot_constant", ratio(1, b), forgot_constant)?;
            ms.require("direct_substitution", Scalar::ZERO, direct)?;
        }
        Form::Cosine { a, b } => {
            ms.require("forgot_constant", Scalar::frac(1, 2 * b), forgot_constant)?;
            ms.require(
                "forgot_half",
                Scalar::frac(a * a, b),
                "The standard limit of (1 − cos u)/u² is one half, not 1: 1 − cos u ≈ u²/2 for \
                 small u.",
            )?;
            ms.optional("direct_substitution", Scalar::ZERO, direct);
        }
        Form::Compound { a, .. } => {
            ms.require(
                "one_to_the_infinity",
                Scalar::ONE,
                "1^∞ is an indeterminate form, not 1: the base approaches 1 while the exponent \
                 grows, and the two effects balance. Take logarithms.",
            )?;
            ms.require(
                "forgot_constant",
                Scalar::Real((a as f64).exp()),
                "That is the limit of (1 + c/x)^x, with the exponent x. Here the exponent has a \
                 factor too: raise the limit to that power.",
            )?;
        }
        Form::Hopital { a } => {
            ms.require(
                "forgot_constant",
                Scalar::frac(1, 2),
                "The chain rule was dropped: the derivative of the exponential brings down the \
                 constant that multiplies x, once at each of the two differentiations.",
            )?;
            ms.require(
                "forgot_half",
                Scalar::int(a * a),
                "The denominator's second derivative is 2, not 1: (x²)″ = 2.",
            )?;
            ms.optional("direct_substitution", Scalar::ZERO, direct);
        }
    }
    ms.finish()
}

impl Exercise for LimitRules {
    fn id(&self) -> &'static str {
        "calc.limit_rules"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

/// The form as an f64 function and its point, written directly from the definition (for the
/// tests' numerical limit).
#[cfg(test)]
pub fn as_function(form: &Form) -> (Box<dyn Fn(f64) -> f64>, f64) {
    match form.clone() {
        Form::Removable { r, s } => {
            let (r, s) = (r as f64, s as f64);
            (
                Box::new(move |x: f64| (x * x - (r + s) * x + r * s) / (x - r)),
                r,
            )
        }
        Form::AtInfinity {
            num: n,
            den: d,
            positive,
        } => {
            let q = |c: [i64; 3], x: f64| c[0] as f64 * x * x + c[1] as f64 * x + c[2] as f64;
            let at = if positive {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
            (Box::new(move |x: f64| q(n, x) / q(d, x)), at)
        }
        Form::Sine { a, b } => (
            Box::new(move |x: f64| (a as f64 * x).sin() / (b as f64 * x)),
            0.0,
        ),
        Form::Cosine { a, b } => (
            Box::new(move |x: f64| (1.0 - (a as f64 * x).cos()) / (b as f64 * x * x)),
            0.0,
        ),
        Form::Exp { a, b } => (
            Box::new(move |x: f64| (a as f64 * x).exp_m1() / (b as f64 * x)),
            0.0,
        ),
        Form::Compound { a, b } => (
            Box::new(move |x: f64| (1.0 + a as f64 / x).powf(b as f64 * x)),
            f64::INFINITY,
        ),
        Form::Hopital { a } => {
            let a = a as f64;
            (
                Box::new(move |x: f64| ((a * x).exp() - 1.0 - a * x) / (x * x)),
                0.0,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};
    use crate::math::calculus::limits::limit;

    #[test]
    fn answers_match_a_numerical_limit_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &LimitRules,
            &[1, 2, 3],
            draw,
            build,
            |level, form, d, ctx| {
                let (f, at) = as_function(form);
                let numeric = limit(&f, at).unwrap_or_else(|e| panic!("{ctx}: {e}"));
                let got = answer_f64(d);
                assert!(
                    (got - numeric).abs() <= 1e-6 * got.abs().max(1.0),
                    "{ctx}: {got} vs the numerical limit {numeric}"
                );
                // Sizes per level: small integers at 1, a/b with b ≤ 5 at 2, e^(ab) or a²/2 at 3.
                assert!(
                    got.abs() <= [11.0, 40.5, 55.0][level as usize - 1],
                    "{ctx}: {got}"
                );
                let hint = last_hint(d);
                match form {
                    Form::Removable { .. } => assert!(hint.contains("cancel"), "{ctx}"),
                    Form::AtInfinity { .. } => assert!(hint.contains("ratio"), "{ctx}"),
                    Form::Compound { .. } => assert!(hint.contains("raise"), "{ctx}"),
                    Form::Hopital { .. } => assert!(hint.contains("second"), "{ctx}"),
                    _ => assert!(
                        hint.contains("f(x) = ") && hint.contains("1"),
                        "{ctx}: {hint}"
                    ),
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&[
            "direct_substitution",
            "factor_sign",
            "constant_terms",
            "inverted",
            "linear_terms",
        ]);
        seen[1].assert_exactly(&["forgot_constant", "direct_substitution", "forgot_half"]);
        seen[2].assert_exactly(&[
            "one_to_the_infinity",
            "forgot_constant",
            "forgot_half",
            "direct_substitution",
        ]);
    }
}
