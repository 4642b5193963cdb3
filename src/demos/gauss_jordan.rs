//! Gauss–Jordan elimination with exact fractions, step by step: `[A | I]` → `[I | A⁻¹]`.
//!
//! The seed chooses a 3×3 integer matrix with a small nonzero determinant (built backwards from
//! it by integer shears, [`crate::math::linalg::with_determinant`]), so the steps pass through
//! fractions and the inverse has denominator |det A| at most. Each pivot step prints its row
//! operations and the matrix they produce (the lines the `la.inverse` worked solutions use).
//! The demo checks what it shows: the left block becomes I, A·A⁻¹ = A⁻¹·A = I exactly, the
//! inverse agrees with nalgebra's, and det A read off the pivots agrees with the cofactor
//! expansion. Its output is the worked text: it has no figure (`--svg` is an error).

use super::seeded::Seeded;
use super::{Claim, DemoError, Options, Report};
use crate::engine::Line;
use crate::exercises::linalg::common::{pivot_steps, row_op_text};
use crate::math::linalg::{
    Elimination, determinant_cofactor, inverse_with_steps, with_determinant,
};
use crate::math::{Matrix, Scalar};
use crate::render;

/// The size of the matrix.
const N: usize = 3;
/// The determinants the seed chooses from: ±1 gives an integer inverse, the others fractions.
const DETS: [i64; 8] = [1, -1, 2, -2, 3, -3, 4, -4];
/// The largest entry of A.
const MAX_ENTRY: i64 = 4;

/// The matrix for `seed`: integer entries in ±[`MAX_ENTRY`], det from [`DETS`], and a first
/// column that is not already e₁ (so the first pivot step has work to do).
pub fn matrix(seed: u64) -> Matrix {
    let mut rng = Seeded::new(seed);
    // Bounded: a generated matrix fails the test only when its first column is e₁.
    for _ in 0..100 {
        let det = rng.pick(&DETS);
        if let Some(a) = with_determinant(&mut rng, N, det, MAX_ENTRY)
            && (0..N).any(|i| a.get(i, 0) != if i == 0 { Scalar::ONE } else { Scalar::ZERO })
        {
            return a;
        }
    }
    Matrix::from_ints(&[[2, 1, 1], [1, 3, 2], [1, 0, 0]])
}

/// The worked elimination: one block per pivot step, the operations beside the matrix they
/// produce, or above it when the two do not fit in `width` columns.
fn steps_text(augmented: &Matrix, e: &Elimination, width: usize) -> String {
    let mut m = augmented.clone();
    let mut blocks = vec![render::lines(
        &[Line::new().m("[A | I] = ").v(augmented.clone())],
        "  ",
    )];
    for step in pivot_steps(&e.ops) {
        let ops: Vec<String> = step.iter().map(row_op_text).collect();
        step.iter().for_each(|op| op.apply(&mut m));
        let beside = render::lines(
            &[Line::new()
                .m(format!("{}:  ", ops.join(",  ")))
                .v(m.clone())],
            "  ",
        );
        if beside.lines().all(|l| l.chars().count() <= width) {
            blocks.push(beside);
        } else {
            let above = super::text::wrap(&format!("  {}:", ops.join(",  ")), width, 4);
            let matrix = render::lines(&[Line::new().v(m.clone())], "      ");
            blocks.push(format!("{above}{matrix}"));
        }
    }
    blocks.join("\n")
}

/// The demo: eliminate, print the steps, check the result.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let a = matrix(opts.seed);
    let (inv, e) = inverse_with_steps(&a).ok_or(DemoError::Example(
        "the chosen matrix is not invertible".into(),
    ))?;
    let augmented = a
        .hstack(&Matrix::identity(N))
        .ok_or(DemoError::Example("[A | I] has mismatched rows".into()))?;
    let det = e.det_factor;
    let mut text = format!(
        "Gauss–Jordan elimination with exact fractions (seed {}): row-reduce [A | I]\n\
         until the left block is I; the right block is then A⁻¹.\n\n",
        opts.seed
    );
    text += &steps_text(&augmented, &e, 78);
    text += "\n";
    text += &render::lines(
        &[
            Line::new().m("A⁻¹ = ").v(inv.clone()),
            Line::math(format!(
                "det A = {}: the product of the pivots, a sign change per swap",
                render::scalar(&det)
            )),
        ],
        "  ",
    );
    text += "\n";
    Ok(Report {
        text,
        figure: None,
        figure_height: 0,
        claims: claims(&a, &inv, &e),
    })
}

/// The checks of an elimination of `[A | I]` that produced `inv`.
pub fn claims(a: &Matrix, inv: &Matrix, e: &Elimination) -> Vec<Claim> {
    let n = a.nrows();
    let identity = Matrix::identity(n);
    let left = Matrix::from_fn(n, n, |i, j| e.rref.get(i, j));
    let right = Matrix::from_fn(n, n, |i, j| e.rref.get(i, n + j));
    let products = [a.mul(inv), inv.mul(a)];
    let exact = inv.is_exact() && products.iter().all(|p| p.as_ref() == Some(&identity));
    let reference = a.to_nalgebra().try_inverse();
    let gap = reference.map_or(f64::INFINITY, |r| (inv.to_nalgebra() - r).abs().max());
    let cofactor = determinant_cofactor(a);
    let lu = a.to_nalgebra().determinant();
    let det = e.det_factor;
    vec![
        Claim::new(
            left == identity && &right == inv,
            "the left block is reduced to I and the right block is A⁻¹",
        ),
        Claim::new(
            exact,
            "A·A⁻¹ = A⁻¹·A = I exactly: every step was done in fractions, nothing rounded",
        ),
        Claim::new(
            gap < 1e-12,
            format!("A⁻¹ agrees with nalgebra's floating-point inverse (largest gap {gap:.1e})"),
        ),
        Claim::new(
            cofactor == Some(det) && (lu - det.to_f64()).abs() < 1e-9,
            format!(
                "det A = {} from the pivots agrees with the cofactor expansion and nalgebra's LU \
                 ({lu:.6})",
                render::scalar(&det)
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_chooses_a_nice_matrix_and_the_claims_hold() {
        for seed in 0..crate::engine::soak::seeds(200) {
            let a = matrix(seed);
            let d = determinant_cofactor(&a).unwrap().to_f64();
            assert!(
                DETS.contains(&(d as i64)) && d.fract() == 0.0,
                "{seed}: det {d}"
            );
            for i in 0..N {
                for j in 0..N {
                    assert!(a.get(i, j).to_f64().abs() <= MAX_ENTRY as f64);
                }
            }
            let (inv, e) = inverse_with_steps(&a).unwrap();
            let c = claims(&a, &inv, &e);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
        }
        assert_ne!(matrix(1), matrix(2));
    }

    #[test]
    fn a_wrong_inverse_or_determinant_is_caught() {
        let a = matrix(3);
        let (inv, mut e) = inverse_with_steps(&a).unwrap();
        let mut wrong = inv.clone();
        wrong.set(0, 0, wrong.get(0, 0) + Scalar::ONE);
        let verdicts: Vec<bool> = claims(&a, &wrong, &e).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, true]);
        e.det_factor = -e.det_factor;
        assert!(!claims(&a, &inv, &e)[3].holds);
    }

    #[test]
    fn the_steps_fit_the_width() {
        for seed in 0..50 {
            let a = matrix(seed);
            let (_, e) = inverse_with_steps(&a).unwrap();
            let text = steps_text(&a.hstack(&Matrix::identity(N)).unwrap(), &e, 78);
            assert!(text.lines().all(|l| l.chars().count() <= 78), "{text}");
            assert!(text.contains(" ← "), "{text}");
        }
    }
}
