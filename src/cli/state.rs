//! What the command line remembers between runs: the exercise `show` printed last of each kind,
//! so that `mathdrill show la.inverse`, `mathdrill show la.rank`, then
//! `mathdrill check la.inverse --answer …` refer to the inverse shown, and the last exercise shown
//! overall (named in the message when a kind has none). Stored in `$MATHDRILL_HOME`, else the
//! platform's data directory: `shown/<kind>.json` per kind and `last.json`.
//!
//! One file per kind, each replaced whole by a rename from a temporary file unique to its writer,
//! so concurrent runs never leave half-written JSON and never lose each other's kinds. Reading
//! opens regular files only (not a FIFO, device or symlink put in their place) and at most
//! [`MAX_BYTES`] of them.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The most that is read of a remembered file; a real one is under 100 bytes.
pub const MAX_BYTES: u64 = 4096;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LastShown {
    pub kind: String,
    pub level: u8,
    pub seed: u64,
}

/// The data directory (created when something is saved).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("MATHDRILL_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home));
    }
    directories::ProjectDirs::from("", "", "mathdrill").map(|d| d.data_dir().to_path_buf())
}

/// A kind id as a file name: kind ids are ASCII letters, digits, `.` and `_`; anything else
/// (which the registry would not have accepted) is not remembered.
fn kind_file(kind: &str) -> Option<String> {
    let safe = !kind.is_empty()
        && !kind.starts_with('.')
        && kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    safe.then(|| format!("{kind}.json"))
}

fn kind_path(kind: &str) -> Option<PathBuf> {
    Some(data_dir()?.join("shown").join(kind_file(kind)?))
}

fn last_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join("last.json"))
}

/// The exercise of `kind` that `show` printed last, if one was remembered and reads.
pub fn load_shown(kind: &str) -> Option<LastShown> {
    read_small_regular(&kind_path(kind)?)
        .and_then(|t| serde_json::from_str::<LastShown>(&t).ok())
        .filter(|l| l.kind == kind)
}

/// The exercise `show` printed last, of any kind.
pub fn load_last() -> Option<LastShown> {
    serde_json::from_str(&read_small_regular(&last_path()?)?).ok()
}

/// Remembers `last` as the last shown of its kind and overall; failing to write is an error the
/// caller reports as a warning.
pub fn save_shown(last: &LastShown) -> Result<()> {
    let text = serde_json::to_string(last)?;
    let kind = kind_path(&last.kind).context("no data directory (set MATHDRILL_HOME)")?;
    write_atomically(&kind, &text)?;
    write_atomically(&last_path().context("no data directory")?, &text)
}

/// The text of `path` when it is a regular file (not followed through a symlink) of at most
/// [`MAX_BYTES`]; `None` otherwise. Checked before opening, so that a FIFO in its place cannot
/// block the open, and again on the open file.
fn read_small_regular(path: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut text = String::new();
    file.take(MAX_BYTES + 1).read_to_string(&mut text).ok()?;
    (text.len() as u64 <= MAX_BYTES).then_some(text)
}

/// Writes `text` to a temporary file that only this writer uses, then renames it over `path`:
/// readers see the old file or the new one, never a mixture.
fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let dir = path.parent().context("no directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("state");
    let (tmp, mut file) = unique_temp(dir, name)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("cannot write {}", path.display()))
}

/// A new file `.<name>.<pid>.<random>.tmp` in `dir`, created exclusively (never an existing one).
fn unique_temp(dir: &Path, name: &str) -> Result<(PathBuf, std::fs::File)> {
    let attempt = || {
        let tmp = dir.join(format!(
            ".{name}.{}.{:016x}.tmp",
            std::process::id(),
            rand::random::<u64>()
        ));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        Ok::<_, std::io::Error>((tmp, file))
    };
    // A clash of random names is next to impossible; a few attempts make it irrelevant.
    let mut result = attempt();
    for _ in 0..3 {
        if result.is_ok() {
            break;
        }
        result = attempt();
    }
    result.with_context(|| format!("cannot create a temporary file in {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_small_regular_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.json");
        std::fs::write(&good, "{}").unwrap();
        assert_eq!(read_small_regular(&good).as_deref(), Some("{}"));
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; MAX_BYTES as usize + 1]).unwrap();
        assert_eq!(read_small_regular(&big), None);
        assert_eq!(read_small_regular(dir.path()), None, "a directory");
        #[cfg(unix)]
        {
            let link = dir.path().join("zero.json");
            std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
            assert_eq!(read_small_regular(&link), None, "a symlink to /dev/zero");
            let fifo = dir.path().join("fifo.json");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                assert_eq!(read_small_regular(&fifo), None, "a FIFO");
            }
        }
    }

    #[test]
    fn kind_ids_become_plain_file_names() {
        assert_eq!(kind_file("la.inverse").as_deref(), Some("la.inverse.json"));
        assert_eq!(kind_file("../x"), None);
        assert_eq!(kind_file("a/b"), None);
        assert_eq!(kind_file(""), None);
    }

    #[test]
    fn atomic_writes_replace_the_file_and_leave_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("x.json");
        write_atomically(&path, "one").unwrap();
        write_atomically(&path, "two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let left: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("x.json")]);
    }
}
