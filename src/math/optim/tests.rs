//! The optimizers against the committed reference trajectories (tests/data/optim_reference.json,
//! computed with numpy from torch's and Keras's documented update rules by
//! tests/data/optim_reference.py), and the behaviour the theory predicts.

use super::functions::{Himmelblau, LineMse, Quadratic, Rosenbrock};
use super::*;
use nalgebra::{DMatrix, DVector};
use serde_json::Value as Json;

fn reference() -> Json {
    serde_json::from_str(include_str!("../../../tests/data/optim_reference.json")).unwrap()
}

fn floats(v: &Json) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

fn quadratic() -> Quadratic {
    Quadratic::new(
        DMatrix::from_row_slice(2, 2, &[3.0, 1.0, 1.0, 2.0]),
        DVector::from_vec(vec![1.0, -1.0]),
    )
    .unwrap()
}

fn schedule_of(s: &Json) -> Schedule {
    match s["kind"].as_str().unwrap() {
        "constant" => Schedule::Constant,
        "exponential" => Schedule::Exponential {
            gamma: s["gamma"].as_f64().unwrap(),
        },
        "step" => Schedule::Step {
            every: s["every"].as_u64().unwrap() as usize,
            gamma: s["gamma"].as_f64().unwrap(),
        },
        "cosine" => Schedule::Cosine {
            t_max: s["t_max"].as_u64().unwrap() as usize,
            eta_min: s["eta_min"].as_f64().unwrap(),
        },
        "inverse_time" => Schedule::InverseTime {
            rate: s["rate"].as_f64().unwrap(),
            steps: s["steps"].as_f64().unwrap(),
        },
        other => panic!("{other}"),
    }
}

fn method_of(c: &Json) -> Box<dyn Update> {
    let f = |k: &str| c[k].as_f64().unwrap();
    let lr = f("lr");
    match c["method"].as_str().unwrap() {
        "gd" => Box::new(GradientDescent::new(lr).unwrap()),
        "momentum_torch" => Box::new(Momentum::new(lr, f("mu"), MomentumForm::Torch).unwrap()),
        "momentum_sutskever" => {
            Box::new(Momentum::new(lr, f("mu"), MomentumForm::Sutskever).unwrap())
        }
        "nesterov" => Box::new(Nesterov::new(lr, f("mu")).unwrap()),
        "rmsprop" => Box::new(RmsProp::with(lr, f("alpha"), f("eps")).unwrap()),
        "adam_torch" | "adam_keras" => {
            let conv = if c["method"] == "adam_torch" {
                AdamConvention::Torch
            } else {
                AdamConvention::Keras
            };
            Box::new(Adam::with(lr, f("beta1"), f("beta2"), f("eps"), conv).unwrap())
        }
        other => panic!("{other}"),
    }
}

impl Update for Box<dyn Update> {
    fn name(&self) -> String {
        (**self).name()
    }
    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        (**self).update(x, g)
    }
    fn learning_rate(&self) -> f64 {
        (**self).learning_rate()
    }
    fn set_learning_rate(&mut self, lr: f64) {
        (**self).set_learning_rate(lr)
    }
}

fn problem_of(name: &str) -> Box<dyn Problem> {
    match name {
        "rosenbrock" => Box::new(Rosenbrock::classic()),
        "himmelblau" => Box::new(Himmelblau),
        "quadratic" => Box::new(quadratic()),
        other => panic!("{other}"),
    }
}

#[test]
fn every_method_follows_the_reference_trajectory() {
    let data = reference();
    let cases = data["cases"].as_array().unwrap();
    assert!(cases.len() >= 13);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let problem = problem_of(c["problem"].as_str().unwrap());
        let x0 = floats(&c["x0"]);
        let steps = c["steps"].as_u64().unwrap() as usize;
        let mut solver = match c.get("schedule") {
            Some(s) => Box::new(Scheduled::new(method_of(c), schedule_of(s)).unwrap()),
            None => method_of(c),
        };
        let run = run(&*problem, &mut solver, &x0, Stop::iterations(steps)).unwrap();
        assert_eq!(run.iterations(), steps, "{name}");
        for (k, want) in c["trajectory"].as_array().unwrap().iter().enumerate() {
            let got = &run.history[k + 1].x;
            for (g, w) in got.iter().zip(floats(want)) {
                assert!(
                    (g - w).abs() <= 1e-12 * w.abs().max(1.0),
                    "{name} step {}: {got:?} vs {w}",
                    k + 1
                );
            }
        }
    }
}

#[test]
fn the_conventions_differ_where_the_documentation_says() {
    let data = reference();
    let traj = |name: &str| {
        let c = data["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap();
        floats(&c["trajectory"][7])
    };
    // Constant lr: torch's and Sutskever's momentum give the same iterates.
    let (t, s) = (traj("momentum_torch"), traj("momentum_sutskever"));
    assert!(t.iter().zip(&s).all(|(a, b)| (a - b).abs() < 1e-12));
    // A decaying lr separates them.
    let (t, s) = (traj("momentum_torch_exp"), traj("momentum_sutskever_exp"));
    assert!(t.iter().zip(&s).any(|(a, b)| (a - b).abs() > 1e-3));
    // A large ε separates Adam's placements; the defaults barely do.
    let (t, k) = (traj("adam_torch_big_eps"), traj("adam_keras_big_eps"));
    assert!(t.iter().zip(&k).any(|(a, b)| (a - b).abs() > 1e-3));
}

#[test]
fn schedules_match_the_reference_values() {
    for s in reference()["schedules"].as_array().unwrap() {
        let schedule = schedule_of(s).validate().unwrap();
        let lr0 = s["lr0"].as_f64().unwrap();
        for (t, want) in floats(&s["values"]).iter().enumerate() {
            let got = schedule.at(lr0, t);
            assert!((got - want).abs() <= 1e-15 * want.max(1.0), "{s} t={t}");
        }
    }
    assert!(
        Schedule::Step {
            every: 0,
            gamma: 0.5
        }
        .validate()
        .is_err()
    );
    assert!(Schedule::Exponential { gamma: 1.5 }.validate().is_err());
    assert!(
        Schedule::Exponential { gamma: f64::NAN }
            .validate()
            .is_err()
    );
}

#[test]
fn gd_on_a_quadratic_converges_at_the_predicted_rate() {
    // A with eigenvalues 1 and 10 (rotated): the error along the slow eigenvector shrinks by
    // 1 − lr·λ_min per step once the fast one has died out (lr·λ_max < 1 here).
    let (c, s): (f64, f64) = (0.6, 0.8);
    let q = DMatrix::from_row_slice(2, 2, &[c, -s, s, c]);
    let a = &q * DMatrix::from_diagonal(&DVector::from_vec(vec![1.0, 10.0])) * q.transpose();
    let a = (&a + a.transpose()) * 0.5;
    let eig = a.clone().symmetric_eigen();
    let (lmin, lmax): (f64, f64) = (eig.eigenvalues.min(), eig.eigenvalues.max());
    assert!((lmin - 1.0).abs() < 1e-12 && (lmax - 10.0).abs() < 1e-12);
    let problem = Quadratic::new(a, DVector::from_vec(vec![3.0, -2.0])).unwrap();
    let star = problem.minimum();
    let lr = 0.09;
    let mut gd = GradientDescent::new(lr).unwrap();
    let r = run(&problem, &mut gd, &[5.0, 5.0], Stop::iterations(200)).unwrap();
    let err = |k: usize| {
        let x = &r.history[k].x;
        ((x[0] - star[0]).powi(2) + (x[1] - star[1]).powi(2)).sqrt()
    };
    for k in [40, 80, 120] {
        let ratio = err(k + 1) / err(k);
        assert!((ratio - (1.0 - lr * lmin)).abs() < 1e-9, "k={k}: {ratio}");
    }
    // Converged to the Cholesky solution.
    let x = &r.last().x;
    assert!((x[0] - star[0]).abs() < 1e-7 && (x[1] - star[1]).abs() < 1e-7);
    // Also through the gradient tolerance.
    let mut gd = GradientDescent::new(lr).unwrap();
    let stop = Stop::iterations(10_000).with_grad_tol(1e-10);
    let r = run(&problem, &mut gd, &[5.0, 5.0], stop).unwrap();
    assert_eq!(r.outcome, Outcome::Converged);
    assert!(r.last().grad_norm <= 1e-10 && r.iterations() < 400);
}

#[test]
fn adams_first_step_is_lr_times_the_sign_of_the_gradient() {
    // m̂₁ = g and v̂₁ = g²: the step is lr·g/(|g| + ε) whatever the size of g, tiny or huge.
    for conv in [AdamConvention::Torch, AdamConvention::Keras] {
        for g in [3.0, -0.02, 1e-3, 1e150, -1e-150 * 1e146] {
            let mut adam = Adam::new(1e-3, conv).unwrap();
            let mut x = vec![1.0, 1.0];
            adam.update(&mut x, &[g, -g]);
            let eps = conv.default_eps();
            let c2: f64 = 1.0 - 0.999;
            let eps_hat = match conv {
                AdamConvention::Torch => eps,
                AdamConvention::Keras => eps / c2.sqrt(),
            };
            let want = 1e-3 * g.abs() / (g.abs() + eps_hat);
            assert!(
                ((1.0 - x[0]) - want * g.signum()).abs() < 1e-15,
                "{conv:?} g={g}"
            );
            assert!(((x[1] - 1.0) - want * g.signum()).abs() < 1e-15);
            // ≈ lr·sign(g): within 1% of lr once |g| is well above ε.
            if g.abs() >= 1e-3 {
                assert!(((1.0 - x[0]).abs() - 1e-3).abs() < 1e-5, "{conv:?} g={g}");
            }
        }
    }
    // Without bias correction the first step would be lr·(1 − β₁)/√(1 − β₂) ≈ 3.16·lr: check
    // that the moments are the uncorrected ones.
    let mut adam = Adam::new(1e-3, AdamConvention::Torch).unwrap();
    let mut x = vec![0.0];
    adam.update(&mut x, &[2.0]);
    let (m, v) = adam.moments();
    assert!((m[0] - 0.2).abs() < 1e-15 && (v[0] - 0.004).abs() < 1e-15);
    assert_eq!(adam.steps(), 1);
}

#[test]
fn adam_and_momentum_reach_the_rosenbrock_minimum_within_a_budget() {
    let f = Rosenbrock::classic();
    let start = [-1.2, 1.0];
    let stop = Stop::iterations(20_000).with_grad_tol(1e-6);
    let mut adam = Adam::new(0.02, AdamConvention::Torch).unwrap();
    let r = run(&f, &mut adam, &start, Stop::iterations(20_000)).unwrap();
    assert!(r.last().f < 1e-8, "Adam: f = {}", r.last().f);
    let mut mom = Momentum::new(1e-3, 0.9, MomentumForm::Torch).unwrap();
    let r = run(&f, &mut mom, &start, stop).unwrap();
    assert_eq!(r.outcome, Outcome::Converged, "momentum: {:?}", r.last());
    let [a, b] = f.minimum();
    assert!((r.last().x[0] - a).abs() < 1e-5 && (r.last().x[1] - b).abs() < 1e-5);
    // Plain GD at the same rate is still in the valley after as many steps as momentum took.
    let mut gd = GradientDescent::new(1e-3).unwrap();
    let slow = run(&f, &mut gd, &start, Stop::iterations(r.iterations())).unwrap();
    assert!(slow.last().f > 1e-4, "GD: {}", slow.last().f);
}

#[test]
fn himmelblau_minima_are_minima_and_gd_finds_the_nearest() {
    let h = Himmelblau;
    for m in Himmelblau::MINIMA {
        let mut g = [0.0; 2];
        h.gradient(&m, &mut g);
        assert!(h.cost(&m) < 1e-10 && norm(&g) < 1e-4, "{m:?}");
    }
    let mut gd = GradientDescent::new(0.01).unwrap();
    let stop = Stop::iterations(5000).with_grad_tol(1e-9);
    let r = run(&h, &mut gd, &[-3.0, 3.0], stop).unwrap();
    assert_eq!(r.outcome, Outcome::Converged);
    let x = &r.last().x;
    assert!((x[0] + 2.805118).abs() < 1e-6 && (x[1] - 3.131312).abs() < 1e-6);
}

#[test]
fn analytic_gradients_match_central_differences() {
    let problems: Vec<(Box<dyn Problem>, Vec<f64>)> = vec![
        (Box::new(Rosenbrock::classic()), vec![-1.2, 1.0]),
        (Box::new(Rosenbrock { a: 2.0, b: 5.0 }), vec![0.3, -0.7]),
        (Box::new(Himmelblau), vec![0.5, -1.5]),
        (Box::new(quadratic()), vec![2.0, -3.0]),
        (
            Box::new(LineMse::new(vec![1.0, 2.0, 4.0], vec![2.0, 3.0, 7.0]).unwrap()),
            vec![0.5, 0.25],
        ),
    ];
    for (p, x) in problems {
        let mut g = vec![0.0; x.len()];
        p.gradient(&x, &mut g);
        for i in 0..x.len() {
            let h = 1e-5;
            let (mut up, mut down) = (x.clone(), x.clone());
            up[i] += h;
            down[i] -= h;
            let fd = (p.cost(&up) - p.cost(&down)) / (2.0 * h);
            assert!(
                (fd - g[i]).abs() < 1e-6 * g[i].abs().max(1.0),
                "{i}: {fd} {}",
                g[i]
            );
        }
    }
}

#[test]
fn a_learning_rate_too_large_is_reported_as_divergence() {
    // λ_max of [3 1; 1 2] is (5 + √5)/2 ≈ 3.62: GD diverges for lr > 2/λ_max ≈ 0.553.
    let q = quadratic();
    let mut gd = GradientDescent::new(0.7).unwrap();
    let r = run(&q, &mut gd, &[2.0, -3.0], Stop::iterations(100_000)).unwrap();
    assert_eq!(r.outcome, Outcome::Diverged);
    assert!(r.iterations() < 200, "{}", r.iterations());
    assert!(
        r.history[..r.history.len() - 1]
            .iter()
            .all(|h| h.f.is_finite())
    );
    // Rosenbrock overflows to ∞/NaN: still a divergence, promptly.
    let mut gd = GradientDescent::new(0.1).unwrap();
    let stop = Stop {
        blow_up: f64::INFINITY,
        ..Stop::iterations(100_000)
    };
    let r = run(&Rosenbrock::classic(), &mut gd, &[-1.2, 1.0], stop).unwrap();
    assert_eq!(r.outcome, Outcome::Diverged);
    assert!(r.iterations() < 50);
    // Just below 2/λ_max it converges.
    let mut gd = GradientDescent::new(0.5).unwrap();
    let r = run(&q, &mut gd, &[2.0, -3.0], Stop::iterations(2000)).unwrap();
    assert!(r.last().grad_norm < 1e-10);
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let q = quadratic();
    let mut gd = GradientDescent::new(0.1).unwrap();
    assert!(matches!(
        run(&q, &mut gd, &[1.0], Stop::iterations(5)),
        Err(OptimError::Dimension { got: 1, want: 2 })
    ));
    assert_eq!(
        run(&q, &mut gd, &[f64::NAN, 1.0], Stop::iterations(5)),
        Err(OptimError::NonFinite)
    );
    assert!(run(&q, &mut gd, &[1.0, 1.0], Stop::iterations(usize::MAX)).is_err());
    assert!(GradientDescent::new(0.0).is_err());
    assert!(GradientDescent::new(f64::NAN).is_err());
    assert!(Momentum::new(0.1, 1.0, MomentumForm::Torch).is_err());
    assert!(Adam::with(0.1, 0.9, -0.1, 1e-8, AdamConvention::Torch).is_err());
    assert!(RmsProp::with(0.1, 0.99, f64::INFINITY).is_err());
    assert!(MiniBatch::new(GradientDescent::new(0.1).unwrap(), 0, 1).is_err());
    let not_spd = DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 2.0, 1.0]);
    assert!(Quadratic::new(not_spd, DVector::zeros(2)).is_err());
    let not_sym = DMatrix::from_row_slice(2, 2, &[2.0, 1.0, 0.0, 2.0]);
    assert!(Quadratic::new(not_sym, DVector::zeros(2)).is_err());
    assert!(LineMse::new(vec![], vec![]).is_err());
    assert!(LineMse::new(vec![1.0], vec![f64::NAN]).is_err());
}

#[test]
fn minibatch_steps_use_the_batch_mean_and_visit_every_example_each_epoch() {
    let xs: Vec<f64> = vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    let ys: Vec<f64> = xs
        .iter()
        .map(|&x: &f64| 2.0 * x - 1.0 + 0.3 * (x * 1.7).sin())
        .collect();
    let data = LineMse::new(xs.clone(), ys.clone()).unwrap();
    let lr = 0.01;
    let mut sgd = MiniBatch::new(GradientDescent::new(lr).unwrap(), 3, 7).unwrap();
    let mut p = vec![0.0, 0.0];
    let mut seen = Vec::new();
    for step in 0..9 {
        let before = p.clone();
        sgd.step(&data, &mut p).unwrap();
        let b = sgd.last_batch().to_vec();
        // The batch-mean gradient, written out directly: (1/|B|) Σ 2rᵢ(xᵢ, 1).
        let (mut gw, mut gc) = (0.0, 0.0);
        for &i in &b {
            let r = before[0] * xs[i] + before[1] - ys[i];
            gw += 2.0 * r * xs[i] / b.len() as f64;
            gc += 2.0 * r / b.len() as f64;
        }
        assert!((p[0] - (before[0] - lr * gw)).abs() < 1e-14, "step {step}");
        assert!((p[1] - (before[1] - lr * gc)).abs() < 1e-14);
        seen.extend(b);
        // Epochs of 7 examples in batches 3, 3, 1.
        if step % 3 == 2 {
            let mut epoch: Vec<usize> = std::mem::take(&mut seen);
            epoch.sort();
            assert_eq!(epoch, (0..7).collect::<Vec<_>>());
        }
    }
    // The same seed gives the same batches; a batch of every example is full-batch GD.
    let batches = |seed| {
        let mut s = MiniBatch::new(GradientDescent::new(lr).unwrap(), 2, seed).unwrap();
        let mut p = vec![0.0, 0.0];
        (0..4)
            .map(|_| {
                s.step(&data, &mut p).unwrap();
                s.last_batch().to_vec()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(batches(3), batches(3));
    assert_ne!(batches(3), batches(4));
    let mut full = MiniBatch::new(GradientDescent::new(lr).unwrap(), 7, 1).unwrap();
    let mut gd = GradientDescent::new(lr).unwrap();
    let a = run(&data, &mut full, &[0.0, 0.0], Stop::iterations(50)).unwrap();
    let b = run(&data, &mut gd, &[0.0, 0.0], Stop::iterations(50)).unwrap();
    for (x, y) in a.last().x.iter().zip(&b.last().x) {
        assert!((x - y).abs() < 1e-12);
    }
    // SGD with batches of 2 gets near the least-squares line (w, c) from the normal equations.
    let mut sgd = MiniBatch::new(GradientDescent::new(0.02).unwrap(), 2, 5).unwrap();
    let r = run(&data, &mut sgd, &[0.0, 0.0], Stop::iterations(4000)).unwrap();
    let n = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let w = sxy / sxx;
    assert!((r.last().x[0] - w).abs() < 0.05, "{:?} vs {w}", r.last().x);
    assert!((r.last().x[1] - (my - w * mx)).abs() < 0.2);
}
