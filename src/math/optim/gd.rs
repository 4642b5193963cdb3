//! Gradient descent: θ ← θ − lr·∇f(θ).

use super::OptimError;
use super::Update;
use super::error::learning_rate;

/// Plain gradient descent with learning rate `lr`: θ ← θ − lr·g. On a quadratic with Hessian
/// eigenvalues λ_min … λ_max it converges for 0 < lr < 2/λ_max, the error along the slowest
/// direction shrinking by |1 − lr·λ_min| per step.
#[derive(Debug, Clone)]
pub struct GradientDescent {
    lr: f64,
}

impl GradientDescent {
    pub fn new(lr: f64) -> Result<GradientDescent, OptimError> {
        Ok(GradientDescent {
            lr: learning_rate(lr)?,
        })
    }
}

impl Update for GradientDescent {
    fn name(&self) -> String {
        format!("GD (lr {})", self.lr)
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        for (xi, gi) in x.iter_mut().zip(g) {
            *xi -= self.lr * gi;
        }
    }

    fn learning_rate(&self) -> f64 {
        self.lr
    }

    fn set_learning_rate(&mut self, lr: f64) {
        self.lr = lr;
    }
}
