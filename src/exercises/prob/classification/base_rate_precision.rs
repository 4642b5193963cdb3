//! `prob.base_rate_precision`: the precision (positive predictive value) of a classifier or
//! screening test at a given prevalence, `PPV = π·r/(π·r + (1 − π)·f)` for prevalence `π`,
//! recall (sensitivity) `r` and false-positive rate `f = 1 − specificity`.
//!
//! Level 1: recall and false-positive rate given, prevalence 1–20%. Level 2: recall and
//! specificity given, prevalence 0.1–5% (rates in per mille). Level 3: the same classifier at two
//! prevalences: precision and recall measured at a validation prevalence of 20–50% give the
//! false-positive rate; then the precision at a deployment prevalence of 1–5%.
//!
//! Named mistakes: the recall for the precision (ignoring the base rate); the precision at 50%
//! prevalence (positives and negatives taken as equally common); the specificity used as the
//! false-positive rate; at level 3, the validation precision kept unchanged and that precision
//! scaled by the ratio of the prevalences.

use super::super::events::writing::{answer_value, p, p_factor, pct, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line};
use crate::math::Scalar;

pub struct BaseRatePrecision;

/// What is classified: the positives, the negatives, the classifier.
struct Setting {
    items: &'static str,
    positive: &'static str,
    negative: &'static str,
    model: &'static str,
}

const SETTINGS: &[Setting] = &[
    Setting {
        items: "card transactions",
        positive: "fraudulent",
        negative: "legitimate",
        model: "A fraud model",
    },
    Setting {
        items: "emails",
        positive: "spam",
        negative: "wanted",
        model: "A spam filter",
    },
    Setting {
        items: "machine parts",
        positive: "faulty",
        negative: "sound",
        model: "An inspection camera",
    },
];

#[derive(Clone, Debug)]
pub struct Params {
    pub setting: usize,
    pub prevalence: Scalar,
    pub recall: Scalar,
    pub fpr: Scalar,
    /// Level 2 states the specificity rather than the false-positive rate.
    pub as_specificity: bool,
    /// Level 3: the validation prevalence and precision (the false-positive rate follows).
    pub validation: Option<(Scalar, Scalar)>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let setting = rng.index(SETTINGS.len());
    let per_mille = |rng: &mut DrillRng, xs: &[i64]| Scalar::frac(*rng.pick(xs), 1000);
    Ok(match level {
        1 => Params {
            setting,
            prevalence: per_mille(rng, &[10, 20, 50, 100, 200]),
            recall: per_mille(rng, &[700, 800, 900, 950]),
            fpr: per_mille(rng, &[10, 20, 50, 100]),
            as_specificity: false,
            validation: None,
        },
        2 => Params {
            setting,
            prevalence: per_mille(rng, &[1, 2, 5, 10, 20, 50]),
            recall: per_mille(rng, &[750, 850, 900, 950, 990]),
            fpr: per_mille(rng, &[5, 10, 20, 30, 50]),
            as_specificity: true,
            validation: None,
        },
        3 => {
            let p1 = per_mille(rng, &[200, 250, 300, 400, 500]);
            let recall = per_mille(rng, &[700, 800, 900]);
            let precision1 = per_mille(rng, &[750, 800, 900]);
            // f = π₁·r·(1 − prec₁)/(prec₁·(1 − π₁)).
            let fpr = (p1 * recall * (Scalar::ONE - precision1))
                .checked_div(precision1 * (Scalar::ONE - p1))
                .ok_or(GenError::Redraw("no false-positive rate"))?;
            Params {
                setting,
                prevalence: per_mille(rng, &[10, 20, 50]),
                recall,
                fpr,
                as_specificity: false,
                validation: Some((p1, precision1)),
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// `π·r/(π·r + (1 − π)·f)`.
fn ppv(prev: Scalar, r: Scalar, f: Scalar) -> Result<Scalar, GenError> {
    let tp = prev * r;
    tp.checked_div(tp + (Scalar::ONE - prev) * f)
        .ok_or(GenError::Redraw("no positives"))
}

pub fn build(_level: u8, q: &Params) -> Result<Draft, GenError> {
    let set = &SETTINGS[q.setting];
    let (prev, r, f) = (q.prevalence, q.recall, q.fpr);
    let value = ppv(prev, r, f)?;
    let answer = AnswerSpec::scalar(answer_value(value));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "recall",
        r,
        "That is the recall (sensitivity): the share of the positives that get flagged. \
         Precision is the share of the flagged that are positive, and it depends on how rare \
         the positives are: the base rate.",
    )?;
    mistakes.require(
        "ignored_base_rate",
        r.checked_div(r + f).unwrap_or(Scalar::ZERO),
        "That would be the precision if positives and negatives were equally common. Weight \
         the recall by the prevalence and the false-positive rate by 1 − prevalence.",
    )?;
    if q.as_specificity {
        mistakes.optional(
            "specificity_as_false_positive_rate",
            ppv(prev, r, Scalar::ONE - f)?,
            "The negatives that get flagged are a share 1 − specificity of the negatives, not \
             the specificity itself.",
        );
    }
    if let Some((p1, prec1)) = q.validation {
        mistakes.require(
            "same_precision",
            prec1,
            "Precision does not carry over to another prevalence: with rarer positives the \
             same false-positive rate flags relatively more negatives.",
        )?;
        mistakes.optional(
            "scaled_by_prevalence",
            prec1 * prev.checked_div(p1).unwrap_or(Scalar::ZERO),
            "Precision does not scale in proportion to the prevalence: the false positives \
             come from the negatives, whose share hardly changes. Find the false-positive rate, \
             then apply it at the new prevalence.",
        );
    }

    let mut prompt = Vec::new();
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    match q.validation {
        None => {
            let rates = if q.as_specificity {
                format!("its specificity is {}", pct(Scalar::ONE - f))
            } else {
                format!(
                    "it flags {} of the {} ones by mistake (its false-positive rate)",
                    pct(f),
                    set.negative
                )
            };
            prompt.push(Line::text(format!(
                "{} flags {} of the {} {} (its recall, or sensitivity), and {rates}.",
                set.model,
                pct(r),
                set.positive,
                set.items
            )));
            prompt.push(Line::text(format!(
                "Of all {}, {} are {}. What share of the flagged {} are really {} (the \
                 model's precision)? Give a fraction or a decimal to 4 significant figures.",
                set.items,
                pct(prev),
                set.positive,
                set.items,
                set.positive
            )));
            if q.as_specificity {
                solution.push(math_line(&chain(
                    "false-positive rate",
                    &[format!("1 − {}", p(Scalar::ONE - f)), p(f)],
                )));
            }
        }
        Some((p1, prec1)) => {
            prompt.push(Line::text(format!(
                "{} was validated on {} of which {} were {}: there its recall was {} and its \
                 precision {}.",
                set.model,
                set.items,
                pct(p1),
                set.positive,
                p(r),
                p(prec1)
            )));
            prompt.push(Line::text(format!(
                "It is deployed where only {} of the {} are {}, with the same recall and \
                 false-positive rate. What is its precision there? Give a fraction or a decimal \
                 to 4 significant figures.",
                pct(prev),
                set.items,
                set.positive
            )));
            let tp1 = p1 * r;
            let fp1 = (tp1 * (Scalar::ONE - prec1))
                .checked_div(prec1)
                .ok_or(GenError::Redraw("precision 0"))?;
            solution.push(Line::text(
                "At validation, per case: true positives and, from the precision, false \
                 positives:",
            ));
            solution.push(math_line(&chain(
                "TP",
                &[format!("{}·{}", p(p1), p(r)), p(tp1)],
            )));
            solution.push(math_line(&chain(
                "FP",
                &[
                    "TP·(1 − precision)/precision".to_string(),
                    format!("{}·{}/{}", p(tp1), p(Scalar::ONE - prec1), p(prec1)),
                    p(fp1),
                ],
            )));
            solution.push(math_line(&chain(
                "false-positive rate",
                &[format!("{}/(1 − {})", p_factor(fp1), p(p1)), p(f)],
            )));
            hints.push(
                "First find the false-positive rate from the validation numbers: the false \
                 positives per case are TP·(1 − precision)/precision, and they come from the \
                 negatives."
                    .to_string(),
            );
        }
    }
    let tp = prev * r;
    let fp = (Scalar::ONE - prev) * f;
    solution.push(
        Line::text("Per case, flagged and positive: ")
            .m(chain("TP", &[format!("{}·{}", p(prev), p(r)), p(tp)])),
    );
    solution.push(Line::text("flagged but negative: ").m(chain(
        "FP",
        &[format!("(1 − {})·{}", p(prev), p_factor(f)), p(fp)],
    )));
    solution.push(result_line(
        "precision",
        &[
            "TP/(TP + FP)".to_string(),
            format!("{}/({} + {})", p_factor(tp), p(tp), p(fp)),
        ],
        value,
    ));
    if q.validation.is_none() {
        hints.push(format!(
            "Per case: the flagged {} make {}·{} of all, the flagged {} ones (1 − {})·{}.",
            set.positive,
            p(prev),
            p(r),
            set.negative,
            p(prev),
            p(f)
        ));
    } else {
        hints.push(format!(
            "The false-positive rate is {}. Per case at deployment, TP = {}·{} and FP = (1 − {})·{}.",
            p(f),
            p(prev),
            p(r),
            p(prev),
            p_factor(f)
        ));
    }
    hints.push(format!(
        "TP = {} and FP = {}: precision is TP/(TP + FP).",
        p(tp),
        p(fp)
    ));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for BaseRatePrecision {
    fn id(&self) -> &'static str {
        "prob.base_rate_precision"
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

    #[test]
    fn precision_matches_expected_counts_in_a_population() {
        let mut seen = Seen::default();
        soundness_with(
            &BaseRatePrecision,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                // Independent: expected counts in a population of a million, in f64.
                let n = 1e6;
                let (prev, r) = (q.prevalence.to_f64(), q.recall.to_f64());
                let f = match q.validation {
                    Some((p1, prec1)) => {
                        // Validation population: solve FP from precision = TP/(TP + FP).
                        let (p1, prec1) = (p1.to_f64(), prec1.to_f64());
                        let tp = n * p1 * r;
                        let fp = tp / prec1 - tp;
                        fp / (n * (1.0 - p1))
                    }
                    None => q.fpr.to_f64(),
                };
                let (tp, fp) = (n * prev * r, n * (1.0 - prev) * f);
                assert_close(answer_f64(d), tp / (tp + fp), ctx);
                assert_eq!(q.validation.is_some(), level == 3, "{ctx}");
                assert!((0.001..=0.2).contains(&prev), "{ctx}");
                assert!(f > 0.0 && f < 0.5, "{ctx}: false-positive rate {f}");
                assert!(last_hint(d).contains("precision is TP/(TP + FP)"), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "recall",
            "ignored_base_rate",
            "specificity_as_false_positive_rate",
            "same_precision",
            "scaled_by_prevalence",
        ]);
    }
}
