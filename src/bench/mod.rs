//! `mathdrill bench`: times the core routines side by side (the textbook path, the from-scratch
//! `f64` path and the library reference) and reports medians, spreads, rates and ratios.
//!
//! - [`timing`]: how one variant at one size is measured (warm-up, iterations per sample,
//!   median and quartiles, a budget per measurement);
//! - [`registry`] and `routines/`: what is timed, with the ids of the shared JSON schema;
//! - [`report`]: the aligned table with its ratio bars, the JSON, and the comparison with a
//!   saved run.
//!
//! Timings are per call, in nanoseconds. A ratio is `median / median of the reference` at the
//! same size: above 1 is slower than the reference.

pub mod registry;
pub mod report;
pub mod routines;
pub mod timing;

use registry::{Role, Routine};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use timing::{Plan, measure};

/// The version of the JSON written by `--json` and `--save`.
pub const SCHEMA: u32 = 1;

/// How thorough a run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// About 3 s: fewer samples, shorter ones, fewer sizes.
    Quick,
    /// About 20 s.
    Default,
    /// Minutes: every size, more and longer samples.
    Full,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Quick => "quick",
            Mode::Default => "default",
            Mode::Full => "full",
        }
    }

    /// The measurement plan of this mode.
    pub fn plan(self) -> Plan {
        // A budget per row that fits the slowest from-scratch routine at n = 200 (≈ 100 ms a
        // call) in the default run; the quick run skips it.
        let (samples, target_us, budget_ms, warmup_ms) = match self {
            Mode::Quick => (5, 500, 150, 10),
            Mode::Default => (11, 2_000, 1_500, 40),
            Mode::Full => (21, 5_000, 6_000, 200),
        };
        Plan {
            samples,
            target: Duration::from_micros(target_us),
            budget: Duration::from_millis(budget_ms),
            warmup: Duration::from_millis(warmup_ms),
        }
    }
}

/// The machine a run was measured on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub os: String,
    pub arch: String,
}

impl Machine {
    /// This machine: the cpu model from /proc/cpuinfo when present ("unknown" otherwise).
    pub fn this() -> Machine {
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|text| {
                text.lines()
                    .find(|l| l.starts_with("model name"))
                    .and_then(|l| l.split_once(':'))
                    .map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_else(|| "unknown".to_string());
        Machine {
            cpu,
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            os: std::env::consts::OS.to_string(),
            arch: std::env::consts::ARCH.to_string(),
        }
    }
}

/// One variant of one routine at one size (a row of the schema).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchResult {
    pub routine: String,
    pub size: Option<usize>,
    pub variant: String,
    pub role: Role,
    pub label: String,
    pub median_ns: f64,
    pub q1_ns: f64,
    pub q3_ns: f64,
    pub samples: usize,
    pub iterations: u64,
    pub flops: Option<f64>,
    pub gflops: Option<f64>,
    pub items: Option<f64>,
    pub items_per_s: Option<f64>,
    pub ratio: Option<f64>,
}

impl BenchResult {
    /// Whether `other` is the same row (routine, size, variant) of another run.
    pub fn same_row(&self, other: &BenchResult) -> bool {
        self.routine == other.routine && self.size == other.size && self.variant == other.variant
    }

    /// A row for the tests: one sample per quartile at `median_ns`, no work counts, no ratio.
    #[cfg(test)]
    pub(crate) fn fixture(
        routine: &str,
        size: usize,
        variant: &str,
        role: Role,
        median_ns: f64,
    ) -> BenchResult {
        BenchResult {
            routine: routine.into(),
            size: Some(size),
            variant: variant.into(),
            role,
            label: String::new(),
            median_ns,
            q1_ns: median_ns,
            q3_ns: median_ns,
            samples: 5,
            iterations: 1,
            flops: None,
            gflops: None,
            items: None,
            items_per_s: None,
            ratio: None,
        }
    }
}

/// A variant that was not measured, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skip {
    pub routine: String,
    pub size: Option<usize>,
    pub variant: String,
    pub note: String,
}

/// A whole run: the object of the JSON schema (the skipped variants are not part of it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub schema: u32,
    pub mode: Mode,
    pub machine: Machine,
    pub results: Vec<BenchResult>,
    #[serde(skip)]
    pub skipped: Vec<Skip>,
}

impl Run {
    /// Reads a saved run (`--save`), refusing another schema version.
    pub fn from_json(text: &str) -> Result<Run, BenchError> {
        let run: Run =
            serde_json::from_str(text).map_err(|e| BenchError::Baseline(e.to_string()))?;
        if run.schema != SCHEMA {
            return Err(BenchError::Baseline(format!(
                "schema {} (this version reads schema {SCHEMA})",
                run.schema
            )));
        }
        Ok(run)
    }
}

/// What a run was asked to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub mode: Mode,
    /// Routine ids to run (empty: all).
    pub routines: Vec<String>,
    /// Sizes to run at (empty: the mode's sizes).
    pub sizes: Vec<usize>,
}

/// Why a run cannot start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BenchError {
    #[error("unknown routine `{id}`; the routines are: {}", known.join(", "))]
    UnknownRoutine {
        id: String,
        known: Vec<&'static str>,
    },
    #[error(
        "no selected routine runs at size {}; their sizes are: {}",
        list(sizes),
        list(available)
    )]
    NoSize {
        sizes: Vec<usize>,
        available: Vec<usize>,
    },
    #[error("cannot read the baseline: {0}")]
    Baseline(String),
}

fn list(sizes: &[usize]) -> String {
    let s: Vec<String> = sizes.iter().map(|n| n.to_string()).collect();
    s.join(", ")
}

/// One measurement to make.
pub struct Task<'a> {
    pub routine: &'a Routine,
    pub variant: &'a registry::Variant,
    pub size: Option<usize>,
}

impl Task<'_> {
    /// `det n=200 scratch`: for the progress line.
    pub fn describe(&self) -> String {
        match self.size {
            Some(n) => format!("{} n={n} {}", self.routine.id, self.variant.id),
            None => format!("{} {}", self.routine.id, self.variant.id),
        }
    }
}

/// The routines `options` selects, or why it selects none.
pub fn select(all: &[Routine], options: &Options) -> Result<Vec<usize>, BenchError> {
    let known: Vec<&'static str> = all.iter().map(|r| r.id).collect();
    if let Some(bad) = options
        .routines
        .iter()
        .find(|id| !known.contains(&id.as_str()))
    {
        return Err(BenchError::UnknownRoutine {
            id: bad.clone(),
            known,
        });
    }
    let chosen: Vec<usize> = (0..all.len())
        .filter(|&i| options.routines.is_empty() || options.routines.iter().any(|r| r == all[i].id))
        .collect();
    if !options.sizes.is_empty() {
        let mut available: Vec<usize> = chosen
            .iter()
            .flat_map(|&i| all[i].sizes.iter().copied())
            .collect();
        available.sort_unstable();
        available.dedup();
        if !options.sizes.iter().any(|n| available.contains(n)) {
            return Err(BenchError::NoSize {
                sizes: options.sizes.clone(),
                available,
            });
        }
    }
    Ok(chosen)
}

/// The measurements of a run, in the order of the report.
pub fn tasks<'a>(all: &'a [Routine], chosen: &[usize], options: &Options) -> Vec<Task<'a>> {
    let full = options.mode == Mode::Full;
    let mut out = Vec::new();
    for &i in chosen {
        let routine = &all[i];
        for size in routine.sizes_for(options.mode, &options.sizes) {
            for variant in &routine.variants {
                if variant.runs_at(size, full) {
                    out.push(Task {
                        routine,
                        variant,
                        size,
                    });
                }
            }
        }
    }
    out
}

/// Runs the benchmark; `progress(done, total, task)` is called before each measurement.
pub fn run(
    options: &Options,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Run, BenchError> {
    let all = registry::routines();
    let chosen = select(&all, options)?;
    let tasks = tasks(&all, &chosen, options);
    let plan = options.mode.plan();
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    for (k, task) in tasks.iter().enumerate() {
        progress(k + 1, tasks.len(), &task.describe());
        let mut case = (task.variant.prepare)(task.size);
        let work = (task.routine.work)(task.size);
        match measure(case.job.as_mut(), &plan) {
            Ok(t) => {
                let items = case.items.or(work.items);
                results.push(BenchResult {
                    routine: task.routine.id.to_string(),
                    size: task.size,
                    variant: task.variant.id.to_string(),
                    role: task.variant.role,
                    label: task.variant.label.to_string(),
                    median_ns: t.median_ns,
                    q1_ns: t.q1_ns,
                    q3_ns: t.q3_ns,
                    samples: t.samples,
                    iterations: t.iterations,
                    flops: work.flops,
                    gflops: work.flops.map(|f| f / t.median_ns),
                    items,
                    items_per_s: items.map(|i| i / (t.median_ns * 1e-9)),
                    ratio: None,
                });
            }
            Err(s) => skipped.push(Skip {
                routine: task.routine.id.to_string(),
                size: task.size,
                variant: task.variant.id.to_string(),
                note: s.note,
            }),
        }
    }
    set_ratios(&mut results);
    Ok(Run {
        schema: SCHEMA,
        mode: options.mode,
        machine: Machine::this(),
        results,
        skipped,
    })
}

/// Each result's ratio to the reference variant of its routine at its size (1 for the
/// reference itself; `None` when there is no measured reference there).
pub fn set_ratios(results: &mut [BenchResult]) {
    let references: Vec<(String, Option<usize>, f64)> = results
        .iter()
        .filter(|r| r.role == Role::Reference)
        .map(|r| (r.routine.clone(), r.size, r.median_ns))
        .collect();
    for r in results.iter_mut() {
        r.ratio = references
            .iter()
            .find(|(id, size, _)| *id == r.routine && *size == r.size)
            .map(|(_, _, reference)| r.median_ns / reference);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(mode: Mode, routines: &[&str], sizes: &[usize]) -> Options {
        Options {
            mode,
            routines: routines.iter().map(|s| s.to_string()).collect(),
            sizes: sizes.to_vec(),
        }
    }

    #[test]
    fn the_routine_ids_are_the_schemas() {
        let expected = [
            "matmul",
            "det",
            "solve",
            "inverse",
            "qr",
            "eigen_sym",
            "svd",
            "power_iteration",
            "normal_sample",
            "exponential_sample",
            "clt_means",
            "normal_cdf",
            "normal_quantile",
            "binomial_pmf",
            "gradient",
            "softmax",
            "logsumexp",
            "exercise",
        ];
        assert_eq!(registry::routine_ids(), expected);
        for r in registry::routines() {
            let mut ids: Vec<&str> = r.variants.iter().map(|v| v.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), r.variants.len(), "{}: duplicate variant", r.id);
            let references = r.variants.iter().filter(|v| v.role == Role::Reference);
            let expected = usize::from(r.id != "exercise");
            assert_eq!(references.count(), expected, "{}", r.id);
        }
    }

    #[test]
    fn sizes_follow_the_mode_and_exact_stops_early() {
        let all = registry::routines();
        let det = |mode, sizes: &[usize]| {
            let o = opts(mode, &["det"], sizes);
            let chosen = select(&all, &o).unwrap();
            tasks(&all, &chosen, &o)
                .iter()
                .map(|t| format!("{}@{}", t.variant.id, t.size.unwrap()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            det(Mode::Quick, &[]),
            "exact@8 scratch@8 nalgebra@8 exact@50 scratch@50 nalgebra@50"
        );
        assert!(!det(Mode::Default, &[]).contains("exact@200"));
        assert!(det(Mode::Default, &[]).contains("nalgebra@200"));
        assert!(det(Mode::Full, &[]).contains("exact@200"));
        assert_eq!(det(Mode::Default, &[3, 7]), "exact@3 scratch@3 nalgebra@3");
    }

    #[test]
    fn bad_selections_are_errors() {
        let all = registry::routines();
        let e = select(&all, &opts(Mode::Quick, &["dett"], &[])).unwrap_err();
        assert!(e.to_string().contains("unknown routine `dett`"));
        assert!(e.to_string().contains("matmul"));
        let e = select(&all, &opts(Mode::Quick, &["det"], &[7])).unwrap_err();
        assert!(e.to_string().contains("3, 8, 50, 200"), "{e}");
    }

    #[test]
    fn every_variant_prepares_and_runs_at_its_smallest_size() {
        for r in registry::routines() {
            let size = r.sizes.first().copied();
            for v in &r.variants {
                let mut case = (v.prepare)(size);
                (case.job)();
            }
        }
    }

    #[test]
    fn ratios_are_against_the_reference_at_the_same_size() {
        let row = |variant: &str, role, size, median_ns| {
            BenchResult::fixture("det", size, variant, role, median_ns)
        };
        let mut rs = vec![
            row("exact", Role::Textbook, 3, 300.0),
            row("nalgebra", Role::Reference, 3, 100.0),
            row("scratch", Role::Scratch, 8, 50.0),
        ];
        set_ratios(&mut rs);
        assert_eq!(rs[0].ratio, Some(3.0));
        assert_eq!(rs[1].ratio, Some(1.0));
        assert_eq!(rs[2].ratio, None);
    }
}
