//! Stage 1 of the product: the definition, `cᵢⱼ = Σₖ aᵢₖ·bₖⱼ`, as an i-j-k loop.

use super::{Dense, product_shape};

/// `A·B` by the i-j-k triple loop: each `cᵢⱼ` is the dot product of row `i` of `A` with column
/// `j` of `B`. `None` unless `A` has as many columns as `B` has rows.
///
/// Why it is slow: in a row-major buffer the column `bₖⱼ, k = 0, 1, …` lies `n` entries apart,
/// so every term loads a new cache line (and uses 8 of its 64 bytes), and the running sum is one
/// chain of dependent additions the processor cannot overlap or vectorise.
pub fn naive(a: &Dense, b: &Dense) -> Option<Dense> {
    let (m, _, n) = product_shape(a, b)?;
    Some(Dense::from_fn(m, n, |i, j| {
        a.row(i)
            .iter()
            .enumerate()
            .fold(0.0, |acc, (k, &x)| acc + x * b[(k, j)])
    }))
}
