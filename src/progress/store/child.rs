//! A second process for the store's tests: the test re-runs its own binary with [`CHILD_ENV`]
//! set, and [`entry`] (ignored in a normal run) does the task it names.

use super::Store;
use super::testing::attempt;
use crate::progress::model::Session;
use std::fs::Permissions;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};

const CHILD_ENV: &str = "MATHDRILL_STORE_TEST_CHILD";
const ENTRY: &str = "progress::store::child::entry";

fn command(task: &[&str]) -> Command {
    command_of(&std::env::current_exe().unwrap(), task)
}

fn command_of(exe: &Path, task: &[&str]) -> Command {
    let mut cmd = Command::new(exe);
    cmd.args([
        ENTRY,
        "--exact",
        "--include-ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, task.join("\t"))
    .stdout(Stdio::piped());
    cmd
}

/// Starts a child that records `n` attempts of `session` into the store at `path`; returns once
/// the child has opened the store and is about to record.
pub fn start_recording(path: &Path, session: &Session, n: usize) -> Child {
    let n = n.to_string();
    let path = path.to_str().unwrap();
    let mut child = command(&["record", path, &session.uid, &n])
        .spawn()
        .unwrap();
    let out = BufReader::new(child.stdout.as_mut().unwrap());
    for line in out.lines() {
        // The test harness prints "test <name> ... " before what the child prints.
        if line.unwrap().ends_with("CHILD-READY") {
            return child;
        }
    }
    panic!("the child ended before it was ready: {:?}", child.wait());
}

/// What `Store::open(path)` gives in a child running as user and group `id` ("opened" or the
/// error's message).
pub fn open_as(path: &Path, id: u32) -> String {
    // The test binary may sit where that user cannot reach it (a checkout in a 0700 directory):
    // the child runs a copy in a directory anyone can enter.
    let shared = tempfile::tempdir().unwrap();
    std::fs::set_permissions(shared.path(), Permissions::from_mode(0o755)).unwrap();
    let exe = shared.path().join("store-child");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    std::fs::set_permissions(&exe, Permissions::from_mode(0o755)).unwrap();
    let out = command_of(&exe, &["open", path.to_str().unwrap()])
        .uid(id)
        .gid(id)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let said = stdout
        .lines()
        .find_map(|l| l.split_once("CHILD-SAYS ").map(|(_, said)| said));
    said.unwrap_or_else(|| panic!("the child said nothing: {out:?}"))
        .to_string()
}

#[test]
#[ignore = "the child process of the store's two-process tests"]
fn entry() {
    let Ok(task) = std::env::var(CHILD_ENV) else {
        return;
    };
    let task: Vec<&str> = task.split('\t').collect();
    match task[..] {
        ["record", path, session_uid, n] => {
            let st = Store::open(Path::new(path)).unwrap();
            let session = Session {
                uid: session_uid.into(),
                started: 0,
                ended: None,
                command: "child".into(),
            };
            println!("CHILD-READY");
            for i in 0..n.parse::<i64>().unwrap() {
                let a = attempt(&session, "la.child", 1, i);
                st.record(&a, None).unwrap();
            }
        }
        ["open", path] => match Store::open(Path::new(path)) {
            Ok(_) => println!("CHILD-SAYS opened"),
            Err(e) => println!("CHILD-SAYS {e}"),
        },
        _ => panic!("unknown task {task:?}"),
    }
}
