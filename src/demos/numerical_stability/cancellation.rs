//! Catastrophic cancellation in g(x) = (1 − cos x)/x², which tends to 1/2 as x → 0.
//!
//! cos x is rounded to the nearest double; near 1 the doubles are ε/2 apart, so fl(cos x)
//! carries an absolute error up to ε/4. The subtraction 1 − fl(cos x) is exact, and so keeps
//! that error whole while the true difference x²/2 shrinks: the relative error of the naive
//! formula is up to (ε/4)/(x²/2) = ε/(2x²), a line of slope −2 on log–log axes. Once
//! x²/2 < ε/4, that is x < √(ε/2) ≈ 1.05e-8, fl(cos x) is exactly 1 and the naive g is 0.
//! The rewrite 1 − cos x = 2 sin²(x/2) is exact in real arithmetic and subtracts nothing, so
//! 2 sin²(x/2)/x² is accurate to a few ε at every x. The reference is the series
//! ([`super::double_double::reference_g`]).

use super::double_double::{reference_g, relative_error};
use crate::demos::seeded::Seeded;
use crate::demos::{Claim, DemoError};
use std::fmt::Write;

const EPS: f64 = f64::EPSILON;

/// The textbook formula (1 − cos x)/x².
pub fn naive_g(x: f64) -> f64 {
    (1.0 - x.cos()) / (x * x)
}

/// The same function as 2 sin²(x/2)/x², with no subtraction.
pub fn stable_g(x: f64) -> f64 {
    let s = (x / 2.0).sin() / x;
    2.0 * s * s
}

/// The model of the naive formula's relative error (rounding of cos x, amplified): ε/x².
pub fn model_error(x: f64) -> f64 {
    EPS / (x * x)
}

/// Below this x, fl(cos x) = 1 and the naive g is exactly 0: x²/2 < ε/4.
pub fn zero_below() -> f64 {
    (EPS / 2.0).sqrt()
}

/// One x of the grid: both values and their relative errors against the reference.
#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: f64,
    pub naive: f64,
    pub stable: f64,
    pub naive_error: f64,
    pub stable_error: f64,
}

/// The measurements of the cancellation sweep.
#[derive(Debug, Clone)]
pub struct Measured {
    /// From x = 1 down to 1e-10, in decreasing x.
    pub points: Vec<Point>,
    /// Least-squares slope of log₁₀ naive error against log₁₀ x over 1e-7 ≤ x ≤ 1e-2.
    pub slope: f64,
    /// The largest naive error / (ε/x²) over 1e-6 ≤ x ≤ 1e-4: the rounding of cos x bounds
    /// it by 1/2 (plus the division's ε/2 of rounding, negligible there).
    pub model_ratio: f64,
    /// The largest grid x where the naive g is 0 and the smallest where it is not.
    pub last_zero: Option<f64>,
    pub first_nonzero_above: Option<f64>,
    /// The largest |stable g − 1/2| among the x where the naive g is 0.
    pub stable_near_half: f64,
    /// The largest stable relative error over the grid, in units of ε.
    pub stable_worst: f64,
    /// ln(1 + x) and eˣ − 1 at [`TINY_COUNT`] seeded x in [1e-12, 1e-11): the largest relative
    /// error of the naive form and of the library's (`ln_1p`, `exp_m1`), for each.
    pub log1p: (f64, f64),
    pub expm1: (f64, f64),
}

/// x = 10^(−(k + uₖ)/per_decade) for k = 0 … 10·per_decade − 1 with seeded jitter uₖ in
/// [0, 1): from 1 down to 1e-10, a different grid for each seed.
pub fn grid(rng: &mut Seeded, per_decade: u32) -> Vec<f64> {
    (0..10 * per_decade)
        .map(|k| 10f64.powf(-(k as f64 + rng.uniform(0.0, 1.0)) / per_decade as f64))
        .collect()
}

fn slope(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len() as f64;
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / n;
    let sxy: f64 = pairs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let sxx: f64 = pairs.iter().map(|(x, _)| (x - mx) * (x - mx)).sum();
    sxy / sxx
}

/// How many tiny x the ln(1 + x) and eˣ − 1 comparison tries: 1 + x rounds x by up to
/// ε/(2x) ≈ 1e-5 relative, but by luck much less at a single x.
pub const TINY_COUNT: usize = 20;

/// Errors below this are drawn and fitted as this (a double is rarely closer to the exact
/// value than 1e-18 relative; an exact hit would be log 0).
pub const ERROR_FLOOR: f64 = 1e-18;

/// Runs the sweep over the seeded grid.
pub fn measure(rng: &mut Seeded, per_decade: u32) -> Result<Measured, DemoError> {
    let mut points = Vec::new();
    for x in grid(rng, per_decade) {
        let r = reference_g(x)
            .ok_or_else(|| DemoError::Example(format!("x = {x} is outside (0, 1]")))?;
        let (naive, stable) = (naive_g(x), stable_g(x));
        points.push(Point {
            x,
            naive,
            stable,
            naive_error: relative_error(naive, r),
            stable_error: relative_error(stable, r),
        });
    }
    let log = |p: &Point| (p.x.log10(), p.naive_error.max(ERROR_FLOOR).log10());
    let arm: Vec<(f64, f64)> = points
        .iter()
        .filter(|p| (1e-7..=1e-2).contains(&p.x))
        .map(log)
        .collect();
    let model_ratio = points
        .iter()
        .filter(|p| (1e-6..=1e-4).contains(&p.x))
        .map(|p| p.naive_error / model_error(p.x))
        .fold(0.0, f64::max);
    let zeros = points.iter().filter(|p| p.naive == 0.0);
    let last_zero = zeros.clone().map(|p| p.x).reduce(f64::max);
    let first_nonzero_above = last_zero.and_then(|z| {
        points
            .iter()
            .filter(|p| p.x > z)
            .map(|p| p.x)
            .reduce(f64::min)
    });
    let stable_near_half = zeros.map(|p| (p.stable - 0.5).abs()).fold(0.0, f64::max);
    let stable_worst = points.iter().map(|p| p.stable_error).fold(0.0, f64::max) / EPS;
    let tiny: Vec<f64> = (0..TINY_COUNT)
        .map(|_| 1e-12 * rng.uniform(1.0, 10.0))
        .collect();
    // ln(1 + t) = t − t²/2 + t³/3 and eᵗ − 1 = t + t²/2 + t³/6 to far below ε at t ~ 1e-11.
    let log1p_ref = |t: f64| t - t * t / 2.0 + t * t * t / 3.0;
    let expm1_ref = |t: f64| t + t * t / 2.0 + t * t * t / 6.0;
    let worst = |f: fn(f64) -> f64, r: &dyn Fn(f64) -> f64| {
        tiny.iter()
            .map(|&t| ((f(t) - r(t)) / r(t)).abs())
            .fold(0.0, f64::max)
    };
    Ok(Measured {
        slope: slope(&arm),
        model_ratio,
        last_zero,
        first_nonzero_above,
        stable_near_half,
        stable_worst,
        log1p: (
            worst(|t| (1.0 + t).ln(), &log1p_ref),
            worst(f64::ln_1p, &log1p_ref),
        ),
        expm1: (
            worst(|t| t.exp() - 1.0, &expm1_ref),
            worst(f64::exp_m1, &expm1_ref),
        ),
        points,
    })
}

/// What the sweep shows, as claims.
pub fn claims(m: &Measured) -> Vec<Claim> {
    let edge = zero_below();
    let mut claims = vec![
        Claim::new(
            (m.slope + 2.0).abs() < 0.25,
            format!(
                "cancellation: the naive (1 − cos x)/x² loses accuracy like ε/x² as x shrinks \
                 (measured log–log slope {} over 1e-7 ≤ x ≤ 1e-2)",
                format!("{:.2}", m.slope).replace('-', "−")
            ),
        ),
        Claim::new(
            m.model_ratio > 0.1 && m.model_ratio <= 0.5 + 1e-6,
            format!(
                "for 1e-6 ≤ x ≤ 1e-4 its error reaches {:.2} times the model ε/x² and never \
                 passes the bound ε/(2x²) that the rounding of cos x sets",
                m.model_ratio
            ),
        ),
    ];
    let boundary = match (m.last_zero, m.first_nonzero_above) {
        (Some(z), Some(n)) => z < edge && n > edge,
        _ => false,
    };
    claims.push(Claim::new(
        boundary && m.stable_near_half < 1e-15,
        format!(
            "below x = √(ε/2) = {edge:.3e} cos x rounds to 1 and the naive result is exactly 0 \
             (measured: 0 up to x = {}, not 0 from x = {}), while 2 sin²(x/2)/x² is off 1/2 by \
             at most {:.1e}",
            m.last_zero.map_or("none".into(), |z| format!("{z:.3e}")),
            m.first_nonzero_above
                .map_or("none".into(), |z| format!("{z:.3e}")),
            m.stable_near_half
        ),
    ));
    claims.push(Claim::new(
        m.stable_worst < 4.0,
        format!(
            "the rewrite 2 sin²(x/2)/x² is within {:.2}ε of the series at every x from 1 to \
             1e-10 (below 4ε)",
            m.stable_worst
        ),
    ));
    let (naive_l, lib_l) = m.log1p;
    let (naive_e, lib_e) = m.expm1;
    claims.push(Claim::new(
        naive_l > 1e-6 && naive_e > 1e-6 && lib_l < 2.0 * EPS && lib_e < 2.0 * EPS,
        format!(
            "the same loss for {TINY_COUNT} x in [1e-12, 1e-11]: ln(1 + x) and eˣ − 1 are off \
             by up to {naive_l:.1e} and {naive_e:.1e}, ln_1p and exp_m1 by at most {lib_l:.1e} \
             and {lib_e:.1e} (below 2ε)"
        ),
    ));
    claims
}

/// The table of a few x and the takeaway.
pub fn table(m: &Measured) -> String {
    let mut t = String::from(
        "\nCatastrophic cancellation: g(x) = (1 − cos x)/x² → 1/2 as x → 0. The rewrite\n\
         1 − cos x = 2 sin²(x/2) is exact, but only 2 sin²(x/2)/x² survives in doubles.\n\
         Relative errors against the series 1/2 − x²/24 + x⁴/720 − … :\n\n",
    );
    let _ = writeln!(
        t,
        "{:>9}  {:>19}  {:>9}  {:>19}  {:>9}",
        "x", "naive", "error", "2 sin²(x/2)/x²", "error"
    );
    for decade in (0..=10).step_by(2) {
        let target = 10f64.powi(-decade);
        let p = m.points.iter().min_by(|a, b| {
            let d = |p: &Point| (p.x.log10() - target.log10()).abs();
            d(a).total_cmp(&d(b))
        });
        if let Some(p) = p {
            let _ = writeln!(
                t,
                "{:>9.2e}  {:>19.16}  {:>9.1e}  {:>19.16}  {:>9.1e}",
                p.x, p.naive, p.naive_error, p.stable, p.stable_error
            );
        }
    }
    let (a, b) = m.log1p;
    let (c, d) = m.expm1;
    let _ = write!(
        t,
        "\nThe same loss for x in [1e-12, 1e-11]: ln(1 + x) is off by up to {a:.1e},\n\
         ln_1p(x) by {b:.1e}; eˣ − 1 by {c:.1e}, exp_m1(x) by {d:.1e}. That is why log1p\n\
         and expm1 exist: 1 + x rounds away most of x's digits before the log or the\n\
         subtraction sees them.\n"
    );
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model's pieces: the zero threshold and the error bound ε/(2x²) at single points.
    #[test]
    fn the_naive_error_follows_the_rounding_of_cos_x() {
        let edge = zero_below();
        assert!((edge - 1.0537e-8).abs() < 1e-12);
        assert_eq!(naive_g(edge * 0.99), 0.0);
        assert!(naive_g(edge * 1.01) > 0.0);
        for x in [3e-3, 1e-4, 2.7e-5, 1e-6, 4e-8] {
            let r = reference_g(x).unwrap();
            let e = relative_error(naive_g(x), r);
            // |fl(cos x) − cos x| ≤ ε/4; the division adds at most ε/2.
            assert!(e <= model_error(x) / 2.0 + EPS, "x = {x}: {e:e}");
            assert!(relative_error(stable_g(x), r) < 4.0 * EPS, "{x}");
        }
    }

    #[test]
    fn the_claims_hold_across_seeds_and_sizes_and_fail_without_the_effect() {
        for seed in 0..40 {
            for per_decade in [5, 20] {
                let m = measure(&mut Seeded::new(seed), per_decade).unwrap();
                let failed: Vec<Claim> = claims(&m).into_iter().filter(|c| !c.holds).collect();
                assert!(failed.is_empty(), "seed {seed}/{per_decade}: {failed:#?}");
            }
        }
        let mut rng = Seeded::new(1);
        let m = measure(&mut rng, 5).unwrap();
        // Another seed, another grid.
        let other = measure(&mut Seeded::new(2), 5).unwrap();
        assert_ne!(m.points[3].x, other.points[3].x);
        let mut flat = m.clone();
        flat.slope = -0.3;
        flat.model_ratio = 0.02;
        flat.stable_worst = 9.0;
        flat.last_zero = None;
        assert_eq!(claims(&flat).iter().filter(|c| !c.holds).count(), 4);
    }
}
