//! Linear algebra: the product, det, solve, inverse, QR, symmetric eigen, SVD and power
//! iteration at n = 3, 8, 50, 200, each against nalgebra.
//!
//! Inputs (deterministic, built once per size): a well-conditioned real matrix (diagonally
//! dominant with pseudo-random off-diagonal entries in [−1, 1]), its symmetric part for the
//! eigenproblem, and for the exact path an integer matrix with determinant 1 (unit lower times
//! unit upper triangular, entries −1, 0, 1), so that rational elimination has something exact to
//! do. (Where the rationals overflow `i64`, `Scalar` continues in `f64`, as the calculator does.)

use super::super::registry::{Case, Role, Routine, Variant, Work, no_work};
use crate::math::dense::{Dense, lu::Lu, matmul};
use crate::math::linalg::{self, jacobi, power_iteration, qr, solve, svd};
use crate::math::{Matrix, Scalar};
use nalgebra::{DMatrix, DVector};
use std::hint::black_box;

const SIZES: &[usize] = &[3, 8, 50, 200];
const QUICK: &[usize] = &[8, 50];
/// Power-iteration steps per call.
const POWER_STEPS: usize = 100;

/// The real test matrix: diagonally dominant, so every routine here has a well-posed answer.
pub fn real_matrix(n: usize) -> DMatrix<f64> {
    DMatrix::from_fn(n, n, |i, j| {
        let x = (((i * 31 + j * 17) % 23) as f64 - 11.0) / 11.0;
        if i == j { x + n as f64 } else { x }
    })
}

/// The symmetric part of [`real_matrix`].
pub fn symmetric_matrix(n: usize) -> DMatrix<f64> {
    let a = real_matrix(n);
    (&a + a.transpose()) * 0.5
}

/// A unit lower-triangular times unit upper-triangular integer matrix: det 1, small entries.
pub fn integer_matrix(n: usize) -> Matrix {
    let l = Matrix::from_fn(n, n, |i, j| {
        Scalar::int(match i.cmp(&j) {
            std::cmp::Ordering::Equal => 1,
            std::cmp::Ordering::Greater => ((i + j) % 3) as i64 - 1,
            std::cmp::Ordering::Less => 0,
        })
    });
    let u = Matrix::from_fn(n, n, |i, j| {
        Scalar::int(match i.cmp(&j) {
            std::cmp::Ordering::Equal => 1,
            std::cmp::Ordering::Less => ((i * j) % 3) as i64 - 1,
            std::cmp::Ordering::Greater => 0,
        })
    });
    l.mul(&u).unwrap_or_else(|| Matrix::identity(n))
}

/// The right-hand side `(1, 2, …, n)`.
fn rhs(n: usize) -> Vec<f64> {
    (1..=n).map(|i| i as f64).collect()
}

fn size(n: Option<usize>) -> usize {
    n.unwrap_or(1)
}

fn cube(n: Option<usize>) -> f64 {
    (size(n) as f64).powi(3)
}

fn flops(f: f64) -> Work {
    Work {
        flops: Some(f),
        items: None,
    }
}

/// The exact path stays fast up to 50 (every size under `--full`, within its budget).
const EXACT_MAX: usize = 200;
const EXACT_DEFAULT_MAX: usize = 50;

fn exact(prepare: fn(Option<usize>) -> Case) -> Variant {
    Variant::new(
        "exact",
        Role::Textbook,
        "rational elimination, integer matrix",
        prepare,
    )
    .up_to(EXACT_MAX, EXACT_DEFAULT_MAX)
}

fn scratch(label: &'static str, prepare: fn(Option<usize>) -> Case) -> Variant {
    Variant::new("scratch", Role::Scratch, label, prepare)
}

fn nalgebra(label: &'static str, prepare: fn(Option<usize>) -> Case) -> Variant {
    Variant::new("nalgebra", Role::Reference, label, prepare)
}

fn routine(id: &'static str, work: fn(Option<usize>) -> Work, variants: Vec<Variant>) -> Routine {
    Routine {
        id,
        sizes: SIZES,
        default_sizes: SIZES,
        quick_sizes: QUICK,
        work,
        variants,
    }
}

/// [`real_matrix`] in the row-major buffer of the from-scratch kernels.
fn dense_matrix(n: usize) -> Dense {
    Dense::from_nalgebra(&real_matrix(n))
}

/// A stage of the from-scratch product (`math::dense::matmul`).
fn product_stage(
    id: &'static str,
    label: &'static str,
    prepare: fn(Option<usize>) -> Case,
) -> Variant {
    Variant::new(id, Role::Scratch, label, prepare)
}

/// The scratch label of det, solve and inverse.
const DENSE_LU: &str = "LU, partial pivoting, row-major buffer (math::dense::lu)";

pub fn routines() -> Vec<Routine> {
    vec![
        routine(
            "matmul",
            |n| flops(2.0 * cube(n)),
            vec![
                Variant::new(
                    "textbook",
                    Role::Textbook,
                    "Matrix::mul, exact rationals (integer matrix)",
                    |n| {
                        let (a, b) = (integer_matrix(size(n)), integer_matrix(size(n)));
                        Case::new(move || {
                            black_box(black_box(&a).mul(black_box(&b)));
                        })
                    },
                )
                .up_to(EXACT_MAX, EXACT_DEFAULT_MAX),
                product_stage("naive", "i-j-k triple loop (dense::matmul::naive)", |n| {
                    let (a, b) = (dense_matrix(size(n)), dense_matrix(size(n)));
                    Case::new(move || {
                        black_box(matmul::naive(black_box(&a), black_box(&b)));
                    })
                }),
                product_stage("ikj", "i-k-j loop order (dense::matmul::ikj)", |n| {
                    let (a, b) = (dense_matrix(size(n)), dense_matrix(size(n)));
                    Case::new(move || {
                        black_box(matmul::ikj(black_box(&a), black_box(&b)));
                    })
                }),
                product_stage(
                    "blocked",
                    "cache-blocked, register tile (dense::matmul::blocked)",
                    |n| {
                        let (a, b) = (dense_matrix(size(n)), dense_matrix(size(n)));
                        Case::new(move || {
                            black_box(matmul::blocked(black_box(&a), black_box(&b)));
                        })
                    },
                ),
                nalgebra("nalgebra DMatrix product", |n| {
                    let (a, b) = (real_matrix(size(n)), real_matrix(size(n)));
                    Case::new(move || {
                        black_box(black_box(&a) * black_box(&b));
                    })
                }),
            ],
        ),
        routine(
            "det",
            |n| flops(2.0 * cube(n) / 3.0),
            vec![
                exact(|n| {
                    let a = integer_matrix(size(n));
                    Case::new(move || {
                        black_box(linalg::determinant(black_box(&a)));
                    })
                }),
                scratch(DENSE_LU, |n| {
                    let a = dense_matrix(size(n));
                    Case::new(move || {
                        black_box(Lu::factor(black_box(&a)).map(|f| f.det()));
                    })
                }),
                nalgebra("nalgebra LU determinant", |n| {
                    let a = real_matrix(size(n));
                    Case::new(move || {
                        black_box(black_box(&a).clone().determinant());
                    })
                }),
            ],
        ),
        routine(
            "solve",
            |n| flops(2.0 * cube(n) / 3.0 + 2.0 * (size(n) as f64).powi(2)),
            vec![
                exact(|n| {
                    let a = integer_matrix(size(n));
                    let b: Vec<Scalar> = (1..=size(n) as i64).map(Scalar::int).collect();
                    Case::new(move || {
                        black_box(solve::solve(black_box(&a), black_box(&b)));
                    })
                }),
                scratch(DENSE_LU, |n| {
                    let (a, b) = (dense_matrix(size(n)), rhs(size(n)));
                    Case::new(move || {
                        black_box(Lu::factor(black_box(&a)).map(|f| f.solve(black_box(&b))));
                    })
                }),
                nalgebra("nalgebra LU solve", |n| {
                    let a = real_matrix(size(n));
                    let b = DVector::from_vec(rhs(size(n)));
                    Case::new(move || {
                        black_box(black_box(&a).clone().lu().solve(black_box(&b)));
                    })
                }),
            ],
        ),
        routine(
            "inverse",
            |n| flops(2.0 * cube(n)),
            vec![
                exact(|n| {
                    let a = integer_matrix(size(n));
                    Case::new(move || {
                        black_box(linalg::inverse(black_box(&a)));
                    })
                }),
                scratch(DENSE_LU, |n| {
                    let a = dense_matrix(size(n));
                    Case::new(move || {
                        black_box(Lu::factor(black_box(&a)).map(|f| f.inverse()));
                    })
                }),
                nalgebra("nalgebra LU try_inverse", |n| {
                    let a = real_matrix(size(n));
                    Case::new(move || {
                        black_box(black_box(&a).clone().try_inverse());
                    })
                }),
            ],
        ),
        routine(
            "qr",
            no_work,
            vec![
                scratch(
                    "modified Gram–Schmidt, reorthogonalised (linalg::qr)",
                    |n| {
                        let a = real_matrix(size(n));
                        Case::new(move || {
                            black_box(qr::qr(black_box(&a)));
                        })
                    },
                ),
                nalgebra("nalgebra Householder QR, Q and R formed", |n| {
                    let a = real_matrix(size(n));
                    Case::new(move || {
                        let f = black_box(&a).clone().qr();
                        black_box((f.q(), f.r()));
                    })
                }),
            ],
        ),
        routine(
            "eigen_sym",
            no_work,
            vec![
                Variant::new(
                    "jacobi",
                    Role::Scratch,
                    "cyclic Jacobi rotations (linalg::jacobi)",
                    |n| {
                        let s = symmetric_matrix(size(n));
                        Case::new(move || {
                            black_box(jacobi::symmetric_eigen(black_box(&s)));
                        })
                    },
                ),
                nalgebra("nalgebra SymmetricEigen", |n| {
                    let s = symmetric_matrix(size(n));
                    Case::new(move || {
                        black_box(black_box(&s).clone().symmetric_eigen());
                    })
                }),
            ],
        ),
        routine(
            "svd",
            no_work,
            vec![
                scratch("one-sided Jacobi (linalg::svd)", |n| {
                    let a = real_matrix(size(n));
                    Case::new(move || {
                        black_box(svd::svd(black_box(&a)));
                    })
                }),
                nalgebra("nalgebra SVD (Golub–Kahan), U and Vᵀ", |n| {
                    let a = real_matrix(size(n));
                    Case::new(move || {
                        black_box(black_box(&a).clone().svd(true, true));
                    })
                }),
            ],
        ),
        routine(
            "power_iteration",
            |n| flops(POWER_STEPS as f64 * 2.0 * (size(n) as f64).powi(2)),
            vec![
                scratch("100 steps (linalg::power_iteration)", |n| {
                    let s = symmetric_matrix(size(n));
                    let start = vec![1.0; size(n)];
                    Case::new(move || {
                        black_box(power_iteration::power_iteration(
                            black_box(&s),
                            black_box(&start),
                            POWER_STEPS,
                            0.0,
                        ));
                    })
                }),
                nalgebra("100 steps of the same loop on nalgebra's mat-vec", |n| {
                    let s = symmetric_matrix(size(n));
                    Case::new(move || {
                        let s = black_box(&s);
                        let mut x = DVector::from_element(s.nrows(), 1.0).normalize();
                        for _ in 0..POWER_STEPS {
                            x = (s * &x).normalize();
                        }
                        black_box(x.dot(&(s * &x)));
                    })
                }),
            ],
        ),
    ]
}
