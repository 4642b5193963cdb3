//! Subspace equality: a typed basis is right when it is a basis of the same subspace as the
//! expected one (null spaces, column spaces), whichever basis was chosen.
//!
//! The typed vectors must all lie in the expected span (residual after projecting onto an
//! orthonormal basis of it at most `rel` of the vector's length), be linearly independent, and be
//! as many as the subspace's dimension. Judged in `f64` with the tolerance's relative part, so a
//! basis typed with 4 significant figures is accepted.

use super::equivalence::Comparison;
use super::tolerance::Tolerance;
use crate::expr::Value;
use crate::math::linalg::{gram_schmidt, norm_f64, residual};

/// The vectors of a set/tuple of vectors, as `f64`.
pub fn vectors(v: &Value) -> Option<Vec<Vec<f64>>> {
    let items = match v {
        Value::Set(items) | Value::Tuple(items) => items,
        _ => return None,
    };
    items
        .iter()
        .map(|i| match i {
            Value::Vector(xs) => Some(xs.iter().map(|x| x.to_f64()).collect()),
            _ => None,
        })
        .collect()
}

pub fn compare_span(got: &Value, expected: &Value, tol: Tolerance) -> Comparison {
    let fail = |note: Option<String>| Comparison {
        correct: false,
        score: 0.0,
        note,
    };
    let (Some(g), Some(e)) = (vectors(got), vectors(expected)) else {
        return fail(None);
    };
    let n = e.first().map_or(0, Vec::len);
    if g.iter().any(|v| v.len() != n) {
        return fail(Some(format!(
            "the vectors of this subspace have {n} components"
        )));
    }
    let basis = gram_schmidt(&e, 1e-9);
    let dim = basis.len();
    let inside_vectors: Vec<Vec<f64>> = g
        .iter()
        .filter(|v| norm_f64(v) > 0.0 && norm_f64(&residual(v, &basis)) <= tol.rel * norm_f64(v))
        .cloned()
        .collect();
    let inside = inside_vectors.len();
    let independent = gram_schmidt(&g, tol.rel).len() == g.len();
    // Credit for the dimensions of the subspace the typed vectors do span, out of what was
    // needed: dependent or surplus vectors earn nothing, so only a basis scores 1.
    let spanned = gram_schmidt(&inside_vectors, tol.rel).len();
    let score = if g.is_empty() {
        0.0
    } else {
        spanned as f64 / g.len().max(dim) as f64
    };
    let note = if inside < g.len() {
        Some(match (g.len(), g.len() - inside) {
            (1, _) => "that vector is not in the subspace".to_string(),
            (n, 1) => format!("1 of the {n} vectors is not in the subspace"),
            (n, k) if k == n => format!("none of the {n} vectors is in the subspace"),
            (n, k) => format!("{k} of the {n} vectors are not in the subspace"),
        })
    } else if !independent {
        Some("these vectors are linearly dependent, so they are not a basis".to_string())
    } else if g.len() != dim {
        Some(format!(
            "the subspace has dimension {dim}, so a basis has {dim} vectors; you gave {}",
            g.len()
        ))
    } else {
        None
    };
    Comparison {
        correct: note.is_none(),
        score: if note.is_none() { 1.0 } else { score },
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Scalar;

    fn basis(vs: &[&[f64]]) -> Value {
        Value::Set(
            vs.iter()
                .map(|v| Value::Vector(v.iter().map(|&x| Scalar::Real(x)).collect()))
                .collect(),
        )
    }
    const T: Tolerance = Tolerance {
        rel: 5e-4,
        abs: 1e-9,
    };

    #[test]
    fn any_basis_of_the_same_plane_is_right() {
        let e = basis(&[&[1.0, 0.0, 2.0], &[0.0, 1.0, -1.0]]);
        assert!(compare_span(&basis(&[&[1.0, 1.0, 1.0], &[2.0, -1.0, 5.0]]), &e, T).correct);
        assert!(compare_span(&basis(&[&[0.3333, 0.0, 0.6667], &[0.0, 1.0, -1.0]]), &e, T).correct);
    }

    #[test]
    fn wrong_bases_are_explained() {
        let e = basis(&[&[1.0, 0.0, 2.0], &[0.0, 1.0, -1.0]]);
        let c = compare_span(&basis(&[&[1.0, 0.0, 2.0]]), &e, T);
        assert!(!c.correct && c.note.unwrap().contains("dimension 2"));
        let c = compare_span(&basis(&[&[1.0, 0.0, 2.0], &[2.0, 0.0, 4.0]]), &e, T);
        assert_eq!(c.score, 0.5, "dependent vectors span one dimension of two");
        assert!(!c.correct && c.note.unwrap().contains("dependent"));
        let line = basis(&[&[-1.0, 1.0, 0.0]]);
        let c = compare_span(&basis(&[&[-1.0, 1.0, 0.0], &[1.0, -1.0, 0.0]]), &line, T);
        assert!(!c.correct && c.score < 1.0, "{c:?}");
        let c = compare_span(
            &basis(&[&[1.0, 0.0, 2.0], &[0.0, 1.0, -1.0], &[1.0, 1.0, 1.0]]),
            &e,
            T,
        );
        assert!(!c.correct && c.score < 1.0, "{c:?}");
        let c = compare_span(&basis(&[&[1.0, 0.0, 2.0], &[0.0, 0.0, 1.0]]), &e, T);
        assert_eq!(
            c.note.as_deref(),
            Some("1 of the 2 vectors is not in the subspace")
        );
        assert_eq!(c.score, 0.5);
        let c = compare_span(&basis(&[&[0.0, 0.0, 1.0]]), &e, T);
        assert_eq!(
            c.note.as_deref(),
            Some("that vector is not in the subspace")
        );
        assert!(!compare_span(&basis(&[&[1.0, 0.0]]), &e, T).correct);
    }
}
