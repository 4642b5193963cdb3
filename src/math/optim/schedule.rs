//! Learning-rate schedules: the learning rate of step t (t = 0 for the first step) from the
//! initial rate lr₀, and [`Scheduled`], an update rule whose rate follows one.

use super::error::{check, learning_rate};
use super::{OptimError, Update};

/// How the learning rate changes with the step count t = 0, 1, 2, ….
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Schedule {
    /// lr₀ throughout.
    Constant,
    /// torch's `StepLR`: lr₀·γ^⌊t/every⌋ (multiplied by γ every `every` steps).
    Step { every: usize, gamma: f64 },
    /// torch's `ExponentialLR`: lr₀·γᵗ.
    Exponential { gamma: f64 },
    /// torch's `CosineAnnealingLR` in closed form: η_min + (lr₀ − η_min)(1 + cos(πt/T))/2, from
    /// lr₀ at t = 0 down to η_min at t = T (past T it follows the cosine back up, as torch's
    /// closed form does).
    Cosine { t_max: usize, eta_min: f64 },
    /// 1/t decay, Keras's `InverseTimeDecay` (not staircase): lr₀/(1 + rate·t/steps).
    InverseTime { rate: f64, steps: f64 },
}

impl Schedule {
    /// Checks the schedule's parameters: γ in (0, 1], every ≥ 1, T ≥ 1, 0 ≤ η_min, rate ≥ 0,
    /// steps > 0.
    pub fn validate(self) -> Result<Schedule, OptimError> {
        match self {
            Schedule::Constant => {}
            Schedule::Step { every, gamma } => {
                check("every", every as f64, "at least 1", |v| v >= 1.0)?;
                check("γ", gamma, "in (0, 1]", |g| g > 0.0 && g <= 1.0)?;
            }
            Schedule::Exponential { gamma } => {
                check("γ", gamma, "in (0, 1]", |g| g > 0.0 && g <= 1.0)?;
            }
            Schedule::Cosine { t_max, eta_min } => {
                check("T", t_max as f64, "at least 1", |v| v >= 1.0)?;
                check("η_min", eta_min, "non-negative", |v| v >= 0.0)?;
            }
            Schedule::InverseTime { rate, steps } => {
                check("rate", rate, "non-negative", |v| v >= 0.0)?;
                check("steps", steps, "positive", |v| v > 0.0)?;
            }
        }
        Ok(self)
    }

    /// The learning rate of step `t` (0 for the first) from `lr0`.
    pub fn at(self, lr0: f64, t: usize) -> f64 {
        let tf = t as f64;
        match self {
            Schedule::Constant => lr0,
            Schedule::Step { every, gamma } => lr0 * gamma.powf((t / every.max(1)) as f64),
            Schedule::Exponential { gamma } => lr0 * gamma.powf(tf),
            Schedule::Cosine { t_max, eta_min } => {
                let phase = std::f64::consts::PI * tf / t_max.max(1) as f64;
                eta_min + (lr0 - eta_min) * (1.0 + phase.cos()) / 2.0
            }
            Schedule::InverseTime { rate, steps } => lr0 / (1.0 + rate * tf / steps),
        }
    }
}

/// An update rule whose learning rate follows a schedule: before step t it is set to
/// `schedule.at(lr₀, t)`, lr₀ being the rule's rate when wrapped.
#[derive(Debug, Clone)]
pub struct Scheduled<U> {
    inner: U,
    lr0: f64,
    schedule: Schedule,
    t: usize,
}

impl<U: Update> Scheduled<U> {
    pub fn new(inner: U, schedule: Schedule) -> Result<Scheduled<U>, OptimError> {
        let lr0 = learning_rate(inner.learning_rate())?;
        Ok(Scheduled {
            inner,
            lr0,
            schedule: schedule.validate()?,
            t: 0,
        })
    }

    /// The wrapped rule (its state, its current rate).
    pub fn inner(&self) -> &U {
        &self.inner
    }
}

impl<U: Update> Update for Scheduled<U> {
    fn name(&self) -> String {
        self.inner.name()
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        self.inner
            .set_learning_rate(self.schedule.at(self.lr0, self.t));
        self.inner.update(x, g);
        self.t += 1;
    }

    fn learning_rate(&self) -> f64 {
        self.inner.learning_rate()
    }

    /// Restarts the schedule from `lr` at the current step count.
    fn set_learning_rate(&mut self, lr: f64) {
        self.lr0 = lr;
    }
}
