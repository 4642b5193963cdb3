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
    if let Value::Formula(f) = &value {
        let names: Vec<String> = f.free_vars().into_iter().collect();
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
            _ => render::value_block(&value).render(""),
        };
        writeln!(out, "{text}")?;
    }
    Ok(())
}
