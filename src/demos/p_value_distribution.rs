//! The distribution of p-values: uniform when H₀ is true, piled near 0 when it is false.
//!
//! Many experiments, each a two-sided one-sample t test of H₀: μ = 0 on n = 20 draws from
//! N(μ, 1): once with μ = 0 (H₀ true) and once with μ = 0.5 (H₁ true). Under H₀ the p-value is
//! uniform on [0, 1], so P(p < α) = α for every α; the demo checks it with a χ² test of
//! uniformity over 20 equal bins (df = 19). Under H₁ the p-values crowd towards 0: the share
//! below 0.05 is the test's power.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape, density_histogram};
use super::reference::{chi2_upper_tail, t_cdf};
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::{Sampler, ks_distance, sim_rng};
use std::fmt::Write;

const N: usize = 20;
const EFFECT: f64 = 0.5;
const BINS: usize = 20;

/// The p-values of one hypothesis and what they show.
#[derive(Debug, Clone)]
pub struct PValues {
    pub mu: f64,
    pub p: Vec<f64>,
    /// Counts in the bins [0, 0.05), [0.05, 0.10), …, [0.95, 1].
    pub counts: Vec<usize>,
    /// Σ (O − E)²/E against equal expected counts, and its upper-tail p-value (df = BINS − 1).
    pub chi2: f64,
    pub chi2_p: f64,
    /// The Kolmogorov–Smirnov distance to Uniform(0, 1).
    pub ks: f64,
}

impl PValues {
    /// The share of p-values below `alpha`.
    pub fn below(&self, alpha: f64) -> f64 {
        self.p.iter().filter(|&&p| p < alpha).count() as f64 / self.p.len() as f64
    }
}

/// The χ² statistic of `counts` against equal expected counts: Σ (O − E)²/E.
pub fn chi_square_uniform(counts: &[usize]) -> f64 {
    let total: usize = counts.iter().sum();
    let e = total as f64 / counts.len() as f64;
    counts.iter().map(|&o| (o as f64 - e).powi(2) / e).sum()
}

/// The two-sided p-value of a one-sample t test of μ = 0: t = x̄/(s/√n), p = 2·F_t(−|t|; n−1).
pub fn t_test_p(xs: &[f64]) -> f64 {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let s2 = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let t = mean / (s2 / n).sqrt();
    2.0 * t_cdf(-t.abs(), n - 1.0)
}

/// Runs `experiments` t tests with data from N(mu, 1).
pub fn simulate(seed: u64, mu: f64, experiments: usize) -> Result<PValues, DemoError> {
    let mut rng = sim_rng(seed);
    let source = Sampler::normal(mu, 1.0)?;
    let mut xs = vec![0.0; N];
    let p: Vec<f64> = (0..experiments)
        .map(|_| {
            source.fill(&mut rng, &mut xs);
            t_test_p(&xs)
        })
        .collect();
    let mut counts = vec![0usize; BINS];
    for &v in &p {
        counts[((v * BINS as f64) as usize).min(BINS - 1)] += 1;
    }
    let chi2 = chi_square_uniform(&counts);
    let ks = ks_distance(&p, |x| x.clamp(0.0, 1.0))?;
    Ok(PValues {
        mu,
        chi2_p: chi2_upper_tail(chi2, (BINS - 1) as f64),
        chi2,
        counts,
        p,
        ks,
    })
}

/// The claims. Uniformity is accepted at the 0.1% level, so a true H₀ fails it for about one
/// seed in a thousand; the shares are allowed 5 standard errors.
pub fn claims(h0: &PValues, h1: &PValues) -> Vec<Claim> {
    let k = h0.p.len() as f64;
    let below = h0.below(0.05);
    let se = (0.05f64 * 0.95 / k).sqrt();
    let power = h1.below(0.05);
    vec![
        Claim::new(
            h0.chi2_p > 0.001,
            format!(
                "under H₀ the p-values are uniform: χ² = {:.1} on {} df, p = {:.3} (uniformity \
                 is rejected only below 0.001)",
                h0.chi2,
                BINS - 1,
                h0.chi2_p
            ),
        ),
        Claim::new(
            (below - 0.05).abs() < 5.0 * se,
            format!(
                "under H₀, P(p < 0.05) = 0.05: measured {:.2}% (allowed 5 ± {:.2})",
                100.0 * below,
                500.0 * se
            ),
        ),
        Claim::new(
            power > 8.0 * 0.05 && h1.chi2_p < 1e-10,
            format!(
                "under H₁ (μ = {EFFECT}) the p-values pile up near 0: {:.1}% are below 0.05 \
                 (the power), {:.1} times the uniform share",
                100.0 * power,
                power / 0.05
            ),
        ),
    ]
}

fn table(h0: &PValues, h1: &PValues, seed: u64) -> String {
    let mut t = format!(
        "p-values of {} one-sample t tests of H₀: μ = 0, each on n = {N} draws from\n\
         N(μ, 1), under H₀ (μ = 0) and under H₁ (μ = {EFFECT}) (seed {seed}).\n\n\
         {:<14}  {:>8}  {:>8}  {:>8}  {:>10}  {:>9}  {:>7}\n",
        h0.p.len(),
        "",
        "p < 0.01",
        "p < 0.05",
        "p < 0.5",
        "χ² (19 df)",
        "χ² p",
        "KS"
    );
    for (name, v) in [("H₀ true", h0), ("H₁ true", h1)] {
        let _ = writeln!(
            t,
            "{:<14}  {:>7.2}%  {:>7.2}%  {:>7.2}%  {:>10.1}  {:>9.3}  {:>7.4}",
            name,
            100.0 * v.below(0.01),
            100.0 * v.below(0.05),
            100.0 * v.below(0.5),
            v.chi2,
            v.chi2_p,
            v.ks
        );
    }
    t
}

fn figure(h0: &PValues, h1: &PValues) -> Figure {
    let panel = |title: String, v: &PValues, top: f64| Panel {
        title,
        x_label: "p-value".into(),
        y_label: "density".into(),
        x: Axis::linear(0.0, 1.0),
        y: Axis::linear(0.0, top),
        legend: Legend::UpperRight,
        series: vec![
            Series::new("p-values", density_histogram(&v.p, 0.0, 1.0 + 1e-12, BINS)),
            Series::new("uniform density 1", Shape::HLine(1.0)),
        ],
    };
    let h1_top = (h1.below(0.05) / 0.05 * 1.1).clamp(2.0, 20.0);
    Figure {
        title: "Histograms of p-values (20 bins of width 0.05)".into(),
        columns: 2,
        panels: vec![
            panel("H₀ true: flat".into(), h0, 2.0),
            panel(format!("H₁ true (μ = {EFFECT}): piled at 0"), h1, h1_top),
        ],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let experiments = opts.size.pick(50_000, 4_000);
    let h0 = simulate(opts.seed, 0.0, experiments)?;
    let h1 = simulate(opts.seed.wrapping_add(1), EFFECT, experiments)?;
    Ok(Report {
        text: table(&h0, &h1, opts.seed),
        figure: Some(figure(&h0, &h1)),
        figure_height: 10,
        claims: claims(&h0, &h1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Reference {
        chisquare: Vec<ChiCase>,
    }

    #[derive(Deserialize)]
    struct ChiCase {
        counts: Vec<usize>,
        statistic: f64,
        p_value: f64,
    }

    #[test]
    fn chi_square_matches_scipy() {
        let r: Reference =
            serde_json::from_str(include_str!("../../tests/data/sim_reference.json")).unwrap();
        for c in &r.chisquare {
            let stat = chi_square_uniform(&c.counts);
            let p = chi2_upper_tail(stat, (c.counts.len() - 1) as f64);
            assert!((stat - c.statistic).abs() < 1e-9 * c.statistic.max(1.0));
            assert!((p - c.p_value).abs() < 1e-9, "{p} vs {}", c.p_value);
        }
    }

    #[test]
    fn t_test_by_hand() {
        // [1, 2, 3]: x̄ = 2, s = 1, t = 2√3 = 3.4641 on 2 df: p = 2(1/2 − t/(2√(t² + 2))).
        let t = 2.0 * 3f64.sqrt();
        let want = 1.0 - t / (t * t + 2.0).sqrt();
        assert!((t_test_p(&[1.0, 2.0, 3.0]) - want).abs() < 1e-9);
    }

    #[test]
    fn the_claims_hold_and_fail_when_the_effect_is_missing() {
        let h0 = simulate(1, 0.0, 4_000).unwrap();
        let h1 = simulate(2, EFFECT, 4_000).unwrap();
        assert_eq!(h0.counts.iter().sum::<usize>(), 4_000);
        assert!(
            claims(&h0, &h1).iter().all(|c| c.holds),
            "{:#?}",
            claims(&h0, &h1)
        );
        // Swapped hypotheses: H₀'s p-values are not uniform and H₁'s do not pile up.
        let verdicts: Vec<bool> = claims(&h1, &h0).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false]);
    }
}
