//! Critical points and their classification.
//!
//! One variable, on `[a, b]`: `f′` is sampled on a grid (central differences
//! `f′(x) ≈ (f(x + h) − f(x − h))/(2h)`, error O(h²), with `h = ∛ε·max(1, |x|)`, the step that
//! balances truncation against rounding); each grid cell where `f′` changes sign brackets a
//! critical point, found by bisection to full precision. The second-derivative test then
//! classifies it: `f″ > 0` a local minimum, `f″ < 0` a local maximum, `f″ = 0` inconclusive (`x⁴`
//! and `−x⁴` and `x³` all have `f″(0) = 0`), with `f″(x) ≈ (f(x + h) − 2f(x) + f(x − h))/h²`,
//! `h = ε^¼·max(1, |x|)`. A stationary point where `f′` touches zero without changing sign
//! (`x³` at 0) is found only when it falls on a grid point.
//!
//! Two variables: at a critical point, the Hessian `H = [[f_xx, f_xy], [f_xy, f_yy]]` decides by
//! its determinant and trace (the product and the sum of its eigenvalues): `det H < 0` a saddle;
//! `det H > 0` and `tr H > 0` a minimum; `det H > 0` and `tr H < 0` a maximum; `det H = 0`
//! inconclusive.

use thiserror::Error;

/// What a critical point is, by the second-derivative test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stationary {
    Minimum,
    Maximum,
    /// Two variables only: a minimum along one direction, a maximum along another.
    Saddle,
    /// The test cannot tell (`f″ = 0`, or `det H = 0`).
    Inconclusive,
}

/// A critical point of a function of one variable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CriticalPoint {
    pub x: f64,
    pub value: f64,
    /// `f″(x)`, estimated by the central second difference.
    pub second: f64,
    pub kind: Stationary,
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum CriticalError {
    #[error("the interval must be finite with a < b (got [{a}, {b}])")]
    Interval { a: f64, b: f64 },
    #[error("the grid must have 2 to {MAX_GRID} cells (got {0})")]
    Grid(usize),
    #[error("the function is not defined (or not finite) near x = {0}")]
    Undefined(f64),
}

/// The most grid cells [`critical_points`] takes.
pub const MAX_GRID: usize = 100_000;

fn finite(f: &dyn Fn(f64) -> f64, x: f64) -> Result<f64, CriticalError> {
    let y = f(x);
    if y.is_finite() {
        Ok(y)
    } else {
        Err(CriticalError::Undefined(x))
    }
}

/// `f′(x)` by the central difference with `h = ∛ε·max(1, |x|)`.
pub fn central_derivative(f: &dyn Fn(f64) -> f64, x: f64) -> Result<f64, CriticalError> {
    let h = f64::EPSILON.cbrt() * x.abs().max(1.0);
    Ok((finite(f, x + h)? - finite(f, x - h)?) / (2.0 * h))
}

/// `f″(x)` by the central second difference with `h = ε^¼·max(1, |x|)`.
pub fn second_derivative(f: &dyn Fn(f64) -> f64, x: f64) -> Result<f64, CriticalError> {
    let h = f64::EPSILON.powf(0.25) * x.abs().max(1.0);
    Ok((finite(f, x + h)? - 2.0 * finite(f, x)? + finite(f, x - h)?) / (h * h))
}

/// The second-derivative test: `f″` within `1e-5·max(1, |f(x)|)` of zero is inconclusive (the
/// finite-difference estimate of f″ is good to about that).
pub fn classify_1d(second: f64, value: f64) -> Stationary {
    let tol = 1e-5 * value.abs().max(1.0);
    if second > tol {
        Stationary::Minimum
    } else if second < -tol {
        Stationary::Maximum
    } else {
        Stationary::Inconclusive
    }
}

/// The critical points of f strictly inside `[a, b]`, in increasing order, from a grid of
/// `grid` cells (see the module's notes for what a grid can miss).
///
/// ```
/// use mathdrill::math::calculus::critical::{critical_points, Stationary};
/// // f(x) = x³ − 3x: a maximum at −1, a minimum at 1
/// let cps = critical_points(&|x: f64| x * x * x - 3.0 * x, -3.0, 3.0, 200).unwrap();
/// assert_eq!(cps.len(), 2);
/// assert!((cps[0].x + 1.0).abs() < 1e-8 && cps[0].kind == Stationary::Maximum);
/// assert!((cps[1].x - 1.0).abs() < 1e-8 && cps[1].kind == Stationary::Minimum);
/// ```
pub fn critical_points(
    f: &dyn Fn(f64) -> f64,
    a: f64,
    b: f64,
    grid: usize,
) -> Result<Vec<CriticalPoint>, CriticalError> {
    if !(a.is_finite() && b.is_finite() && a < b) {
        return Err(CriticalError::Interval { a, b });
    }
    if !(2..=MAX_GRID).contains(&grid) {
        return Err(CriticalError::Grid(grid));
    }
    let xs: Vec<f64> = (0..=grid)
        .map(|i| {
            if i == grid {
                b
            } else {
                a + (b - a) * i as f64 / grid as f64
            }
        })
        .collect();
    let ds = xs
        .iter()
        .map(|&x| central_derivative(f, x))
        .collect::<Result<Vec<_>, _>>()?;
    let mut roots = Vec::new();
    for i in 0..grid {
        let (x0, x1, d0, d1) = (xs[i], xs[i + 1], ds[i], ds[i + 1]);
        if d0 == 0.0 && i > 0 {
            roots.push(x0);
        } else if d0 * d1 < 0.0 {
            roots.push(bisect(f, x0, x1, d0)?);
        }
    }
    roots
        .into_iter()
        .map(|x| {
            let value = finite(f, x)?;
            let second = second_derivative(f, x)?;
            Ok(CriticalPoint {
                x,
                value,
                second,
                kind: classify_1d(second, value),
            })
        })
        .collect()
}

/// The zero of f′ in `[lo, hi]`, where f′ changes sign (`d_lo = f′(lo)`): bisection, at most
/// 200 halvings.
fn bisect(
    f: &dyn Fn(f64) -> f64,
    mut lo: f64,
    mut hi: f64,
    d_lo: f64,
) -> Result<f64, CriticalError> {
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if mid <= lo || mid >= hi {
            break;
        }
        let d = central_derivative(f, mid)?;
        if d == 0.0 {
            return Ok(mid);
        }
        if (d < 0.0) == (d_lo < 0.0) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok((lo + hi) / 2.0)
}

/// A 2×2 Hessian `[[f_xx, f_xy], [f_xy, f_yy]]` classified by det and trace; `det H` within
/// `1e-10·(f_xx² + 2f_xy² + f_yy²)` of zero is taken as zero (inconclusive).
///
/// ```
/// use mathdrill::math::calculus::critical::{classify_2d, Stationary};
/// assert_eq!(classify_2d([[2.0, 0.0], [0.0, -2.0]]), Stationary::Saddle); // x² − y²
/// assert_eq!(classify_2d([[2.0, 1.0], [1.0, 2.0]]), Stationary::Minimum);
/// assert_eq!(classify_2d([[-2.0, 2.0], [2.0, -2.0]]), Stationary::Inconclusive);
/// ```
pub fn classify_2d(h: [[f64; 2]; 2]) -> Stationary {
    let [[fxx, fxy], [fyx, fyy]] = h;
    let det = fxx * fyy - fxy * fyx;
    let scale = fxx * fxx + fxy * fxy + fyx * fyx + fyy * fyy;
    let trace = fxx + fyy;
    if det.abs() <= 1e-10 * scale || !det.is_finite() {
        Stationary::Inconclusive
    } else if det < 0.0 {
        Stationary::Saddle
    } else if trace > 0.0 {
        Stationary::Minimum
    } else {
        Stationary::Maximum
    }
}

/// The Hessian of `f(x, y)` at a point by central differences
/// (`f_xy ≈ (f(x+h, y+h) − f(x+h, y−h) − f(x−h, y+h) + f(x−h, y−h))/(4h²)`), `h = ε^¼·scale`.
pub fn hessian_2d(
    f: &dyn Fn(f64, f64) -> f64,
    x: f64,
    y: f64,
) -> Result<[[f64; 2]; 2], CriticalError> {
    let h = f64::EPSILON.powf(0.25) * x.abs().max(y.abs()).max(1.0);
    let at = |dx: f64, dy: f64| {
        let v = f(x + dx, y + dy);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(CriticalError::Undefined(x + dx))
        }
    };
    let c = at(0.0, 0.0)?;
    let fxx = (at(h, 0.0)? - 2.0 * c + at(-h, 0.0)?) / (h * h);
    let fyy = (at(0.0, h)? - 2.0 * c + at(0.0, -h)?) / (h * h);
    let fxy = (at(h, h)? - at(h, -h)? - at(-h, h)? + at(-h, -h)?) / (4.0 * h * h);
    Ok([[fxx, fxy], [fxy, fyy]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_variable() {
        // f = x⁴ − 2x²: minima at ±1, a maximum at 0 (a grid point here: found through d = 0 too)
        let f = |x: f64| x.powi(4) - 2.0 * x * x;
        for grid in [100, 101, 7] {
            let cps = critical_points(&f, -2.0, 2.0, grid).unwrap();
            let kinds: Vec<Stationary> = cps.iter().map(|c| c.kind).collect();
            assert_eq!(
                kinds,
                [
                    Stationary::Minimum,
                    Stationary::Maximum,
                    Stationary::Minimum
                ],
                "grid {grid}: {cps:?}"
            );
            for (c, want) in cps.iter().zip([-1.0, 0.0, 1.0]) {
                assert!((c.x - want).abs() < 1e-7, "{c:?}");
            }
            assert!((cps[0].second - 8.0).abs() < 1e-3);
        }
        // x⁴ at 0 changes f′'s sign but f″(0) = 0: inconclusive
        let cps = critical_points(&|x: f64| x.powi(4), -1.0, 1.3, 50).unwrap();
        assert_eq!(cps.len(), 1);
        assert_eq!(cps[0].kind, Stationary::Inconclusive);
        // sin on [0, 10]: π/2 (max), 3π/2 (min), 5π/2 (max)
        let cps = critical_points(&f64::sin, 0.0, 10.0, 200).unwrap();
        let pi = std::f64::consts::PI;
        assert_eq!(cps.len(), 3);
        for (k, c) in cps.iter().enumerate() {
            assert!((c.x - (k as f64 + 0.5) * pi).abs() < 1e-8);
        }
        assert_eq!(cps[1].kind, Stationary::Minimum);
    }

    #[test]
    fn two_variables_and_bad_input() {
        // Himmelblau's function has a minimum at (3, 2) and a saddle near (−0.270845, −0.923039)
        let him = |x: f64, y: f64| (x * x + y - 11.0).powi(2) + (x + y * y - 7.0).powi(2);
        let h = hessian_2d(&him, 3.0, 2.0).unwrap();
        // exact: f_xx = 12x² + 4y − 42 = 74, f_xy = 4x + 4y = 20, f_yy = 4x + 12y² − 26 = 34
        assert!((h[0][0] - 74.0).abs() < 1e-4 && (h[0][1] - 20.0).abs() < 1e-4);
        assert!((h[1][1] - 34.0).abs() < 1e-4);
        assert_eq!(classify_2d(h), Stationary::Minimum);
        // a local maximum near (−0.270845, −0.923039), a saddle near (3.385154, 0.073852)
        let m = hessian_2d(&him, -0.270845, -0.923039).unwrap();
        assert_eq!(classify_2d(m), Stationary::Maximum);
        let s = hessian_2d(&him, 3.385154, 0.073852).unwrap();
        assert_eq!(classify_2d(s), Stationary::Saddle);
        assert_eq!(classify_2d([[-1.0, 0.0], [0.0, -3.0]]), Stationary::Maximum);
        assert_eq!(
            classify_2d([[f64::NAN, 0.0], [0.0, 1.0]]),
            Stationary::Inconclusive
        );
        assert!(critical_points(&f64::sin, 1.0, 0.0, 10).is_err());
        assert!(critical_points(&f64::sin, 0.0, 1.0, 1).is_err());
        assert!(critical_points(&|x: f64| 1.0 / x, -1.0, 1.0, 2).is_err());
    }
}
