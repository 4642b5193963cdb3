//! How this family writes a partial derivative being taken: the hints and the worked solution,
//! term by term with the rule each term needs, with this problem's expressions.

use super::surface::{Surface, Var};
use crate::engine::Line;
use crate::expr::Value;

/// The lines of ∂/∂v of `f` term by term, each with its rule, ending `name = result`.
pub fn partial_lines(f: &Surface, v: Var, name: &str) -> Vec<Line> {
    let mut lines = vec![Line::text(format!(
        "Hold {} constant and differentiate term by term in {}:",
        v.other().name(),
        v.name()
    ))];
    for (step, rule) in f.partial_steps(v) {
        lines.push(Line::math(step).t(format!("   ({rule})")));
    }
    lines.push(Line::math(format!("{name} = {}", f.partial(v).pretty())));
    lines
}

/// The worked solution of ∂f/∂v as a formula: the terms' derivatives, their sum, and the sum as
/// it is typed.
pub fn partial_solution(f: &Surface, v: Var, expected: &Value) -> Vec<Line> {
    let mut lines = partial_lines(f, v, &super::surface::partial_name(v, None));
    lines.push(Line::new().t("As an answer: ").v(expected.clone()));
    lines
}

/// The first hint on ∂/∂v of `f`: what holding the other variable constant means here, and the
/// chain rule where a term needs it.
pub fn holding_hint(f: &Surface, v: Var) -> String {
    let w = v.other().name();
    let chain = if f.has_chain_in(v) {
        format!(
            " Where {} is inside exp, sin or cos, the chain rule multiplies by the inner \
             expression's derivative.",
            v.name()
        )
    } else {
        String::new()
    };
    format!(
        "Treat {w} as a fixed number: a term without {} has derivative 0, and a factor in {w} \
         stays as a coefficient.{chain}",
        v.name()
    )
}

/// `∂/∂x (3x²y) = 6xy; ∂/∂x (5y²) = 0`: every term's derivative, the last step before the sum.
pub fn terms_hint(f: &Surface, v: Var) -> String {
    let steps: Vec<String> = f.partial_steps(v).into_iter().map(|(s, _)| s).collect();
    format!("Term by term: {}. Add them.", steps.join("; "))
}

/// The hints on ∂f/∂v as a formula.
pub fn partial_hints(f: &Surface, v: Var) -> Vec<String> {
    vec![holding_hint(f, v), terms_hint(f, v)]
}
