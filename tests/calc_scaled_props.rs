//! Property: random matrices at random scales (10^-150 … 10^150) never give NaN, infinity or a
//! wrong number in `det`, `inv`, `solve`, `rank`, `svd`, `eig`, `norm` and `cond`: each result is
//! either an error (only where the true value is outside `f64`'s range or the matrix is singular
//! to working precision) or agrees with nalgebra.
//!
//! The reference is nalgebra on the same typed matrix scaled by a power of two into a moderate
//! range, `2^-e·M` (exact), with the results scaled back by the laws `det(cM) = cⁿ det M`,
//! `(cM)⁻¹ = M⁻¹/c`, `σ(cM) = c·σ(M)`, `λ(cM) = c·λ(M)`: nalgebra computes on moderate numbers, the
//! calculator on the scaled ones.

use mathdrill::engine::soak::seeds;
use mathdrill::expr::{Value, parse_value};
use nalgebra::DMatrix;

/// A small deterministic generator (the property's own; exercises use `DrillRng`).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// Uniform in `[lo, hi)`.
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() % 1_000_000) as f64 / 1e6
    }
}

/// `x·2^e` (exact, in steps for large `e`).
fn ldexp(x: f64, e: i32) -> f64 {
    mathdrill::math::linalg::scaling::ldexp(x, e)
}

fn pow2(e: i32) -> f64 {
    ldexp(1.0, e)
}

fn matrix_text(m: &DMatrix<f64>) -> String {
    let rows: Vec<String> = m
        .row_iter()
        .map(|r| {
            let cells: Vec<String> = r.iter().map(|x| format!("{x:e}")).collect();
            cells.join(" ")
        })
        .collect();
    format!("[{}]", rows.join("; "))
}

fn numbers(v: &Value) -> Vec<f64> {
    match v {
        Value::Scalar(s) => vec![s.to_f64()],
        Value::Vector(xs) => xs.iter().map(|x| x.to_f64()).collect(),
        Value::Matrix(m) => m.entries().iter().map(|x| x.to_f64()).collect(),
        Value::Set(items) => items.iter().flat_map(numbers).collect(),
        other => panic!("unexpected {other:?}"),
    }
}

/// The calculator's result, with every number finite; `None` for an error.
fn calc(input: &str) -> Option<Vec<f64>> {
    let v = parse_value(input).ok()?;
    let xs = numbers(&v);
    assert!(xs.iter().all(|x| x.is_finite()), "{input:.120}: {xs:?}");
    Some(xs)
}

fn assert_close(what: &str, got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}");
    for (g, w) in got.iter().zip(want) {
        assert!(
            (g - w).abs() <= tol,
            "{what}: got {g}, want {w} (tol {tol:e})"
        );
    }
}

#[test]
fn scaled_matrices_give_errors_or_right_values() {
    for seed in 0..seeds(40) {
        let mut rng = Lcg(seed.wrapping_mul(7919).wrapping_add(17));
        let n = 2 + (rng.next() % 4) as usize;
        let k = (rng.next() % 301) as i32 - 150;
        let s: f64 = format!("1e{k}").parse().unwrap();
        let m = DMatrix::from_fn(n, n, |_, _| {
            (rng.range(-5.0, 5.0) * 1000.0).round() / 1000.0 * s
        });
        let label = format!("seed {seed}: {n}×{n} at 1e{k}");
        let text = matrix_text(&m);
        // The reference: nalgebra on 2^-e·M, whose largest entry is near 1.
        let e = m.amax().log2().floor() as i32;
        let small = m.map(|x| x * pow2(-e));
        let sv = small.clone().singular_values();
        let (smax, smin) = (sv.max(), sv.min());
        let tolerance = n as f64 * f64::EPSILON * smax;
        let nonsingular = smin > tolerance;
        let clearly = smin > 10.0 * tolerance || smin < tolerance / 10.0;

        // det: sⁿ·det(small), in range or refused.
        let log2_det = small.clone().determinant().abs().log2() + (e as f64) * n as f64;
        let det = calc(&format!("det({text})"));
        if small.clone().determinant() != 0.0 && log2_det.abs() < 1000.0 {
            let want = ldexp(small.clone().determinant(), e * n as i32);
            let rows: f64 = small.row_iter().map(|r| r.norm()).product();
            let bound = ldexp(rows, e * n as i32);
            assert_close(
                &format!("{label}: det"),
                &det.unwrap(),
                &[want],
                1e-13 * bound,
            );
        } else if log2_det.abs() > 1100.0 {
            assert!(det.is_none(), "{label}: det outside the range is an error");
        }

        // svd, norm, cond, rank.
        let mut want_sv: Vec<f64> = sv.iter().map(|x| x * pow2(e)).collect();
        want_sv.sort_by(|a, b| b.total_cmp(a));
        let got_sv = calc(&format!("svd({text})")).expect("svd");
        assert_close(
            &format!("{label}: svd"),
            &got_sv,
            &want_sv,
            1e-12 * want_sv[0],
        );
        let norm = calc(&format!("norm({text})")).expect("norm");
        assert_close(
            &format!("{label}: norm"),
            &norm,
            &[small.norm() * pow2(e)],
            1e-14 * small.norm() * pow2(e),
        );
        if clearly {
            let rank = calc(&format!("rank({text})")).expect("rank");
            let want = sv.iter().filter(|&&x| x > tolerance).count() as f64;
            assert_eq!(rank, [want], "{label}: rank");
            let cond = calc(&format!("cond({text})"));
            let inv = calc(&format!("inv({text})"));
            let b: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
            let solve = calc(&format!("solve({text}, [{}])", b.join(", ")));
            if nonsingular {
                let c = smax / smin;
                assert_close(
                    &format!("{label}: cond"),
                    &cond.expect("cond"),
                    &[c],
                    1e-12 * c * c,
                );
                let small_inv = small.clone().try_inverse().expect("nonsingular");
                // (2^e·S)⁻¹ = 2^-e·S⁻¹, compared row-major.
                let want: Vec<f64> = small_inv.transpose().iter().map(|x| x * pow2(-e)).collect();
                let scale = small_inv.amax() * pow2(-e);
                assert_close(
                    &format!("{label}: inv"),
                    &inv.expect("inv"),
                    &want,
                    1e-13 * c * scale,
                );
                let bv = nalgebra::DVector::from_fn(n, |i, _| (i + 1) as f64);
                let x = &small_inv * &bv;
                let want: Vec<f64> = x.iter().map(|v| v * pow2(-e)).collect();
                let scale = x.amax() * pow2(-e);
                assert_close(
                    &format!("{label}: solve"),
                    &solve.expect("solve"),
                    &want,
                    1e-13 * c * scale,
                );
            } else {
                assert!(
                    cond.is_none() && inv.is_none() && solve.is_none(),
                    "{label}: singular"
                );
            }
        }

        // eig of the symmetric M + Mᵀ against nalgebra's symmetric eigenvalues.
        let sym = &m + m.transpose();
        let sym_small = &small + small.transpose();
        let mut want: Vec<f64> = sym_small
            .symmetric_eigenvalues()
            .iter()
            .map(|x| x * pow2(e))
            .collect();
        want.sort_by(|a, b| b.total_cmp(a));
        let got = calc(&format!("eig({})", matrix_text(&sym))).expect("eig");
        let big = want.iter().fold(0.0f64, |a, x| a.max(x.abs()));
        assert_close(&format!("{label}: eig"), &got, &want, 1e-12 * big);
    }
}
