//! Presenting a problem: the header, prompt, answer format, solution, in text, LaTeX, Markdown
//! and JSON. Shared by `show`, `solve`, `hint`, `check` and the drill.

use super::args::Format;
use crate::engine::{Equivalence, Problem};
use crate::expr::{Expr, Value, greek_name};
use crate::render;
use serde_json::{Value as Json, json};

/// What kind of answer is expected and how to type it.
pub fn answer_format(p: &Problem) -> String {
    let e = &p.answer.expected;
    match (&p.answer.equivalence, e) {
        (Equivalence::Integer, _) => "an integer".into(),
        (Equivalence::Direction(_), Value::Vector(v)) => {
            format!(
                "a vector of length {} (any nonzero multiple), e.g. {}",
                v.len(),
                example_matrix(1, v.len())
            )
        }
        (Equivalence::Span(_), _) => {
            "a basis, as a set of vectors: {[1, 0, 2], [0, 1, -1]} (any basis of the subspace)"
                .into()
        }
        (Equivalence::UnorderedSet(_), _) => {
            "the values in any order, e.g. {1, 3} (repeat a repeated value)".into()
        }
        (Equivalence::Interval(_), _) => "an interval (low, high), e.g. (0.12, 0.48)".into(),
        (Equivalence::Formulas { vars, .. }, Value::Formula(f)) => {
            let names: Vec<&str> = vars.iter().map(|d| d.var.as_str()).collect();
            let within = names.join(", ");
            match f {
                Expr::Matrix(rows) => format!(
                    "a {}×{} matrix of formulas in {within}, row by row, e.g. [[2*y, 2*x], [1, 0]]",
                    rows.len(),
                    rows.first().map_or(0, Vec::len)
                ),
                Expr::Vector(items) => format!(
                    "a vector of {} formulas in {within}, e.g. [2*x*y, x^2 - 1]",
                    items.len()
                ),
                _ => format!("formulas in {within}, in brackets"),
            }
        }
        (Equivalence::Formula { vars, .. } | Equivalence::Antiderivative { vars, .. }, _) => {
            let names: Vec<&str> = vars.iter().map(|d| d.var.as_str()).collect();
            let v = names.first().copied().unwrap_or("x");
            let spelled: Vec<String> = names
                .iter()
                .filter_map(|n| {
                    let mut cs = n.chars();
                    let letter = cs.next().filter(|_| cs.next().is_none())?;
                    greek_name(letter).map(|name| format!("{n} may be typed as {name}"))
                })
                .collect();
            let spelled = if spelled.is_empty() {
                String::new()
            } else {
                format!("; {}", spelled.join(", "))
            };
            format!(
                "a formula in {}, e.g. 3*{v}^2 - 2*{v} + 1{spelled}",
                names.join(", ")
            )
        }
        (_, Value::Scalar(_)) => {
            "a number: integer, fraction (3/4), decimal (0.75) or expression (sqrt(2)/2)".into()
        }
        (_, Value::Vector(v)) => format!(
            "a vector of length {}, e.g. {}",
            v.len(),
            example_matrix(1, v.len())
        ),
        (_, Value::Matrix(m)) => {
            let (r, c) = if m.nrows() <= 4 && m.ncols() <= 4 {
                (m.nrows(), m.ncols())
            } else {
                (2, 2)
            };
            let first_row = example_matrix(1, c);
            let nested = if r == 1 {
                format!("[{first_row}]")
            } else {
                format!("[{first_row}, …]")
            };
            format!(
                "a {}×{} matrix, row by row, e.g. {} or {nested}",
                m.nrows(),
                m.ncols(),
                example_rows(r, c),
            )
        }
        (_, Value::Bool(_)) => "yes or no".into(),
        (_, Value::Choice(_)) => "a letter".into(),
        (_, other) => other.describe(),
    }
}

/// Example entries 1, −2, 3, −4, …, row by row.
fn example_entries(rows: usize, cols: usize) -> Vec<Vec<String>> {
    (0..rows)
        .map(|i| {
            (0..cols)
                .map(|j| {
                    let k = i * cols + j + 1;
                    if k.is_multiple_of(2) {
                        format!("-{k}")
                    } else {
                        k.to_string()
                    }
                })
                .collect()
        })
        .collect()
}

/// An example in bracket syntax: `[1, -2, 3]` for one row, `[[1, -2], [3, -4]]` for more.
fn example_matrix(rows: usize, cols: usize) -> String {
    let rows: Vec<String> = example_entries(rows, cols)
        .into_iter()
        .map(|r| format!("[{}]", r.join(", ")))
        .collect();
    if rows.len() == 1 {
        rows[0].clone()
    } else {
        format!("[{}]", rows.join(", "))
    }
}

/// An example in semicolon syntax: `[1 -2; 3 -4]`.
fn example_rows(rows: usize, cols: usize) -> String {
    let rows: Vec<String> = example_entries(rows, cols)
        .into_iter()
        .map(|r| r.join(" "))
        .collect();
    format!("[{}]", rows.join("; "))
}

/// `la.inverse · level 1 · seed 4127`
pub fn header(p: &Problem) -> String {
    format!("{} · level {} · seed {}", p.kind, p.level, p.seed)
}

/// The canonical answer as text that `check` accepts.
pub fn canonical_answer(p: &Problem) -> String {
    p.answer.canonical_text()
}

/// Lines for the terminal, indented and fitted to its width.
pub fn fitted(lines: &[crate::engine::Line], indent: &str) -> String {
    render::fit(lines, indent, render::terminal_width())
}

/// Prose for the terminal, wrapped to its width after `first`, later lines indented by `rest`.
pub fn wrapped(text: &str, first: &str, rest: &str) -> String {
    render::wrap(text, render::terminal_width(), first, rest)
}

/// The answer as displayed (typeset, possibly several lines), indented by `indent`.
pub fn answer_block(p: &Problem, indent: &str) -> String {
    fitted(
        &[crate::engine::Line::new()
            .m("Answer: ")
            .v(p.answer.expected.clone())],
        indent,
    )
}

/// `show` in a text-like format.
pub fn show_doc(p: &Problem, format: Format) -> String {
    match format {
        Format::Latex => format!("% {}\n{}", header(p), render::latex(&p.prompt)),
        Format::Markdown => format!("**{}**\n\n{}", header(p), render::markdown(&p.prompt)),
        _ => format!(
            "{}\n{}\n{}",
            header(p),
            fitted(&p.prompt, "  "),
            wrapped(&answer_format(p), "Answer format: ", "  ")
        ),
    }
}

/// `solve` in a text-like format.
pub fn solve_doc(p: &Problem, format: Format) -> String {
    let answer = canonical_answer(p);
    match format {
        Format::Latex => format!(
            "{}\n\n\\paragraph{{Answer}} ${}$\n\n\\paragraph{{Solution}}\n{}",
            show_doc(p, format),
            p.answer.expected.to_latex(),
            render::latex(&p.solution)
        ),
        Format::Markdown => format!(
            "{}\n\n**Answer:** ${}$\n\n**Solution**\n\n{}",
            show_doc(p, format),
            p.answer.expected.to_latex(),
            render::markdown(&p.solution)
        ),
        _ => format!(
            "{}\n\nAnswer: {answer}\n\nSolution\n{}",
            show_doc(p, format),
            fitted(&p.solution, "  ")
        ),
    }
}

/// `show --json`: `{id, level, seed, prompt, latex, answer_format}`.
pub fn show_json(p: &Problem) -> Json {
    json!({
        "id": p.kind,
        "level": p.level,
        "seed": p.seed,
        "prompt": render::lines(&p.prompt, ""),
        "latex": render::latex(&p.prompt),
        "answer_format": answer_format(p),
    })
}

/// `solve --json`: show's fields plus `{answer, steps}` (and the steps in LaTeX).
pub fn solve_json(p: &Problem) -> Json {
    let mut j = show_json(p);
    j["answer"] = json!(canonical_answer(p));
    j["answer_latex"] = json!(p.answer.expected.to_latex());
    j["steps"] = json!(
        p.solution
            .iter()
            .map(|l| render::lines(std::slice::from_ref(l), ""))
            .collect::<Vec<_>>()
    );
    j["steps_latex"] = json!(
        p.solution
            .iter()
            .map(|l| render::latex(std::slice::from_ref(l)))
            .collect::<Vec<_>>()
    );
    j
}

/// A value as JSON for `calc --json`: full-precision numbers, matrices as arrays of rows.
pub fn value_json(v: &Value) -> Json {
    let num = |s: &crate::math::Scalar| -> Json {
        let x = s.to_f64();
        serde_json::Number::from_f64(x)
            .map_or_else(|| json!(crate::math::format_real(x, 17)), Json::Number)
    };
    match v {
        Value::Scalar(s) => num(s),
        Value::Vector(xs) => Json::Array(xs.iter().map(num).collect()),
        Value::Matrix(m) => Json::Array(
            m.rows()
                .map(|r| Json::Array(r.iter().map(num).collect()))
                .collect(),
        ),
        Value::Set(items) | Value::Tuple(items) => {
            Json::Array(items.iter().map(value_json).collect())
        }
        Value::Bool(b) => json!(b),
        Value::Choice(c) => json!(c.to_string()),
        Value::Complex { re, im } => json!({"re": re, "im": im}),
        Value::Formula(e) => json!(e.to_string()),
    }
}

/// The type name reported by `calc --json`.
pub fn value_type(v: &Value) -> &'static str {
    match v {
        Value::Scalar(_) => "number",
        Value::Vector(_) => "vector",
        Value::Matrix(_) => "matrix",
        Value::Set(_) => "set",
        Value::Tuple(_) => "tuple",
        Value::Bool(_) => "bool",
        Value::Choice(_) => "choice",
        Value::Complex { .. } => "complex",
        Value::Formula(_) => "formula",
    }
}
