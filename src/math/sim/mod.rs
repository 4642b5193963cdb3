//! Seeded simulation: samplers, sample means (CLT, on one core or all), running means (LLN), bootstrap intervals, distances between distributions.
//!
//! Simulations draw from [`SimRng`] (Xoshiro256++), a fast generator seeded from one `u64`; the
//! exercises' generator (ChaCha8, in `engine::rng`) is for exercise content, not for simulations.
//! Every function checks its input and returns a [`SimError`] rather than panicking, and every
//! loop is bounded by [`MAX_DRAWS`].

mod bootstrap;
mod error;
mod exponential;
mod ks;
mod lanes;
mod means;
mod parallel;
mod rng;
mod sampler;

pub use bootstrap::{Interval, bootstrap_percentile};
pub use error::SimError;
pub use ks::{ks_distance, ks_distance_sorted};
pub use means::{running_means, sample_means};
pub use parallel::{means_per_chunk, sample_means_parallel};
pub use rng::{SimRng, sim_rng};
pub use sampler::Sampler;

/// The most random draws one call may ask for (about ten seconds of work): a larger request is
/// an error, never a hang.
pub const MAX_DRAWS: u64 = 10_000_000_000;

/// The most values one call may return or hold (8 bytes each: 800 MB).
pub const MAX_VALUES: usize = 100_000_000;
