//! `calc.jacobian`: the Jacobian matrix of (f, g)(x, y) at a point (levels 1–2), the Hessian of
//! f at a point (level 3); exact integer matrices.
//!
//! Convention (stated in the prompt): row i of the Jacobian is the gradient of the i-th
//! function, J = [[∂f/∂x, ∂f/∂y], [∂g/∂x, ∂g/∂y]] (numpy/torch's `jacobian` too); the Hessian is
//! H = [[∂²f/∂x², ∂²f/∂x∂y], [∂²f/∂y∂x, ∂²f/∂y²]], symmetric.
//!
//! Level 1: two polynomials with a mixed term, point coordinates in ±1..±2. Level 2: each a
//! power times exp, sin or cos of a multiple of the other variable plus powers, at a point where
//! the inner variables are 0. Level 3: the Hessian of exp, sin or cos of k·xy plus powers, at a
//! point where x or y is 0.
//!
//! Named mistakes: the transpose (rows as variables: columns as the gradients), the rows in the
//! other order (levels 1–2); the mixed partials with the wrong sign and the mixed partials left
//! out (level 3).

use super::surface::{Surface, Var, draw_point, draw_surface, point_text};
use super::writing::partial_lines;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num};
use crate::math::{Matrix, Scalar};

pub struct Jacobian;

struct Params {
    /// f, and g for a Jacobian (levels 1–2).
    f: Surface,
    g: Option<Surface>,
    point: (i64, i64),
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let f = draw_surface(level, rng)?;
    let g = match level {
        1 | 2 => Some(draw_surface(level, rng)?),
        _ => None,
    };
    let fs: Vec<&Surface> = [Some(&f), g.as_ref()].into_iter().flatten().collect();
    let point = draw_point(&fs, if level == 1 { 2 } else { 3 }, rng)?;
    Ok(Params { f, g, point })
}

/// The 2×2 matrix of four values.
fn matrix(rows: [[Scalar; 2]; 2]) -> Result<Matrix, GenError> {
    Matrix::from_rows(rows.iter().map(|r| r.to_vec()).collect())
        .ok_or(GenError::Redraw("not a matrix"))
}

fn build(_level: u8, p: &Params) -> Result<Draft, GenError> {
    let (a, b) = p.point;
    let at = point_text(a, b);
    let f = &p.f;
    let value = |s: &Surface| s.value_at(a, b);
    let (draft_prompt, answer, mut solution, hints, mistakes) = match &p.g {
        Some(g) => {
            let d = |s: &Surface, v: Var| value(&s.partial(v));
            let j = [[d(f, Var::X), d(f, Var::Y)], [d(g, Var::X), d(g, Var::Y)]];
            let jm = matrix(j)?;
            let answer = AnswerSpec::entrywise(jm.clone());
            let mut mistakes = Mistakes::new(&answer.expected);
            mistakes.require(
                "transpose",
                jm.transpose(),
                "That is the transpose: its rows are the variables. Each row of the Jacobian is \
                 the gradient of one function: row 1 is [∂f/∂x, ∂f/∂y], row 2 is [∂g/∂x, ∂g/∂y].",
            )?;
            mistakes.optional(
                "rows_swapped",
                matrix([j[1], j[0]])?,
                "The rows are in the wrong order: row 1 belongs to f, the first function, and \
                 row 2 to g.",
            );
            let prompt = vec![
                Line::new()
                    .t("Let ")
                    .m(format!("f(x, y) = {}", f.pretty()))
                    .t(" and ")
                    .m(format!("g(x, y) = {}", g.pretty()))
                    .t("."),
                Line::new()
                    .t("Find the Jacobian matrix of ")
                    .m("(f, g)")
                    .t(" at ")
                    .m(at.clone())
                    .t(": row 1 is ")
                    .m("[∂f/∂x, ∂f/∂y]")
                    .t(", row 2 is ")
                    .m("[∂g/∂x, ∂g/∂y]")
                    .t("."),
            ];
            let mut solution = Vec::new();
            for (s, n) in [(f, "f"), (g, "g")] {
                for v in [Var::X, Var::Y] {
                    let name = format!("∂{n}/∂{}", v.name());
                    let lines = partial_lines(s, v, &name);
                    solution.extend(lines);
                    solution.push(Line::math(format!("{name}{at} = {}", num(d(s, v)))));
                }
            }
            let hints = vec![
                "Four partial derivatives: f and g, each in x (y held constant) and in y (x held \
                 constant); then put in the point."
                    .to_string(),
                format!(
                    "At {at}: ∂f/∂x = {}, ∂f/∂y = {}, ∂g/∂x = {}, ∂g/∂y = {}. Put each \
                     function's gradient in its row.",
                    num(j[0][0]),
                    num(j[0][1]),
                    num(j[1][0]),
                    num(j[1][1])
                ),
            ];
            (prompt, answer, solution, hints, mistakes)
        }
        None => {
            let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
            let (fxx, fxy, fyy) = (fx.partial(Var::X), fx.partial(Var::Y), fy.partial(Var::Y));
            let h = [[value(&fxx), value(&fxy)], [value(&fxy), value(&fyy)]];
            if h[0][1].is_zero() {
                return Err(GenError::Redraw("no mixed partial at the point"));
            }
            let answer = AnswerSpec::entrywise(matrix(h)?);
            let mut mistakes = Mistakes::new(&answer.expected);
            let m = -h[0][1];
            mistakes.require(
                "mixed_sign",
                matrix([[h[0][0], m], [m, h[1][1]]])?,
                "The mixed partials ∂²f/∂x∂y = ∂²f/∂y∂x have the wrong sign: check the sign \
                 that the chain rule (or the derivative of cos) brings.",
            )?;
            mistakes.require(
                "missing_mixed",
                matrix([[h[0][0], Scalar::ZERO], [Scalar::ZERO, h[1][1]]])?,
                "The off-diagonal entries are the mixed partials ∂²f/∂x∂y = ∂²f/∂y∂x: \
                 differentiate ∂f/∂x in y (holding x constant). They are not 0 here.",
            )?;
            let prompt = vec![
                Line::new()
                    .t("Let ")
                    .m(format!("f(x, y) = {}", f.pretty()))
                    .t("."),
                Line::new()
                    .t("Find the Hessian matrix of f at ")
                    .m(at.clone())
                    .t(": row 1 is ")
                    .m("[∂²f/∂x², ∂²f/∂x∂y]")
                    .t(", row 2 is ")
                    .m("[∂²f/∂y∂x, ∂²f/∂y²]")
                    .t("."),
            ];
            let mut solution = partial_lines(f, Var::X, "∂f/∂x");
            solution.extend(partial_lines(f, Var::Y, "∂f/∂y"));
            solution.extend(partial_lines(&fx, Var::X, "∂²f/∂x²"));
            solution.extend(partial_lines(&fx, Var::Y, "∂²f/∂y∂x"));
            solution.extend(partial_lines(&fy, Var::Y, "∂²f/∂y²"));
            solution.push(Line::math(format!(
                "At {at}: ∂²f/∂x² = {}, ∂²f/∂y∂x = ∂²f/∂x∂y = {}, ∂²f/∂y² = {}",
                num(h[0][0]),
                num(h[0][1]),
                num(h[1][1])
            )));
            let hints = vec![
                format!(
                    "First ∂f/∂x = {} and ∂f/∂y = {}; then differentiate each again in x and \
                     in y.",
                    fx.pretty(),
                    fy.pretty()
                ),
                format!(
                    "∂²f/∂x² = {}, ∂²f/∂x∂y = {}, ∂²f/∂y² = {}: put in the point.",
                    fxx.pretty(),
                    fxy.pretty(),
                    fyy.pretty()
                ),
            ];
            (prompt, answer, solution, hints, mistakes)
        }
    };
    solution.push(Line::new().t("As an answer: ").v(answer.expected.clone()));
    Ok(Draft {
        prompt: draft_prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for Jacobian {
    fn id(&self) -> &'static str {
        "calc.jacobian"
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
    fn matrices_match_central_differences_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(&Jacobian, &[1, 2, 3], draw, build, |level, p, d, case| {
            let (x, y) = (p.point.0 as f64, p.point.1 as f64);
            let Value::Matrix(m) = &d.answer.expected else {
                panic!("{case}: not a matrix")
            };
            assert!(m.is_exact(), "{case}");
            // Independent: central differences of f64 values (nested for the Hessian).
            let want = match &p.g {
                Some(g) => [
                    [central(&p.f, Var::X, x, y), central(&p.f, Var::Y, x, y)],
                    [central(g, Var::X, x, y), central(g, Var::Y, x, y)],
                ],
                None => {
                    let h = 1e-4;
                    let fx = |x: f64, y: f64| central(&p.f, Var::X, x, y);
                    let fy = |x: f64, y: f64| central(&p.f, Var::Y, x, y);
                    let xx = (fx(x + h, y) - fx(x - h, y)) / (2.0 * h);
                    let xy = (fx(x, y + h) - fx(x, y - h)) / (2.0 * h);
                    let yx = (fy(x + h, y) - fy(x - h, y)) / (2.0 * h);
                    let yy = (fy(x, y + h) - fy(x, y - h)) / (2.0 * h);
                    [[xx, xy], [yx, yy]]
                }
            };
            for (i, row) in want.iter().enumerate() {
                for (j, w) in row.iter().enumerate() {
                    let got = m.get(i, j).to_f64();
                    assert!(agrees(got, *w, 1e-4), "{case}: ({i},{j}) {got} against {w}");
                }
            }
            let bound = if level == 1 { 2 } else { 3 };
            assert!(
                p.point.0.abs() <= bound && p.point.1.abs() <= bound,
                "{case}"
            );
            assert!(last_hint(d).contains(&format!("= {}", num(m.get(0, 0)))) || level == 3);
            if level == 3 {
                let fxy = p.f.partial(Var::X).partial(Var::Y).pretty();
                assert!(last_hint(d).contains(&fxy), "{case}");
            }
            seen[level as usize - 1].note(d);
        });
        seen[0].assert_exactly(&["transpose", "rows_swapped"]);
        seen[1].assert_exactly(&["transpose", "rows_swapped"]);
        seen[2].assert_exactly(&["mixed_sign", "missing_mixed"]);
    }
}
