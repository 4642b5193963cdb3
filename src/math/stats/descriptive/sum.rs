//! Careful sums: compensated summation, and data centred at the mean in a safe scale.
//!
//! A plain running sum loses the low digits of every addend once the total is large (for data
//! like 10⁹ + 0.1, 10⁹ + 0.2, …), and squaring values of 10¹⁶⁰ overflows. Two remedies, used by
//! every statistic here:
//! - [`compensated_sum`] (Neumaier's variant of Kahan summation) carries the lost low part along;
//! - [`Centered`] divides the data by a power of two near their largest magnitude (exact in binary)
//!   before subtracting the mean and squaring, so nothing overflows or underflows on the way.

use super::checks::finite_data;
use crate::math::stats::StatsError;

/// `Σ xᵢ` with Neumaier's compensation: the rounding error of each addition is accumulated in `c`
/// and added back at the end, so the result is as if summed in about twice the precision.
pub fn compensated_sum(xs: impl IntoIterator<Item = f64>) -> f64 {
    let (mut s, mut c) = (0.0f64, 0.0f64);
    for x in xs {
        let t = s + x;
        // The part of the smaller operand that did not fit into t.
        c += if s.abs() >= x.abs() {
            (s - t) + x
        } else {
            (x - t) + s
        };
        s = t;
    }
    s + c
}

/// A power of two near the largest `|xᵢ|` (1 when all are 0). Dividing by it is exact and brings
/// every value into `[-2, 2]`.
fn power_of_two_scale(xs: &[f64]) -> f64 {
    let largest = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if largest == 0.0 {
        return 1.0;
    }
    let exponent = largest.log2().floor().clamp(-1022.0, 1023.0) as i32;
    2f64.powi(exponent)
}

/// Finite data written as `xᵢ = mean + scale·devᵢ`, where `scale` is a power of two near the
/// largest `|xᵢ|`. Statistics built from deviations (variance, covariance, correlation, the
/// least-squares line) are computed from `dev` and rescaled at the end.
#[derive(Debug, Clone)]
pub(crate) struct Centered {
    /// The arithmetic mean `x̄ = Σ xᵢ / n`, compensated-summed in the scaled units.
    pub mean: f64,
    /// The power of two the deviations are measured in.
    pub scale: f64,
    /// `(xᵢ − x̄)/scale`.
    pub dev: Vec<f64>,
}

impl Centered {
    pub fn new(xs: &[f64]) -> Result<Centered, StatsError> {
        finite_data(xs)?;
        let scale = power_of_two_scale(xs);
        let n = xs.len() as f64;
        let scaled_mean = compensated_sum(xs.iter().map(|x| x / scale)) / n;
        let dev = xs.iter().map(|x| x / scale - scaled_mean).collect();
        Ok(Centered {
            mean: scaled_mean * scale,
            scale,
            dev,
        })
    }

    /// `Σ devᵢ·otherᵢ` with the corrected two-pass term `− (Σ devᵢ)(Σ otherᵢ)/n`, which removes
    /// the effect of the rounding error of the mean (Chan, Golub & LeVeque, 1983). Both must be
    /// centred data of the same length; the result is in units of `scale·other.scale`.
    pub fn sum_of_products(&self, other: &Centered) -> f64 {
        let n = self.dev.len() as f64;
        let products = compensated_sum(self.dev.iter().zip(&other.dev).map(|(a, b)| a * b));
        let correction = compensated_sum(self.dev.iter().copied())
            * compensated_sum(other.dev.iter().copied())
            / n;
        products - correction
    }

    /// `Σ devᵢ²` (corrected two-pass), never negative; in units of `scale²`.
    pub fn sum_of_squares(&self) -> f64 {
        self.sum_of_products(self).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compensation_keeps_the_small_addends() {
        // 1 + 1e-16 + … (10⁴ times) − 1: a plain sum returns 0.
        let mut xs = vec![1.0];
        xs.extend(std::iter::repeat_n(1e-16, 10_000));
        xs.push(-1.0);
        assert!((compensated_sum(xs.iter().copied()) - 1e-12).abs() < 1e-24);
        assert_eq!(compensated_sum([1e100, 1.0, -1e100]), 1.0);
    }

    #[test]
    fn scale_is_a_power_of_two_near_the_largest_value() {
        assert_eq!(power_of_two_scale(&[0.0, 0.0]), 1.0);
        assert_eq!(power_of_two_scale(&[3.0, -5.0]), 4.0);
        assert_eq!(power_of_two_scale(&[f64::MAX]), 2f64.powi(1023));
        assert_eq!(power_of_two_scale(&[5e-324]), 2f64.powi(-1022));
    }
}
