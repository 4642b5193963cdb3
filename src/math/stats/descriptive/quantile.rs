//! Quantiles and quartiles, in the two conventions a learner meets: numpy's linear interpolation
//! (Hyndman–Fan type 7) and the textbook median-of-halves quartiles.

use super::center::median_of_sorted;
use super::checks::sorted;
use crate::math::stats::StatsError;

/// How quartiles are computed. The two disagree on most data sets, which is why a drill states
/// which one it wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuartileMethod {
    /// numpy's default `np.quantile(x, [0.25, 0.75])` (method `"linear"`, Hyndman–Fan type 7,
    /// also pandas, R's default and Excel's `QUARTILE.INC`): see [`quantile`].
    Linear,
    /// The textbook (TI-83, "method 1") rule: Q1 is the median of the lower half and Q3 the
    /// median of the upper half of the sorted data, the median itself left out of both halves
    /// when n is odd. Needs n ≥ 2.
    MedianOfHalves,
}

/// The `q`-quantile (0 ≤ q ≤ 1) by numpy's default linear method, Hyndman–Fan type 7.
///
/// Sort the data into `x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎`, let `h = (n − 1)·q`, `j = ⌊h⌋`, `g = h − j`; then
/// `Q(q) = x₍ⱼ₎ + g·(x₍ⱼ₊₁₎ − x₍ⱼ₎)`: the sorted values sit at the evenly spaced positions
/// 0, 1/(n−1), …, 1 and the quantile is read off the straight lines between them. The
/// interpolation is written as numpy writes it (from the nearer end), so the results agree to the
/// last digit. Empty data, NaN, or q outside [0, 1] → `Err`.
pub fn quantile(xs: &[f64], q: f64) -> Result<f64, StatsError> {
    check_q(q)?;
    Ok(quantile_of_sorted(&sorted(xs)?, q))
}

/// Several quantiles of the same data, sorting once (numpy `np.quantile(x, qs)`).
pub fn quantiles(xs: &[f64], qs: &[f64]) -> Result<Vec<f64>, StatsError> {
    qs.iter().try_for_each(|&q| check_q(q))?;
    let s = sorted(xs)?;
    Ok(qs.iter().map(|&q| quantile_of_sorted(&s, q)).collect())
}

fn check_q(q: f64) -> Result<(), StatsError> {
    if !(0.0..=1.0).contains(&q) {
        return Err(StatsError::OutOfRange {
            what: "a quantile's q",
            expected: "between 0 and 1",
            got: q,
        });
    }
    Ok(())
}

/// Type 7 on sorted, non-empty data with `q ∈ [0, 1]`.
pub(crate) fn quantile_of_sorted(s: &[f64], q: f64) -> f64 {
    let h = (s.len() - 1) as f64 * q;
    let j = h.floor() as usize;
    let g = h - h.floor();
    if j + 1 >= s.len() {
        return s[s.len() - 1];
    }
    lerp(s[j], s[j + 1], g)
}

/// `a + t·(b − a)`, computed from the nearer end as numpy's `_lerp` does (exact at t = 0 and
/// t = 1, monotone). If `b − a` overflows (a, b near ∓f64::MAX), `(1 − t)·a + t·b` instead.
fn lerp(a: f64, b: f64, t: f64) -> f64 {
    let d = b - a;
    if !d.is_finite() {
        return (1.0 - t) * a + t * b;
    }
    if t < 0.5 {
        a + d * t
    } else {
        b - d * (1.0 - t)
    }
}

/// The quartiles `(Q1, Q2, Q3)` by the given method; Q2 is the median in both.
pub fn quartiles(xs: &[f64], method: QuartileMethod) -> Result<(f64, f64, f64), StatsError> {
    let s = sorted(xs)?;
    match method {
        QuartileMethod::Linear => Ok((
            quantile_of_sorted(&s, 0.25),
            quantile_of_sorted(&s, 0.5),
            quantile_of_sorted(&s, 0.75),
        )),
        QuartileMethod::MedianOfHalves => {
            let n = s.len();
            if n < 2 {
                return Err(StatsError::TooFew {
                    what: "median-of-halves quartiles",
                    need: 2,
                    got: n,
                });
            }
            let half = n / 2;
            Ok((
                median_of_sorted(&s[..half]),
                median_of_sorted(&s),
                median_of_sorted(&s[n - half..]),
            ))
        }
    }
}

/// The interquartile range `IQR = Q3 − Q1` by the given method.
pub fn iqr(xs: &[f64], method: QuartileMethod) -> Result<f64, StatsError> {
    let (q1, _, q3) = quartiles(xs, method)?;
    Ok(q3 - q1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_seven_by_hand() {
        let xs = [7.0, 1.0, 3.0, 5.0];
        // h = 3q: q = 0.25 → h = 0.75 → 1 + 0.75·2 = 2.5.
        assert_eq!(quantile(&xs, 0.25), Ok(2.5));
        assert_eq!(quantile(&xs, 0.5), Ok(4.0));
        assert_eq!(quantile(&xs, 0.0), Ok(1.0));
        assert_eq!(quantile(&xs, 1.0), Ok(7.0));
        assert_eq!(quantile(&[4.0], 0.3), Ok(4.0));
        assert_eq!(quantiles(&xs, &[0.75, 0.25]), Ok(vec![5.5, 2.5]));
    }

    #[test]
    fn the_two_quartile_methods_differ() {
        // 1..=9: halves 1..4 and 6..9 → 2.5 and 7.5; type 7: h = 2 and 6 → 3 and 7.
        let xs: Vec<f64> = (1..=9).map(f64::from).collect();
        assert_eq!(
            quartiles(&xs, QuartileMethod::MedianOfHalves),
            Ok((2.5, 5.0, 7.5))
        );
        assert_eq!(quartiles(&xs, QuartileMethod::Linear), Ok((3.0, 5.0, 7.0)));
        // Even n: 1..=8 → halves 1..4 and 5..8 → 2.5, 6.5; type 7: 2.75, 6.25.
        let ys: Vec<f64> = (1..=8).map(f64::from).collect();
        assert_eq!(iqr(&ys, QuartileMethod::MedianOfHalves), Ok(4.0));
        assert_eq!(iqr(&ys, QuartileMethod::Linear), Ok(3.5));
        assert!(quartiles(&[1.0], QuartileMethod::MedianOfHalves).is_err());
    }

    #[test]
    fn extremes_and_bad_input() {
        assert_eq!(quantile(&[-f64::MAX, f64::MAX], 0.5), Ok(0.0));
        let q = quantile(&[-f64::MAX, f64::MAX], 0.75).unwrap();
        assert!((q - f64::MAX / 2.0).abs() <= 1e-15 * f64::MAX);
        assert!(quantile(&[1.0], 1.5).is_err());
        assert!(quantile(&[1.0], f64::NAN).is_err());
        assert!(quantile(&[], 0.5).is_err());
        assert!(quantiles(&[1.0, f64::INFINITY], &[0.5]).is_err());
    }
}
