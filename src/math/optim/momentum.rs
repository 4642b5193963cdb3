//! Gradient descent with (heavy-ball) momentum, in torch's form or Sutskever's.

use super::error::{decay, learning_rate};
use super::{OptimError, Update};

/// Where the learning rate enters the velocity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentumForm {
    /// `torch.optim.SGD(momentum=μ)`: v ← μv + g, θ ← θ − lr·v (v is a sum of gradients).
    Torch,
    /// Sutskever et al. (2013), also Keras's SGD: v ← μv + lr·g, θ ← θ − v (v is a sum of
    /// steps; Keras writes v ← μv − lr·g, θ ← θ + v, the same update).
    Sutskever,
}

/// Momentum with coefficient μ ∈ [0, 1), velocity v starting at 0.
///
/// The two forms give the same iterates while the learning rate is constant (Sutskever's v is
/// lr times torch's). They differ when the learning rate changes: torch's velocity is rescaled
/// at once by the new lr, Sutskever's keeps the old steps at the old lr.
#[derive(Debug, Clone)]
pub struct Momentum {
    lr: f64,
    mu: f64,
    form: MomentumForm,
    v: Vec<f64>,
}

impl Momentum {
    pub fn new(lr: f64, mu: f64, form: MomentumForm) -> Result<Momentum, OptimError> {
        Ok(Momentum {
            lr: learning_rate(lr)?,
            mu: decay("momentum μ", mu)?,
            form,
            v: Vec::new(),
        })
    }

    /// The velocity after the last update (empty before the first).
    pub fn velocity(&self) -> &[f64] {
        &self.v
    }
}

impl Momentum {
    /// Starts from the velocity `v` instead of 0 (a state saved mid-run; a length that does not
    /// match the parameters is replaced by zeros at the first update).
    pub fn with_velocity(mut self, v: Vec<f64>) -> Momentum {
        self.v = v;
        self
    }
}

impl Update for Momentum {
    fn name(&self) -> String {
        format!("momentum (lr {}, μ {})", self.lr, self.mu)
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        if self.v.len() != x.len() {
            self.v = vec![0.0; x.len()];
        }
        for ((xi, vi), gi) in x.iter_mut().zip(self.v.iter_mut()).zip(g) {
            match self.form {
                MomentumForm::Torch => {
                    *vi = self.mu * *vi + gi;
                    *xi -= self.lr * *vi;
                }
                MomentumForm::Sutskever => {
                    *vi = self.mu * *vi + self.lr * gi;
                    *xi -= *vi;
                }
            }
        }
    }

    fn learning_rate(&self) -> f64 {
        self.lr
    }

    fn set_learning_rate(&mut self, lr: f64) {
        self.lr = lr;
    }
}
