//! n-point Gauss–Legendre quadrature: `∫₋₁¹ g(t) dt ≈ Σ wᵢ·g(xᵢ)`, where the nodes `xᵢ` are the
//! roots of the Legendre polynomial `Pₙ` and the weights `wᵢ = 2 / ((1 − xᵢ²)·Pₙ′(xᵢ)²)`. It is
//! exact for every polynomial of degree ≤ 2n − 1 (and not for x²ⁿ). On `[a, b]`, with
//! `x = mid + half·t` (`mid = (a + b)/2`, `half = (b − a)/2`):
//! `∫ₐᵇ f(x) dx ≈ half·Σ wᵢ·f(mid + half·xᵢ)`.
//!
//! The nodes are computed here, not copied from a table: Newton's method on `Pₙ` from the
//! starting guess `cos(π(i − ¼)/(n + ½))`, with `Pₙ` from Bonnet's recurrence
//! `k·Pₖ = (2k − 1)·x·Pₖ₋₁ − (k − 1)·Pₖ₋₂` and `Pₙ′ = n·(x·Pₙ − Pₙ₋₁)/(x² − 1)`.

use super::{QuadratureError, finite_interval, value_at};

/// The most nodes a rule may have.
pub const MAX_NODES: usize = 200;

/// The nodes and weights of the n-point rule on `[−1, 1]`, nodes in increasing order.
#[derive(Clone, Debug, PartialEq)]
pub struct GaussLegendre {
    pub nodes: Vec<f64>,
    pub weights: Vec<f64>,
}

/// `(Pₙ(x), Pₙ′(x))` by Bonnet's recurrence (`|x| < 1`).
fn legendre(n: usize, x: f64) -> (f64, f64) {
    let (mut p_prev, mut p) = (1.0, x);
    for k in 2..=n {
        let k = k as f64;
        let next = ((2.0 * k - 1.0) * x * p - (k - 1.0) * p_prev) / k;
        p_prev = p;
        p = next;
    }
    let dp = n as f64 * (x * p - p_prev) / (x * x - 1.0);
    (p, dp)
}

impl GaussLegendre {
    /// The n-point rule, `1 ≤ n ≤ MAX_NODES`.
    ///
    /// ```
    /// use mathdrill::math::calculus::quadrature::GaussLegendre;
    /// let g = GaussLegendre::new(2).unwrap();
    /// // nodes ±1/√3, weights 1
    /// assert!((g.nodes[1] - 1.0 / 3f64.sqrt()).abs() < 1e-15);
    /// assert!((g.weights[0] - 1.0).abs() < 1e-15);
    /// ```
    pub fn new(n: usize) -> Result<GaussLegendre, QuadratureError> {
        if !(1..=MAX_NODES).contains(&n) {
            return Err(QuadratureError::Panels(format!(
                "a Gauss–Legendre rule has 1 to {MAX_NODES} nodes (got {n})"
            )));
        }
        let mut nodes = vec![0.0; n];
        let mut weights = vec![0.0; n];
        // The roots are symmetric: compute the positive half (and the middle one for odd n).
        for i in 0..n.div_ceil(2) {
            let mut x = (std::f64::consts::PI * (i as f64 + 0.75) / (n as f64 + 0.5)).cos();
            if n == 1 {
                x = 0.0;
            }
            for _ in 0..100 {
                let (p, dp) = legendre(n, x);
                let step = p / dp;
                x -= step;
                if step.abs() <= 1e-16 {
                    break;
                }
            }
            let dp = if n == 1 { 1.0 } else { legendre(n, x).1 };
            let w = 2.0 / ((1.0 - x * x) * dp * dp);
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = w;
            weights[n - 1 - i] = w;
        }
        Ok(GaussLegendre { nodes, weights })
    }

    /// `∫ₐᵇ f(x) dx ≈ half·Σ wᵢ·f(mid + half·xᵢ)` (finite `a`, `b`; f is never evaluated at
    /// the ends).
    pub fn integrate(
        &self,
        f: &dyn Fn(f64) -> f64,
        a: f64,
        b: f64,
    ) -> Result<f64, QuadratureError> {
        finite_interval(a, b)?;
        let (mid, half) = ((a + b) / 2.0, (b - a) / 2.0);
        let mut sum = 0.0;
        for (x, w) in self.nodes.iter().zip(&self.weights) {
            sum += w * value_at(f, mid + half * x)?;
        }
        Ok(half * sum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_for_degree_2n_minus_1_and_not_2n() {
        for n in 1..=12 {
            let g = GaussLegendre::new(n).unwrap();
            // ∫₋₁² xᵏ dx = (2ᵏ⁺¹ − (−1)ᵏ⁺¹)/(k + 1)
            let exact = |k: i32| (2f64.powi(k + 1) - (-1f64).powi(k + 1)) / (k + 1) as f64;
            for k in 0..=(2 * n as i32 - 1) {
                let got = g.integrate(&|x| x.powi(k), -1.0, 2.0).unwrap();
                assert!(
                    (got - exact(k)).abs() <= 1e-12 * exact(k).abs().max(1.0),
                    "n = {n}, degree {k}: {got} vs {}",
                    exact(k)
                );
            }
            let k = 2 * n as i32;
            let got = g.integrate(&|x| x.powi(k), -1.0, 2.0).unwrap();
            // the error for x²ⁿ is far above rounding (3e-9 relative at n = 12)
            assert!((got - exact(k)).abs() > 1e-10 * exact(k), "n = {n}");
        }
    }

    #[test]
    fn weights_sum_to_two_and_nodes_are_roots() {
        for n in [1, 2, 3, 5, 20, 64, MAX_NODES] {
            let g = GaussLegendre::new(n).unwrap();
            let s: f64 = g.weights.iter().sum();
            assert!((s - 2.0).abs() < 1e-12, "n = {n}: {s}");
            assert!(g.nodes.windows(2).all(|w| w[0] < w[1]), "n = {n}");
            assert!(g.weights.iter().all(|&w| w > 0.0));
            for &x in &g.nodes {
                assert!(legendre(n, x).0.abs() < 1e-12, "n = {n}");
            }
        }
        // The 3-point rule: 0, ±√(3/5); weights 8/9, 5/9.
        let g = GaussLegendre::new(3).unwrap();
        assert!((g.nodes[2] - 0.6f64.sqrt()).abs() < 1e-15);
        assert!(g.nodes[1].abs() < 1e-15);
        assert!((g.weights[1] - 8.0 / 9.0).abs() < 1e-15);
        assert!((g.weights[0] - 5.0 / 9.0).abs() < 1e-15);
    }

    #[test]
    fn bad_input() {
        assert!(GaussLegendre::new(0).is_err());
        assert!(GaussLegendre::new(MAX_NODES + 1).is_err());
        let g = GaussLegendre::new(4).unwrap();
        assert!(g.integrate(&f64::exp, 0.0, f64::INFINITY).is_err());
        assert!(g.integrate(&|x| 1.0 / x, -1.0, 1.0).is_ok()); // no node at 0 for even n
        assert!(g.integrate(&|_| f64::NAN, 0.0, 1.0).is_err());
    }
}
