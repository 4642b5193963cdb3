//! `ml.bias_variance_tradeoff`: which way bias and variance move (a letter choice).
//!
//! Levels 1 and 2: a change to a model (level 1: more training data, a higher polynomial
//! degree, a stronger L2 penalty; level 2: bagging, a larger k in kNN, a deeper tree, fewer
//! features, dropout) and four effects: bias up and variance down, bias down and variance up,
//! bias about the same and variance down, both down. Level 3: a table of bias² and variance of
//! four models by simulation, with the noise variance σ²: which model has the lowest expected
//! test error bias² + variance + σ² (built so that it is neither the least biased nor the least
//! variable model).
//!
//! Named mistakes, one per wrong option: the trade-off reversed (`reversed_tradeoff`), bias
//! said unchanged when it moves (`bias_unchanged`), variance said to fall when it rises
//! (`variance_down`), bias or variance said to rise when it stays or falls (`bias_raised`,
//! `variance_raised`), both said to fall (`both_down`); at level 3 the least biased model
//! (`lowest_bias`), the least variable model (`lowest_variance`), another model
//! (`not_lowest_total`).

use super::choice::{Opt, choice_draft};
use crate::engine::{Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::decimal;
use crate::math::Scalar;

pub struct BiasVarianceTradeoff;

/// A direction of change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Same,
    Down,
}

/// A change to a model, its effect on (bias, variance), and why each happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub text: &'static str,
    pub bias: Move,
    pub variance: Move,
    pub bias_why: &'static str,
    pub variance_why: &'static str,
}

pub const LEVEL1: [Change; 3] = [
    Change {
        text: "Train the same degree-5 polynomial regression on 10 times as many rows.",
        bias: Move::Same,
        variance: Move::Down,
        bias_why: "More rows do not change which functions the model can represent, so its \
                   bias stays about the same.",
        variance_why: "With more rows, fits on different samples agree more closely, so the \
                       variance falls.",
    },
    Change {
        text: "Raise the polynomial degree of a regression from 2 to 8, with the same data.",
        bias: Move::Down,
        variance: Move::Up,
        bias_why: "A higher degree can follow the true curve more closely, so the bias falls.",
        variance_why: "A higher degree also follows the noise of each sample, so fits on \
                       different samples disagree more: the variance rises.",
    },
    Change {
        text: "Raise the ridge penalty α from 0.1 to 100, with the same features and data.",
        bias: Move::Up,
        variance: Move::Down,
        bias_why: "A strong penalty shrinks the weights toward zero, away from the true \
                   ones, so the bias rises.",
        variance_why: "Shrunken weights move less from sample to sample, so the variance \
                       falls.",
    },
];

pub const LEVEL2: [Change; 5] = [
    Change {
        text: "Replace one deep decision tree by the average of 100 trees, each grown the \
               same way on its own bootstrap sample (bagging).",
        bias: Move::Same,
        variance: Move::Down,
        bias_why: "Each tree is as flexible as before, and their average is centred where a \
                   single tree's predictions are on average, so the bias stays about the same.",
        variance_why: "Averaging many trees cancels much of their sample-to-sample wobble, so \
                       the variance falls.",
    },
    Change {
        text: "Raise k in a k-nearest-neighbours classifier from 1 to 25.",
        bias: Move::Up,
        variance: Move::Down,
        bias_why: "Averaging over 25 neighbours smooths over real detail of the boundary, so \
                   the bias rises.",
        variance_why: "A vote of 25 neighbours changes little when one training row changes, \
                       so the variance falls.",
    },
    Change {
        text: "Let a decision tree grow from max_depth=3 to max_depth=20.",
        bias: Move::Down,
        variance: Move::Up,
        bias_why: "A deeper tree can carve finer regions, so it can follow the truth more \
                   closely: the bias falls.",
        variance_why: "Its small leaves follow individual rows, so trees grown on different \
                       samples differ more: the variance rises.",
    },
    Change {
        text: "Drop 40 of a linear model's 50 features, keeping the 10 judged most useful.",
        bias: Move::Up,
        variance: Move::Down,
        bias_why: "Without those features the model can no longer represent what they \
                   explained, so the bias rises.",
        variance_why: "Fewer weights to estimate from the same rows means the fit moves less \
                       from sample to sample: the variance falls.",
    },
    Change {
        text: "Add dropout with rate 0.5 to the hidden layers of a network that overfits.",
        bias: Move::Up,
        variance: Move::Down,
        bias_why: "Dropout limits how precisely the network can fit, a form of \
                   regularization, so the bias rises.",
        variance_why: "The network cannot rely on single units that memorize rows, so its \
                       fits vary less between samples: the variance falls.",
    },
];

/// The four effects offered, in order: (bias, variance).
const EFFECTS: [(Move, Move, &str); 4] = [
    (Move::Up, Move::Down, "bias goes up, variance goes down"),
    (Move::Down, Move::Up, "bias goes down, variance goes up"),
    (
        Move::Same,
        Move::Down,
        "bias stays about the same, variance goes down",
    ),
    (Move::Down, Move::Down, "both bias and variance go down"),
];

/// One model of the level-3 table, in tenths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub degree: i64,
    pub bias2: i64,
    pub variance: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Params {
    Change(Change),
    Table { rows: Vec<Row>, noise: i64 },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => Ok(Params::Change(*rng.pick(&LEVEL1))),
        2 => Ok(Params::Change(*rng.pick(&LEVEL2))),
        3 => {
            let degrees = [1, 3, 6, 12];
            // Bias² falls and variance rises with the degree; the lowest total is at degree 3
            // or 6.
            let best = 1 + rng.index(2);
            let mut bias2 = [0i64; 4];
            let mut var = [0i64; 4];
            bias2[3] = rng.int(1, 5);
            var[0] = rng.int(1, 5);
            for i in (0..3).rev() {
                bias2[i] = bias2[i + 1]
                    + if i >= best {
                        rng.int(2, 8)
                    } else {
                        rng.int(20, 60)
                    };
            }
            for i in 1..4 {
                var[i] = var[i - 1]
                    + if i <= best {
                        rng.int(2, 8)
                    } else {
                        rng.int(20, 60)
                    };
            }
            let total = |i: usize| bias2[i] + var[i];
            if (0..4).any(|i| i != best && total(i) <= total(best)) {
                return Err(GenError::Redraw("the lowest total is not unique"));
            }
            let mut rows: Vec<Row> = (0..4)
                .map(|i| Row {
                    degree: degrees[i],
                    bias2: bias2[i],
                    variance: var[i],
                })
                .collect();
            rng.shuffle(&mut rows);
            Ok(Params::Table {
                rows,
                noise: rng.int(5, 30),
            })
        }
        l => Err(GenError::Level(l)),
    }
}

fn word(m: Move) -> &'static str {
    match m {
        Move::Up => "rises",
        Move::Same => "stays about the same",
        Move::Down => "falls",
    }
}

fn change_draft(c: &Change) -> Result<Draft, GenError> {
    let truth = (c.bias, c.variance);
    let options: Vec<Opt> = EFFECTS
        .iter()
        .map(|&(b, v, text)| {
            if (b, v) == truth {
                return Opt::right(text);
            }
            let name = match ((b, v), truth) {
                ((Move::Down, Move::Down), _) => "both_down",
                ((Move::Up, Move::Down), (Move::Down, Move::Up))
                | ((Move::Down, Move::Up), (Move::Up, Move::Down)) => "reversed_tradeoff",
                ((Move::Same, _), (Move::Down, Move::Up)) => "variance_down",
                ((Move::Same, _), _) => "bias_unchanged",
                ((Move::Up, _), (Move::Same, _)) => "bias_raised",
                ((_, Move::Up), (_, Move::Down)) => "variance_raised",
                _ => "other_effect",
            };
            let mut why = Vec::new();
            if b != c.bias {
                why.push(c.bias_why);
            }
            if v != c.variance {
                why.push(c.variance_why);
            }
            Opt::wrong(text, name, why.join(" "))
        })
        .collect();
    let prompt = vec![
        Line::text(c.text),
        Line::text("How do the model's bias and variance change?"),
    ];
    let reasons = vec![Line::text(c.bias_why), Line::text(c.variance_why)];
    let hints = vec![
        "Bias: can the model represent the truth? Variance: how much would the fit change on \
         another sample of the same size?"
            .to_string(),
        format!(
            "Does the change alter what the model can represent, or only how much its fit \
             depends on the sample? Bias {}.",
            word(c.bias)
        ),
    ];
    choice_draft(prompt, &options, reasons, hints)
}

fn tenths(x: i64) -> String {
    decimal(Scalar::frac(x, 10))
}

fn table_draft(rows: &[Row], noise: i64) -> Result<Draft, GenError> {
    let total = |r: &Row| r.bias2 + r.variance;
    let best = (0..rows.len())
        .min_by_key(|&i| total(&rows[i]))
        .unwrap_or(0);
    let low_bias = (0..rows.len()).min_by_key(|&i| rows[i].bias2).unwrap_or(0);
    let low_var = (0..rows.len())
        .min_by_key(|&i| rows[i].variance)
        .unwrap_or(0);
    let options: Vec<Opt> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let text = format!(
                "degree {}: bias² {}, variance {}",
                r.degree,
                tenths(r.bias2),
                tenths(r.variance)
            );
            if i == best {
                Opt::right(text)
            } else if i == low_bias {
                Opt::wrong(
                    text,
                    "lowest_bias",
                    "That model has the lowest bias², but its variance outweighs the gain: \
                     the expected error adds both.",
                )
            } else if i == low_var {
                Opt::wrong(
                    text,
                    "lowest_variance",
                    "That model has the lowest variance, but its bias² outweighs the gain: \
                     the expected error adds both.",
                )
            } else {
                Opt::wrong(
                    text,
                    "not_lowest_total",
                    "Add bias² and variance for every model and compare the sums: another \
                     model's is lower.",
                )
            }
        })
        .collect();
    let prompt = vec![
        Line::text(format!(
            "Polynomial regressions of four degrees are each fitted to 200 simulated data sets. \
             At the test points, on average, their squared bias and variance are below; the \
             noise variance is σ² = {}.",
            tenths(noise)
        )),
        Line::text("Which model has the lowest expected test error, bias² + variance + σ²?"),
    ];
    let reasons: Vec<Line> = rows
        .iter()
        .map(|r| {
            Line::text(format!("degree {}: ", r.degree)).m(format!(
                "{} + {} + {} = {}",
                tenths(r.bias2),
                tenths(r.variance),
                tenths(noise),
                tenths(total(r) + noise)
            ))
        })
        .collect();
    let hints = vec![
        "The expected test error is bias² + variance + σ²; σ² is the same for every model."
            .to_string(),
        "Add bias² and variance for each model and take the smallest sum.".to_string(),
    ];
    choice_draft(prompt, &options, reasons, hints)
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    match p {
        Params::Change(c) => change_draft(c),
        Params::Table { rows, noise } => table_draft(rows, *noise),
    }
}

impl Exercise for BiasVarianceTradeoff {
    fn id(&self) -> &'static str {
        "ml.bias_variance_tradeoff"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::choice::chosen;
    use super::*;
    use crate::exercises::common::testing::{Seen, prompt_line, soundness_with};

    /// What the textbook says each change does, keyed by a word of its text, independently of
    /// the bank's own effects.
    fn textbook(text: &str) -> (Move, Move) {
        let table = [
            ("rows", (Move::Same, Move::Down)),
            ("bagging", (Move::Same, Move::Down)),
            ("degree", (Move::Down, Move::Up)),
            ("max_depth=20", (Move::Down, Move::Up)),
            ("penalty", (Move::Up, Move::Down)),
            ("k-nearest", (Move::Up, Move::Down)),
            ("Drop 40", (Move::Up, Move::Down)),
            ("dropout", (Move::Up, Move::Down)),
        ];
        table
            .iter()
            .find(|(k, _)| text.contains(k))
            .map(|(_, e)| *e)
            .unwrap_or_else(|| panic!("no textbook entry for {text}"))
    }

    #[test]
    fn the_effects_and_the_best_model_are_right() {
        let mut seen = Seen::default();
        soundness_with(
            &BiasVarianceTradeoff,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |_, p, d, ctx| {
                let k = chosen(&d.answer.expected).unwrap_or_else(|| panic!("{ctx}"));
                match p {
                    Params::Change(ch) => {
                        let (b, v, _) = EFFECTS[k];
                        assert_eq!((b, v), textbook(ch.text), "{ctx}");
                    }
                    Params::Table { .. } => {
                        // Read the table back and add bias² and variance in f64.
                        let sums: Vec<f64> = (0..4)
                            .map(|i| {
                                let line = prompt_line(d, 2 + i);
                                let nums: Vec<f64> = line
                                    .split_once(':')
                                    .unwrap()
                                    .1
                                    .split([',', ' '])
                                    .filter_map(|t| t.parse().ok())
                                    .collect();
                                nums.iter().sum()
                            })
                            .collect();
                        let best = (0..4).min_by(|&i, &j| sums[i].total_cmp(&sums[j])).unwrap();
                        assert_eq!(k, best, "{ctx}: {sums:?}");
                    }
                }
                assert_eq!(d.mistakes.len(), 3, "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "bias_raised",
            "bias_unchanged",
            "both_down",
            "lowest_bias",
            "lowest_variance",
            "not_lowest_total",
            "reversed_tradeoff",
            "variance_down",
            "variance_raised",
        ]);
    }
}
