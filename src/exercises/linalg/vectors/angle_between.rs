//! `la.angle_between`: the angle θ between two vectors, from cos θ = u·v / (‖u‖‖v‖).
//!
//! Built backwards from the angle: a "nice" angle (30°, 45°, 60°, 90°, 120°, 135°, 150°, whose
//! cosine is 0, ±1/2, ±√2/2 or ±√3/2) is chosen first, then a small integer vector u, then v among
//! all small integer vectors that make exactly that angle with u (u is redrawn if there is none).
//! Level 1: 2-vectors with entries −5..5, θ ∈ {45°, 90°, 135°} (the only nice angles in the
//! integer plane), answer in degrees.
//! Level 2: 3-vectors with entries −3..3, any nice angle, answer in degrees.
//! Level 3: 3-vectors with entries −3..3 or 4-vectors with entries −2..2, any nice angle, answer
//! in radians.

use super::helpers::{cosine_work, denominator, nonzero_count, root_text};
use super::partners::{PartnerTable, dot_ints, nonzero_ints};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{Mistakes, chain, draw_ints, num};
use crate::math::Scalar;
use crate::math::linalg::vector_ops::{cosine_similarity, dot, norm_squared};
use std::sync::LazyLock;

pub struct AngleBetween;

/// An angle whose cosine has a closed form.
struct NiceAngle {
    degrees: i64,
    /// `4·cos²θ`, an integer 0..3.
    four_cos_squared: i64,
    cos_text: &'static str,
    radians_text: &'static str,
    /// The angle in radians in the answer language: the exact canonical answer at level 3.
    radians_answer: &'static str,
}

const fn nice(
    degrees: i64,
    four_cos_squared: i64,
    cos_text: &'static str,
    (radians_text, radians_answer): (&'static str, &'static str),
) -> NiceAngle {
    NiceAngle {
        degrees,
        four_cos_squared,
        cos_text,
        radians_text,
        radians_answer,
    }
}

const ANGLES: [NiceAngle; 7] = [
    nice(30, 3, "√3/2", ("π/6", "pi/6")),
    nice(45, 2, "√2/2", ("π/4", "pi/4")),
    nice(60, 1, "1/2", ("π/3", "pi/3")),
    nice(90, 0, "0", ("π/2", "pi/2")),
    nice(120, 1, "−1/2", ("2π/3", "2pi/3")),
    nice(135, 2, "−√2/2", ("3π/4", "3pi/4")),
    nice(150, 3, "−√3/2", ("5π/6", "5pi/6")),
];

impl NiceAngle {
    /// Whether the integer vectors `u` and `v` make exactly this angle: `4(u·v)² =
    /// 4cos²θ·‖u‖²‖v‖²` with the sign of `u·v` matching the sign of `cos θ` (all in integers:
    /// exact).
    fn between(&self, u: &[i64], v: &[i64]) -> bool {
        let (d, uu, vv) = (dot_ints(u, v), dot_ints(u, u), dot_ints(v, v));
        let sign_ok = match self.degrees {
            90 => d == 0,
            deg if deg < 90 => d > 0,
            _ => d < 0,
        };
        sign_ok && uu > 0 && vv > 0 && 4 * d * d == self.four_cos_squared * uu * vv
    }
    fn radians(&self) -> f64 {
        (self.degrees as f64).to_radians()
    }
}

/// The vector sizes of the levels: (dimension, entry bound).
const SHAPES: [(usize, i64); 3] = [(2, 5), (3, 3), (4, 2)];

/// For each shape of [`SHAPES`] and each angle of [`ANGLES`] (in their orders), the partners of
/// every `u` of the grid: the candidates `v` (entries within the bound, at least two nonzero)
/// that make exactly that angle with `u`. Complete: every pair of the two grids is tested once,
/// with the exact integer test [`NiceAngle::between`], so a `u` has the same partners, in the
/// same order, as the per-problem search of the grid had.
/// Built per shape on first use (a level-1 problem does not build the 4-vector tables).
static TABLES: [LazyLock<Vec<PartnerTable>>; 3] = [
    LazyLock::new(|| shape_tables(SHAPES[0])),
    LazyLock::new(|| shape_tables(SHAPES[1])),
    LazyLock::new(|| shape_tables(SHAPES[2])),
];

/// The tables of one shape, one per angle of [`ANGLES`].
fn shape_tables((dim, bound): (usize, i64)) -> Vec<PartnerTable> {
    ANGLES
        .iter()
        .map(|a| {
            PartnerTable::new(dim, (-bound, bound), (-bound, bound), |u, v| {
                nonzero_ints(v) >= 2 && a.between(u, v)
            })
        })
        .collect()
}

/// Tries for a vector u that makes the chosen angle with some candidate v.
const TRIES: usize = 40;

fn draw(
    level: u8,
    rng: &mut DrillRng,
) -> Result<(&'static NiceAngle, Vec<Scalar>, Vec<Scalar>), GenError> {
    let (dim, bound) = match level {
        1 => (2, 5),
        2 => (3, 3),
        3 if rng.chance(1, 2) => (3, 3),
        3 => (4, 2),
        l => return Err(GenError::Level(l)),
    };
    // In the plane, cos²θ of integer vectors is never 1/4 or 3/4 (tan θ would be ±√3).
    let angles: Vec<&NiceAngle> = ANGLES
        .iter()
        .filter(|a| dim > 2 || a.four_cos_squared % 2 == 0)
        .collect();
    let angle = *rng.pick(&angles);
    let shape = SHAPES.iter().position(|&s| s == (dim, bound));
    let which = ANGLES.iter().position(|a| a.degrees == angle.degrees);
    let (Some(shape), Some(which)) = (shape, which) else {
        return Err(GenError::Redraw("no table for this shape"));
    };
    let table = &TABLES[shape][which];
    for _ in 0..TRIES {
        let u = draw_ints(rng, dim, -bound, bound);
        if nonzero_count(&u) < 2 {
            continue;
        }
        let partners = table.partners(&u);
        if !partners.is_empty() {
            let v = table.vector(*rng.pick(partners));
            return Ok((angle, u, v));
        }
    }
    Err(GenError::Redraw("no vector pair with this angle"))
}

impl Exercise for AngleBetween {
    fn id(&self) -> &'static str {
        "la.angle_between"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (angle, u, v) = draw(level, rng)?;
        let radians = level == 3;
        let d = dot(&u, &v).ok_or(GenError::Redraw("length mismatch"))?;
        let (uu, vv) = (norm_squared(&u), norm_squared(&v));
        let cosine = cosine_similarity(&u, &v).ok_or(GenError::Redraw("zero vector"))?;
        let in_unit = |deg: f64| {
            if radians {
                Scalar::Real(deg.to_radians())
            } else {
                Scalar::Real(deg)
            }
        };
        let expected = if radians {
            Scalar::Real(angle.radians())
        } else {
            Scalar::int(angle.degrees)
        };
        let answer = AnswerSpec::scalar(expected).in_unit(if radians {
            crate::engine::Unit::Radians
        } else {
            crate::engine::Unit::Degrees
        });
        let answer = if radians {
            answer.exact_as(angle.radians_answer)
        } else {
            answer
        };
        let unit = if radians { "radians" } else { "degrees" };

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "cos_instead_of_angle",
            cosine,
            format!(
                "That is cos θ, not the angle. θ is the angle whose cosine this is: take its \
                 arccos, in {unit}."
            ),
        )?;
        if radians {
            mistakes.require(
                "degrees_instead_of_radians",
                Scalar::int(angle.degrees),
                "That is θ in degrees. The question asks for radians: multiply by π/180 (a \
                 multiple of pi such as 3pi/7 is fine).",
            )?;
        } else {
            mistakes.require(
                "radians_instead_of_degrees",
                Scalar::Real(angle.radians()),
                "That is θ in radians. The question asks for degrees: multiply by 180/π.",
            )?;
        }
        mistakes.optional(
            "wrong_sign_of_cosine",
            in_unit(180.0 - angle.degrees as f64),
            format!(
                "That is the supplementary angle. The sign of u·v = {} decides: positive gives an \
                 acute angle, negative an obtuse one.",
                num(d)
            ),
        );
        if let Some(raw) = d.as_integer().filter(|x| x.abs() <= 1) {
            mistakes.optional(
                "forgot_norms",
                in_unit((raw as f64).acos().to_degrees()),
                "That takes arccos(u·v) without dividing by the lengths: cos θ = u·v/(‖u‖‖v‖).",
            );
        }

        let unit_text = if radians {
            "Give θ in radians: a multiple of pi such as 3pi/7, or a decimal."
        } else {
            "Give θ in degrees, as a number."
        };
        let prompt = vec![
            Line::text("Find the angle θ between"),
            Line::new()
                .m("u = ")
                .v(u.clone())
                .t(" and ")
                .m("v = ")
                .v(v.clone()),
            Line::text(unit_text),
        ];
        let norm_product = uu * vv;
        let cos_steps = vec![
            format!("{}/({}·{})", num(d), root_text(uu), root_text(vv)),
            format!("{}/{}", num(d), denominator(&root_text(norm_product))),
            angle.cos_text.to_string(),
        ];
        let last = if radians {
            Line::math(format!(
                "θ = arccos({}) = {}° = {} = {}",
                angle.cos_text,
                angle.degrees,
                angle.radians_text,
                num(expected)
            ))
        } else {
            Line::new()
                .m(format!(
                    "θ = arccos({}) = {}",
                    angle.cos_text,
                    num(expected)
                ))
                .t(" degrees")
        };
        let mut solution = cosine_work(&u, &v);
        solution.extend([Line::math(chain("cos θ", &cos_steps)), last]);
        let hints = vec![
            format!("u·v = {}.", num(d)),
            format!(
                "‖u‖‖v‖ = √({}·{}) = {}.",
                num(uu),
                num(vv),
                root_text(norm_product)
            ),
            format!("cos θ = {}: which angle has this cosine?", angle.cos_text),
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
    use super::super::super::common::testing::{f64_vector, prompt_vector_pair, soundness};
    use super::super::partners::{grid_ints, scanned_partners, tabled_partners};
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn angles_are_right_nice_and_varied() {
        let mut seen: BTreeMap<(u8, i64), usize> = BTreeMap::new();
        soundness(&AngleBetween, &[1, 2, 3], |level, d, ctx| {
            let [u, v] = prompt_vector_pair(d);
            let reference = f64_vector(&u).angle(&f64_vector(&v));
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            let degrees = if level == 3 {
                assert!((got - reference).abs() < 1e-9, "{ctx}");
                got.to_degrees()
            } else {
                assert!((got.to_radians() - reference).abs() < 1e-9, "{ctx}");
                got
            };
            let rounded = degrees.round() as i64;
            assert!((degrees - rounded as f64).abs() < 1e-6, "{ctx}");
            assert!(ANGLES.iter().any(|a| a.degrees == rounded), "{ctx}");
            let (dims, bound) = match level {
                1 => (&[2][..], 5.0),
                2 => (&[3][..], 3.0),
                _ => (&[3, 4][..], 3.0),
            };
            assert!(dims.contains(&u.len()) && u.len() == v.len(), "{ctx}");
            assert!(
                f64_vector(&u).amax() <= bound && f64_vector(&v).amax() <= bound,
                "{ctx}"
            );
            *seen.entry((level, rounded)).or_default() += 1;
        });
        // Every allowed angle occurs at every level.
        for level in 1..=3u8 {
            for a in &ANGLES {
                let allowed = level > 1 || [45, 90, 135].contains(&a.degrees);
                let count = seen.get(&(level, a.degrees)).copied().unwrap_or(0);
                assert_eq!(
                    count > 20,
                    allowed,
                    "level {level}, {}°: {count}",
                    a.degrees
                );
            }
        }
    }

    #[test]
    fn feedback_names_the_slip_not_the_angle() {
        soundness(&AngleBetween, &[1, 3], |level, d, ctx| {
            let got = d.answer.expected.as_scalar().unwrap().to_f64();
            let degrees = if level == 3 { got.to_degrees() } else { got }.round() as i64;
            let angle = ANGLES.iter().find(|a| a.degrees == degrees).unwrap();
            assert_eq!(d.answer.exact.is_some(), level == 3, "{ctx}");
            for m in &d.mistakes {
                assert!(
                    !m.message.contains(angle.radians_text)
                        && !m.message.contains(&format!("{degrees}°"))
                        && !m.message.contains(&format!("arccos({})", angle.cos_text)),
                    "{ctx}: {} gives the angle away: {}",
                    m.name,
                    m.message
                );
            }
        });
    }

    #[test]
    fn nice_angles_are_recognised() {
        let (u, v) = ([1, 1, 0], [0, 1, 1]);
        assert!(ANGLES[2].between(&u, &v));
        assert!(!ANGLES[4].between(&u, &v));
        assert!(ANGLES[3].between(&[1, 2], &[-2, 1]));
        assert!(!ANGLES[3].between(&[0, 0], &[-2, 1]));
    }

    /// The cosine of u and v from f64 arithmetic, compared with the angle's: an independent
    /// check of the integer test.
    fn makes_angle(a: &NiceAngle, u: &[Scalar], v: &[Scalar]) -> bool {
        f64_vector(u).angle(&f64_vector(v)).to_degrees().round() as i64 == a.degrees
            && (f64_vector(u).angle(&f64_vector(v)) - a.radians()).abs() < 1e-9
    }

    #[test]
    fn tables_hold_every_partner_of_the_grid_search() {
        // Against the per-problem search the tables replace, with the angle recognised in f64:
        // every u of every shape for the two small shapes, every 7th u of the 4-vectors.
        for (shape, &(dim, bound)) in SHAPES.iter().enumerate() {
            let step = if dim == 4 { 7 } else { 1 };
            for (k, u) in grid_ints(dim, -bound, bound).iter().enumerate() {
                if k % step != 0 {
                    continue;
                }
                let u: Vec<Scalar> = u.iter().map(|&x| Scalar::int(x)).collect();
                for (which, a) in ANGLES.iter().enumerate() {
                    let table = &TABLES[shape][which];
                    let scanned = scanned_partners(&u, (-bound, bound), |u, v| {
                        nonzero_count(u) > 0 && nonzero_count(v) >= 2 && makes_angle(a, u, v)
                    });
                    assert_eq!(
                        tabled_partners(table, &u),
                        scanned,
                        "{u:?} at {}°",
                        a.degrees
                    );
                }
            }
        }
    }
}
