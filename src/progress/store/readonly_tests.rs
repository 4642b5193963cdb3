//! A store that cannot be written: refused with a message saying so, its bytes unchanged.
//! Permissions do not bind a privileged user (root in a container): then the open is tried by a
//! child process running as `nobody`.

use super::testing::{attempt, session};
use super::{Store, child};
use std::fs::Permissions;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// The uid and gid of `nobody`.
const NOBODY: u32 = 65_534;

/// Whether this process can write a file whose mode forbids it (root can); `top` is writable.
fn privileged(top: &Path) -> bool {
    let probe = top.join("probe");
    std::fs::write(&probe, b"").unwrap();
    std::fs::set_permissions(&probe, Permissions::from_mode(0o444)).unwrap();
    let writable = std::fs::OpenOptions::new().write(true).open(&probe).is_ok();
    std::fs::remove_file(&probe).unwrap();
    writable
}

/// `Store::open(path)` as an unprivileged user: "opened" or the error's message. `path` is in
/// `top/home/`, and `top` is writable.
fn open_unprivileged(top: &Path, path: &Path) -> String {
    if privileged(top) {
        std::fs::set_permissions(top, Permissions::from_mode(0o755)).unwrap();
        child::open_as(path, NOBODY)
    } else {
        Store::open(path).map_or_else(|e| e.to_string(), |_| "opened".into())
    }
}

/// A store with one attempt at `path`.
fn make_store(path: &Path) {
    let st = Store::open(path).unwrap();
    let s = session(1);
    st.begin_session(&s).unwrap();
    st.record(&attempt(&s, "la.rank", 1, 2), None).unwrap();
}

#[test]
fn a_read_only_file_is_refused_untouched() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("home");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join("progress.sqlite3");
    make_store(&path);
    std::fs::set_permissions(&dir, Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(&path, Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let said = open_unprivileged(top.path(), &path);
    assert!(
        said.contains("cannot be written") && said.contains("MATHDRILL_HOME"),
        "{said}"
    );
    assert!(std::fs::read(&path).unwrap() == before);
}

#[test]
fn a_read_only_directory_is_refused() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("home");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join("progress.sqlite3");
    std::fs::set_permissions(&dir, Permissions::from_mode(0o555)).unwrap();
    let said = open_unprivileged(top.path(), &path);
    assert!(
        said.contains("writable") && said.contains("MATHDRILL_HOME"),
        "{said}"
    );
    assert!(!path.exists());
    std::fs::set_permissions(&dir, Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_store_in_a_read_only_directory_is_refused_untouched() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("home");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join("progress.sqlite3");
    make_store(&path);
    std::fs::set_permissions(&path, Permissions::from_mode(0o666)).unwrap();
    std::fs::set_permissions(&dir, Permissions::from_mode(0o555)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let said = open_unprivileged(top.path(), &path);
    assert!(
        said.contains("writ") && said.contains("MATHDRILL_HOME"),
        "{said}"
    );
    assert!(std::fs::read(&path).unwrap() == before);
    std::fs::set_permissions(&dir, Permissions::from_mode(0o755)).unwrap();
}
