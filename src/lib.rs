//! mathdrill: learn the mathematics of machine learning by doing it.
//!
//! Layers, lower never importing higher: [`math`] → [`expr`] → [`engine`] → [`exercises`] →
//! [`render`] → [`cli`].
#![forbid(unsafe_code)]

pub mod engine;
pub mod exercises;
pub mod expr;
pub mod math;
