//! Rank-k approximation and its Frobenius and spectral errors (Eckart–Young).
