//! `prob.zscore_compare`: scores from different distributions compared through their z-scores
//! (levels 1 and 3, a letter choice), or the percentile of a score (level 2).
//!
//! Level 1: three exam scores, higher is better; integer z-scores or halves. The three people are
//! built so that the best z, the best raw score and the most points above the mean belong to
//! three different people (so each comparison gives a different letter). Level 2: the proportion
//! of a normal population below a score, P(X ≤ x), with z on the table (|z| ≤ 1.6, 2 decimals)
//! and P(Z ≤ z) to 4 decimals; half the prompts give the variance. Level 3: three race times,
//! lower is better.
//!
//! Named mistakes: comparing raw scores, comparing distances from the mean without the spread,
//! (level 3) taking the highest z although lower times are better; (level 2) the upper tail, the
//! variance used as σ, the density's height read as a probability.

use super::normal::{Normal, draw_normal};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, math_line};
use crate::exercises::common::{TABLE_TOLERANCE, table_cdf, table_lookup};
use crate::exercises::common::{round_to, sig};
use crate::expr::Value;
use crate::math::Scalar;

pub struct ZScoreCompare;

const NAMES: [&str; 3] = ["Ana", "Ben", "Chloe"];
const LETTERS: [char; 3] = ['a', 'b', 'c'];

/// One person's score and the mean and standard deviation of the distribution it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    pub x: f64,
    pub mu: f64,
    pub sigma: f64,
}

impl Score {
    pub fn z(&self) -> f64 {
        (self.x - self.mu) / self.sigma
    }
}

/// One problem: three scores to compare (`lower_better` for times), or a percentile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Params {
    Compare {
        scores: [Score; 3],
        lower_better: bool,
    },
    Percentile {
        x: Normal,
        value: f64,
    },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => draw_exams(rng),
        2 => {
            let variance = rng.chance(1, 2);
            let x = draw_normal(rng, &[4, 5, 8, 10, 12, 15, 20, 25], 40, 150, variance);
            let s = x.sigma as i64;
            let step = s / gcd(s, 100);
            let most = (1.6 * x.sigma) as i64 / step;
            let d = step * rng.int(-most, most);
            if (d as f64 / x.sigma).abs() < 0.1 {
                return Err(GenError::Redraw("z too near 0"));
            }
            Ok(Params::Percentile {
                x,
                value: x.mu + d as f64,
            })
        }
        3 => draw_races(rng),
        l => Err(GenError::Level(l)),
    }
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// A score `z` standard deviations from `mu`.
fn score(mu: i64, sigma: i64, z: f64) -> Score {
    let (mu, sigma) = (mu as f64, sigma as f64);
    Score {
        x: mu + z * sigma,
        mu,
        sigma,
    }
}

/// Three exam scores: the best z (`best`), the most points above the mean (`wide`, a large σ
/// and a smaller z) and the best raw score (`high`, from an exam with a high mean), shuffled.
fn draw_exams(rng: &mut DrillRng) -> Result<Params, GenError> {
    let best = score(
        rng.int(40, 70),
        *rng.pick(&[2, 4, 6]),
        *rng.pick(&[1.5, 2.0, 2.5]),
    );
    let wide = score(
        rng.int(40, 70),
        *rng.pick(&[10, 12, 16, 20]),
        *rng.pick(&[0.5, 1.0]),
    );
    let top = best.x.max(wide.x) as i64;
    let high = score(
        top + rng.int(2, 12),
        *rng.pick(&[2, 4, 6, 8]),
        *rng.pick(&[0.5, 1.0]),
    );
    let ok = best.z() > wide.z().max(high.z())
        && wide.x - wide.mu > (best.x - best.mu).max(high.x - high.mu)
        && high.x > best.x.max(wide.x);
    if !ok {
        return Err(GenError::Redraw("the three comparisons do not differ"));
    }
    let mut scores = [best, wide, high];
    rng.shuffle(&mut scores);
    Ok(Params::Compare {
        scores,
        lower_better: false,
    })
}

/// Three race times: the lowest z (`best`), the highest z (`slow`) and the lowest raw time
/// (`short`, from a race with a low mean), shuffled.
fn draw_races(rng: &mut DrillRng) -> Result<Params, GenError> {
    let best = score(
        rng.int(50, 90),
        *rng.pick(&[2, 4, 6]),
        *rng.pick(&[-1.5, -2.0, -2.5]),
    );
    let slow = score(
        rng.int(50, 120),
        *rng.pick(&[4, 6, 8, 10]),
        *rng.pick(&[0.5, 1.0, 1.5]),
    );
    let low = best.x.min(slow.x) as i64;
    let short = score(
        low - rng.int(4, 20),
        *rng.pick(&[2, 4]),
        *rng.pick(&[-0.5, -1.0]),
    );
    let ok = best.z() < slow.z().min(short.z()) && short.x < best.x.min(slow.x);
    if !ok {
        return Err(GenError::Redraw("the comparisons do not differ"));
    }
    let mut scores = [best, slow, short];
    rng.shuffle(&mut scores);
    Ok(Params::Compare {
        scores,
        lower_better: true,
    })
}

/// The index of the largest key (ties cannot occur in the drawn problems).
fn argmax(scores: &[Score; 3], key: impl Fn(&Score) -> f64) -> usize {
    (0..3)
        .max_by(|&i, &j| key(&scores[i]).total_cmp(&key(&scores[j])))
        .unwrap_or(0)
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    match *p {
        Params::Compare {
            scores,
            lower_better,
        } => compare(&scores, lower_better),
        Params::Percentile { x, value } => percentile(x, value),
    }
}

fn compare(scores: &[Score; 3], lower_better: bool) -> Result<Draft, GenError> {
    // "Better" is the larger of sign·key: the highest z for exams, the lowest for times.
    let sign = if lower_better { -1.0 } else { 1.0 };
    let best = argmax(scores, |s| sign * s.z());
    let answer = AnswerSpec::with(Value::Choice(LETTERS[best]), Equivalence::Exact);
    let mut mistakes = Mistakes::new(&answer.expected);
    let raw = argmax(scores, |s| sign * s.x);
    let (unit, noun) = if lower_better {
        ("seconds", "time")
    } else {
        ("points", "score")
    };
    mistakes.require(
        "raw_scores",
        Value::Choice(LETTERS[raw]),
        format!(
            "That is the best raw {noun}, but the distributions differ. Compare z-scores, \
             which measure each {noun} against its own mean and spread."
        ),
    )?;
    mistakes.optional(
        "ignored_spread",
        Value::Choice(LETTERS[argmax(scores, |s| sign * (s.x - s.mu))]),
        format!(
            "That {noun} is the most {unit} from its mean in the right direction, but a \
             {unit} counts for more where the spread is small: divide each distance by its \
             standard deviation."
        ),
    );
    if lower_better {
        mistakes.optional(
            "higher_is_better",
            Value::Choice(LETTERS[argmax(scores, Score::z)]),
            "That runner has the highest z-score: the slowest relative to the race. Lower \
             times are better, so the best run has the most negative z.",
        );
    }

    let mut prompt = vec![Line::text(if lower_better {
        "Three runners ran in different races. Each race's times (in seconds) have the mean \
         and standard deviation shown. Who ran relatively fastest, compared with the others \
         in the same race?"
    } else {
        "Three students took different exams. Each exam's scores have the mean and standard \
         deviation shown. Who did relatively best, compared with the others who took the \
         same exam?"
    })];
    for (k, s) in scores.iter().enumerate() {
        prompt.push(Line::text(format!(
            "({}) {}: {} {} in {} with mean {} and standard deviation {}",
            LETTERS[k],
            NAMES[k],
            sig(s.x),
            if lower_better { "seconds" } else { "points" },
            if lower_better { "a race" } else { "an exam" },
            sig(s.mu),
            sig(s.sigma)
        )));
    }
    prompt.push(Line::text("Answer a, b or c."));

    let mut solution = vec![Line::text(
        "Compare z-scores, z = (x − μ)/σ: each counts standard deviations from its own mean.",
    )];
    for (k, s) in scores.iter().enumerate() {
        solution.push(Line::text(format!("{}: ", NAMES[k])).m(format!(
            "z = ({} − {})/{} = {}",
            sig(s.x),
            sig(s.mu),
            sig(s.sigma),
            sig(s.z())
        )));
    }
    let verdict = if lower_better {
        format!(
            "{}'s z is the lowest (lower times are better): the relatively fastest run. Answer: ",
            NAMES[best]
        )
    } else {
        format!(
            "{}'s z is the highest: the relatively best score. Answer: ",
            NAMES[best]
        )
    };
    solution.push(Line::text(verdict).v(answer.expected.clone()));
    let zs: Vec<String> = (0..3)
        .map(|k| format!("{} ({})", sig(scores[k].z()), NAMES[k]))
        .collect();
    let hints = vec![
        format!(
            "Raw {noun}s from different distributions do not compare: compute each z = (x − \
             μ)/σ with its own mean and standard deviation."
        ),
        format!(
            "The z-scores are {}, {} and {}: pick the {}.",
            zs[0],
            zs[1],
            zs[2],
            if lower_better {
                "lowest, as lower times are better"
            } else {
                "highest"
            }
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

fn percentile(x: Normal, value: f64) -> Result<Draft, GenError> {
    let z = round_to(x.z(value), 2);
    let p = table_cdf(z);
    let eq = Equivalence::Scalar(TABLE_TOLERANCE);
    let answer = AnswerSpec::with(Scalar::Real(p), eq.clone());
    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    mistakes.require(
        "upper_tail",
        Scalar::Real(round_to(1.0 - p, 4)),
        format!(
            "That is the proportion above {}, P(X > {}). The percentile counts the scores \
             below.",
            sig(value),
            sig(value)
        ),
    )?;
    if x.variance {
        mistakes.optional(
            "variance_for_sigma",
            Scalar::Real(table_cdf(round_to(x.z_over_variance(value), 2))),
            "That z divides by the variance σ². Divide by the standard deviation σ, the \
             square root of the variance.",
        );
    }
    let density = (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
    mistakes.optional(
        "pdf_as_probability",
        Scalar::Real(round_to(density, 4)),
        "That is the height of the normal density curve at z, not a probability. The \
         proportion below is the area to the left: P(Z ≤ z).",
    );
    let prompt = vec![
        Line::text(format!("Test scores are normal with {}.", x.stated())),
        Line::text(format!(
            "What proportion of the scores lie below {} (its percentile, as a proportion)? Use \
             the z table: z to 2 decimals, P(Z ≤ z) to 4 decimals.",
            sig(value)
        )),
    ];
    let mut solution = vec![Line::text("Standardize with ").m(x.sigma_step()).t(":")];
    solution.push(math_line(&x.z_line("z", value)));
    solution.push(
        Line::text(format!("The proportion below {} is ", sig(value)))
            .m(format!("P(X ≤ {}) = P(Z ≤ {})", sig(value), sig(z)))
            .t(", from the z table:"),
    );
    solution.push(math_line(&table_lookup(z)));
    solution.push(Line::text(format!(
        "So {}% of the scores lie below {}.",
        sig(round_to(100.0 * p, 2)),
        sig(value)
    )));
    let hints = vec![
        format!(
            "Standardize: z = (x − μ)/σ with {}, then the proportion below is P(Z ≤ z).",
            x.sigma_step()
        ),
        if z < 0.0 {
            format!(
                "z = {}: the table lists P(Z ≤ {}); the proportion below a negative z is 1 \
                 minus it.",
                sig(z),
                sig(-z)
            )
        } else {
            format!("z = {}: read P(Z ≤ {}) in the z table.", sig(z), sig(z))
        },
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for ZScoreCompare {
    fn id(&self) -> &'static str {
        "prob.zscore_compare"
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
    use statrs::distribution::{ContinuousCDF, Normal as StatrsNormal};
    use std::collections::BTreeSet;

    #[test]
    fn comparisons_and_percentiles_are_right() {
        let mut named = Seen::default();
        let mut letters = BTreeSet::new();
        soundness_with(
            &ZScoreCompare,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                match *p {
                    Params::Compare {
                        scores,
                        lower_better,
                    } => {
                        assert_eq!(lower_better, level == 3, "{ctx}");
                        // Independent: the percentile of each score under its own normal; the
                        // relatively best has the highest (exams) or lowest (times) percentile.
                        let pct: Vec<f64> = scores
                            .iter()
                            .map(|s| StatrsNormal::new(s.mu, s.sigma).unwrap().cdf(s.x))
                            .collect();
                        let best = (0..3)
                            .max_by(|&i, &j| {
                                let key = |k: usize| if lower_better { -pct[k] } else { pct[k] };
                                key(i).total_cmp(&key(j))
                            })
                            .unwrap();
                        assert_eq!(d.answer.expected, Value::Choice(LETTERS[best]), "{ctx}");
                        // Whole numbers, z in halves.
                        for s in scores {
                            assert!(s.x.fract() == 0.0 && (s.z() * 2.0).fract() == 0.0, "{ctx}");
                            assert!(s.x > 0.0, "{ctx}");
                        }
                        let last = d.hints.last().unwrap();
                        assert!(last.starts_with("The z-scores are "), "{ctx}");
                        letters.insert(best);
                    }
                    Params::Percentile { x, value } => {
                        assert_eq!(level, 2, "{ctx}");
                        let exact = StatrsNormal::new(x.mu, x.sigma).unwrap().cdf(value);
                        let got = d.answer.expected.as_scalar().unwrap().to_f64();
                        assert!((got - exact).abs() <= 0.5001e-4, "{ctx}: {got} {exact}");
                        let z = x.z(value);
                        assert!((z * 100.0 - (z * 100.0).round()).abs() < 1e-9, "{ctx}");
                        assert!((0.1..=1.6).contains(&z.abs()), "{ctx}");
                        let last = d.hints.last().unwrap();
                        assert!(last.starts_with(&format!("z = {}", sig(round_to(z, 2)))));
                    }
                }
                named.note(d);
            },
        );
        assert_eq!(letters.len(), 3);
        named.assert_exactly(&[
            "higher_is_better",
            "ignored_spread",
            "pdf_as_probability",
            "raw_scores",
            "upper_tail",
            "variance_for_sigma",
        ]);
    }
}
