//! Generation, canonical answer, and checking, per exercise kind and level:
//! `cargo bench --bench exercises`.

use criterion::{Criterion, criterion_group, criterion_main};
use mathdrill::engine::check;
use mathdrill::registry;
use std::hint::black_box;

fn exercises(c: &mut Criterion) {
    let reg = registry();
    let mut group = c.benchmark_group("generate+solve+check");
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
