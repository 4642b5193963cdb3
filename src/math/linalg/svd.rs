//! Singular value decomposition by one-sided Jacobi, with a documented sign convention.
