//! Confidence interval coverage: how often a 95% interval for μ covers the true μ.
//!
//! Samples of n = 3, 5, 10, 30 from N(μ = 10, σ = 2); from each, the t interval
//! x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n and the z interval x̄ ± 1.96·s/√n, where s is the sample sd (divisor
//! n − 1) since σ is unknown. The t interval covers μ 95% of the time at every n; the z
//! interval ignores the extra uncertainty of s and covers less at small n: its coverage is
//! P(|T| ≤ 1.96) = 2·F_t(1.96; n − 1) − 1, about 81% at n = 3.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::reference::{normal_quantile, t_cdf, t_quantile};
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::{Sampler, sim_rng};
use std::fmt::Write;

pub const NS: [usize; 4] = [3, 5, 10, 30];
const MU: f64 = 10.0;
const SIGMA: f64 = 2.0;
const LEVEL: f64 = 0.95;

/// The coverage of both intervals at one n.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub n: usize,
    pub intervals: usize,
    /// t₀.₉₇₅ with n − 1 degrees of freedom.
    pub t_crit: f64,
    pub t: f64,
    pub z: f64,
}

impl Coverage {
    /// The z interval's exact coverage, 2·F_t(z₀.₉₇₅; n − 1) − 1.
    pub fn z_theory(&self) -> f64 {
        2.0 * t_cdf(normal_quantile(0.5 + LEVEL / 2.0), (self.n - 1) as f64) - 1.0
    }
}

/// Draws `intervals` samples at each n and counts the intervals that cover μ.
pub fn measure(seed: u64, intervals: usize) -> Result<Vec<Coverage>, DemoError> {
    let mut rng = sim_rng(seed);
    let normal = Sampler::normal(MU, SIGMA)?;
    let z_crit = normal_quantile(0.5 + LEVEL / 2.0);
    NS.iter()
        .map(|&n| {
            let t_crit = t_quantile(0.5 + LEVEL / 2.0, (n - 1) as f64);
            let mut xs = vec![0.0; n];
            let (mut t_hits, mut z_hits) = (0usize, 0usize);
            for _ in 0..intervals {
                normal.fill(&mut rng, &mut xs);
                let mean = xs.iter().sum::<f64>() / n as f64;
                let s2 = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
                let se = (s2 / n as f64).sqrt();
                let miss = (mean - MU).abs();
                t_hits += usize::from(miss <= t_crit * se);
                z_hits += usize::from(miss <= z_crit * se);
            }
            let k = intervals as f64;
            Ok(Coverage {
                n,
                intervals,
                t_crit,
                t: t_hits as f64 / k,
                z: z_hits as f64 / k,
            })
        })
        .collect()
}

/// The claims, each within 5 standard errors of the measured share.
pub fn claims(cov: &[Coverage]) -> Vec<Claim> {
    let k = cov[0].intervals as f64;
    let se = |p: f64| (p * (1.0 - p) / k).sqrt();
    let t_worst = cov
        .iter()
        .map(|c| (c.t - LEVEL).abs() / se(LEVEL))
        .fold(0.0, f64::max);
    let z_worst = cov
        .iter()
        .map(|c| (c.z - c.z_theory()).abs() / se(c.z_theory()))
        .fold(0.0, f64::max);
    let small: Vec<&Coverage> = cov.iter().filter(|c| c.n <= 5).collect();
    let under = small
        .iter()
        .all(|c| c.z < LEVEL - 5.0 * se(LEVEL) && c.z < c.t);
    let large = &cov[cov.len() - 1];
    let list = |f: fn(&Coverage) -> f64| {
        cov.iter()
            .map(|c| format!("{:.1}%", 100.0 * f(c)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    vec![
        Claim::new(
            t_worst < 5.0,
            format!(
                "t intervals cover μ 95% of the time at every n: {} (at most {t_worst:.1} \
                 standard errors off)",
                list(|c| c.t)
            ),
        ),
        Claim::new(
            under && z_worst < 5.0,
            format!(
                "z intervals with s undercover at small n: {}, as 2·F_t(1.96; n − 1) − 1 \
                 predicts (at most {z_worst:.1} standard errors off)",
                list(|c| c.z)
            ),
        ),
        Claim::new(
            (large.t - large.z).abs() < 0.03,
            format!(
                "by n = {} the two nearly agree: {:.1}% and {:.1}%",
                large.n,
                100.0 * large.t,
                100.0 * large.z
            ),
        ),
    ]
}

fn table(cov: &[Coverage], seed: u64) -> String {
    let mut t = format!(
        "Coverage of 95% intervals for μ: {} samples from N({MU}, {SIGMA}²) at each n\n\
         (seed {seed}). t: x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n; z: x̄ ± 1.96·s/√n (s divides by n − 1).\n\n\
         {:>3}  {:>10}  {:>11}  {:>11}  {:>14}\n",
        cov[0].intervals, "n", "t₀.₉₇₅,ₙ₋₁", "t coverage", "z coverage", "z: 2F_t(1.96)−1"
    );
    for c in cov {
        let _ = writeln!(
            t,
            "{:>3}  {:>10.3}  {:>10.2}%  {:>10.2}%  {:>13.2}%",
            c.n,
            c.t_crit,
            100.0 * c.t,
            100.0 * c.z,
            100.0 * c.z_theory()
        );
    }
    t
}

fn figure(cov: &[Coverage]) -> Figure {
    let points = |f: fn(&Coverage) -> f64| cov.iter().map(|c| (c.n as f64, f(c))).collect();
    Figure {
        title: "Coverage of 95% confidence intervals for μ".into(),
        columns: 1,
        panels: vec![Panel {
            title: format!("samples from N({MU}, {SIGMA}²), σ unknown"),
            x_label: "n (log scale)".into(),
            y_label: "share of intervals covering μ".into(),
            x: Axis::log(2.5, 40.0),
            y: Axis::linear(0.75, 1.0),
            legend: Legend::LowerRight,
            series: vec![
                Series::new("95%", Shape::HLine(LEVEL)),
                Series::new("t interval", Shape::Line(points(|c| c.t))),
                Series::new("z interval with s", Shape::Line(points(|c| c.z))),
                Series::new(
                    "z: 2F_t(1.96; n−1) − 1",
                    Shape::Points(points(|c| c.z_theory())),
                ),
            ],
        }],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let intervals = opts.size.pick(50_000, 4_000);
    let cov = measure(opts.seed, intervals)?;
    Ok(Report {
        text: table(&cov, opts.seed),
        figure: Some(figure(&cov)),
        figure_height: 14,
        claims: claims(&cov),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn z_coverage_theory_from_the_t_table() {
        // P(|T₂| ≤ 1.96) = 1.96/√(1.96² + 2) (the t₂ cdf in closed form): 0.8107.
        let c = Coverage {
            n: 3,
            intervals: 1,
            t_crit: 0.0,
            t: 0.0,
            z: 0.0,
        };
        let z = normal_quantile(0.975);
        assert!((c.z_theory() - z / (z * z + 2.0).sqrt()).abs() < 1e-9);
    }

    #[test]
    fn the_claims_hold_and_fail_when_the_effect_is_missing() {
        let cov = measure(6, 4_000).unwrap();
        assert!(claims(&cov).iter().all(|c| c.holds), "{:#?}", claims(&cov));
        // Intervals that used z for t (both undercover), and a z that covered 95%.
        let mut bad = cov.clone();
        bad.iter_mut().for_each(|c| c.t = c.z);
        assert!(!claims(&bad)[0].holds);
        let mut full = cov;
        full.iter_mut().for_each(|c| c.z = LEVEL);
        let verdicts: Vec<bool> = claims(&full).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [true, false, true]);
    }
}
