//! Parse + evaluate + check, as `mathdrill::fuzzing::run` describes. A run that takes more than
//! `MATHDRILL_FUZZ_SLOW_MS` (default 100) of this thread's CPU time is reported as a hang by
//! panicking, so that the input is saved like a crash. CPU time, not wall time, so that a busy
//! machine does not make slow inputs of fast ones.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn slow_limit_ns() -> u128 {
    static LIMIT: OnceLock<u128> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        // The registry is built once per process: not part of any input's cost.
        let _ = mathdrill::registry();
        let ms: u128 = std::env::var("MATHDRILL_FUZZ_SLOW_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        ms * 1_000_000
    })
}

/// This thread's CPU time in nanoseconds.
fn thread_cpu_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID is always available on
    // Linux, the fuzzer's platform.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

fuzz_target!(|data: &[u8]| {
    let limit = slow_limit_ns();
    let start = thread_cpu_ns();
    mathdrill::fuzzing::run(data);
    let took = thread_cpu_ns() - start;
    assert!(
        took <= limit,
        "slow input: {} ms of CPU (limit {} ms)",
        took / 1_000_000,
        limit / 1_000_000
    );
});
