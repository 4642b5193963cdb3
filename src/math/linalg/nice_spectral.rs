//! Nice-number generators: P·D·P⁻¹ with unimodular P (integer eigenvalues and eigenvectors), symmetric matrices with integer spectra.
//!
//! Built backwards from the spectrum, like [`super::unimodular`]: randomness comes in through
//! [`IntSource`], so the math layer does not depend on the exercise engine.
//!
//! - [`pdp_inverse`]: `A = P·D·P⁻¹` with `D = diag(λ₁, …, λₙ)` and `P` unimodular (`det P = ±1`),
//!   so `P⁻¹` and `A` are integer matrices, `A·pⱼ = λⱼ·pⱼ` for each column `pⱼ` of `P`, and the
//!   eigenvalues of `A` are exactly the chosen `λⱼ`.
//! - [`symmetric_integer_spectrum`]: a symmetric integer matrix whose eigenvalues are all
//!   integers, found by search over small entries (a 2×2 `[[a, b], [b, c]]` has integer
//!   eigenvalues when `(a − c)² + 4b²` is a perfect square of the right parity; about 1 in 15 to
//!   1 in 50 small symmetric 3×3 matrices qualify).

use super::charpoly::integer_eigenvalues;
use super::generators::{IntSource, unimodular_pair};
use crate::math::{Matrix, Scalar};

/// Attempts [`pdp_inverse`] makes before giving up.
const PDP_ATTEMPTS: usize = 200;
/// Attempts [`symmetric_integer_spectrum`] makes before giving up.
const SYMMETRIC_ATTEMPTS: usize = 4000;

/// The default bound on the entries of `P` in [`pdp_inverse`]: 3 for 2×2, 2 for larger.
pub fn default_p_bound(n: usize) -> i64 {
    if n <= 2 { 3 } else { 2 }
}

/// `A = P·D·P⁻¹` with `D = diag(eigenvalues)`, `P` unimodular with entries within
/// [`default_p_bound`]`(n)`, and every entry of `A` within `max_entry`. Returns `(A, P, D)`.
///
/// `None` if `eigenvalues.len() ≠ n`, `n = 0`, or no draw met the bound in a bounded number of
/// attempts. See [`pdp_inverse_with`].
pub fn pdp_inverse<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    eigenvalues: &[i64],
    max_entry: i64,
) -> Option<(Matrix, Matrix, Matrix)> {
    if eigenvalues.len() != n {
        return None;
    }
    pdp_inverse_with(rng, eigenvalues, default_p_bound(n), max_entry)
}

/// `A = P·D·P⁻¹` with `D = diag(eigenvalues)` and `P` a unimodular matrix with entries within
/// `p_bound` (the draw of [`unimodular`](super::unimodular)); draws `P` again until every entry
/// of `A` is within `max_entry`, at most a fixed number of times. Returns `(A, P, D)`, all
/// integer matrices.
///
/// Why it works: `det P = ±1` makes `P⁻¹ = adj(P)/det P` an integer matrix, so `A` is one too;
/// `A·P = P·D` says column `j` of `P` is an eigenvector for `λⱼ`, and `A` is similar to `D`, so
/// it has exactly the eigenvalues `λⱼ` (with their multiplicities).
///
/// Most draws are rejected, so each is tried in `i64` (`P` with its inverse carried along, see
/// [`unimodular_pair`]) and only the accepted one becomes exact matrices; a product that would
/// overflow `i64` counts as too large.
pub fn pdp_inverse_with<R: IntSource + ?Sized>(
    rng: &mut R,
    eigenvalues: &[i64],
    p_bound: i64,
    max_entry: i64,
) -> Option<(Matrix, Matrix, Matrix)> {
    let n = eigenvalues.len();
    if n == 0 {
        return None;
    }
    for _ in 0..PDP_ATTEMPTS {
        let pair = unimodular_pair(rng, n, p_bound)?;
        let Some(a) = pair.similar(eigenvalues) else {
            continue;
        };
        if max_entry >= 0 && a.iter().all(|x| x.unsigned_abs() <= max_entry as u64) {
            let matrix = |flat: &[i64]| Matrix::from_fn(n, n, |i, j| Scalar::int(flat[i * n + j]));
            let d = Matrix::from_fn(n, n, |i, j| {
                Scalar::int(if i == j { eigenvalues[i] } else { 0 })
            });
            return Some((matrix(&a), pair.matrix(), d));
        }
    }
    None
}

/// A symmetric `n × n` integer matrix with entries in `−max_entry..=max_entry`, not diagonal,
/// whose eigenvalues are all integers; returns it with its eigenvalues (increasing, with
/// multiplicity, from [`integer_eigenvalues`]).
///
/// Search: draw the upper triangle uniformly (row by row), mirror it, keep the first draw that
/// has an off-diagonal nonzero and an integer spectrum. `None` if `n ∉ {2, 3}`, `max_entry < 1`,
/// or no draw qualified in a bounded number of attempts.
pub fn symmetric_integer_spectrum<R: IntSource + ?Sized>(
    rng: &mut R,
    n: usize,
    max_entry: i64,
) -> Option<(Matrix, Vec<i64>)> {
    if !(2..=3).contains(&n) || max_entry < 1 {
        return None;
    }
    for _ in 0..SYMMETRIC_ATTEMPTS {
        let mut a = Matrix::zeros(n, n);
        for i in 0..n {
            for j in i..n {
                let x = Scalar::int(rng.int(-max_entry, max_entry));
                a.set(i, j, x);
                a.set(j, i, x);
            }
        }
        let diagonal = (0..n).all(|i| (0..n).all(|j| i == j || a.get(i, j).is_zero()));
        if diagonal {
            continue;
        }
        if let Some(ev) = integer_eigenvalues(&a) {
            return Some((a, ev));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;
    use crate::math::linalg::determinant;

    fn rng(seed: u64) -> DrillRng {
        DrillRng::from_seed_u64(seed)
    }

    fn sorted(mut v: Vec<f64>) -> Vec<f64> {
        v.sort_by(f64::total_cmp);
        v
    }

    #[test]
    fn pdp_has_the_chosen_exact_spectrum() {
        let spectra: [&[i64]; 5] = [&[2, -1], &[3, 3], &[1, 2, -3], &[0, 2, 2], &[-2, 4, 1]];
        let mut made = 0;
        for seed in 0..500 {
            for eigs in spectra {
                let n = eigs.len();
                let bound = if n == 2 { 12 } else { 15 };
                let Some((a, p, d)) = pdp_inverse(&mut rng(seed), n, eigs, bound) else {
                    continue;
                };
                made += 1;
                assert!(a.max_abs() <= bound as f64);
                assert!(p.max_abs() <= default_p_bound(n) as f64);
                let det = determinant(&p).unwrap().as_integer().unwrap();
                assert!(det == 1 || det == -1);
                assert!(a.entries().iter().all(|x| x.as_integer().is_some()));
                assert_eq!(a.mul(&p), p.mul(&d));
                // exact spectrum by the rational-root search
                let mut want = eigs.to_vec();
                want.sort_unstable();
                assert_eq!(integer_eigenvalues(&a), Some(want.clone()));
                // nalgebra: eigenvalues real and equal to the chosen ones
                let ev = reference_eigenvalues(&a.to_nalgebra()).expect("nalgebra converges");
                let re = sorted(ev.iter().map(|z| z.0).collect());
                for (r, w) in re.iter().zip(&want) {
                    assert!((r - *w as f64).abs() < 1e-4, "{a:?}");
                }
                assert!(ev.iter().all(|z| z.1.abs() < 1e-4));
            }
        }
        assert!(made > 2000, "{made}");
        assert!(pdp_inverse(&mut rng(1), 3, &[1, 2], 10).is_none());
        assert!(pdp_inverse(&mut rng(1), 0, &[], 10).is_none());
        assert_eq!(
            pdp_inverse(&mut rng(9), 2, &[1, 5], 9),
            pdp_inverse(&mut rng(9), 2, &[1, 5], 9)
        );
    }

    /// The exact path `pdp_inverse_with` took before the `i64` one: `P` from `unimodular`, `P⁻¹`
    /// by Gauss–Jordan, the products in `Scalar`s.
    fn exact_pdp(
        rng: &mut DrillRng,
        eigenvalues: &[i64],
        p_bound: i64,
        max_entry: i64,
    ) -> Option<(Matrix, Matrix, Matrix)> {
        let n = eigenvalues.len();
        let d = Matrix::from_fn(n, n, |i, j| {
            if i == j {
                Scalar::int(eigenvalues[i])
            } else {
                Scalar::ZERO
            }
        });
        for _ in 0..PDP_ATTEMPTS {
            let p = crate::math::linalg::unimodular(rng, n, p_bound)?;
            let a = p.mul(&d)?.mul(&crate::math::linalg::inverse(&p)?)?;
            if a.max_abs() <= max_entry as f64 {
                return Some((a, p, d));
            }
        }
        None
    }

    #[test]
    fn the_i64_path_gives_what_the_exact_path_gave() {
        let spectra: [&[i64]; 6] = [
            &[2, -1],
            &[-6, -1],
            &[3, -2, 3],
            &[-4, 5, -4],
            &[1, 2, -3],
            &[7],
        ];
        let mut found = 0;
        for seed in 0..400 {
            for eigs in spectra {
                for (p_bound, max_entry) in [(default_p_bound(eigs.len()), 10), (2, 4), (3, 30)] {
                    let (mut ours, mut theirs) = (rng(seed), rng(seed));
                    let got = pdp_inverse_with(&mut ours, eigs, p_bound, max_entry);
                    let want = exact_pdp(&mut theirs, eigs, p_bound, max_entry);
                    assert_eq!(got, want, "seed {seed}: {eigs:?} {p_bound} {max_entry}");
                    // the stream is left in the same place, so later draws agree too
                    assert_eq!(ours.int(0, 1 << 40), theirs.int(0, 1 << 40));
                    found += usize::from(got.is_some());
                }
            }
        }
        assert!(found > 4000, "{found}");
        assert!(pdp_inverse_with(&mut rng(3), &[1, 2], 2, -1).is_none());
    }

    #[test]
    fn symmetric_spectra_are_integer_and_match_nalgebra() {
        for seed in 0..300 {
            for (n, bound) in [(2, 6), (3, 3)] {
                let (a, ev) = symmetric_integer_spectrum(&mut rng(seed), n, bound).unwrap();
                assert_eq!(a, a.transpose());
                assert!(a.max_abs() <= bound as f64);
                assert!((0..n).any(|i| (0..n).any(|j| i != j && !a.get(i, j).is_zero())));
                let reference = sorted(
                    a.to_nalgebra()
                        .symmetric_eigen()
                        .eigenvalues
                        .iter()
                        .copied()
                        .collect(),
                );
                assert_eq!(ev.len(), n);
                for (x, r) in ev.iter().zip(&reference) {
                    assert!((*x as f64 - r).abs() < 1e-9, "{a:?}: {ev:?} {reference:?}");
                }
            }
        }
        assert!(symmetric_integer_spectrum(&mut rng(1), 4, 3).is_none());
        assert!(symmetric_integer_spectrum(&mut rng(1), 2, 0).is_none());
    }
}
