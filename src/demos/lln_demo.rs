//! The law of large numbers: running means of fair-die rolls settle on μ = 3.5.
//!
//! After n rolls the running mean x̄ₙ is off from μ by about one standard error σ/√n
//! (σ² = 35/12 for a fair die): the band μ ± σ/√n holds about 68% of the paths at every n, and
//! the typical distance shrinks tenfold for every hundredfold more rolls.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::{Sampler, running_means, sim_rng};
use std::fmt::Write;

/// μ and σ of a fair die: 3.5 and √(35/12).
fn die() -> Sampler {
    let p = 1.0 / 6.0;
    Sampler::discrete(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[p; 6]).expect("a fair die")
}

/// The share of a normal within one sd of its mean: 2Φ(1) − 1.
const ONE_SD: f64 = 0.682_689_492_137_085_9;

/// Measurements at one checkpoint n.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    pub n: usize,
    /// σ/√n.
    pub se: f64,
    /// The root mean square of x̄ₙ − μ over the paths.
    pub rms: f64,
    /// The mean of |x̄ₙ − μ| over the paths.
    pub mean_abs: f64,
    /// The share of paths with |x̄ₙ − μ| ≤ σ/√n.
    pub inside: f64,
}

/// The measurements: checkpoints over every path, and a few whole paths for the figure.
#[derive(Debug, Clone)]
pub struct Measured {
    pub paths: usize,
    pub checkpoints: Vec<Checkpoint>,
    /// (n, x̄ₙ) at log-spaced n, for the first few paths.
    pub shown: Vec<Vec<(f64, f64)>>,
    pub mu: f64,
    pub sigma: f64,
    pub rolls: usize,
}

/// Simulates `paths` sequences of `rolls` die rolls (checkpoints at 10, 100, … ≤ rolls).
pub fn measure(seed: u64, paths: usize, rolls: usize) -> Result<Measured, DemoError> {
    let die = die();
    let (mu, sigma) = (die.mean().expect("finite"), die.sd().expect("finite"));
    let ns: Vec<usize> = (1..)
        .map(|k| 10usize.pow(k))
        .take_while(|&n| n <= rolls)
        .collect();
    let mut sq = vec![0.0; ns.len()];
    let mut abs = vec![0.0; ns.len()];
    let mut inside = vec![0usize; ns.len()];
    let mut shown = Vec::new();
    let mut rng = sim_rng(seed);
    let mut xs = vec![0.0; rolls];
    for path in 0..paths {
        die.fill(&mut rng, &mut xs);
        let run = running_means(&xs)?;
        for (k, &n) in ns.iter().enumerate() {
            let e = run[n - 1] - mu;
            sq[k] += e * e;
            abs[k] += e.abs();
            inside[k] += usize::from(e.abs() <= sigma / (n as f64).sqrt());
        }
        if path < 3 {
            shown.push(log_spaced(&run, 160));
        }
    }
    let p = paths as f64;
    let checkpoints = ns
        .iter()
        .enumerate()
        .map(|(k, &n)| Checkpoint {
            n,
            se: sigma / (n as f64).sqrt(),
            rms: (sq[k] / p).sqrt(),
            mean_abs: abs[k] / p,
            inside: inside[k] as f64 / p,
        })
        .collect();
    Ok(Measured {
        paths,
        checkpoints,
        shown,
        mu,
        sigma,
        rolls,
    })
}

/// About `count` points (n, running mean) at log-spaced n, the first and last included.
fn log_spaced(run: &[f64], count: usize) -> Vec<(f64, f64)> {
    let last = run.len() as f64;
    let mut points: Vec<(f64, f64)> = Vec::new();
    for i in 0..count {
        let n = last.powf(i as f64 / (count - 1) as f64).round().max(1.0);
        if points.last().is_none_or(|p| p.0 < n) {
            points.push((n, run[n as usize - 1]));
        }
    }
    points
}

/// The claims, with allowances of 5 standard errors of each measured share or ratio.
pub fn claims(m: &Measured) -> Vec<Claim> {
    let p = m.paths as f64;
    let rms_tol = 5.0 * (2.0 / p).sqrt() / 2.0;
    let share_tol = 5.0 * (ONE_SD * (1.0 - ONE_SD) / p).sqrt();
    let worst_rms = m
        .checkpoints
        .iter()
        .map(|c| (c.rms / c.se - 1.0).abs())
        .fold(0.0, f64::max);
    let worst_share = m
        .checkpoints
        .iter()
        .map(|c| (c.inside - ONE_SD).abs())
        .fold(0.0, f64::max);
    let shrinking = m
        .checkpoints
        .windows(2)
        .all(|w| w[1].mean_abs < w[0].mean_abs / 2.0);
    let path = m
        .checkpoints
        .iter()
        .map(|c| format!("{:.3}", c.mean_abs))
        .collect::<Vec<_>>()
        .join(" → ");
    vec![
        Claim::new(
            shrinking && m.checkpoints.len() >= 2,
            format!(
                "the running mean converges to μ = {:.1}: its mean distance from μ falls \
                 about √10-fold per decade of n: {path}",
                m.mu
            ),
        ),
        Claim::new(
            worst_rms < rms_tol,
            format!(
                "the typical error is one standard error: RMS(x̄ₙ − μ)/(σ/√n) is within \
                 {:.1}% of 1 at every n (allowed {:.1}%)",
                100.0 * worst_rms,
                100.0 * rms_tol
            ),
        ),
        Claim::new(
            worst_share < share_tol,
            format!(
                "the band μ ± σ/√n holds {:.1}% of the paths at every n, within {:.1} points \
                 (allowed {:.1})",
                100.0 * ONE_SD,
                100.0 * worst_share,
                100.0 * share_tol
            ),
        ),
    ]
}

fn table(m: &Measured, seed: u64) -> String {
    let mut t = format!(
        "The law of large numbers: {} paths of {} fair-die rolls (seed {seed}).\n\
         μ = {:.1}, σ = √(35/12) = {:.4}; after n rolls the running mean x̄ₙ should be\n\
         within σ/√n of μ about {:.1}% of the time.\n\n\
         {:>7}  {:>8}  {:>13}  {:>10}  {:>14}\n",
        m.paths,
        m.rolls,
        m.mu,
        m.sigma,
        100.0 * ONE_SD,
        "n",
        "σ/√n",
        "RMS(x̄ₙ − μ)",
        "RMS/(σ/√n)",
        "inside ±σ/√n"
    );
    for c in &m.checkpoints {
        let _ = writeln!(
            t,
            "{:>7}  {:>8.4}  {:>13.4}  {:>10.3}  {:>13.1}%",
            c.n,
            c.se,
            c.rms,
            c.rms / c.se,
            100.0 * c.inside
        );
    }
    t
}

fn figure(m: &Measured) -> Figure {
    let x = Axis::log(1.0, m.rolls as f64);
    let band: Vec<(f64, f64, f64)> = (0..=100)
        .map(|i| {
            let n = x.at(i as f64 / 100.0);
            let se = m.sigma / n.sqrt();
            (n, m.mu - se, m.mu + se)
        })
        .collect();
    let mut series = vec![
        Series::new("μ ± σ/√n", Shape::Band(band)),
        Series::new(format!("μ = {:.1}", m.mu), Shape::HLine(m.mu)),
    ];
    for (i, path) in m.shown.iter().enumerate() {
        series.push(Series::new(
            format!("running mean, path {}", i + 1),
            Shape::Line(path.clone()),
        ));
    }
    Figure {
        title: "Running means of die rolls".into(),
        columns: 1,
        panels: vec![Panel {
            title: "x̄ₙ against n (log scale)".into(),
            x_label: "n (rolls)".into(),
            y_label: "running mean".into(),
            x,
            y: Axis::linear(1.5, 5.5),
            series,
            legend: Legend::UpperRight,
        }],
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let (paths, rolls) = opts.size.pick((1_000, 10_000), (300, 1_000));
    let m = measure(opts.seed, paths, rolls)?;
    Ok(Report {
        text: table(&m, opts.seed),
        figure: Some(figure(&m)),
        figure_height: 16,
        claims: claims(&m),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_and_fail_when_the_effect_is_missing() {
        let m = measure(5, 300, 1_000).unwrap();
        assert_eq!(
            m.checkpoints.iter().map(|c| c.n).collect::<Vec<_>>(),
            [10, 100, 1000]
        );
        assert!(claims(&m).iter().all(|c| c.holds), "{:#?}", claims(&m));
        // Errors that shrink like 1/n instead of 1/√n, and a band that holds too many.
        let mut bad = m.clone();
        for c in bad.checkpoints.iter_mut() {
            c.rms = c.se * 10.0 / (c.n as f64).sqrt();
            c.inside = 0.95;
        }
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [true, false, false]);
        let mut flat = m;
        flat.checkpoints.iter_mut().for_each(|c| c.mean_abs = 0.3);
        assert!(!claims(&flat)[0].holds);
    }

    #[test]
    fn running_means_of_the_shown_paths_start_at_a_die_face() {
        let m = measure(1, 3, 1_000).unwrap();
        for path in &m.shown {
            assert_eq!(path[0].0, 1.0);
            assert!([1.0, 2.0, 3.0, 4.0, 5.0, 6.0].contains(&path[0].1));
            assert_eq!(path.last().unwrap().0, 1_000.0);
        }
    }
}
