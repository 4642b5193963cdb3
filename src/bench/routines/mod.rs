//! The routines timed by `mathdrill bench`, one file per family.

pub mod calculus;
pub mod distributions;
pub mod exercises;
pub mod linalg;
pub mod ml;
pub mod sampling;
