//! Gauss–Jordan elimination to reduced row echelon form (RREF), recording every row operation.
//!
//! Works over exact rationals when the matrix is exact (every operation then is exact, so the
//! rank and the pivots are exact too). For real matrices it uses partial pivoting and treats
//! `|x| ≤ 1e-10·max|A|` as zero.
//!
//! Row operations are the three elementary ones; their record is what a worked solution shows.

use crate::math::{Matrix, Scalar};

/// One elementary row operation (rows numbered from 0).
#[derive(Clone, Debug, PartialEq)]
pub enum RowOp {
    /// `Rᵢ ↔ Rⱼ`
    Swap(usize, usize),
    /// `Rᵢ ← k·Rᵢ` with `k ≠ 0`
    Scale(usize, Scalar),
    /// `Rᵢ ← Rᵢ + k·Rⱼ`
    AddMultiple {
        target: usize,
        source: usize,
        factor: Scalar,
    },
}

impl RowOp {
    /// Applies the operation to `m` in place.
    pub fn apply(&self, m: &mut Matrix) {
        match *self {
            RowOp::Swap(i, j) => swap_rows(m, i, j),
            RowOp::Scale(i, k) => (0..m.ncols()).for_each(|c| m.set(i, c, k * m.get(i, c))),
            RowOp::AddMultiple {
                target,
                source,
                factor,
            } => (0..m.ncols())
                .for_each(|c| m.set(target, c, m.get(target, c) + factor * m.get(source, c))),
        }
    }
}

/// The result of eliminating a matrix to RREF.
#[derive(Clone, Debug)]
pub struct Elimination {
    pub rref: Matrix,
    /// Column index of each pivot, in row order; `pivots.len()` is the rank.
    pub pivots: Vec<usize>,
    /// The operations applied, in order.
    pub ops: Vec<RowOp>,
    /// The product of the scale factors' reciprocals and swap signs: for a square matrix,
    /// `det A = det_factor · det(RREF)`.
    pub det_factor: Scalar,
}

impl Elimination {
    pub fn rank(&self) -> usize {
        self.pivots.len()
    }
}

/// How elimination chooses pivots and decides that an entry is zero, shared by Gauss–Jordan
/// ([`rref`]) and forward elimination ([`super::solve::row_echelon`]).
///
/// Exact matrices: an entry is zero only when it is exactly 0, and the pivot is the first entry
/// ±1 at or below the current row, or else the first nonzero one: the choice a person makes by
/// hand, since a pivot ±1 clears its column without fractions.
///
/// Real matrices: the pivot is the entry *largest in magnitude* (partial pivoting, for
/// stability), and the rule for zero is the one tolerance of [`super::real`]: an entry at most
/// `max(m, n)·ε·σ_max` counts as zero, and elimination takes no more pivots than the numerical
/// rank (by the singular values), so the RREF has exactly `rank(A)` pivots. In an augmented
/// matrix `[A | B]` the coefficient block `A` alone sets the rule for its columns, and `[A | B]`
/// for the columns of `B` (a pivot there means `rank [A | B] > rank A`: no solution); entries
/// of `B` are never rounded to zero.
#[derive(Clone, Copy, Debug)]
pub struct Pivoting {
    exact: bool,
    /// Columns of the coefficient block.
    cols: usize,
    /// Zero threshold and pivot limit in the coefficient block.
    eps: f64,
    max_pivots: usize,
    /// The same for the whole augmented matrix.
    eps_augmented: f64,
    max_pivots_augmented: usize,
}

impl Pivoting {
    /// The rule for eliminating `a` (no augmented block).
    pub fn for_matrix(a: &Matrix) -> Pivoting {
        Pivoting::for_augmented(a, a.ncols())
    }

    /// The rule for eliminating `[A | B]`, where `A` is the first `cols` columns of `a`.
    pub fn for_augmented(a: &Matrix, cols: usize) -> Pivoting {
        let exact = a.is_exact();
        let unlimited = |m: usize| (m, 0.0);
        let real = |block: &Matrix| -> (usize, f64) {
            match super::real::numerical_rank(&block.to_nalgebra()) {
                Ok(r) => (r.rank, r.tolerance),
                // Non-finite entries: the calculator refuses them before eliminating.
                Err(_) => (block.nrows().min(block.ncols()), 0.0),
            }
        };
        let ((max_pivots, eps), (max_pivots_augmented, eps_augmented)) = if exact {
            (unlimited(a.nrows()), unlimited(a.nrows()))
        } else if cols == a.ncols() {
            let r = real(a);
            (r, r)
        } else {
            let coefficients = Matrix::from_fn(a.nrows(), cols, |i, j| a.get(i, j));
            (real(&coefficients), real(a))
        };
        Pivoting {
            exact,
            cols,
            eps,
            max_pivots,
            eps_augmented,
            max_pivots_augmented,
        }
    }

    /// Whether `x` counts as zero in the coefficient block: exactly 0, or within the tolerance
    /// for real matrices.
    pub fn is_zero(&self, x: Scalar) -> bool {
        self.is_zero_in(0, x)
    }

    fn is_zero_in(&self, col: usize, x: Scalar) -> bool {
        if self.exact {
            x.is_zero()
        } else if col < self.cols {
            x.to_f64().abs() <= self.eps
        } else {
            x.to_f64().abs() <= self.eps_augmented
        }
    }

    /// The row at or below `row` to pivot on in column `col`, or `None` when the column is zero
    /// there (or, for a real matrix, the rank is reached: `row` pivots are taken).
    pub fn pivot_row(&self, a: &Matrix, row: usize, col: usize) -> Option<usize> {
        let limit = if col < self.cols {
            self.max_pivots
        } else {
            self.max_pivots_augmented
        };
        if row >= limit {
            return None;
        }
        let candidates = (row..a.nrows()).filter(|&i| !self.is_zero_in(col, a.get(i, col)));
        if self.exact {
            let unit = |i: &usize| a.get(*i, col).abs() == Scalar::ONE;
            candidates.clone().find(unit).or_else(|| candidates.min())
        } else {
            candidates.max_by(|&i, &j| {
                a.get(i, col)
                    .to_f64()
                    .abs()
                    .total_cmp(&a.get(j, col).to_f64().abs())
            })
        }
    }

    /// Entries of the coefficient block that count as zero set to exactly zero (real matrices;
    /// exact ones are unchanged, and so is an augmented block).
    pub fn clean(&self, a: Matrix) -> Matrix {
        if self.exact {
            return a;
        }
        let mut a = a;
        for i in 0..a.nrows() {
            for j in 0..self.cols.min(a.ncols()) {
                if self.is_zero(a.get(i, j)) {
                    a.set(i, j, Scalar::ZERO);
                }
            }
        }
        a
    }
}

/// Reduces `a` to RREF by Gauss–Jordan elimination.
///
/// For each column from the left: choose a pivot row by the [`Pivoting`] rule (exact: the first
/// entry ±1, else the first nonzero one; real: the largest in magnitude), swap it up, scale it to
/// make the pivot 1, then subtract multiples of it from every other row to clear the column.
pub fn rref(a: &Matrix) -> Elimination {
    rref_augmented(a, a.ncols())
}

/// [`rref`] of an augmented matrix `[A | B]` whose first `cols` columns are `A`: for real
/// matrices, the zero rule of each block is its own (see [`Pivoting::for_augmented`]).
pub fn rref_augmented(a: &Matrix, cols: usize) -> Elimination {
    let rule = Pivoting::for_augmented(a, cols);
    let (m, n) = a.shape();
    let mut r = a.clone();
    let mut ops = Vec::new();
    let mut pivots = Vec::new();
    let mut det_factor = Scalar::ONE;
    let mut row = 0;
    for col in 0..n {
        if row == m {
            break;
        }
        let Some(p) = rule.pivot_row(&r, row, col) else {
            continue;
        };
        if p != row {
            swap_rows(&mut r, p, row);
            ops.push(RowOp::Swap(p, row));
            det_factor = -det_factor;
        }
        let pv = r.get(row, col);
        if pv != Scalar::ONE {
            // `pv` is nonzero by the pivot choice, so the reciprocal exists.
            let k = pv.recip().unwrap_or(Scalar::Real(f64::NAN));
            for j in 0..n {
                r.set(row, j, k * r.get(row, j));
            }
            ops.push(RowOp::Scale(row, k));
            det_factor = det_factor * pv;
        }
        for i in (0..m).filter(|&i| i != row) {
            let f = r.get(i, col);
            if !f.is_zero() {
                for j in 0..n {
                    r.set(i, j, r.get(i, j) - f * r.get(row, j));
                }
                ops.push(RowOp::AddMultiple {
                    target: i,
                    source: row,
                    factor: -f,
                });
            }
        }
        pivots.push(col);
        row += 1;
    }
    Elimination {
        rref: rule.clean(r),
        pivots,
        ops,
        det_factor,
    }
}

fn swap_rows(a: &mut Matrix, i: usize, j: usize) {
    for c in 0..a.ncols() {
        let t = a.get(i, c);
        a.set(i, c, a.get(j, c));
        a.set(j, c, t);
    }
}

/// The rank: for an exact matrix the number of pivots in its RREF; for a real one (or an exact one
/// whose rationals overflow during elimination) the numerical rank by the singular values
/// ([`super::real`]), which is also the RREF's pivot count.
pub fn rank(a: &Matrix) -> usize {
    if a.is_exact() {
        let e = rref(a);
        // Exact unless the rationals overflowed on the way (then: the real rule).
        if e.rref.is_exact() {
            return e.rank();
        }
    }
    super::real::numerical_rank(&a.to_nalgebra()).map_or_else(|_| rref(a).rank(), |r| r.rank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rref_of_a_rank_two_matrix() {
        let a = Matrix::from_ints(&[[1, 2, 3], [2, 4, 6], [1, 0, 1]]);
        let e = rref(&a);
        assert_eq!(e.rank(), 2);
        assert_eq!(e.pivots, vec![0, 1]);
        assert_eq!(
            e.rref,
            Matrix::from_ints(&[[1, 0, 1], [0, 1, 1], [0, 0, 0]])
        );
    }

    #[test]
    fn pivots_prefer_a_unit_entry_then_the_first_nonzero() {
        // Column 0 is (3, −1, 2): the −1 in row 1 wins over the 3 in row 0.
        let a = Matrix::from_ints(&[[3, 1], [-1, 2], [2, 5]]);
        let exact = Pivoting::for_matrix(&a);
        assert_eq!(exact.pivot_row(&a, 0, 0), Some(1));
        // Column 1 below row 0 is (2, 5): no ±1, so the first nonzero.
        assert_eq!(exact.pivot_row(&a, 1, 1), Some(1));
        assert_eq!(exact.pivot_row(&Matrix::zeros(2, 2), 0, 0), None);
        // Real matrices: the largest in magnitude, and tiny entries count as zero.
        let r = a.map(|x| Scalar::Real(x.to_f64()));
        let real = Pivoting::for_matrix(&r);
        assert_eq!(real.pivot_row(&r, 0, 0), Some(0));
        assert!(real.is_zero(Scalar::Real(1e-16)) && !real.is_zero(Scalar::Real(1e-12)));
        assert!(!exact.is_zero(Scalar::frac(1, 10_000)));
        // The first step of rref swaps the unit pivot up.
        assert_eq!(rref(&a).ops[0], RowOp::Swap(1, 0));
    }

    #[test]
    fn recorded_ops_replay_to_the_rref() {
        let a = Matrix::from_ints(&[[0, 2, 1], [3, 1, 4], [1, 1, 1]]);
        let e = rref(&a);
        let mut r = a.clone();
        for op in &e.ops {
            match *op {
                RowOp::Swap(i, j) => swap_rows(&mut r, i, j),
                RowOp::Scale(i, k) => (0..3).for_each(|c| r.set(i, c, k * r.get(i, c))),
                RowOp::AddMultiple {
                    target,
                    source,
                    factor,
                } => (0..3)
                    .for_each(|c| r.set(target, c, r.get(target, c) + factor * r.get(source, c))),
            }
        }
        assert_eq!(r, e.rref);
        assert_eq!(e.rref, Matrix::identity(3));
    }

    #[test]
    fn real_elimination_has_as_many_pivots_as_the_numerical_rank() {
        // Q·diag(1, 1/2, δ)·Qᵀ for an orthogonal Q: the third singular value is δ, and the
        // tolerance 3·ε·σ_max ≈ 6.7e-16 separates δ = 1e-13 (rank 3) from δ = 1e-17 (rank 2)
        // at any scale of the matrix.
        let (c, s) = (0.6f64, 0.8f64);
        let q = nalgebra::DMatrix::from_row_slice(
            3,
            3,
            &[c, -s, 0.0, s * c, c * c, -s, s * s, s * c, c],
        );
        for (delta, want) in [(1e-13, 3), (1e-17, 2)] {
            for scale in [1e-150, 1.0, 1e150] {
                let d = nalgebra::DMatrix::from_diagonal(&nalgebra::DVector::from_vec(vec![
                    1.0, 0.5, delta,
                ]));
                let a = Matrix::from_nalgebra(&(&q * d * q.transpose() * scale));
                assert_eq!(rank(&a), want, "δ = {delta}, scale {scale}");
                assert_eq!(rref(&a).rank(), want, "δ = {delta}, scale {scale}");
                let augmented = a.hstack(&Matrix::identity(3)).unwrap();
                let e = rref_augmented(&augmented, 3);
                assert_eq!(e.pivots.iter().filter(|&&p| p < 3).count(), want);
            }
        }
    }

    #[test]
    fn real_rank_agrees_with_nalgebra() {
        let a = Matrix::from_fn(4, 3, |i, j| Scalar::Real(((i * 3 + j) as f64).sin()));
        let na = a.to_nalgebra();
        assert_eq!(rank(&a), na.rank(1e-9));
        let dependent =
            Matrix::from_fn(3, 3, |i, j| Scalar::Real((i + 1) as f64 * (j as f64 + 0.5)));
        assert_eq!(rank(&dependent), 1);
    }
}
