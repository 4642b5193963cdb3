//! Opening a store: refuse what is not ours without writing to it, then migrate forward.
//!
//! Before SQLite sees a file, it must be absent, empty, or a regular file that starts with
//! SQLite's header; anything else (a directory, a FIFO, a text file, a truncated header) is
//! refused with the file untouched. An SQLite file must then carry mathdrill's application id
//! (or be empty), be of a schema version this build knows, and pass `PRAGMA quick_check`; until
//! it has, closing the connection does not checkpoint, so a refused file keeps its bytes.

use super::schema::{APPLICATION_ID, LATEST, MIGRATIONS};
use super::{BUSY_TIMEOUT, Store, StoreError, classify};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, MAIN_DB, OpenFlags, Transaction, TransactionBehavior};
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::time::{Duration, Instant};

/// The longest pause between two tries to open a store that another process holds.
const MAX_PAUSE: Duration = Duration::from_millis(50);

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An SQLite file is at least its 100-byte header.
const SQLITE_HEADER_LEN: u64 = 100;

impl Store {
    /// Opens or creates the store at `path` (creating its directory), in WAL mode with foreign
    /// keys on and a [`BUSY_TIMEOUT`] wait for other writers, migrating the schema forward.
    /// Never panics and never writes to a file it does not recognise: every refusal is a
    /// [`StoreError`] that says what to do.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with_timeout(path, BUSY_TIMEOUT)
    }

    /// [`Store::open`] with another wait for a lock held by another process.
    ///
    /// The whole wait is bounded by `busy_timeout`, including the races in which SQLite says
    /// "busy" at once instead of waiting: when several processes open a new store together,
    /// switching it to WAL needs a moment when no other connection reads it, and SQLite can
    /// refuse the switch at once instead of waiting for that moment (seen here in about one
    /// start in 40 of eight stores opening a new file together). A refusal for a lock is then
    /// tried again on a new connection, after a pause that doubles from about 1 ms to about
    /// 50 ms, until the time is up.
    pub fn open_with_timeout(path: &Path, busy_timeout: Duration) -> Result<Store, StoreError> {
        let deadline = Instant::now() + busy_timeout;
        let mut pause = Duration::from_millis(1);
        loop {
            match Store::open_once(path, busy_timeout, deadline) {
                Err(StoreError::Locked { .. }) if Instant::now() + pause < deadline => {
                    // Jittered, so that processes that started together do not retry together.
                    std::thread::sleep(pause.mul_f64(rand::random_range(0.5..1.5)));
                    pause = (pause * 2).min(MAX_PAUSE);
                }
                result => return result,
            }
        }
    }

    /// One try of [`Store::open_with_timeout`]: SQLite's own waits end at `deadline`.
    fn open_once(
        path: &Path,
        busy_timeout: Duration,
        deadline: Instant,
    ) -> Result<Store, StoreError> {
        check_file(path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Directory {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| classify(Some(path), busy_timeout, e))?;
        let store = Store {
            conn,
            path: Some(path.to_path_buf()),
            busy_timeout,
        };
        store.prepare(deadline)?;
        Ok(store)
    }

    /// A store that lives as long as the value (for tests and `--no-save` runs that still want
    /// the session's records in memory).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| classify(None, BUSY_TIMEOUT, e))?;
        let store = Store {
            conn,
            path: None,
            busy_timeout: BUSY_TIMEOUT,
        };
        store.prepare(Instant::now() + BUSY_TIMEOUT)?;
        Ok(store)
    }

    /// Checks that the open file is ours and writable, migrates it, then sets the connection up,
    /// waiting for other processes' locks until `deadline` at most. (SQLite's busy timeout
    /// bounds each statement's wait, so it is set to the time left before each step that can
    /// wait.)
    fn prepare(&self, deadline: Instant) -> Result<(), StoreError> {
        let c = &self.conn;
        let fail = |e| self.fail(e);
        let wait_until_deadline = || {
            c.busy_timeout(deadline.saturating_duration_since(Instant::now()))
                .map_err(fail)
        };
        c.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .map_err(fail)?;
        wait_until_deadline()?;
        let version = self.recognise()?;
        if self.path.is_some() && c.is_readonly(MAIN_DB).map_err(fail)? {
            return Err(StoreError::ReadOnly { path: self.shown() });
        }
        if version < LATEST {
            wait_until_deadline()?;
            self.migrate()?;
        }
        if self.path.is_some() {
            wait_until_deadline()?;
            let mode: String = c
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
                .map_err(fail)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::CannotOpen {
                    path: self.shown(),
                    why: format!("journal mode {mode}, not WAL"),
                });
            }
        }
        c.pragma_update(None, "synchronous", "FULL").map_err(fail)?;
        c.pragma_update(None, "foreign_keys", true).map_err(fail)?;
        c.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
            .map_err(fail)?;
        // Each write waits the store's whole timeout.
        c.busy_timeout(self.busy_timeout).map_err(fail)?;
        Ok(())
    }

    /// The schema version of a file that is a mathdrill store of a version this build knows (or
    /// an empty database: version 0); reads only, from one snapshot (another process may be
    /// migrating the file meanwhile).
    fn recognise(&self) -> Result<i64, StoreError> {
        let snapshot = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)
            .map_err(|e| self.fail(e))?;
        let version = self.recognise_in(&snapshot)?;
        snapshot.finish().map_err(|e| self.fail(e))?;
        Ok(version)
    }

    fn recognise_in(&self, c: &Connection) -> Result<i64, StoreError> {
        let fail = |e| self.fail(e);
        let pragma = |name: &str| -> Result<i64, StoreError> {
            c.pragma_query_value(None, name, |r| r.get(0)).map_err(fail)
        };
        let version = pragma("user_version")?;
        let application = pragma("application_id")?;
        let not_ours = |why: String| StoreError::NotAStore {
            path: self.shown(),
            why,
        };
        if application != APPLICATION_ID && application != 0 {
            return Err(not_ours(format!(
                "an SQLite database of another program: application id {application:#x}"
            )));
        }
        let tables: i64 = c
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(fail)?;
        if application == 0 && (version != 0 || tables != 0) {
            return Err(not_ours(format!(
                "an SQLite database of another program: {tables} tables, version {version}, no \
                 mathdrill application id"
            )));
        }
        if version > LATEST {
            return Err(StoreError::Newer {
                path: self.shown(),
                found: version,
                known: LATEST,
            });
        }
        let check: String = c
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(fail)?;
        if check != "ok" {
            return Err(StoreError::Damaged {
                path: self.shown(),
                why: check,
            });
        }
        Ok(version)
    }

    /// Runs the migration steps after the file's version, in one transaction (which re-reads the
    /// version: another process may have migrated it meanwhile).
    fn migrate(&self) -> Result<(), StoreError> {
        self.write(|tx| {
            let fail = |e| self.fail(e);
            let version: i64 = tx
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(fail)?;
            if version > LATEST {
                return Err(StoreError::Newer {
                    path: self.shown(),
                    found: version,
                    known: LATEST,
                });
            }
            for step in &MIGRATIONS[version.max(0) as usize..] {
                tx.execute_batch(step).map_err(fail)?;
            }
            tx.pragma_update(None, "user_version", LATEST)
                .map_err(fail)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(fail)?;
            Ok(())
        })
    }

    fn shown(&self) -> String {
        super::error::shown(self.path.as_deref())
    }
}

/// Refuses, before SQLite opens it, a path that cannot be a store: a directory, something other
/// than a regular file, or a file too short for or not starting with SQLite's header. An absent
/// or empty file is fine (a new store).
fn check_file(path: &Path) -> Result<(), StoreError> {
    let shown = path.display().to_string();
    let not_ours = |why: &str| StoreError::NotAStore {
        path: shown.clone(),
        why: why.into(),
    };
    let meta = match std::fs::metadata(path) {
        // Absent, or under a file where a directory should be (creating the directory says so).
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            return Ok(());
        }
        Err(source) => {
            return Err(StoreError::Unreadable {
                path: shown,
                source,
            });
        }
        Ok(meta) => meta,
    };
    if meta.is_dir() {
        return Err(StoreError::IsDirectory { path: shown });
    }
    if !meta.is_file() {
        return Err(not_ours("not a regular file"));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    if meta.len() < SQLITE_HEADER_LEN {
        return Err(not_ours("too short for an SQLite database"));
    }
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|source| StoreError::Unreadable {
            path: shown.clone(),
            source,
        })?;
    if &head != SQLITE_HEADER {
        return Err(not_ours("not an SQLite database"));
    }
    Ok(())
}
