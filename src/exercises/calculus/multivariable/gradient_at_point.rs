//! `calc.gradient_at_point`: the gradient at a point and what it tells.
//!
//! Level 1: ∇f(a, b) as a vector, f a polynomial with a mixed term, coordinates in ±1..±3.
//! Level 2: the directional derivative ∇f(a, b)·u along the unit vector u of a direction
//! v = (p, q) with integer length (3-4-5, 5-12-13), f a power times exp, sin or cos of a multiple
//! of the other variable at a point where that variable is 0: an exact fraction.
//! Level 3: the rate of change in the direction of steepest descent, −‖∇f(a, b)‖ (f decreases
//! fastest along −∇f, at the rate ‖∇f‖), f = exp, sin or cos of k·xy plus powers: exact
//! `−√s` (or an integer).
//!
//! Named mistakes: the entries swapped (level 1; at level 2 the partials paired with the wrong
//! components of u), the variable held constant set to zero (level 1), v not normalised
//! (level 2), the sign of steepest descent (+‖∇f‖) and ‖∇f‖² without the root (level 3).

use super::surface::{Surface, Var, draw_point, draw_surface, point_text};
use super::writing::partial_lines;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num};
use crate::math::Scalar;

pub struct GradientAtPoint;

struct Params {
    f: Surface,
    point: (i64, i64),
    /// The direction v (level 2) and its length.
    direction: Option<(i64, i64, i64)>,
}

/// Directions with an integer length: (p, q, ‖(p, q)‖).
const DIRECTIONS: [(i64, i64, i64); 4] = [(3, 4, 5), (4, 3, 5), (5, 12, 13), (12, 5, 13)];

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    if !(1..=3).contains(&level) {
        return Err(GenError::Level(level));
    }
    let f = draw_surface(level, rng)?;
    let point = draw_point(&[&f], 3, rng)?;
    let direction = (level == 2).then(|| {
        let (p, q, n) = *rng.pick(&DIRECTIONS);
        (p * rng.sign(), q * rng.sign(), n)
    });
    Ok(Params {
        f,
        point,
        direction,
    })
}

fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    let (a, b) = p.point;
    let f = &p.f;
    let at = point_text(a, b);
    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    let (gx, gy) = (fx.value_at(a, b), fy.value_at(a, b));
    if gx.is_zero() || gy.is_zero() {
        return Err(GenError::Redraw("a partial is 0 at the point"));
    }
    let mut solution = partial_lines(f, Var::X, "∂f/∂x");
    solution.extend(partial_lines(f, Var::Y, "∂f/∂y"));
    let gradient = format!("∇f{at} = ({}, {})", num(gx), num(gy));
    solution.push(Line::math(gradient.clone()));
    let intro = Line::new()
        .t("Let ")
        .m(format!("f(x, y) = {}", f.pretty()))
        .t(".");
    let first_hint = "First the two partial derivatives: ∂f/∂x with y held constant, ∂f/∂y with \
                      x held constant; then put in the point."
        .to_string();
    let (prompt, answer, hints, mistakes) = match (level, p.direction) {
        (1, _) => {
            let answer = AnswerSpec::entrywise(vec![gx, gy]);
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "swapped",
                vec![gy, gx],
                "The entries are in the wrong order: ∇f lists ∂f/∂x first, then ∂f/∂y.",
            )?;
            mistakes.optional(
                "other_as_zero",
                vec![
                    fx.at_zero(Var::Y).value_at(a, b),
                    fy.at_zero(Var::X).value_at(a, b),
                ],
                "A term that is a product with a factor in the other variable has disappeared: \
                 holding a variable constant means treating it as a fixed number, not as zero.",
            );
            let prompt = vec![
                intro,
                Line::new()
                    .t("Find the gradient ")
                    .m(format!("∇f{at}"))
                    .t(", a vector [∂f/∂x, ∂f/∂y] of numbers."),
            ];
            let hints = vec![
                first_hint,
                format!(
                    "∂f/∂x = {} and ∂f/∂y = {}: put in x = {}, y = {}.",
                    fx.pretty(),
                    fy.pretty(),
                    num(Scalar::int(a)),
                    num(Scalar::int(b))
                ),
            ];
            (prompt, answer, hints, mistakes)
        }
        (2, Some((vp, vq, n))) => {
            let u = (Scalar::frac(vp, n), Scalar::frac(vq, n));
            let value = gx * u.0 + gy * u.1;
            let answer = AnswerSpec::scalar(value);
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "not_normalised",
                gx * Scalar::int(vp) + gy * Scalar::int(vq),
                "That is ∇f·v with v itself, whose length is not 1: the directional derivative \
                 uses the unit vector u = v/‖v‖.",
            )?;
            mistakes.optional(
                "swapped",
                gy * u.0 + gx * u.1,
                "The partials are paired with the wrong components: ∂f/∂x goes with the first \
                 component of u, ∂f/∂y with the second.",
            );
            let v_text = point_text(vp, vq);
            let prompt = vec![
                intro,
                Line::new()
                    .t("Find the directional derivative of f at ")
                    .m(at.clone())
                    .t(" in the direction of ")
                    .m(format!("v = {v_text}"))
                    .t(": the rate of change of f per unit of distance moved that way."),
            ];
            solution.push(Line::math(format!(
                "‖v‖ = √({}² + {}²) = {n},  u = v/‖v‖ = ({}, {})",
                paren(Scalar::int(vp)),
                paren(Scalar::int(vq)),
                num(u.0),
                num(u.1)
            )));
            solution.push(Line::math(format!(
                "∇f{at}·u = {}·{} + {}·{} = {}",
                num(gx),
                paren(u.0),
                paren(gy),
                paren(u.1),
                num(value)
            )));
            let hints = vec![
                format!(
                    "{first_hint} The directional derivative is ∇f·u with u the unit vector \
                     along v."
                ),
                format!(
                    "{gradient} and u = v/‖v‖ = ({}, {}): take the dot product.",
                    num(u.0),
                    num(u.1)
                ),
            ];
            (prompt, answer, hints, mistakes)
        }
        (3, _) => {
            let s = gx * gx + gy * gy;
            let Some(whole) = s.as_integer() else {
                return Err(GenError::Redraw("‖∇f‖² is not an integer"));
            };
            let (outside, inside) = square_part(whole);
            let root = (inside == 1).then_some(outside);
            let norm = match root {
                Some(r) => Scalar::int(r),
                None => Scalar::Real(s.to_f64().sqrt()),
            };
            let mut answer = AnswerSpec::scalar(-norm);
            if root.is_none() {
                answer = answer.exact_as(match outside {
                    1 => format!("-sqrt({inside})"),
                    m => format!("-{m}*sqrt({inside})"),
                });
            }
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "ascent_sign",
                norm,
                "That is the rate along +∇f, the direction of steepest ascent, where f grows \
                 fastest. Steepest descent is along −∇f: f decreases there.",
            )?;
            mistakes.optional(
                "squared_norm",
                -s,
                "That is −‖∇f‖², the squared length: the rate along the unit vector −∇f/‖∇f‖ is \
                 −‖∇f‖, with the square root.",
            );
            let prompt = vec![
                intro,
                Line::new().t("At ").m(at.clone()).t(
                    ", find the rate of change of f in the direction of steepest descent \
                        (per unit of distance; negative, since f decreases).",
                ),
            ];
            let root_text = match (root, outside) {
                (Some(r), _) => format!("{r}"),
                (None, 1) => format!("√{inside}"),
                (None, m) => format!("√{} = {m}√{inside}", num(s)),
            };
            solution.push(Line::math(format!(
                "‖∇f{at}‖ = √({}² + {}²) = {root_text}",
                paren(gx),
                paren(gy)
            )));
            solution.push(Line::text(
                "f decreases fastest along −∇f, and its rate of change there is ∇f·(−∇f/‖∇f‖):",
            ));
            let last = match root {
                Some(_) => format!("−‖∇f{at}‖ = {}", num(-norm)),
                None => format!("−‖∇f{at}‖ = −{root_text} = {}", num(-norm)),
            };
            solution.push(Line::math(last));
            let hints = vec![
                format!(
                    "{first_hint} Along the unit vector −∇f/‖∇f‖ the rate of change is \
                     ∇f·(−∇f/‖∇f‖) = −‖∇f‖."
                ),
                format!("{gradient}: its length with a minus sign is the rate."),
            ];
            (prompt, answer, hints, mistakes)
        }
        _ => return Err(GenError::Level(level)),
    };
    if level == 1 {
        solution.push(Line::new().t("As an answer: ").v(answer.expected.clone()));
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// A number in a product: negative ones in parentheses, `(−3/5)`.
fn paren(x: Scalar) -> String {
    if x.to_f64() < 0.0 {
        format!("({})", num(x))
    } else {
        num(x)
    }
}

/// `s = m²·r` with `r` square-free (`80 = 4²·5`): `(m, r)`, so that `√s = m√r`. For `s ≥ 1`;
/// the search is bounded by √s (s is at most a few thousand here).
fn square_part(s: i64) -> (i64, i64) {
    let mut m = 1;
    let mut k = 2;
    while k * k <= s {
        if s % (k * k) == 0 {
            m = k;
        }
        k += 1;
    }
    (m, s / (m * m))
}

impl Exercise for GradientAtPoint {
    fn id(&self) -> &'static str {
        "calc.gradient_at_point"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::surface::tests::{agrees, central};
    use super::*;
    use crate::exercises::common::testing::{Seen, last_hint, soundness_with};
    use crate::expr::Value;

    #[test]
    fn square_factors_come_out_of_the_root() {
        assert_eq!(square_part(80), (4, 5));
        assert_eq!(square_part(72), (6, 2));
        assert_eq!(square_part(49), (7, 1));
        assert_eq!(square_part(13), (1, 13));
        assert_eq!(square_part(1), (1, 1));
    }

    #[test]
    fn gradients_match_central_differences_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &GradientAtPoint,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, case| {
                let (x, y) = (p.point.0 as f64, p.point.1 as f64);
                // Independent: central differences of f's f64 values, then the formula of the level
                // written directly in f64.
                let g = [central(&p.f, Var::X, x, y), central(&p.f, Var::Y, x, y)];
                let want: Vec<f64> = match level {
                    1 => g.to_vec(),
                    2 => {
                        let (vp, vq, _) = p.direction.unwrap();
                        let len = ((vp * vp + vq * vq) as f64).sqrt();
                        vec![(g[0] * vp as f64 + g[1] * vq as f64) / len]
                    }
                    _ => vec![-g[0].hypot(g[1])],
                };
                let got: Vec<f64> = match &d.answer.expected {
                    Value::Vector(xs) => xs.iter().map(|x| x.to_f64()).collect(),
                    Value::Scalar(s) => vec![s.to_f64()],
                    other => panic!("{case}: {other:?}"),
                };
                assert_eq!(got.len(), want.len(), "{case}");
                for (g, w) in got.iter().zip(&want) {
                    assert!(agrees(*g, *w, 1e-6), "{case}: {g} against {w}");
                }
                assert!(p.point.0.abs() <= 3 && p.point.1.abs() <= 3, "{case}");
                // The last hint holds the gradient at the point (level 1: the partials' formulas).
                let last = last_hint(d);
                if level == 1 {
                    assert!(
                        last.contains(&p.f.partial(Var::X).pretty()),
                        "{case}: {last}"
                    );
                } else {
                    assert!(last.contains("∇f("), "{case}: {last}");
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["swapped", "other_as_zero"]);
        seen[1].assert_exactly(&["not_normalised", "swapped"]);
        seen[2].assert_exactly(&["ascent_sign", "squared_norm"]);
    }
}
