//! `calc.antiderivative`: `∫ f(x) dx` as a formula, checked up to a constant
//! ([`Equivalence::Antiderivative`] at random points of `0.5 ≤ x ≤ 3` where `ln|x|` may appear,
//! `−1.5 ≤ x ≤ 1.5` for exponentials and sines, `−2 ≤ x ≤ 2` for the substitutions: wide enough
//! that a coefficient moved by 1% changes F by more than a constant).
//!
//! Level 1: a sum of powers `c·xⁿ` (n = 0–3), sometimes with `c/x → c·ln|x|`. Level 2: `a·eᵏˣ`
//! plus `b·sin(mx)` or `b·cos(mx)` (constants chosen so that `a/k` and `b/m` are whole numbers).
//! Level 3: a u-substitution with `u = x² + c` or `u = c·x²`: `2cp·x·e^(cx²)`,
//! `2p·x/(x² + c)`, `2(n + 1)p·x·(x² + c)ⁿ`.
//!
//! Named mistakes: differentiating instead of integrating; the power rule without dividing by
//! n + 1; a missing `1/k` from the chain rule in reverse (also the 1/2 of `u′ = 2x`); the sign of
//! `∫ sin = −cos`.

use super::common::{formula, kx};
use crate::engine::{
    AnswerSpec, Domain, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, Term, factor, num, poly};
use crate::math::Scalar;

pub struct Antiderivative;

/// The test interval of x: wide enough that the forms vary (a 1% change of a coefficient is
/// more than a constant), positive where `ln|x|` appears.
fn domain(g: &Integrand) -> (f64, f64) {
    match g {
        Integrand::Powers { .. } => (0.5, 3.0),
        Integrand::Standard { .. } => (-1.5, 1.5),
        _ => (-2.0, 2.0),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Integrand {
    /// `Σ c·xⁿ + r/x`.
    Powers { terms: Vec<Term>, recip: i64 },
    /// `a·eᵏˣ + b·sin(mx)` (or cos): `a = k·p`, `b = m·q`.
    Standard {
        k: i64,
        p: i64,
        m: i64,
        q: i64,
        sine: bool,
    },
    /// `2cp·x·e^(cx²)`.
    ExpSquare { c: i64, p: i64 },
    /// `2p·x/(x² + c)`.
    LogRatio { c: i64, p: i64 },
    /// `2(n + 1)p·x·(x² + c)ⁿ`.
    PowerChain { c: i64, n: u32, p: i64 },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Integrand, GenError> {
    Ok(match level {
        1 => {
            let mut terms = Vec::new();
            let top = rng.int(2, 3) as u32;
            for n in (0..=top).rev() {
                let c = if n == top {
                    rng.nonzero_int(-5, 5)
                } else {
                    rng.int(-6, 6)
                };
                // Multiples of n + 1 for the top power keep its coefficient whole.
                let c = if n == top { c * (n as i64 + 1) } else { c };
                terms.push((Scalar::int(c), n));
            }
            let recip = if rng.chance(1, 3) {
                rng.nonzero_int(-4, 4)
            } else {
                0
            };
            Integrand::Powers { terms, recip }
        }
        2 => Integrand::Standard {
            k: *rng.pick(&[-3, -2, 2, 3, 4]),
            p: rng.nonzero_int(-3, 3),
            m: rng.int(2, 5),
            q: rng.nonzero_int(-3, 3),
            sine: rng.chance(1, 2),
        },
        3 => match rng.below(3) {
            0 => Integrand::ExpSquare {
                c: *rng.pick(&[-2, -1, 1]),
                p: rng.nonzero_int(-3, 3),
            },
            1 => Integrand::LogRatio {
                c: rng.int(1, 9),
                p: rng.nonzero_int(-4, 4),
            },
            _ => Integrand::PowerChain {
                c: rng.int(1, 5),
                n: rng.int(2, 3) as u32,
                p: rng.nonzero_int(-2, 2),
            },
        },
        l => return Err(GenError::Level(l)),
    })
}

/// `c·` in front of a function: `3·`, `−2·`, `` (1), `−` (−1), `(3/2)·`.
fn coef(c: Scalar) -> String {
    if c == Scalar::ONE {
        String::new()
    } else if c == -Scalar::ONE {
        "−".into()
    } else if c.to_f64() < 0.0 && !num(c).contains('/') {
        format!("{}·", num(c))
    } else {
        format!("{}·", factor(c))
    }
}

/// The substitution step `Substitute u = …, so du = … dx:`, `du_dx` the derivative of `u`.
fn substitution(u: &str, du_dx: &str) -> Line {
    Line::text("Substitute ")
        .m(format!("u = {u}"))
        .t(", so ")
        .m(format!("du = {du_dx} dx"))
        .t(":")
}

/// A sum of signed texts: `a + b`, `a − b` where b's text starts with `−`.
fn plus(a: &str, b: &str) -> String {
    if a.is_empty() {
        return b.to_string();
    }
    match b.strip_prefix('−') {
        Some(rest) => format!("{a} − {rest}"),
        None => format!("{a} + {b}"),
    }
}

/// The written pieces of one problem: f, its antiderivative F, the mistakes' formulas, and the
/// worked steps.
struct Written {
    f: String,
    big_f: String,
    derivative: String,
    no_divide: Option<String>,
    missing_k: Option<String>,
    trig_sign: Option<String>,
    steps: Vec<Line>,
    hints: Vec<String>,
}

fn write(g: &Integrand) -> Written {
    match g {
        Integrand::Powers { terms, recip } => {
            let anti: Vec<Term> = terms
                .iter()
                .map(|&(c, n)| (c * Scalar::frac(1, n as i64 + 1), n + 1))
                .collect();
            let raised: Vec<Term> = terms.iter().map(|&(c, n)| (c, n + 1)).collect();
            let deriv: Vec<Term> = terms
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|&(c, n)| (c * Scalar::int(n as i64), n - 1))
                .collect();
            let r = Scalar::int(*recip);
            let (f_r, big_r, d_r) = if *recip == 0 {
                (String::new(), String::new(), String::new())
            } else {
                (
                    format!("{}/x", num(r)),
                    format!("{}ln|x|", coef(r)),
                    format!("{}/x²", num(-r)),
                )
            };
            let big_f = plus(&poly(&anti), &big_r);
            Written {
                f: plus(&poly(terms), &f_r),
                big_f: big_f.clone(),
                derivative: plus(&poly(&deriv), &d_r),
                no_divide: Some(plus(&poly(&raised), &big_r)),
                missing_k: None,
                trig_sign: None,
                steps: vec![
                    Line::text("By the power rule, term by term: the antiderivative of ")
                        .m("xⁿ")
                        .t(" is ")
                        .m("xⁿ⁺¹/(n + 1)")
                        .t(if *recip == 0 { "." } else { "; that of " })
                        .m(if *recip == 0 { "" } else { "1/x" })
                        .t(if *recip == 0 {
                            ""
                        } else {
                            " is ln|x| (the one power the rule cannot take)."
                        }),
                    Line::math(format!("F(x) = {big_f} + C")),
                ],
                hints: vec![
                    "Integrate term by term: raise each power by one and divide by the new \
                     power."
                        .to_string(),
                    format!(
                        "The top term {} becomes {}{}",
                        poly(&terms[..1]),
                        poly(&anti[..1]),
                        if *recip == 0 {
                            "; do the same with the others.".to_string()
                        } else {
                            format!(", and {} gives {}.", f_r, big_r)
                        }
                    ),
                ],
            }
        }
        Integrand::Standard { k, p, m, q, sine } => {
            let (a, b) = (k * p, m * q);
            let e = |c: i64| format!("{}exp({})", coef(Scalar::int(c)), kx(*k));
            let trig = |c: i64, s: bool| {
                format!(
                    "{}{}({})",
                    coef(Scalar::int(c)),
                    if s { "sin" } else { "cos" },
                    kx(*m)
                )
            };
            let f = plus(&e(a), &trig(b, *sine));
            // ∫ sin(mx) = −cos(mx)/m, ∫ cos(mx) = sin(mx)/m.
            let big_trig = if *sine {
                trig(-q, false)
            } else {
                trig(*q, true)
            };
            let big_f = plus(&e(*p), &big_trig);
            let derivative = plus(
                &e(a * k),
                &if *sine {
                    trig(b * m, false)
                } else {
                    trig(-b * m, true)
                },
            );
            let missing = plus(
                &e(a),
                &if *sine {
                    trig(-b, false)
                } else {
                    trig(b, true)
                },
            );
            let sign = plus(
                &e(*p),
                &if *sine {
                    trig(*q, false)
                } else {
                    trig(-q, true)
                },
            );
            Written {
                f: f.clone(),
                big_f: big_f.clone(),
                derivative,
                no_divide: None,
                missing_k: Some(missing),
                trig_sign: Some(sign),
                steps: vec![
                    Line::text("Reverse the chain rule: antiderivatives of ")
                        .m("exp(kx), sin(kx), cos(kx)")
                        .t(" are ")
                        .m("exp(kx)/k, −cos(kx)/k, sin(kx)/k")
                        .t(":"),
                    Line::math(format!("{} has the antiderivative {}", e(a), e(*p))),
                    Line::math(format!(
                        "{} has the antiderivative {}",
                        trig(b, *sine),
                        big_trig
                    )),
                    Line::math(format!("F(x) = {big_f} + C")),
                ],
                hints: vec![
                    "The derivative of e^(kx) is k·e^(kx), so an antiderivative of e^(kx) is \
                     e^(kx)/k; likewise sin(mx) and cos(mx) need a factor 1/m."
                        .to_string(),
                    format!(
                        "Divide {} by {} and {} by {}; and mind the sign: ∫ sin = −cos, \
                         ∫ cos = sin.",
                        num(Scalar::int(a)),
                        num(Scalar::int(*k)),
                        num(Scalar::int(b)),
                        m
                    ),
                ],
            }
        }
        Integrand::ExpSquare { c, p } => {
            let a = 2 * c * p;
            // u′ = 2c·x, written with a true minus sign.
            let two_c = num(Scalar::int(2 * c));
            let cx2 = match c {
                1 => "x²".to_string(),
                -1 => "−x²".to_string(),
                c => format!("{}x²", num(Scalar::int(*c))),
            };
            let ex = format!("exp({cx2})");
            let f = format!("{}x·{ex}", coef(Scalar::int(a)).trim_end_matches('·'));
            let big_f = format!("{}{ex}", coef(Scalar::int(*p)));
            Written {
                f,
                big_f: big_f.clone(),
                derivative: format!("{}{ex}·(1 + {two_c}x²)", coef(Scalar::int(a)))
                    .replace("+ −", "− "),
                no_divide: None,
                missing_k: Some(format!("{}{ex}", coef(Scalar::int(a)))),
                trig_sign: None,
                steps: vec![
                    substitution(&cx2, &format!("{two_c}x")),
                    Line::text("The integrand becomes ")
                        .m(format!("{}exp(u)", coef(Scalar::int(*p))))
                        .t(" in ")
                        .m("u")
                        .t(", whose antiderivative is itself:"),
                    Line::math(format!("F(x) = {big_f} + C")),
                ],
                hints: vec![
                    format!(
                        "The exponent's derivative is ({cx2})′ = {two_c}x, which appears in f: \
                         substitute u = {cx2}."
                    ),
                    format!(
                        "With du = {two_c}x dx, the integrand is {}eᵘ du: integrate eᵘ.",
                        coef(Scalar::int(*p))
                    ),
                ],
            }
        }
        Integrand::LogRatio { c, p } => {
            let a = 2 * p;
            let u = format!("x² + {c}");
            let f = format!("{}x/({u})", num(Scalar::int(a)));
            let big_f = format!("{}ln({u})", coef(Scalar::int(*p)));
            Written {
                f: f.clone(),
                big_f: big_f.clone(),
                derivative: format!("{}({c} − x²)/({u})²", coef(Scalar::int(a))),
                no_divide: None,
                missing_k: Some(format!("{}ln({u})", coef(Scalar::int(a)))),
                trig_sign: None,
                steps: vec![
                    substitution(&u, "2x"),
                    Line::text("The integrand becomes ")
                        .m(format!("{}(1/u)", coef(Scalar::int(*p))))
                        .t(" in ")
                        .m("u")
                        .t(", whose antiderivative is a logarithm:"),
                    Line::math(format!("F(x) = {big_f} + C")),
                    Line::text("No absolute value is needed, since ")
                        .m(format!("{u} > 0"))
                        .t("."),
                ],
                hints: vec![
                    format!("The numerator is a multiple of (x² + {c})′ = 2x: substitute u = {u}."),
                    format!(
                        "With du = 2x dx, the integrand is {}du/u: integrate 1/u.",
                        coef(Scalar::int(*p))
                    ),
                ],
            }
        }
        Integrand::PowerChain { c, n, p } => {
            let a = 2 * (*n as i64 + 1) * p;
            let u = format!("x² + {c}");
            let pow = |k: u32| format!("({u}){}", crate::exercises::common::superscript(k));
            let f = format!(
                "{}x·{}",
                coef(Scalar::int(a)).trim_end_matches('·'),
                pow(*n)
            );
            let big_f = format!("{}{}", coef(Scalar::int(*p)), pow(n + 1));
            Written {
                f: f.clone(),
                big_f: big_f.clone(),
                derivative: format!(
                    "{}{} + {}x²·{}",
                    coef(Scalar::int(a)),
                    pow(*n),
                    2 * *n as i64 * a,
                    if *n == 2 {
                        format!("({u})")
                    } else {
                        pow(n - 1)
                    }
                )
                .replace("+ −", "− "),
                no_divide: None,
                missing_k: Some(format!(
                    "{}{}",
                    coef(Scalar::frac(a, *n as i64 + 1)),
                    pow(n + 1)
                )),
                trig_sign: None,
                steps: vec![
                    substitution(&u, "2x"),
                    Line::text("The integrand becomes ")
                        .m(format!(
                            "{}u{}",
                            coef(Scalar::int(a / 2)),
                            crate::exercises::common::superscript(*n)
                        ))
                        .t(" in ")
                        .m("u")
                        .t(", and the power rule gives")
                        .m(format!(
                            " {}·u{}/{}",
                            num(Scalar::int(a / 2)),
                            crate::exercises::common::superscript(n + 1),
                            n + 1
                        ))
                        .t(":"),
                    Line::math(format!("F(x) = {big_f} + C")),
                ],
                hints: vec![
                    format!("x is half of (x² + {c})′ = 2x: substitute u = {u}."),
                    format!(
                        "With du = 2x dx, the integrand is {}u{} du: apply the power rule to u.",
                        coef(Scalar::int(a / 2)),
                        crate::exercises::common::superscript(*n)
                    ),
                ],
            }
        }
    }
}

fn equivalence(g: &Integrand) -> Equivalence {
    let (lo, hi) = domain(g);
    Equivalence::Antiderivative {
        vars: vec![Domain::new("x", lo, hi)],
        tol: Tolerance::default(),
    }
}

/// A written formula as an answer: `ln|x|` is typed `ln(abs(x))`.
fn answer(text: &str) -> Result<crate::expr::Value, GenError> {
    formula(&text.replace("ln|x|", "ln(abs(x))"))
}

pub fn build(_level: u8, g: &Integrand) -> Result<Draft, GenError> {
    let w = write(g);
    let eq = equivalence(g);
    let spec = AnswerSpec::with(answer(&w.big_f)?, eq.clone());
    let mut ms = Mistakes::under(&spec.expected, &eq);
    ms.require(
        "differentiated",
        answer(&w.derivative)?,
        "That is the derivative of f, not an antiderivative: the answer F must satisfy F′ = f. \
         Differentiate your answer to check.",
    )?;
    if let Some(t) = &w.no_divide {
        ms.require(
            "power_rule_no_divide",
            answer(t)?,
            "The powers were raised but not divided: ∫ xⁿ dx = xⁿ⁺¹/(n + 1). Differentiate your \
             answer: it gives n + 1 times too much.",
        )?;
    }
    if let Some(t) = &w.missing_k {
        ms.require(
            "missing_inverse_k",
            answer(t)?,
            "A constant factor from the chain rule is missing: differentiating your answer \
             brings out the inner function's derivative, so the antiderivative must divide by \
             that constant.",
        )?;
    }
    if let Some(t) = &w.trig_sign {
        ms.optional(
            "trig_sign",
            answer(t)?,
            "A sign is wrong: (cos x)′ = −sin x, so ∫ sin x dx = −cos x, and ∫ cos x dx = sin x.",
        );
    }
    let prompt = vec![
        Line::text("Find an antiderivative ").m("F(x)").t(" of"),
        Line::math(format!("f(x) = {}", w.f)),
        if matches!(g, Integrand::Powers { recip, .. } if *recip != 0) {
            Line::text("Leave out the constant (any constant is accepted); type it like ")
                .t("x^3/3 - 2*exp(x)")
                .t(", and a logarithm as ")
                .m("ln(x)")
                .t(" (here ")
                .m("x > 0")
                .t(").")
        } else {
            Line::text("Leave out the constant (any constant is accepted); type it like ")
                .t("x^3/3 - 2*exp(x)")
                .t(".")
        },
    ];
    let mut solution = w.steps;
    solution.push(Line::new().t("As an answer: ").v(spec.expected.clone()));
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints: w.hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for Antiderivative {
    fn id(&self) -> &'static str {
        "calc.antiderivative"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, last_hint, soundness_with};
    use crate::expr::{Value, eval_at};

    /// f itself, written directly from the parameters.
    fn integrand(g: &Integrand) -> Box<dyn Fn(f64) -> f64> {
        match g.clone() {
            Integrand::Powers { terms, recip } => Box::new(move |x: f64| {
                terms
                    .iter()
                    .map(|(c, n)| c.to_f64() * x.powi(*n as i32))
                    .sum::<f64>()
                    + recip as f64 / x
            }),
            Integrand::Standard { k, p, m, q, sine } => Box::new(move |x: f64| {
                let t = if sine {
                    (m as f64 * x).sin()
                } else {
                    (m as f64 * x).cos()
                };
                (k * p) as f64 * (k as f64 * x).exp() + (m * q) as f64 * t
            }),
            Integrand::ExpSquare { c, p } => {
                Box::new(move |x: f64| (2 * c * p) as f64 * x * (c as f64 * x * x).exp())
            }
            Integrand::LogRatio { c, p } => {
                Box::new(move |x: f64| (2 * p) as f64 * x / (x * x + c as f64))
            }
            Integrand::PowerChain { c, n, p } => Box::new(move |x: f64| {
                (2 * (n as i64 + 1) * p) as f64 * x * (x * x + c as f64).powi(n as i32)
            }),
        }
    }

    #[test]
    fn the_answer_differentiates_back_to_f() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &Antiderivative,
            &[1, 2, 3],
            draw,
            build,
            |level, g, d, ctx| {
                let Value::Formula(big_f) = &d.answer.expected else {
                    panic!("{ctx}: not a formula")
                };
                let f = integrand(g);
                let at = |x: f64| eval_at(big_f, &[("x", x)]).unwrap();
                // F′ by a central difference at a few points of the domain equals f.
                for x in [0.3, 0.7, 1.1, 1.5] {
                    let h = 1e-5;
                    let df = (at(x + h) - at(x - h)) / (2.0 * h);
                    assert!(
                        (df - f(x)).abs() <= 1e-5 * f(x).abs().max(1.0),
                        "{ctx}: F′({x}) = {df}, f({x}) = {}",
                        f(x)
                    );
                }
                assert!(
                    last_hint(d).contains("integrate")
                        || last_hint(d).contains("do the same")
                        || last_hint(d).contains(" gives ")
                        || last_hint(d).contains("power rule")
                        || last_hint(d).contains("mind the sign"),
                    "{ctx}: {}",
                    last_hint(d)
                );
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["differentiated", "power_rule_no_divide"]);
        seen[1].assert_exactly(&["differentiated", "missing_inverse_k", "trig_sign"]);
        seen[2].assert_exactly(&["differentiated", "missing_inverse_k"]);
    }
}
