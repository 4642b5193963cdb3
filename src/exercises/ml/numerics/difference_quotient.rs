//! `ml.difference_quotient`: a derivative estimated from function values, and how its error
//! scales with the step.
//!
//! Level 1: the forward difference (f(a + h) − f(a))/h of a quadratic. Level 2: the central
//! difference (f(a + h) − f(a − h))/(2h) of a cubic. Both are exact decimals by construction
//! (integer coefficients, a ∈ −3…3, h = 0.1, 0.2 or 0.5), and differ from f′(a) by exactly the
//! truncation error (f″h/2 for the forward difference of a quadratic, f‴h²/6 for the central
//! difference of a cubic), which the solution shows. Level 3: the leading-error model
//! E(h) ≈ C·hᵖ with p = 1 (forward) or 2 (central): the error expected at a smaller step, given
//! the error at one step (a gradient check in float64, steps where rounding is negligible).
//!
//! Named mistakes: f′(a) itself (the rule, not the estimate), the difference not divided by h,
//! the wrong denominator (2h for forward, h for central), the other scheme; at level 3 the
//! forward-difference error taken as O(h²) (and the central one as O(h)), and the error scaled up
//! instead of down.

use super::polynomial::Poly;
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::decimal_operand;
use crate::exercises::common::{Mistakes, chain, decimal, math_line, short_decimal};
#[cfg(test)]
use crate::expr::Value;
use crate::math::Scalar;
use crate::math::calculus::finite_diff::Scheme;

pub struct DifferenceQuotient;

#[derive(Clone, Debug)]
pub enum Params {
    /// Estimate f′(a) with `scheme` and step h.
    Estimate {
        f: Poly,
        a: i64,
        h: Scalar,
        scheme: Scheme,
    },
    /// The error at step h₁ = 10^(−k) is `err`; predict it at h₁/`factor`.
    Predict {
        scheme: Scheme,
        k: i32,
        factor: i64,
        err: Scalar,
    },
}

fn steps() -> [Scalar; 3] {
    [Scalar::frac(1, 10), Scalar::frac(1, 5), Scalar::frac(1, 2)]
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    Ok(match level {
        1 => Params::Estimate {
            f: Poly::from_ints(&[rng.int(-9, 9), rng.int(-6, 6), rng.nonzero_int(-4, 4)]),
            a: rng.int(-3, 3),
            h: *rng.pick(&steps()),
            scheme: Scheme::Forward,
        },
        2 => Params::Estimate {
            f: Poly::from_ints(&[
                rng.int(-9, 9),
                rng.int(-6, 6),
                rng.int(-3, 3),
                rng.nonzero_int(-2, 2),
            ]),
            a: rng.int(-2, 2),
            h: *rng.pick(&steps()),
            scheme: Scheme::Central,
        },
        3 => Params::Predict {
            scheme: *rng.pick(&[Scheme::Forward, Scheme::Central]),
            k: rng.int(2, 3) as i32,
            factor: *rng.pick(&[2, 4, 5, 10]),
            err: Scalar::frac(rng.int(11, 99), 10),
        },
        l => return Err(GenError::Level(l)),
    })
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    match p {
        Params::Estimate { f, a, h, scheme } => estimate(f, *a, *h, *scheme),
        Params::Predict {
            scheme,
            k,
            factor,
            err,
        } => predict(*scheme, *k, *factor, *err),
    }
}

/// a/b, exactly; a zero divisor (never drawn) redraws.
fn ratio(a: Scalar, b: Scalar) -> Result<Scalar, GenError> {
    a.checked_div(b).ok_or(GenError::Redraw("division by zero"))
}

fn estimate(f: &Poly, a: i64, h: Scalar, scheme: Scheme) -> Result<Draft, GenError> {
    let a_s = Scalar::int(a);
    let (up, down) = (a_s + h, a_s - h);
    let (f_up, f_a, f_down) = (f.eval(up), f.eval(a_s), f.eval(down));
    let forward = ratio(f_up - f_a, h)?;
    let central = ratio(f_up - f_down, Scalar::int(2) * h)?;
    let value = if scheme == Scheme::Forward {
        forward
    } else {
        central
    };
    // The mistakes' messages quote h: an estimate of ±h would read as given away.
    if value.abs() == h {
        return Err(GenError::Redraw("the estimate is ±h"));
    }
    let exact = f.derivative().eval(a_s);
    let answer = AnswerSpec::scalar(short_decimal(value, 10));
    let mut mistakes = Mistakes::new(&answer.expected);
    let ht = decimal(h);
    mistakes.require(
        "exact_derivative",
        short_decimal(exact, 10),
        format!(
            "That is f′(a) from the differentiation rules. The question asks what the {} \
             gives with h = {ht}: it differs from f′(a) by its truncation error.",
            scheme.name()
        ),
    )?;
    if scheme == Scheme::Forward {
        mistakes.require(
            "not_divided",
            short_decimal(f_up - f_a, 10),
            "That is the change in f over the step. A derivative is a rate: divide it by h.",
        )?;
        mistakes.optional(
            "twice_the_step",
            short_decimal(ratio(forward, Scalar::int(2))?, 10),
            "That divides by 2h, the central difference's denominator. The forward difference \
             spans one step, from a to a + h: divide by h.",
        );
    } else {
        mistakes.require(
            "half_the_span",
            short_decimal(central * Scalar::int(2), 10),
            "That divides by h, but the central difference spans two steps, from a − h to \
             a + h: divide by 2h.",
        )?;
        mistakes.optional(
            "forward_instead",
            short_decimal(forward, 10),
            "That is the forward difference (f(a + h) − f(a))/h. The central difference uses \
             the points on both sides of a.",
        );
    }
    let fa = |x: Scalar| format!("f({})", decimal(x));
    let prompt = vec![
        Line::text("Let ").m(format!("f(x) = {}", f.text())).t("."),
        Line::text(format!(
            "Estimate f′(a) at a = {} with the {} and step h = {ht}. Give the estimate (not \
             the exact derivative) as a decimal.",
            decimal(a_s),
            scheme.name()
        )),
    ];
    let mut solution = vec![Line::text(format!(
        "The {} is {}.",
        scheme.name(),
        scheme.formula()
    ))];
    let mut values = vec![(up, f_up)];
    if scheme == Scheme::Forward {
        values.push((a_s, f_a));
    } else {
        values.push((down, f_down));
    }
    for &(x, fx) in &values {
        solution.push(math_line(&chain(&fa(x), &[f.substituted(x), decimal(fx)])));
    }
    let (numerator, denominator, left) = if scheme == Scheme::Forward {
        (
            format!("{} − {}", decimal(f_up), decimal_operand(f_a)),
            ht.clone(),
            format!("({} − {})/{ht}", fa(up), fa(a_s)),
        )
    } else {
        (
            format!("{} − {}", decimal(f_up), decimal_operand(f_down)),
            format!("(2·{ht})"),
            format!("({} − {})/(2·{ht})", fa(up), fa(down)),
        )
    };
    let last = format!("({numerator})/{denominator}");
    solution.push(math_line(&chain(&left, &[last.clone(), decimal(value)])));
    let (error_term, error) = if scheme == Scheme::Forward {
        let f2 = f.derivative().derivative().eval(a_s);
        (
            format!("f″·h/2 = {}·{ht}/2", decimal(f2)),
            ratio(f2 * h, Scalar::int(2))?,
        )
    } else {
        let f3 = f.derivative().derivative().derivative().eval(a_s);
        (
            format!("f‴·h²/6 = {}·{ht}²/6", decimal(f3)),
            ratio(f3 * h * h, Scalar::int(6))?,
        )
    };
    solution.push(
        Line::text("The exact derivative is ")
            .m(format!("f′({}) = {}", decimal(a_s), decimal(exact)))
            .t(": the estimate is off by ")
            .m(format!("{error_term} = {}", decimal(error)))
            .t(", the truncation error, exact here because f is a polynomial."),
    );
    let hints = vec![
        format!(
            "The {} is {}: evaluate f at {}.",
            scheme.name(),
            scheme.formula(),
            values
                .iter()
                .map(|(x, _)| decimal(*x))
                .collect::<Vec<_>>()
                .join(" and ")
        ),
        format!("{left} = {last}: work it out."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// 10^(−k) as a decimal: `0.01`.
fn power_of_ten(k: i32) -> Scalar {
    Scalar::frac(1, 10i64.pow(k as u32))
}

/// A small error as solutions print reals: `0.000042`, `2.625e−6`.
fn scientific(x: Scalar) -> String {
    crate::exercises::common::num(Scalar::Real(x.to_f64()))
}

fn predict(scheme: Scheme, k: i32, factor: i64, mantissa: Scalar) -> Result<Draft, GenError> {
    let h1 = power_of_ten(k);
    let h2 = ratio(h1, Scalar::int(factor))?;
    // The error at h₁ is mantissa·10^(−k−1) for forward, ·10^(−2k−1) for central: realistic
    // sizes (C·h with C of order 1, C·h² likewise).
    let err1 = match scheme {
        Scheme::Forward => mantissa * power_of_ten(k + 1),
        _ => mantissa * power_of_ten(2 * k + 1),
    };
    let p = scheme.order() as i64;
    let shrink = Scalar::int(factor)
        .powi(p)
        .ok_or(GenError::Redraw("power"))?;
    let value = ratio(err1, shrink)?;
    // Relative tolerance only: the errors are as small as 1e-8, below the default absolute
    // floor of 1e-9, which would accept an answer off by 10%.
    let answer = AnswerSpec::with(
        Scalar::Real(value.to_f64()),
        Equivalence::Scalar(Tolerance {
            rel: 5e-4,
            abs: 0.0,
        }),
    );
    let mut mistakes = Mistakes::under(&answer.expected, &answer.equivalence);
    let f = Scalar::int(factor);
    if scheme == Scheme::Forward {
        mistakes.require(
            "forward_order_squared",
            ratio(err1, f * f)?,
            "That takes the forward difference's error as O(h²). Its Taylor expansion leaves \
             f″·h/2: the error is first order, proportional to h.",
        )?;
    } else {
        mistakes.require(
            "central_order_one",
            ratio(err1, f)?,
            "That takes the central difference's error as O(h). The even Taylor terms cancel \
             between f(a + h) and f(a − h), leaving f‴·h²/6: it is second order.",
        )?;
    }
    mistakes.require(
        "scaled_up",
        err1 * shrink,
        "That makes the error grow as h shrinks, as rounding error does below the optimal step. \
         At these steps truncation dominates, and it falls with h.",
    )?;
    let (e1, s1, s2) = (scientific(err1), decimal(h1), decimal(h2));
    let prompt = vec![
        Line::text(format!(
            "A gradient check compares an analytic derivative with the {} {} in float64. At \
             h = {s1} the estimate is off by {e1}.",
            scheme.name(),
            scheme.formula()
        )),
        Line::text(format!(
            "Using the leading truncation error term (rounding is negligible at these steps), \
             what error do you expect at h = {s2}?"
        )),
    ];
    let (law, ratio) = match scheme {
        Scheme::Forward => ("E(h) ≈ (f″/2)·h", format!("{factor}")),
        _ => (
            "E(h) ≈ (f‴/6)·h²",
            format!("{factor}² = {}", decimal(shrink)),
        ),
    };
    let solution = vec![
        Line::text(format!("The {}'s leading error term is ", scheme.name()))
            .m(law)
            .t(format!(
                ": order {p}. Dividing h by {factor} divides the error by {ratio}."
            )),
        math_line(&chain(
            &format!("E({s2})"),
            &[format!("{e1}/{}", decimal(shrink)), scientific(value)],
        )),
    ];
    let hints = vec![
        format!(
            "Expand f(a + h){} in a Taylor series: which power of h is the first that does not \
             cancel?",
            if scheme == Scheme::Forward {
                ""
            } else {
                " and f(a − h)"
            }
        ),
        format!(
            "The error is proportional to h{}: h shrinks by a factor of {factor}, so the error \
             by {ratio}.",
            if p == 1 { "" } else { "²" }
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for DifferenceQuotient {
    fn id(&self) -> &'static str {
        "ml.difference_quotient"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};

    /// Every estimate equals the f64 formula of the library's scheme on an f64 polynomial (a
    /// different code path from the exact one), its error from f′ is the documented truncation
    /// term, and level 3's prediction is the f64 power law; the named mistakes all occur.
    #[test]
    fn estimates_follow_the_formulas_and_predictions_the_orders() {
        let mut seen = Seen::default();
        soundness_with(
            &DifferenceQuotient,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, case| {
                let got = answer_f64(d);
                match p {
                    Params::Estimate { f, a, h, scheme } => {
                        let c: Vec<f64> = f.0.iter().map(Scalar::to_f64).collect();
                        let poly = |x: f64| c.iter().rev().fold(0.0, |acc, k| acc * x + k);
                        let want = scheme.estimate(&poly, *a as f64, h.to_f64());
                        assert!((got - want).abs() < 1e-9 * want.abs().max(1.0), "{case}");
                        let dpoly: f64 = (1..c.len())
                            .map(|k| k as f64 * c[k] * (*a as f64).powi(k as i32 - 1))
                            .sum();
                        let hh = h.to_f64();
                        let truncation = match scheme {
                            Scheme::Forward => c[2] * hh, // f″/2·h with f″ = 2c₂
                            _ => c[3] * hh * hh,          // f‴/6·h² with f‴ = 6c₃
                        };
                        assert!((got - dpoly - truncation).abs() < 1e-9, "{case}");
                        assert_eq!(level == 1, *scheme == Scheme::Forward, "{case}");
                        assert!([0.1, 0.2, 0.5].contains(&hh), "{case}");
                        assert!(last_hint(d).contains(&decimal(*h)), "{case}");
                    }
                    Params::Predict {
                        scheme,
                        k,
                        factor,
                        err,
                    } => {
                        assert_eq!(level, 3);
                        let p = if *scheme == Scheme::Forward { 1 } else { 2 };
                        let e1 = err.to_f64() * 10f64.powi(-(p * k + 1));
                        let want = e1 / (*factor as f64).powi(p);
                        assert!((got / want - 1.0).abs() < 1e-12, "{case}: {got} {want}");
                        // A 1% move is rejected although the answer is tiny.
                        let moved = Value::Scalar(Scalar::Real(got * 1.01));
                        assert!(
                            !crate::engine::compare(
                                &moved,
                                &d.answer.expected,
                                &d.answer.equivalence,
                                0
                            )
                            .correct,
                            "{case}"
                        );
                    }
                }
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "exact_derivative",
            "not_divided",
            "twice_the_step",
            "half_the_span",
            "forward_instead",
            "forward_order_squared",
            "central_order_one",
            "scaled_up",
        ]);
    }
}
