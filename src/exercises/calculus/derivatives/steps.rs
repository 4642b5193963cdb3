//! The worked solution of a derivative: the rules the symbolic differentiator applied, in
//! order, with this problem's expressions (`product rule: (x²·sin x)' = (x²)'·sin x +
//! x²·(sin x)' = 2x·sin x + x²·cos x`; `chain rule: (sin(x²))' = cos(x²)·(x²)' = 2x·cos(x²)`;
//! `sum rule: (x³ − 2x)' = (x³)' − (2x)' = 3x² − 2`), and the derivative as an answer.

use crate::engine::{Line, Piece};
use crate::exercises::common::{chain, math_line, signed_join};
use crate::expr::{BinOp, Expr, Value};
use crate::math::calculus::symbolic::{Derivation, Rule, pretty, sum_terms};

/// An expression as a factor of a product: in parentheses when it is a sum or difference.
pub fn factor_text(e: &Expr) -> String {
    let s = pretty(e);
    let sum = matches!(
        e,
        Expr::Binary {
            op: BinOp::Add | BinOp::Sub,
            ..
        }
    );
    if sum { format!("({s})") } else { s }
}

/// `(u)'`: the derivative still to be taken, as a solution writes it.
pub fn prime(e: &Expr) -> String {
    format!("({})'", pretty(e))
}

/// One line per rule step (the trivial `(c)' = 0` and `(x)' = 1` left out), the product and
/// quotient rules with their pieces written out, then `f'(x) = …`.
pub fn rule_lines(d: &Derivation) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for s in &d.steps {
        if matches!(s.rule, Rule::Constant | Rule::Variable) {
            continue;
        }
        let middle = match (&s.rule, &s.of) {
            (
                Rule::Product,
                Expr::Binary {
                    op: BinOp::Mul,
                    lhs,
                    rhs,
                    ..
                },
            ) => vec![format!(
                "{}·{} + {}·{}",
                prime(lhs),
                factor_text(rhs),
                factor_text(lhs),
                prime(rhs)
            )],
            (
                Rule::Quotient,
                Expr::Binary {
                    op: BinOp::Div,
                    lhs,
                    rhs,
                    ..
                },
            ) => vec![format!(
                "({}·{} − {}·{})/{}²",
                prime(lhs),
                factor_text(rhs),
                factor_text(lhs),
                prime(rhs),
                paren(rhs)
            )],
            (Rule::Sum | Rule::Difference, sum) => vec![sum_of_primes(sum)],
            (Rule::Chain, _) => match (&s.outer_derivative, s.inner()) {
                (Some(outer), Some(inner)) => {
                    vec![format!("{}·{}", factor_text(outer), prime(inner))]
                }
                _ => vec![],
            },
            _ => vec![],
        };
        let mut sides = middle;
        sides.push(pretty(&s.result));
        let text = chain(&prime(&s.of), &sides);
        let mut line = math_line(&text);
        line.0
            .insert(0, Piece::Text(format!("{}: ", rule_name(s.rule))));
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines
}

/// The sum rule written out: `(x³)' − (2x)' + (1)'`.
fn sum_of_primes(sum: &Expr) -> String {
    let terms: Vec<(bool, String)> = sum_terms(sum)
        .into_iter()
        .map(|(negative, term)| (negative, prime(term)))
        .collect();
    signed_join(&terms)
}

/// A rule's name for prose: the √ rule in words (prose is ASCII in LaTeX).
fn rule_name(rule: Rule) -> String {
    match rule {
        Rule::Sqrt => "derivative of the square root".to_string(),
        Rule::Exp => "derivative of e^x".to_string(),
        _ => rule.name().to_string(),
    }
}

/// An expression in parentheses unless it is a single symbol or number (for `v²`).
fn paren(e: &Expr) -> String {
    match e {
        Expr::Var(_) | Expr::Num(_) | Expr::Const(_) => pretty(e),
        _ => format!("({})", pretty(e)),
    }
}

/// The solution's closing lines: `f'(x) = …` and the answer as typed.
pub fn closing(result: &Expr) -> Vec<Line> {
    vec![
        Line::math(format!("f'(x) = {}", pretty(result))),
        Line::new()
            .t("As an answer: ")
            .v(Value::Formula(result.clone())),
    ]
}
