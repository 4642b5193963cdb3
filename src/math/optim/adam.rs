//! Adam (Kingma & Ba, 2015) with bias correction, in torch's form or Keras's.

use super::error::{check, decay, learning_rate};
use super::{OptimError, Update};

/// Where ε and the bias correction enter the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdamConvention {
    /// `torch.optim.Adam`: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), θ ← θ − lr·m̂/(√v̂ + ε), ε added
    /// to the square root of the bias-corrected v̂. Default ε 1e-8.
    Torch,
    /// `keras.optimizers.Adam` (and the paper's "efficient version"): the bias correction folded
    /// into the step size, lr_t = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ), θ ← θ − lr_t·m/(√v + ε̂), ε̂ added to
    /// √v without the hat. Default ε̂ 1e-7.
    Keras,
}

impl AdamConvention {
    /// The framework's default ε.
    pub fn default_eps(self) -> f64 {
        match self {
            AdamConvention::Torch => 1e-8,
            AdamConvention::Keras => 1e-7,
        }
    }
}

/// Adam: with g the gradient at step t = 1, 2, …,
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², then the step of the [`AdamConvention`].
/// m and v start at 0. The two conventions differ only in where ε enters: torch's step equals
/// Keras's with ε̂ = ε·√(1 − β₂ᵗ). At t = 1 the corrected m̂ = g and v̂ = g², so the first step is
/// lr·g/(|g| + ε) ≈ lr·sign(g) in every coordinate.
#[derive(Debug, Clone)]
pub struct Adam {
    lr: f64,
    beta1: f64,
    beta2: f64,
    eps: f64,
    convention: AdamConvention,
    t: u32,
    m: Vec<f64>,
    v: Vec<f64>,
}

impl Adam {
    /// The convention's defaults (β₁ 0.9, β₂ 0.999, its ε) with the given learning rate (the
    /// frameworks' default is 1e-3).
    pub fn new(lr: f64, convention: AdamConvention) -> Result<Adam, OptimError> {
        Adam::with(lr, 0.9, 0.999, convention.default_eps(), convention)
    }

    pub fn with(
        lr: f64,
        beta1: f64,
        beta2: f64,
        eps: f64,
        convention: AdamConvention,
    ) -> Result<Adam, OptimError> {
        Ok(Adam {
            lr: learning_rate(lr)?,
            beta1: decay("β₁", beta1)?,
            beta2: decay("β₂", beta2)?,
            eps: check("ε", eps, "non-negative", |e| e >= 0.0)?,
            convention,
            t: 0,
            m: Vec::new(),
            v: Vec::new(),
        })
    }

    /// Starts from a saved state: the moments `m`, `v` after `t` updates (the next update is
    /// step t + 1). Lengths that do not match the parameters are replaced by zeros at the next
    /// update.
    pub fn with_state(mut self, m: Vec<f64>, v: Vec<f64>, t: u32) -> Adam {
        if m.len() == v.len() {
            self.m = m;
            self.v = v;
        }
        self.t = t;
        self
    }

    /// The number of updates made (t of the last one).
    pub fn steps(&self) -> u32 {
        self.t
    }

    /// The first and second moment estimates m and v after the last update.
    pub fn moments(&self) -> (&[f64], &[f64]) {
        (&self.m, &self.v)
    }
}

impl Update for Adam {
    fn name(&self) -> String {
        format!("Adam (lr {})", self.lr)
    }

    fn update(&mut self, x: &mut [f64], g: &[f64]) {
        if self.m.len() != x.len() {
            self.m = vec![0.0; x.len()];
            self.v = vec![0.0; x.len()];
        }
        self.t = self.t.saturating_add(1);
        let t = self.t as i32;
        let (c1, c2) = (1.0 - self.beta1.powi(t), 1.0 - self.beta2.powi(t));
        let lr_t = self.lr * c2.sqrt() / c1;
        for i in 0..x.len() {
            let gi = g[i];
            self.m[i] = self.beta1 * self.m[i] + (1.0 - self.beta1) * gi;
            self.v[i] = self.beta2 * self.v[i] + (1.0 - self.beta2) * gi * gi;
            x[i] -= match self.convention {
                AdamConvention::Torch => {
                    let (m_hat, v_hat) = (self.m[i] / c1, self.v[i] / c2);
                    self.lr * m_hat / (v_hat.sqrt() + self.eps)
                }
                AdamConvention::Keras => lr_t * self.m[i] / (self.v[i].sqrt() + self.eps),
            };
        }
    }

    fn learning_rate(&self) -> f64 {
        self.lr
    }

    fn set_learning_rate(&mut self, lr: f64) {
        self.lr = lr;
    }
}
