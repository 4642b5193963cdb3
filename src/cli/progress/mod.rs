//! `mathdrill progress [AREA|KIND] [--json]`: what the learner has done, from the progress store;
//! `--export FILE` / `--import FILE` (JSON lines; import merges, skipping what is already there)
//! and `--reset [KIND]` (asks first on a terminal; `--yes` otherwise).

mod report;
pub(super) mod text;

use super::clock;
use super::input::confirm;
use super::record::{self, store_path};
use crate::exercises::common::plural;
use crate::progress::{AttemptFilter, Store};
use anyhow::{Context, Result, bail};
use std::io::{BufReader, Write};
use std::path::PathBuf;

/// What `mathdrill progress` was asked to do.
#[derive(Debug, Clone)]
pub struct ProgressArgs {
    pub filter: Option<String>,
    pub json: bool,
    pub export: Option<PathBuf>,
    pub import: Option<PathBuf>,
    /// `--reset` (everything, or the filter's kind) or `--reset KIND`.
    pub reset: Option<Option<String>>,
    pub yes: bool,
}

pub fn progress(args: &ProgressArgs) -> Result<()> {
    let now = clock::now_ms()?;
    let store = match store_path() {
        Some(path) if path.exists() || args.import.is_some() => {
            Store::open(&path).with_context(|| "cannot use the progress store".to_string())?
        }
        // Nothing recorded yet: an empty report, without creating the store.
        _ => Store::open_in_memory()?,
    };
    if let Some(file) = &args.export {
        return export(&store, file);
    }
    if let Some(file) = &args.import {
        return import(&store, file);
    }
    if let Some(kind) = &args.reset {
        return reset(&store, kind.as_deref().or(args.filter.as_deref()), args.yes);
    }
    let keep = filter(args.filter.as_deref())?;
    let catalog = crate::registry().catalog();
    let report = report::gather(
        args.filter.clone(),
        &*keep,
        &store.attempts(&AttemptFilter::default())?,
        &store.review_states()?,
        &store.sessions()?,
        catalog,
        now,
    );
    let mut out = anstream::stdout();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        text::print(&report, &mut out)?;
    }
    Ok(())
}

/// Whether a kind id is kept in the report.
type KindFilter = Box<dyn Fn(&str) -> bool>;

/// Which kinds a filter keeps: an area (`linalg`), a kind (`la.inverse`), or everything.
fn filter(f: Option<&str>) -> Result<KindFilter> {
    let Some(f) = f.map(|f| f.trim().to_string()) else {
        return Ok(Box::new(|_| true));
    };
    let reg = crate::registry();
    if let Some(area) = reg.kinds().find(|k| k.area == f).map(|k| k.area.clone()) {
        return Ok(Box::new(move |kind| {
            reg.catalog().get(kind).is_some_and(|k| k.area == area)
        }));
    }
    if reg.catalog().get(&f).is_some() {
        return Ok(Box::new(move |kind| kind == f));
    }
    let areas: Vec<&str> = super::drill_areas().iter().map(|(a, _)| *a).collect();
    bail!(
        "`{f}` is neither an area ({}) nor an exercise kind (`mathdrill list` shows them)",
        areas.join(", ")
    )
}

fn export(store: &Store, file: &PathBuf) -> Result<()> {
    let counts = if file.as_os_str() == "-" {
        store.export(&mut std::io::stdout().lock())?
    } else {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(file)
                .with_context(|| format!("cannot create {}", file.display()))?,
        );
        let counts = store.export(&mut f)?;
        f.flush()?;
        counts
    };
    eprintln!(
        "exported {} in {}",
        plural(counts.attempts, "answer"),
        plural(counts.sessions, "session")
    );
    Ok(())
}

/// Merges a file written by `--export`, then recomputes every review state from the merged
/// history (two machines' answers interleave in time).
fn import(store: &Store, file: &PathBuf) -> Result<()> {
    let f = std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
    let imported = store.import(&mut BufReader::new(f))?;
    let all = store.attempts(&AttemptFilter::default())?;
    let states = record::scheduler()?.replay(&all)?;
    store.replace_review_states(&states)?;
    println!(
        "imported {} in {} ({} already here)",
        plural(imported.added.attempts, "answer"),
        plural(imported.added.sessions, "session"),
        plural(imported.skipped.attempts, "answer")
    );
    Ok(())
}

fn reset(store: &Store, kind: Option<&str>, yes: bool) -> Result<()> {
    if let Some(k) = kind
        && crate::registry().catalog().get(k).is_none()
    {
        bail!("`{k}` is not an exercise kind (`mathdrill list` shows them)");
    }
    let what = kind.map_or("all recorded progress".to_string(), |k| {
        format!("the progress recorded for {k}")
    });
    if !yes && !confirm(&format!("Delete {what}? This cannot be undone. [y/N] "))? {
        bail!("nothing was deleted: confirm on a terminal, or add --yes");
    }
    let removed = store.reset(kind)?;
    println!(
        "deleted {} and {}",
        plural(removed.attempts, "answer"),
        plural(removed.review_states, "review state")
    );
    Ok(())
}
