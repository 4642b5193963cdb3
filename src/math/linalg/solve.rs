//! Linear systems `A·x = b`, null spaces and linear (in)dependence, all read off the reduced row
//! echelon form (RREF) that Gauss–Jordan elimination produces; and forward elimination to a row
//! echelon form (the hand method for determinants and back substitution).
//!
//! Conventions:
//! - `A` is `m × n`: `m` equations in `n` unknowns; `b` has `m` entries.
//! - A column of the RREF of `A` without a pivot belongs to a *free* variable. The particular
//!   solution of a consistent system sets every free variable to 0; the null-space basis has one
//!   vector per free variable, that variable 1 and the other free variables 0, so the pivot
//!   variables are `xₚ = −(RREF entry in the free column)`.
//! - Exact matrices give exact answers; real ones use the tolerance of [`rref`].

use super::gauss_jordan::{Elimination, Pivoting, RowOp, rref, rref_augmented};
use crate::math::{Matrix, Rational, Scalar};

/// The solution set of `A·x = b`.
#[derive(Debug, Clone, PartialEq)]
pub enum Solution {
    /// Exactly one solution (every column of `A` has a pivot).
    Unique(Vec<Scalar>),
    /// No solution: the RREF of `[A | b]` has a row `[0 … 0 | 1]`.
    Inconsistent,
    /// Infinitely many: `x = particular + Σ tₖ·null_basis[k]` for any numbers `tₖ`.
    Infinite {
        /// The solution with every free variable 0.
        particular: Vec<Scalar>,
        /// A basis of the null space of `A` (see [`null_space`]).
        null_basis: Vec<Vec<Scalar>>,
    },
}

/// Solves `A·x = b` by Gauss–Jordan elimination of the augmented matrix `[A | b]`.
///
/// `None` if `b` does not have one entry per row of `A`.
pub fn solve(a: &Matrix, b: &[Scalar]) -> Option<Solution> {
    solve_with_steps(a, b).map(|(s, _)| s)
}

/// Like [`solve`], also returning the elimination of `[A | b]` (its row operations) for worked
/// solutions.
///
/// Reading the RREF `[R | d]`: a pivot in the last column means `0 = 1`, no solution; otherwise
/// the pivot rows say `x_pivot + Σ_free R·x_free = d`, so with the free variables 0 each pivot
/// variable equals its `d` entry.
pub fn solve_with_steps(a: &Matrix, b: &[Scalar]) -> Option<(Solution, Elimination)> {
    if a.nrows() != b.len() {
        return None;
    }
    let column = Matrix::from_rows(b.iter().map(|&x| vec![x]).collect())?;
    let n = a.ncols();
    let e = rref_augmented(&a.hstack(&column)?, n);
    if e.pivots.contains(&n) {
        return Some((Solution::Inconsistent, e));
    }
    let mut particular = vec![Scalar::ZERO; n];
    for (row, &p) in e.pivots.iter().enumerate() {
        particular[p] = e.rref.get(row, n);
    }
    let solution = if e.rank() == n {
        Solution::Unique(particular)
    } else {
        Solution::Infinite {
            particular,
            null_basis: basis_from_rref(&e.rref, &e.pivots, n),
        }
    };
    Some((solution, e))
}

/// A basis of the null space `{x : A·x = 0}`, one vector per free variable (that variable 1, the
/// other free variables 0, each pivot variable minus the RREF entry in the free column), in the
/// order of the free columns. Empty when the null space is `{0}`.
pub fn null_space(a: &Matrix) -> Vec<Vec<Scalar>> {
    let e = rref(a);
    basis_from_rref(&e.rref, &e.pivots, a.ncols())
}

/// The null-space basis read from the first `n` columns of an RREF with the given pivots: one
/// vector per free column, with that free variable 1, the other free variables 0, and each pivot
/// variable `xₚ = −r·x_free` (the pivot row `xₚ + r·x_free = 0` solved for `xₚ`).
pub fn basis_from_rref(r: &Matrix, pivots: &[usize], n: usize) -> Vec<Vec<Scalar>> {
    (0..n)
        .filter(|c| !pivots.contains(c))
        .map(|free| {
            let mut v = vec![Scalar::ZERO; n];
            v[free] = Scalar::ONE;
            for (row, &p) in pivots.iter().enumerate() {
                v[p] = -r.get(row, free);
            }
            v
        })
        .collect()
}

/// Whether the vectors are linearly independent: `Σ cᵢvᵢ = 0` only for `c = 0`, i.e. the matrix
/// with the vectors as columns has a pivot in every column. The empty list is independent;
/// vectors of different lengths (or of length 0) are not a set in one space and give `false`.
pub fn linearly_independent(vectors: &[Vec<Scalar>]) -> bool {
    if vectors.is_empty() {
        return true;
    }
    Matrix::from_columns(vectors).is_some_and(|m| null_space(&m).is_empty())
}

/// Coefficients `c`, not all zero, with `Σ cᵢvᵢ = 0`; `None` if the vectors are independent (or
/// are not a set in one space, see [`linearly_independent`]).
///
/// `c` is the first null-space vector of the matrix with the vectors as columns (its free
/// variable 1); when it is exact it is then scaled to coprime integers, keeping that variable
/// positive: `2·v₁ − v₂ − v₃ = 0` gives `(2, −1, −1)` rather than `(1, −1/2, −1/2)`.
pub fn dependency(vectors: &[Vec<Scalar>]) -> Option<Vec<Scalar>> {
    let m = Matrix::from_columns(vectors)?;
    let c = null_space(&m).into_iter().next()?;
    Some(integer_multiple(&c).unwrap_or(c))
}

/// The positive multiple of an exact vector that has coprime integer entries; `None` for real
/// entries, the zero vector, or if the integers would overflow.
fn integer_multiple(v: &[Scalar]) -> Option<Vec<Scalar>> {
    let q: Vec<Rational> = v.iter().map(Scalar::exact).collect::<Option<_>>()?;
    let lcm = q
        .iter()
        .try_fold(1i64, |l, x| l.checked_mul(x.denom() / gcd(l, x.denom())))?;
    let ints: Vec<i64> = q
        .iter()
        .map(|x| x.numer().checked_mul(lcm / x.denom()))
        .collect::<Option<_>>()?;
    let g = ints.iter().fold(0, |g, &x| gcd(g, x.abs()));
    if g == 0 {
        return None;
    }
    Some(ints.iter().map(|&x| Scalar::int(x / g)).collect())
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

/// A row echelon form reached by forward (Gaussian) elimination, with its record.
#[derive(Clone, Debug)]
pub struct Echelon {
    /// The echelon form `U`: each pivot is the first nonzero entry of its row, with zeros below.
    pub form: Matrix,
    /// Column index of each pivot, in row order; `pivots.len()` is the rank.
    pub pivots: Vec<usize>,
    /// The operations applied: only swaps and `Rᵢ ← Rᵢ + k·Rⱼ`, never a scaling.
    pub ops: Vec<RowOp>,
    /// How many swaps: for a square matrix `det A = (−1)^swaps · Π Uᵢᵢ`.
    pub swaps: usize,
}

/// Forward elimination to a row echelon form, the hand method: for each column from the left,
/// bring up a pivot row by the [`Pivoting`] rule (exact: the first entry ±1, else the first
/// nonzero one; real: the largest in magnitude), then subtract multiples of it from the rows
/// below to clear the column. Rows are never scaled, so `det A = (−1)^swaps · Π Uᵢᵢ` for
/// square `A`.
pub fn row_echelon(a: &Matrix) -> Echelon {
    let rule = Pivoting::for_matrix(a);
    let (m, n) = a.shape();
    let mut u = a.clone();
    let (mut ops, mut pivots, mut swaps) = (Vec::new(), Vec::new(), 0);
    let mut row = 0;
    for col in 0..n {
        if row == m {
            break;
        }
        let Some(p) = rule.pivot_row(&u, row, col) else {
            continue;
        };
        if p != row {
            let op = RowOp::Swap(p, row);
            op.apply(&mut u);
            ops.push(op);
            swaps += 1;
        }
        let pv = u.get(row, col);
        for i in row + 1..m {
            let Some(f) = u.get(i, col).checked_div(pv) else {
                continue;
            };
            if rule.is_zero(u.get(i, col)) {
                continue;
            }
            let op = RowOp::AddMultiple {
                target: i,
                source: row,
                factor: -f,
            };
            op.apply(&mut u);
            u.set(i, col, Scalar::ZERO);
            ops.push(op);
        }
        pivots.push(col);
        row += 1;
    }
    Echelon {
        form: rule.clean(u),
        pivots,
        ops,
        swaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::linalg::determinant;
    use nalgebra::{DMatrix, DVector};

    fn ints(xs: &[i64]) -> Vec<Scalar> {
        xs.iter().map(|&x| Scalar::int(x)).collect()
    }

    /// A deterministic pseudo-random integer in `-r..=r` (tests only).
    fn lcg(state: &mut u64, r: i64) -> i64 {
        *state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((*state >> 33) % (2 * r as u64 + 1)) as i64 - r
    }

    fn random_matrix(state: &mut u64, m: usize, n: usize, r: i64) -> Matrix {
        Matrix::from_fn(m, n, |_, _| Scalar::int(lcg(state, r)))
    }

    #[test]
    fn unique_solution_by_hand() {
        // x + 2y = 5, 3x + 4y = 6  ⇒  x = −4, y = 9/2
        let a = Matrix::from_ints(&[[1, 2], [3, 4]]);
        let s = solve(&a, &ints(&[5, 6])).unwrap();
        assert_eq!(
            s,
            Solution::Unique(vec![Scalar::int(-4), Scalar::frac(9, 2)])
        );
    }

    #[test]
    fn inconsistent_and_infinite_by_hand() {
        let a = Matrix::from_ints(&[[1, 2, 3], [2, 4, 6]]);
        assert_eq!(solve(&a, &ints(&[1, 3])), Some(Solution::Inconsistent));
        // x + 2y + 3z = 1: x = 1 − 2y − 3z.
        assert_eq!(
            solve(&a, &ints(&[1, 2])),
            Some(Solution::Infinite {
                particular: ints(&[1, 0, 0]),
                null_basis: vec![ints(&[-2, 1, 0]), ints(&[-3, 0, 1])],
            })
        );
        assert_eq!(solve(&a, &ints(&[1])), None);
    }

    #[test]
    fn solve_with_steps_records_the_augmented_elimination() {
        let a = Matrix::from_ints(&[[0, 1], [2, 1]]);
        let b = ints(&[3, 5]);
        let (s, e) = solve_with_steps(&a, &b).unwrap();
        assert_eq!(s, Solution::Unique(ints(&[1, 3])));
        assert_eq!(e.rref.shape(), (2, 3));
        assert_eq!(e.ops[0], RowOp::Swap(1, 0));
        let mut m = a.hstack(&Matrix::from_ints(&[[3], [5]])).unwrap();
        e.ops.iter().for_each(|op| op.apply(&mut m));
        assert_eq!(m, e.rref);
    }

    #[test]
    fn unique_solutions_agree_with_nalgebra() {
        let mut state = 11;
        let mut checked = 0;
        for _ in 0..300 {
            let a = random_matrix(&mut state, 3, 3, 6);
            let b = ints(&[lcg(&mut state, 9), lcg(&mut state, 9), lcg(&mut state, 9)]);
            let na = a.to_nalgebra();
            let Some(x) = na
                .clone()
                .lu()
                .solve(&DVector::from_iterator(3, b.iter().map(Scalar::to_f64)))
            else {
                assert!(determinant(&a).unwrap().is_zero());
                continue;
            };
            if determinant(&a).unwrap().is_zero() {
                continue;
            }
            let Some(Solution::Unique(ours)) = solve(&a, &b) else {
                panic!("{a:?} should have a unique solution");
            };
            assert_eq!(a.mul_vec(&ours).unwrap(), b, "exact residual");
            for (o, r) in ours.iter().zip(x.iter()) {
                assert!((o.to_f64() - r).abs() < 1e-9);
            }
            checked += 1;
        }
        assert!(checked > 250);
    }

    #[test]
    fn null_space_of_a_two_by_three_by_hand() {
        // RREF [[1, 0, −1], [0, 1, 2]]: x₃ free, x = x₃·(1, −2, 1).
        let a = Matrix::from_ints(&[[1, 1, 1], [1, 2, 3]]);
        assert_eq!(null_space(&a), vec![ints(&[1, -2, 1])]);
        assert!(null_space(&Matrix::identity(3)).is_empty());
        assert_eq!(
            null_space(&Matrix::zeros(1, 2)),
            vec![ints(&[1, 0]), ints(&[0, 1])]
        );
    }

    #[test]
    fn null_spaces_agree_with_nalgebra() {
        let mut state = 5;
        for _ in 0..300 {
            // rank ≤ 2 by construction: a 3×2 times a 2×4
            let a = random_matrix(&mut state, 3, 2, 3)
                .mul(&random_matrix(&mut state, 2, 4, 3))
                .unwrap();
            let basis = null_space(&a);
            let na = a.to_nalgebra();
            assert_eq!(basis.len(), 4 - na.rank(1e-9));
            for v in &basis {
                assert!(a.mul_vec(v).unwrap().iter().all(Scalar::is_zero));
            }
            if !basis.is_empty() {
                let b = DMatrix::from_fn(4, basis.len(), |i, j| basis[j][i].to_f64());
                assert_eq!(b.rank(1e-9), basis.len(), "basis is independent");
            }
        }
    }

    #[test]
    fn independence_and_dependency() {
        let v1 = ints(&[1, 2, 0]);
        let v2 = ints(&[0, 1, 1]);
        let v3 = ints(&[2, 5, 1]); // 2·v₁ + v₂
        assert!(linearly_independent(&[v1.clone(), v2.clone()]));
        assert!(!linearly_independent(&[v1.clone(), v2.clone(), v3.clone()]));
        assert_eq!(
            dependency(&[v1.clone(), v2.clone(), v3.clone()]),
            Some(ints(&[-2, -1, 1]))
        );
        assert_eq!(dependency(&[v1.clone(), v2.clone()]), None);
        // u₂ = 2·u₁, so −2·u₁ + u₂ = 0.
        let (u1, u2) = (ints(&[2, 4]), ints(&[4, 8]));
        assert_eq!(dependency(&[u1, u2]), Some(ints(&[-2, 1])));
        // More vectors than dimensions are always dependent.
        let three = [ints(&[1, 0]), ints(&[0, 1]), ints(&[3, 4])];
        assert!(!linearly_independent(&three));
        let c = dependency(&three).unwrap();
        assert_eq!(c, ints(&[-3, -4, 1]));
        // Odd inputs.
        assert!(linearly_independent(&[]));
        assert!(!linearly_independent(&[ints(&[1, 2]), ints(&[1])]));
        assert_eq!(dependency(&[ints(&[1, 2]), ints(&[1])]), None);
        assert_eq!(dependency(&[ints(&[0, 0])]), Some(ints(&[1])));
    }

    #[test]
    fn dependencies_agree_with_nalgebra_rank() {
        let mut state = 3;
        for _ in 0..300 {
            let vs: Vec<Vec<Scalar>> = (0..3)
                .map(|_| (0..3).map(|_| Scalar::int(lcg(&mut state, 2))).collect())
                .collect();
            let m = Matrix::from_columns(&vs).unwrap();
            let independent = m.to_nalgebra().rank(1e-9) == 3;
            assert_eq!(linearly_independent(&vs), independent);
            match dependency(&vs) {
                None => assert!(independent),
                Some(c) => {
                    assert!(c.iter().any(|x| !x.is_zero()));
                    assert!(m.mul_vec(&c).unwrap().iter().all(Scalar::is_zero));
                }
            }
        }
    }

    #[test]
    fn real_systems_use_the_tolerance() {
        let a = Matrix::from_fn(2, 2, |i, j| Scalar::Real([[0.5, 0.25], [1.0, 3.0]][i][j]));
        let Some(Solution::Unique(x)) = solve(&a, &[Scalar::Real(1.0), Scalar::Real(2.0)]) else {
            panic!("unique");
        };
        assert!((x[0].to_f64() - 2.0).abs() < 1e-12 && x[1].to_f64().abs() < 1e-12);
        let singular = Matrix::from_fn(2, 2, |i, _| Scalar::Real(0.1 * (i + 1) as f64));
        assert_eq!(null_space(&singular).len(), 1);
    }

    #[test]
    fn echelon_form_gives_the_determinant() {
        let a = Matrix::from_ints(&[[0, 2, 1], [3, 1, 4], [1, 1, 1]]);
        let e = row_echelon(&a);
        assert_eq!(e.swaps, 1);
        assert!(e.ops.iter().all(|op| !matches!(op, RowOp::Scale(..))));
        let diag = (0..3).fold(Scalar::ONE, |p, i| p * e.form.get(i, i));
        assert_eq!(-diag, determinant(&a).unwrap());
        for i in 0..3 {
            for j in 0..i {
                assert!(e.form.get(i, j).is_zero());
            }
        }
        let mut m = a.clone();
        e.ops.iter().for_each(|op| op.apply(&mut m));
        assert_eq!(m, e.form);
        let mut state = 9;
        for _ in 0..200 {
            let a = random_matrix(&mut state, 4, 4, 5);
            let e = row_echelon(&a);
            let d = if e.pivots.len() < 4 {
                Scalar::ZERO
            } else {
                let p = (0..4).fold(Scalar::ONE, |p, i| p * e.form.get(i, i));
                if e.swaps % 2 == 1 { -p } else { p }
            };
            assert!((d.to_f64() - a.to_nalgebra().determinant()).abs() < 1e-6);
            assert_eq!(e.pivots.len(), a.to_nalgebra().rank(1e-9));
        }
    }
}
