//! The measurement of one routine variant at one size.
//!
//! 1. One cold call, timed: if the samples could not fit in the budget even at one call each,
//!    the variant is skipped with a note rather than run for minutes.
//! 2. Warm-up: batches of 1, 2, 4, … calls until the plan's warm-up time is spent (at most a
//!    tenth of the budget, and at least [`MIN_WARMUP_CALLS`] calls): caches, branch predictors and
//!    the allocator settle, and the last batch estimates the time of one call.
//! 3. Iterations per sample: enough calls that one sample lasts at least the mode's target (so the
//!    clock's resolution and overhead do not matter), fewer if the budget would be exceeded.
//! 4. `samples` timed samples; each gives the time of ONE call (sample time / iterations), and
//!    the report is their median and quartiles (type 7, as numpy's default `percentile`).
//!
//! The job black-boxes its own inputs and results (`std::hint::black_box`), so the optimiser can
//! neither hoist the work out of the loop nor delete it.

use std::time::{Duration, Instant};

/// The fewest warm-up calls.
pub const MIN_WARMUP_CALLS: u64 = 3;

/// How long and how often to measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plan {
    /// Timed samples (odd, so the median is one of them).
    pub samples: usize,
    /// The least duration of one sample.
    pub target: Duration,
    /// The most time one measurement may take, warm-up included.
    pub budget: Duration,
    /// The time spent warming up (capped at a tenth of the budget).
    pub warmup: Duration,
}

/// The timing of one call: the median and quartiles over the samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    pub median_ns: f64,
    pub q1_ns: f64,
    pub q3_ns: f64,
    pub samples: usize,
    pub iterations: u64,
}

/// Why a variant was not measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub note: String,
}

/// Measures `job` (one call of the routine) under `plan`.
pub fn measure(job: &mut dyn FnMut(), plan: &Plan) -> Result<Timing, Skipped> {
    let budget = plan.budget.as_secs_f64();
    let samples = plan.samples.max(1);
    let mut cold = time_calls(job, 1);
    // A first call pays for page faults and cold caches: when one more call could still fit,
    // the faster of the two decides.
    if cold * (samples as f64 + 1.0) > budget && cold <= budget / 2.0 {
        cold = cold.min(time_calls(job, 1));
    }
    if cold * (samples as f64 + 1.0) > budget {
        return Err(Skipped {
            note: format!(
                "one call takes {}: {samples} samples exceed the budget of {}",
                format_seconds(cold),
                format_seconds(budget)
            ),
        });
    }
    let mut spent = cold;
    let mut calls = 1u64;
    let mut batch = 1u64;
    let mut per_call = cold;
    let warmup = plan.warmup.as_secs_f64().min(budget / 10.0);
    while calls < MIN_WARMUP_CALLS || spent < warmup {
        // Never let a warm-up batch alone overrun the warm-up by much.
        if calls >= MIN_WARMUP_CALLS && spent + per_call * batch as f64 > 2.0 * warmup {
            break;
        }
        let t = time_calls(job, batch);
        per_call = t / batch as f64;
        spent += t;
        calls += batch;
        batch = batch.saturating_mul(2);
    }
    let remaining = (budget - spent).max(0.0);
    let wanted = (plan.target.as_secs_f64() / per_call).ceil();
    let affordable = (remaining / (samples as f64 * per_call)).floor();
    let iterations = wanted.min(affordable).max(1.0) as u64;
    let mut per_sample: Vec<f64> = (0..samples)
        .map(|_| time_calls(job, iterations) / iterations as f64 * 1e9)
        .collect();
    let (q1_ns, median_ns, q3_ns) = quartiles(&mut per_sample);
    Ok(Timing {
        median_ns,
        q1_ns,
        q3_ns,
        samples,
        iterations,
    })
}

/// Seconds taken by `n` calls of `job`.
fn time_calls(job: &mut dyn FnMut(), n: u64) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        job();
    }
    start.elapsed().as_secs_f64()
}

/// The `p`-quantile (0 ≤ p ≤ 1) of sorted values, type 7 (linear interpolation between the
/// order statistics at `(len − 1)·p`: numpy's and R's default). NaN for no values.
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let h = (sorted.len() - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// (first quartile, median, third quartile) of `values` (sorted in place), type 7.
pub fn quartiles(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (
        quantile_sorted(values, 0.25),
        quantile_sorted(values, 0.5),
        quantile_sorted(values, 0.75),
    )
}

/// A duration in seconds with three significant digits and its unit: `12.3 µs`, `1.50 s`.
pub fn format_seconds(s: f64) -> String {
    let (value, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else if s >= 1e-6 {
        (s * 1e6, "µs")
    } else {
        (s * 1e9, "ns")
    };
    format!("{} {unit}", three_digits(value))
}

/// `x` with three significant digits for 1 ≤ x < 1000 (fewer decimals as it grows).
pub fn three_digits(x: f64) -> String {
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    format!("{x:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_are_type_7() {
        // numpy.percentile([5, 1, 4, 2, 3], [25, 50, 75]) = [2, 3, 4]
        assert_eq!(quartiles(&mut [5.0, 1.0, 4.0, 2.0, 3.0]), (2.0, 3.0, 4.0));
        // numpy.percentile([1, 2, 3, 4], [25, 50, 75]) = [1.75, 2.5, 3.25]
        assert_eq!(quartiles(&mut [4.0, 3.0, 2.0, 1.0]), (1.75, 2.5, 3.25));
        // numpy.percentile([10, 20, 30, 40, 50, 60, 1000], [25, 50, 75]) = [25, 40, 55]
        let mut v = [1000.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0];
        assert_eq!(quartiles(&mut v), (25.0, 40.0, 55.0));
        assert_eq!(quartiles(&mut [7.0]), (7.0, 7.0, 7.0));
        assert!(quantile_sorted(&[], 0.5).is_nan());
    }

    #[test]
    fn a_measurement_has_the_planned_shape() {
        let plan = Plan {
            samples: 5,
            target: Duration::from_micros(200),
            budget: Duration::from_millis(50),
            warmup: Duration::from_millis(5),
        };
        let mut x = 0u64;
        let mut job = || {
            for i in 0..100u64 {
                x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
            }
        };
        let t = measure(&mut job, &plan).unwrap();
        assert_eq!(t.samples, 5);
        assert!(t.iterations >= 1);
        assert!(t.median_ns > 0.0);
        assert!(t.q1_ns <= t.median_ns && t.median_ns <= t.q3_ns);
    }

    #[test]
    fn a_call_longer_than_the_budget_is_skipped_not_run() {
        let plan = Plan {
            samples: 5,
            target: Duration::from_micros(100),
            budget: Duration::from_millis(60),
            warmup: Duration::from_millis(5),
        };
        // 12 ms: six calls exceed the budget, but one more call could still fit (≤ 30 ms).
        let mut calls = 0;
        let mut job = || {
            calls += 1;
            std::thread::sleep(Duration::from_millis(12));
        };
        let skipped = measure(&mut job, &plan).unwrap_err();
        assert!(
            skipped.note.contains("exceed the budget"),
            "{}",
            skipped.note
        );
        // The cold call, and one more since it could still have fitted: never the samples.
        assert_eq!(calls, 2);
        // 40 ms: over half the budget, so the cold call alone decides.
        let mut calls = 0;
        let mut job = || {
            calls += 1;
            std::thread::sleep(Duration::from_millis(40));
        };
        assert!(measure(&mut job, &plan).is_err());
        assert_eq!(calls, 1);
    }

    #[test]
    fn durations_read_with_their_unit() {
        assert_eq!(format_seconds(1.5), "1.50 s");
        assert_eq!(format_seconds(0.0123), "12.3 ms");
        assert_eq!(format_seconds(4.56e-6), "4.56 µs");
        assert_eq!(format_seconds(789e-9), "789 ns");
    }
}
