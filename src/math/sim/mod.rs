//! Seeded simulation: samplers, sample means (CLT), running means (LLN), bootstrap intervals, distances between distributions.
