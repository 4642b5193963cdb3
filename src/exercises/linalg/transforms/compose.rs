//! `la.compose_transforms`: the single matrix of "first S, then T", which is T·S.
//!
//! Level 1: two different basic transformations of the plane, described in words and given by
//! their integer matrices. Level 2: two integer 2×2 matrices with entries −4..4 (no words) that
//! do not commute. Level 3: three described basic steps "first R, then S, then T", whose matrix
//! is T·S·R. Draws where the wrong order gives the same matrix are redrawn.

use super::super::common::{Mistakes, matrix_text, num, product_sum};
use super::plane::{Plane, Transformation};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::linalg::random_int_matrix;
use crate::math::{Matrix, Scalar};

pub struct ComposeTransforms;

/// One line per row of the product `left·right`, each entry as a row-times-column sum:
/// `row 1: 1·2 + 0·3 = 2,  1·(−1) + 0·4 = −1`.
fn product_lines(left_name: &str, left: &Matrix, right: &Matrix) -> Vec<Line> {
    (0..left.nrows())
        .map(|i| {
            let entries: Vec<String> = (0..right.ncols())
                .map(|j| {
                    let pairs: Vec<(Scalar, Scalar)> =
                        left.row(i).iter().copied().zip(right.col(j)).collect();
                    let value = pairs.iter().fold(Scalar::ZERO, |s, &(a, b)| s + a * b);
                    format!("{} = {}", product_sum(&pairs), num(value))
                })
                .collect();
            Line::math(format!(
                "row {} of {left_name}:  {}",
                i + 1,
                entries.join(",   ")
            ))
        })
        .collect()
}

/// Draws `count` different basic transformations.
fn distinct_basic(rng: &mut DrillRng, count: usize) -> Result<Vec<Plane>, GenError> {
    let steps: Vec<Plane> = (0..count).map(|_| Plane::basic(rng)).collect();
    for (k, s) in steps.iter().enumerate() {
        if steps[..k].contains(s) {
            return Err(GenError::Redraw("the same step twice"));
        }
    }
    Ok(steps)
}

fn entrywise_product(a: &Matrix, b: &Matrix) -> Option<Matrix> {
    a.zip_with(b, |x, y| x * y)
}

fn sum(a: &Matrix, b: &Matrix) -> Option<Matrix> {
    a.zip_with(b, |x, y| x + y)
}

impl Exercise for ComposeTransforms {
    fn id(&self) -> &'static str {
        "la.compose_transforms"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let shape = GenError::Redraw("shape");
        let names = ["R", "S", "T"];
        // The step matrices, first applied first, and their words (if described).
        let (steps, words): (Vec<Matrix>, Vec<Option<String>>) = match level {
            1 | 3 => {
                let plane = distinct_basic(rng, if level == 1 { 2 } else { 3 })?;
                (
                    plane.iter().map(|t| t.matrix()).collect(),
                    plane.iter().map(|t| Some(t.words())).collect(),
                )
            }
            2 => {
                let (s, t) = (
                    random_int_matrix(rng, 2, 2, -4, 4),
                    random_int_matrix(rng, 2, 2, -4, 4),
                );
                if s.entries()
                    .iter()
                    .chain(t.entries())
                    .filter(|x| x.is_zero())
                    .count()
                    > 1
                {
                    return Err(GenError::Redraw("too many zeros"));
                }
                (vec![s, t], vec![None, None])
            }
            l => return Err(GenError::Level(l)),
        };
        let names = &names[3 - steps.len()..];
        let answer_matrix = steps[1..]
            .iter()
            .try_fold(steps[0].clone(), |acc, m| m.mul(&acc))
            .ok_or(shape.clone())?;
        let reversed = steps[1..]
            .iter()
            .try_fold(steps[0].clone(), |acc, m| acc.mul(m))
            .ok_or(shape.clone())?;
        let total = steps[1..]
            .iter()
            .try_fold(steps[0].clone(), |acc, m| sum(&acc, m))
            .ok_or(shape.clone())?;
        let hadamard = steps[1..]
            .iter()
            .try_fold(steps[0].clone(), |acc, m| entrywise_product(&acc, m))
            .ok_or(shape.clone())?;
        if answer_matrix.max_abs() > 40.0 {
            return Err(GenError::Redraw("entries too large"));
        }
        let answer = AnswerSpec::entrywise(answer_matrix.clone());
        let product_name: String = names.iter().rev().copied().collect::<Vec<_>>().join("·");
        let reversed_name: String = names.join("·");
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "wrong_order",
            reversed,
            format!(
                "That is {reversed_name}, which applies the steps in the opposite order. \
                 Matrices act on column vectors from the left, so the step applied first stands \
                 on the right: the answer is {product_name}."
            ),
        )?;
        mistakes.require(
            "sum",
            total,
            format!(
                "That is the sum {}. Doing one transformation after another multiplies the \
                 matrices: {product_name}.",
                names.join(" + ")
            ),
        )?;
        mistakes.optional(
            "entrywise_product",
            hadamard,
            "That multiplies entry by entry. The matrix product takes rows of the left matrix \
             times columns of the right one.",
        );

        let order = match names.len() {
            2 => "first S, then T".to_string(),
            _ => "first R, then S, then T".to_string(),
        };
        let mut prompt = vec![Line::text(if words[0].is_some() {
            "Consider these transformations of the plane:".to_string()
        } else {
            "Consider the linear transformations of the plane with the matrices".to_string()
        })];
        for (k, m) in steps.iter().enumerate() {
            let line = Line::new().m(format!("{} = ", names[k])).v(m.clone());
            prompt.push(match &words[k] {
                Some(w) => line.t(format!(",  {w}")),
                None => line,
            });
        }
        prompt.push(Line::text(format!(
            "Find the single matrix of the transformation that does {order}. Type it row by \
             row, e.g. [[1, 2], [3, 4]]."
        )));

        let mut solution = vec![Line::text(format!(
            "Doing {order} sends x to {}, so the matrix is {product_name}: the first step \
             stands rightmost.",
            match names.len() {
                2 => "T(S(x)) = (T·S)·x",
                _ => "T(S(R(x))) = (T·S·R)·x",
            }
        ))];
        let hints = if steps.len() == 2 {
            solution.extend(product_lines("T", &steps[1], &steps[0]));
            vec![format!(
                "The answer is T·S. Its top-left entry is row 1 of T times column 1 of S: {}.",
                product_sum(
                    &steps[1]
                        .row(0)
                        .iter()
                        .copied()
                        .zip(steps[0].col(0))
                        .collect::<Vec<_>>()
                )
            )]
        } else {
            let sr = steps[1].mul(&steps[0]).ok_or(shape)?;
            solution.push(Line::text("First S·R:"));
            solution.extend(product_lines("S", &steps[1], &steps[0]));
            solution.push(Line::new().m("S·R = ").v(sr.clone()));
            solution.push(Line::text("Then T·(S·R):"));
            solution.extend(product_lines("T", &steps[2], &sr));
            vec![
                "The answer is T·S·R: R, applied first, stands on the right. Start with S·R."
                    .to_string(),
                format!(
                    "S·R = {}. What is left is T·(S·R), row by column as before.",
                    matrix_text(&sr)
                ),
            ]
        };
        solution.push(Line::new().m(format!("{product_name} = ")).v(answer_matrix));
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
        close_to, expected_matrix, prompt_matrices, soundness,
    };
    use super::*;

    #[test]
    fn compositions_are_right_and_mistakes_named() {
        soundness(&ComposeTransforms, &[1, 2, 3], |level, d, ctx| {
            let given = prompt_matrices(d);
            assert_eq!(given.len(), if level == 3 { 3 } else { 2 }, "{ctx}");
            // Apply the steps one after the other to the basis vectors (nalgebra).
            let mut reference = nalgebra::DMatrix::<f64>::identity(2, 2);
            for m in &given {
                reference = m.to_nalgebra() * reference;
            }
            let a = expected_matrix(d);
            assert!(close_to(&a, &reference), "{ctx}");
            if level == 3 {
                // The last hint is the last step: S·R is done, T·(S·R) is left.
                let sr = given[1].mul(&given[0]).unwrap();
                let last = d.hints.last().unwrap();
                assert!(
                    last.contains(&format!("S·R = {}", matrix_text(&sr))),
                    "{ctx}"
                );
            }
            assert!(a.max_abs() <= 40.0);
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(
                names.contains(&"wrong_order") && names.contains(&"sum"),
                "{ctx}"
            );
            if level == 2 {
                assert!(given.iter().all(|m| m.max_abs() <= 4.0));
            }
        });
    }

    #[test]
    fn product_lines_show_row_times_column() {
        let t = Matrix::from_ints(&[[1, 0], [2, -1]]);
        let s = Matrix::from_ints(&[[2, -1], [3, 4]]);
        let lines = product_lines("T", &t, &s);
        assert_eq!(
            lines[1],
            Line::math("row 2 of T:  2·2 − 1·3 = 1,   2·(−1) − 1·4 = −6")
        );
    }
}
