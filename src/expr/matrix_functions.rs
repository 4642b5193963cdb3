//! The calculator's matrix functions beyond elimination: `solve`, `null`, `eig`, `eigvec`, `svd`,
//! `cond`, `cross` and `proj`.
//!
//! Conventions (what the calculator prints):
//! - `solve(A, b)`: the unique solution as a vector; otherwise an error that says "no solution"
//!   or "infinitely many solutions" and shows the general solution.
//! - `null(A)`: a set of basis vectors of `{x : Ax = 0}`, one per free variable of the RREF (that
//!   variable 1, the other free variables 0); `{}` when only `x = 0` solves `Ax = 0`.
//! - `eig(A)`: the eigenvalues with multiplicity, sorted by real part, largest first. Symmetric
//!   matrices use the Jacobi method ([`linalg::jacobi`]); others nalgebra's real Schur form
//!   (Francis QR). A complex pair `a ± bi` is listed `a + bi` then `a − bi`, before a real
//!   eigenvalue with the same real part. For an exact matrix whose eigenvalues are all rational
//!   the values are exact (each numerical eigenvalue is rounded to a candidate `p/d`, `d` the
//!   common denominator of the entries, and the candidates are accepted only if their power sums
//!   `Σλᵢᵏ` equal `tr(Aᵏ)` exactly for `k = 1 … n`, which by Newton's identities pins down the
//!   characteristic polynomial).
//! - `eigvec(A)`: a matrix whose columns are unit eigenvectors, in `eig`'s order, each signed by
//!   [`fix_sign`] (first largest-magnitude component positive). Symmetric matrices give Jacobi's
//!   orthonormal vectors; for others a repeated eigenvalue gets a basis of its eigenspace
//!   (exact: the RREF null-space basis of `A − λI`, normalised; real: the right singular vectors
//!   of `A − λI` for its smallest singular values). An error for complex or defective spectra.
//! - `svd(A)`: the singular values, largest first, as a vector of length `min(m, n)` (exact when
//!   the `σᵢ²` are rational squares, checked as for `eig` on `AᵀA`).
//! - `cond(A)`: `σ_max / σ_min`, the 2-norm condition number; an error when `A` is singular.
//! - `cross(u, v)`: the cross product of 3-vectors; `proj(u, v)`: `(u·v / v·v)·v`.

use super::budget;
use super::error::ExprError;
use super::functions::{charge_elimination, matrix_arg, real_error, square_arg};
use super::value::Value;
use crate::math::linalg::jacobi::{fix_sign, symmetric_eigen};
use crate::math::linalg::real::{self, RealError};
use crate::math::linalg::scaling::frobenius;
use crate::math::linalg::schur_eigenvalues;
use crate::math::linalg::solve::{Solution, null_space, solve as solve_system};
use crate::math::linalg::svd::svd as svd_jacobi;
use crate::math::linalg::vector_ops::{cross as cross3, project_onto_line, unit_vector};
use crate::math::{Matrix, Rational, Scalar};
use nalgebra::DMatrix;

type R<T> = Result<T, ExprError>;

/// The Francis QR iteration's cap per row of the matrix (it typically needs 2–4): a stalled
/// iteration gives up after this many, and its cost is what the work budget charges
/// ([`budget::cost::eigen`]).
const SCHUR_ITERATIONS_PER_ROW: usize = 30;

/// The largest matrix for which exact eigenvalues are tried (the power sums need `Aᵏ`, `k ≤ n`).
const EXACT_EIGEN_MAX_DIM: usize = 12;

fn vector_arg(name: &str, usage: &str, v: Value) -> R<Vec<Scalar>> {
    match v {
        Value::Vector(v) => Ok(v),
        Value::Matrix(m) if m.ncols() == 1 => Ok(m.col(0)),
        other => Err(ExprError::type_error(format!(
            "{name} expects vectors, as in {usage}, not {}",
            other.describe()
        ))),
    }
}

fn vector_text(v: &[Scalar]) -> String {
    Value::Vector(v.to_vec()).to_text()
}

/// `solve(A, b)`: the unique solution of `A·x = b`.
pub(super) fn solve(name: &str, a: Value, b: Value) -> R<Value> {
    let a = matrix_arg(name, a)?;
    let b = match b {
        Value::Scalar(s) => vec![s],
        other => vector_arg(name, "solve([1 2; 3 4], [5, 6])", other)?,
    };
    if a.nrows() != b.len() {
        return Err(ExprError::type_error(format!(
            "{name}(A, b) needs b to have one entry per row of A: A has {} rows, b has {} entries",
            a.nrows(),
            b.len()
        )));
    }
    charge_elimination(name, &a)?;
    let exact = a.is_exact() && b.iter().all(Scalar::is_exact);
    if exact
        && let Some(solution) = solve_system(&a, &b)
        && solution_is_exact(&solution)
    {
        return solution_value(solution);
    }
    // A real system, or an exact one whose rationals overflowed: the floating-point way.
    let (a, b) = (
        a.to_real(),
        b.iter()
            .map(|x| Scalar::Real(x.to_f64()))
            .collect::<Vec<_>>(),
    );
    if a.is_square() {
        // A nonsingular real system: LU with partial pivoting on the scaled matrix. A singular
        // one (by the same tolerance as rank and inv) goes on to elimination, which says
        // whether there is no solution or infinitely many.
        let rhs: Vec<f64> = b.iter().map(Scalar::to_f64).collect();
        match real::solve(&a.to_nalgebra(), &rhs) {
            Ok(x) => return Ok(Value::Vector(x.into_iter().map(Scalar::Real).collect())),
            Err(RealError::Singular { .. }) => {}
            Err(e) => return Err(real_error(name, e)),
        }
    }
    let Some(solution) = solve_system(&a, &b) else {
        return Err(ExprError::type_error("solve: shapes"));
    };
    solution_value(solution)
}

fn solution_is_exact(s: &Solution) -> bool {
    let exact = |v: &[Scalar]| v.iter().all(Scalar::is_exact);
    match s {
        Solution::Unique(x) => exact(x),
        Solution::Inconsistent => true,
        Solution::Infinite {
            particular,
            null_basis,
        } => exact(particular) && null_basis.iter().all(|v| exact(v)),
    }
}

/// The unique solution, or the error that describes the solution set.
fn solution_value(solution: Solution) -> R<Value> {
    match solution {
        Solution::Unique(x) => Ok(Value::Vector(x)),
        Solution::Inconsistent => Err(ExprError::undefined(
            "no solution: the system is inconsistent (eliminating [A | b] gives the row 0 = 1)",
        )),
        Solution::Infinite {
            particular,
            null_basis,
        } => {
            let terms: Vec<String> = null_basis
                .iter()
                .enumerate()
                .map(|(i, v)| format!(" + t{}·{}", i + 1, vector_text(v)))
                .collect();
            Err(ExprError::undefined(format!(
                "infinitely many solutions: x = {}{} for any numbers t (use null(A) for the \
                 null space)",
                vector_text(&particular),
                terms.concat()
            )))
        }
    }
}

/// `null(A)`: a basis of the null space, as a set of vectors.
pub(super) fn null(name: &str, a: Value) -> R<Value> {
    let a = matrix_arg(name, a)?;
    charge_elimination(name, &a)?;
    let mut basis = null_space(&a);
    if a.is_exact() && !basis.iter().flatten().all(Scalar::is_exact) {
        // Rationals that overflowed: eliminate again the real way (partial pivoting).
        basis = null_space(&a.to_real());
    }
    Ok(Value::Set(basis.into_iter().map(Value::Vector).collect()))
}

/// `cross(u, v)`.
pub(super) fn cross(name: &str, u: Value, v: Value) -> R<Value> {
    let usage = "cross([1, 0, 0], [0, 1, 0])";
    let (u, v) = (vector_arg(name, usage, u)?, vector_arg(name, usage, v)?);
    cross3(&u, &v).map(Value::Vector).ok_or_else(|| {
        ExprError::type_error(format!(
            "{name} needs two vectors of length 3, as in {usage}, not lengths {} and {}",
            u.len(),
            v.len()
        ))
    })
}

/// `proj(u, v)`: the projection of `u` onto the line through `v`.
pub(super) fn proj(name: &str, u: Value, v: Value) -> R<Value> {
    let usage = "proj([2, 1], [1, 1])";
    let (u, v) = (vector_arg(name, usage, u)?, vector_arg(name, usage, v)?);
    if u.len() != v.len() {
        return Err(ExprError::type_error(format!(
            "{name}(u, v) needs vectors of the same length, not {} and {}",
            u.len(),
            v.len()
        )));
    }
    project_onto_line(&u, &v).map(Value::Vector).ok_or_else(|| {
        ExprError::undefined(format!(
            "{name}(u, v) projects u onto the line through v, and v = 0 spans no line"
        ))
    })
}

/// One eigenvalue, or a complex-conjugate pair `re ± im·i` (`im > 0`).
#[derive(Clone, Copy, Debug)]
enum Eigen {
    Real(Scalar),
    Pair { re: f64, im: f64 },
}

impl Eigen {
    fn re(&self) -> f64 {
        match self {
            Eigen::Real(s) => s.to_f64(),
            Eigen::Pair { re, .. } => *re,
        }
    }
    fn im(&self) -> f64 {
        match self {
            Eigen::Real(_) => 0.0,
            Eigen::Pair { im, .. } => *im,
        }
    }
}

fn is_symmetric(m: &Matrix) -> bool {
    (0..m.nrows()).all(|i| (0..i).all(|j| m.get(i, j) == m.get(j, i)))
}

/// The eigenvalues of a square matrix as complex numbers `(re, im)`: finite, or an error.
fn numerical_eigenvalues(m: &Matrix) -> R<Vec<(f64, f64)>> {
    let a = m.to_nalgebra();
    let values = if is_symmetric(m)
        && let Some(e) = symmetric_eigen(&a)
        && e.converged
    {
        e.values.into_iter().map(|x| (x, 0.0)).collect()
    } else {
        schur_eigenvalues(&a, SCHUR_ITERATIONS_PER_ROW * a.nrows().max(1)).ok_or_else(|| {
            ExprError::undefined("the eigenvalue iteration did not converge for this matrix")
        })?
    };
    if values
        .iter()
        .all(|(re, im)| re.is_finite() && im.is_finite())
    {
        Ok(values)
    } else {
        Err(ExprError::too_big(
            "an eigenvalue of this matrix is outside the range of double-precision numbers",
        ))
    }
}

/// The common denominator of the entries of an exact matrix (`None` if it overflows).
fn common_denominator(m: &Matrix) -> Option<i64> {
    m.entries().iter().try_fold(1i64, |d, s| {
        let q = s.exact()?.denom();
        let g = gcd(d, q);
        (d / g).checked_mul(q)
    })
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

/// `Σ xᵢᵏ = tr(Aᵏ)` exactly for `k = 1 … n`: the multiset `xs` is then the spectrum of `A`.
fn is_exact_spectrum(m: &Matrix, xs: &[Rational]) -> bool {
    let mut power = m.clone();
    let mut xk: Vec<Scalar> = xs.iter().map(|&x| Scalar::Exact(x)).collect();
    for k in 1..=m.nrows() {
        if k > 1 {
            let Some(p) = power.mul(m) else { return false };
            power = p;
            xk = xk
                .iter()
                .zip(xs)
                .map(|(&a, &x)| a * Scalar::Exact(x))
                .collect();
        }
        let sum = xk.iter().fold(Scalar::ZERO, |acc, &x| acc + x);
        match (power.trace(), sum) {
            (Some(Scalar::Exact(t)), Scalar::Exact(s)) if t == s => {}
            _ => return false,
        }
    }
    true
}

/// The eigenvalues as exact rationals, if `m` is exact and they all are rational.
fn exact_eigenvalues(m: &Matrix, numeric: &[(f64, f64)]) -> Option<Vec<Rational>> {
    if !m.is_exact() || m.nrows() > EXACT_EIGEN_MAX_DIM {
        return None;
    }
    let d = common_denominator(m)?;
    let candidates = numeric
        .iter()
        .map(|&(re, im)| {
            let p = (re * d as f64).round();
            let close = (re - p / d as f64).hypot(im) <= 1e-4 * re.abs().max(1.0);
            if close && p.abs() < 1e15 {
                Rational::new(p as i64, d)
            } else {
                None
            }
        })
        .collect::<Option<Vec<_>>>()?;
    is_exact_spectrum(m, &candidates).then_some(candidates)
}

/// The spectrum of a square matrix, sorted by real part (largest first), pairs before a real
/// eigenvalue with the same real part.
fn spectrum(name: &str, m: &Matrix) -> R<Vec<Eigen>> {
    budget::charge(
        budget::cost::eigen(m.nrows(), m.is_exact(), EXACT_EIGEN_MAX_DIM),
        name,
    )?;
    let numeric = numerical_eigenvalues(m)?;
    let mut items: Vec<Eigen> = if let Some(exact) = exact_eigenvalues(m, &numeric) {
        exact
            .into_iter()
            .map(|q| Eigen::Real(Scalar::Exact(q)))
            .collect()
    } else {
        let scale = frobenius(&m.to_nalgebra()).max(f64::MIN_POSITIVE);
        let real_tol = 1e-13 * scale;
        let mut items = Vec::new();
        for &(re, im) in &numeric {
            if im.abs() <= real_tol {
                items.push(Eigen::Real(Scalar::Real(re)));
            } else if im > 0.0 {
                // The conjugate (re, −im) is in the list too; the pair is emitted from this one.
                items.push(Eigen::Pair { re, im });
            }
        }
        items
    };
    items.sort_by(|a, b| b.re().total_cmp(&a.re()).then(b.im().total_cmp(&a.im())));
    Ok(items)
}

/// `eig(A)`: the eigenvalues as a set (complex pairs as `Value::Complex`, `+` first).
pub(super) fn eig(name: &str, a: Value) -> R<Value> {
    let m = square_arg(name, a)?;
    let mut out = Vec::new();
    for e in spectrum(name, &m)? {
        match e {
            Eigen::Real(s) => out.push(Value::Scalar(s)),
            Eigen::Pair { re, im } => {
                out.push(Value::Complex { re, im });
                out.push(Value::Complex { re, im: -im });
            }
        }
    }
    Ok(Value::Set(out))
}

/// Unit columns signed by [`fix_sign`], as a matrix of reals.
fn signed_columns(n: usize, cols: &[Vec<f64>]) -> Matrix {
    let mut cols = cols.to_vec();
    cols.iter_mut().for_each(|c| {
        fix_sign(c);
    });
    Matrix::from_fn(n, cols.len(), |i, j| Scalar::Real(cols[j][i]))
}

/// `eigvec(A)`: unit eigenvectors as columns, in `eig`'s order.
pub(super) fn eigvec(name: &str, a: Value) -> R<Value> {
    let m = square_arg(name, a)?;
    let n = m.nrows();
    let values = spectrum(name, &m)?;
    if let Some(Eigen::Pair { re, im }) = values.iter().find(|e| matches!(e, Eigen::Pair { .. })) {
        return Err(ExprError::undefined(format!(
            "{name} needs a matrix with real eigenvalues, and this one has the complex pair {}",
            super::value::complex_text(*re, *im, crate::math::DISPLAY_DIGITS).replacen('+', "±", 1)
        )));
    }
    let lambdas: Vec<Scalar> = values
        .iter()
        .map(|e| match e {
            Eigen::Real(s) => *s,
            Eigen::Pair { re, .. } => Scalar::Real(*re),
        })
        .collect();
    if is_symmetric(&m)
        && let Some(e) = symmetric_eigen(&m.to_nalgebra())
    {
        let cols: Vec<Vec<f64>> = (0..n)
            .map(|j| e.vectors.column(j).iter().copied().collect())
            .collect();
        return Ok(Value::Matrix(signed_columns(n, &cols)));
    }
    let scale = frobenius(&m.to_nalgebra()).max(f64::MIN_POSITIVE);
    let mut cols: Vec<Vec<f64>> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        // A group of equal eigenvalues (exactly equal if exact, else within 1e-9·‖A‖). The
        // group holds at least the eigenvalue itself, so the loop always advances (the
        // eigenvalues are finite: `spectrum` refuses others).
        let lambda = lambdas[i];
        let k = 1 + lambdas[i + 1..]
            .iter()
            .take_while(|&&l| match (l, lambda) {
                (Scalar::Exact(p), Scalar::Exact(q)) => p == q,
                _ => (l.to_f64() - lambda.to_f64()).abs() <= 1e-9 * scale,
            })
            .count();
        let shifted = m
            .zip_with(&Matrix::identity(n).scale(lambda), |x, y| x - y)
            .ok_or_else(|| ExprError::type_error("shape"))?;
        charge_elimination(name, &shifted)?;
        let basis: Vec<Vec<f64>> = if lambda.is_exact() && shifted.is_exact() {
            null_space(&shifted)
                .iter()
                .filter_map(|v| unit_vector(v))
                .map(|v| v.iter().map(|x| x.to_f64()).collect())
                .collect()
        } else {
            numerical_null_space(&shifted.to_nalgebra(), k, 1e-8 * scale)
        };
        if basis.len() < k {
            return Err(ExprError::undefined(format!(
                "{name}: the eigenvalue {} is repeated {k} times but has only {} independent \
                 eigenvector{}, so A is not diagonalizable (defective)",
                Value::Scalar(lambda).to_text(),
                basis.len(),
                if basis.len() == 1 { "" } else { "s" }
            )));
        }
        cols.extend(basis.into_iter().take(k));
        i += k;
    }
    Ok(Value::Matrix(signed_columns(n, &cols)))
}

/// Up to `k` orthonormal vectors spanning the numerical null space of `b`: the right singular
/// vectors of its smallest singular values, those at most `tol`.
fn numerical_null_space(b: &DMatrix<f64>, k: usize, tol: f64) -> Vec<Vec<f64>> {
    let Some(s) = svd_jacobi(b) else {
        return Vec::new();
    };
    let n = s.values.len();
    (n.saturating_sub(k)..n)
        .filter(|&j| s.values[j] <= tol)
        .map(|j| s.v.column(j).iter().copied().collect())
        .collect()
}

/// The singular values of `m`, largest first, exact when the `σᵢ²` are rational squares.
fn singular_values(name: &str, m: &Matrix) -> R<(Vec<Scalar>, f64)> {
    budget::charge(budget::cost::svd(m.nrows(), m.ncols()), name)?;
    let s = svd_jacobi(&m.to_nalgebra())
        .ok_or_else(|| ExprError::undefined(format!("{name} needs finite entries")))?;
    if !s.values.iter().all(|x| x.is_finite()) {
        return Err(ExprError::too_big(format!(
            "the largest singular value is outside the range of double-precision numbers, so \
             {name} has no value here"
        )));
    }
    let threshold = s.zero_threshold();
    if m.is_exact() && m.nrows().min(m.ncols()) <= EXACT_EIGEN_MAX_DIM {
        // σᵢ² are the eigenvalues of the smaller Gram matrix (AᵀA or AAᵀ).
        budget::charge(budget::cost::gram(m.nrows(), m.ncols()), name)?;
        let gram = if m.nrows() >= m.ncols() {
            m.transpose().mul(m)
        } else {
            m.mul(&m.transpose())
        };
        let squares: Vec<(f64, f64)> = s.values.iter().map(|x| (x * x, 0.0)).collect();
        if let Some(g) = gram
            && let Some(exact) = exact_eigenvalues(&g, &squares)
        {
            let mut roots: Vec<Scalar> = exact
                .into_iter()
                .map(|q| Scalar::Exact(q).abs().sqrt())
                .collect();
            roots.sort_by(|a, b| b.to_f64().total_cmp(&a.to_f64()));
            return Ok((roots, threshold));
        }
    }
    Ok((s.values.into_iter().map(Scalar::Real).collect(), threshold))
}

/// `svd(A)`: the singular values as a vector.
pub(super) fn svd(name: &str, a: Value) -> R<Value> {
    let m = matrix_arg(name, a)?;
    Ok(Value::Vector(singular_values(name, &m)?.0))
}

/// `cond(A)`: `σ_max / σ_min`.
pub(super) fn cond(name: &str, a: Value) -> R<Value> {
    let m = matrix_arg(name, a)?;
    let (values, threshold) = singular_values(name, &m)?;
    let (Some(&big), Some(&small)) = (values.first(), values.last()) else {
        return Err(ExprError::type_error(format!(
            "{name} needs a nonempty matrix"
        )));
    };
    if small.to_f64() <= threshold {
        return Err(ExprError::undefined(format!(
            "the matrix is singular (its smallest singular value is {}), so its condition \
             number is infinite",
            if small.is_zero() {
                "0".to_string()
            } else {
                format!("{:.1e}, zero to working precision", small.to_f64())
            }
        )));
    }
    big.checked_div(small).map(Value::Scalar).ok_or_else(|| {
        ExprError::undefined("the matrix is singular, so its condition number is infinite")
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse_value;
    use super::*;

    fn v(s: &str) -> Value {
        parse_value(s).unwrap_or_else(|e| panic!("{s}: {}", e.render(s)))
    }
    fn err(s: &str) -> String {
        parse_value(s).expect_err(s).message().to_string()
    }
    fn text(s: &str) -> String {
        v(s).to_text()
    }
    fn matrix_text(m: &DMatrix<f64>) -> String {
        let rows: Vec<String> = m
            .row_iter()
            .map(|r| {
                let cells: Vec<String> = r.iter().map(|x| format!("{x:?}")).collect();
                format!("[{}]", cells.join(", "))
            })
            .collect();
        format!("[{}]", rows.join(", "))
    }
    /// A deterministic pseudo-random matrix with entries in (−5, 5), 3 decimals.
    fn matrix(seed: u64, r: usize, c: usize) -> DMatrix<f64> {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        DMatrix::from_fn(r, c, |_, _| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) % 10_000) as f64 / 1000.0 - 5.0
        })
    }
    fn set_of(value: &Value) -> Vec<(f64, f64)> {
        let Value::Set(items) = value else {
            panic!("{value:?} is not a set")
        };
        items
            .iter()
            .map(|i| match i {
                Value::Scalar(s) => (s.to_f64(), 0.0),
                Value::Complex { re, im } => (*re, *im),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn exact_results_for_exact_inputs() {
        assert_eq!(text("eig([2 1; 1 2])"), "{3, 1}");
        assert_eq!(text("eig([4 1; 2 3])"), "{5, 2}");
        assert_eq!(text("eig([1.5 2; 3 4])"), "{11/2, 0}");
        assert_eq!(text("eig([1/2 0; 0 1/3])"), "{1/2, 1/3}");
        assert_eq!(text("eig([1 1; 0 1])"), "{1, 1}", "defective, still exact");
        assert_eq!(
            text("eig([2 1 0; 0 2 1; 0 0 2])"),
            "{2, 2, 2}",
            "a 3×3 Jordan block"
        );
        assert_eq!(text("eig([-28 -80 20; 8 24 -8; 16 40 0])"), "{4, 0, -8}");
        assert_eq!(text("svd([3 0; 0 -4])"), "[4, 3]");
        assert_eq!(text("svd([[3, 4]])"), "[5]");
        assert_eq!(text("cond([2 0; 0 1/2])"), "4");
        assert_eq!(text("solve([1 2; 3 4], [5, 6])"), "[-4, 9/2]");
        assert_eq!(text("null([1 2 3; 2 4 6])"), "{[-2, 1, 0], [-3, 0, 1]}");
        assert_eq!(text("null([1 2; 3 4])"), "{}");
        assert_eq!(text("cross([1, 0, 0], [0, 1, 0])"), "[0, 0, 1]");
        assert_eq!(text("proj([2, 1], [1, 1])"), "[3/2, 3/2]");
        assert_eq!(
            text("eigvec([2 0 0; 0 2 0; 0 0 3])"),
            "[[0, 1, 0], [0, 0, 1], [1, 0, 0]]"
        );
        // The sign convention: the first largest component positive.
        assert_eq!(text("eigvec([3 0; 0 -5])"), "[[1, 0], [0, 1]]");
    }

    #[test]
    fn eigenvalue_order_and_complex_pairs() {
        let e = set_of(&v("eig([0 -1; 1 0])"));
        assert_eq!(e, [(0.0, 1.0), (0.0, -1.0)]);
        // 1 ± 2i and 1: the pair first (same real part), + before −.
        let e = set_of(&v("eig([1 2 0; -2 1 0; 0 0 1])"));
        assert_eq!(e.len(), 3);
        assert!((e[0].0 - 1.0).abs() < 1e-14 && (e[0].1 - 2.0).abs() < 1e-14);
        assert!(e[1].0 == e[0].0 && e[1].1 == -e[0].1);
        assert!((e[2].0 - 1.0).abs() < 1e-14 && e[2].1 == 0.0);
        // Random matrices against nalgebra's eigenvalues: sorted, pairs adjacent and conjugate.
        for seed in 0..60 {
            let n = 2 + seed as usize % 7;
            let a = matrix(seed, n, n);
            let got = set_of(&v(&format!("eig({})", matrix_text(&a))));
            assert_eq!(got.len(), n);
            assert!(
                got.windows(2).all(|w| w[0].0 >= w[1].0),
                "seed {seed}: sorted"
            );
            let mut i = 0;
            while i < n {
                if got[i].1 != 0.0 {
                    assert!(got[i].1 > 0.0 && got[i + 1] == (got[i].0, -got[i].1));
                    i += 2;
                } else {
                    i += 1;
                }
            }
            let want = a.complex_eigenvalues();
            for z in want.iter() {
                let near = got
                    .iter()
                    .any(|g| (g.0 - z.re).hypot(g.1 - z.im) <= 1e-9 * a.norm());
                assert!(near, "seed {seed}: {z} missing from {got:?}");
            }
            // Symmetric: Jacobi, against nalgebra's symmetric eigenvalues.
            let s = &a + a.transpose();
            let got = set_of(&v(&format!("eig({})", matrix_text(&s))));
            let mut want: Vec<f64> = s.symmetric_eigenvalues().iter().copied().collect();
            want.sort_by(|x, y| y.total_cmp(x));
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g.0 - w).abs() <= 1e-12 * s.norm() && g.1 == 0.0,
                    "seed {seed}"
                );
            }
        }
    }

    #[test]
    fn regular_matrices_do_not_stall_the_qr_iteration() {
        // Cyclic permutations: eigenvalues are the n-th roots of unity.
        for n in 3..8 {
            let p = DMatrix::from_fn(n, n, |i, j| if (j + 1) % n == i { 1.0 } else { 0.0 });
            let got = set_of(&v(&format!("eig({})", matrix_text(&p))));
            assert_eq!(got.len(), n);
            assert!(
                got.iter()
                    .all(|(re, im)| (re.hypot(*im) - 1.0).abs() < 1e-12)
            );
            assert!((got[0].0 - 1.0).abs() < 1e-12, "the largest real part is 1");
        }
        // Day's example, on which Francis QR without exceptional shifts stalls (nalgebra's own
        // `complex_eigenvalues` never returns on it): H + ηE has (λ² − 1)⁴ = η⁴, so
        // λ = ±√(1 ± η) and ±√(1 ± iη).
        let eta = 1e-3;
        let mut h = DMatrix::<f64>::zeros(8, 8);
        for i in (0..8).step_by(2) {
            h[(i, i + 1)] = 1.0;
            h[(i + 1, i)] = 1.0;
        }
        for i in 1..4 {
            h[(2 * i, 2 * i - 1)] = eta;
        }
        h[(0, 7)] = eta;
        let got = set_of(&v(&format!("eig({})", matrix_text(&h))));
        let root = nalgebra::Complex::new(1.0, eta).sqrt();
        let (a, b) = ((1.0 + eta).sqrt(), (1.0 - eta).sqrt());
        let want = [
            (a, 0.0),
            (root.re, root.im),
            (root.re, -root.im),
            (b, 0.0),
            (-b, 0.0),
            (-root.re, root.im),
            (-root.re, -root.im),
            (-a, 0.0),
        ];
        assert_eq!(got.len(), 8);
        for (g, w) in got.iter().zip(want) {
            assert!((g.0 - w.0).hypot(g.1 - w.1) < 1e-12, "{got:?}");
        }
    }

    #[test]
    fn eigenvectors_satisfy_the_definition() {
        let cases = [
            "[4 1; 2 3]",
            "[2 1; 1 2]",
            "[-28 -80 20; 8 24 -8; 16 40 0]",
            "[1 2 3; 0 4 5; 0 0 6]",
            "[0.5 0.25; 0.1 0.9]",
            "[2 0 0 1; 0 2 0 0; 0 0 3 0; 0 0 0 5]",
            "[-17 -36 -12 -24; 6 13 4 8; 0 0 1 0; 2 4 2 5]",
        ];
        for c in cases {
            let a = match v(c) {
                Value::Matrix(m) => m.to_nalgebra(),
                _ => unreachable!(),
            };
            let lambdas = set_of(&v(&format!("eig({c})")));
            let Value::Matrix(vecs) = v(&format!("eigvec({c})")) else {
                panic!("{c}")
            };
            let vecs = vecs.to_nalgebra();
            for (j, (l, _)) in lambdas.iter().enumerate() {
                let col = vecs.column(j);
                assert!((col.norm() - 1.0).abs() < 1e-14, "{c}");
                assert!(
                    (&a * col - col * *l).norm() < 1e-12 * a.norm(),
                    "{c}: column {j}"
                );
                let mut signed: Vec<f64> = col.iter().copied().collect();
                assert!(!fix_sign(&mut signed), "{c}: sign convention");
            }
            assert_eq!(vecs.rank(1e-9), a.nrows(), "{c}");
        }
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert!(err("solve([1 2; 2 4], [1, 3])").starts_with("no solution"));
        let e = err("solve([1 2; 2 4], [1, 2])");
        assert!(
            e.starts_with("infinitely many solutions: x = [1, 0] + t1·[-2, 1]"),
            "{e}"
        );
        assert!(err("solve([1 2; 3 4], [1, 2, 3])").contains("one entry per row"));
        assert!(err("solve([1 2; 3 4])").contains("2 arguments"));
        assert!(err("eigvec([0 -1; 1 0])").contains("complex pair 0 ± 1i"));
        assert!(err("eigvec([1 1; 0 1])").contains("defective"));
        assert!(err("eigvec([2 1 0; 0 2 0; 0 0 3])").contains("defective"));
        assert!(err("eig([1 2 3; 4 5 6])").contains("square"));
        assert!(err("eig(3)").contains("expects a matrix"));
        assert!(err("cond([1 2; 2 4])").contains("singular"));
        assert!(err("cond([0 0; 0 0])").contains("singular"));
        assert!(err("cross([1, 2], [3, 4])").contains("length 3"));
        assert!(err("proj([1, 2], [0, 0])").contains("no line"));
        assert!(err("proj([1, 2], [1, 2, 3])").contains("same length"));
        assert!(err("null(yes)").contains("expects a matrix"));
        let tall = format!("svd([{}])", vec!["1 2"; 51].join("; "));
        assert!(err(&tall).contains("at most 50"));
    }

    #[test]
    fn edge_cases_do_not_panic() {
        for e in [
            "eig([[0]])",
            "eig([0 0; 0 0])",
            "eigvec([0 0; 0 0])",
            "eigvec([[7]])",
            "svd([0 0 0; 0 0 0])",
            "null([0 0; 0 0])",
            "solve([0 0; 0 0], [0, 0])",
            "svd([1e300 1e300; 1e-300 0])",
            "eig([1e300 1; 1 1e-300])",
            "eig(identity(50))",
            "svd(identity(50))",
            "eigvec(diag([1, 1, 1, 2]))",
        ] {
            let _ = parse_value(e);
        }
        assert_eq!(text("eig([0 0; 0 0])"), "{0, 0}");
        assert_eq!(text("null([0 0; 0 0])"), "{[1, 0], [0, 1]}");
        assert_eq!(text("svd([0 0 0; 0 0 0])"), "[0, 0]");
    }
}
