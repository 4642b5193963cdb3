//! `la.apply_transform`: the image of a vector, or of the corners of the unit square, under a
//! described transformation of the plane.
//!
//! Level 1: a basic transformation with an integer matrix (quarter and half turns, reflections
//! about the axes and the diagonals, projections onto the axes, stretches, scalings, shears),
//! given with its matrix, applied to a vector with entries ±1..±6. Level 2: a reflection about
//! or projection onto a line `y = (b/a)x`, or a rotation by a Pythagorean angle, given with its
//! (rational) matrix. Level 3: a level-1 or level-2 transformation described in words only: the
//! images of the corners (1, 0), (1, 1), (0, 1) of the unit square, typed as the columns of a
//! 2×3 matrix (the learner finds the images of the basis vectors, the matrix, first).

use super::super::common::{Mistakes, vector_text};
use super::super::text::mat_vec_work;
use super::common::{mat_vec_chain, nonzero_vector};
use super::plane::{Plane, Transformation, formula_lines};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line, Piece};
use crate::math::{Matrix, Scalar};

pub struct ApplyTransform;

/// The corners (1, 0), (1, 1), (0, 1) of the unit square, as columns.
const CORNERS: [[i64; 3]; 2] = [[1, 1, 0], [0, 1, 1]];

fn row_vector_message(t: Plane) -> String {
    let mut message = "That is xᵀA (the same as Aᵀx): the vector was used as a row on the left. \
                       A matrix acts on a column vector to its right, T(x) = A·x, so each entry of \
                       the image is a ROW of A times x."
        .to_string();
    if matches!(t, Plane::Rotate(_) | Plane::RotateTriple(..)) {
        message.push_str(" For a rotation, Aᵀ turns the other way (clockwise).");
    }
    message
}

/// A confusion whose matrix is Aᵀ is also what the row-vector product xᵀA gives: say so.
fn with_row_vector_note(wrong: &Matrix, at: &Matrix, message: String) -> String {
    if wrong == at {
        format!(
            "{message} (Multiplying the row vector xᵀ by A, xᵀA = Aᵀx, gives the same wrong \
             result: x must stand as a column to the right, A·x.)"
        )
    } else {
        message
    }
}

impl Exercise for ApplyTransform {
    fn id(&self) -> &'static str {
        "la.apply_transform"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let t = match level {
            1 => Plane::basic(rng),
            2 => Plane::advanced(rng),
            3 if rng.chance(1, 2) => Plane::basic(rng),
            3 => Plane::advanced(rng),
            l => return Err(GenError::Level(l)),
        };
        let a = t.matrix();
        let at = a.transpose();
        let (prompt, answer, solution, hints, mistakes) = if level < 3 {
            let x = nonzero_vector(rng, 2, 6);
            let y = a.mul_vec(&x).ok_or(GenError::Redraw("shape"))?;
            let answer = AnswerSpec::entrywise(y.clone());
            let mut mistakes = Mistakes::new(&answer.expected);
            for c in t.confusions() {
                let message = with_row_vector_note(&c.matrix, &at, c.message);
                mistakes.optional(c.name, c.matrix.mul_vec(&x).unwrap_or_default(), message);
            }
            mistakes.optional(
                "row_vector",
                at.mul_vec(&x).unwrap_or_default(),
                row_vector_message(t),
            );
            let mut prompt = vec![
                Line::text(format!("Let T be {}. Its matrix is", t.words())),
                Line::new().m("A = ").v(a.clone()),
            ];
            prompt.push(
                Line::text("Find the image T(x) of")
                    .m(" x = ")
                    .v(x.clone())
                    .t(". Type it as a vector, e.g. [1, -2]."),
            );
            let solution = vec![
                Line::text(
                    "T(x) = A·x: x stands to the right of A as a column, and each entry of the \
                     image is a row of A times x.",
                ),
                Line::math(mat_vec_chain("A·x", &a, &x)),
                Line::new().m("T(x) = ").v(y.clone()),
            ];
            let hints = vec![format!(
                "A·x = {}: work out each entry.",
                mat_vec_work(&a, &x)
            )];
            (prompt, answer, solution, hints, mistakes)
        } else {
            let corners = Matrix::from_ints(&CORNERS);
            let images = a.mul(&corners).ok_or(GenError::Redraw("shape"))?;
            let answer = AnswerSpec::entrywise(images.clone());
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.optional(
                "images_as_rows",
                images.transpose(),
                "Those are the images written as ROWS. Type each image as a COLUMN: the answer \
                 is the 2×3 matrix [T(1, 0)  T(1, 1)  T(0, 1)].",
            );
            for c in t.confusions() {
                if let Some(wrong) = c.matrix.mul(&corners) {
                    let message = with_row_vector_note(&c.matrix, &at, c.message);
                    mistakes.optional(c.name, wrong, message);
                }
            }
            mistakes.optional(
                "row_vector",
                at.mul(&corners).ok_or(GenError::Redraw("shape"))?,
                row_vector_message(t),
            );
            let prompt = vec![
                Line::text(format!("Let T be {}.", t.words())),
                Line::text(
                    "Find the images of the corners (1, 0), (1, 1) and (0, 1) of the unit \
                     square. Type them as the columns of a 2×3 matrix, in this order: \
                     [T(1, 0)  T(1, 1)  T(0, 1)], e.g. [[1, 2, 0], [0, 3, 1]].",
                ),
            ];
            let (c1, c2) = (a.col(0), a.col(1));
            let sum: Vec<Scalar> = c1.iter().zip(&c2).map(|(&p, &q)| p + q).collect();
            let mut solution = vec![Line::text(
                "T is linear: its matrix A has the images of (1, 0) and (0, 1) as its columns.",
            )];
            let formula = formula_lines(t);
            // A derivation that ends with the matrix has said what A is.
            let derived = formula
                .last()
                .is_some_and(|l| l.0.last() == Some(&Piece::Value(a.clone().into())));
            solution.extend(formula);
            if !derived {
                solution.push(Line::new().m("A = ").v(a.clone()));
            }
            solution.extend([
                Line::math(format!(
                    "T(1, 0) = A·e₁ is the first column of A: {}",
                    vector_text(&c1)
                )),
                Line::math(format!(
                    "T(0, 1) = A·e₂ is the second column of A: {}",
                    vector_text(&c2)
                )),
                Line::math(format!(
                    "By linearity, T(1, 1) = T(1, 0) + T(0, 1) = {} + {} = {}",
                    vector_text(&c1),
                    vector_text(&c2),
                    vector_text(&sum)
                )),
                Line::text("The images as the columns, in the order asked:")
                    .m(" ")
                    .v(images.clone()),
            ]);
            let hints = vec![
                "By linearity T(1, 1) = T(1, 0) + T(0, 1): only the images of (1, 0) and (0, 1) \
                 are needed."
                    .to_string(),
                format!(
                    "T(1, 0) = {} and T(0, 1) = {}; T(1, 1) is their sum.",
                    vector_text(&c1),
                    vector_text(&c2)
                ),
            ];
            (prompt, answer, solution, hints, mistakes)
        };
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
    use super::super::super::common::testing::{
        f64_vector, prompt_debug_text, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::expr::Value;

    /// The matrix of T as the level-3 solution states it: the last 2×2 matrix it typesets.
    fn solution_matrix(d: &Draft) -> Matrix {
        d.solution
            .iter()
            .flat_map(|l| &l.0)
            .filter_map(|p| match p {
                Piece::Value(Value::Matrix(a)) if a.shape() == (2, 2) => Some(a.clone()),
                _ => None,
            })
            .next_back()
            .expect("the matrix in the solution")
    }

    #[test]
    fn images_are_right_and_mistakes_named() {
        let mut seen = std::collections::BTreeSet::new();
        soundness(&ApplyTransform, &[1, 2, 3], |level, d, ctx| {
            // Level 3 describes T in words only; the solution derives its matrix.
            let a = if level < 3 {
                prompt_matrices(d)[0].to_nalgebra()
            } else {
                assert!(prompt_matrices(d).is_empty(), "{ctx}: the matrix is given");
                solution_matrix(d).to_nalgebra()
            };
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            seen.extend(names.iter().copied());
            if level < 3 {
                let x = &prompt_vectors(d)[0];
                assert!(
                    x.iter()
                        .all(|v| (1..=6).contains(&v.as_integer().unwrap().abs()))
                );
                let xv = f64_vector(x);
                let y = &a * xv;
                let Value::Vector(got) = &d.answer.expected else {
                    panic!("{ctx}: not a vector")
                };
                assert!(
                    got.iter()
                        .zip(y.iter())
                        .all(|(g, r)| (g.to_f64() - r).abs() < 1e-12),
                    "{ctx}"
                );
                if level == 1 {
                    assert!(
                        prompt_matrices(d)[0]
                            .entries()
                            .iter()
                            .all(|e| e.as_integer().is_some())
                    );
                } else {
                    assert!(
                        prompt_matrices(d)[0]
                            .entries()
                            .iter()
                            .any(|e| e.as_integer().is_none()),
                        "{ctx}"
                    );
                }
            } else {
                let corners =
                    nalgebra::DMatrix::from_row_slice(2, 3, &[1.0, 1.0, 0.0, 0.0, 1.0, 1.0]);
                let images = &a * corners;
                let Value::Matrix(got) = &d.answer.expected else {
                    panic!("{ctx}: not a matrix")
                };
                assert!((got.to_nalgebra() - images).abs().max() < 1e-12, "{ctx}");
                // The matrix is the one the words describe: a reflection is its own inverse, a
                // projection is idempotent with a zero determinant, a rotation is orthogonal.
                let words = prompt_debug_text(d);
                let id = nalgebra::DMatrix::<f64>::identity(2, 2);
                let off = |m: nalgebra::DMatrix<f64>| m.abs().max() < 1e-12;
                if words.contains("reflection") {
                    assert!(off(&a * &a - &id) && (a.determinant() + 1.0).abs() < 1e-12);
                } else if words.contains("projection") {
                    assert!(off(&a * &a - &a) && a.determinant().abs() < 1e-12, "{ctx}");
                } else if words.contains("rotation") {
                    assert!(
                        off(a.transpose() * &a - &id) && a.determinant() > 0.0,
                        "{ctx}"
                    );
                }
            }
            // Orthogonal maps keep lengths; projections are idempotent: a sanity check of A.
            assert!(a.determinant().abs() <= 16.0, "{ctx}");
        });
        for name in [
            "clockwise",
            "shear_direction",
            "other_axis",
            "images_as_rows",
            "projection_not_reflection",
        ] {
            assert!(seen.contains(name), "{name} never used");
        }
    }
}
