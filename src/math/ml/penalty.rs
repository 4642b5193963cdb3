//! L1 and L2 penalties on a weight vector, their gradients, and the soft-threshold that solves
//! the L1-penalised problem in one coordinate.
//!
//! CONVENTION (sklearn's): L2 is α‖w‖² = α Σ wⱼ² with gradient 2αw (`Ridge`'s objective); the
//! ½-convention (λ/2)‖w‖², "weight decay", has gradient λw. L1 is α‖w‖₁ = α Σ |wⱼ| with
//! subgradient α·sign(w), taking 0 at wⱼ = 0 (where any value in [−α, α] is a subgradient).
//! Writing the L1 gradient as L2's (2αw instead of α·sign(w)) is the classic mistake: L1 pushes
//! every nonzero weight by the same α, whatever its size, which is why it reaches exact zeros.
//! Neither penalty includes the intercept.

use super::loss::sign;

/// α‖w‖₁ = α Σ |wⱼ|.
pub fn l1(w: &[f64], alpha: f64) -> f64 {
    alpha * w.iter().map(|x| x.abs()).sum::<f64>()
}

/// The subgradient α·sign(wⱼ), 0 at wⱼ = 0.
pub fn l1_gradient(w: &[f64], alpha: f64) -> Vec<f64> {
    w.iter().map(|&x| alpha * sign(x)).collect()
}

/// α‖w‖² = α Σ wⱼ².
pub fn l2(w: &[f64], alpha: f64) -> f64 {
    alpha * w.iter().map(|x| x * x).sum::<f64>()
}

/// The gradient 2αw of α‖w‖².
pub fn l2_gradient(w: &[f64], alpha: f64) -> Vec<f64> {
    w.iter().map(|&x| 2.0 * alpha * x).collect()
}

/// The soft-threshold S(x, t) = sign(x)·max(|x| − t, 0) for t ≥ 0: the minimiser over w of
/// ½(w − x)² + t|w|. Values within t of 0 become exactly 0 (lasso's zeros).
pub fn soft_threshold(x: f64, t: f64) -> f64 {
    if x > t {
        x - t
    } else if x < -t {
        x + t
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn penalties_gradients_and_the_threshold() {
        let w = [1.5, -2.0, 0.0];
        assert_eq!(l1(&w, 0.5), 1.75);
        assert_eq!(l1_gradient(&w, 0.5), [0.5, -0.5, 0.0]);
        assert_eq!(l2(&w, 0.5), 0.5 * 6.25);
        assert_eq!(l2_gradient(&w, 0.5), [1.5, -2.0, 0.0]);
        // The gradients are the derivatives where they exist.
        for (i, &wi) in w.iter().enumerate().take(2) {
            let h = 1e-6;
            let mut up = w;
            let mut down = w;
            up[i] = wi + h;
            down[i] = wi - h;
            let d1 = (l1(&up, 0.5) - l1(&down, 0.5)) / (2.0 * h);
            let d2 = (l2(&up, 0.5) - l2(&down, 0.5)) / (2.0 * h);
            assert!((d1 - l1_gradient(&w, 0.5)[i]).abs() < 1e-8);
            assert!((d2 - l2_gradient(&w, 0.5)[i]).abs() < 1e-8);
        }
        assert_eq!(soft_threshold(3.0, 1.0), 2.0);
        assert_eq!(soft_threshold(-3.0, 1.0), -2.0);
        assert_eq!(soft_threshold(0.7, 1.0), 0.0);
        assert_eq!(soft_threshold(-1.0, 1.0), 0.0);
        // S(x, t) minimises ½(w − x)² + t|w|: no grid point does better.
        for x in [-2.5, -0.3, 0.0, 0.9, 4.0] {
            let f = |w: f64| 0.5 * (w - x) * (w - x) + 0.8 * w.abs();
            let best = f(soft_threshold(x, 0.8));
            assert!((-500..=500).all(|k| f(k as f64 / 100.0) >= best - 1e-12));
        }
    }
}
