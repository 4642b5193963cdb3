//! Nice-number generator: integer matrices of a chosen rank (B·C with B m×r and C r×n).
