//! `la.cross_product`: u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁), and the area of the
//! parallelogram spanned by u and v, ‖u × v‖.
//!
//! Level 1: u × v with entries 0..5. Level 2: u × v with entries −6..6.
//! Level 3: the area ‖u × v‖ of the parallelogram, u with entries −4..4 and v chosen among the
//! vectors with entries −3..3 that make the area a positive integer.
//! Every vector has at least two nonzero entries; parallel vectors are redrawn.

use super::helpers::{nonzero_count, norm_steps};
use super::partners::{PartnerTable, dot_ints, is_square, nonzero_ints};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::linalg::common::{
    Mistakes, chain, draw_ints, num, product, value_sum, vector_text,
};
use crate::math::Scalar;
use crate::math::linalg::vector_ops::{cross, dot, norm, norm_squared, scale};
use std::sync::LazyLock;

pub struct CrossProduct;

/// Tries for a level-3 vector u that has a partner v with an integer area.
const TRIES: usize = 40;

/// The index pairs `(j, k)` of component `i` of `u × v = uⱼvₖ − uₖvⱼ`, cyclically.
const PAIRS: [(usize, usize); 3] = [(1, 2), (2, 0), (0, 1)];

/// The steps of component `i`: `u₂v₃ − u₃v₂`, `2·6 − 3·5`, `12 − 15`, `−3` (for `chain`).
fn component_steps(u: &[Scalar], v: &[Scalar], i: usize) -> Vec<String> {
    let (j, k) = PAIRS[i];
    let (a, b) = (u[j] * v[k], u[k] * v[j]);
    vec![
        format!("u{}v{} − u{}v{}", low(j), low(k), low(k), low(j)),
        format!("{} − {}", product(&[u[j], v[k]]), product(&[u[k], v[j]])),
        value_sum(&[a, -b]),
        num(a - b),
    ]
}

/// A 0-based index as a 1-based subscript.
fn low(i: usize) -> String {
    crate::exercises::linalg::common::sub(i + 1)
}

/// Whether the integer 3-vectors `u` and `v` span a parallelogram of positive integer area:
/// `v` has two nonzero entries and `‖u × v‖²` is a positive perfect square (exactly, in
/// integers).
fn integer_area(u: &[i64], v: &[i64]) -> bool {
    let c = [
        u[1] * v[2] - u[2] * v[1],
        u[2] * v[0] - u[0] * v[2],
        u[0] * v[1] - u[1] * v[0],
    ];
    let area_squared = dot_ints(&c, &c);
    nonzero_ints(v) >= 2 && area_squared > 0 && is_square(area_squared)
}

/// The level-3 partners of every u with entries −4..4: the vectors with entries −3..3 that make
/// an [`integer_area`] with it, in grid order. Complete: all 729 × 343 pairs are tested once, so
/// each u has the partners (in the order) the per-problem search had.
static AREA_PARTNERS: LazyLock<PartnerTable> =
    LazyLock::new(|| PartnerTable::new(3, (-4, 4), (-3, 3), integer_area));

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Vec<Scalar>, Vec<Scalar>), GenError> {
    match level {
        1 => Ok((draw_ints(rng, 3, 0, 5), draw_ints(rng, 3, 0, 5))),
        2 => Ok((draw_ints(rng, 3, -6, 6), draw_ints(rng, 3, -6, 6))),
        3 => {
            for _ in 0..TRIES {
                let u = draw_ints(rng, 3, -4, 4);
                if nonzero_count(&u) < 2 {
                    continue;
                }
                let partners = AREA_PARTNERS.partners(&u);
                if !partners.is_empty() {
                    let v = AREA_PARTNERS.vector(*rng.pick(partners));
                    return Ok((u, v));
                }
            }
            Err(GenError::Redraw("no pair with an integer area"))
        }
        l => Err(GenError::Level(l)),
    }
}

impl Exercise for CrossProduct {
    fn id(&self) -> &'static str {
        "la.cross_product"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (u, v) = draw(level, rng)?;
        if nonzero_count(&u) < 2 || nonzero_count(&v) < 2 {
            return Err(GenError::Redraw("a vector is too sparse"));
        }
        let c = cross(&u, &v).ok_or(GenError::Redraw("not 3-vectors"))?;
        if nonzero_count(&c) < 2 {
            return Err(GenError::Redraw(
                "parallel vectors or a trivial cross product",
            ));
        }
        let given = Line::new()
            .m("u = ")
            .v(u.clone())
            .t(",   ")
            .m("v = ")
            .v(v.clone());
        let mut solution = vec![Line::math(
            "u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁): each component leaves out its own \
             index and uses the other two in cyclic order.",
        )];
        for i in 0..3 {
            solution.push(Line::math(chain(
                &format!("(u × v){}", low(i)),
                &component_steps(&u, &v, i),
            )));
        }
        solution.push(Line::new().m("u × v = ").v(c.clone()));
        let first_hint = format!(
            "The first component is u₂v₃ − u₃v₂ = {}.",
            component_steps(&u, &v, 0)[1]
        );
        let middle = component_steps(&u, &v, 1);
        let middle_hint = format!(
            "The middle component is u₃v₁ − u₁v₃ = {} (note the order: it is −(u₁v₃ − u₃v₁)).",
            middle[1]
        );

        if level == 3 {
            let area = norm(&c);
            let answer = AnswerSpec::scalar(area);
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "squared_area",
                norm_squared(&c),
                "That is ‖u × v‖², the squared length. The area is the length itself: take the \
                 square root.",
            )?;
            mistakes.optional(
                "triangle_area",
                area.checked_div(Scalar::int(2)).unwrap_or(area),
                "That is ½‖u × v‖, the area of the triangle with sides u and v. The parallelogram \
                 is twice as large: ‖u × v‖.",
            );
            mistakes.optional(
                "product_of_lengths",
                norm(&u) * norm(&v),
                "That is ‖u‖·‖v‖, which forgets the angle: the area is ‖u‖‖v‖ sin θ = ‖u × v‖.",
            );
            mistakes.optional(
                "cross_vector",
                c.clone(),
                "That is the vector u × v. The area is its length ‖u × v‖, a number.",
            );
            solution.push(Line::math(chain("area = ‖u × v‖", &norm_steps(&c))));
            let prompt = vec![
                Line::text("Find the area of the parallelogram spanned by"),
                given,
                Line::text("Give a number."),
            ];
            let hints = vec![
                "The area of the parallelogram is the length of u × v.".to_string(),
                first_hint,
                format!("u × v = {}: its length is the area.", vector_text(&c)),
            ];
            return Ok(Draft {
                prompt,
                answer,
                solution,
                hints,
                mistakes: mistakes.finish()?,
            });
        }

        let answer = AnswerSpec::entrywise(c.clone());
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "swapped_order",
            scale(-Scalar::ONE, &c),
            "That is v × u = −(u × v): the order matters. Start the first component with u₂v₃, \
             not v₂u₃.",
        )?;
        mistakes.optional(
            "middle_sign",
            vec![c[0], -c[1], c[2]],
            "The middle component has the wrong sign. It is u₃v₁ − u₁v₃ = −(u₁v₃ − u₃v₁): the \
             cofactor expansion subtracts the middle term.",
        );
        mistakes.optional(
            "componentwise_product",
            u.iter().zip(&v).map(|(&a, &b)| a * b).collect::<Vec<_>>(),
            "That multiplies matching entries (u₁v₁, u₂v₂, u₃v₃). Each component of u × v \
             combines the other two indices: (u × v)₁ = u₂v₃ − u₃v₂.",
        );
        mistakes.optional(
            "dot_product",
            dot(&u, &v).unwrap_or(Scalar::ZERO),
            "That is the dot product, a number. The cross product is a vector perpendicular to \
             u and v.",
        );
        solution.push(Line::math(format!(
            "Check: (u × v)·u = {} and (u × v)·v = {}: perpendicular to both ✓",
            num(dot(&c, &u).unwrap_or(Scalar::ONE)),
            num(dot(&c, &v).unwrap_or(Scalar::ONE))
        )));
        let prompt = vec![
            Line::text("Compute the cross product u × v of"),
            given,
            Line::text("Give it as a vector, e.g. [1, -2, 3]."),
        ];
        let hints = vec![
            first_hint,
            middle_hint,
            format!(
                "The last component is u₁v₂ − u₂v₁ = {}.",
                component_steps(&u, &v, 2)[1]
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
    use super::super::super::common::testing::{prompt_vector_pair, soundness};
    use super::super::helpers::exact_isqrt;
    use super::super::partners::{grid_ints, scanned_partners, tabled_partners};
    use super::*;
    use crate::expr::Value;
    use nalgebra::Vector3;

    #[test]
    fn the_table_holds_every_integer_area_partner() {
        // Against the per-problem search the table replaces (exact scalar arithmetic).
        for u in grid_ints(3, -4, 4) {
            let u: Vec<Scalar> = u.into_iter().map(Scalar::int).collect();
            let scanned = scanned_partners(&u, (-3, 3), |u, v| {
                nonzero_count(v) >= 2
                    && cross(u, v)
                        .map(|c| norm_squared(&c))
                        .and_then(|a| a.as_integer())
                        .is_some_and(|a| a > 0 && exact_isqrt(a).is_some())
            });
            assert_eq!(tabled_partners(&AREA_PARTNERS, &u), scanned, "{u:?}");
        }
    }

    #[test]
    fn cross_products_and_areas_are_right() {
        let mut middle = 0;
        soundness(&CrossProduct, &[1, 2, 3], |level, d, ctx| {
            let [u, v] = prompt_vector_pair(d);
            let f = |x: &[Scalar]| Vector3::new(x[0].to_f64(), x[1].to_f64(), x[2].to_f64());
            let reference = f(&u).cross(&f(&v));
            let (lo, hi) = [(0.0, 5.0), (-6.0, 6.0), (-4.0, 4.0)][level as usize - 1];
            assert!(
                u.iter().chain(&v).all(|x| (lo..=hi).contains(&x.to_f64())),
                "{ctx}"
            );
            match &d.answer.expected {
                Value::Vector(c) => {
                    assert!(level < 3, "{ctx}");
                    assert!((f(c) - reference).amax() < 1e-12, "{ctx}");
                    middle += usize::from(d.mistakes.iter().any(|m| m.name == "middle_sign"));
                    // The hints end with the last component substituted.
                    assert!(
                        d.hints.last().unwrap().starts_with("The last component"),
                        "{ctx}"
                    );
                }
                Value::Scalar(area) => {
                    assert_eq!(level, 3, "{ctx}");
                    assert!(area.as_integer().is_some_and(|a| a > 0), "{ctx}");
                    assert!((area.to_f64() - reference.norm()).abs() < 1e-9, "{ctx}");
                    assert!(v.iter().all(|x| x.to_f64().abs() <= 3.0), "{ctx}");
                    let c = reference.map(|x| x.round() as i64);
                    let last = d.hints.last().unwrap();
                    assert!(
                        last.contains(
                            &format!("u × v = ({}, {}, {})", c[0], c[1], c[2]).replace('-', "−")
                        ),
                        "{ctx}: {last}"
                    );
                }
                other => panic!("{ctx}: {other:?}"),
            }
        });
        assert!(middle > 500, "{middle}");
    }
}
