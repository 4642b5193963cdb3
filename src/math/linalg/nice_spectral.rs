//! Nice-number generators: P·D·P⁻¹ with unimodular P (integer eigenvalues and eigenvectors), symmetric matrices with integer spectra.
