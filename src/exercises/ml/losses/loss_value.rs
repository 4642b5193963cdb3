//! `ml.loss_value`: the MSE, the MAE or (level 3) the Huber loss of a tiny batch.
//!
//! Conventions, as the prompt states them: residuals `rᵢ = yᵢ − ŷᵢ`; MSE `(1/n)Σ rᵢ²`, the mean
//! without a ½ (`sklearn.metrics.mean_squared_error`, `torch.nn.MSELoss`; some texts minimise
//! `½·MSE`); MAE `(1/n)Σ |rᵢ|`; Huber as `torch.nn.HuberLoss(delta=δ)`: `½r²` where `|r| ≤ δ`,
//! `δ(|r| − δ/2)` beyond, averaged.
//!
//! Level 1: 3 integer targets and predictions, MSE or MAE. Level 2: 4–5 values with residuals
//! in halves. Level 3: Huber with δ = 1 or 2 on 4–5 values, at least one residual on each side of
//! δ. Every answer is exact.
//!
//! Named mistakes: the sum instead of the mean (SSE), the ½-MSE, the RMSE, squares in an MAE,
//! absolute values in an MSE, the signed mean, the quadratic branch everywhere, the linear branch
//! without its offset.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::decimal_operand;
use crate::exercises::common::moments::{mean, total};
use crate::exercises::common::{MAX_PLACES, Mistakes, decimal, math_line, short_decimal, sub};
use crate::exercises::common::{batch, batch_line, mean_chain};
use crate::math::Scalar;

pub struct LossValue;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Loss {
    Mse,
    Mae,
    /// Huber with this δ.
    Huber(i64),
}

struct Params {
    loss: Loss,
    y: Vec<Scalar>,
    yhat: Vec<Scalar>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (n, half, loss) = match level {
        1 => (
            3,
            false,
            if rng.chance(1, 2) {
                Loss::Mse
            } else {
                Loss::Mae
            },
        ),
        2 => (
            rng.int(4, 5) as usize,
            true,
            if rng.chance(1, 2) {
                Loss::Mse
            } else {
                Loss::Mae
            },
        ),
        3 => (rng.int(4, 5) as usize, true, Loss::Huber(rng.int(1, 2))),
        l => return Err(GenError::Level(l)),
    };
    let reach = match loss {
        Loss::Huber(delta) => 4 * delta + 2,
        _ if half => 7,
        _ => 4,
    };
    let mut y = Vec::new();
    let mut yhat = Vec::new();
    for _ in 0..n {
        let target = rng.int(0, 12);
        let k = rng.int(-reach, reach);
        let r = if half {
            Scalar::frac(k, 2)
        } else {
            Scalar::int(k)
        };
        y.push(Scalar::int(target));
        yhat.push(Scalar::int(target) - r);
    }
    let r = residuals(&y, &yhat);
    if r.iter().filter(|x| !x.is_zero()).count() < 2 {
        return Err(GenError::Redraw("fewer than two nonzero residuals"));
    }
    if half && r.iter().all(|x| x.as_integer().is_some()) {
        return Err(GenError::Redraw("no half residual"));
    }
    if let Loss::Huber(delta) = loss {
        let delta = delta as f64;
        let small = r.iter().any(|x| !x.is_zero() && x.to_f64().abs() <= delta);
        let large = r.iter().any(|x| x.to_f64().abs() > delta);
        if !(small && large) {
            return Err(GenError::Redraw("every residual on one side of δ"));
        }
    }
    Ok(Params { loss, y, yhat })
}

fn residuals(y: &[Scalar], yhat: &[Scalar]) -> Vec<Scalar> {
    y.iter().zip(yhat).map(|(&a, &b)| a - b).collect()
}

/// The Huber loss of one residual (torch's `HuberLoss(delta=δ)`).
fn huber(r: Scalar, delta: i64) -> Scalar {
    let d = Scalar::int(delta);
    if r.abs().to_f64() <= delta as f64 {
        Scalar::frac(1, 2) * r * r
    } else {
        d * (r.abs() - Scalar::frac(delta, 2))
    }
}

const SSE: &str = "That is the sum of the squared residuals (the SSE). The MSE is their mean: \
     divide the sum by n.";
const HALF_MSE: &str = "That is ½·MSE, the convention some texts use to cancel the 2 of the \
     derivative. The question asks for the MSE itself, the plain mean of the squares.";
const RMSE: &str = "That is the RMSE, the square root of the MSE. The MSE stops before the root.";
const ABS_FOR_SQUARES: &str = "You averaged the absolute residuals: that is the MAE. The MSE \
     averages the squares (yᵢ − ŷᵢ)².";
const MAE_WITH_SQUARES: &str = "You squared the residuals: that is the MSE. The MAE averages \
     their absolute values |yᵢ − ŷᵢ|.";
const SUM_ABS: &str = "That is the sum of the absolute residuals. The MAE is their mean: divide \
     the sum by n.";
const SIGNED: &str = "You averaged the residuals with their signs, so positive and negative \
     errors cancelled. The MAE averages their absolute values.";

impl LossValue {
    fn build(&self, p: &Params) -> Result<Draft, GenError> {
        let n = p.y.len();
        let r = residuals(&p.y, &p.yhat);
        let squares: Vec<Scalar> = r.iter().map(|&x| x * x).collect();
        let abs: Vec<Scalar> = r.iter().map(|x| x.abs()).collect();
        let mse = mean(&squares);
        let mae = mean(&abs);
        let mut prompt = vec![
            Line::text(format!(
                "A regression model makes {n} predictions. The targets and predictions are"
            )),
            batch_line("  targets      ", "y", &p.y),
            batch_line("  predictions  ", "ŷ", &p.yhat),
        ];
        let residual_line = Line::text("The residuals: ").m(format!("r = y − ŷ = {}", batch(&r)));
        let first = format!(
            "Start with the residuals rᵢ = yᵢ − ŷᵢ: the first is {} − {} = {}.",
            decimal(p.y[0]),
            decimal_operand(p.yhat[0]),
            decimal(r[0])
        );
        let mut solution = vec![residual_line];
        let (value, mut mistakes, hints);
        match p.loss {
            Loss::Mse => {
                value = mse;
                prompt.push(Line::text(
                    "Compute the mean squared error of the batch, L = (1/n)Σ(yᵢ − ŷᵢ)²: the mean \
                     without a ½ (sklearn's mean_squared_error; some texts halve it).",
                ));
                mistakes = Mistakes::new(&short_decimal(value, MAX_PLACES).into());
                mistakes.require("sse", total(&squares), SSE)?;
                mistakes.require("half_mse", mse * Scalar::frac(1, 2), HALF_MSE)?;
                mistakes.optional("rmse", mse.sqrt(), RMSE);
                mistakes.optional("mae_not_mse", mae, ABS_FOR_SQUARES);
                solution.push(Line::text("Square them: ").m(format!("r² = {}", batch(&squares))));
                solution.push(math_line(&mean_chain("L", &squares)));
                hints = vec![
                    first,
                    format!(
                        "The squared residuals are {}: they add up to {}; divide by n = {n}.",
                        batch(&squares),
                        decimal(total(&squares))
                    ),
                ];
            }
            Loss::Mae => {
                value = mae;
                prompt.push(Line::text(
                    "Compute the mean absolute error of the batch, L = (1/n)Σ|yᵢ − ŷᵢ|.",
                ));
                mistakes = Mistakes::new(&short_decimal(value, MAX_PLACES).into());
                mistakes.require("mae_with_squares", mse, MAE_WITH_SQUARES)?;
                mistakes.require("sum_not_mean", total(&abs), SUM_ABS)?;
                mistakes.optional("signed_mean", mean(&r), SIGNED);
                solution.push(
                    Line::text("Their absolute values: ").m(format!("|r| = {}", batch(&abs))),
                );
                solution.push(math_line(&mean_chain("L", &abs)));
                hints = vec![
                    first,
                    format!(
                        "The absolute residuals are {}: they add up to {}; divide by n = {n}.",
                        batch(&abs),
                        decimal(total(&abs))
                    ),
                ];
            }
            Loss::Huber(delta) => {
                let losses: Vec<Scalar> = r.iter().map(|&x| huber(x, delta)).collect();
                value = mean(&losses);
                let d = Scalar::int(delta);
                prompt.push(Line::text(format!(
                    "Compute the Huber loss with δ = {delta}, as torch.nn.HuberLoss with delta {delta}: \
                     each residual r = y − ŷ costs ½r² where |r| ≤ δ and δ(|r| − δ/2) beyond; \
                     the loss is the mean over the batch."
                )));
                mistakes = Mistakes::new(&short_decimal(value, MAX_PLACES).into());
                mistakes.require(
                    "quadratic_everywhere",
                    mse * Scalar::frac(1, 2),
                    format!(
                        "You used ½r² for every residual. Beyond |r| = {delta} the Huber loss \
                         grows linearly, δ(|r| − δ/2), which is what makes it robust to outliers."
                    ),
                )?;
                mistakes.require(
                    "sum_not_mean",
                    total(&losses),
                    "That is the sum of the per-example losses. The loss of the batch is their \
                     mean: divide by n.",
                )?;
                let no_offset: Vec<Scalar> = r
                    .iter()
                    .map(|&x| {
                        if x.abs().to_f64() <= delta as f64 {
                            huber(x, delta)
                        } else {
                            d * x.abs()
                        }
                    })
                    .collect();
                mistakes.optional(
                    "linear_without_offset",
                    mean(&no_offset),
                    "Beyond δ you used δ|r|. The linear branch is δ(|r| − δ/2): the offset makes \
                     it meet ½r² at |r| = δ.",
                );
                mistakes.optional(
                    "mae_not_huber",
                    mae,
                    "That is the MAE, the mean of |r|. The Huber loss is ½r² for the small \
                     residuals and δ(|r| − δ/2) for the large ones.",
                );
                let each: Vec<String> = r
                    .iter()
                    .zip(&losses)
                    .enumerate()
                    .map(|(i, (&x, &l))| {
                        if x.abs().to_f64() <= delta as f64 {
                            format!(
                                "L{} = ½·{}² = {}",
                                sub(i + 1),
                                decimal_operand(x),
                                decimal(l)
                            )
                        } else {
                            format!(
                                "L{} = {delta}·({} − {}) = {}",
                                sub(i + 1),
                                decimal(x.abs()),
                                decimal(Scalar::frac(delta, 2)),
                                decimal(l)
                            )
                        }
                    })
                    .collect();
                solution.push(Line::text(format!(
                    "Each residual's loss (½r² where |r| ≤ {delta}, else {delta}·(|r| − {})):",
                    decimal(Scalar::frac(delta, 2))
                )));
                solution.push(math_line(&each.join(",   ")));
                solution.push(math_line(&mean_chain("L", &losses)));
                hints = vec![
                    first,
                    format!(
                        "Sort the residuals by size: |r| ≤ {delta} costs ½r², a larger one \
                         {delta}·(|r| − {}).",
                        decimal(Scalar::frac(delta, 2))
                    ),
                    format!(
                        "The per-example losses are {}: they add up to {}; divide by n = {n}.",
                        batch(&losses),
                        decimal(total(&losses))
                    ),
                ];
            }
        }
        let answer = AnswerSpec::scalar(short_decimal(value, MAX_PLACES));
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for LossValue {
    fn id(&self) -> &'static str {
        "ml.loss_value"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        self.build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{
        Seen, answer_f64, last_hint, near, prompt_text, soundness,
    };

    /// The loss from the prompt's numbers, by the textbook formulas in f64.
    fn reference(text: &str, y: &[f64], yhat: &[f64]) -> f64 {
        let n = y.len() as f64;
        let r = y.iter().zip(yhat).map(|(a, b)| a - b);
        if text.contains("Huber loss with δ = 1") || text.contains("Huber loss with δ = 2") {
            let delta = if text.contains("δ = 1,") { 1.0 } else { 2.0 };
            r.map(|r: f64| {
                if r.abs() <= delta {
                    0.5 * r * r
                } else {
                    delta * (r.abs() - 0.5 * delta)
                }
            })
            .sum::<f64>()
                / n
        } else if text.contains("mean squared error") {
            r.map(|r| r.powi(2)).sum::<f64>() / n
        } else {
            assert!(text.contains("mean absolute error"));
            r.map(f64::abs).sum::<f64>() / n
        }
    }

    #[test]
    fn losses_match_the_formulas_and_every_mistake_occurs() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let mut kinds = [[0usize; 2]; 2];
        soundness(&LossValue, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            let (y, yhat) = (read_batch(d, "y"), read_batch(d, "ŷ"));
            assert_eq!(y.len(), yhat.len(), "{ctx}");
            let n = y.len();
            let want = reference(&text, &y, &yhat);
            assert!(
                near(answer_f64(d), want),
                "{ctx}: {} vs {want}",
                answer_f64(d)
            );
            let r: Vec<f64> = y.iter().zip(&yhat).map(|(a, b)| a - b).collect();
            match level {
                1 => {
                    assert_eq!(n, 3, "{ctx}");
                    assert!(
                        r.iter().all(|x| x.fract() == 0.0 && x.abs() <= 4.0),
                        "{ctx}"
                    );
                }
                _ => {
                    assert!((4..=5).contains(&n), "{ctx}");
                    assert!(r.iter().all(|x| (2.0 * x).fract() == 0.0), "{ctx}");
                    assert!(r.iter().any(|x| x.fract() != 0.0), "{ctx}");
                }
            }
            assert_eq!(level == 3, text.contains("Huber"), "{ctx}");
            if level < 3 {
                kinds[level as usize - 1][usize::from(text.contains("absolute"))] += 1;
            }
            // The last hint is the last step: the total and the division by n.
            assert!(
                last_hint(d).ends_with(&format!("divide by n = {n}.")),
                "{ctx}: {}",
                last_hint(d)
            );
            seen[level as usize - 1].note(d);
        });
        assert!(kinds.iter().flatten().all(|&c| c > 100), "{kinds:?}");
        let both = ["sse", "half_mse", "rmse", "mae_not_mse"];
        let mae = ["mae_with_squares", "sum_not_mean", "signed_mean"];
        for s in &seen[..2] {
            s.assert_all(&both);
            s.assert_all(&mae);
        }
        seen[2].assert_exactly(&[
            "quadratic_everywhere",
            "sum_not_mean",
            "linear_without_offset",
            "mae_not_huber",
        ]);
    }
}
