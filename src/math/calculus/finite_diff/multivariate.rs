//! Gradients, Jacobians and Hessians by central differences, one coordinate at a time.

/// The step for coordinate value `x`: `base`·max(1, |x|), so the step scales with the point
/// (a fixed h is too large near 0 and lost in rounding at 1e8).
fn step(base: f64, x: f64) -> f64 {
    base * x.abs().max(1.0)
}

/// The gradient ∇f(x) by central differences: ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ))/(2hᵢ) with
/// hᵢ = h·max(1, |xᵢ|). Costs 2n evaluations of f. `h` = 1e-5 (≈ ∛ε) is the usual choice.
pub fn gradient(f: &dyn Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Vec<f64> {
    let mut p = x.to_vec();
    (0..x.len())
        .map(|i| {
            let hi = step(h, x[i]);
            p[i] = x[i] + hi;
            let up = f(&p);
            p[i] = x[i] - hi;
            let down = f(&p);
            p[i] = x[i];
            (up - down) / (2.0 * hi)
        })
        .collect()
}

/// The Jacobian J(x) of f: ℝⁿ → ℝᵐ by central differences: row i is ∇fᵢ, so column j is
/// (f(x + hⱼeⱼ) − f(x − hⱼeⱼ))/(2hⱼ). Costs 2n evaluations of f.
pub fn jacobian(f: &dyn Fn(&[f64]) -> Vec<f64>, x: &[f64], h: f64) -> Vec<Vec<f64>> {
    let mut p = x.to_vec();
    let mut columns = Vec::with_capacity(x.len());
    for j in 0..x.len() {
        let hj = step(h, x[j]);
        p[j] = x[j] + hj;
        let up = f(&p);
        p[j] = x[j] - hj;
        let down = f(&p);
        p[j] = x[j];
        columns.push(
            up.iter()
                .zip(&down)
                .map(|(u, d)| (u - d) / (2.0 * hj))
                .collect::<Vec<f64>>(),
        );
    }
    let m = columns.first().map_or(0, Vec::len);
    (0..m)
        .map(|i| columns.iter().map(|c| c[i]).collect())
        .collect()
}

/// The Hessian H(x) by second differences: the diagonal by (f(x + hᵢ) − 2f(x) + f(x − hᵢ))/hᵢ²,
/// the mixed entries by (f(++) − f(+−) − f(−+) + f(−−))/(4hᵢhⱼ); symmetric by construction.
/// Rounding grows like ε/h², so `h` ≈ ε^(1/4) ≈ 1e-4 is the usual choice.
pub fn hessian(f: &dyn Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut p = x.to_vec();
    let f0 = f(x);
    let mut eval = |shifts: &[(usize, f64)]| {
        for &(i, s) in shifts {
            p[i] += s;
        }
        let v = f(&p);
        p.copy_from_slice(x);
        v
    };
    let mut hm = vec![vec![0.0; n]; n];
    for i in 0..n {
        let hi = step(h, x[i]);
        hm[i][i] = (eval(&[(i, hi)]) - 2.0 * f0 + eval(&[(i, -hi)])) / (hi * hi);
        for j in 0..i {
            let hj = step(h, x[j]);
            let v = (eval(&[(i, hi), (j, hj)])
                - eval(&[(i, hi), (j, -hj)])
                - eval(&[(i, -hi), (j, hj)])
                + eval(&[(i, -hi), (j, -hj)]))
                / (4.0 * hi * hj);
            hm[i][j] = v;
            hm[j][i] = v;
        }
    }
    hm
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rosenbrock's analytic gradient and Hessian are the reference.
    fn rosenbrock(p: &[f64]) -> f64 {
        (1.0 - p[0]).powi(2) + 100.0 * (p[1] - p[0] * p[0]).powi(2)
    }

    #[test]
    fn rosenbrock_gradient_and_hessian_match_the_formulas() {
        for &(x, y) in &[(-1.2, 1.0), (0.5, -0.3), (2.0, 3.0)] {
            let g = gradient(&rosenbrock, &[x, y], 1e-5);
            let gx = -2.0 * (1.0 - x) - 400.0 * x * (y - x * x);
            let gy = 200.0 * (y - x * x);
            assert!((g[0] - gx).abs() <= 1e-6 * gx.abs().max(1.0), "{g:?} {gx}");
            assert!((g[1] - gy).abs() <= 1e-6 * gy.abs().max(1.0), "{g:?} {gy}");
            let h = hessian(&rosenbrock, &[x, y], 1e-4);
            let want = [
                [2.0 - 400.0 * (y - 3.0 * x * x), -400.0 * x],
                [-400.0 * x, 200.0],
            ];
            for i in 0..2 {
                for j in 0..2 {
                    let w: f64 = want[i][j];
                    assert!((h[i][j] - w).abs() <= 1e-4 * w.abs().max(1.0), "{h:?}");
                }
            }
        }
    }

    #[test]
    fn jacobian_of_polar_to_cartesian() {
        let f = |p: &[f64]| vec![p[0] * p[1].cos(), p[0] * p[1].sin()];
        let (r, t) = (2.0, 0.7);
        let j = jacobian(&f, &[r, t], 1e-5);
        let want = [[t.cos(), -r * t.sin()], [t.sin(), r * t.cos()]];
        for i in 0..2 {
            for k in 0..2 {
                assert!((j[i][k] - want[i][k]).abs() < 1e-9, "{j:?}");
            }
        }
    }

    /// The step scales with the coordinate: at 1e150 the gradient keeps its relative accuracy;
    /// at 1e-150 the step is 1e-5 (the max(1, |x|) floor) and a linear function is still exact.
    #[test]
    fn gradients_at_extreme_scales() {
        let big = 1e150;
        let g = gradient(&|p: &[f64]| p[0] * p[0] + p[1] * p[1], &[big, -big], 1e-5);
        assert!((g[0] / (2.0 * big) - 1.0).abs() < 1e-8, "{g:?}");
        assert!((g[1] / (-2.0 * big) - 1.0).abs() < 1e-8, "{g:?}");
        let tiny = 1e-150;
        let g = gradient(&|p: &[f64]| 3.0 * p[0] - 2.0 * p[1], &[tiny, tiny], 1e-5);
        assert!(
            (g[0] - 3.0).abs() < 1e-9 && (g[1] + 2.0).abs() < 1e-9,
            "{g:?}"
        );
    }
}
