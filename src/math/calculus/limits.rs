//! Limits computed numerically: `lim_{x→a} f(x)` from both sides, and at ±∞.
//!
//! One side: the values `f(a + s·hₖ)` with `hₖ = h₀/2ᵏ` (`s = ±1`) are extrapolated to `h = 0`
//! by Richardson's method, assuming `f(a + s·h) = L + c₁h + c₂h² + …`: the table
//! `T[k][j] = (2ʲ·T[k][j−1] − T[k−1][j−1])/(2ʲ − 1)` removes one power of h per column. As in
//! Ridders' method, the entry whose difference from its neighbours is smallest is the estimate
//! and that difference its error; the table stops growing once rounding makes it worse (halving
//! h further only adds cancellation error: `(1 − cos x)/x²` loses all its digits near 1e-8).
//!
//! The limit exists when both one-sided limits converge and agree; it is reported as
//! non-existent when they differ, when the values grow without bound (`1/x`, `ln x` at 0) or when
//! they never settle (`sin(1/x)`). At `±∞` the substitution `x = ±1/t` turns the limit into a
//! one-sided one at `t → 0⁺`. Where f is defined on one side only (`√x` at 0), the limit is that
//! side's limit (the limit within the function's domain).

use thiserror::Error;

/// Why a limit could not be given as a number.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum LimitError {
    #[error("the point must be a number or ±∞ (got NaN)")]
    Point,
    #[error(
        "the limit does not exist: the one-sided limits differ (from the left {left}, from the \
         right {right})"
    )]
    SidesDiffer { left: f64, right: f64 },
    #[error("the limit does not exist: the values grow without bound ({}∞){}", if *positive { "+" } else { "−" }, side_text(*side))]
    Unbounded { positive: bool, side: Side },
    #[error("the limit does not exist: the values do not settle (they oscillate or jump){}", side_text(*side))]
    NoSettle { side: Side },
    #[error("the function is not defined near this point (on either side)")]
    Undefined,
}

/// Which side of the point a one-sided limit approaches from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// x → a⁻ (or x → +∞).
    Left,
    /// x → a⁺ (or x → −∞).
    Right,
    Both,
}

fn side_text(side: Side) -> &'static str {
    match side {
        Side::Left => " from the left",
        Side::Right => " from the right",
        Side::Both => "",
    }
}

/// A one-sided limit's estimate and its error estimate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OneSided {
    pub value: f64,
    pub error: f64,
}

/// Rows of the Richardson table (the smallest step is `h₀/2¹⁹`).
const ROWS: usize = 20;
/// A one-sided limit converged when its error estimate is below this, relative to `max(1, |L|)`.
const CONVERGED: f64 = 1e-6;

/// `lim_{x→a} f(x)`, `a` finite or ±∞.
///
/// ```
/// use mathdrill::math::calculus::limits::limit;
/// assert!((limit(&|x: f64| x.sin() / x, 0.0).unwrap() - 1.0).abs() < 1e-9);
/// assert!((limit(&|x: f64| (1.0 + 1.0 / x).powf(x), f64::INFINITY).unwrap()
///     - std::f64::consts::E).abs() < 1e-7);
/// assert!(limit(&|x: f64| x.abs() / x, 0.0).is_err()); // −1 from the left, 1 from the right
/// ```
pub fn limit(f: &dyn Fn(f64) -> f64, a: f64) -> Result<f64, LimitError> {
    if a.is_nan() {
        return Err(LimitError::Point);
    }
    if a.is_infinite() {
        let s = a.signum();
        let side = if s > 0.0 { Side::Left } else { Side::Right };
        return one_sided_limit(&|t: f64| f(s / t), 0.0, 1.0, side).map(|o| o.value);
    }
    let left = one_sided_limit(f, a, -1.0, Side::Left);
    let right = one_sided_limit(f, a, 1.0, Side::Right);
    match (left, right) {
        (Ok(l), Ok(r)) => {
            let scale = l.value.abs().max(r.value.abs()).max(1.0);
            if (l.value - r.value).abs() > 1e3 * (l.error + r.error) + 1e-9 * scale
                && (l.value - r.value).abs() > 1e-6 * scale
            {
                Err(LimitError::SidesDiffer {
                    left: l.value,
                    right: r.value,
                })
            } else if l.error <= r.error {
                Ok(l.value)
            } else {
                Ok(r.value)
            }
        }
        (Err(LimitError::Undefined), Ok(r)) => Ok(r.value),
        (Ok(l), Err(LimitError::Undefined)) => Ok(l.value),
        (Err(LimitError::Undefined), Err(e)) | (Err(e), Err(LimitError::Undefined)) => Err(e),
        (
            Err(LimitError::Unbounded { positive: p, .. }),
            Err(LimitError::Unbounded { positive: q, .. }),
        ) if p == q => Err(LimitError::Unbounded {
            positive: p,
            side: Side::Both,
        }),
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// The one-sided limit of `f(a + s·h)` as `h → 0⁺` (`s = ±1`): `side` names it in errors.
/// The first step is `h₀ = 0.1·max(1, |a|)`; all [`ROWS`] samples are taken (the growth test
/// needs them), but the Richardson estimate stops improving at Ridders' criterion. Where the
/// expansion has fractional powers (`√h`: `√x` at 0), Richardson's integer powers do not fit, and
/// iterated Aitken Δ² extrapolation (exact for `L + c·hᵖ` with any p, since the steps halve) is
/// tried on the samples.
pub fn one_sided_limit(
    f: &dyn Fn(f64) -> f64,
    a: f64,
    s: f64,
    side: Side,
) -> Result<OneSided, LimitError> {
    let h0 = 0.1 * a.abs().max(1.0);
    let mut raw = Vec::with_capacity(ROWS);
    let mut table: Vec<Vec<f64>> = Vec::with_capacity(ROWS);
    let mut best = OneSided {
        value: f64::NAN,
        error: f64::INFINITY,
    };
    let mut stopped = false;
    for k in 0..ROWS {
        let h = h0 / 2f64.powi(k as i32);
        let x = a + s * h;
        if x == a {
            break;
        }
        let y = f(x);
        if !y.is_finite() {
            // Undefined this close: the samples so far decide (or none: undefined here).
            if raw.is_empty() {
                return Err(LimitError::Undefined);
            }
            break;
        }
        raw.push(y);
        let mut row = vec![y];
        for j in 1..=k {
            let p = 2f64.powi(j as i32);
            row.push((p * row[j - 1] - table[k - 1][j - 1]) / (p - 1.0));
        }
        if k >= 1 && !stopped {
            for j in 1..=k {
                let err = (row[j] - row[j - 1])
                    .abs()
                    .max((row[j] - table[k - 1][j - 1]).abs());
                if err <= best.error {
                    best = OneSided {
                        value: row[j],
                        error: err,
                    };
                }
            }
            // Ridders' stop: the diagonal has become much worse than the best so far.
            stopped = k >= 4 && (row[k] - table[k - 1][k - 1]).abs() >= 1e3 * best.error;
        }
        table.push(row);
    }
    if let Some(e) = unbounded(&raw, side) {
        return Err(e);
    }
    let converged = |o: &OneSided| o.error <= CONVERGED * o.value.abs().max(1.0);
    if converged(&best) {
        return Ok(best);
    }
    let aitken = aitken_limit(&raw);
    if aitken.is_some_and(|o| converged(&o)) {
        return Ok(aitken.expect("checked"));
    }
    Err(LimitError::NoSettle { side })
}

/// Iterated Aitken Δ²: `Aₖ = xₖ − (xₖ₊₁ − xₖ)²/(xₖ₊₂ − 2xₖ₊₁ + xₖ)`, applied up to three times
/// to the samples; the estimate is the last value, its error the last step. A sequence that has
/// become constant is its own limit.
fn aitken_limit(xs: &[f64]) -> Option<OneSided> {
    let mut seq = xs.to_vec();
    let mut best: Option<OneSided> = None;
    for _ in 0..3 {
        if seq.len() < 4 {
            break;
        }
        let next: Vec<f64> = seq
            .windows(3)
            .map(|w| {
                let d2 = w[2] - 2.0 * w[1] + w[0];
                if d2 == 0.0 {
                    w[2]
                } else {
                    w[0] - (w[1] - w[0]).powi(2) / d2
                }
            })
            .filter(|v| v.is_finite())
            .collect();
        if next.len() < 2 {
            break;
        }
        let n = next.len();
        let estimate = OneSided {
            value: next[n - 1],
            error: (next[n - 1] - next[n - 2]).abs(),
        };
        if best.is_none_or(|b| estimate.error < b.error) {
            best = Some(estimate);
        }
        seq = next;
    }
    best
}

/// Whether the samples grow without bound: the last ten move monotonically in one direction and
/// their steps do not shrink (ratio ≥ 0.9: a convergent `L + c·hᵖ` has ratio `2⁻ᵖ`; `1/h` has 2,
/// `ln h` has 1).
fn unbounded(raw: &[f64], side: Side) -> Option<LimitError> {
    if raw.len() < 10 {
        return None;
    }
    let tail = &raw[raw.len() - 10..];
    let steps: Vec<f64> = tail.windows(2).map(|w| w[1] - w[0]).collect();
    let one_way = steps.iter().all(|d| *d > 0.0) || steps.iter().all(|d| *d < 0.0);
    let growing = steps.windows(2).all(|w| w[1].abs() >= 0.9 * w[0].abs());
    (one_way && growing).then(|| LimitError::Unbounded {
        positive: steps[0] > 0.0,
        side,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::E;

    fn close(got: f64, want: f64, tol: f64) -> bool {
        (got - want).abs() <= tol * want.abs().max(1.0)
    }

    /// A function of one variable, as the test tables hold it.
    type Curve<'a> = &'a dyn Fn(f64) -> f64;

    #[test]
    fn standard_forms() {
        let cases: [(Curve, f64, f64); 8] = [
            (&|x: f64| x.sin() / x, 0.0, 1.0),
            (&|x: f64| (3.0 * x).sin() / x, 0.0, 3.0),
            (&|x: f64| (1.0 - x.cos()) / (x * x), 0.0, 0.5),
            (&|x: f64| (x.exp() - 1.0) / x, 0.0, 1.0),
            (&|x: f64| (x * x - 4.0) / (x - 2.0), 2.0, 4.0),
            (&|x: f64| (1.0 + 2.0 / x).powf(x), f64::INFINITY, E * E),
            (
                &|x: f64| (3.0 * x * x + 1.0) / (2.0 * x * x - x),
                f64::NEG_INFINITY,
                1.5,
            ),
            (&|x: f64| x.sqrt(), 0.0, 0.0),
        ];
        for (k, (f, a, want)) in cases.iter().enumerate() {
            let got = limit(*f, *a).unwrap_or_else(|e| panic!("case {k}: {e}"));
            assert!(close(got, *want, 1e-8), "case {k}: {got} vs {want}");
        }
    }

    #[test]
    fn limits_that_do_not_exist() {
        assert!(matches!(
            limit(&|x: f64| x.abs() / x, 0.0),
            Err(LimitError::SidesDiffer { left, right }) if left == -1.0 && right == 1.0
        ));
        assert!(matches!(
            limit(&|x: f64| 1.0 / (x * x), 0.0),
            Err(LimitError::Unbounded {
                positive: true,
                side: Side::Both
            })
        ));
        assert!(matches!(
            limit(&|x: f64| x.ln(), 0.0),
            Err(LimitError::Unbounded {
                positive: false,
                ..
            })
        ));
        assert!(limit(&|x: f64| 1.0 / x, 0.0).is_err());
        assert!(matches!(
            limit(&|x: f64| (1.0 / x).sin(), 0.0),
            Err(LimitError::NoSettle { .. })
        ));
        assert!(limit(&|x: f64| x * x, f64::INFINITY).is_err());
        assert!(limit(&|x: f64| x.sin(), f64::INFINITY).is_err());
        assert_eq!(limit(&|x| x, f64::NAN), Err(LimitError::Point));
        assert_eq!(limit(&|_| f64::NAN, 1.0), Err(LimitError::Undefined));
        // a jump at 1 of a step function
        let step = |x: f64| if x < 1.0 { 2.0 } else { 5.0 };
        assert!(matches!(
            limit(&step, 1.0),
            Err(LimitError::SidesDiffer { .. })
        ));
    }
}
