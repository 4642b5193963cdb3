//! Partner tables: for every small integer vector `u`, the candidate vectors `v` that make a nice
//! pair with it (an angle with a closed-form cosine, an exact similarity, an integer area),
//! searched once in integer arithmetic and kept, instead of rescanning the candidate grid in
//! exact arithmetic for every problem.
//!
//! A kind keeps its tables in a `LazyLock` and draws from them with the problem's RNG. The table
//! of `u` lists every candidate of the grid that pairs with `u`, in grid order (the order of
//! [`grid_ints`]), so drawing one of them with `rng.pick` gives exactly the distribution (and,
//! for a given RNG stream, exactly the vector) that filtering the grid per problem gave.

use crate::math::Scalar;

/// Every integer vector of length `dim` with entries in `lo..=hi` (`(hi − lo + 1)^dim` of them;
/// keep this small), the first entry varying fastest: the vector of index
/// `Σ (xᵢ − lo)·sideⁱ` (side = hi − lo + 1) is at that index.
pub fn grid_ints(dim: usize, lo: i64, hi: i64) -> Vec<Vec<i64>> {
    let side = (hi - lo + 1).max(0) as usize;
    let count = side.pow(dim as u32);
    (0..count)
        .map(|mut k| {
            (0..dim)
                .map(|_| {
                    let x = lo + (k % side) as i64;
                    k /= side;
                    x
                })
                .collect()
        })
        .collect()
}

/// The dot product of two integer vectors of the same length.
pub fn dot_ints(u: &[i64], v: &[i64]) -> i64 {
    u.iter().zip(v).map(|(a, b)| a * b).sum()
}

/// How many entries are nonzero.
pub fn nonzero_ints(v: &[i64]) -> usize {
    v.iter().filter(|&&x| x != 0).count()
}

/// Whether `n ≥ 0` is a perfect square (exactly, in integers).
pub fn is_square(n: i64) -> bool {
    if n < 0 {
        return false;
    }
    let r = (n as f64).sqrt().round() as i64;
    (r.saturating_sub(1)..=r.saturating_add(1)).any(|c| c.checked_mul(c) == Some(n))
}

/// For each vector `u` of the grid `dim × (u_lo..=u_hi)`, the candidates of the grid
/// `dim × (v_lo..=v_hi)` that pair with it.
pub struct PartnerTable {
    dim: usize,
    u_lo: i64,
    u_hi: i64,
    candidates: Vec<Vec<i64>>,
    /// `partners[i]`: the indices into `candidates` (increasing) of the partners of the `u` of
    /// grid index `i`.
    partners: Vec<Vec<u32>>,
}

impl PartnerTable {
    /// Tests every pair `(u, v)` of the two grids with `pair` once: `(u_hi − u_lo + 1)^dim ·
    /// (v_hi − v_lo + 1)^dim` calls (a few hundred thousand at most for the kinds' grids).
    pub fn new(
        dim: usize,
        (u_lo, u_hi): (i64, i64),
        (v_lo, v_hi): (i64, i64),
        pair: impl Fn(&[i64], &[i64]) -> bool,
    ) -> PartnerTable {
        let candidates = grid_ints(dim, v_lo, v_hi);
        let partners = grid_ints(dim, u_lo, u_hi)
            .iter()
            .map(|u| {
                (0..candidates.len())
                    .filter(|&j| pair(u, &candidates[j]))
                    .map(|j| j as u32)
                    .collect()
            })
            .collect();
        PartnerTable {
            dim,
            u_lo,
            u_hi,
            candidates,
            partners,
        }
    }

    /// The grid index of `u`; `None` if `u` is not an integer vector of the `u` grid.
    fn index(&self, u: &[Scalar]) -> Option<usize> {
        if u.len() != self.dim {
            return None;
        }
        let side = (self.u_hi - self.u_lo + 1) as usize;
        u.iter().rev().try_fold(0usize, |k, x| {
            let x = x.as_integer()?;
            (self.u_lo..=self.u_hi)
                .contains(&x)
                .then(|| k * side + (x - self.u_lo) as usize)
        })
    }

    /// The partners of `u`, as indices for [`PartnerTable::vector`] (empty for a `u` outside
    /// the grid).
    pub fn partners(&self, u: &[Scalar]) -> &[u32] {
        self.index(u).map_or(&[], |i| &self.partners[i])
    }

    /// The candidate of index `j` (from [`PartnerTable::partners`]), as exact scalars.
    pub fn vector(&self, j: u32) -> Vec<Scalar> {
        self.candidates[j as usize]
            .iter()
            .map(|&x| Scalar::int(x))
            .collect()
    }
}

/// The reference the kinds' tests compare their tables with: the partners of `u` found by
/// filtering the whole candidate grid with `pair` on exact scalars (the per-problem search the
/// tables replace), as vectors.
#[cfg(test)]
pub fn scanned_partners(
    u: &[Scalar],
    (v_lo, v_hi): (i64, i64),
    pair: impl Fn(&[Scalar], &[Scalar]) -> bool,
) -> Vec<Vec<Scalar>> {
    grid_ints(u.len(), v_lo, v_hi)
        .into_iter()
        .map(|v| v.into_iter().map(Scalar::int).collect::<Vec<Scalar>>())
        .filter(|v| pair(u, v))
        .collect()
}

/// The table's partners of `u`, as vectors (for the tests).
#[cfg(test)]
pub fn tabled_partners(table: &PartnerTable, u: &[Scalar]) -> Vec<Vec<Scalar>> {
    table.partners(u).iter().map(|&j| table.vector(j)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_index_matches_grid_order() {
        let t = PartnerTable::new(3, (-2, 3), (0, 1), |_, _| true);
        for (i, u) in grid_ints(3, -2, 3).iter().enumerate() {
            let s: Vec<Scalar> = u.iter().map(|&x| Scalar::int(x)).collect();
            assert_eq!(t.index(&s), Some(i));
        }
        assert_eq!(t.index(&[Scalar::int(4), Scalar::ZERO, Scalar::ZERO]), None);
        assert_eq!(
            t.index(&[Scalar::frac(1, 2), Scalar::ZERO, Scalar::ZERO]),
            None
        );
        assert_eq!(t.index(&[Scalar::ZERO, Scalar::ZERO]), None);
        assert!(t.partners(&[Scalar::int(9); 3]).is_empty());
        assert_eq!(t.partners(&[Scalar::ZERO; 3]).len(), 8);
    }

    #[test]
    fn grids_hold_every_vector_once() {
        let g = grid_ints(2, -1, 1);
        assert_eq!(g.len(), 9);
        assert!(g.contains(&vec![-1, 1]));
        assert_eq!(grid_ints(3, 0, 4).len(), 125);
        assert!(grid_ints(2, 1, 0).is_empty());
        assert_eq!(g[0], [-1, -1]);
        assert_eq!(g[1], [0, -1]);
        let mut sorted = g.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 9);
    }

    #[test]
    fn squares_are_recognised_exactly() {
        let squares: Vec<i64> = (0..200).filter(|&n| is_square(n)).collect();
        assert_eq!(squares, (0..15).map(|r| r * r).collect::<Vec<i64>>());
        assert!(!is_square(-4));
        assert!(is_square(3_037_000_499 * 3_037_000_499));
        assert!(!is_square(3_037_000_499 * 3_037_000_499 - 1));
        assert_eq!(dot_ints(&[1, -2, 3], &[4, 5, -6]), -24);
        assert_eq!(nonzero_ints(&[0, 3, 0, -1]), 2);
    }
}
