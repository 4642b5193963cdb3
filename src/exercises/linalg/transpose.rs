//! `la.transpose`: write down Aᵀ.
//!
//! Level 1: 2×3 or 3×2 with entries 0..9. Level 2: 3×3 (not symmetric), 3×4, 4×3 or 2×4 with
//! entries −9..9. Level 3: 4×4, 3×5, 5×3, 4×2 or 2×5 with entries −20..20.

use super::common::{Mistakes, is_symmetric, vector_text};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Matrix;
use crate::math::linalg::random_int_matrix;

pub struct Transpose;

impl Exercise for Transpose {
    fn id(&self) -> &'static str {
        "la.transpose"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let ((m, n), lo, hi) = match level {
            1 => (*rng.pick(&[(2, 3), (3, 2)]), 0, 9),
            2 => (*rng.pick(&[(3, 3), (3, 4), (4, 3), (2, 4)]), -9, 9),
            3 => (
                *rng.pick(&[(4, 4), (3, 5), (5, 3), (4, 2), (2, 5)]),
                -20,
                20,
            ),
            l => return Err(GenError::Level(l)),
        };
        let a = random_int_matrix(rng, m, n, lo, hi);
        if is_symmetric(&a) {
            return Err(GenError::Redraw("A is symmetric"));
        }
        let at = a.transpose();
        let answer = AnswerSpec::entrywise(at.clone());

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "unchanged",
            a.clone(),
            "That is A itself. Transposing flips A over its main diagonal: row i of A becomes \
             column i of Aᵀ.",
        )?;
        let entries = a.entries();
        mistakes.optional(
            "reshape_not_transpose",
            Matrix::from_fn(n, m, |i, j| entries[i * m + j]),
            format!(
                "That re-reads A's entries row by row into a {n}×{m} grid (like numpy's reshape). \
                 Transposing moves entry (i, j) to (j, i): row i of A becomes column i of Aᵀ."
            ),
        );
        mistakes.optional(
            "rows_reversed",
            Matrix::from_fn(n, m, |i, j| a.get(m - 1 - j, i)),
            "The rows of A became columns, but in reverse order (that rotates A by a quarter \
             turn). Row 1 of A becomes column 1 of Aᵀ, row 2 becomes column 2, and so on.",
        );
        mistakes.optional(
            "anti_transpose",
            Matrix::from_fn(n, m, |i, j| a.get(m - 1 - j, n - 1 - i)),
            "That flips A over its anti-diagonal (top right to bottom left). The transpose flips \
             it over the main diagonal: (Aᵀ)ᵢⱼ = Aⱼᵢ.",
        );

        let prompt = vec![
            Line::text("Find the transpose Aᵀ of"),
            Line::new().m("A = ").v(a.clone()),
        ];

        let mut solution = vec![Line::text(format!(
            "A is {m}×{n}, so Aᵀ is {n}×{m}. Each row of A becomes the column of Aᵀ with the same \
             number, since (Aᵀ)ᵢⱼ = Aⱼᵢ:"
        ))];
        for (i, row) in a.rows().enumerate() {
            solution.push(
                Line::text(format!("Row {} of A, ", i + 1))
                    .m(vector_text(row))
                    .t(format!(", becomes column {} of ", i + 1))
                    .m("Aᵀ"),
            );
        }
        solution.push(Line::new().m("Aᵀ = ").v(at));

        let hints = vec![
            format!("A is {m}×{n}, so Aᵀ is {n}×{m}."),
            format!(
                "The rows of A, {}, become columns 1 to {m} of Aᵀ, in this order.",
                a.rows().map(vector_text).collect::<Vec<_>>().join(", ")
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
    use super::super::common::testing::{expected_matrix, max_int, prompt_matrices, soundness};
    use super::*;

    #[test]
    fn transposes_are_right_and_mistakes_distinct() {
        soundness(&Transpose, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let at = expected_matrix(d);
            assert_eq!(at.to_nalgebra(), a.to_nalgebra().transpose(), "{ctx}");
            let last = d.hints.last().unwrap();
            assert!(
                a.rows().all(|r| last.contains(&vector_text(r))),
                "{ctx}: {last}"
            );
            assert!(max_int(a) <= [9, 9, 20][level as usize - 1], "{ctx}");
            assert!(d.mistakes.iter().any(|m| m.name == "unchanged"), "{ctx}");
        });
    }

    #[test]
    fn mistake_shapes_follow_their_definitions() {
        // A = [1 2 3; 4 5 6]: reshape reads 1 2 | 3 4 | 5 6, rows reversed puts row 2 first.
        let a = Matrix::from_ints(&[[1, 2, 3], [4, 5, 6]]);
        let (m, n) = a.shape();
        let reshape = Matrix::from_fn(n, m, |i, j| a.entries()[i * m + j]);
        assert_eq!(reshape, Matrix::from_ints(&[[1, 2], [3, 4], [5, 6]]));
        let reversed = Matrix::from_fn(n, m, |i, j| a.get(m - 1 - j, i));
        assert_eq!(reversed, Matrix::from_ints(&[[4, 1], [5, 2], [6, 3]]));
        let anti = Matrix::from_fn(n, m, |i, j| a.get(m - 1 - j, n - 1 - i));
        assert_eq!(anti, Matrix::from_ints(&[[6, 3], [5, 2], [4, 1]]));
    }
}
