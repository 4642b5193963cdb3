//! Code shared by the integration tests (each `tests/*.rs` is its own crate: a test that needs
//! this declares `mod support;`; cargo does not build `tests/support/` as a test of its own).

pub mod calculator_cases;
