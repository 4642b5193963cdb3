//! `la.singular_values`: the singular values of a small integer matrix, in descending order.
//!
//! The matrices come from `math::linalg::nice_orthogonal::integer_svd_matrix`, built backwards
//! from `A = σ₁u₁v₁ᵀ + σ₂u₂v₂ᵀ` so that the singular values are distinct integers:
//! level 1: 2×2, entries within ±6, σ₁ ≤ 10; level 2: 2×2, entries within ±9, σ₁ ≤ 15;
//! level 3: 3×2 or 2×3, entries within ±6, σ₁ ≤ 12 (the solution uses the 2×2 Gram matrix,
//! AᵀA or AAᵀ). The answer is the vector (σ₁, σ₂) with σ₁ > σ₂.

use super::super::common::{Mistakes, det2_text, num, product};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::nice_orthogonal::integer_svd_matrix;
use crate::math::{Matrix, Scalar};

pub struct SingularValues;

/// The real eigenvalues of a 2×2 matrix in descending order, if they are real and distinct:
/// the roots of `λ² − (tr A)·λ + det A`.
fn real_eigenvalues_2x2(a: &Matrix) -> Option<Vec<Scalar>> {
    let tr = a.trace()?;
    let det = a.get(0, 0) * a.get(1, 1) - a.get(0, 1) * a.get(1, 0);
    let disc = tr * tr - Scalar::int(4) * det;
    if disc.to_f64() <= 0.0 {
        return None;
    }
    let root = disc.sqrt();
    let half = Scalar::frac(1, 2);
    Some(vec![(tr + root) * half, (tr - root) * half])
}

impl Exercise for SingularValues {
    fn id(&self) -> &'static str {
        "la.singular_values"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (rows, cols, bound, max_sigma) = match level {
            1 => (2, 2, 6, 10),
            2 => (2, 2, 9, 15),
            3 if rng.chance(1, 2) => (3, 2, 6, 12),
            3 => (2, 3, 6, 12),
            l => return Err(GenError::Level(l)),
        };
        let svd = integer_svd_matrix(rng, rows, cols, bound, max_sigma)
            .ok_or(GenError::Redraw("no integer SVD matrix"))?;
        let a = svd.a;
        if a.entries().iter().filter(|x| x.is_zero()).count() > 1 {
            return Err(GenError::Redraw("too sparse"));
        }
        if level == 2 && a.max_abs() < 7.0 {
            return Err(GenError::Redraw("too small for level 2"));
        }
        let sigma: Vec<Scalar> = svd.sigma.iter().map(|&s| Scalar::int(s)).collect();
        let squares: Vec<Scalar> = sigma.iter().map(|&s| s * s).collect();
        let at = a.transpose();
        let (gram, gram_name) = if rows >= cols {
            (at.mul(&a).ok_or(GenError::Redraw("shape"))?, "AᵀA")
        } else {
            (a.mul(&at).ok_or(GenError::Redraw("shape"))?, "AAᵀ")
        };
        let answer = AnswerSpec::entrywise(sigma.clone());
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "no_square_root",
            squares.clone(),
            format!(
                "Those are the eigenvalues of {gram_name}, the SQUARES of the singular values. \
                 Take their square roots: σᵢ = √λᵢ."
            ),
        )?;
        mistakes.require(
            "ascending",
            vec![sigma[1], sigma[0]],
            "Right values, wrong order: singular values are listed in descending order, \
             σ₁ ≥ σ₂.",
        )?;
        if a.is_square()
            && let Some(eig) = real_eigenvalues_2x2(&a)
        {
            mistakes.optional(
                "eigenvalues_of_a",
                eig,
                "Those are the eigenvalues of A. The singular values are the square roots of \
                 the eigenvalues of AᵀA, which is symmetric: they are never negative and differ \
                 from the eigenvalues unless A is symmetric.",
            );
        }

        let (p, q, r) = (gram.get(0, 0), gram.get(0, 1), gram.get(1, 1));
        let trace = p + r;
        let det = p * r - q * q;
        let disc = trace * trace - Scalar::int(4) * det;
        let root = disc.sqrt();

        let prompt = vec![
            Line::text("Find the singular values of"),
            Line::new().m("A = ").v(a.clone()),
            Line::text(
                "in descending order, σ₁ ≥ σ₂. Type them as a vector, e.g. [5, 2] (exact forms \
                 like sqrt(2) are accepted).",
            ),
        ];
        let mut solution = Vec::new();
        if rows < cols {
            solution.push(Line::text(
                "A is 2×3, so use the smaller Gram matrix AAᵀ (2×2): its eigenvalues are the \
                 nonzero eigenvalues of AᵀA, the squares of the singular values.",
            ));
        } else {
            solution.push(Line::text(
                "The singular values are the square roots of the eigenvalues of AᵀA:",
            ));
        }
        solution.push(Line::new().m(format!("{gram_name} = ")).v(gram.clone()));
        solution.push(Line::math(format!(
            "Its characteristic polynomial: λ² − {}λ + {} = 0, with trace {} + {} = {} and \
             determinant {} = {}.",
            num(trace),
            num(det),
            num(p),
            num(r),
            num(trace),
            det2_text(&gram),
            num(det)
        )));
        solution.push(Line::math(format!(
            "λ = ({} ± √({}² − 4·{}))/2 = ({} ± {})/2, so λ₁ = {} and λ₂ = {}.",
            num(trace),
            num(trace),
            num(det),
            num(trace),
            num(root),
            num(squares[0]),
            num(squares[1])
        )));
        solution.push(Line::math(format!(
            "σ₁ = √{} = {},  σ₂ = √{} = {}",
            num(squares[0]),
            num(sigma[0]),
            num(squares[1]),
            num(sigma[1])
        )));
        if a.is_square() {
            solution.push(Line::math(format!(
                "Check: σ₁σ₂ = {} = {} = |det A| ✓",
                product(&sigma),
                num(sigma[0] * sigma[1])
            )));
        }
        solution.push(Line::new().m("(σ₁, σ₂) = ").v(sigma.clone()));
        let hints = vec![
            format!(
                "{gram_name} = [[{}, {}], [{}, {}]]; find its eigenvalues.",
                num(p),
                num(q),
                num(q),
                num(r)
            ),
            format!(
                "The eigenvalues of {gram_name} are the roots of λ² − {}λ + {} = 0: λ = {} and \
                 λ = {}. What is left is σ = √λ.",
                num(trace),
                num(det),
                num(squares[0]),
                num(squares[1])
            ),
        ];
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{max_int, prompt_matrices, soundness};
    use super::*;
    use crate::expr::Value;

    #[test]
    fn singular_values_match_nalgebra() {
        let mut shapes = std::collections::BTreeSet::new();
        let mut eigen_mistakes = 0;
        soundness(&SingularValues, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            shapes.insert(a.shape());
            let bound = [6, 9, 6][level as usize - 1];
            assert!(max_int(a) <= bound, "{ctx}");
            if level < 3 {
                assert_eq!(a.shape(), (2, 2));
            } else {
                assert!(a.shape() == (3, 2) || a.shape() == (2, 3));
            }
            let mut reference: Vec<f64> =
                a.to_nalgebra().singular_values().iter().copied().collect();
            reference.sort_by(|x, y| y.total_cmp(x));
            let Value::Vector(got) = &d.answer.expected else {
                panic!("{ctx}")
            };
            assert_eq!(got.len(), 2);
            for (g, r) in got.iter().zip(&reference) {
                assert!(g.as_integer().is_some(), "{ctx}");
                assert!(
                    (g.to_f64() - r).abs() < 1e-9,
                    "{ctx}: {got:?} vs {reference:?}"
                );
            }
            assert!(got[0].to_f64() > got[1].to_f64());
            // The last hint is the last step: the squares of the singular values.
            let last = d.hints.last().unwrap();
            let squares = got.iter().map(|&g| num(g * g)).collect::<Vec<_>>();
            assert!(
                last.contains(&format!("λ = {} and λ = {}", squares[0], squares[1])),
                "{ctx}: {last}"
            );
            eigen_mistakes += usize::from(d.mistakes.iter().any(|m| m.name == "eigenvalues_of_a"));
        });
        assert_eq!(shapes.len(), 3);
        assert!(eigen_mistakes > 200, "{eigen_mistakes}");
    }

    #[test]
    fn eigenvalues_of_a_two_by_two() {
        let a = Matrix::from_ints(&[[2, 1], [1, 2]]);
        assert_eq!(
            real_eigenvalues_2x2(&a),
            Some(vec![Scalar::int(3), Scalar::ONE])
        );
        assert_eq!(
            real_eigenvalues_2x2(&Matrix::from_ints(&[[0, -1], [1, 0]])),
            None
        );
    }
}
