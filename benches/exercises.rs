//! Generation, canonical answer, and checking, per exercise kind and level:
//! `cargo bench --bench exercises` (every kind and level, about 3 minutes), or one group of
//! kinds with criterion's filter: `cargo bench --bench exercises -- la.angle_between`.
//!
//! Each case runs about 0.4 s (100 ms warm-up, 300 ms measured, 10 samples): with 119 kinds ×
//! 3 levels the default 8 s per case would take most of an hour. Each iteration draws the next
//! seed, so the median is over many different problems of the kind and level (a kind whose cost
//! varies from draw to draw shows its typical problem, not one seed's).

/// The allocator the `mathdrill` binary uses, so that the timings are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use mathdrill::engine::check;
use mathdrill::registry;
use std::hint::black_box;
use std::time::Duration;

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
                b.iter(|| {
                    seed = seed.wrapping_add(1);
                    let p = reg.generate(&kind.id, level, black_box(seed)).unwrap();
                    let answer = p.answer.expected.to_text();
                    black_box(check(&p, &answer).unwrap().correct)
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, exercises);
criterion_main!(benches);
