//! What the normal and z-score kinds share: the normal X of a prompt (mean and standard
//! deviation, or mean and variance, the variance's square root being the first step), the
//! standardization z = (x − μ)/σ written out, and the tolerance of a value found from a z read
//! off the table.

use crate::engine::{DrillRng, Tolerance};
use crate::exercises::common::chain;
use crate::exercises::common::sig;

/// X ~ N(μ, σ²) as a prompt states it: with σ, or with the variance σ² (`variance`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Normal {
    pub mu: f64,
    pub sigma: f64,
    pub variance: bool,
}

impl Normal {
    /// `mean μ = 50 and standard deviation σ = 4` or `mean μ = 50 and variance σ² = 16`.
    pub fn stated(&self) -> String {
        if self.variance {
            format!(
                "mean μ = {} and variance σ² = {}",
                sig(self.mu),
                sig(self.sigma * self.sigma)
            )
        } else {
            format!(
                "mean μ = {} and standard deviation σ = {}",
                sig(self.mu),
                sig(self.sigma)
            )
        }
    }

    /// The standard deviation as the solution finds it: `σ = √16 = 4`, or `σ = 4`.
    pub fn sigma_step(&self) -> String {
        if self.variance {
            format!(
                "σ = √{} = {}",
                sig(self.sigma * self.sigma),
                sig(self.sigma)
            )
        } else {
            format!("σ = {}", sig(self.sigma))
        }
    }

    /// The z of `x`: `(x − μ)/σ`.
    pub fn z(&self, x: f64) -> f64 {
        (x - self.mu) / self.sigma
    }

    /// The z a learner gets dividing by the variance instead: `(x − μ)/σ²`.
    pub fn z_over_variance(&self, x: f64) -> f64 {
        (x - self.mu) / (self.sigma * self.sigma)
    }

    /// `z = (46 − 50)/4 = −1` with the given name for z (`z₁`).
    pub fn z_line(&self, name: &str, x: f64) -> String {
        chain(
            name,
            &[
                format!("({} − {})/{}", sig(x), signed(self.mu), sig(self.sigma)),
                sig(self.z(x)),
            ],
        )
    }
}

/// A number as the second term of a difference: `(−1.2)` in parentheses when negative.
pub fn signed(x: f64) -> String {
    crate::exercises::common::factor(crate::math::Scalar::Real(x))
}

/// A mean and standard deviation that suit a level: integer σ from `sigmas`, integer μ a
/// multiple of 5 in `lo..=hi`.
pub fn draw_normal(rng: &mut DrillRng, sigmas: &[i64], lo: i64, hi: i64, variance: bool) -> Normal {
    let sigma = *rng.pick(sigmas) as f64;
    let mu = (5 * rng.int(lo / 5, hi / 5)) as f64;
    Normal {
        mu,
        sigma,
        variance,
    }
}

/// Whether `x` is a whole number of hundredths (a z the table lists).
pub fn on_table(z: f64) -> bool {
    let h = z * 100.0;
    (h - h.round()).abs() < 1e-9
}

/// The tolerance of a value `x = μ + zσ` with z read from a table: z to 2 decimals differs
/// from the exact quantile by up to 0.005, so x by up to 0.005σ; an absolute 0.006σ accepts any
/// table reading, and the kinds keep x above σ so that an answer moved by 1% is still rejected.
pub fn quantile_tolerance(sigma: f64) -> Tolerance {
    Tolerance {
        rel: Tolerance::default().rel,
        abs: 0.006 * sigma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standardizing_reads_as_written() {
        let n = Normal {
            mu: 50.0,
            sigma: 4.0,
            variance: true,
        };
        assert_eq!(n.stated(), "mean μ = 50 and variance σ² = 16");
        assert_eq!(n.sigma_step(), "σ = √16 = 4");
        assert_eq!(n.z_line("z₁", 46.0), "z₁ = (46 − 50)/4 = −1");
        assert_eq!(n.z_over_variance(58.0), 0.5);
        assert!(on_table(1.25) && on_table(-0.07) && !on_table(1.255));
        let t = quantile_tolerance(15.0);
        assert!(t.accepts(
            crate::math::Scalar::Real(100.0 + 1.64 * 15.0),
            crate::math::Scalar::Real(100.0 + 1.645 * 15.0)
        ));
    }
}
