//! Generate + solve + check per exercise kind and level, slowest first: the median over seeds
//! `0..SEEDS` of one problem's time (a kind whose cost varies from draw to draw shows its typical
//! problem), with the mean and the 90th percentile beside it (a kind that searches by rejection,
//! like `la.diagonalize`, has a long tail: its mean is well above its median). `cargo run --release --example kind_times -- [PREFIX] [SEEDS]`, e.g.
//! `-- calc. 300`. The numbers the README quotes come from it: to compare two builds, run their
//! copies of it one after the other, a few times, and compare medians (the machines are noisy).
//!
//! The criterion bench (`cargo bench --bench exercises`) times the same loop with more care and
//! far more slowly; this one lists the whole catalog in seconds.

use std::hint::black_box;
use std::time::Instant;

/// The binary's allocator, so that the times are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The value below which the fraction `q` of the times lie (nearest rank).
fn quantile(v: &[f64], q: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 * q) as usize).min(v.len() - 1)]
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

fn main() {
    let mut args = std::env::args().skip(1);
    let prefix = args.next().unwrap_or_default();
    let seeds: u64 = match args.next().map(|s| s.parse()) {
        None => 200,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("usage: kind_times [PREFIX] [SEEDS]  (SEEDS a positive whole number)");
            std::process::exit(2);
        }
    };
    let reg = mathdrill::registry();
    let mut rows = Vec::new();
    for kind in reg.kinds().filter(|k| k.id.starts_with(&prefix)) {
        for &level in &kind.levels {
            let (mut total, mut generate, mut check) = (Vec::new(), Vec::new(), Vec::new());
            for seed in 0..seeds {
                let start = Instant::now();
                let Ok(p) = reg.generate(&kind.id, level, black_box(seed)) else {
                    eprintln!("{} level {level} seed {seed}: no problem", kind.id);
                    continue;
                };
                let generated = start.elapsed();
                let answer = p.answer.expected.to_text();
                let checking = Instant::now();
                black_box(mathdrill::engine::check(&p, &answer).ok());
                let checked = checking.elapsed();
                let us = |d: std::time::Duration| d.as_secs_f64() * 1e6;
                total.push(us(start.elapsed()));
                generate.push(us(generated));
                check.push(us(checked));
            }
            if !total.is_empty() {
                rows.push((
                    kind.id.clone(),
                    level,
                    [
                        quantile(&total, 0.5),
                        mean(&total),
                        quantile(&total, 0.9),
                        quantile(&generate, 0.5),
                        quantile(&check, 0.5),
                    ],
                ));
            }
        }
    }
    rows.sort_by(|a, b| b.2[0].total_cmp(&a.2[0]));
    println!("kind\tlevel\tmedian µs\tmean\tp90\tgenerate\tcheck");
    for (id, level, [median, mean, p90, generate, check]) in rows {
        println!("{id}\t{level}\t{median:.1}\t{mean:.1}\t{p90:.1}\t{generate:.1}\t{check:.1}");
    }
}
