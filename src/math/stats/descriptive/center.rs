//! Measures of the centre: mean, median and the modes.

use super::checks::sorted;
use super::sum::Centered;
use crate::math::stats::StatsError;

/// The arithmetic mean `x̄ = (x₁ + … + xₙ)/n` (numpy `mean`, pandas `mean`).
///
/// Summed with compensation in a scale where nothing overflows, so the mean of `[1e308, 1e308]`
/// is `1e308` and the mean of `10⁹ + small values` keeps the small values' digits.
/// Empty data or a NaN/±∞ value → `Err`.
pub fn mean(xs: &[f64]) -> Result<f64, StatsError> {
    Ok(Centered::new(xs)?.mean)
}

/// The median: the middle value of the sorted data when `n` is odd, the mean of the two middle
/// values when `n` is even (numpy `median`; the same as [`super::quantile`] at `q = 0.5`, to the
/// rounding of the last digit: the midpoint `a/2 + b/2` and numpy's lerp round differently).
pub fn median(xs: &[f64]) -> Result<f64, StatsError> {
    Ok(median_of_sorted(&sorted(xs)?))
}

/// The median of already sorted, non-empty data.
pub(crate) fn median_of_sorted(s: &[f64]) -> f64 {
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        // a/2 + b/2 rather than (a + b)/2, which would overflow for a, b near f64::MAX.
        s[n / 2 - 1] / 2.0 + s[n / 2] / 2.0
    }
}

/// The most frequent values and how often each occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct Modes {
    /// Every value that occurs `count` times, ascending.
    pub values: Vec<f64>,
    /// The highest number of occurrences of any value.
    pub count: usize,
}

impl Modes {
    /// `true` when some value occurs more than once. When none does (`count == 1`), every value
    /// is a "mode" by this definition and many textbooks say instead that the data have no mode.
    pub fn has_repeat(&self) -> bool {
        self.count > 1
    }
}

/// All the modes: every value that occurs the greatest number of times, sorted ascending
/// (Python's `statistics.multimode`; `scipy.stats.mode` returns only the smallest of them).
/// Values are compared exactly (`2.0` and `2.0000001` are different values).
///
/// With no repeated value every value ties with count 1 and all are returned: check
/// [`Modes::has_repeat`] to report "no mode" as textbooks do. Empty data or NaN → `Err`.
pub fn modes(xs: &[f64]) -> Result<Modes, StatsError> {
    let s = sorted(xs)?;
    let mut best = Modes {
        values: Vec::new(),
        count: 0,
    };
    let mut start = 0;
    while start < s.len() {
        let run = s[start..].iter().take_while(|&&x| x == s[start]).count();
        if run > best.count {
            best.count = run;
            best.values.clear();
        }
        if run == best.count {
            best.values.push(s[start]);
        }
        start += run;
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cases_by_hand() {
        assert_eq!(mean(&[2.0, 4.0, 9.0]), Ok(5.0));
        assert_eq!(median(&[9.0, 2.0, 4.0]), Ok(4.0));
        assert_eq!(median(&[9.0, 2.0, 4.0, 7.0]), Ok(5.5));
        let m = modes(&[3.0, 1.0, 3.0, 2.0, 1.0, 5.0]).unwrap();
        assert_eq!((m.values, m.count), (vec![1.0, 3.0], 2));
        let none = modes(&[4.0, 1.0, 2.0]).unwrap();
        assert!(!none.has_repeat());
        assert_eq!(none.values, vec![1.0, 2.0, 4.0]);
        assert_eq!(modes(&[-0.0, 0.0, 1.0]).unwrap().count, 2);
    }

    #[test]
    fn extreme_scales() {
        assert_eq!(mean(&[f64::MAX, f64::MAX]), Ok(f64::MAX));
        assert_eq!(median(&[f64::MAX, f64::MAX]), Ok(f64::MAX));
        assert_eq!(mean(&[-f64::MAX, f64::MAX]), Ok(0.0));
        let tiny = [1e-310, 3e-310];
        assert_eq!(mean(&tiny), Ok(2e-310));
        // 10⁹ + 0.1, … : the mean keeps the small part to the data's own precision.
        let xs: Vec<f64> = (1..=999).map(|i| 1e9 + i as f64 / 10.0).collect();
        assert!((mean(&xs).unwrap() - (1e9 + 50.0)).abs() < 1e-6);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert_eq!(mean(&[]), Err(StatsError::Empty));
        assert!(matches!(
            median(&[1.0, f64::NAN]),
            Err(StatsError::NotFinite { index: 1, .. })
        ));
        assert!(modes(&[f64::INFINITY]).is_err());
    }
}
