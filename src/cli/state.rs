//! What the command line remembers between runs: the exercise `show` printed last, so that
//! `mathdrill show la.inverse` then `mathdrill check la.inverse --answer …` refer to it.
//! Stored in `$MATHDRILL_HOME`, else the platform's data directory.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LastShown {
    pub kind: String,
    pub level: u8,
    pub seed: u64,
}

/// The data directory, created on demand.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("MATHDRILL_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home));
    }
    directories::ProjectDirs::from("", "", "mathdrill").map(|d| d.data_dir().to_path_buf())
}

fn last_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join("last.json"))
}

/// The last shown exercise, if any was remembered and the file reads.
pub fn load_last() -> Option<LastShown> {
    let text = std::fs::read_to_string(last_path()?).ok()?;
    serde_json::from_str(&text).ok()
}

/// Remembers `last`; failing to write is an error the caller reports as a warning.
pub fn save_last(last: &LastShown) -> Result<()> {
    let path = last_path().context("no data directory (set MATHDRILL_HOME)")?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_string(last)?)
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
