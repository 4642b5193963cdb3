//! The driver: owns the loop, asks the solver for one step at a time, records the history and
//! decides when to stop.

use super::{OptimError, Problem, Step, norm};

/// The most iterations one run may ask for (its history is kept in memory).
pub const MAX_ITERS: usize = 1_000_000;

/// When to stop.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stop {
    /// The iteration budget.
    pub max_iters: usize,
    /// Converged when ‖∇f(x)‖ ≤ this (0 runs the whole budget).
    pub grad_tol: f64,
    /// Diverged when f(x) exceeds `blow_up`·max(1, |f(x₀)|), or anything is not finite.
    pub blow_up: f64,
}

impl Stop {
    /// `max_iters` iterations, no gradient tolerance, divergence at 1e10 times the start's cost.
    pub fn iterations(max_iters: usize) -> Stop {
        Stop {
            max_iters,
            grad_tol: 0.0,
            blow_up: 1e10,
        }
    }

    /// The same, converging when ‖∇f‖ ≤ `tol`.
    pub fn with_grad_tol(self, tol: f64) -> Stop {
        Stop {
            grad_tol: tol,
            ..self
        }
    }
}

/// Why a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// ‖∇f‖ reached the tolerance.
    Converged,
    /// The budget ran out first.
    MaxIters,
    /// The cost blew up or became NaN/∞ (a learning rate too large): the run stopped there.
    Diverged,
}

/// One iterate: x_k, f(x_k) and ‖∇f(x_k)‖.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub x: Vec<f64>,
    pub f: f64,
    pub grad_norm: f64,
}

/// A finished run: why it ended and every iterate from x₀ (history[k] is x_k).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub outcome: Outcome,
    pub history: Vec<Record>,
}

impl Run {
    /// The number of steps taken.
    pub fn iterations(&self) -> usize {
        self.history.len() - 1
    }

    /// The last iterate.
    pub fn last(&self) -> &Record {
        self.history.last().expect("a run records x₀")
    }

    /// The first k with f(x_k) < `level`, if any.
    pub fn first_below(&self, level: f64) -> Option<usize> {
        self.history.iter().position(|r| r.f < level)
    }
}

fn record<P: Problem + ?Sized>(problem: &P, x: &[f64]) -> Record {
    let mut g = vec![0.0; x.len()];
    problem.gradient(x, &mut g);
    Record {
        x: x.to_vec(),
        f: problem.cost(x),
        grad_norm: norm(&g),
    }
}

fn finite(r: &Record) -> bool {
    r.f.is_finite() && r.grad_norm.is_finite() && r.x.iter().all(|v| v.is_finite())
}

/// Minimises `problem` with `solver` from `x0`: records x₀, then steps until ‖∇f‖ ≤ the
/// tolerance ([`Outcome::Converged`]), the cost blows up or stops being finite
/// ([`Outcome::Diverged`], with that iterate recorded) or the budget runs out. Errors: `x0` of
/// the wrong dimension or not finite, a budget above [`MAX_ITERS`], or a solver's error.
pub fn run<P: Problem + ?Sized, S: Step<P> + ?Sized>(
    problem: &P,
    solver: &mut S,
    x0: &[f64],
    stop: Stop,
) -> Result<Run, OptimError> {
    if x0.len() != problem.dim() {
        return Err(OptimError::Dimension {
            got: x0.len(),
            want: problem.dim(),
        });
    }
    if !x0.iter().all(|v| v.is_finite()) {
        return Err(OptimError::NonFinite);
    }
    super::error::check("max_iters", stop.max_iters as f64, "at most 1000000", |v| {
        v <= MAX_ITERS as f64
    })?;
    let mut x = x0.to_vec();
    let first = record(problem, &x);
    if !finite(&first) {
        return Err(OptimError::Problem(
            "the cost or gradient is not finite at the start",
        ));
    }
    let ceiling = stop.blow_up * first.f.abs().max(1.0);
    let mut history = vec![first];
    let mut outcome = Outcome::MaxIters;
    for _ in 0..stop.max_iters {
        if history.last().is_some_and(|r| r.grad_norm <= stop.grad_tol) {
            outcome = Outcome::Converged;
            break;
        }
        solver.step(problem, &mut x)?;
        let r = record(problem, &x);
        let blown = !finite(&r) || r.f > ceiling;
        history.push(r);
        if blown {
            outcome = Outcome::Diverged;
            break;
        }
    }
    if outcome == Outcome::MaxIters && history.last().is_some_and(|r| r.grad_norm <= stop.grad_tol)
    {
        outcome = Outcome::Converged;
    }
    Ok(Run { outcome, history })
}
