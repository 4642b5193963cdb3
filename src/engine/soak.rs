//! How many seeds the property tests run: one setting for every test that sweeps seeds.
//!
//! Each sweep names its quick default; the environment variable `MATHDRILL_SOAK` multiplies it
//! (`MATHDRILL_SOAK=30 cargo test --release` is the soak run the README documents). The default
//! keeps `cargo test --release` fast as the catalog grows; the soak run finds the rare seed.

/// The environment variable that multiplies every sweep's seed count.
pub const SOAK_VAR: &str = "MATHDRILL_SOAK";

/// The soak factor: `MATHDRILL_SOAK` as a whole number ≥ 1, else 1.
pub fn soak_factor() -> u64 {
    std::env::var(SOAK_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&f| f >= 1)
        .unwrap_or(1)
}

/// Seeds for a sweep whose quick run uses `base` seeds: `base` times the soak factor.
pub fn seeds(base: u64) -> u64 {
    base.saturating_mul(soak_factor())
}

#[cfg(test)]
mod tests {
    #[test]
    fn seeds_scale_with_the_factor() {
        // The variable is not set in ordinary test runs, or is a positive factor in a soak run.
        let f = super::soak_factor();
        assert!(f >= 1);
        assert_eq!(super::seeds(7), 7 * f);
    }
}
