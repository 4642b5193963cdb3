//! `ml.r_squared`: the coefficient of determination `R² = 1 − SS_res/SS_tot` from targets y and
//! predictions ŷ, with `SS_res = Σ(yᵢ − ŷᵢ)²` and `SS_tot = Σ(yᵢ − ȳ)²`, as
//! `sklearn.metrics.r2_score` computes it (negative for a model worse than predicting ȳ).
//!
//! Level 1: 4 integer targets with an integer mean, integer predictions. Level 2: 5–6 targets,
//! predictions off by halves. Level 3: the adjusted R² `1 − (1 − R²)(n − 1)/(n − p − 1)` of a
//! model with p features on 6–8 points, or a model worse than the mean (a negative R²).
//! Every answer is exact.
//!
//! Named mistakes: `SS_res/SS_tot` without the `1 −`, `SS_tot` about 0 (`Σyᵢ²`), r (the root)
//! for r², R² not adjusted, `n − p` for `n − p − 1`, a negative R² clipped to 0.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::moments::total;
use crate::exercises::common::{MAX_PLACES, Mistakes, chain, decimal, math_line, short_decimal};
use crate::exercises::common::{batch, batch_line, decimal_sum, shown};
use crate::math::Scalar;

pub struct RSquared;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ask {
    Plain,
    /// The adjusted R² of a model with this many features.
    Adjusted(i64),
    /// A model worse than the mean.
    Negative,
}

struct Params {
    ask: Ask,
    y: Vec<Scalar>,
    yhat: Vec<Scalar>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (n, ask, half, reach) = match level {
        1 => (4, Ask::Plain, false, 2),
        2 => (rng.int(5, 6), Ask::Plain, true, 4),
        3 if rng.chance(1, 2) => (rng.int(6, 8), Ask::Adjusted(rng.int(1, 2)), true, 4),
        3 => (rng.int(4, 5), Ask::Negative, false, 6),
        l => return Err(GenError::Level(l)),
    };
    let mut y: Vec<i64> = (0..n).map(|_| rng.int(1, 15)).collect();
    // An integer mean: move the last target so that the sum is a multiple of n.
    let excess = y.iter().sum::<i64>() % n;
    y[n as usize - 1] -= excess;
    let e: Vec<Scalar> = (0..n)
        .map(|_| {
            let k = rng.int(-reach, reach);
            if half {
                Scalar::frac(k, 2)
            } else {
                Scalar::int(k)
            }
        })
        .collect();
    let y: Vec<Scalar> = y.iter().map(|&v| Scalar::int(v)).collect();
    let yhat: Vec<Scalar> = y.iter().zip(&e).map(|(&a, &b)| a + b).collect();
    let p = Params { ask, y, yhat };
    let (res, tot) = (ss_res(&p), ss_tot(&p.y));
    if tot.is_zero() || res.is_zero() {
        return Err(GenError::Redraw("a degenerate fit"));
    }
    let better = res.to_f64() < tot.to_f64();
    if better != (ask != Ask::Negative) {
        return Err(GenError::Redraw("the fit is on the wrong side of the mean"));
    }
    Ok(p)
}

fn ss_res(p: &Params) -> Scalar {
    p.y.iter()
        .zip(&p.yhat)
        .fold(Scalar::ZERO, |s, (&a, &b)| s + (a - b) * (a - b))
}

fn mean(y: &[Scalar]) -> Scalar {
    total(y) * Scalar::frac(1, y.len() as i64)
}

fn ss_tot(y: &[Scalar]) -> Scalar {
    let m = mean(y);
    y.iter().fold(Scalar::ZERO, |s, &v| s + (v - m) * (v - m))
}

fn nice(x: Scalar) -> Scalar {
    short_decimal(x, MAX_PLACES)
}

const RATIO: &str = "That is SS_res/SS_tot, the fraction of the variation the model leaves \
     unexplained. R² is the fraction it explains: 1 − SS_res/SS_tot.";
const ABOUT_ZERO: &str = "You summed the squares of y about 0, Σyᵢ². SS_tot measures the \
     spread about the mean: Σ(yᵢ − ȳ)², the error of always predicting ȳ.";

impl RSquared {
    fn build(&self, p: &Params) -> Result<Draft, GenError> {
        let n = p.y.len();
        let res = ss_res(p);
        let tot = ss_tot(&p.y);
        let m = mean(&p.y);
        let one = Scalar::ONE;
        let ratio = res.checked_div(tot).ok_or(GenError::Redraw("SS_tot = 0"))?;
        let r2 = one - ratio;
        let sq0 = p.y.iter().fold(Scalar::ZERO, |s, &v| s + v * v);
        let about_zero = one - res.checked_div(sq0).unwrap_or(Scalar::ZERO);
        let residuals: Vec<Scalar> = p.y.iter().zip(&p.yhat).map(|(&a, &b)| a - b).collect();
        let devs: Vec<Scalar> = p.y.iter().map(|&v| v - m).collect();
        let squares = |xs: &[Scalar]| -> Vec<Scalar> { xs.iter().map(|&x| x * x).collect() };
        let mut prompt = vec![
            Line::text(format!("A regression model predicts {n} targets:")),
            batch_line("  targets      ", "y", &p.y),
            batch_line("  predictions  ", "ŷ", &p.yhat),
        ];
        let definition = "R² = 1 − SS_res/SS_tot with SS_res = Σ(yᵢ − ŷᵢ)² and \
                          SS_tot = Σ(yᵢ − ȳ)², as sklearn's r2_score (it is negative for a \
                          model worse than always predicting ȳ).";
        let mut solution = vec![
            Line::text("The residuals and the deviations from the mean: ")
                .m(format!("y − ŷ = {}", batch(&residuals))),
            math_line(&format!("ȳ = {},  y − ȳ = {}", decimal(m), batch(&devs))),
            math_line(&chain(
                "SS_res",
                &[decimal_sum(&squares(&residuals)), decimal(res)],
            )),
            math_line(&chain(
                "SS_tot",
                &[decimal_sum(&squares(&devs)), decimal(tot)],
            )),
        ];
        let r2_steps = vec![format!("1 − {}/{}", decimal(res), decimal(tot)), shown(r2)];
        let mut hints = vec![
            format!(
                "The mean of y is ȳ = {}; SS_tot sums the squared deviations from it.",
                decimal(m)
            ),
            format!("SS_res = {} and SS_tot = {}.", decimal(res), decimal(tot)),
        ];
        let (value, mut mistakes);
        match p.ask {
            Ask::Plain | Ask::Negative => {
                prompt.push(Line::text(format!(
                    "Compute the coefficient of determination {definition}"
                )));
                value = nice(r2);
                mistakes = Mistakes::new(&value.into());
                mistakes.require("ratio_without_one_minus", nice(ratio), RATIO)?;
                mistakes.require("ss_tot_about_zero", nice(about_zero), ABOUT_ZERO)?;
                if p.ask == Ask::Negative {
                    mistakes.require(
                        "clipped_at_zero",
                        Scalar::ZERO,
                        "R² is not a square here and is not bounded below by 0: a model worse \
                         than always predicting ȳ has SS_res > SS_tot, so R² < 0 (r2_score \
                         reports it so).",
                    )?;
                } else {
                    mistakes.optional(
                        "r_not_r_squared",
                        r2.sqrt(),
                        "That is √R², the correlation r of a least-squares fit. The question \
                         asks for R² itself, 1 − SS_res/SS_tot, with no root.",
                    );
                }
                solution.push(math_line(&chain("R²", &r2_steps)));
                hints.push(format!(
                    "SS_res/SS_tot = {}/{}: subtract it from 1.",
                    decimal(res),
                    decimal(tot)
                ));
            }
            Ask::Adjusted(k) => {
                prompt.push(Line::text(format!(
                    "The model has p = {k} feature{} (plus an intercept), and {definition}",
                    if k == 1 { "" } else { "s" }
                )));
                prompt.push(Line::text(
                    "Compute the adjusted R²: R²_adj = 1 − (1 − R²)(n − 1)/(n − p − 1).",
                ));
                let (num_, den) = (n as i64 - 1, n as i64 - k - 1);
                let adj = one - (one - r2) * Scalar::frac(num_, den);
                let wrong_df = one - (one - r2) * Scalar::frac(num_, den + 1);
                value = nice(adj);
                mistakes = Mistakes::new(&value.into());
                mistakes.require(
                    "not_adjusted",
                    nice(r2),
                    "That is R² itself. The adjusted R² charges for the p features: multiply \
                     1 − R² by (n − 1)/(n − p − 1) before subtracting from 1.",
                )?;
                mistakes.require("ratio_without_one_minus", nice(ratio), RATIO)?;
                mistakes.optional(
                    "n_minus_p",
                    nice(wrong_df),
                    "You divided by n − p. The residual degrees of freedom are n − p − 1: the \
                     intercept is estimated too.",
                );
                mistakes.optional(
                    "ss_tot_about_zero",
                    nice(one - (one - about_zero) * Scalar::frac(num_, den)),
                    ABOUT_ZERO,
                );
                solution.push(math_line(&chain("R²", &r2_steps)));
                solution.push(math_line(&chain(
                    "R²_adj",
                    &[
                        format!("1 − (1 − {})·({n} − 1)/({n} − {k} − 1)", decimal(nice(r2))),
                        format!("1 − {}·{num_}/{den}", decimal(nice(ratio))),
                        shown(value),
                    ],
                )));
                hints.push(format!(
                    "R² = 1 − {}/{}; then multiply 1 − R² by (n − 1)/(n − p − 1) = {num_}/{den} \
                     and subtract from 1.",
                    decimal(res),
                    decimal(tot)
                ));
            }
        }
        Ok(Draft {
            prompt,
            answer: AnswerSpec::scalar(value),
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for RSquared {
    fn id(&self) -> &'static str {
        "ml.r_squared"
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
        Seen, answer_f64, given, last_hint, near, prompt_text, soundness,
    };

    #[test]
    fn r_squared_matches_the_variance_explained() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let (mut adjusted, mut negative) = (0, 0);
        soundness(&RSquared, &[1, 2, 3], |level, d, ctx| {
            let text = prompt_text(d);
            let (y, yhat) = (read_batch(d, "y"), read_batch(d, "ŷ"));
            let n = y.len() as f64;
            // SS_tot as n times the population variance, E[y²] − ȳ².
            let mean = y.iter().sum::<f64>() / n;
            let var = y.iter().map(|v| v * v).sum::<f64>() / n - mean * mean;
            let mse = y
                .iter()
                .zip(&yhat)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                / n;
            let r2 = 1.0 - mse / var;
            assert_eq!(mean.fract(), 0.0, "{ctx}");
            let got = answer_f64(d);
            if text.contains("adjusted") {
                adjusted += 1;
                let p = given(d, "p");
                let want = 1.0 - (1.0 - r2) * (n - 1.0) / (n - p - 1.0);
                assert!(near(got, want), "{ctx}: {got} vs {want}");
                assert!((6.0..=8.0).contains(&n), "{ctx}");
            } else {
                assert!(near(got, r2), "{ctx}: {got} vs {r2}");
                assert_eq!(got < 0.0, level == 3, "{ctx}");
                negative += usize::from(got < 0.0);
            }
            match level {
                1 => assert_eq!(n, 4.0, "{ctx}"),
                2 => assert!((5.0..=6.0).contains(&n), "{ctx}"),
                _ => {}
            }
            assert!(last_hint(d).contains("subtract"), "{ctx}: {}", last_hint(d));
            seen[level as usize - 1].note(d);
        });
        assert!(adjusted > 100 && negative > 100, "{adjusted} {negative}");
        for s in &seen[..2] {
            s.assert_exactly(&[
                "ratio_without_one_minus",
                "ss_tot_about_zero",
                "r_not_r_squared",
            ]);
        }
        seen[2].assert_exactly(&[
            "ratio_without_one_minus",
            "ss_tot_about_zero",
            "clipped_at_zero",
            "not_adjusted",
            "n_minus_p",
        ]);
    }
}
