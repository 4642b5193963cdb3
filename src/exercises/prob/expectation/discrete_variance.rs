//! `prob.discrete_variance`: the variance (level 3: the standard deviation) of a discrete random
//! variable from its table of probabilities, by `Var(X) = E[X²] − E[X]²`.
//!
//! Level 1: three values from 0..5, probabilities in quarters, fifths or tenths.
//! Level 2: four values from −3..6 (one negative at least), probabilities in tenths or
//! twentieths. Level 3: five values from −4..8 (one negative at least), probabilities in tenths
//! or twentieths; the standard deviation is asked. Every probability, mean and variance is a
//! terminating decimal, so the solution writes them as decimals.
//!
//! Named mistakes: `E[X²]` without subtracting `E[X]²`; the subtraction the wrong way round;
//! `E[X]` subtracted instead of its square; the listed values treated as a data set (divided by
//! the number of values, ignoring the probabilities); at level 3 also the variance for the
//! standard deviation.

use super::common::{
    Pmf, draw_counts, draw_distinct, mean_steps, plain, pmf_from_counts, readable,
    second_moment_steps,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, factor, math_line, num};
use crate::math::Scalar;

pub struct DiscreteVariance;

/// The drawn distribution: values and the counts of `total` units of probability they get.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub xs: Vec<i64>,
    pub counts: Vec<i64>,
    pub total: i64,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    let (k, lo, hi, totals): (usize, i64, i64, &[i64]) = match level {
        1 => (3, 0, 5, &[4, 5, 10]),
        2 => (4, -3, 6, &[10, 20]),
        3 => (5, -4, 8, &[10, 20]),
        l => return Err(GenError::Level(l)),
    };
    let xs = draw_distinct(rng, k, lo, hi);
    if level >= 2 && xs[0] >= 0 {
        return Err(GenError::Redraw("no negative value"));
    }
    let total = *rng.pick(totals);
    let counts = draw_counts(rng, k, total)?;
    Ok(Drawn { xs, counts, total })
}

/// `√1.1875`, `√(19/16)`: the square root of a number as the solution writes it.
fn root_text(x: Scalar) -> String {
    let s = num(x);
    if s.contains('/') {
        format!("√({s})")
    } else {
        format!("√{s}")
    }
}

/// The variance of the listed values as a data set, dividing by their number (the mistake of
/// ignoring the probabilities).
fn values_as_data(xs: &[Scalar]) -> Scalar {
    let n = Scalar::int(xs.len() as i64);
    let sum = xs.iter().fold(Scalar::ZERO, |s, &x| s + x);
    let mean = sum.checked_div(n).unwrap_or(Scalar::ZERO);
    let ss = xs
        .iter()
        .fold(Scalar::ZERO, |s, &x| s + (x - mean) * (x - mean));
    ss.checked_div(n).unwrap_or(Scalar::ZERO)
}

const VALUES_AS_DATA: &str = "That treats the listed values as a data set and divides by their \
    number, as numpy's var does for data: it ignores the probabilities. A random variable's \
    values count with their probabilities: Var(X) = E[X²] − E[X]², both means weighted by \
    P(X = x).";

fn build(level: u8, d: &Drawn) -> Result<Draft, GenError> {
    let pmf: Pmf = pmf_from_counts(&d.xs, &d.counts, d.total);
    let (mean, m2, var) = (pmf.mean(), pmf.second_moment(), pmf.variance());
    // A mean near 0 would make E[X²] a near miss of the variance: forgetting to subtract
    // E[X]² must move the answer by more than rounding does.
    if var.is_zero() || (mean * mean).to_f64() < 0.02 * var.to_f64() {
        return Err(GenError::Redraw("E[X]² is too small beside the variance"));
    }
    let data_var = values_as_data(&pmf.xs);
    let sd_asked = level == 3;
    let sd = var.sqrt();
    let answer = if sd_asked {
        let spec = AnswerSpec::scalar(readable(sd));
        if sd.is_exact() {
            spec
        } else {
            spec.exact_as(format!("sqrt({})", plain(readable(var))))
        }
    } else {
        AnswerSpec::scalar(readable(var))
    };

    let mut mistakes = Mistakes::new(&answer.expected);
    if sd_asked {
        mistakes.require(
            "variance_not_sd",
            readable(var),
            "That is the variance Var(X). The standard deviation is its square root, in the \
             units of X.",
        )?;
        mistakes.require(
            "second_moment_only",
            readable(m2.sqrt()),
            "That is √E[X²]: the square of the mean is missing. First Var(X) = E[X²] − E[X]², \
             then SD(X) = √Var(X).",
        )?;
        let slip = m2 - mean;
        if slip.to_f64() > 0.0 {
            mistakes.optional(
                "mean_not_squared",
                readable(slip.sqrt()),
                "You subtracted E[X] from E[X²]: subtract its square, E[X]², before the square \
                 root.",
            );
        }
        mistakes.optional("values_as_data", readable(data_var.sqrt()), VALUES_AS_DATA);
    } else {
        mistakes.require(
            "second_moment_only",
            readable(m2),
            "That is E[X²], the mean of the squares. The variance subtracts the square of the \
             mean from it: Var(X) = E[X²] − E[X]².",
        )?;
        mistakes.require(
            "reversed_subtraction",
            readable(mean * mean - m2),
            "That subtraction is the wrong way round, and a variance is never negative: \
             Var(X) = E[X²] − E[X]², the mean of the squares minus the square of the mean.",
        )?;
        mistakes.optional(
            "mean_not_squared",
            readable(m2 - mean),
            "You subtracted E[X] itself: subtract its square, E[X]² = E[X]·E[X].",
        );
        mistakes.optional("values_as_data", readable(data_var), VALUES_AS_DATA);
    }

    let (mean_r, m2_r, var_r) = (readable(mean), readable(m2), readable(var));
    let var_steps = vec![
        "E[X²] − E[X]²".to_string(),
        format!("{} − {}²", num(m2_r), factor(mean_r)),
        format!("{} − {}", num(m2_r), num(readable(mean * mean))),
        num(var_r),
    ];
    let mut solution = vec![
        Line::text("First the mean, each value weighted by its probability:"),
        math_line(&chain("E[X]", &mean_steps(&pmf))),
        Line::text("Then the mean of the squares:"),
        math_line(&chain("E[X²]", &second_moment_steps(&pmf))),
        Line::text("The variance is the mean of the squares minus the square of the mean:"),
        math_line(&chain("Var(X)", &var_steps)),
    ];
    let mut hints = vec![
        format!(
            "Start with the mean: E[X] = Σ x·P(X = x) = {}.",
            num(mean_r)
        ),
        format!(
            "Square each value before weighting it by its probability: E[X²] = Σ x²·P(X = x) \
             = {}.",
            num(m2_r)
        ),
    ];
    if sd_asked {
        solution.push(Line::text("The standard deviation is its square root:"));
        solution.push(math_line(&chain(
            "SD(X)",
            &["√Var(X)".to_string(), root_text(var_r), num(readable(sd))],
        )));
        hints.push(format!(
            "Var(X) = E[X²] − E[X]² = {} − {}² = {}; the standard deviation is SD(X) = {}.",
            num(m2_r),
            factor(mean_r),
            num(var_r),
            root_text(var_r)
        ));
    } else {
        hints.push(format!(
            "Var(X) = E[X²] − E[X]² = {} − {}²: square the mean, then subtract.",
            num(m2_r),
            factor(mean_r)
        ));
    }

    let question = if sd_asked {
        "Find its standard deviation SD(X) (exact, or to 4 significant figures)."
    } else {
        "Find its variance Var(X)."
    };
    let prompt = vec![
        Line::text(format!(
            "A random variable X takes {} values with these probabilities:",
            d.xs.len()
        )),
        pmf.line(),
        Line::text(question),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for DiscreteVariance {
    fn id(&self) -> &'static str {
        "prob.discrete_variance"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::near;
    use crate::exercises::common::testing::soundness_with;
    use std::collections::BTreeSet;

    #[test]
    fn variances_match_the_definition_and_mistakes_appear() {
        let mut names = BTreeSet::new();
        soundness_with(
            &DiscreteVariance,
            &[1, 2, 3],
            draw,
            build,
            |level, d, draft, ctx| {
                // The definition Σ (x − μ)²·p, in f64: not the generator's E[X²] − E[X]².
                let p: Vec<f64> = d
                    .counts
                    .iter()
                    .map(|&c| c as f64 / d.total as f64)
                    .collect();
                let mu: f64 = d.xs.iter().zip(&p).map(|(&x, p)| x as f64 * p).sum();
                let var: f64 =
                    d.xs.iter()
                        .zip(&p)
                        .map(|(&x, p)| (x as f64 - mu).powi(2) * p)
                        .sum();
                let want = if level == 3 { var.sqrt() } else { var };
                let got = draft.answer.expected.as_scalar().unwrap().to_f64();
                assert!(near(got, want), "{ctx}: {got} vs {want}");
                // Bounds and niceness per level.
                let (k, lo, hi) = [(3, 0, 5), (4, -3, 6), (5, -4, 8)][level as usize - 1];
                assert_eq!(d.xs.len(), k, "{ctx}");
                assert!(d.xs.iter().all(|x| (lo..=hi).contains(x)), "{ctx}");
                assert!(d.counts.iter().all(|&c| c >= 1), "{ctx}");
                assert_eq!(d.counts.iter().sum::<i64>(), d.total, "{ctx}");
                // Mean and variance are terminating decimals, shown as such.
                for x in [mu, var] {
                    assert!(((x * 1e4).round() - x * 1e4).abs() < 1e-6, "{ctx}: {x}");
                }
                // The last hint is the last step: E[X²] − E[X]² with this problem's numbers.
                let last = draft.hints.last().unwrap();
                let m2: f64 = d.xs.iter().zip(&p).map(|(&x, p)| (x * x) as f64 * p).sum();
                let m2_text = num(readable(Scalar::Real(m2)));
                assert!(last.contains(&format!("= {m2_text} − ")), "{ctx}: {last}");
                if level == 3 {
                    assert!(last.contains("SD(X) = √"), "{ctx}: {last}");
                }
                names.extend(draft.mistakes.iter().map(|m| (level == 3, m.name)));
            },
        );
        for name in [
            "second_moment_only",
            "reversed_subtraction",
            "mean_not_squared",
            "values_as_data",
        ] {
            assert!(names.contains(&(false, name)), "{name} at levels 1–2");
        }
        for name in [
            "variance_not_sd",
            "second_moment_only",
            "mean_not_squared",
            "values_as_data",
        ] {
            assert!(names.contains(&(true, name)), "{name} at level 3");
        }
    }

    #[test]
    fn a_worked_example() {
        // P(X = 0) = 0.2, P(X = 1) = 0.5, P(X = 3) = 0.3: E[X] = 1.4, E[X²] = 3.2, Var = 1.24.
        let d = Drawn {
            xs: vec![0, 1, 3],
            counts: vec![2, 5, 3],
            total: 10,
        };
        let draft = build(1, &d).unwrap();
        assert_eq!(draft.answer.canonical_text(), "1.24");
        assert_eq!(
            draft.solution[5],
            math_line("Var(X) = E[X²] − E[X]² = 3.2 − 1.4² = 3.2 − 1.96 = 1.24")
        );
        let sd = build(3, &d).unwrap();
        assert_eq!(sd.answer.canonical_text(), "sqrt(1.24)");
    }
}
