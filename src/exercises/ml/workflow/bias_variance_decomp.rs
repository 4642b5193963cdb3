//! `ml.bias_variance_decomp`: bias², variance and expected error at one point, from the
//! predictions of models trained on resampled data sets (a number).
//!
//! m = 3–5 models (each trained on its own resample) predict the price of the same house; the
//! true value f(x₀) is known. Conventions, stated: the average prediction ȳ is the mean of the m
//! predictions, bias² = (ȳ − f(x₀))², and the variance divides by m (the spread of these
//! models, a population variance). Level 1: bias²; level 2: the variance; level 3: the expected
//! squared error of a new observation, bias² + variance + σ² with the noise variance σ² given.
//! The predictions are integers whose mean is an integer, so every step is exact.
//!
//! Named mistakes: the bias not squared (`bias_not_squared`), the mean squared error from the
//! truth for bias² or for the variance (`mse_not_bias`, `deviations_from_truth`), the variance
//! divided by m − 1 (`variance_n_minus_1`), the noise forgotten (`noise_forgotten`).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, decimal, factor, math_line, num, short_decimal};
use crate::math::Scalar;

pub struct BiasVarianceDecomposition;

/// One problem: the predictions (thousands of dollars), the true value, the noise variance
/// (level 3).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub predictions: Vec<i64>,
    pub truth: i64,
    pub noise: i64,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    if !(1..=3).contains(&level) {
        return Err(GenError::Level(level));
    }
    let m = rng.int(3, 5) as usize;
    let centre = rng.int(150, 400);
    let mut devs: Vec<i64> = (0..m - 1).map(|_| rng.int(-5, 5)).collect();
    let last = -devs.iter().sum::<i64>();
    devs.push(last);
    if last.abs() > 6 || devs.iter().all(|&d| d == 0) {
        return Err(GenError::Redraw("deviations too wide or all zero"));
    }
    let bias = rng.nonzero_int(-8, 8);
    if bias.abs() == 1 {
        return Err(GenError::Redraw("bias ±1 is its own square"));
    }
    Ok(Params {
        predictions: devs.iter().map(|d| centre + d).collect(),
        truth: centre - bias,
        noise: if level == 3 { rng.int(4, 30) } else { 0 },
    })
}

/// The pieces every level uses: the mean prediction, bias, Σ(ŷ − ȳ)², Σ(ŷ − f)².
struct Parts {
    mean: i64,
    bias: i64,
    ss_mean: i64,
    ss_truth: i64,
}

fn parts(p: &Params) -> Parts {
    let m = p.predictions.len() as i64;
    let mean = p.predictions.iter().sum::<i64>() / m;
    Parts {
        mean,
        bias: mean - p.truth,
        ss_mean: p.predictions.iter().map(|y| (y - mean).pow(2)).sum(),
        ss_truth: p.predictions.iter().map(|y| (y - p.truth).pow(2)).sum(),
    }
}

fn squares(p: &Params, about: i64) -> String {
    let terms: Vec<String> = p
        .predictions
        .iter()
        .map(|y| format!("{}²", factor(Scalar::int(y - about))))
        .collect();
    terms.join(" + ")
}

pub fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let m = p.predictions.len() as i64;
    let q = parts(p);
    let bias2 = Scalar::int(q.bias * q.bias);
    let var = short_decimal(Scalar::frac(q.ss_mean, m), 4);
    let var1 = short_decimal(Scalar::frac(q.ss_mean, m - 1), 4);
    let mse = short_decimal(Scalar::frac(q.ss_truth, m), 4);
    let noise = Scalar::int(p.noise);
    let value = match level {
        1 => bias2,
        2 => var,
        _ => short_decimal(bias2 + var + noise, 4),
    };
    let answer = AnswerSpec::scalar(value);
    let mut mistakes = Mistakes::new(&answer.expected);
    match level {
        1 => {
            mistakes.require(
                "bias_not_squared",
                Scalar::int(q.bias),
                "That is the bias, ȳ − f(x₀). The decomposition uses its square.",
            )?;
            mistakes.require(
                "mse_not_bias",
                mse,
                "That averages each model's squared error from f(x₀): the mean squared error, \
                 which is bias² plus the variance. The bias compares the average prediction ȳ \
                 with f(x₀).",
            )?;
        }
        2 => {
            mistakes.require(
                "variance_n_minus_1",
                var1,
                "You divided by m − 1, as for a sample variance. The prompt's variance is the \
                 spread of these m models: divide by m.",
            )?;
            mistakes.require(
                "deviations_from_truth",
                mse,
                "You measured each prediction from f(x₀): that is the mean squared error. The \
                 variance measures the predictions from their own mean ȳ.",
            )?;
        }
        _ => {
            mistakes.require(
                "noise_forgotten",
                bias2 + var,
                "That is bias² + variance, the error of the models' predictions of f(x₀). A \
                 new observation also carries the noise: add σ².",
            )?;
            mistakes.optional(
                "variance_n_minus_1",
                bias2 + var1 + noise,
                "Your variance divides by m − 1. The prompt's variance divides by m.",
            );
            mistakes.optional(
                "bias_not_squared",
                Scalar::int(q.bias) + var + noise,
                "Your bias term is not squared: the decomposition adds (ȳ − f(x₀))².",
            );
        }
    }

    let list: Vec<String> = p.predictions.iter().map(|y| y.to_string()).collect();
    let mut prompt = vec![
        Line::text(format!(
            "{m} regression models, each trained on its own bootstrap resample of a house-price \
             data set, predict the price (in thousands of dollars) of the same house x₀:"
        )),
        Line::math(list.join(", ")),
        Line::text("Its true expected price is ").m(format!("f(x₀) = {}.", p.truth)),
        Line::text(
            "Take ȳ as the mean of the predictions, bias² = (ȳ − f(x₀))², and the variance \
             as the mean of (ŷᵢ − ȳ)², dividing by m (the spread of these m models).",
        ),
    ];
    prompt.push(Line::text(match level {
        1 => "What is bias² at x₀?".to_string(),
        2 => "What is the variance of the predictions at x₀?".to_string(),
        _ => format!(
            "The price of a house like x₀ varies around f(x₀) with noise variance σ² = {}. What \
             is the expected squared error of a prediction for a new sale of x₀ (bias² + \
             variance + noise)?",
            p.noise
        ),
    }));

    let mean_line = math_line(&chain(
        "ȳ",
        &[
            format!("({})/{m}", list.join(" + ")),
            format!("{}/{m}", p.predictions.iter().sum::<i64>()),
            q.mean.to_string(),
        ],
    ));
    let bias_line = math_line(&chain(
        "bias²",
        &[
            format!("({} − {})²", q.mean, p.truth),
            format!("{}²", factor(Scalar::int(q.bias))),
            num(bias2),
        ],
    ));
    let var_line = math_line(&chain(
        "variance",
        &[
            format!("({})/{m}", squares(p, q.mean)),
            format!("{}/{m}", q.ss_mean),
            decimal(var),
        ],
    ));
    let mut solution = vec![mean_line];
    match level {
        1 => solution.push(bias_line),
        2 => solution.push(var_line),
        _ => {
            solution.push(bias_line);
            solution.push(var_line);
            solution.push(math_line(&chain(
                "E[(y − ŷ)²]",
                &[
                    format!("{} + {} + {}", num(bias2), decimal(var), p.noise),
                    decimal(value),
                ],
            )));
        }
    }
    let last = match level {
        1 => format!("ȳ = {}; subtract f(x₀) = {} and square.", q.mean, p.truth),
        2 => format!(
            "ȳ = {}; the squared deviations add up to {}: divide by {m}.",
            q.mean, q.ss_mean
        ),
        _ => format!(
            "bias² = {} and variance = {}: add the noise σ² = {}.",
            num(bias2),
            decimal(var),
            p.noise
        ),
    };
    let hints = vec![
        "Average the predictions first: ȳ is what the models predict on average.".to_string(),
        last,
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for BiasVarianceDecomposition {
    fn id(&self) -> &'static str {
        "ml.bias_variance_decomp"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        build(level, &p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness_with;
    use crate::exercises::common::testing::{Seen, answer_f64, given, near, prompt_numbers};
    use statrs::statistics::Statistics;

    #[test]
    fn the_decomposition_matches_a_direct_computation() {
        let mut seen = Seen::default();
        soundness_with(
            &BiasVarianceDecomposition,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                // Independent: f64 statistics of the numbers the prompt shows.
                let ys = prompt_numbers(d, 1);
                let f = given(d, "f(x₀)");
                let bias2 = (ys.clone().mean() - f).powi(2);
                let var = ys.clone().population_variance();
                let want = match level {
                    1 => bias2,
                    2 => var,
                    _ => bias2 + var + given(d, "σ²"),
                };
                assert!(near(answer_f64(d), want), "{ctx}: {} {want}", answer_f64(d));
                // The bias–variance identity: mean squared error from f = bias² + variance.
                let mse = ys.iter().map(|y| (y - f).powi(2)).sum::<f64>() / ys.len() as f64;
                assert!(near(mse, bias2 + var), "{ctx}");
                assert!(
                    (3..=5).contains(&ys.len()) && var > 0.0 && bias2 >= 4.0,
                    "{ctx}"
                );
                assert_eq!(ys.len(), p.predictions.len());
                let last = d.hints.last().unwrap();
                assert!(last.contains("square") || last.contains("divide") || last.contains("add"));
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "bias_not_squared",
            "deviations_from_truth",
            "mse_not_bias",
            "noise_forgotten",
            "variance_n_minus_1",
        ]);
    }
}
