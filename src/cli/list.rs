//! `mathdrill list`: every exercise kind, by area.

use super::style::{DIM, HEAD, paint};
use anyhow::{Result, bail};
use std::io::Write;

pub fn list(area: Option<&str>, json: bool) -> Result<()> {
    let reg = crate::registry();
    let kinds: Vec<_> = reg
        .kinds()
        .filter(|k| area.is_none_or(|a| k.area == a))
        .collect();
    if let Some(a) = area
        && kinds.is_empty()
    {
        let with: Vec<&str> = super::drill_areas().iter().map(|(n, _)| *n).collect();
        bail!(
            "no exercise kinds in area `{a}`; areas with exercises: {}",
            with.join(", ")
        );
    }
    let mut out = anstream::stdout();
    if json {
        let items: Vec<_> = kinds
            .iter()
            .map(|k| {
                let by_level: serde_json::Map<String, serde_json::Value> = k
                    .levels
                    .iter()
                    .filter_map(|&l| Some((l.to_string(), k.answer_at(l)?.into())))
                    .collect();
                serde_json::json!({"id": k.id, "title": k.title, "area": k.area, "topics": k.topics,
                                   "levels": k.levels, "answer": k.answer_summary(),
                                   "answer_by_level": by_level})
            })
            .collect();
        writeln!(out, "{}", serde_json::Value::Array(items))?;
        return Ok(());
    }
    let width = kinds.iter().map(|k| k.id.len()).max().unwrap_or(0);
    let mut current = "";
    for k in kinds {
        if k.area != current {
            current = &k.area;
            writeln!(out, "{}", paint(HEAD, current))?;
        }
        let levels: Vec<String> = k.levels.iter().map(u8::to_string).collect();
        writeln!(
            out,
            "  {:width$}  {}  {}",
            k.id,
            k.title,
            paint(DIM, &format!("levels {}", levels.join(",")))
        )?;
    }
    Ok(())
}
