//! `calc.partial_derivative`: ∂f/∂x or ∂f/∂y of a function f(x, y), as a formula in x and y.
//!
//! Level 1: a polynomial with a mixed term (`3x²y − 2x⁴ + 5y²`). Level 2: a power times exp, sin
//! or cos of a multiple of the other variable (`4x²·sin(3y) + …`). Level 3: exp, sin or cos of
//! k·xy (`2·exp(3xy) + …`). Each function also has a pure power of x and one of y, so neither
//! partial is zero. Checked at random points of [−2, 2]².
//!
//! Named mistakes: the partial with respect to the other variable; the partial with the variable
//! held constant set to zero instead (the product term vanishes); the chain rule's inner
//! derivative left out (levels 2–3, where the asked variable is inside exp/sin/cos).

use super::surface::{Surface, Var, draw_surface, partial_name, xy_formula};
use super::writing::{partial_hints, partial_solution};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::Mistakes;

pub struct PartialDerivative;

/// The function and the variable the partial is taken in.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Surface, Var), GenError> {
    let f = draw_surface(level, rng)?;
    let v = if rng.chance(1, 2) { Var::X } else { Var::Y };
    Ok((f, v))
}

fn build(_level: u8, (f, v): &(Surface, Var)) -> Result<Draft, GenError> {
    let (f, v) = (f, *v);
    let w = v.other();
    let d = f.partial(v);
    let eq = xy_formula();
    let answer = AnswerSpec::with(d.formula()?, eq.clone());
    let name = partial_name(v, None);
    let mut mistakes = Mistakes::under(&answer.expected, &eq);
    mistakes.require(
        "other_variable",
        f.partial(w).formula()?,
        format!(
            "That is ∂f/∂{}, the partial derivative with respect to {}. For {name}, \
             differentiate in {} and hold {} constant.",
            w.name(),
            w.name(),
            v.name(),
            w.name()
        ),
    )?;
    mistakes.optional(
        "other_as_zero",
        d.at_zero(w).formula()?,
        format!(
            "A term that is a product with a factor in {w} has disappeared: holding {w} constant \
             means treating it as a fixed number, not as zero. A factor in {w} stays in the \
             derivative as a constant coefficient.",
            w = w.name()
        ),
    );
    if f.has_chain_in(v) {
        mistakes.optional(
            "missing_inner",
            f.partial_without_inner(v).formula()?,
            format!(
                "The chain rule is incomplete: the derivative of exp, sin or cos of an inner \
                 expression is multiplied by the inner expression's derivative with respect to \
                 {}.",
                v.name()
            ),
        );
    }
    let prompt = vec![
        Line::new()
            .t("Let ")
            .m(format!("f(x, y) = {}", f.pretty()))
            .t("."),
        Line::new()
            .t("Find the partial derivative ")
            .m(name.clone())
            .t(format!(
                " as a formula in x and y (type e to the power 2y as exp(2*y), and products \
                 with *, as in 6*x*y). Differentiate in {} and treat {} as a constant.",
                v.name(),
                w.name()
            )),
    ];
    Ok(Draft {
        prompt,
        solution: partial_solution(f, v, &answer.expected),
        hints: partial_hints(f, v),
        answer,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for PartialDerivative {
    fn id(&self) -> &'static str {
        "calc.partial_derivative"
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
    use crate::expr::{Value, eval_at};

    #[test]
    fn partials_match_central_differences_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &PartialDerivative,
            &[1, 2, 3],
            draw,
            build,
            |level, (f, v), d, case| {
                let (f, v) = (f, *v);
                let Value::Formula(e) = &d.answer.expected else {
                    panic!("{case}: not a formula")
                };
                // Independent: a central difference of f's values at a few points.
                for (x, y) in [(0.37, -1.21), (-0.83, 0.64), (1.52, 1.07)] {
                    let got = eval_at(e, &[("x", x), ("y", y)]).unwrap();
                    assert!(
                        agrees(got, central(f, v, x, y), 1e-6),
                        "{case}: at ({x}, {y})"
                    );
                }
                // Bounds: three terms, coefficients and exponents small.
                assert_eq!(f.terms.len(), 3, "{case}");
                for t in &f.terms {
                    assert!(
                        t.c.abs() <= 5 && t.i <= 4 && t.j <= 4 && t.k.abs() <= 3,
                        "{case}"
                    );
                }
                // The last hint lists every term's derivative: only the sum is left.
                let last = last_hint(d);
                for t in f.partial(v).terms {
                    let one = Surface { terms: vec![t] }.pretty();
                    let one = one.trim_start_matches('−');
                    assert!(last.contains(one), "{case}: {last} lacks {one}");
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["other_variable", "other_as_zero"]);
        seen[1].assert_all(&["other_variable", "other_as_zero", "missing_inner"]);
        seen[2].assert_all(&["other_variable", "other_as_zero", "missing_inner"]);
    }
}
