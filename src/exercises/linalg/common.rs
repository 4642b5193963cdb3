//! Shared pieces of the linear-algebra kinds: 2×2 determinants, row operations
//! (`R₂ ← R₂ − 3·R₁`) and pivot steps, cofactor and diagonal matrices. What every area shares
//! (writing numbers, draws, named mistakes) is in [`crate::exercises::common`], re-exported here.

use crate::engine::Line;
pub use crate::exercises::common::*;
use crate::math::linalg::{RowOp, determinant_cofactor};
use crate::math::{Matrix, Scalar};

/// `2×2 determinant` substituted into `a·d − b·c`: `3·2 − 5·1`, `(−1)·4 − 2·(−3)`.
pub fn det2_text(m: &Matrix) -> String {
    format!(
        "{} − {}",
        product(&[m.get(0, 0), m.get(1, 1)]),
        product(&[m.get(0, 1), m.get(1, 0)])
    )
}

/// The steps of a 2×2 determinant: `3·2 − 5·1`, `6 − 5`, `1` (for [`chain`]).
pub fn det2_steps(m: &Matrix) -> Vec<String> {
    let (ad, bc) = (m.get(0, 0) * m.get(1, 1), m.get(0, 1) * m.get(1, 0));
    vec![det2_text(m), value_sum(&[ad, -bc]), num(ad - bc)]
}

/// A row operation as a learner writes it (rows numbered from 1): `R₁ ↔ R₂`, `R₂ ← R₂ − 3·R₁`,
/// `R₁ ← (1/2)·R₁`, `R₃ ← −R₃`.
pub fn row_op_text(op: &RowOp) -> String {
    let r = |i: usize| format!("R{}", sub(i + 1));
    match op {
        RowOp::Swap(i, j) => format!("{} ↔ {}", r(*i.min(j)), r(*i.max(j))),
        RowOp::Scale(i, k) => {
            let coef = if *k == -Scalar::ONE {
                "−".to_string()
            } else {
                format!("{}·", factor(*k))
            };
            format!("{} ← {coef}{}", r(*i), r(*i))
        }
        RowOp::AddMultiple {
            target,
            source,
            factor: k,
        } => {
            let (sign, size) = if k.to_f64() < 0.0 {
                ("−", -*k)
            } else {
                ("+", *k)
            };
            let coef = if size == Scalar::ONE {
                String::new()
            } else {
                format!("{}·", factor(size))
            };
            format!(
                "{} ← {} {sign} {coef}{}",
                r(*target),
                r(*target),
                r(*source)
            )
        }
    }
}

/// The pivot row an operation works for: consecutive operations with the same pivot row are
/// one step of Gauss–Jordan elimination (swap up, scale to 1, clear the column).
fn pivot_row(op: &RowOp) -> usize {
    match *op {
        RowOp::Swap(_, row) => row,
        RowOp::Scale(row, _) => row,
        RowOp::AddMultiple { source, .. } => source,
    }
}

/// The row operations grouped into pivot steps of Gauss–Jordan elimination (consecutive
/// operations for the same pivot row: swap up, scale to 1, clear the column).
pub fn pivot_steps(ops: &[RowOp]) -> Vec<&[RowOp]> {
    let mut steps = Vec::new();
    let mut k = 0;
    while k < ops.len() {
        let row = pivot_row(&ops[k]);
        let end = ops[k..]
            .iter()
            .position(|op| pivot_row(op) != row)
            .map_or(ops.len(), |p| k + p);
        steps.push(&ops[k..end]);
        k = end;
    }
    steps
}

/// `start` after every pivot step but the last: the matrix a learner holds just before the
/// step that finishes the elimination (what a last hint shows).
pub fn before_last_pivot_step(start: &Matrix, ops: &[RowOp]) -> Matrix {
    let steps = pivot_steps(ops);
    let mut m = start.clone();
    for op in steps[..steps.len().saturating_sub(1)]
        .iter()
        .copied()
        .flatten()
    {
        op.apply(&mut m);
    }
    m
}

/// Solution lines replaying an elimination of `start`: one line per pivot step, listing its row
/// operations and the matrix they produce.
pub fn elimination_lines(start: &Matrix, ops: &[RowOp]) -> Vec<Line> {
    let mut m = start.clone();
    pivot_steps(ops)
        .into_iter()
        .map(|step| {
            let texts: Vec<String> = step.iter().map(row_op_text).collect();
            step.iter().for_each(|op| op.apply(&mut m));
            Line::new()
                .m(format!("{}:  ", texts.join(",  ")))
                .v(m.clone())
        })
        .collect()
}

/// The cofactor matrix `Cᵢⱼ = (−1)ⁱ⁺ʲ·det Mᵢⱼ` of a square matrix; with `signed = false`, the
/// matrix of minors `det Mᵢⱼ` (the checkerboard signs left out).
pub fn cofactor_matrix(a: &Matrix, signed: bool) -> Matrix {
    let n = a.nrows();
    Matrix::from_fn(n, n, |i, j| {
        let minor = if n == 1 {
            Scalar::ONE
        } else {
            determinant_cofactor(&a.minor_matrix(i, j)).unwrap_or(Scalar::ZERO)
        };
        if signed && (i + j) % 2 == 1 {
            -minor
        } else {
            minor
        }
    })
}

/// The diagonal matrix `diag(d₁, …, dₙ)`: `diag(1, 2)` is `[[1, 0], [0, 2]]`.
pub fn diag(d: &[Scalar]) -> Matrix {
    let n = d.len();
    Matrix::from_fn(n, n, |i, j| if i == j { d[i] } else { Scalar::ZERO })
}

/// Whether `A = Aᵀ`.
pub fn is_symmetric(a: &Matrix) -> bool {
    a.is_square() && *a == a.transpose()
}

/// How many entries are zero.
pub fn zero_count(a: &Matrix) -> usize {
    a.entries().iter().filter(|x| x.is_zero()).count()
}

#[cfg(test)]
pub mod testing;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::expr::Value;

    #[test]
    fn two_by_two_determinants_are_written_out() {
        let m = Matrix::from_ints(&[[-1, 2], [-3, 4]]);
        assert_eq!(det2_text(&m), "(−1)·4 − 2·(−3)");
        assert_eq!(
            chain("det", &det2_steps(&m)),
            "det = (−1)·4 − 2·(−3) = −4 + 6 = 2"
        );
    }

    #[test]
    fn row_operations_are_written_like_a_textbook() {
        let add = |target, source, factor| RowOp::AddMultiple {
            target,
            source,
            factor,
        };
        assert_eq!(row_op_text(&RowOp::Swap(2, 1)), "R₂ ↔ R₃");
        assert_eq!(row_op_text(&add(1, 0, Scalar::int(-3))), "R₂ ← R₂ − 3·R₁");
        assert_eq!(row_op_text(&add(2, 1, Scalar::ONE)), "R₃ ← R₃ + R₂");
        assert_eq!(
            row_op_text(&add(0, 2, Scalar::frac(-3, 2))),
            "R₁ ← R₁ − (3/2)·R₃"
        );
        assert_eq!(
            row_op_text(&RowOp::Scale(0, Scalar::frac(1, 2))),
            "R₁ ← (1/2)·R₁"
        );
        assert_eq!(row_op_text(&RowOp::Scale(2, -Scalar::ONE)), "R₃ ← −R₃");
    }

    #[test]
    fn elimination_replay_ends_at_the_rref() {
        let a = Matrix::from_ints(&[[0, 2, 1], [3, 1, 4], [1, 1, 1]]);
        let e = crate::math::linalg::rref(&a);
        let lines = elimination_lines(&a, &e.ops);
        assert!(!lines.is_empty());
        let last = lines.last().unwrap().0.last().unwrap();
        assert_eq!(
            *last,
            crate::engine::Piece::Value(Value::Matrix(e.rref.clone()))
        );
    }

    #[test]
    fn cofactors_give_the_inverse() {
        let a = Matrix::from_ints(&[[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
        let adj = cofactor_matrix(&a, true).transpose();
        assert_eq!(
            a.mul(&adj),
            Some(Matrix::identity(3).scale(Scalar::int(49)))
        );
        let m = cofactor_matrix(&Matrix::from_ints(&[[3, 5], [1, 2]]), false);
        assert_eq!(m, Matrix::from_ints(&[[2, 1], [5, 3]]));
    }

    #[test]
    fn integers_become_scalars() {
        assert_eq!(scalars(&[1, -2]), [Scalar::int(1), Scalar::int(-2)]);
        assert_eq!(
            diag(&scalars(&[1, 2])),
            Matrix::from_ints(&[[1, 0], [0, 2]])
        );
        let mut rng = DrillRng::from_seed_u64(5);
        let v = draw_ints(&mut rng, 4, -3, 3);
        assert_eq!(v.len(), 4);
        assert!(
            v.iter()
                .all(|x| (-3..=3).contains(&x.as_integer().unwrap()))
        );
    }
}
