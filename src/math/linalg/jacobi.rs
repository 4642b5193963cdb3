//! The Jacobi eigenvalue method for symmetric matrices.
