//! `ml.polynomial_degree`: the polynomial degree to pick from a table of training and
//! validation error by degree (an integer).
//!
//! The table is built backwards from the degree to pick: the training error falls with every
//! degree; the validation error falls while the fit gains more than the gap grows, then rises.
//! Values are in tenths. Level 1: degrees 1–6, the lowest validation error. Level 2: degrees
//! 1–6 with a tie for the lowest validation error: the simpler model. Level 3: degrees 1–8 with
//! cross-validated error ± its standard error, and the one-standard-error rule (stated): the
//! smallest degree whose CV error is at most the lowest CV error plus that model's standard error;
//! the table makes it the degree just below the lowest.
//!
//! Named mistakes: the lowest training error's degree, the largest (`lowest_training_error`),
//! the smallest gap between the two errors (`smallest_gap`, level 1), the more complex of a tie
//! (`complex_tie`), the lowest CV error without the rule (`lowest_validation`).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, decimal, math_line};
use crate::math::Scalar;

pub struct PolynomialDegree;

/// One problem, errors in tenths: `train[d − 1]` and `val[d − 1]` for degree d; at level 3 the
/// standard errors `se`.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub train: Vec<i64>,
    pub val: Vec<i64>,
    pub se: Vec<i64>,
    /// The degree with the lowest validation error (the lower one of a tie).
    pub best: usize,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let degrees = match level {
        1 | 2 => 6,
        3 => 8,
        l => return Err(GenError::Level(l)),
    };
    let best = rng.int(if level == 3 { 3 } else { 2 }, degrees - 2) as usize;
    let mut train = vec![rng.int(300, 450)];
    let mut val = vec![train[0] + rng.int(5, 15)];
    for d in 2..=degrees as usize {
        // γ: how much the gap grows; δ: how much the training error falls.
        let (gap, fall) = if d <= best {
            let g = rng.int(5, 20);
            (g, g + rng.int(10, 40))
        } else if level == 2 && d == best + 1 {
            let g = rng.int(10, 25);
            (g, g)
        } else {
            let g = rng.int(15, 40);
            (g, rng.int(2, g - 5))
        };
        let t = train[d - 2] - fall;
        train.push(t);
        val.push(val[d - 2] - fall + gap);
    }
    if *train.last().unwrap_or(&0) < 5 {
        return Err(GenError::Redraw("training error below zero"));
    }
    let se = if level == 3 {
        let b = best - 1;
        let covers = val[b - 1] - val[b];
        let room = val[b - 2] - val[b];
        (0..degrees as usize)
            .map(|d| {
                if d == b {
                    covers + rng.int(1, (room - covers - 1).clamp(1, 9))
                } else {
                    rng.int(10, 30)
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(Params {
        train,
        val,
        se,
        best,
    })
}

fn tenths(x: i64) -> String {
    decimal(Scalar::frac(x, 10))
}

pub fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let degrees = p.train.len();
    let best = p.best;
    let pick = match level {
        3 => (1..=degrees)
            .find(|&d| p.val[d - 1] <= p.val[best - 1] + p.se[best - 1])
            .unwrap_or(best),
        _ => best,
    };
    let answer = AnswerSpec::integer(pick as i64);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "lowest_training_error",
        Scalar::int(degrees as i64),
        "That degree has the lowest training error, and the training error always falls as the \
         degree grows: it rewards memorizing. Judge the degrees on data they were not fitted \
         to.",
    )?;
    match level {
        1 => {
            let gaps: Vec<i64> = (0..degrees).map(|i| p.val[i] - p.train[i]).collect();
            let smallest = (0..degrees).min_by_key(|&i| gaps[i]).unwrap_or(0) + 1;
            mistakes.require(
                "smallest_gap",
                Scalar::int(smallest as i64),
                "That degree has the smallest gap between the two errors, but both of its \
                 errors are high: a small gap alone can mean underfitting.",
            )?;
        }
        2 => mistakes.require(
            "complex_tie",
            Scalar::int(best as i64 + 1),
            "That degree ties for the lowest validation error, but so does a simpler one. With \
             equal validation errors, prefer the simpler model.",
        )?,
        _ => mistakes.require(
            "lowest_validation",
            Scalar::int(best as i64),
            "That degree has the lowest CV error, but the prompt asks for the \
             one-standard-error rule: the simplest model within one standard error of it.",
        )?,
    }

    let mut prompt = vec![Line::text(format!(
        "Polynomials of degree 1 to {degrees} are fitted to the same training data. {}",
        if level == 3 {
            "Each is scored by 5-fold cross-validation (the mean CV error ± its standard error) \
             and on the training set:"
        } else {
            "Their mean squared errors on the training set and on a validation set:"
        }
    ))];
    for d in 1..=degrees {
        let i = d - 1;
        prompt.push(Line::text(if level == 3 {
            format!(
                "degree {d}: training {}, CV {} ± {}",
                tenths(p.train[i]),
                tenths(p.val[i]),
                tenths(p.se[i])
            )
        } else {
            format!(
                "degree {d}: training {}, validation {}",
                tenths(p.train[i]),
                tenths(p.val[i])
            )
        }));
    }
    prompt.push(Line::text(match level {
        1 => "Which degree should be chosen?",
        2 => {
            "Which degree should be chosen? When validation errors tie, prefer the simpler \
              model."
        }
        _ => {
            "Which degree does the one-standard-error rule choose: the smallest degree whose \
              CV error is at most the lowest CV error plus the standard error of that lowest one?"
        }
    }));

    let low = tenths(p.val[best - 1]);
    let mut solution = vec![Line::text(format!(
        "The lowest {} error is {low}, at degree {best}{}.",
        if level == 3 { "CV" } else { "validation" },
        if level == 2 {
            format!(", tied with degree {}", best + 1)
        } else {
            String::new()
        }
    ))];
    let mut hints: Vec<String> = Vec::new();
    match level {
        3 => {
            let se = tenths(p.se[best - 1]);
            let bound = tenths(p.val[best - 1] + p.se[best - 1]);
            solution.push(math_line(&chain(
                "threshold",
                &[format!("{low} + {se}"), bound.clone()],
            )));
            solution.push(
                Line::text(format!(
                    "Degree {} has CV error {} > {bound}; degree {pick} has {} ≤ {bound}: the \
                 smallest degree within the threshold is ",
                    pick - 1,
                    tenths(p.val[pick - 2]),
                    tenths(p.val[pick - 1]),
                ))
                .v(Scalar::int(pick as i64)),
            );
            hints.extend([
                "Find the lowest CV error first, then add its standard error: every degree at or \
                 below that threshold is as good, within the noise."
                    .to_string(),
                format!(
                    "The threshold is {low} + {se} = {bound}: take the smallest degree at or below it."
                ),
            ]);
        }
        _ => {
            solution.push(Line::text(format!(
                "The training error keeps falling up to degree {degrees}, but that only measures \
                 the fit to the data seen."
            )));
            solution.push(Line::text("The degree to choose: ").v(Scalar::int(pick as i64)));
            hints.extend([
                "Choose by the error on data the model was not fitted to: the validation \
                 column."
                    .to_string(),
                if level == 2 {
                    format!(
                        "The lowest validation error, {low}, appears twice: take the lower degree."
                    )
                } else {
                    format!("The lowest validation error is {low}.")
                },
            ]);
        }
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for PolynomialDegree {
    fn id(&self) -> &'static str {
        "ml.polynomial_degree"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        build(level, &p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, prompt_line, soundness_with};

    /// The numbers of a table line after its `degree d:` (training, validation, SE).
    fn row(line: &str) -> Vec<f64> {
        line.split_once(':')
            .unwrap()
            .1
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|t| !t.is_empty() && *t != ".")
            .map(|t| t.trim_end_matches('.').parse().unwrap())
            .collect()
    }

    #[test]
    fn the_chosen_degree_follows_from_the_table() {
        let mut seen = Seen::default();
        soundness_with(
            &PolynomialDegree,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                let rows: Vec<Vec<f64>> = (1..=p.train.len())
                    .map(|i| row(&prompt_line(d, i)))
                    .collect();
                let train: Vec<f64> = rows.iter().map(|r| r[0]).collect();
                let val: Vec<f64> = rows.iter().map(|r| r[1]).collect();
                assert!(train.windows(2).all(|w| w[1] < w[0]), "{ctx}: {train:?}");
                assert!(train.iter().all(|&t| t > 0.0), "{ctx}");
                let low = val.iter().cloned().fold(f64::INFINITY, f64::min);
                let lowest: Vec<usize> = (0..val.len()).filter(|&i| val[i] == low).collect();
                assert_eq!(
                    lowest.len(),
                    if level == 2 { 2 } else { 1 },
                    "{ctx}: {val:?}"
                );
                let want = if level == 3 {
                    let bound = low + rows[lowest[0]][2];
                    (0..val.len()).find(|&i| val[i] <= bound + 1e-9).unwrap() + 1
                } else {
                    lowest[0] + 1
                };
                assert_eq!(answer_f64(d), want as f64, "{ctx}");
                if level == 3 {
                    assert_eq!(
                        want + 1,
                        lowest[0] + 1,
                        "{ctx}: the rule picks one degree lower"
                    );
                    assert!(
                        d.hints.last().unwrap().starts_with("The threshold is"),
                        "{ctx}"
                    );
                } else {
                    assert!(
                        d.hints
                            .last()
                            .unwrap()
                            .starts_with("The lowest validation error")
                    );
                }
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "complex_tie",
            "lowest_training_error",
            "lowest_validation",
            "smallest_gap",
        ]);
    }
}
