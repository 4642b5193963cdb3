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
/// hand, since a pivot ±1 clears its column without fractions. Real matrices: entries within
/// `1e-10·max|aᵢⱼ|` of 0 count as 0, and the pivot is the entry *largest in magnitude* (partial
/// pivoting, for stability).
#[derive(Clone, Copy, Debug)]
pub struct Pivoting {
    exact: bool,
    eps: f64,
}

impl Pivoting {
    /// The rule for eliminating `a`: exact if every entry is exact, else real with a zero
    /// threshold scaled to `a`'s largest entry.
    pub fn for_matrix(a: &Matrix) -> Pivoting {
        let exact = a.is_exact();
        let eps = if exact {
            0.0
        } else {
            1e-10 * a.max_abs().max(f64::MIN_POSITIVE)
        };
        Pivoting { exact, eps }
    }

    /// Whether `x` counts as zero: exactly 0, or within the threshold for real matrices.
    pub fn is_zero(&self, x: Scalar) -> bool {
        if self.exact {
            x.is_zero()
        } else {
            x.to_f64().abs() <= self.eps
        }
    }

    /// The row at or below `row` to pivot on in column `col`, or `None` when the column is zero
    /// there.
    pub fn pivot_row(&self, a: &Matrix, row: usize, col: usize) -> Option<usize> {
        let candidates = (row..a.nrows()).filter(|&i| !self.is_zero(a.get(i, col)));
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

    /// Entries that count as zero set to exactly zero (real matrices; exact ones are unchanged).
    pub fn clean(&self, a: Matrix) -> Matrix {
        if self.exact {
            a
        } else {
            a.map(|x| if self.is_zero(x) { Scalar::ZERO } else { x })
        }
    }
}

/// Reduces `a` to RREF by Gauss–Jordan elimination.
///
/// For each column from the left: choose a pivot row by the [`Pivoting`] rule (exact: the first
/// entry ±1, else the first nonzero one; real: the largest in magnitude), swap it up, scale it to
/// make the pivot 1, then subtract multiples of it from every other row to clear the column.
pub fn rref(a: &Matrix) -> Elimination {
    let rule = Pivoting::for_matrix(a);
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

/// The rank: the number of pivots in the RREF.
pub fn rank(a: &Matrix) -> usize {
    rref(a).rank()
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
        assert!(real.is_zero(Scalar::Real(1e-12)) && !exact.is_zero(Scalar::frac(1, 10_000)));
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
    fn real_rank_agrees_with_nalgebra() {
        let a = Matrix::from_fn(4, 3, |i, j| Scalar::Real(((i * 3 + j) as f64).sin()));
        let na = a.to_nalgebra();
        assert_eq!(rank(&a), na.rank(1e-9));
        let dependent =
            Matrix::from_fn(3, 3, |i, j| Scalar::Real((i + 1) as f64 * (j as f64 + 0.5)));
        assert_eq!(rank(&dependent), 1);
    }
}
