//! Generation, canonical answer, and checking, per exercise kind and level:
//! `cargo bench --bench exercises` (every kind and level, about 3 minutes), or one group of
//! kinds with criterion's filter: `cargo bench --bench exercises -- la.angle_between`.
//!
//! Each case runs about 0.4 s (100 ms warm-up, 300 ms measured, 10 samples): with 119 kinds ×
//! 3 levels the default 8 s per case would take most of an hour.
//!
//! What is timed is one problem: each iteration draws the next seed and times its
//! generate + solve + check on its own, and each sample reports the *median* of its problems
//! (criterion's estimate is then the median problem, the figure the catalog's 100 µs budget is
//! about). A plain `iter` would report the mean instead, which for the kinds that search by rejection is not the
//! typical problem: `la.diagonalize` L3 makes about 80 draws of `P` for its `P·D·P⁻¹` on
//! average, 1 for some seeds and 400 for others, so its mean is twice its median. The means and
//! the 90th percentiles are printed by `cargo run --release --example kind_times`.

/// The allocator the `mathdrill` binary uses, so that the timings are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use mathdrill::engine::check;
use mathdrill::registry;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn exercises(c: &mut Criterion) {
    let reg = registry();
    let mut group = c.benchmark_group("generate+solve+check");
    group
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_millis(300))
        .sample_size(10);
    for kind in reg.kinds() {
        for &level in &kind.levels {
            let mut seed = 0u64;
            group.bench_function(format!("{}/L{level}", kind.id), |b| {
                b.iter_custom(|iters| {
                    let mut times: Vec<Duration> = (0..iters)
                        .map(|_| {
                            seed = seed.wrapping_add(1);
                            let start = Instant::now();
                            let p = reg.generate(&kind.id, level, black_box(seed)).unwrap();
                            let answer = p.answer.expected.to_text();
                            black_box(check(&p, &answer).unwrap().correct);
                            start.elapsed()
                        })
                        .collect();
                    times.sort_unstable();
                    // the sample's median problem, as the time of `iters` such problems
                    times[times.len() / 2] * u32::try_from(iters).unwrap_or(u32::MAX)
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, exercises);
criterion_main!(benches);
