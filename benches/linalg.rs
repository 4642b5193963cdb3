//! From-scratch routines against nalgebra at n = 3, 8, 50, 200: `cargo bench --bench linalg`.
//!
//! The group `dense` compares the `f64` kernels on the row-major buffer (the three stages of the
//! matrix product and the LU's det, solve and inverse) with nalgebra at n = 8, 50, 200:
//! `cargo bench --bench linalg -- dense`.
//!
//! Exact-rational elimination is measured on small integer matrices (where it stays exact) and
//! the real-valued routines on a well-conditioned real matrix. nalgebra's counterparts are its LU
//! (determinant, inverse, solve), rank via SVD, QR (Householder), symmetric eigen (QR
//! iterations), SVD (Golub–Kahan); power iteration is compared with a hand-written loop on
//! nalgebra's matrix-vector product.

/// The allocator the `mathdrill` binary uses, so that the timings are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use mathdrill::math::dense::{Dense, lu::Lu, matmul};
use mathdrill::math::linalg::{self, jacobi, power_iteration, qr, solve, svd};
use mathdrill::math::{Matrix, Scalar};
use nalgebra::{DMatrix, DVector};
use std::hint::black_box;

const SIZES: [usize; 4] = [3, 8, 50, 200];
const DENSE_SIZES: [usize; 3] = [8, 50, 200];

/// A well-conditioned real matrix: diagonally dominant with pseudo-random off-diagonal entries.
fn real_matrix(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        let x = (((i * 31 + j * 17) % 23) as f64 - 11.0) / 11.0;
        Scalar::Real(if i == j { x + n as f64 } else { x })
    })
}

/// The symmetric part of [`real_matrix`], for the symmetric eigenproblem.
fn symmetric(n: usize) -> DMatrix<f64> {
    let a = real_matrix(n).to_nalgebra();
    (&a + a.transpose()) * 0.5
}

/// A unit lower-triangular times unit upper-triangular integer matrix (det 1, small entries).
fn integer_matrix(n: usize) -> Matrix {
    let l = Matrix::from_fn(n, n, |i, j| {
        Scalar::int(if i == j {
            1
        } else if i > j {
            ((i + j) % 3) as i64 - 1
        } else {
            0
        })
    });
    let u = Matrix::from_fn(n, n, |i, j| {
        Scalar::int(if i == j {
            1
        } else if i < j {
            ((i * j) % 3) as i64 - 1
        } else {
            0
        })
    });
    l.mul(&u).expect("square")
}

fn elimination(c: &mut Criterion) {
    let mut g = c.benchmark_group("elimination");
    g.sample_size(10);
    for n in SIZES {
        let a = real_matrix(n);
        let na = a.to_nalgebra();
        let b: Vec<Scalar> = (0..n).map(|i| Scalar::Real(i as f64 + 1.0)).collect();
        let nb = DVector::from_fn(n, |i, _| i as f64 + 1.0);
        g.bench_with_input(BenchmarkId::new("determinant/mathdrill", n), &a, |bn, a| {
            bn.iter(|| linalg::determinant(black_box(a)))
        });
        g.bench_with_input(
            BenchmarkId::new("determinant/nalgebra", n),
            &na,
            |bn, na| bn.iter(|| black_box(na).clone().determinant()),
        );
        g.bench_with_input(BenchmarkId::new("inverse/mathdrill", n), &a, |bn, a| {
            bn.iter(|| linalg::inverse(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("inverse/nalgebra", n), &na, |bn, na| {
            bn.iter(|| black_box(na).clone().try_inverse())
        });
        g.bench_with_input(BenchmarkId::new("solve/mathdrill", n), &a, |bn, a| {
            bn.iter(|| solve::solve(black_box(a), &b))
        });
        g.bench_with_input(BenchmarkId::new("solve/nalgebra", n), &na, |bn, na| {
            bn.iter(|| black_box(na).clone().lu().solve(&nb))
        });
        g.bench_with_input(BenchmarkId::new("rank/mathdrill", n), &a, |bn, a| {
            bn.iter(|| linalg::rank(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("rank/nalgebra", n), &na, |bn, na| {
            bn.iter(|| black_box(na).rank(1e-10))
        });
        if n <= 8 {
            let e = integer_matrix(n);
            g.bench_with_input(
                BenchmarkId::new("determinant/mathdrill-exact", n),
                &e,
                |bn, e| bn.iter(|| linalg::determinant(black_box(e))),
            );
            g.bench_with_input(
                BenchmarkId::new("inverse/mathdrill-exact", n),
                &e,
                |bn, e| bn.iter(|| linalg::inverse(black_box(e))),
            );
        }
    }
    g.finish();
}

fn decompositions(c: &mut Criterion) {
    let mut g = c.benchmark_group("decompositions");
    g.sample_size(10);
    for n in SIZES {
        let a = real_matrix(n).to_nalgebra();
        let s = symmetric(n);
        g.bench_with_input(BenchmarkId::new("qr/mathdrill", n), &a, |bn, a| {
            bn.iter(|| qr::qr(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("qr/nalgebra", n), &a, |bn, a| {
            bn.iter(|| black_box(a).clone().qr())
        });
        g.bench_with_input(
            BenchmarkId::new("symmetric_eigen/mathdrill-jacobi", n),
            &s,
            |bn, s| bn.iter(|| jacobi::symmetric_eigen(black_box(s))),
        );
        g.bench_with_input(
            BenchmarkId::new("symmetric_eigen/nalgebra", n),
            &s,
            |bn, s| bn.iter(|| black_box(s).clone().symmetric_eigen()),
        );
        g.bench_with_input(
            BenchmarkId::new("svd/mathdrill-one-sided-jacobi", n),
            &a,
            |bn, a| bn.iter(|| svd::svd(black_box(a))),
        );
        g.bench_with_input(BenchmarkId::new("svd/nalgebra", n), &a, |bn, a| {
            bn.iter(|| black_box(a).clone().svd(true, true))
        });
        let start = vec![1.0; n];
        g.bench_with_input(
            BenchmarkId::new("power_iteration_100/mathdrill", n),
            &s,
            |bn, s| bn.iter(|| power_iteration::power_iteration(black_box(s), &start, 100, 0.0)),
        );
        g.bench_with_input(
            BenchmarkId::new("power_iteration_100/nalgebra-matvec", n),
            &s,
            |bn, s| {
                bn.iter(|| {
                    let mut x = DVector::from_element(n, 1.0).normalize();
                    for _ in 0..100 {
                        x = (black_box(s) * &x).normalize();
                    }
                    x.dot(&(s * &x))
                })
            },
        );
    }
    g.finish();
}

/// One stage of the `f64` matrix product.
type Stage = fn(&Dense, &Dense) -> Option<Dense>;

/// The row-major `f64` kernels against nalgebra: each stage of the product (and the `Scalar`
/// product of the teaching type, up to n = 50), then LU det, solve and inverse.
fn dense(c: &mut Criterion) {
    let mut g = c.benchmark_group("dense");
    for n in DENSE_SIZES {
        let a = real_matrix(n);
        let b = real_matrix(n).transpose();
        let (da, db) = (a.to_dense(), b.to_dense());
        let (na, nb) = (a.to_nalgebra(), b.to_nalgebra());
        let stages: [(&str, Stage); 3] = [
            ("naive", matmul::naive),
            ("ikj", matmul::ikj),
            ("blocked", matmul::blocked),
        ];
        for (name, f) in stages {
            g.bench_function(BenchmarkId::new(format!("matmul/{name}"), n), |bn| {
                bn.iter(|| f(black_box(&da), black_box(&db)))
            });
        }
        g.bench_function(BenchmarkId::new("matmul/nalgebra", n), |bn| {
            bn.iter(|| black_box(&na) * black_box(&nb))
        });
        if n <= 50 {
            // The teaching type holds Scalars; with real entries it now takes the blocked
            // kernel, so this measures the conversion around it.
            g.bench_function(BenchmarkId::new("matmul/Matrix", n), |bn| {
                bn.iter(|| black_box(&a).mul(black_box(&b)))
            });
        }
        let rhs: Vec<f64> = (0..n).map(|i| i as f64 + 1.0).collect();
        let nrhs = DVector::from_column_slice(&rhs);
        g.bench_function(BenchmarkId::new("lu-det/scratch", n), |bn| {
            bn.iter(|| Lu::factor(black_box(&da)).map(|f| f.det()))
        });
        g.bench_function(BenchmarkId::new("lu-det/nalgebra", n), |bn| {
            bn.iter(|| black_box(&na).clone().lu().determinant())
        });
        g.bench_function(BenchmarkId::new("lu-solve/scratch", n), |bn| {
            bn.iter(|| Lu::factor(black_box(&da)).map(|f| f.solve(&rhs)))
        });
        g.bench_function(BenchmarkId::new("lu-solve/nalgebra", n), |bn| {
            bn.iter(|| black_box(&na).clone().lu().solve(&nrhs))
        });
        g.bench_function(BenchmarkId::new("lu-inverse/scratch", n), |bn| {
            bn.iter(|| Lu::factor(black_box(&da)).map(|f| f.inverse()))
        });
        g.bench_function(BenchmarkId::new("lu-inverse/nalgebra", n), |bn| {
            bn.iter(|| black_box(&na).clone().try_inverse())
        });
    }
    g.finish();
}

criterion_group!(benches, dense, elimination, decompositions);
criterion_main!(benches);
