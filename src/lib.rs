//! mathdrill: learn the mathematics of machine learning by doing it.
//!
//! Layers, lower never importing higher: [`math`] → [`expr`] → [`engine`] → [`exercises`] →
//! [`render`] → [`cli`]. The binary only parses arguments and calls [`cli::run`].
#![forbid(unsafe_code)]

pub mod bench;
pub mod cli;
pub mod data;
pub mod demos;
pub mod engine;
pub mod exercises;
pub mod expr;
pub mod fuzzing;
pub mod math;
pub mod progress;
pub mod render;

use std::sync::OnceLock;

/// The registry of this build: the embedded catalog joined with every compiled exercise kind.
///
/// Panics only if the embedded catalog does not parse, which the test suite rules out.
pub fn registry() -> &'static engine::Registry {
    static REGISTRY: OnceLock<engine::Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let catalog = engine::Catalog::embedded()
            .unwrap_or_else(|e| panic!("embedded catalog is invalid: {e}"));
        engine::Registry::new(catalog, exercises::all())
    })
}
