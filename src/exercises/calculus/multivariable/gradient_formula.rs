//! `calc.gradient_formula`: the gradient ∇f = [∂f/∂x, ∂f/∂y] of f(x, y) as a vector of formulas,
//! checked entry by entry at random points of [−2, 2]² (the feedback names the wrong entry).
//!
//! Level 1: a polynomial with a mixed term. Level 2: a power times exp, sin or cos of a multiple
//! of the other variable. Level 3: exp, sin or cos of k·xy. Each plus pure powers of x and y.
//!
//! Named mistakes: the entries swapped ([∂f/∂y, ∂f/∂x]); one partial with the chain rule's inner
//! derivative left out (levels 2–3); both partials with the variable held constant set to zero.

use super::surface::{Surface, Var, draw_surface, xy_domain};
use super::writing::{holding_hint, partial_lines};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::Mistakes;
use crate::expr::{Expr, Value};

pub struct GradientFormula;

fn draw(level: u8, rng: &mut DrillRng) -> Result<Surface, GenError> {
    draw_surface(level, rng)
}

/// `[first, second]` as a vector-of-formulas value.
fn pair(first: &Surface, second: &Surface) -> Result<Value, GenError> {
    Ok(Value::Formula(Expr::Vector(vec![
        first.expr()?,
        second.expr()?,
    ])))
}

fn build(_level: u8, f: &Surface) -> Result<Draft, GenError> {
    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    let answer = AnswerSpec::formula_vector(vec![fx.expr()?, fy.expr()?], xy_domain())
        .named_entries(vec!["∂f/∂x".into(), "∂f/∂y".into()]);
    let mut mistakes = Mistakes::under(&answer.expected, &answer.equivalence);
    mistakes.require(
        "swapped",
        pair(&fy, &fx)?,
        "The entries are in the wrong order: ∇f lists ∂f/∂x first, then ∂f/∂y.",
    )?;
    // The chain rule's inner derivative forgotten wherever it applies: in one partial at level
    // 2 (the variable inside exp, sin or cos), in both at level 3 (k·xy holds both).
    let chained: Vec<Var> = [Var::X, Var::Y]
        .into_iter()
        .filter(|&v| f.has_chain_in(v))
        .collect();
    if !chained.is_empty() {
        let entry = |v: Var, right: &Surface| {
            if chained.contains(&v) {
                f.partial_without_inner(v)
            } else {
                right.clone()
            }
        };
        let which = match chained.as_slice() {
            [v] => format!("∂f/∂{} misses", v.name()),
            _ => "Both partials miss".to_string(),
        };
        mistakes.optional(
            "missing_inner",
            pair(&entry(Var::X, &fx), &entry(Var::Y, &fy))?,
            format!(
                "{which} the chain rule's inner derivative: exp, sin or cos of an inner \
                 expression is multiplied by the derivative of the inner expression with \
                 respect to the variable of the partial."
            ),
        );
    }
    mistakes.optional(
        "other_as_zero",
        pair(&fx.at_zero(Var::Y), &fy.at_zero(Var::X))?,
        "Terms that are products with a factor in the other variable have disappeared: holding \
         a variable constant means treating it as a fixed number, not as zero.",
    );
    let prompt = vec![
        Line::new()
            .t("Let ")
            .m(format!("f(x, y) = {}", f.pretty()))
            .t("."),
        Line::new()
            .t("Find the gradient ")
            .m("∇f = [∂f/∂x, ∂f/∂y]")
            .t(" as a vector of two formulas in x and y, e.g. [2*x*y, x^2 - 3*exp(y)]."),
    ];
    let mut solution = partial_lines(f, Var::X, "∂f/∂x");
    solution.extend(partial_lines(f, Var::Y, "∂f/∂y"));
    solution.push(Line::new().t("As an answer: ").v(answer.expected.clone()));
    let steps = |v: Var| -> String {
        f.partial_steps(v)
            .into_iter()
            .map(|(s, _)| s)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let hints = vec![
        format!(
            "∂f/∂x: {} ∂f/∂y: the same with the roles of x and y exchanged.",
            holding_hint(f, Var::X)
        ),
        format!(
            "Term by term: {}; and {}. Add each partial's terms and list ∂f/∂x first.",
            steps(Var::X),
            steps(Var::Y)
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

impl Exercise for GradientFormula {
    fn id(&self) -> &'static str {
        "calc.gradient_formula"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::surface::tests::{agrees, central};
    use super::*;
    use crate::engine::check;
    use crate::exercises::common::testing::{Seen, last_hint, soundness_with};
    use crate::expr::eval_at;

    #[test]
    fn gradients_match_central_differences_and_mistakes_are_named() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &GradientFormula,
            &[1, 2, 3],
            draw,
            build,
            |level, f, d, case| {
                let Value::Formula(Expr::Vector(entries)) = &d.answer.expected else {
                    panic!("{case}: not a vector of formulas")
                };
                assert_eq!(entries.len(), 2, "{case}");
                // Independent: central differences of f's values.
                for (x, y) in [(0.37, -1.21), (-0.83, 0.64), (1.52, 1.07)] {
                    for (e, v) in entries.iter().zip([Var::X, Var::Y]) {
                        let got = eval_at(e, &[("x", x), ("y", y)]).unwrap();
                        assert!(
                            agrees(got, central(f, v, x, y), 1e-6),
                            "{case}: at ({x}, {y})"
                        );
                    }
                }
                assert_eq!(f.terms.len(), 3, "{case}");
                // The last hint has every term's derivative of both partials.
                let last = last_hint(d);
                for v in [Var::X, Var::Y] {
                    for (s, _) in f.partial_steps(v) {
                        assert!(last.contains(&s), "{case}: {last} lacks {s}");
                    }
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["swapped", "other_as_zero"]);
        seen[1].assert_all(&["swapped", "other_as_zero", "missing_inner"]);
        seen[2].assert_all(&["swapped", "other_as_zero", "missing_inner"]);
    }

    #[test]
    fn a_wrong_entry_is_named_by_its_partial() {
        let reg = crate::registry();
        let p = reg.generate("calc.gradient_formula", 1, 11).unwrap();
        let Value::Formula(Expr::Vector(entries)) = &p.answer.expected else {
            panic!("not a vector of formulas")
        };
        let typed = format!("[{}, {} + x*y]", entries[0], entries[1]);
        let v = check(&p, &typed).unwrap();
        assert_eq!(v.score, 0.5);
        assert!(
            v.feedback.contains("the second entry, ∂f/∂y, is not"),
            "{}",
            v.feedback
        );
        // Equivalent forms are accepted: the entries typed as a tuple, in another order of terms.
        let typed = format!("({}, {})", entries[0], entries[1]);
        assert!(check(&p, &typed).unwrap().correct);
    }
}
