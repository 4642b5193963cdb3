//! Multiple comparisons: run m tests when every null hypothesis is true, and count the false
//! discoveries.
//!
//! Each test is a two-sided one-sample z test of H₀: μ = 0 on 10 draws from N(0, 1) (σ = 1
//! known), so each p-value is uniform and falls below α = 0.05 with probability 0.05. Over a
//! family of m independent tests the chance of at least one false discovery (the family-wise
//! error rate) is 1 − (1 − α)^m: 40% at m = 10, 99.4% at m = 100. Bonferroni tests each at α/m
//! and keeps the family-wise rate at most α.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape, curve};
use super::reference::normal_cdf;
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::{Sampler, sample_means, sim_rng};
use std::fmt::Write;

pub const ALPHA: f64 = 0.05;
pub const MS: [usize; 7] = [1, 2, 5, 10, 20, 50, 100];
/// Draws per test.
const N: usize = 10;

/// The results for one m, over many families of m tests.
#[derive(Debug, Clone)]
pub struct Family {
    pub m: usize,
    pub families: usize,
    /// The mean number of p < α per family.
    pub mean_false: f64,
    /// The share of families with at least one p < α.
    pub fwer: f64,
    /// The share of families with at least one p < α/m.
    pub fwer_bonferroni: f64,
}

impl Family {
    /// 1 − (1 − α)^m.
    pub fn fwer_theory(&self) -> f64 {
        1.0 - (1.0 - ALPHA).powi(self.m as i32)
    }
}

/// The two-sided p-value of a z test of μ = 0 with σ = 1: 2(1 − Φ(|x̄|·√n)).
fn p_value(mean: f64) -> f64 {
    2.0 * normal_cdf(-(mean.abs() * (N as f64).sqrt()))
}

/// Simulates `families` families of m tests for each m.
pub fn measure(seed: u64, families: usize) -> Result<Vec<Family>, DemoError> {
    let mut rng = sim_rng(seed);
    let null = Sampler::normal(0.0, 1.0)?;
    MS.iter()
        .map(|&m| {
            let (mut discoveries, mut any, mut any_bonf) = (0usize, 0usize, 0usize);
            for _ in 0..families {
                let means = sample_means(&null, &mut rng, N, m)?;
                let ps: Vec<f64> = means.iter().map(|&x| p_value(x)).collect();
                let d = ps.iter().filter(|&&p| p < ALPHA).count();
                discoveries += d;
                any += usize::from(d > 0);
                any_bonf += usize::from(ps.iter().any(|&p| p < ALPHA / m as f64));
            }
            let f = families as f64;
            Ok(Family {
                m,
                families,
                mean_false: discoveries as f64 / f,
                fwer: any as f64 / f,
                fwer_bonferroni: any_bonf as f64 / f,
            })
        })
        .collect()
}

/// The claims, each within 5 standard errors of its share or mean.
pub fn claims(fams: &[Family]) -> Vec<Claim> {
    let f = fams[0].families as f64;
    let worst_fwer = fams
        .iter()
        .map(|x| {
            let t = x.fwer_theory();
            (x.fwer - t).abs() / (t * (1.0 - t) / f).sqrt().max(1e-12)
        })
        .fold(0.0, f64::max);
    let worst_count = fams
        .iter()
        .map(|x| {
            let se = (x.m as f64 * ALPHA * (1.0 - ALPHA) / f).sqrt();
            (x.mean_false - x.m as f64 * ALPHA).abs() / se
        })
        .fold(0.0, f64::max);
    let bonf_bound = ALPHA + 5.0 * (ALPHA * (1.0 - ALPHA) / f).sqrt();
    let bonf_worst = fams.iter().map(|x| x.fwer_bonferroni).fold(0.0, f64::max);
    let last = &fams[fams.len() - 1];
    vec![
        Claim::new(
            worst_count < 5.0,
            format!(
                "each test errs with probability α: the mean number of false discoveries is \
                 m·α at every m (at most {worst_count:.1} standard errors off; allowed 5)"
            ),
        ),
        Claim::new(
            worst_fwer < 5.0 && last.fwer > 0.9,
            format!(
                "without correction the family-wise error rate is 1 − (1 − α)^m (at most \
                 {worst_fwer:.1} standard errors off): {:.1}% of families of {} tests had a \
                 false discovery",
                100.0 * last.fwer,
                last.m
            ),
        ),
        Claim::new(
            bonf_worst < bonf_bound,
            format!(
                "with Bonferroni (each test at α/m) the family-wise error rate stays at most \
                 α = {ALPHA}: at most {:.1}% at any m",
                100.0 * bonf_worst
            ),
        ),
    ]
}

fn table(fams: &[Family], seed: u64) -> String {
    let mut t = format!(
        "Multiple comparisons: {} families of m tests, every H₀ true (seed {seed}).\n\
         Each test: a two-sided z test of μ = 0 on {N} draws from N(0, 1), at α = {ALPHA}.\n\n\
         {:>4}  {:>12}  {:>6}  {:>10}  {:>12}  {:>11}\n",
        fams[0].families, "m", "false disc.", "m·α", "FWER", "1 − (1−α)^m", "Bonferroni"
    );
    for f in fams {
        let _ = writeln!(
            t,
            "{:>4}  {:>12.3}  {:>6.2}  {:>9.1}%  {:>11.1}%  {:>10.1}%",
            f.m,
            f.mean_false,
            f.m as f64 * ALPHA,
            100.0 * f.fwer,
            100.0 * f.fwer_theory(),
            100.0 * f.fwer_bonferroni
        );
    }
    t
}

fn figure(fams: &[Family]) -> Figure {
    let x = Axis::log(0.8, 130.0);
    let theory = curve(x, 100, |m| 1.0 - (1.0 - ALPHA).powf(m));
    let bonf_theory = curve(x, 100, |m| 1.0 - (1.0 - ALPHA / m).powf(m));
    let points = |f: fn(&Family) -> f64| fams.iter().map(|x| (x.m as f64, f(x))).collect();
    Figure {
        title: "Family-wise error rate against the number of tests m".into(),
        columns: 1,
        panels: vec![Panel {
            title: format!("every H₀ true, α = {ALPHA}"),
            x_label: "m (log scale)".into(),
            y_label: "P(at least one false discovery)".into(),
            x,
            y: Axis::linear(0.0, 1.0),
            legend: Legend::UpperLeft,
            series: vec![
                Series::new("α", Shape::HLine(ALPHA)),
                Series::new("1 − (1 − α)^m", Shape::Line(theory)),
                Series::new("simulated, uncorrected", Shape::Points(points(|x| x.fwer))),
                Series::new("1 − (1 − α/m)^m", Shape::Line(bonf_theory)),
                Series::new(
                    "simulated, Bonferroni",
                    Shape::Points(points(|x| x.fwer_bonferroni)),
                ),
            ],
        }],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let families = opts.size.pick(4_000, 600);
    let fams = measure(opts.seed, families)?;
    Ok(Report {
        text: table(&fams, opts.seed),
        figure: Some(figure(&fams)),
        figure_height: 14,
        claims: claims(&fams),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_values_by_hand() {
        // z = x̄·√10 at the critical value 1.96 gives p = 0.05; z = 1 gives 0.3173.
        assert!((p_value(1.0 / 10f64.sqrt()) - 0.317_310_507_862_914).abs() < 1e-9);
        assert!((p_value(0.0) - 1.0).abs() < 1e-15);
        assert!((p_value(1.959_963_985 / 10f64.sqrt()) - 0.05).abs() < 1e-9);
    }

    #[test]
    fn the_claims_hold_and_fail_when_the_effect_is_missing() {
        let fams = measure(4, 600).unwrap();
        assert!(
            claims(&fams).iter().all(|c| c.holds),
            "{:#?}",
            claims(&fams)
        );
        // Bonferroni that multiplied α by m instead of dividing, and a family-wise rate that
        // stayed at α.
        let mut bad = fams.clone();
        for f in bad.iter_mut() {
            f.fwer_bonferroni = f.fwer_theory().max(0.2);
            f.fwer = ALPHA;
            f.mean_false = ALPHA;
        }
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false]);
    }
}
