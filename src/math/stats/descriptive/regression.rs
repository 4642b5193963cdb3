//! The least-squares line `y = a + b·x` and its r².

use super::association::correlation_of;
use super::checks::finite_pairs;
use super::sum::Centered;
use crate::math::stats::StatsError;

/// The line that minimises `Σ (yᵢ − a − b·xᵢ)²`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeastSquaresLine {
    /// `a = ȳ − b·x̄`: the line passes through the point of means.
    pub intercept: f64,
    /// `b = Sxy / Sxx`, with `Sxy = Σ (xᵢ − x̄)(yᵢ − ȳ)` and `Sxx = Σ (xᵢ − x̄)²`.
    pub slope: f64,
    /// Pearson's `r`, of the same sign as the slope.
    pub r: f64,
    /// `r²`: the share of the variance of y the line explains, `1 − SSE/SST`.
    pub r_squared: f64,
}

impl LeastSquaresLine {
    /// The fitted value `a + b·x`.
    pub fn predict(&self, x: f64) -> f64 {
        self.intercept + self.slope * x
    }
}

/// The least-squares line of y on x (`scipy.stats.linregress(x, y)`: `slope`, `intercept`,
/// `rvalue`; `np.polyfit(x, y, 1)`). Regressing x on y gives a different line: the slope uses
/// `Sxy / Syy` there. Needs n ≥ 2; all x equal (no line) or all y equal (r undefined) → `Err`.
pub fn least_squares(xs: &[f64], ys: &[f64]) -> Result<LeastSquaresLine, StatsError> {
    finite_pairs(xs, ys)?;
    let (cx, cy) = (Centered::new(xs)?, Centered::new(ys)?);
    let sxx = cx.sum_of_squares();
    if sxx == 0.0 {
        return Err(StatsError::ZeroVariance {
            what: "the least-squares line (all x are equal)",
        });
    }
    let r = correlation_of(&cx, &cy)?.clamp(-1.0, 1.0);
    // Sxy/Sxx in scaled units; the slope is that times scale_y/scale_x. The intercept
    // ȳ − b·x̄ is formed as ȳ − (Sxy/Sxx)·(x̄/scale_x)·scale_y, so it stays right even when the
    // slope alone underflows (x near 10³⁰⁰, y near 10⁻³⁰⁰).
    let scaled_slope = cx.sum_of_products(&cy) / sxx;
    let slope = scaled_slope * (cy.scale / cx.scale);
    let intercept = cy.mean - scaled_slope * (cx.mean / cx.scale) * cy.scale;
    Ok(LeastSquaresLine {
        intercept,
        slope,
        r,
        r_squared: r * r,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_by_hand() {
        // x̄ = 2.5, ȳ = 5, Sxx = 5, Sxy = 11 → b = 2.2, a = 5 − 5.5 = −0.5.
        let l = least_squares(&[1.0, 2.0, 3.0, 4.0], &[2.0, 4.0, 5.0, 9.0]).unwrap();
        assert!((l.slope - 2.2).abs() < 1e-15);
        assert!((l.intercept + 0.5).abs() < 1e-15);
        assert!((l.r_squared - 121.0 / 130.0).abs() < 1e-15);
        assert!((l.predict(2.0) - 3.9).abs() < 1e-14);
        let exact = least_squares(&[0.0, 1.0, 2.0], &[1.0, 3.0, 5.0]).unwrap();
        assert_eq!((exact.slope, exact.intercept, exact.r), (2.0, 1.0, 1.0));
    }

    #[test]
    fn degenerate_data_is_an_error() {
        assert!(least_squares(&[2.0, 2.0], &[1.0, 3.0]).is_err());
        assert!(least_squares(&[1.0, 2.0], &[3.0, 3.0]).is_err());
        assert!(least_squares(&[1.0], &[3.0]).is_err());
        assert!(least_squares(&[1.0, 2.0], &[3.0]).is_err());
    }
}
