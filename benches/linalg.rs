//! From-scratch routines against nalgebra at n = 3, 8, 50: `cargo bench --bench linalg`.
//! Exact-rational elimination is measured on integer matrices (where it stays exact for small n)
//! and on real matrices, where it runs on f64 with partial pivoting like nalgebra's LU.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use mathdrill::math::{Matrix, Scalar, linalg};
use std::hint::black_box;

/// A well-conditioned real matrix: diagonally dominant with pseudo-random off-diagonal entries.
fn real_matrix(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        let x = (((i * 31 + j * 17) % 23) as f64 - 11.0) / 11.0;
        Scalar::Real(if i == j { x + n as f64 } else { x })
    })
}

/// A small-integer unit upper-triangular times unit lower-triangular matrix (det 1).
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
    l.mul(&u).unwrap()
}

fn determinant(c: &mut Criterion) {
    let mut g = c.benchmark_group("determinant");
    for n in [3, 8, 50] {
        let a = real_matrix(n);
        let na = a.to_nalgebra();
        g.bench_with_input(BenchmarkId::new("mathdrill-real", n), &a, |b, a| {
            b.iter(|| linalg::determinant(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("nalgebra", n), &na, |b, na| {
            b.iter(|| black_box(na).clone().determinant())
        });
        if n <= 8 {
            let e = integer_matrix(n);
            g.bench_with_input(BenchmarkId::new("mathdrill-exact", n), &e, |b, e| {
                b.iter(|| linalg::determinant(black_box(e)))
            });
        }
    }
    g.finish();
}

fn inverse(c: &mut Criterion) {
    let mut g = c.benchmark_group("inverse");
    for n in [3, 8, 50] {
        let a = real_matrix(n);
        let na = a.to_nalgebra();
        g.bench_with_input(BenchmarkId::new("mathdrill-real", n), &a, |b, a| {
            b.iter(|| linalg::inverse(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("nalgebra", n), &na, |b, na| {
            b.iter(|| black_box(na).clone().try_inverse())
        });
        if n <= 8 {
            let e = integer_matrix(n);
            g.bench_with_input(BenchmarkId::new("mathdrill-exact", n), &e, |b, e| {
                b.iter(|| linalg::inverse(black_box(e)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, determinant, inverse);
criterion_main!(benches);
