//! `la.norm_unit_vector`: the length ‖v‖ = √(Σ vᵢ²) and the unit vector v/‖v‖.
//!
//! Every vector has an integer length by construction (a Pythagorean shape such as (3, 4),
//! (2, 3, 6) or (1, 2, 2, 4), shuffled, with random signs), so unit vectors have exact fractions.
//! Level 1: ‖v‖ of a 2- or 3-vector with entries up to 12 (a number).
//! Level 2: the unit vector v/‖v‖ of a 2- or 3-vector with entries up to 12.
//! Level 3: the unit vector pointing from a point P to a point Q, (Q − P)/‖Q − P‖, in 3 or 4
//! dimensions, with P's entries in −5..5 and Q − P's entries up to 9.

use super::helpers::{integer_norm_vector, norm_steps, root_text};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{
    Mistakes, chain, draw_ints, factor, num, value_sum, vector_text,
};
use crate::math::Scalar;
use crate::math::linalg::vector_ops::{add, norm, norm_squared, scale, sub, unit_vector};

pub struct NormUnitVector;

/// `Σ|vᵢ|`, the L1 norm.
fn l1_norm(v: &[Scalar]) -> Scalar {
    v.iter().fold(Scalar::ZERO, |s, &x| s + x.abs())
}

/// `v/k` entry by entry (`k ≠ 0`).
fn divided(v: &[Scalar], k: Scalar) -> Vec<Scalar> {
    k.recip().map_or_else(|| v.to_vec(), |r| scale(r, v))
}

impl Exercise for NormUnitVector {
    fn id(&self) -> &'static str {
        "la.norm_unit_vector"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let no_vector = GenError::Redraw("no vector with an integer length");
        let (v, points) = match level {
            1 | 2 => {
                let dim = 2 + rng.index(2);
                (integer_norm_vector(rng, dim, 12).ok_or(no_vector)?, None)
            }
            3 => {
                let dim = 3 + rng.index(2);
                let d = integer_norm_vector(rng, dim, 9).ok_or(no_vector)?;
                let p = draw_ints(rng, dim, -5, 5);
                let q = add(&p, &d).ok_or(GenError::Redraw("length mismatch"))?;
                (d, Some((p, q)))
            }
            l => return Err(GenError::Level(l)),
        };
        let length = norm(&v);
        let squared = norm_squared(&v);
        if length.as_integer().is_none() {
            return Err(GenError::Redraw("the length is not an integer"));
        }
        let name = if points.is_some() { "d" } else { "v" };
        // Feedback names only what the prompt defines: P and Q, not the solution's d.
        let (shown, shown_norm) = if points.is_some() {
            ("Q − P", "‖Q − P‖")
        } else {
            ("v", "‖v‖")
        };
        let norm_line = Line::math(chain(&format!("‖{name}‖"), &norm_steps(&v)));
        let squares_hint = format!(
            "Square the entries and add: {} = {}.",
            v.iter()
                .map(|&x| format!("{}²", factor(x)))
                .collect::<Vec<_>>()
                .join(" + "),
            num(squared)
        );

        if level == 1 {
            let answer = AnswerSpec::scalar(length);
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "forgot_square_root",
                squared,
                "That is ‖v‖² = Σ vᵢ², the squared length. The length is its square root.",
            )?;
            mistakes.optional(
                "l1_norm",
                l1_norm(&v),
                "That is Σ|vᵢ|, the L1 (taxicab) norm. The length is the Euclidean norm: square \
                 the entries, add, take the square root.",
            );
            mistakes.optional(
                "sum_of_entries",
                v.iter().fold(Scalar::ZERO, |s, &x| s + x),
                "That adds the entries. The length squares each entry first (so signs do not \
                 cancel), adds the squares and takes the square root.",
            );
            let prompt = vec![
                Line::text("Find the length (Euclidean norm) ‖v‖ of"),
                Line::new().m("v = ").v(v.clone()),
                Line::text("Give a number."),
            ];
            let solution = vec![
                Line::math(
                    "‖v‖ = √(v₁² + v₂² + …): square every entry, add, take the square root.",
                ),
                norm_line,
            ];
            let hints = vec![
                squares_hint,
                format!("{} is a perfect square.", num(squared)),
            ];
            return Ok(Draft {
                prompt,
                answer,
                solution,
                hints,
                mistakes: mistakes.finish()?,
            });
        }

        let unit = unit_vector(&v).ok_or(GenError::Redraw("zero vector"))?;
        let answer = AnswerSpec::entrywise(unit.clone());
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "divided_by_norm_squared",
            divided(&v, squared),
            format!(
                "That divides by {shown_norm}², the squared length. Divide by the length itself, \
                 {shown_norm}, so that the result has length 1."
            ),
        )?;
        mistakes.optional(
            "not_normalised",
            v.clone(),
            format!(
                "That is {shown} itself. A unit vector has length 1: divide every entry by the \
                 length {shown_norm}."
            ),
        );
        mistakes.optional(
            "l1_norm",
            divided(&v, l1_norm(&v)),
            format!(
                "That divides by the sum of the absolute entries, the L1 norm. Divide by the \
                 Euclidean length {shown_norm}: square the entries, add, take the square root."
            ),
        );

        let (prompt, mut solution) = match &points {
            None => (
                vec![
                    Line::text("Find the unit vector in the direction of"),
                    Line::new().m("v = ").v(v.clone()),
                    Line::text("Give it as a vector with exact fractions, e.g. [2/7, -3/7, 6/7]."),
                ],
                vec![
                    Line::math("v/‖v‖ points the same way as v and has length 1."),
                    norm_line,
                ],
            ),
            Some((p, q)) => {
                mistakes.optional(
                    "wrong_direction",
                    scale(-Scalar::ONE, &unit),
                    "That points from Q to P. The vector from P to Q is Q − P (end minus start).",
                );
                (
                    vec![
                        Line::text(
                            "Find the unit vector pointing from the point P to the point Q, where",
                        ),
                        Line::new()
                            .m("P = ")
                            .v(p.clone())
                            .t(",   ")
                            .m("Q = ")
                            .v(q.clone()),
                        Line::text(
                            "Give it as a vector with exact fractions, e.g. [2/7, -3/7, 6/7].",
                        ),
                    ],
                    vec![
                        Line::text("The vector from P to Q is end minus start, entry by entry:"),
                        Line::new()
                            .m(format!(
                                "d = Q − P = {} − {} = ",
                                vector_text(q),
                                vector_text(p)
                            ))
                            .v(sub(q, p).unwrap_or_else(|| v.clone())),
                        norm_line,
                    ],
                )
            }
        };
        let inverse = length.recip().unwrap_or(Scalar::ONE);
        solution.push(
            Line::new()
                .m(format!("{name}/‖{name}‖ = {}·", factor(inverse)))
                .v(v.clone())
                .m(" = ")
                .v(unit.clone()),
        );
        let unit_squares: Vec<Scalar> = unit.iter().map(|&x| x * x).collect();
        solution.push(Line::math(format!(
            "Check: {} = {} = {} ✓",
            unit.iter()
                .map(|&x| format!("{}²", factor(x)))
                .collect::<Vec<_>>()
                .join(" + "),
            value_sum(&unit_squares),
            num(norm_squared(&unit))
        )));
        let mut hints = Vec::new();
        if let Some((p, q)) = &points {
            hints.push(format!(
                "First the vector from P to Q: d = Q − P = {} − {}.",
                vector_text(q),
                vector_text(p)
            ));
        }
        hints.push(squares_hint);
        hints.push(format!(
            "‖{name}‖ = √{} = {}; divide every entry by it.",
            num(squared),
            root_text(squared)
        ));
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
    use super::super::super::common::testing::{f64_vector, prompt_vectors, soundness};
    use super::*;
    use crate::expr::Value;

    #[test]
    fn norms_and_unit_vectors_are_right_and_exact() {
        soundness(&NormUnitVector, &[1, 2, 3], |level, d, ctx| {
            let vectors = prompt_vectors(d);
            let v = match level {
                3 => f64_vector(&vectors[1]) - f64_vector(&vectors[0]),
                _ => f64_vector(&vectors[0]),
            };
            let dims = if level == 3 { [3, 4] } else { [2, 3] };
            assert!(dims.contains(&v.len()), "{ctx}");
            let bound = if level == 3 { 9.0 } else { 12.0 };
            assert!(v.amax() <= bound, "{ctx}");
            assert!(v.norm().fract() == 0.0, "{ctx}: the length is an integer");
            match &d.answer.expected {
                Value::Scalar(x) => {
                    assert_eq!(level, 1, "{ctx}");
                    assert_eq!(x.as_integer(), Some(v.norm() as i64), "{ctx}");
                }
                Value::Vector(u) => {
                    assert!(level >= 2 && u.iter().all(Scalar::is_exact), "{ctx}");
                    assert!((f64_vector(u) - v.normalize()).amax() < 1e-12, "{ctx}");
                    assert!(
                        d.mistakes
                            .iter()
                            .any(|m| m.name == "divided_by_norm_squared")
                    );
                }
                other => panic!("{ctx}: {other:?}"),
            }
            // Feedback neither hands over the length (the second try would be a division) nor
            // names the solution's d, which the prompt does not define.
            let length = v.norm() as i64;
            for m in &d.mistakes {
                let told = [format!("= {length}"), format!("√{}", length * length)];
                assert!(
                    told.iter().all(|t| !m.message.contains(t.as_str())),
                    "{ctx}: {} tells the length: {}",
                    m.name,
                    m.message
                );
                assert!(
                    !m.message.contains("‖d‖") && !m.message.contains(" d "),
                    "{ctx}: {}",
                    m.message
                );
            }
            if level == 3 {
                assert!(vectors[0].iter().all(|x| x.to_f64().abs() <= 5.0), "{ctx}");
                assert!(
                    d.mistakes.iter().any(|m| m.name == "wrong_direction"),
                    "{ctx}"
                );
            }
        });
    }
}
