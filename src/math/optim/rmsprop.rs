//! RMSProp in torch's form (`torch.optim.RMSprop`, no momentum, not centered).

use super::error::{check, decay, learning_rate};
use super::{OptimError, Update};

/// RMSProp: v ← αv + (1 − α)g², θ ← θ − lr·g/(√v + ε), v starting at 0. torch's defaults:
/// lr 0.01, α 0.99, ε 1e-8, added outside the square root (Keras adds its ε 1e-7 the same way;
/// TensorFlow 1 added it inside).
#[derive(Debug, Clone)]
pub struct RmsProp {
    lr: f64,
    alpha: f64,
    eps: f64,
    v: Vec<f64>,
}

impl RmsProp {
    /// torch's defaults α = 0.99, ε = 1e-8 with the given learning rate.
    pub fn new(lr: f64) -> Result<RmsProp, OptimError> {
        RmsProp::with(lr, 0.99, 1e-8)
    }

    pub fn with(lr: f64, alpha: f64, eps: f64) -> Result<RmsProp, OptimError> {
        Ok(RmsProp {
            lr: learning_rate(lr)?,
            alpha: decay("α", alpha)?,
            eps: check("ε", eps, "non-negative", |e| e >= 0.0)?,
            v: Vec::new(),
        })
    }
}

impl Update for RmsProp {
    fn name(&self) -> String {
        format!("RMSProp (lr {})", self.lr)
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        if self.v.len() != x.len() {
            self.v = vec![0.0; x.len()];
        }
        for ((xi, vi), gi) in x.iter_mut().zip(self.v.iter_mut()).zip(g) {
            *vi = self.alpha * *vi + (1.0 - self.alpha) * gi * gi;
            *xi -= self.lr * gi / (vi.sqrt() + self.eps);
        }
    }

    fn learning_rate(&self) -> f64 {
        self.lr
    }

    fn set_learning_rate(&mut self, lr: f64) {
        self.lr = lr;
    }
}
