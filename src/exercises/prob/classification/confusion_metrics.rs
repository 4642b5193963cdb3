//! `prob.confusion_metrics`: one metric of a binary classifier from its confusion matrix:
//! recall (sensitivity) `TP/(TP + FN)`, specificity `TN/(TN + FP)`, precision `TP/(TP + FP)`,
//! F1 `2·TP/(2·TP + FP + FN)` (the harmonic mean of precision and recall), accuracy
//! `(TP + TN)/N`.
//!
//! Level 1: a textbook table (rows: actual positive, negative; columns: predicted positive,
//! negative), counts 1–50; recall, specificity or accuracy. Level 2: the matrix as scikit-learn's
//! `confusion_matrix` returns it, `[[TN, FP], [FN, TP]]` (rows: true class 0, 1; columns:
//! predicted 0, 1), counts 1–99; precision, recall, F1 or specificity. Level 3: the same layout,
//! counts up to 500, F1 or precision, with sklearn's `zero_division` convention stated; one time
//! in four the classifier predicts no positive at all, so precision is 0/0 and the convention
//! is the answer.
//!
//! Named mistakes: precision and recall swapped; specificity and sensitivity swapped; the
//! arithmetic mean for F1; sklearn's layout read as the textbook's (TN taken for TP); the other
//! `zero_division` convention; for accuracy, the true positives alone and the error rate.

use super::super::events::table::{Row, table_lines};
use super::super::events::writing::{answer_value, count_fraction, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num};
use crate::math::{Matrix, Scalar};

pub struct ConfusionMetrics;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Metric {
    Recall,
    Specificity,
    Precision,
    F1,
    Accuracy,
}

/// The four counts of a confusion matrix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counts {
    pub tp: i64,
    pub fp: i64,
    pub fn_: i64,
    pub tn: i64,
}

impl Counts {
    /// The counts with the roles of the classes exchanged: what a reader who takes sklearn's
    /// `[[TN, FP], [FN, TP]]` for the textbook's `[[TP, FN], [FP, TN]]` works with.
    fn misread(self) -> Counts {
        Counts {
            tp: self.tn,
            fp: self.fn_,
            fn_: self.fp,
            tn: self.tp,
        }
    }
    fn total(self) -> i64 {
        self.tp + self.fp + self.fn_ + self.tn
    }
    /// `(numerator, denominator)` of a metric; the denominator may be 0 (precision with no
    /// positive prediction).
    pub fn ratio(self, metric: Metric) -> (i64, i64) {
        let Counts { tp, fp, fn_, tn } = self;
        match metric {
            Metric::Recall => (tp, tp + fn_),
            Metric::Specificity => (tn, tn + fp),
            Metric::Precision => (tp, tp + fp),
            Metric::F1 => (2 * tp, 2 * tp + fp + fn_),
            Metric::Accuracy => (tp + tn, self.total()),
        }
    }
    fn value(self, metric: Metric) -> Option<Scalar> {
        let (n, d) = self.ratio(metric);
        (d != 0).then(|| Scalar::frac(n, d))
    }
    /// The metric as sklearn reports it: a 0/0 becomes the `zero_division` value (`None` when
    /// there is none to use).
    pub fn metric(self, metric: Metric, zero_division: Option<i64>) -> Option<Scalar> {
        self.value(metric).or(zero_division.map(Scalar::int))
    }
}

#[derive(Clone, Debug)]
pub struct Params {
    pub counts: Counts,
    pub metric: Metric,
    /// sklearn's layout (levels 2–3), else the textbook table.
    pub sklearn: bool,
    /// The `zero_division` value stated in the prompt (level 3).
    pub zero_division: Option<i64>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (hi, metrics): (i64, &[Metric]) = match level {
        1 => (50, &[Metric::Recall, Metric::Specificity, Metric::Accuracy]),
        2 => (
            99,
            &[
                Metric::Precision,
                Metric::Recall,
                Metric::F1,
                Metric::Specificity,
            ],
        ),
        3 => (500, &[Metric::F1, Metric::Precision]),
        l => return Err(GenError::Level(l)),
    };
    let mut c = Counts {
        tp: rng.int(1, hi),
        fp: rng.int(1, hi),
        fn_: rng.int(1, hi),
        tn: rng.int(1, hi),
    };
    let mut metric = *rng.pick(metrics);
    let zero_division = (level == 3).then(|| rng.int(0, 1));
    if level == 3 && rng.chance(1, 4) {
        // A classifier that never predicts the positive class.
        c.fn_ += c.tp;
        c.tn += c.fp;
        c.tp = 0;
        c.fp = 0;
        metric = Metric::Precision;
    }
    Ok(Params {
        counts: c,
        metric,
        sklearn: level >= 2,
        zero_division,
    })
}

/// The metric's name in prose and its formula in counts.
fn describe(metric: Metric) -> (&'static str, &'static str, &'static str) {
    match metric {
        Metric::Recall => ("recall (sensitivity)", "recall", "TP/(TP + FN)"),
        Metric::Specificity => ("specificity", "specificity", "TN/(TN + FP)"),
        Metric::Precision => ("precision", "precision", "TP/(TP + FP)"),
        Metric::F1 => ("F1 score", "F1", "2·TP/(2·TP + FP + FN)"),
        Metric::Accuracy => ("accuracy", "accuracy", "(TP + TN)/N"),
    }
}

/// What a metric measures, for the first hint.
fn meaning(metric: Metric) -> &'static str {
    match metric {
        Metric::Recall => "of the actual positives, the share predicted positive",
        Metric::Specificity => "of the actual negatives, the share predicted negative",
        Metric::Precision => "of the predicted positives, the share actually positive",
        Metric::F1 => "the harmonic mean of precision and recall, 2PR/(P + R)",
        Metric::Accuracy => "the share of all cases predicted correctly",
    }
}

fn frac(n: i64, d: i64) -> Scalar {
    Scalar::frac(n, d)
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let c = q.counts;
    let (full, short, formula) = describe(q.metric);
    let (n, d) = c.ratio(q.metric);
    let undefined = d == 0;
    let value = c
        .metric(q.metric, q.zero_division)
        .ok_or(GenError::Redraw("0/0 without a convention"))?;
    let answer = AnswerSpec::scalar(answer_value(value));
    let mut mistakes = Mistakes::new(&answer.expected);
    if undefined {
        let z = q.zero_division.unwrap_or(0);
        mistakes.require(
            "other_zero_division",
            Scalar::int(1 - z),
            format!(
                "The convention here is zero_division = {z}: with no positive prediction, \
                 precision is 0/0 and sklearn returns the zero_division value, not the other one."
            ),
        )?;
        mistakes.require(
            "accuracy",
            frac(c.tp + c.tn, c.total()),
            "That is the accuracy, the share of all cases predicted correctly. Precision looks \
             only at the cases predicted positive.",
        )?;
    } else {
        // Read with the classes exchanged, recall and specificity turn into each other (named
        // below); precision and F1 turn into something of their own.
        if q.sklearn && matches!(q.metric, Metric::Precision | Metric::F1) {
            mistakes.optional(
                "textbook_layout",
                c.misread().value(q.metric).unwrap_or(Scalar::ZERO),
                "That reads sklearn's matrix as if it were the textbook's [[TP, FN], [FP, TN]]. \
                 sklearn puts the true class 0 first: [[TN, FP], [FN, TP]], so TP is the bottom \
                 right entry.",
            );
        }
        match q.metric {
            Metric::Recall => {
                mistakes.require(
                    "precision_for_recall",
                    frac(c.tp, c.tp + c.fp),
                    "That is precision, TP/(TP + FP): precision and recall swapped. Recall \
                     divides by the actual positives, TP + FN.",
                )?;
                mistakes.optional(
                    "specificity_for_sensitivity",
                    frac(c.tn, c.tn + c.fp),
                    "That is specificity, the share of actual negatives predicted negative. \
                     Sensitivity (recall) is about the actual positives.",
                );
            }
            Metric::Specificity => {
                mistakes.require(
                    "sensitivity_for_specificity",
                    frac(c.tp, c.tp + c.fn_),
                    "That is sensitivity (recall), about the actual positives. Specificity is \
                     the share of actual negatives predicted negative: TN/(TN + FP).",
                )?;
                mistakes.optional(
                    "false_positive_rate",
                    frac(c.fp, c.tn + c.fp),
                    "That is the false-positive rate FP/(TN + FP), which is 1 − specificity.",
                );
            }
            Metric::Precision => {
                mistakes.require(
                    "recall_for_precision",
                    frac(c.tp, c.tp + c.fn_),
                    "That is recall, TP/(TP + FN): precision and recall swapped. Precision \
                     divides by the predicted positives, TP + FP.",
                )?;
                mistakes.optional(
                    "accuracy",
                    frac(c.tp + c.tn, c.total()),
                    "That is the accuracy, the share of all cases predicted correctly. \
                     Precision looks only at the cases predicted positive.",
                );
            }
            Metric::F1 => {
                let (p, r) = (frac(c.tp, c.tp + c.fp), frac(c.tp, c.tp + c.fn_));
                mistakes.require(
                    "arithmetic_mean",
                    (p + r) * frac(1, 2),
                    "That is the arithmetic mean of precision and recall. F1 is their harmonic \
                     mean, 2PR/(P + R), which equals 2·TP/(2·TP + FP + FN).",
                )?;
                mistakes.optional(
                    "accuracy",
                    frac(c.tp + c.tn, c.total()),
                    "That is the accuracy. F1 leaves the true negatives out: 2·TP/(2·TP + FP + \
                     FN).",
                );
            }
            Metric::Accuracy => {
                mistakes.require(
                    "true_positives_only",
                    frac(c.tp, c.total()),
                    "That counts only the true positives as correct. The true negatives are \
                     correct predictions too: (TP + TN)/N.",
                )?;
                mistakes.require(
                    "error_rate",
                    frac(c.fp + c.fn_, c.total()),
                    "That is the error rate, the share predicted wrongly: 1 − accuracy.",
                )?;
            }
        }
    }

    let mut prompt = Vec::new();
    if q.sklearn {
        let m = Matrix::from_rows(vec![
            vec![Scalar::int(c.tn), Scalar::int(c.fp)],
            vec![Scalar::int(c.fn_), Scalar::int(c.tp)],
        ])
        .ok_or(GenError::Redraw("no matrix"))?;
        prompt.push(Line::text(
            "scikit-learn's confusion matrix of a binary classifier (rows: the true class 0 \
             then 1; columns: the predicted class 0 then 1; 1 is the positive class) is",
        ));
        prompt.push(Line::new().m("M = ").v(m));
    } else {
        prompt.push(Line::text(format!(
            "A classifier was tested on {} cases:",
            c.total()
        )));
        prompt.extend(table_lines(
            "actual",
            &["predicted positive".into(), "predicted negative".into()],
            &[
                Row::counts("positive", &[c.tp, c.fn_]),
                Row::counts("negative", &[c.fp, c.tn]),
            ],
        ));
    }
    if let Some(z) = q.zero_division {
        prompt.push(Line::text(format!(
            "Where a metric would be 0/0, use sklearn's convention zero_division = {z}."
        )));
    }
    prompt.push(Line::text(format!(
        "What is its {full}? Give a fraction or a decimal to 4 significant figures."
    )));

    let read = format!(
        "TP = {}, FN = {}, FP = {}, TN = {}",
        c.tp, c.fn_, c.fp, c.tn
    );
    let mut solution = vec![if q.sklearn {
        Line::text("sklearn's layout is [[TN, FP], [FN, TP]], so ").m(read)
    } else {
        Line::text("From the table: ").m(read)
    }];
    let mut hints = vec![format!(
        "{}{} = {formula}: {}.",
        short[..1].to_uppercase(),
        &short[1..],
        meaning(q.metric)
    )];
    if undefined {
        solution.push(
            Line::text("No case is predicted positive: ")
                .m("TP + FP = 0")
                .t(", so precision is 0/0. The stated convention gives"),
        );
        solution.push(Line::math(format!("precision = {}", num(value))));
        hints.push(
            "Here TP + FP = 0: precision is 0/0, so the stated zero_division convention decides."
                .to_string(),
        );
    } else {
        let numbers = match q.metric {
            Metric::Recall => format!("{}/({} + {})", c.tp, c.tp, c.fn_),
            Metric::Specificity => format!("{}/({} + {})", c.tn, c.tn, c.fp),
            Metric::Precision => format!("{}/({} + {})", c.tp, c.tp, c.fp),
            Metric::F1 => format!("2·{}/(2·{} + {} + {})", c.tp, c.tp, c.fp, c.fn_),
            Metric::Accuracy => format!("({} + {})/{}", c.tp, c.tn, c.total()),
        };
        let steps = [vec![formula.to_string(), numbers], count_fraction(n, d)].concat();
        solution.push(result_line(short, &steps, value));
        if q.metric == Metric::F1 {
            let (p, r) = (frac(c.tp, c.tp + c.fp), frac(c.tp, c.tp + c.fn_));
            solution.push(Line::text(format!(
                "(The harmonic mean of precision {} and recall {}.)",
                num(p),
                num(r)
            )));
        }
        hints.push(format!(
            "The numerator is {n} and the denominator {d}: divide."
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

impl Exercise for ConfusionMetrics {
    fn id(&self) -> &'static str {
        "prob.confusion_metrics"
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

    /// The metric from labels, as sklearn computes it: expand the counts into (y, ŷ) pairs and
    /// count matches, independently of the formulas above.
    fn from_labels(c: Counts, metric: Metric, zero_division: f64) -> f64 {
        let mut pairs = Vec::new();
        for (n, y, yhat) in [(c.tp, 1, 1), (c.fn_, 1, 0), (c.fp, 0, 1), (c.tn, 0, 0)] {
            pairs.extend(std::iter::repeat_n((y, yhat), n as usize));
        }
        let count = |f: &dyn Fn(&(i32, i32)) -> bool| pairs.iter().filter(|p| f(p)).count() as f64;
        let tp = count(&|&(y, h)| y == 1 && h == 1);
        let pred_pos = count(&|&(_, h)| h == 1);
        let actual_pos = count(&|&(y, _)| y == 1);
        let actual_neg = count(&|&(y, _)| y == 0);
        let tn = count(&|&(y, h)| y == 0 && h == 0);
        let correct = count(&|&(y, h)| y == h);
        let precision = if pred_pos == 0.0 {
            zero_division
        } else {
            tp / pred_pos
        };
        let recall = tp / actual_pos;
        match metric {
            Metric::Recall => recall,
            Metric::Specificity => tn / actual_neg,
            Metric::Precision => precision,
            Metric::F1 => 2.0 * precision * recall / (precision + recall),
            Metric::Accuracy => correct / pairs.len() as f64,
        }
    }

    /// sklearn's precision_score, recall_score, f1_score, recall of class 0 and accuracy_score,
    /// with zero_division 0 and 1 (`reference/sklearn_reference.py`).
    #[test]
    fn metrics_match_sklearn() {
        let data: serde_json::Value =
            serde_json::from_str(include_str!("reference/sklearn_reference.json")).unwrap();
        let rows = data["metrics"].as_array().unwrap();
        assert_eq!(rows.len(), 60);
        let mut undefined = 0;
        for (k, row) in rows.iter().enumerate() {
            let n = |key: &str| row[key].as_i64().unwrap();
            let c = Counts {
                tp: n("tp"),
                fp: n("fp"),
                fn_: n("fn"),
                tn: n("tn"),
            };
            let z = Some(n("zero_division"));
            undefined += usize::from(c.tp + c.fp == 0);
            for (key, metric) in [
                ("precision", Metric::Precision),
                ("recall", Metric::Recall),
                ("f1", Metric::F1),
                ("specificity", Metric::Specificity),
                ("accuracy", Metric::Accuracy),
            ] {
                let want = row[key].as_f64().unwrap();
                let got = c.metric(metric, z).unwrap().to_f64();
                assert!(
                    (got - want).abs() < 1e-12,
                    "row {k} {key}: {got} against {want}"
                );
            }
        }
        assert!(undefined >= 10, "{undefined}");
    }

    #[test]
    fn metrics_match_counting_labelled_pairs() {
        let mut seen = Seen::default();
        let mut undefined = 0;
        soundness_with(
            &ConfusionMetrics,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let z = q.zero_division.unwrap_or(0) as f64;
                assert_close(answer_f64(d), from_labels(q.counts, q.metric, z), ctx);
                assert_eq!(q.sklearn, level >= 2, "{ctx}");
                assert_eq!(q.zero_division.is_some(), level == 3, "{ctx}");
                let hi = [50, 99, 1000][level as usize - 1];
                let c = q.counts;
                assert!([c.tp, c.fp, c.fn_, c.tn].iter().all(|&x| x <= hi), "{ctx}");
                if c.tp + c.fp == 0 {
                    undefined += 1;
                    assert!(last_hint(d).contains("zero_division"), "{ctx}");
                } else {
                    let (n, den) = c.ratio(q.metric);
                    assert!(
                        last_hint(d).contains(&format!("{n} and the denominator {den}")),
                        "{ctx}"
                    );
                }
                seen.note(d);
            },
        );
        assert!(undefined > 50, "{undefined}");
        seen.assert_all(&[
            "textbook_layout",
            "precision_for_recall",
            "recall_for_precision",
            "specificity_for_sensitivity",
            "sensitivity_for_specificity",
            "arithmetic_mean",
            "true_positives_only",
            "error_rate",
            "other_zero_division",
            "accuracy",
        ]);
    }
}
