//! Nesterov momentum in torch's form (`torch.optim.SGD(momentum=μ, nesterov=True)`).

use super::error::{decay, learning_rate};
use super::{OptimError, Update};

/// Nesterov momentum as torch writes it, with the gradient g at the current θ:
/// v ← μv + g, then θ ← θ − lr·(g + μv) (the step looks ahead along the new velocity).
/// v starts at 0.
#[derive(Debug, Clone)]
pub struct Nesterov {
    lr: f64,
    mu: f64,
    v: Vec<f64>,
}

impl Nesterov {
    pub fn new(lr: f64, mu: f64) -> Result<Nesterov, OptimError> {
        Ok(Nesterov {
            lr: learning_rate(lr)?,
            mu: decay("momentum μ", mu)?,
            v: Vec::new(),
        })
    }
}

impl Nesterov {
    /// Starts from the velocity `v` instead of 0 (a state saved mid-run; a length that does not
    /// match the parameters is replaced by zeros at the first update).
    pub fn with_velocity(mut self, v: Vec<f64>) -> Nesterov {
        self.v = v;
        self
    }
}

impl Update for Nesterov {
    fn name(&self) -> String {
        format!("Nesterov (lr {}, μ {})", self.lr, self.mu)
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        if self.v.len() != x.len() {
            self.v = vec![0.0; x.len()];
        }
        for ((xi, vi), gi) in x.iter_mut().zip(self.v.iter_mut()).zip(g) {
            *vi = self.mu * *vi + gi;
            *xi -= self.lr * (gi + self.mu * *vi);
        }
    }

    fn learning_rate(&self) -> f64 {
        self.lr
    }

    fn set_learning_rate(&mut self, lr: f64) {
        self.lr = lr;
    }
}
