//! `calc.definite_integral`: a definite integral, exactly or by a numerical rule.
//!
//! Level 1: `∫ₐᵇ` of a polynomial by the fundamental theorem, `F(b) − F(a)` (coefficients chosen
//! so that F has integer coefficients). Level 2: the trapezoid rule
//! `T = h·(f₀/2 + f₁ + … + fₙ₋₁ + fₙ/2)` (n = 2–4) or Simpson's rule
//! `S = (h/3)·(f₀ + 4f₁ + 2f₂ + … + 4fₙ₋₁ + fₙ)` (n = 2 or 4) from a table of f values, the rule
//! stated. Level 3: the error expected when the number of panels is multiplied by 2 or 4, from
//! the rule's order (trapezoid O(h²): ÷4 per doubling; Simpson O(h⁴): ÷16).
//!
//! Named mistakes: `F(a) − F(b)`; f evaluated instead of an antiderivative; the trapezoid weights
//! without halving the ends; h left out; Simpson's 1-4-1 taken as 1-2-1; the trapezoid value
//! where Simpson's was asked; the wrong order of the error (first order, or the other rule's).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    Mistakes, Term, chain, data_list, decimal, factor, num, poly, poly_at, poly_substituted,
    superscript,
};
use crate::math::Scalar;

pub struct DefiniteIntegral;

#[derive(Clone, Debug, PartialEq)]
pub enum Task {
    /// `∫ₐᵇ f` for the polynomial with these terms.
    Exact { terms: Vec<Term>, a: i64, b: i64 },
    /// A rule on the table `ys` at `x₀ + i·h`.
    Rule {
        simpson: bool,
        x0: Scalar,
        h: Scalar,
        ys: Vec<i64>,
    },
    /// The error `error` with `n` panels; predict it with `factor·n` panels.
    Ratio {
        simpson: bool,
        n: u32,
        factor: u32,
        error: Scalar,
    },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Task, GenError> {
    Ok(match level {
        1 => {
            let cubic = rng.chance(1, 3);
            let mut terms = Vec::new();
            if cubic {
                terms.push((Scalar::int(4 * rng.nonzero_int(-2, 2)), 3));
            }
            terms.push((Scalar::int(3 * rng.int(-3, 3)), 2));
            terms.push((Scalar::int(2 * rng.int(-4, 4)), 1));
            terms.push((Scalar::int(rng.int(-6, 6)), 0));
            let a = rng.int(-2, 2);
            let b = a + rng.int(1, 3);
            if terms.iter().filter(|(c, _)| !c.is_zero()).count() < 2 {
                return Err(GenError::Redraw("too few terms"));
            }
            Task::Exact { terms, a, b }
        }
        2 => {
            let simpson = rng.chance(1, 2);
            let n = if simpson {
                2 * rng.int(1, 2)
            } else {
                rng.int(2, 4)
            };
            let h = *rng.pick(&[Scalar::frac(1, 2), Scalar::int(2), Scalar::frac(1, 4)]);
            let ys = (0..=n).map(|_| rng.int(0, 20)).collect();
            Task::Rule {
                simpson,
                x0: Scalar::int(rng.int(0, 2)),
                h,
                ys,
            }
        }
        3 => Task::Ratio {
            simpson: rng.chance(1, 2),
            n: *rng.pick(&[4, 5, 8, 10]),
            factor: *rng.pick(&[2, 4]),
            error: Scalar::frac(rng.int(11, 99), 10_i64.pow(rng.int(3, 5) as u32)),
        },
        l => return Err(GenError::Level(l)),
    })
}

/// The antiderivative's terms: `c·xⁿ` becomes `c/(n + 1)·xⁿ⁺¹`.
fn antiderivative(terms: &[Term]) -> Vec<Term> {
    terms
        .iter()
        .map(|&(c, n)| (c * Scalar::frac(1, n as i64 + 1), n + 1))
        .collect()
}

/// The terms of the integrand's power rule without the division by n + 1.
fn no_divide(terms: &[Term]) -> Vec<Term> {
    terms.iter().map(|&(c, n)| (c, n + 1)).collect()
}

/// The weights of a rule on `n + 1` nodes, before the factor h (trapezoid) or h/3 (Simpson).
pub fn weights(simpson: bool, n: usize) -> Vec<Scalar> {
    (0..=n)
        .map(|i| {
            let end = i == 0 || i == n;
            match (simpson, end) {
                (false, true) => Scalar::frac(1, 2),
                (false, false) => Scalar::ONE,
                (true, true) => Scalar::ONE,
                (true, false) if i % 2 == 1 => Scalar::int(4),
                (true, false) => Scalar::int(2),
            }
        })
        .collect()
}

fn weighted(ys: &[i64], w: &[Scalar]) -> Scalar {
    ys.iter()
        .zip(w)
        .fold(Scalar::ZERO, |s, (&y, &w)| s + w * Scalar::int(y))
}

pub fn build(_level: u8, task: &Task) -> Result<Draft, GenError> {
    match task {
        Task::Exact { terms, a, b } => exact(terms, *a, *b),
        Task::Rule { simpson, x0, h, ys } => rule(*simpson, *x0, *h, ys),
        Task::Ratio {
            simpson,
            n,
            factor,
            error,
        } => ratio(*simpson, *n, *factor, *error),
    }
}

fn exact(terms: &[Term], a: i64, b: i64) -> Result<Draft, GenError> {
    let big_f = antiderivative(terms);
    let (sa, sb) = (Scalar::int(a), Scalar::int(b));
    let (fa, fb) = (poly_at(&big_f, sa), poly_at(&big_f, sb));
    let value = fb - fa;
    let spec = AnswerSpec::scalar(value);
    let mut ms = Mistakes::new(&spec.expected);
    ms.require(
        "reversed",
        fa - fb,
        "The order is reversed: the fundamental theorem gives F(upper limit) − F(lower limit).",
    )?;
    ms.require(
        "evaluated_f",
        poly_at(terms, sb) - poly_at(terms, sa),
        "That subtracts the values of f itself. The integral needs an antiderivative F, with \
         F′ = f: raise each power by one and divide by the new power.",
    )?;
    ms.optional(
        "power_rule_no_divide",
        poly_at(&no_divide(terms), sb) - poly_at(&no_divide(terms), sa),
        "The powers were raised but not divided: the antiderivative of xⁿ is xⁿ⁺¹/(n + 1).",
    );
    let (an, bn) = (num(sa), num(sb));
    let f_text = poly(terms);
    let big_text = poly(&big_f);
    let prompt = vec![
        Line::text("Compute exactly (a whole number or a fraction) the integral from ")
            .m(an.clone())
            .t(" to ")
            .m(bn.clone())
            .t(" of"),
        Line::math(format!("f(x) = {f_text}")),
    ];
    let solution = vec![
        Line::text("An antiderivative, by the power rule (")
            .m("xⁿ")
            .t(" becomes ")
            .m("xⁿ⁺¹/(n + 1)")
            .t("):"),
        Line::math(format!("F(x) = {big_text}")),
        Line::math(chain(
            &format!("F({bn})"),
            &[poly_substituted(&big_f, sb), num(fb)],
        )),
        Line::math(chain(
            &format!("F({an})"),
            &[poly_substituted(&big_f, sa), num(fa)],
        )),
        Line::math(chain(
            &format!("F({bn}) − F({an})"),
            &[format!("{} − {}", num(fb), factor(fa)), num(value)],
        )),
    ];
    let hints = vec![
        format!(
            "Find an antiderivative F of {f_text}: each c·xⁿ becomes c·xⁿ⁺¹/(n + 1). Then the \
             integral is F({bn}) − F({an})."
        ),
        format!(
            "F(x) = {big_text}, so F({bn}) = {} and F({an}) = {}: subtract.",
            num(fb),
            num(fa)
        ),
    ];
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

fn rule(simpson: bool, x0: Scalar, h: Scalar, ys: &[i64]) -> Result<Draft, GenError> {
    let n = ys.len() - 1;
    let w = weights(simpson, n);
    let front = if simpson { h * Scalar::frac(1, 3) } else { h };
    let value = front * weighted(ys, &w);
    let spec = AnswerSpec::scalar(value);
    let mut ms = Mistakes::new(&spec.expected);
    if simpson {
        let one_two_one: Vec<Scalar> = (0..=n)
            .map(|i| {
                if i == 0 || i == n {
                    Scalar::ONE
                } else {
                    Scalar::int(2)
                }
            })
            .collect();
        ms.require(
            "simpson_121",
            front * weighted(ys, &one_two_one),
            "Simpson's weights are 1, 4, 2, 4, …, 4, 1: the odd-numbered nodes (the panel \
             midpoints of each pair) get 4, not 2.",
        )?;
        ms.require(
            "trapezoid_instead",
            h * weighted(ys, &weights(false, n)),
            "That is the trapezoid rule's estimate. Simpson's rule fits a parabola through each \
             pair of panels: (h/3)·(f₀ + 4f₁ + 2f₂ + … + 4fₙ₋₁ + fₙ).",
        )?;
        ms.optional(
            "forgot_third",
            h * weighted(ys, &w),
            "The weights are right, but Simpson's rule multiplies their sum by h/3, not h.",
        );
    } else {
        ms.require(
            "ends_not_halved",
            h * weighted(ys, &vec![Scalar::ONE; n + 1]),
            "The two end values count half: each panel's trapezoid averages its two ends, so \
             the inner nodes are shared by two panels and the ends by one.",
        )?;
        ms.require(
            "forgot_h",
            weighted(ys, &w),
            "The weighted sum of the values still has to be multiplied by the panel width h.",
        )?;
    }
    let xs: Vec<Scalar> = (0..=n).map(|i| x0 + h * Scalar::int(i as i64)).collect();
    let b = xs[n];
    let (name, formula) = if simpson {
        (
            "Simpson's rule",
            "S = (h/3)·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + fₙ)",
        )
    } else {
        ("the trapezoid rule", "T = h·(f₀/2 + f₁ + f₂ + … + fₙ/2)")
    };
    let ysc: Vec<Scalar> = ys.iter().map(|&y| Scalar::int(y)).collect();
    let prompt = vec![
        Line::text(format!(
            "A function is known only at these points ({n} panels of width"
        ))
        .m(format!("h = {}", decimal(h)))
        .t("):"),
        Line::math(format!("x:    {}", data_list(&xs))),
        Line::math(format!("f(x): {}", data_list(&ysc))),
        Line::text("Estimate the integral of ")
            .m("f")
            .t(" from ")
            .m(decimal(x0))
            .t(" to ")
            .m(decimal(b))
            .t(format!(" with {name},")),
        Line::math(formula),
    ];
    let sym = if simpson { "S" } else { "T" };
    let terms: Vec<String> = ys
        .iter()
        .zip(&w)
        .map(|(&y, &wi)| {
            if wi == Scalar::ONE {
                num(Scalar::int(y))
            } else if simpson {
                format!("{}·{}", num(wi), factor(Scalar::int(y)))
            } else {
                format!("{}/2", factor(Scalar::int(y)))
            }
        })
        .collect();
    let weighted_sum = weighted(ys, &w);
    let front_text = if simpson {
        format!("({}/3)", decimal(h))
    } else {
        decimal(h)
    };
    let solution = vec![
        Line::text("The weights are ")
            .m(data_list(&w))
            .t(", times ")
            .m(if simpson { "h/3:" } else { "h:" }),
        Line::math(chain(
            sym,
            &[
                format!("{front_text}·({})", terms.join(" + ")),
                format!("{front_text}·{}", factor(weighted_sum)),
                num(value),
            ],
        )),
    ];
    let hints = vec![
        if simpson {
            "Simpson's rule weights the values 1, 4, 2, 4, …, 2, 4, 1 and multiplies the \
             weighted sum by h/3."
                .to_string()
        } else {
            "The trapezoid rule adds the values with the two ends halved and multiplies by the \
             panel width h."
                .to_string()
        },
        format!(
            "The weighted sum of the values is {}: multiply it by {}.",
            num(weighted_sum),
            if simpson {
                format!("h/3 = {}/3", decimal(h))
            } else {
                format!("h = {}", decimal(h))
            }
        ),
    ];
    let spec = AnswerSpec::scalar(value);
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

fn ratio(simpson: bool, n: u32, k: u32, error: Scalar) -> Result<Draft, GenError> {
    let order: u32 = if simpson { 4 } else { 2 };
    let divisor = |p: u32| Scalar::int((k as i64).pow(p));
    let inverse = |p: u32| Scalar::frac(1, (k as i64).pow(p));
    // A real, so that it prints as the decimal it is (0.0012, not 3/2500).
    let value = Scalar::Real((error * inverse(order)).to_f64());
    let spec = AnswerSpec::scalar(value);
    let mut ms = Mistakes::new(&spec.expected);
    let other = if simpson { 2 } else { 4 };
    ms.require(
        "wrong_order",
        Scalar::Real((error * inverse(other)).to_f64()),
        if simpson {
            "That is the trapezoid rule's order, h². Simpson's rule is fourth order: its error \
             shrinks like h⁴."
        } else {
            "That is Simpson's order, h⁴. The trapezoid rule is second order: its error shrinks \
             like h²."
        },
    )?;
    ms.require(
        "first_order",
        Scalar::Real((error * inverse(1)).to_f64()),
        "That takes the error as proportional to h. These rules are of higher order: the error \
         shrinks like a power of h.",
    )?;
    let name = if simpson {
        "Simpson's rule"
    } else {
        "the trapezoid rule"
    };
    let prompt = vec![
        Line::text(format!(
            "With n = {n} panels, {name} approximates an integral of a smooth function with \
             an error of {}.",
            decimal(error)
        )),
        Line::text(format!(
            "About how large is its error with n = {} panels (same function and interval)?",
            n * k
        )),
    ];
    let kp = divisor(order);
    let solution = vec![
        Line::text(format!("The error of {name} is proportional to "))
            .m(format!("h{}", superscript(order)))
            .t(format!(", and {k} times the panels make the width "))
            .m("h")
            .t(format!(" {k} times smaller:")),
        Line::math(chain(
            &format!("E({})", n * k),
            &[
                format!("E({n})/{k}{}", superscript(order)),
                format!("{}/{}", decimal(error), num(kp)),
                num(value),
            ],
        )),
    ];
    let hints = vec![
        format!(
            "The error of {name} is proportional to a power of the panel width h: which power?"
        ),
        format!(
            "{k} times as many panels make h {k} times smaller, and the error shrinks by {k} \
             to that power: divide {} by {k}{}.",
            decimal(error),
            superscript(order)
        ),
    ];
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for DefiniteIntegral {
    fn id(&self) -> &'static str {
        "calc.definite_integral"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};
    use crate::math::calculus::quadrature::{GaussLegendre, simpson_values, trapezoid_values};

    #[test]
    fn answers_match_independent_quadrature_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let (mut trap, mut simp) = (Seen::default(), Seen::default());
        soundness_with(
            &DefiniteIntegral,
            &[1, 2, 3],
            draw,
            build,
            |level, task, d, ctx| {
                let got = answer_f64(d);
                let want = match task {
                    Task::Exact { terms, a, b } => {
                        // Gauss–Legendre with 3 nodes is exact for a cubic.
                        let f = |x: f64| {
                            terms
                                .iter()
                                .map(|(c, n)| c.to_f64() * x.powi(*n as i32))
                                .sum::<f64>()
                        };
                        assert!(terms.len() <= 4 && *b > *a && *b - *a <= 3, "{ctx}");
                        assert!(last_hint(d).contains("subtract"), "{ctx}");
                        GaussLegendre::new(3)
                            .unwrap()
                            .integrate(&f, *a as f64, *b as f64)
                            .unwrap()
                    }
                    Task::Rule { simpson, h, ys, .. } => {
                        let yf: Vec<f64> = ys.iter().map(|&y| y as f64).collect();
                        assert!((2..=4).contains(&(ys.len() - 1)), "{ctx}");
                        assert!(last_hint(d).contains("multiply it by"), "{ctx}");
                        if *simpson {
                            simp.note(d);
                            simpson_values(h.to_f64(), &yf).unwrap()
                        } else {
                            trap.note(d);
                            trapezoid_values(h.to_f64(), &yf).unwrap()
                        }
                    }
                    Task::Ratio {
                        simpson,
                        factor,
                        error,
                        ..
                    } => {
                        let p = if *simpson { 4.0 } else { 2.0 };
                        assert!(last_hint(d).contains("divide"), "{ctx}");
                        error.to_f64() * (1.0 / *factor as f64).powf(p)
                    }
                };
                assert!(
                    (got - want).abs() <= 1e-9 * want.abs().max(1e-6),
                    "{ctx}: {got} vs {want}"
                );
                seen[level as usize - 1].note(d);
                let _ = level;
            },
        );
        seen[0].assert_exactly(&["reversed", "evaluated_f", "power_rule_no_divide"]);
        trap.assert_exactly(&["ends_not_halved", "forgot_h"]);
        simp.assert_exactly(&["simpson_121", "trapezoid_instead", "forgot_third"]);
        seen[2].assert_exactly(&["wrong_order", "first_order"]);
    }
}
