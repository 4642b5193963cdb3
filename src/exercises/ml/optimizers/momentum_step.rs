//! `ml.momentum_step`: momentum in torch's form from a given state (θ, v): v ← μv + g(θ),
//! θ ← θ − lr·v, stated in the prompt.
//!
//! Level 1: one step on a 1-D bowl L(θ) = a(θ − c)² from an integer θ₀ and velocity v₀ ≠ 0,
//! μ = 0.9, lr ∈ {0.1, 0.05}. Level 2: two steps on a 2-D bowl. Level 3, equally often: one
//! Nesterov step in torch's form (v ← μv + g, θ ← θ − lr·(g + μv)) on a 2-D bowl, or one plain
//! SGD step on a given mini-batch of 2 of 5 points for the mean squared error of a line (the
//! batch-mean gradient). Every answer is exact.
//!
//! Named mistakes: Sutskever's form applied to the given state (v ← μv + lr·g, θ ← θ − v),
//! plain gradient descent (the velocity ignored), μ left out of the velocity; at level 2 one step
//! only; Nesterov without the look-ahead (plain momentum); for the mini-batch, the full-batch
//! gradient and the batch sum instead of the mean.

use super::common::{
    Bowl, answer_value, line_gradient, minus, point, residuals, shown, step_text, tuple, values,
};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num, product_sum, sub, value_sum};
use crate::expr::Value;
use crate::math::Scalar;

pub struct MomentumStep;

/// Which update the problem asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// `steps` steps of torch's momentum on a bowl.
    Momentum { bowl: Bowl, steps: usize },
    /// One step of torch's Nesterov momentum on a bowl.
    Nesterov { bowl: Bowl },
    /// One SGD step (no momentum) on the rows `batch` (0-based) of the points for the line's
    /// mean squared error.
    MiniBatch {
        xs: Vec<i64>,
        ys: Vec<i64>,
        batch: Vec<usize>,
    },
}

/// A problem: the task, the state (θ₀, v₀), the learning rate, μ.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub task: Task,
    pub theta0: Vec<Scalar>,
    pub v0: Vec<Scalar>,
    pub lr: Scalar,
    pub mu: Scalar,
}

fn ints(rng: &mut DrillRng, n: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..n).map(|_| Scalar::int(rng.int(lo, hi))).collect()
}

fn nonzero(rng: &mut DrillRng, n: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..n)
        .map(|_| Scalar::int(rng.nonzero_int(lo, hi)))
        .collect()
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let lr = *rng.pick(&[Scalar::frac(1, 10), Scalar::frac(1, 20)]);
    let mu = Scalar::frac(9, 10);
    let p = match level {
        1 => Params {
            task: Task::Momentum {
                bowl: Bowl::draw(rng, 1, 3),
                steps: 1,
            },
            theta0: ints(rng, 1, -5, 5),
            v0: nonzero(rng, 1, -4, 4),
            lr,
            mu,
        },
        2 => Params {
            task: Task::Momentum {
                bowl: Bowl::draw(rng, 2, 2),
                steps: 2,
            },
            theta0: ints(rng, 2, -4, 4),
            v0: nonzero(rng, 2, -3, 3),
            lr: Scalar::frac(1, 10),
            mu,
        },
        3 if rng.chance(1, 2) => Params {
            task: Task::Nesterov {
                bowl: Bowl::draw(rng, 2, 3),
            },
            theta0: ints(rng, 2, -5, 5),
            v0: nonzero(rng, 2, -4, 4),
            lr,
            mu,
        },
        3 => {
            let xs: Vec<i64> = (0..5).collect();
            let ys = (0..5).map(|_| rng.int(-3, 6)).collect();
            let first = rng.index(5);
            let second = (first + 1 + rng.index(4)) % 5;
            let mut batch = vec![first, second];
            batch.sort();
            Params {
                task: Task::MiniBatch { xs, ys, batch },
                theta0: ints(rng, 2, -2, 2),
                v0: vec![Scalar::ZERO; 2],
                lr,
                mu: Scalar::ZERO,
            }
        }
        l => return Err(GenError::Level(l)),
    };
    if gradient(&p.task, &p.theta0).iter().any(Scalar::is_zero) {
        return Err(GenError::Redraw("a zero gradient entry"));
    }
    Ok(p)
}

/// The gradient the task's update uses at θ (the batch mean for a mini-batch).
fn gradient(task: &Task, theta: &[Scalar]) -> Vec<Scalar> {
    match task {
        Task::Momentum { bowl, .. } | Task::Nesterov { bowl } => bowl.gradient(theta),
        Task::MiniBatch { xs, ys, batch } => {
            line_gradient(xs, ys, theta, batch, Scalar::frac(2, batch.len() as i64))
        }
    }
}

/// How the state moves: the forms a learner may use.
#[derive(Clone, Copy, PartialEq)]
enum Rule {
    Torch,
    Sutskever,
    Plain,
    NoMu,
    Nesterov,
}

/// One update of (θ, v) with gradient g under `rule`.
fn update(
    rule: Rule,
    p: &Params,
    theta: &[Scalar],
    v: &[Scalar],
    g: &[Scalar],
) -> Vec<Vec<Scalar>> {
    let (mu, lr) = (p.mu, p.lr);
    let v1: Vec<Scalar> = match rule {
        Rule::Sutskever => v
            .iter()
            .zip(g)
            .map(|(&vi, &gi)| mu * vi + lr * gi)
            .collect(),
        Rule::NoMu => v.iter().zip(g).map(|(&vi, &gi)| vi + gi).collect(),
        _ => v.iter().zip(g).map(|(&vi, &gi)| mu * vi + gi).collect(),
    };
    let theta1 = match rule {
        Rule::Torch | Rule::NoMu => minus(theta, lr, &v1),
        Rule::Sutskever => minus(theta, Scalar::ONE, &v1),
        Rule::Plain => minus(theta, lr, g),
        Rule::Nesterov => {
            let look: Vec<Scalar> = g.iter().zip(&v1).map(|(&gi, &vi)| gi + mu * vi).collect();
            minus(theta, lr, &look)
        }
    };
    vec![theta1, v1]
}

/// The states (θ_k, v_k) for k = 0 … steps under `rule`.
fn states(rule: Rule, p: &Params, steps: usize) -> Vec<(Vec<Scalar>, Vec<Scalar>)> {
    let mut out = vec![(p.theta0.clone(), p.v0.clone())];
    for _ in 0..steps {
        let (t, v) = out.last().expect("the start").clone();
        let g = gradient(&p.task, &t);
        let mut next = update(rule, p, &t, &v, &g);
        let v1 = next.pop().expect("v");
        out.push((next.pop().expect("θ"), v1));
    }
    out
}

fn steps_of(task: &Task) -> usize {
    match task {
        Task::Momentum { steps, .. } => *steps,
        _ => 1,
    }
}

const SUTSKEVER: &str = "That is Sutskever's form (also Keras's): v ← μv + lr·g, θ ← θ − v, \
     where v holds steps. In torch's form, stated here, v holds gradients: v ← μv + g, then \
     θ ← θ − lr·v.";
const PLAIN: &str = "That is a plain gradient-descent step θ − lr·g: the velocity v was left \
     out. Momentum first updates v ← μv + g and steps along v.";

/// `μv + g` substituted entry by entry: `0.9·(−2) + 8`.
fn velocity_text(mu: Scalar, v: &[Scalar], g: &[Scalar]) -> String {
    let parts: Vec<String> = v
        .iter()
        .zip(g)
        .map(|(&vi, &gi)| {
            let gs = num(shown(gi));
            let sign = if gi.to_f64() < 0.0 {
                format!("− {}", gs.trim_start_matches('−'))
            } else {
                format!("+ {gs}")
            };
            format!(
                "{}·{} {sign}",
                num(shown(mu)),
                crate::exercises::common::factor(shown(vi))
            )
        })
        .collect();
    tuple(&parts)
}

/// The first hint on a bowl: its gradient as a formula and at θ₀ (`g0`).
fn gradient_hint(bowl: &Bowl, g0: &[Scalar]) -> String {
    format!(
        "The gradient is {}; at θ₀ it is {}.",
        bowl.gradient_text(),
        values(g0)
    )
}

fn build(_level: u8, p: &Params) -> Result<Draft, GenError> {
    let steps = steps_of(&p.task);
    let main = match p.task {
        Task::Nesterov { .. } => Rule::Nesterov,
        Task::MiniBatch { .. } => Rule::Plain,
        Task::Momentum { .. } => Rule::Torch,
    };
    let path = states(main, p, steps);
    let last = path.last().expect("the start").0.clone();
    if last.iter().any(Scalar::is_zero) && last.len() == 1 {
        return Err(GenError::Redraw("a zero answer"));
    }
    let value = answer_value(&last);
    let answer = match &value {
        Value::Scalar(x) => AnswerSpec::scalar(*x),
        v => AnswerSpec::entrywise(v.clone()),
    };
    let end = |rule| answer_value(&states(rule, p, steps).last().expect("a state").0);
    let mut mistakes = Mistakes::new(&answer.expected);
    let g0 = gradient(&p.task, &p.theta0);
    match &p.task {
        Task::Momentum { .. } => {
            mistakes.require("sutskever_form", end(Rule::Sutskever), SUTSKEVER)?;
            mistakes.require("plain_gradient_descent", end(Rule::Plain), PLAIN)?;
            mistakes.optional(
                "velocity_without_mu",
                end(Rule::NoMu),
                "The old velocity decays: v ← μv + g multiplies it by μ before adding the \
                 gradient.",
            );
            if steps == 2 {
                mistakes.optional(
                    "one_step",
                    answer_value(&path[1].0),
                    "That is θ₁, after one step. Take the second step from (θ₁, v₁).",
                );
            }
        }
        Task::Nesterov { .. } => {
            mistakes.require(
                "no_lookahead",
                end(Rule::Torch),
                "That is plain momentum, θ − lr·v. Nesterov's step looks ahead along the new \
                 velocity: θ ← θ − lr·(g + μv).",
            )?;
            mistakes.require("plain_gradient_descent", end(Rule::Plain), PLAIN)?;
            mistakes.optional("sutskever_form", end(Rule::Sutskever), SUTSKEVER);
        }
        Task::MiniBatch { xs, ys, batch } => {
            let all: Vec<usize> = (0..xs.len()).collect();
            let full = line_gradient(xs, ys, &p.theta0, &all, Scalar::frac(2, xs.len() as i64));
            mistakes.require(
                "full_batch_gradient",
                answer_value(&minus(&p.theta0, p.lr, &full)),
                "That gradient uses every point. A mini-batch step uses only the rows of the \
                 batch: the mean of their gradients.",
            )?;
            let sum = line_gradient(xs, ys, &p.theta0, batch, Scalar::int(2));
            mistakes.require(
                "batch_sum_not_mean",
                answer_value(&minus(&p.theta0, p.lr, &sum)),
                "That adds the batch's gradients. The loss is a mean, so the batch gradient is \
                 the mean over the batch's rows.",
            )?;
        }
    }

    let lr = num(shown(p.lr));
    let mu = num(shown(p.mu));
    let n = p.theta0.len();
    let what = if n == 1 {
        "the new θ"
    } else {
        "the new θ = [x, y]"
    };
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    let prompt = match &p.task {
        Task::Momentum { bowl, steps } => {
            let count = if *steps == 1 { "one step" } else { "two steps" };
            solution.push(bowl.differentiation_line());
            hints.push(gradient_hint(bowl, &g0));
            vec![
                Line::text(format!(
                    "Momentum in torch's form (its gradient-descent optimizer with momentum \
                     μ = {mu}): v ← μv + g(θ), g(θ) being the gradient of L, then θ ← θ − lr·v, \
                     with lr = {lr}. Take {count} from \
                     θ₀ = {}, v₀ = {} on the loss below. Give {what}.",
                    values(&p.theta0),
                    values(&p.v0)
                )),
                math_line(&bowl.text()),
            ]
        }
        Task::Nesterov { bowl } => {
            solution.push(bowl.differentiation_line());
            hints.push(gradient_hint(bowl, &g0));
            vec![
                Line::text(format!(
                    "Nesterov momentum in torch's form (momentum μ = {mu} with the Nesterov \
                     option): with g the gradient of L at θ, v ← μv + g, then \
                     θ ← θ − lr·(g + μv), with lr = {lr}. Take one step from θ₀ = {}, \
                     v₀ = {} on the loss below. Give {what}.",
                    values(&p.theta0),
                    values(&p.v0)
                )),
                math_line(&bowl.text()),
            ]
        }
        Task::MiniBatch { xs, ys, batch } => {
            let pts: Vec<String> = xs
                .iter()
                .zip(ys)
                .enumerate()
                .map(|(i, (&x, &y))| format!("{}: {}", i + 1, point(x, y)))
                .collect();
            let rows: Vec<String> = batch.iter().map(|i| (i + 1).to_string()).collect();
            let r = residuals(xs, ys, &p.theta0);
            let pairs: Vec<(Scalar, Scalar)> =
                batch.iter().map(|&i| (r[i], Scalar::int(xs[i]))).collect();
            let sum_r = value_sum(&batch.iter().map(|&i| r[i]).collect::<Vec<_>>());
            let k = batch.len();
            hints.push(format!(
                "Only rows {} count. Their residuals rᵢ = w·xᵢ + c − yᵢ at (w, c) = {} are {}.",
                rows.join(" and "),
                values(&p.theta0),
                tuple(&batch.iter().map(|&i| num(r[i])).collect::<Vec<_>>())
            ));
            solution.push(
                Line::text(format!(
                    "The residuals rᵢ = w·xᵢ + c − yᵢ of rows {} at (w, c) = {} are ",
                    rows.join(" and "),
                    values(&p.theta0)
                ))
                .m(tuple(&batch.iter().map(|&i| num(r[i])).collect::<Vec<_>>()))
                .t("."),
            );
            solution.push(math_line(&chain(
                &format!("g₁ = (2/{k})Σ rᵢxᵢ"),
                &[
                    format!("(2/{k})·({})", product_sum(&pairs)),
                    num(shown(g0[0])),
                ],
            )));
            solution.push(math_line(&chain(
                &format!("g₂ = (2/{k})Σ rᵢ"),
                &[format!("(2/{k})·({sum_r})"), num(shown(g0[1]))],
            )));
            vec![
                Line::text(format!(
                    "Stochastic gradient descent with mini-batches fits y = w·x + c to 5 points by the mean squared \
                     error L = (1/|B|)Σ_(i∈B) (w·xᵢ + c − yᵢ)² of a batch B (the mean, no ½). \
                     The points (row: (x, y)) are {}.",
                    pts.join(", ")
                )),
                Line::text(format!(
                    "From (w, c) = {}, take one step (w, c) ← (w, c) − lr·g on the batch of \
                     rows {}, with lr = {lr} and no momentum. Give [w, c].",
                    values(&p.theta0),
                    rows.join(" and ")
                )),
            ]
        }
    };
    for k in 0..steps {
        let (t, v) = &path[k];
        let g = gradient(&p.task, t);
        let (t1, v1) = &path[k + 1];
        let (i, j) = (sub(k), sub(k + 1));
        if let Task::Momentum { bowl, .. } | Task::Nesterov { bowl } = &p.task {
            solution.push(Line::text(format!("At θ{i} = {}: ", values(t))).m(chain(
                &format!("g(θ{i})"),
                &[tuple(&bowl.substituted(t)), values(&g)],
            )));
            solution.push(math_line(&chain(
                &format!("v{j} = μv{i} + g(θ{i})"),
                &[velocity_text(p.mu, v, &g), values(v1)],
            )));
        }
        let (lhs, text) = match &p.task {
            Task::Momentum { .. } => (format!("θ{j} = θ{i} − lr·v{j}"), step_text(t, p.lr, v1)),
            Task::Nesterov { .. } => {
                let look: Vec<Scalar> = g.iter().zip(v1).map(|(&gi, &vi)| gi + p.mu * vi).collect();
                solution.push(math_line(&chain(
                    &format!("μv{j} + g"),
                    &[velocity_text(p.mu, v1, &g), values(&look)],
                )));
                (
                    format!("θ{j} = θ{i} − lr·(μv{j} + g)"),
                    step_text(t, p.lr, &look),
                )
            }
            Task::MiniBatch { .. } => ("(w, c) − lr·g".to_string(), step_text(t, p.lr, &g)),
        };
        solution.push(math_line(&chain(&lhs, &[text.clone(), values(t1)])));
        if k + 1 == steps {
            hints.push(format!("The last step: {lhs} = {text}."));
        } else {
            hints.push(format!(
                "After the first step θ₁ = {}, v₁ = {}: take the second from there.",
                values(t1),
                values(v1)
            ));
        }
    }
    if n > 1 {
        solution.push(Line::text("The answer: ").v(value.clone()));
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for MomentumStep {
    fn id(&self) -> &'static str {
        "ml.momentum_step"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::{Fd, f64s, floats};
    use super::*;
    use crate::exercises::common::testing::{Seen, soundness_with};
    use crate::math::optim::{Momentum, MomentumForm, Nesterov, Stop, run};

    fn bowl_cost(b: &Bowl) -> impl Fn(&[f64]) -> f64 + '_ {
        move |t: &[f64]| {
            (0..b.dim())
                .map(|i| b.a[i] as f64 * (t[i] - b.c[i] as f64).powi(2))
                .sum()
        }
    }

    #[test]
    fn momentum_steps_match_the_library_and_a_direct_batch_gradient() {
        let mut seen = Seen::default();
        let (mut nesterov, mut batches) = (0, 0);
        soundness_with(
            &MomentumStep,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                seen.note(d);
                let got = floats(&d.answer.expected);
                let (lr, mu) = (p.lr.to_f64(), p.mu.to_f64());
                let x0 = f64s(&p.theta0);
                let want: Vec<f64> = match &p.task {
                    Task::Momentum { bowl, steps } => {
                        let f = Fd(bowl.dim(), bowl_cost(bowl));
                        let m = Momentum::new(lr, mu, MomentumForm::Torch).unwrap();
                        let mut m = m.with_velocity(f64s(&p.v0));
                        run(&f, &mut m, &x0, Stop::iterations(*steps))
                            .unwrap()
                            .last()
                            .x
                            .clone()
                    }
                    Task::Nesterov { bowl } => {
                        nesterov += 1;
                        let f = Fd(2, bowl_cost(bowl));
                        let m = Nesterov::new(lr, mu).unwrap();
                        let mut m = m.with_velocity(f64s(&p.v0));
                        run(&f, &mut m, &x0, Stop::iterations(1))
                            .unwrap()
                            .last()
                            .x
                            .clone()
                    }
                    Task::MiniBatch { xs, ys, batch } => {
                        batches += 1;
                        assert_eq!(batch.len(), 2, "{ctx}");
                        // The batch mean of ∇(w·x + c − y)² = 2r(x, 1), written out in f64.
                        let (mut gw, mut gc) = (0.0, 0.0);
                        for &i in batch {
                            let r = x0[0] * xs[i] as f64 + x0[1] - ys[i] as f64;
                            gw += r * xs[i] as f64;
                            gc += r;
                        }
                        vec![x0[0] - lr * gw, x0[1] - lr * gc]
                    }
                };
                assert_eq!(got.len(), want.len(), "{ctx}");
                for (g, w) in got.iter().zip(&want) {
                    assert!(
                        (g - w).abs() < 1e-6 * w.abs().max(1.0),
                        "{ctx}: {got:?} {want:?}"
                    );
                }
                assert_eq!(x0.len(), if level == 1 { 1 } else { 2 }, "{ctx}");
                assert!(
                    x0.iter().chain(&f64s(&p.v0)).all(|x| x.abs() <= 5.0),
                    "{ctx}"
                );
                // The last hint is the last step, with this problem's numbers.
                let last = d.hints.last().unwrap();
                assert!(last.starts_with("The last step: "), "{ctx}: {last}");
                assert!(last.contains(&num(shown(p.lr))), "{ctx}: {last}");
            },
        );
        assert!(nesterov > 100 && batches > 100, "{nesterov} {batches}");
        seen.assert_exactly(&[
            "sutskever_form",
            "plain_gradient_descent",
            "velocity_without_mu",
            "one_step",
            "no_lookahead",
            "full_batch_gradient",
            "batch_sum_not_mean",
        ]);
    }
}
