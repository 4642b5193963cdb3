//! Vector operations: norms, unit vectors, angles, projections onto a line and onto a subspace, cosine similarity, the cross product.
