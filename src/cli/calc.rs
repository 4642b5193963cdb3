//! `mathdrill calc "EXPR"`: the answer language as a calculator.

use super::present;
use crate::expr::{Value, parse, parse_value};
use crate::math::{DISPLAY_DIGITS, Scalar, format_real};
use crate::render;
use anyhow::{Result, bail};
use std::io::Write;

pub fn calc(expr: &str, json: bool) -> Result<()> {
    // A syntax error is "cannot read"; an error of the mathematics (no solution, a singular
    // matrix, division by zero) is "cannot evaluate".
    let what = if parse(expr).is_ok() {
        "evaluate"
    } else {
        "read"
    };
    let value = parse_value(expr)
        .map_err(|e| super::InputError::new(&format!("cannot {what} this expression"), expr, &e))?;
    // A formula is a result only when the input has no free variable of its own: `diff(x^2, x)`
    // binds its x and gives the formula `2*x`; `x + 1` names an unknown x.
    let input_free = parse(expr).map(|e| e.free_vars()).unwrap_or_default();
    if let Value::Formula(f) = &value
        && !input_free.is_empty()
    {
        let names = unknown_names(expr, &f.free_vars());
        let verb = if names.len() == 1 { "is" } else { "are" };
        bail!(
            "`{}` {verb} not defined: the calculator has no variables. It evaluates numbers, vectors \
             and matrices, e.g. `det([1 2; 3 4])`",
            names.join("`, `")
        );
    }
    let mut out = anstream::stdout();
    if json {
        let j = serde_json::json!({"value": present::value_json(&value), "type": present::value_type(&value),
                                   "text": value.to_text()});
        writeln!(out, "{j}")?;
    } else {
        // Every real prints with DISPLAY_DIGITS significant digits, a lone number as the
        // entries of a matrix or the eigenvalues; `--json` has full precision.
        let text = match &value {
            Value::Scalar(Scalar::Real(x)) => format_real(*x, DISPLAY_DIGITS).replace('-', "−"),
            Value::Formula(f) => f.to_string(),
            _ => render::value_block(&value).render(""),
        };
        writeln!(out, "{text}")?;
    }
    Ok(())
}

/// The names the learner typed that the calculator does not know, as typed: the answer language
/// reads `NaN` as N·a·N and `xy` as x·y (formulas multiply single letters), so the free variables
/// alone would report `N`, `a`. A word of the input made only of free variables is reported
/// whole; a free variable inside no such word (`pix` is pi·x) is reported alone.
fn unknown_names(input: &str, free: &std::collections::BTreeSet<String>) -> Vec<String> {
    let is_free = |c: char| free.contains(&c.to_string());
    let mut names: Vec<String> = Vec::new();
    for word in input.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
        if !letters.is_empty()
            && letters.chars().all(is_free)
            && !names.iter().any(|n| n == letters)
        {
            names.push(letters.to_string());
        }
    }
    for v in free {
        if !names.iter().any(|n| n.contains(v.as_str())) {
            names.push(v.clone());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse_value;

    fn unknown(input: &str) -> Vec<String> {
        match parse_value(input).unwrap() {
            Value::Formula(f) => unknown_names(input, &f.free_vars()),
            v => panic!("{input} evaluated to {v:?}"),
        }
    }

    #[test]
    fn unknown_names_are_reported_as_typed() {
        assert_eq!(unknown("mean([1, NaN])"), ["NaN"]);
        assert_eq!(unknown("2*inf"), ["inf"]);
        assert_eq!(unknown("foo + 1"), ["foo"]);
        assert_eq!(unknown("xy + 1"), ["xy"]);
        assert_eq!(unknown("2x + cos(y)"), ["x", "y"]);
        assert_eq!(unknown("pix"), ["x"]);
    }
}
