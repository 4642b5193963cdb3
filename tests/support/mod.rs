//! Code shared by the integration tests. Each `tests/*.rs` is its own crate: one that needs this
//! declares `mod support;` (cargo does not build `tests/support/` as a test of its own). A crate
//! uses only part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod calculator_cases;
pub mod json;
