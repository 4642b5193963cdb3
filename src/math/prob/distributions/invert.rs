//! Quantiles of continuous distributions without a closed form (Student t, χ²): solve
//! `cdf(x) = p` (or `sf(x) = q` in the upper tail) by a bracketed, safeguarded Newton method.
//!
//! The equation is solved in logs, `ln cdf(x) − ln p = 0`, so that it stays well scaled for
//! `p = 10⁻¹²` as for `p = ½`; on a positive support (χ²) the unknown is `u = ln x`, so a root
//! near 10⁻²⁴ (χ² with df = 1 at `p = 10⁻¹²`) is as easy as one near 1. The method:
//! 1. bracket: from a starting guess, step outward with doubling steps until the sign changes;
//! 2. Newton steps `u ← u − h(u)/h'(u)` (with `h' = pdf/cdf`, times `x` on the log scale), but a
//!    bisection step whenever Newton would leave the bracket or fails to halve it;
//! 3. stop when a step is below 2 ulps, or after a fixed number of iterations.
//!
//! Every loop is bounded; the result is within a few ulps of the root for the distributions here.

use super::traits::{Continuous, Tail};

/// The variable the solver works in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scale {
    /// The whole line: the unknown is `x` itself.
    Linear,
    /// A support of `(0, ∞)`: the unknown is `u = ln x`.
    Log,
}

impl Scale {
    fn to_x(self, u: f64) -> f64 {
        match self {
            Scale::Linear => u,
            Scale::Log => u.exp(),
        }
    }

    fn to_u(self, x: f64) -> f64 {
        match self {
            Scale::Linear => x,
            Scale::Log => x.ln(),
        }
    }
}

const MAX_BRACKET_STEPS: usize = 2100;
const MAX_ITERATIONS: usize = 400;

/// The `x` with `cdf(x) = prob` ([`Tail::Lower`]) or `sf(x) = prob` ([`Tail::Upper`]), for
/// `prob` in (0, 1), starting from the guess `start` (inside the support).
pub(crate) fn invert<D: Continuous + ?Sized>(
    d: &D,
    prob: f64,
    tail: Tail,
    start: f64,
    scale: Scale,
) -> f64 {
    let ln_prob = prob.ln();
    // H(u) increases with u: ln cdf − ln p, or ln p − ln sf.
    let h = |u: f64| {
        let x = scale.to_x(u);
        match tail {
            Tail::Lower => d.cdf(x).ln() - ln_prob,
            Tail::Upper => ln_prob - d.sf(x).ln(),
        }
    };
    // H'(u) = pdf/tail probability, times dx/du.
    let slope = |u: f64| {
        let x = scale.to_x(u);
        let g = match tail {
            Tail::Lower => d.cdf(x),
            Tail::Upper => d.sf(x),
        };
        let dx_du = match scale {
            Scale::Linear => 1.0,
            Scale::Log => x,
        };
        d.pdf(x) / g * dx_du
    };

    // 1. Bracket [lo, hi] with H(lo) < 0 < H(hi).
    let u0 = scale.to_u(start);
    let h0 = h(u0);
    if h0 == 0.0 {
        return start;
    }
    let mut step = match scale {
        Scale::Linear => u0.abs().max(1.0),
        Scale::Log => 1.0,
    };
    let direction = if h0 > 0.0 { -1.0 } else { 1.0 };
    let (mut lo, mut hi) = (u0, u0);
    let mut prev = u0;
    for _ in 0..MAX_BRACKET_STEPS {
        let u = prev + direction * step;
        if !u.is_finite() {
            break;
        }
        let hu = h(u);
        if hu.is_nan() {
            break;
        }
        if (hu > 0.0) == (h0 > 0.0) && hu != 0.0 {
            prev = u;
            step *= 2.0;
            continue;
        }
        (lo, hi) = if direction < 0.0 {
            (u, prev)
        } else {
            (prev, u)
        };
        break;
    }
    if lo == hi {
        // No sign change within range (the root is beyond f64): the end reached.
        return scale.to_x(prev);
    }

    // 2. Safeguarded Newton inside the bracket.
    let mut u = if direction < 0.0 { hi } else { lo };
    let mut width = hi - lo;
    for i in 0..MAX_ITERATIONS {
        let hu = h(u);
        if hu == 0.0 {
            break;
        }
        if hu < 0.0 || hu.is_nan() {
            lo = u;
        } else {
            hi = u;
        }
        let newton = u - hu / slope(u);
        let mid = lo + 0.5 * (hi - lo);
        // Bisect when Newton leaves the bracket, or every other step if the bracket did not
        // halve since the last check.
        let next = if newton.is_finite() && newton > lo && newton < hi {
            if i % 2 == 1 && hi - lo > 0.5 * width {
                mid
            } else {
                newton
            }
        } else {
            mid
        };
        if i % 2 == 1 {
            width = hi - lo;
        }
        let tiny = 2.0 * f64::EPSILON * next.abs().max(f64::MIN_POSITIVE);
        if (next - u).abs() <= tiny || hi - lo <= tiny {
            u = next;
            break;
        }
        u = next;
    }
    scale.to_x(u)
}
