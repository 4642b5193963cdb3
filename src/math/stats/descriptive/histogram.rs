//! Histogram bins as `numpy.histogram(x, bins=k)` makes them.

use super::checks::sorted;
use crate::math::stats::StatsError;

/// The most bins a histogram may have (an input bound: a larger request is an error).
pub const MAX_BINS: usize = 1_000_000;

/// Counts of the data in `k` equal-width bins.
#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    /// The `k + 1` bin edges, ascending: bin `i` is `[edges[i], edges[i+1])`, except the last,
    /// which is closed on both sides.
    pub edges: Vec<f64>,
    /// How many values fall in each bin; they add up to n.
    pub counts: Vec<usize>,
}

impl Histogram {
    /// The width of every bin (`(max − min)/k`).
    pub fn width(&self) -> f64 {
        self.edges[1] - self.edges[0]
    }
}

/// `k` equal-width bins over `[min, max]` of the data, numpy's rule (`np.histogram(x, bins=k)`):
/// - the edges are `min + i·(max − min)/k` for i = 0..k, the last one set to `max` exactly
///   (`np.linspace`);
/// - a value `x` goes into bin `i` with `edges[i] ≤ x < edges[i+1]`, and the maximum into the
///   last bin (the last bin is closed);
/// - when all values are equal the range is `[x − 0.5, x + 0.5]`, as numpy does.
///
/// Empty data, NaN, k = 0 or k > [`MAX_BINS`], or a range `max − min` that overflows → `Err`.
pub fn histogram(xs: &[f64], k: usize) -> Result<Histogram, StatsError> {
    if k == 0 || k > MAX_BINS {
        return Err(StatsError::OutOfRange {
            what: "the number of bins",
            expected: "between 1 and 1000000",
            got: k as f64,
        });
    }
    let s = sorted(xs)?;
    let (mut lo, mut hi) = (s[0], s[s.len() - 1]);
    if lo == hi {
        (lo, hi) = (lo - 0.5, hi + 0.5);
    }
    let step = (hi - lo) / k as f64;
    if !step.is_finite() || step == 0.0 {
        return Err(StatsError::OutOfRange {
            what: "the range max − min",
            expected: "finite and wider than a rounding error",
            got: hi - lo,
        });
    }
    let mut edges: Vec<f64> = (0..=k).map(|i| i as f64 * step + lo).collect();
    edges[k] = hi;
    let mut counts = vec![0; k];
    for x in &s {
        // The last edge ≤ x, found by bisection; the maximum belongs to the last bin.
        let i = edges
            .partition_point(|e| e <= x)
            .saturating_sub(1)
            .min(k - 1);
        counts[i] += 1;
    }
    Ok(Histogram { edges, counts })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_by_hand() {
        let h = histogram(&[1.0, 2.0, 2.0, 3.0, 5.0], 4).unwrap();
        assert_eq!(h.edges, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
        // 2 sits on an edge: it opens bin 1. 5, the maximum, closes the last bin.
        assert_eq!(h.counts, vec![1, 2, 1, 1]);
        assert_eq!(h.width(), 1.0);
        let same = histogram(&[3.0, 3.0], 2).unwrap();
        assert_eq!(same.edges, vec![2.5, 3.0, 3.5]);
        assert_eq!(same.counts, vec![0, 2]);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(histogram(&[1.0, 2.0], 0).is_err());
        assert!(histogram(&[1.0, 2.0], MAX_BINS + 1).is_err());
        assert!(histogram(&[], 3).is_err());
        assert!(histogram(&[-f64::MAX, f64::MAX], 3).is_err());
        assert!(histogram(&[1.0, f64::NAN], 3).is_err());
    }
}
