//! `calc.mse_gradient`: the gradient of the MSE of a linear model on a tiny batch.
//!
//! Convention, as the prompt states it: `L = (1/n)Σ(ŷᵢ − yᵢ)²`, the mean without a ½, so
//! `∂L/∂w = (2/n)Σ(ŷᵢ − yᵢ)xᵢ` and `∂L/∂b = (2/n)Σ(ŷᵢ − yᵢ)`.
//!
//! Level 1: a line `ŷ = wx + b` on 2 points, `[∂L/∂w, ∂L/∂b]`. Level 2: 3–4 points. Level 3: two
//! weights `ŷ = w₁x₁ + w₂x₂ + b` on 3 points, `[∂L/∂w₁, ∂L/∂w₂, ∂L/∂b]`. Integers throughout; the
//! gradient is exact (a fraction with denominator n at most), every entry nonzero.
//!
//! Named mistakes: the sum without the mean (n times too large), the ½-convention's gradient
//! (without the 2), the residual's sign (y − ŷ).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::moments::total;
use crate::exercises::common::num_operand;
use crate::exercises::common::{
    MAX_PLACES, Mistakes, chain, decimal, math_line, num, product_sum, short_decimal, sub,
};
use crate::exercises::common::{batch, batch_line, scalars};
use crate::expr::Value;
use crate::math::Scalar;

pub struct MseGradient;

struct Params {
    /// One column per weight.
    xs: Vec<Vec<i64>>,
    y: Vec<i64>,
    w: Vec<i64>,
    b: i64,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (n, k) = match level {
        1 => (2, 1),
        2 => (rng.int(3, 4) as usize, 1),
        3 => (3, 2),
        l => return Err(GenError::Level(l)),
    };
    let xs: Vec<Vec<i64>> = (0..k)
        .map(|_| (0..n).map(|_| rng.int(-3, 4)).collect())
        .collect();
    let y = (0..n).map(|_| rng.int(-5, 8)).collect();
    let w = (0..k).map(|_| rng.nonzero_int(-3, 3)).collect();
    let b = rng.int(-3, 3);
    Ok(Params { xs, y, w, b })
}

fn prediction(p: &Params, i: usize) -> i64 {
    p.b + p.w.iter().zip(&p.xs).map(|(w, x)| w * x[i]).sum::<i64>()
}

/// `w₁`, or `w` for a single weight.
fn weight(k: usize, j: usize) -> String {
    if k == 1 {
        "w".into()
    } else {
        format!("w{}", sub(j + 1))
    }
}

fn feature(k: usize, j: usize) -> String {
    if k == 1 {
        "x".into()
    } else {
        format!("x{}", sub(j + 1))
    }
}

impl MseGradient {
    fn build(&self, p: &Params) -> Result<Draft, GenError> {
        let n = p.y.len();
        let k = p.w.len();
        let nn = n as i64;
        let yhat: Vec<i64> = (0..n).map(|i| prediction(p, i)).collect();
        let r: Vec<i64> = yhat.iter().zip(&p.y).map(|(a, b)| a - b).collect();
        let factor = Scalar::frac(2, nn);
        let sums: Vec<Scalar> =
            p.xs.iter()
                .map(|x| Scalar::int(r.iter().zip(x).map(|(r, x)| r * x).sum()))
                .chain([total(&scalars(&r))])
                .collect();
        if sums.iter().any(Scalar::is_zero) {
            return Err(GenError::Redraw("a zero entry of the gradient"));
        }
        let grad: Vec<Scalar> = sums
            .iter()
            .map(|&s| short_decimal(factor * s, MAX_PLACES))
            .collect();
        let scaled =
            |c: Scalar| -> Value { Value::Vector(sums.iter().map(|&s| factor * s * c).collect()) };
        let answer = AnswerSpec::entrywise(grad.clone());
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "no_mean",
            scaled(Scalar::int(nn)),
            "Those are the gradients of the sum Σ(ŷᵢ − yᵢ)², n times too large. The MSE is the \
             mean: its gradient has the factor 2/n.",
        )?;
        mistakes.require(
            "half_convention",
            scaled(Scalar::frac(1, 2)),
            "That is the gradient of ½·MSE, the convention that cancels the 2. For \
             L = (1/n)Σ(ŷᵢ − yᵢ)² the derivative of the square brings a factor 2: 2/n in front.",
        )?;
        mistakes.require(
            "residual_sign",
            scaled(Scalar::int(-1)),
            "Every sign is flipped: you differentiated with the residual y − ŷ but dropped the \
             −1 of the inner derivative. ∂/∂w (ŷ − y)² = 2(ŷ − y)·x, with ŷ − y.",
        )?;

        let model = if k == 1 {
            "ŷ = wx + b".to_string()
        } else {
            "ŷ = w₁x₁ + w₂x₂ + b".to_string()
        };
        let params: Vec<String> = (0..k)
            .map(|j| format!("{} = {}", weight(k, j), num(Scalar::int(p.w[j]))))
            .chain([format!("b = {}", num(Scalar::int(p.b)))])
            .collect();
        let names: Vec<String> = (0..k)
            .map(|j| format!("∂L/∂{}", weight(k, j)))
            .chain(["∂L/∂b".to_string()])
            .collect();
        let mut prompt = vec![Line::text(format!(
            "The linear model {model} with {} is fit to {n} points:",
            params.join(", ")
        ))];
        for (j, column) in p.xs.iter().enumerate() {
            prompt.push(batch_line("  ", &feature(k, j), &scalars(column)));
        }
        prompt.push(batch_line("  ", "y", &scalars(&p.y)));
        prompt.push(Line::text(
            "The loss is the mean squared error L = (1/n)Σ(ŷᵢ − yᵢ)² (the mean, without a ½).",
        ));
        prompt.push(Line::text(format!(
            "Find the gradient [{}] at these parameters.",
            names.join(", ")
        )));

        let two_n = format!("(2/{n})");
        let mut solution = vec![
            Line::text("The predictions and residuals: ")
                .m(format!("ŷ = {}", batch(&scalars(&yhat))))
                .t(",  ")
                .m(format!("ŷ − y = {}", batch(&scalars(&r)))),
            Line::text(
                "Each entry is (2/n) times a sum over the points (chain rule on the square):",
            ),
        ];
        for (j, name) in names.iter().enumerate() {
            let body = if j < k {
                let pairs: Vec<(Scalar, Scalar)> = r
                    .iter()
                    .zip(&p.xs[j])
                    .map(|(&r, &x)| (Scalar::int(r), Scalar::int(x)))
                    .collect();
                format!("{two_n}·({})", product_sum(&pairs))
            } else {
                let terms: Vec<Scalar> = scalars(&r);
                format!("{two_n}·({})", crate::exercises::common::value_sum(&terms))
            };
            let sum_text = if j < k {
                format!("(2/n)Σ(ŷᵢ − yᵢ){}ᵢ", feature(k, j))
            } else {
                "(2/n)Σ(ŷᵢ − yᵢ)".to_string()
            };
            solution.push(math_line(&chain(
                name,
                &[
                    sum_text,
                    body,
                    format!("{two_n}·{}", num_operand(sums[j])),
                    decimal(grad[j]),
                ],
            )));
        }
        solution.push(Line::text("So the gradient is ").v(answer.expected.clone()));
        let sums_text: Vec<String> = (0..=k)
            .map(|j| {
                let s = if j < k {
                    format!("Σ(ŷᵢ − yᵢ){}ᵢ", feature(k, j))
                } else {
                    "Σ(ŷᵢ − yᵢ)".to_string()
                };
                format!("{s} = {}", num(sums[j]))
            })
            .collect();
        let hints = vec![
            format!(
                "By the chain rule, ∂/∂{} (ŷᵢ − yᵢ)² = 2(ŷᵢ − yᵢ)·{}ᵢ and ∂/∂b (ŷᵢ − yᵢ)² = \
                 2(ŷᵢ − yᵢ); then average over the n points.",
                weight(k, 0),
                feature(k, 0)
            ),
            format!("The residuals are ŷ − y = {}.", batch(&scalars(&r))),
            format!("{}: multiply each by 2/n = 2/{n}.", sums_text.join(", ")),
        ];
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for MseGradient {
    fn id(&self) -> &'static str {
        "calc.mse_gradient"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        self.build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::read_batch;
    use crate::exercises::common::testing::{Seen, given, last_hint, soundness};

    /// The MSE of the model at parameters `theta` = (w…, b), from the prompt's data.
    fn mse(xs: &[Vec<f64>], y: &[f64], theta: &[f64]) -> f64 {
        let k = xs.len();
        (0..y.len())
            .map(|i| {
                let yhat = theta[k] + (0..k).map(|j| theta[j] * xs[j][i]).sum::<f64>();
                (yhat - y[i]).powi(2)
            })
            .sum::<f64>()
            / y.len() as f64
    }

    #[test]
    fn gradients_match_central_differences() {
        let mut seen = Seen::default();
        soundness(&MseGradient, &[1, 2, 3], |level, d, ctx| {
            let k = if level == 3 { 2 } else { 1 };
            let xs: Vec<Vec<f64>> = (0..k).map(|j| read_batch(d, &feature(k, j))).collect();
            let y = read_batch(d, "y");
            let n = y.len();
            assert_eq!(n, [2, n.clamp(3, 4), 3][level as usize - 1], "{ctx}");
            let mut theta: Vec<f64> = (0..k).map(|j| given(d, &weight(k, j))).collect();
            theta.push(given(d, "b"));
            let Value::Vector(got) = &d.answer.expected else {
                panic!("{ctx}: not a vector")
            };
            assert_eq!(got.len(), k + 1, "{ctx}");
            // L is quadratic in θ: a central difference is exact up to rounding.
            let h = 1e-3;
            for (j, g) in got.iter().enumerate() {
                let (mut up, mut down) = (theta.clone(), theta.clone());
                up[j] += h;
                down[j] -= h;
                let fd = (mse(&xs, &y, &up) - mse(&xs, &y, &down)) / (2.0 * h);
                assert!(
                    (g.to_f64() - fd).abs() <= 1e-7 * fd.abs().max(1.0),
                    "{ctx}: entry {j}: {g:?} vs {fd}"
                );
                assert!(
                    g.is_exact() || (g.to_f64() * n as f64).fract() == 0.0,
                    "{ctx}"
                );
            }
            assert!(
                xs.iter().flatten().chain(&y).all(|v| v.abs() <= 8.0),
                "{ctx}"
            );
            assert!(
                last_hint(d).ends_with(&format!("multiply each by 2/n = 2/{n}.")),
                "{ctx}"
            );
            seen.note(d);
        });
        seen.assert_exactly(&["no_mean", "half_convention", "residual_sign"]);
    }
}
