//! `la.transform_matrix`: the matrix of a transformation described in words.
//!
//! Level 1: one basic transformation of the plane (quarter and half turns, reflections about the
//! axes and diagonals, projections onto the axes, stretches, scalings, shears): an integer 2×2
//! matrix. Level 2: either a reflection about or projection onto a line `y = (b/a)x` or a
//! rotation by a Pythagorean angle (a rational matrix), or two basic steps "first S, then T"
//! (the matrix T·S). Level 3: a transformation of space about the coordinate axes and planes
//! (quarter and half turns, reflections, projections), alone or two in a row: a 3×3 matrix.
//! The method in every solution: the columns are the images of the standard basis vectors.

use super::super::common::{Mistakes, vector_text};
use super::common::rule;
use super::plane::{Confusion, Plane, Space, Transformation, formula_lines};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::{Matrix, Scalar};

pub struct TransformMatrix;

/// The transpose is what writing the images as rows gives: say so in a confusion that equals it.
fn with_rows_note(c: Confusion, answer: &Matrix) -> Confusion {
    if c.matrix == answer.transpose() {
        Confusion {
            message: format!(
                "{} (Writing the images of the basis vectors as rows instead of columns gives \
                 the same wrong matrix.)",
                c.message
            ),
            ..c
        }
    } else {
        c
    }
}

const TRANSPOSE_MESSAGE: &str = "That is the transpose: the images of the basis vectors were \
     written as rows. They are the COLUMNS of the matrix: column j is T(eⱼ).";

/// An example answer of the right shape.
fn example(n: usize) -> &'static str {
    if n == 3 {
        "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]"
    } else {
        "[[1, 2], [3, 4]]"
    }
}

/// The columns of `a` as images of the basis vectors, one line each.
fn column_lines(a: &Matrix) -> Vec<Line> {
    let basis = ["e₁", "e₂", "e₃"];
    (0..a.ncols())
        .map(|j| {
            let unit: Vec<Scalar> = (0..a.ncols())
                .map(|i| if i == j { Scalar::ONE } else { Scalar::ZERO })
                .collect();
            Line::math(format!(
                "T({} = {}) = {}",
                basis[j],
                vector_text(&unit),
                vector_text(&a.col(j))
            ))
        })
        .collect()
}

/// One transformation, or two in a row (`first`, then `second`).
enum Task<T: Transformation> {
    Single(T),
    Two(T, T),
}

impl<T: Transformation> Task<T> {
    fn matrix(&self) -> Option<Matrix> {
        match self {
            Task::Single(t) => Some(t.matrix()),
            Task::Two(s, t) => t.matrix().mul(&s.matrix()),
        }
    }
}

/// Prompt, answer, solution, specific hints and mistakes of one problem.
type Parts = (Vec<Line>, AnswerSpec, Vec<Line>, Vec<String>, Mistakes);

fn build<T: Transformation>(task: &Task<T>, extra: Vec<Line>) -> Result<Parts, GenError> {
    let a = task.matrix().ok_or(GenError::Redraw("shape"))?;
    let n = a.nrows();
    let answer = AnswerSpec::entrywise(a.clone());
    let mut mistakes = Mistakes::new(&answer.expected);
    let mut solution = Vec::new();
    let (prompt, hints) = match task {
        Task::Single(t) => {
            for c in t.confusions() {
                let c = with_rows_note(c, &a);
                mistakes.optional(c.name, c.matrix, c.message);
            }
            mistakes.optional("transpose", a.transpose(), TRANSPOSE_MESSAGE);
            solution.push(Line::text(format!(
                "The columns of A are the images of the standard basis vectors under {}:",
                t.words()
            )));
            solution.extend(extra);
            solution.extend(column_lines(&a));
            let prompt = vec![Line::text(format!(
                "Find the {n}×{n} matrix A of {}. Type it row by row, e.g. {}.",
                t.words(),
                example(n)
            ))];
            let hint = format!(
                "Where does e₁ go under {}? That image is the first column of A.",
                t.words()
            );
            (prompt, vec![hint])
        }
        Task::Two(s, t) => {
            let (ms, mt) = (s.matrix(), t.matrix());
            let reversed = ms.mul(&mt).ok_or(GenError::Redraw("shape"))?;
            mistakes.require(
                "wrong_order",
                reversed,
                "That is S·T, which applies T first. Matrices act on column vectors from the \
                 left, so the step applied first stands on the right: first S, then T is T·S.",
            )?;
            mistakes.optional("transpose", a.transpose(), TRANSPOSE_MESSAGE);
            for c in s.confusions() {
                if let Some(wrong) = mt.mul(&c.matrix) {
                    let message = format!("In the first step: {}", c.message);
                    mistakes.optional(c.name, wrong, message);
                }
            }
            solution.push(Line::text(
                "Find the matrix of each step from the images of the basis vectors (its columns):",
            ));
            solution.push(Line::new().m(format!("S ({}) = ", s.short())).v(ms.clone()));
            solution.push(Line::new().m(format!("T ({}) = ", t.short())).v(mt.clone()));
            solution.push(Line::text(
                "First S, then T: x ↦ T(S(x)) = (T·S)·x, so the first step stands on the right.",
            ));
            solution.push(
                Line::new()
                    .m("A = T·S = ")
                    .v(mt.clone())
                    .m("·")
                    .v(ms.clone()),
            );
            let prompt = vec![Line::text(format!(
                "Find the {n}×{n} matrix A of the linear map that first does S: {}, and then T: \
                 {}. Type it row by row, e.g. {}.",
                s.short(),
                t.short(),
                example(n)
            ))];
            let order = "For \"first S, then T\" the vector meets S first: x ↦ T(S(x)) = \
                         (T·S)·x, so the step applied first stands on the right."
                .to_string();
            let hint = format!(
                "Write down S and T separately, then multiply them with the first step on the \
                 right: A = T·S, where S = {}.",
                s.short()
            );
            (prompt, vec![order, hint])
        }
    };
    solution.push(Line::math(format!("Check: A acts as {}.", rule(&a))));
    solution.push(Line::new().m("A = ").v(a));
    Ok((prompt, answer, solution, hints, mistakes))
}

impl Exercise for TransformMatrix {
    fn id(&self) -> &'static str {
        "la.transform_matrix"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (prompt, answer, solution, hints, mistakes) = match level {
            1 => build(&Task::Single(Plane::basic(rng)), Vec::new())?,
            2 if rng.chance(1, 2) => {
                let t = Plane::advanced(rng);
                build(&Task::Single(t), formula_lines(t))?
            }
            2 => {
                let (s, t) = (Plane::basic(rng), Plane::basic(rng));
                if s == t {
                    return Err(GenError::Redraw("the same step twice"));
                }
                build(&Task::Two(s, t), Vec::new())?
            }
            3 if rng.chance(1, 2) => build(&Task::Single(Space::draw(rng)), Vec::new())?,
            3 => {
                let (s, t) = (Space::draw(rng), Space::draw(rng));
                if s == t {
                    return Err(GenError::Redraw("the same step twice"));
                }
                build(&Task::Two(s, t), Vec::new())?
            }
            l => return Err(GenError::Level(l)),
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
    use super::super::super::common::testing::{expected_matrix, prompt_debug_text, soundness};
    use super::*;

    /// The image of a point under the described transformation, recomputed geometrically in
    /// `f64` from the prompt's words: an independent check of the matrix.
    fn act(words: &str, p: &[f64]) -> Option<Vec<f64>> {
        let (x, y) = (p[0], p[1]);
        if let Some(rest) = words.strip_prefix("rotate by ") {
            let deg: f64 = rest.split('°').next()?.parse().ok()?;
            let (s, c) = deg.to_radians().sin_cos();
            return Some(vec![c * x - s * y, s * x + c * y]);
        }
        Some(match words {
            "reflect about the x-axis" => vec![x, -y],
            "reflect about the y-axis" => vec![-x, y],
            "reflect about the line y = x" => vec![y, x],
            "reflect about the line y = −x" => vec![-y, -x],
            "project onto the x-axis" => vec![x, 0.0],
            "project onto the y-axis" => vec![0.0, y],
            w if w.starts_with("stretch x by ") => vec![w[13..].parse::<f64>().ok()? * x, y],
            w if w.starts_with("stretch y by ") => vec![x, w[13..].parse::<f64>().ok()? * y],
            _ => return None,
        })
    }

    #[test]
    fn matrices_are_right_and_mistakes_named() {
        let mut checked = 0;
        let mut names = std::collections::BTreeSet::new();
        soundness(&TransformMatrix, &[1, 2, 3], |level, d, ctx| {
            let a = expected_matrix(d);
            names.extend(d.mistakes.iter().map(|m| m.name));
            assert_eq!(a.nrows(), if level == 3 { 3 } else { 2 }, "{ctx}");
            if level == 1 {
                assert!(
                    a.entries().iter().all(|x| x.as_integer().is_some()),
                    "{ctx}"
                );
            }
            // Two steps: recompute T(S(e_j)) geometrically from the named steps when known.
            let text = prompt_debug_text(d);
            if level == 2
                && let Some(rest) = text.split("first does S: ").nth(1)
            {
                let (s, rest) = rest.split_once(", and then T: ").unwrap();
                let t = rest.split(". Type").next().unwrap();
                for j in 0..2 {
                    let e = if j == 0 { [1.0, 0.0] } else { [0.0, 1.0] };
                    if let Some(mid) = act(s, &e)
                        && let Some(out) = act(t, &mid)
                    {
                        for (i, o) in out.iter().enumerate() {
                            assert!((a.get(i, j).to_f64() - o).abs() < 1e-12, "{ctx}");
                        }
                        checked += 1;
                    }
                }
            }
            // Every answer here is orthogonal, a projection, a stretch or a shear, or their
            // product: |det| ≤ 16 and the entries are small.
            let na = a.to_nalgebra();
            assert!(
                na.determinant().abs() <= 16.0 + 1e-9 && a.max_abs() <= 16.0,
                "{ctx}"
            );
        });
        assert!(checked > 100, "{checked}");
        for name in [
            "clockwise",
            "wrong_order",
            "transpose",
            "shear_direction",
            "other_plane",
            "projection_not_reflection",
        ] {
            assert!(names.contains(name), "{name} never used");
        }
    }
}
