//! `ml.gd_step`: one step of gradient descent θ ← θ − η·∇L(θ) (two at level 3).
//!
//! Level 1: a 1-D bowl L(θ) = a(θ − c)², integer θ₀, η ∈ {0.1, 0.05, 0.2, 0.25}. Level 2:
//! either a 2-D bowl, or the mean squared error L(w, c) = (1/3)Σ(w·xᵢ + c − yᵢ)² of a line on
//! 3 points (the mean, no ½: the prompt says so; η ∈ {0.15, 0.075} so that η·2/3 is a short
//! decimal). Level 3: two steps on a 2-D bowl. Every answer is exact (short decimals or
//! fractions).
//!
//! Named mistakes: stepping uphill (θ + η·∇L), forgetting η; the bowl's derivative without the
//! 2 of the square; for the line, the sum instead of the mean and the gradient of ½·MSE; at
//! level 3 the first gradient reused for the second step, and one step only.

use super::common::{
    Bowl, answer_value, draw_rate, line_gradient, minus, point, residuals, shown, step_text, tuple,
    values,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num, product_sum, value_sum};
use crate::expr::Value;
use crate::math::Scalar;

pub struct GdStep;

const ASCENT: &str = "That steps uphill: θ + η·g moves along the gradient g, where the loss \
     grows. Gradient descent subtracts the scaled gradient: θ − η·g.";
const NO_ETA: &str = "That subtracts the whole gradient. The step is the gradient scaled by \
     the learning rate η.";

/// The loss a problem steps on.
#[derive(Debug, Clone, PartialEq)]
pub enum Loss {
    Bowl(Bowl),
    /// The mean squared error of y = w·x + c on the points (xᵢ, yᵢ), parameters (w, c).
    Line {
        xs: Vec<i64>,
        ys: Vec<i64>,
    },
}

/// A problem: the loss, the start, the learning rate, the number of steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub loss: Loss,
    pub theta0: Vec<Scalar>,
    pub eta: Scalar,
    pub steps: usize,
}

impl Loss {
    /// ∇L(θ).
    pub fn gradient(&self, theta: &[Scalar]) -> Vec<Scalar> {
        match self {
            Loss::Bowl(b) => b.gradient(theta),
            Loss::Line { xs, ys } => {
                let all: Vec<usize> = (0..xs.len()).collect();
                line_gradient(xs, ys, theta, &all, Scalar::frac(2, xs.len() as i64))
            }
        }
    }
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let ints = |rng: &mut DrillRng, n: usize, lo: i64, hi: i64| -> Vec<Scalar> {
        (0..n).map(|_| Scalar::int(rng.int(lo, hi))).collect()
    };
    let p = match level {
        1 => Params {
            loss: Loss::Bowl(Bowl::draw(rng, 1, 3)),
            theta0: ints(rng, 1, -5, 5),
            eta: draw_rate(rng, 4),
            steps: 1,
        },
        2 if rng.chance(1, 2) => {
            let mut xs = vec![rng.int(0, 1), rng.int(2, 3), rng.int(4, 5)];
            if rng.chance(1, 2) {
                xs.reverse();
            }
            let ys = (0..3).map(|_| rng.int(-3, 6)).collect();
            Params {
                loss: Loss::Line { xs, ys },
                theta0: ints(rng, 2, -2, 2),
                eta: *rng.pick(&[Scalar::frac(3, 20), Scalar::frac(3, 40)]),
                steps: 1,
            }
        }
        2 => Params {
            loss: Loss::Bowl(Bowl::draw(rng, 2, 3)),
            theta0: ints(rng, 2, -5, 5),
            eta: draw_rate(rng, 2),
            steps: 1,
        },
        3 => Params {
            loss: Loss::Bowl(Bowl::draw(rng, 2, 2)),
            theta0: ints(rng, 2, -5, 5),
            eta: draw_rate(rng, 2),
            steps: 2,
        },
        l => return Err(GenError::Level(l)),
    };
    if p.loss.gradient(&p.theta0).iter().any(|g| g.is_zero()) {
        return Err(GenError::Redraw("a zero gradient entry"));
    }
    Ok(p)
}

/// The iterates θ₀ … θ_steps under the update θ ← θ − k·∇L(θ).
fn iterate(loss: &Loss, theta0: &[Scalar], k: Scalar, steps: usize) -> Vec<Vec<Scalar>> {
    let mut out = vec![theta0.to_vec()];
    for _ in 0..steps {
        let t = out.last().expect("θ₀");
        let next = minus(t, k, &loss.gradient(t));
        out.push(next);
    }
    out
}

/// The solution lines for the gradient at `theta` (the k-th iterate): how it is computed.
fn gradient_lines(loss: &Loss, theta: &[Scalar], k: usize) -> Vec<Line> {
    let at = format!("θ{}", crate::exercises::common::sub(k));
    match loss {
        Loss::Bowl(b) => {
            let g = b.gradient(theta);
            vec![
                Line::text(format!("At {at} = {}: ", values(theta))).m(chain(
                    &format!("g({at})"),
                    &[tuple(&b.substituted(theta)), values(&g)],
                )),
            ]
        }
        Loss::Line { xs, ys } => {
            let r = residuals(xs, ys, theta);
            let g = loss.gradient(theta);
            let n = xs.len();
            let pairs: Vec<(Scalar, Scalar)> = r
                .iter()
                .zip(xs)
                .map(|(&ri, &x)| (ri, Scalar::int(x)))
                .collect();
            let sum_r = value_sum(&r);
            vec![
                Line::text(format!(
                    "The residuals rᵢ = w·xᵢ + c − yᵢ at (w, c) = {} are ",
                    values(theta)
                ))
                .m(values(&r))
                .t("."),
                math_line(&chain(
                    &format!("g₁ = (2/{n})Σ rᵢxᵢ"),
                    &[
                        format!("(2/{n})·({})", product_sum(&pairs)),
                        num(shown(g[0])),
                    ],
                )),
                math_line(&chain(
                    &format!("g₂ = (2/{n})Σ rᵢ"),
                    &[format!("(2/{n})·({sum_r})"), num(shown(g[1]))],
                )),
            ]
        }
    }
}

fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let path = iterate(&p.loss, &p.theta0, p.eta, p.steps);
    let last = path.last().expect("θ₀").clone();
    if last.iter().any(|x| x.is_zero()) && p.theta0.len() == 1 {
        return Err(GenError::Redraw("a zero answer"));
    }
    let value = answer_value(&last);
    let answer = match &value {
        Value::Scalar(x) => AnswerSpec::scalar(*x),
        v => AnswerSpec::entrywise(v.clone()),
    };
    let g0 = p.loss.gradient(&p.theta0);
    let mut mistakes = Mistakes::new(&answer.expected);
    let end = |k: Scalar| answer_value(iterate(&p.loss, &p.theta0, k, p.steps).last().unwrap());
    mistakes.require("ascent", end(-p.eta), ASCENT)?;
    mistakes.require("forgot_learning_rate", end(Scalar::ONE), NO_ETA)?;
    match &p.loss {
        Loss::Bowl(_) if p.steps == 1 => mistakes.optional(
            "derivative_without_two",
            answer_value(&minus(&p.theta0, p.eta * Scalar::frac(1, 2), &g0)),
            "The derivative of a(θ − c)² is 2a(θ − c): the 2 that comes down from the square \
             is missing.",
        ),
        Loss::Bowl(_) => {
            mistakes.require(
                "stale_gradient",
                answer_value(&minus(&p.theta0, p.eta * Scalar::int(2), &g0)),
                "The second step reused the gradient at θ₀. Evaluate the gradient again at θ₁ \
                 before the second step.",
            )?;
            mistakes.optional(
                "one_step",
                answer_value(&path[1]),
                "That is θ₁, after one step. Take the second step from it.",
            );
        }
        Loss::Line { xs, ys } => {
            let n = xs.len() as i64;
            let all: Vec<usize> = (0..xs.len()).collect();
            let sum = line_gradient(xs, ys, &p.theta0, &all, Scalar::int(2));
            mistakes.optional(
                "sum_not_mean",
                answer_value(&minus(&p.theta0, p.eta, &sum)),
                format!(
                    "That gradient adds the points' terms without dividing by n = {n}. L is the \
                     mean over the points, so its gradient is a mean too."
                ),
            );
            let half = line_gradient(xs, ys, &p.theta0, &all, Scalar::frac(1, n));
            mistakes.optional(
                "half_mse_gradient",
                answer_value(&minus(&p.theta0, p.eta, &half)),
                "That is the gradient of ½·MSE, another common convention. The L given here has \
                 no ½, so its gradient keeps the factor 2 from the square.",
            );
        }
    }

    let n = p.theta0.len();
    let (names, what) = match &p.loss {
        Loss::Line { .. } => ("(w, c)", "[w, c]"),
        Loss::Bowl(_) if n == 1 => ("θ", "the new θ"),
        Loss::Bowl(_) => ("θ = (x, y)", "the new θ = [x, y]"),
    };
    let eta = num(shown(p.eta));
    let steps = if p.steps == 1 {
        "one step"
    } else {
        "two steps"
    };
    let mut prompt = match &p.loss {
        Loss::Bowl(b) => vec![math_line(&b.text())],
        Loss::Line { xs, ys } => {
            let pts: Vec<String> = xs.iter().zip(ys).map(|(&x, &y)| point(x, y)).collect();
            vec![
                Line::text(format!(
                    "Fit the line y = w·x + c to the points (x, y) = {} by minimising the mean \
                     squared error (the mean over the {} points, no ½):",
                    pts.join(", "),
                    xs.len()
                )),
                math_line(&format!("L(w, c) = (1/{})Σ(w·xᵢ + c − yᵢ)²", xs.len())),
            ]
        }
    };
    prompt.insert(
        0,
        Line::text(format!(
            "Gradient descent on the loss below: from {names} = {}, take {steps} θ ← θ − η·g(θ) \
             with learning rate η = {eta}, g(θ) being the gradient of L. Give {what}.",
            values(&p.theta0)
        )),
    );

    let mut solution = Vec::new();
    if let Loss::Bowl(b) = &p.loss {
        solution.push(b.differentiation_line());
    }
    let mut hints = vec![match &p.loss {
        Loss::Bowl(b) => format!(
            "Differentiate each term: d/dθ a(θ − c)² = 2a(θ − c), so {}.",
            b.gradient_text()
        ),
        Loss::Line { xs, .. } => format!(
            "The gradient g = (g₁, g₂) in (w, c) has g₁ = (2/{n})Σ rᵢxᵢ and g₂ = (2/{n})Σ rᵢ, with \
             the residuals rᵢ = w·xᵢ + c − yᵢ.",
            n = xs.len()
        ),
    }];
    hints.push(format!(
        "At {} the gradient is {}.",
        values(&p.theta0),
        values(&g0)
    ));
    for k in 0..p.steps {
        let (t, g) = (&path[k], p.loss.gradient(&path[k]));
        if k > 0 {
            solution.extend(gradient_lines(&p.loss, t, k));
        } else {
            solution.extend(gradient_lines(&p.loss, t, 0));
        }
        let lhs = format!(
            "θ{} = θ{} − η·g(θ{})",
            crate::exercises::common::sub(k + 1),
            crate::exercises::common::sub(k),
            crate::exercises::common::sub(k)
        );
        let text = step_text(t, p.eta, &g);
        let line = math_line(&chain(&lhs, &[text.clone(), values(&path[k + 1])]));
        if k + 1 == p.steps && n > 1 {
            solution.push(line);
            solution.push(Line::text("The answer: ").v(value.clone()));
        } else {
            solution.push(line);
        }
        if k + 1 == p.steps {
            hints.push(format!(
                "Step against the gradient: θ{} = {text}.",
                crate::exercises::common::sub(k + 1)
            ));
        } else {
            hints.push(format!(
                "After the first step θ₁ = {}: evaluate the gradient there for the second step.",
                values(&path[1])
            ));
        }
    }
    let _ = level;
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for GdStep {
    fn id(&self) -> &'static str {
        "ml.gd_step"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::floats;
    use super::*;
    use crate::exercises::common::testing::{Seen, soundness_with};
    use crate::math::optim::{GradientDescent, Problem, Stop, run};

    /// The loss in f64, straight from its definition, with a central-difference gradient: an
    /// independent path to the step through the library's driver.
    struct F64Loss(Loss);

    impl Problem for F64Loss {
        fn dim(&self) -> usize {
            match &self.0 {
                Loss::Bowl(b) => b.dim(),
                Loss::Line { .. } => 2,
            }
        }
        fn cost(&self, t: &[f64]) -> f64 {
            match &self.0 {
                Loss::Bowl(b) => (0..b.dim())
                    .map(|i| b.a[i] as f64 * (t[i] - b.c[i] as f64).powi(2))
                    .sum(),
                Loss::Line { xs, ys } => {
                    xs.iter()
                        .zip(ys)
                        .map(|(&x, &y)| (t[0] * x as f64 + t[1] - y as f64).powi(2))
                        .sum::<f64>()
                        / xs.len() as f64
                }
            }
        }
        fn gradient(&self, t: &[f64], g: &mut [f64]) {
            let h = 1e-4;
            for i in 0..t.len() {
                let (mut up, mut down) = (t.to_vec(), t.to_vec());
                up[i] += h;
                down[i] -= h;
                g[i] = (self.cost(&up) - self.cost(&down)) / (2.0 * h);
            }
        }
    }

    #[test]
    fn gd_steps_match_the_library_on_a_finite_difference_gradient() {
        let mut seen = Seen::default();
        let mut lines = 0;
        soundness_with(&GdStep, &[1, 2, 3], draw, build, |level, p, d, ctx| {
            seen.note(d);
            let problem = F64Loss(p.loss.clone());
            let x0: Vec<f64> = p.theta0.iter().map(Scalar::to_f64).collect();
            let mut gd = GradientDescent::new(p.eta.to_f64()).unwrap();
            let r = run(&problem, &mut gd, &x0, Stop::iterations(p.steps)).unwrap();
            let want = &r.last().x;
            let got = floats(&d.answer.expected);
            assert_eq!(got.len(), want.len(), "{ctx}");
            for (g, w) in got.iter().zip(want) {
                assert!(
                    (g - w).abs() < 1e-6 * w.abs().max(1.0),
                    "{ctx}: {got:?} {want:?}"
                );
            }
            assert!(d.answer.expected.to_text().len() <= 24, "{ctx}: not short");
            // Bounds per level.
            assert_eq!(p.steps, if level == 3 { 2 } else { 1 }, "{ctx}");
            assert_eq!(x0.len(), if level == 1 { 1 } else { 2 }, "{ctx}");
            assert!(x0.iter().all(|x| x.abs() <= 5.0), "{ctx}");
            lines += usize::from(matches!(p.loss, Loss::Line { .. }));
            // The last hint is the last step, substituted: θ − η·g at the last iterate.
            let path = iterate(&p.loss, &p.theta0, p.eta, p.steps);
            let t = &path[p.steps - 1];
            let step = step_text(t, p.eta, &p.loss.gradient(t));
            let last = d.hints.last().unwrap();
            assert!(last.contains(&step), "{ctx}: {last}");
        });
        assert!(lines > 100, "{lines}");
        seen.assert_exactly(&[
            "ascent",
            "forgot_learning_rate",
            "derivative_without_two",
            "stale_gradient",
            "one_step",
            "sum_not_mean",
            "half_mse_gradient",
        ]);
    }
}
