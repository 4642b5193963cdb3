//! The CLT simulation's throughput: `cargo bench --bench sim`.
//!
//! 10⁶ sample means of n = 30 draws (3·10⁷ draws) from Uniform(0, 1) and from Exponential(1),
//! with Xoshiro256++, on one thread and on every core (rayon, as `mathdrill demo clt_demo`
//! simulates them). numpy's vectorised `rng.random((10**6, 30)).mean(1)` is timed beside the
//! Rust run, alternately, by tools/clt_vs_numpy.py; a Criterion number here is for tracking
//! changes.

/// The allocator the `mathdrill` binary uses, so that the timings are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mathdrill::math::sim::{Sampler, sample_means, sample_means_parallel, sim_rng};
use std::hint::black_box;

fn clt_means(c: &mut Criterion) {
    let mut g = c.benchmark_group("clt_means_1e6_of_n30");
    g.sample_size(10);
    g.throughput(Throughput::Elements(30_000_000));
    let sources = [
        ("uniform", Sampler::uniform(0.0, 1.0).expect("valid")),
        ("exponential", Sampler::exponential(1.0).expect("valid")),
    ];
    for (name, sampler) in sources {
        let mut rng = sim_rng(1);
        g.bench_function(name, |b| {
            b.iter(|| sample_means(black_box(&sampler), &mut rng, 30, 1_000_000).expect("sizes"))
        });
        g.bench_function(format!("{name}/every_core"), |b| {
            b.iter(|| {
                sample_means_parallel(black_box(&sampler), &mut rng, 30, 1_000_000).expect("sizes")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, clt_means);
criterion_main!(benches);
