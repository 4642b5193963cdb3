//! The composite trapezoid and Simpson rules on `n` equal panels of width `h = (b − a)/n`, from a
//! function or from a table of its values at the nodes `xᵢ = a + i·h`.
//!
//! Trapezoid: `T = h·(f₀/2 + f₁ + … + fₙ₋₁ + fₙ/2)`, error `−(b − a)·h²·f″(ξ)/12` for some ξ in
//! `[a, b]`: O(h²), so halving h divides the error by about 4; exact for straight lines.
//!
//! Simpson (n even): `S = (h/3)·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + 4fₙ₋₁ + fₙ)`, error
//! `−(b − a)·h⁴·f⁽⁴⁾(ξ)/180`: O(h⁴), so halving h divides the error by about 16; exact for cubics.

use super::{QuadratureError, finite_interval, value_at};

/// The most panels a fixed rule takes (a bound on the work, not on accuracy).
const MAX_PANELS: usize = 10_000_000;

fn check_panels(n: usize, even: bool) -> Result<(), QuadratureError> {
    if n == 0 || n > MAX_PANELS {
        return Err(QuadratureError::Panels(format!(
            "the number of panels must be between 1 and {MAX_PANELS} (got {n})"
        )));
    }
    if even && n % 2 == 1 {
        return Err(QuadratureError::Panels(format!(
            "Simpson's rule needs an even number of panels (got {n})"
        )));
    }
    Ok(())
}

/// The values `f(xᵢ)` at the `n + 1` nodes `xᵢ = a + i·(b − a)/n`.
fn node_values(
    f: &dyn Fn(f64) -> f64,
    a: f64,
    b: f64,
    n: usize,
) -> Result<Vec<f64>, QuadratureError> {
    finite_interval(a, b)?;
    let h = (b - a) / n as f64;
    (0..=n)
        .map(|i| {
            // The last node is b itself, not a + n·h with its rounding.
            let x = if i == n { b } else { a + i as f64 * h };
            value_at(f, x)
        })
        .collect()
}

/// The composite trapezoid rule for `∫ₐᵇ f` with `n` panels.
///
/// ```
/// use mathdrill::math::calculus::quadrature::trapezoid;
/// // exact for a straight line
/// assert!((trapezoid(&|x| 3.0 * x + 1.0, 0.0, 2.0, 1).unwrap() - 8.0).abs() < 1e-15);
/// ```
pub fn trapezoid(f: &dyn Fn(f64) -> f64, a: f64, b: f64, n: usize) -> Result<f64, QuadratureError> {
    check_panels(n, false)?;
    trapezoid_values((b - a) / n as f64, &node_values(f, a, b, n)?)
}

/// The trapezoid rule from a table: `ys` are the values at `n + 1` equally spaced nodes `h` apart.
pub fn trapezoid_values(h: f64, ys: &[f64]) -> Result<f64, QuadratureError> {
    check_panels(ys.len().saturating_sub(1), false)?;
    let n = ys.len() - 1;
    let inner: f64 = ys[1..n].iter().sum();
    Ok(h * ((ys[0] + ys[n]) / 2.0 + inner))
}

/// The composite Simpson rule for `∫ₐᵇ f` with `n` panels (`n` even).
///
/// ```
/// use mathdrill::math::calculus::quadrature::simpson;
/// // exact for a cubic: ∫₀² x³ dx = 4
/// assert!((simpson(&|x| x * x * x, 0.0, 2.0, 2).unwrap() - 4.0).abs() < 1e-15);
/// ```
pub fn simpson(f: &dyn Fn(f64) -> f64, a: f64, b: f64, n: usize) -> Result<f64, QuadratureError> {
    check_panels(n, true)?;
    simpson_values((b - a) / n as f64, &node_values(f, a, b, n)?)
}

/// Simpson's rule from a table: `ys` are the values at `n + 1` equally spaced nodes `h` apart,
/// `n` even; the weights are `1, 4, 2, 4, …, 2, 4, 1` times `h/3`.
pub fn simpson_values(h: f64, ys: &[f64]) -> Result<f64, QuadratureError> {
    check_panels(ys.len().saturating_sub(1), true)?;
    let n = ys.len() - 1;
    let weighted: f64 = ys
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            w * y
        })
        .sum();
    Ok(h / 3.0 * weighted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A composite rule: f, a, b and the number of panels.
    type Rule = fn(&dyn Fn(f64) -> f64, f64, f64, usize) -> Result<f64, QuadratureError>;

    /// The error of a rule with n and 2n panels: the ratio tells the order (4 for h², 16 for h⁴).
    fn ratio(rule: Rule, want: f64) {
        let exact = 1.0 - 1.0f64.cos(); // ∫₀¹ sin x dx
        let err = |n| (rule(&f64::sin, 0.0, 1.0, n).unwrap() - exact).abs();
        for n in [4, 8, 16, 32] {
            let r = err(n) / err(2 * n);
            assert!((r / want - 1.0).abs() < 0.01, "n = {n}: ratio {r}");
        }
    }

    #[test]
    fn halving_h_divides_the_trapezoid_error_by_4_and_simpsons_by_16() {
        ratio(trapezoid, 4.0);
        ratio(simpson, 16.0);
    }

    #[test]
    fn the_leading_error_terms_match_the_formulas() {
        // ∫₀¹ eˣ: trapezoid error ≈ −(b − a)h²(f′(b) − f′(a))/(12(b − a)) = h²(e − 1)/12 (T too big)
        let exact = std::f64::consts::E - 1.0;
        let n = 64;
        let h = 1.0 / n as f64;
        let t = trapezoid(&f64::exp, 0.0, 1.0, n).unwrap();
        assert!(((t - exact) / (h * h * exact / 12.0) - 1.0).abs() < 1e-3);
        let s = simpson(&f64::exp, 0.0, 1.0, n).unwrap();
        assert!(((s - exact) / (h.powi(4) * exact / 180.0) - 1.0).abs() < 1e-2);
    }

    #[test]
    fn exact_for_their_degrees() {
        let line = |x: f64| 2.0 - 5.0 * x;
        assert!((trapezoid(&line, -1.0, 3.0, 3).unwrap() - (-12.0)).abs() < 1e-12);
        let cubic = |x: f64| x * x * x - 2.0 * x * x + 1.0;
        // ∫₋₁³ = [x⁴/4 − 2x³/3 + x] = (81/4 − 18 + 3) − (1/4 + 2/3 − 1)
        let exact = (81.0 / 4.0 - 18.0 + 3.0) - (0.25 + 2.0 / 3.0 - 1.0);
        assert!((simpson(&cubic, -1.0, 3.0, 2).unwrap() - exact).abs() < 1e-12);
        assert!((trapezoid(&cubic, -1.0, 3.0, 2).unwrap() - exact).abs() > 1.0);
    }

    #[test]
    fn tables_and_bad_input() {
        assert_eq!(trapezoid_values(0.5, &[1.0, 2.0, 4.0]).unwrap(), 0.5 * 4.5);
        assert_eq!(
            simpson_values(0.5, &[1.0, 2.0, 4.0]).unwrap(),
            0.5 / 3.0 * 13.0
        );
        assert!(simpson_values(1.0, &[1.0, 2.0]).is_err());
        assert!(trapezoid_values(1.0, &[1.0]).is_err());
        assert!(simpson(&f64::sin, 0.0, 1.0, 3).is_err());
        assert!(trapezoid(&f64::sin, 0.0, f64::INFINITY, 4).is_err());
        assert!(trapezoid(&f64::sin, f64::NAN, 1.0, 4).is_err());
        assert_eq!(
            trapezoid(&|x| 1.0 / x, 0.0, 1.0, 4),
            Err(QuadratureError::Undefined { x: 0.0 })
        );
        assert!(trapezoid(&f64::sin, 0.0, 1.0, 0).is_err());
    }
}
