//! `ml.fit_diagnosis`: under- and overfitting read from training and validation errors (a letter
//! choice).
//!
//! Levels 1 and 2 list models of growing flexibility (polynomial degrees for house prices, tree
//! depths or kNN's k for a classifier) with their training and validation errors, each model an
//! option. The errors are built from four shapes: an underfit model (both errors high and
//! close), a good fit (the lowest validation error), a mild overfit (lower training error, a
//! wider gap) and a strong overfit (the lowest training error, the widest gap). Level 1: three
//! models (no mild one), which is the best choice. Level 2: four models, which overfits most or
//! which underfits. Level 3: a learning curve given by numbers (errors at growing training-set
//! sizes) that shows high bias or high variance: which diagnosis and remedy fit.
//!
//! Named mistakes, one per wrong option: the lowest training error chosen
//! (`lowest_training_error`), the underfit model chosen (`underfit_chosen`), a high-bias model
//! called overfit (`high_bias_called_overfit`), and the others named for the shape chosen and the
//! one asked.

use super::choice::{Opt, choice_draft};
use super::settings::{Setting, draw_setting};
use crate::engine::{Draft, DrillRng, Exercise, GenError, Line};

pub struct FitDiagnosis;

/// The shape of a model's errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Underfit,
    Good,
    Mild,
    Overfit,
}

/// What a question at levels 1–2 asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    Best,
    MostOverfit,
    Underfit,
}

/// One model of the table: its shape (in order of flexibility), training and validation error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    pub shape: Shape,
    pub train: i64,
    pub val: i64,
}

/// A learning curve: training-set sizes and the errors at each, and whether it shows high bias.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    pub sizes: Vec<i64>,
    pub train: Vec<i64>,
    pub val: Vec<i64>,
    pub high_bias: bool,
    /// The order of the three diagnoses as options: indices into [`DIAGNOSES`].
    pub order: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Params {
    Table {
        setting: Setting,
        /// The hyperparameter family, 0–2 ([`knob`]).
        family: usize,
        asked: Asked,
        /// In the order listed.
        models: Vec<Model>,
    },
    LearningCurve {
        setting: Setting,
        curve: Curve,
    },
}

/// The flexibility knob of a family and its values from the least to the most flexible.
fn knob(family: usize) -> (&'static str, [&'static str; 4]) {
    match family {
        0 => ("polynomial degree", ["1", "3", "6", "12"]),
        1 => (
            "decision tree max_depth",
            ["1", "4", "8", "None (no limit)"],
        ),
        _ => ("kNN with k =", ["75", "15", "5", "1"]),
    }
}

fn draw_models(rng: &mut DrillRng, shapes: &[Shape]) -> Vec<Model> {
    let under_train = rng.int(20, 28);
    let good_train = rng.int(8, 12);
    let good_val = good_train + rng.int(2, 4);
    let mild_train = rng.int(4, 6);
    let over_train = rng.int(0, 2);
    shapes
        .iter()
        .map(|&shape| {
            let (train, val) = match shape {
                Shape::Underfit => (under_train, under_train + rng.int(1, 3)),
                Shape::Good => (good_train, good_val),
                Shape::Mild => (mild_train, good_val + rng.int(2, 4)),
                Shape::Overfit => (over_train, good_val + rng.int(6, 14)),
            };
            Model { shape, train, val }
        })
        .collect()
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let setting = draw_setting(rng);
    match level {
        1 | 2 => {
            let family = if setting.classes.is_none() {
                0
            } else {
                1 + rng.index(2)
            };
            let (asked, shapes) = if level == 1 {
                (
                    Asked::Best,
                    vec![Shape::Underfit, Shape::Good, Shape::Overfit],
                )
            } else {
                let asked = *rng.pick(&[Asked::MostOverfit, Asked::Underfit]);
                (
                    asked,
                    vec![Shape::Underfit, Shape::Good, Shape::Mild, Shape::Overfit],
                )
            };
            let mut models = draw_models(rng, &shapes);
            rng.shuffle(&mut models);
            Ok(Params::Table {
                setting,
                family,
                asked,
                models,
            })
        }
        3 => {
            let high_bias = rng.chance(1, 2);
            let sizes = vec![100, 200, 400, 800, 1600];
            let (train, val) = if high_bias {
                let end = rng.int(20, 26);
                let train: Vec<i64> = (0..5).map(|i| end - 2 * (4 - i)).collect();
                let val: Vec<i64> = (0..5).map(|i| end + 1 + 3 * (4 - i)).collect();
                (train, val)
            } else {
                let t0 = rng.int(1, 3);
                let train: Vec<i64> = (0..5).map(|i| t0 + i).collect();
                let end = rng.int(16, 20);
                let val: Vec<i64> = (0..5).map(|i| end + 4 * (4 - i)).collect();
                (train, val)
            };
            let mut order = vec![0, 1, 2];
            rng.shuffle(&mut order);
            Ok(Params::LearningCurve {
                setting,
                curve: Curve {
                    sizes,
                    train,
                    val,
                    high_bias,
                    order,
                },
            })
        }
        l => Err(GenError::Level(l)),
    }
}

/// An error as the table shows it: `12` (a mean squared error) or `12%` (an error rate).
fn error(s: &Setting, x: i64) -> String {
    match s.classes {
        None => x.to_string(),
        Some(_) => format!("{x}%"),
    }
}

/// The error the table reports.
fn error_name(s: &Setting) -> &'static str {
    match s.classes {
        None => "mean squared error",
        Some(_) => "error rate (in %)",
    }
}

/// The gap between two errors of the table: `24` (a mean squared error) or `24 percentage
/// points` (an error rate).
fn gap(s: &Setting, m: &Model) -> String {
    let gap = m.val - m.train;
    match s.classes {
        None => gap.to_string(),
        Some(_) => format!("{gap} percentage points"),
    }
}

/// What a model of this shape shows, for the message of a wrong option and the solution.
fn reading(s: &Setting, m: &Model) -> String {
    let gap = gap(s, m);
    match m.shape {
        Shape::Underfit => format!(
            "Its training error, {}, is high and its validation error is close to it: the \
             model cannot fit even the data it was trained on. It underfits (high bias).",
            error(s, m.train)
        ),
        Shape::Good => format!(
            "It has the lowest validation error, {}, with a modest gap of {gap} above its \
             training error.",
            error(s, m.val)
        ),
        Shape::Mild => format!(
            "Its training error, {}, is low, but its validation error is {gap} higher: it \
             overfits somewhat, and its validation error is not the lowest.",
            error(s, m.train)
        ),
        Shape::Overfit => format!(
            "Its training error, {}, is the lowest, but its validation error is {gap} higher: \
             it fits noise in the training data. It overfits (high variance).",
            error(s, m.train)
        ),
    }
}

fn table_name(shape: Shape, asked: Asked) -> &'static str {
    use Shape::*;
    match (asked, shape) {
        (Asked::Best, Overfit) => "lowest_training_error",
        (Asked::Best, Underfit) => "underfit_chosen",
        (Asked::Best, _) => "mild_overfit_chosen",
        (Asked::MostOverfit, Underfit) => "high_bias_called_overfit",
        (Asked::MostOverfit, Good) => "good_fit_called_overfit",
        (Asked::MostOverfit, _) => "smaller_gap_chosen",
        (Asked::Underfit, Overfit) => "overfit_called_underfit",
        (Asked::Underfit, Good) => "good_fit_called_underfit",
        (Asked::Underfit, _) => "mild_overfit_called_underfit",
    }
}

fn right_shape(asked: Asked) -> Shape {
    match asked {
        Asked::Best => Shape::Good,
        Asked::MostOverfit => Shape::Overfit,
        Asked::Underfit => Shape::Underfit,
    }
}

/// The three diagnoses a learning curve may be given.
pub const DIAGNOSES: [&str; 3] = [
    "High bias (underfitting): more data will not help much; use a more flexible model or \
     better features.",
    "High variance (overfitting): more data or stronger regularization should help.",
    "A good fit: both errors are low and close; the model is ready for the test set.",
];

pub fn build(p: &Params) -> Result<Draft, GenError> {
    match p {
        Params::Table {
            setting,
            family,
            asked,
            models,
        } => table(setting, *family, *asked, models),
        Params::LearningCurve { setting, curve } => learning_curve(setting, curve),
    }
}

fn table(s: &Setting, family: usize, asked: Asked, models: &[Model]) -> Result<Draft, GenError> {
    let (name, values) = knob(family);
    let value = |m: &Model| values[m.shape as usize];
    let row = |i: usize| {
        format!(
            "{name} {}: training {}, validation {}",
            value(&models[i]),
            error(s, models[i].train),
            error(s, models[i].val)
        )
    };
    let want = right_shape(asked);
    let options: Vec<Opt> = (0..models.len())
        .map(|i| {
            if models[i].shape == want {
                Opt::right(row(i))
            } else {
                Opt::wrong(
                    row(i),
                    table_name(models[i].shape, asked),
                    reading(s, &models[i]),
                )
            }
        })
        .collect();
    let question = match asked {
        Asked::Best => "Which model is the best choice?",
        Asked::MostOverfit => "Which model overfits most?",
        Asked::Underfit => "Which model underfits?",
    };
    let prompt = vec![
        Line::text(format!(
            "Models of different flexibility are trained on {} to predict {}, and each is \
             scored on the training set and on a validation set by its {}.",
            s.rows,
            s.label,
            error_name(s)
        )),
        Line::text(question),
    ];
    let reasons: Vec<Line> = (0..models.len())
        .map(|i| {
            Line::text(format!(
                "{name} {}: {}",
                value(&models[i]),
                reading(s, &models[i])
            ))
        })
        .collect();
    let hints = vec![
        "Look at both columns: the training error says how well a model fits the data it saw, \
         the gap to the validation error how much of that fit fails on new data."
            .to_string(),
        match asked {
            Asked::Best => "Choose by the validation error, not the training error: the \
                            lowest validation error wins."
                .to_string(),
            Asked::MostOverfit => "Overfitting shows as a low training error with a much \
                                   higher validation error: find the largest gap."
                .to_string(),
            Asked::Underfit => "Underfitting shows as a high training error: the model \
                                cannot fit even the data it was trained on."
                .to_string(),
        },
    ];
    choice_draft(prompt, &options, reasons, hints)
}

fn learning_curve(s: &Setting, c: &Curve) -> Result<Draft, GenError> {
    let truth = if c.high_bias { 0 } else { 1 };
    let why_wrong = |d: usize| -> (&'static str, String) {
        let gap = c.val[4] - c.train[4];
        match (truth, d) {
            (0, 1) => (
                "high_bias_called_overfit",
                format!(
                    "Overfitting shows as a wide gap between a low training error and the \
                     validation error. Here the training error is high, {}, and the gap is \
                     only {gap}.",
                    c.train[4]
                ),
            ),
            (1, 0) => (
                "high_variance_called_underfit",
                format!(
                    "High bias shows as a high training error. Here the training error is \
                     low, {}, while the validation error stays {gap} above it and still falls \
                     as data is added.",
                    c.train[4]
                ),
            ),
            _ => (
                "gap_or_level_ignored",
                if c.high_bias {
                    format!(
                        "The errors are close, but both are high: even the training error \
                         is {} at {} rows.",
                        c.train[4], c.sizes[4]
                    )
                } else {
                    format!(
                        "The training error is low, but the validation error is {gap} \
                         higher: that gap is not a good fit."
                    )
                },
            ),
        }
    };
    let options: Vec<Opt> = c
        .order
        .iter()
        .map(|&d| {
            if d == truth {
                Opt::right(DIAGNOSES[d])
            } else {
                let (name, why) = why_wrong(d);
                Opt::wrong(DIAGNOSES[d], name, why)
            }
        })
        .collect();
    let list = |xs: &[i64]| {
        xs.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let sizes = list(&c.sizes);
    let prompt = vec![
        Line::text(format!(
            "A model of {} that predicts {} is trained on growing subsets of the training \
             data. Its {} at each size:",
            s.rows,
            s.label,
            error_name(s)
        )),
        Line::text(format!("training rows: {sizes}")),
        Line::text(format!("training error: {}", list(&c.train))),
        Line::text(format!("validation error: {}", list(&c.val))),
        Line::text("What does the learning curve show?"),
    ];
    let gap = c.val[4] - c.train[4];
    let reasons = vec![
        Line::text(format!(
            "At {} rows the training error is {} and the validation error {}: a gap of {gap}.",
            c.sizes[4], c.train[4], c.val[4]
        )),
        Line::text(if c.high_bias {
            "The training error is high and the two curves have nearly met: the model is too \
             simple, and more rows will not lower the errors much."
        } else {
            "The training error is low, the gap is wide, and the validation error is still \
             falling: the model overfits, and more data (or regularization) narrows the gap."
        }),
    ];
    let hints = vec![
        "Read two things at the largest size: how high the training error is, and how far \
         the validation error is above it."
            .to_string(),
        format!(
            "At {} rows: training error {}, validation error {}. A high training error means \
             bias; a wide gap means variance.",
            c.sizes[4], c.train[4], c.val[4]
        ),
    ];
    choice_draft(prompt, &options, reasons, hints)
}

impl Exercise for FitDiagnosis {
    fn id(&self) -> &'static str {
        "ml.fit_diagnosis"
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

    #[test]
    fn the_diagnosis_follows_from_the_numbers() {
        let mut seen = Seen::default();
        soundness_with(
            &FitDiagnosis,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let k = chosen(&d.answer.expected).unwrap_or_else(|| panic!("{ctx}"));
                match p {
                    Params::Table { models, asked, .. } => {
                        // Independent: read the table back and decide from the numbers.
                        let rows: Vec<(f64, f64)> = (0..models.len())
                            .map(|i| {
                                let line = prompt_line(d, 2 + i);
                                let nums: Vec<f64> = line
                                    .rsplit(':')
                                    .next()
                                    .unwrap()
                                    .split(|ch: char| !ch.is_ascii_digit())
                                    .filter(|t| !t.is_empty())
                                    .map(|t| t.parse().unwrap())
                                    .collect();
                                (nums[0], nums[1])
                            })
                            .collect();
                        let key = |r: &(f64, f64)| match asked {
                            Asked::Best => -r.1,
                            Asked::MostOverfit => r.1 - r.0,
                            Asked::Underfit => r.0,
                        };
                        let want = (0..rows.len())
                            .max_by(|&i, &j| key(&rows[i]).total_cmp(&key(&rows[j])))
                            .unwrap();
                        assert_eq!(k, want, "{ctx}");
                        assert_eq!(models.len(), if level == 1 { 3 } else { 4 });
                        // A unique extreme: no tie in what is asked.
                        let top = key(&rows[want]);
                        assert_eq!(rows.iter().filter(|r| key(r) == top).count(), 1, "{ctx}");
                    }
                    Params::LearningCurve { curve, .. } => {
                        let (t, v) = (curve.train[4] as f64, curve.val[4] as f64);
                        let bias = t >= 15.0 && v - t <= 3.0;
                        let variance = t <= 7.0 && v - t >= 8.0;
                        assert!(bias != variance, "{ctx}");
                        let want = if bias { 0 } else { 1 };
                        assert_eq!(curve.order[k], want, "{ctx}");
                        assert!(curve.val.windows(2).all(|w| w[1] < w[0]), "{ctx}");
                        assert!(curve.train.windows(2).all(|w| w[1] > w[0]), "{ctx}");
                    }
                }
                assert!(d.hints.last().unwrap().contains("error"), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "lowest_training_error",
            "underfit_chosen",
            "high_bias_called_overfit",
            "overfit_called_underfit",
            "high_variance_called_underfit",
            "gap_or_level_ignored",
        ]);
    }
}
