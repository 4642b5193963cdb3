//! `ml.cv_estimate`: the cross-validation estimate from per-fold scores (a number).
//!
//! Level 1: the mean of 4 or 5 fold accuracies given in hundredths (exact, at most 4 decimals).
//! Level 2: folds of different sizes, each given as `correct of size`: either the unweighted mean
//! of the fold accuracies (what `cross_val_score(...).mean()` reports) or the accuracy pooled
//! over all n rows (each fold weighted by its size, as `accuracy_score` on `cross_val_predict`'s
//! output gives); the prompt says which, and the other is a named mistake. The two are drawn to
//! differ at 4 significant figures. Level 3: the standard error of the mean of 5 or 10 fold
//! scores, `s/√k` with the sample standard deviation `s` (÷ (k − 1), stated).
//!
//! Named mistakes: the best fold (`best_fold`), dividing the sum by k − 1 (`divided_by_k_minus_1`);
//! the other weighting (`weighted_by_size`, `unweighted_mean`); the population standard deviation
//! (`population_sd`, numpy's default), the standard deviation for the standard error
//! (`sd_not_se`).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    Mistakes, chain, decimal, decimal_factor, math_line, short_decimal, sig,
};
use crate::math::Scalar;

pub struct CvEstimate;

/// One problem: per fold, the number of validation rows predicted right and the fold's size
/// (levels 1 and 3: scores in hundredths, `correct of 100`); at level 2 whether the pooled
/// accuracy is asked.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub folds: Vec<(i64, i64)>,
    pub pooled: bool,
}

impl Params {
    fn scores(&self) -> Vec<f64> {
        self.folds
            .iter()
            .map(|&(c, s)| c as f64 / s as f64)
            .collect()
    }
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let k = match level {
        1 => *rng.pick(&[4, 5]),
        2 => *rng.pick(&[3, 4, 5]),
        3 => *rng.pick(&[5, 10]),
        l => return Err(GenError::Level(l)),
    };
    let folds: Vec<(i64, i64)> = if level == 2 {
        let n = rng.int(8 * k, 40 * k);
        if n % k == 0 {
            return Err(GenError::Redraw("equal folds"));
        }
        (0..k)
            .map(|f| {
                let size = n / k + i64::from(f < n % k);
                (rng.int(size * 6 / 10, size), size)
            })
            .collect()
    } else {
        (0..k).map(|_| (rng.int(70, 97), 100)).collect()
    };
    if level == 2 && (1..folds.len()).any(|i| folds[..i].contains(&folds[i])) {
        return Err(GenError::Redraw("two folds with the same score"));
    }
    let scores: Vec<i64> = folds.iter().map(|f| f.0).collect();
    if scores.iter().all(|&s| s == scores[0]) {
        return Err(GenError::Redraw("all folds score the same"));
    }
    Ok(Params {
        folds,
        pooled: level == 2 && rng.chance(1, 2),
    })
}

fn hundredths(c: i64) -> String {
    decimal(Scalar::frac(c, 100))
}

pub fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    match level {
        1 => mean(p),
        2 => weighted(p),
        _ => standard_error(p),
    }
}

fn best_fold(p: &Params) -> Scalar {
    let best = p.scores().into_iter().fold(f64::MIN, f64::max);
    short_decimal(Scalar::Real(best), 4)
}

fn mean(p: &Params) -> Result<Draft, GenError> {
    let k = p.folds.len() as i64;
    let sum: i64 = p.folds.iter().map(|f| f.0).sum();
    let m = short_decimal(Scalar::frac(sum, 100 * k), 4);
    let answer = AnswerSpec::scalar(m);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "best_fold",
        Scalar::frac(p.folds.iter().map(|f| f.0).max().unwrap_or(0), 100),
        "That is the best fold's score. The cross-validation estimate averages all the folds: \
         picking the best one is optimistic.",
    )?;
    mistakes.require(
        "divided_by_k_minus_1",
        short_decimal(Scalar::frac(sum, 100 * (k - 1)), 6),
        "You divided by k − 1. The mean of k fold scores divides their sum by k (k − 1 belongs \
         to the sample variance).",
    )?;
    let list: Vec<String> = p.folds.iter().map(|f| hundredths(f.0)).collect();
    let prompt = vec![
        Line::text(format!(
            "A classifier is evaluated with {k}-fold cross-validation. Its accuracy on the \
             validation fold of each split:"
        )),
        Line::math(list.join(", ")),
        Line::text("What is the cross-validation estimate of its accuracy?"),
    ];
    let solution = vec![
        Line::text("The estimate is the mean of the fold scores:"),
        math_line(&chain(
            "mean",
            &[
                format!("({})/{k}", list.join(" + ")),
                format!("{}/{k}", hundredths(sum)),
                decimal(m),
            ],
        )),
    ];
    let hints = vec![
        "Every fold's score counts the same: average them.".to_string(),
        format!(
            "The scores add up to {}; divide by the number of folds.",
            hundredths(sum)
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

fn weighted(p: &Params) -> Result<Draft, GenError> {
    let k = p.folds.len();
    let scores = p.scores();
    let unweighted: f64 = scores.iter().sum::<f64>() / k as f64;
    let correct: i64 = p.folds.iter().map(|f| f.0).sum();
    let n: i64 = p.folds.iter().map(|f| f.1).sum();
    let pooled = correct as f64 / n as f64;
    let value = if p.pooled { pooled } else { unweighted };
    let answer = AnswerSpec::scalar(Scalar::Real(value));
    let mut mistakes = Mistakes::new(&answer.expected);
    if p.pooled {
        mistakes.require(
            "unweighted_mean",
            Scalar::Real(unweighted),
            "That averages the fold accuracies with equal weights, as cross_val_score's mean \
             does. The question asks for the accuracy over all the rows, so a larger fold \
             counts for more.",
        )?;
    } else {
        mistakes.require(
            "weighted_by_size",
            Scalar::Real(pooled),
            "That weights each fold by its size (the accuracy over all the rows pooled). \
             cross_val_score returns one score per fold, and its mean weights them equally.",
        )?;
    }
    mistakes.require(
        "best_fold",
        best_fold(p),
        "That is the best fold's accuracy. The estimate uses every fold.",
    )?;
    let list: Vec<String> = p
        .folds
        .iter()
        .enumerate()
        .map(|(i, (c, s))| format!("fold {}: {c} of {s}", i + 1))
        .collect();
    let asked = if p.pooled {
        "the accuracy over all n rows pooled (the share of all validation predictions that \
         are right, as accuracy_score gives on cross_val_predict's output)"
    } else {
        "the estimate scikit-learn reports, cross_val_score(...).mean(): the unweighted mean \
         of the fold accuracies"
    };
    let prompt = vec![
        Line::text(format!(
            "A spam filter is cross-validated with k = {k} folds of unequal size. The \
             validation predictions each fold gets right:"
        )),
        Line::text(format!("{}.", list.join("; "))),
        Line::text(format!("Give {asked}, to 4 significant figures.")),
    ];
    let each: Vec<String> = p.folds.iter().map(|(c, s)| format!("{c}/{s}")).collect();
    let mut solution = Vec::new();
    if p.pooled {
        let cs: Vec<String> = p.folds.iter().map(|f| f.0.to_string()).collect();
        let ss: Vec<String> = p.folds.iter().map(|f| f.1.to_string()).collect();
        solution.push(Line::text(
            "Pool the rows: all the right predictions over all the rows.",
        ));
        solution.push(math_line(&chain(
            "accuracy",
            &[
                format!("({})/({})", cs.join(" + "), ss.join(" + ")),
                format!("{correct}/{n}"),
                sig(pooled),
            ],
        )));
    } else {
        let accs: Vec<String> = scores.iter().map(|&s| sig(s)).collect();
        solution.push(Line::text("Each fold's accuracy:"));
        solution.push(math_line(
            &each
                .iter()
                .zip(&accs)
                .map(|(e, a)| format!("{e} = {a}"))
                .collect::<Vec<_>>()
                .join(", "),
        ));
        solution.push(math_line(&chain(
            "mean",
            &[format!("({})/{k}", accs.join(" + ")), sig(unweighted)],
        )));
    }
    let hints = vec![
        "Decide first how the folds are weighted: equally (one score per fold), or by the \
         number of rows they hold."
            .to_string(),
        if p.pooled {
            format!("{correct} right predictions out of {n} rows in all.")
        } else {
            format!(
                "The fold accuracies are {}; average them with equal weights.",
                each.join(", ")
            )
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

fn standard_error(p: &Params) -> Result<Draft, GenError> {
    let k = p.folds.len() as i64;
    let sum: i64 = p.folds.iter().map(|f| f.0).sum();
    // Exact in hundredths: SS = Σ(cᵢ − c̄)² = Σcᵢ² − (Σcᵢ)²/k, over 100².
    let ss = Scalar::frac(
        k * p.folds.iter().map(|f| f.0 * f.0).sum::<i64>() - sum * sum,
        k * 10_000,
    );
    let var = ss.checked_div(Scalar::int(k - 1)).unwrap_or(Scalar::ZERO);
    let s = var.to_f64().sqrt();
    let se = s / (k as f64).sqrt();
    let answer = AnswerSpec::scalar(Scalar::Real(se));
    let mut mistakes = Mistakes::new(&answer.expected);
    let pop = (ss.to_f64() / k as f64).sqrt();
    mistakes.require(
        "population_sd",
        Scalar::Real(pop / (k as f64).sqrt()),
        "You divided the sum of squares by k: that is the population standard deviation, \
         numpy's np.std default (ddof=0). The prompt asks for the sample one, dividing by \
         k − 1.",
    )?;
    mistakes.require(
        "sd_not_se",
        Scalar::Real(s),
        "That is the standard deviation of the fold scores: how much one fold varies. The \
         standard error of their mean is smaller, by a factor √k.",
    )?;
    let list: Vec<String> = p.folds.iter().map(|f| hundredths(f.0)).collect();
    let m = short_decimal(Scalar::frac(sum, 100 * k), 4);
    let prompt = vec![
        Line::text(format!(
            "A churn model's accuracy on the {k} validation folds of {k}-fold \
             cross-validation:"
        )),
        Line::math(list.join(", ")),
        Line::text(
            "What is the standard error of the mean score, s/√k, where s is the sample \
             standard deviation of the fold scores (dividing by k − 1, np.std(..., ddof=1))? \
             Give 4 significant figures.",
        ),
    ];
    let devs: Vec<String> = p
        .folds
        .iter()
        .map(|f| {
            let d = Scalar::frac(f.0, 100) - m;
            format!("{}²", decimal_factor(d))
        })
        .collect();
    let ss_text = decimal(short_decimal(ss, 6));
    let solution = vec![
        math_line(&chain(
            "mean",
            &[format!("{}/{k}", hundredths(sum)), decimal(m)],
        )),
        Line::text("The squared deviations from the mean add up to"),
        math_line(&chain(
            "Σ(xᵢ − mean)²",
            &[devs.join(" + "), ss_text.clone()],
        )),
        math_line(&chain(
            "s²",
            &[format!("{ss_text}/{}", k - 1), sig(var.to_f64())],
        )),
        math_line(&chain("s", &[format!("√{}", sig(var.to_f64())), sig(s)])),
        math_line(&chain("SE", &[format!("{}/√{k}", sig(s)), sig(se)])),
    ];
    let hints = vec![
        "Find the mean, the squared deviations from it, their sum over k − 1, and the square \
         root: that is s. Then divide by √k."
            .to_string(),
        format!("s = {}; divide it by √{k}.", sig(s)),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for CvEstimate {
    fn id(&self) -> &'static str {
        "ml.cv_estimate"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        build(level, &p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, near, prompt_numbers};
    use crate::exercises::common::testing::{prompt_line, soundness_with};
    use statrs::statistics::Statistics;

    #[test]
    fn estimates_match_a_direct_computation() {
        let mut seen = Seen::default();
        soundness_with(&CvEstimate, &[1, 2, 3], draw, build, |level, p, d, ctx| {
            let got = answer_f64(d);
            match level {
                2 => {
                    // Read the folds back from the prompt: "fold 1: 18 of 21; …".
                    let text = prompt_line(d, 1);
                    let mut accs = Vec::new();
                    let (mut right, mut rows) = (0.0, 0.0);
                    for part in text.split("fold ").skip(1) {
                        let nums: Vec<f64> = part
                            .split(|c: char| !c.is_ascii_digit())
                            .filter(|t| !t.is_empty())
                            .take(3)
                            .map(|t| t.parse().unwrap())
                            .collect();
                        accs.push(nums[1] / nums[2]);
                        right += nums[1];
                        rows += nums[2];
                    }
                    assert_eq!(accs.len(), p.folds.len(), "{ctx}");
                    let want = if p.pooled {
                        right / rows
                    } else {
                        accs.clone().mean()
                    };
                    assert!(near(got, want), "{ctx}: {got} {want}");
                    let sizes: Vec<i64> = p.folds.iter().map(|f| f.1).collect();
                    assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() == 1);
                }
                _ => {
                    let xs = prompt_numbers(d, 1);
                    assert_eq!(xs.len(), p.folds.len(), "{ctx}");
                    let want = if level == 1 {
                        xs.clone().mean()
                    } else {
                        xs.clone().std_dev() / (xs.len() as f64).sqrt()
                    };
                    assert!(near(got, want), "{ctx}: {got} {want}");
                    assert!(xs.iter().all(|&x| (0.7..=0.97).contains(&x)), "{ctx}");
                }
            }
            let last = d.hints.last().unwrap();
            assert!(
                last.contains("divide") || last.contains("average") || last.contains("rows in all"),
                "{ctx}: {last}"
            );
            seen.note(d);
        });
        seen.assert_exactly(&[
            "best_fold",
            "divided_by_k_minus_1",
            "population_sd",
            "sd_not_se",
            "unweighted_mean",
            "weighted_by_size",
        ]);
    }
}
