//! `mathdrill calc "EXPR"`: the answer language as a calculator.

use super::present;
use crate::expr::parse_value;
use crate::render;
use anyhow::{Result, anyhow};
use std::io::Write;

pub fn calc(expr: &str, json: bool) -> Result<()> {
    let value = parse_value(expr).map_err(|e| anyhow!("{}", e.render(expr)))?;
    let mut out = anstream::stdout();
    if json {
        let j = serde_json::json!({"value": present::value_json(&value), "type": present::value_type(&value),
                                   "text": value.to_text()});
        writeln!(out, "{j}")?;
    } else {
        writeln!(out, "{}", render::value_block(&value).render(""))?;
    }
    Ok(())
}
