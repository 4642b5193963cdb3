//! Export and import: JSON lines, so that two machines' progress can be combined.
//!
//! The first line is the header `{"format":"mathdrill-progress","version":1}`; then one object
//! per session (sessions first, in start order) and per attempt (in time order), each with a
//! `"type"` of `"session"` or `"attempt"` and the model's fields. Review states are not
//! exported: they follow from the attempts (after an import the caller replays the merged
//! attempts through the scheduler and writes them with [`Store::replace_review_states`]).
//!
//! Import reads and validates every line first (an error names the line; nothing is imported
//! when any line is bad), then merges in one transaction, skipping sessions and attempts whose
//! uid the store has: importing twice is importing once, and importing two stores' exports gives
//! their union. Input is bounded: a line over [`MAX_LINE_BYTES`] or a file over
//! [`MAX_IMPORT_BYTES`] is an error, not an allocation.

use super::{Counts, Store, StoreError, attempts, sessions, validate};
use crate::progress::model::{Attempt, Session};
use rusqlite::{Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{BufRead, Read, Write};

/// The header's `format`.
pub const FORMAT: &str = "mathdrill-progress";
/// The header's `version`: the export format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The longest line an import reads (a real one is under 1 KiB).
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// The largest file an import reads.
pub const MAX_IMPORT_BYTES: u64 = 200 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Session(&'a Session),
    Attempt(&'a Attempt),
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Record {
    Session(Session),
    Attempt(Attempt),
}

/// What an import added, and what it skipped because the store had it already.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: Counts,
    pub skipped: Counts,
}

impl Store {
    /// Writes every session and attempt as JSON lines (see the module's doc), from one
    /// consistent snapshot; returns how many of each were written.
    pub fn export(&self, out: &mut dyn Write) -> Result<Counts, StoreError> {
        let snapshot = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)
            .map_err(|e| self.fail(e))?;
        let sessions = self.sessions()?;
        let attempts = self.attempts(&Default::default())?;
        snapshot.finish().map_err(|e| self.fail(e))?;
        let header = Header {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
        };
        let json = |e: serde_json::Error| StoreError::Io(e.into());
        writeln!(out, "{}", serde_json::to_string(&header).map_err(json)?)?;
        for s in &sessions {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&Line::Session(s)).map_err(json)?
            )?;
        }
        for a in &attempts {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&Line::Attempt(a)).map_err(json)?
            )?;
        }
        out.flush()?;
        Ok(Counts {
            sessions: sessions.len(),
            attempts: attempts.len(),
            review_states: 0,
        })
    }

    /// Validates every line of an export, then merges it in one transaction (see the module's
    /// doc). Review states are left as they were.
    pub fn import(&self, input: &mut dyn BufRead) -> Result<Imported, StoreError> {
        let records = read_records(input)?;
        self.write(|tx| {
            let fail = |e| self.fail(e);
            let mut done = Imported::default();
            for (_, r) in &records {
                if let Record::Session(s) = r {
                    let added = sessions::insert_new(tx, s).map_err(fail)?;
                    count(&mut done, added, |c| &mut c.sessions);
                }
            }
            for (line, r) in &records {
                if let Record::Attempt(a) = r {
                    if !attempts::session_exists(tx, &a.session).map_err(fail)? {
                        return Err(StoreError::Import {
                            line: *line,
                            what: format!(
                                "attempt {} belongs to session {}, which is neither in the file \
                                 nor in the store",
                                a.uid, a.session
                            ),
                        });
                    }
                    let added = attempts::insert_new(tx, a).map_err(fail)?;
                    count(&mut done, added, |c| &mut c.attempts);
                }
            }
            Ok(done)
        })
    }
}

fn count(done: &mut Imported, added: bool, field: impl Fn(&mut Counts) -> &mut usize) {
    *field(if added {
        &mut done.added
    } else {
        &mut done.skipped
    }) += 1;
}

/// Every record of an export with its line number, each parsed and validated; the first bad
/// line is the error.
fn read_records(input: &mut dyn BufRead) -> Result<Vec<(usize, Record)>, StoreError> {
    let mut records = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut header = false;
    read_lines(input, |line, text| {
        let bad = |what: String| StoreError::Import { line, what };
        if !header {
            check_header(text).map_err(bad)?;
            header = true;
            return Ok(());
        }
        let record: Record = serde_json::from_str(text).map_err(|e| bad(json_error(&e)))?;
        let (uid, valid) = match &record {
            Record::Session(s) => (&s.uid, validate::session(s)),
            Record::Attempt(a) => (&a.uid, validate::attempt(a)),
        };
        valid.map_err(bad)?;
        if let Some(first) = seen.insert(uid.clone(), line) {
            return Err(bad(format!("uid {uid} repeats line {first}")));
        }
        records.push((line, record));
        Ok(())
    })?;
    if !header {
        return Err(StoreError::Import {
            line: 1,
            what: format!("the file is empty: no {FORMAT} header"),
        });
    }
    Ok(records)
}

fn check_header(text: &str) -> Result<(), String> {
    let not_export = || format!("not a {FORMAT} export (its first line must be its header)");
    let h: Header = serde_json::from_str(text).map_err(|_| not_export())?;
    if h.format != FORMAT {
        return Err(not_export());
    }
    if h.version != FORMAT_VERSION {
        return Err(format!(
            "{FORMAT} version {} (this mathdrill reads version {FORMAT_VERSION}; a newer export \
             needs a newer mathdrill)",
            h.version
        ));
    }
    Ok(())
}

/// serde_json's message without its position: the line is one JSON value, and the line number
/// is given separately.
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => format!("{} (column {})", &text[..i], e.column()),
        None => text,
    }
}

/// Calls `each` with every non-blank line (numbered from 1, without its line ending), reading
/// at most [`MAX_LINE_BYTES`] + 1 bytes per line and [`MAX_IMPORT_BYTES`] in all.
fn read_lines(
    input: &mut dyn BufRead,
    mut each: impl FnMut(usize, &str) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut buf = Vec::new();
    let mut total: u64 = 0;
    for line in 1.. {
        buf.clear();
        let limit = MAX_LINE_BYTES as u64 + 2; // the longest line, "\r\n", and one byte more
        let n = (&mut *input).take(limit).read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        total += n as u64;
        let bad = |what: String| StoreError::Import { line, what };
        if total > MAX_IMPORT_BYTES {
            return Err(bad(format!(
                "the file is over {} MB",
                MAX_IMPORT_BYTES >> 20
            )));
        }
        let text = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.len() > MAX_LINE_BYTES {
            return Err(bad(format!("longer than {} KiB", MAX_LINE_BYTES >> 10)));
        }
        let text = std::str::from_utf8(text).map_err(|_| bad("not UTF-8".into()))?;
        if !text.trim().is_empty() {
            each(line, text)?;
        }
    }
    Ok(())
}
