//! Monte Carlo integration: with `U₁, …, Uₙ` uniform on `[a, b]`,
//! `∫ₐᵇ f ≈ (b − a)·(1/n)·Σ f(Uᵢ)`, an unbiased estimate whose standard error is
//! `(b − a)·s/√n`, where `s` is the sample standard deviation of the `f(Uᵢ)` (divisor n − 1).
//! The error shrinks as O(1/√n) in any dimension: 100 times the points for one more digit.
//! Seeded, so a run can be repeated exactly.

use super::{QuadratureError, finite_interval, value_at};
use rand::{Rng, SeedableRng, rngs::ChaCha8Rng};

/// The most sample points one call takes.
const MAX_POINTS: usize = 100_000_000;

/// A Monte Carlo estimate and its standard error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonteCarlo {
    pub estimate: f64,
    /// `(b − a)·s/√n`, with `s` the sample standard deviation (n − 1) of the f values.
    pub std_error: f64,
    pub points: usize,
}

/// `∫ₐᵇ f` from `n ≥ 2` uniform points drawn from a ChaCha8 stream seeded with `seed`.
///
/// ```
/// use mathdrill::math::calculus::quadrature::monte_carlo;
/// let mc = monte_carlo(&|x| x * x, 0.0, 3.0, 100_000, 7).unwrap();
/// assert!((mc.estimate - 9.0).abs() < 4.0 * mc.std_error);
/// ```
pub fn monte_carlo(
    f: &dyn Fn(f64) -> f64,
    a: f64,
    b: f64,
    n: usize,
    seed: u64,
) -> Result<MonteCarlo, QuadratureError> {
    finite_interval(a, b)?;
    if !(2..=MAX_POINTS).contains(&n) {
        return Err(QuadratureError::Panels(format!(
            "Monte Carlo needs 2 to {MAX_POINTS} points (got {n})"
        )));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    // Welford's running mean and sum of squared deviations: stable for any n.
    let (mut mean, mut m2) = (0.0, 0.0);
    for k in 1..=n {
        let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let y = value_at(f, a + (b - a) * u)?;
        let d = y - mean;
        mean += d / k as f64;
        m2 += d * (y - mean);
    }
    let s = (m2 / (n - 1) as f64).sqrt();
    Ok(MonteCarlo {
        estimate: (b - a) * mean,
        std_error: (b - a).abs() * s / (n as f64).sqrt(),
        points: n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_shrinks_as_one_over_root_n() {
        // ∫₀^π sin = 2; the standard error of n points is π·sd(sin U)/√n.
        let sd = (0.5 - 4.0 / (std::f64::consts::PI.powi(2))).sqrt();
        let pi = std::f64::consts::PI;
        for n in [1_000, 16_000, 256_000] {
            let mc = monte_carlo(&f64::sin, 0.0, pi, n, 11).unwrap();
            let predicted = pi * sd / (n as f64).sqrt();
            assert!((mc.std_error / predicted - 1.0).abs() < 0.05, "n = {n}");
        }
        // Over many seeds, about 95% of estimates are within 1.96 standard errors.
        let covered = (0..400)
            .filter(|&seed| {
                let mc = monte_carlo(&f64::sin, 0.0, pi, 400, seed).unwrap();
                (mc.estimate - 2.0).abs() <= 1.96 * mc.std_error
            })
            .count();
        assert!((360..=396).contains(&covered), "{covered} of 400");
    }

    #[test]
    fn seeded_and_guarded() {
        let a = monte_carlo(&f64::exp, 0.0, 1.0, 100, 3).unwrap();
        assert_eq!(a, monte_carlo(&f64::exp, 0.0, 1.0, 100, 3).unwrap());
        assert_ne!(a, monte_carlo(&f64::exp, 0.0, 1.0, 100, 4).unwrap());
        assert!(monte_carlo(&f64::exp, 0.0, 1.0, 1, 3).is_err());
        assert!(monte_carlo(&f64::exp, 0.0, f64::INFINITY, 10, 3).is_err());
        assert!(monte_carlo(&|_| f64::NAN, 0.0, 1.0, 10, 3).is_err());
        // a constant has no spread
        let c = monte_carlo(&|_| 2.0, 1.0, 4.0, 50, 1).unwrap();
        assert!((c.estimate - 6.0).abs() < 1e-12 && c.std_error < 1e-12);
    }
}
