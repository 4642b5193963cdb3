//! Gram–Schmidt orthonormalisation (the modified, numerically stable variant), on `f64` vectors.
//!
//! For each vector `v` in order: subtract its projections onto the orthonormal vectors kept so far,
//! `w = v − Σ (qᵢ·w) qᵢ` (each projection subtracted from the running `w`: that is the
//! "modified" part), then keep `q = w / ‖w‖` unless `‖w‖ ≤ rel_tol·‖v‖`, in which case `v` is
//! (numerically) in the span of the earlier vectors and is dropped.

/// The Euclidean dot product of two equal-length slices.
pub fn dot_f64(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The Euclidean norm.
pub fn norm_f64(a: &[f64]) -> f64 {
    dot_f64(a, a).sqrt()
}

/// `v` minus its projection onto the span of the orthonormal vectors `basis`.
pub fn residual(v: &[f64], basis: &[Vec<f64>]) -> Vec<f64> {
    let mut w = v.to_vec();
    for q in basis {
        let c = dot_f64(q, &w);
        w.iter_mut().zip(q).for_each(|(wi, qi)| *wi -= c * qi);
    }
    w
}

/// An orthonormal basis of the span of `vectors`, in order, with dependent vectors dropped.
/// The returned basis has as many vectors as the (numerical) rank.
pub fn gram_schmidt(vectors: &[Vec<f64>], rel_tol: f64) -> Vec<Vec<f64>> {
    let mut basis: Vec<Vec<f64>> = Vec::new();
    for v in vectors {
        let w = residual(v, &basis);
        let n = norm_f64(&w);
        if n > rel_tol * norm_f64(v) && n > 0.0 {
            basis.push(w.iter().map(|x| x / n).collect());
        }
    }
    basis
}

#[cfg(test)]
mod tests {
    use super::*;
    use nalgebra::DMatrix;

    #[test]
    fn basis_is_orthonormal_and_spans_the_same_space() {
        let vs = vec![
            vec![3.0, 1.0, 0.0, 2.0],
            vec![1.0, 2.0, 2.0, 0.0],
            vec![4.0, 3.0, 2.0, 2.0],
            vec![0.0, 1.0, -1.0, 5.0],
        ];
        let q = gram_schmidt(&vs, 1e-10);
        assert_eq!(q.len(), 3, "the third vector is the sum of the first two");
        for (i, a) in q.iter().enumerate() {
            for (j, b) in q.iter().enumerate() {
                let want = if i == j { 1.0 } else { 0.0 };
                assert!((dot_f64(a, b) - want).abs() < 1e-12);
            }
        }
        for v in &vs {
            assert!(norm_f64(&residual(v, &q)) < 1e-12 * norm_f64(v));
        }
        let m = DMatrix::from_fn(4, 4, |i, j| vs[j][i]);
        assert_eq!(q.len(), m.rank(1e-10), "rank agrees with nalgebra");
    }

    #[test]
    fn zero_and_dependent_vectors_are_dropped() {
        let q = gram_schmidt(&[vec![0.0, 0.0], vec![1.0, 1.0], vec![-2.0, -2.0]], 1e-10);
        assert_eq!(q.len(), 1);
        assert!((q[0][0] - std::f64::consts::FRAC_1_SQRT_2).abs() < 1e-15);
    }
}
