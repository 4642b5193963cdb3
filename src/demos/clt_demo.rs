//! The central limit theorem: means of n draws from four sources, for n = 1, 2, 5, 30.
//!
//! For a source with mean μ and finite sd σ, the standardized mean z = (x̄ − μ)/(σ/√n) tends to
//! the standard normal as n grows, whatever the source's shape, and the standard error (the sd
//! of x̄) is σ/√n. The demo measures both: the Kolmogorov–Smirnov distance of the simulated z
//! to N(0, 1) falls with n, and the sd of the simulated means matches σ/√n. The Cauchy source
//! has no mean and infinite variance: the mean of n Cauchy draws is again Cauchy with the same
//! spread, so its distance to normality does not fall and its spread does not shrink. Having
//! no σ, its means are standardized by their own median and IQR/1.349 (the normal with the
//! same quartiles).

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape, curve, density_histogram};
use super::reference::{normal_cdf, normal_pdf};
use super::{Claim, DemoError, Options, Report};
use crate::math::sim::{
    Sampler, SimError, ks_distance, sample_means, sample_means_parallel, sim_rng,
};
use std::fmt::Write;
use std::time::{Duration, Instant};

/// The sample sizes.
pub const NS: [usize; 4] = [1, 2, 5, 30];

/// IQR of the standard normal: Φ⁻¹(0.75) − Φ⁻¹(0.25).
const NORMAL_IQR: f64 = 1.348_979_500_392_163_5;

/// The sources: a name and a sampler.
pub fn sources() -> Vec<(&'static str, Sampler)> {
    let ok = "valid parameters";
    vec![
        ("uniform", Sampler::uniform(0.0, 1.0).expect(ok)),
        ("exponential", Sampler::exponential(1.0).expect(ok)),
        (
            "loaded die",
            Sampler::discrete(
                &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                &[0.5, 0.2, 0.1, 0.1, 0.05, 0.05],
            )
            .expect(ok),
        ),
        ("Cauchy", Sampler::cauchy(0.0, 1.0).expect(ok)),
    ]
}

/// The measurements of one source at one n.
#[derive(Debug, Clone)]
pub struct Cell {
    pub n: usize,
    /// KS distance of the standardized means to N(0, 1).
    pub ks: f64,
    /// The sample sd of the means (divisor count − 1).
    pub sd: f64,
    /// σ/√n, when the source has a σ.
    pub se: Option<f64>,
    /// The interquartile range of the means.
    pub iqr: f64,
    /// The standardized means, for the histogram.
    pub z: Vec<f64>,
}

/// One source's measurements at every n.
#[derive(Debug, Clone)]
pub struct Row {
    pub source: &'static str,
    pub finite_variance: bool,
    pub cells: Vec<Cell>,
}

/// Simulates `count` means per source and n, on every core (the means depend on the seed
/// alone, not on the number of cores: see [`sample_means_parallel`]).
pub fn measure(seed: u64, count: usize) -> Result<Vec<Row>, DemoError> {
    let mut rng = sim_rng(seed);
    let mut rows = Vec::new();
    for (source, sampler) in sources() {
        let mut cells = Vec::new();
        for n in NS {
            let means = sample_means_parallel(&sampler, &mut rng, n, count)?;
            let mut sorted = means.clone();
            sorted.sort_by(f64::total_cmp);
            let q = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
            let iqr = q(0.75) - q(0.25);
            let mean = means.iter().sum::<f64>() / count as f64;
            let var = means.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (count - 1) as f64;
            let se = sampler.sd().map(|s| s / (n as f64).sqrt());
            let (centre, scale) = match (sampler.mean(), se) {
                (Some(mu), Some(se)) => (mu, se),
                _ => (q(0.5), iqr / NORMAL_IQR),
            };
            let z: Vec<f64> = means.iter().map(|x| (x - centre) / scale).collect();
            let ks = ks_distance(&z, normal_cdf)?;
            cells.push(Cell {
                n,
                ks,
                sd: var.sqrt(),
                se,
                iqr,
                z,
            });
        }
        rows.push(Row {
            source,
            finite_variance: sampler.sd().is_some(),
            cells,
        });
    }
    Ok(rows)
}

/// The claims the demo makes about measurements from `count` means per cell. The allowances
/// scale with the sampling noise: a KS distance of `count` values wobbles by about 1/√count,
/// the sd of the means by about √(2/count) relative (heavy tails included).
pub fn claims(rows: &[Row], count: usize) -> Vec<Claim> {
    let noise = 1.0 / (count as f64).sqrt();
    let mut out = Vec::new();
    for row in rows {
        let ks: Vec<f64> = row.cells.iter().map(|c| c.ks).collect();
        let (first, last) = (ks[0], ks[ks.len() - 1]);
        let path = ks
            .iter()
            .map(|d| format!("{d:.3}"))
            .collect::<Vec<_>>()
            .join(" → ");
        if row.finite_variance {
            let falls = last < first / 2.0 && ks.windows(2).all(|w| w[1] <= w[0] + 3.0 * noise);
            out.push(Claim::new(
                falls,
                format!(
                    "{}: the KS distance to N(0, 1) falls with n: {path}",
                    row.source
                ),
            ));
            let tol = (5.0 * (2.0 * noise * noise).sqrt()).max(0.02);
            let worst = row
                .cells
                .iter()
                .filter_map(|c| c.se.map(|se| (c.sd / se - 1.0).abs()))
                .fold(0.0, f64::max);
            out.push(Claim::new(
                worst < tol,
                format!(
                    "{}: the sd of the means is σ/√n within {:.1}% at every n (allowed {:.1}%)",
                    row.source,
                    100.0 * worst,
                    100.0 * tol
                ),
            ));
        } else {
            out.push(Claim::new(
                last > 0.05 && last > first / 2.0,
                format!(
                    "{}: no CLT: the KS distance to the closest-quartile normal stays: {path}",
                    row.source
                ),
            ));
            let ratio = row.cells[row.cells.len() - 1].iqr / row.cells[0].iqr;
            out.push(Claim::new(
                ratio > 0.8,
                format!(
                    "{}: the spread of the means does not shrink: IQR at n = 30 is {:.2} of \
                     that at n = 1 (1/√30 = 0.18 for a finite variance)",
                    row.source, ratio
                ),
            ));
        }
    }
    out
}

/// The table of measurements.
fn table(rows: &[Row], count: usize, seed: u64) -> String {
    let mut t = format!(
        "The central limit theorem: {count} sample means of n draws for each source and n\n\
         (seed {seed}). z = (x̄ − μ)/(σ/√n) should approach N(0, 1) as n grows.\n\n\
         {:<12} {:>3}  {:>11}  {:>9}  {:>6}  {:>9}  {:>12}\n",
        "source", "n", "sd of means", "σ/√n", "ratio", "IQR", "KS to N(0,1)"
    );
    for row in rows {
        for c in &row.cells {
            let (se, ratio) = match c.se {
                Some(se) => (format!("{se:.4}"), format!("{:.3}", c.sd / se)),
                None => ("none".to_string(), "—".to_string()),
            };
            let sd = if row.finite_variance {
                format!("{:.4}", c.sd)
            } else {
                format!("{:.3e}", c.sd)
            };
            let _ = writeln!(
                t,
                "{:<12} {:>3}  {:>11}  {:>9}  {:>6}  {:>9.4}  {:>12.4}",
                row.source, c.n, sd, se, ratio, c.iqr, c.ks
            );
        }
    }
    t.push_str(
        "\nThe Cauchy source has no σ: its means are standardized by their median and\n\
         IQR/1.349, and their sd is meaningless (it grows with every extreme draw).\n",
    );
    t
}

/// The figure: one histogram of z per source and n, with the N(0, 1) density.
fn figure(rows: &[Row]) -> Figure {
    let x = Axis::linear(-4.0, 4.0);
    let normal = curve(x, 81, normal_pdf);
    let mut panels = Vec::new();
    for row in rows {
        for c in &row.cells {
            // The legend once, on the first panel.
            let label = |l: &str| {
                if panels.is_empty() {
                    l.to_string()
                } else {
                    String::new()
                }
            };
            panels.push(Panel {
                title: format!("{} n={}", row.source, c.n),
                x_label: String::new(),
                y_label: "density".into(),
                x,
                y: Axis::linear(0.0, 0.6),
                legend: Legend::UpperRight,
                series: vec![
                    Series::new(
                        label("standardized means"),
                        density_histogram(&c.z, -4.0, 4.0, 32),
                    ),
                    Series::new(label("N(0, 1) density"), Shape::Line(normal.clone())),
                ],
            });
        }
    }
    Figure {
        title: "Standardized sample means (columns: n = 1, 2, 5, 30)".into(),
        columns: NS.len(),
        panels,
    }
}

/// The demo: simulate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let count = opts.size.pick(100_000, 4_000);
    let rows = measure(opts.seed, count)?;
    Ok(Report {
        text: table(&rows, count, opts.seed),
        figure: Some(figure(&rows)),
        figure_height: 5,
        claims: claims(&rows, count),
    })
}

/// One timed run of 10⁶ means.
#[derive(Debug, Clone, Copy)]
pub struct Timed {
    pub took: Duration,
    /// The threads it ran on: 1, or the size of rayon's pool (one per core unless
    /// `RAYON_NUM_THREADS` says otherwise).
    pub threads: usize,
    /// The mean of the means (about 0.5 for the uniform, 1 for the exponential): reading it
    /// keeps the work from being skipped.
    pub check: f64,
}

/// One source's CLT throughput: 10⁶ means of n = 30 draws on one thread and, when asked, on
/// all of rayon's threads.
#[derive(Debug, Clone)]
pub struct Throughput {
    pub source: &'static str,
    /// [`sample_means`] on the calling thread.
    pub one_core: Timed,
    /// [`sample_means_parallel`] on rayon's global pool.
    pub all_cores: Option<Timed>,
}

impl Throughput {
    /// How many times faster all the cores were than one.
    pub fn speedup(&self) -> Option<f64> {
        self.all_cores
            .map(|all| self.one_core.took.as_secs_f64() / all.took.as_secs_f64())
    }
}

/// Times 10⁶ means of n = 30 draws from Uniform(0, 1) and Exponential(1), or only from the one
/// named by `only` ("uniform" or "exponential"), each once on one thread and, if `all_cores`,
/// once on all cores (the caller repeats and takes medians; rayon's threads are started before
/// the clock). numpy's `rng.random((10**6, 30)).mean(1)` side by side is in
/// tools/clt_vs_numpy.py.
pub fn throughput(
    seed: u64,
    only: Option<&str>,
    all_cores: bool,
) -> Result<Vec<Throughput>, DemoError> {
    const MEANS: usize = 1_000_000;
    fn timed(
        threads: usize,
        run: impl FnOnce() -> Result<Vec<f64>, SimError>,
    ) -> Result<Timed, SimError> {
        let start = Instant::now();
        let means = run()?;
        let took = start.elapsed();
        let check = means.iter().sum::<f64>() / means.len() as f64;
        Ok(Timed {
            took,
            threads,
            check,
        })
    }
    let threads = if all_cores {
        rayon::current_num_threads()
    } else {
        1
    };
    let sources = [
        ("uniform", Sampler::uniform(0.0, 1.0)?),
        ("exponential", Sampler::exponential(1.0)?),
    ];
    let mut out = Vec::new();
    for (source, s) in sources {
        if only.is_some_and(|o| o != source) {
            continue;
        }
        let one_core = timed(1, || sample_means(&s, &mut sim_rng(seed), 30, MEANS))?;
        let all_cores = if all_cores {
            Some(timed(threads, || {
                sample_means_parallel(&s, &mut sim_rng(seed), 30, MEANS)
            })?)
        } else {
            None
        };
        out.push(Throughput {
            source,
            one_core,
            all_cores,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_on_a_quick_run_and_fail_when_the_effect_is_missing() {
        let count = 4_000;
        let rows = measure(3, count).unwrap();
        let good = claims(&rows, count);
        assert!(good.iter().all(|c| c.holds), "{good:#?}");
        assert_eq!(good.len(), 8);
        // A finite-variance source whose distance does not fall, and a Cauchy whose spread
        // shrinks like σ/√n: both must be caught.
        let mut bad = rows.clone();
        let k0 = bad[0].cells[0].ks;
        bad[0].cells.iter_mut().for_each(|c| c.ks = k0);
        bad[1].cells[3].sd *= 1.2;
        let i0 = bad[3].cells[0].iqr;
        bad[3].cells[3].iqr = i0 / 30f64.sqrt();
        let verdicts: Vec<bool> = claims(&bad, count).iter().map(|c| c.holds).collect();
        assert_eq!(
            verdicts,
            [false, true, true, false, true, true, true, false],
            "{:#?}",
            claims(&bad, count)
        );
    }

    #[test]
    fn throughput_runs_both_paths_on_the_source_asked_for() {
        let t = throughput(2, Some("exponential"), true).unwrap();
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].source, "exponential");
        // Both runs computed 10⁶ means of Exponential(1): their mean is 1 within 6 standard
        // errors 1/√(3·10⁷).
        let all = t[0].all_cores.unwrap();
        for m in [t[0].one_core.check, all.check] {
            assert!((m - 1.0).abs() < 6.0 / 3e7f64.sqrt(), "{m}");
        }
        assert_eq!(t[0].one_core.threads, 1);
        assert_eq!(all.threads, rayon::current_num_threads());
        assert!(t[0].speedup().is_some_and(|x| x > 0.0));
        let one = throughput(2, None, false).unwrap();
        let names: Vec<_> = one.iter().map(|t| t.source).collect();
        assert_eq!(names, ["uniform", "exponential"]);
        assert!(
            one.iter()
                .all(|t| t.all_cores.is_none() && t.speedup().is_none())
        );
        assert!((one[0].one_core.check - 0.5).abs() < 6.0 / 1.2e8f64.sqrt());
    }

    #[test]
    fn the_cells_hold_what_the_table_says() {
        let rows = measure(8, 2_000).unwrap();
        for row in &rows {
            assert_eq!(row.cells.iter().map(|c| c.n).collect::<Vec<_>>(), NS);
            for c in &row.cells {
                assert_eq!(c.z.len(), 2_000);
                assert!(c.ks > 0.0 && c.ks < 1.0 && c.iqr > 0.0);
            }
        }
        // The uniform's n = 1 standardized values lie in ±√3.
        let z1 = &rows[0].cells[0].z;
        assert!(z1.iter().all(|z| z.abs() <= 3f64.sqrt() + 1e-12));
    }
}
