//! `la.apply_transform`: the image of a vector, or of the corners of the unit square, under a
//! described transformation of the plane given by its matrix.
//!
//! Level 1: a basic transformation with an integer matrix (quarter and half turns, reflections
//! about the axes and the diagonals, projections onto the axes, stretches, scalings, shears)
//! applied to a vector with entries ±1..±6. Level 2: a reflection about or projection onto a line
//! `y = (b/a)x`, or a rotation by a Pythagorean angle (a rational matrix). Level 3: the images of
//! the corners (1, 0), (1, 1), (0, 1) of the unit square, typed as the columns of a 2×3 matrix,
//! under a level-1 or level-2 transformation.

use super::super::common::{Mistakes, product_sum, vector_text};
use super::common::{mat_vec_chain, nonzero_vector};
use super::plane::{Plane, Transformation};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
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
        let intro = vec![
            Line::text(format!("Let T be {}. Its matrix is", t.words())),
            Line::new().m("A = ").v(a.clone()),
        ];
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
            let mut prompt = intro;
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
            let first_row: Vec<(Scalar, Scalar)> =
                a.row(0).iter().copied().zip(x.iter().copied()).collect();
            let hints = vec![format!(
                "The first entry of A·x is the first row of A times x = {}: {}.",
                vector_text(&x),
                product_sum(&first_row)
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
            let mut prompt = intro;
            prompt.push(Line::text(
                "Find the images of the corners (1, 0), (1, 1) and (0, 1) of the unit square. \
                 Type them as the columns of a 2×3 matrix, in this order: \
                 [T(1, 0)  T(1, 1)  T(0, 1)], e.g. [[1, 2, 0], [0, 3, 1]].",
            ));
            let (c1, c2) = (a.col(0), a.col(1));
            let sum: Vec<Scalar> = c1.iter().zip(&c2).map(|(&p, &q)| p + q).collect();
            let solution = vec![
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
            ];
            let hints = vec![format!(
                "A·(1, 0) is the first column of A, {}; and (1, 1) = (1, 0) + (0, 1).",
                vector_text(&c1)
            )];
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
        f64_vector, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::expr::Value;

    #[test]
    fn images_are_right_and_mistakes_named() {
        let mut seen = std::collections::BTreeSet::new();
        soundness(&ApplyTransform, &[1, 2, 3], |level, d, ctx| {
            let a = prompt_matrices(d)[0].to_nalgebra();
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
