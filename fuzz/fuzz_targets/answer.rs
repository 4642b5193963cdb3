//! Parse + evaluate + check, as `mathdrill::fuzzing::run` describes. A run that takes longer
//! than `MATHDRILL_FUZZ_SLOW_MS` (default 100) is reported as a hang by panicking, so that the
//! input is saved like a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn slow_limit() -> Duration {
    static LIMIT: OnceLock<Duration> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        let ms = std::env::var("MATHDRILL_FUZZ_SLOW_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        Duration::from_millis(ms)
    })
}

fuzz_target!(|data: &[u8]| {
    let start = Instant::now();
    mathdrill::fuzzing::run(data);
    let took = start.elapsed();
    assert!(
        took <= slow_limit(),
        "slow input: {took:?} (limit {:?})",
        slow_limit()
    );
});
