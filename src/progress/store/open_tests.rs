//! Opening: a new store, an empty file, and every file that must be refused (compared byte for
//! byte before and after: SQLite may add `-wal`/`-shm` files beside it, never change it).

use super::schema::{APPLICATION_ID, LATEST};
use super::testing::{attempt, session};
use super::{AttemptFilter, Store, StoreError};
use rand::RngExt;
use rusqlite::Connection;
use std::path::Path;
use std::time::Duration;

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Opens `path`, which must be refused with a message containing each of `needles`, leaving the
/// file's bytes as they were.
fn refused(path: &Path, needles: &[&str]) -> StoreError {
    let before = bytes(path);
    let err = Store::open(path).expect_err("must be refused");
    let message = err.to_string();
    for needle in needles {
        assert!(message.contains(needle), "{message:?} lacks {needle:?}");
    }
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(bytes(path) == before, "{} was changed", path.display());
    err
}

const ELSEWHERE: &str = "move it away or set MATHDRILL_HOME";

#[test]
fn a_new_store_is_created_with_its_directory_in_wal_mode_and_keeps_what_it_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join("progress.sqlite3");
    let s = session(7);
    {
        let st = Store::open(&path).unwrap();
        assert_eq!(st.path(), Some(path.as_path()));
        st.begin_session(&s).unwrap();
        st.record(&attempt(&s, "la.rank", 1, 8), None).unwrap();
    }
    let raw = Connection::open(&path).unwrap();
    let pragma = |name: &str| -> String {
        raw.query_row(
            &format!("SELECT CAST({name} AS TEXT) FROM pragma_{name}"),
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(pragma("journal_mode"), "wal");
    assert_eq!(pragma("user_version"), LATEST.to_string());
    assert_eq!(pragma("application_id"), APPLICATION_ID.to_string());
    drop(raw);
    let st = Store::open(&path).unwrap();
    assert_eq!(st.sessions().unwrap(), vec![s]);
    assert_eq!(st.attempts(&AttemptFilter::default()).unwrap().len(), 1);
}

#[test]
fn an_empty_file_is_version_0_and_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let st = Store::open(&path).unwrap();
    let version: i64 = st
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST);
    let tables: Vec<String> = st
        .conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(tables, ["attempts", "review_states", "sessions"]);
}

#[test]
fn a_store_of_a_newer_schema_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    {
        let st = Store::open(&path).unwrap();
        let s = session(1);
        st.begin_session(&s).unwrap();
        st.record(&attempt(&s, "la.rank", 1, 2), None).unwrap();
        st.conn
            .pragma_update(None, "user_version", LATEST + 1)
            .unwrap();
    }
    let err = refused(&path, &["schema version 2", "newer", "update mathdrill"]);
    assert!(matches!(err, StoreError::Newer { found: 2, .. }), "{err:?}");
}

#[test]
fn random_bytes_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let mut rng = rand::rng();
    let noise: Vec<u8> = (0..8192).map(|_| rng.random()).collect();
    std::fs::write(&path, &noise).unwrap();
    refused(&path, &["is not a mathdrill progress store", ELSEWHERE]);
    std::fs::write(&path, b"my notes\n").unwrap();
    refused(&path, &["too short", ELSEWHERE]);
}

#[test]
fn an_sqlite_header_over_garbage_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let mut rng = rand::rng();
    let mut file = b"SQLite format 3\0".to_vec();
    file.extend((0..8192).map(|_| rng.random::<u8>()));
    std::fs::write(&path, &file).unwrap();
    refused(&path, &[ELSEWHERE]);
}

#[test]
fn a_truncated_store_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    {
        let st = Store::open(&path).unwrap();
        let s = session(1);
        st.begin_session(&s).unwrap();
        for i in 0..400 {
            st.record(&attempt(&s, "la.rank", 1, i), None).unwrap();
        }
    }
    let full = bytes(&path);
    assert!(full.len() > 8 * 4096, "{} bytes", full.len());
    std::fs::write(&path, &full[..full.len() / 2]).unwrap();
    let err = refused(&path, &[ELSEWHERE]);
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me');")
        .unwrap();
    drop(other);
    refused(&path, &["another program", ELSEWHERE]);
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch("PRAGMA application_id = 1234; PRAGMA user_version = 1;")
        .unwrap();
    drop(other);
    refused(&path, &["application id 0x4d2", ELSEWHERE]);
}

#[test]
fn a_directory_in_its_place_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("inside"), b"x").unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::IsDirectory { .. }), "{err:?}");
    assert!(err.to_string().contains(ELSEWHERE), "{err}");
    assert_eq!(bytes(&path.join("inside")), b"x");
}

#[test]
fn a_file_where_its_directory_should_be_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("home");
    std::fs::write(&file, b"x").unwrap();
    let err = Store::open(&file.join("progress.sqlite3")).unwrap_err();
    assert!(matches!(err, StoreError::Directory { .. }), "{err:?}");
    assert!(err.to_string().contains("set MATHDRILL_HOME"), "{err}");
    assert_eq!(bytes(&file), b"x");
}

#[test]
fn a_fifo_in_its_place_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo on this system: not tested");
        return;
    }
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

#[test]
fn a_store_locked_beyond_the_busy_timeout_is_an_error_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    // Another process in the middle of creating it (rollback journal, exclusive lock).
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch("BEGIN EXCLUSIVE; CREATE TABLE t (x);")
        .unwrap();
    let wait = Duration::from_millis(200);
    let err = Store::open_with_timeout(&path, wait).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(
        err.to_string().contains("locked by another process"),
        "{err}"
    );
    drop(other);

    // A store held by another writer: record waits, then says it is locked, and keeps nothing.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let st = Store::open_with_timeout(&path, wait).unwrap();
    let s = session(1);
    st.begin_session(&s).unwrap();
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = st.record(&attempt(&s, "la.rank", 1, 2), None).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(st.attempts(&AttemptFilter::default()).unwrap().is_empty());
    st.record(&attempt(&s, "la.rank", 1, 3), None).unwrap();
}

/// SQLite's busy timeout bounds each statement's wait, not the whole opening: a lock held
/// through two steps of opening (exclusive while the file is read, then reserved while it
/// would be migrated) must still give up after the store's timeout, not after two of them.
#[test]
fn a_lock_held_through_two_steps_still_gives_up_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let wait = Duration::from_millis(500);
    let other = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(450));
        holder.execute_batch("ROLLBACK; BEGIN IMMEDIATE").unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        holder.execute_batch("ROLLBACK").unwrap();
    });
    let start = std::time::Instant::now();
    let err = Store::open_with_timeout(&path, wait).unwrap_err();
    let took = start.elapsed();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    // Each step waiting the whole timeout took about 1.9 times it.
    assert!(took < wait.mul_f64(1.5), "gave up after {took:?}");
    other.join().unwrap();
}
