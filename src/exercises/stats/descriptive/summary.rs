//! The descriptive statistics of this family's kinds, computed exactly with [`Scalar`] (exact
//! fractions while they fit, so a mean of 17/3 stays 17/3). Conventions, as the prompts state them:
//! - the sample variance divides by n − 1, the population variance by n: the mean, sums of
//!   squares and variances are [`crate::exercises::common::moments`], re-exported here;
//! - quantiles are numpy's default linear method (Hyndman–Fan type 7): the q-quantile of the
//!   sorted data x₁ ≤ … ≤ xₙ sits at position h = (n − 1)·q (0-based) and interpolates linearly
//!   between the two values around it;
//! - the textbook quartiles are the medians of the lower and upper halves, the median itself left
//!   out of both halves when n is odd.

use crate::math::Scalar;

pub use crate::exercises::common::moments::{
    Convention, mean, per, sum_cross_dev, sum_sq_dev, total, variance,
};

/// The values in increasing order.
pub fn sorted(xs: &[Scalar]) -> Vec<Scalar> {
    let mut s = xs.to_vec();
    s.sort_by(|a, b| a.to_f64().total_cmp(&b.to_f64()));
    s
}

/// The median of sorted data: the middle value (n odd) or the mean of the two middle values.
pub fn median(sorted: &[Scalar]) -> Scalar {
    let n = sorted.len();
    if n == 0 {
        return Scalar::Real(f64::NAN);
    }
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        per(sorted[n / 2 - 1] + sorted[n / 2], 2)
    }
}

/// Where numpy's type-7 quantile `q = num/den` of n sorted values sits: the 0-based index `k`
/// below it and the fraction `f` of the way to the next value, h = (n − 1)·q = k + f.
pub fn position7(n: usize, num: i64, den: i64) -> (usize, Scalar) {
    let h = (n.saturating_sub(1) as i64) * num;
    let k = (h / den) as usize;
    (k, Scalar::frac(h % den, den))
}

/// numpy's default (linear, type 7) quantile `q = num/den` of sorted data:
/// x₍ₖ₎ + f·(x₍ₖ₊₁₎ − x₍ₖ₎) with h = (n − 1)·q = k + f (0-based positions).
pub fn quantile7(sorted: &[Scalar], num: i64, den: i64) -> Scalar {
    if sorted.is_empty() {
        return Scalar::Real(f64::NAN);
    }
    let (k, f) = position7(sorted.len(), num, den);
    let next = sorted[(k + 1).min(sorted.len() - 1)];
    sorted[k] + f * (next - sorted[k])
}

/// Type-7 quartiles `(Q₁, Q₃)`.
pub fn quartiles7(sorted: &[Scalar]) -> (Scalar, Scalar) {
    (quantile7(sorted, 1, 4), quantile7(sorted, 3, 4))
}

/// The lower and upper halves of sorted data, the median left out when n is odd.
pub fn halves(sorted: &[Scalar]) -> (&[Scalar], &[Scalar]) {
    let n = sorted.len();
    (&sorted[..n / 2], &sorted[n.div_ceil(2)..])
}

/// Textbook quartiles `(Q₁, Q₃)`: the medians of the lower and upper halves.
pub fn quartiles_halves(sorted: &[Scalar]) -> (Scalar, Scalar) {
    let (lo, hi) = halves(sorted);
    (median(lo), median(hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn quartiles_follow_numpy_type_7_and_the_textbook_halves() {
        // numpy.quantile([1, 2, 3, 4, 5, 6], [0.25, 0.75]) = [2.25, 4.75]
        let s = scalars(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(quartiles7(&s), (Scalar::frac(9, 4), Scalar::frac(19, 4)));
        assert_eq!(quartiles_halves(&s), (Scalar::int(2), Scalar::int(5)));
        // numpy.quantile([1, 3, 7, 8, 20], [0.25, 0.75]) = [3, 8]; halves {1, 3}, {8, 20}
        let s = scalars(&[1, 3, 7, 8, 20]);
        assert_eq!(quartiles7(&s), (Scalar::int(3), Scalar::int(8)));
        assert_eq!(quartiles_halves(&s), (Scalar::int(2), Scalar::int(14)));
        assert_eq!(median(&s), Scalar::int(7));
        assert_eq!(median(&scalars(&[1, 2])), Scalar::frac(3, 2));
        assert_eq!(quantile7(&scalars(&[4]), 3, 4), Scalar::int(4));
        assert!(quantile7(&[], 1, 2).to_f64().is_nan());
    }
}
