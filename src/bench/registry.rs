//! The routines `mathdrill bench` times: each with its sizes and its variants side by side.
//!
//! A variant is one way to compute the routine (the textbook path, the from-scratch `f64` path,
//! the library reference) and knows how to build its inputs once per size: `prepare(size)` returns
//! the [`Case`] whose `job` is one call, with inputs built in advance (deterministic, seeded) and
//! both inputs and results black-boxed inside the job.
//!
//! Adding a variant is one entry in its routine's list, e.g. in `routines/linalg.rs`:
//! `Variant::new("naive", Role::Scratch, "naive triple loop", |n| product_job(n, naive))`.

use serde::{Deserialize, Serialize};

/// What a variant stands for in the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The path the worked solutions use (exact arithmetic where it applies).
    Textbook,
    /// The from-scratch path written for the machine.
    Scratch,
    /// The library the others are compared with (nalgebra, statrs, rand_distr …).
    Reference,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Textbook => "textbook",
            Role::Scratch => "scratch",
            Role::Reference => "reference",
        }
    }
}

/// One call of a variant at one size, ready to run.
pub struct Case {
    pub job: Box<dyn FnMut()>,
    /// Items one call produces, when the variant (not the routine) knows them.
    pub items: Option<f64>,
}

impl Case {
    pub fn new(job: impl FnMut() + 'static) -> Case {
        Case {
            job: Box::new(job),
            items: None,
        }
    }
}

/// One way to compute a routine.
pub struct Variant {
    pub id: &'static str,
    pub role: Role,
    pub label: &'static str,
    /// The largest size it runs at in every mode (exact arithmetic that would take minutes).
    pub max_size: Option<usize>,
    /// The largest size it runs at except under `--full` (the slowest exact sizes).
    pub default_max: Option<usize>,
    pub prepare: fn(Option<usize>) -> Case,
}

impl Variant {
    pub const fn new(
        id: &'static str,
        role: Role,
        label: &'static str,
        prepare: fn(Option<usize>) -> Case,
    ) -> Variant {
        Variant {
            id,
            role,
            label,
            max_size: None,
            default_max: None,
            prepare,
        }
    }

    /// The same variant capped at `max` in every mode and at `default_max` except under `--full`.
    pub const fn up_to(mut self, max: usize, default_max: usize) -> Variant {
        self.max_size = Some(max);
        self.default_max = Some(default_max);
        self
    }

    /// Whether the variant runs at `size` (`full`: under `--full`).
    pub fn runs_at(&self, size: Option<usize>, full: bool) -> bool {
        let Some(n) = size else { return true };
        let cap = if full {
            self.max_size
        } else {
            self.default_max.or(self.max_size)
        };
        cap.is_none_or(|m| n <= m)
    }
}

/// The work of one call, where a standard count exists.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Work {
    /// Floating-point operations (2n³ for the product, 2n³/3 for LU …).
    pub flops: Option<f64>,
    /// Items produced (draws, values).
    pub items: Option<f64>,
}

/// A routine and its variants.
pub struct Routine {
    pub id: &'static str,
    /// Every size it is timed at (`--full`); empty: one run without a size (JSON `null`).
    pub sizes: &'static [usize],
    /// The sizes of the default run.
    pub default_sizes: &'static [usize],
    /// The sizes of `--quick`.
    pub quick_sizes: &'static [usize],
    pub work: fn(Option<usize>) -> Work,
    pub variants: Vec<Variant>,
}

impl Routine {
    /// The sizes of a run in `mode`, or those of `wanted` that the routine has (when given).
    pub fn sizes_for(&self, mode: super::Mode, wanted: &[usize]) -> Vec<Option<usize>> {
        if self.sizes.is_empty() {
            return if wanted.is_empty() {
                vec![None]
            } else {
                vec![]
            };
        }
        let sizes: Vec<usize> = if wanted.is_empty() {
            match mode {
                super::Mode::Quick => self.quick_sizes.to_vec(),
                super::Mode::Default => self.default_sizes.to_vec(),
                super::Mode::Full => self.sizes.to_vec(),
            }
        } else {
            self.sizes
                .iter()
                .copied()
                .filter(|n| wanted.contains(n))
                .collect()
        };
        sizes.into_iter().map(Some).collect()
    }
}

/// No standard count of work.
pub fn no_work(_: Option<usize>) -> Work {
    Work::default()
}

/// Every routine, in the order of the report.
pub fn routines() -> Vec<Routine> {
    use super::routines::{calculus, distributions, exercises, linalg, ml, sampling};
    let mut all = linalg::routines();
    all.extend(sampling::routines());
    all.extend(distributions::routines());
    all.extend(calculus::routines());
    all.extend(ml::routines());
    all.extend(exercises::routines());
    all
}

/// Every routine id, in the order of the report.
pub fn routine_ids() -> Vec<&'static str> {
    routines().iter().map(|r| r.id).collect()
}
