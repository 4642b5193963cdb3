//! `prob.bayes_test`: the chance that someone who tests positive has the disease, `P(D|+)`, from
//! the prevalence `P(D)`, the sensitivity `P(+|D)` and the specificity `P(−|H)` (Bayes' rule).
//!
//! Every rate is a whole number per mille, so each step is a terminating decimal and the answer
//! an exact fraction.
//! Level 1: natural frequencies: a population of 1000, 10000 or 100000 (the smallest in which
//! every count is whole), prevalence 1–20%.
//! Level 2: the rates alone, prevalence 0.5–25%.
//! Level 3: two positive results of independent runs of the test, `P(D|++)`, where
//! `P(++|D) = P(+|D)²` (independent given the disease status).
//!
//! Named mistakes: the sensitivity `P(+|D)` for `P(D|+)`; ignoring the base rate (sick and
//! healthy taken as equally likely); `P(D)·P(+|D)` not divided by `P(+)`; the specificity where
//! the false-positive rate `1 − specificity` belongs; at level 3, stopping after one test.

use super::writing::{answer_value, p, p_factor, pct, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::math::Scalar;

pub struct BayesTest;

/// The problem's numbers.
#[derive(Clone, Debug)]
pub struct Params {
    pub prevalence: Scalar,
    pub sensitivity: Scalar,
    pub specificity: Scalar,
    /// The population of the natural-frequency version (level 1), else `None`.
    pub population: Option<i64>,
    /// How many independent positive results (1, or 2 at level 3).
    pub tests: i64,
}

fn per_mille(rng: &mut DrillRng, choices: &[i64]) -> Scalar {
    Scalar::frac(*rng.pick(choices), 1000)
}

/// The smallest population of 1000, 10000, 100000 in which every count is whole.
fn population_for(prev: Scalar, sens: Scalar, spec: Scalar) -> Option<i64> {
    [1000, 10_000, 100_000].into_iter().find(|&n| {
        let sick = prev * Scalar::int(n);
        let healthy = Scalar::int(n) - sick;
        [sick, sick * sens, healthy * (Scalar::ONE - spec)]
            .iter()
            .all(|c| c.as_integer().is_some())
    })
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (prev, sens, spec): (&[i64], &[i64], &[i64]) = match level {
        1 => (
            &[10, 20, 50, 100, 200],
            &[800, 900, 950, 980],
            &[900, 950, 980, 990],
        ),
        2 => (
            &[5, 10, 20, 30, 50, 100, 150, 200, 250],
            &[700, 750, 800, 850, 900, 950, 980, 990],
            &[800, 850, 900, 950, 970, 980, 990, 995],
        ),
        3 => (&[5, 10, 20, 50], &[800, 900, 950], &[800, 900, 950]),
        l => return Err(GenError::Level(l)),
    };
    let prevalence = per_mille(rng, prev);
    let sensitivity = per_mille(rng, sens);
    let specificity = per_mille(rng, spec);
    let population = match level {
        1 => Some(
            population_for(prevalence, sensitivity, specificity)
                .ok_or(GenError::Redraw("no whole counts"))?,
        ),
        _ => None,
    };
    Ok(Params {
        prevalence,
        sensitivity,
        specificity,
        population,
        tests: if level == 3 { 2 } else { 1 },
    })
}

/// `x^k` for the small powers used here.
fn pow(x: Scalar, k: i64) -> Scalar {
    x.powi(k).unwrap_or(Scalar::ZERO)
}

/// `a/(a + b)`, the share of `a`.
fn share(a: Scalar, b: Scalar) -> Result<Scalar, GenError> {
    a.checked_div(a + b)
        .ok_or(GenError::Redraw("zero denominator"))
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let (prev, sens, spec, k) = (q.prevalence, q.sensitivity, q.specificity, q.tests);
    let healthy = Scalar::ONE - prev;
    let fpr = Scalar::ONE - spec;
    let (like_d, like_h) = (pow(sens, k), pow(fpr, k));
    let (sick_pos, healthy_pos) = (prev * like_d, healthy * like_h);
    let posterior = share(sick_pos, healthy_pos)?;
    let answer = AnswerSpec::scalar(answer_value(posterior));
    let pos = if k == 1 { "+" } else { "++" };

    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "sensitivity",
        sens,
        "That is P(+|D), the sensitivity: the chance that someone with the disease tests \
         positive. The question is the reverse, P(D|+): among those who test positive, the share \
         who have the disease.",
    )?;
    mistakes.require(
        "ignored_base_rate",
        share(like_d, like_h)?,
        "That treats having the disease and not having it as equally likely: it ignores the \
         base rate. Weight P(+|D) by P(D) and P(+|H) by P(H) = 1 − P(D).",
    )?;
    mistakes.optional(
        "not_divided_by_p_positive",
        sick_pos,
        format!(
            "That is P(D)·P({pos}|D), the chance of having the disease and testing {}, among \
             everyone. Divide it by P({pos}), the chance of that result at all.",
            if k == 1 { "positive" } else { "positive twice" }
        ),
    );
    mistakes.optional(
        "specificity_in_denominator",
        share(sick_pos, healthy * pow(spec, k))?,
        format!(
            "In P({pos}), the healthy who test positive count with P(H)·P({pos}|H), and P(+|H) \
             is the false-positive rate 1 − specificity, not the specificity itself."
        ),
    );
    if k == 2 {
        mistakes.optional(
            "one_test_only",
            share(prev * sens, healthy * fpr)?,
            "That is P(D|+) after the first positive result only. The second positive result \
             updates it again: use P(+|D)² and P(+|H)², or the first answer as the new prior.",
        );
    }

    let prompt = prompt(q);
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    if let Some(n) = q.population {
        let sick = prev * Scalar::int(n);
        let well = Scalar::int(n) - sick;
        let (tp, fp) = (sick * sens, well * fpr);
        solution.push(Line::text(format!("Count the {n} people:")));
        solution.push(
            Line::text("with the disease ")
                .m(format!("{} of {n} = {}", pct(prev), num(sick)))
                .t(", without it ")
                .m(chain(&format!("{n} − {}", num(sick)), &[num(well)])),
        );
        solution.push(Line::text("with the disease and positive: ").m(format!(
            "{} of {} = {}",
            pct(sens),
            num(sick),
            num(tp)
        )));
        solution.push(Line::text("without it and positive: ").m(format!(
            "{} of {} = {}",
            pct(fpr),
            num(well),
            num(fp)
        )));
        solution.push(result_line(
            "P(D|+)",
            &[
                format!("{}/({} + {})", num(tp), num(tp), num(fp)),
                format!("{}/{}", num(tp), num(tp + fp)),
            ],
            posterior,
        ));
        hints.push(format!(
            "Count the people who test positive: those with the disease ({} of {}) and those \
             without it ({} of {}).",
            pct(sens),
            num(sick),
            pct(fpr),
            num(well)
        ));
        hints.push(format!(
            "{} people with the disease and {} without it test positive: what share of all the \
             positives has the disease?",
            num(tp),
            num(fp)
        ));
    } else {
        solution.push(
            Line::text("Bayes' rule: ")
                .m(format!("P(D|{pos}) = P(D)·P({pos}|D)/P({pos})"))
                .t(", where ")
                .m(format!("P({pos})"))
                .t(" counts the positives with and without the disease."),
        );
        if k == 2 {
            solution.push(
                Line::text("The runs are independent given the status: ")
                    .m(format!("P(++|D) = {}² = {}", p(sens), p(like_d)))
                    .t(", ")
                    .m(format!(
                        "P(++|H) = (1 − {})² = {}² = {}",
                        p(spec),
                        p(fpr),
                        p(like_h)
                    )),
            );
        }
        let (ld, lh) = if k == 1 {
            (p(sens), format!("(1 − {})", p(spec)))
        } else {
            (p(like_d), p(like_h))
        };
        solution.push(math_line(&chain(
            &format!("P(D)·P({pos}|D)"),
            &[format!("{}·{ld}", p(prev)), p(sick_pos)],
        )));
        let mut h_steps = vec![format!("(1 − {})·{lh}", p(prev))];
        h_steps.push(format!("{}·{}", p(healthy), p(pow(fpr, k))));
        h_steps.push(p(healthy_pos));
        solution.push(math_line(&chain(&format!("P(H)·P({pos}|H)"), &h_steps)));
        let total = sick_pos + healthy_pos;
        solution.push(math_line(&chain(
            &format!("P({pos})"),
            &[format!("{} + {}", p(sick_pos), p(healthy_pos)), p(total)],
        )));
        solution.push(result_line(
            &format!("P(D|{pos})"),
            &[format!("{}/{}", p(sick_pos), p_factor(total))],
            posterior,
        ));
        // The catalog's hints give Bayes' rule; this one puts the problem's numbers in it.
        let power = if k == 2 { "²" } else { "" };
        hints.push(format!(
            "The sick who test positive: P(D)·P({pos}|D) = {}·{}{power}. The healthy who test \
             positive: P(H)·P({pos}|H) = {}·{}{power}, since P(H) = 1 − P(D) and P(+|H) = 1 − \
             specificity. P({pos}) adds the two.",
            p(prev),
            p_factor(sens),
            p(healthy),
            p_factor(fpr),
        ));
        hints.push(format!(
            "P(D)·P({pos}|D) = {} and P({pos}) = {} + {} = {}: divide.",
            p(sick_pos),
            p(sick_pos),
            p(healthy_pos),
            p(total)
        ));
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn prompt(q: &Params) -> Vec<Line> {
    let rates = format!(
        "The test is positive for {} of the people who have the disease (its sensitivity) and \
         negative for {} of those who do not (its specificity).",
        pct(q.sensitivity),
        pct(q.specificity)
    );
    let mut lines = vec![match q.population {
        Some(n) => Line::text(format!(
            "In a population of {n} people, {} have a disease.",
            pct(q.prevalence)
        )),
        None => Line::text(format!(
            "A disease affects {} of a population.",
            pct(q.prevalence)
        )),
    }];
    lines.push(Line::text(rates));
    let (event, ask) = if q.tests == 1 {
        ("+ for a positive result", "P(D|+)")
    } else {
        ("++ for two positive results", "P(D|++)")
    };
    lines.push(Line::text(if q.tests == 1 {
        "A person tests positive. What is the probability that they have the disease?"
    } else {
        "A person tests positive, and a second, independent run of the test is positive too. \
         What is the probability that they have the disease?"
    }));
    lines.push(
        Line::text("Write ")
            .m("D")
            .t(" for having the disease, ")
            .m("H")
            .t(" for not having it and ")
            .m(event)
            .t(": find ")
            .m(ask)
            .t(", as a fraction or a decimal to 4 significant figures."),
    );
    lines
}

impl Exercise for BayesTest {
    fn id(&self) -> &'static str {
        "prob.bayes_test"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{
        Seen, answer_f64, assert_close, last_hint, soundness_with,
    };
    use statrs::distribution::{Binomial, Discrete};

    #[test]
    fn posterior_matches_a_direct_computation() {
        let mut seen = Seen::default();
        soundness_with(&BayesTest, &[1, 2, 3], draw, build, |level, q, d, ctx| {
            let (prev, sens, spec) = (
                q.prevalence.to_f64(),
                q.sensitivity.to_f64(),
                q.specificity.to_f64(),
            );
            let k = q.tests as i32;
            // Independent: the chance of k positives out of k runs from statrs' binomial pmf.
            let both = |rate: f64| Binomial::new(rate, k as u64).unwrap().pmf(k as u64);
            let want = prev * both(sens) / (prev * both(sens) + (1.0 - prev) * both(1.0 - spec));
            assert_close(answer_f64(d), want, ctx);
            assert_eq!(k, if level == 3 { 2 } else { 1 }, "{ctx}");
            assert!((0.005..=0.25).contains(&prev), "{ctx}");
            if let Some(n) = q.population {
                assert_eq!(level, 1, "{ctx}");
                let sick = prev * n as f64;
                let tp = sick * sens;
                let fp = (n as f64 - sick) * (1.0 - spec);
                for c in [sick, tp, fp] {
                    assert!((c - c.round()).abs() < 1e-9, "{ctx}: count {c}");
                }
                assert!(
                    last_hint(d).contains(&format!("{} people", tp.round())),
                    "{ctx}"
                );
            } else {
                let total = p(q.prevalence * pow(q.sensitivity, q.tests)
                    + (Scalar::ONE - q.prevalence) * pow(Scalar::ONE - q.specificity, q.tests));
                assert!(
                    last_hint(d).contains(&format!("= {total}: divide")),
                    "{ctx}"
                );
                // The hints rise: the one before the last puts this problem's numbers into
                // the rule the catalog's hints state, rather than restating the rule.
                let before_last = &d.hints[d.hints.len() - 2];
                assert!(!before_last.contains("P(D|"), "{ctx}: {before_last}");
                assert!(
                    before_last.contains(&format!("= {}·", p(q.prevalence))),
                    "{ctx}: {before_last}"
                );
            }
            assert!(d.mistakes.iter().any(|m| m.name == "sensitivity"), "{ctx}");
            seen.note(d);
        });
        seen.assert_all(&[
            "sensitivity",
            "ignored_base_rate",
            "not_divided_by_p_positive",
            "specificity_in_denominator",
            "one_test_only",
        ]);
    }
}
