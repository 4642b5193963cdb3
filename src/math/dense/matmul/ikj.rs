//! Stage 2 of the product: the same sums with the loops in the order i-k-j.

use super::{Dense, product_shape};

/// `A·B` by the i-k-j loop: for each row `i` of `C` and each `k`, add `aᵢₖ` times row `k` of `B`
/// to row `i` of `C` (an "axpy"). `None` unless `A` has as many columns as `B` has rows.
///
/// Why it is faster than [`super::naive`]: the inner loop runs along row `k` of `B` and row `i`
/// of `C`, both contiguous, so every byte of each cache line is used; and its `n` updates are
/// independent of one another, so the compiler vectorises them (two or four `f64`s per SIMD
/// instruction) and the processor overlaps them. The terms of each `cᵢⱼ` still arrive in the
/// order `k = 0, 1, …`. What remains slow: each step reads and writes the whole row of `C` from
/// memory for one multiply-add per entry, and for large `n` the rows of `B` no longer stay in
/// cache from one `i` to the next.
pub fn ikj(a: &Dense, b: &Dense) -> Option<Dense> {
    let (m, _, n) = product_shape(a, b)?;
    let mut c = Dense::zeros(m, n);
    if n == 0 {
        return Some(c);
    }
    for (a_row, c_row) in a
        .as_slice()
        .chunks_exact(a.ncols().max(1))
        .zip(c.as_mut_slice().chunks_exact_mut(n))
    {
        for (&x, b_row) in a_row.iter().zip(b.as_slice().chunks_exact(n)) {
            for (c, &y) in c_row.iter_mut().zip(b_row) {
                *c += x * y;
            }
        }
    }
    Some(c)
}
