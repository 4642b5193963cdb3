//! Test functions with known minima: a quadratic ½xᵀAx − bᵀx (A symmetric positive definite),
//! Rosenbrock's valley, Himmelblau's four minima, and the mean squared error of a line on data
//! (a [`SumProblem`], for mini-batch SGD).

use super::{OptimError, Problem, SumProblem};
use nalgebra::{DMatrix, DVector};

/// f(x) = ½xᵀAx − bᵀx with A symmetric positive definite: ∇f = Ax − b, Hessian A, the unique
/// minimum x* = A⁻¹b. Gradient descent with rate lr shrinks the error along the eigenvector of
/// eigenvalue λ by |1 − lr·λ| per step.
#[derive(Debug, Clone)]
pub struct Quadratic {
    a: DMatrix<f64>,
    b: DVector<f64>,
}

impl Quadratic {
    /// Errors when A is not square, not symmetric (to 1e-12 relative), not positive definite,
    /// or b has another length.
    pub fn new(a: DMatrix<f64>, b: DVector<f64>) -> Result<Quadratic, OptimError> {
        let n = a.nrows();
        if a.ncols() != n || b.len() != n || n == 0 {
            return Err(OptimError::Problem("A must be square and b of its size"));
        }
        let scale = a.amax().max(f64::MIN_POSITIVE);
        if (&a - a.transpose()).amax() > 1e-12 * scale || !a.iter().all(|v| v.is_finite()) {
            return Err(OptimError::Problem(
                "A must be symmetric with finite entries",
            ));
        }
        if a.clone().cholesky().is_none() {
            return Err(OptimError::Problem("A must be positive definite"));
        }
        Ok(Quadratic { a, b })
    }

    /// The minimum A⁻¹b (by Cholesky).
    pub fn minimum(&self) -> Vec<f64> {
        let c = self
            .a
            .clone()
            .cholesky()
            .expect("checked positive definite");
        c.solve(&self.b).iter().copied().collect()
    }

    pub fn matrix(&self) -> &DMatrix<f64> {
        &self.a
    }
}

impl Problem for Quadratic {
    fn dim(&self) -> usize {
        self.b.len()
    }

    fn cost(&self, x: &[f64]) -> f64 {
        let x = DVector::from_column_slice(x);
        0.5 * x.dot(&(&self.a * &x)) - self.b.dot(&x)
    }

    fn gradient(&self, x: &[f64], g: &mut [f64]) {
        let x = DVector::from_column_slice(x);
        let ax = &self.a * x - &self.b;
        g.copy_from_slice(ax.as_slice());
    }
}

/// Rosenbrock's function f(x, y) = (a − x)² + b(y − x²)², minimum 0 at (a, a²), at the end of
/// a long curved valley; the classic (a, b) = (1, 100) with the start (−1.2, 1).
/// ∇f = (−2(a − x) − 4bx(y − x²), 2b(y − x²)).
#[derive(Debug, Clone, Copy)]
pub struct Rosenbrock {
    pub a: f64,
    pub b: f64,
}

impl Rosenbrock {
    /// (a, b) = (1, 100).
    pub fn classic() -> Rosenbrock {
        Rosenbrock { a: 1.0, b: 100.0 }
    }

    pub fn minimum(&self) -> [f64; 2] {
        [self.a, self.a * self.a]
    }
}

impl Problem for Rosenbrock {
    fn dim(&self) -> usize {
        2
    }

    fn cost(&self, x: &[f64]) -> f64 {
        (self.a - x[0]).powi(2) + self.b * (x[1] - x[0] * x[0]).powi(2)
    }

    fn gradient(&self, x: &[f64], g: &mut [f64]) {
        let r = x[1] - x[0] * x[0];
        g[0] = -2.0 * (self.a - x[0]) - 4.0 * self.b * x[0] * r;
        g[1] = 2.0 * self.b * r;
    }
}

/// Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)², four minima of value 0
/// ([`Himmelblau::MINIMA`]). ∇f = (4x(x² + y − 11) + 2(x + y² − 7),
/// 2(x² + y − 11) + 4y(x + y² − 7)).
#[derive(Debug, Clone, Copy)]
pub struct Himmelblau;

impl Himmelblau {
    /// The four minima: (3, 2) exactly, the others to 6 decimals.
    pub const MINIMA: [[f64; 2]; 4] = [
        [3.0, 2.0],
        [-2.805118, 3.131312],
        [-3.779310, -3.283186],
        [3.584428, -1.848126],
    ];
}

impl Problem for Himmelblau {
    fn dim(&self) -> usize {
        2
    }

    fn cost(&self, x: &[f64]) -> f64 {
        (x[0] * x[0] + x[1] - 11.0).powi(2) + (x[0] + x[1] * x[1] - 7.0).powi(2)
    }

    fn gradient(&self, x: &[f64], g: &mut [f64]) {
        let (p, q) = (x[0] * x[0] + x[1] - 11.0, x[0] + x[1] * x[1] - 7.0);
        g[0] = 4.0 * x[0] * p + 2.0 * q;
        g[1] = 2.0 * p + 4.0 * x[1] * q;
    }
}

/// The mean squared error of the line y = w·x + c on data (xᵢ, yᵢ), parameters (w, c):
/// f = (1/n) Σ (w·xᵢ + c − yᵢ)² (the mean, without a ½), each example's gradient
/// ∇fᵢ = (2rᵢxᵢ, 2rᵢ) with the residual rᵢ = w·xᵢ + c − yᵢ.
#[derive(Debug, Clone)]
pub struct LineMse {
    xs: Vec<f64>,
    ys: Vec<f64>,
}

impl LineMse {
    /// Errors on no data, unequal lengths or non-finite values.
    pub fn new(xs: Vec<f64>, ys: Vec<f64>) -> Result<LineMse, OptimError> {
        if xs.is_empty() || xs.len() != ys.len() {
            return Err(OptimError::Problem(
                "give as many x as y values, at least one",
            ));
        }
        if !xs.iter().chain(&ys).all(|v| v.is_finite()) {
            return Err(OptimError::Problem("the data must be finite"));
        }
        Ok(LineMse { xs, ys })
    }

    fn residual(&self, p: &[f64], i: usize) -> f64 {
        p[0] * self.xs[i] + p[1] - self.ys[i]
    }
}

impl Problem for LineMse {
    fn dim(&self) -> usize {
        2
    }

    fn cost(&self, p: &[f64]) -> f64 {
        let n = self.xs.len() as f64;
        (0..self.xs.len())
            .map(|i| self.residual(p, i).powi(2))
            .sum::<f64>()
            / n
    }

    fn gradient(&self, p: &[f64], g: &mut [f64]) {
        let n = self.xs.len() as f64;
        g.fill(0.0);
        for i in 0..self.xs.len() {
            let r = self.residual(p, i);
            g[0] += 2.0 * r * self.xs[i] / n;
            g[1] += 2.0 * r / n;
        }
    }
}

impl SumProblem for LineMse {
    fn examples(&self) -> usize {
        self.xs.len()
    }

    fn example_gradient(&self, p: &[f64], i: usize, g: &mut [f64]) {
        let r = self.residual(p, i);
        g[0] = 2.0 * r * self.xs[i];
        g[1] = 2.0 * r;
    }
}
