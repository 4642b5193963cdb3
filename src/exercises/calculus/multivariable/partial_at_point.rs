//! `calc.partial_at_point`: the number ∂f/∂x (a, b) or ∂f/∂y (a, b); at level 3 the mixed
//! second partial ∂²f/∂x∂y (a, b) = ∂/∂x (∂f/∂y) at (a, b).
//!
//! Level 1: a polynomial with a mixed term at a point with coordinates in ±1..±3. Level 2: a power
//! times exp, sin or cos of a multiple of the other variable, at a point where that variable is
//! 0 (so the value is an integer). Level 3: a polynomial with two mixed terms, at a point with
//! coordinates in ±1..±2. Exact integers throughout.
//!
//! Named mistakes: the other partial at the point; f(a, b) itself; at level 3 the first partial
//! only (one differentiation) and the pure second partial ∂²f/∂y².

use super::surface::{
    Surface, Term, Var, coefficient, draw_point, draw_surface, partial_name, point_text,
};
use super::writing::{holding_hint, partial_lines};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num, signed_join};
use crate::math::Scalar;

pub struct PartialAtPoint;

/// The function, the variable of the (last) differentiation, and the point.
struct Params {
    f: Surface,
    v: Var,
    point: (i64, i64),
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let f = match level {
        1 | 2 => draw_surface(level, rng)?,
        3 => {
            let (m, n) = (rng.int(1, 3) as u32, rng.int(1, 2) as u32);
            let (p, q) = (rng.int(1, 2) as u32, rng.int(2, 3) as u32);
            let f = Surface::new([
                Term::power(coefficient(rng, 5, false), m, n),
                Term::power(coefficient(rng, 4, false), p, q),
                Term::power(coefficient(rng, 5, false), rng.int(2, 4) as u32, 0),
            ]);
            if f.terms.len() < 3 {
                return Err(GenError::Redraw("terms collected"));
            }
            f
        }
        l => return Err(GenError::Level(l)),
    };
    let v = if rng.chance(1, 2) { Var::X } else { Var::Y };
    let point = draw_point(&[&f], if level == 3 { 2 } else { 3 }, rng)?;
    Ok(Params { f, v, point })
}

/// `∂f/∂y (2, −1) = −12 + 0 + 8 = −4`: the terms' values at the point, then their sum.
fn at_point(name: &str, g: &Surface, (x, y): (i64, i64)) -> (String, Scalar) {
    let values = g.term_values(x, y);
    let total = values.iter().fold(Scalar::ZERO, |s, &t| s + t);
    let shown: Vec<(bool, String)> = values
        .iter()
        .map(|t| (t.to_f64() < 0.0, num(t.abs())))
        .collect();
    let sum = if values.len() > 1 {
        format!("{} = {}", signed_join(&shown), num(total))
    } else {
        num(total)
    };
    (format!("{name}{} = {sum}", point_text(x, y)), total)
}

fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let Params { f, v, point } = p;
    let (v, (a, b)) = (*v, *point);
    let first = f.partial(v);
    let mixed = level == 3;
    // At level 3: ∂²f/∂x∂y = ∂/∂x (∂f/∂y), with v = y the first variable.
    let w = v.other();
    let target = if mixed {
        first.partial(w)
    } else {
        first.clone()
    };
    let name = if mixed {
        partial_name(v, Some(w))
    } else {
        partial_name(v, None)
    };
    let value = target.value_at(a, b);
    let answer = AnswerSpec::scalar(value);
    if value.is_zero() {
        return Err(GenError::Redraw("the answer is 0"));
    }
    let at = point_text(a, b);
    let mut mistakes = Mistakes::new(&answer.expected);
    if mixed {
        mistakes.require(
            "first_partial_only",
            first.value_at(a, b),
            format!(
                "That is {}{at}, the first partial only: differentiate it once more, in {}.",
                partial_name(v, None),
                w.name()
            ),
        )?;
        mistakes.require(
            "pure_second",
            first.partial(v).value_at(a, b),
            format!(
                "That is {}{at}: both differentiations were in {}. The mixed partial \
                 differentiates once in {} and once in {}.",
                partial_name(v, Some(v)),
                v.name(),
                v.name(),
                w.name()
            ),
        )?;
    } else {
        mistakes.require(
            "other_partial",
            f.partial(w).value_at(a, b),
            format!(
                "That is {}{at}, the partial derivative with respect to {}. Differentiate in {} \
                 and hold {} constant.",
                partial_name(w, None),
                w.name(),
                v.name(),
                w.name()
            ),
        )?;
    }
    mistakes.optional(
        "value_of_f",
        f.value_at(a, b),
        format!(
            "That is f{at}, the value of f itself: differentiate first, then put in the point."
        ),
    );
    let prompt = vec![
        Line::new()
            .t("Let ")
            .m(format!("f(x, y) = {}", f.pretty()))
            .t("."),
        Line::new().t("Find ").m(format!("{name}{at}")).t(if mixed {
            format!(
                ", the mixed second partial: differentiate f in {}, then the result in {}, \
                     then put in the point.",
                v.name(),
                w.name()
            )
        } else {
            ", the partial derivative at the point, as a number.".to_string()
        }),
    ];
    let mut solution = partial_lines(f, v, &partial_name(v, None));
    if mixed {
        solution.extend(partial_lines(&first, w, &name));
    }
    let (line, _) = at_point(&name, &target, (a, b));
    solution.push(Line::math(line));
    let formula_hint = if mixed {
        format!(
            "{} = {}; now hold {} constant and differentiate it in {}.",
            partial_name(v, None),
            first.pretty(),
            v.name(),
            w.name()
        )
    } else {
        holding_hint(f, v)
    };
    let hints = vec![
        formula_hint,
        format!(
            "{name} = {}. At {at} its terms are {}: add them.",
            target.pretty(),
            target
                .term_values(a, b)
                .iter()
                .map(|&t| num(t))
                .collect::<Vec<_>>()
                .join(", ")
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

impl Exercise for PartialAtPoint {
    fn id(&self) -> &'static str {
        "calc.partial_at_point"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::surface::tests::{agrees, central};
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};

    #[test]
    fn values_match_central_differences_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &PartialAtPoint,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, case| {
                let (x, y) = (p.point.0 as f64, p.point.1 as f64);
                let got = answer_f64(d);
                assert!(d.answer.expected.as_scalar().unwrap().is_exact(), "{case}");
                // Independent: central differences of f's f64 values (nested for the mixed one).
                let want = if level == 3 {
                    let h = 1e-4;
                    let w = p.v.other();
                    let fv = p.f.partial(p.v);
                    // ∂/∂w of the symbolic first partial by a difference, and the first partial
                    // itself against a difference of f.
                    assert!(
                        agrees(fv.value(x, y), central(&p.f, p.v, x, y), 1e-6),
                        "{case}"
                    );
                    let (dx, dy) = match w {
                        Var::X => (h, 0.0),
                        Var::Y => (0.0, h),
                    };
                    (central(&p.f, p.v, x + dx, y + dy) - central(&p.f, p.v, x - dx, y - dy))
                        / (2.0 * h)
                } else {
                    central(&p.f, p.v, x, y)
                };
                assert!(agrees(got, want, 1e-5), "{case}: {got} against {want}");
                let m = if level == 3 { 2 } else { 3 };
                assert!(p.point.0.abs() <= m && p.point.1.abs() <= m, "{case}");
                assert!(last_hint(d).ends_with(": add them."), "{case}");
                assert!(
                    last_hint(d).contains(&p.f.partial(p.v).pretty()) || level == 3,
                    "{case}"
                );
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_all(&["other_partial", "value_of_f"]);
        seen[1].assert_all(&["other_partial", "value_of_f"]);
        seen[2].assert_all(&["first_partial_only", "pure_second", "value_of_f"]);
    }
}
