//! `la.projection`: projecting u onto the line spanned by v, proj_v u = (u·v / v·v)·v.
//!
//! No square root is involved, so the projection has exact fractional entries.
//! Level 1: proj_v u in 2 dimensions, u's entries −6..6, v's entries ±1..4.
//! Level 2: proj_v u in 3 dimensions, u's entries −6..6, v's entries −3..3 (at least two nonzero).
//! Level 3, either: the component of u orthogonal to v, u − proj_v u (a vector, 3 dimensions as
//! at level 2); or the scalar projection comp_v u = u·v/‖v‖ (a number), where v has an integer
//! length (entries up to 6) so the answer is an exact fraction.
//! Draws with u·v = 0 or u parallel to v are redrawn.

use super::helpers::{integer_norm_vector, nonzero_count, norm_steps, squares_text};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{
    Mistakes, chain, draw_ints, factor, num, value_sum, vector_text,
};
use crate::exercises::linalg::text::dot_steps;
use crate::math::Scalar;
use crate::math::linalg::vector_ops::{dot, norm, norm_squared, project_onto_line, scale, sub};

pub struct Projection;

/// What is asked.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Task {
    /// proj_v u, a vector.
    Projection,
    /// u − proj_v u, a vector.
    Orthogonal,
    /// comp_v u = u·v/‖v‖, a number.
    Scalar,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Task, Vec<Scalar>, Vec<Scalar>), GenError> {
    let (task, u, v) = match level {
        1 => {
            let v = vec![
                Scalar::int(rng.sign() * rng.int(1, 4)),
                Scalar::int(rng.sign() * rng.int(1, 4)),
            ];
            (Task::Projection, draw_ints(rng, 2, -6, 6), v)
        }
        2 => (
            Task::Projection,
            draw_ints(rng, 3, -6, 6),
            draw_ints(rng, 3, -3, 3),
        ),
        3 if rng.chance(1, 2) => (
            Task::Orthogonal,
            draw_ints(rng, 3, -6, 6),
            draw_ints(rng, 3, -3, 3),
        ),
        3 => {
            let v = integer_norm_vector(rng, 3, 6).ok_or(GenError::Redraw("no vector"))?;
            (Task::Scalar, draw_ints(rng, 3, -6, 6), v)
        }
        l => return Err(GenError::Level(l)),
    };
    if nonzero_count(&v) < 2 || nonzero_count(&u) < 2 {
        return Err(GenError::Redraw("a vector is too sparse"));
    }
    Ok((task, u, v))
}

impl Exercise for Projection {
    fn id(&self) -> &'static str {
        "la.projection"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (task, u, v) = draw(level, rng)?;
        let redraw = GenError::Redraw("u·v = 0 or v = 0");
        let d = dot(&u, &v).ok_or(GenError::Redraw("length mismatch"))?;
        if d.is_zero() {
            return Err(redraw);
        }
        let vv = norm_squared(&v);
        let coefficient = d.checked_div(vv).ok_or(redraw.clone())?;
        let proj = project_onto_line(&u, &v).ok_or(redraw.clone())?;
        let orthogonal = sub(&u, &proj).ok_or(redraw.clone())?;
        if nonzero_count(&orthogonal) == 0 {
            return Err(GenError::Redraw("u is parallel to v"));
        }
        let length_v = norm(&v);
        let by_norm = d.checked_div(length_v).ok_or(redraw.clone())?;
        let by_norm_u = d.checked_div(norm(&u)).ok_or(redraw)?;
        let swapped = project_onto_line(&v, &u).unwrap_or_else(|| v.clone());

        let answer = match task {
            Task::Projection => AnswerSpec::entrywise(proj.clone()),
            Task::Orthogonal => AnswerSpec::entrywise(orthogonal.clone()),
            Task::Scalar => AnswerSpec::scalar(by_norm),
        };
        let mut mistakes = Mistakes::new(&answer.expected);
        match task {
            Task::Projection => {
                mistakes.require(
                    "divided_by_norm",
                    scale(by_norm, &v),
                    "That divides u·v by ‖v‖. The projection divides by ‖v‖² = v·v: \
                     proj_v u = (u·v/v·v)·v.",
                )?;
                mistakes.optional(
                    "roles_swapped",
                    swapped.clone(),
                    "That projects v onto u. Here u is projected onto the line of v, so the \
                     answer is a multiple of v: (u·v/v·v)·v.",
                );
                mistakes.optional(
                    "coefficient_only",
                    coefficient,
                    "That is only the coefficient u·v/v·v, a number. The projection is this \
                     number times the vector v.",
                );
                mistakes.optional(
                    "forgot_to_divide",
                    scale(d, &v),
                    "That is (u·v)·v: divide by v·v = ‖v‖² as well.",
                );
            }
            Task::Orthogonal => {
                mistakes.require(
                    "gave_projection",
                    proj.clone(),
                    "That is the projection proj_v u itself, the part of u along v. The \
                     orthogonal component is what is left: u − proj_v u.",
                )?;
                mistakes.optional(
                    "sign_flipped",
                    scale(-Scalar::ONE, &orthogonal),
                    "That is proj_v u − u: subtract the projection from u, not u from the \
                     projection.",
                );
                mistakes.optional(
                    "divided_by_norm",
                    sub(&u, &scale(by_norm, &v)).unwrap_or_else(|| u.clone()),
                    "The projection divides u·v by ‖v‖² = v·v, not by ‖v‖.",
                );
            }
            Task::Scalar => {
                mistakes.require(
                    "divided_by_norm_squared",
                    coefficient,
                    "That divides by ‖v‖² = v·v. The scalar projection divides by the length \
                     itself: comp_v u = u·v/‖v‖.",
                )?;
                mistakes.optional(
                    "raw_dot",
                    d,
                    "That is u·v; the scalar projection divides it by the length ‖v‖.",
                );
                mistakes.optional(
                    "roles_swapped",
                    by_norm_u,
                    "That divides by ‖u‖, which is the scalar projection of v onto u. Project \
                     u onto v: divide by ‖v‖.",
                );
                mistakes.optional(
                    "vector_projection",
                    proj.clone(),
                    "That is the vector projection proj_v u. The scalar projection is its signed \
                     length, the number u·v/‖v‖.",
                );
            }
        }

        let (what, format) = match task {
            Task::Projection => (
                "the orthogonal projection proj_v u of u onto the line spanned by v",
                "Give it as a vector with exact fractions, e.g. [3/5, -6/5].",
            ),
            Task::Orthogonal => (
                "the component of u orthogonal to v, that is u − proj_v u",
                "Give it as a vector with exact fractions, e.g. [3/5, -6/5, 1].",
            ),
            Task::Scalar => (
                "the scalar projection comp_v u of u onto v (the signed length of the projection \
                 of u onto the line of v)",
                "Give a number, as an exact fraction.",
            ),
        };
        let prompt = vec![
            Line::text(format!("Find {what}, where")),
            Line::new()
                .m("u = ")
                .v(u.clone())
                .t(",   ")
                .m("v = ")
                .v(v.clone()),
            Line::text(format),
        ];

        let squares: Vec<Scalar> = v.iter().map(|&x| x * x).collect();
        let dot_line = Line::math(chain("u·v", &dot_steps(&u, &v)));
        let mut solution = vec![dot_line];
        let hints = if task == Task::Scalar {
            solution.push(Line::math(chain("‖v‖", &norm_steps(&v))));
            solution.push(Line::math(chain(
                "comp_v u = u·v/‖v‖",
                &[format!("{}/{}", num(d), num(length_v)), num(by_norm)],
            )));
            vec![
                "The scalar projection is the signed length u·v/‖v‖: divide by ‖v‖, not by \
                 ‖v‖² as the vector projection does."
                    .to_string(),
                format!("u·v = {}.", num(d)),
                format!("‖v‖ = √({}) = {}.", squares_text(&v), num(length_v)),
            ]
        } else {
            solution.push(Line::math(chain(
                "v·v",
                &[squares_text(&v), value_sum(&squares), num(vv)],
            )));
            solution.push(
                Line::new()
                    .m(format!("proj_v u = (u·v/v·v)·v = {}·", factor(coefficient)))
                    .v(v.clone())
                    .m(" = ")
                    .v(proj.clone()),
            );
            let times = format!(
                "The projection is {} times v",
                factor(coefficient).trim_matches(['(', ')'])
            );
            vec![
                format!("u·v = {} and v·v = {}.", num(d), num(vv)),
                if task == Task::Orthogonal {
                    format!(
                        "{times}: proj_v u = {}; subtract it from u.",
                        vector_text(&proj)
                    )
                } else {
                    format!("{times}.")
                },
            ]
        };
        if task == Task::Orthogonal {
            solution.push(
                Line::new()
                    .m("u − proj_v u = ")
                    .v(u.clone())
                    .m(" − ")
                    .v(proj.clone())
                    .m(" = ")
                    .v(orthogonal.clone()),
            );
            solution.push(Line::math(format!(
                "Check: (u − proj_v u)·v = {} ✓",
                num(dot(&orthogonal, &v).unwrap_or(Scalar::ONE))
            )));
        }
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
    use super::super::super::common::testing::{f64_vector, prompt_vector_pair, soundness};
    use super::*;
    use crate::expr::Value;

    #[test]
    fn projections_are_right_and_exact() {
        let (mut orthogonal, mut scalar) = (0, 0);
        soundness(&Projection, &[1, 2, 3], |level, d, ctx| {
            let [u, v] = prompt_vector_pair(d);
            let (fu, fv) = (f64_vector(&u), f64_vector(&v));
            assert_eq!(u.len(), if level == 1 { 2 } else { 3 }, "{ctx}");
            assert!(fu.amax() <= 6.0 && fv.amax() <= 6.0, "{ctx}");
            let proj = &fv * (fu.dot(&fv) / fv.dot(&fv));
            assert!(fu.dot(&fv) != 0.0, "{ctx}");
            // Feedback names the slip, not the divisor the second try needs (‖v‖ or v·v).
            let divisors = [format!("= {}", fv.norm()), format!("= {}", fv.dot(&fv))];
            for m in &d.mistakes {
                assert!(
                    divisors.iter().all(|t| !m.message.contains(t.as_str())),
                    "{ctx}: {} hands over a divisor: {}",
                    m.name,
                    m.message
                );
            }
            let asked = d.prompt[0].0[0].clone();
            let asked = format!("{asked:?}");
            match &d.answer.expected {
                Value::Vector(got) => {
                    assert!(got.iter().all(Scalar::is_exact), "{ctx}");
                    let reference = if asked.contains("orthogonal to v") {
                        orthogonal += 1;
                        assert!(f64_vector(got).dot(&fv).abs() < 1e-9, "{ctx}");
                        &fu - &proj
                    } else {
                        assert!(level < 3, "{ctx}");
                        proj
                    };
                    assert!((f64_vector(got) - reference).amax() < 1e-9, "{ctx}");
                }
                Value::Scalar(got) => {
                    assert_eq!(level, 3, "{ctx}");
                    assert!(got.is_exact(), "{ctx}");
                    assert!(
                        (got.to_f64() - fu.dot(&fv) / fv.norm()).abs() < 1e-9,
                        "{ctx}"
                    );
                    scalar += 1;
                }
                other => panic!("{ctx}: {other:?}"),
            }
        });
        assert!(orthogonal > 100 && scalar > 100, "{orthogonal} {scalar}");
    }
}
