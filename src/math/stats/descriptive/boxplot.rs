//! What a box plot shows: the five-number summary, the 1.5·IQR fences and the outliers.

use super::checks::sorted;
use super::quantile::{QuartileMethod, quartiles};
use crate::math::stats::StatsError;

/// `min, Q1, median, Q3, max` (quartiles by the method it was computed with).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FiveNumbers {
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

impl FiveNumbers {
    /// `[min, Q1, median, Q3, max]`.
    pub fn to_array(&self) -> [f64; 5] {
        [self.min, self.q1, self.median, self.q3, self.max]
    }
}

/// The five-number summary; with [`QuartileMethod::Linear`] it is numpy's
/// `np.quantile(x, [0, 0.25, 0.5, 0.75, 1])`.
pub fn five_numbers(xs: &[f64], method: QuartileMethod) -> Result<FiveNumbers, StatsError> {
    let s = sorted(xs)?;
    let (q1, median, q3) = quartiles(&s, method)?;
    Ok(FiveNumbers {
        min: s[0],
        q1,
        median,
        q3,
        max: s[s.len() - 1],
    })
}

/// Tukey's fences `Q1 − 1.5·IQR` and `Q3 + 1.5·IQR`, and the values outside them.
#[derive(Debug, Clone, PartialEq)]
pub struct Fences {
    pub q1: f64,
    pub q3: f64,
    /// `Q3 − Q1`.
    pub iqr: f64,
    /// `Q1 − 1.5·IQR`.
    pub lower: f64,
    /// `Q3 + 1.5·IQR`.
    pub upper: f64,
    /// The values strictly below `lower` or strictly above `upper`, ascending, with repeats (a
    /// value on a fence is not an outlier, as in matplotlib's `boxplot`).
    pub outliers: Vec<f64>,
}

/// The 1.5·IQR fences and outliers, quartiles by `method` (matplotlib's `boxplot` and seaborn use
/// [`QuartileMethod::Linear`]).
pub fn fences(xs: &[f64], method: QuartileMethod) -> Result<Fences, StatsError> {
    let s = sorted(xs)?;
    let (q1, _, q3) = quartiles(&s, method)?;
    let iqr = q3 - q1;
    let (lower, upper) = (q1 - 1.5 * iqr, q3 + 1.5 * iqr);
    let outliers = s
        .iter()
        .copied()
        .filter(|&x| x < lower || x > upper)
        .collect();
    Ok(Fences {
        q1,
        q3,
        iqr,
        lower,
        upper,
        outliers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_and_outliers_by_hand() {
        // 1..=8 and 30: type 7 → Q1 = 3, Q3 = 7, IQR = 4, fences −3 and 13.
        let mut xs: Vec<f64> = (1..=8).map(f64::from).collect();
        xs.push(30.0);
        let f = fences(&xs, QuartileMethod::Linear).unwrap();
        assert_eq!(
            (f.q1, f.q3, f.iqr, f.lower, f.upper),
            (3.0, 7.0, 4.0, -3.0, 13.0)
        );
        assert_eq!(f.outliers, vec![30.0]);
        // Median of halves: Q1 = 2.5, Q3 = 7.5 (halves 1..4 and 6,7,8,30) → fences −5, 15.
        let g = fences(&xs, QuartileMethod::MedianOfHalves).unwrap();
        assert_eq!((g.lower, g.upper), (-5.0, 15.0));
        // A value exactly on a fence is not an outlier.
        let on = fences(
            &[0.0, 4.0, 4.0, 4.0, 8.0, 4.0, 10.0],
            QuartileMethod::Linear,
        )
        .unwrap();
        assert!(on.outliers.iter().all(|&x| x < on.lower || x > on.upper));
    }

    #[test]
    fn five_numbers_in_order() {
        let f = five_numbers(&[9.0, 1.0, 5.0, 3.0, 7.0], QuartileMethod::Linear).unwrap();
        assert_eq!(f.to_array(), [1.0, 3.0, 5.0, 7.0, 9.0]);
        assert!(five_numbers(&[], QuartileMethod::Linear).is_err());
    }
}
