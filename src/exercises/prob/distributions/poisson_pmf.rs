//! `prob.poisson_pmf`: P(X = k) or P(X ≤ k) for a Poisson X, by P(X = k) = exp(−λ)·λᵏ/k!, to 4
//! significant figures.
//!
//! Level 1: λ ∈ {1, 2, 3, 4}, P(X = k) for k = 2–4. Level 2: λ ∈ {0.5, 1.5, 2, 2.5, 3, 4, 5},
//! P(X = k) for k = 2–5 or P(X ≤ k) for k = 2–3. Level 3: λ from a rate per hour over some
//! minutes (4 per hour over 45 minutes: λ = 3), either question. Always k ≥ 2, so that k! ≠ 1,
//! and every answer is at least 0.01.
//!
//! Named mistakes: exp(−λ) left out, k! left out, P(X = k) alone for P(X ≤ k), the rate per hour
//! used as λ at level 3.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line};
use crate::exercises::common::{sig, tidy};
use crate::math::Scalar;

pub struct PoissonPmf;

/// A rate per hour and a time span in minutes (level 3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub per_hour: u32,
    pub minutes: u32,
}

/// One problem: X ~ Poisson(λ), asked P(X = k) or (`cumulative`) P(X ≤ k).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub lambda: f64,
    pub k: u32,
    pub cumulative: bool,
    pub rate: Option<Rate>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => Ok(Params {
            lambda: rng.int(1, 4) as f64,
            k: rng.int(2, 4) as u32,
            cumulative: false,
            rate: None,
        }),
        2 => {
            let lambda = *rng.pick(&[0.5, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0]);
            let cumulative = rng.chance(1, 2);
            let k = if cumulative {
                rng.int(2, 3)
            } else {
                rng.int(2, 5)
            } as u32;
            Ok(Params {
                lambda,
                k,
                cumulative,
                rate: None,
            })
        }
        3 => {
            let per_hour: u32 = *rng.pick(&[2, 3, 4, 5, 6, 8, 10, 12]);
            let minutes = *rng.pick(&[15, 20, 30, 45, 90]);
            let tenths = per_hour * minutes;
            // λ = per_hour·minutes/60 with at most one decimal, between 1 and 6.
            if !tenths.is_multiple_of(6) || !(60..=360).contains(&tenths) {
                return Err(GenError::Redraw("λ is not a one-decimal number in 1..6"));
            }
            let cumulative = rng.chance(1, 2);
            let k = if cumulative {
                rng.int(2, 3)
            } else {
                rng.int(2, 5)
            } as u32;
            Ok(Params {
                lambda: (tenths / 6) as f64 / 10.0,
                k,
                cumulative,
                rate: Some(Rate { per_hour, minutes }),
            })
        }
        l => Err(GenError::Level(l)),
    }
}

fn factorial(k: u32) -> f64 {
    (1..=k).map(f64::from).product()
}

/// P(X = j) = exp(−λ)·λʲ/j!.
fn pmf(lambda: f64, j: u32) -> f64 {
    (-lambda).exp() * lambda.powi(j as i32) / factorial(j)
}

/// `exp(−λ)·λᵏ/k!` over the terms `0..=k` (cumulative) or `k` alone, with the factors `exp(−λ)`
/// and `/k!` each optional: the answer and its two named mistakes.
fn sum(p: &Params, lambda: f64, with_exp: bool, with_factorial: bool) -> f64 {
    let first = if p.cumulative { 0 } else { p.k };
    let e = if with_exp { (-lambda).exp() } else { 1.0 };
    (first..=p.k)
        .map(|j| {
            let f = if with_factorial { factorial(j) } else { 1.0 };
            e * lambda.powi(j as i32) / f
        })
        .sum()
}

/// `λ = 2.5` as a solution writes it.
fn lam(x: f64) -> String {
    sig(x)
}

/// `λʲ` with a superscript: `2.5³`.
fn power(lambda: f64, j: u32) -> String {
    format!(
        "{}{}",
        lam(lambda),
        crate::exercises::common::superscript(j)
    )
}

/// `P(X = 3) = exp(−2)·2³/3! = 0.135335·8/6 = 0.180447` (the first two terms written out as
/// `exp(−2) = 0.135335` and `exp(−2)·2 = 0.270671`).
fn term_line(lambda: f64, j: u32) -> String {
    let e = format!("exp(−{})", lam(lambda));
    let steps: Vec<String> = match j {
        0 => vec![e.clone(), sig(pmf(lambda, 0))],
        1 => vec![format!("{e}·{}", lam(lambda)), sig(pmf(lambda, 1))],
        _ => vec![
            format!("{e}·{}/{j}!", power(lambda, j)),
            format!(
                "{}·{}/{}",
                sig((-lambda).exp()),
                sig(lambda.powi(j as i32)),
                factorial(j)
            ),
            sig(pmf(lambda, j)),
        ],
    };
    chain(&format!("P(X = {j})"), &steps)
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let (lambda, k) = (p.lambda, p.k);
    let value = sum(p, lambda, true, true);
    if value < 0.01 {
        return Err(GenError::Redraw("a tiny probability"));
    }
    let answer = AnswerSpec::scalar(tidy(Scalar::Real(value)));
    let asked = if p.cumulative {
        format!("X ≤ {k}")
    } else {
        format!("X = {k}")
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "forgot_exp",
        Scalar::Real(sum(p, lambda, false, true)),
        "The factor exp(−λ) is missing: P(X = k) = exp(−λ)·λᵏ/k!, and without exp(−λ) the \
         probabilities would not add up to 1.",
    )?;
    mistakes.require(
        "forgot_factorial",
        Scalar::Real(sum(p, lambda, true, false)),
        "The k! is missing: P(X = k) = exp(−λ)·λᵏ/k! divides by k factorial, k! = 1·2·…·k.",
    )?;
    if p.cumulative {
        mistakes.optional(
            "single_term",
            Scalar::Real(pmf(lambda, k)),
            format!("That is P(X = {k}) alone: P({asked}) adds P(X = j) for j = 0, 1, …, {k}."),
        );
    }
    if let Some(r) = p.rate {
        let q = Params {
            lambda: r.per_hour as f64,
            ..*p
        };
        mistakes.optional(
            "unscaled_rate",
            Scalar::Real(sum(&q, q.lambda, true, true)),
            format!(
                "That uses the rate per hour as λ. Over {} minutes the mean count is the rate \
                 times the time in hours.",
                r.minutes
            ),
        );
    }

    let mut prompt = match p.rate {
        Some(r) => vec![Line::text(format!(
            "Calls reach a help desk independently at an average rate of {} per hour. X is the \
             number of calls in {} minutes (a Poisson count).",
            r.per_hour, r.minutes
        ))],
        None => vec![Line::text(format!(
            "X is Poisson with mean λ = {} (the average number of events).",
            lam(lambda)
        ))],
    };
    prompt.push(Line::text(format!(
        "Find P({asked}). Give 4 significant figures."
    )));

    let mut solution = Vec::new();
    let mut first_hint = String::new();
    if let Some(r) = p.rate {
        let line = format!("λ = {}·{}/60 = {}", r.per_hour, r.minutes, lam(lambda));
        solution.push(
            Line::text("The mean count over the time asked is the rate times the hours: ")
                .m(line.clone()),
        );
        first_hint = format!("The mean count in {} minutes is {line}. ", r.minutes);
    }
    solution.push(Line::text(format!(
        "X is Poisson with λ = {}, so P(X = k) = exp(−λ)·λᵏ/k!.",
        lam(lambda)
    )));
    let terms: Vec<u32> = if p.cumulative {
        (0..=k).collect()
    } else {
        vec![k]
    };
    solution.extend(terms.iter().map(|&j| math_line(&term_line(lambda, j))));
    if p.cumulative {
        let names: Vec<String> = terms.iter().map(|j| format!("P(X = {j})")).collect();
        let values: Vec<String> = terms.iter().map(|&j| sig(pmf(lambda, j))).collect();
        solution.push(math_line(&chain(
            &format!("P({asked})"),
            &[names.join(" + "), values.join(" + "), sig(value)],
        )));
    }
    let hints = if p.cumulative {
        let shown: Vec<String> = terms
            .iter()
            .map(|&j| format!("P(X = {j}) = {}", sig(pmf(lambda, j))))
            .collect();
        vec![
            format!(
                "{first_hint}P({asked}) = P(X = 0) + … + P(X = {k}), each term \
                 exp(−λ)·λʲ/j! with λ = {}.",
                lam(lambda)
            ),
            format!("The terms are {}: add them.", shown.join(", ")),
        ]
    } else {
        vec![
            format!(
                "{first_hint}Use P(X = k) = exp(−λ)·λᵏ/k! with λ = {} and k = {k}.",
                lam(lambda)
            ),
            format!(
                "exp(−{}) = {}, {} = {} and {k}! = {}: multiply the first two and divide by \
                 the third.",
                lam(lambda),
                sig((-lambda).exp()),
                power(lambda, k),
                sig(lambda.powi(k as i32)),
                factorial(k)
            ),
        ]
    };
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for PoissonPmf {
    fn id(&self) -> &'static str {
        "prob.poisson_pmf"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness_with;
    use statrs::distribution::{Discrete, DiscreteCDF, Poisson};

    #[test]
    fn poisson_probabilities_match_statrs() {
        let mut named = Seen::default();
        let mut cumulative = [0usize; 3];
        soundness_with(
            &PoissonPmf,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let dist = Poisson::new(p.lambda).unwrap();
                let reference = if p.cumulative {
                    dist.cdf(p.k as u64)
                } else {
                    dist.pmf(p.k as u64)
                };
                let got = d.answer.expected.as_scalar().unwrap().to_f64();
                assert!((got - reference).abs() <= 1e-12, "{ctx}: {got} {reference}");
                assert!(got >= 0.01 && p.k >= 2, "{ctx}");
                assert!((1.0..=6.0).contains(&p.lambda) || level == 2, "{ctx}");
                let tenths = p.lambda * 10.0;
                assert!((tenths - tenths.round()).abs() < 1e-9, "{ctx}");
                assert_eq!(p.rate.is_some(), level == 3, "{ctx}");
                if let Some(r) = p.rate {
                    let lambda = r.per_hour as f64 * r.minutes as f64 / 60.0;
                    assert!((p.lambda - lambda).abs() < 1e-12, "{ctx}");
                }
                if level == 1 {
                    assert!(p.lambda.fract() == 0.0 && !p.cumulative, "{ctx}");
                }
                // The last hint is the last step: the factors, or the terms to add.
                let last = d.hints.last().unwrap();
                assert!(
                    last.contains(&sig(pmf(p.lambda, p.k))) || !p.cumulative,
                    "{ctx}"
                );
                assert!(last.contains(&sig((-p.lambda).exp())), "{ctx}: {last}");
                cumulative[level as usize - 1] += usize::from(p.cumulative);
                named.note(d);
            },
        );
        assert!(cumulative[0] == 0 && cumulative[1] > 100 && cumulative[2] > 100);
        named.assert_exactly(&[
            "forgot_exp",
            "forgot_factorial",
            "single_term",
            "unscaled_rate",
        ]);
    }
}
