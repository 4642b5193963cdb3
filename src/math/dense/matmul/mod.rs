//! The matrix product `C = A·B`, `cᵢⱼ = Σₖ aᵢₖ·bₖⱼ`, in three stages that do the same `2·m·p·n`
//! floating-point operations and differ only in the order they touch memory:
//!
//! 1. [`naive`]: the textbook i-j-k loop; the inner loop walks down a column of `B`, one cache
//!    line per entry.
//! 2. [`ikj`]: the same sum with the loops reordered so the inner loop runs along rows of `B`
//!    and `C`: contiguous, so the compiler turns it into SIMD instructions.
//! 3. [`blocked`]: panels of `B` small enough to stay in cache, and a register tile of `C` that
//!    is loaded once, updated `k` times in registers and stored once.
//!
//! Every stage adds the terms of each `cᵢⱼ` in the order `k = 0, 1, …` starting from `0.0`, and
//! none fuses a multiply with an add: the three give bit-identical results, equal to the
//! [`crate::math::Matrix`] product over [`crate::math::Scalar::Real`] entries.

mod blocked;
mod ikj;
mod naive;

pub use blocked::blocked;
pub use ikj::ikj;
pub use naive::naive;

use super::Dense;

/// Below this many multiply-adds (`m·p·n`, about a 24 × 24 product) the packing of [`blocked`]
/// costs more than it saves, and [`ikj`] is faster (measured with `mathdrill bench matmul`).
const BLOCKING_PAYS_FROM: usize = 24 * 24 * 24;

/// The product the library uses (the calculator's `A*B` of real matrices): [`ikj`] for small
/// products, [`blocked`] from [`BLOCKING_PAYS_FROM`] multiply-adds. Both add the terms in the same
/// order, so the choice never changes a bit of the result.
pub fn product(a: &Dense, b: &Dense) -> Option<Dense> {
    let (m, p, n) = product_shape(a, b)?;
    if m.saturating_mul(p).saturating_mul(n) < BLOCKING_PAYS_FROM {
        ikj(a, b)
    } else {
        blocked(a, b)
    }
}

/// `(m, p, n)` for `A: m × p` times `B: p × n`; `None` when the inner dimensions differ.
fn product_shape(a: &Dense, b: &Dense) -> Option<(usize, usize, usize)> {
    (a.ncols() == b.nrows()).then_some((a.nrows(), a.ncols(), b.ncols()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nalgebra::DMatrix;
    use rand::rngs::StdRng;
    use rand::{RngExt, SeedableRng};

    type Stage = fn(&Dense, &Dense) -> Option<Dense>;
    /// Every stage, and both register tiles of the blocked product (the dispatch runs only the
    /// one for this processor).
    const STAGES: [(&str, Stage); 6] = [
        ("naive", naive),
        ("ikj", ikj),
        ("blocked", blocked),
        ("blocked, 2 × 8 tile", blocked::tiled::<2>),
        ("blocked, 4 × 8 tile", blocked::tiled::<4>),
        ("product", product),
    ];

    /// A random `rows × cols` matrix with entries `scale·u`, `u` uniform in `[-1, 1)`.
    fn random(rng: &mut StdRng, rows: usize, cols: usize, scale: f64) -> Dense {
        Dense::from_fn(rows, cols, |_, _| scale * rng.random_range(-1.0..1.0))
    }

    /// `|x - y| ≤ tol·Σₖ|aᵢₖ·bₖⱼ|` entry by entry: the error bound of a sum of products.
    fn assert_close(stage: &str, a: &Dense, b: &Dense, got: &Dense, want: &DMatrix<f64>) {
        let (m, _, n) = product_shape(a, b).unwrap();
        assert_eq!(got.shape(), (m, n), "{stage}");
        let abs = a.to_nalgebra().abs() * b.to_nalgebra().abs();
        for i in 0..m {
            for j in 0..n {
                let (x, y) = (got[(i, j)], want[(i, j)]);
                assert!(x.is_finite(), "{stage} ({i},{j}) = {x}");
                let tol = 1e-13 * abs[(i, j)];
                assert!((x - y).abs() <= tol, "{stage} ({i},{j}): {x} vs {y}");
            }
        }
    }

    #[test]
    fn every_stage_matches_nalgebra_on_shapes_that_are_not_multiples_of_the_tile() {
        let sizes = [1, 2, 3, 7, 8, 9, 31, 50, 65];
        let mut rng = StdRng::seed_from_u64(10);
        for &m in &sizes {
            for &(p, n) in &[(m, m), (3, 9), (65, 2), (9, 31)] {
                let a = random(&mut rng, m, p, 1.0);
                let b = random(&mut rng, p, n, 1.0);
                let want = a.to_nalgebra() * b.to_nalgebra();
                let first = naive(&a, &b).unwrap();
                for (stage, f) in STAGES {
                    let got = f(&a, &b).unwrap();
                    assert_close(stage, &a, &b, &got, &want);
                    assert_eq!(got, first, "{stage}: same sums in the same order");
                }
            }
        }
    }

    #[test]
    fn a_long_inner_dimension_crosses_the_cache_panels() {
        let mut rng = StdRng::seed_from_u64(11);
        let a = random(&mut rng, 5, 700, 1.0);
        let b = random(&mut rng, 700, 530, 1.0);
        let want = a.to_nalgebra() * b.to_nalgebra();
        for (stage, f) in STAGES {
            assert_close(stage, &a, &b, &f(&a, &b).unwrap(), &want);
        }
    }

    #[test]
    fn extreme_scales_neither_overflow_nor_flush_to_zero() {
        // (1e150)² ≈ 1e300 and (1e-150)·(1e-150) ≈ 1e-300 are still normal doubles.
        let mut rng = StdRng::seed_from_u64(12);
        for (sa, sb) in [
            (1e150, 1e150),
            (1e-150, 1e-150),
            (1e150, 1e-150),
            (1e-300, 1e300),
        ] {
            let a = random(&mut rng, 9, 17, sa);
            let b = random(&mut rng, 17, 10, sb);
            let want = a.to_nalgebra() * b.to_nalgebra();
            for (stage, f) in STAGES {
                let got = f(&a, &b).unwrap();
                assert_close(stage, &a, &b, &got, &want);
                assert!(got.as_slice().iter().all(|&x| x != 0.0), "{stage}");
            }
        }
    }

    #[test]
    fn non_finite_entries_propagate_and_shapes_are_checked() {
        let mut a = Dense::from_fn(9, 9, |i, j| (i + j) as f64);
        a[(4, 4)] = f64::INFINITY;
        a[(0, 8)] = f64::NAN;
        let b = Dense::identity(9);
        let want = a.to_nalgebra() * b.to_nalgebra();
        for (stage, f) in STAGES {
            let got = f(&a, &b).unwrap();
            for i in 0..9 {
                for j in 0..9 {
                    let (x, y) = (got[(i, j)], want[(i, j)]);
                    assert!(x == y || (x.is_nan() && y.is_nan()), "{stage} ({i},{j})");
                }
            }
            assert!(f(&a, &Dense::zeros(8, 9)).is_none(), "{stage}");
            assert_eq!(
                f(&Dense::zeros(3, 0), &Dense::zeros(0, 4)),
                Some(Dense::zeros(3, 4))
            );
            assert_eq!(
                f(&Dense::zeros(0, 2), &Dense::zeros(2, 4)),
                Some(Dense::zeros(0, 4))
            );
        }
    }

    /// The copy the processor runs takes the tile for its registers: 4 rows with AVX (AVX2
    /// and AVX-512 alike), else 2. (When the copy for AVX2 listed `avx2` without `avx`, it took
    /// the SSE2 tile: every result right, 2.9× nalgebra's time at n = 200 on a Xeon instead of
    /// 2.55×, and no other test could see it.)
    #[test]
    fn the_dispatch_takes_the_tile_for_this_processor() {
        let one = Dense::identity(1);
        let (product, rows) = blocked::dispatch(&one, &one);
        assert_eq!(product, Some(one));
        #[cfg(target_arch = "x86_64")]
        let want = if std::arch::is_x86_feature_detected!("avx") {
            4
        } else {
            2
        };
        #[cfg(not(target_arch = "x86_64"))]
        let want = 2;
        assert_eq!(rows, want);
    }
}
