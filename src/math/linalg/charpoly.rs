//! Characteristic polynomials of 2×2 and 3×3 matrices; exact integer eigenvalues and eigenvectors of small matrices.
